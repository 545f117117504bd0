//! One story told by French and English outlets, compared claim by claim:
//! invented mixed stories of the genres real news mixes most
//! (`tests/fixtures/*-mixed`, whose README.md says what is true and what
//! factdiff must report): an earthquake toll, a cyclone, a plane crash, an
//! election and a state visit. Each planted disagreement sets a French source against an
//! English one, or groups both languages on one side, so it is found only if
//! both languages key the subject and attribute alike; each shared fact
//! must be one agreement across the languages. The last tests check that
//! qualifiers, times of day and weekdays compare across languages and that
//! the lexicons every claim kind keys by hold the same keys in French and
//! English.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;
use factdiff::compare::{Report, Verdict};

/// The languages of a group's sources.
fn languages(r: &Report, sources: &[usize]) -> BTreeSet<String> {
    sources
        .iter()
        .filter_map(|&s| r.sources[s].article.language.clone())
        .collect()
}

/// Every source language of a finding, all groups together.
fn finding_languages(r: &Report, subject: &str, attribute: &str, verdict: Verdict) -> usize {
    let f = find(r, verdict, subject, attribute);
    let all: Vec<usize> = f.groups.iter().flat_map(|g| g.sources.clone()).collect();
    languages(r, &all).len()
}

/// The value each source gives for a subject key, by source letter.
fn values_by_letter(r: &Report, key: &str) -> BTreeMap<String, String> {
    r.claims
        .iter()
        .filter(|c| c.subject_key == key && c.attribute == "count")
        .map(|c| (letter(r, c.source), c.value.to_string()))
        .collect()
}

#[test]
fn earthquake_toll_time_and_magnitude_across_languages() {
    let r = run("seisme-orvasse-mixed");
    assert_conflicts(
        &r,
        &[
            ("Anton Brevic", "age", vec![("57", "a"), ("58", "c")]),
            (
                "earthquake (time of day)",
                "time",
                vec![("03:17", "a b c"), ("03:47", "d")],
            ),
            (
                "magnitude (according to USGS)",
                "value",
                vec![("6.4", "a c"), ("6.2", "d")],
            ),
        ],
    );
    for (subject, attribute) in [
        ("Anton Brevic", "age"),
        ("earthquake (time of day)", "time"),
        ("magnitude (according to USGS)", "value"),
    ] {
        assert_eq!(
            finding_languages(&r, subject, attribute, Verdict::Conflict),
            2,
            "{subject}"
        );
    }
    assert_agreement(&r, "dead", "count", "86", "a b c d");
    // "près de 300", "plus de 290", "nearly 300", "more than 290,": the
    // English noun is left out after "injured" and taken from "killed at
    // least 86 people" before it.
    assert_agreement(&r, "injured", "count", "more-than 290", "a b c d");
    assert_agreement(&r, "missing", "count", "14", "a c");
    assert_agreement(&r, "earthquake", "date", "2025-09-14", "a b c d");
    assert_agreement(&r, "mourning", "days", "3", "a c");
    assert_agreement(&r, "Anton Brevic", "role", "Premier ministre", "a c");
    assert_agreement(&r, "depth (km)", "value", "12", "b d");
    // Another story's toll in a list of related articles claims nothing.
    for c in &r.claims {
        assert_ne!(c.value.to_string(), "5", "{c:?}");
    }
}

#[test]
fn english_and_french_qualifiers_compare() {
    let r = run("seisme-orvasse-mixed");
    // "au moins 86" and "at least 86"; "près de 300" and "nearly 300";
    // "plus de 290" and "more than 290".
    let dead = values_by_letter(&r, "count:dead");
    assert_eq!(dead["a"], dead["c"], "{dead:?}");
    assert!(dead["a"].starts_with("at-least"), "{dead:?}");
    let injured = values_by_letter(&r, "count:injured");
    assert_eq!(injured["a"], injured["c"], "{injured:?}");
    assert!(injured["a"].starts_with("about"), "{injured:?}");
    assert_eq!(injured["b"], injured["d"], "{injured:?}");
    assert!(injured["b"].starts_with("more-than"), "{injured:?}");
}

