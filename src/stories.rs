//! Stories: which articles of a run are about the same thing.
//!
//! A clippings folder is meant to hold one story, but folders collect
//! strays: a brief about another event, last week's clippings. Comparing
//! "27 morts" in a flood report with "31 morts" in an unrelated fire would be
//! a false conflict, so claims are only compared within a story.
//!
//! Each article gets a signature: the surnames of the people it names, the
//! organisations and places of the entity lexicons, and its proper nouns
//! (capitalised words inside sentences). Two articles are one story when
//! they share a signature item or wire copy. Stories are the connected
//! components; an article with an empty signature is a story of its own.
//!
//! The split is deliberately cautious: a folder is meant to hold one story,
//! and splitting it wrongly hides real disagreements, so only articles with
//! nothing in common are set apart (measured on the fixtures: with two
//! shared items required, a short web brief about the Sarle flood, which
//! names only "Sarle", fell out of its story).

use std::collections::{BTreeMap, BTreeSet};

/// One signature item.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(tag = "kind", content = "key", rename_all = "kebab-case")]
pub enum Item {
    Person(String),
    Other(String),
}

/// The story index of each article, numbered by first member.
///
/// Any shared signature item (a person, an organisation, a place, a proper
/// noun) or shared wire copy joins two articles; components are found
/// through an inverted index (item -> articles), so a run of thousands of
/// articles costs the size of its signatures, not the number of pairs.
pub fn stories(signatures: &[BTreeSet<Item>], family_of: &[usize]) -> Vec<usize> {
    let mut joiner = Joiner::default();
    for sig in signatures {
        joiner.add(sig.iter().cloned());
    }
    joiner.finish(family_of)
}

/// [`stories`] one signature at a time: the reduce adds each article's
/// signature as its record comes and drops it, so memory holds one entry
/// per distinct item (and one per article), not every article's signature
/// (about a tenth of a large run's memory).
#[derive(Debug, Default)]
pub struct Joiner {
    parent: Vec<usize>,
    /// The first article holding each item.
    first_with: BTreeMap<Item, usize>,
}

fn root(p: &mut [usize], mut x: usize) -> usize {
    while p[x] != x {
        p[x] = p[p[x]];
        x = p[x];
    }
    x
}

fn join(p: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (root(p, a), root(p, b));
    p[ra.max(rb)] = ra.min(rb);
}

impl Joiner {
    /// The next article's signature (articles are numbered in the order
    /// they are added).
    pub fn add(&mut self, signature: impl IntoIterator<Item = Item>) {
        let a = self.parent.len();
        self.parent.push(a);
        for item in signature {
            match self.first_with.get(&item) {
                Some(&b) => join(&mut self.parent, a, b),
                None => {
                    self.first_with.insert(item, a);
                }
            }
        }
    }

    /// The story of each article added, once `family_of` (each article's
    /// wire-copy family) joins the articles of one family.
    pub fn finish(self, family_of: &[usize]) -> Vec<usize> {
        let Joiner { mut parent, .. } = self;
        let n = parent.len();
        let mut family_first: BTreeMap<usize, usize> = BTreeMap::new();
        for (a, &f) in family_of.iter().enumerate().take(n) {
            match family_first.get(&f) {
                Some(&b) => join(&mut parent, a, b),
                None => {
                    family_first.insert(f, a);
                }
            }
        }
        // Number stories 0, 1, 2… in the order of their first article.
        let mut ids: Vec<Option<usize>> = vec![None; n];
        let mut next = 0;
        (0..n)
            .map(|i| {
                let r = root(&mut parent, i);
                *ids[r].get_or_insert_with(|| {
                    next += 1;
                    next - 1
                })
            })
            .collect()
    }
}

/// Proper nouns of a text: capitalised words of four letters or more that
/// do not start a sentence or a line, folded ("Sarlande", "Kremlin").
pub fn proper_nouns(text: &str, ignored: &[crate::text::Span]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    // O(log n) per word: a scan of every ignored span was quadratic in a
    // long article.
    let ignored = crate::text::SpanSet::new(ignored.iter().copied());
    let mut prev_end_of_sentence = true;
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphabetic() || c == '-' {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            let word = &text[s..i];
            let span = crate::text::Span::new(s, i);
            let capitalised = word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().skip(1).any(char::is_lowercase);
            if capitalised
                && !prev_end_of_sentence
                && word.chars().count() >= 4
                && !ignored.overlaps(span)
            {
                out.insert(crate::text::fold_key(word));
            }
            prev_end_of_sentence = false;
        }
        if matches!(c, '.' | '!' | '?' | '\n' | ':' | '«' | '"' | '“') {
            prev_end_of_sentence = true;
        } else if !c.is_whitespace() && c != '\'' && c != '’' && c != ',' {
            prev_end_of_sentence = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(items: &[&str]) -> BTreeSet<Item> {
        items
            .iter()
            .map(|s| match s.strip_prefix("p:") {
                Some(p) => Item::Person(p.to_string()),
                None => Item::Other(s.to_string()),
            })
            .collect()
    }

    #[test]
    fn a_shared_person_or_a_shared_name_makes_one_story() {
        let sigs = vec![
            sig(&["p:goita", "mali", "moscou"]),
            sig(&["p:goita"]),
            sig(&["sarlande", "ferrand", "meteo"]),
            sig(&["sarle", "prefecture"]),
            sig(&["sarle", "ferrand"]),
            sig(&["bamako"]),
            sig(&[]),
        ];
        // 2 and 3 share nothing, but both share a name with 4.
        assert_eq!(
            stories(&sigs, &[0, 1, 2, 3, 4, 5, 6]),
            vec![0, 0, 1, 1, 1, 2, 3]
        );
        // Wire copy is one story even without shared names.
        assert_eq!(
            stories(&sigs, &[0, 1, 2, 3, 4, 0, 6]),
            vec![0, 0, 1, 1, 1, 0, 2]
        );
    }

    #[test]
    fn proper_nouns_skip_sentence_starts_and_short_words() {
        let got = proper_nouns(
            "Selon la préfecture de Sarlande, le Kremlin a parlé. Hier, Paris et Rome ont voté.",
            &[],
        );
        let want: BTreeSet<String> = ["sarlande", "kremlin", "paris", "rome"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(got, want);
    }
}
