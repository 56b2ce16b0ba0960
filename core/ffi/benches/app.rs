//! The apps' API (`HeardApp`) as a phone meets it. Each benchmark prints
//! `name: value unit` lines; timings are also given as ratios to a baseline
//! measured in the same run, so they compare across machines.
//!
//! - `app_cold_open`: what an app does at launch, on a data folder that
//!   holds an enrolled store with 10 installed questionnaires (the shipped
//!   survey under 10 ids and titles, all its locales) and 1,000 queued
//!   submissions sealed to the organization: `HeardApp::open`, the list of
//!   questionnaires, `start` and the first `render` (the draft is discarded
//!   after the clock stops). The baseline is opening the same SQLite file
//!   bare with rusqlite and running one query. The goal is printed as
//!   `app_cold_open_goal`.
//! - `questionnaire_open_render`: a generated 200-item questionnaire in 9
//!   locales, loaded from a bundle in memory, a response started in Arabic
//!   and its first screen rendered, against parsing the same
//!   `questionnaire.toml` with the `toml` crate alone.
//! - `ffi_render_call_rust`, the median of single `render()` calls: the
//!   Rust-side baseline of the Kotlin (JNA) benchmark,
//!   `ffi_render_call_jna`, on the screen it renders (the contact page
//!   after consent, in Arabic) with as many calls and warm-up calls.
//!
//! No network: the store is enrolled, the signed bundles installed and the
//! responses submitted directly through `heard_device::Store`, as the
//! device tests do, with a key store the app then opens through the foreign
//! `SecretStore` trait.

use heard_device::{Store, StoreConfig};
use heard_engine::{Answer, Cursor, Questionnaire, Response};
use heard_ffi::{AnswerValue, AppOptions, CallbackError, HeardApp, SecretStore, View};
use heard_protocol::signing::{Bundle, OrgConfig, SecretKey, Signed};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::hint::black_box;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// The file `HeardApp` keeps its store in, inside the data folder.
const STORE_FILE: &str = "heard.sqlite";
const SURVEY: &str = "post-encounter";
/// How many questionnaires the cold-open store has installed.
const INSTALLED: usize = 10;
/// How many sealed submissions wait in its outbox.
const QUEUED: usize = 1000;
/// The target for `app_cold_open`, in milliseconds.
const COLD_OPEN_GOAL_MS: u32 = 50;
/// The generated questionnaire: answerable items, items per page, locales.
const GENERATED_ITEMS: usize = 200;
const ITEMS_PER_PAGE: usize = 10;
const GENERATED_ID: &str = "generated-200";

/// One key store seen both ways: by the device layer while enrolling, and
/// by the app through the foreign trait, as the Android Keystore would be.
#[derive(Default)]
struct Keys(Mutex<HashMap<String, Vec<u8>>>);

impl Keys {
    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<String, Vec<u8>>> {
        self.0.lock().expect("key store")
    }
}

impl SecretStore for Keys {
    fn load(&self, name: String) -> Result<Option<Vec<u8>>, CallbackError> {
        Ok(self.map().get(&name).cloned())
    }
    fn save(&self, name: String, secret: Vec<u8>) -> Result<(), CallbackError> {
        self.map().insert(name, secret);
        Ok(())
    }
    fn delete(&self, name: String) -> Result<(), CallbackError> {
        self.map().remove(&name);
        Ok(())
    }
}

impl heard_device::SecretStore for Keys {
    fn load(&self, name: String) -> Result<Option<Vec<u8>>, heard_device::SecretError> {
        Ok(self.map().get(&name).cloned())
    }
    fn save(&self, name: String, secret: Vec<u8>) -> Result<(), heard_device::SecretError> {
        self.map().insert(name, secret);
        Ok(())
    }
    fn delete(&self, name: String) -> Result<(), heard_device::SecretError> {
        self.map().remove(&name);
        Ok(())
    }
}

/// The id of the `n`th installed copy of the shipped survey.
fn survey_id(n: usize) -> String {
    format!("{SURVEY}-{:02}", n + 1)
}

