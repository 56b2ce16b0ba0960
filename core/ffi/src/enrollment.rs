//! A scanned enrollment code, shown to the person before it is trusted.

use heard_device::enroll::Offer;

/// What an enrollment code says: compare the fingerprint words with the
/// printed sheet before accepting.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct EnrollmentOffer {
    /// The organization's name.
    pub organization: String,
    /// The server it names.
    pub server: String,
    /// The organization key's fingerprint as six words.
    pub fingerprint_words: Vec<String>,
    /// The enrollment group.
    pub group: String,
}

impl From<&Offer> for EnrollmentOffer {
    fn from(o: &Offer) -> Self {
        EnrollmentOffer {
            organization: o.org_name.clone(),
            server: o.server.clone(),
            fingerprint_words: o.fingerprint.clone(),
            group: o.group.clone(),
        }
    }
}
