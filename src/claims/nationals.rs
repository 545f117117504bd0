//! The dead counted by nationality, keyed by country: "660 Egyptians were
//! among the dead", "236 Indonesian fatalities", "165 people from
//! Indonesia … are also among the dead", "Egyptians accounted for 658
//! deaths", "identified 672 of the deceased as Egyptian nationals",
//! "Egypt said 31 of its citizens died"; in French "660 Égyptiens
//! figurent parmi les morts", "236 victimes indonésiennes". The people,
//! the adjective and the country's name share one key
//! (`count@nat-<country>:dead`, lexicons `country.*`), in every language.

use super::*;

/// Folded words and punctuation marks, as lexicon forms are split.
use crate::text::word_tokens as words;

/// The key and length (in words) of the longest form of `lexicon` that
/// `ws` starts with.
fn prefix_of(doc: &Doc, lexicon: &str, ws: &[String]) -> Option<(String, usize)> {
    let first = ws.first()?;
    let mut best: Option<(&str, usize)> = None;
    for (key, f) in doc.lang.lexicon(lexicon).word_forms() {
        if f.first() == Some(first)
            && f.len() <= ws.len()
            && ws[..f.len()] == f[..]
            && best.is_none_or(|(_, n)| f.len() > n)
        {
            best = Some((key, f.len()));
        }
    }
    best.map(|(k, n)| (k.to_string(), n))
}

fn is_punct(w: &str) -> bool {
    !w.chars().any(char::is_alphanumeric)
}

/// How a count names its country, and whether its own words say the
/// people are dead ("236 Indonesian fatalities").
struct Found {
    country: String,
    /// Words of the text after the number that the country phrase takes.
    used: usize,
    dead: bool,
}

impl Builder<'_, '_> {
    /// Counts of the dead by nationality (see the module's doc). The
    /// count must be the story's (not a past event recalled, not a
    /// projection) and say it counts the dead: by its noun, by a
    /// `count.predicate` of the dead right after it, by a `count.verb_before`
    /// of the dead, or beside a `count.among` marker of the dead in its
    /// sentence ("Among the dead were …", "… are also among the dead").
    pub(super) fn nationality_dead_claims(&mut self) {
        let doc = self.doc;
        if doc.lang.lexicon("country.name").is_empty() {
            return;
        }
        let text = doc.text();
        let story = self.story_year();
        let dead_nouns = doc.lang.lexicon("count.noun");
        let is_dead_noun = |w: &str| dead_nouns.key_of(w) == Some("dead");
        // Bare numbers ("98 from India") and the numbers of counts ("660
        // Egyptians"): (span, where the number ends, rule, value,
        // qualifier).
        let candidates = self.figures(true);
        let mut taken: Vec<Span> = Vec::new();
        for (nspan, number_end, rule, value, qualifier) in candidates {
            let nspan = &nspan;
            let value = &value;
            if value.fract() != 0.0 || *value < 1.0 {
                continue;
            }
            let Some(sentence) = doc.sentence_of(*nspan) else {
                continue;
            };
            let to = crate::text::floor_char_boundary(
                text,
                (number_end + 160).min(sentence.end.max(number_end)),
            );
            let after = words(&text[number_end..to]);
            let found = self
                .country_after(&after, &is_dead_noun)
                .or_else(|| self.country_before(*nspan, &after, &is_dead_noun));
            let Some(found) = found else { continue };
            if self.era_of(*nspan, story) != past::Era::Now || self.is_hypothetical(*nspan) {
                continue;
            }
            // What the words right after the phrase say: a predicate of
            // the dead makes the count a toll, another (injured,
            // missing) makes it no toll.
            let rest = &after[found.used.min(after.len())..];
            let predicate = prefix_of(doc, "count.predicate", rest).map(|(k, _)| k);
            let dead = match predicate.as_deref() {
                Some("dead") => true,
                Some(_) => false,
                None => {
                    found.dead
                        || self.verb_key_before(*nspan).as_deref() == Some("dead")
                        || self.among_the_dead(*nspan, sentence)
                }
            };
            if !dead {
                continue;
            }
            let name = doc
                .lang
                .lexicon("country.name")
                .first_form_or(&found.country)
                .to_string();
            taken.push(*nspan);
            self.push(
                (
                    format!("dead ({name})"),
                    format!("count@nat-{}:dead", found.country),
                ),
                "count",
                Value::Quantity(Quantity::new(*value, qualifier)),
                *nspan,
                rule,
                None,
            );
        }
        // "Egyptians accounted for 658 deaths" is no count of all the
        // dead.
        let source = self.source;
        self.claims.retain(|c| {
            c.source != source || c.subject_key != "count:dead" || !taken.contains(&c.span)
        });
    }

