//! What an HTML report covers, written into its `<head>` as
//! `<meta name="heard-coverage" content="surveys=N respondents=N sessions=N">`
//! and read back by [`coverage_of`], so that a report about less data is
//! not written over one about more without the steward noticing.
//!
//! Every number is one the report already prints: the surveys it has a
//! section for, the respondents as published (each survey's adjusted
//! total, added up; a survey whose total is withheld adds the largest
//! respondent figure it shows, one whose total reads "fewer than k" adds
//! 0), and the listening sessions it counts. Never the exact number of
//! respondents: the file is shared, and an exact total would let a reader
//! subtract what the tables hide, or tell two releases one person apart.

use std::io::Read;
use std::path::Path;

/// The name of the `<meta>` element.
pub const META_NAME: &str = "heard-coverage";

/// How far into a report its `<head>` (and so the coverage) is looked for.
const HEAD_LIMIT: u64 = 64 * 1024;

/// What a report covers (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Coverage {
    /// Surveys reported.
    pub surveys: usize,
    /// Respondents across them, as published (adjusted).
    pub respondents: u64,
    /// Listening sessions reported.
    pub sessions: usize,
}

impl Coverage {
    /// The `<meta>` element that carries it.
    pub fn meta(&self) -> String {
        format!(
            "<meta name=\"{META_NAME}\" content=\"surveys={} respondents={} sessions={}\">\n",
            self.surveys, self.respondents, self.sessions
        )
    }

    /// Whether a report of `self`, the exact coverage of the data about to
    /// be reported (the steward's own numbers, never published), covers
    /// clearly less than `old`, read from a report already written: fewer
    /// surveys or sessions, or fewer respondents than `old` published by
    /// more than its adjustments can explain. `slack` is how far one
    /// published figure may lie above its true count (three standard
    /// deviations of the noise); `old` holds one such figure per survey.
    ///
    /// The new side is exact on purpose: its published total may be
    /// withheld at random (as the adjustments fall), and a comparison that
    /// then said nothing would let a report of 2 replace one of 200.
    pub fn clearly_less_than(&self, old: &Coverage, slack: u64) -> bool {
        let explained = slack.saturating_mul(old.surveys.max(1) as u64);
        self.surveys < old.surveys
            || self.sessions < old.sessions
            || self.respondents.saturating_add(explained) < old.respondents
    }

    /// Reads the coverage from an HTML page's text: `None` when the page
    /// has no such `<meta>` or it is not as written by [`Coverage::meta`].
    pub fn parse(html: &str) -> Option<Coverage> {
        let opening = format!("<meta name=\"{META_NAME}\" content=\"");
        let start = html.find(&opening)? + opening.len();
        let content = &html[start..start + html[start..].find('"')?];
        let mut coverage = Coverage::default();
        let mut seen = [false; 3];
        for pair in content.split_whitespace() {
            let (key, value) = pair.split_once('=')?;
            match key {
                "surveys" if !seen[0] => (coverage.surveys, seen[0]) = (value.parse().ok()?, true),
                "respondents" if !seen[1] => {
                    (coverage.respondents, seen[1]) = (value.parse().ok()?, true);
                }
                "sessions" if !seen[2] => {
                    (coverage.sessions, seen[2]) = (value.parse().ok()?, true)
                }
                _ => return None,
            }
        }
        seen.iter().all(|&s| s).then_some(coverage)
    }
}

/// The coverage written into the HTML report at `path`, or `None` when the
/// file cannot be read, is not a Heard report, or comes from a version of
/// Heard that did not write it. Only the start of the file is read.
pub fn coverage_of(path: &Path) -> Option<Coverage> {
    let file = std::fs::File::open(path).ok()?;
    let mut head = Vec::new();
    file.take(HEAD_LIMIT).read_to_end(&mut head).ok()?;
    // The limit may cut a character in two: only the part before matters.
    let text = String::from_utf8_lossy(&head);
    let end = text.find("</head>").unwrap_or(text.len());
    Coverage::parse(&text[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_meta_reads_back_as_written() {
        let c = Coverage {
            surveys: 2,
            respondents: 113,
            sessions: 4,
        };
        let html = format!("<head>\n{}<title>x</title></head>", c.meta());
        assert_eq!(Coverage::parse(&html), Some(c));
    }

    #[test]
    fn a_damaged_or_foreign_meta_is_no_coverage() {
        for content in [
            "surveys=1 respondents=2",
            "surveys=1 respondents=-2 sessions=0",
            "surveys=1 respondents=2 sessions=3 extra=4",
            "surveys=1 surveys=1 respondents=2 sessions=3",
            "surveys=1 respondents=2 sessions",
        ] {
            let html = format!("<meta name=\"heard-coverage\" content=\"{content}\">");
            assert_eq!(Coverage::parse(&html), None, "{content}");
        }
        assert_eq!(Coverage::parse("<html><head></head></html>"), None);
    }

    #[test]
    fn clearly_less_means_fewer_surveys_sessions_or_respondents_beyond_the_noise() {
        let old = Coverage {
            surveys: 2,
            respondents: 100,
            sessions: 2,
        };
        assert!(!old.clearly_less_than(&old, 6));
        // Two published totals, each up to 6 above the truth: 88 true
        // respondents may have been published as 100.
        let fewer = |respondents| Coverage { respondents, ..old };
        assert!(!fewer(88).clearly_less_than(&old, 6));
        assert!(fewer(87).clearly_less_than(&old, 6));
        assert!(fewer(2).clearly_less_than(&old, 6));
        // Fewer surveys or sessions count whatever the respondents.
        assert!(
            Coverage {
                surveys: 1,
                respondents: 500,
                ..old
            }
            .clearly_less_than(&old, 6)
        );
        assert!(
            Coverage {
                sessions: 1,
                respondents: 500,
                ..old
            }
            .clearly_less_than(&old, 6)
        );
        // More of everything is never less, and huge numbers do not wrap.
        assert!(
            !Coverage {
                surveys: 3,
                respondents: 101,
                sessions: 3
            }
            .clearly_less_than(&old, 6)
        );
        assert!(!fewer(u64::MAX).clearly_less_than(&old, u64::MAX));
        // An old report with no survey still allows for one figure's noise.
        let sessions_only = Coverage {
            surveys: 0,
            respondents: 5,
            sessions: 1,
        };
        assert!(
            !Coverage {
                respondents: 0,
                ..sessions_only
            }
            .clearly_less_than(&sessions_only, 6)
        );
    }
}
