//! What a PIN is: 6 to 64 decimal digits, the same whichever script they are
//! typed in.

use crate::error::{Error, Result};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

/// The fewest digits a PIN may have.
pub const MIN_PIN_DIGITS: usize = 6;

/// The most digits a PIN may have (a guard against pasted text, not a
/// security limit).
pub const MAX_PIN_DIGITS: usize = 64;

/// A checked PIN as ASCII digits, wiped from memory when dropped.
pub(crate) struct Pin(Zeroizing<Vec<u8>>);

impl Pin {
    /// Checks `text` and normalises its digits to ASCII.
    pub(crate) fn parse(text: &str) -> Result<Pin> {
        let mut digits = Zeroizing::new(Vec::with_capacity(text.len()));
        for c in text.chars() {
            match digit_value(c) {
                Some(d) => digits.push(b'0' + d),
                // The refused character is not echoed: it is part of a PIN.
                None => {
                    return Err(Error::PinRefused(
                        "a PIN is made of digits only (0-9), with no spaces or letters".into(),
                    ));
                }
            }
        }
        if digits.len() < MIN_PIN_DIGITS {
            return Err(Error::PinRefused(format!(
                "a PIN has at least {MIN_PIN_DIGITS} digits"
            )));
        }
        if digits.len() > MAX_PIN_DIGITS {
            return Err(Error::PinRefused(format!(
                "a PIN has at most {MAX_PIN_DIGITS} digits"
            )));
        }
        Ok(Pin(digits))
    }

    /// The digits, ASCII.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Whether two PINs are the same, without an early exit on the first
    /// differing digit.
    pub(crate) fn same_as(&self, other: &Pin) -> bool {
        self.0.as_slice().ct_eq(other.0.as_slice()).into()
    }
}

/// The value of a decimal digit. Arabic-Indic and Persian digits count as
/// their ASCII equivalents: an Arabic or Persian keyboard types them, and a
/// PIN set on one keyboard must open the app from another.
fn digit_value(c: char) -> Option<u8> {
    let base = match c {
        '0'..='9' => '0',
        '\u{0660}'..='\u{0669}' => '\u{0660}',
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}',
        _ => return None,
    };
    u8::try_from(c as u32 - base as u32).ok()
}

/// Checks that `pin` would be accepted as a PIN, for a UI that checks while
/// the person types. The error says what is missing.
pub fn validate_pin(pin: &str) -> Result<()> {
    Pin::parse(pin).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_persian_digits_are_the_ascii_pin() {
        let ascii = Pin::parse("123456").expect("ascii");
        let arabic = Pin::parse("١٢٣٤٥٦").expect("arabic-indic");
        let persian = Pin::parse("۱۲۳۴۵۶").expect("persian");
        assert!(ascii.same_as(&arabic));
        assert!(ascii.same_as(&persian));
        assert!(!ascii.same_as(&Pin::parse("123457").expect("other")));
    }

    #[test]
    fn other_numerals_are_refused() {
        // Full-width and Devanagari digits are not on the keypads Heard
        // targets; refusing them beats a PIN the person cannot type again.
        for pin in ["１２３４５６", "१२३४५६", "12345²", "12345.6"] {
            assert!(
                matches!(Pin::parse(pin), Err(Error::PinRefused(_))),
                "{pin}"
            );
        }
    }
}
