//! Web clippings: articles saved from news sites with their furniture
//! (cookie banners, paywalls, bylines, datelines, related-article lists,
//! markdown, CRLF, BOM, Windows-1252). The fixture folder
//! `tests/fixtures/web-clippings/` is invented (see its README); the other
//! tests build clippings in memory. The article's date must come from the
//! page's publication line, the designed conflict and no other must come
//! out, and no claim may rest on a furniture line.

use std::collections::BTreeSet;

mod common;

use common::{describe, letter, letters, set};
use factdiff::compare::{Report, Verdict};
use factdiff::corpus;
use factdiff::pipeline;
use factdiff::rules::RuleSet;
use factdiff::text::{Span, line_col, line_span};

fn rules() -> RuleSet {
    let (rules, errors) = RuleSet::embedded();
    assert!(errors.is_empty(), "{errors:?}");
    rules
}

fn run() -> Report {
    let dir = format!(
        "{}/tests/fixtures/web-clippings",
        env!("CARGO_MANIFEST_DIR")
    );
    let r = pipeline::check(&[dir], &rules(), vec![]);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    r
}

#[test]
fn each_article_is_dated_by_its_own_publication_line() {
    let r = run();
    let got: Vec<(String, Option<(String, &str)>)> = r
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                letter(&r, i),
                s.anchor
                    .as_ref()
                    .map(|a| (a.date.to_string(), a.kind.as_str())),
            )
        })
        .collect();
    let want = [
        ("a", "2024-03-12", "dateline"),
        ("b", "2024-03-11", "metadata"),
        ("c", "2024-03-12", "byline"),
        ("d", "2024-03-13", "byline"),
        ("e", "2024-03-14", "header"),
    ];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for ((l, anchor), (wl, wd, wk)) in got.iter().zip(want) {
        assert_eq!(l, wl);
        assert_eq!(
            anchor.as_ref().map(|(d, k)| (d.as_str(), *k)),
            Some((wd, wk)),
            "{l}: {got:?}"
        );
    }
    // c is Windows-1252 and says so.
    assert!(
        r.notes.iter().any(|n| n.message.contains("Windows-1252")),
        "{:?}",
        r.notes
    );
}

#[test]
fn exactly_the_designed_conflict() {
    let r = run();
    let conflicts: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Conflict)
        .collect();
    assert_eq!(conflicts.len(), 1, "{}", describe(&r));
    let f = conflicts[0];
    assert_eq!(
        (f.subject.as_str(), f.attribute.as_str()),
        ("visit of Hélène Varga", "end"),
        "{}",
        describe(&r)
    );
    let groups: Vec<(String, BTreeSet<String>)> = f
        .groups
        .iter()
        .map(|g| (g.value.clone(), letters(&r, &g.sources)))
        .collect();
    assert_eq!(
        groups,
        vec![
            ("2024-03-14".to_string(), set("a b c e")),
            ("2024-03-15".to_string(), set("d")),
        ],
        "{}",
        describe(&r)
    );
    for f in &r.findings {
        assert_ne!(f.verdict, Verdict::Inconsistent, "{}", describe(&r));
    }
    let agreement = |subject: &str, attribute: &str| {
        r.findings
            .iter()
            .find(|f| {
                f.verdict == Verdict::Agreement && f.subject == subject && f.attribute == attribute
            })
            .map(|f| (f.groups[0].value.clone(), letters(&r, &f.groups[0].sources)))
    };
    assert_eq!(
        agreement("visit of Hélène Varga", "start"),
        Some(("2024-03-11".to_string(), set("a b c d e"))),
        "{}",
        describe(&r)
    );
    assert_eq!(
        agreement("meeting of Karim Benali and Hélène Varga", "date")
            .map(|(v, _)| v)
            .as_deref(),
        Some("2024-03-12"),
        "{}",
        describe(&r)
    );
}

