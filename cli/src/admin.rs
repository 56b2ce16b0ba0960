//! The organization's client for the server's admin API: publishing
//! questionnaires, enrollment codes, devices, export pages and purges.
//! Every failure says which server and what to do; none leaves a change
//! half-made on this side.

use crate::error::{Error, Result};
use heard_protocol::signing::Signed;
use heard_protocol::{
    CodeCancelled, CreateCodeRequest, CreateCodeResponse, DeviceInfo, EnrollmentCodeInfo,
    EnrollmentCodeList, ErrorBody, ExportPage, Published, PurgeRequest, PurgeResponse,
    ServerStatus,
};
use serde::de::DeserializeOwned;
use std::time::Duration;

/// A connection to one server with the organization's admin token.
pub struct Admin {
    server: String,
    token: String,
    http: reqwest::Client,
}

impl Admin {
    /// A client for `server` (https, or http on this machine only).
    pub fn new(server: &str, token: &str) -> Result<Admin> {
        heard_device::check_server_url(server)?;
        if token.is_empty() {
            return Err(Error::Usage(
                "the server's admin token is missing: pass --admin-token or set HEARD_ADMIN_TOKEN"
                    .into(),
            ));
        }
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(120))
            .build()
            .map_err(|e| Error::Usage(format!("cannot start an HTTP client: {e}")))?;
        Ok(Admin {
            server: server.trim_end_matches('/').to_string(),
            token: token.to_string(),
            http,
        })
    }

    /// The server's address.
    pub fn server(&self) -> &str {
        &self.server
    }

    async fn send<T: DeserializeOwned>(&self, request: reqwest::RequestBuilder) -> Result<T> {
        let response = self.checked(request).await?;
        let status = response.status().as_u16();
        response.json().await.map_err(|e| Error::Refused {
            server: self.server.clone(),
            status,
            message: format!("an answer Heard cannot read ({e}); is this a Heard server?"),
        })
    }

    async fn checked(&self, request: reqwest::RequestBuilder) -> Result<reqwest::Response> {
        let response =
            request
                .bearer_auth(&self.token)
                .send()
                .await
                .map_err(|e| Error::Unreachable {
                    server: self.server.clone(),
                    reason: plain_reason(&e),
                })?;
        let status = response.status();
        if status.is_success() {
            return Ok(response);
        }
        let message = match response.json::<ErrorBody>().await {
            Ok(body) => body.message,
            Err(_) => status
                .canonical_reason()
                .unwrap_or("unknown error")
                .to_string(),
        };
        let message = if status == reqwest::StatusCode::UNAUTHORIZED {
            format!("{message}; check the admin token (--admin-token or HEARD_ADMIN_TOKEN)")
        } else {
            message
        };
        Err(Error::Refused {
            server: self.server.clone(),
            status: status.as_u16(),
            message,
        })
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.server)
    }

    /// Publishes a signed questionnaire bundle.
    pub async fn publish(&self, signed: &Signed) -> Result<Published> {
        self.send(
            self.http
                .put(self.url("/v1/admin/questionnaires"))
                .json(signed),
        )
        .await
    }

    /// A new enrollment code for `group`.
    pub async fn create_code(
        &self,
        uses: u32,
        expires: Duration,
        group: &str,
    ) -> Result<CreateCodeResponse> {
        let request = CreateCodeRequest {
            uses,
            expires_in_secs: expires.as_secs(),
            group: group.to_string(),
        };
        self.send(
            self.http
                .post(self.url("/v1/admin/enrollment-codes"))
                .json(&request),
        )
        .await
    }

    /// What the server holds, in counts: envelopes waiting, devices per
    /// group, active codes, published questionnaires.
    pub async fn status(&self) -> Result<ServerStatus> {
        self.send(self.http.get(self.url("/v1/admin/status"))).await
    }

    /// The enrollment codes that can still enroll a device, soonest to
    /// expire first.
    pub async fn enrollment_codes(&self) -> Result<Vec<EnrollmentCodeInfo>> {
        let list: EnrollmentCodeList = self
            .send(self.http.get(self.url("/v1/admin/enrollment-codes")))
            .await?;
        Ok(list.items)
    }

    /// Cancels the enrollment code with `handle` (16 hex digits, checked
    /// by the caller): no device can enroll with it any more.
    pub async fn cancel_code(&self, handle: &str) -> Result<CodeCancelled> {
        let path = format!("/v1/admin/enrollment-codes/{handle}/cancel");
        self.send(self.http.post(self.url(&path))).await
    }

    /// Every enrolled device.
    pub async fn devices(&self) -> Result<Vec<DeviceInfo>> {
        self.send(self.http.get(self.url("/v1/admin/devices")))
            .await
    }

    /// Revokes one device: its uploads are refused from now on.
    pub async fn revoke_device(&self, device_id: &str) -> Result<()> {
        let path = format!("/v1/admin/devices/{device_id}/revoke");
        self.checked(self.http.post(self.url(&path))).await?;
        Ok(())
    }

    /// A public survey link for `questionnaire_id`, signing as `group`.
    pub async fn create_link(
        &self,
        request: &heard_protocol::CreateLinkRequest,
    ) -> Result<heard_protocol::CreateLinkResponse> {
        self.send(self.http.post(self.url("/v1/admin/links")).json(request))
            .await
    }

    /// Revokes every device of a group; returns how many.
    pub async fn revoke_group(&self, group: &str) -> Result<u64> {
        let path = format!("/v1/admin/groups/{group}/revoke");
        let body: serde_json::Value = self.send(self.http.post(self.url(&path))).await?;
        Ok(body["revoked_devices"].as_u64().unwrap_or(0))
    }

    /// Up to `limit` envelopes after cursor `after`.
    pub async fn export_page(&self, after: i64, limit: u32) -> Result<ExportPage> {
        self.send(
            self.http
                .get(self.url(&format!("/v1/export?after={after}&limit={limit}"))),
        )
        .await
    }

    /// Deletes pulled envelopes from the server (tombstones stay, so a
    /// device re-sending one is told it is a duplicate).
    pub async fn purge(&self, submission_ids: Vec<String>) -> Result<u64> {
        let body: PurgeResponse = self
            .send(
                self.http
                    .post(self.url("/v1/admin/purge"))
                    .json(&PurgeRequest { submission_ids }),
            )
            .await?;
        Ok(body.purged)
    }
}

