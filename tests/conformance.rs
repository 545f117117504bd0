//! factdiff's extractors measured against a suite nobody in this project
//! wrote: the French specs of Microsoft Recognizers-Text (MIT; see
//! `tests/data/recognizers-text-fr/PROVENANCE.md`).
//!
//! Run `cargo test --release --test conformance -- --nocapture` to see the
//! table. A case passes when the same spans are found (text compared
//! case-insensitively, same start offset) and, for parser and model files,
//! the same value. The test fails when a file falls below its floor or the
//! whole suite below [`OVERALL_FLOOR`]; floors are raised as the extraction
//! improves, never lowered.

#[path = "conformance/common.rs"]
mod common;
#[path = "conformance/dates.rs"]
mod dates;
#[path = "conformance/numbers.rs"]
mod numbers;

/// The lowest pass rate (percent) over all in-scope cases together.
const OVERALL_FLOOR: f64 = 95.0;

const OUT_OF_SCOPE: &[&str] = &[
    "DateTime: times of day, time periods, date-times (Time*, DateTime*, DateTimePeriod*)",
    "DateTime: time zones (TimeZone*)",
    "DateTime: sets (Set*) and durations (Duration*)",
    "DateTime: holidays, option-specific model variants (not run upstream)",
    "Number: number ranges (not run upstream)",
    "NumberWithUnit: temperatures",
];

#[test]
fn conformance_pass_rates_stay_above_their_floors() {
    let mut results = dates::run();
    results.extend(numbers::run());
    println!("{}", common::table(&results, OUT_OF_SCOPE));
    if std::env::var_os("CONFORMANCE_FAILURES").is_some() {
        for r in &results {
            for f in &r.failures {
                println!("{}: {f}", r.file);
            }
        }
    }
    let mut below = Vec::new();
    for r in &results {
        if r.rate() + 1e-9 < r.floor {
            below.push(format!(
                "{}: {:.1}% < floor {:.0}%",
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
    if overall + 1e-9 < OVERALL_FLOOR {
        below.push(format!("all: {overall:.1}% < floor {OVERALL_FLOOR:.0}%"));
    }
    assert!(below.is_empty(), "below the floor:\n{}", below.join("\n"));
}
