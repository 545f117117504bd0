//! Measures and times of an event: a magnitude attributed to the agency
//! that computed it, a speed of gusts ("226 km/h"), the time of day an
//! event happened ("vers 23 h 10"), with how exact the text says it is.

use super::*;

/// `s` without the link words of `forms` (folded) that stand between a
/// measure's noun and its number ("magnitude de 6,8", "6,3 degrés de
/// magnitude"), with the spaces around them: from the start of `s` when
/// `leading` (one word), else from its end (as many as are there).
pub(super) fn strip_link_word<'a>(s: &'a str, forms: &[String], leading: bool) -> &'a str {
    let mut s = s;
    loop {
        let trimmed = if leading {
            s.trim_start()
        } else {
            s.trim_end()
        };
        let best = forms
            .iter()
            .filter(|f| {
                if leading {
                    trimmed.starts_with(f.as_str())
                        && !trimmed[f.len()..].starts_with(char::is_alphanumeric)
                } else {
                    trimmed.ends_with(f.as_str())
                        && !trimmed[..trimmed.len() - f.len()].ends_with(char::is_alphanumeric)
                }
            })
            .max_by_key(|f| f.len());
        let Some(f) = best else {
            return s;
        };
        s = if leading {
            &trimmed[f.len()..]
        } else {
            &trimmed[..trimmed.len() - f.len()]
        };
        if leading || f.is_empty() {
            return s;
        }
    }
}

