//! Counts: a number with the noun it counts ("19 500 hommes", "1 037
//! morts"), keyed by the canonical noun, by the place in parentheses or
//! by who counts them ("selon la police"); tolls and running totals;
//! key-figure lines ("Inscrits : 908 916"); prison sentences handed down.

use super::*;
use crate::value::Qualifier;

/// The canonical noun of a count from the `count.noun` lexicon: the
/// longest form that the text starting at the noun begins with, as whole
/// words ("personnes ont été tuées" → "morts").
pub(super) fn canonical_noun(doc: &Doc, noun: Span) -> Option<String> {
    let text = doc.text();
    let end = crate::text::floor_char_boundary(text, (noun.start + 120).min(text.len()));
    let window = fold_key(&text[noun.start..end]);
    let lex = doc.lang.lexicon("count.noun");
    let mut best: Option<(usize, &str)> = None;
    for (key, f) in lex.folded_forms() {
        let whole_word = window.starts_with(f)
            && window[f.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() && c != '-');
        if whole_word && best.is_none_or(|(n, _)| f.len() > n) {
            best = Some((f.len(), key));
        }
    }
    best.map(|(_, k)| k.to_string())
}

/// The key a thing counted as itself has in every language
/// (`count.thing`: "cardinaux électeurs" and "cardinal electors" are
/// `cardinal electors`), for a whole noun written `folded` (a modifier
/// makes another thing: "maisons détruites" are not "maisons"). Shown by
/// the key, so French and English counts of one thing are one subject.
pub(super) fn thing_key(doc: &Doc, folded: &str) -> Option<String> {
    doc.lang
        .lexicon("count.thing")
        .key_of(folded.trim())
        .map(str::to_string)
}

/// The canonical noun a predicate right after a count's noun gives it
/// (`count.predicate`): "179 people died", "10 children were still
/// missing", "27 people from the camp were unaccounted for" (a
/// prepositional phrase of at most four words, or an adverb of
/// `count.predicate_adverb`, may stand between). The
/// predicate must follow in the same clause; the nouns of a part of a
/// population (`count.not_subject` key `group`: "Egyptians", "campers")
/// take only those of `count.group_predicate` ("1.8 million pilgrims
/// took part").
pub(super) fn predicate_noun(doc: &Doc, noun: Span) -> Option<String> {
    // A part of a population ("660 Egyptians died") is no toll, but a
    // group takes part ("1.8 million pilgrims took part"):
    // `count.group_predicate`, which any noun may take too.
    let head = fold_key(doc.slice(noun));
    let head = head.split_whitespace().next().unwrap_or("");
    let group = doc.lang.lexicon("count.not_subject").key_of(head) == Some("group");
    let lexicons: Vec<&crate::rules::Lexicon> = if group {
        vec![doc.lang.lexicon("count.group_predicate")]
    } else {
        vec![
            doc.lang.lexicon("count.predicate"),
            doc.lang.lexicon("count.group_predicate"),
        ]
    };
    predicate_after(doc, noun, &lexicons)
}

/// The key of the longest form of `lexicons` that follows a count's noun
/// in its clause (see [`predicate_noun`]).
pub(super) fn predicate_after(
    doc: &Doc,
    noun: Span,
    lexicons: &[&crate::rules::Lexicon],
) -> Option<String> {
    if lexicons.iter().all(|l| l.is_empty()) {
        return None;
    }
    let text = doc.text();
    let end = crate::text::floor_char_boundary(text, (noun.end + 160).min(text.len()));
    let rest = &text[noun.end..end];
    // "Quatre personnes, dont deux enfants, sont mortes": an incise
    // naming a part (`count.part` key `before`) stands between.
    let rest = skip_part_incise(doc, rest);
    let rest = &rest[..rest
        .find([',', ';', ':', '.', '(', '"', '“'])
        .unwrap_or(rest.len())];
    let rest = fold_key(rest);
    // An adverb among the first words (`count.predicate_adverb`: "two
    // firefighters were also hurt", "three hikers later died") is left out.
    let words: Vec<&str> = rest
        .split_whitespace()
        .enumerate()
        .filter(|&(i, w)| i > 2 || !is_word(doc, "count.predicate_adverb", w))
        .map(|(_, w)| w)
        .collect();
    // Where the predicate may start: right after the noun, or after a
    // short prepositional phrase ("from Camp Mystic", "in Mandalay").
    // The phrase ends at a conjunction: "killed 17 people on Saturday and
    // injured more than 80" gives the 17 no predicate of the next verb.
    let mut starts = vec![0];
    // "five people who remain missing", "deux personnes qui ont été
    // blessées": the relative clause's verb is the noun's predicate.
    if words
        .first()
        .is_some_and(|w| is_word(doc, "grammar.relative", w))
    {
        starts.push(1);
    }
    if words
        .first()
        .is_some_and(|w| is_word(doc, "grammar.preposition", w))
    {
        let phrase_end = words
            .iter()
            .position(|w| is_word(doc, "grammar.conjunction", w))
            .unwrap_or(words.len());
        starts.extend(2..=5.min(phrase_end));
    }
    let matches_at = |i: usize| -> Option<(usize, String)> {
        let tail = words[i..].join(" ");
        lexicons
            .iter()
            .flat_map(|l| l.folded_forms())
            .filter(|(_, f)| {
                tail.strip_prefix(f)
                    .is_some_and(|r| r.is_empty() || r.starts_with(' '))
            })
            .max_by_key(|(_, f)| f.len())
            .map(|(k, f)| (f.len(), k.to_string()))
    };
    starts.into_iter().find_map(matches_at).map(|(_, k)| k)
}

/// Whether a relative pronoun (`grammar.relative`) opens the words right
/// after a count's noun ("five people who remain missing").
fn followed_by_relative(doc: &Doc, noun: Span) -> bool {
    let text = doc.text();
    let end = crate::text::floor_char_boundary(text, (noun.end + 20).min(text.len()));
    fold_key(&text[noun.end..end])
        .split_whitespace()
        .next()
        .is_some_and(|w| is_word(doc, "grammar.relative", w))
}

/// `rest` (the text after a count's noun) past an incise that names a
/// part of the count (", dont deux enfants,"), else `rest` itself.
fn skip_part_incise<'t>(doc: &Doc, rest: &'t str) -> &'t str {
    let Some(after_comma) = rest.trim_start().strip_prefix(',') else {
        return rest;
    };
    let Some(close) = after_comma.find(',') else {
        return rest;
    };
    let incise = fold_key(&after_comma[..close]);
    let incise = incise.trim_start();
    let opens = doc
        .lang
        .lexicon("count.part")
        .folded_forms_of("before")
        .iter()
        .any(|f| {
            incise
                .strip_prefix(f.as_str())
                .is_some_and(|r| r.starts_with(' '))
        });
    if opens && !after_comma[..close].contains(['.', ';', ':']) {
        &after_comma[close + 1..]
    } else {
        rest
    }
}

/// Whether `s` (the text after an opening bracket) is an acronym and the
/// closing bracket: "USGS)", "CNRST)".
fn opens_acronym(s: &str) -> bool {
    let Some(close) = s.find(')') else {
        return false;
    };
    let inner = &s[..close];
    inner.chars().count() >= 2 && inner.chars().all(|c| c.is_uppercase() || c == '-')
}

