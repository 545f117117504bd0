//! Whole-run snapshots of every output format on the seeds and on the
//! project's own fixture folders, so any drift in extraction, comparison or
//! rendering shows up as a reviewed diff (`cargo insta review`, or
//! `INSTA_UPDATE=always cargo test` and read the diff).

use factdiff::compare::Report;
use factdiff::pipeline;
use factdiff::report::{self, Format, RenderOptions};
use factdiff::rules::RuleSet;

fn run(paths: &[&str]) -> Report {
    let (rules, errors) = RuleSet::embedded();
    assert!(errors.is_empty());
    // Relative paths, so snapshots do not depend on where the repo lives.
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    let paths: Vec<String> = paths.iter().map(|p| p.to_string()).collect();
    pipeline::check(&paths, &rules, vec![])
}

fn render(r: &Report, format: Format) -> String {
    report::render(
        r,
        format,
        RenderOptions {
            color: false,
            verbose: true,
            width: 0,
        },
    )
}

const FORMATS: &[(Format, &str)] = &[
    (Format::Human, "human"),
    (Format::Concise, "concise"),
    (Format::Json, "json"),
    (Format::Sarif, "sarif"),
    (Format::Github, "github"),
    (Format::Markdown, "markdown"),
    (Format::Html, "html"),
];

#[test]
fn seeds_in_every_format() {
    let r = run(&["seeds"]);
    for (format, name) in FORMATS {
        insta::assert_snapshot!(format!("seeds_{name}"), render(&r, *format));
    }
}

#[test]
fn valcourt_in_every_format() {
    let r = run(&["tests/fixtures/valcourt"]);
    for (format, name) in FORMATS {
        insta::assert_snapshot!(format!("valcourt_{name}"), render(&r, *format));
    }
}

#[test]
fn draft_against_seeds() {
    let (rules, _) = RuleSet::embedded();
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    let r = pipeline::check_draft(
        "tests/fixtures/drafts/from-002-dates-changed.txt",
        &["seeds".to_string()],
        &rules,
        vec![],
        &mut |_, _| {},
    );
    insta::assert_snapshot!("draft_human", render(&r, Format::Human));
    insta::assert_snapshot!("draft_json", render(&r, Format::Json));
}
