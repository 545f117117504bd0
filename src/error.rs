//! Typed errors. Every variant names the file (and where possible the place)
//! it is about, so that the CLI can print a useful message and go on.
//!
//! Soft errors (one unreadable file among many) are collected in the
//! [`crate::compare::Report`] and make the run exit 2 at the end; hard errors
//! (no input at all, unusable rules) stop the run.

use std::fmt;

/// One thing that went wrong, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A path given on the command line does not exist or cannot be read.
    MissingPath { path: String, reason: String },
    /// A folder holds no readable article (.txt or .md).
    NoArticles { path: String },
    /// A file could not be read.
    Io { path: String, reason: String },
    /// A file looks binary (NUL bytes or many control characters).
    Binary { path: String },
    /// A file is empty or holds only whitespace.
    Empty { path: String },
    /// A rule file is not valid JSON or does not match the schema.
    RuleSyntax {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// A rule is well-formed JSON but unusable (bad regex, unknown lexicon…).
    RuleInvalid {
        path: String,
        rule: String,
        message: String,
    },
    /// A rule's own example does not behave as the rule says.
    RuleExample {
        path: String,
        rule: String,
        message: String,
    },
    /// A baseline or other input file of the tool itself is unusable.
    Input { path: String, message: String },
    /// A baseline file (`--baseline`) is not valid JSON or not a baseline.
    Baseline {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// A path that is not a regular file (a FIFO, a device, a socket): it is
    /// never opened, since reading it could block or never end.
    NotAFile { path: String, what: &'static str },
    /// A file larger than the size factdiff reads (`corpus::MAX_FILE_BYTES`).
    TooLarge { path: String, limit: u64 },
    /// A folder whose entries cannot be listed (permissions…).
    Folder { path: String, reason: String },
    /// Nothing at all could be checked: every source was unreadable or in
    /// a language without rules (or, in draft mode, the draft was).
    NothingChecked { path: String, reason: String },
}

impl Error {
    /// The file the error is about.
    pub fn path(&self) -> &str {
        match self {
            Error::MissingPath { path, .. }
            | Error::NoArticles { path }
            | Error::Io { path, .. }
            | Error::Binary { path }
            | Error::Empty { path }
            | Error::RuleSyntax { path, .. }
            | Error::RuleInvalid { path, .. }
            | Error::RuleExample { path, .. }
            | Error::Input { path, .. }
            | Error::Baseline { path, .. }
            | Error::NotAFile { path, .. }
            | Error::TooLarge { path, .. }
            | Error::Folder { path, .. }
            | Error::NothingChecked { path, .. } => path,
        }
    }

    /// A short machine-readable name for the kind of error.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::MissingPath { .. } => "missing-path",
            Error::NoArticles { .. } => "no-articles",
            Error::Io { .. } => "io",
            Error::Binary { .. } => "binary-file",
            Error::Empty { .. } => "empty-file",
            Error::RuleSyntax { .. } => "rule-syntax",
            Error::RuleInvalid { .. } => "rule-invalid",
            Error::RuleExample { .. } => "rule-example",
            Error::Input { .. } => "input",
            Error::Baseline { .. } => "baseline",
            Error::NotAFile { .. } => "not-a-file",
            Error::TooLarge { .. } => "too-large",
            Error::Folder { .. } => "unreadable-folder",
            Error::NothingChecked { .. } => "nothing-checked",
        }
    }

    /// Line and column (1-based) when the error points inside a file.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Error::RuleSyntax { line, column, .. } | Error::Baseline { line, column, .. } => {
                Some((*line, *column))
            }
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::MissingPath { path, reason } => write!(f, "{path}: cannot read path: {reason}"),
            Error::NoArticles { path } => {
                write!(
                    f,
                    "{path}: no articles found (looked for .txt and .md files)"
                )
            }
            Error::Io { path, reason } => write!(f, "{path}: cannot read file: {reason}"),
            Error::Binary { path } => write!(f, "{path}: looks like a binary file, not an article"),
            Error::Empty { path } => write!(f, "{path}: the file is empty"),
            Error::RuleSyntax {
                path,
                line,
                column,
                message,
            } => write!(f, "{path}:{line}:{column}: invalid rule file: {message}"),
            Error::RuleInvalid {
                path,
                rule,
                message,
            } => write!(f, "{path}: rule `{rule}`: {message}"),
            Error::RuleExample {
                path,
                rule,
                message,
            } => write!(f, "{path}: rule `{rule}`: example fails: {message}"),
            Error::Input { path, message } => write!(f, "{path}: {message}"),
            Error::Baseline {
                path,
                line,
                column,
                message,
            } => write!(
                f,
                "{path}:{line}:{column}: invalid baseline file: {message}"
            ),
            Error::NotAFile { path, what } => {
                write!(f, "{path}: not a regular file ({what}); not read")
            }
            Error::TooLarge { path, limit } => write!(
                f,
                "{path}: larger than {} MB, the most factdiff reads from one file; not read",
                limit / (1024 * 1024)
            ),
            Error::Folder { path, reason } => write!(f, "{path}: cannot read folder: {reason}"),
            Error::NothingChecked { path, reason } => {
                write!(f, "{path}: nothing could be checked: {reason}")
            }
        }
    }
}

