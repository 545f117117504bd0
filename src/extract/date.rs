//! Dates: days, ranges, weekdays, relative days, periods and years.
//!
//! Finds "22 juin", "dimanche 22 juin 2025", "le 1er juillet", "du 22 au 26
//! juin 2025", "22-26 juin", "entre le 22 et le 26 juin", "jusqu'au 26 juin",
//! "depuis dimanche 22 juin", a weekday alone ("arrivé dimanche"), "hier",
//! "aujourd'hui", "demain", "la veille", "le lendemain", years ("en 2022",
//! "depuis 2012", "de 2020 et 2021"), header forms ("mardi, juin 24",
//! "24/06/2025", "2025-06-24") and periods ("en mars 2024", "la semaine
//! prochaine", "les années 1970", "2015-3", "le troisième trimestre 2016").
//!
//! The phrasings are data (`rules/fr/dates.json`); this file interprets the
//! named groups of three rule kinds, in three passes:
//!
//! 1. `date` rules find single dates and periods in the folded text;
//! 2. `date-range` rules run over the same text where every date kept so far
//!    is replaced by a run of `@` of the same length, so "du @@ au @@@@@@@"
//!    composes two dates into a range;
//! 3. `date-year` rules give a year to a date or range found without one
//!    ("28 June in 2020", "April to June in 2017"); they also run before
//!    the ranges, so that "26 June in 2019 to 28 June in 2020" joins two
//!    whole dates;
//! 4. `date-marker` rules do the same for "depuis", "jusqu'au"…
//!
//! (`date-part` rules run the same way before the ranges: "early next
//! week", "mid-November", "the end of 2000".)
//!
//! After each pass competing matches keep the longest. The named groups
//! (a name may end in `_2`…`_6` to repeat it in another alternative):
//!
//! | group | meaning |
//! | --- | --- |
//! | `date` | the mention's span, when the pattern also matches context |
//! | `not` | context that cancels the match |
//! | `d`, `dw` | day in digits / in words (lexicon `day_word`) |
//! | `m`, `mn` | month name (lexicon `month`) / month in digits |
//! | `y`, `years` | a year (2 digits: 19xx from 50, else 20xx) / every 4-digit year inside |
//! | `wd` | weekday (lexicon `weekday`, keys `mon`…`sun`) |
//! | `shift`, `wshift`, `mshift`, `yshift` | ce/prochain/dernier; this/next/last week, month, year |
//! | `rel`, `prev` | day relative to the article's date / to the previous dated event |
//! | `n`, `unit` + `ago`/`in`/`later` | a day shifted from the article's date |
//! | `n`, `unit` + `last`/`next` | the n units before / after the article's date |
//! | `ord` + `wd`/`quarter`/`week` | nth weekday of a month, quarter, week of a year |
//! | `weekend`, `season`, `decade`/`decw`/`century` | periods |
//! | `slice` (lexicon `date_slice`: first, last) + `n`, `unit` + `y`/`yshift`/`m` | the first or last n units of a period ("the last four months of 2021") |
//! | `near` (lexicon `near_shift`: -1, 1) + `wd` | the nearest weekday before or after the article's date ("this past Wednesday") |
//! | `half` + `y` | a half of a year ("H1 2016", "2019-H2"; the last character is 1 or 2) |
//! | `from`, `to`, `at`, `in` | a date found by an earlier pass (an `@` run) |
//! | `wday` + `at` | a weekday, then the date it names ("this Friday 5/12"): the date |
//! | `now` + `from` or `to` | the article's date as the other bound ("between Jan 22 and now") |
//! | `d1`, `d2` | a bare day bound of a range; `and`/`between`: written with et / entre |
//! | `since`, `until` | the marker |
//! | `after`, `before` | an open bound ("after 2018", "2018 or later"): the claims stage skips it |
//! | `part` + `at` or `unit` | a part of a period found first, or of the current week/month/year (`date-part` rules, a pass before ranges) |
//! | `cycle` + `cshift` (+ `n`) | whole quarters or decades from the current one ("the last two quarters") |
//! | `nth_century` | a century by its ordinal ("the 21st century") |
//! | `holiday` (+ `y`, `shift`, `yshift`) | a holiday (lexicon `holiday`) |
//! | `within` + `n`, `unit` (+ `base`) | from today (or `base`) to n units later |
//! | `n`, `unit` + `at` (+ `before`) | a day n units after (before) a date found first (`date-range`) |
//! | `from` + `inyear` | a date without its year, then its year (`date-year` rules, a pass after ranges) |
//! | `sep`, `sep_2` | the separators of a numeric date: they must agree ("30/4.85" is none) |
//! | `same` (+ `weekend`) | the week, month, year or weekend of the day named before ("that year") |
//! | `todate` | the current year, month or week up to the article's date ("the year to date") |
//! | `fiscal` (lexicon `year_kind`) | a fiscal or school year: named, resolved to no days |
//! | `holiday` + `hweekend` | the weekend around a holiday, the holiday included ("Labor Day weekend") |
//! | `workweek` + `shift` | Monday to Friday of a week ("next workweek") |
//! | `mfrom` + `to` | a month name, a hyphen, a date found first giving the year ("Jan-Feb 2017") |
//! | `from` + `yto` | a date found first, then a bare year as the last bound ("between May 2015 and 2018") |
//! | `in` + `from` + `to` | weekdays of a week found first ("next week from Wednesday to Friday") |
//! | `beyond` + `at` | an open bound past a day counted from another ("more than 2 weeks before today") |
//! | `n`, `unit` + `span` + `at` | n units starting on a day found first ("3 days starting from next Monday") |
//! | `d1w`, `d2w` | a bare range bound as an ordinal word ("April ninth through seventeenth") |
//! | `nthmonth` (+ `y`, `yshift`) | a month by its rank in a year ("the third month of 2021") |
//! | `dshift` + `at` | a day without its year, of this, next or last year ("next 5/12"; a `date-part` rule) |
//! | `weekend` + `after_next` | the weekend after next |
//! | `sofar` | "to date": up to the article's date from a start not given (resolves to no days) |
//! | `nwd` + `wd` | the nth such weekday from the article's date ("two Sundays from now") |
//! | `fortnight` + `shift` | this, next or last fortnight (two weeks, counted from the current week) |
//! | `wday` + `at` | a weekday, then a day counted from today: that weekday of its week ("Monday two weeks from now") |
//!
//! Dates that do not exist ("31 juin", "29 février 2023") are kept as
//! written with [`DateMention::invalid`] set; [`weekday_mismatch`] reports a
//! weekday that contradicts its date. [`resolve`] gives the days a value
//! covers against a reference date; [`resolve_day`] resolves one day
//! against an article's context.
//!
//! Known limits: see the rule file's description.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use regex::Captures;
use serde::Serialize;

use super::{Doc, Mention, MentionKind};
use crate::rules::{Language, Rule};
use crate::text::Span;
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
    /// A calendar period: a month, a week, a quarter, a season, a decade…
    Period { period: Period },
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
    /// The nearest such weekday strictly before (`direction` -1) or after
    /// (+1) the article's date: "this past Wednesday", "this coming Friday".
    NearWeekday { weekday: String, direction: i64 },
    /// Days relative to the article's date: hier = -1, aujourd'hui = 0, demain = 1.
    Relative { days: i64 },
    /// Days relative to the previous dated event: la veille = -1, le lendemain = 1.
    RelativeToPrevious { days: i64 },
    /// The weekday of the week `weeks` away from the article's week
    /// (Monday-based): "vendredi prochain" = +1, "ce vendredi" = 0.
    WeekdayOfWeek { weekday: String, weeks: i64 },
    /// The `n`-th weekday of a month ("le premier vendredi de juillet");
    /// `n = -1` is the last one.
    NthWeekday {
        n: i32,
        weekday: String,
        month: MonthRef,
    },
    /// A day of a month given only relatively ("le 20 du mois prochain") or
    /// not at all ("le 23": the nearest such day).
    DayOfMonth { day: u32, months: Option<i64> },
    /// A day some units away from the article's date ("il y a deux ans",
    /// "dans 3 jours").
    Shift { amount: i64, unit: Unit },
    /// A day some units away from another day ("three days after January
    /// 12", "two weeks before Christmas", "16 days from 01/02/2018").
    ShiftFrom {
        amount: i64,
        unit: Unit,
        base: Box<DayExpr>,
    },
    /// A weekday with a day of an unnamed month ("Monday 21", "Sun
    /// 14th"): the nearest month whose day falls on that weekday.
    WeekdayDay { weekday: String, day: u32 },
    /// A holiday (lexicon `holiday`, keys `MM-DD` for fixed days, `easter`,
    /// `thanksgiving`…) of a known year, of the article's year (0), the next
    /// (+1) or last (-1) one, or the nearest (unknown).
    Holiday { holiday: String, year: YearRef },
    /// A weekday of the week (Monday to Sunday) holding another day:
    /// "Monday two weeks from now", "in 3 days on Friday".
    WeekdayIn { weekday: String, base: Box<DayExpr> },
    /// The first (`start`) or last day of a period, as a range's bound:
    /// "from Q1 2017 to Q3 2018", "from week 31 to week 35", "from this
    /// May to Oct 2020".
    Bound { of: Box<DateValue>, start: bool },
}

/// A month, named or relative to the article's date.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "form", rename_all = "kebab-case")]
pub enum MonthRef {
    Named { month: u32, year: Option<i32> },
    Relative { months: i64 },
}

/// A year, known, relative to the article's date, or unknown.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "form", rename_all = "kebab-case")]
pub enum YearRef {
    Known {
        year: i32,
    },
    /// For a quarter, the year `years` away. For a month or a season,
    /// 0 = the one of the article's year ("cette septembre"), +1 = the next
    /// one after the article's date ("juin prochain"), -1 = the last one
    /// before it ("l'hiver dernier").
    Relative {
        years: i64,
    },
    Unknown,
}

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// A weekday, Monday to Friday ("four business days").
    BusinessDay,
    Day,
    Week,
    Month,
    Year,
}

/// A period longer than a day.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "period", rename_all = "kebab-case")]
pub enum Period {
    /// "juin", "juin 2016", "cette septembre".
    Month { month: u32, year: YearRef },
    /// "ce mois" (0), "le mois dernier" (-1).
    RelativeMonth { months: i64 },
    /// "cette semaine" (0), "la semaine prochaine" (1); Monday to Sunday.
    Week { weeks: i64 },
    /// "ce week-end": Saturday and Sunday of that week.
    Weekend { weeks: i64 },
    /// The weekend of the week holding a day: "that weekend" (the day
    /// named before).
    WeekendOf { day: DayExpr },
    /// "cette année" (0), "l'année dernière" (-1).
    RelativeYear { years: i64 },
    /// "le troisième trimestre 2016".
    Quarter { quarter: u32, year: YearRef },
    /// "la troisième semaine de 2027" (ISO week).
    WeekOfYear { week: u32, year: i32 },
    /// The `n`-th week of a month or a year ("the first week of October",
    /// "the last week of 2016", "the third week of next month"); `n = -1`
    /// is the last. Weeks run Monday to Sunday and belong to the period
    /// that holds their Thursday (as ISO weeks belong to years).
    NthWeek { n: i32, of: Box<DateValue> },
    /// The `n`-th month of a year ("the third month of 2021", "the 9th
    /// month of next year").
    NthMonth { n: u32, of: Box<DateValue> },
    /// "l'été 2016"; `season` is spring, summer, autumn or winter.
    Season { season: String, year: YearRef },
    /// "les années 1970" (`century`) or "les années 70" (century unknown).
    Decade { start: i32, century: bool },
    /// The `n` units before the article's date ("les trois dernières semaines").
    Last { n: i64, unit: Unit },
    /// The `n` units after the article's date ("les 3 prochaines semaines").
    Next { n: i64, unit: Unit },
    /// The week or month holding a day ("la semaine du 15 septembre").
    Around { unit: Unit, day: DayExpr },
    /// Whole calendar quarters or decades counted from the one holding the
    /// article's date: "this quarter" (0, 1), "the last two quarters"
    /// (-2, 2), "the next decade" (1, 1), "the past 2 decades" (-2, 2).
    Cycles { cycle: Cycle, from: i64, count: i64 },
    /// A century by its ordinal: "the 21st century" (2000–2099, as the
    /// reference suite counts it).
    Century { nth: i32 },
    /// From the article's date to `n` units later: "within 5 days",
    /// "within the next 3 years", "less than 2 weeks from today".
    Within { n: i64, unit: Unit, from: i64 },
    /// The first or last `n` units of a period: "the last four months of
    /// 2021", "the first ten days of last year", "the first 2 weeks of
    /// 2021" (weeks Monday to Sunday, the first holding the period's first
    /// Thursday, as ISO weeks).
    Slice {
        n: i64,
        unit: Unit,
        first: bool,
        of: Box<DateValue>,
    },
    /// A part of a period or a year: "early next week", "mid-November",
    /// "the end of 2000", "later this month", "the rest of the year".
    Part { part: Part, of: Box<DateValue> },
    /// The weekend around a holiday, the holiday included: "Labor Day
    /// weekend" (Saturday to Monday), "the weekend of Thanksgiving 2023"
    /// (Thursday to Sunday). The weekend is the one nearest the holiday.
    HolidayWeekend { holiday: String, year: YearRef },
    /// A year that does not start in January (lexicon `year_kind`: fiscal,
    /// school): "fiscal year 2008", "last school year". Its days depend on
    /// the country or the organisation: it resolves to nothing.
    OtherYear { kind: String, year: YearRef },
    /// Up to the article's date from a start not given: "to date". It
    /// resolves to no days.
    SoFar,
}

/// A calendar cycle longer than a year's unit (lexicon `cycle`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cycle {
    Quarter,
    Decade,
}

/// Which part of a period (lexicon `date_part`, keys as below). Parts
/// follow the reference suite: a month splits at the 15th (`mid`: 10th to
/// 20th), a week at Wednesday (`mid`: Tuesday to Friday), a named year in
/// thirds (January–April, May–August, September–December), "this/next/last
/// year" in halves. `earlier`/`later` are the early/late part cut at the
/// reference date; `rest` runs from the reference date to the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    Early,
    Mid,
    Late,
    Earlier,
    Later,
    Rest,
    /// The first or second half ("the first half of 2024", "H2 2016"):
    /// a year splits at July 1.
    FirstHalf,
    SecondHalf,
    /// From the start of the period to the reference date: "the year to
    /// date".
    ToDate,
}

