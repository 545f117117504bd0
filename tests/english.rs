//! English articles and French–English comparison: an invented story told
//! by three English articles and one French one
//! (`tests/fixtures/quake-tarvos-mixed`, whose README says what is true and
//! what factdiff must report). Claims are compared across languages by
//! their canonical keys: "killing at least 112 people" and "au moins 112
//! morts" are one death toll, "Gen." and "général" one rank, "52" and "52
//! ans" one age; each side is quoted in its own language.

mod common;

use common::*;

#[test]
fn mixed_story_conflicts_and_agreements_across_languages() {
    let r = run("quake-tarvos-mixed");
    assert_conflicts(
        &r,
        &[
            ("Lena Sorvik", "age", vec![("52", "a d"), ("53", "c")]),
            (
                "Piotr Alvane",
                "rank",
                vec![("général", "a b d"), ("colonel", "c")],
            ),
        ],
    );
    assert_agreement(&r, "dead", "count", "112", "a b c d");
    assert_agreement(&r, "visit of Lena Sorvik", "start", "2025-03-12", "a d");
    assert_agreement(&r, "earthquake", "date", "2025-03-11", "a c d");
    // An earlier quake ("In 2019 … killed 40 people") is that year's event,
    // never the story's; another story's toll in a list of related
    // articles ("3 dead") claims nothing.
    for c in &r.claims {
        if c.attribute == "count" && !c.subject_key.starts_with("count@year-") {
            let v = c.value.to_string();
            assert!(v != "40" && v != "3", "{c:?}");
        }
        assert_ne!(c.attribute, "since", "{c:?}");
    }
}

#[test]
fn each_side_is_quoted_in_its_own_language() {
    let r = run("quake-tarvos-mixed");
    let dead: Vec<String> = r
        .claims
        .iter()
        .filter(|c| c.subject_key == "count:dead")
        .map(|c| r.evidence(c).to_string())
        .collect();
    assert!(dead.iter().any(|q| q.contains("112 morts")), "{dead:?}");
    assert!(dead.iter().any(|q| q.contains("112 people")), "{dead:?}");
}

#[test]
fn reports_write_ranks_in_each_sources_language() {
    use factdiff::report::{Format, RenderOptions, render};
    let r = run("quake-tarvos-mixed");
    // The canonical value stays the key ("général"), in JSON too…
    let json = render(&r, Format::Json, RenderOptions::default());
    assert!(json.contains("\"général\""), "{json}");
    assert!(!json.contains("\"general\""), "{json}");
    // …while the human report writes each side's rank as its language does:
    // the English "Gen." and "Colonel" as general and colonel, the French
    // "général" as itself.
    let human = render(&r, Format::Human, RenderOptions::default());
    assert!(human.contains("rank: general"), "{human}");
    assert!(human.contains("rank: général"), "{human}");
    assert!(human.contains("rank: colonel"), "{human}");
    let md = render(&r, Format::Markdown, RenderOptions::default());
    assert!(md.contains("— general"), "{md}");
    assert!(md.contains("— général"), "{md}");
}
