//! The files and tables Quarry writes: `report.json`, `documents.json`, `terms.csv`.
//!
//! `report.json` carries `"schema": 1`; fields are only ever added to a schema version, so a
//! reader of version 1 keeps working. The README documents every field.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use rayon::prelude::*;
use serde::Serialize;

use crate::engine::analysis::Analysis;
use crate::engine::corpus::{DocFormat, Problem};
use crate::engine::keyness::{Keyness, KeynessOptions, Keyword, Significance, keyness};
use crate::engine::ngrams::{NgramRow, ngrams};
use crate::engine::terms::{TermRow, TermSettings};

/// The version of the report format.
pub const SCHEMA: u32 = 1;

/// How many terms, n-grams and keywords per document the report lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportLimits {
    /// Top terms.
    pub terms: usize,
    /// Top bigrams and top trigrams.
    pub ngrams: usize,
    /// Key terms per document.
    pub keywords: usize,
}

impl Default for ReportLimits {
    fn default() -> Self {
        Self {
            terms: 1_000,
            ngrams: 200,
            keywords: 10,
        }
    }
}

/// One document's row in `documents.json` and the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentRow {
    /// Document id (position in the path-sorted list).
    pub id: u32,
    /// Path relative to the corpus folder.
    pub path: String,
    /// Title (HTML title or first line).
    pub title: String,
    /// `text`, `markdown` or `html`.
    pub format: DocFormat,
    /// Encoding the file was decoded from.
    pub encoding: &'static str,
    /// File size in bytes.
    pub bytes: u64,
    /// Words (tokens).
    pub words: u64,
    /// Paragraphs.
    pub paragraphs: usize,
    /// Sentences.
    pub sentences: usize,
}

/// The documents of an analysis as rows.
pub fn document_rows(analysis: &Analysis) -> Vec<DocumentRow> {
    analysis
        .documents
        .iter()
        .map(|d| DocumentRow {
            id: d.id,
            path: d.path.clone(),
            title: d.title.clone(),
            format: d.format,
            encoding: d.encoding,
            bytes: d.file_bytes,
            words: analysis.index.doc(d.id).len() as u64,
            paragraphs: d.paragraphs.len(),
            sentences: d.sentences.len(),
        })
        .collect()
}

/// Totals for the whole corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CorpusSummary {
    /// The corpus folder as given.
    pub root: String,
    /// Documents loaded.
    pub documents: usize,
    /// Words (tokens).
    pub words: u64,
    /// Distinct terms with at least one occurrence.
    pub terms: usize,
    /// Bytes of the loaded files.
    pub bytes: u64,
    /// Files skipped.
    pub skipped: usize,
}

/// The key terms of one document against the rest of the corpus.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentKeywords {
    /// The document's path.
    pub doc: String,
    /// Its most key terms (p < 0.05), by G² descending.
    pub keywords: Vec<Keyword>,
}

/// The whole `report.json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// Report format version ([`SCHEMA`]).
    pub schema: u32,
    /// The program that wrote it, e.g. `quarry 0.1.0`.
    pub generator: String,
    /// Corpus totals.
    pub corpus: CorpusSummary,
    /// The term settings used.
    pub settings: TermSettings,
    /// Every document.
    pub documents: Vec<DocumentRow>,
    /// Files skipped or loaded with a warning.
    pub problems: Vec<Problem>,
    /// The most frequent terms.
    pub terms: Vec<TermRow>,
    /// The most frequent two-word sequences.
    pub bigrams: Vec<NgramRow>,
    /// The most frequent three-word sequences.
    pub trigrams: Vec<NgramRow>,
    /// Each document's key terms.
    pub keywords: Vec<DocumentKeywords>,
}

