//! Claims: what an article asserts, as `(subject, attribute, value)` with
//! the evidence span and the rule behind it.
//!
//! This stage reads the mentions of one article and decides what they
//! claim: a visit's start and end from event triggers and the dates bound to
//! them, a person's rank and roles from their titles, a count from a
//! quantity and its noun, "X present since YEAR" from a `depuis YEAR` next
//! to an organisation or topic. It also finds the article's date (the
//! anchor relative dates are resolved against).

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::extract::boilerplate::{self, Stamp, StampRole};
use crate::extract::date::{
    DateMention, DateValue, DayExpr, Direction, Marker, ResolveCtx, infer_year, resolve_day,
    weekday_of_key,
};
use crate::extract::entity::{EntityKind, EntityMention};
use crate::extract::event::{EventMention, EventPart};
use crate::extract::number::NumberKind;
use crate::extract::person::PersonMention;
use crate::extract::person::word_before_in;
use crate::extract::quantity::{Measure, QuantityMention};
use crate::extract::{Doc, Mention, MentionKind};
use crate::text::{Span, fold_key, line_span};
use crate::value::{PartialDate, Quantity, Value};

/// Where the article's own date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnchorKind {
    /// A `published:` header line.
    Metadata,
    /// A dateline ("Moscou, 26 juin 2025").
    Dateline,
    /// A date alone in the page header ("mardi, juin 24").
    Header,
    /// The most recent explicit date in the text.
    LatestInText,
    /// A date without a year whose weekday fixes the year ("dimanche 22
    /// juin" is 2025 in a text that mentions 2021 and 2022).
    Weekday,
    /// A publication stamp or a byline with a date ("Publié le 12 mars
    /// 2024 à 14h05", "Par Jean Dupont - 12 mars 2024").
    Byline,
    /// An update stamp ("Mis à jour le 13/03/2024"), when nothing else
    /// dates the article.
    Updated,
}

/// The article's date, against which relative dates are resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Anchor {
    pub date: NaiveDate,
    pub kind: AnchorKind,
    /// The text it was read from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl AnchorKind {
    /// The name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            AnchorKind::Metadata => "metadata",
            AnchorKind::Dateline => "dateline",
            AnchorKind::Header => "header",
            AnchorKind::LatestInText => "latest-in-text",
            AnchorKind::Weekday => "weekday",
            AnchorKind::Byline => "byline",
            AnchorKind::Updated => "updated",
        }
    }
}

impl Anchor {
    pub fn describe(&self) -> String {
        let how = match self.kind {
            AnchorKind::Metadata => "published: header",
            AnchorKind::Dateline => "dateline",
            AnchorKind::Header => "page header",
            AnchorKind::LatestInText => "most recent date in the text",
            AnchorKind::Weekday => "year fixed by the weekday of a date in the text",
            AnchorKind::Byline => "publication line",
            AnchorKind::Updated => "update line; no publication date given",
        };
        format!("{} ({how})", self.date)
    }
}

/// One thing an article asserts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Index of the article in the run.
    pub source: usize,
    /// Display name of the subject ("Assimi Goïta", "visit of Assimi Goïta").
    pub subject: String,
    /// Matching key of the subject ("person:goita", "visit:goita").
    pub subject_key: String,
    /// What is claimed about it ("rank", "start", "end", "count", "since", "role").
    pub attribute: String,
    pub value: Value,
    /// Evidence: the span of the words that make the claim.
    pub span: Span,
    /// The rule (or rules, joined with `+`) behind the claim.
    pub rule: String,
    /// How a relative value was resolved ("dimanche → 2025-06-22 (article
    /// dated 2025-06-24)").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
    /// A running total (a death toll, a count of missing): figures given at
    /// different dates are updates, not a conflict.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub running: bool,
    /// When the figure was given: the article's date unless the text says
    /// otherwise. Set for running totals.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<NaiveDate>,
}

/// A problem inside one article: a date that does not exist, a weekday
/// that contradicts its date. It travels with a [`Claim`] holding the
/// evidence (subject = the article, value = the text as written).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inconsistency {
    /// `invalid-date`, `weekday-mismatch`.
    pub name: String,
    pub message: String,
}

/// Everything the claims stage finds in one article.
#[derive(Debug, Clone, Default)]
pub struct ArticleClaims {
    pub anchor: Option<Anchor>,
    pub claims: Vec<Claim>,
    pub inconsistencies: Vec<(Claim, Inconsistency)>,
}

/// Build the claims of one article from its mentions.
pub fn build(doc: &Doc, mentions: &[Mention], source: usize) -> ArticleClaims {
    // Publication stamps date the article and claim nothing: the mentions
    // inside them are left out.
    let stamps = boilerplate::stamps(doc);
    let stamp_spans = crate::text::SpanSet::new(stamps.iter().map(|s| s.span));
    let mut mentions: Vec<Mention> = mentions
        .iter()
        .filter(|m| !stamp_spans.overlaps(m.span))
        .cloned()
        .collect();
    // Every per-claim search below looks only at the mentions of one
    // sentence, found by binary search: the lists must be sorted by start
    // (`extract` returns them so; a stable sort keeps their order then).
    mentions.sort_by_key(|m| m.span.start);
    let ctx = Context::new(doc, &mentions);
    let anchor = find_anchor(doc, &ctx, &stamps);
    let mut b = Builder {
        doc,
        ctx: &ctx,
        source,
        anchor: anchor.as_ref().map(|a| a.date),
        anchor_info: anchor.clone(),
        claims: Vec::new(),
        inconsistencies: Vec::new(),
        agents: RefCell::default(),
        majority: RefCell::default(),
    };
    b.person_claims();
    b.event_claims();
    b.since_claims();
    b.birth_claims();
    b.count_claims();
    b.label_count_claims();
    b.predicate_count_claims();
    b.record_claims();
    b.named_event_claims();
    b.measure_claims();
    b.place_count_claims();
    b.time_claims();
    b.regnal_claims();
    b.toll_claims();
    b.age_claims();
    b.sentence_claims();
    b.share_claims();
    b.date_checks();
    b.running_totals();
    drop_start_after_end(&mut b.claims);
    drop_ambiguous(&mut b.claims);
    // One claim per (subject, attribute, value) and article: repeating a fact
    // does not make it more corroborated.
    let mut seen = HashSet::new();
    b.claims.retain(|c| {
        seen.insert((
            c.subject_key.clone(),
            c.attribute.clone(),
            c.value.to_string(),
        ))
    });
    ArticleClaims {
        anchor,
        claims: b.claims,
        inconsistencies: b.inconsistencies,
    }
}

/// Attributes that an article may legitimately give several values of:
/// two "depuis" years for one organisation in one article usually speak of
/// different things (two deployments), so the article claims neither
/// rather than risk a false conflict. Dates of visits and ranks are kept:
/// an article that gives two is inconsistent, and that is worth showing.
/// Counts are kept too (issue 8): on real clippings an article's two
/// figures of one count were far more often an inconsistency of that
/// article ("920 200 électeurs inscrits" in the lead, "908 916 inscrits" in
/// its key figures) than two different things, which the count keys (noun,
/// place, source, results stage) already keep apart; both figures are
/// compared and the article gets a `*-inconsistency` warning. Running
/// totals (tolls) likewise (earlier figures were already left out by
/// [`Builder::running_totals`]).
const AMBIGUOUS_WHEN_SEVERAL: &[&str] = &["since", "date"];

/// Drop the claims of an attribute whose values within one article are not
/// all compatible with each other (see [`AMBIGUOUS_WHEN_SEVERAL`]).
fn drop_ambiguous(claims: &mut Vec<Claim>) {
    // Pairs are only compared within one (subject, attribute): grouped
    // first, so a long article does not compare every claim with every
    // other.
    let mut groups: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        groups
            .entry((c.subject_key.as_str(), c.attribute.as_str()))
            .or_default()
            .push(i);
    }
    let mut ambiguous: HashSet<(String, String)> = HashSet::new();
    for idx in groups.values() {
        for (n, &i) in idx.iter().enumerate() {
            let a = &claims[i];
            if !AMBIGUOUS_WHEN_SEVERAL.contains(&a.attribute.as_str()) || a.running {
                continue;
            }
            if idx[n + 1..]
                .iter()
                .any(|&j| !a.value.compatible(&claims[j].value))
            {
                ambiguous.insert((a.subject_key.clone(), a.attribute.clone()));
            }
        }
    }
    claims.retain(|c| !ambiguous.contains(&(c.subject_key.clone(), c.attribute.clone())));
}

/// A visit cannot start after it ends. When one article gives a start
/// later than an end of the same event, the start (or end) that clashes is
/// another trip's ("Son avion atterrira à Sarlande samedi" after a visit
/// that ended on Friday is the flight home): drop the clashing values when
/// the article gives another value of that attribute that fits, and every
/// clashing value when it does not.
fn drop_start_after_end(claims: &mut Vec<Claim>) {
    let day = |c: &Claim| match &c.value {
        Value::Date(d) => d.to_naive(),
        _ => None,
    };
    let keys: std::collections::BTreeSet<&str> = claims
        .iter()
        .filter(|c| c.attribute == "start")
        .map(|c| c.subject_key.as_str())
        .collect();
    // Each key's claims (indices, in order): what is dropped for one key
    // depends only on that key's claims, so each key is worked out on its
    // own list instead of rescanning (and cloning) every claim.
    let mut by_key: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if keys.contains(c.subject_key.as_str()) {
            by_key.entry(c.subject_key.as_str()).or_default().push(i);
        }
    }
    let mut keep = vec![true; claims.len()];
    for idx in by_key.values() {
        let of = |alive: &[usize], attr: &str| -> Vec<NaiveDate> {
            alive
                .iter()
                .map(|&i| &claims[i])
                .filter(|c| c.attribute == attr)
                .filter_map(day)
                .collect()
        };
        let clashes = |alive: &[usize], c: &Claim| -> bool {
            let Some(d) = day(c) else { return false };
            match c.attribute.as_str() {
                "start" => of(alive, "end").iter().any(|e| d > *e),
                "end" => of(alive, "start").iter().any(|s| *s > d),
                _ => false,
            }
        };
        let mut alive = idx.clone();
        for attr in ["start", "end"] {
            let mine: Vec<bool> = alive
                .iter()
                .map(|&i| &claims[i])
                .filter(|c| c.attribute == attr)
                .map(|c| clashes(&alive, c))
                .collect();
            if mine.contains(&true) && mine.contains(&false) {
                let snapshot = alive.clone();
                alive.retain(|&i| !(claims[i].attribute == attr && clashes(&snapshot, &claims[i])));
            }
        }
        let snapshot = alive.clone();
        alive.retain(|&i| !clashes(&snapshot, &claims[i]));
        for &i in idx {
            keep[i] = alive.binary_search(&i).is_ok();
        }
    }
    let mut keep = keep.into_iter();
    claims.retain(|_| keep.next().unwrap_or(true));
}

/// The mentions of one article sorted by type.
/// The items of a list sorted by span start whose span starts in
/// `lo..=hi` (the mentions of one sentence, or of a gap), in the list's own
/// order: a binary search instead of a scan of the whole article, which
/// made claim building quadratic in article size.
fn starting_in<T>(items: &[T], start: impl Fn(&T) -> usize, lo: usize, hi: usize) -> &[T] {
    let a = items.partition_point(|t| start(t) < lo);
    let b = items.partition_point(|t| start(t) <= hi).max(a);
    &items[a..b]
}

