//! Boilerplate: lines that belong to the web page, not the story — "Lire
//! aussi | …", advertising prompts, comment prompts, share buttons, credits
//! ("Texte : …", "Le Monde avec AFP"), copyright lines, cookie banners,
//! paywall prompts, breadcrumbs, tags, reading times. Rules of kind
//! `boilerplate` in `rules/fr/boilerplate.json` match the start of a line;
//! the whole line is then ignored by every other extractor. A rule whose
//! `value` is `block` heads a list ("Les plus lus", "Sur le même sujet"):
//! the list lines that follow it are ignored too.
//!
//! Publication stamps (rules of kind `publication` in
//! `rules/fr/publication.json`: "Publié le 12 mars 2024 à 14h05", "Par Jean
//! Dupont - 12 mars 2024", "Bamako, 12 mars 2024 (AFP) -") are found here
//! as well ([`stamps`]): `claims.rs` reads the article's date from them and
//! drops every mention inside one, so a stamp never makes a claim. Only the
//! matched text is a stamp, not its line: a dateline is followed by the
//! story.

use super::date::{DateMention, DateValue, DayExpr, Marker};
use super::{Doc, Mention, MentionKind};
use crate::rules::Rule;
use crate::text::{Span, line_span};

/// What a publication stamp's date is, from its rule's `value`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StampRole {
    /// A publication stamp or a byline with a date.
    Byline,
    /// A wire dateline.
    Dateline,
    /// A date alone on a line (page header, machine timestamp).
    Header,
    /// An update stamp.
    Updated,
    /// Text to hide only (no date, or a rule without `value`).
    Hide,
}

impl StampRole {
    /// The role named by a rule's `value`; `None` for an unknown name.
    pub fn from_value(value: Option<&str>) -> Option<StampRole> {
        Some(match value {
            None => StampRole::Hide,
            Some("byline") => StampRole::Byline,
            Some("dateline") => StampRole::Dateline,
            Some("header") => StampRole::Header,
            Some("updated") => StampRole::Updated,
            Some(_) => return None,
        })
    }
}

/// The date a stamp carries: year (when written), month, day, weekday key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StampDate {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
    pub weekday: Option<String>,
}

/// A publication stamp found in the text.
#[derive(Debug, Clone)]
pub struct Stamp {
    /// The matched text (ignored by every extractor).
    pub span: Span,
    /// The span of the date inside it.
    pub date_span: Option<Span>,
    pub rule: String,
    pub role: StampRole,
    pub date: Option<StampDate>,
}

/// Publication stamps as mentions (a date, or boilerplate when the stamp
/// has none), for rule examples and `factdiff extract`.
pub fn stamp_mentions(doc: &Doc) -> Vec<Mention> {
    stamps(doc)
        .into_iter()
        .map(|s| {
            let kind = match &s.date {
                Some(d) => MentionKind::Date(DateMention {
                    value: DateValue::Day {
                        day: DayExpr::Date {
                            year: d.year,
                            month: d.month,
                            day: d.day,
                            weekday: d.weekday.clone(),
                        },
                    },
                    marker: Marker::Plain,
                    invalid: None,
                }),
                None => MentionKind::Boilerplate,
            };
            Mention {
                span: s.span,
                rule: s.rule,
                kind,
            }
        })
        .collect()
}

