//! Baselines: disagreements a newsroom has looked at and accepted, so CI
//! fails only on new ones.
//!
//! `factdiff check … --write-baseline FILE [--reason TEXT]` records every
//! finding at or above the failing severity; `--baseline FILE` then leaves
//! out the findings the file accepts and counts them as `suppressed`.
//!
//! A finding is accepted when the baseline holds its id (stable: name,
//! subject and attribute, never line numbers) **and** every value its claims
//! now hold was already recorded. A new source repeating a known value, or
//! edits that move the text around, change nothing; a third value, or a
//! changed one, makes the finding new again.
//!
//! The file is pretty JSON meant to be read and reviewed in a pull request:
//!
//! ```json
//! {
//!   "version": 1,
//!   "findings": [{
//!     "id": "rank-conflict:assimi-goita:rank",
//!     "name": "rank-conflict",
//!     "subject": "Assimi Goïta",
//!     "attribute": "rank",
//!     "groups": [
//!       {"value": "général", "values": ["général", "général d'armée"], "sources": ["a.txt", "b.txt"]},
//!       {"value": "colonel", "values": ["colonel"], "sources": ["c.txt"]}
//!     ],
//!     "reason": "004 is a state outlet; confirmed général with the desk"
//!   }]
//! }
//! ```
//!
//! It holds no timestamp, so writing it twice over the same clippings gives
//! the same bytes. It is written atomically (a temporary file in the same
//! folder, then a rename), so an interrupted run never leaves half a file.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::compare::{Finding, Report, Severity};
use crate::error::Error;

/// The baseline file format version.
pub const VERSION: u32 = 1;

/// A baseline file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    /// Sorted by id.
    pub findings: Vec<Entry>,
}

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    pub name: String,
    pub subject: String,
    pub attribute: String,
    pub groups: Vec<EntryGroup>,
    /// Why it was accepted (`--reason`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// One side of an accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryGroup {
    /// The group's label, as in the report.
    pub value: String,
    /// Every normalised value the group's claims held, sorted.
    pub values: Vec<String>,
    /// The sources that held it (for the reader; not used to match).
    #[serde(default)]
    pub sources: Vec<String>,
}

/// Every claim value of a finding.
fn finding_values(report: &Report, f: &Finding) -> BTreeSet<String> {
    f.groups
        .iter()
        .flat_map(|g| g.claims.iter())
        .map(|&ci| report.claims[ci].value.to_string())
        .collect()
}

impl Baseline {
    /// Record the findings of `report` at or above `fail_on`.
    pub fn from_report(report: &Report, fail_on: Severity, reason: Option<&str>) -> Baseline {
        let mut findings: Vec<Entry> = report
            .findings
            .iter()
            .filter(|f| f.severity >= fail_on)
            .map(|f| Entry {
                id: f.id.clone(),
                name: f.name.clone(),
                subject: f.subject.clone(),
                attribute: f.attribute.clone(),
                groups: f
                    .groups
                    .iter()
                    .map(|g| EntryGroup {
                        value: g.value.clone(),
                        values: g
                            .claims
                            .iter()
                            .map(|&ci| report.claims[ci].value.to_string())
                            .collect::<BTreeSet<_>>()
                            .into_iter()
                            .collect(),
                        sources: g
                            .sources
                            .iter()
                            .map(|&s| report.path(s).to_string())
                            .collect(),
                    })
                    .collect(),
                reason: reason.map(str::to_string),
            })
            .collect();
        findings.sort_by(|a, b| a.id.cmp(&b.id));
        // Ids are unique per run; keep the first should a future finding
        // kind ever repeat one.
        findings.dedup_by(|a, b| a.id == b.id);
        Baseline {
            version: VERSION,
            findings,
        }
    }

