//! Reading articles: paths to [`Article`]s.
//!
//! Owns everything about files: walking folders (sorted, recursive; links
//! followed once: a folder or file reached again through a link, found by
//! device and inode, is skipped with a note, so a link back to a parent
//! cannot loop), reading (regular files only — a FIFO, a device or a socket
//! is an error naming it and is never opened, so nothing can block — and
//! never more than [`MAX_FILE_BYTES`] from one file), decoding (UTF-8 with
//! or without BOM, invalid bytes replaced one by one with a warning naming
//! the lines; UTF-16 by its BOM; Windows-1252 only when the file is not
//! mostly UTF-8), HTML pages (`.html`/`.htm`: markup, scripts, styles and
//! comments removed by an HTML tokenizer, see [`html_to_text`]), rejecting
//! binary and empty files, the optional `key: value` header lines
//! (`published:`, `outlet:`, `title:`, `language:`) and language detection
//! from stopword profiles in the rules. Problems become [`Error`]s in the
//! returned list and the other files still load; things worth knowing that
//! are not errors become [`Note`]s.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::{Error, Note, NoteKind};
use crate::rules::RuleSet;
use crate::text::{Span, fold_key};

/// File extensions read as articles.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm"];

/// File extensions read as HTML pages (their text, not their markup).
pub const HTML_EXTENSIONS: &[&str] = &["html", "htm"];

/// The most factdiff reads from one file (articles, rule files, baselines):
/// a clipping is a few kilobytes, and a bigger file is a mistake (a link to
/// a disk image, `/dev/zero`) that must not exhaust memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// One article, as read.
#[derive(Debug, Clone)]
pub struct Article {
    /// The path as given on the command line (or found under a given folder).
    pub path: String,
    /// The decoded text, exactly as the spans index it. For an HTML page,
    /// the text extracted from it (see [`html_to_text`]).
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
    /// ("decoded as Windows-1252", "invalid bytes replaced at line 3").
    pub notes: Vec<Note>,
}

/// The result of loading: articles in path order, notes about skipped files,
/// and soft errors.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub skipped: Vec<Note>,
    pub errors: Vec<Error>,
    /// Files and folders already reached (device and inode).
    seen: BTreeSet<FileId>,
    /// Set by [`list`]: files are listed here instead of read.
    deferred: Option<Vec<Listed>>,
}

/// A file [`list`] found: its path, its path as shown, and how many of the
/// listing's errors come before it (to keep [`load`]'s order of errors).
#[derive(Debug, Clone)]
pub struct Listed {
    pub path: PathBuf,
    pub shown: String,
    pub errors_before: usize,
}

/// What `paths` hold, without reading any article: a large run reads,
/// extracts and drops each article in turn ([`read`]) instead of holding
/// every text at once. Reading `files` in order, putting each file's read
/// error after its `errors_before` listing errors, and sorting the
/// articles by path (dropping repeats) gives exactly what [`load`] gives.
#[derive(Debug, Default)]
pub struct Listing {
    pub files: Vec<Listed>,
    pub skipped: Vec<Note>,
    pub errors: Vec<Error>,
}

/// List the articles under `paths` (see [`Listing`]).
pub fn list(paths: &[String], rules: &RuleSet) -> Listing {
    let mut out = Loaded {
        deferred: Some(Vec::new()),
        ..Loaded::default()
    };
    gather(paths, rules, &mut out);
    Listing {
        files: out.deferred.unwrap_or_default(),
        skipped: out.skipped,
        errors: out.errors,
    }
}

/// Read and decode one listed article (as [`load`] does).
pub fn read(p: &Path, shown: String, rules: &RuleSet) -> Result<Article, Error> {
    let bytes = read_file(p, &shown, MAX_FILE_BYTES)?;
    parse_article(shown, &bytes, rules)
}

/// What makes two paths the same file or folder: device and inode where
/// the platform has them, else the canonical path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum FileId {
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg_attr(unix, allow(dead_code))]
    Canonical(PathBuf),
}

