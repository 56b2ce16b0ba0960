//! Reading a workbook into sheets of text cells: `.xlsx`, `.xlsm`, `.xls` and
//! `.ods` through calamine, and pyxform's one-file CSV layout.
//!
//! Every cell becomes text as a person reads it in the spreadsheet (`2` for
//! the number 2.0, `TRUE` for a boolean, `2024-05-01` for a date), and every
//! row keeps its 1-based number as the spreadsheet shows it.

use std::path::Path;

/// A workbook: its sheets in order.
#[derive(Debug, Clone, Default)]
pub struct Workbook {
    /// The sheets, in workbook order.
    pub sheets: Vec<Sheet>,
}

/// One sheet: its header row and the rows below it.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    /// The name as written in the workbook.
    pub name: String,
    /// The 1-based row number of the header row (0 when the sheet is empty).
    pub header_row: usize,
    /// Header text of each column (trimmed; empty where a column has none).
    pub headers: Vec<String>,
    /// Rows below the header that have at least one non-empty cell.
    pub rows: Vec<Row>,
}

/// One row of a sheet.
#[derive(Debug, Clone, Default)]
pub struct Row {
    /// 1-based row number as the spreadsheet shows it.
    pub number: usize,
    /// Cell text by column index (same indices as [`Sheet::headers`]).
    pub cells: Vec<String>,
}

impl Row {
    /// The text of column `index`, or "" when absent.
    pub fn cell(&self, index: usize) -> &str {
        self.cells.get(index).map_or("", String::as_str)
    }
}

impl Workbook {
    /// The sheet called `name`, ignoring case (XLSForm sheet names are
    /// case-insensitive).
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets
            .iter()
            .find(|s| s.name.trim().eq_ignore_ascii_case(name))
    }
}

/// The letters of a 0-based column index as a spreadsheet shows them (A, B,
/// …, Z, AA, …).
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// Reads the workbook at `path`, choosing the reader by extension; `Err`
/// holds a plain-words reason.
pub fn read(path: &Path) -> Result<Workbook, String> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if let Err(e) = std::fs::metadata(path) {
        return Err(format!("cannot open it: {e}"));
    }
    match ext.as_str() {
        "csv" => read_csv(path),
        "xlsx" | "xlsm" | "xls" | "ods" => {
            // A damaged file must end in a message, never a crash: calamine is
            // robust, but it is given untrusted files.
            std::panic::catch_unwind(|| read_spreadsheet(path)).unwrap_or_else(|_| {
                Err("the file is damaged: it could not be read as a spreadsheet".to_string())
            })
        }
        _ => Err(format!(
            "cannot read .{ext} files: save the form as .xlsx (or .xls, .ods, .csv)"
        )),
    }
}

fn read_spreadsheet(path: &Path) -> Result<Workbook, String> {
    use calamine::{Reader, open_workbook_auto};
    let mut book = open_workbook_auto(path).map_err(|e| match e {
        calamine::Error::Io(e) => e.to_string(),
        other => format!("not a readable spreadsheet ({other})"),
    })?;
    let mut workbook = Workbook::default();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| format!("sheet \"{name}\" cannot be read ({e})"))?;
        let (first_row, first_col) = range.start().unwrap_or((0, 0));
        let mut grid = Vec::new();
        for (i, cells) in range.rows().enumerate() {
            let mut texts = vec![String::new(); first_col as usize];
            texts.extend(cells.iter().map(cell_text));
            grid.push((first_row as usize + i + 1, texts));
        }
        workbook.sheets.push(sheet_from_grid(name, grid));
    }
    Ok(workbook)
}

/// The text a person sees in a cell.
pub fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.replace("\r\n", "\n").replace('\r', "\n"),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(true) => "TRUE".into(),
        Data::Bool(false) => "FALSE".into(),
        Data::DateTime(dt) => {
            let (y, mo, d, h, mi, s, _) = dt.to_ymd_hms_milli();
            if dt.is_duration() {
                number_text(dt.as_f64())
            } else if (h, mi, s) == (0, 0, 0) {
                format!("{y:04}-{mo:02}-{d:02}")
            } else {
                format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}")
            }
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// A number as a spreadsheet shows it: `2` rather than `2.0`.
pub fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

/// Rows as (row number, cells).
type Grid = Vec<(usize, Vec<String>)>;

/// Builds a sheet from (row number, cells): the first non-empty row is the
/// header; blank rows are skipped.
fn sheet_from_grid(name: String, grid: Grid) -> Sheet {
    let mut rows = grid
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()));
    let Some((header_row, header_cells)) = rows.next() else {
        return Sheet {
            name,
            ..Sheet::default()
        };
    };
    let headers = header_cells.iter().map(|h| h.trim().to_string()).collect();
    Sheet {
        name,
        header_row,
        headers,
        rows: rows.map(|(number, cells)| Row { number, cells }).collect(),
    }
}

