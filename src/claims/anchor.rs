//! The article's own date (its anchor): from the publication stamps and
//! datelines found by `extract::boilerplate`, else from the dates in the
//! text. Relative dates ("mardi", "hier") resolve against it.

use super::*;

/// A dateline: a place name then a comma at the start of a line, right
/// before the date ("Moscou, 26 juin 2025, En visite…").
pub(super) fn is_dateline_prefix(prefix: &str) -> bool {
    static DATELINE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new(r"^\s*\p{Lu}[\p{L}'’ .-]{1,40}(?:\s*\([^)]{1,20}\))?\s*,\s*(?:\p{Ll}{2,3}\s+)?$")
            .expect("valid regex")
    });
    DATELINE.is_match(prefix)
}

/// The lines a `dateline` or `header` stamp may follow: story lines
/// (not blank, not boilerplate) before it.
pub(super) const STAMP_TOP_LINES: usize = 8;

/// Non-blank lines before `offset` that are not boilerplate.
pub(super) fn story_lines_before(doc: &Doc, offset: usize) -> usize {
    let text = doc.text();
    let mut start = 0;
    let mut n = 0;
    for line in text[..crate::text::floor_char_boundary(text, offset)].split_inclusive('\n') {
        let span = Span::new(start, start + line.trim_end().len());
        start += line.len();
        if !line.ends_with('\n') {
            break;
        }
        if !line.trim().is_empty() && !doc.is_ignored(span) {
            n += 1;
        }
    }
    n
}

/// Of the years around `near`, the one that puts `month`/`day` closest.
pub(super) fn nearest_dated(month: u32, day: u32, near: NaiveDate) -> Option<NaiveDate> {
    (near.year() - 1..=near.year() + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| (*d - near).num_days().abs())
}

/// The article's date from its publication stamps (see
/// `rules/fr/publication.json`): a dateline first (the text was written
/// there and then), then a publication stamp or byline, then a date alone
/// near the top, then an update stamp; the first in the text among equals.
/// A stamp in a list of other articles ("Les plus lus") dates another
/// article; datelines and header dates count only near the top.
pub(super) fn anchor_from_stamps(doc: &Doc, ctx: &Context, stamps: &[Stamp]) -> Option<Anchor> {
    let text = doc.text();
    let listed = boilerplate::listed(doc);
    let latest_year = max_year(text, ctx);
    let latest_explicit = ctx
        .dates
        .iter()
        .filter(|(_, _, d)| d.invalid.is_none())
        .flat_map(|(_, _, d)| match &d.value {
            DateValue::Day { day } => vec![day],
            DateValue::Range { start, end } => vec![start, end],
            _ => vec![],
        })
        .filter_map(|day| match day {
            DayExpr::Date {
                year: Some(y),
                month,
                day,
                ..
            } => NaiveDate::from_ymd_opt(*y, *month, *day).map(|d| (true, d)),
            // "vendredi 14 mars": the weekday fixes the year.
            DayExpr::Date {
                year: None,
                month,
                day,
                weekday: Some(w),
            } => infer_year(*month, *day, w, latest_year)
                .and_then(|y| NaiveDate::from_ymd_opt(y, *month, *day))
                .map(|d| (false, d)),
            _ => None,
        })
        // Explicit years first, then the later date.
        .max()
        .map(|(_, d)| d);
    let mut best: Option<((u8, usize), Anchor)> = None;
    for s in stamps {
        let Some(d) = &s.date else { continue };
        let (rank, kind) = match s.role {
            StampRole::Dateline => (0, AnchorKind::Dateline),
            StampRole::Byline => (1, AnchorKind::Byline),
            StampRole::Header => (2, AnchorKind::Header),
            StampRole::Updated => (3, AnchorKind::Updated),
            StampRole::Hide => continue,
        };
        if listed.iter().any(|l| l.overlaps(s.span)) {
            continue;
        }
        if matches!(s.role, StampRole::Dateline | StampRole::Header)
            && story_lines_before(doc, s.span.start) >= STAMP_TOP_LINES
        {
            continue;
        }
        let date = match (d.year, &d.weekday) {
            (Some(y), _) => NaiveDate::from_ymd_opt(y, d.month, d.day),
            (None, Some(w)) => infer_year(d.month, d.day, w, latest_year)
                .and_then(|y| NaiveDate::from_ymd_opt(y, d.month, d.day)),
            (None, None) => {
                let near = latest_explicit.or_else(|| {
                    NaiveDate::from_ymd_opt(max_year_of_article(text, ctx)?, d.month, d.day)
                });
                near.and_then(|n| nearest_dated(d.month, d.day, n))
            }
        };
        let Some(date) = date else { continue };
        let key = (rank, s.span.start);
        if best.as_ref().is_none_or(|(k, _)| key < *k) {
            best = Some((
                key,
                Anchor {
                    date,
                    kind,
                    span: s.date_span.or(Some(s.span)),
                },
            ));
        }
    }
    best.map(|(_, a)| a)
}

