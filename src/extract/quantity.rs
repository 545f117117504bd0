//! Quantities: a number with the noun it counts and its qualifier —
//! "près de 19 500 hommes", "au moins soixante chefs jihadistes", "une
//! vingtaine de morts", "plus de 1 000 manifestants", "deux coups d'État".
//! Also money ("12 millions d'euros", "$ 75 millions"), ages ("âgé de 45
//! ans"), durations ("deux ans de coopération": not a count of things) and
//! dimensions ("30 km", "5 tonnes", "75ml").
//!
//! Built on the numbers of [`super::number::atoms`]: for each number, the
//! rules of `rules/fr/quantities.json` look right after it (kind `quantity`,
//! patterns anchored with `^`: a currency, a unit, a time unit or a noun)
//! and right before it (kind `quantity-before`: "$", "EUR"; the
//! `quantity-qualifier` rule: "près de", "au moins"…, whose `qualifier`
//! lexicon keys are the [`Qualifier`] names). An approximate noun ("une
//! vingtaine", "deux centaines") makes the quantity `about`.
//!
//! Choices and limits:
//! * a lone "un"/"une" is an article, never a count ("un homme"); it is an
//!   amount with a unit ("une yen", "un an");
//! * the counted noun is folded and lower-cased as written, singular or
//!   plural (no lemmatisation: "1 mort" and "2 morts" are different nouns);
//!   it is one word or a compound of `quantity.compound`, plus at most one
//!   agreeing adjective ("chefs jihadistes");
//! * numbers after a month ("26 juin 2025 hommes"), "article", "page"…, and
//!   years after "en", "depuis"… count nothing (`quantity-block*` rules);
//! * "N ans" is an age only after an age phrase ("âgé de", "a", "(", ","),
//!   otherwise a duration; "livres" is a weight unless it follows a
//!   multiplier ("361 millions de livres"), so "trois livres" (books) is
//!   read as 3 lb;
//! * the span starts at the number (or a currency sign before it) and does
//!   not include the qualifier, which is in the value;
//! * durations whose amount is a word ("an hour", "all day", "half an
//!   hour") come from `quantity-duration` rules ([`word_durations`]).

use serde::Serialize;

use super::number::{Atom, NumberKind};
use super::{Doc, Mention, MentionKind, longest_non_overlapping};
use crate::rules::Rule;
use crate::text::Span;
use crate::value::{Qualifier, Quantity, Value, format_number};

/// What a quantity measures.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "measure", rename_all = "kebab-case")]
pub enum Measure {
    /// A count of things: `noun` is the counted noun phrase, folded and
    /// lower-cased ("chefs jihadistes").
    Count { noun: String },
    /// Money: ISO 4217 code when known ("EUR"), else the unit as written.
    Currency { unit: String },
    /// An age in years.
    Age,
    /// A physical dimension with its canonical unit ("km", "kg", "l").
    Dimension { unit: String },
    /// A length of time ("deux ans de coopération", "trois semaines"): not a
    /// count of things. `unit` is the canonical time unit ("an", "mois").
    Duration { unit: String },
}

/// A quantity found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuantityMention {
    pub value: f64,
    pub qualifier: Qualifier,
    /// The upper end of a range ("entre 100 et 200 personnes").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upper: Option<f64>,
    #[serde(flatten)]
    pub measure: Measure,
    /// Span of the counted noun or unit in the original text.
    pub noun_span: Span,
}

impl QuantityMention {
    /// The value as a [`Quantity`] (a range keeps its upper end).
    pub fn quantity(&self) -> Quantity {
        Quantity {
            value: self.value,
            qualifier: self.qualifier,
            upper: self.upper,
            margin: None,
        }
    }

    /// `"about 19500 hommes"`, `"12000000 EUR"`.
    pub fn value_string(&self) -> String {
        let q = Value::Quantity(self.quantity());
        let unit = match &self.measure {
            Measure::Count { noun } => noun.clone(),
            Measure::Currency { unit }
            | Measure::Dimension { unit }
            | Measure::Duration { unit } => unit.clone(),
            Measure::Age => "years old".into(),
        };
        let _ = format_number;
        format!("{q} {unit}")
    }
}

/// Find the quantities of a document.
pub fn extract(doc: &Doc) -> Vec<Mention> {
    let atoms = doc.atoms();
    let mut out = Vec::new();
    for (i, a) in atoms.iter().enumerate() {
        if a.kind != NumberKind::Cardinal || blocked(doc, a) {
            continue;
        }
        if let Some(m) = quantity(doc, atoms, i) {
            out.push(m);
        }
    }
    out.extend(word_durations(doc));
    join_feet_and_inches(
        doc,
        atoms,
        join_durations(doc, longest_non_overlapping(out)),
    )
}

/// Seconds in a canonical time unit (a month is 30 days and a year 365,
/// as the reference suite counts them).
pub fn unit_seconds(unit: &str) -> Option<f64> {
    Some(match unit {
        "seconde" => 1.0,
        "minute" => 60.0,
        "heure" => 3_600.0,
        "jour" => 86_400.0,
        "semaine" => 604_800.0,
        "quinzaine" => 1_209_600.0,
        "mois" => 2_592_000.0,
        "an" => 31_536_000.0,
        "decennie" => 315_360_000.0,
        "siecle" => 3_153_600_000.0,
        _ => return None,
    })
}

