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
use crate::engine::figures::groups::{FigureGroup, FigurePair, Relation, groups, pairs};
use crate::engine::figures::{Bound, Figure, FigureKind};
use crate::engine::keyness::{Keyness, KeynessOptions, Keyword, Significance, keyness};
use crate::engine::links::{
    BoilerplateShingle, CommonName, Evidence, Link, LinkKind, LinkSettings, Links,
};
use crate::engine::names::{Name, NameType};
use crate::engine::ngrams::{NgramRow, ngrams};
use crate::engine::passages::Passage;
use crate::engine::segment::Span;
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
    /// Links: conflicting and related figures first, then the strongest of the other kinds.
    pub links: usize,
}

impl Default for ReportLimits {
    fn default() -> Self {
        Self {
            terms: 1_000,
            ngrams: 200,
            keywords: 10,
            links: 10_000,
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

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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

/// A figure as written to files: the document as its path and the sentence as text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigureRow {
    /// Path of the document.
    pub doc: String,
    /// The figure as written.
    pub text: String,
    /// Byte offset in the document text.
    pub start: u32,
    /// Byte offset just after the figure.
    pub end: u32,
    /// The sentence the figure is in.
    pub sentence: String,
    /// Single value.
    pub value: Option<f64>,
    /// Low end of a range.
    pub low: Option<f64>,
    /// High end of a range.
    pub high: Option<f64>,
    /// Kind.
    pub kind: FigureKind,
    /// Unit.
    pub unit: Option<String>,
    /// Currency code.
    pub currency: Option<String>,
    /// Normalised hedge.
    pub qualifier: Option<String>,
    /// Direction of the hedge.
    pub bound: Bound,
    /// What is counted.
    pub counted: Option<String>,
    /// The claim, as a verb lemma.
    pub predicate: Option<String>,
    /// Attributed source.
    pub source: Option<String>,
    /// Period covered.
    pub period: Option<String>,
    /// Vague count.
    pub vague: bool,
    /// Small number in prose.
    pub minor: bool,
}

impl FigureRow {
    /// The row of `figure` in `analysis`.
    pub fn new(analysis: &Analysis, figure: &Figure) -> Self {
        let document = &analysis.documents[figure.doc as usize];
        Self {
            doc: document.path.clone(),
            text: collapse(figure.text(&document.text)),
            start: figure.start,
            end: figure.end,
            sentence: figure
                .sentence
                .of(&document.text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            value: figure.value,
            low: figure.low(),
            high: figure.high(),
            kind: figure.kind,
            unit: figure.unit().map(str::to_string),
            currency: figure.currency().map(str::to_string),
            qualifier: figure.qualifier().map(str::to_string),
            bound: figure.bound,
            counted: figure.counted.as_deref().map(str::to_string),
            predicate: figure.predicate().map(str::to_string),
            source: figure.source().map(str::to_string),
            period: figure.period().map(str::to_string),
            vague: figure.vague,
            minor: figure.minor,
        }
    }

    /// The CSV header matching [`FigureRow::record`].
    pub const HEADER: [&'static str; 19] = [
        "doc",
        "text",
        "start",
        "end",
        "value",
        "low",
        "high",
        "kind",
        "unit",
        "currency",
        "qualifier",
        "bound",
        "counted",
        "predicate",
        "source",
        "period",
        "vague",
        "minor",
        "sentence",
    ];

    /// The row as CSV fields.
    pub fn record(&self) -> Vec<String> {
        let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        vec![
            self.doc.clone(),
            self.text.clone(),
            self.start.to_string(),
            self.end.to_string(),
            number(self.value),
            number(self.low),
            number(self.high),
            self.kind.name().to_string(),
            text(&self.unit),
            text(&self.currency),
            text(&self.qualifier),
            format!("{:?}", self.bound).to_lowercase(),
            text(&self.counted),
            text(&self.predicate),
            text(&self.source),
            text(&self.period),
            self.vague.to_string(),
            self.minor.to_string(),
            self.sentence.clone(),
        ]
    }
}

/// One end of a link, readable without the corpus.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PassageEnd {
    /// Path of the document.
    pub doc: String,
    /// Passage id: `path#index`.
    pub passage: String,
    /// Byte offset of the passage in the document text.
    pub start: u32,
    /// Byte offset just after it.
    pub end: u32,
    /// The passage text (white space collapsed).
    pub text: String,
}

/// A stretch of text given as evidence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TextSpan {
    /// Byte offset in the document text.
    pub start: u32,
    /// Byte offset just after it.
    pub end: u32,
    /// The text (white space collapsed).
    pub text: String,
}

/// The evidence of a link, with the texts it points at.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum EvidenceRow {
    /// Shared text in both passages.
    SharedText {
        /// Shared 5-word shingles.
        shingles: usize,
        /// Shared runs in passage `a`.
        a: Vec<TextSpan>,
        /// Shared runs in passage `b`.
        b: Vec<TextSpan>,
    },
    /// Rare names both passages mention.
    Names {
        /// The names.
        names: Vec<String>,
    },
    /// Terms that weigh most in the similarity.
    Terms {
        /// The terms.
        terms: Vec<String>,
    },
    /// Figures in both passages.
    Figures {
        /// Why they are paired, for conflicts and related pairs.
        reason: Option<String>,
        /// The figure in `a` and the figure in `b`, per pair.
        pairs: Vec<(FigureRow, FigureRow)>,
    },
}