impl Builder<'_, '_> {
    /// Counts of things: "au moins soixante chefs jihadistes". The counted
    /// noun is normalised through the `count.noun` lexicon, read from the
    /// noun on ("27 personnes ont été tuées", "31 morts" and "1 mort" are
    /// all deaths; "victimes" stays apart: victims may be injured). A count
    /// in a sentence that names another year than the article's ("En 2019,
    /// une crue avait fait 12 morts") is about an earlier event and claims
    /// nothing.
    pub(super) fn count_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let story = self.story_year();
        for (span, rule, q) in &self.ctx.quantities {
            let Measure::Count { noun } = &q.measure else {
                continue;
            };
            if noun.trim().is_empty() {
                continue;
            }
            // Seats are their winner's (`seats.rs`).
            if self.seat_claims(*span, rule, q) {
                continue;
            }
            let era = self.era_of(*span, story);
            if era == past::Era::Unclear {
                continue;
            }
            if (self.count_is_part(*span, q.noun_span) && !self.is_part_noun(q.noun_span))
                || self.is_hypothetical(*span)
            {
                continue;
            }
            // "61 0747 votes": a group with a leading zero is a broken
            // number, not a count.
            let written = doc.slice(*span);
            if written.starts_with('0') && written[1..].starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let before = self.words_before_number(*span, 24);
            if self.is_definite_reference(&before, q) {
                continue;
            }
            // "Trois manifestants ont été interpellés", "deux pompiers ont
            // été blessés": a state (`count.predicate`) said of people
            // counted by who they are makes them a part of that state's
            // figure, never a count of the group.
            let group_state = canonical_noun(doc, q.noun_span).and_then(|own| {
                let state = self.state_of_group(&own, *span, q.noun_span, &before)?;
                Some((own, state))
            });
            if era == past::Era::Now
                && let Some((own, state)) = &group_state
            {
                // Keyed by the group's canonical noun: "onze policiers" and
                // "11 membres des forces de l'ordre" are one group.
                self.push(
                    (
                        format!("{state} ({own})"),
                        format!("count@part-{}:{state}", place_key(own)),
                    ),
                    "count",
                    Value::Quantity(Quantity::new(q.value, q.qualifier)),
                    *span,
                    rule,
                    None,
                );
                continue;
            }
            // Keyed folded ("coups d'etat"), shown as written ("coups d'État").
            // A past event recalled in one sentence: whoever the verb
            // killed is that event's toll ("killing three Chinese students",
            // "killing two passengers").
            let canonical = group_state
                .map(|(_, state)| state)
                .or_else(|| canonical_noun(doc, q.noun_span))
                .or_else(|| self.noun_after_nationality(q.noun_span))
                .or_else(|| {
                    // "1,081 pilgrims from around ten countries have
                    // died": a figure in a complement is not the verb's
                    // subject.
                    // A relative clause on the noun speaks of it wherever
                    // it stands: "searching for five people who remain
                    // missing".
                    let last = before.split_whitespace().next_back().unwrap_or("");
                    (!is_word(doc, "count.in_complement", last)
                        || followed_by_relative(doc, q.noun_span))
                    .then(|| predicate_noun(doc, q.noun_span))
                    .flatten()
                })
                .or_else(|| self.verb_before(*span, q.noun_span))
                // "about 750 campers were at the camp" (`present.rs`).
                .or_else(|| self.presence(*span, q.noun_span))
                .or_else(|| {
                    matches!(era, past::Era::Past(_))
                        .then(|| self.verb_key_before(*span))
                        .flatten()
                });
            // "Police arrested two men", "two men were taken into custody",
            // "arrested three suspects": people in a state whose figure is
            // the whole (`count.whole_state`: the arrested) count toward it,
            // whoever they are.
            if canonical.is_none()
                && era == past::Era::Now
                && let Some(state) = self
                    .group_state(q.noun_span, &before)
                    .or_else(|| self.verb_key_before(*span))
                    .filter(|s| is_word(doc, "count.whole_state", s))
            {
                self.push(
                    (state.clone(), format!("count:{state}")),
                    "count",
                    Value::Quantity(Quantity::new(q.value, q.qualifier)),
                    *span,
                    rule,
                    None,
                );
                continue;
            }
            if canonical.is_none() {
                let head = fold_key(doc.slice(q.noun_span));
                let head = head.split_whitespace().next().unwrap_or("");
                // "At least 27 girls were unaccounted for", "douze campeurs
                // sont portés disparus": a part of a population (`group`)
                // in a state (`count.predicate`) is that state's figure for
                // the group, beside the story's own ("missing (girls)").
                // "The blast killed six workers": the verb right before
                // the figure gives the group its state too.
                if era == past::Era::Now
                    && doc.lang.lexicon("count.not_subject").key_of(head) == Some("group")
                    && !is_word(doc, "country.people", head)
                    && let Some(state) = self
                        .group_state(q.noun_span, &before)
                        .or_else(|| self.verb_key_before(*span))
                {
                    self.push(
                        (
                            format!("{state} ({head})"),
                            format!("count@part-{}:{state}", place_key(head)),
                        ),
                        "count",
                        Value::Quantity(Quantity::new(q.value, q.qualifier)),
                        *span,
                        rule,
                        None,
                    );
                    continue;
                }
                // "98 Indian nationals": a country's people are counted by
                // country (`nationality_dead_claims`), or not at all.
                if doc.lang.lexicon("count.not_subject").key_of(head).is_some()
                    || self.generic_noun(q.noun_span)
                    || is_word(doc, "country.people", head)
                    || is_word(doc, "country.adjective", head)
                {
                    continue;
                }
                // "the 177 recovered bodies": a participle is no noun.
                if forms(doc, "count.not_subject_suffix")
                    .iter()
                    .any(|s| head.len() > s.len() + 2 && head.ends_with(s))
                {
                    continue;
                }
                // "620 000 valablement comptabilisées", "(il était de 7
                // auparavant)": after a plural figure, a word with an
                // adverb's ending (`count.adverb_suffix`; a noun would take
                // the plural's) counts nothing.
                // A word before another noun is its modifier ("12 family
                // members"), never an adverb.
                if q.value >= 2.0
                    && !fold_key(doc.slice(q.noun_span)).contains(' ')
                    && forms(doc, "count.adverb_suffix")
                        .iter()
                        .any(|s| head.len() > s.len() + 2 && head.ends_with(s))
                {
                    continue;
                }
            }
            // A candidate's votes are the candidate's (see
            // `share_claims`); "575 222 voix" with no candidate next to it
            // is nobody's, and only the total of valid votes is a count.
            let vote_noun = canonical
                .clone()
                .unwrap_or_else(|| fold_key(doc.slice(q.noun_span)));
            // A chamber's vote on a text ("la motion de censure a été
            // adoptée par 331 voix", "the bill passed by 312 votes"):
            // the votes for it, and the majority it needed apart
            // ("la majorité requise de 288 voix", "289 votes were
            // needed").
            if let Some(key) = self.chamber_vote(*span, q, &vote_noun) {
                self.push(
                    (key.clone(), format!("count:{key}")),
                    "count",
                    Value::Quantity(q.quantity()),
                    *span,
                    rule,
                    None,
                );
                continue;
            }
            if let Some(c) = &canonical {
                let votes = doc.lang.lexicon("vote.count");
                let is = |k: &str| votes.folded_forms_of(k).iter().any(|f| *f == fold_key(c));
                if is("linked") && self.votes_beside_a_share(*span, q) {
                    continue;
                }
                if is("owned") {
                    // "Avec 58 874 voix, Oligui Nguema devance…": the
                    // candidate opens the main clause right after.
                    let after = &text[q.noun_span.end.max(span.end)..];
                    let comma = after.len() - after.trim_start().len();
                    let owner = after[comma..].strip_prefix(',').and_then(|rest| {
                        let at = q.noun_span.end.max(span.end) + comma + 1;
                        let head: String = rest.chars().take(40).collect();
                        let first_words =
                            head.split_whitespace().take(2).map(str::len).sum::<usize>() + 3;
                        self.ctx.people().find(|(s, _, _, _)| {
                            s.start >= at
                                && s.start <= at + first_words
                                && !text[at..s.start].contains([',', '.', ';'])
                        })
                    });
                    if let Some((_, _, _, id)) = owner {
                        let person =
                            self.staged((self.ctx.display(id), format!("person:{id}")), *span);
                        self.push(
                            person,
                            "votes",
                            Value::Quantity(q.quantity()),
                            *span,
                            rule,
                            None,
                        );
                    }
                    continue;
                }
            }
            let staged = Some(canonical.as_deref().unwrap_or(noun)).is_some_and(|c| {
                doc.lang
                    .lexicon("result.staged")
                    .folded_forms_of("counts")
                    .iter()
                    .any(|f| *f == fold_key(c))
            });
            // "the deaths of two firefighters", "killing three hikers": the
            // verb makes a named group a part of its toll, never a count of
            // the group itself (the 1,900 firefighters on the fire lines).
            let head = fold_key(doc.slice(q.noun_span));
            let first = head.split_whitespace().next().unwrap_or("");
            if canonical.is_none()
                && era == past::Era::Now
                && !self.generic_noun(q.noun_span)
                && doc.lang.lexicon("count.not_subject").key_of(first) != Some("not-a-noun")
                && !is_word(doc, "country.people", first)
                && !is_word(doc, "country.adjective", first)
                && let Some(verb) = self.verb_key_before(*span)
            {
                let (shown, head) = match thing_key(doc, &head) {
                    Some(k) => (k.clone(), k),
                    None => (doc.slice(q.noun_span).trim().to_lowercase(), head),
                };
                self.push(
                    (
                        format!("{verb} ({shown})"),
                        format!("count@part-{}:{verb}", place_key(&head)),
                    ),
                    "count",
                    Value::Quantity(Quantity::new(q.value, q.qualifier)),
                    *span,
                    rule,
                    None,
                );
                continue;
            }
            let (display, key) = match canonical.or_else(|| thing_key(doc, noun)) {
                Some(c) => (c.clone(), c),
                None => {
                    let written = doc.slice(q.noun_span).trim().to_lowercase();
                    let shown = if crate::text::fold_key(&written) == *noun {
                        written
                    } else {
                        noun.clone()
                    };
                    (shown, noun.clone())
                }
            };
            // Figures that differ by who counts ("selon la CGT"): the
            // source is part of the subject, and a bare number attributed
            // to another source right after counts the same thing.
            let local = (era == past::Era::Now)
                .then(|| self.local_place(*span, &key))
                .flatten();
            if era == past::Era::Now && self.is_attributed_noun(&key) {
                let Some((who, who_key)) = self.attribution(*span) else {
                    let subject = local_subject((display.clone(), format!("count:{key}")), &local);
                    self.push(
                        subject,
                        "count",
                        Value::Quantity(Quantity::new(q.value, q.qualifier)),
                        *span,
                        rule,
                        None,
                    );
                    continue;
                };
                self.push_attributed(
                    (&display, &key),
                    (&who, &who_key),
                    &local,
                    *span,
                    rule,
                    Quantity::new(q.value, q.qualifier),
                );
                continue;
            }
            let Some(subject) = era.subject(&display, &key) else {
                continue;
            };
            let subject = local_subject(subject, &local);
            // One of two named fires, storms… (see `named.rs`).
            let subject = match self.named_event_of(*span).filter(|_| era == past::Era::Now) {
                Some((event, event_key)) => (
                    format!("{display} ({event})"),
                    format!("count@{event_key}:{key}"),
                ),
                None => subject,
            };
            let subject = if staged && era == past::Era::Now {
                self.staged(subject, *span)
            } else {
                subject
            };
            self.push(
                subject,
                "count",
                Value::Quantity(Quantity::new(q.value, q.qualifier)),
                *span,
                rule,
                None,
            );
        }
    }

    /// Counts of a part of the area, in parentheses beside the place:
    /// "la plupart des morts ont été recensées à Al-Haouz (1.293) et à
    /// Taroudant (452)", "des morts (694) ont été recensées à Al-Haouz",
    /// "dans la province de Chichaoua (202)". The count is the sentence's
    /// count noun in that place (`count@in-<place>:<noun>`), never the
    /// national total. The place is the capitalised words right before
    /// the parenthesis (after "à", "de", "dans"…), or, for a number right
    /// after the noun, the first place after "à" in the clause.
    pub(super) fn place_count_claims(&mut self) {
        static PLACE_BEFORE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
            Regex::new(r"(?:\b(?:a|à|de|d'|d’|du|dans|en|et)\s*|,\s*)((?:\p{Lu}[\p{L}'’-]*\p{L})(?:\s+\p{Lu}[\p{L}'’-]*\p{L}){0,2})\s*\($").unwrap()
        });
        static PLACE_AFTER: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
            Regex::new(r"^\)[^.;:,(]{0,40}?\b(?:à|a|dans)\s+(?:la\s+province\s+d(?:e\s+|')|la\s+r[ée]gion\s+d(?:e\s+|'))?((?:\p{Lu}[\p{L}'’-]*\p{L})(?:\s+\p{Lu}[\p{L}'’-]*\p{L}){0,2})").unwrap()
        });
        let doc = self.doc;
        let text = doc.text();
        let nouns = doc.lang.lexicon("count.noun");
        for (nspan, nrule, v) in &self.ctx.numbers {
            if !(text[..nspan.start].ends_with('(') && text[nspan.end..].starts_with(')')) {
                continue;
            }
            let Some(sentence) = doc.sentence_of(*nspan) else {
                continue;
            };
            let from = look_back(text, nspan.start, 60, sentence.start);
            let before = &text[from..nspan.start];
            // The count noun: right before the parenthesis, or the first
            // one the sentence names before the number.
            let noun_before = {
                let b = before.trim_end_matches('(').trim_end();
                let last = b.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
                nouns.key_of(last).map(str::to_string)
            };
            let place = if noun_before.is_some() {
                PLACE_AFTER
                    .captures(&text[nspan.end..sentence.end])
                    .and_then(|c| c.get(1))
                    .map(|m| m.as_str().to_string())
            } else {
                PLACE_BEFORE
                    .captures(before)
                    .and_then(|c| c.get(1))
                    .map(|m| m.as_str().to_string())
            };
            let Some(place) = place else { continue };
            let noun = noun_before.or_else(|| {
                text[sentence.start..nspan.start]
                    .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
                    .find_map(|w| nouns.key_of(w).map(str::to_string))
            });
            let Some(noun) = noun else { continue };
            let place_key = place_key(&place);
            if place_key.is_empty() {
                continue;
            }
            self.push(
                (
                    format!("{noun} in {place}"),
                    format!("count@in-{place_key}:{noun}"),
                ),
                "count",
                Value::Quantity(Quantity::new(*v, qualifier_before(doc, *nspan))),
                *nspan,
                nrule,
                None,
            );
        }
    }

    /// Key figures written as a label, a colon and a number, in lists and
    /// tables of results ("Inscrits : 908 916 ; votants : 636 606",
    /// "- Blessés : 1 404"): the label must be a whole `count.noun` form.
    pub(super) fn label_count_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let nouns = doc.lang.lexicon("count.noun");
        let staged = doc.lang.lexicon("result.staged");
        let totals = doc.lang.lexicon("count.label_total");
        let not_subject = doc.lang.lexicon("count.not_subject");
        for (nspan, nrule, v) in &self.ctx.numbers {
            let from = crate::text::floor_char_boundary(text, nspan.start.saturating_sub(60));
            let before = &text[from..nspan.start];
            // "Total structures destroyed: Over 16,300": the qualifier
            // after the colon widens the figure.
            let qualifier = qualifier_before(doc, *nspan);
            let before = if qualifier == crate::value::Qualifier::Exact {
                before
            } else {
                before.trim_end().rsplit_once(':').map_or(before, |(b, q)| {
                    if q.split_whitespace().count() <= 4 {
                        &before[..b.len() + 1]
                    } else {
                        before
                    }
                })
            };
            let Some(label) = before.trim_end().strip_suffix(':') else {
                continue;
            };
            let cut = label
                .rfind(['\n', ';', '.', '(', '"', '“', '«', '•', ','])
                .map_or(0, |i| {
                    i + label[i..].chars().next().map_or(1, char::len_utf8)
                });
            let label = label[cut..]
                .trim()
                .trim_start_matches(['-', '–', '—', '*', '•'])
                .trim();
            if label.is_empty() || label.split_whitespace().count() > 5 {
                continue;
            }
            // "Total fatalities", "Total structures destroyed": a total's
            // label names the noun after the total word; a noun outside
            // `count.noun` is keyed as written, like any count's.
            let folded = fold_key(label);
            let total_of = totals
                .keys()
                .flat_map(|k| totals.folded_forms_of(k))
                .filter_map(|f| {
                    folded
                        .strip_prefix(f.as_str())
                        .filter(|r| r.starts_with(' '))
                })
                .min_by_key(|r| r.len())
                .map(|r| {
                    // "Bilan total des morts": the words of "of" dropped.
                    let mut words: Vec<&str> = r.split_whitespace().collect();
                    while words.first().is_some_and(|w| {
                        is_word(doc, "grammar.of", w) || is_word(doc, "grammar.article", w)
                    }) {
                        words.remove(0);
                    }
                    words.join(" ")
                });
            let key: String = match (nouns.key_of(label), &total_of) {
                (Some(k), _) => k.to_string(),
                (None, Some(rest)) => {
                    let words: Vec<&str> = rest.split_whitespace().collect();
                    let head = words.first().copied().unwrap_or("");
                    match nouns.key_of(rest).or_else(|| nouns.key_of(head)) {
                        Some(k) => k.to_string(),
                        None if words.len() <= 3
                            && head.chars().all(char::is_alphabetic)
                            && not_subject.key_of(head).is_none() =>
                        {
                            head.to_string()
                        }
                        None => continue,
                    }
                }
                (None, None) => continue,
            };
            let key = key.as_str();
            let subject = (key.to_string(), format!("count:{key}"));
            let subject = if staged
                .folded_forms_of("counts")
                .iter()
                .any(|f| *f == fold_key(key))
            {
                self.staged(subject, *nspan)
            } else {
                subject
            };
            if doc
                .lang
                .lexicon("vote.count")
                .folded_forms_of("owned")
                .iter()
                .any(|f| *f == fold_key(key))
            {
                continue;
            }
            self.push(
                subject,
                "count",
                Value::Quantity(Quantity::new(*v, qualifier)),
                *nspan,
                nrule,
                None,
            );
        }
    }

    /// A bare number whose predicate says what it counts
    /// (`count.predicate`): "quand 1204 ont été blessées", "31 ont péri",
    /// "and 12 were injured". The subject noun is left implied (it is the
    /// toll's people); a part ("dont 9 ont été…"), a projection or a
    /// sentence about another year claims nothing.
    pub(super) fn predicate_count_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let lex = doc.lang.lexicon("count.predicate");
        if lex.is_empty() {
            return;
        }
        let story = self.story_year();
        for (nspan, rule, value) in &self.ctx.numbers {
            if value.fract() != 0.0 || *value < 1.0 {
                continue;
            }
            let to = crate::text::floor_char_boundary(text, (nspan.end + 60).min(text.len()));
            let raw = &text[nspan.end..to];
            // A clause may end right after the number ("and injuring
            // nearly 300, officials said").
            let ends_clause = raw.starts_with([',', ';', '.'])
                && raw[1..].chars().next().is_none_or(char::is_whitespace);
            if !raw.starts_with(char::is_whitespace) && !ends_clause && !raw.is_empty() {
                continue;
            }
            let after = fold_key(raw);
            let found = lex
                .folded_forms()
                .filter(|(_, f)| {
                    after
                        .strip_prefix(f)
                        .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
                })
                .max_by_key(|(_, f)| f.len())
                .map(|(k, _)| k.to_string())
                // "a tué 31 personnes et blessé 1 373 autres": a generic
                // word after the number, the verb before it.
                // "killing at least 86 people and injuring nearly 300,":
                // the noun left out after the verb before the number, which
                // ends its clause, is the generic noun counted earlier in
                // the sentence ("killing eight, injuring eight" names none).
                .or_else(|| {
                    let rest = after.trim_start();
                    let word = rest.split(|c: char| !c.is_alphanumeric()).next()?;
                    // Or a prepositional phrase follows ("killed eight
                    // workers and injured 41 on Tuesday"), unless it names
                    // a total the figure is part of (below).
                    let ends = rest.is_empty()
                        || rest.starts_with([',', '.', ';', ':'])
                        || is_word(doc, "grammar.conjunction", word)
                        || (is_word(doc, "grammar.preposition", word) && !self.of_a_total(&after));
                    let sentence = doc.sentence_of(*nspan)?;
                    let antecedent = starting_in(
                        &self.ctx.quantities,
                        |q| q.0.start,
                        sentence.start,
                        nspan.start,
                    )
                    .iter()
                    .any(|(_, _, q)| {
                        // People or a group ("killed six workers and
                        // injured 41").
                        let head = fold_key(doc.slice(q.noun_span));
                        let head = head.split_whitespace().next().unwrap_or("");
                        matches!(q.measure, Measure::Count { .. })
                            && (self.generic_noun(q.noun_span)
                                || (doc.lang.lexicon("count.not_subject").key_of(head)
                                    == Some("group")
                                    && !is_word(doc, "country.people", head)))
                    });
                    (ends && antecedent)
                        .then(|| self.verb_key_before(*nspan))
                        .flatten()
                })
                .or_else(|| {
                    let head = after.split(|c: char| !c.is_alphanumeric()).next()?;
                    if doc.lang.lexicon("count.not_subject").key_of(head) != Some("generic") {
                        return None;
                    }
                    // "27 migrants died and 15 others were missing": the
                    // predicate right after the generic word.
                    let rest = after[head.len()..].trim_start();
                    lex.folded_forms()
                        .filter(|(_, f)| {
                            rest.strip_prefix(f).is_some_and(|r| {
                                r.chars().next().is_none_or(|c| !c.is_alphanumeric())
                            })
                        })
                        .max_by_key(|(_, f)| f.len())
                        .map(|(k, _)| k.to_string())
                        .or_else(|| self.verb_key_before(*nspan))
                });
            // "killing 68 of the 110 people on board", "killing 228 out
            // of 254 persons": the part the verb before counts.
            let (found, of_total) = match found {
                Some(k) => (Some(k), false),
                None => (
                    self.partitive_predicate(*nspan).or_else(|| {
                        self.of_a_total(&after)
                            .then(|| self.verb_key_before(*nspan))
                            .flatten()
                    }),
                    true,
                ),
            };
            let Some(key) = found else { continue };
            if (!of_total && self.count_is_part(*nspan, *nspan)) || self.is_hypothetical(*nspan) {
                continue;
            }
            let quantity = Quantity::new(*value, qualifier_before(doc, *nspan));
            self.push_count_of_era(&key, quantity, *nspan, rule, story);
        }
    }

    /// Parts of the dead: a count of a group (`count.not_subject` key
    /// `group`, or `count.among` key `parts`: adults, children, pilgrims)
    /// beside a `count.among` marker in its sentence — before it ("Among
    /// the dead were 28 children and 30 adults", "the dead include 40
    /// adults") or right after its noun ("There were 660 Egyptians among
    /// the dead") — is that part of the toll (`count@part-adults:dead`),
    /// never the toll itself.
    pub(super) fn part_of_dead_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let among = doc.lang.lexicon("count.among");
        if among.is_empty() {
            return;
        }
        let markers: Vec<(String, String)> = among
            .keys()
            .filter(|k| *k != "parts")
            .flat_map(|k| {
                among
                    .folded_forms_of(k)
                    .iter()
                    .map(move |f| (k.to_string(), f.clone()))
            })
            .collect();
        let not_subject = doc.lang.lexicon("count.not_subject");
        let story = self.story_year();
        for (span, rule, q) in &self.ctx.quantities {
            let Measure::Count { .. } = &q.measure else {
                continue;
            };
            let head = fold_key(doc.slice(q.noun_span));
            let head = head.split_whitespace().next().unwrap_or("").to_string();
            // A country's people are keyed by country instead
            // (`nationality_dead_claims`).
            let part = (not_subject.key_of(&head) == Some("group")
                || among.folded_forms_of("parts").contains(&head))
                && !is_word(doc, "country.people", &head);
            if !part || self.era_of(*span, story) != past::Era::Now || self.is_hypothetical(*span) {
                continue;
            }
            let Some(sentence) = doc.sentence_of(*span) else {
                continue;
            };
            // Before: the marker, then at most twelve words of the list
            // (within 240 bytes: a sentence may be a whole long article).
            let from = look_back(text, span.start, 240, sentence.start);
            let before = fold_key(&text[from..span.start]);
            let found_before = markers.iter().find_map(|(k, m)| {
                let i = whole_word_positions(&before, m).last()?;
                let gap = &before[i + m.len()..];
                (!gap.contains(['.', ';', ':']) && gap.split_whitespace().count() <= 12)
                    .then(|| k.clone())
            });
            // After: the noun, at most three words, the marker.
            let to = crate::text::floor_char_boundary(
                text,
                (q.noun_span.end + 60).min(sentence.end.max(q.noun_span.end)),
            );
            let after = fold_key(&text[q.noun_span.end.max(span.end).min(to)..to]);
            let found_after = || {
                let words: Vec<&str> = after
                    .split(|c: char| !c.is_alphanumeric() && c != '\'')
                    .filter(|w| !w.is_empty())
                    .collect();
                (0..=3.min(words.len())).find_map(|skip| {
                    let tail = words[skip..].join(" ");
                    markers
                        .iter()
                        .find(|(_, m)| {
                            tail.strip_prefix(m.as_str())
                                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
                        })
                        .map(|(k, _)| k.clone())
                })
            };
            let Some(noun) = found_before.or_else(found_after) else {
                continue;
            };
            let (shown, head) = match thing_key(doc, &head) {
                Some(k) => (k.clone(), place_key(&k)),
                None => (doc.slice(q.noun_span).trim().to_lowercase(), head),
            };
            // "recovered the bodies of 40 adults and 28 children": the
            // part is no figure of the whole toll, whatever verb read it
            // as one before.
            let whole = format!("count:{noun}");
            self.claims
                .retain(|c| !(c.span == *span && c.subject_key == whole));
            self.push(
                (
                    format!("{noun} ({shown})"),
                    format!("count@part-{head}:{noun}"),
                ),
                "count",
                Value::Quantity(Quantity::new(q.value, q.qualifier)),
                *span,
                rule,
                None,
            );
        }
    }

    /// Whether the folded text right after a number makes it a part of a
    /// total given next (`count.part` key `after` then a number): "68 of
    /// the 110 people", "228 out of 254 persons".
    /// The state a bare figure before a partitive (`count.part` key
    /// `after`) is in: the `count.predicate` form that ends the partitive's
    /// clause, after the whole's noun ("Twelve of the kidnapped students
    /// were freed", "Twelve of the 38 students kidnapped from the school
    /// have been released", "Douze d'entre eux ont été libérés": `released`),
    /// never the participle describing the whole ("kidnapped") nor the
    /// whole itself ("Two of the dead were children": nothing), and only a
    /// state that counts whoever is in it (`count.whole_state`). The clause
    /// ends at a punctuation mark or a conjunction.
    fn partitive_predicate(&self, nspan: Span) -> Option<String> {
        let doc = self.doc;
        let text = doc.text();
        let to = crate::text::floor_char_boundary(text, (nspan.end + 160).min(text.len()));
        let after = fold_key(&text[nspan.end..to]);
        let after = after.trim_start();
        let rest = doc
            .lang
            .lexicon("count.part")
            .folded_forms_of("after")
            .iter()
            .filter_map(|f| {
                let f: &str = f;
                after.strip_prefix(f).filter(|r| r.starts_with(' '))
            })
            .min_by_key(|r| r.len())?;
        let clause = &rest[..rest.find([',', ';', ':', '.', '(']).unwrap_or(rest.len())];
        let words: Vec<&str> = clause
            .split_whitespace()
            .take_while(|w| !is_word(doc, "grammar.conjunction", w))
            .take(14)
            .collect();
        let lex = doc.lang.lexicon("count.predicate");
        (1..words.len())
            .rev()
            .find_map(|i| {
                let tail = words[i..].join(" ");
                lex.folded_forms()
                    .filter(|(_, f)| {
                        tail.strip_prefix(f)
                            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
                    })
                    .max_by_key(|(_, f)| f.len())
                    .map(|(k, _)| k.to_string())
            })
            // Only a state counting whoever is in it: "four of the six
            // crew members were killed" is a part of the dead, "27 of them
            // seriously injured" a part of the survivors.
            .filter(|k| is_word(doc, "count.whole_state", k))
    }

    pub(super) fn of_a_total(&self, after: &str) -> bool {
        let after = after.trim_start();
        self.doc
            .lang
            .lexicon("count.part")
            .folded_forms_of("after")
            .iter()
            .any(|f| {
                let f: &str = f;
                after.strip_prefix(f).is_some_and(|rest| {
                    rest.starts_with(' ')
                        && rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
                })
            })
    }

    /// The canonical noun a verb right before a count of generic people
    /// gives it (`count.verb_before`): "killed 179 people", "killing at
    /// least 17 people" count the dead. Only for nouns of
    /// `count.not_subject` (people, persons), which say nothing themselves.
    pub(super) fn verb_before(&self, span: Span, noun: Span) -> Option<String> {
        if !self.generic_noun(noun) {
            return None;
        }
        self.verb_key_before(span)
    }

    /// Whether the counted noun at `noun` is a generic one: its first word
    /// is (`count.not_subject` key `generic`: people, residents), or, in a
    /// language whose head noun comes last (`quantity.noun_last`), its last
    /// word is a `count.generic_head` ("46 elderly residents", "12 young
    /// children"; "six crew members" stays crew members).
    pub(super) fn generic_noun(&self, noun: Span) -> bool {
        let doc = self.doc;
        let written = fold_key(doc.slice(noun));
        let lex = doc.lang.lexicon("count.not_subject");
        let noun_last = doc.lang.settings.get("quantity.noun_last").copied() == Some(1.0);
        let mut words = written.split_whitespace();
        words
            .next()
            .is_some_and(|w| lex.key_of(w) == Some("generic"))
            || (noun_last
                && words
                    .next_back()
                    .is_some_and(|w| is_word(doc, "count.generic_head", w)))
    }

    /// The `count.verb_before` key whose form ends the words before the
    /// number at `span` ("a tué", "blessé", "la mort de").
    pub(super) fn verb_key_before(&self, span: Span) -> Option<String> {
        let doc = self.doc;
        let before = self.words_before_number(span, 40);
        form_ending(doc, "count.verb_before", &before).map(|(k, _)| k.to_string())
    }

    /// The folded text of the `n` bytes before a number, in its sentence,
    /// with the qualifier right before the number left out ("killed at
    /// least" → "killed").
    pub(super) fn words_before_number(&self, span: Span, n: usize) -> String {
        let doc = self.doc;
        let text = doc.text();
        let floor = doc.sentence_of(span).map_or(0, |s| s.start);
        let from = look_back(text, span.start, n, floor);
        let mut before = fold_key(&text[from..span.start]).trim_end().to_string();
        let qualifier = doc.lang.lexicon("qualifier");
        for (_, f) in qualifier.folded_forms() {
            if let Some(b) = before.strip_suffix(f)
                && b.chars().next_back().is_none_or(|c| !c.is_alphanumeric())
            {
                before = b.trim_end().to_string();
            }
        }
        before
    }

    /// "les deux pays", "the two leaders", "ces trois ministres": a small
    /// figure after a definite determiner (`count.definite`) points back at
    /// people or things already named; it counts nothing a source could
    /// get wrong. Below the language's `count.definite_below` setting
    /// (default 10), and only for an exact figure.
    /// `before` is [`Builder::words_before_number`] of the figure (24 bytes).
    pub(super) fn is_definite_reference(&self, before: &str, q: &QuantityMention) -> bool {
        let doc = self.doc;
        let below = doc
            .lang
            .settings
            .get("count.definite_below")
            .copied()
            .unwrap_or(10.0);
        if q.qualifier != Qualifier::Exact || q.value >= below {
            return false;
        }
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("");
        // The determiner must be right before the figure.
        before.ends_with(word) && !word.is_empty() && is_word(doc, "count.definite", word)
    }

    /// Whether the clause of `span` says the figure is a projection or a
    /// fear rather than a count (`count.hypothetical`: "the toll could
    /// exceed 10,000", "pourrait dépasser").
    pub(super) fn is_hypothetical(&self, span: Span) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let Some(sentence) = doc.sentence_of(span) else {
            return false;
        };
        let before = &text[sentence.start.min(span.start)..span.start];
        let before = &before[before.rfind([',', ';', ':', '(']).map_or(0, |i| i + 1)..];
        let after = &text[span.end..sentence.end.max(span.end)];
        let after = &after[..after.find([',', ';', ':', '(']).unwrap_or(after.len())];
        let clause = fold_key(&format!("{before} {after}"));
        clause
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
            .any(|w| is_word(doc, "count.hypothetical", w))
    }

    /// Tolls written as a noun then a bare number in its clause
    /// (`count.toll`), linked by a `count.toll_link` word: "the death toll
    /// rose to 179", "the toll during this year's Hajj reached 1,301", "a
    /// death toll of 144". The number counts the toll's canonical noun; a
    /// sentence about another year or a projection ("could exceed")
    /// claims nothing.
    pub(super) fn toll_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let lex = doc.lang.lexicon("count.toll");
        if lex.is_empty() {
            return;
        }
        let links = forms(doc, "count.toll_link");
        // Verbs of change ("climbed to", "rose to") link a toll noun to its
        // figure across a longer gap than the bare words ("of", "at"): "the
        // death toll from the floods that tore through the hill towns late
        // Sunday climbed to 34".
        let far: Vec<String> = doc
            .lang
            .lexicon("count.toll_link")
            .folded_forms_of("far")
            .to_vec();
        let story = self.story_year();
        for (nspan, rule, value) in &self.ctx.numbers {
            if value.fract() != 0.0 || *value < 1.0 || self.is_hypothetical(*nspan) {
                continue;
            }
            let Some(sentence) = doc.sentence_of(*nspan) else {
                continue;
            };
            let from = look_back(text, nspan.start, TOLL_LOOK_BACK, sentence.start);
            let clause = &text[from..nspan.start];
            let clause = &clause[clause_start(clause)..];
            let clause = fold_key(clause);
            // The toll noun, the nearest to the number, then at most
            // TOLL_GAP_WORDS words and no other count before it.
            let found = lex
                .folded_forms()
                .filter_map(|(k, f)| {
                    let i = whole_word_positions(&clause, f).next()?;
                    let gap = clause[i + f.len()..].trim_end();
                    let ends_with = |l: &str| {
                        gap.strip_suffix(l).is_some_and(|g| {
                            g.chars().next_back().is_none_or(|c| !c.is_alphanumeric())
                        })
                    };
                    let words = gap.split_whitespace().count();
                    let linked = (words <= TOLL_GAP_WORDS && links.iter().any(|l| ends_with(l)))
                        || (words <= TOLL_FAR_GAP_WORDS && far.iter().any(|l| ends_with(l)));
                    (linked && !gap.split_whitespace().any(is_count_like))
                        .then_some((i + f.len(), k))
                })
                .max_by_key(|(end, _)| *end);
            let Some((_, key)) = found else { continue };
            let Some(subject) = self.era_of(*nspan, story).subject(key, key) else {
                continue;
            };
            self.push(
                subject,
                "count",
                Value::Quantity(Quantity::new(*value, qualifier_before(doc, *nspan))),
                *nspan,
                rule,
                None,
            );
        }
    }

    /// Whether the count at `span` (noun at `noun`) is a part of another
    /// or not a count at all: "dont 450 emplois", "450 emplois sur les
    /// 1 200", a score ("3-1", "2-1 face à"). Words from `count.part`.
    pub(super) fn count_is_part(&self, span: Span, noun: Span) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let lex = doc.lang.lexicon("count.part");
        let from = crate::text::floor_char_boundary(text, span.start.saturating_sub(40));
        let raw_before = &text[from..span.start];
        // A score: a digit and a hyphen right before ("3-1"), or a hyphen
        // and a digit right after the number ("1-0"), written tight (a
        // dateline's "2024 – Quatorze" is no score).
        if raw_before
            .strip_suffix('-')
            .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
            || text[span.start..]
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .strip_prefix('-')
                .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()))
        {
            return true;
        }
        let before = fold_key(raw_before);
        let before = before.trim_end();
        let qualifier = doc.lang.lexicon("qualifier");
        let mut before = before.to_string();
        // "dont au moins 9": the qualifier is skipped.
        for (_, f) in qualifier.folded_forms() {
            if let Some(b) = before.strip_suffix(f) {
                before = b.trim_end().to_string();
            }
        }
        let ends_with_word = |hay: &str, f: &str| {
            hay.ends_with(f)
                && hay[..hay.len() - f.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        };
        if lex
            .folded_forms_of("before")
            .iter()
            .any(|f| ends_with_word(&before, f.as_str()))
        {
            return true;
        }
        let to = crate::text::floor_char_boundary(text, (noun.end + 40).min(text.len()));
        let after = fold_key(&text[noun.end.max(span.end).min(to)..to]);
        let after = after.trim_start();
        lex.folded_forms_of("after").iter().any(|f| {
            let f: &str = f;
            after.strip_prefix(f).is_some_and(|rest| {
                rest.starts_with(' ') && rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
            })
        })
    }

    /// Whether `text` starts (after spaces and a comma) with a
    /// `count.source` word ("selon", "d'après").
    pub(super) fn starts_with_source_word(&self, text: &str) -> bool {
        let head: String = text.chars().take(40).collect();
        let head = fold_key(head.trim_start_matches([' ', ',']));
        self.doc
            .lang
            .lexicon("count.source")
            .folded_forms_of("by")
            .iter()
            .any(|f| {
                head.starts_with(f.as_str())
                    && head[f.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
    }

    /// Who a count at `at` is attributed to: a `count.source` word after
    /// it in its clause, before the next number ("368 000 manifestants
    /// selon le ministère de l'Intérieur"), or opening its sentence
    /// ("Selon la CGT, 1,2 million…"), or a `count.source_verb` right
    /// before it ("la préfecture a compté 12 000 manifestants"). The source
    /// is a known organisation's key, else its first words.
    pub(super) fn attribution(&self, at: Span) -> Option<(String, String)> {
        let doc = self.doc;
        let text = doc.text();
        let sentence = doc.sentence_of(at)?;
        // Elided articles ("l'"), dropped from the front of a source's name.
        let elided = elided_articles(doc);
        let lex = doc.lang.lexicon("count.source");
        let forms: Vec<String> = lex.folded_forms_of("by").to_vec();
        let word_at = |hay: &str, f: &str| -> Option<usize> { whole_word_positions(hay, f).next() };
        // The words after a source word, as a folded phrase.
        let after_word = |phrase: &str| -> Option<String> {
            let folded = fold_key(phrase);
            let start = forms
                .iter()
                .filter_map(|f| word_at(&folded, f).map(|i| i + f.len()))
                .min()?;
            Some(folded[start..].to_string())
        };
        let next_number = starting_in(&self.ctx.numbers, |n| n.0.start, at.end, sentence.end)
            .iter()
            .map(|(s, _, _)| s.start)
            .chain(
                starting_in(&self.ctx.quantities, |q| q.0.start, at.end, sentence.end)
                    .iter()
                    .map(|(s, _, _)| s.start),
            )
            .filter(|&s| s >= at.end && s < sentence.end)
            .min()
            .unwrap_or(sentence.end);
        let after = &text[at.end..next_number.max(at.end)];
        // Up to a semicolon, a colon or a bracket, but for an acronym in
        // brackets, which names the source ("selon l'Institut de géophysique
        // américain (USGS)").
        let cut = after
            .char_indices()
            .find(|&(i, c)| matches!(c, ';' | ':') || (c == '(' && !opens_acronym(&after[i + 1..])))
            .map_or(after.len(), |(i, _)| i);
        let after = &after[..cut];
        let before = &text[sentence.start..at.start];
        let clause_before = &before[before.rfind([',', ';', ':']).map_or(0, |i| i + 1)..];
        let verbs = doc.lang.lexicon("count.source_verb");
        // "la préfecture a compté", "la CGT en revendique": the words
        // before the verb ending the clause before the number.
        let by_verb = || -> Option<String> {
            let folded = fold_key(clause_before);
            let verb = verbs
                .folded_forms_of("counted")
                .iter()
                .filter(|&f| folded.ends_with(f.as_str()))
                .cloned()
                .max_by_key(String::len)?;
            let head = folded[..folded.len() - verb.len()].trim_end();
            let words: Vec<&str> = head.split_whitespace().collect();
            let from = words
                .iter()
                .rposition(|w| {
                    is_word(doc, "grammar.article", w)
                        || elided
                            .iter()
                            .any(|a| w.starts_with(*a) && w.len() > a.len())
                })
                .unwrap_or(0);
            let mut ws: Vec<String> = words[from..].iter().map(|w| w.to_string()).collect();
            if let Some(w) = ws.first_mut()
                && let Some(a) = elided
                    .iter()
                    .find(|a| w.starts_with(*a) && w.len() > a.len())
            {
                *w = w[a.len()..].to_string();
            }
            Some(ws.join(" "))
        };
        let source: String = if let Some(rest) =
            after_word(after).filter(|r| r.chars().any(char::is_alphanumeric))
        {
            rest
        } else if let Some(rest) = by_verb().filter(|r| !r.is_empty()) {
            // The verb's own subject, before a source opening the
            // sentence for another figure ("Selon le ministère, 412 000
            // personnes ont défilé ; la CGT en revendique 1,1 million").
            rest
        } else if let Some(rest) = {
            let trimmed = before.trim_start();
            let first = fold_key(trimmed.split_whitespace().next().unwrap_or(""));
            (forms.contains(&first))
                .then(|| trimmed.find(',').map(|e| &trimmed[..e]))
                .flatten()
                .and_then(after_word)
        } {
            rest
        } else {
            // "…, the U.S. Geological Survey said.": the last clause of the
            // sentence is a source and a verb of saying (`said_after`).
            let tail = &text[at.end..sentence.end];
            let clause = fold_key(&tail[tail.rfind(',').map_or(tail.len(), |i| i + 1)..]);
            let clause = clause.trim_end_matches(|c: char| !c.is_alphanumeric());
            verbs
                .folded_forms_of("said_after")
                .iter()
                .filter(|f| {
                    clause
                        .strip_suffix(f.as_str())
                        .is_some_and(|head| head.ends_with(' ') && !head.trim().is_empty())
                })
                .max_by_key(|f| f.len())
                .map(|f| clause[..clause.len() - f.len()].trim().to_string())?
        };
        self.source_named(&source)
    }

    /// The source a phrase names (the words after "selon"): a known
    /// organisation's key, else its first words (articles dropped).
    pub(super) fn source_named(&self, source: &str) -> Option<(String, String)> {
        let doc = self.doc;
        if let Some(known) = self.known_source(source) {
            return Some(known);
        }
        // Up to punctuation or a conjunction; leading articles dropped.
        let source = source
            .split([',', ';', '.', ':', '(', ')', '«', '»', '"'])
            .next()
            .unwrap_or("");
        let mut words: Vec<&str> = without_leading_articles(doc, source)
            .split_whitespace()
            .collect();
        if let Some(i) = words.iter().position(|w| {
            is_word(doc, "grammar.conjunction", w) || w.chars().any(|c| c.is_ascii_digit())
        }) {
            words.truncate(i);
        }
        let words: Vec<String> = words.iter().take(5).map(|w| w.to_string()).collect();
        if words.is_empty() {
            return None;
        }
        let org = doc.lang.lexicon("entity.org");
        // The longest known organisation the words start with.
        let known = (1..=words.len())
            .rev()
            .find_map(|n| org.key_of(&words[..n].join(" ")));
        let written = words.join(" ");
        let key = known.map_or_else(|| written.clone(), str::to_string);
        let shown = known
            .and_then(|k| org.forms_of(k).first().cloned())
            .unwrap_or(written);
        Some((shown, key))
    }

    /// A known organisation (`entity.org`) a source phrase opens with,
    /// looked for before the phrase is cut at punctuation: its name may
    /// hold dots ("the U.S. Geological Survey") or be a long name followed
    /// by its acronym in brackets ("l'Institut américain de géophysique
    /// (USGS)"). Leading articles are skipped.
    fn known_source(&self, source: &str) -> Option<(String, String)> {
        let doc = self.doc;
        let org = doc.lang.lexicon("entity.org");
        let folded = fold_key(source);
        let rest = without_leading_articles(doc, &folded);
        let opens = |hay: &str| {
            org.folded_forms()
                .filter(|(_, f)| {
                    hay.starts_with(f) && !hay[f.len()..].starts_with(|c: char| c.is_alphanumeric())
                })
                .max_by_key(|(_, f)| f.len())
                .map(|(k, _)| k)
        };
        // The acronym in brackets right after the first words.
        let bracketed = || {
            let open = rest.find('(')?;
            if rest[..open].contains([',', ';', ':', ')'])
                || rest[..open].split_whitespace().count() > 6
            {
                return None;
            }
            opens(rest[open + 1..].trim_start())
        };
        let key = opens(rest).or_else(bracketed)?;
        let shown = org.forms_of(key).first().cloned()?;
        Some((shown, key.to_string()))
    }

    /// Prison sentences: a number of years or months right after a
    /// `sentence.verb` word ("condamné vendredi à 15 ans de réclusion",
    /// "le parquet a requis 18 ans") is the sentence given (`sentence`) or
    /// asked for (`requested-sentence`) of the person the sentence names
    /// nearest the verb, lawyers, prosecutors and judges
    /// (`sentence.not_owner`) left out. Nobody named: no claim.
    pub(super) fn sentence_claims(&mut self) {
        let doc = self.doc;
        let ctx = self.ctx;
        let text = doc.text();
        let verbs = doc.lang.lexicon("sentence.verb");
        if verbs.is_empty() {
            return;
        }
        let not_owner = doc.lang.lexicon("sentence.not_owner");
        let reference_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(text, self.ctx));
        // People introduced anywhere as lawyers, prosecutors or judges.
        let legal: HashSet<&str> = ctx
            .people()
            .filter(|(s, _, p, _)| {
                let written = fold_key(doc.slice(*s));
                let title = written.strip_suffix(&fold_key(&p.name)).unwrap_or("");
                not_owner.folded_forms_of("legal").iter().any(|f| {
                    let f: &str = f;
                    title.split_whitespace().any(|w| w == f) || title.trim().starts_with(f)
                })
            })
            .map(|(_, _, _, id)| id)
            .collect();
        // The convicted of the last sentence given, and the number of
        // its sentence in the article.
        let mut last: Option<(String, usize)> = None;
        for (qspan, rule, q) in &ctx.quantities {
            let Measure::Duration { unit } = &q.measure else {
                continue;
            };
            let years = match unit.as_str() {
                "an" => q.value,
                "mois" => q.value / 12.0,
                _ => continue,
            };
            let Some(sentence) = doc.sentence_of(*qspan) else {
                continue;
            };
            // "En 2018, il avait été condamné à 18 mois": an earlier sentence.
            if let Some(y) = reference_year
                && self.sentence_names_other_year(*qspan, y)
            {
                continue;
            }
            // "4 ans de prison, dont 2 ans avec sursis": a part of it.
            if self.count_is_part(*qspan, *qspan) {
                continue;
            }
            // The verb: within six words before the number, same clause.
            let from = look_back(text, qspan.start, 80, sentence.start);
            let before = &text[from..qspan.start];
            let cut = before.rfind([';', ':', '.', '(']).map_or(0, |i| i + 1);
            let before = &before[cut..];
            let words: Vec<String> = before
                .split_whitespace()
                .rev()
                .take(6)
                .map(fold_key)
                .collect();
            let mut attr = None;
            let mut verb_at = qspan.start;
            for (i, w) in words.iter().enumerate() {
                // "l'a condamné": the elided pronoun is not the verb.
                let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
                let w = w.rsplit('\'').next().unwrap_or(w);
                let two = words
                    .get(i + 1)
                    .map(|p| format!("{p} {w}"))
                    .unwrap_or_default();
                if let Some(k) = verbs.key_of(&two).or_else(|| verbs.key_of(w)) {
                    attr = Some(k.to_string());
                    // Approximate position of the verb, for the nearest person.
                    let n: usize = words[..=i].iter().map(|w| w.len() + 1).sum();
                    verb_at = qspan.start.saturating_sub(n);
                    break;
                }
            }
            let Some(attr) = attr else { continue };
            let owner = ctx
                .people_in(sentence.start, sentence.end)
                .filter(|(s, _, _, id)| sentence.contains(*s) && !legal.contains(id))
                .min_by_key(|(s, _, _, _)| {
                    if s.end <= verb_at {
                        verb_at - s.end
                    } else {
                        s.start.saturating_sub(verb_at)
                    }
                });
            // "X a été condamné à 12 ans. Le parquet avait requis 15 ans":
            // a request naming nobody is of the convicted of the sentence
            // just before.
            let sentence_no = doc.sentences.partition_point(|s| s.start < sentence.start);
            let asked_of_last = || {
                last.as_ref()
                    .filter(|(_, at)| attr == "requested-sentence" && sentence_no - at <= 1)
                    .map(|(id, _)| id.clone())
            };
            let Some(id) = owner
                .map(|o| o.3.to_string())
                .or_else(|| self.introduced_next(sentence, &legal))
                .or_else(asked_of_last)
            else {
                continue;
            };
            if attr == "sentence" {
                last = Some((id.clone(), sentence_no));
            }
            self.push(
                (ctx.display(&id), format!("person:{id}")),
                &attr,
                Value::Quantity(Quantity::new(years, q.qualifier)),
                *qspan,
                rule,
                None,
            );
        }
    }

    /// The person a lead that names nobody introduces in its next
    /// sentence: "A former care home manager who stole £250,000 has been
    /// jailed for 12 years. Gareth Pell, 52, pleaded guilty…". The lead
    /// opens with an indefinite article (`grammar.indefinite`) and the next
    /// sentence with the person's mention; lawyers, prosecutors and judges
    /// are never such a person.
    fn introduced_next(&self, sentence: Span, legal: &HashSet<&str>) -> Option<String> {
        let text = self.doc.text();
        let first = text[sentence.start..sentence.end]
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())?;
        if !is_word(self.doc, "grammar.indefinite", first) {
            return None;
        }
        let rest = &text[sentence.end..];
        let start = sentence.end + (rest.len() - rest.trim_start().len());
        let next = self.doc.sentence_of(Span::new(start, start + 1))?;
        self.ctx
            .people_in(next.start, next.start)
            .find(|(s, _, _, id)| s.start == next.start && !legal.contains(id))
            .map(|(_, _, _, id)| id.to_string())
    }

    /// Mark the counts of running totals (`count.cumulative`: the dead,
    /// the injured, the missing; `count.may_fall`: those that may also
    /// fall) with the date their figure was given and whether the article
    /// gives it as revised upwards (`count.revised`: "le bilan s'est
    /// alourdi à", "the toll rose to"), and
    /// leave out the figures the article itself gives as earlier ones: a
    /// `count.earlier` marker before the number in its sentence, with no
    /// other number in between ("le premier bilan faisait état de 296
    /// morts", "1 037 morts, contre 632 la veille").
    pub(super) fn running_totals(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let running = doc.lang.lexicon("count.cumulative");
        let may_fall = doc.lang.lexicon("count.may_fall");
        let markers: Vec<String> = doc
            .lang
            .lexicon("count.earlier")
            .folded_forms_of("markers")
            .to_vec();
        let revised_markers: Vec<String> = doc
            .lang
            .lexicon("count.revised")
            .folded_forms_of("markers")
            .to_vec();
        let anchor = self.anchor;
        self.claims.retain_mut(|c| {
            let Some(noun) = c.subject_key.strip_prefix("count:") else {
                return true;
            };
            if c.attribute != "count" || running.key_of(noun).is_none() {
                return true;
            }
            c.running = true;
            c.may_fall = may_fall.key_of(noun).is_some();
            c.as_of = anchor;
            let Some(sentence) = doc.sentence_of(c.span) else {
                return true;
            };
            let from = look_back(text, c.span.start, 120, sentence.start);
            let before = fold_key(&text[from..c.span.start]);
            // A marker before the number in its sentence, with no other
            // number in between.
            let marked = |markers: &[String]| {
                markers.iter().any(|m| {
                    whole_word_positions(&before, m)
                        .any(|i| !before[i + m.len()..].contains(|ch: char| ch.is_ascii_digit()))
                })
            };
            c.revised = marked(&revised_markers);
            !marked(&markers)
        });
        // The toll of the dead each sentence gives, for the other running
        // totals given with it.
        let mut tolls: HashMap<Span, Vec<f64>> = HashMap::new();
        for (sentence, v) in self
            .claims
            .iter()
            .filter(|c| c.running && c.subject_key == "count:dead")
            .filter_map(|c| match &c.value {
                Value::Quantity(q)
                    if matches!(
                        q.qualifier,
                        crate::value::Qualifier::Exact | crate::value::Qualifier::AtLeast
                    ) =>
                {
                    Some((doc.sentence_of(c.span)?, q.value))
                }
                _ => None,
            })
        {
            tolls.entry(sentence).or_default().push(v);
        }
        for c in self.claims.iter_mut().filter(|c| c.running) {
            if c.subject_key == "count:dead" {
                continue;
            }
            let Some(sentence) = doc.sentence_of(c.span) else {
                continue;
            };
            // One toll in the sentence, or the update is unclear.
            if let Some([v]) = tolls.get(&sentence).map(Vec::as_slice) {
                c.with_toll = Some(*v);
            }
        }
    }
}

