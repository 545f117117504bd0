//! Claims about named people: their ranks and roles (from titles), their
//! ages in apposition ("Ahmed, 45 ans"), and regnal names chosen
//! ("Léon XIV").

use super::*;

/// How many words may stand between a person and their age in apposition.
pub(super) const AGE_REACH: usize = 12;

/// The value of a Roman numeral written the usual way ("XIV" = 14);
/// `None` for a word that only looks like one ("LIVIL").
pub(super) fn roman_value(s: &str) -> Option<u32> {
    let digit = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        _ => None,
    };
    let vals: Vec<u32> = s.chars().map(digit).collect::<Option<_>>()?;
    let mut total = 0i64;
    for (i, v) in vals.iter().enumerate() {
        if vals.get(i + 1).is_some_and(|n| n > v) {
            total -= i64::from(*v);
        } else {
            total += i64::from(*v);
        }
    }
    let total = u32::try_from(total).ok().filter(|t| *t > 0)?;
    // Only the canonical spelling: "IIII" or "VX" are not numerals.
    (to_roman(total) == s).then_some(total)
}

pub(super) fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for (v, r) in [
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while n >= v {
            out.push_str(r);
            n -= v;
        }
    }
    out
}

/// Bytes before a person mention looked at for a `role.former` word: the
/// article and the word ("the former ", "l'ancienne ").
const FORMER_LOOK_BACK: usize = 16;

impl Builder<'_, '_> {
    /// Ranks and roles of named people.
    pub(super) fn person_claims(&mut self) {
        let ctx = self.ctx;
        for (span, rule, p, id) in ctx.people() {
            let span = &span;
            let subject = ctx.display(id);
            let key = format!("person:{id}");
            if let Some(r) = &p.rank {
                let start = p.rank_span.map_or(span.start, |s| s.start);
                self.push(
                    (subject.clone(), key.clone()),
                    "rank",
                    Value::Rank {
                        name: r.name.clone(),
                        is_a: r.is_a.clone(),
                    },
                    Span::new(start, span.end),
                    rule,
                    None,
                );
            }
            // "L'ancien président Mohamed Bazoum", "Barack Obama, the
            // former president,": a role once held is no claim that the
            // person holds it (a former prime minister now president would
            // conflict with himself); it is claimed as `former role`.
            let former = !p.roles.is_empty() && self.former_role(*span);
            for role in &p.roles {
                self.push(
                    (subject.clone(), key.clone()),
                    if former { "former role" } else { "role" },
                    Value::Role(role.clone()),
                    *span,
                    rule,
                    None,
                );
            }
        }
    }

