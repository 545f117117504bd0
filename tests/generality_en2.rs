//! Generality in English, second round: story genres the English rules
//! were not written for — a presidential election with a run-off
//! (`election-veloria-en`), a migrant shipwreck with a coast guard toll and
//! a year's tally beside it (`shipwreck-meloria-en`) and a fraud sentencing
//! in a crown court (`verdict-pell-en`). Each folder's README says what is
//! true, what factdiff must report and which figures are traps.

mod common;

use common::*;
use factdiff::compare::Verdict;

#[test]
fn election_share_and_run_off_date_conflict_only() {
    let r = run("election-veloria-en");
    assert_conflicts(
        &r,
        &[
            (
                "Clara Venn",
                "vote-share",
                vec![("48.6", "a b"), ("46.8", "c")],
            ),
            (
                "second round",
                "date",
                vec![("2025-10-26", "a b"), ("2025-11-02", "c")],
            ),
        ],
    );
    // "Venn, 54," (a), "Clara Venn, 54," (b), "Clara Venn, aged 54," (c).
    assert_agreement(&r, "Clara Venn", "age", "54", "a b c");
    assert_agreement(&r, "vote", "date", "2025-10-12", "a b c");
    assert_agreement(&r, "participation", "percent", "67.4", "a b c");
    // The runner-up has no title: "Brandt, a 61-year-old former mayor,
    // received 31.2%" (a), "Tomas Brandt finished second with 31.2
    // percent" (b), "Her rival Tomas Brandt polled 31.2%" (c).
    let f = find(&r, Verdict::Agreement, "Tomas Brandt", "vote-share");
    assert_eq!(f.groups[0].value, "31.2");
    assert_eq!(letters(&r, &f.groups[0].sources), set("a b c"));
    for c in &r.claims {
        let v = c.value.to_string();
        // 2020's turnout (58 %), last week's poll (44 %), the two terms of
        // the outgoing president, "two candidates", "seven other
        // candidates", "eight years as finance minister", "100 days".
        assert!(
            !["58", "44", "2", "7", "8", "100"].contains(&v.as_str()),
            "{c:?}"
        );
        // "The two leaders will meet again in a second round" is no
        // meeting.
        assert!(!c.subject_key.starts_with("meeting"), "{c:?}");
    }
}

#[test]
fn shipwreck_survivors_conflict_and_toll_update() {
    let r = run("shipwreck-meloria-en");
    // "rescued 61 survivors" (a), "61 people were rescued" (b), "pulled 64
    // survivors from the sea" (c): survivors are the rescued.
    assert_conflicts(
        &r,
        &[("rescued", "count", vec![("61", "a b"), ("64", "c")])],
    );
    // 27 on Friday (a "At least 27 migrants died", b "Twenty-seven people
    // drowned", c "At least 27 people are dead"), 31 on Saturday (d).
    let f = find(&r, Verdict::Updated, "dead", "count");
    assert!(
        f.message.ends_with("27 (2025-11-14) → 31 (2025-11-15)"),
        "{}",
        f.message
    );
    // "15 others were missing" (a), "at least 15 remain missing" (b),
    // "At least 15 people are still missing" (c).
    let f = find(&r, Verdict::Agreement, "missing", "count");
    assert_eq!(letters(&r, &f.groups[0].sources), set("a b c"));
    assert_agreement(&r, "passengers", "count", "about 100", "a b c");
    assert_agreement(&r, "shipwreck", "date", "2025-11-14", "a b c");
    for c in &r.claims {
        let v = c.value.to_string();
        // The year's tally is the year's, never the shipwreck's toll.
        if v.ends_with("2100") {
            assert_eq!(c.subject_key, "count@year-2025:dead", "{c:?}");
        }
        // 2023's 41 drowned, the spokesman's 22 years of service, nine
        // children among the rescued, four more bodies, the related
        // story's 3 dead.
        assert!(!["41", "22", "9", "4", "3"].contains(&v.as_str()), "{c:?}");
        // "The wooden boat had left the Libyan port" is nobody's visit.
        assert!(!c.subject_key.starts_with("visit"), "{c:?}");
    }
}

#[test]
fn sentencing_term_and_victims_conflict_only() {
    let r = run("verdict-pell-en");
    assert_conflicts(
        &r,
        &[
            // "A former care home manager … has been jailed for 12 years.
            // Gareth Pell, 52, …" (a): the lead's person is named next.
            ("Gareth Pell", "sentence", vec![("12", "a b"), ("14", "c")]),
            // "defrauding 46 residents" (b), "defrauding 64 elderly
            // residents" (c).
            ("victims", "count", vec![("46", "b"), ("64", "c")]),
        ],
    );
    // "Gareth Pell, 52," (a), "Gareth Pell, the 52-year-old former manager
    // of Larchwood care home in Hallbridge," (b), "Gareth Pell, aged 52," (c).
    assert_agreement(&r, "Gareth Pell", "age", "52", "a b c");
    assert_agreement(&r, "verdict of Gareth Pell", "date", "2025-11-21", "a b");
    assert_agreement(&r, "compensation (GBP)", "amount", "180000", "a b c");
    let f = find(&r, Verdict::Agreement, "stolen (GBP)", "amount");
    assert_eq!(letters(&r, &f.groups[0].sources), set("a b"));
    for c in &r.claims {
        let v = c.value.to_string();
        // What the prosecutors sought (14, a), the maximum of 10 years,
        // the nine years he ran the home, five years of theft, the related
        // story's 6 years: no sentence of Pell's but the designed ones.
        if c.attribute == "sentence" {
            assert_eq!(c.subject, "Gareth Pell", "{c:?}");
            assert!(v == "12" || v == "14", "{c:?}");
            assert!(!(v == "14" && letter(&r, c.source) == "a"), "{c:?}");
        }
        assert!(!["10", "9", "5", "6"].contains(&v.as_str()), "{c:?}");
        // The judge and the victim's daughter are never the convicted.
        if c.subject_key.starts_with("person:") && c.attribute == "age" {
            assert!(
                v == "52" || (c.subject == "Anne Stowe" && v == "58"),
                "{c:?}"
            );
        }
    }
}
