//! The export cursor on PostgreSQL with uploads that commit late and with
//! several server processes: a pull that resumes `after` the last position
//! it saw neither skips nor repeats an envelope. Uploads take no lock; the
//! positions are handed out once they have committed.

mod support;

use heard_protocol::{ExportPage, ItemStatus, UploadItem, UploadRequest, UploadResponse};
use std::collections::HashSet;
use support::{ADMIN, Cluster, Server, enroll_device, envelope, server_ids};

fn id(n: u32) -> String {
    format!("{n:032x}")
}

fn item(n: u32) -> UploadItem {
    UploadItem {
        submission_id: id(n),
        questionnaire_id: "post-encounter".into(),
        questionnaire_version: 1,
        envelope: envelope(&format!("answer {n}")),
    }
}

async fn upload(url: &str, token: &str, items: Vec<UploadItem>) -> Vec<ItemStatus> {
    let res = reqwest::Client::new()
        .post(format!("{url}/v1/submissions"))
        .bearer_auth(token)
        .json(&UploadRequest { items })
        .send()
        .await
        .expect("upload");
    assert!(res.status().is_success(), "{}", res.status());
    let acks: UploadResponse = res.json().await.expect("acks");
    acks.results.iter().map(|r| r.status).collect()
}

async fn export(url: &str, after: i64, limit: u32) -> ExportPage {
    let res = reqwest::Client::new()
        .get(format!("{url}/v1/export?after={after}&limit={limit}"))
        .bearer_auth(ADMIN)
        .send()
        .await
        .expect("export");
    assert!(res.status().is_success(), "{}", res.status());
    res.json().await.expect("page")
}

/// The ids of a page, in its order.
fn ids(page: &ExportPage) -> Vec<String> {
    page.items.iter().map(|i| i.submission_id.clone()).collect()
}

/// A connection of its own to the database at `url`, as another server
/// process has.
async fn connect(url: &str) -> tokio_postgres::Client {
    let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .expect("connect");
    tokio::spawn(conn);
    client
}

/// What an upload's transaction inserts (the server's own statement lists
/// the same columns and leaves the position to the export).
const INSERT: &str = "INSERT INTO submissions (submission_id, questionnaire_id, questionnaire_version, received_hour, envelope)
     VALUES ($1, 'post-encounter', 1, 0, $2) ON CONFLICT (submission_id) DO NOTHING";

