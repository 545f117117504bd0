//! Named events of one kind told apart: "the Eaton Fire" and "the
//! Palisades Fire", two storms, two quakes in one article.
//!
//! An article that names two or more events of one type (a capitalised
//! name right before the event's noun: "Eaton Fire", "Palisades fire")
//! gives figures for each: a count or an area whose sentence names one of
//! them before it, nothing else named in between, is that event's
//! (`count@named-eaton:structures`, `measure@named-eaton:acre`), so the
//! figures of two fires, and their total, are never compared with each
//! other. Figures in sentences that name no event stay the story's. An
//! article that names a single event of its type keeps every figure the
//! story's (there is nothing to tell apart, and "Hurricane Helene killed
//! 200" must agree with "the storm killed 200").

use std::collections::BTreeSet;

use super::*;

/// An article's named events, found once per article.
pub(super) struct NamedEvents {
    /// Sorted by end.
    by_end: Vec<Named>,
    /// The event types they name ("fire").
    types: BTreeSet<String>,
}

/// One mention of a named event: where it ends, its key and display name.
pub(super) struct Named {
    start: usize,
    end: usize,
    /// The event type ("fire").
    event: String,
    /// `None` for names joined by a conjunction ("the Eaton and Palisades
    /// wildfires", "the Palisades Fire and Eaton Fire"): what follows is
    /// their total, nobody's own.
    key: Option<String>,
    /// The names a joined mention holds (folded): they count among the
    /// names the article tells apart.
    joins: Vec<String>,
    display: String,
}

impl Builder<'_, '_> {
    /// The named events of the article whose type is named two or more
    /// ways, in text order.
    fn named_events(&self) -> Vec<Named> {
        let doc = self.doc;
        let text = doc.text();
        let not_first = doc.lang.lexicon("name.not_first");
        let mut found: Vec<(String, Named)> = Vec::new(); // (event type, mention)
        for (span, _, ev) in &self.ctx.events {
            if ev.part != EventPart::Whole {
                continue;
            }
            let before = text[..span.start].trim_end_matches([' ', '\u{a0}']);
            if before.len() + 1 > span.start {
                continue; // no space: not a separate word
            }
            let start = before
                .char_indices()
                .rev()
                .find(|&(_, c)| !(c.is_alphabetic() || c == '-'))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let name = &before[start..];
            // A capitalised word opening its sentence is no name
            // ("Deadly wildfires claim 29 lives").
            let opens = doc
                .sentence_of(*span)
                .is_some_and(|s| text[s.start..start].trim().is_empty());
            // "according to Cal Fire": an organisation, not a fire.
            let org = starting_in(
                &self.ctx.entities,
                |e| e.0.start,
                start.saturating_sub(40),
                span.end,
            )
            .iter()
            .any(|(s, e)| e.entity_kind == EntityKind::Org && s.start < span.end && s.end > start);
            if opens
                || org
                || !name.starts_with(char::is_uppercase)
                || name.chars().count() < 3
                || not_first.key_of(name).is_some()
            {
                continue;
            }
            // "the Eaton and Palisades wildfires", "the Palisades Fire and
            // Eaton Fire" name two at once.
            let prev = word_before_in(text, start);
            let joined = is_word(doc, "grammar.conjunction", &prev);
            // The names a joined mention tells apart: its own, and the
            // capitalised word before the conjunction ("Eaton").
            let mut joins = Vec::new();
            if joined {
                joins.push(fold_key(name));
                let conj = text[..start].trim_end();
                let other = conj
                    .get(..conj.len().saturating_sub(prev.len()))
                    .unwrap_or("")
                    .trim_end()
                    .rsplit(char::is_whitespace)
                    .next()
                    .unwrap_or("");
                if other.starts_with(char::is_uppercase)
                    && other.chars().count() >= 3
                    && other.chars().all(|c| c.is_alphabetic() || c == '-')
                {
                    joins.push(fold_key(other));
                }
            }
            found.push((
                ev.event.clone(),
                Named {
                    start,
                    end: span.end,
                    event: ev.event.clone(),
                    joins,
                    key: (!joined).then(|| fold_key(name)),
                    display: format!("{name} {}", doc.slice(*span).to_lowercase()),
                },
            ));
        }
        let mut names: BTreeMap<&str, std::collections::BTreeSet<&str>> = BTreeMap::new();
        for (event, n) in &found {
            let keys = n.key.iter().chain(&n.joins);
            names
                .entry(event.as_str())
                .or_default()
                .extend(keys.map(String::as_str));
        }
        let several: Vec<String> = names
            .iter()
            .filter(|(_, keys)| keys.len() >= 2)
            .map(|(e, _)| e.to_string())
            .collect();
        found
            .into_iter()
            .filter(|(e, _)| several.contains(e))
            .map(|(_, n)| n)
            .collect()
    }

