//! Request and response bodies (JSON). Binary envelopes travel as standard
//! base64 strings.

use serde::{Deserialize, Serialize};

/// Most items one upload may carry.
pub const MAX_BATCH: usize = 100;

/// Serde helper: bytes as standard base64.
pub mod b64 {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes bytes as base64.
    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(bytes))
    }

    /// Reads base64 into bytes.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        STANDARD
            .decode(text.as_bytes())
            .map_err(serde::de::Error::custom)
    }
}

/// One sealed submission, as a device uploads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UploadItem {
    /// Random id chosen by the device (32 hex digits).
    pub submission_id: String,
    /// The questionnaire answered.
    pub questionnaire_id: String,
    /// Its version.
    pub questionnaire_version: u32,
    /// The age file.
    #[serde(with = "b64")]
    pub envelope: Vec<u8>,
}

/// `POST /v1/submissions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UploadRequest {
    /// At most [`MAX_BATCH`] items.
    pub items: Vec<UploadItem>,
}

/// What happened to one uploaded item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemStatus {
    /// Stored now.
    Stored,
    /// Already stored (or purged) earlier: the device may forget it.
    Duplicate,
    /// Refused for good; `reason` says why. Retrying will not help.
    Rejected,
}

/// The acknowledgement of one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemResult {
    /// The item's submission id.
    pub submission_id: String,
    /// Stored, duplicate or rejected.
    pub status: ItemStatus,
    /// Why it was rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Response to an upload: one result per item, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadResponse {
    /// Per-item results.
    pub results: Vec<ItemResult>,
}

/// Machine-readable error kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// Malformed or wrong-typed request.
    BadRequest,
    /// Missing or unknown credentials.
    Unauthorized,
    /// This device was revoked by the organization.
    Revoked,
    /// Not found.
    NotFound,
    /// An enrollment code that expired or was used up.
    Gone,
    /// Body too large.
    PayloadTooLarge,
    /// Not JSON.
    UnsupportedMediaType,
    /// Slow down; see `Retry-After`.
    RateLimited,
    /// A protocol version this server does not speak.
    UnsupportedVersion,
    /// A questionnaire version not newer than the one published.
    Conflict,
    /// A public survey link that expired or holds all it may.
    LinkClosed,
    /// The server failed; retry later.
    Internal,
}

/// Every error response body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// The kind.
    pub error: ErrorCode,
    /// A sentence for a person.
    pub message: String,
}

/// `POST /v1/enroll`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrollRequest {
    /// The enrollment code from the QR payload.
    pub code: String,
}

/// The device's credentials.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollResponse {
    /// Public id of the device (for revocation).
    pub device_id: String,
    /// Bearer token (256 random bits, base64url); the server keeps only its hash.
    pub token: String,
}

/// `POST /v1/admin/enrollment-codes`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateCodeRequest {
    /// How many devices may redeem it (1: single use).
    pub uses: u32,
    /// Seconds until it expires.
    pub expires_in_secs: u64,
    /// The enrollment group the devices join.
    pub group: String,
}

/// A new enrollment code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateCodeResponse {
    /// The code to put in the QR payload.
    pub code: String,
    /// When it expires, Unix seconds.
    pub expires_at: i64,
    /// How many devices may redeem it.
    pub uses: u32,
    /// Its non-secret handle, [`code_handle`] of `code`: what the code list
    /// shows and what cancelling takes. Empty from servers before the list.
    #[serde(default)]
    pub handle: String,
}

/// The non-secret handle of an enrollment code: the first 16 hex digits of
/// the SHA-256 of the code. The server stores only that hash, so it can list
/// codes by handle without keeping anything that enrolls a device; whoever
/// holds a code (its QR payload) can compute the handle, and nobody can get
/// the code back from it.
pub fn code_handle(code: &str) -> String {
    use sha2::{Digest, Sha256};
    code_handle_of(&Sha256::digest(code.trim().as_bytes()))
}

/// The handle of a code from its SHA-256 hash (what the server stores).
pub fn code_handle_of(code_hash: &[u8]) -> String {
    code_hash
        .iter()
        .take(CODE_HANDLE_BYTES)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// How many bytes of the code's hash a handle shows (16 hex digits).
pub const CODE_HANDLE_BYTES: usize = 8;

/// Whether `handle` is a well-formed code handle (16 lowercase hex digits).
pub fn valid_code_handle(handle: &str) -> bool {
    handle.len() == 2 * CODE_HANDLE_BYTES
        && handle
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// One enrollment code that can still enroll a device, as
/// `GET /v1/admin/enrollment-codes` lists it. It holds nothing that enrolls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollmentCodeInfo {
    /// Its handle ([`code_handle`]).
    pub handle: String,
    /// The enrollment group devices join with it.
    pub group: String,
    /// How many more devices may enroll with it.
    pub uses_left: u32,
    /// When it expires, Unix seconds.
    pub expires_at: i64,
}

/// `GET /v1/admin/enrollment-codes`: the active codes, soonest to expire first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollmentCodeList {
    /// Codes with uses left that have not expired.
    pub items: Vec<EnrollmentCodeInfo>,
}

