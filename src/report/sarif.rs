//! SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
//!
//! One `result` per claim taking part in a conflict or an inconsistency, so
//! every article carrying one side of a disagreement gets its own alert;
//! the other sides are `relatedLocations`. Agreements and single-source
//! claims are not results (they are not problems). Rules are the finding
//! names (`date-conflict`, `rank-conflict`, `weekday-mismatch`…).
//!
//! Findings a baseline accepts stay in the log as results with a
//! `suppressions` entry (`kind: external`, the baseline's reason as
//! `justification`), so code scanning shows them dismissed instead of
//! forgetting them. Errors and notes of the run (unreadable files,
//! replaced bytes, unsupported languages) are the invocation's
//! `toolExecutionNotifications`, with their kind as `descriptor.id`.
//!
//! `partialFingerprints` come from the stable finding id, the path and the
//! claim's value — never line numbers — so an alert survives edits above
//! it. Columns count Unicode code points (`columnKind`), like every other
//! factdiff output; `endColumn` is exclusive, as SARIF wants.

use std::collections::BTreeMap;

use serde_json::{Value as Json, json};

use super::is_problem;
use crate::claims::Claim;
use crate::compare::{Finding, Report, Severity, Suppressed, Verdict};

pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";
/// Where users learn about the tool (`tool.driver.informationUri`).
pub const INFORMATION_URI: &str = "https://github.com/factdiff/factdiff";
/// The key of factdiff's fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "factdiffFinding/v1";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// A relative path as a URI reference: forward slashes, percent-encoded
/// outside the unreserved set; absolute paths become `file://` URIs.
pub fn path_uri(path: &str) -> String {
    let p = path.replace('\\', "/");
    let p = p.strip_prefix("./").unwrap_or(&p);
    let mut out = String::new();
    for b in p.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else if b == b':' && out.len() == 1 {
            // A drive letter ("C:/…") keeps its colon.
            out.push(':');
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    let bytes = out.as_bytes();
    let drive =
        bytes.len() >= 3 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' && bytes[2] == b'/';
    if out.starts_with('/') {
        format!("file://{out}")
    } else if drive {
        format!("file:///{out}")
    } else {
        out.replace(':', "%3A")
    }
}

fn rule_text(name: &str, verdict: Verdict) -> (String, String) {
    match verdict {
        Verdict::Contradicted | Verdict::Disputed | Verdict::Unsupported | Verdict::Supported => (
            format!("The draft's claim is {}", verdict.as_str()),
            format!(
                "Draft mode: the sources checked against the draft leave this claim {} ({name}).",
                verdict.as_str()
            ),
        ),
        Verdict::Conflict => {
            let kind = name.strip_suffix("-conflict").unwrap_or(name);
            (
                format!("Sources disagree on a {kind}"),
                format!(
                    "Two or more sources give incompatible {kind} values for the same fact. \
                     Check which source is right before publishing."
                ),
            )
        }
        _ => (
            format!("An article contradicts itself ({name})"),
            "One article holds a value that cannot be true as written (an impossible date, \
             a weekday that does not match its date)."
                .to_string(),
        ),
    }
}

fn region(report: &Report, c: &Claim) -> Json {
    let text = &report.sources[c.source].excerpt;
    let (start_line, start_col) = text.line_col(c.span.start);
    let (end_line, end_col) = text.line_col(c.span.end);
    json!({
        "startLine": start_line,
        "startColumn": start_col,
        "endLine": end_line,
        "endColumn": end_col,
        "snippet": {"text": report.evidence(c)},
    })
}

fn location(report: &Report, c: &Claim) -> Json {
    json!({
        "physicalLocation": {
            "artifactLocation": {"uri": path_uri(report.path(c.source))},
            "region": region(report, c),
        }
    })
}

/// The results of one finding: one per claim, the other sides as related
/// locations. A finding a baseline accepts carries `suppressions`.
fn results_of(
    report: &Report,
    f: &Finding,
    rule_index: usize,
    suppression: Option<Json>,
    results: &mut Vec<Json>,
) {
    // Occurrences of the same (path, value) in one finding are numbered
    // so their fingerprints stay distinct.
    let mut seen: BTreeMap<(usize, String), usize> = BTreeMap::new();
    for (gi, g) in f.groups.iter().enumerate() {
        for &ci in &g.claims {
            let c = &report.claims[ci];
            let value = c.value.to_string();
            let n = seen.entry((c.source, value.clone())).or_default();
            *n += 1;
            let fingerprint = format!("{}|{}|{}|{}", f.id, report.path(c.source), value, *n);
            let mut message = if f.groups.len() > 1 {
                format!(
                    "{}: this source says {value}; {}.",
                    f.message,
                    super::other_sides(report, f, gi)
                )
            } else {
                format!("{}.", f.message)
            };
            if let Some(how) = &c.resolution {
                message.push_str(&format!(" Resolved: {how}."));
            }
            let related: Vec<Json> = f
                .groups
                .iter()
                .enumerate()
                .filter(|(gj, _)| *gj != gi)
                .flat_map(|(_, other)| other.claims.iter().map(move |&oj| (other, oj)))
                .enumerate()
                .map(|(k, (other, oj))| {
                    let oc = &report.claims[oj];
                    let mut loc = location(report, oc);
                    loc["id"] = json!(k);
                    loc["message"] = json!({
                        "text": format!("{} says {} (group {})", report.path(oc.source), oc.value, other.value)
                    });
                    loc
                })
                .collect();
            let mut result = json!({
                "ruleId": f.name,
                "ruleIndex": rule_index,
                "level": level(f.severity),
                "message": {"text": message},
                "locations": [location(report, c)],
                "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
                "properties": {
                    "findingId": f.id,
                    "subject": f.subject,
                    "attribute": f.attribute,
                    "value": value,
                    "group": g.value,
                },
            });
            if !related.is_empty() {
                result["relatedLocations"] = Json::Array(related);
            }
            if let Some(s) = &suppression {
                result["suppressions"] = json!([s]);
            }
            results.push(result);
        }
    }
}

/// Build the SARIF log.
pub fn document(report: &Report) -> Json {
    // Rules in name order, with their index; findings a baseline accepts
    // are results too (suppressed), so their rules are listed.
    let problems: Vec<&Finding> = report.findings.iter().filter(|f| is_problem(f)).collect();
    let accepted: Vec<&Suppressed> = report
        .baselined
        .iter()
        .filter(|s| is_problem(&s.finding))
        .collect();
    let mut rules: BTreeMap<&str, Verdict> = BTreeMap::new();
    for f in problems
        .iter()
        .copied()
        .chain(accepted.iter().map(|s| &s.finding))
    {
        rules.entry(&f.name).or_insert(f.verdict);
    }
    let index: BTreeMap<&str, usize> = rules.keys().enumerate().map(|(i, n)| (*n, i)).collect();
    let rules_json: Vec<Json> = rules
        .iter()
        .map(|(name, verdict)| {
            let (short, full) = rule_text(name, *verdict);
            json!({
                "id": name,
                "name": name,
                "shortDescription": {"text": short},
                "fullDescription": {"text": full},
                "defaultConfiguration": {"level": level(verdict.severity())},
                "help": {"text": format!("{full} `factdiff check --format human` quotes every side.")},
                "properties": {"tags": ["factdiff", verdict.as_str()]},
            })
        })
        .collect();
    let mut results = Vec::new();
    for f in problems {
        results_of(report, f, index[f.name.as_str()], None, &mut results);
    }
    // Accepted findings stay in the log, suppressed: code scanning shows
    // them as dismissed rather than losing their history.
    for s in accepted {
        let mut suppression = json!({"kind": "external", "status": "accepted"});
        if let Some(r) = &s.reason {
            suppression["justification"] = json!(r);
        }
        results_of(
            report,
            &s.finding,
            index[s.finding.name.as_str()],
            Some(suppression),
            &mut results,
        );
    }
    let notifications: Vec<Json> = report
        .errors
        .iter()
        .map(|e| {
            json!({
                "level": "error",
                "message": {"text": e.to_string()},
                "descriptor": {"id": e.kind()},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": path_uri(e.path())}}}],
            })
        })
        .chain(report.notes.iter().map(|n| {
            let mut loc = json!({"physicalLocation": {"artifactLocation": {"uri": path_uri(&n.path)}}});
            if let Some(line) = n.line {
                loc["physicalLocation"]["region"] = json!({"startLine": line});
            }
            json!({
                "level": n.level().as_str(),
                "message": {"text": n.to_string()},
                "descriptor": {"id": n.kind.as_str()},
                "locations": [loc],
            })
        }))
        .collect();
    json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factdiff",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": INFORMATION_URI,
                "rules": rules_json,
            }},
            "columnKind": "unicodeCodePoints",
            "invocations": [{
                "executionSuccessful": report.errors.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
            "properties": {
                "sources": report.checked_sources(),
                "conflicts": report.count(Verdict::Conflict),
                "agreements": report.count(Verdict::Agreement),
                "singles": report.count(Verdict::Single),
                "suppressed": report.suppressed,
            },
        }]
    })
}

