//! The whole run, stage after stage: load the corpus, extract mentions and
//! claims per article, compare across articles. Pure except for reading the
//! input files (through [`crate::corpus::load`]).

use crate::claims::{self, ArticleClaims, Claim};
use crate::compare::{self, Report, Source};
use crate::corpus::{self, Article};
use crate::error::{Error, Note, NoteKind};
use crate::excerpt::{Excerpt, Outline};
use crate::extract::{self, Doc, Mention};
use crate::families::{self, FamilySettings};
use crate::rules::RuleSet;
use crate::stories;
use crate::text::Span;
use crate::value::Value;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

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
    lang.warm();
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

/// What the map stage keeps of one article: everything the reduce
/// ([`reduce`]) needs, and no more than the lines it quotes. One JSON line
/// of `factdiff extract` carries these fields; `factdiff compare` reads them
/// back, so a corpus can be extracted in shards on many machines.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record {
    pub path: String,
    pub language: Option<String>,
    #[serde(default)]
    pub outlet: Option<String>,
    /// The `published:` header's date and span.
    #[serde(default)]
    pub published_header: Option<(chrono::NaiveDate, Span)>,
    #[serde(default)]
    pub header: Option<Span>,
    #[serde(default)]
    pub notes: Vec<Note>,
    pub anchor: Option<claims::Anchor>,
    pub skipped: Option<String>,
    pub claims: Vec<claims::Claim>,
    #[serde(default)]
    pub inconsistencies: Vec<(claims::Claim, claims::Inconsistency)>,
    /// What the article is about, for telling stories apart.
    #[serde(default)]
    pub signature: BTreeSet<stories::Item>,
    /// Words per shingle of `shingles`.
    pub shingle_words: usize,
    /// Wire-copy fingerprint ([`families::fingerprint`]).
    #[serde(default)]
    pub shingles: Vec<u64>,
    /// The lines that hold the claims.
    #[serde(default)]
    pub excerpt: Excerpt,
}

/// The rules' wire-copy settings.
pub fn family_settings(rules: &RuleSet) -> FamilySettings {
    rules
        .languages
        .values()
        .find(|l| l.supported())
        .map(|l| FamilySettings::from_settings(&l.settings))
        .unwrap_or_default()
}

/// The map stage for one article: extract, then keep only what the
/// reduce needs (the text is not kept).
pub fn map(article: &Article, rules: &RuleSet, settings: FamilySettings) -> Record {
    let analysis = analyze(article, rules, 0);
    record(article, analysis, rules, settings)
}

fn record(
    article: &Article,
    analysis: Analysis,
    rules: &RuleSet,
    settings: FamilySettings,
) -> Record {
    let signature = signature(article, &analysis, rules.story_vocabulary());
    let spans = analysis
        .claims
        .claims
        .iter()
        .chain(analysis.claims.inconsistencies.iter().map(|(c, _)| c))
        .map(|c| c.span);
    let excerpt = Excerpt::new(&article.text, spans);
    Record {
        path: article.path.clone(),
        language: article.language.clone(),
        outlet: article.outlet.clone(),
        published_header: article.published_header,
        header: article.header,
        notes: article.notes.clone(),
        anchor: analysis.claims.anchor,
        skipped: analysis.skipped,
        claims: analysis.claims.claims,
        inconsistencies: analysis.claims.inconsistencies,
        signature,
        shingle_words: settings.shingle_words,
        shingles: families::fingerprint(&article.text, &analysis.ignored, settings.shingle_words),
        excerpt,
    }
}

/// Run the pipeline on paths: the report plus every soft error. The
/// report's sources keep their full texts (see [`check_streaming`] for a
/// run that does not).
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

/// Articles mapped at once by [`check_streaming`] before their records
/// go to the reduce: enough to keep the cores busy, few enough that the
/// records waiting are a small part of memory.
const CHECK_BATCH: usize = 256;