impl std::error::Error for Error {}

/// How much a [`Note`] matters. Neither stops the run nor changes the exit
/// status; a warning says the report may miss something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NoteLevel {
    /// For information (a file skipped by design, a guessed encoding).
    Note,
    /// Part of the input was not read as written (bytes replaced, a
    /// language without rules, a header ignored).
    Warning,
}

impl NoteLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            NoteLevel::Note => "note",
            NoteLevel::Warning => "warning",
        }
    }
}

/// What a [`Note`] is about.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum NoteKind {
    /// A file in a folder that is not an article (by its extension).
    NotAnArticle,
    /// A link back to a folder already read (a symlink loop).
    SymlinkLoop,
    /// The same file reached twice (a link, or named twice).
    Duplicate,
    /// Not UTF-8: decoded as Windows-1252, or UTF-16 by its byte order mark.
    Encoding,
    /// Invalid UTF-8 bytes replaced by U+FFFD; the rest of the text is kept.
    InvalidBytes,
    /// A header line that could not be used.
    Header,
    /// The article's language has no extraction rules, or none was recognised.
    Language,
}

impl NoteKind {
    /// A short machine-readable name (JSON `kind`, SARIF descriptor id).
    pub fn as_str(self) -> &'static str {
        match self {
            NoteKind::NotAnArticle => "not-an-article",
            NoteKind::SymlinkLoop => "symlink-loop",
            NoteKind::Duplicate => "duplicate-file",
            NoteKind::Encoding => "encoding",
            NoteKind::InvalidBytes => "invalid-bytes",
            NoteKind::Header => "header",
            NoteKind::Language => "unsupported-language",
        }
    }

    pub fn level(self) -> NoteLevel {
        match self {
            NoteKind::NotAnArticle
            | NoteKind::SymlinkLoop
            | NoteKind::Duplicate
            | NoteKind::Encoding => NoteLevel::Note,
            NoteKind::InvalidBytes | NoteKind::Header | NoteKind::Language => NoteLevel::Warning,
        }
    }
}

/// Something worth telling about the input that is not an error: the run
/// read the file (or skipped it by design) and goes on; the exit status is
/// unchanged. Every report format carries the notes of the run.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Note {
    pub path: String,
    /// 1-based line in the file, when the note is about one place.
    pub line: Option<usize>,
    pub kind: NoteKind,
    /// The message, without the path (`Display` adds it).
    pub message: String,
}

impl Note {
    pub fn new(path: impl Into<String>, kind: NoteKind, message: impl Into<String>) -> Note {
        Note {
            path: path.into(),
            line: None,
            kind,
            message: message.into(),
        }
    }

    pub fn at_line(mut self, line: usize) -> Note {
        self.line = Some(line);
        self
    }

    pub fn level(&self) -> NoteLevel {
        self.kind.level()
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{l}: {}", self.path, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}
