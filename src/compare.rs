//! Comparison: line up the claims of every source that speak of the same
//! thing and give each group a verdict.
//!
//! Claims are grouped by `(subject, attribute)`; subject keys that differ
//! only by spelling ("goita" / "goïta" / "goitta") are merged with a string
//! similarity threshold. Inside a group the values are split into
//! compatibility groups (see [`crate::value`]); two or more groups make a
//! **conflict**, one group held by two or more sources an **agreement**, and
//! a claim nobody else makes a **single**-source claim. Roles accumulate, so
//! each role is its own group and never conflicts.
//!
//! Output is deterministic: findings are sorted by verdict, subject and
//! attribute, groups by size then value.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::claims::{Anchor, Claim, Inconsistency};
use crate::corpus::Article;
use crate::error::Error;
use crate::text::{Span, slug};
use crate::value::{Qualifier, Quantity, Value};

/// Subject keys at least this similar (Jaro-Winkler on the part after the
/// `kind:` prefix) are one subject.
pub const SUBJECT_SIMILARITY: f64 = 0.93;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Draft mode: independent sources say otherwise (and outnumber those
    /// that agree).
    Contradicted,
    /// Draft mode: most independent sources agree, some say otherwise.
    Disputed,
    /// Draft mode: no source speaks of it.
    Unsupported,
    /// Draft mode: sources agree and none says otherwise.
    Supported,
    Conflict,
    /// A source contradicts itself or names a date that does not exist.
    Inconsistent,
    /// A running total (a toll) given at different dates, rising: the
    /// later sources update the earlier ones.
    Updated,
    Agreement,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Contradicted => "contradicted",
            Verdict::Disputed => "disputed",
            Verdict::Unsupported => "unsupported",
            Verdict::Supported => "supported",
            Verdict::Conflict => "conflict",
            Verdict::Inconsistent => "inconsistent",
            Verdict::Updated => "updated",
            Verdict::Agreement => "agreement",
            Verdict::Single => "single",
        }
    }
    pub fn severity(self) -> Severity {
        match self {
            Verdict::Conflict | Verdict::Contradicted => Severity::Error,
            Verdict::Inconsistent | Verdict::Disputed | Verdict::Unsupported => Severity::Warning,
            Verdict::Agreement | Verdict::Single | Verdict::Supported | Verdict::Updated => {
                Severity::Note
            }
        }
    }
}

/// Sources holding one compatible value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The normalised value of the group.
    pub value: String,
    /// Indices of the sources (articles) in the group, sorted.
    pub sources: Vec<usize>,
    /// Indices into [`Report::claims`], sorted by source then position.
    pub claims: Vec<usize>,
    /// Independent sources: wire-copy families, not files.
    pub independent_sources: usize,
    /// Draft mode: `draft`, `supports` or `contradicts`.
    pub role: Option<&'static str>,
    /// In a conflict, the value of the group this one's figure is
    /// compatible with once widened by its qualifier ("about 23:10" beside
    /// "23:11"): each figure stated is a group of its own (see
    /// [`Value::same_statement`]), and this says it does not contradict
    /// that group.
    pub compatible_with: Option<String>,
}

/// One verdict on one `(subject, attribute)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Stable id from name, subject and attribute (never line numbers).
    pub id: String,
    /// `date-conflict`, `rank-agreement`, `single-source`, `weekday-mismatch`…
    pub name: String,
    pub verdict: Verdict,
    pub severity: Severity,
    pub subject: String,
    pub attribute: String,
    pub message: String,
    pub groups: Vec<Group>,
}

impl Finding {
    /// The groups of the sources, without the draft's (draft mode puts
    /// the draft first).
    pub fn source_groups(&self) -> impl Iterator<Item = &Group> {
        self.groups.iter().filter(|g| g.role != Some("draft"))
    }

    /// The group a one-line summary shows: the first of the sources', or
    /// the draft's when no source speaks.
    pub fn headline_group(&self) -> &Group {
        self.source_groups().next().unwrap_or(&self.groups[0])
    }

    /// Whether the finding judges a draft's claim (draft mode).
    pub fn about_draft(&self) -> bool {
        matches!(
            self.verdict,
            Verdict::Contradicted | Verdict::Disputed | Verdict::Supported | Verdict::Unsupported
        )
    }
}

/// Per-source facts shown in reports.
#[derive(Debug, Clone)]
pub struct Source {
    /// The article; its `text` may be dropped (empty) after extraction:
    /// renderers read `excerpt`.
    pub article: Article,
    /// The lines that hold the source's claims, for quotes and `line:col`.
    pub excerpt: crate::excerpt::Excerpt,
    pub anchor: Option<Anchor>,
    /// Why the source was not checked (unsupported language), if so.
    pub skipped: Option<String>,
}

/// Everything a run found; what every report format renders.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub sources: Vec<Source>,
    pub claims: Vec<Claim>,
    pub findings: Vec<Finding>,
    /// Soft errors: the run went on, the exit status will be 2.
    pub errors: Vec<Error>,
    /// Notes and warnings about the input (skipped files, decoding,
    /// unsupported languages): every format reports them.
    pub notes: Vec<crate::error::Note>,
    /// Wire-copy families (every source is in exactly one).
    pub families: Vec<crate::families::Family>,
    /// Draft mode: the index of the draft among the sources.
    pub draft: Option<usize>,
    /// Sources that disagree with the independent majority, most often first.
    pub outliers: Vec<Outlier>,
    /// Findings left out because a baseline accepts them
    /// (see [`crate::baseline`]).
    pub suppressed: usize,
    /// The findings a baseline accepts, with its reason: not reported as
    /// findings, but SARIF keeps them as suppressed results.
    pub baselined: Vec<Suppressed>,
    /// The story of each source (see [`crate::stories`]); claims of
    /// different stories are never compared.
    pub story_of: Vec<usize>,
    /// How a source's language writes a rank, title or role value:
    /// (language, canonical value) → label ("en", "gouverneur") →
    /// "governor". Human-facing formats show it; JSON and SARIF keep the
    /// canonical value.
    pub labels: BTreeMap<(String, String), String>,
}

/// A finding a baseline accepts (see [`crate::baseline`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Suppressed {
    pub finding: Finding,
    /// The baseline's `reason`, when it gives one.
    pub reason: Option<String>,
}

/// A source that disagrees with the independent majority.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outlier {
    pub source: usize,
    /// Ids of the conflicts where it sides against the majority.
    pub findings: Vec<String>,
}

/// Where a claim is, for rendering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location<'a> {
    pub path: &'a str,
    pub line: usize,
    pub column: usize,
}

impl Report {
    /// How many claims each source makes (indexed by source): one pass
    /// over the claims, where counting them per source was quadratic in
    /// the number of articles (19% of a 20 000-article run).
    pub fn claims_per_source(&self) -> Vec<usize> {
        let mut n = vec![0; self.sources.len()];
        for c in &self.claims {
            if let Some(k) = n.get_mut(c.source) {
                *k += 1;
            }
        }
        n
    }

    /// A value as the source's language writes it (see [`Report::labels`]):
    /// `value` is a canonical value string, `source` the index of the
    /// source it is shown for.
    pub fn shown<'a>(&'a self, value: &'a str, source: usize) -> &'a str {
        if self.labels.is_empty() {
            return value;
        }
        let Some(lang) = self
            .sources
            .get(source)
            .and_then(|s| s.article.language.as_deref())
        else {
            return value;
        };
        self.labels
            .get(&(lang.to_string(), value.to_string()))
            .map_or(value, String::as_str)
    }