    /// The country named right after a number: its people ("660
    /// Egyptians"), its adjective before or after a noun of people or of
    /// the dead ("236 Indonesian fatalities", "98 ressortissants
    /// indiens"), "from" and its name ("165 people from Indonesia", "98
    /// from India"), "of the dead as/were" and one of those ("672 of the
    /// deceased as Egyptian nationals").
    fn country_after(
        &self,
        after: &[String],
        is_dead_noun: &dyn Fn(&str) -> bool,
    ) -> Option<Found> {
        let doc = self.doc;
        let bearer = |w: &str| is_word(doc, "country.bearer", w) || is_dead_noun(w);
        let named_at = |i: usize| -> Option<(String, usize, bool)> {
            let ws = after.get(i..)?;
            if let Some((k, n)) = prefix_of(doc, "country.people", ws) {
                return Some((k, i + n, false));
            }
            if let Some((k, n)) = prefix_of(doc, "country.adjective", ws) {
                let next = ws.get(n)?;
                if bearer(next) {
                    return Some((k, i + n + 1, is_dead_noun(next)));
                }
                return None;
            }
            if let Some((_, n)) = prefix_of(doc, "country.from", ws) {
                let ws = &ws[n..];
                let skip = usize::from(
                    ws.first()
                        .is_some_and(|w| is_word(doc, "grammar.article", w)),
                );
                let (k, m) = prefix_of(doc, "country.name", &ws[skip..])?;
                return Some((k, i + n + skip + m, false));
            }
            None
        };
        // "660 Egyptians", "98 from India", "236 Indonesian fatalities".
        if let Some((country, used, dead)) = named_at(0) {
            return Some(Found {
                country,
                used,
                dead,
            });
        }
        let first = after.first()?;
        // "236 victimes indonésiennes", "165 people from Indonesia".
        if bearer(first) && !is_word(doc, "country.adjective", first) {
            if let Some((k, n)) = prefix_of(doc, "country.adjective", &after[1..]) {
                return Some(Found {
                    country: k,
                    used: 1 + n,
                    dead: is_dead_noun(first),
                });
            }
            if let Some((country, used, _)) = named_at(1).filter(|_| {
                after
                    .get(1)
                    .is_some_and(|w| !is_word(doc, "country.people", w))
            }) {
                return Some(Found {
                    country,
                    used,
                    dead: is_dead_noun(first),
                });
            }
        }
        // "672 of the deceased as Egyptian nationals", "31 of the dead
        // were from Egypt": a part of the dead, then within three words
        // its country.
        let (_, n) = prefix_of(doc, "count.part", after).filter(|(k, _)| k == "after")?;
        let noun = after.get(n)?;
        if !is_dead_noun(noun) {
            return None;
        }
        (n + 1..=n + 4).find_map(|i| {
            if after[n + 1..i.min(after.len())].iter().any(|w| is_punct(w)) {
                return None;
            }
            named_at(i).map(|(country, used, _)| Found {
                country,
                used,
                dead: true,
            })
        })
    }

