//! Heard's own XLSForm test corpus, written for this project: the forms are
//! data here and become `.xlsx` (or pyxform-layout `.csv`) files in a
//! temporary folder at test time, so no binary file is kept in the
//! repository. Shared by the importer's tests and the CLI's tests
//! (`#[path]`-included there).
//!
//! A cell is text, except `num:2` (a number cell), `bool:true` (a boolean
//! cell) and "" (empty).

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// A form: sheets of rows of cells.
pub struct Spec {
    /// (sheet name, rows).
    pub sheets: Vec<(String, Vec<Vec<String>>)>,
}

/// Rows from string slices.
pub fn rows(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| r.iter().map(|c| (*c).to_string()).collect())
        .collect()
}

impl Spec {
    /// A form with a survey sheet only.
    pub fn survey(survey: &[&[&str]]) -> Spec {
        Spec {
            sheets: vec![("survey".into(), rows(survey))],
        }
    }

    /// Adds a sheet.
    pub fn sheet(mut self, name: &str, content: &[&[&str]]) -> Spec {
        self.sheets.push((name.to_string(), rows(content)));
        self
    }

    /// Adds the choices sheet.
    pub fn choices(self, content: &[&[&str]]) -> Spec {
        self.sheet("choices", content)
    }

    /// Adds the settings sheet.
    pub fn settings(self, content: &[&[&str]]) -> Spec {
        self.sheet("settings", content)
    }

    /// Writes the form as `.xlsx` with rust_xlsxwriter.
    pub fn write_xlsx(&self, path: &Path) {
        let mut book = rust_xlsxwriter::Workbook::new();
        for (name, content) in &self.sheets {
            let sheet = book.add_worksheet();
            sheet.set_name(name.as_str()).expect("sheet name");
            for (r, row) in content.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    let (r, c) = (r as u32, c as u16);
                    if cell.is_empty() {
                        continue;
                    }
                    if let Some(n) = cell.strip_prefix("num:") {
                        sheet
                            .write_number(r, c, n.parse::<f64>().expect("number cell"))
                            .expect("write number");
                    } else if let Some(b) = cell.strip_prefix("bool:") {
                        sheet.write_boolean(r, c, b == "true").expect("write bool");
                    } else {
                        sheet
                            .write_string(r, c, cell.as_str())
                            .expect("write string");
                    }
                }
            }
        }
        book.save(path).expect("save workbook");
    }

    /// Writes the form in pyxform's one-file CSV layout: a row naming each
    /// sheet, then its rows from the second column on.
    pub fn write_csv(&self, path: &Path) {
        let mut writer = csv::WriterBuilder::new()
            .flexible(true)
            .from_path(path)
            .expect("csv file");
        for (name, content) in &self.sheets {
            writer.write_record([name.as_str()]).expect("csv row");
            for row in content {
                let mut record = vec![String::new()];
                record.extend(row.iter().map(|c| {
                    c.strip_prefix("num:")
                        .or_else(|| c.strip_prefix("bool:"))
                        .unwrap_or(c)
                        .to_string()
                }));
                writer.write_record(&record).expect("csv row");
            }
        }
        writer.flush().expect("flush csv");
    }
}

/// Writes `spec` as `<dir>/<name>.xlsx` and returns the path.
pub fn xlsx(dir: &Path, name: &str, spec: &Spec) -> PathBuf {
    let path = dir.join(format!("{name}.xlsx"));
    spec.write_xlsx(&path);
    path
}

/// Writes `spec` as `<dir>/<name>.csv` and returns the path.
pub fn csv_file(dir: &Path, name: &str, spec: &Spec) -> PathBuf {
    let path = dir.join(format!("{name}.csv"));
    spec.write_csv(&path);
    path
}

// ------------------------------------------------------------------ forms
// Each is a small form about police-community work, as an organization
// might have built it in KoboToolbox.

