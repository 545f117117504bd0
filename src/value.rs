//! Normalised claim values and when two of them agree.
//!
//! | value | agrees with |
//! | --- | --- |
//! | date | the same day; a date without a year agrees with any year |
//! | quantity | see below |
//! | rank | the same rank, or a more specific form of it ("général d'armée" is a "général") |
//! | role / text | the same canonical string |
//! | year | the same year |
//!
//! A quantity is the figure a source states, widened by its qualifier:
//! exact = the point, "près de"/"environ" = ±5 % (a vague number word,
//! "une quinzaine", "des centaines", ±15 %), "entre 100 et 200" =
//! the interval, "au moins"/"plus de" = the figure and above, "au plus"/
//! "moins de" = the figure and below. Two quantities agree when their
//! intervals overlap, with one exception: two upper bounds are two
//! statements of *the figure*, so "au plus 40" and "moins de 60" disagree
//! (each source names a different threshold), unless one figure is the
//! other rounded ("moins de 2 000" and "au plus 1 990" agree). Two lower
//! bounds always agree: counts grow while they are counted, so "au moins
//! 40" beside "au moins 60" is a stale figure, not a contradiction (a toll
//! reported at two moments is judged by the compare stage). An exact
//! figure inside a bound agrees with it ("au moins 60" and "75").
//!
//! Values print in the JSON contract's normal form: ISO 8601 dates
//! (`2025-06-22`, `--06-22` without a year, `a/b` for ranges), decimal
//! numbers with their qualifier, canonical names for ranks and roles.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Serialize};

/// Relative tolerance of approximate quantities ("près de", "environ"):
/// "about 700" and "750", "environ un tiers" and "près de 40 %" are two
/// different figures, as the annotators of real clusters read them.
pub const APPROX_TOLERANCE: f64 = 0.05;

/// What a vague number word ("une quinzaine", "des centaines", `number.approx`)
/// adds to [`APPROX_TOLERANCE`], as the quantity's margin: "une quinzaine
/// d'habitations" agrees with 14.
pub const VAGUE_TOLERANCE: f64 = 0.10;

/// A calendar day whose year may be unknown ("22 juin").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl PartialDate {
    pub fn full(year: i32, month: u32, day: u32) -> Self {
        PartialDate {
            year: Some(year),
            month,
            day,
        }
    }
    pub fn from_naive(d: chrono::NaiveDate) -> Self {
        use chrono::Datelike;
        PartialDate::full(d.year(), d.month(), d.day())
    }
    pub fn to_naive(self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(self.year?, self.month, self.day)
    }
    /// Same day; a missing year agrees with any year.
    pub fn compatible(&self, other: &PartialDate) -> bool {
        self.month == other.month
            && self.day == other.day
            && (self.year.is_none() || other.year.is_none() || self.year == other.year)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

/// How a quantity is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    Exact,
    /// "environ", "près de", "quelque", "une vingtaine".
    About,
    /// "au moins", "au minimum".
    AtLeast,
    /// "plus de", "davantage de".
    MoreThan,
    /// "au plus", "au maximum", "jusqu'à".
    AtMost,
    /// "moins de".
    LessThan,
    /// "entre 100 et 200", "de 100 à 200": the figure is the lower end,
    /// [`Quantity::upper`] the upper end.
    Between,
}

impl Qualifier {
    pub fn parse(s: &str) -> Option<Qualifier> {
        Some(match s {
            "exact" => Qualifier::Exact,
            "about" => Qualifier::About,
            "at-least" => Qualifier::AtLeast,
            "more-than" => Qualifier::MoreThan,
            "at-most" => Qualifier::AtMost,
            "less-than" => Qualifier::LessThan,
            "between" => Qualifier::Between,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::AtLeast => "at-least",
            Qualifier::MoreThan => "more-than",
            Qualifier::AtMost => "at-most",
            Qualifier::LessThan => "less-than",
            Qualifier::Between => "between",
        }
    }

    /// Which way an open bound points: +1 for a lower bound ("au moins"),
    /// -1 for an upper bound ("au plus"), 0 otherwise.
    fn direction(self) -> i8 {
        match self {
            Qualifier::AtLeast | Qualifier::MoreThan => 1,
            Qualifier::AtMost | Qualifier::LessThan => -1,
            _ => 0,
        }
    }
}

/// A counted amount with its qualifier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub value: f64,
    pub qualifier: Qualifier,
    /// The upper end of a range ([`Qualifier::Between`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<f64>,
    /// How far the figure may lie from the one stated, when it was
    /// converted from another unit ([`to_metric`]): "10 miles" is 16.09 km
    /// give or take what rounding to the mile left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub margin: Option<f64>,
}