/// Find the article's own date: the `published:` header, then the
/// publication stamps, then datelines, header lines and the dates of the
/// text.
pub(super) fn find_anchor(doc: &Doc, ctx: &Context, stamps: &[Stamp]) -> Option<Anchor> {
    if let Some((date, span)) = doc.article.published_header {
        return Some(Anchor {
            date,
            kind: AnchorKind::Metadata,
            span: Some(span),
        });
    }
    if let Some(a) = anchor_from_stamps(doc, ctx, stamps) {
        return Some(a);
    }
    let text = doc.text();
    let latest_year = max_year(text, ctx);
    // Explicit days, with the year made explicit by the weekday when missing.
    let explicit = |day: &DayExpr| -> Option<(NaiveDate, bool)> {
        let DayExpr::Date {
            year,
            month,
            day,
            weekday,
        } = day
        else {
            return None;
        };
        match (year, weekday) {
            (Some(y), _) => NaiveDate::from_ymd_opt(*y, *month, *day).map(|d| (d, false)),
            (None, Some(w)) => {
                let y = infer_year(*month, *day, w, Some(latest_year?))?;
                NaiveDate::from_ymd_opt(y, *month, *day).map(|d| (d, true))
            }
            _ => None,
        }
    };
    let mut latest: Option<(NaiveDate, bool, Span)> = None;
    // A dateline without a year ("TOKYO, 12 mars (Reuters) -"): its year
    // comes from the other dates of the text.
    let mut dateline_no_year: Option<(u32, u32, Span)> = None;
    for (span, _, d) in &ctx.dates {
        if d.invalid.is_some() {
            continue;
        }
        let days: Vec<&DayExpr> = match &d.value {
            DateValue::Day { day } => vec![day],
            DateValue::Range { start, end } => vec![start, end],
            _ => continue,
        };
        let line = line_span(text, span.start);
        // Only "among the first 10 lines" matters: count no further (a
        // full count for every date is quadratic in a long article).
        let line_no = text[..line.start].matches('\n').take(10).count();
        let prefix = &text[line.start..span.start];
        for day in days {
            let Some((date, inferred)) = explicit(day) else {
                if let DayExpr::Date {
                    year: None,
                    month,
                    day,
                    ..
                } = day
                    && dateline_no_year.is_none()
                    && line_no < 10
                    && is_dateline_prefix(prefix)
                {
                    dateline_no_year = Some((*month, *day, *span));
                }
                continue;
            };
            if line_no < 10 && is_dateline_prefix(prefix) {
                return Some(Anchor {
                    date,
                    kind: AnchorKind::Dateline,
                    span: Some(*span),
                });
            }
            // A short line near the top holding a date: the page header.
            let words = text[line.start..line.end].split_whitespace().count();
            if line_no < 6 && words <= 8 {
                return Some(Anchor {
                    date,
                    kind: AnchorKind::Header,
                    span: Some(*span),
                });
            }
            let better = match latest {
                None => true,
                // Explicit years beat inferred ones; then the later date.
                Some((l, linf, _)) => (!inferred, date) > (!linf, l),
            };
            if better {
                latest = Some((date, inferred, *span));
            }
        }
    }
    if let Some((month, day, span)) = dateline_no_year {
        let near = latest
            .map(|(d, _, _)| d)
            .or_else(|| NaiveDate::from_ymd_opt(max_year_of_article(text, ctx)?, month, day));
        if let Some(near) = near {
            let best = (near.year() - 1..=near.year() + 1)
                .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                .min_by_key(|d| (*d - near).num_days().abs());
            if let Some(date) = best {
                return Some(Anchor {
                    date,
                    kind: AnchorKind::Dateline,
                    span: Some(span),
                });
            }
        }
    }
    // The most recent full date of a text that names a later year (a month
    // and year, a bare year) is a background date ("le cyclone du 18
    // février 1934 … Kamisy d'avril 1984"): it does not date the article.
    let later_year = max_year(doc.text(), ctx);
    latest
        .filter(|(date, inferred, _)| *inferred || later_year.is_none_or(|y| y <= date.year()))
        .map(|(date, inferred, span)| Anchor {
            date,
            kind: if inferred {
                AnchorKind::Weekday
            } else {
                AnchorKind::LatestInText
            },
            span: Some(span),
        })
}
