//! Mention extraction: one file per extractor, all driven by the rules of the
//! article's language.
//!
//! An extractor reads a [`Doc`] (the article, its folded text, its sentences
//! and boilerplate) and returns [`Mention`]s: a byte span of the original
//! text, the id of the rule that matched, and a typed payload. Extraction is
//! per article and shares nothing, so it can run in parallel or in shards.
//!
//! | file | finds |
//! | --- | --- |
//! | `boilerplate.rs` | "Lire aussi", ads, comment prompts, credits, copyright lines |
//! | `date.rs` | dates, date ranges, weekdays, relative days, years |
//! | `number.rs` | numbers in digits and in words, ordinals, percentages |
//! | `quantity.rs` | counted nouns with their qualifier ("près de 19 500 hommes") |
//! | `time.rs` | times of day ("6:07 p.m.", "23h10") |
//! | `range.rs` | number ranges and bounds ("between 20 and 30", "more than 660") |
//! | `person.rs` | people with titles, ranks and roles |
//! | `entity.rs` | organisations, places and topics |
//! | `event.rs` | event triggers (visite, séjour, arrivé…) |

pub mod boilerplate;
pub mod date;
pub mod entity;
pub mod event;
pub mod number;
pub mod person;
pub mod quantity;
pub mod range;
pub mod time;

use serde::Serialize;

use crate::corpus::Article;
use crate::rules::{Language, Rule};
use crate::text::{DisjointSpans, Folded, Span, SpanSet, sentences};

/// An article prepared for extraction.
pub struct Doc<'a> {
    pub article: &'a Article,
    pub lang: &'a Language,
    /// The article text folded for matching, with a map back.
    pub folded: Folded,
    /// Sentence spans in the original text.
    pub sentences: Vec<Span>,
    /// Spans of the original text that yield no claims (boilerplate,
    /// header lines).
    pub ignored: Vec<Span>,
    /// `ignored` as a set, for O(log n) lookups.
    ignored_set: SpanSet,
    /// The boilerplate lines found ([`boilerplate::extract`], which does
    /// not depend on `ignored`): kept for [`boilerplate::listed`] instead
    /// of matching every boilerplate rule a second time.
    pub boilerplate: Vec<Mention>,
    /// [`number::atoms`], found once: numbers, quantities and ranges all
    /// start from them.
    atoms: std::sync::OnceLock<Vec<number::Atom>>,
}

impl<'a> Doc<'a> {
    pub fn new(article: &'a Article, lang: &'a Language) -> Self {
        let folded = Folded::new(&article.text);
        let sentences = sentences(&article.text);
        let mut doc = Doc {
            article,
            lang,
            folded,
            sentences,
            ignored: Vec::new(),
            ignored_set: SpanSet::default(),
            boilerplate: Vec::new(),
            atoms: std::sync::OnceLock::new(),
        };
        if let Some(h) = article.header {
            doc.ignored.push(h);
        }
        doc.ignored_set = SpanSet::new(doc.ignored.iter().copied());
        doc.boilerplate = boilerplate::extract(&doc);
        let boiler: Vec<Span> = doc.boilerplate.iter().map(|m| m.span).collect();
        doc.ignored.extend(boiler);
        doc.ignored.sort();
        doc.ignored_set = SpanSet::new(doc.ignored.iter().copied());
        doc
    }

    /// The numbers of the article ([`number::atoms`]), found on first use.
    pub fn atoms(&self) -> &[number::Atom] {
        self.atoms.get_or_init(|| number::atoms(self))
    }

    pub fn text(&self) -> &str {
        &self.article.text
    }

    /// The original text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.article.text[span.start..span.end]
    }

    /// Whether a span lies in boilerplate or the header.
    pub fn is_ignored(&self, span: Span) -> bool {
        self.ignored_set.overlaps(span)
    }

    /// The sentence holding a span, if any.
    pub fn sentence_of(&self, span: Span) -> Option<Span> {
        // Sentences are sorted and disjoint: only the last one starting at
        // or before the span can hold it.
        let n = self.sentences.partition_point(|s| s.start <= span.start);
        let s = *self.sentences.get(n.checked_sub(1)?)?;
        (span.start < s.end.max(s.start + 1)).then_some(s)
    }

    /// Run a rule over the folded text: every match with the original span
    /// of the whole match and the captures (folded offsets).
    pub fn matches<'r>(&'r self, rule: &'r Rule) -> impl Iterator<Item = Match<'r>> + 'r {
        rule.regex
            .captures_iter(&self.folded.text)
            .map(move |caps| {
                let m = caps.get(0).expect("group 0 always matches");
                let span = self.folded.to_original(Span::new(m.start(), m.end()));
                Match {
                    rule,
                    span,
                    caps,
                    doc: self,
                }
            })
            .filter(|m| !m.span.is_empty() && !self.is_ignored(m.span))
    }
}

