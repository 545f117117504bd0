//! Claims: what an article asserts, as `(subject, attribute, value)` with
//! the evidence span and the rule behind it.
//!
//! This stage reads the mentions of one article and decides what they
//! claim: a visit's start and end from event triggers and the dates bound to
//! them, a person's rank and roles from their titles, a count from a
//! quantity and its noun, "X present since YEAR" from a `depuis YEAR` next
//! to an organisation or topic. It also finds the article's date (the
//! anchor relative dates are resolved against).
//!
//! This file holds the claim types, `build` (the order the builders run
//! in, and the clean-ups after them) and what the builders share (the
//! article's people and triggers, `push`, qualifiers). Each family of
//! claims has its own file: `anchor` (the article's date), `events`
//! (dates bound to triggers, records, named events, birth years, date
//! checks), `people` (ranks, roles, ages, regnal names), `counts` (counts,
//! tolls, running totals, key figures, prison sentences), `results`
//! (election results and shares), `measures` (magnitudes, speeds, times
//! of day).

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

mod ages;
mod anchor;
mod attacks;
mod business;
mod conflict;
mod counts;
mod distances;
mod durations;
mod events;
mod health;
mod indicators;
mod measures;
mod migration;
mod models;
mod named;
mod nationals;
mod past;
mod people;
mod population;
mod present;
mod results;
mod seats;
mod sport;
#[cfg(test)]
mod tests;
mod weather;

use anchor::find_anchor;
use counts::canonical_noun;

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
    /// A running total that may fall as well as rise (a count of the
    /// missing, as people are found): a later figure below an earlier one
    /// is an update too. Set from `count.may_fall`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub may_fall: bool,
    /// A running total the article gives as revised, up from an earlier
    /// figure ("le bilan s'est alourdi à cinq morts", "the death toll rose
    /// to 12"; `count.revised`): a later report than a lower figure given
    /// the same day, so the two are an update, not a conflict.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub revised: bool,
    /// When the figure was given: the article's date unless the text says
    /// otherwise. Set for running totals.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<NaiveDate>,
    /// Implied by another claim of the article rather than written: the
    /// weekday of a date ("12 avril 2025" is a Saturday), or a weekday
    /// written beside the date it agrees with. Weekdays are compared to
    /// catch the one a source gets wrong; a disagreement between implied
    /// weekdays only repeats the disagreement of their dates.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub derived: bool,
    /// For a running total other than the dead: the toll of the dead its
    /// sentence gives ("144 people had been killed and 732 injured"). Two
    /// figures given with one toll are of one update of the count, so they
    /// must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub with_toll: Option<f64>,
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
        named: std::cell::OnceCell::new(),
        tenses: std::cell::OnceCell::new(),
    };
    b.person_claims();
    b.event_claims();
    b.news_day_claims();
    b.since_claims();
    b.birth_claims();
    b.count_claims();
    b.bare_attributed_counts();
    b.label_count_claims();
    b.predicate_count_claims();
    b.part_of_dead_claims();
    b.nationality_dead_claims();
    b.model_claims();
    b.population_claims();
    b.duration_claims();
    b.record_claims();
    b.named_event_claims();
    b.placed_event_claims();
    b.measure_claims();
    b.location_claims();
    b.weather_claims();
    b.named_area_claims();
    b.event_area_claims();
    b.money_claims();
    b.thing_measure_claims();
    b.place_count_claims();
    b.time_claims();
    b.regnal_claims();
    b.toll_claims();
    b.age_claims();
    b.group_age_claims();
    b.suspect_age_claims();
    b.became_claims();
    b.sentence_claims();
    b.indicator_claims();
    b.business_claims();
    b.health_claims();
    b.migration_claims();
    b.sport_claims();
    b.conflict_claims();
    b.share_claims();
    b.population_share_claims();
    b.date_checks();
    b.calendar_weekday_claims();
    b.other_country_claims();
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
/// The attribute of the weekday of an event's date, start or end
/// ("date" → "weekday", "end" → "end weekday").
pub fn weekday_attribute(attr: &str) -> String {
    match attr {
        "date" => "weekday".to_string(),
        other => format!("{other} weekday"),
    }
}

