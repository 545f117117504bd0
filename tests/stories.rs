//! Stories: a folder of one story stays one story, whatever few names its
//! articles share (`src/stories.rs`). The real clusters given together are
//! told apart in `tests/real_clusters.rs`.

use factdiff::pipeline;
use factdiff::rules::RuleSet;

/// Every invented fixture folder tells one story, some in briefs that
/// name nothing but a country, a month or an institution: none is split.
#[test]
fn every_fixture_folder_is_one_story() {
    let root = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut folders: Vec<String> = std::fs::read_dir(&root)
        .expect("tests/fixtures")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    assert!(folders.len() >= 40, "{folders:?}");
    // One rule set for every folder: compiling the rules is most of a run.
    let (rules, errors) = RuleSet::embedded();
    assert!(errors.is_empty(), "{errors:?}");
    let split: Vec<String> = folders
        .iter()
        .filter_map(|f| {
            let r = pipeline::check(&[format!("{root}/{f}")], &rules, vec![]);
            let stories = r.stories();
            (!stories.is_empty()).then(|| format!("{f}: {stories:?}"))
        })
        .collect();
    assert!(
        split.is_empty(),
        "split into stories:\n{}",
        split.join("\n")
    );
}
