//! Recorded prompts through the render API, from a folder and from a bundle
//! in memory, on tests/fixtures/audio-prompts (machine speech made by
//! tests/fixtures/make-audio.sh with espeak-ng, opusenc and oggenc), and
//! the checks that keep anything else out of a bundle.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use heard_engine::{Answer, Audio, Questionnaire, Response, bundle, coverage};
use heard_protocol::audio::{MAX_AUDIO_BUNDLE, MAX_AUDIO_FILE};
use std::path::Path;
use std::sync::Arc;

const FIXTURE: &str = "tests/fixtures/audio-prompts";

fn on_disk(id: &str) -> Vec<u8> {
    std::fs::read(Path::new(FIXTURE).join(id)).expect("fixture recording")
}

fn audio_of(a: &Option<Audio>) -> (&str, &str, bool) {
    let a = a.as_ref().expect("a recording");
    (a.locale.as_str(), a.media_type.as_str(), a.fallback)
}

/// The views a Dari reader gets: prs has one recording of its own, falls
/// back to Persian for another and to English for the hint.
fn check_dari_screens(q: Arc<Questionnaire>) {
    let mut r = Response::new(Arc::clone(&q), &["prs"]);
    let screen = r.screen().expect("first screen");
    let visits = &screen.items[0];
    assert_eq!(visits.label.locale, "fa", "the text falls back to Persian");
    assert_eq!(
        audio_of(&visits.label_audio),
        ("fa", "audio/ogg; codecs=opus", true)
    );
    assert_eq!(audio_of(&visits.hint_audio), ("en", "audio/ogg", true));
    let label = visits.label_audio.as_ref().expect("label audio");
    assert_eq!(
        (label.id.as_str(), label.message.as_str()),
        ("locales/fa/audio/visits.opus", "visits")
    );
    let bytes = q.audio(&label.id).expect("bytes by id");
    assert_eq!(bytes, on_disk(&label.id).as_slice());
    assert_eq!(label.size, bytes.len());
    assert!(bytes.starts_with(b"OggS"));
    let hint = visits.hint_audio.as_ref().expect("hint audio");
    assert_eq!(hint.message, "visits.hint");
    assert_eq!(
        q.audio(&hint.id).expect("hint bytes"),
        on_disk("locales/en/audio/visits.hint.ogg").as_slice()
    );
    assert_eq!(q.audio("locales/prs/audio/visits.opus"), None);
    assert_eq!(q.audio("../../etc/passwd"), None);

    r.answer("visits", Answer::Integer(2)).expect("answer");
    r.next_screen().expect("next");
    let screen = r.screen().expect("second screen");
    let feeling = &screen.items[0];
    assert_eq!(feeling.label.locale, "prs");
    assert_eq!(feeling.label_audio, None, "nobody recorded this question");
    let good = &feeling.choices[0];
    assert_eq!(good.code, "good");
    assert_eq!(
        audio_of(&good.audio),
        ("prs", "audio/ogg; codecs=opus", false),
        "Dari's own recording, not a fallback"
    );
    assert_eq!(feeling.choices[1].audio, None);
    let review = r.review();
    assert_eq!(
        audio_of(&review[0].label_audio),
        ("fa", "audio/ogg; codecs=opus", true)
    );

    // In English everything recorded is the display locale's own.
    let r = Response::new(q, &["en"]);
    let visits = &r.screen().expect("screen").items[0];
    assert_eq!(
        audio_of(&visits.label_audio),
        ("en", "audio/ogg; codecs=opus", false)
    );
    assert_eq!(audio_of(&visits.hint_audio), ("en", "audio/ogg", false));
}

#[test]
fn audio_follows_the_text_fallback_chain_and_says_when_it_falls_back() {
    let q = Questionnaire::load(FIXTURE).expect("fixture loads");
    assert_eq!(q.audio_ids().count(), 5);
    check_dari_screens(Arc::new(q));
}

#[test]
fn a_bundle_carries_the_recordings_and_renders_them_from_memory() {
    let packed = bundle::pack(Path::new(FIXTURE)).expect("packs");
    assert_eq!(packed.audio.len(), 5);
    assert!(
        packed.files.keys().all(|k| !k.contains("/audio/")),
        "recordings travel as bytes, not as text files"
    );
    let opus = STANDARD
        .decode(&packed.audio["locales/fa/audio/visits.opus"])
        .expect("base64");
    assert_eq!(opus, on_disk("locales/fa/audio/visits.opus"));
    // Through the JSON a device receives.
    let json = serde_json::to_string(&packed).expect("json");
    let received: heard_protocol::signing::Bundle = serde_json::from_str(&json).expect("parses");
    let q = bundle::open(&received).expect("opens from memory");
    check_dari_screens(Arc::new(q));
    // Unpacked to a folder it loads with the same recordings.
    let root = tempfile::tempdir().expect("dir");
    let dir = bundle::unpack(&received, root.path()).expect("unpacks");
    assert_eq!(
        std::fs::read(dir.join("locales/en/audio/visits.hint.ogg")).expect("written"),
        on_disk("locales/en/audio/visits.hint.ogg")
    );
    check_dari_screens(Arc::new(Questionnaire::load(&dir).expect("loads")));
}

/// A real recording padded to `len` bytes: its first bytes still say Opus.
fn opus_of_len(len: usize) -> String {
    let mut bytes = on_disk("locales/en/audio/visits.opus");
    bytes.resize(len, 0);
    STANDARD.encode(bytes)
}

