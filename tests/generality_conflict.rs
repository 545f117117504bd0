//! Generality for armed conflict, in French, in English and mixed: the dead
//! of each side (soldiers, civilians, the armed group) keyed alike in both
//! languages, an armed group's claim of the toll it inflicted kept apart
//! from the army's figure, and the drones and missiles launched and shot
//! down (launched figures compare with launched ones only). Each folder's
//! README says what is true, what factdiff must report and which figures
//! are traps (earlier attacks, totals since the war began, the other
//! side's drones).

mod common;

use common::*;
use factdiff::compare::Verdict;

/// The (source letter, value) of a fixture's claims on a subject key.
fn claims_on(r: &factdiff::compare::Report, key: &str) -> Vec<(String, String)> {
    r.claims
        .iter()
        .filter(|c| c.subject_key == key)
        .map(|c| (letter(r, c.source), c.value.to_string()))
        .collect()
}

#[test]
fn sahel_attack_in_french_sides_of_the_toll_and_the_groups_claim() {
    let r = run("attaque-sorkana");
    assert_conflicts(
        &r,
        &[
            ("dead (civilians)", "count", vec![("15", "c"), ("9", "a")]),
            (
                "dead (militants)",
                "count",
                vec![("27", "a c"), ("30", "b")],
            ),
        ],
    );
    assert_agreement(&r, "dead (soldiers)", "count", "12", "a b c d");
    assert_agreement(&r, "dead (soldiers), claimed", "count", "50", "a d");
    assert_agreement(&r, "displaced", "count", "about 3000", "b c");
    assert_agreement(&r, "attack (time of day)", "time", "about 05:00", "a c");
    // The 2022 attack's 40 and the 2 000 since the insurgency began are no
    // toll of this attack.
    for key in [
        "count@part-soldiers:dead",
        "count@claimed@part-soldiers:dead",
    ] {
        for (l, v) in claims_on(&r, key) {
            assert!(v == "12" || v == "50", "{key}: {l} {v}");
        }
    }
    assert!(
        r.claims
            .iter()
            .all(|c| !c.subject_key.contains("soldiers") || !c.value.to_string().contains("2000")),
        "{}",
        describe(&r)
    );
}

#[test]
fn drone_attack_in_english_launched_and_shot_down_are_apart() {
    let r = run("drone-attack-velykodar-en");
    assert_conflicts(
        &r,
        &[
            (
                "drones launched (RU)",
                "count",
                vec![("112", "a b d"), ("120", "c")],
            ),
            (
                "dead (civilians)",
                "count",
                vec![("3", "a b c"), ("4", "d")],
            ),
        ],
    );
    assert_agreement(&r, "drones shot down", "count", "85", "a b c");
    assert_agreement(&r, "missiles launched (RU)", "count", "8", "a b c");
    assert_agreement(&r, "missiles shot down", "count", "6", "a b");
    assert_agreement(&r, "injured", "count", "14", "b c");
    // Ukraine's drones, shot down by Russia or launched at it, are never
    // Russia's; last week's 728 and the 40,000 since the invasion are no
    // figure of this night.
    assert_eq!(
        claims_on(&r, "weapons@downed@ua:drones"),
        [("b".to_string(), "41".to_string())]
    );
    assert_eq!(
        claims_on(&r, "weapons@launched@ua:drones"),
        [("c".to_string(), "30".to_string())]
    );
    for c in &r.claims {
        let v = c.value.to_string();
        assert!(
            !c.subject_key.starts_with("weapons") || (v != "728" && !v.contains("40000")),
            "{}: {v}",
            c.subject_key
        );
    }
    // No plain count of drones beside the typed ones.
    assert!(r.claims.iter().all(|c| c.subject_key != "count:drones"));
}

#[test]
fn mixed_attack_sides_agree_across_languages_and_claims_are_no_inconsistency() {
    let r = run("attaque-tahara-mixed");
    assert_conflicts(
        &r,
        &[(
            "dead (civilians)",
            "count",
            vec![("6", "a b d"), ("8", "c")],
        )],
    );
    assert_agreement(&r, "dead (soldiers)", "count", "17", "a b c d");
    let f = find(&r, Verdict::Agreement, "dead (militants)", "count");
    assert_eq!(letters(&r, &f.groups[0].sources), set("a b c"));
    assert_agreement(&r, "dead (soldiers), claimed", "count", "100", "a b d");
    assert_agreement(&r, "truce", "days", "3", "a b");
    // The 2023 attack is keyed by its year, never this toll.
    for (l, v) in claims_on(&r, "count@part-soldiers:dead") {
        assert_eq!(v, "17", "{l}");
    }
}

/// The lexicons conflict claims are keyed by hold the same keys in French
/// and English, so that one story told in both compares.
#[test]
fn conflict_keys_are_shared_by_french_and_english_lexicons() {
    use factdiff::rules::RuleSet;
    use std::collections::BTreeSet;
    let (rules, errors) = RuleSet::embedded();
    assert!(errors.is_empty(), "{errors:?}");
    let keys = |lang: &str, lexicon: &str| -> BTreeSet<String> {
        rules
            .language(lang)
            .unwrap()
            .lexicon(lexicon)
            .keys()
            .map(str::to_string)
            .collect()
    };
    for lexicon in [
        "conflict.side",
        "conflict.side_said",
        "conflict.weapon",
        "conflict.action_before",
        "conflict.action_after",
        "conflict.killed_before",
        "conflict.killed_after",
    ] {
        assert!(!keys("fr", lexicon).is_empty(), "{lexicon}");
        assert_eq!(keys("fr", lexicon), keys("en", lexicon), "{lexicon}");
    }
}
