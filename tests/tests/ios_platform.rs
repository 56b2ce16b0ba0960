//! The iOS app's platform settings and its use of the core, checked here on
//! Linux, where its Swift cannot be built (no Swift toolchain, no Xcode).
//!
//! - `ios/HeardApp/Info.plist`: App Transport Security at its defaults (no
//!   `NSAllowsArbitraryLoads*`, no insecure HTTP or weak TLS exception), no
//!   usage description outside [`ALLOWED_USAGE`], only the `fetch`
//!   background mode, task identifiers equal to those the Swift registers,
//!   and the app's files not shared with the Files app or a computer.
//! - `ios/HeardApp/HeardApp.entitlements`: `NSFileProtectionComplete` as
//!   the default data protection, and no other entitlement.
//! - `ios/HeardApp/project.yml`: those two files are the ones Xcode uses,
//!   with no `INFOPLIST_KEY_*` setting adding keys behind them.
//! - The Swift in `ios/HeardApp/Sources`: every call on the core
//!   (`app.name(…)`, `HeardApp.open(…)`, `appText(…)`, `appLanguages()`)
//!   names a function the generated `HeardCore.swift` declares, with its
//!   argument labels, `try` and `await`; it makes every call the shared
//!   Compose screens make; every app string id it asks for is in every
//!   `locales/<tag>/app.ftl` (or in the locales its fallback chain in
//!   `locales/languages.toml` names); no file that imports
//!   HeardCore says a bare `View` (HeardCore's enum and SwiftUI's protocol
//!   share the name); Keychain items and files get the strongest
//!   protection; nothing is logged or kept in `UserDefaults`.
//!
//! Each checker is a function returning what is wrong, and is also run on
//! small bad inputs below, so a check can be seen to fail.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use plist::{Dictionary, Value};

// ----- the rules ---------------------------------------------------------

/// The usage descriptions the app may declare, each with why it needs it.
const ALLOWED_USAGE: &[(&str, &str)] = &[(
    "NSCameraUsageDescription",
    "enrollment reads the organization's QR code with the camera (pasting it works without)",
)];

/// The entitlements the app may have, each with why.
const ALLOWED_ENTITLEMENTS: &[(&str, &str)] = &[(
    DATA_PROTECTION,
    "every file the app creates is unreadable while the device is locked",
)];

/// The data-protection entitlement and the one value it may have.
const DATA_PROTECTION: &str = "com.apple.developer.default-data-protection";
const COMPLETE: &str = "NSFileProtectionComplete";

/// The background modes the app may declare, each with why.
const ALLOWED_BACKGROUND_MODES: &[(&str, &str)] = &[(
    "fetch",
    "BGAppRefreshTask (the background sync) requires it",
)];

/// Calls the Compose screens make that have no Swift counterpart: Kotlin's
/// `close()` frees the Rust object, which Swift does when the last
/// reference goes.
const KOTLIN_ONLY_CALLS: &[&str] = &["close"];

// ----- the files ----------------------------------------------------------

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn app_dir() -> PathBuf {
    repo().join("ios/HeardApp")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn read_plist(path: &Path) -> Dictionary {
    let value = Value::from_file(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    value
        .into_dictionary()
        .unwrap_or_else(|| panic!("{} is not a dictionary", path.display()))
}

fn parse_plist(xml: &str) -> Dictionary {
    Value::from_reader_xml(xml.as_bytes())
        .expect("test plist parses")
        .into_dictionary()
        .expect("test plist is a dictionary")
}

/// Every file under `dir` whose name ends with `ext`, sorted, with its text.
fn sources(dir: &Path, ext: &str) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, ext: &str, out: &mut Vec<(PathBuf, String)>) {
        let entries =
            std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                walk(&path, ext, out);
            } else if path.to_string_lossy().ends_with(ext) {
                let text = read(&path);
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, ext, &mut out);
    out.sort();
    out
}

fn swift_sources() -> Vec<(PathBuf, String)> {
    let files = sources(&app_dir().join("Sources"), ".swift");
    assert!(
        files.len() >= 20,
        "expected the app's Swift sources in ios/HeardApp/Sources, found {}",
        files.len()
    );
    files
}

