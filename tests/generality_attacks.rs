//! Generality for attacks, shootings, arrests and hostage releases, in
//! French, in English and mixed: the suspect's age (never a victim's or a
//! witness's), the people arrested or in custody (running totals: a later
//! figure is an update), the shots fired, the day and time of the attack,
//! the hostages freed, the prisoners released and the people still held.
//! Each folder's README says what is true, what factdiff must report and
//! which figures are traps.

mod common;

use common::*;
use factdiff::compare::Verdict;

/// The (source letter, attribute, value) of a fixture's claims on a subject
/// key.
fn claims_on(r: &factdiff::compare::Report, key: &str) -> Vec<(String, String, String)> {
    r.claims
        .iter()
        .filter(|c| c.subject_key == key)
        .map(|c| {
            (
                letter(r, c.source),
                c.attribute.clone(),
                c.value.to_string(),
            )
        })
        .collect()
}

#[test]
fn shooting_in_french_suspects_age_and_shots_conflict_custody_is_an_update() {
    let r = run("fusillade-vermaux");
    assert_conflicts(
        &r,
        &[
            (
                "shots",
                "count",
                vec![("about 10", "a b"), ("about 30", "c")],
            ),
            ("the suspect", "age", vec![("24", "a b d"), ("26", "c")]),
        ],
    );
    // Three in custody on Saturday, five on Sunday: an update.
    let f = find(&r, Verdict::Updated, "in custody", "count");
    let values: Vec<&str> = f.groups.iter().map(|g| g.value.as_str()).collect();
    assert_eq!(values, ["3", "5"], "{}", describe(&r));
    assert_agreement(&r, "attack", "date", "2026-03-13", "a b c d");
    assert_agreement(&r, "attack (time of day)", "time", "about 23:00", "a b c");
    assert_agreement(&r, "dead", "count", "2", "a b c d");
    assert_agreement(&r, "injured", "count", "5", "a b c");
    // The victim's 19 and the witness's 71 are nobody's suspect; the live
    // blog's timestamps are no time of the attack.
    for (l, _, v) in claims_on(&r, "suspect") {
        assert!(v == "24" || (v == "26" && l == "c"), "{l} {v}");
    }
    assert_eq!(claims_on(&r, "time:attack").len(), 3);
    assert!(
        r.claims
            .iter()
            .all(|c| c.attribute != "age" || c.subject_key == "suspect")
    );
}

#[test]
fn shooting_in_english_arrests_conflict_on_one_day_and_the_suspects_age_agrees() {
    let r = run("shooting-orlanby-en");
    assert_conflicts(
        &r,
        &[(
            "arrested",
            "count",
            vec![("2", "a b"), ("3", "c"), ("4", "d")],
        )],
    );
    assert_agreement(&r, "the suspect", "age", "19", "a b c d");
    assert_agreement(&r, "attack (time of day)", "time", "14:40", "a b c");
    assert_agreement(&r, "attack", "date", "2026-05-09", "c d");
    assert_agreement(&r, "dead", "count", "3", "a b c d");
    assert_agreement(&r, "injured", "count", "8", "a b c");
    assert_agreement(&r, "shots", "count", "more-than 12", "a b");
    // "Two men were taken into custody" is an arrest, not a part of a
    // group; the headline's "four now" is no count of "now"; the victim
    // and the trader are not the suspect.
    assert!(
        r.claims
            .iter()
            .all(|c| !c.subject_key.contains("men") && c.subject_key != "count:now"),
        "{}",
        describe(&r)
    );
    assert!(claims_on(&r, "suspect").iter().all(|(_, _, v)| v == "19"));
}

#[test]
fn hostage_release_in_french_and_english_prisoners_conflict_and_held_apart() {
    let r = run("echange-otages-mixed");
    assert_conflicts(
        &r,
        &[("prisoners", "count", vec![("150", "a b d"), ("180", "c")])],
    );
    // "handed over four hostages" is four, not more than four.
    assert_agreement(&r, "hostages", "count", "4", "a b c d");
    assert_agreement(&r, "held", "count", "about 40", "a d");
    assert_agreement(&r, "Léa Morin", "age", "34", "a b c");
    // The year's tally of freed hostages is keyed by its year (and by
    // their state: "have been released", rules/en/disasters.json).
    assert_eq!(
        claims_on(&r, "count@year-2026:released"),
        vec![("b".to_string(), "count".to_string(), "23".to_string())]
    );
}
