//! Generality, French phrasing families (second set): stories written
//! after the rules in the wording of French wire copy, regional dailies and
//! web outlets — a national day of demonstrations with its dual counts
//! (`manifestation-loi-vernet`), a migrant shipwreck in the Channel
//! (`naufrage-berquenesse`), a train derailment (`deraillement-lerignac`)
//! and a coach accident whose toll rises the same day
//! (`accident-car-vessanges`). Each folder's README says what is true and
//! what factdiff must report.

mod common;

use common::*;
use factdiff::compare::Verdict;

#[test]
fn demonstration_counts_by_who_counts_and_by_city() {
    let r = run("manifestation-loi-vernet");
    assert_conflicts(
        &r,
        &[("arrested", "count", vec![("27", "a b"), ("32", "c")])],
    );
    // "N selon X, M selon Y", "Selon X, N personnes ont défilé ; Y en
    // revendique M", "Ils étaient N … d'après X".
    assert_agreement(
        &r,
        "protesters (according to CGT)",
        "count",
        "1.1 million",
        "a b c",
    );
    assert_agreement(
        &r,
        "protesters (according to ministère de l'Intérieur)",
        "count",
        "412000",
        "a b c",
    );
    // "onze policiers ont été blessés", "11 policiers blessés": a part of
    // the injured, the police's.
    assert_agreement(&r, "injured (police)", "count", "11", "a b c");
    assert_agreement(&r, "march (time of day)", "time", "14:00", "a c");
    assert_agreement(
        &r,
        "Bruno Lestrade",
        "role",
        "ministre de l'Intérieur",
        "a b c",
    );
    assert_agreement(&r, "Nadia Brévil", "role", "secrétaire général", "a b");
    for c in &r.claims {
        let v = c.value.to_string();
        // The previous day of protest and the 2023 record claim nothing;
        // "les huit principales organisations", "Les deux ministres" point
        // back.
        assert!(v != "395000" && v != "1.28 million" && v != "8", "{c:?}");
        // A city's figures are that city's.
        if v == "9500" || v == "20000" {
            assert!(c.subject_key.contains("@in-rennes"), "{c:?}");
        }
        if c.subject_key.ends_with(":arrested") && v == "2" {
            assert_eq!(c.subject_key, "count@in-nantes:arrested", "{c:?}");
        }
    }
}

#[test]
fn shipwreck_rescued_and_alert_conflicts_and_the_years_toll_apart() {
    let r = run("naufrage-berquenesse");
    assert_conflicts(
        &r,
        &[
            ("rescued", "count", vec![("58", "a b"), ("61", "c")]),
            (
                "alert (time of day)",
                "time",
                vec![("about 04:30", "a"), ("about 05:30", "c")],
            ),
        ],
    );
    assert_agreement(&r, "dead", "count", "6", "a b c");
    assert_agreement(&r, "missing", "count", "2", "a b c");
    // "environ 70 personnes à bord", "72 personnes à bord": everyone on
    // board, as English says "people on board".
    assert_agreement(&r, "people on board", "count", "72", "a b");
    for c in &r.claims {
        let v = c.value.to_string();
        // "Depuis le début de l'année, 27 migrants sont morts", the 2021
        // shipwreck's 27: not this one's dead.
        assert!(!(c.subject == "dead" && v == "27"), "{c:?}");
        // Ages with nobody named (the child's); ships pointed back at; a
        // length. The man arrested is the suspect ("Un passeur présumé,
        // un homme de 24 ans, a été interpellé": `attacks.rs`).
        assert!(
            c.attribute != "age" || (c.subject_key == "suspect" && v == "24"),
            "{c:?}"
        );
        assert!(
            !c.subject.contains("navires") && !c.subject.contains("milles"),
            "{c:?}"
        );
    }
}

#[test]
fn derailment_critical_injured_and_time_conflicts() {
    let r = run("deraillement-lerignac");
    assert_conflicts(
        &r,
        &[
            (
                "crash (time of day)",
                "time",
                vec![("about 07:40", "a b"), ("shortly after 08:00", "c")],
            ),
            ("seriously injured", "count", vec![("7", "a b"), ("8", "c")]),
        ],
    );
    assert_agreement(&r, "dead", "count", "3", "a b c");
    assert_agreement(&r, "injured", "count", "41", "a b c");
    // "environ 120 passagers à bord", "Quelque 120 voyageurs", "120
    // passagers".
    assert_agreement(&r, "passengers", "count", "120", "a b c");
    assert_agreement(
        &r,
        "Étienne Morvan",
        "role",
        "ministre des Transports",
        "a b c",
    );
    for c in &r.claims {
        // The driver is not named; "Le trafic restera interrompu jusqu'à
        // vendredi" ends no visit; the 2013 accident's toll is 2013's.
        assert_ne!(c.attribute, "age", "{c:?}");
        assert_ne!(c.attribute, "end", "{c:?}");
        if c.value.to_string() == "4" {
            assert_eq!(c.subject_key, "count@year-2013:dead", "{c:?}");
        }
    }
}

#[test]
fn road_accident_toll_revised_the_same_day_is_an_update() {
    let r = run("accident-car-vessanges");
    assert_conflicts(
        &r,
        &[
            ("passengers", "count", vec![("46", "c"), ("48", "a")]),
            ("the suspect", "age", vec![("52", "a"), ("54", "b")]),
        ],
    );
    // "le bilan s'alourdit à cinq morts" the same day as "quatre morts".
    let f = find(&r, Verdict::Updated, "dead", "count");
    let values: Vec<&str> = f.groups.iter().map(|g| g.value.as_str()).collect();
    assert_eq!(values, ["4", "5"], "{}", describe(&r));
    // "l'accident", "s'est renversé": a road accident is a dated crash.
    assert_agreement(&r, "crash", "date", "2026-03-14", "a b c");
    assert_agreement(&r, "injured", "count", "23", "a c");
    for c in &r.claims {
        // "a quitté la chaussée vers 7 h 30" is the accident, no departure.
        assert!(!c.subject.contains("departure"), "{c:?}");
        if c.value.to_string() == "3" && c.subject_key.contains("dead") {
            assert_eq!(c.subject_key, "count@year-2016:dead", "{c:?}");
        }
    }
}
