//! Text primitives shared by every stage: byte spans, accent/quote/space
//! folding with a map back to the original bytes, sentence splitting and
//! line/column lookup.
//!
//! Extractors match their patterns against [`Folded::text`] (accents removed,
//! typographic apostrophes and quotes made ASCII, every kind of space made a
//! plain space, case kept) and convert the spans they find back to the
//! original with [`Folded::to_original`]. Spans are always byte offsets into
//! the original article text; lines and columns are computed only when a
//! report is rendered.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A half-open byte range `[start, end)` into a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// A fixed set of spans (overlapping or not) that answers "does this span
/// overlap any of them?" in O(log n): the spans sorted by start, with the
/// running maximum of their ends. Replaces `list.iter().any(|s|
/// s.overlaps(x))` scans, which made extraction quadratic in article size.
#[derive(Debug, Clone, Default)]
pub struct SpanSet {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl SpanSet {
    pub fn new(spans: impl IntoIterator<Item = Span>) -> Self {
        let mut v: Vec<Span> = spans.into_iter().collect();
        v.sort_unstable();
        let mut max_end = Vec::with_capacity(v.len());
        let mut m = 0;
        for s in &v {
            m = m.max(s.end);
            max_end.push(m);
        }
        SpanSet {
            starts: v.iter().map(|s| s.start).collect(),
            max_end,
        }
    }

    /// Whether `span` overlaps a span of the set (as [`Span::overlaps`]).
    pub fn overlaps(&self, span: Span) -> bool {
        // Spans starting before `span.end`; one of them overlaps iff the
        // largest end among them is past `span.start`.
        let n = self.starts.partition_point(|&s| s < span.end);
        n > 0 && self.max_end[n - 1] > span.start
    }
}

/// Spans kept one by one, none overlapping another (the "keep the longest of
/// overlapping matches" loops): an overlap test in O(log n) instead of a
/// scan of everything kept so far.
#[derive(Debug, Clone, Default)]
pub struct DisjointSpans {
    /// Non-empty spans by start (disjoint, so their ends are sorted too).
    spans: std::collections::BTreeMap<usize, usize>,
    /// Empty spans, by position.
    points: std::collections::BTreeSet<usize>,
}

impl DisjointSpans {
    /// Whether `span` overlaps a kept span (as [`Span::overlaps`]).
    pub fn overlaps(&self, span: Span) -> bool {
        let nonempty = self
            .spans
            .range(..span.end)
            .next_back()
            .is_some_and(|(_, &end)| end > span.start);
        nonempty
            || (span.start < span.end
                && self.points.range(span.start + 1..span.end).next().is_some())
    }

    /// Keep `span`, which must overlap no kept span.
    pub fn insert(&mut self, span: Span) {
        if span.is_empty() {
            self.points.insert(span.start);
        } else {
            self.spans.insert(span.start, span.end);
        }
    }
}

/// Map one character to its folded form, or `None` to keep it as is.
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '`' => "'",
        '\u{00AB}' | '\u{00BB}' | '\u{201C}' | '\u{201D}' | '\u{201E}' => "\"",
        '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' | '\u{2002}' | '\u{2003}' | '\t' => " ",
        // A stray byte-order mark or zero-width space separates words.
        '\u{FEFF}' | '\u{200B}' => " ",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => "-",
        '\u{0153}' => "oe",
        '\u{0152}' => "OE",
        '\u{00E6}' => "ae",
        '\u{00C6}' => "AE",
        '\u{00DF}' => "ss",
        '\u{2026}' => "...",
        _ => return None,
    })
}

/// Text with accents, quotes and spaces folded, and a byte map back to the
/// original. Case is kept: proper names are recognised by their capitals.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    /// `map[i]` is the original byte offset of folded byte `i`;
    /// `map[text.len()]` is the original length. Four bytes an offset, not
    /// eight: the map is the largest structure of a long article (a 50 MB
    /// article's took 400 MB), and no text is near 4 GB (articles are read
    /// from files of at most [`crate::corpus::MAX_FILE_BYTES`]).
    map: Vec<u32>,
}

