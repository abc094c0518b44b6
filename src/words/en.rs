//! English: the words deckle has always used, and the table every other language falls back
//! to. English has one "you" for one reader and for the two partners alike.

use super::Key::{self, *};

/// The English table.
pub const TABLE: &[(Key, &str)] = &[
    (SkipToContent, "Skip to the content"),
    (MainMenu, "Main"),
    (Article, "Article"),
    (Questions, "Questions"),
    (DrawCard, "Draw a card"),
    (Print, "Print"),
    (Footer, "{title}, by {author}."),
    (Updated, "Updated {date}"),
    (ReadingTime, "{minutes} min read"),
    (SeeAllQuestionsOne, "See the question"),
    (SeeAllQuestionsOther, "See all {count} questions"),
    (LinkToSection, "Link to this section"),
    (NotFoundTitle, "Page not found"),
    (NotFoundDescription, "There is no page at this address."),
    (
        NotFoundText,
        "There is no page at this address. It may have moved, or the link may have a typo.",
    ),
    (GoToArticle, "Go to the article"),
    (GoHome, "Go to the home page"),
    (SeeQuestions, "See all questions"),
    (
        QuestionsDescription,
        "The questions of the deck, one by one.",
    ),
    (QuestionOf, "Question {number} of {count}"),
    (Previous, "Previous"),
    (Next, "Next"),
    (PagerQuestion, ": question {number}"),
    (AllQuestions, "All questions"),
    (PrintCards, "Print the cards"),
    (
        DrawDescription,
        "Draw a random question from the deck, one card at a time.",
    ),
    (
        DrawLead,
        "Take turns: draw a card, read the question aloud, and listen to the answer before you draw the next.",
    ),
    (DrawPrompt, "Press “Draw a card” to begin."),
    (OpenQuestion, "Open this question"),
    (WholeDeck, "The whole deck"),
    (
        NoScriptNote,
        "Your browser is not running scripts, so here is every card; pick one at random.",
    ),
    (DrawAgain, "Draw again"),
    (ShuffleAgain, "Shuffle and draw again"),
    (
        LastCard,
        "That was the last card. The next draw shuffles the whole deck again.",
    ),
    (CardsLeftOne, "{count} card left in the deck."),
    (CardsLeftOther, "{count} cards left in the deck."),
    (CardsInDeckOne, "{count} card in the deck."),
    (CardsInDeckOther, "{count} cards in the deck."),
    (PrintTitle, "Print the cards and the booklet"),
    (
        PrintDescription,
        "Printable cards and booklet, ready to download.",
    ),
    (
        PrintLeadHtml,
        "Download a file, open it, and print it at <strong>actual size</strong> (“100 %”, not “fit to page”) so the cards come out the right size.",
    ),
    (DownloadMetaOne, "PDF, {count} page, {size}"),
    (DownloadMetaOther, "PDF, {count} pages, {size}"),
    (DownloadMetaImages, "ZIP of {count} PNG images, {size}"),
    (
        CardImagesDownloadTitle,
        "Card images for printers that take images",
    ),
    (
        CardImagesDownloadDescription,
        "Every card as a PNG of {width} × {height} pixels (300 dpi, with {bleed} mm bleed), for printers that take one image per face (MakePlayingCards, The Game Crafter): the fronts in order, 001-front.png to {last}-front.png, and one back.png for every card.",
    ),
    (PreviewSheet, "The first sheet of cards to cut out"),
    (
        PreviewFront,
        "The front of the first question card: “{question}”",
    ),
    (PreviewTitleCard, "The front of the title card"),
    (PreviewBack, "The back, the same on every card"),
    (PreviewCover, "The booklet’s cover"),
    (NoDownloads, "This build made no printable files."),
    (
        PrintFromBrowser,
        "You can also print any page of this site from your browser: the questions page prints as a clean numbered list.",
    ),
    (SizeKilobytes, "{size} KB"),
    (SizeMegabytes, "{size} MB"),
    (DecimalSeparator, "."),
    (DateFormat, "{month} {day}, {year}"),
    (FirstOfMonth, "1"),
    (January, "Jan"),
    (February, "Feb"),
    (March, "Mar"),
    (April, "Apr"),
    (May, "May"),
    (June, "Jun"),
    (July, "Jul"),
    (August, "Aug"),
    (September, "Sep"),
    (October, "Oct"),
    (November, "Nov"),
    (December, "Dec"),
    (Notes, "Notes"),
    (YourNotes, "Your notes"),
    (
        BookletQuestionsOne,
        "{count} question to talk about together",
    ),
    (
        BookletQuestionsOther,
        "{count} questions to talk about together",
    ),
    (BookletUpdated, "updated {date}"),
    (
        BookletSubject,
        "“{title}” and {count} conversation questions, as a booklet",
    ),
    (
        BookletAloneSubject,
        "“{title}”: {count} conversation questions, as a booklet",
    ),
    (
        FoldSubject,
        "The booklet “{title}”, to print double-sided on {paper} (flip on the short edge), fold and staple",
    ),
    (
        BookletDownloadTitle,
        "Booklet to read or take to a print shop",
    ),
    (
        BookletDownloadDescription,
        "The article and the {count} questions as a little A5 book, page by page, with lines to write your answers on. Read it on screen, print it as single pages, or ask a print shop for an A5 saddle-stitched booklet.",
    ),
    (
        BookletAloneDownloadDescription,
        "The {count} questions as a little A5 book, page by page, with lines to write your answers on. Read it on screen, print it as single pages, or ask a print shop for an A5 saddle-stitched booklet.",
    ),
    (FoldDownloadTitle, "Booklet to print at home and fold"),
    (
        FoldInstructions,
        "Print on {paper} paper, double-sided with “flip on short edge”, at actual size (100 %); then stack the sheets in order, fold them in half and staple along the fold.",
    ),
    (HomeDownloadTitle, "Cards to print at home and cut out"),
    (
        HomeSheetsOne,
        "{cards} cards on {sheets} {paper} sheet, {per_sheet} per sheet{fewer}{test_sheet}.",
    ),
    (
        HomeSheetsOther,
        "{cards} cards on {sheets} {paper} sheets, {per_sheet} per sheet{fewer}{test_sheet}.",
    ),
    (HomeAfterTestSheet, ", after a test sheet"),
    (
        HomeHowLongEdge,
        "Print it two-sided, flipping on the long edge, at actual size (100 %, not “fit to page”), then cut along the marks.",
    ),
    (
        HomeHowShortEdge,
        "Print it two-sided, flipping on the short edge, at actual size (100 %, not “fit to page”), then cut along the marks.",
    ),
    (
        HomeHowOneSided,
        "Print it one-sided at actual size (100 %, not “fit to page”), then cut along the marks.",
    ),
    (
        HomeHowFoldOver,
        "Print it one-sided at actual size (100 %, not “fit to page”), then cut out each front with its back, fold them together along the dotted marks and glue.",
    ),
    (ShopDownloadTitle, "Cards for a print shop"),
    (
        ShopDownloadDescription,
        "For a print shop or an online card printer: {cards} cards of {width} × {height} mm, one per page with {bleed} mm bleed, each front followed by its back.",
    ),
    (
        ShopPrinterDescription,
        "Made for {printer}: {cards} cards of {width} × {height} mm, one per page with {bleed} mm bleed, each front followed by its back.",
    ),
    (
        ShopPrinterBackFirstDescription,
        "Made for {printer}: {cards} cards of {width} × {height} mm, one per page with {bleed} mm bleed, each back followed by its front, as {printer} asks.",
    ),
    (EuropeanPrinter, "a European card printer"),
    (
        DeckSubject,
        "{count} conversation cards to accompany “{title}”",
    ),
    (DeckAloneSubject, "“{title}”: {count} conversation cards"),
    (HomeDocumentTitle, "{deck} — cards to cut out"),
    (ShopDocumentTitle, "{deck} — cards for a print shop"),
    (
        TestSheetOneSided,
        "Test sheet. Print at actual size (100 %, not “fit to page”): each bar must measure exactly 100 mm.",
    ),
    (
        TestSheetLongEdge,
        "Test sheet. Print at actual size (100 %, not “fit to page”), two-sided with “flip on long edge”: each bar must measure exactly 100 mm. Hold the sheet up to the light: the crosses on both sides must line up.",
    ),
    (
        TestSheetShortEdge,
        "Test sheet. Print at actual size (100 %, not “fit to page”), two-sided with “flip on short edge”: each bar must measure exactly 100 mm. Hold the sheet up to the light: the crosses on both sides must line up.",
    ),
    (
        TestSheetBack,
        "Back of the test sheet: each cross should sit exactly behind one on the front.",
    ),
    (TestSheetThisSideUp, "This side up"),
    (
        TestSheetArrowLongEdge,
        "Held up to the light, the arrow on the back must show through right behind this one, pointing the same way. If it points down, or shows at the other end of the sheet, your printer turns the sheet the other way: in the print dialog, choose “flip on short edge” instead of “flip on long edge”.",
    ),
    (
        TestSheetArrowShortEdge,
        "Held up to the light, the arrow on the back must show through right behind this one, pointing the same way. If it points down, or shows at the other end of the sheet, your printer turns the sheet the other way: in the print dialog, choose “flip on long edge” instead of “flip on short edge”.",
    ),
    (PaperLetter, "Letter"),
    (PaperUsLetter, "US Letter"),
    (
        HomeFewerPerSheet,
        " ({per_sheet} rather than {crowded}, to keep the cut marks {margin} mm inside the paper's edge, where every printer prints)",
    ),
    // The site helper's words.
    (DrawFrom, "Draw from"),
    (AllCategories, "All categories"),
    (MoreToRead, "More to read and talk about"),
    (MoreQuestions, "More questions"),
    (DraftMark, "Draft"),
    (
        DraftNoteHtml,
        "<strong>Draft</strong>: shown by <code>deckle serve</code> only; <code>deckle build</code> leaves it out.",
    ),
];
