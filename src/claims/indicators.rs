//! Economic and social indicators: a percentage linked to the noun of an
//! indicator is that indicator's value — "l'inflation a atteint 2,3 % en
//! février", "le taux de chômage s'établit à 7,4 %", "un déficit public
//! de 5,8 % du PIB", "the jobless rate stood at 4.1%", "the Fed raised
//! rates to 4.5%"; so is the change of what the indicator measures the
//! change of: "le PIB a progressé de 0,4 % au troisième trimestre", "the
//! economy contracted by 0.1%" (-0.1). Keys are canonical English names
//! shared by every language (`rate:inflation`, attribute `percent`).
//!
//! One figure is never made to contradict another time's, place's or
//! population's: the key carries the period written right by the figure
//! (a month, a quarter, a year: `rate@p-2026-02:inflation`), the area
//! named in its clause unless it is the article's own country (`@in-de`,
//! `@in-euro area`), and its scope (`@monthly`, `@youth`, `@core`). A
//! change "passé de 2,1 % à 2,3 %" claims only the second figure; an
//! earlier figure given for comparison ("après 2,1 % en janvier", "up from
//! 2.1%") has no link and claims nothing; forecasts and targets
//! (`indicator.forecast`, `count.hypothetical`) claim nothing.
//!
//! Lexicons (`rules/<lang>/indicators.json`): `indicator.subject`,
//! `indicator.growth`, `indicator.link`, `indicator.change`,
//! `indicator.complement`, `indicator.other`, `indicator.scope`,
//! `indicator.scope_default`, `indicator.area`, `indicator.forecast`.
//!
//! Limits: the figure must follow its indicator in the sentence ("2,3 %
//! d'inflation" claims nothing), and a figure with no period written by it
//! is keyed without one, so it never meets a figure keyed by a period.

use super::*;
use crate::extract::date::{Period, YearRef};

/// How many words may stand between an indicator's noun and the link
/// before its figure ("la croissance de l'économie française a atteint",
/// "raised interest rates by a quarter of a percentage point to").
const GAP_WORDS: usize = 8;

/// A short bracketed aside without figures: "(IPC)", "(PIB)", "(CPI)".
static BRACKETED: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| Regex::new(r"\([^()0-9]{1,40}\)").expect("valid regex"));

/// A lexicon form found in the folded text: (start, end, key).
pub(super) type Hit = (usize, usize, String);

/// The forms of `lexicon` found in `doc.folded.text[lo..hi]`, whole words.
pub(super) fn hits(doc: &Doc, lexicon: &str, lo: usize, hi: usize) -> Vec<Hit> {
    let lex = doc.lang.lexicon(lexicon);
    let Some(re) = lex.word_regex() else {
        return Vec::new();
    };
    let text = &doc.folded.text;
    let lo = crate::text::floor_char_boundary(text, lo);
    let hi = crate::text::floor_char_boundary(text, hi.max(lo));
    re.find_iter(&text[lo..hi])
        .filter_map(|m| {
            lex.key_of(m.as_str())
                .map(|k| (lo + m.start(), lo + m.end(), k.to_string()))
        })
        .collect()
}

/// Countries and areas named in `doc.folded.text[lo..hi]`, minus the
/// names that name none ("Air France"): (start, end, key, is a country).
fn places(doc: &Doc, lo: usize, hi: usize) -> Vec<(usize, usize, String, bool)> {
    let nots = hits(doc, "country.not", lo, hi);
    let mut out: Vec<(usize, usize, String, bool)> = Vec::new();
    for (lex, country) in [
        ("country.name", true),
        ("country.adjective", true),
        ("indicator.area", false),
    ] {
        for (a, b, k) in hits(doc, lex, lo, hi) {
            if !nots.iter().any(|(x, y, _)| a < *y && *x < b) {
                // A central bank stands for its country (`us`).
                let country = country || k.len() == 2;
                out.push((a, b, k, country));
            }
        }
    }
    out.sort();
    out
}