pub fn render(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(&document(report)).expect("plain data serialises");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    //! A structural check against the SARIF 2.1.0 schema
    //! (sarif-schema-2.1.0.json, OASIS): the required properties and the
    //! types of every object factdiff writes, embedded here so the test
    //! needs no network. Also GitHub code scanning's own demands
    //! (a `ruleId` per result, fingerprints as strings, a `driver.name`).
    use super::*;
    use crate::report::testing;

    fn obj<'a>(v: &'a Json, what: &str) -> &'a serde_json::Map<String, Json> {
        v.as_object()
            .unwrap_or_else(|| panic!("{what} must be an object"))
    }

    /// `(property, type)` lists of each schema definition; a `!` marks a
    /// required property.
    fn check(v: &Json, what: &str, props: &[(&str, &str)]) {
        let o = obj(v, what);
        for (p, ty) in props {
            let (name, required) = match p.strip_prefix('!') {
                Some(n) => (n, true),
                None => (*p, false),
            };
            let Some(x) = o.get(name) else {
                assert!(!required, "{what}.{name} is required");
                continue;
            };
            let ok = match *ty {
                "string" => x.is_string(),
                "integer>=1" => x.as_u64().is_some_and(|n| n >= 1),
                "integer>=0" => x.as_u64().is_some(),
                "array" => x.is_array(),
                "object" => x.is_object(),
                "boolean" => x.is_boolean(),
                "level" => matches!(x.as_str(), Some("none" | "note" | "warning" | "error")),
                "uri" => x
                    .as_str()
                    .is_some_and(|s| !s.contains(' ') && !s.contains('\\')),
                other => panic!("unknown type {other}"),
            };
            assert!(ok, "{what}.{name} must be {ty}, is {x}");
        }
    }

    fn message(v: &Json, what: &str) {
        // message: anyOf required text / id.
        let o = obj(v, what);
        assert!(
            o.get("text").is_some_and(Json::is_string) || o.get("id").is_some_and(Json::is_string),
            "{what} needs text or id"
        );
    }

    fn physical_location(v: &Json, what: &str) {
        check(
            v,
            what,
            &[("!artifactLocation", "object"), ("region", "object")],
        );
        check(&v["artifactLocation"], what, &[("!uri", "uri")]);
        if let Some(r) = v.get("region") {
            check(
                r,
                "region",
                &[
                    ("!startLine", "integer>=1"),
                    ("startColumn", "integer>=1"),
                    ("endLine", "integer>=1"),
                    ("endColumn", "integer>=1"),
                    ("snippet", "object"),
                ],
            );
            if r.get("endLine").is_some() {
                assert!(r["endLine"].as_u64() >= r["startLine"].as_u64());
            }
            if r.get("endColumn").is_some() && r["endLine"] == r["startLine"] {
                assert!(r["endColumn"].as_u64() >= r["startColumn"].as_u64());
            }
            if let Some(snippet) = r.get("snippet") {
                check(snippet, "snippet", &[("!text", "string")]);
            }
        }
    }

    fn validate(log: &Json) {
        check(
            log,
            "sarifLog",
            &[
                ("!version", "string"),
                ("!runs", "array"),
                ("$schema", "uri"),
            ],
        );
        assert_eq!(log["version"], "2.1.0");
        for run in log["runs"].as_array().expect("runs") {
            check(
                run,
                "run",
                &[
                    ("!tool", "object"),
                    ("results", "array"),
                    ("invocations", "array"),
                    ("columnKind", "string"),
                ],
            );
            check(&run["tool"], "tool", &[("!driver", "object")]);
            let driver = &run["tool"]["driver"];
            check(
                driver,
                "toolComponent",
                &[
                    ("!name", "string"),
                    ("version", "string"),
                    ("informationUri", "uri"),
                    ("rules", "array"),
                ],
            );
            let rules = driver["rules"].as_array().expect("rules");
            for r in rules {
                check(
                    r,
                    "reportingDescriptor",
                    &[
                        ("!id", "string"),
                        ("shortDescription", "object"),
                        ("fullDescription", "object"),
                        ("defaultConfiguration", "object"),
                    ],
                );
                check(
                    &r["shortDescription"],
                    "multiformatMessageString",
                    &[("!text", "string")],
                );
                check(
                    &r["defaultConfiguration"],
                    "reportingConfiguration",
                    &[("level", "level")],
                );
            }
            for inv in run["invocations"].as_array().expect("invocations") {
                check(
                    inv,
                    "invocation",
                    &[
                        ("!executionSuccessful", "boolean"),
                        ("toolExecutionNotifications", "array"),
                    ],
                );
                for n in inv["toolExecutionNotifications"]
                    .as_array()
                    .into_iter()
                    .flatten()
                {
                    check(
                        n,
                        "notification",
                        &[
                            ("!message", "object"),
                            ("level", "level"),
                            ("descriptor", "object"),
                            ("locations", "array"),
                        ],
                    );
                    message(&n["message"], "notification.message");
                    check(
                        &n["descriptor"],
                        "reportingDescriptorReference",
                        &[("id", "string")],
                    );
                    for l in n["locations"].as_array().into_iter().flatten() {
                        physical_location(&l["physicalLocation"], "notification.location");
                    }
                }
            }
            for res in run["results"].as_array().expect("results") {
                check(
                    res,
                    "result",
                    &[
                        ("!message", "object"),
                        ("!ruleId", "string"),
                        ("ruleIndex", "integer>=0"),
                        ("level", "level"),
                        ("locations", "array"),
                        ("relatedLocations", "array"),
                        ("partialFingerprints", "object"),
                    ],
                );
                message(&res["message"], "result.message");
                let idx = res["ruleIndex"].as_u64().expect("index") as usize;
                assert_eq!(
                    rules[idx]["id"], res["ruleId"],
                    "ruleIndex points at its rule"
                );
                for l in res["locations"].as_array().expect("locations") {
                    physical_location(&l["physicalLocation"], "location.physicalLocation");
                }
                for l in res["relatedLocations"].as_array().into_iter().flatten() {
                    check(
                        l,
                        "location",
                        &[("id", "integer>=0"), ("message", "object")],
                    );
                    physical_location(&l["physicalLocation"], "relatedLocation.physicalLocation");
                }
                for sup in res["suppressions"].as_array().into_iter().flatten() {
                    check(
                        sup,
                        "suppression",
                        &[
                            ("!kind", "string"),
                            ("status", "string"),
                            ("justification", "string"),
                        ],
                    );
                    assert!(matches!(
                        sup["kind"].as_str(),
                        Some("inSource" | "external")
                    ));
                    assert!(matches!(
                        sup["status"].as_str(),
                        None | Some("accepted" | "underReview" | "rejected")
                    ));
                }
                for (_, fp) in obj(&res["partialFingerprints"], "partialFingerprints") {
                    assert!(fp.is_string(), "fingerprints are strings");
                }
            }
        }
    }

    #[test]
    fn the_sample_is_valid_sarif_2_1_0() {
        let log = document(&testing::sample());
        validate(&log);
        let results = log["runs"][0]["results"].as_array().expect("results");
        // 4 + 4 claims in the two conflicts, 1 inconsistency.
        assert_eq!(results.len(), 9);
        let fps: std::collections::BTreeSet<&str> = results
            .iter()
            .map(|r| {
                r["partialFingerprints"][FINGERPRINT_KEY]
                    .as_str()
                    .expect("fp")
            })
            .collect();
        assert_eq!(fps.len(), results.len(), "fingerprints are distinct");
        assert!(fps.iter().all(|f| !f.contains(":1:")), "no line numbers");
    }

    #[test]
    fn baselined_findings_are_suppressed_results_not_dropped() {
        let mut r = testing::sample();
        let i = r
            .findings
            .iter()
            .position(|f| f.id == "rank-conflict:assimi-goita:rank")
            .expect("rank conflict");
        let finding = r.findings.remove(i);
        r.baselined.push(crate::compare::Suppressed {
            finding,
            reason: Some("checked with the desk".into()),
        });
        r.suppressed = 1;
        let log = document(&r);
        validate(&log);
        let results = log["runs"][0]["results"].as_array().expect("results");
        assert_eq!(results.len(), 9, "the same results as without a baseline");
        let suppressed: Vec<&Json> = results
            .iter()
            .filter(|x| x.get("suppressions").is_some())
            .collect();
        assert_eq!(suppressed.len(), 4, "one per claim of the rank conflict");
        for x in suppressed {
            assert_eq!(x["ruleId"], "rank-conflict");
            assert_eq!(x["suppressions"][0]["kind"], "external");
            assert_eq!(
                x["suppressions"][0]["justification"],
                "checked with the desk"
            );
        }
    }

    #[test]
    fn notes_and_errors_are_notifications() {
        use crate::error::{Error, Note, NoteKind};
        let mut r = testing::sample();
        r.notes.push(
            Note::new("clippings/e.txt", NoteKind::InvalidBytes, "bytes replaced").at_line(2),
        );
        r.errors.push(Error::NotAFile {
            path: "clippings/x.txt".into(),
            what: "a FIFO",
        });
        let log = document(&r);
        validate(&log);
        let inv = &log["runs"][0]["invocations"][0];
        assert_eq!(inv["executionSuccessful"], false);
        let n = inv["toolExecutionNotifications"].as_array().expect("array");
        assert_eq!(n.len(), 2);
        assert_eq!(n[0]["level"], "error");
        assert_eq!(n[0]["descriptor"]["id"], "not-a-file");
        assert_eq!(n[1]["level"], "warning");
        assert_eq!(n[1]["descriptor"]["id"], "invalid-bytes");
        assert_eq!(
            n[1]["locations"][0]["physicalLocation"]["region"]["startLine"],
            2
        );
    }

    #[test]
    fn the_output_parses_back() {
        let s = render(&testing::sample());
        let back: Json = serde_json::from_str(&s).expect("valid JSON");
        validate(&back);
    }

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(path_uri("seeds/000.txt"), "seeds/000.txt");
        assert_eq!(path_uri("./a b/é.txt"), "a%20b/%C3%A9.txt");
        assert_eq!(path_uri("/tmp/x.txt"), "file:///tmp/x.txt");
        assert_eq!(path_uri("C:\\news\\x.txt"), "file:///C:/news/x.txt");
        assert_eq!(path_uri("a:b.txt"), "a%3Ab.txt");
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(&testing::sample()));
    }
}
