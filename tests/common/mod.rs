//! Helpers shared by the fixture-story tests (generality, generality2,
//! web_clippings):
//! run a fixture folder, name sources by their letter, and assert exactly
//! the designed conflicts and agreements with a readable dump on failure.
#![allow(dead_code)]

use std::collections::BTreeSet;

use factdiff::compare::{Finding, Report, Verdict};
use factdiff::pipeline;
use factdiff::rules::RuleSet;

pub fn run(folder: &str) -> Report {
    let (rules, errors) = RuleSet::embedded();
    assert!(errors.is_empty(), "{errors:?}");
    let dir = format!("{}/tests/fixtures/{folder}", env!("CARGO_MANIFEST_DIR"));
    let r = pipeline::check(&[dir], &rules, vec![]);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    r
}

/// The letter a fixture file starts with ("a-depeche.txt" → "a").
pub fn letter(r: &Report, source: usize) -> String {
    let p = r.path(source);
    p.rsplit('/').next().unwrap_or(p)[..1].to_string()
}

/// The letters of several sources.
pub fn letters(r: &Report, sources: &[usize]) -> BTreeSet<String> {
    sources.iter().map(|&s| letter(r, s)).collect()
}

pub fn set(items: &str) -> BTreeSet<String> {
    items.split_whitespace().map(str::to_string).collect()
}

pub fn describe(r: &Report) -> String {
    r.findings
        .iter()
        .map(|f| {
            let groups: Vec<String> = f
                .groups
                .iter()
                .map(|g| format!("{} {:?}", g.value, letters(r, &g.sources)))
                .collect();
            format!(
                "{:?} {} / {}: {}",
                f.verdict,
                f.subject,
                f.attribute,
                groups.join(" vs ")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn find<'a>(r: &'a Report, verdict: Verdict, subject: &str, attribute: &str) -> &'a Finding {
    r.findings
        .iter()
        .find(|f| f.verdict == verdict && f.subject == subject && f.attribute == attribute)
        .unwrap_or_else(|| {
            panic!(
                "no {verdict:?} on {subject} / {attribute} in:\n{}",
                describe(r)
            )
        })
}

/// The conflicts as (subject, attribute, [(value, sources)]).
pub type Expected<'a> = (&'a str, &'a str, Vec<(&'a str, &'a str)>);

pub fn assert_conflicts(r: &Report, expected: &[Expected]) {
    let got: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Conflict)
        .collect();
    assert_eq!(
        got.len(),
        expected.len(),
        "conflicts differ from the design:\n{}",
        describe(r)
    );
    for (subject, attribute, groups) in expected {
        let f = find(r, Verdict::Conflict, subject, attribute);
        assert_eq!(f.groups.len(), groups.len(), "{}", describe(r));
        for (g, (value, sources)) in f.groups.iter().zip(groups) {
            assert_eq!(g.value, *value, "{}", describe(r));
            assert_eq!(letters(r, &g.sources), set(sources), "{}", describe(r));
        }
    }
    // No source contradicts itself.
    for f in &r.findings {
        assert_ne!(f.verdict, Verdict::Inconsistent, "{}", describe(r));
    }
}

pub fn assert_agreement(r: &Report, subject: &str, attribute: &str, value: &str, sources: &str) {
    let f = find(r, Verdict::Agreement, subject, attribute);
    assert_eq!(f.groups.len(), 1);
    assert_eq!(f.groups[0].value, value, "{}", describe(r));
    assert_eq!(
        letters(r, &f.groups[0].sources),
        set(sources),
        "{}",
        describe(r)
    );
}

/// The (source letter, subject key, value) of a fixture's claims whose
/// value is `value`.
pub fn claims_of(r: &Report, value: &str) -> Vec<(String, String, String)> {
    r.claims
        .iter()
        .filter(|c| c.value.to_string() == value)
        .map(|c| {
            (
                letter(r, c.source),
                c.subject_key.clone(),
                c.value.to_string(),
            )
        })
        .collect()
}
