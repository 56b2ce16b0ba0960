//! Public survey links (`heard link create`): a device row that anyone who
//! saw the poster submits through. A link serves and accepts one
//! questionnaire, until the organization withdraws it, it expires or it
//! holds all the submissions it may; its page is served under `/s/<link>/`.

use crate::auth;
use crate::error::AppError;
use crate::routes::{JsonBody, Shared, now};
use crate::store::{NewLink, utc_day};
use axum::Json;
use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use heard_protocol::{CreateLinkRequest, CreateLinkResponse, LinkInfo, UploadItem};

/// The most submissions a link may be capped at.
pub const MAX_CAP: u32 = 1_000_000;

/// Creates a link for a published questionnaire (admin only).
pub(crate) async fn create(
    state: Shared,
    headers: HeaderMap,
    JsonBody(req): JsonBody<CreateLinkRequest>,
) -> Result<Json<CreateLinkResponse>, AppError> {
    auth::check_admin(&headers, &state.admin_hash)?;
    if !heard_protocol::valid_group_name(&req.group) {
        return Err(AppError::BadRequest(format!(
            "group must be {}",
            heard_protocol::GROUP_NAME_RULE
        )));
    }
    if !state
        .store
        .published_ids()
        .await?
        .contains(&req.questionnaire_id)
    {
        return Err(AppError::NotFound(format!(
            "questionnaire \"{}\" is not published on this server: publish it first (heard publish)",
            req.questionnaire_id
        )));
    }
    if let Some(at) = req.expires_at
        && at <= now()
    {
        return Err(AppError::BadRequest(format!(
            "expires_at {at} is not in the future"
        )));
    }
    if let Some(cap) = req.max_submissions
        && !(1..=MAX_CAP).contains(&cap)
    {
        return Err(AppError::BadRequest(format!(
            "max_submissions must be from 1 to {MAX_CAP}, not {cap}"
        )));
    }
    let (link_id, token) = (auth::new_id(), auth::new_secret());
    let link = NewLink {
        id: link_id.clone(),
        token_hash: auth::hash(&token),
        group: req.group,
        limits: LinkInfo {
            questionnaire_id: req.questionnaire_id,
            expires_at: req.expires_at,
            max_submissions: req.max_submissions,
            stored: 0,
        },
    };
    state.store.create_link(&link, now()).await?;
    Ok(Json(CreateLinkResponse { link_id, token }))
}

/// Refuses every request through a link that expired or is full, saying
/// which: the page shows the person that the survey is closed.
pub(crate) fn check_open(link: &LinkInfo, now: i64) -> Result<(), AppError> {
    if let Some(at) = link.expires_at
        && at <= now
    {
        return Err(AppError::LinkClosed(format!(
            "this survey link closed on {}: nothing more can be sent through it",
            utc_day(at)
        )));
    }
    if room(link) == Some(0) {
        return Err(AppError::LinkClosed(format!(
            "this survey link has received the {} submissions it accepts: nothing more can be sent through it",
            link.stored
        )));
    }
    Ok(())
}

/// How many more submissions a link accepts; `None` when uncapped.
pub(crate) fn room(link: &LinkInfo) -> Option<u64> {
    link.max_submissions
        .map(|cap| u64::from(cap).saturating_sub(link.stored))
}

/// Whether a link accepts `item`, taking one from its `room` if it is
/// capped. A batch over the cap is stored up to it; the rest is refused.
pub(crate) fn accepts(
    link: &LinkInfo,
    item: &UploadItem,
    room: Option<&mut Option<u64>>,
) -> Result<(), String> {
    if item.questionnaire_id != link.questionnaire_id {
        return Err(format!(
            "this survey link accepts questionnaire \"{}\" only, not \"{}\"",
            link.questionnaire_id, item.questionnaire_id
        ));
    }
    if let Some(Some(left)) = room {
        if *left == 0 {
            return Err(format!(
                "this survey link accepts {} submissions in all, and has them",
                link.max_submissions.unwrap_or_default()
            ));
        }
        *left -= 1;
    }
    Ok(())
}

