//! Armed conflict: the dead of each side, and the drones and missiles
//! launched and shot down.
//!
//! Sides: a count whose noun is a side (`conflict.side`: the canonical
//! `count.noun` keys `soldiers`, `civilians`, `militants`, `police`;
//! "soldats", "militaires", "troops", "civils", "jihadistes",
//! "terroristes", "rebels"…) with a word of killing after its noun
//! (`conflict.killed_after`: "une dizaine de soldats ont été tués", "27
//! militants killed", "27 terroristes neutralisés") or right before it
//! (`conflict.killed_before`: "affirme avoir neutralisé 27 terroristes",
//! "troops killed 27 militants") is that side's part of the dead,
//! `count@part-soldiers:dead`, keyed alike in every language (the counts
//! of `counts.rs` key the same phrasings so already; this file adds the
//! words of war communiqués, the bare English participle, and rekeys a
//! part the counts keyed by its written noun, "militaires", by its side).
//! A nationality right by the noun keys the side by country ("Ukrainian
//! soldiers", "soldats russes": `soldiers-ua`): two armies' losses are two
//! figures. Words of killing said of the armed group only ("neutralisés",
//! "eliminated": key `militants`) make no toll of soldiers or civilians.
//! An armed party's claim of the toll it inflicted (`conflict.claim`: "le
//! JNIM a revendiqué la mort de 50 militaires", "the group claimed to have
//! killed 50 soldiers") is keyed apart (`count@claimed@part-soldiers:dead`,
//! shown "claimed"): the army's 12 and the group's 50 are two statements,
//! not a conflict; so, with a verb of saying (`conflict.claim_said`: "dit
//! avoir tué", "said it killed"), are the tolls of the sides of
//! `conflict.side_said` (soldiers, civilians, police: the army's figure of
//! the armed group's dead is the only one there is, said or not). One
//! article giving a side's toll two disagreeing figures, each attributed to
//! its own source ("selon l'armée", "selon des sources locales"), gives
//! those sources' figures (`count@<source>@part-soldiers:dead`), no
//! inconsistency. Attackers (`count.thing`: "assaillants", "gunmen") are a
//! side too: "trois assaillants tués" is their part of the dead, never the
//! whole toll. A side's toll grows as bodies are found: figures of
//! different days are updates (running totals). A sentence of an earlier
//! attack (`conflict.earlier`: "last week", "la semaine dernière") claims
//! nothing here.
//!
//! Weapons: a count of a weapon (`conflict.weapon`: drones, missiles,
//! cruise and ballistic missiles, rockets, shells; a specific kind is its
//! own key) is launched or shot down by the nearest verb before it in its
//! clause (`conflict.action_before`: "Russia launched 112 drones and eight
//! missiles", "shot down 85 drones"; "attacked Ukraine with 112 drones":
//! key `with` after a `conflict.attack` verb), or by a participle after it
//! (`conflict.action_after`: "85 drones were intercepted", "112 drones
//! launched by Russia"). "shot down 85 of the 112 drones" (`conflict.of_total`)
//! is 85 shot down of 112 launched, as is "85 drones sur 112"; "dont 100
//! ont été abattus", "of which 100 were shot down" (`conflict.part_of`) are
//! shot down of the one kind of weapon counted before them in the sentence
//! (none when several kinds were). Keys: `weapons@launched:drones`,
//! `weapons@downed:drones`, with the owner when a nationality qualifies the
//! weapon ("120 Ukrainian drones": `weapons@downed@ua:drones`), so that
//! launched figures compare with launched ones only and one side's drones
//! with that side's; launched weapons are their launcher's, the country
//! named before the verb ("Russia launched", "Ukraine's military said it
//! had struck … with 30 drones"; never a target after a `conflict.target`
//! word: "at Ukraine", "sur l'Ukraine") or after "launched by". A weapon
//! count that opens its own predicate (`conflict.subject_verb`: "another
//! 415 drones were lost") is no object of the verb before it. A weapon
//! counted with no action claims nothing (no plain `count:drones` either).
//! A ceasefire's time of day is `time:ceasefire` (lexicon `time.subject`,
//! read by `measures.rs`).
//!
//! Earlier attacks and totals since the war began claim nothing (the era
//! of the count: `past.rs`, `count.other_time`). Lexicons:
//! `rules/<lang>/conflict.json`.
//!
//! Known limits: a part of a toll after "dont" ("30 morts, dont 5 civils")
//! is not a side's toll; "fighters" and "assaillants" are no side (fighter
//! jets; a shooting's attackers, `count.thing`); who shot a drone down is
//! not read, only whose drone it was when written.

use super::*;
use counts::thing_key;

/// How many words may stand between an action verb and the weapon count
/// it governs, other than the weapon counts of a list ("launched overnight
/// a total of 112 drones").
const ACTION_GAP: usize = 6;

/// How many words a predicate after a side's noun may skip (adverbs of
/// `count.predicate_adverb`) among the first ones.
const ADVERB_REACH: usize = 2;

/// A weapon count of a sentence: where it is, what it is, who owns it.
struct Weapon {
    /// The count (number and noun) in the original text.
    span: Span,
    /// Where its weapon noun ends (original text).
    end: usize,
    value: Quantity,
    rule: String,
    key: String,
    owner: Option<String>,
}

