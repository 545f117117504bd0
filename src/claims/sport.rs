//! Sport results other than match scores (those are `weather`'s, keyed
//! by the opponent): medal counts and finishing positions.
//!
//! Medals: a count whose noun is a medal ("12 médailles d'or", "40 gold
//! medals", "30 médailles au total") is the count of its owner, the
//! nearest country or person before it in its clause ("La France a
//! remporté 12 médailles d'or", "China won 40 gold medals") or the
//! country after "pour"/"for" ("12 médailles d'or pour la France"):
//! `medals@gold:fr` (keys of countries are their ISO codes, shared by
//! every language). A medal count grows through the games: figures of
//! different days are updates. Gold medals and the total are kept apart
//! (one article giving 12 gold and 30 in all is no inconsistency).
//!
//! Positions: an ordinal after a verb of finishing ("a terminé
//! troisième", "termine 3e", "finished third", "came in 3rd") is the
//! finishing position of the person named last before it in its sentence
//! (subject `person:<surname>`, attribute `position`, or `position
//! (200m)` when the race's distance follows in its clause: "du 200 m
//! papillon", "in the 200m butterfly"). A percentage in its clause makes
//! it an election's rank, which claims nothing ("finished second with
//! 31.2 percent": the share is the results').
//!
//! Lexicons: `rules/<lang>/sport.json`. Limits: an owner must be a
//! country or a person (a club or a team by name owns nothing); race
//! times and records are not claimed.

use super::*;
use indicators::hits;

/// How many words may stand between a verb of finishing and its ordinal
/// ("a terminé à la troisième place").
const FINISH_GAP: usize = 3;

impl Builder<'_, '_> {
    /// Medal counts and finishing positions (see the module's doc).
    pub(super) fn sport_claims(&mut self) {
        if self.doc.lang.lexicon("sport.medal").is_empty() {
            return;
        }
        let first = self.claims.len();
        let taken = self.medal_claims();
        self.position_claims();
        // The medal counts claimed here are no plain counts.
        let taken = crate::text::SpanSet::new(taken);
        let mut i = 0;
        self.claims.retain(|c| {
            i += 1;
            i > first || !c.subject_key.starts_with("count") || !taken.overlaps(c.span)
        });
    }

    fn medal_claims(&mut self) -> Vec<Span> {
        let doc = self.doc;
        let ctx = self.ctx;
        let folded = &doc.folded.text;
        let mut taken = Vec::new();
        for (span, rule, q) in &ctx.quantities {
            let Measure::Count { .. } = &q.measure else {
                continue;
            };
            let Some(fsent) = folded_sentence(doc, *span) else {
                continue;
            };
            let fs = doc.folded.span_from_original(*span);
            let fnoun = doc.folded.span_from_original(q.noun_span);
            let Some((_, kind_end, kind)) = hits(doc, "sport.medal", fnoun.start, fsent.end)
                .into_iter()
                .filter(|h| h.0 == fnoun.start)
                .max_by_key(|h| h.1)
            else {
                continue;
            };
            // The clause: from the last clause mark before the count to the
            // next one after its noun.
            let before = &folded[fsent.start..fs.start];
            let lo = fsent.start
                + before
                    .rfind([';', ':', '(', ')', ','])
                    .filter(|&i| !before[i + 1..].starts_with(|c: char| c.is_ascii_digit()))
                    .map_or(0, |i| i + 1);
            let rest = &folded[kind_end..fsent.end.max(kind_end)];
            let hi = kind_end + rest.find([';', ':', '(', ')', ',']).unwrap_or(rest.len());
            // A medal count is never a plain count, owned or not.
            taken.push(*span);
            // The owner in the clause, else the nearest named before in
            // the sentence ("ahead of France, which won 8 gold medals",
            // "L'Italie, avec 9 médailles d'or, domine").
            let Some((owner, shown)) = self
                .medal_owner(*span, lo, fs, kind_end, hi)
                .or_else(|| self.medal_owner(*span, fsent.start, fs, kind_end, hi))
            else {
                continue;
            };
            self.push(
                (
                    format!("{kind} medals ({shown})"),
                    format!("medals@{kind}:{owner}"),
                ),
                "count",
                Value::Quantity(q.quantity()),
                *span,
                rule,
                None,
            );
            self.mark_last_running();
        }
        taken
    }

