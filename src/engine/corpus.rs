//! Finding and reading the files of a corpus folder.
//!
//! [`discover`] walks a folder (recursively, hidden files and folders skipped, symbolic links
//! followed with loop detection) and returns the candidate files sorted by path, plus a
//! [`Problem`] for every entry it had to pass over. [`load_document`] reads one file into a
//! [`Document`]: it decodes the bytes ([`super::decode`]), extracts HTML text
//! ([`super::html`]), and finds paragraphs and sentences ([`super::segment`]).
//!
//! Supported files: `.txt`, `.text`, `.md`, `.markdown`, `.html`, `.htm` (any case).

use std::hash::BuildHasher;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rustc_hash::FxBuildHasher;
use serde::Serialize;

use super::decode::{DecodeError, decode};
use super::html::html_to_text;
use super::segment::{Span, paragraphs, sentences};

/// A document's index in its corpus (documents are sorted by path, so the id of a given path is
/// the same on every load of an unchanged corpus).
pub type DocId = u32;

/// How a document's text was obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocFormat {
    /// Plain text.
    Text,
    /// Markdown, read as plain text.
    Markdown,
    /// HTML, reduced to its readable text.
    Html,
}

impl DocFormat {
    /// The format for a file name, or `None` if Quarry does not read such files.
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "txt" | "text" => Some(Self::Text),
            "md" | "markdown" => Some(Self::Markdown),
            "html" | "htm" | "xhtml" => Some(Self::Html),
            _ => None,
        }
    }
}

/// One text of the corpus, with its paragraph and sentence spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Position in the corpus's path-sorted document list.
    pub id: DocId,
    /// Path relative to the corpus folder, with `/` separators.
    pub path: String,
    /// The HTML `<title>` or the first non-empty line.
    pub title: String,
    /// How the text was obtained.
    pub format: DocFormat,
    /// The encoding the file was decoded from (WHATWG name).
    pub encoding: &'static str,
    /// Size of the file on disk.
    pub file_bytes: u64,
    /// The text (for HTML, the extracted readable text).
    pub text: String,
    /// Paragraph spans into `text`.
    pub paragraphs: Vec<Span>,
    /// Sentence spans into `text`, each inside a paragraph.
    pub sentences: Vec<Span>,
}

/// For each of `documents`, the first document with the same text, paragraphs and sentences
/// (itself when no document before it has them): the same file saved twice, or under two names.
/// Texts are compared only when their lengths and first and last bytes agree, each with the
/// first few distinct texts so agreeing (a copy of a later one counts as no copy: it is only
/// read again).
pub fn first_copies(documents: &[Document]) -> Vec<DocId> {
    /// Bytes hashed at each end of a text.
    const ENDS: usize = 256;
    /// The most texts of one length and ends a text is compared with.
    const COMPARED: usize = 8;
    let mut keyed: Vec<(usize, u64, DocId)> = documents
        .par_iter()
        .map(|d| {
            let bytes = d.text.as_bytes();
            let head = &bytes[..bytes.len().min(ENDS)];
            let tail = &bytes[bytes.len().saturating_sub(ENDS)..];
            (bytes.len(), FxBuildHasher.hash_one((head, tail)), d.id)
        })
        .collect();
    keyed.par_sort_unstable();
    let same = |a: DocId, b: DocId| {
        let (a, b) = (&documents[a as usize], &documents[b as usize]);
        a.text == b.text && a.paragraphs == b.paragraphs && a.sentences == b.sentences
    };
    // Each run of texts alike in length and ends is compared on its own (in parallel: copies
    // are compared in full).
    let copied: Vec<(DocId, DocId)> = keyed
        .par_chunk_by(|x, y| (x.0, x.1) == (y.0, y.1))
        .filter(|run| run.len() >= 2)
        .flat_map_iter(|run| {
            let (mut distinct, mut copied) = (Vec::new(), Vec::new());
            // Ids ascend within a run, so each text's first document comes first.
            for &(.., d) in run {
                match distinct.iter().take(COMPARED).find(|&&o| same(o, d)) {
                    Some(&o) => copied.push((d, o)),
                    None => distinct.push(d),
                }
            }
            copied
        })
        .collect();
    let mut first: Vec<DocId> = documents.iter().map(|d| d.id).collect();
    for (d, o) in copied {
        first[d as usize] = o;
    }
    first
}

