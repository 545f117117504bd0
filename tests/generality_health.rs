//! Generality for epidemics and migration, in French, in English and
//! mixed: cases keyed by their status (confirmed, suspected, all), the
//! vaccinated and doses (never a target), the day an outbreak was
//! declared; arrivals, interceptions, the rescued, the missing and the
//! dead of a migrant boat (never the year's tally or a tally since a past
//! year). Each folder's README says what is true, what factdiff must
//! report and which figures are traps.

mod common;

use common::*;
use factdiff::compare::Verdict;

/// The values of an update, in order.
fn update(r: &factdiff::compare::Report, subject: &str) -> Vec<String> {
    find(r, Verdict::Updated, subject, "count")
        .groups
        .iter()
        .map(|g| g.value.clone())
        .collect()
}

#[test]
fn cholera_in_french_confirmed_cases_and_vaccinated_conflict_tolls_update() {
    let r = run("cholera-sorvalie");
    assert_conflicts(
        &r,
        &[
            (
                "confirmed cases",
                "count",
                vec![("860", "a b"), ("910", "c")],
            ),
            (
                "vaccinated",
                "count",
                vec![("210000", "a b"), ("about 250000", "c")],
            ),
        ],
    );
    assert_eq!(update(&r, "dead"), ["48", "53"], "{}", describe(&r));
    assert_eq!(update(&r, "cases"), ["1240", "1310"], "{}", describe(&r));
    assert_agreement(&r, "outbreak", "start", "2026-02-02", "a b");
    // The targets, the year's suspected cases in the whole country and
    // the 2019 outbreak are no figures of the story.
    for value in ["1500000", "1.5 million", "more-than 3000", "5"] {
        assert!(claims_of(&r, value).is_empty(), "{value}: {}", describe(&r));
    }
    assert!(
        claims_of(&r, "112")
            .iter()
            .all(|(_, k, _)| k == "count@year-2019:dead"),
        "{:?}",
        claims_of(&r, "112")
    );
    // The Comoros' cases are theirs.
    assert_eq!(
        claims_of(&r, "400"),
        [(
            "c".to_string(),
            "count@in-km:cases".to_string(),
            "400".to_string()
        )]
    );
}

#[test]
fn migrant_boat_in_english_missing_conflict_arrivals_update() {
    let r = run("migrants-corvessa-en");
    assert_conflicts(&r, &[("missing", "count", vec![("9", "a c"), ("11", "b")])]);
    assert_eq!(
        update(&r, "arrived"),
        ["512", "about 1130"],
        "{}",
        describe(&r)
    );
    assert_agreement(&r, "rescued", "count", "87", "a b c");
    assert_agreement(&r, "dead", "count", "2", "a b c");
    assert_agreement(&r, "boats", "count", "14", "a b");
    // The year's arrivals in Italy, the tally since 2014, the attempt
    // turned back and the survivors' children are no figures of the
    // event.
    assert!(
        claims_of(&r, "22000")
            .iter()
            .all(|(_, k, _)| k == "count@year-2026:arrived"),
        "{:?}",
        claims_of(&r, "22000")
    );
    for value in ["more-than 30000", "about 300", "12", "400", "5", "157000"] {
        assert!(claims_of(&r, value).is_empty(), "{value}: {}", describe(&r));
    }
    let intercepted = find(&r, Verdict::Single, "intercepted", "count");
    assert_eq!(intercepted.groups[0].value, "120");
}

#[test]
fn measles_in_french_and_english_declared_day_conflicts_the_rest_agrees() {
    let r = run("rougeole-delvane-mixed");
    assert_conflicts(
        &r,
        &[(
            "outbreak",
            "start",
            vec![("2026-01-09", "a b"), ("2026-01-19", "c")],
        )],
    );
    assert_agreement(&r, "dead", "count", "14", "a b c");
    assert_agreement(&r, "confirmed cases", "count", "2300", "a b");
    assert_agreement(&r, "vaccinated", "count", "1.2 million", "a b");
    assert_agreement(&r, "doses delivered", "count", "1.5 million", "a c");
    // All cases are not the confirmed ones; targets and daily cases claim
    // nothing; the 2019 epidemic elsewhere is that year's.
    let all = find(&r, Verdict::Single, "cases", "count");
    assert_eq!(letters(&r, &all.groups[0].sources), set("c"));
    for value in ["3 million", "3000000", "about 45", "45"] {
        assert!(claims_of(&r, value).is_empty(), "{value}: {}", describe(&r));
    }
    assert!(
        claims_of(&r, "6000")
            .iter()
            .all(|(_, k, _)| k == "count@year-2019:dead")
    );
    assert_eq!(
        claims_of(&r, "more-than 6000"),
        [(
            "b".to_string(),
            "count@year-2026:suspected cases".to_string(),
            "more-than 6000".to_string()
        )]
    );
}
