//! Generality, economic and social indicators and verdict verbs: rates
//! linked to their indicator by a verb or a link word, each figure keyed
//! by its own period, area and scope (`src/claims/indicators.rs`); verdict
//! verbs other than "condamné" that date the verdict, and the prosecutor's
//! request that is never a conflict with the sentence. Each folder's README
//! says what is true, what factdiff must report and which figures are
//! traps.

mod common;

use common::*;

/// The values claimed under an indicator's keys, as (key, value).
fn rates(r: &factdiff::compare::Report) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = r
        .claims
        .iter()
        .filter(|c| c.subject_key.starts_with("rate"))
        .map(|c| (c.subject_key.clone(), c.value.to_string()))
        .collect();
    v.sort();
    v
}

#[test]
fn french_monthly_figures_compare_by_period_area_and_scope() {
    let r = run("conjoncture-fevrier");
    assert_conflicts(
        &r,
        &[(
            "inflation (2026-02)",
            "percent",
            vec![("2.3", "a"), ("2.4", "b")],
        )],
    );
    assert_agreement(&r, "unemployment rate (2025-Q4)", "percent", "7.4", "a b");
    assert_agreement(&r, "GDP growth (2025-Q4)", "percent", "0.2", "a b");
    assert_agreement(
        &r,
        "inflation (euro area, 2026-02)",
        "percent",
        "2.5",
        "a b",
    );
    let got = rates(&r);
    for (k, v) in &got {
        // January's and the previous quarter's figures, the monthly rise
        // and the forecasts claim nothing.
        assert!(
            !["2.1", "7.3", "0.4", "1.8", "0.9"].contains(&v.as_str()),
            "{k} {v} in {got:?}"
        );
        // Youth unemployment and Germany's inflation have keys of their own.
        // (keyed by 2025 too: its paragraph names only that year).
        if v == "18.9" {
            assert_eq!(k, "rate@youth@p-2025:unemployment rate");
        }
        if v == "2.8" {
            assert_eq!(k, "rate@in-de@p-2026-02:inflation");
        }
    }
}

#[test]
fn english_figures_of_one_month_conflict_and_comparisons_claim_nothing() {
    let r = run("inflation-britain-en");
    assert_conflicts(
        &r,
        &[
            (
                "inflation (2026-02)",
                "percent",
                vec![("3.1", "a b"), ("3.2", "c")],
            ),
            (
                "unemployment rate",
                "percent",
                vec![("4.4", "b"), ("4.5", "c")],
            ),
        ],
    );
    // "contracted by 0.1%", "shrank 0.1%": a fall is a negative growth.
    assert_agreement(&r, "GDP growth (2026-01)", "percent", "-0.1", "b c");
    // "last month" in an article of March is February.
    assert_agreement(&r, "policy rate (2026-02)", "percent", "4.5", "a b");
    let got = rates(&r);
    for (k, v) in &got {
        // January's 3.0%, the 3.0% expected, the 4.25% cut expected,
        // wage growth and mortgage rates claim nothing.
        assert!(
            !["3", "4.25", "5.9", "5"].contains(&v.as_str()),
            "{k} {v} in {got:?}"
        );
        if v == "3.5" {
            assert_eq!(k, "rate@core:inflation");
        }
        if v == "2.4" {
            assert_eq!(k, "rate@in-euro-area@p-2026-02:inflation");
        }
    }
}

#[test]
fn a_central_bank_keys_its_rate_by_its_area_in_both_languages() {
    let r = run("bce-taux-mixed");
    assert_conflicts(
        &r,
        &[(
            "policy rate (euro area)",
            "percent",
            vec![("2.25", "a b"), ("2.5", "c")],
        )],
    );
    assert_agreement(
        &r,
        "inflation (euro area, 2026-03)",
        "percent",
        "2.2",
        "a b c",
    );
    // Targets and forecasts claim nothing.
    let got = rates(&r);
    assert!(!got.iter().any(|(_, v)| v == "2" || v == "1.9"), "{got:?}");
}

#[test]
fn verdict_verbs_date_the_verdict_and_the_request_is_apart() {
    let r = run("verdict-kervella-mixed");
    assert_conflicts(
        &r,
        &[(
            "verdict of Marc Kervella",
            "date",
            vec![("2026-05-21", "a b"), ("2026-05-20", "c")],
        )],
    );
    assert_agreement(&r, "Marc Kervella", "sentence", "18", "a b c");
    assert_agreement(&r, "Marc Kervella", "requested-sentence", "20", "a b c");
    // The 2019 sentence of two years is another year's.
    assert!(
        !r.claims
            .iter()
            .any(|c| c.attribute.contains("sentence") && c.value.to_string() == "2"),
        "{}",
        describe(&r)
    );
}