impl Part {
    fn parse(key: &str) -> Option<Part> {
        Some(match key {
            "early" => Part::Early,
            "mid" => Part::Mid,
            "late" => Part::Late,
            "earlier" => Part::Earlier,
            "later" => Part::Later,
            "rest" => Part::Rest,
            "first-half" => Part::FirstHalf,
            "second-half" => Part::SecondHalf,
            "to-date" => Part::ToDate,
            _ => return None,
        })
    }
    fn as_str(self) -> &'static str {
        match self {
            Part::Early => "early",
            Part::Mid => "mid",
            Part::Late => "late",
            Part::Earlier => "earlier",
            Part::Later => "later",
            Part::Rest => "rest",
            Part::FirstHalf => "first-half",
            Part::SecondHalf => "second-half",
            Part::ToDate => "to-date",
        }
    }
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
    /// An open bound: any time after the date ("after 2018", "2018 or
    /// later"). It dates nothing, so the claims stage skips it.
    After,
    /// An open bound: any time before the date ("before 2020").
    Before,
}

impl Marker {
    /// An open bound ("after 2018", "before 2020") dates no event: the
    /// claims stage never compares it with a date.
    pub fn is_open(self) -> bool {
        matches!(self, Marker::After | Marker::Before)
    }
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
    /// `2025-06-22/2025-06-26`, `dimanche`, `rel:-1`, `2022`, `2016-06`,
    /// `week+1`, `1970s`…
    pub fn value_string(&self) -> String {
        let prefix = match self.marker {
            Marker::Plain => "",
            Marker::Since => "since ",
            Marker::Until => "until ",
            Marker::After => "after ",
            Marker::Before => "before ",
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
            DateValue::Period { period } => period_string(period),
        };
        format!("{prefix}{body}")
    }

    /// Whether the mention names a day (not only a year or a period).
    pub fn is_day(&self) -> bool {
        matches!(self.value, DateValue::Day { .. } | DateValue::Range { .. })
    }
}

fn signed(n: i64) -> String {
    format!("{n:+}")
}

fn unit_str(u: Unit) -> &'static str {
    match u {
        Unit::BusinessDay => "business-day",
        Unit::Day => "day",
        Unit::Week => "week",
        Unit::Month => "month",
        Unit::Year => "year",
    }
}

fn year_ref_string(prefix: String, y: &YearRef) -> String {
    match y {
        YearRef::Known { year } => format!("{year:04}-{prefix}"),
        YearRef::Relative { years } => format!("{prefix}@year{}", signed(*years)),
        YearRef::Unknown => format!("--{prefix}"),
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
        DayExpr::NearWeekday { weekday, direction } => format!("{weekday}@near{direction:+}"),
        DayExpr::Relative { days } => format!("rel:{days}"),
        DayExpr::RelativeToPrevious { days } => format!("prev:{days}"),
        DayExpr::WeekdayOfWeek { weekday, weeks } => format!("{weekday}@week{}", signed(*weeks)),
        DayExpr::NthWeekday { n, weekday, month } => {
            let m = match month {
                MonthRef::Named { month, year: None } => format!("--{month:02}"),
                MonthRef::Named {
                    month,
                    year: Some(y),
                } => format!("{y:04}-{month:02}"),
                MonthRef::Relative { months } => format!("month{}", signed(*months)),
            };
            format!("{weekday}#{n}@{m}")
        }
        DayExpr::DayOfMonth { day, months } => match months {
            Some(k) => format!("day:{day}@month{}", signed(*k)),
            None => format!("day:{day}"),
        },
        DayExpr::Shift { amount, unit } => format!("shift:{}{}", signed(*amount), unit_str(*unit)),
        DayExpr::ShiftFrom { amount, unit, base } => format!(
            "shift:{}{}@{}",
            signed(*amount),
            unit_str(*unit),
            day_string(base)
        ),
        DayExpr::Holiday { holiday, year } => year_ref_string(holiday.clone(), year),
        DayExpr::WeekdayDay { weekday, day } => format!("{weekday}@day:{day}"),
        DayExpr::WeekdayIn { weekday, base } => format!("{weekday}@week-of:{}", day_string(base)),
        DayExpr::Bound { of, start } => format!(
            "{}:{}",
            if *start { "start" } else { "end" },
            plain(of.as_ref().clone()).value_string()
        ),
    }
}

fn period_string(p: &Period) -> String {
    match p {
        Period::Month { month, year } => match year {
            YearRef::Known { year } => format!("{year:04}-{month:02}"),
            YearRef::Unknown => format!("--{month:02}"),
            YearRef::Relative { years } => format!("{month:02}@year{}", signed(*years)),
        },
        Period::RelativeMonth { months } => format!("month{}", signed(*months)),
        Period::Week { weeks } => format!("week{}", signed(*weeks)),
        Period::Weekend { weeks } => format!("weekend{}", signed(*weeks)),
        Period::WeekendOf { day } => format!("weekend-of:{}", day_string(day)),
        Period::RelativeYear { years } => format!("year{}", signed(*years)),
        Period::Quarter { quarter, year } => year_ref_string(format!("Q{quarter}"), year),
        Period::WeekOfYear { week, year } => format!("{year:04}-W{week:02}"),
        Period::NthWeek { n, of } => {
            let of = DateMention {
                value: (**of).clone(),
                marker: Marker::Plain,
                invalid: None,
            };
            format!("week#{n}:{}", of.value_string())
        }
        Period::NthMonth { n, of } => {
            format!("month#{n}:{}", plain(of.as_ref().clone()).value_string())
        }
        Period::Season { season, year } => match year {
            YearRef::Known { year } => format!("{year:04}-{season}"),
            YearRef::Relative { years } => format!("{season}@year{}", signed(*years)),
            YearRef::Unknown => season.clone(),
        },
        Period::Decade { start, century } => {
            if *century {
                format!("{start}s")
            } else {
                format!("--{:02}s", start.rem_euclid(100))
            }
        }
        Period::Last { n, unit } => format!("last:{n}{}", unit_str(*unit)),
        Period::Next { n, unit } => format!("next:{n}{}", unit_str(*unit)),
        Period::Around { unit, day } => format!("{}-of:{}", unit_str(*unit), day_string(day)),
        Period::Slice { n, unit, first, of } => format!(
            "{}{n}{}:{}",
            if *first { "first" } else { "last" },
            unit_str(*unit),
            plain(of.as_ref().clone()).value_string()
        ),
        Period::Cycles { cycle, from, count } => {
            let c = match cycle {
                Cycle::Quarter => "quarter",
                Cycle::Decade => "decade",
            };
            format!("{c}{}x{count}", signed(*from))
        }
        Period::Century { nth } => format!("century#{nth}"),
        Period::Within { n, unit, from } => {
            format!("within:{n}{}@rel:{from}", unit_str(*unit))
        }
        Period::Part { part, of } => {
            let of = DateMention {
                value: (**of).clone(),
                marker: Marker::Plain,
                invalid: None,
            };
            format!("{}:{}", part.as_str(), of.value_string())
        }
        Period::HolidayWeekend { holiday, year } => {
            year_ref_string(format!("{holiday}-weekend"), year)
        }
        Period::OtherYear { kind, year } => year_ref_string(format!("{kind}-year"), year),
        Period::SoFar => "so-far".to_string(),
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

pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// The English name of a weekday, for messages.
pub fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// Why a day does not exist ("30 February 2023 does not exist"), if it
/// does not. Without a year, 29 February exists.
pub fn invalid_reason(year: Option<i32>, month: u32, day: u32) -> Option<String> {
    if !(1..=12).contains(&month) {
        return Some(format!("month {month} does not exist"));
    }
    let name = MONTHS_EN[(month - 1) as usize];
    if NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).is_some() {
        return None;
    }
    Some(match year {
        Some(y) => format!("{day} {name} {y} does not exist"),
        None => format!("{day} {name} does not exist"),
    })
}

/// A weekday that contradicts its date, for dates whose year is known:
/// "22 June 2025 is a Sunday, not a Monday" (the report quotes the text).
pub fn weekday_mismatch(m: &DateMention) -> Option<String> {
    let days: Vec<&DayExpr> = match &m.value {
        DateValue::Day { day } => vec![day],
        DateValue::Range { start, end } => vec![start, end],
        _ => return None,
    };
    days.into_iter().find_map(|d| {
        let DayExpr::Date {
            year: Some(y),
            month,
            day,
            weekday: Some(wd),
        } = d
        else {
            return None;
        };
        let said = weekday_of_key(wd)?;
        let date = NaiveDate::from_ymd_opt(*y, *month, *day)?;
        let actual = date.weekday();
        (actual != said).then(|| {
            format!(
                "{day} {} {y} is a {}, not a {}",
                MONTHS_EN[(*month - 1) as usize],
                weekday_name(actual),
                weekday_name(said)
            )
        })
    })
}

/// The year in which `day` `month` falls on the weekday `weekday_key`
/// (`mon`…`sun`): the closest at or after `not_before` within 11 years,
/// else the closest before it (`not_before` defaults to 1970). Dates an
/// article whose only date is "mardi, juin 24".
pub fn infer_year(month: u32, day: u32, weekday_key: &str, not_before: Option<i32>) -> Option<i32> {
    let wd = weekday_of_key(weekday_key)?;
    let base = not_before.unwrap_or(1970);
    let fits = |y: i32| NaiveDate::from_ymd_opt(y, month, day).is_some_and(|d| d.weekday() == wd);
    (base..=base + 11)
        .find(|&y| fits(y))
        .or_else(|| (base - 400..base).rev().find(|&y| fits(y)))
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
            let year = year.or_else(|| Some(nearest_date(ctx.anchor?, *month, *day)?.year()));
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
        DayExpr::RelativeToPrevious { days } => {
            let prev = ctx.previous?;
            let base = prev.to_naive()?;
            let d = base + Duration::days(*days);
            Some(Resolved {
                date: PartialDate::from_naive(d),
                how: Some(format!("{days:+} day(s) from {prev} → {d}")),
            })
        }
        other => {
            let anchor = ctx.anchor?;
            let d = resolve_expr(other, anchor)?;
            Some(Resolved {
                date: PartialDate::from_naive(d),
                how: Some(format!(
                    "{} → {d} (article dated {anchor})",
                    day_string(other)
                )),
            })
        }
    }
}

/// The days a value covers, first and last included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl Interval {
    fn day(d: NaiveDate) -> Self {
        Interval { first: d, last: d }
    }
    /// `[first, end)` with an exclusive end.
    fn until(first: NaiveDate, end: NaiveDate) -> Option<Self> {
        let last = end.pred_opt()?;
        (first <= last).then_some(Interval { first, last })
    }
}

/// Resolve any value against a reference date (the article's date): the
/// days it covers. Missing years, weekdays alone and days without a month
/// take the nearest fitting date; "la veille" / "le lendemain" count from
/// the reference. `None` for dates that do not exist.
pub fn resolve(value: &DateValue, reference: NaiveDate) -> Option<Interval> {
    match value {
        DateValue::Day { day } => resolve_expr(day, reference).map(Interval::day),
        DateValue::Range {
            start,
            end: DayExpr::Weekday { weekday },
        } if !matches!(start, DayExpr::Date { year: None, .. }) => {
            // "from next Monday to Friday": the first such weekday on or
            // after the start.
            let s = resolve_expr(start, reference)?;
            let w = weekday_of_key(weekday)?.num_days_from_monday() as i64;
            let gap = (w - s.weekday().num_days_from_monday() as i64).rem_euclid(7);
            Some(Interval {
                first: s,
                last: s + Duration::days(gap),
            })
        }
        DateValue::Range { start, end } => {
            let e = resolve_expr(end, reference)?;
            let s = match start {
                DayExpr::Date {
                    year: None,
                    month,
                    day,
                    ..
                } => {
                    let same = NaiveDate::from_ymd_opt(e.year(), *month, *day);
                    match same {
                        Some(s) if s <= e => s,
                        _ => NaiveDate::from_ymd_opt(e.year() - 1, *month, *day)?,
                    }
                }
                other => resolve_expr(other, reference)?,
            };
            // "between now and November 15": an end without its year
            // comes after the start.
            let e = match end {
                DayExpr::Date {
                    year: None,
                    month,
                    day,
                    ..
                } if e < s => NaiveDate::from_ymd_opt(s.year(), *month, *day)
                    .filter(|d| *d >= s)
                    .or_else(|| NaiveDate::from_ymd_opt(s.year() + 1, *month, *day))?,
                _ => e,
            };
            Some(Interval {
                first: s.min(e),
                last: e.max(s),
            })
        }
        DateValue::Year { year } => year_interval(*year),
        DateValue::Years { years } => {
            let lo = year_interval(*years.iter().min()?)?;
            let hi = year_interval(*years.iter().max()?)?;
            Some(Interval {
                first: lo.first,
                last: hi.last,
            })
        }
        DateValue::Period { period } => resolve_period(period, reference),
    }
}

fn year_interval(y: i32) -> Option<Interval> {
    Some(Interval {
        first: NaiveDate::from_ymd_opt(y, 1, 1)?,
        last: NaiveDate::from_ymd_opt(y, 12, 31)?,
    })
}

fn month_start(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)
}

fn month_interval(year: i32, month: u32) -> Option<Interval> {
    let first = month_start(year, month)?;
    Interval::until(first, first.checked_add_months(Months::new(1))?)
}

fn add_months(d: NaiveDate, k: i64) -> Option<NaiveDate> {
    let m = Months::new(u32::try_from(k.unsigned_abs()).ok()?);
    if k >= 0 {
        d.checked_add_months(m)
    } else {
        d.checked_sub_months(m)
    }
}