    /// Whether a `role.former` word ("former", "ancien", "ex-") stands in
    /// a person mention holding a role, or in the few words right before
    /// it in its sentence.
    fn former_role(&self, span: Span) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let floor = doc.sentence_of(span).map_or(span.start, |s| s.start);
        let from = look_back(text, span.start, FORMER_LOOK_BACK, floor);
        let window = fold_key(&text[from..span.end]);
        names_form(doc, "role.former", &window)
    }

    /// The year a person took a rank, title or role: a `role.became` verb,
    /// the rank word (a form of `rank`, `title` or `role`, an article
    /// before it skipped), then within four words a date with a year
    /// ("became a cardinal only in 2023", "was elevated to cardinal in
    /// January 2024"): `person:<id>` attribute `became <word>`, the year.
    /// The person is the one named before the verb in its sentence (not
    /// after a preposition: "appointed by Pope Francis" is the appointer),
    /// else the person the article is about.
    pub(super) fn became_claims(&mut self) {
        let doc = self.doc;
        let ctx = self.ctx;
        let text = doc.text();
        // `\b` + this, as `word_start_matches` runs it.
        let Some(verbs) = lexicon_regex(doc, "role.became", r"(?i){}\s+") else {
            return;
        };
        let is_rank = |w: &str| {
            ["rank", "title", "role"]
                .iter()
                .any(|l| doc.lang.lexicon(l).key_of(w).is_some())
        };
        for m in word_start_matches(verbs, text) {
            let Some(sentence) = doc.sentence_of(Span::new(m.start(), m.end())) else {
                continue;
            };
            let rest = &text[m.end()..sentence.end.max(m.end())];
            let mut words = rest.split_whitespace();
            let mut word = words.next().unwrap_or("");
            if is_word(doc, "grammar.indefinite", &fold_key(word))
                || is_word(doc, "grammar.article", &fold_key(word))
            {
                word = words.next().unwrap_or("");
            }
            let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() || !is_rank(word) {
                continue;
            }
            let word_end = m.end() + rest.find(word).unwrap_or(0) + word.len();
            // A date with a year within four words after the rank word.
            let date = starting_in(&ctx.dates, |d| d.0.start, word_end, sentence.end)
                .iter()
                .find(|(dspan, _, _)| {
                    text[word_end..dspan.start].split_whitespace().count() <= 4
                        && !text[word_end..dspan.start].contains([',', ';', '.'])
                });
            let Some((dspan, drule, _)) = date else {
                continue;
            };
            let Some(year) = YEAR
                .find(doc.slice(*dspan))
                .and_then(|y| y.as_str().parse::<i32>().ok())
            else {
                continue;
            };
            let owner = ctx
                .people_in(sentence.start, m.start())
                .filter(|(s, _, _, _)| s.end <= m.start())
                .filter(|(s, _, _, _)| {
                    !is_word(doc, "grammar.preposition", &word_before_in(text, s.start))
                })
                .last()
                .map(|(_, _, _, id)| id.to_string())
                .or_else(|| ctx.main.clone());
            let Some(id) = owner else { continue };
            self.push(
                (ctx.display(&id), format!("person:{id}")),
                &format!("became {}", fold_key(word)),
                Value::Year(year),
                Span::new(m.start(), dspan.end),
                drule,
                None,
            );
        }
    }

    /// Ages in apposition: "le général Jean Dupont, 58 ans,", "le colonel
    /// Paul Martin, âgé de 49 ans". The age belongs to the person named
    /// right before it in the sentence (at most four words between); an age
    /// with nobody named next to it ("un homme de 23 ans") claims nothing.
    pub(super) fn age_claims(&mut self) {
        let ctx = self.ctx;
        let text = self.doc.text();
        let born = self.doc.lang.lexicon("birth");
        for (qspan, rule, q) in &ctx.quantities {
            let Some(sentence) = self.doc.sentence_of(*qspan) else {
                continue;
            };
            // "né à Chicago il y a 69 ans": a birth so many years ago is an age.
            let born_ago = matches!(&q.measure, Measure::Duration { unit } if unit == "an") && {
                let from = look_back(text, qspan.start, 50, sentence.start);
                let before = fold_key(&text[from..qspan.start]);
                let before = before.trim_end();
                forms(self.doc, "age.ago_before").iter().any(|f| {
                    before.ends_with(f)
                        && before[..before.len() - f.len()]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric())
                }) && before
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| born.key_of(w).is_some())
            };
            // "Robert Prevost, augustin de 69 ans": a noun of N years in
            // apposition right after a name is an age.
            let apposed = matches!(&q.measure, Measure::Duration { unit } if unit == "an")
                && {
                    let before = fold_key(&text[sentence.start..qspan.start]);
                    let last = before.split_whitespace().next_back().unwrap_or("");
                    is_word(self.doc, "age.apposition_link", last)
                }
                && ctx.people().any(|(s, _, _, _)| {
                    s.end <= qspan.start
                        && s.start >= sentence.start
                        && text[s.end..qspan.start].trim_start().starts_with(',')
                        && text[s.end..qspan.start].split_whitespace().count() <= 4
                        && !text[s.end..qspan.start].contains([';', '.', ':', '('])
                });
            if q.measure != Measure::Age && !born_ago && !apposed {
                continue;
            }
            // The person named before it in the sentence, nobody else in
            // between: "le général Jean Dupont, 58 ans", "Robert Prevost,
            // il est docteur en droit canon, âgé de 69 ans".
            let owner = ctx
                .people_in(sentence.start, qspan.start)
                .filter(|(s, _, _, _)| {
                    s.end <= qspan.start
                        && s.start >= sentence.start
                        && text[s.end..qspan.start].split_whitespace().count() <= AGE_REACH
                        && !text[s.end..qspan.start].contains([';', '.', ':'])
                })
                .max_by_key(|(s, _, _, _)| s.end)
                .map(|(_, _, _, id)| id.to_string())
                .or_else(|| {
                    // "Âgée de 54 ans, Marie Dupont dirige…", "Aged 54, the
                    // general Paul Martin…": an age opening its sentence,
                    // then a comma and the person (a title or article
                    // before the name at most).
                    let opens = text[sentence.start..qspan.start].split_whitespace().count() <= 2;
                    if !(opens && q.measure == Measure::Age) {
                        return None;
                    }
                    ctx.people_in(qspan.end, sentence.end)
                        .filter(|(s, _, _, _)| s.start >= qspan.end && sentence.contains(*s))
                        .min_by_key(|(s, _, _, _)| s.start)
                        .filter(|(s, _, _, _)| {
                            let gap = text[qspan.end..s.start].trim_start();
                            gap.starts_with(',')
                                && gap[1..].split_whitespace().count() <= 2
                                && !gap[1..].contains([',', ';', '.', ':', '('])
                        })
                        .map(|(_, _, _, id)| id.to_string())
                })
                .or_else(|| {
                    // "…un nouveau pape : le cardinal Robert Prevost. Âgé de
                    // 70 ans, cet homme d'Église…": an age opening its
                    // sentence refers back to the person who ended the
                    // sentence before.
                    let opens = text[sentence.start..qspan.start].split_whitespace().count() <= 2;
                    if !(opens && q.measure == Measure::Age) {
                        return None;
                    }
                    let before = text[..sentence.start].trim_end();
                    let before = before.strip_suffix(['.', '!']).unwrap_or(before).trim_end();
                    ctx.people()
                        .find(|(s, _, _, _)| s.end == before.len())
                        .map(|(_, _, _, id)| id.to_string())
                })
                .or_else(|| {
                    // "…Aurel Danek, arrivera lundi à Lirsk. Âgé de 63 ans,
                    // il rencontrera…", "Aged 58, she…": an age opening its
                    // sentence before a subject pronoun (`grammar.pronoun`)
                    // is the age of the first person the sentence before
                    // names, its subject.
                    let opens = text[sentence.start..qspan.start].split_whitespace().count() <= 2;
                    let gap = text[qspan.end..sentence.end.max(qspan.end)].trim_start();
                    let pronoun = gap.strip_prefix(',').and_then(|g| {
                        g.split(|c: char| !c.is_alphanumeric())
                            .find(|w| !w.is_empty())
                    });
                    if !(opens
                        && q.measure == Measure::Age
                        && pronoun.is_some_and(|w| is_word(self.doc, "grammar.pronoun", w)))
                    {
                        return None;
                    }
                    let last = text[..sentence.start]
                        .trim_end()
                        .char_indices()
                        .next_back()?
                        .0;
                    let previous = self.doc.sentence_of(Span::new(last, last + 1))?;
                    (previous.end <= sentence.start)
                        .then(|| {
                            ctx.people_in(previous.start, previous.end)
                                .filter(|(s, _, _, _)| previous.contains(*s))
                                .min_by_key(|(s, _, _, _)| s.start)
                                .map(|(_, _, _, id)| id.to_string())
                        })
                        .flatten()
                });
            let Some(id) = owner else {
                continue;
            };
            let id = id.as_str();
            self.push(
                (ctx.display(id), format!("person:{id}")),
                "age",
                Value::Quantity(Quantity::new(q.value, q.qualifier)),
                *qspan,
                rule,
                None,
            );
        }
    }

    /// Regnal names: a name chosen by a pope or a monarch, a capitalised
    /// given name and a Roman numeral ("Léon XIV", "Charles III",
    /// "Jean-Paul Ier") within a few words after a `regnal.trigger` of its
    /// sentence ("a choisi le nom de", "pour nom de règne", "sous le nom
    /// de"). Keyed by the given name, so "Léon XIV" and "Léon XVI" in two
    /// articles disagree; without a trigger (a predecessor cited in
    /// passing: "Léon XIII") nothing is claimed.
    pub(super) fn regnal_claims(&mut self) {
        let doc = self.doc;
        for (span, given, numeral) in regnal_names(doc) {
            let given = given.as_str();
            self.push(
                (
                    format!("regnal name {given}"),
                    format!("regnal:{}", fold_key(given)),
                ),
                "regnal name",
                Value::Text(format!("{given} {numeral}")),
                span,
                &format!("{}.claim.regnal-name", doc.lang.code),
                None,
            );
        }
    }
}