/// Find boilerplate lines (rules of kind `boilerplate`), with the lists
/// that follow a `block` heading. Each match is widened to its whole line.
pub fn extract(doc: &Doc) -> Vec<Mention> {
    let text = doc.text();
    let mut out: Vec<Mention> = Vec::new();
    let mut seen: std::collections::HashSet<(Span, String)> = std::collections::HashSet::new();
    let mut push = |out: &mut Vec<Mention>, line: Span, rule: &Rule| {
        if seen.insert((line, rule.id.clone())) {
            out.push(Mention {
                span: line,
                rule: rule.id.clone(),
                kind: MentionKind::Boilerplate,
            });
        }
    };
    for rule in doc.lang.rules_of("boilerplate") {
        // Only the whole match is needed: `find_iter` never resolves
        // capture groups, which is much cheaper.
        for m in rule.regex.find_iter(&doc.folded.text) {
            // `^\s*` may start on a blank line above: the line is the one
            // holding the first visible character.
            let lead = m.as_str().len() - m.as_str().trim_start().len();
            if lead == m.as_str().len() {
                continue;
            }
            let span = doc.folded.to_original(Span::new(m.start() + lead, m.end()));
            let line = line_span(text, span.start);
            push(&mut out, line, rule);
            if rule.value.as_deref() == Some("block") {
                for item in list_after(text, line.end) {
                    push(&mut out, item, rule);
                }
            }
        }
    }
    out.sort_by_key(|m| m.span);
    out
}

/// The lines of lists of other articles: `block` headings and the lines
/// they hide. A date there dates another article.
pub fn listed(doc: &Doc) -> Vec<Span> {
    let block: Vec<&str> = doc
        .lang
        .rules_of("boilerplate")
        .filter(|r| r.value.as_deref() == Some("block"))
        .map(|r| r.id.as_str())
        .collect();
    doc.boilerplate
        .iter()
        .filter(|m| block.contains(&m.rule.as_str()))
        .map(|m| m.span)
        .collect()
}

/// The most lines a `block` heading hides.
const BLOCK_MAX_LINES: usize = 12;

/// The lines of the list that follows a heading ending at `from`: list
/// items ("- …", "1. …", "• …") and short title-like lines (no final full
/// stop, at most 160 characters), blank lines in between. The list ends at
/// the first line that reads like a story paragraph or a new section.
fn list_after(text: &str, from: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut offset = from;
    // Skip the rest of the heading line.
    if let Some(i) = text[offset..].find('\n') {
        offset += i + 1;
    } else {
        return out;
    }
    let mut blanks = 0;
    for line in text[offset..].split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let t = line.trim();
        if t.is_empty() {
            blanks += 1;
            if blanks >= 2 {
                break;
            }
            continue;
        }
        blanks = 0;
        if t.starts_with('#') || !is_list_line(t) {
            break;
        }
        out.push(line_span(text, start));
        if out.len() >= BLOCK_MAX_LINES {
            break;
        }
    }
    out
}

/// A list item or a short title-like line.
fn is_list_line(t: &str) -> bool {
    let marker = t.starts_with(['-', '*', '•', '·', '–', '—', '['])
        || t.split_once(['.', ')']).is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit())
        });
    if marker {
        return t.chars().count() <= 300;
    }
    let end = t.trim_end_matches(['*', '_', ')', '»', '"', '”', ' ', '\u{a0}']);
    let sentence = end.ends_with(['.', '…', '!']) && !end.ends_with("..");
    !sentence && t.chars().count() <= 160
}

/// Publication stamps (rules of kind `publication`), with their dates.
pub fn stamps(doc: &Doc) -> Vec<Stamp> {
    let mut out = Vec::new();
    for rule in doc.lang.rules_of("publication") {
        let Some(role) = StampRole::from_value(rule.value.as_deref()) else {
            continue;
        };
        for caps in rule.regex.captures_iter(&doc.folded.text) {
            let m = caps.get(0).expect("group 0");
            let lead = m.as_str().len() - m.as_str().trim_start().len();
            let trail = m.as_str().len() - m.as_str().trim_end().len();
            if lead + trail >= m.as_str().len() {
                continue;
            }
            let span = doc
                .folded
                .to_original(Span::new(m.start() + lead, m.end() - trail));
            let (date, date_span) = stamp_date(doc, rule, &caps);
            // A stamp whose date does not exist is left to the date
            // extractor, which reports it.
            if date.is_none() && group(rule, &caps, "d").is_some() {
                continue;
            }
            out.push(Stamp {
                span,
                date_span,
                rule: rule.id.clone(),
                role: if date.is_some() {
                    role
                } else {
                    StampRole::Hide
                },
                date,
            });
        }
    }
    out.sort_by(|a, b| (a.span, &a.rule).cmp(&(b.span, &b.rule)));
    out
}

