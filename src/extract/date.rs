//! Dates: days, ranges, weekdays, relative days and years.
//!
//! Finds "22 juin", "dimanche 22 juin 2025", "le 1er juillet", "du 22 au 26
//! juin 2025", "22-26 juin", "entre le 22 et le 26 juin", "jusqu'au 26 juin",
//! "depuis dimanche 22 juin", a weekday alone ("arrivé dimanche"), "hier",
//! "aujourd'hui", "demain", "la veille", "le lendemain", and years ("en
//! 2022", "depuis 2012", "de 2020 et 2021"). Rules of kind `date` in
//! `rules/fr/dates.json` give the phrasings; this file turns their named
//! groups into a [`DateMention`] and resolves relative forms against the
//! article's date ([`resolve_day`]).
//!
//! Known limits: see the rule file's description.
//!
//! STATUS: skeleton; the extraction is being written.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;

use super::{Doc, Mention};
use crate::value::PartialDate;

/// What a date mention says, before resolution.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum DateValue {
    /// One day.
    Day { day: DayExpr },
    /// A range of days ("du 22 au 26 juin", "22-26 juin").
    Range { start: DayExpr, end: DayExpr },
    /// A year ("en 2022", "depuis 2012").
    Year { year: i32 },
    /// Several years ("de 2020 et 2021").
    Years { years: Vec<i32> },
}

/// An expression naming one day.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "form", rename_all = "kebab-case")]
pub enum DayExpr {
    /// An explicit date; the year may be missing, the weekday is kept to
    /// check it against the date.
    Date {
        year: Option<i32>,
        month: u32,
        day: u32,
        #[serde(skip_serializing_if = "Option::is_none")]
        weekday: Option<String>,
    },
    /// A weekday alone ("dimanche"), resolved against the article's date.
    Weekday { weekday: String },
    /// Days relative to the article's date: hier = -1, aujourd'hui = 0, demain = 1.
    Relative { days: i64 },
    /// Days relative to the previous dated event: la veille = -1, le lendemain = 1.
    RelativeToPrevious { days: i64 },
}

/// How the date is attached to what it dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Marker {
    /// A plain date ("le 22 juin").
    Plain,
    /// The start of something ("depuis le 22 juin", "à partir du").
    Since,
    /// The end of something ("jusqu'au 26 juin").
    Until,
}

/// A date found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateMention {
    pub value: DateValue,
    pub marker: Marker,
    /// Set when the date does not exist ("31 juin"): it is reported, never
    /// turned into another date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invalid: Option<String>,
}

impl DateMention {
    /// Normalised value, for rule examples: `2025-06-22`, `--06-22`,
    /// `2025-06-22/2025-06-26`, `dimanche`, `rel:-1`, `2022`.
    pub fn value_string(&self) -> String {
        let prefix = match self.marker {
            Marker::Plain => "",
            Marker::Since => "since ",
            Marker::Until => "until ",
        };
        let body = match &self.value {
            DateValue::Day { day } => day_string(day),
            DateValue::Range { start, end } => format!("{}/{}", day_string(start), day_string(end)),
            DateValue::Year { year } => year.to_string(),
            DateValue::Years { years } => years
                .iter()
                .map(|y| y.to_string())
                .collect::<Vec<_>>()
                .join(","),
        };
        format!("{prefix}{body}")
    }

    /// Whether the mention names a day (not only a year).
    pub fn is_day(&self) -> bool {
        matches!(self.value, DateValue::Day { .. } | DateValue::Range { .. })
    }
}

fn day_string(d: &DayExpr) -> String {
    match d {
        DayExpr::Date {
            year, month, day, ..
        } => PartialDate {
            year: *year,
            month: *month,
            day: *day,
        }
        .to_string(),
        DayExpr::Weekday { weekday } => weekday.clone(),
        DayExpr::Relative { days } => format!("rel:{days}"),
        DayExpr::RelativeToPrevious { days } => format!("prev:{days}"),
    }
}

