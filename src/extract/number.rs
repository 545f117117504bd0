//! Numbers: digits with French separators (space, U+00A0, U+202F, dot;
//! decimal comma) and numbers in words ("soixante", "quatre-vingt-dix-neuf",
//! "deux mille", "1,5 million"), ordinals ("1er", "22e", "premier",
//! "trois cent vingt seconde"), fractions ("deux tiers", "un cinquième",
//! "3/4", "un sur trois") and percentages ("12 %", "douze pour cent").
//!
//! The number words live in `rules/fr/numbers.json` (lexicons `number.unit`,
//! `number.teen`, `number.ten`, `number.hundred`, `number.multiplier`,
//! `number.approx`, `number.ordinal`, `number.fraction`…) together with the
//! phrasings (rules of kind `number`, `number-suffix`, `number-prefix` and
//! `number-exclude`). What is code here is the French number grammar that
//! combines the words: which word may follow which ("quatre-vingt-dix-sept"
//! but not "un vingt"), when a cardinal before an ordinal word is a compound
//! ordinal ("deux centième" = 200th) or a fraction ("trois cinquièmes",
//! "un centième"), and "et" before a fraction ("vingt et trois cinquièmes").
//!
//! Example: "près de 19 500 hommes, soit les deux tiers" gives 19500 and
//! 0.666…; "le 22e jour" gives the ordinal #22.
//!
//! Choices and limits:
//! * "un"/"une" are the number 1, as in the reference suite; the quantity
//!   extractor does not count them ("un homme" is not a count of men).
//! * Digits glued to letters ("29km", "10h30") are not reported as numbers
//!   ([`Atom::glued`]); quantities still read them as amounts of a unit.
//! * Years and the numbers of dates are numbers too; the quantity extractor
//!   decides they count nothing.
//! * "cent" after digits ("322 cent") is not a multiplier; the "G" suffix
//!   ("10G") is not read (mobile networks: "la 5G").

use serde::Serialize;

use super::{Doc, Mention, MentionKind};
use crate::rules::{Language, Rule};
use crate::text::Span;
use crate::value::format_number;

/// What kind of number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NumberKind {
    Cardinal,
    Ordinal,
    Percent,
    /// "dernier", "avant-dernier", "prochain": `value` is the offset from
    /// [`NumberMention::relative_to`].
    RelativeOrdinal,
}

/// A number found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NumberMention {
    pub value: f64,
    pub number_kind: NumberKind,
    /// `"end"` or `"current"` for relative ordinals.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative_to: Option<String>,
}

impl NumberMention {
    pub fn value_string(&self) -> String {
        match self.number_kind {
            NumberKind::Cardinal => format_number(self.value),
            NumberKind::Ordinal => format!("#{}", format_number(self.value)),
            NumberKind::Percent => format!("{}%", format_number(self.value)),
            NumberKind::RelativeOrdinal => format!(
                "{}{}{}",
                self.relative_to.as_deref().unwrap_or("current"),
                if self.value < 0.0 { "-" } else { "+" },
                format_number(self.value.abs())
            ),
        }
    }
}

/// A number with what the quantity extractor needs to know about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Atom {
    /// Span in the original text.
    pub span: Span,
    /// Span in the folded text ([`Doc::folded`]).
    pub folded: Span,
    pub value: f64,
    pub kind: NumberKind,
    pub relative_to: Option<String>,
    /// Id of the rule that found it.
    pub rule: String,
    /// Digits directly followed by a letter ("29km", "10h").
    pub glued: bool,
    /// A lone "un"/"une", which is more often an article than a count.
    pub article: bool,
    /// Written (at least partly) in words.
    pub words: bool,
    /// Ends with a multiplier or an approximate noun ("millions",
    /// "vingtaine"): "de" may follow ("12 millions d'euros").
    pub scaled: bool,
    /// Ends with an approximate noun ("une vingtaine", "des centaines").
    pub approx: bool,
    /// Four digits without separators, as years are written.
    pub year_like: bool,
}

/// Find the numbers of a document.
pub fn extract(doc: &Doc) -> Vec<Mention> {
    doc.atoms()
        .iter()
        .filter(|a| !a.glued)
        .map(|a| Mention {
            span: a.span,
            rule: a.rule.clone(),
            kind: MentionKind::Number(NumberMention {
                value: a.value,
                number_kind: a.kind,
                relative_to: a.relative_to.clone(),
            }),
        })
        .collect()
}

/// Every number of a document, glued ones included, in text order and
/// without overlaps: the building blocks of quantities.
pub fn atoms(doc: &Doc) -> Vec<Atom> {
    let lang = doc.lang;
    let folded = &doc.folded.text;
    let mut found: Vec<Atom> = Vec::new();
    for rule in lang.rules_of("number") {
        for m in doc.matches(rule) {
            // Group `not`: context that cancels the match ("22,24,26" is
            // a list, not 22.24).
            if m.caps.name("not").is_some() {
                continue;
            }
            let whole = m.caps.get(0).expect("group 0");
            let fspan = Span::new(whole.start(), whole.end());
            match rule.value.as_deref().unwrap_or("") {
                "words" => found.extend(word_atoms(doc, rule, fspan)),
                kind => {
                    if let Some(a) = other_atom(doc, rule, kind, &m.caps, fspan) {
                        found.push(a);
                    }
                }
            }
        }
    }
    // Spans that are not numbers ("Premier ministre", "l'un des", URLs).
    let excluded: Vec<Span> = lang
        .rules_of("number-exclude")
        .flat_map(|r| {
            r.regex
                .find_iter(folded)
                .map(|m| Span::new(m.start(), m.end()))
        })
        .collect();
    let excluded = crate::text::SpanSet::new(excluded);
    found.retain(|a| !excluded.overlaps(a.folded));
    let mut kept = longest_first(found);
    // Percentages extend a cardinal; what they cover is theirs.
    let mut extended = Vec::new();
    for a in kept.iter_mut() {
        if a.kind != NumberKind::Cardinal || a.glued {
            continue;
        }
        if let Some((rule, span)) = affix(doc, a.folded) {
            a.folded = span;
            a.span = doc.folded.to_original(span);
            a.kind = NumberKind::Percent;
            a.rule = rule.id.clone();
            extended.push(span);
        }
    }
    let extended = crate::text::SpanSet::new(extended);
    kept.retain(|a| a.kind == NumberKind::Percent || !extended.overlaps(a.folded));
    kept.retain(|a| !a.span.is_empty() && !doc.is_ignored(a.span));
    kept
}