/// The first matched group among `name`, `name_2`, `name_3`…
fn group<'c>(rule: &Rule, caps: &regex::Captures<'c>, name: &str) -> Option<regex::Match<'c>> {
    rule.regex.capture_names().flatten().find_map(|n| {
        let base = match n.rsplit_once('_') {
            Some((b, k)) if k.bytes().all(|c| c.is_ascii_digit()) => b,
            _ => n,
        };
        if base == name { caps.name(n) } else { None }
    })
}

/// Read the date of a stamp from its named groups; `None` when it has no
/// date or the date does not exist.
fn stamp_date(doc: &Doc, rule: &Rule, caps: &regex::Captures) -> (Option<StampDate>, Option<Span>) {
    let lang = doc.lang;
    let g = |name: &str| group(rule, caps, name);
    let Some(d) = g("d") else {
        return (None, None);
    };
    let day: Option<u32> = d.as_str().parse().ok();
    let month: Option<u32> = match (g("mn"), g("m")) {
        (Some(mn), _) => mn.as_str().parse().ok(),
        (None, Some(m)) => {
            let w = m.as_str().trim_end_matches('.');
            ["month", "month_name", "month_en"]
                .iter()
                .find_map(|lex| lang.lexicon(lex).key_of(w))
                .and_then(|k| k.parse().ok())
        }
        _ => None,
    };
    let year: Option<i32> = g("y").and_then(|y| {
        let n: i32 = y.as_str().parse().ok()?;
        Some(match y.as_str().len() {
            2 if n >= 50 => 1900 + n,
            2 => 2000 + n,
            _ => n,
        })
    });
    let weekday = g("wd").and_then(|w| {
        ["weekday", "weekday_name", "weekday_en"]
            .iter()
            .find_map(|lex| lang.lexicon(lex).key_of(w.as_str()))
            .map(str::to_string)
    });
    let (Some(day), Some(month)) = (day, month) else {
        return (None, None);
    };
    let exists = match year {
        Some(y) => chrono::NaiveDate::from_ymd_opt(y, month, day).is_some(),
        // 29 February exists in a leap year.
        None => chrono::NaiveDate::from_ymd_opt(2024, month, day).is_some(),
    };
    if !exists {
        return (None, None);
    }
    let parts: Vec<Span> = ["d", "m", "mn", "y", "wd"]
        .iter()
        .filter_map(|n| g(n))
        .map(|m| doc.folded.to_original(Span::new(m.start(), m.end())))
        .collect();
    let date_span = parts.iter().copied().reduce(|a, b| a.cover(b));
    (
        Some(StampDate {
            year,
            month,
            day,
            weekday,
        }),
        date_span,
    )
}

#[cfg(test)]
mod tests {
    use super::StampRole;
    use crate::extract::Doc;
    use crate::extract::testing::{RULES, article, run};

    /// The ignored lines, once each (several rules may match one line).
    fn lines(text: &str) -> Vec<String> {
        let mut got: Vec<String> = run(text, super::extract)
            .iter()
            .map(|m| text[m.span.start..m.span.end].to_string())
            .collect();
        got.dedup();
        got
    }

    fn stamps(text: &str) -> Vec<(String, StampRole, Option<String>)> {
        let a = article(text);
        let doc = Doc::new(&a, RULES.language("fr").unwrap());
        super::stamps(&doc)
            .into_iter()
            .map(|s| {
                let date = s.date.map(|d| match d.year {
                    Some(y) => format!("{y:04}-{:02}-{:02}", d.month, d.day),
                    None => format!("--{:02}-{:02}", d.month, d.day),
                });
                (text[s.span.start..s.span.end].to_string(), s.role, date)
            })
            .collect()
    }

