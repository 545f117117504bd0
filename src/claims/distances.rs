//! Where the event happened, measured: its depth ("at a depth of 10 km",
//! "à 10 km de profondeur", "six miles deep") and its distance from a
//! named place ("the epicentre was 10 miles from Mandalay", "à 71 km au
//! sud-ouest de Marrakech", "16 km NNW of Sagaing").
//!
//! Both read the lengths the quantity rules found (`unit.dimension`
//! lengths), restated in metric units ([`crate::value::to_metric`]: "10
//! miles" and "16.09 km" are one distance). Lexicons:
//! - `depth.before` / `depth.after`: the words before a length (up to
//!   three short words between: "a depth of just", "une profondeur
//!   d'environ") or right after it ("deep", "de profondeur") that make it
//!   a depth; claim `measure:depth:<unit>`;
//! - `distance.subject`: what the distance is of, in the sentence before
//!   the length (the epicentre, the quake, a crash: canonical keys shared
//!   by every language); `distance.direction` (compass points, optional)
//!   and `distance.link` ("from", "of", "de") between the length and the
//!   place; the place is the capitalised words after them, possibly after
//!   a short common-noun lead ("the city of Sagaing", "la ville de
//!   Marrakech"); claim `distance:<subject>:<place>`.
//!
//! Sentences about a past event (another year) or an aftershock
//! (`measure.not`) claim nothing, as for magnitudes.

use super::*;
use crate::value::in_metric;

/// Canonical length units a depth or distance may be given in.
const LENGTH_UNITS: &[&str] = &["km", "m", "mi", "ft", "yd"];

/// Bytes looked at before a length for a `depth.before` form.
const DEPTH_LOOK_BACK: usize = 48;

