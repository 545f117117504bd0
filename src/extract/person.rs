//! People with their titles, ranks and roles.
//!
//! Rules of kind `person` (`rules/fr/persons.json`) find a name together
//! with what introduces it: a military rank ("le général Assimi Goïta"), a
//! civil title ("M. Goïta", "le président russe Vladimir Poutine"), or a
//! role in apposition ("le président de la transition, le général d'armée
//! Assimi Goïta"; "Sébastien Lecornu, Premier ministre"). The named groups
//! are `rank`, `title`, `role` and `name`; ranks, titles and roles are
//! canonicalised through their lexicons, ranks carry their `rank.is_a`
//! ancestors ("général d'armée" is a "général").
//!
//! Once the titled people of an article are known, their later bare
//! mentions ("Goïta", "Assimi Goita") are found too, so the article's main
//! person can be counted.
//!
//! Known limits: names are recognised by their capitals, so an all-lowercase
//! name is missed; two different people sharing a surname in one story are
//! merged; pronouns are not resolved.

use serde::Serialize;

use super::{Doc, Mention, MentionKind, longest_non_overlapping};
use crate::text::{DisjointSpans, Span, fold_key};
use std::collections::HashSet;

/// A rank with the more general ranks it is a form of.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rank {
    pub name: String,
    pub is_a: Vec<String>,
    /// NATO grade code ("OF-9"), for seniority.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grade: Option<String>,
}

/// A person named in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonMention {
    /// The name as written ("Assimi Goïta", "Goïta").
    pub name: String,
    /// Folded, lower-cased surname ("goita").
    pub surname: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<Rank>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// Span of the rank words, when a rank was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank_span: Option<Span>,
}

impl PersonMention {
    pub fn value_string(&self) -> String {
        let mut s = String::new();
        if let Some(r) = &self.rank {
            s.push_str(&r.name);
            s.push(' ');
        }
        s.push_str(&self.name);
        for r in &self.roles {
            s.push_str(&format!(" [{r}]"));
        }
        s
    }
}

/// Look up a rank and its ancestors.
pub fn rank_of(doc: &Doc, written: &str) -> Option<Rank> {
    let lex = doc.lang.lexicon("rank");
    let key = lex.key_of(written)?;
    let is_a = doc.lang.lexicon("rank.is_a").forms_of(key).to_vec();
    let grade = doc
        .lang
        .lexicon("rank.grade")
        .forms_of(key)
        .first()
        .cloned();
    Some(Rank {
        name: key.to_string(),
        is_a,
        grade,
    })
}

/// The word just before a byte offset of the original text, folded.
fn word_before(doc: &Doc, offset: usize) -> String {
    word_before_in(doc.text(), offset)
}

/// The word just before a byte offset of a text, folded ("l'" stays "l'").
pub fn word_before_in(text: &str, offset: usize) -> String {
    let before = text[..offset].trim_end();
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = fold_key(&before[start..]);
    // "d'Assimi" / "l'ONU": the elided article is the word before.
    match word.rfind('\'') {
        Some(i) if i + 1 < word.len() => word[..=i].to_string(),
        _ => word,
    }
}

/// In an all-caps headline the words after a name are capitals too
/// ("HÉLÈNE VARGA EN VISITE"): the name ends before the first short
/// function word written in capitals (`name.not_inside`).
fn cut_caps_tail(doc: &Doc, span: Span) -> Span {
    let stop = doc.lang.lexicon("name.not_inside");
    let text = doc.slice(span);
    let mut offset = 0;
    for word in text.split_inclusive(char::is_whitespace) {
        let w = word.trim_end();
        let all_caps = w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
        if offset > 0 && all_caps && stop.key_of(w).is_some() {
            let end = span.start + text[..offset].trim_end().len();
            return Span::new(span.start, end);
        }
        offset += word.len();
    }
    span
}

