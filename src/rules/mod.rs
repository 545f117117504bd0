//! Rules as data: loading, validating and compiling `rules/<lang>/*.json`.
//!
//! A rule file holds **lexicons** (named word lists: months, ranks, number
//! words, event triggers…) and **rules** (a regex pattern of a given `kind`,
//! with examples). Patterns refer to lexicons as `{name}`; on load the
//! reference becomes an alternation of the lexicon's folded forms, longest
//! first. The *kind* says which extractor interprets the rule's named capture
//! groups: the kinds are code, the phrasings are data. See `rules/README.md`
//! for every field.
//!
//! The default set is compiled into the binary (see `build.rs`); `--rules DIR`
//! adds files, and a file with the same relative path as a default one
//! replaces it. Loading never stops at the first bad file: each problem is an
//! [`Error`] naming the file and line/column or rule id, and the rest loads.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use regex::Regex;
use serde::Deserialize;

use crate::error::Error;
use crate::text::fold_key;

/// The rule files compiled into the binary: `(relative path, contents)`.
pub const EMBEDDED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));

/// One rule file as written on disk.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// What the file is for.
    #[serde(default)]
    pub description: String,
    /// Named lexicons: canonical key -> surface forms.
    #[serde(default)]
    pub lexicons: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    #[serde(default)]
    pub rules: Vec<RuleDef>,
    /// Numeric settings of the language's stages
    /// (`families.min_containment`…).
    #[serde(default)]
    pub settings: BTreeMap<String, f64>,
}

/// One rule as written on disk.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    /// Unique id, `<lang>.<kind>.<name>`.
    pub id: String,
    /// Which extractor interprets the rule (see `rules/README.md`).
    pub kind: String,
    pub description: String,
    /// A regex over folded text; `{lexicon}` expands to the lexicon's forms.
    pub pattern: String,
    /// A kind-specific parameter (an event role, a day offset…).
    #[serde(default)]
    pub value: Option<String>,
    /// Match case-sensitively (default: case-insensitive).
    #[serde(default)]
    pub case_sensitive: bool,
    /// Examples run as tests.
    #[serde(default)]
    pub examples: Vec<Example>,
}

/// A rule example: `text` must yield a mention of this rule whose matched
/// text is `match` (and whose normalised value is `value` when given); with
/// `match: null` the rule must find nothing in `text`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub text: String,
    #[serde(rename = "match")]
    pub expect: Option<String>,
    #[serde(default)]
    pub value: Option<String>,
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub kind: String,
    pub description: String,
    /// Validated on load, compiled on first use ([`LazyRegex`]).
    pub regex: LazyRegex,
    pub value: Option<String>,
    pub examples: Vec<Example>,
    /// The file it came from (relative path such as `fr/dates.json`).
    pub file: String,
}

/// A rule's regex, checked on load and compiled the first time it runs.
///
/// Compiling every rule of every language cost about 0.5 s per process
/// (a tenth of a run of 1 000 articles, and most of each CLI test), while
/// a run usually reads one or two languages. Loading parses the pattern
/// (`regex-syntax`, the regex crate's own parser, so a bad pattern is
/// reported on load with the very message the regex crate gives);
/// dereferencing compiles it once, on whichever thread needs it first.
#[derive(Clone)]
pub struct LazyRegex {
    pattern: String,
    compiled: std::sync::OnceLock<Regex>,
}

/// The size limit of a rule's compiled regex.
const RULE_SIZE_LIMIT: usize = 1 << 26;

impl LazyRegex {
    /// Check `pattern`'s syntax (when `check`); compile nothing yet.
    fn new(pattern: String, check: bool) -> Result<LazyRegex, String> {
        if check {
            regex_syntax::ParserBuilder::new()
                .build()
                .parse(&pattern)
                .map_err(|e| format!("invalid regex: {e}"))?;
        }
        Ok(LazyRegex {
            pattern,
            compiled: std::sync::OnceLock::new(),
        })
    }

