//! Which server addresses a device may talk to.

use crate::error::{Error, Result};

/// Whether `url` may be used: `https`, or `http` to a loopback address.
pub fn check_server_url(url: &str) -> Result<()> {
    let parsed = reqwest::Url::parse(url).map_err(|e| {
        Error::InsecureServer(match e {
            url::ParseError::RelativeUrlWithoutBase => {
                format!("{url}: add the scheme, as in https://{url}")
            }
            other => format!("{url}: not a web address ({other})"),
        })
    })?;
    let loopback = match parsed.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d == "localhost",
        None => false,
    };
    match parsed.scheme() {
        "https" => Ok(()),
        "http" if loopback => Ok(()),
        _ => Err(Error::InsecureServer(format!(
            "{url}: only https:// addresses are accepted (plain http only on this device's loopback)"
        ))),
    }
}
