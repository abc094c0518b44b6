//! French. The words say "vous": the site and the booklet speak to the two partners at once,
//! and "vous" is both the plural and the warm, respectful register a counsellor uses with the
//! people they see ("tu" would sound over-familiar from a professional, and could only ever
//! address one of the two). Typography follows French rules: « » and a narrow no-break space
//! (U+202F) inside them and before : ; ? ! and %.

use super::Key::{self, *};

/// The French table.
pub const TABLE: &[(Key, &str)] = &[
    (SkipToContent, "Aller au contenu"),
    (MainMenu, "Menu principal"),
    (Article, "Article"),
    (Questions, "Questions"),
    (DrawCard, "Tirer une carte"),
    (Print, "Imprimer"),
    (Footer, "{title}, par {author}."),
    (Updated, "Mis à jour le {date}"),
    (ReadingTime, "{minutes} min de lecture"),
    (SeeAllQuestionsOne, "Voir la question"),
    (SeeAllQuestionsOther, "Voir les {count} questions"),
    (LinkToSection, "Lien vers cette section"),
    (NotFoundTitle, "Page introuvable"),
    (NotFoundDescription, "Il n’y a pas de page à cette adresse."),
    (
        NotFoundText,
        "Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.",
    ),
    (GoToArticle, "Aller à l’article"),
    (GoHome, "Aller à l’accueil"),
    (SeeQuestions, "Voir toutes les questions"),
    (QuestionsDescription, "Les questions du jeu, une par une."),
    (QuestionOf, "Question {number} sur {count}"),
    (Previous, "Précédente"),
    (Next, "Suivante"),
    (PagerQuestion, "\u{202F}: question {number}"),
    (AllQuestions, "Toutes les questions"),
    (PrintCards, "Imprimer les cartes"),
    (
        DrawDescription,
        "Tirez une question au hasard, une carte à la fois.",
    ),
    (
        DrawLead,
        "Chacun son tour\u{202F}: tirez une carte, lisez la question à voix haute et écoutez la réponse avant de tirer la suivante.",
    ),
    (
        DrawPrompt,
        "Appuyez sur «\u{202F}Tirer une carte\u{202F}» pour commencer.",
    ),
    (OpenQuestion, "Ouvrir cette question"),
    (WholeDeck, "Tout le jeu"),
    (
        NoScriptNote,
        "Votre navigateur n’exécute pas les scripts\u{202F}: voici donc toutes les cartes. Choisissez-en une au hasard.",
    ),
    (DrawAgain, "Tirer une autre carte"),
    (ShuffleAgain, "Mélanger et recommencer"),
    (
        LastCard,
        "C’était la dernière carte. Au prochain tirage, tout le jeu est mélangé à nouveau.",
    ),
    (CardsLeftOne, "Il reste {count} carte dans le jeu."),
    (CardsLeftOther, "Il reste {count} cartes dans le jeu."),
    (CardsInDeckOne, "{count} carte dans le jeu."),
    (CardsInDeckOther, "{count} cartes dans le jeu."),
    (PrintTitle, "Imprimer les cartes et le livret"),
    (
        PrintDescription,
        "Les cartes et le livret à imprimer, prêts à télécharger.",
    ),
    (
        PrintLeadHtml,
        "Téléchargez un fichier, ouvrez-le et imprimez-le en <strong>taille réelle</strong> («\u{202F}100\u{202F}%\u{202F}», et non «\u{202F}ajuster à la page\u{202F}») pour que les cartes aient la bonne taille.",
    ),
    (DownloadMetaOne, "PDF, {count} page, {size}"),
    (DownloadMetaOther, "PDF, {count} pages, {size}"),
    (DownloadMetaImages, "ZIP de {count} images PNG, {size}"),
    (
        CardImagesDownloadTitle,
        "Images des cartes pour les imprimeurs qui prennent des images",
    ),
    (
        CardImagesDownloadDescription,
        "Chaque carte en PNG de {width} × {height} pixels (300 dpi, avec {bleed} mm de fond perdu), pour les imprimeurs qui prennent une image par face (MakePlayingCards, The Game Crafter) : les recto dans l’ordre, de 001-front.png à {last}-front.png, et un seul back.png pour toutes les cartes.",
    ),
    (PreviewSheet, "La première feuille de cartes à découper"),
    (
        PreviewFront,
        "Le recto de la première carte question : « {question} »",
    ),
    (PreviewTitleCard, "Le recto de la carte de titre"),
    (PreviewBack, "Le verso, le même sur toutes les cartes"),
    (PreviewCover, "La couverture du livret"),
    (NoDownloads, "Aucun fichier à imprimer n’a été produit."),
    (
        PrintFromBrowser,
        "Vous pouvez aussi imprimer n’importe quelle page de ce site depuis votre navigateur\u{202F}: la page des questions s’imprime comme une liste numérotée, bien nette.",
    ),
    (SizeKilobytes, "{size}\u{A0}Ko"),
    (SizeMegabytes, "{size}\u{A0}Mo"),
    (DecimalSeparator, ","),
    (DateFormat, "{day} {month} {year}"),
    (FirstOfMonth, "1er"),
    (January, "janvier"),
    (February, "février"),
    (March, "mars"),
    (April, "avril"),
    (May, "mai"),
    (June, "juin"),
    (July, "juillet"),
    (August, "août"),
    (September, "septembre"),
    (October, "octobre"),
    (November, "novembre"),
    (December, "décembre"),
    (Notes, "Notes"),
    (YourNotes, "Vos notes"),
    (BookletQuestionsOne, "{count} question pour parler à deux"),
    (
        BookletQuestionsOther,
        "{count} questions pour parler à deux",
    ),
    (BookletUpdated, "mis à jour le {date}"),
    (
        BookletSubject,
        "«\u{202F}{title}\u{202F}» et {count} questions à se poser à deux, en livret",
    ),
    (
        BookletAloneSubject,
        "«\u{202F}{title}\u{202F}»\u{202F}: {count} questions à se poser à deux, en livret",
    ),
    (
        FoldSubject,
        "Le livret «\u{202F}{title}\u{202F}», à imprimer recto verso sur {paper} (retournement sur le bord court), à plier et à agrafer",
    ),
    (
        BookletDownloadTitle,
        "Livret à lire ou à confier à un imprimeur",
    ),
    (
        BookletDownloadDescription,
        "L’article et les {count} questions en petit livre A5, page par page, avec des lignes pour écrire vos réponses. Lisez-le à l’écran, imprimez-le en pages simples ou demandez à un imprimeur un livret A5 piqué à cheval.",
    ),
    (
        BookletAloneDownloadDescription,
        "Les {count} questions en petit livre A5, page par page, avec des lignes pour écrire vos réponses. Lisez-le à l’écran, imprimez-le en pages simples ou demandez à un imprimeur un livret A5 piqué à cheval.",
    ),
    (FoldDownloadTitle, "Livret à imprimer chez soi et à plier"),
    (
        FoldInstructions,
        "Imprimez sur du papier {paper}, recto verso avec «\u{202F}retournement sur le bord court\u{202F}», en taille réelle (100\u{202F}%)\u{202F}; puis empilez les feuilles dans l’ordre, pliez-les en deux et agrafez-les le long du pli.",
    ),
    (
        HomeDownloadTitle,
        "Cartes à imprimer chez soi et à découper",
    ),
    (
        HomeSheetsOne,
        "{cards} cartes sur {sheets} feuille {paper}, {per_sheet} par feuille{fewer}{test_sheet}.",
    ),
    (
        HomeSheetsOther,
        "{cards} cartes sur {sheets} feuilles {paper}, {per_sheet} par feuille{fewer}{test_sheet}.",
    ),
    (HomeAfterTestSheet, ", après une feuille d’essai"),
    (
        HomeHowLongEdge,
        "Imprimez en recto verso, retournement sur le bord long, en taille réelle (100\u{202F}%, et non «\u{202F}ajuster à la page\u{202F}»), puis découpez le long des repères.",
    ),
    (
        HomeHowShortEdge,
        "Imprimez en recto verso, retournement sur le bord court, en taille réelle (100\u{202F}%, et non «\u{202F}ajuster à la page\u{202F}»), puis découpez le long des repères.",
    ),
    (
        HomeHowOneSided,
        "Imprimez en recto seul, en taille réelle (100\u{202F}%, et non «\u{202F}ajuster à la page\u{202F}»), puis découpez le long des repères.",
    ),
    (
        HomeHowFoldOver,
        "Imprimez en recto seul, en taille réelle (100\u{202F}%, et non «\u{202F}ajuster à la page\u{202F}»), puis découpez chaque recto avec son verso, pliez-les l’un contre l’autre le long des pointillés et collez-les.",
    ),
    (ShopDownloadTitle, "Cartes pour un imprimeur"),
    (
        ShopDownloadDescription,
        "Pour un imprimeur ou un service d’impression de cartes en ligne\u{202F}: {cards} cartes de {width}\u{A0}×\u{A0}{height}\u{A0}mm, une par page avec {bleed}\u{A0}mm de fond perdu, chaque recto suivi de son verso.",
    ),
    (
        ShopPrinterDescription,
        "Pour {printer}\u{202F}: {cards} cartes de {width}\u{A0}×\u{A0}{height}\u{A0}mm, une par page avec {bleed}\u{A0}mm de fond perdu, chaque recto suivi de son verso.",
    ),
    (
        ShopPrinterBackFirstDescription,
        "Pour {printer}\u{202F}: {cards} cartes de {width}\u{A0}×\u{A0}{height}\u{A0}mm, une par page avec {bleed}\u{A0}mm de fond perdu, chaque verso suivi de son recto, comme {printer} le demande.",
    ),
    (EuropeanPrinter, "un imprimeur de cartes européen"),
    (
        DeckSubject,
        "{count} cartes de conversation pour accompagner «\u{202F}{title}\u{202F}»",
    ),
    (
        DeckAloneSubject,
        "«\u{202F}{title}\u{202F}»\u{202F}: {count} cartes de conversation",
    ),
    (HomeDocumentTitle, "{deck} – cartes à découper"),
    (ShopDocumentTitle, "{deck} – cartes pour un imprimeur"),
    (
        TestSheetOneSided,
        "Feuille d’essai. Imprimez en taille réelle (100\u{202F}%, et non «\u{202F}ajuster à la page\u{202F}»)\u{202F}: chaque barre doit mesurer exactement 100\u{A0}mm.",
    ),
    (
        TestSheetLongEdge,
        "Feuille d’essai. Imprimez en taille réelle (100\u{202F}%, et non «\u{202F}ajuster à la page\u{202F}»), en recto verso avec «\u{202F}retournement sur le bord long\u{202F}»\u{202F}: chaque barre doit mesurer exactement 100\u{A0}mm. Regardez la feuille à contre-jour\u{202F}: les croix des deux faces doivent se superposer.",
    ),
    (
        TestSheetShortEdge,
        "Feuille d’essai. Imprimez en taille réelle (100\u{202F}%, et non «\u{202F}ajuster à la page\u{202F}»), en recto verso avec «\u{202F}retournement sur le bord court\u{202F}»\u{202F}: chaque barre doit mesurer exactement 100\u{A0}mm. Regardez la feuille à contre-jour\u{202F}: les croix des deux faces doivent se superposer.",
    ),
    (
        TestSheetBack,
        "Verso de la feuille d’essai\u{202F}: chaque croix doit se trouver exactement derrière une croix du recto.",
    ),
    (TestSheetThisSideUp, "Ce côté vers le haut"),
    (
        TestSheetArrowLongEdge,
        "À contre-jour, la flèche du verso doit apparaître juste derrière celle-ci et pointer dans le même sens. Si elle pointe vers le bas, ou apparaît à l’autre bout de la feuille, votre imprimante retourne la feuille dans l’autre sens\u{202F}: dans la fenêtre d’impression, choisissez «\u{202F}retournement sur le bord court\u{202F}» au lieu de «\u{202F}retournement sur le bord long\u{202F}».",
    ),
    (
        TestSheetArrowShortEdge,
        "À contre-jour, la flèche du verso doit apparaître juste derrière celle-ci et pointer dans le même sens. Si elle pointe vers le bas, ou apparaît à l’autre bout de la feuille, votre imprimante retourne la feuille dans l’autre sens\u{202F}: dans la fenêtre d’impression, choisissez «\u{202F}retournement sur le bord long\u{202F}» au lieu de «\u{202F}retournement sur le bord court\u{202F}».",
    ),
    (PaperLetter, "Lettre US"),
    (PaperUsLetter, "Lettre US"),
    (
        HomeFewerPerSheet,
        " ({per_sheet} et non {crowded}, pour garder les repères de coupe à {margin}\u{A0}mm du bord du papier, là où toutes les imprimantes impriment)",
    ),
    // The site helper's words.
    (DrawFrom, "Catégorie"),
    (AllCategories, "Toutes les catégories"),
    (MoreToRead, "D’autres textes à lire et à partager"),
    (MoreQuestions, "Autres questions"),
    (DraftMark, "Brouillon"),
    (
        DraftNoteHtml,
        "<strong>Brouillon</strong>\u{202F}: visible seulement avec <code>deckle serve</code>\u{202F}; <code>deckle build</code> le laisse de côté.",
    ),
];