    /// The named event a figure at `span` belongs to (`None` when the
    /// article tells no two events of a kind apart):
    /// - the last one named before it in its sentence;
    /// - else the one named right after it in its clause, no other number
    ///   in between ("with 17 deaths linked to the Eaton Fire");
    /// - else, in a sentence that names no event of that type at all ("The
    ///   flames destroyed 9,418 structures"), the one the sentence before
    ///   names, when it names exactly one: the figure continues its story.
    ///   A sentence with an unnamed trigger ("the two fires", "the blazes")
    ///   speaks of their total and stays the story's.
    pub(super) fn named_event_of(&self, span: Span) -> Option<(String, String)> {
        let doc = self.doc;
        let text = doc.text();
        let sentence = doc.sentence_of(span)?;
        // Found once and sorted by end (stably: of two ending alike, the
        // later one wins, as `max_by_key` chose); each figure looks at its
        // own sentence and the one before it by binary search. Finding them
        // for every figure made a long article quadratic (97% of a 50 MB
        // article).
        let named = self.named.get_or_init(|| {
            let mut v = self.named_events();
            v.sort_by_key(|n| n.end);
            let types = v.iter().map(|n| n.event.clone()).collect();
            NamedEvents { by_end: v, types }
        });
        if named.by_end.is_empty() {
            return None;
        }
        let ending_in = |within: Span| {
            let lo = named.by_end.partition_point(|n| n.end <= within.start);
            let hi = named.by_end.partition_point(|n| n.end <= within.end);
            &named.by_end[lo..hi]
        };
        let in_sentence = ending_in(sentence);
        let own = |n: &Named| Some((n.display.clone(), format!("named-{}", n.key.clone()?)));
        // Names joined before it ("the Creek and Dixie fires, with 3
        // deaths blamed on the Dixie Fire") leave the question open.
        if let Some(n) = in_sentence
            .iter()
            .filter(|n| n.end <= span.start)
            .max_by_key(|n| n.end)
            .filter(|n| n.key.is_some())
        {
            return own(n);
        }
        // Right after, in the clause: at most six words, no number.
        if let Some(n) = in_sentence
            .iter()
            .filter(|n| n.start >= span.end)
            .min_by_key(|n| n.start)
        {
            let gap = &text[span.end..n.start];
            let after_noun =
                starting_in(&self.ctx.quantities, |q| q.0.start, span.start, span.start)
                    .iter()
                    .find(|(q, _, _)| *q == span)
                    .map_or(span.end, |(_, _, q)| q.noun_span.end.max(span.end));
            let words: Vec<String> = text[after_noun.min(n.start)..n.start]
                .split_whitespace()
                .map(fold_key)
                .collect();
            // "4,000 acres of the Eaton Fire" is a part of it, not its own.
            let part = words.first().is_some_and(|w| is_word(doc, "grammar.of", w));
            if !part
                && !gap.contains([',', ';', ':', '(', ')', '—', '–'])
                && !gap.chars().any(|c| c.is_ascii_digit())
                && words.len() <= 6
            {
                return own(n);
            }
            return None;
        }
        // The sentence names no event of these types: the one before it
        // may.
        let types = &named.types;
        let mentions_type = |within: Span| {
            starting_in(&self.ctx.events, |e| e.0.start, within.start, within.end)
                .iter()
                .any(|(s, _, e)| within.contains(*s) && types.contains(e.event.as_str()))
        };
        if mentions_type(sentence) {
            return None;
        }
        let i = doc.sentences.partition_point(|s| s.start < sentence.start);
        let previous = *doc.sentences.get(i.checked_sub(1)?)?;
        let before: Vec<&Named> = ending_in(previous)
            .iter()
            .filter(|n| n.start >= previous.start)
            .collect();
        let keys: BTreeSet<Option<&String>> = before.iter().map(|n| n.key.as_ref()).collect();
        match (before.first(), keys.len()) {
            (Some(n), 1) => own(n),
            _ => None,
        }
    }