/// The shipped survey's bundle as the `n`th distinct questionnaire: its id
/// rewritten in `questionnaire.toml`, its JSON form and the bundle header, and its title
/// numbered in every locale.
fn survey_copy(shipped: &Bundle, n: usize) -> Bundle {
    let id = survey_id(n);
    let files = shipped
        .files
        .iter()
        .map(|(path, text)| {
            let text = if path == heard_engine::DEFINITION_FILE {
                let from = format!("id = \"{SURVEY}\"");
                assert!(text.contains(&from), "the survey's id line");
                text.replacen(&from, &format!("id = \"{id}\""), 1)
            } else if path == heard_engine::DEFINITION_JSON {
                // The JSON form beside it must say the same.
                let from = format!("\"id\":\"{SURVEY}\"");
                assert_eq!(text.matches(&from).count(), 1, "the survey's id");
                text.replacen(&from, &format!("\"id\":\"{id}\""), 1)
            } else {
                text.lines()
                    .map(|line| {
                        if line.starts_with("questionnaire-title =") {
                            format!("{line} ({})\n", n + 1)
                        } else {
                            format!("{line}\n")
                        }
                    })
                    .collect()
            };
            (path.clone(), text)
        })
        .collect();
    Bundle {
        questionnaire_id: id,
        version: shipped.version,
        files,
        audio: shipped.audio.clone(),
    }
}

fn choice(code: &str) -> Answer {
    Answer::Choice(code.into())
}

/// A complete response to the shipped survey (or a copy of it), as a
/// person fills it in on the phone.
fn filled_survey(q: &Arc<Questionnaire>, n: usize) -> Response {
    let mut r = Response::new(q.clone(), &["ar"]);
    let answer = |r: &mut Response, item: &str, a: Answer| r.answer(item, a).expect(item);
    answer(&mut r, "consent", Answer::Consent(true));
    answer(&mut r, "contact_kind", choice("stopped_transport"));
    answer(&mut r, "reason_explained", choice("no"));
    answer(&mut r, "language_needed", choice("yes"));
    answer(&mut r, "interpreter_offered", choice("not_offered"));
    answer(&mut r, "searched", choice("no"));
    for item in ["pj_voice", "pj_neutrality", "pj_respect", "pj_motives"] {
        answer(&mut r, item, choice(["1", "2", "3", "4", "5"][n % 5]));
    }
    answer(
        &mut r,
        "anything_else",
        Answer::Text(format!("ما حدث في المحطة، رقم {n}")),
    );
    while r.next_screen().expect("the pages follow") != Cursor::End {}
    assert!(r.is_complete(), "{:?}", r.completion());
    r
}

/// Enrolls a store in `dir` with a fresh organization key, installs the
/// shipped survey's signed bundle under [`INSTALLED`] ids, every locale
/// included, and queues [`QUEUED`] complete responses sealed to the
/// organization's recipient (draft, then submit, as the app does).
fn fill_store(dir: &Path, keys: &Keys) {
    let mut store =
        Store::open(dir.join(STORE_FILE), keys, StoreConfig::default()).expect("store opens");
    let org = SecretKey::generate();
    let config = OrgConfig {
        org_name: "Benchmark".into(),
        server: "https://heard.example".into(),
        recipients: vec![age::x25519::Identity::generate().to_public().to_string()],
        serial: 1,
    };
    store
        .enroll(
            &org.public().to_base64(),
            "field",
            &SecretKey::generate().to_base64(),
            &Signed::sign(&config, &org),
            keys,
        )
        .expect("enrolled");
    let survey = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../questionnaires/post-encounter");
    let shipped = heard_engine::bundle::pack(&survey).expect("the shipped survey packs");
    let mut installed = Vec::new();
    for n in 0..INSTALLED {
        let bundle = survey_copy(&shipped, n);
        assert!(
            store
                .install_bundle(&Signed::sign(&bundle, &org))
                .expect("the signed bundle installs"),
            "the bundle is new"
        );
        installed.push(Arc::new(
            heard_engine::bundle::open(&bundle).expect("the copy loads"),
        ));
    }
    for n in 0..QUEUED {
        let r = filled_survey(&installed[n % INSTALLED], n);
        let draft = store.create_draft(&r).expect("draft saved");
        store.submit(&draft, &r).expect("sealed and queued");
    }
    assert_eq!(store.outbox_len().expect("outbox"), QUEUED as u64);
    assert_eq!(store.bundles().expect("bundles").len(), INSTALLED);
}