/// A regnal name without a `regnal.first` lexicon: compiled once.
static REGNAL_PLAIN: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    Regex::new(r"\b(\p{Lu}[\p{L}-]*\p{L})\s+([IVXL]{1,7}\b)").expect("valid regex")
});

/// The regnal names an article says someone took ("took the name Leo
/// XIV", "a choisi pour nom de règne Léon XIV"): a capitalised given name
/// and a Roman numeral (or `regnal.first`) with a `regnal.trigger` in the
/// seven words before. (span, given name, numeral as shown).
pub(super) fn regnal_names(doc: &Doc) -> Vec<(Span, String, String)> {
    let text = doc.text();
    let triggers = doc.lang.lexicon("regnal.trigger");
    if triggers.is_empty() {
        return Vec::new();
    }
    // "the First" written as a numeral of its own ("Ier", "1er"):
    // `regnal.first`, shown as its first form.
    let first = doc.lang.lexicon("regnal.first");
    let first_shown = first
        .keys()
        .next()
        .and_then(|k| first.forms_of(k).first())
        .map_or("I", String::as_str);
    let regnal = lexicon_regex(
        doc,
        "regnal.first",
        r"\b(\p{Lu}[\p{L}-]*\p{L})\s+((?:[IVXL]{1,7}|{})\b)",
    )
    .or_else(|| Some(&*REGNAL_PLAIN));
    let Some(regnal) = regnal else {
        return Vec::new();
    };
    let spaced = first
        .keys()
        .flat_map(|k| first.forms_of(k))
        .any(|f| f.contains(char::is_whitespace));
    let all: Box<dyn Iterator<Item = regex::Captures>> = if spaced {
        Box::new(regnal.captures_iter(text))
    } else {
        let starts: Vec<char> = first
            .keys()
            .flat_map(|k| first.forms_of(k))
            .filter_map(|f| f.chars().next())
            .collect();
        Box::new(regnal_matches(regnal, text, starts))
    };
    let mut out = Vec::new();
    for c in all {
        let (Some(name), Some(num)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let is_first = first.forms_of("first").iter().any(|f| f == num.as_str());
        let numeral = if is_first { first_shown } else { num.as_str() };
        if !is_first && roman_value(numeral).is_none() {
            continue;
        }
        let span = Span::new(name.start(), num.end());
        let Some(sentence) = doc.sentence_of(span) else {
            continue;
        };
        let from = look_back(text, span.start, 60, sentence.start);
        let before = fold_key(&text[from..span.start]);
        let words: Vec<&str> = before.split_whitespace().collect();
        let tail = words[words.len().saturating_sub(7)..].join(" ");
        let triggered = triggers
            .keys()
            .flat_map(|k| triggers.folded_forms_of(k))
            .any(|f| {
                let f: &str = f;
                whole_word_positions(&tail, f).next().is_some()
            });
        if triggered {
            out.push((span, name.as_str().to_string(), numeral.to_string()));
        }
    }
    out
}

/// The captures of `regnal` (`\b(name)\s+(numeral\b)`) over `text`, as
/// `captures_iter` gives them, searched only around the places where a
/// numeral can stand: after a run of whitespace, a character of `[IVXL]`
/// or the first character of a `regnal.first` form (`starts`; the forms
/// have no whitespace).
///
/// With its Unicode `\b` the regex cannot run on the engine's DFA, and
/// over a whole article its slower engine was a tenth of the run. A match
/// is a name within one whitespace-delimited token, the whole run of
/// whitespace after it and a numeral at the start of the next token, so
/// each match lies in exactly one (token, whitespace, token) region, and
/// regions come in text order. Each region is searched on the text cut
/// at its end, where the next character is whitespace or the end: a
/// `\b` there reads the same in the cut text as in the whole, and the
/// search start sees the text before it.
pub(super) fn regnal_matches<'t>(
    regnal: &'t Regex,
    text: &'t str,
    starts: Vec<char>,
) -> impl Iterator<Item = regex::Captures<'t>> + 't {
    let is_start = move |c: char| matches!(c, 'I' | 'V' | 'X' | 'L') || starts.contains(&c);
    let mut chars = text.char_indices().peekable();
    let mut pos = 0;
    std::iter::from_fn(move || {
        while let Some((i, c)) = chars.next() {
            if !c.is_whitespace() {
                continue;
            }
            let &(next, n) = chars.peek()?;
            if n.is_whitespace() || !is_start(n) {
                continue;
            }
            // The whitespace run ending at `next`, the token before it.
            let run_start = text[..i]
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_whitespace())
                .last()
                .map_or(i, |(j, _)| j);
            let token_start = text[..run_start]
                .char_indices()
                .rev()
                .take_while(|(_, c)| !c.is_whitespace())
                .last()
                .map_or(run_start, |(j, _)| j);
            let limit = text[next..]
                .find(char::is_whitespace)
                .map_or(text.len(), |j| next + j);
            if pos > run_start {
                continue;
            }
            if let Some(caps) = regnal.captures_at(&text[..limit], token_start.max(pos)) {
                pos = caps.get(0).map_or(pos, |m| m.end());
                return Some(caps);
            }
        }
        None
    })
}
