//! Migration at sea and at borders: the people who arrived and those
//! intercepted.
//!
//! The dead, the missing, the rescued and the people on board of a
//! migrant boat are the plain counts' (`counts.rs`, `present.rs`), with
//! "migrants" a generic noun (`count.not_subject` key `generic` in
//! `rules/<lang>/migration.json`) that a predicate or a verb gives its
//! noun: "six migrants sont morts", "rescued 61 migrants". This file adds
//! what the plain counts have no noun for. In a paragraph about migration
//! (a `migration.context` word: "migrants", "embarcation", "small
//! boats", "the Channel"), a count of people followed by a
//! `migration.predicate` ("Plus de 500 migrants sont arrivés à
//! Lampedusa", "1,195 people crossed the Channel", "40 migrants were
//! intercepted") or after a `migration.verb_before` ("la marine a
//! intercepté 40 migrants"), or a count of arrivals as such
//! (`migration.noun`: "500 arrivées", "2,000 arrivals"), is
//! `count:arrived` or `count:intercepted`, keys shared by every language
//! and running totals (`count.cumulative`). An attempt ("ont tenté de
//! traverser", "tried to cross") arrives nowhere; the year's tally ("Depuis
//! le début de l'année, 22 000 migrants sont arrivés", "so far this
//! year"), a tally since a past year ("since 2014") and earlier crossings
//! are another time's (`past.rs`), and a part ("dont 120 mineurs") is no
//! total. In a sentence about migration, "this year" or "cette année"
//! after any count (`tally.this_year`: "2,100 migrants have died in the
//! Mediterranean this year") makes it the year's tally, and "last year"
//! or "l'an dernier" (`tally.earlier`) an earlier year's: no claim.
//!
//! Lexicons: `rules/<lang>/migration.json` (`migration.context`,
//! `migration.predicate`, `migration.verb_before`, `migration.noun`,
//! `migration.total`, `migration.attempt`, `tally.this_year`,
//! `tally.earlier`). Known limits: arrivals are not keyed by place or
//! by the window they are counted over ("en 24 heures", "depuis
//! vendredi"): an article giving two places' or two windows' arrivals
//! is inconsistent with itself.

use super::*;

impl Builder<'_, '_> {
    /// People arrived and intercepted (see the module's doc).
    pub(super) fn migration_claims(&mut self) {
        let doc = self.doc;
        // One scan of the article: most stories never name a migrant, and
        // a paragraph is about migration when a word of it is found here.
        let Some(context) = doc.lang.lexicon("migration.context").word_regex() else {
            return;
        };
        let hits: Vec<usize> = context
            .find_iter(&doc.folded.text)
            .map(|m| m.start())
            .collect();
        if hits.is_empty() {
            return;
        }
        let ctx = self.ctx;
        let story = self.story_year();
        let first = self.claims.len();
        let mut taken: Vec<Span> = Vec::new();
        for &(span, rule, q) in &ctx.quantities {
            let Measure::Count { .. } = &q.measure else {
                continue;
            };
            let noun = fold_key(doc.slice(q.noun_span));
            let head = noun.split_whitespace().next().unwrap_or("");
            let arrivals = doc.lang.lexicon("migration.noun").key_of(head);
            if arrivals.is_none() && !self.generic_noun(q.noun_span) {
                continue;
            }
            let Some(key) = arrivals
                .map(str::to_string)
                .or_else(|| self.migration_state(span, q.noun_span))
            else {
                continue;
            };
            if !self.about_migration(span, &hits) {
                continue;
            }
            taken.push(span);
            let before = self.words_before_number(span, 24);
            if self.is_hypothetical(span)
                || self.is_attempt(span, q.noun_span)
                || self.count_is_part(span, q.noun_span)
                || self.is_definite_reference(&before, q)
            {
                continue;
            }
            self.push_count_of_era(&key, Quantity::new(q.value, q.qualifier), span, rule, story);
        }
        let taken = crate::text::SpanSet::new(taken);
        let mut i = 0;
        self.claims.retain(|c| {
            i += 1;
            i > first || !c.subject_key.starts_with("count") || !taken.overlaps(c.span)
        });
        self.year_tallies(story, |b, c| b.about_migration(c.span, &hits));
    }

