//! Generality, company news: job cuts and closures keyed by the place of
//! their clause, a company's results keyed by their period, the price of a
//! takeover and fines (`src/claims/business.rs`), in French, English and
//! both. Each folder's README says what is true, what factdiff must report
//! and which figures are traps.

mod common;

use common::*;

/// The values claimed under the business keys, as (key, value, source).
fn business(r: &factdiff::compare::Report) -> Vec<(String, String, String)> {
    let mut v: Vec<(String, String, String)> = r
        .claims
        .iter()
        .filter(|c| {
            ["money", "jobs", "closures"]
                .iter()
                .any(|p| c.subject_key.starts_with(p))
        })
        .map(|c| {
            (
                c.subject_key.clone(),
                c.value.to_string(),
                letter(r, c.source),
            )
        })
        .collect();
    v.sort();
    v
}

/// Whether no claim of a key starting with `key` has value `value`.
fn never(got: &[(String, String, String)], key: &str, value: &str) -> bool {
    !got.iter().any(|(k, v, _)| k.starts_with(key) && v == value)
}

#[test]
fn french_results_cuts_and_takeover_compare_by_period_and_place() {
    let r = run("plan-veltrane");
    assert_conflicts(
        &r,
        &[
            (
                "net profit (EUR, 2025)",
                "amount",
                vec![("410 million", "a d"), ("430 million", "b")],
            ),
            (
                "takeover (EUR)",
                "amount",
                vec![("2.1 billion", "a b"), ("2.3 billion", "c")],
            ),
        ],
    );
    assert_agreement(&r, "job cuts (FR)", "count", "1200", "a b c d");
    assert_agreement(&r, "revenue (EUR, 2025)", "amount", "3.2 billion", "a b d");
    assert_agreement(&r, "stores to close", "count", "45", "a d");
    let got = business(&r);
    // 2024's revenue given for comparison and the 2027 target claim
    // nothing; the 2021 deal and the 2023 cuts are keyed by their year;
    // the 150 jobs threatened at one site, the workforce and the site's
    // employees are no cuts.
    assert!(never(&got, "money", "2.9 billion"), "{got:?}");
    assert!(never(&got, "money", "4 billion"), "{got:?}");
    assert!(
        got.contains(&(
            "money@p-2021:takeover:EUR".into(),
            "600 million".into(),
            "b".into()
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&("jobs@year-2023:cut".into(), "300".into(), "c".into())),
        "{got:?}"
    );
    for v in ["150", "14000", "380"] {
        assert!(never(&got, "jobs", v), "{v} in {got:?}");
    }
}

#[test]
fn english_cuts_conflict_and_a_site_or_an_earlier_year_is_apart() {
    let r = run("layoffs-corvana-en");
    assert_conflicts(
        &r,
        &[("job cuts", "count", vec![("1500", "a b d"), ("1800", "c")])],
    );
    assert_agreement(
        &r,
        "revenue (dollar, 2025)",
        "amount",
        "8.4 billion",
        "a b d",
    );
    assert_agreement(
        &r,
        "net profit (dollar, 2025)",
        "amount",
        "612 million",
        "a b d",
    );
    assert_agreement(&r, "takeover (dollar)", "amount", "1.2 billion", "a b d");
    let got = business(&r);
    // 2024's revenue ("up from"), the 2026 forecast, and the site's
    // workforce claim nothing; the Tacoma lay-offs and the 2019 deal have
    // keys of their own.
    assert!(never(&got, "money", "7.7 billion"), "{got:?}");
    assert!(never(&got, "money", "9 billion"), "{got:?}");
    assert!(never(&got, "jobs", "2300"), "{got:?}");
    assert!(
        got.contains(&("jobs@in-tacoma:cut".into(), "420".into(), "c".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "money@p-2019:takeover:dollar".into(),
            "300 million".into(),
            "a".into()
        )),
        "{got:?}"
    );
}

#[test]
fn a_fine_compares_across_languages_and_another_years_fine_is_apart() {
    let r = run("amende-orsena-mixed");
    assert_conflicts(
        &r,
        &[(
            "revenue (EUR, 2025)",
            "amount",
            vec![("14.2 billion", "a c"), ("14.6 billion", "b")],
        )],
    );
    assert_agreement(&r, "fine (EUR)", "amount", "1.8 billion", "a b c d");
    assert_agreement(&r, "fine (EUR, 2019)", "amount", "1.1 billion", "a b");
    let got = business(&r);
    // The projected penalty claims nothing; the fine restated in dollars
    // is keyed by its currency.
    assert!(never(&got, "money", "1.46 billion"), "{got:?}");
    assert!(
        got.contains(&("money:fine:dollar".into(), "2.1 billion".into(), "b".into())),
        "{got:?}"
    );
}