const AMBIGUOUS_WHEN_SEVERAL: &[&str] = &["since", "date", "weekday"];

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
        // A start clashes when it is after the earliest end, an end when
        // it is before the latest start: the two bounds of a list, worked
        // out once per list (once per claim was quadratic in a long
        // article's claims of one subject).
        let bounds = |alive: &[usize]| -> (Option<NaiveDate>, Option<NaiveDate>) {
            let of = |attr: &'static str| {
                alive
                    .iter()
                    .map(|&i| &claims[i])
                    .filter(move |c| c.attribute == attr)
                    .filter_map(day)
            };
            (of("end").min(), of("start").max())
        };
        let clashes =
            |(first_end, last_start): (Option<NaiveDate>, Option<NaiveDate>), c: &Claim| -> bool {
                let Some(d) = day(c) else { return false };
                match c.attribute.as_str() {
                    "start" => first_end.is_some_and(|e| d > e),
                    "end" => last_start.is_some_and(|s| s > d),
                    _ => false,
                }
            };
        let mut alive = idx.clone();
        for attr in ["start", "end"] {
            let b = bounds(&alive);
            let mine: Vec<bool> = alive
                .iter()
                .map(|&i| &claims[i])
                .filter(|c| c.attribute == attr)
                .map(|c| clashes(b, c))
                .collect();
            if mine.contains(&true) && mine.contains(&false) {
                alive.retain(|&i| !(claims[i].attribute == attr && clashes(b, &claims[i])));
            }
        }
        let b = bounds(&alive);
        alive.retain(|&i| !clashes(b, &claims[i]));
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
    /// Ordinal numbers ("3e", "troisième", "third").
    ordinals: Vec<(Span, &'m str, f64)>,
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
    // The last generic verb that found its event, and that event.
    let mut last_owned: Option<(Span, String)> = None;
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
                        .any(|e| trigger.ends_with(e));
                if participle
                    && let Some(g) = gap.strip_suffix(',')
                    && !g.contains([',', ';', ':', '(', ')', '.', '«', '»'])
                {
                    gap = g.trim_end();
                }
                // "une visite de quatre jours, qui doit s'achever jeudi":
                // a modal before the verb is skipped.
                for modal in forms(doc, "grammar.modal") {
                    if let Some(g) = gap.strip_suffix(modal)
                        && g.ends_with(|c: char| !c.is_alphanumeric())
                    {
                        gap = g.trim_end();
                        break;
                    }
                }
                // "la grève des cheminots, qui a débuté": the relative's
                // antecedent is the subject.
                for relative in forms(doc, "grammar.relative") {
                    if let Some(g) = gap.strip_suffix(relative)
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
        let owner = before
            .or(after)
            .map(|(_, owner)| owner.event.clone())
            .or_else(|| {
                // "… and lasted until June 19": a verb coordinated with the
                // last one that found its event shares its subject.
                last_owned
                    .as_ref()
                    .filter(|(verb, _)| {
                        verb.end <= span.start
                            && verb.start >= sentence.start
                            && coordinated(doc, &text[verb.end..span.start])
                    })
                    .map(|(_, event)| event.clone())
            })
            .or_else(|| {
                // "The Hajj is a pilgrimage to Mecca. It began on June
                // 14": a pronoun that opens the clause speaks of the
                // event of the sentence before.
                pronoun_opens(doc, &text[sentence.start..span.start])
                    .then(|| event_of_sentence_before(doc, &snapshot, sentence))
                    .flatten()
            });
        let Some(owner) = owner else {
            if generic.key_of(doc.slice(*span)).is_some() {
                unowned.push(*span);
            }
            continue;
        };
        if owner != ev.event {
            ev.event = owner.clone();
        }
        last_owned = Some((*span, owner));
    }
    unowned
}