/// English only, every everyday column: text, integer, decimal, note,
/// select_one, select_multiple, required, relevant, constraint + message, hint.
pub fn contact_basic() -> Spec {
    Spec::survey(&[
        &[
            "type",
            "name",
            "label::English (en)",
            "hint::English (en)",
            "required",
            "relevant",
            "constraint",
            "constraint_message::English (en)",
        ],
        &[
            "note",
            "intro",
            "This survey is anonymous. Skip any question you like.",
            "",
            "",
            "",
            "",
            "",
        ],
        &[
            "select_one contact_kind",
            "contact_kind",
            "What kind of contact was it?",
            "",
            "yes",
            "",
            "",
            "",
        ],
        &[
            "select_multiple help",
            "help_given",
            "Which help were you offered?",
            "Choose all that apply.",
            "",
            "${contact_kind} = 'called_police'",
            "",
            "",
        ],
        &[
            "integer",
            "officers",
            "How many officers were there?",
            "",
            "",
            "",
            ". >= 1 and . <= 30",
            "Between 1 and 30.",
        ],
        &[
            "decimal",
            "wait_hours",
            "How long did you wait, in hours?",
            "For example 1.5",
            "",
            "",
            ". >= 0",
            "The wait cannot be negative.",
        ],
        &[
            "text",
            "comments",
            "Anything else you want to tell us?",
            "Do not write names.",
            "",
            "",
            "",
            "",
        ],
    ])
    .choices(&[
        &["list_name", "name", "label::English (en)"],
        &["contact_kind", "stopped", "I was stopped"],
        &["contact_kind", "called_police", "I called the police"],
        &["contact_kind", "other", "Something else"],
        &["help", "interpreter", "An interpreter"],
        &["help", "leaflet", "A leaflet about my rights"],
        &["help", "none", "None"],
    ])
    .settings(&[
        &["form_title", "form_id", "version", "default_language"],
        &[
            "After a police contact",
            "contact-basic",
            "num:3",
            "English (en)",
        ],
    ])
}

/// English, Arabic (right-to-left) and French, with codes in the headers:
/// labels, hints and constraint messages in all three.
pub fn trilingual() -> Spec {
    Spec::survey(&[
        &[
            "type",
            "name",
            "label::English (en)",
            "label::العربية (ar)",
            "label::Français (fr)",
            "hint::English (en)",
            "hint::العربية (ar)",
            "hint::Français (fr)",
            "constraint",
            "constraint_message::English (en)",
            "constraint_message::العربية (ar)",
            "constraint_message::Français (fr)",
            "required",
        ],
        &[
            "select_one yes_no",
            "treated_fairly",
            "Were you treated fairly?",
            "هل عوملت بإنصاف؟",
            "Avez-vous été traité équitablement ?",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "yes",
        ],
        &[
            "integer",
            "age",
            "How old are you?",
            "كم عمرك؟",
            "Quel âge avez-vous ?",
            "In years.",
            "بالسنوات.",
            "En années.",
            ". >= 18",
            "You must be 18 or older.",
            "يجب أن يكون عمرك 18 عامًا أو أكثر.",
            "Vous devez avoir 18 ans ou plus.",
            "",
        ],
    ])
    .choices(&[
        &[
            "list_name",
            "name",
            "label::English (en)",
            "label::العربية (ar)",
            "label::Français (fr)",
        ],
        &["yes_no", "yes", "Yes", "نعم", "Oui"],
        &["yes_no", "no", "No", "لا", "Non"],
    ])
    .settings(&[
        &["form_id", "version", "default_language", "form_title"],
        &["trilingual", "num:1", "English (en)", "Feedback"],
    ])
}