#[test]
fn plane_crash_on_board_model_and_weekday_across_languages() {
    let r = run("crash-sardon-mixed");
    let conflicts: Vec<String> = r
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Conflict)
        .map(|f| format!("{} / {}", f.subject, f.attribute))
        .collect();
    assert_eq!(
        conflicts.len(),
        4,
        "conflicts differ from the design:\n{}",
        describe(&r)
    );
    let expect = |subject: &str, attribute: &str, groups: &[(&str, &str)]| {
        let f = find(&r, Verdict::Conflict, subject, attribute);
        assert_eq!(f.groups.len(), groups.len(), "{}", describe(&r));
        for (g, (value, sources)) in f.groups.iter().zip(groups) {
            assert_eq!(g.value, *value, "{}", describe(&r));
            assert_eq!(letters(&r, &g.sources), set(sources), "{}", describe(&r));
        }
    };
    expect(
        "aircraft",
        "model",
        &[("Airbus A320", "a b c"), ("Airbus A321", "d")],
    );
    // "transportait 142 personnes", "148 personnes à bord", "the 142
    // people on board".
    expect(
        "people on board",
        "count",
        &[("142", "a c d"), ("148", "b")],
    );
    // "jeudi soir", "on Thursday night", "on Thursday, November 6" against
    // "mercredi 6 novembre". The weekdays that agree with the day they
    // resolve to show that day.
    expect(
        "crash",
        "weekday",
        &[("Thursday (2025-11-06)", "a c d"), ("Wednesday", "b")],
    );
    expect(
        "6 November 2025",
        "weekday",
        &[("Thursday", "d"), ("Wednesday", "b")],
    );
    // b's wrong weekday is also its own inconsistency, and the only one.
    let own: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Inconsistent)
        .collect();
    assert_eq!(own.len(), 1, "{}", describe(&r));
    assert_eq!(own[0].attribute, "weekday-mismatch", "{}", describe(&r));
    assert_eq!(letters(&r, &own[0].groups[0].sources), set("b"));
    assert_eq!(
        finding_languages(&r, "crash", "weekday", Verdict::Conflict),
        2
    );
    assert_agreement(&r, "crash", "date", "2025-11-06", "a b c d");
    assert_agreement(&r, "dead", "count", "38", "a b c d");
    // "Cent quatre personnes ont survécu", "104 ont survécu", "104
    // survivors", "104 people survived": survivors are the rescued.
    assert_agreement(&r, "rescued", "count", "104", "a b c d");
    assert_agreement(&r, "passengers", "count", "136", "a c");
    assert_agreement(&r, "crew members", "count", "6", "a c");
    // "Le crash s'est produit vers 21h40", "skidded off the runway … at
    // around 9:40 p.m.".
    assert_agreement(&r, "crash (time of day)", "time", "about 21:40", "a c");
    assert_agreement(&r, "Ilan Dorsky", "role", "ministre des Transports", "b c");
    for c in &r.claims {
        assert_ne!(c.value.to_string(), "12", "{c:?}");
    }
}

#[test]
fn election_shares_turnout_and_runoff_across_languages() {
    let r = run("presidentielle-norvalie-mixed");
    assert_conflicts(
        &r,
        &[
            ("Mara Ilves", "age", vec![("52", "b"), ("53", "d")]),
            (
                "participation",
                "percent",
                vec![("61.3", "a b c"), ("63.1", "d")],
            ),
            (
                "second round",
                "date",
                vec![("2025-10-26", "a c d"), ("2025-11-02", "b")],
            ),
        ],
    );
    assert_agreement(&r, "Teodor Vasko", "vote-share", "31.2", "a b c d");
    assert_agreement(&r, "Mara Ilves", "vote-share", "48.6", "b c d");
    // "Le Premier ministre sortant, Teodor Vasko", "Prime Minister Teodor
    // Vasko came second": a title of two words is no part of a name.
    assert_agreement(&r, "Teodor Vasko", "role", "Premier ministre", "a b c d");
    assert_agreement(&r, "vote", "date", "2025-10-12", "a c d");
}

#[test]
fn state_visit_dates_length_and_roles_across_languages() {
    let r = run("visite-danek-mixed");
    assert_conflicts(
        &r,
        &[
            // "Aurel Danek, 63 ans," and "Âgé de 63 ans, il rencontrera"
            // (the subject of the sentence before) against "Danek, 64,".
            ("Aurel Danek", "age", vec![("63", "a b"), ("64", "c")]),
            // "une visite d'État de trois jours", "a three-day state
            // visit" against "a four-day state visit".
            ("visit", "days", vec![("3", "b c"), ("4", "d")]),
            (
                "visit of Aurel Danek",
                "end",
                vec![("2025-11-19", "a b c"), ("2025-11-20", "d")],
            ),
        ],
    );
    assert_agreement(&r, "visit of Aurel Danek", "start", "2025-11-17", "a b c d");
    assert_agreement(
        &r,
        "meeting of Aurel Danek and Ines Kovar",
        "date",
        "2025-11-18",
        "b c d",
    );
    assert_agreement(&r, "Aurel Danek", "role", "président", "a b c d");
    assert_agreement(&r, "Ines Kovar", "role", "Premier ministre", "a b c d");
    assert_agreement(
        &r,
        "Pavel Oren",
        "role",
        "ministre des Affaires étrangères",
        "a c",
    );
}