impl Builder<'_, '_> {
    /// Indicator figures (see the module's doc).
    pub(super) fn indicator_claims(&mut self) {
        let doc = self.doc;
        let ctx = self.ctx;
        if doc.lang.lexicon("indicator.subject").is_empty() {
            return;
        }
        let folded = &doc.folded.text;
        // Looked up once, at the first figure that needs it.
        let own: std::cell::OnceCell<Option<String>> = std::cell::OnceCell::new();
        let percents: Vec<(Span, Span, &str, f64)> = ctx
            .percents
            .iter()
            .map(|(s, r, v)| (*s, doc.folded.span_from_original(*s), *r, *v))
            .collect();
        let range = doc.lang.lexicon("quantity.range");
        for &(pspan, fp, rule, value) in &percents {
            let Some(sentence) = doc.sentence_of(pspan) else {
                continue;
            };
            let fs = doc.folded.span_from_original(sentence);
            if fp.start < fs.start {
                continue;
            }
            // The figures of the sentence, by binary search (a scan of
            // every figure for every figure is quadratic in a long article).
            let a = percents.partition_point(|q| q.1.start < fs.start);
            let b = percents.partition_point(|q| q.1.start < fs.end).max(a);
            let in_sentence_all = &percents[a..b];
            let in_sentence =
                |q: &&(Span, Span, &str, f64)| q.1.start >= fs.start && q.1.end <= fs.end;
            // The words before the figure, its qualifier and its link.
            let mut head = folded[fs.start..fp.start].trim_end();
            if let Some((_, n)) = form_ending(doc, "qualifier", head) {
                head = head[..head.len() - n].trim_end();
            }
            let Some((link, n)) = form_ending(doc, "indicator.link", head) else {
                continue;
            };
            head = head[..head.len() - n].trim_end();
            let next = in_sentence_all
                .iter()
                .filter(in_sentence)
                .find(|q| q.1.start >= fp.end);
            let is = |key: &str, form: &str| range.folded_forms_of(key).iter().any(|f| f == form);
            // A range ("entre 4,25 % et 4,5 %", "at 4.25% to 4.5%") or the
            // first figure of a change ("passé de 2,1 % à 2,3 %") is no
            // value of its own.
            if next.is_some_and(|q| {
                let between = folded[fp.end..q.1.start].trim();
                is("join", between) || is("join_alone", between)
            }) {
                continue;
            }
            // … and the second stands after a change from the first.
            let mut change = false;
            // The first figure's own period may stand between them ("de
            // 2,1 % en janvier à 2,3 % en février").
            let mut head_end = fs.start + head.len();
            if let Some((d, _, _)) = self.dates_in(fs.start, head_end).iter().find(|(d, _, _)| {
                let d = doc.folded.span_from_original(*d);
                d.start >= fs.start
                    && d.end <= head_end
                    && folded[d.end..head_end].trim().is_empty()
            }) {
                let d = doc.folded.span_from_original(*d);
                let mut before = folded[fs.start..d.start].trim_end();
                // "en janvier", "in January".
                if let Some(w) = before.rsplit(' ').next()
                    && is_word(doc, "grammar.preposition", w)
                {
                    before = before[..before.len() - w.len()].trim_end();
                }
                if in_sentence_all
                    .iter()
                    .any(|q| q.1.end == fs.start + before.len())
                {
                    head_end = fs.start + before.len();
                }
            }
            if let Some(q) = in_sentence_all
                .iter()
                .filter(in_sentence)
                .find(|q| q.1.end <= head_end && folded[q.1.end..head_end].trim().is_empty())
            {
                let before = folded[fs.start..q.1.start].trim_end();
                let Some(n) = range
                    .folded_forms_of("open")
                    .iter()
                    .filter(|f| {
                        before.ends_with(f.as_str())
                            && before[..before.len() - f.len()]
                                .chars()
                                .next_back()
                                .is_none_or(|c| !c.is_alphanumeric())
                    })
                    .map(String::len)
                    .max()
                else {
                    continue;
                };
                head = before[..before.len() - n].trim_end();
                change = true;
            }
            let head_end = fs.start + head.len();
            let lexicon = if link == "level" {
                "indicator.subject"
            } else {
                "indicator.growth"
            };
            // The nearest indicator before the link, with a gap it may take.
            let Some((s_start, _, indicator)) = hits(doc, lexicon, fs.start, head_end)
                .into_iter()
                .rev()
                .find(|h| self.indicator_gap(h.0, h.1, head_end, change))
            else {
                continue;
            };
            // The figure's clause: from the sentence's start (or the figure
            // before, unless it is the change's first) to the next clause
            // mark or figure after it.
            let lo = in_sentence_all
                .iter()
                .filter(in_sentence)
                .filter(|q| q.1.end <= s_start)
                .map(|q| q.1.end)
                .max()
                .unwrap_or(fs.start);
            let rest = &folded[fp.end..fs.end.max(fp.end)];
            let mut hi = fp.end + rest.find([',', ';', ':', '(', ')']).unwrap_or(rest.len());
            if let Some(q) = next {
                hi = hi.min(q.1.start);
            }
            // "5 % des ventes", "3% of its members": the figure is a share of
            // something else; "113 % du PIB" (`indicator.whole`), a place,
            // a period or a scope may follow.
            if !self.indicator_after(fp.end, hi) {
                continue;
            }
            if !hits(doc, "indicator.forecast", lo, hi).is_empty()
                || !hits(doc, "count.hypothetical", lo, hi).is_empty()
            {
                continue;
            }
            let mut parts: Vec<(String, String)> = Vec::new();
            // The area: the first named after the figure in its clause
            // ("2,3 % en France"), else the last before it.
            let named = places(doc, lo, hi);
            let area = named
                .iter()
                .find(|p| p.0 >= fp.end)
                .or_else(|| named.iter().rfind(|p| p.1 <= fp.start));
            if let Some((_, _, k, country)) = area
                && (!country
                    || own.get_or_init(|| self.own_country()).as_deref() != Some(k.as_str()))
            {
                let shown = if *country {
                    k.to_uppercase()
                } else {
                    k.clone()
                };
                parts.push((format!("in-{}", slug_of(k)), shown));
            }
            // The scopes, less the indicator's default ones.
            let defaults = doc
                .lang
                .lexicon("indicator.scope_default")
                .folded_forms_of(&indicator);
            // An incise between the indicator and its link ("core
            // inflation, which excludes food and energy, was") says what
            // the indicator is, not which one.
            let gap = &folded[s_start..head_end];
            let incise = gap
                .find(',')
                .zip(gap.rfind(','))
                .filter(|(a, b)| a < b)
                .map(|(a, b)| (s_start + a, s_start + b));
            let written: Vec<String> = hits(doc, "indicator.scope", lo, hi)
                .into_iter()
                .filter(|h| incise.is_none_or(|(a, b)| h.1 <= a || h.0 >= b))
                .map(|h| h.2)
                .collect();
            // "CPI rose 0.2%" may be the month's rise or the year's: the
            // change of prices needs its span written
            // (`indicator.scope_required`).
            let required = doc
                .lang
                .lexicon("indicator.scope_required")
                .folded_forms_of(&indicator);
            if link != "level"
                && !required.is_empty()
                && !written
                    .iter()
                    .any(|k| required.iter().any(|r| *r == fold_key(k)))
            {
                continue;
            }
            let mut scopes: Vec<String> = written
                .into_iter()
                .filter(|k| !defaults.iter().any(|d| *d == fold_key(k)))
                .collect();
            scopes.sort();
            scopes.dedup();
            parts.extend(scopes.into_iter().map(|k| (k.clone(), k)));
            // No period by the figure: the year its sentence or paragraph
            // recalls ("En 2024, … Le chômage s'établissait à 7,3 %"); none
            // when it speaks of another time it does not name ("depuis le
            // début de l'année").
            let period = match self.indicator_period(lo, fp, hi) {
                Some(p) => Some(p),
                None => match self.era_of(pspan, self.story_year()) {
                    past::Era::Now => None,
                    past::Era::Past(y) => Some(y.to_string()),
                    past::Era::Unclear => continue,
                },
            };
            if let Some(p) = period {
                parts.push((format!("p-{p}"), p));
            }
            let signed = if link == "fall" { -value } else { value };
            let key = parts
                .iter()
                .map(|(k, _)| format!("@{k}"))
                .collect::<String>();
            let shown = if parts.is_empty() {
                indicator.clone()
            } else {
                let s: Vec<&str> = parts.iter().map(|(_, s)| s.as_str()).collect();
                format!("{indicator} ({})", s.join(", "))
            };
            self.push(
                (shown, format!("rate{key}:{indicator}")),
                "percent",
                Value::Quantity(Quantity::new(signed, qualifier_before(doc, pspan))),
                pspan,
                rule,
                None,
            );
        }
    }