    /// A group's value as its first source's language writes it.
    pub fn shown_group<'a>(&'a self, group: &'a Group) -> &'a str {
        match group.sources.first() {
            Some(&s) => self.shown(&group.value, s),
            None => &group.value,
        }
    }

    /// An agreement's value for a reader: the group's value, then the
    /// other figures its sources wrote when they differ ("340 (also
    /// written: at least 312)"). The group's value is its most precise
    /// figure, so without them two sources that wrote "at least 312" read
    /// as if they had written 340.
    pub fn agreed_value(&self, group: &Group) -> String {
        let head = self.shown_group(group);
        // The claim whose value the group shows, to leave out the values
        // that only say less of it (a day without its year).
        let shown_claim = group
            .claims
            .iter()
            .map(|&i| &self.claims[i])
            .find(|c| c.value.to_string() == group.value);
        let mut others: Vec<String> = Vec::new();
        for &i in &group.claims {
            let c = &self.claims[i];
            if shown_claim.is_some_and(|h| c.value.says_less_than(&h.value)) {
                continue;
            }
            let value = c.value.to_string();
            let shown = self.shown(&value, c.source);
            if shown != head && !others.iter().any(|o| o == shown) {
                others.push(shown.to_string());
            }
        }
        if others.is_empty() {
            return head.to_string();
        }
        format!("{head} (also written: {})", others.join("; "))
    }

    pub fn location(&self, claim: &Claim) -> Location<'_> {
        let s = &self.sources[claim.source];
        let (line, column) = s.excerpt.line_col(claim.span.start);
        Location {
            path: &s.article.path,
            line,
            column,
        }
    }

    /// The claim's evidence as written.
    pub fn evidence(&self, claim: &Claim) -> &str {
        self.sources[claim.source].excerpt.slice(claim.span)
    }

    /// The sentence holding the claim, shortened around the evidence to at
    /// most ~200 characters, with `…` where cut.
    pub fn quote(&self, claim: &Claim) -> String {
        let excerpt = &self.sources[claim.source].excerpt;
        let sentence = excerpt.sentence_at(claim.span.start).unwrap_or(claim.span);
        let s = excerpt.slice(sentence);
        if s.chars().count() <= 200 {
            return s.to_string();
        }
        let rel_start = claim.span.start - sentence.start;
        let rel_end = (claim.span.end - sentence.start).min(s.len());
        let from = crate::text::floor_char_boundary(s, rel_start.saturating_sub(80));
        let to = crate::text::floor_char_boundary(s, (rel_end + 80).min(s.len()));
        let mut q = String::new();
        if from > 0 {
            q.push('…');
        }
        q.push_str(s[from..to].trim());
        if to < s.len() {
            q.push('…');
        }
        q
    }

    /// The sources of each story, when there is more than one.
    pub fn stories(&self) -> Vec<Vec<usize>> {
        let count = self.story_of.iter().max().map_or(0, |m| m + 1);
        if count < 2 {
            return Vec::new();
        }
        (0..count)
            .map(|s| {
                (0..self.story_of.len())
                    .filter(|&i| self.story_of[i] == s)
                    .collect()
            })
            .collect()
    }

    pub fn path(&self, source: usize) -> &str {
        &self.sources[source].article.path
    }

    /// The findings of one verdict, in report order.
    pub fn with_verdict(&self, verdict: Verdict) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.verdict == verdict)
    }

    pub fn count(&self, verdict: Verdict) -> usize {
        self.with_verdict(verdict).count()
    }

    /// Sources that were actually checked.
    pub fn checked_sources(&self) -> usize {
        self.sources.iter().filter(|s| s.skipped.is_none()).count()
    }
}

/// Merge subject keys that are spelling variants of each other, keeping the
/// most frequent spelling.
fn canonical_subjects(claims: &[Claim]) -> BTreeMap<String, String> {
    let mut freq: BTreeMap<&str, usize> = BTreeMap::new();
    for c in claims {
        *freq.entry(&c.subject_key).or_default() += 1;
    }
    let mut keys: Vec<(&str, usize)> = freq.into_iter().collect();
    // Most frequent first, then alphabetical: the representative wins.
    keys.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut reps: Vec<&str> = Vec::new();
    let mut map = BTreeMap::new();
    for (k, _) in keys {
        let (kind, name) = k.split_once(':').unwrap_or(("", k));
        let rep = reps.iter().copied().find(|r| {
            let (rk, rn) = r.split_once(':').unwrap_or(("", r));
            rk == kind && strsim::jaro_winkler(rn, name) >= SUBJECT_SIMILARITY
        });
        match rep {
            Some(r) => {
                map.insert(k.to_string(), r.to_string());
            }
            None => {
                reps.push(k);
                map.insert(k.to_string(), k.to_string());
            }
        }
    }
    map
}

/// Tell apart namesakes across articles. Subject keys are surnames
/// ("person:diarra"), so "Moussa Diarra" in one article and "Awa Diarra"
/// in another would share one. Within each key, the displayed names are
/// compared as sets of words: a name whose words are all in exactly one
/// fuller name ("Diarra", "visit of Goïta") is that person; names that are
/// not part of one another ("Awa Diarra", "Moussa Diarra") are different
/// people; a name that fits several fuller ones stays apart (ambiguous).
/// Returns an identity string per claim, appended to its key.
fn identities(claims: &[Claim], canon: &BTreeMap<String, String>) -> Vec<String> {
    use std::collections::BTreeSet as Set;
    let words = |s: &str| -> Set<String> {
        crate::text::fold_key(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let mut by_key: BTreeMap<&str, Set<Set<String>>> = BTreeMap::new();
    for c in claims {
        by_key
            .entry(canon[&c.subject_key].as_str())
            .or_default()
            .insert(words(&c.subject));
    }
    claims
        .iter()
        .map(|c| {
            let names = &by_key[canon[&c.subject_key].as_str()];
            let mine = words(&c.subject);
            // The fullest names: not contained in another.
            let maximal: Vec<&Set<String>> = names
                .iter()
                .filter(|n| !names.iter().any(|m| m != *n && n.is_subset(m)))
                .collect();
            let homes: Vec<&&Set<String>> = maximal.iter().filter(|m| mine.is_subset(m)).collect();
            let chosen = if homes.len() == 1 { homes[0] } else { &&mine };
            if maximal.len() <= 1 {
                // One person under this key: no need to tell anyone apart.
                String::new()
            } else {
                chosen.iter().cloned().collect::<Vec<_>>().join(" ")
            }
        })
        .collect()
}

/// Split values into groups whose members are all compatible with each
/// other. Values held by more sources are placed first, so the majority
/// forms the groups and a stray value cannot chain two groups together.
fn split_compatible(claims: &[Claim], members: &[usize]) -> Vec<Vec<usize>> {
    // Distinct values with their sources.
    let mut distinct: Vec<(Value, BTreeSet<usize>, Vec<usize>)> = Vec::new();
    for &i in members {
        let c = &claims[i];
        match distinct.iter_mut().find(|(v, _, _)| *v == c.value) {
            Some((_, s, ids)) => {
                s.insert(c.source);
                ids.push(i);
            }
            None => distinct.push((c.value.clone(), BTreeSet::from([c.source]), vec![i])),
        }
    }
    distinct.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp_key(&b.0)));
    let mut groups: Vec<(Vec<Value>, Vec<usize>)> = Vec::new();
    for (v, _, ids) in distinct {
        match groups
            .iter_mut()
            .find(|(vals, _)| vals.iter().all(|g| g.compatible(&v)))
        {
            Some((vals, gids)) => {
                vals.push(v);
                gids.extend(ids);
            }
            None => groups.push((vec![v], ids)),
        }
    }
    groups.into_iter().map(|(_, ids)| ids).collect()
}

