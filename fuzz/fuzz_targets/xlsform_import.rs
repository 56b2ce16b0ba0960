//! The XLSForm import, whole: read, convert, plan, write a questionnaire
//! folder and load it with Heard's loader. The first byte picks the file
//! type (even: pyxform's one-file CSV layout; odd: `.xlsx`), the rest is
//! the file. An import must end in a questionnaire or a report, never a
//! panic.
//!
//! The importer reads spreadsheets through calamine inside
//! `catch_unwind`, turning a panic of that third-party reader into "the
//! file is damaged". libFuzzer's panic hook would abort before that
//! catch, so for `.xlsx` input a hook is installed that lets panics
//! raised in registry crates (calamine and the zip and XML readers under
//! it) unwind to the importer's catch, printing each such location once;
//! every other panic still aborts as a crash.
#![no_main]

use heard_xlsform::{ImportOptions, import};
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeSet;
use std::sync::{Mutex, Once};

fn tolerate_reader_panics() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let fuzzer_hook = std::panic::take_hook();
        let seen = Mutex::new(BTreeSet::new());
        std::panic::set_hook(Box::new(move |info| {
            let at = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()))
                .unwrap_or_default();
            if at.contains("/.cargo/registry/") {
                if seen
                    .lock()
                    .map(|mut s| s.insert(at.clone()))
                    .unwrap_or(false)
                {
                    eprintln!("tolerated (caught by the importer) panic in a dependency: {info}");
                }
                return;
            }
            fuzzer_hook(info);
        }));
    });
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, file)) = data.split_first() else {
        return;
    };
    let ext = if which % 2 == 0 { "csv" } else { "xlsx" };
    if ext == "xlsx" {
        tolerate_reader_panics();
    }
    let dir = tempfile::tempdir().expect("dir");
    let form = dir.path().join(format!("form.{ext}"));
    std::fs::write(&form, file).expect("write");
    let options = ImportOptions {
        allow_partial: which & 2 != 0,
        ..ImportOptions::default()
    };
    let _ = import(&form, &dir.path().join("out"), &options);
});