/// reqwest's error with its causes, e.g. "error sending request: …:
/// Connection refused".
/// Why a request never got an answer, in words a steward can act on
/// rather than the HTTP and TLS libraries' ("tcp connect error",
/// "InvalidContentType").
fn plain_reason(e: &reqwest::Error) -> String {
    let mut chain = String::new();
    let mut io_kind = None;
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = source {
        chain.push_str(&s.to_string().to_lowercase());
        chain.push(' ');
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            io_kind = io_kind.or(Some(io.kind()));
        }
        source = s.source();
    }
    let has = |words: &[&str]| words.iter().any(|w| chain.contains(&w.to_lowercase()));
    if e.is_timeout() || io_kind == Some(std::io::ErrorKind::TimedOut) {
        "it did not answer in time (is the address right, and the server up?)".into()
    } else if io_kind == Some(std::io::ErrorKind::ConnectionRefused) {
        "nothing answers at that address and port (is heard-server running there?)".into()
    } else if has(&[
        "dns error",
        "failed to lookup address",
        "name or service not known",
    ]) {
        "that name was not found (check the spelling of the address)".into()
    } else if has(&[
        "invalidcontenttype",
        "corrupt message",
        "wrong version number",
    ]) {
        "it does not speak HTTPS at that address (a plain-HTTP server? then fix the scheme or the port)".into()
    } else if has(&[
        "unknownissuer",
        "unknown issuer",
        "self-signed",
        "self signed",
    ]) {
        "its TLS certificate is not signed by an authority this machine trusts".into()
    } else if has(&[
        "notvalidforname",
        "not valid for name",
        "certificate not valid",
    ]) {
        "its TLS certificate is for another name than the address used".into()
    } else if has(&["expired"]) {
        "its TLS certificate has expired".into()
    } else if has(&["certificate", "tls", "handshake"]) {
        "the secure connection could not be set up (a TLS problem on the server's side)".into()
    } else if io_kind == Some(std::io::ErrorKind::ConnectionReset)
        || has(&["connection closed", "connection reset", "broken pipe"])
    {
        "the connection was cut before the server answered".into()
    } else if io_kind == Some(std::io::ErrorKind::NetworkUnreachable)
        || io_kind == Some(std::io::ErrorKind::HostUnreachable)
    {
        "this machine has no route to it (no network?)".into()
    } else {
        "the connection failed".into()
    }
}