/// Parse a weekday name as the rules' `weekday` lexicon keys it
/// (`mon`…`sun`).
pub fn weekday_of_key(key: &str) -> Option<Weekday> {
    Some(match key {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

/// Which way a weekday alone points from the article's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// On or before the anchor ("arrivé dimanche", "depuis dimanche").
    Past,
    /// On or after the anchor ("jusqu'à jeudi").
    Future,
}

/// The context a relative day is resolved in.
#[derive(Debug, Clone, Copy)]
pub struct ResolveCtx {
    /// The article's own date.
    pub anchor: Option<NaiveDate>,
    /// The most recent day named before this one in the article (for
    /// "la veille", "le lendemain").
    pub previous: Option<PartialDate>,
    pub direction: Direction,
}

/// A resolved day and, for relative forms, how it was resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub date: PartialDate,
    pub how: Option<String>,
}

/// Resolve a day expression. Explicit dates without a year take the year of
/// the anchor when their month and day fall within six months of it.
pub fn resolve_day(expr: &DayExpr, ctx: &ResolveCtx) -> Option<Resolved> {
    match expr {
        DayExpr::Date {
            year, month, day, ..
        } => {
            let year = year.or_else(|| {
                let a = ctx.anchor?;
                // "le 28 décembre" in an article of 3 January is last year.
                [a.year(), a.year() - 1, a.year() + 1]
                    .into_iter()
                    .filter_map(|y| NaiveDate::from_ymd_opt(y, *month, *day).map(|d| (y, d)))
                    .min_by_key(|(_, d)| (*d - a).num_days().abs())
                    .map(|(y, _)| y)
            });
            Some(Resolved {
                date: PartialDate {
                    year,
                    month: *month,
                    day: *day,
                },
                how: None,
            })
        }
        DayExpr::Weekday { weekday } => {
            let anchor = ctx.anchor?;
            let wd = weekday_of_key(weekday)?;
            let a = anchor.weekday().num_days_from_monday() as i64;
            let w = wd.num_days_from_monday() as i64;
            let delta = match ctx.direction {
                Direction::Past => -((a - w).rem_euclid(7)),
                Direction::Future => (w - a).rem_euclid(7),
            };
            let d = anchor + Duration::days(delta);
            Some(Resolved {
                date: PartialDate::from_naive(d),
                how: Some(format!("{weekday} → {d} (article dated {anchor})")),
            })
        }
        DayExpr::Relative { days } => {
            let anchor = ctx.anchor?;
            let d = anchor + Duration::days(*days);
            Some(Resolved {
                date: PartialDate::from_naive(d),
                how: Some(format!("{days:+} day(s) → {d} (article dated {anchor})")),
            })
        }
        DayExpr::RelativeToPrevious { days } => {
            let prev = ctx.previous?;
            let base = prev.to_naive()?;
            let d = base + Duration::days(*days);
            Some(Resolved {
                date: PartialDate::from_naive(d),
                how: Some(format!("{days:+} day(s) from {prev} → {d}")),
            })
        }
    }
}

/// Find the dates of a document.
pub fn extract(_doc: &Doc) -> Vec<Mention> {
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(anchor: &str, direction: Direction) -> ResolveCtx {
        ResolveCtx {
            anchor: Some(NaiveDate::parse_from_str(anchor, "%Y-%m-%d").unwrap()),
            previous: None,
            direction,
        }
    }

    #[test]
    fn weekdays_resolve_against_the_article_date() {
        let sunday = DayExpr::Weekday {
            weekday: "sun".into(),
        };
        let thursday = DayExpr::Weekday {
            weekday: "thu".into(),
        };
        // Article of Monday 23 June 2025.
        let r = resolve_day(&sunday, &ctx("2025-06-23", Direction::Past)).unwrap();
        assert_eq!(r.date.to_string(), "2025-06-22");
        let r = resolve_day(&thursday, &ctx("2025-06-23", Direction::Future)).unwrap();
        assert_eq!(r.date.to_string(), "2025-06-26");
        assert!(r.how.unwrap().contains("2025-06-23"));
    }

    #[test]
    fn a_date_without_year_takes_the_nearest_year() {
        let d = DayExpr::Date {
            year: None,
            month: 12,
            day: 28,
            weekday: None,
        };
        let r = resolve_day(&d, &ctx("2026-01-03", Direction::Past)).unwrap();
        assert_eq!(r.date.to_string(), "2025-12-28");
    }
}