/// Whether the requester may see questionnaire `id`: an enrolled device
/// sees every one, a link only its own.
pub(crate) fn serves(link: Option<&LinkInfo>, id: &str) -> bool {
    link.is_none_or(|l| l.questionnaire_id == id)
}

/// `/s/<link>` without the slash: the page's files are relative to the
/// folder, so the browser is sent there (it keeps the `#fragment`).
pub(crate) async fn page_without_slash(Path(link): Path<String>) -> Response {
    if !valid_link_id(&link) {
        return (StatusCode::NOT_FOUND, "no such link").into_response();
    }
    (
        StatusCode::MOVED_PERMANENTLY,
        [(header::LOCATION, format!("/s/{link}/"))],
    )
        .into_response()
}

/// The page itself.
pub(crate) async fn page_index(state: Shared, Path(link): Path<String>) -> Response {
    page_file(state, Path((link, String::new()))).await
}

/// One file of the page. Every link gets the same files: which survey to
/// show, and with what key, is in the link's fragment, which the server
/// never sees. Whether the link is open is for the page to learn when it
/// asks for the questionnaire, so that it can say so in the person's
/// language.
pub(crate) async fn page_file(
    state: Shared,
    Path((link, file)): Path<(String, String)>,
) -> Response {
    if !valid_link_id(&link) {
        return (StatusCode::NOT_FOUND, "no such link").into_response();
    }
    match &state.page {
        Some(page) => page.respond(&file),
        None => AppError::NotFound(
            "this server was started without the web survey page: build it with `cargo xtask web --out DIR` and start heard-server with --web-page DIR".into(),
        )
        .into_response(),
    }
}

/// A link id as [`auth::new_id`] makes them: 32 lowercase hex digits.
fn valid_link_id(id: &str) -> bool {
    heard_protocol::valid_submission_id(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(cap: Option<u32>, stored: u64, expires_at: Option<i64>) -> LinkInfo {
        LinkInfo {
            questionnaire_id: "post-encounter".into(),
            expires_at,
            max_submissions: cap,
            stored,
        }
    }

    fn item(questionnaire_id: &str) -> UploadItem {
        UploadItem {
            submission_id: "0".repeat(32),
            questionnaire_id: questionnaire_id.into(),
            questionnaire_version: 1,
            envelope: vec![],
        }
    }

    #[test]
    fn a_capped_link_takes_what_is_left_of_a_batch() {
        let l = link(Some(3), 2, None);
        let mut left = room(&l);
        assert_eq!(left, Some(1));
        accepts(&l, &item("post-encounter"), Some(&mut left)).expect("one left");
        let e = accepts(&l, &item("post-encounter"), Some(&mut left)).expect_err("full");
        assert!(e.contains("accepts 3 submissions in all"), "{e}");
        let e = check_open(&link(Some(3), 3, None), 0)
            .expect_err("full")
            .to_string();
        assert!(e.contains("received the 3 submissions it accepts"), "{e}");
    }

    #[test]
    fn a_link_accepts_its_questionnaire_only_until_it_expires() {
        let l = link(None, 0, Some(1_800_000_000));
        let e = accepts(&l, &item("listening-session"), None).expect_err("other");
        assert!(
            e.contains("accepts questionnaire \"post-encounter\" only"),
            "{e}"
        );
        check_open(&l, 1_799_999_999).expect("open");
        let e = check_open(&l, 1_800_000_000)
            .expect_err("expired")
            .to_string();
        assert!(e.contains("closed on 2027-01-15"), "{e}");
        assert!(serves(Some(&l), "post-encounter"));
        assert!(!serves(Some(&l), "listening-session"));
        assert!(serves(None, "listening-session"));
    }
}
