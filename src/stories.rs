//! Stories: which articles of a run are about the same thing.
//!
//! A clippings folder is meant to hold one story, but folders collect
//! strays (a brief about another event, last week's clippings) and a run
//! may be given several stories at once. Comparing "27 morts" in a flood
//! report with "31 morts" in an unrelated fire would be a false conflict,
//! so claims are only compared within a story.
//!
//! Each article gets a signature: the people it names (by surname), the
//! places and organisations of the entity lexicons, and its proper nouns
//! (capitalised words inside sentences). What a shared item says depends
//! on what it is ([`Vocabulary`]): a person weighs 2, a place or a proper
//! noun no lexicon knows weighs 1, and an organisation or a capitalised
//! word of the vocabulary ("County", "National", "Agency": words of the
//! lexicons, or written in lower case elsewhere in the article) weighs
//! nothing, as do countries, nationalities, weekdays and months, which
//! unrelated stories share all the time. An article joins the
//! stories it shares a weight of [`JOIN_WEIGHT`] with, and wire copy is one
//! story; an article that joined nothing is then attached to the story it
//! shares most with (by weight, else by any shared item), because a short
//! brief may name only its place ("Sarle").
//!
//! Measured on the nine real clusters of `../shared/clusters` put in one
//! folder: nine stories, each whole (joined on any one shared item, they
//! were one story, through "United States", "Friday", "County" and "ministère
//! de l'Intérieur"); every fixture, seed and cluster folder stays one story.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::rules::RuleSet;

/// One signature item.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(tag = "kind", content = "key", rename_all = "kebab-case")]
pub enum Item {
    /// A person, by folded surname.
    Person(String),
    /// A place, or a proper noun no lexicon knows.
    #[serde(alias = "other")]
    Name(String),
    /// An organisation, or a capitalised word of the vocabulary: it joins
    /// nothing, but may attach an article that shares nothing else.
    Common(String),
}

impl Item {
    /// What sharing the item says about two articles being one story.
    fn weight(&self) -> u32 {
        match self {
            Item::Person(_) => 2,
            Item::Name(_) => 1,
            Item::Common(_) => 0,
        }
    }
}

/// The weight an article must share with a story to join it: a person and
/// a place, or three names. Measured on the real clusters: two stories put
/// together share at most 2 (two places named by chance), and any two
/// halves of one story at least 3.
pub const JOIN_WEIGHT: u32 = 3;

/// Lexicons whose forms unrelated stories share by chance: they join
/// nothing (common items).
const CHANCE_LEXICONS: &[&str] = &[
    "country.name",
    "country.people",
    "country.adjective",
    "weekday",
    "weekday_name",
    "month",
    "month_name",
];

/// Lexicons of names (places, organisations, countries): their words are
/// not vocabulary.
const NAME_LEXICONS: &[&str] = &["entity.", "country."];

/// What the lexicons of every language say about a signature word.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// Folded forms of [`CHANCE_LEXICONS`], and their words.
    chance: HashSet<String>,
    /// Every word of the other lexicons' forms and keys, but names.
    common: HashSet<String>,
}

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
}

impl Vocabulary {
    pub fn new(rules: &RuleSet) -> Self {
        let mut v = Vocabulary::default();
        for lang in rules.languages.values() {
            for (name, lex) in &lang.lexicons {
                if CHANCE_LEXICONS.contains(&name.as_str()) {
                    for (_, form) in lex.folded_forms() {
                        v.chance.insert(form.to_string());
                        v.chance.extend(words(form).map(str::to_string));
                    }
                } else if !NAME_LEXICONS.iter().any(|p| name.starts_with(p)) {
                    for (key, form) in lex.folded_forms() {
                        v.common.extend(words(form).map(str::to_string));
                        v.common.extend(words(key).map(str::to_string));
                    }
                }
            }
        }
        v
    }

    /// The item of an entity of the lexicons (its folded key): a place, or
    /// a common item for an organisation (which recurs across stories: a
    /// ministry, an agency) and a country.
    pub fn entity(&self, key: &str, place: bool) -> Item {
        if place && !self.chance.contains(key) {
            Item::Name(key.to_string())
        } else {
            Item::Common(key.to_string())
        }
    }

    /// The item of a proper noun (folded): a common item for a country, a
    /// weekday or a month, a word of the vocabulary, or one the article
    /// also writes in lower case (`lower_case_too`).
    pub fn proper_noun(&self, word: String, lower_case_too: bool) -> Item {
        if lower_case_too || self.chance.contains(&word) || self.common.contains(&word) {
            Item::Common(word)
        } else {
            Item::Name(word)
        }
    }
}

/// The story index of each article, numbered by first member (see
/// [`Joiner`]).
pub fn stories(signatures: &[BTreeSet<Item>], family_of: &[usize]) -> Vec<usize> {
    let mut joiner = Joiner::default();
    for sig in signatures {
        joiner.add(sig.iter().cloned());
    }
    joiner.finish(family_of)
}