/// A link as written to files.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LinkRow {
    /// `reuse`, `same-figure`, `conflicting-figure` or `related-figure`.
    pub kind: LinkKind,
    /// Strength within its kind, 0 to 1.
    pub score: f64,
    /// The evidence.
    pub evidence: EvidenceRow,
    /// The first passage.
    pub a: PassageEnd,
    /// The second passage.
    pub b: PassageEnd,
}

/// A passage as listed in `report.json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PassageRow {
    /// Passage id: `path#index`.
    pub id: String,
    /// Path of the document.
    pub doc: String,
    /// Position in the document.
    pub index: u32,
    /// Byte offset in the document text.
    pub start: u32,
    /// Byte offset just after it.
    pub end: u32,
    /// Words.
    pub words: usize,
}

fn passage_id(analysis: &Analysis, passage: &Passage) -> String {
    format!(
        "{}#{}",
        analysis.documents[passage.doc as usize].path, passage.index
    )
}

impl PassageRow {
    /// The row of `passage`.
    pub fn new(analysis: &Analysis, passage: &Passage) -> Self {
        Self {
            id: passage_id(analysis, passage),
            doc: analysis.documents[passage.doc as usize].path.clone(),
            index: passage.index,
            start: passage.span.start,
            end: passage.span.end,
            words: passage.words(),
        }
    }
}

impl PassageEnd {
    /// Passage `p` of `links` over `analysis`.
    pub fn new(analysis: &Analysis, links: &Links, p: usize) -> Self {
        let passage = &links.passages[p];
        let document = &analysis.documents[passage.doc as usize];
        Self {
            doc: document.path.clone(),
            passage: passage_id(analysis, passage),
            start: passage.span.start,
            end: passage.span.end,
            text: collapse(passage.span.of(&document.text)),
        }
    }
}

