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
            | Error::Baseline { path, .. } => path,
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
        }
    }
}

impl std::error::Error for Error {}