    /// Areas (`measure.area` units: acres, hectares) of a named event
    /// (see the module doc): "The Eaton Fire consumed 14,021 acres". Only
    /// the first area after the name in its sentence ("…14,021 acres,
    /// with nearly 4,000 acres in urban areas" claims 14,021).
    pub(super) fn named_area_claims(&mut self) {
        let doc = self.doc;
        let areas = doc.lang.lexicon("measure.area");
        if areas.is_empty() {
            return;
        }
        let mut taken: HashSet<(String, usize)> = HashSet::new();
        for (span, rule, q) in &self.ctx.quantities {
            let Measure::Dimension { unit } = &q.measure else {
                continue;
            };
            if areas.key_of(unit).is_none() {
                continue;
            }
            // Acres are compared in hectares.
            let (unit, quantity) =
                crate::value::in_metric(unit, &Quantity::new(q.value, q.qualifier));
            let subject = match self.named_event_of(*span) {
                Some((display, key)) => (
                    format!("{display} ({unit})"),
                    format!("measure@{key}:{unit}"),
                ),
                // "has burned 14,000 acres": an area after a verb of
                // `measure.area_verb` is the story's area, in an article
                // that tells no two events apart (else it may be either's
                // or their total).
                None if self.area_verb_before(*span)
                    && self.named.get().is_none_or(|n| n.by_end.is_empty()) =>
                {
                    let story = self.story_year();
                    if self.era_of(*span, story) != past::Era::Now {
                        continue;
                    }
                    (format!("area ({unit})"), format!("measure:area:{unit}"))
                }
                None => continue,
            };
            let Some(sentence) = doc.sentence_of(*span) else {
                continue;
            };
            if !taken.insert((subject.1.clone(), sentence.start)) {
                continue;
            }
            self.push(
                subject,
                "value",
                Value::Quantity(quantity),
                *span,
                rule,
                None,
            );
        }
    }
}

impl Builder<'_, '_> {
    /// Whether the words right before the number at `span` (its qualifier
    /// left out) end with a verb of `measure.area_verb`: "has scorched
    /// roughly 14,000 acres".
    fn area_verb_before(&self, span: Span) -> bool {
        let before = self.words_before_number(span, 40);
        forms(self.doc, "measure.area_verb").iter().any(|f| {
            before
                .strip_suffix(f)
                .is_some_and(|b| b.chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
        })
    }
}

#[cfg(test)]
mod tests {
    fn keys(text: &str) -> Vec<(String, String)> {
        crate::claims::tests::claims_in("en", text)
            .into_iter()
            .map(|(key, _, value)| (key, value))
            .collect()
    }

    fn has(got: &[(String, String)], k: &str, v: &str) -> bool {
        got.iter().any(|(a, b)| a == k && b == v)
    }

    #[test]
    fn figures_of_two_named_fires_are_each_fires_own() {
        let got = keys(
            "The Creek and Dixie fires burned for weeks. The Dixie Fire scorched 963,309 \
             acres, destroying 1,329 structures. Meanwhile, the Creek Fire consumed 379,895 \
             acres and destroyed 853 structures.",
        );
        // Acres are compared in hectares (963,309 acres = 389,837.32 ha).
        assert!(has(&got, "measure@named-dixie:ha", "389837.32"), "{got:?}");
        assert!(has(&got, "measure@named-creek:ha", "153738.05"), "{got:?}");
        assert!(has(&got, "count@named-dixie:structures", "1329"), "{got:?}");
        assert!(has(&got, "count@named-creek:structures", "853"), "{got:?}");
    }

    #[test]
    fn a_figure_takes_the_fire_named_after_it_or_in_the_sentence_before() {
        let got = keys(
            "The Creek and Dixie fires burned for weeks, with 3 deaths blamed on the Dixie \
             Fire. The Creek Fire consumed 379,895 acres, said Cal Fire. The flames razed \
             853 structures. Together the two fires destroyed 2,182 structures.",
        );
        assert!(has(&got, "count@named-dixie:dead", "3"), "{got:?}");
        // "The flames" continue the Creek Fire's sentence; "the two fires"
        // are the total; "Cal Fire" is an organisation, no third fire.
        assert!(has(&got, "count@named-creek:structures", "853"), "{got:?}");
        assert!(has(&got, "count:structures", "2182"), "{got:?}");
        assert!(!got.iter().any(|(k, _)| k.contains("named-cal")), "{got:?}");
    }

    #[test]
    fn the_area_a_fire_burned_is_claimed_after_its_verb() {
        let got = keys(
            "A wildfire that broke out on Monday has scorched roughly 14,000 acres \
             (5,700 hectares). Crews cleared 200 acres of brush. In 2018, a fire \
             burned 9,000 acres in the same hills.",
        );
        // Acres are compared in hectares: 14,000 acres = 5,665.6 ha. The
        // hectares in brackets restate it; the brush cleared and the 2018
        // fire's area are no area of this fire.
        let areas: Vec<&str> = got
            .iter()
            .filter(|(k, _)| k.starts_with("measure:area"))
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(areas, vec!["about 5665.6"], "{got:?}");
    }

    #[test]
    fn a_part_of_a_fires_area_is_not_its_area() {
        let got = keys(
            "The Creek Fire and the Dixie Fire are out. Some 2,000 acres of the Dixie \
             Fire were forest land.",
        );
        assert!(
            !got.iter()
                .any(|(k, _)| k.starts_with("measure@named-dixie")),
            "{got:?}"
        );
    }

    #[test]
    fn one_named_event_keeps_its_figures_the_storys() {
        let got = keys("The Dixie Fire destroyed 1,329 structures on Tuesday.");
        assert!(has(&got, "count:structures", "1329"), "{got:?}");
    }
}
