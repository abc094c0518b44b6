//! German. The words say "du": warm and plain, as German apps, games and much of the web now
//! speak, and as couples who play a question game speak to each other; the "Sie" of a
//! practice's letterhead would make a game for two feel like a form. Each partner is spoken to
//! in turn ("Zieh eine Karte"), as the cards are drawn in turn. Quotes are „…“, dashes are
//! spaced en dashes. For de-CH and de-LI, ß is written ss.

use super::Key::{self, *};

/// The German table.
pub const TABLE: &[(Key, &str)] = &[
    (SkipToContent, "Zum Inhalt springen"),
    (MainMenu, "Hauptmenü"),
    (Article, "Artikel"),
    (Questions, "Fragen"),
    (DrawCard, "Karte ziehen"),
    (Print, "Drucken"),
    (Footer, "{title}, von {author}."),
    (Updated, "Aktualisiert am {date}"),
    (ReadingTime, "{minutes} Min. Lesezeit"),
    (SeeAllQuestionsOne, "Zur Frage"),
    (SeeAllQuestionsOther, "Alle {count} Fragen ansehen"),
    (LinkToSection, "Link zu diesem Abschnitt"),
    (NotFoundTitle, "Seite nicht gefunden"),
    (
        NotFoundDescription,
        "Unter dieser Adresse gibt es keine Seite.",
    ),
    (
        NotFoundText,
        "Unter dieser Adresse gibt es keine Seite. Vielleicht ist sie umgezogen, oder im Link steckt ein Tippfehler.",
    ),
    (GoToArticle, "Zum Artikel"),
    (GoHome, "Zur Startseite"),
    (SeeQuestions, "Alle Fragen ansehen"),
    (
        QuestionsDescription,
        "Die Fragen des Kartensets, eine nach der anderen.",
    ),
    (QuestionOf, "Frage {number} von {count}"),
    (Previous, "Vorherige"),
    (Next, "Nächste"),
    (PagerQuestion, ": Frage {number}"),
    (AllQuestions, "Alle Fragen"),
    (PrintCards, "Karten drucken"),
    (
        DrawDescription,
        "Zieh eine zufällige Frage aus dem Kartenset, eine Karte nach der anderen.",
    ),
    (
        DrawLead,
        "Immer abwechselnd: Zieh eine Karte, lies die Frage laut vor und hör dir die Antwort in Ruhe an, bevor du die nächste ziehst.",
    ),
    (DrawPrompt, "Drück auf „Karte ziehen“, um loszulegen."),
    (OpenQuestion, "Diese Frage öffnen"),
    (WholeDeck, "Das ganze Kartenset"),
    (
        NoScriptNote,
        "Dein Browser führt keine Skripte aus, deshalb siehst du hier alle Karten – such dir einfach irgendeine aus.",
    ),
    (DrawAgain, "Noch eine ziehen"),
    (ShuffleAgain, "Neu mischen und ziehen"),
    (
        LastCard,
        "Das war die letzte Karte. Beim nächsten Ziehen wird das ganze Set neu gemischt.",
    ),
    (CardsLeftOne, "Noch {count} Karte im Set."),
    (CardsLeftOther, "Noch {count} Karten im Set."),
    (CardsInDeckOne, "{count} Karte im Set."),
    (CardsInDeckOther, "{count} Karten im Set."),
    (PrintTitle, "Karten und Heft drucken"),
    (
        PrintDescription,
        "Karten und Heft zum Ausdrucken, bereit zum Herunterladen.",
    ),
    (
        PrintLeadHtml,
        "Lade eine Datei herunter, öffne sie und drucke sie in <strong>Originalgröße</strong> („100 %“, nicht „An Seite anpassen“), damit die Karten genau die richtige Größe haben.",
    ),
    (DownloadMetaOne, "PDF, {count} Seite, {size}"),
    (DownloadMetaOther, "PDF, {count} Seiten, {size}"),
    (DownloadMetaImages, "ZIP mit {count} PNG-Bildern, {size}"),
    (
        CardImagesDownloadTitle,
        "Kartenbilder für Druckereien, die Bilder annehmen",
    ),
    (
        CardImagesDownloadDescription,
        "Jede Karte als PNG mit {width} × {height} Pixeln (300 dpi, mit {bleed} mm Beschnitt), für Druckereien, die ein Bild pro Seite annehmen (MakePlayingCards, The Game Crafter): die Vorderseiten der Reihe nach, 001-front.png bis {last}-front.png, und eine back.png für alle Karten.",
    ),
    (PreviewSheet, "Der erste Bogen mit Karten zum Ausschneiden"),
    (
        PreviewFront,
        "Die Vorderseite der ersten Fragekarte: „{question}“",
    ),
    (PreviewTitleCard, "Die Vorderseite der Titelkarte"),
    (PreviewBack, "Die Rückseite, auf allen Karten gleich"),
    (PreviewCover, "Der Umschlag des Hefts"),
    (
        NoDownloads,
        "Diesmal sind keine Dateien zum Drucken entstanden.",
    ),
    (
        PrintFromBrowser,
        "Du kannst auch jede Seite dieser Website aus dem Browser drucken: Die Fragenseite kommt als übersichtliche nummerierte Liste heraus.",
    ),
    (SizeKilobytes, "{size} KB"),
    (SizeMegabytes, "{size} MB"),
    (DecimalSeparator, ","),
    (DateFormat, "{day}. {month} {year}"),
    (FirstOfMonth, "1"),
    (January, "Januar"),
    (February, "Februar"),
    (March, "März"),
    (April, "April"),
    (May, "Mai"),
    (June, "Juni"),
    (July, "Juli"),
    (August, "August"),
    (September, "September"),
    (October, "Oktober"),
    (November, "November"),
    (December, "Dezember"),
    (Notes, "Anmerkungen"),
    (YourNotes, "Deine Notizen"),
    (
        BookletQuestionsOne,
        "{count} Frage für euer Gespräch zu zweit",
    ),
    (
        BookletQuestionsOther,
        "{count} Fragen für eure Gespräche zu zweit",
    ),
    (BookletUpdated, "aktualisiert am {date}"),
    (
        BookletSubject,
        "„{title}“ und {count} Gesprächsfragen als Heft",
    ),
    (
        BookletAloneSubject,
        "„{title}“: {count} Gesprächsfragen als Heft",
    ),
    (
        FoldSubject,
        "Das Heft „{title}“, beidseitig auf {paper} zu drucken (an der kurzen Kante wenden), zu falten und zu heften",
    ),
    (
        BookletDownloadTitle,
        "Heft zum Lesen oder für die Druckerei",
    ),
    (
        BookletDownloadDescription,
        "Der Artikel und die {count} Fragen als kleines A5-Heft, Seite für Seite, mit Linien für deine Antworten. Lies es am Bildschirm, drucke es als einzelne Seiten aus oder lass in einer Druckerei ein geheftetes A5-Heft daraus machen.",
    ),
    (
        BookletAloneDownloadDescription,
        "Die {count} Fragen als kleines A5-Heft, Seite für Seite, mit Linien für deine Antworten. Lies es am Bildschirm, drucke es als einzelne Seiten aus oder lass in einer Druckerei ein geheftetes A5-Heft daraus machen.",
    ),
    (FoldDownloadTitle, "Heft zum Selbstdrucken und Falten"),
    (
        FoldInstructions,
        "Drucke auf {paper}-Papier, beidseitig mit „an der kurzen Kante wenden“, in Originalgröße (100 %); leg die Blätter dann der Reihe nach aufeinander, falte sie in der Mitte und hefte sie entlang des Falzes.",
    ),
    (
        HomeDownloadTitle,
        "Karten zum Selbstdrucken und Ausschneiden",
    ),
    (
        HomeSheetsOne,
        "{cards} Karten auf {sheets} {paper}-Blatt, {per_sheet} pro Blatt{fewer}{test_sheet}.",
    ),
    (
        HomeSheetsOther,
        "{cards} Karten auf {sheets} {paper}-Blättern, {per_sheet} pro Blatt{fewer}{test_sheet}.",
    ),
    (HomeAfterTestSheet, ", nach einem Testblatt"),
    (
        HomeHowLongEdge,
        "Drucke beidseitig, an der langen Kante gewendet, in Originalgröße (100 %, nicht „An Seite anpassen“) und schneide dann entlang der Markierungen.",
    ),
    (
        HomeHowShortEdge,
        "Drucke beidseitig, an der kurzen Kante gewendet, in Originalgröße (100 %, nicht „An Seite anpassen“) und schneide dann entlang der Markierungen.",
    ),
    (
        HomeHowOneSided,
        "Drucke einseitig in Originalgröße (100 %, nicht „An Seite anpassen“) und schneide dann entlang der Markierungen.",
    ),
    (
        HomeHowFoldOver,
        "Drucke einseitig in Originalgröße (100 %, nicht „An Seite anpassen“), schneide dann jede Vorderseite mit ihrer Rückseite aus, falte beide entlang der gepunkteten Linie aufeinander und klebe sie zusammen.",
    ),
    (ShopDownloadTitle, "Karten für die Druckerei"),
    (
        ShopDownloadDescription,
        "Für eine Druckerei oder einen Online-Kartendruck: {cards} Karten im Format {width} × {height} mm, eine pro Seite mit {bleed} mm Beschnitt, jede Vorderseite gefolgt von ihrer Rückseite.",
    ),
    (
        ShopPrinterDescription,
        "Für {printer}: {cards} Karten im Format {width} × {height} mm, eine pro Seite mit {bleed} mm Beschnitt, jede Vorderseite gefolgt von ihrer Rückseite.",
    ),
    (
        ShopPrinterBackFirstDescription,
        "Für {printer}: {cards} Karten im Format {width} × {height} mm, eine pro Seite mit {bleed} mm Beschnitt, jede Rückseite gefolgt von ihrer Vorderseite, wie {printer} es verlangt.",
    ),
    (EuropeanPrinter, "eine europäische Kartendruckerei"),
    (DeckSubject, "{count} Gesprächskarten zu „{title}“"),
    (DeckAloneSubject, "„{title}“: {count} Gesprächskarten"),
    (HomeDocumentTitle, "{deck} – Karten zum Ausschneiden"),
    (ShopDocumentTitle, "{deck} – Karten für die Druckerei"),
    (
        TestSheetOneSided,
        "Testblatt. Drucke in Originalgröße (100 %, nicht „An Seite anpassen“): Jeder Balken muss genau 100 mm lang sein.",
    ),
    (
        TestSheetLongEdge,
        "Testblatt. Drucke in Originalgröße (100 %, nicht „An Seite anpassen“), beidseitig mit „an der langen Kante wenden“: Jeder Balken muss genau 100 mm lang sein. Halte das Blatt gegen das Licht: Die Kreuze auf beiden Seiten müssen genau übereinanderliegen.",
    ),
    (
        TestSheetShortEdge,
        "Testblatt. Drucke in Originalgröße (100 %, nicht „An Seite anpassen“), beidseitig mit „an der kurzen Kante wenden“: Jeder Balken muss genau 100 mm lang sein. Halte das Blatt gegen das Licht: Die Kreuze auf beiden Seiten müssen genau übereinanderliegen.",
    ),
    (
        TestSheetBack,
        "Rückseite des Testblatts: Jedes Kreuz sollte genau hinter einem Kreuz der Vorderseite liegen.",
    ),
    (TestSheetThisSideUp, "Diese Seite nach oben"),
    (
        TestSheetArrowLongEdge,
        "Gegen das Licht gehalten muss der Pfeil der Rückseite genau hinter diesem durchscheinen und in dieselbe Richtung zeigen. Zeigt er nach unten oder scheint er am anderen Ende des Blatts durch, wendet dein Drucker das Blatt andersherum: Wähle im Druckdialog „an der kurzen Kante wenden“ statt „an der langen Kante wenden“.",
    ),
    (
        TestSheetArrowShortEdge,
        "Gegen das Licht gehalten muss der Pfeil der Rückseite genau hinter diesem durchscheinen und in dieselbe Richtung zeigen. Zeigt er nach unten oder scheint er am anderen Ende des Blatts durch, wendet dein Drucker das Blatt andersherum: Wähle im Druckdialog „an der langen Kante wenden“ statt „an der kurzen Kante wenden“.",
    ),
    (PaperLetter, "Letter"),
    (PaperUsLetter, "US-Letter"),
    (
        HomeFewerPerSheet,
        " ({per_sheet} statt {crowded}, damit die Schnittmarken {margin}\u{A0}mm vom Papierrand entfernt bleiben, wo jeder Drucker noch druckt)",
    ),
    // The site helper's words.
    (DrawFrom, "Kategorie"),
    (AllCategories, "Alle Kategorien"),
    (MoreToRead, "Mehr zum Lesen und Besprechen"),
    (MoreQuestions, "Weitere Fragen"),
    (DraftMark, "Entwurf"),
    (
        DraftNoteHtml,
        "<strong>Entwurf</strong>: nur mit <code>deckle serve</code> zu sehen; <code>deckle build</code> lässt ihn weg.",
    ),
];
