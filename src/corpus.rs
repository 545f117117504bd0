//! Reading articles: paths to [`Article`]s.
//!
//! Owns everything about files: walking folders (sorted, recursive, `.txt`
//! and `.md`; other files are skipped with a note), decoding (UTF-8 with or
//! without BOM; otherwise Windows-1252, with a note), rejecting binary and
//! empty files, the optional `key: value` header lines (`published:`,
//! `outlet:`, `title:`, `language:`) and language detection from stopword
//! profiles in the rules. Problems become [`Error`]s in the returned list;
//! the other files still load.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::Error;
use crate::rules::RuleSet;
use crate::text::{Span, fold_key};

/// File extensions read as articles.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md"];

/// One article, as read.
#[derive(Debug, Clone)]
pub struct Article {
    /// The path as given on the command line (or found under a given folder).
    pub path: String,
    /// The decoded text, exactly as the spans index it.
    pub text: String,
    /// ISO 639-1 code, detected or from a `language:` header.
    pub language: Option<String>,
    /// `outlet:` header line.
    pub outlet: Option<String>,
    /// `published:` header line, when valid.
    pub published_header: Option<(NaiveDate, Span)>,
    /// The span of the header lines (`key: value`), which yield no claims.
    pub header: Option<Span>,
    /// Things worth telling the user that are not errors
    /// ("decoded as Windows-1252").
    pub notes: Vec<String>,
}

/// The result of loading: articles in path order, notes about skipped files,
/// and soft errors.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub skipped: Vec<String>,
    pub errors: Vec<Error>,
}

/// Load every article under `paths`.
pub fn load(paths: &[String], rules: &RuleSet) -> Loaded {
    let listing = list(paths);
    let mut out = Loaded {
        skipped: listing.skipped,
        ..Loaded::default()
    };
    for entry in listing.entries {
        match entry {
            Entry::File(p, shown) => load_file(&p, shown, rules, &mut out),
            Entry::Error(e) => out.errors.push(e),
        }
    }
    out.articles.sort_by(|a, b| a.path.cmp(&b.path));
    out.articles.dedup_by(|a, b| a.path == b.path);
    out
}

/// One step of loading, in order: a file to read (path, path as shown) or
/// an error about a given path.
#[derive(Debug)]
pub enum Entry {
    File(PathBuf, String),
    Error(Error),
}

/// What `paths` hold, without reading any article: a large run reads,
/// extracts and drops each article in turn ([`read`]) instead of holding
/// every text at once. Sort the articles read by path (dropping repeats)
/// to get [`load`]'s order.
#[derive(Debug, Default)]
pub struct Listing {
    pub entries: Vec<Entry>,
    pub skipped: Vec<String>,
}

/// List the articles under `paths` (see [`Listing`]).
pub fn list(paths: &[String]) -> Listing {
    let mut out = Listing::default();
    for given in paths {
        let p = Path::new(given);
        if !p.exists() {
            out.entries.push(Entry::Error(Error::MissingPath {
                path: given.clone(),
                reason: "no such file or folder".into(),
            }));
            continue;
        }
        if p.is_dir() {
            let mut files = Vec::new();
            let mut all = 0usize;
            walk(p, &mut files, &mut all);
            if all == 0 {
                out.entries.push(Entry::Error(Error::NoArticles {
                    path: given.clone(),
                }));
                continue;
            }
            let mut readable = 0usize;
            for f in files {
                let shown = f.to_string_lossy().into_owned();
                if is_article_file(&f) {
                    readable += 1;
                    out.entries.push(Entry::File(f, shown));
                } else {
                    out.skipped.push(format!(
                        "{shown}: skipped (not an article: only .txt and .md are read)"
                    ));
                }
            }
            if readable == 0 {
                out.entries.push(Entry::Error(Error::NoArticles {
                    path: given.clone(),
                }));
            }
        } else {
            // Named explicitly: read it whatever its extension, the user
            // asked for it.
            out.entries
                .push(Entry::File(p.to_path_buf(), given.clone()));
        }
    }
    out
}

/// Read and decode one listed article.
pub fn read(p: &Path, shown: String, rules: &RuleSet) -> Result<Article, Error> {
    let bytes = std::fs::read(p).map_err(|e| Error::Io {
        path: shown.clone(),
        reason: e.to_string(),
    })?;
    parse_article(shown, &bytes, rules)
}