impl LinkRow {
    /// The row of `link` in `links` over `analysis`.
    pub fn new(analysis: &Analysis, links: &Links, link: &Link) -> Self {
        let end = |p: usize| PassageEnd::new(analysis, links, p);
        let spans = |p: usize, spans: &[Span]| -> Vec<TextSpan> {
            let text = &analysis.documents[links.passages[p].doc as usize].text;
            spans
                .iter()
                .map(|s| TextSpan {
                    start: s.start,
                    end: s.end,
                    text: collapse(s.of(text)),
                })
                .collect()
        };
        let owned = |words: Vec<&str>| words.into_iter().map(str::to_string).collect();
        let evidence = match links.evidence(link, &analysis.documents, &analysis.index) {
            Evidence::SharedText {
                spans_a,
                spans_b,
                shingles,
            } => EvidenceRow::SharedText {
                shingles,
                a: spans(link.a, &spans_a),
                b: spans(link.b, &spans_b),
            },
            Evidence::Names { names } => EvidenceRow::Names {
                names: owned(names),
            },
            Evidence::Terms { terms } => EvidenceRow::Terms {
                terms: owned(terms),
            },
            Evidence::Figures { pairs, reason } => EvidenceRow::Figures {
                reason: reason.map(str::to_string),
                pairs: pairs
                    .iter()
                    .map(|&(fa, fb)| {
                        (
                            FigureRow::new(analysis, &analysis.figures[fa]),
                            FigureRow::new(analysis, &analysis.figures[fb]),
                        )
                    })
                    .collect(),
            },
        };
        Self {
            kind: link.kind,
            score: link.score,
            evidence,
            a: end(link.a),
            b: end(link.b),
        }
    }
}