    /// Who owns a medal count: the nearest country or person before it in
    /// its clause (folded `lo..fs`), else a country after a `sport.for`
    /// word right after its noun (folded `from..hi`). Returns the key and
    /// how it is shown.
    fn medal_owner(
        &self,
        span: Span,
        lo: usize,
        fs: Span,
        from: usize,
        hi: usize,
    ) -> Option<(String, String)> {
        let doc = self.doc;
        let folded = &doc.folded.text;
        let country = |lo: usize, hi: usize, last: bool| -> Option<(usize, String)> {
            let mut all: Vec<(usize, String)> =
                ["country.name", "country.people", "country.adjective"]
                    .iter()
                    .flat_map(|lex| hits(doc, lex, lo, hi))
                    .filter(|h| hits(doc, "country.not", h.0, h.1).is_empty())
                    .map(|h| (h.0, h.2))
                    .collect();
            all.sort();
            if last {
                all.pop()
            } else {
                all.into_iter().next()
            }
        };
        let lo_orig = doc.folded.to_original(Span::new(lo, lo)).start;
        let person = self
            .ctx
            .people_in(lo_orig, span.start)
            .filter(|(s, _, _, _)| s.end <= span.start)
            .last()
            .map(|(s, _, _, id)| (doc.folded.span_from_original(s).start, id.to_string()));
        let before = country(lo, fs.start, true);
        match (before, person) {
            (Some((c, k)), Some((p, _))) if c >= p => Some((k.clone(), k.to_uppercase())),
            (_, Some((_, id))) => Some((format!("person:{id}"), self.ctx.display(&id))),
            (Some((_, k)), None) => Some((k.clone(), k.to_uppercase())),
            (None, None) => {
                let rest = folded[from..hi.max(from)].trim_start();
                let w = rest.split_whitespace().next()?;
                if !is_word(doc, "sport.for", w) {
                    return None;
                }
                let at = hi - rest.len() + w.len();
                country(at, hi, false).map(|(_, k)| (k.clone(), k.to_uppercase()))
            }
        }
    }

    /// The last run of two capitalised words or more in `span` (leading
    /// articles left out): its folded last word (the key people have) and
    /// the run as written.
    fn capitalised_name(&self, span: Span) -> Option<(String, String)> {
        let doc = self.doc;
        let mut runs: Vec<Vec<&str>> = vec![Vec::new()];
        for w in doc.slice(span).split_whitespace() {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            let ends = w.ends_with([',', ';', ':', '.', ')', '(']);
            if bare.starts_with(char::is_uppercase) {
                if let Some(run) = runs.last_mut() {
                    run.push(bare);
                }
            } else if runs.last().is_some_and(|r| !r.is_empty()) {
                runs.push(Vec::new());
            }
            if ends && runs.last().is_some_and(|r| !r.is_empty()) {
                runs.push(Vec::new());
            }
        }
        runs.into_iter()
            .map(|r| {
                let skip = r
                    .iter()
                    .take_while(|w| is_word(doc, "grammar.article", w))
                    .count();
                r[skip..].to_vec()
            })
            .rfind(|r| r.len() >= 2)
            .and_then(|r| {
                let last = fold_key(r.last()?);
                Some((last, r.join(" ")))
            })
    }