/// The locales of the generated questionnaire, with the words its messages
/// are made of: "question", "page", a sentence and the five agreement
/// labels of the shared choice list.
const LOCALES: &[(&str, &str, &str, &str, [&str; 5])] = &[
    (
        "en",
        "Question",
        "Page",
        "How much do you agree with what happened during the contact?",
        [
            "Strongly disagree",
            "Disagree",
            "Neither agree nor disagree",
            "Agree",
            "Strongly agree",
        ],
    ),
    (
        "ar",
        "سؤال",
        "صفحة",
        "إلى أي مدى توافق على ما حدث أثناء التواصل مع الشرطة؟",
        ["لا أوافق بشدة", "لا أوافق", "محايد", "أوافق", "أوافق بشدة"],
    ),
    (
        "fa",
        "پرسش",
        "صفحه",
        "تا چه اندازه با آنچه در هنگام برخورد با پلیس رخ داد موافقید؟",
        [
            "کاملاً مخالفم",
            "مخالفم",
            "نه موافق نه مخالف",
            "موافقم",
            "کاملاً موافقم",
        ],
    ),
    (
        "prs",
        "پرسش",
        "صفحه",
        "تا چه اندازه با آنچه در وقت برخورد با پولیس رخ داد موافق هستید؟",
        [
            "کاملاً مخالفم",
            "مخالفم",
            "نه موافق نه مخالف",
            "موافقم",
            "کاملاً موافقم",
        ],
    ),
    (
        "ps",
        "پوښتنه",
        "پاڼه",
        "د پولیسو سره د اړیکې پر مهال چې څه وشول، له هغه سره تر کومه حده موافق یاست؟",
        [
            "بشپړ مخالف یم",
            "مخالف یم",
            "نه موافق نه مخالف",
            "موافق یم",
            "بشپړ موافق یم",
        ],
    ),
    (
        "so",
        "Su'aal",
        "Bog",
        "Intee in le'eg ayaad ku raacsan tahay waxa dhacay intii lagu jiray kulanka?",
        [
            "Aad uma raacsani",
            "Ma raacsani",
            "Dhexdhexaad",
            "Waan raacsanahay",
            "Aad baan u raacsanahay",
        ],
    ),
    (
        "ti",
        "ሕቶ",
        "ገጽ",
        "ምስ ፖሊስ ኣብ ዝተራኸብኩምሉ እዋን ብዝተፈጸመ ክሳብ ክንደይ ትሰማምዑ?",
        ["ፈጺመ ኣይሰማማዕን", "ኣይሰማማዕን", "ማእከላይ", "እሰማማዕ", "ብጣዕሚ እሰማማዕ"],
    ),
    (
        "uk",
        "Питання",
        "Сторінка",
        "Наскільки ви згодні з тим, що сталося під час контакту з поліцією?",
        [
            "Зовсім не згоден",
            "Не згоден",
            "Ні згоден, ні не згоден",
            "Згоден",
            "Цілком згоден",
        ],
    ),
    (
        "fr",
        "Question",
        "Page",
        "Dans quelle mesure êtes-vous d'accord avec ce qui s'est passé lors du contact ?",
        [
            "Pas du tout d'accord",
            "Pas d'accord",
            "Ni d'accord ni pas d'accord",
            "D'accord",
            "Tout à fait d'accord",
        ],
    ),
];

/// The `i`th generated item's type: single choice (the shared list),
/// integer (with bounds), text or yes/no, in turn.
fn generated_kind(i: usize) -> &'static str {
    ["single", "integer", "text", "yes-no"][i % 4]
}