impl Builder<'_, '_> {
    /// The dead of each side and the weapons launched and shot down (see
    /// the module's doc).
    pub(super) fn conflict_claims(&mut self) {
        if self.doc.lang.lexicon("conflict.side").is_empty() {
            return;
        }
        let tolls = self.side_tolls();
        self.two_claimants(&tolls);
        self.weapon_claims();
    }

    /// "12 soldats tués selon l'armée… 20 soldats tués selon des sources
    /// locales": when one article gives a side's toll two figures that
    /// disagree, each attributed to its own source (`attribution`), the
    /// figures are those sources' (`count@<source>@part-soldiers:dead`), not
    /// an inconsistency of the article. `tolls` are the spans of the
    /// sides' tolls.
    fn two_claimants(&mut self, tolls: &[Span]) {
        let mut keys: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, c) in self.claims.iter().enumerate() {
            if c.subject_key.starts_with("count@") && tolls.contains(&c.span) {
                keys.entry(c.subject_key.clone()).or_default().push(i);
            }
        }
        for idx in keys.values().filter(|v| v.len() >= 2) {
            let disagree = idx.iter().enumerate().any(|(n, &i)| {
                idx[n + 1..]
                    .iter()
                    .any(|&j| !self.claims[i].value.compatible(&self.claims[j].value))
            });
            if !disagree {
                continue;
            }
            let who: Vec<Option<(String, String)>> = idx
                .iter()
                .map(|&i| self.attribution(self.claims[i].span))
                .collect();
            let sources: std::collections::BTreeSet<&str> =
                who.iter().flatten().map(|(_, k)| k.as_str()).collect();
            if sources.len() < 2 {
                continue;
            }
            for (&i, w) in idx.iter().zip(&who) {
                if let Some((shown, key)) = w {
                    let c = &mut self.claims[i];
                    c.subject = format!("{} according to {shown}", c.subject);
                    c.subject_key = c
                        .subject_key
                        .replacen("count@", &format!("count@{key}@"), 1);
                }
            }
        }
    }

    /// The sides' tolls (see the module's doc); returns their spans.
    fn side_tolls(&mut self) -> Vec<Span> {
        let mut tolls = Vec::new();
        let doc = self.doc;
        let ctx = self.ctx;
        let story = self.story_year();
        for (span, rule, q) in &ctx.quantities {
            let Measure::Count { .. } = &q.measure else {
                continue;
            };
            let Some(side) = self.side_of(q.noun_span) else {
                continue;
            };
            if self.era_of(*span, story) != past::Era::Now
                || self.is_hypothetical(*span)
                || self.earlier_attack(*span)
            {
                continue;
            }
            // Quotes around a word of a communiqué ("avoir « neutralisé »")
            // are left out.
            let before = self
                .words_before_number(*span, 80)
                .replace(['"', '«', '»', '“', '”'], " ");
            let before = before.split_whitespace().collect::<Vec<_>>().join(" ");
            if self.is_definite_reference(&before, q) {
                continue;
            }
            // The state: a word of killing before the figure or after its
            // noun, else what the counts made of it ("parmi les morts
            // figurent 8 militaires": `count@part-militaires:dead`).
            let killed = |key: &str| key == "dead" || key == side;
            let before_key = form_ending(doc, "conflict.killed_before", &before)
                .map(|(k, _)| k)
                .filter(|k| killed(k));
            let state = before_key
                .or_else(|| self.killed_after(q.noun_span).filter(|k| killed(k)))
                .map(|_| "dead".to_string())
                .or_else(|| {
                    self.claims.iter().find_map(|c| {
                        let rest = c.subject_key.strip_prefix("count@part-")?;
                        (c.span == *span)
                            .then(|| rest.rsplit(':').next())?
                            .map(str::to_string)
                    })
                });
            let Some(state) = state else {
                continue;
            };
            let who = match self.side_country(q.noun_span) {
                Some(cc) => format!("{side}-{cc}"),
                None => side.clone(),
            };
            let shown = match who.split_once('-') {
                Some((s, cc)) => format!("{s}, {}", cc.to_uppercase()),
                None => who.clone(),
            };
            // "a revendiqué la mort de", "claimed to have killed": a claim
            // verb, then the word of killing; "dit avoir tué 50 soldats",
            // "said it killed 50 soldiers": a verb of saying, for the sides
            // of `conflict.side_said`.
            let said = doc
                .lang
                .lexicon("conflict.side_said")
                .key_of(&side)
                .is_some();
            let claimed =
                form_ending(doc, "conflict.killed_before", &before).is_some_and(|(_, n)| {
                    let rest = before[..before.len() - n].trim_end();
                    form_ending(doc, "conflict.claim", rest).is_some()
                        || (said && form_ending(doc, "conflict.claim_said", rest).is_some())
                });
            let subject = if claimed {
                (
                    format!("{state} ({shown}), claimed"),
                    format!("count@claimed@part-{who}:{state}"),
                )
            } else {
                (
                    format!("{state} ({shown})"),
                    format!("count@part-{who}:{state}"),
                )
            };
            // The counts' own reading of this figure gives way, except the
            // count of a thing counted as itself ("Two attackers were shot
            // dead": there were two attackers, `attacks.rs`).
            let thing = format!("count:{side}");
            let keep_thing = !doc
                .lang
                .lexicon("count.thing")
                .folded_forms_of(&side)
                .is_empty();
            self.claims.retain(|c| {
                !(c.span == *span
                    && c.subject_key.starts_with("count")
                    && !(keep_thing && c.subject_key == thing))
            });
            self.push(
                subject,
                "count",
                Value::Quantity(q.quantity()),
                *span,
                rule,
                None,
            );
            self.mark_last_running();
            tolls.push(*span);
        }
        tolls
    }

    /// Whether the sentence of the figure at `span` tells an earlier attack
    /// (`conflict.earlier`: "last week", "la semaine dernière", "the
    /// previous record"): its figures are not this attack's.
    fn earlier_attack(&self, span: Span) -> bool {
        let doc = self.doc;
        let Some(sentence) = doc.sentence_of(span) else {
            return false;
        };
        let folded = fold_key(doc.slice(sentence));
        names_form(doc, "conflict.earlier", &folded)
    }

    /// The side a count's noun names (`conflict.side`), a nationality
    /// before it left out ("Ukrainian soldiers").
    fn side_of(&self, noun: Span) -> Option<String> {
        let doc = self.doc;
        let sides = doc.lang.lexicon("conflict.side");
        // A side is a count noun ("soldats": soldiers) or a thing counted
        // as itself ("assaillants": attackers).
        let side = |n: Span| {
            canonical_noun(doc, n)
                .or_else(|| thing_key(doc, &fold_key(doc.slice(n))))
                .filter(|k| sides.key_of(k).is_some())
        };
        side(noun).or_else(|| {
            let written = doc.slice(noun);
            let first = written.split_whitespace().next()?;
            if !is_word(doc, "country.adjective", &fold_key(first)) {
                return None;
            }
            let rest = written[first.len()..].trim_start();
            side(Span::new(noun.end - rest.len(), noun.end))
        })
    }

    /// The `conflict.killed_after` key of the participle right after a
    /// side's noun in its clause ("ont été tués", "were killed",
    /// "neutralisés"), adverbs left out; a bare English "killed" followed
    /// by its object ("two soldiers killed a militant") is an active verb,
    /// not a toll.
    fn killed_after(&self, noun: Span) -> Option<&str> {
        let doc = self.doc;
        let text = doc.text();
        let end = crate::text::floor_char_boundary(text, (noun.end + 120).min(text.len()));
        let rest = &text[noun.end..end];
        let rest = &rest[..rest
            .find([',', ';', ':', '.', '(', '"', '“'])
            .unwrap_or(rest.len())];
        let folded = fold_key(rest);
        let words: Vec<&str> = folded
            .split_whitespace()
            .enumerate()
            .filter(|&(i, w)| i > ADVERB_REACH || !is_word(doc, "count.predicate_adverb", w))
            .map(|(_, w)| w)
            .collect();
        // A nationality right after the noun ("soldats maliens") is part
        // of it.
        let skip = usize::from(words.first().is_some_and(|w| {
            is_word(doc, "country.adjective", w) || is_word(doc, "country.people", w)
        }));
        let tail = words.get(skip..)?.join(" ");
        let (key, len) = longest_prefix(doc, "conflict.killed_after", &tail)?;
        let next = tail[len..].split_whitespace().next().unwrap_or("");
        let active = is_word(doc, "conflict.killed_active", &tail[..len]);
        let object = active && next.starts_with(|c: char| c.is_ascii_digit())
            || is_word(doc, "grammar.article", next)
            || is_word(doc, "grammar.indefinite", next)
            || is_word(doc, "number.approx", next);
        (!object).then_some(key)
    }

    /// The country of a nationality right before a side's noun ("Ukrainian
    /// soldiers") or right after it ("soldats russes").
    fn side_country(&self, noun: Span) -> Option<String> {
        let doc = self.doc;
        let text = doc.text();
        let written = fold_key(doc.slice(noun));
        let mut words = written.split_whitespace();
        let adjective = |w: &str| -> Option<String> {
            ["country.adjective", "country.people"]
                .iter()
                .find_map(|l| doc.lang.lexicon(l).key_of(w).map(str::to_string))
        };
        // "Ukrainian soldiers", "soldats ukrainiens" as one noun.
        if let Some(cc) = words.find_map(adjective) {
            return Some(cc);
        }
        let before = fold_key(&text[look_back(text, noun.start, 30, 0)..noun.start]);
        let last = before.split_whitespace().next_back().unwrap_or("");
        if let Some(cc) = adjective(last) {
            return Some(cc);
        }
        let end = crate::text::floor_char_boundary(text, (noun.end + 30).min(text.len()));
        let after = fold_key(&text[noun.end..end]);
        let next = after
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .find(|w| !w.is_empty())
            .unwrap_or("");
        adjective(next)
    }

    fn weapon_claims(&mut self) {
        let doc = self.doc;
        let ctx = self.ctx;
        let text = doc.text();
        let story = self.story_year();
        let first = self.claims.len();
        // Weapon counts, by sentence.
        let mut weapons: Vec<(Span, Weapon)> = Vec::new();
        for (span, rule, q) in &ctx.quantities {
            let Measure::Count { .. } = &q.measure else {
                continue;
            };
            let Some((key, end, owner)) = self.weapon_of(q.noun_span) else {
                continue;
            };
            let Some(sentence) = doc.sentence_of(*span) else {
                continue;
            };
            weapons.push((
                sentence,
                Weapon {
                    span: *span,
                    end,
                    value: q.quantity(),
                    rule: rule.to_string(),
                    key,
                    owner,
                },
            ));
        }
        // "shot down 85 of the drones": a bare number, a `conflict.of_total`
        // form and a weapon noun with no figure of its own.
        for &(span, rule, value) in &ctx.numbers {
            let end = crate::text::floor_char_boundary(text, (span.end + 20).min(text.len()));
            let raw = &text[span.end..end];
            let lead = raw.len() - raw.trim_start().len();
            let after = fold_key(raw.trim_start());
            let Some((_, len)) = longest_prefix(doc, "conflict.of_total", &after) else {
                continue;
            };
            // The forms are plain ASCII words: their folded length is
            // their length in the text.
            let at = span.end + lead + len;
            if !text.is_char_boundary(at) {
                continue;
            }
            let at = at + (text[at..].len() - text[at..].trim_start().len());
            let Some((key, end, owner)) = self.weapon_of(Span::new(at, at)) else {
                continue;
            };
            let Some(sentence) = doc.sentence_of(span) else {
                continue;
            };
            let value = Quantity::new(value, qualifier_before(doc, span));
            weapons.push((
                sentence,
                Weapon {
                    span,
                    end,
                    value,
                    rule: rule.to_string(),
                    key,
                    owner,
                },
            ));
        }
        if weapons.is_empty() {
            return;
        }
        weapons.sort_by_key(|(_, w)| w.span.start);
        let taken: Vec<Span> = weapons.iter().map(|(_, w)| w.span).collect();
        let mut out: Vec<(Span, String, Quantity, String, String, Option<String>)> = Vec::new();
        for (sentence, w) in &weapons {
            if self.era_of(w.span, story) != past::Era::Now
                || self.is_hypothetical(w.span)
                || self.earlier_attack(w.span)
            {
                continue;
            }
            let list: Vec<&Weapon> = weapons
                .iter()
                .filter(|(s, _)| s == sentence)
                .map(|(_, w)| w)
                .collect();
            // "85 of the 112 drones", "85 drones sur 112": a part shot down
            // of the total launched.
            if let Some((n_span, n_value)) = self.number_of_total(w.span) {
                let action = self.action_before(n_span, *sentence, &list);
                if action.is_some_and(|(a, _)| a == "downed") {
                    out.push((
                        n_span,
                        "downed".into(),
                        n_value,
                        w.rule.clone(),
                        w.key.clone(),
                        w.owner.clone(),
                    ));
                    // "85 of 112 drones launched by Russia".
                    let launcher = self
                        .action_after(w.end)
                        .filter(|(a, _)| a == "launched")
                        .and_then(|(_, l)| l);
                    out.push((
                        w.span,
                        "launched".into(),
                        w.value.clone(),
                        w.rule.clone(),
                        w.key.clone(),
                        launcher.or_else(|| w.owner.clone()),
                    ));
                }
                continue;
            }
            // "another 415 drones were lost from radar": the subject of
            // another verb is no object of the verb before it.
            let action = self.action_after(w.end).or_else(|| {
                (!self.subject_of_a_verb(w.end))
                    .then(|| self.action_before(w.span, *sentence, &list))
                    .flatten()
            });
            let Some((action, launcher)) = action else {
                continue;
            };
            // Launched weapons are their launcher's when it is named
            // ("Russia launched", "launched by Russia"), shot down ones
            // whose their nationality says.
            let owner = launcher.or_else(|| w.owner.clone());
            out.push((
                w.span,
                action.clone(),
                w.value.clone(),
                w.rule.clone(),
                w.key.clone(),
                owner,
            ));
            if action == "downed"
                && let Some((t_span, t_value)) = self.total_after(w.end)
            {
                out.push((
                    t_span,
                    "launched".into(),
                    t_value,
                    w.rule.clone(),
                    w.key.clone(),
                    w.owner.clone(),
                ));
            }
        }
        // "dont 100 ont été abattus", "of which 100 were shot down": a bare
        // number of the one weapon counted before it.
        for &(span, rule, value) in &ctx.numbers {
            let Some(sentence) = doc.sentence_of(span) else {
                continue;
            };
            let before_kinds: Vec<&Weapon> = weapons
                .iter()
                .filter(|(s, w)| *s == sentence && w.span.end <= span.start)
                .map(|(_, w)| w)
                .collect();
            let Some(last) = before_kinds.last() else {
                continue;
            };
            if before_kinds
                .iter()
                .any(|w| w.key != last.key || w.owner != last.owner)
                || out.iter().any(|o| o.0 == span)
                || self.era_of(span, story) != past::Era::Now
                || self.earlier_attack(span)
            {
                continue;
            }
            let between = fold_key(&text[last.end.min(span.start)..span.start]);
            let before = self.words_before_number(span, 40);
            let opens = form_ending(doc, "conflict.part_of", &before).is_some()
                && !between.contains([';', '.']);
            // "85 of them were shot down".
            let end = crate::text::floor_char_boundary(text, (span.end + 20).min(text.len()));
            let raw = &text[span.end..end];
            let lead = raw.len() - raw.trim_start().len();
            let after = fold_key(raw.trim_start());
            // The forms are plain ASCII words ("of them"): their folded
            // length is their length in the text.
            let of_them = longest_prefix(doc, "conflict.part_of", &after)
                .filter(|(_, len)| text.is_char_boundary(span.end + lead + len));
            let from = match of_them {
                Some((_, len)) => span.end + lead + len,
                None if opens => span.end,
                None => continue,
            };
            let Some((action, launcher)) = self.action_after(from) else {
                continue;
            };
            let owner = launcher.or_else(|| last.owner.clone());
            let value = Quantity::new(value, qualifier_before(doc, span));
            out.push((
                span,
                action,
                value,
                rule.to_string(),
                last.key.clone(),
                owner,
            ));
        }
        // The plain counts of weapons give way.
        let taken = crate::text::SpanSet::new(taken.into_iter().chain(out.iter().map(|o| o.0)));
        let mut n = 0;
        self.claims.retain(|c| {
            n += 1;
            n > first || !c.subject_key.starts_with("count") || !taken.overlaps(c.span)
        });
        for (span, action, value, rule, key, owner) in out {
            let shown_action = match action.as_str() {
                "downed" => "shot down",
                a => a,
            };
            let (shown, k) = match owner {
                Some(cc) => (
                    format!("{key} {shown_action} ({})", cc.to_uppercase()),
                    format!("weapons@{action}@{cc}:{key}"),
                ),
                None => (
                    format!("{key} {shown_action}"),
                    format!("weapons@{action}:{key}"),
                ),
            };
            self.push(
                (shown, k),
                "count",
                Value::Quantity(value),
                span,
                &rule,
                None,
            );
        }
    }

    /// The weapon a count's noun names (`conflict.weapon`, its first words
    /// or after a name of at most two words: "112 Shahed drones"), where
    /// its noun ends, and the country of a nationality by it.
    fn weapon_of(&self, noun: Span) -> Option<(String, usize, Option<String>)> {
        let doc = self.doc;
        let text = doc.text();
        let end = crate::text::floor_char_boundary(text, (noun.start + 60).min(text.len()));
        let window = &text[noun.start..end];
        let window = &window[..window
            .find([',', ';', ':', '.', '('])
            .unwrap_or(window.len())];
        // Word starts in the original text, so that the end is an offset
        // of the original.
        let mut starts: Vec<usize> = Vec::new();
        let mut prev_alnum = false;
        for (i, c) in window.char_indices() {
            let alnum = c.is_alphanumeric();
            if alnum && !prev_alnum {
                starts.push(i);
            }
            prev_alnum = alnum || c == '-' || c == '\'';
        }
        let mut owner: Option<String> = None;
        for (n, &at) in starts.iter().take(3).enumerate() {
            let folded = fold_key(&window[at..]);
            if let Some((key, _)) = longest_prefix(doc, "conflict.weapon", &folded) {
                // The form's length in the original: fold word by word.
                let form_words = doc
                    .lang
                    .lexicon("conflict.weapon")
                    .folded_forms_of(key)
                    .iter()
                    .filter(|f| starts_with_words(&folded, f))
                    .map(|f| f.split_whitespace().count())
                    .max()
                    .unwrap_or(1);
                let end_word = n + form_words;
                let end = match starts.get(end_word) {
                    Some(&s) => noun.start + window[..s].trim_end().len(),
                    None => noun.start + window.trim_end().len(),
                };
                let adjective = |w: &str| {
                    doc.lang
                        .lexicon("country.adjective")
                        .key_of(w)
                        .map(str::to_string)
                };
                // "Ukrainian drones" / "drones ukrainiens".
                for &s in &starts[..n] {
                    let w = fold_key(window[s..].split_whitespace().next().unwrap_or(""));
                    owner = owner.or_else(|| adjective(&w));
                }
                if owner.is_none() {
                    let after = fold_key(
                        &text[end..crate::text::floor_char_boundary(
                            text,
                            (end + 30).min(text.len()),
                        )],
                    );
                    let next = after
                        .split(|c: char| !c.is_alphanumeric() && c != '-')
                        .find(|w| !w.is_empty())
                        .unwrap_or("");
                    owner = adjective(next);
                }
                if owner.is_none() {
                    let before = fold_key(&text[look_back(text, noun.start, 30, 0)..noun.start]);
                    let last = before.split_whitespace().next_back().unwrap_or("");
                    owner = adjective(last);
                }
                return Some((key.to_string(), end, owner));
            }
            // Only a name may stand before the weapon ("Shahed", "Iskander"):
            // a capitalised word or a nationality.
            let w = &window[at..];
            let word = w.split_whitespace().next().unwrap_or("");
            let capital = word.starts_with(char::is_uppercase);
            if !capital && !is_word(doc, "country.adjective", &fold_key(word)) {
                return None;
            }
        }
        None
    }

    /// The action of the `conflict.action_after` form that the text from
    /// `from` (a weapon noun's end) starts with, a nationality or a short
    /// adverb left out: "were shot down", "ont été abattus", "launched".
    fn action_after(&self, from: usize) -> Option<(String, Option<String>)> {
        let doc = self.doc;
        let text = doc.text();
        let end = crate::text::floor_char_boundary(text, (from + 80).min(text.len()));
        let rest = &text[from..end];
        let rest = &rest[..rest.find([',', ';', ':', '.', '(']).unwrap_or(rest.len())];
        let folded = fold_key(rest);
        let words: Vec<&str> = folded
            .split_whitespace()
            .enumerate()
            .filter(|&(i, w)| {
                i > ADVERB_REACH
                    || !(is_word(doc, "count.predicate_adverb", w)
                        || is_word(doc, "country.adjective", w))
            })
            .map(|(_, w)| w)
            .collect();
        let tail = words.join(" ");
        let (key, len) = longest_prefix(doc, "conflict.action_after", &tail)?;
        // "launched by Russia", "lancés par la Russie".
        let rest = tail[len..].trim_start();
        let by = rest.split_whitespace().next().unwrap_or("");
        let launcher = (key == "launched" && is_word(doc, "conflict.by", by))
            .then(|| self.launcher_after(without_leading_articles(doc, &rest[by.len()..])))
            .flatten();
        Some((key.to_string(), launcher))
    }

    /// The country `folded` starts with ("russia overnight" after "by").
    fn launcher_after(&self, folded: &str) -> Option<String> {
        let doc = self.doc;
        ["country.name", "country.people", "country.adjective"]
            .iter()
            .find_map(|lex| longest_prefix(doc, lex, folded).map(|(k, _)| k.to_string()))
    }

    /// Whether the words after a weapon noun ending at `end` open its
    /// predicate (`conflict.subject_verb`: "were", "ont"): the count is
    /// that verb's subject.
    fn subject_of_a_verb(&self, end: usize) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let to = crate::text::floor_char_boundary(text, (end + 30).min(text.len()));
        let after = fold_key(&text[end..to]);
        let next = after
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .find(|w| !w.is_empty())
            .unwrap_or("");
        !after.trim_start().starts_with([',', ';', ':', '.'])
            && is_word(doc, "conflict.subject_verb", next)
    }

    /// The action of the nearest `conflict.action_before` verb before the
    /// count at `span` in its sentence, with at most `ACTION_GAP` words
    /// between other than the weapon counts of a list, no clause mark but
    /// commas, and no other figure.
    fn action_before(
        &self,
        span: Span,
        sentence: Span,
        list: &[&Weapon],
    ) -> Option<(String, Option<String>)> {
        let doc = self.doc;
        let text = doc.text();
        let from = look_back(text, span.start, 200, sentence.start);
        let mut before = text[from..span.start].to_string();
        // The weapon counts of the list before it stand for one word each.
        for w in list.iter().rev() {
            if w.span.start >= from && w.end <= span.start {
                let (a, b) = (w.span.start - from, w.end - from);
                before.replace_range(a..b, " weapon ");
            }
        }
        let folded = fold_key(&before);
        let folded = folded.trim_end();
        let lex = doc.lang.lexicon("conflict.action_before");
        let mut best: Option<(usize, &str, usize)> = None;
        for (key, f) in lex.folded_forms() {
            for i in whole_word_positions(folded, f) {
                let end = i + f.len();
                if best.is_none_or(|(e, _, l)| end > e || (end == e && f.len() > l)) {
                    best = Some((end, key, f.len()));
                }
            }
        }
        let (end, key, len) = best?;
        let gap = &folded[end..];
        if gap.contains([';', ':', '.', '(', ')']) || gap.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let words = gap
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty() && *w != "weapon")
            .count();
        if words > ACTION_GAP {
            return None;
        }
        if key == "with" {
            // "attacked Ukraine with 112 drones": an attack verb before.
            let clause = &folded[..end];
            let clause = &clause[clause.rfind([';', ':', '.']).map_or(0, |i| i + 1)..];
            let attack = forms(doc, "conflict.attack");
            let verb = attack
                .iter()
                .filter_map(|a| whole_word_positions(clause, a).last())
                .max()?;
            let at = folded[..end].len() - clause.len() + verb;
            return Some(("launched".to_string(), self.launcher(&folded[..at])));
        }
        let launcher = (key == "launched")
            .then(|| self.launcher(&folded[..end - len]))
            .flatten();
        Some((key.to_string(), launcher))
    }

    /// Who launched weapons: the last country named in `before` (folded:
    /// the sentence up to the verb), unless it is a target after a
    /// `conflict.target` word ("Russia launched", "Ukraine's military said
    /// it had struck", not "at Ukraine").
    fn launcher(&self, before: &str) -> Option<String> {
        let doc = self.doc;
        let mut best: Option<(usize, &str)> = None;
        for lex in ["country.name", "country.people", "country.adjective"] {
            for (key, f) in doc.lang.lexicon(lex).folded_forms() {
                if let Some(i) = whole_word_positions(before, f).last()
                    && best.is_none_or(|(b, _)| i > b)
                {
                    best = Some((i, key));
                }
            }
        }
        let (at, key) = best?;
        // The word before the country, its articles left out ("sur
        // l'Ukraine", "at Ukraine").
        let word = before[..at]
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .rev()
            .find(|w| !w.is_empty() && !is_word(doc, "grammar.article", w))
            .unwrap_or("");
        (!is_word(doc, "conflict.target", word)).then(|| key.to_string())
    }

    /// "85 of the 112 drones", "85 des 112 drones": the bare number before
    /// a `conflict.of_total` form right before the count at `span`.
    fn number_of_total(&self, span: Span) -> Option<(Span, Quantity)> {
        let doc = self.doc;
        let text = doc.text();
        let number = self
            .ctx
            .numbers
            .iter()
            .rev()
            .find(|(s, _, _)| s.end <= span.start && span.start - s.end <= 16)?;
        let between = fold_key(&text[number.0.end..span.start]);
        let between = between.trim();
        is_word(doc, "conflict.of_total", between).then(|| {
            (
                number.0,
                Quantity::new(number.2, qualifier_before(doc, number.0)),
            )
        })
    }

    /// "85 drones sur 112", "85 drones out of 112": the bare number after a
    /// `conflict.of_total` form right after a weapon noun ending at `end`.
    fn total_after(&self, end: usize) -> Option<(Span, Quantity)> {
        let doc = self.doc;
        let text = doc.text();
        let number = self
            .ctx
            .numbers
            .iter()
            .find(|(s, _, _)| s.start >= end && s.start - end <= 16)?;
        let between = fold_key(&text[end..number.0.start]);
        is_word(doc, "conflict.of_total", between.trim()).then(|| {
            (
                number.0,
                Quantity::new(number.2, qualifier_before(doc, number.0)),
            )
        })
    }
}

