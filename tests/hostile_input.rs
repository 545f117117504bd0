//! Input that could hang factdiff or exhaust memory: links that loop back
//! to their folder, FIFOs, devices, huge files, unreadable folders. Each
//! run is spawned with a time limit inside the test (killed and failed
//! after [`LIMIT`]), so a hang fails the test instead of the CI job.

mod scratch;
use scratch::Temp;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Longer than any of these runs takes (well under a second each).
const LIMIT: Duration = Duration::from_secs(20);

const GOOD: &str = "Le général Jean Martin est arrivé à Dakar le 3 mars 2024 pour une visite officielle. \
Il doit rester au Sénégal jusqu'au 6 mars, selon son entourage.\n";
const GOOD2: &str =
    "Le général Jean Martin, arrivé le 3 mars 2024 à Dakar, restera au Sénégal jusqu'au 6 mars.\n";

/// A fresh, unique temporary folder, removed when dropped.
fn tempdir(tag: &str) -> Temp {
    scratch::temp_dir(&format!("hostile-{tag}"))
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Run the binary (through `wrapper`, if any), kill it and fail the test
/// if it has not ended after [`LIMIT`].
fn run_in_time_with(wrapper: &[&str], args: &[&str]) -> Run {
    let out = tempdir("out");
    let (o, e) = (out.join("stdout"), out.join("stderr"));
    let bin = env!("CARGO_BIN_EXE_factdiff");
    let mut cmd = match wrapper.split_first() {
        Some((w, rest)) => {
            let mut c = Command::new(w);
            c.args(rest).arg(bin);
            c
        }
        None => Command::new(bin),
    };
    // Output goes to files: a full pipe must not be what blocks.
    let mut child = cmd
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&o).unwrap())
        .stderr(std::fs::File::create(&e).unwrap())
        .spawn()
        .expect("the binary starts");
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("factdiff {args:?} still running after {LIMIT:?}: killed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code().expect("exited, not killed by a signal"),
        stdout: std::fs::read_to_string(&o).unwrap(),
        stderr: std::fs::read_to_string(&e).unwrap(),
    }
}

fn run_in_time(args: &[&str]) -> Run {
    run_in_time_with(&[], args)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn json(r: &Run) -> serde_json::Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout))
}

