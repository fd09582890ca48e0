//! Copies: passages with the same words in the same order (a paragraph reprinted by several
//! outlets, a caption repeating the body, the same text under two file formats).
//!
//! Reuse and similarity depend on a passage's terms only, so linking compares each distinct
//! text once and then gives its result to every copy. Texts are numbered in the order of their
//! first passage.

use std::hash::{BuildHasher, Hasher};

use rayon::prelude::*;
use rustc_hash::FxHasher;

use super::Flat;
use crate::engine::index::Index;
use crate::engine::passages::Passage;
use crate::engine::terms::TermTable;

/// The seed of the second hash of a passage's terms.
const SEED: u64 = 0x5175_6172_7279;

/// The distinct texts of a list of passages, and which passages are copies of each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Copies {
    /// For each passage, the number of its text.
    text_of: Vec<u32>,
    /// The passages of each text, ascending.
    members: Flat<u32>,
}

/// The surface forms of `passage`'s words, in order.
pub(super) fn surfaces<'a>(passage: &Passage, index: &'a Index) -> &'a [u32] {
    let tokens = index.doc(passage.doc);
    &tokens.surfaces[passage.first_token as usize..passage.end_token as usize]
}

/// The terms of `passage`, in order.
pub(super) fn terms<'a>(
    passage: &Passage,
    index: &'a Index,
    table: &'a TermTable,
) -> impl Iterator<Item = u32> + 'a {
    (surfaces(passage, index).iter()).map(|&s| table.term_of_surface[s as usize])
}

impl Copies {
    /// Groups `passages` by their terms, given for each passage the one it is known to copy,
    /// if any, from an earlier document with the same text (whose terms are not read again).
    pub fn new(
        passages: &[Passage],
        index: &Index,
        table: &TermTable,
        earlier: impl Fn(usize) -> Option<usize> + Sync,
    ) -> Self {
        // Two unrelated 64-bit hashes of a passage's terms (FxHash, and foldhash with a fixed
        // seed so that runs agree) and its length: copies share all three, and two different
        // texts of one length would have to collide in both hashes (less than one chance in
        // 10^25 for a few million passages). The first hash leads, so it alone orders almost
        // every pair, and the three pack with the passage into 24 bytes.
        let keyed: Vec<(u64, u64, u32, u32)> = passages
            .par_iter()
            .enumerate()
            .filter(|&(p, _)| earlier(p).is_none())
            .map(|(p, passage)| {
                let mut fx = FxHasher::default();
                let mut fold = foldhash::quality::FixedState::with_seed(SEED).build_hasher();
                terms(passage, index, table).for_each(|t| {
                    fx.write_u32(t);
                    fold.write_u32(t);
                });
                (fx.finish(), fold.finish(), passage.words() as u32, p as u32)
            })
            .collect();
        // (Placed first by the top bits of the first hash.)
        let keyed = super::sorted_by_spread(keyed, |k| k.0, |run| run.sort_unstable());
        // Each passage's first copy.
        let mut first = vec![0u32; passages.len()];
        for run in keyed.chunk_by(|x, y| (x.0, x.1, x.2) == (y.0, y.1, y.2)) {
            run.iter().for_each(|&(.., p)| first[p as usize] = run[0].3);
        }
        drop(keyed);
        // The passage copied is in a document whose terms were read, so its first copy is known.
        for p in 0..passages.len() {
            if let Some(copied) = earlier(p) {
                first[p] = first[copied];
            }
        }
        let mut text_of = vec![0u32; passages.len()];
        let mut texts = 0;
        for p in 0..passages.len() {
            let f = first[p] as usize;
            text_of[p] = if f == p {
                texts += 1;
                texts - 1
            } else {
                text_of[f]
            };
        }
        let members = super::bucket(
            || {
                text_of
                    .iter()
                    .enumerate()
                    .map(|(p, &t)| (t as usize, p as u32))
            },
            texts as usize,
        );
        Self { text_of, members }
    }

    /// The number of distinct texts.
    pub fn texts(&self) -> usize {
        self.members.len()
    }

    /// The text of passage `p`.
    pub fn text_of(&self, p: usize) -> usize {
        self.text_of[p] as usize
    }

    /// The passages holding text `t`, ascending.
    pub fn passages(&self, t: usize) -> &[u32] {
        self.members.get(t)
    }

    /// The first passage holding text `t`.
    pub fn first(&self, t: usize) -> usize {
        self.members.get(t)[0] as usize
    }
}