impl Builder<'_, '_> {
    /// Whether a canonical noun is one whose figures differ by who counts
    /// them (`count.attributed`: demonstrators, strikers).
    fn is_attributed_noun(&self, key: &str) -> bool {
        self.doc
            .lang
            .lexicon("count.attributed")
            .folded_forms_of("nouns")
            .iter()
            .any(|n| n == key)
    }

    /// The state (`count.predicate` key) a predicate after a count's noun
    /// gives people counted by who they are (`own`, a canonical noun of
    /// `count.who`: demonstrators, firefighters, hostages), when the figure
    /// is the predicate's subject (not in a complement), or the state a
    /// verb right before the figure gives it (`count.verb_before`: "the
    /// deaths of two firefighters", "rescued 12 passengers").
    fn state_of_group(&self, own: &str, span: Span, noun: Span, before: &str) -> Option<String> {
        let doc = self.doc;
        let states = doc.lang.lexicon("count.predicate");
        if !doc
            .lang
            .lexicon("count.who")
            .folded_forms()
            .any(|(_, f)| f == own)
        {
            return None;
        }
        let last = before.split_whitespace().next_back().unwrap_or("");
        let state = (!is_word(doc, "count.in_complement", last))
            .then(|| predicate_noun(doc, noun))
            .flatten()
            .or_else(|| self.verb_key_before(span))?;
        (state != own && !states.forms_of(&state).is_empty()).then_some(state)
    }

