//! Text reuse between passages: shared word 5-gram shingles, found through winnowed
//! fingerprints in an inverted index, then verified shingle by shingle.
//!
//! The work is done once per distinct text ([`super::copies`]): copies of one text are always
//! compared with each other, and a pair of texts found to reuse each other links every copy of
//! the one with every copy of the other. Each text's shingles (hashes of five consecutive terms)
//! are winnowed (MOSS: the smallest hash of every window of four shingles), so any shared run of
//! eight or more words leaves at least one shared fingerprint. Texts sharing fingerprints are
//! candidates; a fingerprint held by more than the boilerplate cap of passages ("Leave a Reply",
//! cookie notices) is set aside and reported instead of pairing everything with everything, and
//! each text keeps only its [`MAX_CANDIDATES`] strongest candidates. Each candidate pair is then
//! compared on all its shingles; the score is the share of the shorter passage's shingles found
//! in the other, and the evidence is the shared runs in both passages.

use std::hash::BuildHasher;

use rayon::prelude::*;
use rustc_hash::{FxBuildHasher, FxHashSet};

use super::Flat;
use super::copies::{Copies, terms};
use crate::engine::bits::BitSet;
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
/// Fingerprints are sorted in `2^PART_BITS` parts, by the top bits of their hashes.
const PART_BITS: u32 = 8;
/// The most reuse candidates kept per text (those sharing the most fingerprints).
pub const MAX_CANDIDATES: usize = 20;

/// A reuse link before it becomes a [`super::Link`]: its passages, score and shared shingles,
/// and where the runs of shared shingle positions of each passage are in [`Found::runs`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Reuse {
    pub a: usize,
    pub b: usize,
    pub score: f64,
    pub shared: u32,
    pub positions_a: u32,
    pub positions_b: u32,
}

/// A fingerprint set aside as boilerplate, with where it was first seen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Boilerplate {
    pub passages: usize,
    pub example: (usize, u32),
}

/// Sets `list` to the shingle hashes of a passage, by starting token (relative to the
/// passage); `terms` is scratch space.
fn shingles(
    passage: &Passage,
    index: &Index,
    table: &TermTable,
    terms: &mut Vec<u32>,
    list: &mut [u64],
) {
    terms.clear();
    terms.extend(self::terms(passage, index, table));
    for (hash, words) in list.iter_mut().zip(terms.windows(SHINGLE)) {
        *hash = FxBuildHasher.hash_one(words);
    }
}

/// Sets `selected` to the winnowed fingerprints of a passage: `(hash, shingle position)`,
/// deduplicated. Each window's fingerprint is its smallest hash, the rightmost of equal ones.
fn fingerprints(hashes: &[u64], selected: &mut Vec<(u64, u32)>) {
    selected.clear();
    // The rightmost smallest hash of `hashes[from..to]`.
    let smallest = |from: usize, to: usize| {
        (from..to).fold(
            from,
            |best, i| if hashes[i] <= hashes[best] { i } else { best },
        )
    };
    if hashes.len() <= WINDOW {
        if !hashes.is_empty() {
            let i = smallest(0, hashes.len());
            selected.push((hashes[i], i as u32));
        }
        return;
    }
    let mut best = smallest(0, WINDOW);
    selected.push((hashes[best], best as u32));
    for end in WINDOW + 1..=hashes.len() {
        let start = end - WINDOW;
        // The window's smallest is the last one's unless that one has left the window or the
        // new shingle's hash is as small.
        best = if best < start {
            smallest(start, end)
        } else if hashes[end - 1] <= hashes[best] {
            end - 1
        } else {
            best
        };
        if selected.last() != Some(&(hashes[best], best as u32)) {
            selected.push((hashes[best], best as u32));
        }
    }
}

/// Adds to `spans` the byte spans of `runs` of shingle positions within `passage`.
pub(super) fn runs_to_spans(
    runs: &[Run],
    passage: &Passage,
    document: &Document,
    index: &Index,
    spans: &mut Vec<Span>,
) {
    let tokens = index.doc(passage.doc);
    let end_of = |i: usize| {
        let start = tokens.start(i);
        let length = index.surfaces.get(tokens.surfaces[i]).len();
        written_end(&document.text, start, length).unwrap_or_else(|| tokens.end(&document.text, i))
    };
    for &(first, last) in runs {
        let first_token = (passage.first_token + first) as usize;
        let last_token = (passage.first_token + last) as usize + SHINGLE - 1;
        spans.push(Span::new(tokens.start(first_token), end_of(last_token)));
    }
}

