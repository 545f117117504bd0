//! Generality for gatherings (festivals, pilgrimages) in English and
//! French: their start and end, a generic verb whose subject is a pronoun
//! standing for the event of the sentence before, and an undated source's
//! day of the event dated by its story's year, so that its weekday is
//! checked. The fixture's README says what is true and what factdiff must
//! report.

mod common;

use common::*;

#[test]
fn festival_end_and_its_weekday_conflict_across_languages() {
    let r = run("festival-velmoor-mixed");
    assert_conflicts(
        &r,
        &[
            (
                "gathering",
                "end",
                vec![("2025-08-24", "a c"), ("2025-08-25", "b")],
            ),
            (
                "gathering",
                "end weekday",
                vec![
                    ("Sunday (2025-08-24)", "a c d"),
                    ("Monday (2025-08-25)", "b"),
                ],
            ),
        ],
    );
    assert_agreement(&r, "gathering", "start", "2025-08-20", "a b c");
    // The undated blog's day says where its year came from.
    let blog_end = r
        .claims
        .iter()
        .find(|c| letter(&r, c.source) == "b" && c.attribute == "end")
        .expect("the blog's end");
    assert!(
        blog_end
            .resolution
            .as_deref()
            .is_some_and(|how| how.contains("story")),
        "{blog_end:?}"
    );
    // Last year's attendance is no claim.
    assert!(
        r.claims.iter().all(|c| c.value.to_string() != "81000"),
        "{}",
        describe(&r)
    );
}
