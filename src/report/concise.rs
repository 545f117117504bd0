//! `path:line:col: severity[name]: message`, one line per finding and side,
//! for grep and editors. Agreements and single-source claims are notes.
//! Errors and notes of the run follow as `path[:line]: level[kind]: message`.

use std::fmt::Write;

use crate::compare::Report;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let Some(first) = f.groups.first().and_then(|g| g.claims.first()) else {
            continue;
        };
        let c = &report.claims[*first];
        let loc = report.location(c);
        let values: Vec<String> = f
            .groups
            .iter()
            .map(|g| {
                let paths: Vec<&str> = g.sources.iter().map(|&s| report.path(s)).collect();
                let value = report.shown_group(g);
                match g.role {
                    Some("draft") => format!("the draft says {value}"),
                    Some(role) => format!("{role}: {value} ({})", paths.join(", ")),
                    None => format!("{value} ({})", paths.join(", ")),
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}]: {}: {}",
            loc.path,
            loc.line,
            loc.column,
            f.severity.as_str(),
            f.name,
            f.message,
            values.join(" vs ")
        );
    }
    for e in &report.errors {
        let _ = writeln!(out, "{}: error[{}]: {e}", e.path(), e.kind());
    }
    for n in &report.notes {
        let place = match n.line {
            Some(l) => format!("{}:{l}", n.path),
            None => n.path.clone(),
        };
        let _ = writeln!(
            out,
            "{place}: {}[{}]: {}",
            n.level().as_str(),
            n.kind.as_str(),
            n.message
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testing;

    #[test]
    fn one_line_a_finding() {
        let r = testing::sample();
        let out = render(&r);
        assert_eq!(out.lines().count(), r.findings.len());
        for l in out.lines() {
            assert!(l.starts_with("clippings/"), "{l}");
        }
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(&testing::sample()));
    }
}
