//! A Markdown report, for a pull-request comment or a GitHub job summary
//! (`>> $GITHUB_STEP_SUMMARY`): a summary line, each conflict with every
//! side quoted (evidence in bold), then tables of agreements and
//! single-source claims, then the run's errors and notes. In draft mode
//! the first line gives the draft's verdicts.
//!
//! Article text is untrusted: `<`, `>` and `&` become entities (GitHub
//! renders raw HTML in Markdown) and Markdown punctuation is
//! backslash-escaped, so a clipping cannot inject markup or links.

use std::fmt::Write;

use super::{is_problem, plural, quote_parts};
use crate::compare::{Finding, Report, Verdict};

/// Escape text for Markdown (inline and table cells).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '!' | '(' | ')' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn summary(report: &Report, out: &mut String) {
    if let Some(d) = report.draft {
        let _ = writeln!(
            out,
            "Draft `{}`: **{} contradicted** · {} disputed · {} unsupported · {} supported\n",
            report.path(d).replace('`', "'"),
            report.count(Verdict::Contradicted),
            report.count(Verdict::Disputed),
            report.count(Verdict::Unsupported),
            report.count(Verdict::Supported),
        );
    }
    let mut parts = vec![
        plural(report.checked_sources(), "source", "sources"),
        format!(
            "**{}**",
            plural(report.count(Verdict::Conflict), "conflict", "conflicts")
        ),
        plural(report.count(Verdict::Agreement), "agreement", "agreements"),
        plural(
            report.count(Verdict::Single),
            "single-source claim",
            "single-source claims",
        ),
        plural(
            report.count(Verdict::Inconsistent),
            "inconsistency",
            "inconsistencies",
        ),
    ];
    if report.suppressed > 0 {
        parts.push(format!("{} suppressed by the baseline", report.suppressed));
    }
    let _ = writeln!(out, "{}\n", parts.join(" · "));
}

fn finding(report: &Report, f: &Finding, out: &mut String) {
    let _ = writeln!(
        out,
        "### {}\\[{}\\]: {}\n",
        f.severity.as_str(),
        escape(&f.name),
        escape(&f.message)
    );
    let _ = writeln!(out, "id: `{}`\n", f.id.replace('`', "'"));
    for g in &f.groups {
        let _ = writeln!(
            out,
            "- **{}** — {}",
            escape(report.shown_group(g)),
            plural(g.sources.len(), "source", "sources")
        );
        for &ci in &g.claims {
            let c = &report.claims[ci];
            let loc = report.location(c);
            let q = quote_parts(report, c);
            let _ = write!(
                out,
                "  - {}:{}:{} — {}",
                escape(loc.path),
                loc.line,
                loc.column,
                escape(report.shown(&c.value.to_string(), c.source))
            );
            if let Some(how) = &c.resolution {
                let _ = write!(out, " ({})", escape(how));
            }
            let _ = writeln!(
                out,
                "\n    > {}**{}**{}",
                escape(&q.before),
                escape(&q.evidence),
                escape(&q.after)
            );
        }
    }
    out.push('\n');
}

pub fn render(report: &Report) -> String {
    let mut out = String::from("## factdiff report\n\n");
    summary(report, &mut out);
    let problems: Vec<&Finding> = report.findings.iter().filter(|f| is_problem(f)).collect();
    if !problems.is_empty() {
        for f in problems {
            finding(report, f, &mut out);
        }
    }
    let agreements: Vec<&Finding> = report.with_verdict(Verdict::Agreement).collect();
    if !agreements.is_empty() {
        out.push_str("### Agreements\n\n| subject | attribute | value | sources |\n| --- | --- | --- | --- |\n");
        for f in agreements {
            let g = &f.groups[0];
            let paths: Vec<String> = g.sources.iter().map(|&s| escape(report.path(s))).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                escape(&f.subject),
                escape(&f.attribute),
                escape(&report.agreed_value(g)),
                paths.join(", ")
            );
        }
        out.push('\n');
    }
    let singles: Vec<&Finding> = report.with_verdict(Verdict::Single).collect();
    if !singles.is_empty() {
        out.push_str(
            "### Single-source claims\n\n| subject | attribute | value | where |\n| --- | --- | --- | --- |\n",
        );
        for f in singles {
            let g = &f.groups[0];
            let c = &report.claims[g.claims[0]];
            let loc = report.location(c);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {}:{}:{} |",
                escape(&f.subject),
                escape(&f.attribute),
                escape(report.shown_group(g)),
                escape(loc.path),
                loc.line,
                loc.column
            );
        }
        out.push('\n');
    }
    if !report.errors.is_empty() {
        out.push_str("### Errors\n\n");
        for e in &report.errors {
            let _ = writeln!(out, "- {}", escape(&e.to_string()));
        }
        out.push('\n');
    }
    if !report.notes.is_empty() {
        out.push_str("### Notes\n\n");
        for n in &report.notes {
            let _ = writeln!(out, "- {}: {}", n.level().as_str(), escape(&n.to_string()));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testing;

    #[test]
    fn article_text_cannot_inject_markup() {
        assert_eq!(
            escape("<script>alert(1)</script> [x](y) | *b*"),
            "&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\[x\\]\\(y\\) \\| \\*b\\*"
        );
        let out = render(&testing::sample());
        assert!(!out.contains("<script>"));
    }

    #[test]
    fn draft_verdicts_and_notes_are_there() {
        use crate::error::{Note, NoteKind};
        let mut r = testing::sample();
        r.draft = Some(0);
        r.notes.push(Note::new(
            "clippings/de.txt",
            NoteKind::Language,
            "language `de` is not supported yet",
        ));
        let out = render(&r);
        assert!(
            out.contains("Draft `clippings/a.txt`: **0 contradicted** · 0 disputed · 0 unsupported · 0 supported"),
            "{out}"
        );
        assert!(
            out.contains(
                "### Notes\n\n- warning: clippings/de.txt: language \\`de\\` is not supported yet"
            ),
            "{out}"
        );
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(&testing::sample()));
    }
}