    /// Compile now; the error a compiled size past the limit gives (the
    /// only error the syntax check on load cannot see).
    pub fn compile(&self) -> Result<&Regex, String> {
        if let Some(re) = self.compiled.get() {
            return Ok(re);
        }
        let re = build_regex(&self.pattern).map_err(|e| format!("invalid regex: {e}"))?;
        Ok(self.compiled.get_or_init(|| re))
    }
}

/// The most memory a rule's lazy DFA may take per thread before the
/// regex engine gives up on it for that search. At the default (2 MB) the
/// breadcrumb rules (case-insensitive letter classes, counted repetitions)
/// filled it on every article and fell back to the engine that runs the
/// NFA step by step: about a tenth of a run of small articles. A cache
/// grows only as a search needs states, so rules that need little take
/// little.
const RULE_DFA_LIMIT: usize = 8 << 20;

fn build_regex(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(pattern)
        .size_limit(RULE_SIZE_LIMIT)
        .dfa_size_limit(RULE_DFA_LIMIT)
        .build()
}

impl std::ops::Deref for LazyRegex {
    type Target = Regex;
    fn deref(&self) -> &Regex {
        self.compiled.get_or_init(|| {
            // Rule files given with `--rules` are compiled on load, and the
            // embedded ones by a test: a pattern past the size limit is
            // never reached here. Should one be, it matches nothing.
            build_regex(&self.pattern)
                .unwrap_or_else(|_| Regex::new(r"[^\s\S]").expect("valid regex"))
        })
    }
}

impl std::fmt::Debug for LazyRegex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("LazyRegex").field(&self.pattern).finish()
    }
}

/// A multiply-rotate hash (the Fx hash of the Rust compiler) for lexicon
/// lookups: the default SipHash was most of the ~500 instructions each of
/// the ~3 000 lookups per article cost. Nothing iterates a lexicon's
/// index in hash order (`alternation` sorts), so the output does not
/// depend on the hash; lookups do not insert, so a crafted text cannot
/// grow the table.
#[derive(Debug, Clone, Copy, Default)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The hasher of [`Lexicon`] lookups.
pub type FastHash = std::hash::BuildHasherDefault<FxHasher>;

/// A lexicon: surface forms (folded, lower-cased) mapped to canonical keys.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// canonical key -> forms as written.
    entries: BTreeMap<String, Vec<String>>,
    /// folded form -> canonical key.
    index: HashMap<String, String, FastHash>,
    /// `\b(?:forms)\b`, compiled on first use.
    word_regex: std::sync::OnceLock<Option<Regex>>,
    /// `entries` with every form folded ([`fold_key`]), built on first use:
    /// claims compare folded forms for every figure and window, and
    /// folding them each time was a tenth of a run.
    folded: std::sync::OnceLock<BTreeMap<String, Vec<String>>>,
    /// Every form split into folded words ([`crate::text::word_tokens`]),
    /// with its key, built on first use.
    word_forms: std::sync::OnceLock<Vec<(String, Vec<String>)>>,
}

impl Lexicon {
    fn add(&mut self, key: &str, forms: &[String]) {
        let list = self.entries.entry(key.to_string()).or_default();
        for f in forms {
            list.push(f.clone());
            self.index.insert(fold_key(f), key.to_string());
        }
        self.folded = std::sync::OnceLock::new();
    }

    fn folded(&self) -> &BTreeMap<String, Vec<String>> {
        self.folded.get_or_init(|| {
            self.entries
                .iter()
                .map(|(k, forms)| (k.clone(), forms.iter().map(|f| fold_key(f)).collect()))
                .collect()
        })
    }

    /// `(key, form split into folded words)` for every non-empty form:
    /// keys in sorted order, each key's forms in the order written.
    pub fn word_forms(&self) -> &[(String, Vec<String>)] {
        self.word_forms.get_or_init(|| {
            self.entries
                .iter()
                .flat_map(|(k, forms)| {
                    forms
                        .iter()
                        .map(|f| (k.clone(), crate::text::word_tokens(f)))
                })
                .filter(|(_, w)| !w.is_empty())
                .collect()
        })
    }

