//! Public survey links (`heard link`): the URL a poster's QR code carries,
//! and the poster.
//!
//! A link is a device on the server that anyone holding the poster submits
//! through. Everything the page needs to trust what it shows and to seal
//! the answers travels in the URL's `#fragment`, which browsers never send
//! to a server: the organization's public key (to verify the signed config
//! and the questionnaire bundle before showing anything), the link's token
//! (to fetch and upload), and the link group's signing key (so that
//! `heard pull` knows which poster a submission came from).

pub mod poster;

use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

/// What a link's URL holds.
pub struct LinkUrl<'a> {
    /// The server, `https://…` (no trailing slash needed).
    pub server: &'a str,
    /// The link's id, its path on the server.
    pub link_id: &'a str,
    /// The organization's public signing key, base64.
    pub org_key: &'a str,
    /// The link's bearer token.
    pub token: &'a str,
    /// The link's enrollment group.
    pub group: &'a str,
    /// The group's secret signing key, base64.
    pub group_key: &'a str,
    /// The questionnaire it serves.
    pub questionnaire_id: &'a str,
}

/// A value as the URL's fragment carries it: percent-encoded, every
/// character but ASCII letters and digits (base64's `+` would read as a
/// space otherwise).
pub fn fragment_value(v: &str) -> String {
    utf8_percent_encode(v, NON_ALPHANUMERIC).to_string()
}

/// The organization's public signing key as a link's `k=` carries it
/// (base64, percent-encoded), for comparing with a poster's URL.
pub fn org_key_param(key: &heard_protocol::signing::PublicKey) -> String {
    fragment_value(&key.to_base64())
}

impl LinkUrl<'_> {
    /// `https://server/s/<id>/#k=…&t=…&g=…&s=…&q=…`, each value
    /// percent-encoded (see [`fragment_value`]).
    pub fn to_url(&self) -> String {
        let enc = fragment_value;
        format!(
            "{}/s/{}/#k={}&t={}&g={}&s={}&q={}",
            self.server.trim_end_matches('/'),
            self.link_id,
            enc(self.org_key),
            enc(self.token),
            enc(self.group),
            enc(self.group_key),
            enc(self.questionnaire_id)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_secret_is_in_the_fragment_and_encoded() {
        let url = LinkUrl {
            server: "https://heard.example.org/",
            link_id: "0123456789abcdef0123456789abcdef",
            org_key: "ab+c/d==",
            token: "tok-en_1",
            group: "poster-north",
            group_key: "s+k=",
            questionnaire_id: "post-encounter",
        }
        .to_url();
        assert_eq!(
            url,
            "https://heard.example.org/s/0123456789abcdef0123456789abcdef/#k=ab%2Bc%2Fd%3D%3D&t=tok%2Den%5F1&g=poster%2Dnorth&s=s%2Bk%3D&q=post%2Dencounter"
        );
        let (path, fragment) = url.split_once('#').expect("fragment");
        assert!(!path.contains("tok") && !path.contains("s%2Bk"), "{path}");
        assert!(fragment.contains("t=tok"), "{fragment}");
    }

    #[test]
    fn the_org_key_param_is_the_k_of_the_url() {
        let key = heard_protocol::signing::SecretKey::generate().public();
        let base64 = key.to_base64();
        let url = LinkUrl {
            server: "https://heard.example.org",
            link_id: "0123",
            org_key: &base64,
            token: "t",
            group: "g",
            group_key: "s",
            questionnaire_id: "q",
        }
        .to_url();
        let k = org_key_param(&key);
        assert!(url.contains(&format!("#k={k}&")), "{url} {k}");
    }
}