fn file_id(path: &Path, meta: &std::fs::Metadata) -> FileId {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = path;
        FileId::Inode(meta.dev(), meta.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        FileId::Canonical(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
    }
}

/// What a path that is not a regular file or a folder is.
fn not_a_file(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() || t.is_dir() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a FIFO");
        }
        if t.is_char_device() {
            return Some("a character device");
        }
        if t.is_block_device() {
            return Some("a block device");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

/// Read a whole file, safely: only a regular file is opened (a FIFO would
/// block, a device may never end), and at most `limit` bytes are read
/// (a bounded reader, whatever the file claims its size is). `shown` names
/// the file in errors. Used for articles, rule files and baselines.
pub fn read_file(path: &Path, shown: &str, limit: u64) -> Result<Vec<u8>, Error> {
    let io = |e: std::io::Error| Error::Io {
        path: shown.to_string(),
        reason: e.to_string(),
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(Error::Io {
            path: shown.to_string(),
            reason: "is a folder".into(),
        });
    }
    if let Some(what) = not_a_file(&meta) {
        return Err(Error::NotAFile {
            path: shown.to_string(),
            what,
        });
    }
    let too_large = || Error::TooLarge {
        path: shown.to_string(),
        limit,
    };
    if meta.len() > limit {
        return Err(too_large());
    }
    let file = std::fs::File::open(path).map_err(io)?;
    // The type is checked again on the open file: a path swapped for a
    // FIFO between the two calls would have blocked in `open` already, but
    // anything else is caught here before reading.
    if let Ok(m) = file.metadata()
        && let Some(what) = not_a_file(&m)
    {
        return Err(Error::NotAFile {
            path: shown.to_string(),
            what,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len().min(limit) as usize);
    file.take(limit + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Load every article under `paths`.
pub fn load(paths: &[String], rules: &RuleSet) -> Loaded {
    let mut out = Loaded::default();
    gather(paths, rules, &mut out);
    out.articles.sort_by(|a, b| a.path.cmp(&b.path));
    out.articles.dedup_by(|a, b| a.path == b.path);
    out
}

fn gather(paths: &[String], rules: &RuleSet, out: &mut Loaded) {
    for given in paths {
        let p = Path::new(given);
        let meta = match std::fs::metadata(p) {
            Ok(m) => m,
            Err(e) => {
                let reason = if std::fs::symlink_metadata(p).is_ok() {
                    format!("a link to nothing ({e})")
                } else if e.kind() == std::io::ErrorKind::NotFound {
                    "no such file or folder".to_string()
                } else {
                    e.to_string()
                };
                out.errors.push(Error::MissingPath {
                    path: given.clone(),
                    reason,
                });
                continue;
            }
        };
        if meta.is_dir() {
            if !out.seen.insert(file_id(p, &meta)) {
                out.skipped.push(Note::new(
                    given.clone(),
                    NoteKind::Duplicate,
                    "skipped (a folder already read)",
                ));
                continue;
            }
            let mut files = Vec::new();
            let mut all = 0usize;
            if !walk(p, &mut files, &mut all, out) {
                // The folder error says it all.
                continue;
            }
            if all == 0 {
                out.errors.push(Error::NoArticles {
                    path: given.clone(),
                });
                continue;
            }
            let mut readable = 0usize;
            for f in files {
                let shown = f.to_string_lossy().into_owned();
                if is_article_file(&f) {
                    readable += 1;
                    load_file(&f, shown, rules, out);
                } else {
                    out.skipped.push(Note::new(
                        shown,
                        NoteKind::NotAnArticle,
                        "skipped (not an article: only .txt, .md and .html files are read)",
                    ));
                }
            }
            if readable == 0 {
                out.errors.push(Error::NoArticles {
                    path: given.clone(),
                });
            }
        } else {
            // Named explicitly: read it whatever its extension, the user
            // asked for it.
            load_file(p, given.clone(), rules, out);
        }
    }
}

fn extension_in(p: &Path, list: &[&str]) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| list.contains(&e.to_ascii_lowercase().as_str()))
}

fn is_article_file(p: &Path) -> bool {
    extension_in(p, ARTICLE_EXTENSIONS)
}

/// Whether two paths name the same file (device and inode, through
/// links); false when either cannot be read.
pub fn same_file(a: &str, b: &str) -> bool {
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(ma), Ok(mb)) => file_id(Path::new(a), &ma) == file_id(Path::new(b), &mb),
        _ => false,
    }
}

/// Whether a path names an HTML page (by its extension).
pub fn is_html(path: &str) -> bool {
    extension_in(Path::new(path), HTML_EXTENSIONS)
}

/// Collect the files under `dir`, sorted, following links once. Returns
/// false (with an error) when `dir` itself cannot be listed; an unreadable
/// subfolder is an error too, and the walk goes on.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, all: &mut usize, out: &mut Loaded) -> bool {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.errors.push(Error::Folder {
                path: dir.to_string_lossy().into_owned(),
                reason: e.to_string(),
            });
            return false;
        }
    };
    let mut paths = Vec::new();
    for e in entries {
        match e {
            Ok(e) => paths.push(e.path()),
            Err(e) => out.errors.push(Error::Folder {
                path: dir.to_string_lossy().into_owned(),
                reason: e.to_string(),
            }),
        }
    }
    paths.sort();
    for p in paths {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        let shown = p.to_string_lossy().into_owned();
        let meta = match std::fs::metadata(&p) {
            Ok(m) => m,
            Err(e) => {
                // A dangling link, or a file that vanished mid-walk.
                out.errors.push(Error::Io {
                    path: shown,
                    reason: if std::fs::symlink_metadata(&p).is_ok() {
                        format!("a link to nothing ({e})")
                    } else {
                        e.to_string()
                    },
                });
                continue;
            }
        };
        if meta.is_dir() {
            if out.seen.insert(file_id(&p, &meta)) {
                walk(&p, files, all, out);
            } else {
                out.skipped.push(Note::new(
                    shown,
                    NoteKind::SymlinkLoop,
                    "skipped (a link to a folder already read)",
                ));
            }
        } else {
            *all += 1;
            // A folder's README describes the folder; it is not a clipping.
            if name.eq_ignore_ascii_case("README.md") {
                continue;
            }
            files.push(p);
        }
    }
    true
}

