//! Generality, French phrasing families: stories written after the rules
//! in the wording of French wire copy, regional dailies and web outlets — a
//! storm's tolls (`tempete-ilvane`), a state visit (`visite-morozan`) and a
//! forest fire (`incendie-aubrenes`). Each folder's README says what is true
//! and what factdiff must report.

mod common;

use common::*;
use factdiff::compare::Verdict;

#[test]
fn storm_tolls_ages_and_a_missing_count_that_fell() {
    let r = run("tempete-ilvane");
    assert_conflicts(
        &r,
        &[
            ("Julien Marest", "age", vec![("52", "a b"), ("53", "c")]),
            (
                "injured",
                "count",
                vec![("31", "b"), ("34", "c"), ("about 30", "a")],
            ),
        ],
    );
    // Three missing on Sunday, two on Monday: people were found.
    let f = find(&r, Verdict::Updated, "missing", "count");
    assert!(
        f.message.ends_with("3 (2025-09-14) → 2 (2025-09-15)"),
        "{}",
        f.message
    );
    assert_agreement(&r, "dead", "count", "14", "a b c");
    assert_agreement(&r, "evacuated", "count", "1200", "a b");
    // "estimés à 1,2 milliard d'euros" and "évaluent les dégâts à plus d'un
    // milliard d'euros".
    assert_agreement(&r, "damage (EUR)", "amount", "1.2 billion", "a b");
    assert_agreement(&r, "visit of Laurent Ducasse", "start", "2025-09-15", "b c");
    assert_agreement(
        &r,
        "Laurent Ducasse",
        "role",
        "ministre de l'Intérieur",
        "a b c",
    );
    // The 2003 storm's nine dead are not Ilvane's; victims are not deaths;
    // the firefighter's twenty years of service are no age.
    for c in &r.claims {
        let v = c.value.to_string();
        if c.subject == "dead" {
            assert!(v != "9" && !r.evidence(c).contains("victimes"), "{c:?}");
        }
        if c.attribute == "age" {
            assert_eq!(c.subject, "Julien Marest", "{c:?}");
            assert!(v == "52" || v == "53", "{c:?}");
        }
    }
}

#[test]
fn state_visit_start_length_and_age_conflicts() {
    let r = run("visite-morozan");
    assert_conflicts(
        &r,
        &[
            ("Andreï Morozan", "age", vec![("61", "a b"), ("62", "c")]),
            (
                "visit of Andreï Morozan",
                "start",
                vec![("2025-06-22", "a b"), ("2025-06-23", "c")],
            ),
            ("visit", "days", vec![("4", "c"), ("5", "b")]),
        ],
    );
    assert_agreement(&r, "visit of Andreï Morozan", "end", "2025-06-26", "a b c");
    // "un accord … évalué à", "L'accord, d'un montant de", "un accord … de"
    // 2,5 milliards d'euros.
    assert_agreement(&r, "deal (EUR)", "amount", "2.5 billion", "a b c");
    assert_agreement(&r, "Hélène Carrel", "role", "Premier ministre", "a b c");
    assert_agreement(&r, "Tudor Valescu", "rank", "général", "a b");
    assert_agreement(
        &r,
        "Tudor Valescu",
        "role",
        "chef d'état-major des armées",
        "a b",
    );
    // The earlier visits (2021, 2012) date nothing of this one; the former
    // president's age is his own; "qui dirige le pays depuis 2019" is not
    // the Élysée's (named after the clause).
    for c in &r.claims {
        assert_ne!(c.attribute, "since", "{c:?}");
        let v = c.value.to_string();
        if c.subject.starts_with("visit") {
            assert!(!v.starts_with("2021") && !v.starts_with("2012"), "{c:?}");
        }
        if v == "78" {
            assert_eq!(c.subject, "Petru Lazar", "{c:?}");
        }
    }
}

#[test]
fn forest_fire_start_and_area_conflicts_and_firefighters_by_any_name() {
    let r = run("incendie-aubrenes");
    assert_conflicts(
        &r,
        &[
            (
                "fire",
                "start",
                vec![("2025-08-05", "a b"), ("2025-08-04", "c")],
            ),
            ("area (ha)", "value", vec![("3200", "a b"), ("3500", "c")]),
            // "Quelque 900" and "Quelque 1 000" the same day: ±5 % each.
            (
                "firefighters",
                "count",
                vec![("about 1000", "c"), ("about 900", "a"), ("about 950", "b")],
            ),
            // "Un homme de 34 ans a été placé en garde à vue", "Le suspect,
            // un trentenaire, est âgé de 34 ans", "Un suspect de 36 ans a
            // été interpellé" (`attacks.rs`).
            ("the suspect", "age", vec![("34", "a b"), ("36", "c")]),
        ],
    );
    assert_agreement(&r, "dead", "count", "2", "a b c");
    assert_agreement(&r, "evacuated", "count", "about 2000", "a b");
    assert_agreement(
        &r,
        "Claire Dumontel",
        "role",
        "procureur de la République",
        "a b c",
    );
    assert_agreement(&r, "Pierre Sauvan", "role", "préfet", "a c");
    // Other ages with nobody named ("un agriculteur de 71 ans") claim
    // nothing; what the suspect risks is no sentence.
    for c in &r.claims {
        assert!(
            (c.attribute != "age" || c.subject_key == "suspect")
                && !c.attribute.contains("sentence"),
            "{c:?}"
        );
    }
}