#[tokio::test(flavor = "multi_thread")]
async fn an_upload_committing_late_is_pulled_after_the_cursor_exactly_once() {
    let db = Cluster::get().database();
    let (a, b) = (Server::start(&db, &[]), Server::start(&db, &[]));
    let device = enroll_device(&a.url).await;
    assert_eq!(
        upload(&a.url, &device.token, vec![item(1)]).await,
        [ItemStatus::Stored]
    );
    let first = export(&a.url, 0, 100).await;
    assert_eq!(ids(&first), [id(1)]);
    let cursor = first.items[0].seq;

    // An upload's transaction takes its transaction id and inserts one row,
    // then stays open while later uploads commit through both processes.
    let mut slow = connect(&db).await;
    let open = slow.transaction().await.expect("begin");
    open.execute(INSERT, &[&id(2), &envelope("late 2")])
        .await
        .expect("insert");
    assert_eq!(
        upload(&b.url, &device.token, vec![item(3)]).await,
        [ItemStatus::Stored]
    );
    // It goes on inserting after them (an upload of several items).
    open.execute(INSERT, &[&id(4), &envelope("late 4")])
        .await
        .expect("insert");
    assert_eq!(
        upload(&a.url, &device.token, vec![item(5), item(6)]).await,
        [ItemStatus::Stored, ItemStatus::Stored]
    );

    // A pull now gets the committed rows; the open ones have no position
    // yet, so the cursor cannot pass one.
    let page = export(&b.url, cursor, 100).await;
    assert_eq!(ids(&page), [id(3), id(5), id(6)]);
    assert!(page.next_after.is_none(), "a short page is the end");
    let seqs: Vec<i64> = page.items.iter().map(|i| i.seq).collect();
    assert!(
        seqs.windows(2).all(|w| w[0] < w[1]) && seqs[0] > cursor,
        "{seqs:?}"
    );
    let unnumbered: i64 = open
        .query_one(
            "SELECT count(*) FROM submissions WHERE seq IS NULL AND submission_id = ANY($1)",
            &[&vec![id(2), id(4)]],
        )
        .await
        .expect("count")
        .get(0);
    assert_eq!(unnumbered, 2, "rows in flight have no position");
    let cursor = *seqs.last().expect("seq");
    assert!(
        export(&a.url, cursor, 100).await.items.is_empty(),
        "nothing committed after the cursor yet"
    );

    // Once it commits, the next pull from the cursor gets both rows, once.
    open.commit().await.expect("commit");
    let page = export(&a.url, cursor, 100).await;
    assert_eq!(
        ids(&page),
        [id(2), id(4)],
        "the late commit, after the cursor"
    );
    assert!(page.items.iter().all(|i| i.seq > cursor));
    let cursor = page.items[1].seq;
    assert!(export(&b.url, cursor, 100).await.items.is_empty());
    assert!(export(&a.url, cursor, 100).await.items.is_empty());

    // A pull from the start sees every envelope exactly once.
    let all = server_ids(&b.url).await;
    assert_eq!(all, [id(1), id(3), id(5), id(6), id(2), id(4)]);

    // A transaction that rolls back leaves nothing for a pull.
    let gone = slow.transaction().await.expect("begin");
    gone.execute(INSERT, &[&id(7), &envelope("rolled back")])
        .await
        .expect("insert");
    gone.rollback().await.expect("rollback");
    assert!(export(&a.url, cursor, 100).await.items.is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn pulls_racing_uploads_on_two_processes_see_each_submission_once() {
    const UPLOADERS: u32 = 4;
    const PER_UPLOADER: u32 = 40;
    let db = Cluster::get().database();
    let servers = [Server::start(&db, &[]), Server::start(&db, &[])];
    let urls: Vec<String> = servers.iter().map(|s| s.url.clone()).collect();
    let device = enroll_device(&urls[0]).await;
    let uploaders: Vec<_> = (0..UPLOADERS)
        .map(|u| {
            let (urls, token) = (urls.clone(), device.token.clone());
            tokio::spawn(async move {
                let mut n = 0;
                while n < PER_UPLOADER {
                    // Single items and small batches, to either process.
                    let size = 1 + (n % 3);
                    let batch: Vec<UploadItem> = (n..(n + size).min(PER_UPLOADER))
                        .map(|k| item(u * 1000 + k))
                        .collect();
                    let sent = batch.len();
                    let statuses = upload(&urls[(n % 2) as usize], &token, batch).await;
                    assert_eq!(statuses, vec![ItemStatus::Stored; sent]);
                    n += size;
                }
            })
        })
        .collect();
    // A pull that resumes from its cursor, in small pages, alternating
    // between the processes while the uploads run.
    let puller = {
        let urls = urls.clone();
        tokio::spawn(async move {
            let (mut after, mut pulled, mut turn) = (0i64, Vec::new(), 0usize);
            while pulled.len() < (UPLOADERS * PER_UPLOADER) as usize {
                let page = export(&urls[turn % 2], after, 7).await;
                turn += 1;
                for i in &page.items {
                    assert!(i.seq > after, "positions only grow");
                    after = i.seq;
                    pulled.push(i.submission_id.clone());
                }
                if page.items.is_empty() {
                    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
                }
            }
            (after, pulled)
        })
    };
    for u in uploaders {
        u.await.expect("uploader");
    }
    let (after, pulled) = tokio::time::timeout(std::time::Duration::from_secs(60), puller)
        .await
        .expect("the pull gets every envelope")
        .expect("puller");
    let unique: HashSet<&String> = pulled.iter().collect();
    assert_eq!(unique.len(), pulled.len(), "no envelope pulled twice");
    let expected: HashSet<String> = (0..UPLOADERS)
        .flat_map(|u| (0..PER_UPLOADER).map(move |k| id(u * 1000 + k)))
        .collect();
    assert_eq!(unique, expected.iter().collect(), "none skipped");
    assert!(export(&urls[0], after, 100).await.items.is_empty());
    assert_eq!(server_ids(&urls[1]).await, pulled, "the same order again");
}
