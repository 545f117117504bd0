//! Event triggers.
//!
//! STATUS: skeleton; being written.

use serde::Serialize;

use super::{Doc, Mention};

/// What part of an event a trigger speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventPart {
    /// The event as a whole ("visite", "séjour").
    Whole,
    /// Its start ("arrivé", "a entamé").
    Start,
    /// Its end ("rester jusqu'à", "repartir").
    End,
}

/// An event trigger.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventMention {
    /// The event type ("visit").
    pub event: String,
    pub part: EventPart,
}

impl EventMention {
    pub fn value_string(&self) -> String {
        format!("{}:{:?}", self.event, self.part).to_lowercase()
    }
}

pub fn extract(_doc: &Doc) -> Vec<Mention> {
    Vec::new()
}