    /// How a key is shown: its first form as written, else the key itself
    /// ("event.label" "incendie" → "fire"; a key without forms stays).
    pub fn first_form_or<'a>(&'a self, key: &'a str) -> &'a str {
        self.forms_of(key).first().map_or(key, String::as_str)
    }

    /// The forms of one key, folded ([`fold_key`]), in the order written.
    pub fn folded_forms_of(&self, key: &str) -> &[String] {
        self.folded().get(key).map_or(&[], Vec::as_slice)
    }

    /// Every `(key, folded form)`: keys in sorted order, each key's forms
    /// in the order written (as `keys()` then `forms_of()` with
    /// [`fold_key`], without folding again).
    pub fn folded_forms(&self) -> impl Iterator<Item = (&str, &str)> {
        self.folded()
            .iter()
            .flat_map(|(k, forms)| forms.iter().map(move |f| (k.as_str(), f.as_str())))
    }

    /// The canonical key of a surface form (compared folded, case-insensitively).
    pub fn key_of(&self, form: &str) -> Option<&str> {
        self.index
            .get(crate::text::fold_key_cow(form).as_ref())
            .map(String::as_str)
    }

    /// Canonical keys in sorted order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// The forms of one key, as written in the rule file.
    pub fn forms_of(&self, key: &str) -> &[String] {
        self.entries.get(key).map_or(&[], Vec::as_slice)
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// A case-insensitive regex matching any form as a whole word, for
    /// lexicons used directly (entities, triggers) rather than in patterns.
    pub fn word_regex(&self) -> Option<&Regex> {
        self.word_regex
            .get_or_init(|| {
                if self.is_empty() {
                    return None;
                }
                Regex::new(&format!(r"(?i)(?-u:\b){}(?-u:\b)", self.alternation())).ok()
            })
            .as_ref()
    }

    /// A regex alternation of every form, folded and escaped, longest first,
    /// with inner spaces matching any run of whitespace.
    pub fn alternation(&self) -> String {
        let mut forms: Vec<String> = self.index.keys().cloned().collect();
        forms.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let alts: Vec<String> = forms
            .iter()
            .map(|f| regex::escape(f).replace(' ', r"\s+"))
            .collect();
        format!("(?:{})", alts.join("|"))
    }
}

/// The compiled rules of one language.
#[derive(Debug, Clone, Default)]
pub struct Language {
    pub code: String,
    pub lexicons: BTreeMap<String, Lexicon>,
    pub rules: Vec<Rule>,
    /// Numeric settings gathered from every file of the language.
    pub settings: BTreeMap<String, f64>,
    /// Set once [`Language::warm`] has compiled every rule.
    warmed: std::sync::OnceLock<()>,
}

static EMPTY_LEXICON: std::sync::LazyLock<Lexicon> = std::sync::LazyLock::new(Lexicon::default);

impl Language {
    /// The rules of one kind, in id order.
    pub fn rules_of<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Rule> + 'a {
        self.rules.iter().filter(move |r| r.kind == kind)
    }

    /// A lexicon by name (empty when the language does not define it).
    pub fn lexicon(&self, name: &str) -> &Lexicon {
        self.lexicons.get(name).unwrap_or(&EMPTY_LEXICON)
    }

    /// How this language writes a canonical rank, title or role key, for
    /// reports: the first form the `rank`, `title` or `role` lexicon gives
    /// the key ("gouverneur" → "governor" in English), lower-cased except
    /// for acronyms. `None` when the language writes the key itself (French
    /// keys in French) or does not know it.
    pub fn label(&self, key: &str) -> Option<String> {
        // Accents count: "President" does not write "président".
        let lower = key.to_lowercase();
        for name in ["rank", "title", "role"] {
            let Some(forms) = self.lexicon(name).entries.get(key) else {
                continue;
            };
            if forms.iter().any(|f| f.to_lowercase() == lower) {
                return None;
            }
            let first = forms.first()?;
            let words: Vec<String> = first
                .split(' ')
                .map(|w| {
                    let caps = w.chars().filter(|c| c.is_uppercase()).count();
                    if caps > 1 {
                        w.to_string()
                    } else {
                        w.to_lowercase()
                    }
                })
                .collect();
            return Some(words.join(" "));
        }
        None
    }