fn is_article_file(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, all: &mut usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            walk(&p, files, all);
        } else {
            *all += 1;
            // A folder's README describes the folder; it is not a clipping.
            if name.eq_ignore_ascii_case("README.md") {
                continue;
            }
            files.push(p);
        }
    }
}

fn load_file(p: &Path, shown: String, rules: &RuleSet, out: &mut Loaded) {
    match read(p, shown, rules) {
        Ok(a) => out.articles.push(a),
        Err(e) => out.errors.push(e),
    }
}

/// Decode and describe one article from its bytes.
pub fn parse_article(path: String, bytes: &[u8], rules: &RuleSet) -> Result<Article, Error> {
    let mut notes = Vec::new();
    let text = decode(&path, bytes, &mut notes)?;
    if text.trim().is_empty() {
        return Err(Error::Empty { path });
    }
    let (header, fields) = header_lines(&text);
    let mut article = Article {
        path,
        language: None,
        outlet: None,
        published_header: None,
        header,
        notes,
        text: String::new(),
    };
    let mut from_published = false;
    for (key, value, span) in fields {
        let unquoted = value.trim().trim_matches(['"', '\'']).trim().to_string();
        match key.as_str() {
            // `published:` wins over `date:`, whatever their order.
            "published" | "date" => {
                if from_published && key == "date" {
                    continue;
                }
                match parse_header_date(&value, rules) {
                    Some(d) => {
                        article.published_header = Some((d, span));
                        from_published = key == "published";
                    }
                    None => article.notes.push(format!(
                        "header `{key}: {}` is not a date (YYYY-MM-DD, DD/MM/YYYY or \"12 mars 2024\"); ignored",
                        value.trim()
                    )),
                }
            }
            "outlet" | "source" => article.outlet = Some(unquoted),
            "language" | "lang" => article.language = Some(unquoted.to_ascii_lowercase()),
            _ => {}
        }
    }
    if article.language.is_none() {
        article.language = detect_language(&text, rules);
    }
    article.text = text;
    Ok(article)
}

fn decode(path: &str, bytes: &[u8], notes: &mut Vec<String>) -> Result<String, Error> {
    if bytes.is_empty() {
        return Err(Error::Empty { path: path.into() });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if looks_binary(bytes) {
        return Err(Error::Binary { path: path.into() });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let (line, col) = {
                let before = &bytes[..e.valid_up_to()];
                let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
                let start = before
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |i| i + 1);
                (
                    line,
                    String::from_utf8_lossy(&before[start..]).chars().count() + 1,
                )
            };
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            notes.push(format!(
                "not UTF-8 (first invalid byte at {line}:{col}); decoded as Windows-1252"
            ));
            Ok(text.into_owned())
        }
    }
}

/// NUL bytes, or more than 10% control characters in the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 10 > head.len()
}

/// Leading `key: value` lines (a front-matter-like header), or a markdown
/// front matter fenced by `---` lines (every line up to the closing fence
/// is header, whatever its keys: `tags:`, lists…). Returns the header span
/// and the fields of known keys.
fn header_lines(text: &str) -> (Option<Span>, Vec<(String, String, Span)>) {
    const KEYS: &[&str] = &[
        "published",
        "date",
        "outlet",
        "source",
        "title",
        "language",
        "lang",
        "author",
        "url",
        "updated",
        "modified",
    ];
    /// A front matter longer than this is not one.
    const MAX_FENCED_LINES: usize = 80;
    let field = |line: &str, offset: usize| -> Option<(String, String, Span)> {
        let trimmed = line.trim();
        let (k, v) = trimmed.split_once(':')?;
        let key = k.trim().to_ascii_lowercase();
        if key.is_empty() || key.contains(char::is_whitespace) {
            return None;
        }
        let lead = line.len() - line.trim_start().len();
        let span = Span::new(offset + lead, offset + line.trim_end().len());
        Some((key, v.to_string(), span))
    };
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim() == "---" {
        let mut offset = first.len();
        let mut fields = Vec::new();
        for (n, line) in lines.enumerate() {
            let start = offset;
            offset += line.len();
            if matches!(line.trim(), "---" | "...") {
                return (Some(Span::new(0, offset)), fields);
            }
            if n >= MAX_FENCED_LINES {
                break;
            }
            if let Some(f) = field(line, start)
                && KEYS.contains(&f.0.as_str())
            {
                fields.push(f);
            }
        }
        // No closing fence: a horizontal rule, not a front matter.
        return (None, Vec::new());
    }
    let mut fields = Vec::new();
    let mut offset = 0;
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let Some(f) = field(line, start) else {
            break;
        };
        if !KEYS.contains(&f.0.as_str()) {
            break;
        }
        fields.push(f);
        end = offset;
    }
    if fields.is_empty() {
        (None, fields)
    } else {
        (Some(Span::new(0, end)), fields)
    }
}