/// A 200-item questionnaire in 9 locales as a bundle: 20 pages of 10
/// items, single choices sharing one list, bounded integers, text and
/// yes/no questions; every other single choice is shown only after a
/// "yes" and every other text only after an integer of 18 or more.
fn generated_bundle() -> Bundle {
    let mut toml = format!(
        "id = \"{GENERATED_ID}\"\nversion = 1\nkind = \"survey\"\ndefault_locale = \"en\"\n\
         title = \"questionnaire-title\"\n\n[choices]\nagree5 = [\"1\", \"2\", \"3\", \"4\", \"5\"]\n"
    );
    for i in 0..GENERATED_ITEMS {
        if i % ITEMS_PER_PAGE == 0 {
            let _ = write!(
                toml,
                "\n[[items]]\nid = \"page_{}\"\ntype = \"page\"\n",
                i / ITEMS_PER_PAGE + 1
            );
        }
        let _ = write!(
            toml,
            "\n  [[items.items]]\n  id = \"q{}\"\n  type = \"{}\"\n",
            i + 1,
            generated_kind(i)
        );
        match i % 4 {
            0 => toml.push_str("  choices = \"agree5\"\n"),
            1 => toml.push_str("  min = 0\n  max = 120\n"),
            _ => {}
        }
        // q(i) refers to q(i-1): a yes/no before a single choice, an
        // integer before a text.
        if i % 8 == 4 {
            let _ = writeln!(toml, "  relevant = \"${{q{i}}} = 'yes'\"");
        } else if i % 8 == 6 {
            let _ = writeln!(toml, "  relevant = \"${{q{i}}} >= 18\"");
        } else if i % 16 == 3 {
            toml.push_str("  required = true\n");
        }
    }
    let mut files = BTreeMap::new();
    files.insert(heard_engine::DEFINITION_FILE.to_string(), toml);
    for (tag, question, page, sentence, agree) in LOCALES {
        let mut ftl = format!("questionnaire-title = {question} — {GENERATED_ID}\n\n");
        for (code, label) in agree.iter().enumerate() {
            let _ = writeln!(ftl, "choice-agree5-{} = {label}", code + 1);
        }
        for i in 0..GENERATED_ITEMS {
            if i % ITEMS_PER_PAGE == 0 {
                let p = i / ITEMS_PER_PAGE + 1;
                let _ = write!(ftl, "\npage_{p} = {page} {p}\n");
            }
            let _ = writeln!(ftl, "q{} = {question} {}: {sentence}", i + 1, i + 1);
            if i % 4 == 1 {
                let _ = writeln!(ftl, "    .hint = 0–120");
            }
        }
        files.insert(format!("locales/{tag}/{GENERATED_ID}.ftl"), ftl);
    }
    Bundle {
        questionnaire_id: GENERATED_ID.into(),
        version: 1,
        files,
        audio: BTreeMap::new(),
    }
}

fn open(dir: &Path, keys: &Arc<Keys>) -> Arc<HeardApp> {
    HeardApp::open(
        dir.display().to_string(),
        keys.clone(),
        AppOptions {
            wrap_secrets_with_pin: false,
        },
    )
    .expect("the app opens")
}

/// What an app does at launch: open, list the questionnaires, start the
/// first and render its first screen. Returns the app and that screen.
fn launch(dir: &Path, keys: &Arc<Keys>) -> (Arc<HeardApp>, View) {
    let app = open(dir, keys);
    let offered = app
        .questionnaires(vec!["ar".into()])
        .expect("questionnaires");
    let first = offered.first().expect("a questionnaire is offered");
    app.start(first.id.clone(), vec!["ar".into()])
        .expect("start");
    let view = app.render().expect("render");
    (app, view)
}

/// The median of `samples`, in the unit they were taken in.
fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// Median nanoseconds of one call of `f`, over `rounds` single calls.
fn median_single_ns(rounds: usize, mut f: impl FnMut()) -> f64 {
    median(
        (0..rounds)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed().as_nanos() as f64
            })
            .collect(),
    )
}

