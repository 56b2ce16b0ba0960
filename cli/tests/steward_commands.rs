//! Seeing what is going on: `heard status`, `heard enroll list|show|cancel`
//! with the copies kept in the organization folder, the printable
//! enrollment sheet, the terminal QR code's width, and the days in
//! `heard devices list`; all against a real server on 127.0.0.1.

mod support;

use heard_device::{MemorySecretStore, Store, StoreConfig};
use predicates::prelude::*;
use std::path::Path;
use std::sync::Mutex;
use support::{Setup, response};

/// Standard output of a command that must succeed.
fn stdout_of(cmd: &mut assert_cmd::Command) -> String {
    let output = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(output).expect("utf-8")
}

/// Every line fits an 80-column terminal.
fn fits_80(text: &str) {
    for line in text.lines() {
        let width = line.chars().count();
        assert!(width <= 80, "{width} columns: {line:?}\n{text}");
    }
}

#[cfg(unix)]
fn owner_only(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode();
    assert_eq!(
        mode & 0o777,
        0o600,
        "{} is the owner's only",
        path.display()
    );
}

#[cfg(not(unix))]
fn owner_only(_: &Path) {}

/// `text` with every run of spaces and line breaks made one space, to find
/// a sentence however it was wrapped.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of an SVG's text elements, in order, one space apart.
fn svg_text(svg: &str) -> String {
    let words: Vec<&str> = svg
        .split("<text")
        .skip(1)
        .filter_map(|t| {
            t.split_once('>')
                .and_then(|(_, rest)| rest.split_once("</text>"))
        })
        .map(|(content, _)| content)
        .collect();
    flat(&words.join(" "))
}

/// The handle of the code in an `enroll-GROUP.txt`.
fn handle_of(payload: &str) -> String {
    let code = heard_protocol::signing::QrPayload::decode(payload).expect("a payload");
    heard_protocol::code_handle(&code.code)
}

/// The UTC days a check made now may see (the test may cross midnight).
fn today() -> [String; 2] {
    let now = chrono::Utc::now();
    [
        now.format("%Y-%m-%d").to_string(),
        (now + chrono::Duration::minutes(5))
            .format("%Y-%m-%d")
            .to_string(),
    ]
}

/// The line of `text` that starts with `first` (after spaces), split in words.
fn row<'a>(text: &'a str, first: &str) -> Vec<&'a str> {
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .find(|w| w.first() == Some(&first))
        .unwrap_or_else(|| panic!("no row {first:?} in\n{text}"))
}