    /// Keep the reasons of an earlier baseline for findings given none now.
    pub fn keep_reasons(&mut self, earlier: &Baseline) {
        let old: BTreeMap<&str, &Option<String>> = earlier
            .findings
            .iter()
            .map(|e| (e.id.as_str(), &e.reason))
            .collect();
        for e in &mut self.findings {
            if e.reason.is_none()
                && let Some(Some(r)) = old.get(e.id.as_str())
            {
                e.reason = Some(r.clone());
            }
        }
    }

    /// Whether the baseline accepts a finding as it is now.
    pub fn accepts(&self, report: &Report, f: &Finding) -> bool {
        let Ok(i) = self.findings.binary_search_by(|e| e.id.as_str().cmp(&f.id)) else {
            return false;
        };
        let known: BTreeSet<&str> = self.findings[i]
            .groups
            .iter()
            .flat_map(|g| g.values.iter().map(String::as_str))
            .collect();
        finding_values(report, f)
            .iter()
            .all(|v| known.contains(v.as_str()))
    }

    /// Leave out of the report the findings the baseline accepts; returns
    /// how many (also added to [`Report::suppressed`]).
    /// They are kept in [`Report::baselined`] with the baseline's reason.
    pub fn apply(&self, report: &mut Report) -> usize {
        let keep: Vec<bool> = report
            .findings
            .iter()
            .map(|f| !self.accepts(report, f))
            .collect();
        let (kept, accepted): (Vec<_>, Vec<_>) = std::mem::take(&mut report.findings)
            .into_iter()
            .zip(keep)
            .partition(|(_, k)| *k);
        report.findings = kept.into_iter().map(|(f, _)| f).collect();
        let n = accepted.len();
        for (f, _) in accepted {
            let reason = self
                .findings
                .binary_search_by(|e| e.id.as_str().cmp(&f.id))
                .ok()
                .and_then(|i| self.findings[i].reason.clone());
            report
                .baselined
                .push(crate::compare::Suppressed { finding: f, reason });
        }
        report.suppressed += n;
        n
    }