/// The label of a group: for ranks the most general value, for other kinds
/// the most precise; ties go to the value most sources hold.
fn group_label(claims: &[Claim], ids: &[usize]) -> String {
    // The sources of each distinct value, counted once (counting them for
    // every claim was quadratic in a group's size: 8% of a 5 000-article run).
    let mut holders: Vec<(&Value, BTreeSet<usize>)> = Vec::new();
    for &j in ids {
        let c = &claims[j];
        match holders.iter_mut().find(|(v, _)| **v == c.value) {
            Some((_, sources)) => {
                sources.insert(c.source);
            }
            None => holders.push((&c.value, BTreeSet::from([c.source]))),
        }
    }
    let mut best: Option<(&Value, usize)> = None;
    for &i in ids {
        let v = &claims[i].value;
        let n = holders
            .iter()
            .find(|(h, _)| *h == v)
            .map_or(0, |(_, sources)| sources.len());
        let better = match best {
            None => true,
            Some((b, bn)) => {
                let (vs, bs) = (v.specificity(), b.specificity());
                let prefer = if matches!(v, Value::Rank { .. }) {
                    vs.cmp(&bs).reverse()
                } else {
                    vs.cmp(&bs)
                };
                prefer.then(n.cmp(&bn)).then(b.cmp_key(v)).is_gt()
            }
        };
        if better {
            best = Some((v, n));
        }
    }
    best.map(|(v, _)| v.to_string()).unwrap_or_default()
}

fn attribute_label(attribute: &str) -> String {
    match attribute {
        "start" => "start date".into(),
        "end" => "end date".into(),
        "date" => "date".into(),
        "since" => "start year".into(),
        "count" => "number".into(),
        "age" => "age".into(),
        "sentence" => "prison sentence (years)".into(),
        "requested-sentence" => "requested sentence (years)".into(),
        "vote-share" => "vote share (%)".into(),
        "percent" => "rate (%)".into(),
        "birth year" => "birth year".into(),
        other => other.replace('-', " "),
    }
}

/// Most days an article from beyond this after its story's latest dated
/// source may be dated in that source's year (see [`date_by_story_year`]).
const STORY_YEAR_SLACK_DAYS: i64 = 31;

/// An undated article's day of an event ("it began on June 14 and lasted
/// until June 19") takes the year of its story when every dated source of
/// the story is of one year: a story's sources speak of one year. With
/// its year, the day has a weekday, which is checked against the weekday
/// other sources write ("through Tuesday's final pilgrimage day"). A day
/// later than a month after the story's latest dated source stays without
/// a year (it may be of the year before). Only the days of events (claims
/// of an `event` rule: start, end or date), only in sources with no date
/// of their own; the resolution says where the year came from.
pub fn date_by_story_year(
    claims: &mut Vec<Claim>,
    anchors: &[Option<chrono::NaiveDate>],
    story_of: &[usize],
) {
    use chrono::Datelike;
    // Per story: the years of its dated sources, and the latest date.
    let mut dated: BTreeMap<usize, (BTreeSet<i32>, chrono::NaiveDate)> = BTreeMap::new();
    for (source, anchor) in anchors.iter().enumerate() {
        if let Some(a) = anchor {
            let story = story_of.get(source).copied().unwrap_or(0);
            let e = dated.entry(story).or_insert((BTreeSet::new(), *a));
            e.0.insert(a.year());
            e.1 = e.1.max(*a);
        }
    }
    let has_weekday: BTreeSet<(usize, String, String)> = claims
        .iter()
        .filter(|c| matches!(c.value, Value::Weekday(_)))
        .map(|c| (c.source, c.subject_key.clone(), c.attribute.clone()))
        .collect();
    let mut implied = Vec::new();
    for c in claims.iter_mut() {
        let Value::Date(d) = &mut c.value else {
            continue;
        };
        let of_event = c.rule.split('+').any(|r| r.contains(".event."))
            && matches!(c.attribute.as_str(), "start" | "end" | "date");
        if d.year.is_some() || !of_event || anchors.get(c.source).is_none_or(|a| a.is_some()) {
            continue;
        }
        let story = story_of.get(c.source).copied().unwrap_or(0);
        let Some((years, latest)) = dated.get(&story) else {
            continue;
        };
        let [year] = years.iter().copied().collect::<Vec<_>>()[..] else {
            continue;
        };
        let Some(day) = chrono::NaiveDate::from_ymd_opt(year, d.month, d.day) else {
            continue;
        };
        if (day - *latest).num_days() > STORY_YEAR_SLACK_DAYS {
            continue;
        }
        let written = d.to_string();
        d.year = Some(year);
        c.resolution = Some(format!(
            "{written} → {} (the year of the story's dated sources)",
            day
        ));
        let attribute = crate::claims::weekday_attribute(&c.attribute);
        if !has_weekday.contains(&(c.source, c.subject_key.clone(), attribute.clone())) {
            let mut w = c.clone();
            w.attribute = attribute;
            w.value = Value::Weekday(day.weekday());
            w.derived = true;
            implied.push(w);
        }
    }
    claims.extend(implied);
}

/// Compare claims across sources.
///
/// `internal` lists claims that record an article's own inconsistency (an
/// impossible date, a weekday that contradicts its date): each becomes a
/// warning of its own and takes no part in the grouping. `family_of` maps
/// each source to its wire-copy family and `story_of` to its story (claims of
/// unrelated stories in one folder are never compared). With `draft`, that
/// source's claims
/// are judged against the others (contradicted, disputed, supported,
/// unsupported) and left out of the comparison among sources. `paths`
/// names the sources in the ids of findings about one source (an article
/// that gives two values of one fact).
pub fn compare(
    claims: &[Claim],
    internal: &[(usize, Inconsistency)],
    family_of: &[usize],
    story_of: &[usize],
    paths: &[String],
    draft: Option<usize>,
) -> Vec<Finding> {
    let cx = Cx {
        claims,
        family_of,
        moments: moments(claims),
        days: days_with_year(claims),
    };
    let skip: BTreeSet<usize> = internal.iter().map(|(i, _)| *i).collect();
    let canon = canonical_subjects(claims);
    let identity = identities(claims, &canon);
    // (subject key, attribute, role value for roles) -> claim indices
    let mut buckets: BTreeMap<(String, String, String), Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if skip.contains(&i) {
            continue;
        }
        let story = story_of.get(c.source).copied().unwrap_or(0);
        let key = format!("{story}|{}|{}", canon[&c.subject_key], identity[i]);
        let extra = match &c.value {
            Value::Role(r) => r.clone(),
            _ => String::new(),
        };
        buckets
            .entry((key, c.attribute.clone(), extra))
            .or_default()
            .push(i);
    }
    let mut findings = Vec::new();
    for ((_, attribute, _), ids) in buckets {
        let subject = cx.subject_name(&ids);
        let (draft_ids, source_ids): (Vec<usize>, Vec<usize>) =
            ids.iter().partition(|&&i| Some(claims[i].source) == draft);
        // Weekdays are checked, not reported: only a disagreement in which
        // some source wrote the weekday is a finding (see `Claim::derived`).
        let weekday = matches!(claims[ids[0]].value, Value::Weekday(_));
        let worth = |f: &Finding| {
            !weekday
                || (matches!(
                    f.verdict,
                    Verdict::Conflict | Verdict::Contradicted | Verdict::Disputed
                ) && f
                    .groups
                    .iter()
                    .flat_map(|g| &g.claims)
                    .any(|&i| !claims[i].derived))
        };
        if !source_ids.is_empty() {
            let judged = cx.judge(&subject, &attribute, &source_ids);
            if worth(&judged) {
                findings.extend(self_contradictions(&judged, claims, paths));
                let agreements = cx.moment_agreements(&judged);
                findings.push(judged);
                findings.extend(agreements);
            }
        }
        // The draft's own compatible values ("général d'armée" and
        // "général") are judged together, as one statement.
        if !draft_ids.is_empty() {
            for group in split_compatible(claims, &draft_ids) {
                let judged = cx.judge_draft(&subject, &attribute, group, &source_ids);
                if worth(&judged) {
                    findings.push(judged);
                }
            }
        }
    }
    for (i, inc) in internal {
        let c = &claims[*i];
        findings.push(Finding {
            id: format!("{}:{}", inc.name, slug(&c.subject_key)),
            name: inc.name.clone(),
            verdict: Verdict::Inconsistent,
            severity: Severity::Warning,
            subject: c.subject.clone(),
            attribute: c.attribute.clone(),
            message: inc.message.clone(),
            groups: vec![Group {
                value: c.value.to_string(),
                sources: vec![c.source],
                claims: vec![*i],
                independent_sources: 1,
                role: None,
                compatible_with: None,
            }],
        });
    }
    findings.sort_by(|a, b| {
        (a.verdict, &a.subject, &a.attribute, &a.id).cmp(&(
            b.verdict,
            &b.subject,
            &b.attribute,
            &b.id,
        ))
    });
    findings
}

