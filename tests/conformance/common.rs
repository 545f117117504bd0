//! Loading Recognizers-Text cases (French and English suites) and printing
//! the pass-rate table.

use std::path::Path;

use chrono::NaiveDateTime;
use serde_json::Value;

/// One trusted test case.
#[derive(Debug, Clone)]
pub struct Case {
    pub input: String,
    /// `Context.ReferenceDateTime`, when given.
    pub reference: Option<NaiveDateTime>,
    /// The expected results (empty for a negative case).
    pub results: Vec<Value>,
}

/// One language's suite: the rules language and the data folder under
/// `tests/data/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suite {
    /// The rules language (`fr`, `en`).
    pub lang: &'static str,
    /// The folder under `tests/data/` (`recognizers-text-fr`).
    pub dir: &'static str,
}

pub const FRENCH: Suite = Suite {
    lang: "fr",
    dir: "recognizers-text-fr",
};

pub const ENGLISH: Suite = Suite {
    lang: "en",
    dir: "recognizers-text-en",
};

/// Load the trusted cases of one file (`DateTime/DateParser.json`): cases
/// whose `NotSupported`/`NotSupportedByDesign` does not name `dotnet`.
pub fn load(suite: Suite, rel: &str) -> Vec<Case> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(suite.dir)
        .join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let all: Vec<Value> = serde_json::from_str(text).unwrap_or_else(|e| panic!("{rel}: {e}"));
    all.into_iter()
        .filter(|c| {
            ["NotSupported", "NotSupportedByDesign"].iter().all(|k| {
                !c.get(*k)
                    .and_then(Value::as_str)
                    .is_some_and(|s| s.to_ascii_lowercase().contains("dotnet"))
            })
        })
        .map(|c| Case {
            input: c["Input"].as_str().unwrap_or_default().to_string(),
            reference: c
                .pointer("/Context/ReferenceDateTime")
                .and_then(Value::as_str)
                .and_then(|s| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").ok()),
            results: c["Results"].as_array().cloned().unwrap_or_default(),
        })
        .collect()
}

/// Char index (what the specs count, UTF-16 = chars here) of a byte offset.
pub fn char_index(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].chars().count()
}

/// The outcome on one file.
#[derive(Debug, Clone)]
pub struct FileResult {
    pub file: String,
    pub cases: usize,
    pub passed: usize,
    /// The lowest pass rate (percent) this file may have; raised as the
    /// extraction improves, never lowered.
    pub floor: f64,
    /// A few failures, for whoever improves the rules.
    pub failures: Vec<String>,
}

impl FileResult {
    pub fn new(file: &str, floor: f64) -> Self {
        FileResult {
            file: file.to_string(),
            cases: 0,
            passed: 0,
            floor,
            failures: Vec::new(),
        }
    }
    /// Record one case.
    pub fn record(&mut self, ok: bool, describe: impl FnOnce() -> String) {
        self.cases += 1;
        if ok {
            self.passed += 1;
        } else if self.failures.len() < 400 {
            self.failures.push(describe());
        }
    }
    pub fn rate(&self) -> f64 {
        if self.cases == 0 {
            100.0
        } else {
            100.0 * self.passed as f64 / self.cases as f64
        }
    }
}

/// The table printed by the conformance test (run with `--nocapture`).
pub fn table(results: &[FileResult], out_of_scope: &[&str]) -> String {
    let mut s = String::new();
    s.push_str("| file | cases | passed | failed | pass rate | floor |\n");
    s.push_str("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    let (mut cases, mut passed) = (0, 0);
    for r in results {
        cases += r.cases;
        passed += r.passed;
        s.push_str(&format!(
            "| {} | {} | {} | {} | {:.1}% | {:.0}% |\n",
            r.file,
            r.cases,
            r.passed,
            r.cases - r.passed,
            r.rate(),
            r.floor
        ));
    }
    let total = if cases == 0 {
        100.0
    } else {
        100.0 * passed as f64 / cases as f64
    };
    s.push_str(&format!(
        "| **all in scope** | {cases} | {passed} | {} | {total:.1}% | |\n",
        cases - passed
    ));
    for o in out_of_scope {
        s.push_str(&format!("| {o} | out of scope | | | | |\n"));
    }
    s
}
