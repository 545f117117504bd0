//! The command-line edge: parse arguments, run the pipeline, write the
//! report, pick the exit status. Nothing else here prints or exits.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use factdiff::baseline::Baseline;
use factdiff::compare::{Report, Severity};
use factdiff::pipeline;
use factdiff::report::{self, Format, RenderOptions};
use factdiff::rules::RuleSet;

/// The exit-status contract (see README).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Exit {
    /// No finding at or above the failing severity.
    Clean = 0,
    /// Findings at or above the failing severity (conflicts by default).
    Findings = 1,
    /// The tool could not fully do its job: bad arguments, unreadable input, bad rules.
    Trouble = 2,
}

#[derive(Parser)]
#[command(
    name = "factdiff",
    version,
    about = "Check whether news sources agree on the facts of a story",
    long_about = "factdiff reads the articles that cover one story, extracts typed claims \
(dates of events, people's ranks and roles, counts, years) and reports where the sources \
disagree, where they corroborate each other, and what only one source says.",
    after_help = "Examples:\n  factdiff check seeds/\n  factdiff check clippings/ --format json > report.json\n  factdiff check clippings/ --format html > report.html\n  factdiff check clippings/ --baseline factdiff-baseline.json --format sarif > factdiff.sarif\n  factdiff rules\n  factdiff completions bash > ~/.local/share/bash-completion/completions/factdiff\n\nExit status: 0 no finding at or above --fail-on (conflicts by default), 1 findings, 2 the tool could not do its job."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// The lowest severity that fails the run (exit 1).
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    /// Conflicts between sources; in draft mode, contradicted draft claims.
    Error,
    /// Also internal inconsistencies (impossible dates, wrong weekdays) and
    /// disputed or unsupported draft claims.
    Warning,
    /// Also agreements and single-source claims.
    Note,
}

impl FailOn {
    fn severity(self) -> Severity {
        match self {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
            FailOn::Note => Severity::Note,
        }
    }
}

