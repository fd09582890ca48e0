//! The command line: headless analysis and export.
//!
//! ```text
//! quarry analyse <FOLDER> --out <DIR>       report.json, documents.json, terms.csv
//! quarry terms <FOLDER> [--top N] [--ngram N] [--format csv|json]
//! quarry kwic <FOLDER> <QUERY> [--regex] [--context N] [--sort position|left|right]
//! quarry keyness <FOLDER> <DOC>... [--top N] [--format csv|json]
//! ```
//! Exit codes: 0 success, 1 bad input (with a one-line reason on stderr), 2 usage error.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use crate::engine::analysis::{Analysis, Stages};
use crate::engine::figures::FigureKind;
use crate::engine::figures::groups::{groups, pairs};
use crate::engine::job::Job;
use crate::engine::kwic::{Concordance, KwicSort, QueryMode, dispersion};
use crate::engine::links::{Link, LinkKind, LinkSettings, Links};
use crate::engine::ngrams::ngrams;
use crate::engine::stopwords::StopWords;
use crate::engine::terms::TermSettings;
use crate::report::{
    FigureRow, LinkRow, NameRow, PassageEnd, ReportLimits, keyness_of, write_outputs,
    write_terms_csv,
};

/// Quarry: explore a folder of texts — terms, concordances and keyness.
#[derive(Debug, Parser)]
#[command(
    name = "quarry",
    version,
    about,
    long_about = "Quarry: explore a folder of texts. With no command, opens the desktop app \
                  (on FOLDER if given); the commands below work without a display.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A corpus folder or a workspace file (.ron) to open in the desktop app.
    #[arg(value_name = "FOLDER|WORKSPACE")]
    pub open: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse a folder and write report.json, documents.json and terms.csv.
    Analyse {
        /// The corpus and how to read it.
        #[command(flatten)]
        corpus: CorpusArgs,
        /// Folder to write the outputs into (created if needed).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Print the most frequent terms or n-grams.
    Terms {
        /// The corpus and how to read it.
        #[command(flatten)]
        corpus: CorpusArgs,
        /// How many rows (0 = all).
        #[arg(long, default_value_t = 50)]
        top: usize,
        /// Count sequences of N words (2 to 4) instead of single terms.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=4), default_value_t = 1)]
        ngram: u8,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
    },
    /// Print a concordance (keyword in context) of a word, phrase or regex.
    Kwic {
        /// The corpus and how to read it.
        #[command(flatten)]
        corpus: CorpusArgs,
        /// A word or phrase (wildcards * and ?), or a regex with --regex.
        query: String,
        /// Read the query as a regular expression matched against whole terms.
        #[arg(long)]
        regex: bool,
        /// Words of context on each side.
        #[arg(long, default_value_t = 8)]
        context: usize,
        /// Line order.
        #[arg(long, value_enum, default_value_t = SortArg::Position)]
        sort: SortArg,
        /// At most this many lines (0 = all).
        #[arg(long, default_value_t = 0)]
        limit: usize,
        /// Output format.
        #[arg(long, value_enum, default_value_t = KwicFormat::Text)]
        format: KwicFormat,
    },
    /// Print every figure the texts cite: value, hedge, what is counted, claim, source, period.
    Figures {
        /// The corpus and how to read it.
        #[command(flatten)]
        corpus: CorpusArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
        /// Only these kinds (comma-separated: count, percent, money, duration, age, ordinal, date).
        #[arg(long, value_delimiter = ',', value_parser = parse_kind)]
        kind: Vec<FigureKind>,
        /// Only figures whose value (or high end of a range) is at least N.
        #[arg(long, value_name = "N")]
        min_value: Option<f64>,
        /// Include small numbers in running prose ("two soldiers").
        #[arg(long)]
        include_minor: bool,
    },
    /// Print links between passages: reused text, the same figure, conflicting figures.
    Links {
        /// The corpus and how to read it.
        #[command(flatten)]
        corpus: CorpusArgs,
        /// Only these kinds (comma-separated: reuse, same-figure, conflicting-figure,
        /// related-figure, same-names, similar).
        #[arg(long, value_delimiter = ',', value_parser = parse_link_kind)]
        kind: Vec<LinkKind>,
        /// Only links scoring at least S (0 to 1).
        #[arg(long, value_name = "S", default_value_t = 0.0)]
        min_score: f64,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Print the people, organisations and places named, with variants and mentions.
    Names {
        /// The corpus and how to read it.
        #[command(flatten)]
        corpus: CorpusArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Print the key terms of some documents against the rest of the corpus.
    Keyness {
        /// The corpus and how to read it.
        #[command(flatten)]
        corpus: CorpusArgs,
        /// Paths of the target documents, relative to the folder.
        #[arg(required = true, value_name = "DOC")]
        docs: Vec<String>,
        /// Rows in each list.
        #[arg(long, default_value_t = 30)]
        top: usize,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
    },
}

/// Options shared by every subcommand that reads a corpus.
#[derive(Debug, Args)]
pub struct CorpusArgs {
    /// The corpus folder.
    pub folder: PathBuf,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// No progress on stderr.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print how long each stage took, and the throughput, to stderr.
    #[arg(long)]
    pub timings: bool,
    /// Keep stop words in term lists.
    #[arg(long)]
    pub no_stop_words: bool,
    /// Treat "Army" and "army" as different terms.
    #[arg(long)]
    pub case_sensitive: bool,
    /// Do not count the parts of hyphenated words as terms of their own.
    #[arg(long)]
    pub no_hyphen_parts: bool,
}

/// Table formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Comma-separated values with a header row.
    Csv,
    /// Pretty JSON.
    Json,
}

/// Concordance formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum KwicFormat {
    /// Aligned lines for reading in a terminal.
    Text,
    /// Comma-separated values with a header row.
    Csv,
    /// Pretty JSON, with the dispersion of the hits.
    Json,
}

