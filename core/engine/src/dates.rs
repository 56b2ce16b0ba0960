//! Calendar dates as the expression language sees them: days since 1970-01-01.

use chrono::NaiveDate;

/// Days from 1970-01-01 to `date`.
pub fn days_since_epoch(date: NaiveDate) -> i32 {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    (date - epoch).num_days() as i32
}

/// Parses `YYYY-MM-DD`: exactly four, two and two digits, a real day.
///
/// By hand rather than with chrono's `parse_from_str`: its format parser
/// is a twentieth of the web survey's WebAssembly, and it also takes
/// `2024-1-5` and `+2024-01-05`, which no date field writes.
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    let digits = |from: usize, to: usize| -> Option<u32> {
        let part = s.get(from..to)?;
        if part.bytes().all(|b| b.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    if s.len() != 10 || s.as_bytes()[4] != b'-' || s.as_bytes()[7] != b'-' {
        return None;
    }
    let year = i32::try_from(digits(0, 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(5, 7)?, digits(8, 10)?)
}

/// `date` as `YYYY-MM-DD` (chrono's `Display`, not its format machinery,
/// for the same reason as [`parse_iso`]).
pub fn iso(date: NaiveDate) -> String {
    date.to_string()
}

/// Today's date on this device, in local time.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_full_iso_dates_parse() {
        assert_eq!(
            parse_iso("2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        assert_eq!(parse_iso("1970-01-01").map(days_since_epoch), Some(0));
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-5",
            "+2024-01-05",
            "2024/01/05",
            "24-01-05",
            "2024-01-05 ",
            "2024-01-0x",
            "٢٠٢٤-٠١-٠٥",
            "",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn iso_writes_what_parse_iso_reads() {
        for (y, m, d) in [(2024, 2, 29), (1999, 12, 31), (2026, 1, 5), (1, 1, 1)] {
            let date = NaiveDate::from_ymd_opt(y, m, d).expect("a date");
            assert_eq!(parse_iso(&iso(date)), Some(date), "{date}");
        }
        assert_eq!(
            iso(NaiveDate::from_ymd_opt(2026, 1, 5).expect("a date")),
            "2026-01-05"
        );
    }
}