    /// The country named before a number: "Egypt said 31 of its citizens
    /// died" (`country.own` right after the number, the country before it
    /// in the clause) and "Egyptians accounted for 658 deaths" (the
    /// people, at most eight words before a count of the dead, in its
    /// clause).
    fn country_before(
        &self,
        nspan: Span,
        after: &[String],
        is_dead_noun: &dyn Fn(&str) -> bool,
    ) -> Option<Found> {
        let doc = self.doc;
        let text = doc.text();
        let sentence = doc.sentence_of(nspan)?;
        let from = look_back(text, nspan.start, 120, sentence.start);
        let before = words(&text[from..nspan.start]);
        let own = prefix_of(doc, "country.own", after);
        let dead_count = after.first().is_some_and(|w| is_dead_noun(w));
        if own.is_none() && !dead_count {
            return None;
        }
        // The clause before the number, nearest word first.
        let clause: Vec<&String> = before
            .iter()
            .rev()
            .take_while(|w| !matches!(w.as_str(), "," | ";" | ":" | "." | "(" | ")"))
            .collect();
        let limit = if own.is_some() { 12 } else { 8 };
        for i in 0..clause.len().min(limit) {
            // The words from position i on (in text order).
            let ws: Vec<String> = clause[..=i].iter().rev().map(|w| (*w).clone()).collect();
            let lexicons: &[&str] = if own.is_some() {
                &["country.name", "country.people"]
            } else {
                &["country.people"]
            };
            for lex in lexicons {
                if let Some((k, _)) = prefix_of(doc, lex, &ws) {
                    return Some(Found {
                        country: k,
                        used: own.as_ref().map_or(1, |(_, n)| *n),
                        dead: own.is_none(),
                    });
                }
            }
        }
        None
    }

    /// Whether a `count.among` marker of the dead stands in the sentence
    /// of `span`: before it within twelve words ("Among the dead were 28
    /// Egyptians and 30 Jordanians"), or after it with no other figure's
    /// predicate between ("165 people from Indonesia, 98 from India … are
    /// also among the dead").
    fn among_the_dead(&self, span: Span, sentence: Span) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let among = doc.lang.lexicon("count.among");
        let markers: Vec<Vec<String>> = among.forms_of("dead").iter().map(|f| words(f)).collect();
        let from = look_back(text, span.start, 240, sentence.start);
        let before = words(&text[from..span.start]);
        let hit_before = (0..before.len()).any(|i| {
            markers.iter().any(|m| before[i..].starts_with(m))
                && before[i..].iter().filter(|w| !is_punct(w)).count() <= 14
                && !before[i..]
                    .iter()
                    .any(|w| matches!(w.as_str(), ";" | ":" | "."))
        });
        if hit_before {
            return true;
        }
        let after = words(&text[span.end..sentence.end.max(span.end)]);
        let stop = after
            .iter()
            .position(|w| matches!(w.as_str(), ";" | "."))
            .unwrap_or(after.len());
        (0..stop).any(|i| markers.iter().any(|m| after[i..stop].starts_with(m)))
    }
}