fn shift(d: NaiveDate, n: i64, unit: Unit) -> Option<NaiveDate> {
    match unit {
        Unit::Day => d.checked_add_signed(Duration::try_days(n)?),
        Unit::BusinessDay => {
            // Whole weeks first, then the days left, skipping weekends.
            let step = Duration::days(n.signum());
            let mut d = d.checked_add_signed(Duration::try_days((n / 5).checked_mul(7)?)?)?;
            let mut left = n % 5;
            while left != 0 {
                d = d.checked_add_signed(step)?;
                if d.weekday().num_days_from_monday() < 5 {
                    left -= left.signum();
                }
            }
            Some(d)
        }
        Unit::Week => d.checked_add_signed(Duration::try_days(n.checked_mul(7)?)?),
        Unit::Month => add_months(d, n),
        Unit::Year => add_months(d, n.checked_mul(12)?),
    }
}

fn monday_of(d: NaiveDate) -> NaiveDate {
    d - Duration::days(d.weekday().num_days_from_monday() as i64)
}

/// The Mondays of the first and the last week of a period, weeks counted
/// as ISO weeks are: the first holds the period's first Thursday, the last
/// its last Thursday.
fn week_mondays(whole: &Interval) -> (NaiveDate, NaiveDate) {
    let thursday = |d: NaiveDate| monday_of(d) + Duration::days(3);
    let first = if thursday(whole.first) >= whole.first {
        monday_of(whole.first)
    } else {
        monday_of(whole.first) + Duration::days(7)
    };
    let last = if thursday(whole.last) <= whole.last {
        monday_of(whole.last)
    } else {
        monday_of(whole.last) - Duration::days(7)
    };
    (first, last)
}

/// The year a year reference names for a period starting in `month`
/// (see [`YearRef::Relative`]); unknown years take the one whose period is
/// nearest the reference.
fn year_of(y: &YearRef, month: u32, reference: NaiveDate) -> i32 {
    let this = reference.year();
    match y {
        YearRef::Known { year } => *year,
        YearRef::Relative { years: 0 } => this,
        YearRef::Relative { years } if *years > 0 => {
            if month > reference.month() {
                this
            } else {
                this + 1
            }
        }
        YearRef::Relative { .. } => {
            if month < reference.month() {
                this
            } else {
                this - 1
            }
        }
        YearRef::Unknown => {
            nearest_date(reference, month, 15).map_or(reference.year(), |d| d.year())
        }
    }
}

/// The date with this month and day nearest the reference (within four
/// years either way, so 29 February finds a leap year).
fn nearest_date(reference: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let y = reference.year();
    (y - 4..=y + 4)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| ((*d - reference).num_days().abs(), *d < reference))
}

fn resolve_expr(expr: &DayExpr, reference: NaiveDate) -> Option<NaiveDate> {
    match expr {
        DayExpr::Date {
            year: Some(y),
            month,
            day,
            ..
        } => NaiveDate::from_ymd_opt(*y, *month, *day),
        DayExpr::Date {
            year: None,
            month,
            day,
            ..
        } => {
            invalid_reason(None, *month, *day).is_none().then_some(())?;
            nearest_date(reference, *month, *day)
        }
        DayExpr::Weekday { weekday } => {
            let w = weekday_of_key(weekday)?.num_days_from_monday() as i64;
            let a = reference.weekday().num_days_from_monday() as i64;
            let back = (a - w).rem_euclid(7);
            let fwd = (w - a).rem_euclid(7);
            Some(if back < fwd {
                reference - Duration::days(back)
            } else {
                reference + Duration::days(fwd)
            })
        }
        DayExpr::NearWeekday { weekday, direction } => {
            let w = weekday_of_key(weekday)?.num_days_from_monday() as i64;
            let a = reference.weekday().num_days_from_monday() as i64;
            let gap = |k: i64| if k == 0 { 7 } else { k };
            Some(if *direction < 0 {
                reference - Duration::days(gap((a - w).rem_euclid(7)))
            } else {
                reference + Duration::days(gap((w - a).rem_euclid(7)))
            })
        }
        DayExpr::Relative { days } | DayExpr::RelativeToPrevious { days } => {
            reference.checked_add_signed(Duration::try_days(*days)?)
        }
        DayExpr::WeekdayOfWeek { weekday, weeks } => {
            let w = weekday_of_key(weekday)?.num_days_from_monday() as i64;
            monday_of(reference).checked_add_signed(Duration::try_days(weeks * 7 + w)?)
        }
        DayExpr::NthWeekday { n, weekday, month } => {
            let first = match month {
                MonthRef::Named { month, year } => {
                    let y = year.unwrap_or_else(|| {
                        nearest_date(reference, *month, 15).map_or(reference.year(), |d| d.year())
                    });
                    month_start(y, *month)?
                }
                MonthRef::Relative { months } => {
                    add_months(month_start(reference.year(), reference.month())?, *months)?
                }
            };
            let w = weekday_of_key(weekday)?;
            if *n > 0 {
                let offset = (w.num_days_from_monday() as i64
                    - first.weekday().num_days_from_monday() as i64)
                    .rem_euclid(7);
                let d = first + Duration::days(offset + 7 * (*n as i64 - 1));
                (d.month() == first.month()).then_some(d)
            } else {
                let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
                let back = (last.weekday().num_days_from_monday() as i64
                    - w.num_days_from_monday() as i64)
                    .rem_euclid(7);
                Some(last - Duration::days(back))
            }
        }
        DayExpr::DayOfMonth { day, months } => {
            let this = month_start(reference.year(), reference.month())?;
            match months {
                Some(k) => {
                    let m = add_months(this, *k)?;
                    NaiveDate::from_ymd_opt(m.year(), m.month(), *day)
                }
                None => (-1..=1)
                    .filter_map(|k| {
                        let m = add_months(this, k)?;
                        NaiveDate::from_ymd_opt(m.year(), m.month(), *day)
                    })
                    .min_by_key(|d| ((*d - reference).num_days().abs(), *d < reference)),
            }
        }
        DayExpr::Shift { amount, unit } => shift(reference, *amount, *unit),
        DayExpr::ShiftFrom { amount, unit, base } => {
            shift(resolve_expr(base, reference)?, *amount, *unit)
        }
        DayExpr::WeekdayIn { weekday, base } => {
            let w = weekday_of_key(weekday)?.num_days_from_monday() as i64;
            Some(monday_of(resolve_expr(base, reference)?) + Duration::days(w))
        }
        DayExpr::Bound { of, start } => {
            let i = resolve(of, reference)?;
            Some(if *start { i.first } else { i.last })
        }
        DayExpr::WeekdayDay { weekday, day } => {
            let w = weekday_of_key(weekday)?;
            let this = month_start(reference.year(), reference.month())?;
            (-14..=14)
                .filter_map(|k| {
                    let m = add_months(this, k)?;
                    NaiveDate::from_ymd_opt(m.year(), m.month(), *day)
                })
                .filter(|d| d.weekday() == w)
                .min_by_key(|d| ((*d - reference).num_days().abs(), *d < reference))
        }
        DayExpr::Holiday { holiday, year } => {
            let on = |y: i32| holiday_date(holiday, y);
            let this = reference.year();
            match year {
                YearRef::Known { year } => on(*year),
                YearRef::Relative { years: 0 } => on(this),
                YearRef::Relative { years } if *years > 0 => {
                    on(this).filter(|d| *d > reference).or_else(|| on(this + 1))
                }
                YearRef::Relative { .. } => {
                    on(this).filter(|d| *d < reference).or_else(|| on(this - 1))
                }
                YearRef::Unknown => (this - 1..=this + 1)
                    .filter_map(on)
                    .min_by_key(|d| ((*d - reference).num_days().abs(), *d < reference)),
            }
        }
    }
}

/// The day of a holiday in a year: `MM-DD` keys are fixed days; the others
/// are computed (Easter by the Gregorian computus, and days counted from
/// it or from a weekday of a month).
fn holiday_date(key: &str, year: i32) -> Option<NaiveDate> {
    let nth = |n: i32, weekday: &str, month: u32| {
        resolve_expr(
            &DayExpr::NthWeekday {
                n,
                weekday: weekday.to_string(),
                month: MonthRef::Named {
                    month,
                    year: Some(year),
                },
            },
            NaiveDate::from_ymd_opt(year, month, 1)?,
        )
    };
    match key {
        "easter" => easter(year),
        "good-friday" => easter(year).map(|d| d - Duration::days(2)),
        "easter-monday" => easter(year).map(|d| d + Duration::days(1)),
        "thanksgiving" => nth(4, "thu", 11),
        "black-friday" => nth(4, "thu", 11).map(|d| d + Duration::days(1)),
        "labor-day" => nth(1, "mon", 9),
        "memorial-day" => nth(-1, "mon", 5),
        "mlk-day" => nth(3, "mon", 1),
        "presidents-day" => nth(3, "mon", 2),
        "mothers-day" => nth(2, "sun", 5),
        "fathers-day" => nth(3, "sun", 6),
        fixed => {
            let (m, d) = fixed.split_once('-')?;
            NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)
        }
    }
}

/// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm).
fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

fn season_interval(season: &str, year: i32) -> Option<Interval> {
    // Astronomical seasons, by their usual French dates; winter starts in
    // December of the year before.
    let (a, b) = match season {
        "spring" => ((year, 3, 20), (year, 6, 21)),
        "summer" => ((year, 6, 21), (year, 9, 23)),
        "autumn" => ((year, 9, 23), (year, 12, 21)),
        "winter" => ((year - 1, 12, 21), (year, 3, 20)),
        _ => return None,
    };
    Interval::until(
        NaiveDate::from_ymd_opt(a.0, a.1, a.2)?,
        NaiveDate::from_ymd_opt(b.0, b.1, b.2)?,
    )
}

fn resolve_period(p: &Period, reference: NaiveDate) -> Option<Interval> {
    match p {
        Period::Month { month, year } => month_interval(year_of(year, *month, reference), *month),
        Period::RelativeMonth { months } => {
            let m = add_months(month_start(reference.year(), reference.month())?, *months)?;
            month_interval(m.year(), m.month())
        }
        Period::Week { weeks } => {
            let first = monday_of(reference) + Duration::try_days(weeks * 7)?;
            Some(Interval {
                first,
                last: first + Duration::days(6),
            })
        }
        Period::Weekend { weeks } => {
            let first = monday_of(reference) + Duration::try_days(weeks * 7 + 5)?;
            Some(Interval {
                first,
                last: first + Duration::days(1),
            })
        }
        Period::WeekendOf { day } => {
            let first = monday_of(resolve_expr(day, reference)?) + Duration::days(5);
            Some(Interval {
                first,
                last: first + Duration::days(1),
            })
        }
        Period::RelativeYear { years } => year_interval(reference.year() + *years as i32),
        Period::Quarter { quarter, year } => {
            let first_month = (quarter.clamp(&1, &4) - 1) * 3 + 1;
            let y = match year {
                YearRef::Known { year } => *year,
                YearRef::Relative { years } => reference.year() + *years as i32,
                YearRef::Unknown => reference.year(),
            };
            let first = month_start(y, first_month)?;
            Interval::until(first, first.checked_add_months(Months::new(3))?)
        }
        Period::WeekOfYear { week, year } => {
            let first = NaiveDate::from_isoywd_opt(*year, *week, Weekday::Mon)?;
            Some(Interval {
                first,
                last: first + Duration::days(6),
            })
        }
        Period::NthWeek { n, of } => {
            let whole = resolve(of, reference)?;
            let (first, last) = week_mondays(&whole);
            let monday = if *n > 0 {
                first.checked_add_signed(Duration::try_days(7 * (*n as i64 - 1))?)?
            } else {
                last.checked_sub_signed(Duration::try_days(7 * (-(*n as i64) - 1))?)?
            };
            (monday >= first && monday <= last).then_some(Interval {
                first: monday,
                last: monday + Duration::days(6),
            })
        }
        Period::NthMonth { n, of } => month_interval(resolve(of, reference)?.first.year(), *n),
        Period::Season { season, year } => {
            let y = match year {
                YearRef::Unknown => reference.year(),
                other => year_of(other, 6, reference),
            };
            season_interval(season, y)
        }
        Period::Decade { start, century } => {
            let start = if *century {
                *start
            } else {
                // The latest such decade that has begun by the reference.
                let c = reference.year() - reference.year().rem_euclid(100);
                let s = c + start.rem_euclid(100);
                if s > reference.year() { s - 100 } else { s }
            };
            Some(Interval {
                first: NaiveDate::from_ymd_opt(start, 1, 1)?,
                last: NaiveDate::from_ymd_opt(start + 9, 12, 31)?,
            })
        }
        Period::Last { n, unit } => Interval::until(shift(reference, -n, *unit)?, reference),
        Period::Next { n, unit } => {
            let first = reference.succ_opt()?;
            Some(Interval {
                first,
                last: shift(reference, *n, *unit)?,
            })
        }
        Period::Part { part, of } => resolve_part(*part, of, reference),
        Period::OtherYear { .. } | Period::SoFar => None,
        Period::HolidayWeekend { holiday, year } => {
            let h = resolve_expr(
                &DayExpr::Holiday {
                    holiday: holiday.clone(),
                    year: *year,
                },
                reference,
            )?;
            // The nearest Saturday and Sunday (ties: the one after).
            let wd = h.weekday().num_days_from_monday() as i64;
            let saturday = match wd {
                5 | 6 => h - Duration::days(wd - 5),
                _ if wd + 1 < 5 - wd => h - Duration::days(wd + 2),
                _ => h + Duration::days(5 - wd),
            };
            Some(Interval {
                first: h.min(saturday),
                last: h.max(saturday + Duration::days(1)),
            })
        }
        Period::Cycles { cycle, from, count } => {
            let (first, months) = match cycle {
                Cycle::Quarter => (
                    month_start(reference.year(), (reference.month() - 1) / 3 * 3 + 1)?,
                    3,
                ),
                Cycle::Decade => (
                    NaiveDate::from_ymd_opt(
                        reference.year() - reference.year().rem_euclid(10),
                        1,
                        1,
                    )?,
                    120,
                ),
            };
            let first = add_months(first, from.checked_mul(months)?)?;
            Interval::until(first, add_months(first, count.checked_mul(months)?)?)
        }
        Period::Century { nth } => {
            let start = (nth - 1).checked_mul(100)?;
            Interval::until(
                NaiveDate::from_ymd_opt(start, 1, 1)?,
                NaiveDate::from_ymd_opt(start + 100, 1, 1)?,
            )
        }
        Period::Within { n, unit, from } => {
            let first = reference.checked_add_signed(Duration::try_days(*from)?)?;
            Interval::until(first, shift(first, *n, *unit)?)
        }
        Period::Slice { n, unit, first, of } => {
            let whole = resolve(of, reference)?;
            if *n < 1 {
                return None;
            }
            let (a, b) = match (unit, first) {
                (Unit::Week, _) => {
                    let (start, end) = week_mondays(&whole);
                    let span = Duration::try_days(7 * (n - 1))?;
                    if *first {
                        (start, start.checked_add_signed(span)? + Duration::days(6))
                    } else {
                        (end.checked_sub_signed(span)?, end + Duration::days(6))
                    }
                }
                (_, true) => (whole.first, shift(whole.first, *n, *unit)?.pred_opt()?),
                (_, false) => (shift(whole.last.succ_opt()?, -n, *unit)?, whole.last),
            };
            (a >= whole.first && b <= whole.last && a <= b)
                .then_some(Interval { first: a, last: b })
        }
        Period::Around { unit, day } => {
            let d = resolve_expr(day, reference)?;
            match unit {
                Unit::Month => month_interval(d.year(), d.month()),
                Unit::Year => year_interval(d.year()),
                Unit::Day | Unit::BusinessDay => Some(Interval::day(d)),
                Unit::Week => {
                    let first = monday_of(d);
                    Some(Interval {
                        first,
                        last: first + Duration::days(6),
                    })
                }
            }
        }
    }
}

