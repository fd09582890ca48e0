//! The `quarry` binary: outputs, formats and exit codes.

use std::path::Path;
use std::process::{Command, Output};

use crate::support::sample_corpus;

fn quarry(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_quarry"))
        .args(args)
        .output()
        .expect("run quarry")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn sample() -> String {
    sample_corpus().display().to_string()
}

fn read_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).expect("output file");
    serde_json::from_str(&text).expect("valid JSON")
}

#[test]
fn analyse_writes_the_report_documents_and_terms() {
    let out = tempfile::tempdir().expect("temporary folder");
    let dir = out.path().join("report");
    let output = quarry(&[
        "analyse",
        &sample(),
        "--out",
        &dir.display().to_string(),
        "--quiet",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).is_empty(), "quiet: {}", stderr(&output));

    let report = read_json(&dir.join("report.json"));
    assert_eq!(report["schema"], 1);
    assert_eq!(report["corpus"]["documents"], 7);
    assert_eq!(report["corpus"]["words"], 4069);
    assert_eq!(report["terms"][0]["term"], "soldiers");
    assert_eq!(report["terms"][0]["frequency"], 43);
    assert_eq!(report["bigrams"][0]["ngram"], "russian soldiers");
    let gazette = report["keywords"]
        .as_array()
        .and_then(|all| {
            all.iter()
                .find(|k| k["doc"] == "riverside-gazette-four-days-at-the-tree.txt")
        })
        .expect("keywords of the gazette");
    assert_eq!(gazette["keywords"][1]["term"], "krasnova");

    let documents = read_json(&dir.join("documents.json"));
    assert_eq!(documents.as_array().map(Vec::len), Some(7));
    assert_eq!(documents[6]["encoding"], "windows-1252");
    assert_eq!(documents[0]["format"], "html");

    let terms = std::fs::read_to_string(dir.join("terms.csv")).expect("terms.csv");
    let mut lines = terms.lines();
    assert_eq!(
        lines.next(),
        Some("rank,term,frequency,documents,per_10k,stop_word")
    );
    assert_eq!(lines.next(), Some("1,the,259,7,636.520,true"));
    assert!(terms.contains(",soldiers,43,7,105.677,false"));
}

