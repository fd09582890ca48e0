//! Text reuse between passages: shared word 5-gram shingles, found through winnowed
//! fingerprints in an inverted index, then verified shingle by shingle.
//!
//! Each passage's shingles (hashes of five consecutive terms) are winnowed (MOSS: the smallest
//! hash of every window of four shingles), so any shared run of eight or more words leaves at
//! least one shared fingerprint. Passages sharing fingerprints are candidates; a fingerprint held
//! by more than the boilerplate cap of passages ("Leave a Reply", cookie notices) is set aside and
//! reported instead of pairing everything with everything, and each passage keeps only its
//! [`MAX_CANDIDATES`] strongest candidates. Each candidate pair is then compared
//! on all its shingles; the score is the share of the shorter passage's shingles found in the
//! other, and the evidence is the shared runs in both passages.

use std::hash::BuildHasher;

use rayon::prelude::*;
use rustc_hash::{FxBuildHasher, FxHashSet};

use crate::engine::corpus::Document;
use crate::engine::index::Index;
use crate::engine::passages::Passage;
use crate::engine::segment::Span;
use crate::engine::terms::TermTable;

/// Words in a shingle.
pub const SHINGLE: usize = 5;
/// Shingles in a winnowing window.
const WINDOW: usize = 4;
/// The most reuse candidates kept per passage (those sharing the most fingerprints).
pub const MAX_CANDIDATES: usize = 20;

/// The values present in both sorted lists.
fn intersect(a: &[u64], b: &[u64]) -> Vec<u64> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// A reuse link before it becomes a [`super::Link`].
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Reuse {
    pub a: usize,
    pub b: usize,
    pub score: f64,
    pub shared: usize,
    pub spans_a: Vec<Span>,
    pub spans_b: Vec<Span>,
}

/// A fingerprint set aside as boilerplate, with where it was first seen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Boilerplate {
    pub passages: usize,
    pub example: (usize, u32),
}

/// Shingle hashes of a passage, by starting token (relative to the passage).
fn shingles(passage: &Passage, index: &Index, table: &TermTable) -> Vec<u64> {
    let tokens = index.doc(passage.doc);
    let terms: Vec<u32> = (passage.first_token..passage.end_token)
        .map(|i| table.term_of_surface[tokens.surfaces[i as usize] as usize])
        .collect();
    terms
        .windows(SHINGLE)
        .map(|w| FxBuildHasher.hash_one(w))
        .collect()
}

/// Winnowed fingerprints of a passage: `(hash, shingle position)`, deduplicated.
fn fingerprints(hashes: &[u64]) -> Vec<(u64, u32)> {
    let mut selected: Vec<(u64, u32)> = Vec::new();
    if hashes.len() <= WINDOW {
        if let Some((i, h)) = hashes
            .iter()
            .enumerate()
            .min_by_key(|(i, h)| (**h, std::cmp::Reverse(*i)))
        {
            selected.push((*h, i as u32));
        }
        return selected;
    }
    for start in 0..=hashes.len() - WINDOW {
        let window = &hashes[start..start + WINDOW];
        let (offset, hash) = window
            .iter()
            .enumerate()
            .min_by_key(|(i, h)| (**h, std::cmp::Reverse(*i)))
            .map(|(i, h)| (i, *h))
            .unwrap_or((0, 0));
        let position = (start + offset) as u32;
        if selected.last() != Some(&(hash, position)) {
            selected.push((hash, position));
        }
    }
    selected
}

/// Byte spans of the runs of shingle positions in `positions` (sorted), within `passage`.
fn runs_to_spans(
    positions: &[u32],
    passage: &Passage,
    document: &Document,
    index: &Index,
) -> Vec<Span> {
    let tokens = index.doc(passage.doc);
    let mut spans = Vec::new();
    let mut k = 0;
    while k < positions.len() {
        let first = positions[k];
        let mut last = first;
        while k + 1 < positions.len() && positions[k + 1] <= last + 1 {
            k += 1;
            last = positions[k];
        }
        let first_token = (passage.first_token + first) as usize;
        let last_token = (passage.first_token + last) as usize + SHINGLE - 1;
        spans.push(Span::new(
            tokens.start(first_token),
            tokens.end(&document.text, last_token),
        ));
        k += 1;
    }
    spans
}

/// One fingerprint's occurrence: its hash, the passage holding it and its shingle position.
type Posting = (u64, u32, u32);