/// The path relative to the repository, for messages.
fn shown(path: &Path) -> String {
    let root = repo();
    path.strip_prefix(&root)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn fail_on(problems: &[String], what: &str) {
    assert!(
        problems.is_empty(),
        "{what}:\n  - {}",
        problems.join("\n  - ")
    );
}

// ----- Info.plist and entitlements -----------------------------------------

/// App Transport Security weakened anywhere in the plist: any
/// `NSAllowsArbitraryLoads*` key, cleartext HTTP allowed, forward secrecy
/// off, or TLS below 1.2. (ATS governs URLSession; the core's own HTTP
/// client, which ATS does not see, refuses plain HTTP but to loopback by
/// itself, in `server_url`. Both must hold.)
fn transport_problems(info: &Dictionary) -> Vec<String> {
    fn walk(dict: &Dictionary, at: &str, out: &mut Vec<String>) {
        for (key, value) in dict {
            let here = format!("{at}{key}");
            if key.starts_with("NSAllowsArbitraryLoads") {
                out.push(format!(
                    "{here}: remove it; the app needs App Transport Security at its defaults"
                ));
            }
            let insecure_http = [
                "NSExceptionAllowsInsecureHTTPLoads",
                "NSThirdPartyExceptionAllowsInsecureHTTPLoads",
                "NSTemporaryExceptionAllowsInsecureHTTPLoads",
                "NSAllowsLocalNetworking",
            ];
            if insecure_http.contains(&key.as_str()) && value.as_boolean() == Some(true) {
                out.push(format!("{here} is true: cleartext HTTP would be allowed"));
            }
            if key.ends_with("RequiresForwardSecrecy") && value.as_boolean() == Some(false) {
                out.push(format!("{here} is false: forward secrecy would be off"));
            }
            if key.ends_with("MinimumTLSVersion")
                && matches!(value.as_string(), Some("TLSv1.0" | "TLSv1.1"))
            {
                out.push(format!("{here}: TLS below 1.2"));
            }
            if let Some(inner) = value.as_dictionary() {
                walk(inner, &format!("{here}."), out);
            }
        }
    }
    let mut out = Vec::new();
    walk(info, "", &mut out);
    out
}

/// Usage descriptions outside [`ALLOWED_USAGE`], and allowed ones that do
/// not say why.
fn usage_problems(info: &Dictionary) -> Vec<String> {
    let mut out = Vec::new();
    for (key, value) in info {
        if !key.ends_with("UsageDescription") {
            continue;
        }
        match ALLOWED_USAGE.iter().find(|(allowed, _)| allowed == key) {
            None => out.push(format!(
                "{key}: the app asks for no such permission (allowed: {})",
                ALLOWED_USAGE
                    .iter()
                    .map(|(k, why)| format!("{k}, as {why}"))
                    .collect::<Vec<_>>()
                    .join("; ")
            )),
            Some(_) => {
                if value.as_string().is_none_or(|text| text.trim().len() < 20) {
                    out.push(format!(
                        "{key} must say, in a sentence, what it is used for"
                    ));
                }
            }
        }
    }
    out
}

/// The data-protection entitlement missing or weaker than complete, and
/// any entitlement outside [`ALLOWED_ENTITLEMENTS`].
fn entitlement_problems(entitlements: &Dictionary) -> Vec<String> {
    let mut out = Vec::new();
    match entitlements.get(DATA_PROTECTION).map(Value::as_string) {
        Some(Some(COMPLETE)) => {}
        Some(other) => out.push(format!(
            "{DATA_PROTECTION} is {other:?}: it must be {COMPLETE}"
        )),
        None => out.push(format!(
            "{DATA_PROTECTION} is missing: it must be {COMPLETE}"
        )),
    }
    for key in entitlements.keys() {
        if !ALLOWED_ENTITLEMENTS.iter().any(|(k, _)| k == key) {
            out.push(format!(
                "{key}: not an entitlement the app needs (allowed: {})",
                ALLOWED_ENTITLEMENTS
                    .iter()
                    .map(|(k, why)| format!("{k}, as {why}"))
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
        }
    }
    out
}

/// The strings of an array value, or what is wrong with it.
fn strings_of(info: &Dictionary, key: &str, out: &mut Vec<String>) -> Vec<String> {
    match info.get(key) {
        None => Vec::new(),
        Some(value) => match value.as_array() {
            None => {
                out.push(format!("{key} must be an array of strings"));
                Vec::new()
            }
            Some(items) => items
                .iter()
                .filter_map(|item| {
                    let text = item.as_string().map(str::to_owned);
                    if text.is_none() {
                        out.push(format!("{key} holds something that is not a string"));
                    }
                    text
                })
                .collect(),
        },
    }
}

/// Background modes outside [`ALLOWED_BACKGROUND_MODES`]; task identifiers
/// that differ from those the Swift registers; identifiers without the
/// `fetch` mode their refresh tasks need.
fn background_problems(info: &Dictionary, registered: &BTreeSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    let modes = strings_of(info, "UIBackgroundModes", &mut out);
    for mode in &modes {
        if !ALLOWED_BACKGROUND_MODES.iter().any(|(m, _)| m == mode) {
            out.push(format!(
                "UIBackgroundModes has {mode:?}: the app runs in the background only for {}",
                ALLOWED_BACKGROUND_MODES
                    .iter()
                    .map(|(m, why)| format!("{m:?} ({why})"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    let listed = strings_of(info, "BGTaskSchedulerPermittedIdentifiers", &mut out);
    let permitted: BTreeSet<String> = listed.iter().cloned().collect();
    if permitted.len() != listed.len() {
        out.push("BGTaskSchedulerPermittedIdentifiers lists an identifier twice".into());
    }
    for id in permitted.difference(registered) {
        out.push(format!(
            "BGTaskSchedulerPermittedIdentifiers has {id:?}, which the Swift never registers"
        ));
    }
    for id in registered.difference(&permitted) {
        out.push(format!(
            "the Swift registers {id:?}, missing from BGTaskSchedulerPermittedIdentifiers (registering it fails)"
        ));
    }
    if !permitted.is_empty() && !modes.iter().any(|m| m == "fetch") {
        out.push(
            "BGTaskSchedulerPermittedIdentifiers without the \"fetch\" background mode: a BGAppRefreshTask needs it"
                .into(),
        );
    }
    out
}

/// The app's files offered to the Files app or to a computer.
fn exposure_problems(info: &Dictionary) -> Vec<String> {
    ["UIFileSharingEnabled", "LSSupportsOpeningDocumentsInPlace"]
        .iter()
        .filter(|key| info.get(key).and_then(Value::as_boolean) == Some(true))
        .map(|key| format!("{key} is true: the app's files would be shared outside it"))
        .collect()
}

/// project.yml not using the two checked files as they are.
fn project_problems(yml: &str) -> Vec<String> {
    let lines: Vec<&str> = yml
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .collect();
    let mut out = Vec::new();
    for needed in [
        "INFOPLIST_FILE: Info.plist",
        "GENERATE_INFOPLIST_FILE: NO",
        "CODE_SIGN_ENTITLEMENTS: HeardApp.entitlements",
    ] {
        if !lines.contains(&needed) {
            out.push(format!(
                "project.yml must set `{needed}` for the app, so Xcode uses the checked file as it is"
            ));
        }
    }
    for line in &lines {
        if line.contains("INFOPLIST_KEY_") {
            out.push(format!(
                "project.yml: `{line}` adds an Info.plist key this test does not see; put it in Info.plist"
            ));
        }
        if line.starts_with("entitlements:") || line.starts_with("info:") {
            out.push(format!(
                "project.yml: `{line}` makes XcodeGen write the file; set INFOPLIST_FILE / CODE_SIGN_ENTITLEMENTS instead"
            ));
        }
    }
    out
}

// ----- reading Swift (and Kotlin) -------------------------------------------

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `src` with every comment blanked (newlines kept, so line numbers hold)
/// and, when `blank_strings`, the inside of every string literal blanked
/// too, its quotes kept; code interpolated into a string (`\(…)` in Swift)
/// stays code. Swift's block comments nest.
fn code_only(src: &str, blank_strings: bool) -> String {
    enum Mode {
        /// Code; `depth` counts parentheses inside an interpolation.
        Code {
            depth: usize,
        },
        Str {
            multi: bool,
        },
    }
    let chars: Vec<char> = src.chars().collect();
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut out = String::with_capacity(src.len());
    let mut stack = vec![Mode::Code { depth: 0 }];
    let mut i = 0;
    let at = |i: usize, s: &str| {
        s.chars()
            .enumerate()
            .all(|(k, c)| chars.get(i + k) == Some(&c))
    };
    while i < chars.len() {
        let c = chars[i];
        let interpolating = stack.len() > 1;
        match stack.last_mut() {
            Some(Mode::Code { depth }) => {
                if at(i, "//") {
                    while i < chars.len() && chars[i] != '\n' {
                        out.push(' ');
                        i += 1;
                    }
                    continue;
                }
                if at(i, "/*") {
                    let mut nested = 0usize;
                    while i < chars.len() {
                        if at(i, "/*") {
                            nested += 1;
                            out.push_str("  ");
                            i += 2;
                        } else if at(i, "*/") {
                            nested -= 1;
                            out.push_str("  ");
                            i += 2;
                            if nested == 0 {
                                break;
                            }
                        } else {
                            out.push(blank(chars[i]));
                            i += 1;
                        }
                    }
                    continue;
                }
                if at(i, "\"\"\"") {
                    stack.push(Mode::Str { multi: true });
                    out.push_str("\"\"\"");
                    i += 3;
                    continue;
                }
                match c {
                    '"' => stack.push(Mode::Str { multi: false }),
                    '(' if interpolating => *depth += 1,
                    ')' if interpolating => {
                        if *depth == 0 {
                            stack.pop();
                        } else {
                            *depth -= 1;
                        }
                    }
                    _ => {}
                }
                out.push(c);
                i += 1;
            }
            Some(Mode::Str { multi }) => {
                let multi = *multi;
                if c == '\\' && chars.get(i + 1) == Some(&'(') {
                    out.push_str("\\(");
                    stack.push(Mode::Code { depth: 0 });
                    i += 2;
                } else if c == '\\' {
                    for &escaped in chars.iter().skip(i).take(2) {
                        out.push(if blank_strings {
                            blank(escaped)
                        } else {
                            escaped
                        });
                    }
                    i += 2;
                } else if multi && at(i, "\"\"\"") {
                    stack.pop();
                    out.push_str("\"\"\"");
                    i += 3;
                } else if !multi && (c == '"' || c == '\n') {
                    stack.pop();
                    out.push(c);
                    i += 1;
                } else {
                    out.push(if blank_strings { blank(c) } else { c });
                    i += 1;
                }
            }
            None => unreachable!("the code level is never popped"),
        }
    }
    out
}

/// The 1-based line of char index `i` in `chars`.
fn line_of(chars: &[char], i: usize) -> usize {
    chars[..i].iter().filter(|&&c| c == '\n').count() + 1
}

/// The text of the line holding char index `i`, up to `i`.
fn line_before(chars: &[char], i: usize) -> String {
    let start = chars[..i]
        .iter()
        .rposition(|&c| c == '\n')
        .map_or(0, |p| p + 1);
    chars[start..i].iter().collect()
}

fn has_word(text: &str, word: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let w: Vec<char> = word.chars().collect();
    (0..chars.len()).any(|i| {
        chars[i..].starts_with(&w)
            && (i == 0 || !is_ident(chars[i - 1]))
            && chars.get(i + w.len()).is_none_or(|&c| !is_ident(c))
    })
}

fn skip_space(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && chars[i].is_whitespace() {
        i += 1;
    }
    i
}

fn ident_at(chars: &[char], i: usize) -> (String, usize) {
    let mut j = i;
    while j < chars.len() && is_ident(chars[j]) {
        j += 1;
    }
    (chars[i..j].iter().collect(), j)
}

/// The argument labels of the call or declaration whose `(` is at
/// `open`, `_` for an unlabelled one, and the index after its `)`. For a
/// declaration, a parameter's first name is its label.
fn labels_at(chars: &[char], open: usize) -> (Vec<String>, usize) {
    let mut depth = 0usize;
    let mut args = Vec::new();
    let mut current = String::new();
    let mut i = open;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '(' | '[' | '{' => {
                depth += 1;
                if depth > 1 {
                    current.push(c);
                }
            }
            ')' | ']' | '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    i += 1;
                    break;
                }
                current.push(c);
            }
            ',' if depth == 1 => args.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
        i += 1;
    }
    if !current.trim().is_empty() || !args.is_empty() {
        args.push(current);
    }
    let labels = args
        .iter()
        .map(|arg| {
            let arg: Vec<char> = arg.trim().chars().collect();
            let (name, end) = ident_at(&arg, 0);
            let colon = skip_space(&arg, end);
            let labelled = !name.is_empty()
                && arg.get(colon) == Some(&':')
                && arg.get(colon + 1) != Some(&':');
            if labelled { name } else { "_".into() }
        })
        .collect();
    (labels, i)
}

/// A function HeardCore.swift declares.
#[derive(Debug)]
struct Decl {
    labels: Vec<String>,
    throws: bool,
    is_async: bool,
}

/// What HeardCore.swift declares: HeardApp's methods (`open func`), its
/// static functions (`open`), and the top-level functions.
#[derive(Debug, Default)]
struct CoreApi {
    methods: BTreeMap<String, Decl>,
    statics: BTreeMap<String, Decl>,
    functions: BTreeMap<String, Decl>,
}

/// The functions declared in `code` (comments and strings blanked) from
/// `from` to `to`: `(name, is static, is top-level, decl)`.
fn functions_in(code: &[char], from: usize, to: usize) -> Vec<(String, bool, bool, Decl)> {
    let mut out = Vec::new();
    let mut i = from;
    while i + 4 < to {
        let is_func = code[i..].starts_with(&['f', 'u', 'n', 'c'])
            && (i == 0 || !is_ident(code[i - 1]))
            && code[i + 4].is_whitespace();
        if !is_func {
            i += 1;
            continue;
        }
        let before = line_before(code, i);
        let mut j = skip_space(code, i + 4);
        let backtick = code.get(j) == Some(&'`');
        if backtick {
            j += 1;
        }
        let (name, end) = ident_at(code, j);
        let mut k = end + usize::from(backtick);
        k = skip_space(code, k);
        if name.is_empty() || code.get(k) != Some(&'(') {
            i += 4;
            continue;
        }
        let (labels, after) = labels_at(code, k);
        let brace = code[after..]
            .iter()
            .position(|&c| c == '{')
            .map_or(code.len(), |p| after + p);
        let effects: String = code[after..brace].iter().collect();
        out.push((
            name,
            has_word(&before, "static"),
            before == "public ",
            Decl {
                labels,
                throws: has_word(&effects, "throws"),
                is_async: has_word(&effects, "async"),
            },
        ));
        i = after;
    }
    out
}

/// The char index of `pattern` in `code` at or after `from`.
fn find_chars(code: &[char], pattern: &str, from: usize) -> Option<usize> {
    let pattern: Vec<char> = pattern.chars().collect();
    (from..code.len()).find(|&i| code[i..].starts_with(&pattern))
}

fn core_api(heard_core_swift: &str) -> CoreApi {
    let code: Vec<char> = code_only(heard_core_swift, true).chars().collect();
    let class_start = find_chars(&code, "open class HeardApp:", 0)
        .expect("HeardCore.swift declares `open class HeardApp`");
    let class_end = find_chars(&code, "public struct FfiConverterTypeHeardApp", class_start)
        .expect("HeardCore.swift has FfiConverterTypeHeardApp after HeardApp");
    let mut api = CoreApi::default();
    for (name, is_static, _, decl) in functions_in(&code, class_start, class_end) {
        if is_static {
            api.statics.insert(name, decl);
        } else {
            api.methods.insert(name, decl);
        }
    }
    for (name, _, top_level, decl) in functions_in(&code, 0, code.len()) {
        if top_level && !name.starts_with("FfiConverter") && !name.starts_with("uniffi") {
            api.functions.insert(name, decl);
        }
    }
    api
}

/// A call the Swift makes on the core.
#[derive(Debug)]
struct Call {
    at: String,
    receiver: String,
    name: String,
    labels: Vec<String>,
    /// The line up to the call.
    before: String,
}

/// The calls in `src` on a HeardApp (`app.name(` or, in Kotlin, `app().name(`,
/// whatever precedes `app`), on `HeardApp` itself, and of the top-level
/// functions in `free`.
fn core_calls(file: &str, src: &str, free: &BTreeSet<String>) -> Vec<Call> {
    let code: Vec<char> = code_only(src, true).chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < code.len() {
        if !is_ident(code[i]) || (i > 0 && is_ident(code[i - 1])) {
            i += 1;
            continue;
        }
        let (word, end) = ident_at(&code, i);
        let preceded_by_dot = i > 0 && code[i - 1] == '.';
        let mut call = None;
        if word == "app" || word == "HeardApp" {
            let mut j = end;
            if word == "app" && code[j..].starts_with(&['(', ')']) {
                j += 2;
            }
            j = skip_space(&code, j);
            if code.get(j) == Some(&'.') {
                let k = skip_space(&code, j + 1);
                let (name, name_end) = ident_at(&code, k);
                let paren = skip_space(&code, name_end);
                if !name.is_empty() && code.get(paren) == Some(&'(') {
                    call = Some((word.clone(), name, paren, k));
                }
            }
        } else if free.contains(&word) && !preceded_by_dot {
            let paren = skip_space(&code, end);
            let declaration = line_before(&code, i).trim_end().ends_with("func");
            if code.get(paren) == Some(&'(') && !declaration {
                call = Some((String::new(), word.clone(), paren, i));
            }
        }
        match call {
            Some((receiver, name, paren, name_at)) => {
                let (labels, _) = labels_at(&code, paren);
                out.push(Call {
                    at: format!("{file}:{}", line_of(&code, name_at)),
                    receiver,
                    name,
                    labels,
                    before: line_before(&code, name_at),
                });
                // On inside the arguments: they may hold calls too.
                i = paren + 1;
            }
            None => i = end,
        }
    }
    out
}

/// What is wrong with the Swift's `calls` against `api`.
fn call_problems(calls: &[Call], api: &CoreApi) -> Vec<String> {
    let mut out = Vec::new();
    for call in calls {
        let decl = match call.receiver.as_str() {
            "app" => api.methods.get(&call.name),
            "HeardApp" => api.statics.get(&call.name),
            _ => api.functions.get(&call.name),
        };
        let Some(decl) = decl else {
            out.push(format!(
                "{}: `{}` is not a function HeardCore.swift declares{}",
                call.at,
                call.name,
                if call.receiver == "app" {
                    " on HeardApp"
                } else {
                    ""
                }
            ));
            continue;
        };
        if call.labels != decl.labels {
            out.push(format!(
                "{}: `{}({})` but HeardCore.swift declares `{}({})`",
                call.at,
                call.name,
                call.labels.join(":, ") + if call.labels.is_empty() { "" } else { ":" },
                call.name,
                decl.labels.join(":, ") + if decl.labels.is_empty() { "" } else { ":" },
            ));
        }
        if decl.throws && !has_word(&call.before, "try") {
            out.push(format!(
                "{}: `{}` throws: write `try` before it on the same line",
                call.at, call.name
            ));
        }
        if decl.is_async && !has_word(&call.before, "await") {
            out.push(format!(
                "{}: `{}` is async: write `await` before it on the same line",
                call.at, call.name
            ));
        }
    }
    out
}

/// Files that import HeardCore yet say a bare `View`, which is then
/// ambiguous between HeardCore's enum and SwiftUI's protocol (it must be
/// `SwiftUI.View` or `HeardCore.View` there).
fn bare_view_problems(file: &str, src: &str) -> Vec<String> {
    let code: Vec<char> = code_only(src, true).chars().collect();
    let text: String = code.iter().collect();
    if !text.lines().any(|l| l.trim() == "import HeardCore") {
        return Vec::new();
    }
    let word: Vec<char> = "View".chars().collect();
    (0..code.len())
        .filter(|&i| {
            code[i..].starts_with(&word)
                && (i == 0 || !is_ident(code[i - 1]) && code[i - 1] != '.')
                && code.get(i + word.len()).is_none_or(|&c| !is_ident(c))
        })
        .map(|i| {
            format!(
                "{file}:{}: bare `View` in a file that imports HeardCore: write SwiftUI.View (or HeardCore.View)",
                line_of(&code, i)
            )
        })
        .collect()
}

/// String constants declared in Swift: `let name = "text"` (also `static
/// let`, with `: String`).
fn string_constants(src: &str) -> Vec<(String, String)> {
    let code: Vec<char> = code_only(src, false).chars().collect();
    let mut out = Vec::new();
    for i in 0..code.len() {
        if !code[i..].starts_with(&['l', 'e', 't']) || (i > 0 && is_ident(code[i - 1])) {
            continue;
        }
        if code.get(i + 3).is_none_or(|c| !c.is_whitespace()) {
            continue;
        }
        let (name, end) = ident_at(&code, skip_space(&code, i + 3));
        let mut j = skip_space(&code, end);
        if code.get(j) == Some(&':') {
            let (ty, ty_end) = ident_at(&code, skip_space(&code, j + 1));
            if ty != "String" {
                continue;
            }
            j = skip_space(&code, ty_end);
        }
        if name.is_empty() || code.get(j) != Some(&'=') {
            continue;
        }
        if let Some(text) = literal_at(&code, skip_space(&code, j + 1)) {
            out.push((name, text));
        }
    }
    out
}

/// The plain string literal starting at `i` (no escapes, no interpolation).
fn literal_at(code: &[char], i: usize) -> Option<String> {
    if code.get(i) != Some(&'"') || code.get(i + 1) == Some(&'"') {
        return None;
    }
    let len = code[i + 1..].iter().position(|&c| c == '"' || c == '\n')?;
    let text: String = code[i + 1..i + 1 + len].iter().collect();
    if code[i + 1 + len] != '"' || text.contains('\\') {
        return None;
    }
    Some(text)
}

/// The identifiers the Swift hands to `label` (`forTaskWithIdentifier:`,
/// `BGAppRefreshTaskRequest(identifier:`…): literals, or constants
/// resolved through `constants` (by their last name: `Self.x`, `T.x`, `x`).
fn identifiers_passed(
    sources: &[(String, String)],
    label: &str,
    constants: &BTreeMap<String, BTreeSet<String>>,
    problems: &mut Vec<String>,
) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let label: Vec<char> = label.chars().collect();
    for (file, src) in sources {
        let code: Vec<char> = code_only(src, false).chars().collect();
        for i in 0..code.len() {
            if !code[i..].starts_with(&label) {
                continue;
            }
            let j = skip_space(&code, i + label.len());
            if let Some(text) = literal_at(&code, j) {
                out.insert(text);
                continue;
            }
            let mut end = j;
            while end < code.len() && (is_ident(code[end]) || code[end] == '.') {
                end += 1;
            }
            let expr: String = code[j..end].iter().collect();
            let last = expr.rsplit('.').next().unwrap_or("");
            match constants.get(last).map(|set| set.iter().collect::<Vec<_>>()) {
                Some(values) if values.len() == 1 => {
                    out.insert(values[0].clone());
                }
                Some(_) => problems.push(format!(
                    "{file}:{}: `{expr}` names several string constants; give the task identifier one name",
                    line_of(&code, i)
                )),
                None => problems.push(format!(
                    "{file}:{}: cannot tell which identifier `{expr}` is: use a string literal or a `let` constant",
                    line_of(&code, i)
                )),
            }
        }
    }
    out
}

/// The background task identifiers the Swift registers, and what is wrong:
/// a request or cancel for an identifier it never registers.
fn registered_tasks(sources: &[(String, String)]) -> (BTreeSet<String>, Vec<String>) {
    let mut constants: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (_, src) in sources {
        for (name, text) in string_constants(src) {
            constants.entry(name).or_default().insert(text);
        }
    }
    let mut problems = Vec::new();
    let registered =
        identifiers_passed(sources, "forTaskWithIdentifier:", &constants, &mut problems);
    for label in [
        "BGAppRefreshTaskRequest(identifier:",
        "BGProcessingTaskRequest(identifier:",
        "taskRequestWithIdentifier:",
    ] {
        for id in identifiers_passed(sources, label, &constants, &mut problems) {
            if !registered.contains(&id) {
                problems.push(format!(
                    "`{label}` {id:?}: the Swift never registers a handler for it"
                ));
            }
        }
    }
    (registered, problems)
}

/// App string ids the Swift asks for: `strings["id"]`, `strings.text("id"`,
/// `strings.count("id"` (ids built with `\(…)` are left out).
fn string_ids(src: &str) -> BTreeSet<String> {
    let code: Vec<char> = code_only(src, false).chars().collect();
    let mut out = BTreeSet::new();
    let word: Vec<char> = "strings".chars().collect();
    for i in 0..code.len() {
        if !code[i..].starts_with(&word) || (i > 0 && is_ident(code[i - 1])) {
            continue;
        }
        let j = i + word.len();
        let start = [("[", 1), (".text(", 6), (".count(", 7)]
            .iter()
            .find(|(s, _)| code[j..].starts_with(&s.chars().collect::<Vec<_>>()))
            .map(|(_, len)| j + len);
        if let Some(text) = start.and_then(|k| literal_at(&code, k)) {
            out.insert(text);
        }
    }
    out
}

/// The message ids of a Fluent file (attributes left out).
fn ftl_ids(ftl: &str) -> BTreeSet<String> {
    ftl.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('='))
        .map(|(id, _)| id.trim().to_owned())
        .collect()
}

/// The fallback chains of `locales/languages.toml` (`fallback = ["fa"]`
/// under `[prs]`), by tag; a locale without one is left out.
fn fallbacks(text: &str) -> BTreeMap<String, Vec<String>> {
    #[derive(serde::Deserialize)]
    struct Language {
        #[serde(default)]
        fallback: Vec<String>,
    }
    let languages: BTreeMap<String, Language> =
        toml::from_str(text).unwrap_or_else(|e| panic!("locales/languages.toml: {e}"));
    languages
        .into_iter()
        .filter(|(_, l)| !l.fallback.is_empty())
        .map(|(tag, l)| (tag, l.fallback))
        .collect()
}

/// Ids the Swift asks for that a locale's app.ftl lacks, where its fallback
/// chain does not have them either (`shipped`: each locale's ids, by tag).
fn string_id_problems(
    used: &BTreeMap<String, String>,
    shipped: &BTreeMap<String, BTreeSet<String>>,
    fallbacks: &BTreeMap<String, Vec<String>>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (id, at) in used {
        for (tag, ids) in shipped {
            let chain = fallbacks.get(tag).map(Vec::as_slice).unwrap_or_default();
            let found = ids.contains(id)
                || chain
                    .iter()
                    .any(|f| shipped.get(f).is_some_and(|ids| ids.contains(id)));
            if !found {
                out.push(format!(
                    "{at}: app string {id:?} is not in locales/{tag}/app.ftl"
                ));
            }
        }
    }
    out
}

/// Weaker Keychain or file protection, iCloud Keychain sync, logging, and
/// state kept where the app's protections do not reach.
fn safety_problems(file: &str, src: &str) -> Vec<String> {
    let code: Vec<char> = code_only(src, true).chars().collect();
    let text: String = code.iter().collect();
    let mut out = Vec::new();
    let mut words = BTreeSet::new();
    let mut i = 0;
    while i < code.len() {
        if is_ident(code[i]) && (i == 0 || !is_ident(code[i - 1])) {
            let (word, end) = ident_at(&code, i);
            let preceded_by_dot = i > 0 && code[i - 1] == '.';
            let called = code.get(end) == Some(&'(');
            let line = line_of(&code, i);
            if word.starts_with("kSecAttrAccessible")
                && word != "kSecAttrAccessible"
                && word != "kSecAttrAccessibleWhenUnlockedThisDeviceOnly"
            {
                out.push(format!(
                    "{file}:{line}: {word}: Keychain items must be kSecAttrAccessibleWhenUnlockedThisDeviceOnly"
                ));
            }
            let weaker_files = [
                "completeUntilFirstUserAuthentication",
                "completeUnlessOpen",
                "noFileProtection",
                "NSFileProtectionNone",
                "completeFileProtectionUntilFirstUserAuthentication",
                "completeFileProtectionUnlessOpen",
            ];
            if weaker_files.contains(&word.as_str()) {
                out.push(format!(
                    "{file}:{line}: {word}: the app's files must be FileProtectionType.complete"
                ));
            }
            if word == "kSecAttrSynchronizableAny" {
                out.push(format!(
                    "{file}:{line}: {word}: Keychain items must never sync to iCloud"
                ));
            }
            let logging = ["print", "debugPrint", "dump", "NSLog", "os_log", "Logger"];
            if logging.contains(&word.as_str()) && called && !preceded_by_dot {
                out.push(format!(
                    "{file}:{line}: {word}(…): the app logs nothing (answers, codes and PINs pass through here)"
                ));
            }
            let elsewhere = [
                "UserDefaults",
                "AppStorage",
                "SceneStorage",
                "NSUbiquitousKeyValueStore",
            ];
            if elsewhere.contains(&word.as_str()) {
                out.push(format!(
                    "{file}:{line}: {word}: keeps state outside the protected, unbacked-up data directory"
                ));
            }
            words.insert(word);
            i = end;
        } else {
            i += 1;
        }
    }
    let compact: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if compact.contains("kSecAttrSynchronizable as String: true") {
        out.push(format!(
            "{file}: kSecAttrSynchronizable true: Keychain items must never sync to iCloud"
        ));
    }
    out
}

// ----- the checks on the real files ----------------------------------------

fn info_plist() -> Dictionary {
    read_plist(&app_dir().join("Info.plist"))
}

fn named_swift() -> Vec<(String, String)> {
    swift_sources()
        .into_iter()
        .map(|(path, text)| (shown(&path), text))
        .collect()
}

#[test]
fn app_transport_security_is_at_its_defaults() {
    fail_on(
        &transport_problems(&info_plist()),
        "Info.plist weakens App Transport Security",
    );
}

#[test]
fn only_the_camera_is_asked_for() {
    fail_on(
        &usage_problems(&info_plist()),
        "Info.plist usage descriptions",
    );
}

#[test]
fn files_are_protected_completely_and_nothing_else_is_entitled() {
    let entitlements = read_plist(&app_dir().join("HeardApp.entitlements"));
    fail_on(
        &entitlement_problems(&entitlements),
        "HeardApp.entitlements",
    );
}

#[test]
fn background_tasks_match_what_the_swift_registers() {
    let (registered, mut problems) = registered_tasks(&named_swift());
    assert!(
        !registered.is_empty(),
        "the Swift registers no background task (BGTaskScheduler.register(forTaskWithIdentifier:))"
    );
    problems.extend(background_problems(&info_plist(), &registered));
    fail_on(&problems, "background tasks");
}

#[test]
fn the_apps_files_stay_inside_it() {
    fail_on(
        &exposure_problems(&info_plist()),
        "Info.plist shares the app's files",
    );
}

#[test]
fn xcode_uses_the_checked_plist_and_entitlements() {
    fail_on(
        &project_problems(&read(&app_dir().join("project.yml"))),
        "project.yml",
    );
}

fn the_core_api() -> CoreApi {
    let api = core_api(&read(
        &repo().join("ios/HeardCore/Sources/HeardCore/HeardCore.swift"),
    ));
    assert!(
        api.methods.len() >= 30
            && api.statics.contains_key("open")
            && api.functions.contains_key("appText"),
        "HeardCore.swift was not read as expected: {} methods, statics {:?}, functions {:?}",
        api.methods.len(),
        api.statics.keys().collect::<Vec<_>>(),
        api.functions.keys().collect::<Vec<_>>()
    );
    api
}

#[test]
fn the_swift_calls_only_what_the_bindings_declare() {
    let api = the_core_api();
    let free: BTreeSet<String> = api.functions.keys().cloned().collect();
    let calls: Vec<Call> = named_swift()
        .iter()
        .flat_map(|(file, src)| core_calls(file, src, &free))
        .collect();
    let names: BTreeSet<&str> = calls.iter().map(|c| c.name.as_str()).collect();
    assert!(
        names.len() >= 25,
        "found calls to only {} core functions in the Swift ({names:?}): the reader missed some",
        names.len()
    );
    fail_on(
        &call_problems(&calls, &api),
        "the Swift's calls on HeardCore",
    );
}

#[test]
fn the_swift_makes_every_call_the_compose_screens_make() {
    let api = the_core_api();
    let free: BTreeSet<String> = api.functions.keys().cloned().collect();
    let swift: BTreeSet<String> = named_swift()
        .iter()
        .flat_map(|(file, src)| core_calls(file, src, &free))
        .map(|c| c.name)
        .collect();
    let kotlin_files = sources(
        &repo().join("android/screens/src/main/kotlin/org/heard/screens"),
        ".kt",
    );
    let kotlin: BTreeSet<String> = kotlin_files
        .iter()
        .flat_map(|(path, src)| core_calls(&shown(path), src, &free))
        .map(|c| c.name)
        .filter(|name| !KOTLIN_ONLY_CALLS.contains(&name.as_str()))
        .collect();
    assert!(
        kotlin.len() >= 20,
        "read only {kotlin:?} from the Compose screens"
    );
    let missing: Vec<String> = kotlin
        .difference(&swift)
        .map(|name| format!("`{name}`: the Compose screens call it, the iOS app does not (mirror the flow in ios/HeardApp)"))
        .collect();
    fail_on(&missing, "the iOS app does not mirror the Compose screens");
}

#[test]
fn every_app_string_the_swift_asks_for_is_shipped() {
    let mut used = BTreeMap::new();
    for (file, src) in named_swift() {
        for id in string_ids(&src) {
            used.entry(id).or_insert_with(|| file.clone());
        }
    }
    assert!(
        used.len() >= 80,
        "found only {} string ids in the Swift",
        used.len()
    );
    let mut shipped = BTreeMap::new();
    let entries = std::fs::read_dir(repo().join("locales")).expect("locales/ is listed");
    for entry in entries {
        let dir = entry.expect("directory entry").path();
        let ftl = dir.join("app.ftl");
        if ftl.is_file() {
            let tag = dir
                .file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            shipped.insert(tag, ftl_ids(&read(&ftl)));
        }
    }
    let en = shipped.get("en").map_or(0, BTreeSet::len);
    assert!(en >= 100, "read only {en} ids from locales/en/app.ftl");
    assert!(
        shipped.len() >= 10,
        "found only {} locales with an app.ftl",
        shipped.len()
    );
    let fallbacks = fallbacks(&read(&repo().join("locales/languages.toml")));
    assert_eq!(
        fallbacks.get("prs").map(Vec::as_slice),
        Some(&["fa".to_owned()][..]),
        "Dari's fallback chain, read from languages.toml"
    );
    fail_on(
        &string_id_problems(&used, &shipped, &fallbacks),
        "app strings",
    );
}

#[test]
fn no_bare_view_where_heardcore_is_imported() {
    let problems: Vec<String> = named_swift()
        .iter()
        .flat_map(|(file, src)| bare_view_problems(file, src))
        .collect();
    fail_on(&problems, "ambiguous `View`");
}

#[test]
fn keychain_and_files_get_the_strongest_protection_and_nothing_is_logged() {
    let sources = named_swift();
    let problems: Vec<String> = sources
        .iter()
        .flat_map(|(file, src)| safety_problems(file, src))
        .collect();
    fail_on(&problems, "protection in the Swift");
    let all: String = sources
        .iter()
        .map(|(_, src)| code_only(src, true))
        .collect::<Vec<_>>()
        .join("\n");
    for needed in [
        "kSecAttrAccessibleWhenUnlockedThisDeviceOnly",
        "FileProtectionType.complete",
        "isExcludedFromBackup = true",
        "kSecAttrSynchronizable as String: false",
        "isProtectedDataAvailable",
    ] {
        assert!(all.contains(needed), "the Swift never says {needed}");
    }
}

// ----- the checkers on bad inputs -------------------------------------------

fn plist_of(body: &str) -> Dictionary {
    parse_plist(&format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>{body}</dict></plist>"#
    ))
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn transport_checker_finds_every_weakening() {
    assert!(transport_problems(&plist_of("")).is_empty());
    let arbitrary = plist_of(
        "<key>NSAppTransportSecurity</key><dict><key>NSAllowsArbitraryLoads</key><true/></dict>",
    );
    assert_eq!(transport_problems(&arbitrary).len(), 1);
    // Even false: the key has no business there.
    let web = plist_of(
        "<key>NSAppTransportSecurity</key><dict><key>NSAllowsArbitraryLoadsInWebContent</key><false/></dict>",
    );
    assert_eq!(transport_problems(&web).len(), 1);
    let exception = plist_of(
        "<key>NSAppTransportSecurity</key><dict><key>NSExceptionDomains</key><dict>\
         <key>example.org</key><dict>\
         <key>NSExceptionAllowsInsecureHTTPLoads</key><true/>\
         <key>NSExceptionMinimumTLSVersion</key><string>TLSv1.0</string>\
         <key>NSExceptionRequiresForwardSecrecy</key><false/>\
         </dict></dict></dict>",
    );
    let problems = transport_problems(&exception);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(
        problems[0].contains("NSExceptionDomains.example.org."),
        "{problems:?}"
    );
    let harmless = plist_of(
        "<key>NSAppTransportSecurity</key><dict><key>NSExceptionDomains</key><dict>\
         <key>example.org</key><dict><key>NSExceptionAllowsInsecureHTTPLoads</key><false/></dict>\
         </dict></dict>",
    );
    assert!(transport_problems(&harmless).is_empty());
}

#[test]
fn usage_checker_allows_only_a_described_camera() {
    let camera =
        "<key>NSCameraUsageDescription</key><string>To read the enrollment QR code only.</string>";
    assert!(usage_problems(&plist_of(camera)).is_empty());
    let location = format!(
        "{camera}<key>NSLocationWhenInUseUsageDescription</key><string>Where you are.</string>"
    );
    let problems = usage_problems(&plist_of(&location));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("NSLocationWhenInUseUsageDescription"));
    assert_eq!(
        usage_problems(&plist_of(
            "<key>NFCReaderUsageDescription</key><string>NFC tags for something.</string>"
        ))
        .len(),
        1
    );
    assert_eq!(
        usage_problems(&plist_of(
            "<key>NSCameraUsageDescription</key><string></string>"
        ))
        .len(),
        1
    );
}

#[test]
fn entitlement_checker_wants_complete_protection_and_nothing_more() {
    let complete = format!("<key>{DATA_PROTECTION}</key><string>{COMPLETE}</string>");
    assert!(entitlement_problems(&plist_of(&complete)).is_empty());
    assert_eq!(entitlement_problems(&plist_of("")).len(), 1);
    let weaker = format!(
        "<key>{DATA_PROTECTION}</key><string>NSFileProtectionCompleteUntilFirstUserAuthentication</string>"
    );
    assert_eq!(entitlement_problems(&plist_of(&weaker)).len(), 1);
    let groups = format!(
        "{complete}<key>com.apple.security.application-groups</key><array><string>group.x</string></array>"
    );
    let problems = entitlement_problems(&plist_of(&groups));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("com.apple.security.application-groups"));
}

#[test]
fn background_checker_matches_identifiers_and_modes() {
    let good = "<key>UIBackgroundModes</key><array><string>fetch</string></array>\
                <key>BGTaskSchedulerPermittedIdentifiers</key><array><string>org.heard.app.sync</string></array>";
    assert!(background_problems(&plist_of(good), &set(&["org.heard.app.sync"])).is_empty());
    // The Swift registers another identifier: both directions are told.
    assert_eq!(
        background_problems(&plist_of(good), &set(&["org.heard.app.other"])).len(),
        2
    );
    let no_fetch = "<key>BGTaskSchedulerPermittedIdentifiers</key><array><string>org.heard.app.sync</string></array>";
    assert_eq!(
        background_problems(&plist_of(no_fetch), &set(&["org.heard.app.sync"])).len(),
        1
    );
    let more = "<key>UIBackgroundModes</key><array><string>fetch</string><string>location</string>\
                <string>audio</string></array>";
    assert_eq!(background_problems(&plist_of(more), &set(&[])).len(), 2);
}

#[test]
fn exposure_and_project_checkers_find_shared_files_and_hidden_keys() {
    assert_eq!(
        exposure_problems(&plist_of("<key>UIFileSharingEnabled</key><true/>")).len(),
        1
    );
    assert!(exposure_problems(&plist_of("<key>UIFileSharingEnabled</key><false/>")).is_empty());
    let yml = "settings:\n  INFOPLIST_FILE: Info.plist\n  GENERATE_INFOPLIST_FILE: NO\n  CODE_SIGN_ENTITLEMENTS: HeardApp.entitlements\n";
    assert!(project_problems(yml).is_empty());
    let hidden = format!("{yml}  INFOPLIST_KEY_NSLocationWhenInUseUsageDescription: here\n");
    assert_eq!(project_problems(&hidden).len(), 1);
    assert_eq!(
        project_problems("settings:\n  INFOPLIST_FILE: Info.plist\n").len(),
        2
    );
}

#[test]
fn the_swift_reader_sees_code_not_comments_or_strings() {
    let src = "let a = \"app.fake(\" // app.fake(\n/* app.fake( /* nested */ app.fake( */\nlet b = \"\\(app.render())\"";
    let code = code_only(src, true);
    assert!(!code.contains("fake"), "{code}");
    assert!(code.contains("app.render()"), "{code}");
    assert_eq!(code.lines().count(), src.lines().count());
    let kept = code_only(src, false);
    assert!(kept.contains("\"app.fake(\""), "{kept}");
}

#[test]
fn the_call_checker_finds_unknown_names_wrong_labels_and_missing_try() {
    let core = "open class HeardApp: HeardAppProtocol {\n\
                public static func `open`(dataDir: String, secrets: SecretStore, options: AppOptions)throws  -> HeardApp  {\n}\n\
                open func start(questionnaireId: String, preferred: [String])throws  -> String  {\n}\n\
                open func sync(progress: SyncProgress?)async throws  -> SyncSummary  {\n}\n\
                open func dataDir() -> String  {\n}\n\
                }\npublic struct FfiConverterTypeHeardApp {}\n\
                public func appText(preferred: [String], id: String, args: [String: TextArg])throws  -> LocalizedText  {\n}\n";
    let api = core_api(core);
    assert_eq!(api.methods.len(), 3, "{api:?}");
    assert!(api.methods["sync"].is_async && api.methods["sync"].throws);
    assert!(!api.methods["dataDir"].throws);
    assert_eq!(
        api.statics["open"].labels,
        ["dataDir", "secrets", "options"]
    );
    let free = set(&["appText"]);
    let swift = "let id = try app.start(questionnaireId: q.id, preferred: [locale, f(x: 1)])\n\
                 let s = try await root.app.sync(progress: relay)\n\
                 let d = app.dataDir()\n\
                 let h = try HeardApp.open(dataDir: p, secrets: s, options: AppOptions(wrapSecretsWithPin: false))\n\
                 let t = try appText(preferred: p, id: \"x\", args: [:])\n\
                 func appText(x: Int) {}\n";
    let calls = core_calls("ok.swift", swift, &free);
    assert_eq!(calls.len(), 5, "{calls:?}");
    assert!(
        call_problems(&calls, &api).is_empty(),
        "{:?}",
        call_problems(&calls, &api)
    );
    let bad = "let id = app.start(questionnaireId: q.id, preferred: [])\n\
               let s = try app.sync(progress: relay)\n\
               app.begin()\n\
               let t = try appText(preferred: p, id: \"x\")\n\
               let u = try app.start(id: q.id, preferred: [])\n";
    let problems = call_problems(&core_calls("bad.swift", bad, &free), &api);
    assert_eq!(problems.len(), 5, "{problems:?}");
    assert!(problems[0].starts_with("bad.swift:1:") && problems[0].contains("try"));
    assert!(problems[1].starts_with("bad.swift:2:") && problems[1].contains("await"));
    assert!(problems[2].contains("`begin` is not a function"));
    assert!(
        problems[3].contains("appText(preferred:, id:)"),
        "{problems:?}"
    );
    assert!(
        problems[4].contains("start(id:, preferred:)"),
        "{problems:?}"
    );
    // Kotlin's `app().sync(progress)` counts as a call of `sync`.
    let kotlin = core_calls("Sync.kt", "return try { app().sync(progress) }", &free);
    assert_eq!(kotlin.len(), 1);
    assert_eq!(kotlin[0].name, "sync");
}

#[test]
fn bare_view_checker_wants_a_module_name() {
    let good = "import SwiftUI\nimport HeardCore\nstruct A: SwiftUI.View {\n  var body: some SwiftUI.View { AnyView(EmptyView()) }\n  let v: HeardCore.View\n}\n";
    assert!(bare_view_problems("a.swift", good).is_empty());
    let bad = "import SwiftUI\nimport HeardCore\n// a View in a comment is fine\nstruct B: View {\n  var body: some View { Text(\"View\") }\n}\n";
    let problems = bare_view_problems("b.swift", bad);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].starts_with("b.swift:4:"));
    // Without HeardCore, View is SwiftUI's alone.
    assert!(bare_view_problems("c.swift", "import SwiftUI\nstruct C: View {}\n").is_empty());
}