impl Quantity {
    pub fn new(value: f64, qualifier: Qualifier) -> Self {
        Quantity {
            value,
            qualifier,
            upper: None,
            margin: None,
        }
    }

    /// A range "entre `low` et `high`".
    pub fn between(low: f64, high: f64) -> Self {
        Quantity {
            value: low.min(high),
            qualifier: Qualifier::Between,
            upper: Some(low.max(high)),
            margin: None,
        }
    }

    /// The interval of values the phrasing allows.
    pub fn interval(&self) -> (f64, f64) {
        let v = self.value;
        let m = self.margin.unwrap_or(0.0);
        match self.qualifier {
            Qualifier::Exact => (v - m, v + m),
            // `abs`: "about -10 °C" lies between -11 and -9.
            Qualifier::About => (
                v - v.abs() * APPROX_TOLERANCE - m,
                v + v.abs() * APPROX_TOLERANCE + m,
            ),
            Qualifier::AtLeast | Qualifier::MoreThan => (v - m, f64::INFINITY),
            Qualifier::AtMost | Qualifier::LessThan => (f64::NEG_INFINITY, v + m),
            Qualifier::Between => (v - m, self.upper.unwrap_or(v) + m),
        }
    }

    /// Whether both can be true (see the module documentation).
    pub fn compatible(&self, other: &Quantity) -> bool {
        let (da, db) = (self.qualifier.direction(), other.qualifier.direction());
        // Two lower bounds are both true of any figure above the larger:
        // counts grow while they are counted, so a smaller "at least" is a
        // stale one ("at least 7,000 structures", later "more than 9,400"),
        // not a contradiction.
        if da > 0 && db > 0 {
            return true;
        }
        if da != 0 && da == db {
            return same_figure(self.value, other.value, da);
        }
        let (a0, a1) = self.interval();
        let (b0, b1) = other.interval();
        a0 <= b1 && b0 <= a1
    }
}

/// Imperial and US units and the metric unit each is compared in (canonical
/// unit keys of the `unit.dimension` lexicons), with the factor between
/// them and the offset added before it (only Fahrenheit has one: °C =
/// (°F − 32) × 5/9). A figure in miles and one in kilometres of the same
/// distance are one claim, whichever language wrote them.
const TO_METRIC: &[(&str, &str, f64, f64)] = &[
    ("mi", "km", 1.609_344, 0.0),
    ("nmi", "km", 1.852, 0.0),
    ("mph", "km/h", 1.609_344, 0.0),
    ("ft", "m", 0.3048, 0.0),
    ("yd", "m", 0.9144, 0.0),
    ("in", "cm", 2.54, 0.0),
    ("mi2", "km2", 2.589_988_110_336, 0.0),
    ("acre", "ha", 0.404_685_642_24, 0.0),
    ("lb", "kg", 0.453_592_37, 0.0),
    ("oz", "g", 28.349_523_125, 0.0),
    ("gal", "l", 3.785_411_784, 0.0),
    ("ft3", "m3", 0.028_316_846_592, 0.0),
    ("degF", "degC", 5.0 / 9.0, -32.0),
];