fn load_file(p: &Path, shown: String, rules: &RuleSet, out: &mut Loaded) {
    // The same file twice (a link beside its target, a file named and
    // inside a named folder) would agree with itself.
    if let Ok(meta) = std::fs::metadata(p)
        && meta.is_file()
        && !out.seen.insert(file_id(p, &meta))
    {
        // Named twice on the command line: the path dedup below says nothing.
        let listed = out
            .deferred
            .as_ref()
            .is_some_and(|d| d.iter().any(|l| l.shown == shown));
        if !listed && !out.articles.iter().any(|a| a.path == shown) {
            out.skipped.push(Note::new(
                shown,
                NoteKind::Duplicate,
                "skipped (the same file as another path already read)",
            ));
        }
        return;
    }
    if let Some(d) = &mut out.deferred {
        d.push(Listed {
            path: p.to_path_buf(),
            shown,
            errors_before: out.errors.len(),
        });
        return;
    }
    let bytes = match read_file(p, &shown, MAX_FILE_BYTES) {
        Ok(b) => b,
        Err(e) => {
            out.errors.push(e);
            return;
        }
    };
    match parse_article(shown, &bytes, rules) {
        Ok(a) => out.articles.push(a),
        Err(e) => out.errors.push(e),
    }
}

/// Decode and describe one article from its bytes. A path ending in
/// `.html` or `.htm` is read as an HTML page: its text, without markup.
pub fn parse_article(path: String, bytes: &[u8], rules: &RuleSet) -> Result<Article, Error> {
    let mut notes = Vec::new();
    let text = article_text(&path, bytes, &mut notes)?;
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
                    None => {
                        let line = text[..span.start].matches('\n').count() + 1;
                        article.notes.push(
                            Note::new(
                                article.path.clone(),
                                NoteKind::Header,
                                format!(
                                    "header `{key}: {}` is not a date (YYYY-MM-DD, DD/MM/YYYY or \"12 mars 2024\"); ignored",
                                    value.trim()
                                ),
                            )
                            .at_line(line),
                        )
                    }
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

/// The text of an article's bytes: decoded, and without markup for an
/// HTML page.
fn article_text(path: &str, bytes: &[u8], notes: &mut Vec<Note>) -> Result<String, Error> {
    let text = decode(path, bytes, notes)?;
    Ok(if is_html(path) {
        html_to_text(&text)
    } else {
        text
    })
}

/// The text of the file at `p`, as [`read`] gives it in `Article::text`
/// (its notes and language are not worked out again): what a run reads a
/// second time to quote lines it did not keep.
pub fn read_text(p: &Path, shown: &str) -> Result<String, Error> {
    let bytes = read_file(p, shown, MAX_FILE_BYTES)?;
    article_text(shown, &bytes, &mut Vec::new())
}

/// Lines listed by number in an invalid-bytes warning.
const LINES_LISTED: usize = 5;

fn decode(path: &str, bytes: &[u8], notes: &mut Vec<Note>) -> Result<String, Error> {
    if bytes.is_empty() {
        return Err(Error::Empty { path: path.into() });
    }
    // UTF-16 is only recognised by its byte order mark: without one, its
    // NUL bytes make it look binary, which it then is to us.
    for (bom, encoding) in [
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let (text, had_errors) = encoding.decode_without_bom_handling(rest);
            if text.contains('\0') || looks_binary(text.as_bytes()) {
                return Err(Error::Binary { path: path.into() });
            }
            let mut msg = format!("decoded as {} (byte order mark)", encoding.name());
            if had_errors {
                msg.push_str("; invalid sequences replaced by U+FFFD");
            }
            notes.push(Note::new(path, NoteKind::Encoding, msg));
            return Ok(text.into_owned());
        }
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if looks_binary(bytes) {
        return Err(Error::Binary { path: path.into() });
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(s.to_string());
    }
    // Not valid UTF-8. A UTF-8 file with a few stray bytes (a Latin-1 "é"
    // pasted into it) keeps its text: only the bad bytes are replaced. A
    // whole-file Windows-1252 reading is for files that are not mostly
    // UTF-8: more invalid sequences than valid non-ASCII characters
    // (Windows-1252 French text almost never forms valid UTF-8 pairs, so
    // one valid "é" weighs as much as one stray byte).
    let mut text = String::with_capacity(bytes.len());
    let mut multibyte = 0usize;
    let mut bad_lines: Vec<usize> = Vec::new();
    let mut first_bad = None;
    let mut line = 1usize;
    let mut col = 1usize;
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c.len_utf8() > 1 {
                multibyte += 1;
            }
            if c == '\n' {
                line += 1;
                col = 1;
            } else {
                col += 1;
            }
        }
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            first_bad.get_or_insert((line, col));
            if bad_lines.last() != Some(&line) {
                bad_lines.push(line);
            }
            text.push('\u{FFFD}');
            col += 1;
        }
    }
    let invalid: usize = bytes
        .utf8_chunks()
        .filter(|c| !c.invalid().is_empty())
        .count();
    if multibyte > 0 && multibyte >= invalid {
        let mut listed: Vec<String> = bad_lines
            .iter()
            .take(LINES_LISTED)
            .map(usize::to_string)
            .collect();
        if bad_lines.len() > LINES_LISTED {
            listed.push(format!("and {} more", bad_lines.len() - LINES_LISTED));
        }
        notes.push(
            Note::new(
                path,
                NoteKind::InvalidBytes,
                format!(
                    "{} in UTF-8 text replaced by U+FFFD (line{} {}); the rest of the text is read",
                    if invalid == 1 {
                        "1 invalid byte sequence".to_string()
                    } else {
                        format!("{invalid} invalid byte sequences")
                    },
                    if bad_lines.len() == 1 { "" } else { "s" },
                    listed.join(", ")
                ),
            )
            .at_line(bad_lines[0]),
        );
        return Ok(text);
    }
    let (l, c) = first_bad.unwrap_or((1, 1));
    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
    notes.push(Note::new(
        path,
        NoteKind::Encoding,
        format!("not UTF-8 (first invalid byte at {l}:{c}); decoded as Windows-1252"),
    ));
    Ok(text.into_owned())
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