    /// Whether the words from an indicator's noun (folded `start..end`) to
    /// its link (`link_at`) are a gap it may take: a few words, no clause
    /// mark, no other figure (a year aside); not a noun of another measure
    /// right before or after it (`indicator.other`: "wage growth", "la
    /// croissance démographique"); a complement right after it
    /// (`indicator.complement`: "le taux de chômage des jeunes") only when
    /// it names a place, a period or a scope; after a change from a first
    /// figure, a verb of change (`indicator.change`).
    fn indicator_gap(&self, start: usize, end: usize, link_at: usize, change: bool) -> bool {
        let doc = self.doc;
        let folded = &doc.folded.text;
        let gap = &folded[end..link_at];
        // An acronym in brackets ("l'indice des prix à la consommation
        // (IPC)") and a change in points ("rose 0.1 percentage point to",
        // `indicator.point`) are no other figure.
        let gap = BRACKETED.replace_all(gap, " ");
        let gap = match lexicon_regex(doc, "indicator.point", r"(?i)\d+(?:[.,]\d+)?\s*{}\b") {
            Some(re) => re.replace_all(&gap, " ").into_owned(),
            None => gap.into_owned(),
        };
        if gap.split_whitespace().count() > GAP_WORDS
            || gap.contains([';', ':', '(', ')', '%', '.'])
            || YEAR
                .replace_all(&gap, "")
                .chars()
                .any(|c| c.is_ascii_digit())
        {
            return false;
        }
        let words = crate::text::word_tokens(&gap);
        let before = crate::text::word_tokens(&folded[look_back(folded, start, 30, 0)..start]);
        let other = |w: Option<&String>| w.is_some_and(|w| is_word(doc, "indicator.other", w));
        if other(words.first()) || other(before.last()) {
            return false;
        }
        if words
            .first()
            .is_some_and(|w| is_word(doc, "indicator.complement", w))
        {
            let named = !places(doc, end, link_at).is_empty()
                || !hits(doc, "indicator.scope", end, link_at).is_empty()
                || self.dates_in(end, link_at).iter().any(|(d, _, _)| {
                    let d = doc.folded.span_from_original(*d);
                    d.start >= end && d.end <= link_at
                });
            if !named {
                return false;
            }
        }
        !change || !hits(doc, "indicator.change", end, link_at).is_empty()
    }

