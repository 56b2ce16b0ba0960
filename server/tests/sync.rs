//! Uploads racing on two server processes over one PostgreSQL database:
//! each submission is stored once. (The device's sync client against a
//! real server is tested in the workspace's `tests/` crate.)

mod support;

use heard_protocol::{ItemStatus, UploadItem, UploadRequest, UploadResponse};
use support::{Cluster, Server, enroll_device, envelope, server_ids};

#[tokio::test(flavor = "multi_thread")]
async fn two_server_processes_on_one_postgres_store_each_racing_upload_once() {
    let db = Cluster::get().database();
    let (a, b) = (Server::start(&db, &[]), Server::start(&db, &[]));
    let device = enroll_device(&a.url).await;
    let http = reqwest::Client::new();
    for n in 0..20u32 {
        let item = UploadItem {
            submission_id: format!("{n:032x}"),
            questionnaire_id: "post-encounter".into(),
            questionnaire_version: 1,
            envelope: envelope("race"),
        };
        let send = |url: String| {
            let (http, token, item) = (http.clone(), device.token.clone(), item.clone());
            async move {
                let r: UploadResponse = http
                    .post(format!("{url}/v1/submissions"))
                    .bearer_auth(token)
                    .json(&UploadRequest { items: vec![item] })
                    .send()
                    .await
                    .expect("upload")
                    .json()
                    .await
                    .expect("acks");
                r.results[0].status
            }
        };
        let (x, y) = tokio::join!(send(a.url.clone()), send(b.url.clone()));
        let mut both = [x, y];
        both.sort_by_key(|s| *s as u8);
        assert_eq!(
            both,
            [ItemStatus::Stored, ItemStatus::Duplicate],
            "submission {n}"
        );
    }
    assert_eq!(server_ids(&b.url).await.len(), 20);
}
