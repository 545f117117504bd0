//! People with their titles, ranks and roles.
//!
//! STATUS: skeleton; being written.

use serde::Serialize;

use super::{Doc, Mention};

/// A rank with the more general ranks it is a form of.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rank {
    pub name: String,
    pub is_a: Vec<String>,
}

/// A person named in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonMention {
    /// The name as written ("Assimi Goïta", "Goïta").
    pub name: String,
    /// Folded, lower-cased surname ("goita").
    pub surname: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<Rank>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
}

impl PersonMention {
    pub fn value_string(&self) -> String {
        let mut s = String::new();
        if let Some(r) = &self.rank {
            s.push_str(&r.name);
            s.push(' ');
        }
        s.push_str(&self.name);
        for r in &self.roles {
            s.push_str(&format!(" [{r}]"));
        }
        s
    }
}

pub fn extract(_doc: &Doc) -> Vec<Mention> {
    Vec::new()
}