/// The furniture lines of each fixture, as written (trimmed).
const FURNITURE: &[(&str, &[&str])] = &[
    (
        "a",
        &[
            "Accueil > Monde > Afrique",
            "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience. En poursuivant votre navigation, vous acceptez leur utilisation.",
            "Accepter et continuer",
            "Paramétrer les cookies",
            "Lecture : 2 min",
            "(Photo by Jean Martin / AFP)",
            "© AFP",
            "Partager",
            "Copier le lien",
            "Sur le même sujet",
            "Marandie : 12 morts dans des inondations dans le nord du pays",
            "Le roi Alaric de Valdorie est arrivé dimanche à Port-Sélim",
        ],
    ),
    (
        "b",
        &[
            "date: 2024-03-11T18:30:00+01:00",
            "tags: [Afrique, diplomatie]",
            "- Monde",
            "[Accueil](https://www.exemple-quotidien.fr/) > [Monde](https://www.exemple-quotidien.fr/monde) > Afrique",
            "*Par Claire Moreau — Publié le 11 mars 2024 à 18h30*",
            "Temps de lecture : 3 min",
            "## Sur le même sujet",
            "- [Marandie : 12 morts dans des inondations](https://www.exemple-quotidien.fr/inondations)",
            "- [Le roi Alaric de Valdorie attendu à Port-Sélim le 20 mars](https://www.exemple-quotidien.fr/alaric)",
            "Mots-clés : Ostrélie, Marandie, diplomatie",
            "Newsletter",
            "Recevez chaque matin l'essentiel de l'actualité internationale.",
        ],
    ),
    (
        "c",
        &[
            "Politique | International",
            "Par Julien Lefèvre",
            "Publié le 12/03/2024 à 14:05 · Mis à jour le 19/03/2024 à 09:12",
            "Écouter cet article",
            "Partager",
            "Cet article est réservé aux abonnés",
            "Il vous reste 75% de cet article à lire.",
            "Déjà abonné ? Se connecter",
            "Offre spéciale : 1 € par mois pendant 3 mois",
            "Les plus lus",
            "1. Inondations en Marandie : 12 morts selon un nouveau bilan",
            "2. Le roi de Valdorie attendu à Port-Sélim le 20 mars",
            "3. Football : l'Ostrélie qualifiée pour la finale",
        ],
    ),
    (
        "d",
        &[
            "Actualités > International",
            "Par Awa Sall - 13 mars 2024",
            "Temps de lecture : 2 min",
            "Suivez-nous sur X @AwaSall_info",
            "Hélène Varga lors de son arrivée à l'aéroport de Port-Sélim. (Photo by Jean Martin / AFP)",
            "Vidéo",
            "À lire aussi",
            "Le roi Alaric de Valdorie est arrivé dimanche à Port-Sélim",
            "Marandie : 12 morts dans des inondations",
            "Mots-clés : Ostrélie ; Marandie",
        ],
    ),
    (
        "e",
        &[
            "Jeudi 14 mars 2024",
            "2024-03-14T07:30:00+01:00",
            "Écouter cet article",
            "Lecture : 1 min",
            "Photo : Jean Martin/AFP",
            "Partager sur Facebook",
            "Partager sur WhatsApp",
            "Les plus lus",
            "Publié le 02/03/2024",
            "Inondations en Marandie : 12 morts selon un nouveau bilan",
        ],
    ),
];

/// The spans of the furniture lines of one source.
fn furniture_lines(text: &str, lines: &[&str]) -> Vec<Span> {
    lines
        .iter()
        .map(|want| {
            let at = text
                .find(want)
                .unwrap_or_else(|| panic!("{want:?} not in the fixture"));
            line_span(text, at)
        })
        .collect()
}