/// Concordance orders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    /// Document, then position.
    Position,
    /// Words to the left, nearest first.
    Left,
    /// Words to the right, nearest first.
    Right,
}

impl CorpusArgs {
    fn settings(&self) -> TermSettings {
        TermSettings {
            fold_case: !self.case_sensitive,
            count_hyphen_parts: !self.no_hyphen_parts,
            stop_words: if self.no_stop_words {
                StopWords::disabled()
            } else {
                StopWords::english()
            },
        }
    }

    /// Runs the analysis on a pool of the requested size, with a progress bar unless quiet.
    fn analyse(&self) -> anyhow::Result<Analysis> {
        self.analyse_stages(Stages::default())
    }

    /// Runs the analysis without figure extraction, for commands about terms.
    fn analyse_terms(&self) -> anyhow::Result<Analysis> {
        self.analyse_stages(Stages { figures: false })
    }

    fn analyse_stages(&self, stages: Stages) -> anyhow::Result<Analysis> {
        let job = Job::new();
        let progress = (!self.quiet).then(|| spawn_progress(job.clone()));
        let result = Analysis::run_stages(&self.folder, &self.settings(), &job, stages);
        job.cancel(); // Stops the progress thread.
        if let Some(handle) = progress {
            let _ = handle.join();
        }
        let analysis = result?;
        if self.timings {
            print_timings(&analysis);
        }
        Ok(analysis)
    }
}

fn spawn_progress(job: Job) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {msg} [{bar:30}] {pos}/{len} files ({elapsed})",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        while !job.is_cancelled() {
            let seen = job.snapshot();
            bar.set_length(seen.files_total);
            bar.set_position(seen.files_done);
            bar.set_message(seen.stage.label());
            std::thread::sleep(Duration::from_millis(100));
        }
        bar.finish_and_clear();
    })
}

impl Command {
    /// The corpus the command reads.
    fn corpus(&self) -> &CorpusArgs {
        match self {
            Command::Analyse { corpus, .. }
            | Command::Terms { corpus, .. }
            | Command::Kwic { corpus, .. }
            | Command::Figures { corpus, .. }
            | Command::Links { corpus, .. }
            | Command::Names { corpus, .. }
            | Command::Keyness { corpus, .. } => corpus,
        }
    }
}