/// `POST /v1/admin/enrollment-codes/{handle}/cancel` answers with this.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeCancelled {
    /// The handle cancelled.
    pub handle: String,
    /// How many uses it still had (0: it had expired or was used up already).
    pub uses_cancelled: u32,
}

/// One enrolled device, for the organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceInfo {
    /// Its id.
    pub device_id: String,
    /// Its enrollment group.
    pub group: String,
    /// Whether it was revoked.
    pub revoked: bool,
    /// The UTC day it enrolled, `YYYY-MM-DD` (a day, never a time, so a
    /// server's records cannot be matched to a visit); `None` for devices
    /// enrolled before the server kept it.
    #[serde(default)]
    pub enrolled_on: Option<String>,
    /// The UTC day it last synced (uploaded or fetched questionnaires),
    /// `YYYY-MM-DD`; `None` if it has not since the server kept it.
    #[serde(default)]
    pub last_sync_on: Option<String>,
    /// Set for a public survey link (`heard link create`), which submits
    /// like a device but is held by anyone who saw its poster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<LinkInfo>,
}

/// What makes a public survey link different from an enrolled device: it
/// submits one questionnaire only, until it expires or is full.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkInfo {
    /// The one questionnaire it accepts and serves.
    pub questionnaire_id: String,
    /// When it stops accepting submissions (Unix seconds), if ever.
    #[serde(default)]
    pub expires_at: Option<i64>,
    /// How many submissions it accepts in all, if capped.
    #[serde(default)]
    pub max_submissions: Option<u32>,
    /// How many it has stored so far.
    #[serde(default)]
    pub stored: u64,
}

/// `POST /v1/admin/links`: a public survey link for one questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateLinkRequest {
    /// The enrollment group whose key signs what the link submits (made by
    /// `heard link create`, one per poster).
    pub group: String,
    /// The questionnaire it serves; it must be published.
    pub questionnaire_id: String,
    /// When it stops accepting submissions (Unix seconds), if ever.
    #[serde(default)]
    pub expires_at: Option<i64>,
    /// How many submissions it accepts in all, if capped.
    #[serde(default)]
    pub max_submissions: Option<u32>,
}

/// The answer to [`CreateLinkRequest`]: the link's id (its path) and the
/// token its page sends, shown once (the server keeps only its hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateLinkResponse {
    /// The link's id, in its URL: `/s/<link_id>/`.
    pub link_id: String,
    /// The bearer token, carried in the URL fragment.
    pub token: String,
}

/// Envelopes waiting on the server for one questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingEnvelopes {
    /// The questionnaire id.
    pub questionnaire_id: String,
    /// Envelopes held (not purged).
    pub envelopes: u64,
}

/// Devices of one enrollment group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupDevices {
    /// The enrollment group.
    pub group: String,
    /// Devices not revoked.
    pub active: u64,
    /// Devices revoked.
    pub revoked: u64,
}

/// `GET /v1/admin/status`: what the server holds, in counts only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerStatus {
    /// The server's version (`heard-server --version`).
    pub server_version: String,
    /// The kind of database: `sqlite` or `postgres`.
    pub database: String,
    /// Envelopes waiting to be pulled (not purged), all questionnaires.
    pub waiting_total: u64,
    /// Envelopes waiting, per questionnaire id, by id.
    pub waiting: Vec<WaitingEnvelopes>,
    /// The UTC day (`YYYY-MM-DD`) the oldest waiting envelope arrived.
    pub oldest_waiting_on: Option<String>,
    /// Envelopes purged so far (only their ids are kept, as tombstones).
    pub purged_total: u64,
    /// Devices per enrollment group, by group.
    pub groups: Vec<GroupDevices>,
    /// Enrollment codes that can still enroll a device.
    pub active_codes: u64,
    /// Published questionnaires, by id.
    pub published: Vec<Published>,
}

/// One stored envelope, for the organization's export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportItem {
    /// Position in the server's log; the next page starts after it.
    pub seq: i64,
    /// Submission id.
    pub submission_id: String,
    /// Questionnaire id.
    pub questionnaire_id: String,
    /// Questionnaire version.
    pub questionnaire_version: u32,
    /// The age file.
    #[serde(with = "b64")]
    pub envelope: Vec<u8>,
}

/// `GET /v1/export?after=SEQ&limit=N`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportPage {
    /// Envelopes after the cursor, in order.
    pub items: Vec<ExportItem>,
    /// Pass as `after` for the next page; `None` when this page was the last.
    pub next_after: Option<i64>,
}

/// `POST /v1/admin/purge`: delete pulled envelopes, keep tombstones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PurgeRequest {
    /// The envelopes to delete.
    pub submission_ids: Vec<String>,
}