/// An article that gives two incompatible values of one fact (a headline's
/// "50 morts" and the body's "56 morts", "Léon XVI" two lines above "Léon
/// XIV") is inconsistent: one warning per such article, with one group per
/// value it gives. Its claims still take part in the comparison with the
/// other sources (`judged`, where the article sits in several groups).
fn self_contradictions(judged: &Finding, claims: &[Claim], paths: &[String]) -> Vec<Finding> {
    if judged.groups.len() < 2 || judged.attribute == "role" {
        return Vec::new();
    }
    let mut by_source: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for g in &judged.groups {
        for &i in &g.claims {
            by_source.entry(claims[i].source).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    for (s, ids) in by_source {
        let own = split_compatible(claims, &ids);
        if own.len() < 2 {
            continue;
        }
        let groups: Vec<Group> = own
            .into_iter()
            .map(|mut ids| {
                ids.sort_by_key(|&i| claims[i].span);
                Group {
                    value: group_label(claims, &ids),
                    sources: vec![s],
                    claims: ids,
                    independent_sources: 1,
                    role: None,
                    compatible_with: None,
                }
            })
            .collect();
        let path = paths
            .get(s)
            .map_or_else(|| format!("source {s}"), String::clone);
        let values: Vec<&str> = groups.iter().map(|g| g.value.as_str()).collect();
        let label = attribute_label(&judged.attribute);
        let kind = judged.name.split('-').next().unwrap_or("value");
        let mut f = finding(
            format!("{kind}-inconsistency"),
            Verdict::Inconsistent,
            (&judged.subject, &judged.attribute),
            format!(
                "{path} gives {} values of the {label} of {}: {}",
                values.len(),
                judged.subject,
                values.join(" vs ")
            ),
            groups,
            None,
        );
        f.id.push(':');
        f.id.push_str(&slug(&path));
        out.push(f);
    }
    out
}

/// Figures of running totals that identify the moment a source reports:
/// two sources that give the same exact toll ("1 037 morts") report the
/// same update, so their other running totals must match too. Small
/// figures are left out (two sources may give "2 morts" days apart).
const MOMENT_MIN_FIGURE: f64 = 10.0;

/// The running total whose figure identifies a moment: the dead, the
/// figure every update of a toll revises. Other figures may be carried
/// over unchanged from one update to the next ("22 morts et 1 373
/// blessés" in the morning, "31 morts … 1 373 en urgence relative" in the
/// evening), so sharing them says nothing of the moment. A canonical
/// count key (`count.noun`), the same in every language.
const MOMENT_KEY: &str = "count:dead";

/// Per source, the exact figures of the dead it gives (subject, value).
/// A source that gives two figures of the dead speaks of two scopes (a
/// region and the country, a group among the dead and the whole toll,
/// another disaster in a history piece): its figures mark no moment.
fn moments(claims: &[Claim]) -> BTreeMap<usize, BTreeSet<(String, String)>> {
    let mut figures: BTreeMap<(usize, &str), BTreeSet<String>> = BTreeMap::new();
    for c in claims.iter().filter(|c| c.running) {
        figures
            .entry((c.source, c.subject_key.as_str()))
            .or_default()
            .insert(c.value.to_string());
    }
    let mut out: BTreeMap<usize, BTreeSet<(String, String)>> = BTreeMap::new();
    for c in claims
        .iter()
        .filter(|c| c.running && c.subject_key == MOMENT_KEY)
    {
        let one_scope = figures
            .get(&(c.source, c.subject_key.as_str()))
            .is_some_and(|f| f.len() == 1);
        if let Value::Quantity(q) = &c.value
            && one_scope
            && q.qualifier == crate::value::Qualifier::Exact
            && q.value >= MOMENT_MIN_FIGURE
        {
            out.entry(c.source)
                .or_default()
                .insert((c.subject_key.clone(), c.value.to_string()));
        }
    }
    out
}

/// The figure a running total's claim gives for its moment: an exact
/// figure and the same figure as a lower bound are one ("has killed at
/// least 1,002 people", "1,002 people are known to have died": the
/// official count, restated); other qualifiers keep theirs ("about 14"
/// is not "14").
fn moment_figure(value: &Value) -> String {
    match value {
        Value::Quantity(q) if matches!(q.qualifier, Qualifier::Exact | Qualifier::AtLeast) => {
            Value::Quantity(Quantity::new(q.value, Qualifier::Exact)).to_string()
        }
        other => other.to_string(),
    }
}

/// The days given with their year, by source and span: the day behind a
/// weekday implied by a date (see [`Cx::group`]).
fn days_with_year(claims: &[Claim]) -> BTreeMap<(usize, Span), String> {
    claims
        .iter()
        .filter_map(|c| match &c.value {
            Value::Date(d) if d.year.is_some() => Some(((c.source, c.span), d.to_string())),
            _ => None,
        })
        .collect()
}

/// What every judgement needs.
struct Cx<'a> {
    claims: &'a [Claim],
    family_of: &'a [usize],
    /// See [`moments`].
    moments: BTreeMap<usize, BTreeSet<(String, String)>>,
    /// See [`days_with_year`].
    days: BTreeMap<(usize, Span), String>,
}

impl Cx<'_> {
    /// Whether the differing figures of a running total (a toll) are
    /// updates rather than a conflict. They are, unless two sources that
    /// report the same moment — the same date, or the same exact figure of
    /// a toll (see [`moments`]) — give incompatible figures, or a later
    /// dated figure lies wholly below an earlier one of a total that
    /// cannot fall. Returns the groups' values in order (by date where
    /// known, else by value).
    fn updates(&self, groups: &[Group]) -> Option<Vec<String>> {
        let claims = self.claims;
        let all: Vec<&Claim> = groups
            .iter()
            .flat_map(|g| g.claims.iter().map(|&i| &claims[i]))
            .collect();
        if all.iter().any(|c| !c.running) {
            return None;
        }
        let empty = BTreeSet::new();
        let moment = |s: usize| self.moments.get(&s).unwrap_or(&empty);
        let interval = |c: &Claim| match &c.value {
            Value::Quantity(q) => q.interval(),
            _ => (f64::NEG_INFINITY, f64::INFINITY),
        };
        for a in &all {
            for b in &all {
                if a.source == b.source || a.value.compatible(&b.value) {
                    continue;
                }
                // The same day, unless the higher figure is given as a
                // revision ("le bilan s'est alourdi à …"): a later report
                // of that day.
                let revision =
                    |hi: &Claim, lo: &Claim| hi.revised && interval(lo).1 < interval(hi).0;
                let same_date =
                    a.as_of.is_some() && a.as_of == b.as_of && !revision(a, b) && !revision(b, a);
                // Given with one toll of the dead: one update.
                let same_toll = a.with_toll.is_some_and(|t| t >= MOMENT_MIN_FIGURE)
                    && a.with_toll == b.with_toll;
                if same_date || same_toll || !moment(a.source).is_disjoint(moment(b.source)) {
                    return None;
                }
                // A later figure below an earlier one contradicts it,
                // unless the total may fall (the missing, as people are
                // found).
                if let (Some(da), Some(db)) = (a.as_of, b.as_of)
                    && da < db
                    && interval(a).0 > interval(b).1
                    && !(a.may_fall && b.may_fall)
                {
                    return None;
                }
            }
        }
        let mut seq: Vec<(Option<chrono::NaiveDate>, f64, String)> = groups
            .iter()
            .map(|g| {
                // The date of the claims that give the group's figure
                // ("au moins 27" may sit in the group of "31").
                let dated = |exact: bool| {
                    g.claims
                        .iter()
                        .filter(|&&i| !exact || claims[i].value.to_string() == g.value)
                        .filter_map(|&i| claims[i].as_of)
                        .min()
                };
                let date = dated(true).or_else(|| dated(false));
                let low = g
                    .claims
                    .iter()
                    .map(|&i| interval(&claims[i]).0)
                    .fold(f64::INFINITY, f64::min);
                let shown = match date {
                    Some(d) => format!("{} ({d})", g.value),
                    None => g.value.clone(),
                };
                (date, low, shown)
            })
            .collect();
        seq.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
        Some(seq.into_iter().map(|(_, _, s)| s).collect())
    }

    /// The figures of a running total that independent sources give alike:
    /// "22 morts et 1.373 blessés" and "blessé 1 373 autres" agree on that
    /// moment of the toll, though the toll is reported at other moments too
    /// (the finding itself is an update, not a conflict). One agreement per
    /// figure ([`moment_figure`]: "au moins 1 002" and "1 002" are one;
    /// "au moins 14" in the group of "22" is another moment) given by two
    /// independent sources or more.
    fn moment_agreements(&self, judged: &Finding) -> Vec<Finding> {
        if judged.verdict != Verdict::Updated {
            return Vec::new();
        }
        let kind = judged.name.split('-').next().unwrap_or("value");
        let label = attribute_label(&judged.attribute);
        let mut by_value: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for &i in judged.groups.iter().flat_map(|g| &g.claims) {
            by_value
                .entry(moment_figure(&self.claims[i].value))
                .or_default()
                .push(i);
        }
        by_value
            .into_values()
            .map(|ids| self.group(ids, None))
            .filter(|g| g.independent_sources > 1)
            .map(|g| {
                let mut f = finding(
                    format!("{kind}-agreement"),
                    Verdict::Agreement,
                    (&judged.subject, &judged.attribute),
                    format!(
                        "{} independent sources agree on the {label} of {} at one moment of a running total: {}",
                        g.independent_sources, judged.subject, g.value
                    ),
                    Vec::new(),
                    None,
                );
                f.id.push(':');
                f.id.push_str(&slug(&g.value));
                f.groups = vec![g];
                f
            })
            .collect()
    }

    fn independent(&self, sources: &[usize]) -> usize {
        sources
            .iter()
            .map(|&s| self.family_of.get(s).copied().unwrap_or(usize::MAX - s))
            .collect::<BTreeSet<_>>()
            .len()
    }

    /// Display name: the most frequent subject spelling among the claims.
    fn subject_name(&self, ids: &[usize]) -> String {
        let mut names: BTreeMap<&str, usize> = BTreeMap::new();
        for &i in ids {
            *names.entry(&self.claims[i].subject).or_default() += 1;
        }
        // The most frequent spelling; on a tie the accented one ("Goïta"
        // over a caption's "Goita"), then the first alphabetically.
        let accents = |n: &str| n.chars().filter(|c| !c.is_ascii()).count();
        names
            .iter()
            .max_by(|a, b| {
                a.1.cmp(b.1)
                    .then(accents(a.0).cmp(&accents(b.0)))
                    .then(b.0.cmp(a.0))
            })
            .map(|(n, _)| n.to_string())
            .unwrap_or_default()
    }

    fn group(&self, mut ids: Vec<usize>, role: Option<&'static str>) -> Group {
        let claims = self.claims;
        ids.sort_by_key(|&i| (claims[i].source, claims[i].span));
        let sources: Vec<usize> = ids
            .iter()
            .map(|&i| claims[i].source)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut value = group_label(claims, &ids);
        // A weekday no source wrote, implied by a date ("1 February 2025"
        // is a Saturday), names its day: "Saturday (2025-02-01)".
        if matches!(claims[ids[0]].value, Value::Weekday(_)) {
            let days: BTreeSet<&String> = ids
                .iter()
                .filter(|&&i| claims[i].derived)
                .filter_map(|&i| self.days.get(&(claims[i].source, claims[i].span)))
                .collect();
            if let [day] = days.into_iter().collect::<Vec<_>>()[..] {
                value = format!("{value} ({day})");
            }
        }
        Group {
            value,
            independent_sources: self.independent(&sources),
            sources,
            claims: ids,
            role,
            compatible_with: None,
        }
    }

    /// Source groups, the best-attested first.
    fn groups(&self, ids: &[usize]) -> Vec<Group> {
        let groups: Vec<Group> = split_compatible(self.claims, ids)
            .into_iter()
            .map(|g| self.group(g, None))
            .collect();
        sorted_groups(groups)
    }

    /// The groups of a conflict: each figure stated apart (see
    /// [`Value::same_statement`]). A group split off a compatibility
    /// group names the figure it is compatible with.
    fn statement_groups(&self, ids: &[usize]) -> Vec<Group> {
        let claims = self.claims;
        let mut groups = Vec::new();
        for compatible in split_compatible(claims, ids) {
            let mut parts: Vec<Vec<usize>> = Vec::new();
            for i in compatible {
                match parts
                    .iter_mut()
                    .find(|p| claims[p[0]].value.same_statement(&claims[i].value))
                {
                    Some(p) => p.push(i),
                    None => parts.push(vec![i]),
                }
            }
            let mut parts: Vec<Group> = parts.into_iter().map(|p| self.group(p, None)).collect();
            if parts.len() > 1 {
                parts = sorted_groups(parts);
                let head = parts[0].value.clone();
                for p in &mut parts[1..] {
                    p.compatible_with = Some(head.clone());
                }
            }
            groups.extend(parts);
        }
        sorted_groups(groups)
    }
}