#[test]
fn terms_in_csv_and_json_and_ngrams() {
    let output = quarry(&["terms", &sample(), "--top", "2", "-q"]);
    assert!(output.status.success());
    assert_eq!(
        stdout(&output),
        "term,frequency,documents,per_10k\nsoldiers,43,7,105.677\nrussian,28,7,68.813\n"
    );
    let output = quarry(&[
        "terms",
        &sample(),
        "--top",
        "1",
        "--format",
        "json",
        "--ngram",
        "2",
        "-q",
    ]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(json[0]["ngram"], "russian soldiers");
    assert_eq!(json[0]["documents"], 6);
}

#[test]
fn links_in_csv_say_why_two_passages_are_linked() {
    let output = quarry(&["links", &sample(), "--format", "csv", "-q"]);
    assert!(output.status.success());
    let text = stdout(&output);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().expect("a header").clone();
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        ["kind", "score", "evidence", "a", "b", "a_text", "b_text"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    let evidence_of = |kind: &str| -> Vec<String> {
        (rows.iter())
            .filter(|r| &r[0] == kind)
            .map(|r| r[2].to_string())
            .collect()
    };
    // Each kind says in words what links the two ends, as the app does.
    assert_eq!(
        evidence_of("conflicting-figure"),
        [
            "both count soldier (prosecute) for the same period, but more than 16,000 and 20,000 \
          cannot both hold"
        ]
    );
    assert!(
        (evidence_of("reuse").iter()).all(|e| e.ends_with("shared five-word runs")),
        "{:?}",
        evidence_of("reuse")
    );
    let same = evidence_of("same-figure");
    assert!(
        !same.is_empty() && same.iter().all(|e| e.starts_with("both state ")),
        "{same:?}"
    );
    assert!((evidence_of("same-names").iter()).all(|e| e.starts_with("both name ")));
}

#[test]
fn kwic_prints_aligned_lines_csv_and_json() {
    let output = quarry(&["kwic", &sample(), "handcuffed", "--context", "3", "-q"]);
    assert!(output.status.success());
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4);
    assert!(lines[0].contains("a comrade were  [handcuffed]  to a tree"));
    assert!(lines[0].ends_with("northern-ledger-military-courts.txt"));
    assert_eq!(lines[3], "3 hits in 3 of 7 documents");

    let output = quarry(&[
        "kwic",
        &sample(),
        "handcuffed",
        "--context",
        "2",
        "--format",
        "csv",
        "-q",
    ]);
    let csv = stdout(&output);
    assert!(csv.starts_with("doc,start,end,left,keyword,right\n"));
    assert_eq!(csv.lines().count(), 4);

    let output = quarry(&[
        "kwic",
        &sample(),
        "sledge*",
        "--format",
        "json",
        "--sort",
        "left",
        "-q",
    ]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(json["hits"], 3);
    assert_eq!(json["range"], 2);
}

#[test]
fn keyness_of_a_document() {
    let output = quarry(&[
        "keyness",
        &sample(),
        "riverside-gazette-four-days-at-the-tree.txt",
        "--top",
        "2",
        "-q",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("direction,term,target,reference,g2,log_ratio,significance")
    );
    assert!(
        lines
            .next()
            .is_some_and(|l| l.starts_with("positive,ms,4,0,"))
    );
    let output = quarry(&["keyness", &sample(), "nope.txt", "-q"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("no document nope.txt"));
}

#[test]
fn exit_codes_and_one_line_errors() {
    let missing = quarry(&["terms", "/no/such/folder", "-q"]);
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(
        stderr(&missing),
        "quarry: error: corpus folder not found: /no/such/folder\n"
    );

    let bad_regex = quarry(&["kwic", &sample(), "(", "--regex", "-q"]);
    assert_eq!(bad_regex.status.code(), Some(1));
    assert!(stderr(&bad_regex).starts_with("quarry: error: invalid regular expression"));

    let usage = quarry(&["terms", &sample(), "--top", "many"]);
    assert_eq!(usage.status.code(), Some(2));
    let unknown = quarry(&["frobnicate"]);
    assert_eq!(unknown.status.code(), Some(2));
    let bad_kind = quarry(&["figures", &sample(), "--kind", "weight"]);
    assert_eq!(bad_kind.status.code(), Some(2));
    assert!(stderr(&bad_kind).contains("unknown kind"));

    let help = quarry(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("analyse"));
    // A word that is neither a command nor a folder is a usage error, not a window.
    assert!(stderr(&unknown).contains("neither a command, a folder nor a workspace file"));
}

#[test]
fn output_cut_short_by_its_reader_is_no_error() {
    // `quarry links … | head`: the reader goes before anything is written.
    let sample = sample();
    let commands = [
        ["links", &sample, "--format", "csv"],
        ["terms", &sample, "--format", "csv"],
        ["figures", &sample, "--format", "csv"],
        ["figures", &sample, "--format", "json"],
    ];
    for command in commands {
        let mut child = Command::new(env!("CARGO_BIN_EXE_quarry"))
            .args(command)
            .arg("-q")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run quarry");
        drop(child.stdout.take());
        let output = child.wait_with_output().expect("quarry ends");
        assert!(output.status.success(), "{command:?}: {}", stderr(&output));
        assert_eq!(stderr(&output), "", "{command:?}");
    }
}

#[test]
fn linking_runs_on_the_threads_asked_for() {
    // Names and links, not only the loading, run on the three threads asked for, more than
    // the test machine's cores.
    let output = quarry(&["links", &sample(), "--threads", "3", "--timings", "-q"]);
    assert!(output.status.success());
    assert!(
        stderr(&output).contains("timings: names and links")
            && stderr(&output).contains("s on 3 threads ("),
        "{}",
        stderr(&output)
    );
}

#[test]
fn reports_are_byte_identical_with_one_or_two_threads() {
    let out = tempfile::tempdir().expect("temporary folder");
    let mut reports = Vec::new();
    for threads in ["1", "2"] {
        let dir = out.path().join(threads);
        let output = quarry(&[
            "analyse",
            &sample(),
            "--out",
            &dir.display().to_string(),
            "--threads",
            threads,
            "-q",
        ]);
        assert!(output.status.success());
        let files: Vec<Vec<u8>> = ["report.json", "documents.json", "terms.csv"]
            .iter()
            .map(|f| std::fs::read(dir.join(f)).expect("output"))
            .collect();
        reports.push(files);
    }
    assert_eq!(reports[0], reports[1]);
}
