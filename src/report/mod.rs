//! Rendering a [`Report`]: one file per output format.
//!
//! | format | file | for |
//! | --- | --- | --- |
//! | `human` | `human.rs` | an editor at a terminal: rustc-style quotes of every side |
//! | `concise` | `concise.rs` | grep and editors: `path:line:col: severity[name]: message` |
//! | `json` | `json.rs` | machines: the schema_version 1 contract of DESIGN.md |
//! | `sarif` | `sarif.rs` | code scanning (GitHub): SARIF 2.1.0 |
//! | `github` | `github.rs` | GitHub Actions annotations (workflow commands) |
//! | `markdown` | `markdown.rs` | a pull-request comment or a job summary |
//! | `html` | `html.rs` | one self-contained page for a newsroom: tables and a timeline |
//!
//! Renderers return strings; only `main.rs` writes them out. Every renderer
//! is a pure function of the [`Report`], so the same report gives the same
//! bytes (tests pin them with insta snapshots).

pub mod concise;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod markdown;
pub mod sarif;
#[cfg(test)]
pub(crate) mod testing;

use clap::ValueEnum;

use crate::compare::Report;
use crate::text::Span;

/// Output formats of `factdiff check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Readable report quoting every side of each finding (default).
    Human,
    /// One line per finding: `path:line:col: severity[name]: message`.
    Concise,
    /// The schema_version 1 JSON document.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=…::…`).
    Github,
    /// A Markdown summary (pull-request comment, job summary).
    Markdown,
    /// One self-contained HTML page.
    Html,
}

/// Options shared by renderers.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Use ANSI colours.
    pub color: bool,
    /// Also list every agreement and single-source claim in full.
    pub verbose: bool,
    /// Width the human report shortens long lines to (0: the default, 100).
    pub width: usize,
}

/// Width of the human report when none is asked for.
pub const DEFAULT_WIDTH: usize = 100;

/// Render a report in a format.
/// Write the report to `out` in a format: what [`render`] returns, but
/// the JSON report is serialised straight into `out` instead of into a
/// string first (a 20 000-article report is ~90 MB of JSON, and the
/// string doubling its buffer held up to ~130 MB at the end of the run).
pub fn write_to(
    report: &Report,
    format: Format,
    opts: RenderOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Json => json::write_to(report, out),
        _ => out.write_all(render(report, format, opts).as_bytes()),
    }
}

pub fn render(report: &Report, format: Format, opts: RenderOptions) -> String {
    match format {
        Format::Human => human::render(report, opts),
        Format::Concise => concise::render(report),
        Format::Json => json::render(report),
        Format::Sarif => sarif::render(report),
        Format::Github => github::render(report),
        Format::Markdown => markdown::render(report),
        Format::Html => html::render(report),
    }
}

/// `factdiff extract`: one JSON object a line per article, with its
/// language, anchor, mentions (with spans), claims and everything
/// `factdiff compare` needs (see [`crate::pipeline::Record`]).
///
/// Returns the text and the soft errors met while loading (missing paths,
/// binary files…), which the caller reports.
pub fn extract_jsonl(
    paths: &[String],
    rules: &crate::rules::RuleSet,
) -> (String, Vec<crate::Error>) {
    let mut out = Vec::new();
    let errors = crate::pipeline::extract_records(paths, rules, true, &mut out);
    (String::from_utf8_lossy(&out).into_owned(), errors)
}

/// A claim's sentence split around its evidence, shortened to at most
/// `context` characters on each side (with `…` where cut), so renderers can
/// highlight the evidence without searching for it in the quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteParts {
    pub before: String,
    pub evidence: String,
    pub after: String,
}

/// Characters of context kept on each side of the evidence in quotes.
pub const QUOTE_CONTEXT: usize = 80;

/// Split the sentence holding `claim` around its evidence.
pub fn quote_parts(report: &Report, claim: &crate::claims::Claim) -> QuoteParts {
    let excerpt = &report.sources[claim.source].excerpt;
    // Spans are char-aligned; a claim's bytes are always kept.
    let span_start = claim.span.start;
    let span_end = claim.span.end.max(span_start);
    let sentence = excerpt.sentence_at(span_start);
    let (start, end) = match sentence {
        Some(s) => (s.start.min(span_start), s.end.max(span_end)),
        None => (span_start, span_end),
    };
    let before: Vec<char> = excerpt
        .slice(Span::new(start, span_start))
        .chars()
        .collect();
    let after: Vec<char> = excerpt.slice(Span::new(span_end, end)).chars().collect();
    let mut b = String::new();
    if before.len() > QUOTE_CONTEXT {
        b.push('…');
        b.extend(&before[before.len() - QUOTE_CONTEXT..]);
        let trimmed = b.trim_start_matches('…').trim_start().to_string();
        b = format!("…{trimmed}");
    } else {
        b.extend(&before);
    }
    let mut a: String = after.iter().take(QUOTE_CONTEXT).collect();
    if after.len() > QUOTE_CONTEXT {
        a = a.trim_end().to_string();
        a.push('…');
    }
    QuoteParts {
        before: b,
        evidence: excerpt.slice(Span::new(span_start, span_end)).to_string(),
        after: a,
    }
}

/// `1 conflict`, `2 conflicts`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Whether a finding is worth a diagnostic of its own: errors and warnings
/// (conflicts, internal inconsistencies, and in draft mode contradicted,
/// disputed and unsupported claims); agreements and single-source claims
/// are summarised.
pub fn is_problem(f: &crate::compare::Finding) -> bool {
    f.severity >= crate::compare::Severity::Warning
}

/// `value (path, path)` for every group of a finding but `skip`.
pub fn other_sides(report: &Report, f: &crate::compare::Finding, skip: usize) -> String {
    f.groups
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != skip)
        .map(|(_, g)| {
            let paths: Vec<&str> = g.sources.iter().map(|&s| report.path(s)).collect();
            format!("{} in {}", report.shown_group(g), paths.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The progress counter drawn on a terminal's stderr (`\r`, no newline).
pub fn progress_line(done: usize, total: usize) -> String {
    format!("\rfactdiff: checked {done}/{total} files")
}

/// Clears the progress counter's line.
pub fn progress_clear() -> &'static str {
    "\r\x1b[2K"
}

/// The stderr note after `--write-baseline`.
pub fn baseline_written(findings: usize, path: &str) -> String {
    format!(
        "factdiff: wrote {} to {path}",
        plural(findings, "accepted finding", "accepted findings")
    )
}
