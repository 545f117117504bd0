//! Epidemics and health alerts: cases, doses of vaccine, and the targets
//! that claim nothing.
//!
//! Cases: in an article about a disease (a `health.context` word anywhere
//! in it: "choléra", "rougeole", "outbreak"), a count whose noun is a
//! case ("1 240 cas", "more than 1,200 cases", "3,000 suspected cholera
//! cases") is keyed by its status, read in its noun and in the words after
//! it in its clause ("860 cas confirmés", "860 cases have been
//! confirmed"): `count:confirmed cases`, `count:suspected cases`, or
//! `count:cases` for the total; "cas mortels" are the dead. The keys are
//! shared by every language, so "1 240 cas" and "1,240 cases" compare. A
//! status given as a part ("1 240 cas, dont 860 confirmés") is that
//! status's figure; a part of the total with no status ("dont 600 à
//! Kalendi") claims nothing. New or daily cases ("12 nouveaux cas", "150
//! new cases a day") are a day's, not the outbreak's tally: no claim.
//! Cases, the vaccinated and doses are running totals (`count.cumulative`:
//! a later figure is an update); suspected cases may fall.
//!
//! Doses: a count of doses says what was done with them ("400 000 doses
//! administrées", "received 1 million doses"): `count:doses administered`
//! or `count:doses delivered`; a bare count of doses claims nothing (a
//! dose delivered is not a dose given).
//!
//! Increments: in an article about a disease, a tally (`health.tally`:
//! the dead, cases, the hospitalised, the vaccinated, doses) with a window
//! of a day or a week after it in its clause ("22 deaths were recorded in the
//! past 24 hours", "48 décès en 24 heures": `health.daily`) is no tally.
//! The sick are cases too ("4 200 personnes ont été contaminées",
//! "infected 4,200 people": `count.noun`/`count.verb_before` key
//! `cases`, said of people only: "300,000 computers infected" are no
//! cases). A count of cases after `health.case_not_after` ("dans deux
//! cas sur trois", "in one case") claims nothing.
//!
//! Targets: a count of cases, doses or people vaccinated with a
//! `health.target` word in its clause ("l'objectif de vacciner 1,5 million
//! de personnes", "aims to vaccinate 1.5 million people by April") or a
//! projection (`count.hypothetical`) claims nothing.
//!
//! Earlier outbreaks ("lors de l'épidémie de 2019") and the year's tally
//! are keyed by their year, as other counts are (`past.rs`; "15,600 cases
//! this year": `tally.this_year`, `migration.rs`); another
//! country's cases by that country (`country.scoped`, `nationals.rs`).
//! The vaccinated themselves are a count noun (`count.noun` key
//! `vaccinated`), and the day an outbreak was declared its start
//! (`event.outbreak.start`): lexicons only.
//!
//! Lexicons: `rules/<lang>/health.json` (`health.context`, `health.case`,
//! `health.case_status`, `health.dose`, `health.dose_state`,
//! `health.dose_verb`, `health.target`, `health.daily`,
//! `health.case_not_after`). Known limits: a count of cases
//! outside an article about a disease is left to the plain counts; cases
//! by region ("1 240 cas, dont 600 à Kalendi") are not keyed by region.

use super::*;

/// How many words after a count's noun its status may be read in ("860
/// cas de choléra ont été confirmés").
const STATUS_REACH: usize = 6;

/// What a count of this family is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Counted {
    Cases,
    Doses,
}

