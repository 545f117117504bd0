//! End-to-end runs of the binary: exit codes, formats, baselines, and that
//! factdiff never writes into the folders it reads.
//!
//! These tests hold whatever the extractors find: where the outcome depends
//! on the claims (exit 1 or 0), the test reads the JSON report of the same
//! run and checks the exit code agrees with it. Seed-based snapshots of the
//! findings belong with the extraction work.

mod scratch;
use scratch::Temp;

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_factdiff"));
    c.env_remove("NO_COLOR");
    c
}

fn seeds() -> String {
    format!("{}/seeds", env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exited normally")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 stdout")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh, unique temporary folder, removed when dropped.
fn temp_dir(tag: &str) -> Temp {
    scratch::temp_dir(&format!("cli-{tag}"))
}

/// A copy of the seeds (without README) in a fresh folder.
fn seed_copy(tag: &str) -> Temp {
    let d = temp_dir(tag);
    for e in std::fs::read_dir(seeds()).expect("seeds") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x == "txt") {
            std::fs::copy(&p, d.join(p.file_name().expect("name"))).expect("copy");
        }
    }
    d
}

/// Every file under `dir` with its bytes, sorted.
fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).expect("read");
                out.push((p.display().to_string(), bytes));
            }
        }
    }
    out.sort();
    out
}

fn json_report(args: &[&str]) -> (Value, i32) {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let o = run(&all);
    let v: Value = serde_json::from_str(&stdout(&o)).expect("JSON on stdout");
    (v, code(&o))
}

fn count(v: &Value, key: &str) -> u64 {
    v["summary"][key].as_u64().expect("a count")
}

#[test]
fn exit_code_follows_the_failing_severity() {
    let s = seeds();
    let (v, c) = json_report(&["check", &s]);
    let conflicts = count(&v, "conflicts");
    assert_eq!(c, if conflicts > 0 { 1 } else { 0 }, "{v}");

    let (v, c) = json_report(&["check", &s, "--fail-on", "warning"]);
    let failing = count(&v, "conflicts") + count(&v, "inconsistencies");
    assert_eq!(c, if failing > 0 { 1 } else { 0 });

    let (v, c) = json_report(&["check", &s, "--fail-on", "note"]);
    let any = v["findings"].as_array().expect("findings").len();
    assert_eq!(c, if any > 0 { 1 } else { 0 });
}

