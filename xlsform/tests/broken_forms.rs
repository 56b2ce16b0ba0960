//! Broken forms of Heard's corpus: each is refused, nothing is written, and
//! every problem is named with its sheet, row and column, word for word.

mod corpus;

use corpus::Spec;
use heard_xlsform::{ImportError, ImportOptions, Severity, import};

/// Every error line (file shown as `form.xlsx`), and the whole message.
fn refusal(spec: &Spec, options: &ImportOptions) -> (Vec<String>, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let form = corpus::xlsx(dir.path(), "form", spec);
    let out = dir.path().join("out");
    let err = import(&form, &out, options).expect_err("refused");
    assert!(!out.exists(), "nothing is written");
    let text = err
        .to_string()
        .replace(&form.display().to_string(), "form.xlsx");
    let ImportError::Refused { report, .. } = err else {
        panic!("expected a refusal: {text}");
    };
    let lines = report
        .of(Severity::Error)
        .map(|i| i.line("form.xlsx"))
        .collect();
    (lines, text)
}

#[test]
fn a_survey_without_a_type_column() {
    let (lines, text) = refusal(&corpus::missing_type_column(), &ImportOptions::default());
    assert_eq!(
        lines,
        [
            "form.xlsx: survey sheet, row 1: the header row has no \"type\" column: every XLSForm question needs a type"
        ]
    );
    assert_eq!(
        text,
        "form.xlsx: survey sheet, row 1: the header row has no \"type\" column: every XLSForm question needs a type\n\nform.xlsx cannot be imported: 1 error in the form. Nothing was written.\nFix the errors in the spreadsheet and import it again.\n(The import also has 2 notes, shown once it succeeds.)"
    );
}

#[test]
fn a_row_without_a_type() {
    let (lines, _) = refusal(&corpus::missing_type(), &ImportOptions::default());
    assert_eq!(
        lines,
        ["form.xlsx: survey sheet, row 3, column \"type\": this row has no type"]
    );
}

#[test]
fn an_unknown_list() {
    let (lines, _) = refusal(&corpus::unknown_list(), &ImportOptions::default());
    assert_eq!(
        lines,
        [
            "form.xlsx: survey sheet, row 2, column \"type\": the list \"yesno\" is not in the choices sheet"
        ]
    );
}

#[test]
fn expressions_that_are_not_xpath() {
    let (lines, _) = refusal(&corpus::bad_expression(), &ImportOptions::default());
    assert_eq!(
        lines,
        [
            "form.xlsx: survey sheet, row 2, column \"constraint\": \". >= 18 &&\" is not a valid expression: at character 9: '&' is not XPath: write 'and'",
            "form.xlsx: survey sheet, row 3, column \"relevant\": \"${age} == 3\" is not a valid expression: at character 8: '==' is not XPath: compare with a single '='",
            "form.xlsx: survey sheet, row 4, column \"relevant\": \"${why} = \u{2018}x\u{2019}\" is not a valid expression: at character 10: the typographic quote \u{2018} is not a quote in XPath: write text between straight quotes, 'like this'",
        ]
    );
}

#[test]
fn duplicate_names() {
    let (lines, _) = refusal(&corpus::duplicate_names(), &ImportOptions::default());
    assert_eq!(
        lines,
        [
            "form.xlsx: survey sheet, row 4, column \"name\": the name \"place\" is already used on row 2: every name must be unique"
        ]
    );
}

