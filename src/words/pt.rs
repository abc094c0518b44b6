//! Portuguese, in its Brazilian form (most readers; "arquivo", "baixar"), which readers in
//! Portugal understand. The words say "você", the warm everyday address in Brazil and a
//! friendly one in writing in Portugal, spoken to each partner in turn ("tire uma carta");
//! "tu" is regional in Brazil, and "o senhor / a senhora" would be stiff in a game for two.
//! The words quote with “…”, which both countries use; the article's quotes become «…» for
//! `pt` and `pt-PT` and “…” for `pt-BR`.

use super::Key::{self, *};

/// The Portuguese table.
pub const TABLE: &[(Key, &str)] = &[
    (SkipToContent, "Ir para o conteúdo"),
    (MainMenu, "Menu principal"),
    (Article, "Artigo"),
    (Questions, "Perguntas"),
    (DrawCard, "Tirar uma carta"),
    (Print, "Imprimir"),
    (Footer, "{title}, por {author}."),
    (Updated, "Atualizado em {date}"),
    (ReadingTime, "{minutes} min de leitura"),
    (SeeAllQuestionsOne, "Ver a pergunta"),
    (SeeAllQuestionsOther, "Ver as {count} perguntas"),
    (LinkToSection, "Link para esta parte"),
    (NotFoundTitle, "Página não encontrada"),
    (NotFoundDescription, "Não há nenhuma página neste endereço."),
    (
        NotFoundText,
        "Não há nenhuma página neste endereço. Talvez ela tenha mudado de lugar, ou o link tenha um erro de digitação.",
    ),
    (GoToArticle, "Ir para o artigo"),
    (GoHome, "Ir para a página inicial"),
    (SeeQuestions, "Ver todas as perguntas"),
    (QuestionsDescription, "As perguntas do baralho, uma a uma."),
    (QuestionOf, "Pergunta {number} de {count}"),
    (Previous, "Anterior"),
    (Next, "Próxima"),
    (PagerQuestion, ": pergunta {number}"),
    (AllQuestions, "Todas as perguntas"),
    (PrintCards, "Imprimir as cartas"),
    (
        DrawDescription,
        "Tire uma pergunta ao acaso do baralho, uma carta de cada vez.",
    ),
    (
        DrawLead,
        "Cada um na sua vez: tire uma carta, leia a pergunta em voz alta e ouça a resposta com calma antes de tirar a próxima.",
    ),
    (DrawPrompt, "Use o botão “Tirar uma carta” para começar."),
    (OpenQuestion, "Abrir esta pergunta"),
    (WholeDeck, "O baralho inteiro"),
    (
        NoScriptNote,
        "O seu navegador não está executando scripts, então aqui estão todas as cartas: escolha uma ao acaso.",
    ),
    (DrawAgain, "Tirar outra"),
    (ShuffleAgain, "Embaralhar e tirar de novo"),
    (
        LastCard,
        "Essa foi a última carta. Na próxima vez, o baralho inteiro é embaralhado de novo.",
    ),
    (CardsLeftOne, "Resta {count} carta no baralho."),
    (CardsLeftOther, "Restam {count} cartas no baralho."),
    (CardsInDeckOne, "{count} carta no baralho."),
    (CardsInDeckOther, "{count} cartas no baralho."),
    (PrintTitle, "Imprimir as cartas e o livreto"),
    (
        PrintDescription,
        "As cartas e o livreto, prontos para baixar e imprimir.",
    ),
    (
        PrintLeadHtml,
        "Baixe um arquivo, abra e imprima em <strong>tamanho real</strong> (“100 %”, não “ajustar à página”) para que as cartas saiam no tamanho certo.",
    ),
    (DownloadMetaOne, "PDF, {count} página, {size}"),
    (DownloadMetaOther, "PDF, {count} páginas, {size}"),
    (DownloadMetaImages, "ZIP com {count} imagens PNG, {size}"),
    (
        CardImagesDownloadTitle,
        "Imagens das cartas para gráficas que aceitam imagens",
    ),
    (
        CardImagesDownloadDescription,
        "Cada carta em PNG de {width} × {height} pixels (300 dpi, com {bleed} mm de sangria), para gráficas que aceitam uma imagem por face (MakePlayingCards, The Game Crafter): as frentes em ordem, de 001-front.png a {last}-front.png, e um único back.png para todas as cartas.",
    ),
    (PreviewSheet, "A primeira folha de cartas para recortar"),
    (
        PreviewFront,
        "A frente da primeira carta de pergunta: “{question}”",
    ),
    (PreviewTitleCard, "A frente da carta do título"),
    (PreviewBack, "O verso, igual em todas as cartas"),
    (PreviewCover, "A capa do livreto"),
    (
        NoDownloads,
        "Desta vez nenhum arquivo para imprimir foi criado.",
    ),
    (
        PrintFromBrowser,
        "Você também pode imprimir qualquer página deste site pelo navegador: a página de perguntas sai como uma lista numerada e limpa.",
    ),
    (SizeKilobytes, "{size} KB"),
    (SizeMegabytes, "{size} MB"),
    (DecimalSeparator, ","),
    (DateFormat, "{day} de {month} de {year}"),
    (FirstOfMonth, "1º"),
    (January, "janeiro"),
    (February, "fevereiro"),
    (March, "março"),
    (April, "abril"),
    (May, "maio"),
    (June, "junho"),
    (July, "julho"),
    (August, "agosto"),
    (September, "setembro"),
    (October, "outubro"),
    (November, "novembro"),
    (December, "dezembro"),
    (Notes, "Notas"),
    (YourNotes, "Suas anotações"),
    (
        BookletQuestionsOne,
        "{count} pergunta para conversar a dois",
    ),
    (
        BookletQuestionsOther,
        "{count} perguntas para conversar a dois",
    ),
    (BookletUpdated, "atualizado em {date}"),
    (
        BookletSubject,
        "“{title}” e {count} perguntas para conversar, em livreto",
    ),
    (
        BookletAloneSubject,
        "“{title}”: {count} perguntas para conversar, em livreto",
    ),
    (
        FoldSubject,
        "O livreto “{title}”, para imprimir frente e verso em {paper} (virando pela borda curta), dobrar e grampear",
    ),
    (
        BookletDownloadTitle,
        "Livreto para ler ou levar a uma gráfica",
    ),
    (
        BookletDownloadDescription,
        "O artigo e as {count} perguntas num pequeno livro A5, página por página, com linhas para escrever as suas respostas. Leia na tela, imprima em folhas avulsas ou peça a uma gráfica um livreto A5 grampeado.",
    ),
    (
        BookletAloneDownloadDescription,
        "As {count} perguntas num pequeno livro A5, página por página, com linhas para escrever as suas respostas. Leia na tela, imprima em folhas avulsas ou peça a uma gráfica um livreto A5 grampeado.",
    ),
    (FoldDownloadTitle, "Livreto para imprimir em casa e dobrar"),
    (
        FoldInstructions,
        "Imprima em papel {paper}, frente e verso com “virar pela borda curta”, em tamanho real (100 %); depois empilhe as folhas na ordem, dobre ao meio e grampeie ao longo da dobra.",
    ),
    (HomeDownloadTitle, "Cartas para imprimir em casa e recortar"),
    (
        HomeSheetsOne,
        "{cards} cartas em {sheets} folha {paper}, {per_sheet} por folha{fewer}{test_sheet}.",
    ),
    (
        HomeSheetsOther,
        "{cards} cartas em {sheets} folhas {paper}, {per_sheet} por folha{fewer}{test_sheet}.",
    ),
    (HomeAfterTestSheet, ", depois de uma folha de teste"),
    (
        HomeHowLongEdge,
        "Imprima frente e verso, virando pela borda longa, em tamanho real (100 %, não “ajustar à página”), e depois recorte seguindo as marcas.",
    ),
    (
        HomeHowShortEdge,
        "Imprima frente e verso, virando pela borda curta, em tamanho real (100 %, não “ajustar à página”), e depois recorte seguindo as marcas.",
    ),
    (
        HomeHowOneSided,
        "Imprima só de um lado, em tamanho real (100 %, não “ajustar à página”), e depois recorte seguindo as marcas.",
    ),
    (
        HomeHowFoldOver,
        "Imprima só de um lado, em tamanho real (100 %, não “ajustar à página”); depois recorte cada frente junto com o verso, dobre os dois um sobre o outro pela linha pontilhada e cole.",
    ),
    (ShopDownloadTitle, "Cartas para uma gráfica"),
    (
        ShopDownloadDescription,
        "Para uma gráfica ou um serviço de impressão de cartas on-line: {cards} cartas de {width} × {height} mm, uma por página com {bleed} mm de sangria, cada frente seguida do seu verso.",
    ),
    (
        ShopPrinterDescription,
        "Para {printer}: {cards} cartas de {width} × {height} mm, uma por página com {bleed} mm de sangria, cada frente seguida do seu verso.",
    ),
    (
        ShopPrinterBackFirstDescription,
        "Para {printer}: {cards} cartas de {width} × {height} mm, uma por página com {bleed} mm de sangria, cada verso seguido da sua frente, como pede {printer}.",
    ),
    (EuropeanPrinter, "uma gráfica de cartas europeia"),
    (
        DeckSubject,
        "{count} cartas de conversa para acompanhar “{title}”",
    ),
    (DeckAloneSubject, "“{title}”: {count} cartas de conversa"),
    (HomeDocumentTitle, "{deck} — cartas para recortar"),
    (ShopDocumentTitle, "{deck} — cartas para uma gráfica"),
    (
        TestSheetOneSided,
        "Folha de teste. Imprima em tamanho real (100 %, não “ajustar à página”): cada barra deve medir exatamente 100 mm.",
    ),
    (
        TestSheetLongEdge,
        "Folha de teste. Imprima em tamanho real (100 %, não “ajustar à página”), frente e verso com “virar pela borda longa”: cada barra deve medir exatamente 100 mm. Olhe a folha contra a luz: as cruzes dos dois lados devem coincidir.",
    ),
    (
        TestSheetShortEdge,
        "Folha de teste. Imprima em tamanho real (100 %, não “ajustar à página”), frente e verso com “virar pela borda curta”: cada barra deve medir exatamente 100 mm. Olhe a folha contra a luz: as cruzes dos dois lados devem coincidir.",
    ),
    (
        TestSheetBack,
        "Verso da folha de teste: cada cruz deve ficar exatamente atrás de uma cruz da frente.",
    ),
    (TestSheetThisSideUp, "Este lado para cima"),
    (
        TestSheetArrowLongEdge,
        "Contra a luz, a seta do verso deve aparecer logo atrás desta e apontar para o mesmo lado. Se ela apontar para baixo, ou aparecer na outra ponta da folha, sua impressora vira a folha ao contrário: na janela de impressão, escolha “virar pela borda curta” em vez de “virar pela borda longa”.",
    ),
    (
        TestSheetArrowShortEdge,
        "Contra a luz, a seta do verso deve aparecer logo atrás desta e apontar para o mesmo lado. Se ela apontar para baixo, ou aparecer na outra ponta da folha, sua impressora vira a folha ao contrário: na janela de impressão, escolha “virar pela borda longa” em vez de “virar pela borda curta”.",
    ),
    (PaperLetter, "Carta"),
    (PaperUsLetter, "Carta (EUA)"),
    (
        HomeFewerPerSheet,
        " ({per_sheet} em vez de {crowded}, para manter as marcas de corte a {margin}\u{A0}mm da borda do papel, onde todas as impressoras imprimem)",
    ),
    // The site helper's words.
    (DrawFrom, "Categoria"),
    (AllCategories, "Todas as categorias"),
    (MoreToRead, "Mais para ler e conversar"),
    (MoreQuestions, "Mais perguntas"),
    (DraftMark, "Rascunho"),
    (
        DraftNoteHtml,
        "<strong>Rascunho</strong>: aparece só no <code>deckle serve</code>; o <code>deckle build</code> o deixa de fora.",
    ),
];
