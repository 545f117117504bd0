//! Date and date-period cases of the Recognizers-Text French and English
//! suites, run through factdiff's public date API
//! (`factdiff::extract::date`) with that language's rules.
//!
//! In scope: `DateExtractor`, `DateParser`, `DatePeriodExtractor`,
//! `DatePeriodParser`, and the cases of `DateTimeModel` and `MergedParser`
//! whose every result is a date or a date range (plus their negative cases).
//!
//! How a case is compared:
//! - Spans: same number of results; each result has the same text
//!   (case-insensitive) and start (in chars), after removing leading
//!   whitespace and leading prepositions and articles ("le", "du", "entre",
//!   "depuis", "pour"…) from both sides: upstream includes them or not
//!   from one case to the next ("pour le 27" but "lendemain" in "le
//!   lendemain", " Oct. 2 et Octobre 22" after "entre").
//! - In the type-specific files only our mentions of that type count: a
//!   day is a `date`; ranges, periods, years and open bounds ("more than
//!   2 weeks before today") are a `daterange`.
//! - Values (parser and model files): our [`date::resolve`] against the
//!   case's reference date must equal one of the expected resolutions
//!   (future or past: upstream gives both when the year is open). A day
//!   equals a date; a range equals a start/end pair when the first days
//!   match and the last day is the end (upstream day ranges) or the day
//!   before it (upstream periods end exclusively); a range of whole years
//!   also equals upstream's end at the start of its last year ("2014 to
//!   2018" is `[2014-01-01, 2018-01-01)` upstream), a range ending
//!   with a whole month ends at the start of that month upstream ("from
//!   March to May" is `[03-01, 05-01)`), and so does a range ending with
//!   any other whole period (a `DayExpr::Bound` end: "from week 31 to week
//!   35" is `[07-30, 08-27)`, "2017-q1 to 2018-q1" `[2017-01-01,
//!   2018-01-01)`). A day that does not
//!   exist resolves to 0001-01-01 upstream and to nothing here: equal.
//!   When upstream resolves
//!   nothing ("not resolved", a season), only the span is compared.
//! - Cases without a reference date (decades) use 2016-11-07, the
//!   reference of most cases.

use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate};
use factdiff::corpus::Article;
use factdiff::extract::date::{self, DateValue, DayExpr, Interval};
use factdiff::extract::{Doc, MentionKind};
use factdiff::rules::RuleSet;
use serde_json::Value;

use super::common::{self, Case, FileResult, Suite};

/// The embedded rules, compiled once for the whole run.
static RULES: LazyLock<RuleSet> = LazyLock::new(|| RuleSet::embedded().0);

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Extractor,
    Parser,
    Model,
    Merged,
}

struct Spec {
    file: &'static str,
    shape: Shape,
    /// The only type of our mentions that counts in this file.
    only: Option<&'static str>,
    floor: f64,
}

const FRENCH_SPECS: &[Spec] = &[
    Spec {
        file: "DateTime/DateExtractor.json",
        shape: Shape::Extractor,
        only: Some("date"),
        floor: 91.0,
    },
    Spec {
        file: "DateTime/DateParser.json",
        shape: Shape::Parser,
        only: Some("date"),
        floor: 96.0,
    },
    Spec {
        file: "DateTime/DatePeriodExtractor.json",
        shape: Shape::Extractor,
        only: Some("daterange"),
        floor: 97.0,
    },
    Spec {
        file: "DateTime/DatePeriodParser.json",
        shape: Shape::Parser,
        only: Some("daterange"),
        floor: 93.0,
    },
    Spec {
        file: "DateTime/DateTimeModel.json",
        shape: Shape::Model,
        only: None,
        floor: 94.0,
    },
    Spec {
        file: "DateTime/MergedParser.json",
        shape: Shape::Merged,
        only: None,
        floor: 100.0,
    },
];

/// English floors: just under the pass rates measured last (raised as
/// they improve, never lowered).
const ENGLISH_SPECS: &[Spec] = &[
    Spec {
        file: "DateTime/DateExtractor.json",
        shape: Shape::Extractor,
        only: Some("date"),
        floor: EN_FLOOR_DATE_EXTRACTOR,
    },
    Spec {
        file: "DateTime/DateParser.json",
        shape: Shape::Parser,
        only: Some("date"),
        floor: EN_FLOOR_DATE_PARSER,
    },
    Spec {
        file: "DateTime/DatePeriodExtractor.json",
        shape: Shape::Extractor,
        only: Some("daterange"),
        floor: EN_FLOOR_PERIOD_EXTRACTOR,
    },
    Spec {
        file: "DateTime/DatePeriodParser.json",
        shape: Shape::Parser,
        only: Some("daterange"),
        floor: EN_FLOOR_PERIOD_PARSER,
    },
    Spec {
        file: "DateTime/DateTimeModel.json",
        shape: Shape::Model,
        only: None,
        floor: EN_FLOOR_MODEL,
    },
    Spec {
        file: "DateTime/MergedParser.json",
        shape: Shape::Merged,
        only: None,
        floor: EN_FLOOR_MERGED,
    },
];