#[test]
fn languages_without_a_code_are_not_guessed() {
    let (lines, _) = refusal(&corpus::language_without_code(), &ImportOptions::default());
    assert_eq!(
        lines,
        [
            "form.xlsx: survey sheet, row 1, column \"label::Kurdish\": which language is \"Kurdish\"? \"Kurdish\" could be ckb (Central Kurdish, Sorani) or kmr (Northern Kurdish, Kurmanji): Heard does not guess: add its code to the header, as in label::Kurdish (ckb), or name it with --lang \"Kurdish=ckb\"",
            "form.xlsx: survey sheet, row 1, column \"label::Hazaragi\": which language is \"Hazaragi\"? Heard does not know the language \"Hazaragi\": add its code to the header, as in label::Hazaragi (<code>), or name it with --lang \"Hazaragi=<code>\"",
        ]
    );
    // Naming both imports it (the hint column follows its label's language).
    let options = ImportOptions {
        languages: vec![
            ("Kurdish".into(), "kmr".into()),
            ("Hazaragi".into(), "haz".into()),
        ],
        default_language: Some("en".into()),
        ..ImportOptions::default()
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let form = corpus::xlsx(dir.path(), "form", &corpus::language_without_code());
    let imported = import(&form, &dir.path().join("out"), &options).expect("imports");
    let mut locales = imported.questionnaire.locales();
    locales.sort();
    assert_eq!(locales, ["en", "haz", "kmr"]);
}

#[test]
fn a_bad_language_code_in_lang_is_refused() {
    let options = ImportOptions {
        languages: vec![("Hazaragi".into(), "Hazara dialect".into())],
        ..ImportOptions::default()
    };
    let (lines, _) = refusal(&corpus::hazaragi_only(), &options);
    assert_eq!(
        lines,
        [
            "form.xlsx: survey sheet, row 1, column \"label::Hazaragi\": which language is \"Hazaragi\"? --lang \"Hazaragi=Hazara dialect\": \"Hazara dialect\" is not a BCP 47 language code (such as en, ar, prs, pt-BR): add its code to the header, as in label::Hazaragi (<code>), or name it with --lang \"Hazaragi=<code>\""
        ]
    );
}

#[test]
fn several_errors_are_all_listed_at_once() {
    let (lines, text) = refusal(&corpus::several_errors(), &ImportOptions::default());
    assert_eq!(
        lines,
        [
            "form.xlsx: survey sheet, row 2, column \"type\": unknown type \"integr\" (see docs/XLSFORM.md for the types Heard imports)",
            "form.xlsx: survey sheet, row 3, column \"relevant\": ${nosuch} refers to no question of this form",
            "form.xlsx: survey sheet, row 4, column \"calculation\": the calculate row \"total\" has no calculation",
            "form.xlsx: survey sheet, row 5, column \"label::English (en)\": \"unlabelled\" has no label",
            "form.xlsx: survey sheet, row 7, column \"type\": end group has no begin group above it",
            "form.xlsx: survey sheet, row 8, column \"type\": begin group has no matching end group",
            "form.xlsx: choices sheet, row 3, column \"name\": option \"yes\" appears twice in list \"yes_no\" (first on row 2)",
        ]
    );
    assert!(text.ends_with("form.xlsx cannot be imported: 7 errors in the form. Nothing was written.\nFix the errors in the spreadsheet and import it again.\n(The import also has 2 notes, shown once it succeeds.)"), "{text}");
}

#[test]
fn a_workbook_without_a_survey_sheet() {
    let (lines, _) = refusal(&corpus::no_survey_sheet(), &ImportOptions::default());
    assert_eq!(
        lines,
        [
            "form.xlsx: Questions sheet, row 1, column \"type\": this sheet holds questions but is called \"Questions\": XLSForm reads questions only from a sheet named survey; rename it"
        ]
    );
}

#[test]
fn errors_are_fatal_even_with_allow_partial() {
    let options = ImportOptions {
        allow_partial: true,
        ..ImportOptions::default()
    };
    let (lines, text) = refusal(&corpus::unknown_list(), &options);
    assert_eq!(lines.len(), 1);
    assert!(
        text.contains("cannot be imported: 1 error in the form. Nothing was written."),
        "{text}"
    );
}

#[test]
fn files_that_are_not_workbooks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fake = dir.path().join("form.xlsx");
    std::fs::write(&fake, "this is not a spreadsheet").expect("write");
    let err =
        import(&fake, &dir.path().join("out"), &ImportOptions::default()).expect_err("refused");
    let text = err.to_string();
    assert!(matches!(err, ImportError::Unreadable { .. }), "{text}");
    assert!(
        text.starts_with(&format!("{}: not a readable spreadsheet (", fake.display())),
        "{text}"
    );
    let pdf = dir.path().join("form.pdf");
    std::fs::write(&pdf, "%PDF").expect("write");
    let err =
        import(&pdf, &dir.path().join("out"), &ImportOptions::default()).expect_err("refused");
    assert_eq!(
        err.to_string(),
        format!(
            "{}: cannot read .pdf files: save the form as .xlsx (or .xls, .ods, .csv)",
            pdf.display()
        )
    );
}
