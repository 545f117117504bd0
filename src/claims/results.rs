//! Election results and shares: a candidate's vote share and votes
//! ("Simone Gbagbo (2,48 %)", "90,35 %, soit 575 222 voix"), shares of
//! a named subject ("taux de participation de 61 %"), keyed apart when
//! the results are final rather than provisional; shares of a population
//! ("près de 40 % de la population vit dans des logements fragiles",
//! "environ un tiers de la population").

use super::*;

/// How many words may stand between a candidate and a share verb's
/// percentage ("Brice Oligui Nguema, candidat à sa propre succession, a
/// recueilli 94,85 %").
pub(super) const SHARE_VERB_REACH: usize = 25;

impl Builder<'_, '_> {
    /// Percentages with a clear subject: what a `share.subject` word right
    /// before measures ("un taux de participation de 61 %"), or the vote
    /// share of a person named right before with a `share.verb` ("Hélène
    /// Varga a obtenu 52,3 %"). Polls (`share.not`) and sentences about
    /// another year's vote claim nothing.
    pub(super) fn share_claims(&mut self) {
        let doc = self.doc;
        let ctx = self.ctx;
        let text = doc.text();
        let reference_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(text, self.ctx));
        let has_form = |lex: &str, hay: &str| -> Option<String> {
            let hay = fold_key(hay);
            let l = doc.lang.lexicon(lex);
            l.folded_forms()
                .find(|(_, f)| whole_word_positions(&hay, f).next().is_some())
                .map(|(k, _)| k.to_string())
        };
        // An indicator's figure (`indicator_claims`) is no share.
        let indicators: HashSet<Span> = self
            .claims
            .iter()
            .filter(|c| c.source == self.source && c.subject_key.starts_with("rate"))
            .map(|c| c.span)
            .collect();
        for (pspan, rule, value) in &ctx.percents {
            if indicators.contains(pspan) {
                continue;
            }
            let Some(sentence) = doc.sentence_of(*pspan) else {
                continue;
            };
            if has_form("share.not", &text[sentence.start..sentence.end]).is_some() {
                continue;
            }
            if let Some(y) = reference_year
                && self.sentence_names_other_year(*pspan, y)
                && !self.other_years_only_after(*pspan, y)
            {
                continue;
            }
            let value = Value::Quantity(Quantity::new(*value, qualifier_before(doc, *pspan)));
            // The words just before, in the clause.
            let from = look_back(text, pspan.start, 70, sentence.start);
            let before = &text[from..pspan.start];
            let before = &before[before.rfind([',', ';', ':', '(']).map_or(0, |i| i + 1)..];
            let subject_lex = doc.lang.lexicon("share.subject");
            let mut subject = None;
            for (key, f) in subject_lex.folded_forms() {
                let b = fold_key(before);
                if let Some(i) = b.rfind(&f) {
                    let gap = &b[i + f.len()..];
                    let ok = gap.split_whitespace().count() <= 4
                        && !gap.chars().any(|c| c.is_ascii_digit());
                    if ok
                        && subject
                            .as_ref()
                            .is_none_or(|(_, n): &(String, usize)| f.len() > *n)
                    {
                        subject = Some((key.to_string(), f.len()));
                    }
                }
            }
            if let Some((key, _)) = subject {
                let (display, key) = self.staged((key.clone(), format!("share:{key}")), *pspan);
                self.push((display, key), "percent", value, *pspan, rule, None);
                continue;
            }
            // A person then a share verb: "Varga a obtenu 52,3 %", or a
            // results list: "Varga : 52,3 %", "Varga (52,3 %)".
            let owner = ctx
                .people_in(sentence.start, pspan.start)
                .filter(|(s, _, _, _)| {
                    s.end <= pspan.start && s.start >= sentence.start && {
                        let gap = &text[s.end..pspan.start];
                        let listed = gap
                            .trim_matches(|c: char| {
                                c.is_whitespace() || matches!(c, ':' | '(' | '[' | ',')
                            })
                            .is_empty();
                        let no_other_share = !ctx
                            .percents
                            .iter()
                            .any(|(o, _, _)| o.start >= s.end && o.end <= pspan.start);
                        no_other_share
                            && (listed
                                || (gap.split_whitespace().count() <= SHARE_VERB_REACH
                                    && !gap.contains([';', ':', '.'])
                                    && has_form("share.verb", gap).is_some()))
                    }
                })
                .max_by_key(|(s, _, _, _)| s.end);
            let Some((_, _, _, id)) = owner else { continue };
            let person = self.staged((ctx.display(id), format!("person:{id}")), *pspan);
            self.push(person.clone(), "vote-share", value, *pspan, rule, None);
            // The candidate's votes written next to the share: "90,35 %,
            // soit 575 222 voix", "19 227 voix, soit 3,02 %", "3,2 % des
            // voix (19 227 votes)".
            for (qspan, qrule, q) in &ctx.quantities {
                if !self.votes_next_to_share(*qspan, q, *pspan) {
                    continue;
                }
                self.push(
                    person.clone(),
                    "votes",
                    Value::Quantity(q.quantity()),
                    *qspan,
                    qrule,
                    None,
                );
            }
        }
    }

    /// Whether every other year of the sentence of the share at `pspan`
    /// comes after it, in a later clause ("Turnout was 67.4%, up from 58%
    /// in 2020": 2020 is the 58's, not the 67.4's); a year before the
    /// share ("In 2020, turnout was 58%") or in its clause governs it.
    fn other_years_only_after(&self, pspan: Span, year: i32) -> bool {
        let text = self.doc.text();
        let Some(sentence) = self.doc.sentence_of(pspan) else {
            return false;
        };
        let others: Vec<Span> =
            starting_in(&self.ctx.dates, |d| d.0.start, sentence.start, sentence.end)
                .iter()
                .filter(|(dspan, _, d)| sentence.contains(*dspan) && d.marker == Marker::Plain)
                .filter(|(dspan, _, _)| {
                    YEAR.find_iter(self.doc.slice(*dspan))
                        .any(|m| m.as_str().parse::<i32>().is_ok_and(|y| y != year))
                })
                .map(|(dspan, _, _)| *dspan)
                .collect();
        !others.is_empty()
            && others
                .iter()
                .all(|d| d.start >= pspan.end && text[pspan.end..d.start].contains([',', ';']))
    }

    /// Whether the count at `qspan` is a number of votes (`vote.count`
    /// `linked` nouns) written right next to the share at `pspan`, joined by
    /// "soit", a parenthesis or nothing at all: then it is the same
    /// candidate's votes.
    pub(super) fn votes_next_to_share(
        &self,
        qspan: Span,
        q: &QuantityMention,
        pspan: Span,
    ) -> bool {
        let doc = self.doc;
        let Measure::Count { .. } = &q.measure else {
            return false;
        };
        let Some(noun) = canonical_noun(doc, q.noun_span) else {
            return false;
        };
        let lex = doc.lang.lexicon("vote.count");
        if !lex
            .folded_forms_of("linked")
            .iter()
            .any(|f| *f == fold_key(&noun))
        {
            return false;
        }
        let (a, b) = if qspan.end <= pspan.start {
            (qspan.end, pspan.start)
        } else if pspan.end <= qspan.start {
            (pspan.end, qspan.start)
        } else {
            return false;
        };
        let gap = fold_key(&doc.text()[a..b]);
        if gap.contains(['.', ';']) || gap.split_whitespace().count() > 5 {
            return false;
        }
        let joined = gap
            .trim_matches(|c: char| c.is_whitespace() || c == ',')
            .is_empty();
        joined
            || gap.contains('(')
            || lex
                .folded_forms_of("joiner")
                .iter()
                .any(|f| gap.split(|c: char| !c.is_alphanumeric()).any(|w| w == *f))
    }

    /// Whether a number of votes at `qspan` sits next to any share of the
    /// article (then [`Self::share_claims`] gives it to the candidate, or to
    /// nobody).
    pub(super) fn votes_beside_a_share(&self, qspan: Span, q: &QuantityMention) -> bool {
        self.ctx
            .percents
            .iter()
            .any(|(p, _, _)| self.votes_next_to_share(qspan, q, *p))
    }

    /// The stage of an election's results a figure belongs to (`result.stage`):
    /// the nearest stage word before it in its sentence ("par rapport aux
    /// résultats provisoires qui le créditaient de 3,02 %"), else the first
    /// stage word of the article ("La Cour constitutionnelle a rendu publics
    /// les résultats définitifs"). Final results are another fact than the
    /// provisional ones, so a final figure is keyed apart:
    /// `(display (final results), key@final)`; other figures are unchanged.
    pub(super) fn staged(&self, (display, key): (String, String), at: Span) -> (String, String) {
        let doc = self.doc;
        let lex = doc.lang.lexicon("result.stage");
        if lex.is_empty() {
            return (display, key);
        }
        let folded = &doc.folded.text;
        let find_all = |hay: &str, offset: usize| -> Vec<(usize, String)> {
            let hay = hay.to_lowercase();
            let mut found = Vec::new();
            for (k, f) in lex.folded_forms() {
                for i in whole_word_positions(&hay, f) {
                    found.push((offset + i, k.to_string()));
                }
            }
            found.sort();
            found
        };
        let at_f = doc.folded.from_original(at.start);
        let stage = doc
            .sentence_of(at)
            .map(|sent| {
                let from = doc.folded.from_original(sent.start);
                find_all(&folded[from..at_f], from)
            })
            .and_then(|v| v.last().map(|(_, k)| k.clone()))
            .or_else(|| find_all(folded, 0).first().map(|(_, k)| k.clone()));
        if stage.as_deref() == Some("final") {
            // The stage goes into the key's kind ("person@final:nguema"):
            // subjects are matched by name similarity within a kind, and
            // "nguema@final" would pass for "nguema".
            let key = match key.split_once(':') {
                Some((kind, rest)) => format!("{kind}@final:{rest}"),
                None => format!("final:{key}"),
            };
            (format!("{display} (final results)"), key)
        } else {
            (display, key)
        }
    }
    /// Shares of a population described by what that part of it does or
    /// has: "près de 40 % de la population de Mayotte vivait dans des
    /// logements fragiles", "environ un tiers de la population vit dans de
    /// l'habitat précaire", "la moitié des habitants vit sous le seuil de
    /// pauvreté". A percentage or a fraction ("un tiers", as a percentage)
    /// right before a `share.whole` form, and a `share.predicate` noun in
    /// the rest of its clause, which names the share
    /// ("share:population:housing"); a share with no such noun claims
    /// nothing (a population's shares are many). The qualifier is kept:
    /// "environ un tiers" and "près de 40 %" disagree.
    pub(super) fn population_share_claims(&mut self) {
        let doc = self.doc;
        let ctx = self.ctx;
        let text = doc.text();
        let wholes = doc.lang.lexicon("share.whole");
        let predicates = doc.lang.lexicon("share.predicate");
        let Some(predicate_re) = predicates.word_regex() else {
            return;
        };
        let reference_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(text, ctx));
        let candidates = ctx
            .percents
            .iter()
            .map(|(s, r, v)| (*s, *r, *v))
            .chain(
                ctx.numbers
                    .iter()
                    .filter(|(_, _, v)| *v > 0.0 && *v < 1.0)
                    .map(|(s, r, v)| (*s, *r, (v * 1000.0).round() / 10.0)),
            )
            .collect::<Vec<_>>();
        for (span, rule, percent) in candidates {
            let Some(sentence) = doc.sentence_of(span) else {
                continue;
            };
            if let Some(y) = reference_year
                && self.sentence_names_other_year(span, y)
            {
                continue;
            }
            let after = fold_key(&text[span.end..sentence.end.max(span.end)]);
            let after = after.trim_start();
            let Some((whole, len)) = wholes
                .folded_forms()
                .filter(|(_, f)| {
                    after.starts_with(f)
                        && after[f.len()..]
                            .chars()
                            .next()
                            .is_none_or(|c| !c.is_alphanumeric())
                })
                .max_by_key(|(_, f)| f.len())
                .map(|(k, f)| (k.to_string(), f.len()))
            else {
                continue;
            };
            let rest = &after[len..];
            let clause = &rest[..rest.find(['.', ';', ',', ':', '(']).unwrap_or(rest.len())];
            let Some(what) = predicate_re
                .find(clause)
                .and_then(|m| predicates.key_of(m.as_str()))
            else {
                continue;
            };
            self.push(
                (format!("{whole} ({what})"), format!("share:{whole}:{what}")),
                "percent",
                Value::Quantity(Quantity::new(percent, qualifier_before(doc, span))),
                span,
                &format!("{}.claim.population-share+{rule}", doc.lang.code),
                None,
            );
        }
    }
}