/// The key and length of the longest form of `lexicon` that `folded`
/// starts with, as whole words.
fn longest_prefix<'a>(doc: &Doc<'a>, lexicon: &str, folded: &str) -> Option<(&'a str, usize)> {
    doc.lang
        .lexicon(lexicon)
        .folded_forms()
        .filter(|(_, f)| starts_with_words(folded, f))
        .max_by_key(|(_, f)| f.len())
        .map(|(k, f)| (k, f.len()))
}

/// Whether `s` starts with `form` followed by the end or a non-word
/// character.
fn starts_with_words(s: &str, form: &str) -> bool {
    s.strip_prefix(form).is_some_and(|r| {
        r.chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '-')
    })
}

#[cfg(test)]
mod tests {
    use crate::claims::tests::{claims_in, counts_in as counts};

    fn has(got: &[(String, String)], key: &str, value: &str) -> bool {
        got.iter().any(|(k, v)| k == key && v == value)
    }

    #[test]
    fn sides_of_the_dead_share_keys_across_languages() {
        for (lang, text, key, value) in [
            (
                "fr",
                "Une dizaine de soldats ont été tués mardi.",
                "count@part-soldiers:dead",
                "about 10",
            ),
            (
                "fr",
                "L'armée affirme avoir neutralisé 27 terroristes.",
                "count@part-militants:dead",
                "27",
            ),
            (
                "fr",
                "Au moins 12 civils ont également péri.",
                "count@part-civilians:dead",
                "at-least 12",
            ),
            (
                "fr",
                "Parmi les morts figurent 8 militaires.",
                "count@part-soldiers:dead",
                "8",
            ),
            (
                "fr",
                "Vingt-sept jihadistes ont été neutralisés.",
                "count@part-militants:dead",
                "27",
            ),
            (
                "en",
                "At least 12 soldiers were killed on Tuesday.",
                "count@part-soldiers:dead",
                "at-least 12",
            ),
            (
                "en",
                "The army said 27 militants killed in the clashes.",
                "count@part-militants:dead",
                "27",
            ),
            (
                "en",
                "Three civilians were killed in the strike.",
                "count@part-civilians:dead",
                "3",
            ),
            (
                "en",
                "Troops killed 27 militants on Tuesday.",
                "count@part-militants:dead",
                "27",
            ),
            (
                "en",
                "Twelve Ukrainian soldiers were killed.",
                "count@part-soldiers-ua:dead",
                "12",
            ),
            (
                "fr",
                "Douze soldats ukrainiens ont été tués.",
                "count@part-soldiers-ua:dead",
                "12",
            ),
        ] {
            let got = counts(lang, text);
            assert!(has(&got, key, value), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_groups_claim_is_keyed_apart_and_neutralised_is_for_the_armed_group_only() {
        let got = counts("fr", "Le JNIM a revendiqué la mort de 50 militaires.");
        assert!(
            has(&got, "count@claimed@part-soldiers:dead", "50"),
            "{got:?}"
        );
        for (lang, text) in [
            ("en", "The group said it killed 50 soldiers."),
            ("fr", "Le groupe dit avoir tué 50 soldats."),
        ] {
            let got = counts(lang, text);
            assert!(
                has(&got, "count@claimed@part-soldiers:dead", "50"),
                "{got:?}"
            );
        }
        // The army's figure of the armed group's dead is the figure, said
        // or not.
        let got = counts("en", "The army said it killed 27 militants.");
        assert!(has(&got, "count@part-militants:dead", "27"), "{got:?}");
        let got = counts("en", "The group claimed to have killed 50 soldiers.");
        assert!(
            has(&got, "count@claimed@part-soldiers:dead", "50"),
            "{got:?}"
        );
        // Soldiers "neutralised" is no toll; "two soldiers killed a
        // militant" is no toll of soldiers.
        let got = counts("fr", "Deux soldats neutralisés par la foule.");
        assert!(!got.iter().any(|(k, _)| k.contains("dead")), "{got:?}");
        let got = counts("en", "Two soldiers killed a militant.");
        assert!(!got.iter().any(|(k, _)| k.contains("dead")), "{got:?}");
    }

    #[test]
    fn two_sources_of_one_article_are_no_inconsistency() {
        let text = "Douze soldats ont été tués selon l'armée. \
                    Vingt soldats ont été tués selon des sources locales.";
        let got = counts("fr", text);
        let keys: Vec<&str> = got.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys.len(), 2, "{got:?}");
        assert_ne!(keys[0], keys[1], "{got:?}");
        // One source alone keeps the plain key.
        let got = counts("fr", "Douze soldats ont été tués selon l'armée.");
        assert!(has(&got, "count@part-soldiers:dead", "12"), "{got:?}");
    }

    #[test]
    fn attackers_killed_are_a_part_and_a_ceasefire_has_its_time() {
        for (lang, text) in [
            (
                "fr",
                "Deux soldats ont été blessés et trois assaillants tués.",
            ),
            ("en", "Three attackers were shot dead by police."),
        ] {
            let got = counts(lang, text);
            assert!(
                has(&got, "count@part-attackers:dead", "3"),
                "{text}: {got:?}"
            );
            assert!(
                !got.iter().any(|(k, _)| k == "count:dead"),
                "{text}: {got:?}"
            );
        }
        for (lang, text, time) in [
            (
                "en",
                "The ceasefire took effect at 8:30 a.m. on Sunday.",
                "08:30",
            ),
            (
                "fr",
                "Le cessez-le-feu est entré en vigueur à 4 heures du matin.",
                "04:00",
            ),
        ] {
            let got = claims_in(lang, text);
            assert!(
                got.iter()
                    .any(|(k, _, v)| k == "time:ceasefire" && v == time),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn earlier_attacks_and_totals_since_the_war_began_claim_nothing() {
        for (lang, text) in [
            (
                "fr",
                "En 2022, 40 soldats avaient été tués dans une attaque similaire.",
            ),
            (
                "fr",
                "Depuis le début du conflit, plus de 2 000 soldats ont été tués.",
            ),
            (
                "en",
                "Since the start of the war, more than 2,000 soldiers have been killed.",
            ),
            (
                "en",
                "Since the full-scale invasion, Russia has launched more than 30,000 drones.",
            ),
        ] {
            let got = counts(lang, text);
            assert!(
                !got.iter()
                    .any(|(k, _)| k.contains(":dead") && !k.contains("year")
                        || k.starts_with("weapons")),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn weapons_launched_and_shot_down_are_keyed_apart() {
        for (lang, text, expected) in [
            (
                "en",
                "Russia launched 112 drones and eight missiles overnight.",
                vec![
                    ("weapons@launched@ru:drones", "112"),
                    ("weapons@launched@ru:missiles", "8"),
                ],
            ),
            (
                "en",
                "Ukraine's air force said it shot down 85 of the 112 drones.",
                vec![
                    ("weapons@downed:drones", "85"),
                    ("weapons@launched:drones", "112"),
                ],
            ),
            (
                "en",
                "Russia attacked Ukraine with 112 drones; 85 drones were shot down.",
                vec![
                    ("weapons@launched@ru:drones", "112"),
                    ("weapons@downed:drones", "85"),
                ],
            ),
            (
                "fr",
                "La Russie a lancé 120 drones, dont 100 ont été abattus.",
                vec![
                    ("weapons@launched@ru:drones", "120"),
                    ("weapons@downed:drones", "100"),
                ],
            ),
            (
                "fr",
                "La défense antiaérienne a abattu 85 drones sur 112.",
                vec![
                    ("weapons@downed:drones", "85"),
                    ("weapons@launched:drones", "112"),
                ],
            ),
            (
                "en",
                "Russia's defence ministry said it destroyed 120 Ukrainian drones.",
                vec![("weapons@downed@ua:drones", "120")],
            ),
            (
                "en",
                "Russia fired six cruise missiles and two ballistic missiles.",
                vec![
                    ("weapons@launched@ru:cruise missiles", "6"),
                    ("weapons@launched@ru:ballistic missiles", "2"),
                ],
            ),
        ] {
            let got = counts(lang, text);
            let weapons: Vec<&(String, String)> = got
                .iter()
                .filter(|(k, _)| !k.starts_with("count"))
                .collect();
            assert_eq!(weapons.len(), expected.len(), "{text}: {got:?}");
            for (k, v) in expected {
                assert!(has(&got, k, v), "{text}: {got:?}");
            }
            assert!(
                !got.iter()
                    .any(|(k, _)| k.contains("drones") && k.starts_with("count")),
                "{text}: {got:?}"
            );
        }
        let got = counts(
            "en",
            "Air defences shot down 85 of the drones and six missiles.",
        );
        assert!(has(&got, "weapons@downed:drones", "85"), "{got:?}");
        assert!(has(&got, "weapons@downed:missiles", "6"), "{got:?}");
        // Launched weapons are their launcher's, never the target's.
        for (lang, text, key) in [
            (
                "en",
                "Ukraine's military said it had struck a Russian airfield with 30 drones.",
                "weapons@launched@ua:drones",
            ),
            (
                "fr",
                "La Russie a lancé 120 drones sur l'Ukraine.",
                "weapons@launched@ru:drones",
            ),
            (
                "en",
                "The air force said 112 drones were launched by Russia.",
                "weapons@launched@ru:drones",
            ),
        ] {
            let got = counts(lang, text);
            assert!(got.iter().any(|(k, _)| k == key), "{text}: {got:?}");
        }
        // The subject of another verb is no object of the verb before.
        let got = counts(
            "en",
            "Air defences downed 296 drones, and another 415 drones were lost from radar.",
        );
        assert!(!got.iter().any(|(_, v)| v == "415"), "{got:?}");
        // An earlier attack's figures are not this one's.
        for (lang, text) in [
            ("en", "Last week, Russia launched 728 drones at Ukraine."),
            (
                "fr",
                "La semaine dernière, la Russie avait lancé 728 drones.",
            ),
        ] {
            let got = counts(lang, text);
            assert!(
                !got.iter().any(|(k, _)| k.starts_with("weapons")),
                "{got:?}"
            );
        }
        // Two kinds before "dont": whose the figure is cannot be told.
        let got = counts(
            "fr",
            "La Russie a lancé 120 drones et 8 missiles, dont 100 ont été abattus.",
        );
        assert!(
            !got.iter().any(|(k, _)| k.starts_with("weapons@downed")),
            "{got:?}"
        );
        // A weapon counted with no action claims nothing.
        let got = counts("en", "Ukraine now produces 4,000 drones a month.");
        assert!(got.is_empty(), "{got:?}");
    }
}