/// Runs a parsed command line, writing results to `out`, on as many worker threads as the
/// command asks for: the analysis, the linking and the formatting of rows alike.
pub fn run(cli: Cli, out: &mut (dyn Write + Send)) -> anyhow::Result<()> {
    let Some(command) = cli.command else {
        bail!("no command given: run `quarry --help`");
    };
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(threads) = command.corpus().threads {
        pool = pool.num_threads(threads.max(1));
    }
    let pool = pool.build().context("could not start worker threads")?;
    pool.install(|| execute(command, out))
}

/// Runs `command`, writing its results to `out`.
fn execute(command: Command, out: &mut (dyn Write + Send)) -> anyhow::Result<()> {
    match command {
        Command::Analyse { corpus, out: dir } => {
            let analysis = corpus.analyse()?;
            let started = std::time::Instant::now();
            write_outputs(&analysis, &dir, ReportLimits::default())?;
            if corpus.timings {
                eprintln!(
                    "timings: writing outputs {:.3}s",
                    started.elapsed().as_secs_f64()
                );
            }
            if !corpus.quiet {
                eprintln!(
                    "analysed {} documents, {} words ({} files skipped); wrote {}",
                    analysis.documents.len(),
                    analysis.word_count(),
                    analysis
                        .problems
                        .iter()
                        .filter(|p| p.kind.skipped())
                        .count(),
                    dir.display()
                );
            }
            Ok(())
        }
        Command::Terms {
            corpus,
            top,
            ngram,
            format,
        } => {
            let analysis = corpus.analyse_terms()?;
            let limit = if top == 0 { usize::MAX } else { top };
            if ngram > 1 {
                let rows = ngrams(
                    &analysis.documents,
                    &analysis.index,
                    &analysis.terms,
                    ngram.into(),
                    limit,
                );
                return write_rows(
                    out,
                    format,
                    &rows,
                    |r| {
                        vec![
                            r.ngram.clone(),
                            r.frequency.to_string(),
                            r.documents.to_string(),
                            format!("{:.3}", r.per_10k),
                        ]
                    },
                    &["ngram", "frequency", "documents", "per_10k"],
                );
            }
            if format == Format::Csv && top == 0 {
                return write_terms_csv(&analysis, out);
            }
            let table = &analysis.terms;
            let rows: Vec<_> = table.top(limit).iter().map(|&t| table.row(t)).collect();
            write_rows(
                out,
                format,
                &rows,
                |r| {
                    vec![
                        r.term.clone(),
                        r.frequency.to_string(),
                        r.documents.to_string(),
                        format!("{:.3}", r.per_10k),
                    ]
                },
                &["term", "frequency", "documents", "per_10k"],
            )
        }
        Command::Kwic {
            corpus,
            query,
            regex,
            context,
            sort,
            limit,
            format,
        } => {
            let analysis = corpus.analyse_terms()?;
            let mode = if regex {
                QueryMode::Regex
            } else {
                QueryMode::Words
            };
            let mut concordance =
                Concordance::search(&analysis.index, &analysis.terms, &query, mode, context)?;
            let order = match sort {
                SortArg::Position => KwicSort::Position,
                SortArg::Left => KwicSort::Left,
                SortArg::Right => KwicSort::Right,
            };
            concordance.sort(order, &analysis.index, &analysis.terms);
            let spread = dispersion(&concordance, &analysis.index);
            if limit > 0 {
                concordance.hits.truncate(limit);
            }
            let lines = concordance.lines(&analysis.documents, &analysis.index);
            match format {
                KwicFormat::Text => {
                    for line in &lines {
                        let left: String = tail_chars(&line.left, 45);
                        let right: String = line.right.chars().take(45).collect();
                        writeln!(
                            out,
                            "{:>45}  [{}]  {:<45}  {}",
                            left, line.keyword, right, line.doc
                        )?;
                    }
                    writeln!(
                        out,
                        "{} hits in {} of {} documents",
                        spread
                            .documents
                            .iter()
                            .map(|d| d.positions.len())
                            .sum::<usize>(),
                        spread.range,
                        analysis.documents.len()
                    )?;
                    Ok(())
                }
                KwicFormat::Csv => write_rows(
                    out,
                    Format::Csv,
                    &lines,
                    |l| {
                        vec![
                            l.doc.clone(),
                            l.start.to_string(),
                            l.end.to_string(),
                            l.left.clone(),
                            l.keyword.clone(),
                            l.right.clone(),
                        ]
                    },
                    &["doc", "start", "end", "left", "keyword", "right"],
                ),
                KwicFormat::Json => {
                    let value = serde_json::json!({
                        "query": query,
                        "mode": mode,
                        "hits": spread.documents.iter().map(|d| d.positions.len()).sum::<usize>(),
                        "range": spread.range,
                        "dp": spread.dp,
                        "lines": lines,
                    });
                    serde_json::to_writer_pretty(&mut *out, &value)?;
                    writeln!(out)?;
                    Ok(())
                }
            }
        }
        Command::Figures {
            corpus,
            format,
            kind,
            min_value,
            include_minor,
        } => {
            let analysis = corpus.analyse()?;
            let rows: Vec<FigureRow> = analysis
                .figures
                .iter()
                .filter(|f| include_minor || !f.minor)
                .filter(|f| kind.is_empty() || kind.contains(&f.kind))
                .filter(|f| {
                    min_value.is_none_or(|min| f.value.or(f.high()).is_some_and(|v| v >= min))
                })
                .map(|f| FigureRow::new(&analysis, f))
                .collect();
            write_rows(out, format, &rows, |r| r.record(), &FigureRow::HEADER)
        }
        Command::Links {
            corpus,
            kind,
            min_score,
            format,
        } => {
            let analysis = corpus.analyse()?;
            let started = std::time::Instant::now();
            let figures = &analysis.figures;
            let (groups, pairs) = (groups(figures), pairs(figures));
            let (_, links) = analysis
                .names_and_links_until(&groups, &pairs, &[], &LinkSettings::default(), &|| false)
                .unwrap_or_default();
            if corpus.timings {
                let threads = rayon::current_num_threads();
                eprintln!(
                    "timings: names and links {:.3}s on {threads} thread{} ({} passages, {} links)",
                    started.elapsed().as_secs_f64(),
                    if threads == 1 { "" } else { "s" },
                    links.passages.len(),
                    links.links.len()
                );
                let stages: Vec<String> = links
                    .timings
                    .iter()
                    .map(|(stage, seconds)| format!("{stage} {seconds:.3}s"))
                    .collect();
                eprintln!("timings: links by stage: {}", stages.join(", "));
            }
            let selected: Vec<&Link> = links
                .links
                .iter()
                .filter(|l| kind.is_empty() || kind.contains(&l.kind))
                .filter(|l| l.score >= min_score)
                .collect();
            write_rows_in_parallel(
                out,
                format,
                &selected,
                |l| LinkRow::new(&analysis, &links, l),
                |l| {
                    // The evidence in words, and the two ends.
                    let (a, b) = (
                        PassageEnd::new(&analysis, &links, l.a),
                        PassageEnd::new(&analysis, &links, l.b),
                    );
                    let evidence = links.evidence(l, &analysis.documents, &analysis.index);
                    vec![
                        l.kind.name().to_string(),
                        format!("{:.3}", l.score),
                        evidence.words(&analysis.figures),
                        a.passage,
                        b.passage,
                        a.text,
                        b.text,
                    ]
                },
                &["kind", "score", "evidence", "a", "b", "a_text", "b_text"],
            )
        }
        Command::Names { corpus, format } => {
            let analysis = corpus.analyse()?;
            let names = analysis.names(&[]);
            let passages = Links::unlinked(&analysis.documents, &analysis.index);
            let rows: Vec<NameRow> = names
                .iter()
                .map(|n| NameRow::new(&analysis, &passages, n))
                .collect();
            write_rows(
                out,
                format,
                &rows,
                |r| {
                    vec![
                        r.name.clone(),
                        format!("{:?}", r.kind).to_lowercase(),
                        r.mentions.to_string(),
                        r.passages.to_string(),
                        r.documents.join("; "),
                        r.variants.join("; "),
                        r.figures.to_string(),
                    ]
                },
                &[
                    "name",
                    "type",
                    "mentions",
                    "passages",
                    "documents",
                    "variants",
                    "figures",
                ],
            )
        }
        Command::Keyness {
            corpus,
            docs,
            top,
            format,
        } => {
            let analysis = corpus.analyse_terms()?;
            let mut ids = Vec::new();
            for path in &docs {
                let wanted = path.replace('\\', "/");
                let Some(document) = analysis.documents.iter().find(|d| d.path == wanted) else {
                    bail!(
                        "no document {wanted} in the corpus (give its path relative to {})",
                        corpus.folder.display()
                    );
                };
                ids.push(document.id);
            }
            let result = keyness_of(&analysis, &ids, top);
            match format {
                Format::Json => {
                    serde_json::to_writer_pretty(&mut *out, &result)?;
                    writeln!(out)?;
                    Ok(())
                }
                Format::Csv => {
                    let mut writer = csv::Writer::from_writer(out);
                    writer.write_record([
                        "direction",
                        "term",
                        "target",
                        "reference",
                        "g2",
                        "log_ratio",
                        "significance",
                    ])?;
                    for (direction, list) in [
                        ("positive", &result.positive),
                        ("negative", &result.negative),
                    ] {
                        for k in list {
                            writer.write_record([
                                direction.to_string(),
                                k.term.clone(),
                                k.target.to_string(),
                                k.reference.to_string(),
                                format!("{:.3}", k.g2),
                                format!("{:.3}", k.log_ratio),
                                format!("{:?}", k.significance),
                            ])?;
                        }
                    }
                    writer.flush()?;
                    Ok(())
                }
            }
        }
    }
}