#[cfg(test)]
impl Document {
    /// Document 0, a plain-text file `a.txt` holding `text` with the given spans.
    pub(crate) fn of_text(text: &str, paragraphs: Vec<Span>, sentences: Vec<Span>) -> Self {
        Self {
            id: 0,
            path: "a.txt".into(),
            title: String::new(),
            format: DocFormat::Text,
            encoding: "UTF-8",
            file_bytes: text.len() as u64,
            text: text.to_string(),
            paragraphs,
            sentences,
        }
    }
}

/// What went wrong with one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// The file could not be read (permissions, vanished, broken link, link loop).
    Unreadable,
    /// The file is binary.
    Binary,
    /// The file is empty or has no text.
    Empty,
    /// The bytes do not follow the encoding the file announces.
    Undecodable,
    /// The file is larger than Quarry reads (4 GiB).
    TooLarge,
    /// Not a file type Quarry reads.
    Unsupported,
    /// Loaded, but some malformed bytes were replaced with U+FFFD.
    Replaced,
}

impl ProblemKind {
    /// Whether a file with this problem was left out of the corpus.
    pub fn skipped(self) -> bool {
        self != Self::Replaced
    }
}

/// A file that was skipped or loaded with a warning, and why.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Problem {
    /// Path relative to the corpus folder, with `/` separators.
    pub path: String,
    /// What kind of problem.
    pub kind: ProblemKind,
    /// A sentence for the user.
    pub message: String,
}

/// Why a corpus as a whole could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// The folder does not exist.
    #[error("corpus folder not found: {0}")]
    NotFound(PathBuf),
    /// The path is a file, not a folder.
    #[error("not a folder (open the folder that holds the texts): {0}")]
    NotAFolder(PathBuf),
    /// Nothing in the folder could be read as a text.
    #[error("no readable .txt, .md or .html files ({skipped} skipped): {path}")]
    NoDocuments {
        /// The folder.
        path: PathBuf,
        /// How many files were passed over.
        skipped: usize,
    },
    /// The user cancelled.
    #[error("cancelled")]
    Cancelled,
}

/// A file found by [`discover`].
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct FoundFile {
    /// Path relative to the corpus folder, with `/` separators (the sort key).
    pub relative: String,
    /// Where to read it.
    pub absolute: PathBuf,
    /// Size reported by the file system.
    pub bytes: u64,
    /// How to read it.
    pub format: DocFormat,
}

/// Files found in a corpus folder and the entries passed over.
#[derive(Clone, Debug, Default)]
pub struct Discovery {
    /// Readable candidates, sorted by relative path.
    pub files: Vec<FoundFile>,
    /// Entries passed over, sorted by path.
    pub problems: Vec<Problem>,
}

fn relative_path(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.')
}

/// Lists the files of the corpus folder `root` (see the module docs).
pub fn discover(root: &Path) -> Result<Discovery, CorpusError> {
    let metadata = std::fs::metadata(root).map_err(|_| CorpusError::NotFound(root.into()))?;
    if !metadata.is_dir() {
        return Err(CorpusError::NotAFolder(root.into()));
    }
    let mut discovery = Discovery::default();
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .into_iter()
        .filter_entry(|entry| !is_hidden(entry));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                let path = error
                    .path()
                    .map(|p| relative_path(root, p))
                    .unwrap_or_default();
                let message = if error.loop_ancestor().is_some() {
                    "skipped: a symbolic link loops back to a parent folder".to_string()
                } else {
                    format!("could not be read: {}", io_reason(&error.to_string()))
                };
                discovery.problems.push(Problem {
                    path,
                    kind: ProblemKind::Unreadable,
                    message,
                });
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let relative = relative_path(root, entry.path());
        let bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
        let Some(format) = DocFormat::from_path(entry.path()) else {
            discovery.problems.push(Problem {
                path: relative,
                kind: ProblemKind::Unsupported,
                message: "skipped: not a .txt, .md or .html file".into(),
            });
            continue;
        };
        discovery.files.push(FoundFile {
            relative,
            absolute: entry.into_path(),
            bytes,
            format,
        });
    }
    discovery.files.sort();
    discovery.problems.sort();
    Ok(discovery)
}

fn io_reason(message: &str) -> String {
    // walkdir prefixes the path; keep only the operating system's reason.
    message
        .rsplit_once(": ")
        .map_or(message, |(_, reason)| reason)
        .to_string()
}

/// The largest file Quarry reads: byte offsets are stored as `u32`.
const MAX_FILE_BYTES: u64 = u32::MAX as u64;

fn problem(file: &FoundFile, kind: ProblemKind, message: String) -> Problem {
    Problem {
        path: file.relative.clone(),
        kind,
        message,
    }
}

