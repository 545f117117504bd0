//! Sharded equals one-shot: a folder split into shards, each run through
//! `factdiff extract` (the map), then `factdiff compare` over every shard's
//! records (the reduce), gives byte for byte the report of one
//! `factdiff check` over the folder: findings, families, stories, quotes,
//! lines and columns.

mod scratch;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_factdiff"));
    c.env_remove("NO_COLOR");
    c
}

fn run(args: &[String]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

/// The articles `check` reads under `dir`, as it shows their paths.
fn articles(dir: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixture folder")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if p.is_dir() {
            articles(&p, out);
        } else if [".txt", ".md", ".html", ".htm"]
            .iter()
            .any(|e| name.to_ascii_lowercase().ends_with(e))
            && !name.eq_ignore_ascii_case("README.md")
        {
            out.push(p.to_string_lossy().into_owned());
        }
    }
}

fn scratch(name: &str) -> scratch::Temp {
    scratch::temp_dir(&format!("shards-{name}"))
}

/// Split `dir` into `n` shards (round robin over the files), extract each
/// once, compare them all in each format; every report must equal one
/// check's, and so must the exit status.
fn sharded_equals_one_shot(dir: &str, n: usize, formats: &[&str]) {
    let mut files = Vec::new();
    articles(Path::new(dir), &mut files);
    assert!(files.len() >= n, "{dir}: fewer files than shards");
    let tmp = scratch(&format!("{}-{n}", dir.replace('/', "_")));
    let mut shard_files = Vec::new();
    for s in 0..n {
        let mut args = vec!["extract".to_string(), "--no-mentions".to_string()];
        // Shards in another order than the paths: the reduce sorts.
        args.extend(files.iter().skip(n - 1 - s).step_by(n).cloned());
        let o = run(&args);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let path = tmp.join(format!("shard-{s}.jsonl"));
        std::fs::write(&path, &o.stdout).expect("write shard");
        shard_files.push(path.to_string_lossy().into_owned());
    }
    for &format in formats {
        compare_once(dir, n, format, &shard_files);
    }
    let _ = std::fs::remove_dir_all(&tmp);
}

fn compare_once(dir: &str, n: usize, format: &str, shard_files: &[String]) {
    let one = run(&[
        "check".into(),
        dir.into(),
        "--format".into(),
        format.into(),
        "--color".into(),
        "never".into(),
    ]);
    let mut args = vec!["compare".to_string()];
    args.extend(shard_files.iter().cloned());
    args.extend(["--format", format, "--color", "never"].map(String::from));
    let sharded = run(&args);
    assert_eq!(
        String::from_utf8_lossy(&sharded.stdout),
        String::from_utf8_lossy(&one.stdout),
        "{dir} in {n} shards ({format})"
    );
    assert!(!one.stdout.is_empty());
    assert_eq!(
        sharded.status.code(),
        one.status.code(),
        "{dir}: exit status"
    );
}

#[test]
fn seeds_in_two_and_five_shards_give_the_same_json() {
    sharded_equals_one_shot("seeds", 2, &["json"]);
    sharded_equals_one_shot("seeds", 5, &["json"]);
}

#[test]
fn every_fixture_at_once_in_three_shards_gives_the_same_reports() {
    // Several stories, wire copy, CRLF and Windows-1252 files, web
    // clippings, HTML pages.
    sharded_equals_one_shot("tests/fixtures", 3, &["json", "human", "sarif"]);
}

#[test]
fn compare_reads_standard_input_and_names_bad_lines() {
    let o = run(&["extract".into(), "seeds".into(), "--no-mentions".into()]);
    assert_eq!(o.status.code(), Some(0));
    let mut input = o.stdout.clone();
    input.extend_from_slice(b"\n{\"not\": \"a record\"}\n");
    let mut child = bin()
        .args(["compare", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&input)
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    // The good records are compared, the bad line is an error: exit 2.
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("<stdin>:7"), "{stderr}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(report["sources"].as_array().map(Vec::len), Some(5));
}
