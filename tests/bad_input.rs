//! Bad input gets a clear message naming the file and place, the rest of
//! the run goes on, and the exit status is 2 at the end. Never a panic.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const GOOD: &str = "Le général Jean Martin est arrivé à Dakar le 3 mars 2024 pour une visite officielle. \
Il doit rester au Sénégal jusqu'au 6 mars, selon son entourage.\n";

/// A fresh folder under the system temp dir.
fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factdiff-bad-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
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

#[test]
fn german_articles_are_not_read_with_another_languages_rules() {
    let dir = tempdir("german");
    std::fs::write(
        dir.join("de.txt"),
        "Der General ist am Sonntag zu einem offiziellen Besuch in Moskau eingetroffen, der nach Angaben des Staatsfernsehens bis Donnerstag dauern wird.",
    )
    .unwrap();
    let (code, out, _) = check(&[&dir], &[]);
    assert_eq!(code, 0);
    assert!(out.contains("language `de` is not supported yet"), "{out}");
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

fn rules_dir(name: &str, file: &str, body: &str) -> PathBuf {
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