/// The days of a part of a period ([`Part`]).
fn resolve_part(part: Part, of: &DateValue, reference: NaiveDate) -> Option<Interval> {
    let whole = resolve(of, reference)?;
    let (first, last) = (whole.first, whole.last);
    let day = |n: i64| first + Duration::days(n);
    let months = |a: u32, b: u32| -> Option<(NaiveDate, NaiveDate)> {
        let s = month_start(first.year(), a)?;
        let e = add_months(month_start(first.year(), b)?, 1)?.pred_opt()?;
        Some((s, e))
    };
    let len = (last - first).num_days() + 1;
    // Early, mid and late parts of this kind of period.
    let (early, mid, late) = match of {
        DateValue::Year { .. } => (months(1, 4)?, months(5, 8)?, months(9, 12)?),
        _ if len >= 365 => (months(1, 6)?, months(5, 8)?, months(7, 12)?),
        _ if (28..=31).contains(&len) => ((first, day(14)), (day(9), day(19)), (day(15), last)),
        _ if len == 7 => ((first, day(2)), (day(1), day(4)), (day(3), last)),
        _ => {
            let third = len / 3;
            (
                (first, day(third - 1)),
                (day(third), day(2 * third - 1)),
                (day(2 * third), last),
            )
        }
    };
    let half = len / 2;
    let halves = if len >= 365 {
        (months(1, 6)?, months(7, 12)?)
    } else {
        ((first, day(half - 1)), (day(half), last))
    };
    let (a, b) = match part {
        Part::FirstHalf => halves.0,
        Part::SecondHalf => halves.1,
        Part::Early => early,
        Part::Mid => mid,
        Part::Late => late,
        Part::Earlier => (early.0, early.1.min(reference.pred_opt()?)),
        Part::Later => (late.0.max(reference), late.1),
        Part::Rest => (first.max(reference), last),
        Part::ToDate => (first, last.min(reference)),
    };
    (a <= b).then_some(Interval { first: a, last: b })
}

// ---------------------------------------------------------------------------
// Extraction

/// A date found in the folded text, before mapping back to the original.
struct Found {
    /// Span in the folded text.
    span: Span,
    rule: String,
    date: DateMention,
}

/// Find the dates of a document.
pub fn extract(doc: &Doc) -> Vec<Mention> {
    let lang = doc.lang;
    let text = doc.folded.text.as_str();
    let mut found = Vec::new();
    for rule in lang.rules_of("date") {
        for_each_match(rule, text, |caps| single(lang, rule, caps), &mut found);
    }
    found = keep_longest(found);
    // Years join their dates before and after the ranges: "26 June in
    // 2019 to 28 June in 2020", "April to June in 2017".
    for kind in [
        "date-part",
        "date-year",
        "date-range",
        "date-year",
        "date-marker",
    ] {
        let masked = mask(text, &found);
        let mut more = Vec::new();
        for rule in lang.rules_of(kind) {
            for_each_match(
                rule,
                &masked,
                |caps| compose(lang, rule, caps, &found),
                &mut more,
            );
        }
        found.extend(more);
        found = keep_longest(found);
    }
    found
        .into_iter()
        .filter_map(|f| {
            let span = doc.folded.to_original(f.span);
            (!span.is_empty() && !doc.is_ignored(span)).then_some(Mention {
                span,
                rule: f.rule,
                kind: MentionKind::Date(f.date),
            })
        })
        .collect()
}

/// Run a rule over a text. A match that a `not` group cancels (or that the
/// rule's kind cannot read) does not hide the matches starting inside it:
/// the search goes on from its next character ("10/1-11/2/2017" first
/// reads "10/1-11", cancelled, then finds "11/2/2017"), unless the `not`
/// group leads the match: then the search goes on after it.
fn for_each_match<'t>(
    rule: &Rule,
    text: &'t str,
    mut read: impl FnMut(&Captures<'t>) -> Option<Found>,
    out: &mut Vec<Found>,
) {
    let mut at = 0;
    while at <= text.len() {
        let Some(caps) = rule.regex.captures_at(text, at) else {
            break;
        };
        let Some(whole) = caps.get(0) else {
            break;
        };
        match read(&caps) {
            Some(f) if !whole.is_empty() => {
                out.push(f);
                at = whole.end();
            }
            // A `not` group leading the match ("Good" before "Friday")
            // cancels the matches inside it too.
            _ if caps
                .name("not")
                .is_some_and(|n| n.start() == whole.start() && !n.is_empty()) =>
            {
                at = whole.end().max(whole.start() + 1);
            }
            _ => {
                at = whole.start()
                    + text[whole.start()..]
                        .chars()
                        .next()
                        .map_or(1, char::len_utf8);
            }
        }
    }
}

/// Keep the longest of overlapping finds (earlier start wins ties), as
/// [`super::longest_non_overlapping`] does for mentions.
fn keep_longest(mut fs: Vec<Found>) -> Vec<Found> {
    fs.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then(a.span.start.cmp(&b.span.start))
            .then(a.rule.cmp(&b.rule))
    });
    let mut kept: Vec<Found> = Vec::new();
    let mut taken = crate::text::DisjointSpans::default();
    for f in fs {
        if !taken.overlaps(f.span) {
            taken.insert(f.span);
            kept.push(f);
        }
    }
    kept.sort_by_key(|f| f.span);
    kept
}

/// The folded text with every found date replaced by `@`s (same byte
/// length, so offsets are shared) and every other `@` made harmless.
fn mask(text: &str, found: &[Found]) -> String {
    let mut bytes: Vec<u8> = text
        .bytes()
        .map(|b| if b == b'@' { b'_' } else { b })
        .collect();
    for f in found {
        if let Some(run) = bytes.get_mut(f.span.start..f.span.end) {
            run.fill(b'@');
        }
    }
    // Only whole UTF-8 sequences were replaced (spans are char-aligned), so
    // this never fails; fall back to the text unmasked if it somehow did.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

/// A named group, or its repeats `name_2`…`name_6` in other alternatives.
fn group<'t>(caps: &Captures<'t>, name: &str) -> Option<regex::Match<'t>> {
    if let Some(m) = caps.name(name) {
        return Some(m);
    }
    // `{name}_2` … `{name}_6`, written in a buffer on the stack: a
    // `format!` per name and per match was a twentieth of a run.
    let mut buf = [0u8; 64];
    let n = name.len();
    if n + 2 > buf.len() {
        return (2..=6).find_map(|k| caps.name(&format!("{name}_{k}")));
    }
    buf[..n].copy_from_slice(name.as_bytes());
    buf[n] = b'_';
    (2..=6u8).find_map(|k| {
        buf[n + 1] = b'0' + k;
        caps.name(std::str::from_utf8(&buf[..n + 2]).expect("a str and ASCII"))
    })
}

fn text<'t>(caps: &Captures<'t>, name: &str) -> Option<&'t str> {
    group(caps, name).map(|m| m.as_str())
}

fn has(caps: &Captures, name: &str) -> bool {
    group(caps, name).is_some()
}

/// The key of a lexicon form, parsed as a number.
/// An ordinal in digits ("15th", "9th": its leading digits) or in words
/// ("third": the `day_word` lexicon).
fn ordinal_num(lang: &Language, s: &str) -> Option<i64> {
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        key_num(lang, "day_word", s)
    } else {
        digits.parse().ok()
    }
}

fn key_num(lang: &Language, lexicon: &str, form: &str) -> Option<i64> {
    let form = form.trim().trim_end_matches(['.', ',']);
    lang.lexicon(lexicon).key_of(form)?.parse().ok()
}

fn number(lang: &Language, s: &str) -> Option<i64> {
    let s = s.trim();
    if s.chars().all(|c| c.is_ascii_digit()) {
        s.parse().ok()
    } else {
        key_num(lang, "count", s)
    }
}

/// A shift in several units ("2 years 1 month 21 days"), larger units
/// first, as nested shifts: each part shifts the day the larger ones give.
fn compound_shift(lang: &Language, parts: &str, sign: i64) -> Option<DayExpr> {
    let words: Vec<&str> = parts
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut found: Vec<(i64, Unit)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // The longest amount (a count may be several words: "a couple of").
        let (n, used) = (1..=3.min(words.len() - i))
            .rev()
            .find_map(|k| Some((number(lang, &words[i..i + k].join(" "))?, k)))
            .or_else(|| (!found.is_empty()).then_some((0, 1)))?;
        if n == 0 && used == 1 && number(lang, words[i]).is_none() {
            // A joining word between two parts.
            i += 1;
            continue;
        }
        let (unit, n) = unit_n(lang, words.get(i + used)?, n)?;
        found.push((n.checked_mul(sign)?, unit));
        i += used + 1;
    }
    found.sort_by_key(|(_, u)| std::cmp::Reverse(*u as u8));
    let mut it = found.into_iter();
    let (amount, unit) = it.next()?;
    let mut expr = DayExpr::Shift { amount, unit };
    for (amount, unit) in it {
        expr = DayExpr::ShiftFrom {
            amount,
            unit,
            base: Box::new(expr),
        };
    }
    Some(expr)
}

/// A year written in words ("nineteen ninety six", "two thousand and
/// fifteen", "seventeen hundred thirty three", "nineteen oh one"), read
/// with the lexicons `num_unit`, `num_teen`, `num_tens` and `num_zero`.
fn year_in_words(lang: &Language, s: &str) -> Option<i32> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && *w != "and")
        .collect();
    let word = |w: &str| -> Option<i32> {
        ["num_unit", "num_teen", "num_tens", "num_zero"]
            .iter()
            .find_map(|l| key_num(lang, l, w))
            .and_then(|n| i32::try_from(n).ok())
    };
    // Up to two digits' worth of words: "ninety six", "fifteen", "oh one".
    let two = |ws: &[&str]| -> Option<i32> {
        match ws {
            [] => Some(0),
            [a] => word(a),
            [a, b] => {
                let (a, b) = (word(a)?, word(b)?);
                (a % 10 == 0 && b < 10).then_some(a + b)
            }
            _ => None,
        }
    };
    let below_thousand = |ws: &[&str]| -> Option<i32> {
        match ws.iter().position(|w| *w == "hundred") {
            Some(h) => Some(two(&ws[..h])? * 100 + two(&ws[h + 1..])?),
            None => two(ws),
        }
    };
    if let Some(t) = words.iter().position(|w| *w == "thousand") {
        return Some(two(&words[..t])? * 1000 + below_thousand(&words[t + 1..])?);
    }
    if words.contains(&"hundred") {
        return below_thousand(&words);
    }
    // "nineteen ninety six": the century's two digits, then the year's.
    // The year's part is a tens word, a teen or "oh" and a digit word:
    // "twenty one" alone is a count, not 2001.
    let head = word(words.first()?)?;
    let tail = two(&words[1..])?;
    let zero_led = words.len() == 3 && key_num(lang, "num_zero", words[1]).is_some();
    (head >= 10 && words.len() >= 2 && (tail >= 10 || zero_led)).then_some(head * 100 + tail)
}

fn parse_year(s: &str) -> Option<i32> {
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let n: i32 = digits.parse().ok()?;
    Some(match digits.len() {
        2 if n >= 50 => 1900 + n,
        2 => 2000 + n,
        4 => n,
        _ => return None,
    })
}

fn unit_of(lang: &Language, s: &str) -> Option<Unit> {
    Some(match lang.lexicon("unit").key_of(s.trim())? {
        "day" => Unit::Day,
        "business-day" => Unit::BusinessDay,
        "week" | "fortnight" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        _ => return None,
    })
}

/// A unit and an amount of it: a fortnight (lexicon `unit` key
/// `fortnight`) is two weeks.
fn unit_n(lang: &Language, s: &str, n: i64) -> Option<(Unit, i64)> {
    let unit = unit_of(lang, s)?;
    let scale = match lang.lexicon("unit").key_of(s.trim()) {
        Some("fortnight") => 2,
        _ => 1,
    };
    Some((unit, n.checked_mul(scale)?))
}

fn weekday_key(lang: &Language, caps: &Captures) -> Option<String> {
    let form = text(caps, "wd")?;
    let form = form.trim().trim_end_matches(['.', ',']);
    lang.lexicon("weekday")
        .key_of(form)
        .or_else(|| lang.lexicon("weekday_dotted").key_of(form))
        .map(str::to_string)
}

fn shift_of(lang: &Language, caps: &Captures) -> Option<i64> {
    key_num(lang, "shift", text(caps, "shift")?)
}

fn day_of(lang: &Language, caps: &Captures) -> Option<u32> {
    if let Some(d) = text(caps, "d") {
        return d.parse().ok();
    }
    let w = text(caps, "dw")?;
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    u32::try_from(key_num(lang, "day_word", &w)?).ok()
}

fn month_of(lang: &Language, caps: &Captures) -> Option<u32> {
    if let Some(m) = text(caps, "mn") {
        return m.parse().ok();
    }
    let m = text(caps, "m")?;
    u32::try_from(key_num(lang, "month", m).or_else(|| key_num(lang, "month_name", m))?).ok()
}