/// Reads, decodes and segments one file. A loaded document may still come with a
/// [`ProblemKind::Replaced`] warning.
pub fn load_document(file: &FoundFile, id: DocId) -> Result<(Document, Option<Problem>), Problem> {
    if file.bytes > MAX_FILE_BYTES {
        return Err(problem(
            file,
            ProblemKind::TooLarge,
            "skipped: larger than 4 GiB; split it into smaller files".into(),
        ));
    }
    let bytes = std::fs::read(&file.absolute).map_err(|error| {
        problem(
            file,
            ProblemKind::Unreadable,
            format!("could not be read: {error}"),
        )
    })?;
    let decoded = decode(bytes).map_err(|error| {
        let kind = match error {
            DecodeError::Empty => ProblemKind::Empty,
            DecodeError::Binary => ProblemKind::Binary,
            DecodeError::Malformed(_) => ProblemKind::Undecodable,
        };
        problem(file, kind, format!("skipped: {error}"))
    })?;
    let (text, html_title) = match file.format {
        DocFormat::Html => {
            let page = html_to_text(&decoded.text);
            (page.text, page.title)
        }
        DocFormat::Text | DocFormat::Markdown => (decoded.text, None),
    };
    if text.trim().is_empty() {
        return Err(problem(
            file,
            ProblemKind::Empty,
            "skipped: the file has no text".into(),
        ));
    }
    let warning = (decoded.replaced > 0).then(|| {
        problem(
            file,
            ProblemKind::Replaced,
            format!(
                "loaded, but {} malformed byte sequence(s) were replaced with \u{FFFD}",
                decoded.replaced
            ),
        )
    });
    let paragraphs = paragraphs(&text);
    let sentences = sentences(&text, &paragraphs);
    let title = html_title.unwrap_or_else(|| first_line_title(&text, file.format));
    let document = Document {
        id,
        path: file.relative.clone(),
        title,
        format: file.format,
        encoding: decoded.encoding,
        file_bytes: file.bytes,
        text,
        paragraphs,
        sentences,
    };
    Ok((document, warning))
}

/// Longest title kept, in characters.
const MAX_TITLE_CHARS: usize = 160;

fn first_line_title(text: &str, format: DocFormat) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let line = if format == DocFormat::Markdown {
        line.trim_start_matches('#').trim()
    } else {
        line
    };
    match line.char_indices().nth(MAX_TITLE_CHARS) {
        Some((cut, _)) => format!("{}…", line[..cut].trim_end()),
        None => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_come_from_the_first_line() {
        assert_eq!(
            first_line_title("\n\n  # Heading  \nbody", DocFormat::Markdown),
            "Heading"
        );
        assert_eq!(
            first_line_title("# Not markdown\n", DocFormat::Text),
            "# Not markdown"
        );
        let long = "word ".repeat(100);
        assert!(first_line_title(&long, DocFormat::Text).chars().count() <= MAX_TITLE_CHARS + 1);
    }

    #[test]
    fn copies_point_to_the_first_document_with_their_text() {
        let document = |id: DocId, text: &str| {
            let span = Span::new(0, text.len());
            Document {
                id,
                ..Document::of_text(text, vec![span], vec![span])
            }
        };
        // The same length and ends, another middle.
        let long = |middle: &str| format!("{}{middle}{}", "a".repeat(300), "z".repeat(300));
        let documents = [
            document(0, &long("one")),
            document(1, "short"),
            document(2, &long("two")),
            document(3, &long("one")),
            document(4, "short"),
            document(5, &long("two")),
            document(6, "shore"),
        ];
        assert_eq!(first_copies(&documents), [0, 1, 2, 0, 1, 2, 6]);
        // The same text split into other sentences or paragraphs is no copy.
        let mut split = document(1, "short");
        split.sentences = vec![Span::new(0, 2), Span::new(3, 5)];
        assert_eq!(first_copies(&[document(0, "short"), split.clone()]), [0, 1]);
        split.sentences = split.paragraphs.clone();
        split.paragraphs = vec![Span::new(0, 2), Span::new(3, 5)];
        assert_eq!(first_copies(&[document(0, "short"), split]), [0, 1]);
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(
            DocFormat::from_path(Path::new("a/B.HTM")),
            Some(DocFormat::Html)
        );
        assert_eq!(
            DocFormat::from_path(Path::new("notes.md")),
            Some(DocFormat::Markdown)
        );
        assert_eq!(DocFormat::from_path(Path::new("photo.jpg")), None);
        assert_eq!(DocFormat::from_path(Path::new("README")), None);
    }
}