/// Keep the longest of overlapping atoms (earlier start wins ties).
fn longest_first(mut v: Vec<Atom>) -> Vec<Atom> {
    v.sort_by(|a, b| {
        b.folded
            .len()
            .cmp(&a.folded.len())
            .then(a.folded.start.cmp(&b.folded.start))
            .then(a.rule.cmp(&b.rule))
    });
    let mut kept: Vec<Atom> = Vec::new();
    let mut taken = crate::text::DisjointSpans::default();
    for a in v {
        if !taken.overlaps(a.folded) {
            taken.insert(a.folded);
            kept.push(a);
        }
    }
    kept.sort_by_key(|a| a.folded);
    kept
}

/// A percent word right after (`number-suffix`) or right before
/// (`number-prefix`) a number: the rule and the extended folded span.
fn affix<'l>(doc: &'l Doc, span: Span) -> Option<(&'l Rule, Span)> {
    let text = &doc.folded.text;
    for rule in doc.lang.rules_of("number-suffix") {
        if let Some(m) = rule.regex.find(&text[span.end..]) {
            return Some((rule, Span::new(span.start, span.end + m.end())));
        }
    }
    let from = floor_boundary(text, span.start.saturating_sub(60));
    for rule in doc.lang.rules_of("number-prefix") {
        if let Some(m) = rule.regex.find(&text[from..span.start]) {
            return Some((rule, Span::new(from + m.start(), span.end)));
        }
    }
    None
}

pub(crate) fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn atom(doc: &Doc, rule: &Rule, folded: Span, value: f64, kind: NumberKind) -> Atom {
    let text = &doc.folded.text;
    let glued = text[folded.end..]
        .chars()
        .next()
        .is_some_and(char::is_alphabetic);
    Atom {
        span: doc.folded.to_original(folded),
        folded,
        value,
        kind,
        relative_to: None,
        rule: rule.id.clone(),
        glued,
        article: false,
        words: false,
        scaled: false,
        approx: false,
        year_like: false,
    }
}

/// Whether a minus sign at folded offset `at` is a sign: not inside a word
/// ("COVID-19") and not between two numbers ("40 - 50", "2020-2025").
fn is_sign(text: &str, at: usize) -> bool {
    let glued = text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '/');
    let after_number = text[..at]
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit());
    // "- 908 916 inscrits" opening a line after the first (under a
    // heading) is a list bullet; "- 5" opening a text stays a minus.
    let bullet = text[..at].contains('\n')
        && text[..at]
            .rsplit('\n')
            .next()
            .is_some_and(|line| line.trim().is_empty())
        && text[at..].chars().nth(1).is_some_and(char::is_whitespace);
    !glued && !after_number && !bullet
}