const EN_FLOOR_DATE_EXTRACTOR: f64 = 95.0;
const EN_FLOOR_DATE_PARSER: f64 = 96.0;
const EN_FLOOR_PERIOD_EXTRACTOR: f64 = 98.0;
const EN_FLOOR_PERIOD_PARSER: f64 = 93.0;
const EN_FLOOR_MODEL: f64 = 89.5;
const EN_FLOOR_MERGED: f64 = 100.0;

/// One expected or found result.
#[derive(Debug)]
struct Hit {
    text: String,
    start: usize,
}

/// An expected resolution: a day, or a start and (exclusive) end.
#[derive(Debug)]
enum Want {
    Day(NaiveDate),
    Range(NaiveDate, NaiveDate),
}

/// Leading words dropped from both sides, per language.
fn leading(lang: &str) -> &'static [&'static str] {
    match lang {
        "en" => ENGLISH_LEADING,
        _ => FRENCH_LEADING,
    }
}

const ENGLISH_LEADING: &[&str] = &[
    "starting", "between", "during", "through", "since", "until", "from", "till", "for", "the",
    "on", "in", "at", "by", "of",
];

const FRENCH_LEADING: &[&str] = &[
    "à partir du",
    "a partir du",
    "à partir de",
    "a partir de",
    "jusqu'au",
    "jusqu'à",
    "jusqu'a",
    "depuis",
    "entre",
    "pour",
    "dans",
    "sur",
    "les",
    "le",
    "la",
    "l'",
    "du",
    "de",
    "des",
    "d'",
    "en",
    "au",
    "aux",
    "à",
    "a",
];

/// Lower-case the text and drop leading whitespace and function words,
/// moving the start along.
fn normalise(lang: &str, text: &str, start: usize) -> Hit {
    let mut s = text.to_lowercase().replace('’', "'");
    let mut start = start;
    loop {
        let trimmed = s.trim_start();
        start += s.chars().count() - trimmed.chars().count();
        s = trimmed.to_string();
        let word = leading(lang).iter().find(|w| {
            s.strip_prefix(**w)
                .is_some_and(|rest| w.ends_with('\'') || rest.starts_with(char::is_whitespace))
        });
        match word {
            Some(w) if s.len() > w.len() => {
                start += w.chars().count();
                s = s[w.len()..].to_string();
            }
            _ => break,
        }
    }
    Hit {
        text: s.trim_end().to_string(),
        start,
    }
}

fn parse_day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Expected resolutions of one result (empty: nothing to compare).
fn wants(shape: Shape, r: &Value) -> Vec<Want> {
    let from = |v: &Value, day: &str, start: &str, end: &str| -> Option<Want> {
        if let Some(d) = v.get(day).and_then(Value::as_str).and_then(parse_day) {
            return Some(Want::Day(d));
        }
        let s = v.get(start).and_then(Value::as_str).and_then(parse_day)?;
        let e = v.get(end).and_then(Value::as_str).and_then(parse_day)?;
        Some(Want::Range(s, e))
    };
    match shape {
        Shape::Extractor => Vec::new(),
        Shape::Parser => ["FutureResolution", "PastResolution"]
            .iter()
            .filter_map(|k| r.pointer(&format!("/Value/{k}")))
            .filter_map(|v| from(v, "date", "startDate", "endDate"))
            .collect(),
        Shape::Model | Shape::Merged => r
            .pointer("/Resolution/values")
            .or_else(|| r.pointer("/Value/values"))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|v| from(v, "value", "start", "end"))
            .collect(),
    }
}

/// A resolved value and, for a range ending with a whole period, the first
/// day of that period (upstream ends such a range there: "from week 31 to
/// week 35" is `[week 31's Monday, week 35's Monday)`).
#[derive(Debug, Clone, Copy)]
struct Got {
    interval: Option<Interval>,
    last_start: Option<NaiveDate>,
}

fn matches(want: &Want, got: Got) -> bool {
    if let (Want::Range(s, e), Some(i), Some(l)) = (want, got.interval, got.last_start) {
        if i.first == *s && l == *e && l > *s {
            return true;
        }
    }
    let Some(i) = got.interval else {
        // Upstream resolves a day that does not exist ("Feb 30") to
        // 0001-01-01; ours is kept invalid and resolves to nothing.
        return matches!(want, Want::Day(d) if Some(*d) == NaiveDate::from_ymd_opt(1, 1, 1));
    };
    match want {
        Want::Day(d) => i.first == *d && i.last == *d,
        Want::Range(s, e) => {
            i.first == *s
                && (i.last == *e
                    || i.last + Duration::days(1) == *e
                    // Upstream ends a range of whole years at the start
                    // of the last one ("2014 to 2018" -> [2014, 2018-01-01),
                    // "May 2015 to 2018" -> [2015-05-01, 2018-01-01)).
                    || (i.last.month() == 12
                        && i.last.day() == 31
                        && e.ordinal() == 1
                        && e.year() == i.last.year()
                        && e.year() > s.year())
                    // Likewise a range ending with a whole month ends at
                    // the start of that month upstream ("from March to
                    // May" -> [03-01, 05-01)).
                    || (i.first.day() == 1
                        && i.last.succ_opt().is_some_and(|n| n.day() == 1)
                        && e.day() == 1
                        && e.year() == i.last.year()
                        && e.month() == i.last.month()
                        && e > s))
        }
    }
}

