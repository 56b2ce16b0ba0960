//! Structural checks of an age v1 envelope, applied by the server before it
//! stores one and by `heard pull` before it decrypts one. They bound the
//! work a hostile enrolled device can impose: decrypting cost grows faster
//! than linearly with the number of recipient stanzas.

/// What an envelope may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnvelopeLimits {
    /// Recipient stanzas in all, the age crate's grease stanza included.
    pub max_stanzas: usize,
    /// Header bytes, through the `---` MAC line.
    pub max_header: usize,
    /// Whole envelope bytes.
    pub max_total: usize,
}

impl Default for EnvelopeLimits {
    fn default() -> Self {
        EnvelopeLimits {
            max_stanzas: 16,
            max_header: 4096,
            max_total: 256 * 1024,
        }
    }
}

/// Why an envelope was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EnvelopeError {
    /// Not an age v1 file.
    #[error("not an age v1 file (it must start with \"age-encryption.org/v1\")")]
    NotAge,
    /// The header does not parse.
    #[error("malformed age header: {0}")]
    Malformed(&'static str),
    /// Too many recipient stanzas.
    #[error("{found} recipient stanzas, more than the {max} allowed")]
    TooManyStanzas {
        /// How many.
        found: usize,
        /// The limit.
        max: usize,
    },
    /// Passphrase-encrypted files are refused.
    #[error("passphrase (scrypt) envelopes are not accepted")]
    Passphrase,
    /// Header over the limit.
    #[error("header of {found} bytes, more than the {max} allowed")]
    HeaderTooLarge {
        /// Its size.
        found: usize,
        /// The limit.
        max: usize,
    },
    /// Envelope over the limit.
    #[error("envelope of {found} bytes, more than the {max} allowed")]
    TooLarge {
        /// Its size.
        found: usize,
        /// The limit.
        max: usize,
    },
    /// No payload after the header.
    #[error("no encrypted payload after the header")]
    NoPayload,
}

const INTRO: &[u8] = b"age-encryption.org/v1\n";
/// A payload is a 16-byte nonce and at least one 16-byte tagged chunk.
const MIN_PAYLOAD: usize = 32;

fn is_b64_line(line: &[u8]) -> bool {
    line.iter()
        .all(|b| b.is_ascii_alphanumeric() || *b == b'+' || *b == b'/')
}

