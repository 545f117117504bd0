//! A source's own inconsistencies: a date that does not exist is reported
//! as invalid (never turned into another date), and a weekday that
//! contradicts its date is a finding of its own.

mod scratch;

use std::process::Command;

#[test]
fn impossible_dates_and_wrong_weekdays_are_warnings_with_their_place() {
    let dir = scratch::temp_dir("inc");
    std::fs::write(
        dir.join("a.txt"),
        "La délégation est arrivée à Dakar le lundi 22 juin 2025 pour une visite officielle.\n\
         La conférence prévue le 31 juin a été reportée, selon les organisateurs du sommet.\n\
         Le 30 février 2023, rien ne s'est passé, assure le ministère.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "La conférence prévue le 31 juin a été reportée, ont annoncé les organisateurs du sommet régional.\n",
    )
    .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(["check", dir.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    // Warnings do not fail the run by default…
    assert_eq!(o.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let findings = doc["findings"].as_array().unwrap();
    let of = |name: &str| -> Vec<&serde_json::Value> {
        findings.iter().filter(|f| f["name"] == name).collect()
    };
    let invalid = of("invalid-date");
    assert_eq!(invalid.len(), 3, "{invalid:#?}");
    let ids: std::collections::BTreeSet<&str> =
        invalid.iter().map(|f| f["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 3, "each article's invalid date has its own id");
    let feb = invalid
        .iter()
        .find(|f| f["message"].as_str().unwrap().contains("30 février 2023"))
        .unwrap();
    let claim = &feb["groups"][0]["claims"][0];
    assert_eq!(
        (claim["line"].as_u64(), claim["column"].as_u64()),
        (Some(3), Some(4))
    );
    assert_eq!(feb["severity"], "warning");
    let weekday = of("weekday-mismatch");
    assert_eq!(weekday.len(), 1);
    assert!(weekday[0]["message"].as_str().unwrap().contains("Sunday"));
    assert_eq!(doc["summary"]["inconsistencies"], 4);
    // …but do with --fail-on warning.
    let o = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(["check", dir.to_str().unwrap(), "--fail-on", "warning"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
}