#[test]
fn exit_zero_keeps_findings_at_zero_but_not_trouble() {
    let s = seeds();
    // No subcommand is a usage error.
    assert_eq!(code(&run(&[])), 2);
    let o = run(&["check", &s, "--fail-on", "note", "--exit-zero", "-q"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = run(&["check", &s, "/no/such/folder", "--exit-zero"]);
    assert_eq!(code(&o), 2);
    // Errors go to stderr, whatever the format; stdout is the report.
    assert!(stderr(&o).contains("/no/such/folder"), "{}", stderr(&o));
    assert!(!stdout(&o).contains("/no/such/folder"));
}

#[test]
fn tool_trouble_exits_2() {
    let empty = temp_dir("empty");
    let cases: Vec<Vec<String>> = vec![
        vec!["check".into(), "/no/such/path".into()],
        vec!["check".into(), empty.display().to_string()],
        vec!["check".into(), seeds(), "--format".into(), "yaml".into()],
        vec!["check".into(), seeds(), "--fail-on".into(), "fatal".into()],
        vec![
            "check".into(),
            seeds(),
            "--reason".into(),
            "no baseline".into(),
        ],
        vec!["completions".into(), "cmd.exe".into()],
    ];
    for args in cases {
        let o = bin().args(&args).output().expect("runs");
        assert_eq!(code(&o), 2, "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn every_format_renders() {
    let s = seeds();
    for format in [
        "human", "concise", "json", "sarif", "github", "markdown", "html",
    ] {
        let o = run(&["check", &s, "--format", format, "--color", "never"]);
        assert!(code(&o) <= 1, "{format}: {}", stderr(&o));
        let out = stdout(&o);
        match format {
            "human" => assert!(out.contains("sources checked"), "{out}"),
            "concise" => {
                for l in out.lines() {
                    assert!(l.splitn(4, ':').count() == 4, "{l}");
                }
            }
            "json" => {
                let v: Value = serde_json::from_str(&out).expect("json");
                assert_eq!(v["schema_version"], 1);
                assert_eq!(v["summary"]["suppressed"], 0);
            }
            "sarif" => {
                let v: Value = serde_json::from_str(&out).expect("sarif");
                assert_eq!(v["version"], "2.1.0");
                assert_eq!(v["runs"][0]["tool"]["driver"]["name"], "factdiff");
                assert!(v["runs"][0]["results"].is_array());
            }
            "github" => {
                assert!(out.lines().all(|l| l.starts_with("::")), "{out}");
                assert!(out.contains("::notice title=factdiff::"));
            }
            "markdown" => assert!(out.starts_with("## factdiff report\n")),
            "html" => {
                assert!(out.starts_with("<!DOCTYPE html>"));
                assert!(out.trim_end().ends_with("</html>"));
                assert!(!out.contains("<script"));
            }
            _ => unreachable!(),
        }
    }
}

#[test]
fn baseline_round_trip() {
    let clips = seed_copy("base-clips");
    let out = temp_dir("base-out");
    let file = out.join("baseline.json");
    let c = clips.display().to_string();
    let f = file.display().to_string();

    let (before, _) = json_report(&["check", &c]);
    let o = run(&[
        "check",
        &c,
        "--write-baseline",
        &f,
        "--reason",
        "checked with the desk",
    ]);
    assert_eq!(
        code(&o),
        0,
        "a fresh baseline accepts everything: {}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("wrote"), "{}", stderr(&o));
    let text = std::fs::read_to_string(&file).expect("baseline written");
    let b: Value = serde_json::from_str(&text).expect("baseline JSON");
    assert_eq!(b["version"], 1);
    assert!(text.contains("\n  \"findings\""), "pretty JSON");
    let recorded = b["findings"].as_array().expect("findings").len() as u64;
    assert_eq!(recorded, count(&before, "conflicts"));

    // Writing again gives the same bytes and keeps the reason.
    let o = run(&["check", &c, "--write-baseline", &f, "-q"]);
    assert_eq!(code(&o), 0);
    assert_eq!(std::fs::read_to_string(&file).expect("again"), text);

    let (after, c2) = json_report(&["check", &c, "--baseline", &f]);
    assert_eq!(c2, 0, "baselined findings do not fail the run");
    assert_eq!(count(&after, "suppressed"), recorded);
    assert_eq!(count(&after, "conflicts"), 0);

    let o = run(&["check", &c, "--baseline", &f, "--color", "never"]);
    if recorded > 0 {
        assert!(stdout(&o).contains("suppressed by the baseline"));
    }

    // SARIF keeps the accepted findings as suppressed results, with the reason.
    let o = run(&["check", &c, "--baseline", &f, "--format", "sarif"]);
    let log: Value = serde_json::from_str(&stdout(&o)).expect("sarif");
    let results = log["runs"][0]["results"].as_array().expect("results");
    let suppressed: Vec<&Value> = results
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(
        suppressed.len(),
        results.len(),
        "nothing new since the baseline"
    );
    assert_eq!(recorded > 0, !suppressed.is_empty());
    for r in suppressed {
        assert_eq!(r["suppressions"][0]["kind"], "external");
        assert_eq!(
            r["suppressions"][0]["justification"],
            "checked with the desk"
        );
    }
    let names: Vec<_> = std::fs::read_dir(&*out)
        .expect("ls")
        .map(|e| e.expect("e").file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
}

#[test]
fn bad_baseline_names_the_place_and_exits_2() {
    let d = temp_dir("badbase");
    let file = d.join("baseline.json");
    std::fs::write(
        &file,
        "{\n  \"version\": 1,\n  \"findings\": [\n    {\"id\": 3}\n  ]\n}\n",
    )
    .expect("write");
    let f = file.display().to_string();
    let o = run(&["check", &seeds(), "--baseline", &f]);
    assert_eq!(code(&o), 2);
    let err = stderr(&o);
    assert!(err.contains(&format!("{f}:4:")), "{err}");
    assert!(stdout(&o).is_empty(), "no report after a bad baseline");

    let o = run(&["check", &seeds(), "--baseline", "/no/such/baseline.json"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("/no/such/baseline.json"));
}

#[test]
fn never_writes_into_the_folder_it_reads() {
    let clips = seed_copy("readonly");
    let before = listing(&clips);
    let c = clips.display().to_string();
    for format in [
        "human", "concise", "json", "sarif", "github", "markdown", "html",
    ] {
        let o = run(&["check", &c, "--format", format]);
        assert!(code(&o) <= 1);
    }
    let o = run(&["extract", &c]);
    assert!(code(&o) <= 1);
    assert_eq!(listing(&clips), before);
}

#[test]
fn no_progress_when_stderr_is_not_a_terminal() {
    let d = temp_dir("many");
    let text = "Le marché de la ville était calme ce matin, et les habitants se promenaient le long du fleuve sous un ciel doux.\n";
    for i in 0..201 {
        std::fs::write(d.join(format!("{i:03}.txt")), text).expect("write");
    }
    let o = run(&["check", &d.display().to_string(), "--format", "concise"]);
    assert!(code(&o) <= 1);
    assert!(!stderr(&o).contains("checked"), "{}", stderr(&o));
    assert!(!stderr(&o).contains('\r'));
}

#[test]
fn completions_for_bash() {
    let o = run(&["completions", "bash"]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    assert!(out.contains("_factdiff()"), "{out}");
    assert!(out.contains("--write-baseline"));
}

#[test]
fn help_shows_an_example_per_subcommand() {
    for sub in ["check", "extract", "rules", "completions"] {
        let o = run(&[sub, "--help"]);
        assert_eq!(code(&o), 0);
        let out = stdout(&o);
        assert!(out.contains("Example"), "{sub}: {out}");
        assert!(out.contains(&format!("factdiff {sub}")), "{sub}: {out}");
    }
    let o = run(&["--help"]);
    assert!(stdout(&o).contains("Exit status"));
}

#[test]
fn hostile_clippings_render_as_text() {
    let d = temp_dir("hostile");
    std::fs::write(
        d.join("a.txt"),
        "Le général Assimi Goïta <script>alert(1)</script> est arrivé dimanche 22 juin à Moscou pour une visite officielle en Russie.\n",
    )
    .expect("write");
    std::fs::write(
        d.join("b.txt"),
        "Le colonel Assimi Goïta <img src=x onerror=alert(2)> est arrivé à Moscou pour une visite officielle en Russie, selon la télévision.\n",
    )
    .expect("write");
    let dir = d.display().to_string();
    for format in ["html", "markdown"] {
        let o = run(&["check", &dir, "--format", format]);
        assert!(code(&o) <= 1, "{}", stderr(&o));
        let out = stdout(&o);
        assert!(!out.contains("<script"), "{format}: {out}");
        assert!(!out.contains("<img"), "{format}: {out}");
    }
}

#[test]
fn github_annotates_each_conflict_once_on_the_dissenting_source() {
    let s = seeds();
    let (v, _) = json_report(&["check", &s]);
    let o = run(&["check", &s, "--format", "github"]);
    let out = stdout(&o);
    let errors: Vec<&str> = out.lines().filter(|l| l.starts_with("::error ")).collect();
    assert_eq!(errors.len() as u64, count(&v, "conflicts"), "{out}");
    // In the seeds, 004 alone says colonel and 23 June.
    for e in errors {
        assert!(
            e.contains("file=") && e.contains("004_0ee375172cb82c48.txt,"),
            "{e}"
        );
    }
}

#[test]
fn draft_verdicts_are_in_every_summary() {
    let draft = format!(
        "{}/tests/fixtures/drafts/from-002-dates-changed.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let s = seeds();
    let (v, _) = json_report(&["check", &draft, "--against", &s]);
    let contradicted = count(&v, "contradicted");
    assert!(contradicted > 0);
    for (format, needle) in [
        ("human", format!("{contradicted} contradicted")),
        ("markdown", format!("**{contradicted} contradicted**")),
        ("html", format!("<b>{contradicted}</b>contradicted")),
        ("github", format!("{contradicted} contradicted")),
    ] {
        let o = run(&[
            "check",
            &draft,
            "--against",
            &s,
            "--format",
            format,
            "--color",
            "never",
        ]);
        assert!(stdout(&o).contains(&needle), "{format}: {}", stdout(&o));
    }
}
