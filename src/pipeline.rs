//! The whole run, stage after stage: load the corpus, extract mentions and
//! claims per article, compare across articles. Pure except for reading the
//! input files (through [`crate::corpus::load`]).

use crate::claims::{self, ArticleClaims};
use crate::compare::{self, Report, Source};
use crate::corpus::{self, Article};
use crate::error::{Error, Note, NoteKind};
use crate::extract::{self, Doc, Mention};
use crate::families::{self, FamilySettings};
use crate::rules::RuleSet;
use crate::stories;
use crate::text::Span;
use rayon::prelude::*;
use std::collections::BTreeSet;

/// What one article yields.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub mentions: Vec<Mention>,
    pub claims: ArticleClaims,
    /// Why the article was not analysed, if it was not.
    pub skipped: Option<String>,
    /// Spans that yield no claims (boilerplate, header lines).
    pub ignored: Vec<Span>,
}

/// Extract the mentions and claims of one article.
pub fn analyze(article: &Article, rules: &RuleSet, source: usize) -> Analysis {
    let lang = match article.language.as_deref() {
        None => {
            return Analysis {
                mentions: vec![],
                claims: ArticleClaims::default(),
                skipped: Some(
                    "language not recognised (too short, or no known language dominates); not checked"
                        .into(),
                ),
                ignored: article.header.into_iter().collect(),
            };
        }
        Some(code) => match rules.language(code) {
            Some(l) if l.supported() => l,
            _ => {
                return Analysis {
                    mentions: vec![],
                    claims: ArticleClaims::default(),
                    skipped: Some(format!(
                        "language `{code}` is not supported yet (no extraction rules); not checked"
                    )),
                    ignored: article.header.into_iter().collect(),
                };
            }
        },
    };
    let doc = Doc::new(article, lang);
    let mentions = extract::extract(&doc);
    let claims = claims::build(&doc, &mentions, source);
    Analysis {
        mentions,
        claims,
        skipped: None,
        ignored: doc.ignored.clone(),
    }
}

/// Run the pipeline on paths: the report plus every soft error.
pub fn check(paths: &[String], rules: &RuleSet, rule_errors: Vec<Error>) -> Report {
    check_with_progress(paths, rules, rule_errors, &mut |_, _| {})
}

