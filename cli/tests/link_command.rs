//! `heard link`: a public survey link made against a real server, used as
//! the web page uses it (fetch the signed config and bundle with the
//! link's token, upload a submission signed with the link's key), then
//! `heard pull` keeping it under the link's group; caps, other
//! questionnaires and withdrawal refused with clear messages.

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

/// The URL's fragment, decoded: what the page reads.
fn fragment(url: &str) -> HashMap<String, String> {
    let (_, fragment) = url.split_once('#').expect("fragment");
    fragment
        .split('&')
        .map(|pair| {
            let (k, v) = pair.split_once('=').expect("pair");
            let v = percent_encoding::percent_decode_str(v)
                .decode_utf8()
                .expect("utf-8")
                .to_string();
            (k.to_string(), v)
        })
        .collect()
}

struct Link {
    url: String,
    id: String,
    params: HashMap<String, String>,
}

fn create(s: &Setup, extra: &[&str]) -> Link {
    let mut args = vec![
        "link",
        "create",
        "--questionnaire",
        "post-encounter",
        "--out",
        "posters",
    ];
    args.extend_from_slice(extra);
    let out = stdout_of(&mut s.heard_admin(&args));
    assert!(out.contains("Poster: "), "{out}");
    let url = out
        .lines()
        .find(|l| l.starts_with("http"))
        .unwrap_or_else(|| panic!("a URL in\n{out}"))
        .to_string();
    let id = url
        .split("/s/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .expect("id")
        .to_string();
    Link {
        params: fragment(&url),
        url,
        id,
    }
}

/// GET `path` with the link's token: status and body.
fn get(s: &Setup, link: &Link, path: &str) -> (u16, String) {
    let (url, token) = (format!("{}{path}", s.url), link.params["t"].clone());
    s.rt.block_on(async move {
        let r = reqwest::Client::new()
            .get(url)
            .bearer_auth(token)
            .send()
            .await
            .expect("get");
        (r.status().as_u16(), r.text().await.expect("body"))
    })
}

/// A complete response, signed with the link's key and sealed to the
/// recipients of the config the link's page verified.
fn sealed(link: &Link, recipients: &[age::x25519::Recipient]) -> UploadItem {
    let key = SecretKey::from_base64(&link.params["s"]).expect("group key");
    let submission = Submission::from_response(
        &response("en", "4", Some("poster canary")),
        heard_engine::date::today(),
        DateGranularity::Day,
    )
    .expect("submission")
    .signed_by_group(link.params["g"].clone(), &key);
    UploadItem {
        submission_id: submission.submission_id.clone(),
        questionnaire_id: "post-encounter".into(),
        questionnaire_version: submission.questionnaire.version,
        envelope: submission.seal(recipients, 1024).expect("seal"),
    }
}

fn upload(s: &Setup, link: &Link, items: Vec<UploadItem>) -> (u16, String) {
    let (url, token) = (
        format!("{}/v1/submissions", s.url),
        link.params["t"].clone(),
    );
    s.rt.block_on(async move {
        let r = reqwest::Client::new()
            .post(url)
            .bearer_auth(token)
            .json(&UploadRequest { items })
            .send()
            .await
            .expect("upload");
        (r.status().as_u16(), r.text().await.expect("body"))
    })
}

/// The recipients of the signed config, verified with the key in the link.
fn verified_recipients(s: &Setup, link: &Link) -> Vec<age::x25519::Recipient> {
    let (status, body) = get(s, link, "/v1/config");
    assert_eq!(status, 200, "{body}");
    let signed: Signed = serde_json::from_str(&body).expect("signed");
    let key = PublicKey::from_base64(&link.params["k"]).expect("org key");
    let config: OrgConfig = signed
        .verify(&key, "organization config")
        .expect("verified");
    config
        .recipients
        .iter()
        .map(|r| r.parse().expect("recipient"))
        .collect()
}

#[test]
fn a_link_submits_signed_answers_that_pull_keeps_under_its_group() {
    let s = Setup::organization();
    let link = create(&s, &["--group", "poster-north", "--max-submissions", "2"]);
    assert!(
        link.url
            .starts_with(&format!("{}/s/{}/#k=", s.url, link.id)),
        "{}",
        link.url
    );
    assert_eq!(link.params["g"], "poster-north");
    assert_eq!(link.params["q"], "post-encounter");
    // The poster: the PDF and PNG from Chromium, the SVG with its
    // right-to-left lines anchored at the right.
    let pdf = std::fs::read(s.path("posters/link-poster-north-poster.pdf")).expect("pdf");
    assert!(pdf.starts_with(b"%PDF"));
    let png = std::fs::read(s.path("posters/link-poster-north-poster.png")).expect("png");
    assert!(png.starts_with(b"\x89PNG"));
    let artifacts = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("test-artifacts");
    std::fs::create_dir_all(&artifacts).expect("artifacts");
    std::fs::write(artifacts.join("link-poster.png"), &png).expect("artifact");
    let svg = std::fs::read_to_string(s.path("posters/link-poster-north-poster.svg")).expect("svg");
    assert!(
        svg.contains("xml:lang=\"ar\" direction=\"rtl\" text-anchor=\"end\""),
        "the Arabic line"
    );
    assert!(
        svg.contains("no name, no account, no phone number."),
        "the English line"
    );
    assert!(
        svg.contains("xml:lang=\"prs\" direction=\"rtl\" text-anchor=\"end\">برای پاسخ"),
        "the Dari line, in Persian"
    );
    assert!(svg.contains("Refugee Legal Aid Network"), "the name");

    // The page's requests: its questionnaire, never another.
    let (status, _) = get(&s, &link, "/v1/questionnaires/post-encounter");
    assert_eq!(status, 200);
    let (status, body) = get(&s, &link, "/v1/questionnaires/listening-session");
    assert_eq!(status, 404, "{body}");
    let recipients = verified_recipients(&s, &link);

    let first = sealed(&link, &recipients);
    let (status, body) = upload(&s, &link, vec![first.clone()]);
    assert_eq!(status, 200, "{body}");
    let answer: UploadResponse = serde_json::from_str(&body).expect("json");
    assert_eq!(answer.results[0].status, ItemStatus::Stored, "{body}");

    // A batch over the cap: stored up to it, the rest refused by name.
    let (status, body) = upload(
        &s,
        &link,
        vec![sealed(&link, &recipients), sealed(&link, &recipients)],
    );
    assert_eq!(status, 200, "{body}");
    let answer: UploadResponse = serde_json::from_str(&body).expect("json");
    assert_eq!(answer.results[0].status, ItemStatus::Stored, "{body}");
    assert_eq!(answer.results[1].status, ItemStatus::Rejected, "{body}");
    assert!(body.contains("accepts 2 submissions in all"), "{body}");
    // Full: every request says the survey is closed.
    let (status, body) = get(&s, &link, "/v1/questionnaires/post-encounter");
    assert_eq!(status, 410, "{body}");
    assert!(
        body.contains("\"link-closed\"") && body.contains("received the 2 submissions"),
        "{body}"
    );

    let listed = stdout_of(&mut s.heard_admin(&["link", "list"]));
    let row = listed
        .lines()
        .find(|l| l.starts_with(&link.id))
        .unwrap_or_else(|| panic!("{listed}"));
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        cells[1..6],
        ["poster-north", "post-encounter", "full", "2", "of"],
        "{listed}"
    );
    let devices = stdout_of(&mut s.heard_admin(&["devices", "list"]));
    assert!(devices.contains("link (post-encounter)"), "{devices}");

    s.heard_admin(&["pull", "--identity", "steward.key", "--out", "results"])
        .assert()
        .success();
    let kept = std::fs::read_to_string(s.path("results/post-encounter-v1/submissions.jsonl"))
        .expect("kept");
    assert_eq!(kept.lines().count(), 2, "{kept}");
    assert!(kept.contains("poster canary"), "{kept}");
    assert!(kept.contains("\"group\":\"poster-north\""), "{kept}");
}

