//! The corpus index: every token of every document as a surface-form id and a byte offset.
//!
//! [`build`] reads the files in parallel (rayon), each worker tokenising its contiguous slice of
//! the path-sorted file list into its own vocabulary; the vocabularies are then merged and the ids
//! renumbered so that surface id order is alphabetical order. The result is the same whatever the
//! number of threads.
//!
//! Storing a token costs 8 bytes (surface id + start offset); its end is recovered with
//! [`crate::engine::tokenize::token_end`] when a concordance needs it.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::corpus::{DocId, Document, FoundFile, Problem, load_document};
use super::job::{Job, Stage};
use super::tokenize::{token_end, tokenize};

/// The tokens of one document, in text order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocTokens {
    /// Surface-form id of each token (an index into [`Index::surfaces`]).
    pub surfaces: Vec<u32>,
    /// Byte offset where each token starts.
    pub starts: Vec<u32>,
}

impl DocTokens {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.surfaces.len()
    }

    /// Whether the document has no tokens.
    pub fn is_empty(&self) -> bool {
        self.surfaces.is_empty()
    }

    /// Byte span `(start, end)` of token `i` in `text`.
    pub fn span(&self, text: &str, i: usize) -> (usize, usize) {
        let start = self.starts[i] as usize;
        (start, token_end(text, start))
    }
}

/// Surface forms and per-document token streams.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Index {
    /// Every distinct surface form, sorted.
    pub surfaces: Vec<Box<str>>,
    /// Tokens per document, indexed by [`DocId`].
    pub docs: Vec<DocTokens>,
}

impl Index {
    /// Total number of tokens in the corpus.
    pub fn token_count(&self) -> u64 {
        self.docs.iter().map(|d| d.len() as u64).sum()
    }

    /// The surface id of `surface`, if it occurs.
    pub fn surface_id(&self, surface: &str) -> Option<u32> {
        self.surfaces
            .binary_search_by(|s| s.as_ref().cmp(surface))
            .ok()
            .map(|i| i as u32)
    }

    /// The tokens of document `doc`.
    pub fn doc(&self, doc: DocId) -> &DocTokens {
        &self.docs[doc as usize]
    }
}

/// What [`build`] returns: the loaded documents, the files passed over, and the index.
#[derive(Debug, Default)]
pub struct Built {
    /// Loaded documents, sorted by path, `id` = position.
    pub documents: Vec<Document>,
    /// Files that were skipped or loaded with a warning.
    pub problems: Vec<Problem>,
    /// The token index over `documents`.
    pub index: Index,
}

/// The build was cancelled through its [`Job`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cancelled;

type Loaded = Result<(Document, Option<Problem>, DocTokens), Problem>;

#[derive(Default)]
struct Chunk {
    vocabulary: FxHashMap<Box<str>, u32>,
    files: Vec<Loaded>,
}

impl Chunk {
    fn read(files: &[FoundFile], job: &Job) -> Chunk {
        let mut chunk = Chunk::default();
        for file in files {
            if job.is_cancelled() {
                break;
            }
            let loaded = load_document(file, 0).map(|(document, warning)| {
                let tokens = chunk.tokenize(&document.text);
                (document, warning, tokens)
            });
            chunk.files.push(loaded);
            job.file_done(file.bytes);
        }
        chunk
    }

    fn tokenize(&mut self, text: &str) -> DocTokens {
        let mut tokens = DocTokens::default();
        let vocabulary = &mut self.vocabulary;
        tokenize(text, |start, _end, surface| {
            let next = vocabulary.len() as u32;
            let id = match vocabulary.get(surface) {
                Some(&id) => id,
                None => {
                    vocabulary.insert(surface.into(), next);
                    next
                }
            };
            tokens.surfaces.push(id);
            tokens.starts.push(start as u32);
        });
        tokens
    }
}

/// Reads and tokenises `files` (sorted by path) in parallel and builds the index.
pub fn build(files: &[FoundFile], job: &Job) -> Result<Built, Cancelled> {
    job.set_stage(Stage::Reading);
    let threads = rayon::current_num_threads().max(1);
    let chunk_len = files.len().div_ceil(threads * 3).max(1);
    let mut chunks: Vec<Chunk> = files
        .par_chunks(chunk_len)
        .map(|slice| Chunk::read(slice, job))
        .collect();
    if job.is_cancelled() {
        return Err(Cancelled);
    }

    job.set_stage(Stage::Indexing);
    let surfaces = merge_vocabularies(&mut chunks);
    let mut built = Built {
        index: Index {
            surfaces,
            docs: Vec::new(),
        },
        ..Built::default()
    };
    for loaded in chunks.into_iter().flat_map(|chunk| chunk.files) {
        match loaded {
            Ok((mut document, warning, tokens)) => {
                document.id = built.documents.len() as DocId;
                built.documents.push(document);
                built.problems.extend(warning);
                built.index.docs.push(tokens);
            }
            Err(problem) => built.problems.push(problem),
        }
    }
    built.problems.sort_unstable();
    Ok(built)
}

/// Merges the chunks' vocabularies into one sorted list and renumbers every chunk's tokens to
/// positions in that list.
fn merge_vocabularies(chunks: &mut [Chunk]) -> Vec<Box<str>> {
    let mut merged: FxHashMap<Box<str>, u32> = FxHashMap::default();
    let mut remaps = Vec::with_capacity(chunks.len());
    for chunk in chunks.iter_mut() {
        let mut remap = vec![0u32; chunk.vocabulary.len()];
        for (surface, local) in chunk.vocabulary.drain() {
            let next = merged.len() as u32;
            remap[local as usize] = *merged.entry(surface).or_insert(next);
        }
        remaps.push(remap);
    }
    let mut sorted: Vec<(Box<str>, u32)> = merged.into_iter().collect();
    sorted.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut rank = vec![0u32; sorted.len()];
    for (position, (_, id)) in sorted.iter().enumerate() {
        rank[*id as usize] = position as u32;
    }
    remaps
        .par_iter_mut()
        .for_each(|remap| remap.iter_mut().for_each(|id| *id = rank[*id as usize]));
    chunks
        .par_iter_mut()
        .zip(&remaps)
        .for_each(|(chunk, remap)| {
            for (_, _, tokens) in chunk.files.iter_mut().flatten() {
                for id in &mut tokens.surfaces {
                    *id = remap[*id as usize];
                }
            }
        });
    sorted.into_iter().map(|(surface, _)| surface).collect()
}