#[test]
fn bundles_with_wrong_types_or_too_much_audio_are_refused_naming_the_file() {
    let packed = bundle::pack(Path::new(FIXTURE)).expect("packs");
    let root = tempfile::tempdir().expect("dir");
    let refused = |b: &heard_protocol::signing::Bundle| {
        let opened = bundle::open(b).expect_err("open refuses").to_string();
        let unpacked = bundle::unpack(b, root.path())
            .expect_err("unpack refuses")
            .to_string();
        assert_eq!(opened, unpacked, "both ends say the same");
        assert!(
            !root.path().join("audio-prompts").exists(),
            "nothing is written"
        );
        opened
    };

    // A text file under an audio name.
    let mut wrong = packed.clone();
    wrong.audio.insert(
        "locales/en/audio/visits.opus".into(),
        STANDARD.encode(b"#!/bin/sh\necho not audio\n"),
    );
    assert_eq!(
        refused(&wrong),
        "questionnaire bundle refused: audio-prompts v1/locales/en/audio/visits.opus: the content is not opus audio (its first bytes match none of the accepted formats)"
    );
    // Ogg Vorbis is Ogg, but not Opus.
    let mut vorbis = packed.clone();
    vorbis.audio.insert(
        "locales/en/audio/visits.opus".into(),
        packed.audio["locales/en/audio/visits.hint.ogg"].clone(),
    );
    assert!(
        refused(&vorbis).ends_with(
            "locales/en/audio/visits.opus: the content is not opus audio (it looks like .ogg: rename it or convert it)"
        )
    );
    // A WAV file, and a recording outside an audio folder.
    for path in ["locales/en/audio/visits.wav", "locales/en/visits.opus"] {
        let mut odd = packed.clone();
        odd.audio.insert(path.into(), opus_of_len(100));
        assert!(
            refused(&odd).contains(&format!(
                "audio-prompts v1/{path}: not an audio prompt Heard accepts"
            )),
            "{path}"
        );
    }
    // Audio smuggled in as a text file.
    let mut smuggled = packed.clone();
    smuggled
        .files
        .insert("locales/en/audio/visits.opus".into(), "OggS".into());
    assert!(refused(&smuggled).contains("a file Heard does not accept"));

    // One recording over 1 MiB.
    let mut big = packed.clone();
    big.audio.insert(
        "locales/en/audio/visits.opus".into(),
        opus_of_len(MAX_AUDIO_FILE + 1),
    );
    assert_eq!(
        refused(&big),
        format!(
            "questionnaire bundle refused: audio-prompts v1/locales/en/audio/visits.opus: {} bytes of audio, more than the {MAX_AUDIO_FILE} allowed for one recording",
            MAX_AUDIO_FILE + 1
        )
    );
    // 1 MiB recordings until the bundle is over 32 MiB: the one that goes
    // over is named.
    let mut full = packed.clone();
    full.audio.clear();
    let one = opus_of_len(MAX_AUDIO_FILE);
    let n = MAX_AUDIO_BUNDLE / MAX_AUDIO_FILE;
    for i in 0..=n {
        full.audio
            .insert(format!("locales/en/audio/m{i:02}.opus"), one.clone());
    }
    let shown = refused(&full);
    assert!(
        shown.starts_with(&format!(
            "questionnaire bundle refused: audio-prompts v1/locales/en/audio/m{n:02}.opus: with this file the audio adds up to {} bytes, more than the {MAX_AUDIO_BUNDLE} allowed",
            MAX_AUDIO_BUNDLE + MAX_AUDIO_FILE
        )),
        "{shown}"
    );
}

#[test]
fn packing_a_folder_with_a_mislabelled_recording_fails_naming_it() {
    let dir = tempfile::tempdir().expect("dir");
    let copy = dir.path().join("audio-prompts");
    for entry in walk(Path::new(FIXTURE)) {
        let to = copy.join(entry.strip_prefix(FIXTURE).expect("inside"));
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(&entry, &to).expect("copy");
    }
    // The Vorbis hint renamed .mp3.
    std::fs::rename(
        copy.join("locales/en/audio/visits.hint.ogg"),
        copy.join("locales/en/audio/visits.hint.mp3"),
    )
    .expect("rename");
    let shown = bundle::pack(&copy).expect_err("refused").to_string();
    assert_eq!(
        shown,
        format!(
            "{}: the content is not mp3 audio (it looks like .ogg: rename it or convert it)",
            copy.join("locales/en/audio/visits.hint.mp3").display()
        )
    );
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read_dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn coverage_counts_recordings_per_locale_and_their_fallbacks() {
    let q = Questionnaire::load(FIXTURE).expect("loads");
    let cov = coverage(&q);
    let audio = |tag: &str| {
        cov.iter()
            .find(|c| c.locale == tag)
            .map(|c| c.audio.clone())
            .expect("locale")
    };
    let en = audio("en");
    // Title, two labels, one hint, two options.
    assert_eq!((en.expected, en.present, en.missing.len()), (6, 3, 3));
    let prs = audio("prs");
    assert_eq!(prs.present, 1);
    assert_eq!(prs.fallback, [("visits".to_string(), "fa".to_string())]);
    assert_eq!(prs.default, ["visits.hint"]);
    assert_eq!(
        prs.missing,
        ["choice-feeling-bad", "feeling", "questionnaire-title"]
    );
    let fa = audio("fa");
    assert_eq!(fa.present, 1);
    assert!(fa.fallback.is_empty());
    assert_eq!(fa.default, ["choice-feeling-good", "visits.hint"]);
}