/// Byte ranges of the original that fold to spaces: link targets of
/// markdown links (`[text](https://…)`), bare URLs, and markdown emphasis
/// stars (`**Hélène Varga**`). A URL's digits are not dates, and a star
/// glued to a name hides it from the name patterns.
fn blanked(original: &str) -> Vec<(usize, usize)> {
    static MARKUP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\]\([^)\s]{0,2000}\)|(?:https?://|www\.)[^\s)\]>»]+|\*+")
            .expect("valid regex")
    });
    MARKUP
        .find_iter(original)
        .map(|m| {
            let link = m.as_str().starts_with(']');
            // Keep the "]" of a link: only its target is blanked; a bare
            // URL's final punctuation belongs to the sentence.
            let start = m.start() + usize::from(link);
            let end = if link {
                m.end()
            } else {
                m.start()
                    + m.as_str()
                        .trim_end_matches(['.', ',', ';', ':', '!', '?'])
                        .len()
            };
            (start, end)
        })
        .collect()
}

/// Whether [`blanked`] can find anything: its regex needs a `]`, a `*`,
/// `http` or `www.`. Most strings folded (lexicon forms, short keys) have
/// none, and skipping the regex there halves the cost of folding.
fn may_blank(original: &str) -> bool {
    original.contains([']', '*']) || original.contains("http") || original.contains("www.")
}

/// The folding loop of [`Folded::new`]; `map`, when given, gets the
/// original offset of each folded byte.
fn fold_into(original: &str, text: &mut String, mut map: Option<&mut Vec<u32>>) {
    let mut buf = [0u8; 4];
    let blank = if may_blank(original) {
        blanked(original)
    } else {
        Vec::new()
    };
    let mut next_blank = 0;
    let push_map = |map: &mut Option<&mut Vec<u32>>, i: usize, n: usize| {
        if let Some(m) = map.as_deref_mut() {
            m.extend(std::iter::repeat_n(i as u32, n));
        }
    };
    let bytes = original.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        while next_blank < blank.len() && blank[next_blank].1 <= i {
            next_blank += 1;
        }
        let in_blank = blank.get(next_blank).is_some_and(|&(s, e)| s <= i && i < e);
        if !in_blank {
            // A run of ASCII that folds to itself (all but `\t` and '`',
            // see `fold_char`), up to the next blanked range, is copied
            // whole: most of an article, and a tenth of a run was this
            // loop going char by char.
            let limit = blank.get(next_blank).map_or(bytes.len(), |&(s, _)| s);
            let run = bytes[i..limit]
                .iter()
                .position(|&b| !b.is_ascii() || b == b'\t' || b == b'`')
                .unwrap_or(limit - i);
            if run > 0 {
                text.push_str(&original[i..i + run]);
                if let Some(m) = map.as_deref_mut() {
                    m.extend(i as u32..(i + run) as u32);
                }
                i += run;
                continue;
            }
        }
        let c = original[i..].chars().next().expect("i is a char boundary");
        let next = i + c.len_utf8();
        if in_blank {
            text.push(' ');
            push_map(&mut map, i, 1);
            i = next;
            continue;
        }
        if let Some(rep) = fold_char(c) {
            text.push_str(rep);
            push_map(&mut map, i, rep.len());
        } else if c.is_ascii() {
            text.push(c);
            push_map(&mut map, i, 1);
        } else {
            // Decompose and drop combining marks: "é" -> "e", "ï" -> "i".
            let mut any = false;
            for d in std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d)) {
                any = true;
                text.push(d);
                push_map(&mut map, i, d.encode_utf8(&mut buf).len());
            }
            if !any {
                // A lone combining mark: keep it so nothing disappears.
                text.push(c);
                push_map(&mut map, i, c.len_utf8());
            }
        }
        i = next;
    }
}

impl Folded {
    pub fn new(original: &str) -> Self {
        assert!(
            u32::try_from(original.len()).is_ok(),
            "texts are read from files of at most 64 MB"
        );
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        fold_into(original, &mut text, Some(&mut map));
        map.push(original.len() as u32);
        Folded { text, map }
    }

    /// Convert a span of the folded text into a span of the original text.
    pub fn to_original(&self, span: Span) -> Span {
        let start = self.map[span.start.min(self.text.len())] as usize;
        let mut end = self.map[span.end.min(self.text.len())] as usize;
        // A span ending inside an expanded character ("œ" -> "oe") still ends
        // after it.
        if span.end > span.start && end <= start {
            end = self.map[(span.end..=self.text.len())
                .find(|&j| self.map[j] as usize > start)
                .unwrap_or(self.text.len())] as usize;
        }
        Span::new(start, end)
    }

    /// Convert an original byte offset to the first folded offset at or after it.
    pub fn from_original(&self, offset: usize) -> usize {
        self.map.partition_point(|&o| (o as usize) < offset)
    }