#[test]
fn task_identifiers_are_resolved_through_constants() {
    let swift = vec![(
        "BackgroundSync.swift".to_owned(),
        "enum B {\n  static let refreshTaskIdentifier = \"org.heard.app.sync\"\n\
         func r() { BGTaskScheduler.shared.register(forTaskWithIdentifier: refreshTaskIdentifier, using: nil) { _ in } }\n\
         func s() { _ = BGAppRefreshTaskRequest(identifier: Self.refreshTaskIdentifier) }\n\
         func t() { _ = BGAppRefreshTaskRequest(identifier: \"org.heard.app.other\") }\n}\n"
            .to_owned(),
    )];
    let (registered, problems) = registered_tasks(&swift);
    assert_eq!(registered, set(&["org.heard.app.sync"]));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("org.heard.app.other"));
}

#[test]
fn string_id_checker_wants_every_id_in_every_locale_or_its_fallback() {
    let swift = "Text(strings[\"nav-next\"]) + root.strings.text(\"lock-wrong\", [:]) + strings.count(\"home-outbox\", 1) + strings[\"made-up\"] + strings.text(\"sync-outcome-\\(x)\")\n";
    let ids = string_ids(swift);
    assert_eq!(
        ids,
        set(&["home-outbox", "lock-wrong", "made-up", "nav-next"])
    );
    let en = ftl_ids(
        "nav-next = Next\nlock-wrong = { $count ->\n    [one] x\n   *[other] y\n}\n# c\nhome-outbox = Outbox\n    .attr = z\n",
    );
    assert_eq!(en, set(&["home-outbox", "lock-wrong", "nav-next"]));
    let used: BTreeMap<String, String> = ids
        .into_iter()
        .map(|id| (id, "a.swift".to_owned()))
        .collect();
    let fallbacks = fallbacks(
        "# c\n[en]\nname = \"English\"\n\n[fa]\ndigits = \"arabext\"\n\n[prs]\nname = \"x\"\nfallback = [\"fa\"]\n",
    );
    assert_eq!(
        fallbacks,
        BTreeMap::from([("prs".to_owned(), vec!["fa".to_owned()])])
    );
    let shipped = BTreeMap::from([
        ("en".to_owned(), en.clone()),
        // Persian lacks one id; Dari has only one of its own and falls back.
        ("fa".to_owned(), set(&["home-outbox", "nav-next"])),
        ("prs".to_owned(), set(&["lock-wrong"])),
    ]);
    let problems = string_id_problems(&used, &shipped, &fallbacks);
    // "made-up" is in no locale; "lock-wrong" is missing from fa only (Dari has its own).
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("\"lock-wrong\"") && p.contains("locales/fa/"))
    );
    assert_eq!(
        problems
            .iter()
            .filter(|p| p.contains("\"made-up\""))
            .count(),
        3
    );
    // Without its fallback, Dari misses the two ids it leaves to Persian too.
    let alone = string_id_problems(&used, &shipped, &BTreeMap::new());
    assert_eq!(alone.len(), 6, "{alone:?}");
}

#[test]
fn safety_checker_finds_weaker_protection_and_logging() {
    let good = "q[kSecAttrAccessible as String] = kSecAttrAccessibleWhenUnlockedThisDeviceOnly\n\
                let p = FileProtectionType.complete\nq[kSecAttrSynchronizable as String] = false\n\
                // print(\"a comment\") is fine\nlet s = \"print(x)\"\n";
    assert!(
        safety_problems("a.swift", good).is_empty(),
        "{:?}",
        safety_problems("a.swift", good)
    );
    let bad = "q[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlock\n\
               let p = FileProtectionType.completeUntilFirstUserAuthentication\n\
               let d: [String: Any] = [kSecAttrSynchronizable as String: true]\n\
               print(answer)\nUserDefaults.standard.set(1, forKey: \"k\")\n";
    let problems = safety_problems("b.swift", bad);
    assert_eq!(problems.len(), 5, "{problems:?}");
}