/// Months in a year or a month (calendar units that add up exactly).
fn months(unit: &str) -> Option<f64> {
    match unit {
        "mois" => Some(1.0),
        "an" => Some(12.0),
        _ => None,
    }
}

/// Durations written in several units are one duration: "1 year 1 month
/// 21 days", "two weeks and three days", "1 month, 21 days". The parts
/// must be next to each other (only a word of the `duration.join` lexicon
/// or a comma between them), each in a smaller unit than the one before
/// and less than one of it ("8 years and 18 months" are two sentences, not
/// one duration); the whole is counted in the last, smallest unit (years
/// and months add up exactly in months). Languages without that lexicon
/// keep the parts.
fn join_durations(doc: &Doc, mentions: Vec<Mention>) -> Vec<Mention> {
    let joins = doc.lang.lexicon("duration.join");
    if joins.is_empty() {
        return mentions;
    }
    let duration = |m: &Mention| match &m.kind {
        MentionKind::Quantity(q) if q.qualifier == Qualifier::Exact && q.upper.is_none() => {
            match &q.measure {
                Measure::Duration { unit } => Some((q.value, unit.clone())),
                _ => None,
            }
        }
        _ => None,
    };
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    // The exact length in seconds of each mention of `out` (durations
    // whose parts were summed in months keep their parts' seconds).
    let mut seconds: Vec<f64> = Vec::with_capacity(mentions.len());
    for m in mentions {
        let joined = match (out.last(), duration(&m)) {
            (Some(prev), Some((v, unit))) => duration(prev).and_then(|(pv, pu)| {
                let raw = doc.slice(Span::new(prev.span.end, m.span.start));
                let gap = raw.trim().trim_end_matches(',').trim();
                if !(gap.is_empty() || joins.key_of(gap).is_some()) {
                    return None;
                }
                let (ps, us) = (unit_seconds(&pu)?, unit_seconds(&unit)?);
                // "2 days 1 month": a smaller unit first joins the next
                // only with nothing between them; the whole is counted in
                // the smaller unit.
                if us > ps && raw.trim().is_empty() && pv * ps < us {
                    let total = seconds.last().copied().unwrap_or(pv * ps) + v * us;
                    return Some((total / ps, pu));
                }
                if us >= ps || v * us >= ps {
                    return None;
                }
                let total = match months(&pu).zip(months(&unit)) {
                    Some((pm, um)) => (pv * pm + v * um) / um,
                    // "1 year 1 month 21 days": each part in its own
                    // unit's seconds (a year of 365 days, not 12 months
                    // of 30).
                    None => (seconds.last().copied().unwrap_or(pv * ps) + v * us) / us,
                };
                Some((total, unit))
            }),
            _ => None,
        };
        let own = duration(&m).and_then(|(v, u)| Some(v * unit_seconds(&u)?));
        match (joined, out.last_mut()) {
            (Some((total, unit)), Some(prev)) => {
                if let (Some(last), Some(s)) = (seconds.last_mut(), own) {
                    *last += s;
                }
                if let MentionKind::Quantity(q) = &mut prev.kind {
                    q.value = total;
                    q.measure = Measure::Duration { unit };
                    prev.span = Span::new(prev.span.start, m.span.end);
                }
            }
            _ => {
                seconds.push(own.unwrap_or(f64::NAN));
                out.push(m);
            }
        }
    }
    out
}

/// A length in feet and inches is one length in feet: "5 feet 2 inches",
/// "6 feet and 1 inch" (only a word of `duration.join` between them, fewer
/// than 12 inches), as heights are written; "5 ft 2 in" too, where the
/// inches' unit is a form of `unit.inches_after_feet` ("in", a preposition
/// elsewhere).
fn join_feet_and_inches(doc: &Doc, atoms: &[Atom], mentions: Vec<Mention>) -> Vec<Mention> {
    let joins = doc.lang.lexicon("duration.join");
    let length = |m: &Mention, unit: &str| match &m.kind {
        MentionKind::Quantity(q) if q.qualifier == Qualifier::Exact && q.upper.is_none() => {
            match &q.measure {
                Measure::Dimension { unit: u } if u == unit => Some(q.value),
                _ => None,
            }
        }
        _ => None,
    };
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        let joined = match (out.last(), length(&m, "in")) {
            (Some(prev), Some(inches)) if inches < 12.0 => length(prev, "ft").filter(|_| {
                let gap = doc.slice(Span::new(prev.span.end, m.span.start));
                let gap = gap.trim();
                gap.is_empty() || joins.key_of(gap).is_some()
            }),
            _ => None,
        };
        match (joined, out.last_mut()) {
            (Some(feet), Some(prev)) => {
                if let (MentionKind::Quantity(q), MentionKind::Quantity(i)) =
                    (&mut prev.kind, &m.kind)
                {
                    q.value = feet + i.value / 12.0;
                    prev.span = Span::new(prev.span.start, m.span.end);
                }
            }
            _ => out.push(m),
        }
    }
    let inch_forms = doc.lang.lexicon("unit.inches_after_feet");
    if inch_forms.is_empty() {
        return out;
    }
    for k in 0..out.len() {
        let Some(feet) = length(&out[k], "ft") else {
            continue;
        };
        let Some((inches, end)) = inches_after(doc, atoms, out[k].span.end) else {
            continue;
        };
        // Nothing else may have been read there.
        if out.get(k + 1).is_some_and(|n| n.span.start < end) {
            continue;
        }
        if let MentionKind::Quantity(q) = &mut out[k].kind {
            q.value = feet + inches / 12.0;
            out[k].span.end = end;
        }
    }
    out
}

