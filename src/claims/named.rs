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

use super::*;

/// One mention of a named event: where it ends, its key and display name.
pub(super) struct Named {
    end: usize,
    /// `None` for names joined by a conjunction ("the Eaton and Palisades
    /// wildfires", "the Palisades Fire and Eaton Fire"): what follows is
    /// their total, nobody's own.
    key: Option<String>,
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
            if opens
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
            found.push((
                ev.event.clone(),
                Named {
                    end: span.end,
                    key: (!joined).then(|| fold_key(name)),
                    display: format!("{name} {}", doc.slice(*span).to_lowercase()),
                },
            ));
        }
        let mut names: BTreeMap<&str, std::collections::BTreeSet<&str>> = BTreeMap::new();
        for (event, n) in &found {
            if let Some(k) = &n.key {
                names.entry(event.as_str()).or_default().insert(k.as_str());
            }
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

    /// The named event a figure at `span` belongs to: the last one named
    /// before it in its sentence (`None` when the article tells no two
    /// events of a kind apart, or the sentence names none before it).
    pub(super) fn named_event_of(&self, span: Span) -> Option<(String, String)> {
        let sentence = self.doc.sentence_of(span)?;
        // Found once and sorted by end (stably: of two ending alike, the
        // later one wins, as `max_by_key` chose): the last one ending by
        // `span` is a binary search. Finding them for every figure made a
        // long article quadratic (97% of a 50 MB article).
        let named = self.named.get_or_init(|| {
            let mut v = self.named_events();
            v.sort_by_key(|n| n.end);
            v
        });
        let n = named[..named.partition_point(|n| n.end <= span.start)]
            .last()
            .filter(|n| n.end > sentence.start)?;
        Some((n.display.clone(), format!("named-{}", n.key.as_ref()?)))
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
            let Some((display, key)) = self.named_event_of(*span) else {
                continue;
            };
            let Some(sentence) = doc.sentence_of(*span) else {
                continue;
            };
            if !taken.insert((key.clone(), sentence.start)) {
                continue;
            }
            self.push(
                (
                    format!("{display} ({unit})"),
                    format!("measure@{key}:{unit}"),
                ),
                "value",
                Value::Quantity(Quantity::new(q.value, q.qualifier)),
                *span,
                rule,
                None,
            );
        }
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
        assert!(has(&got, "measure@named-dixie:acre", "963309"), "{got:?}");
        assert!(has(&got, "measure@named-creek:acre", "379895"), "{got:?}");
        assert!(has(&got, "count@named-dixie:structures", "1329"), "{got:?}");
        assert!(has(&got, "count@named-creek:structures", "853"), "{got:?}");
    }

    #[test]
    fn one_named_event_keeps_its_figures_the_storys() {
        let got = keys("The Dixie Fire destroyed 1,329 structures on Tuesday.");
        assert!(has(&got, "count:structures", "1329"), "{got:?}");
    }
}
