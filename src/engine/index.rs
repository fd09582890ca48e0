//! The corpus index: every token of every document as a surface-form id and a byte offset.
//!
//! [`build`] reads the files in parallel (rayon), each worker tokenising its contiguous slice of
//! the path-sorted file list into its own vocabulary; the vocabularies are then merged and the ids
//! renumbered so that surface id order is alphabetical order. The result is the same whatever the
//! number of threads.
//!
//! Storing a token costs 6 bytes in documents under 64 KiB (surface id and a two-byte start
//! offset) and 8 bytes in longer ones; a token's end is found again from the text when needed.

use std::hash::BuildHasher;

use rayon::prelude::*;
use rustc_hash::FxBuildHasher;

use super::corpus::{DocId, Document, FoundFile, Problem, load_document};
use super::job::{Job, Stage};
use super::tokenize::{token_end, tokenize};
use super::vocabulary::{Interner, Vocabulary};

/// Byte offsets of a document's tokens: two bytes each when the document is under 64 KiB (news
/// articles nearly always are), four otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Starts {
    /// Offsets in a text shorter than 65,536 bytes.
    Narrow(Vec<u16>),
    /// Offsets in a longer text.
    Wide(Vec<u32>),
}

impl Default for Starts {
    fn default() -> Self {
        Self::Narrow(Vec::new())
    }
}

impl Starts {
    /// Offsets for `offsets` in a text of `text_len` bytes.
    pub fn new(offsets: Vec<u32>, text_len: usize) -> Self {
        if text_len <= usize::from(u16::MAX) {
            Self::Narrow(offsets.into_iter().map(|o| o as u16).collect())
        } else {
            let mut offsets = offsets;
            offsets.shrink_to_fit();
            Self::Wide(offsets)
        }
    }

    /// The offset of token `i`.
    pub fn get(&self, i: usize) -> u32 {
        match self {
            Self::Narrow(v) => u32::from(v[i]),
            Self::Wide(v) => v[i],
        }
    }

    /// Number of offsets.
    pub fn len(&self) -> usize {
        match self {
            Self::Narrow(v) => v.len(),
            Self::Wide(v) => v.len(),
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The offsets in order.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }
}

/// The tokens of one document, in text order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocTokens {
    /// Surface-form id of each token (an index into [`Index::surfaces`]).
    pub surfaces: Vec<u32>,
    /// Byte offset where each token starts.
    pub starts: Starts,
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

    /// Byte offset where token `i` starts.
    pub fn start(&self, i: usize) -> usize {
        self.starts.get(i) as usize
    }

    /// Byte offset just after token `i` in `text`, found by tokenising from its start (ends
    /// are not stored: it would cost a byte a token on every corpus for a few look-ups).
    pub fn end(&self, text: &str, i: usize) -> usize {
        token_end(text, self.start(i))
    }

    /// Byte span `(start, end)` of token `i` in `text`.
    pub fn span(&self, text: &str, i: usize) -> (usize, usize) {
        (self.start(i), self.end(text, i))
    }
}

/// Surface forms and per-document token streams.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Index {
    /// Every distinct surface form, sorted.
    pub surfaces: Vocabulary,
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
        self.surfaces.find(surface)
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
    vocabulary: Interner,
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
        // About one token per six bytes of English; the vectors are trimmed afterwards.
        let mut surfaces = Vec::with_capacity(text.len() / 5);
        let mut starts = Vec::with_capacity(text.len() / 5);
        let vocabulary = &mut self.vocabulary;
        tokenize(text, |start, _end, surface| {
            surfaces.push(vocabulary.intern(surface));
            starts.push(start as u32);
        });
        surfaces.shrink_to_fit();
        DocTokens {
            surfaces,
            starts: Starts::new(starts, text.len()),
        }
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

/// Shards the vocabulary merge is split into, so it runs on every core.
const MERGE_SHARDS: usize = 32;

/// Merges the chunks' vocabularies into one sorted vocabulary and renumbers every chunk's tokens
/// to ids in it. Strings are split into shards by hash and each shard is merged on its own.
fn merge_vocabularies(chunks: &mut [Chunk]) -> Vocabulary {
    let locals: Vec<Interner> = chunks
        .iter_mut()
        .map(|chunk| std::mem::take(&mut chunk.vocabulary))
        .collect();
    let shard_of = |s: &str| (FxBuildHasher.hash_one(s) >> 32) as usize % MERGE_SHARDS;
    let by_shard: Vec<Vec<Vec<u32>>> = locals
        .par_iter()
        .map(|local| {
            let mut lists = vec![Vec::new(); MERGE_SHARDS];
            for id in 0..local.len() as u32 {
                lists[shard_of(local.get(id))].push(id);
            }
            lists
        })
        .collect();
    // Each shard: its interner, and per chunk the (local id, shard id) pairs.
    type Shard = (Interner, Vec<Vec<(u32, u32)>>);
    let shards: Vec<Shard> = (0..MERGE_SHARDS)
        .into_par_iter()
        .map(|k| {
            let mut interner = Interner::default();
            let pairs = locals
                .iter()
                .zip(&by_shard)
                .map(|(local, lists)| {
                    lists[k]
                        .iter()
                        .map(|&id| (id, interner.intern(local.get(id))))
                        .collect()
                })
                .collect();
            (interner, pairs)
        })
        .collect();
    let mut order: Vec<(u32, u32)> = shards
        .iter()
        .enumerate()
        .flat_map(|(k, (interner, _))| (0..interner.len() as u32).map(move |id| (k as u32, id)))
        .collect();
    let text = |&(k, id): &(u32, u32)| shards[k as usize].0.get(id);
    order.par_sort_unstable_by(|a, b| text(a).cmp(text(b)));
    let mut rank: Vec<Vec<u32>> = shards.iter().map(|(i, _)| vec![0; i.len()]).collect();
    for (position, &(k, id)) in order.iter().enumerate() {
        rank[k as usize][id as usize] = position as u32;
    }
    let vocabulary = Vocabulary::from_sorted(order.iter().map(text));
    let remaps: Vec<Vec<u32>> = (0..locals.len())
        .into_par_iter()
        .map(|c| {
            let mut remap = vec![0u32; locals[c].len()];
            for (k, (_, pairs)) in shards.iter().enumerate() {
                for &(local, id) in &pairs[c] {
                    remap[local as usize] = rank[k][id as usize];
                }
            }
            remap
        })
        .collect();
    drop(shards);
    drop(locals);
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
    vocabulary
}
