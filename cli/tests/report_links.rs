//! Submissions through public survey links in the report: the data-quality
//! section counts them per link group, apart from the enrolled devices
//! (anyone holding a poster can submit), with the same protection as every
//! count of people (adjusted, pooled below k + 2σ, shown as ranges, never
//! a figure below k); and `heard org show` prints the organization's key
//! as a link's URL carries it after `#k=`.

mod support;

use heard_engine::{DateGranularity, Submission};
use heard_protocol::signing::{OrgConfig, PublicKey, SecretKey, Signed};
use heard_protocol::{ItemStatus, UploadItem, UploadRequest, UploadResponse};
use std::collections::HashMap;
use support::{Setup, response};

fn stdout_of(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// A link made with `heard link create`: its URL and the fragment's
/// values, decoded as the page decodes them.
struct Link {
    url: String,
    params: HashMap<String, String>,
}

fn create(s: &Setup, group: &str) -> Link {
    let out = stdout_of(&mut s.heard_admin(&[
        "link",
        "create",
        "--questionnaire",
        "post-encounter",
        "--group",
        group,
        "--out",
        "posters",
    ]));
    let url = out
        .lines()
        .find(|l| l.starts_with("http"))
        .unwrap_or_else(|| panic!("a URL in\n{out}"))
        .to_string();
    let (_, fragment) = url.split_once('#').expect("fragment");
    let params = fragment
        .split('&')
        .map(|pair| {
            let (k, v) = pair.split_once('=').expect("pair");
            let v = percent_encoding::percent_decode_str(v)
                .decode_utf8()
                .expect("utf-8")
                .to_string();
            (k.to_string(), v)
        })
        .collect();
    Link { url, params }
}

/// Sends `n` complete responses through `link`, as its page does: the
/// recipients from the config verified with the URL's key, each
/// submission signed with the link's group key.
fn submit_through(s: &Setup, link: &Link, n: usize) {
    let token = link.params["t"].clone();
    let config_url = format!("{}/v1/config", s.url);
    let body = s.rt.block_on({
        let token = token.clone();
        async move {
            reqwest::Client::new()
                .get(config_url)
                .bearer_auth(token)
                .send()
                .await
                .expect("config")
                .text()
                .await
                .expect("body")
        }
    });
    let signed: Signed = serde_json::from_str(&body).expect("signed config");
    let key = PublicKey::from_base64(&link.params["k"]).expect("org key");
    let config: OrgConfig = signed
        .verify(&key, "organization config")
        .expect("verified");
    let recipients: Vec<age::x25519::Recipient> = config
        .recipients
        .iter()
        .map(|r| r.parse().expect("recipient"))
        .collect();
    let group_key = SecretKey::from_base64(&link.params["s"]).expect("group key");
    let items: Vec<UploadItem> = (0..n)
        .map(|i| {
            let submission = Submission::from_response(
                &response(["ar", "fa", "uk"][i % 3], "4", None),
                heard_engine::date::today(),
                DateGranularity::Day,
            )
            .expect("submission")
            .signed_by_group(link.params["g"].clone(), &group_key);
            UploadItem {
                submission_id: submission.submission_id.clone(),
                questionnaire_id: "post-encounter".into(),
                questionnaire_version: submission.questionnaire.version,
                envelope: submission.seal(&recipients, 1024).expect("seal"),
            }
        })
        .collect();
    let url = format!("{}/v1/submissions", s.url);
    let answer: UploadResponse = s.rt.block_on(async move {
        reqwest::Client::new()
            .post(url)
            .bearer_auth(token)
            .json(&UploadRequest { items })
            .send()
            .await
            .expect("upload")
            .json()
            .await
            .expect("json")
    });
    assert!(
        answer
            .results
            .iter()
            .all(|r| r.status == ItemStatus::Stored),
        "{answer:?}"
    );
}

fn pull(s: &Setup) {
    s.heard_admin(&["pull", "--identity", "steward.key", "--out", "out"])
        .assert()
        .success();
}

/// `heard report` of `out` into `file`: the data-quality section.
fn quality_section(s: &Setup, file: &str) -> String {
    s.heard(&["report", "out", "--org", "org", "-o", file])
        .assert()
        .success();
    let html = std::fs::read_to_string(s.path(file)).expect("report");
    let start = html.find("<section class=\"quality\">").expect("quality");
    let end = start + html[start..].find("</section>").expect("end");
    html[start..end].to_string()
}

/// The rows of the first table in `html`: (name, count as printed).
fn rows(html: &str) -> Vec<(String, String)> {
    let body = &html[..html.find("</table>").expect("table")];
    body.split("<tr><th scope=\"row\">")
        .skip(1)
        .map(|row| {
            let (name, rest) = row.split_once("</th><td class=\"n\">").expect("row");
            let count = rest.split_once("</td>").expect("cell").0;
            (name.to_string(), count.to_string())
        })
        .collect()
}

/// A count as the report prints it: "fewer than k", or a range from k up;
/// never one exact number.
fn assert_protected(count: &str, k: u64) {
    if count.contains("fewer than") {
        return;
    }
    let (low, high) = count
        .split_once('–')
        .unwrap_or_else(|| panic!("{count:?} is neither a range nor fewer than {k}"));
    let low: u64 = low.trim().replace(',', "").parse().expect("low");
    let high: u64 = high.trim().replace(',', "").parse().expect("high");
    assert!(low >= k && high > low, "{count:?}");
}

/// The adjusted count the ledger holds for `group` (the first data set).
fn drawn(s: &Setup, group: &str) -> i64 {
    let ledger = std::fs::read_to_string(s.path("out/privacy-ledger.json")).expect("ledger");
    let ledger: serde_json::Value = serde_json::from_str(&ledger).expect("json");
    let draws = ledger["draws"].as_array().expect("draws");
    draws.last().expect("a draw")["figures"][format!("group|{group}|n")]
        .as_i64()
        .unwrap_or_else(|| panic!("{group} drawn"))
}

#[test]
fn link_submissions_are_counted_per_link_apart_from_enrolled_devices_and_protected() {
    let s = Setup::organization();
    let device = s.device("north");
    for i in 0..24 {
        device.submit(&response(["ar", "fa", "uk"][i % 3], "5", None));
    }
    device.sync(&s);
    pull(&s);
    // No link yet: no link section.
    let before = quality_section(&s, "before.html");
    assert!(
        !before.contains("public survey links") && !before.contains("class=\"links\""),
        "{before}"
    );

    // A busy poster, and one a single person answered through.
    let busy = create(&s, "poster-north");
    let lone = create(&s, "poster-south");
    submit_through(&s, &busy, 24);
    submit_through(&s, &lone, 1);
    pull(&s);
    let kept =
        std::fs::read_to_string(s.path("out/post-encounter-v1/submissions.jsonl")).expect("kept");
    assert_eq!(kept.lines().count(), 49, "24 enrolled, 25 through links");

    let section = quality_section(&s, "report.html");
    let links_at = section
        .find("<h3>Submissions through public survey links</h3>")
        .unwrap_or_else(|| panic!("a link section in {section}"));
    let (enrolled, links) = section.split_at(links_at);
    assert!(
        links.contains("Anyone who sees a poster can answer through its link"),
        "{links}"
    );
    assert!(
        links.contains("<th scope=\"col\">Link</th>"),
        "the links table names its column: {links}"
    );
    let links_table = &links[links.find("<table class=\"links\">").expect("table")..];

    // Enrolled devices: north alone; no poster among them.
    let enrolled_rows = rows(&enrolled[enrolled.find("<table>").expect("table")..]);
    assert!(!enrolled.contains("poster-"), "{enrolled}");
    let north = drawn(&s, "north");
    let expected = if north >= 11 { "north" } else { "Other groups" };
    assert_eq!(
        enrolled_rows
            .iter()
            .map(|(n, _)| n.as_str())
            .collect::<Vec<_>>(),
        [expected],
        "{enrolled}"
    );

    // Links: never north; the lone poster named only when its adjusted
    // count reaches k + 2σ (11), else pooled with the busy one.
    let link_rows = rows(links_table);
    assert!(!links_table.contains(">north<"), "{links_table}");
    let (busy_n, lone_n) = (drawn(&s, "poster-north"), drawn(&s, "poster-south"));
    let names: Vec<&str> = link_rows.iter().map(|(n, _)| n.as_str()).collect();
    if busy_n >= 11 && lone_n >= 11 {
        assert_eq!(names, ["poster-north", "poster-south"], "{links_table}");
    } else {
        // A small one pools, taking the other along until the pool
        // reaches 11: the lone poster is never a row of its own.
        assert_eq!(names, ["Other links"], "{links_table}");
    }
    // No count of people is shown exactly, nor below k.
    for (name, count) in enrolled_rows.iter().chain(&link_rows) {
        assert_protected(count, 5);
        assert!(!count.is_empty(), "{name}");
    }

    // What the outputs are rendered from: the link groups apart.
    let org = heard_cli::org::Org::open(&s.path("org")).expect("org");
    let prepared = heard_cli::report::prepare(
        &s.path("out"),
        Some(&org),
        &heard_cli::report::Options::new("2026-12-01"),
    )
    .expect("prepare");
    let groups: Vec<&str> = prepared
        .quality_groups
        .iter()
        .map(|(g, _)| g.as_str())
        .collect();
    let links: Vec<&str> = prepared
        .quality_links
        .iter()
        .map(|(g, _)| g.as_str())
        .collect();
    assert_eq!(groups, ["north"]);
    assert_eq!(links, ["poster-north", "poster-south"]);
}

#[test]
fn org_show_prints_the_key_as_a_link_url_carries_it() {
    let s = Setup::organization();
    let link = create(&s, "poster-east");
    let shown = stdout_of(&mut s.heard(&["org", "show", "--org", "org"]));
    let line = shown
        .lines()
        .find(|l| l.starts_with("signing key: k="))
        .unwrap_or_else(|| panic!("a labelled key in\n{shown}"));
    let k = line["signing key: k=".len()..]
        .split_whitespace()
        .next()
        .expect("value");
    assert!(
        link.url.contains(&format!("#k={k}&")),
        "{k} is the k= of {}",
        link.url
    );
    // The same text, not only the same key: percent-encoded base64.
    assert!(!k.contains(['+', '/', '=']), "{k}");
    let org = heard_cli::org::Org::open(&s.path("org")).expect("org");
    assert_eq!(link.params["k"], org.public_key().to_base64());
}