/// pyxform's CSV layout: a row whose first cell is a sheet name (`survey`,
/// `choices`, `settings`) starts that sheet; the rows after it hold the
/// sheet's header and rows from the second cell on. Row numbers are the CSV
/// file's rows.
fn read_csv(path: &Path) -> Result<Workbook, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .map_err(|e| csv_error(&e))?;
    let mut workbook = Workbook::default();
    let mut current: Option<(String, Grid)> = None;
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| csv_error(&e))?;
        let number = index + 1;
        let cells: Vec<String> = record
            .iter()
            .map(|c| c.replace("\r\n", "\n").replace('\r', "\n"))
            .collect();
        let first = cells.first().map_or("", |c| c.trim());
        if !first.is_empty() {
            if let Some((name, grid)) = current.take() {
                workbook.sheets.push(sheet_from_grid(name, grid));
            }
            // A sheet-name row may also carry the header (`survey,type,name`).
            let rest: Vec<String> = cells.iter().skip(1).cloned().collect();
            let grid = if rest.iter().any(|c| !c.trim().is_empty()) {
                vec![(number, rest)]
            } else {
                Vec::new()
            };
            current = Some((first.to_string(), grid));
        } else if let Some((_, grid)) = current.as_mut() {
            grid.push((number, cells.into_iter().skip(1).collect()));
        } else if cells.iter().any(|c| !c.trim().is_empty()) {
            return Err(format!(
                "row {number}: a form in CSV starts with a row naming its sheet (survey) in the first column"
            ));
        }
    }
    if let Some((name, grid)) = current.take() {
        workbook.sheets.push(sheet_from_grid(name, grid));
    }
    Ok(workbook)
}

fn csv_error(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Io(io) => io.to_string(),
        csv::ErrorKind::Utf8 { pos, .. } => format!(
            "row {}: not UTF-8 text (save the CSV as UTF-8)",
            pos.as_ref().map_or(0, |p| p.record() + 1)
        ),
        _ => format!("not a readable CSV file ({e})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_follow_spreadsheets() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn numbers_read_as_people_see_them() {
        assert_eq!(number_text(2022.0), "2022");
        assert_eq!(number_text(1.5), "1.5");
        assert_eq!(number_text(-3.0), "-3");
        assert_eq!(cell_text(&calamine::Data::Bool(false)), "FALSE");
    }

    #[test]
    fn the_first_non_empty_row_is_the_header() {
        let grid = vec![
            (3, vec!["".into(), "".into()]),
            (4, vec![" type ".into(), "name".into()]),
            (5, vec!["".into(), "".into()]),
            (6, vec!["text".into(), "q".into()]),
        ];
        let sheet = sheet_from_grid("survey".into(), grid);
        assert_eq!(sheet.header_row, 4);
        assert_eq!(sheet.headers, ["type", "name"]);
        assert_eq!(sheet.rows.len(), 1);
        assert_eq!(sheet.rows[0].number, 6);
        assert_eq!(sheet.rows[0].cell(1), "q");
        assert_eq!(sheet.rows[0].cell(7), "");
    }

    #[test]
    fn csv_sections_become_sheets_with_file_rows() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("form.csv");
        std::fs::write(
            &path,
            "survey,,,\n,type,name,label\n,text,q1,\"Two\nlines\"\n,integer,q2,Age\nsettings,,,\n,form_id,,\n,f1,,\n",
        )
        .expect("write");
        let book = read(&path).expect("reads");
        let survey = book.sheet("SURVEY").expect("survey");
        assert_eq!(survey.headers, ["type", "name", "label"]);
        assert_eq!(survey.header_row, 2);
        assert_eq!(survey.rows[0].cell(2), "Two\nlines");
        assert_eq!(survey.rows[1].number, 4);
        assert_eq!(
            book.sheet("settings").expect("settings").rows[0].cell(0),
            "f1"
        );
    }

    #[test]
    fn unknown_extensions_and_missing_files_are_refused_in_words() {
        let dir = tempfile::tempdir().expect("tempdir");
        let pdf = dir.path().join("form.pdf");
        std::fs::write(&pdf, "%PDF").expect("write");
        assert_eq!(
            read(&pdf).err().as_deref(),
            Some("cannot read .pdf files: save the form as .xlsx (or .xls, .ods, .csv)")
        );
        assert_eq!(
            read(Path::new("/no/such/form.xlsx")).err().as_deref(),
            Some("cannot open it: No such file or directory (os error 2)")
        );
    }
}
