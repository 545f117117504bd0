//! The JSON output, `schema_version` 1 — a wire format. Fields may be added
//! within a version, never renamed or removed; `tests/json_contract.rs`
//! parses it into structs that deny unknown fields.

use serde::Serialize;

use crate::compare::{Report, Verdict};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct Document<'a> {
    pub schema_version: u32,
    pub sources: Vec<SourceOut<'a>>,
    pub findings: Vec<FindingOut<'a>>,
    pub errors: Vec<ErrorOut>,
    pub summary: Summary,
    /// Wire-copy families: sources that share long passages count as one.
    pub families: Vec<FamilyOut<'a>>,
    /// Sources that side against the independent majority, most often first.
    pub outliers: Vec<OutlierOut<'a>>,
    /// Draft mode: the draft's path.
    pub draft: Option<&'a str>,
    /// When the articles tell more than one story: the paths of each (claims
    /// are only compared within a story). Empty for one story.
    pub stories: Vec<Vec<&'a str>>,
    /// Notes and warnings about the input that are not errors (a file
    /// skipped by design, bytes replaced, a language without rules): the
    /// exit status does not depend on them.
    pub notes: Vec<NoteOut<'a>>,
}

#[derive(Serialize)]
pub struct NoteOut<'a> {
    pub path: &'a str,
    /// `not-an-article`, `symlink-loop`, `duplicate-file`, `encoding`,
    /// `invalid-bytes`, `header`, `unsupported-language`.
    pub kind: &'static str,
    /// `warning` (part of the input was not read as written) or `note`.
    pub level: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

#[derive(Serialize)]
pub struct FamilyOut<'a> {
    /// Member paths; a family of one is an independent source.
    pub sources: Vec<&'a str>,
    /// Passages shared along the links that joined the family.
    pub shared_passages: usize,
}

#[derive(Serialize)]
pub struct OutlierOut<'a> {
    pub path: &'a str,
    /// Ids of the conflicts where the source sides against the majority.
    pub findings: Vec<&'a str>,
}

#[derive(Serialize)]
pub struct SourceOut<'a> {
    pub path: &'a str,
    pub language: Option<&'a str>,
    /// The article's date (from the anchor below).
    pub published: Option<String>,
    pub claims: usize,
    /// Where the article's date comes from: `metadata`, `dateline`, `header`, `latest-in-text`.
    pub anchor: Option<&'static str>,
    /// Why the source was not checked, if it was not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skipped: Option<&'a str>,
    /// `html` for an HTML page: its claims' lines, columns, byte offsets
    /// and quotes are those of the text extracted from the page (what
    /// `factdiff extract` shows), not of the page's markup.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub markup: Option<&'static str>,
}

#[derive(Serialize)]
pub struct FindingOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub verdict: &'static str,
    pub severity: &'static str,
    pub subject: &'a str,
    pub attribute: &'a str,
    pub message: &'a str,
    pub groups: Vec<GroupOut<'a>>,
}

#[derive(Serialize)]
pub struct GroupOut<'a> {
    pub value: &'a str,
    pub sources: Vec<&'a str>,
    /// Independent sources (wire-copy families), not files.
    pub independent_sources: usize,
    /// Draft mode: `draft`, `supports` or `contradicts`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'static str>,
    /// In a conflict, the group value this group's figure is compatible
    /// with once widened by its qualifier ("about 23:10" beside "23:11").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compatible_with: Option<&'a str>,
    pub claims: Vec<ClaimOut<'a>>,
}

#[derive(Serialize)]
pub struct ClaimOut<'a> {
    pub path: &'a str,
    pub line: usize,
    pub column: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    /// The sentence holding the claim.
    pub quote: String,
    /// The words that make the claim.
    pub evidence: &'a str,
    /// This claim's own normalised value.
    pub value: String,
    pub rule: &'a str,
    /// How a relative date was resolved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolution: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ErrorOut {
    pub path: String,
    pub kind: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

#[derive(Serialize)]
pub struct Summary {
    pub sources: usize,
    pub claims: usize,
    pub conflicts: usize,
    pub agreements: usize,
    pub singles: usize,
    /// Internal inconsistencies of single sources (impossible dates,
    /// weekdays that contradict their date).
    pub inconsistencies: usize,
    /// Running totals updated over time (not conflicts).
    pub updates: usize,
    /// Draft mode: draft claims contradicted by the sources.
    pub contradicted: usize,
    /// Draft mode: draft claims most sources back but some contradict.
    pub disputed: usize,
    /// Draft mode: draft claims backed by sources.
    pub supported: usize,
    /// Draft mode: draft claims no source gives.
    pub unsupported: usize,
    /// Independent sources (wire-copy families).
    pub independent_sources: usize,
    /// Findings left out because the baseline (`--baseline FILE`) accepts them.
    pub suppressed: usize,
    /// Sources actually checked (`sources` less those in a language
    /// without rules).
    pub checked_sources: usize,
}