/// Whether the words between two verbs make them coordinated: a
/// conjunction (`grammar.conjunction`) after a few words with no clause
/// break ("began on June 14 and lasted", "a débuté le 5 juillet et a
/// duré").
fn coordinated(doc: &Doc, gap: &str) -> bool {
    let gap = fold_key(gap);
    let words: Vec<&str> = gap.split_whitespace().collect();
    let conjunction = doc.lang.lexicon("grammar.conjunction");
    !gap.contains([';', ':', '(', ')', '.', '«', '»'])
        && words.len() <= 6
        && words
            .last()
            .is_some_and(|w| conjunction.key_of(w).is_some())
}

/// Whether a clause opens on a pronoun that stands for a thing
/// (`grammar.thing_pronoun`: "It", "Il", "Elle"), alone before the verb
/// or after an adverbial set off by a comma ("In Saudi Arabia, it
/// began").
fn pronoun_opens(doc: &Doc, before_verb: &str) -> bool {
    let clause = match before_verb.rsplit_once(',') {
        Some((adverbial, rest)) if adverbial.split_whitespace().count() <= 6 => rest,
        _ => before_verb,
    };
    let words: Vec<String> = clause
        .split_whitespace()
        .map(|w| fold_key(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    matches!(words.as_slice(), [w] if doc.lang.lexicon("grammar.thing_pronoun").key_of(w).is_some())
}

/// The one kind of event the sentence before `sentence` names (its
/// whole-event triggers), if it names one kind only.
fn event_of_sentence_before(
    doc: &Doc,
    events: &[(Span, EventMention)],
    sentence: Span,
) -> Option<String> {
    let end = doc.text()[..sentence.start].trim_end().len();
    let previous = doc.sentence_of(Span::new(end.checked_sub(1)?, end))?;
    let kinds: std::collections::BTreeSet<&str> =
        starting_in(events, |e| e.0.start, previous.start, previous.end)
            .iter()
            .filter(|(s, e)| e.part == EventPart::Whole && s.end <= previous.end)
            .map(|(_, e)| e.event.as_str())
            .collect();
    match kinds.into_iter().collect::<Vec<_>>()[..] {
        [one] => Some(one.to_string()),
        _ => None,
    }
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
            ordinals: vec![],
            quantities: vec![],
            names: BTreeMap::new(),
            main: None,
            unowned_generic: Vec::new(),
            person_max_len: 0,
        };
        for m in mentions {
            match &m.kind {
                // An open bound ("after 2018") dates nothing.
                MentionKind::Date(d) if d.marker.is_open() => {}
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
                MentionKind::Number(n) if n.number_kind == NumberKind::Ordinal => {
                    c.ordinals.push((m.span, &m.rule, n.value))
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
        // The names holding each word: a name's fuller forms are among those
        // of its rarest word (comparing every name with every other was
        // quadratic in the people of a long article).
        let multi: Vec<(&str, Vec<String>)> = multi.into_iter().collect();
        let mut holding: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, (_, words)) in multi.iter().enumerate() {
            for w in words {
                let list = holding.entry(w.as_str()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        let all: Vec<usize> = (0..multi.len()).collect();
        let identities: BTreeMap<&str, String> = multi
            .iter()
            .map(|(name, mine)| {
                let candidates = mine
                    .iter()
                    .filter_map(|w| holding.get(w.as_str()))
                    .min_by_key(|list| list.len())
                    .unwrap_or(&all);
                let fuller = candidates
                    .iter()
                    .map(|&i| &multi[i])
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
        // A regnal name is its bearer's ("Cardinal Robert Prevost …,
        // adopting the name Pope Leo XIV"): the person named last before
        // it in its sentence; every mention of that regnal name is theirs.
        for (span, given, numeral) in people::regnal_names(doc) {
            let Some(sentence) = doc.sentence_of(span) else {
                continue;
            };
            let regnal = fold_key(&format!("{given} {numeral}"));
            // "Leo XIV", "Pope Leo XIV".
            let named_so = |name: &str| {
                let n = fold_key(name);
                n.strip_suffix(regnal.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
            };
            let bearer = c
                .persons
                .iter()
                .zip(&c.person_ids)
                .rfind(|((s, _, p), _)| {
                    s.start >= sentence.start && s.end <= span.start && !named_so(&p.name)
                })
                .and_then(|(_, id)| id.clone());
            let Some(bearer) = bearer else { continue };
            for ((_, _, p), id) in c.persons.iter().zip(c.person_ids.iter_mut()) {
                if named_so(&p.name) {
                    *id = Some(bearer.clone());
                }
            }
        }
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
    /// The `event.tense` forms as [`Builder::tense`] compares them, made
    /// once per article instead of once per trigger.
    tenses: std::cell::OnceCell<Vec<(Tense, String)>>,
    /// The article's named events sorted by end, found once
    /// ([`Builder::named_event_of`] is asked for every figure).
    named: std::cell::OnceCell<named::NamedEvents>,
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
fn forms<'a>(doc: &Doc<'a>, lexicon: &str) -> Vec<&'a str> {
    doc.lang
        .lexicon(lexicon)
        .folded_forms()
        .map(|(_, f)| f)
        .collect()
}

/// Whether a form of `lexicon` stands as whole words in `hay` (folded).
fn names_form(doc: &Doc, lexicon: &str, hay: &str) -> bool {
    forms(doc, lexicon)
        .iter()
        .any(|f| whole_word_positions(hay, f).next().is_some())
}

/// Articles elided onto the next word ("l'"): the `grammar.article` forms
/// that end with an apostrophe.
fn elided_articles<'a>(doc: &Doc<'a>) -> Vec<&'a str> {
    forms(doc, "grammar.article")
        .into_iter()
        .filter(|a| a.ends_with('\''))
        .collect()
}

/// `s` without its leading articles and "of" words ("le ", "de la "), then
/// without an article elided onto its first word ("l'Institut" →
/// "Institut").
fn without_leading_articles<'s>(doc: &Doc, s: &'s str) -> &'s str {
    let mut rest = s.trim_start();
    while let Some(first) = rest.split_whitespace().next() {
        if is_word(doc, "grammar.article", first) || is_word(doc, "grammar.of", first) {
            rest = rest[first.len()..].trim_start();
        } else {
            break;
        }
    }
    let first = rest.split_whitespace().next().unwrap_or("");
    match elided_articles(doc)
        .into_iter()
        .find(|a| first.starts_with(*a) && first.len() > a.len())
    {
        Some(a) => &rest[a.len()..],
        None => rest,
    }
}

/// A place's key in a claim's subject key: its folded letters and digits
/// ("Kerr County" → "kerrcounty"); empty when it has none.
fn place_key(place: &str) -> String {
    fold_key(place)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Whether `word` (folded) is a form of the lexicon: prepositions
/// (`grammar.preposition`), the words that show a name is not a trigger's
/// subject (`grammar.not_agent_gap`)…
fn is_word(doc: &Doc, lexicon: &str, word: &str) -> bool {
    !word.is_empty() && doc.lang.lexicon(lexicon).key_of(word).is_some()
}

/// The key and length of the longest folded form of `lexicon` that ends
/// `before` (folded) as whole words: nothing alphanumeric glued before it
/// ("killed" ends "were killed", not "unskilled").
fn form_ending<'a>(doc: &Doc<'a>, lexicon: &str, before: &str) -> Option<(&'a str, usize)> {
    doc.lang
        .lexicon(lexicon)
        .folded_forms()
        .filter(|(_, f)| {
            before.ends_with(f)
                && before[..before.len() - f.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        .max_by_key(|(_, f)| f.len())
        .map(|(k, f)| (k, f.len()))
}

/// A regex built from a template and a language's lexicon forms, compiled
/// once per pattern (each language gives its own): `{}` in `template` is
/// replaced by the alternation of the forms as written (escaped, longest
/// first), so a case-sensitive template keeps their case. `None` when the
/// lexicon is empty.
///
/// The regex is shared, not cloned: a clone of a `Regex` starts with an
/// empty cache pool, so each article rebuilt its lazy DFA states.
fn lexicon_regex(doc: &Doc, lexicon: &str, template: &str) -> Option<&'static Regex> {
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
    cached_regex(&template.replace("{}", &format!("(?:{})", alts.join("|"))))
}

/// A regex compiled once per pattern for the life of the process (each
/// language builds its own patterns from its lexicons: a handful), hence
/// `'static`. `None` when the pattern does not compile.
fn cached_regex(pattern: &str) -> Option<&'static Regex> {
    static CACHE: std::sync::LazyLock<std::sync::Mutex<HashMap<String, &'static Regex>>> =
        std::sync::LazyLock::new(Default::default);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(re) = cache.get(pattern) {
        return Some(*re);
    }
    let re: &'static Regex = Box::leak(Box::new(Regex::new(pattern).ok()?));
    cache.insert(pattern.to_string(), re);
    Some(re)
}

/// Where a look-back of up to `n` bytes before offset `at` starts: not
/// before `floor` (the sentence's start), on a character boundary.
fn look_back(text: &str, at: usize, n: usize, floor: usize) -> usize {
    crate::text::floor_char_boundary(text, at.saturating_sub(n).max(floor.min(at)))
}

/// Whether a Unicode `\b` holds at byte offset `at` of `text` (as the
/// regex crate defines it: a word character on one side only).
fn unicode_boundary_at(text: &str, at: usize) -> bool {
    let before = text[..at]
        .chars()
        .next_back()
        .is_some_and(regex_syntax::is_word_character);
    let after = text[at..]
        .chars()
        .next()
        .is_some_and(regex_syntax::is_word_character);
    before != after
}

/// The matches `\b` + `re` would give with a Unicode `\b` (as `find_iter`
/// of that regex), where `re` is the pattern without its leading `\b`.
///
/// The regex engine's DFA gives up on a Unicode `\b` at the first
/// non-ASCII character of the text and falls back to its slowest engine
/// over the whole article (about a tenth of the run); without the
/// assertion the DFA runs, and the boundary is checked at each start
/// found. A start that fails is skipped by one character and the search
/// goes on from there, so matches starting inside a rejected one are found
/// as the full regex finds them (the assertion is zero-width and at the
/// start: it does not change which alternative matches there).
fn word_start_matches<'t>(
    re: &'t Regex,
    text: &'t str,
) -> impl Iterator<Item = regex::Match<'t>> + 't {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos <= text.len() {
            let m = re.find_at(text, pos)?;
            if unicode_boundary_at(text, m.start()) {
                // Never empty here (the callers' patterns end in `\s+`);
                // step past an empty match as `find_iter` would.
                pos = if m.is_empty() {
                    m.end() + text[m.end()..].chars().next().map_or(1, char::len_utf8)
                } else {
                    m.end()
                };
                return Some(m);
            }
            pos = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
        }
        None
    })
}

/// The byte offsets where `word` stands in `hay` as a whole word (not
/// inside a longer one): what every lexicon lookup on folded text needs.
fn whole_word_positions<'a>(hay: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    hay.match_indices(word).map(|(i, _)| i).filter(move |&i| {
        hay[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
            && hay[i + word.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Clause boundaries: a plain date binds to a trigger only inside one clause.
/// A comma between two digits is a decimal or thousands separator ("un
/// séisme de magnitude 7,1 a frappé mardi", "1,000 people"), and a colon
/// between two digits a time ("hit at 11:11 p.m. on Friday"), not one.
fn crosses_clause(text: &str) -> bool {
    crosses_clause_except(text, |_| false)
}

/// [`crosses_clause`], not counting the commas at the offsets (in `text`)
/// that `skip` accepts.
fn crosses_clause_except(text: &str, skip: impl Fn(usize) -> bool) -> bool {
    let bytes = text.as_bytes();
    text.char_indices().any(|(i, c)| match c {
        ',' if skip(i) => false,
        ',' | ':' => {
            let digit_before = i > 0 && bytes[i - 1].is_ascii_digit();
            let digit_after = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            !(digit_before && digit_after)
        }
        ';' | '(' | ')' | '—' | '–' => true,
        _ => false,
    })
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
        // "une quinzaine", "des centaines": a vague number word widens the
        // figure (see `VAGUE_TOLERANCE`).
        let mut value = value;
        if let Value::Quantity(q) = &mut value
            && q.qualifier == crate::value::Qualifier::About
            && q.margin.is_none()
            && self
                .doc
                .slice(span)
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| is_word(self.doc, "number.approx", w))
        {
            q.margin = Some(q.value.abs() * crate::value::VAGUE_TOLERANCE);
        }
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
            may_fall: false,
            revised: false,
            as_of: None,
            derived: false,
            with_toll: None,
        });
    }

    /// Mark the claim just pushed as a running figure dated by the article
    /// (a toll, an area that grows, a depth agencies revise): figures of
    /// different days are updates, not a conflict.
    fn mark_last_running(&mut self) {
        let anchor = self.anchor;
        if let Some(c) = self.claims.last_mut() {
            c.running = true;
            c.as_of = anchor;
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
            may_fall: false,
            revised: false,
            as_of: None,
            derived: false,
            with_toll: None,
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

/// The sentence of `span`, as a span of the folded text.
fn folded_sentence(doc: &Doc, span: Span) -> Option<Span> {
    doc.sentence_of(span)
        .map(|s| doc.folded.span_from_original(s))
}

/// The qualifier written right before a number ("environ 61 %", "près
/// de 52 %"), from the `qualifier` lexicon.
fn qualifier_before(doc: &Doc, span: Span) -> crate::value::Qualifier {
    let text = doc.text();
    let from = crate::text::floor_char_boundary(text, span.start.saturating_sub(30));
    let before = fold_key(&text[from..span.start]);
    let lex = doc.lang.lexicon("qualifier");
    let mut best: Option<(usize, &str)> = None;
    for (key, f) in lex.folded_forms() {
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
    let q = best
        .and_then(|(_, k)| crate::value::Qualifier::parse(k))
        .unwrap_or(crate::value::Qualifier::Exact);
    // "une dizaine", "des centaines": a number ending with an approximate
    // noun (`number.approx`) is about that much.
    // `is_word` folds the word itself.
    let last = doc.slice(span).split_whitespace().next_back().unwrap_or("");
    if q == crate::value::Qualifier::Exact && is_word(doc, "number.approx", last) {
        crate::value::Qualifier::About
    } else {
        q
    }
}

/// A rule-id-friendly form of a lexicon key ("km/h" -> "km-h").
fn slug_of(key: &str) -> String {
    fold_key(key)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect()
}

/// A four-digit year from 1800 to 2099, as a word.
static YEAR: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| Regex::new(r"\b(1[89]\d\d|20\d\d)\b").expect("valid regex"));

/// The latest year written anywhere in the text (copyright lines included:
/// they date the page).
/// A number that counts something ("2059 blessés") is no year.
fn max_year(text: &str, ctx: &Context) -> Option<i32> {
    // O(log n) per year: a scan of every quantity was quadratic in a long
    // article.
    let quantities = crate::text::SpanSet::new(ctx.quantities.iter().map(|(q, _, _)| *q));
    YEAR.find_iter(text)
        .filter(|m| !quantities.overlaps(Span::new(m.start(), m.end())))
        .filter_map(|m| m.as_str().parse().ok())
        .max()
}

/// The latest year of the text that may be the article's own: as
/// [`max_year`], without the years of open lower bounds ("the deadliest
/// since 1994", "depuis 2019", "after 2018": a date marked `Since` or
/// `After` is before the article's). A dateline without a year ("MARROWGATE,
/// May 3 (Reuters) -") takes its year from these only: a history paragraph's
/// year never dates the story.
fn max_year_of_article(text: &str, ctx: &Context) -> Option<i32> {
    let bounds = crate::text::SpanSet::new(
        ctx.dates
            .iter()
            .filter(|(_, _, d)| matches!(d.marker, Marker::Since | Marker::After))
            .map(|(s, _, _)| *s),
    );
    let quantities = crate::text::SpanSet::new(ctx.quantities.iter().map(|(q, _, _)| *q));
    YEAR.find_iter(text)
        .map(|m| Span::new(m.start(), m.end()))
        .filter(|s| !quantities.overlaps(*s) && !bounds.overlaps(*s))
        .filter_map(|s| text[s.start..s.end].parse().ok())
        .max()
}