/// How many were purged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurgeResponse {
    /// Envelopes deleted now.
    pub purged: u64,
}

/// One published questionnaire, as listed to devices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionnaireInfo {
    /// Its id.
    pub questionnaire_id: String,
    /// Its published version.
    pub version: u32,
    /// The `ETag` of its bundle.
    pub etag: String,
}

/// `GET /v1/questionnaires`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionnaireList {
    /// Every published questionnaire.
    pub items: Vec<QuestionnaireInfo>,
}

/// `PUT /v1/admin/questionnaires` answers with what was published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// Its id.
    pub questionnaire_id: String,
    /// Its version.
    pub version: u32,
}

/// The longest questionnaire id or enrollment group name: one limit for
/// every place that checks them (loader, bundles, server, importer, CLI),
/// so an id that loads also uploads, publishes and unpacks on a device.
pub const MAX_ID_LEN: usize = 64;

/// Whether `id` is a well-formed questionnaire id: 1 to [`MAX_ID_LEN`]
/// characters, an ASCII letter or `_` first, then ASCII letters, digits,
/// `_`, `-` or `.`. It names folders on devices and on the steward's
/// machine (never `..` or a hidden file, since it cannot start with `.`).
pub fn valid_questionnaire_id(id: &str) -> bool {
    let mut chars = id.chars();
    id.len() <= MAX_ID_LEN
        && chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// What [`valid_questionnaire_id`] asks for, to put in messages.
pub const QUESTIONNAIRE_ID_RULE: &str =
    "1 to 64 characters: a letter or '_' first, then letters, digits, '_', '-' or '.'";

/// Whether `name` is a well-formed enrollment group name: 1 to
/// [`MAX_ID_LEN`] ASCII letters, digits, `_` or `-`.
pub fn valid_group_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_ID_LEN
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// What [`valid_group_name`] asks for, to put in messages.
pub const GROUP_NAME_RULE: &str = "1 to 64 letters, digits, '_' or '-'";

/// Whether `id` is a well-formed submission id (32 lowercase hex digits).
pub fn valid_submission_id(id: &str) -> bool {
    id.len() == 32
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelopes_travel_as_base64_and_unknown_fields_are_refused() {
        let item = UploadItem {
            submission_id: "0".repeat(32),
            questionnaire_id: "post-encounter".into(),
            questionnaire_version: 1,
            envelope: vec![0, 1, 2, 255],
        };
        let json = serde_json::to_string(&UploadRequest {
            items: vec![item.clone()],
        })
        .expect("json");
        assert!(json.contains(r#""envelope":"AAEC/w==""#), "{json}");
        let back: UploadRequest = serde_json::from_str(&json).expect("parse");
        assert_eq!(back.items, [item]);
        let extra = json.replace(r#""items""#, r#""device":"x","items""#);
        assert!(serde_json::from_str::<UploadRequest>(&extra).is_err());
        let status = serde_json::to_string(&ItemStatus::Duplicate).expect("json");
        assert_eq!(status, r#""duplicate""#);
    }

    #[test]
    fn questionnaire_ids_cannot_name_other_folders() {
        assert!(valid_questionnaire_id("post-encounter"));
        assert!(valid_questionnaire_id("_v2.1"));
        for bad in [
            "",
            "../x",
            "/abs",
            ".hidden",
            "a/b",
            "a\\b",
            "1abc",
            &"a".repeat(101),
        ] {
            assert!(!valid_questionnaire_id(bad), "{bad}");
        }
    }

    #[test]
    fn code_handles_are_a_prefix_of_the_codes_hash() {
        use sha2::{Digest, Sha256};
        let code = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5";
        let handle = code_handle(code);
        assert!(valid_code_handle(&handle), "{handle}");
        let full: String = Sha256::digest(code.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert!(full.starts_with(&handle), "{full} {handle}");
        assert_eq!(code_handle(&format!(" {code}\n")), handle, "trimmed");
        assert_ne!(code_handle("another code"), handle);
        assert!(!valid_code_handle(&handle.to_uppercase()));
        assert!(!valid_code_handle(&handle[1..]));
    }

    #[test]
    fn older_device_lists_and_code_responses_still_parse() {
        let device: DeviceInfo =
            serde_json::from_str(r#"{"device_id":"d","group":"g","revoked":false}"#)
                .expect("parse");
        assert_eq!((device.enrolled_on, device.last_sync_on), (None, None));
        let code: CreateCodeResponse =
            serde_json::from_str(r#"{"code":"c","expires_at":1,"uses":2}"#).expect("parse");
        assert_eq!(code.handle, "");
    }

    #[test]
    fn submission_ids_are_32_lowercase_hex_digits() {
        assert!(valid_submission_id(&"a1".repeat(16)));
        assert!(!valid_submission_id(&"A1".repeat(16)));
        assert!(!valid_submission_id("abc"));
        assert!(!valid_submission_id(&"g".repeat(32)));
    }
}
