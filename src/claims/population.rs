//! The population of a place: "Mandalay, home to around 1 million
//! people", "Mandalay, the second-largest city, which has an estimated
//! population of 1.5 million", "a city of 1.5 million inhabitants",
//! "Mandalay, qui compte 1,5 million d'habitants". Lexicons:
//! `population.link` (key `noun`: the figure must be followed by a
//! `population.noun` — "home to 1 million people"; key `bare`: it may
//! stand alone — "a population of 1.5 million"), `population.estimate`
//! (words between the link and the figure: "an estimated"). The place
//! is the capitalised name right before the link (an apposition may
//! stand between); the claim is `population:<place>`.

use super::*;

impl Builder<'_, '_> {
    pub(super) fn population_claims(&mut self) {
        static PLACE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
            Regex::new(
                r"(\p{Lu}[\p{L}'’-]*\p{L}(?:\s+\p{Lu}[\p{L}'’-]*\p{L}){0,2})[^\p{Lu}.;:!?]{0,120}$",
            )
            .unwrap()
        });
        let doc = self.doc;
        let links = doc.lang.lexicon("population.link");
        if links.is_empty() {
            return;
        }
        let text = doc.text();
        let story = self.story_year();
        let candidates = self.figures(false);
        let link_forms: Vec<(String, String)> = links
            .keys()
            .flat_map(|k| {
                links
                    .forms_of(k)
                    .iter()
                    .map(move |f| (k.to_string(), fold_key(f)))
            })
            .collect();
        let estimates = forms(doc, "population.estimate");
        let qualifiers = forms(doc, "qualifier");
        for (nspan, number_end, rule, value, qualifier) in candidates {
            if value < 100.0 {
                continue;
            }
            let Some(sentence) = doc.sentence_of(nspan) else {
                continue;
            };
            let from = look_back(text, nspan.start, 200, sentence.start);
            let raw_before = &text[from..nspan.start];
            let mut before = fold_key(raw_before).trim_end().to_string();
            // The qualifier and the estimate words right before the figure.
            loop {
                let cut = qualifiers
                    .iter()
                    .chain(estimates.iter())
                    .filter(|f| {
                        before.ends_with(**f)
                            && before[..before.len() - f.len()]
                                .chars()
                                .next_back()
                                .is_none_or(|c| !c.is_alphanumeric())
                    })
                    .map(|f| f.len())
                    .max();
                match cut {
                    Some(n) => before = before[..before.len() - n].trim_end().to_string(),
                    None => break,
                }
            }
            let Some((kind, _)) = link_forms
                .iter()
                .filter(|(_, f)| {
                    before.ends_with(f.as_str())
                        && before[..before.len() - f.len()]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric())
                })
                .max_by_key(|(_, f)| f.len())
            else {
                continue;
            };
            if kind == "noun" {
                let to = crate::text::floor_char_boundary(text, (number_end + 40).min(text.len()));
                let after = fold_key(&text[number_end..to]);
                let mut ws = after
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty());
                let mut w = ws.next().unwrap_or("");
                // "1,5 million d'habitants": the words of "of" skipped.
                if is_word(doc, "grammar.of", w) || w == "d" {
                    w = ws.next().unwrap_or("");
                }
                if !is_word(doc, "population.noun", w) {
                    continue;
                }
            }
            if self.era_of(nspan, story) != past::Era::Now || self.is_hypothetical(nspan) {
                continue;
            }
            // The place: the nearest capitalised name before the link,
            // not the sentence's first word.
            let Some(c) = PLACE.captures(raw_before) else {
                continue;
            };
            let Some(place) = c.get(1) else { continue };
            let place_start = from + place.start();
            if place_start == sentence.start {
                continue;
            }
            let name = place.as_str();
            if name
                .split_whitespace()
                .any(|w| is_word(doc, "grammar.article", w))
            {
                continue;
            }
            let key = place_key(name);
            if key.is_empty() {
                continue;
            }
            self.push(
                (format!("{name} (population)"), format!("population:{key}")),
                "population",
                Value::Quantity(Quantity::new(value, qualifier)),
                nspan,
                rule,
                None,
            );
        }
    }
}