fn plain(value: DateValue) -> DateMention {
    DateMention {
        value,
        marker: Marker::Plain,
        invalid: None,
    }
}

fn day(expr: DayExpr) -> DateMention {
    plain(DateValue::Day { day: expr })
}

fn period(p: Period) -> DateMention {
    plain(DateValue::Period { period: p })
}

/// Patterns allow a full stop after an abbreviation ("janv.", "mer."); at
/// the end of a mention it is punctuation and is left out.
fn trim_full_stop(m: regex::Match) -> Span {
    let dot = usize::from(m.as_str().ends_with('.'));
    Span::new(m.start(), m.end() - dot)
}

/// Interpret one match of a `date` rule.
fn single(lang: &Language, rule: &Rule, caps: &Captures) -> Option<Found> {
    if has(caps, "not") {
        return None;
    }
    // "30/4.85": a date's separators agree.
    if let (Some(a), Some(b)) = (caps.name("sep"), caps.name("sep_2")) {
        if a.as_str() != b.as_str() {
            return None;
        }
    }
    let whole = group(caps, "date").or_else(|| caps.get(0))?;
    let span = trim_full_stop(whole);
    let date = interpret(lang, caps)?;
    Some(Found {
        span,
        rule: rule.id.clone(),
        date,
    })
}

fn interpret(lang: &Language, caps: &Captures) -> Option<DateMention> {
    let year = match text(caps, "y") {
        Some(y) => parse_year(y),
        None => text(caps, "yw").and_then(|w| year_in_words(lang, w)),
    };
    let year_ref = || match (year, shift_of(lang, caps)) {
        (Some(y), _) => YearRef::Known { year: y },
        (None, Some(k)) => YearRef::Relative { years: k },
        (None, None) => YearRef::Unknown,
    };
    if let Some(sl) = text(caps, "slice") {
        // "the last four months of 2021", "the first ten days of last year".
        let of = if let Some(m) = month_of(lang, caps) {
            DateValue::Period {
                period: Period::Month {
                    month: m,
                    year: year.map_or(YearRef::Unknown, |y| YearRef::Known { year: y }),
                },
            }
        } else if let Some(s) = text(caps, "yshift") {
            DateValue::Period {
                period: Period::RelativeYear {
                    years: key_num(lang, "year_shift", s)?,
                },
            }
        } else {
            DateValue::Year { year: year? }
        };
        let (unit, n) = unit_n(lang, text(caps, "unit")?, number(lang, text(caps, "n")?)?)?;
        return Some(period(Period::Slice {
            n,
            unit,
            first: lang.lexicon("date_slice").key_of(sl)? == "first",
            of: Box::new(of),
        }));
    }
    if let Some(c) = text(caps, "cycle") {
        let cycle = match lang.lexicon("cycle").key_of(c.trim())? {
            "quarter" => Cycle::Quarter,
            "decade" => Cycle::Decade,
            _ => return None,
        };
        let k = key_num(lang, "cycle_shift", text(caps, "cshift")?)?;
        let count = match text(caps, "n") {
            Some(n) => number(lang, n)?,
            None => 1,
        };
        let from = match k {
            0 => 0,
            k if k > 0 => 1,
            _ => -count,
        };
        return Some(period(Period::Cycles { cycle, from, count }));
    }
    if let Some(c) = text(caps, "nth_century") {
        let nth = ordinal_num(lang, c)?;
        return Some(period(Period::Century {
            nth: i32::try_from(nth).ok().filter(|n| (1..=30).contains(n))?,
        }));
    }
    if let Some(h) = text(caps, "holiday") {
        let h = h.split_whitespace().collect::<Vec<_>>().join(" ");
        let holiday = lang.lexicon("holiday").key_of(&h)?.to_string();
        let year = match (year, text(caps, "shift"), text(caps, "yshift")) {
            (Some(y), _, _) => YearRef::Known { year: y },
            (None, Some(s), _) => YearRef::Relative {
                years: key_num(lang, "shift", s)?,
            },
            (None, None, Some(s)) => YearRef::Relative {
                years: key_num(lang, "year_shift", s)?,
            },
            (None, None, None) => YearRef::Unknown,
        };
        if has(caps, "hweekend") {
            return Some(period(Period::HolidayWeekend { holiday, year }));
        }
        return Some(day(DayExpr::Holiday { holiday, year }));
    }
    if has(caps, "within") {
        let (unit, n) = unit_n(lang, text(caps, "unit")?, number(lang, text(caps, "n")?)?)?;
        let from = match text(caps, "base") {
            Some(b) => key_num(lang, "relative_day", b)?,
            None => 0,
        };
        return Some(period(Period::Within { n, unit, from }));
    }
    if let Some(d) = text(caps, "wdday") {
        let day: u32 = d.parse().ok().filter(|d| (1..=31).contains(d))?;
        return Some(self::day(DayExpr::WeekdayDay {
            weekday: weekday_key(lang, caps)?,
            day,
        }));
    }
    if let Some(p) = text(caps, "parts") {
        return compound_shift(lang, p, if has(caps, "ago") { -1 } else { 1 }).map(day);
    }
    if let Some(r) = text(caps, "rel") {
        let days = key_num(lang, "relative_day", r)?;
        return Some(day(DayExpr::Relative { days }));
    }
    if let Some(p) = text(caps, "prev") {
        let days = key_num(lang, "previous_day", p)?;
        return Some(day(DayExpr::RelativeToPrevious { days }));
    }
    if let (Some(b), Some(u)) = (text(caps, "base"), text(caps, "unit")) {
        // "two days after tomorrow", "three weeks from today": days from
        // a relative day.
        let (unit, n) = unit_n(lang, u, number(lang, text(caps, "n")?)?)?;
        let n = if has(caps, "before") { -n } else { n };
        let base = key_num(lang, "relative_day", b)?;
        let days = match unit {
            Unit::Day => n,
            Unit::Week => n.checked_mul(7)?,
            _ if base == 0 => return Some(day(DayExpr::Shift { amount: n, unit })),
            // "4 months from tomorrow".
            _ => {
                return Some(day(DayExpr::ShiftFrom {
                    amount: n,
                    unit,
                    base: Box::new(DayExpr::Relative { days: base }),
                }));
            }
        };
        return Some(day(DayExpr::Relative {
            days: base.checked_add(days)?,
        }));
    }
    if let Some(o) = text(caps, "nthmonth") {
        // "the third month of 2021", "the 9th month of next year".
        let n = ordinal_num(lang, o)?;
        let of = match (year, text(caps, "yshift")) {
            (Some(y), _) => DateValue::Year { year: y },
            (None, Some(s)) => DateValue::Period {
                period: Period::RelativeYear {
                    years: key_num(lang, "year_shift", s)?,
                },
            },
            (None, None) => DateValue::Period {
                period: Period::RelativeYear { years: 0 },
            },
        };
        return Some(period(Period::NthMonth {
            n: u32::try_from(n).ok().filter(|n| (1..=12).contains(n))?,
            of: Box::new(of),
        }));
    }
    if let Some(u) = text(caps, "same") {
        // "the same week", "that year", "that weekend": the one of the day
        // named before.
        if has(caps, "weekend") {
            return Some(period(Period::WeekendOf {
                day: DayExpr::RelativeToPrevious { days: 0 },
            }));
        }
        return Some(period(Period::Around {
            unit: unit_of(lang, u)?,
            day: DayExpr::RelativeToPrevious { days: 0 },
        }));
    }
    if let Some(u) = text(caps, "todate") {
        // "the year to date": from the start of the current one to today.
        let of = match unit_of(lang, u)? {
            Unit::Week => Period::Week { weeks: 0 },
            Unit::Month => Period::RelativeMonth { months: 0 },
            Unit::Year => Period::RelativeYear { years: 0 },
            Unit::Day | Unit::BusinessDay => return None,
        };
        return Some(period(Period::Part {
            part: Part::ToDate,
            of: Box::new(DateValue::Period { period: of }),
        }));
    }
    if let Some(k) = text(caps, "fiscal") {
        // "fiscal year 2008", "last school year": a year that does not
        // start in January; named, never resolved to calendar days.
        let kind = lang.lexicon("year_kind").key_of(k.trim())?.to_string();
        return Some(period(Period::OtherYear {
            kind,
            year: year_ref(),
        }));
    }
    if let Some(u) = text(caps, "unit") {
        let (unit, n) = unit_n(lang, u, number(lang, text(caps, "n")?)?)?;
        if has(caps, "last") {
            return Some(period(Period::Last { n, unit }));
        }
        if has(caps, "next") {
            return Some(period(Period::Next { n, unit }));
        }
        let amount = if has(caps, "ago") { -n } else { n };
        return Some(day(DayExpr::Shift { amount, unit }));
    }
    if let Some(d) = text(caps, "decade") {
        let n: i32 = d.parse().ok()?;
        return Some(period(if d.len() == 4 {
            Period::Decade {
                start: n - n % 10,
                century: true,
            }
        } else {
            Period::Decade {
                start: n,
                century: false,
            }
        }));
    }
    if let Some(w) = text(caps, "decw") {
        let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
        let dec = key_num(lang, "decade_word", &w)? as i32;
        return Some(period(match text(caps, "century") {
            Some(c) => {
                let c = c.split_whitespace().collect::<Vec<_>>().join(" ");
                Period::Decade {
                    start: key_num(lang, "century_word", &c)? as i32 + dec,
                    century: true,
                }
            }
            // "deux mille" names its century; "soixante-dix" does not.
            // "the noughties", "the two thousands".
            None if dec >= 1000 => Period::Decade {
                start: dec,
                century: true,
            },
            None if dec == 0 => Period::Decade {
                start: if w.starts_with("deux") { 2000 } else { 1000 },
                century: true,
            },
            None => Period::Decade {
                start: dec,
                century: false,
            },
        }));
    }
    if let Some(h) = text(caps, "half") {
        // "H1 2016", "2019-H2": a half of a year.
        let part = if h.ends_with('1') {
            Part::FirstHalf
        } else {
            Part::SecondHalf
        };
        return Some(period(Period::Part {
            part,
            of: Box::new(DateValue::Year { year: year? }),
        }));
    }
    if let Some(s) = text(caps, "season") {
        let season = lang.lexicon("season").key_of(s)?.to_string();
        return Some(period(Period::Season {
            season,
            year: year_ref(),
        }));
    }
    if let (Some(n), Some(w)) = (text(caps, "nwd"), text(caps, "wd")) {
        // "two Sundays from now": the second one after the article's date
        // (the plural is a form of lexicon `weekday_name`).
        let wd = lang.lexicon("weekday_name").key_of(w.trim())?.to_string();
        let n = number(lang, n)?;
        (n >= 1).then_some(())?;
        return Some(day(DayExpr::ShiftFrom {
            amount: n - 1,
            unit: Unit::Week,
            base: Box::new(DayExpr::NearWeekday {
                weekday: wd,
                direction: 1,
            }),
        }));
    }
    if has(caps, "fortnight") {
        // "next fortnight": the two weeks after the current two (weeks run
        // Monday to Sunday, fortnights from the current week).
        let k = shift_of(lang, caps)?;
        let weekday = |w: &str, weeks: i64| DayExpr::WeekdayOfWeek {
            weekday: w.to_string(),
            weeks,
        };
        return Some(range(weekday("mon", 2 * k), weekday("sun", 2 * k + 1)));
    }
    if has(caps, "workweek") {
        // "this working week": Monday to Friday.
        return Some(period(Period::Slice {
            n: 5,
            unit: Unit::Day,
            first: true,
            of: Box::new(DateValue::Period {
                period: Period::Week {
                    weeks: shift_of(lang, caps)?,
                },
            }),
        }));
    }
    if has(caps, "weekend") {
        return Some(period(Period::Weekend {
            weeks: if has(caps, "after_next") {
                2
            } else {
                shift_of(lang, caps).unwrap_or(0)
            },
        }));
    }
    if let Some(o) = text(caps, "ord") {
        // "third", or the digit of "Q3".
        let n = key_num(lang, "ordinal", o).or_else(|| o.parse().ok())?;
        if has(caps, "quarter") {
            let year = match (year, text(caps, "yshift")) {
                (Some(y), _) => YearRef::Known { year: y },
                (None, Some(s)) => YearRef::Relative {
                    years: key_num(lang, "year_shift", s)?,
                },
                (None, None) => YearRef::Unknown,
            };
            return Some(period(Period::Quarter {
                quarter: u32::try_from(n).ok().filter(|q| (1..=4).contains(q))?,
                year,
            }));
        }
        if has(caps, "week") {
            let n32 = i32::try_from(n)
                .ok()
                .filter(|&n| n == -1 || (1..=53).contains(&n))?;
            let of = if let Some(m) = month_of(lang, caps) {
                Period::Month {
                    month: m,
                    year: year.map_or(YearRef::Unknown, |y| YearRef::Known { year: y }),
                }
            } else if let Some(s) = text(caps, "mshift") {
                Period::RelativeMonth {
                    months: key_num(lang, "month_shift", s)?,
                }
            } else if let Some(s) = text(caps, "yshift") {
                Period::RelativeYear {
                    years: key_num(lang, "year_shift", s)?,
                }
            } else if n32 > 0 {
                return Some(period(match year {
                    Some(year) => Period::WeekOfYear {
                        week: n32 as u32,
                        year,
                    },
                    // "week 31" alone: that week of the current year.
                    None => Period::NthWeek {
                        n: n32,
                        of: Box::new(DateValue::Period {
                            period: Period::RelativeYear { years: 0 },
                        }),
                    },
                }));
            } else {
                return Some(period(Period::NthWeek {
                    n: n32,
                    of: Box::new(DateValue::Year { year: year? }),
                }));
            };
            if let Period::Month { month, .. } = of {
                if !(1..=12).contains(&month) || n32 > 5 {
                    return None;
                }
            }
            return Some(period(Period::NthWeek {
                n: n32,
                of: Box::new(DateValue::Period { period: of }),
            }));
        }
        let weekday = weekday_key(lang, caps)?;
        let month = match (text(caps, "mshift"), month_of(lang, caps)) {
            (Some(s), _) => MonthRef::Relative {
                months: key_num(lang, "month_shift", s)?,
            },
            (None, Some(m)) => MonthRef::Named { month: m, year },
            // "last Sunday" alone is the latest Sunday, not the last one
            // of the month (the `weekday` rules read it).
            (None, None) if n < 0 => return None,
            (None, None) => MonthRef::Relative { months: 0 },
        };
        return Some(day(DayExpr::NthWeekday {
            n: n as i32,
            weekday,
            month,
        }));
    }
    if let Some(d) = day_of(lang, caps) {
        return day_with_month(lang, caps, d, year);
    }
    if let (Some(wd), Some(n)) = (weekday_key(lang, caps), text(caps, "near")) {
        // "this past Wednesday", "this coming Friday".
        return Some(day(DayExpr::NearWeekday {
            weekday: wd,
            direction: key_num(lang, "near_shift", n)?.signum(),
        }));
    }
    if let Some(wd) = weekday_key(lang, caps) {
        let weeks = match (text(caps, "wshift"), shift_of(lang, caps)) {
            (Some(s), _) => Some(key_num(lang, "week_shift", s)?),
            (None, k) => k,
        };
        return Some(day(match weeks {
            Some(weeks) => DayExpr::WeekdayOfWeek { weekday: wd, weeks },
            None => DayExpr::Weekday { weekday: wd },
        }));
    }
    if let Some(m) = month_of(lang, caps) {
        if !(1..=12).contains(&m) {
            return None;
        }
        return Some(period(Period::Month {
            month: m,
            year: year_ref(),
        }));
    }
    if let Some(s) = text(caps, "wshift") {
        return Some(period(Period::Week {
            weeks: key_num(lang, "week_shift", s)?,
        }));
    }
    if let Some(s) = text(caps, "mshift") {
        return Some(period(Period::RelativeMonth {
            months: key_num(lang, "month_shift", s)?,
        }));
    }
    if let Some(s) = text(caps, "yshift") {
        return Some(period(Period::RelativeYear {
            years: key_num(lang, "year_shift", s)?,
        }));
    }
    if let Some(ys) = text(caps, "years") {
        let years = four_digit_numbers(ys);
        return Some(plain(match years.as_slice() {
            [] => return None,
            [y] => DateValue::Year { year: *y },
            _ => DateValue::Years { years },
        }));
    }
    year.map(|y| plain(DateValue::Year { year: y }))
}

