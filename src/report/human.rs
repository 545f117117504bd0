//! The default report, for an editor at a terminal.
//!
//! Each conflict is one rustc-style diagnostic (annotate-snippets): the
//! title says what the sources disagree on, then every side is quoted with
//! its `path:line:col`, the normalised value under the quote and, for a
//! relative date, how it was resolved. Internal inconsistencies follow as
//! warnings, then a short summary of agreements and single-source claims.
//!
//! Clippings often hold a whole paragraph on one line (600 characters and
//! more); the renderer shortens such lines to the report width around the
//! highlighted span (`...` where cut), keeping the true line and column in
//! the `-->` header.

use std::fmt::Write;

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group as AGroup, Level, Renderer, Snippet};

use super::{RenderOptions, plural};
use crate::compare::{Finding, Report, Severity, Verdict};

/// Claims quoted per side of a finding without `--verbose`.
const QUOTES_PER_GROUP: usize = 5;

/// Sources and single-source claims listed without `--verbose`.
const LIST_LIMIT: usize = 20;

pub fn render(report: &Report, opts: RenderOptions) -> String {
    let renderer = if opts.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Ascii)
    .term_width(if opts.width == 0 {
        super::DEFAULT_WIDTH
    } else {
        opts.width
    });
    let mut out = String::new();
    // Nothing was read (every path missing or unreadable): the errors on
    // stderr say why, and an empty "0 sources checked" summary would not.
    if report.sources.is_empty() {
        return out;
    }
    if let Some(d) = report.draft {
        let _ = writeln!(
            out,
            "draft {}: {} contradicted, {} disputed, {} unsupported, {} supported\n",
            report.path(d),
            report.count(Verdict::Contradicted),
            report.count(Verdict::Disputed),
            report.count(Verdict::Unsupported),
            report.count(Verdict::Supported),
        );
    }
    let mut among_sources_said = false;
    for f in &report.findings {
        if super::is_problem(f) {
            if report.draft.is_some() && !f.about_draft() && !among_sources_said {
                out.push_str("among the sources themselves:\n\n");
                among_sources_said = true;
            }
            out.push_str(&renderer.render(&[diagnostic(report, f, opts.verbose)]));
            out.push_str("\n\n");
        }
    }
    summary(report, opts, &mut out);
    out
}

/// Families of sources sharing wire copy, and who disagrees most often.
fn independence(report: &Report, opts: RenderOptions, out: &mut String) {
    let stories = report.stories();
    if !stories.is_empty() {
        let _ = writeln!(
            out,
            "\n{} stories (claims are compared within a story only):",
            stories.len()
        );
        for (i, s) in stories.iter().enumerate() {
            let _ = writeln!(out, "  {}: {}", i + 1, paths(report, s, opts.verbose));
        }
    }
    let shared: Vec<_> = report
        .families
        .iter()
        .filter(|f| f.members.len() > 1)
        .collect();
    if !shared.is_empty() {
        let _ = writeln!(out, "\nwire copy (counted as one source):");
        for f in shared {
            let passages: usize = f.links.iter().map(|l| l.passages.len()).sum();
            let _ = writeln!(
                out,
                "  {} share {}",
                paths(report, &f.members, opts.verbose),
                plural(passages, "passage", "passages")
            );
        }
    }
    if !report.outliers.is_empty() {
        let _ = writeln!(out, "\nagainst the independent majority, most often first:");
        for o in report.outliers.iter().take(5) {
            let _ = writeln!(
                out,
                "  {}: {} ({})",
                report.path(o.source),
                plural(o.findings.len(), "finding", "findings"),
                o.findings.join(", ")
            );
        }
    }
}

/// Paths of sources, the first few only unless `verbose`.
fn paths(report: &Report, sources: &[usize], verbose: bool) -> String {
    const FEW: usize = 5;
    let shown: Vec<&str> = sources
        .iter()
        .take(if verbose { usize::MAX } else { FEW })
        .map(|&s| report.path(s))
        .collect();
    let mut out = shown.join(", ");
    if sources.len() > shown.len() {
        out.push_str(&format!(" and {} more", sources.len() - shown.len()));
    }
    out
}

fn diagnostic<'a>(report: &'a Report, f: &'a Finding, verbose: bool) -> AGroup<'a> {
    let level = match f.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    };
    let mut group = AGroup::with_title(level.primary_title(f.message.as_str()).id(f.name.as_str()));
    // Every side is quoted; in big runs, only the first few claims of each.
    let per_group = if verbose {
        usize::MAX
    } else {
        QUOTES_PER_GROUP
    };
    let mut unquoted = Vec::new();
    for (gi, g) in f.groups.iter().enumerate() {
        if g.claims.len() > per_group {
            unquoted.push(format!(
                "{} more {} {} not quoted (--verbose quotes them all)",
                g.claims.len() - per_group,
                if g.claims.len() - per_group == 1 {
                    "claim of"
                } else {
                    "claims of"
                },
                g.value
            ));
        }
        for &ci in g.claims.iter().take(per_group) {
            let c = &report.claims[ci];
            let text = &report.sources[c.source].excerpt;
            let line = text.line_span(c.span.start);
            let (line_no, _) = text.line_col(c.span.start);
            let src = text.slice(line);
            let start = c.span.start - line.start;
            let end = (c.span.end - line.start).min(src.len());
            let value = c.value.to_string();
            let mut label = format!(
                "{}: {}",
                f.attribute_or_value(),
                report.shown(&value, c.source)
            );
            if value != g.value {
                label.push_str(&format!(" (group: {})", report.shown_group(g)));
            }
            if let Some(how) = &c.resolution {
                label.push_str(&format!(" [{how}]"));
            }
            let kind = if gi == 0 {
                AnnotationKind::Primary
            } else {
                AnnotationKind::Context
            };
            group = group.element(
                Snippet::source(src)
                    .line_start(line_no)
                    .path(report.path(c.source))
                    .fold(true)
                    .annotation(kind.span(start..end).label(label)),
            );
        }
    }
    for u in unquoted {
        group = group.element(Level::NOTE.message(u));
    }
    if f.groups.len() > 1 {
        let sides: Vec<String> = f
            .groups
            .iter()
            .map(|g| {
                let who = paths(report, &g.sources, verbose);
                let value = report.shown_group(g);
                match g.role {
                    Some("draft") => format!("the draft says {value}"),
                    Some(role) => format!("{role}: {value} ({who})"),
                    None => match &g.compatible_with {
                        Some(c) => format!("{value} ({who}; compatible with {c})"),
                        None => format!("{value} ({who})"),
                    },
                }
            })
            .collect();
        group = group.element(Level::NOTE.message(format!(
            "{} vs {}",
            sides[0],
            sides[1..].join(" vs ")
        )));
    }
    group = group.element(Level::HELP.message(format!("finding id: {}", f.id)));
    group
}

