//! Past events recalled beside the story: which era a count speaks of.
//!
//! News copy recalls earlier disasters to size the present one ("the
//! Korean Air crash in Guam in August 1997, which claimed 228 lives", "In
//! 2013, an Asiana plane crashed, killing three"). A count whose sentence
//! (or, failing that, the earlier sentences of its paragraph) dates it by
//! one year or month of another year than the story's is that past
//! event's count: it is keyed by the year (`count@year-1997:dead`), so two
//! sources recalling one past event are compared with each other and
//! never with the present toll. The story's year is the article's date,
//! else the latest year of a full date in the text ("Dec. 29, 2024"): a
//! year alone or a month ("in July 2013") is how a writer recalls the
//! past, a full date how they date the story. A sentence naming several
//! other years is left alone (no claim); one naming another year by a
//! full date is too, unless the story's year is known: then the full date
//! recalls the past ("Il était survenu le 24 février 2004").
//!
//! A tally since a past year ("Depuis 2014, plus de 30 000 migrants sont
//! morts", "30,000 have died since 2014") is no event's figure and has no
//! year of its own: no claim.

use super::*;

/// The time a count speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Era {
    /// The story itself.
    Now,
    /// A past event recalled by its year.
    Past(i32),
    /// Another time that cannot be told apart (several years): no claim.
    Unclear,
}

impl Era {
    /// The subject of a count of `noun` (display, key) in this era.
    pub(super) fn subject(self, display: &str, key: &str) -> Option<(String, String)> {
        match self {
            Era::Now => Some((display.to_string(), format!("count:{key}"))),
            Era::Past(y) => Some((format!("{display} in {y}"), format!("count@year-{y}:{key}"))),
            Era::Unclear => None,
        }
    }
}

impl Builder<'_, '_> {
    /// The story's year for counts: the article's date, else the latest
    /// year of a full date (a day) written in the text — unless another
    /// date names a later year. Then the full date is history ("the
    /// deadliest crash occurred on Sept. 1, 1983 … in August 1997 …" in an
    /// undated piece on this year's crash) and the story's year is unknown.
    pub(super) fn story_year(&self) -> Option<i32> {
        if let Some(a) = self.anchor {
            return Some(a.year());
        }
        let plain = || {
            self.ctx
                .dates
                .iter()
                .filter(|(_, _, d)| d.marker == Marker::Plain)
        };
        let latest_day = plain()
            .filter_map(|(_, _, d)| match &d.value {
                DateValue::Day {
                    day: DayExpr::Date { year: Some(y), .. },
                } => Some(*y),
                _ => None,
            })
            .max()?;
        let later = plain().any(|(span, _, _)| {
            YEAR.find_iter(self.doc.slice(*span))
                .filter_map(|m| m.as_str().parse::<i32>().ok())
                .any(|y| y > latest_day)
        });
        (!later).then_some(latest_day)
    }

    /// The era of the count at `span` (see the module doc).
    /// Claim a count of `key` at `span` for the era of its sentence ("in
    /// 2019, 40 cases" is 2019's count, keyed by year; an unclear era
    /// claims nothing): the shared last step of the count families.
    pub(super) fn push_count_of_era(
        &mut self,
        key: &str,
        quantity: Quantity,
        span: Span,
        rule: &str,
        story: Option<i32>,
    ) {
        let Some(subject) = self.era_of(span, story).subject(key, key) else {
            return;
        };
        self.push(
            subject,
            "count",
            Value::Quantity(quantity),
            span,
            rule,
            None,
        );
    }

