//! Real clippings: factdiff measured on news clusters nobody in this project
//! wrote (`tests/data/clusters/`, see its README and PROVENANCE), scored the
//! way `../shared/scripts/score-clusters.py` scores a build.
//!
//! Run `cargo test --release --test real_clusters -- --nocapture` to see
//! the per-cluster table. The test fails when a language's typed recall,
//! precision or agreement rate falls below its floor; floors sit just under
//! the measured figures and are raised as the rules improve, never lowered.
//!
//! The scoring, as in the shared script: a gold conflict is found when one
//! `conflict` finding splits the files that both name the same way the gold
//! does (files with one gold value in one group, files with another value
//! in another; a file in several groups may go either way) and each file's
//! group value shares a number or a word with its gold value. Precision
//! counts the conflict findings that match some gold conflict; a gold
//! agreement is held when an `agreement` finding has a group with at least
//! two of its files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use factdiff::pipeline;
use factdiff::report::json;
use factdiff::rules::RuleSet;
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

/// Floors per language: (typed recall, precision, agreements), in percent.
/// A cluster counts for a language when one of its articles is in it.
/// English typed recall went from 5/28 to 4/28 when a source giving two
/// figures of the dead stopped marking a moment: the wildfire toll
/// conflict (28 vs at least 29) had been found only through the Eaton
/// fire's 17 dead, shared by sources that also gave the combined toll;
/// the same change removed three false alarms (precision 5/12 -> 4/5).
/// Issue 9 raised English typed recall to 11/28 (past events keyed by
/// year, ages in apposition, aftershock magnitude, storeys, named fires);
/// English precision sits at 11/14: of the three findings the scorer calls
/// false, the Eaton acreage conflict (14,021 vs 14,201 acres) is the gold
/// conflict itself, unseen because the scorer reads "14,021" as 14.021.
/// Issue 9 (second pass) raised English to 14/28 typed, 14/16 precision,
/// 59/70 agreements (two lower bounds agree, figures of named fires by
/// the name after them or in the sentence before, injured given with one
/// toll are one update, parts of the dead); both false alarms left are
/// gold conflicts with a thousands comma (Eaton acreage; 16,255 vs over
/// 16,300 structures).
/// Dead by nationality, a place's population, aircraft models, take-off
/// times, regnal names and another country's figures (en 19/28 typed,
/// 20/23 precision, 60/70 agreements; fr 20/23, 20/21, 35/44). Round millions are written
/// "1.5 million", as the gold writes them (Mandalay's population). The
/// three false alarms left are gold conflicts the scorer cannot match:
/// the Egypt toll (660 vs 658 vs 672, which the gold splits by wording,
/// "over 660" / "more than 660") and the two figures with a thousands
/// comma (Eaton acreage; structures).
/// Then the length of a decreed mourning, "préfet" as an office, an exact
/// toll agreeing with the same figure as a lower bound, and those who
/// take part ("1.8 million pilgrims took part", "attended by 1.8 million
/// people"): fr agreements 37/44, en 62/70.
/// A declared end read past a long reported clause ("On February 1, 2025,
/// state officials announced that the Eaton and Palisades fires in
/// Southern California have been fully contained") found the gold
/// conflict on the day of full containment (en typed 20/28 -> 21/28), and
/// with it a true conflict the scorer cannot match: the end's weekday,
/// Friday in two sources against the Saturday that 1 February 2025 was
/// (precision 21/24 -> 22/26). The English precision floor was lowered
/// from 87 to 84 for it, the one time a floor went down.
/// An approximate figure allows ±5 % instead of ±10 % (a vague number
/// word, "une quinzaine", ±15 %): "about 700" against "750" children at
/// the camp and "environ un tiers" against "près de 40 %" of Mayotte in
/// precarious housing are the gold conflicts they are (en typed 21/28 ->
/// 22/28, precision 22/26 -> 23/27; fr typed 20/23 -> 21/23, precision
/// 21/22 -> 22/23).
/// A weekday no source wrote, implied by a date, shows the day behind it
/// ("Saturday (2025-02-01)"): the scorer now matches the end's weekday
/// conflict above to the gold day of full containment (en precision 23/27
/// -> 24/27).
/// Festivals and pilgrimages are events (`event.gathering`); a generic
/// verb after "It" takes the event of the sentence before ("Hajj is a
/// pilgrimage of Muslims to Mecca. In Saudi Arabia, it began on June 14
/// and lasted until June 19"); an undated source's day of an event takes
/// its story's year, and so a weekday. The Hajj's last day, Tuesday in one
/// source and 19 June 2024 (a Wednesday) in another, is found (en typed
/// 22/28 -> 23/28). The same year makes the LA fires' "January 31" a
/// Friday, which joins the Friday of two other sources in the end-weekday
/// conflict: true, but the gold writes that source's value as a date and
/// theirs as "Friday (…)", so the scorer cannot match it any more (en
/// precision 24/27 -> 24/28).
const FLOORS: &[(&str, f64, f64, f64)] = &[("fr", 91.0, 95.0, 88.0), ("en", 80.0, 85.0, 94.0)];

