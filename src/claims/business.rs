//! Company news: a company's sums and the counts of its plans.
//!
//! Sums: a sum of money is a company's figure of the kind named by the
//! nearest `business.sum` form before it in its clause ("un chiffre
//! d'affaires de 3,2 milliards d'euros en 2025", "net income rose to $410
//! million", "rachète Drovex pour 2,1 milliards", "fined Orsena €1.8bn") or
//! right after it ("3,2 milliards d'euros de chiffre d'affaires", "$8.4bn
//! in revenue", "a €1.8bn fine"), or the price of a takeover when a verb of
//! paying stands before it and a name after it ("pays $1.25 billion for
//! Halden"). Keys are canonical English names shared by every language
//! (`money@p-2025:revenue:EUR`, attribute `amount`); `$` and `US$` are one
//! currency. Results are keyed by the period written in their clause, else
//! by the one of the result before them in their paragraph ("Son bénéfice
//! net s'est établi à …" after "un chiffre d'affaires de … en 2025"), else
//! by the year their sentence recalls; a takeover or a fine by a year other
//! than the story's only ("racheté Kelso pour 600 millions d'euros en
//! 2021"), so the story's own deal and fine compare whoever dates them.
//! An earlier figure ("contre", "up from"), the first figure of a change
//! ("from $7.7 billion to $8.4 billion"), a projection ("could face … up to
//! €1.4 billion") and targets ("vise un chiffre d'affaires de 4 milliards")
//! claim nothing. A figure carries the margin of its last digit written
//! (1.84 billion is 1.8 billion written more precisely).
//!
//! Counts: jobs cut ("supprimer 1 200 emplois", "1 500 suppressions de
//! postes", "to lay off 900 workers", "1,500 job losses": `jobs:cut`) and
//! sites to close ("fermer 45 magasins", "close 45 stores":
//! `closures:stores`), keyed by the place of their clause ("en France":
//! `@in-fr`; "at its Tacoma campus": `@in-tacoma`) and the year they
//! recall; the company as a whole ("worldwide", "dans le monde") has no
//! place. Jobs threatened ("150 emplois menacés") are no cut.
//!
//! The figures claimed here are not claimed again as plain counts or sums
//! (`count:jobs`, `money:fine`): those claims are dropped.
//!
//! Lexicons: `rules/<lang>/business.json`.
//!
//! Limits: the company is not in the key (a story about one company is
//! the common case; two companies' cuts in one story would meet); a
//! workforce ("emploie 14 000 salariés") is not claimed.

use super::*;
use crate::extract::quantity::QuantityMention;
use indicators::{Hit, hits};

/// How many words may stand between a sum's noun or verb and the sum
/// ("rachète son concurrent allemand Drovex pour 2,1 milliards").
const SUM_REACH: usize = 10;

/// How many words may stand between a cut verb and its count ("va
/// supprimer d'ici à 2027 quelque 1 200 emplois" is too far).
const CUT_BEFORE: usize = 4;

/// How many words after a count's noun a cut or a place may be read in.
const CUT_AFTER: usize = 6;

/// How many words before a sum's noun a target or a projection is read in
/// ("expects revenue of", "vise un chiffre d'affaires de").
const FORECAST_BEFORE: usize = 4;

/// Where the last `n` words of folded `text[lo..at]` start.
fn words_back(text: &str, lo: usize, at: usize, n: usize) -> usize {
    let mut count = 0;
    let mut start = at;
    let mut in_word = false;
    for (i, c) in text[lo..at].char_indices().rev() {
        if c.is_alphanumeric() {
            in_word = true;
            start = lo + i;
        } else if in_word {
            in_word = false;
            count += 1;
            if count == n {
                return start;
            }
        }
    }
    if in_word { lo } else { start }
}

/// Sums whose period is part of what they are (a year's results), as
/// opposed to one-off sums (a takeover's price, a fine).
fn periodic(key: &str) -> bool {
    !matches!(key, "takeover" | "fine")
}

/// One currency key for a currency: `$` and `US$` are one.
fn currency(unit: &str) -> &str {
    if unit == "USD" { "dollar" } else { unit }
}

/// A four-digit year, with the letters glued before it: none, or a
/// fiscal-year prefix (`business.year_prefix`: "FY2025").
static FISCAL_YEAR: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| Regex::new(r"(?i)(\p{L}*)((?:19|20)\d\d)\b").expect("valid regex"));

