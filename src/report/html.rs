//! One self-contained HTML page for a newsroom: no network, no external
//! assets — the CSS is inline and the timeline is inline SVG, so the file
//! can be mailed, archived or opened offline.
//!
//! Sections: a summary (in draft mode, the draft's verdicts first; then
//! sources, conflicts, agreements, single-source claims); each conflict and
//! inconsistency (and contradicted, disputed or unsupported draft claim)
//! with every side quoted and the evidence in `<mark>`; the draft claims
//! the sources support; the agreements; single-source claims; wire-copy
//! families; a table of claims by source (rows are facts — subject and
//! attribute —, columns are sources, dissenting cells marked); a timeline
//! of the dated claims per source (red only on the dissenting side, the
//! majority's date amber); the sources with their dates; the run's errors
//! and notes.
//!
//! All article text is untrusted and goes through [`escape`]: a clipping
//! holding `<script>` renders as text.

use std::collections::BTreeSet;
use std::fmt::Write;

use chrono::NaiveDate;

use super::{is_problem, plural, quote_parts};
use crate::compare::{Finding, Report, Verdict};
use crate::value::Value;

/// Escape text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { --bad: #b42318; --bad-bg: #fee4e2; --warn: #b54708; --ok: #067647; --ok-bg: #dcfae6;
        --muted: #667085; --line: #d0d5dd; --mark: #fef0c7; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #101828;
       max-width: 1180px; margin: 0 auto; padding: 24px; background: #fff; }
h1 { font-size: 24px; margin: 0 0 12px; }
h2 { font-size: 19px; margin: 32px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 0 0 4px; }
code, .loc { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.summary { display: flex; gap: 12px; flex-wrap: wrap; padding: 0; list-style: none; margin: 0; }
.summary li { border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 130px; }
.summary b { display: block; font-size: 24px; }
.summary .bad { border-color: var(--bad); color: var(--bad); background: var(--bad-bg); }
.summary .ok { border-color: var(--ok); color: var(--ok); }
.summary .warn { border-color: var(--warn); color: var(--warn); }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--bad); border-radius: 6px;
           padding: 12px 16px; margin: 12px 0; }
