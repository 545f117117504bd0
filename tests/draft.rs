//! Draft mode: each claim of a draft judged against its sources, counted by
//! independent source (wire-copy families), with the sources quoted.

use factdiff::compare::{Finding, Report, Verdict};
use factdiff::pipeline;
use factdiff::rules::RuleSet;

fn check(draft: &str) -> Report {
    let (rules, errors) = RuleSet::embedded();
    assert!(errors.is_empty());
    let root = env!("CARGO_MANIFEST_DIR");
    pipeline::check_draft(
        &format!("{root}/tests/fixtures/drafts/{draft}"),
        &[format!("{root}/seeds")],
        &rules,
        vec![],
        &mut |_, _| {},
    )
}

fn draft_findings(r: &Report) -> Vec<&Finding> {
    r.findings.iter().filter(|f| f.about_draft()).collect()
}

fn short(r: &Report, sources: &[usize]) -> Vec<String> {
    sources
        .iter()
        .map(|&s| r.path(s).rsplit('/').next().unwrap()[..3].to_string())
        .collect()
}

#[test]
fn changed_dates_are_contradicted_by_independent_sources() {
    let r = check("from-002-dates-changed.txt");
    assert_eq!(r.draft, Some(0));
    let f = draft_findings(&r)
        .into_iter()
        .find(|f| f.verdict == Verdict::Contradicted)
        .expect("the start date is contradicted");
    assert_eq!(f.attribute, "start");
    assert_eq!(f.groups[0].role, Some("draft"));
    assert_eq!(f.groups[0].value, "2025-06-23");
    let against = f
        .groups
        .iter()
        .find(|g| g.role == Some("contradicts"))
        .unwrap();
    assert_eq!(against.value, "2025-06-22");
    assert_eq!(short(&r, &against.sources), ["000", "001", "002", "003"]);
    // 001 and 003 share AFP copy: three independent sources, not four.
    assert_eq!(against.independent_sources, 3);
    assert!(
        f.message.contains("3 independent sources say otherwise"),
        "{}",
        f.message
    );
    // The sources are quoted.
    let c = &r.claims[against.claims[0]];
    assert!(r.quote(c).contains("dimanche 22 juin"), "{}", r.quote(c));
    // Only one contradiction: the end date is supported.
    assert_eq!(r.count(Verdict::Contradicted), 1);
    let end = draft_findings(&r)
        .into_iter()
        .find(|f| f.attribute == "end")
        .unwrap();
    assert_eq!(end.verdict, Verdict::Supported);
}

#[test]
fn source_disagreements_are_reported_separately_after_the_drafts() {
    let r = check("from-002-dates-changed.txt");
    let first_source_finding = r.findings.iter().position(|f| !f.about_draft()).unwrap();
    assert!(
        r.findings[..first_source_finding]
            .iter()
            .all(Finding::about_draft)
    );
    assert!(
        r.findings[first_source_finding..]
            .iter()
            .all(|f| !f.about_draft())
    );
    assert_eq!(
        r.count(Verdict::Conflict),
        2,
        "the seeds' own two conflicts"
    );
}

#[test]
fn a_fact_no_source_has_is_unsupported_and_wire_copy_counts_once() {
    let r = check("unsupported-and-copy.txt");
    let unsupported: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Unsupported)
        .collect();
    assert_eq!(unsupported.len(), 1, "{unsupported:#?}");
    assert_eq!(unsupported[0].subject, "conseillers");
    // "le président russe Vladimir Poutine" is in 001 and 003 only.
    let poutine = draft_findings(&r)
        .into_iter()
        .find(|f| f.subject == "Vladimir Poutine" && f.attribute == "role")
        .unwrap();
    assert_eq!(poutine.verdict, Verdict::Supported);
    let support = &poutine.groups[1];
    assert_eq!(short(&r, &support.sources), ["001", "003"]);
    assert_eq!(support.independent_sources, 1);
    assert!(
        poutine.message.contains("1 independent source"),
        "{}",
        poutine.message
    );
}

#[test]
fn a_draft_that_agrees_exits_0() {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args([
            "check",
            "tests/fixtures/drafts/agrees.txt",
            "--against",
            "seeds/",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("0 contradicted"), "{out}");
    assert!(out.contains("among the sources themselves"), "{out}");
    let r = check("agrees.txt");
    assert_eq!(r.count(Verdict::Contradicted), 0);
    assert_eq!(r.count(Verdict::Unsupported), 0);
    assert!(r.count(Verdict::Supported) >= 3);
}

#[test]
fn a_contradicted_draft_exits_1_and_more_than_one_draft_is_refused() {
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_factdiff"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap()
    };
    let o = run(&[
        "check",
        "tests/fixtures/drafts/from-002-dates-changed.txt",
        "--against",
        "seeds/",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let o = run(&[
        "check",
        "tests/fixtures/drafts/agrees.txt",
        "tests/fixtures/drafts/from-002-dates-changed.txt",
        "--against",
        "seeds/",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("exactly one draft"));
}