    pub(super) fn era_of(&self, span: Span, story: Option<i32>) -> Era {
        let Some(sentence) = self.doc.sentence_of(span) else {
            return Era::Now;
        };
        if self.in_year_to_date(sentence, span) {
            return story.map_or(Era::Unclear, Era::Past);
        }
        if self.speaks_of_another_time(sentence)
            || self.tally_since_past_year(sentence, span, story)
        {
            return Era::Unclear;
        }
        // The years a part names: (year, written as a full date) of each
        // plain date, `None` for a day without a year ("on Sunday",
        // "Dec. 29": the story's own time), and a year written alone
        // outside any date or quantity ("the 1993 accident").
        let text = self.doc.text();
        let years_in = |part: Span| -> Vec<(Option<i32>, bool)> {
            let dates = starting_in(&self.ctx.dates, |d| d.0.start, part.start, part.end);
            let mut out: Vec<(Option<i32>, bool)> = Vec::new();
            for (dspan, _, d) in dates {
                if !part.contains(*dspan) || d.marker != Marker::Plain {
                    continue;
                }
                let full = matches!(d.value, DateValue::Day { .. } | DateValue::Range { .. });
                let before = out.len();
                out.extend(
                    YEAR.find_iter(self.doc.slice(*dspan))
                        .filter_map(|m| m.as_str().parse::<i32>().ok())
                        .map(|y| (Some(y), full)),
                );
                if out.len() == before && full {
                    out.push((None, true));
                }
            }
            let quantities = starting_in(&self.ctx.quantities, |q| q.0.start, part.start, part.end);
            for m in YEAR.find_iter(&text[part.start..part.end]) {
                let at = Span::new(part.start + m.start(), part.start + m.end());
                // "a 2015 earthquake", "the 1993 accident": a year after an
                // article is no count, whatever the quantity reader made of it.
                let before = word_before_in(text, at.start);
                let after_article = is_word(self.doc, "grammar.article", &before)
                    || is_word(self.doc, "grammar.indefinite", &before);
                let taken = dates.iter().any(|d| d.0.overlaps(at))
                    || (!after_article && quantities.iter().any(|q| q.0.overlaps(at)));
                if !taken && let Ok(y) = m.as_str().parse::<i32>() {
                    out.push((Some(y), false));
                }
            }
            out
        };
        let mut years = years_in(sentence);
        if let Some(y) = self.recalled_since(sentence, span) {
            years.push((Some(y), false));
        }
        if years.is_empty() {
            // "In 1997, a Korean Air jet crashed in Guam. All 228 people on
            // board were killed."
            let paragraph = crate::text::line_span(self.doc.text(), span.start);
            years = years_in(Span::new(
                paragraph.start,
                sentence.start.max(paragraph.start),
            ));
        }
        let now = |y: &Option<i32>| y.is_none() || *y == story;
        if years.iter().all(|(y, _)| now(y)) {
            return Era::Now;
        }
        let first = years[0].0;
        // A full date of another year than a known story year recalls a
        // past event as plainly as its year does ("Il était survenu le 24
        // février 2004 …, causant la mort de 628 personnes"); with no
        // story year, a full date may be the story's own.
        if !now(&first)
            && years
                .iter()
                .all(|(y, full)| *y == first && (!full || story.is_some()))
        {
            first.map_or(Era::Unclear, Era::Past)
        } else {
            Era::Unclear
        }
    }
}

impl Builder<'_, '_> {
    /// Whether the count at `span` is a tally of the year so far ("more
    /// than 2,100 migrants have died … so far this year", "Since the start
    /// of the year, 2,100 …"): a `count.period` form after it in its clause,
    /// or before it in its sentence with no other number between. Such a
    /// tally is the story's year's (`count@year-2025:dead`), never the
    /// story's own figure.
    fn in_year_to_date(&self, sentence: Span, span: Span) -> bool {
        let forms = forms(self.doc, "count.period");
        if forms.is_empty() {
            return false;
        }
        let text = self.doc.text();
        let before = fold_key(&text[sentence.start..span.start]);
        let after = fold_key(&text[span.end..sentence.end.max(span.end)]);
        forms.iter().any(|f| {
            whole_word_positions(&after, f).any(|i| !after[..i].contains([',', ';', ':']))
                || whole_word_positions(&before, f).any(|i| {
                    let gap = &before[i + f.len()..];
                    !gap.contains(';') && !gap.chars().any(|c| c.is_ascii_digit())
                })
        })
    }