#[test]
fn status_counts_envelopes_devices_codes_and_what_is_published_and_the_last_pull() {
    let s = Setup::organization();
    // A fresh server: nothing waiting, nothing enrolled.
    let fresh = stdout_of(&mut s.heard_admin(&["status"]));
    assert!(fresh.contains(&format!("Server {}", s.url)), "{fresh}");
    assert!(fresh.contains("0 waiting"), "{fresh}");
    assert!(fresh.contains("Devices: 0 active, 0 revoked"), "{fresh}");
    assert_eq!(
        row(&fresh, "post-encounter"),
        ["post-encounter", "version", "1"]
    );

    let north = s.device("north");
    north.submit(&response("en", "4", None));
    north.submit(&response("fr", "2", None));
    north.sync(&s);
    let other = s.device("north");
    let _ = other;
    s.device("south");
    // One revoked device, and an active code for a group without devices yet.
    let listed = stdout_of(&mut s.heard_admin(&["devices", "list"]));
    let south_id = listed
        .lines()
        .find(|l| l.split_whitespace().nth(2) == Some("south"))
        .and_then(|l| l.split_whitespace().next())
        .expect("south device")
        .to_string();
    s.heard_admin(&["devices", "revoke", &south_id])
        .assert()
        .success();
    s.heard_admin(&["enroll", "--group", "east", "--uses", "3", "--out", "codes"])
        .assert()
        .success();

    let status = stdout_of(&mut s.heard_admin(&["status"]));
    assert!(status.contains("2 waiting, the oldest from"), "{status}");
    assert!(
        today().iter().any(|d| status.contains(d.as_str())),
        "{status}"
    );
    assert_eq!(row(&status, "post-encounter"), ["post-encounter", "2"]);
    assert!(
        status.contains("Devices: 2 active, 1 revoked. Active enrollment codes: 1."),
        "{status}"
    );
    assert_eq!(row(&status, "north"), ["north", "2", "0", "0"]);
    assert_eq!(row(&status, "south"), ["south", "0", "1", "0"]);
    assert_eq!(row(&status, "east"), ["east", "0", "0", "1"]);
    assert!(status.contains("Published:"), "{status}");
    // The group table's numbers end under their headings.
    let lines: Vec<&str> = status.lines().collect();
    let header = lines
        .iter()
        .find(|l| l.trim_start().starts_with("group"))
        .expect("group header");
    for name in ["north", "south", "east"] {
        let line = lines
            .iter()
            .find(|l| l.trim_start().starts_with(name))
            .expect("group row");
        assert_eq!(line.len(), header.len(), "aligned:\n{status}");
    }
    fits_80(&status);

    // The last pull of a folder: none yet, then the day, kept, set aside, position.
    let none = stdout_of(&mut s.heard_admin(&["status", "--out", "results"]));
    assert!(
        none.contains("Last pull into results: none yet (no pull.json there)."),
        "{none}"
    );
    s.heard_admin(&["pull", "--identity", "steward.key", "--out", "results"])
        .assert()
        .success();
    let pulled = stdout_of(&mut s.heard_admin(&["status", "--out", "results"]));
    assert!(
        today()
            .iter()
            .any(|d| pulled.contains(&format!("Last pull into results: {d} UTC"))),
        "{pulled}"
    );
    assert_eq!(row(&pulled, "kept").last(), Some(&"2"), "{pulled}");
    assert_eq!(row(&pulled, "set").last(), Some(&"0"), "{pulled}");
    let position: i64 = row(&pulled, "position")
        .last()
        .and_then(|p| p.parse().ok())
        .expect("a position");
    assert!(position > 0, "{pulled}");
    // Pulled but not purged: still counted as waiting on the server.
    assert!(pulled.contains("2 waiting"), "{pulled}");

    // A damaged pull.json is named, and the server is not asked.
    std::fs::create_dir_all(s.path("broken")).expect("dir");
    std::fs::write(s.path("broken/pull.json"), "{").expect("write");
    s.heard_admin(&["status", "--out", "broken"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("pull.json"))
        .stderr(predicate::str::contains("damaged"));
    // A wrong token and an unreachable server say so.
    s.heard(&[
        "status",
        "--org",
        "org",
        "--admin-token",
        "wrong-token-wrong-token",
    ])
    .assert()
    .failure()
    .stderr(predicate::str::contains("check the admin token"));
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
        format!("http://{}", l.local_addr().expect("addr"))
    };
    s.heard_admin(&["status", "--server", &closed])
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot reach the server"));
}