/// One regex match of a rule in a document.
pub struct Match<'r> {
    pub rule: &'r Rule,
    /// Original span of the whole match.
    pub span: Span,
    pub caps: regex::Captures<'r>,
    doc: &'r Doc<'r>,
}

impl Match<'_> {
    /// Folded text of a named group.
    pub fn group(&self, name: &str) -> Option<&str> {
        self.caps.name(name).map(|m| m.as_str())
    }
    /// Original span of a named group.
    pub fn group_span(&self, name: &str) -> Option<Span> {
        self.caps
            .name(name)
            .map(|m| self.doc.folded.to_original(Span::new(m.start(), m.end())))
    }
    /// Original text of a named group.
    pub fn group_original(&self, name: &str) -> Option<&str> {
        self.group_span(name).map(|s| self.doc.slice(s))
    }
}

/// Something an extractor found.
#[derive(Debug, Clone, Serialize)]
pub struct Mention {
    /// Byte span in the original article text.
    pub span: Span,
    /// The id of the rule that matched.
    pub rule: String,
    #[serde(flatten)]
    pub kind: MentionKind,
}

/// The typed payload of a mention.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum MentionKind {
    Boilerplate,
    Date(date::DateMention),
    Number(number::NumberMention),
    Quantity(quantity::QuantityMention),
    Range(range::RangeMention),
    Time(time::TimeMention),
    Person(person::PersonMention),
    Entity(entity::EntityMention),
    Event(event::EventMention),
}

impl Mention {
    /// The normalised value used by rule examples (`"value"` in a rule file).
    pub fn value_string(&self) -> String {
        match &self.kind {
            MentionKind::Boilerplate => String::new(),
            MentionKind::Date(d) => d.value_string(),
            MentionKind::Number(n) => n.value_string(),
            MentionKind::Quantity(q) => q.value_string(),
            MentionKind::Range(r) => r.value_string(),
            MentionKind::Time(t) => t.value_string(),
            MentionKind::Person(p) => p.value_string(),
            MentionKind::Entity(e) => e.key.clone(),
            MentionKind::Event(e) => e.value_string(),
        }
    }
}

/// Every mention of a document, in span order, outside boilerplate.
pub fn extract(doc: &Doc) -> Vec<Mention> {
    // The extractors read the document and nothing else: two halves of
    // similar cost run side by side, so that a long article uses both cores
    // (a folder's articles already spread over them; rayon's work stealing
    // keeps this from oversubscribing). The order of `all` is theirs, as if
    // run one after another.
    let (mut all, rest) = rayon::join(
        || {
            let mut v = date::extract(doc);
            v.extend(number::extract(doc));
            v.extend(quantity::extract(doc));
            v.extend(range::extract(doc));
            v.extend(time::extract(doc));
            v
        },
        || {
            let mut v = person::extract(doc);
            v.extend(entity::extract(doc));
            v.extend(event::extract(doc));
            v
        },
    );
    all.extend(rest);
    all.retain(|m| !doc.is_ignored(m.span));
    all.sort_by(|a, b| {
        (a.span.start, std::cmp::Reverse(a.span.end), &a.rule).cmp(&(
            b.span.start,
            std::cmp::Reverse(b.span.end),
            &b.rule,
        ))
    });
    all
}