fn parse_kind(name: &str) -> Result<FigureKind, String> {
    FigureKind::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = FigureKind::ALL.iter().map(|k| k.name()).collect();
        format!("unknown kind {name:?}; use one of {}", names.join(", "))
    })
}

fn parse_link_kind(name: &str) -> Result<LinkKind, String> {
    LinkKind::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = LinkKind::ALL.iter().map(|k| k.name()).collect();
        format!(
            "unknown link kind {name:?}; use one of {}",
            names.join(", ")
        )
    })
}

fn tail_chars(text: &str, n: usize) -> String {
    let count = text.chars().count();
    text.chars().skip(count.saturating_sub(n)).collect()
}

fn write_rows<T: serde::Serialize>(
    out: &mut dyn Write,
    format: Format,
    rows: impl IntoIterator<Item = T>,
    record: impl Fn(&T) -> Vec<String>,
    header: &[&str],
) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            // Rows are serialised as they come, so a long list is never held whole.
            let rows = Streamed(std::cell::RefCell::new(Some(rows.into_iter())));
            serde_json::to_writer_pretty(&mut *out, &rows)?;
            writeln!(out)?;
        }
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(out);
            writer.write_record(header)?;
            for row in rows {
                writer.write_record(record(&row))?;
            }
            writer.flush()?;
        }
    }
    Ok(())
}