#[derive(clap::Args)]
struct RulesArg {
    /// Folder of extra rule files (<lang>/*.json); a file with the same path as a
    /// built-in one replaces it.
    #[arg(long, value_name = "DIR")]
    rules: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Compare the claims of articles (files or folders, read recursively).
    #[command(
        after_help = "Examples:\n  factdiff check seeds/ --format concise\n  factdiff check clippings/ --fail-on warning\n  factdiff check clippings/ --write-baseline factdiff-baseline.json --reason \"checked with the desk\"\n  factdiff check clippings/ --baseline factdiff-baseline.json --format github\n  factdiff check draft.md --against clippings/"
    )]
    Check(CheckArgs),
    /// Print the mentions and claims found in each article (one JSON line
    /// each): also the map of a sharded run, whose lines `factdiff compare`
    /// reads back.
    #[command(
        after_help = "Examples:\n  factdiff extract seeds/000_d0c11f1c804b374b.txt\n  factdiff extract shard-07/ --no-mentions > shard-07.jsonl"
    )]
    Extract {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
        /// Output format (one JSON object a line).
        #[arg(long, value_enum, default_value = "jsonl")]
        format: ExtractFormat,
        /// Leave out the mentions: the records `factdiff compare` needs, and
        /// nothing more (several times smaller).
        #[arg(long)]
        no_mentions: bool,
        #[command(flatten)]
        rules: RulesArg,
    },
    /// Compare the records of `factdiff extract` (the reduce of a sharded
    /// run): the same report as `check` over the same articles.
    #[command(
        after_help = "Examples:\n  factdiff compare shard-*.jsonl --format json\n  cat shard-*.jsonl | factdiff compare - --format sarif\n\nRead from standard input when no FILE (or `-`) is given. Records must come from the same rules (--rules) as this run."
    )]
    Compare(CompareArgs),
    /// Print shell completions for factdiff.
    #[command(
        after_help = "Examples:\n  factdiff completions bash > ~/.local/share/bash-completion/completions/factdiff\n  factdiff completions zsh > ~/.zfunc/_factdiff"
    )]
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// List the loaded rules with their ids and descriptions.
    #[command(after_help = "Example:\n  factdiff rules --rules my-rules/")]
    Rules {
        #[command(flatten)]
        rules: RulesArg,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExtractFormat {
    Jsonl,
}

fn load_rules(arg: &RulesArg) -> (RuleSet, Vec<factdiff::Error>) {
    match &arg.rules {
        Some(dir) => RuleSet::with_dir(dir),
        None => RuleSet::embedded(),
    }
}

fn use_color(c: Color) -> bool {
    match c {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

fn write_out(s: &str) {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = out.write_all(s.as_bytes());
    let _ = out.flush();
}

fn exit_for(report: &Report, fail_on: Severity, exit_zero: bool) -> Exit {
    if !report.errors.is_empty() {
        return Exit::Trouble;
    }
    // In draft mode the draft is what is being checked: disagreements among
    // the sources are reported, but only the draft's findings fail the run.
    let failing = report
        .findings
        .iter()
        .filter(|f| report.draft.is_none() || f.about_draft())
        .any(|f| f.severity >= fail_on);
    if failing && !exit_zero {
        Exit::Findings
    } else {
        Exit::Clean
    }
}

/// Files above which a terminal gets a progress counter.
const PROGRESS_THRESHOLD: usize = 200;

/// A one-line `\r` counter on stderr, only on a terminal and only for big runs.
fn progress(enabled: bool) -> impl FnMut(usize, usize) {
    move |done, total| {
        if !enabled || total <= PROGRESS_THRESHOLD || (done % 25 != 0 && done != total) {
            return;
        }
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "{}", report::progress_line(done, total));
        if done == total {
            let _ = write!(err, "{}", report::progress_clear());
        }
        let _ = err.flush();
    }
}

#[derive(clap::Args)]
struct CompareArgs {
    /// JSON Lines files written by `factdiff extract` (`-` or nothing:
    /// standard input).
    #[arg(value_name = "FILE")]
    inputs: Vec<String>,
    #[command(flatten)]
    out: OutputArgs,
}

/// How a report is written and judged (`check` and `compare`).
#[derive(clap::Args)]
struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    #[command(flatten)]
    rules: RulesArg,
    /// The lowest severity that makes the run exit 1.
    #[arg(long, value_enum, default_value = "error", value_name = "SEVERITY")]
    fail_on: FailOn,
    /// Always exit 0 when the run itself worked, even with findings
    /// (exit 2 for tool trouble stays).
    #[arg(long)]
    exit_zero: bool,
    /// Report only findings this baseline file does not accept, and say how
    /// many were suppressed.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record the current findings at or above --fail-on in FILE (pretty JSON,
    /// written atomically); the run then reports them as suppressed.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Why the findings written with --write-baseline are accepted.
    #[arg(long, value_name = "TEXT", requires = "write_baseline")]
    reason: Option<String>,
    /// When to use colours (NO_COLOR is honoured with `auto`).
    #[arg(long, value_enum, default_value = "auto")]
    color: Color,
    /// List every single-source claim in the human report.
    #[arg(long, short)]
    verbose: bool,
    /// No progress counter, notes or warnings on stderr (errors are still printed).
    #[arg(long, short)]
    quiet: bool,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Articles: .txt, .md or .html files, or folders holding them (with --against: the draft).
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
    #[command(flatten)]
    out: OutputArgs,
    /// Check the draft given as PATH against these sources: each claim of the
    /// draft is contradicted, disputed, supported or unsupported.
    #[arg(long, value_name = "SOURCE", num_args = 1..)]
    against: Vec<String>,
}

/// Load `--baseline` before any work: a bad baseline stops the run, since
/// its findings would be reported as new and fail the build for the wrong
/// reason.
fn load_baseline(out: &OutputArgs) -> Result<Option<Baseline>, Exit> {
    match &out.baseline {
        Some(path) => match Baseline::load(path) {
            Ok(b) => Ok(Some(b)),
            Err(e) => {
                eprintln!("error: {e}");
                Err(Exit::Trouble)
            }
        },
        None => Ok(None),
    }
}

fn check(a: CheckArgs) -> Exit {
    let (set, errors) = load_rules(&a.out.rules);
    let baseline = match load_baseline(&a.out) {
        Ok(b) => b,
        Err(exit) => return exit,
    };
    // In draft mode a missing path is fatal and said first: judging a draft
    // against sources that are not there would call every claim unsupported.
    if !a.against.is_empty() {
        let missing: Vec<String> = a
            .paths
            .iter()
            .chain(&a.against)
            .filter_map(|p| {
                let e = std::fs::metadata(p).err()?;
                let reason = if e.kind() == std::io::ErrorKind::NotFound {
                    "no such file or folder".to_string()
                } else {
                    e.to_string()
                };
                Some(format!("error: {p}: cannot read path: {reason}"))
            })
            .collect();
        if !missing.is_empty() {
            eprintln!("{}", missing.join("\n"));
            return Exit::Trouble;
        }
    }
    let show_progress = !a.out.quiet && std::io::stderr().is_terminal();
    let report = if a.against.is_empty() {
        pipeline::check_streaming(&a.paths, &set, errors, &mut progress(show_progress))
    } else {
        let [draft] = a.paths.as_slice() else {
            eprintln!(
                "error: with --against, give exactly one draft (got {} paths)",
                a.paths.len()
            );
            return Exit::Trouble;
        };
        pipeline::check_draft(
            draft,
            &a.against,
            &set,
            errors,
            &mut progress(show_progress),
        )
    };
    finish(report, baseline, &a.out)
}

fn compare(a: CompareArgs) -> Exit {
    let (set, mut errors) = load_rules(&a.out.rules);
    let baseline = match load_baseline(&a.out) {
        Ok(b) => b,
        Err(exit) => return exit,
    };
    let mut records = Vec::new();
    let inputs = if a.inputs.is_empty() {
        vec!["-".to_string()]
    } else {
        a.inputs.clone()
    };
    for input in &inputs {
        if input == "-" {
            let stdin = std::io::stdin().lock();
            pipeline::read_records(stdin, "<stdin>", &mut records, &mut errors);
            continue;
        }
        match std::fs::File::open(input) {
            Ok(f) => {
                pipeline::read_records(std::io::BufReader::new(f), input, &mut records, &mut errors)
            }
            Err(e) => errors.push(factdiff::Error::MissingPath {
                path: input.clone(),
                reason: e.to_string(),
            }),
        }
    }
    let report = pipeline::compare_records(records, &set, errors);
    finish(report, baseline, &a.out)
}

/// Baseline, render, errors, exit status: the end of `check` and `compare`.
fn finish(mut report: Report, baseline: Option<Baseline>, a: &OutputArgs) -> Exit {
    let fail_on = a.fail_on.severity();
    let baseline = match &a.write_baseline {
        Some(path) => {
            let mut b = Baseline::from_report(&report, fail_on, a.reason.as_deref());
            // Rewriting a baseline keeps the reasons given earlier.
            if let Ok(old) = Baseline::load(path) {
                b.keep_reasons(&old);
            }
            if let Err(e) = b.write(path) {
                eprintln!("error: {e}");
                return Exit::Trouble;
            }
            if !a.quiet {
                eprintln!(
                    "{}",
                    report::baseline_written(b.findings.len(), &path.display().to_string())
                );
            }
            Some(b)
        }
        None => baseline,
    };
    if let Some(b) = &baseline {
        b.apply(&mut report);
    }
    let opts = RenderOptions {
        color: use_color(a.color),
        verbose: a.verbose,
        width: 0,
    };
    {
        // Straight into stdout: a large JSON report is never held whole.
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        // A closed pipe (`| head`) is not an error worth a panic.
        let _ = report::write_to(&report, a.format, opts, &mut out);
        let _ = out.flush();
    }
    // Whatever the format, stdout is the report and stderr says what went
    // wrong: errors always, then notes and warnings unless --quiet.
    let mut err = std::io::stderr().lock();
    for e in &report.errors {
        let _ = writeln!(err, "error: {e}");
    }
    if !a.quiet {
        for n in &report.notes {
            let _ = writeln!(err, "{}: {n}", n.level().as_str());
        }
    }
    exit_for(&report, fail_on, a.exit_zero)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Check(args) => check(args),
        Command::Compare(args) => compare(args),
        Command::Completions { shell } => {
            let mut buf = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "factdiff", &mut buf);
            write_out(&String::from_utf8_lossy(&buf));
            Exit::Clean
        }
        Command::Extract {
            paths,
            format: ExtractFormat::Jsonl,
            no_mentions,
            rules,
        } => {
            let (set, mut errors) = load_rules(&rules);
            // Written as it goes: a shard's output need not fit in memory.
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            errors.extend(pipeline::extract_records(
                &paths,
                &set,
                !no_mentions,
                &mut out,
            ));
            let _ = out.flush();
            drop(out);
            for e in &errors {
                eprintln!("error: {e}");
            }
            if errors.is_empty() {
                Exit::Clean
            } else {
                Exit::Trouble
            }
        }
        Command::Rules { rules } => {
            let (set, errors) = load_rules(&rules);
            let mut s = String::new();
            for (code, lang) in &set.languages {
                for r in &lang.rules {
                    s.push_str(&format!("{:<40} {:<12} {}\n", r.id, r.kind, r.description));
                }
                if !lang.supported() {
                    s.push_str(&format!(
                        "({code}: language detection only, no extraction rules)\n"
                    ));
                }
            }
            write_out(&s);
            for e in &errors {
                eprintln!("error: {e}");
            }
            if errors.is_empty() {
                Exit::Clean
            } else {
                Exit::Trouble
            }
        }
    };
    ExitCode::from(code as u8)
}