impl Report {
    /// Builds the report of `analysis`.
    pub fn new(analysis: &Analysis, limits: ReportLimits) -> Self {
        let table = &analysis.terms;
        let documents = document_rows(analysis);
        let options = KeynessOptions {
            min_significance: Significance::P05,
            negative: false,
            limit: limits.keywords,
        };
        let keywords = if analysis.documents.len() > 1 {
            analysis
                .documents
                .par_iter()
                .map(|d| DocumentKeywords {
                    doc: d.path.clone(),
                    keywords: keyness(&analysis.index, table, &[d.id], options).positive,
                })
                .collect()
        } else {
            Vec::new()
        };
        Self {
            schema: SCHEMA,
            generator: format!("quarry {}", env!("CARGO_PKG_VERSION")),
            corpus: CorpusSummary {
                root: analysis.root.display().to_string(),
                documents: analysis.documents.len(),
                words: analysis.word_count(),
                terms: table.frequency.iter().filter(|&&f| f > 0).count(),
                bytes: documents.iter().map(|d| d.bytes).sum(),
                skipped: analysis
                    .problems
                    .iter()
                    .filter(|p| p.kind.skipped())
                    .count(),
            },
            settings: table.settings.clone(),
            documents,
            problems: analysis.problems.clone(),
            terms: table
                .top(limits.terms)
                .into_iter()
                .map(|t| table.row(t))
                .collect(),
            bigrams: ngrams(
                &analysis.documents,
                &analysis.index,
                table,
                2,
                limits.ngrams,
            ),
            trigrams: ngrams(
                &analysis.documents,
                &analysis.index,
                table,
                3,
                limits.ngrams,
            ),
            keywords,
        }
    }
}

/// Writes every term (stop words included, flagged) as CSV, by frequency descending.
pub fn write_terms_csv(analysis: &Analysis, out: impl Write) -> anyhow::Result<()> {
    let table = &analysis.terms;
    let mut ids: Vec<u32> = (0..table.terms.len() as u32)
        .filter(|&t| table.frequency[t as usize] > 0)
        .collect();
    ids.sort_unstable_by_key(|&t| (std::cmp::Reverse(table.frequency[t as usize]), t));
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "rank",
        "term",
        "frequency",
        "documents",
        "per_10k",
        "stop_word",
    ])?;
    for (rank, id) in ids.into_iter().enumerate() {
        let row = table.row(id);
        writer.write_record([
            (rank + 1).to_string(),
            row.term,
            row.frequency.to_string(),
            row.documents.to_string(),
            format!("{:.3}", row.per_10k),
            table.is_stop[id as usize].to_string(),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

/// Writes `value` as pretty JSON to `path`, through a temporary file renamed into place.
pub fn write_json_file(path: &Path, value: &impl Serialize) -> anyhow::Result<()> {
    write_file_atomically(path, |file| {
        serde_json::to_writer_pretty(&mut *file, value)?;
        file.write_all(b"\n")?;
        Ok(())
    })
}

/// Writes a file through a temporary sibling that is renamed over `path` once complete.
pub fn write_file_atomically(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = parent.join(format!(".{file_name}.tmp"));
    let file = std::fs::File::create(&temporary)
        .with_context(|| format!("could not create {}", temporary.display()))?;
    let mut writer = std::io::BufWriter::new(file);
    write(&mut writer).with_context(|| format!("could not write {}", temporary.display()))?;
    let file = writer
        .into_inner()
        .map_err(|e| e.into_error())
        .with_context(|| format!("could not write {}", temporary.display()))?;
    file.sync_all()
        .with_context(|| format!("could not write {}", temporary.display()))?;
    std::fs::rename(&temporary, path)
        .with_context(|| format!("could not replace {}", path.display()))?;
    Ok(())
}

/// Writes `report.json`, `documents.json` and `terms.csv` into the folder `out` (created if
/// needed).
pub fn write_outputs(analysis: &Analysis, out: &Path, limits: ReportLimits) -> anyhow::Result<()> {
    std::fs::create_dir_all(out)
        .with_context(|| format!("could not create the output folder {}", out.display()))?;
    write_json_file(&out.join("documents.json"), &document_rows(analysis))?;
    write_file_atomically(&out.join("terms.csv"), |file| {
        write_terms_csv(analysis, file)
    })?;
    write_json_file(&out.join("report.json"), &Report::new(analysis, limits))?;
    Ok(())
}

/// Keyness of some documents, for the CLI.
pub fn keyness_of(analysis: &Analysis, docs: &[u32], limit: usize) -> Keyness {
    keyness(
        &analysis.index,
        &analysis.terms,
        docs,
        KeynessOptions {
            min_significance: Significance::P05,
            negative: true,
            limit,
        },
    )
}