    fn position_claims(&mut self) {
        let doc = self.doc;
        let ctx = self.ctx;
        let folded = &doc.folded.text;
        for (span, rule, value) in &ctx.ordinals {
            let Some(sentence) = doc.sentence_of(*span) else {
                continue;
            };
            let fsent = doc.folded.span_from_original(sentence);
            let fs = doc.folded.span_from_original(*span);
            if fs.start < fsent.start {
                continue;
            }
            // The verb of finishing, a few words before with only function
            // words between ("a terminé à la troisième place").
            let verb = hits(doc, "sport.finish", fsent.start, fs.start)
                .into_iter()
                .filter(|h| {
                    let gap = crate::text::word_tokens(&folded[h.1..fs.start]);
                    gap.len() <= FINISH_GAP
                        && gap.iter().all(|w| {
                            is_word(doc, "grammar.article", w)
                                || is_word(doc, "grammar.preposition", w)
                        })
                })
                .max_by_key(|h| h.1);
            let Some((verb_start, _, _)) = verb else {
                continue;
            };
            // A place, not the first of something: the ordinal ends its
            // clause, or a place noun or a preposition follows ("troisième
            // du 200 m", "à la 5e place"; not "a terminé la première
            // phase").
            let next = crate::text::word_tokens(&folded[fs.end..fsent.end.max(fs.end)]);
            if next.first().is_some_and(|w| {
                w.chars().any(char::is_alphanumeric)
                    && !is_word(doc, "sport.place", w)
                    && !is_word(doc, "grammar.preposition", w)
            }) {
                continue;
            }
            // The person: the last named before the verb in the sentence,
            // else the last name of two capitalised words or more there
            // ("Lea Marvel of France finished third", "while Tom Aubrac
            // placed fifth"), keyed by its last word as people are.
            let verb_orig = doc
                .folded
                .to_original(Span::new(verb_start, verb_start))
                .start;
            let (id, shown) = match ctx
                .people_in(sentence.start, verb_orig)
                .filter(|(s, _, _, _)| s.end <= verb_orig)
                .last()
            {
                Some((_, _, _, id)) => (id.to_string(), ctx.display(id)),
                None => match self.capitalised_name(Span::new(sentence.start, verb_orig)) {
                    Some(n) => n,
                    None => continue,
                },
            };
            // The race: a distance after the ordinal in its clause.
            let rest = &folded[fs.end..fsent.end.max(fs.end)];
            let hi = fs.end + rest.find([';', ':', '(', ')', ',']).unwrap_or(rest.len());
            let hi_orig = doc.folded.to_original(Span::new(hi, hi)).start;
            let race = starting_in(&ctx.quantities, |q| q.0.start, span.end, hi_orig)
                .iter()
                .find_map(|(_, _, q)| match &q.measure {
                    Measure::Dimension { unit } if unit == "m" || unit == "km" => {
                        Some(format!("{}{unit}", q.value))
                    }
                    _ => None,
                });
            // An election's rank ("finished second with 31.2 percent") is
            // the results' business: its share is claimed there.
            if !starting_in(&ctx.percents, |p| p.0.start, span.end, hi_orig).is_empty() {
                continue;
            }
            // The person is the subject, as for ages and ranks; the race is
            // part of the attribute.
            let attribute = match &race {
                Some(r) => format!("position ({r})"),
                None => "position".to_string(),
            };
            self.push(
                (shown, format!("person:{id}")),
                &attribute,
                Value::Quantity(Quantity::new(*value, crate::value::Qualifier::Exact)),
                *span,
                rule,
                None,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims_in;

    fn sport(lang: &str, text: &str) -> Vec<(String, String)> {
        let head = if lang == "fr" {
            "Paris, 4 août 2026 (AFP) – "
        } else {
            "PARIS, Aug. 4, 2026 (AP) - "
        };
        let mut v: Vec<(String, String)> = claims_in(lang, &format!("{head}{text}"))
            .into_iter()
            .filter(|(k, a, _)| k.starts_with("medals") || a.starts_with("position"))
            .map(|(k, a, v)| {
                (
                    if k.starts_with("medals") {
                        k
                    } else {
                        format!("{k}/{a}")
                    },
                    v,
                )
            })
            .collect();
        v.sort();
        v
    }

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn medals_are_counted_by_owner_and_colour() {
        assert_eq!(
            sport(
                "fr",
                "La France a remporté 12 médailles d'or et 30 médailles au total."
            ),
            pairs(&[("medals@gold:fr", "12"), ("medals@total:fr", "30")])
        );
        assert_eq!(
            sport("fr", "Au bilan, 12 médailles d'or pour la France."),
            pairs(&[("medals@gold:fr", "12")])
        );
        assert_eq!(
            sport("en", "France won 12 gold medals and 30 medals in total."),
            pairs(&[("medals@gold:fr", "12"), ("medals@total:fr", "30")])
        );
        // No owner: no claim.
        assert!(sport("en", "A record 340 gold medals were awarded.").is_empty());
    }

    #[test]
    fn a_finishing_position_is_its_athletes() {
        assert_eq!(
            sport(
                "fr",
                "La nageuse Léa Marvel a terminé troisième du 200 m papillon."
            ),
            pairs(&[("person:marvel/position (200m)", "3")])
        );
        assert_eq!(
            sport("fr", "Le skieur Hugo Lestrade termine à la 5e place."),
            pairs(&[("person:lestrade/position", "5")])
        );
        assert_eq!(
            sport(
                "en",
                "Swimmer Lea Marvel finished third in the 200m butterfly."
            ),
            pairs(&[("person:marvel/position (200m)", "3")])
        );
        // An ordinal of something else: no position.
        assert!(sport("en", "Lea Marvel won her third title on Sunday.").is_empty());
        assert!(sport("en", "Lea Marvel finished the first phase on Sunday.").is_empty());
        assert!(
            sport(
                "fr",
                "Le président Paul Varda a terminé la deuxième journée."
            )
            .is_empty()
        );
    }
}
