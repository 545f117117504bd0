//! Loading Recognizers-Text cases (French and English suites) and printing
//! the pass-rate table.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{LazyLock, Mutex};

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
    /// Families of trusted cases left out of the rate, each with its
    /// reason (see [`Excluded`]).
    pub excluded: &'static [Excluded],
}

/// A family of trusted cases left out of the pass rate: phrasings a news
/// article never contains (or never means as upstream reads them). A case
/// is left out when its input matches `input` or one of its expected
/// results' text (lower-cased) matches `result`; the table prints how many
/// cases each family holds.
#[derive(Debug, PartialEq, Eq)]
pub struct Excluded {
    pub family: &'static str,
    pub reason: &'static str,
    pub input: Option<&'static str>,
    pub result: Option<&'static str>,
}

impl Excluded {
    fn holds(&self, input: &str, results: &[Value]) -> bool {
        // Compiled once per pattern for the whole run.
        static COMPILED: LazyLock<Mutex<BTreeMap<&'static str, regex::Regex>>> =
            LazyLock::new(|| Mutex::new(BTreeMap::new()));
        let re = |p: &'static str| -> regex::Regex {
            let mut m = COMPILED.lock().unwrap_or_else(|e| e.into_inner());
            m.entry(p)
                .or_insert_with(|| {
                    regex::Regex::new(p).unwrap_or_else(|e| panic!("{}: {e}", self.family))
                })
                .clone()
        };
        self.input.is_some_and(|p| re(p).is_match(input))
            || self.result.is_some_and(|p| {
                let re = re(p);
                results.iter().any(|r| {
                    r["Text"]
                        .as_str()
                        .is_some_and(|t| re.is_match(&t.trim().to_lowercase()))
                })
            })
    }
}

/// How many cases each excluded family left out, per language.
static LEFT_OUT: LazyLock<Mutex<BTreeMap<(String, String), usize>>> =
    LazyLock::new(|| Mutex::new(BTreeMap::new()));

/// Whether a case belongs to an excluded family of its suite (counted).
pub fn leave_out(suite: Suite, case: &Case) -> bool {
    let Some(family) = suite
        .excluded
        .iter()
        .find(|x| x.holds(&case.input, &case.results))
    else {
        return false;
    };
    if let Ok(mut m) = LEFT_OUT.lock() {
        *m.entry((suite.lang.to_string(), family.family.to_string()))
            .or_default() += 1;
    }
    true
}

/// The number of cases a family left out so far.
pub fn left_out(lang: &str, family: &str) -> usize {
    LEFT_OUT
        .lock()
        .map(|m| *m.get(&(lang.to_string(), family.to_string())).unwrap_or(&0))
        .unwrap_or(0)
}

pub const FRENCH: Suite = Suite {
    lang: "fr",
    dir: "recognizers-text-fr",
    excluded: &[],
};

pub const ENGLISH: Suite = Suite {
    lang: "en",
    dir: "recognizers-text-en",
    excluded: crate::ENGLISH_EXCLUDED,
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
pub fn table(results: &[FileResult], out_of_scope: &[&str], suite: Suite) -> String {
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
    for x in suite.excluded {
        s.push_str(&format!(
            "| left out, {}: {} | {} cases | | | | |\n",
            x.family,
            x.reason,
            left_out(suite.lang, x.family)
        ));
    }
    for o in out_of_scope {
        s.push_str(&format!("| {o} | out of scope | | | | |\n"));
    }
    s
}