    /// The file's text: pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("plain data serialises");
        s.push('\n');
        s
    }

    /// Parse a baseline file's text; `path` names it in errors.
    pub fn parse(path: &str, text: &str) -> Result<Baseline, Error> {
        let mut b: Baseline = serde_json::from_str(text).map_err(|e| Error::Baseline {
            path: path.to_string(),
            line: e.line().max(1),
            column: e.column().max(1),
            message: e
                .to_string()
                .split(" at line ")
                .next()
                .unwrap_or("")
                .to_string(),
        })?;
        if b.version != VERSION {
            let (line, column) = text
                .find("\"version\"")
                .map(|at| crate::text::line_col(text, at))
                .unwrap_or((1, 1));
            return Err(Error::Baseline {
                path: path.to_string(),
                line,
                column,
                message: format!(
                    "unsupported baseline version {} (this factdiff reads version {VERSION})",
                    b.version
                ),
            });
        }
        // Lookups use binary search; accept hand-edited files in any order.
        b.findings.sort_by(|x, y| x.id.cmp(&y.id));
        Ok(b)
    }

    /// Read and parse a baseline file.
    pub fn load(path: &Path) -> Result<Baseline, Error> {
        let shown = path.display().to_string();
        // Only a regular file, never more than the size cap: `--baseline`
        // pointing at a FIFO or `/dev/zero` is an error, not a hang.
        let bytes = crate::corpus::read_file(path, &shown, crate::corpus::MAX_FILE_BYTES)?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            Error::Baseline {
                path: shown.clone(),
                line: 1 + e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count(),
                column: 1,
                message: "the file is not UTF-8".into(),
            }
        })?;
        Baseline::parse(&shown, &text)
    }

    /// Write the baseline atomically: a temporary file next to `path`, then
    /// a rename over it.
    pub fn write(&self, path: &Path) -> Result<(), Error> {
        let shown = path.display().to_string();
        let io = |e: std::io::Error| Error::Io {
            path: shown.clone(),
            reason: e.to_string(),
        };
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let name = path
            .file_name()
            .ok_or_else(|| Error::Input {
                path: shown.clone(),
                message: "a baseline needs a file name".into(),
            })?
            .to_string_lossy();
        let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
        let result = (|| {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(self.to_json().as_bytes())?;
            f.sync_all()?;
            std::fs::rename(&tmp, path)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result.map_err(io)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Verdict;
    use crate::report::testing;
    use crate::value::{PartialDate, Value};

    #[test]
    fn records_findings_at_or_above_the_failing_severity() {
        let r = testing::sample();
        let b = Baseline::from_report(&r, Severity::Error, Some("checked with the desk"));
        let ids: Vec<&str> = b.findings.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "date-conflict:visite-d-assimi-goita:start",
                "rank-conflict:assimi-goita:rank"
            ]
        );
        assert_eq!(
            Baseline::from_report(&r, Severity::Warning, None)
                .findings
                .len(),
            3
        );
        insta::assert_snapshot!(b.to_json());
    }

    #[test]
    fn round_trip_suppresses_everything_recorded() {
        let mut r = testing::sample();
        let b = Baseline::from_report(&r, Severity::Error, None);
        let back = Baseline::parse("b.json", &b.to_json()).expect("parses");
        assert_eq!(back, b);
        assert_eq!(back.apply(&mut r), 2);
        assert_eq!(r.suppressed, 2);
        assert_eq!(r.count(Verdict::Conflict), 0);
        assert_eq!(r.count(Verdict::Agreement), 1, "notes stay");
    }

    #[test]
    fn a_new_value_makes_the_finding_new_again() {
        let r = testing::sample();
        let b = Baseline::from_report(&r, Severity::Error, None);
        let mut changed = r.clone();
        // A source now says the visit started on 24 June.
        let i = changed
            .claims
            .iter()
            .position(|c| c.attribute == "start" && c.source == 2)
            .expect("c's start");
        changed.claims[i].value = Value::Date(PartialDate::full(2025, 6, 24));
        assert_eq!(b.apply(&mut changed), 1);
        let left: Vec<&str> = changed.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(left.contains(&"date-conflict:visite-d-assimi-goita:start"));
    }

    #[test]
    fn reasons_are_kept_when_rewriting() {
        let r = testing::sample();
        let old = Baseline::from_report(&r, Severity::Error, Some("accepted"));
        let mut new = Baseline::from_report(&r, Severity::Error, None);
        new.keep_reasons(&old);
        assert_eq!(new, old);
    }

    #[test]
    fn bad_files_name_the_place() {
        let e = Baseline::parse("base.json", "{\n  \"version\": 1,\n  \"findings\": [1]\n}")
            .expect_err("bad");
        assert_eq!(e.position(), Some((3, 16)), "{e}");
        assert!(e.to_string().starts_with("base.json:3:16: "), "{e}");
        let e = Baseline::parse("base.json", "{\"version\": 9, \"findings\": []}").expect_err("v");
        assert!(
            e.to_string().contains("unsupported baseline version 9"),
            "{e}"
        );
        let e = Baseline::parse("base.json", "").expect_err("empty");
        assert_eq!(e.kind(), "baseline");
    }

    #[test]
    fn writes_atomically_and_deterministically() {
        let dir = std::env::temp_dir().join(format!("factdiff-baseline-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp");
        let path = dir.join("baseline.json");
        let b = Baseline::from_report(&testing::sample(), Severity::Error, None);
        b.write(&path).expect("write");
        let first = std::fs::read(&path).expect("read");
        b.write(&path).expect("write again");
        assert_eq!(std::fs::read(&path).expect("read"), first);
        let names: Vec<String> = std::fs::read_dir(&dir)
            .expect("ls")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["baseline.json"], "no temporary file left");
        assert_eq!(Baseline::load(&path).expect("load"), b);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
