//! Generality for two phrasing families no claim read before: the
//! temperatures and the rain or snow of weather stories (keyed by the place
//! and the day, minima apart from maxima, Fahrenheit in Celsius) and the
//! scores of matches (keyed by the opponent, half-time apart), in French,
//! in English and mixed. Each folder's README says what is true, what
//! factdiff must report and which figures are traps.

mod common;

use common::*;
use factdiff::compare::Verdict;

/// The claims of a fixture whose subject key starts with `prefix`, as
/// (source letter, key, attribute, value).
fn claims_of(r: &factdiff::compare::Report, prefix: &str) -> Vec<(String, String, String, String)> {
    r.claims
        .iter()
        .filter(|c| c.subject_key.starts_with(prefix))
        .map(|c| {
            (
                letter(r, c.source),
                c.subject_key.clone(),
                c.attribute.clone(),
                c.value.to_string(),
            )
        })
        .collect()
}

#[test]
fn heat_wave_in_french_keys_temperatures_by_town_and_day() {
    let r = run("canicule-carvales");
    assert_conflicts(
        &r,
        &[
            (
                "temperature in Carvalès on 2025-07-12 (°C)",
                "high",
                vec![("41.2", "a c"), ("40.8", "b")],
            ),
            (
                "rain in Orbessan on 2025-07-13 over 24 heure (mm)",
                "value",
                vec![("62", "a b"), ("75", "c")],
            ),
        ],
    );
    assert_agreement(
        &r,
        "temperature in Orbessan on 2025-07-12 (°C)",
        "high",
        "39.6",
        "a b",
    );
    assert_agreement(
        &r,
        "temperature in Lunelle on 2025-07-12 (°C)",
        "low",
        "26",
        "a b",
    );
    // The forecast 43 °C, the 2019 record of 40.1 °C, the gap of 10 °C to
    // the normal and the range 35-38 °C claim nothing.
    for (l, key, _, v) in claims_of(&r, "temperature") {
        assert!(
            !["43", "40.1", "10", "35"].contains(&v.as_str()) && (v != "38" || l == "b"),
            "{l} {key} {v}"
        );
    }
    // Friday's 38 °C is another day's.
    assert_eq!(
        claims_of(&r, "temperature@2025-07-11"),
        vec![(
            "b".to_string(),
            "temperature@2025-07-11:carvales".to_string(),
            "high".to_string(),
            "38".to_string()
        )]
    );
}

#[test]
fn heat_wave_in_english_compares_fahrenheit_in_celsius() {
    let r = run("heatwave-dunmore-en");
    assert_conflicts(
        &r,
        &[
            // 118 °F (a) and 47.8 °C (b) agree with each other, not with
            // 116 °F (c).
            (
                "temperature in Dunmore on 2025-07-12 (°C)",
                "high",
                vec![("46.67", "c"), ("47.78", "a"), ("47.8", "b")],
            ),
            (
                "temperature in Ashgrove on 2025-07-12 (°C)",
                "high",
                vec![("42.78", "b"), ("44.44", "a")],
            ),
        ],
    );
    let dunmore = r
        .findings
        .iter()
        .find(|f| f.verdict == Verdict::Conflict && f.subject.contains("Dunmore"))
        .expect("the Dunmore conflict");
    let a = dunmore.groups.iter().find(|g| g.value == "47.78").unwrap();
    let b = dunmore.groups.iter().find(|g| g.value == "47.8").unwrap();
    assert!(
        a.compatible_with.as_deref() == Some("47.8")
            || b.compatible_with.as_deref() == Some("47.78"),
        "{}",
        describe(&r)
    );
    assert_agreement(
        &r,
        "temperature in Dunmore on 2025-07-12 (°C)",
        "low",
        "34.44",
        "a b",
    );
    assert_agreement(
        &r,
        "rain in Redmarsh on 2025-07-13 over 6 heure (mm)",
        "value",
        "76.2",
        "a c",
    );
    let temps = claims_of(&r, "temperature");
    // One claim per figure: the restatement "(118F)" is no second figure;
    // the forecast, the 2013 record, the heat index and the anomaly claim
    // nothing.
    assert_eq!(
        temps.iter().filter(|(l, _, _, _)| l == "b").count(),
        4,
        "{temps:?}"
    );
    for (_, _, _, v) in &temps {
        // 120 °F = 48.89, 117 °F = 47.22, 121 °F = 49.44, 10 °F.
        assert!(
            !["48.89", "47.22", "49.44"].contains(&v.as_str()),
            "{temps:?}"
        );
    }
}