#[test]
fn cyclone_toll_gusts_and_curfew_across_languages() {
    let r = run("cyclone-belmira-mixed");
    assert_conflicts(
        &r,
        &[
            ("dead", "count", vec![("23", "a b c"), ("at-least 27", "d")]),
            // "un couvre-feu de 48 heures", "a 48-hour curfew" against
            // "Un couvre-feu de 72 heures".
            ("curfew", "days", vec![("2", "a c"), ("3", "b")]),
        ],
    );
    for (subject, attribute) in [("dead", "count"), ("curfew", "days")] {
        assert_eq!(
            finding_languages(&r, subject, attribute, Verdict::Conflict),
            2,
            "{subject}"
        );
    }
    // "a frappé dimanche", "a touché terre dimanche 8 mars", "slammed into
    // Belmira on Sunday", "made landfall … on Sunday, March 8".
    assert_agreement(&r, "cyclone", "date", "2026-03-08", "a b c d");
    assert_agreement(&r, "cyclone (time of day)", "time", "about 14:00", "b d");
    // "plus de 220 km/h", "230 km/h", "up to 140 mph".
    let f = find(&r, Verdict::Agreement, "gusts (km/h)", "value");
    assert_eq!(letters(&r, &f.groups[0].sources), set("a b c"));
    assert_agreement(&r, "missing", "count", "12", "a b c");
    assert_agreement(&r, "evacuated", "count", "about 40000", "a b c d");
    assert_agreement(&r, "injured", "count", "more-than 150", "a c");
    assert_agreement(&r, "mourning", "days", "3", "a c");
    assert_agreement(&r, "Sarah Kemble", "role", "Premier ministre", "a b c");
}

#[test]
fn times_of_day_of_one_event_are_one_subject_in_both_languages() {
    // "à 3h17" (a) and "at 3:17 a.m." (c) in one group, "vers 21h40" (a)
    // and "at around 9:40 p.m." (c) agreeing.
    let r = run("seisme-orvasse-mixed");
    let f = find(&r, Verdict::Conflict, "earthquake (time of day)", "time");
    assert_eq!(languages(&r, &f.groups[0].sources).len(), 2);
    let r = run("crash-sardon-mixed");
    let f = find(&r, Verdict::Agreement, "crash (time of day)", "time");
    assert_eq!(languages(&r, &f.groups[0].sources).len(), 2);
}

/// The lexicons whose keys are the subjects or attributes of claims: a key
/// one language has and the other lacks is a claim the other language can
/// never compare. (Count nouns, roles and organisations are open lists
/// that grow with the stories each language has been tested on; they are
/// checked by the fixtures above.)
#[test]
fn claim_keys_are_shared_by_french_and_english_lexicons() {
    use factdiff::rules::RuleSet;
    let (rules, errors) = RuleSet::embedded();
    assert!(errors.is_empty(), "{errors:?}");
    let keys = |lang: &str, lexicon: &str| -> BTreeSet<String> {
        rules
            .language(lang)
            .unwrap_or_else(|| panic!("no {lang} rules"))
            .lexicon(lexicon)
            .keys()
            .map(str::to_string)
            .collect()
    };
    let mut differ = Vec::new();
    for lexicon in [
        "event.kind",
        "event.agent",
        "event.label",
        "duration.subject",
        "time.subject",
        "count.thing",
        "measure.noun",
        "measure.subject",
        "count.among",
        "share.subject",
        "distance.subject",
    ] {
        let (fr, en) = (keys("fr", lexicon), keys("en", lexicon));
        assert!(!fr.is_empty(), "{lexicon}");
        if fr != en {
            differ.push(format!(
                "{lexicon}: fr only {:?}, en only {:?}",
                fr.difference(&en).collect::<Vec<_>>(),
                en.difference(&fr).collect::<Vec<_>>()
            ));
        }
    }
    assert!(differ.is_empty(), "{differ:#?}");
}
