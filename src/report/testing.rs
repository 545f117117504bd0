//! A hand-built [`Report`] for the renderer tests: four short French
//! clippings about one visit, with real byte spans, so every format can be
//! snapshotted without depending on the extractors.
//!
//! What it holds (after [`compare::compare`]):
//! - two conflicts: the start of the visit (22 vs 23 June) and Goïta's rank
//!   (général vs colonel);
//! - one agreement: the end of the visit (26 June, four sources, two of them
//!   resolved from a relative date or a date without a year);
//! - two single-source claims (Wagner's presence since 2021, a head count);
//! - one inconsistency (a weekday that contradicts its date);
//! - an article whose text holds `<script>`, to check escaping.

use chrono::NaiveDate;

use crate::claims::{Anchor, AnchorKind, Claim, Inconsistency};
use crate::compare::{self, Report, Source};
use crate::corpus::Article;
use crate::text::Span;
use crate::value::{PartialDate, Qualifier, Quantity, Value};

pub const A: &str = "Le général Assimi Goïta poursuit son ancrage diplomatique vers l’Est. Le chef de la junte au pouvoir au Mali est arrivé dimanche 22 juin en Russie pour une visite officielle de plusieurs jours, au moment où le pays est frappé par une vague d’attaques jihadistes. Selon l’ORTM, le président de transition doit s’entretenir avec Vladimir Poutine durant son séjour à Moscou, prévu jusqu’au 26 juin.\nLa délégation abordera la coopération sécuritaire.\n";

pub const B: &str = "published: 2025-06-24\n\nMali : le général d’armée Assimi Goïta en visite en Russie\nLe président de la transition effectue du 22 au 26 juin 2025 une visite officielle en Russie.\n";

pub const C: &str = "Mali : le Président de la Transition fait le point\n\nMoscou, 26 juin 2025, En visite officielle en Russie du 23 au 26 juin, le Colonel Assimi Goïta a rencontré près de 300 étudiants.\n";

pub const D: &str = "lundi 23 juin 2025\nAssimi Goïta est arrivé dimanche à Moscou ; il y reste jusqu’à jeudi.\nUn communiqué daté du lundi 22 juin 2025 annonçait la visite du général Goïta.\nLes paramilitaires de Wagner <script>alert(1)</script> sont au Mali depuis 2021.\n";

/// The span of the first occurrence of `needle` in `text`.
pub fn at(text: &str, needle: &str) -> Span {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the sample text"));
    Span::new(start, start + needle.len())
}

fn article(path: &str, text: &str) -> Article {
    Article {
        path: path.to_string(),
        text: text.to_string(),
        language: Some("fr".into()),
        outlet: None,
        published_header: None,
        header: None,
        notes: vec![],
    }
}

fn date(y: Option<i32>, m: u32, d: u32) -> Value {
    Value::Date(PartialDate {
        year: y,
        month: m,
        day: d,
    })
}

fn rank(name: &str, is_a: &[&str]) -> Value {
    Value::Rank {
        name: name.into(),
        is_a: is_a.iter().map(|s| s.to_string()).collect(),
    }
}

struct Builder {
    texts: Vec<String>,
    claims: Vec<Claim>,
}

impl Builder {
    #[allow(clippy::too_many_arguments)]
    fn claim(
        &mut self,
        source: usize,
        subject: &str,
        key: &str,
        attribute: &str,
        value: Value,
        evidence: &str,
        resolution: Option<&str>,
    ) -> usize {
        self.claims.push(Claim {
            source,
            subject: subject.into(),
            subject_key: key.into(),
            attribute: attribute.into(),
            value,
            span: at(&self.texts[source], evidence),
            rule: "sample".into(),
            resolution: resolution.map(str::to_string),
            running: false,
            may_fall: false,
            revised: false,
            as_of: None,
            derived: false,
            with_toll: None,
        });
        self.claims.len() - 1
    }
}

/// The sample report over the four texts [`A`]–[`D`].
pub fn sample() -> Report {
    sample_with([A, B, C, D].map(str::to_string))
}