#[test]
fn furniture_is_recognised_and_claims_nothing() {
    let r = run();
    let rules = rules();
    for (i, s) in r.sources.iter().enumerate() {
        let l = letter(&r, i);
        let lines = FURNITURE
            .iter()
            .find(|(f, _)| *f == l)
            .map(|(_, lines)| *lines)
            .unwrap_or_default();
        let text = &s.article.text;
        let furniture = furniture_lines(text, lines);
        // Every furniture line is ignored, or is a publication stamp.
        let analysis = pipeline::analyze(&s.article, &rules, i);
        let lang = rules.language("fr").unwrap();
        let doc = factdiff::extract::Doc::new(&s.article, lang);
        let stamps: Vec<Span> = factdiff::extract::boilerplate::stamps(&doc)
            .iter()
            .map(|s| s.span)
            .collect();
        for line in &furniture {
            let covered = analysis
                .ignored
                .iter()
                .chain(&stamps)
                .any(|ig| ig.overlaps(*line));
            assert!(
                covered,
                "{l}: furniture line not recognised: {:?}",
                &text[line.start..line.end]
            );
        }
        // No claim rests on a furniture line.
        for c in r.claims.iter().filter(|c| c.source == i) {
            assert!(
                !furniture.iter().any(|f| f.overlaps(c.span)),
                "{l}: claim from furniture: {c:?} in {:?}",
                r.quote(c)
            );
        }
    }
    // The wire's dateline shares its line with the story: only the dateline
    // is a stamp, the story after it still makes claims.
    let a = r
        .sources
        .iter()
        .position(|s| s.article.path.ends_with("a-depeche.txt"))
        .unwrap();
    let text = &r.sources[a].article.text;
    let dateline_end = text.find("(AFP) -").unwrap() + "(AFP) -".len();
    let dateline_line = line_span(text, dateline_end);
    let on_dateline_line: Vec<_> = r
        .claims
        .iter()
        .filter(|c| c.source == a && dateline_line.contains(c.span))
        .collect();
    assert!(!on_dateline_line.is_empty());
    assert!(on_dateline_line.iter().all(|c| c.span.start > dateline_end));
    // Nothing from the lists of other articles, the paywall or the prices.
    for c in &r.claims {
        let q = r.quote(c);
        assert!(!q.contains("Alaric") && !q.contains("roi de"), "{c:?}");
        assert!(!q.contains("morts") && !q.contains('%'), "{c:?}");
        assert!(
            !c.subject.contains("mois") && !c.subject.contains("min"),
            "{c:?}"
        );
    }
}

#[test]
fn spans_in_the_crlf_file_point_at_the_right_text() {
    let r = run();
    let a = r
        .sources
        .iter()
        .position(|s| s.article.path.ends_with("a-depeche.txt"))
        .unwrap();
    let text = &r.sources[a].article.text;
    assert!(text.contains("\r\n"), "the fixture keeps its CRLF");
    assert!(!text.starts_with('\u{feff}'), "the BOM is dropped");
    let start = r
        .claims
        .iter()
        .find(|c| c.source == a && c.attribute == "start")
        .expect("a start claim in a");
    assert_eq!(r.evidence(start), "lundi");
    let (line, col) = line_col(text, start.span.start);
    let want_line = text
        .split('\n')
        .position(|l| l.starts_with("Port-Sélim, 12 mars 2024"))
        .unwrap()
        + 1;
    assert_eq!(line, want_line);
    let line_text = text.split('\n').nth(line - 1).unwrap();
    let col0: String = line_text.chars().take(col - 1).collect();
    assert!(col0.ends_with("est arrivée "), "{col0:?}");
    for c in r.claims.iter().filter(|c| c.source == a) {
        assert!(!r.quote(c).contains('\r'), "{c:?}");
    }
}