/// Checks `bytes` against `limits`. Returns the header length.
pub fn check_envelope(bytes: &[u8], limits: &EnvelopeLimits) -> Result<usize, EnvelopeError> {
    if bytes.len() > limits.max_total {
        return Err(EnvelopeError::TooLarge {
            found: bytes.len(),
            max: limits.max_total,
        });
    }
    if !bytes.starts_with(INTRO) {
        return Err(EnvelopeError::NotAge);
    }
    let mut pos = INTRO.len();
    let mut stanzas = 0;
    let next_line = |pos: usize| -> Result<(&[u8], usize), EnvelopeError> {
        let window = &bytes[pos..bytes.len().min(pos + limits.max_header + 1)];
        let end = window
            .iter()
            .position(|&b| b == b'\n')
            .ok_or(EnvelopeError::Malformed("a header line has no end"))?;
        Ok((&window[..end], pos + end + 1))
    };
    loop {
        if pos > limits.max_header {
            return Err(EnvelopeError::HeaderTooLarge {
                found: pos,
                max: limits.max_header,
            });
        }
        let (line, after) = next_line(pos)?;
        if let Some(mac) = line.strip_prefix(b"--- ") {
            if mac.is_empty() || !is_b64_line(mac) {
                return Err(EnvelopeError::Malformed("bad MAC line"));
            }
            // No one could ever open it (age refuses it too): found by fuzzing.
            if stanzas == 0 {
                return Err(EnvelopeError::Malformed("no recipient stanza"));
            }
            pos = after;
            break;
        }
        let Some(stanza) = line.strip_prefix(b"-> ") else {
            return Err(EnvelopeError::Malformed(
                "expected a recipient stanza or the MAC line",
            ));
        };
        let mut args = stanza.split(|&b| b == b' ');
        let tag = args
            .next()
            .filter(|t| !t.is_empty())
            .ok_or(EnvelopeError::Malformed("a stanza has no type"))?;
        if tag == b"scrypt" {
            return Err(EnvelopeError::Passphrase);
        }
        stanzas += 1;
        if stanzas > limits.max_stanzas {
            return Err(EnvelopeError::TooManyStanzas {
                found: stanzas,
                max: limits.max_stanzas,
            });
        }
        pos = after;
        // Body: full 64-column lines, then one shorter (possibly empty) line.
        loop {
            if pos > limits.max_header {
                return Err(EnvelopeError::HeaderTooLarge {
                    found: pos,
                    max: limits.max_header,
                });
            }
            let (body, after) = next_line(pos)?;
            if body.len() > 64 || !is_b64_line(body) {
                return Err(EnvelopeError::Malformed(
                    "a stanza body line is not base64 of at most 64 columns",
                ));
            }
            pos = after;
            if body.len() < 64 {
                break;
            }
        }
    }
    if pos > limits.max_header {
        return Err(EnvelopeError::HeaderTooLarge {
            found: pos,
            max: limits.max_header,
        });
    }
    if bytes.len() < pos + MIN_PAYLOAD {
        return Err(EnvelopeError::NoPayload);
    }
    Ok(pos)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn seal_to(n: usize) -> Vec<u8> {
        let recipients: Vec<age::x25519::Recipient> = (0..n)
            .map(|_| age::x25519::Identity::generate().to_public())
            .collect();
        let encryptor =
            age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
                .expect("encryptor");
        let mut out = Vec::new();
        let mut w = encryptor.wrap_output(&mut out).expect("wrap");
        w.write_all(b"{}").expect("write");
        w.finish().expect("finish");
        out
    }

    #[test]
    fn real_envelopes_pass_with_the_grease_stanza() {
        let limits = EnvelopeLimits::default();
        for n in [1, 3, 15] {
            let env = seal_to(n);
            assert!(
                check_envelope(&env, &limits).is_ok(),
                "{n} recipients (+ grease)"
            );
        }
        assert_eq!(
            check_envelope(&seal_to(16), &limits),
            Err(EnvelopeError::TooManyStanzas { found: 17, max: 16 })
        );
    }

    #[test]
    fn hostile_or_broken_envelopes_are_refused_with_a_reason() {
        let limits = EnvelopeLimits::default();
        assert_eq!(
            check_envelope(b"hello", &limits),
            Err(EnvelopeError::NotAge)
        );
        let mut pass = b"age-encryption.org/v1\n-> scrypt c2FsdA 18\nYWJj\n--- bWFj\n".to_vec();
        pass.extend([0u8; 40]);
        assert_eq!(
            check_envelope(&pass, &limits),
            Err(EnvelopeError::Passphrase)
        );
        let mut huge = b"age-encryption.org/v1\n-> X25519 ".to_vec();
        huge.extend(vec![b'A'; 5000]);
        assert!(matches!(
            check_envelope(&huge, &limits),
            Err(EnvelopeError::Malformed(_) | EnvelopeError::HeaderTooLarge { .. })
        ));
        let env = seal_to(1);
        let header = check_envelope(&env, &limits).expect("ok");
        assert_eq!(
            check_envelope(&env[..header + 10], &limits),
            Err(EnvelopeError::NoPayload)
        );
        let small = EnvelopeLimits {
            max_total: 100,
            ..limits
        };
        assert!(matches!(
            check_envelope(&env, &small),
            Err(EnvelopeError::TooLarge { .. })
        ));
        // A header with no recipient at all (found by the envelope fuzz target).
        let mut nobody = b"age-encryption.org/v1\n--- bWFj\n".to_vec();
        nobody.extend([0u8; 40]);
        assert_eq!(
            check_envelope(&nobody, &limits),
            Err(EnvelopeError::Malformed("no recipient stanza"))
        );
        let mut many = b"age-encryption.org/v1\n".to_vec();
        for _ in 0..4000 {
            many.extend(b"-> X25519 YWJj\nYWJj\n");
        }
        assert_eq!(
            check_envelope(&many, &limits),
            Err(EnvelopeError::TooManyStanzas { found: 17, max: 16 })
        );
    }

    proptest::proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..600)) {
            let mut input = INTRO.to_vec();
            input.extend(bytes);
            let _ = check_envelope(&input, &EnvelopeLimits::default());
        }
    }
}