#[test]
fn a_withdrawn_link_is_refused_and_a_group_is_one_link() {
    let s = Setup::organization();
    let link = create(&s, &["--group", "poster-south", "--expires", "30d"]);
    let recipients = verified_recipients(&s, &link);
    let out = stdout_of(&mut s.heard_admin(&["link", "revoke", &link.id]));
    assert!(out.contains("Withdrew link"), "{out}");
    let (status, body) = upload(&s, &link, vec![sealed(&link, &recipients)]);
    assert_eq!(status, 401, "{body}");
    assert!(body.contains("withdrawn by the organization"), "{body}");
    let listed = stdout_of(&mut s.heard_admin(&["link", "list"]));
    assert!(listed.contains("withdrawn"), "{listed}");

    // The same group again, an unknown questionnaire, a link id that is not one.
    let again = s
        .heard_admin(&[
            "link",
            "create",
            "--questionnaire",
            "post-encounter",
            "--group",
            "poster-south",
        ])
        .output()
        .expect("run");
    assert!(!again.status.success());
    let e = String::from_utf8_lossy(&again.stderr);
    assert!(e.contains("group \"poster-south\" exists already"), "{e}");
    let unknown = s
        .heard_admin(&[
            "link",
            "create",
            "--questionnaire",
            "not-published",
            "--group",
            "poster-east",
        ])
        .output()
        .expect("run");
    assert!(!unknown.status.success());
    let e = String::from_utf8_lossy(&unknown.stderr);
    assert!(
        e.contains("no signed bundle of questionnaire \"not-published\""),
        "{e}"
    );
    let bad = s
        .heard_admin(&["link", "revoke", "0123"])
        .output()
        .expect("run");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("has no public survey link 0123"));
}
