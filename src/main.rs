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
    /// Print the mentions and claims found in each article.
    #[command(after_help = "Example:\n  factdiff extract seeds/000_d0c11f1c804b374b.txt")]
    Extract {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
        /// Output format (one JSON object a line).
        #[arg(long, value_enum, default_value = "jsonl")]
        format: ExtractFormat,
        #[command(flatten)]
        rules: RulesArg,
    },
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
struct CheckArgs {
    /// Articles: .txt or .md files, or folders holding them (with --against: the draft).
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
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
    /// No progress counter or notes on stderr (errors are still printed).
    #[arg(long, short)]
    quiet: bool,
    /// Check the draft given as PATH against these sources: each claim of the
    /// draft is contradicted, disputed, supported or unsupported.
    #[arg(long, value_name = "SOURCE", num_args = 1..)]
    against: Vec<String>,
}

fn check(a: CheckArgs) -> Exit {
    let (set, errors) = load_rules(&a.rules);
    let fail_on = a.fail_on.severity();
    // A bad baseline stops the run before any work: its findings would be
    // reported as new and fail the build for the wrong reason.
    let baseline = match &a.baseline {
        Some(path) => match Baseline::load(path) {
            Ok(b) => Some(b),
            Err(e) => {
                eprintln!("error: {e}");
                return Exit::Trouble;
            }
        },
        None => None,
    };
    let show_progress = !a.quiet && std::io::stderr().is_terminal();
    let mut report = if a.against.is_empty() {
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
    write_out(&report::render(&report, a.format, opts));
    if a.format != Format::Human {
        for e in &report.errors {
            eprintln!("error: {e}");
        }
    }
    exit_for(&report, fail_on, a.exit_zero)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Check(args) => check(args),
        Command::Completions { shell } => {
            let mut buf = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "factdiff", &mut buf);
            write_out(&String::from_utf8_lossy(&buf));
            Exit::Clean
        }
        Command::Extract {
            paths,
            format: ExtractFormat::Jsonl,
            rules,
        } => {
            let (set, mut errors) = load_rules(&rules);
            let (out, load_errors) = factdiff::report::extract_jsonl(&paths, &set);
            errors.extend(load_errors);
            write_out(&out);
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