    /// For a count of votes (`vote.chamber` key `votes`) in a sentence
    /// about a text put to a vote (`vote.chamber` key `passage`: a motion,
    /// a bill, "adopté", "passed"), the subject it is: the votes for the
    /// text, or those it needed when a `vote.chamber` key `needed` word is
    /// right before the figure ("majorité requise de") or right after its
    /// noun ("étaient nécessaires", "were needed").
    fn chamber_vote(&self, span: Span, q: &QuantityMention, noun: &str) -> Option<String> {
        let doc = self.doc;
        let chamber = doc.lang.lexicon("vote.chamber");
        let folded = fold_key(noun);
        if !chamber.folded_forms_of("votes").contains(&folded) {
            return None;
        }
        let sentence = doc.sentence_of(span)?;
        let text = doc.text();
        let words = |s: &str| -> Vec<String> {
            fold_key(s)
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        let has_form = |ws: &[String], key: &str| {
            chamber.folded_forms_of(key).iter().any(|f| {
                let fw: Vec<&str> = f.split_whitespace().collect();
                ws.windows(fw.len())
                    .any(|w| w.iter().zip(&fw).all(|(a, b)| a == b))
            })
        };
        let before = words(&text[sentence.start..span.start]);
        let after_end = crate::text::floor_char_boundary(
            text,
            (q.noun_span.end + 40).min(sentence.end.max(q.noun_span.end)),
        );
        let after = &text[q.noun_span.end.max(span.end).min(after_end)..after_end];
        let after = words(&after[..after.find([',', ';', ':', '.']).unwrap_or(after.len())]);
        let whole = words(doc.slice(sentence));
        if !has_form(&whole, "passage") {
            return None;
        }
        let near_before = &before[before.len().saturating_sub(4)..];
        let near_after = &after[..after.len().min(3)];
        let needed = has_form(near_before, "needed") || has_form(near_after, "needed");
        Some(if needed { "votes needed" } else { "votes for" }.to_string())
    }

    /// The state (`count.predicate` key) a predicate right after a group's
    /// noun gives it, when the figure is the predicate's subject: "27 girls
    /// were missing", but not "searching for 27 girls who were missing"
    /// (`count.in_complement`).
    fn group_state(&self, noun: Span, before: &str) -> Option<String> {
        let doc = self.doc;
        let last = before.split_whitespace().next_back().unwrap_or("");
        if is_word(doc, "count.in_complement", last) {
            return None;
        }
        predicate_after(doc, noun, &[doc.lang.lexicon("count.predicate")])
    }

    /// Whether a count after a part marker ("41 blessés, dont sept en
    /// urgence absolue") counts a noun of its own (`count.part_noun`): a
    /// part that is a figure of another subject, claimed as such.
    fn is_part_noun(&self, noun: Span) -> bool {
        canonical_noun(self.doc, noun).is_some_and(|c| {
            self.doc
                .lang
                .lexicon("count.part_noun")
                .folded_forms()
                .any(|(_, f)| f == c)
        })
    }

    /// The place a count's sentence opens with, for the nouns counted
    /// city by city (`count.local`: demonstrators, arrests): a
    /// `count.local_open` word, capitalised words and a comma ("À Rennes,
    /// ils étaient 9 500 selon la préfecture", "À Nantes, deux personnes
    /// ont été interpellées"). Such a figure is that place's, never the
    /// story's whole (`count@in-<place>:<noun>`). A country (`country.name`)
    /// is the story's whole, not a place of it.
    fn local_place(&self, span: Span, key: &str) -> Option<(String, String)> {
        let doc = self.doc;
        let local = doc.lang.lexicon("count.local");
        if !local.folded_forms().any(|(_, f)| f == key) {
            return None;
        }
        let re = lexicon_regex(
            doc,
            "count.local_open",
            r"^[\s#*«“\x22]*(?i:{})\s+((?:\p{Lu}[\p{L}'’-]*\p{L})(?:[\s-]+\p{Lu}[\p{L}'’-]*\p{L}){0,2})\s*,",
        )?;
        let sentence = doc.sentence_of(span)?;
        let opening = re
            .captures(doc.slice(sentence))
            .and_then(|c| c.get(1))
            .filter(|m| sentence.start + m.end() <= span.start)
            .map(|m| m.as_str().to_string());
        // Or right after the count in its clause: "45 000 personnes ont
        // manifesté à Paris selon la préfecture".
        let after = || -> Option<String> {
            let re = lexicon_regex(
                doc,
                "count.local_open",
                r"(?:^|\s)(?i:{})\s+((?:\p{Lu}[\p{L}'’-]*\p{L})(?:[\s-]+\p{Lu}[\p{L}'’-]*\p{L}){0,2})\b",
            )?;
            let text = doc.text();
            let to = crate::text::floor_char_boundary(text, (span.end + 80).min(sentence.end));
            let rest = &text[span.end.min(to)..to];
            let rest = &rest[..rest.find([',', ';', ':', '.', '(']).unwrap_or(rest.len())];
            let folded = fold_key(rest);
            let source = forms(doc, "count.source")
                .iter()
                .filter_map(|f| whole_word_positions(&folded, f).next())
                .min()
                .unwrap_or(folded.len());
            let m = re.captures(rest)?.get(1)?;
            // Folding keeps offsets close enough to cut at the source.
            (m.start() < source).then(|| m.as_str().to_string())
        };
        let place = opening.or_else(after)?;
        let folded = fold_key(&place);
        if is_word(doc, "country.name", &folded) {
            return None;
        }
        let k = place_key(&place);
        (!k.is_empty()).then_some((place, k))
    }

    /// Push a count attributed to a source, then the bare numbers
    /// attributed to other sources right after it in its sentence ("368 000
    /// selon la police, 1,2 million selon la CGT"), all of one place when
    /// the sentence opens with one.
    fn push_attributed(
        &mut self,
        (display, key): (&str, &str),
        (who, who_key): (&str, &str),
        local: &Option<(String, String)>,
        span: Span,
        rule: &str,
        quantity: Quantity,
    ) {
        let doc = self.doc;
        let text = doc.text();
        let subject = |who: &str, who_key: &str| {
            let shown = format!("{display} (according to {who})");
            match local {
                Some((place, pk)) => (
                    format!("{display} in {place} (according to {who})"),
                    format!("count@{who_key}@in-{pk}:{key}"),
                ),
                None => (shown, format!("count@{who_key}:{key}")),
            }
        };
        self.push(
            subject(who, who_key),
            "count",
            Value::Quantity(quantity),
            span,
            rule,
            None,
        );
        let Some(sentence) = doc.sentence_of(span) else {
            return;
        };
        for (nspan, nrule, v) in
            starting_in(&self.ctx.numbers, |n| n.0.start, span.end, sentence.end)
        {
            if nspan.start < span.end || !sentence.contains(*nspan) {
                continue;
            }
            let Some((who, who_key)) = self.attribution(*nspan) else {
                continue;
            };
            // Right after the number: "368 000 selon la police".
            let gap = &text[nspan.end..];
            if !self.starts_with_source_word(gap) {
                continue;
            }
            self.push(
                subject(&who, &who_key),
                "count",
                Value::Quantity(Quantity::new(*v, qualifier_before(doc, *nspan))),
                *nspan,
                nrule,
                None,
            );
        }
    }

    /// Bare figures of an attributed noun (`count.attributed`) given by a
    /// verb before them (`count.verb_before` with that noun's key) and
    /// attributed to a source: "Ils étaient 412 000 dans les rues selon le
    /// ministère", "la CGT en revendique 1,1 million". The pronoun or the
    /// "en" stands for the noun; without a source the figure is left alone.
    pub(super) fn bare_attributed_counts(&mut self) {
        let doc = self.doc;
        let story = self.story_year();
        // The figures that count a noun, as a set: scanning every quantity
        // for every number was quadratic in a long article.
        let counted = crate::text::SpanSet::new(
            self.ctx
                .quantities
                .iter()
                .filter(|(_, _, q)| !q.noun_span.is_empty())
                .map(|(qs, _, _)| *qs),
        );
        for (nspan, rule, v) in &self.ctx.numbers {
            if *v < 1.0 || counted.overlaps(*nspan) {
                continue;
            }
            let Some(key) = self.verb_key_before(*nspan) else {
                continue;
            };
            if !self.is_attributed_noun(&key)
                || self.era_of(*nspan, story) != past::Era::Now
                || self.count_is_part(*nspan, *nspan)
                || self.is_hypothetical(*nspan)
            {
                continue;
            }
            let Some((who, who_key)) = self.attribution(*nspan) else {
                continue;
            };
            let local = self.local_place(*nspan, &key);
            self.push_attributed(
                (&key, &key),
                (&who, &who_key),
                &local,
                *nspan,
                rule,
                Quantity::new(*v, qualifier_before(doc, *nspan)),
            );
        }
    }
}

/// A subject made that of a place (`count@in-<place>:<noun>`).
fn local_subject(
    (display, key): (String, String),
    local: &Option<(String, String)>,
) -> (String, String) {
    match local {
        Some((place, pk)) => (
            format!("{display} in {place}"),
            key.replacen("count:", &format!("count@in-{pk}:"), 1),
        ),
        None => (display, key),
    }
}

/// The most words between a toll's noun and its figure: "the death toll
/// from the 7.7 magnitude earthquake in Myanmar has risen to 1,000".
const TOLL_GAP_WORDS: usize = 12;
/// The most words between a toll noun and a `count.toll_link` verb of key
/// `far` ("climbed to") ending right before its figure.
const TOLL_FAR_GAP_WORDS: usize = 22;
/// How far before a figure its toll noun is looked for, in bytes.
const TOLL_LOOK_BACK: usize = 200;

/// Where the clause ending `text` starts: after its last comma, semicolon,
/// colon, parenthesis or full stop, a point or comma inside a number
/// ("7.7", "1,670") excepted.
fn clause_start(text: &str) -> usize {
    let b = text.as_bytes();
    let digit = |i: Option<usize>| i.and_then(|i| b.get(i)).is_some_and(u8::is_ascii_digit);
    text.char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, ';' | ':' | '(')
                || matches!(c, ',' | '.') && !(digit(i.checked_sub(1)) && digit(Some(i + 1)))
        })
        .map_or(0, |(i, _)| i + 1)
}