    /// Convert a span of the original text to a span of the folded text.
    pub fn span_from_original(&self, span: Span) -> Span {
        Span::new(self.from_original(span.start), self.from_original(span.end))
    }
}

/// Fold a string for comparison: accents, quotes and spaces folded,
/// lower-cased, runs of spaces collapsed, trimmed. `"Le Général  d’Armée"`
/// becomes `"le general d'armee"`.
pub fn fold_key(s: &str) -> String {
    fold_key_cow(s).into_owned()
}

/// [`fold_key`], without a copy when `s` is already folded: most words
/// looked up in lexicons are lower-case ASCII, and folding them
/// (decomposition, lower-casing, two allocations) was a tenth of the run.
pub fn fold_key_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if is_folded(s) {
        return std::borrow::Cow::Borrowed(s);
    }
    // A word of ASCII letters, digits, `'` and `-` ("Bamako", "AFP"):
    // folding leaves it as is (nothing to decompose, blank or collapse)
    // but for the case. Most words that are not folded already.
    if !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'\'' | b'-'))
    {
        return std::borrow::Cow::Owned(s.to_ascii_lowercase());
    }
    // As `Folded::new(s).text`, without the offset map.
    let mut folded = String::with_capacity(s.len());
    fold_into(s, &mut folded, None);
    // Lower-casing ASCII in place gives what `to_lowercase` gives, without
    // its char-by-char copy (most keys and whole articles are ASCII once
    // folded).
    let folded = if folded.is_ascii() {
        folded.make_ascii_lowercase();
        folded
    } else {
        folded.to_lowercase()
    };
    let mut out = String::with_capacity(folded.len());
    for w in folded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    std::borrow::Cow::Owned(out)
}

/// Whether [`fold_key`] leaves `s` unchanged: lower-case ASCII letters,
/// digits, `'`, `-` and single inner spaces (nothing to decompose, lower,
/// blank or collapse).
fn is_folded(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'\'' | b'-' | b' '))
        && !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
}

/// A slug usable in finding ids: `"Assimi Goïta"` -> `"assimi-goita"`.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in fold_key(s).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// The span of the whole line holding `offset`, without its line ending.
pub fn line_span(text: &str, offset: usize) -> Span {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let mut end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    if end > start && text.as_bytes()[end - 1] == b'\r' {
        end -= 1;
    }
    Span::new(start, end)
}

/// The largest char boundary at or below `i`.
pub fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "St", "Ste", "Gal", "Gén", "Col", "Cdt", "Cne",
    "Lt", "Mgr", "Me", "av", "apr", "J.-C", "etc", "cf", "p", "n", "No", "art", "vol", "Mr", "Mrs",
    "Ms", "Gen", "Sgt", "Capt", "Jr", "Sr", "vs", "Gov", "Maj", "Brig", "Adm", "Cpl", "Pvt",
    "Cmdr", "Sen", "Rep", "Rev", "Prof", "Supt", "Insp", "Det", "Hon",
    // Months, before a day ("The Sept. 8 earthquake", "le 3 janv. 2025").
    "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "janv", "févr", "fév",
    "avr", "juil", "déc",
];

/// Split a text into sentences. Line breaks always end a sentence (clippings
/// put headlines, captions and paragraphs on lines of their own); inside a
/// line, `.`, `!`, `?` and `…` end one when followed by a space and a
/// capital, a quote or a digit, unless the word before is an abbreviation
/// ("M. Goïta"), a single capital (an initial) or dotted initials ("the
/// U.S. Geological Survey").
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let mut start = line_start;
        let bytes = text.as_bytes();
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let abs = line_start + i;
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            let after = abs + c.len_utf8();
            // Needs whitespace then an opener.
            let rest = &text[after..line_end];
            let trimmed = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}', '\t']);
            if trimmed.len() == rest.len() && !rest.is_empty() {
                continue;
            }
            let next = trimmed.chars().next();
            let opener = match next {
                None => true,
                Some(n) => n.is_uppercase() || n.is_ascii_digit() || "\"«“'(-—–".contains(n),
            };
            if !opener {
                continue;
            }
            if c == '.' {
                // After the last space or parenthesis (a no-break space is
                // two bytes: step over the whole character).
                let word_start = text[start..abs]
                    .char_indices()
                    .rev()
                    .find(|&(_, ch)| ch.is_whitespace() || ch == '(')
                    .map_or(start, |(k, ch)| start + k + ch.len_utf8());
                let word = &text[word_start..abs];
                // A single capital (an initial) or dotted initials ("U.S",
                // "U.N" before their last dot: "the U.S. Geological Survey").
                let initial = !word.is_empty()
                    && word.split('.').all(|part| {
                        part.chars().count() == 1 && part.chars().all(char::is_uppercase)
                    });
                if initial || ABBREVIATIONS.contains(&word) {
                    continue;
                }
            }
            let _ = bytes;
            push_trimmed(text, Span::new(start, after), &mut out);
            start = after;
            while chars.peek().is_some_and(|&(j, _)| line_start + j < after) {
                chars.next();
            }
        }
        push_trimmed(text, Span::new(start, line_end), &mut out);
        line_start = line_end;
    }
    out
}