trait AttributeOrValue {
    fn attribute_or_value(&self) -> &str;
}

impl AttributeOrValue for Finding {
    fn attribute_or_value(&self) -> &str {
        if self.attribute.is_empty() {
            "value"
        } else {
            &self.attribute
        }
    }
}

fn summary(report: &Report, opts: RenderOptions, out: &mut String) {
    let _ = writeln!(
        out,
        "{} checked, {}: {}, {}, {}, {}",
        plural(report.checked_sources(), "source", "sources"),
        plural(report.claims.len(), "claim", "claims"),
        plural(report.count(Verdict::Conflict), "conflict", "conflicts"),
        plural(report.count(Verdict::Agreement), "agreement", "agreements"),
        plural(
            report.count(Verdict::Single),
            "single-source claim",
            "single-source claims"
        ),
        plural(
            report.count(Verdict::Inconsistent),
            "inconsistency",
            "inconsistencies"
        ),
    );
    if report.suppressed > 0 {
        let _ = writeln!(
            out,
            "{} suppressed by the baseline (accepted earlier; not shown)",
            plural(report.suppressed, "finding", "findings")
        );
    }
    // A run over a thousand clippings should not print a thousand lines here.
    let shown = if opts.verbose { usize::MAX } else { LIST_LIMIT };
    for s in report.sources.iter().take(shown) {
        match (&s.anchor, &s.skipped) {
            (_, Some(why)) => {
                let _ = writeln!(out, "  {}: {why}", s.article.path);
            }
            (Some(a), None) => {
                let _ = writeln!(out, "  {}: dated {}", s.article.path, a.describe());
            }
            (None, None) => {
                let _ = writeln!(
                    out,
                    "  {}: no date found; relative dates not resolved",
                    s.article.path
                );
            }
        }
    }
    if report.sources.len() > shown {
        let _ = writeln!(
            out,
            "  … and {} more (--verbose lists them all)",
            report.sources.len() - shown
        );
    }
    independence(report, opts, out);
    for (verdict, heading) in [
        (Verdict::Supported, "draft claims supported by the sources:"),
        (Verdict::Agreement, "agreements:"),
        (
            Verdict::Updated,
            "updated over time (running totals; not conflicts):",
        ),
    ] {
        let list: Vec<&Finding> = report.with_verdict(verdict).collect();
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{heading}");
        for f in list {
            let g = f.headline_group();
            let sources: Vec<usize> = f.source_groups().flat_map(|g| g.sources.clone()).collect();
            if verdict == Verdict::Updated {
                let _ = writeln!(
                    out,
                    "  {} ({})",
                    f.message,
                    paths(report, &sources, opts.verbose)
                );
                continue;
            }
            let _ = writeln!(
                out,
                "  {} {} = {} ({}; {})",
                f.subject,
                f.attribute,
                report.agreed_value(g),
                plural(
                    g.independent_sources,
                    "independent source",
                    "independent sources"
                ),
                paths(report, &sources, opts.verbose)
            );
        }
    }
    let singles: Vec<&Finding> = report.with_verdict(Verdict::Single).collect();
    if !singles.is_empty() {
        let _ = writeln!(out, "\nsingle-source claims:");
        for f in singles.iter().take(shown) {
            let g = &f.groups[0];
            let c = &report.claims[g.claims[0]];
            let loc = report.location(c);
            let _ = writeln!(
                out,
                "  {} {} = {} ({}:{}:{})",
                f.subject,
                f.attribute,
                report.shown_group(g),
                loc.path,
                loc.line,
                loc.column
            );
        }
        if singles.len() > shown {
            let _ = writeln!(
                out,
                "  … and {} more (--verbose lists them all)",
                singles.len() - shown
            );
        }
    }
    // Notes and errors are not part of the report: `main` writes them to
    // stderr, so `factdiff check … > report.txt` still shows them.
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testing;

    #[test]
    fn long_lines_are_shortened_around_the_span() {
        let r = testing::sample();
        let out = render(&r, RenderOptions::default());
        let longest = out.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(longest <= 140, "a {longest}-character line");
        // The date evidence sits at column 114 of a 390-character line.
        assert!(out.contains("clippings/a.txt:1:114"), "{out}");
        assert!(out.contains("arrivé dimanche 22 juin"));
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(&testing::sample(), RenderOptions::default()));
    }

    #[test]
    fn snapshot_with_suppressed_findings() {
        let mut r = testing::sample();
        r.findings.retain(|f| f.verdict != Verdict::Conflict);
        r.suppressed = 2;
        let out = render(&r, RenderOptions::default());
        assert!(
            out.contains("2 findings suppressed by the baseline"),
            "{out}"
        );
    }
}