/// Arabic is the default language, named by its own name; languages are
/// named without codes and mapped by name (English, French, العربية).
pub fn arabic_default() -> Spec {
    Spec::survey(&[
        &[
            "type",
            "name",
            "label::العربية",
            "label::English",
            "label::French",
        ],
        &[
            "text",
            "station",
            "في أي مركز شرطة حدث ذلك؟",
            "At which police station did it happen?",
            "Dans quel commissariat cela s'est-il passé ?",
        ],
        &[
            "select_one yes_no",
            "interpreter",
            "هل حصلت على مترجم؟",
            "Did you get an interpreter?",
            "",
        ],
    ])
    .choices(&[
        &[
            "list_name",
            "name",
            "label::العربية",
            "label::English",
            "label::French",
        ],
        &["yes_no", "yes", "نعم", "Yes", "Oui"],
        &["yes_no", "no", "لا", "No", "Non"],
    ])
    .settings(&[
        &["form_id", "default_language"],
        &["arabic-default", "العربية"],
    ])
}

/// Groups become pages: relevance, a label-less group, field-list, and a
/// nested group flattened into its page.
pub fn groups() -> Spec {
    Spec::survey(&[
        &[
            "type",
            "name",
            "label::English (en)",
            "relevant",
            "appearance",
        ],
        &[
            "select_one yes_no",
            "was_searched",
            "Were you searched?",
            "",
            "",
        ],
        &[
            "begin group",
            "search",
            "About the search",
            "${was_searched} = 'yes'",
            "field-list",
        ],
        &[
            "select_one yes_no",
            "asked_consent",
            "Did the officer ask for your consent?",
            "",
            "",
        ],
        &[
            "begin group",
            "property",
            "Your belongings",
            "${asked_consent} = 'no'",
            "",
        ],
        &[
            "select_one yes_no",
            "property_taken",
            "Was anything taken?",
            "",
            "",
        ],
        &[
            "text",
            "property_what",
            "What was taken?",
            "${property_taken} = 'yes'",
            "",
        ],
        &["end group", "", "", "", ""],
        &["end group", "", "", "", ""],
        &["begin group", "closing", "", "", ""],
        &["note", "thanks", "Thank you.", "", ""],
        &["end group", "", "", "", ""],
    ])
    .choices(&[
        &["list_name", "name", "label::English (en)"],
        &["yes_no", "yes", "Yes"],
        &["yes_no", "no", "No"],
    ])
    .settings(&[&["form_id", "default_language"], &["groups", "en"]])
}

/// Calculations and the logic subset, with the rewrites XPath needs in
/// Heard: `${x} != ''`, `selected(…, 1)`, `date('…')`, `${today}`,
/// `${ack} = 'OK'`.
pub fn logic() -> Spec {
    Spec::survey(&[
        &[
            "type",
            "name",
            "label::English (en)",
            "relevant",
            "constraint",
            "calculation",
            "required",
        ],
        &["today", "today_date", "", "", "", "", ""],
        &[
            "acknowledge",
            "read_info",
            "I have read the information above.",
            "",
            "",
            "",
            "yes",
        ],
        &[
            "text",
            "nickname",
            "What may we call you? (optional)",
            "${read_info} = 'OK'",
            "string-length(.) <= 20",
            "",
            "",
        ],
        &[
            "note",
            "hello",
            "Thank you.",
            "${nickname} != ''",
            "",
            "",
            "",
        ],
        &[
            "integer",
            "adults",
            "How many adults were present?",
            "",
            ". >= 0",
            "",
            "",
        ],
        &[
            "integer",
            "children",
            "How many children were present?",
            "",
            ". >= 0",
            "",
            "",
        ],
        &[
            "calculate",
            "people",
            "",
            "",
            "",
            "coalesce(${adults}, 0) + coalesce(${children}, 0)",
            "",
        ],
        &[
            "calculate",
            "crowd",
            "",
            "",
            "",
            "if(${people} > 5, 'large', 'small')",
            "",
        ],
        &[
            "select_multiple issues",
            "issues",
            "What went wrong?",
            "${people} > 0",
            "not(selected(., 'none') and count-selected(.) > 1)",
            "",
            "",
        ],
        &[
            "text",
            "issue_other",
            "Please describe what else went wrong.",
            "selected(${issues}, 3)",
            "",
            "",
            "${crowd} = 'large'",
        ],
        &[
            "date",
            "when",
            "When did it happen?",
            "",
            ". <= ${today_date} and . >= date('2020-01-01')",
            "",
            "",
        ],
        &[
            "integer",
            "days_ago",
            "How many days ago?",
            "${when} = ''",
            ". >= 0 and . mod 1 = 0",
            "",
            "",
        ],
    ])
    .choices(&[
        &["list_name", "name", "label::English (en)"],
        &["issues", "num:1", "I was not told why"],
        &["issues", "num:2", "I could not understand"],
        &["issues", "num:3", "Something else"],
        &["issues", "none", "Nothing went wrong"],
    ])
    .settings(&[&["form_id", "default_language"], &["logic", "en"]])
}