struct Context<'m> {
    dates: Vec<(Span, &'m str, &'m DateMention)>,
    persons: Vec<(Span, &'m str, &'m PersonMention)>,
    /// Who each person mention is (parallel to `persons`): the folded
    /// surname, or first name and surname when the article names two people
    /// with that surname; `None` when a bare surname could be either
    /// ("Diarra" when the article names Moussa and Awa Diarra).
    person_ids: Vec<Option<String>>,
    entities: Vec<(Span, &'m EntityMention)>,
    /// Event triggers; a generic start or end verb takes the type of the
    /// event noun that is its subject ("le procès s'ouvre": a trial's start).
    events: Vec<(Span, &'m str, EventMention)>,
    /// Percentages ("52,3 %").
    percents: Vec<(Span, &'m str, f64)>,
    /// Bare cardinal numbers that are not part of a quantity or a date.
    numbers: Vec<(Span, &'m str, f64)>,
    quantities: Vec<(Span, &'m str, &'m QuantityMention)>,
    /// Display name per identity: the fullest, most frequent form seen.
    names: BTreeMap<String, String>,
    /// The person the article is about: the most mentioned.
    main: Option<String>,
    /// Generic start/end verbs whose subject is no event noun (see
    /// [`retype_generic_triggers`]).
    unowned_generic: Vec<Span>,
    /// The longest person mention, in bytes (bounds "overlaps a person"
    /// searches).
    person_max_len: usize,
}

/// A start or end verb ("a débuté", "s'ouvre", "a pris fin") speaks of
/// the event whose noun is its subject: "le procès de Marc Dulac s'ouvre",
/// "la grève, qui a débuté", "s'est ouvert le procès". Such a trigger takes
/// the type of the nearest whole-event trigger of another type right before
/// it in its clause (or right after it, behind an article), unless a trigger
/// of its own type is nearer.
///
/// Returns the spans of the generic verbs (`event.generic`: "a débuté",
/// "s'est achevé") that found no event noun: "le festival, qui s'est achevé
/// dimanche" speaks of a festival, not of anyone's visit.
fn retype_generic_triggers(doc: &Doc, events: &mut [(Span, &str, EventMention)]) -> Vec<Span> {
    let text = doc.text();
    let generic = doc.lang.lexicon("event.generic");
    let mut unowned = Vec::new();
    let snapshot: Vec<(Span, EventMention)> =
        events.iter().map(|(s, _, e)| (*s, e.clone())).collect();
    for (span, _, ev) in events.iter_mut() {
        if ev.part == EventPart::Whole {
            continue;
        }
        let Some(sentence) = doc.sentence_of(*span) else {
            continue;
        };
        let before = starting_in(&snapshot, |e| e.0.start, sentence.start, span.start)
            .iter()
            .filter(|(s, e)| {
                e.part == EventPart::Whole && s.end <= span.start && s.start >= sentence.start
            })
            .max_by_key(|(s, _)| s.end)
            .filter(|(s, _)| {
                let gap = fold_key(&text[s.end..span.start]);
                let mut gap = gap.trim();
                // "le procès de Sophie Renard, 41 ans, s'ouvrira": a closed
                // incise before the verb is skipped.
                if let Some(open) = gap
                    .strip_suffix(',')
                    .and_then(|g| g.rfind(',').map(|i| (i, g)))
                    .filter(|(i, g)| g[i + 1..].split_whitespace().count() <= 8)
                    .map(|(i, _)| i)
                {
                    gap = gap[..open].trim();
                }
                // "sa visite d'État en Marandie, entamée le 11 mars": a
                // participle in apposition right after the noun phrase.
                let trigger = fold_key(&text[span.start..span.end]);
                let participle = !trigger.contains(' ')
                    && forms(doc, "grammar.participle_suffix")
                        .iter()
                        .any(|e| trigger.ends_with(e.as_str()));
                if participle
                    && let Some(g) = gap.strip_suffix(',')
                    && !g.contains([',', ';', ':', '(', ')', '.', '«', '»'])
                {
                    gap = g.trim_end();
                }
                // "une visite de quatre jours, qui doit s'achever jeudi":
                // a modal before the verb is skipped.
                for modal in forms(doc, "grammar.modal") {
                    if let Some(g) = gap.strip_suffix(modal.as_str())
                        && g.ends_with(|c: char| !c.is_alphanumeric())
                    {
                        gap = g.trim_end();
                        break;
                    }
                }
                // "la grève des cheminots, qui a débuté": the relative's
                // antecedent is the subject.
                for relative in forms(doc, "grammar.relative") {
                    if let Some(g) = gap.strip_suffix(relative.as_str())
                        && g.chars().next_back().is_none_or(|c| !c.is_alphanumeric())
                    {
                        gap = g.trim_end().strip_suffix(',').unwrap_or(g).trim_end();
                        break;
                    }
                }
                gap.is_empty()
                    || (!gap.contains([',', ';', ':', '(', ')', '—', '–', '.', '«', '»'])
                        && gap.split_whitespace().count() <= 6)
            });
        let after = starting_in(&snapshot, |e| e.0.start, span.end, sentence.end)
            .iter()
            .filter(|(s, e)| {
                e.part == EventPart::Whole && s.start >= span.end && s.end <= sentence.end
            })
            .min_by_key(|(s, _)| s.start)
            .filter(|(s, _)| {
                let gap = fold_key(&text[span.end..s.start]);
                let words: Vec<&str> = gap.split_whitespace().collect();
                let article = doc.lang.lexicon("grammar.article");
                matches!(words.as_slice(), [w] if article.key_of(w).is_some())
                    || (words.is_empty() && article.key_of(gap.trim()).is_some())
            });
        let Some((_, owner)) = before.or(after) else {
            if generic.key_of(doc.slice(*span)).is_some() {
                unowned.push(*span);
            }
            continue;
        };
        if owner.event != ev.event {
            ev.event = owner.event.clone();
        }
    }
    unowned
}

/// The identity of a written name: its first and last words, folded
/// ("assimi goita"), or the folded surname when only that is written.
fn identity_of(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => fold_key(one),
        [first, .., last] => format!("{} {}", fold_key(first), fold_key(last)),
    }
}

impl<'m> Context<'m> {
    fn new(doc: &Doc, mentions: &'m [Mention]) -> Self {
        let mut c = Context {
            dates: vec![],
            persons: vec![],
            person_ids: vec![],
            entities: vec![],
            events: vec![],
            percents: vec![],
            numbers: vec![],
            quantities: vec![],
            names: BTreeMap::new(),
            main: None,
            unowned_generic: Vec::new(),
            person_max_len: 0,
        };
        for m in mentions {
            match &m.kind {
                MentionKind::Date(d) => c.dates.push((m.span, &m.rule, d)),
                MentionKind::Person(p) => c.persons.push((m.span, &m.rule, p)),
                MentionKind::Entity(e) => c.entities.push((m.span, e)),
                MentionKind::Event(e) => c.events.push((m.span, &m.rule, e.clone())),
                MentionKind::Number(n) if n.number_kind == NumberKind::Percent => {
                    c.percents.push((m.span, &m.rule, n.value))
                }
                MentionKind::Number(n) if n.number_kind == NumberKind::Cardinal => {
                    c.numbers.push((m.span, &m.rule, n.value))
                }
                MentionKind::Quantity(q) => c.quantities.push((m.span, &m.rule, q)),
                _ => {}
            }
        }
        c.unowned_generic = retype_generic_triggers(doc, &mut c.events);
        // Cardinals inside a quantity or a date are not bare numbers.
        let taken: Vec<Span> = c
            .quantities
            .iter()
            .map(|(s, _, _)| *s)
            .chain(c.dates.iter().map(|(s, _, _)| *s))
            .collect();
        let taken = crate::text::SpanSet::new(taken);
        c.numbers.retain(|(s, _, _)| !taken.overlaps(*s));
        c.person_max_len = c.persons.iter().map(|(s, _, _)| s.len()).max().unwrap_or(0);
        // People are keyed by surname ("person:goita"), so that "M. Goïta"
        // and "Assimi Goïta" in two articles are one subject. When an
        // article names two people with one surname (Moussa and Awa
        // Diarra), the one it mentions most keeps the surname key and the
        // others are keyed by first name and surname; a bare "Diarra" there
        // could be either and is nobody's.
        // Shorter forms of a fuller name are that person: "Oligui Nguema"
        // and "Brice Oligui Nguema" are "Brice Clotaire Oligui Nguema"
        // (every word of the shorter is in the fuller); Moussa and Awa
        // Diarra stay two people.
        let words_of = |n: &str| -> Vec<String> {
            fold_key(n)
                .split(|c: char| c.is_whitespace() || c == '-')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        // Each distinct name of two words or more, folded once (folding
        // every name for every mention was quadratic in a long article:
        // two thirds of a 2.5 MB one).
        let multi: BTreeMap<&str, Vec<String>> = c
            .persons
            .iter()
            .map(|(_, _, p)| p.name.as_str())
            .filter(|n| n.split_whitespace().count() >= 2)
            .map(|n| (n, words_of(n)))
            .collect();
        let identities: BTreeMap<&str, String> = multi
            .iter()
            .map(|(name, mine)| {
                let fuller = multi
                    .iter()
                    .filter(|(_, theirs)| mine.iter().all(|w| theirs.contains(w)))
                    .max_by(|a, b| a.1.len().cmp(&b.1.len()).then_with(|| b.0.cmp(a.0)))
                    .map_or(*name, |(o, _)| *o);
                (*name, identity_of(fuller))
            })
            .collect();
        let identity = |name: &str| -> String {
            identities
                .get(name)
                .cloned()
                .unwrap_or_else(|| identity_of(name))
        };
        let mut full: BTreeMap<String, BTreeMap<String, (usize, usize)>> = BTreeMap::new();
        for (span, _, p) in &c.persons {
            if p.name.split_whitespace().count() >= 2 {
                let e = full
                    .entry(p.surname.clone())
                    .or_default()
                    .entry(identity(&p.name))
                    .or_insert((0, span.start));
                e.0 += 1;
            }
        }
        c.person_ids = c
            .persons
            .iter()
            .map(|(_, _, p)| {
                let Some(ids) = full.get(&p.surname) else {
                    return Some(p.surname.clone());
                };
                if ids.len() < 2 {
                    return Some(p.surname.clone());
                }
                if p.name.split_whitespace().count() < 2 {
                    return None;
                }
                let dominant = ids
                    .iter()
                    .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)))
                    .map(|(id, _)| id.as_str());
                let id = identity(&p.name);
                Some(if dominant == Some(id.as_str()) {
                    p.surname.clone()
                } else {
                    id
                })
            })
            .collect();
        let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        let mut spellings: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        for ((span, _, p), id) in c.persons.iter().zip(&c.person_ids) {
            let Some(id) = id else { continue };
            let e = counts.entry(id).or_insert((0, usize::MAX));
            e.0 += 1;
            e.1 = e.1.min(span.start);
            *spellings
                .entry(id.clone())
                .or_default()
                .entry(p.name.clone())
                .or_default() += 1;
        }
        // The fullest name, then the most frequent spelling of it, then the
        // accented one ("Assimi Goïta" over a caption's "Assimi Goita").
        for (id, forms) in spellings {
            let best = forms
                .into_iter()
                .max_by(|a, b| {
                    let words = |n: &str| n.split_whitespace().count();
                    let accents = |n: &str| n.chars().filter(|c| !c.is_ascii()).count();
                    // A headline's capitals are not how the name is spelt.
                    let cased = |n: &str| n.chars().any(char::is_lowercase);
                    (
                        words(&a.0),
                        cased(&a.0),
                        a.1,
                        accents(&a.0),
                        std::cmp::Reverse(&a.0),
                    )
                        .cmp(&(
                            words(&b.0),
                            cased(&b.0),
                            b.1,
                            accents(&b.0),
                            std::cmp::Reverse(&b.0),
                        ))
                })
                .map(|(n, _)| n)
                .unwrap_or_default();
            c.names.insert(id, best);
        }
        c.main = counts
            .into_iter()
            .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)))
            .map(|(s, _)| s.to_string());
        let _ = doc;
        c
    }

    fn display(&self, id: &str) -> String {
        self.names
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    /// The persons with their identities (ambiguous bare surnames left out).
    fn people(&self) -> impl Iterator<Item = (Span, &'m str, &'m PersonMention, &str)> + '_ {
        self.persons
            .iter()
            .zip(&self.person_ids)
            .filter_map(|((s, r, p), id)| id.as_deref().map(|id| (*s, *r, *p, id)))
    }

    /// [`Context::people`] whose mention starts in `lo..=hi`.
    fn people_in(
        &self,
        lo: usize,
        hi: usize,
    ) -> impl Iterator<Item = (Span, &'m str, &'m PersonMention, &str)> + '_ {
        let a = self.persons.partition_point(|p| p.0.start < lo);
        let b = self.persons.partition_point(|p| p.0.start <= hi).max(a);
        self.persons[a..b]
            .iter()
            .zip(&self.person_ids[a..b])
            .filter_map(|((s, r, p), id)| id.as_deref().map(|id| (*s, *r, *p, id)))
    }

    /// [`Context::people`] whose mention overlaps `lo..hi`.
    fn people_overlapping(
        &self,
        lo: usize,
        hi: usize,
    ) -> impl Iterator<Item = (Span, &'m str, &'m PersonMention, &str)> + '_ {
        self.people_in(lo.saturating_sub(self.person_max_len), hi)
            .filter(move |(s, _, _, _)| s.end > lo && s.start < hi)
    }
}

struct Builder<'a, 'm> {
    doc: &'a Doc<'a>,
    ctx: &'a Context<'m>,
    source: usize,
    anchor: Option<NaiveDate>,
    anchor_info: Option<Anchor>,
    claims: Vec<Claim>,
    inconsistencies: Vec<(Claim, Inconsistency)>,
    /// [`Builder::direct_agent`] of each trigger asked about: every date
    /// asks about the triggers of its sentence and of its event type.
    agents: RefCell<HashMap<Span, Agent>>,
    /// The person each event type's triggers are most often directly
    /// about (see [`Builder::agent`]), per event type.
    majority: RefCell<HashMap<String, Option<String>>>,
}

/// The tense of a trigger, when its form tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
}

/// What a trigger is about.
#[derive(Clone)]
enum Agent {
    Person(String),
    NotAPerson,
    Unknown,
}

/// The folded forms of a lexicon of the article's language (function
/// words of `rules/<lang>/grammar.json`: articles, prepositions, modals…).
fn forms(doc: &Doc, lexicon: &str) -> Vec<String> {
    let lex = doc.lang.lexicon(lexicon);
    lex.keys()
        .flat_map(|k| lex.forms_of(k).iter().map(|f| fold_key(f)))
        .collect()
}

/// Whether `word` (folded) is a form of the lexicon: prepositions
/// (`grammar.preposition`), the words that show a name is not a trigger's
/// subject (`grammar.not_agent_gap`)…
fn is_word(doc: &Doc, lexicon: &str, word: &str) -> bool {
    !word.is_empty() && doc.lang.lexicon(lexicon).key_of(word).is_some()
}

/// A regex built from a template and a language's lexicon forms, compiled
/// once per pattern (each language gives its own): `{}` in `template` is
/// replaced by the alternation of the forms as written (escaped, longest
/// first), so a case-sensitive template keeps their case. `None` when the
/// lexicon is empty.
fn lexicon_regex(doc: &Doc, lexicon: &str, template: &str) -> Option<Regex> {
    static CACHE: std::sync::LazyLock<std::sync::Mutex<HashMap<String, Regex>>> =
        std::sync::LazyLock::new(Default::default);
    let lex = doc.lang.lexicon(lexicon);
    let mut forms: Vec<&String> = lex.keys().flat_map(|k| lex.forms_of(k)).collect();
    if forms.is_empty() {
        return None;
    }
    forms.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    let alts: Vec<String> = forms
        .iter()
        .map(|f| regex::escape(f).replace(' ', r"\s+"))
        .collect();
    let pattern = template.replace("{}", &format!("(?:{})", alts.join("|")));
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(re) = cache.get(&pattern) {
        return Some(re.clone());
    }
    let re = Regex::new(&pattern).ok()?;
    cache.insert(pattern, re.clone());
    Some(re)
}

/// Clause boundaries: a plain date binds to a trigger only inside one clause.
fn crosses_clause(text: &str) -> bool {
    text.contains([',', ';', ':', '(', ')', '—', '–'])
}

impl Builder<'_, '_> {
    /// Record a claim about `(display name, matching key)`.
    fn push(
        &mut self,
        (subject, subject_key): (String, String),
        attribute: &str,
        value: Value,
        span: Span,
        rule: &str,
        resolution: Option<String>,
    ) {
        self.claims.push(Claim {
            source: self.source,
            subject,
            subject_key,
            attribute: attribute.to_string(),
            value,
            span,
            rule: rule.to_string(),
            resolution,
            running: false,
            as_of: None,
        });
    }

    /// Ranks and roles of named people.
    fn person_claims(&mut self) {
        let ctx = self.ctx;
        for (span, rule, p, id) in ctx.people() {
            let span = &span;
            let subject = ctx.display(id);
            let key = format!("person:{id}");
            if let Some(r) = &p.rank {
                let start = p.rank_span.map_or(span.start, |s| s.start);
                self.push(
                    (subject.clone(), key.clone()),
                    "rank",
                    Value::Rank {
                        name: r.name.clone(),
                        is_a: r.is_a.clone(),
                    },
                    Span::new(start, span.end),
                    rule,
                    None,
                );
            }
            for role in &p.roles {
                self.push(
                    (subject.clone(), key.clone()),
                    "role",
                    Value::Role(role.clone()),
                    *span,
                    rule,
                    None,
                );
            }
        }
    }

