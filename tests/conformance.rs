//! factdiff's extractors measured against suites nobody in this project
//! wrote: the French and English specs of Microsoft Recognizers-Text (MIT;
//! see `tests/data/recognizers-text-fr/PROVENANCE.md` and
//! `tests/data/recognizers-text-en/PROVENANCE.md`).
//!
//! Run `cargo test --release --test conformance -- --nocapture` to see the
//! tables. A case passes when the same spans are found (text compared
//! case-insensitively, same start offset) and, for parser and model files,
//! the same value. The test fails when a file falls below its floor or a
//! language's whole suite below its overall floor; floors are raised as the
//! extraction improves, never lowered.

#[path = "conformance/common.rs"]
mod common;
#[path = "conformance/dates.rs"]
mod dates;
#[path = "conformance/numbers.rs"]
mod numbers;

use common::{ENGLISH, Excluded, FRENCH, FileResult, Suite};

/// The lowest pass rate (percent) over all in-scope French cases together.
const FRENCH_OVERALL_FLOOR: f64 = 95.0;

/// The lowest pass rate (percent) over all in-scope English cases together:
/// the target, 95% as for French, just under the figure measured last
/// (95.4%, 2096 of 2198 after the families of ENGLISH_EXCLUDED; see
/// README "Extraction quality").
const ENGLISH_OVERALL_FLOOR: f64 = 95.0;

const FRENCH_OUT_OF_SCOPE: &[&str] = &[
    "DateTime: times of day, time periods, date-times (Time*, DateTime*, DateTimePeriod*)",
    "DateTime: time zones (TimeZone*)",
    "DateTime: sets (Set*) and durations (Duration*)",
    "DateTime: holidays, option-specific model variants (not run upstream)",
    "Number: number ranges (not run upstream)",
    "NumberWithUnit: temperatures",
];

const ENGLISH_OUT_OF_SCOPE: &[&str] = &[
    "DateTime: the DateTimeModel cases with a time, date-time, time period or set result (389 of 970) and MergedParser cases with such results (160 of 162): times of day are claims now, but these cases are chat phrasings ('tonight', 'half past seven', 'every Monday') and are not copied to tests/data",
    "DateTime: Time*, DateTime*, DateTimePeriod*, TimeZone*, Set*, Holiday* files (1,024 trusted cases in ../shared/conformance): not measured yet; time zones, recurrences and holidays are rare in news claims",
    "DateTime: option-specific model variants (*ExperimentalMode, *CalendarMode, *ComplexCalendar, *TasksMode, *SplitDateAndTime, *ExtendedTypes; 1,004 cases): other upstream options than the default",
    "Number: option-specific model variants (*PercentMode, *ExperimentalMode, *SuppressExtendedTypes; 275 cases)",
    "NumberWithUnit: temperatures (43 cases): no claim compares a temperature",
];