/// The first `datePublished` string in a JSON-LD block (schema.org
/// `NewsArticle`), at any depth (`@graph` lists); None if the block is not
/// JSON.
fn json_ld_date(json: &str) -> Option<String> {
    fn find(v: &serde_json::Value) -> Option<String> {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(d)) = map.get("datePublished") {
                    let d = d.trim();
                    if !d.is_empty() && !d.contains(['\n', '\r']) {
                        return Some(d.to_string());
                    }
                }
                map.values().find_map(find)
            }
            serde_json::Value::Array(items) => items.iter().find_map(find),
            _ => None,
        }
    }
    find(&serde_json::from_str(json).ok()?)
}

/// Elements whose content is not article text: code, styles, embedded
/// objects, form controls, and the page's furniture (site navigation,
/// asides such as "related articles", whose dates and figures belong to
/// other stories).
const HIDDEN_ELEMENTS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
    "select", "textarea", "button", "form", "nav", "aside",
];

/// Block elements that are items of a list or cells of a table: they end
/// a line, not a paragraph (no blank line after them).
const ITEM_ELEMENTS: &[&str] = &["li", "td", "th", "dd", "dt"];

/// Elements that start and end a block: their boundaries become line
/// breaks, so sentences and paragraphs stay apart.
const BLOCK_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "ul",
    "title",
    "body",
    "html",
];