/// A quantity in `unit` restated in the metric unit it is compared in
/// (`None` when `unit` is metric already or unknown): the figure times the
/// factor, rounded to the hundredth, with the qualifier kept. A converted
/// figure is only as exact as the figure written, which was rounded in its
/// own unit ("10 miles" for 16.09 km, "six miles" for a 10 km depth,
/// "150 mph" for 240 km/h): it carries a margin of half the last digit
/// written (the last non-zero one of a whole number: "150" is 150 ± 5), at
/// most 5 % of the figure, converted too. Figures in one unit keep their
/// precision: 14,021 and 14,201 acres still differ.
pub fn to_metric(unit: &str, q: &Quantity) -> Option<(&'static str, Quantity)> {
    let &(_, metric, factor, offset) = TO_METRIC.iter().find(|(from, _, _, _)| *from == unit)?;
    let convert = |v: f64| ((v + offset) * factor * 100.0).round() / 100.0;
    Some((
        metric,
        Quantity {
            value: convert(q.value),
            qualifier: q.qualifier,
            upper: q.upper.map(convert),
            margin: Some(written_margin(q.value) * factor),
        },
    ))
}

/// Half the unit of the last digit of a figure as written (see
/// [`to_metric`]), at most 5 % of it: what rounding the figure to the
/// precision it is written with may have left out ("41 °C" for 41.2).
pub fn written_margin(v: f64) -> f64 {
    let v = v.abs();
    let mut unit = 1.0;
    if v.fract() != 0.0 {
        // Decimals: the last one written (up to four).
        while unit > 1e-4 && ((v / unit).round() * unit - v).abs() > 1e-9 {
            unit /= 10.0;
        }
    } else {
        while v >= unit * 10.0 && (v / (unit * 10.0)).fract() == 0.0 {
            unit *= 10.0;
        }
    }
    (unit / 2.0).min(v * 0.05)
}

/// The metric unit a figure in `unit` is compared in, when `unit` is not
/// metric ("mph" → "km/h").
pub fn metric_unit(unit: &str) -> Option<&'static str> {
    TO_METRIC
        .iter()
        .find(|(from, _, _, _)| *from == unit)
        .map(|&(_, metric, _, _)| metric)
}

/// A quantity in the unit it is compared in: [`to_metric`], or itself.
pub fn in_metric<'u>(unit: &'u str, q: &Quantity) -> (&'u str, Quantity) {
    match to_metric(unit, q) {
        Some((metric, converted)) => (metric, converted),
        None => (unit, q.clone()),
    }
}

/// Whether two figures given as bounds in the same direction name one
/// threshold: equal, or the rounder one is the other rounded toward the
/// bound (down for lower bounds: 2 012 → 2 000; up for upper bounds).
fn same_figure(a: f64, b: f64, direction: i8) -> bool {
    if a == b {
        return true;
    }
    // The rounder figure sets the precision.
    let round_unit = |v: f64| -> f64 {
        if v.fract() != 0.0 || v <= 0.0 {
            return 0.0;
        }
        let mut unit = 1.0;
        while (v / (unit * 10.0)).fract() == 0.0 && unit < 1e12 {
            unit *= 10.0;
        }
        unit
    };
    let (round, precise) = if round_unit(a) >= round_unit(b) {
        (a, b)
    } else {
        (b, a)
    };
    let unit = round_unit(round);
    if unit <= 1.0 {
        return false;
    }
    let rounded = if direction > 0 {
        (precise / unit).floor() * unit
    } else {
        (precise / unit).ceil() * unit
    };
    rounded == round
}

/// The clock time a time-of-day label states ("about 23:10" → "23:10").
fn stated_clock(label: &str) -> &str {
    label.rsplit(' ').next().unwrap_or(label)
}

/// Format a number without a trailing `.0`.
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A quantity as a reader writes it: a count of millions or billions
/// round to the hundredth in words ("1.5 million", "2 billion"), anything
/// else as [`format_number`]. One-to-one, so the text still keys groups
/// and baselines.
fn format_quantity(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let n = v as i64;
        for (scale, word) in [(1_000_000_000_i64, "billion"), (1_000_000, "million")] {
            if n.abs() >= scale && n % (scale / 100) == 0 {
                let hundredths = n / (scale / 100);
                let (whole, frac) = (hundredths / 100, (hundredths % 100).abs());
                return match frac {
                    0 => format!("{whole} {word}"),
                    f if f % 10 == 0 => format!("{whole}.{} {word}", f / 10),
                    f => format!("{whole}.{f:02} {word}"),
                };
            }
        }
    }
    format_number(v)
}

