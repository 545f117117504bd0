//! Generality, sport results other than match scores: medal counts keyed
//! by their owner and colour, finishing positions keyed by the athlete and
//! the race (`src/claims/sport.rs`), in French and English. The folder's
//! README says what is true, what factdiff must report and which figures
//! are traps.

mod common;

use common::*;

#[test]
fn medals_and_positions_compare_across_languages() {
    let r = run("natation-velmont-mixed");
    assert_conflicts(
        &r,
        &[
            (
                "Léa Marvel",
                "position (200m)",
                vec![("3", "a b"), ("4", "c")],
            ),
            ("gold medals (FR)", "count", vec![("7", "a d"), ("8", "b")]),
        ],
    );
    assert_agreement(&r, "total medals (FR)", "count", "19", "a b c");
    assert_agreement(&r, "gold medals (IT)", "count", "9", "a b d");
    assert_agreement(&r, "Tom Aubrac", "position (100m)", "5", "a b");
    // Medal counts are never plain counts of "médailles" (France's 7 gold
    // and 19 in all, Italy's 9, in one article).
    assert!(
        !r.claims
            .iter()
            .any(|c| c.subject_key.starts_with("count") && c.subject_key.contains("medail")),
        "{}",
        describe(&r)
    );
}