    /// "More than 2,100 migrants have died in the Mediterranean this
    /// year", "Congo has reported 15,600 cases this year": in a sentence
    /// the story's family reads (`in_context`: about migration, or a
    /// tally of an outbreak in an article about a disease), a `tally.this_year` form after a figure
    /// in its clause, or opening its sentence with no other figure between,
    /// makes it the year's tally (`count@year-<y>:<noun>`), never the
    /// event's (elsewhere "this year" dates an annual event: "the Hajj
    /// this year"; "this year's" names an event). A `tally.earlier` form
    /// so placed ("Last year, 36,816 people made the crossing", "l'an
    /// dernier") makes it an earlier year's, with no year written: no
    /// claim.
    pub(super) fn year_tallies(
        &mut self,
        story: Option<i32>,
        in_context: impl Fn(&Self, &Claim) -> bool,
    ) {
        let doc = self.doc;
        let periods = forms(doc, "tally.this_year");
        let earlier = forms(doc, "tally.earlier");
        if periods.is_empty() && earlier.is_empty() {
            return;
        }
        // (claim, whether it is an earlier year's).
        let mut marked: Vec<(usize, bool)> = Vec::new();
        for (i, c) in self.claims.iter().enumerate() {
            if c.attribute != "count" || !c.subject_key.starts_with("count:") {
                continue;
            }
            let tally = story.is_some() && self.period_marks(c.span, &periods);
            let old = self.period_marks(c.span, &earlier);
            if (tally || old) && in_context(self, c) {
                marked.push((i, old));
            }
        }
        for &(i, old) in marked.iter().rev() {
            if old {
                self.claims.remove(i);
            } else if let Some(year) = story {
                let c = &mut self.claims[i];
                let noun = c.subject_key["count:".len()..].to_string();
                c.subject = format!("{} in {year}", c.subject);
                c.subject_key = format!("count@year-{year}:{noun}");
            }
        }
    }