/// A header date: ISO (`2024-03-12`, `2024-03-12T14:05:00+01:00`),
/// `12/03/2024`, or a day, a month name and a year in any loaded
/// language's `month` or `month_en` lexicon ("12 mars 2024", "March 12,
/// 2024"). Quotes around the value are ignored.
fn parse_header_date(value: &str, rules: &RuleSet) -> Option<NaiveDate> {
    let v = value.trim().trim_matches(['"', '\'']).trim();
    if let Some(iso) = v.get(..10)
        && let Ok(d) = NaiveDate::parse_from_str(iso, "%Y-%m-%d")
    {
        return Some(d);
    }
    let first = v.split_whitespace().next().unwrap_or("");
    for fmt in ["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(first, fmt) {
            return Some(d);
        }
    }
    let words: Vec<String> = fold_key(v)
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.').to_string())
        .collect();
    let month_of = |w: &str| -> Option<u32> {
        rules.languages.values().find_map(|lang| {
            ["month", "month_en"]
                .iter()
                .find_map(|lex| lang.lexicon(lex).key_of(w))
                .and_then(|k| k.parse().ok())
        })
    };
    let num = |w: &str| -> Option<u32> {
        w.trim_end_matches("er")
            .trim_end_matches(['s', 't', 'n', 'd', 'r', 'h'])
            .parse()
            .ok()
    };
    for i in 0..words.len() {
        let Some(m) = month_of(&words[i]) else {
            continue;
        };
        let year = |w: Option<&String>| -> Option<i32> {
            w.filter(|w| w.len() == 4).and_then(|w| w.parse().ok())
        };
        // "12 mars 2024" or "March 12 2024".
        let day_before = i.checked_sub(1).and_then(|j| num(&words[j]));
        if let (Some(d), Some(y)) = (day_before, year(words.get(i + 1))) {
            return NaiveDate::from_ymd_opt(y, m, d);
        }
        let day_after = words.get(i + 1).and_then(|w| num(w));
        if let (Some(d), Some(y)) = (day_after, year(words.get(i + 2))) {
            return NaiveDate::from_ymd_opt(y, m, d);
        }
    }
    None
}