/// Writes what [`write_rows`] writes for the rows `row` makes of `items` (JSON), or the
/// `record` of each item (CSV, whose columns may need less than a whole row), but makes and
/// formats them in parallel, a few thousand at a time, and writes them in order as they come:
/// millions of rows (links with both passages' text) never sit in memory as text, and
/// formatting them is not left to one thread.
fn write_rows_in_parallel<I: Sync, T: serde::Serialize>(
    out: &mut dyn Write,
    format: Format,
    items: &[I],
    row: impl Fn(&I) -> T + Sync,
    record: impl Fn(&I) -> Vec<String> + Sync,
    header: &[&str],
) -> anyhow::Result<()> {
    // Each piece's rows as bytes: CSV records, or JSON array elements each opened by ",\n"
    // and indented as `to_writer_pretty` indents the elements of an array.
    let format_piece = |piece: &[I]| -> anyhow::Result<Vec<u8>> {
        match format {
            Format::Csv => {
                let mut writer = csv::Writer::from_writer(Vec::new());
                for item in piece {
                    writer.write_record(record(item))?;
                }
                Ok(writer.into_inner().map_err(|e| e.into_error())?)
            }
            Format::Json => {
                let mut bytes = Vec::new();
                for item in piece {
                    let element = serde_json::to_vec_pretty(&row(item))?;
                    for (k, line) in element.split(|&b| b == b'\n').enumerate() {
                        bytes.extend_from_slice(if k == 0 { b",\n  " } else { b"\n  " });
                        bytes.extend_from_slice(line);
                    }
                }
                Ok(bytes)
            }
        }
    };
    match format {
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(&mut *out);
            writer.write_record(header)?;
            writer.flush()?;
        }
        Format::Json => out.write_all(b"[")?,
    }
    let mut first = true;
    for chunk in items.chunks(4096) {
        let pieces: Vec<Vec<u8>> = chunk
            .par_chunks(256)
            .map(format_piece)
            .collect::<anyhow::Result<_>>()?;
        for piece in pieces.iter().filter(|p| !p.is_empty()) {
            // The first JSON element follows the "[" without a comma.
            let skip = usize::from(first && format == Format::Json);
            out.write_all(&piece[skip..])?;
            first = false;
        }
    }
    if format == Format::Json {
        out.write_all(if first { b"]\n" } else { b"\n]\n" })?;
    }
    Ok(())
}

