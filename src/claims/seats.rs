//! Seats in an assembly, keyed by who won them: "The Liberty Party won 112
//! of the 200 seats" is 112 seats of the Liberty Party and a chamber of
//! 200, never a figure of seats that two parties' results would contradict.
//! Lexicons:
//!
//! - `seats.noun`: the nouns of seats ("seats"); a count of them is claimed
//!   here or not at all.
//! - `seats.verb`: verbs between the owner and the figure ("won", "took",
//!   "secured"); the owner is the person named right before the verb, or
//!   the capitalised words there ("The Social Democrats took 54 seats"),
//!   articles and a possessive's owner left out ("Ivo Lind's Reform
//!   Party"). Claimed as `seats:<party>` (or the person's), attribute
//!   `seats`.
//! - `seats.total`: words between a party's figure and the chamber's ("112
//!   of the 200 seats", "112 out of 200 seats"): the second is the
//!   chamber's size (`seats:chamber`, subject `the chamber`).
//! - `seats.not`: words right before a figure that make it no one's result
//!   ("needs 101 seats", "a majority of 12 seats", "lost 12 seats"): no
//!   claim; nor seats of another election ("In 2021 it won 98 seats").

use super::*;

impl Builder<'_, '_> {
    /// Whether the count at `span` counts seats; if so, its claims (the
    /// owner's, the chamber's, or none) are pushed here.
    pub(super) fn seat_claims(&mut self, span: Span, rule: &str, q: &QuantityMention) -> bool {
        let doc = self.doc;
        let head = fold_key(doc.slice(q.noun_span));
        let head = head.split_whitespace().next().unwrap_or("");
        if !is_word(doc, "seats.noun", head) {
            return false;
        }
        // Seats won at another election ("In 2021 it won 98 seats") are
        // that one's: no claim.
        if self.era_of(span, self.story_year()) != past::Era::Now {
            return true;
        }
        let text = doc.text();
        let before = self.words_before_number(span, 80);
        let ends_with = |hay: &str, lexicon: &str| form_ending(doc, lexicon, hay).map(|(_, n)| n);
        if ends_with(&before, "seats.not").is_some() {
            return true;
        }
        // "112 of the 200 seats": the figure before is the owner's.
        if let Some(n) = ends_with(&before, "seats.total") {
            let gap_start = before.len() - n;
            let owned = self.ctx.numbers.iter().rev().find(|(s, _, _)| {
                s.end <= span.start
                    && fold_key(&text[s.end..span.start]).trim().len() <= n + 2
                    && fold_key(&text[s.end..span.start])
                        .trim()
                        .ends_with(before[gap_start..].trim())
            });
            self.push(
                ("the chamber".to_string(), "seats:chamber".to_string()),
                "seats",
                Value::Quantity(Quantity::new(q.value, q.qualifier)),
                span,
                rule,
                None,
            );
            if let Some(&(nspan, nrule, v)) = owned
                && let Some(owner) = self.seat_owner(nspan)
            {
                let qualifier = qualifier_before(doc, nspan);
                self.push(
                    owner,
                    "seats",
                    Value::Quantity(Quantity::new(v, qualifier)),
                    nspan,
                    nrule,
                    None,
                );
            }
            return true;
        }
        if let Some(owner) = self.seat_owner(span) {
            self.push(
                owner,
                "seats",
                Value::Quantity(Quantity::new(q.value, q.qualifier)),
                span,
                rule,
                None,
            );
        }
        true
    }

    /// Who won the seats of the figure at `span`: the person or the
    /// capitalised name right before a `seats.verb` that ends the words
    /// before the figure, in its clause.
    fn seat_owner(&self, span: Span) -> Option<(String, String)> {
        let doc = self.doc;
        let text = doc.text();
        let sentence = doc.sentence_of(span)?;
        let from = look_back(text, span.start, 120, sentence.start);
        let raw = &text[from..span.start];
        // The qualifier ("nearly") and the verb, read on the folded words.
        let words: Vec<(usize, &str)> = raw
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - raw.as_ptr() as usize, w))
            .collect();
        let folded: Vec<String> = words.iter().map(|(_, w)| fold_key(w)).collect();
        let verbs = doc.lang.lexicon("seats.verb");
        let qualifiers = doc.lang.lexicon("qualifier");
        // The longest verb form ending at word `end` (exclusive).
        let verb_before = |end: usize| -> Option<usize> {
            verbs
                .folded_forms()
                .filter_map(|(_, f)| {
                    let n = f.split_whitespace().count();
                    (n <= end && folded[end - n..end].join(" ") == *f).then_some(n)
                })
                .max()
        };
        let mut end = folded.len();
        // A qualifier of up to three words right before the figure.
        for n in (1..=3).rev() {
            if n <= end && qualifiers.key_of(&folded[end - n..end].join(" ")).is_some() {
                end -= n;
                break;
            }
        }
        let n = verb_before(end)?;
        let verb_at = from + words[end - n].0;
        // A person named right before the verb.
        let person = self
            .ctx
            .people()
            .filter(|(s, _, _, _)| {
                s.end <= verb_at && text[s.end..verb_at].trim().is_empty() && s.start >= from
            })
            .last();
        if let Some((_, _, _, id)) = person {
            return Some((self.ctx.display(id), format!("person:{id}")));
        }
        // Capitalised words right before the verb: the party.
        let mut name: Vec<&str> = Vec::new();
        for (i, (_, w)) in words[..end - n].iter().enumerate().rev() {
            let w = w.trim_end_matches([',', ';']);
            let starts_upper = w.starts_with(|c: char| c.is_uppercase());
            if !starts_upper
                || w.len() != words[i].1.len()
                || is_word(doc, "grammar.article", &folded[i])
            {
                break;
            }
            // "Ivo Lind's Reform Party": the possessive's owner is not the
            // party's name.
            if w.ends_with("'s") || w.ends_with("’s") {
                break;
            }
            name.push(w);
        }
        if name.is_empty() {
            return None;
        }
        name.reverse();
        let shown = name.join(" ");
        let key = place_key(&shown);
        (!key.is_empty()).then(|| (shown, format!("seats:{key}")))
    }
}