/// The text of an HTML page, as factdiff reads it: markup, comments,
/// scripts, styles, navigation, asides, the site's footer and other
/// non-text elements removed by a
/// WHATWG tokenizer (html5gum), character references decoded, whitespace
/// collapsed as a browser would, and block boundaries (`<p>`, `<div>`,
/// headings, list items, table cells, `<br>`) kept as line breaks — a
/// paragraph becomes a line, separated by a blank line. The page's
/// publication date, when a `<meta>` gives one (`article:published_time`,
/// `date`, `dc.date`…), else JSON-LD's `datePublished`, else a
/// `<time pubdate>` or `<time itemprop="datePublished">`, becomes a first
/// `published:` header line.
///
/// Spans, lines and columns of an HTML source index this text, not the
/// page's bytes: `factdiff extract` shows it.
pub fn html_to_text(html: &str) -> String {
    use html5gum::{DefaultEmitter, Token, Tokenizer};
    let mut emitter = DefaultEmitter::default();
    // script/style content is raw text to the tokenizer (a `<` in a script
    // is no tag), as a browser's tree builder would switch it.
    emitter.naively_switch_states(true);
    let mut out = String::new();
    // The publication date: a `<meta>` first, then JSON-LD's
    // `datePublished`, then `<time pubdate>` / `itemprop="datePublished"`.
    let mut published: Option<String> = None;
    let mut from_ld: Option<String> = None;
    let mut from_time: Option<String> = None;
    let mut ld_json: Option<String> = None;
    // Open hidden elements, innermost last. The `<title>` is shown: it is
    // the headline.
    let mut hidden: Vec<String> = Vec::new();
    let mut in_title = false;
    // Open `<article>` elements: a `<footer>` inside one is the article's
    // (byline, date); outside, the site's (copyright, links).
    let mut articles = 0usize;
    let mut pre = 0usize;
    // Whether a space is owed before the next word.
    let mut space = false;
    let lower = |b: &[u8]| String::from_utf8_lossy(b).to_ascii_lowercase();
    let block = |out: &mut String, blank: bool| {
        while out.ends_with([' ', '\t']) {
            out.pop();
        }
        if out.is_empty() {
            return;
        }
        let want = if blank { "\n\n" } else { "\n" };
        if !out.ends_with(want) && !out.ends_with("\n\n") {
            if out.ends_with('\n') {
                out.push('\n');
            } else {
                out.push_str(want);
            }
        }
    };
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = lower(&tag.name);
                let attr = |k: &str| {
                    tag.attributes
                        .get(k.as_bytes())
                        .map(|v| String::from_utf8_lossy(v).trim().to_string())
                };
                if name == "script"
                    && !tag.self_closing
                    && attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"))
                {
                    ld_json = Some(String::new());
                }
                if name == "time"
                    && from_time.is_none()
                    && (tag.attributes.contains_key(&b"pubdate"[..])
                        || attr("itemprop")
                            .is_some_and(|v| v.eq_ignore_ascii_case("datePublished")))
                {
                    from_time =
                        attr("datetime").filter(|v| !v.is_empty() && !v.contains(['\n', '\r']));
                }
                if name == "meta" && published.is_none() {
                    let key = attr("property")
                        .or_else(|| attr("name"))
                        .or_else(|| attr("itemprop"))
                        .unwrap_or_default()
                        .to_ascii_lowercase();
                    if matches!(
                        key.as_str(),
                        "article:published_time"
                            | "og:published_time"
                            | "datepublished"
                            | "date"
                            | "dc.date"
                            | "dc.date.issued"
                            | "pubdate"
                            | "publishdate"
                    ) && let Some(v) = attr("content")
                        && !v.is_empty()
                        && !v.contains(['\n', '\r'])
                    {
                        published = Some(v);
                    }
                }
                if name == "title" && hidden.is_empty() {
                    in_title = true;
                    block(&mut out, true);
                    continue;
                }
                if name == "article" {
                    articles += 1;
                }
                let site_footer = name == "footer" && articles == 0;
                if (HIDDEN_ELEMENTS.contains(&name.as_str()) || site_footer) && !tag.self_closing {
                    hidden.push(name);
                    continue;
                }
                if name == "br" {
                    while out.ends_with(' ') {
                        out.pop();
                    }
                    out.push('\n');
                    space = false;
                } else if name == "pre" {
                    pre += 1;
                    block(&mut out, true);
                } else if BLOCK_ELEMENTS.contains(&name.as_str()) {
                    block(&mut out, !ITEM_ELEMENTS.contains(&name.as_str()));
                    space = false;
                }
            }
            Token::EndTag(tag) => {
                let name = lower(&tag.name);
                if name == "script"
                    && let Some(json) = ld_json.take()
                    && from_ld.is_none()
                {
                    from_ld = json_ld_date(&json);
                }
                if name == "title" && in_title {
                    in_title = false;
                    block(&mut out, true);
                    continue;
                }
                if name == "article" {
                    articles = articles.saturating_sub(1);
                }
                if let Some(i) = hidden.iter().rposition(|h| *h == name) {
                    hidden.truncate(i);
                    continue;
                }
                if !hidden.is_empty() {
                    continue;
                }
                if name == "pre" {
                    pre = pre.saturating_sub(1);
                    block(&mut out, true);
                } else if BLOCK_ELEMENTS.contains(&name.as_str()) {
                    block(&mut out, !ITEM_ELEMENTS.contains(&name.as_str()));
                    space = false;
                }
            }
            Token::String(s) => {
                if let Some(json) = ld_json.as_mut() {
                    json.push_str(&String::from_utf8_lossy(&s));
                }
                if !hidden.is_empty() {
                    continue;
                }
                let s = String::from_utf8_lossy(&s);
                if pre > 0 {
                    out.push_str(&s);
                    continue;
                }
                for (i, word) in s.split(|c: char| c.is_ascii_whitespace()).enumerate() {
                    if i > 0 {
                        space = true;
                    }
                    if word.is_empty() {
                        continue;
                    }
                    if space && !out.is_empty() && !out.ends_with(['\n', ' ']) {
                        out.push(' ');
                    }
                    out.push_str(word);
                    space = false;
                }
                if s.ends_with(|c: char| c.is_ascii_whitespace()) {
                    space = true;
                }
            }
            // Comments, doctypes and parse errors are not text.
            _ => {}
        }
    }
    let body = out.trim().to_string();
    match published.or(from_ld).or(from_time) {
        Some(p) if !body.is_empty() => format!("published: {p}\n\n{body}\n"),
        _ if body.is_empty() => String::new(),
        _ => format!("{body}\n"),
    }
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
    // Each word looked up once for every language (see
    // `RuleSet::stopword_languages`); per language past 64 of them.
    let mut scores = vec![0usize; rules.languages.len()];
    let mut shared = true;
    for w in &words {
        let Some(bits) = rules.stopword_languages(w) else {
            shared = false;
            break;
        };
        for (i, score) in scores.iter_mut().enumerate() {
            *score += usize::from(bits >> i & 1 == 1);
        }
    }
    let mut best: Option<(usize, &str)> = None;
    let mut second = 0;
    for (i, (code, lang)) in rules.languages.iter().enumerate() {
        let lex = lang.lexicon("stopwords");
        if lex.is_empty() {
            continue;
        }
        let score = if shared {
            scores[i]
        } else {
            words.iter().filter(|w| lex.key_of(w).is_some()).count()
        };
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
        assert!(a.notes[0].message.contains("Windows-1252"), "{:?}", a.notes);
    }

    #[test]
    fn a_stray_byte_in_utf8_text_is_replaced_not_the_whole_file_redecoded() {
        let bytes = "Le général est arrivé à Moscou le 22 juin.\nUne ligne en caf\u{e9} \n"
            .replace("caf\u{e9}", "caf\u{1}")
            .into_bytes()
            .into_iter()
            .map(|b| if b == 1 { 0xE9 } else { b })
            .collect::<Vec<u8>>();
        let a = parse_article("a.txt".into(), &bytes, &rules()).unwrap();
        assert!(a.text.contains("Le général est arrivé"), "{}", a.text);
        assert!(a.text.contains("caf\u{FFFD}"), "{}", a.text);
        assert_eq!(a.notes.len(), 1, "{:?}", a.notes);
        assert_eq!(a.notes[0].kind, NoteKind::InvalidBytes);
        assert_eq!(a.notes[0].line, Some(2));
        assert!(a.notes[0].message.contains("line 2"), "{}", a.notes[0]);
    }

    #[test]
    fn windows_1252_only_when_the_file_is_not_mostly_utf8() {
        let mut notes = Vec::new();
        // One valid "é" and one stray byte: UTF-8, the byte replaced.
        let t = decode("a.txt", b"Un caf\xc3\xa9 et un caf\xe9.", &mut notes).unwrap();
        assert_eq!(t, "Un café et un caf\u{FFFD}.");
        assert_eq!(notes[0].kind, NoteKind::InvalidBytes);
        // Two Latin-1 bytes and one pair that happens to be valid UTF-8:
        // Windows-1252, as a whole.
        let mut notes = Vec::new();
        let t = decode("b.txt", b"r\xe9sum\xe9 \xc3\xa9t\xe9", &mut notes).unwrap();
        assert_eq!(t, "résumé Ã©té");
        assert_eq!(notes[0].kind, NoteKind::Encoding);
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_decoded() {
        let text = "Le général est arrivé à Moscou le 22 juin pour une visite.";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in text.encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        for bytes in [le, be] {
            let a = parse_article("u.txt".into(), &bytes, &rules()).unwrap();
            assert_eq!(a.text, text);
            assert_eq!(a.notes[0].kind, NoteKind::Encoding);
            assert!(a.notes[0].message.contains("UTF-16"), "{}", a.notes[0]);
        }
    }

    #[test]
    fn html_pages_are_read_as_their_text() {
        let html = r#"<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="article:published_time" content="2025-06-23T10:00:00Z">
<title>Visite à Moscou</title><style>p { color: red; }</style>
<script>var d = "12 janvier 2019"; if (a < b) { x(); }</script></head>
<body><!-- 3 mars 2001 --><nav><ul><li>Accueil</li><li>Monde</li></ul></nav>
<article><h1>Le général   arrive</h1><p>Il est arrivé <b>dimanche</b> à
Moscou.<br>Deuxième ligne &amp; fin.</p><ul><li>Un</li><li>Deux</li></ul><p>Autre paragraphe.</p>
<footer>Par la rédaction</footer></article>
<aside><h2>À lire aussi</h2><p>Le 4 avril 2018, un séisme…</p></aside>
<noscript>Activez JavaScript</noscript><footer>© 2019 Le Journal</footer></body></html>"#;
        let text = html_to_text(html);
        assert_eq!(
            text,
            "published: 2025-06-23T10:00:00Z\n\nVisite à Moscou\n\n\
             Le général arrive\n\nIl est arrivé dimanche à Moscou.\nDeuxième ligne & fin.\n\n\
             Un\nDeux\n\nAutre paragraphe.\n\nPar la rédaction\n"
        );
        for hidden in [
            "2019",
            "2001",
            "2018",
            "Accueil",
            "color",
            "JavaScript",
            "<",
        ] {
            assert!(!text.contains(hidden), "{hidden} in {text}");
        }
        let a = parse_article("page.html".into(), html.as_bytes(), &rules()).unwrap();
        assert_eq!(
            a.published_header.map(|(d, _)| d.to_string()).as_deref(),
            Some("2025-06-23")
        );
        // Only by extension: a .txt holding tags is read as it is.
        let t = parse_article("page.txt".into(), html.as_bytes(), &rules()).unwrap();
        assert!(t.text.contains("<script>"));
    }

    #[test]
    fn any_bytes_as_html_or_text_never_panic() {
        // A fixed pseudo-random stream over bytes that matter here: tag and
        // entity punctuation, UTF-8 lead and continuation bytes, BOMs.
        const ALPHABET: &[u8] = b"<>/!-&;#x\"' =\n\r\0abscript\xc3\xa9\xe9\xff\xfe\xef\xbb\xbf";
        let r = rules();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..300 {
            let len = (seed % 300) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    ALPHABET[(seed >> 33) as usize % ALPHABET.len()]
                })
                .collect();
            for name in ["p.html", "p.txt"] {
                let _ = parse_article(name.into(), &bytes, &r);
            }
        }
    }

    #[test]
    fn html_publication_date_from_json_ld_or_time() {
        let ld = r#"<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},
 {"@type": "NewsArticle", "datePublished": "2024-03-05T08:00:00+01:00"}]}
