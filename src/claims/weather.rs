//! Weather and sports results: the temperatures and the rain of a heat
//! wave, a cold snap or a storm, keyed by the place they were measured at
//! ("Il a fait 41,2 °C à Carpentras samedi", "Phoenix hit 118F on
//! Saturday", "150 mm de pluie en 24 heures à Nîmes"), and the score of a
//! match, keyed by the opponent ("Le PSG s'est imposé 3-1 face à Lyon",
//! "Paris beat Lyon 2-1", "a 2-2 draw with Nice").
//!
//! Temperatures (lexicons of `rules/<lang>/weather.json`):
//! - a figure followed by a `temperature.unit` form (`degC`, `degF`; in
//!   English also a capital letter glued to it, `temperature.unit_letter`:
//!   "40C", "104F"); Fahrenheit is compared in Celsius with the margin of
//!   the figure written ([`crate::value::to_metric`]), and a figure in
//!   Celsius carries the margin of its own rounding ("41 °C" agrees with
//!   "41,2 °C", not with "42,1 °C");
//! - the place is named in the figure's clause: a `temperature.place_link`
//!   word and capitalised words after the figure ("à Carpentras", "in
//!   Phoenix"), else before it with no other temperature between ("Temperatures
//!   in Mecca soared to…", "À Nîmes, les minimales…"), else the subject of a
//!   `temperature.place_verb` opening the clause ("Phoenix hit 118F"). A
//!   figure with no place claims nothing: several cities in one article are
//!   several subjects, never one;
//! - the day named in the clause (else in the sentence) keys the figure too
//!   (`temperature@2025-07-05:carpentras`), so two days of one place never
//!   conflict; two days in one sentence and no day in the clause: no claim;
//!   a day after the article's date is a forecast: no claim; a figure with
//!   no day is the article's day's (a running figure dated by the article,
//!   which may fall: two papers of one day that differ conflict, Saturday's
//!   and Sunday's are updates);
//! - the nearest `temperature.kind` form before the figure in its sentence
//!   (else right after it in its clause) says whether it is a minimum
//!   (`low`) or a maximum (`high`, the default): the claim's attribute;
//! - a clause with a `temperature.not` form (a forecast, a felt
//!   temperature, a gap to the normal, an average, the sea, an earlier
//!   record), a sentence naming another year, a bound of a range ("38 à
//!   40 °C") and a restatement in parentheses ("118F (47.8C)") claim
//!   nothing.
//!
//! Precipitation: a length in mm, cm or inches (`unit.dimension`) with a
//! `precipitation.noun` right after it ("150 mm de pluie", "6 inches of
//! rain") or before it in its clause ("des cumuls de pluie de 150 mm"), at
//! a place found as for temperatures, compared in millimetres and keyed by
//! the place, the day as for temperatures, and the period a duration after
//! it gives ("en 24 heures": `rain@24heure:nimes`).
//!
//! Scores: a `score.result` form (`win`, `loss`, `draw`; `lead` only at
//! half-time) before or right after a score ("3-1", "3 à 1"), then a
//! `score.link` word and the opponent's capitalised name ("s'est imposé 3-1
//! face à Lyon", "a 2-1 win over Lyon", "lost 3-2 to Chelsea"); or a
//! `score.beat` verb, the opponent and the score ("a battu Lyon 2-1").
//! Keyed by the opponent, folded (`score:lyon`): the score is stated from
//! the side of the team that won, lost or drew (a loss reads low-high). A
//! `score.half_time` form in the clause keys it apart
//! (`score@half-time:lyon`); a `score.not` form (a first leg, penalties, a
//! previous meeting) or another year makes it claim nothing. Known limit:
//! the team that played is not in the key, so two matches against one
//! opponent in one story (a round of two legs told without "aller") would
//! be compared.

use super::*;
use crate::extract::date::{DateValue, Resolved};