/// Groups, the best-attested first.
fn sorted_groups(mut groups: Vec<Group>) -> Vec<Group> {
    groups.sort_by(|a, b| {
        b.independent_sources
            .cmp(&a.independent_sources)
            .then(b.sources.len().cmp(&a.sources.len()))
            .then(a.value.cmp(&b.value))
    });
    groups
}

impl Cx<'_> {
    /// The verdict on one `(subject, attribute)` among sources.
    fn judge(&self, subject: &str, attribute: &str, ids: &[usize]) -> Finding {
        // An age is a quantity, but "age-conflict" says what it is.
        let kind = match attribute {
            "age" => "age",
            _ => self.claims[ids[0]].value.kind(),
        };
        let mut groups = self.groups(ids);
        let all_sources: Vec<usize> = groups
            .iter()
            .flat_map(|g| g.sources.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let all_independent = self.independent(&all_sources);
        // Agreement needs two independent witnesses: two outlets printing one
        // agency's copy corroborate nothing.
        let updates = (groups.len() > 1).then(|| self.updates(&groups)).flatten();
        let verdict = if updates.is_some() {
            Verdict::Updated
        } else if groups.len() > 1 {
            Verdict::Conflict
        } else if all_independent > 1 {
            Verdict::Agreement
        } else {
            Verdict::Single
        };
        if verdict == Verdict::Conflict {
            groups = self.statement_groups(ids);
        }
        let label = attribute_label(attribute);
        let (name, message) = match verdict {
            Verdict::Conflict => (
                format!("{kind}-conflict"),
                format!("sources disagree on the {label} of {subject}"),
            ),
            Verdict::Updated => (
                format!("{kind}-update"),
                format!(
                    "the {label} of {subject} is a running total reported at different moments: {}",
                    updates.unwrap_or_default().join(" → ")
                ),
            ),
            Verdict::Agreement => (
                format!("{kind}-agreement"),
                format!("{all_independent} independent sources agree on the {label} of {subject}"),
            ),
            _ if all_sources.len() > 1 => (
                "single-source".to_string(),
                format!(
                    "only one independent source gives the {label} of {subject} ({} outlets sharing copy)",
                    all_sources.len()
                ),
            ),
            _ => (
                "single-source".to_string(),
                format!("only one source gives the {label} of {subject}"),
            ),
        };
        let role = (kind == "role").then(|| groups[0].value.clone());
        finding(
            name,
            verdict,
            (subject, attribute),
            message,
            groups,
            role.as_deref(),
        )
    }

    /// The verdict on one claim of the draft against the sources.
    fn judge_draft(
        &self,
        subject: &str,
        attribute: &str,
        draft_ids: Vec<usize>,
        source_ids: &[usize],
    ) -> Finding {
        let claims = self.claims;
        let draft_group = self.group(draft_ids, Some("draft"));
        let draft_values: Vec<&Value> = draft_group
            .claims
            .iter()
            .map(|&i| &claims[i].value)
            .collect();
        let is_role = draft_values[0].kind() == "role";
        let value = draft_group.value.clone();
        let mut groups = vec![draft_group];
        let mut support = BTreeSet::new();
        let mut against = BTreeSet::new();
        for mut g in self.groups(source_ids) {
            let agrees = g
                .claims
                .iter()
                .all(|&i| draft_values.iter().all(|v| claims[i].value.compatible(v)));
            g.role = Some(if agrees { "supports" } else { "contradicts" });
            let fams = g
                .sources
                .iter()
                .map(|&s| self.family_of.get(s).copied().unwrap_or(usize::MAX - s));
            if agrees {
                support.extend(fams);
            } else {
                against.extend(fams);
            }
            groups.push(g);
        }
        // Supporting groups first, then those that say otherwise.
        groups[1..].sort_by_key(|g| g.role != Some("supports"));
        let (s, a) = (support.len(), against.len());
        let verdict = if source_ids.is_empty() {
            Verdict::Unsupported
        } else if a == 0 {
            Verdict::Supported
        } else if s > a {
            Verdict::Disputed
        } else {
            Verdict::Contradicted
        };
        let label = attribute_label(attribute);
        let message = match verdict {
            Verdict::Unsupported => {
                format!("no source gives the {label} of {subject} (the draft says {value})")
            }
            Verdict::Supported => format!(
                "the draft's {label} of {subject} ({value}) is supported by {s} independent source{}",
                if s == 1 { "" } else { "s" }
            ),
            Verdict::Disputed => format!(
                "the draft's {label} of {subject} ({value}) is supported by {s} independent sources, but {a} say{} otherwise",
                if a == 1 { "s" } else { "" }
            ),
            _ => format!(
                "the draft says {value} for the {label} of {subject}; {a} independent source{} otherwise{}",
                if a == 1 { " says" } else { "s say" },
                if s > 0 {
                    format!(" ({s} agree{})", if s == 1 { "s" } else { "" })
                } else {
                    String::new()
                }
            ),
        };
        let name = format!("draft-{}", verdict.as_str());
        let role = is_role.then_some(value.as_str());
        finding(name, verdict, (subject, attribute), message, groups, role)
    }
}