impl Builder<'_, '_> {
    /// Figures of another country than the article's: an article that
    /// gives tolls (`country.scoped`: dead, injured, missing) both for its
    /// own country and for another ("In Myanmar, at least 144 people have
    /// been confirmed dead, while Thailand reported 10 fatalities and 101
    /// missing", "Thai authorities said 10 people were killed") keys the
    /// other country's figures by that country (`count@in-th:missing`). A
    /// figure's country is the last one named before it in its sentence
    /// (by name, people, adjective or `country.city`); the article's own
    /// is the one it names most (no claim is moved on a tie). An article
    /// that gives only another country's figures is left as it is: its
    /// figures are the story's.
    pub(super) fn other_country_claims(&mut self) {
        let doc = self.doc;
        let scoped = doc.lang.lexicon("country.scoped");
        if scoped.is_empty() {
            return;
        }
        let text = doc.text();
        // (start, end, country, whether a city names it).
        let mut named: Vec<(usize, usize, String, bool)> = Vec::new();
        for lex in [
            "country.name",
            "country.people",
            "country.adjective",
            "country.city",
        ] {
            // On the folded text with ASCII word boundaries: a Unicode
            // `\b` over accented text runs the regex crate's slowest engine
            // (most of a long article's time).
            let lexicon = doc.lang.lexicon(lex);
            let Some(re) = lexicon.word_regex() else {
                continue;
            };
            for m in re.find_iter(&doc.folded.text) {
                if let Some(k) = lexicon.key_of(m.as_str()) {
                    let at = doc.folded.to_original(Span::new(m.start(), m.end()));
                    named.push((at.start, at.end, k.to_string(), lex == "country.city"));
                }
            }
        }
        // "océan Indien", "Korean Air": no country.
        if let Some(re) = doc.lang.lexicon("country.not").word_regex() {
            let nots: Vec<(usize, usize)> = re
                .find_iter(&doc.folded.text)
                .map(|m| {
                    let at = doc.folded.to_original(Span::new(m.start(), m.end()));
                    (at.start, at.end)
                })
                .collect();
            named.retain(|(a, b, _, _)| !nots.iter().any(|(x, y)| a < y && x < b));
        }
        if named.is_empty() {
            return;
        }
        named.sort();
        // The article's own country is the one named most, cities aside
        // (a foreign capital's name recurs: "Bangkok" in a story about
        // Myanmar).
        let mut times: BTreeMap<&str, usize> = BTreeMap::new();
        for (_, _, k, city) in &named {
            if !city {
                *times.entry(k.as_str()).or_default() += 1;
            }
        }
        let top = times.values().copied().max().unwrap_or(0);
        let mut tops = times.iter().filter(|(_, n)| **n == top);
        let (Some((main, _)), None) = (tops.next(), tops.next()) else {
            return;
        };
        let main = main.to_string();
        let source = self.source;
        // (claim index, noun, country) of the other country's figures.
        let mut moved: Vec<(usize, String, String)> = Vec::new();
        let mut own = false;
        for (i, c) in self.claims.iter().enumerate() {
            if c.source != source || c.attribute != "count" {
                continue;
            }
            let Some(noun) = c.subject_key.strip_prefix("count:") else {
                continue;
            };
            if scoped.key_of(noun).is_none() {
                continue;
            }
            // The country of the figure's clause; else of its sentence
            // ("struck Myanmar and Thailand on Friday, killing over 150":
            // neither).
            let country = doc.sentence_of(c.span).and_then(|s| {
                let before = &text[s.start.min(c.span.start)..c.span.start];
                let clause = s.start + before.rfind([',', ';', ':']).map_or(0, |i| i + 1);
                // The last country named from `from` to the figure, unless
                // the article's own is named there too ("the toll from the
                // earthquake that hit Myanmar and Thailand passed 1,000").
                let last_from = |from: usize| {
                    let between = || {
                        named
                            .iter()
                            .filter(move |(a, b, _, _)| *a >= from && *b <= c.span.start)
                    };
                    if between().any(|(_, _, k, _)| *k == main) {
                        return None;
                    }
                    between().next_back().map(|(_, _, k, _)| k.clone())
                };
                last_from(clause).or_else(|| last_from(s.start))
            });
            match country {
                Some(k) if k != main => moved.push((i, noun.to_string(), k)),
                _ => own = true,
            }
        }
        if !own {
            return;
        }
        let names = doc.lang.lexicon("country.name");
        for (i, noun, k) in moved {
            let name = names.first_form_or(&k).to_string();
            let c = &mut self.claims[i];
            c.subject = format!("{} in {name}", c.subject);
            c.subject_key = format!("count@in-{k}:{noun}");
        }
    }
}
