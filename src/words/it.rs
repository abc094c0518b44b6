//! Italian. The words say "tu": it is how Italian apps, games and most of the web speak, and
//! how two partners speak to each other; "Lei" would sound like an office, and "voi" would
//! talk past the one holding the phone. Each partner is spoken to in turn ("pesca una carta"),
//! as the cards are drawn in turn. Quotes are «…», with “…” inside.

use super::Key::{self, *};

/// The Italian table.
pub const TABLE: &[(Key, &str)] = &[
    (SkipToContent, "Vai al contenuto"),
    (MainMenu, "Menu principale"),
    (Article, "Articolo"),
    (Questions, "Domande"),
    (DrawCard, "Pesca una carta"),
    (Print, "Stampa"),
    (Footer, "{title}, di {author}."),
    (Updated, "Aggiornato il {date}"),
    (ReadingTime, "{minutes} min di lettura"),
    (SeeAllQuestionsOne, "Vedi la domanda"),
    (SeeAllQuestionsOther, "Vedi tutte le {count} domande"),
    (LinkToSection, "Link a questa sezione"),
    (NotFoundTitle, "Pagina non trovata"),
    (
        NotFoundDescription,
        "A questo indirizzo non c’è nessuna pagina.",
    ),
    (
        NotFoundText,
        "A questo indirizzo non c’è nessuna pagina. Forse è stata spostata, oppure nel link c’è un errore di battitura.",
    ),
    (GoToArticle, "Vai all’articolo"),
    (GoHome, "Vai alla pagina iniziale"),
    (SeeQuestions, "Vedi tutte le domande"),
    (
        QuestionsDescription,
        "Le domande del mazzo, una alla volta.",
    ),
    (QuestionOf, "Domanda {number} di {count}"),
    (Previous, "Precedente"),
    (Next, "Successiva"),
    (PagerQuestion, ": domanda {number}"),
    (AllQuestions, "Tutte le domande"),
    (PrintCards, "Stampa le carte"),
    (
        DrawDescription,
        "Pesca a caso una domanda dal mazzo, una carta alla volta.",
    ),
    (
        DrawLead,
        "A turno: pesca una carta, leggi la domanda ad alta voce e ascolta la risposta prima di pescare la successiva.",
    ),
    (DrawPrompt, "Premi «Pesca una carta» per iniziare."),
    (OpenQuestion, "Apri questa domanda"),
    (WholeDeck, "Tutto il mazzo"),
    (
        NoScriptNote,
        "Il tuo browser non esegue gli script, quindi ecco tutte le carte: scegline una a caso.",
    ),
    (DrawAgain, "Pesca ancora"),
    (ShuffleAgain, "Rimescola e pesca di nuovo"),
    (
        LastCard,
        "Era l’ultima carta. Alla prossima pescata il mazzo viene rimescolato da capo.",
    ),
    (CardsLeftOne, "Resta {count} carta nel mazzo."),
    (CardsLeftOther, "Restano {count} carte nel mazzo."),
    (CardsInDeckOne, "{count} carta nel mazzo."),
    (CardsInDeckOther, "{count} carte nel mazzo."),
    (PrintTitle, "Stampa le carte e il libretto"),
    (
        PrintDescription,
        "Le carte e il libretto da stampare, pronti da scaricare.",
    ),
    (
        PrintLeadHtml,
        "Scarica un file, aprilo e stampalo a <strong>dimensione reale</strong> («100 %», non «adatta alla pagina»), così le carte escono della misura giusta.",
    ),
    (DownloadMetaOne, "PDF, {count} pagina, {size}"),
    (DownloadMetaOther, "PDF, {count} pagine, {size}"),
    (DownloadMetaImages, "ZIP di {count} immagini PNG, {size}"),
    (
        CardImagesDownloadTitle,
        "Immagini delle carte per le tipografie che accettano immagini",
    ),
    (
        CardImagesDownloadDescription,
        "Ogni carta come PNG di {width} × {height} pixel (300 dpi, con {bleed} mm di abbondanza), per le tipografie che accettano un’immagine per faccia (MakePlayingCards, The Game Crafter): i fronti in ordine, da 001-front.png a {last}-front.png, e un solo back.png per tutte le carte.",
    ),
    (PreviewSheet, "Il primo foglio di carte da ritagliare"),
    (
        PreviewFront,
        "Il fronte della prima carta domanda: «{question}»",
    ),
    (PreviewTitleCard, "Il fronte della carta del titolo"),
    (PreviewBack, "Il retro, uguale su tutte le carte"),
    (PreviewCover, "La copertina del libretto"),
    (
        NoDownloads,
        "Questa volta non è stato creato nessun file da stampare.",
    ),
    (
        PrintFromBrowser,
        "Puoi anche stampare qualsiasi pagina di questo sito dal browser: la pagina delle domande esce come un elenco numerato e ordinato.",
    ),
    (SizeKilobytes, "{size} KB"),
    (SizeMegabytes, "{size} MB"),
    (DecimalSeparator, ","),
    (DateFormat, "{day} {month} {year}"),
    (FirstOfMonth, "1º"),
    (January, "gennaio"),
    (February, "febbraio"),
    (March, "marzo"),
    (April, "aprile"),
    (May, "maggio"),
    (June, "giugno"),
    (July, "luglio"),
    (August, "agosto"),
    (September, "settembre"),
    (October, "ottobre"),
    (November, "novembre"),
    (December, "dicembre"),
    (Notes, "Note"),
    (YourNotes, "I tuoi appunti"),
    (
        BookletQuestionsOne,
        "{count} domanda di cui parlare insieme",
    ),
    (
        BookletQuestionsOther,
        "{count} domande di cui parlare insieme",
    ),
    (BookletUpdated, "aggiornato il {date}"),
    (
        BookletSubject,
        "«{title}» e {count} domande per conversare, in un libretto",
    ),
    (
        BookletAloneSubject,
        "«{title}»: {count} domande per conversare, in un libretto",
    ),
    (
        FoldSubject,
        "Il libretto «{title}», da stampare fronte-retro su {paper} (capovolgendo sul lato corto), piegare e pinzare",
    ),
    (
        BookletDownloadTitle,
        "Libretto da leggere o da portare in tipografia",
    ),
    (
        BookletDownloadDescription,
        "L’articolo e le {count} domande in un piccolo libro A5, pagina per pagina, con le righe per scrivere le tue risposte. Leggilo sullo schermo, stampalo a pagine singole o chiedi a una tipografia un libretto A5 con punto metallico.",
    ),
    (
        BookletAloneDownloadDescription,
        "Le {count} domande in un piccolo libro A5, pagina per pagina, con le righe per scrivere le tue risposte. Leggilo sullo schermo, stampalo a pagine singole o chiedi a una tipografia un libretto A5 con punto metallico.",
    ),
    (FoldDownloadTitle, "Libretto da stampare a casa e piegare"),
    (
        FoldInstructions,
        "Stampa su carta {paper}, fronte-retro con «capovolgi sul lato corto», a dimensione reale (100 %); poi impila i fogli in ordine, piegali a metà e pinzali lungo la piega.",
    ),
    (HomeDownloadTitle, "Carte da stampare a casa e ritagliare"),
    (
        HomeSheetsOne,
        "{cards} carte su {sheets} foglio {paper}, {per_sheet} per foglio{fewer}{test_sheet}.",
    ),
    (
        HomeSheetsOther,
        "{cards} carte su {sheets} fogli {paper}, {per_sheet} per foglio{fewer}{test_sheet}.",
    ),
    (HomeAfterTestSheet, ", dopo un foglio di prova"),
    (
        HomeHowLongEdge,
        "Stampa fronte-retro, capovolgendo sul lato lungo, a dimensione reale (100 %, non «adatta alla pagina»), poi ritaglia lungo i segni.",
    ),
    (
        HomeHowShortEdge,
        "Stampa fronte-retro, capovolgendo sul lato corto, a dimensione reale (100 %, non «adatta alla pagina»), poi ritaglia lungo i segni.",
    ),
    (
        HomeHowOneSided,
        "Stampa solo fronte a dimensione reale (100 %, non «adatta alla pagina»), poi ritaglia lungo i segni.",
    ),
    (
        HomeHowFoldOver,
        "Stampa solo fronte a dimensione reale (100 %, non «adatta alla pagina»), poi ritaglia ogni fronte insieme al suo retro, piegali l’uno sull’altro lungo la linea tratteggiata e incollali.",
    ),
    (ShopDownloadTitle, "Carte per una tipografia"),
    (
        ShopDownloadDescription,
        "Per una tipografia o un servizio di stampa online: {cards} carte da {width} × {height} mm, una per pagina con {bleed} mm di abbondanza, ogni fronte seguito dal suo retro.",
    ),
    (
        ShopPrinterDescription,
        "Per {printer}: {cards} carte da {width} × {height} mm, una per pagina con {bleed} mm di abbondanza, ogni fronte seguito dal suo retro.",
    ),
    (
        ShopPrinterBackFirstDescription,
        "Per {printer}: {cards} carte da {width} × {height} mm, una per pagina con {bleed} mm di abbondanza, ogni retro seguito dal suo fronte, come chiede {printer}.",
    ),
    (EuropeanPrinter, "una tipografia di carte europea"),
    (
        DeckSubject,
        "{count} carte di conversazione per accompagnare «{title}»",
    ),
    (
        DeckAloneSubject,
        "«{title}»: {count} carte di conversazione",
    ),
    (HomeDocumentTitle, "{deck} — carte da ritagliare"),
    (ShopDocumentTitle, "{deck} — carte per la tipografia"),
    (
        TestSheetOneSided,
        "Foglio di prova. Stampa a dimensione reale (100 %, non «adatta alla pagina»): ogni barra deve misurare esattamente 100 mm.",
    ),
    (
        TestSheetLongEdge,
        "Foglio di prova. Stampa a dimensione reale (100 %, non «adatta alla pagina»), fronte-retro con «capovolgi sul lato lungo»: ogni barra deve misurare esattamente 100 mm. Guarda il foglio in controluce: le croci sui due lati devono coincidere.",
    ),
    (
        TestSheetShortEdge,
        "Foglio di prova. Stampa a dimensione reale (100 %, non «adatta alla pagina»), fronte-retro con «capovolgi sul lato corto»: ogni barra deve misurare esattamente 100 mm. Guarda il foglio in controluce: le croci sui due lati devono coincidere.",
    ),
    (
        TestSheetBack,
        "Retro del foglio di prova: ogni croce deve trovarsi esattamente dietro una croce del fronte.",
    ),
    (TestSheetThisSideUp, "Questo lato in alto"),
    (
        TestSheetArrowLongEdge,
        "In controluce, la freccia sul retro deve trasparire proprio dietro questa e puntare nella stessa direzione. Se punta verso il basso, o compare all’altra estremità del foglio, la stampante gira il foglio al contrario: nella finestra di stampa scegli «capovolgi sul lato corto» invece di «capovolgi sul lato lungo».",
    ),
    (
        TestSheetArrowShortEdge,
        "In controluce, la freccia sul retro deve trasparire proprio dietro questa e puntare nella stessa direzione. Se punta verso il basso, o compare all’altra estremità del foglio, la stampante gira il foglio al contrario: nella finestra di stampa scegli «capovolgi sul lato lungo» invece di «capovolgi sul lato corto».",
    ),
    (PaperLetter, "Lettera"),
    (PaperUsLetter, "Lettera USA"),
    (
        HomeFewerPerSheet,
        " ({per_sheet} invece di {crowded}, per tenere i segni di taglio a {margin}\u{A0}mm dal bordo del foglio, dove ogni stampante riesce a stampare)",
    ),
    // The site helper's words.
    (DrawFrom, "Categoria"),
    (AllCategories, "Tutte le categorie"),
    (MoreToRead, "Altro da leggere e di cui parlare"),
    (MoreQuestions, "Altre domande"),
    (DraftMark, "Bozza"),
    (
        DraftNoteHtml,
        "<strong>Bozza</strong>: visibile solo con <code>deckle serve</code>; <code>deckle build</code> la lascia fuori.",
    ),
];
