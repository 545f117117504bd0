//! The whole run, stage after stage: load the corpus, extract mentions and
//! claims per article, compare across articles. Pure except for reading the
//! input files (through [`crate::corpus::load`]).

use crate::claims::{self, ArticleClaims};
use crate::compare::{self, Report, Source};
use crate::corpus::{self, Article};
use crate::error::Error;
use crate::extract::{self, Doc, Mention};
use crate::rules::RuleSet;

/// What one article yields.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub mentions: Vec<Mention>,
    pub claims: ArticleClaims,
    /// Why the article was not analysed, if it was not.
    pub skipped: Option<String>,
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
    }
}

/// Run the pipeline on paths: the report plus every soft error.
pub fn check(paths: &[String], rules: &RuleSet, rule_errors: Vec<Error>) -> Report {
    check_with_progress(paths, rules, rule_errors, &mut |_, _| {})
}

/// [`check`], calling `progress(done, total)` after each article is
/// analysed (the CLI draws a counter on a terminal from it).
pub fn check_with_progress(
    paths: &[String],
    rules: &RuleSet,
    rule_errors: Vec<Error>,
    progress: &mut dyn FnMut(usize, usize),
) -> Report {
    let loaded = corpus::load(paths, rules);
    let total = loaded.articles.len();
    let mut report = Report {
        errors: rule_errors,
        ..Report::default()
    };
    report.errors.extend(loaded.errors);
    report.notes.extend(loaded.skipped);
    let mut internal = Vec::new();
    for (i, article) in loaded.articles.into_iter().enumerate() {
        for n in &article.notes {
            report.notes.push(format!("{}: {n}", article.path));
        }
        let analysis = analyze(&article, rules, i);
        if let Some(why) = &analysis.skipped {
            report.notes.push(format!("{}: {why}", article.path));
        }
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
        progress(i + 1, total);
    }
    report.findings = compare::compare(&report.claims, &internal);
    report
}