/// The `limit` links a report lists: conflicting, then related figures, then the others by score.
fn strongest_links(links: &Links, limit: usize) -> Vec<Link> {
    let priority = |kind: LinkKind| match kind {
        LinkKind::ConflictingFigure => 0,
        LinkKind::RelatedFigure => 1,
        _ => 2,
    };
    let mut ranked: Vec<&Link> = links.links.iter().collect();
    ranked.sort_by(|x, y| {
        priority(x.kind)
            .cmp(&priority(y.kind))
            .then(y.score.total_cmp(&x.score))
            .then(x.kind.cmp(&y.kind))
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    ranked.truncate(limit);
    let mut kept: Vec<Link> = ranked.into_iter().cloned().collect();
    kept.sort_by(|x, y| {
        x.kind
            .cmp(&y.kind)
            .then(y.score.total_cmp(&x.score))
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    kept
}

/// A named figure as written to files.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NameRow {
    /// The name shown.
    pub name: String,
    /// `person`, `organisation`, `place` or `unknown`.
    pub kind: NameType,
    /// Every form seen.
    pub variants: Vec<String>,
    /// Number of mentions.
    pub mentions: usize,
    /// Number of passages that mention it.
    pub passages: usize,
    /// Paths of the documents that mention it.
    pub documents: Vec<String>,
    /// Number of figures it is cited as the source of.
    pub figures: usize,
}

impl NameRow {
    /// The row of `name`, its passages counted among `links`' passages.
    pub fn new(analysis: &Analysis, links: &Links, name: &Name) -> Self {
        Self {
            name: name.name.clone(),
            kind: name.kind,
            variants: name.variants.clone(),
            mentions: name.mentions.len(),
            passages: links.naming(name).len(),
            documents: name
                .documents
                .iter()
                .map(|&d| analysis.documents[d as usize].path.clone())
                .collect(),
            figures: name.figures.len(),
        }
    }
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
    /// Every figure the texts cite, small numbers in prose included (flagged `minor`).
    pub figures: Vec<FigureRow>,
    /// Figures that state the same thing with the same value.
    pub figure_groups: Vec<FigureGroupRow>,
    /// Figures on the same thing and claim that disagree (`conflict`) or cover different
    /// periods (`related`).
    pub conflicts: Vec<FigurePairRow>,
    /// The passages the listed links connect.
    pub passages: Vec<PassageRow>,
    /// Passages in the corpus.
    pub passages_total: usize,
    /// Links between passages, with their evidence and both passages' text: figure conflicts
    /// and related pairs first, then the strongest others, at most [`ReportLimits::links`].
    pub links: Vec<LinkRow>,
    /// Links found in all (`quarry links` lists every one).
    pub links_total: usize,
    /// Five-word sequences set aside as boilerplate, most common first.
    pub boilerplate: Vec<BoilerplateShingle>,
    /// Names too common to link passages by, in most documents first.
    pub common_names: Vec<CommonName>,
    /// People, organisations and places named, most mentioned first.
    pub names: Vec<NameRow>,
}

/// A group of figures as written to files.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigureGroupRow {
    /// What they measure.
    pub kind: FigureKind,
    /// The shared head of what they count.
    pub counted: String,
    /// The shared value.
    pub value: f64,
    /// Indices into `figures`.
    pub figures: Vec<usize>,
    /// Paths of the documents that state it, sorted.
    pub documents: Vec<String>,
    /// The sources cited for it, sorted.
    pub sources: Vec<String>,
}

/// A conflicting or related pair as written to files, both sides in full.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigurePairRow {
    /// `conflict` or `related`.
    pub relation: Relation,
    /// Why they were paired.
    pub reason: String,
    /// Index of the first figure in `figures`.
    pub a_index: usize,
    /// Index of the second figure in `figures`.
    pub b_index: usize,
    /// The first figure.
    pub a: FigureRow,
    /// The second figure.
    pub b: FigureRow,
}

/// Figure groups and pairs of `analysis` (from [`groups`] and [`pairs`]) as rows.
pub fn figure_relations(
    analysis: &Analysis,
    groups: &[FigureGroup],
    pairs: &[FigurePair],
) -> (Vec<FigureGroupRow>, Vec<FigurePairRow>) {
    let figures = &analysis.figures;
    let group_rows = groups
        .iter()
        .map(|group| {
            let mut documents: Vec<String> = group
                .figures
                .iter()
                .map(|&i| analysis.documents[figures[i].doc as usize].path.clone())
                .collect();
            documents.sort();
            documents.dedup();
            let mut sources: Vec<String> = group
                .figures
                .iter()
                .filter_map(|&i| figures[i].source().map(str::to_string))
                .collect();
            sources.sort();
            sources.dedup();
            FigureGroupRow {
                kind: group.kind,
                counted: group.counted.clone(),
                value: group.value,
                figures: group.figures.clone(),
                documents,
                sources,
            }
        })
        .collect();
    let pair_rows = pairs
        .iter()
        .map(|pair| FigurePairRow {
            relation: pair.relation,
            reason: pair.reason.clone(),
            a_index: pair.a,
            b_index: pair.b,
            a: FigureRow::new(analysis, &figures[pair.a]),
            b: FigureRow::new(analysis, &figures[pair.b]),
        })
        .collect();
    (group_rows, pair_rows)
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
        // Figures are grouped once, for the report's groups and conflicts and for linking.
        let groups = groups(&analysis.figures);
        let pairs = pairs(&analysis.figures);
        let (figure_groups, conflicts) = figure_relations(analysis, &groups, &pairs);
        let (names, links_all) = analysis
            .names_and_links_until(&groups, &pairs, &[], &LinkSettings::default(), &|| false)
            .unwrap_or_default();
        let kept_links = strongest_links(&links_all, limits.links);
        let mut linked_passages: Vec<usize> = kept_links.iter().flat_map(|l| [l.a, l.b]).collect();
        linked_passages.sort_unstable();
        linked_passages.dedup();
        let links = links_all;
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
                .iter()
                .map(|&t| table.row(t))
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
            figures: analysis
                .figures
                .iter()
                .map(|f| FigureRow::new(analysis, f))
                .collect(),
            figure_groups,
            conflicts,
            passages: linked_passages
                .iter()
                .map(|&p| PassageRow::new(analysis, &links.passages[p]))
                .collect(),
            links: kept_links
                .iter()
                .map(|l| LinkRow::new(analysis, &links, l))
                .collect(),
            links_total: links.links.len(),
            passages_total: links.passages.len(),
            boilerplate: links.boilerplate.clone(),
            common_names: links.common_names.clone(),
            names: names
                .iter()
                .map(|n| NameRow::new(analysis, &links, n))
                .collect(),
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