    #[test]
    fn web_page_furniture_is_recognised() {
        let text = "Le ministre est arrivé le 3 mars.\n\
                    Lire aussi : Au Niger, la junte se durcit\n\
                    À lire également | Le portrait du ministre\n\
                    Abonnez-vous à notre newsletter\n\
                    © 2024 Le Journal. Tous droits réservés.\n\
                    Partager sur Facebook\n\
                    Texte : Jean Dupont\n\
                    Publicité\n\
                    Connectez-vous pour commenter.\n\
                    Le Figaro avec AFP\n\
                    Il repartira le 5 mars.";
        let got = lines(text);
        assert_eq!(got.len(), 9, "{got:#?}");
        assert!(
            !got.iter()
                .any(|l| l.contains("arrivé") || l.contains("repartira"))
        );
    }

    #[test]
    fn story_sentences_that_mention_reading_are_kept() {
        let text = "Le président a lu aussi le rapport.\nIl a publié un texte : la réforme.";
        assert!(lines(text).is_empty());
    }

    #[test]
    fn a_line_after_blank_lines_is_the_one_ignored() {
        let text = "Le ministre est arrivé le 3 mars.\n\n\nPublicité\nIl repartira le 5 mars.";
        assert_eq!(lines(text), vec!["Publicité"]);
        let crlf = "Le ministre est arrivé le 3 mars.\r\n\r\nPublicité\r\nIl repartira le 5 mars.";
        assert_eq!(lines(crlf), vec!["Publicité"]);
    }

    #[test]
    fn a_list_after_a_related_heading_is_hidden_until_the_story() {
        let text = "Les plus lus\n\
                    1. Inondations : 12 morts selon un nouveau bilan\n\
                    2. Le roi attendu à Port-Sélim le 20 mars\n\
                    \n\
                    Le ministre est arrivé le 3 mars à Dakar pour une visite de trois jours.";
        let got = lines(text);
        assert_eq!(got.len(), 3, "{got:#?}");
        assert!(!got.iter().any(|l| l.contains("arrivé")), "{got:#?}");
        let md = "## Sur le même sujet\n\n- [Marandie : 12 morts](https://x.fr/a)\n- [Le roi attendu](https://x.fr/b)\n\nMots-clés : Marandie";
        assert_eq!(lines(md).len(), 4, "{:#?}", lines(md));
    }

    #[test]
    fn stamps_carry_their_dates_and_roles() {
        let got = stamps(
            "Par Jean Dupont\n\
             Publié le 12/03/2024 à 14:05 · Mis à jour le 19/03/2024 à 09:12\n\
             Bamako, 11 mars 2024 (AFP) - Le président est arrivé lundi.\n\
             Mis à jour le 13 mars 2024\n\
             Lundi 11 mars 2024\n\
             PARIS (AFP) - Le ministre a parlé.",
        );
        let want = [
            (
                "Publié le 12/03/2024 à 14:05 · Mis à jour le 19/03/2024 à 09:12",
                StampRole::Byline,
                Some("2024-03-12"),
            ),
            (
                "Bamako, 11 mars 2024 (AFP) -",
                StampRole::Dateline,
                Some("2024-03-11"),
            ),
            (
                "Mis à jour le 13 mars 2024",
                StampRole::Updated,
                Some("2024-03-13"),
            ),
            ("Lundi 11 mars 2024", StampRole::Header, Some("2024-03-11")),
            ("PARIS (AFP) -", StampRole::Hide, None),
        ];
        for w in want {
            assert!(
                got.iter()
                    .any(|g| g.0 == w.0 && g.1 == w.1 && g.2.as_deref() == w.2),
                "{w:?} not in {got:#?}"
            );
        }
        assert_eq!(got.len(), want.len(), "{got:#?}");
    }

    #[test]
    fn impossible_stamp_dates_are_left_to_the_date_extractor() {
        assert!(stamps("Publié le 31/02/2024 à 14:05").is_empty());
    }

    #[test]
    fn every_publication_rule_has_a_known_value() {
        for rule in RULES.language("fr").unwrap().rules_of("publication") {
            assert!(
                StampRole::from_value(rule.value.as_deref()).is_some(),
                "{}: unknown value {:?}",
                rule.id,
                rule.value
            );
        }
    }
}