    /// Whether the words right after a figure (folded `from..hi`, its
    /// clause) let it be an indicator's value: no complement
    /// (`indicator.complement`) unless it is the whole the figure is a
    /// share of (`indicator.whole`: "du PIB", "of GDP"), a place, a
    /// period or a scope.
    fn indicator_after(&self, from: usize, hi: usize) -> bool {
        let doc = self.doc;
        let folded = &doc.folded.text;
        let rest = folded[from..hi.max(from)].trim_start();
        let at = from + (folded[from..hi.max(from)].len() - rest.len());
        let words = crate::text::word_tokens(rest);
        let Some(first) = words.first() else {
            return true;
        };
        // "3% in sales": another measure after a preposition.
        if is_word(doc, "grammar.preposition", first)
            && words[1..]
                .iter()
                .find(|w| !is_word(doc, "grammar.article", w))
                .is_some_and(|w| is_word(doc, "indicator.other", w))
        {
            return false;
        }
        if !is_word(doc, "indicator.complement", first) {
            return true;
        }
        let starts_here = |h: &Hit| h.0 == at;
        hits(doc, "indicator.whole", at, hi).iter().any(starts_here)
            || hits(doc, "indicator.scope", at, hi)
                .iter()
                .any(|h| h.0 <= at + first.len() + 8)
            || places(doc, at, hi)
                .iter()
                .any(|p| p.0 <= at + first.len() + 8)
            || self.dates_in(at, hi).iter().any(|(d, _, _)| {
                let d = doc.folded.span_from_original(*d);
                d.start >= at && d.start <= at + first.len() + 8
            })
    }

