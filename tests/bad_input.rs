//! Bad input gets a clear message naming the file and place, the rest of
//! the run goes on, and the exit status is 2 at the end. Never a panic.

mod scratch;

use std::path::Path;
use std::process::{Command, Output};

const GOOD: &str = "Le général Jean Martin est arrivé à Dakar le 3 mars 2024 pour une visite officielle. \
Il doit rester au Sénégal jusqu'au 6 mars, selon son entourage.\n";

/// A fresh folder under the system temp dir, removed when dropped.
fn tempdir(name: &str) -> scratch::Temp {
    scratch::temp_dir(&format!("bad-{name}"))
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn text(o: &[u8]) -> String {
    String::from_utf8_lossy(o).into_owned()
}

fn check(paths: &[&Path], extra: &[&str]) -> (i32, String, String) {
    let mut args = vec!["check"];
    let owned: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    args.extend(owned.iter().map(String::as_str));
    args.extend(extra);
    let o = run(&args);
    let code = o.status.code().expect("exited, not killed by a signal");
    // Errors may go to either stream; the user sees both.
    let all = format!("{}{}", text(&o.stdout), text(&o.stderr));
    (code, all, text(&o.stderr))
}

#[test]
fn missing_path_is_named_and_the_rest_is_checked() {
    let dir = tempdir("missing");
    std::fs::write(dir.join("a.txt"), GOOD).unwrap();
    let missing = dir.join("nope");
    let (code, out, _) = check(&[&missing, &dir], &[]);
    assert_eq!(code, 2);
    assert!(
        out.contains("nope: cannot read path: no such file or folder"),
        "{out}"
    );
    assert!(
        out.contains("1 source checked"),
        "the other path is still checked: {out}"
    );
}

#[test]
fn empty_folder_and_folder_without_articles() {
    let empty = tempdir("empty");
    let (code, out, _) = check(&[&empty], &[]);
    assert_eq!(code, 2);
    assert!(out.contains("no articles found"), "{out}");

    let other = tempdir("other");
    std::fs::write(other.join("photo.png"), [0x89, b'P', b'N', b'G']).unwrap();
    std::fs::write(other.join("data.json"), "{}").unwrap();
    let (code, out, _) = check(&[&other], &[]);
    assert_eq!(code, 2);
    assert!(out.contains("no articles found"), "{out}");
    assert!(
        out.contains("photo.png: skipped"),
        "skipped files get a note: {out}"
    );
}

#[test]
fn binary_and_empty_files_are_errors_the_good_file_is_checked() {
    let dir = tempdir("binary");
    std::fs::write(dir.join("a.txt"), GOOD).unwrap();
    std::fs::write(dir.join("b.txt"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    std::fs::write(dir.join("c.txt"), "").unwrap();
    let o = run(&["check", dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let kinds: Vec<&str> = doc["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, vec!["binary-file", "empty-file"]);
    assert!(
        doc["errors"][0]["path"]
            .as_str()
            .unwrap()
            .ends_with("b.txt")
    );
    assert_eq!(doc["sources"].as_array().unwrap().len(), 1);
}

#[test]
fn windows_1252_is_decoded_with_a_note() {
    let dir = tempdir("cp1252");
    let bytes: Vec<u8> = "Le général est arrivé à Dakar le 3 mars 2024 pour une visite officielle de trois jours au Sénégal."
        .chars()
        .map(|c| match c {
            'é' => 0xE9,
            'à' => 0xE0,
            c => c as u8,
        })
        .collect();
    std::fs::write(dir.join("a.txt"), bytes).unwrap();
    let (code, out, _) = check(&[&dir], &[]);
    assert_eq!(code, 0, "decoding is not an error: {out}");
    assert!(out.contains("decoded as Windows-1252"), "{out}");
}

/// German has a stopword profile but no extraction rules (English may get
/// rules; German is the stand-in for a language without them).
const GERMAN: &str = "Der General ist am Sonntag in Moskau angekommen und wird dort bis Donnerstag bleiben, sagte die Regierung am Montag.\n";

#[test]
fn a_language_without_rules_is_a_warning_in_every_format() {
    let dir = tempdir("german");
    std::fs::write(dir.join("a.txt"), GOOD).unwrap();
    std::fs::write(dir.join("de.txt"), GERMAN).unwrap();
    let d = dir.to_str().unwrap();
    let o = run(&["check", d]);
    assert_eq!(o.status.code(), Some(0), "one article was checked");
    let err = text(&o.stderr);
    assert!(
        err.contains("warning: ") && err.contains("de.txt: language `de` is not supported yet"),
        "{err}"
    );
    let o = run(&["check", d, "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let n = &doc["notes"][0];
    assert_eq!(n["kind"], "unsupported-language");
    assert_eq!(n["level"], "warning");
    assert!(n["path"].as_str().unwrap().ends_with("de.txt"));
    let o = run(&["check", d, "--format", "sarif"]);
    let log: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let notes = &log["runs"][0]["invocations"][0]["toolExecutionNotifications"];
    assert_eq!(notes[0]["level"], "warning");
    assert_eq!(notes[0]["descriptor"]["id"], "unsupported-language");
    let o = run(&["check", d, "--format", "github"]);
    assert!(
        text(&o.stdout)
            .lines()
            .any(|l| l.starts_with("::warning file=")
                && l.contains("de.txt")
                && l.contains("not supported yet")),
        "{}",
        text(&o.stdout)
    );
    for format in ["markdown", "html", "concise"] {
        let o = run(&["check", d, "--format", format]);
        assert!(
            text(&o.stdout).contains("not supported yet"),
            "{format}: {}",
            text(&o.stdout)
        );
    }
}

#[test]
fn a_run_that_checks_nothing_exits_2() {
    let dir = tempdir("german-only");
    std::fs::write(dir.join("de.txt"), GERMAN).unwrap();
    std::fs::write(dir.join("de2.txt"), GERMAN.replace("Montag", "Dienstag")).unwrap();
    let (code, _, err) = check(&[&dir], &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nothing could be checked"), "{err}");
    let o = run(&["check", dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(doc["errors"][0]["kind"], "nothing-checked");
    // A draft in a language without rules: nothing of it was judged.
    let src = tempdir("german-draft-sources");
    std::fs::write(src.join("a.txt"), GOOD).unwrap();
    let draft = dir.join("de.txt");
    let (code, _, err) = check(&[&draft], &["--against", src.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("the draft was not checked"), "{err}");
}

fn rules_dir(name: &str, file: &str, body: &str) -> scratch::Temp {
    let dir = tempdir(name);
    std::fs::create_dir_all(dir.join("fr")).unwrap();
    std::fs::write(dir.join("fr").join(file), body).unwrap();
    dir
}

#[test]
fn rule_file_with_a_syntax_error_names_line_and_column() {
    let rules = rules_dir(
        "syntax",
        "extra.json",
        "{\n  \"rules\": [\n    {\"id\": \"fr.x\",}\n  ]\n}\n",
    );
    let articles = tempdir("syntax-articles");
    std::fs::write(articles.join("a.txt"), GOOD).unwrap();
    let (code, out, _) = check(&[&articles], &["--rules", rules.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(out.contains("extra.json:3:19: invalid rule file"), "{out}");
    assert!(
        out.contains("1 source checked"),
        "the run goes on with the other rules: {out}"
    );
}

#[test]
fn unknown_field_and_invalid_regex_are_named() {
    let rules = rules_dir(
        "fields",
        "extra.json",
        r#"{"rules": [{"id": "fr.x.bad", "kind": "person", "description": "d", "pattern": "(unclosed"}]}"#,
    );
    std::fs::write(rules.join("fr").join("other.json"), r#"{"rulez": []}"#).unwrap();
    let o = run(&["rules", "--rules", rules.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(err.contains("rule `fr.x.bad`: invalid regex"), "{err}");
    assert!(
        err.contains("other.json:1:8: invalid rule file: unknown field `rulez`"),
        "{err}"
    );
    // The built-in rules are still listed.
    assert!(text(&o.stdout).contains("fr.person.rank-name"));
}

#[test]
fn missing_rules_folder_is_an_error() {
    let articles = tempdir("norules");
    std::fs::write(articles.join("a.txt"), GOOD).unwrap();
    let (code, out, _) = check(&[&articles], &["--rules", "/nonexistent/rules"]);
    assert_eq!(code, 2);
    assert!(out.contains("/nonexistent/rules"), "{out}");
}

#[test]
fn bad_arguments_exit_2() {
    let o = run(&["check"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["check", "x", "--format", "yaml"]);
    assert_eq!(o.status.code(), Some(2));
}

/// The seed-like article with one byte of Latin-1 (`0xE9`, "é") pasted into
/// otherwise UTF-8 text.
fn utf8_with_a_stray_byte() -> Vec<u8> {
    let mut bytes =
        "Le général Jean Martin est arrivé à Dakar le 3 mars 2024 pour une visite officielle.\n"
            .as_bytes()
            .to_vec();
    bytes.extend(b"Il doit rester au S\xe9n\xc3\xa9gal jusqu'au 6 mars, selon son entourage.\n");
    bytes
}

#[test]
fn a_stray_byte_does_not_turn_utf8_into_windows_1252() {
    let dir = tempdir("stray");
    std::fs::write(dir.join("a.txt"), utf8_with_a_stray_byte()).unwrap();
    std::fs::write(dir.join("b.txt"), GOOD).unwrap();
    let o = run(&["check", dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let a = &doc["sources"][0];
    assert!(a["path"].as_str().unwrap().ends_with("a.txt"));
    let b_claims = doc["sources"][1]["claims"].as_u64().unwrap();
    assert_eq!(
        a["claims"].as_u64().unwrap(),
        b_claims,
        "a.txt keeps its claims"
    );
    // Its quotes are the UTF-8 text, not mojibake.
    let quotes = serde_json::to_string(&doc["findings"]).unwrap();
    assert!(quotes.contains("Le général Jean Martin"));
    assert!(!quotes.contains("Ã©"), "{quotes}");
    let n = &doc["notes"][0];
    assert_eq!(n["kind"], "invalid-bytes");
    assert_eq!(n["level"], "warning");
    assert_eq!(n["line"], 2);
    assert!(
        text(&o.stderr).contains("a.txt:2: 1 invalid byte sequence"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn utf16_with_a_byte_order_mark_is_read() {
    let dir = tempdir("utf16");
    let mut le = vec![0xFF, 0xFE];
    for u in GOOD.encode_utf16() {
        le.extend(u.to_le_bytes());
    }
    std::fs::write(dir.join("a.txt"), le).unwrap();
    std::fs::write(dir.join("b.txt"), GOOD).unwrap();
    let o = run(&["check", dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(doc["errors"].as_array().unwrap().is_empty());
    assert_eq!(doc["sources"][0]["claims"], doc["sources"][1]["claims"]);
    assert!(doc["sources"][0]["claims"].as_u64().unwrap() > 0);
    assert_eq!(doc["notes"][0]["kind"], "encoding");
    assert!(
        doc["notes"][0]["message"]
            .as_str()
            .unwrap()
            .contains("UTF-16LE")
    );
}

/// A page whose script holds a later date than the article: read as text
/// (tags and all), that date becomes the article's date and "dimanche"
/// lands a week off, a false conflict.
const PAGE: &str = r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>Visite au Sénégal</title>
<script>window.meta = {"modified": "mis à jour le 20 mars 2024"};</script>
<style>.date::after { content: "25 mars 2024"; }</style></head>
<body><div class="menu">Accueil | Monde</div><article><p>Le général Jean Martin est arrivé <b>dimanche</b> à Dakar
pour une visite officielle de trois jours au Sénégal, selon son entourage.</p></article>
<!-- archivé le 25 mars 2024 --></body></html>
"#;

const DATED: &str = "published: 2024-03-04\n\nLe général Jean Martin est arrivé dimanche à Dakar pour une visite officielle de trois jours au Sénégal, selon son entourage.\n";

#[test]
fn an_html_page_is_read_as_its_text() {
    let dir = tempdir("html");
    std::fs::write(dir.join("a.txt"), DATED).unwrap();
    std::fs::write(dir.join("b.html"), PAGE).unwrap();
    // The same bytes as a .txt: what the tester saw.
    let raw = tempdir("html-as-text");
    std::fs::write(raw.join("a.txt"), DATED).unwrap();
    std::fs::write(raw.join("b.txt"), PAGE).unwrap();
    let conflicts = |d: &Path| -> (serde_json::Value, u64) {
        let o = run(&[
            "check",
            d.to_str().unwrap(),
            "--format",
            "json",
            "--exit-zero",
        ]);
        let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let n = doc["summary"]["conflicts"].as_u64().unwrap();
        (doc, n)
    };
    assert_eq!(conflicts(&raw).1, 1, "markup read as text misleads");
    let (doc, n) = conflicts(&dir);
    assert_eq!(n, 0, "{doc}");
    assert!(doc["summary"]["agreements"].as_u64().unwrap() >= 1);
    let page = &doc["sources"][1];
    assert!(page["path"].as_str().unwrap().ends_with("b.html"));
    assert_eq!(page["markup"], "html");
    // Quotes and columns are those of the extracted text: no markup.
    let claims: Vec<&serde_json::Value> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["groups"].as_array().unwrap())
        .flat_map(|g| g["claims"].as_array().unwrap())
        .filter(|c| c["path"].as_str().unwrap().ends_with("b.html"))
        .collect();
    assert!(!claims.is_empty());
    for c in claims {
        let q = c["quote"].as_str().unwrap();
        assert!(!q.contains('<') && q.starts_with("Le général"), "{q}");
    }
    // Named explicitly, a page is read the same way.
    let o = run(&["extract", dir.join("b.html").to_str().unwrap()]);
    assert!(!text(&o.stdout).contains("20 mars"), "{}", text(&o.stdout));
}

#[test]
fn human_errors_and_notes_go_to_stderr() {
    let dir = tempdir("stderr");
    std::fs::write(dir.join("a.txt"), GOOD).unwrap();
    std::fs::write(dir.join("de.txt"), GERMAN).unwrap();
    std::fs::write(dir.join("photo.png"), [0x89, b'P', b'N', b'G']).unwrap();
    let o = run(&["check", dir.to_str().unwrap()]);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(out.contains("1 source checked"), "{out}");
    assert!(err.contains("photo.png: skipped"), "{err}");
    assert!(!out.contains("photo.png"), "{out}");
    // The report lists the unchecked source; the warning is on stderr.
    assert!(
        err.lines().any(|l| l.starts_with("warning: ")
            && l.contains("de.txt: language `de` is not supported yet")),
        "{err}"
    );
    assert!(!out.contains("warning:") && !out.contains("note:"), "{out}");
    // --quiet keeps errors only.
    let o = run(&["check", dir.to_str().unwrap(), "-q"]);
    assert!(text(&o.stderr).is_empty(), "{}", text(&o.stderr));
    // Nothing read: no empty summary on stdout, the error on stderr.
    let o = run(&["check", dir.join("missing").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty(), "{}", text(&o.stdout));
    assert!(text(&o.stderr).contains("missing: cannot read path"));
}

#[test]
fn a_missing_against_path_is_said_first_and_alone() {
    let dir = tempdir("against");
    std::fs::write(dir.join("draft.txt"), GOOD).unwrap();
    let o = run(&[
        "check",
        dir.join("draft.txt").to_str().unwrap(),
        "--against",
        dir.join("nope").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty(), "{}", text(&o.stdout));
    let err = text(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("error: ") && err.contains("nope: cannot read path"),
        "{err}"
    );
}

#[test]
fn a_draft_inside_its_sources_is_not_its_own_source_whatever_its_spelling() {
    let dir = tempdir("draft-inside");
    std::fs::write(dir.join("draft.txt"), GOOD).unwrap();
    std::fs::write(dir.join("a.txt"), GOOD).unwrap();
    // The draft named through a different spelling of the same path.
    let draft = format!("{}/./draft.txt", dir.display());
    let o = run(&[
        "check",
        &draft,
        "--against",
        dir.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let paths: Vec<&str> = doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 2, "the draft and a.txt: {paths:?}");
}

#[test]
fn english_articles_are_read_with_the_english_rules() {
    let dir = tempdir("english");
    std::fs::write(
        dir.join("en.txt"),
        "Published June 23, 2025\n\nGen. Assimi Goita arrived in Moscow on Sunday for an official visit that will last until Thursday, according to state television.",
    )
    .unwrap();
    let (code, out, _) = check(&[&dir], &[]);
    assert_eq!(code, 0);
    assert!(!out.contains("not supported"), "{out}");
    assert!(out.contains("2025-06-22"), "{out}");
}
