//! How long a measure decreed or agreed lasts: "trois jours de deuil
//! national", "un deuil national de trois jours", "three days of national
//! mourning", "a 72-hour ceasefire". Lexicons: `duration.subject` (what
//! lasts: mourning, a state of emergency, a curfew, a truce; canonical
//! keys shared by every language) and `duration.link` (the word between
//! the length and the thing: "de", "of"). The claim is
//! `duration:<key>`, attribute `days` (hours and weeks in days) or
//! `months`/`years` as written; a sentence about another year dates the
//! claim to that year ("en 2004, un deuil de trois jours").

use super::*;
use crate::rules::Lexicon;

/// Words a length may stand after its thing ("deuil national de trois
/// jours"): one adjective or complement word between them at most.
const WORDS_BETWEEN: usize = 1;

impl Builder<'_, '_> {
    pub(super) fn duration_claims(&mut self) {
        let doc = self.doc;
        let subjects = doc.lang.lexicon("duration.subject");
        if subjects.is_empty() {
            return;
        }
        let links = forms(doc, "duration.link");
        // Articles elided onto the noun ("l'état d'urgence"): a thing's
        // first word may carry one.
        let elided = elided_articles(doc);
        let text = doc.text();
        let story = self.story_year();
        for (qspan, rule, q) in &self.ctx.quantities {
            let Measure::Duration { unit } = &q.measure else {
                continue;
            };
            let Some((attribute, value)) = length_of(unit, q.value) else {
                continue;
            };
            let Some(sentence) = doc.sentence_of(*qspan) else {
                continue;
            };
            let end = qspan.end.max(q.noun_span.end);
            let after = fold_key(&text[end..sentence.end.max(end)]);
            let before =
                fold_key(&text[look_back(text, qspan.start, 60, sentence.start)..qspan.start]);
            let Some(key) = thing_after(&after, subjects, &links)
                .or_else(|| thing_before(&before, subjects, &links, &elided))
            else {
                continue;
            };
            // Shown by its key, alike in every language ("mourning" for
            // "deuil national" and "national mourning"): findings are
            // grouped by the subject shown.
            let label = key.clone();
            let era = self.era_of(*qspan, story);
            let Some((subject, count_key)) = era.subject(&label, &key) else {
                continue;
            };
            // `subject` keys counts ("count:…"); a length is keyed apart.
            let key = count_key.replacen("count", "duration", 1);
            self.push(
                (subject, key),
                attribute,
                Value::Quantity(Quantity::new(value, q.qualifier)),
                *qspan,
                rule,
                None,
            );
        }
    }
}

/// A length in the attribute it is compared in: hours and weeks as days
/// ("72 heures" = "trois jours"), months and years as written.
fn length_of(unit: &str, value: f64) -> Option<(&'static str, f64)> {
    Some(match unit {
        "heure" => ("days", value / 24.0),
        "jour" => ("days", value),
        "semaine" => ("days", value * 7.0),
        "mois" => ("months", value),
        "an" => ("years", value),
        _ => return None,
    })
}

/// The thing whose name starts `after` (folded), past a link word:
/// "de deuil national", "of national mourning", "-hour ceasefire".
fn thing_after(after: &str, subjects: &Lexicon, links: &[&str]) -> Option<String> {
    let rest = after.trim_start_matches(['-', ' ']);
    let rest = links
        .iter()
        .find_map(|l| {
            rest.strip_prefix(l)
                .filter(|r| r.starts_with(' ') || l.ends_with('\''))
        })
        .unwrap_or(rest)
        .trim_start();
    // "of national mourning": the thing may follow one adjective.
    let words: Vec<&str> = rest.split_whitespace().take(4).collect();
    (0..=WORDS_BETWEEN.min(words.len()))
        .take_while(|&skip| words[..skip].iter().all(|w| is_plain_word(w)))
        .find_map(|skip| starts_with_form(&words[skip..], subjects))
}

