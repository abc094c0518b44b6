//! A long table in the booklet, built by the real binary and read back with poppler: its
//! header row is set again at the top of every page it goes on to, and the PDF's structure
//! reads it once, as a Table of TR rows of TH and TD cells.

mod common;

use std::collections::BTreeSet;

use common::*;

/// How many rows the long table has: enough for several pages.
const ROWS: usize = 120;

/// The small fixture with an article that is one long table, its rows named `T001`, `T002`…
fn long_table_project() -> tempfile::TempDir {
    let project = small_project();
    let mut article = String::from(
        "---\ntitle: \"A Long Table\"\nauthor: \"Ada Example\"\ndate: 2024-05-02\n---\n\n\
         A question for each day:\n\n| Entry | What to ask |\n|---|---|\n",
    );
    for n in 1..=ROWS {
        article.push_str(&format!("| T{n:03} | What did you notice on day {n}? |\n"));
    }
    article.push_str("\nThe end.\n");
    write_content(project.path(), "article.md", &article);
    project
}

/// Whether `text` is one of the table's row names.
fn is_row(text: &str) -> bool {
    text.len() == 4 && text.starts_with('T') && text[1..].chars().all(|c| c.is_ascii_digit())
}

#[test]
fn a_long_tables_header_row_is_set_again_on_every_page_it_goes_on_to() {
    if skip_without_poppler() {
        return;
    }
    let project = long_table_project();
    build_ok(project.path(), &[]);
    let pdf = output_file(project.path(), "booklet-a5.pdf");
    let words = pdf_words(&pdf);
    let rows: Vec<&Word> = words.iter().filter(|w| is_row(&w.text)).collect();
    let names: Vec<&str> = rows.iter().map(|w| w.text.as_str()).collect();
    let expected: Vec<String> = (1..=ROWS).map(|n| format!("T{n:03}")).collect();
    assert_eq!(names, expected, "every row once, in order");
    let pages: BTreeSet<usize> = rows.iter().map(|w| w.page).collect();
    assert!(pages.len() >= 3, "the table fills {} pages", pages.len());
    for page in pages {
        let on_page = |text: &str| {
            words
                .iter()
                .filter(|w| w.page == page && w.text == text)
                .count()
        };
        let top_row = rows
            .iter()
            .filter(|w| w.page == page)
            .map(|w| w.y_min)
            .fold(f64::MAX, f64::min);
        let header = words
            .iter()
            .find(|w| w.page == page && w.text == "Entry")
            .unwrap_or_else(|| panic!("no header row on page {page}"));
        assert!(
            header.y_min < top_row,
            "page {page}: the header is above the rows"
        );
        assert_eq!((on_page("Entry"), on_page("ask")), (1, 1), "page {page}");
    }
    // A screen reader meets one table, its header row once, where the table begins: TH
    // cells, then a TR of TD cells for each row.
    let structure = pdf_structure(&pdf);
    let tables = structure.iter().filter(|(kind, _)| kind == "Table").count();
    assert_eq!(tables, 1, "{structure:?}");
    let tree = poppler("pdfinfo", &["-struct-text", arg(&pdf)]);
    let lines: Vec<&str> = tree.lines().map(str::trim).collect();
    assert_eq!(lines.iter().filter(|l| **l == "\"Entry\"").count(), 1);
    assert_eq!(lines.iter().filter(|l| **l == "TR").count(), ROWS + 1);
    assert_eq!(lines.iter().filter(|l| l.starts_with("TH")).count(), 2);
    assert_eq!(lines.iter().filter(|l| **l == "TD").count(), 2 * ROWS);
    let first_row = lines.iter().position(|l| *l == "\"T001\"").unwrap();
    assert_eq!(lines[first_row - 1], "TD");
}
