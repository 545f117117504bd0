//! A subject is shown alike in every language. Findings are grouped and
//! identified by the subject shown, and names under one key that are not
//! part of one another are told apart as namesakes; so a subject that a
//! French and an English article key alike but show differently ("deuil
//! national" and "national mourning") would never be compared. Checked on
//! every fixture story and every bundled real cluster.

use std::collections::{BTreeMap, BTreeSet};

use factdiff::pipeline;
use factdiff::rules::RuleSet;

fn words(s: &str) -> BTreeSet<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn every_language_shows_a_keyed_subject_the_same_way() {
    let (rules, errors) = RuleSet::embedded();
    assert!(errors.is_empty(), "{errors:?}");
    let root = env!("CARGO_MANIFEST_DIR");
    let mut folders = Vec::new();
    for dir in ["tests/fixtures", "tests/data/clusters"] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path.to_string_lossy().into_owned());
            }
        }
    }
    folders.sort();
    // One run over everything: keys of one language meet the other's.
    let r = pipeline::check(&folders, &rules, vec![]);
    let mut shown: BTreeMap<&str, BTreeMap<&str, BTreeSet<&str>>> = BTreeMap::new();
    for c in &r.claims {
        // Persons are keyed by surname and shown by their names, which
        // vary with the article, not the language.
        if c.subject_key.starts_with("person:") {
            continue;
        }
        let Some(lang) = r.sources[c.source].article.language.as_deref() else {
            continue;
        };
        shown
            .entry(&c.subject_key)
            .or_default()
            .entry(lang)
            .or_default()
            .insert(&c.subject);
    }
    let languages: BTreeSet<&str> = shown.values().flat_map(|l| l.keys().copied()).collect();
    assert!(languages.len() >= 2, "{languages:?}");
    let mut split = Vec::new();
    for (key, by_lang) in &shown {
        for (la, sa) in by_lang {
            for (lb, sb) in by_lang {
                if la >= lb {
                    continue;
                }
                for a in sa {
                    for b in sb {
                        let (wa, wb) = (words(a), words(b));
                        if !wa.is_subset(&wb) && !wb.is_subset(&wa) {
                            split.push(format!("{key}: {la} {a:?} vs {lb} {b:?}"));
                        }
                    }
                }
            }
        }
    }
    assert!(split.is_empty(), "{split:#?}");
}
