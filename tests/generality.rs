//! Generality: stories the rules were not written for. Each folder under
//! `tests/fixtures/` holds 3–5 invented French articles in different
//! newsroom styles (wire dispatch, regional daily, web outlet with
//! boilerplate, radio transcript) with a README saying what is true. Each
//! test asserts exactly the conflicts the folder was designed with, the key
//! agreements, and that none of its traps turns into a claim or a conflict.

mod common;

use std::collections::BTreeSet;

use common::*;
use factdiff::compare::Verdict;

#[test]
fn minister_tour_start_conflict_only() {
    let r = run("kasse-tokyo");
    assert_conflicts(
        &r,
        &[(
            "visit of Aminata Kassé",
            "start",
            vec![("2025-03-11", "a b d"), ("2025-03-10", "c")],
        )],
    );
    assert_agreement(&r, "visit of Aminata Kassé", "end", "2025-03-14", "a b c d");
    assert_agreement(
        &r,
        "meeting of Aminata Kassé and Kenji Morita",
        "date",
        "2025-03-12",
        "a b c",
    );
    // The return flight ("Son avion atterrira à Sarlande samedi") and the
    // earlier visit ("en mars 2023") are not this visit's dates.
    for c in &r.claims {
        let v = c.value.to_string();
        assert!(v != "2025-03-15" && !v.starts_with("2023"), "{c:?}");
    }
    // The wire's dateline has no year: its year comes from the text.
    let a = r
        .sources
        .iter()
        .find(|s| s.article.path.ends_with("a-depeche.txt"))
        .and_then(|s| s.anchor.as_ref())
        .map(|a| (a.date.to_string(), a.kind.as_str()));
    assert_eq!(a, Some(("2025-03-12".into(), "dateline")));
    // Boilerplate claims nothing; "Kassé, 52 ans" is her age, not a count.
    for c in &r.claims {
        if r.evidence(c).contains("52 ans") {
            assert_eq!(
                (c.attribute.as_str(), c.subject.as_str()),
                ("age", "Aminata Kassé")
            );
        }
        assert!(!r.quote(c).contains("Lire aussi"), "{c:?}");
    }
}

#[test]
fn flood_death_toll_is_an_update_not_a_conflict() {
    let r = run("crue-sarlande");
    // Friday's wire says 27, Saturday's outlets 31: the toll rose.
    assert_conflicts(&r, &[]);
    let f = find(&r, Verdict::Updated, "dead", "count");
    assert!(
        f.message.ends_with("27 (2024-10-18) → 31 (2024-10-19)"),
        "{}",
        f.message
    );
    let g: Vec<(String, BTreeSet<String>)> = f
        .groups
        .iter()
        .map(|g| (g.value.clone(), letters(&r, &g.sources)))
        .collect();
    assert_eq!(
        g,
        vec![("31".into(), set("b c d")), ("27".into(), set("a"))]
    );
    assert_agreement(&r, "injured", "count", "45", "a b");
    assert_agreement(&r, "visit of Paul Ferrand", "start", "2024-10-18", "b d");
    // The 2019 flood's 12 deaths are not today's toll; victims are not
    // deaths.
    for c in &r.claims {
        if c.attribute == "count" {
            assert!(
                !(c.subject == "dead" && c.value.to_string() == "12"),
                "{c:?}"
            );
            if r.evidence(c).contains("victimes") {
                assert_eq!(c.subject, "victims", "{c:?}");
            }
        }
    }
}

#[test]
fn appointment_ranks_conflict_and_namesakes_stay_apart() {
    let r = run("nomination-diarra");
    assert_conflicts(
        &r,
        &[
            (
                "Moussa Diarra",
                "rank",
                vec![("général", "a c d"), ("général de division", "b")],
            ),
            (
                "Ibrahim Keïta",
                "rank",
                vec![("colonel", "a"), ("lieutenant-colonel", "b")],
            ),
        ],
    );
    assert_agreement(&r, "Awa Diarra", "rank", "colonel-major", "a c");
    // Roles accumulate: chief of staff and minister of defence.
    let f = find(&r, Verdict::Agreement, "Moussa Diarra", "role");
    assert_eq!(f.groups[0].value, "chef d'état-major des armées");
    assert_eq!(letters(&r, &f.groups[0].sources), set("a b d"));
    assert!(r.findings.iter().any(|f| f.subject == "Moussa Diarra"
        && f.attribute == "role"
        && f.groups[0].value == "ministre de la Défense"));
    // No claim gives Moussa Diarra the colonel-major of Awa Diarra.
    for c in &r.claims {
        if c.subject == "Moussa Diarra" && c.attribute == "rank" {
            assert!(!c.value.to_string().contains("colonel"), "{c:?}");
        }
    }
}

#[test]
fn the_valcourt_fixture_keeps_its_design() {
    let r = run("valcourt");
    let conflicts: BTreeSet<(String, String)> = r
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Conflict)
        .map(|f| (f.subject.clone(), f.attribute.clone()))
        .collect();
    assert_eq!(
        conflicts,
        BTreeSet::from([
            ("visit of Henri Valcourt".to_string(), "start".to_string()),
            ("soldiers".to_string(), "count".to_string()),
        ]),
        "{}",
        describe(&r)
    );
}
