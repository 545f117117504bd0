//! Rendering a [`Report`]: one file per output format.
//!
//! | format | file | for |
//! | --- | --- | --- |
//! | `human` | `human.rs` | an editor at a terminal: rustc-style quotes of every side |
//! | `concise` | `concise.rs` | grep and editors: `path:line:col: severity[name]: message` |
//! | `json` | `json.rs` | machines: the schema_version 1 contract of DESIGN.md |
//!
//! Renderers return strings; only `main.rs` writes them out.

pub mod concise;
pub mod human;
pub mod json;

use clap::ValueEnum;

use crate::compare::Report;

/// Output formats of `factdiff check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Readable report quoting every side of each finding (default).
    Human,
    /// One line per finding: `path:line:col: severity[name]: message`.
    Concise,
    /// The schema_version 1 JSON document.
    Json,
}

/// Options shared by renderers.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Use ANSI colours.
    pub color: bool,
    /// Also list every agreement and single-source claim in full.
    pub verbose: bool,
}

/// Render a report in a format.
pub fn render(report: &Report, format: Format, opts: RenderOptions) -> String {
    match format {
        Format::Human => human::render(report, opts),
        Format::Concise => concise::render(report),
        Format::Json => json::render(report),
    }
}

/// `factdiff extract`: one JSON object a line per article, with its
/// language, anchor, mentions (with spans) and claims.
pub fn extract_jsonl(paths: &[String], rules: &crate::rules::RuleSet) -> String {
    let loaded = crate::corpus::load(paths, rules);
    let mut out = String::new();
    for (i, a) in loaded.articles.iter().enumerate() {
        let analysis = crate::pipeline::analyze(a, rules, i);
        let line = serde_json::json!({
            "path": a.path,
            "language": a.language,
            "anchor": analysis.claims.anchor,
            "skipped": analysis.skipped,
            "mentions": analysis.mentions.iter().map(|m| {
                let mut v = serde_json::to_value(m).expect("plain data");
                v["text"] = serde_json::Value::String(a.text[m.span.start..m.span.end].to_string());
                v
            }).collect::<Vec<_>>(),
            "claims": analysis.claims.claims,
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}
