//! The device's HTTP client, for enrollment and sync: rustls with the ring
//! provider and Mozilla's root certificates (webpki-roots), chosen here
//! rather than left to reqwest's defaults so that the phones' library
//! carries one small crypto provider and verifies servers the same way on
//! every platform (reqwest's platform verifier needs JNI set-up on
//! Android). Plain `http` is still refused off loopback, by
//! [`crate::check_server_url`].

use crate::error::{Error, Result};
use std::sync::Arc;
use std::time::Duration;

/// A client with Heard's TLS settings, giving up on a request after
/// `timeout`.
pub(crate) fn client(timeout: Duration) -> Result<reqwest::Client> {
    let roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| Error::Tls(e.to_string()))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .timeout(timeout)
        .build()
        .map_err(Error::Http)
}

/// What went wrong with a request, down to its first cause ("invalid peer
/// certificate: UnknownIssuer", "Connection refused"): reqwest's own text
/// says only "error sending request". The URL is left out.
pub(crate) fn describe(e: &reqwest::Error) -> String {
    let mut text = e.to_string();
    if let Some(url) = e.url() {
        text = text.replace(&format!(" for url ({url})"), "");
    }
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}