fn main() {
    let data = tempfile::tempdir().expect("temp dir");
    let dir = data.path().join("app");
    std::fs::create_dir_all(&dir).expect("data folder");
    let keys = Arc::new(Keys::default());
    fill_store(&dir, &keys);

    // The app opened and closed once, so the store is migrated and
    // checkpointed as a phone leaves it, and every copy is offered.
    {
        let app = open(&dir, &keys);
        let offered = app
            .questionnaires(vec!["ar".into()])
            .expect("questionnaires");
        assert_eq!(offered.len(), INSTALLED, "every installed copy is offered");
        assert_eq!(
            app.outbox().expect("outbox").queued,
            QUEUED as i64,
            "every submission is queued"
        );
    }

    // 1. Launching the app: the store (WAL, integrity check, keys, expiring
    //    drafts), the installed questionnaires parsed and checked, their
    //    list, a response started and its first screen rendered; against a
    //    bare SQLite open of a copy of the same file and one query.
    let db = dir.join(STORE_FILE);
    let size = std::fs::metadata(&db).expect("store file").len();
    let bare_db = data.path().join("bare.sqlite");
    std::fs::copy(&db, &bare_db).expect("copy of the store file");
    assert_eq!(
        std::fs::metadata(&bare_db).expect("copy").len(),
        size,
        "the baseline file is the same size"
    );
    // Discarding the draft and closing are left out of the timing: they
    // happen after the clock stops.
    let cold_open = median(
        (0..15)
            .map(|_| {
                let start = Instant::now();
                let (app, view) = launch(&dir, &keys);
                let took = start.elapsed().as_nanos() as f64;
                assert!(
                    matches!(view, View::Questions { .. }),
                    "a screen of questions"
                );
                black_box(view);
                app.discard().expect("discard");
                drop(black_box(app));
                took
            })
            .collect(),
    );
    let bare_open = median(
        (0..201)
            .map(|_| {
                let start = Instant::now();
                let conn = rusqlite::Connection::open(&bare_db).expect("bare open");
                let tables: i64 = conn
                    .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
                    .expect("one query");
                let took = start.elapsed().as_nanos() as f64;
                black_box(tables);
                drop(conn);
                took
            })
            .collect(),
    );
    println!("app_cold_open: {:.2} ms", cold_open / 1e6);
    println!(
        "app_cold_open_vs_bare_sqlite: {:.1} ratio",
        cold_open / bare_open
    );
    println!("app_cold_open_goal: {COLD_OPEN_GOAL_MS} ms");
    println!("app_cold_open_store_file: {size} bytes");

    // 2. A 200-item questionnaire in 9 locales: bundle → questionnaire,
    //    a response in Arabic and its first screen; against parsing its
    //    questionnaire.toml with the `toml` crate alone.
    let bundle = generated_bundle();
    {
        let q = heard_engine::bundle::open(&bundle).expect("the generated questionnaire loads");
        assert_eq!(q.locales().len(), LOCALES.len(), "every locale loads");
        let answerable = q
            .items
            .iter()
            .filter(|item| item.kind != heard_engine::ItemKind::Page)
            .count();
        assert_eq!(answerable, GENERATED_ITEMS);
    }
    let open_render = median(
        (0..25)
            .map(|_| {
                let start = Instant::now();
                let q = heard_engine::bundle::open(&bundle).expect("loads");
                let r = Response::new(Arc::new(q), &["ar"]);
                let screen = r.screen().expect("a first screen");
                let took = start.elapsed().as_nanos() as f64;
                assert_eq!(r.locale(), "ar");
                assert_eq!(
                    screen.items.len(),
                    ITEMS_PER_PAGE - 2,
                    "q5 and q7 are hidden"
                );
                black_box(screen);
                took
            })
            .collect(),
    );
    let definition = &bundle.files[heard_engine::DEFINITION_FILE];
    let toml_parse = median_single_ns(201, || {
        black_box(
            definition
                .parse::<toml::Table>()
                .expect("the definition parses"),
        );
    });
    println!("questionnaire_open_render: {:.2} ms", open_render / 1e6);
    println!(
        "questionnaire_open_render_vs_toml_parse: {:.1} ratio",
        open_render / toml_parse
    );

    // 3. The render call on the screen the Kotlin benchmark draws
    //    (RenderBench.kt): after consent, the contact page (three fields,
    //    eight choices, Arabic).
    let app = open(&dir, &keys);
    app.start(survey_id(0), vec!["ar".into()]).expect("start");
    app.answer("consent".into(), AnswerValue::Consent { given: true })
        .expect("consent");
    let View::Questions { screen } = app.next().expect("next") else {
        panic!("the contact page follows consent");
    };
    assert!(screen.fields.len() >= 3, "unexpected screen {}", screen.id);
    for _ in 0..1200 {
        black_box(app.render().expect("render"));
    }
    let render = median_single_ns(5000, || {
        black_box(app.render().expect("render"));
    });
    app.discard().expect("discard");
    println!("ffi_render_call_rust: {:.2} us", render / 1e3);
}