impl Builder<'_, '_> {
    /// Physical measures of the event: a magnitude ("magnitude 6,8",
    /// "d'une magnitude de 7", "6,3 de magnitude", "6,8 sur l'échelle de
    /// Richter") and speeds ("226 km/h", "jusqu'à 230 km/h"). The measure
    /// is a `measure.noun` form with the number after or before it, or a
    /// `measure.unit` form right after the number. What is measured:
    /// - measures listed in `measure.attributed` (a magnitude depends on
    ///   the agency that computes it) are keyed by the source the sentence
    ///   names ("selon l'USGS"), and claim nothing without one;
    /// - the others need a `measure.subject` noun in the sentence
    ///   ("rafales"), which keys them; "jusqu'à" states the peak reached.
    ///
    /// Sentences naming another year (a past quake) or a `measure.not` word
    /// (an aftershock: "réplique") claim nothing.
    pub(super) fn measure_claims(&mut self) {
        static NUM_AFTER: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
            Regex::new(r"^\s*(?:[:-]\s*)?(\d+(?:[.,]\d+)?)(?:\s*[^\s\d%]|\s*$)").unwrap()
        });
        static NUM_BEFORE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
            Regex::new(r"(?:^|[^\d.,])(\d+(?:[.,]\d+)?)\s*-?\s*$").unwrap()
        });
        let doc = self.doc;
        let folded = &doc.folded.text;
        let reference_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(doc.text(), self.ctx));
        let nouns = doc.lang.lexicon("measure.noun");
        let units = doc.lang.lexicon("measure.unit");
        let links = doc.lang.lexicon("measure.link");
        let fold_all = |key: &str| -> Vec<String> { links.folded_forms_of(key).to_vec() };
        let (links_after, links_before) = (fold_all("after"), fold_all("before"));
        let mut found: Vec<(String, Span)> = Vec::new(); // (measure, folded span of the number)
        if let Some(re) = nouns.word_regex() {
            for m in re.find_iter(folded) {
                let Some(key) = nouns.key_of(m.as_str()) else {
                    continue;
                };
                let after = &folded[m.end()..];
                let after = &after[..after.len().min(30)];
                let after = &after[..crate::text::floor_char_boundary(after, after.len())];
                let linked = strip_link_word(after, &links_after, true);
                let skipped = m.end() + (after.len() - linked.len());
                if let Some(c) = NUM_AFTER.captures(linked).and_then(|c| c.get(1)) {
                    found.push((
                        key.to_string(),
                        Span::new(skipped + c.start(), skipped + c.end()),
                    ));
                    continue;
                }
                let from = crate::text::floor_char_boundary(folded, m.start().saturating_sub(20));
                let before = strip_link_word(&folded[from..m.start()], &links_before, false);
                if let Some(c) = NUM_BEFORE.captures(before).and_then(|c| c.get(1)) {
                    found.push((key.to_string(), Span::new(from + c.start(), from + c.end())));
                }
            }
        }
        if let Some(re) = units.word_regex() {
            for m in re.find_iter(folded) {
                let Some(key) = units.key_of(m.as_str()) else {
                    continue;
                };
                let from = crate::text::floor_char_boundary(folded, m.start().saturating_sub(20));
                let before = &folded[from..m.start()];
                if !before.ends_with(|c: char| c.is_ascii_digit() || c == ' ') {
                    continue;
                }
                if let Some(c) = NUM_BEFORE
                    .captures(before.trim_end())
                    .and_then(|c| c.get(1))
                {
                    found.push((key.to_string(), Span::new(from + c.start(), from + c.end())));
                }
            }
        }
        let attributed = doc.lang.lexicon("measure.attributed");
        let subjects = doc.lang.lexicon("measure.subject");
        let parts = doc.lang.lexicon("measure.part");
        for (written_measure, fspan) in found {
            // A speed in miles per hour is compared in km/h.
            let measure = crate::value::metric_unit(&written_measure)
                .map_or(written_measure.clone(), str::to_string);
            let span = doc.folded.to_original(fspan);
            let written = doc.slice(span);
            let Some(value) = crate::extract::number::parse_digits(
                written.split([',', '.']).next().unwrap_or(written),
                written.split_once([',', '.']).map(|(_, f)| f),
            ) else {
                continue;
            };
            let Some(sentence) = doc.sentence_of(span) else {
                continue;
            };
            let sentence_text = &folded
                [doc.folded.from_original(sentence.start)..doc.folded.from_original(sentence.end)];
            if let Some(y) = reference_year
                && self.sentence_names_other_year(span, y)
            {
                continue;
            }
            let has_word = |lex: &str| {
                doc.lang
                    .lexicon(lex)
                    .word_regex()
                    .is_some_and(|re| re.is_match(sentence_text))
            };
            // "followed by a 6.4-magnitude aftershock": one part of the
            // event (`measure.part`, singular) measured on its own is keyed
            // by it; a sentence about several ("14 aftershocks, between
            // magnitudes 3 and 5") claims nothing.
            // The part's own figure stands next to its word ("a
            // 6.4-magnitude aftershock", "the strongest aftershock was a
            // magnitude 6.7 tremor"); the quake's, earlier in the sentence,
            // is not the aftershock's.
            let at = fspan.start - doc.folded.from_original(sentence.start);
            let part = parts.word_regex().and_then(|re| {
                re.find_iter(sentence_text)
                    .filter(|m| m.start().abs_diff(at).min(m.end().abs_diff(at)) <= 40)
                    .find_map(|m| parts.key_of(m.as_str()))
                    .map(str::to_string)
            });
            if part.is_none() && has_word("measure.not") {
                continue;
            }
            let mut qualifier = qualifier_before(doc, span);
            let subject = if let Some(part) = part {
                (
                    format!("{part} ({measure})"),
                    format!("measure:{part}:{measure}"),
                )
            } else if attributed.key_of(&measure).is_some() {
                let Some((who, who_key)) = self.attribution(span).or_else(|| {
                    let lex = doc.lang.lexicon("count.source");
                    let sent = doc.slice(sentence);
                    let folded_sent = fold_key(sent);
                    lex.folded_forms_of("by").iter().find_map(|f| {
                        let f: &str = f;
                        let i = folded_sent.find(&format!("{f} "))?;
                        self.source_named(&folded_sent[i + f.len()..])
                    })
                }) else {
                    continue;
                };
                (
                    format!("{measure} (according to {who})"),
                    format!("measure@{who_key}:{measure}"),
                )
            } else {
                let Some(re) = subjects.word_regex() else {
                    continue;
                };
                let Some(m) = re.find(sentence_text) else {
                    continue;
                };
                let Some(what) = subjects.key_of(m.as_str()) else {
                    continue;
                };
                if qualifier == crate::value::Qualifier::AtMost {
                    qualifier = crate::value::Qualifier::Exact;
                }
                (
                    format!("{what} ({measure})"),
                    format!("measure:{what}:{measure}"),
                )
            };
            let (_, quantity) =
                crate::value::in_metric(&written_measure, &Quantity::new(value, qualifier));
            self.push(
                subject,
                "value",
                Value::Quantity(quantity),
                span,
                &format!("{}.measure.{}", doc.lang.code, slug_of(&written_measure)),
                None,
            );
        }
    }

    /// Times of day of the event: "a été enregistré à 23h11", "vers
    /// 23H10", "peu avant 23 h", "à 18 heures 30", "at 6:07 p.m.",
    /// "shortly after 6 p.m." (times found by `time` rules). The time needs a
    /// `time.before` word right before it (which also says how exact it
    /// is: `exact`, `about` ±10 minutes, `shortly-before`/`shortly-after`
    /// a quarter of an hour, `before`/`after`) and a `time.subject` noun in its
    /// sentence, which keys it (`time:<subject>`). A time nearer a toll's
    /// word (`time.not`) than its subject, and sentences about an
    /// aftershock (`measure.not`) or naming another year, claim nothing.
    pub(super) fn time_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let before_lex = doc.lang.lexicon("time.before");
        let subjects = doc.lang.lexicon("time.subject");
        if before_lex.is_empty() || subjects.is_empty() {
            return;
        }
        let reference_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(text, self.ctx));
        // The times of day (`time` rules: "23h10", "6:07 p.m.").
        for m in crate::extract::time::extract(doc) {
            let MentionKind::Time(t) = &m.kind else {
                continue;
            };
            let (hour, minute, span) = (t.hour(), t.minute(), m.span);
            let Some(sentence) = doc.sentence_of(span) else {
                continue;
            };
            let from = look_back(text, span.start, 40, sentence.start);
            let before = fold_key(&text[from..span.start]);
            let before = before.trim_end();
            let how = form_ending(doc, "time.before", before).map(|(k, _)| k);
            let Some(how) = how else { continue };
            let folded_sentence = fold_key(doc.slice(sentence));
            let has = |lex: &str| {
                doc.lang
                    .lexicon(lex)
                    .word_regex()
                    .is_some_and(|re| re.is_match(&folded_sentence))
            };
            if has("measure.not") {
                continue;
            }
            if let Some(y) = reference_year
                && self.sentence_names_other_year(span, y)
            {
                continue;
            }
            let Some(re) = subjects.word_regex() else {
                continue;
            };
            // The subject nearest the time ("the crash occurred at 9:03,
            // and firefighters put out the blaze at 9:46": 9:46 is the
            // blaze's). Folding keeps offsets close enough to compare.
            let at = span.start.saturating_sub(sentence.start);
            let distance = |m: &regex::Match| {
                if m.end() <= at {
                    at - m.end()
                } else {
                    m.start().saturating_sub(at)
                }
            };
            // A subject in a relative clause after the time ("At 9:03,
            // Flight 2216, which departed from Bangkok, veered off") is
            // not what the time is of.
            let relative = |m: &regex::Match| {
                m.start() > at
                    && folded_sentence[..m.start()]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| is_word(doc, "grammar.relative", w))
            };
            let Some(m) = re
                .find_iter(&folded_sentence)
                .filter(|m| !relative(m))
                .min_by_key(distance)
            else {
                continue;
            };
            // A toll's word nearer the time than the subject makes it
            // the toll's ("un bilan publié à 19 h après le séisme"); one
            // further away does not ("le séisme a frappé à 3 h 17,
            // faisant 86 morts selon un bilan provisoire": English says
            // "killing 86, officials said" with no such word).
            if doc
                .lang
                .lexicon("time.not")
                .word_regex()
                .is_some_and(|not| {
                    not.find_iter(&folded_sentence)
                        .any(|n| distance(&n) <= distance(&m))
                })
            {
                continue;
            }
            let Some(what) = subjects.key_of(m.as_str()) else {
                continue;
            };
            let t = hour * 60 + minute;
            let hhmm = format!("{hour:02}:{minute:02}");
            let (lo, hi, label) = match how {
                "about" => (t.saturating_sub(10), t + 10, format!("about {hhmm}")),
                "shortly-before" => (
                    t.saturating_sub(15),
                    t.saturating_sub(1),
                    format!("shortly before {hhmm}"),
                ),
                "shortly-after" => (t + 1, t + 15, format!("shortly after {hhmm}")),
                "before" => (0, t.saturating_sub(1), format!("before {hhmm}")),
                "after" => (t + 1, 24 * 60, format!("after {hhmm}")),
                _ => (t, t, hhmm),
            };
            self.push(
                (format!("{what} (time of day)"), format!("time:{what}")),
                "time",
                Value::TimeOfDay {
                    from: lo,
                    to: hi,
                    label,
                },
                span,
                &format!("{}.claim.time-of-day", doc.lang.code),
                None,
            );
        }
    }
}