/// Keep the longest of overlapping matches (earlier start wins ties), the
/// usual rule for competing patterns of one extractor.
pub fn longest_non_overlapping(mut ms: Vec<Mention>) -> Vec<Mention> {
    ms.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then(a.span.start.cmp(&b.span.start))
            .then(a.rule.cmp(&b.rule))
    });
    let mut kept: Vec<Mention> = Vec::new();
    let mut taken = DisjointSpans::default();
    for m in ms {
        if !taken.overlaps(m.span) {
            taken.insert(m.span);
            kept.push(m);
        }
    }
    kept.sort_by_key(|m| m.span);
    kept
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for extractor unit tests.
    use super::*;
    use crate::rules::RuleSet;
    use std::sync::LazyLock;

    pub static RULES: LazyLock<RuleSet> = LazyLock::new(|| {
        let (set, errors) = RuleSet::embedded();
        assert!(errors.is_empty(), "{errors:#?}");
        set
    });

    pub fn article(text: &str) -> Article {
        Article {
            path: "test.txt".into(),
            text: text.into(),
            language: Some("fr".into()),
            outlet: None,
            published_header: None,
            header: None,
            notes: vec![],
        }
    }

    /// Run one extractor over a French text.
    pub fn run(text: &str, f: fn(&Doc) -> Vec<Mention>) -> Vec<Mention> {
        let a = article(text);
        let doc = Doc::new(&a, RULES.language("fr").unwrap());
        f(&doc)
    }

    /// The same with the English rules.
    pub fn run_en(text: &str, f: fn(&Doc) -> Vec<Mention>) -> Vec<Mention> {
        let a = article(text);
        let doc = Doc::new(&a, RULES.language("en").unwrap());
        f(&doc)
    }

    /// `(matched text, value_string)` pairs, for terse assertions.
    pub fn found(text: &str, f: fn(&Doc) -> Vec<Mention>) -> Vec<(String, String)> {
        pairs(text, run(text, f))
    }

    /// The same with the English rules.
    pub fn found_en(text: &str, f: fn(&Doc) -> Vec<Mention>) -> Vec<(String, String)> {
        pairs(text, run_en(text, f))
    }

    fn pairs(text: &str, mentions: Vec<Mention>) -> Vec<(String, String)> {
        mentions
            .iter()
            .map(|m| (text[m.span.start..m.span.end].to_string(), m.value_string()))
            .collect()
    }
}

/// Run every rule's examples (the `examples` of each rule file) through the
/// extractors: a positive example must yield a mention of that rule with
/// the given text (and value), a negative one none. Returns one error per
/// failing example.
pub fn check_examples(set: &crate::rules::RuleSet) -> Vec<crate::Error> {
    let mut errors = Vec::new();
    for (code, lang) in &set.languages {
        for rule in &lang.rules {
            for ex in &rule.examples {
                let article = Article {
                    path: format!("example of {}", rule.id),
                    text: ex.text.clone(),
                    language: Some(code.clone()),
                    outlet: None,
                    published_header: None,
                    header: None,
                    notes: vec![],
                };
                let doc = Doc::new(&article, lang);
                let mut found = if rule.kind == "boilerplate" {
                    boilerplate::extract(&doc)
                } else if rule.kind == "publication" {
                    boilerplate::stamp_mentions(&doc)
                } else {
                    extract(&doc)
                };
                found.retain(|m| m.rule == rule.id);
                let shown: Vec<String> = found
                    .iter()
                    .map(|m| format!("{:?} = {}", doc.slice(m.span), m.value_string()))
                    .collect();
                let ok = match &ex.expect {
                    None => found.is_empty(),
                    Some(want) => found.iter().any(|m| {
                        crate::text::fold_key(doc.slice(m.span)) == crate::text::fold_key(want)
                            && ex.value.as_ref().is_none_or(|v| *v == m.value_string())
                    }),
                };
                if !ok {
                    errors.push(crate::Error::RuleExample {
                        path: format!("rules/{}", rule.file),
                        rule: rule.id.clone(),
                        message: format!(
                            "in {:?} expected {} (value {}), found [{}]",
                            ex.text,
                            ex.expect
                                .as_deref()
                                .map_or("nothing".into(), |m| format!("{m:?}")),
                            ex.value.as_deref().unwrap_or("any"),
                            shown.join("; ")
                        ),
                    });
                }
            }
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::testing::RULES;

    #[test]
    fn every_rule_example_holds() {
        let errors = super::check_examples(&RULES);
        let msgs: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert!(msgs.is_empty(), "{}", msgs.join("\n"));
    }
}
