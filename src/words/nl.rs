//! Dutch. The words say "je": Dutch websites, apps and games almost all do, and it is how two
//! partners talk to each other; "u" reads as stiff and distant in a game for two. Each partner
//! is spoken to in turn ("trek een kaart"), as the cards are drawn in turn. Quotes are “…”,
//! with ‘…’ inside.

use super::Key::{self, *};

/// The Dutch table.
pub const TABLE: &[(Key, &str)] = &[
    (SkipToContent, "Naar de inhoud"),
    (MainMenu, "Hoofdmenu"),
    (Article, "Artikel"),
    (Questions, "Vragen"),
    (DrawCard, "Trek een kaart"),
    (Print, "Afdrukken"),
    (Footer, "{title}, door {author}."),
    (Updated, "Bijgewerkt op {date}"),
    (ReadingTime, "{minutes} min. leestijd"),
    (SeeAllQuestionsOne, "Bekijk de vraag"),
    (SeeAllQuestionsOther, "Bekijk alle {count} vragen"),
    (LinkToSection, "Link naar dit gedeelte"),
    (NotFoundTitle, "Pagina niet gevonden"),
    (NotFoundDescription, "Op dit adres staat geen pagina."),
    (
        NotFoundText,
        "Op dit adres staat geen pagina. Misschien is ze verplaatst, of zit er een tikfout in de link.",
    ),
    (GoToArticle, "Naar het artikel"),
    (GoHome, "Naar de startpagina"),
    (SeeQuestions, "Bekijk alle vragen"),
    (
        QuestionsDescription,
        "De vragen van het kaartspel, een voor een.",
    ),
    (QuestionOf, "Vraag {number} van {count}"),
    (Previous, "Vorige"),
    (Next, "Volgende"),
    (PagerQuestion, ": vraag {number}"),
    (AllQuestions, "Alle vragen"),
    (PrintCards, "Kaarten afdrukken"),
    (
        DrawDescription,
        "Trek een willekeurige vraag uit het spel, één kaart tegelijk.",
    ),
    (
        DrawLead,
        "Om de beurt: trek een kaart, lees de vraag hardop voor en luister echt naar het antwoord voordat je de volgende trekt.",
    ),
    (DrawPrompt, "Druk op “Trek een kaart” om te beginnen."),
    (OpenQuestion, "Open deze vraag"),
    (WholeDeck, "Het hele spel"),
    (
        NoScriptNote,
        "Je browser voert geen scripts uit, dus hier staan alle kaarten; kies er zelf willekeurig een.",
    ),
    (DrawAgain, "Nog een kaart"),
    (ShuffleAgain, "Schudden en opnieuw trekken"),
    (
        LastCard,
        "Dat was de laatste kaart. Bij de volgende keer wordt het hele spel opnieuw geschud.",
    ),
    (CardsLeftOne, "Nog {count} kaart in het spel."),
    (CardsLeftOther, "Nog {count} kaarten in het spel."),
    (CardsInDeckOne, "{count} kaart in het spel."),
    (CardsInDeckOther, "{count} kaarten in het spel."),
    (PrintTitle, "De kaarten en het boekje afdrukken"),
    (
        PrintDescription,
        "Kaarten en boekje om af te drukken, klaar om te downloaden.",
    ),
    (
        PrintLeadHtml,
        "Download een bestand, open het en druk het af op <strong>ware grootte</strong> (“100 %”, niet “aanpassen aan pagina”), zodat de kaarten precies op maat uitkomen.",
    ),
    (DownloadMetaOne, "PDF, {count} pagina, {size}"),
    (DownloadMetaOther, "PDF, {count} pagina’s, {size}"),
    (
        DownloadMetaImages,
        "ZIP met {count} PNG-afbeeldingen, {size}",
    ),
    (
        CardImagesDownloadTitle,
        "Kaartafbeeldingen voor drukkers die afbeeldingen aannemen",
    ),
    (
        CardImagesDownloadDescription,
        "Elke kaart als PNG van {width} × {height} pixels (300 dpi, met {bleed} mm afloop), voor drukkers die één afbeelding per zijde aannemen (MakePlayingCards, The Game Crafter): de voorkanten op volgorde, 001-front.png tot {last}-front.png, en één back.png voor alle kaarten.",
    ),
    (PreviewSheet, "Het eerste vel kaarten om uit te knippen"),
    (
        PreviewFront,
        "De voorkant van de eerste vraagkaart: ‘{question}’",
    ),
    (PreviewTitleCard, "De voorkant van de titelkaart"),
    (PreviewBack, "De achterkant, op alle kaarten gelijk"),
    (PreviewCover, "De omslag van het boekje"),
    (
        NoDownloads,
        "Er zijn deze keer geen bestanden om af te drukken gemaakt.",
    ),
    (
        PrintFromBrowser,
        "Je kunt ook elke pagina van deze site vanuit je browser afdrukken: de vragenpagina komt eruit als een overzichtelijke genummerde lijst.",
    ),
    (SizeKilobytes, "{size} kB"),
    (SizeMegabytes, "{size} MB"),
    (DecimalSeparator, ","),
    (DateFormat, "{day} {month} {year}"),
    (FirstOfMonth, "1"),
    (January, "januari"),
    (February, "februari"),
    (March, "maart"),
    (April, "april"),
    (May, "mei"),
    (June, "juni"),
    (July, "juli"),
    (August, "augustus"),
    (September, "september"),
    (October, "oktober"),
    (November, "november"),
    (December, "december"),
    (Notes, "Noten"),
    (YourNotes, "Jouw aantekeningen"),
    (BookletQuestionsOne, "{count} vraag om samen over te praten"),
    (
        BookletQuestionsOther,
        "{count} vragen om samen over te praten",
    ),
    (BookletUpdated, "bijgewerkt op {date}"),
    (
        BookletSubject,
        "“{title}” en {count} gespreksvragen, als boekje",
    ),
    (
        BookletAloneSubject,
        "“{title}”: {count} gespreksvragen, als boekje",
    ),
    (
        FoldSubject,
        "Het boekje “{title}”, om dubbelzijdig af te drukken op {paper} (omslaan langs de korte kant), te vouwen en te nieten",
    ),
    (
        BookletDownloadTitle,
        "Boekje om te lezen of naar een drukker te brengen",
    ),
    (
        BookletDownloadDescription,
        "Het artikel en de {count} vragen als een klein A5-boekje, pagina voor pagina, met lijnen om je antwoorden op te schrijven. Lees het op je scherm, druk het af als losse pagina’s of laat een drukker er een geniet A5-boekje van maken.",
    ),
    (
        BookletAloneDownloadDescription,
        "De {count} vragen als een klein A5-boekje, pagina voor pagina, met lijnen om je antwoorden op te schrijven. Lees het op je scherm, druk het af als losse pagina’s of laat een drukker er een geniet A5-boekje van maken.",
    ),
    (
        FoldDownloadTitle,
        "Boekje om thuis af te drukken en te vouwen",
    ),
    (
        FoldInstructions,
        "Druk af op {paper}-papier, dubbelzijdig met “omslaan langs korte kant”, op ware grootte (100 %); leg de vellen daarna op volgorde op elkaar, vouw ze dubbel en niet ze vast langs de vouw.",
    ),
    (
        HomeDownloadTitle,
        "Kaarten om thuis af te drukken en uit te knippen",
    ),
    (
        HomeSheetsOne,
        "{cards} kaarten op {sheets} {paper}-vel, {per_sheet} per vel{fewer}{test_sheet}.",
    ),
    (
        HomeSheetsOther,
        "{cards} kaarten op {sheets} {paper}-vellen, {per_sheet} per vel{fewer}{test_sheet}.",
    ),
    (HomeAfterTestSheet, ", na een testvel"),
    (
        HomeHowLongEdge,
        "Druk dubbelzijdig af, omslaan langs de lange kant, op ware grootte (100 %, niet “aanpassen aan pagina”), en knip daarna langs de snijtekens.",
    ),
    (
        HomeHowShortEdge,
        "Druk dubbelzijdig af, omslaan langs de korte kant, op ware grootte (100 %, niet “aanpassen aan pagina”), en knip daarna langs de snijtekens.",
    ),
    (
        HomeHowOneSided,
        "Druk enkelzijdig af op ware grootte (100 %, niet “aanpassen aan pagina”), en knip daarna langs de snijtekens.",
    ),
    (
        HomeHowFoldOver,
        "Druk enkelzijdig af op ware grootte (100 %, niet “aanpassen aan pagina”), knip daarna elke voorkant met de bijbehorende achterkant uit, vouw ze langs de stippellijn op elkaar en plak ze vast.",
    ),
    (ShopDownloadTitle, "Kaarten voor een drukker"),
    (
        ShopDownloadDescription,
        "Voor een drukker of een online kaartendrukker: {cards} kaarten van {width} × {height} mm, één per pagina met {bleed} mm afloop, elke voorkant gevolgd door de achterkant.",
    ),
    (
        ShopPrinterDescription,
        "Voor {printer}: {cards} kaarten van {width} × {height} mm, één per pagina met {bleed} mm afloop, elke voorkant gevolgd door de achterkant.",
    ),
    (
        ShopPrinterBackFirstDescription,
        "Voor {printer}: {cards} kaarten van {width} × {height} mm, één per pagina met {bleed} mm afloop, elke achterkant gevolgd door de voorkant, zoals {printer} vraagt.",
    ),
    (EuropeanPrinter, "een Europese kaartendrukker"),
    (DeckSubject, "{count} gesprekskaarten bij “{title}”"),
    (DeckAloneSubject, "“{title}”: {count} gesprekskaarten"),
    (HomeDocumentTitle, "{deck} – kaarten om uit te knippen"),
    (ShopDocumentTitle, "{deck} – kaarten voor een drukker"),
    (
        TestSheetOneSided,
        "Testvel. Druk af op ware grootte (100 %, niet “aanpassen aan pagina”): elke balk moet precies 100 mm lang zijn.",
    ),
    (
        TestSheetLongEdge,
        "Testvel. Druk af op ware grootte (100 %, niet “aanpassen aan pagina”), dubbelzijdig met “omslaan langs lange kant”: elke balk moet precies 100 mm lang zijn. Houd het vel tegen het licht: de kruisjes aan beide kanten moeten precies op elkaar vallen.",
    ),
    (
        TestSheetShortEdge,
        "Testvel. Druk af op ware grootte (100 %, niet “aanpassen aan pagina”), dubbelzijdig met “omslaan langs korte kant”: elke balk moet precies 100 mm lang zijn. Houd het vel tegen het licht: de kruisjes aan beide kanten moeten precies op elkaar vallen.",
    ),
    (
        TestSheetBack,
        "Achterkant van het testvel: elk kruisje hoort precies achter een kruisje op de voorkant te staan.",
    ),
    (TestSheetThisSideUp, "Deze kant boven"),
    (
        TestSheetArrowLongEdge,
        "Tegen het licht moet de pijl op de achterkant precies achter deze te zien zijn en dezelfde kant op wijzen. Wijst hij naar beneden, of staat hij aan het andere eind van het vel, dan draait je printer het vel de andere kant om: kies in het afdrukvenster “omslaan langs korte kant” in plaats van “omslaan langs lange kant”.",
    ),
    (
        TestSheetArrowShortEdge,
        "Tegen het licht moet de pijl op de achterkant precies achter deze te zien zijn en dezelfde kant op wijzen. Wijst hij naar beneden, of staat hij aan het andere eind van het vel, dan draait je printer het vel de andere kant om: kies in het afdrukvenster “omslaan langs lange kant” in plaats van “omslaan langs korte kant”.",
    ),
    (PaperLetter, "Letter"),
    (PaperUsLetter, "US Letter"),
    (
        HomeFewerPerSheet,
        " ({per_sheet} in plaats van {crowded}, zodat de snijtekens {margin}\u{A0}mm binnen de rand van het papier blijven, waar elke printer nog afdrukt)",
    ),
    // The site helper's words.
    (DrawFrom, "Categorie"),
    (AllCategories, "Alle categorieën"),
    (MoreToRead, "Meer om te lezen en over te praten"),
    (MoreQuestions, "Meer vragen"),
    (DraftMark, "Concept"),
    (
        DraftNoteHtml,
        "<strong>Concept</strong>: alleen te zien met <code>deckle serve</code>; <code>deckle build</code> laat het weg.",
    ),
];