/// "2 in" right after a length in feet ending at `at` (original offset):
/// the inches (fewer than 12) and the original end of their unit.
fn inches_after(doc: &Doc, atoms: &[Atom], at: usize) -> Option<(f64, usize)> {
    let n = atoms.partition_point(|b| b.span.start < at);
    let b = atoms.get(n)?;
    let gap = doc.slice(Span::new(at, b.span.start));
    if gap.is_empty() || !gap.trim().is_empty() {
        return None;
    }
    if b.kind != NumberKind::Cardinal || b.glued || !(0.0..12.0).contains(&b.value) {
        return None;
    }
    let text = &doc.folded.text;
    let rest = &text[b.folded.end..];
    let word = rest.trim_start_matches(' ');
    let skip = rest.len() - word.len();
    let len = word
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(word.len());
    if skip == 0 || len == 0 {
        return None;
    }
    doc.lang
        .lexicon("unit.inches_after_feet")
        .key_of(&word[..len])?;
    let start = b.folded.end + skip;
    let end = doc.folded.to_original(Span::new(start, start + len)).end;
    Some((b.value, end))
}

/// Durations whose amount is a word, not a number: "an hour", "all day",
/// "a full week", "half an hour", "an hour and a half", "a couple of
/// weeks" (rules of kind `quantity-duration`: group `n` keyed by the
/// `duration.amount` lexicon, whose keys are the amounts; `unit` by
/// `unit.time`; `half` adds half a unit; `not` cancels the match, e.g.
/// the "a half" of "two and a half hours"). A qualifier before them is
/// read as before a figure ("more than an hour").
fn word_durations(doc: &Doc) -> Vec<Mention> {
    let mut out = Vec::new();
    let amounts = doc.lang.lexicon("duration.amount");
    for rule in doc.lang.rules_of("quantity-duration") {
        for m in doc.matches(rule) {
            if m.group("not").is_some() {
                continue;
            }
            let Some(n) = m
                .group("n")
                .and_then(|f| amounts.key_of(f))
                .and_then(|k| k.parse::<f64>().ok())
            else {
                continue;
            };
            let (Some(form), Some(noun_span)) = (m.group("unit"), m.group_span("unit")) else {
                continue;
            };
            let Some(unit) = doc.lang.lexicon("unit.time").key_of(form) else {
                continue;
            };
            let half = if m.group("half").is_some() { 0.5 } else { 0.0 };
            let span = m.group_span("date").unwrap_or(m.span);
            // "more than an hour", "about a week": the qualifier before
            // it, as for figures (the span does not include it either).
            let start = m
                .caps
                .name("date")
                .unwrap_or_else(|| m.caps.get(0).expect("group 0"));
            let q = qualifier(doc, start.start()).unwrap_or(Qualifier::Exact);
            out.push(Mention {
                span,
                rule: rule.id.clone(),
                kind: MentionKind::Quantity(QuantityMention {
                    value: n + half,
                    qualifier: q,
                    upper: None,
                    measure: Measure::Duration {
                        unit: unit.to_string(),
                    },
                    noun_span,
                }),
            });
        }
    }
    out
}

/// How far after a number its unit or noun is looked for. The patterns are
/// anchored at the number; bounding the haystack matters for speed, since
/// resolving captures costs in proportion to the haystack searched.
const LOOK_AFTER: usize = 240;

/// The first rule of `kind` matching the folded text right after `at`.
fn after<'d>(doc: &'d Doc, kind: &'d str, at: usize) -> Option<(&'d Rule, regex::Captures<'d>)> {
    let all = &doc.folded.text;
    let end = super::number::floor_boundary(all, (at + LOOK_AFTER).min(all.len()));
    let text = &all[at..end.max(at)];
    doc.lang
        .rules_of(kind)
        .find_map(|r| r.regex.captures(text).map(|c| (r, c)))
}

/// The first rule of `kind` matching the folded text right before `at`
/// (within 80 bytes), with the offset the slice starts at. Also the
/// look-behind of `range` rules.
pub(super) fn before<'d>(
    doc: &'d Doc,
    kind: &'d str,
    at: usize,
) -> Option<(&'d Rule, regex::Captures<'d>, usize)> {
    let text = &doc.folded.text;
    let from = super::number::floor_boundary(text, at.saturating_sub(80));
    doc.lang
        .rules_of(kind)
        .find_map(|r| r.regex.captures(&text[from..at]).map(|c| (r, c, from)))
}