fn error_kinds(doc: &serde_json::Value) -> Vec<String> {
    doc["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_string())
        .collect()
}

/// `mkfifo PATH`; false when the tool is not there.
fn mkfifo(p: &Path) -> bool {
    Command::new("mkfifo")
        .arg(p)
        .status()
        .is_ok_and(|s| s.success())
}

#[cfg(unix)]
fn symlink(target: impl AsRef<Path>, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

#[cfg(unix)]
#[test]
fn links_back_to_the_folder_are_followed_once() {
    let dir = tempdir("loops");
    let d: &Path = &dir;
    std::fs::write(d.join("a.txt"), GOOD).unwrap();
    std::fs::write(d.join("b.txt"), GOOD2).unwrap();
    std::fs::create_dir(d.join("sub")).unwrap();
    std::fs::write(d.join("sub").join("c.txt"), GOOD).unwrap();
    // Two loops: a link to the folder itself and one to its parent.
    symlink(".", &d.join("self"));
    symlink("..", &d.join("sub").join("up"));
    // A link to a file already read is the same source, not a second one.
    symlink("a.txt", &d.join("also-a.txt"));
    let r = run_in_time(&["check", s(d), "--format", "json"]);
    let doc = json(&r);
    let paths: Vec<&str> = doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 3, "{paths:?}");
    assert!(doc["errors"].as_array().unwrap().is_empty(), "{}", r.stdout);
    let kinds: Vec<&str> = doc["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"symlink-loop"), "{kinds:?}");
    assert!(kinds.contains(&"duplicate-file"), "{kinds:?}");
    assert!(
        r.stderr.contains("a link to a folder already read"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_fifo_is_an_error_not_a_hang() {
    let dir = tempdir("fifo");
    let d: &Path = &dir;
    std::fs::write(d.join("a.txt"), GOOD).unwrap();
    if !mkfifo(&d.join("x.txt")) {
        eprintln!("mkfifo unavailable: skipped");
        return;
    }
    // In a folder.
    let r = run_in_time(&["check", s(d), "--format", "json"]);
    assert_eq!(r.code, 2);
    let doc = json(&r);
    assert_eq!(error_kinds(&doc), ["not-a-file"]);
    assert!(
        doc["errors"][0]["path"]
            .as_str()
            .unwrap()
            .ends_with("x.txt")
    );
    assert_eq!(
        doc["sources"].as_array().unwrap().len(),
        1,
        "the rest is checked"
    );
    assert!(
        r.stderr.contains("x.txt: not a regular file (a FIFO)"),
        "{}",
        r.stderr
    );
    // Named on the command line.
    let r = run_in_time(&["check", s(&d.join("x.txt"))]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("not a regular file (a FIFO)"),
        "{}",
        r.stderr
    );
    // As a rule file.
    let rules = tempdir("fifo-rules");
    std::fs::create_dir(rules.join("fr")).unwrap();
    assert!(mkfifo(&rules.join("fr").join("extra.json")));
    let r = run_in_time(&["check", s(&d.join("a.txt")), "--rules", s(&rules)]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("extra.json: not a regular file (a FIFO)"),
        "{}",
        r.stderr
    );
    // As a baseline.
    let r = run_in_time(&[
        "check",
        s(&d.join("a.txt")),
        "--baseline",
        s(&d.join("x.txt")),
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("x.txt: not a regular file (a FIFO)"),
        "{}",
        r.stderr
    );
}

#[cfg(unix)]
#[test]
fn a_link_to_a_device_is_never_read() {
    if !Path::new("/dev/zero").exists() {
        return;
    }
    let dir = tempdir("zero");
    let d: &Path = &dir;
    std::fs::write(d.join("a.txt"), GOOD).unwrap();
    symlink("/dev/zero", &d.join("z.txt"));
    let r = run_in_time(&["check", s(d), "--format", "json"]);
    assert_eq!(r.code, 2);
    let doc = json(&r);
    assert_eq!(error_kinds(&doc), ["not-a-file"]);
    assert!(
        r.stderr
            .contains("z.txt: not a regular file (a character device)"),
        "{}",
        r.stderr
    );
    let r = run_in_time(&["check", s(&d.join("a.txt")), "--baseline", "/dev/zero"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("/dev/zero: not a regular file"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_file_past_the_size_cap_is_an_error() {
    let dir = tempdir("big");
    let d: &Path = &dir;
    std::fs::write(d.join("a.txt"), GOOD).unwrap();
    // Sparse: 65 MB that take no disk space.
    let f = std::fs::File::create(d.join("big.txt")).unwrap();
    f.set_len(65 * 1024 * 1024).unwrap();
    drop(f);
    let r = run_in_time(&["check", s(d), "--format", "json"]);
    assert_eq!(r.code, 2);
    let doc = json(&r);
    assert_eq!(error_kinds(&doc), ["too-large"]);
    assert!(
        r.stderr.contains("big.txt: larger than 64 MB"),
        "{}",
        r.stderr
    );
    assert_eq!(doc["sources"].as_array().unwrap().len(), 1);
}

/// Whether this process runs as root (who reads any folder whatever its
/// permissions).
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[cfg(unix)]
#[test]
fn unreadable_folders_and_files_are_reported_and_the_rest_is_checked() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempdir("locked");
    let d: &Path = &dir;
    std::fs::write(d.join("a.txt"), GOOD).unwrap();
    std::fs::create_dir(d.join("locked")).unwrap();
    std::fs::write(d.join("locked").join("b.txt"), GOOD2).unwrap();
    std::fs::set_permissions(d.join("locked"), std::fs::Permissions::from_mode(0o000)).unwrap();
    std::fs::write(d.join("secret.txt"), GOOD2).unwrap();
    std::fs::set_permissions(d.join("secret.txt"), std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads everything: run as nobody when the tools allow it.
    let wrapper: &[&str] = if is_root() {
        &[
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
        ]
    } else {
        &[]
    };
    if !wrapper.is_empty() {
        // The temp folder and the binary must be reachable by nobody.
        let _ = std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755));
        let probe = run_in_time_with(wrapper, &["--version"]);
        if probe.code != 0 {
            eprintln!("cannot run as another user here: skipped");
            return;
        }
    }
    let r = run_in_time_with(wrapper, &["check", s(d), "--format", "json"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let doc = json(&r);
    assert_eq!(error_kinds(&doc), ["unreadable-folder", "io"]);
    assert!(
        doc["errors"][1]["path"]
            .as_str()
            .unwrap()
            .ends_with("secret.txt")
    );
    assert!(
        r.stderr
            .contains("secret.txt: cannot read file: Permission denied"),
        "{}",
        r.stderr
    );
    assert!(
        doc["errors"][0]["path"]
            .as_str()
            .unwrap()
            .ends_with("locked")
    );
    assert_eq!(
        doc["sources"].as_array().unwrap().len(),
        1,
        "the rest is checked"
    );
    assert!(
        r.stderr.contains("locked: cannot read folder"),
        "{}",
        r.stderr
    );
}