    /// Compile every rule now, each thread that arrives starting at its
    /// own share of the list. Rules compile on first use
    /// ([`LazyRegex`]); when every worker needs the same rule at the
    /// start of a run, the first compiles it and the others wait, so the
    /// ~0.3 s of compiling a language ran on one core. Starting at
    /// different rules, the workers compile them side by side (one that
    /// reaches a rule still compiling elsewhere waits for it).
    pub fn warm(&self) {
        if self.warmed.get().is_some() || self.rules.is_empty() {
            return;
        }
        let n = self.rules.len();
        let threads = rayon::current_num_threads().max(1);
        let start = rayon::current_thread_index().unwrap_or(0) % threads * n / threads;
        for i in 0..n {
            let _ = &*self.rules[(start + i) % n].regex;
        }
        let _ = self.warmed.set(());
    }

    /// True when the language has extraction rules, not only a detection
    /// profile (`stopwords`).
    pub fn supported(&self) -> bool {
        !self.rules.is_empty()
    }
}

/// Every loaded language.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub languages: BTreeMap<String, Language>,
    /// Every folded form of a `stopwords` lexicon -> the languages (bit
    /// `i` for the `i`th of `languages`) that list it, built on first use:
    /// language detection looks each word of an article up once instead
    /// of once per language.
    stopwords: std::sync::OnceLock<HashMap<String, u64, FastHash>>,
    /// What the lexicons say about the words of story signatures, built
    /// on first use ([`crate::stories::Vocabulary`]).
    story_vocabulary: std::sync::OnceLock<crate::stories::Vocabulary>,
}

impl RuleSet {
    /// For language detection: the languages whose `stopwords` lexicon has
    /// the form `word` (folded as [`Lexicon::key_of`] folds it), as bits
    /// in the order of `languages`. `None` past 64 languages.
    pub fn stopword_languages(&self, word: &str) -> Option<u64> {
        if self.languages.len() > 64 {
            return None;
        }
        let map = self.stopwords.get_or_init(|| {
            let mut map: HashMap<String, u64, FastHash> = HashMap::default();
            for (i, lang) in self.languages.values().enumerate() {
                for form in lang.lexicon("stopwords").index.keys() {
                    *map.entry(form.clone()).or_default() |= 1 << i;
                }
            }
            map
        });
        Some(
            map.get(crate::text::fold_key_cow(word).as_ref())
                .copied()
                .unwrap_or(0),
        )
    }

    /// The lexicons' words as [`crate::stories`] weighs them: the same
    /// for every article of a run, so built once.
    pub fn story_vocabulary(&self) -> &crate::stories::Vocabulary {
        self.story_vocabulary
            .get_or_init(|| crate::stories::Vocabulary::new(self))
    }

    /// The default rules compiled into the binary.
    pub fn embedded() -> (RuleSet, Vec<Error>) {
        let files: Vec<(String, String, String)> = EMBEDDED
            .iter()
            .map(|(rel, text)| (rel.to_string(), format!("rules/{rel}"), text.to_string()))
            .collect();
        Self::from_files(files)
    }