/// A finding with its stable id: name, subject and attribute (and, for
/// roles, which role: roles accumulate, so each is its own finding) —
/// never line numbers, so ids survive edits of the articles.
fn finding(
    name: String,
    verdict: Verdict,
    (subject, attribute): (&str, &str),
    message: String,
    groups: Vec<Group>,
    role: Option<&str>,
) -> Finding {
    let mut id = format!("{name}:{}:{}", slug(subject), slug(attribute));
    if let Some(role) = role {
        id.push(':');
        id.push_str(&slug(role));
    }
    Finding {
        id,
        name,
        verdict,
        severity: verdict.severity(),
        subject: subject.to_string(),
        attribute: attribute.to_string(),
        message,
        groups,
    }
}

/// Which sources side against the independent majority, most often first.
/// A conflict without a clear majority (a tie) blames no one.
pub fn outliers(findings: &[Finding], draft: Option<usize>) -> Vec<Outlier> {
    let mut by_source: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for f in findings.iter().filter(|f| f.verdict == Verdict::Conflict) {
        let top = f
            .groups
            .iter()
            .map(|g| g.independent_sources)
            .max()
            .unwrap_or(0);
        if f.groups
            .iter()
            .filter(|g| g.independent_sources == top)
            .count()
            != 1
        {
            continue;
        }
        for g in f
            .groups
            .iter()
            .filter(|g| g.independent_sources < top && g.compatible_with.is_none())
        {
            for &s in &g.sources {
                if Some(s) != draft {
                    by_source.entry(s).or_default().push(f.id.clone());
                }
            }
        }
    }
    let mut out: Vec<Outlier> = by_source
        .into_iter()
        .map(|(source, findings)| Outlier { source, findings })
        .collect();
    out.sort_by(|a, b| {
        b.findings
            .len()
            .cmp(&a.findings.len())
            .then(a.source.cmp(&b.source))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rank(source: usize, subject: &str, name: &str, is_a: &[&str]) -> Claim {
        let surname = subject.split_whitespace().last().unwrap().to_lowercase();
        Claim {
            source,
            subject: subject.into(),
            subject_key: format!("person:{surname}"),
            attribute: "rank".into(),
            value: Value::Rank {
                name: name.into(),
                is_a: is_a.iter().map(|s| s.to_string()).collect(),
            },
            span: Span::new(0, 1),
            rule: "test".into(),
            resolution: None,
            running: false,
            may_fall: false,
            revised: false,
            as_of: None,
            derived: false,
            with_toll: None,
        }
    }

    fn verdicts(claims: &[Claim]) -> Vec<(Verdict, String)> {
        let family_of: Vec<usize> = (0..10).collect();
        compare(claims, &[], &family_of, &[], &[], None)
            .into_iter()
            .map(|f| (f.verdict, f.subject))
            .collect()
    }

    #[test]
    fn an_undated_sources_event_day_takes_its_storys_year() {
        let day = |source: usize, m: u32, d: u32| Claim {
            subject_key: "gathering:".into(),
            subject: "gathering".into(),
            attribute: "end".into(),
            value: Value::Date(crate::value::PartialDate {
                year: None,
                month: m,
                day: d,
            }),
            rule: "en.date-marker.until+en.event.visit.end".into(),
            ..rank(source, "x", "x", &[])
        };
        let june = |d| chrono::NaiveDate::from_ymd_opt(2024, 6, d);
        let shown = |claims: &[Claim]| -> Vec<String> {
            claims
                .iter()
                .map(|c| format!("{} {} {}", c.source, c.attribute, c.value))
                .collect()
        };
        // Source 1 is dated (23 June 2024); source 0 is not: its "June 19"
        // is of 2024, a Wednesday.
        let mut claims = vec![day(0, 6, 19), day(1, 6, 18)];
        date_by_story_year(&mut claims, &[None, june(23)], &[0, 0]);
        assert_eq!(
            shown(&claims),
            [
                "0 end 2024-06-19",
                "1 end --06-18",
                "0 end weekday Wednesday"
            ]
        );
        assert!(claims[0].resolution.as_deref().unwrap().contains("story"));
        // Dated sources of two years, a dated source of another story
        // only, or a day more than a month after the latest dated source:
        // no year, no weekday.
        let cases = [
            (
                vec![None, june(23), june(1).map(|d| d - chrono::Days::new(365))],
                vec![0, 0, 0],
                (6, 19),
            ),
            (vec![None, june(23)], vec![0, 1], (6, 19)),
            (vec![None, june(1)], vec![0, 0], (8, 19)),
        ];
        for (anchors, stories, (m, d)) in cases {
            let mut claims = vec![day(0, m, d)];
            date_by_story_year(&mut claims, &anchors, &stories);
            assert_eq!(
                shown(&claims),
                [format!("0 end --{m:02}-{d:02}")],
                "{anchors:?}"
            );
        }
    }

    #[test]
    fn a_weekday_implied_by_a_date_names_its_day() {
        let day = |source: usize, attribute: &str, value: Value, derived: bool| Claim {
            subject_key: "fire:".into(),
            subject: "fire".into(),
            attribute: attribute.into(),
            value,
            derived,
            span: Span::new(3, 19),
            ..rank(source, "x", "x", &[])
        };
        let date = |y, m, d| {
            Value::Date(crate::value::PartialDate {
                year: Some(y),
                month: m,
                day: d,
            })
        };
        let claims = vec![
            // "on Friday" (written), twice.
            day(
                0,
                "end weekday",
                Value::Weekday(chrono::Weekday::Fri),
                false,
            ),
            day(
                1,
                "end weekday",
                Value::Weekday(chrono::Weekday::Fri),
                false,
            ),
            // "On February 1, 2025": the date, and the Saturday it implies.
            day(2, "end", date(2025, 2, 1), false),
            day(2, "end weekday", Value::Weekday(chrono::Weekday::Sat), true),
        ];
        let family_of: Vec<usize> = (0..10).collect();
        let findings = compare(&claims, &[], &family_of, &[], &[], None);
        let weekday = findings
            .iter()
            .find(|f| f.attribute == "end weekday")
            .expect("a weekday finding");
        assert_eq!(weekday.verdict, Verdict::Conflict);
        let values: Vec<&str> = weekday.groups.iter().map(|g| g.value.as_str()).collect();
        // The written weekday stays as written; the implied one shows the
        // day behind it.
        assert_eq!(values, ["Friday", "Saturday (2025-02-01)"]);
    }

    #[test]
    fn namesakes_in_different_articles_are_not_one_person() {
        let claims = vec![
            rank(0, "Moussa Diarra", "général", &[]),
            rank(1, "Awa Diarra", "colonel-major", &["colonel"]),
            rank(2, "Moussa Diarra", "général", &[]),
        ];
        let v = verdicts(&claims);
        assert!(v.iter().all(|(v, _)| *v != Verdict::Conflict), "{v:?}");
        assert!(
            v.contains(&(Verdict::Agreement, "Moussa Diarra".into())),
            "{v:?}"
        );
    }

    #[test]
    fn a_surname_alone_joins_the_one_full_name_it_fits() {
        let claims = vec![
            rank(0, "Assimi Goïta", "général", &[]),
            rank(1, "Goïta", "colonel", &[]),
        ];
        let v = verdicts(&claims);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, Verdict::Conflict);
    }

    #[test]
    fn more_specific_ranks_agree_and_different_ranks_conflict() {
        let agree = vec![
            rank(0, "Jean Martin", "général", &[]),
            rank(1, "Jean Martin", "général de brigade", &["général"]),
        ];
        assert_eq!(verdicts(&agree)[0].0, Verdict::Agreement);
        let conflict = vec![
            rank(0, "Jean Martin", "général de division", &["général"]),
            rank(1, "Jean Martin", "général de brigade", &["général"]),
            rank(2, "Jean Martin", "général", &[]),
        ];
        let findings = compare(&conflict, &[], &[0, 1, 2], &[], &[], None);
        assert_eq!(findings[0].verdict, Verdict::Conflict);
        // "général" agrees with both but cannot chain them into one group.
        assert_eq!(findings[0].groups.len(), 2);
    }

    #[test]
    fn wire_copy_is_one_witness() {
        let claims = vec![
            rank(0, "Jean Martin", "colonel", &[]),
            rank(1, "Jean Martin", "colonel", &[]),
        ];
        // Sources 0 and 1 are one family.
        let findings = compare(&claims, &[], &[0, 0], &[], &[], None);
        assert_eq!(findings[0].verdict, Verdict::Single);
        assert_eq!(findings[0].groups[0].independent_sources, 1);
    }

    fn toll(source: usize, noun: &str, v: f64, as_of: Option<(i32, u32, u32)>) -> Claim {
        Claim {
            source,
            subject: noun.into(),
            subject_key: format!("count:{noun}"),
            attribute: "count".into(),
            value: Value::Quantity(crate::value::Quantity::new(
                v,
                crate::value::Qualifier::Exact,
            )),
            span: Span::new(source * 10 + v as usize % 7, source * 10 + 8),
            rule: "test".into(),
            resolution: None,
            running: true,
            may_fall: false,
            revised: false,
            as_of: as_of.and_then(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d)),
            derived: false,
            with_toll: None,
        }
    }

    fn verdict_of(findings: &[Finding], subject: &str) -> Verdict {
        findings
            .iter()
            .find(|f| f.subject == subject && f.verdict != Verdict::Inconsistent)
            .map(|f| f.verdict)
            .expect("a finding")
    }

    #[test]
    fn rising_tolls_at_different_moments_are_updates() {
        let claims = vec![
            toll(0, "morts", 296.0, None),
            toll(1, "morts", 632.0, None),
            toll(2, "morts", 1037.0, None),
        ];
        let f = compare(&claims, &[], &[0, 1, 2], &[], &[], None);
        assert_eq!(verdict_of(&f, "morts"), Verdict::Updated);
        assert!(
            f[0].message.contains("296 → 632 → 1037"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn a_figure_and_the_same_lower_bound_agree_on_one_moment() {
        // Source 1 gives 1 002 with `qualifier`, sources 0 and 2 give 144
        // and an exact 1 002: the agreements on a moment.
        let agreements = |qualifier: Qualifier| -> Vec<Finding> {
            let mut second = toll(1, "dead", 1002.0, None);
            if let Value::Quantity(q) = &mut second.value {
                q.qualifier = qualifier;
            }
            let claims = vec![
                toll(0, "dead", 144.0, None),
                second,
                toll(2, "dead", 1002.0, None),
            ];
            let f = compare(&claims, &[], &[0, 1, 2], &[], &[], None);
            assert_eq!(verdict_of(&f, "dead"), Verdict::Updated);
            f.into_iter()
                .filter(|f| f.verdict == Verdict::Agreement)
                .collect()
        };
        let agreed = agreements(Qualifier::AtLeast);
        assert_eq!(agreed.len(), 1, "{agreed:?}");
        assert_eq!(agreed[0].groups[0].sources, vec![1, 2]);
        // "About" keeps its qualifier: no agreement with the exact figure.
        let agreed = agreements(Qualifier::About);
        assert!(agreed.is_empty(), "{agreed:?}");
    }

    #[test]
    fn an_injured_figure_carried_over_is_no_moment() {
        // The injured figure stayed at 1 373 while the dead rose from 22 to
        // 31: sharing it does not make the two reports one moment.
        let claims = vec![
            toll(0, "dead", 22.0, None),
            toll(0, "injured", 1373.0, None),
            toll(1, "dead", 31.0, None),
            toll(1, "injured", 1373.0, None),
        ];
        let f = compare(&claims, &[], &[0, 1], &[], &[], None);
        assert_eq!(verdict_of(&f, "dead"), Verdict::Updated);
        assert_eq!(verdict_of(&f, "injured"), Verdict::Agreement);
    }

    #[test]
    fn figures_given_with_one_toll_are_one_update() {
        // Source 0 also gives an older toll, so its figures mark no moment
        // by themselves; the injured each source gives beside a toll of 57
        // are of that update and must match, those beside 90 are another.
        let beside = |mut c: Claim, t: f64| {
            c.with_toll = Some(t);
            c
        };
        let claims = vec![
            toll(0, "dead", 57.0, None),
            toll(0, "dead", 12.0, None),
            beside(toll(0, "injured", 412.0, None), 57.0),
            toll(1, "dead", 57.0, None),
            toll(1, "dead", 90.0, None),
            beside(toll(1, "injured", 421.0, None), 57.0),
            beside(toll(2, "injured", 600.0, None), 90.0),
        ];
        let f = compare(&claims, &[], &[0, 1, 2], &[], &[], None);
        assert_eq!(verdict_of(&f, "injured"), Verdict::Conflict);
        let later = vec![
            beside(toll(0, "injured", 412.0, None), 57.0),
            beside(toll(1, "injured", 600.0, None), 90.0),
        ];
        let f = compare(&later, &[], &[0, 1], &[], &[], None);
        assert_eq!(verdict_of(&f, "injured"), Verdict::Updated);
    }

    #[test]
    fn a_toll_given_as_revised_is_a_later_report_of_its_day() {
        // "le bilan s'est alourdi à 5 morts" and "4 morts" the same day: an
        // update; the revised figure must be the higher one.
        let mut revised = toll(1, "morts", 5.0, Some((2026, 3, 14)));
        revised.revised = true;
        let claims = vec![toll(0, "morts", 4.0, Some((2026, 3, 14))), revised.clone()];
        let f = compare(&claims, &[], &[0, 1], &[], &[], None);
        assert_eq!(verdict_of(&f, "morts"), Verdict::Updated);
        assert!(
            f[0].message.contains("4 (2026-03-14) → 5 (2026-03-14)"),
            "{}",
            f[0].message
        );
        let claims = vec![toll(0, "morts", 6.0, Some((2026, 3, 14))), revised.clone()];
        let f = compare(&claims, &[], &[0, 1], &[], &[], None);
        assert_eq!(verdict_of(&f, "morts"), Verdict::Conflict);
        revised.revised = false;
        let claims = vec![toll(0, "morts", 4.0, Some((2026, 3, 14))), revised];
        let f = compare(&claims, &[], &[0, 1], &[], &[], None);
        assert_eq!(verdict_of(&f, "morts"), Verdict::Conflict);
    }

    #[test]
    fn two_figures_of_one_moment_conflict() {
        // Sources 0 and 1 give the same death toll, so they report the same
        // update: their counts of injured must match.
        let claims = vec![
            toll(0, "dead", 1037.0, None),
            toll(0, "injured", 1204.0, None),
            toll(1, "dead", 1037.0, None),
            toll(1, "injured", 1024.0, None),
            toll(2, "dead", 2012.0, None),
            toll(2, "injured", 2059.0, None),
        ];
        let f = compare(&claims, &[], &[0, 1, 2], &[], &[], None);
        assert_eq!(verdict_of(&f, "injured"), Verdict::Conflict);
        assert_eq!(verdict_of(&f, "dead"), Verdict::Updated);
        // The two sources that give 1037 dead agree on that moment.
        assert!(
            f.iter().any(|x| x.verdict == Verdict::Agreement
                && x.subject == "dead"
                && x.groups[0].value == "1037"
                && x.groups[0].sources == [0, 1]),
            "{f:#?}"
        );
        // The same day is the same moment; a later figure below an earlier
        // one is no update.
        let same_day = vec![
            toll(0, "morts", 28.0, Some((2025, 1, 31))),
            toll(1, "morts", 29.0, Some((2025, 1, 31))),
        ];
        let f = compare(&same_day, &[], &[0, 1], &[], &[], None);
        assert_eq!(verdict_of(&f, "morts"), Verdict::Conflict);
        let fell = vec![
            toll(0, "morts", 40.0, Some((2025, 1, 30))),
            toll(1, "morts", 29.0, Some((2025, 1, 31))),
        ];
        let f = compare(&fell, &[], &[0, 1], &[], &[], None);
        assert_eq!(verdict_of(&f, "morts"), Verdict::Conflict);
        // A total that may fall (the missing, as people are found) is
        // updated by a lower later figure, not contradicted; on one day
        // two figures still conflict.
        let may_fall = |mut c: Claim| {
            c.may_fall = true;
            c
        };
        let found = vec![
            may_fall(toll(0, "missing", 3.0, Some((2025, 9, 14)))),
            may_fall(toll(1, "missing", 2.0, Some((2025, 9, 15)))),
        ];
        let f = compare(&found, &[], &[0, 1], &[], &[], None);
        assert_eq!(verdict_of(&f, "missing"), Verdict::Updated);
        let same_day = vec![
            may_fall(toll(0, "missing", 3.0, Some((2025, 9, 15)))),
            may_fall(toll(1, "missing", 2.0, Some((2025, 9, 15)))),
        ];
        let f = compare(&same_day, &[], &[0, 1], &[], &[], None);
        assert_eq!(verdict_of(&f, "missing"), Verdict::Conflict);
    }

    #[test]
    fn an_article_giving_two_values_is_inconsistent_and_still_compared() {
        let claims = vec![
            rank(0, "Robert Prevost", "colonel", &[]),
            rank(0, "Robert Prevost", "général", &[]),
            rank(1, "Robert Prevost", "général", &[]),
        ];
        let paths = vec!["a.txt".to_string(), "b.txt".to_string()];
        let f = compare(&claims, &[], &[0, 1], &[], &paths, None);
        let inc: Vec<&Finding> = f
            .iter()
            .filter(|f| f.verdict == Verdict::Inconsistent)
            .collect();
        assert_eq!(inc.len(), 1, "{f:?}");
        assert!(
            inc[0].message.starts_with("a.txt gives 2 values"),
            "{}",
            inc[0].message
        );
        assert!(inc[0].id.ends_with(":a-txt"), "{}", inc[0].id);
        let conflict = f
            .iter()
            .find(|f| f.verdict == Verdict::Conflict)
            .expect("compared");
        assert_eq!(conflict.groups.len(), 2);
        // Compatible values of one article are no inconsistency.
        let fine = vec![
            rank(0, "Jean Martin", "général", &[]),
            rank(0, "Jean Martin", "général d'armée", &["général"]),
            rank(1, "Jean Martin", "colonel", &[]),
        ];
        let f = compare(&fine, &[], &[0, 1], &[], &paths, None);
        assert!(
            f.iter().all(|f| f.verdict != Verdict::Inconsistent),
            "{f:?}"
        );
    }
}
