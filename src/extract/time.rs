//! Times of day: "6:07 p.m.", "18:07", "6 p.m.", "23h10", "18 heures 30".
//!
//! The phrasings are rules of kind `time` (`rules/<lang>/dates.json`) with
//! named groups `h` (hour), `m` (minutes, optional) and `ampm` (or
//! `ampm_2`), whose
//! lexicon `time.meridiem` key (`am`, `pm`) turns a 12-hour clock into
//! minutes after midnight ("12 a.m." is midnight, "12 p.m." noon). What
//! the time is the time of, and how exact ("shortly after"), is read by
//! the claims stage (`time.before`, `time.subject` lexicons).

use serde::Serialize;

use super::{Doc, Mention, MentionKind, longest_non_overlapping};

/// A time of day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimeMention {
    /// Minutes after midnight.
    pub minutes: u32,
}

impl TimeMention {
    pub fn hour(&self) -> u32 {
        self.minutes / 60
    }
    pub fn minute(&self) -> u32 {
        self.minutes % 60
    }
    /// `"18:07"`.
    pub fn value_string(&self) -> String {
        format!("{:02}:{:02}", self.hour(), self.minute())
    }
}

/// Find the times of day of a document.
pub fn extract(doc: &Doc) -> Vec<Mention> {
    let mut out = Vec::new();
    for rule in doc.lang.rules_of("time") {
        for m in doc.matches(rule) {
            let Some(hour) = m.group("h").and_then(|h| h.parse::<u32>().ok()) else {
                continue;
            };
            let minute = m
                .group("m")
                .and_then(|s| s.parse::<u32>().ok())
                .unwrap_or(0);
            let meridiem = m
                .group("ampm")
                .or_else(|| m.group("ampm_2"))
                .and_then(|f| doc.lang.lexicon("time.meridiem").key_of(f));
            let hour = match (meridiem, hour) {
                (Some(_), 0 | 13..) => continue,
                (Some("am"), 12) => 0,
                (Some("pm"), h) if h < 12 => h + 12,
                (_, h) => h,
            };
            if hour > 23 || minute > 59 {
                continue;
            }
            out.push(Mention {
                span: m.span,
                rule: rule.id.clone(),
                kind: MentionKind::Time(TimeMention {
                    minutes: hour * 60 + minute,
                }),
            });
        }
    }
    longest_non_overlapping(out)
}