impl Builder<'_, '_> {
    /// Cases, doses and targets (see the module's doc).
    pub(super) fn health_claims(&mut self) {
        let doc = self.doc;
        if doc.lang.lexicon("health.case").is_empty() {
            return;
        }
        let ctx = self.ctx;
        let story = self.story_year();
        let first = self.claims.len();
        let mut taken: Vec<Span> = Vec::new();
        let mut about_disease: Option<bool> = None;
        for &(span, rule, q) in &ctx.quantities {
            let Measure::Count { .. } = &q.measure else {
                continue;
            };
            let noun = fold_key(doc.slice(q.noun_span));
            let mut words: Vec<&str> = noun.split_whitespace().take(4).collect();
            // "6,000 suspected measles cases": the noun read stops at the
            // disease; the case noun right after it is the head.
            let next = self.word_after_noun(q.noun_span);
            if is_word(doc, "health.case", &next) || is_word(doc, "health.dose", &next) {
                words.push(&next);
            }
            let counted = if words.iter().any(|w| is_word(doc, "health.case", w)) {
                Counted::Cases
            } else if words.iter().any(|w| is_word(doc, "health.dose", w)) {
                Counted::Doses
            } else if words
                .first()
                .is_some_and(|w| self.status_of(w).is_some_and(|s| s != "new"))
                && self.count_is_part(span, q.noun_span)
            {
                // "1 240 cas, dont 860 confirmés": a status alone, as a
                // part of a count of cases before it.
                Counted::Cases
            } else {
                continue;
            };
            if !*about_disease.get_or_insert_with(|| self.about_disease()) {
                continue;
            }
            taken.push(span);
            if self.is_hypothetical(span) || self.health_target(span) {
                continue;
            }
            let before = self.words_before_number(span, 24);
            // "dans deux cas sur trois", "in one case": a way of speaking.
            let last = before.split_whitespace().next_back().unwrap_or("");
            if self.is_definite_reference(&before, q)
                || (counted == Counted::Cases && is_word(doc, "health.case_not_after", last))
            {
                continue;
            }
            let key = match counted {
                Counted::Cases => self.case_key(span, q.noun_span, &words),
                _ => self.dose_key(span, q.noun_span, &words),
            };
            let Some(key) = key else {
                continue;
            };
            self.push_count_of_era(&key, Quantity::new(q.value, q.qualifier), span, rule, story);
        }
        // The plain counts claim the vaccinated ("a permis de vacciner
        // 210 000 personnes"); a target is taken from them.
        for c in &self.claims[..first] {
            if c.subject_key == "count:vaccinated" && self.health_target(c.span) {
                taken.push(c.span);
            }
        }
        // The figures read here are no plain counts.
        let taken = crate::text::SpanSet::new(taken);
        let mut i = 0;
        self.claims.retain(|c| {
            i += 1;
            i > first || !c.subject_key.starts_with("count") || !taken.overlaps(c.span)
        });
        self.drop_daily_counts(&mut about_disease);
        // "Congo has reported 15,600 cases this year": the year's tally.
        if *about_disease.get_or_insert_with(|| self.about_disease()) {
            self.year_tallies(story, |b, c| b.is_tally(c));
        }
    }

    /// "473 new cases and 22 deaths were recorded in the past 24 hours",
    /// "48 décès en 24 heures": in an article about a disease, a count with
    /// a window of a day or a week after it in its clause (`health.daily`)
    /// is an increment, not the outbreak's tally: no claim.
    fn drop_daily_counts(&mut self, about_disease: &mut Option<bool>) {
        let doc = self.doc;
        let daily = forms(doc, "health.daily");
        if daily.is_empty() {
            return;
        }
        let text = doc.text();
        let is_daily = |span: Span| -> bool {
            let Some(sentence) = doc.sentence_of(span) else {
                return false;
            };
            let after = &text[span.end.min(sentence.end)..sentence.end.max(span.end)];
            let after = fold_key(&after[..after.find([',', ';', ':', '(']).unwrap_or(after.len())]);
            daily
                .iter()
                .any(|f| whole_word_positions(&after, f).next().is_some())
        };
        if !self.claims.iter().any(|c| self.is_tally(c))
            || !*about_disease.get_or_insert_with(|| self.about_disease())
        {
            return;
        }
        let dropped: Vec<bool> = self
            .claims
            .iter()
            .map(|c| self.is_tally(c) && is_daily(c.span))
            .collect();
        let mut dropped = dropped.into_iter();
        self.claims.retain(|_| !dropped.next().unwrap_or(false));
    }

    /// Whether a claim is a tally of an outbreak (`health.tally`: the
    /// dead, cases, the hospitalised, the vaccinated, doses), the counts a
    /// window of time or "this year" re-reads.
    fn is_tally(&self, c: &Claim) -> bool {
        c.attribute == "count"
            && c.subject_key
                .strip_prefix("count:")
                .is_some_and(|noun| is_word(self.doc, "health.tally", noun))
    }

    /// The first word after a count's noun, folded ("" at a clause's end).
    fn word_after_noun(&self, noun: Span) -> String {
        let text = self.doc.text();
        let to = crate::text::floor_char_boundary(text, (noun.end + 24).min(text.len()));
        let rest = &text[noun.end.min(to)..to];
        if !rest.starts_with(char::is_whitespace) {
            return String::new();
        }
        let word = rest.split_whitespace().next().unwrap_or("");
        fold_key(word.trim_end_matches(|c: char| !c.is_alphanumeric()))
    }

    /// Whether the article is about a disease: a `health.context` word
    /// anywhere in it (one scan of the folded text, asked once per
    /// article and only when it counts cases or doses).
    fn about_disease(&self) -> bool {
        let doc = self.doc;
        doc.lang
            .lexicon("health.context")
            .word_regex()
            .is_some_and(|re| re.is_match(&doc.folded.text))
    }

    /// The `health.case_status` key of a word or words (folded).
    fn status_of(&self, words: &str) -> Option<&str> {
        self.doc.lang.lexicon("health.case_status").key_of(words)
    }

