//! The names of the interface's words: one key for each fixed word or phrase of the site, the
//! dates and the PDFs, the same set in every language's table.
//!
//! A key's name is what templates write (`words.skip_to_content`) and what a writer will write
//! to change a word. Words in braces (`{count}`, `{date}`) are filled in where the word is
//! used; a word that changes with a number comes as a pair, `…_one` and `…_other`; a key
//! ending in `_html` holds a little HTML (the templates print it as it is).

/// Declares [`Key`] with its variants and their names, so the two cannot drift apart.
macro_rules! keys {
    ($($(#[doc = $doc:literal])+ $variant:ident = $name:literal,)*) => {
        /// One fixed word or phrase of the interface (its English text is on each variant).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Key {
            $($(#[doc = $doc])+ $variant,)*
        }

        impl Key {
            /// Every key, in the order of the tables.
            pub const ALL: &'static [Key] = &[$(Key::$variant,)*];

            /// The key's name as templates and settings write it: `skip_to_content`.
            pub fn name(self) -> &'static str {
                match self {
                    $(Key::$variant => $name,)*
                }
            }
        }
    };
}

keys! {
    // The site: every page.
    /// "Skip to the content": the first link of every page, for keyboards and screen readers.
    SkipToContent = "skip_to_content",
    /// "Main": the name of the menu, read out by screen readers.
    MainMenu = "main_menu",
    /// "Article": the menu's link to the article.
    Article = "article",
    /// "Questions": the menu's link to the questions, and the name of the pager.
    Questions = "questions",
    /// "Draw a card": the menu, the page's title and its button.
    DrawCard = "draw_card",
    /// "Print": the menu's link to the print page, and its title.
    Print = "print",
    /// "{title}, by {author}.": the footer.
    Footer = "footer",
    // The article.
    /// "Updated {date}": after the article's date.
    Updated = "updated",
    /// "{minutes} min read".
    ReadingTime = "reading_time",
    /// "See the question": the article's button to the list, for one question.
    SeeAllQuestionsOne = "see_all_questions_one",
    /// "See all {count} questions": the article's button to the list.
    SeeAllQuestionsOther = "see_all_questions_other",
    /// "Link to this section": the `#` after each heading, read out by screen readers.
    LinkToSection = "link_to_section",
    // The 404 page.
    /// "Page not found".
    NotFoundTitle = "not_found_title",
    /// "There is no page at this address.": the 404 page's description.
    NotFoundDescription = "not_found_description",
    /// "There is no page at this address. It may have moved, or the link may have a typo."
    NotFoundText = "not_found_text",
    /// "Go to the article".
    GoToArticle = "go_to_article",
    /// "Go to the home page": instead of "Go to the article" when the home page has none.
    GoHome = "go_home",
    /// "See all questions".
    SeeQuestions = "see_questions",
    // The questions.
    /// "The questions of the deck, one by one.": the list's description when the deck has
    /// no introduction.
    QuestionsDescription = "questions_description",
    /// "Question {number} of {count}".
    QuestionOf = "question_of",
    /// "Previous": the pager.
    Previous = "previous",
    /// "Next": the pager.
    Next = "next",
    /// ": question {number}": after "Previous" and "Next", for screen readers only.
    PagerQuestion = "pager_question",
    /// "All questions": the pager.
    AllQuestions = "all_questions",
    /// "Print the cards": the list's button to the print page.
    PrintCards = "print_cards",
    // Drawing a card.
    /// "Draw a random question from the deck, one card at a time.": the page's description.
    DrawDescription = "draw_description",
    /// "Take turns: draw a card, read the question aloud, and listen to the answer before you
    /// draw the next."
    DrawLead = "draw_lead",
    /// "Press “Draw a card” to begin."
    DrawPrompt = "draw_prompt",
    /// "Open this question".
    OpenQuestion = "open_question",
    /// "The whole deck".
    WholeDeck = "whole_deck",
    /// "Your browser is not running scripts, so here is every card; pick one at random."
    NoScriptNote = "no_script_note",
    /// "Draw again": the button after the first card.
    DrawAgain = "draw_again",
    /// "Shuffle and draw again": the button after the last card.
    ShuffleAgain = "shuffle_again",
    /// "That was the last card. The next draw shuffles the whole deck again."
    LastCard = "last_card",
    /// "{count} card left in the deck."
    CardsLeftOne = "cards_left_one",
    /// "{count} cards left in the deck."
    CardsLeftOther = "cards_left_other",
    /// "{count} card in the deck."
    CardsInDeckOne = "cards_in_deck_one",
    /// "{count} cards in the deck."
    CardsInDeckOther = "cards_in_deck_other",
    // The print page.
    /// "Print the cards and the booklet": the print page's heading.
    PrintTitle = "print_title",
    /// "Printable cards and booklet, ready to download.": the print page's description.
    PrintDescription = "print_description",
    /// "Download a file, open it, and print it at <strong>actual size</strong> …" (HTML).
    PrintLeadHtml = "print_lead_html",
    /// "PDF, {count} page, {size}".
    DownloadMetaOne = "download_meta_one",
    /// "PDF, {count} pages, {size}".
    DownloadMetaOther = "download_meta_other",
    /// "ZIP of {count} PNG images, {size}" (a download of card images; always several).
    DownloadMetaImages = "download_meta_images",
    /// "This build made no printable files."
    NoDownloads = "no_downloads",
    /// "You can also print any page of this site from your browser: …"
    PrintFromBrowser = "print_from_browser",
    /// "{size} KB".
    SizeKilobytes = "size_kilobytes",
    /// "{size} MB".
    SizeMegabytes = "size_megabytes",
    /// ".": the decimal separator, in "1.3 MB".
    DecimalSeparator = "decimal_separator",
    // Dates.
    /// "{month} {day}, {year}": how a date is written.
    DateFormat = "date_format",
    /// "1": the first day of a month, where the language writes it apart ("1er").
    FirstOfMonth = "first_of_month",
    /// "Jan": the month as dates write it.
    January = "january",
    /// "Feb".
    February = "february",
    /// "Mar".
    March = "march",
    /// "Apr".
    April = "april",
    /// "May".
    May = "may",
    /// "Jun".
    June = "june",
    /// "Jul".
    July = "july",
    /// "Aug".
    August = "august",
    /// "Sep".
    September = "september",
    /// "Oct".
    October = "october",
    /// "Nov".
    November = "november",
    /// "Dec".
    December = "december",
    // The booklet.
    /// "Notes": the heading of the article's footnotes.
    Notes = "notes",
    /// "Your notes": the heading of the pages left blank to write on.
    YourNotes = "your_notes",
    /// "{count} question to talk about together": the cover.
    BookletQuestionsOne = "booklet_questions_one",
    /// "{count} questions to talk about together": the cover.
    BookletQuestionsOther = "booklet_questions_other",
    /// "updated {date}": the byline, after the date.
    BookletUpdated = "booklet_updated",
    /// "“{title}” and {count} conversation questions, as a booklet": the PDF's subject.
    BookletSubject = "booklet_subject",
    /// "“{title}”: {count} conversation questions, as a booklet": the PDF's subject, for a
    /// deck alone (`{title}` is the deck's).
    BookletAloneSubject = "booklet_alone_subject",
    /// "The booklet “{title}”, to print double-sided on {paper} …": the PDF's subject.
    FoldSubject = "fold_subject",
    /// "Booklet to read or take to a print shop": the print page.
    BookletDownloadTitle = "booklet_download_title",
    /// "The article and the {count} questions as a little A5 book, …": the print page.
    BookletDownloadDescription = "booklet_download_description",
    /// "The {count} questions as a little A5 book, …": the print page, for a deck alone.
    BookletAloneDownloadDescription = "booklet_alone_download_description",
    /// "Booklet to print at home and fold": the print page.
    FoldDownloadTitle = "fold_download_title",
    /// "Print on {paper} paper, double-sided with “flip on short edge”, …": the print page.
    FoldInstructions = "fold_instructions",
    // The cards.
    /// "Cards to print at home and cut out": the print page.
    HomeDownloadTitle = "home_download_title",
    /// "{cards} cards on {sheets} {paper} sheet, {per_sheet} per sheet{fewer}{test_sheet}."
    HomeSheetsOne = "home_sheets_one",
    /// "{cards} cards on {sheets} {paper} sheets, {per_sheet} per sheet{fewer}{test_sheet}."
    HomeSheetsOther = "home_sheets_other",
    /// " ({per_sheet} rather than {crowded}, to keep the cut marks {margin} mm inside the
    /// paper's edge, where every printer prints)": fills `{fewer}` when the marks cost a card.
    HomeFewerPerSheet = "home_fewer_per_sheet",
    /// ", after a test sheet": fills `{test_sheet}` when there is one.
    HomeAfterTestSheet = "home_after_test_sheet",
    /// "Card images for printers that take images": the print page.
    CardImagesDownloadTitle = "card_images_download_title",
    /// "Every card as a PNG of {width} × {height} pixels (300 dpi, with {bleed} mm bleed), …": the print page.
    CardImagesDownloadDescription = "card_images_download_description",
    /// "The first sheet of cards to cut out": a preview's description on the print page.
    PreviewSheet = "preview_sheet",
    /// "The front of the first question card: “{question}”": a preview's description.
    PreviewFront = "preview_front",
    /// "The front of the title card": a preview's description (a deck without questions).
    PreviewTitleCard = "preview_title_card",
    /// "The back, the same on every card": a preview's description.
    PreviewBack = "preview_back",
    /// "The booklet’s cover": a preview's description.
    PreviewCover = "preview_cover",
    /// "Print it two-sided, flipping on the long edge, at actual size …, then cut along the
    /// marks."
    HomeHowLongEdge = "home_how_long_edge",
    /// "Print it two-sided, flipping on the short edge, …".
    HomeHowShortEdge = "home_how_short_edge",
    /// "Print it one-sided at actual size …, then cut along the marks."
    HomeHowOneSided = "home_how_one_sided",
    /// "Print it one-sided …, then cut out each front with its back, fold them together …".
    HomeHowFoldOver = "home_how_fold_over",
    /// "Cards for a print shop": the print page.
    ShopDownloadTitle = "shop_download_title",
    /// "For a print shop or an online card printer: {cards} cards of {width} × {height} mm, …"
    ShopDownloadDescription = "shop_download_description",
    /// "Made for {printer}: {cards} cards of {width} × {height} mm, … each front followed by its
    /// back.": the print page, with `deck: printer:`.
    ShopPrinterDescription = "shop_printer_description",
    /// "Made for {printer}: … each back followed by its front, as {printer} asks.": the print
    /// page, for a printer that wants each card's back first (DriveThruCards).
    ShopPrinterBackFirstDescription = "shop_printer_back_first_description",
    /// "a European card printer": `printer: europe` in the print page's description.
    EuropeanPrinter = "european_printer",
    /// "{count} conversation cards to accompany “{title}”": the PDFs' subject.
    DeckSubject = "deck_subject",
    /// "“{title}”: {count} conversation cards": the PDFs' subject, for a deck alone (`{title}`
    /// is the deck's).
    DeckAloneSubject = "deck_alone_subject",
    /// "{deck} — cards to cut out": the PDF's title.
    HomeDocumentTitle = "home_document_title",
    /// "{deck} — cards for a print shop": the PDF's title.
    ShopDocumentTitle = "shop_document_title",
    /// "Test sheet. Print at actual size (100 %, not “fit to page”): each bar must measure
    /// exactly 100 mm."
    TestSheetOneSided = "test_sheet_one_sided",
    /// The same, two-sided with “flip on long edge”, and the crosses held up to the light.
    TestSheetLongEdge = "test_sheet_long_edge",
    /// The same, two-sided with “flip on short edge”, and the crosses held up to the light.
    TestSheetShortEdge = "test_sheet_short_edge",
    /// "Back of the test sheet: each cross should sit exactly behind one on the front."
    TestSheetBack = "test_sheet_back",
    /// "This side up": beside the test sheet's arrow.
    TestSheetThisSideUp = "test_sheet_this_side_up",
    /// "Held up to the light, the arrow on the back must show through right behind this one,
    /// pointing the same way. If it points down …, choose “flip on short edge” instead."
    TestSheetArrowLongEdge = "test_sheet_arrow_long_edge",
    /// The same for a short-edge flip: "… choose “flip on long edge” instead."
    TestSheetArrowShortEdge = "test_sheet_arrow_short_edge",
    /// "Letter": the US paper size's name on the cards (A4 and A5 are the same everywhere).
    PaperLetter = "paper_letter",
    /// "US Letter": the same paper's name in the booklet's printing instructions.
    PaperUsLetter = "paper_us_letter",
    // The site helper's words (the draw page's choice, the home list, drafts, menu).
    /// "Draw from": the label of the draw page's choice of category (or simply "Category").
    DrawFrom = "draw_from",
    /// "All categories": the choice that draws from the whole deck.
    AllCategories = "all_categories",
    /// "More to read and talk about": the heading of the home page's list of the other pieces.
    MoreToRead = "more_to_read",
    /// "More questions": the heading of the questions without a category, after those with one.
    MoreQuestions = "more_questions",
    /// "Draft": beside a draft's title in the home page's list (only `deckle serve` shows drafts).
    DraftMark = "draft_mark",
    /// "Draft: shown by `deckle serve` only; `deckle build` leaves it out." (HTML, with the
    /// first word in bold and the commands as code): at the top of a draft's pages.
    DraftNoteHtml = "draft_note_html",
}
