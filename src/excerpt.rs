//! The lines of an article that a report quotes, kept once the article's
//! text is dropped.
//!
//! A large run keeps every claim but not every article's text: after
//! extraction, an [`Excerpt`] keeps only the whole lines that hold a claim
//! (as chunks of consecutive lines, with their byte offsets and line
//! numbers), and the renderers read quotes, evidence and `line:col` from it.
//! Every lookup gives what the same lookup on the whole text gives
//! (`line_col`, `line_span`, the sentence around a byte), so a report
//! rendered from excerpts — in one run, or in `factdiff compare` from shard
//! records — is byte-identical to one rendered from the full texts.

use serde::{Deserialize, Serialize};

use crate::text::{Span, floor_char_boundary, sentence_at};

/// Consecutive whole lines of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chunk {
    /// Byte offset of the first line in the article.
    pub start: usize,
    /// Line number (from 1) of the first line.
    pub line: usize,
    /// The lines, with their line endings.
    pub text: String,
}

impl Chunk {
    fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// The quoted lines of one article, sorted, disjoint.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Excerpt {
    pub chunks: Vec<Chunk>,
}

impl Excerpt {
    /// The lines of `text` that hold a byte of one of `spans` (both ends
    /// included: a span's end is rendered as a line and column too).
    pub fn new(text: &str, spans: impl IntoIterator<Item = Span>) -> Self {
        let mut ranges: Vec<(usize, usize)> = spans
            .into_iter()
            .map(|s| {
                let a = floor_char_boundary(text, s.start.min(s.end));
                let b = floor_char_boundary(text, s.end.max(s.start));
                let start = text[..a].rfind('\n').map_or(0, |i| i + 1);
                let end = text[b..].find('\n').map_or(text.len(), |i| b + i + 1);
                (start, end)
            })
            .collect();
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (s, e) in ranges {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        // Line numbers in one pass over the text.
        let mut chunks = Vec::with_capacity(merged.len());
        let (mut at, mut line) = (0, 1);
        for (s, e) in merged {
            line += text.as_bytes()[at..s]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            at = s;
            chunks.push(Chunk {
                start: s,
                line,
                text: text[s..e].to_string(),
            });
        }
        Excerpt { chunks }
    }

    /// The chunk holding byte `pos` (its end included).
    fn chunk(&self, pos: usize) -> Option<&Chunk> {
        let n = self.chunks.partition_point(|c| c.start <= pos);
        let c = self.chunks.get(n.checked_sub(1)?)?;
        (pos <= c.end()).then_some(c)
    }

    /// As [`crate::text::line_col`] on the whole text; `(0, 0)` for a byte
    /// that is not kept.
    pub fn line_col(&self, pos: usize) -> (usize, usize) {
        let Some(c) = self.chunk(pos) else {
            return (0, 0);
        };
        let before = &c.text[..floor_char_boundary(&c.text, pos - c.start)];
        let line = c.line + before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }

    /// As [`crate::text::line_span`] on the whole text.
    pub fn line_span(&self, pos: usize) -> Span {
        let Some(c) = self.chunk(pos) else {
            return Span::new(pos, pos);
        };
        let l = crate::text::line_span(&c.text, pos - c.start);
        Span::new(l.start + c.start, l.end + c.start)
    }

    /// The text of a span (empty when it is not kept).
    pub fn slice(&self, span: Span) -> &str {
        self.chunk(span.start)
            .filter(|c| span.end <= c.end() && span.start <= span.end)
            .and_then(|c| c.text.get(span.start - c.start..span.end - c.start))
            .unwrap_or("")
    }

    /// As [`crate::text::sentence_at`] on the whole text.
    pub fn sentence_at(&self, pos: usize) -> Option<Span> {
        let c = self.chunk(pos)?;
        sentence_at(&c.text, pos - c.start).map(|s| Span::new(s.start + c.start, s.end + c.start))
    }

    /// Where the lines are, without them (see [`Outline`]).
    pub fn outline(&self) -> Outline {
        Outline {
            chunks: self
                .chunks
                .iter()
                .map(|c| (c.start, c.line, c.text.len()))
                .collect(),
            hash: text_hash(self.chunks.iter().map(|c| c.text.as_str())),
        }
    }

    /// The excerpt an [`Outline`] was made from, read again from the
    /// article's text; `None` when the text no longer holds those lines
    /// (the file changed since).
    pub fn from_outline(text: &str, outline: &Outline) -> Option<Excerpt> {
        let chunks = outline
            .chunks
            .iter()
            .map(|&(start, line, len)| {
                Some(Chunk {
                    start,
                    line,
                    text: text.get(start..start.checked_add(len)?)?.to_string(),
                })
            })
            .collect::<Option<Vec<_>>>()?;
        (text_hash(chunks.iter().map(|c| c.text.as_str())) == outline.hash)
            .then_some(Excerpt { chunks })
    }

    /// Bytes kept.
    pub fn len(&self) -> usize {
        self.chunks.iter().map(|c| c.text.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.chunks.is_empty()
    }
}

/// An [`Excerpt`] without its text: each chunk's offset, first line
/// number and length, and a hash of the lines. A `check` run keeps this
/// while it compares (the lines are about a tenth of what a large run
/// holds per article) and reads the quoted lines again from the files
/// before rendering ([`Excerpt::from_outline`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    chunks: Vec<(usize, usize, usize)>,
    hash: u64,
}

impl Outline {
    pub fn is_empty(&self) -> bool {
        self.chunks.is_empty()
    }
}

/// FNV-1a over the texts, each followed by 0xff.
fn text_hash<'a>(texts: impl Iterator<Item = &'a str>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for t in texts {
        for &b in t.as_bytes().iter().chain(&[0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{line_col, line_span, sentences};

    const TEXT: &str =
        "Titre\r\nLe général Goïta est arrivé. Il repart\nlundi 3 mars.\n\nFin de l’article.\n";

    #[test]
    fn lookups_match_the_whole_text() {
        let spans = [
            Span::new(8, 14),
            Span::new(45, 52),
            Span::new(TEXT.len(), TEXT.len()),
        ];
        let e = Excerpt::new(TEXT, spans);
        for pos in [8, 10, 14, 45, 50, 52, TEXT.len()] {
            assert_eq!(e.line_col(pos), line_col(TEXT, pos), "line_col at {pos}");
            assert_eq!(e.line_span(pos), line_span(TEXT, pos), "line_span at {pos}");
            let whole = sentences(TEXT)
                .into_iter()
                .find(|s| s.start <= pos && pos < s.end);
            assert_eq!(e.sentence_at(pos), whole, "sentence at {pos}");
        }
        assert_eq!(e.slice(Span::new(8, 14)), &TEXT[8..14]);
        // The "Fin" line holds no span: not kept.
        assert!(e.chunks.iter().all(|c| !c.text.contains("Fin")));
    }

    #[test]
    fn a_span_across_lines_keeps_both() {
        let at = TEXT.find("repart").unwrap();
        let e = Excerpt::new(TEXT, [Span::new(at, at + 13)]);
        assert_eq!(e.chunks.len(), 1);
        assert_eq!(e.slice(Span::new(at, at + 13)), &TEXT[at..at + 13]);
        assert_eq!(e.line_col(at + 13), line_col(TEXT, at + 13));
    }

    #[test]
    fn an_outline_reads_the_same_lines_again_or_nothing() {
        let spans = [Span::new(8, 14), Span::new(45, 52)];
        let e = Excerpt::new(TEXT, spans);
        let o = e.outline();
        assert!(!o.is_empty());
        assert_eq!(Excerpt::from_outline(TEXT, &o), Some(e));
        // The file changed: same length, other bytes; or shorter.
        let edited = TEXT.replace("Goïta", "Goita");
        assert_eq!(Excerpt::from_outline(&edited, &o), None);
        assert_eq!(Excerpt::from_outline(&TEXT[..20], &o), None);
        let none = Excerpt::default().outline();
        assert!(none.is_empty());
        assert_eq!(Excerpt::from_outline("", &none), Some(Excerpt::default()));
    }

    #[test]
    fn bytes_not_kept_give_nothing_and_never_panic() {
        let e = Excerpt::new(TEXT, [Span::new(0, 3)]);
        assert_eq!(e.slice(Span::new(60, 70)), "");
        assert_eq!(e.line_col(70), (0, 0));
        assert_eq!(e.sentence_at(1000), None);
        assert!(Excerpt::default().is_empty());
    }
}
