//! `heard report --pdf/--csv/--easy-read`: every format rendered from the
//! same protected figures. The CSV holds exactly the figures the HTML
//! shows (never one the HTML gives as "fewer than k"), the PDF is printed
//! by headless Chromium, the easy-read page keeps the report's language
//! and direction, bad paths are named before anything is written, and a
//! PDF that cannot be printed leaves the HTML report whole.

mod support;

use heard_cli::report::csv::{FEWER_THAN_K, HEADERS, WITHHELD};
use predicates::prelude::*;
use std::collections::BTreeMap;
use support::{Setup, response};

/// 7 Arabic and 7 Persian speakers, one Tigrinya speaker, all in "north".
fn pulled() -> Setup {
    let s = Setup::organization();
    let device = s.device("north");
    for i in 0..7 {
        device.submit(&response("ar", if i % 2 == 0 { "4" } else { "5" }, None));
        device.submit(&response("fa", "4", Some("They listened.")));
    }
    device.submit(&response("ti", "1", None));
    device.sync(&s);
    s.heard_admin(&["pull", "--identity", "steward.key", "--out", "out"])
        .assert()
        .success();
    s
}

/// `heard report out --org org --locale LOCALE -o report.html` and `more`.
fn report(s: &Setup, locale: &str, more: &[&str]) -> assert_cmd::Command {
    let mut cmd = s.heard(&[
        "report",
        "out",
        "--org",
        "org",
        "--locale",
        locale,
        "-o",
        "report.html",
    ]);
    cmd.args(more);
    cmd
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The value of attribute `name` in an opening tag.
fn attr(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
    let end = start + tag[start..].find('"')?;
    Some(unescape(&tag[start..end]))
}

/// One cell: its text and whether it is a hidden figure.
#[derive(Debug, Clone)]
struct Cell {
    text: String,
    few: bool,
}

/// The `<td>` cells of a row.
fn data_cells(row: &str) -> Vec<Cell> {
    row.split("<td")
        .skip(1)
        .filter_map(|c| {
            let open = c.find('>')?;
            let end = c.find("</td>")?;
            Some(Cell {
                text: unescape(&c[open + 1..end]),
                few: c[..open].contains("few"),
            })
        })
        .collect()
}

/// The header labels of a table, without its corner cell.
fn columns(thead: &str) -> Vec<String> {
    thead
        .split("<t")
        .skip(1)
        .filter_map(|c| {
            let open = c.find('>')?;
            let end = c.find("</t")?;
            Some(unescape(&c[open + 1..end]))
        })
        .skip(1)
        .collect()
}

/// Every table tied to the CSV, keyed by (survey, question, breakdown,
/// row kind, answer code, column label).
fn html_figures(html: &str) -> BTreeMap<[String; 6], Vec<Cell>> {
    let mut figures: BTreeMap<[String; 6], Vec<Cell>> = BTreeMap::new();
    for chunk in html.split("<table ").skip(1) {
        let body = &chunk[..chunk.find("</table>").expect("closed table")];
        let tag = &body[..body.find('>').expect("tag")];
        let (Some(survey), Some(question), Some(breakdown)) = (
            attr(tag, "data-survey"),
            attr(tag, "data-question"),
            attr(tag, "data-breakdown"),
        ) else {
            continue;
        };
        let thead =
            &body[body.find("<thead>").expect("thead")..body.find("</thead>").expect("/thead")];
        let labels = columns(thead);
        for row in body.split("<tr ").skip(1) {
            let row_tag = &row[..row.find('>').expect("tr")];
            let kind = attr(row_tag, "data-kind").expect("data-kind");
            let answer = attr(row_tag, "data-answer").expect("data-answer");
            for (label, cell) in labels.iter().zip(data_cells(row)) {
                let key = [
                    survey.clone(),
                    question.clone(),
                    breakdown.clone(),
                    kind.clone(),
                    answer.clone(),
                    label.replace(['\u{2068}', '\u{2069}'], ""),
                ];
                figures.entry(key).or_default().push(cell);
            }
        }
    }
    figures
}

/// The HTML cells showing the figure of one CSV record.
fn cells_for<'a>(
    figures: &'a BTreeMap<[String; 6], Vec<Cell>>,
    r: &BTreeMap<&str, String>,
) -> Vec<&'a Cell> {
    figures
        .iter()
        .filter(|([survey, question, breakdown, kind, answer, column], _)| {
            survey == &r["survey"]
                && (r["breakdown"] == "all" || breakdown == &r["breakdown"])
                && (r["kind"] == "respondents" || question == &r["question_id"])
                && kind == &r["kind"]
                && (r["kind"] == "respondents" || answer == &r["answer_code"])
                && column == &r["column"]
        })
        .flat_map(|(_, cells)| cells)
        .collect()
}

#[cfg(unix)]
fn owner_only(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).expect("meta").permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "{}", path.display());
}