/// A normalised claim value.
/// Serialised adjacently tagged (`{"type": "year", "value": 2021}`):
/// internally tagged enums cannot hold a bare number or string.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum Value {
    Date(PartialDate),
    DateRange {
        start: Option<PartialDate>,
        end: Option<PartialDate>,
    },
    Year(i32),
    Quantity(Quantity),
    /// A rank with the more general ranks it is a form of
    /// (`général d'armée` is_a [`général`]).
    Rank {
        name: String,
        is_a: Vec<String>,
    },
    Role(String),
    Text(String),
    /// A time of day as an interval of minutes after midnight, both ends
    /// included: "23h11" is 23:11–23:11, "vers 23h10" 23:00–23:20, "peu
    /// avant 23 h" 22:30–22:59. `label` is how it is shown ("about 23:10").
    TimeOfDay {
        from: u32,
        to: u32,
        label: String,
    },
    /// A day of the week ("samedi", "Thursday"), shown by its English name.
    Weekday(chrono::Weekday),
    /// A model of a make ("Boeing 737-800") with the less precise models it
    /// is a form of (`Boeing 737`): a less precise form agrees.
    Model {
        name: String,
        is_a: Vec<String>,
    },
}

impl Value {
    /// Whether two values can both be true.
    pub fn compatible(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Date(a), Value::Date(b)) => a.compatible(b),
            (Value::DateRange { start: s1, end: e1 }, Value::DateRange { start: s2, end: e2 }) => {
                bound_ok(s1, s2) && bound_ok(e1, e2)
            }
            // A day of a range: an event in "la nuit du 8 au 9" happened on
            // the 8th or the 9th.
            (Value::Date(d), Value::DateRange { start, end })
            | (Value::DateRange { start, end }, Value::Date(d)) => {
                within(d, start.as_ref(), end.as_ref())
            }
            (Value::Year(a), Value::Year(b)) => a == b,
            (Value::Quantity(a), Value::Quantity(b)) => a.compatible(b),
            (Value::Rank { name: a, is_a: pa }, Value::Rank { name: b, is_a: pb })
            | (Value::Model { name: a, is_a: pa }, Value::Model { name: b, is_a: pb }) => {
                a == b || pa.contains(b) || pb.contains(a)
            }
            (Value::Role(a), Value::Role(b)) | (Value::Text(a), Value::Text(b)) => a == b,
            (Value::Weekday(a), Value::Weekday(b)) => a == b,
            (
                Value::TimeOfDay {
                    from: f1, to: t1, ..
                },
                Value::TimeOfDay {
                    from: f2, to: t2, ..
                },
            ) => f1 <= t2 && f2 <= t1,
            _ => false,
        }
    }

    /// Whether two compatible values state the same figure. A qualifier
    /// widens a figure ("vers 23h10" is compatible with 23:11, "près de 2
    /// 000" with 2 012) but the figure stated is the claim: in a conflict,
    /// each figure stated is shown as a group of its own, so that "vers
    /// 23h10" is not reported as if it said 23:11. A less precise form of
    /// one value (a date without its year, a rank's general form) states
    /// the same thing as the precise one.
    pub fn same_statement(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Quantity(a), Value::Quantity(b)) => a.value == b.value && a.upper == b.upper,
            (Value::TimeOfDay { label: a, .. }, Value::TimeOfDay { label: b, .. }) => {
                stated_clock(a) == stated_clock(b)
            }
            (Value::Date(_), Value::DateRange { .. })
            | (Value::DateRange { .. }, Value::Date(_)) => false,
            _ => true,
        }
    }

    /// How specific a value is; among compatible values the group is labelled
    /// by the most general one ("général" over "général d'armée") for ranks
    /// and by the most precise one for dates.
    pub fn specificity(&self) -> usize {
        match self {
            Value::Rank { is_a, .. } | Value::Model { is_a, .. } => is_a.len(),
            Value::Date(d) => usize::from(d.year.is_some()),
            Value::Quantity(q) => {
                usize::from(q.qualifier == Qualifier::Exact && q.margin.is_none())
            }
            Value::TimeOfDay { from, to, .. } => usize::from(from == to),
            _ => 0,
        }
    }

    /// Whether this is `other` with less said: a day without the year of
    /// the same day ("26 juin" beside 2025-06-26), a range whose bounds
    /// are so, a less precise model ("Boeing 737" beside "Boeing
    /// 737-800"). Such a value is no other figure of an agreement.
    pub fn says_less_than(&self, other: &Value) -> bool {
        let date = |a: &PartialDate, b: &PartialDate| {
            a.compatible(b) && (a.year.is_none() || a.year == b.year)
        };
        let bound = |a: &Option<PartialDate>, b: &Option<PartialDate>| match (a, b) {
            (None, _) => true,
            (Some(a), Some(b)) => date(a, b),
            (Some(_), None) => false,
        };
        match (self, other) {
            (Value::Date(a), Value::Date(b)) => a.year.is_none() && date(a, b),
            (Value::DateRange { start: s1, end: e1 }, Value::DateRange { start: s2, end: e2 }) => {
                self != other && bound(s1, s2) && bound(e1, e2)
            }
            (Value::Model { name, .. }, Value::Model { is_a, .. }) => is_a.contains(name),
            _ => false,
        }
    }

    /// A short kind name used in finding names (`date-conflict`, `rank-conflict`).
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Date(_) | Value::DateRange { .. } => "date",
            Value::Year(_) => "year",
            Value::Quantity(_) => "count",
            Value::Rank { .. } => "rank",
            Value::Role(_) => "role",
            Value::Text(_) => "text",
            Value::TimeOfDay { .. } => "time",
            Value::Weekday(_) => "weekday",
            Value::Model { .. } => "model",
        }
    }

    /// A total order for deterministic output.
    pub fn sort_key(&self) -> String {
        match self {
            Value::Quantity(q) => format!(
                "q{:020.4}{}{}",
                q.value,
                q.qualifier.as_str(),
                q.upper.map(|u| format!("{u:020.4}")).unwrap_or_default()
            ),
            Value::TimeOfDay { from, to, label } => format!("t{from:04}{to:04}{label}"),
            other => other.to_string(),
        }
    }

    pub fn cmp_key(&self, other: &Value) -> Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