/// Whether a word between a toll's noun and its figure is a count of its
/// own (then the toll's figure is that one, or the toll is of another
/// kind: "the toll of 12 dead and 30 injured"): a whole number other than
/// a year. A decimal ("a 7.7 magnitude earthquake") or a year ("the 2023
/// floods") describes the event.
fn is_count_like(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    if !w.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let decimal = w.contains('.') && w.rsplit('.').next().is_some_and(|d| d.len() != 3);
    let year = w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y));
    !(decimal || year)
}

impl<'m> Builder<'_, 'm> {
    /// Every figure of the article in text order, bare numbers ("98 from
    /// India") and the numbers of counts ("660 Egyptians"), and with
    /// `ages` those of ages: (span, where the number ends before its noun,
    /// rule, value, qualifier).
    pub(super) fn figures(&self, ages: bool) -> Vec<(Span, usize, &'m str, f64, Qualifier)> {
        let doc = self.doc;
        let mut out: Vec<(Span, usize, &'m str, f64, Qualifier)> = self
            .ctx
            .numbers
            .iter()
            .map(|(s, r, v)| (*s, s.end, *r, *v, qualifier_before(doc, *s)))
            .collect();
        for (span, rule, q) in &self.ctx.quantities {
            let end = match q.measure {
                Measure::Count { .. } if q.noun_span.start > span.start => q.noun_span.start,
                Measure::Age if ages => span.end,
                _ => continue,
            };
            out.push((*span, end, rule, q.value, q.qualifier));
        }
        out.sort_by_key(|c| c.0.start);
        out
    }
}