/// An iterator serialised once as a JSON array.
struct Streamed<I>(std::cell::RefCell<Option<I>>);

impl<I> serde::Serialize for Streamed<I>
where
    I: Iterator,
    I::Item: serde::Serialize,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let rows = self.0.borrow_mut().take();
        serializer.collect_seq(rows.into_iter().flatten())
    }
}

/// Prints stage timings and throughput to stderr.
fn print_timings(analysis: &Analysis) {
    let t = analysis.timings;
    let bytes: u64 = analysis.documents.iter().map(|d| d.file_bytes).sum();
    let analyse = t.discover + t.read_and_index + t.count + t.figures;
    eprintln!(
        "timings: discover {:.3}s, read+tokenise+index {:.3}s, count {:.3}s, figures {:.3}s, analysis total {:.3}s",
        t.discover.as_secs_f64(),
        t.read_and_index.as_secs_f64(),
        t.count.as_secs_f64(),
        t.figures.as_secs_f64(),
        analyse.as_secs_f64()
    );
    eprintln!(
        "corpus: {} documents, {:.1} MB, {} words; {:.1} MB/s",
        analysis.documents.len(),
        bytes as f64 / 1e6,
        analysis.word_count(),
        bytes as f64 / 1e6 / analyse.as_secs_f64().max(1e-9)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Row {
        id: usize,
        text: String,
        spans: Vec<(usize, usize)>,
    }

    fn row(&id: &usize) -> Row {
        Row {
            id,
            // Quotes, commas and line breaks to escape, and rows of different lengths.
            text: format!("passage \"{id}\", line\nand {}", "x".repeat(id % 7)),
            spans: (0..id % 3).map(|k| (k, id)).collect(),
        }
    }

    fn record(row: &Row) -> Vec<String> {
        vec![row.id.to_string(), row.text.clone()]
    }

    /// What `write_rows` writes, and what `write_rows_in_parallel` writes, for `items`.
    fn both(format: Format, items: &[usize]) -> (String, String) {
        let header = ["id", "text"];
        let mut one = Vec::new();
        write_rows(&mut one, format, items.iter().map(row), record, &header).unwrap();
        let mut parallel = Vec::new();
        let by_item = |id: &usize| record(&row(id));
        write_rows_in_parallel(&mut parallel, format, items, row, by_item, &header).unwrap();
        (
            String::from_utf8(one).unwrap(),
            String::from_utf8(parallel).unwrap(),
        )
    }

    #[test]
    fn rows_written_in_parallel_are_the_rows_written_in_order() {
        // Rows across several pieces and chunks, one row, and none.
        let many: Vec<usize> = (0..9000).collect();
        for items in [&many[..], &many[..1], &[]] {
            for format in [Format::Csv, Format::Json] {
                let (one, parallel) = both(format, items);
                assert_eq!(one, parallel, "{format:?}, {} rows", items.len());
            }
        }
        let (csv, _) = both(Format::Csv, &many);
        assert!(csv.starts_with("id,text\n0,\"passage \"\"0\"\", line\nand \"\n"));
        assert!(csv.ends_with("8999,\"passage \"\"8999\"\", line\nand xxxx\"\n"));
    }
}