    /// Ages in apposition: "le général Jean Dupont, 58 ans,", "le colonel
    /// Paul Martin, âgé de 49 ans". The age belongs to the person named
    /// right before it in the sentence (at most four words between); an age
    /// with nobody named next to it ("un homme de 23 ans") claims nothing.
    fn age_claims(&mut self) {
        let ctx = self.ctx;
        let text = self.doc.text();
        let born = self.doc.lang.lexicon("birth");
        for (qspan, rule, q) in &ctx.quantities {
            let Some(sentence) = self.doc.sentence_of(*qspan) else {
                continue;
            };
            // "né à Chicago il y a 69 ans": a birth so many years ago is an age.
            let born_ago = matches!(&q.measure, Measure::Duration { unit } if unit == "an") && {
                let from = crate::text::floor_char_boundary(
                    text,
                    qspan.start.saturating_sub(50).max(sentence.start),
                );
                let before = fold_key(&text[from..qspan.start]);
                let before = before.trim_end();
                forms(self.doc, "age.ago_before").iter().any(|f| {
                    before.ends_with(f.as_str())
                        && before[..before.len() - f.len()]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric())
                }) && before
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| born.key_of(w).is_some())
            };
            // "Robert Prevost, augustin de 69 ans": a noun of N years in
            // apposition right after a name is an age.
            let apposed = matches!(&q.measure, Measure::Duration { unit } if unit == "an")
                && {
                    let before = fold_key(&text[sentence.start..qspan.start]);
                    let last = before.split_whitespace().next_back().unwrap_or("");
                    is_word(self.doc, "age.apposition_link", last)
                }
                && ctx.people().any(|(s, _, _, _)| {
                    s.end <= qspan.start
                        && s.start >= sentence.start
                        && text[s.end..qspan.start].trim_start().starts_with(',')
                        && text[s.end..qspan.start].split_whitespace().count() <= 4
                        && !text[s.end..qspan.start].contains([';', '.', ':', '('])
                });
            if q.measure != Measure::Age && !born_ago && !apposed {
                continue;
            }
            // The person named before it in the sentence, nobody else in
            // between: "le général Jean Dupont, 58 ans", "Robert Prevost,
            // il est docteur en droit canon, âgé de 69 ans".
            let owner = ctx
                .people_in(sentence.start, qspan.start)
                .filter(|(s, _, _, _)| {
                    s.end <= qspan.start
                        && s.start >= sentence.start
                        && text[s.end..qspan.start].split_whitespace().count() <= AGE_REACH
                        && !text[s.end..qspan.start].contains([';', '.', ':'])
                })
                .max_by_key(|(s, _, _, _)| s.end)
                .map(|(_, _, _, id)| id.to_string())
                .or_else(|| {
                    // "…un nouveau pape : le cardinal Robert Prevost. Âgé de
                    // 70 ans, cet homme d'Église…": an age opening its
                    // sentence refers back to the person who ended the
                    // sentence before.
                    let opens = text[sentence.start..qspan.start].split_whitespace().count() <= 2;
                    if !(opens && q.measure == Measure::Age) {
                        return None;
                    }
                    let before = text[..sentence.start].trim_end();
                    let before = before.strip_suffix(['.', '!']).unwrap_or(before).trim_end();
                    ctx.people()
                        .find(|(s, _, _, _)| s.end == before.len())
                        .map(|(_, _, _, id)| id.to_string())
                });
            let Some(id) = owner else {
                continue;
            };
            let id = id.as_str();
            self.push(
                (ctx.display(id), format!("person:{id}")),
                "age",
                Value::Quantity(Quantity::new(q.value, q.qualifier)),
                *qspan,
                rule,
                None,
            );
        }
    }

    /// Who a trigger is about, judged from its immediate neighbours: a
    /// person right before it ("Goïta est arrivé", "M. Goïta, arrivé"),
    /// possibly across an incise ("Kenji Morita, qu'elle a rencontré mardi,
    /// se rendra"), or right after it ("la visite de M. Goïta"); a place or
    /// organisation as the subject ("la France a quitté") means the event is
    /// not a person's. The nearest person wins.
    fn direct_agent(&self, trigger: Span) -> Agent {
        if let Some(a) = self.agents.borrow().get(&trigger) {
            return a.clone();
        }
        let a = self.direct_agent_uncached(trigger);
        self.agents.borrow_mut().insert(trigger, a.clone());
        a
    }

    fn direct_agent_uncached(&self, trigger: Span) -> Agent {
        let text = self.doc.text();
        let Some(sentence) = self.doc.sentence_of(trigger) else {
            return Agent::Unknown;
        };
        let subject_gap = |gap: &str| {
            let gap = fold_key(gap);
            gap.split_whitespace().count() <= 3
                && !gap.contains([';', ':'])
                // "Poutine durant son séjour": the possessive points
                // back to the clause's subject, not to Poutine; "Morita,
                // qu'elle a rencontré": another subject.
                && !gap
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| is_word(self.doc, "grammar.not_agent_gap", w))
        };
        let near_before = |s: Span| {
            if !(s.end <= trigger.start && s.start >= sentence.start) {
                return false;
            }
            let gap = &text[s.end..trigger.start];
            if subject_gap(gap) {
                return true;
            }
            // "X, <incise>, verb": the incise is skipped when X is the
            // subject (not after a preposition) and the incise is closed.
            let trimmed = gap.trim_start();
            trimmed.starts_with(',')
                && !is_word(
                    self.doc,
                    "grammar.preposition",
                    &word_before_in(text, s.start),
                )
                && trimmed[1..].rfind(',').is_some_and(|i| {
                    let incise = &trimmed[1..=i];
                    let after = &trimmed[i + 2..];
                    !incise.contains([';', ':', '.'])
                        && incise.split_whitespace().count() <= 12
                        && subject_gap(after)
                })
        };
        let near_after = |s: Span| {
            s.start >= trigger.end && s.end <= sentence.end && {
                let gap = fold_key(&text[trigger.end..s.start]);
                gap.split_whitespace().count() <= 3
                    && gap.split_whitespace().any(|w| {
                        is_word(self.doc, "grammar.of", w)
                            || forms(self.doc, "grammar.of")
                                .iter()
                                .any(|f| f.ends_with('\'') && w.starts_with(f.as_str()))
                    })
            }
        };
        let nearest = self
            .ctx
            .people_in(sentence.start, sentence.end)
            .filter(|(span, _, _, _)| near_before(*span) || near_after(*span))
            .min_by_key(|(span, _, _, _)| {
                if span.end <= trigger.start {
                    trigger.start - span.end
                } else {
                    span.start - trigger.end
                }
            });
        if let Some((_, _, _, id)) = nearest {
            return Agent::Person(id.to_string());
        }
        let entities = starting_in(
            &self.ctx.entities,
            |e| e.0.start,
            sentence.start,
            trigger.start,
        );
        let subject_entity = entities.iter().any(|(s, e)| {
            e.entity_kind != EntityKind::Topic
                && s.end <= trigger.start
                && s.start >= sentence.start
                && text[s.end..trigger.start].split_whitespace().count() <= 2
                && !crosses_clause(&text[s.end..trigger.start])
                // "au Mali est arrivé": a complement, not the subject.
                && !is_word(self.doc, "grammar.preposition", &word_before_in(text, s.start))
        });
        if subject_entity {
            Agent::NotAPerson
        } else {
            Agent::Unknown
        }
    }

    /// The agent of an event trigger: its direct agent, else the person
    /// the article's other triggers of that event are directly about, else
    /// the article's main person.
    fn agent(&self, trigger: Span, event: &str) -> Option<String> {
        match self.direct_agent(trigger) {
            Agent::Person(p) => Some(p),
            Agent::NotAPerson => None,
            Agent::Unknown => {
                // Another trigger of the event in the same sentence with a
                // person right next to it: "X a quitté Tokyo vendredi, au
                // terme d'un séjour entamé le 11 mars" (X's stay).
                let sentence = self.doc.sentence_of(trigger);
                let mut same: Vec<(usize, String)> = Vec::new();
                let in_sentence = sentence.map_or(&[][..], |s| {
                    starting_in(&self.ctx.events, |e| e.0.start, s.start, s.end)
                });
                for (span, _, e) in in_sentence {
                    if e.event == event
                        && *span != trigger
                        && sentence.is_some_and(|s| s.contains(*span))
                        && let Agent::Person(p) = self.direct_agent(*span)
                    {
                        let d = if span.end <= trigger.start {
                            trigger.start - span.end
                        } else {
                            span.start.saturating_sub(trigger.end)
                        };
                        same.push((d, p));
                    }
                }
                if let Some((_, p)) = same.into_iter().min() {
                    return Some(p);
                }
                if let Some(m) = self.majority.borrow().get(event) {
                    return m.clone().or_else(|| self.ctx.main.clone());
                }
                let mut counts: BTreeMap<String, usize> = BTreeMap::new();
                for (span, _, e) in &self.ctx.events {
                    if e.event == event
                        && let Agent::Person(p) = self.direct_agent(*span)
                    {
                        *counts.entry(p).or_default() += 1;
                    }
                }
                let m = counts
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                    .map(|(p, _)| p);
                self.majority
                    .borrow_mut()
                    .insert(event.to_string(), m.clone());
                m.or_else(|| self.ctx.main.clone())
            }
        }
    }

    /// Dates bound to event triggers: a visit's start and end, a meeting's day.
    fn event_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let ctx = self.ctx;
        let mut previous: Option<PartialDate> = None;
        let story_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(text, ctx));
        for (dspan, drule, d) in &ctx.dates {
            let resolved_any = self.resolve_for_previous(d, previous);
            let Some(sentence) = doc.sentence_of(*dspan) else {
                previous = resolved_any.or(previous);
                continue;
            };
            let in_sentence: Vec<&(Span, &str, EventMention)> =
                starting_in(&ctx.events, |e| e.0.start, sentence.start, sentence.end)
                    .iter()
                    .filter(|(s, _, _)| sentence.contains(*s))
                    .collect();
            let kind_of = |e: &EventMention| {
                doc.lang
                    .lexicon("event.kind")
                    .forms_of(&e.event)
                    .first()
                    .map_or("span", String::as_str)
                    .to_string()
            };
            let between = |a: Span, b: Span| {
                let (x, y) = if a.end <= b.start {
                    (a.end, b.start)
                } else {
                    (b.end, a.start.max(b.end))
                };
                &text[x.min(y)..y]
            };
            // Candidate triggers, nearest first.
            let mut cands: Vec<&&(Span, &str, EventMention)> = in_sentence.iter().collect();
            cands.sort_by_key(|(s, _, _)| {
                if s.end <= dspan.start {
                    dspan.start - s.end
                } else {
                    s.start.saturating_sub(dspan.end)
                }
            });
            // A plain date belongs to a trigger only when no other date
            // stands between them: in "arrivé le 3 mars pour une visite qui
            // doit s'achever le 6 mars" the 6th is not a second start.
            let date_between = |t: Span| {
                let (lo, hi) = if t.end <= dspan.start {
                    (t.end, dspan.start)
                } else {
                    (dspan.end, t.start)
                };
                starting_in(&ctx.dates, |d| d.0.start, lo, hi)
                    .iter()
                    .any(|(o, _, od)| o.start >= lo && o.end <= hi && od.is_day())
            };
            let mut bound = None;
            for c in cands {
                let (tspan, ev) = (c.0, &c.2);
                let span_kind = kind_of(ev) == "span";
                let gap = between(tspan, *dspan);
                let plain =
                    d.marker == Marker::Plain && !matches!(d.value, DateValue::Range { .. });
                // "a annoncé le 13 avril que X avait remporté l'élection":
                // a date before a complementizer is the reporting verb's,
                // not the reported event's.
                let reported = tspan.start >= dspan.end
                    && fold_key(gap)
                        .split(|c: char| !c.is_alphanumeric() && c != '\'')
                        .any(|w| {
                            // "qu'il": the elided form with its apostrophe.
                            let head = w.find('\'').map_or(w, |i| &w[..=i]);
                            is_word(doc, "grammar.complementizer", head)
                        });
                let ok = if plain {
                    !crosses_clause(gap)
                        && !reported
                        && gap.len() <= 80
                        && (!span_kind || ev.part != EventPart::Whole)
                        && !date_between(tspan)
                } else {
                    span_kind
                };
                if ok {
                    bound = Some(c);
                    break;
                }
            }
            let Some((tspan, trule, ev)) = bound.map(|c| (c.0, c.1, &c.2)) else {
                previous = resolved_any.or(previous);
                continue;
            };
            // Strikes and votes are nobody's: `event.agent` "none".
            let agentless = doc
                .lang
                .lexicon("event.agent")
                .forms_of(&ev.event)
                .iter()
                .any(|f| f == "none");
            // "Le festival, qui s'est achevé dimanche": a generic verb
            // with no event noun and no person as its subject is about
            // something else than the article's events.
            if ctx.unowned_generic.contains(&tspan)
                && !matches!(self.direct_agent(tspan), Agent::Person(_))
            {
                previous = resolved_any.or(previous);
                continue;
            }
            let agent = if agentless {
                None
            } else {
                match self.agent(tspan, &ev.event) {
                    Some(a) => Some(a),
                    None => {
                        previous = resolved_any.or(previous);
                        continue;
                    }
                }
            };
            let label = doc
                .lang
                .lexicon("event.label")
                .forms_of(&ev.event)
                .first()
                .cloned()
                .unwrap_or_else(|| ev.event.clone());
            let span_kind = kind_of(ev) == "span";
            // A visit is someone's; a meeting is between everyone the
            // sentence names (and the article's main person when it names
            // only one).
            let mut who: Vec<String> = agent.into_iter().collect();
            if !span_kind && !agentless {
                for (s, _, _, id) in ctx.people_in(sentence.start, sentence.end) {
                    if sentence.contains(s) && !who.iter().any(|w| w == id) {
                        who.push(id.to_string());
                    }
                }
                if let Some(m) = &ctx.main
                    && who.len() == 1
                    && !who.contains(m)
                {
                    who.push(m.clone());
                }
                who.sort();
            }
            let names: Vec<String> = who.iter().map(|w| ctx.display(w)).collect();
            let subject = if names.is_empty() {
                label.clone()
            } else {
                format!("{label} of {}", names.join(" and "))
            };
            let key = format!("{}:{}", ev.event, who.join("+"));
            let rule = format!("{drule}+{trule}");
            let mut parts: Vec<(&str, &DayExpr)> = Vec::new();
            match &d.value {
                DateValue::Range { start, end } => {
                    parts.push(("start", start));
                    parts.push(("end", end));
                }
                DateValue::Day { day } => {
                    let attr = if !span_kind {
                        "date"
                    } else {
                        match (d.marker, ev.part) {
                            (Marker::Since, _) => "start",
                            (Marker::Until, _) => "end",
                            (Marker::Plain, EventPart::Start) => "start",
                            (Marker::Plain, EventPart::End) => "end",
                            (Marker::Plain, EventPart::Whole) => "date",
                        }
                    };
                    parts.push((attr, day));
                }
                _ => {}
            }
            let mut last = None;
            for (attr, day) in parts {
                let direction = match (self.tense(tspan), attr) {
                    (Some(Tense::Past), _) => Direction::Past,
                    (Some(Tense::Future), _) => Direction::Future,
                    (None, "end") => Direction::Future,
                    (None, _) => Direction::Past,
                };
                let rctx = ResolveCtx {
                    anchor: self.anchor,
                    previous,
                    direction,
                };
                let Some(r) = resolve_day(day, &rctx) else {
                    continue;
                };
                // An event that is nobody's (a crash, an earthquake) dated in
                // another year than the article is an earlier one of its
                // type: "the 1997 crash in Guam" is not today's crash. An
                // undated article is of the latest year it names (a
                // history piece recalling 1983 is written after 2024).
                if agentless
                    && let (Some(y), Some(a)) = (r.date.year, story_year)
                    && y != a
                {
                    continue;
                }
                last = Some(r.date);
                let r = self.explain(day, *dspan, r);
                self.push(
                    (subject.clone(), key.clone()),
                    attr,
                    Value::Date(r.date),
                    *dspan,
                    &rule,
                    r.how,
                );
            }
            previous = last.or(resolved_any).or(previous);
        }
    }

    /// The tense of a trigger as written, from the `event.tense` lexicon,
    /// compared with its accents ("quitté" is past, "quitte" is not).
    fn tense(&self, trigger: Span) -> Option<Tense> {
        let norm = |w: &str| {
            w.to_lowercase()
                .replace(['\u{2019}', '\u{2bc}'], "'")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let written = norm(self.doc.slice(trigger));
        let lex = self.doc.lang.lexicon("event.tense");
        [("past", Tense::Past), ("future", Tense::Future)]
            .into_iter()
            .find(|(key, _)| lex.forms_of(key).iter().any(|f| norm(f) == written))
            .map(|(_, t)| t)
    }

    /// Say how a relative day was resolved, with the words as written and
    /// where the article's date comes from: "dimanche → 2025-06-22 (article
    /// dated 2025-06-23 (most recent date in the text))".
    fn explain(
        &self,
        day: &DayExpr,
        span: Span,
        r: crate::extract::date::Resolved,
    ) -> crate::extract::date::Resolved {
        let relative_to_anchor = matches!(day, DayExpr::Weekday { .. } | DayExpr::Relative { .. });
        match (&self.anchor_info, relative_to_anchor) {
            (Some(a), true) => crate::extract::date::Resolved {
                how: Some(format!(
                    "{} → {} (article dated {})",
                    self.doc.slice(span).trim(),
                    r.date,
                    a.describe()
                )),
                date: r.date,
            },
            _ => r,
        }
    }

    /// The day a date mention names, for "la veille" / "le lendemain" later on.
    fn resolve_for_previous(
        &self,
        d: &DateMention,
        previous: Option<PartialDate>,
    ) -> Option<PartialDate> {
        let day = match &d.value {
            DateValue::Day { day } => day,
            DateValue::Range { end, .. } => end,
            _ => return None,
        };
        let rctx = ResolveCtx {
            anchor: self.anchor,
            previous,
            direction: Direction::Past,
        };
        resolve_day(day, &rctx).map(|r| r.date)
    }

    /// "Wagner, déployé au Mali depuis 2021": an organisation or topic
    /// present since a year. The subject is the nearest organisation or topic
    /// before the year in its sentence, else the nearest after it; places are
    /// where, not what.
    fn since_claims(&mut self) {
        let doc = self.doc;
        let ctx = self.ctx;
        for (dspan, drule, d) in &ctx.dates {
            let (DateValue::Year { year }, Marker::Since) = (&d.value, d.marker) else {
                continue;
            };
            let Some(sentence) = doc.sentence_of(*dspan) else {
                continue;
            };
            let candidates =
                starting_in(&ctx.entities, |e| e.0.start, sentence.start, sentence.end)
                    .iter()
                    .filter(|(s, e)| e.entity_kind != EntityKind::Place && sentence.contains(*s));
            let before = candidates
                .clone()
                .filter(|(s, _)| s.end <= dspan.start)
                .max_by_key(|(s, _)| s.end);
            let after = candidates
                .filter(|(s, _)| s.start >= dspan.end)
                .min_by_key(|(s, _)| s.start);
            let Some((espan, e)) = before.or(after) else {
                continue;
            };
            // "la pire catastrophe depuis 2015", "la première visite depuis
            // 2012": a superlative says how rare something is, not since
            // when anything is present.
            let text = doc.text();
            let from = crate::text::floor_char_boundary(
                text,
                dspan.start.saturating_sub(80).max(sentence.start),
            );
            let lead = &text[from..dspan.start];
            let cut = lead
                .char_indices()
                .rfind(|(_, c)| [',', ';', ':', '(', '«', '»', '"', '“', '”'].contains(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let lead = &lead[cut..];
            let lead = fold_key(lead);
            let not = doc.lang.lexicon("since.not");
            let words: Vec<&str> = lead
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .collect();
            if words.iter().rev().take(8).any(|w| not.key_of(w).is_some()) {
                continue;
            }
            // "Sylvie Morel, déléguée CGT, qui travaille sur le site depuis
            // 2001": a person between the organisation and the year (or
            // a quote closing between them) is the one present since then.
            let (lo, hi) = if espan.end <= dspan.start {
                (espan.start, dspan.start)
            } else {
                (dspan.end, espan.end)
            };
            // "Sylvie Morel, coordinatrice de l'ONU, qui vit à Kandera
            // depuis 2008": an organisation as a complement after a named
            // person is the person's, and so is the year.
            let complement = is_word(
                doc,
                "grammar.preposition",
                &word_before_in(text, espan.start),
            ) && ctx
                .people_in(sentence.start, espan.start)
                .any(|(s, _, _, _)| s.start >= sentence.start && s.end <= espan.start);
            if complement
                || ctx.people_overlapping(lo, hi).next().is_some()
                || text[lo.min(hi)..hi].contains(['»', '"', '“', '”'])
            {
                continue;
            }
            let lex_name = match e.entity_kind {
                EntityKind::Org => "entity.org",
                EntityKind::Topic => "entity.topic",
                EntityKind::Place => "entity.place",
            };
            let subject = match e.entity_kind {
                EntityKind::Org => doc
                    .lang
                    .lexicon(lex_name)
                    .forms_of(&e.key)
                    .first()
                    .cloned()
                    .unwrap_or_else(|| e.key.clone()),
                _ => e.key.clone(),
            };
            self.push(
                (subject, format!("entity:{}", e.key)),
                "since",
                Value::Year(*year),
                *dspan,
                drule,
                None,
            );
        }
    }

    /// Birth years: "Né en 1968, le général Henri Valcourt…", "Awa Diarra,
    /// née le 3 mars 1975,". A date right after a `birth` word gives its
    /// year to the person named nearest to it in the sentence (within a few
    /// words, either side). Only the year is compared: a source that gives
    /// the day and one that gives the year agree when the years do.
    fn birth_claims(&mut self) {
        let doc = self.doc;
        let ctx = self.ctx;
        let text = doc.text();
        let born = doc.lang.lexicon("birth");
        if born.is_empty() {
            return;
        }
        for (dspan, drule, d) in &ctx.dates {
            let year = match &d.value {
                DateValue::Year { year } => Some(*year),
                DateValue::Day {
                    day: DayExpr::Date { year, .. },
                } => *year,
                _ => None,
            };
            let Some(year) = year else { continue };
            // "né en 1968" / "née le 3 mars 1975": the trigger ends at most
            // one word ("en", "le") before the date.
            let before = text[..dspan.start].trim_end();
            let cut = before.len().saturating_sub(12);
            let tail = &before[crate::text::floor_char_boundary(before, cut)..];
            let tail = fold_key(tail);
            let words: Vec<&str> = tail.split_whitespace().collect();
            let triggered = words.iter().rev().take(2).any(|w| {
                born.key_of(w.trim_matches(|c: char| !c.is_alphanumeric()))
                    .is_some()
            });
            if !triggered {
                continue;
            }
            let Some(sentence) = doc.sentence_of(*dspan) else {
                continue;
            };
            let near = |s: Span| {
                let (a, b) = if s.end <= dspan.start {
                    (s.end, dspan.start)
                } else {
                    (dspan.end, s.start)
                };
                sentence.contains(s) && a <= b && text[a..b].split_whitespace().count() <= 5
            };
            let owner = ctx
                .people_in(sentence.start, sentence.end)
                .filter(|(s, _, _, _)| near(*s))
                .min_by_key(|(s, _, _, _)| s.start.abs_diff(dspan.start));
            let Some((_, _, _, id)) = owner else { continue };
            self.push(
                (ctx.display(id), format!("person:{id}")),
                "birth year",
                Value::Year(year),
                *dspan,
                drule,
                None,
            );
        }
    }

    /// Counts of things: "au moins soixante chefs jihadistes". The counted
    /// noun is normalised through the `count.noun` lexicon, read from the
    /// noun on ("27 personnes ont été tuées", "31 morts" and "1 mort" are
    /// all deaths; "victimes" stays apart: victims may be injured). A count
    /// in a sentence that names another year than the article's ("En 2019,
    /// une crue avait fait 12 morts") is about an earlier event and claims
    /// nothing.
    fn count_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let reference_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(text, self.ctx));
        for (span, rule, q) in &self.ctx.quantities {
            let Measure::Count { noun } = &q.measure else {
                continue;
            };
            if noun.trim().is_empty() {
                continue;
            }
            if let Some(y) = reference_year
                && self.sentence_names_other_year(*span, y)
            {
                continue;
            }
            if self.count_is_part(*span, q.noun_span) || self.is_hypothetical(*span) {
                continue;
            }
            // "61 0747 votes": a group with a leading zero is a broken
            // number, not a count.
            let written = doc.slice(*span);
            if written.starts_with('0') && written[1..].starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            // Keyed folded ("coups d'etat"), shown as written ("coups d'État").
            let canonical = canonical_noun(doc, q.noun_span)
                .or_else(|| predicate_noun(doc, q.noun_span))
                .or_else(|| self.verb_before(*span, q.noun_span));
            if canonical.is_none() {
                let head = fold_key(doc.slice(q.noun_span));
                let head = head.split_whitespace().next().unwrap_or("");
                if doc.lang.lexicon("count.not_subject").key_of(head).is_some() {
                    continue;
                }
                // "the 177 recovered bodies": a participle is no noun.
                if forms(doc, "count.not_subject_suffix")
                    .iter()
                    .any(|s| head.len() > s.len() + 2 && head.ends_with(s.as_str()))
                {
                    continue;
                }
            }
            // A candidate's votes are the candidate's (see
            // `share_claims`); "575 222 voix" with no candidate next to it
            // is nobody's, and only the total of valid votes is a count.
            if let Some(c) = &canonical {
                let votes = doc.lang.lexicon("vote.count");
                let is = |k: &str| votes.forms_of(k).iter().any(|f| fold_key(f) == fold_key(c));
                if is("linked") && self.votes_beside_a_share(*span, q) {
                    continue;
                }
                if is("owned") {
                    // "Avec 58 874 voix, Oligui Nguema devance…": the
                    // candidate opens the main clause right after.
                    let after = &text[q.noun_span.end.max(span.end)..];
                    let comma = after.len() - after.trim_start().len();
                    let owner = after[comma..].strip_prefix(',').and_then(|rest| {
                        let at = q.noun_span.end.max(span.end) + comma + 1;
                        let head: String = rest.chars().take(40).collect();
                        let first_words =
                            head.split_whitespace().take(2).map(str::len).sum::<usize>() + 3;
                        self.ctx.people().find(|(s, _, _, _)| {
                            s.start >= at
                                && s.start <= at + first_words
                                && !text[at..s.start].contains([',', '.', ';'])
                        })
                    });
                    if let Some((_, _, _, id)) = owner {
                        let person =
                            self.staged((self.ctx.display(id), format!("person:{id}")), *span);
                        self.push(
                            person,
                            "votes",
                            Value::Quantity(q.quantity()),
                            *span,
                            rule,
                            None,
                        );
                    }
                    continue;
                }
            }
            let staged = Some(canonical.as_deref().unwrap_or(noun)).is_some_and(|c| {
                doc.lang
                    .lexicon("result.staged")
                    .forms_of("counts")
                    .iter()
                    .any(|f| fold_key(f) == fold_key(c))
            });
            let (display, key) = match canonical {
                Some(c) => (c.clone(), c),
                None => {
                    let written = doc.slice(q.noun_span).trim().to_lowercase();
                    let shown = if crate::text::fold_key(&written) == *noun {
                        written
                    } else {
                        noun.clone()
                    };
                    (shown, noun.clone())
                }
            };
            // Figures that differ by who counts ("selon la CGT"): the
            // source is part of the subject, and a bare number attributed
            // to another source right after counts the same thing.
            let attributed = doc.lang.lexicon("count.attributed");
            if attributed
                .forms_of("nouns")
                .iter()
                .any(|n| fold_key(n) == key)
            {
                let Some((who, who_key)) = self.attribution(*span) else {
                    self.push(
                        (display.clone(), format!("count:{key}")),
                        "count",
                        Value::Quantity(Quantity::new(q.value, q.qualifier)),
                        *span,
                        rule,
                        None,
                    );
                    continue;
                };
                self.push(
                    (
                        format!("{display} (according to {who})"),
                        format!("count@{who_key}:{key}"),
                    ),
                    "count",
                    Value::Quantity(Quantity::new(q.value, q.qualifier)),
                    *span,
                    rule,
                    None,
                );
                let Some(sentence) = doc.sentence_of(*span) else {
                    continue;
                };
                for (nspan, nrule, v) in
                    starting_in(&self.ctx.numbers, |n| n.0.start, span.end, sentence.end)
                {
                    if nspan.start < span.end || !sentence.contains(*nspan) {
                        continue;
                    }
                    let Some((who, who_key)) = self.attribution(*nspan) else {
                        continue;
                    };
                    // Right after the number: "368 000 selon la police".
                    let gap = &text[nspan.end..];
                    if !self.starts_with_source_word(gap) {
                        continue;
                    }
                    self.push(
                        (
                            format!("{display} (according to {who})"),
                            format!("count@{who_key}:{key}"),
                        ),
                        "count",
                        Value::Quantity(Quantity::new(*v, qualifier_before(doc, *nspan))),
                        *nspan,
                        nrule,
                        None,
                    );
                }
                continue;
            }
            let subject = (display, format!("count:{key}"));
            let subject = if staged {
                self.staged(subject, *span)
            } else {
                subject
            };
            self.push(
                subject,
                "count",
                Value::Quantity(Quantity::new(q.value, q.qualifier)),
                *span,
                rule,
                None,
            );
        }
    }

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
    fn measure_claims(&mut self) {
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
        let fold_all = |key: &str| -> Vec<String> {
            links.forms_of(key).iter().map(|f| fold_key(f)).collect()
        };
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
        for (measure, fspan) in found {
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
            if has_word("measure.not") {
                continue;
            }
            let mut qualifier = qualifier_before(doc, span);
            let subject = if attributed.key_of(&measure).is_some() {
                let Some((who, who_key)) = self.attribution(span).or_else(|| {
                    let lex = doc.lang.lexicon("count.source");
                    let sent = doc.slice(sentence);
                    let folded_sent = fold_key(sent);
                    lex.forms_of("by").iter().find_map(|f| {
                        let f = fold_key(f);
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
            self.push(
                subject,
                "value",
                Value::Quantity(Quantity::new(value, qualifier)),
                span,
                &format!("{}.measure.{}", doc.lang.code, slug_of(&measure)),
                None,
            );
        }
    }

    /// Regnal names: a name chosen by a pope or a monarch, a capitalised
    /// given name and a Roman numeral ("Léon XIV", "Charles III",
    /// "Jean-Paul Ier") within a few words after a `regnal.trigger` of its
    /// sentence ("a choisi le nom de", "pour nom de règne", "sous le nom
    /// de"). Keyed by the given name, so "Léon XIV" and "Léon XVI" in two
    /// articles disagree; without a trigger (a predecessor cited in
    /// passing: "Léon XIII") nothing is claimed.
    fn regnal_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let triggers = doc.lang.lexicon("regnal.trigger");
        if triggers.is_empty() {
            return;
        }
        // "the First" written as a numeral of its own ("Ier", "1er"):
        // `regnal.first`, shown as its first form.
        let first = doc.lang.lexicon("regnal.first");
        let first_shown = first
            .keys()
            .next()
            .and_then(|k| first.forms_of(k).first())
            .map_or("I", String::as_str);
        let regnal = lexicon_regex(
            doc,
            "regnal.first",
            r"\b(\p{Lu}[\p{L}-]*\p{L})\s+((?:[IVXL]{1,7}|{})\b)",
        )
        .or_else(|| Regex::new(r"\b(\p{Lu}[\p{L}-]*\p{L})\s+([IVXL]{1,7}\b)").ok());
        let Some(regnal) = regnal else { return };
        for c in regnal.captures_iter(text) {
            let (Some(name), Some(num)) = (c.get(1), c.get(2)) else {
                continue;
            };
            let is_first = first.forms_of("first").iter().any(|f| f == num.as_str());
            let numeral = if is_first { first_shown } else { num.as_str() };
            if !is_first && roman_value(numeral).is_none() {
                continue;
            }
            let span = Span::new(name.start(), num.end());
            let Some(sentence) = doc.sentence_of(span) else {
                continue;
            };
            let from = crate::text::floor_char_boundary(
                text,
                span.start.saturating_sub(60).max(sentence.start),
            );
            let before = fold_key(&text[from..span.start]);
            let words: Vec<&str> = before.split_whitespace().collect();
            let tail = words[words.len().saturating_sub(7)..].join(" ");
            let triggered = triggers.keys().flat_map(|k| triggers.forms_of(k)).any(|f| {
                let f = fold_key(f);
                tail.match_indices(f.as_str()).any(|(i, _)| {
                    tail[..i]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
                        && tail[i + f.len()..]
                            .chars()
                            .next()
                            .is_none_or(|c| !c.is_alphanumeric())
                })
            });
            if !triggered {
                continue;
            }
            let given = name.as_str();
            self.push(
                (
                    format!("regnal name {given}"),
                    format!("regnal:{}", fold_key(given)),
                ),
                "regnal name",
                Value::Text(format!("{given} {numeral}")),
                span,
                &format!("{}.claim.regnal-name", doc.lang.code),
                None,
            );
        }
    }

    /// Counts of a part of the area, in parentheses beside the place:
    /// "la plupart des morts ont été recensées à Al-Haouz (1.293) et à
    /// Taroudant (452)", "des morts (694) ont été recensées à Al-Haouz",
    /// "dans la province de Chichaoua (202)". The count is the sentence's
    /// count noun in that place (`count@in-<place>:<noun>`), never the
    /// national total. The place is the capitalised words right before
    /// the parenthesis (after "à", "de", "dans"…), or, for a number right
    /// after the noun, the first place after "à" in the clause.
    fn place_count_claims(&mut self) {
        static PLACE_BEFORE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
            Regex::new(r"(?:\b(?:a|à|de|d'|d’|du|dans|en|et)\s*|,\s*)((?:\p{Lu}[\p{L}'’-]*\p{L})(?:\s+\p{Lu}[\p{L}'’-]*\p{L}){0,2})\s*\($").unwrap()
        });
        static PLACE_AFTER: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
            Regex::new(r"^\)[^.;:,(]{0,40}?\b(?:à|a|dans)\s+(?:la\s+province\s+d(?:e\s+|')|la\s+r[ée]gion\s+d(?:e\s+|'))?((?:\p{Lu}[\p{L}'’-]*\p{L})(?:\s+\p{Lu}[\p{L}'’-]*\p{L}){0,2})").unwrap()
        });
        let doc = self.doc;
        let text = doc.text();
        let nouns = doc.lang.lexicon("count.noun");
        for (nspan, nrule, v) in &self.ctx.numbers {
            if !(text[..nspan.start].ends_with('(') && text[nspan.end..].starts_with(')')) {
                continue;
            }
            let Some(sentence) = doc.sentence_of(*nspan) else {
                continue;
            };
            let from = crate::text::floor_char_boundary(
                text,
                nspan.start.saturating_sub(60).max(sentence.start),
            );
            let before = &text[from..nspan.start];
            // The count noun: right before the parenthesis, or the first
            // one the sentence names before the number.
            let noun_before = {
                let b = before.trim_end_matches('(').trim_end();
                let last = b.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
                nouns.key_of(last).map(str::to_string)
            };
            let place = if noun_before.is_some() {
                PLACE_AFTER
                    .captures(&text[nspan.end..sentence.end])
                    .and_then(|c| c.get(1))
                    .map(|m| m.as_str().to_string())
            } else {
                PLACE_BEFORE
                    .captures(before)
                    .and_then(|c| c.get(1))
                    .map(|m| m.as_str().to_string())
            };
            let Some(place) = place else { continue };
            let noun = noun_before.or_else(|| {
                text[sentence.start..nspan.start]
                    .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
                    .find_map(|w| nouns.key_of(w).map(str::to_string))
            });
            let Some(noun) = noun else { continue };
            let place_key: String = fold_key(&place)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect();
            if place_key.is_empty() {
                continue;
            }
            self.push(
                (
                    format!("{noun} in {place}"),
                    format!("count@in-{place_key}:{noun}"),
                ),
                "count",
                Value::Quantity(Quantity::new(*v, qualifier_before(doc, *nspan))),
                *nspan,
                nrule,
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
    /// sentence, which keys it (`time:<subject>`). Sentences about a toll
    /// or an aftershock (`time.not`, `measure.not`) or naming another
    /// year claim nothing.
    fn time_claims(&mut self) {
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
            let from = crate::text::floor_char_boundary(
                text,
                span.start.saturating_sub(40).max(sentence.start),
            );
            let before = fold_key(&text[from..span.start]);
            let before = before.trim_end();
            let how = before_lex
                .keys()
                .flat_map(|k| before_lex.forms_of(k).iter().map(move |f| (k, fold_key(f))))
                .filter(|(_, f)| {
                    before.ends_with(f.as_str())
                        && before[..before.len() - f.len()]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric())
                })
                .max_by_key(|(_, f)| f.len())
                .map(|(k, _)| k);
            let Some(how) = how else { continue };
            let folded_sentence = fold_key(doc.slice(sentence));
            let has = |lex: &str| {
                doc.lang
                    .lexicon(lex)
                    .word_regex()
                    .is_some_and(|re| re.is_match(&folded_sentence))
            };
            if has("time.not") || has("measure.not") {
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
            let Some(m) = re.find_iter(&folded_sentence).min_by_key(distance) else {
                continue;
            };
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

    /// Key figures written as a label, a colon and a number, in lists and
    /// tables of results ("Inscrits : 908 916 ; votants : 636 606",
    /// "- Blessés : 1 404"): the label must be a whole `count.noun` form.
    fn label_count_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let nouns = doc.lang.lexicon("count.noun");
        let staged = doc.lang.lexicon("result.staged");
        for (nspan, nrule, v) in &self.ctx.numbers {
            let from = crate::text::floor_char_boundary(text, nspan.start.saturating_sub(60));
            let before = &text[from..nspan.start];
            let Some(label) = before.trim_end().strip_suffix(':') else {
                continue;
            };
            let cut = label
                .rfind(['\n', ';', '.', '(', '"', '“', '«', '•', ','])
                .map_or(0, |i| {
                    i + label[i..].chars().next().map_or(1, char::len_utf8)
                });
            let label = label[cut..]
                .trim()
                .trim_start_matches(['-', '–', '—', '*', '•'])
                .trim();
            if label.is_empty() || label.split_whitespace().count() > 5 {
                continue;
            }
            let Some(key) = nouns.key_of(label) else {
                continue;
            };
            let subject = (key.to_string(), format!("count:{key}"));
            let subject = if staged
                .forms_of("counts")
                .iter()
                .any(|f| fold_key(f) == fold_key(key))
            {
                self.staged(subject, *nspan)
            } else {
                subject
            };
            if doc
                .lang
                .lexicon("vote.count")
                .forms_of("owned")
                .iter()
                .any(|f| fold_key(f) == fold_key(key))
            {
                continue;
            }
            self.push(
                subject,
                "count",
                Value::Quantity(Quantity::new(*v, crate::value::Qualifier::Exact)),
                *nspan,
                nrule,
                None,
            );
        }
    }

    /// Records: "le cyclone le plus violent que l'île ait connu depuis 90
    /// ans", "la crue la plus forte depuis 1910", "the strongest storm in
    /// 40 years". A sentence with a `record.superlative` form and a
    /// `record.subject` noun, and a number of years right after a
    /// `record.since` word (qualifier skipped) or a "depuis YEAR" date,
    /// claims how many years the record spans, about the subject
    /// ("record:cyclone"). A year becomes a number of years with the
    /// article's date; without one it claims nothing.
    fn record_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let subjects = doc.lang.lexicon("record.subject");
        let (Some(subject_re), Some(superlative_re)) = (
            subjects.word_regex(),
            doc.lang.lexicon("record.superlative").word_regex(),
        ) else {
            return;
        };
        let since = forms(doc, "record.since");
        let ends_with_since = |before: &str| {
            since.iter().any(|f| {
                before.ends_with(f.as_str())
                    && before[..before.len() - f.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
        };
        let mut spans: Vec<(Span, &str, f64, crate::value::Qualifier)> = Vec::new();
        for (qspan, rule, q) in &self.ctx.quantities {
            if matches!(&q.measure, Measure::Duration { unit } if unit == "an")
                && ends_with_since(&self.words_before_number(*qspan, 40))
            {
                spans.push((*qspan, rule, q.value, q.qualifier));
            }
        }
        if let Some(anchor) = self.anchor {
            for (dspan, rule, d) in &self.ctx.dates {
                if let (Marker::Since, DateValue::Year { year }) = (d.marker, &d.value)
                    && *year < anchor.year()
                {
                    let years = f64::from(anchor.year() - year);
                    spans.push((*dspan, rule, years, crate::value::Qualifier::Exact));
                }
            }
        }
        for (span, rule, years, qualifier) in spans {
            let Some(sentence) = doc.sentence_of(span) else {
                continue;
            };
            let folded = fold_key(&text[sentence.start..span.start.max(sentence.start)]);
            if !superlative_re.is_match(&folded) {
                continue;
            }
            let Some(what) = subject_re
                .find_iter(&folded)
                .last()
                .and_then(|m| subjects.key_of(m.as_str()))
            else {
                continue;
            };
            self.push(
                (format!("{what} (record)"), format!("record:{what}")),
                "years-since",
                Value::Quantity(Quantity::new(years, qualifier)),
                span,
                &format!("{}.claim.record+{rule}", doc.lang.code),
                None,
            );
        }
    }

    /// Dates of named events recalled for comparison: "le cyclone Kamisy
    /// d'avril 1984", "le séisme d'Agadir en 1960", "la tempête Xynthia de
    /// février 2010". A `record.subject` noun, a capitalised name (after an
    /// `of` word or not), and a `named.link` word right before a year or a
    /// month and year: the event is keyed by its name ("named:kamisy") and
    /// claims its year, and its month when given (each compared at the
    /// granularity the article states).
    fn named_event_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let nouns = doc.lang.lexicon("record.subject");
        let links = doc.lang.lexicon("named.link");
        let of = doc.lang.lexicon("grammar.of");
        let months = doc.lang.lexicon("month");
        if nouns.is_empty() || links.is_empty() {
            return;
        }
        let is_in = |lex: &crate::rules::Lexicon, w: &str| -> bool {
            let w = fold_key(w);
            !w.is_empty() && (lex.key_of(&w).is_some() || lex.key_of(&format!("{w}'")).is_some())
        };
        for (dspan, rule, d) in &self.ctx.dates {
            let (year, month) = match &d.value {
                DateValue::Year { year } => (*year, None),
                DateValue::Period {
                    period:
                        crate::extract::date::Period::Month {
                            month,
                            year: crate::extract::date::YearRef::Known { year },
                        },
                } => (*year, Some(*month)),
                _ => continue,
            };
            let Some(sentence) = doc.sentence_of(*dspan) else {
                continue;
            };
            let from = crate::text::floor_char_boundary(
                text,
                dspan.start.saturating_sub(80).max(sentence.start),
            );
            let before = &text[from..dspan.start.max(from)];
            let mut words: Vec<&str> = before
                .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                .filter(|w| !w.is_empty())
                .collect();
            // The link word right before the date ("d'", "de", "en").
            if !words.last().is_some_and(|w| is_in(links, w)) {
                continue;
            }
            words.pop();
            let Some(name) = words.pop() else { continue };
            if !name.starts_with(char::is_uppercase)
                || !name.chars().all(|c| c.is_alphabetic() || c == '-')
                || months.key_of(&fold_key(name)).is_some()
            {
                continue;
            }
            if words.last().is_some_and(|w| is_in(of, w)) {
                words.pop();
            }
            let tail = fold_key(&words[words.len().saturating_sub(3)..].join(" "));
            let Some(noun) = nouns
                .keys()
                .flat_map(|k| nouns.forms_of(k).iter().map(move |f| (k, fold_key(f))))
                .filter(|(_, f)| {
                    tail.ends_with(f.as_str())
                        && tail[..tail.len() - f.len()]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric())
                })
                .max_by_key(|(_, f)| f.len())
                .map(|(k, _)| k)
            else {
                continue;
            };
            let key = format!("named:{}", fold_key(name));
            let display = format!("{noun} {name}");
            let rule = format!("{}.claim.named-event+{rule}", doc.lang.code);
            self.push(
                (display.clone(), key.clone()),
                "year",
                Value::Year(year),
                *dspan,
                &rule,
                None,
            );
            if let Some(m) = month {
                self.push(
                    (display, key),
                    "month",
                    Value::Text(format!("{year}-{m:02}")),
                    *dspan,
                    &rule,
                    None,
                );
            }
        }
    }

    /// A bare number whose predicate says what it counts
    /// (`count.predicate`): "quand 1204 ont été blessées", "31 ont péri",
    /// "and 12 were injured". The subject noun is left implied (it is the
    /// toll's people); a part ("dont 9 ont été…"), a projection or a
    /// sentence about another year claims nothing.
    fn predicate_count_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let lex = doc.lang.lexicon("count.predicate");
        if lex.is_empty() {
            return;
        }
        let reference_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(text, self.ctx));
        for (nspan, rule, value) in &self.ctx.numbers {
            if value.fract() != 0.0 || *value < 1.0 {
                continue;
            }
            let to = crate::text::floor_char_boundary(text, (nspan.end + 60).min(text.len()));
            let raw = &text[nspan.end..to];
            if !raw.starts_with(char::is_whitespace) {
                continue;
            }
            let after = fold_key(raw);
            let found = lex
                .keys()
                .flat_map(|k| lex.forms_of(k).iter().map(move |f| (k, fold_key(f))))
                .filter(|(_, f)| {
                    after
                        .strip_prefix(f.as_str())
                        .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
                })
                .max_by_key(|(_, f)| f.len())
                .map(|(k, _)| k.to_string())
                // "a tué 31 personnes et blessé 1 373 autres": a generic
                // word after the number, the verb before it.
                .or_else(|| {
                    let head = after.split(|c: char| !c.is_alphanumeric()).next()?;
                    (doc.lang.lexicon("count.not_subject").key_of(head) == Some("generic"))
                        .then(|| self.verb_key_before(*nspan))
                        .flatten()
                });
            let Some(key) = found else { continue };
            if self.count_is_part(*nspan, *nspan) || self.is_hypothetical(*nspan) {
                continue;
            }
            if let Some(y) = reference_year
                && self.sentence_names_other_year(*nspan, y)
            {
                continue;
            }
            self.push(
                (key.to_string(), format!("count:{key}")),
                "count",
                Value::Quantity(Quantity::new(*value, qualifier_before(doc, *nspan))),
                *nspan,
                rule,
                None,
            );
        }
    }

    /// The canonical noun a verb right before a count of generic people
    /// gives it (`count.verb_before`): "killed 179 people", "killing at
    /// least 17 people" count the dead. Only for nouns of
    /// `count.not_subject` (people, persons), which say nothing themselves.
    fn verb_before(&self, span: Span, noun: Span) -> Option<String> {
        let doc = self.doc;
        let head = fold_key(doc.slice(noun));
        let head = head.split_whitespace().next().unwrap_or("");
        if doc.lang.lexicon("count.not_subject").key_of(head) != Some("generic") {
            return None;
        }
        self.verb_key_before(span)
    }

    /// The `count.verb_before` key whose form ends the words before the
    /// number at `span` ("a tué", "blessé", "la mort de").
    fn verb_key_before(&self, span: Span) -> Option<String> {
        let doc = self.doc;
        let before = self.words_before_number(span, 40);
        let lex = doc.lang.lexicon("count.verb_before");
        lex.keys()
            .flat_map(|k| lex.forms_of(k).iter().map(move |f| (k, fold_key(f))))
            .filter(|(_, f)| {
                before.ends_with(f.as_str())
                    && before[..before.len() - f.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
            .max_by_key(|(_, f)| f.len())
            .map(|(k, _)| k.to_string())
    }

    /// The folded text of the `n` bytes before a number, in its sentence,
    /// with the qualifier right before the number left out ("killed at
    /// least" → "killed").
    fn words_before_number(&self, span: Span, n: usize) -> String {
        let doc = self.doc;
        let text = doc.text();
        let start = doc.sentence_of(span).map_or(0, |s| s.start.min(span.start));
        let from = crate::text::floor_char_boundary(text, span.start.saturating_sub(n).max(start));
        let mut before = fold_key(&text[from..span.start]).trim_end().to_string();
        let qualifier = doc.lang.lexicon("qualifier");
        for key in qualifier.keys() {
            for f in qualifier.forms_of(key) {
                let f = fold_key(f);
                if let Some(b) = before.strip_suffix(f.as_str())
                    && b.chars().next_back().is_none_or(|c| !c.is_alphanumeric())
                {
                    before = b.trim_end().to_string();
                }
            }
        }
        before
    }

    /// Whether the clause of `span` says the figure is a projection or a
    /// fear rather than a count (`count.hypothetical`: "the toll could
    /// exceed 10,000", "pourrait dépasser").
    fn is_hypothetical(&self, span: Span) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let Some(sentence) = doc.sentence_of(span) else {
            return false;
        };
        let before = &text[sentence.start.min(span.start)..span.start];
        let before = &before[before.rfind([',', ';', ':', '(']).map_or(0, |i| i + 1)..];
        let after = &text[span.end..sentence.end.max(span.end)];
        let after = &after[..after.find([',', ';', ':', '(']).unwrap_or(after.len())];
        let clause = fold_key(&format!("{before} {after}"));
        clause
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
            .any(|w| is_word(doc, "count.hypothetical", w))
    }

    /// Tolls written as a noun then a bare number in its clause
    /// (`count.toll`), linked by a `count.toll_link` word: "the death toll
    /// rose to 179", "the toll during this year's Hajj reached 1,301", "a
    /// death toll of 144". The number counts the toll's canonical noun; a
    /// sentence about another year or a projection ("could exceed")
    /// claims nothing.
    fn toll_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let lex = doc.lang.lexicon("count.toll");
        if lex.is_empty() {
            return;
        }
        let links = forms(doc, "count.toll_link");
        let reference_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(text, self.ctx));
        for (nspan, rule, value) in &self.ctx.numbers {
            if value.fract() != 0.0 || *value < 1.0 || self.is_hypothetical(*nspan) {
                continue;
            }
            let Some(sentence) = doc.sentence_of(*nspan) else {
                continue;
            };
            let from = crate::text::floor_char_boundary(
                text,
                nspan
                    .start
                    .saturating_sub(90)
                    .max(sentence.start)
                    .min(nspan.start),
            );
            let clause = &text[from..nspan.start];
            let clause = &clause[clause.rfind([',', ';', ':', '(', '.']).map_or(0, |i| i + 1)..];
            let clause = fold_key(clause);
            // The toll noun, the nearest to the number, then at most eight
            // words and no other number before it.
            let found = lex
                .keys()
                .flat_map(|k| lex.forms_of(k).iter().map(move |f| (k, fold_key(f))))
                .filter_map(|(k, f)| {
                    let i = clause
                        .match_indices(f.as_str())
                        .map(|(i, _)| i)
                        .find(|&i| {
                            clause[..i]
                                .chars()
                                .next_back()
                                .is_none_or(|c| !c.is_alphanumeric())
                                && clause[i + f.len()..]
                                    .chars()
                                    .next()
                                    .is_none_or(|c| !c.is_alphanumeric())
                        })?;
                    let gap = clause[i + f.len()..].trim_end();
                    let linked = links.iter().any(|l| {
                        gap.strip_suffix(l.as_str()).is_some_and(|g| {
                            g.chars().next_back().is_none_or(|c| !c.is_alphanumeric())
                        })
                    });
                    (linked
                        && gap.split_whitespace().count() <= 8
                        && !gap.chars().any(|c| c.is_ascii_digit()))
                    .then_some((i + f.len(), k))
                })
                .max_by_key(|(end, _)| *end);
            let Some((_, key)) = found else { continue };
            if let Some(y) = reference_year
                && self.sentence_names_other_year(*nspan, y)
            {
                continue;
            }
            self.push(
                (key.to_string(), format!("count:{key}")),
                "count",
                Value::Quantity(Quantity::new(*value, qualifier_before(doc, *nspan))),
                *nspan,
                rule,
                None,
            );
        }
    }

    /// Whether the count at `span` (noun at `noun`) is a part of another
    /// or not a count at all: "dont 450 emplois", "450 emplois sur les
    /// 1 200", a score ("3-1", "2-1 face à"). Words from `count.part`.
    fn count_is_part(&self, span: Span, noun: Span) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let lex = doc.lang.lexicon("count.part");
        let from = crate::text::floor_char_boundary(text, span.start.saturating_sub(40));
        let raw_before = &text[from..span.start];
        // A score: a digit and a hyphen right before ("3-1"), or a hyphen
        // and a digit right after the number ("1-0"), written tight (a
        // dateline's "2024 – Quatorze" is no score).
        if raw_before
            .strip_suffix('-')
            .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
            || text[span.start..]
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .strip_prefix('-')
                .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()))
        {
            return true;
        }
        let before = fold_key(raw_before);
        let before = before.trim_end();
        let qualifier = doc.lang.lexicon("qualifier");
        let mut before = before.to_string();
        // "dont au moins 9": the qualifier is skipped.
        for key in qualifier.keys() {
            for f in qualifier.forms_of(key) {
                let f = fold_key(f);
                if let Some(b) = before.strip_suffix(f.as_str()) {
                    before = b.trim_end().to_string();
                }
            }
        }
        let ends_with_word = |hay: &str, f: &str| {
            hay.ends_with(f)
                && hay[..hay.len() - f.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        };
        if lex
            .forms_of("before")
            .iter()
            .any(|f| ends_with_word(&before, &fold_key(f)))
        {
            return true;
        }
        let to = crate::text::floor_char_boundary(text, (noun.end + 40).min(text.len()));
        let after = fold_key(&text[noun.end.max(span.end).min(to)..to]);
        let after = after.trim_start();
        lex.forms_of("after").iter().any(|f| {
            let f = fold_key(f);
            after.strip_prefix(f.as_str()).is_some_and(|rest| {
                rest.starts_with(' ') && rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
            })
        })
    }

    /// Whether `text` starts (after spaces and a comma) with a
    /// `count.source` word ("selon", "d'après").
    fn starts_with_source_word(&self, text: &str) -> bool {
        let head: String = text.chars().take(40).collect();
        let head = fold_key(head.trim_start_matches([' ', ',']));
        self.doc
            .lang
            .lexicon("count.source")
            .forms_of("by")
            .iter()
            .map(|f| fold_key(f))
            .any(|f| {
                head.starts_with(&f)
                    && head[f.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
    }

    /// Who a count at `at` is attributed to: a `count.source` word after
    /// it in its clause, before the next number ("368 000 manifestants
    /// selon le ministère de l'Intérieur"), or opening its sentence
    /// ("Selon la CGT, 1,2 million…"), or a `count.source_verb` right
    /// before it ("la préfecture a compté 12 000 manifestants"). The source
    /// is a known organisation's key, else its first words.
    fn attribution(&self, at: Span) -> Option<(String, String)> {
        let doc = self.doc;
        let text = doc.text();
        let sentence = doc.sentence_of(at)?;
        // Elided articles ("l'"), dropped from the front of a source's name.
        let elided: Vec<String> = forms(doc, "grammar.article")
            .into_iter()
            .filter(|a| a.ends_with('\''))
            .collect();
        let lex = doc.lang.lexicon("count.source");
        let forms: Vec<String> = lex.forms_of("by").iter().map(|f| fold_key(f)).collect();
        let word_at = |hay: &str, f: &str| -> Option<usize> {
            hay.match_indices(f).map(|(i, _)| i).find(|&i| {
                hay[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
                    && hay[i + f.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
        };
        // The words after a source word, as a folded phrase.
        let after_word = |phrase: &str| -> Option<String> {
            let folded = fold_key(phrase);
            let start = forms
                .iter()
                .filter_map(|f| word_at(&folded, f).map(|i| i + f.len()))
                .min()?;
            Some(folded[start..].to_string())
        };
        let next_number = starting_in(&self.ctx.numbers, |n| n.0.start, at.end, sentence.end)
            .iter()
            .map(|(s, _, _)| s.start)
            .chain(
                starting_in(&self.ctx.quantities, |q| q.0.start, at.end, sentence.end)
                    .iter()
                    .map(|(s, _, _)| s.start),
            )
            .filter(|&s| s >= at.end && s < sentence.end)
            .min()
            .unwrap_or(sentence.end);
        let after = &text[at.end..next_number.max(at.end)];
        let after = &after[..after.find([';', ':', '(']).unwrap_or(after.len())];
        let before = &text[sentence.start..at.start];
        let clause_before = &before[before.rfind([',', ';', ':']).map_or(0, |i| i + 1)..];
        let verbs = doc.lang.lexicon("count.source_verb");
        let source: String = if let Some(rest) = after_word(after) {
            rest
        } else if let Some(rest) = {
            let trimmed = before.trim_start();
            let first = fold_key(trimmed.split_whitespace().next().unwrap_or(""));
            (forms.contains(&first))
                .then(|| trimmed.find(',').map(|e| &trimmed[..e]))
                .flatten()
                .and_then(after_word)
        } {
            rest
        } else {
            // "la préfecture a compté": the words before the verb.
            let folded = fold_key(clause_before);
            let verb = verbs
                .forms_of("counted")
                .iter()
                .map(|f| fold_key(f))
                .filter(|f| folded.ends_with(f.as_str()))
                .max_by_key(String::len)?;
            let head = folded[..folded.len() - verb.len()].trim_end();
            let words: Vec<&str> = head.split_whitespace().collect();
            let from = words
                .iter()
                .rposition(|w| {
                    is_word(doc, "grammar.article", w)
                        || elided
                            .iter()
                            .any(|a| w.starts_with(a.as_str()) && w.len() > a.len())
                })
                .unwrap_or(0);
            let mut ws: Vec<String> = words[from..].iter().map(|w| w.to_string()).collect();
            if let Some(w) = ws.first_mut()
                && let Some(a) = elided
                    .iter()
                    .find(|a| w.starts_with(a.as_str()) && w.len() > a.len())
            {
                *w = w[a.len()..].to_string();
            }
            ws.join(" ")
        };
        self.source_named(&source)
    }

    /// The source a phrase names (the words after "selon"): a known
    /// organisation's key, else its first words (articles dropped).
    fn source_named(&self, source: &str) -> Option<(String, String)> {
        let doc = self.doc;
        let elided: Vec<String> = forms(doc, "grammar.article")
            .into_iter()
            .filter(|a| a.ends_with('\''))
            .collect();
        // Up to punctuation or a conjunction; leading articles dropped.
        let source = source
            .split([',', ';', '.', ':', '(', ')', '«', '»', '"'])
            .next()
            .unwrap_or("");
        let mut words: Vec<&str> = source.split_whitespace().collect();
        if let Some(i) = words.iter().position(|w| {
            is_word(doc, "grammar.conjunction", w) || w.chars().any(|c| c.is_ascii_digit())
        }) {
            words.truncate(i);
        }
        while let Some(first) = words.first() {
            if is_word(doc, "grammar.article", first) || is_word(doc, "grammar.of", first) {
                words.remove(0);
            } else {
                break;
            }
        }
        let mut words: Vec<String> = words.iter().take(5).map(|w| w.to_string()).collect();
        if let Some(w) = words.first_mut()
            && let Some(a) = elided
                .iter()
                .find(|a| w.starts_with(a.as_str()) && w.len() > a.len())
        {
            *w = w[a.len()..].to_string();
        }
        if words.is_empty() {
            return None;
        }
        let org = doc.lang.lexicon("entity.org");
        // The longest known organisation the words start with.
        let known = (1..=words.len())
            .rev()
            .find_map(|n| org.key_of(&words[..n].join(" ")));
        let written = words.join(" ");
        let key = known.map_or_else(|| written.clone(), str::to_string);
        let shown = known
            .and_then(|k| org.forms_of(k).first().cloned())
            .unwrap_or(written);
        Some((shown, key))
    }

    /// Prison sentences: a number of years or months right after a
    /// `sentence.verb` word ("condamné vendredi à 15 ans de réclusion",
    /// "le parquet a requis 18 ans") is the sentence given (`sentence`) or
    /// asked for (`requested-sentence`) of the person the sentence names
    /// nearest the verb, lawyers, prosecutors and judges
    /// (`sentence.not_owner`) left out. Nobody named: no claim.
    fn sentence_claims(&mut self) {
        let doc = self.doc;
        let ctx = self.ctx;
        let text = doc.text();
        let verbs = doc.lang.lexicon("sentence.verb");
        if verbs.is_empty() {
            return;
        }
        let not_owner = doc.lang.lexicon("sentence.not_owner");
        let reference_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(text, self.ctx));
        // People introduced anywhere as lawyers, prosecutors or judges.
        let legal: HashSet<&str> = ctx
            .people()
            .filter(|(s, _, p, _)| {
                let written = fold_key(doc.slice(*s));
                let title = written.strip_suffix(&fold_key(&p.name)).unwrap_or("");
                not_owner.forms_of("legal").iter().any(|f| {
                    let f = fold_key(f);
                    title.split_whitespace().any(|w| w == f) || title.trim().starts_with(&f)
                })
            })
            .map(|(_, _, _, id)| id)
            .collect();
        for (qspan, rule, q) in &ctx.quantities {
            let Measure::Duration { unit } = &q.measure else {
                continue;
            };
            let years = match unit.as_str() {
                "an" => q.value,
                "mois" => q.value / 12.0,
                _ => continue,
            };
            let Some(sentence) = doc.sentence_of(*qspan) else {
                continue;
            };
            // "En 2018, il avait été condamné à 18 mois": an earlier sentence.
            if let Some(y) = reference_year
                && self.sentence_names_other_year(*qspan, y)
            {
                continue;
            }
            // "4 ans de prison, dont 2 ans avec sursis": a part of it.
            if self.count_is_part(*qspan, *qspan) {
                continue;
            }
            // The verb: within six words before the number, same clause.
            let from = crate::text::floor_char_boundary(
                text,
                qspan.start.saturating_sub(80).max(sentence.start),
            );
            let before = &text[from..qspan.start];
            let cut = before.rfind([';', ':', '.', '(']).map_or(0, |i| i + 1);
            let before = &before[cut..];
            let words: Vec<String> = before
                .split_whitespace()
                .rev()
                .take(6)
                .map(fold_key)
                .collect();
            let mut attr = None;
            let mut verb_at = qspan.start;
            for (i, w) in words.iter().enumerate() {
                // "l'a condamné": the elided pronoun is not the verb.
                let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
                let w = w.rsplit('\'').next().unwrap_or(w);
                let two = words
                    .get(i + 1)
                    .map(|p| format!("{p} {w}"))
                    .unwrap_or_default();
                if let Some(k) = verbs.key_of(&two).or_else(|| verbs.key_of(w)) {
                    attr = Some(k.to_string());
                    // Approximate position of the verb, for the nearest person.
                    let n: usize = words[..=i].iter().map(|w| w.len() + 1).sum();
                    verb_at = qspan.start.saturating_sub(n);
                    break;
                }
            }
            let Some(attr) = attr else { continue };
            let owner = ctx
                .people_in(sentence.start, sentence.end)
                .filter(|(s, _, _, id)| sentence.contains(*s) && !legal.contains(id))
                .min_by_key(|(s, _, _, _)| {
                    if s.end <= verb_at {
                        verb_at - s.end
                    } else {
                        s.start.saturating_sub(verb_at)
                    }
                });
            let Some((_, _, _, id)) = owner else { continue };
            self.push(
                (ctx.display(id), format!("person:{id}")),
                &attr,
                Value::Quantity(Quantity::new(years, q.qualifier)),
                *qspan,
                rule,
                None,
            );
        }
    }

    /// Percentages with a clear subject: what a `share.subject` word right
    /// before measures ("un taux de participation de 61 %"), or the vote
    /// share of a person named right before with a `share.verb` ("Hélène
    /// Varga a obtenu 52,3 %"). Polls (`share.not`) and sentences about
    /// another year's vote claim nothing.
    fn share_claims(&mut self) {
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
            l.keys()
                .flat_map(|k| l.forms_of(k).iter().map(move |f| (k, fold_key(f))))
                .find(|(_, f)| {
                    hay.match_indices(f.as_str()).any(|(i, _)| {
                        hay[..i]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric())
                            && hay[i + f.len()..]
                                .chars()
                                .next()
                                .is_none_or(|c| !c.is_alphanumeric())
                    })
                })
                .map(|(k, _)| k.to_string())
        };
        for (pspan, rule, value) in &ctx.percents {
            let Some(sentence) = doc.sentence_of(*pspan) else {
                continue;
            };
            if has_form("share.not", &text[sentence.start..sentence.end]).is_some() {
                continue;
            }
            if let Some(y) = reference_year
                && self.sentence_names_other_year(*pspan, y)
            {
                continue;
            }
            let value = Value::Quantity(Quantity::new(*value, qualifier_before(doc, *pspan)));
            // The words just before, in the clause.
            let from = crate::text::floor_char_boundary(
                text,
                pspan.start.saturating_sub(70).max(sentence.start),
            );
            let before = &text[from..pspan.start];
            let before = &before[before.rfind([',', ';', ':', '(']).map_or(0, |i| i + 1)..];
            let subject_lex = doc.lang.lexicon("share.subject");
            let mut subject = None;
            for key in subject_lex.keys() {
                for form in subject_lex.forms_of(key) {
                    let f = fold_key(form);
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

    /// Whether the count at `qspan` is a number of votes (`vote.count`
    /// `linked` nouns) written right next to the share at `pspan`, joined by
    /// "soit", a parenthesis or nothing at all: then it is the same
    /// candidate's votes.
    fn votes_next_to_share(&self, qspan: Span, q: &QuantityMention, pspan: Span) -> bool {
        let doc = self.doc;
        let Measure::Count { .. } = &q.measure else {
            return false;
        };
        let Some(noun) = canonical_noun(doc, q.noun_span) else {
            return false;
        };
        let lex = doc.lang.lexicon("vote.count");
        if !lex
            .forms_of("linked")
            .iter()
            .any(|f| fold_key(f) == fold_key(&noun))
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
            || lex.forms_of("joiner").iter().any(|f| {
                gap.split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == fold_key(f))
            })
    }

    /// Whether a number of votes at `qspan` sits next to any share of the
    /// article (then [`Self::share_claims`] gives it to the candidate, or to
    /// nobody).
    fn votes_beside_a_share(&self, qspan: Span, q: &QuantityMention) -> bool {
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
    fn staged(&self, (display, key): (String, String), at: Span) -> (String, String) {
        let doc = self.doc;
        let lex = doc.lang.lexicon("result.stage");
        if lex.is_empty() {
            return (display, key);
        }
        let folded = &doc.folded.text;
        let find_all = |hay: &str, offset: usize| -> Vec<(usize, String)> {
            let hay = hay.to_lowercase();
            let mut found = Vec::new();
            for k in lex.keys() {
                for f in lex.forms_of(k) {
                    let f = fold_key(f);
                    for (i, _) in hay.match_indices(f.as_str()) {
                        let ok = hay[..i]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric())
                            && hay[i + f.len()..]
                                .chars()
                                .next()
                                .is_none_or(|c| !c.is_alphanumeric());
                        if ok {
                            found.push((offset + i, k.to_string()));
                        }
                    }
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

    /// Whether the sentence of `span` holds a plain date mention with a year
    /// other than `year`, or the sentences before it in its paragraph (line)
    /// name years and none is `year`.
    fn sentence_names_other_year(&self, span: Span, year: i32) -> bool {
        let Some(sentence) = self.doc.sentence_of(span) else {
            return false;
        };
        // "depuis 2019" says how long something lasts up to now, not when.
        let years_in = |part: Span| -> Vec<i32> {
            starting_in(&self.ctx.dates, |d| d.0.start, part.start, part.end)
                .iter()
                .filter(|(dspan, _, d)| part.contains(*dspan) && d.marker == Marker::Plain)
                .flat_map(|(dspan, _, _)| {
                    YEAR.find_iter(self.doc.slice(*dspan))
                        .filter_map(|m| m.as_str().parse::<i32>().ok())
                })
                .collect()
        };
        let own = years_in(sentence);
        if own.iter().any(|y| *y != year) {
            return true;
        }
        // A sentence naming the year itself is of that time, whatever the
        // sentences before it recall ("…le coup d'État du 30 août 2023. Le
        // 12 avril 2025, 920 200 électeurs…").
        if !own.is_empty() {
            return false;
        }
        // A paragraph whose earlier sentences name only other years is
        // still about that time: "In 1997, a Korean Air jet crashed in
        // Guam. All 228 people on board were killed."
        let paragraph = crate::text::line_span(self.doc.text(), span.start);
        let years = years_in(Span::new(
            paragraph.start,
            sentence.start.max(paragraph.start),
        ));
        !years.is_empty() && !years.contains(&year)
    }

    /// Dates that do not exist, and weekdays that contradict their date.
    fn date_checks(&mut self) {
        let doc = self.doc;
        for (span, rule, d) in &self.ctx.dates {
            let written = doc.slice(*span).to_string();
            if let Some(why) = &d.invalid {
                self.inconsistency(
                    *span,
                    rule,
                    &written,
                    "invalid-date",
                    format!("{written:?} is not a real date: {why}"),
                );
                continue;
            }
            let days: Vec<&DayExpr> = match &d.value {
                DateValue::Day { day } => vec![day],
                DateValue::Range { start, end } => vec![start, end],
                _ => vec![],
            };
            for day in days {
                let DayExpr::Date {
                    weekday: Some(wd), ..
                } = day
                else {
                    continue;
                };
                let Some(want) = weekday_of_key(wd) else {
                    continue;
                };
                let rctx = ResolveCtx {
                    anchor: self.anchor,
                    previous: None,
                    direction: Direction::Past,
                };
                let Some(date) = resolve_day(day, &rctx).and_then(|r| r.date.to_naive()) else {
                    continue;
                };
                if date.weekday() != want {
                    self.inconsistency(
                        *span,
                        rule,
                        &written,
                        "weekday-mismatch",
                        format!(
                            "{written:?}: {date} is a {}, not a {}",
                            crate::extract::date::weekday_name(date.weekday()),
                            crate::extract::date::weekday_name(want)
                        ),
                    );
                }
            }
        }
    }

    /// Mark the counts of running totals (`count.cumulative`: the dead,
    /// the injured, the missing) with the date their figure was given, and
    /// leave out the figures the article itself gives as earlier ones: a
    /// `count.earlier` marker before the number in its sentence, with no
    /// other number in between ("le premier bilan faisait état de 296
    /// morts", "1 037 morts, contre 632 la veille").
    fn running_totals(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let running = doc.lang.lexicon("count.cumulative");
        let markers: Vec<String> = doc
            .lang
            .lexicon("count.earlier")
            .forms_of("markers")
            .iter()
            .map(|f| fold_key(f))
            .collect();
        let anchor = self.anchor;
        self.claims.retain_mut(|c| {
            let Some(noun) = c.subject_key.strip_prefix("count:") else {
                return true;
            };
            if c.attribute != "count" || running.key_of(noun).is_none() {
                return true;
            }
            c.running = true;
            c.as_of = anchor;
            let Some(sentence) = doc.sentence_of(c.span) else {
                return true;
            };
            let from = crate::text::floor_char_boundary(
                text,
                c.span.start.saturating_sub(120).max(sentence.start),
            );
            let before = fold_key(&text[from..c.span.start]);
            let earlier = markers.iter().any(|m| {
                before.match_indices(m.as_str()).any(|(i, _)| {
                    let rest = &before[i + m.len()..];
                    let word_start = before[..i]
                        .chars()
                        .next_back()
                        .is_none_or(|ch| !ch.is_alphanumeric());
                    let word_end = rest.chars().next().is_none_or(|ch| !ch.is_alphanumeric());
                    word_start && word_end && !rest.contains(|ch: char| ch.is_ascii_digit())
                })
            });
            !earlier
        });
    }

    fn inconsistency(
        &mut self,
        span: Span,
        rule: &str,
        written: &str,
        name: &str,
        message: String,
    ) {
        let claim = Claim {
            source: self.source,
            subject: format!("date {written:?}"),
            // The article's path makes the finding's id its own: two
            // articles with the same impossible date are two findings.
            subject_key: format!("date:{}:{}", self.doc.article.path, fold_key(written)),
            attribute: name.to_string(),
            value: Value::Text(written.to_string()),
            span,
            rule: rule.to_string(),
            resolution: None,
            running: false,
            as_of: None,
        };
        self.inconsistencies.push((
            claim,
            Inconsistency {
                name: name.to_string(),
                message,
            },
        ));
    }
}

/// How many words may stand between a person and their age in apposition.
const AGE_REACH: usize = 12;

/// How many words may stand between a candidate and a share verb's
/// percentage ("Brice Oligui Nguema, candidat à sa propre succession, a
/// recueilli 94,85 %").
const SHARE_VERB_REACH: usize = 25;

/// `s` without the link words of `forms` (folded) that stand between a
/// measure's noun and its number ("magnitude de 6,8", "6,3 degrés de
/// magnitude"), with the spaces around them: from the start of `s` when
/// `leading` (one word), else from its end (as many as are there).
fn strip_link_word<'a>(s: &'a str, forms: &[String], leading: bool) -> &'a str {
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

/// The qualifier written right before a number ("environ 61 %", "près
/// de 52 %"), from the `qualifier` lexicon.
fn qualifier_before(doc: &Doc, span: Span) -> crate::value::Qualifier {
    let text = doc.text();
    let from = crate::text::floor_char_boundary(text, span.start.saturating_sub(30));
    let before = fold_key(&text[from..span.start]);
    let lex = doc.lang.lexicon("qualifier");
    let mut best: Option<(usize, &str)> = None;
    for key in lex.keys() {
        for form in lex.forms_of(key) {
            let f = fold_key(form);
            if before.ends_with(&f)
                && before[..before.len() - f.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
                && best.is_none_or(|(n, _)| f.len() > n)
            {
                best = Some((f.len(), key));
            }
        }
    }
    best.and_then(|(_, k)| crate::value::Qualifier::parse(k))
        .unwrap_or(crate::value::Qualifier::Exact)
}

/// The canonical noun of a count from the `count.noun` lexicon: the
/// longest form that the text starting at the noun begins with, as whole
/// words ("personnes ont été tuées" → "morts").
fn canonical_noun(doc: &Doc, noun: Span) -> Option<String> {
    let text = doc.text();
    let end = crate::text::floor_char_boundary(text, (noun.start + 120).min(text.len()));
    let window = fold_key(&text[noun.start..end]);
    let lex = doc.lang.lexicon("count.noun");
    let mut best: Option<(usize, &str)> = None;
    for key in lex.keys() {
        for form in lex.forms_of(key) {
            let f = fold_key(form);
            let whole_word = window.starts_with(&f)
                && window[f.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric() && c != '-');
            if whole_word && best.is_none_or(|(n, _)| f.len() > n) {
                best = Some((f.len(), key));
            }
        }
    }
    best.map(|(_, k)| k.to_string())
}

/// The value of a Roman numeral written the usual way ("XIV" = 14);
/// `None` for a word that only looks like one ("LIVIL").
fn roman_value(s: &str) -> Option<u32> {
    let digit = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        _ => None,
    };
    let vals: Vec<u32> = s.chars().map(digit).collect::<Option<_>>()?;
    let mut total = 0i64;
    for (i, v) in vals.iter().enumerate() {
        if vals.get(i + 1).is_some_and(|n| n > v) {
            total -= i64::from(*v);
        } else {
            total += i64::from(*v);
        }
    }
    let total = u32::try_from(total).ok().filter(|t| *t > 0)?;
    // Only the canonical spelling: "IIII" or "VX" are not numerals.
    (to_roman(total) == s).then_some(total)
}

fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for (v, r) in [
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while n >= v {
            out.push_str(r);
            n -= v;
        }
    }
    out
}

/// A rule-id-friendly form of a lexicon key ("km/h" -> "km-h").
fn slug_of(key: &str) -> String {
    fold_key(key)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect()
}

/// The canonical noun a predicate right after a count's noun gives it
/// (`count.predicate`): "179 people died", "10 children were still
/// missing", "27 people from the camp were unaccounted for" (a
/// prepositional phrase of at most four words may stand between). The
/// predicate must follow in the same clause; the nouns of a part of a
/// population (`count.not_subject` key `group`: "Egyptians", "campers")
/// take none.
fn predicate_noun(doc: &Doc, noun: Span) -> Option<String> {
    let lex = doc.lang.lexicon("count.predicate");
    if lex.is_empty() {
        return None;
    }
    // A part of a population ("660 Egyptians died") is no toll.
    let head = fold_key(doc.slice(noun));
    let head = head.split_whitespace().next().unwrap_or("");
    if doc.lang.lexicon("count.not_subject").key_of(head) == Some("group") {
        return None;
    }
    let text = doc.text();
    let end = crate::text::floor_char_boundary(text, (noun.end + 100).min(text.len()));
    let rest = &text[noun.end..end];
    let rest = &rest[..rest
        .find([',', ';', ':', '.', '(', '"', '“'])
        .unwrap_or(rest.len())];
    let rest = fold_key(rest);
    let words: Vec<&str> = rest.split_whitespace().collect();
    // Where the predicate may start: right after the noun, or after a
    // short prepositional phrase ("from Camp Mystic", "in Mandalay").
    let mut starts = vec![0];
    if words
        .first()
        .is_some_and(|w| is_word(doc, "grammar.preposition", w))
    {
        starts.extend(2..=5.min(words.len()));
    }
    let matches_at = |i: usize| -> Option<(usize, String)> {
        let tail = words[i..].join(" ");
        lex.keys()
            .flat_map(|k| lex.forms_of(k).iter().map(move |f| (k, fold_key(f))))
            .filter(|(_, f)| {
                tail.strip_prefix(f.as_str())
                    .is_some_and(|r| r.is_empty() || r.starts_with(' '))
            })
            .max_by_key(|(_, f)| f.len())
            .map(|(k, f)| (f.len(), k.to_string()))
    };
    starts.into_iter().find_map(matches_at).map(|(_, k)| k)
}

/// A four-digit year from 1800 to 2099, as a word.
static YEAR: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| Regex::new(r"\b(1[89]\d\d|20\d\d)\b").expect("valid regex"));

/// The latest year written anywhere in the text (copyright lines included:
/// they date the page).
/// A number that counts something ("2059 blessés") is no year.
fn max_year(text: &str, ctx: &Context) -> Option<i32> {
    YEAR.find_iter(text)
        .filter(|m| {
            let span = Span::new(m.start(), m.end());
            !ctx.quantities.iter().any(|(q, _, _)| q.overlaps(span))
        })
        .filter_map(|m| m.as_str().parse().ok())
        .max()
}

/// A dateline: a place name then a comma at the start of a line, right
/// before the date ("Moscou, 26 juin 2025, En visite…").
fn is_dateline_prefix(prefix: &str) -> bool {
    static DATELINE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new(r"^\s*\p{Lu}[\p{L}'’ .-]{1,40}(?:\s*\([^)]{1,20}\))?\s*,\s*(?:\p{Ll}{2,3}\s+)?$")
            .expect("valid regex")
    });
    DATELINE.is_match(prefix)
}

/// The lines a `dateline` or `header` stamp may follow: story lines
/// (not blank, not boilerplate) before it.
const STAMP_TOP_LINES: usize = 8;

/// Non-blank lines before `offset` that are not boilerplate.
fn story_lines_before(doc: &Doc, offset: usize) -> usize {
    let text = doc.text();
    let mut start = 0;
    let mut n = 0;
    for line in text[..crate::text::floor_char_boundary(text, offset)].split_inclusive('\n') {
        let span = Span::new(start, start + line.trim_end().len());
        start += line.len();
        if !line.ends_with('\n') {
            break;
        }
        if !line.trim().is_empty() && !doc.is_ignored(span) {
            n += 1;
        }
    }
    n
}

/// Of the years around `near`, the one that puts `month`/`day` closest.
fn nearest_dated(month: u32, day: u32, near: NaiveDate) -> Option<NaiveDate> {
    (near.year() - 1..=near.year() + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| (*d - near).num_days().abs())
}

/// The article's date from its publication stamps (see
/// `rules/fr/publication.json`): a dateline first (the text was written
/// there and then), then a publication stamp or byline, then a date alone
/// near the top, then an update stamp; the first in the text among equals.
/// A stamp in a list of other articles ("Les plus lus") dates another
/// article; datelines and header dates count only near the top.
fn anchor_from_stamps(doc: &Doc, ctx: &Context, stamps: &[Stamp]) -> Option<Anchor> {
    let text = doc.text();
    let listed = boilerplate::listed(doc);
    let latest_year = max_year(text, ctx);
    let latest_explicit = ctx
        .dates
        .iter()
        .filter(|(_, _, d)| d.invalid.is_none())
        .flat_map(|(_, _, d)| match &d.value {
            DateValue::Day { day } => vec![day],
            DateValue::Range { start, end } => vec![start, end],
            _ => vec![],
        })
        .filter_map(|day| match day {
            DayExpr::Date {
                year: Some(y),
                month,
                day,
                ..
            } => NaiveDate::from_ymd_opt(*y, *month, *day).map(|d| (true, d)),
            // "vendredi 14 mars": the weekday fixes the year.
            DayExpr::Date {
                year: None,
                month,
                day,
                weekday: Some(w),
            } => infer_year(*month, *day, w, latest_year)
                .and_then(|y| NaiveDate::from_ymd_opt(y, *month, *day))
                .map(|d| (false, d)),
            _ => None,
        })
        // Explicit years first, then the later date.
        .max()
        .map(|(_, d)| d);
    let mut best: Option<((u8, usize), Anchor)> = None;
    for s in stamps {
        let Some(d) = &s.date else { continue };
        let (rank, kind) = match s.role {
            StampRole::Dateline => (0, AnchorKind::Dateline),
            StampRole::Byline => (1, AnchorKind::Byline),
            StampRole::Header => (2, AnchorKind::Header),
            StampRole::Updated => (3, AnchorKind::Updated),
            StampRole::Hide => continue,
        };
        if listed.iter().any(|l| l.overlaps(s.span)) {
            continue;
        }
        if matches!(s.role, StampRole::Dateline | StampRole::Header)
            && story_lines_before(doc, s.span.start) >= STAMP_TOP_LINES
        {
            continue;
        }
        let date = match (d.year, &d.weekday) {
            (Some(y), _) => NaiveDate::from_ymd_opt(y, d.month, d.day),
            (None, Some(w)) => infer_year(d.month, d.day, w, latest_year)
                .and_then(|y| NaiveDate::from_ymd_opt(y, d.month, d.day)),
            (None, None) => {
                let near = latest_explicit
                    .or_else(|| NaiveDate::from_ymd_opt(latest_year?, d.month, d.day));
                near.and_then(|n| nearest_dated(d.month, d.day, n))
            }
        };
        let Some(date) = date else { continue };
        let key = (rank, s.span.start);
        if best.as_ref().is_none_or(|(k, _)| key < *k) {
            best = Some((
                key,
                Anchor {
                    date,
                    kind,
                    span: s.date_span.or(Some(s.span)),
                },
            ));
        }
    }
    best.map(|(_, a)| a)
}

/// Find the article's own date: the `published:` header, then the
/// publication stamps, then datelines, header lines and the dates of the
/// text.
fn find_anchor(doc: &Doc, ctx: &Context, stamps: &[Stamp]) -> Option<Anchor> {
    if let Some((date, span)) = doc.article.published_header {
        return Some(Anchor {
            date,
            kind: AnchorKind::Metadata,
            span: Some(span),
        });
    }
    if let Some(a) = anchor_from_stamps(doc, ctx, stamps) {
        return Some(a);
    }
    let text = doc.text();
    let latest_year = max_year(text, ctx);
    // Explicit days, with the year made explicit by the weekday when missing.
    let explicit = |day: &DayExpr| -> Option<(NaiveDate, bool)> {
        let DayExpr::Date {
            year,
            month,
            day,
            weekday,
        } = day
        else {
            return None;
        };
        match (year, weekday) {
            (Some(y), _) => NaiveDate::from_ymd_opt(*y, *month, *day).map(|d| (d, false)),
            (None, Some(w)) => {
                let y = infer_year(*month, *day, w, Some(latest_year?))?;
                NaiveDate::from_ymd_opt(y, *month, *day).map(|d| (d, true))
            }
            _ => None,
        }
    };
    let mut latest: Option<(NaiveDate, bool, Span)> = None;
    // A dateline without a year ("TOKYO, 12 mars (Reuters) -"): its year
    // comes from the other dates of the text.
    let mut dateline_no_year: Option<(u32, u32, Span)> = None;
    for (span, _, d) in &ctx.dates {
        if d.invalid.is_some() {
            continue;
        }
        let days: Vec<&DayExpr> = match &d.value {
            DateValue::Day { day } => vec![day],
            DateValue::Range { start, end } => vec![start, end],
            _ => continue,
        };
        let line = line_span(text, span.start);
        let line_no = text[..line.start].matches('\n').count();
        let prefix = &text[line.start..span.start];
        for day in days {
            let Some((date, inferred)) = explicit(day) else {
                if let DayExpr::Date {
                    year: None,
                    month,
                    day,
                    ..
                } = day
                    && dateline_no_year.is_none()
                    && line_no < 10
                    && is_dateline_prefix(prefix)
                {
                    dateline_no_year = Some((*month, *day, *span));
                }
                continue;
            };
            if line_no < 10 && is_dateline_prefix(prefix) {
                return Some(Anchor {
                    date,
                    kind: AnchorKind::Dateline,
                    span: Some(*span),
                });
            }
            // A short line near the top holding a date: the page header.
            let words = text[line.start..line.end].split_whitespace().count();
            if line_no < 6 && words <= 8 {
                return Some(Anchor {
                    date,
                    kind: AnchorKind::Header,
                    span: Some(*span),
                });
            }
            let better = match latest {
                None => true,
                // Explicit years beat inferred ones; then the later date.
                Some((l, linf, _)) => (!inferred, date) > (!linf, l),
            };
            if better {
                latest = Some((date, inferred, *span));
            }
        }
    }
    if let Some((month, day, span)) = dateline_no_year {
        let near = latest
            .map(|(d, _, _)| d)
            .or_else(|| NaiveDate::from_ymd_opt(latest_year?, month, day));
        if let Some(near) = near {
            let best = (near.year() - 1..=near.year() + 1)
                .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                .min_by_key(|d| (*d - near).num_days().abs());
            if let Some(date) = best {
                return Some(Anchor {
                    date,
                    kind: AnchorKind::Dateline,
                    span: Some(span),
                });
            }
        }
    }
    // The most recent full date of a text that names a later year (a month
    // and year, a bare year) is a background date ("le cyclone du 18
    // février 1934 … Kamisy d'avril 1984"): it does not date the article.
    let later_year = max_year(doc.text(), ctx);
    latest
        .filter(|(date, inferred, _)| *inferred || later_year.is_none_or(|y| y <= date.year()))
        .map(|(date, inferred, span)| Anchor {
            date,
            kind: if inferred {
                AnchorKind::Weekday
            } else {
                AnchorKind::LatestInText
            },
            span: Some(span),
        })
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{RULES, article};
    use crate::extract::{Doc, extract};

    /// `(subject key, attribute, value)` of the claims of one text.
    fn claims(text: &str) -> Vec<(String, String, String)> {
        claims_in("fr", text)
    }

    fn claims_in(lang: &str, text: &str) -> Vec<(String, String, String)> {
        let a = article(text);
        let doc = Doc::new(&a, RULES.language(lang).unwrap());
        let mentions = extract(&doc);
        super::build(&doc, &mentions, 0)
            .claims
            .into_iter()
            .map(|c| (c.subject_key, c.attribute, c.value.to_string()))
            .collect()
    }

    #[test]
    fn earlier_figures_of_a_toll_are_left_out_and_the_rest_marked_running() {
        let text = "Le premier bilan faisait état de 296 morts. Le séisme a fait 1 037 morts, \
                    contre 632 dans le bilan de la veille. Le tremblement a fait 12 soldats blessés.";
        let a = article(text);
        let doc = Doc::new(&a, RULES.language("fr").unwrap());
        let got = super::build(&doc, &extract(&doc), 0).claims;
        let tolls: Vec<(String, bool)> = got
            .iter()
            .filter(|c| c.attribute == "count")
            .map(|c| (c.value.to_string(), c.running))
            .collect();
        assert!(tolls.contains(&("1037".into(), true)), "{tolls:?}");
        assert!(
            !tolls.iter().any(|(v, _)| v == "296" || v == "632"),
            "{tolls:?}"
        );
    }

    #[test]
    fn a_count_is_no_year_for_the_weekday_of_a_date() {
        // 2059 counts the injured: the year of "samedi 9 septembre" is the
        // 2023 of the text, not 2062.
        let text = "Le séisme de 2023 a fait 2059 blessés selon le bilan émis samedi 9 septembre.";
        let a = article(text);
        let doc = Doc::new(&a, RULES.language("fr").unwrap());
        let anchor = super::build(&doc, &extract(&doc), 0).anchor.expect("dated");
        assert_eq!(anchor.date.to_string(), "2023-09-09");
    }

    fn has(got: &[(String, String, String)], key: &str, attr: &str, value: &str) -> bool {
        got.iter()
            .any(|(k, a, v)| k == key && a == attr && v == value)
    }

    // Families of issue 8, in phrasings of other stories than the
    // development clusters.

    #[test]
    fn vote_shares_in_results_lists_and_after_results_verbs() {
        let got = claims(
            "Selon la commission électorale, Alassane Ouattara obtient 89,77 % des suffrages. \
             Suivent Henriette Lagou (1,27 %), Simone Ehivet Gbagbo : 2,48 % et \
             Kouadio Konan Bertin, 19 227, soit 1,99 %.",
        );
        assert!(
            has(&got, "person:ouattara", "vote-share", "89.77"),
            "{got:?}"
        );
        assert!(has(&got, "person:lagou", "vote-share", "1.27"), "{got:?}");
        assert!(has(&got, "person:gbagbo", "vote-share", "2.48"), "{got:?}");
        assert!(has(&got, "person:bertin", "vote-share", "1.99"), "{got:?}");
    }

    #[test]
    fn a_candidates_votes_go_with_the_share_beside_them_and_bare_votes_claim_nothing() {
        let got = claims(
            "Paul Biya a recueilli 53,66 % des voix, soit 2 521 934 voix. \
             Avec 1 200 000 voix, le scrutin a mobilisé.",
        );
        assert!(has(&got, "person:biya", "votes", "2521934"), "{got:?}");
        assert!(
            got.iter().all(|(k, _, _)| !k.starts_with("count:votes")),
            "votes with no candidate are nobody's: {got:?}"
        );
    }

    #[test]
    fn final_results_are_keyed_apart_from_provisional_ones() {
        let got = claims(
            "La Cour suprême a publié les résultats définitifs. Paul Biya a recueilli \
             53,66 % des voix. Selon les résultats provisoires, Paul Biya avait obtenu \
             52,1 %. Le taux de participation est de 57,7 %.",
        );
        assert!(
            has(&got, "person@final:biya", "vote-share", "53.66"),
            "{got:?}"
        );
        assert!(has(&got, "person:biya", "vote-share", "52.1"), "{got:?}");
        assert!(
            has(&got, "share@final:participation", "percent", "57.7"),
            "{got:?}"
        );
    }

    #[test]
    fn key_figures_as_label_colon_number() {
        let got = claims(
            "Les chiffres clés du second tour. Inscrits : 7 494 521 ; votants : 3 612 200 ; \
             bulletins blancs ou nuls : 1 204.\n- 45 000 suffrages exprimés",
        );
        assert!(
            has(&got, "count:registered voters", "count", "7494521"),
            "{got:?}"
        );
        assert!(has(&got, "count:voters", "count", "3612200"), "{got:?}");
        assert!(
            has(&got, "count:spoiled ballots", "count", "1204"),
            "{got:?}"
        );
        assert!(has(&got, "count:valid votes", "count", "45000"), "{got:?}");
    }

    #[test]
    fn severity_of_the_injured_is_its_own_count() {
        // A hospital's triage ("blessés graves" / "légers") counts a part of
        // the injured, not the injured: no inconsistency with the total.
        let got = claims(
            "Un incendie a ravagé un immeuble de Lyon. L'hôpital a pris en charge \
             5 blessés graves et 40 blessés plus légèrement touchés. Trois \
             personnes ont été grièvement blessées et 12 légèrement blessées.",
        );
        assert!(
            has(&got, "count:seriously injured", "count", "5"),
            "{got:?}"
        );
        assert!(has(&got, "count:injured", "count", "40"), "{got:?}");
        assert!(
            has(&got, "count:seriously injured", "count", "3"),
            "{got:?}"
        );
        assert!(has(&got, "count:lightly injured", "count", "12"), "{got:?}");
    }

    #[test]
    fn verbs_of_passing_a_figure_are_lower_bounds() {
        let got = claims(
            "Le séisme a frappé la région samedi. Le bilan a dépassé les 2 000 morts. \
             Les rafales ont dépassé les 150 km/h.",
        );
        assert!(
            has(&got, "count:dead", "count", "more-than 2000"),
            "{got:?}"
        );
        let got = claims_in(
            "en",
            "The earthquake struck the region on Saturday. The death toll topped 2,000 \
             on Sunday.",
        );
        assert!(
            has(&got, "count:dead", "count", "more-than 2000"),
            "{got:?}"
        );
    }

    #[test]
    fn measures_in_english_share_the_french_keys() {
        let got = claims_in(
            "en",
            "A powerful earthquake struck the region on Friday. The quake had a \
             magnitude of 6.4, according to the USGS. A 5.9-magnitude aftershock \
             followed. Wind gusts reached 180 km/h on the coast.",
        );
        assert!(
            has(&got, "measure@usgs:magnitude", "value", "6.4"),
            "{got:?}"
        );
        assert!(!got.iter().any(|(_, _, v)| v == "5.9"), "{got:?}");
        assert!(has(&got, "measure:gusts:km/h", "value", "180"), "{got:?}");
    }

    #[test]
    fn magnitudes_need_an_agency_and_speeds_a_subject() {
        let got = claims(
            "Le séisme, d'une magnitude de 7,8 selon l'USGS, a frappé la Turquie. \
             Une réplique de magnitude 6,7 selon l'USGS a suivi. \
             Le tremblement de terre de magnitude 7,5 a détruit des villages. \
             Des rafales atteignant jusqu'à 190 km/h ont balayé la côte. \
             Le TGV roule à 320 km/h.",
        );
        let magnitudes: Vec<_> = got
            .iter()
            .filter(|(k, _, _)| k.contains("magnitude"))
            .collect();
        assert_eq!(magnitudes.len(), 1, "{got:?}");
        assert!(
            magnitudes[0].0.starts_with("measure@usgs") || magnitudes[0].0.contains("usgs"),
            "{got:?}"
        );
        assert_eq!(magnitudes[0].2, "7.8", "{got:?}");
        assert!(has(&got, "measure:gusts:km/h", "value", "190"), "{got:?}");
        assert!(
            got.iter().all(|(_, _, v)| v != "320"),
            "a train is no gust: {got:?}"
        );
    }

    #[test]
    fn counts_of_a_place_in_parentheses_are_that_places() {
        let got = claims(
            "Le séisme a fait 5 000 morts. La plupart des morts ont été recensés à \
             Hatay (1 200) et à Gaziantep (800). Un tiers des blessés (300) ont été \
             soignés à Antakya, selon le bilan.",
        );
        assert!(has(&got, "count@in-hatay:dead", "count", "1200"), "{got:?}");
        assert!(
            has(&got, "count@in-gaziantep:dead", "count", "800"),
            "{got:?}"
        );
        assert!(
            has(&got, "count@in-antakya:injured", "count", "300"),
            "{got:?}"
        );
        assert!(has(&got, "count:dead", "count", "5000"), "{got:?}");
    }

    #[test]
    fn times_of_day_of_the_event_with_how_exact_they_are() {
        let got = claims(
            "L'explosion s'est produite vers 14H20 près de la gare. \
             Une deuxième explosion, une réplique, a eu lieu à 15h00. \
             Le bilan a été publié à 19 heures. \
             La fumée blanche est apparue peu avant 18 heures 30.",
        );
        assert!(
            has(&got, "time:explosion", "time", "about 14:20"),
            "{got:?}"
        );
        assert!(
            has(&got, "time:fumee blanche", "time", "shortly before 18:30"),
            "{got:?}"
        );
        assert_eq!(
            got.iter().filter(|(_, a, _)| a == "time").count(),
            2,
            "{got:?}"
        );
    }

    #[test]
    fn regnal_names_are_claimed_when_chosen() {
        let got = claims(
            "Le nouveau roi a choisi de régner sous le nom de Charles III. \
             Son arrière-grand-père Édouard VII avait été couronné en 1902.",
        );
        assert!(
            has(&got, "regnal:charles", "regnal name", "Charles III"),
            "{got:?}"
        );
        assert!(got.iter().all(|(k, _, _)| k != "regnal:edouard"), "{got:?}");
        assert_eq!(super::roman_value("XIV"), Some(14));
        assert_eq!(super::roman_value("IIII"), None);
    }

    #[test]
    fn ages_in_apposition_and_after_a_birth_so_many_years_ago() {
        let got = claims(
            "Le juge Marc Dulac, magistrat de 58 ans, préside. \
             Le procureur Jean Rivière, né à Lyon il y a 61 ans, requiert. \
             La cour a entendu M. Paul Roux. Âgé de 44 ans, cet ouvrier a parlé.",
        );
        assert!(has(&got, "person:dulac", "age", "58"), "{got:?}");
        assert!(has(&got, "person:riviere", "age", "61"), "{got:?}");
        assert!(has(&got, "person:roux", "age", "44"), "{got:?}");
    }

    #[test]
    fn birth_years_belong_to_the_person_named_next_to_them() {
        let got = claims(
            "Né en 1968, le général Henri Valcourt a pris sa retraite. \
             La juge Awa Diarra, née le 3 mars 1975 à Kayes, préside. \
             L'usine, née en 1990 d'une fusion, ferme.",
        );
        assert!(
            has(&got, "person:valcourt", "birth year", "1968"),
            "{got:?}"
        );
        assert!(has(&got, "person:diarra", "birth year", "1975"), "{got:?}");
        let births = got.iter().filter(|(_, a, _)| a == "birth year").count();
        assert_eq!(
            births, 2,
            "no person is named next to the factory's year: {got:?}"
        );
    }

    #[test]
    fn ages_in_apposition_belong_to_the_person_just_named() {
        let got = claims(
            "Le préfet Marc Lenoir, 61 ans, a reçu la capitaine Inès Roy, âgée de 34 ans.              Un homme de 23 ans a été interpellé, et la mission durera deux ans.",
        );
        assert!(has(&got, "person:lenoir", "age", "61"), "{got:?}");
        assert!(has(&got, "person:roy", "age", "34"), "{got:?}");
        let ages = got.iter().filter(|(_, a, _)| a == "age").count();
        assert_eq!(
            ages, 2,
            "nobody is named next to 23 ans; deux ans is a duration: {got:?}"
        );
    }

    #[test]
    fn a_past_tense_end_looks_back_and_a_future_start_forward() {
        let got = claims(
            "Rome, jeudi 9 mai 2024 – Le ministre Paolo Verdi a quitté Rome mardi, \
             au terme d'une visite entamée le 5 mai.",
        );
        assert!(has(&got, "visit:verdi", "end", "2024-05-07"), "{got:?}");
        assert!(has(&got, "visit:verdi", "start", "2024-05-05"), "{got:?}");
        let got =
            claims("Lyon, lundi 3 juin 2024 – La présidente Ana Ruiz atterrira jeudi à Lima.");
        assert!(has(&got, "visit:ruiz", "start", "2024-06-06"), "{got:?}");
    }

    #[test]
    fn a_start_after_the_end_is_another_trip() {
        let got = claims(
            "Oslo, mercredi 5 juin 2024 – La ministre Ana Ruiz est arrivée mardi à Oslo \
             et en repartira jeudi. Son avion atterrira dimanche à Lima.",
        );
        assert!(has(&got, "visit:ruiz", "start", "2024-06-04"), "{got:?}");
        assert!(!has(&got, "visit:ruiz", "start", "2024-06-09"), "{got:?}");
    }

    #[test]
    fn namesakes_are_two_people() {
        let got =
            claims("Le général Jean Ba a salué le capitaine Marie Ba. Le général Jean Ba a parlé.");
        assert!(has(&got, "person:ba", "rank", "général"), "{got:?}");
        assert!(has(&got, "person:marie ba", "rank", "capitaine"), "{got:?}");
        assert!(!has(&got, "person:ba", "rank", "capitaine"), "{got:?}");
    }

    #[test]
    fn death_tolls_share_one_noun_and_old_tolls_are_left_out() {
        let got = claims(
            "Lima, 2 mars 2024 – Quatorze personnes ont péri dans l'éboulement et 3 autres \
             sont blessées. En 2010, un séisme avait fait 200 morts.",
        );
        assert!(has(&got, "count:dead", "count", "14"), "{got:?}");
        assert!(!got.iter().any(|(_, _, v)| v == "200"), "{got:?}");
        let got = claims("Un bilan officiel fait état de 1 mort et de 5 victimes.");
        assert!(has(&got, "count:dead", "count", "1"), "{got:?}");
        assert!(has(&got, "count:victims", "count", "5"), "{got:?}");
    }

    #[test]
    fn a_toll_count_takes_its_noun_from_the_verb_or_the_predicate() {
        // A bare number whose predicate says what it counts.
        let got = claims(
            "Lyon, 4 mai 2024 – L'incendie a fait 6 morts, tandis que 48 ont été blessées \
             et 3 sont portées disparues.",
        );
        assert!(has(&got, "count:injured", "count", "48"), "{got:?}");
        assert!(has(&got, "count:missing", "count", "3"), "{got:?}");
        // A verb or a noun of death before a count of people; "autres"
        // after a verb stands for the toll's people.
        let got =
            claims("Dacca, 8 juin 2024 – L'effondrement a tué 19 personnes et blessé 70 autres.");
        assert!(has(&got, "count:dead", "count", "19"), "{got:?}");
        assert!(has(&got, "count:injured", "count", "70"), "{got:?}");
        let got = claims(
            "Quito, 2 juillet 2024 – La coulée de boue a provoqué la mort d'au moins \
             12 personnes.",
        );
        assert!(has(&got, "count:dead", "count", "at-least 12"), "{got:?}");
        // A part of a toll, or a projection, claims nothing.
        let got = claims(
            "Lyon, 4 mai 2024 – L'incendie a fait 60 blessés, dont 9 ont été blessées \
             gravement.",
        );
        assert!(!has(&got, "count:injured", "count", "9"), "{got:?}");
    }

    #[test]
    fn two_figures_of_one_count_in_an_article_are_both_claimed() {
        let got = claims(
            "Niamey, 3 mars 2024 – Au total, 1 240 000 électeurs inscrits étaient appelés \
             aux urnes. Chiffres clés : 1 204 000 inscrits.",
        );
        assert!(
            has(&got, "count:registered voters", "count", "1240000"),
            "{got:?}"
        );
        assert!(
            has(&got, "count:registered voters", "count", "1204000"),
            "{got:?}"
        );
    }

    #[test]
    fn a_record_claims_how_many_years_it_spans() {
        let got = claims(
            "Nîmes, 10 octobre 2024 – La crue est la plus forte que la ville ait connue \
             depuis plus de 50 ans.",
        );
        assert!(
            has(&got, "record:flood", "years-since", "more-than 50"),
            "{got:?}"
        );
        // A year is counted back from the article's date.
        let got = claims("Nîmes, 10 octobre 2024 – C'est l'inondation la plus grave depuis 1988.");
        assert!(has(&got, "record:flood", "years-since", "36"), "{got:?}");
        // No superlative, no record: a plain duration.
        let got = claims("Nîmes, 10 octobre 2024 – La crue menace la ville depuis 3 ans.");
        assert!(
            !got.iter().any(|(k, _, _)| k.starts_with("record:")),
            "{got:?}"
        );
    }

    #[test]
    fn a_named_event_recalled_claims_its_year_and_month() {
        let got = claims(
            "Brest, 2 mars 2024 – La tempête rappelle la tempête Xynthia de février 2010 \
             et l'ouragan de 1987.",
        );
        assert!(has(&got, "named:xynthia", "year", "2010"), "{got:?}");
        assert!(has(&got, "named:xynthia", "month", "2010-02"), "{got:?}");
        // "l'ouragan de 1987" names no event.
        assert_eq!(
            got.iter()
                .filter(|(k, _, _)| k.starts_with("named:"))
                .count(),
            2,
            "{got:?}"
        );
        let got = claims("Le séisme d'Agadir en 1960 avait fait 12 000 morts.");
        assert!(has(&got, "named:agadir", "year", "1960"), "{got:?}");
    }

    #[test]
    fn a_date_of_a_reporting_verb_is_not_the_reported_events() {
        let got = claims(
            "Lomé, 30 avril 2025 – La commission a annoncé le 29 avril que le président \
             Faure Kodjo avait remporté l'élection présidentielle.",
        );
        assert!(
            !got.iter().any(|(k, a, _)| k == "vote:" && a == "date"),
            "{got:?}"
        );
        assert!(!got.iter().any(|(_, _, v)| v == "2025-04-29"), "{got:?}");
    }

    #[test]
    fn a_sentence_naming_the_article_year_is_current_after_a_recalled_year() {
        let got = claims(
            "La crise ouverte en mars 2019 se referme. Le 3 mai 2024, 12 500 manifestants \
             ont défilé à Lyon.",
        );
        assert!(has(&got, "count:protesters", "count", "12500"), "{got:?}");
    }

    #[test]
    fn a_full_date_older_than_a_year_named_later_does_not_date_the_article() {
        let a = article(
            "Le typhon du 3 octobre 1951 reste dans les mémoires. Le typhon Mireille de \
             septembre 1991 avait fait moins de dégâts.",
        );
        let doc = Doc::new(&a, RULES.language("fr").unwrap());
        let mentions = extract(&doc);
        let anchor = super::build(&doc, &mentions, 0).anchor;
        assert!(anchor.is_none(), "{anchor:?}");
    }

    #[test]
    fn an_incise_with_another_subject_does_not_make_the_agent() {
        let got = claims(
            "Quito, 10 avril 2024 – Le président Omar Sy, qu'elle avait reçu en mars, \
             s'est rendu le 3 avril à Lima.",
        );
        assert!(has(&got, "visit:sy", "start", "2024-04-03"), "{got:?}");
    }
    #[test]
    fn prison_sentences_belong_to_the_convicted_not_to_the_prosecutor() {
        let got = claims(
            "Nantes, 3 avril 2025 – Le tribunal a condamné le prévenu Paul Girard à huit ans \
             de prison, alors que le procureur Luc Morin avait réclamé dix ans. \
             Son complice encourt vingt ans.",
        );
        assert!(has(&got, "person:girard", "sentence", "8"), "{got:?}");
        assert!(
            has(&got, "person:girard", "requested-sentence", "10"),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(k, _, _)| k == "person:morin" && k.contains("sentence"))
        );
        assert!(!got.iter().any(|(_, _, v)| v == "20"), "{got:?}");
    }

    #[test]
    fn a_start_or_end_verb_speaks_of_the_event_noun_before_it() {
        let got = claims(
            "Rennes, 5 mars 2025 – La grève des contrôleurs aériens a pris fin le 3 mars. \
             Le procès de l'accusée Léa Brun s'est ouvert le 4 mars.",
        );
        assert!(has(&got, "strike:", "end", "2025-03-03"), "{got:?}");
        assert!(has(&got, "trial:brun", "start", "2025-03-04"), "{got:?}");
        assert!(
            !got.iter().any(|(k, _, _)| k.starts_with("visit")),
            "{got:?}"
        );
    }

    #[test]
    fn counts_of_marchers_are_keyed_by_who_counts_them() {
        let got = claims(
            "D'après la préfecture, 4 500 grévistes ont défilé jeudi. \
             Les syndicats ont recensé 9 000 participants, 3 000 de source policière.",
        );
        assert!(
            has(&got, "count@prefecture:grevistes", "count", "4500"),
            "{got:?}"
        );
        assert!(
            has(&got, "count@syndicats:participants", "count", "9000"),
            "{got:?}"
        );
        assert!(
            has(&got, "count@police:participants", "count", "3000"),
            "{got:?}"
        );
    }

    #[test]
    fn percentages_need_a_clear_subject() {
        let got = claims(
            "Le maire sortant Jean Morel recueille 44 % des suffrages et la participation \
             s'élève à 48,5 %. Un sondage donnait Jean Morel à 40 %. Les prix ont monté de 3 %.",
        );
        assert!(has(&got, "person:morel", "vote-share", "44"), "{got:?}");
        assert!(
            has(&got, "share:participation", "percent", "48.5"),
            "{got:?}"
        );
        let shares = got
            .iter()
            .filter(|(_, a, _)| a == "vote-share" || a == "percent")
            .count();
        assert_eq!(shares, 2, "{got:?}");
    }
}