    /// Whether one of `periods` (folded forms) stands after the figure at
    /// `span` in its clause, or before it in its sentence with no other
    /// figure or clause break between ("Last year, 36,816 people…"); not
    /// before "'s" ("this year's Hajj").
    fn period_marks(&self, span: Span, periods: &[&str]) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let Some(sentence) = doc.sentence_of(span) else {
            return false;
        };
        // Most sentences hold no such form: a look at the folded sentence
        // before any folding of its parts.
        let folded = doc.folded.span_from_original(sentence);
        // (The folded text keeps its case; the forms are lower case.)
        let folded = doc.folded.text[folded.start..folded.end].to_lowercase();
        if !periods.iter().any(|f| folded.contains(f)) {
            return false;
        }
        let after = &text[span.end.min(sentence.end)..sentence.end.max(span.end)];
        let after = fold_key(&after[..after.find([',', ';', ':', '(']).unwrap_or(after.len())]);
        let before = fold_key(&text[sentence.start.min(span.start)..span.start]);
        let not_possessive = |hay: &str, at: usize, f: &str| !hay[at + f.len()..].starts_with("'s");
        periods.iter().any(|f| {
            whole_word_positions(&after, f).any(|at| not_possessive(&after, at, f))
                || whole_word_positions(&before, f).any(|at| {
                    let gap = &before[at + f.len()..];
                    not_possessive(&before, at, f)
                        && !gap.contains([';', ':'])
                        && gap.matches(',').count() <= 1
                        && !gap.chars().any(|c| c.is_ascii_digit())
                })
        })
    }

    /// The `migration.predicate` key after a count's noun, when the figure
    /// is the predicate's subject (not in a complement: "searching for 40
    /// people who arrived"), or the `migration.verb_before` key before it.
    fn migration_state(&self, span: Span, noun: Span) -> Option<String> {
        let doc = self.doc;
        let before = self.words_before_number(span, 40);
        let last = before.split_whitespace().next_back().unwrap_or("");
        // "A total of 512 migrants landed": the figure is the subject.
        let total = form_ending(doc, "migration.total", &before).is_some();
        (total || !is_word(doc, "count.in_complement", last))
            .then(|| counts::predicate_after(doc, noun, &[doc.lang.lexicon("migration.predicate")]))
            .flatten()
            .or_else(|| {
                form_ending(doc, "migration.verb_before", &before).map(|(k, _)| k.to_string())
            })
    }

    /// Whether the paragraph of `span` is about migration: one of `hits`
    /// (the folded offsets of the article's `migration.context` words)
    /// falls in it ("Au total, 1 200 arrivées ont été enregistrées" after
    /// a sentence on the Channel).
    fn about_migration(&self, span: Span, hits: &[usize]) -> bool {
        let doc = self.doc;
        let paragraph = doc
            .folded
            .span_from_original(line_span(doc.text(), span.start));
        let at = hits.partition_point(|&h| h < paragraph.start);
        hits.get(at).is_some_and(|&h| h < paragraph.end)
    }

    /// Whether the figure's clause tells an attempt (`migration.attempt`:
    /// "ont tenté de traverser", "tried to cross") rather than an arrival.
    fn is_attempt(&self, span: Span, noun: Span) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let Some(sentence) = doc.sentence_of(span) else {
            return false;
        };
        let from = noun.end.max(span.end).min(sentence.end.max(span.end));
        let to = crate::text::floor_char_boundary(text, (from + 60).min(sentence.end.max(from)));
        let after = &text[from..to];
        let after = &after[..after.find([',', ';', ':', '.', '(']).unwrap_or(after.len())];
        let clause = format!("{} {}", self.words_before_number(span, 40), fold_key(after));
        names_form(doc, "migration.attempt", &clause)
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::tests::{counts_in as counts, pair};

    #[test]
    fn arrivals_and_interceptions_in_both_languages() {
        let fr = counts(
            "fr",
            "Plus de 500 migrants sont arrivés à Lampedusa mercredi. La marine a intercepté \
             40 migrants au large. Les garde-côtes ont secouru 61 migrants.",
        );
        assert!(
            fr.contains(&pair("count:arrived", "more-than 500")),
            "{fr:?}"
        );
        assert!(fr.contains(&pair("count:intercepted", "40")), "{fr:?}");
        assert!(fr.contains(&pair("count:rescued", "61")), "{fr:?}");
        let en = counts(
            "en",
            "Some 1,195 people crossed the Channel in small boats on Saturday. Another 40 \
             migrants were intercepted. The coast guard rescued 61 migrants.",
        );
        assert!(en.contains(&pair("count:arrived", "about 1195")), "{en:?}");
        assert!(en.contains(&pair("count:intercepted", "40")), "{en:?}");
        assert!(en.contains(&pair("count:rescued", "61")), "{en:?}");
    }

    #[test]
    fn attempts_tallies_and_other_arrivals_claim_nothing() {
        let fr = counts(
            "fr",
            "Quelque 300 migrants ont tenté de traverser la Manche. Depuis le début de \
             l'année, 22 000 migrants sont arrivés en Italie.\n\n400 personnes sont \
             arrivées à Paris pour le salon.",
        );
        assert!(!fr.iter().any(|(k, _)| k.ends_with(":arrived")), "{fr:?}");
        let en = counts(
            "en",
            "A boat sank on June 3, 2026. About 300 migrants tried to cross the Channel. \
             Since 2014, more than 30,000 \
             migrants have died in the Mediterranean. More than 2,100 migrants have died in \
             the Mediterranean this year.",
        );
        assert!(!en.iter().any(|(k, _)| k.ends_with(":arrived")), "{en:?}");
        assert!(!en.iter().any(|(_, v)| v == "more-than 30000"), "{en:?}");
        assert!(
            en.contains(&pair("count@year-2026:dead", "more-than 2100")),
            "{en:?}"
        );
    }

    #[test]
    fn last_years_crossings_claim_nothing() {
        let en = counts(
            "en",
            "Some 882 people crossed the Channel in small boats on Saturday, June 7, \
             2025. Last year, 36,816 people made the crossing.",
        );
        assert!(en.contains(&pair("count:arrived", "about 882")), "{en:?}");
        assert!(!en.iter().any(|(_, v)| v == "36816"), "{en:?}");
        let fr = counts(
            "fr",
            "Samedi 7 juin 2025, 882 migrants ont traversé la Manche. L'an dernier, \
             36 816 personnes avaient traversé la Manche.",
        );
        assert!(fr.contains(&pair("count:arrived", "882")), "{fr:?}");
        assert!(!fr.iter().any(|(_, v)| v == "36816"), "{fr:?}");
    }
}