impl Builder<'_, '_> {
    pub(super) fn location_claims(&mut self) {
        let is_length = |q: &QuantityMention| matches!(&q.measure, Measure::Dimension { unit } if LENGTH_UNITS.contains(&unit.as_str()));
        // Most articles give no length: build no pattern for them.
        if !self.ctx.quantities.iter().any(|(_, _, q)| is_length(q)) {
            return;
        }
        let doc = self.doc;
        let lang = doc.lang;
        let folded = &doc.folded.text;
        let depth_before = lang.lexicon("depth.before");
        let depth_after = lang.lexicon("depth.after");
        let subjects = lang.lexicon("distance.subject");
        let links = lang.lexicon("distance.link");
        let directions = lang.lexicon("distance.direction");
        let before_re = (!depth_before.is_empty()).then(|| {
            cached_regex(&format!(
                r"(?i)(?-u:\b){}(?:\W+[\p{{L}}']{{1,10}}){{0,3}}\W*$",
                depth_before.alternation()
            ))
        });
        let after_re = (!depth_after.is_empty()).then(|| {
            cached_regex(&format!(
                r"(?i)^\W{{0,3}}{}(?-u:\b)",
                depth_after.alternation()
            ))
        });
        // The length, then an optional direction, a link, an optional
        // short lead ("the city of"), and the place's capitalised words.
        let place_re = (!links.is_empty()).then(|| {
            let direction = if directions.is_empty() {
                String::new()
            } else {
                format!(r"(?:(?i:{})\s+)?", directions.alternation())
            };
            let link = format!("(?i:{})", links.alternation());
            cached_regex(&format!(
                r"^\s*{direction}{link}\s*(?:(?:\p{{Ll}}[\p{{Ll}}']*\s+){{0,3}}?{link}\s*)?(\p{{Lu}}[\p{{L}}'-]*(?:\s+\p{{Lu}}[\p{{L}}'-]*){{0,2}})"
            ))
        });
        let reference_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(doc.text(), self.ctx));
        for (span, rule, q) in &self.ctx.quantities {
            let Measure::Dimension { unit } = &q.measure else {
                continue;
            };
            if !LENGTH_UNITS.contains(&unit.as_str()) {
                continue;
            }
            let Some(sentence) = doc.sentence_of(*span) else {
                continue;
            };
            if reference_year.is_some_and(|y| self.sentence_names_other_year(*span, y)) {
                continue;
            }
            let (fs, fe) = (
                doc.folded.from_original(sentence.start),
                doc.folded.from_original(sentence.end),
            );
            let sentence_text = &folded[fs..fe];
            let not = lang.lexicon("measure.not").word_regex();
            if not.is_some_and(|re| re.is_match(sentence_text)) {
                continue;
            }
            let (qs, qe) = (
                doc.folded.from_original(span.start),
                doc.folded.from_original(span.end),
            );
            // A quantity may run past its sentence's end ("1968." read as a
            // decimal): the sentence is widened to hold it.
            let (fs, fe) = (fs.min(qs), fe.max(qe));
            let (metric, quantity) = in_metric(unit, &q.quantity());
            let value = Value::Quantity(quantity);
            // A depth: a `depth.before` form shortly before, or a
            // `depth.after` form right after.
            let from = crate::text::floor_char_boundary(
                folded,
                qs.saturating_sub(DEPTH_LOOK_BACK).max(fs),
            );
            let after = &folded[qe..fe];
            let is_depth = before_re
                .flatten()
                .is_some_and(|re| re.is_match(&folded[from..qs]))
                || after_re.flatten().is_some_and(|re| re.is_match(after));
            if is_depth {
                self.push(
                    (
                        format!("depth ({metric})"),
                        format!("measure:depth:{metric}"),
                    ),
                    "value",
                    value,
                    *span,
                    rule,
                    None,
                );
                // Agencies revise a depth as they revise a magnitude ("10,7
                // km, contre 8 km initialement"): figures of different days
                // are updates, as for a toll.
                self.mark_last_running();
                continue;
            }
            // A distance from a place, of a subject named before it.
            let Some(caps) = place_re.flatten().and_then(|re| re.captures(after)) else {
                continue;
            };
            let Some(place) = caps.get(1) else { continue };
            let Some(subject) = subjects.word_regex().and_then(|re| {
                re.find_iter(&folded[fs..qs])
                    .last()
                    .and_then(|m| subjects.key_of(m.as_str()))
            }) else {
                continue;
            };
            let place_span = doc
                .folded
                .to_original(Span::new(qe + place.start(), qe + place.end()));
            let place_name = doc.slice(place_span);
            let key = place_key(place_name);
            if key.is_empty() {
                continue;
            }
            self.push(
                (
                    format!("{subject} distance from {place_name} ({metric})"),
                    format!("distance:{subject}:{key}:{metric}"),
                ),
                "value",
                value,
                Span::new(span.start, place_span.end),
                &format!("{}.claim.distance", lang.code),
                None,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims_in;

    /// The values claimed for `key` in `text`.
    fn values(lang: &str, text: &str, key: &str) -> Vec<String> {
        claims_in(lang, text)
            .into_iter()
            .filter(|(k, _, _)| k == key)
            .map(|(_, _, v)| v)
            .collect()
    }

    #[test]
    fn a_depth_is_read_before_or_after_its_length_in_metric_units() {
        for (lang, text, want) in [
            (
                "en",
                "The 6.8-magnitude quake struck at a depth of 18 km near Elazig.",
                "18",
            ),
            (
                "en",
                "The tremor was centred 35 kilometres deep under the Pacific.",
                "35",
            ),
            // Miles are compared in kilometres (with the margin of a
            // figure rounded to the mile).
            (
                "en",
                "It hit at a shallow depth of about six miles, officials said.",
                "about 9.66",
            ),
            (
                "fr",
                "Le séisme s'est produit à une profondeur de 23 kilomètres.",
                "23",
            ),
            (
                "fr",
                "La secousse a été enregistrée à 12 km de profondeur.",
                "12",
            ),
        ] {
            assert_eq!(
                values(lang, text, "measure:depth:km"),
                vec![want.to_string()],
                "{text}"
            );
        }
    }

    #[test]
    fn a_distance_is_keyed_by_its_subject_and_place_whatever_the_direction() {
        for (lang, text, key, want) in [
            (
                "en",
                "The earthquake struck 45 miles southeast of Izmir on Monday.",
                "distance:epicentre:izmir:km",
                "72.42",
            ),
            (
                "en",
                "Its epicentre was 16 km NNW of the city of Cusco.",
                "distance:epicentre:cusco:km",
                "16",
            ),
            (
                "en",
                "The plane crashed 3 miles from Kathmandu airport.",
                "distance:crash:kathmandu:km",
                "4.83",
            ),
            (
                "fr",
                "L'épicentre du séisme se situe à 71 km au sud-ouest de Marrakech.",
                "distance:epicentre:marrakech:km",
                "71",
            ),
            (
                "fr",
                "L'avion s'est écrasé à 20 kilomètres de Pokhara.",
                "distance:crash:pokhara:km",
                "20",
            ),
            // A depth given just before: the depth word is the first
            // length's, the second is the distance.
            (
                "en",
                "The quake hit at a depth of 10 km, about 25 km north of the city of Ardan.",
                "distance:epicentre:ardan:km",
                "about 25",
            ),
        ] {
            assert_eq!(values(lang, text, key), vec![want.to_string()], "{text}");
        }
        let depth = values(
            "en",
            "The quake hit at a depth of 10 km, about 25 km north of the city of Ardan.",
            "measure:depth:km",
        );
        assert_eq!(depth, vec!["10".to_string()]);
    }

    #[test]
    fn lengths_of_other_things_aftershocks_and_past_quakes_are_no_location() {
        for (lang, text) in [
            // Nothing says what is 180 miles from Seoul.
            ("en", "The airport lies 180 miles south of Seoul."),
            // An aftershock's own location.
            (
                "en",
                "An aftershock of magnitude 5.1 struck 20 miles from Mandalay.",
            ),
            // A quake of another year, recalled.
            (
                "en",
                "In 2011, a quake struck 70 km east of Sendai. Today's quake struck on Tuesday 4 March 2025.",
            ),
            ("fr", "La route de 12 km de Taroudant a été coupée."),
        ] {
            let got = claims_in(lang, text);
            assert!(
                !got.iter()
                    .any(|(k, _, _)| k.starts_with("distance:") || k.starts_with("measure:depth")),
                "{text}: {got:?}"
            );
        }
    }
}