/// A run of consecutive shingle positions: its first and its last.
pub(super) type Run = (u32, u32);

/// The runs of consecutive positions in `positions` (sorted and distinct).
fn runs_of(positions: &[u32]) -> impl Iterator<Item = Run> + '_ {
    (positions.chunk_by(|x, y| *y == *x + 1)).map(|run| (run[0], run[run.len() - 1]))
}

/// How many positions `runs` hold.
fn positions_in(runs: &[Run]) -> usize {
    runs.iter()
        .map(|&(first, last)| (last - first) as usize + 1)
        .sum()
}

/// One fingerprint's occurrence: its hash, the passage holding it and its shingle position.
type Posting = (u64, u32, u32);

/// Of the candidate pairs `counted` (sorted, each with how many fingerprints it shares), those
/// among the [`MAX_CANDIDATES`] strongest of either text. A text with that many candidates or
/// fewer keeps them all, so only the others are ranked.
fn strongest(counted: &[((u32, u32), u32)], texts: usize) -> Vec<(u32, u32)> {
    let mut degree = vec![0u32; texts];
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

/// One text's shingle hashes (boilerplate left out) in an open-addressing table, to find which
/// of another text's hashes it holds: built once for all the candidates of one text.
#[derive(Default)]
struct Held {
    /// The text whose hashes the table holds.
    text: Option<usize>,
    /// Per slot, a hash and its mark: [`EMPTY`](Held::EMPTY), [`HELD`](Held::HELD), or the
    /// number of the last comparison that found it in the other text.
    slots: Vec<(u64, u32)>,
    /// The number of the current comparison (above `HELD`).
    comparison: u32,
}

impl Held {
    const EMPTY: u32 = 0;
    const HELD: u32 = 1;

    /// Holds `hashes` but those `is_boilerplate` tells, unless it holds them already (`text`).
    fn hold(&mut self, text: usize, hashes: &[u64], is_boilerplate: impl Fn(u64) -> bool) {
        if self.text == Some(text) {
            return;
        }
        self.text = Some(text);
        // At most half full, so that a hash not held is told in a step or two.
        let size = (2 * hashes.len()).next_power_of_two().max(16);
        self.slots.clear();
        self.slots.resize(size, (0, Self::EMPTY));
        for &hash in hashes {
            if is_boilerplate(hash) {
                continue;
            }
            let slot = self.slot(hash);
            self.slots[slot] = (hash, Self::HELD);
        }
        self.comparison = Self::HELD;
    }

    /// The slot holding `hash`, or the empty slot where it would go. (Hashes are well mixed in
    /// their top bits: they pick the first slot.)
    fn slot(&self, hash: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut slot = (hash >> 40) as usize & mask;
        while self.slots[slot].1 != Self::EMPTY && self.slots[slot].0 != hash {
            slot = (slot + 1) & mask;
        }
        slot
    }

    /// Compares the text held with another (its shingle hashes `other`): sets `in_other` to the
    /// positions of `other` whose hash is held, and returns how many distinct hashes those are.
    /// [`Held::positions`] then gives their positions in the text held.
    fn compare(&mut self, other: &[u64], in_other: &mut Vec<u32>) -> usize {
        self.comparison += 1;
        in_other.clear();
        let mut distinct = 0;
        for (position, &hash) in other.iter().enumerate() {
            let slot = self.slot(hash);
            let mark = &mut self.slots[slot].1;
            if *mark != Self::EMPTY {
                distinct += usize::from(*mark != self.comparison);
                *mark = self.comparison;
                in_other.push(position as u32);
            }
        }
        distinct
    }

    /// Sets `positions` to the positions in the text held (its shingle hashes `hashes`) of the
    /// hashes the last [`Held::compare`] found in the other text, in order.
    fn positions(&self, hashes: &[u64], positions: &mut Vec<u32>) {
        positions.clear();
        positions.extend(
            (hashes.iter().enumerate())
                .filter(|&(_, &hash)| self.slots[self.slot(hash)].1 == self.comparison)
                .map(|(position, _)| position as u32),
        );
    }
}

/// What copies of one text share, given its shingle hashes in order: sets `positions` to the
/// positions of the shingles that are not boilerplate, and returns how many distinct hashes they
/// hold, counting no further than `enough`.
fn shared_by_copies(
    hashes: &[u64],
    is_boilerplate: impl Fn(u64) -> bool,
    enough: usize,
    positions: &mut Vec<u32>,
) -> usize {
    positions.clear();
    let mut distinct: Vec<u64> = Vec::with_capacity(enough);
    for (position, &hash) in hashes.iter().enumerate() {
        if is_boilerplate(hash) {
            continue;
        }
        positions.push(position as u32);
        if distinct.len() < enough && !distinct.contains(&hash) {
            distinct.push(hash);
        }
    }
    distinct.len()
}

/// A bitset over the top bits of a set of hashes: says quickly that most other hashes are not
/// in the set.
struct Filter(BitSet);

impl Filter {
    const BITS: u32 = 20;

    fn new(hashes: &[u64]) -> Self {
        let mut bits = BitSet::new(1 << Self::BITS);
        for &hash in hashes {
            bits.insert(Self::bucket(hash));
        }
        Self(bits)
    }

    fn bucket(hash: u64) -> u32 {
        (hash >> (64 - Self::BITS)) as u32
    }

    /// False when `hash` is certainly not in the set.
    fn may_hold(&self, hash: u64) -> bool {
        self.0.contains(Self::bucket(hash))
    }
}

/// What the fingerprints shared by several texts give: boilerplate, candidate pairs, and the
/// texts whose copies are candidates of each other (each in no particular order).
#[derive(Default)]
struct Grouped {
    boilerplate: Vec<Boilerplate>,
    boilerplate_hashes: Vec<u64>,
    pairs: Vec<(u32, u32)>,
    copied: Vec<u32>,
    /// Scratch: the texts under one fingerprint.
    members: Vec<u32>,
}

impl Grouped {
    fn join(mut self, other: Self) -> Self {
        self.boilerplate.extend(other.boilerplate);
        self.boilerplate_hashes.extend(other.boilerplate_hashes);
        self.pairs.extend(other.pairs);
        self.copied.extend(other.copied);
        self
    }
}

/// What [`reuse`] finds.
pub(super) struct Found {
    /// The reuse links, in no particular order.
    pub links: Vec<Reuse>,
    /// The runs of shingle positions (from the start of the passage) shared by pairs of texts,
    /// two lists per pair of texts compared.
    pub runs: Flat<Run>,
    /// The fingerprints set aside as boilerplate, most passages first.
    pub boilerplate: Vec<Boilerplate>,
    /// The pairs of texts (`a <= b`) that reuse each other.
    pub pairs: Vec<(u32, u32)>,
}

/// Finds reuse between `passages`, comparing each of their distinct texts once.
pub(super) fn reuse(
    passages: &[Passage],
    copies: &Copies,
    index: &Index,
    table: &TermTable,
    min_score: f64,
    min_shared: usize,
    boilerplate_cap: usize,
) -> Found {
    let texts: Vec<u32> = (0..copies.texts() as u32).collect();
    // Each text's shingles, one per word but the last four, written in place: the lists are
    // long, and joining lists filled apart would copy them all once more.
    let first = |t: usize| &passages[copies.first(t)];
    let count = |t: usize| first(t).words().saturating_sub(SHINGLE - 1);
    let mut hashes = Flat::of_lengths((0..copies.texts()).map(count));
    (hashes.lists_mut().into_par_iter().enumerate()).for_each_init(Vec::new, |terms, (t, list)| {
        shingles(first(t), index, table, terms, list);
    });
    // Each text's number of passages, in two bytes (the most a two-byte count says is read
    // again from the copies): the texts under a fingerprint lie anywhere among the texts, and
    // this short list stays in the cache where the copies' list does not.
    let held: Vec<u16> = (0..copies.texts())
        .into_par_iter()
        .map(|t| u16::try_from(copies.passages(t).len()).unwrap_or(u16::MAX))
        .collect();
    let passages_of = |t: u32| match held[t as usize] {
        u16::MAX => copies.passages(t as usize).len(),
        held => usize::from(held),
    };
    let has_copies = |t: u32| held[t as usize] >= 2;
    // Each text's fingerprints, placed as they are found by the top bits of their hashes (one
    // list per part and thread): each part is then sorted and read whole in the cache, where
    // sorting them all would read and write the whole list many times.
    let parts = 1usize << PART_BITS;
    let per_thread = super::PerThread::new();
    texts.par_chunks(1024).with_max_len(1).for_each(|chunk| {
        let make = || (Vec::new(), vec![Vec::new(); parts]);
        per_thread.with(make, |(selected, placed)| {
            for &t in chunk {
                fingerprints(hashes.get(t as usize), selected);
                for &(hash, position) in selected.iter() {
                    placed[(hash >> (64 - PART_BITS)) as usize].push((hash, t, position));
                }
            }
        });
    });
    let mut by_part: Vec<Vec<Vec<Posting>>> = (0..parts).map(|_| Vec::new()).collect();
    for (_, placed) in per_thread.into_spaces() {
        for (part, list) in by_part.iter_mut().zip(placed) {
            part.push(list);
        }
    }
    // Postings of one fingerprint are one run, its texts in order. A fingerprint held by more
    // passages than the cap is boilerplate; under any other, every pair of its texts is a
    // candidate, and so is each of its texts that has copies.
    let add = |found: &mut Grouped, group: &[Posting]| {
        // A fingerprint held by one text that has no copies pairs nothing.
        if group.len() == 1 && !has_copies(group[0].1) {
            return;
        }
        let passages: usize = group
            .chunk_by(|x, y| x.1 == y.1)
            .map(|text| passages_of(text[0].1))
            .sum();
        if passages > boilerplate_cap {
            // Texts are numbered by their first passage, so a group's first posting is in
            // its first passage.
            found.boilerplate.push(Boilerplate {
                passages,
                example: (copies.first(group[0].1 as usize), group[0].2),
            });
            found.boilerplate_hashes.push(group[0].0);
        } else if passages >= 2 {
            found.members.clear();
            found.members.extend(group.iter().map(|&(_, t, _)| t));
            found.members.dedup();
            let Grouped { members, pairs, .. } = found;
            for (x, &a) in members.iter().enumerate() {
                pairs.extend(members[x + 1..].iter().map(|&b| (a, b)));
            }
            found
                .copied
                .extend(found.members.iter().filter(|&&t| has_copies(t)));
        }
    };
    let grouped = by_part
        .into_par_iter()
        .map(|lists| {
            // The first thread's list takes the others' (with one thread, nothing is copied).
            let mut lists = lists.into_iter();
            let mut postings = lists.next().unwrap_or_default();
            lists.for_each(|list| postings.extend(list));
            // In the order of the tuples (compared as one number), placed first by the bits of
            // their hashes below the part's.
            let postings = super::sorted_by_spread(
                postings,
                |&(hash, ..)| hash << PART_BITS,
                |run| {
                    run.sort_unstable_by_key(|&(hash, t, position)| {
                        u128::from(hash) << 64 | u128::from(t) << 32 | u128::from(position)
                    })
                },
            );
            let mut found = Grouped::default();
            for group in postings.chunk_by(|x, y| x.0 == y.0) {
                add(&mut found, group);
            }
            found
        })
        .reduce(Grouped::default, Grouped::join);
    let Grouped {
        mut boilerplate,
        mut boilerplate_hashes,
        mut pairs,
        copied,
        ..
    } = grouped;
    boilerplate_hashes.par_sort_unstable();
    // Each text with copies comes once per fingerprint it holds: marked, then listed in order.
    let mut is_copied = BitSet::new(copies.texts());
    for &t in &copied {
        is_copied.insert(t);
    }
    let copied: Vec<u32> = (0..copies.texts() as u32)
        .filter(|&t| is_copied.contains(t))
        .collect();
    pairs.par_sort_unstable();
    let pair_counts: Vec<((u32, u32), u32)> = pairs
        .chunk_by(|x, y| x == y)
        .map(|run| (run[0], run.len() as u32))
        .collect();
    drop(pairs);
    // Keep each text's strongest candidates only, so a heavily reprinted text cannot make
    // every passage a candidate of every other. A text's copies are always compared.
    let mut candidates = strongest(&pair_counts, copies.texts());
    drop(pair_counts);
    candidates.extend(copied.iter().map(|&t| (t, t)));
    let lengths: Vec<usize> = (0..hashes.len()).map(|t| hashes.get(t).len()).collect();
    let boilerplate_filter = Filter::new(&boilerplate_hashes);
    let is_boilerplate = |hash: u64| {
        boilerplate_filter.may_hold(hash) && boilerplate_hashes.binary_search(&hash).is_ok()
    };
    // The share of the shorter text's shingles found in the other, given how many each shares.
    let score = |ta: usize, tb: usize, in_a: usize, in_b: usize| {
        let smaller = lengths[ta].min(lengths[tb]).max(1);
        (in_a.min(in_b) as f64 / smaller as f64).min(1.0)
    };
    // Two lists of runs of shared shingle positions per candidate, in the first text and in the
    // second, both empty unless the pair is verified (copies of one text share the first). The
    // candidates of one text come together (in order of the pairs), so its hashes are held in
    // a table once for all of them, and the other text's hashes are looked up in it.
    let runs = Flat::build_with(
        &candidates,
        || (Vec::new(), Vec::new(), Held::default()),
        |(shared_a, shared_b, held), &(a, b), lists| {
            let (ta, tb) = (a as usize, b as usize);
            let verified = if ta == tb {
                let distinct =
                    shared_by_copies(hashes.get(ta), is_boilerplate, min_shared, shared_a);
                distinct >= min_shared && score(ta, ta, shared_a.len(), shared_a.len()) >= min_score
            } else {
                held.hold(ta, hashes.get(ta), is_boilerplate);
                let distinct = held.compare(hashes.get(tb), shared_b);
                // (The positions in the first text only when they can matter.)
                distinct >= min_shared && {
                    held.positions(hashes.get(ta), shared_a);
                    score(ta, tb, shared_a.len(), shared_b.len()) >= min_score
                }
            };
            // Positions come in order.
            if verified {
                lists.extend(runs_of(shared_a));
            }
            lists.close();
            if verified && ta != tb {
                lists.extend(runs_of(shared_b));
            }
            lists.close();
        },
    );
    drop(hashes);
    // The verified candidates: those with shared positions.
    let verified: Vec<usize> = (0..candidates.len())
        .into_par_iter()
        .filter(|&k| !runs.get(2 * k).is_empty())
        .collect();
    // Every copy of one text against every copy of the other.
    let links = verified
        .par_iter()
        .flat_map_iter(|&k| {
            let (ta, tb) = candidates[k];
            let (in_a, in_b) = (2 * k, if ta == tb { 2 * k } else { 2 * k + 1 });
            // How many shingle positions each side's list holds, counted once for all copies.
            let (shared_a, shared_b) = (positions_in(runs.get(in_a)), positions_in(runs.get(in_b)));
            let shared = move |list: usize| if list == in_a { shared_a } else { shared_b };
            let pair_score = score(ta as usize, tb as usize, shared_a, shared_b);
            let side_b = copies.passages(tb as usize);
            copies
                .passages(ta as usize)
                .iter()
                .flat_map(move |&x| side_b.iter().map(move |&y| (x, y)))
                .filter(move |&(x, y)| ta != tb || x < y)
                .map(move |(x, y)| {
                    let ((a, list_a), (b, list_b)) = if x < y {
                        ((x, in_a), (y, in_b))
                    } else {
                        ((y, in_b), (x, in_a))
                    };
                    Reuse {
                        a: a as usize,
                        b: b as usize,
                        score: pair_score,
                        shared: shared(list_a) as u32,
                        positions_a: list_a as u32,
                        positions_b: list_b as u32,
                    }
                })
        })
        .collect();
    let pairs = verified.iter().map(|&k| candidates[k]).collect();
    boilerplate.sort_by(|x, y| y.passages.cmp(&x.passages).then(x.example.cmp(&y.example)));
    Found {
        links,
        runs,
        boilerplate,
        pairs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn winnowing_keeps_one_fingerprint_per_window() {
        let hashes = [9, 3, 7, 8, 6, 5, 4, 10];
        let mut selected = vec![(1, 1)];
        fingerprints(&hashes, &mut selected);
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
    fn winnowing_picks_each_windows_rightmost_smallest_hash() {
        // Small hashes, so windows often hold ties.
        let mut random = super::super::pseudo_random(7);
        let mut next = || (random() >> 61) % 5;
        for length in 0..40 {
            let hashes: Vec<u64> = (0..length).map(|_| next()).collect();
            let mut expected: Vec<(u64, u32)> = Vec::new();
            for start in 0..=hashes.len().saturating_sub(WINDOW) {
                let window = &hashes[start..(start + WINDOW).min(hashes.len())];
                let Some(low) = window.iter().min() else {
                    continue;
                };
                let at = start + window.iter().rposition(|h| h == low).unwrap_or(0);
                if expected.last() != Some(&(*low, at as u32)) {
                    expected.push((*low, at as u32));
                }
            }
            let mut selected = Vec::new();
            fingerprints(&hashes, &mut selected);
            assert_eq!(selected, expected, "{hashes:?}");
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
    fn the_boilerplate_filter_holds_every_boilerplate_hash() {
        let held = [3u64 << 60, u64::MAX, 12345];
        let filter = Filter::new(&held);
        assert!(held.iter().all(|&h| filter.may_hold(h)));
        assert!(!filter.may_hold(5u64 << 60));
        assert!(!Filter::new(&[]).may_hold(12345));
    }

    #[test]
    fn copies_share_every_shingle_but_boilerplate() {
        let mut positions = vec![9];
        let distinct = shared_by_copies(&[4, 7, 4, 1, 8], |h| h == 1, 5, &mut positions);
        assert_eq!((positions, distinct), (vec![0, 1, 2, 4], 3));
        // Distinct hashes are counted no further than needed.
        let mut positions = Vec::new();
        assert_eq!(
            shared_by_copies(&[4, 7, 4, 8], |_| false, 2, &mut positions),
            2
        );
        assert_eq!(positions, [0, 1, 2, 3]);
    }

    #[test]
    fn shared_positions_are_kept_as_runs_that_count_every_position() {
        let positions = [0, 1, 2, 5, 7, 8, 12];
        let found: Vec<Run> = runs_of(&positions).collect();
        assert_eq!(found, [(0, 2), (5, 5), (7, 8), (12, 12)]);
        assert_eq!(positions_in(&found), positions.len());
        assert_eq!(runs_of(&[]).count(), 0);
    }

    /// Compares the text held with `other`: its positions, the other's, and how many distinct
    /// hashes they share.
    fn compared(held: &mut Held, hashes: &[u64], other: &[u64]) -> (Vec<u32>, Vec<u32>, usize) {
        let (mut in_held, mut in_other) = (vec![7], vec![7]);
        let distinct = held.compare(other, &mut in_other);
        held.positions(hashes, &mut in_held);
        (in_held, in_other, distinct)
    }

    #[test]
    fn a_repeated_shingle_counts_at_every_position_and_boilerplate_at_none() {
        let (a, b) = ([5, 7, 9, 5, 0], [1, 9, 0, 0, 5]);
        let mut held = Held::default();
        held.hold(0, &a, |h| h == 0);
        assert_eq!(compared(&mut held, &a, &b), (vec![0, 2, 3], vec![1, 4], 2));
    }

    #[test]
    fn hashes_starting_at_the_same_slot_are_told_apart() {
        // The top bits pick the first slot: these all start at the same one.
        let five = |low: u64| (5 << 40) | low;
        let (a, b) = (
            [five(1), five(2), 9 << 40, five(1)],
            [five(2), five(3), 9 << 40],
        );
        let mut held = Held::default();
        held.hold(0, &a, |_| false);
        assert_eq!(compared(&mut held, &a, &b), (vec![1, 2], vec![0, 2], 2));
    }

    #[test]
    fn each_comparison_with_the_text_held_stands_alone() {
        let (a, b, c) = ([5, 7, 9, 5], [5, 1], [7, 7, 2, 5]);
        let mut held = Held::default();
        held.hold(3, &a, |_| false);
        assert_eq!(compared(&mut held, &a, &b), (vec![0, 3], vec![0], 1));
        // Held once for both: the hash found in `b` is found, and counted, again.
        held.hold(3, &a, |h| h == 7);
        assert_eq!(
            compared(&mut held, &a, &c),
            (vec![0, 1, 3], vec![0, 1, 3], 2)
        );
        // Another text held, then the first again.
        held.hold(4, &c, |_| false);
        assert_eq!(compared(&mut held, &c, &b), (vec![3], vec![0], 1));
        held.hold(3, &a, |_| false);
        assert_eq!(compared(&mut held, &a, &[9, 9]), (vec![2], vec![0, 1], 1));
        assert_eq!(compared(&mut held, &a, &[]), (vec![], vec![], 0));
    }
}