/// Drop leading words that start sentences but never names ("Selon"),
/// and a title, rank or role of up to three words that a pattern's name
/// took in ("Cardinal Prevost, aged 69,": the name is Prevost; "Prime
/// Minister Teodor Vasko came second": Teodor Vasko).
fn trim_name(doc: &Doc, span: Span) -> Option<Span> {
    let stop = doc.lang.lexicon("name.not_first");
    let titles = ["title", "rank", "role"].map(|l| doc.lang.lexicon(l));
    let mut start = span.start;
    loop {
        let rest = &doc.text()[start..span.end];
        let first_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let first = &rest[..first_len];
        // A title of two or three words ("Prime Minister") and the words
        // after it, when some are left.
        let words: Vec<(usize, &str)> = rest
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - rest.as_ptr() as usize, w))
            .take(4)
            .collect();
        let long_title = (2..=3.min(words.len().saturating_sub(1))).rev().find(|&n| {
            let (at, last) = words[n - 1];
            let phrase = &rest[..at + last.len()];
            titles.iter().any(|t| t.key_of(phrase).is_some())
        });
        if let Some(n) = long_title {
            start += words[n].0;
            continue;
        }
        // "…au président élu / Arrivé au pouvoir après…": a heading's
        // title before a sentence that opens on a verb; an event trigger's
        // word (`event.*` lexicons) is no name.
        let verb = || {
            doc.lang
                .lexicons
                .iter()
                .filter(|(name, _)| name.starts_with("event."))
                .any(|(_, lex)| lex.key_of(first).is_some())
        };
        if stop.key_of(first).is_none()
            && stop.key_of(first.trim_end_matches('\'')).is_none()
            && titles.iter().all(|t| t.key_of(first).is_none())
            && !verb()
        {
            return Some(Span::new(start, span.end));
        }
        if first_len == rest.len() {
            return None;
        }
        let skip = rest[first_len..].len() - rest[first_len..].trim_start().len();
        start += first_len + skip;
        if start >= span.end {
            return None;
        }
    }
}

/// The key of a surname: the last word, and of a hyphenated last word its
/// last part, apostrophes dropped, so that the spellings of one name agree
/// ("Bilie-By-Nze", "Bilie By Nze" and "Bilie-by-Nze" are "nze";
/// "N'Goma" and "Ngoma" are "ngoma").
pub fn surname_of(name: &str) -> String {
    let last = fold_key(name.split_whitespace().last().unwrap_or(name));
    let last = last.rsplit('-').find(|p| !p.is_empty()).unwrap_or(&last);
    last.chars()
        .filter(|c| *c != '\'' && *c != '\u{2019}')
        .collect()
}

/// Find the people of a document.
pub fn extract(doc: &Doc) -> Vec<Mention> {
    let mut found = Vec::new();
    for rule in doc.lang.rules_of("person") {
        for m in doc.matches(rule) {
            let Some(name_span) = m.group_span("name") else {
                continue;
            };
            let Some(trimmed) = trim_name(doc, name_span) else {
                continue;
            };
            let name_span = cut_caps_tail(doc, trimmed);
            // "The Liberty Party won 44.5%": a name ending in an
            // organisation's word (`name.not_last`) is no person's.
            let last = doc.slice(name_span).split_whitespace().next_back();
            if last.is_some_and(|w| doc.lang.lexicon("name.not_last").key_of(w).is_some()) {
                continue;
            }
            // `"value": "full-name"`: the rule reads a name only when it has
            // a first name and a surname once leading words are trimmed
            // ("In Paris, the president" names nobody).
            if rule.value.as_deref() == Some("full-name")
                && doc.slice(name_span).split_whitespace().count() < 2
            {
                continue;
            }
            let rank_span = m.group_span("rank");
            if let Some(rs) = rank_span
                && doc
                    .lang
                    .lexicon("rank.not_after")
                    .key_of(&word_before(doc, rs.start))
                    .is_some()
            {
                continue;
            }
            // "in Kerr County, Sheriff Larry Leitha said": a role ending
            // the match right before a capitalised word is the title of
            // the name that follows, not the apposition of the one before.
            if let Some(role) = m.group_span("role")
                && role.end == m.span.end
                && role.start > name_span.end
                && next_word_is_capitalised(doc.text(), role.end)
            {
                continue;
            }
            let rank = m.group("rank").and_then(|r| rank_of(doc, r));
            let mut roles = Vec::new();
            if let Some(role) = m.group("role")
                && let Some(key) = doc.lang.lexicon("role").key_of(role)
            {
                roles.push(key.to_string());
            }
            if let Some(title) = m.group("title")
                && let Some(key) = doc.lang.lexicon("role").key_of(title)
            {
                roles.push(key.to_string());
            }
            let name = doc.slice(name_span).to_string();
            // A match that starts with the name starts where the name does
            // once leading non-name words are trimmed.
            // A rule that only names (a candidate in a results list: "Awa
            // Diarra : 52,3 %") yields the name alone: what follows it is
            // the claim's, not the person's.
            let name_only = m.group_span("rank").is_none()
                && m.group_span("title").is_none()
                && m.group_span("role").is_none();
            // Without a title, one capitalised word is no name ("Le
            // Sénégal remporte…" once "Le" is trimmed), unless the rule's
            // context shows it is one (`"value": "apposed"`: "Ortiz, a
            // 41-year-old nurse,"), and then only as written ("In Bangkok,
            // a 30-year-old worker," names nobody once "In" is trimmed).
            let apposed = rule.value.as_deref() == Some("apposed");
            if apposed
                && m.group_span("name")
                    .is_some_and(|n| n.start != trimmed.start)
            {
                continue;
            }
            if name_only && !apposed && doc.slice(name_span).split_whitespace().count() < 2 {
                continue;
            }
            // Context a pattern reads after its groups ("Colonel Jon
            // Bakker, 44,": the age) is not the person's mention.
            let groups_end = ["name", "rank", "title", "role"]
                .iter()
                .filter_map(|g| m.group_span(g))
                .map(|g| g.end)
                .max()
                .unwrap_or(m.span.end)
                .min(m.span.end);
            let mut span = if name_only {
                name_span
            } else if m
                .group_span("name")
                .is_some_and(|n| n.start == m.span.start)
            {
                Span::new(name_span.start, groups_end)
            } else {
                Span::new(m.span.start, groups_end)
            };
            // A name cut short ends the mention too when it ended the match.
            if trimmed.end == m.span.end && name_span.end < trimmed.end {
                span.end = name_span.end;
            }
            found.push(Mention {
                span,
                rule: rule.id.clone(),
                kind: MentionKind::Person(PersonMention {
                    surname: surname_of(&name),
                    name,
                    rank,
                    roles,
                    rank_span,
                }),
            });
        }
    }
    let mut titled = longest_non_overlapping(found);
    titled.extend(bare_mentions(doc, &titled));
    titled.sort_by_key(|m| m.span);
    titled
}

