//! Numbers: digits with French separators (space, U+00A0, U+202F, dot;
//! decimal comma) and numbers in words ("soixante", "quatre-vingt-dix-neuf",
//! "deux mille", "1,5 million"), ordinals ("1er", "22e", "premier") and
//! percentages ("12 %", "douze pour cent").
//!
//! The number words live in `rules/fr/numbers.json` (lexicons `number.unit`,
//! `number.ten`, `number.multiplier`…); the French number grammar that
//! combines them is code here.
//!
//! STATUS: skeleton; the extraction is being written.

use serde::Serialize;

use super::{Doc, Mention};
use crate::value::format_number;

/// What kind of number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NumberKind {
    Cardinal,
    Ordinal,
    Percent,
}

/// A number found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NumberMention {
    pub value: f64,
    pub number_kind: NumberKind,
}

impl NumberMention {
    pub fn value_string(&self) -> String {
        match self.number_kind {
            NumberKind::Cardinal => format_number(self.value),
            NumberKind::Ordinal => format!("#{}", format_number(self.value)),
            NumberKind::Percent => format!("{}%", format_number(self.value)),
        }
    }
}

/// Find the numbers of a document.
pub fn extract(_doc: &Doc) -> Vec<Mention> {
    Vec::new()
}
