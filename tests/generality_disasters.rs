//! Generality for disasters of crowds and structures, in French, in
//! English and mixed: a firedamp explosion in a mine (the trapped, the
//! rescued, the dead, the explosion's day), a crowd crush in a stadium (the
//! dead, the crush's day, the youngest victim) and a school kidnapping (the
//! kidnapped, the freed, the still held). Each folder's README says what is
//! true, what factdiff must report and which figures are traps.

mod common;

use common::*;
use factdiff::compare::Verdict;

/// The subject keys of a fixture's claims whose value is `value`.
fn keys_of(r: &factdiff::compare::Report, value: &str) -> Vec<String> {
    claims_of(r, value).into_iter().map(|(_, k, _)| k).collect()
}

#[test]
fn mine_explosion_in_french_trapped_date_and_age_conflict() {
    let r = run("grisou-tarsenne");
    assert_conflicts(
        &r,
        &[
            ("trapped", "count", vec![("15", "a b d"), ("12", "c")]),
            (
                "explosion",
                "date",
                vec![("2026-03-12", "a b d"), ("2026-03-11", "c")],
            ),
            ("Paul Garnier", "age", vec![("57", "c"), ("58", "b")]),
        ],
    );
    // "au moins 21" is a lower bound of the later 23.
    assert_agreement(&r, "dead", "count", "23", "a b c d");
    // "une vingtaine d'autres blessés" is about 20 injured.
    assert_agreement(&r, "injured", "count", "22", "a b");
    // "remontés vivants" and "secourus" are one state.
    assert_agreement(&r, "rescued", "count", "9", "a b");
    assert_agreement(&r, "Arnaud Pelletier", "role", "ministre des Mines", "a c");
    // The people in the galleries are present, not trapped.
    assert_eq!(keys_of(&r, "130"), ["count:people present"]);
    // The workforce and the output claim nothing; earlier disasters are
    // keyed by their years.
    for value in ["about 1400", "1400", "about 2 million", "2.5 million"] {
        assert!(claims_of(&r, value).is_empty(), "{value}: {}", describe(&r));
    }
    assert!(
        keys_of(&r, "34").iter().all(|k| k.contains("2019")),
        "{:?}",
        claims_of(&r, "34")
    );
    assert!(
        keys_of(&r, "112").iter().all(|k| k.contains("1987")),
        "{:?}",
        claims_of(&r, "112")
    );
}

#[test]
fn stadium_crush_in_english_toll_day_and_youngest_conflict() {
    let r = run("crush-marrowgate-en");
    assert_conflicts(
        &r,
        &[
            ("dead", "count", vec![("17", "a b d"), ("15", "c")]),
            (
                "crush",
                "date",
                vec![("2026-05-01", "c"), ("2026-05-02", "d")],
            ),
            (
                "crush",
                "weekday",
                vec![
                    ("Saturday (2026-05-02)", "a b d"),
                    ("Friday (2026-05-01)", "c"),
                ],
            ),
            ("the group", "youngest age", vec![("12", "b"), ("9", "a")]),
        ],
    );
    // "more than 80" agrees with 84; "killed 17 people on Saturday and
    // injured more than 80" gives the injured no 17.
    assert_agreement(&r, "injured", "count", "84", "a b d");
    assert!(
        keys_of(&r, "17").iter().all(|k| k == "count:dead"),
        "{:?}",
        claims_of(&r, "17")
    );
    // A Reuters dateline without a year takes none from "since 1994".
    assert!(r.sources[0].anchor.is_none(), "{}", describe(&r));
    assert_eq!(keys_of(&r, "41"), ["count@year-1994:dead"]);
    assert_eq!(keys_of(&r, "7"), ["count@year-2022:dead"]);
    // Capacity, the crowd expected, prices and works claim nothing.
    for value in ["45000", "about 40000", "5", "30 million"] {
        assert!(claims_of(&r, value).is_empty(), "{value}: {}", describe(&r));
    }
    let rescued = find(&r, Verdict::Single, "rescued", "count");
    assert_eq!(rescued.groups[0].value, "30");
}

#[test]
fn school_kidnapping_in_french_and_english_kidnapped_conflict_freed_and_held_agree() {
    let r = run("enlevement-dambari-mixed");
    assert_conflicts(
        &r,
        &[
            ("kidnapped", "count", vec![("38", "a b d"), ("45", "c")]),
            ("Musa Danjuma", "age", vec![("47", "a b"), ("49", "c")]),
        ],
    );
    // "Douze élèves ont été libérés", "Twelve of the kidnapped students
    // were freed", "Douze d'entre eux ont été libérés", "Twelve of the 38
    // students … have been released": one figure, never the kidnapped.
    assert_agreement(&r, "released", "count", "12", "a b c d");
    assert_agreement(&r, "held", "count", "26", "a b c d");
    assert_agreement(&r, "Bello Maikano", "role", "gouverneur", "a d");
    // The tally since 2014 claims nothing; Kuriga's kidnapping, and the
    // school's roll in the sentence of its closure in 2024, are 2024's.
    assert!(
        claims_of(&r, "more-than 1500").is_empty(),
        "{}",
        describe(&r)
    );
    for value in ["more-than 280", "about 600"] {
        assert!(
            keys_of(&r, value).iter().all(|k| k.contains("2024")),
            "{:?}",
            claims_of(&r, value)
        );
    }
    // An abbreviated month in a dateline is no count.
    assert!(
        r.claims.iter().all(|c| !c.subject_key.contains("janv")),
        "{}",
        describe(&r)
    );
}

#[test]
fn plant_blast_in_english_workers_killed_conflict_trapped_falls() {
    let r = run("plant-blast-hadley-en");
    assert_conflicts(
        &r,
        &[
            ("dead (workers)", "count", vec![("6", "a c"), ("8", "b")]),
            (
                "explosion",
                "date",
                vec![("2026-10-12", "c"), ("2026-10-13", "a")],
            ),
            (
                "explosion",
                "weekday",
                vec![
                    ("Tuesday (2026-10-13)", "a b"),
                    ("Monday (2026-10-12)", "c"),
                ],
            ),
        ],
    );
    let trapped = find(&r, Verdict::Updated, "trapped", "count");
    let values: Vec<&str> = trapped.groups.iter().map(|g| g.value.as_str()).collect();
    assert_eq!(values, ["9", "7"], "{}", describe(&r));
    assert_agreement(&r, "injured", "count", "41", "a b c");
    // The workers pulled out are the rescued workers; "three were rescued"
    // all the rescued (a group's rescued stay a part: one agency's, one
    // site's).
    assert_eq!(
        claims_of(&r, "3"),
        [
            (
                "b".to_string(),
                "count@part-workers:rescued".to_string(),
                "3".to_string()
            ),
            (
                "c".to_string(),
                "count:rescued".to_string(),
                "3".to_string()
            )
        ]
    );
    for value in ["about 2000", "2000", "about 300000", "300000"] {
        assert!(claims_of(&r, value).is_empty(), "{value}: {}", describe(&r));
    }
    assert_eq!(keys_of(&r, "12"), ["count@year-2021:dead"]);
}