    /// Whether the count at `span` is a tally since a past year ("Depuis
    /// 2014, plus de 30 000 migrants sont morts", "more than 30,000 have
    /// died since 2014"): a `since` date naming another year than the
    /// story's opens the sentence (at most one word before it: "Et
    /// depuis 2014") or follows the figure in its clause. Such a tally is
    /// no event's figure, and it has no year of its own: no claim. A
    /// `since` bounding
    /// a superlative ("the deadliest quake since 2015 killed 40") dates
    /// the story's event, and "since 2011, when 19 people died" recalls a
    /// year's event ([`Builder::recalled_since`]).
    fn tally_since_past_year(&self, sentence: Span, span: Span, story: Option<i32>) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let superlatives = forms(doc, "record.superlative");
        let dates = starting_in(&self.ctx.dates, |d| d.0.start, sentence.start, sentence.end);
        dates.iter().any(|(dspan, _, d)| {
            if d.marker != Marker::Since || !sentence.contains(*dspan) {
                return false;
            }
            let other_year = YEAR
                .find_iter(doc.slice(*dspan))
                .filter_map(|m| m.as_str().parse::<i32>().ok())
                .any(|y| Some(y) != story);
            if !other_year {
                return false;
            }
            let from = look_back(text, dspan.start, 40, sentence.start);
            let near = fold_key(&text[from..dspan.start]);
            if superlatives.iter().any(|s| near.contains(s)) {
                return false;
            }
            if dspan.end <= span.start {
                let opening = fold_key(&text[sentence.start..dspan.start]);
                let rest = &text[dspan.end..span.start];
                let rest = rest.trim_start();
                opening.split_whitespace().count() <= 1
                    && !crosses_clause(rest.strip_prefix(',').unwrap_or(rest))
            } else {
                !crosses_clause(&text[span.end..dspan.start])
            }
        })
    }

    /// Whether a sentence says its figures are those of another time than
    /// the story's, with no year to key them by (`count.other_time`): a
    /// period running up to now ("Depuis le début de l'année, 27 migrants
    /// sont morts") or an earlier occasion ("La précédente journée avait
    /// réuni 395 000 manifestants"). A marker bounding a superlative
    /// (`record.superlative` in the 40 bytes before it: "le plus meurtrier
    /// depuis le début de l'année") dates the story's own event, not its
    /// figures.
    fn speaks_of_another_time(&self, sentence: Span) -> bool {
        let doc = self.doc;
        let markers = forms(doc, "count.other_time");
        if markers.is_empty() {
            return false;
        }
        let folded = fold_key(doc.slice(sentence));
        let superlatives = forms(doc, "record.superlative");
        markers.iter().any(|m| {
            whole_word_positions(&folded, m).any(|i| {
                let from = crate::text::floor_char_boundary(&folded, i.saturating_sub(40));
                let before = &folded[from..i];
                !superlatives.iter().any(|s| before.contains(s))
            })
        })
    }

    /// The year of a past event recalled as the bound of a superlative,
    /// when the count at `span` sits in the clause that tells that event:
    /// "the worst floods since 2011, when 19 people died" (a `since` date
    /// of a year, then a comma and a `past.recall` word before the count).
    /// The story's own toll in such a sentence ("the deadliest quake since
    /// 2015 killed 34 people") has no recall word between, and stays now.
    fn recalled_since(&self, sentence: Span, span: Span) -> Option<i32> {
        let text = self.doc.text();
        let dates = starting_in(&self.ctx.dates, |d| d.0.start, sentence.start, span.start);
        dates.iter().rev().find_map(|(dspan, _, d)| {
            if d.marker != Marker::Since || dspan.end > span.start {
                return None;
            }
            let DateValue::Year { year } = d.value else {
                return None;
            };
            let between = fold_key(&text[dspan.end..span.start]);
            let rest = between.trim_start().strip_prefix(',')?;
            let word = rest.split_whitespace().next()?;
            is_word(self.doc, "past.recall", word).then_some(year)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::tests::pair;

    fn counts(text: &str) -> Vec<(String, String)> {
        crate::claims::tests::counts_in("en", text)
    }

    #[test]
    fn a_toll_recalled_with_its_year_is_that_years_event() {
        let got = counts(
            "The storm on Monday killed 12 people. Another ferry sank off Jindo in \
             April 2014, claiming 304 lives. In 1999, a bomb exploded in a market, \
             killing three shoppers.",
        );
        assert!(got.contains(&pair("count:dead", "12")), "{got:?}");
        assert!(
            got.contains(&pair("count@year-2014:dead", "304")),
            "{got:?}"
        );
        assert!(got.contains(&pair("count@year-1999:dead", "3")), "{got:?}");
    }

    #[test]
    fn the_part_a_verb_counts_of_a_total_and_a_year_written_alone() {
        let got = counts(
            "The 1988 ferry disaster off Leyte, killing 310 of the 400 people on board, \
             was the worst.",
        );
        assert!(
            got.contains(&pair("count@year-1988:dead", "310")),
            "{got:?}"
        );
    }

    #[test]
    fn a_toll_told_after_a_superlatives_since_year_is_that_years() {
        let got = counts(
            "The storm on Monday killed 12 people. The floods were the worst since \
             2011, when 19 people died. The deadliest quake since 2015 killed 40 people \
             on Friday.",
        );
        assert!(got.contains(&pair("count@year-2011:dead", "19")), "{got:?}");
        assert!(!got.contains(&pair("count:dead", "19")), "{got:?}");
        assert!(got.contains(&pair("count:dead", "40")), "{got:?}");
    }

    #[test]
    fn a_toll_recalled_with_a_full_date_of_another_year_is_that_years() {
        // The dateline gives the story's year: a full date of 2004 recalls
        // a past event as plainly as "en 2004".
        let got = crate::claims::tests::counts_in(
            "fr",
            "RABAT, 9 septembre 2023 (AFP) - Le séisme a fait 2 012 morts.\n\n\
             Il était survenu le 24 février 2004 dans la province d'Al Hoceima, \
             provoquant la mort de 628 personnes.",
        );
        assert!(got.contains(&pair("count:dead", "2012")), "{got:?}");
        assert!(
            got.contains(&pair("count@year-2004:dead", "628")),
            "{got:?}"
        );
    }

    #[test]
    fn a_sentence_of_the_story_that_recalls_a_past_year_claims_nothing_of_it() {
        // The weekday dates the sentence to the story; the 2015 quake is
        // only named in passing.
        let got = counts(
            "The quake on Friday was the deadliest since a 2015 earthquake that killed \
             9,000 people.",
        );
        assert!(!got.iter().any(|(_, v)| v == "9000"), "{got:?}");
    }
}