    /// The statuses (`health.case_status` keys) written in `hay` (folded
    /// words) as whole words.
    fn statuses_in<'s>(&'s self, hay: &str) -> Vec<&'s str> {
        let mut found: Vec<&str> = self
            .doc
            .lang
            .lexicon("health.case_status")
            .folded_forms()
            .filter(|(_, f)| whole_word_positions(hay, f).next().is_some())
            .map(|(k, _)| k)
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The words after a count's noun in its clause, up to another figure
    /// or a part word ("dont", "including"), at most `STATUS_REACH` of
    /// them, folded.
    fn words_after_noun(&self, span: Span, noun: Span) -> String {
        let doc = self.doc;
        let text = doc.text();
        let Some(sentence) = doc.sentence_of(span) else {
            return String::new();
        };
        let from = noun.end.max(span.end).min(sentence.end.max(span.end));
        let to = crate::text::floor_char_boundary(text, (from + 120).min(sentence.end.max(from)));
        let rest = &text[from..to];
        let rest = &rest[..rest
            .find([',', ';', ':', '.', '(', '"', '“'])
            .unwrap_or(rest.len())];
        let rest = fold_key(rest);
        let parts = self.doc.lang.lexicon("count.part");
        let mut out: Vec<&str> = Vec::new();
        for w in rest.split_whitespace().take(STATUS_REACH) {
            if w.starts_with(|c: char| c.is_ascii_digit())
                || parts.folded_forms_of("before").iter().any(|f| f == w)
            {
                break;
            }
            out.push(w);
        }
        out.join(" ")
    }

    /// The key of a count of cases by its status, `None` for new or daily
    /// cases, a part of the total with no status, or a status that is two.
    fn case_key(&self, span: Span, noun: Span, words: &[&str]) -> Option<String> {
        let written = words.join(" ");
        let mut statuses = self.statuses_in(&written);
        if statuses.is_empty() {
            statuses = self.statuses_in(&self.words_after_noun(span, noun));
        }
        if statuses.contains(&"new") {
            return None;
        }
        let part = self.count_is_part(span, noun);
        match statuses.as_slice() {
            [] if part => None,
            [] => Some("cases".to_string()),
            // "dont 600 cas confirmés à Kalendi": a region's part.
            [_] if part && self.place_follows(span, noun) => None,
            ["confirmed"] => Some("confirmed cases".to_string()),
            ["suspected"] => Some("suspected cases".to_string()),
            ["dead"] => Some("dead".to_string()),
            _ => None,
        }
    }

    /// Whether a capitalised word follows a count's noun in its clause (a
    /// place: "dont 600 cas confirmés à Kalendi").
    fn place_follows(&self, span: Span, noun: Span) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let Some(sentence) = doc.sentence_of(span) else {
            return false;
        };
        let from = noun.end.max(span.end).min(sentence.end.max(span.end));
        let rest = &text[from..sentence.end.max(from)];
        let rest = &rest[..rest.find([',', ';', ':', '.', '(']).unwrap_or(rest.len())];
        rest.split_whitespace()
            .any(|w| w.starts_with(|c: char| c.is_uppercase()))
    }

    /// The key of a count of doses by what was done with them: a
    /// `health.dose_state` in its noun or after it, or a `health.dose_verb`
    /// before it; `None` when nothing says.
    fn dose_key(&self, span: Span, noun: Span, words: &[&str]) -> Option<String> {
        let doc = self.doc;
        let states = doc.lang.lexicon("health.dose_state");
        let after = format!("{} {}", words.join(" "), self.words_after_noun(span, noun));
        let mut keys: Vec<&str> = states
            .folded_forms()
            .filter(|(_, f)| whole_word_positions(&after, f).next().is_some())
            .map(|(k, _)| k)
            .collect();
        keys.sort_unstable();
        keys.dedup();
        let key = match keys.as_slice() {
            [k] => Some(*k),
            [] => {
                let before = self.words_before_number(span, 40);
                form_ending(doc, "health.dose_verb", &before).map(|(k, _)| k)
            }
            _ => None,
        }?;
        Some(format!("doses {key}"))
    }

    /// Whether the clause of the figure at `span` says it is a target or a
    /// plan (`health.target`: "objectif", "vise", "d'ici avril", "aims
    /// to", "target").
    fn health_target(&self, span: Span) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let Some(sentence) = doc.sentence_of(span) else {
            return false;
        };
        let before = &text[sentence.start.min(span.start)..span.start];
        let before = &before[before.rfind([';', ':', '(']).map_or(0, |i| i + 1)..];
        let after = &text[span.end..sentence.end.max(span.end)];
        let after = &after[..after.find([',', ';', ':', '(']).unwrap_or(after.len())];
        let clause = fold_key(&format!("{before} {after}"));
        names_form(doc, "health.target", &clause)
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::tests::{counts_in as counts, pair};

    #[test]
    fn cases_are_keyed_by_their_status_in_both_languages() {
        let fr = counts(
            "fr",
            "L'épidémie de choléra s'étend. Au total, 1 240 cas ont été recensés, dont 860 \
             cas confirmés et 380 cas suspects.",
        );
        assert!(fr.contains(&pair("count:cases", "1240")), "{fr:?}");
        assert!(fr.contains(&pair("count:confirmed cases", "860")), "{fr:?}");
        assert!(fr.contains(&pair("count:suspected cases", "380")), "{fr:?}");
        let en = counts(
            "en",
            "The cholera outbreak is spreading. More than 1,240 cases have been recorded, \
             and 860 cases have been confirmed. Health workers logged 3,000 suspected \
             cholera cases.",
        );
        assert!(
            en.contains(&pair("count:cases", "more-than 1240")),
            "{en:?}"
        );
        assert!(en.contains(&pair("count:confirmed cases", "860")), "{en:?}");
        assert!(
            en.contains(&pair("count:suspected cases", "3000")),
            "{en:?}"
        );
    }

    #[test]
    fn new_cases_targets_and_bare_doses_claim_nothing() {
        let fr = counts(
            "fr",
            "L'épidémie de rougeole progresse : 45 nouveaux cas ont été signalés. \
             L'objectif est de vacciner 1,5 million de personnes d'ici avril. Le pays a \
             reçu 800 000 doses, et 400 000 doses ont été administrées. Un lot de 300 000 \
             doses est attendu.",
        );
        assert!(!fr.iter().any(|(_, v)| v == "45"), "{fr:?}");
        assert!(!fr.iter().any(|(_, v)| v == "1500000"), "{fr:?}");
        assert!(
            fr.contains(&pair("count:doses delivered", "800000")),
            "{fr:?}"
        );
        assert!(
            fr.contains(&pair("count:doses administered", "400000")),
            "{fr:?}"
        );
        assert!(!fr.iter().any(|(_, v)| v == "300000"), "{fr:?}");
        let en = counts(
            "en",
            "The measles outbreak grew, with 45 new cases a day. The campaign aims to \
             vaccinate 1.5 million people by April. Teams have vaccinated 210,000 people.",
        );
        assert!(!en.iter().any(|(_, v)| v == "45"), "{en:?}");
        assert!(!en.iter().any(|(_, v)| v == "1500000"), "{en:?}");
        assert!(en.contains(&pair("count:vaccinated", "210000")), "{en:?}");
    }

    #[test]
    fn cases_that_count_no_cases_claim_nothing() {
        let fr = counts(
            "fr",
            "L'épidémie de choléra progresse. Dans deux cas sur trois, les malades \
             guérissent.",
        );
        assert!(!fr.iter().any(|(k, _)| k.contains("cases")), "{fr:?}");
        let fr = counts("fr", "Le tribunal a examiné 12 cas de fraude fiscale.");
        assert!(!fr.iter().any(|(k, _)| k.contains("cases")), "{fr:?}");
        let en = counts(
            "en",
            "The court heard three suspected cases of fraud on Monday.",
        );
        assert!(!en.iter().any(|(k, _)| k.contains("suspected")), "{en:?}");
    }

    #[test]
    fn daily_increments_and_the_years_tally_are_no_tally_of_the_outbreak() {
        let en = counts(
            "en",
            "PORT SUDAN, Sept 10, 2024 - A cholera outbreak has killed at least 165 \
             people. The ministry said 473 new cases and 22 deaths were recorded in the \
             past 24 hours. Congo has reported more than 15,600 cases and 537 deaths this \
             year. The disease has infected 4,200 people in Kassala.",
        );
        assert!(en.contains(&pair("count:dead", "at-least 165")), "{en:?}");
        assert!(!en.iter().any(|(_, v)| v == "22" || v == "473"), "{en:?}");
        assert!(
            en.contains(&pair("count@year-2024:cases", "more-than 15600")),
            "{en:?}"
        );
        assert!(en.contains(&pair("count@year-2024:dead", "537")), "{en:?}");
        assert!(en.contains(&pair("count:cases", "4200")), "{en:?}");
        let fr = counts(
            "fr",
            "Saint-Denis, 3 mars 2024 - L'épidémie de dengue a fait 12 morts. Quatre \
             personnes sont décédées en 24 heures.",
        );
        assert!(fr.contains(&pair("count:dead", "12")), "{fr:?}");
        assert!(!fr.iter().any(|(_, v)| v == "4"), "{fr:?}");
    }
}
