//! Calendar dates as the expression language sees them: days since 1970-01-01.

use chrono::NaiveDate;

/// Days from 1970-01-01 to `date`.
pub fn days_since_epoch(date: NaiveDate) -> i32 {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    (date - epoch).num_days() as i32
}

/// Parses `YYYY-MM-DD`.
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Today's date on this device, in local time.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}
