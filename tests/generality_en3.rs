//! Generality in English, third round: phrasing families the English rules
//! did not read before — people present at a place when something
//! happened, people counted by who they are (`count.who`: firefighters,
//! passengers, police), the ages of a group. Each folder's README says
//! what is true, what factdiff must report and which figures are traps.

mod common;

use common::*;
use factdiff::compare::Verdict;

#[test]
fn landslide_people_present_and_youngest_age_conflict_only() {
    let r = run("landslide-harrowdene-en");
    assert_conflicts(
        &r,
        &[
            // "About 640 pupils were at the centre" (a), "was hosting about
            // 640 children" (b), "There were about 480 children at
            // Harrowdene" (c); "Environ 640 élèves se trouvaient au
            // centre" (d).
            (
                "people present",
                "count",
                vec![("about 640", "a b d"), ("about 480", "c")],
            ),
            // "aged 11 to 14" (a), "between the ages of 11 and 14" (b),
            // "âgés de 11 à 14 ans" (d) vs "as young as 10" (c).
            (
                "the group",
                "youngest age",
                vec![("11", "a b d"), ("10", "c")],
            ),
        ],
    );
    assert_agreement(&r, "the group", "oldest age", "14", "a b d");
    assert_agreement(&r, "dead", "count", "4", "a b c");
    assert_agreement(&r, "missing", "count", "9", "a b c");
    // "Two firefighters died" (a), "were killed" (b), "also lost their
    // lives" (c), "Deux pompiers sont morts" (d).
    assert_agreement(&r, "dead (firefighters)", "count", "2", "a b c d");
    for c in &r.claims {
        let v = c.value.to_string();
        // The firefighters killed are no count of firefighters; the
        // searchers (about 300) are.
        if c.subject_key == "count:firefighters" {
            assert_eq!(v, "about 300", "{c:?}");
        }
        // The people present are never a toll.
        if v.ends_with("640") || v.ends_with("480") {
            assert_eq!(c.subject_key, "count:people present", "{c:?}");
        }
        // "which has 14 dormitories" counts no people.
        if c.subject_key.contains("present") {
            assert_ne!(v, "14", "{c:?}");
        }
    }
}

#[test]
fn election_seats_are_their_winners() {
    let r = run("election-vardia-seats-en");
    assert_conflicts(
        &r,
        &[(
            "Social Democrats",
            "seats",
            vec![("54", "a b"), ("45", "c")],
        )],
    );
    // "won 112 of the 200 seats" (a), "secured 112 seats" (b), "took 112
    // seats in the 200-member chamber" (c).
    assert_agreement(&r, "Liberty Party", "seats", "112", "a b c");
    assert_agreement(&r, "Greens", "seats", "21", "a c");
    for c in &r.claims {
        let v = c.value.to_string();
        // The chamber's 200 is never a party's; the 2021 result, the
        // majority of 12, the 101 needed and the 12 lost are nobody's.
        if v == "200" {
            assert_eq!(c.subject_key, "seats:chamber", "{c:?}");
        }
        assert!(!["98", "12", "101"].contains(&v.as_str()), "{c:?}");
        assert_ne!(c.subject_key, "count:seats", "{c:?}");
    }
}

#[test]
fn ferry_people_on_board_conflict_and_police_injured_across_languages() {
    let r = run("ferry-aldermoor-mixed");
    // "carrying 189 passengers and crew" (a), "with 189 people on board"
    // (b), "qui transportait 189 personnes" (d) vs "had 198 people aboard"
    // (c).
    assert_conflicts(
        &r,
        &[(
            "people on board",
            "count",
            vec![("189", "a b d"), ("198", "c")],
        )],
    );
    assert_agreement(&r, "missing", "count", "23", "a b");
    assert_agreement(&r, "injured (police)", "count", "2", "a b d");
    let f = find(&r, Verdict::Agreement, "dead", "count");
    assert_eq!(letters(&r, &f.groups[0].sources), set("a b c d"));
    for c in &r.claims {
        let v = c.value.to_string();
        // The rescued passengers are no count of passengers; the police
        // officers are never the story's injured.
        if v == "152" {
            assert_eq!(c.subject_key, "count@part-passengers:rescued", "{c:?}");
        }
        assert!(
            !(c.subject_key == "count:passengers" && v == "152"),
            "{c:?}"
        );
        assert_ne!(c.subject_key, "count:injured", "{c:?}");
        assert_ne!(c.subject_key, "count:police", "{c:?}");
    }
}