#[test]
fn cold_snap_told_in_french_and_english_compares_across_languages() {
    let r = run("froid-brestenne-mixed");
    assert_conflicts(
        &r,
        &[(
            "temperature in Valdorne on 2025-01-14 (°C)",
            "low",
            vec![("-12", "a c"), ("-15", "b")],
        )],
    );
    // -18.4 °C (a), -1 °F (b), -18 °C (c, to the degree).
    let f = find(
        &r,
        Verdict::Agreement,
        "temperature in Brestenne on 2025-01-14 (°C)",
        "low",
    );
    assert_eq!(letters(&r, &f.groups[0].sources), set("a b c"));
    // 40 cm (a) and 16 inches (b) of snow.
    let f = find(
        &r,
        Verdict::Agreement,
        "snow in Brestenne over 2 jour (mm)",
        "value",
    );
    assert_eq!(letters(&r, &f.groups[0].sources), set("a b"));
    // The forecast -20 °C and the felt -25 °C claim nothing.
    for (l, key, _, v) in claims_of(&r, "temperature") {
        assert!(v != "-20" && v != "-25", "{l} {key} {v}");
    }
}

#[test]
fn french_match_reports_key_scores_by_opponent_and_half_time_apart() {
    let r = run("football-lorvanne");
    assert_conflicts(
        &r,
        &[(
            "score against Sarlande",
            "score",
            vec![("3-1", "a c"), ("2-1", "b")],
        )],
    );
    assert_agreement(
        &r,
        "half-time score against Sarlande",
        "score",
        "1-0",
        "a c",
    );
    // "match nul 1-1 contre Montval" (a), "match nul face à Montval (1-1)"
    // (c).
    assert_agreement(&r, "score against Montval", "score", "1-1", "a c");
    let scores = claims_of(&r, "score");
    // The first leg's 2-0 is no claim; the other match is keyed by its
    // own opponents.
    assert!(
        !scores
            .iter()
            .any(|(_, k, _, v)| v == "2-0" || k == "score:lorvanne"),
        "{scores:?}"
    );
    assert!(scores.contains(&(
        "a".into(),
        "score:montval".into(),
        "score".into(),
        "1-1".into()
    )));
    assert!(scores.contains(&(
        "b".into(),
        "score:brenac".into(),
        "score".into(),
        "1-1".into()
    )));
    // "2-1" and "3 à 1" are neither dates nor counts.
    for c in &r.claims {
        let v = c.value.to_string();
        if !c.subject_key.starts_with("score") {
            assert!(
                !c.subject_key.starts_with("date") && v != "1" && v != "3",
                "{c:?}"
            );
        }
    }
}

#[test]
fn english_match_reports_never_set_the_loser_side_against_the_winner() {
    let r = run("football-harwick-en");
    assert_conflicts(
        &r,
        &[
            (
                "score against Ellsworth",
                "score",
                vec![("2-0", "a c"), ("3-0", "b")],
            ),
            (
                "score against Marston",
                "score",
                vec![("1-1", "a"), ("2-2", "b")],
            ),
        ],
    );
    assert_agreement(
        &r,
        "half-time score against Ellsworth",
        "score",
        "1-0",
        "a c",
    );
    let scores = claims_of(&r, "score");
    // "Ellsworth lost 3-0 to Harwick": the other side, keyed by its
    // opponent and read low-high; last season's 4-1 is no claim.
    assert!(scores.contains(&(
        "b".into(),
        "score:harwick".into(),
        "score".into(),
        "0-3".into()
    )));
    assert!(!scores.iter().any(|(_, _, _, v)| v == "4-1"), "{scores:?}");
}

#[test]
fn a_match_told_in_french_and_english_compares_across_languages() {
    let r = run("match-brenac-mixed");
    assert_conflicts(
        &r,
        &[(
            "score against Lanmor",
            "score",
            vec![("3-2", "b"), ("4-2", "a")],
        )],
    );
    assert_agreement(&r, "score against Tarsis", "score", "2-1", "a b c");
    assert_agreement(&r, "half-time score against Brenac", "score", "1-0", "a b");
}
