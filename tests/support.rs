//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

use quarry::engine::analysis::Analysis;
use quarry::engine::job::Job;
use quarry::engine::terms::TermSettings;

/// The bundled sample corpus.
pub fn sample_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/desertion-reports")
}

/// A test fixture file.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Analyses `folder` with default settings, panicking with the error if it fails.
pub fn analyse(folder: &Path) -> Analysis {
    analyse_with(folder, &TermSettings::default())
}

/// Analyses `folder` with `settings`.
pub fn analyse_with(folder: &Path, settings: &TermSettings) -> Analysis {
    match Analysis::run(folder, settings, &Job::new()) {
        Ok(analysis) => analysis,
        Err(error) => panic!("analysis of {} failed: {error}", folder.display()),
    }
}

/// A temporary folder holding `files` (relative path, bytes).
pub fn temp_corpus(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    for (path, bytes) in files {
        let full = dir.path().join(path);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).expect("create folder");
        }
        std::fs::write(full, bytes).expect("write fixture");
    }
    dir
}

/// The frequency of `term` in the analysis's term table (0 if absent).
pub fn frequency(analysis: &Analysis, term: &str) -> u64 {
    analysis
        .terms
        .id(term)
        .map_or(0, |id| analysis.terms.frequency[id as usize])
}

/// Runs the `quarry` binary with `args`, asserts it succeeded, and parses its JSON output.
pub fn quarry_json(args: &[&str]) -> serde_json::Value {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_quarry"))
        .args(args)
        .output()
        .expect("run quarry");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON")
}
