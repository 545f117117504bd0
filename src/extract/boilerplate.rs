//! Boilerplate: lines that belong to the web page, not the story — "Lire
//! aussi | …", advertising prompts, comment prompts, share buttons, credits
//! ("Texte : …", "Le Monde avec AFP"), copyright lines. Rules of kind
//! `boilerplate` in `rules/fr/boilerplate.json` match the start of a line;
//! the whole line is then ignored by every other extractor.

use super::{Doc, Mention, MentionKind};
use crate::text::{Span, line_span};

/// Find boilerplate lines. Each match is widened to its whole line.
pub fn extract(doc: &Doc) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    for rule in doc.lang.rules_of("boilerplate") {
        for caps in rule.regex.captures_iter(&doc.folded.text) {
            let m = caps.get(0).expect("group 0");
            let span = doc.folded.to_original(Span::new(m.start(), m.end()));
            let line = line_span(doc.text(), span.start);
            if out.iter().any(|o| o.span == line) {
                continue;
            }
            out.push(Mention {
                span: line,
                rule: rule.id.clone(),
                kind: MentionKind::Boilerplate,
            });
        }
    }
    out.sort_by_key(|m| m.span);
    out
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::run;

    fn lines(text: &str) -> Vec<String> {
        run(text, super::extract)
            .iter()
            .map(|m| text[m.span.start..m.span.end].to_string())
            .collect()
    }

    #[test]
    fn web_page_furniture_is_recognised() {
        let text = "Le ministre est arrivé le 3 mars.\n\
                    Lire aussi : Au Niger, la junte se durcit\n\
                    À lire également | Le portrait du ministre\n\
                    Abonnez-vous à notre newsletter\n\
                    © 2024 Le Journal. Tous droits réservés.\n\
                    Partager sur Facebook\n\
                    Texte : Jean Dupont\n\
                    Publicité\n\
                    Connectez-vous pour commenter.\n\
                    Le Figaro avec AFP\n\
                    Il repartira le 5 mars.";
        let got = lines(text);
        assert_eq!(got.len(), 9, "{got:#?}");
        assert!(
            !got.iter()
                .any(|l| l.contains("arrivé") || l.contains("repartira"))
        );
    }

    #[test]
    fn story_sentences_that_mention_reading_are_kept() {
        let text = "Le président a lu aussi le rapport.\nIl a publié un texte : la réforme.";
        assert!(lines(text).is_empty());
    }
}