/// Trusted English cases left out of the rate, by family: phrasings a news
/// article never contains, or never means as upstream reads them. Each
/// family is a pattern over the input or over the expected results' text;
/// the table prints how many cases it holds. Everything else a news article
/// could say stays in the rate, failures included (open-ended dates such as
/// "after 2018" are read as open bounds only where the date ends its
/// phrase: "after June 22 talks" stays a date, and its case fails).
pub const ENGLISH_EXCLUDED: &[Excluded] = &[
    Excluded {
        family: "calendar-app shorthand",
        reason: "'set OOO', 'w/c Feb 4', 'at the EOY', 'otd', 'cy18', 'sy 2008': an assistant's or a spreadsheet's abbreviations, never a date in news",
        input: Some(r"(?i)\b(?:ooo|w/c|eoy|otd|[cs]y ?\d{2,4})\b"),
        result: None,
    },
    Excluded {
        family: "query comparisons",
        reason: "'=2019', '> = 2019', 'year greater than 2012', 'year 2016 and greater': a database query's syntax",
        input: Some(
            r"(?i)(?:^\s*[<>]?\s*=\s*\d{4}\b|[<>]\s*=\s*\d{4}\b|\byear (?:is )?greater than|\d{4} and greater)",
        ),
        result: None,
    },
    Excluded {
        family: "a bare unit noun as a date",
        reason: "'partner of the year', 'blocked for the day', 'my week', 'the fortnight', 'the last day', 'this day': upstream reads a bare day, week, fortnight, month or year (or 'the/this/next/last day') as the current or an adjacent one; in news these words never name that date, and reading them so would date every article",
        input: None,
        result: Some(
            r"^(?:(?:the|my|this|last|next)\s+)?day$|^(?:the\s+)?(?:last|past)\s+day$|^(?:(?:the|my)\s+)?(?:week|fortnight|month|year)$",
        ),
    },
    Excluded {
        family: "vague counts of days as three",
        reason: "'a few days ago', 'the past several weeks', 'past few days': upstream reads 'few' and 'several' as exactly three; no source means a figure by them, and a date built on that reading would contradict the sources that say 'four days ago' (our extractor reads no count there, by design: src/extract/date.rs tests)",
        input: None,
        result: Some(
            r"^(?:a\s+)?(?:few|several)\s+(?:days|weeks|months|years)\s+ago$|^(?:past|last|next|coming)\s+(?:few|several)\s+(?:days|weeks|months|years)$",
        ),
    },
    Excluded {
        family: "fractions with a spelled compound denominator",
        reason: "'three twenty-firsts', 'one hundred thirty fifths', 'ninety - five hundred fifths': which words the denominator takes is ambiguous (130/5 or 100/35) and news writes such fractions in digits",
        input: Some(
            r"(?i)\b(?:twenty[- ]firsts|thirty[- ]fifths|hundred[- ](?:and )?fifths?|thousand fifths)\b",
        ),
        result: None,
    },
    Excluded {
        family: "a percent word before its figure",
        reason: "'percent of 10', 'per cent of twenty-two' read as 10% and 22%: news writes the figure before the word ('40 percent of 210 seats'), and a figure after 'percent of' is what the share is of ('the percent of 18-year-olds who voted'): reading it as the percentage would misread news",
        input: Some(r"(?i)^\s*(?:per\s*cents?|percents?)\s+of\b"),
        result: None,
    },
    Excluded {
        family: "a unit or percent without a figure",
        reason: "'a small percent', 'the % of increase', '50 dollar rmb', 'a metric ton is equal to 2,204.62 pounds', 'mcg': a result naming a unit with no amount; factdiff reports amounts only (a claim needs a figure), so these cases could never pass, and the amounts they also hold ('50 dollar', '2,204.62 pounds', read right) leave the rate with them",
        input: None,
        result: Some(r"^(?:%|percent|percentage|dollars?|rmb|metric ton|mcg|gramme)$"),
    },
    Excluded {
        family: "spoken Chinese money",
        reason: "'one kuai and five mao five': colloquial units; English news writes yuan",
        input: Some(r"(?i)\b(?:kuai|mao)\b"),
        result: None,
    },
];

/// Run one language's suite, print its table and return the problems.
fn check(suite: Suite, overall_floor: f64, out_of_scope: &[&str]) -> Vec<String> {
    let mut results: Vec<FileResult> = dates::run(suite);
    results.extend(numbers::run(suite));
    println!("{} ({}):", suite.dir, suite.lang);
    println!("{}", common::table(&results, out_of_scope, suite));
    if std::env::var_os("CONFORMANCE_FAILURES").is_some() {
        for r in &results {
            for f in &r.failures {
                println!("{} {}: {f}", suite.lang, r.file);
            }
        }
    }
    let mut below = Vec::new();
    for r in &results {
        if r.rate() + 1e-9 < r.floor {
            below.push(format!(
                "{} {}: {:.1}% < floor {:.0}%",
                suite.lang,
                r.file,
                r.rate(),
                r.floor
            ));
        }
    }
    let cases: usize = results.iter().map(|r| r.cases).sum();
    let passed: usize = results.iter().map(|r| r.passed).sum();
    let overall = if cases == 0 {
        100.0
    } else {
        100.0 * passed as f64 / cases as f64
    };
    if overall + 1e-9 < overall_floor {
        below.push(format!(
            "{} all: {overall:.1}% < floor {overall_floor:.0}%",
            suite.lang
        ));
    }
    below
}

#[test]
fn conformance_pass_rates_stay_above_their_floors() {
    let mut below = check(FRENCH, FRENCH_OVERALL_FLOOR, FRENCH_OUT_OF_SCOPE);
    below.extend(check(ENGLISH, ENGLISH_OVERALL_FLOOR, ENGLISH_OUT_OF_SCOPE));
    assert!(below.is_empty(), "below the floor:\n{}", below.join("\n"));
}
