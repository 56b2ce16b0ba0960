//! The structural checks of an age envelope, which the server applies to
//! every upload and `heard pull` before decrypting: never a panic, the
//! header length returned lies within the limits and leaves room for a
//! payload, and what passes the default limits is refused by tighter
//! ones exactly when it exceeds them; the engine's own header scan agrees
//! on where the header ends. What passes is then decrypted as `heard pull`
//! does, with the identity the seed envelopes are sealed to (a throwaway
//! key; make_corpus.py seals to its public key), the payload then read as
//! a submission.
#![no_main]

use heard_protocol::EnvelopeLimits;
use heard_protocol::envelope::check_envelope;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// The key the seed envelopes are sealed to; a throwaway, for the fuzzer only.
const IDENTITY: &str = "AGE-SECRET-KEY-1Q5HQ2RWEA3HWNLDWRDMJ0ZPNZ48YU7TGXHQESQZFG9EGT3HD5NLSU4QQJG";

fn identity() -> &'static age::x25519::Identity {
    static KEY: OnceLock<age::x25519::Identity> = OnceLock::new();
    KEY.get_or_init(|| IDENTITY.parse().expect("the fuzz identity parses"))
}

fuzz_target!(|data: &[u8]| {
    let limits = EnvelopeLimits::default();
    let Ok(header) = check_envelope(data, &limits) else {
        return;
    };
    assert!(header <= limits.max_header, "header {header}");
    assert!(
        header + 32 <= data.len(),
        "header {header} of {}",
        data.len()
    );
    assert!(data.len() <= limits.max_total);
    let stanzas = data[..header]
        .split(|&b| b == b'\n')
        .filter(|l| l.starts_with(b"-> "))
        .count();
    // (No stanza at all passes the structural check; age refuses it.)
    assert!(stanzas <= limits.max_stanzas, "{stanzas}");
    if stanzas > 0 {
        let tight = EnvelopeLimits {
            max_stanzas: stanzas - 1,
            ..limits
        };
        assert!(
            check_envelope(data, &tight).is_err(),
            "{stanzas} stanzas passed a limit of {}",
            stanzas - 1
        );
    }
    let exact = EnvelopeLimits {
        max_stanzas: stanzas,
        max_header: header,
        max_total: data.len(),
    };
    assert_eq!(check_envelope(data, &exact), Ok(header));
    assert_eq!(heard_engine::seal::header_len(data), Some(header));
    if let Ok(plain) = heard_engine::seal::open(data, identity()) {
        let _ = serde_json::from_slice::<heard_engine::Submission>(&plain);
    }
});
