//! GitHub Actions workflow commands: each conflict becomes one annotation
//! (`::error file=…,line=…,col=…::message`) on the article that dissents
//! from the majority (in draft mode, on the draft), naming the other
//! sides; internal inconsistencies and disputed or unsupported draft
//! claims become warnings; errors of the run are `::error`, its notes
//! `::warning` (input not read as written) or `::notice`; a last
//! `::notice` sums up, with the draft's verdicts in draft mode.
//!
//! Escaping follows the runner's rules (actions/toolkit `command.ts`): in
//! the message, `%`, `\r` and `\n` become `%25`, `%0D` and `%0A`; in
//! property values `:` and `,` also become `%3A` and `%2C`.

use std::fmt::Write;

use super::{is_problem, plural, quote_parts};
use crate::compare::{Finding, Report, Severity, Verdict};
use crate::error::NoteLevel;

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

/// The side of a finding its annotation goes on: the draft's claim in
/// draft mode, else the dissenting side — the group with the fewest
/// independent sources (the last of them on a tie, groups being sorted
/// majority first) — since that is the article an editor must check.
pub fn dissenting_group(f: &Finding) -> usize {
    if let Some(d) = f.groups.iter().position(|g| g.role == Some("draft")) {
        return d;
    }
    let fewest = f
        .groups
        .iter()
        .map(|g| g.independent_sources)
        .min()
        .unwrap_or(0);
    f.groups
        .iter()
        .rposition(|g| g.independent_sources == fewest)
        .unwrap_or(0)
}

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    // One annotation per finding, on the dissenting side's first claim;
    // the message names every other side.
    for f in report.findings.iter().filter(|f| is_problem(f)) {
        let gi = dissenting_group(f);
        let Some(&ci) = f.groups.get(gi).and_then(|g| g.claims.first()) else {
            continue;
        };
        let c = &report.claims[ci];
        let text = &report.sources[c.source].excerpt;
        let (line, col) = text.line_col(c.span.start);
        let (end_line, end_col) = text.line_col(c.span.end);
        let mut msg = if f.groups.len() > 1 {
            format!(
                "{}: this source says {}; {}",
                f.message,
                report.shown(&c.value.to_string(), c.source),
                super::other_sides(report, f, gi)
            )
        } else {
            f.message.clone()
        };
        let more = f.groups[gi].claims.len() - 1;
        if more > 0 {
            let _ = write!(
                msg,
                "\n(and {} on this side)",
                plural(more, "other claim", "other claims")
            );
        }
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
    for n in &report.notes {
        let command = match n.level() {
            NoteLevel::Warning => "warning",
            NoteLevel::Note => "notice",
        };
        let place = n.line.map(|l| format!(",line={l}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "::{command} file={}{place},title={}::{}",
            escape_property(&n.path),
            escape_property(&format!("factdiff {}", n.kind.as_str())),
            escape_data(&n.to_string())
        );
    }
    let mut summary = String::from("factdiff: ");
    if let Some(d) = report.draft {
        let _ = write!(
            summary,
            "draft {}: {} contradicted, {} disputed, {} unsupported, {} supported; ",
            report.path(d),
            report.count(Verdict::Contradicted),
            report.count(Verdict::Disputed),
            report.count(Verdict::Unsupported),
            report.count(Verdict::Supported),
        );
    }
    let _ = write!(
        summary,
        "{} checked, {}, {}, {}",
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
        // One annotation per conflict (two) and per inconsistency (one).
        assert_eq!(out.lines().filter(|l| l.starts_with("::error ")).count(), 2);
        assert_eq!(
            out.lines().filter(|l| l.starts_with("::warning ")).count(),
            1
        );
    }

    #[test]
    fn a_conflict_is_annotated_on_the_dissenting_side() {
        let r = testing::sample();
        let out = render(&r);
        let rank = out
            .lines()
            .find(|l| l.contains("rank-conflict"))
            .expect("rank annotation");
        // c.txt alone says colonel; the others say général.
        assert!(rank.starts_with("::error file=clippings/c.txt,"), "{rank}");
        assert!(rank.contains("this source says colonel"), "{rank}");
    }

    #[test]
    fn notes_errors_and_draft_verdicts_are_there() {
        use crate::error::{Error, Note, NoteKind};
        let mut r = testing::sample();
        r.notes.push(
            Note::new("clippings/e.txt", NoteKind::InvalidBytes, "bytes replaced").at_line(2),
        );
        r.notes.push(Note::new(
            "clippings/p.png",
            NoteKind::NotAnArticle,
            "skipped",
        ));
        r.errors.push(Error::NotAFile {
            path: "clippings/x.txt".into(),
            what: "a FIFO",
        });
        r.draft = Some(0);
        let out = render(&r);
        assert!(
            out.contains("::warning file=clippings/e.txt,line=2,title=factdiff invalid-bytes::"),
            "{out}"
        );
        assert!(
            out.contains("::notice file=clippings/p.png,title=factdiff not-an-article::"),
            "{out}"
        );
        assert!(
            out.contains("::error file=clippings/x.txt,title=factdiff not-a-file::"),
            "{out}"
        );
        assert!(
            out.contains(
                "draft clippings/a.txt: 0 contradicted, 0 disputed, 0 unsupported, 0 supported"
            ),
            "{out}"
        );
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(&testing::sample()));
    }
}
