//! Red team: invented stories whose articles all agree, built around the
//! sentences that once made false conflicts (a part taken for the whole, a
//! superlative "depuis", a festival's end taken for a visit's, an earlier
//! prison sentence). Each folder's README says what is true; none of them
//! may report a conflict.

use factdiff::compare::{Report, Verdict};
use factdiff::pipeline;
use factdiff::rules::RuleSet;

fn run(folder: &str) -> Report {
    let (rules, errors) = RuleSet::embedded();
    assert!(errors.is_empty(), "{errors:?}");
    let dir = format!("{}/tests/fixtures/{folder}", env!("CARGO_MANIFEST_DIR"));
    let r = pipeline::check(&[dir], &rules, vec![]);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    r
}

fn no_conflict(folder: &str) -> Report {
    let r = run(folder);
    let bad: Vec<String> = r
        .findings
        .iter()
        .filter(|f| matches!(f.verdict, Verdict::Conflict | Verdict::Inconsistent))
        .map(|f| format!("{} / {}: {:?}", f.subject, f.attribute, f.groups))
        .collect();
    assert!(bad.is_empty(), "{folder}: {bad:#?}");
    r
}

fn agrees(r: &Report, subject: &str, attribute: &str, value: &str) -> bool {
    r.findings.iter().any(|f| {
        f.verdict == Verdict::Agreement
            && f.subject == subject
            && f.attribute == attribute
            && f.groups[0].value == value
    })
}

#[test]
fn parts_of_a_count_generic_nouns_and_scores_are_not_counts() {
    let r = no_conflict("red-parts-of-counts");
    // Jobs cut in France are keyed as job cuts by their place
    // (`src/claims/business.rs`), in every language.
    assert!(agrees(&r, "job cuts (FR)", "count", "1200"));
    for c in &r.claims {
        assert!(
            !["habitants", "personnes", "supprimés", "face"].contains(&c.subject.as_str()),
            "{c:?}"
        );
    }
}

#[test]
fn superlatives_and_a_person_s_year_are_no_since_claims() {
    let r = no_conflict("red-since-superlative");
    for c in &r.claims {
        if c.attribute == "since" {
            assert_eq!(
                (c.subject.as_str(), c.value.to_string()),
                ("ONU", "2019".to_string())
            );
        }
    }
}

#[test]
fn generic_end_verbs_of_a_festival_are_no_visit() {
    let r = run("red-generic-verbs");
    assert!(
        r.claims
            .iter()
            .all(|c| !c.subject_key.starts_with("visit:"))
    );
    // A festival is an event of its own (`event.gathering`): its end is
    // read, and "s'est achevé dimanche 28 juillet" against "s'est achevé
    // lundi 29 juillet au petit matin" is the one disagreement, for an
    // editor to settle (the closing day, or the last concert's end).
    let bad: Vec<String> = r
        .findings
        .iter()
        .filter(|f| matches!(f.verdict, Verdict::Conflict | Verdict::Inconsistent))
        .map(|f| {
            let values: Vec<&str> = f.groups.iter().map(|g| g.value.as_str()).collect();
            format!("{} / {}: {}", f.subject, f.attribute, values.join(" vs "))
        })
        .collect();
    assert_eq!(bad, ["gathering / end: 2024-07-28 vs 2024-07-29"]);
}

#[test]
fn an_earlier_sentence_and_its_suspended_part_are_not_the_sentence() {
    let r = no_conflict("red-earlier-sentence");
    assert!(agrees(&r, "Gérard Vasseur", "sentence", "4"));
}
