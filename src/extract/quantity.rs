//! Quantities: a number with the noun it counts and its qualifier —
//! "près de 19 500 hommes", "au moins soixante chefs jihadistes", "une
//! vingtaine de morts", "plus de 1 000 manifestants", "deux coups d'État".
//! Also money, ages and dimensions ("12 millions d'euros", "âgé de 45 ans",
//! "30 km").
//!
//! Qualifiers come from the `qualifier.*` lexicons of
//! `rules/fr/quantities.json`; approximate nouns ("vingtaine", "centaine")
//! from `number.approx`.
//!
//! STATUS: skeleton; the extraction is being written.

use serde::Serialize;

use super::{Doc, Mention};
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
    #[serde(flatten)]
    pub measure: Measure,
    /// Span of the counted noun or unit in the original text.
    pub noun_span: Span,
}

impl QuantityMention {
    /// `"about 19500 hommes"`, `"12000000 EUR"`.
    pub fn value_string(&self) -> String {
        let q = Value::Quantity(Quantity {
            value: self.value,
            qualifier: self.qualifier,
        });
        let unit = match &self.measure {
            Measure::Count { noun } => noun.clone(),
            Measure::Currency { unit }
            | Measure::Dimension { unit }
            | Measure::Duration { unit } => unit.clone(),
            Measure::Age => "ans".into(),
        };
        let _ = format_number;
        format!("{q} {unit}")
    }
}

/// Find the quantities of a document.
pub fn extract(_doc: &Doc) -> Vec<Mention> {
    Vec::new()
}