#[derive(Default, Clone, Copy)]
struct Score {
    typed: (usize, usize),
    recall: (usize, usize),
    precision: (usize, usize),
    agreements: (usize, usize),
}

impl Score {
    fn add(&mut self, o: Score) {
        for (a, b) in [
            (&mut self.typed, o.typed),
            (&mut self.recall, o.recall),
            (&mut self.precision, o.precision),
            (&mut self.agreements, o.agreements),
        ] {
            a.0 += b.0;
            a.1 += b.1;
        }
    }
}

fn pct((a, b): (usize, usize)) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// Loose tokens of a value: accents folded, digit groups joined, decimal
/// commas as dots; a number also stands for its integer part.
fn tokens(v: &str) -> BTreeSet<String> {
    let folded: String = v
        .to_lowercase()
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    let chars: Vec<char> = folded.chars().collect();
    let mut s = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let prev_digit = i > 0 && chars[i - 1].is_ascii_digit();
        let next = |k: usize| chars.get(i + k).copied();
        let three_digits = (1..=3).all(|k| next(k).is_some_and(|d| d.is_ascii_digit()))
            && next(4).is_none_or(|d| !(d.is_alphanumeric() || d == '_'));
        if prev_digit && matches!(c, ' ' | '\t' | '\n' | '\u{a0}' | '\u{202f}') && three_digits {
            continue;
        }
        if prev_digit && c == ',' && next(1).is_some_and(|d| d.is_ascii_digit()) {
            s.push('.');
            continue;
        }
        s.push(c);
    }
    let re = regex::Regex::new(r"\d+(?:\.\d+)?|[a-z]{3,}").expect("valid");
    let mut out: BTreeSet<String> = re.find_iter(&s).map(|m| m.as_str().to_string()).collect();
    let ints: Vec<String> = out
        .iter()
        .filter(|t| t.chars().all(|c| c.is_ascii_digit()))
        .map(|t| {
            let t = t.trim_start_matches('0');
            if t.is_empty() { "0".into() } else { t.into() }
        })
        .collect();
    out.extend(ints);
    out
}

fn base(p: &str) -> String {
    Path::new(p)
        .file_name()
        .map_or_else(|| p.to_string(), |f| f.to_string_lossy().into_owned())
}

/// file -> group indices, and file -> tokens of its groups' values.
type Partition = BTreeMap<String, BTreeSet<usize>>;
type Tokens = BTreeMap<String, BTreeSet<String>>;

fn partition(f: &Value) -> (Partition, Tokens) {
    let mut part = Partition::new();
    let mut vals = Tokens::new();
    for (i, g) in f["groups"].as_array().into_iter().flatten().enumerate() {
        let value = match &g["value"] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        for s in g["sources"].as_array().into_iter().flatten() {
            let b = base(s.as_str().unwrap_or_default());
            part.entry(b.clone()).or_default().insert(i);
            vals.entry(b).or_default().extend(tokens(&value));
        }
    }
    (part, vals)
}