/// `range`, `multiline` text, `likert` scales, and `required` spelt in
/// every way XLSForm allows.
pub fn ranges_and_appearances() -> Spec {
    Spec::survey(&[
        &[
            "type",
            "name",
            "label::English (en)",
            "parameters",
            "appearance",
            "required",
        ],
        &[
            "range",
            "safety",
            "How safe do you feel (0-10)?",
            "start=0 end=10 step=2",
            "",
            "yes",
        ],
        &[
            "range",
            "distance",
            "How far away was it, in km?",
            "start=0 end=25 step=1",
            "",
            "TRUE",
        ],
        &[
            "range",
            "countdown",
            "Count down",
            "start=5 end=1",
            "",
            "true()",
        ],
        &[
            "text",
            "story",
            "Tell us what happened.",
            "",
            "multiline",
            "bool:true",
        ],
        &[
            "select_one agree",
            "respect",
            "The officers treated me with respect.",
            "",
            "likert",
            "no",
        ],
        &[
            "select_one often",
            "often",
            "How often do you meet the police?",
            "",
            "likert",
            "${respect} = '1'",
        ],
    ])
    .choices(&[
        &["list_name", "name", "label::English (en)"],
        &["agree", "num:1", "Strongly disagree"],
        &["agree", "num:2", "Disagree"],
        &["agree", "num:3", "Agree"],
        &["agree", "num:4", "Strongly agree"],
        &["often", "never", "Never"],
        &["often", "sometimes", "Sometimes"],
        &["often", "often", "Often"],
    ])
    .settings(&[&["form_id", "default_language"], &["ranges", "en"]])
}

/// Labels that Fluent would misread unless escaped.
pub const TRICKY_TEXTS: [&str; 8] = [
    "Use {braces} and } alone",
    "[1] A leading bracket",
    "*Stars* at the start",
    ".5 km away",
    "First line\n\n  Indented after a blank line\n.dot line\n*star line",
    "Quotes \"double\" and 'single', a back\\slash",
    "سؤال بالعربية {مع أقواس}",
    "# not a comment\n- not a term",
];

/// Each of [`TRICKY_TEXTS`] as a label, in English and Arabic.
pub fn tricky_text() -> Spec {
    let mut survey: Vec<Vec<String>> =
        rows(&[&["type", "name", "label::English (en)", "label::العربية (ar)"]]);
    for (i, text) in TRICKY_TEXTS.iter().enumerate() {
        survey.push(vec![
            "note".into(),
            format!("t{i}"),
            (*text).to_string(),
            format!("{text} ع"),
        ]);
    }
    Spec {
        sheets: vec![("survey".into(), survey)],
    }
    .settings(&[&["form_id", "default_language"], &["tricky", "en"]])
}

