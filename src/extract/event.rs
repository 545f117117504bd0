//! Event triggers: the words that evoke an event or one of its ends —
//! "visite", "séjour", "déplacement" (a visit as a whole), "arrivé", "a
//! entamé" (its start), "rester … jusqu'à", "a quitté" (its end),
//! "rencontre", "s'est entretenu" (a one-day meeting).
//!
//! The triggers are data: every lexicon named `event.<type>.<part>` in
//! `rules/<lang>/events.json` defines the triggers of one part of one event
//! type, so adding an event type (an election, a summit) is a data change.
//! The claims stage binds dates to these triggers.

use serde::Serialize;

use super::{Doc, Mention, MentionKind};
use crate::text::Span;

/// What part of an event a trigger speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventPart {
    /// The event as a whole ("visite", "séjour").
    Whole,
    /// Its start ("arrivé", "a entamé").
    Start,
    /// Its end ("rester jusqu'à", "a quitté").
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
        let part = match self.part {
            EventPart::Whole => "whole",
            EventPart::Start => "start",
            EventPart::End => "end",
        };
        format!("{}:{part}", self.event)
    }
}

/// Find the event triggers of a document.
pub fn extract(doc: &Doc) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    for (name, lex) in &doc.lang.lexicons {
        let Some(rest) = name.strip_prefix("event.") else {
            continue;
        };
        let Some((event, part)) = rest.split_once('.') else {
            continue;
        };
        let part = match part {
            "whole" => EventPart::Whole,
            "start" => EventPart::Start,
            "end" => EventPart::End,
            _ => continue,
        };
        let Some(re) = lex.word_regex() else {
            continue;
        };
        // `event.<type>.<part>_not_after`: words soon after a trigger that
        // make it another verb ("the floods left 34 people dead" is no
        // departure).
        let not_after = doc.lang.lexicon(&format!("{name}_not_after"));
        for m in re.find_iter(&doc.folded.text) {
            if followed_by(&doc.folded.text[m.end()..], not_after) {
                continue;
            }
            let span = doc.folded.to_original(Span::new(m.start(), m.end()));
            out.push(Mention {
                span,
                rule: format!("{}.{name}", doc.lang.code),
                kind: MentionKind::Event(EventMention {
                    event: event.to_string(),
                    part,
                }),
            });
        }
    }
    // "est arrivé" and "arrivé" both match: keep the longer.
    super::longest_non_overlapping(out)
}

/// How many words after a trigger its `_not_after` words are looked for.
const NOT_AFTER_WORDS: usize = 6;

/// Whether one of the forms of `lex` stands among the first
/// [`NOT_AFTER_WORDS`] words of the clause `rest` (folded text) starts.
fn followed_by(rest: &str, lex: &crate::rules::Lexicon) -> bool {
    if lex.is_empty() {
        return false;
    }
    let clause = &rest[..rest
        .find(['.', ',', ';', ':', '!', '?'])
        .unwrap_or(rest.len())];
    let words: Vec<&str> = clause.split_whitespace().take(NOT_AFTER_WORDS).collect();
    (0..words.len()).any(|i| {
        let tail = words[i..].join(" ");
        lex.folded_forms().any(|(_, f)| {
            tail.strip_prefix(f)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::found;

    #[test]
    fn triggers_of_each_part() {
        let got = found(
            "Le ministre a entamé jeudi une tournée en Asie ; il quittera Tokyo samedi après un entretien.",
            super::extract,
        );
        assert_eq!(
            got,
            vec![
                ("a entamé".to_string(), "visit:start".to_string()),
                ("tournée".to_string(), "visit:whole".to_string()),
                ("quittera".to_string(), "visit:end".to_string()),
                ("entretien".to_string(), "meeting:whole".to_string()),
            ]
        );
    }

    #[test]
    fn words_that_merely_contain_a_trigger_are_not_triggers() {
        assert!(found("Les visiteurs du musée et les voyageurs.", super::extract).is_empty());
    }

    #[test]
    fn triggers_in_other_tenses() {
        let got = found(
            "Elle avait atterri lundi ; il est reparti hier et atterrira demain.",
            super::extract,
        );
        assert_eq!(
            got,
            vec![
                ("avait atterri".to_string(), "visit:start".to_string()),
                ("est reparti".to_string(), "visit:end".to_string()),
                ("atterrira".to_string(), "visit:start".to_string()),
            ]
        );
    }
}