    /// The default rules plus the files of `dir` (a file with the same
    /// relative path as a default one replaces it).
    pub fn with_dir(dir: &Path) -> (RuleSet, Vec<Error>) {
        let mut files: BTreeMap<String, (String, String)> = EMBEDDED
            .iter()
            .map(|(rel, text)| (rel.to_string(), (format!("rules/{rel}"), text.to_string())))
            .collect();
        let mut errors = Vec::new();
        // The files read from `dir`: relative path -> shown path.
        let mut mine: BTreeMap<String, String> = BTreeMap::new();
        let shown = dir.display().to_string();
        if !dir.is_dir() {
            errors.push(Error::MissingPath {
                path: shown,
                reason: "not a folder of rule files".into(),
            });
        } else {
            let mut found = Vec::new();
            collect_json(dir, &mut found, &mut std::collections::BTreeSet::new());
            if found.is_empty() {
                errors.push(Error::Input {
                    path: shown.clone(),
                    message: "no rule files (*.json) in this folder".into(),
                });
            }
            for p in found {
                let rel = p
                    .strip_prefix(dir)
                    .unwrap_or(&p)
                    .to_string_lossy()
                    .replace('\\', "/");
                let path = p.display().to_string();
                // Only regular files, never more than the size cap: a FIFO
                // named `x.json` must not block the run.
                match crate::corpus::read_file(&p, &path, crate::corpus::MAX_FILE_BYTES).and_then(
                    |b| {
                        String::from_utf8(b).map_err(|_| Error::Io {
                            path: path.clone(),
                            reason: "not UTF-8".into(),
                        })
                    },
                ) {
                    Ok(text) => {
                        mine.insert(rel.clone(), path.clone());
                        files.insert(rel, (path, text));
                    }
                    Err(e) => errors.push(e),
                }
            }
        }
        let (mut set, mut more) = Self::from_files(
            files
                .into_iter()
                .map(|(rel, (path, text))| (rel, path, text))
                .collect(),
        );
        errors.append(&mut more);
        // The user's own rules are compiled now: a pattern past the size
        // limit is an error on load, as any other bad pattern.
        for lang in set.languages.values_mut() {
            lang.rules.retain(|r| {
                let Some(path) = mine.get(&r.file) else {
                    return true;
                };
                match r.regex.compile() {
                    Ok(_) => true,
                    Err(message) => {
                        errors.push(Error::RuleInvalid {
                            path: path.clone(),
                            rule: r.id.clone(),
                            message,
                        });
                        false
                    }
                }
            });
        }
        (set, errors)
    }

    /// Compile `(relative path, shown path, contents)` triples. The language is
    /// the first folder of the relative path (`fr/dates.json` -> `fr`).
    pub fn from_files(files: Vec<(String, String, String)>) -> (RuleSet, Vec<Error>) {
        let mut errors = Vec::new();
        let mut parsed: BTreeMap<String, Vec<(String, String, RuleFile)>> = BTreeMap::new();
        // relative path -> contents, to tell the embedded files given unchanged.
        let mut originals: HashMap<String, String> = HashMap::new();
        for (rel, shown, text) in files {
            originals.insert(rel.clone(), text.clone());
            let Some((lang, _)) = rel.split_once('/') else {
                errors.push(Error::Input {
                    path: shown,
                    message: "rule files live in a language folder (rules/<lang>/*.json)".into(),
                });
                continue;
            };
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            match serde_json::from_str::<RuleFile>(text) {
                Ok(file) => {
                    parsed
                        .entry(lang.to_string())
                        .or_default()
                        .push((rel.clone(), shown, file))
                }
                Err(e) => errors.push(Error::RuleSyntax {
                    path: shown,
                    line: e.line(),
                    column: e.column(),
                    message: strip_serde_position(&e.to_string()),
                }),
            }
        }
        // The files embedded unchanged: their patterns are not parsed on
        // load (a test compiles every one of them), which was a tenth of a
        // run of 1 000 articles. Each is still compiled on first use.
        let embedded: std::collections::HashSet<&str> = EMBEDDED
            .iter()
            .filter(|(rel, text)| originals.get(*rel).is_some_and(|t| t == text))
            .map(|(rel, _)| *rel)
            .collect();
        let mut set = RuleSet::default();
        for (code, files) in parsed {
            let mut lang = Language {
                code: code.clone(),
                ..Language::default()
            };
            for (_, _, file) in &files {
                lang.settings
                    .extend(file.settings.iter().map(|(k, v)| (k.clone(), *v)));
                for (name, entries) in &file.lexicons {
                    let lex = lang.lexicons.entry(name.clone()).or_default();
                    for (key, forms) in entries {
                        lex.add(key, forms);
                    }
                }
            }
            let mut seen: HashMap<String, String> = HashMap::new();
            for (rel, shown, file) in &files {
                for def in &file.rules {
                    if let Some(prev) = seen.get(&def.id) {
                        errors.push(Error::RuleInvalid {
                            path: shown.clone(),
                            rule: def.id.clone(),
                            message: format!("duplicate rule id (also in {prev})"),
                        });
                        continue;
                    }
                    seen.insert(def.id.clone(), shown.clone());
                    match compile(def, &lang, !embedded.contains(rel.as_str())) {
                        Ok(regex) => lang.rules.push(Rule {
                            id: def.id.clone(),
                            kind: def.kind.clone(),
                            description: def.description.clone(),
                            regex,
                            value: def.value.clone(),
                            examples: def.examples.clone(),
                            file: rel.clone(),
                        }),
                        Err(message) => errors.push(Error::RuleInvalid {
                            path: shown.clone(),
                            rule: def.id.clone(),
                            message,
                        }),
                    }
                }
            }
            lang.rules.sort_by(|a, b| a.id.cmp(&b.id));
            set.languages.insert(code, lang);
        }
        (set, errors)
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.get(code)
    }
}

