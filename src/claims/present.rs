//! How many people were at a place when something happened: "about 750
//! campers were at the camp", "the school was hosting 420 pupils",
//! "there were some 600 children at Camp Larkin", "the camp had some
//! 700 girls", "with 189 people on board". A count of people (a generic
//! head of `count.generic_head` or a group of `count.not_subject` key
//! `group`) takes the canonical noun of `count.present` (`people
//! present`, `people on board`; other nouns of people a place holds:
//! `count.present_people`, "pupils", "guests"), never a toll's: the dead and the missing
//! of the same place keep their own figures. Lexicons:
//!
//! - `count.present` (keys are canonical nouns): what follows the noun in
//!   its clause ("were at", "were in residence at", "on board"). A form
//!   ending with a preposition (`grammar.preposition`: "were at") needs a
//!   place after it: a capitalised word or a `count.present_place` noun
//!   ("were at the camp", "were in Larkin"; "were in critical condition"
//!   says nothing of a place).
//! - What stands right before the figure (keys are canonical nouns):
//!   `count.present_before` says it alone ("was hosting 420 pupils");
//!   `count.present_there` ("there were") needs a `count.present_at` word
//!   and a place after the noun ("there were 600 children at Camp
//!   Larkin"); `count.present_have` ("has", "had", "with") needs a
//!   `count.present_place` noun among the four words before it ("the camp
//!   had some 700 girls").

use super::*;

impl Builder<'_, '_> {
    /// The canonical noun (`count.present` key) of a count of people
    /// present at a place, or `None`.
    pub(super) fn presence(&self, span: Span, noun: Span) -> Option<String> {
        let doc = self.doc;
        let present = doc.lang.lexicon("count.present");
        if present.is_empty() || !self.people_noun(noun) {
            return None;
        }
        let text = doc.text();
        let sentence = doc.sentence_of(noun)?;
        let end = crate::text::floor_char_boundary(
            text,
            (noun.end + 160).min(sentence.end.max(noun.end)),
        );
        let rest = &text[noun.end.max(span.end).min(end)..end];
        let rest = &rest[..rest
            .find([',', ';', ':', '.', '(', '"', '“', '—'])
            .unwrap_or(rest.len())];
        let raw: Vec<&str> = rest.split_whitespace().collect();
        let words: Vec<String> = raw.iter().map(|w| fold_key(w)).collect();
        // The form of `lexicon` the words after the noun start with (from
        // word `at`), its key and the index of the word after it.
        let form_at = |lexicon: &str, at: usize| -> Option<(String, String, usize)> {
            let tail = words.get(at..)?.join(" ");
            doc.lang
                .lexicon(lexicon)
                .folded_forms()
                .filter(|(_, f)| {
                    tail.strip_prefix(f)
                        .is_some_and(|r| r.is_empty() || r.starts_with(' '))
                })
                .max_by_key(|(_, f)| f.len())
                .map(|(k, f)| {
                    (
                        k.to_string(),
                        f.to_string(),
                        at + f.split_whitespace().count(),
                    )
                })
        };
        // A place from word `at` on: articles skipped, then a capitalised
        // word or a place noun (its first word).
        let place_at = |mut at: usize| -> bool {
            while words
                .get(at)
                .is_some_and(|w| is_word(doc, "grammar.article", w))
            {
                at += 1;
            }
            // An acronym ("were in ICU") is no place name.
            raw.get(at).is_some_and(|w| {
                w.starts_with(|c: char| c.is_uppercase()) && w.chars().any(char::is_lowercase)
            }) || words
                .get(at)
                .is_some_and(|w| is_word(doc, "count.present_place", w))
        };
        let needs_place = |form: &str| {
            form.split_whitespace()
                .next_back()
                .is_some_and(|w| is_word(doc, "grammar.preposition", w))
        };
        // After the noun: "were at the camp", "on board".
        if let Some((key, form, next)) = form_at("count.present", 0)
            && (!needs_place(&form) || place_at(next))
        {
            return Some(key);
        }
        // Before the figure: "was hosting", "there were … at", "the camp had".
        let before = self.words_before_number(span, 60);
        let ending =
            |lexicon: &str| form_ending(doc, lexicon, &before).map(|(k, n)| (k.to_string(), n));
        if let Some((key, _)) = ending("count.present_before") {
            return Some(key);
        }
        if ending("count.present_there").is_some() {
            let (key, _, next) = form_at("count.present_at", 0)?;
            return place_at(next).then_some(key);
        }
        let (key, len) = ending("count.present_have")?;
        let subject = &before[..before.len() - len];
        subject
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .rev()
            .take(4)
            .any(|w| is_word(doc, "count.present_place", w))
            .then_some(key)
    }

    /// Whether a counted noun names people: a generic head ("people",
    /// "children", "46 elderly residents"), a group ("campers") or people
    /// of `count.present_people` ("pupils", "guests").
    fn people_noun(&self, noun: Span) -> bool {
        let doc = self.doc;
        let written = fold_key(doc.slice(noun));
        let mut words = written.split_whitespace();
        let first = words.next().unwrap_or("");
        let last = words.next_back().unwrap_or(first);
        is_word(doc, "count.generic_head", first)
            || is_word(doc, "count.generic_head", last)
            || is_word(doc, "count.present_people", last)
            || doc.lang.lexicon("count.not_subject").key_of(first) == Some("group")
    }
}