/// Money written with a letter multiplier glued to the number: after a
/// currency sign or code ("£5m", "US$1.8bn"), or before a currency word
/// ("1.8M dollars"). Sets `scale` to the multiplier.
fn glued_money<'d>(
    doc: &'d Doc,
    a: &Atom,
    scale: &mut f64,
) -> Option<(Span, Measure, Span, &'d Rule)> {
    let text = &doc.folded.text;
    let end = a.folded.end;
    let word: String = text[end..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let k: f64 = doc
        .lang
        .lexicon("currency.multiplier_suffix")
        .key_of(&word)?
        .parse()
        .ok()?;
    let word_end = end + word.len();
    if let Some((rule, caps, from)) = before(doc, "quantity-before", a.folded.start)
        && rule.value.as_deref() == Some("currency")
        && let Some(m) = caps.name("unit").or_else(|| caps.name("symbol"))
        && let Some(unit) = currency_key(doc, m.as_str())
    {
        let first = caps.name("mega").map_or(m.start(), |g| g.start());
        let noun = Span::new(from + first, from + m.end());
        *scale = k;
        return Some((
            Span::new(noun.start, word_end),
            Measure::Currency { unit },
            noun,
            rule,
        ));
    }
    // "1.8M dollars": the currency word next.
    let rule = doc
        .lang
        .rules_of("quantity")
        .find(|r| r.value.as_deref() == Some("currency"))?;
    let caps = rule.regex.captures(&text[word_end..])?;
    if caps.name("mult").is_some() || caps.name("mega").is_some() {
        return None;
    }
    let m = caps.name("unit").or_else(|| caps.name("symbol"))?;
    let unit = currency_key(doc, m.as_str())?;
    *scale = k;
    Some((
        Span::new(a.folded.start, word_end + m.end()),
        Measure::Currency { unit },
        Span::new(word_end + m.start(), word_end + m.end()),
        rule,
    ))
}

/// A number that is part of a date, a reference or a time.
fn blocked(doc: &Doc, a: &Atom) -> bool {
    if before(doc, "quantity-block", a.folded.start).is_some() {
        return true;
    }
    a.year_like
        && (1800.0..=2100.0).contains(&a.value)
        && before(doc, "quantity-block-year", a.folded.start).is_some()
}

/// The qualifier before a number, and where it starts (folded).
fn qualifier(doc: &Doc, at: usize) -> Option<Qualifier> {
    let (_, caps, _) = before(doc, "quantity-qualifier", at)?;
    let form = caps.name("qualifier")?.as_str();
    Qualifier::parse(doc.lang.lexicon("qualifier").key_of(form)?)
}

fn quantity(doc: &Doc, atoms: &[Atom], i: usize) -> Option<Mention> {
    let a = &atoms[i];
    let lang = doc.lang;
    let text = &doc.folded.text;
    let end = a.folded.end;
    let mut q = qualifier(doc, a.folded.start).unwrap_or(Qualifier::Exact);
    if a.approx && q == Qualifier::Exact {
        q = Qualifier::About;
    }
    let mut found: Option<(Span, Measure, Span, &Rule)> = None;
    // A multiplier written with the currency code: "75 USD million",
    // "30 MUSD" (group `mega`: millions), "MAUD 60".
    let mut scale = 1.0;
    // Units before nouns: "12 millions d'euros" is money, not a count of
    // euros; "deux ans" a duration.
    let mut rules: Vec<&Rule> = lang.rules_of("quantity").collect();
    rules.sort_by_key(|r| match r.value.as_deref() {
        Some("currency") => 0,
        Some("dimension") => 1,
        Some("age") => 2,
        Some("time") => 3,
        _ => 4,
    });
    // "£5m", "$1.8bn", "1.8M dollars": a letter multiplier (lexicon
    // `currency.multiplier_suffix`) glued to money is no unit ("5m" alone
    // stays five metres).
    if !a.scaled {
        found = glued_money(doc, a, &mut scale);
    }
    for rule in rules {
        if found.is_some() {
            break;
        }
        let stop = super::number::floor_boundary(text, (end + LOOK_AFTER).min(text.len()));
        let Some(caps) = rule.regex.captures(&text[end..stop.max(end)]) else {
            continue;
        };
        let whole = caps.get(0).expect("group 0");
        // "de" only after a multiplier or an approximate noun.
        if caps.name("de").is_some() && !a.scaled {
            continue;
        }
        let g = |n: &str| {
            caps.name(n)
                .map(|m| (m.as_str(), Span::new(end + m.start(), end + m.end())))
        };
        // A unit followed by an apostrophe or by a dot and a letter is a
        // word ("3 l'ont vu", "une t.métrique").
        let rest = &text[end + whole.end()..];
        let mut next = rest.chars();
        match (next.next(), next.next()) {
            (Some('\''), _) => continue,
            // "L-202": a unit followed by a hyphen and a digit is a code.
            (Some('-'), Some(c)) if c.is_ascii_digit() => continue,
            (Some('.'), Some(c)) if c.is_alphabetic() => continue,
            _ => {}
        }
        // "$ 20,000.00 $ 37,305.97": after a number with its own sign
        // before it, a sign followed by a number is that number's ("10 $
        // 30 $" keeps both after).
        if g("symbol").is_some()
            && rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
            && before(doc, "quantity-before", a.folded.start)
                .is_some_and(|(r, _, _)| r.value.as_deref() == Some("currency"))
        {
            continue;
        }
        let unit = g("unit").or_else(|| g("symbol"));
        let measure = match (rule.value.as_deref(), unit) {
            // "361 million pounds" is money, "25 pounds" a weight: forms
            // of `unit.currency-after-multiplier` only after a multiplier.
            (Some("currency"), Some((form, _)))
                if !a.scaled
                    && g("mult").is_none()
                    && lang
                        .lexicon("unit.currency-after-multiplier")
                        .key_of(form)
                        .is_some() =>
            {
                continue;
            }
            (Some("currency"), Some((form, span))) => {
                let mult = match g("mult") {
                    Some(_) if a.scaled => continue,
                    Some((w, _)) => {
                        let Some(m) = lang
                            .lexicon("number.multiplier")
                            .key_of(w)
                            .and_then(|k| k.parse::<f64>().ok())
                        else {
                            continue;
                        };
                        m
                    }
                    None => 1.0,
                };
                let mega = if g("mega").is_some() && !a.scaled {
                    1e6
                } else if g("mega").is_some() {
                    continue;
                } else {
                    1.0
                };
                currency_key(doc, form).map(|unit| {
                    scale = mult * mega;
                    (Measure::Currency { unit }, span)
                })
            }
            (Some("dimension"), Some((form, span))) => lang
                .lexicon("unit.dimension")
                .key_of(form)
                .map(|unit| (Measure::Dimension { unit: unit.into() }, span)),
            (Some("time"), Some((form, span))) => {
                let Some(unit) = lang.lexicon("unit.time").key_of(form) else {
                    continue;
                };
                let unit = unit.to_string();
                let age_phrase = before(doc, "quantity-age", a.folded.start).is_some()
                    && after(doc, "quantity-not-age", end + whole.end()).is_none();
                if unit == "an" && (age_phrase || g("age").is_some()) {
                    Some((Measure::Age, span))
                } else {
                    Some((Measure::Duration { unit }, span))
                }
            }
            // An age without a time unit after it, as English writes it:
            // "a 69-year-old" (group `old`), or a bare number after an age
            // context ("Prevost, 69,", "aged 69").
            (Some("age"), _) => {
                let bare_age = g("old").is_none()
                    && !a.words
                    && before(doc, "quantity-age", a.folded.start).is_some();
                (g("old").is_some() || bare_age)
                    .then(|| (Measure::Age, g("old").map_or(a.folded, |(_, s)| s)))
            }
            (Some("count"), _) => count(doc, a, &caps, end),
            _ => None,
        };
        if let Some((measure, noun)) = measure {
            // A count ends with its noun (the adjective may have been left out).
            let stop = match measure {
                Measure::Count { .. } => noun.end,
                Measure::Age if rule.value.as_deref() == Some("age") => noun.end,
                _ => end + whole.end(),
            };
            found = Some((Span::new(a.folded.start, stop), measure, noun, rule));
            break;
        }
    }
    // A currency sign or code before the number: "$ 75 millions", "€1000
    // comptant" (money before a count).
    if found
        .as_ref()
        .is_none_or(|f| matches!(f.1, Measure::Count { .. }))
    {
        if let Some((rule, caps, from)) = before(doc, "quantity-before", a.folded.start) {
            if rule.value.as_deref() == Some("currency") {
                let m = caps.name("unit").or_else(|| caps.name("symbol"));
                if let Some((m, unit)) = m.and_then(|m| Some((m, currency_key(doc, m.as_str())?))) {
                    scale = if caps.name("mega").is_some() && !a.scaled {
                        1e6
                    } else {
                        1.0
                    };
                    let first = caps.name("mega").map_or(m.start(), |g| g.start());
                    let span = Span::new(from + first, from + m.end());
                    found = Some((
                        Span::new(span.start, end),
                        Measure::Currency { unit },
                        span,
                        rule,
                    ));
                }
            }
        }
    }
    let (mut fspan, measure, noun, rule) = found?;
    let mut value = a.value * scale;
    let mut upper = None;
    // "entre 100 et 200 personnes": the range is the count. (Units keep
    // the upper figure alone for now: "huit à 10 pieds" is "10 pieds".)
    if let Measure::Count { .. } = measure
        && let Some((low, start)) = range_start(doc, atoms, i)
    {
        fspan.start = start;
        (value, upper) = (low.min(a.value), Some(low.max(a.value)));
        q = Qualifier::Between;
    }
    // "15 dollars et 15 cents", "15 dollars 50."
    if matches!(measure, Measure::Currency { .. }) {
        if let Some((v, e)) = cents(doc, atoms, i, fspan.end) {
            value += v;
            fspan.end = e;
        }
    }
    Some(Mention {
        span: doc.folded.to_original(fspan),
        rule: rule.id.clone(),
        kind: MentionKind::Quantity(QuantityMention {
            value,
            qualifier: q,
            upper,
            measure,
            noun_span: doc.folded.to_original(noun),
        }),
    })
}

/// The lower end of a range ending at atom `i`: the number before it,
/// joined by a `quantity.range` `join` word ("et", "à", "-") and opened by
/// an `open` word ("entre", "de") — or, for `join_alone` words ("à", "-"),
/// with no opener ("100 à 200 morts"). Returns its value (scaled like the
/// upper end: "entre 1,5 et 2 millions") and its folded start.
fn range_start(doc: &Doc, atoms: &[Atom], i: usize) -> Option<(f64, usize)> {
    let prev = atoms.get(i.checked_sub(1)?)?;
    let a = &atoms[i];
    if prev.kind != NumberKind::Cardinal || prev.folded.end > a.folded.start || prev.year_like {
        return None;
    }
    let text = &doc.folded.text;
    let lex = doc.lang.lexicon("quantity.range");
    let is = |key: &str, w: &str| lex.folded_forms_of(key).iter().any(|f| *f == w);
    let gap = text[prev.folded.end..a.folded.start].trim();
    let from = super::number::floor_boundary(text, prev.folded.start.saturating_sub(40));
    let words: Vec<&str> = text[from..prev.folded.start]
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let opened = words.last().is_some_and(|w| is("open", w));
    // "le bilan est passé de 632 à 1 037 morts" is a change, not a range.
    let change = words.iter().rev().take(4).any(|w| is("change", w));
    if change || !(opened && is("join", gap) || is("join_alone", gap)) {
        return None;
    }
    let mut low = prev.value;
    // "entre 1,5 et 2 millions": the multiplier is written once.
    if a.scaled && !prev.scaled {
        while low * 1000.0 <= a.value && low < a.value / 100.0 {
            low *= 1000.0;
        }
    }
    (low <= a.value).then_some((low, prev.folded.start))
}

fn currency_key(doc: &Doc, form: &str) -> Option<String> {
    [
        "unit.currency",
        "unit.currency-symbol",
        "unit.currency-code",
        "unit.currency-after-multiplier",
    ]
    .iter()
    .find_map(|l| doc.lang.lexicon(l).key_of(form))
    .map(str::to_string)
}

/// Cents after a currency ending at `at`: their value in units and the
/// folded end of the phrase.
fn cents(doc: &Doc, atoms: &[Atom], i: usize, at: usize) -> Option<(f64, usize)> {
    let text = &doc.folded.text;
    let b = atoms[i + 1..].iter().find(|b| b.folded.start >= at)?;
    // "64.2 cents a dozen": a multiplied number is no cents.
    if b.kind != NumberKind::Cardinal
        || b.scaled
        || b.value.fract() != 0.0
        || !(1.0..100.0).contains(&b.value)
    {
        return None;
    }
    let rule = |v: &str| {
        doc.lang
            .rules_of("quantity-cents")
            .find(|r| r.value.as_deref() == Some(v))
    };
    if !rule("gap")?.regex.is_match(&text[at..b.folded.start]) {
        return None;
    }
    let rest = &text[b.folded.end..];
    if let Some(m) = rule("word")?.regex.find(rest) {
        return Some((b.value / 100.0, b.folded.end + m.end()));
    }
    rule("end")?
        .regex
        .is_match(rest)
        .then_some((b.value / 100.0, b.folded.end))
}

/// The counted noun after a number: `Measure::Count` and the noun's span.
fn count(doc: &Doc, a: &Atom, caps: &regex::Captures, end: usize) -> Option<(Measure, Span)> {
    let lang = doc.lang;
    // "un homme" is an article; fractions and percentages count nothing.
    if a.article || a.value < 1.0 || (a.value.fract() != 0.0 && !a.scaled) {
        return None;
    }
    let m = caps.name("noun")?;
    let stop = |w: &str| {
        lang.lexicon("quantity.not-noun").key_of(w).is_some()
            || lang.lexicon("unit.time").key_of(w).is_some()
    };
    let compound = lang
        .lexicon("quantity.compound")
        .key_of(m.as_str())
        .is_some();
    let (head, adj) = match caps.name("adj") {
        Some(adj) => (&m.as_str()[..adj.start() - m.start()], Some(adj)),
        None => (m.as_str(), None),
    };
    let head = head.trim_end();
    if !compound && (head.len() < 2 || stop(head)) {
        return None;
    }
    let mut noun_end = m.start() + head.len();
    // "10 Camp Mystic campers", "13 Kurdistan Iraqis": a capitalised word
    // then another is a name before the counted noun, which the noun rule
    // does not read; no noun is better than the name's first word.
    if !compound
        && adj.is_none()
        && lang.settings.get("quantity.noun_last").copied() == Some(1.0)
        && head.starts_with(|c: char| c.is_uppercase())
    {
        let after = &doc.folded.text[end + noun_end..];
        let next = after.trim_start_matches([' ', '\u{a0}']);
        if next.len() < after.len() && next.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
    }
    if compound {
        noun_end = m.end();
    } else if let Some(adj) = adj {
        // Languages that put the head noun last (`quantity.noun_last`
        // setting: English "32 fire trucks", "two Thai nationals") read a
        // singular modifier then a plural noun as one noun; the others read
        // an adjective that agrees with the noun after it.
        let noun_last = lang.settings.get("quantity.noun_last").copied() == Some(1.0);
        // A modifier is singular by its ending ("police officers", "crew
        // members" are one noun); the noun after it may be plural without
        // an -s (`quantity.plural`: "emergency personnel").
        let plural = |w: &str| w.ends_with('s');
        let plural_noun =
            |w: &str| plural(w) || lang.lexicon("quantity.plural").key_of(w).is_some();
        // A capitalised modifier is a proper noun, whatever its ending
        // ("two dozen Texas counties").
        let proper = head.starts_with(|c: char| c.is_uppercase());
        let fits = if noun_last {
            (!plural(head) || proper) && plural_noun(adj.as_str())
        } else {
            agrees(doc, head, adj.as_str(), end + adj.start(), end + adj.end())
        };
        if fits && !stop(adj.as_str()) {
            noun_end = adj.end();
        } else if let Some(adj2) = caps.name("adj2")
            && noun_last
            && !plural(head)
            && !plural(adj.as_str())
            && plural_noun(adj2.as_str())
            && !stop(adj.as_str())
            && !stop(adj2.as_str())
        {
            // Two modifiers: "95 air ambulance operations" counts
            // operations, not "air".
            noun_end = adj2.end();
        }
    }
    let span = Span::new(end + m.start(), end + noun_end);
    let noun = doc.folded.text[span.start..span.end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    Some((Measure::Count { noun }, span))
}

/// Whether the word after a noun is an adjective of it: it agrees in
/// number (plural -s/-x) and is not a participle ("tués", "venant") or a
/// verb ("explorent").
fn agrees(doc: &Doc, head: &str, adj: &str, start: usize, end: usize) -> bool {
    let original = doc
        .slice(doc.folded.to_original(Span::new(start, end)))
        .to_lowercase();
    let lex = doc.lang.lexicon("grammar.not_adjective_suffix");
    let participle = lex
        .keys()
        .flat_map(|k| lex.forms_of(k))
        .any(|e| original.ends_with(e.to_lowercase().as_str()));
    let plural = |w: &str| w.ends_with('s') || w.ends_with('x');
    !participle && plural(head) == plural(adj)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, run};
    use super::*;

    fn q(text: &str) -> Vec<(String, String)> {
        found(text, extract)
    }

    /// The values of the English quantities of a text.
    fn en_values(text: &str) -> Vec<String> {
        super::super::testing::run_en(text, extract)
            .iter()
            .map(|m| m.value_string())
            .collect()
    }

    #[test]
    fn a_number_joined_to_a_word_or_after_a_months_abbreviation_is_no_amount() {
        let en = en_values;
        assert!(en("Covid-19 patients filled the wards.").is_empty());
        assert!(
            en("Three F-16 jets and the G-20 leaders")
                .iter()
                .all(|v| !v.contains("16") && !v.contains("20"))
        );
        assert!(
            en("the Haj 1445 AH-2024 season")
                .iter()
                .all(|v| !v.contains("2024"))
        );
        assert!(en("Beginning on Jan. 7 amid dry conditions").is_empty());
        // A range of figures keeps its hyphen; so do counts after words.
        assert!(!en("Between 20-25 people were hurt.").is_empty());
        let fr = q("Les 12 patients du Covid-19 ; le G-7 réunit 7 dirigeants.");
        let values: Vec<&str> = fr.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["12 patients", "7 dirigeants"], "{fr:?}");
    }

    #[test]
    fn english_durations_in_several_units_are_one() {
        let en = |t: &str| super::super::testing::found_en(t, extract);
        assert_eq!(
            en("The trial lasted 2 weeks and 3 days."),
            [("2 weeks and 3 days".to_string(), "17 jour".to_string())]
        );
        assert_eq!(
            en("a sentence of 4 years, 6 months"),
            [("4 years, 6 months".to_string(), "54 mois".to_string())]
        );
        // Two durations of one unit are a list, not a sum; nor is a
        // smaller unit worth more than one of the larger.
        assert_eq!(en("terms of 5 years and 3 years").len(), 2);
        assert_eq!(en("were jailed for 8 years and 18 months").len(), 2);
        assert_eq!(en("a wait of 3 days and 2 weeks").len(), 2);
        // Units beyond the week keep their name: two decades and a year.
        assert_eq!(
            en("after 2 decades and 3 years"),
            [("2 decades and 3 years".to_string(), "23 an".to_string())]
        );
        // French has no `duration.join` lexicon: its parts stay apart.
        assert_eq!(q("pendant 2 ans 3 mois").len(), 2);
        // A smaller unit first joins only with nothing between; the parts
        // add up in seconds (a year is 365 days, not 12 months of 30).
        assert_eq!(
            en("I'll leave for 2 days 1 month"),
            [("2 days 1 month".to_string(), "32 jour".to_string())]
        );
        assert_eq!(
            en("for 1 year 1 month 21 days"),
            [("1 year 1 month 21 days".to_string(), "416 jour".to_string())]
        );
        // Lengths in feet and inches: "in" only right after feet.
        let ft: Vec<_> = en("he is 5 ft 2 in and stayed in 3 rooms")
            .into_iter()
            .filter(|(_, v)| v.ends_with(" ft"))
            .collect();
        assert_eq!(ft.len(), 1, "{ft:?}");
        assert_eq!(ft[0].0, "5 ft 2 in");
    }

    #[test]
    fn a_word_duration_keeps_its_qualifier() {
        let en = en_values;
        let more = en("the strongest quake in over a century");
        let exact = en("the strongest quake in a century");
        assert_eq!(more.len(), 1, "{more:?}");
        assert_eq!(exact.len(), 1, "{exact:?}");
        assert_ne!(more, exact);
        assert!(
            en("rose 25 feet in less than an hour")
                .iter()
                .any(|v| v.contains("heure") && v != "1 heure")
        );
    }

    #[test]
    fn counts_with_qualifiers() {
        assert_eq!(
            q("Environ 4 500 déplacés ont fui."),
            vec![("4 500 déplacés".into(), "about 4500 deplaces".into())]
        );
        assert_eq!(
            q("pas moins de trente-deux otages"),
            vec![("trente-deux otages".into(), "at-least 32 otages".into())]
        );
        assert_eq!(
            q("jusqu'à 800 policiers mobilisés"),
            vec![("800 policiers".into(), "at-most 800 policiers".into())]
        );
        assert_eq!(
            q("une centaine de blessés graves"),
            vec![(
                "une centaine de blessés graves".into(),
                "about 100 blesses graves".into()
            )]
        );
        assert_eq!(
            q("trois casques bleus tués"),
            vec![("trois casques bleus".into(), "3 casques bleus".into())]
        );
    }

    #[test]
    fn ranges_of_counts_are_one_quantity() {
        assert_eq!(
            q("entre 100 et 200 personnes ont manifesté"),
            vec![(
                "100 et 200 personnes".into(),
                "between 100 and 200 personnes".into()
            )]
        );
        assert_eq!(
            q("de 3 000 à 4 000 manifestants selon les organisateurs"),
            vec![(
                "3 000 à 4 000 manifestants".into(),
                "between 3000 and 4000 manifestants".into()
            )]
        );
        assert_eq!(
            q("entre 1,5 et 2 millions de déplacés"),
            vec![(
                "1,5 et 2 millions de déplacés".into(),
                "between 1.5 million and 2 million deplaces".into()
            )]
        );
        // A change is not a range: the count is the new figure.
        assert_eq!(
            q("le bilan est passé de 632 à 1 037 morts"),
            vec![("1 037 morts".into(), "1037 morts".into())]
        );
    }

    #[test]
    fn noun_span_covers_the_noun_in_the_original() {
        let text = "Près de 2\u{a0}000 réfugiés sont arrivés.";
        let ms = run(text, extract);
        let MentionKind::Quantity(m) = &ms[0].kind else {
            panic!("{ms:?}")
        };
        assert_eq!(&text[m.noun_span.start..m.noun_span.end], "réfugiés");
        assert_eq!(
            m.measure,
            Measure::Count {
                noun: "refugies".into()
            }
        );
    }

    #[test]
    fn money_dimensions_and_time() {
        assert_eq!(
            q("une rallonge de 40 millions de francs CFA"),
            vec![("40 millions de francs CFA".into(), "40 million XOF".into())]
        );
        assert_eq!(q("£50 par tête"), vec![("£50".into(), "50 GBP".into())]);
        assert_eq!(
            q("un convoi de 12 km"),
            vec![("12 km".into(), "12 km".into())]
        );
        assert_eq!(
            q("la victime, âgée de 19 ans,"),
            vec![("19 ans".into(), "19 years old".into())]
        );
        assert_eq!(
            q("il a purgé six ans de prison"),
            vec![("six ans".into(), "6 an".into())]
        );
    }

    #[test]
    fn what_is_not_a_quantity() {
        assert!(q("une femme a témoigné").is_empty());
        assert!(q("le 14 juillet 1789 trois prisonniers").len() == 1);
        assert!(q("en 2019 habitants et élus").is_empty());
        assert!(q("la page 12 montre").is_empty());
        assert!(q("quelques milliers de personnes").is_empty());
        assert!(q("deux tiers des électeurs").is_empty());
        assert!(q("12 % des électeurs").is_empty());
        assert!(q("le 3e régiment").is_empty());
        assert!(q("vers 18 h 30").is_empty());
        assert!(q("les 22 et 23 juin").is_empty());
    }
}