/// serde_json appends " at line X column Y"; the error already carries them.
fn strip_serde_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// The `*.json` files under `dir`, sorted; a folder reached again through
/// a link (a loop) is not walked twice.
fn collect_json(
    dir: &Path,
    out: &mut Vec<std::path::PathBuf>,
    seen: &mut std::collections::BTreeSet<std::path::PathBuf>,
) {
    if !seen.insert(std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf())) {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect_json(&p, out, seen);
        } else if p.extension().is_some_and(|e| e == "json") {
            out.push(p);
        }
    }
}

/// Expand `{lexicon}` references. A `{` followed by a digit is a regex
/// repetition (`\d{1,3}`), and `\p{L}` a Unicode class: both are left alone.
pub fn expand(pattern: &str, lang: &Language) -> Result<String, String> {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(i) = rest.find('{') {
        let before = &rest[..i];
        // `\{` is a literal brace; `\p{L}` a Unicode class.
        let escaped = (before.ends_with('\\') && !before.ends_with("\\\\"))
            || before.ends_with("\\p")
            || before.ends_with("\\P");
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        let is_ref = !escaped
            && name_len > 0
            && after[name_len..].starts_with('}')
            && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if is_ref {
            let lex = lang
                .lexicons
                .get(name)
                .ok_or_else(|| format!("unknown lexicon `{{{name}}}` in pattern"))?;
            if lex.is_empty() {
                return Err(format!("lexicon `{name}` is empty"));
            }
            out.push_str(&lex.alternation());
            rest = &after[name_len + 1..];
        } else {
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Patterns run over folded text, where letters are ASCII (accents are
/// removed), so `\b` can be the ASCII word boundary. This matters for speed:
/// the regex engine's fast DFA gives up on a Unicode `\b` as soon as the
/// text holds one non-ASCII character ("©", "€"), and falls back to a far
/// slower engine.
pub fn ascii_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('b') => out.push_str("(?-u:\\b)"),
                Some('B') => out.push_str("(?-u:\\B)"),
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn compile(def: &RuleDef, lang: &Language, check: bool) -> Result<LazyRegex, String> {
    if def.pattern.trim().is_empty() {
        return Err("empty pattern".into());
    }
    let expanded = ascii_word_boundaries(&expand(&def.pattern, lang)?);
    let flags = if def.case_sensitive { "" } else { "(?i)" };
    LazyRegex::new(format!("{flags}{expanded}"), check)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(files: &[(&str, &str)]) -> (RuleSet, Vec<Error>) {
        RuleSet::from_files(
            files
                .iter()
                .map(|(rel, text)| (rel.to_string(), format!("x/{rel}"), text.to_string()))
                .collect(),
        )
    }

    #[test]
    fn embedded_rules_load_without_errors() {
        let (set, errors) = RuleSet::embedded();
        assert!(errors.is_empty(), "{errors:#?}");
        assert!(set.language("fr").is_some_and(Language::supported));
        // Compiled lazily in a run: each must compile within the size limit.
        for lang in set.languages.values() {
            for r in &lang.rules {
                assert!(r.regex.compile().is_ok(), "{}", r.id);
            }
        }
    }

    #[test]
    fn a_bad_pattern_is_reported_on_load_as_the_regex_crate_words_it() {
        for bad in [
            "(unclosed",
            "a{2,1}",
            "\\p{Nope}",
            "[z-a]",
            "(?P<x>a)(?P<x>b)",
        ] {
            let file = format!(
                r#"{{"rules": [{{"id": "xx.bad", "kind": "t", "description": "d", "pattern": {}}}]}}"#,
                serde_json::to_string(bad).unwrap()
            );
            let (_, errors) = load(&[("xx/a.json", &file)]);
            let want = format!(
                "invalid regex: {}",
                regex::Regex::new(&format!("(?i){bad}")).unwrap_err()
            );
            match &errors[..] {
                [Error::RuleInvalid { message, .. }] => assert_eq!(message, &want, "{bad}"),
                other => panic!("{bad}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_users_pattern_past_the_size_limit_is_an_error_on_load() {
        let dir = std::env::temp_dir().join(format!("factdiff-rules-size-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("xx")).unwrap();
        std::fs::write(
            dir.join("xx/a.json"),
            r#"{"rules": [{"id": "xx.huge", "kind": "t", "description": "d", "pattern": "\\w{1000}\\w{1000}\\w{1000}"},
                          {"id": "xx.ok", "kind": "t", "description": "d", "pattern": "ok"}]}"#,
        )
        .unwrap();
        let (set, errors) = RuleSet::with_dir(&dir);
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(
            matches!(&errors[..], [Error::RuleInvalid { rule, message, .. }] if rule == "xx.huge" && message.contains("size limit")),
            "{errors:?}"
        );
        let ids: Vec<&str> = set
            .language("xx")
            .unwrap()
            .rules
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ids, ["xx.ok"]);
    }

    #[test]
    fn lexicon_references_expand_longest_first() {
        let (set, errors) = load(&[(
            "xx/a.json",
            r#"{"lexicons": {"m": {"6": ["juin"], "7": ["juillet", "juil."]}},
                "rules": [{"id": "xx.t", "kind": "t", "description": "d",
                           "pattern": "\\b(?P<m>{m})\\d{1,2}"}]}"#,
        )]);
        assert!(errors.is_empty(), "{errors:?}");
        let lang = set.language("xx").unwrap();
        let re = &lang.rules[0].regex;
        assert!(re.as_str().contains("juillet|juil\\.|juin"));
        assert!(re.is_match("JUIN12"));
        assert_eq!(lang.lexicon("m").key_of("Juil."), Some("7"));
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let (_, errors) = load(&[("xx/a.json", "{\n  \"rules\": [,]\n}")]);
        match &errors[..] {
            [Error::RuleSyntax { line, column, .. }] => assert_eq!((*line, *column), (2, 13)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unknown_fields_are_rejected() {
        let (_, errors) = load(&[("xx/a.json", r#"{"rulez": []}"#)]);
        assert!(
            matches!(&errors[..], [Error::RuleSyntax { message, .. }] if message.contains("rulez"))
        );
    }

    #[test]
    fn invalid_regex_names_the_rule_and_keeps_the_others() {
        let (set, errors) = load(&[(
            "xx/a.json",
            r#"{"rules": [
                {"id": "xx.bad", "kind": "t", "description": "d", "pattern": "(unclosed"},
                {"id": "xx.good", "kind": "t", "description": "d", "pattern": "ok"},
                {"id": "xx.lex", "kind": "t", "description": "d", "pattern": "{nope}"}]}"#,
        )]);
        assert_eq!(errors.len(), 2);
        assert!(matches!(&errors[0], Error::RuleInvalid { rule, .. } if rule == "xx.bad"));
        assert!(
            matches!(&errors[1], Error::RuleInvalid { rule, message, .. } if rule == "xx.lex" && message.contains("nope"))
        );
        assert_eq!(set.language("xx").unwrap().rules.len(), 1);
    }
}
