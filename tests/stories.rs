//! Unrelated stories in one run are not compared: each fixture folder keeps
//! exactly its own conflicts when all of them are checked together.

mod scratch;

use factdiff::compare::Verdict;
use factdiff::pipeline;
use factdiff::rules::RuleSet;

#[test]
fn a_mixed_folder_keeps_each_storys_own_conflicts() {
    let (rules, _) = RuleSet::embedded();
    let root = env!("CARGO_MANIFEST_DIR");
    let folders = [
        "seeds",
        "tests/fixtures/crue-sarlande",
        "tests/fixtures/kasse-tokyo",
        "tests/fixtures/nomination-diarra",
        "tests/fixtures/valcourt",
        "tests/fixtures/web-clippings",
        "tests/fixtures/proces-dulac",
        "tests/fixtures/legislatives-ostrelie",
        "tests/fixtures/greve-cheminots",
    ];
    let conflicts = |paths: &[String]| {
        let r = pipeline::check(paths, &rules, vec![]);
        let mut ids: Vec<String> = r
            .findings
            .iter()
            .filter(|f| f.verdict == Verdict::Conflict)
            .map(|f| f.id.clone())
            .collect();
        ids.sort();
        (ids, r.stories().len())
    };
    let mut separately = Vec::new();
    for f in folders {
        let (ids, stories) = conflicts(&[format!("{root}/{f}")]);
        assert_eq!(stories, 0, "{f} is one story");
        separately.extend(ids);
    }
    separately.sort();
    let all: Vec<String> = folders.iter().map(|f| format!("{root}/{f}")).collect();
    let (together, stories) = conflicts(&all);
    assert_eq!(together, separately);
    // Fixtures that share a name may be read as one story; the split is
    // cautious, but the seeds (Mali, Russia) share nothing with the rest.
    assert!(stories >= 2, "{stories}");
}

#[test]
fn a_death_toll_of_another_event_is_not_a_conflict() {
    let dir = scratch::temp_dir("stories");
    std::fs::write(
        dir.join("incendie.txt"),
        "Un incendie a ravagé dimanche un entrepôt de la zone industrielle de Vernois. \
         Selon la préfecture de Haute-Vallée, l'incendie a fait 31 morts parmi les ouvriers \
         de la société Tramex.\n",
    )
    .unwrap();
    let (rules, _) = RuleSet::embedded();
    let root = env!("CARGO_MANIFEST_DIR");
    let r = pipeline::check(
        &[
            format!("{root}/tests/fixtures/crue-sarlande/a-afp.txt"),
            dir.join("incendie.txt").display().to_string(),
        ],
        &rules,
        vec![],
    );
    assert_eq!(r.stories().len(), 2);
    assert_eq!(r.count(Verdict::Conflict), 0, "{:#?}", r.findings);
}