/// Digits as written in French: "19 500", "19.500", "1,5", "0.8".
pub(crate) fn parse_digits(int: &str, frac: Option<&str>) -> Option<f64> {
    let digits: String = int.chars().filter(char::is_ascii_digit).collect();
    let s = match frac {
        Some(f) => format!("{}.{f}", if digits.is_empty() { "0" } else { &digits }),
        None => digits,
    };
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn other_atom(
    doc: &Doc,
    rule: &Rule,
    kind: &str,
    caps: &regex::Captures,
    mut fspan: Span,
) -> Option<Atom> {
    let text = &doc.folded.text;
    let g = |n: &str| caps.name(n).map(|m| m.as_str());
    // A sign that is not one (a hyphen) is left out of the span.
    let mut negative = false;
    if let Some(s) = caps.name("sign") {
        if is_sign(text, s.start()) {
            negative = true;
        } else {
            fspan.start = s.end();
        }
    }
    let sign = if negative { -1.0 } else { 1.0 };
    // Group `figure` (digits rules): the number inside a match that also
    // reads its context (a currency code glued before it: "USD115").
    if let Some(n) = caps.name("figure").filter(|_| kind == "digits") {
        fspan = Span::new(n.start(), n.end());
    }
    let lang = doc.lang;
    let mut a = match kind {
        "digits" => {
            if let Some(f0) = g("frac0") {
                // ",08": only at the start of a token.
                if text[..fspan.start]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric())
                {
                    return None;
                }
                let v = parse_digits("0", Some(f0))?;
                atom(doc, rule, fspan, sign * v, NumberKind::Cardinal)
            } else {
                let int = g("int")?;
                let v = parse_digits(int, g("frac"))?;
                let mut a = atom(doc, rule, fspan, v, NumberKind::Cardinal);
                a.year_like = g("frac").is_none()
                    && int.len() == 4
                    && int.chars().all(|c| c.is_ascii_digit());
                if let Some(mult) = g("mult") {
                    let (m, approx) = multiplier(lang, mult)?;
                    a.value *= m;
                    a.scaled = true;
                    a.approx = approx;
                    a.year_like = false;
                    if g("half").is_some() {
                        a.value += m / 2.0;
                    }
                    if let (Some(more), Some(mm)) = (caps.name("more"), caps.name("mult")) {
                        // "4 thousand 3 hundred and 21": groups of digits,
                        // each with a smaller multiplier and worth less
                        // than one of the one before; "and" and a number
                        // below 100 only after "hundred". The span ends
                        // with the last group read.
                        let (add, end) = digit_groups(lang, text, more, m);
                        a.value += add;
                        a.folded.end = end.unwrap_or(mm.end());
                        a.span = doc.folded.to_original(a.folded);
                        a.glued = text[a.folded.end..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphabetic);
                    }
                }
                a.value *= sign;
                a
            }
        }
        "power" => {
            let base = g("base")?;
            let (i, f) = match base.split_once([',', '.']) {
                Some((i, f)) => (i, Some(f)),
                None => (base, None),
            };
            let b = parse_digits(i, f)?;
            let v = if let Some(p) = g("pow").filter(|_| g("ten").is_none()) {
                let minus = p.chars().filter(|&c| c == '-').count() % 2 == 1;
                let e: i32 = p.trim_start_matches(['+', '-']).parse().ok()?;
                b.powi(if minus { -e } else { e })
            } else {
                // "1e10", or "1.3x10^6" (group `ten`: the power is of ten).
                let e: i32 = g("exp").or_else(|| g("pow"))?.parse().ok()?;
                // Parsed as written ("6.23e-4" is 0.000623; 6.23 × 10^-4
                // is off by one in the last place).
                format!("{b}e{e}").parse::<f64>().ok()?
            };
            atom(doc, rule, fspan, sign * v, NumberKind::Cardinal)
        }
        "fraction" => {
            // Dates ("26/06/2025") and paths are not fractions.
            let after = text[fspan.end..].chars().next();
            let before = text[..fspan.start].chars().next_back();
            if matches!(after, Some('/' | '.'))
                && text[fspan.end + 1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
                || before == Some('/')
                || after == Some('/')
            {
                return None;
            }
            let num: f64 = g("num")?.parse().ok()?;
            let den: f64 = g("den")?.parse().ok()?;
            if den == 0.0 {
                return None;
            }
            let whole: f64 = g("whole").and_then(|w| w.parse().ok()).unwrap_or(0.0);
            atom(
                doc,
                rule,
                fspan,
                sign * (whole + num / den),
                NumberKind::Cardinal,
            )
        }
        "over" => {
            let num = parse_any(lang, g("num")?)?;
            let den = parse_any(lang, g("den")?)?;
            if den == 0.0 || num >= den {
                return None;
            }
            let mut a = atom(doc, rule, fspan, num / den, NumberKind::Cardinal);
            a.words = true;
            a
        }
        "vulgar" => {
            let v = match g("0").or_else(|| caps.get(0).map(|m| m.as_str()))? {
                "½" => 1.0 / 2.0,
                "¼" => 1.0 / 4.0,
                "¾" => 3.0 / 4.0,
                "⅓" => 1.0 / 3.0,
                "⅔" => 2.0 / 3.0,
                "⅕" => 1.0 / 5.0,
                "⅖" => 2.0 / 5.0,
                "⅗" => 3.0 / 5.0,
                "⅘" => 4.0 / 5.0,
                "⅙" => 1.0 / 6.0,
                "⅚" => 5.0 / 6.0,
                "⅛" => 1.0 / 8.0,
                "⅜" => 3.0 / 8.0,
                "⅝" => 5.0 / 8.0,
                "⅞" => 7.0 / 8.0,
                _ => return None,
            };
            atom(doc, rule, fspan, v, NumberKind::Cardinal)
        }
        "ordinal" => {
            let v = parse_digits(g("int")?, None)?;
            atom(doc, rule, fspan, v, NumberKind::Ordinal)
        }
        "relative" => {
            let key = lang.lexicon("number.relative").key_of(g("rel")?)?;
            let i = key.find(['+', '-'])?;
            let offset: f64 = key[i..].trim_start_matches('+').parse().ok()?;
            let mut a = atom(doc, rule, fspan, offset, NumberKind::RelativeOrdinal);
            a.relative_to = Some(key[..i].to_string());
            a
        }
        _ => return None,
    };
    if a.span.is_empty() {
        return None;
    }
    a.glued = a.glued && kind != "ordinal";
    Some(a)
}

/// The value of a multiplier word after digits ("millions", "douzaines",
/// "k"), and whether it is approximate ("centaines").
fn multiplier(lang: &Language, word: &str) -> Option<(f64, bool)> {
    if let Some(k) = lang.lexicon("number.multiplier").key_of(word) {
        return k.parse().ok().map(|v| (v, false));
    }
    if let Some(k) = lang.lexicon("number.approx").key_of(word) {
        // "3 douzaines" is exactly 36; "3 centaines" is about 300.
        return k.parse().ok().map(|v| (v, v != 12.0));
    }
    lang.lexicon("number.suffix")
        .key_of(word)
        .and_then(|k| k.parse().ok())
        .map(|v| (v, false))
}

/// The digit groups after a number and its multiplier ("3 hundred and 21"
/// after "4 thousand"): what they add, and the folded end of the last one
/// read (`None`: none was).
fn digit_groups(
    lang: &Language,
    text: &str,
    more: regex::Match,
    first: f64,
) -> (f64, Option<usize>) {
    let s = more.as_str();
    let toks: Vec<(usize, &str)> = s
        .split_whitespace()
        .map(|t| (t.as_ptr() as usize - s.as_ptr() as usize, t))
        .collect();
    let (mut last, mut add, mut end) = (first, 0.0, None);
    for pair in toks.chunks(2) {
        let [(_, d), (o, w)] = pair else { break };
        let word_end = more.start() + o + w.len();
        if lang.lexicon("number.and").key_of(d).is_some() {
            // "3 hundred and 2 hundred", "and 2.5 million": the number
            // after "and" is another one.
            let rest = &text[word_end..];
            let next = rest.split_whitespace().next().unwrap_or("");
            let another = rest.starts_with(['.', ','])
                && rest[1..].starts_with(|c: char| c.is_ascii_digit())
                || multiplier(lang, next.trim_end_matches(|c: char| !c.is_alphanumeric()))
                    .is_some();
            match w.parse::<f64>() {
                Ok(n) if !another && last == 100.0 && (1.0..100.0).contains(&n) => {
                    add += n;
                    end = Some(word_end);
                }
                _ => {}
            }
            break;
        }
        let (Ok(n), Some((mw, false))) = (d.parse::<f64>(), multiplier(lang, w)) else {
            break;
        };
        if mw >= last || n * mw >= last || n < 1.0 {
            break;
        }
        add += n * mw;
        last = mw;
        end = Some(word_end);
    }
    (add, end)
}

/// Digits or words, read as one number (used by "un sur trois").
fn parse_any(lang: &Language, s: &str) -> Option<f64> {
    if s.chars().all(|c| c.is_ascii_digit()) {
        return s.parse().ok();
    }
    let toks = tokens(lang, s)?;
    match parse_tokens(&toks)[..] {
        [ref it] if it.start == 0 && it.end == toks.len() && it.kind == NumberKind::Cardinal => {
            Some(it.value)
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// The French number grammar.

/// A word of a number.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    /// A cardinal word and its value (un, dix, vingt, cent, mille…).
    Card(u64),
    /// An approximate noun: dizaine, vingtaine, centaine, millier.
    Approx(u64),
    /// An ordinal word and its cardinal value; plural when it ends in s.
    Ord(u64, bool),
    /// "second(e)": an ordinal only at the end of a compound.
    OrdCompound(u64, bool),
    /// A fraction-only denominator: demi (2), tiers (3), quart (4).
    Frac(u64),
    /// The conjunction inside a ten ("vingt et un").
    Et,
    /// The conjunction after a hundred or a multiplier ("one hundred and
    /// five", "two thousand and ten").
    And,
    /// The decimal word ("virgule", "point").
    Virgule,
    /// The indefinite article standing for one before a hundred, a
    /// multiplier, a dozen or a denominator ("a hundred", "a dozen", "a
    /// half", "one and a half"; lexicon `number.article`).
    A,
    /// A sign word before a number ("minus five"; lexicon `number.sign`).
    Neg,
    /// The word between a fraction and the multiplier it takes ("two
    /// thirds of a million"; lexicon `number.of`).
    Of,
    /// Digits (1 to 999) opening a run of number words: "3 hundred and
    /// one", "6 crore and two hundred", "3 million and a half".
    Num(u64),
}

fn tokens(lang: &Language, s: &str) -> Option<Vec<Tok>> {
    let lex = |name: &str, w: &str| -> Option<u64> {
        lang.lexicon(name).key_of(w).and_then(|k| k.parse().ok())
    };
    s.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lw = w.to_lowercase();
            if lw.bytes().all(|b| b.is_ascii_digit()) {
                return lw
                    .parse()
                    .ok()
                    .filter(|v| (1..1000).contains(v))
                    .map(Tok::Num);
            }
            let plural = lw.ends_with('s');
            // The conjunction and the decimal word are the language's
            // (`number.and`, `number.point`): "vingt et un", "one hundred
            // and five", "deux virgule cinq".
            match lang.lexicon("number.and").key_of(&lw) {
                Some("after-hundred") => return Some(Tok::And),
                Some(_) => return Some(Tok::Et),
                None => {}
            }
            if lang.lexicon("number.point").key_of(&lw).is_some() {
                return Some(Tok::Virgule);
            }
            if lang.lexicon("number.article").key_of(&lw).is_some() {
                return Some(Tok::A);
            }
            if lang.lexicon("number.of").key_of(&lw).is_some() {
                return Some(Tok::Of);
            }
            if lang.lexicon("number.sign").key_of(&lw).is_some() {
                return Some(Tok::Neg);
            }
            for name in [
                "number.unit",
                "number.teen",
                "number.ten",
                "number.hundred",
                "number.multiplier",
            ] {
                if let Some(v) = lex(name, &lw) {
                    return Some(Tok::Card(v));
                }
            }
            if let Some(v) = lex("number.approx", &lw) {
                return Some(Tok::Approx(v));
            }
            if let Some(v) = lex("number.ordinal", &lw) {
                return Some(Tok::Ord(v, plural));
            }
            if let Some(v) = lex("number.ordinal-compound", &lw) {
                return Some(Tok::OrdCompound(v, plural));
            }
            lex("number.fraction", &lw).map(Tok::Frac)
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    Start,
    Unit,
    Teen,
    Ten,
    Hundred,
    Mult,
    /// Nothing may follow ("zéro", "une vingtaine").
    End,
}

/// A cardinal being read word by word.
#[derive(Debug, Clone, Copy)]
struct Card {
    /// Sum of the groups already multiplied (… millions, … mille).
    total: f64,
    /// The hundreds of the current group.
    group: f64,
    /// Below a hundred in the current group.
    sub: u64,
    last: Last,
    last_mult: f64,
    hundred: bool,
    words: usize,
    /// The cardinal is a lone "un"/"une".
    single_un: bool,
    approx: bool,
}

impl Card {
    fn new() -> Self {
        Card {
            total: 0.0,
            group: 0.0,
            sub: 0,
            last: Last::Start,
            last_mult: f64::INFINITY,
            hundred: false,
            words: 0,
            single_un: false,
            approx: false,
        }
    }

    fn value(&self) -> f64 {
        self.total + self.group + self.sub as f64
    }

    /// Add a cardinal word of value `v` (after "et" when `et`); `None` when
    /// French does not say it that way.
    fn push(&self, v: u64, et: bool) -> Option<Card> {
        let mut c = *self;
        use Last::*;
        if self.last == End {
            return None;
        }
        if et {
            // "vingt et un", "soixante et onze", "vingt et trois" (suite).
            let ok = self.last == Ten
                && self.sub % 10 == 0
                && ((1..=9).contains(&v) || (v == 11 && matches!(self.sub, 60 | 80)));
            if !ok {
                return None;
            }
        }
        match v {
            0 => {
                if self.words > 0 {
                    return None;
                }
                c.last = End;
            }
            1..=9 => {
                let ok = match self.last {
                    Start | Hundred | Mult => self.sub == 0,
                    Ten => self.sub % 10 == 0,
                    Teen => matches!(self.sub % 100, 10 | 70 | 90) && v >= 7,
                    _ => false,
                };
                if !ok {
                    return None;
                }
                c.sub += v;
                c.last = Unit;
            }
            10..=19 => {
                let ok = match self.last {
                    Start | Hundred | Mult => self.sub == 0,
                    Ten => matches!(self.sub, 60 | 80),
                    _ => false,
                };
                if !ok {
                    return None;
                }
                c.sub += v;
                c.last = Teen;
            }
            20..=99 => {
                if v == 20 && self.last == Unit && self.sub == 4 {
                    c.sub = 80; // quatre-vingt
                } else if matches!(self.last, Start | Hundred | Mult) && self.sub == 0 {
                    c.sub = v;
                } else {
                    return None;
                }
                c.last = Ten;
            }
            100 => {
                if self.hundred {
                    return None;
                }
                if matches!(self.last, Start | Mult) && self.sub == 0 {
                    c.group = 100.0;
                } else if matches!(self.last, Unit | Teen) && (1..=19).contains(&self.sub) {
                    c.group = self.sub as f64 * 100.0;
                } else {
                    return None;
                }
                c.sub = 0;
                c.hundred = true;
                c.last = Hundred;
            }
            _ => {
                let m = v as f64;
                if m >= self.last_mult {
                    return None;
                }
                let mut n = self.group + self.sub as f64;
                if n == 0.0 {
                    if v == 1000 && matches!(self.last, Start | Mult) {
                        n = 1.0;
                    } else {
                        return None;
                    }
                }
                c.total += n * m;
                c.group = 0.0;
                c.sub = 0;
                c.hundred = false;
                c.last = Mult;
                c.last_mult = m;
            }
        }
        c.words += 1;
        c.single_un = c.words == 1 && v == 1;
        Some(c)
    }

    /// "three lakh crore", "two thousand million": a multiplier right
    /// after a smaller one multiplies the whole so far.
    fn compound(&self, v: u64) -> Option<Card> {
        let m = v as f64;
        if !(m >= 1000.0
            && m >= self.last_mult
            && self.last == Last::Mult
            && self.group == 0.0
            && self.sub == 0
            && self.total > 0.0)
        {
            return None;
        }
        let mut c = *self;
        c.total = self.total * m;
        c.last_mult = self.last_mult * m;
        c.words += 1;
        Some(c)
    }

    /// A number in digits below a thousand, as the start of a cardinal
    /// ("3" of "3 hundred and one", "250" of "250 million and a half").
    fn digits(v: u64) -> Card {
        let mut c = Card::new();
        if v >= 100 {
            c.group = (v / 100 * 100) as f64;
            c.hundred = true;
        }
        c.sub = v % 100;
        c.last = if c.sub == 0 {
            Last::Hundred
        } else if c.sub < 10 {
            Last::Unit
        } else if c.sub < 20 {
            Last::Teen
        } else {
            Last::Ten
        };
        c.words = 1;
        c
    }

    /// "une vingtaine", "trois douzaines": the count times the noun.
    fn push_approx(&self, v: u64) -> Option<Card> {
        let n = self.value();
        if n == 0.0 || self.last == Last::End {
            return None;
        }
        let mut c = Card::new();
        c.total = n * v as f64;
        // "three hundred and two dozen" is 300 + 2 × 12: a dozen counts
        // the number right before it, below a hundred.
        if v == 12 && self.sub > 0 && self.total + self.group > 0.0 {
            c.total = self.total + self.group + (self.sub * v) as f64;
        }
        c.last = Last::End;
        c.words = self.words + 1;
        c.approx = v != 12;
        Some(c)
    }
}

/// A number read from a run of number words: tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Item {
    start: usize,
    end: usize,
    value: f64,
    kind: NumberKind,
    single_un: bool,
    scaled: bool,
    approx: bool,
    /// "a fifth": a fraction, or the ordinal after an article ("a fifth
    /// term"); the words after it decide ([`word_atoms`]).
    article_fraction: bool,
}

/// The longest cardinal starting at `i`: its end and reading. With
/// `stop_before_fraction`, an "et" followed by a fraction ends it ("vingt
/// et un cinquième" is 20 + 1/5).
fn greedy_card(toks: &[Tok], i: usize, stop_before_fraction: bool) -> Option<(usize, Card)> {
    let mut card = Card::new();
    let mut j = i;
    let mut best = None;
    loop {
        match toks.get(j) {
            // "a hundred", "a million", "a dozen": the article is one.
            Some(Tok::A)
                if j == i
                    && (matches!(toks.get(j + 1), Some(&Tok::Card(v)) if v >= 100)
                        || matches!(toks.get(j + 1), Some(Tok::Approx(_)))) =>
            {
                match card.push(1, false) {
                    Some(c) => {
                        card = c;
                        j += 1;
                        // The article alone is no number.
                        continue;
                    }
                    None => break,
                }
            }
            Some(&Tok::Card(v)) => match card.push(v, false).or_else(|| card.compound(v)) {
                Some(c) => {
                    card = c;
                    j += 1;
                }
                None => break,
            },
            Some(&Tok::Num(v)) if j == i => {
                card = Card::digits(v);
                j += 1;
            }
            Some(&Tok::Approx(v)) => match card.push_approx(v) {
                Some(c) => {
                    card = c;
                    j += 1;
                }
                None => break,
            },
            Some(Tok::And) if best.is_some() && matches!(card.last, Last::Hundred | Last::Mult) => {
                // "one hundred and three quarters" is 100 + 3/4.
                if stop_before_fraction && fraction_at(toks, j + 1).is_some_and(|(_, f)| f < 1.0) {
                    break;
                }
                match toks.get(j + 1) {
                    Some(&Tok::Card(v)) if v < 100 => match card.push(v, false) {
                        Some(c) => {
                            card = c;
                            j += 2;
                        }
                        None => break,
                    },
                    _ => break,
                }
            }
            Some(Tok::Et) if best.is_some() => {
                if stop_before_fraction && fraction_at(toks, j + 1).is_some() {
                    break;
                }
                match toks.get(j + 1) {
                    Some(&Tok::Card(v)) => match card.push(v, true) {
                        Some(c) => {
                            card = c;
                            j += 2;
                        }
                        None => break,
                    },
                    _ => break,
                }
            }
            _ => break,
        }
        best = Some((j, card));
    }
    best
}

/// An ordinal starting at `i` (cardinal words then an ordinal word): end
/// and value.
fn ordinal_at(toks: &[Tok], i: usize) -> Option<(usize, f64, bool)> {
    if let Some(&Tok::Ord(v, plural)) = toks.get(i) {
        return Some((i + 1, v as f64, plural));
    }
    let (e, card) = greedy_card(toks, i, false)?;
    let (at, et) = match toks.get(e) {
        Some(Tok::Et) => (e + 1, true),
        _ => (e, false),
    };
    match toks.get(at) {
        Some(&Tok::Ord(v, plural)) | Some(&Tok::OrdCompound(v, plural)) => {
            let c = card.push(v, et)?;
            Some((at + 1, c.value(), plural))
        }
        _ => None,
    }
}

/// A denominator at `i`: "tiers", "quart", "demi", or an ordinal from 3 on
/// ("cinquième", "vingt-cinquième", "centièmes").
fn denominator_at(toks: &[Tok], i: usize) -> Option<(usize, f64)> {
    if let Some(&Tok::Frac(d)) = toks.get(i) {
        return Some((i + 1, d as f64));
    }
    let (e, v, _) = ordinal_at(toks, i)?;
    (v >= 3.0).then_some((e, v))
}

/// A fraction at `i`: numerator then denominator ("trois quarts").
fn fraction_at(toks: &[Tok], i: usize) -> Option<(usize, f64)> {
    let (e, card) = greedy_card(toks, i, false)?;
    let (end, den) = denominator_at(toks, e)?;
    Some((end, card.value() / den))
}

/// Read a run of number words as one or more numbers.
fn parse_tokens(toks: &[Tok]) -> Vec<Item> {
    let mut items = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match parse_item(toks, i) {
            Some(it) => {
                i = it.end.max(i + 1);
                items.push(it);
            }
            None => i += 1,
        }
    }
    items
}

fn parse_item(toks: &[Tok], i: usize) -> Option<Item> {
    let item = |end, value, kind| Item {
        start: i,
        end,
        value,
        kind,
        single_un: false,
        scaled: false,
        approx: false,
        article_fraction: false,
    };
    match toks[i] {
        Tok::Ord(v, _) => return Some(item(i + 1, v as f64, NumberKind::Ordinal)),
        Tok::Card(_) | Tok::Num(_) => {}
        // "minus five", "negative one over 20".
        Tok::Neg => {
            let it = parse_item(toks, i + 1)?;
            return (it.kind == NumberKind::Cardinal && it.start == i + 1).then_some(Item {
                start: i,
                value: -it.value,
                ..it
            });
        }
        // "a half", "a fifth", "a hundredth", "a half million".
        Tok::A => {
            if let Some((end, den)) = denominator_at(toks, i + 1) {
                if let Some(&Tok::Card(m)) = toks.get(end) {
                    if m >= 1000 {
                        return Some(Item {
                            scaled: true,
                            ..item(end + 1, m as f64 / den, NumberKind::Cardinal)
                        });
                    }
                }
                return Some(Item {
                    article_fraction: true,
                    ..item(end, 1.0 / den, NumberKind::Cardinal)
                });
            }
        }
        // "half a million", "quarter million", "half a dozen".
        Tok::Frac(d) => {
            let j = if toks.get(i + 1) == Some(&Tok::A) {
                i + 2
            } else {
                i + 1
            };
            return match toks.get(j) {
                Some(&Tok::Card(m)) if m >= 1000 => Some(Item {
                    scaled: true,
                    ..item(j + 1, m as f64 / d as f64, NumberKind::Cardinal)
                }),
                Some(&Tok::Approx(12)) => Some(item(j + 1, 12.0 / d as f64, NumberKind::Cardinal)),
                // "more than half": a half alone is one ("quarter" alone
                // is a period: "the first quarter").
                _ if d == 2 && j == i + 1 => Some(item(i + 1, 0.5, NumberKind::Cardinal)),
                _ => None,
            };
        }
        _ => return None,
    }
    let (e, card) = greedy_card(toks, i, true)?;
    // A compound ordinal: "vingt-cinquième", "deux centième", "vingt et
    // unième". Not after a lone "un" ("un centième" is 1/100) nor with a
    // plural ordinal ("trois cinquièmes" is 3/5).
    let (at, et) = match toks.get(e) {
        Some(Tok::Et) => (e + 1, true),
        _ => (e, false),
    };
    if let Some(&Tok::Ord(v, plural)) | Some(&Tok::OrdCompound(v, plural)) = toks.get(at) {
        if !plural && !card.single_un {
            if let Some(c) = card.push(v, et) {
                return Some(item(at + 1, c.value(), NumberKind::Ordinal));
            }
        }
    }
    if let Some((end, den)) = denominator_at(toks, e) {
        if card.value() > 0.0 {
            // "two thirds of a million".
            if let [Tok::Of, Tok::A, Tok::Card(m), ..] = toks[end..] {
                if m >= 1000 {
                    let v = card.value() / den * m as f64;
                    return Some(Item {
                        scaled: true,
                        ..item(end + 3, v, NumberKind::Cardinal)
                    });
                }
            }
            // "un demi-million": the fraction of a multiplier.
            if let Some(&Tok::Card(m)) = toks.get(end) {
                if m >= 1000 {
                    let v = card.value() / den * m as f64;
                    return Some(Item {
                        scaled: true,
                        ..item(end + 1, v, NumberKind::Cardinal)
                    });
                }
            }
            return Some(item(end, card.value() / den, NumberKind::Cardinal));
        }
    }
    let scale = if card.last == Last::Mult {
        card.last_mult
    } else {
        1.0
    };
    if et {
        // "un million et demi".
        if let Some(Tok::Frac(2)) = toks.get(e + 1) {
            return Some(Item {
                scaled: card.last == Last::Mult,
                ..item(e + 2, card.value() + scale / 2.0, NumberKind::Cardinal)
            });
        }
        if let Some((end, frac)) = fraction_at(toks, e + 1) {
            // "cinq milliards et trois quarts" = 5.75 milliards.
            return Some(item(end, card.value() + frac * scale, NumberKind::Cardinal));
        }
    }
    if let Some(Tok::And) = toks.get(e) {
        // "one and a half", "one million and a half", "twenty and three
        // fifths", "five and a half million", "one billion and a half
        // million".
        let frac = if toks.get(e + 1) == Some(&Tok::A) {
            denominator_at(toks, e + 2).map(|(end, den)| (end, 1.0 / den))
        } else {
            fraction_at(toks, e + 1)
        };
        // Only a proper fraction is added ("one hundred and thirty fifths"
        // is 130/5).
        if let Some((end, f)) = frac.filter(|&(_, f)| f < 1.0) {
            if let Some(&Tok::Card(m)) = toks.get(end) {
                let m = m as f64;
                if m >= 1000.0 && m < card.last_mult {
                    let v = if card.last == Last::Mult {
                        card.value() + f * m
                    } else {
                        (card.value() + f) * m
                    };
                    return Some(Item {
                        scaled: true,
                        ..item(end + 1, v, NumberKind::Cardinal)
                    });
                }
            }
            return Some(Item {
                scaled: card.last == Last::Mult,
                ..item(end, card.value() + f * scale, NumberKind::Cardinal)
            });
        }
    }
    if let Some(Tok::Virgule) = toks.get(e) {
        // "point zero three", "point nought four": digits said one by one
        // ("point eleven", "point twenty five" are read as one number).
        let spoken: String = toks[e + 1..]
            .iter()
            .map_while(|t| match t {
                Tok::Card(d) if *d < 10 => char::from_digit(*d as u32, 10),
                _ => None,
            })
            .collect();
        if spoken.len() > 1 || spoken == "0" {
            if let Some(v) = parse_digits(&format_number(card.value()), Some(&spoken)) {
                let end = e + 1 + spoken.len();
                // "one point two five million".
                if let Some(&Tok::Card(m)) = toks.get(end) {
                    if m >= 1000 && card.last != Last::Mult {
                        return Some(Item {
                            scaled: true,
                            ..item(end + 1, v * m as f64, NumberKind::Cardinal)
                        });
                    }
                }
                return Some(item(end, v, NumberKind::Cardinal));
            }
        }
        if let Some((end, dec)) = greedy_card(toks, e + 1, false) {
            let digits = format_number(dec.value());
            if let Some(v) = parse_digits(&format_number(card.value()), Some(&digits)) {
                return Some(item(end, v, NumberKind::Cardinal));
            }
        }
    }
    Some(Item {
        single_un: card.single_un,
        scaled: card.last == Last::Mult || card.last == Last::End && card.words > 1,
        approx: card.approx,
        ..item(e, card.value(), NumberKind::Cardinal)
    })
}

/// The numbers of one run of number words (one regex match).
fn word_atoms(doc: &Doc, rule: &Rule, fspan: Span) -> Vec<Atom> {
    let text = &doc.folded.text[fspan.start..fspan.end];
    // Token byte ranges inside the match, to map items back to spans.
    let mut ranges = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let sep = c.is_whitespace() || c == '-';
        match (sep, start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                ranges.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        ranges.push((s, text.len()));
    }
    let Some(toks) = tokens(doc.lang, text) else {
        return Vec::new();
    };
    if toks.len() != ranges.len() {
        return Vec::new();
    }
    parse_tokens(&toks)
        .into_iter()
        .filter_map(|it| {
            // "a fifth" is a fraction at the end of a phrase or before
            // "of" ("a fifth of the vote"); before another word it is the
            // article and an ordinal ("a fifth term").
            // "half-hearted", "a half-brother": a lone half joined to a
            // word is part of it.
            if matches!(
                toks[it.start..it.end],
                [Tok::Frac(_)] | [Tok::A, Tok::Frac(_)]
            ) {
                let after = &doc.folded.text[fspan.start + ranges[it.end - 1].1..];
                if after.starts_with('-') && after[1..].starts_with(char::is_alphabetic) {
                    return None;
                }
            }
            // "a half turn", "a quarter mile": half and quarter are no
            // ordinals, so the fraction stands before a word too.
            if it.article_fraction && !matches!(toks[it.end - 1], Tok::Frac(_)) {
                let after = &doc.folded.text[fspan.start + ranges[it.end - 1].1..];
                let next = after.trim_start();
                let word_follows = after.len() > next.len()
                    && next.chars().next().is_some_and(char::is_alphabetic);
                if word_follows && !next.starts_with("of ") {
                    return match parse_item(&toks, it.start + 1) {
                        Some(o) if o.kind == NumberKind::Ordinal => Some(o),
                        _ => None,
                    };
                }
            }
            Some(it)
        })
        .map(|it| {
            let span = Span::new(
                fspan.start + ranges[it.start].0,
                fspan.start + ranges[it.end - 1].1,
            );
            let mut a = atom(doc, rule, span, it.value, it.kind);
            a.words = true;
            a.article = it.single_un;
            a.scaled = it.scaled;
            a.approx = it.approx;
            a
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::found;
    use super::*;

    fn values(text: &str) -> Vec<(String, String)> {
        found(text, extract)
    }

    #[test]
    fn a_list_bullet_is_no_minus_sign() {
        let got = values("Chiffres clés\n- 908 916 inscrits\n- 12 blessés");
        assert!(got.iter().any(|(_, v)| v == "908916"), "{got:?}");
        assert!(got.iter().all(|(_, v)| !v.starts_with('-')), "{got:?}");
        // A glued minus is still a sign.
        assert!(
            values("un solde de -5 points")
                .iter()
                .any(|(_, v)| v == "-5")
        );
    }

    fn one(text: &str) -> String {
        match &values(text)[..] {
            [(_, v)] => v.clone(),
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn digits_with_french_separators() {
        assert_eq!(one("Ils étaient 12\u{202f}400 au départ."), "12400");
        assert_eq!(one("Ils étaient 12\u{a0}400 au départ."), "12400");
        assert_eq!(one("au total 7.250 bulletins"), "7250");
        assert_eq!(one("la baisse de 0,75 point"), "0.75");
        assert_eq!(one("soit 3 400 000,50"), "3400000.5");
        assert_eq!(one("Elle a perdu -3,5 en février"), "-3.5");
    }

    #[test]
    fn words_follow_the_french_grammar() {
        assert_eq!(one("quatre-vingt-dix-sept otages"), "97");
        assert_eq!(one("soixante-dix-huit députés"), "78");
        assert_eq!(one("quatre-vingt-onze voix"), "91");
        assert_eq!(one("mille neuf cent quatre-vingt-quatre"), "1984");
        assert_eq!(one("deux mille trois cents réfugiés"), "2300");
        assert_eq!(one("trente-deux millions d'habitants"), "32000000");
        assert_eq!(one("une quinzaine d'enfants"), "15");
        assert_eq!(
            values("un deux"),
            vec![("un".into(), "1".into()), ("deux".into(), "2".into())]
        );
    }

    #[test]
    fn decimals_and_multipliers_after_digits() {
        assert_eq!(one("le contrat de 4,7 milliards"), "4700000000");
        assert_eq!(one("le prêt de 250 millions"), "250000000");
    }

    #[test]
    fn ordinals_in_digits_and_words() {
        assert_eq!(one("la 3e compagnie"), "#3");
        assert_eq!(one("le 1er régiment"), "#1");
        assert_eq!(one("la quarantième session"), "#40");
        assert_eq!(one("le soixante et onzième congrès"), "#71");
        assert_eq!(one("sa deux centième sélection"), "#200");
    }

    #[test]
    fn fractions_in_words_and_digits() {
        assert_eq!(one("les trois quarts des sièges"), "0.75");
        assert_eq!(one("un cinquième du territoire"), "0.2");
        assert_eq!(one("les 2/3 du budget"), "0.6666666666666666");
    }

    #[test]
    fn percentages() {
        assert_eq!(one("le taux de 7,5 %"), "7.5%");
        assert_eq!(one("quarante pour cent des voix"), "40%");
    }

    #[test]
    fn what_is_not_a_number() {
        assert!(values("le Premier ministre malien").is_empty());
        assert!(values("l'une des victimes").is_empty());
        assert!(values("des immeubles flambant neuf").is_empty());
        assert!(values("la piste de 29km").is_empty());
        assert!(values("voir https://exemple.fr/a?x=30%25").is_empty());
        // Dates in digits are not fractions.
        assert!(!values("le 26/06/2025").iter().any(|(t, _)| t.contains('/')));
        // A hyphen between numbers is not a minus.
        assert_eq!(
            values("entre 40 - 50 ans"),
            vec![("40".into(), "40".into()), ("50".into(), "50".into())]
        );
    }
}