/// The number of words in a folded gap.
fn words(gap: &str) -> usize {
    crate::text::word_tokens(gap)
        .iter()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// A clause mark in folded text: `;`, `:`, a bracket, or a comma
/// followed by a space (a decimal comma is none).
fn clause_mark(s: &str) -> Option<usize> {
    s.char_indices()
        .find(|&(i, c)| {
            matches!(c, ';' | ':' | '(' | ')')
                || (c == ',' && s[i + 1..].starts_with(char::is_whitespace))
        })
        .map(|(i, _)| i)
}

/// The last clause mark in folded text (see [`clause_mark`]).
fn last_clause_mark(s: &str) -> Option<usize> {
    s.char_indices()
        .rfind(|&(i, c)| {
            matches!(c, ';' | ':' | '(' | ')')
                || (c == ',' && s[i + 1..].starts_with(char::is_whitespace))
        })
        .map(|(i, _)| i)
}

/// A sum of money of the article: original span, folded span (with its
/// currency noun), rule, mention, currency key.
type Sum<'m> = (Span, Span, &'m str, &'m QuantityMention, String);

impl Builder<'_, '_> {
    /// Company sums and counts (see the module's doc).
    pub(super) fn business_claims(&mut self) {
        if self.doc.lang.lexicon("business.sum").is_empty() {
            return;
        }
        let first = self.claims.len();
        let mut taken: Vec<Span> = Vec::new();
        self.business_sums(&mut taken);
        self.business_counts(&mut taken);
        let taken = crate::text::SpanSet::new(taken);
        let mut i = 0;
        self.claims.retain(|c| {
            i += 1;
            i > first
                || !(c.subject_key.starts_with("count") || c.subject_key.starts_with("money"))
                || !taken.overlaps(c.span)
        });
    }

    fn business_sums(&mut self, taken: &mut Vec<Span>) {
        let doc = self.doc;
        let ctx = self.ctx;
        let folded = &doc.folded.text;
        let text = doc.text();
        let story = self.story_year();
        let sums: Vec<Sum> = ctx
            .quantities
            .iter()
            .filter_map(|(s, r, q)| match &q.measure {
                Measure::Currency { unit } => Some((
                    *s,
                    doc.folded
                        .span_from_original(Span::new(s.start, s.end.max(q.noun_span.end))),
                    *r,
                    *q,
                    currency(unit).to_string(),
                )),
                _ => None,
            })
            .collect();
        // The key and period of each sum claimed, by index (a sum restated
        // in brackets takes its neighbour's).
        let mut claimed: Vec<Option<(String, Option<String>)>> = vec![None; sums.len()];
        // The period of the last result claimed, with its paragraph.
        let mut last_result: Option<(usize, String)> = None;
        // The clause start of the first figure of a change, for its second.
        let mut change_lo: Option<usize> = None;
        for (i, (span, fs, rule, q, unit)) in sums.iter().enumerate() {
            let Some(fsent) = folded_sentence(doc, *span) else {
                continue;
            };
            let paragraph = crate::text::line_span(text, span.start).start;
            let prev = i
                .checked_sub(1)
                .filter(|&j| sums[j].1.end > fsent.start && sums[j].1.end <= fs.start);
            let next = sums
                .get(i + 1)
                .map(|s| s.1.start)
                .filter(|&s| s < fsent.end && s >= fs.end);
            // "1,8 milliard d'euros (2,1 milliards de dollars)": the same
            // sum in another currency.
            if let Some(j) = prev
                && folded[sums[j].1.end..fs.start].trim() == "("
            {
                if let Some((key, period)) = claimed[j].clone() {
                    self.push_sum(&key, period.as_deref(), unit, q, *span, rule);
                    taken.push(*span);
                    claimed[i] = Some((key, period));
                }
                continue;
            }
            let mut lo = prev.map_or(fsent.start, |j| sums[j].1.end);
            let after_change = change_lo.take();
            if let Some(m) = last_clause_mark(&folded[lo..fs.start]) {
                // "son chiffre d'affaires mondial, qui s'est élevé à": a
                // relative clause goes on speaking of its antecedent.
                let after = folded[lo + m + 1..fs.start].trim_start();
                let relative = after
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| is_word(doc, "grammar.relative", w));
                if !relative {
                    lo += m + 1;
                }
            }
            // "de 2,9 à 3,2 milliards", "from $7.7 billion to $8.4
            // billion": the second figure of a change is read from where
            // the first one's clause starts.
            if let Some(l) = after_change {
                lo = l;
            }
            let end = next.unwrap_or(fsent.end.max(fs.end));
            let hi = fs.end + clause_mark(&folded[fs.end..end]).unwrap_or(end - fs.end);
            // … and the first figure claims nothing.
            if let Some(n) = next {
                let between = folded[fs.end..n].trim();
                let range = doc.lang.lexicon("quantity.range");
                if range.key_of(between).is_some_and(|k| k.starts_with("join")) {
                    change_lo = Some(lo);
                    continue;
                }
            }
            let head = folded[lo..fs.start].trim_end();
            let mut bare = head;
            if let Some((_, n)) = form_ending(doc, "qualifier", bare) {
                bare = bare[..bare.len() - n].trim_end();
            }
            // "contre 2,9 milliards", "up from $7.7 billion": an earlier
            // figure.
            if form_ending(doc, "business.earlier", bare).is_some() {
                continue;
            }
            let Some((key, form_start)) = self.sum_key(lo, *fs, hi) else {
                continue;
            };
            // A projection ("could have faced a penalty of up to €1.4
            // billion") or, for results, a target ("vise un chiffre
            // d'affaires de 4 milliards", "expects revenue of $9 billion"):
            // a form in the few words before the sum's noun or between it
            // and the sum.
            let from = words_back(folded, lo.min(form_start), form_start, FORECAST_BEFORE);
            if !hits(doc, "business.threat", from, fs.start).is_empty()
                || (periodic(&key) && !hits(doc, "business.forecast", from, fs.start).is_empty())
            {
                continue;
            }
            // The period is read from the sentence's start (or the sum
            // before) to the end of the sum's clause: "En 2021, le groupe
            // avait racheté Kelso pour 600 millions d'euros".
            let plo = prev.map_or(fsent.start, |j| sums[j].1.end).min(lo);
            let written = self
                .indicator_period(plo.min(form_start), *fs, hi)
                .or_else(|| {
                    self.bare_year(plo.min(form_start), *fs, hi)
                        .map(|y| y.to_string())
                });
            let written = self.with_part_of_year(written, plo.min(form_start), hi);
            let period = if periodic(&key) {
                match written {
                    Some(p) => Some(p),
                    None => match &last_result {
                        Some((p, period)) if *p == paragraph => Some(period.clone()),
                        _ => match self.era_of(*span, story) {
                            past::Era::Now => None,
                            past::Era::Past(y) => Some(y.to_string()),
                            past::Era::Unclear => continue,
                        },
                    },
                }
            } else {
                // A deal or a fine is the story's unless a year is written
                // by it ("its largest deal since it bought Pellmar for $300
                // million in 2019" dates only the second sum).
                written
                    .and_then(|p| p.get(..4).and_then(|y| y.parse::<i32>().ok()))
                    .filter(|y| Some(*y) != story)
                    .map(|y| y.to_string())
            };
            if periodic(&key)
                && let Some(p) = &period
            {
                last_result = Some((paragraph, p.clone()));
            }
            self.push_sum(&key, period.as_deref(), unit, q, *span, rule);
            taken.push(*span);
            claimed[i] = Some((key, period));
        }
    }

    /// What the sum at folded `fs` is, in its clause `lo..hi`: a form
    /// right after it (behind a `business.sum_link` word), else the
    /// nearest before it within [`SUM_REACH`] words, else a verb of paying
    /// before it with a name after it. Returns the key and where the form
    /// starts (folded).
    fn sum_key(&self, lo: usize, fs: Span, hi: usize) -> Option<(String, usize)> {
        let doc = self.doc;
        let folded = &doc.folded.text;
        let after = &folded[fs.end..hi.max(fs.end)];
        let mut skip = after.len() - after.trim_start().len();
        let rest = after.trim_start();
        if let Some(w) = rest.split_whitespace().next() {
            let w = w.split_inclusive('\'').next().unwrap_or(w);
            if is_word(doc, "business.sum_link", w) {
                skip += w.len();
            }
        }
        let at = fs.end + skip;
        let right_after = |lex: &str| {
            hits(doc, lex, at, hi)
                .into_iter()
                .filter(|h| folded[at..h.0].trim().is_empty())
                .max_by_key(|h| h.1)
        };
        if let Some(h) = right_after("business.sum") {
            return Some((h.2, h.0));
        }
        // "ordered to pay £180,000 in compensation": a sum of another kind
        // (`money.subject`, read by `money_claims`) is none of ours.
        let other = |h: &Hit| !matches!(h.2.as_str(), "fine" | "deal");
        if right_after("money.subject").is_some_and(|h| other(&h)) {
            return None;
        }
        let nearest_other = hits(doc, "money.subject", lo, fs.start)
            .into_iter()
            .filter(other)
            .map(|h| h.1)
            .max();
        let before = hits(doc, "business.sum", lo, fs.start)
            .into_iter()
            .filter(|h| words(&folded[h.1..fs.start]) <= SUM_REACH)
            .max_by_key(|h| (h.1, std::cmp::Reverse(h.0)));
        // "pays $1.25 billion for Halden": a price paid for a company.
        let paid = hits(doc, "business.pay", lo, fs.start)
            .into_iter()
            .filter(|h| words(&folded[h.1..fs.start]) <= SUM_REACH)
            .max_by_key(|h| h.1)
            .filter(|_| self.for_a_name(fs.end, hi));
        if let Some(o) = nearest_other
            && before.as_ref().is_none_or(|b| o > b.1)
            && paid.as_ref().is_none_or(|p| o > p.1)
        {
            return None;
        }
        match (before, paid) {
            (Some(b), Some(p)) if p.1 > b.1 => Some(("takeover".to_string(), p.0)),
            (Some(b), _) => Some((b.2, b.0)),
            (None, Some(p)) => Some(("takeover".to_string(), p.0)),
            (None, None) => None,
        }
    }

    /// Whether a `business.for` word and a capitalised name follow folded
    /// offset `from` in its clause (a qualifier such as "in cash" may stand
    /// before them only if it has no capitals).
    fn for_a_name(&self, from: usize, hi: usize) -> bool {
        let doc = self.doc;
        let folded = &doc.folded.text;
        let rest = folded[from..hi.max(from)].trim_start();
        let Some(w) = rest.split_whitespace().next() else {
            return false;
        };
        if !is_word(doc, "business.for", w) {
            return false;
        }
        let at = from + (folded[from..hi].len() - rest.len()) + w.len();
        let orig = doc.folded.to_original(Span::new(at, hi.max(at)));
        doc.slice(orig)
            .split_whitespace()
            .next()
            .is_some_and(|n| n.starts_with(char::is_uppercase))
    }

    /// A year written as a bare number in folded `lo..hi` (not inside
    /// the sum at `fs` nor in a full date such as a dateline's): the first
    /// after the sum, else the last before it ("le chiffre d'affaires 2025
    /// s'élève à", "a loss of $120 million for 2025", "FY2025").
    fn bare_year(&self, lo: usize, fs: Span, hi: usize) -> Option<i32> {
        let doc = self.doc;
        let folded = &doc.folded.text;
        let hi = hi.max(lo);
        let span = doc.folded.to_original(Span::new(lo, hi));
        let days: Vec<Span> = starting_in(&self.ctx.dates, |d| d.0.start, span.start, span.end)
            .iter()
            .filter(|(_, _, d)| matches!(d.value, DateValue::Day { .. } | DateValue::Range { .. }))
            .map(|(s, _, _)| doc.folded.span_from_original(*s))
            .collect();
        let years: Vec<(usize, i32)> = FISCAL_YEAR
            .captures_iter(&folded[lo..hi])
            .filter_map(|c| {
                let m = c.get(2)?;
                let glued = c.get(1).map_or("", |g| g.as_str());
                let whole = c.get(0)?;
                // A whole word: nothing alphanumeric before it, and letters
                // glued to the year only when they are a fiscal-year prefix.
                let open = folded[..lo + whole.start()]
                    .chars()
                    .next_back()
                    .is_none_or(|ch| !ch.is_alphanumeric());
                if !open || !(glued.is_empty() || is_word(doc, "business.year_prefix", glued)) {
                    return None;
                }
                let at = Span::new(lo + m.start(), lo + m.end());
                // The year of a date ("4 mars 2026", "March 4, 2026": a
                // dateline's, whose mentions are left out) is no period.
                let before = crate::text::word_tokens(
                    &folded[look_back(folded, at.start, 20, lo)..at.start],
                );
                let in_date = before.iter().rev().find(|w| *w != ",").is_some_and(|w| {
                    w.ends_with(|c: char| c.is_ascii_digit())
                        || is_word(doc, "month", w.trim_end_matches('.'))
                });
                (!in_date && !at.overlaps(fs) && !days.iter().any(|d| d.overlaps(at)))
                    .then(|| m.as_str().parse().ok().map(|y| (at.start, y)))
                    .flatten()
            })
            .collect();
        years
            .iter()
            .find(|(at, _)| *at >= fs.end)
            .or_else(|| years.iter().rfind(|(at, _)| *at < fs.start))
            .map(|(_, y)| *y)
    }

    /// A part of a year written in folded `lo..hi` (`business.part_of_year`:
    /// "au premier semestre", "in the first half", "first nine months"):
    /// the period `written` (a year), or the latest such part up to the
    /// article's date, with the part (`2025-H1`). A month or a quarter
    /// written already is kept.
    fn with_part_of_year(&self, written: Option<String>, lo: usize, hi: usize) -> Option<String> {
        let Some((_, _, part)) = hits(self.doc, "business.part_of_year", lo, hi)
            .into_iter()
            .next()
        else {
            return written;
        };
        if written.as_ref().is_some_and(|w| w.len() != 4) {
            return written;
        }
        // The month the part ends in: a part ends before it is reported.
        let ends: u32 = match part.as_str() {
            "H1" => 6,
            "9M" => 9,
            _ => 12,
        };
        let year = match written.and_then(|w| w.parse::<i32>().ok()) {
            Some(y) => y,
            None => {
                let a = self.anchor?;
                if a.month() > ends {
                    a.year()
                } else {
                    a.year() - 1
                }
            }
        };
        Some(format!("{year}-{part}"))
    }

    fn push_sum(
        &mut self,
        key: &str,
        period: Option<&str>,
        unit: &str,
        q: &QuantityMention,
        span: Span,
        rule: &str,
    ) {
        let (k, shown) = match period {
            Some(p) => (format!("@p-{p}"), format!("{key} ({unit}, {p})")),
            None => (String::new(), format!("{key} ({unit})")),
        };
        let mut value = q.quantity();
        value.margin = Some(crate::value::written_margin(q.value));
        self.push(
            (shown, format!("money{k}:{key}:{unit}")),
            "amount",
            Value::Quantity(value),
            span,
            rule,
            None,
        );
    }

    /// Jobs cut and sites to close (see the module's doc).
    fn business_counts(&mut self, taken: &mut Vec<Span>) {
        let doc = self.doc;
        let ctx = self.ctx;
        let folded = &doc.folded.text;
        let story = self.story_year();
        let sites = doc.lang.lexicon("business.site");
        let jobs = doc.lang.lexicon("business.jobs");
        for (span, rule, q) in &ctx.quantities {
            let Measure::Count { noun } = &q.measure else {
                continue;
            };
            let Some(fsent) = folded_sentence(doc, *span) else {
                continue;
            };
            let fs = doc.folded.span_from_original(*span);
            let fnoun = doc.folded.span_from_original(q.noun_span);
            if fs.start < fsent.start {
                continue;
            }
            // The clause before the count and the words after its noun.
            let mut lo = fsent.start;
            if let Some(m) = last_clause_mark(&folded[lo..fs.start]) {
                lo += m + 1;
            }
            let from = fnoun.end.max(fs.end);
            let end = fsent.end.max(from);
            let hi = from + clause_mark(&folded[from..end]).unwrap_or(end - from);
            // The words between a verb and its count: a few, with no
            // preposition ("cut to 12,000 people" is no cut of jobs).
            let near_before = |lex: &str| {
                hits(doc, lex, lo, fs.start).into_iter().any(|h| {
                    let mut gap = folded[h.1..fs.start].trim_end();
                    if let Some((_, n)) = form_ending(doc, "qualifier", gap) {
                        gap = gap[..gap.len() - n].trim_end();
                    }
                    words(gap) <= CUT_BEFORE
                        && !crate::text::word_tokens(gap)
                            .iter()
                            .any(|w| is_word(doc, "grammar.preposition", w))
                })
            };
            let near_after = |lex: &str| {
                hits(doc, lex, fnoun.start, hi)
                    .into_iter()
                    .any(|h| words(&folded[from..h.0.max(from)]) <= CUT_AFTER)
            };
            let first_word = noun.split_whitespace().next().unwrap_or("");
            let cut_noun = hits(doc, "business.cut_noun", fnoun.start, hi)
                .iter()
                .any(|h| h.0 == fnoun.start);
            let (kind, shown) = if cut_noun
                || (jobs.key_of(noun).or(jobs.key_of(first_word)).is_some()
                    && (near_before("business.cut") || near_after("business.cut")))
            {
                ("jobs:cut".to_string(), "job cuts".to_string())
            } else if let Some(site) = sites.key_of(noun).or(sites.key_of(first_word))
                && (near_before("business.close") || near_after("business.close"))
            {
                (format!("closures:{site}"), format!("{site} to close"))
            } else {
                continue;
            };
            if near_before("business.threat")
                || near_after("business.threat")
                || self.count_is_part(*span, q.noun_span)
            {
                continue;
            }
            let mut parts: Vec<(String, String)> = Vec::new();
            if let Some((k, s)) = self.business_place(from, hi) {
                parts.push((format!("in-{k}"), s));
            }
            // A year written in the clause dates past cuts ("supprimé 300
            // postes en 2023"); a later one is a deadline ("d'ici 2027").
            let year = self
                .indicator_period(lo, fs, hi)
                .and_then(|p| p.get(..4).and_then(|y| y.parse::<i32>().ok()))
                .or_else(|| self.bare_year(lo, fs, hi));
            match year {
                Some(y) if story.is_some_and(|s| y < s) => {
                    parts.push((format!("year-{y}"), y.to_string()))
                }
                Some(_) => {}
                None => match self.era_of(*span, story) {
                    past::Era::Now => {}
                    past::Era::Past(y) => parts.push((format!("year-{y}"), y.to_string())),
                    past::Era::Unclear => continue,
                },
            }
            let (prefix, name) = kind.split_once(':').unwrap_or(("jobs", "cut"));
            let key: String = parts.iter().map(|(k, _)| format!("@{k}")).collect();
            let shown = if parts.is_empty() {
                shown
            } else {
                let s: Vec<&str> = parts.iter().map(|(_, s)| s.as_str()).collect();
                format!("{shown} ({})", s.join(", "))
            };
            self.push(
                (shown, format!("{prefix}{key}:{name}")),
                "count",
                Value::Quantity(q.quantity()),
                *span,
                rule,
                None,
            );
            taken.push(*span);
        }
    }

    /// The place a count's clause names after it (folded `from..hi`): a
    /// country or a capitalised name after a `business.scope_in` word ("en
    /// France", "in the UK"), or a capitalised name beside a
    /// `business.scope_site` noun ("at its Tacoma campus", "le site de
    /// Vénissieux"); `None` for the company as a whole ("worldwide") or
    /// when no place is named. Returns the key and how it is shown.
    fn business_place(&self, from: usize, hi: usize) -> Option<(String, String)> {
        let doc = self.doc;
        let folded = &doc.folded.text;
        if hits(doc, "business.world", from, hi)
            .iter()
            .any(|h| words(&folded[from..h.0]) <= CUT_AFTER)
        {
            return None;
        }
        let orig = doc.folded.to_original(Span::new(from, hi.max(from)));
        let text = doc.slice(orig);
        let tokens: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
            .filter(|w| !w.is_empty())
            .take(CUT_AFTER + 2)
            .collect();
        let capital = |w: &str| w.starts_with(char::is_uppercase);
        let name_at = |i: usize| -> Option<String> {
            let name: Vec<&str> = tokens[i..]
                .iter()
                .take_while(|w| capital(w))
                .copied()
                .collect();
            (!name.is_empty()).then(|| name.join(" "))
        };
        for (i, w) in tokens.iter().enumerate() {
            if !capital(w) {
                continue;
            }
            let prev: Vec<String> = tokens[..i]
                .iter()
                .rev()
                .take(3)
                .map(|w| fold_key(w))
                .collect();
            // "en France", "in the UK", "aux Pays-Bas".
            let after_in = prev
                .first()
                .is_some_and(|p| is_word(doc, "business.scope_in", p))
                || (prev
                    .first()
                    .is_some_and(|p| is_word(doc, "grammar.article", p))
                    && prev
                        .get(1)
                        .is_some_and(|p| is_word(doc, "business.scope_in", p)));
            // "its Tacoma campus", "le site de Vénissieux".
            let next = tokens.get(i + 1).map(|w| fold_key(w));
            let by_site = prev
                .iter()
                .take(2)
                .any(|p| is_word(doc, "business.scope_site", p))
                || next.is_some_and(|n| is_word(doc, "business.scope_site", &n));
            if !(after_in || by_site) {
                continue;
            }
            let name = name_at(i)?;
            let countries = doc.lang.lexicon("country.name");
            let country = countries.key_of(&name).or_else(|| {
                prev.first()
                    .and_then(|a| countries.key_of(&format!("{a} {name}")))
            });
            return Some(match country {
                Some(code) => (code.to_string(), code.to_uppercase()),
                None => (place_key(&name), name),
            });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims_in;

    fn fr(text: &str) -> Vec<(String, String, String)> {
        claims_in("fr", &format!("Lyon, 4 mars 2026 (AFP) – {text}"))
    }

    fn en(text: &str) -> Vec<(String, String, String)> {
        claims_in("en", &format!("SEATTLE, March 4, 2026 (Reuters) - {text}"))
    }

    /// The business claims: money, jobs and closures.
    fn business(got: &[(String, String, String)]) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = got
            .iter()
            .filter(|(k, _, _)| {
                k.starts_with("money") || k.starts_with("jobs") || k.starts_with("closures")
            })
            .map(|(k, _, v)| (k.clone(), v.clone()))
            .collect();
        v.sort();
        v
    }

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = items
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn results_are_keyed_by_their_period_in_both_languages() {
        let got = fr(
            "Le groupe a réalisé un chiffre d'affaires de 3,2 milliards d'euros en 2025, \
             contre 2,9 milliards en 2024. Son bénéfice net s'est établi à 410 millions \
             d'euros.",
        );
        assert_eq!(
            business(&got),
            pairs(&[
                ("money@p-2025:revenue:EUR", "3.2 billion"),
                ("money@p-2025:net profit:EUR", "410 million"),
            ])
        );
        let got = en(
            "Revenue rose 9% to $8.4 billion in 2025, up from $7.7 billion in 2024. \
             Net income was $612 million.",
        );
        assert_eq!(
            business(&got),
            pairs(&[
                ("money@p-2025:revenue:dollar", "8.4 billion"),
                ("money@p-2025:net profit:dollar", "612 million"),
            ])
        );
    }

    /// The business claims of each text, one text at a time.
    fn each(lang: &str, texts: &[&str]) -> Vec<Vec<(String, String)>> {
        texts
            .iter()
            .map(|t| business(&if lang == "fr" { fr(t) } else { en(t) }))
            .collect()
    }

    #[test]
    fn results_take_the_period_written_in_any_form() {
        let fr_want = [
            (
                "Le chiffre d'affaires 2025 s'élève à 3,2 milliards d'euros.",
                "money@p-2025:revenue:EUR",
                "3.2 billion",
            ),
            (
                "Le chiffre d'affaires est passé de 2,9 milliards d'euros à 3,2 milliards d'euros en 2025.",
                "money@p-2025:revenue:EUR",
                "3.2 billion",
            ),
            (
                "Le groupe a réalisé 4,5 milliards d'euros de ventes au troisième trimestre.",
                "money@p-2025-Q3:revenue:EUR",
                "4.5 billion",
            ),
            (
                "Le groupe a dégagé un bénéfice net de 410 M€ au premier semestre.",
                "money@p-2025-H1:net profit:EUR",
                "410 million",
            ),
            (
                "Le groupe a enregistré l'an dernier une perte de 120 millions d'euros.",
                "money@p-2025:net loss:EUR",
                "120 million",
            ),
        ];
        for (text, key, value) in fr_want {
            assert_eq!(each("fr", &[text])[0], pairs(&[(key, value)]), "{text}");
        }
        let en_want = [
            (
                "Revenue rose from $2.9 billion to $3.2 billion in 2025.",
                "money@p-2025:revenue:dollar",
                "3.2 billion",
            ),
            (
                "Sales climbed 8% to 3.2 billion dollars last year.",
                "money@p-2025:revenue:dollar",
                "3.2 billion",
            ),
            (
                "The company posted revenue of $3.1 billion for FY2024.",
                "money@p-2024:revenue:dollar",
                "3.1 billion",
            ),
            (
                "The company posted a loss of $120 million for 2025.",
                "money@p-2025:net loss:dollar",
                "120 million",
            ),
            (
                "It reported a profit of $1.2bn in the first half.",
                "money@p-2025-H1:net profit:dollar",
                "1.2 billion",
            ),
            (
                "Net income rose to $410 million from $380 million a year earlier.",
                "money:net profit:dollar",
                "410 million",
            ),
        ];
        for (text, key, value) in en_want {
            assert_eq!(each("en", &[text])[0], pairs(&[(key, value)]), "{text}");
        }
    }

    #[test]
    fn takeovers_and_fines_in_their_usual_phrasings() {
        for text in [
            "Le groupe rachète Drovex pour 2,1 milliards d'euros.",
            "L'opération valorise Drovex à 2,1 milliards d'euros.",
            "Le rachat de Drovex, pour un montant de 2,1 milliards d'euros, a été validé.",
        ] {
            assert_eq!(
                each("fr", &[text])[0],
                pairs(&[("money:takeover:EUR", "2.1 billion")]),
                "{text}"
            );
        }
        for text in [
            "Corvana agreed to buy Halden for $2.1 billion.",
            "Corvana will acquire Halden in a deal valued at $2.1 billion.",
            "The $2.1 billion takeover of Halden was approved on Monday.",
            "Halden was bought by Corvana for US$2.1 billion.",
            "Corvana pays $2.1bn for Halden.",
        ] {
            assert_eq!(
                each("en", &[text])[0],
                pairs(&[("money:takeover:dollar", "2.1 billion")]),
                "{text}"
            );
        }
        for text in [
            "La Commission a infligé à Meta une amende de 1,2 milliard d'euros.",
            "Le groupe a été condamné à payer 1,2 milliard d'euros d'amende.",
        ] {
            assert_eq!(
                each("fr", &[text])[0],
                pairs(&[("money:fine:EUR", "1.2 billion")]),
                "{text}"
            );
        }
        for text in [
            "Meta was fined €1.2 billion by the European Commission.",
            "The EU hit Meta with a €1.2bn fine.",
            "Regulators fined Meta 1.2 billion euros.",
        ] {
            assert_eq!(
                each("en", &[text])[0],
                pairs(&[("money:fine:EUR", "1.2 billion")]),
                "{text}"
            );
        }
    }

    #[test]
    fn targets_projections_and_other_sums_claim_nothing() {
        for got in each(
            "fr",
            &[
                "Le groupe vise un chiffre d'affaires de 4 milliards d'euros en 2027.",
                "Le groupe pourrait écoper d'une amende de 2 milliards d'euros.",
                "Le fisc réclame 300 millions d'euros au groupe.",
            ],
        ) {
            assert!(got.is_empty(), "{got:?}");
        }
        for got in each(
            "en",
            &[
                "It expects revenue of $4 billion in 2027.",
                "The company could face a fine of up to $2 billion.",
                "The storm caused $3 billion in damage.",
            ],
        ) {
            // A sum of damage is the story's damage, no company's.
            assert!(
                got.iter().all(|(k, _)| k == "money:damage:dollar"),
                "{got:?}"
            );
        }
    }

    #[test]
    fn job_cuts_and_closures_are_keyed_by_their_place() {
        let got = each(
            "fr",
            &[
                "Le groupe va supprimer 1 200 emplois en France.",
                "Le constructeur annonce 1 500 suppressions de postes dans le monde.",
                "La direction a présenté un plan social de 800 postes.",
                "L'entreprise compte licencier 900 salariés en Allemagne.",
                "Le distributeur va fermer 45 magasins et supprimer 600 emplois.",
                "Au total, 2 300 postes seront supprimés d'ici 2027.",
                "Le groupe avait supprimé 300 postes en 2023.",
            ],
        );
        let want = [
            vec![("jobs@in-fr:cut", "1200")],
            vec![("jobs:cut", "1500")],
            vec![("jobs:cut", "800")],
            vec![("jobs@in-de:cut", "900")],
            vec![("closures:stores", "45"), ("jobs:cut", "600")],
            vec![("jobs:cut", "2300")],
            vec![("jobs@year-2023:cut", "300")],
        ];
        for (g, w) in got.iter().zip(&want) {
            assert_eq!(*g, pairs(w));
        }
        let got = each(
            "en",
            &[
                "The company said it would cut 1,200 jobs in France.",
                "The carmaker plans to lay off 900 workers at its Detroit plant.",
                "Corvana announced 1,500 job cuts worldwide.",
                "The bank is axing 3,000 roles in the UK.",
                "It will shut 12 factories in Europe.",
            ],
        );
        let want = [
            vec![("jobs@in-fr:cut", "1200")],
            vec![("jobs@in-detroit:cut", "900")],
            vec![("jobs:cut", "1500")],
            vec![("jobs@in-gb:cut", "3000")],
            vec![("closures@in-europe:plants", "12")],
        ];
        for (g, w) in got.iter().zip(&want) {
            assert_eq!(*g, pairs(w));
        }
    }

    #[test]
    fn jobs_threatened_and_other_cuts_are_no_job_cuts() {
        for got in each(
            "fr",
            &[
                "Selon la CGT, 150 emplois seraient menacés.",
                "Le groupe emploie 14 000 salariés dans le monde.",
            ],
        ) {
            assert!(got.is_empty(), "{got:?}");
        }
        for got in each(
            "en",
            &[
                "Power was cut to 12,000 people after the storm.",
                "Up to 2,000 jobs could be cut.",
                "The plant employs 2,300 workers.",
            ],
        ) {
            assert!(got.is_empty(), "{got:?}");
        }
    }
}
