//! Claims: what an article asserts, as `(subject, attribute, value)` with
//! the evidence span and the rule behind it.
//!
//! This stage reads the mentions of one article and decides what they
//! claim: a visit's start and end from event triggers and the dates bound to
//! them, a person's rank and roles from their titles, a count from a
//! quantity and its noun, "X present since YEAR" from a `depuis YEAR` next
//! to an organisation or topic. It also finds the article's date (the
//! anchor relative dates are resolved against).

use chrono::NaiveDate;
use serde::Serialize;

use crate::extract::{Doc, Mention};
use crate::text::Span;
use crate::value::Value;

/// Where the article's own date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
}

/// The article's date, against which relative dates are resolved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Anchor {
    pub date: NaiveDate,
    pub kind: AnchorKind,
    /// The text it was read from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl Anchor {
    pub fn describe(&self) -> String {
        let how = match self.kind {
            AnchorKind::Metadata => "published: header",
            AnchorKind::Dateline => "dateline",
            AnchorKind::Header => "page header",
            AnchorKind::LatestInText => "most recent date in the text",
        };
        format!("{} ({how})", self.date)
    }
}

/// One thing an article asserts.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
}

/// A problem inside one article: a date that does not exist, a weekday
/// that contradicts its date. It travels with a [`Claim`] holding the
/// evidence (subject = the article, value = the text as written).
#[derive(Debug, Clone, PartialEq, Serialize)]
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
pub fn build(_doc: &Doc, _mentions: &[Mention], _source: usize) -> ArticleClaims {
    ArticleClaims::default()
}