/// Build the JSON document.
pub fn document(report: &Report) -> Document<'_> {
    let per_source = report.claims_per_source();
    let sources = report
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| SourceOut {
            path: &s.article.path,
            language: s.article.language.as_deref(),
            published: s.anchor.as_ref().map(|a| a.date.to_string()),
            claims: per_source[i],
            anchor: s.anchor.as_ref().map(|a| a.kind.as_str()),
            skipped: s.skipped.as_deref(),
            markup: crate::corpus::is_html(&s.article.path).then_some("html"),
        })
        .collect();
    let findings = report
        .findings
        .iter()
        .map(|f| FindingOut {
            id: &f.id,
            name: &f.name,
            verdict: f.verdict.as_str(),
            severity: f.severity.as_str(),
            subject: &f.subject,
            attribute: &f.attribute,
            message: &f.message,
            groups: f
                .groups
                .iter()
                .map(|g| GroupOut {
                    value: &g.value,
                    sources: g.sources.iter().map(|&s| report.path(s)).collect(),
                    independent_sources: g.independent_sources,
                    role: g.role,
                    compatible_with: g.compatible_with.as_deref(),
                    claims: g
                        .claims
                        .iter()
                        .map(|&ci| {
                            let c = &report.claims[ci];
                            let text = &report.sources[c.source].excerpt;
                            let (line, column) = text.line_col(c.span.start);
                            ClaimOut {
                                path: report.path(c.source),
                                line,
                                column,
                                byte_start: c.span.start,
                                byte_end: c.span.end,
                                quote: report.quote(c),
                                evidence: report.evidence(c),
                                value: c.value.to_string(),
                                rule: &c.rule,
                                resolution: c.resolution.as_deref(),
                            }
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let errors = report
        .errors
        .iter()
        .map(|e| ErrorOut {
            path: e.path().to_string(),
            kind: e.kind(),
            message: e.to_string(),
            line: e.position().map(|p| p.0),
            column: e.position().map(|p| p.1),
        })
        .collect();
    Document {
        schema_version: SCHEMA_VERSION,
        sources,
        findings,
        errors,
        summary: Summary {
            sources: report.sources.len(),
            claims: report.claims.len(),
            conflicts: report.count(Verdict::Conflict),
            agreements: report.count(Verdict::Agreement),
            singles: report.count(Verdict::Single),
            inconsistencies: report.count(Verdict::Inconsistent),
            updates: report.count(Verdict::Updated),
            contradicted: report.count(Verdict::Contradicted),
            disputed: report.count(Verdict::Disputed),
            supported: report.count(Verdict::Supported),
            unsupported: report.count(Verdict::Unsupported),
            independent_sources: report
                .families
                .iter()
                .filter(|f| f.members.iter().all(|&m| Some(m) != report.draft))
                .count(),
            suppressed: report.suppressed,
            checked_sources: report.checked_sources(),
        },
        families: report
            .families
            .iter()
            .map(|f| FamilyOut {
                sources: f.members.iter().map(|&m| report.path(m)).collect(),
                shared_passages: f.links.iter().map(|l| l.passages.len()).sum(),
            })
            .collect(),
        outliers: report
            .outliers
            .iter()
            .map(|o| OutlierOut {
                path: report.path(o.source),
                findings: o.findings.iter().map(String::as_str).collect(),
            })
            .collect(),
        draft: report.draft.map(|d| report.path(d)),
        stories: report
            .stories()
            .iter()
            .map(|s| s.iter().map(|&i| report.path(i)).collect())
            .collect(),
        notes: report
            .notes
            .iter()
            .map(|n| NoteOut {
                path: &n.path,
                kind: n.kind.as_str(),
                level: n.level().as_str(),
                message: n.message.clone(),
                line: n.line,
            })
            .collect(),
    }
}

pub fn render(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(&document(report)).expect("plain data serialises");
    s.push('\n');
    s
}

/// [`render`] written into `out` as it is serialised.
pub fn write_to(report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &document(report)).map_err(std::io::Error::other)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testing;

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(&testing::sample()));
    }

    #[test]
    fn written_report_is_the_rendered_one() {
        let r = testing::sample();
        let mut out = Vec::new();
        write_to(&r, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), render(&r));
    }

    #[test]
    fn notes_are_in_the_document() {
        use crate::error::{Note, NoteKind};
        let mut r = testing::sample();
        r.notes.push(
            Note::new("clippings/e.txt", NoteKind::InvalidBytes, "1 invalid byte").at_line(3),
        );
        r.notes.push(Note::new(
            "clippings/de.txt",
            NoteKind::Language,
            "language `de` is not supported yet",
        ));
        let v: serde_json::Value = serde_json::from_str(&render(&r)).expect("json");
        assert_eq!(v["notes"][0]["kind"], "invalid-bytes");
        assert_eq!(v["notes"][0]["level"], "warning");
        assert_eq!(v["notes"][0]["line"], 3);
        assert_eq!(v["notes"][1]["kind"], "unsupported-language");
        assert!(v["notes"][1].get("line").is_none());
    }

    #[test]
    fn the_contract_fields_are_there() {
        let v: serde_json::Value = serde_json::from_str(&render(&testing::sample())).expect("json");
        assert_eq!(v["schema_version"], 1);
        for k in [
            "sources",
            "claims",
            "conflicts",
            "agreements",
            "singles",
            "suppressed",
        ] {
            assert!(v["summary"][k].is_u64(), "summary.{k}");
        }
        let f = &v["findings"][0];
        for k in [
            "id",
            "name",
            "verdict",
            "severity",
            "subject",
            "attribute",
            "message",
        ] {
            assert!(f[k].is_string(), "finding.{k}");
        }
        let c = &f["groups"][0]["claims"][0];
        for k in ["path", "quote"] {
            assert!(c[k].is_string(), "claim.{k}");
        }
        for k in ["line", "column", "byte_start", "byte_end"] {
            assert!(c[k].is_u64(), "claim.{k}");
        }
    }
}
