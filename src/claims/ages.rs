//! The ages of a group: the youngest and the oldest of the people a story
//! is about ("campers aged 8 to 17", "girls between the ages of 7 and 17",
//! "passengers ranging in age from 3 to 78", "the youngest victim was 7",
//! "kids as young as 8", "the oldest was a 78-year-old man"). Claimed for
//! the story's group as a whole (subject `the group`, key `ages:group`),
//! attributes the keys of `age.extreme` (`youngest age`, `oldest age`), so
//! that "aged 8 to 17" and "as young as 7" compare. Lexicons:
//!
//! - `age.range_open`: what opens a range of ages right before its first
//!   figure ("aged", "between the ages of", "ranging in age from"); the
//!   second figure follows behind a `age.range_join` word of the same key
//!   (key `to`: "aged 8 to 17"; key `and`: "between the ages of 7 and 17";
//!   "flight attendants aged 25 and 33" are two people, no range).
//! - `age.extreme` (keys `youngest age`, `oldest age`): words at most five
//!   words before a lone age in its clause ("the youngest victim was 7",
//!   "as old as 80"); the figure is a bare number or an age
//!   ("a 3-year-old boy"), never a count of things ("the youngest of five
//!   children").

use super::*;

impl Builder<'_, '_> {
    pub(super) fn group_age_claims(&mut self) {
        let doc = self.doc;
        let extreme = doc.lang.lexicon("age.extreme");
        if extreme.is_empty() {
            return;
        }
        let text = doc.text();
        // Ages and bare numbers, in text order; durations in years may
        // close a range ("aged 8 to 17 years").
        let mut figures: Vec<(Span, &str, f64, bool)> = self
            .ctx
            .numbers
            .iter()
            .map(|&(s, r, v)| (s, r, v, true))
            .chain(
                self.ctx
                    .quantities
                    .iter()
                    .filter_map(|&(s, r, q)| match &q.measure {
                        Measure::Age => Some((s, r, q.value, true)),
                        Measure::Duration { .. } => Some((s, r, q.value, false)),
                        _ => None,
                    }),
            )
            .filter(|(_, _, v, _)| v.fract() == 0.0 && (1.0..=120.0).contains(v))
            .collect();
        figures.sort_by_key(|(s, _, _, _)| (s.start, s.end));
        let (youngest, oldest) = (YOUNGEST.to_string(), OLDEST.to_string());
        let subject = || ("the group".to_string(), "ages:group".to_string());
        // The key of the longest form of `lexicon` that ends `before`.
        let ends_with_form = |before: &str, lexicon: &str| {
            form_ending(doc, lexicon, before).map(|(k, _)| k.to_string())
        };
        let story = self.story_year();
        let mut used: Vec<Span> = Vec::new();
        for (i, &(span, rule, value, lone)) in figures.iter().enumerate() {
            if used.contains(&span) || self.era_of(span, story) != past::Era::Now {
                continue;
            }
            let Some(sentence) = doc.sentence_of(span) else {
                continue;
            };
            if text[span.end..].trim_start().starts_with('%') {
                continue;
            }
            let from = look_back(text, span.start, 120, sentence.start);
            let before = fold_key(&text[from..span.start]);
            let before = before.trim_end();
            // A range: "aged 8 to 17".
            let range = ends_with_form(before, "age.range_open").and_then(|kind| {
                let &(next, next_rule, upper, _) = figures.get(i + 1)?;
                if next.start >= sentence.end || next.start < span.end {
                    return None;
                }
                let gap = fold_key(&text[span.end..next.start]);
                let gap = gap.trim();
                let joined = doc
                    .lang
                    .lexicon("age.range_join")
                    .folded_forms_of(&kind)
                    .iter()
                    .any(|f| f == gap);
                (joined && upper > value).then_some((next, next_rule, upper))
            });
            if let Some((next, next_rule, upper)) = range {
                used.push(next);
                for (attribute, v, s, r) in [
                    (&youngest, value, span, rule),
                    (&oldest, upper, next, next_rule),
                ] {
                    self.push(
                        subject(),
                        attribute,
                        Value::Quantity(Quantity::new(v, crate::value::Qualifier::Exact)),
                        s,
                        r,
                        None,
                    );
                }
                continue;
            }
            if !lone {
                continue;
            }
            // One end: "the youngest victim was 7", "as young as 8", "the
            // oldest victim, 81,", "The oldest, aged 88," (an apposition's
            // commas end no clause: the five words of the gap bound it).
            let clause = before.rsplit([';', ':', '(', '.']).next().unwrap_or(before);
            let found = extreme
                .folded_forms()
                .filter_map(|(k, f)| {
                    let at = whole_word_positions(clause, f).last()?;
                    let gap = &clause[at + f.len()..];
                    (gap.split_whitespace().count() <= 5
                        && !gap.contains(|c: char| c.is_ascii_digit()))
                    .then_some((at, k))
                })
                .max_by_key(|(at, _)| *at);
            let Some((_, key)) = found else {
                continue;
            };
            self.push(
                subject(),
                key,
                Value::Quantity(Quantity::new(value, crate::value::Qualifier::Exact)),
                span,
                rule,
                None,
            );
        }
    }
}

/// The attributes of the two ends of a group's ages: canonical keys of
/// `age.extreme`, shared by every language.
const YOUNGEST: &str = "youngest age";
const OLDEST: &str = "oldest age";
