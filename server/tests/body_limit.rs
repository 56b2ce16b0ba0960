//! The request-body limit (`--max-body`, 8 MiB by default): the admin's
//! publish route also takes a bundle's recordings (up to 32 MiB of audio,
//! about 43 MiB as base64), every device route keeps the limit.

mod support;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use heard_protocol::audio::{MAX_AUDIO_BUNDLE, MAX_AUDIO_FILE};
use heard_protocol::signing::{Bundle, Signed};
use heard_protocol::{ErrorBody, ErrorCode, UploadItem, UploadRequest};
use reqwest::StatusCode;
use support::{ADMIN, Server, database, enroll_device, org_key};

/// `size` bytes that start as an Ogg Opus file does.
fn opus(size: usize) -> Vec<u8> {
    // Page header (26 bytes), one segment of 19 bytes, then `OpusHead`.
    let mut bytes = b"OggS\0".to_vec();
    bytes.resize(26, 0);
    bytes.extend([1, 19]);
    bytes.extend(b"OpusHead");
    bytes.resize(size, 0);
    bytes
}

/// The survey bundle at `version` with `files` recordings of `size` bytes.
fn with_audio(version: u32, files: usize, size: usize) -> Signed {
    let mut bundle: Bundle =
        serde_json::from_str(&support::survey_bundle(version).payload).expect("bundle");
    let clip = STANDARD.encode(opus(size));
    for i in 0..files {
        bundle
            .audio
            .insert(format!("locales/en/audio/m{i}.opus"), clip.clone());
    }
    Signed::sign(&bundle, org_key())
}

async fn publish(url: &str, token: &str, body: String) -> reqwest::Response {
    reqwest::Client::new()
        .put(format!("{url}/v1/admin/questionnaires"))
        .bearer_auth(token)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .expect("publish request")
}

/// A publish the server answers before reading all of its body (no token,
/// or past the limit), written and read at once over plain TCP. The server
/// closes with bytes unread, and the reset that follows can reach the
/// sender before its answer is read (Linux then drops the answer): `None`
/// says the server hung up without an answer being seen, which callers
/// check by what the server holds afterwards.
async fn publish_refused(url: &str, token: &str, body: String) -> Option<(StatusCode, ErrorBody)> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = url.trim_start_matches("http://");
    let stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let (mut read, mut write) = stream.into_split();
    let head = format!(
        "PUT /v1/admin/questionnaires HTTP/1.1\r\nhost: {addr}\r\nauthorization: Bearer {token}\r\n\
         content-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    );
    let writer = tokio::spawn(async move {
        // Refused early, the rest of the body is not wanted: a failed
        // write here is the server hanging up, not an error of the test.
        let _ = write.write_all(head.as_bytes()).await;
        let _ = write.write_all(body.as_bytes()).await;
    });
    let mut answer = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        match read.read(&mut chunk).await {
            Ok(0) | Err(_) => break,
            Ok(n) => answer.extend_from_slice(&chunk[..n]),
        }
    }
    writer.abort();
    let text = String::from_utf8_lossy(&answer).into_owned();
    if text.is_empty() {
        return None;
    }
    let status: u16 = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP answer: {text:?}"));
    let json = &text[text.find('{').expect("a JSON body")..=text.rfind('}').expect("end")];
    Some((
        StatusCode::from_u16(status).expect("status"),
        serde_json::from_str(json).expect("error body"),
    ))
}

/// The version of the survey the server hands to devices.
async fn served_version(url: &str, token: &str) -> u32 {
    let fetched: Signed = reqwest::Client::new()
        .get(format!("{url}/v1/questionnaires/post-encounter"))
        .bearer_auth(token)
        .send()
        .await
        .expect("fetch")
        .json()
        .await
        .expect("bundle");
    let bundle: Bundle = serde_json::from_str(&fetched.payload).expect("bundle");
    bundle.version
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bundle_with_the_most_audio_allowed_publishes_past_the_request_limit() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database("sqlite", dir.path()), &[]);
    let device = enroll_device(&server.url).await;

    // 32 MiB of recordings: about 43 MiB of JSON, far over the 8 MiB limit.
    let files = MAX_AUDIO_BUNDLE / MAX_AUDIO_FILE;
    let signed = with_audio(2, files, MAX_AUDIO_FILE);
    let body = serde_json::to_string(&signed).expect("json");
    assert!(body.len() > 42 * 1024 * 1024, "{} bytes", body.len());
    let res = publish(&server.url, ADMIN, body).await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);

    // Devices download it whole.
    let fetched: Signed = reqwest::Client::new()
        .get(format!("{}/v1/questionnaires/post-encounter", server.url))
        .bearer_auth(&device.token)
        .send()
        .await
        .expect("fetch")
        .json()
        .await
        .expect("bundle");
    let bundle: Bundle = serde_json::from_str(&fetched.payload).expect("bundle");
    assert_eq!((bundle.version, bundle.audio.len()), (2, files));
}

#[tokio::test(flavor = "multi_thread")]
async fn device_routes_keep_the_request_limit_and_publishing_has_its_own() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database("sqlite", dir.path()), &[]);
    let device = enroll_device(&server.url).await;
    let limit = 8 * 1024 * 1024;

    // An upload over 8 MiB is refused, as before.
    let upload = UploadRequest {
        items: vec![UploadItem {
            submission_id: "a".repeat(32),
            questionnaire_id: "post-encounter".into(),
            questionnaire_version: 1,
            envelope: vec![b'x'; limit],
        }],
    };
    let res = reqwest::Client::new()
        .post(format!("{}/v1/submissions", server.url))
        .bearer_auth(&device.token)
        .json(&upload)
        .send()
        .await
        .expect("upload");
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let body: ErrorBody = res.json().await.expect("error body");
    assert_eq!(body.error, ErrorCode::PayloadTooLarge);
    assert_eq!(
        body.message,
        format!("the request body is larger than the {limit} bytes allowed")
    );

    // Only the admin may send a large bundle: without the token it is
    // refused before the body is read.
    let twelve_mib = serde_json::to_string(&with_audio(2, 12, MAX_AUDIO_FILE)).expect("json");
    assert!(twelve_mib.len() > limit);
    if let Some((status, _)) = publish_refused(&server.url, &device.token, twelve_mib.clone()).await
    {
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(served_version(&server.url, &device.token).await, 1);

    // More audio than a bundle may carry is refused, naming the file.
    let too_much = serde_json::to_string(&with_audio(2, 33, MAX_AUDIO_FILE)).expect("json");
    let res = publish(&server.url, ADMIN, too_much).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let body: ErrorBody = res.json().await.expect("error body");
    assert!(
        body.message
            .starts_with("questionnaire \"post-encounter\" version 2: locales/en/audio/m"),
        "{}",
        body.message
    );

    // And a body past even the publish route's limit is 413, naming it.
    let publish_limit = limit + MAX_AUDIO_BUNDLE.div_ceil(3) * 4 + 1024 * 1024;
    let huge = format!(
        "{{\"payload\": \"{}\", \"signature\": \"\"}}",
        "x".repeat(publish_limit)
    );
    if let Some((status, body)) = publish_refused(&server.url, ADMIN, huge).await {
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(
            body.message,
            format!("the request body is larger than the {publish_limit} bytes allowed")
        );
    }
    assert_eq!(served_version(&server.url, &device.token).await, 1);

    // The published survey is still version 1, and 12 MiB of audio publishes.
    let res = publish(&server.url, ADMIN, twelve_mib).await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
}