/// The thing named right before a length and its link: "un deuil
/// national de", "a curfew of", "l'état d'urgence pour" (its first word
/// may carry an `elided` article).
fn thing_before(
    before: &str,
    subjects: &Lexicon,
    links: &[&str],
    elided: &[&str],
) -> Option<String> {
    let before = before.trim_end();
    let rest = links.iter().find_map(|l| {
        before
            .strip_suffix(l)
            .filter(|r| r.is_empty() || r.ends_with(' '))
    })?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    // The thing ends the words, or one word before their end.
    (0..=WORDS_BETWEEN).find_map(|skip| {
        let end = words.len().checked_sub(skip)?;
        if !words[end..].iter().all(|w| is_plain_word(w)) {
            return None;
        }
        (1..=3.min(end)).rev().find_map(|n| {
            let phrase = words[end - n..end].join(" ");
            subjects.key_of(&phrase).map(str::to_string).or_else(|| {
                elided.iter().find_map(|a| {
                    let bare = phrase.strip_prefix(a)?;
                    subjects.key_of(bare).map(str::to_string)
                })
            })
        })
    })
}

/// A word with no punctuation: "after three days of talks, mourning
/// began" skips no "talks,".
fn is_plain_word(w: &str) -> bool {
    w.chars()
        .all(|c| c.is_alphanumeric() || c == '\'' || c == '-')
}

/// The key of the longest form (up to three words) `words` begins with.
fn starts_with_form(words: &[&str], subjects: &Lexicon) -> Option<String> {
    (1..=3.min(words.len())).rev().find_map(|n| {
        let phrase = words[..n].join(" ");
        let phrase = phrase.trim_end_matches(|c: char| !c.is_alphanumeric());
        subjects.key_of(phrase).map(str::to_string)
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims_in;

    fn has(got: &[(String, String, String)], key: &str, attr: &str, value: &str) -> bool {
        got.iter()
            .any(|(k, a, v)| k == key && a == attr && v == value)
    }

    #[test]
    fn a_decreed_length_is_claimed_in_either_order_and_language() {
        for (lang, text) in [
            (
                "fr",
                "Le Maroc a décrété trois jours de deuil national après le séisme.",
            ),
            ("fr", "Le roi a décrété un deuil national de trois jours."),
            ("fr", "Un deuil de 72 heures a été décrété."),
            ("en", "Morocco declared three days of national mourning."),
            ("en", "The king declared a three-day national mourning."),
            ("en", "The king declared national mourning for three days."),
            (
                "en",
                "The king declared a period of mourning lasting three days.",
            ),
            ("en", "The national mourning will last three days."),
        ] {
            let got = claims_in(lang, text);
            assert!(
                has(&got, "duration:mourning", "days", "3"),
                "{text}: {got:?}"
            );
        }
        let got = claims_in("en", "Both sides agreed to a 72-hour ceasefire on Monday.");
        assert!(has(&got, "duration:ceasefire", "days", "3"), "{got:?}");
        let got = claims_in("fr", "Un état d'urgence de six mois a été instauré.");
        assert!(
            has(&got, "duration:state of emergency", "months", "6"),
            "{got:?}"
        );
        // The verb's complement: "pour", and an article elided onto the
        // noun.
        let got = claims_in(
            "fr",
            "Le gouvernement a décrété l'état d'urgence pour quinze jours.",
        );
        assert!(
            has(&got, "duration:state of emergency", "days", "15"),
            "{got:?}"
        );
    }

    #[test]
    fn a_length_of_something_else_claims_nothing() {
        for (lang, text) in [
            (
                "fr",
                "Après trois jours de recherches, le deuil a commencé.",
            ),
            ("en", "After three days of talks, mourning began."),
            ("en", "Mourners queued for three days."),
            ("fr", "Il a passé deux ans en prison."),
        ] {
            let got = claims_in(lang, text);
            assert!(
                !got.iter().any(|(k, _, _)| k.starts_with("duration")),
                "{text}: {got:?}"
            );
        }
    }
}