fn four_digit_numbers(s: &str) -> Vec<i32> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|t| t.len() == 4)
        .filter_map(|t| t.parse().ok())
        .collect()
}

/// A day number with the rest of its match: a month (named or in digits),
/// a relative month, or nothing.
fn day_with_month(
    lang: &Language,
    caps: &Captures,
    d: u32,
    year: Option<i32>,
) -> Option<DateMention> {
    let weekday = weekday_key(lang, caps);
    let numeric = has(caps, "mn");
    // Year first ("2017-13-12") is always year, month, day.
    let year_first = group(caps, "y")
        .zip(group(caps, "mn"))
        .is_some_and(|(y, m)| y.start() < m.start());
    if let Some(mut m) = month_of(lang, caps) {
        let mut d = d;
        // Month/day order when only that reading is possible ("02/22/2016").
        if numeric && !year_first && m > 12 && (1..=12).contains(&d) {
            std::mem::swap(&mut m, &mut d);
        }
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        return Some(DateMention {
            invalid: invalid_reason(year, m, d),
            value: DateValue::Day {
                day: DayExpr::Date {
                    year,
                    month: m,
                    day: d,
                    weekday,
                },
            },
            marker: Marker::Plain,
        });
    }
    if !(1..=31).contains(&d) {
        return None;
    }
    let months = match text(caps, "mshift") {
        Some(s) => Some(key_num(lang, "month_shift", s)?),
        None => None,
    };
    Some(day(DayExpr::DayOfMonth { day: d, months }))
}

/// The earlier find whose span is exactly this `@` run. `found` comes
/// from [`keep_longest`]: sorted and disjoint, so a binary search on the
/// start finds it (a scan made long articles quadratic).
fn referenced<'f>(caps: &Captures, name: &str, found: &'f [Found]) -> Option<&'f Found> {
    let g = group(caps, name)?;
    let i = found
        .binary_search_by_key(&g.start(), |f| f.span.start)
        .ok()?;
    Some(&found[i]).filter(|f| f.span.end == g.end())
}

fn day_expr(f: &Found) -> Option<&DayExpr> {
    match &f.date.value {
        DateValue::Day { day } if f.date.marker == Marker::Plain => Some(day),
        _ => None,
    }
}

/// The first (`start`) or last day of a month or a year found by itself,
/// as a range bound.
fn bound_of(f: &Found, start: bool) -> Option<DayExpr> {
    if f.date.marker != Marker::Plain {
        return None;
    }
    value_bound(&f.date.value, start).or_else(|| match &f.date.value {
        // Any other calendar period bounds a range by its first or last
        // day ("from Q1 2017 to Q3 2018"); spans counted from the
        // reference ("the last 3 days") and unresolved years do not.
        DateValue::Period {
            period:
                Period::Quarter { .. }
                | Period::WeekOfYear { .. }
                | Period::NthWeek { .. }
                | Period::NthMonth { .. }
                | Period::Month { .. }
                | Period::RelativeMonth { .. }
                | Period::RelativeYear { .. }
                | Period::Week { .. }
                | Period::Part { .. }
                | Period::Season { .. }
                | Period::Decade { .. }
                | Period::HolidayWeekend { .. },
        } => Some(DayExpr::Bound {
            of: Box::new(f.date.value.clone()),
            start,
        }),
        _ => None,
    })
}

/// [`bound_of`] for a value. A range may also end with the end of a month
/// or a year ("from 2007 to the end of 2008", "from April until the end of
/// June"): its last day.
fn value_bound(value: &DateValue, start: bool) -> Option<DayExpr> {
    let (year, month) = match value {
        DateValue::Period {
            period:
                Period::Part {
                    part: Part::Late,
                    of,
                },
        } if !start => return value_bound(of, false),
        DateValue::Year { year } => (Some(*year), if start { 1 } else { 12 }),
        DateValue::Period {
            period: Period::Month { month, year },
        } => match year {
            YearRef::Known { year } => (Some(*year), *month),
            YearRef::Unknown => (None, *month),
            YearRef::Relative { .. } => return None,
        },
        _ => return None,
    };
    let day = if start {
        1
    } else {
        // Without a year, February ends on the 28th.
        let y = year.unwrap_or(2001);
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(y + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(y, month + 1, 1)
        }?;
        next.pred_opt()?.day()
    };
    Some(DayExpr::Date {
        year,
        month,
        day,
        weekday: None,
    })
}

fn invalid_of(e: &DayExpr) -> Option<String> {
    match e {
        DayExpr::Date {
            year, month, day, ..
        } => invalid_reason(*year, *month, *day),
        _ => None,
    }
}

/// A bound given as a bare day number takes the month (and year) of the
/// other bound; a first bound after the second's day is in the month
/// before ("du 30 au 2 juillet").
fn with_day(other: &DayExpr, d: u32, is_start: bool) -> Option<DayExpr> {
    if !(1..=31).contains(&d) {
        return None;
    }
    Some(match other {
        DayExpr::Date {
            year, month, day, ..
        } => {
            let (mut y, mut m) = (*year, *month);
            if is_start && d > *day {
                (y, m) = if m == 1 {
                    (y.map(|y| y - 1), 12)
                } else {
                    (y, m - 1)
                };
            } else if !is_start && d < *day {
                (y, m) = if m == 12 {
                    (y.map(|y| y + 1), 1)
                } else {
                    (y, m + 1)
                };
            }
            DayExpr::Date {
                year: y,
                month: m,
                day: d,
                weekday: None,
            }
        }
        DayExpr::DayOfMonth { months, .. } => DayExpr::DayOfMonth {
            day: d,
            months: *months,
        },
        _ => return None,
    })
}

/// Complete the missing year or month of one bound from the other.
fn fill(start: &DayExpr, end: &DayExpr) -> (DayExpr, DayExpr) {
    let mut s = start.clone();
    let mut e = end.clone();
    match (&mut s, &mut e) {
        (
            DayExpr::Date {
                year: sy @ None,
                month: sm,
                day: sd,
                ..
            },
            DayExpr::Date {
                year: Some(ey),
                month: em,
                day: ed,
                ..
            },
        ) => {
            *sy = Some(if (*sm, *sd) <= (*em, *ed) {
                *ey
            } else {
                *ey - 1
            });
        }
        (DayExpr::DayOfMonth { day, months: None }, DayExpr::Date { .. }) => {
            if let Some(x) = with_day(end, *day, true) {
                s = x;
            }
        }
        (DayExpr::Date { .. }, DayExpr::DayOfMonth { day, months: None }) => {
            if let Some(x) = with_day(start, *day, false) {
                e = x;
            }
        }
        _ => {}
    }
    (s, e)
}

/// A date written without its year, given that year; `None` when it has
/// one already or cannot take one.
fn with_year(d: &DateMention, y: i32) -> Option<DateMention> {
    let set = |e: &DayExpr| match e {
        DayExpr::Date {
            year: None,
            month,
            day,
            weekday,
        } => Some(DayExpr::Date {
            year: Some(y),
            month: *month,
            day: *day,
            weekday: weekday.clone(),
        }),
        _ => None,
    };
    let value = match &d.value {
        DateValue::Day { day } => DateValue::Day { day: set(day)? },
        DateValue::Range { start, end } => {
            let e = set(end)?;
            let s = set(start)?;
            // "Nov 20 to Jan 5 in 2020": the first bound in the year before.
            let (s, e) = fill(
                &match s {
                    DayExpr::Date {
                        month,
                        day,
                        weekday,
                        ..
                    } => DayExpr::Date {
                        year: None,
                        month,
                        day,
                        weekday,
                    },
                    other => other,
                },
                &e,
            );
            DateValue::Range { start: s, end: e }
        }
        DateValue::Period {
            period:
                Period::Month {
                    month,
                    year: YearRef::Unknown,
                },
        } => DateValue::Period {
            period: Period::Month {
                month: *month,
                year: YearRef::Known { year: y },
            },
        },
        _ => return None,
    };
    Some(DateMention {
        invalid: match &value {
            DateValue::Day { day } => invalid_of(day),
            DateValue::Range { start, end } => invalid_of(start).or_else(|| invalid_of(end)),
            _ => None,
        },
        value,
        marker: Marker::Plain,
    })
}

fn range(start: DayExpr, end: DayExpr) -> DateMention {
    let invalid = invalid_of(&start).or_else(|| invalid_of(&end));
    DateMention {
        value: DateValue::Range { start, end },
        marker: Marker::Plain,
        invalid,
    }
}