/// Names that are valid XLSForm but not Fluent ids or Heard ids, choice
/// codes that are numbers or odd, and names that clash with Heard's own
/// message ids.
pub fn awkward_names() -> Spec {
    Spec::survey(&[
        &["type", "name", "label::English (en)", "relevant"],
        &["select_one age.group", "_age", "Your age group?", ""],
        &["text", "q.1", "First question", ""],
        &[
            "select_one yes_no",
            "answer-yes",
            "A name Heard uses for its own Yes",
            "",
        ],
        &["integer", "العمر", "How old are you?", "${_age} = '18-24'"],
        &[
            "note",
            "questionnaire-title",
            "A note named like the title",
            "${العمر} > 17",
        ],
        &["select_one odd", "odd", "Odd codes", ""],
    ])
    .choices(&[
        &["list_name", "name", "label::English (en)"],
        &["age.group", "18-24", "18 to 24"],
        &["age.group", "num:25", "25 or older"],
        &["yes_no", "yes", "Yes"],
        &["yes_no", "no", "No"],
        &["odd", "n/a", "Not applicable"],
        &["odd", "a.b", "A dot"],
    ])
    .settings(&[&["form_id", "default_language"], &["awkward", "en"]])
}

/// Metadata fields (start, end, deviceid, today) are left out with a note.
pub fn metadata() -> Spec {
    Spec::survey(&[
        &["type", "name", "label::English (en)", "constraint"],
        &["start", "start", "", ""],
        &["end", "end", "", ""],
        &["deviceid", "deviceid", "", ""],
        &["today", "today", "", ""],
        &[
            "date",
            "incident_date",
            "When did it happen?",
            ". <= ${today}",
        ],
    ])
    .settings(&[&["form_id", "default_language"], &["metadata", "en"]])
}

/// Old spellings: `list name`, `label:English`, `select one from`,
/// `select all that apply from`, `relevance`, `constraint message`, `end_group`.
pub fn old_syntax() -> Spec {
    Spec::survey(&[
        &[
            "type",
            "name",
            "label:English",
            "relevance",
            "constraint",
            "constraint message:English",
        ],
        &["begin_group", "about", "About you", "", "", ""],
        &[
            "select one from yes_no",
            "resident",
            "Do you live here?",
            "",
            "",
            "",
        ],
        &[
            "select all that apply from langs",
            "languages",
            "Which languages do you speak?",
            "${resident} = 'yes'",
            "count-selected(.) <= 3",
            "At most three.",
        ],
        &["end_group", "", "", "", "", ""],
    ])
    .choices(&[
        &["list name", "name", "label:English"],
        &["yes_no", "yes", "Yes"],
        &["yes_no", "no", "No"],
        &["langs", "ar", "Arabic"],
        &["langs", "fa", "Persian"],
        &["langs", "fr", "French"],
        &["langs", "uk", "Ukrainian"],
    ])
}

/// Plain `label` columns: the language comes from --default-language or
/// settings.
pub fn plain_labels() -> Spec {
    Spec::survey(&[
        &["type", "name", "label", "hint"],
        &[
            "text",
            "district",
            "Dans quel quartier habitez-vous ?",
            "Le nom suffit.",
        ],
        &[
            "select_one oui_non",
            "connu",
            "Connaissez-vous l'agent de quartier ?",
            "",
        ],
    ])
    .choices(&[
        &["list_name", "name", "label"],
        &["oui_non", "oui", "Oui"],
        &["oui_non", "non", "Non"],
    ])
}

/// A language without a code that the importer maps only with --lang.
pub fn hazaragi() -> Spec {
    Spec::survey(&[
        &["type", "name", "label::English (en)", "label::Hazaragi"],
        &["text", "q1", "Where did it happen?", "کجا شد؟"],
    ])
    .settings(&[
        &["form_id", "default_language"],
        &["hazaragi", "English (en)"],
    ])
}

