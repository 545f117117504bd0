//! Generality for volcanic eruptions in English and French: the eruption
//! as an event, people forced to evacuate or flee counted as evacuated,
//! a toll that rises the next day, and a past eruption recalled by its
//! year. The fixture's README says what is true and what factdiff must
//! report.

mod common;

use common::*;
use factdiff::compare::Verdict;

#[test]
fn eruption_evacuated_agree_missing_update_past_toll_apart() {
    let r = run("eruption-kelvaro-mixed");
    assert_conflicts(&r, &[]);
    // "forcing more than 6,500 people to evacuate", "Nearly 7,000 residents
    // have been evacuated", "Plus de 6 500 habitants ont été évacués".
    let evacuated = find(&r, Verdict::Agreement, "evacuated", "count");
    assert_eq!(letters(&r, &evacuated.groups[0].sources), set("a b c"));
    assert_agreement(&r, "injured", "count", "14", "a b c");
    let missing = find(&r, Verdict::Updated, "missing", "count");
    // a's "searching for five people who remain missing": the relative
    // clause gives the figure its state.
    assert!(
        missing.message.ends_with("5 (2026-03-10) → 4 (2026-03-11)"),
        "{}",
        missing.message
    );
    assert_eq!(
        letters(
            &r,
            &missing
                .groups
                .iter()
                .flat_map(|g| g.sources.clone())
                .collect::<Vec<_>>()
        ),
        set("a b c")
    );
    // "Tuesday's eruption" in the page of Wednesday 11 March.
    assert!(
        r.claims.iter().any(|c| c.subject_key == "eruption:"
            && c.attribute == "date"
            && c.value.to_string() == "2026-03-10"),
        "{}",
        describe(&r)
    );
    // The 2019 eruption's two dead are that year's, not the story's.
    let two: Vec<&str> = r
        .claims
        .iter()
        .filter(|c| c.value.to_string() == "2")
        .map(|c| c.subject_key.as_str())
        .collect();
    assert!(two.contains(&"count@year-2019:dead"), "{two:?}");
    assert!(!two.contains(&"count:dead"), "{two:?}");
}