</script></head><body><p>Le général est arrivé dimanche à Dakar.</p>
<time itemprop="datePublished" datetime="2020-01-01">1er janvier 2020</time></body></html>"#;
        let t = html_to_text(ld);
        assert!(
            t.starts_with("published: 2024-03-05T08:00:00+01:00\n\n"),
            "{t}"
        );
        assert!(!t.contains("schema.org"), "{t}");
        let time = r#"<p>Le général est arrivé dimanche à Dakar.</p>
<p><time datetime="2024-03-12">hier</time> <time pubdate datetime="2024-03-05">5 mars</time></p>"#;
        assert!(html_to_text(time).starts_with("published: 2024-03-05\n\n"));
        // A time that is not the publication's gives no header.
        let other = r#"<p>Le général arrivera le <time datetime="2024-03-12">12 mars</time>.</p>"#;
        assert!(!html_to_text(other).starts_with("published:"));
        // JSON-LD that is not JSON is ignored.
        assert!(
            !html_to_text(
                r#"<script type="application/ld+json">{"datePublished": </script><p>x y</p>"#
            )
            .starts_with("published:")
        );
    }

    #[test]
    fn html_without_text_is_empty() {
        assert!(matches!(
            parse_article(
                "e.html".into(),
                b"<html><script>x()</script></html>",
                &rules()
            ),
            Err(Error::Empty { .. })
        ));
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
