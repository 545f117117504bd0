//! The command-line edge: parse arguments, run the pipeline, write the
//! report, pick the exit status. Nothing else here prints or exits.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

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
    after_help = "Examples:\n  factdiff check seeds/\n  factdiff check clippings/ --format json > report.json\n  factdiff rules\n\nExit status: 0 no conflicts, 1 conflicts found, 2 the tool could not do its job."
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
    #[command(after_help = "Example:\n  factdiff check seeds/ --format concise")]
    Check {
        /// Articles: .txt or .md files, or folders holding them.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        #[command(flatten)]
        rules: RulesArg,
        /// Always exit 0 when the run itself worked, even with conflicts.
        #[arg(long)]
        exit_zero: bool,
        /// When to use colours (NO_COLOR is honoured with `auto`).
        #[arg(long, value_enum, default_value = "auto")]
        color: Color,
        /// List every single-source claim in the human report.
        #[arg(long, short)]
        verbose: bool,
    },
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

fn exit_for(report: &Report, exit_zero: bool) -> Exit {
    if !report.errors.is_empty() {
        return Exit::Trouble;
    }
    let failing = report
        .findings
        .iter()
        .any(|f| f.severity >= Severity::Error);
    if failing && !exit_zero {
        Exit::Findings
    } else {
        Exit::Clean
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Check {
            paths,
            format,
            rules,
            exit_zero,
            color,
            verbose,
        } => {
            let (set, errors) = load_rules(&rules);
            let report = pipeline::check(&paths, &set, errors);
            let opts = RenderOptions {
                color: use_color(color),
                verbose,
                width: 0,
            };
            write_out(&report::render(&report, format, opts));
            if format != Format::Human {
                for e in &report.errors {
                    eprintln!("error: {e}");
                }
            }
            exit_for(&report, exit_zero)
        }
        Command::Extract {
            paths,
            format: ExtractFormat::Jsonl,
            rules,
        } => {
            let (set, errors) = load_rules(&rules);
            let report = pipeline::check(&paths, &set, errors);
            write_out(&factdiff::report::extract_jsonl(&paths, &set));
            for e in &report.errors {
                eprintln!("error: {e}");
            }
            if report.errors.is_empty() {
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