#[test]
fn pdf_csv_and_easy_read_show_the_same_figures_as_the_html() {
    let s = pulled();
    report(
        &s,
        "en",
        &[
            "--pdf",
            "report.pdf",
            "--csv",
            "figures.csv",
            "--easy-read",
            "easy.html",
        ],
    )
    .assert()
    .success()
    .stdout(predicate::str::contains("Wrote report.pdf"))
    .stdout(predicate::str::contains("Wrote figures.csv"))
    .stdout(predicate::str::contains("Wrote easy.html"));
    for file in ["report.html", "report.pdf", "figures.csv", "easy.html"] {
        #[cfg(unix)]
        owner_only(&s.path(file));
        assert!(!s.path(&format!("{file}.partial")).exists());
    }
    let pdf = std::fs::read(s.path("report.pdf")).expect("pdf");
    assert!(pdf.starts_with(b"%PDF"), "a PDF");

    let html = std::fs::read_to_string(s.path("report.html")).expect("html");
    let plain = |t: &str| t.replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        plain(&html).contains("fewer than 5"),
        "hidden figures are spelled out"
    );
    assert!(!html.contains(">·<"), "no bare mark");
    let figures = html_figures(&html);
    assert!(!figures.is_empty());

    let mut csv = csv::Reader::from_path(s.path("figures.csv")).expect("csv");
    let header: Vec<String> = csv
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(header, HEADERS);
    let (mut shown, mut hidden) = (0, 0);
    for record in csv.records() {
        let record = record.expect("record");
        let r: BTreeMap<&str, String> = HEADERS
            .iter()
            .zip(record.iter())
            .map(|(h, v)| (*h, v.to_string()))
            .collect();
        let cells = cells_for(&figures, &r);
        assert!(!cells.is_empty(), "no HTML cell shows {r:?}");
        for cell in cells {
            if r["note"] == FEWER_THAN_K {
                assert_eq!(r["value"], "");
                assert!(
                    cell.few && plain(&cell.text) == "fewer than 5",
                    "{r:?} vs {cell:?}"
                );
                hidden += 1;
            } else if r["note"] == WITHHELD {
                // Withheld to protect a small figure (complementary suppression):
                // which figures that hits depends on the data, the respondents'
                // total included.
                assert_eq!(r["value"], "");
                assert!(
                    cell.few && plain(&cell.text) == "withheld",
                    "{r:?} vs {cell:?}"
                );
                hidden += 1;
            } else {
                assert!(!cell.few, "the HTML hides {r:?}");
                assert_eq!(cell.text, r["value"], "{r:?}");
                shown += 1;
            }
        }
    }
    assert!(shown > 0 && hidden > 0, "{shown} shown, {hidden} hidden");

    let easy = std::fs::read_to_string(s.path("easy.html")).expect("easy");
    assert!(easy.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(easy.contains("We changed the numbers a little to keep people safe."));
    assert!(
        easy.contains("Most people said:") || easy.contains("The answer given most often:"),
        "a main finding"
    );
    assert!(easy.contains("default-src 'none'"));
    assert!(!easy.contains("<script"));
}

#[test]
fn the_easy_read_page_in_arabic_reads_right_to_left() {
    let s = pulled();
    report(&s, "ar", &["--easy-read", "easy-ar.html"])
        .assert()
        .success();
    let easy = std::fs::read_to_string(s.path("easy-ar.html")).expect("easy");
    assert!(
        easy.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "{}",
        &easy[..200]
    );
    assert!(easy.contains("غيّرنا الأرقام قليلًا"));
}

#[test]
fn bad_output_paths_are_named_before_anything_is_written() {
    let s = pulled();
    report(&s, "en", &["--csv", "missing/figures.csv"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--csv missing/figures.csv"))
        .stderr(predicate::str::contains("does not exist"));
    assert!(!s.path("report.html").exists(), "checked before writing");
    std::fs::create_dir_all(s.path("a-folder")).expect("dir");
    report(&s, "en", &["--easy-read", "a-folder"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "--easy-read a-folder: is a folder",
        ));
    report(&s, "en", &["--pdf", "./report.html"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--pdf ./report.html"))
        .stderr(predicate::str::contains("same file"));
    assert!(!s.path("report.html").exists());
}

#[test]
fn a_pdf_that_cannot_be_printed_leaves_the_html_report_intact() {
    let s = pulled();
    report(&s, "en", &["--csv", "figures.csv", "--pdf", "report.pdf"])
        .env("HEARD_CHROMIUM", s.path("no-such-browser"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("report.pdf"))
        .stderr(predicate::str::contains("Debian package chromium"))
        .stderr(predicate::str::contains(
            "wrote report.html, figures.csv, but not report.pdf",
        ));
    let html = std::fs::read_to_string(s.path("report.html")).expect("html kept");
    assert!(html.trim_end().ends_with("</html>"), "the whole report");
    assert!(s.path("figures.csv").exists());
    assert!(!s.path("report.pdf").exists());
    assert!(!s.path("report.pdf.partial").exists());

    // A browser that fails: its exit is reported, nothing half-written.
    report(&s, "en", &["--pdf", "report.pdf"])
        .env("HEARD_CHROMIUM", "/bin/false")
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot write the PDF report.pdf"))
        .stderr(predicate::str::contains("exited"));
    assert!(!s.path("report.pdf").exists());
    assert!(s.path("report.html").exists());
}