/// An anchor as (date, kind).
type Anchor = Option<(String, &'static str)>;
/// A claim as (subject key, attribute, "value [evidence]").
type Found = (String, String, String);

/// The claims and anchor of one in-memory article.
fn analyse(bytes: &[u8]) -> (Anchor, Vec<Found>) {
    let rules = rules();
    let article = corpus::parse_article("mem.txt".into(), bytes, &rules).expect("an article");
    let a = pipeline::analyze(&article, &rules, 0);
    assert_eq!(a.skipped, None);
    let anchor = a
        .claims
        .anchor
        .as_ref()
        .map(|x| (x.date.to_string(), x.kind.as_str()));
    let claims = a
        .claims
        .claims
        .iter()
        .map(|c| {
            let ev = &article.text[c.span.start..c.span.end];
            (
                c.subject_key.clone(),
                c.attribute.clone(),
                format!("{} [{ev}]", c.value),
            )
        })
        .collect();
    (anchor, claims)
}

const STORY: &str =
    "La ministre Ana Ruiz est arrivée lundi à Lima pour une visite officielle de trois jours.";

fn has_start(claims: &[(String, String, String)], date: &str) -> bool {
    claims
        .iter()
        .any(|(k, a, v)| k == "visit:ruiz" && a == "start" && v.starts_with(date))
}

#[test]
fn every_usual_publication_line_dates_the_article_and_claims_nothing() {
    let cases: &[(&str, &str, &str)] = &[
        ("Publié le 12 mars 2024 à 14h05", "2024-03-12", "byline"),
        (
            "Publié le 12/03/2024 à 14:05 · Mis à jour le 13/03/2024",
            "2024-03-12",
            "byline",
        ),
        ("Mis à jour le 13 mars 2024 à 9h", "2024-03-13", "updated"),
        ("Le 12 mars 2024 à 14h05", "2024-03-12", "byline"),
        ("12 mars 2024 à 14h05", "2024-03-12", "byline"),
        ("Par Jean Dupont - 12 mars 2024", "2024-03-12", "byline"),
        ("Lundi 11 mars 2024", "2024-03-11", "header"),
        ("2024-03-12T14:05:00+01:00", "2024-03-12", "header"),
        ("March 12, 2024", "2024-03-12", "header"),
        (
            "Publié le 12\u{a0}mars\u{a0}2024 à 14\u{202f}h\u{202f}05",
            "2024-03-12",
            "byline",
        ),
        ("*Publié le 12 mars 2024 à 14h05*", "2024-03-12", "byline"),
    ];
    for (line, date, kind) in cases {
        for eol in ["\n", "\r\n"] {
            let text = format!("Titre de l'article{eol}{line}{eol}{eol}{STORY}{eol}");
            let (anchor, claims) = analyse(text.as_bytes());
            assert_eq!(
                anchor,
                Some((date.to_string(), *kind)),
                "{line:?} ({eol:?})"
            );
            assert!(has_start(&claims, "2024-03-11"), "{line:?}: {claims:?}");
            // Only the story claims: the visit, its length ("une visite de
            // trois jours") and the minister's role.
            assert!(
                claims
                    .iter()
                    .all(|(k, _, _)| k.ends_with("ruiz") || k == "duration:visit"),
                "{line:?}: {claims:?}"
            );
        }
    }
    // Datelines: the story goes on after the dash.
    let (anchor, claims) = analyse(format!("Bamako, 12 mars 2024 (AFP) - {STORY}").as_bytes());
    assert_eq!(anchor, Some(("2024-03-12".into(), "dateline")));
    assert!(has_start(&claims, "2024-03-11"), "{claims:?}");
    let (anchor, claims) = analyse(
        format!("PARIS (AFP) - {STORY} Elle avait été reçue le 12 mars 2024 au palais.").as_bytes(),
    );
    assert_eq!(anchor.map(|a| a.0), Some("2024-03-12".into()));
    assert!(has_start(&claims, "2024-03-11"), "{claims:?}");
}

#[test]
fn an_update_a_week_later_is_not_the_articles_date() {
    let (anchor, claims) = analyse(
        format!("Publié le 12/03/2024 à 14:05\nMis à jour le 19/03/2024 à 09:12\n\n{STORY}\n")
            .as_bytes(),
    );
    assert_eq!(anchor, Some(("2024-03-12".into(), "byline")));
    assert!(has_start(&claims, "2024-03-11"), "{claims:?}");
}

#[test]
fn a_date_in_a_list_of_other_articles_does_not_date_the_article() {
    let (anchor, claims) = analyse(
        format!(
            "Jeudi 14 mars 2024\n\n{STORY}\n\nÀ lire aussi\nPublié le 02/03/2024\nLe roi est arrivé mardi à Quito\n"
        )
        .as_bytes(),
    );
    assert_eq!(anchor, Some(("2024-03-14".into(), "header")));
    assert!(has_start(&claims, "2024-03-11"), "{claims:?}");
    assert!(
        claims.iter().all(|(k, _, _)| !k.contains("roi")),
        "{claims:?}"
    );
}

#[test]
fn a_long_single_line_article_keeps_its_claims() {
    let filler = "Les discussions ont porté sur la coopération portuaire, la pêche et la formation des douaniers. ";
    let mut text = format!("Publié le 12 mars 2024 à 14h05 {STORY} ");
    while text.len() < 20_000 {
        text.push_str(filler);
    }
    text.push_str("Elle doit repartir jeudi, selon son entourage.");
    let (anchor, claims) = analyse(text.as_bytes());
    assert_eq!(anchor, Some(("2024-03-12".into(), "byline")));
    assert!(has_start(&claims, "2024-03-11"), "{claims:?}");
}

#[test]
fn markdown_tables_lists_caps_and_typography_do_not_break_anything() {
    let text = "---\ntitle: Visite\npublished: \"2024-03-12\"\nkeywords:\n  - Lima\n---\n\
                # LA MINISTRE ANA RUIZ À LIMA\n\n\
                | Étape | Date |\n| --- | --- |\n| Arrivée | lundi 11 mars |\n\n\
                - première étape : Lima\n* seconde étape : Cuzco\n\n\
                La ministre **Ana Ruiz** est arrivée le 1er\u{a0}mars à Lima pour une [visite officielle](https://x.fr/2024/03/01/visite) de trois jours. \
                Elle y restera jusqu\u{2019}au 3\u{202f}mars, comme l\u{2019}avait fait Louis\u{a0}Ier en 1850.\n";
    let (anchor, claims) = analyse(text.as_bytes());
    assert_eq!(anchor, Some(("2024-03-12".into(), "metadata")));
    assert!(has_start(&claims, "2024-03-01"), "{claims:?}");
    assert!(
        claims
            .iter()
            .any(|(k, a, v)| k == "visit:ruiz" && a == "end" && v.starts_with("2024-03-03")),
        "{claims:?}"
    );
    // Nothing comes from the link's URL.
    assert!(
        claims.iter().all(|(_, _, v)| !v.contains("https")),
        "{claims:?}"
    );
}

#[test]
fn windows_1252_clippings_with_guillemets_and_oe() {
    let text = cp1252(
        "Publié le 12/03/2024 à 14:05\n\n« Nous voulons remettre nos pays à l'œuvre », a dit la ministre Ana Ruiz, arrivée lundi à Lima pour une visite officielle.\n",
    );
    let (anchor, claims) = analyse(&text);
    assert_eq!(anchor, Some(("2024-03-12".into(), "byline")));
    assert!(has_start(&claims, "2024-03-11"), "{claims:?}");
}

/// Encode to Windows-1252 by hand (the test has no encoder): the few
/// characters used here.
fn cp1252(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            'é' => 0xE9,
            'à' => 0xE0,
            '«' => 0xAB,
            '»' => 0xBB,
            'œ' => 0x9C,
            c if c.is_ascii() => c as u8,
            c => panic!("no Windows-1252 byte for {c:?} in this test"),
        })
        .collect()
}