/// Interpret one match of a `date-range` or `date-marker` rule over the
/// masked text.
fn compose(lang: &Language, rule: &Rule, caps: &Captures, found: &[Found]) -> Option<Found> {
    if has(caps, "not") {
        return None;
    }
    let whole = group(caps, "date").or_else(|| caps.get(0))?;
    let span = Span::new(whole.start(), whole.end());
    // "le 3 et le 5 juin" names two days; only "entre … et …" is a range.
    let two_days = has(caps, "and") && !has(caps, "between");
    // A bare day bound, in digits or as an ordinal word ("ninth till
    // seventeenth of April"; group `d1w`, `d2w`).
    let bare = |name: &str| -> Option<u32> {
        if let Some(d) = text(caps, name) {
            return d.parse().ok();
        }
        let w = text(caps, &format!("{name}w"))?;
        let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
        ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| w.ends_with(s))
            .then_some(())?;
        u32::try_from(key_num(lang, "day_word", &w)?).ok()
    };
    let date = if has(caps, "sofar") {
        period(Period::SoFar)
    } else if let (Some(k), Some(at)) = (text(caps, "dshift"), referenced(caps, "at", found)) {
        // "next 5/12", "this 6th of April": that day of the next or the
        // current year, resolved as a fixed holiday is (the next one after
        // the article's date, the one of its year).
        let Some(DayExpr::Date {
            year: None,
            month,
            day: d,
            ..
        }) = day_expr(at)
        else {
            return None;
        };
        invalid_reason(None, *month, *d).is_none().then_some(())?;
        day(DayExpr::Holiday {
            holiday: format!("{month:02}-{d:02}"),
            year: YearRef::Relative {
                years: key_num(lang, "shift", k)?,
            },
        })
    } else if let Some(p) = text(caps, "part") {
        let part = Part::parse(lang.lexicon("date_part").key_of(p)?)?;
        // "early next week", "the end of 2000"; or a unit alone: "the rest
        // of the week", "later in the year" (the current one).
        let of = match referenced(caps, "at", found) {
            Some(at) if at.date.marker != Marker::Plain => return None,
            Some(at) => match &at.date.value {
                v @ (DateValue::Year { .. } | DateValue::Period { .. }) => v.clone(),
                _ => return None,
            },
            None => DateValue::Period {
                period: match unit_of(lang, text(caps, "unit")?)? {
                    Unit::Week => Period::Week { weeks: 0 },
                    Unit::Month => Period::RelativeMonth { months: 0 },
                    Unit::Year => Period::RelativeYear { years: 0 },
                    Unit::Day | Unit::BusinessDay => return None,
                },
            },
        };
        period(Period::Part {
            part,
            of: Box::new(of),
        })
    } else if let Some(w) = referenced(caps, "wday", found) {
        // "this Friday 5/12", "Friday (June 15)": a weekday, then the date
        // it names; the date is the mention.
        let at = referenced(caps, "at", found)?;
        match day_expr(w)? {
            DayExpr::Weekday { .. }
            | DayExpr::WeekdayOfWeek { .. }
            | DayExpr::NearWeekday { .. } => {}
            _ => return None,
        }
        // "the 1st week of Oct. on Friday": that weekday of the week (only
        // with "on": "Thursday, week 23" names two things).
        if let (
            true,
            DateValue::Period {
                period: Period::NthWeek { .. } | Period::WeekOfYear { .. } | Period::Week { .. },
            },
            Marker::Plain,
            DayExpr::Weekday { weekday },
        ) = (
            caps.name("at_2").is_some(),
            &at.date.value,
            at.date.marker,
            day_expr(w)?,
        ) {
            return Some(Found {
                span,
                rule: rule.id.clone(),
                date: day(DayExpr::WeekdayIn {
                    weekday: weekday.clone(),
                    base: Box::new(DayExpr::Bound {
                        of: Box::new(at.date.value.clone()),
                        start: true,
                    }),
                }),
            });
        }
        match (day_expr(at)?, day_expr(w)?) {
            (d @ DayExpr::Date { .. }, _) => day(d.clone()),
            // "Monday two weeks from now", "in 3 days on Friday": that
            // weekday of the week holding the day counted.
            (
                base @ (DayExpr::Shift { .. }
                | DayExpr::ShiftFrom { .. }
                | DayExpr::Relative { .. }),
                DayExpr::Weekday { weekday },
            ) => day(DayExpr::WeekdayIn {
                weekday: weekday.clone(),
                base: Box::new(base.clone()),
            }),
            _ => return None,
        }
    } else if has(caps, "now") {
        // "between Jan 22 and now", "between now and November 15": the
        // article's date as a bound.
        let now = DayExpr::Relative { days: 0 };
        if let Some(f) = referenced(caps, "from", found) {
            range(day_expr(f).cloned().or_else(|| bound_of(f, true))?, now)
        } else {
            let t = referenced(caps, "to", found)?;
            range(now, day_expr(t).cloned().or_else(|| bound_of(t, false))?)
        }
    } else if let (Some(n), Some(u)) = (text(caps, "n"), text(caps, "unit")) {
        // "three days after January 12", "two weeks before @".
        let at = referenced(caps, "at", found)?;
        let (unit, n) = unit_n(lang, u, number(lang, n)?)?;
        let amount = if has(caps, "before") { -n } else { n };
        let base = day_expr(at)?.clone();
        if has(caps, "span") {
            // "3 days starting from next Monday": that day and the next two.
            let end = DayExpr::ShiftFrom {
                amount: -1,
                unit: Unit::Day,
                base: Box::new(DayExpr::ShiftFrom {
                    amount,
                    unit,
                    base: Box::new(base.clone()),
                }),
            };
            return Some(Found {
                span,
                rule: rule.id.clone(),
                date: range(base, end),
            });
        }
        day(DayExpr::ShiftFrom {
            amount,
            unit,
            base: Box::new(base),
        })
    } else if let (Some(from), Some(y)) = (
        referenced(caps, "from", found),
        referenced(caps, "inyear", found),
    ) {
        // "28 June in 2020", "April to June in 2017", "June of 1992": a
        // date without its year, then the year.
        let (DateValue::Year { year }, Marker::Plain, Marker::Plain) =
            (&y.date.value, y.date.marker, from.date.marker)
        else {
            return None;
        };
        with_year(&from.date, *year)?
    } else if ["since", "until", "after", "before", "beyond"]
        .iter()
        .any(|g| has(caps, g))
    {
        let at = referenced(caps, "at", found)?;
        if at.date.marker != Marker::Plain {
            return None;
        }
        // "more than 2 weeks before today": beyond a day counted from
        // another, in the direction it was counted.
        let beyond = if has(caps, "beyond") {
            let sign = match day_expr(at)? {
                DayExpr::Relative { days } => days.signum(),
                DayExpr::Shift { amount, .. } | DayExpr::ShiftFrom { amount, .. } => {
                    amount.signum()
                }
                _ => 0,
            };
            match sign {
                1 => Some(Marker::After),
                -1 => Some(Marker::Before),
                _ => return None,
            }
        } else {
            None
        };
        DateMention {
            marker: if let Some(m) = beyond {
                m
            } else if has(caps, "since") {
                Marker::Since
            } else if has(caps, "until") {
                Marker::Until
            } else if has(caps, "after") {
                Marker::After
            } else {
                Marker::Before
            },
            ..at.date.clone()
        }
    } else if let Some(u) = text(caps, "unit") {
        let at = referenced(caps, "at", found)?;
        let unit = unit_of(lang, u)?;
        match (&at.date.value, unit) {
            // "le mois de mai": the month itself.
            (
                DateValue::Period {
                    period: p @ Period::Month { .. },
                },
                Unit::Month,
            ) => period(p.clone()),
            _ => period(Period::Around {
                unit,
                day: day_expr(at)?.clone(),
            }),
        }
    } else if let (Some(within), Some(from), Some(to)) = (
        referenced(caps, "in", found),
        referenced(caps, "from", found),
        referenced(caps, "to", found),
    ) {
        // "next week from Wednesday to Friday": weekdays of that week.
        let DateValue::Period {
            period: Period::Week { weeks },
        } = within.date.value
        else {
            return None;
        };
        let of_week = |f: &Found| match day_expr(f)? {
            DayExpr::Weekday { weekday } => Some(DayExpr::WeekdayOfWeek {
                weekday: weekday.clone(),
                weeks,
            }),
            _ => None,
        };
        range(of_week(from)?, of_week(to)?)
    } else if let (Some(m), Some(to)) = (text(caps, "mfrom"), referenced(caps, "to", found)) {
        // "Jan-Feb 2017", "Nov-Feb 5th, 2017": a month before a date that
        // gives the year.
        let m = u32::try_from(key_num(lang, "month", m)?)
            .ok()
            .filter(|m| (1..=12).contains(m))?;
        let s = DayExpr::Date {
            year: None,
            month: m,
            day: 1,
            weekday: None,
        };
        let e = day_expr(to)
            .cloned()
            .or_else(|| value_bound(&to.date.value, false))?;
        let (s, e) = fill(&s, &e);
        range(s, e)
    } else if let (Some(from), Some(y)) = (referenced(caps, "from", found), text(caps, "yto")) {
        // "between May 2015 and 2018": a bare year as the last bound.
        let s = day_expr(from).cloned().or_else(|| bound_of(from, true))?;
        let e = value_bound(
            &DateValue::Year {
                year: parse_year(y)?,
            },
            false,
        )?;
        range(s, e)
    } else if let (Some(from), Some(to)) = (
        referenced(caps, "from", found),
        referenced(caps, "to", found),
    ) {
        match (&from.date.value, &to.date.value) {
            (DateValue::Year { year: a }, DateValue::Year { year: b }) => plain(DateValue::Years {
                years: vec![*a, *b],
            }),
            _ if two_days => return None,
            _ => {
                // A month or a year bound runs from its first day or to
                // its last ("from March to May 2019", "between 2015 and
                // Feb 2018").
                let s = day_expr(from).cloned().or_else(|| bound_of(from, true))?;
                let e = day_expr(to).cloned().or_else(|| bound_of(to, false))?;
                let (s, e) = fill(&s, &e);
                range(s, e)
            }
        }
    } else if let (Some(from), Some(m)) = (referenced(caps, "from", found), month_of(lang, caps)) {
        // "from March to May": a month, then a month name.
        if !matches!(
            from.date.value,
            DateValue::Period {
                period: Period::Month { .. }
            }
        ) || !(1..=12).contains(&m)
        {
            return None;
        }
        let year = text(caps, "y").and_then(parse_year);
        let to = Found {
            span,
            rule: rule.id.clone(),
            date: period(Period::Month {
                month: m,
                year: year.map_or(YearRef::Unknown, |year| YearRef::Known { year }),
            }),
        };
        let s = bound_of(from, true)?;
        let e = bound_of(&to, false)?;
        let (s, e) = fill(&s, &e);
        range(s, e)
    } else if let (Some(d1), Some(to)) = (bare("d1"), referenced(caps, "to", found)) {
        if two_days {
            return None;
        }
        let end = day_expr(to)?.clone();
        range(with_day(&end, d1, true)?, end)
    } else if let (Some(from), Some(d2)) = (referenced(caps, "from", found), bare("d2")) {
        let start = day_expr(from)?.clone();
        let end = with_day(&start, d2, false)?;
        range(start, end)
    } else if let (Some(within), Some(d1), Some(d2)) =
        (referenced(caps, "in", found), bare("d1"), bare("d2"))
    {
        // "from 4 to 22 this month": days of a relative month.
        if let DateValue::Period {
            period: Period::RelativeMonth { months },
        } = &within.date.value
        {
            let bound = |d: u32| {
                (1..=31).contains(&d).then_some(DayExpr::DayOfMonth {
                    day: d,
                    months: Some(*months),
                })
            };
            return Some(Found {
                span,
                rule: rule.id.clone(),
                date: range(bound(d1)?, bound(d2)?),
            });
        }
        let DateValue::Period {
            period: Period::Month { month, year },
        } = &within.date.value
        else {
            return None;
        };
        let year = match year {
            YearRef::Known { year } => Some(*year),
            _ => None,
        };
        let bound = |d| DayExpr::Date {
            year,
            month: *month,
            day: d,
            weekday: None,
        };
        range(bound(d1), bound(d2))
    } else {
        return None;
    };
    Some(Found {
        span,
        rule: rule.id.clone(),
        date,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::{found, run};

    fn ctx(anchor: &str, direction: Direction) -> ResolveCtx {
        ResolveCtx {
            anchor: Some(NaiveDate::parse_from_str(anchor, "%Y-%m-%d").unwrap()),
            previous: None,
            direction,
        }
    }

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn pairs(text: &str) -> Vec<(String, String)> {
        found(text, extract)
    }

    fn one(text: &str) -> (String, String) {
        let got = pairs(text);
        assert_eq!(got.len(), 1, "{text:?}: {got:?}");
        got.into_iter().next().unwrap()
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

    #[test]
    fn days_months_and_years_in_other_phrasings() {
        assert_eq!(
            one("la prise de la Bastille le 14 juillet 1789.").1,
            "1789-07-14"
        );
        assert_eq!(
            one("Il parlera lundi 3 mars devant l'Assemblée").1,
            "--03-03"
        );
        assert_eq!(one("Le sommet se tiendra le 1er mai.").1, "--05-01");
        assert_eq!(one("Le quatre octobre, rien.").1, "--10-04");
        assert_eq!(one("Publié le 05/11/2024 à 8 h").1, "2024-11-05");
        assert_eq!(one("mise à jour 2024-11-05T08:00").1, "2024-11-05");
    }

    #[test]
    fn ranges_carry_month_and_year_across_bounds() {
        assert_eq!(
            one("Le festival a lieu du 30 novembre au 2 décembre 2024."),
            (
                "du 30 novembre au 2 décembre 2024".into(),
                "2024-11-30/2024-12-02".into()
            )
        );
        assert_eq!(one("entre le 5 et le 9 août").1, "--08-05/--08-09");
        assert_eq!(one("fermé du 28 au 3 mars").1, "--02-28/--03-03");
        assert_eq!(one("les 12-14 octobre 2023").1, "2023-10-12/2023-10-14");
        // Two days, not a range.
        assert_eq!(pairs("les 3 et 5 août").len(), 1);
    }

    #[test]
    fn markers_mark_the_start_or_end() {
        assert_eq!(
            one("Les inscriptions sont ouvertes jusqu'au 15 septembre.").1,
            "until --09-15"
        );
        assert_eq!(
            one("en vigueur à partir du 1er janvier 2026").1,
            "since 2026-01-01"
        );
        assert_eq!(one("Il reste jusqu'à vendredi.").1, "until fri");
        assert_eq!(one("présent depuis 2013, il").1, "since 2013");
    }

    #[test]
    fn relative_days_and_periods() {
        assert_eq!(one("Il est reparti avant-hier.").1, "rel:-2");
        assert_eq!(one("Le surlendemain… non, le lendemain.").1, "prev:1");
        assert_eq!(one("Elle votera le mois prochain.").1, "month+1");
        assert_eq!(one("dans les années 1980, la ville").1, "1980s");
        assert_eq!(one("au premier trimestre 2024").1, "2024-Q1");
        assert_eq!(one("en mars 2024").1, "2024-03");
    }

    #[test]
    fn numbers_that_are_not_dates() {
        for t in [
            "22 joueurs ont été sélectionnés.",
            "Voir page 22 du rapport.",
            "Article 13 de la Constitution",
            "Le score final est de 3-1.",
            "Appelez le 01 45 67 89 10.",
            "Dossier n° 2024-118-77",
            "en 1/4 de finale",
            "Il a été élu président.",
            "plus de 2000 morts",
            "Il est en mer.",
            "La juin",
        ] {
            let got: Vec<_> = pairs(t).into_iter().filter(|(_, v)| v != "--06").collect();
            assert!(got.is_empty(), "{t:?}: {got:?}");
        }
        // A month alone is a period, never a day.
        let m = run("Il reviendra en juin.", extract);
        assert_eq!(m.len(), 1);
        let MentionKind::Date(d) = &m[0].kind else {
            panic!()
        };
        assert!(!d.is_day());
    }

    #[test]
    fn impossible_dates_are_reported_not_moved() {
        for (t, msg) in [
            ("le 31 juin", "31 June does not exist"),
            ("le 30 février 2023", "30 February 2023 does not exist"),
            ("le 29 février 2023", "29 February 2023 does not exist"),
        ] {
            let m = run(t, extract);
            assert_eq!(m.len(), 1, "{t}");
            let MentionKind::Date(d) = &m[0].kind else {
                panic!()
            };
            assert_eq!(d.invalid.as_deref(), Some(msg));
            assert!(d.value_string().contains("-02-") || d.value_string().contains("-06-31"));
        }
        let m = run("le 29 février 2024", extract);
        let MentionKind::Date(d) = &m[0].kind else {
            panic!()
        };
        assert_eq!(d.invalid, None);
    }

    #[test]
    fn weekday_contradictions_and_year_inference() {
        let m = run("lundi 22 juin 2025", extract);
        let MentionKind::Date(d) = &m[0].kind else {
            panic!()
        };
        assert_eq!(
            weekday_mismatch(d).as_deref(),
            Some("22 June 2025 is a Sunday, not a Monday")
        );
        let m = run("dimanche 22 juin 2025", extract);
        let MentionKind::Date(d) = &m[0].kind else {
            panic!()
        };
        assert_eq!(weekday_mismatch(d), None);
        assert_eq!(infer_year(6, 24, "tue", Some(2020)), Some(2025));
        assert_eq!(infer_year(6, 22, "sun", Some(2020)), Some(2025));
        assert_eq!(infer_year(2, 29, "sat", Some(2020)), Some(2020));
        assert_eq!(infer_year(2, 30, "sat", Some(2020)), None);
    }

    #[test]
    fn english_weeks_ranges_and_latest_weekdays_resolve() {
        let r = date("2016-11-07"); // a Monday
        let get = |t: &str| {
            let m = crate::extract::testing::run_en(t, extract);
            let MentionKind::Date(d) = &m[0].kind else {
                panic!("{t}: {m:?}")
            };
            let i = resolve(&d.value, r).unwrap();
            format!("{}/{}", i.first, i.last)
        };
        // Weeks belong to the period holding their Thursday.
        assert_eq!(
            get("the first week of October 2016"),
            "2016-10-03/2016-10-09"
        );
        assert_eq!(
            get("the first week of January 2015"),
            "2014-12-29/2015-01-04"
        );
        assert_eq!(get("the last week of July 2016"), "2016-07-25/2016-07-31");
        assert_eq!(get("the last week of 2015"), "2015-12-28/2016-01-03");
        // "last Sunday" is the latest Sunday, not the month's last one.
        assert_eq!(get("last Sunday"), "2016-11-06/2016-11-06");
        assert_eq!(get("two days after tomorrow"), "2016-11-10/2016-11-10");
        assert_eq!(get("from 2014 to 2018"), "2014-01-01/2018-12-31");
        assert_eq!(get("from March to May 2016"), "2016-03-01/2016-05-31");
        assert_eq!(get("Q3 2016"), "2016-07-01/2016-09-30");
    }

    /// `(matched text, value_string)` of the English date mentions.
    fn en_pairs(text: &str) -> Vec<(String, String)> {
        crate::extract::testing::found_en(text, extract)
    }

    #[test]
    fn english_counts_in_words_are_not_years() {
        // A digit word after "twenty" is a count, and a bare "two thousand"
        // a crowd, not a year.
        assert_eq!(
            en_pairs("In March, twenty two villagers were hurt."),
            [("March".to_string(), "--03".to_string())]
        );
        assert!(en_pairs("Prices climbed by twenty three percent.").is_empty());
        assert!(en_pairs("Talks ended in twenty six hours.").is_empty());
        assert!(
            en_pairs("Membership grew by one thousand last month")
                .iter()
                .all(|(m, _)| !m.contains("thousand"))
        );
        assert_eq!(
            en_pairs("It opened in eighteen oh two.")[0].1,
            "1802".to_string()
        );
    }

    #[test]
    fn english_holidays_need_a_preposition_and_no_noun_after() {
        // A holiday naming something else is no date.
        assert!(en_pairs("Talks on the Good Friday accords resumed.").is_empty());
        assert!(en_pairs("Easter Island statues were restored.").is_empty());
        assert!(en_pairs("Police closed St Patrick's church.").is_empty());
        assert!(en_pairs("Christmas markets drew crowds.").is_empty());
        // After a preposition, or with a shift or a year, it is one.
        assert_eq!(en_pairs("Fighting paused over Christmas.").len(), 1);
        assert_eq!(
            en_pairs("The vote was held at Easter 2019.")[0].1,
            "2019-easter"
        );
    }

    #[test]
    fn english_open_bounds_only_where_the_date_ends_its_phrase() {
        assert_eq!(
            en_pairs("Prices may rise after 2018, the bank said.")[0].1,
            "after 2018"
        );
        assert_eq!(
            en_pairs("Leave on 1/1/2016 or later.")[0].1,
            "after 2016-01-01"
        );
        // A date that goes on ("after June 22 talks") stays a plain date.
        assert_eq!(
            en_pairs("The talks resumed after June 22 talks collapsed.")[0].1,
            "--06-22"
        );
        // "this past Wednesday" is the latest Wednesday; a slice of a year
        // is not the last months before the article.
        assert_eq!(en_pairs("He spoke this past Wednesday.")[0].1, "wed@near-1");
        assert_eq!(
            en_pairs("Sales in the last four months of 2021 fell.")[0].1,
            "last4month:2021"
        );
    }

    #[test]
    fn english_offsets_need_a_future_or_a_day_counted_from() {
        // "within ... of" an event, and a bare "within", are not spans
        // from the article's date.
        assert!(en_pairs("Both were charged within a week of the raid.").is_empty());
        assert!(en_pairs("Shelters filled within three hours.").is_empty());
        assert_eq!(en_pairs("Aid arrives within the coming ten days.").len(), 1);
        // "several" and "few" are no exact count.
        assert!(
            en_pairs("Talks stalled over the past several weeks.")
                .iter()
                .all(|(_, v)| !v.contains("3week"))
        );
        assert!(
            en_pairs("Rain is due in the next few days.")
                .iter()
                .all(|(_, v)| !v.contains("3day"))
        );
        // "from" a calendar day is a duration, not an offset.
        assert!(
            en_pairs("The fair lasts four days from March 3.")
                .iter()
                .all(|(m, _)| !m.contains("days"))
        );
        assert_eq!(
            en_pairs("Polls close two weeks after March 3.")[0].0,
            "two weeks after March 3"
        );
    }

    #[test]
    fn english_business_days_holiday_weekends_and_period_bounds_resolve() {
        let get = |t: &str, r: &str| {
            let m = crate::extract::testing::run_en(t, extract);
            assert_eq!(m.len(), 1, "{t}: {m:?}");
            let MentionKind::Date(d) = &m[0].kind else {
                panic!("{t}: {m:?}")
            };
            resolve(&d.value, date(r)).map(|i| format!("{}/{}", i.first, i.last))
        };
        let some = |s: &str| Some(s.to_string());
        // Business days skip weekends (2018-08-21 is a Tuesday).
        assert_eq!(
            get("for the next 4 business days.", "2018-08-21"),
            some("2018-08-22/2018-08-27")
        );
        assert_eq!(
            get("in the previous 4 business days.", "2018-08-21"),
            some("2018-08-15/2018-08-20")
        );
        assert_eq!(
            get("It closes in four business days.", "2018-08-21"),
            some("2018-08-27/2018-08-27")
        );
        // A holiday's weekend is the nearest one, the holiday included:
        // Labor Day 2021 is a Monday, Thanksgiving 2023 a Thursday.
        assert_eq!(
            get("over the Labor Day weekend.", "2021-11-09"),
            some("2021-09-04/2021-09-06")
        );
        assert_eq!(
            get("the weekend of Thanksgiving 2023", "2021-11-09"),
            some("2023-11-23/2023-11-26")
        );
        // Any calendar period bounds a range; the year to date ends today.
        assert_eq!(
            get("Sales grew from Q1 2017 to Q3 2018.", "2019-06-11"),
            some("2017-01-01/2018-09-30")
        );
        assert_eq!(
            get("It rose 20% in the year to date.", "2018-09-07"),
            some("2018-01-01/2018-09-07")
        );
        assert_eq!(
            get("Jan-Feb 2017", "2018-10-24"),
            some("2017-01-01/2017-02-28")
        );
        assert_eq!(
            get("It will happen this working week.", "2018-06-26"),
            some("2018-06-25/2018-06-29")
        );
        assert_eq!(
            get("a fortnight later", "2021-05-20"),
            some("2021-06-03/2021-06-03")
        );
        // "from next Monday to Friday" ends on the Friday after the start.
        assert_eq!(
            get("a vacation from next monday to friday", "2019-09-05"),
            some("2019-09-09/2019-09-13")
        );
        // A fiscal year is named, never read as calendar days.
        assert_eq!(get("Profits fell in fiscal 2019.", "2020-01-01"), None);
    }

    #[test]
    fn english_cycles_centuries_holidays_and_offsets_resolve() {
        let r = date("2021-08-18"); // a Wednesday
        let get = |t: &str| {
            let m = crate::extract::testing::run_en(t, extract);
            assert_eq!(m.len(), 1, "{t}: {m:?}");
            let MentionKind::Date(d) = &m[0].kind else {
                panic!("{t}: {m:?}")
            };
            let i = resolve(&d.value, r).unwrap();
            format!("{}/{}", i.first, i.last)
        };
        // Whole quarters and decades, counted from the current one.
        assert_eq!(get("the current quarter"), "2021-07-01/2021-09-30");
        assert_eq!(get("the previous three quarters"), "2020-10-01/2021-06-30");
        assert_eq!(get("the coming two decades"), "2030-01-01/2049-12-31");
        assert_eq!(get("the eighteenth century"), "1700-01-01/1799-12-31");
        // Holidays: fixed, computed (Easter 2024 is March 31), relative.
        assert_eq!(get("on Halloween"), "2021-10-31/2021-10-31");
        assert_eq!(get("Easter 2024"), "2024-03-31/2024-03-31");
        assert_eq!(get("next Thanksgiving"), "2021-11-25/2021-11-25");
        assert_eq!(get("last Good Friday"), "2021-04-02/2021-04-02");
        // Days counted from another day, spans from today, a year after.
        // March 3 nearest the reference is 2021-03-03.
        assert_eq!(get("ten days after March 3"), "2021-03-13/2021-03-13");
        assert_eq!(get("a month before Christmas Day"), "2021-11-25/2021-11-25");
        assert_eq!(get("within the next two weeks"), "2021-08-18/2021-08-31");
        assert_eq!(get("the 9 May of 2019"), "2019-05-09/2019-05-09");
        assert_eq!(get("from 3 to 7 July in 2015"), "2015-07-03/2015-07-07");
        // Years in words, alone or after a day and month.
        assert_eq!(get("since eighteen forty eight"), "1848-01-01/1848-12-31");
        assert_eq!(get("in two thousand and nine"), "2009-01-01/2009-12-31");
        assert_eq!(
            get("on 4 July seventeen seventy six"),
            "1776-07-04/1776-07-04"
        );
        assert_eq!(get("in March nineteen oh five"), "1905-03-01/1905-03-31");
        assert_eq!(get("in the noughties"), "2000-01-01/2009-12-31");
        // A weekday with a bare day: the nearest month where they agree
        // (October 31, 2021 is a Sunday).
        assert_eq!(get("see you on Sunday 31."), "2021-10-31/2021-10-31");
        // The count may come before "next"/"past".
        assert_eq!(get("the 3 past days"), "2021-08-15/2021-08-17");
        // "May" as a modal verb after "this" or a number word.
        assert!(crate::extract::testing::run_en("This may help, one may say.", extract).is_empty());
    }

    #[test]
    fn resolution_against_a_reference() {
        let r = date("2016-11-07"); // a Monday
        let get = |t: &str| {
            let m = run(t, extract);
            let MentionKind::Date(d) = &m[0].kind else {
                panic!()
            };
            let i = resolve(&d.value, r).unwrap();
            format!("{}/{}", i.first, i.last)
        };
        assert_eq!(get("la semaine prochaine"), "2016-11-14/2016-11-20");
        assert_eq!(get("le mois dernier"), "2016-10-01/2016-10-31");
        assert_eq!(get("cette année"), "2016-01-01/2016-12-31");
        assert_eq!(get("il y a 3 jours"), "2016-11-04/2016-11-04");
        assert_eq!(get("dans 2 semaines"), "2016-11-21/2016-11-21");
        assert_eq!(get("demain"), "2016-11-08/2016-11-08");
        assert_eq!(get("le 1er mai 2016"), "2016-05-01/2016-05-01");
        assert_eq!(get("les années 70"), "1970-01-01/1979-12-31");
    }

    #[test]
    fn the_seed_phrasings_are_found() {
        let cases = [
            (
                "est arrivé dimanche 22 juin en Russie",
                "dimanche 22 juin",
                "--06-22",
            ),
            ("le 22\u{a0}juin à Moscou", "22\u{a0}juin", "--06-22"),
            (
                "doit rester jusqu’au 26 juin.",
                "jusqu’au 26 juin",
                "until --06-26",
            ),
            (
                "qui se tient du 22 au 26 juin 2025, s’inscrit",
                "du 22 au 26 juin 2025",
                "2025-06-22/2025-06-26",
            ),
            ("reçu le 23 juin 2025 par", "23 juin 2025", "2025-06-23"),
            (
                "rester à Moscou jusqu'à jeudi",
                "jusqu'à jeudi",
                "until thu",
            ),
            ("arrivé à Moscou dimanche et", "dimanche", "sun"),
            ("a déclaré lundi vouloir", "lundi", "mon"),
            (
                "Histoires Web mardi, juin 24\nBulletin",
                "mardi, juin 24",
                "--06-24",
            ),
            (
                "Moscou, 26 juin 2025, En visite",
                "26 juin 2025",
                "2025-06-26",
            ),
            (
                "en Russie du 23 au 26 juin, le Président",
                "du 23 au 26 juin",
                "--06-23/--06-26",
            ),
            (
                "déployé au Mali depuis 2021, et",
                "depuis 2021",
                "since 2021",
            ),
            ("jihadiste depuis 2012, menée", "depuis 2012", "since 2012"),
            ("avec la France en 2022.", "2022", "2022"),
            (
                "coups d’État successifs de 2020 et 2021.",
                "2020 et 2021",
                "2020,2021",
            ),
            ("au pouvoir en 2021. Il", "2021", "2021"),
            (
                "Sommet Russie-Afrique de 2023 à Saint-Pétersbourg",
                "2023",
                "2023",
            ),
            (
                "en visite officielle depuis dimanche 22 juin en Russie",
                "depuis dimanche 22 juin",
                "since --06-22",
            ),
        ];
        for (t, m, v) in cases {
            assert_eq!(one(t), (m.to_string(), v.to_string()), "{t:?}");
        }
    }

    #[test]
    fn odd_input_never_panics() {
        for t in [
            "",
            "@@@ contact@afp.com le 22 juin @@",
            "31/31/2020 99/99 2015-1-32 0/0/0000",
            "le 22 juin 🎉 du 30 au 2",
            "œuvre du 1er janv. au 3 févr.",
            "jusqu'au jusqu'au depuis depuis",
        ] {
            let _ = pairs(t);
        }
        assert_eq!(one("contact@afp.com, le 22 juin").1, "--06-22");
    }

    #[test]
    fn the_seed_files_yield_their_dates() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            let got = pairs(&text);
            assert!(
                got.iter().any(|(_, v)| v.contains("06-2")),
                "{}: {got:?}",
                p.display()
            );
        }
    }
}
