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
use crate::engine::tokenize::written_end;

/// Words in a shingle.
pub const SHINGLE: usize = 5;
/// Shingles in a winnowing window.
const WINDOW: usize = 4;
/// The most reuse candidates kept per passage (those sharing the most fingerprints).
pub const MAX_CANDIDATES: usize = 20;

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
    let end_of = |i: usize| {
        let start = tokens.start(i);
        let length = index.surfaces.get(tokens.surfaces[i]).len();
        written_end(&document.text, start, length).unwrap_or_else(|| tokens.end(&document.text, i))
    };
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
        spans.push(Span::new(tokens.start(first_token), end_of(last_token)));
        k += 1;
    }
    spans
}

/// One fingerprint's occurrence: its hash, the passage holding it and its shingle position.
type Posting = (u64, u32, u32);

/// The lists joined into one, copied in parallel.
fn concat<T: Copy + Default + Send + Sync>(lists: &[Vec<T>]) -> Vec<T> {
    let mut joined = vec![T::default(); lists.iter().map(Vec::len).sum()];
    let mut rest: &mut [T] = &mut joined;
    let mut parts = Vec::with_capacity(lists.len());
    for list in lists {
        let (part, tail) = rest.split_at_mut(list.len());
        parts.push((part, list));
        rest = tail;
    }
    parts
        .into_par_iter()
        .with_min_len(1024)
        .for_each(|(part, list)| part.copy_from_slice(list));
    joined
}

/// Of the candidate pairs `counted` (sorted, each with how many fingerprints it shares), those
/// among the [`MAX_CANDIDATES`] strongest of either passage. A passage with that many
/// candidates or fewer keeps them all, so only the others are ranked.
fn strongest(counted: &[((u32, u32), u32)], passages: usize) -> Vec<(u32, u32)> {
    let mut degree = vec![0u32; passages];
    for &((a, b), _) in counted {
        degree[a as usize] += 1;
        degree[b as usize] += 1;
    }
    let crowded = |p: u32| degree[p as usize] as usize > MAX_CANDIDATES;
    let mut ranked: Vec<(u32, std::cmp::Reverse<u32>, u32)> = counted
        .par_iter()
        .flat_map_iter(|&((a, b), n)| {
            let n = std::cmp::Reverse(n);
            [(a, n, b), (b, n, a)]
                .into_iter()
                .filter(|&(p, _, _)| crowded(p))
        })
        .collect();
    ranked.par_sort_unstable();
    let chosen: FxHashSet<(u32, u32)> = ranked
        .chunk_by(|x, y| x.0 == y.0)
        .flat_map(|group| {
            group
                .iter()
                .take(MAX_CANDIDATES)
                .map(|&(a, _, b)| (a.min(b), a.max(b)))
        })
        .collect();
    counted
        .par_iter()
        .map(|&(pair, _)| pair)
        .filter(|&(a, b)| !crowded(a) || !crowded(b) || chosen.contains(&(a, b)))
        .collect()
}

/// Each shared hash's positions in both passages, given each passage's `(hash, position)`
/// sorted: `(positions in a, positions in b, distinct shared hashes)`, positions sorted.
fn shared_positions(a: &[(u64, u32)], b: &[(u64, u32)]) -> (Vec<u32>, Vec<u32>, usize) {
    let (mut in_a, mut in_b, mut distinct) = (Vec::new(), Vec::new(), 0);
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let hash = a[i].0;
                distinct += 1;
                while i < a.len() && a[i].0 == hash {
                    in_a.push(a[i].1);
                    i += 1;
                }
                while j < b.len() && b[j].0 == hash {
                    in_b.push(b[j].1);
                    j += 1;
                }
            }
        }
    }
    in_a.sort_unstable();
    in_b.sort_unstable();
    (in_a, in_b, distinct)
}

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
    let prints: Vec<Vec<Posting>> = hashes
        .par_iter()
        .enumerate()
        .map(|(p, h)| {
            fingerprints(h)
                .into_iter()
                .map(|(hash, pos)| (hash, p as u32, pos))
                .collect()
        })
        .collect();
    let mut postings = concat(&prints);
    drop(prints);
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
    let mut boilerplate_hashes: Vec<u64> = groups
        .iter()
        .filter(|&&(passages, _)| passages > boilerplate_cap)
        .map(|&(_, group)| group[0].0)
        .collect();
    boilerplate_hashes.sort_unstable();
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
    drop(postings);
    pairs.par_sort_unstable();
    let pair_counts: Vec<((u32, u32), u32)> = pairs
        .chunk_by(|x, y| x == y)
        .map(|run| (run[0], run.len() as u32))
        .collect();
    drop(pairs);
    // Keep each passage's strongest candidates only, so a heavily reprinted text cannot make
    // every passage a candidate of every other.
    let candidates = strongest(&pair_counts, passages.len());
    drop(pair_counts);
    // Each candidate passage's shingles as `(hash, position)`, sorted, boilerplate left out,
    // for merge-intersections.
    let mut is_candidate = vec![false; passages.len()];
    for &(a, b) in &candidates {
        is_candidate[a as usize] = true;
        is_candidate[b as usize] = true;
    }
    let lengths: Vec<usize> = hashes.iter().map(Vec::len).collect();
    let sorted: Vec<Vec<(u64, u32)>> = hashes
        .into_par_iter()
        .zip(is_candidate)
        .map(|(h, wanted)| {
            if !wanted {
                return Vec::new();
            }
            let mut by_hash: Vec<(u64, u32)> = h
                .into_iter()
                .enumerate()
                .map(|(position, hash)| (hash, position as u32))
                .collect();
            by_hash.sort_unstable();
            if !boilerplate_hashes.is_empty() {
                by_hash.retain(|(hash, _)| boilerplate_hashes.binary_search(hash).is_err());
            }
            by_hash
        })
        .collect();
    let links = candidates
        .par_iter()
        .filter_map(|&(a, b)| {
            let (a, b) = (a as usize, b as usize);
            let (shared_a, shared_b, distinct) = shared_positions(&sorted[a], &sorted[b]);
            if distinct < min_shared {
                return None;
            }
            let smaller = lengths[a].min(lengths[b]).max(1);
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

    #[test]
    fn a_crowded_passage_keeps_only_its_strongest_candidates() {
        // 23 passages that all share fingerprints with one another (each has 22 candidates);
        // pair (a, b) shares a + b fingerprints.
        let counted: Vec<((u32, u32), u32)> = (0..23u32)
            .flat_map(|a| (a + 1..23).map(move |b| ((a, b), a + b)))
            .collect();
        let kept = strongest(&counted, 23);
        // Passages 0, 1 and 2 each drop their two weakest partners, which are each other.
        assert_eq!(kept.len(), counted.len() - 3);
        for weak in [(0, 1), (0, 2), (1, 2)] {
            assert!(!kept.contains(&weak), "{weak:?} kept");
        }
        // A passage with few candidates keeps them all, however weak.
        let kept = strongest(&[((0, 1), 1), ((0, 2), 9)], 3);
        assert_eq!(kept, [(0, 1), (0, 2)]);
    }

    #[test]
    fn a_repeated_shingle_counts_at_every_position() {
        let a = [(5, 0), (5, 3), (7, 1), (9, 2)];
        let b = [(1, 0), (5, 4), (9, 1)];
        let (in_a, in_b, distinct) = shared_positions(&a, &b);
        assert_eq!((in_a, in_b, distinct), (vec![0, 2, 3], vec![1, 4], 2));
    }
}
