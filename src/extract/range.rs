//! Number ranges and bounds as mentions of their own: "between 20 and 30",
//! "from 3 to 7", "1000-5000", "more than 660", "up to 700", "no less than
//! 30", "500 or more", "> 10", "above 1000 and below 1500", "equal to 20".
//!
//! Built on the numbers of [`super::number::atoms`] and on rules of
//! `rules/<lang>/numbers.json`; the words are data:
//! * kind `range-bound` (anchored with `$`, matched right before a number):
//!   group `bound`, whose `range.bound` lexicon key says which bound the
//!   number is: `gt` (more than), `ge` (at least), `lt` (less than), `le`
//!   (up to), `eq` (equal to);
//! * kind `range-bound-after` (anchored with `^`, right after the number):
//!   group `bound`, key of `range.bound_after`: `ge` ("or more"), `le` ("or
//!   less"), `eq` ("or equal to", which closes a `gt`/`lt` bound);
//! * kind `range-open` (anchored with `$`, before the first of two numbers:
//!   "between", "from") and kind `range-join` (the whole gap between the two
//!   numbers: "and", "to"; a rule with `"value": "alone"` needs no opener:
//!   "20 through 100", "1000-5000");
//! * kind `range-connect` (the whole gap between a lower bound and an upper
//!   bound, either order: "and", "but", ","): the two make one range.
//!
//! A range is `[low, high)` like the reference suite (Recognizers-Text
//! `NumberRangeModel`): a two-number range includes its lower end and
//! excludes its upper end; bounds are open or closed as their words say.
//! Choices and limits: a dash between numbers inside a longer chain of
//! dashes or slashes ("+1-222-2222-2222", "1995-01") is no range; a range
//! whose lower end is above its upper end is two bounds or nothing.

use serde::Serialize;

use super::number::{Atom, NumberKind, floor_boundary};
use super::{Doc, Mention, MentionKind};
use crate::rules::Rule;
use crate::text::Span;
use crate::value::format_number;

/// One end of a range.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Bound {
    pub value: f64,
    /// Whether the end itself is in the range ("at least 30": yes).
    pub inclusive: bool,
}

/// A range of numbers; an open side is `None` ("more than 660").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RangeMention {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub low: Option<Bound>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<Bound>,
}

impl RangeMention {
    /// The interval as the reference suite writes it: `[20,30)`, `(660,)`.
    pub fn value_string(&self) -> String {
        let open = match self.low {
            Some(b) if b.inclusive => '[',
            _ => '(',
        };
        let close = match self.high {
            Some(b) if b.inclusive => ']',
            _ => ')',
        };
        let v = |b: Option<Bound>| b.map_or(String::new(), |b| format_number(b.value));
        format!("{open}{},{}{close}", v(self.low), v(self.high))
    }
}

/// How far before or after a number the bound words are looked for.
const LOOK: usize = 80;

/// A number with the bound its words give it.
struct Bounded {
    /// Folded span of the words and the number.
    span: Span,
    range: RangeMention,
    rule: String,
}

/// Find the ranges and bounds of a document.
pub fn extract(doc: &Doc) -> Vec<Mention> {
    if doc.lang.rules_of("range-bound").next().is_none() {
        return Vec::new();
    }
    let atoms: Vec<Atom> = doc
        .atoms()
        .iter()
        .filter(|a| matches!(a.kind, NumberKind::Cardinal | NumberKind::Ordinal))
        .cloned()
        .collect();
    let mut out: Vec<Bounded> = Vec::new();
    let mut i = 0;
    while i < atoms.len() {
        if let Some(r) = two_numbers(doc, &atoms, i) {
            out.push(r);
            i += 2;
            continue;
        }
        let next = atoms.get(i + 1).map(|n| n.folded.start);
        if let Some(b) = bounded(doc, &atoms[i], next) {
            // "above 1000 and below 1500": a lower and an upper bound joined.
            if let Some(prev) = out.last_mut()
                && let Some(joined) = connect(doc, prev, &b)
            {
                *prev = joined;
            } else {
                out.push(b);
            }
        }
        i += 1;
    }
    out.into_iter()
        .map(|b| Mention {
            span: doc.folded.to_original(b.span),
            rule: b.rule,
            kind: MentionKind::Range(b.range),
        })
        .collect()
}

