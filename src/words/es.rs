//! Spanish. The words say "tú": it is how apps, games and most of the web speak in Spain and
//! Latin America alike, and how two partners speak to each other; "usted" would put a
//! counsellor's desk between them, and the plural forms split the Spanish-speaking world
//! ("vosotros" in Spain, "ustedes" in the Americas). Each partner is spoken to in turn
//! ("saca una carta"), as the cards are drawn in turn. Quotes are «…», with “…” inside.

use super::Key::{self, *};

/// The Spanish table.
pub const TABLE: &[(Key, &str)] = &[
    (SkipToContent, "Saltar al contenido"),
    (MainMenu, "Menú principal"),
    (Article, "Artículo"),
    (Questions, "Preguntas"),
    (DrawCard, "Sacar una carta"),
    (Print, "Imprimir"),
    (Footer, "{title}, de {author}."),
    (Updated, "Actualizado el {date}"),
    (ReadingTime, "{minutes} min de lectura"),
    (SeeAllQuestionsOne, "Ver la pregunta"),
    (SeeAllQuestionsOther, "Ver las {count} preguntas"),
    (LinkToSection, "Enlace a esta sección"),
    (NotFoundTitle, "Página no encontrada"),
    (
        NotFoundDescription,
        "No hay ninguna página en esta dirección.",
    ),
    (
        NotFoundText,
        "No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace tenga una errata.",
    ),
    (GoToArticle, "Ir al artículo"),
    (GoHome, "Ir a la página de inicio"),
    (SeeQuestions, "Ver todas las preguntas"),
    (
        QuestionsDescription,
        "Las preguntas de la baraja, una a una.",
    ),
    (QuestionOf, "Pregunta {number} de {count}"),
    (Previous, "Anterior"),
    (Next, "Siguiente"),
    (PagerQuestion, ": pregunta {number}"),
    (AllQuestions, "Todas las preguntas"),
    (PrintCards, "Imprimir las cartas"),
    (
        DrawDescription,
        "Saca una pregunta al azar de la baraja, carta a carta.",
    ),
    (
        DrawLead,
        "Por turnos: saca una carta, lee la pregunta en voz alta y escucha la respuesta antes de sacar la siguiente.",
    ),
    (DrawPrompt, "Pulsa «Sacar una carta» para empezar."),
    (OpenQuestion, "Abrir esta pregunta"),
    (WholeDeck, "La baraja completa"),
    (
        NoScriptNote,
        "Tu navegador no está ejecutando scripts, así que aquí tienes todas las cartas: elige una al azar.",
    ),
    (DrawAgain, "Sacar otra"),
    (ShuffleAgain, "Barajar y volver a sacar"),
    (
        LastCard,
        "Esa era la última carta. La próxima vez se vuelven a barajar todas las cartas.",
    ),
    (CardsLeftOne, "Queda {count} carta en la baraja."),
    (CardsLeftOther, "Quedan {count} cartas en la baraja."),
    (CardsInDeckOne, "{count} carta en la baraja."),
    (CardsInDeckOther, "{count} cartas en la baraja."),
    (PrintTitle, "Imprimir las cartas y el cuadernillo"),
    (
        PrintDescription,
        "Las cartas y el cuadernillo, listos para descargar e imprimir.",
    ),
    (
        PrintLeadHtml,
        "Descarga un archivo, ábrelo e imprímelo a <strong>tamaño real</strong> («100 %», no «ajustar a la página») para que las cartas salgan del tamaño correcto.",
    ),
    (DownloadMetaOne, "PDF, {count} página, {size}"),
    (DownloadMetaOther, "PDF, {count} páginas, {size}"),
    (DownloadMetaImages, "ZIP con {count} imágenes PNG, {size}"),
    (
        CardImagesDownloadTitle,
        "Imágenes de las cartas para imprentas que aceptan imágenes",
    ),
    (
        CardImagesDownloadDescription,
        "Cada carta como PNG de {width} × {height} píxeles (300 ppp, con {bleed} mm de sangrado), para imprentas que aceptan una imagen por cara (MakePlayingCards, The Game Crafter): los anversos en orden, de 001-front.png a {last}-front.png, y un solo back.png para todas las cartas.",
    ),
    (PreviewSheet, "La primera hoja de cartas para recortar"),
    (
        PreviewFront,
        "El anverso de la primera carta de pregunta: «{question}»",
    ),
    (PreviewTitleCard, "El anverso de la carta del título"),
    (PreviewBack, "El reverso, igual en todas las cartas"),
    (PreviewCover, "La portada del cuadernillo"),
    (
        NoDownloads,
        "Esta vez no se ha generado ningún archivo para imprimir.",
    ),
    (
        PrintFromBrowser,
        "También puedes imprimir cualquier página de este sitio desde tu navegador: la página de preguntas sale como una lista numerada y limpia.",
    ),
    (SizeKilobytes, "{size} KB"),
    (SizeMegabytes, "{size} MB"),
    (DecimalSeparator, ","),
    (DateFormat, "{day} de {month} de {year}"),
    (FirstOfMonth, "1"),
    (January, "enero"),
    (February, "febrero"),
    (March, "marzo"),
    (April, "abril"),
    (May, "mayo"),
    (June, "junio"),
    (July, "julio"),
    (August, "agosto"),
    (September, "septiembre"),
    (October, "octubre"),
    (November, "noviembre"),
    (December, "diciembre"),
    (Notes, "Notas"),
    (YourNotes, "Tus notas"),
    (
        BookletQuestionsOne,
        "{count} pregunta para conversar en pareja",
    ),
    (
        BookletQuestionsOther,
        "{count} preguntas para conversar en pareja",
    ),
    (BookletUpdated, "actualizado el {date}"),
    (
        BookletSubject,
        "«{title}» y {count} preguntas para conversar, en cuadernillo",
    ),
    (
        BookletAloneSubject,
        "«{title}»: {count} preguntas para conversar, en cuadernillo",
    ),
    (
        FoldSubject,
        "El cuadernillo «{title}», para imprimir a doble cara en {paper} (girando por el borde corto), doblar y grapar",
    ),
    (
        BookletDownloadTitle,
        "Cuadernillo para leer o llevar a una imprenta",
    ),
    (
        BookletDownloadDescription,
        "El artículo y las {count} preguntas en un pequeño libro A5, página a página, con líneas para escribir tus respuestas. Léelo en pantalla, imprímelo en hojas sueltas o pide en una imprenta un cuadernillo A5 grapado.",
    ),
    (
        BookletAloneDownloadDescription,
        "Las {count} preguntas en un pequeño libro A5, página a página, con líneas para escribir tus respuestas. Léelo en pantalla, imprímelo en hojas sueltas o pide en una imprenta un cuadernillo A5 grapado.",
    ),
    (
        FoldDownloadTitle,
        "Cuadernillo para imprimir en casa y doblar",
    ),
    (
        FoldInstructions,
        "Imprime en papel {paper}, a doble cara con «girar por el borde corto», a tamaño real (100 %); luego apila las hojas en orden, dóblalas por la mitad y grápalas por el pliegue.",
    ),
    (HomeDownloadTitle, "Cartas para imprimir en casa y recortar"),
    (
        HomeSheetsOne,
        "{cards} cartas en {sheets} hoja {paper}, {per_sheet} por hoja{fewer}{test_sheet}.",
    ),
    (
        HomeSheetsOther,
        "{cards} cartas en {sheets} hojas {paper}, {per_sheet} por hoja{fewer}{test_sheet}.",
    ),
    (HomeAfterTestSheet, ", tras una hoja de prueba"),
    (
        HomeHowLongEdge,
        "Imprímelo a doble cara, girando por el borde largo, a tamaño real (100 %, no «ajustar a la página»), y luego recorta siguiendo las marcas.",
    ),
    (
        HomeHowShortEdge,
        "Imprímelo a doble cara, girando por el borde corto, a tamaño real (100 %, no «ajustar a la página»), y luego recorta siguiendo las marcas.",
    ),
    (
        HomeHowOneSided,
        "Imprímelo por una sola cara a tamaño real (100 %, no «ajustar a la página») y luego recorta siguiendo las marcas.",
    ),
    (
        HomeHowFoldOver,
        "Imprímelo por una sola cara a tamaño real (100 %, no «ajustar a la página»); luego recorta cada anverso con su reverso, dóblalos juntos por la línea de puntos y pégalos.",
    ),
    (ShopDownloadTitle, "Cartas para una imprenta"),
    (
        ShopDownloadDescription,
        "Para una imprenta o un servicio de impresión de cartas en línea: {cards} cartas de {width} × {height} mm, una por página con {bleed} mm de sangrado, cada anverso seguido de su reverso.",
    ),
    (
        ShopPrinterDescription,
        "Para {printer}: {cards} cartas de {width} × {height} mm, una por página con {bleed} mm de sangrado, cada anverso seguido de su reverso.",
    ),
    (
        ShopPrinterBackFirstDescription,
        "Para {printer}: {cards} cartas de {width} × {height} mm, una por página con {bleed} mm de sangrado, cada reverso seguido de su anverso, como pide {printer}.",
    ),
    (EuropeanPrinter, "una imprenta de cartas europea"),
    (
        DeckSubject,
        "{count} cartas de conversación para acompañar «{title}»",
    ),
    (
        DeckAloneSubject,
        "«{title}»: {count} cartas de conversación",
    ),
    (HomeDocumentTitle, "{deck} — cartas para recortar"),
    (ShopDocumentTitle, "{deck} — cartas para una imprenta"),
    (
        TestSheetOneSided,
        "Hoja de prueba. Imprime a tamaño real (100 %, no «ajustar a la página»): cada barra debe medir exactamente 100 mm.",
    ),
    (
        TestSheetLongEdge,
        "Hoja de prueba. Imprime a tamaño real (100 %, no «ajustar a la página»), a doble cara con «girar por el borde largo»: cada barra debe medir exactamente 100 mm. Mira la hoja al trasluz: las cruces de las dos caras deben coincidir.",
    ),
    (
        TestSheetShortEdge,
        "Hoja de prueba. Imprime a tamaño real (100 %, no «ajustar a la página»), a doble cara con «girar por el borde corto»: cada barra debe medir exactamente 100 mm. Mira la hoja al trasluz: las cruces de las dos caras deben coincidir.",
    ),
    (
        TestSheetBack,
        "Reverso de la hoja de prueba: cada cruz debe quedar justo detrás de una del anverso.",
    ),
    (TestSheetThisSideUp, "Esta cara hacia arriba"),
    (
        TestSheetArrowLongEdge,
        "Al trasluz, la flecha del reverso debe verse justo detrás de esta y apuntar en la misma dirección. Si apunta hacia abajo, o aparece en el otro extremo de la hoja, tu impresora gira la hoja al revés: en el cuadro de impresión, elige «girar por el borde corto» en lugar de «girar por el borde largo».",
    ),
    (
        TestSheetArrowShortEdge,
        "Al trasluz, la flecha del reverso debe verse justo detrás de esta y apuntar en la misma dirección. Si apunta hacia abajo, o aparece en el otro extremo de la hoja, tu impresora gira la hoja al revés: en el cuadro de impresión, elige «girar por el borde largo» en lugar de «girar por el borde corto».",
    ),
    (PaperLetter, "Carta"),
    (PaperUsLetter, "Carta (EE.\u{A0}UU.)"),
    (
        HomeFewerPerSheet,
        " ({per_sheet} en lugar de {crowded}, para que las marcas de corte queden a {margin}\u{A0}mm del borde del papel, donde imprimen todas las impresoras)",
    ),
    // The site helper's words.
    (DrawFrom, "Categoría"),
    (AllCategories, "Todas las categorías"),
    (MoreToRead, "Más para leer y conversar"),
    (MoreQuestions, "Más preguntas"),
    (DraftMark, "Borrador"),
    (
        DraftNoteHtml,
        "<strong>Borrador</strong>: solo se ve con <code>deckle serve</code>; <code>deckle build</code> lo deja fuera.",
    ),
];