fn matches(gold: &BTreeMap<String, String>, (part, vals): &(Partition, Tokens)) -> bool {
    let shared: Vec<&String> = gold.keys().filter(|x| part.contains_key(*x)).collect();
    if shared.len() < 2 {
        return false;
    }
    for x in &shared {
        let empty = BTreeSet::new();
        if tokens(&gold[*x]).is_disjoint(vals.get(*x).unwrap_or(&empty)) {
            return false;
        }
    }
    let mut split = false;
    for (i, a) in shared.iter().enumerate() {
        for b in &shared[i + 1..] {
            let gold_same = gold[*a] == gold[*b];
            let (fa, fb) = (&part[*a], &part[*b]);
            if fa.len() == 1 && fb.len() == 1 {
                if gold_same != (fa == fb) {
                    return false;
                }
                split |= !gold_same;
            } else if !gold_same && fa != fb {
                split = true;
            }
        }
    }
    split
}

fn string_map(v: &Value) -> BTreeMap<String, String> {
    v.as_object()
        .into_iter()
        .flatten()
        .map(|(k, v)| {
            let s = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (k.clone(), s)
        })
        .collect()
}

fn score(gold: &Value, out: &Value, misses: &mut Vec<String>) -> Score {
    let findings: Vec<&Value> = out["findings"].as_array().into_iter().flatten().collect();
    let conflicts: Vec<(Partition, Tokens)> = findings
        .iter()
        .filter(|f| f["verdict"] == "conflict")
        .map(|f| partition(f))
        .collect();
    let gold_conflicts: Vec<(&Value, BTreeMap<String, String>)> = gold["conflicts"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|g| (g, string_map(&g["values"])))
        .collect();
    let mut s = Score::default();
    for (g, values) in &gold_conflicts {
        let hit = conflicts.iter().any(|c| matches(values, c));
        let typed = g["scope"].as_str().unwrap_or("typed") == "typed";
        s.recall.1 += 1;
        s.recall.0 += usize::from(hit);
        if typed {
            s.typed.1 += 1;
            s.typed.0 += usize::from(hit);
        }
        if !hit {
            misses.push(format!("missed {}", g["attribute"]));
        }
    }
    s.precision.1 = conflicts.len();
    s.precision.0 = conflicts
        .iter()
        .filter(|c| gold_conflicts.iter().any(|(_, v)| matches(v, c)))
        .count();
    for a in gold["agreements"].as_array().into_iter().flatten() {
        let files: BTreeSet<String> = a["files"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f.as_str().map(str::to_string))
            .collect();
        let held = findings
            .iter()
            .filter(|f| f["verdict"] == "agreement")
            .flat_map(|f| f["groups"].as_array().into_iter().flatten())
            .any(|g| {
                let srcs: BTreeSet<String> = g["sources"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|s| s.as_str().map(base))
                    .collect();
                files.intersection(&srcs).count() >= 2
            });
        s.agreements.1 += 1;
        s.agreements.0 += usize::from(held);
    }
    s
}