/// The first rule of `kind` matching the folded text right before `at`,
/// with the folded offset where its words start (group `bound`, `sym` or
/// `open`; else the whole match: a pattern may read a character of
/// context before them).
fn before<'d>(
    doc: &'d Doc,
    kind: &'d str,
    at: usize,
) -> Option<(&'d Rule, regex::Captures<'d>, usize)> {
    let (r, caps, from) = super::quantity::before(doc, kind, at)?;
    let words = ["bound", "sym", "open"].iter().find_map(|g| caps.name(g));
    let start = from + words.or_else(|| caps.get(0))?.start();
    Some((r, caps, start))
}

/// The first rule of `kind` matching the folded text right after `at`,
/// with the folded offset where its match ends.
fn after<'d>(
    doc: &'d Doc,
    kind: &'d str,
    at: usize,
) -> Option<(&'d Rule, regex::Captures<'d>, usize)> {
    let text = &doc.folded.text;
    let to = floor_boundary(text, (at + LOOK).min(text.len()));
    doc.lang.rules_of(kind).find_map(|r| {
        let caps = r.regex.captures(&text[at..to.max(at)])?;
        let end = at + caps.get(0)?.end();
        Some((r, caps, end))
    })
}

/// The lexicon key of a rule's `bound` group (or `sym`, for symbols
/// that need another boundary than words: "x>10").
fn key<'d>(doc: &'d Doc, lexicon: &str, caps: &regex::Captures) -> Option<&'d str> {
    let form = caps.name("bound").or_else(|| caps.name("sym"))?.as_str();
    doc.lang.lexicon(lexicon).key_of(form)
}

/// A number with bound words before or after it; `next` is where the next
/// number starts (words before it are its own: "200 or more than 190").
fn bounded(doc: &Doc, a: &Atom, next: Option<usize>) -> Option<Bounded> {
    let pre = before(doc, "range-bound", a.folded.start)
        .and_then(|(r, c, s)| Some((r, key(doc, "range.bound", &c)?, s)));
    let text = &doc.folded.text;
    let post = after(doc, "range-bound-after", a.folded.end)
        .and_then(|(r, c, e)| Some((r, key(doc, "range.bound_after", &c)?, e)))
        .filter(|p| next.is_none_or(|n| n < p.2 || !text[p.2..n].trim().is_empty()));
    let v = a.value;
    let b = |inclusive| {
        Some(Bound {
            value: v,
            inclusive,
        })
    };
    let (low, high) = match (pre.as_ref().map(|p| p.1), post.as_ref().map(|p| p.1)) {
        (Some("gt"), Some("eq")) | (Some("eq") | None, Some("ge")) | (Some("ge"), _) => {
            (b(true), None)
        }
        (Some("lt"), Some("eq")) | (Some("eq") | None, Some("le")) | (Some("le"), _) => {
            (None, b(true))
        }
        (Some("gt"), _) => (b(false), None),
        (Some("lt"), _) => (None, b(false)),
        (Some("eq"), _) => (b(true), b(true)),
        _ => return None,
    };
    // A suffix that disagrees with the prefix ("more than 5 or less") is
    // left out of the span.
    let post = post.filter(|p| match pre.as_ref().map(|p| p.1) {
        Some("gt") | Some("lt") => p.1 == "eq",
        Some("eq") | None => p.1 != "eq",
        _ => false,
    });
    let start = pre.as_ref().map_or(a.folded.start, |p| p.2);
    let end = post.as_ref().map_or(a.folded.end, |p| p.2);
    let rule = pre.or(post).map(|p| p.0.id.clone())?;
    Some(Bounded {
        span: Span::new(start, end),
        range: RangeMention { low, high },
        rule,
    })
}