/// The run of `factdiff check`: each article is read, extracted and
/// dropped in turn on the thread pool, in path order, batch by batch, and
/// its [`Record`] goes to the [`Reducer`] as soon as its batch is done:
/// memory holds claims, fingerprints and where the quoted lines are, not
/// texts, quoted lines nor story signatures. The quoted lines are read
/// again from the files once the comparison is done (a file changed
/// meanwhile is an error, and its quotes are left out). The report is the
/// one [`check`] gives, but its sources' `article.text` are empty.
pub fn check_streaming(
    paths: &[String],
    rules: &RuleSet,
    rule_errors: Vec<Error>,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Report {
    let listing = corpus::list(paths, rules);
    let settings = family_settings(rules);
    let total = listing.files.len();
    let done = AtomicUsize::new(0);
    let progress = Mutex::new(progress);
    // Path order (a stable sort: of two listings of one path, the first is
    // kept, as `corpus::load` keeps it).
    let mut order: Vec<usize> = (0..total).collect();
    order.sort_by(|&a, &b| listing.files[a].shown.cmp(&listing.files[b].shown));
    let mut reducer = Reducer::new(None, settings, listing.skipped).outlining();
    // The listed file of each record pushed.
    let mut source_files = Vec::new();
    let mut read_errors: Vec<Option<Error>> = (0..total).map(|_| None).collect();
    let mut last_path: Option<String> = None;
    for batch in order.chunks(CHECK_BATCH) {
        let results: Vec<Result<Record, Error>> = batch
            .par_iter()
            .map(|&i| {
                let f = &listing.files[i];
                let r =
                    corpus::read(&f.path, f.shown.clone(), rules).map(|a| map(&a, rules, settings));
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                if let Ok(mut p) = progress.lock() {
                    p(n, total);
                }
                r
            })
            .collect();
        for (&i, r) in batch.iter().zip(results) {
            match r {
                Ok(rec) if last_path.as_deref() == Some(rec.path.as_str()) => {}
                Ok(rec) => {
                    last_path = Some(rec.path.clone());
                    source_files.push(i);
                    reducer.push(rec);
                }
                Err(e) => read_errors[i] = Some(e),
            }
        }
    }
    // Errors in `corpus::load`'s order: each file's after those listed
    // before it.
    let mut errors = rule_errors;
    let mut listed_errors = listing.errors.into_iter();
    let mut taken = 0;
    for (f, e) in listing.files.iter().zip(read_errors) {
        while taken < f.errors_before {
            errors.extend(listed_errors.next());
            taken += 1;
        }
        errors.extend(e);
    }
    errors.extend(listed_errors);
    let (mut report, outlines) = reducer.finish_outlined(errors);
    // The quoted lines, read again (and decoded as before) from the files.
    let excerpts: Vec<Result<Excerpt, Error>> = outlines
        .par_iter()
        .zip(&source_files)
        .map(|(outline, &i)| {
            if outline.is_empty() {
                return Ok(Excerpt::default());
            }
            let f = &listing.files[i];
            let text = corpus::read_text(&f.path, &f.shown)?;
            Excerpt::from_outline(&text, outline).ok_or_else(|| Error::Input {
                path: f.shown.clone(),
                message: "changed while it was being checked: its quotes are left out".into(),
            })
        })
        .collect();
    for (source, e) in report.sources.iter_mut().zip(excerpts) {
        match e {
            Ok(e) => source.excerpt = e,
            Err(e) => report.errors.push(e),
        }
    }
    label_values(&mut report, rules);
    report
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
/// names, its known organisations and places, its proper nouns, each
/// weighed by what the lexicons say of it ([`stories::Vocabulary`]). The
/// words of a person's name are the person's item only.
fn signature(
    article: &Article,
    analysis: &Analysis,
    vocabulary: &stories::Vocabulary,
) -> BTreeSet<stories::Item> {
    use crate::extract::MentionKind;
    use crate::extract::entity::EntityKind;
    let mut sig = BTreeSet::new();
    let mut name_words = BTreeSet::new();
    for m in &analysis.mentions {
        match &m.kind {
            MentionKind::Person(p) => {
                sig.insert(stories::Item::Person(p.surname.clone()));
                name_words.extend(crate::text::word_tokens(&p.name));
            }
            MentionKind::Entity(e) if e.entity_kind != EntityKind::Topic => {
                sig.insert(vocabulary.entity(&e.key, e.entity_kind == EntityKind::Place));
            }
            _ => {}
        }
    }
    for (w, lower) in stories::proper_nouns(&article.text, &analysis.ignored) {
        if !name_words.contains(&w) {
            sig.insert(vocabulary.proper_noun(w, lower));
        }
    }
    sig
}

/// Map every loaded article (on the thread pool, order kept), reduce, and
/// give the sources back their texts.
fn run(
    loaded: corpus::Loaded,
    draft: Option<usize>,
    rules: &RuleSet,
    rule_errors: Vec<Error>,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Report {
    let settings = family_settings(rules);
    let total = loaded.articles.len();
    let done = AtomicUsize::new(0);
    let progress = Mutex::new(progress);
    let records: Vec<Record> = loaded
        .articles
        .par_iter()
        .map(|article| {
            let r = map(article, rules, settings);
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if let Ok(mut p) = progress.lock() {
                p(n, total);
            }
            r
        })
        .collect();
    let mut errors = rule_errors;
    errors.extend(loaded.errors);
    let mut report = reduce(records, draft, settings, errors, loaded.skipped);
    label_values(&mut report, rules);
    for (source, article) in report.sources.iter_mut().zip(loaded.articles) {
        source.article.text = article.text;
    }
    report
}

/// The reduce: compare the records of a whole corpus (in the order given:
/// [`corpus::load`]'s, by path) into a report. `draft` is the index of the
/// draft's record, if any.
pub fn reduce(
    records: Vec<Record>,
    draft: Option<usize>,
    settings: FamilySettings,
    errors: Vec<Error>,
    skipped: Vec<Note>,
) -> Report {
    let mut reducer = Reducer::new(draft, settings, skipped);
    for r in records {
        reducer.push(r);
    }
    reducer.finish(errors)
}

/// [`reduce`] fed one record at a time, so that a run need not hold every
/// record at once: each record's claims, excerpt and fingerprint are kept,
/// its story signature is joined at once and dropped (see
/// [`stories::Joiner`]).
pub struct Reducer {
    report: Report,
    settings: FamilySettings,
    internal: Vec<(usize, claims::Inconsistency)>,
    stories: stories::Joiner,
    prints: Vec<Vec<u64>>,
    /// With [`Reducer::outlining`], each source's excerpt without its
    /// text, to be read again after the comparison.
    outlines: Option<Vec<Outline>>,
}

impl Reducer {
    /// `skipped`: the notes of the files the listing skipped, which come
    /// before the records' own.
    pub fn new(draft: Option<usize>, settings: FamilySettings, skipped: Vec<Note>) -> Self {
        Reducer {
            report: Report {
                draft,
                notes: skipped,
                ..Report::default()
            },
            settings,
            internal: Vec::new(),
            stories: stories::Joiner::default(),
            prints: Vec::new(),
            outlines: None,
        }
    }

    /// Keep each source's excerpt as an [`Outline`] only (its lines are
    /// read again from the files before rendering: see
    /// [`Reducer::finish_outlined`]).
    pub fn outlining(mut self) -> Self {
        self.outlines = Some(Vec::new());
        self
    }

    /// The next record, in path order.
    pub fn push(&mut self, mut r: Record) {
        if let Some(outlines) = &mut self.outlines {
            outlines.push(r.excerpt.outline());
            r.excerpt = Excerpt::default();
        }
        let report = &mut self.report;
        let i = report.sources.len();
        report.notes.extend(r.notes.iter().cloned());
        if let Some(why) = &r.skipped {
            report
                .notes
                .push(Note::new(r.path.clone(), NoteKind::Language, why.clone()));
        }
        self.stories.add(r.signature);
        self.prints.push(r.shingles);
        report
            .claims
            .extend(r.claims.into_iter().map(|c| Claim { source: i, ..c }));
        for (claim, inc) in r.inconsistencies {
            self.internal.push((report.claims.len(), inc));
            report.claims.push(Claim { source: i, ..claim });
        }
        report.sources.push(Source {
            article: Article {
                path: r.path,
                text: String::new(),
                language: r.language,
                outlet: r.outlet,
                published_header: r.published_header,
                header: r.header,
                notes: r.notes,
            },
            excerpt: r.excerpt,
            anchor: r.anchor,
            skipped: r.skipped,
        });
    }

    /// Families, stories and the comparison of every record pushed.
    /// `errors` are the run's soft errors so far.
    pub fn finish(self, errors: Vec<Error>) -> Report {
        self.finish_outlined(errors).0
    }

    /// [`Reducer::finish`], and with [`Reducer::outlining`] the outline of
    /// each source's excerpt (the report's excerpts are then empty).
    pub fn finish_outlined(self, errors: Vec<Error>) -> (Report, Vec<Outline>) {
        let Reducer {
            mut report,
            settings,
            internal,
            stories,
            prints,
            outlines,
        } = self;
        report.errors = errors;
        let draft = report.draft;
        // Families are among sources; the draft is its own family.
        let first_source = usize::from(draft.is_some());
        let mut prints = prints;
        prints.drain(..first_source);
        let mut fams = families::families_of(prints, settings);
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
        report.story_of = stories.finish(&family_of);
        let anchors: Vec<Option<chrono::NaiveDate>> = report
            .sources
            .iter()
            .map(|s| s.anchor.as_ref().map(|a| a.date))
            .collect();
        compare::date_by_story_year(&mut report.claims, &anchors, &report.story_of);
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
        (report, outlines.unwrap_or_default())
    }
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

/// Articles mapped at once by [`extract_records`]: enough to keep both
/// cores busy, few enough that memory does not grow with the corpus.
const EXTRACT_BATCH: usize = 256;

/// `factdiff extract`, the map: one JSON line per article, in path order
/// (as [`corpus::load`]), with the [`Record`] fields and, when `mentions`,
/// every mention with its text. Articles are read, mapped on the thread
/// pool and written batch by batch, so memory does not grow with the
/// corpus. Returns the soft errors met (missing paths, unreadable files…).
pub fn extract_records(
    paths: &[String],
    rules: &RuleSet,
    mentions: bool,
    out: &mut dyn std::io::Write,
) -> Vec<Error> {
    let listing = corpus::list(paths, rules);
    let settings = family_settings(rules);
    let mut errors = listing.errors;
    let mut files: Vec<(String, std::path::PathBuf)> = listing
        .files
        .into_iter()
        .map(|f| (f.shown, f.path))
        .collect();
    files.sort();
    files.dedup_by(|a, b| a.0 == b.0);
    // Claims carry the article's index among those read (`source`), as in
    // `check`: files are read first, then numbered, then mapped.
    let mut index = 0;
    for batch in files.chunks(EXTRACT_BATCH) {
        let read: Vec<Result<Article, Error>> = batch
            .par_iter()
            .map(|(shown, p)| corpus::read(p, shown.clone(), rules))
            .collect();
        let numbered: Vec<Result<(usize, Article), Error>> = read
            .into_iter()
            .map(|r| {
                r.map(|a| {
                    index += 1;
                    (index - 1, a)
                })
            })
            .collect();
        let lines: Vec<Result<String, Error>> = numbered
            .into_par_iter()
            .map(|r| {
                let (i, article) = r?;
                let analysis = analyze(&article, rules, i);
                let listed: Vec<serde_json::Value> = if mentions {
                    analysis
                        .mentions
                        .iter()
                        .map(|m| {
                            let mut v = serde_json::to_value(m).unwrap_or(serde_json::Value::Null);
                            v["text"] = serde_json::Value::String(
                                article.text[m.span.start..m.span.end].to_string(),
                            );
                            v
                        })
                        .collect()
                } else {
                    Vec::new()
                };
                let rec = record(&article, analysis, rules, settings);
                let mut v = serde_json::to_value(&rec).unwrap_or(serde_json::Value::Null);
                if mentions {
                    v["mentions"] = serde_json::Value::Array(listed);
                }
                Ok(v.to_string())
            })
            .collect();
        for l in lines {
            match l {
                Ok(line) => {
                    // A closed pipe (`| head`) ends the output quietly.
                    if writeln!(out, "{line}").is_err() {
                        return errors;
                    }
                }
                Err(e) => errors.push(e),
            }
        }
    }
    errors
}

/// Read [`Record`]s from JSON Lines (`factdiff extract` output); `name`
/// says where they come from in errors. Blank lines are skipped; a line
/// that is not a record is an error naming its line, and reading goes on.
pub fn read_records(
    reader: impl std::io::BufRead,
    name: &str,
    records: &mut Vec<Record>,
    errors: &mut Vec<Error>,
) {
    for (i, line) in reader.lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                errors.push(Error::Io {
                    path: name.to_string(),
                    reason: e.to_string(),
                });
                return;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Record>(&line) {
            Ok(r) => records.push(r),
            Err(e) => errors.push(Error::Input {
                path: format!("{name}:{}", i + 1),
                message: format!("not a factdiff extract record: {e}"),
            }),
        }
    }
}

/// `factdiff compare`, the reduce: the report of records gathered from
/// any number of shards, the same as `check` over the same articles.
/// Records are put in path order (a path seen twice counts once).
pub fn compare_records(
    mut records: Vec<Record>,
    rules: &RuleSet,
    mut errors: Vec<Error>,
) -> Report {
    let settings = family_settings(rules);
    records.sort_by(|a, b| a.path.cmp(&b.path));
    records.dedup_by(|a, b| a.path == b.path);
    for r in &records {
        if r.shingle_words != settings.shingle_words {
            errors.push(Error::Input {
                path: r.path.clone(),
                message: format!(
                    "extracted with {}-word shingles, the rules say {}: wire copy cannot be compared (extract again with the same rules)",
                    r.shingle_words, settings.shingle_words
                ),
            });
        }
    }
    let mut report = reduce(records, None, settings, errors, Vec::new());
    label_values(&mut report, rules);
    report
}

/// Fill [`Report::labels`]: how each source's language writes the rank,
/// title and role values its claims carry.
fn label_values(report: &mut Report, rules: &RuleSet) {
    for c in &report.claims {
        let key = match &c.value {
            Value::Rank { name, .. } => name,
            Value::Role(r) => r,
            _ => continue,
        };
        let Some(lang) = report.sources[c.source].article.language.as_deref() else {
            continue;
        };
        let pair = (lang.to_string(), key.clone());
        if report.labels.contains_key(&pair) {
            continue;
        }
        if let Some(label) = rules.languages.get(lang).and_then(|l| l.label(key)) {
            report.labels.insert(pair, label);
        }
    }
}