fn read_json(p: &Path) -> Value {
    let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn real_clusters_stay_above_their_floors() {
    let (rules, errors) = RuleSet::embedded();
    assert!(errors.is_empty(), "{errors:?}");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/clusters");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("tests/data/clusters")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("gold.json").is_file())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no cluster under {}", root.display());
    let mut totals: BTreeMap<&str, Score> = BTreeMap::new();
    let mut table = String::from(
        "| cluster | typed recall | recall | precision | agreements |\n| --- | ---: | ---: | ---: | ---: |\n",
    );
    let mut notes = Vec::new();
    for dir in &dirs {
        let sources = read_json(&dir.join("sources.json"));
        let langs: BTreeSet<String> = sources
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s["language"].as_str().map(str::to_string))
            .collect();
        let mut files: Vec<String> = sources
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s["file"].as_str())
            .map(|f| dir.join(f).to_string_lossy().into_owned())
            .collect();
        files.sort();
        let report = pipeline::check(&files, &rules, vec![]);
        let out: Value = serde_json::from_str(&json::render(&report)).expect("JSON report");
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut misses = Vec::new();
        let s = score(&read_json(&dir.join("gold.json")), &out, &mut misses);
        let f = |(a, b): (usize, usize)| format!("{a}/{b}");
        table.push_str(&format!(
            "| {name} | {} | {} | {} | {} |\n",
            f(s.typed),
            f(s.recall),
            f(s.precision),
            f(s.agreements)
        ));
        notes.extend(misses.into_iter().map(|m| format!("{name}: {m}")));
        for (lang, ..) in FLOORS {
            if langs.contains(*lang) {
                totals.entry(lang).or_default().add(s);
            }
        }
    }
    let mut below = Vec::new();
    for (lang, typed, precision, agreements) in FLOORS {
        let t = totals.get(lang).copied().unwrap_or_default();
        table.push_str(&format!(
            "| **all {lang}** | {:.0}% ({}/{}) | {}/{} | {:.0}% ({}/{}) | {:.0}% ({}/{}) |\n",
            pct(t.typed),
            t.typed.0,
            t.typed.1,
            t.recall.0,
            t.recall.1,
            pct(t.precision),
            t.precision.0,
            t.precision.1,
            pct(t.agreements),
            t.agreements.0,
            t.agreements.1
        ));
        for (what, got, floor) in [
            ("typed recall", pct(t.typed), typed),
            ("precision", pct(t.precision), precision),
            ("agreements", pct(t.agreements), agreements),
        ] {
            if got + 1e-9 < *floor {
                below.push(format!("{lang} {what}: {got:.1}% < floor {floor:.0}%"));
            }
        }
    }
    println!("{table}");
    if std::env::var_os("CLUSTER_MISSES").is_some() {
        for n in &notes {
            println!("{n}");
        }
    }
    assert!(below.is_empty(), "below the floor:\n{}", below.join("\n"));
}

#[test]
fn tokens_fold_like_the_shared_scorer() {
    let t = tokens("Près de 1 204 blessés, 6,8 et 2025-06-22");
    for want in ["pres", "1204", "blesses", "6.8", "2025", "06", "6", "22"] {
        assert!(t.contains(want), "{want} in {t:?}");
    }
    assert!(!t.contains("de"), "two-letter words are no tokens");
}

/// The nine clusters given to one run (as a folder of several stories
/// would be): each cluster is one story of its own, whole, and no finding
/// compares two clusters. Joined on any one shared name, they were one
/// story ("United States", "Friday", "County", "ministère de l'Intérieur")
/// and 13 conflicts set figures of different stories against each other.
#[test]
fn several_stories_in_one_run_are_told_apart() {
    let (rules, errors) = RuleSet::embedded();
    assert!(errors.is_empty(), "{errors:?}");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/clusters");
    let mut dirs: Vec<String> = std::fs::read_dir(&root)
        .expect("tests/data/clusters")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("gold.json").is_file())
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    dirs.sort();
    assert_eq!(dirs.len(), 9);
    let report = pipeline::check(&dirs, &rules, vec![]);
    let out: Value = serde_json::from_str(&json::render(&report)).expect("JSON report");
    let cluster_of = |path: &str| -> String {
        let p = Path::new(path);
        p.parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned()
    };
    let stories: Vec<BTreeSet<String>> = out["stories"]
        .as_array()
        .expect("stories")
        .iter()
        .map(|s| {
            s.as_array()
                .unwrap()
                .iter()
                .map(|p| cluster_of(p.as_str().unwrap()))
                .collect()
        })
        .collect();
    assert_eq!(stories.len(), 9, "{stories:?}");
    for s in &stories {
        assert_eq!(s.len(), 1, "a story mixes clusters: {s:?}");
    }
    let clusters: BTreeSet<&String> = stories.iter().flatten().collect();
    assert_eq!(clusters.len(), 9, "a cluster is split: {stories:?}");
    for f in out["findings"].as_array().unwrap() {
        let mut seen = BTreeSet::new();
        for g in f["groups"].as_array().unwrap() {
            for p in g["sources"].as_array().unwrap() {
                seen.insert(cluster_of(p.as_str().unwrap()));
            }
        }
        assert!(seen.len() <= 1, "{} compares clusters {seen:?}", f["id"]);
    }
}