/// [`check`], calling `progress(done, total)` after each article.
pub fn check_with_progress(
    paths: &[String],
    rules: &RuleSet,
    rule_errors: Vec<Error>,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Report {
    let loaded = corpus::load(paths, rules);
    run(loaded, None, rules, rule_errors, progress)
}

/// Draft mode: judge every claim of `draft` against the articles under
/// `against`, then compare those articles among themselves.
pub fn check_draft(
    draft: &str,
    against: &[String],
    rules: &RuleSet,
    rule_errors: Vec<Error>,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Report {
    let mut loaded = corpus::load(&[draft.to_string()], rules);
    let sources = corpus::load(against, rules);
    let has_draft = !loaded.articles.is_empty();
    // The draft is not one of its own sources, even when a folder holds it.
    let draft_path = loaded.articles.first().map(|a| a.path.clone());
    loaded
        .articles
        .extend(sources.articles.into_iter().filter(|a| {
            draft_path
                .as_ref()
                .is_none_or(|d| a.path != *d && !corpus::same_file(&a.path, d))
        }));
    loaded.errors.extend(sources.errors);
    loaded.skipped.extend(sources.skipped);
    run(loaded, has_draft.then_some(0), rules, rule_errors, progress)
}

/// What an article is about, for telling stories apart: the people it
/// names, its known organisations and places, its proper nouns.
fn signature(article: &Article, analysis: &Analysis) -> BTreeSet<stories::Item> {
    use crate::extract::MentionKind;
    use crate::extract::entity::EntityKind;
    let mut sig = BTreeSet::new();
    for m in &analysis.mentions {
        match &m.kind {
            MentionKind::Person(p) => {
                sig.insert(stories::Item::Person(p.surname.clone()));
            }
            MentionKind::Entity(e) if e.entity_kind != EntityKind::Topic => {
                sig.insert(stories::Item::Other(e.key.clone()));
            }
            _ => {}
        }
    }
    for w in stories::proper_nouns(&article.text, &analysis.ignored) {
        sig.insert(stories::Item::Other(w));
    }
    sig
}

fn run(
    loaded: corpus::Loaded,
    draft: Option<usize>,
    rules: &RuleSet,
    rule_errors: Vec<Error>,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Report {
    let mut report = Report {
        errors: rule_errors,
        draft,
        ..Report::default()
    };
    report.errors.extend(loaded.errors);
    report.notes.extend(loaded.skipped);
    let mut internal = Vec::new();
    let mut ignored = Vec::new();
    let mut signatures = Vec::new();
    let total = loaded.articles.len();
    // Extraction is per article and shares nothing: it runs on a thread
    // pool (measured: extraction is ~80% of a large run), and `collect`
    // keeps the articles' order, so the output does not depend on it.
    let done = std::sync::atomic::AtomicUsize::new(0);
    let progress = std::sync::Mutex::new(progress);
    let analyses: Vec<(Analysis, BTreeSet<stories::Item>)> = loaded
        .articles
        .par_iter()
        .enumerate()
        .map(|(i, article)| {
            let mut analysis = analyze(article, rules, i);
            let sig = signature(article, &analysis);
            // Mentions are done with once claims and the signature exist;
            // dropping them here keeps a large run's memory down.
            analysis.mentions = Vec::new();
            let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            if let Ok(mut p) = progress.lock() {
                p(n, total);
            }
            (analysis, sig)
        })
        .collect();
    for (article, (analysis, sig)) in loaded.articles.into_iter().zip(analyses) {
        report.notes.extend(article.notes.iter().cloned());
        if let Some(why) = &analysis.skipped {
            report.notes.push(Note::new(
                article.path.clone(),
                NoteKind::Language,
                why.clone(),
            ));
        }
        signatures.push(sig);
        ignored.push(analysis.ignored);
        report.claims.extend(analysis.claims.claims);
        for (claim, inc) in analysis.claims.inconsistencies {
            internal.push((report.claims.len(), inc));
            report.claims.push(claim);
        }
        report.sources.push(Source {
            article,
            anchor: analysis.claims.anchor,
            skipped: analysis.skipped,
        });
    }
    let settings = rules
        .languages
        .values()
        .find(|l| l.supported())
        .map(|l| FamilySettings::from_settings(&l.settings))
        .unwrap_or_default();
    // Families are among sources; the draft is its own family.
    let first_source = usize::from(draft.is_some());
    let texts: Vec<(&str, &[Span])> = report
        .sources
        .iter()
        .zip(&ignored)
        .skip(first_source)
        .map(|(s, ig)| (s.article.text.as_str(), ig.as_slice()))
        .collect();
    let mut fams = families::families(&texts, settings);
    for f in &mut fams {
        for m in &mut f.members {
            *m += first_source;
        }
        for l in &mut f.links {
            l.a += first_source;
            l.b += first_source;
        }
    }
    if let Some(d) = draft {
        fams.insert(
            0,
            families::Family {
                members: vec![d],
                links: vec![],
            },
        );
    }
    report.families = fams;
    let family_of = families::family_of(&report.families, report.sources.len());
    report.story_of = stories::stories(&signatures, &family_of);
    let paths: Vec<String> = report
        .sources
        .iter()
        .map(|s| s.article.path.clone())
        .collect();
    report.findings = compare::compare(
        &report.claims,
        &internal,
        &family_of,
        &report.story_of,
        &paths,
        draft,
    );
    report.outliers = compare::outliers(&report.findings, draft);
    if let Some(e) = nothing_checked(&report) {
        report.errors.push(e);
    }
    report
}

/// A run that read sources but could check none of them (every one in a
/// language without rules), or a draft that could not be checked, did not
/// do its job: an error (exit 2), not a clean report of zero findings.
fn nothing_checked(report: &Report) -> Option<Error> {
    if let Some(d) = report.draft
        && let Some(why) = &report.sources[d].skipped
    {
        return Some(Error::NothingChecked {
            path: report.path(d).to_string(),
            reason: format!("the draft was not checked ({why})"),
        });
    }
    if report.sources.is_empty() || report.checked_sources() > 0 {
        return None;
    }
    let paths: Vec<&str> = report
        .sources
        .iter()
        .map(|s| s.article.path.as_str())
        .collect();
    Some(Error::NothingChecked {
        path: common_folder(&paths),
        reason: format!(
            "none of the {} read is in a language factdiff has extraction rules for",
            if paths.len() == 1 {
                "1 article".to_string()
            } else {
                format!("{} articles", paths.len())
            }
        ),
    })
}

/// The path of one source, or the folder all of them are in (`.` if none).
fn common_folder(paths: &[&str]) -> String {
    if let [one] = paths {
        return one.to_string();
    }
    let mut common: Vec<&str> = match paths.first() {
        Some(p) => p.split('/').collect(),
        None => return ".".into(),
    };
    common.pop();
    for p in &paths[1..] {
        let parts: Vec<&str> = p.split('/').collect();
        let n = common
            .iter()
            .zip(&parts[..parts.len().saturating_sub(1)])
            .take_while(|(a, b)| a == b)
            .count();
        common.truncate(n);
    }
    if common.is_empty() || common == [""] {
        ".".into()
    } else {
        common.join("/")
    }
}