/// Two numbers making a range: "between 20 and 30", "from 1000 to 1500",
/// "20 through 100", "1000-5000".
fn two_numbers(doc: &Doc, atoms: &[Atom], i: usize) -> Option<Bounded> {
    let (a, b) = (&atoms[i], atoms.get(i + 1)?);
    let text = &doc.folded.text;
    if a.kind != b.kind || a.folded.end > b.folded.start {
        return None;
    }
    let gap = &text[a.folded.end..b.folded.start];
    let open = before(doc, "range-open", a.folded.start);
    let join = doc.lang.rules_of("range-join").find(|r| {
        (open.is_some() || r.value.as_deref() == Some("alone")) && r.regex.is_match(gap)
    })?;
    // "+1-222-2222-2222", "1995-01-02": a chain of numbers is no range.
    let chained = |c: Option<char>| c.is_some_and(|c| matches!(c, '-' | '/' | '+' | '.'));
    if open.is_none()
        && (chained(text[..a.folded.start].chars().next_back())
            || chained(text[b.folded.end..].chars().next()))
    {
        return None;
    }
    let mut low = a.value;
    // "between 1.5 and 2 million": the multiplier is written once.
    if b.scaled && !a.scaled {
        while low * 1000.0 <= b.value && low < b.value / 100.0 {
            low *= 1000.0;
        }
    }
    if low >= b.value {
        return None;
    }
    Some(Bounded {
        span: Span::new(open.as_ref().map_or(a.folded.start, |o| o.2), b.folded.end),
        range: RangeMention {
            low: Some(Bound {
                value: low,
                inclusive: true,
            }),
            high: Some(Bound {
                value: b.value,
                inclusive: false,
            }),
        },
        rule: open.map_or(join, |o| o.0).id.clone(),
    })
}

/// A lower and an upper bound joined by a `range-connect` gap, in either
/// order, when the lower is below the upper.
fn connect(doc: &Doc, first: &Bounded, second: &Bounded) -> Option<Bounded> {
    if first.span.end > second.span.start {
        return None;
    }
    let gap = &doc.folded.text[first.span.end..second.span.start];
    let rule = doc
        .lang
        .rules_of("range-connect")
        .find(|r| r.regex.is_match(gap))?;
    let one_sided = |r: &RangeMention| r.low.is_some() != r.high.is_some();
    if !one_sided(&first.range) || !one_sided(&second.range) {
        return None;
    }
    let low = first.range.low.or(second.range.low)?;
    let high = first.range.high.or(second.range.high)?;
    (low.value < high.value).then(|| Bounded {
        span: Span::new(first.span.start, second.span.end),
        range: RangeMention {
            low: Some(low),
            high: Some(high),
        },
        rule: rule.id.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::RULES;
    use super::*;
    use crate::corpus::Article;

    fn found(text: &str) -> Vec<(String, String)> {
        let a = Article {
            path: "t.txt".into(),
            text: text.into(),
            language: Some("en".into()),
            outlet: None,
            published_header: None,
            header: None,
            notes: vec![],
        };
        let doc = Doc::new(&a, RULES.language("en").unwrap());
        extract(&doc)
            .iter()
            .map(|m| (text[m.span.start..m.span.end].to_string(), m.value_string()))
            .collect()
    }

    #[test]
    fn bounds_and_ranges_of_news_counts() {
        assert_eq!(
            found("The toll rose to more than 660, with between 100 and 200 missing."),
            vec![
                ("more than 660".into(), "(660,)".into()),
                ("between 100 and 200".into(), "[100,200)".into())
            ]
        );
        assert_eq!(
            found("up to 20 trucks and at least 56 dead"),
            vec![
                ("up to 20".into(), "(,20]".into()),
                ("at least 56".into(), "[56,)".into())
            ]
        );
    }

    #[test]
    fn a_bound_pair_is_one_range_only_in_order() {
        assert_eq!(
            found("above 1000 and below 1500"),
            vec![("above 1000 and below 1500".into(), "(1000,1500)".into())]
        );
        assert_eq!(
            found("more than 40 and less than 10"),
            vec![
                ("more than 40".into(), "(40,)".into()),
                ("less than 10".into(), "(,10)".into())
            ]
        );
    }

    #[test]
    fn chains_of_numbers_are_no_range() {
        assert!(found("call +1-222-2222-2222 now").is_empty());
        assert!(found("2 children and 3 adults").is_empty());
    }
}