/// An item held by more stories than this tells them apart no more: it is
/// not followed to further stories (which bounds the work per article).
const MAX_HOLDERS: usize = 256;

/// [`stories`] one signature at a time: the reduce adds each article's
/// signature as its record comes and drops it. Memory holds, per distinct
/// item, one article of each story holding it, and the signatures of the
/// articles that joined no story yet, not every article's signature.
#[derive(Debug, Default)]
pub struct Joiner {
    parent: Vec<usize>,
    /// For each item, an article of each story holding it (a story may be
    /// listed twice once two stories merge).
    holders: BTreeMap<Item, Vec<usize>>,
    /// The signatures of the articles that joined no story when added.
    alone: BTreeMap<usize, Vec<Item>>,
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
    /// What article `a` shares with each other story (by root): the sum of
    /// the weights of the items they share, or with `any`, their number.
    fn shares(&mut self, a: usize, items: &[Item], any: bool) -> BTreeMap<usize, u32> {
        let Joiner {
            parent, holders, ..
        } = self;
        let own = root(parent, a);
        let mut out: BTreeMap<usize, u32> = BTreeMap::new();
        let mut seen = Vec::new();
        for item in items {
            let w = if any { 1 } else { item.weight() };
            let Some(list) = holders.get(item).filter(|_| w > 0) else {
                continue;
            };
            seen.clear();
            for &h in list {
                let r = root(parent, h);
                if r != own && !seen.contains(&r) {
                    seen.push(r);
                    *out.entry(r).or_default() += w;
                }
            }
        }
        out
    }

    /// The next article's signature (articles are numbered in the order
    /// they are added).
    pub fn add(&mut self, signature: impl IntoIterator<Item = Item>) {
        let a = self.parent.len();
        self.parent.push(a);
        let items: Vec<Item> = signature.into_iter().collect();
        let shares = self.shares(a, &items, false);
        let mut joined = false;
        for (&r, &w) in &shares {
            if w >= JOIN_WEIGHT {
                join(&mut self.parent, a, r);
                // A story of one article is its root: it is alone no more.
                self.alone.remove(&r);
                joined = true;
            }
        }
        let own = root(&mut self.parent, a);
        for item in &items {
            let list = self.holders.entry(item.clone()).or_default();
            if list.len() < MAX_HOLDERS && !list.iter().any(|&h| root(&mut self.parent, h) == own) {
                list.push(a);
            }
        }
        if !joined {
            self.alone.insert(a, items);
        }
    }

    /// The story of each article added, once `family_of` (each article's
    /// wire-copy family) joins the articles of one family and the articles
    /// still alone are attached to the story they share most with.
    pub fn finish(mut self, family_of: &[usize]) -> Vec<usize> {
        let n = self.parent.len();
        let mut family_first: BTreeMap<usize, usize> = BTreeMap::new();
        for (a, &f) in family_of.iter().enumerate().take(n) {
            match family_first.get(&f) {
                Some(&b) => join(&mut self.parent, a, b),
                None => {
                    family_first.insert(f, a);
                }
            }
        }
        let mut size = vec![0usize; n];
        for a in 0..n {
            size[root(&mut self.parent, a)] += 1;
        }
        for (a, items) in std::mem::take(&mut self.alone) {
            let own = root(&mut self.parent, a);
            if size[own] > 1 {
                continue;
            }
            let best = |shares: BTreeMap<usize, u32>| {
                // The most shared; of equals, the first story.
                shares
                    .into_iter()
                    .max_by_key(|&(r, w)| (w, std::cmp::Reverse(r)))
                    .filter(|&(_, w)| w > 0)
                    .map(|(r, _)| r)
            };
            let by_weight = self.shares(a, &items, false);
            let target = best(by_weight).or_else(|| {
                let by_count = self.shares(a, &items, true);
                best(by_count)
            });
            if let Some(r) = target {
                join(&mut self.parent, a, r);
                let merged = root(&mut self.parent, a);
                size[merged] = size[own] + size[r];
            }
        }
        // Number stories 0, 1, 2… in the order of their first article.
        let mut ids: Vec<Option<usize>> = vec![None; n];
        let mut next = 0;
        (0..n)
            .map(|i| {
                let r = root(&mut self.parent, i);
                *ids[r].get_or_insert_with(|| {
                    next += 1;
                    next - 1
                })
            })
            .collect()
    }
}