impl Builder<'_, '_> {
    /// Sizes of a thing of the story measured in a unit of its own
    /// (`measure.thing_unit`: storeys) with the thing's noun right after
    /// (`measure.thing`, at most two words between): "a 30-storey
    /// skyscraper", "a 33-story government building". Keyed by the
    /// thing's canonical noun (`measure:building:storey`).
    pub(super) fn thing_measure_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let units = doc.lang.lexicon("measure.thing_unit");
        let things = doc.lang.lexicon("measure.thing");
        if units.is_empty() || things.is_empty() {
            return;
        }
        for (span, rule, q) in &self.ctx.quantities {
            let Measure::Dimension { unit } = &q.measure else {
                continue;
            };
            if units.key_of(unit).is_none() {
                continue;
            }
            let to = crate::text::floor_char_boundary(text, (span.end + 60).min(text.len()));
            let after = fold_key(&text[span.end..to]);
            let after = &after[..after.find([',', ';', ':', '.', '(']).unwrap_or(after.len())];
            let words: Vec<&str> = after.split_whitespace().take(4).collect();
            let thing = (0..words.len().min(3)).find_map(|i| {
                let two = words.get(i + 1).map(|w| format!("{} {w}", words[i]));
                two.as_deref()
                    .and_then(|t| things.key_of(t))
                    .or_else(|| things.key_of(words[i]))
            });
            let Some(thing) = thing else { continue };
            self.push(
                (
                    format!("{thing} ({unit})"),
                    format!("measure:{thing}:{unit}"),
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

impl Builder<'_, '_> {
    /// The area an event of the story covered, with no name to tell it
    /// apart: a size in an area unit (`area.unit`: hectares, km²) with a
    /// verb of the event's type (`area.verb`, keyed by event type: fire
    /// "a parcouru", "ont brûlé", flood "inondés") in its clause, a few
    /// words before or after it: "le feu a parcouru 3 200 hectares", "3 200
    /// hectares sont partis en fumée". Keyed as other languages key a
    /// story's area (`measure:area:ha`, acres in hectares). The area grows
    /// as the event goes on: a running total dated by the article, like a
    /// toll. A part ("dont 500 hectares de pinède") and an area in a
    /// sentence about another year claim nothing.
    pub(super) fn event_area_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let units = doc.lang.lexicon("area.unit");
        let verbs = doc.lang.lexicon("area.verb");
        if units.is_empty() || verbs.is_empty() {
            return;
        }
        let story = self.story_year();
        let verb_forms: Vec<&str> = verbs
            .keys()
            .flat_map(|k| verbs.folded_forms_of(k).iter().map(String::as_str))
            .collect();
        for (span, rule, q) in &self.ctx.quantities {
            let Measure::Dimension { unit } = &q.measure else {
                continue;
            };
            if units.key_of(unit).is_none() {
                continue;
            }
            let Some(sentence) = doc.sentence_of(*span) else {
                continue;
            };
            let clause_end = |s: &str| s.find([',', ';', ':', '(']).unwrap_or(s.len());
            let from = look_back(text, span.start, 60, sentence.start);
            let before = fold_key(&text[from..span.start]);
            let before = &before[before.rfind([',', ';', ':', ')']).map_or(0, |i| i + 1)..];
            let to = crate::text::floor_char_boundary(text, (span.end + 60).min(sentence.end));
            let after = fold_key(&text[span.end..to.max(span.end)]);
            let after = &after[..clause_end(&after)];
            let verb = verb_forms.iter().any(|f| {
                whole_word_positions(before, f).next().is_some()
                    || whole_word_positions(after, f).next().is_some()
            });
            if !verb {
                continue;
            }
            if self.count_is_part(*span, *span)
                || !matches!(self.era_of(*span, story), super::past::Era::Now)
            {
                continue;
            }
            // Keyed as other languages key a story's area, in metric units.
            let (unit, quantity) =
                crate::value::in_metric(unit, &Quantity::new(q.value, q.qualifier));
            self.push(
                (format!("area ({unit})"), format!("measure:area:{unit}")),
                "value",
                Value::Quantity(quantity),
                *span,
                rule,
                None,
            );
            self.mark_last_running();
        }
    }
}

/// Words a sum may stand after what it is ("les dégâts sont estimés à 120
/// millions d'euros"): the nearest `money.subject` form among them.
const MONEY_REACH: usize = 10;

impl Builder<'_, '_> {
    /// Sums of money with what they are: the nearest `money.subject` form
    /// (keyed by canonical English names shared by every language:
    /// damage, cost, aid, fine, deal…) in the ten words before the sum in
    /// its sentence ("les dégâts sont estimés à 120 millions d'euros",
    /// "l'État a débloqué une enveloppe de 30 millions d'euros"), else right
    /// after it behind a link word ("120 millions d'euros de dégâts").
    /// Keyed by the thing and the currency (`money:damage:EUR`), so two
    /// currencies are never compared. Estimates (`money.estimate`: the
    /// damage) are running totals dated by the article. A sum in a
    /// sentence about another year, a part ("dont 5 millions") or a
    /// projection (`count.hypothetical`: "could exceed $2 billion") claims
    /// nothing.
    pub(super) fn money_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let subjects = doc.lang.lexicon("money.subject");
        if subjects.is_empty() {
            return;
        }
        let estimates = doc.lang.lexicon("money.estimate");
        let links = forms(doc, "duration.link");
        let story = self.story_year();
        let all: Vec<(&str, &str)> = subjects
            .keys()
            .flat_map(|k| {
                subjects
                    .folded_forms_of(k)
                    .iter()
                    .map(move |f| (k, f.as_str()))
            })
            .collect();
        for (span, rule, q) in &self.ctx.quantities {
            let Measure::Currency { unit } = &q.measure else {
                continue;
            };
            let Some(sentence) = doc.sentence_of(*span) else {
                continue;
            };
            let from = look_back(text, span.start, 120, sentence.start);
            let before = fold_key(&text[from..span.start]);
            let before = &before[before.rfind([';', ':', '(', ')']).map_or(0, |i| i + 1)..];
            let words: Vec<&str> = before.split_whitespace().collect();
            let window = words[words.len().saturating_sub(MONEY_REACH)..].join(" ");
            // The form that ends nearest the sum.
            let before_key = all
                .iter()
                .filter_map(|(k, f)| {
                    whole_word_positions(&window, f)
                        .last()
                        .map(|i| (i + f.len(), *k))
                })
                .max_by_key(|(end, _)| *end)
                .map(|(_, k)| k);
            let end = span.end.max(q.noun_span.end);
            let to = crate::text::floor_char_boundary(text, (end + 40).min(sentence.end.max(end)));
            let after = fold_key(&text[end..to]);
            let after = after.trim_start();
            let after_key = links.iter().find_map(|l| {
                let rest = after.strip_prefix(l)?;
                let rest = rest.trim_start();
                all.iter()
                    .filter(|(_, f)| {
                        rest.strip_prefix(f)
                            .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
                    })
                    .max_by_key(|(_, f)| f.len())
                    .map(|(k, _)| *k)
            });
            let Some(key) = before_key.or(after_key) else {
                continue;
            };
            // "the damage could exceed $2 billion": a projection.
            if self.count_is_part(*span, *span)
                || self.is_hypothetical(*span)
                || !matches!(self.era_of(*span, story), super::past::Era::Now)
            {
                continue;
            }
            self.push(
                (format!("{key} ({unit})"), format!("money:{key}:{unit}")),
                "amount",
                Value::Quantity(Quantity::new(q.value, q.qualifier)),
                *span,
                rule,
                None,
            );
            if estimates.key_of(key).is_some() {
                self.mark_last_running();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims_in;

    /// The subject keys of the magnitudes claimed in `text`, with values.
    fn magnitudes(lang: &str, text: &str) -> Vec<(String, String)> {
        claims_in(lang, text)
            .into_iter()
            .filter(|(k, _, _)| k.ends_with(":magnitude"))
            .map(|(k, _, v)| (k, v))
            .collect()
    }

    #[test]
    fn an_agency_is_known_by_its_dotted_name_its_bracketed_acronym_or_a_final_said() {
        let usgs = |v: &str| vec![("measure@usgs:magnitude".to_string(), v.to_string())];
        for (lang, text, want) in [
            (
                "en",
                "A magnitude 7.1 earthquake struck Peru, according to the U.S. Geological Survey.",
                usgs("7.1"),
            ),
            (
                "en",
                "A magnitude 6.9 earthquake struck southern Peru on Tuesday, the United States Geological Survey said.",
                usgs("6.9"),
            ),
            (
                "fr",
                "Un séisme de magnitude 7,1 a frappé le Pérou, selon l'Institut américain de géophysique (USGS).",
                usgs("7.1"),
            ),
            (
                "fr",
                "La secousse de magnitude 6,4 a été enregistrée à 3h12, selon l'Institut de veille sismique (USGS).",
                usgs("6.4"),
            ),
            (
                "fr",
                "Selon le Centre sismologique euro-méditerranéen (CSEM), le séisme de magnitude 6,2 a frappé la Crète.",
                vec![("measure@emsc:magnitude".to_string(), "6.2".to_string())],
            ),
        ] {
            assert_eq!(magnitudes(lang, text), want, "{text}");
        }
    }
}