/// Whether the word after `offset` (past spaces, on the same line) starts
/// with a capital letter.
fn next_word_is_capitalised(text: &str, offset: usize) -> bool {
    let rest = &text[offset..];
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    trimmed.len() < rest.len() && trimmed.chars().next().is_some_and(char::is_uppercase)
}

/// Later mentions of already-introduced people by full name or surname.
fn bare_mentions(doc: &Doc, titled: &[Mention]) -> Vec<Mention> {
    let mut names: Vec<(String, String)> = Vec::new(); // (folded form, display name)
    let mut seen: HashSet<String> = HashSet::new();
    for m in titled {
        if let MentionKind::Person(p) = &m.kind {
            let full = fold_key(&p.name);
            if seen.insert(full.clone()) {
                names.push((full, p.name.clone()));
            }
            if seen.insert(p.surname.clone()) {
                names.push((p.surname.clone(), p.name.clone()));
            }
        }
    }
    // Longest forms first so "assimi goita" wins over "goita".
    names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    names.retain(|(form, _)| form.len() >= 3);
    if names.is_empty() {
        return Vec::new();
    }
    let folded_lower = doc.folded.text.to_lowercase();
    // Every occurrence of every form in one pass over the text (a search
    // per form made a long article with many people quadratic), then, form
    // by form in the order above, the occurrences a left-to-right search
    // for that form alone would find.
    // The cheapest automaton to build: an article has few names, and the
    // prefilter does most of the search.
    let Ok(searcher) = aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
        .build(names.iter().map(|(f, _)| f))
    else {
        return Vec::new();
    };
    let mut hits: Vec<Vec<(usize, usize)>> = vec![Vec::new(); names.len()];
    for m in searcher.find_overlapping_iter(&folded_lower) {
        hits[m.pattern().as_usize()].push((m.start(), m.end()));
    }
    let mut taken = DisjointSpans::default();
    for t in titled {
        taken.insert(t.span);
    }
    let mut out: Vec<Mention> = Vec::new();
    for ((_, display), mut at) in names.into_iter().zip(hits) {
        at.sort_unstable();
        let mut from = 0;
        for (s, e) in at {
            if s < from {
                continue;
            }
            from = e;
            let boundary_before = folded_lower[..s]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let boundary_after = folded_lower[e..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if !boundary_before || !boundary_after {
                continue;
            }
            // Must be capitalised in the text: a name, not a word.
            if !doc.folded.text[s..].starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            let span = doc.folded.to_original(Span::new(s, e));
            if taken.overlaps(span) {
                continue;
            }
            taken.insert(span);
            out.push(Mention {
                span,
                rule: format!("{}.person.known-name", doc.lang.code),
                kind: MentionKind::Person(PersonMention {
                    name: display.clone(),
                    surname: surname_of(&display),
                    rank: None,
                    roles: vec![],
                    rank_span: None,
                }),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::found;

    fn people(text: &str) -> Vec<String> {
        found(text, super::extract)
            .into_iter()
            .map(|(_, v)| v)
            .collect()
    }

    #[test]
    fn ranks_titles_and_roles_in_other_phrasings() {
        let got = people(
            "Le chef d'état-major des armées, le général de division Jean Martin, a reçu \
             la ministre Rachida Dati. Selon Mme Dati, le lieutenant-colonel Paul Roux reste.",
        );
        assert!(
            got.contains(&"général de division Jean Martin [chef d'état-major des armées]".into()),
            "{got:?}"
        );
        assert!(got.contains(&"Rachida Dati".into()), "{got:?}");
        assert!(
            got.contains(&"lieutenant-colonel Paul Roux".into()),
            "{got:?}"
        );
        // The later "Dati" is a mention of the same person.
        assert!(
            got.iter().filter(|v| v.contains("Dati")).count() >= 2,
            "{got:?}"
        );
    }

    #[test]
    fn all_caps_headlines_end_the_name_at_a_function_word() {
        let got = people(
            "LA PRÉSIDENTE HÉLÈNE VARGA EN VISITE À PARIS\nLe COLONEL JEAN DE LA ROCHE arrive.",
        );
        assert!(got.contains(&"HÉLÈNE VARGA [président]".into()), "{got:?}");
        assert!(got.iter().all(|v| !v.contains("VISITE")), "{got:?}");
    }

    #[test]
    fn a_role_of_a_country_written_with_an_elided_article() {
        let got = people("La présidente de l'Ostrélie, Hélène Varga, est arrivée lundi.");
        assert!(got.contains(&"Hélène Varga [président]".into()), "{got:?}");
    }

    #[test]
    fn a_no_break_space_before_a_rank_is_one_character() {
        let got = people("le secrétaire\u{a0}général Antonio Guterres et le\u{a0}colonel Ali Sow");
        assert!(got.iter().all(|v| !v.starts_with("général")), "{got:?}");
        assert!(got.contains(&"colonel Ali Sow".into()), "{got:?}");
    }

    #[test]
    fn general_inside_another_title_is_no_rank() {
        let got = people("Le secrétaire général Antonio Guterres a condamné l'attaque.");
        assert!(got.iter().all(|v| !v.starts_with("général")), "{got:?}");
    }

    #[test]
    fn accents_and_case_do_not_matter_for_ranks() {
        let got = people("le GENERAL D'ARMEE Ali Traoré et le Colonel Ali Traoré");
        assert!(
            got.contains(&"général d'armée Ali Traoré".into()),
            "{got:?}"
        );
        assert!(got.contains(&"colonel Ali Traoré".into()), "{got:?}");
    }

    #[test]
    fn lowercase_words_after_a_rank_are_not_names() {
        assert!(people("Le colonel a quitté la caserne hier.").is_empty());
        assert!(people("Le capitaine de l'équipe a marqué.").is_empty());
    }

    // Phrasings from the generality fixtures' newsrooms.

    #[test]
    fn a_role_before_a_name_is_its_title_not_an_apposition() {
        let en = |t: &str| -> Vec<String> {
            crate::extract::testing::run_en(t, super::extract)
                .iter()
                .map(|m| m.value_string())
                .collect()
        };
        let got = en("At least 68 people died in Kerr County, Sheriff Larry Leitha said.");
        assert!(got.iter().all(|p| !p.starts_with("Kerr County")), "{got:?}");
        assert!(got.iter().any(|p| p.starts_with("Larry Leitha")), "{got:?}");
        // "Lt." shortens "Lieutenant" before the full word too.
        let got = en("The Lt. Governor of Texas, Dan Patrick, asked for prayers.");
        assert!(
            got.contains(&"Dan Patrick [lieutenant-gouverneur]".to_string()),
            "{got:?}"
        );
        // The apposition itself still reads.
        let got = en("Keir Starmer, the prime minister, said on Monday.");
        assert!(got.iter().any(|p| p.starts_with("Keir Starmer")), "{got:?}");
    }

    #[test]
    fn unknown_nationalities_commas_and_appointments() {
        let got = people("La cheffe de la diplomatie bolivienne, Ana Ruiz, est partie.");
        assert!(
            got.contains(&"Ana Ruiz [ministre des Affaires étrangères]".into()),
            "{got:?}"
        );
        let got = people("Il a vu son homologue péruvien, Luis Cano, à Lima.");
        assert!(got.contains(&"Luis Cano".into()), "{got:?}");
        let got = people("Le colonel-major Awa Sow est nommée jeudi chef d'état-major général.");
        assert!(
            got.contains(&"colonel-major Awa Sow [chef d'état-major des armées]".into()),
            "{got:?}"
        );
    }

    #[test]
    fn a_verb_after_a_headings_title_and_a_presentative_are_no_names() {
        let got = people(
            "Du soldat au président élu\nArrivé au pouvoir en 2023, il a gouverné seul. \
             C'est Marc Obiang, président du Sénat, qui a parlé.",
        );
        assert!(got.iter().all(|v| !v.contains("Arrivé")), "{got:?}");
        assert!(got.iter().all(|v| !v.contains("C'est")), "{got:?}");
        assert!(got.iter().any(|v| v.starts_with("Marc Obiang")), "{got:?}");
    }
}