.finding.sev-warning { border-left-color: var(--warn); }
.sev { font-weight: 700; text-transform: uppercase; font-size: 12px; margin-right: 6px; }
.sev.error { color: var(--bad); } .sev.warning { color: var(--warn); }
.id { color: var(--muted); font-size: 12px; margin: 0 0 8px; }
.group { margin: 8px 0 0; }
.group h4 { margin: 0; font-size: 14px; }
.group.minority h4 { color: var(--bad); }
.side { margin: 4px 0 8px 16px; }
.singles blockquote, .side blockquote { margin: 2px 0 0; padding: 4px 10px; border-left: 3px solid var(--line); background: #f9fafb; }
.side .res { color: var(--muted); font-size: 13px; }
mark { background: var(--mark); padding: 0 2px; border-radius: 2px; font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f2f4f7; }
td.none { color: var(--muted); text-align: center; }
table.claims { table-layout: fixed; }
table.claims thead th:first-child { width: 22%; }
th, td { overflow-wrap: anywhere; }
td.majority { background: var(--mark); }
td.minority { background: var(--bad-bg); color: var(--bad); font-weight: 600; }
td.agree { background: var(--ok-bg); }
tr.conflict th { color: var(--bad); }
.muted { color: var(--muted); }
svg text { font: 12px system-ui, sans-serif; fill: #344054; }
"#;

fn summary(report: &Report, out: &mut String) {
    if let Some(d) = report.draft {
        let _ = writeln!(
            out,
            "<p>Draft <span class=\"loc\">{}</span> checked against the sources:</p>\n<ul class=\"summary\">",
            escape(report.path(d))
        );
        for (verdict, label, class) in [
            (Verdict::Contradicted, "contradicted", "bad"),
            (Verdict::Disputed, "disputed", "warn"),
            (Verdict::Unsupported, "unsupported", "warn"),
            (Verdict::Supported, "supported", "ok"),
        ] {
            let n = report.count(verdict);
            let class = if n == 0 { "" } else { class };
            let _ = writeln!(out, "<li class=\"{class}\"><b>{n}</b>{label}</li>");
        }
        out.push_str("</ul>\n<p>Among the sources themselves:</p>\n");
    }
    let items = [
        (report.checked_sources(), "sources", ""),
        (report.count(Verdict::Conflict), "conflicts", "bad"),
        (report.count(Verdict::Agreement), "agreements", "ok"),
        (report.count(Verdict::Single), "single-source claims", ""),
        (report.count(Verdict::Inconsistent), "inconsistencies", ""),
    ];
    out.push_str("<ul class=\"summary\">\n");
    for (n, label, class) in items {
        let class = if n == 0 { "" } else { class };
        let _ = writeln!(out, "<li class=\"{class}\"><b>{n}</b>{label}</li>");
    }
    if report.suppressed > 0 {
        let _ = writeln!(
            out,
            "<li><b>{}</b>suppressed by the baseline</li>",
            report.suppressed
        );
    }
    out.push_str("</ul>\n");
}

fn finding(report: &Report, f: &Finding, out: &mut String) {
    let _ = writeln!(
        out,
        "<article class=\"finding {} sev-{}\" id=\"{}\">\n<h3><span class=\"sev {}\">{}</span>{}</h3>\n<p class=\"id\"><code>{}</code></p>",
        f.verdict.as_str(),
        f.severity.as_str(),
        escape(&f.id),
        f.severity.as_str(),
        f.severity.as_str(),
        escape(&f.message),
        escape(&f.id)
    );
    for (gi, g) in f.groups.iter().enumerate() {
        let class = match g.role {
            Some("draft") => "draft",
            _ if gi == 0 => "majority",
            _ => "minority",
        };
        let _ = writeln!(
            out,
            "<div class=\"group {class}\"><h4>{} <span class=\"muted\">— {}</span></h4>",
            escape(report.shown_group(g)),
            plural(g.sources.len(), "source", "sources")
        );
        for &ci in &g.claims {
            let c = &report.claims[ci];
            let loc = report.location(c);
            let q = quote_parts(report, c);
            let _ = write!(
                out,
                "<div class=\"side\"><span class=\"loc\">{}:{}:{}</span> → <b>{}</b>",
                escape(loc.path),
                loc.line,
                loc.column,
                escape(report.shown(&c.value.to_string(), c.source))
            );
            if let Some(how) = &c.resolution {
                let _ = write!(out, " <span class=\"res\">({})</span>", escape(how));
            }
            let _ = writeln!(
                out,
                "<blockquote>{}<mark>{}</mark>{}</blockquote></div>",
                escape(&q.before),
                escape(&q.evidence),
                escape(&q.after)
            );
        }
        out.push_str("</div>\n");
    }
    out.push_str("</article>\n");
}

/// What only one source says, each with its quote.
fn singles(report: &Report, out: &mut String) {
    let singles: Vec<&Finding> = report.with_verdict(Verdict::Single).collect();
    if singles.is_empty() {
        out.push_str("<p class=\"muted\">None.</p>\n");
        return;
    }
    out.push_str("<ul class=\"singles\">\n");
    for f in singles {
        let g = &f.groups[0];
        let c = &report.claims[g.claims[0]];
        let loc = report.location(c);
        let q = quote_parts(report, c);
        let _ = writeln!(
            out,
            "<li>{} <span class=\"muted\">{}</span> = <b>{}</b> <span class=\"loc\">{}:{}:{}</span><blockquote>{}<mark>{}</mark>{}</blockquote></li>",
            escape(&f.subject),
            escape(&f.attribute),
            escape(report.shown_group(g)),
            escape(loc.path),
            loc.line,
            loc.column,
            escape(&q.before),
            escape(&q.evidence),
            escape(&q.after)
        );
    }
    out.push_str("</ul>\n");
}

/// Rows = facts (every finding but inconsistencies), columns = sources.
fn claims_table(report: &Report, out: &mut String) {
    let facts: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.verdict != Verdict::Inconsistent)
        .collect();
    if facts.is_empty() {
        out.push_str("<p class=\"muted\">No claims.</p>\n");
        return;
    }
    let columns: Vec<usize> = (0..report.sources.len())
        .filter(|&s| report.sources[s].skipped.is_none())
        .collect();
    out.push_str("<table class=\"claims\">\n<thead><tr><th>fact</th>");
    for &s in &columns {
        // File names keep five sources on one screen; the full path is the tooltip.
        let path = report.path(s);
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let _ = write!(
            out,
            "<th title=\"{}\"><span class=\"loc\">{}</span></th>",
            escape(path),
            escape(name)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for f in facts {
        let conflict = f.verdict == Verdict::Conflict;
        let _ = write!(
            out,
            "<tr class=\"{}\"><th>{} <span class=\"muted\">{}</span></th>",
            f.verdict.as_str(),
            escape(&f.subject),
            escape(&f.attribute)
        );
        for &s in &columns {
            let mut values: BTreeSet<String> = BTreeSet::new();
            let mut group = None;
            for (gi, g) in f.groups.iter().enumerate() {
                for &ci in &g.claims {
                    let c = &report.claims[ci];
                    if c.source == s {
                        values.insert(report.shown(&c.value.to_string(), c.source).to_string());
                        group = Some(group.map_or(gi, |old: usize| old.max(gi)));
                    }
                }
            }
            let class = match (group, conflict, f.verdict) {
                (None, _, _) => "none",
                (Some(0), true, _) => "majority",
                (Some(_), true, _) => "minority",
                (Some(_), false, Verdict::Agreement) => "agree",
                _ => "",
            };
            if values.is_empty() {
                out.push_str("<td class=\"none\">—</td>");
            } else {
                let mark = if class == "minority" { "≠ " } else { "" };
                let title = if conflict {
                    " title=\"disagrees with other sources\""
                } else {
                    ""
                };
                let vals: Vec<String> = values.iter().map(|v| escape(v)).collect();
                let _ = write!(
                    out,
                    "<td class=\"{class}\"{title}>{mark}{}</td>",
                    vals.join("<br>")
                );
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// A dated claim on the timeline.
struct Dot {
    source: usize,
    date: NaiveDate,
    label: String,
    side: Side,
}

/// How a dated claim stands against the other sources.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    /// No source says otherwise.
    Uncontested,
    /// In a conflict, on the side most independent sources take.
    Majority,
    /// In a conflict, against the majority.
    Minority,
}

impl Side {
    fn fill(self) -> &'static str {
        match self {
            Side::Uncontested => "#067647",
            Side::Majority => "#b54708",
            Side::Minority => "#b42318",
        }
    }
}

fn dated(value: &Value) -> Vec<NaiveDate> {
    match value {
        Value::Date(d) => d.to_naive().into_iter().collect(),
        Value::DateRange { start, end } => [start, end]
            .into_iter()
            .flatten()
            .filter_map(|d| d.to_naive())
            .collect(),
        _ => vec![],
    }
}

fn timeline(report: &Report, out: &mut String) {
    let mut dots = Vec::new();
    for f in report
        .findings
        .iter()
        .filter(|f| f.verdict != Verdict::Inconsistent)
    {
        let dissent = super::github::dissenting_group(f);
        for (gi, g) in f.groups.iter().enumerate() {
            let side = match f.verdict {
                Verdict::Conflict | Verdict::Contradicted | Verdict::Disputed if gi == dissent => {
                    Side::Minority
                }
                Verdict::Conflict | Verdict::Contradicted | Verdict::Disputed => Side::Majority,
                _ => Side::Uncontested,
            };
            for &ci in &g.claims {
                let c = &report.claims[ci];
                for date in dated(&c.value) {
                    dots.push(Dot {
                        source: c.source,
                        date,
                        label: format!("{} {}", f.attribute, date.format("%m-%d")),
                        side,
                    });
                }
            }
        }
    }
    if dots.is_empty() {
        out.push_str("<p class=\"muted\">No claim gives a full date (YYYY-MM-DD).</p>\n");
        return;
    }
    dots.sort_by(|a, b| (a.source, a.date, &a.label).cmp(&(b.source, b.date, &b.label)));
    let first = dots.iter().map(|d| d.date).min().expect("not empty");
    let last = dots.iter().map(|d| d.date).max().expect("not empty");
    let days = (last - first).num_days().max(0) as usize;
    let lanes: Vec<usize> = dots
        .iter()
        .map(|d| d.source)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let (left, right, top, lane_h) = (220usize, 40usize, 36usize, 52usize);
    let width = 1100usize;
    let height = top + lanes.len() * lane_h + 12;
    let span = (width - left - right) as f64;
    // Half a day of margin on each side keeps the first and last dots off
    // the lane labels and the edge.
    let x = |d: NaiveDate| -> f64 {
        left as f64 + span * ((d - first).num_days() as f64 + 0.5) / (days as f64 + 1.0)
    };
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"timeline of dated claims\" viewBox=\"0 0 {width} {height}\" width=\"100%\">"
    );
    // Day ticks (at most ~30 labels).
    let step = days / 30 + 1;
    for k in (0..=days).step_by(step) {
        let d = first + chrono::Duration::days(k as i64);
        let xx = x(d);
        let _ = writeln!(
            out,
            "<line x1=\"{xx:.1}\" y1=\"{}\" x2=\"{xx:.1}\" y2=\"{}\" stroke=\"#eaecf0\"/><text x=\"{xx:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            top - 8,
            height - 8,
            top - 14,
            d.format("%Y-%m-%d")
        );
    }
    for (li, &s) in lanes.iter().enumerate() {
        let y = top + li * lane_h + lane_h / 2;
        // The file name, cut to fit the margin; the full path is the tooltip.
        let path = report.path(s);
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let short: String = if name.chars().count() > 28 {
            name.chars().take(27).chain(['…']).collect()
        } else {
            name.to_string()
        };
        let _ = writeln!(
            out,
            "<text x=\"8\" y=\"{}\"><title>{}</title>{}</text><line x1=\"{left}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#d0d5dd\"/>",
            y + 4,
            escape(path),
            escape(&short),
            width - right
        );
        let mine: Vec<&Dot> = dots.iter().filter(|d| d.source == s).collect();
        for (k, d) in mine.iter().enumerate() {
            let xx = x(d.date);
            let fill = d.side.fill();
            // Alternate labels above and below the lane so neighbours do not overlap.
            let ly = if k % 2 == 0 { y - 9 } else { y + 18 };
            let _ = writeln!(
                out,
                "<circle cx=\"{xx:.1}\" cy=\"{y}\" r=\"6\" fill=\"{fill}\"><title>{}: {}</title></circle><text x=\"{xx:.1}\" y=\"{ly}\" text-anchor=\"middle\">{}</text>",
                escape(report.path(s)),
                escape(&d.label),
                escape(&d.label)
            );
        }
    }
    out.push_str(
        "</svg>\n<p class=\"muted\">Red: a date against the majority of independent sources; amber: the majority's date where some source disagrees; green: uncontested.",
    );
    let undated: Vec<String> = (0..report.sources.len())
        .filter(|s| !lanes.contains(s) && report.sources[*s].skipped.is_none())
        .map(|s| escape(report.path(s)))
        .collect();
    if !undated.is_empty() {
        let _ = write!(
            out,
            " No full date (YYYY-MM-DD) in: {}.",
            undated.join(", ")
        );
    }
    out.push_str("</p>\n");
}

/// Facts several independent sources agree on (and, in draft mode, the
/// draft's claims they support), with who says them.
fn agreements(report: &Report, verdict: Verdict, out: &mut String) {
    let list: Vec<&Finding> = report.with_verdict(verdict).collect();
    if list.is_empty() {
        out.push_str("<p class=\"muted\">None.</p>\n");
        return;
    }
    out.push_str("<table class=\"agreements\">\n<thead><tr><th>fact</th><th>value</th><th>independent sources</th><th>sources</th></tr></thead>\n<tbody>\n");
    for f in list {
        let g = f.headline_group();
        let paths: Vec<String> = f
            .source_groups()
            .flat_map(|g| g.sources.iter().map(|&s| escape(report.path(s))))
            .collect();
        let _ = writeln!(
            out,
            "<tr><th>{} <span class=\"muted\">{}</span></th><td>{}</td><td>{}</td><td class=\"loc\">{}</td></tr>",
            escape(&f.subject),
            escape(&f.attribute),
            escape(&report.agreed_value(g)),
            g.independent_sources,
            paths.join("<br>")
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// Sources that share long passages (agency copy): each family counts as
/// one independent source.
fn families(report: &Report, out: &mut String) {
    let shared: Vec<_> = report
        .families
        .iter()
        .filter(|f| f.members.len() > 1)
        .collect();
    if shared.is_empty() {
        out.push_str("<p class=\"muted\">None: every source is independent.</p>\n");
        return;
    }
    out.push_str("<ul class=\"families\">\n");
    for f in shared {
        let passages: usize = f.links.iter().map(|l| l.passages.len()).sum();
        let paths: Vec<String> = f
            .members
            .iter()
            .map(|&m| format!("<span class=\"loc\">{}</span>", escape(report.path(m))))
            .collect();
        let _ = writeln!(
            out,
            "<li>{} <span class=\"muted\">— share {}, counted as one source</span></li>",
            paths.join(", "),
            plural(passages, "passage", "passages")
        );
    }
    out.push_str("</ul>\n");
}

fn sources(report: &Report, out: &mut String) {
    out.push_str("<table class=\"sources\">\n<thead><tr><th>source</th><th>language</th><th>dated</th><th>claims</th></tr></thead>\n<tbody>\n");
    let per_source = report.claims_per_source();
    for (i, s) in report.sources.iter().enumerate() {
        let dated = match (&s.skipped, &s.anchor) {
            (Some(why), _) => escape(why),
            (None, Some(a)) => escape(&a.describe()),
            (None, None) => "no date found; relative dates not resolved".into(),
        };
        let _ = writeln!(
            out,
            "<tr><td class=\"loc\">{}</td><td>{}</td><td>{dated}</td><td>{}</td></tr>",
            escape(&s.article.path),
            escape(s.article.language.as_deref().unwrap_or("?")),
            per_source[i]
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // No network: forbid every fetch, allow only the inline style.
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
    out.push_str("<title>factdiff report</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<h1>factdiff report</h1>\n");
    summary(report, &mut out);
    let problems: Vec<&Finding> = report.findings.iter().filter(|f| is_problem(f)).collect();
    out.push_str("<h2>Conflicts and inconsistencies</h2>\n");
    if problems.is_empty() && report.claims.is_empty() {
        out.push_str(
            "<p class=\"muted\">None: no claims were found, so nothing could be compared.</p>\n",
        );
    } else if problems.is_empty() {
        out.push_str("<p class=\"muted\">None: the sources agree on everything they share.</p>\n");
    }
    for f in problems {
        finding(report, f, &mut out);
    }
    if report.draft.is_some() {
        out.push_str("<h2>Draft claims supported by the sources</h2>\n");
        agreements(report, Verdict::Supported, &mut out);
    }
    out.push_str("<h2>Agreements</h2>\n");
    agreements(report, Verdict::Agreement, &mut out);
    out.push_str("<h2>Single-source claims</h2>\n");
    singles(report, &mut out);
    out.push_str("<h2>Wire copy</h2>\n");
    families(report, &mut out);
    out.push_str("<h2>Claims by source</h2>\n");
    claims_table(report, &mut out);
    out.push_str("<h2>Timeline of dated claims</h2>\n");
    timeline(report, &mut out);
    out.push_str("<h2>Sources</h2>\n");
    sources(report, &mut out);
    if !report.errors.is_empty() || !report.notes.is_empty() {
        out.push_str("<h2>Errors and notes</h2>\n<ul>\n");
        for e in &report.errors {
            let _ = writeln!(out, "<li><b>error:</b> {}</li>", escape(&e.to_string()));
        }
        for n in &report.notes {
            let _ = writeln!(
                out,
                "<li><b>{}:</b> {}</li>",
                n.level().as_str(),
                escape(&n.to_string())
            );
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(
        out,
        "<p class=\"muted\">factdiff {}</p>\n</body>\n</html>",
        env!("CARGO_PKG_VERSION")
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::testing;

    #[test]
    fn article_text_is_escaped() {
        let out = render(&testing::sample());
        assert!(!out.contains("<script>"), "raw script tag in the page");
        assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    #[test]
    fn script_in_every_quoted_place_is_escaped() {
        // Put a script next to every piece of evidence of a conflict.
        let texts = [testing::A, testing::B, testing::C, testing::D].map(|t| {
            t.replace(
                "Goïta",
                "Goïta <script>alert(1)</script><img src=x onerror=alert(2)>",
            )
        });
        let out = render(&testing::sample_with(texts));
        assert!(!out.contains("<script"));
        assert!(!out.contains("<img"));
    }

    #[test]
    fn the_page_is_self_contained() {
        let out = render(&testing::sample());
        for needle in ["http://", "https://", "src=", "href=", "@import", "url("] {
            let hits: Vec<&str> = out
                .lines()
                .filter(|l| l.contains(needle) && !l.contains("http://www.w3.org/2000/svg"))
                .collect();
            assert!(hits.is_empty(), "{needle}: {hits:?}");
        }
    }

    #[test]
    fn evidence_is_marked_and_disagreeing_cells_flagged() {
        let out = render(&testing::sample());
        assert!(out.contains("<mark>Colonel</mark>"));
        assert!(out.contains("<td class=\"minority\""));
        assert!(out.contains("<svg"));
        assert!(out.contains("2025-06-22"));
    }

    #[test]
    fn agreements_families_and_draft_verdicts_are_listed() {
        let mut r = testing::sample();
        let out = render(&r);
        assert!(out.contains("<h2>Agreements</h2>\n<table class=\"agreements\">"));
        assert!(out.contains("<h2>Wire copy</h2>\n<p class=\"muted\">None"));
        r.families = vec![crate::families::Family {
            members: vec![0, 1],
            links: vec![],
        }];
        r.draft = Some(0);
        let out = render(&r);
        assert!(out.contains("<ul class=\"families\">"), "{out}");
        assert!(out.contains("<b>0</b>contradicted</li>"), "{out}");
        assert!(out.contains("<h2>Draft claims supported by the sources</h2>"));
    }

    #[test]
    fn the_majority_is_not_red_on_the_timeline() {
        let out = render(&testing::sample());
        // Start of the visit: 22 June (three sources) vs 23 June (c.txt).
        let red: Vec<&str> = out
            .lines()
            .filter(|l| l.contains("fill=\"#b42318\""))
            .collect();
        assert!(!red.is_empty());
        assert!(red.iter().all(|l| l.contains("clippings/c.txt")), "{red:?}");
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(&testing::sample()));
    }
}