/// Proper nouns of a text: capitalised words of four letters or more that
/// do not start a sentence or a line, folded ("Sarlande", "Kremlin"), each
/// with whether the text also writes the word in lower case (then it is a
/// common word capitalised in a name or a title: "the fire" and "Fire
/// Department").
pub fn proper_nouns(text: &str, ignored: &[crate::text::Span]) -> BTreeMap<String, bool> {
    let mut out = BTreeMap::new();
    // O(log n) per word: a scan of every ignored span was quadratic in a
    // long article.
    let ignored = crate::text::SpanSet::new(ignored.iter().copied());
    let mut lower = Vec::new();
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
            let first = word.chars().next();
            let capitalised = first.is_some_and(char::is_uppercase)
                && word.chars().skip(1).any(char::is_lowercase);
            if capitalised
                && !prev_end_of_sentence
                && word.chars().count() >= 4
                && !ignored.overlaps(span)
            {
                out.insert(crate::text::fold_key(word), false);
            } else if first.is_some_and(char::is_lowercase) && word.len() >= 4 {
                lower.push(span);
            }
            prev_end_of_sentence = false;
        }
        if matches!(c, '.' | '!' | '?' | '\n' | ':' | '«' | '"' | '“') {
            prev_end_of_sentence = true;
        } else if !c.is_whitespace() && c != '\'' && c != '’' && c != ',' {
            prev_end_of_sentence = false;
        }
    }
    if !out.is_empty() {
        for span in lower {
            let word = crate::text::fold_key_cow(&text[span.start..span.end]);
            if let Some(seen) = out.get_mut(word.as_ref()) {
                *seen = true;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `p:` a person, `c:` a common word, else a name.
    fn sig(items: &[&str]) -> BTreeSet<Item> {
        items
            .iter()
            .map(|s| {
                if let Some(p) = s.strip_prefix("p:") {
                    Item::Person(p.to_string())
                } else if let Some(c) = s.strip_prefix("c:") {
                    Item::Common(c.to_string())
                } else {
                    Item::Name(s.to_string())
                }
            })
            .collect()
    }

    #[test]
    fn articles_that_join_nothing_attach_to_the_story_they_share_most_with() {
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
    fn two_stories_sharing_a_few_names_by_chance_stay_apart() {
        let flood = ["p:leitha", "kerr", "guadalupe", "c:county", "bangkok"];
        let quake = [
            "p:hlaing", "mandalay", "sagaing", "c:county", "bangkok", "york",
        ];
        let sigs = vec![
            sig(&flood),
            sig(&quake),
            sig(&flood[..4]),
            sig(&["p:hlaing", "mandalay", "york"]),
            // A brief naming only a common word of the flood story.
            sig(&["c:county", "c:sheriff"]),
            sig(&["c:sheriff"]),
        ];
        // The flood and the quake share "Bangkok", "County" and "York"
        // (weight 2): two stories. The briefs join nothing; the first
        // attaches to the first story holding "County", the second to it.
        assert_eq!(stories(&sigs, &[0, 1, 2, 3, 4, 5]), vec![0, 1, 0, 1, 0, 0]);
    }

    #[test]
    fn a_person_and_a_place_make_one_story() {
        let sigs = vec![
            sig(&["p:varga", "valdore", "c:ministry"]),
            sig(&["p:varga", "valdore"]),
            sig(&["valdore", "c:ministry"]),
            sig(&["p:varga", "c:ministry"]),
        ];
        assert_eq!(stories(&sigs, &[0, 1, 2, 3]), vec![0, 0, 0, 0]);
    }

    #[test]
    fn countries_weekdays_and_vocabulary_weigh_nothing() {
        let rules = crate::extract::testing::RULES.story_vocabulary();
        for common in [
            "thailand",
            "thailande",
            "friday",
            "vendredi",
            "etats-unis",
            "states",
            "county",
            "agency",
            "national",
        ] {
            assert_eq!(
                rules.proper_noun(common.into(), false),
                Item::Common(common.into()),
                "{common}"
            );
        }
        assert_eq!(
            rules.proper_noun("sarlande".into(), false),
            Item::Name("sarlande".into())
        );
        assert_eq!(
            rules.proper_noun("sarlande".into(), true),
            Item::Common("sarlande".into())
        );
        assert_eq!(rules.entity("mali", true), Item::Common("mali".into()));
        assert_eq!(rules.entity("bamako", true), Item::Name("bamako".into()));
        assert_eq!(
            rules.entity("minusma", false),
            Item::Common("minusma".into())
        );
    }

    #[test]
    fn proper_nouns_skip_sentence_starts_and_short_words() {
        let got = proper_nouns(
            "Selon la préfecture de Sarlande, le Kremlin a parlé. Hier, Paris et Rome ont voté \
             avec les Pompiers de Sarlande; les pompiers sont partis.",
            &[],
        );
        let want: BTreeMap<String, bool> = [
            ("sarlande", false),
            ("kremlin", false),
            ("paris", false),
            ("rome", false),
            ("pompiers", true),
        ]
        .iter()
        .map(|&(s, lower)| (s.to_string(), lower))
        .collect();
        assert_eq!(got, want);
    }
}