    /// The period written by a figure (folded `fp`) in its clause
    /// (`lo..hi`): the first month, quarter or year after it, else the
    /// last before it, as `2026-02`, `2025-Q3`, `2025`. A month or
    /// quarter without a year is the latest one up to the article's date.
    pub(super) fn indicator_period(&self, lo: usize, fp: Span, hi: usize) -> Option<String> {
        let doc = self.doc;
        let anchor = self.anchor;
        let periods: Vec<(Span, String)> = self
            .dates_in(lo, hi)
            .iter()
            .filter(|(_, _, d)| d.marker == Marker::Plain)
            .filter_map(|(s, _, d)| {
                let f = doc.folded.span_from_original(*s);
                if f.start < lo || f.end > hi || (f.start < fp.end && f.end > fp.start) {
                    return None;
                }
                let year_of = |year: &YearRef, first_month: u32| -> Option<i32> {
                    match year {
                        YearRef::Known { year } => Some(*year),
                        YearRef::Relative { years } => {
                            anchor.map(|a| a.year() + i32::try_from(*years).unwrap_or(0))
                        }
                        YearRef::Unknown => anchor.map(|a| {
                            if first_month > a.month() {
                                a.year() - 1
                            } else {
                                a.year()
                            }
                        }),
                    }
                };
                let p = match &d.value {
                    DateValue::Year { year } => year.to_string(),
                    DateValue::Period {
                        period: Period::Month { month, year },
                    } => match year_of(year, *month) {
                        Some(y) => format!("{y}-{month:02}"),
                        None => format!("--{month:02}"),
                    },
                    DateValue::Period {
                        period: Period::Quarter { quarter, year },
                    } => match year_of(year, quarter * 3 - 2) {
                        Some(y) => format!("{y}-Q{quarter}"),
                        None => format!("Q{quarter}"),
                    },
                    DateValue::Period {
                        period: Period::RelativeYear { years },
                    } => (anchor?.year() + i32::try_from(*years).ok()?).to_string(),
                    // "le mois dernier", "last month".
                    DateValue::Period {
                        period: Period::RelativeMonth { months },
                    } => {
                        let a = anchor?;
                        let m = i64::from(a.year()) * 12 + i64::from(a.month0()) + months;
                        format!("{}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1)
                    }
                    _ => return None,
                };
                Some((f, p))
            })
            .collect();
        periods
            .iter()
            .find(|(f, _)| f.start >= fp.end)
            .or_else(|| periods.iter().rfind(|(f, _)| f.end <= fp.start))
            .map(|(_, p)| p.clone())
    }

    /// The date mentions starting in the folded range `lo..=hi`, by binary
    /// search.
    fn dates_in(&self, lo: usize, hi: usize) -> &[(Span, &str, &DateMention)] {
        let doc = self.doc;
        let span = doc.folded.to_original(Span::new(lo, hi.max(lo)));
        starting_in(&self.ctx.dates, |d| d.0.start, span.start, span.end)
    }

    /// The article's own country: the one it names most (by name or
    /// adjective), if one is named more than any other.
    fn own_country(&self) -> Option<String> {
        let doc = self.doc;
        let mut times: BTreeMap<String, usize> = BTreeMap::new();
        for (_, _, k, country) in places(doc, 0, doc.folded.text.len()) {
            if country {
                *times.entry(k).or_default() += 1;
            }
        }
        let top = times.values().copied().max()?;
        let mut tops = times.iter().filter(|(_, n)| **n == top);
        match (tops.next(), tops.next()) {
            (Some((k, _)), None) => Some(k.clone()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims_in;

    fn has(got: &[(String, String, String)], key: &str, attr: &str, value: &str) -> bool {
        got.iter()
            .any(|(k, a, v)| k == key && a == attr && v == value)
    }

    fn fr(text: &str) -> Vec<(String, String, String)> {
        claims_in("fr", &format!("Paris, 6 mars 2026 – {text}"))
    }

    fn en(text: &str) -> Vec<(String, String, String)> {
        claims_in("en", &format!("LONDON, March 6, 2026 - {text}"))
    }

    fn rates(got: &[(String, String, String)]) -> Vec<(String, String)> {
        got.iter()
            .filter(|(k, _, _)| k.starts_with("rate"))
            .map(|(k, _, v)| (k.clone(), v.clone()))
            .collect()
    }

    #[test]
    fn a_figure_linked_to_an_indicator_is_its_value() {
        let got = fr(
            "En France, l'inflation a atteint 2,3 % sur un an en février, selon \
             l'Insee. Le taux de chômage s'établit à 7,4 %. La dette publique atteint \
             113 % du PIB.",
        );
        assert!(
            has(&got, "rate@p-2026-02:inflation", "percent", "2.3"),
            "{got:?}"
        );
        assert!(
            has(&got, "rate:unemployment rate", "percent", "7.4"),
            "{got:?}"
        );
        assert!(has(&got, "rate:public debt", "percent", "113"), "{got:?}");
        let got = en(
            "Inflation came in at 2.4% in February. The jobless rate hit 4.1%. \
             The Fed raised rates to 4.5%.",
        );
        assert!(
            has(&got, "rate@p-2026-02:inflation", "percent", "2.4"),
            "{got:?}"
        );
        assert!(
            has(&got, "rate:unemployment rate", "percent", "4.1"),
            "{got:?}"
        );
        assert!(has(&got, "rate:policy rate", "percent", "4.5"), "{got:?}");
    }

    #[test]
    fn growth_is_the_change_of_output_and_a_fall_is_negative() {
        let got = fr(
            "Le PIB a progressé de 0,4 % au troisième trimestre. Au deuxième \
             trimestre, l'économie avait reculé de 0,1 %.",
        );
        assert!(
            has(&got, "rate@p-2025-Q3:GDP growth", "percent", "0.4"),
            "{got:?}"
        );
        assert!(
            has(&got, "rate@p-2025-Q2:GDP growth", "percent", "-0.1"),
            "{got:?}"
        );
        let got = en("GDP grew 0.4% in the third quarter of 2025.");
        assert!(
            has(&got, "rate@p-2025-Q3:GDP growth", "percent", "0.4"),
            "{got:?}"
        );
    }

    #[test]
    fn each_figure_is_keyed_by_its_own_period_and_a_change_claims_its_end() {
        let got = fr(
            "L'inflation a atteint 2,3 % en février, après 2,1 % en janvier. \
             Le chômage est passé de 7,5 % à 7,4 %.",
        );
        assert_eq!(
            rates(&got),
            vec![
                ("rate@p-2026-02:inflation".to_string(), "2.3".to_string()),
                ("rate:unemployment rate".to_string(), "7.4".to_string()),
            ]
        );
        let got = en(
            "Inflation fell from 2.5% to 2.3% in February, down from 2.6% a \
             year earlier.",
        );
        assert_eq!(
            rates(&got),
            vec![("rate@p-2026-02:inflation".to_string(), "2.3".to_string())]
        );
    }

    #[test]
    fn forecasts_targets_and_other_measures_claim_nothing() {
        let got = fr(
            "La Banque de France prévoit que l'inflation atteindra 1,8 % en \
             2026. La croissance devrait atteindre 1 %. La BCE veut ramener \
             l'inflation à 2 %. Le taux de chômage des cadres est de 3 %.",
        );
        assert!(rates(&got).is_empty(), "{got:?}");
        let got = en(
            "Economists expect inflation to ease to 2.1%. Wage growth was 5%. \
             The central bank targets inflation of 2%.",
        );
        assert!(rates(&got).is_empty(), "{got:?}");
    }

    #[test]
    fn another_area_or_scope_is_keyed_apart() {
        let got = fr(
            "En France, l'inflation a atteint 2,3 % en février. En zone euro, \
             l'inflation est de 2,5 % en février. En Allemagne, l'inflation a atteint \
             2,8 % en février. Le taux de chômage des jeunes atteint 18 %. La France \
             reste en tête.",
        );
        assert!(
            has(&got, "rate@p-2026-02:inflation", "percent", "2.3"),
            "{got:?}"
        );
        assert!(
            has(
                &got,
                "rate@in-euro-area@p-2026-02:inflation",
                "percent",
                "2.5"
            ),
            "{got:?}"
        );
        assert!(
            has(&got, "rate@in-de@p-2026-02:inflation", "percent", "2.8"),
            "{got:?}"
        );
        assert!(
            has(&got, "rate@youth:unemployment rate", "percent", "18"),
            "{got:?}"
        );
        let got = en("Prices rose 0.3% month on month. Core inflation was 3.1%.");
        assert!(
            has(&got, "rate@core:inflation", "percent", "3.1"),
            "{got:?}"
        );
        assert_eq!(rates(&got).len(), 1, "{got:?}");
    }

    #[test]
    fn points_brackets_and_periods_between_do_not_hide_the_figure() {
        let got = fr(
            "L'indice des prix à la consommation (IPC) a augmenté de 0,3 % sur \
             un mois. Le taux de chômage a reculé de 0,2 point, à 7,3 %. L'inflation est \
             passée de 2,1 % en janvier à 2,3 % en février.",
        );
        assert!(
            has(&got, "rate@monthly:inflation", "percent", "0.3"),
            "{got:?}"
        );
        assert!(
            has(&got, "rate:unemployment rate", "percent", "7.3"),
            "{got:?}"
        );
        assert!(
            has(&got, "rate@p-2026-01:inflation", "percent", "2.1"),
            "{got:?}"
        );
        assert!(
            has(&got, "rate@p-2026-02:inflation", "percent", "2.3"),
            "{got:?}"
        );
        let got = en(
            "U.S. gross domestic product increased at a 2.8% annualized rate in \
             the third quarter. The unemployment rate rose 0.1 percentage point to 4.2%. \
             Inflation rose from 2.1% in January to 2.3% in February.",
        );
        // The only country named is the article's own: no country key.
        assert!(
            has(
                &got,
                "rate@annualized@p-2025-Q3:GDP growth",
                "percent",
                "2.8"
            ),
            "{got:?}"
        );
        assert!(
            has(&got, "rate:unemployment rate", "percent", "4.2"),
            "{got:?}"
        );
        assert!(
            has(&got, "rate@p-2026-02:inflation", "percent", "2.3"),
            "{got:?}"
        );
        assert!(
            !has(&got, "rate@p-2026-01:inflation", "percent", "2.1"),
            "{got:?}"
        );
    }

    #[test]
    fn a_share_of_something_else_after_the_figure_is_no_indicator() {
        let got = fr(
            "La croissance de 3 % des ventes rassure. La dette publique atteint \
             113 % du PIB.",
        );
        assert_eq!(
            rates(&got),
            vec![("rate:public debt".to_string(), "113".to_string())]
        );
        let got = en("Growth of 3% in sales was strong. The deficit was 5.5% of GDP.");
        assert_eq!(
            rates(&got),
            vec![("rate:public deficit".to_string(), "5.5".to_string())]
        );
    }

    #[test]
    fn a_change_of_prices_needs_its_span_written() {
        let got = en(
            "The consumer price index rose 0.2% in October. Consumer prices \
             rose 2.9% year over year in October.",
        );
        assert_eq!(
            rates(&got),
            vec![("rate@p-2025-10:inflation".to_string(), "2.9".to_string())]
        );
        let got = fr(
            "Les prix à la consommation ont augmenté de 0,3 % en février. Sur \
             un mois, l'indice des prix a progressé de 0,4 % en janvier.",
        );
        assert_eq!(
            rates(&got),
            vec![(
                "rate@monthly@p-2026-01:inflation".to_string(),
                "0.4".to_string()
            )]
        );
    }

    #[test]
    fn a_figure_without_its_period_takes_the_year_its_paragraph_recalls() {
        // The dateline in a paragraph of its own: the paragraph names 2024 only.
        let got = claims_in(
            "fr",
            "Paris, 6 mars 2026 (AFP) –\n\nEn 2024, la croissance a atteint 1,1 %. Le \
             chômage s'établissait alors à 7,3 %. Depuis le début de l'année, \
             l'inflation est de 1,5 %.",
        );
        assert_eq!(
            rates(&got),
            vec![
                ("rate@p-2024:GDP growth".to_string(), "1.1".to_string()),
                (
                    "rate@p-2024:unemployment rate".to_string(),
                    "7.3".to_string()
                ),
            ]
        );
    }
}
