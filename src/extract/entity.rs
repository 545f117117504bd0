//! Organisations, places and topics from the `entity.org`, `entity.place`
//! and `entity.topic` lexicons of `rules/fr/entities.json` ("Wagner",
//! "Africa Corps", "Mali", "jihadiste"). They are what "depuis 2021"-style
//! claims are about, and the places of events.

use serde::Serialize;

use super::{Doc, Mention, MentionKind};
use crate::text::Span;

/// Which lexicon an entity comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntityKind {
    Org,
    Place,
    Topic,
}

/// An organisation, place or topic.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityMention {
    /// The canonical key from the lexicon ("wagner", "mali", "jihadisme").
    pub key: String,
    pub entity_kind: EntityKind,
}

/// Find the known entities of a document.
pub fn extract(doc: &Doc) -> Vec<Mention> {
    let mut out = Vec::new();
    for (lex_name, kind) in [
        ("entity.org", EntityKind::Org),
        ("entity.place", EntityKind::Place),
        ("entity.topic", EntityKind::Topic),
    ] {
        let lex = doc.lang.lexicon(lex_name);
        let Some(re) = lex.word_regex() else {
            continue;
        };
        for m in re.find_iter(&doc.folded.text) {
            let Some(key) = lex.key_of(m.as_str()) else {
                continue;
            };
            out.push(Mention {
                span: doc.folded.to_original(Span::new(m.start(), m.end())),
                rule: format!("{}.{lex_name}", doc.lang.code),
                kind: MentionKind::Entity(EntityMention {
                    key: key.to_string(),
                    entity_kind: kind,
                }),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::found;

    #[test]
    fn known_organisations_places_and_topics() {
        let got = found(
            "Le groupe Wagner, présent au Mali, combat des djihadistes avec Africa Corps.",
            super::extract,
        );
        let keys: Vec<&str> = got.iter().map(|(_, k)| k.as_str()).collect();
        assert!(keys.contains(&"wagner"));
        assert!(keys.contains(&"mali"));
        assert!(keys.contains(&"jihadisme"));
        assert!(keys.contains(&"africa corps"));
    }

    #[test]
    fn words_inside_other_words_are_not_entities() {
        let got = found("Le malien Malik est arrivé.", super::extract);
        assert!(got.iter().all(|(_, k)| k != "mali"), "{got:?}");
    }
}
