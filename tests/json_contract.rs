//! The JSON output is a wire format (schema_version 1, DESIGN.md): this test
//! parses real runs into structs that deny unknown fields, so a renamed,
//! removed or unplanned field fails here. Adding a field is allowed within a
//! version — add it to these structs in the same change.

// Every field is declared to pin the contract, read or not.
#![allow(dead_code)]

mod scratch;

use std::process::Command;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    schema_version: u32,
    sources: Vec<Source>,
    findings: Vec<Finding>,
    errors: Vec<ErrorOut>,
    summary: Summary,
    families: Vec<Family>,
    outliers: Vec<Outlier>,
    draft: Option<String>,
    stories: Vec<Vec<String>>,
    notes: Vec<NoteOut>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoteOut {
    path: String,
    kind: String,
    level: String,
    message: String,
    #[serde(default)]
    line: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Source {
    path: String,
    language: Option<String>,
    published: Option<String>,
    claims: usize,
    anchor: Option<String>,
    #[serde(default)]
    skipped: Option<String>,
    #[serde(default)]
    markup: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Finding {
    id: String,
    name: String,
    verdict: String,
    severity: String,
    subject: String,
    attribute: String,
    message: String,
    groups: Vec<Group>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    value: String,
    sources: Vec<String>,
    independent_sources: usize,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    compatible_with: Option<String>,
    claims: Vec<Claim>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Claim {
    path: String,
    line: usize,
    column: usize,
    byte_start: usize,
    byte_end: usize,
    quote: String,
    evidence: String,
    value: String,
    rule: String,
    #[serde(default)]
    resolution: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ErrorOut {
    path: String,
    kind: String,
    message: String,
    #[serde(default)]
    line: Option<usize>,
    #[serde(default)]
    column: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Summary {
    sources: usize,
    claims: usize,
    conflicts: usize,
    agreements: usize,
    singles: usize,
    inconsistencies: usize,
    updates: usize,
    contradicted: usize,
    disputed: usize,
    supported: usize,
    unsupported: usize,
    independent_sources: usize,
    suppressed: usize,
    checked_sources: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Family {
    sources: Vec<String>,
    shared_passages: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Outlier {
    path: String,
    findings: Vec<String>,
}

fn run(args: &[&str]) -> (i32, Document) {
    let o = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let doc: Document = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}\n{}", String::from_utf8_lossy(&o.stdout)));
    (o.status.code().unwrap(), doc)
}

#[test]
fn seeds_json_meets_the_contract() {
    let (code, doc) = run(&["check", "seeds/", "--format", "json"]);
    assert_eq!(code, 1, "conflicts found");
    assert_eq!(doc.schema_version, 1);
    assert!(doc.errors.is_empty());
    assert_eq!(doc.sources.len(), 5);
    assert_eq!(doc.summary.sources, 5);
    assert_eq!(doc.summary.conflicts, 2);
    assert_eq!(doc.summary.independent_sources, 4);
    assert!(doc.draft.is_none());
    assert!(doc.stories.is_empty(), "the seeds tell one story");
    assert_eq!(
        doc.summary.claims,
        doc.sources.iter().map(|s| s.claims).sum::<usize>()
    );
    let s004 = doc.sources.iter().find(|s| s.path.contains("004")).unwrap();
    assert_eq!(s004.published.as_deref(), Some("2025-06-26"));
    assert_eq!(s004.anchor.as_deref(), Some("dateline"));
    assert_eq!(s004.language.as_deref(), Some("fr"));
    for f in &doc.findings {
        assert!(
            ["conflict", "agreement", "single", "inconsistent", "updated"]
                .contains(&f.verdict.as_str())
        );
        assert!(["error", "warning", "note"].contains(&f.severity.as_str()));
        assert!(f.id.starts_with(&f.name), "{}", f.id);
        assert!(!f.message.is_empty() && !f.subject.is_empty() && !f.attribute.is_empty());
        for g in &f.groups {
            assert!(!g.value.is_empty());
            assert!(g.independent_sources >= 1 && g.independent_sources <= g.sources.len());
            for c in &g.claims {
                assert!(g.sources.contains(&c.path));
                assert!(c.line >= 1 && c.column >= 1 && c.byte_start < c.byte_end);
                assert!(c.quote.contains(c.evidence.trim()) || c.quote.contains('…'));
                assert!(!c.value.is_empty() && !c.rule.is_empty());
            }
        }
    }
    let rank = doc
        .findings
        .iter()
        .find(|f| f.id == "rank-conflict:assimi-goita:rank")
        .expect("stable id");
    assert_eq!(rank.groups[0].value, "général");
    assert_eq!(rank.groups[1].value, "colonel");
    assert_eq!(
        doc.families.iter().filter(|f| f.sources.len() == 2).count(),
        1
    );
    assert_eq!(doc.outliers[0].path, "seeds/004_0ee375172cb82c48.txt");
}

#[test]
fn draft_json_meets_the_contract() {
    let (code, doc) = run(&[
        "check",
        "tests/fixtures/drafts/from-002-dates-changed.txt",
        "--against",
        "seeds/",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        doc.draft.as_deref(),
        Some("tests/fixtures/drafts/from-002-dates-changed.txt")
    );
    assert_eq!(doc.summary.contradicted, 1);
    let f = doc
        .findings
        .iter()
        .find(|f| f.verdict == "contradicted")
        .unwrap();
    assert_eq!(f.groups[0].role.as_deref(), Some("draft"));
    assert!(f.groups[1..].iter().all(|g| g.role.is_some()));
}

#[test]
fn errors_meet_the_contract() {
    let (code, doc) = run(&["check", "no/such/folder", "--format", "json"]);
    assert_eq!(code, 2);
    assert_eq!(doc.errors.len(), 1);
    assert_eq!(doc.errors[0].kind, "missing-path");
    assert_eq!(doc.errors[0].path, "no/such/folder");
    assert!(doc.errors[0].message.contains("no such file"));
    assert!(doc.errors[0].line.is_none() && doc.errors[0].column.is_none());
}

#[test]
fn notes_and_html_sources_meet_the_contract() {
    let dir = scratch::temp_dir("contract-notes");
    std::fs::write(
        dir.join("a.html"),
        "<html><body><p>Le général Jean Martin est arrivé à Dakar le 3 mars 2024 pour une visite officielle.</p></body></html>",
    )
    .unwrap();
    std::fs::write(
        dir.join("de.txt"),
        "Der General ist am Sonntag in Moskau angekommen und wird dort bis Donnerstag bleiben, sagte die Regierung.",
    )
    .unwrap();
    std::fs::write(dir.join("photo.png"), [0x89, b'P', b'N', b'G']).unwrap();
    let (code, doc) = run(&["check", dir.to_str().unwrap(), "--format", "json"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 0);
    let html = doc
        .sources
        .iter()
        .find(|s| s.path.ends_with("a.html"))
        .unwrap();
    assert_eq!(html.markup.as_deref(), Some("html"));
    let de = doc
        .sources
        .iter()
        .find(|s| s.path.ends_with("de.txt"))
        .unwrap();
    assert!(de.markup.is_none() && de.skipped.is_some());
    assert_eq!(doc.summary.sources, 2);
    assert_eq!(doc.summary.checked_sources, 1);
    let kinds: Vec<(&str, &str)> = doc
        .notes
        .iter()
        .map(|n| (n.kind.as_str(), n.level.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("not-an-article", "note"),
            ("unsupported-language", "warning")
        ]
    );
    assert!(doc.notes[1].path.ends_with("de.txt"));
}
