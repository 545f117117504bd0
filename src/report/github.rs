//! GitHub Actions workflow commands: each side of a conflict becomes an
//! annotation on its article (`::error file=…,line=…,col=…::message`),
//! internal inconsistencies become warnings, and a last `::notice` sums up.
//!
//! Escaping follows the runner's rules (actions/toolkit `command.ts`): in
//! the message, `%`, `\r` and `\n` become `%25`, `%0D` and `%0A`; in
//! property values `:` and `,` also become `%3A` and `%2C`.

use std::fmt::Write;

use super::{is_problem, plural, quote_parts};
use crate::compare::{Report, Severity, Verdict};

/// Escape a command's message.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a command property value.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    }
}

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for f in report.findings.iter().filter(|f| is_problem(f)) {
        for (gi, g) in f.groups.iter().enumerate() {
            for &ci in &g.claims {
                let c = &report.claims[ci];
                let text = &report.sources[c.source].excerpt;
                let (line, col) = text.line_col(c.span.start);
                let (end_line, end_col) = text.line_col(c.span.end);
                let mut msg = if f.groups.len() > 1 {
                    format!(
                        "{}: this source says {}; {}",
                        f.message,
                        c.value,
                        super::other_sides(report, f, gi)
                    )
                } else {
                    f.message.clone()
                };
                if let Some(how) = &c.resolution {
                    let _ = write!(msg, "\nresolved: {how}");
                }
                let q = quote_parts(report, c);
                let _ = write!(msg, "\n> {}{}{}", q.before, q.evidence, q.after);
                let _ = writeln!(
                    out,
                    "::{} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
                    command(f.severity),
                    escape_property(report.path(c.source)),
                    escape_property(&format!("factdiff {}", f.id)),
                    escape_data(&msg)
                );
            }
        }
    }
    for e in &report.errors {
        let place = match e.position() {
            Some((l, c)) => format!(",line={l},col={c}"),
            None => String::new(),
        };
        let _ = writeln!(
            out,
            "::error file={}{place},title={}::{}",
            escape_property(e.path()),
            escape_property(&format!("factdiff {}", e.kind())),
            escape_data(&e.to_string())
        );
    }
    let mut summary = format!(
        "factdiff: {} checked, {}, {}, {}",
        plural(report.checked_sources(), "source", "sources"),
        plural(report.count(Verdict::Conflict), "conflict", "conflicts"),
        plural(report.count(Verdict::Agreement), "agreement", "agreements"),
        plural(
            report.count(Verdict::Single),
            "single-source claim",
            "single-source claims"
        ),
    );
    if report.suppressed > 0 {
        let _ = write!(
            summary,
            ", {} suppressed by the baseline",
            report.suppressed
        );
    }
    let _ = writeln!(out, "::notice title=factdiff::{}", escape_data(&summary));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testing;

    #[test]
    fn escaping_follows_the_runner() {
        assert_eq!(escape_data("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }

    #[test]
    fn every_line_is_one_command() {
        let out = render(&testing::sample());
        for line in out.lines() {
            assert!(line.starts_with("::"), "{line}");
            let (head, _) = line[2..].split_once("::").expect("two parts");
            assert!(!head.contains('\n'));
        }
        assert_eq!(out.lines().filter(|l| l.starts_with("::error ")).count(), 8);
        assert_eq!(
            out.lines().filter(|l| l.starts_with("::warning ")).count(),
            1
        );
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(&testing::sample()));
    }
}