#[test]
fn codes_are_listed_shown_again_and_cancelled_with_their_local_copies() {
    let s = Setup::organization();
    // The old form still creates a code; so does `create`.
    let created = stdout_of(&mut s.heard_admin(&[
        "enroll", "--group", "north", "--uses", "2", "--out", "codes",
    ]));
    fits_80(&created);
    assert!(flat(&created).contains("group \"north\""), "{created}");
    let payload = std::fs::read_to_string(s.path("codes/enroll-north.txt")).expect("txt");
    let north = handle_of(&payload);
    assert!(
        created.contains(&north),
        "the handle is printed:\n{created}"
    );
    let copy = s.path(&format!("org/enrollment/{north}.txt"));
    assert_eq!(std::fs::read_to_string(&copy).expect("copy"), payload);
    owner_only(&copy);
    let south_out =
        stdout_of(&mut s.heard_admin(&["enroll", "create", "--group", "south", "--out", "codes"]));
    fits_80(&south_out);
    let south = handle_of(&std::fs::read_to_string(s.path("codes/enroll-south.txt")).expect("txt"));

    // The list: both codes, with uses left, expiry and the copy kept here.
    let listed = stdout_of(&mut s.heard_admin(&["enroll", "list"]));
    fits_80(&listed);
    let r = row(&listed, &north);
    assert_eq!(&r[..3], [north.as_str(), "north", "2"], "{listed}");
    assert_eq!(r.last(), Some(&"kept"), "{listed}");
    assert!(r.contains(&"UTC"), "{listed}");
    assert_eq!(&row(&listed, &south)[..3], [south.as_str(), "south", "1"]);
    assert!(
        flat(&listed).contains("2 code(s) can enroll a device"),
        "{listed}"
    );

    // Show again: the same payload in new files, with what is left.
    std::fs::remove_dir_all(s.path("codes")).expect("the prints are gone");
    let shown = stdout_of(&mut s.heard_admin(&["enroll", "show", &north, "--out", "again"]));
    fits_80(&shown);
    assert!(flat(&shown).contains("2 use(s) left"), "{shown}");
    assert_eq!(
        std::fs::read_to_string(s.path("again/enroll-north.txt")).expect("txt"),
        payload
    );
    for file in ["enroll-north.png", "enroll-north.svg", "enroll-north.txt"] {
        owner_only(&s.path(&format!("again/{file}")));
    }

    // A device enrolls with it: one use left.
    enroll_without_sync(&s, &payload);
    let listed = stdout_of(&mut s.heard_admin(&["enroll", "list"]));
    assert_eq!(&row(&listed, &north)[..3], [north.as_str(), "north", "1"]);

    // Cancelled: gone from the server's list, its copy deleted.
    let cancelled = stdout_of(&mut s.heard_admin(&["enroll", "cancel", &north]));
    fits_80(&cancelled);
    assert!(
        flat(&cancelled).contains("the 1 use(s) it had left can no longer enroll"),
        "{cancelled}"
    );
    assert!(flat(&cancelled).contains("--group north"), "{cancelled}");
    assert!(!copy.exists(), "the copy is deleted");
    let listed = stdout_of(&mut s.heard_admin(&["enroll", "list"]));
    assert!(!listed.contains(&north), "{listed}");
    s.heard_admin(&["enroll", "show", &north])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no copy of code"));
    let offer = heard_device::enroll::read_qr(payload.trim()).expect("offer");
    let secrets = MemorySecretStore::default();
    let dir = tempfile::tempdir().expect("dir");
    let store = Mutex::new(
        Store::open(dir.path().join("d.db"), &secrets, StoreConfig::default()).expect("store"),
    );
    assert!(
        s.rt.block_on(heard_device::enroll::accept(&offer, &store, &secrets))
            .is_err(),
        "a cancelled code enrolls nobody"
    );

    // Cancelling again, or a code the server never made, changes nothing.
    let again = stdout_of(&mut s.heard_admin(&["enroll", "cancel", &north]));
    assert!(flat(&again).contains("had no use left"), "{again}");
    s.heard_admin(&["enroll", "cancel", "00000000000000ff"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "there is no enrollment code 00000000000000ff",
        ));
    s.heard_admin(&["enroll", "cancel", "not-a-handle"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("is not a code handle"));

    // A used-up code's copy is deleted when listing, and show says why.
    s.device("east");
    let east = handle_of(&std::fs::read_to_string(s.path("codes/enroll-east.txt")).expect("txt"));
    let east_copy = s.path(&format!("org/enrollment/{east}.txt"));
    assert!(east_copy.exists());
    s.heard_admin(&["enroll", "show", &east])
        .assert()
        .failure()
        .stderr(predicate::str::contains("can no longer enroll"));
    assert!(!east_copy.exists(), "show deletes a dead code's copy");
    s.device("west");
    let west = handle_of(&std::fs::read_to_string(s.path("codes/enroll-west.txt")).expect("txt"));
    let listed = stdout_of(&mut s.heard_admin(&["enroll", "list"]));
    assert!(flat(&listed).contains("Deleted 1 copy(ies)"), "{listed}");
    assert!(!s.path(&format!("org/enrollment/{west}.txt")).exists());
    assert!(
        s.path(&format!("org/enrollment/{south}.txt")).exists(),
        "active: kept"
    );

    // Subcommands and the create options do not mix.
    s.heard_admin(&["enroll", "list", "--group", "north"])
        .assert()
        .failure();
    // Without a token, creating says which option is missing.
    s.heard(&["enroll", "--org", "org", "--group", "north"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("admin token is missing"));
}

#[test]
fn the_terminal_code_fits_80_columns_or_points_to_the_png() {
    let s = Setup::organization();
    let out = stdout_of(&mut s.heard_admin(&["enroll", "--group", "north", "--out", "codes"]));
    fits_80(&out);
    let payload = std::fs::read_to_string(s.path("codes/enroll-north.txt")).expect("txt");
    let qr_lines: Vec<&str> = out
        .lines()
        .take_while(|l| l.chars().all(|c| matches!(c, '█' | '▀' | '▄' | ' ')) && !l.is_empty())
        .collect();
    match heard_cli::qr::for_terminal(payload.trim()).expect("qr") {
        // The code drawn is the terminal code of this payload, whole.
        Some(drawn) => assert_eq!(qr_lines.join("\n") + "\n", drawn),
        None => {
            assert!(qr_lines.is_empty(), "{out}");
            assert!(
                flat(&out).contains(
                    "too big to draw in 80 columns: to scan it from this screen, open codes/enroll-north.png"
                ),
                "{out}"
            );
        }
    }
    // A typical payload (about 680 characters) needs a code 89 modules
    // wide even at low correction: the PNG it is.
    assert!(payload.trim().len() > 600, "{}", payload.len());
}

#[test]
fn a_printable_sheet_as_png_svg_and_pdf() {
    let s = Setup::organization();
    let out = stdout_of(&mut s.heard_admin(&[
        "enroll", "--group", "north", "--uses", "4", "--out", "codes", "--sheet",
    ]));
    fits_80(&out);
    assert!(out.contains("codes/enroll-north-sheet.pdf"), "{out}");
    let svg = std::fs::read_to_string(s.path("codes/enroll-north-sheet.svg")).expect("svg");
    let text = svg_text(&svg);
    let payload = std::fs::read_to_string(s.path("codes/enroll-north.txt")).expect("txt");
    let handle = handle_of(&payload);
    let words = heard_device::enroll::read_qr(payload.trim())
        .expect("offer")
        .fingerprint;
    for needle in [
        "Refugee Legal Aid Network",
        "Group: north",
        "up to 4 devices",
        "choose Enroll",
        "Scan this code",
        "six words on the screen",
        "keep it out of sight",
        "destroy it",
        handle.as_str(),
    ] {
        assert!(text.contains(needle), "{needle} in the sheet: {text}");
    }
    for w in &words {
        assert!(svg.contains(&format!(">{w}</text>")), "word {w}");
    }
    // The expiry the server set is on the sheet.
    let listed = stdout_of(&mut s.heard_admin(&["enroll", "list"]));
    let r = row(&listed, &handle);
    let expiry = format!("{} {}", r[3], r[4]);
    assert!(
        text.contains(&format!("until {expiry} UTC")),
        "{expiry}: {text}"
    );

    let png = std::fs::read(s.path("codes/enroll-north-sheet.png")).expect("png");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let decoder = png::Decoder::new(std::io::Cursor::new(&png));
    let info = decoder.read_info().expect("png header");
    assert_eq!(
        (info.info().width, info.info().height),
        (1588, 2246),
        "A4 at 192 dpi"
    );
    let pdf = std::fs::read(s.path("codes/enroll-north-sheet.pdf")).expect("pdf");
    assert!(pdf.starts_with(b"%PDF"));
    let count = |needle: &[u8]| pdf.windows(needle.len()).filter(|w| *w == needle).count();
    assert_eq!(
        count(b"/Type /Page") - count(b"/Type /Pages"),
        1,
        "the sheet is one page"
    );
    for file in ["svg", "png", "pdf"] {
        owner_only(&s.path(&format!("codes/enroll-north-sheet.{file}")));
    }
    if let Some(keep) = std::env::var_os("HEARD_KEEP_SHEET") {
        std::fs::copy(s.path("codes/enroll-north-sheet.png"), keep).expect("keep");
    }

    // Without Chromium: the code, its files and the SVG sheet are there,
    // and the command says what to install and how to make the sheet again.
    s.heard_admin(&["enroll", "--group", "south", "--out", "codes", "--sheet"])
        .env("HEARD_CHROMIUM", s.path("no-such-browser"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("Debian package chromium"))
        .stderr(predicate::str::contains("--sheet makes the sheet again"));
    assert!(s.path("codes/enroll-south.txt").exists());
    assert!(s.path("codes/enroll-south-sheet.svg").exists());
    assert!(!s.path("codes/enroll-south-sheet.png").exists());
    assert!(!s.path("codes/enroll-south-sheet.pdf").exists());
    let south = handle_of(&std::fs::read_to_string(s.path("codes/enroll-south.txt")).expect("txt"));
    s.heard_admin(&["enroll", "show", &south, "--out", "codes", "--sheet"])
        .assert()
        .success();
    assert!(s.path("codes/enroll-south-sheet.pdf").exists());
}

#[test]
fn devices_list_shows_the_day_each_enrolled_and_last_synced() {
    let s = Setup::organization();
    s.device("north");
    s.heard_admin(&["enroll", "--group", "quiet", "--out", "codes"])
        .assert()
        .success();
    let payload = std::fs::read_to_string(s.path("codes/enroll-quiet.txt")).expect("txt");
    enroll_without_sync(&s, &payload);
    let listed = stdout_of(&mut s.heard_admin(&["devices", "list"]));
    let header = row(&listed, "device");
    assert_eq!(
        header,
        [
            "device", "kind", "group", "status", "enrolled", "last", "sync"
        ]
    );
    let days = today();
    let line = |group: &str| {
        listed
            .lines()
            .find(|l| l.split_whitespace().nth(2) == Some(group))
            .unwrap_or_else(|| panic!("{group} in\n{listed}"))
            .split_whitespace()
            .collect::<Vec<_>>()
    };
    let synced = line("north");
    assert_eq!(synced[1], "device");
    assert_eq!(synced[3], "active");
    assert!(days.contains(&synced[4].to_string()), "{listed}");
    assert!(days.contains(&synced[5].to_string()), "{listed}");
    let never = line("quiet");
    assert!(days.contains(&never[4].to_string()), "{listed}");
    assert_eq!(never[5], "never", "{listed}");
    // The columns line up under their headings.
    let header_line = listed.lines().next().expect("header");
    let at = header_line.find("enrolled").expect("enrolled column");
    for l in listed
        .lines()
        .skip(1)
        .filter(|l| l.split_whitespace().nth(3) == Some("active"))
    {
        assert!(
            days.iter()
                .any(|d| l.get(at..).is_some_and(|rest| rest.starts_with(d.as_str()))),
            "aligned:\n{listed}"
        );
    }
    assert!(listed.contains("2 device(s), 2 active."), "{listed}");
}

/// Enrolls a device with `payload` as the app does, without syncing after.
fn enroll_without_sync(s: &Setup, payload: &str) {
    let offer = heard_device::enroll::read_qr(payload.trim()).expect("offer");
    let secrets = MemorySecretStore::default();
    let dir = tempfile::tempdir().expect("dir");
    let store = Mutex::new(
        Store::open(dir.path().join("d.db"), &secrets, StoreConfig::default()).expect("store"),
    );
    s.rt.block_on(heard_device::enroll::accept(&offer, &store, &secrets))
        .expect("enrolled");
}