/// Finds reuse between `passages`; returns the links and the boilerplate fingerprints.
pub(super) fn reuse(
    passages: &[Passage],
    documents: &[Document],
    index: &Index,
    table: &TermTable,
    min_score: f64,
    min_shared: usize,
    boilerplate_cap: usize,
) -> (Vec<Reuse>, Vec<Boilerplate>) {
    let hashes: Vec<Vec<u64>> = passages
        .par_iter()
        .map(|p| shingles(p, index, table))
        .collect();
    let mut postings: Vec<Posting> = hashes
        .par_iter()
        .enumerate()
        .flat_map_iter(|(p, h)| {
            fingerprints(h)
                .into_iter()
                .map(move |(hash, pos)| (hash, p as u32, pos))
        })
        .collect();
    postings.par_sort_unstable();
    // Postings of one fingerprint are one run, its passages in order: each group shared by
    // two passages or more, with how many it has.
    let groups: Vec<(usize, &[Posting])> = postings
        .chunk_by(|x, y| x.0 == y.0)
        .map(|group| {
            let passages = 1 + group.windows(2).filter(|w| w[0].1 != w[1].1).count();
            (passages, group)
        })
        .filter(|&(passages, _)| passages >= 2)
        .collect();
    let mut boilerplate: Vec<Boilerplate> = groups
        .iter()
        .filter(|&&(passages, _)| passages > boilerplate_cap)
        .map(|&(passages, group)| Boilerplate {
            passages,
            example: (group[0].1 as usize, group[0].2),
        })
        .collect();
    // Every pair of passages under a fingerprint that is neither unique nor boilerplate, then
    // how many fingerprints each pair shares.
    let mut pairs: Vec<(u32, u32)> = groups
        .par_iter()
        .filter(|&&(passages, _)| passages <= boilerplate_cap)
        .flat_map_iter(|&(_, group)| {
            let mut members: Vec<u32> = group.iter().map(|&(_, p, _)| p).collect();
            members.dedup();
            let pairs: Vec<(u32, u32)> = members
                .iter()
                .enumerate()
                .flat_map(|(x, &a)| members[x + 1..].iter().map(move |&b| (a, b)))
                .collect();
            pairs
        })
        .collect();
    drop(groups);
    pairs.par_sort_unstable();
    let pair_counts: Vec<((u32, u32), u32)> = pairs
        .chunk_by(|x, y| x == y)
        .map(|run| (run[0], run.len() as u32))
        .collect();
    drop(pairs);
    // Keep each passage's strongest candidates only, so a heavily reprinted text cannot make
    // every passage a candidate of every other.
    let mut ranked: Vec<(u32, std::cmp::Reverse<u32>, u32)> = pair_counts
        .into_par_iter()
        .flat_map(|((a, b), n)| [(a, std::cmp::Reverse(n), b), (b, std::cmp::Reverse(n), a)])
        .collect();
    ranked.par_sort_unstable();
    let mut candidates: Vec<(u32, u32)> = ranked
        .chunk_by(|x, y| x.0 == y.0)
        .flat_map(|group| {
            group
                .iter()
                .take(MAX_CANDIDATES)
                .map(|&(a, _, b)| (a.min(b), a.max(b)))
        })
        .collect();
    candidates.par_sort_unstable();
    candidates.dedup();
    let boilerplate_hashes: FxHashSet<u64> = boilerplate
        .iter()
        .map(|b| hashes[b.example.0][b.example.1 as usize])
        .collect();
    // Each candidate passage's distinct shingles, sorted, for merge-intersections.
    let mut is_candidate = vec![false; passages.len()];
    for &(a, b) in &candidates {
        is_candidate[a as usize] = true;
        is_candidate[b as usize] = true;
    }
    let sorted: Vec<Vec<u64>> = hashes
        .par_iter()
        .zip(&is_candidate)
        .map(|(h, &wanted)| {
            if !wanted {
                return Vec::new();
            }
            let mut unique: Vec<u64> = h
                .iter()
                .copied()
                .filter(|x| !boilerplate_hashes.contains(x))
                .collect();
            unique.sort_unstable();
            unique.dedup();
            unique
        })
        .collect();
    let links = candidates
        .par_iter()
        .filter_map(|&(a, b)| {
            let (a, b) = (a as usize, b as usize);
            let common = intersect(&sorted[a], &sorted[b]);
            if common.len() < min_shared {
                return None;
            }
            let positions = |p: usize| -> Vec<u32> {
                hashes[p]
                    .iter()
                    .enumerate()
                    .filter(|(_, h)| common.binary_search(h).is_ok())
                    .map(|(i, _)| i as u32)
                    .collect()
            };
            let (shared_a, shared_b) = (positions(a), positions(b));
            let smaller = hashes[a].len().min(hashes[b].len()).max(1);
            let score = (shared_a.len().min(shared_b.len()) as f64 / smaller as f64).min(1.0);
            if score < min_score {
                return None;
            }
            let (pa, pb) = (&passages[a], &passages[b]);
            Some(Reuse {
                a,
                b,
                score,
                shared: shared_a.len(),
                spans_a: runs_to_spans(&shared_a, pa, &documents[pa.doc as usize], index),
                spans_b: runs_to_spans(&shared_b, pb, &documents[pb.doc as usize], index),
            })
        })
        .collect();
    boilerplate.sort_by(|x, y| y.passages.cmp(&x.passages).then(x.example.cmp(&y.example)));
    (links, boilerplate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn winnowing_keeps_one_fingerprint_per_window() {
        let hashes = [9, 3, 7, 8, 6, 5, 4, 10];
        let selected = fingerprints(&hashes);
        assert_eq!(selected, [(3, 1), (5, 5), (4, 6)]);
        // Every window of four holds a selected position.
        for start in 0..=hashes.len() - WINDOW {
            assert!(
                selected
                    .iter()
                    .any(|&(_, p)| (start..start + WINDOW).contains(&(p as usize)))
            );
        }
    }
}