fn expected_hit(lang: &str, shape: Shape, r: &Value) -> Hit {
    let text = r["Text"].as_str().unwrap_or_default();
    let start = match r.get("Start").and_then(Value::as_u64) {
        Some(s) => s as usize,
        // One model case gives only the (inclusive) end.
        None => (r["End"].as_u64().unwrap_or(0) as usize + 1).saturating_sub(text.chars().count()),
    };
    let _ = shape;
    normalise(lang, text, start)
}

fn result_type(shape: Shape, r: &Value) -> &str {
    match shape {
        Shape::Model => r["TypeName"]
            .as_str()
            .unwrap_or_default()
            .trim_start_matches("datetimeV2."),
        _ => r["Type"].as_str().unwrap_or_default(),
    }
}

/// What our extractor finds in one input: (hit, type, resolved value).
fn find(code: &str, input: &str, reference: NaiveDate) -> Vec<(Hit, &'static str, Got)> {
    let Some(lang) = RULES.language(code) else {
        return Vec::new();
    };
    let article = Article {
        path: "conformance".into(),
        text: input.into(),
        language: Some(code.into()),
        outlet: None,
        published_header: None,
        header: None,
        notes: vec![],
    };
    let doc = Doc::new(&article, lang);
    date::extract(&doc)
        .into_iter()
        .filter_map(|m| {
            let MentionKind::Date(d) = &m.kind else {
                return None;
            };
            // An open bound ("more than 2 weeks before today") is a range
            // with one end, as upstream types it.
            let kind = match d.value {
                DateValue::Day { .. } if !d.marker.is_open() => "date",
                _ => "daterange",
            };
            let value = match d.invalid {
                Some(_) => None,
                None => date::resolve(&d.value, reference),
            };
            let last_start = match &d.value {
                DateValue::Range {
                    end: DayExpr::Bound { of, start: false },
                    ..
                } => date::resolve(of, reference).map(|i| i.first),
                _ => None,
            };
            let value = Got {
                interval: value,
                last_start,
            };
            let start = common::char_index(input, m.span.start);
            Some((
                normalise(code, &input[m.span.start..m.span.end], start),
                kind,
                value,
            ))
        })
        .collect()
}

fn run_file(suite: Suite, spec: &Spec) -> FileResult {
    let mut result = FileResult::new(spec.file, spec.floor);
    let default_ref = NaiveDate::from_ymd_opt(2016, 11, 7).unwrap_or_default();
    for case in common::load(suite, spec.file) {
        if matches!(spec.shape, Shape::Model | Shape::Merged)
            && !case
                .results
                .iter()
                .all(|r| matches!(result_type(spec.shape, r), "date" | "daterange"))
        {
            continue;
        }
        if common::leave_out(suite, &case) {
            continue;
        }
        let reference = case.reference.map_or(default_ref, |r| r.date());
        let (ok, shown) = check(suite.lang, spec, &case, reference);
        result.record(ok, || shown);
    }
    result
}

fn check(lang: &str, spec: &Spec, case: &Case, reference: NaiveDate) -> (bool, String) {
    let mut got = find(lang, &case.input, reference);
    if let Some(only) = spec.only {
        got.retain(|(_, kind, _)| *kind == only);
    }
    let expected: Vec<(Hit, Vec<Want>)> = case
        .results
        .iter()
        .map(|r| (expected_hit(lang, spec.shape, r), wants(spec.shape, r)))
        .collect();
    let ok = got.len() == expected.len()
        && got
            .iter()
            .zip(&expected)
            .all(|((hit, _, value), (want, values))| {
                hit.text == want.text
                    && hit.start == want.start
                    && (values.is_empty() || values.iter().any(|w| matches(w, *value)))
            });
    let shown = format!(
        "{:?} (ref {reference}) expected {:?} got {:?}",
        case.input,
        expected
            .iter()
            .map(|(h, w)| format!("{:?}@{} {:?}", h.text, h.start, w))
            .collect::<Vec<_>>(),
        got.iter()
            .map(|(h, k, v)| format!(
                "{:?}@{} {k} {}",
                h.text,
                h.start,
                v.interval
                    .map_or("-".to_string(), |i| format!("{}/{}", i.first, i.last))
            ))
            .collect::<Vec<_>>()
    );
    (ok, shown)
}

pub fn run(suite: Suite) -> Vec<FileResult> {
    let specs = match suite.lang {
        "en" => ENGLISH_SPECS,
        _ => FRENCH_SPECS,
    };
    specs.iter().map(|s| run_file(suite, s)).collect()
}
