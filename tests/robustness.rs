//! Never a panic on input: deterministic pseudo-random articles built from
//! the risky pieces of French clippings (multi-byte spaces, combining marks,
//! quotes, stamps, numbers, ranks, stray bytes) go through the whole
//! pipeline and every renderer. Found two real panics when first run.

mod scratch;

use factdiff::pipeline;
use factdiff::report::{self, Format, RenderOptions};
use factdiff::rules::RuleSet;

const PIECES: &[&str] = &[
    "é",
    "\u{a0}",
    "\u{202f}",
    "’",
    "œ",
    "ï",
    "\u{308}",
    "\u{301}",
    "M.",
    ".",
    " ",
    "\n",
    "\r\n",
    "22 juin",
    "général ",
    "Goïta ",
    "1er",
    "(AFP) -",
    "« ",
    " »",
    "—",
    "©",
    "€",
    "%",
    "0",
    "9",
    ",",
    "Publié le 12/03/2024",
    "né en 1968",
    "âgé de 45 ans",
    "du 22 au 26",
    "jusqu'à jeudi",
    "le colonel Ali Sow",
    "près de 19 500 hommes",
    "31 juin",
    "lundi 22 juin 2025",
    "|",
    "*",
    "[lien](https://x.fr/22-juin)",
    "---\n",
    "published: 2025-06-24\n",
    "\u{200b}",
    "\u{feff}",
    "😀",
    "Ⅳ",
    "ß",
    "İ",
    "ﬁ",
    "selon la CGT",
    "condamné à 12 ans",
    "52,3 %",
    "visite",
    "arrivé",
    // Multi-byte spaces right before the words the extractors look back at
    // (the two panics this test first found).
    "vu\u{a0}M. Dupont",
    "le\u{202f}colonel Ali Sow",
    "secrétaire\u{a0}général Guterres",
];

/// A small linear congruential generator: reproducible, no dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

#[test]
fn random_clippings_never_panic_in_any_stage_or_format() {
    let dir = scratch::temp_dir("robust");
    let mut rng = Lcg(7);
    for i in 0..40 {
        let mut text = String::new();
        for _ in 0..rng.next(250) {
            text.push_str(PIECES[rng.next(PIECES.len())]);
        }
        let mut bytes = text.into_bytes();
        // Some files are not valid UTF-8.
        if i % 7 == 3 {
            bytes.push(0xE9);
            bytes.extend_from_slice(b" fin");
        }
        std::fs::write(dir.join(format!("{i:02}.txt")), bytes).unwrap();
    }
    let (rules, _) = RuleSet::embedded();
    let paths = vec![dir.display().to_string()];
    let report = pipeline::check(&paths, &rules, vec![]);
    assert!(!report.sources.is_empty());
    for format in [
        Format::Human,
        Format::Concise,
        Format::Json,
        Format::Sarif,
        Format::Github,
        Format::Markdown,
        Format::Html,
    ] {
        let out = report::render(&report, format, RenderOptions::default());
        assert!(!out.is_empty());
    }
    let draft = dir.join("01.txt").display().to_string();
    let _ = pipeline::check_draft(&draft, &paths, &rules, vec![], &mut |_, _| {});
    let (jsonl, _) = report::extract_jsonl(&paths, &rules);
    assert!(jsonl.lines().count() >= 1);
}