/// Characters that end a clause: the figure, its place and its day are
/// read between two of them (a comma or colon between digits is part of a
/// number).
fn clause_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let is_boundary = |i: usize, c: char| match c {
        ',' | ':' => {
            let digit_before = i > 0 && bytes[i - 1].is_ascii_digit();
            let digit_after = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            !(digit_before && digit_after)
        }
        ';' | '(' | ')' | '!' | '?' | '\n' => true,
        '.' => !bytes.get(i + 1).is_some_and(u8::is_ascii_digit),
        _ => false,
    };
    let from = text[..start]
        .char_indices()
        .rev()
        .find(|&(i, c)| is_boundary(i, c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let to = text[end..]
        .char_indices()
        .find(|&(i, c)| is_boundary(end + i, c))
        .map_or(text.len(), |(i, _)| end + i);
    (from, to)
}

/// A place as the claims key it: its name as written and its folded key.
type Place = (String, String);

/// What a figure's day is.
enum Day {
    /// The clause and its sentence name none.
    Unnamed,
    /// One day (its key, shown as is, and how it was resolved).
    Named(String, Option<String>),
    /// Several days and none in the clause, or a day to come: no claim.
    Unusable,
}

/// A score read from the text: the two figures as written, in order.
fn parse_score(s: &str, joins: &[String]) -> Option<(u32, u32)> {
    let s = s.trim();
    let (a, b) = if let Some((a, b)) = s.split_once('-') {
        (a, b)
    } else {
        joins.iter().find_map(|j| {
            let (a, b) = s.split_once(&format!(" {j} "))?;
            Some((a, b))
        })?
    };
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

impl Builder<'_, '_> {
    /// Mark the claim just pushed, whose text names no day, as a figure of
    /// the article's day: two articles of one day that differ conflict,
    /// figures of different days are updates ("41 °C à Carpentras" on
    /// Saturday, "39 °C à Carpentras" in Sunday's paper), which may fall.
    fn mark_of_the_article_day(&mut self) {
        self.mark_last_running();
        if let Some(c) = self.claims.last_mut() {
            c.may_fall = true;
        }
    }

    /// Temperatures, rain and scores (see the module's doc).
    pub(super) fn weather_claims(&mut self) {
        self.temperature_claims();
        self.precipitation_claims();
        self.score_claims();
    }

    /// The regex of a place after a link word: the link, an optional lead
    /// of lower-case words ended by an "of" word ("la station de", "the
    /// city of"), then one to three capitalised words. Over folded text.
    fn place_after_link_regex(&self) -> Option<&'static Regex> {
        let lang = self.doc.lang;
        let links = lang.lexicon("temperature.place_link");
        if links.is_empty() {
            return None;
        }
        let lead = lang.lexicon("temperature.place_lead");
        let lead = if lead.is_empty() {
            String::new()
        } else {
            format!(
                r"(?:(?:\p{{Ll}}[\p{{Ll}}']*\s+){{1,3}}?(?i:{})\s*)?",
                lead.alternation()
            )
        };
        cached_regex(&format!(
            r"(?:^|[^\p{{L}}'])(?i:{})\s+{lead}(\p{{Lu}}[\p{{L}}'-]*(?:\s+\p{{Lu}}[\p{{L}}'-]*){{0,2}})",
            links.alternation()
        ))
    }

    /// Whether a capitalised name is no place: a day or a month ("in
    /// July", "on Saturday"), a weather agency (`temperature.not_place`),
    /// a person named in the article.
    fn not_a_place(&self, name_span: Span) -> bool {
        let doc = self.doc;
        let name = doc.slice(name_span);
        let first = name.split_whitespace().next().unwrap_or("");
        if ["weekday", "month", "month_name", "weekday_name"]
            .iter()
            .any(|l| is_word(doc, l, first))
            || is_word(doc, "temperature.not_place", name)
        {
            return true;
        }
        let agencies = doc.lang.lexicon("temperature.not_place");
        if agencies
            .folded_forms()
            .any(|(_, f)| fold_key(name).starts_with(f))
        {
            return true;
        }
        starting_in(
            &self.ctx.persons,
            |p| p.0.start,
            name_span.start.saturating_sub(self.ctx.person_max_len),
            name_span.end,
        )
        .iter()
        .any(|(s, _, _)| s.start < name_span.end && name_span.start < s.end)
    }

    /// The place a figure (folded span `at`, clause `clause` of folded
    /// text) was measured at: after it in its clause, else before it with
    /// none of `others` (other figures of the kind) between, else the
    /// capitalised subject of a `temperature.place_verb` opening the clause
    /// or the sentence opener ("À Nîmes, …").
    fn place_of(
        &self,
        at: Span,
        clause: (usize, usize),
        sentence: Span,
        others: &[Span],
    ) -> Option<Place> {
        let doc = self.doc;
        let folded = &doc.folded.text;
        let re = self.place_after_link_regex()?;
        let take = |s: usize, mut e: usize| -> Option<Place> {
            // "in Phoenix Saturday": a day or month is no part of the name.
            while let Some(i) = folded[s..e].rfind(char::is_whitespace) {
                let last = &folded[s + i + 1..e];
                if !["weekday", "month", "month_name", "weekday_name"]
                    .iter()
                    .any(|l| is_word(doc, l, last))
                {
                    break;
                }
                e = folded[..s + i].trim_end().len();
            }
            let span = doc.folded.to_original(Span::new(s, e));
            if self.not_a_place(span) {
                return None;
            }
            let name = doc.slice(span).to_string();
            let key = place_key(&name);
            (!key.is_empty()).then_some((name, key))
        };
        // After the figure, in its clause.
        let after = &folded[at.end..clause.1];
        if let Some(m) = re.captures(after).and_then(|c| c.get(1)) {
            // The nearest place after: none of the other figures first.
            let (s, e) = (at.end + m.start(), at.end + m.end());
            if !others.iter().any(|o| o.start >= at.end && o.end <= s) {
                return take(s, e);
            }
            return None;
        }
        let no_other_between = |s: usize| !others.iter().any(|o| o.start >= s && o.end <= at.start);
        // Before it, in its clause.
        let before = &folded[clause.0..at.start];
        if let Some(m) = re.captures_iter(before).filter_map(|c| c.get(1)).last() {
            let (s, e) = (clause.0 + m.start(), clause.0 + m.end());
            return if no_other_between(e) {
                take(s, e)
            } else {
                None
            };
        }
        // The subject of a verb of the place opening the clause.
        let verbs = doc.lang.lexicon("temperature.place_verb");
        // "Le thermomètre a atteint", "Temperatures hit": an article or a
        // word of temperatures is no place, nor is a subject with another
        // figure after it.
        let is_subject = |s: usize, e: usize| {
            let first = folded[s..e].split_whitespace().next().unwrap_or("");
            !is_word(doc, "grammar.article", first)
                && !is_word(doc, "temperature.noun", first)
                && no_other_between(e)
        };
        if !verbs.is_empty() {
            let subject = cached_regex(&format!(
                r"^[\s\x22'«*-]*(\p{{Lu}}[\p{{L}}'-]*(?:\s+\p{{Lu}}[\p{{L}}'-]*){{0,2}})\s+(?i:{})\s",
                verbs.alternation()
            ))?;
            if let Some(m) = subject.captures(before).and_then(|c| c.get(1)) {
                let (s, e) = (clause.0 + m.start(), clause.0 + m.end());
                if is_subject(s, e) {
                    return take(s, e);
                }
            }
            // The subject opens the sentence with its region in
            // parentheses, which end the clause: "Bordeaux (Gironde) a
            // enregistré 41,2 °C".
            let fs = doc.folded.from_original(sentence.start);
            let verb_first = cached_regex(&format!(r"^\s*(?i:{})\s", verbs.alternation()));
            let named = cached_regex(
                r"^[\s\x22'«*-]*(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})\s*\([^()]{1,40}\)\s*$",
            );
            if clause.0 > fs
                && verb_first.is_some_and(|re| re.is_match(before))
                && let Some(m) = named.and_then(|re| re.captures(&folded[fs..clause.0]))
                && let Some(m) = m.get(1)
            {
                let (s, e) = (fs + m.start(), fs + m.end());
                if is_subject(s, e) {
                    return take(s, e);
                }
            }
        }
        // A clause of the place alone before it: opening the sentence ("À
        // Nîmes, les minimales…", "In Ashgrove, temperatures reached…"),
        // or right before the figure's clause ("La nuit n'a apporté aucun
        // répit : à Lunelle, les minimales…").
        let fs = doc.folded.from_original(sentence.start);
        if clause.0 > fs {
            let place = r"(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})";
            let link = doc.lang.lexicon("temperature.place_link").alternation();
            let opening = &folded[fs..clause.0];
            let found = cached_regex(&format!(r"^[\s\x22'«*-]*(?i:{link})\s+{place}\s*,"))
                .and_then(|re| re.captures(opening))
                .or_else(|| {
                    cached_regex(&format!(r"[,:;][\s\x22'«*-]*(?i:{link})\s+{place}\s*,\s*$"))
                        .and_then(|re| re.captures(opening))
                });
            if let Some(m) = found.and_then(|c| c.get(1)) {
                let (s, e) = (fs + m.start(), fs + m.end());
                if no_other_between(e) {
                    return take(s, e);
                }
            }
        }
        None
    }

    /// The day a figure's clause names, else its sentence's (see [`Day`]).
    fn day_of(&self, clause: Span, sentence: Span) -> Day {
        let in_part = |part: Span| -> Vec<(Span, &DayExpr)> {
            starting_in(&self.ctx.dates, |d| d.0.start, part.start, part.end)
                .iter()
                .filter(|(s, _, d)| part.contains(*s) && d.marker == Marker::Plain)
                // "in two days" after a figure of rain is its period.
                .filter(|(s, _, _)| {
                    !starting_in(&self.ctx.quantities, |q| q.0.start, part.start, part.end)
                        .iter()
                        .any(|(q, _, m)| {
                            matches!(m.measure, Measure::Duration { .. })
                                && q.start < s.end
                                && s.start < q.end
                        })
                })
                .filter_map(|(s, _, d)| match &d.value {
                    DateValue::Day { day } => Some((*s, day)),
                    _ => None,
                })
                .collect()
        };
        let resolve = |(span, day): (Span, &DayExpr)| -> Option<(String, Option<String>)> {
            let rctx = ResolveCtx {
                anchor: self.anchor,
                previous: None,
                direction: Direction::Past,
            };
            match resolve_day(day, &rctx) {
                Some(r) => {
                    // A day after the article's is a forecast.
                    if let (Some(d), Some(a)) = (r.date.to_naive(), self.anchor)
                        && d > a
                    {
                        return None;
                    }
                    let Resolved { date, how } = self.explain(day, span, r);
                    Some((date.to_string(), how))
                }
                None => match day {
                    DayExpr::Weekday { weekday } => {
                        weekday_of_key(weekday).map(|w| (format!("{w}"), None))
                    }
                    _ => None,
                },
            }
        };
        let pick = |days: Vec<(Span, &DayExpr)>| -> Day {
            let resolved: Vec<Option<(String, Option<String>)>> =
                days.into_iter().map(resolve).collect();
            if resolved.iter().any(Option::is_none) {
                return Day::Unusable;
            }
            let mut distinct: Vec<(String, Option<String>)> =
                resolved.into_iter().flatten().collect();
            distinct.dedup_by(|a, b| a.0 == b.0);
            match distinct.len() {
                0 => Day::Unnamed,
                1 => {
                    let (k, how) = distinct.remove(0);
                    Day::Named(k, how)
                }
                _ => Day::Unusable,
            }
        };
        match pick(in_part(clause)) {
            Day::Unnamed => pick(in_part(sentence)),
            other => other,
        }
    }

    /// Whether a form of `lexicon` stands as whole words in `text` (folded).
    fn has_form(&self, lexicon: &str, text: &str) -> bool {
        self.doc
            .lang
            .lexicon(lexicon)
            .word_regex()
            .is_some_and(|re| re.is_match(text))
    }

    /// Temperatures (see the module's doc).
    fn temperature_claims(&mut self) {
        let doc = self.doc;
        let lang = doc.lang;
        let units = lang.lexicon("temperature.unit");
        if units.is_empty() {
            return;
        }
        let folded = &doc.folded.text;
        let number = r"(?:^|[^\w.,])(-\s?)?(\d{1,3}(?:[.,]\d{1,2})?)";
        let mut found: Vec<(Span, Span, String)> = Vec::new(); // (number, whole, unit key)
        // A figure then a unit word ("41 degrés", "°C") or a unit letter
        // glued or spaced ("118F", "41 C").
        let letters = lang.lexicon("temperature.unit_letter");
        let readers = [
            (
                cached_regex(&format!(r"(?i){number}\s?({})", units.alternation())),
                units,
            ),
            (
                lexicon_regex(doc, "temperature.unit_letter", &format!("{number}({{}})")),
                letters,
            ),
        ];
        for (re, lexicon) in readers {
            let Some(re) = re else { continue };
            for c in re.captures_iter(folded) {
                let (Some(n), Some(u)) = (c.get(2), c.get(3)) else {
                    continue;
                };
                // A unit glued to a word is none ("41 degrésX", "41 Cannes").
                if folded[u.end()..].starts_with(char::is_alphanumeric)
                    && u.as_str().ends_with(char::is_alphanumeric)
                {
                    continue;
                }
                let Some(key) = lexicon.key_of(u.as_str()) else {
                    continue;
                };
                let start = c.get(1).map_or(n.start(), |m| m.start());
                found.push((
                    Span::new(start, n.end()),
                    Span::new(start, u.end()),
                    key.to_string(),
                ));
            }
        }
        if found.is_empty() {
            return;
        }
        found.sort_by_key(|f| f.0.start);
        found.dedup_by_key(|f| f.0.start);
        let wholes: Vec<Span> = found.iter().map(|f| f.1).collect();
        let joins: Vec<String> = lang
            .lexicon("temperature.range_join")
            .folded_forms()
            .map(|(_, f)| regex::escape(f))
            .collect();
        let join = format!("(?:{})", joins.join("|"));
        let range_before = cached_regex(&format!(
            r"(?i)\d\s*(?:{})?\s*{join}\s*$",
            units.alternation()
        ));
        let range_after = cached_regex(&format!(r"(?i)^\s*{join}\s*-?\s*\d"));
        let minus = lang.lexicon("temperature.minus");
        let reference_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(doc.text(), self.ctx));
        let mut times: Option<Vec<Mention>> = None;
        for (i, (num, whole, unit)) in found.iter().enumerate() {
            let original = doc.folded.to_original(*num);
            let Some(sentence) = doc.sentence_of(original) else {
                continue;
            };
            let (fs, fe) = (
                doc.folded.from_original(sentence.start),
                doc.folded.from_original(sentence.end),
            );
            let sentence_text = &folded[fs..fe.max(whole.end)];
            let (cs, mut ce) = clause_bounds(sentence_text, num.start - fs, whole.end - fs);
            // A restatement in parentheses: "118F (47.8C)" is one figure;
            // the clause goes on after it ("40C (104F) in London").
            let before = folded[look_back(folded, fs + cs, 4, fs)..num.start].trim_end();
            if before.ends_with('(') && i > 0 && wholes[i - 1].end + 4 >= num.start {
                continue;
            }
            let mut others = wholes.clone();
            if let Some(open) = folded[whole.end..fs + ce]
                .trim()
                .is_empty()
                .then(|| folded[whole.end..].trim_start())
                .filter(|rest| rest.starts_with('('))
                .map(|rest| folded.len() - rest.len())
                && let Some(close) = folded[open..fe.max(open)].find(')')
                && wholes.get(i + 1).is_some_and(|w| w.end <= open + close)
            {
                let after = open + close + 1;
                others.retain(|w| w.start < open || w.end > after);
                ce = clause_bounds(sentence_text, after - fs, after - fs).1;
            }
            let clause = (fs + cs, fs + ce);
            let clause_text = &folded[clause.0..clause.1];
            // A reading at a time of day is no extreme of the day ("À 15 h,
            // il faisait 38 °C à Lyon").
            let clause_span = doc.folded.to_original(Span::new(clause.0, clause.1));
            if times
                .get_or_insert_with(|| crate::extract::time::extract(doc))
                .iter()
                .any(|t| sentence.contains(t.span))
            {
                continue;
            }
            // A bare degree ("41 degrés") is a temperature only in a
            // sentence about one.
            if unit == "deg" && !self.has_form("temperature.context", sentence_text) {
                continue;
            }
            let unit = if unit == "deg" { "degC" } else { unit.as_str() };
            // A bound of a range: "38 à 40 °C", "38 °C à 40 °C".
            let near_before = &folded[look_back(folded, num.start, 24, clause.0)..num.start];
            if range_before.is_some_and(|re| re.is_match(near_before))
                || range_after.is_some_and(|re| re.is_match(&folded[whole.end..clause.1]))
            {
                continue;
            }
            // An earlier record is another time's, wherever the sentence
            // names it ("Le précédent record, 40,1 °C à Carvalès, …").
            let lowered = fold_key(sentence_text);
            let earlier = lang
                .lexicon("temperature.not")
                .folded_forms_of("earlier")
                .iter()
                .any(|f| whole_word_positions(&lowered, f).next().is_some());
            // The clause, and the sentence's opening clause before it ("Au
            // soleil, il faisait 50 °C à Avignon").
            let opening = sentence_text[..cs]
                .split([',', ';', ':'])
                .next()
                .unwrap_or("");
            if earlier
                || self.has_form("temperature.not", clause_text)
                || self.has_form("temperature.not", opening)
                || reference_year.is_some_and(|y| self.sentence_names_other_year(original, y))
            {
                continue;
            }
            let Some(place) = self.place_of(*num, clause, sentence, &others) else {
                continue;
            };
            let (day, how) = match self.day_of(clause_span, sentence) {
                Day::Unnamed => (None, None),
                Day::Named(d, how) => (Some(d), how),
                Day::Unusable => continue,
            };
            // The value, its sign and its qualifier.
            let written = folded[num.start..num.end].trim_start_matches(['-', ' ']);
            let Ok(mut value) = written.replace(',', ".").parse::<f64>() else {
                continue;
            };
            let negative = folded[num.start..num.end].starts_with('-')
                || minus.folded_forms().any(|(_, f)| {
                    let b =
                        folded[look_back(folded, num.start, 12, clause.0)..num.start].trim_end();
                    b.ends_with(f) && !b[..b.len() - f.len()].ends_with(char::is_alphanumeric)
                });
            if negative {
                value = -value;
            }
            let mut qualifier = qualifier_before(
                doc,
                doc.folded
                    .to_original(Span::new(num.start + (num.len() - written.len()), num.end)),
            );
            // "jusqu'à 41 °C", "as high as 51.8C": the peak reached.
            if qualifier == crate::value::Qualifier::AtMost {
                qualifier = crate::value::Qualifier::Exact;
            }
            let q = Quantity::new(value, qualifier);
            // A temperature is as precise as its last digit written: to the
            // degree, or to the tenth ("41 °C" agrees with "41,2 °C", not
            // with "42,1 °C"), in the unit written.
            let decimals = written.split([',', '.']).nth(1).map_or(0, str::len);
            let degree = 0.5 / 10f64.powi(decimals as i32);
            let (_, mut quantity) = crate::value::in_metric(unit, &q);
            let factor = if unit == "degF" { 5.0 / 9.0 } else { 1.0 };
            quantity.margin = Some(degree * factor);
            // A minimum or a maximum: the nearest kind word before the
            // figure in its sentence, else right after it in its clause.
            let kinds = lang.lexicon("temperature.kind");
            let kind = kinds
                .word_regex()
                .and_then(|re| {
                    re.find_iter(&folded[fs..num.start])
                        .last()
                        .or_else(|| re.find(&folded[whole.end..clause.1]))
                        .and_then(|m| kinds.key_of(m.as_str()))
                })
                .unwrap_or("high")
                .to_string();
            let (name, key) = place;
            let subject = match &day {
                Some(d) => (
                    format!("temperature in {name} on {d} (°C)"),
                    format!("temperature@{d}:{key}"),
                ),
                None => (
                    format!("temperature in {name} (°C)"),
                    format!("temperature:{key}"),
                ),
            };
            let rule = format!("{}.claim.temperature", lang.code);
            let dayless = day.is_none();
            self.push(
                subject,
                &kind,
                Value::Quantity(quantity),
                doc.folded.to_original(*whole),
                &rule,
                how,
            );
            if dayless {
                self.mark_of_the_article_day();
            }
        }
    }

    /// Rain and snow (see the module's doc).
    fn precipitation_claims(&mut self) {
        let doc = self.doc;
        let lang = doc.lang;
        let nouns = lang.lexicon("precipitation.noun");
        if nouns.is_empty() {
            return;
        }
        let to_mm = |unit: &str| -> Option<f64> {
            match unit {
                "mm" => Some(1.0),
                "cm" => Some(10.0),
                "in" => Some(25.4),
                _ => None,
            }
        };
        let amounts: Vec<(Span, String, f64, crate::value::Qualifier)> = self
            .ctx
            .quantities
            .iter()
            .filter_map(|(s, _, q)| match &q.measure {
                Measure::Dimension { unit } if to_mm(unit).is_some() => {
                    Some((*s, unit.clone(), q.value, q.qualifier))
                }
                _ => None,
            })
            .collect();
        if amounts.is_empty() {
            return;
        }
        let folded = &doc.folded.text;
        let others: Vec<Span> = amounts
            .iter()
            .map(|a| {
                Span::new(
                    doc.folded.from_original(a.0.start),
                    doc.folded.from_original(a.0.end),
                )
            })
            .collect();
        let reference_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(doc.text(), self.ctx));
        for ((span, unit, value, qualifier), fspan) in amounts.iter().zip(&others) {
            let Some(sentence) = doc.sentence_of(*span) else {
                continue;
            };
            let (fs, fe) = (
                doc.folded.from_original(sentence.start),
                doc.folded.from_original(sentence.end),
            );
            let sentence_text = &folded[fs..fe.max(fspan.end)];
            let (cs, ce) = clause_bounds(sentence_text, fspan.start - fs, fspan.end - fs);
            let clause = (fs + cs, fs + ce);
            // The noun right after ("de pluie", "of rain") or before in
            // the clause ("cumuls de pluie de 150 mm").
            let after = &folded[fspan.end..clause.1];
            let after = &after[..crate::text::floor_char_boundary(after, after.len().min(24))];
            let Some(re) = nouns.word_regex() else { return };
            let noun = re
                .find(after)
                .filter(|m| after[..m.start()].split_whitespace().count() <= 1)
                .or_else(|| re.find_iter(&folded[clause.0..fspan.start]).last())
                .and_then(|m| nouns.key_of(m.as_str()));
            let Some(noun) = noun.map(str::to_string) else {
                continue;
            };
            if self.has_form("temperature.not", &folded[clause.0..clause.1])
                || reference_year.is_some_and(|y| self.sentence_names_other_year(*span, y))
                || self.is_hypothetical(*span)
            {
                continue;
            }
            let Some((name, key)) = self.place_of(*fspan, clause, sentence, &others) else {
                continue;
            };
            // The period: a duration right after, in the clause.
            let period = starting_in(&self.ctx.quantities, |q| q.0.start, span.end, sentence.end)
                .iter()
                .find_map(|(s, _, q)| match &q.measure {
                    Measure::Duration { unit }
                        if doc.folded.from_original(s.end) <= clause.1
                            && doc.text()[span.end..s.start].split_whitespace().count() <= 6 =>
                    {
                        Some((q.value.to_string(), unit.clone()))
                    }
                    _ => None,
                });
            let factor = to_mm(unit).unwrap_or(1.0);
            let margin = crate::value::written_margin(*value) * factor;
            let quantity = Quantity {
                value: (value * factor * 100.0).round() / 100.0,
                qualifier: *qualifier,
                upper: None,
                margin: (factor != 1.0).then_some(margin),
            };
            let clause_span = doc.folded.to_original(Span::new(clause.0, clause.1));
            let (day, how) = match self.day_of(clause_span, sentence) {
                Day::Unnamed => (None, None),
                Day::Named(d, how) => (Some(d), how),
                Day::Unusable => continue,
            };
            let (over, over_key) = match &period {
                Some(p) => (format!(" over {} {}", p.0, p.1), format!("{}{}", p.0, p.1)),
                None => (String::new(), String::new()),
            };
            let mut prefix = noun.clone();
            for part in [day.as_deref().unwrap_or(""), over_key.as_str()] {
                if !part.is_empty() {
                    prefix.push('@');
                    prefix.push_str(part);
                }
            }
            let on = day.as_ref().map_or(String::new(), |d| format!(" on {d}"));
            let subject = (
                format!("{noun} in {name}{on}{over} (mm)"),
                format!("{prefix}:{key}"),
            );
            let rule = format!("{}.claim.precipitation", lang.code);
            self.push(
                subject,
                "value",
                Value::Quantity(quantity),
                *span,
                &rule,
                how,
            );
            if day.is_none() {
                self.mark_of_the_article_day();
            }
        }
    }

    /// Scores of matches (see the module's doc).
    fn score_claims(&mut self) {
        let doc = self.doc;
        let lang = doc.lang;
        let results = lang.lexicon("score.result");
        let beats = lang.lexicon("score.beat");
        let links = lang.lexicon("score.link");
        if links.is_empty() || (results.is_empty() && beats.is_empty()) {
            return;
        }
        let folded = &doc.folded.text;
        let joins: Vec<String> = lang
            .lexicon("temperature.range_join")
            .folded_forms()
            .filter(|(_, f)| f.chars().all(char::is_alphabetic))
            .map(|(_, f)| f.to_string())
            .collect();
        let join_alt = joins
            .iter()
            .map(|j| regex::escape(j))
            .collect::<Vec<_>>()
            .join("|");
        let score = format!(r"(\d{{1,2}}\s?-\s?\d{{1,2}}|\d{{1,2}}\s(?:{join_alt})\s\d{{1,2}})");
        let of = lang.lexicon("temperature.place_lead").alternation();
        // One to four capitalised words on one line, with "of" words
        // between ("Olympique de Marseille").
        let team = format!(
            r"(\p{{Lu}}[\p{{L}}'-]*(?:\x20+(?:(?i:{of})\x20*)?\p{{Lu}}[\p{{L}}'-]*){{0,3}})"
        );
        let article = lang.lexicon("grammar.article").alternation();
        let opt_article = format!(r"(?:(?i:{article})\s*)?");
        let gap = r"(?:[\p{L}'-]+\s+){0,4}?";
        let adverbs = r"(?:[\p{L}'-]+\s+){0,2}?";
        let link_alt = links.alternation();
        // (result, score, link, team) and (score, result, link, team).
        let result_first = cached_regex(&format!(
            r"(?:^|[^\p{{L}}'])(?i:({}))\s+{adverbs}(?:(?i:{article})\s+)?{score}\s+{gap}(?i:({link_alt}))\s+{opt_article}{team}",
            results.alternation()
        ));
        let score_first = cached_regex(&format!(
            r"(?:^|[^\p{{L}}'])(?:(?i:{article})\s+)?{score}\s?-?\s?(?i:({}))\s+{gap}(?i:({link_alt}))\s+{opt_article}{team}",
            results.alternation()
        ));
        // (result, link, team, score in parentheses): "s'est imposé face à
        // Lyon (3-1)".
        let team_first = cached_regex(&format!(
            r"(?:^|[^\p{{L}}'])(?i:({}))\s+{gap}(?i:({link_alt}))\s+{opt_article}{team}\s*\(\s*{score}\s*\)",
            results.alternation()
        ));
        // (beat, team, score): "a battu Lyon 2-1", "bat Lyon (2-1)".
        let beat = (!beats.is_empty()).then(|| {
            cached_regex(&format!(
                r"(?:^|[^\p{{L}}'])(?i:({}))\s+{opt_article}{team}\s*\(?\s*{score}",
                beats.alternation()
            ))
        });
        // (result key, score span, team span) in folded text.
        let mut found: Vec<(String, Span, Span)> = Vec::new();
        let key_of_link = |l: &str| links.key_of(l).map(str::to_string);
        let link_fits = |link: &str, result: &str| {
            key_of_link(link).is_some_and(|k| k == "against" || k == result)
        };
        // Each phrasing with the groups of its result, score, link and team.
        let phrasings = [
            (result_first, [1, 2, 3, 4]),
            (score_first, [2, 1, 3, 4]),
            (team_first, [1, 4, 2, 3]),
        ];
        for (re, [ri, si, li, ti]) in phrasings {
            let Some(re) = re else {
                continue;
            };
            for c in re.captures_iter(folded) {
                let (Some(r), Some(s), Some(l), Some(t)) =
                    (c.get(ri), c.get(si), c.get(li), c.get(ti))
                else {
                    continue;
                };
                let Some(result) = results.key_of(r.as_str()) else {
                    continue;
                };
                if link_fits(l.as_str(), result) {
                    found.push((
                        result.to_string(),
                        Span::new(s.start(), s.end()),
                        Span::new(t.start(), t.end()),
                    ));
                }
            }
        }
        if let Some(re) = beat.flatten() {
            for c in re.captures_iter(folded) {
                let (Some(t), Some(s)) = (c.get(2), c.get(3)) else {
                    continue;
                };
                found.push((
                    "win".to_string(),
                    Span::new(s.start(), s.end()),
                    Span::new(t.start(), t.end()),
                ));
            }
        }
        found.sort_by_key(|f| f.1.start);
        found.dedup_by_key(|f| f.1.start);
        let reference_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(doc.text(), self.ctx));
        for (result, fscore, fteam) in found {
            let Some((a, b)) = parse_score(&folded[fscore.start..fscore.end], &joins) else {
                continue;
            };
            let (hi, lo) = (a.max(b), a.min(b));
            let value = match result.as_str() {
                "win" | "lead" if hi != lo => format!("{hi}-{lo}"),
                "loss" if hi != lo => format!("{lo}-{hi}"),
                "draw" if hi == lo => format!("{hi}-{lo}"),
                _ => continue,
            };
            let span = doc.folded.to_original(fscore);
            let Some(sentence) = doc.sentence_of(span) else {
                continue;
            };
            let (fs, fe) = (
                doc.folded.from_original(sentence.start),
                doc.folded.from_original(sentence.end),
            );
            let sentence_text = &folded[fs..fe.max(fteam.end)];
            let (cs, ce) = clause_bounds(sentence_text, fscore.start - fs, fscore.end - fs);
            let clause_text = &sentence_text[cs..ce];
            if self.has_form("score.not", sentence_text)
                || reference_year.is_some_and(|y| self.sentence_names_other_year(span, y))
            {
                continue;
            }
            // Half-time: in the clause, or alone before the sentence's
            // first comma ("À la pause, …"; not "Paris, qui menait 1-0 à
            // la pause, s'est imposé 3-1").
            let opener = sentence_text[..cs].split_once(',').map_or("", |(o, _)| o);
            let half_time = self.has_form("score.half_time", clause_text)
                || (opener.split_whitespace().count() <= 4
                    && self.has_form("score.half_time", opener));
            if result == "lead" && !half_time {
                continue;
            }
            let team_span = doc.folded.to_original(fteam);
            let team_name = doc.slice(team_span).trim_end_matches('.').to_string();
            let key = place_key(&team_name);
            if key.is_empty() || self.not_a_place(team_span) {
                continue;
            }
            let subject = if half_time {
                (
                    format!("half-time score against {team_name}"),
                    format!("score@half-time:{key}"),
                )
            } else {
                (format!("score against {team_name}"), format!("score:{key}"))
            };
            let rule = format!("{}.claim.score.{result}", lang.code);
            self.push(
                subject,
                "score",
                Value::Text(value),
                Span::new(span.start.min(team_span.start), span.end.max(team_span.end)),
                &rule,
                None,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims_in;

    /// The (key, attribute, value) claims of `text` whose key starts with
    /// `prefix`.
    fn claims(lang: &str, text: &str, prefix: &str) -> Vec<(String, String, String)> {
        claims_in(lang, text)
            .into_iter()
            .filter(|(k, _, _)| k.starts_with(prefix))
            .collect()
    }

    fn one(key: &str, attribute: &str, value: &str) -> Vec<(String, String, String)> {
        vec![(key.to_string(), attribute.to_string(), value.to_string())]
    }

    #[test]
    fn a_temperature_is_keyed_by_its_place_and_day_in_celsius() {
        let dated = |t: &str| format!("Bilan de la canicule du dimanche 6 juillet 2025. {t}");
        for (lang, text, key, attr, want) in [
            (
                "fr",
                dated("Il a fait 41,2 °C à Carpentras samedi, un record absolu."),
                "temperature@2025-07-05:carpentras",
                "high",
                "41.2",
            ),
            (
                "fr",
                dated("À Nîmes, les minimales n'ont pas baissé sous 27 degrés."),
                "temperature:nimes",
                "low",
                "27",
            ),
            (
                "fr",
                dated("Carpentras a atteint 40,8°C."),
                "temperature:carpentras",
                "high",
                "40.8",
            ),
            (
                "fr",
                dated("Bordeaux (Gironde) a enregistré 41,2 °C samedi."),
                "temperature@2025-07-05:bordeaux",
                "high",
                "41.2",
            ),
            (
                "en",
                "Heat wave update for Sunday, July 6, 2025. Phoenix hit 118 degrees Fahrenheit on Saturday.".to_string(),
                "temperature@2025-07-05:phoenix",
                "high",
                "47.78",
            ),
            (
                "en",
                "Heat wave update for Sunday, July 6, 2025. The overnight low in Phoenix was 90F.".to_string(),
                "temperature:phoenix",
                "low",
                "32.22",
            ),
            (
                "en",
                "Heat wave update for Sunday, July 6, 2025. Temperatures in Mecca soared to 51.8C (125F).".to_string(),
                "temperature:mecca",
                "high",
                "51.8",
            ),
        ] {
            assert_eq!(claims(lang, &text, "temperature"), one(key, attr, want), "{text}");
        }
    }

    #[test]
    fn forecasts_ranges_other_years_and_placeless_figures_claim_no_temperature() {
        for (lang, text) in [
            ("fr", "Jusqu'à 42 °C sont attendus à Avignon."),
            ("fr", "Il fera entre 38 et 40 °C à Lyon."),
            ("fr", "Le thermomètre a atteint 40,8 °C."),
            (
                "fr",
                "La canicule de juillet 2025 bat des records. En 2019, il avait fait 46 °C à Vérargues.",
            ),
            ("fr", "Il a fait 5 degrés de plus que les normales à Lille."),
            ("fr", "Le précédent record, 40,1 °C à Carvalès, est tombé."),
            ("en", "Phoenix could reach 120F on Sunday."),
            ("en", "It was 10C above average in Madrid."),
            ("en", "The heat index in Dallas was 110F."),
            ("en", "The sea in Nice was 28C."),
            // Degrees of other things.
            ("fr", "Un virage à 180 degrés à Matignon."),
            ("fr", "Le séisme de 5,2 degrés à Nice a été ressenti."),
            // A reading at a time of day is no extreme of the day ("À 15 h,
            // il faisait 38 °C à Lyon").
            ("en", "At noon in Madrid it was 39C."),
            ("fr", "À 15 h, il faisait 38 °C à Lyon."),
            // "Temperatures" opening a sentence is no place.
            ("en", "Temperatures hit 40C across the region."),
            ("fr", "Au soleil, il faisait 50 °C à Avignon."),
        ] {
            assert!(claims(lang, text, "temperature").is_empty(), "{text}");
        }
    }

    #[test]
    fn a_restatement_in_parentheses_is_one_figure_and_the_place_after_it_counts() {
        assert_eq!(
            claims(
                "en",
                "Heat wave update for Sunday, July 6, 2025. Temperatures hit 40C (104F) in London on Saturday.",
                "temperature"
            ),
            one("temperature@2025-07-05:london", "high", "40")
        );
    }

    #[test]
    fn a_figure_without_a_day_is_a_running_figure_of_the_article_day() {
        use crate::extract::testing::{RULES, article};
        use crate::extract::{Doc, extract};
        let a = article("Bilan du 6 juillet 2025. Il a fait 41 °C à Carpentras.");
        let doc = Doc::new(&a, RULES.language("fr").unwrap());
        let claims = super::super::build(&doc, &extract(&doc), 0).claims;
        let c = claims
            .iter()
            .find(|c| c.subject_key == "temperature:carpentras")
            .expect("a temperature");
        assert!(c.running && c.may_fall, "{c:?}");
        assert_eq!(
            c.as_of.map(|d| d.to_string()).as_deref(),
            Some("2025-07-06")
        );
    }

    #[test]
    fn several_cities_in_one_sentence_are_several_subjects() {
        let got = claims(
            "fr",
            "Il a fait 41,2 °C à Carpentras, 40,1 °C à Orange et 39 °C à Avignon.",
            "temperature",
        );
        let keys: Vec<&str> = got.iter().map(|(k, _, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            [
                "temperature:carpentras",
                "temperature:orange",
                "temperature:avignon"
            ]
        );
    }

    #[test]
    fn rain_is_keyed_by_place_and_period_in_millimetres() {
        assert_eq!(
            claims(
                "fr",
                "Il est tombé 150 mm de pluie en 24 heures à Nîmes.",
                "rain"
            ),
            one("rain@24heure:nimes", "value", "150")
        );
        assert_eq!(
            claims("en", "Houston saw 6 inches of rain in 24 hours.", "rain"),
            one("rain@24heure:houston", "value", "152.4")
        );
        assert!(
            claims(
                "en",
                "The storm could bring 6 inches of rain to Houston.",
                "rain"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_score_is_keyed_by_the_opponent_from_the_side_that_played() {
        for (lang, text, key, want) in [
            (
                "fr",
                "Le PSG s'est imposé 3-1 face à Lyon samedi.",
                "score:lyon",
                "3-1",
            ),
            ("fr", "Paris a battu Lyon 2-1.", "score:lyon", "2-1"),
            (
                "fr",
                "Nantes a concédé une défaite 2-0 face au Havre.",
                "score:havre",
                "0-2",
            ),
            ("fr", "Une victoire 3 à 1 contre l'OM.", "score:om", "3-1"),
            ("en", "Arsenal lost 3-2 to Chelsea.", "score:chelsea", "2-3"),
            ("en", "Leeds drew 1-1 with Everton.", "score:everton", "1-1"),
            (
                "en",
                "City sealed a 2-0 win over Fulham.",
                "score:fulham",
                "2-0",
            ),
            (
                "en",
                "Liverpool beat Spurs 4-1 on Sunday.",
                "score:spurs",
                "4-1",
            ),
            // The score in parentheses after the opponent, in either order.
            (
                "fr",
                "Lens s'est imposé face à Lille (1-2) samedi.",
                "score:lille",
                "2-1",
            ),
            ("fr", "Rennes bat Nantes (3-0).", "score:nantes", "3-0"),
        ] {
            assert_eq!(
                claims(lang, text, "score"),
                one(key, "score", want),
                "{text}"
            );
        }
    }

    #[test]
    fn half_time_first_legs_and_shootouts_are_kept_apart() {
        assert_eq!(
            claims("fr", "À la pause, Paris menait 1-0 face à Lyon.", "score"),
            one("score@half-time:lyon", "score", "1-0")
        );
        // The half-time lead told in an incise; the final score after it.
        assert_eq!(
            claims(
                "fr",
                "Paris, qui menait 1-0 à la pause, s'est imposé 3-1 face à Lyon.",
                "score"
            ),
            one("score:lyon", "score", "3-1")
        );
        for (lang, text) in [
            (
                "fr",
                "Au match aller, Lyon s'était imposé 2-0 face à Paris.",
            ),
            ("en", "Madrid won 4-3 on penalties against Bayern."),
            ("en", "Paris led 1-0 against Lyon."),
            ("en", "Arsenal won 2-1 with a late goal."),
        ] {
            assert!(claims(lang, text, "score").is_empty(), "{text}");
        }
    }
}
