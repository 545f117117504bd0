//! Acceptance on the bundled seeds: five French reports of Assimi Goïta's
//! visit to Russia (June 2025). Exactly two conflicts (the start of the visit
//! and Goïta's rank), the agreements an editor expects, and none of the
//! traps (a meeting date, publication dates, boilerplate) turned into claims.

use std::collections::BTreeSet;

use factdiff::compare::{Finding, Report, Verdict};
use factdiff::pipeline;
use factdiff::rules::RuleSet;

fn seeds() -> Report {
    let (rules, errors) = RuleSet::embedded();
    assert!(errors.is_empty(), "{errors:?}");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    pipeline::check(&[dir.to_string()], &rules, vec![])
}

/// Short names of the sources of a group: "000", "001"…
fn short(report: &Report, sources: &[usize]) -> BTreeSet<String> {
    sources
        .iter()
        .map(|&s| {
            let p = report.path(s);
            let name = p.rsplit('/').next().unwrap_or(p);
            name[..3].to_string()
        })
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn find<'a>(report: &'a Report, verdict: Verdict, subject: &str, attribute: &str) -> &'a Finding {
    report
        .findings
        .iter()
        .find(|f| f.verdict == verdict && f.subject.contains(subject) && f.attribute == attribute)
        .unwrap_or_else(|| {
            let all: Vec<String> = report
                .findings
                .iter()
                .map(|f| {
                    format!(
                        "{:?} {} / {}: {:?}",
                        f.verdict,
                        f.subject,
                        f.attribute,
                        f.groups.iter().map(|g| &g.value).collect::<Vec<_>>()
                    )
                })
                .collect();
            panic!(
                "no {verdict:?} on {subject} / {attribute} in:\n{}",
                all.join("\n")
            )
        })
}

#[test]
fn exactly_two_conflicts_visit_start_and_rank() {
    let r = seeds();
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    let conflicts: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Conflict)
        .collect();
    assert_eq!(
        conflicts.len(),
        2,
        "{:#?}",
        conflicts
            .iter()
            .map(|f| (&f.subject, &f.attribute, &f.groups))
            .collect::<Vec<_>>()
    );

    let start = find(&r, Verdict::Conflict, "Goïta", "start");
    assert!(start.subject.starts_with("visit of"), "{}", start.subject);
    assert_eq!(start.groups.len(), 2);
    assert_eq!(start.groups[0].value, "2025-06-22");
    assert_eq!(
        short(&r, &start.groups[0].sources),
        set(&["000", "001", "002", "003"])
    );
    assert_eq!(start.groups[1].value, "2025-06-23");
    assert_eq!(short(&r, &start.groups[1].sources), set(&["004"]));

    let rank = find(&r, Verdict::Conflict, "Goïta", "rank");
    assert_eq!(rank.groups[0].value, "général");
    assert_eq!(
        short(&r, &rank.groups[0].sources),
        set(&["000", "001", "002", "003"])
    );
    assert_eq!(rank.groups[1].value, "colonel");
    assert_eq!(short(&r, &rank.groups[1].sources), set(&["004"]));
}

#[test]
fn relative_dates_show_how_they_were_resolved() {
    let r = seeds();
    let start = find(&r, Verdict::Conflict, "Goïta", "start");
    // 003 says "arrivé à Moscou dimanche"; its own date is 23 June 2025.
    let from_003 = start.groups[0]
        .claims
        .iter()
        .map(|&i| &r.claims[i])
        .find(|c| r.path(c.source).contains("003"))
        .expect("003 gives the start");
    let how = from_003
        .resolution
        .as_deref()
        .expect("a weekday is resolved");
    assert!(
        how.contains("2025-06-22") && how.contains("2025-06-23"),
        "{how}"
    );
}

#[test]
fn the_agreements_an_editor_expects() {
    let r = seeds();
    let end = find(&r, Verdict::Agreement, "Goïta", "end");
    assert_eq!(end.groups[0].value, "2025-06-26");
    assert_eq!(
        short(&r, &end.groups[0].sources),
        set(&["000", "001", "002", "003", "004"])
    );

    let wagner = find(&r, Verdict::Agreement, "Wagner", "since");
    assert_eq!(wagner.groups[0].value, "2021");
    assert_eq!(
        short(&r, &wagner.groups[0].sources),
        set(&["000", "001", "003"])
    );

    let jihad = find(&r, Verdict::Agreement, "jihad", "since");
    assert_eq!(jihad.groups[0].value, "2012");
    assert_eq!(
        short(&r, &jihad.groups[0].sources),
        set(&["000", "001", "003"])
    );
}

#[test]
fn publication_dates_are_anchors_not_claims() {
    let r = seeds();
    let anchor = |n: &str| {
        let s = r
            .sources
            .iter()
            .find(|s| s.article.path.contains(n))
            .unwrap();
        s.anchor
            .as_ref()
            .map(|a| (a.date.to_string(), a.kind.as_str()))
    };
    assert_eq!(anchor("001"), Some(("2025-06-24".into(), "header")));
    assert_eq!(anchor("004"), Some(("2025-06-26".into(), "dateline")));
    assert_eq!(anchor("003"), Some(("2025-06-23".into(), "latest-in-text")));
    // No claim quotes the header line of 001 or the dateline of 004 as a date
    // of the visit, and 003's meeting date is not the start of the visit.
    for c in &r.claims {
        let evidence = r.evidence(c);
        let path = r.path(c.source);
        if c.attribute == "start" {
            assert!(
                !(path.contains("003") && c.value.to_string() == "2025-06-23"),
                "the meeting of 23 June is not the start of the visit: {c:?}"
            );
        }
        assert!(!evidence.contains("juin 24"), "{c:?}");
    }
}

#[test]
fn boilerplate_yields_no_claims() {
    let r = seeds();
    for c in &r.claims {
        let text = &r.sources[c.source].article.text;
        let line = factdiff::text::line_span(text, c.span.start);
        let line = &text[line.start..line.end];
        for marker in [
            "Lire aussi",
            "Lire l’enquête",
            "©",
            "Texte :",
            "Récit :",
            "commentaire",
            "publicité",
        ] {
            assert!(!line.contains(marker), "claim from boilerplate: {line}");
        }
    }
}