/// The sample report over edited texts (each must still hold the evidence
/// strings of the sample).
pub fn sample_with(texts: [String; 4]) -> Report {
    let paths = [
        "clippings/a.txt",
        "clippings/b.txt",
        "clippings/c.txt",
        "clippings/d.txt",
    ];
    let mut b = Builder {
        texts: texts.to_vec(),
        claims: vec![],
    };
    let visit = "visite d’Assimi Goïta";
    let (vk, pk) = ("visit:goita", "person:goita");
    // Start of the visit: 22 June (a, b, d) against 23 June (c).
    b.claim(
        0,
        visit,
        vk,
        "start",
        date(None, 6, 22),
        "arrivé dimanche 22 juin",
        None,
    );
    b.claim(
        1,
        visit,
        vk,
        "start",
        date(Some(2025), 6, 22),
        "du 22 au 26 juin 2025",
        None,
    );
    b.claim(
        2,
        visit,
        vk,
        "start",
        date(Some(2025), 6, 23),
        "du 23 au 26 juin",
        None,
    );
    b.claim(
        3,
        visit,
        vk,
        "start",
        date(Some(2025), 6, 22),
        "arrivé dimanche",
        Some("dimanche → 2025-06-22 (article dated 2025-06-23)"),
    );
    // End of the visit: everyone says 26 June.
    b.claim(
        0,
        visit,
        vk,
        "end",
        date(None, 6, 26),
        "jusqu’au 26 juin",
        None,
    );
    b.claim(
        1,
        visit,
        vk,
        "end",
        date(Some(2025), 6, 26),
        "au 26 juin 2025",
        None,
    );
    b.claim(
        2,
        visit,
        vk,
        "end",
        date(Some(2025), 6, 26),
        "au 26 juin,",
        None,
    );
    b.claim(
        3,
        visit,
        vk,
        "end",
        date(Some(2025), 6, 26),
        "jusqu’à jeudi",
        Some("jeudi → 2025-06-26 (article dated 2025-06-23)"),
    );
    // Rank: général (a, d), général d'armée (b), colonel (c).
    let g = "Assimi Goïta";
    b.claim(0, g, pk, "rank", rank("général", &[]), "général", None);
    b.claim(
        1,
        g,
        pk,
        "rank",
        rank("général d'armée", &["général"]),
        "général d’armée",
        None,
    );
    b.claim(2, g, pk, "rank", rank("colonel", &[]), "Colonel", None);
    b.claim(3, g, pk, "rank", rank("général", &[]), "général", None);
    // Single-source claims.
    b.claim(
        3,
        "Wagner",
        "org:wagner",
        "since",
        Value::Year(2021),
        "depuis 2021",
        None,
    );
    b.claim(
        2,
        "étudiants maliens",
        "group:etudiants",
        "count",
        Value::Quantity(Quantity::new(300.0, Qualifier::About)),
        "près de 300 étudiants",
        None,
    );
    // An internal inconsistency: 22 June 2025 was a Sunday.
    let bad = b.claim(
        3,
        "clippings/d.txt",
        "article:d",
        "date",
        Value::Text("lundi 22 juin 2025".into()),
        "lundi 22 juin 2025",
        None,
    );
    let internal = vec![(
        bad,
        Inconsistency {
            name: "weekday-mismatch".into(),
            message: "“lundi 22 juin 2025”: 22 June 2025 is a Sunday".into(),
        },
    )];
    // Every source independent: no shared wire copy in the sample.
    let family_of: Vec<usize> = (0..b.texts.len()).collect();
    let findings = compare::compare(&b.claims, &internal, &family_of, &[], &[], None);
    let anchors = [
        None,
        Some(Anchor {
            date: NaiveDate::from_ymd_opt(2025, 6, 24).expect("valid"),
            kind: AnchorKind::Metadata,
            span: Some(at(&b.texts[1], "published: 2025-06-24")),
        }),
        Some(Anchor {
            date: NaiveDate::from_ymd_opt(2025, 6, 26).expect("valid"),
            kind: AnchorKind::Dateline,
            span: Some(at(&b.texts[2], "Moscou, 26 juin 2025")),
        }),
        Some(Anchor {
            date: NaiveDate::from_ymd_opt(2025, 6, 23).expect("valid"),
            kind: AnchorKind::Header,
            span: Some(at(&b.texts[3], "lundi 23 juin 2025")),
        }),
    ];
    let sources = paths
        .iter()
        .zip(&b.texts)
        .zip(anchors)
        .map(|((p, t), anchor)| Source {
            article: article(p, t),
            excerpt: crate::excerpt::Excerpt::new(t, [Span::new(0, t.len())]),
            anchor,
            skipped: None,
        })
        .collect();
    Report {
        sources,
        claims: b.claims,
        findings,
        errors: vec![],
        notes: vec![],
        ..Report::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Verdict;

    #[test]
    fn the_sample_has_every_kind_of_finding() {
        let r = sample();
        assert_eq!(r.count(Verdict::Conflict), 2);
        assert_eq!(r.count(Verdict::Agreement), 1);
        assert_eq!(r.count(Verdict::Single), 2);
        assert_eq!(r.count(Verdict::Inconsistent), 1);
        let ids: Vec<&str> = r.findings.iter().map(|f| f.id.as_str()).collect();
        assert!(ids.contains(&"rank-conflict:assimi-goita:rank"), "{ids:?}");
    }

    #[test]
    fn ids_and_fingerprints_survive_edits_above_the_claims() {
        let r = sample();
        let edited = sample_with(
            [A, B, C, D]
                .map(|t| format!("Mise à jour : une correction.\n\nPar la rédaction.\n{t}")),
        );
        let ids = |r: &Report| r.findings.iter().map(|f| f.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&r), ids(&edited));
        assert_ne!(
            r.location(&r.claims[0]).line,
            edited.location(&edited.claims[0]).line,
            "the lines did move"
        );
        let fps = |r: &Report| {
            let log = crate::report::sarif::document(r);
            log["runs"][0]["results"]
                .as_array()
                .expect("results")
                .iter()
                .map(|x| x["partialFingerprints"].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(fps(&r), fps(&edited));
    }
}
