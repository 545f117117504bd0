//! Wire-copy families on the seeds: 001 and 003 print the same AFP copy
//! (identical sentences on Wagner's departure and the attacks) and are one
//! source; 000, 002 and 004 are independent of each other and of them.

use factdiff::pipeline;
use factdiff::rules::RuleSet;

#[test]
fn seeds_001_and_003_are_one_family() {
    let (rules, _) = RuleSet::embedded();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let r = pipeline::check(&[dir.to_string()], &rules, vec![]);
    let names = |members: &[usize]| -> Vec<String> {
        members
            .iter()
            .map(|&m| {
                let p = r.path(m);
                p.rsplit('/').next().unwrap()[..3].to_string()
            })
            .collect()
    };
    let fams: Vec<Vec<String>> = r.families.iter().map(|f| names(&f.members)).collect();
    assert_eq!(
        fams,
        vec![vec!["000"], vec!["001", "003"], vec!["002"], vec!["004"]]
    );
    let link = &r.families[1].links[0];
    assert!(link.passages.len() >= 2, "{link:?}");
    for f in &r.families {
        for l in &f.links {
            eprintln!("{:?}", (l.a, l.b, l.passages.len(), l.containment));
        }
    }
}