/// Empty-answer tests on every kind of question.
pub fn emptiness() -> Spec {
    Spec::survey(&[
        &["type", "name", "label::English (en)", "relevant"],
        &[
            "text",
            "name_given",
            "A name for the officer, if you know one",
            "",
        ],
        &["select_multiple langs", "langs", "Languages used", ""],
        &["integer", "count", "How many?", ""],
        &["date", "day", "Which day?", ""],
        &["note", "n1", "You gave a name.", "${name_given} != ''"],
        &["note", "n2", "No language was chosen.", "${langs} = ''"],
        &["note", "n3", "You gave a number.", "${count} != ''"],
        &["note", "n4", "You gave no day.", "${day} = ''"],
    ])
    .choices(&[
        &["list_name", "name", "label::English (en)"],
        &["langs", "ar", "Arabic"],
        &["langs", "en", "English"],
    ])
    .settings(&[&["form_id", "default_language"], &["emptiness", "en"]])
}

/// Everything Heard leaves out with --allow-partial, and what depends on it.
pub fn needs_partial() -> Spec {
    Spec::survey(&[
        &[
            "type",
            "name",
            "label::English (en)",
            "relevant",
            "constraint",
            "choice_filter",
            "default",
            "required_message::English (en)",
            "image",
            "parameters",
        ],
        &[
            "select_one yes_no",
            "outside",
            "Did it happen outside?",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        &[
            "geopoint",
            "where",
            "Where exactly?",
            "${outside} = 'yes'",
            "",
            "",
            "",
            "",
            "",
        ],
        &[
            "note",
            "where_note",
            "Thank you for the location.",
            "${where} != ''",
            "",
            "",
            "",
            "",
            "",
        ],
        &[
            "text",
            "badge",
            "The officer's badge number, if you saw it",
            "",
            "regex(., '^[0-9]+$')",
            "",
            "",
            "",
            "",
        ],
        &[
            "select_one yes_no",
            "filtered",
            "A filtered list",
            "",
            "",
            "${outside} = 'yes'",
            "",
            "",
            "",
        ],
        &[
            "select_one yes_no or_other",
            "with_other",
            "Yes, no, or something else?",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        &[
            "integer",
            "visits",
            "How many visits?",
            "",
            "",
            "",
            "num:0",
            "Please answer.",
            "",
        ],
        &[
            "begin repeat",
            "person",
            "Each person present",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        &["text", "role", "Their role", "", "", "", "", "", ""],
        &["end repeat", "", "", "", "", "", "", "", ""],
        &[
            "note",
            "roles_note",
            "Thanks.",
            "${role} != ''",
            "",
            "",
            "",
            "",
            "",
        ],
        &["image", "photo", "A photo", "", "", "", "", "", ""],
        &[
            "note",
            "pictured",
            "A note with a picture",
            "",
            "",
            "",
            "",
            "",
            "badge.png",
        ],
        &[
            "range",
            "steps",
            "In half steps",
            "",
            "",
            "",
            "",
            "",
            "",
            "start=0 end=2.5 step=0.5",
        ],
    ])
    .choices(&[
        &["list_name", "name", "label::English (en)"],
        &["yes_no", "yes", "Yes"],
        &["yes_no", "no", "No"],
    ])
    .settings(&[
        &["form_id", "version", "default_language"],
        &["partial", "num:2", "en"],
    ])
}

/// An expression that is valid XPath but that Heard's type check refuses.
pub fn type_error() -> Spec {
    Spec::survey(&[
        &[
            "type",
            "name",
            "label::English (en)",
            "relevant",
            "constraint",
        ],
        &["integer", "age", "How old are you?", "", ""],
        &["text", "why", "Why?", "${age} > 'many'", ""],
        &["integer", "years", "For how many years?", "", ". > 'a few'"],
    ])
    .settings(&[&["form_id", "default_language"], &["type-error", "en"]])
}

/// A CSV form (pyxform's layout) in English and Arabic.
pub fn csv_bilingual() -> Spec {
    Spec::survey(&[
        &[
            "type",
            "name",
            "label::English (en)",
            "label::العربية (ar)",
            "required",
        ],
        &[
            "select_one yes_no",
            "reported",
            "Did you report it?",
            "هل أبلغت عن ذلك؟",
            "yes",
        ],
        &["text", "why_not", "Why not?", "لماذا لا؟", ""],
    ])
    .choices(&[
        &[
            "list_name",
            "name",
            "label::English (en)",
            "label::العربية (ar)",
        ],
        &["yes_no", "yes", "Yes", "نعم"],
        &["yes_no", "no", "No", "لا"],
    ])
    .settings(&[
        &["form_id", "version", "default_language"],
        &["csv-form", "num:4", "English (en)"],
    ])
}

// ------------------------------------------------------------ broken forms

/// No `type` column.
pub fn missing_type_column() -> Spec {
    Spec::survey(&[
        &["kind", "name", "label::English (en)"],
        &["text", "q1", "Question"],
    ])
}

/// A row with a name and label but no type.
pub fn missing_type() -> Spec {
    Spec::survey(&[
        &["type", "name", "label::English (en)"],
        &["text", "q1", "First"],
        &["", "q2", "Second"],
    ])
}

/// A select_one naming a list the choices sheet lacks.
pub fn unknown_list() -> Spec {
    Spec::survey(&[
        &["type", "name", "label::English (en)"],
        &["select_one yesno", "q1", "Yes or no?"],
    ])
    .choices(&[
        &["list_name", "name", "label::English (en)"],
        &["yes_no", "yes", "Yes"],
    ])
}

/// Expressions that are not XPath.
pub fn bad_expression() -> Spec {
    Spec::survey(&[
        &[
            "type",
            "name",
            "label::English (en)",
            "relevant",
            "constraint",
        ],
        &["integer", "age", "Age", "", ". >= 18 &&"],
        &["text", "why", "Why?", "${age} == 3", ""],
        &["text", "how", "How?", "${why} = \u{2018}x\u{2019}", ""],
    ])
}

/// Two rows with the same name.
pub fn duplicate_names() -> Spec {
    Spec::survey(&[
        &["type", "name", "label::English (en)"],
        &["text", "place", "Where?"],
        &["begin group", "details", "Details"],
        &["text", "place", "Where exactly?"],
        &["end group", "", ""],
    ])
}

/// Languages without a code that Heard will not guess.
pub fn language_without_code() -> Spec {
    Spec::survey(&[
        &[
            "type",
            "name",
            "label::English (en)",
            "label::Kurdish",
            "label::Hazaragi",
            "hint::Kurdish",
        ],
        &["text", "q1", "Where?", "Li ku?", "کجا؟", ""],
    ])
}

/// Other form errors: an unknown type, an unbalanced group, a reference to
/// nothing, a calculate without calculation, a question without a label,
/// an option listed twice.
pub fn several_errors() -> Spec {
    Spec::survey(&[
        &[
            "type",
            "name",
            "label::English (en)",
            "relevant",
            "calculation",
        ],
        &["integr", "age", "Age", "", ""],
        &["text", "why", "Why?", "${nosuch} = 'x'", ""],
        &["calculate", "total", "", "", ""],
        &["text", "unlabelled", "", "", ""],
        &["select_one yes_no", "ok", "OK?", "", ""],
        &["end group", "", "", "", ""],
        &["begin group", "open", "Never closed", "", ""],
        &["text", "inside", "Inside", "", ""],
    ])
    .choices(&[
        &["list_name", "name", "label::English (en)"],
        &["yes_no", "yes", "Yes"],
        &["yes_no", "yes", "Yes again"],
    ])
}

/// No sheet called survey.
pub fn no_survey_sheet() -> Spec {
    Spec {
        sheets: vec![(
            "Questions".into(),
            rows(&[&["type", "name", "label"], &["text", "q1", "Q"]]),
        )],
    }
}

/// One language without a code, and no other.
pub fn hazaragi_only() -> Spec {
    Spec::survey(&[
        &["type", "name", "label::Hazaragi"],
        &["text", "q1", "کجا شد؟"],
    ])
}