/// Whether a day may lie in a range: on a bound, or between them (by
/// month and day when a year is missing; an open end bounds nothing).
fn within(d: &PartialDate, start: Option<&PartialDate>, end: Option<&PartialDate>) -> bool {
    if start.is_some_and(|s| s.compatible(d)) || end.is_some_and(|e| e.compatible(d)) {
        return true;
    }
    let years_agree = |o: &PartialDate| o.year.is_none() || d.year.is_none() || o.year == d.year;
    let key = |p: &PartialDate| (p.month, p.day);
    start.is_none_or(|s| years_agree(s) && key(s) <= key(d))
        && end.is_none_or(|e| years_agree(e) && key(d) <= key(e))
}

fn bound_ok(a: &Option<PartialDate>, b: &Option<PartialDate>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.compatible(b),
        _ => true,
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Date(d) => write!(f, "{d}"),
            Value::DateRange { start, end } => {
                let s = start.map(|d| d.to_string()).unwrap_or_else(|| "..".into());
                let e = end.map(|d| d.to_string()).unwrap_or_else(|| "..".into());
                write!(f, "{s}/{e}")
            }
            Value::Year(y) => write!(f, "{y}"),
            Value::Quantity(q) => match q.qualifier {
                Qualifier::Exact => write!(f, "{}", format_quantity(q.value)),
                Qualifier::Between => write!(
                    f,
                    "between {} and {}",
                    format_quantity(q.value),
                    format_quantity(q.upper.unwrap_or(q.value))
                ),
                other => write!(f, "{} {}", other.as_str(), format_quantity(q.value)),
            },
            Value::Rank { name, .. } => write!(f, "{name}"),
            Value::Role(r) | Value::Text(r) => write!(f, "{r}"),
            Value::TimeOfDay { label, .. } => write!(f, "{label}"),
            Value::Weekday(w) => write!(f, "{}", crate::extract::date::weekday_name(*w)),
            Value::Model { name, .. } => write!(f, "{name}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_millions_and_billions_read_in_words() {
        let show = |v: f64, q: Qualifier| Value::Quantity(Quantity::new(v, q)).to_string();
        assert_eq!(show(1_500_000.0, Qualifier::About), "about 1.5 million");
        assert_eq!(show(1_000_000.0, Qualifier::Exact), "1 million");
        assert_eq!(show(1_230_000.0, Qualifier::Exact), "1.23 million");
        assert_eq!(
            show(2_050_000_000.0, Qualifier::AtLeast),
            "at-least 2.05 billion"
        );
        // Not round to the hundredth, or under a million: digits.
        assert_eq!(show(1_234_567.0, Qualifier::Exact), "1234567");
        assert_eq!(show(14_021.0, Qualifier::Exact), "14021");
        assert_eq!(show(2.5, Qualifier::Exact), "2.5");
    }

    #[test]
    fn a_day_agrees_with_a_range_it_lies_in() {
        let day = |y: Option<i32>, m: u32, d: u32| PartialDate {
            year: y,
            month: m,
            day: d,
        };
        let night = Value::DateRange {
            start: Some(day(Some(2023), 9, 8)),
            end: Some(day(Some(2023), 9, 9)),
        };
        for (d, ok) in [
            (day(Some(2023), 9, 8), true),
            (day(Some(2023), 9, 9), true),
            (day(None, 9, 9), true),
            (day(Some(2023), 9, 7), false),
            (day(Some(2023), 9, 10), false),
            (day(Some(2024), 9, 8), false),
        ] {
            assert_eq!(Value::Date(d).compatible(&night), ok, "{d}");
            assert_eq!(night.compatible(&Value::Date(d)), ok, "{d}");
            // Compatible, but a different statement: its own group.
            assert!(!Value::Date(d).same_statement(&night));
        }
        let week = Value::DateRange {
            start: Some(day(None, 6, 22)),
            end: Some(day(None, 6, 26)),
        };
        assert!(Value::Date(day(Some(2025), 6, 24)).compatible(&week));
        assert!(!Value::Date(day(Some(2025), 6, 27)).compatible(&week));
    }

    #[test]
    fn a_day_without_its_year_says_less_but_another_figure_does_not() {
        let day = |y: Option<i32>, m: u32, d: u32| {
            Value::Date(PartialDate {
                year: y,
                month: m,
                day: d,
            })
        };
        assert!(day(None, 6, 26).says_less_than(&day(Some(2025), 6, 26)));
        assert!(!day(Some(2025), 6, 26).says_less_than(&day(None, 6, 26)));
        assert!(!day(None, 6, 25).says_less_than(&day(Some(2025), 6, 26)));
        assert!(!q(312.0, Qualifier::AtLeast).says_less_than(&q(340.0, Qualifier::Exact)));
    }

    #[test]
    fn every_value_serialises_with_its_tag_and_round_trips() {
        for v in [
            Value::Role("président".into()),
            Value::Text("x".into()),
            Value::Year(2021),
            Value::Date(PartialDate::full(2025, 6, 22)),
            Value::Weekday(chrono::Weekday::Sat),
        ] {
            let json = serde_json::to_string(&v).expect("serialises");
            assert!(
                json.contains("\"type\"") && json.contains("\"value\""),
                "{json}"
            );
            let back: Value = serde_json::from_str(&json).expect("parses");
            assert_eq!(back, v);
        }
    }

    fn q(v: f64, qualifier: Qualifier) -> Value {
        Value::Quantity(Quantity::new(v, qualifier))
    }

    fn between(a: f64, b: f64) -> Value {
        Value::Quantity(Quantity::between(a, b))
    }

    #[test]
    fn ranges_are_intervals() {
        assert!(between(100.0, 200.0).compatible(&q(150.0, Qualifier::Exact)));
        assert!(!between(100.0, 200.0).compatible(&q(250.0, Qualifier::Exact)));
        assert!(q(200.0, Qualifier::MoreThan).compatible(&between(200.0, 400.0)));
        assert!(!q(500.0, Qualifier::MoreThan).compatible(&between(200.0, 400.0)));
        assert!(between(100.0, 200.0).compatible(&between(180.0, 300.0)));
        assert_eq!(between(200.0, 100.0).to_string(), "between 100 and 200");
    }

    #[test]
    fn two_upper_bounds_name_one_figure_and_lower_bounds_agree() {
        // Each source names its ceiling: 50 and 30 are two figures.
        assert!(!q(50.0, Qualifier::LessThan).compatible(&q(30.0, Qualifier::AtMost)));
        // Unless one is the other rounded toward the bound.
        assert!(q(50.0, Qualifier::LessThan).compatible(&q(45.0, Qualifier::LessThan)));
        assert!(q(2000.0, Qualifier::AtMost).compatible(&q(1990.0, Qualifier::AtMost)));
        // Lower bounds: a smaller one is stale, both are true.
        assert!(q(40.0, Qualifier::AtLeast).compatible(&q(60.0, Qualifier::AtLeast)));
        assert!(q(7000.0, Qualifier::AtLeast).compatible(&q(9400.0, Qualifier::MoreThan)));
        assert!(q(2000.0, Qualifier::MoreThan).compatible(&q(2012.0, Qualifier::AtLeast)));
        assert!(q(60.0, Qualifier::AtLeast).compatible(&q(60.0, Qualifier::MoreThan)));
        // A bound and a figure inside it agree; opposite bounds overlap.
        assert!(q(40.0, Qualifier::AtLeast).compatible(&q(56.0, Qualifier::Exact)));
        assert!(q(200.0, Qualifier::MoreThan).compatible(&q(300.0, Qualifier::LessThan)));
        assert!(!q(300.0, Qualifier::MoreThan).compatible(&q(200.0, Qualifier::LessThan)));
    }

    #[test]
    fn dates_without_year_agree_with_any_year() {
        let a = Value::Date(PartialDate {
            year: None,
            month: 6,
            day: 22,
        });
        assert!(a.compatible(&Value::Date(PartialDate::full(2025, 6, 22))));
        assert!(!a.compatible(&Value::Date(PartialDate::full(2025, 6, 23))));
        assert_eq!(a.to_string(), "--06-22");
    }

    #[test]
    fn quantities_agree_when_intervals_overlap() {
        assert!(q(1200.0, Qualifier::About).compatible(&q(1180.0, Qualifier::Exact)));
        assert!(!q(1200.0, Qualifier::Exact).compatible(&q(1500.0, Qualifier::Exact)));
        assert!(q(60.0, Qualifier::AtLeast).compatible(&q(75.0, Qualifier::Exact)));
        assert!(!q(60.0, Qualifier::AtLeast).compatible(&q(40.0, Qualifier::About)));
        assert_eq!(q(19500.0, Qualifier::About).to_string(), "about 19500");
        assert_eq!(q(1.5e6, Qualifier::Exact).to_string(), "1.5 million");
    }

    #[test]
    fn an_approximate_figure_allows_five_percent_and_a_vague_word_more() {
        // "about 700" and "750"; "environ un tiers" and "près de 40 %".
        assert!(!q(700.0, Qualifier::About).compatible(&q(750.0, Qualifier::Exact)));
        assert!(!q(33.3, Qualifier::About).compatible(&q(40.0, Qualifier::About)));
        // "près de 2 000" and "2 012"; "about 900" and "about 950".
        assert!(q(2000.0, Qualifier::About).compatible(&q(2012.0, Qualifier::Exact)));
        assert!(q(900.0, Qualifier::About).compatible(&q(950.0, Qualifier::About)));
        // "une quinzaine" (a vague word's margin) and 14.
        let quinzaine = Value::Quantity(Quantity {
            margin: Some(15.0 * VAGUE_TOLERANCE),
            ..Quantity::new(15.0, Qualifier::About)
        });
        assert!(quinzaine.compatible(&q(14.0, Qualifier::Exact)));
        assert!(!q(15.0, Qualifier::About).compatible(&q(14.0, Qualifier::Exact)));
    }

    #[test]
    fn ranks_agree_with_their_general_form_only() {
        let general = Value::Rank {
            name: "général".into(),
            is_a: vec![],
        };
        let armee = Value::Rank {
            name: "général d'armée".into(),
            is_a: vec!["général".into()],
        };
        let brigade = Value::Rank {
            name: "général de brigade".into(),
            is_a: vec!["général".into()],
        };
        let colonel = Value::Rank {
            name: "colonel".into(),
            is_a: vec![],
        };
        assert!(general.compatible(&armee));
        assert!(armee.compatible(&general));
        assert!(!armee.compatible(&brigade));
        assert!(!general.compatible(&colonel));
    }

    #[test]
    fn ranges_agree_bound_by_bound() {
        let d = |day| Some(PartialDate::full(2025, 6, day));
        let r1 = Value::DateRange {
            start: d(22),
            end: d(26),
        };
        let r2 = Value::DateRange {
            start: None,
            end: d(26),
        };
        let r3 = Value::DateRange {
            start: d(23),
            end: d(26),
        };
        assert!(r1.compatible(&r2));
        assert!(!r1.compatible(&r3));
        assert_eq!(r2.to_string(), "../2025-06-26");
    }

    #[test]
    fn figures_in_imperial_units_compare_in_metric_with_the_precision_written() {
        let exact = |v: f64| Quantity::new(v, Qualifier::Exact);
        let metric = |unit: &str, v: f64| to_metric(unit, &exact(v)).expect("convertible").1;
        // "10 miles" is 16.09 km as far as rounding to the mile goes.
        assert!(metric("mi", 10.0).compatible(&exact(16.09)));
        assert!(!metric("mi", 10.0).compatible(&exact(20.0)));
        // "150 mph" was rounded to 5 mph: "240 km/h" is the same wind.
        assert!(metric("mph", 150.0).compatible(&exact(240.0)));
        // Two figures in one unit keep their precision once converted.
        assert!(!metric("acre", 14_021.0).compatible(&metric("acre", 14_201.0)));
        assert!(metric("acre", 14_021.0).compatible(&metric("acre", 14_021.0)));
        // Bounds keep their qualifier.
        let more = to_metric("mi", &Quantity::new(100.0, Qualifier::MoreThan))
            .unwrap()
            .1;
        assert_eq!(more.qualifier, Qualifier::MoreThan);
        assert_eq!(more.value, 160.93);
        // Metric units are compared as written.
        assert!(to_metric("km", &exact(3.0)).is_none());
    }

    #[test]
    fn fahrenheit_compares_in_celsius_with_the_precision_written() {
        let exact = |v: f64| Quantity::new(v, Qualifier::Exact);
        let celsius = |v: f64| to_metric("degF", &exact(v)).expect("convertible").1;
        // 125 °F is 51.67 °C give or take half a degree Fahrenheit.
        assert_eq!(celsius(125.0).value, 51.67);
        assert!(celsius(125.0).compatible(&exact(51.8)));
        assert!(!celsius(125.0).compatible(&exact(52.5)));
        assert_eq!(celsius(32.0).value, 0.0);
        assert_eq!(celsius(-4.0).value, -20.0);
        // "about -10" lies around -10, not between -9 and -11 reversed.
        let about = Quantity::new(-10.0, Qualifier::About);
        assert!(about.compatible(&exact(-10.5)));
        assert!(!about.compatible(&exact(-8.0)));
    }
}