/// Pick the language whose `stopwords` lexicon covers most words; `None`
/// when the text is too short or no profile scores clearly.
pub fn detect_language(text: &str, rules: &RuleSet) -> Option<String> {
    let folded = fold_key(text);
    let words: Vec<&str> = folded
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .flat_map(|w| w.split('\''))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 3 {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    let mut second = 0;
    for (code, lang) in &rules.languages {
        let lex = lang.lexicon("stopwords");
        if lex.is_empty() {
            continue;
        }
        let score = words.iter().filter(|w| lex.key_of(w).is_some()).count();
        match best {
            Some((b, _)) if score <= b => second = second.max(score),
            _ => {
                if let Some((b, _)) = best {
                    second = second.max(b);
                }
                best = Some((score, code));
            }
        }
    }
    let (score, code) = best?;
    // At least 5% of the words, and clearly ahead of the runner-up.
    if score * 20 >= words.len() && score > second + second / 4 {
        Some(code.to_string())
    } else {
        None
    }
}

/// A short description of an article for the `sources` list.
#[derive(Debug, Clone, Serialize)]
pub struct SourceInfo {
    pub path: String,
    pub language: Option<String>,
    pub published: Option<String>,
    pub claims: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> RuleSet {
        RuleSet::embedded().0
    }

    #[test]
    fn windows_1252_is_decoded_with_a_note() {
        let bytes = b"Le g\xe9n\xe9ral est arriv\xe9 \xe0 Moscou le 22 juin.";
        let a = parse_article("a.txt".into(), bytes, &rules()).unwrap();
        assert!(a.text.contains("général"));
        assert!(a.notes[0].contains("Windows-1252"), "{:?}", a.notes);
    }

    #[test]
    fn binary_and_empty_files_are_errors() {
        let r = rules();
        assert!(matches!(
            parse_article("b.txt".into(), b"\x00\x01\x02abc", &r),
            Err(Error::Binary { .. })
        ));
        assert!(matches!(
            parse_article("e.txt".into(), b"  \n\n ", &r),
            Err(Error::Empty { .. })
        ));
        assert!(matches!(
            parse_article("e.txt".into(), b"", &r),
            Err(Error::Empty { .. })
        ));
    }

    #[test]
    fn header_lines_are_read() {
        let text = b"published: 2025-06-24\noutlet: Le Journal\n\nLe texte de l'article est en fran\xc3\xa7ais et il parle de la visite.";
        let a = parse_article("h.txt".into(), text, &rules()).unwrap();
        assert_eq!(
            a.published_header.map(|(d, _)| d.to_string()).as_deref(),
            Some("2025-06-24")
        );
        assert_eq!(a.outlet.as_deref(), Some("Le Journal"));
        assert_eq!(a.header, Some(Span::new(0, 41)));
    }

    #[test]
    fn a_markdown_front_matter_is_header_whatever_its_keys() {
        let text = "---\ntitle: \"Visite\"\ndate: 2024-03-11T18:30:00+01:00\ntags: [Afrique]\ncategories:\n  - Monde\n---\n\n# Titre\n\nLe texte de l'article est en fran\u{e7}ais et il parle de la visite.";
        let a = parse_article("f.md".into(), text.as_bytes(), &rules()).unwrap();
        assert_eq!(
            a.published_header.map(|(d, _)| d.to_string()).as_deref(),
            Some("2024-03-11")
        );
        let h = a.header.unwrap();
        assert!(a.text[h.start..h.end].ends_with("- Monde\n---\n"));
        // Without a closing fence, `---` is a rule, not a front matter.
        let a = parse_article(
            "g.md".into(),
            "---\nLe texte de l'article est en fran\u{e7}ais et il parle de la visite.".as_bytes(),
            &rules(),
        )
        .unwrap();
        assert_eq!(a.header, None);
    }

    #[test]
    fn header_dates_in_other_formats() {
        let r = rules();
        for (v, want) in [
            ("\"2024-03-12\"", "2024-03-12"),
            ("12/03/2024 14:05", "2024-03-12"),
            ("12 mars 2024", "2024-03-12"),
            ("1er mars 2024", "2024-03-01"),
            ("March 12, 2024", "2024-03-12"),
        ] {
            assert_eq!(
                parse_header_date(v, &r).map(|d| d.to_string()).as_deref(),
                Some(want),
                "{v}"
            );
        }
        assert_eq!(parse_header_date("demain", &r), None);
        assert_eq!(parse_header_date("31 juin 2024", &r), None);
    }

    #[test]
    fn crlf_and_bom_headers() {
        let text = b"\xEF\xBB\xBFpublished: 2025-06-24\r\noutlet: Le Journal\r\n\r\nLe texte de l'article est en fran\xc3\xa7ais et il parle de la visite.";
        let a = parse_article("h.txt".into(), text, &rules()).unwrap();
        assert!(!a.text.starts_with('\u{feff}'));
        assert_eq!(
            a.published_header.map(|(d, _)| d.to_string()).as_deref(),
            Some("2025-06-24")
        );
        assert_eq!(a.outlet.as_deref(), Some("Le Journal"));
    }

    #[test]
    fn language_is_detected_not_assumed() {
        let r = rules();
        let fr = "Le président est arrivé dimanche à Moscou pour une visite officielle de plusieurs jours avec la délégation.";
        let en = "The president arrived in Moscow on Sunday for an official visit of several days with the delegation.";
        assert_eq!(detect_language(fr, &r).as_deref(), Some("fr"));
        assert_eq!(detect_language(en, &r).as_deref(), Some("en"));
        assert_eq!(detect_language("1234 5678", &r), None);
    }
}