/// The sentence holding byte `pos`, as [`sentences`] would find it
/// (`start <= pos < end`), by splitting only the line holding `pos`:
/// sentences never cross a line end, so rendering a quote costs a line,
/// not the whole article.
pub fn sentence_at(text: &str, pos: usize) -> Option<Span> {
    if pos >= text.len() {
        return None;
    }
    let at = floor_char_boundary(text, pos);
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
    sentences(&text[start..end])
        .into_iter()
        .map(|s| Span::new(s.start + start, s.end + start))
        .find(|s| s.start <= pos && pos < s.end)
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Span::new(span.start + lead, span.end - trail));
    }
}

/// Folded words and punctuation marks: "d'Indonésie," → `d'`,
/// `indonesie`, `,`. Forms of a lexicon are split the same way, so that
/// a multi-word form matches a run of words.
pub fn word_tokens(s: &str) -> Vec<String> {
    let folded = fold_key(s);
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in folded.chars() {
        if c.is_alphanumeric() || c == '-' {
            cur.push(c);
        } else if c == '\'' {
            cur.push(c);
            out.push(std::mem::take(&mut cur));
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if !c.is_whitespace() {
                out.push(c.to_string());
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {

    /// Small spans from a fixed pseudo-random sequence (no dependency).
    fn random_spans(seed: u64, n: usize) -> Vec<Span> {
        let mut x = seed;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        (0..n)
            .map(|_| {
                let start = (next() % 60) as usize;
                let len = (next() % 6) as usize;
                Span::new(start, start + len)
            })
            .collect()
    }

    #[test]
    fn a_month_abbreviation_before_a_day_ends_no_sentence() {
        let text = "The Sept. 8 earthquake killed 2,012 people. Rescuers dug on.";
        assert_eq!(sentences(text).len(), 2, "{:?}", sentences(text));
    }

    #[test]
    fn span_sets_answer_like_a_scan() {
        for seed in 1..40 {
            let set = random_spans(seed, 25);
            let fast = SpanSet::new(set.iter().copied());
            for q in random_spans(seed + 1000, 60) {
                let slow = set.iter().any(|s| s.overlaps(q));
                assert_eq!(fast.overlaps(q), slow, "{q:?} in {set:?}");
            }
        }
    }

    #[test]
    fn disjoint_spans_keep_like_a_scan() {
        for seed in 1..40 {
            let mut slow: Vec<Span> = Vec::new();
            let mut fast = DisjointSpans::default();
            for s in random_spans(seed, 80) {
                let a = slow.iter().any(|k| k.overlaps(s));
                assert_eq!(fast.overlaps(s), a, "{s:?} against {slow:?}");
                if !a {
                    slow.push(s);
                    fast.insert(s);
                }
            }
        }
    }
    use super::*;

    #[test]
    fn folded_keys_are_borrowed_and_unchanged() {
        for k in ["armee", "l'armee de terre", "19-ans", "a b"] {
            assert!(
                matches!(fold_key_cow(k), std::borrow::Cow::Borrowed(_)),
                "{k}"
            );
            assert_eq!(fold_key(k), k);
        }
        for (k, want) in [("Armée", "armee"), (" a  b ", "a b"), ("a\tb", "a b")] {
            assert!(matches!(fold_key_cow(k), std::borrow::Cow::Owned(_)), "{k}");
            assert_eq!(fold_key(k), want);
        }
    }

    #[test]
    fn folding_maps_back_to_original_bytes() {
        let original = "Le général d’armée Assimi Goïta, «\u{a0}œuvre\u{a0}»";
        let f = Folded::new(original);
        assert_eq!(f.text, "Le general d'armee Assimi Goita, \" oeuvre \"");
        let i = f.text.find("Goita").unwrap();
        let span = f.to_original(Span::new(i, i + "Goita".len()));
        assert_eq!(&original[span.start..span.end], "Goïta");
        let j = f.text.find("oeuvre").unwrap();
        let span = f.to_original(Span::new(j, j + 6));
        assert_eq!(&original[span.start..span.end], "œuvre");
        // Ending in the middle of an expansion still covers the character.
        let span = f.to_original(Span::new(j, j + 1));
        assert_eq!(&original[span.start..span.end], "œ");
    }

    #[test]
    fn fold_key_and_slug() {
        assert_eq!(fold_key("  Le Général  d’Armée "), "le general d'armee");
        assert_eq!(slug("Assimi Goïta"), "assimi-goita");
        assert_eq!(slug("coups d'État"), "coups-d-etat");
    }

    #[test]
    fn ascii_words_fold_as_the_full_folding_does() {
        // The fast path of `fold_key_cow` against folding, lower-casing
        // and collapsing spaces by hand.
        for w in [
            "Bamako",
            "AFP",
            "https",
            "Www",
            "N'Goma",
            "Bilie-By-Nze",
            "X1",
            "-",
            "'",
        ] {
            let mut full = String::new();
            super::fold_into(w, &mut full, None);
            let full = full
                .to_lowercase()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(fold_key(w), full, "{w}");
        }
    }

    #[test]
    fn line_and_column_count_characters() {
        let t = "é1\nàbc";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, t.find('b').unwrap()), (2, 2));
        assert_eq!(line_span(t, 5), Span::new(4, t.len()));
    }

    #[test]
    fn sentences_respect_abbreviations_and_lines() {
        let t = "Il a vu M. Goïta hier. Le 3 mai, rien.\nTitre sans point\nA. Dupont est là ! Oui.\n\
                 It struck, the U.S. Geological Survey said. The U.N. Security Council met. Done.\n\
                 Gov. Ellis Hartley, 57, and Maj. Gen. Lena Holt spoke.";
        let got: Vec<&str> = sentences(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            got,
            vec![
                "Il a vu M. Goïta hier.",
                "Le 3 mai, rien.",
                "Titre sans point",
                "A. Dupont est là !",
                "Oui.",
                "It struck, the U.S. Geological Survey said.",
                "The U.N. Security Council met.",
                "Done.",
                "Gov. Ellis Hartley, 57, and Maj. Gen. Lena Holt spoke."
            ]
        );
    }

    #[test]
    fn markdown_links_urls_and_stars_fold_to_spaces() {
        let original = "La présidente **Hélène Varga** selon [la présidence](https://x.fr/2024/03/12/a) et www.x.fr/12-03-2024.";
        let f = Folded::new(original);
        assert!(
            f.text
                .starts_with("La presidente   Helene Varga   selon [la presidence]   "),
            "{}",
            f.text
        );
        assert!(f.text.ends_with(" et                    ."), "{}", f.text);
        let i = f.text.find("Varga").unwrap();
        let span = f.to_original(Span::new(i, i + 5));
        assert_eq!(&original[span.start..span.end], "Varga");
        assert!(!f.text.contains("2024"));
    }

    #[test]
    fn crlf_lines_columns_and_sentences() {
        let t = "Titre\r\nLe ministre est arrivé. Il a parlé.\r\n\r\nFin.";
        let got: Vec<&str> = sentences(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            got,
            vec!["Titre", "Le ministre est arrivé.", "Il a parlé.", "Fin."]
        );
        let il = t.find("Il").unwrap();
        assert_eq!(line_col(t, il), (2, 25));
        assert_eq!(line_col(t, t.find("Fin").unwrap()), (4, 1));
        let line = line_span(t, il);
        assert_eq!(
            &t[line.start..line.end],
            "Le ministre est arrivé. Il a parlé."
        );
    }

    #[test]
    fn a_no_break_space_before_an_abbreviation_is_one_character() {
        let t = "Il a vu\u{a0}M. Dupont. Puis\u{a0}X. Fin.";
        let got: Vec<&str> = sentences(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(got, vec!["Il a vu\u{a0}M. Dupont.", "Puis\u{a0}X. Fin."]);
    }

    #[test]
    fn decimal_points_do_not_split() {
        let t = "Il y a 1.5 million de personnes. Fin.";
        assert_eq!(sentences(t).len(), 2);
    }
}
