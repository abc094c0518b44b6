//! Unit tests of the settings file's parsing and checks.

use super::*;

#[test]
fn card_images_are_the_card_and_its_bleed_at_300_dpi() {
    let mut deck = DeckSettings::default();
    assert_eq!(deck.card_image_pixels(), None);
    deck.card_images = true;
    // Poker, 63 × 88 mm with 3 mm bleed.
    assert_eq!(deck.card_image_pixels(), Some((815, 1110)));
    // The printers that take images get them at their templates' sizes.
    for (printer, pixels) in [
        (Printer::MakePlayingCards, Some((822, 1122))),
        (Printer::TheGameCrafter, Some((825, 1125))),
        (Printer::DriveThruCards, None),
    ] {
        let preset = printer.preset();
        let deck = DeckSettings {
            printer: Some(printer),
            card_size: preset.card_size,
            bleed_mm: preset.bleed_mm,
            ..DeckSettings::default()
        };
        assert_eq!(deck.card_image_pixels(), pixels, "{printer:?}");
    }
}

#[test]
fn base_url_gets_one_trailing_slash() {
    assert_eq!(
        normalize_base_url("https://a.org/cards").unwrap(),
        "https://a.org/cards/"
    );
    assert_eq!(
        normalize_base_url("https://a.org//").unwrap(),
        "https://a.org/"
    );
    assert!(normalize_base_url("a.org").is_err());
    assert!(normalize_base_url("https://").is_err());
    for bad in [
        "https://a.org/\"x",
        "https://a.org/<script>",
        "https://a.org/'",
    ] {
        assert!(
            normalize_base_url(bad).unwrap_err().contains("quotes"),
            "{bad}"
        );
    }
}

#[test]
fn booklet_settings_default_and_parse() {
    let (defaults, _): (Settings, _) =
        yaml::parse("language: en\n", Path::new("s.yaml"), 1).unwrap();
    assert_eq!(defaults.booklet, BookletSettings::default());
    let (set, _): (Settings, _) = yaml::parse(
        "booklet:\n  answer_lines: 0\n  paper: letter\n",
        Path::new("s.yaml"),
        1,
    )
    .unwrap();
    assert_eq!(set.booklet.answer_lines, 0);
    assert_eq!(set.booklet.paper, BookletPaper::Letter);
    let wrong = yaml::parse::<Settings>("booklet:\n  paper: a3\n", Path::new("s.yaml"), 1);
    assert!(wrong.unwrap_err().to_string().contains("a3"));
}

#[test]
fn too_many_answer_lines_is_explained() {
    let dir = std::env::temp_dir().join(format!("deckle-settings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("settings.yaml");
    std::fs::write(&file, "booklet:\n  answer_lines: 40\n").unwrap();
    let errors = Settings::load(&file, Path::new("content/settings.yaml")).unwrap_err();
    std::fs::remove_dir_all(&dir).unwrap();
    let err = errors[0].clone();
    assert_eq!(
        err.location.clone().unwrap().to_string(),
        "content/settings.yaml:2:17"
    );
    assert!(err.message.contains("answer_lines: 40"), "{err}");
    assert!(err.hint.unwrap().contains("0 (no lines)"));
}

#[test]
fn deck_settings_are_checked() {
    let check = |edit: fn(&mut DeckSettings)| {
        let mut deck = DeckSettings::default();
        edit(&mut deck);
        match deck.check().first() {
            Some((_, message, _)) => Err(message.clone()),
            None => Ok(()),
        }
    };
    assert_eq!(check(|_| {}), Ok(()));
    let too_big = check(|d| d.card_size = Size::mm(250.0, 350.0)).unwrap_err();
    assert!(too_big.contains("does not fit on the paper"), "{too_big}");
    // A landscape card on portrait paper fits: the sheet can be turned.
    assert_eq!(check(|d| d.card_size = Size::mm(280.0, 150.0)), Ok(()));
    let fold = check(|d| {
        d.card_size = Size::mm(150.0, 200.0);
        d.backs = Backs::FoldOver;
    });
    assert!(fold.unwrap_err().contains("fold-over"));
    assert!(
        check(|d| d.smallest_font_size = 20.0)
            .unwrap_err()
            .contains("font sizes")
    );
    assert!(
        check(|d| d.bleed_mm = -1.0)
            .unwrap_err()
            .contains("bleed_mm")
    );
    assert!(
        check(|d| {
            d.card_size = Size::CARD_NAMES[3].1;
            d.safe_zone_mm = 10.0;
        })
        .unwrap_err()
        .contains("no room")
    );
}

#[test]
fn language_codes() {
    assert!(is_language_code("en"));
    assert!(is_language_code("en-GB"));
    assert!(!is_language_code("english language"));
    assert!(!is_language_code(""));
}
