//! Links between passages, each with a kind, a score and its evidence.
//!
//! - **reuse**: the same or nearly the same text ([`reuse`]): shared word 5-grams, within a
//!   document (a caption repeating the body) or across documents (wire copy reprinted);
//! - **same figure**: passages stating figures of one [`crate::engine::figures::groups`] group;
//! - **conflicting figure** / **related figure**: passages on the two sides of a figure conflict
//!   or related pair;
//! - **same names** and **similar**: shared rare names, and TF-IDF similarity ([`related`]).
//!
//! Candidates come from inverted indexes, never from comparing all pairs. Scores are comparable
//! within a kind: reuse scores are the share of the shorter passage that is shared; figure links
//! score 1. Thresholds are [`LinkSettings`].

pub mod copies;
pub mod related;
pub mod reuse;

use std::borrow::Cow;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::corpus::{DocId, Document, first_copies};
use super::figures::Figure;
use super::figures::groups::{FigureGroup, FigurePair, Relation};
use super::index::Index;
use super::names::Name;
use super::passages::{Passage, passages};
use super::segment::Span;
use super::terms::TermTable;

/// Calls `visit` for each key that two lists sorted by `key` share, with the run of entries
/// holding it in each list.
pub(crate) fn for_each_shared<T, K: Ord>(
    a: &[T],
    b: &[T],
    key: impl Fn(&T) -> K,
    mut visit: impl FnMut(&[T], &[T]),
) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (key(&a[i]), key(&b[j]));
        if x == y {
            let end_a = i + a[i..].iter().take_while(|z| key(z) == x).count();
            let end_b = j + b[j..].iter().take_while(|z| key(z) == x).count();
            visit(&a[i..end_a], &b[j..end_b]);
            (i, j) = (end_a, end_b);
        } else {
            // (Both steps taken as numbers: which list moves on is seldom foreseeable.)
            i += usize::from(x < y);
            j += usize::from(y < x);
        }
    }
}

/// Where each key's entries start once entries are grouped by key: given the key (below
/// `keys`) of every entry, entries with key `k` are at `starts[k]..starts[k + 1]`.
fn run_starts(of_entries: impl IntoIterator<Item = usize>, keys: usize) -> Vec<usize> {
    let mut starts = vec![0usize; keys + 1];
    for k in of_entries {
        starts[k + 1] += 1;
    }
    for k in 0..keys {
        starts[k + 1] += starts[k];
    }
    starts
}

/// Values grouped by key: given `entries()` as `(key below keys, value)`, list `k` holds key
/// `k`'s values in the order given. `entries` is called twice, to count and to place.
pub(crate) fn bucket<T: Copy + Default, I: Iterator<Item = (usize, T)>>(
    entries: impl Fn() -> I,
    keys: usize,
) -> Flat<T> {
    let starts = run_starts(entries().map(|(k, _)| k), keys);
    let mut values = vec![T::default(); starts[keys]];
    let mut fill = starts.clone();
    for (k, value) in entries() {
        values[fill[k]] = value;
        fill[k] += 1;
    }
    Flat {
        starts: starts.into_iter().map(narrow).collect(),
        values,
    }
}

/// A place in a [`Flat`]'s values, kept in 32 bits. (Linking numbers passages in 32 bits too;
/// a corpus would need billions of words to fill them.)
fn narrow(place: usize) -> u32 {
    u32::try_from(place).expect("linking holds fewer than 2^32 values of a kind")
}

/// `items` sorted by `sort`, given 64 bits of each item that spread the items evenly and never
/// decrease as items go up in that order (a hash leading the sort key). One counting pass by
/// their top bits puts the items in order in about a quarter as many buckets, and each bucket
/// is then sorted alone: far less work than sorting them all at once.
pub(crate) fn sorted_by_spread<T: Copy + Default>(
    items: Vec<T>,
    spread: impl Fn(&T) -> u64,
    sort: impl Fn(&mut [T]),
) -> Vec<T> {
    let bits = (items.len() / 4).max(1).ilog2().min(24);
    // (Shifted in two steps: no bits at all is a shift by 64.)
    let bucket_of = |x: &T| (spread(x) >> (63 - bits) >> 1) as usize;
    let mut placed = bucket(|| items.iter().map(|x| (bucket_of(x), *x)), 1 << bits);
    drop(items);
    for run in placed.starts.windows(2) {
        if run[1] - run[0] > 1 {
            sort(&mut placed.values[run[0] as usize..run[1] as usize]);
        }
    }
    placed.values
}

/// `flat` cut into consecutive slices of the given lengths, to be filled in parallel.
fn split_by_lengths<T>(
    mut flat: &mut [T],
    lengths: impl IntoIterator<Item = usize>,
) -> Vec<&mut [T]> {
    let mut slices = Vec::new();
    for length in lengths {
        let (slice, rest) = flat.split_at_mut(length);
        slices.push(slice);
        flat = rest;
    }
    slices
}

/// What a link says about two passages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkKind {
    /// The same or nearly the same text.
    Reuse,
    /// Both state a figure of the same group.
    SameFigure,
    /// They give figures for the same claim that cannot both hold.
    ConflictingFigure,
    /// They give different figures for the same claim over different periods.
    RelatedFigure,
    /// They mention the same rare names.
    SameNames,
    /// Similar vocabulary without reused text.
    Similar,
}

impl LinkKind {
    /// All kinds, in order.
    pub const ALL: [LinkKind; 6] = [
        Self::Reuse,
        Self::SameFigure,
        Self::ConflictingFigure,
        Self::RelatedFigure,
        Self::SameNames,
        Self::Similar,
    ];

    /// The name used in files and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Self::Reuse => "reuse",
            Self::SameFigure => "same-figure",
            Self::ConflictingFigure => "conflicting-figure",
            Self::RelatedFigure => "related-figure",
            Self::SameNames => "same-names",
            Self::Similar => "similar",
        }
    }

    /// The kind called `name`, or by its short name: "conflict", "related", "figure", "names".
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|k| k.name() == name)
            .or(match name {
                "conflict" => Some(Self::ConflictingFigure),
                "related" => Some(Self::RelatedFigure),
                "figure" => Some(Self::SameFigure),
                "names" => Some(Self::SameNames),
                _ => None,
            })
    }
}

/// Why two passages are linked, as read from [`Links::evidence`].
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Evidence<'a> {
    /// Shared text: the runs in each passage and how many 5-word shingles they share.
    SharedText {
        /// Shared runs in the first passage.
        spans_a: Vec<Span>,
        /// Shared runs in the second passage.
        spans_b: Vec<Span>,
        /// Shared shingles.
        shingles: usize,
    },
    /// Figures (indices into the analysis's figures), one pair per shared or disputed figure.
    Figures {
        /// `(figure in the first passage, figure in the second)`.
        pairs: &'a [(usize, usize)],
        /// Why they are paired (for conflicts and related pairs).
        reason: Option<&'a str>,
    },
    /// The rare names both passages mention.
    Names {
        /// The names, as shown.
        names: Vec<&'a str>,
    },
    /// The terms that weigh most in the similarity.
    Terms {
        /// Up to five terms.
        terms: Vec<&'a str>,
    },
}

impl Evidence<'_> {
    /// The evidence in one line of words, as the app shows it beside a link and the links CSV
    /// writes it: how much text is shared, the figures stated in both or why two disagree, the
    /// names or the words both use.
    pub fn words(&self, figures: &[Figure]) -> String {
        match self {
            Evidence::SharedText { shingles, .. } => format!("{shingles} shared five-word runs"),
            Evidence::Figures {
                reason: Some(reason),
                ..
            } => reason.to_string(),
            Evidence::Figures { pairs, .. } => {
                let stated: Vec<String> = (pairs.iter())
                    .filter_map(|&(a, _)| figures.get(a))
                    .map(Figure::value_label)
                    .collect();
                format!("both state {}", stated.join(", "))
            }
            Evidence::Names { names } => format!("both name {}", names.join(", ")),
            Evidence::Terms { terms } => format!("shared vocabulary: {}", terms.join(", ")),
        }
    }
}

/// A link between passages `a` and `b` (indices into [`Links::passages`], `a < b`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Link {
    /// What the link says.
    pub kind: LinkKind,
    /// Strength within its kind, 0 to 1.
    pub score: f64,
    /// First passage.
    pub a: usize,
    /// Second passage.
    pub b: usize,
    /// Where [`Links::evidence`] finds its evidence, among that of its kind.
    evidence: u32,
}

/// Lists of values stored one after another: list `k` is `values[starts[k]..starts[k + 1]]`.
/// Millions of short lists (the spans of each reused passage, the names of each link) cost
/// two allocations in all instead of one each. Starts are kept in 32 bits, as linking numbers
/// passages: lists read at random (a text's vector, a term's postings) then find their start
/// in half the memory, more often in the cache.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Flat<T> {
    starts: Vec<u32>,
    values: Vec<T>,
}

impl<T> Default for Flat<T> {
    fn default() -> Self {
        Self {
            starts: vec![0],
            values: Vec::new(),
        }
    }
}

impl<T: Copy + Default + Send + Sync> Flat<T> {
    /// The number of lists.
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// List `k`.
    pub fn get(&self, k: usize) -> &[T] {
        &self.values[self.starts[k] as usize..self.starts[k + 1] as usize]
    }

    /// Lists of the given lengths, filled with the default value (by all threads).
    pub fn of_lengths(lengths: impl IntoIterator<Item = usize>) -> Self {
        let mut starts = vec![0];
        starts.extend(lengths.into_iter().scan(0, |end, length| {
            *end += length;
            Some(narrow(*end))
        }));
        let values = filled(T::default(), starts.last().copied().unwrap_or(0) as usize);
        Self { starts, values }
    }

    /// Every list, to be changed in place (in parallel, say).
    pub fn lists_mut(&mut self) -> Vec<&mut [T]> {
        let lengths = self.starts.windows(2).map(|b| (b[1] - b[0]) as usize);
        split_by_lengths(&mut self.values, lengths)
    }

    /// Adds a value to the list being written.
    pub fn push(&mut self, value: T) {
        self.values.push(value);
    }

    /// Adds values to the list being written.
    pub fn extend(&mut self, values: impl IntoIterator<Item = T>) {
        self.values.extend(values);
    }

    /// Ends the list being written.
    pub fn close(&mut self) {
        self.starts.push(narrow(self.values.len()));
    }

    /// The lists written by `fill` for each of `items` (any number per item), filled in
    /// parallel, in order.
    pub fn build<I: Sync>(items: &[I], fill: impl Fn(&I, &mut Self) + Sync) -> Self {
        Self::build_with(items, || (), |_, item, lists| fill(item, lists))
    }

    /// Like [`Flat::build`], `fill` also given scratch space: one per thread, made by
    /// `scratch` when the thread first needs it and to be left as found.
    pub fn build_with<I: Sync, S: Send>(
        items: &[I],
        scratch: impl Fn() -> S + Sync,
        fill: impl Fn(&mut S, &I, &mut Self) + Sync,
    ) -> Self {
        let per_thread = PerThread::new();
        // Every chunk is a task of its own: left to rayon's adaptive splitting, a list whose
        // costly items gather at one end is cut into a few large pieces, and one thread ends up
        // working through the last of them alone.
        // Each chunk's lists are written in its thread's own lists, which have long stopped
        // growing by then, and copied out at their length (until joined, the parts and the
        // whole are held at once).
        let make = || (scratch(), Self::default());
        Self::join(
            items
                .par_chunks(1024)
                .with_max_len(1)
                .map(|chunk| {
                    per_thread.with(make, |(space, lists)| {
                        chunk.iter().for_each(|item| fill(space, item, lists));
                        let part = Self {
                            starts: lists.starts.clone(),
                            values: lists.values.clone(),
                        };
                        lists.starts.truncate(1);
                        lists.values.clear();
                        part
                    })
                })
                .collect(),
        )
    }

    /// The lists of `parts`, one after another, each part written by its own task. (A whole
    /// first filled with zeros would be cleared by one thread, as the allocator clears memory
    /// it hands out again, and then written a second time.)
    pub fn join(parts: Vec<Self>) -> Self {
        let (mut lists, mut offset) = (0, 0);
        let offsets: Vec<usize> = (parts.iter())
            .map(|part| {
                lists += part.len();
                offset += part.values.len();
                offset - part.values.len()
            })
            .collect();
        let mut starts = filled(0, lists + 1);
        let part_starts = split_by_lengths(&mut starts[1..], parts.iter().map(Self::len));
        (part_starts, &parts, offsets)
            .into_par_iter()
            .for_each(|(starts, part, offset)| {
                // (Added as full numbers: the whole may hold more than the 32 bits allow.)
                for (start, &within) in starts.iter_mut().zip(&part.starts[1..]) {
                    *start = narrow(within as usize + offset);
                }
            });
        let values = concat(
            &parts
                .iter()
                .map(|part| &part.values[..])
                .collect::<Vec<_>>(),
        );
        Self { starts, values }
    }
}

/// The values of `parts`, one after another, each part copied by its own task.
fn concat<T: Copy + Send + Sync>(parts: &[&[T]]) -> Vec<T> {
    let total = parts.iter().map(|part| part.len()).sum();
    let mut values = Vec::with_capacity(total);
    let room = &mut values.spare_capacity_mut()[..total];
    (split_by_lengths(room, parts.iter().map(|part| part.len())).into_par_iter())
        .zip(parts)
        .for_each(|(place, part)| {
            place.write_copy_of_slice(part);
        });
    // SAFETY: the places cut from the room for the first `total` values are as long as the
    // parts, one each, and each was written from its part above: those values are all set.
    unsafe { values.set_len(total) };
    values
}

/// `n` copies of `value`, written by all threads.
fn filled<T: Copy + Send + Sync>(value: T, n: usize) -> Vec<T> {
    let mut list = Vec::with_capacity(n);
    list.par_extend(rayon::iter::repeat_n(value, n));
    list
}

/// The figure pairs of a figure link, and why they are paired (for conflicts and related
/// pairs).
type FigureEvidence = (Vec<(usize, usize)>, Option<String>);

/// Scratch space for a parallel loop, one per thread of the pool, made when the thread first
/// needs it: rayon's `map_init` makes one per job, dozens per loop, which costs when the space
/// is an array per text or per passage.
pub(crate) struct PerThread<S>(Vec<std::sync::Mutex<Option<S>>>);

impl<S: Send> PerThread<S> {
    /// No space yet.
    pub fn new() -> Self {
        let threads = rayon::current_num_threads().max(1);
        Self((0..threads).map(|_| Default::default()).collect())
    }

    /// Calls `f` with the calling thread's space, made by `make` the first time.
    pub fn with<R>(&self, make: impl FnOnce() -> S, f: impl FnOnce(&mut S) -> R) -> R {
        let k = rayon::current_thread_index().unwrap_or(0) % self.0.len();
        let mut slot = self.0[k]
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(slot.get_or_insert_with(make))
    }

    /// The spaces made, one per thread that needed one.
    pub fn into_spaces(self) -> impl Iterator<Item = S> {
        self.0.into_iter().filter_map(|slot| {
            slot.into_inner()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        })
    }
}

/// Counts of `len` things over `items`, made in parallel: `count` adds the counts of a chunk of
/// `chunk` items to an array, one array per thread, and the arrays are then added.
pub(crate) fn count_per_thread<I: Sync>(
    items: &[I],
    chunk: usize,
    len: usize,
    count: impl Fn(&[I], &mut [u32]) + Sync,
) -> Vec<u32> {
    let per_thread = PerThread::new();
    // Every chunk a task of its own, as in [`Flat::build_with`].
    items.par_chunks(chunk).with_max_len(1).for_each(|chunk| {
        per_thread.with(|| vec![0u32; len], |counts| count(chunk, counts));
    });
    per_thread
        .into_spaces()
        .reduce(|mut all, counts| {
            all.par_iter_mut().zip(counts).for_each(|(a, c)| *a += c);
            all
        })
        .unwrap_or_else(|| vec![0u32; len])
}

/// The evidence of every link, by kind, stored flat; a link's `evidence` is its place among
/// its kind's.
#[derive(Clone, Debug, Default, PartialEq)]
struct EvidenceStore {
    /// Reuse: the lists (in `runs`) of the shingles each passage shares, and how many.
    shared: Vec<(u32, u32, u32)>,
    runs: Flat<reuse::Run>,
    /// Figure links: the figure pairs and the reason.
    figures: Vec<FigureEvidence>,
    /// Same names: each link's names, as places in `name_words`.
    names: Flat<u32>,
    name_words: Vec<String>,
    /// Similar: each pair of texts' terms, as places in `term_words`.
    terms: Flat<u32>,
    term_words: Vec<String>,
}

/// Thresholds for linking.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LinkSettings {
    /// Reuse needs at least this share of the shorter passage's shingles.
    pub reuse_min_score: f64,
    /// Reuse needs at least this many shared 5-word shingles (3 = seven words in a row).
    pub reuse_min_shingles: usize,
    /// A fingerprint in more passages than this is boilerplate.
    pub boilerplate_passages: usize,
    /// Figure groups with more figures than this are too common to link every pair.
    pub max_group_figures: usize,
    /// A name is rare when at most this many documents, plus one per twenty documents, mention
    /// it.
    pub rare_name_documents: usize,
    /// Similar links need at least this TF-IDF cosine.
    pub similar_min_score: f64,
    /// Similar links join passages with at least this many distinct content words (a heading
    /// or a line of code shares "vocabulary" with thousands of others by chance).
    pub similar_min_terms: usize,
    /// Each passage keeps this many of its most similar passages.
    pub similar_neighbours: usize,
    /// A rare name or a term in more passages than this makes no candidates (the name is
    /// reported as common), so one diary naming the same two people daily cannot link every
    /// entry to every other.
    pub max_term_passages: usize,
}

impl Default for LinkSettings {
    fn default() -> Self {
        Self {
            reuse_min_score: 0.1,
            reuse_min_shingles: 3,
            boilerplate_passages: 16,
            max_group_figures: 50,
            rare_name_documents: 3,
            similar_min_score: 0.3,
            similar_min_terms: 5,
            similar_neighbours: 5,
            max_term_passages: 50,
        }
    }
}

/// Text set aside as boilerplate: a 5-word shingle found in too many passages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BoilerplateShingle {
    /// How many passages hold it.
    pub passages: usize,
    /// The five words, from the first passage that holds it.
    pub text: String,
}

/// A name too common to link passages by: a site's name in every footer, or a head of state
/// every report mentions. Passages naming it are not linked for that name alone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CommonName {
    /// The name, as shown.
    pub name: String,
    /// How many documents mention it.
    pub documents: usize,
    /// How many passages mention it, when that is what sets it aside: more than
    /// [`LinkSettings::max_term_passages`] passages in few enough documents. `None` when it is set
    /// aside for its documents, more than [`LinkSettings::rare_name_documents`] allows.
    pub passages: Option<usize>,
}

/// Passages, the links between them, and the boilerplate and common names left out. Two
/// `Links` are equal when all these are (how long each stage took is not compared).
#[derive(Clone, Debug, Default)]
pub struct Links {
    /// Every passage of every document, in document order.
    pub passages: Vec<Passage>,
    /// Every link, sorted by kind, score descending, then passages.
    pub links: Vec<Link>,
    /// Shingles set aside as boilerplate, most common first.
    pub boilerplate: Vec<BoilerplateShingle>,
    /// Names set aside as too common to link by, in most documents first (ties by passages,
    /// then name).
    pub common_names: Vec<CommonName>,
    /// For each document, the index of its first passage (passages are in document order), and
    /// the number of passages at the end.
    first_of_document: Vec<usize>,
    /// The evidence of every link.
    evidence: EvidenceStore,
    /// Seconds each stage took, in order: passages, copies, reuse, similar (sorting its own;
    /// its neighbours found before the links by figures and names, its links made beside them),
    /// figure links, sorting reuse and figure links, same names (the last three side by side;
    /// same names sorts its own), gathering the links and their evidence; preceded by names when
    /// they were extracted beside passages, copies, reuse and similar.
    pub timings: Vec<(&'static str, f64)>,
}

impl PartialEq for Links {
    fn eq(&self, other: &Self) -> bool {
        self.passages == other.passages
            && self.links == other.links
            && self.boilerplate == other.boilerplate
            && self.common_names == other.common_names
            && self.evidence == other.evidence
    }
}

impl Links {
    /// Every passage of every document, not yet linked.
    pub fn unlinked(documents: &[Document], index: &Index) -> Self {
        Self::unlinked_with(documents, index, &first_copies(documents))
    }

    /// Like [`Links::unlinked`], given each document's first copy ([`first_copies`]): a
    /// document with the same text as one before it has that one's passages.
    fn unlinked_with(documents: &[Document], index: &Index, first: &[DocId]) -> Self {
        let own: Vec<Vec<Passage>> = documents
            .par_iter()
            .map(|d| {
                if first[d.id as usize] == d.id {
                    passages(d, index.doc(d.id))
                } else {
                    Vec::new()
                }
            })
            .collect();
        // Each document's passages are written in their place by all threads (collected
        // from the documents, they would be copied into one list by one thread).
        let of = |d: &Document| &own[first[d.id as usize] as usize];
        let mut placed = Flat::of_lengths(documents.iter().map(|d| of(d).len()));
        (placed.lists_mut().into_par_iter().zip(documents)).for_each(|(place, d)| {
            for (at, p) in place.iter_mut().zip(of(d)) {
                *at = Passage { doc: d.id, ..*p };
            }
        });
        drop(own);
        // Document ids are positions in `documents`.
        let first_of_document = placed.starts.iter().map(|&s| s as usize).collect();
        let passages = placed.values;
        Self {
            passages,
            first_of_document,
            ..Self::default()
        }
    }

    /// Why `link` (one of [`Links::links`]) links its passages, in the corpus of `documents`
    /// and `index` that was linked (shared text is found in it when asked for).
    pub fn evidence(&self, link: &Link, documents: &[Document], index: &Index) -> Evidence<'_> {
        let store = &self.evidence;
        let e = link.evidence as usize;
        match link.kind {
            LinkKind::Reuse => {
                let (a, b, shingles) = store.shared[e];
                let spans = |p: usize, list: u32| {
                    let mut spans = Vec::new();
                    // Another corpus than the one linked gives no spans rather than a panic.
                    if let Some(passage) = self.passages.get(p)
                        && let Some(document) = documents.get(passage.doc as usize)
                        && let Some(tokens) = index.docs.get(passage.doc as usize)
                        && passage.end_token as usize <= tokens.len()
                        && passage.span.end as usize <= document.text.len()
                    {
                        let runs = store.runs.get(list as usize);
                        reuse::runs_to_spans(runs, passage, document, index, &mut spans);
                    }
                    spans
                };
                Evidence::SharedText {
                    spans_a: spans(link.a, a),
                    spans_b: spans(link.b, b),
                    shingles: shingles as usize,
                }
            }
            LinkKind::SameFigure | LinkKind::ConflictingFigure | LinkKind::RelatedFigure => {
                let (pairs, reason) = &store.figures[e];
                Evidence::Figures {
                    pairs,
                    reason: reason.as_deref(),
                }
            }
            LinkKind::SameNames => Evidence::Names {
                names: (store.names.get(e).iter())
                    .map(|&n| store.name_words[n as usize].as_str())
                    .collect(),
            },
            LinkKind::Similar => Evidence::Terms {
                terms: (store.terms.get(e).iter())
                    .map(|&t| store.term_words[t as usize].as_str())
                    .collect(),
            },
        }
    }

    /// The passages that mention `name`, ascending.
    pub fn naming(&self, name: &Name) -> Vec<usize> {
        // Mentions are in document order, so their passages are too.
        let mut found: Vec<usize> = (self.passages_at(&name.mentions, |m| (m.doc, m.start)))
            .into_iter()
            .flatten()
            .map(|p| p as usize)
            .collect();
        found.dedup();
        found
    }

    /// The links of passage `p`, strongest first.
    pub fn of(&self, p: usize) -> Vec<&Link> {
        let mut found: Vec<&Link> = self.links.iter().filter(|l| l.a == p || l.b == p).collect();
        found.sort_by(|x, y| {
            y.score
                .total_cmp(&x.score)
                .then(x.kind.cmp(&y.kind))
                .then(x.a.cmp(&y.a))
                .then(x.b.cmp(&y.b))
        });
        found
    }

    /// The passage holding each of `spots` (document, byte offset, given by `spot`), which
    /// come sorted by document and offset: one walk forward through the passages, a slice of
    /// the spots per thread, instead of a search for each. The walk leaps to a later
    /// document's first passage, so sparse spots cost no more than dense ones.
    pub(crate) fn passages_at<T: Sync>(
        &self,
        spots: &[T],
        spot: impl Fn(&T) -> (u32, u32) + Sync,
    ) -> Vec<Option<u32>> {
        let (passages, spot) = (&self.passages, &spot);
        let first_of = |doc: u32| self.first_of_document.get(doc as usize).copied();
        // Passages before a spot end at or before it; the first other one holds it if it
        // starts at or before it.
        let before = |p: &Passage, (doc, offset): (u32, u32)| (p.doc, p.span.end) <= (doc, offset);
        spots
            .par_chunks(4096)
            .with_max_len(1)
            .flat_map_iter(|chunk| {
                let mut k = chunk.first().map_or(0, |first| {
                    passages.partition_point(|p| before(p, spot(first)))
                });
                chunk.iter().map(move |s| {
                    let (doc, offset) = spot(s);
                    if passages.get(k).is_some_and(|p| p.doc < doc) {
                        k = first_of(doc).map_or(k, |first| first.max(k));
                    }
                    while passages.get(k).is_some_and(|p| before(p, (doc, offset))) {
                        k += 1;
                    }
                    (passages.get(k))
                        .filter(|p| p.doc == doc && p.span.start <= offset)
                        .map(|_| k as u32)
                })
            })
            .collect()
    }

    /// These links with their same-names links made again for `names`: the corpus's names after
    /// a user's correction, which changes no other link. `figures` are those linked.
    pub fn renamed(&self, names: &[Name], figures: &[Figure], settings: &LinkSettings) -> Self {
        let evidence = &self.evidence;
        let mut links = Self {
            passages: self.passages.clone(),
            links: Vec::new(),
            boilerplate: self.boilerplate.clone(),
            common_names: Vec::new(),
            first_of_document: self.first_of_document.clone(),
            evidence: EvidenceStore {
                shared: evidence.shared.clone(),
                runs: evidence.runs.clone(),
                figures: evidence.figures.clone(),
                names: Flat::default(),
                name_words: Vec::new(),
                terms: evidence.terms.clone(),
                term_words: evidence.term_words.clone(),
            },
            timings: Vec::new(),
        };
        let (by_names, seconds) = timed(|| {
            let of_figure = links.passages_of_figures(figures);
            let by_names = links.link_names(names, figures, &of_figure, settings);
            links.set_names(by_names)
        });
        // Links come sorted by kind: the same-names links take the place of the old ones.
        let old = &self.links;
        let from = old.partition_point(|l| l.kind < LinkKind::SameNames);
        let to = old.partition_point(|l| l.kind <= LinkKind::SameNames);
        links
            .links
            .reserve(old.len() - (to - from) + by_names.keys.len());
        links.links.extend_from_slice(&old[..from]);
        links.links.extend(by_names.links());
        links.links.extend_from_slice(&old[to..]);
        links.timings = vec![("same names", seconds)];
        links
    }

    /// Links passages by the rare `names` they share, with the names' evidence and the common
    /// names set aside ([`Links::set_names`] keeps them). `of_figure` is the passage of each of
    /// `figures`.
    fn link_names(
        &self,
        names: &[Name],
        figures: &[Figure],
        of_figure: &[Option<u32>],
        settings: &LinkSettings,
    ) -> ByNames {
        let documents = self.first_of_document.len().saturating_sub(1);
        let rare = settings.rare_name_documents + documents / 20;
        let found = related::same_names(
            self,
            names,
            figures,
            of_figure,
            rare,
            settings.max_term_passages,
        );
        let related::SameNames {
            links: pairs,
            shared,
            common,
        } = found;
        let keys = (pairs.into_par_iter().enumerate())
            .map(|(e, (a, b, score))| Keyed::key(score, a, b, e))
            .collect();
        let mut links = Keyed::new(LinkKind::SameNames, keys);
        links.sort();
        let mut common: Vec<CommonName> = common
            .into_iter()
            .map(|(n, passages)| CommonName {
                name: names[n].name.clone(),
                documents: names[n].documents.len(),
                passages,
            })
            .collect();
        common.sort_by(|x, y| {
            y.documents
                .cmp(&x.documents)
                .then(y.passages.cmp(&x.passages))
                .then_with(|| x.name.cmp(&y.name))
        });
        ByNames {
            links,
            common,
            shared,
            words: names.par_iter().map(|n| n.name.clone()).collect(),
        }
    }

    /// Keeps the evidence and common names of `by_names`, and gives its links, in order.
    fn set_names(&mut self, by_names: ByNames) -> Keyed {
        self.common_names = by_names.common;
        self.evidence.names = by_names.shared;
        self.evidence.name_words = by_names.words;
        by_names.links
    }

    /// The passage holding each figure (by its document and start), in figure order.
    fn passages_of_figures(&self, figures: &[Figure]) -> Vec<Option<u32>> {
        self.passages_in_any_order(figures, |f| (f.doc, f.start))
    }

    /// Like [`Links::passages_at`] for spots in any order: sorted first, unless they come
    /// sorted (as figures do from extraction).
    fn passages_in_any_order<T: Sync>(
        &self,
        spots: &[T],
        spot: impl Fn(&T) -> (u32, u32) + Sync,
    ) -> Vec<Option<u32>> {
        if spots.par_windows(2).all(|w| spot(&w[0]) <= spot(&w[1])) {
            return self.passages_at(spots, spot);
        }
        let at = |k: &u32| spot(&spots[*k as usize]);
        let mut order: Vec<u32> = (0..spots.len() as u32).collect();
        order.par_sort_by_key(at);
        let mut found = vec![None; spots.len()];
        for (&k, p) in order.iter().zip(self.passages_at(&order, at)) {
            found[k as usize] = p;
        }
        found
    }

    /// The passage holding byte `offset` of document `doc`.
    pub fn passage_at(&self, doc: u32, offset: u32) -> Option<usize> {
        let doc_index = doc as usize;
        let (first, end) = match self.first_of_document.get(doc_index..=doc_index + 1) {
            Some(&[first, end]) => (first, end),
            _ => {
                let first = self.passages.partition_point(|p| p.doc < doc);
                (first, self.passages.len())
            }
        };
        let within = &self.passages[first..end];
        let k = within.partition_point(|p| p.doc == doc && p.span.end <= offset);
        within
            .get(k)
            .filter(|p| p.doc == doc && p.span.start <= offset)
            .map(|_| first + k)
    }
}

/// Figure links and their evidence, in order of kind and passages.
type FigureLinks = Vec<(LinkKind, usize, usize, FigureEvidence)>;

fn figure_links(
    of_figure: &[Option<u32>],
    groups: &[FigureGroup],
    pairs: &[FigurePair],
    settings: &LinkSettings,
) -> FigureLinks {
    // Each pair of figures in two passages as `(kind, a, b, order, figures, reason)`: `order`
    // is the place of the pair among the groups' pairs and then the conflicting and related
    // pairs, so a link lists its pairs, and takes its reason, in that order.
    type Paired = (
        LinkKind,
        u32,
        u32,
        (u32, u32, u32),
        (usize, usize),
        Option<u32>,
    );
    let paired = |kind: LinkKind, order, fa: usize, fb: usize, reason| -> Option<Paired> {
        let (pa, pb) = (of_figure[fa]?, of_figure[fb]?);
        match pa.cmp(&pb) {
            std::cmp::Ordering::Less => Some((kind, pa, pb, order, (fa, fb), reason)),
            std::cmp::Ordering::Greater => Some((kind, pb, pa, order, (fb, fa), reason)),
            std::cmp::Ordering::Equal => None,
        }
    };
    let mut found: Vec<Paired> = groups
        .par_iter()
        .enumerate()
        .filter(|(_, g)| g.figures.len() <= settings.max_group_figures)
        .flat_map_iter(|(g, group)| {
            let figures = &group.figures;
            (0..figures.len()).flat_map(move |x| {
                (x + 1..figures.len()).filter_map(move |y| {
                    let order = (g as u32, x as u32, y as u32);
                    paired(LinkKind::SameFigure, order, figures[x], figures[y], None)
                })
            })
        })
        .collect();
    found.par_extend(pairs.par_iter().enumerate().filter_map(|(k, pair)| {
        let kind = match pair.relation {
            Relation::Conflict => LinkKind::ConflictingFigure,
            Relation::Related => LinkKind::RelatedFigure,
        };
        let order = (groups.len() as u32, k as u32, 0);
        paired(kind, order, pair.a, pair.b, Some(k as u32))
    }));
    found.par_sort_unstable_by_key(|&(kind, a, b, order, ..)| (kind, a, b, order));
    found
        .chunk_by(|x, y| (x.0, x.1, x.2) == (y.0, y.1, y.2))
        .map(|run| {
            let (kind, a, b, _, _, reason) = run[0];
            let mut figures: Vec<(usize, usize)> = Vec::new();
            for &(.., pair, _) in run {
                if !figures.contains(&pair) {
                    figures.push(pair);
                }
            }
            let reason = reason.map(|k| pairs[k as usize].reason.clone());
            (kind, a as usize, b as usize, (figures, reason))
        })
        .collect()
}

/// A corpus's figures with their groups and conflicting/related pairs, as linking reads them
/// (callers that already grouped the figures pass their groups instead of grouping again).
#[derive(Clone, Copy, Debug)]
pub struct FigureFacts<'a> {
    /// Every figure.
    pub figures: &'a [Figure],
    /// Figures stating the same thing ([`super::figures::groups::groups`]).
    pub groups: &'a [FigureGroup],
    /// Conflicting and related pairs ([`super::figures::groups::pairs`]).
    pub pairs: &'a [FigurePair],
}

/// Splits every document into passages and links them.
pub fn link(
    documents: &[Document],
    index: &Index,
    table: &TermTable,
    figures: &[Figure],
    names: &[Name],
    settings: &LinkSettings,
) -> Links {
    let groups = super::figures::groups::groups(figures);
    let pairs = super::figures::groups::pairs(figures);
    let facts = FigureFacts {
        figures,
        groups: &groups,
        pairs: &pairs,
    };
    link_until(documents, index, table, facts, names, settings, &|| false).unwrap_or_default()
}

/// A link as it is sorted: the score's bits ordered as `f64::total_cmp` orders scores,
/// reversed, then the passages (numbered in 32 bits, as everywhere in linking) in one number,
/// then the evidence.
type LinkKey = (u64, u64, u32);

/// Links of one kind as the keys they are put in order by ([`Keyed::sort`]): by score
/// (highest first), then passages. A kind holds one link per pair of passages, so the order is
/// total and an unstable parallel sort is deterministic. Keys are a quarter smaller than links
/// and compared as one 128-bit number of their first two fields: sorting them is quicker than
/// sorting the links (0.063 s against 0.068 s for the similar links), and the links are written
/// only once, in order, where they are kept ([`gather`]).
pub(super) struct Keyed {
    kind: LinkKind,
    keys: Vec<LinkKey>,
}

impl Keyed {
    /// Links of `kind` from their keys ([`Keyed::key`]), in any order.
    pub(super) fn new(kind: LinkKind, keys: Vec<LinkKey>) -> Self {
        Self { kind, keys }
    }

    /// The key of a link between passages `a` and `b` with `score`, its evidence at `evidence`.
    pub(super) fn key(score: f64, a: usize, b: usize, evidence: usize) -> LinkKey {
        let bits = score.to_bits();
        let ordered = bits ^ (((bits as i64 >> 63) as u64) | 1 << 63);
        (!ordered, (a as u64) << 32 | b as u64, evidence as u32)
    }

    /// The link of `key`, whose score is [`Keyed::key`]'s undone (the bits it flipped are
    /// flipped back).
    fn link(&self, &(key, pair, evidence): &LinkKey) -> Link {
        let ordered = !key;
        let bits = if ordered >> 63 == 1 {
            ordered ^ 1 << 63
        } else {
            !ordered
        };
        Link {
            kind: self.kind,
            score: f64::from_bits(bits),
            a: (pair >> 32) as usize,
            b: pair as u32 as usize,
            evidence,
        }
    }

    /// Puts the links in order.
    fn sort(&mut self) {
        (self.keys).par_sort_unstable_by_key(|&(score, pair, _)| {
            u128::from(score) << 64 | u128::from(pair)
        });
    }

    /// The links, in their order.
    fn links(&self) -> impl Iterator<Item = Link> + '_ {
        self.keys.iter().map(|key| self.link(key))
    }
}

/// The links of `parts`, one after another, each written once, by all threads.
fn gather(parts: &[Keyed]) -> Vec<Link> {
    debug_assert!(parts.is_sorted_by_key(|part| part.kind));
    let mut all = Vec::with_capacity(parts.iter().map(|part| part.keys.len()).sum());
    for part in parts {
        all.par_extend(part.keys.par_iter().map(|key| part.link(key)));
    }
    all
}

/// What `f` gives, and how many seconds it took.
pub(crate) fn timed<R>(f: impl FnOnce() -> R) -> (R, f64) {
    let started = std::time::Instant::now();
    let found = f();
    (found, started.elapsed().as_secs_f64())
}

/// What [`Links::link_names`] makes: the same-names links, in order, their evidence (the
/// names each link's passages share, as places in `words`) and the names too common to link by.
struct ByNames {
    links: Keyed,
    common: Vec<CommonName>,
    shared: Flat<u32>,
    words: Vec<String>,
}

/// Times the stages of linking.
struct Laps {
    timings: Vec<(&'static str, f64)>,
    last: std::time::Instant,
}

impl Laps {
    fn new() -> Self {
        Self {
            timings: Vec::new(),
            last: std::time::Instant::now(),
        }
    }

    /// Records `seconds` as `stage`'s, for a stage run beside others.
    fn add(&mut self, stage: &'static str, seconds: f64) {
        self.timings.push((stage, seconds));
    }

    /// Adds `seconds` to `stage`'s, for a stage done in two parts.
    fn add_to(&mut self, stage: &'static str, seconds: f64) {
        match self.timings.iter_mut().find(|(name, _)| *name == stage) {
            Some((_, total)) => *total += seconds,
            None => self.add(stage, seconds),
        }
    }

    /// Starts the next lap now: the time since the last is no stage's.
    fn resume(&mut self) {
        self.last = std::time::Instant::now();
    }

    /// Records the time since the last lap (or the start) as `stage`'s.
    fn lap(&mut self, stage: &'static str) {
        self.add(stage, self.last.elapsed().as_secs_f64());
        self.resume();
    }
}

/// Like [`link`], given the figures already grouped, and giving up (returning `None`) between
/// its stages once `stop` says so, so a viewer can cancel a long linking run.
pub fn link_until(
    documents: &[Document],
    index: &Index,
    table: &TermTable,
    facts: FigureFacts<'_>,
    names: &[Name],
    settings: &LinkSettings,
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<Links> {
    let first = first_copies(documents);
    Prepared::new(documents, index, table, &first, settings, stop)?
        .link_until(facts, names, settings, stop)
}

/// The corpus's passages, their copies, the reuse between them and the texts with similar
/// vocabulary: the stages of linking that need neither figures nor names, so they can be made
/// while names are extracted (the similar links themselves are made beside the links by names).
pub struct Prepared<'a> {
    documents: &'a [Document],
    index: &'a Index,
    table: &'a TermTable,
    links: Links,
    copies: copies::Copies,
    reused: reuse::Found,
    similar: related::Neighbours,
    laps: Laps,
}

impl<'a> Prepared<'a> {
    /// Splits `documents` into passages, finds which passages are copies of one another
    /// (given each document's first copy, [`first_copies`]), which reuse each other's text and
    /// which have similar vocabulary. Gives up (`None`) between stages once `stop` says so.
    pub fn new(
        documents: &'a [Document],
        index: &'a Index,
        table: &'a TermTable,
        first: &[DocId],
        settings: &LinkSettings,
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<Self> {
        let mut laps = Laps::new();
        let links = Links::unlinked_with(documents, index, first);
        laps.lap("passages");
        // A passage of a document with the same text as one before it is a copy of the passage
        // in the same place there.
        let starts = &links.first_of_document;
        let earlier = |p: usize| {
            let doc = links.passages[p].doc as usize;
            let copied = first[doc] as usize;
            (copied != doc).then(|| starts[copied] + (p - starts[doc]))
        };
        let copies = copies::Copies::new(&links.passages, index, table, earlier);
        laps.lap("copies");
        let mut reused = reuse::reuse(
            &links.passages,
            &copies,
            index,
            table,
            settings.reuse_min_score,
            settings.reuse_min_shingles,
            settings.boilerplate_passages,
        );
        laps.lap("reuse");
        if stop() {
            return None;
        }
        // Each text's partners in reuse (itself when its copies reuse each other), in order.
        let reused_texts = {
            let pairs = std::mem::take(&mut reused.pairs);
            let both_ways = || {
                (pairs.iter()).flat_map(|&(a, b)| [(a as usize, b), (b as usize, a)].into_iter())
            };
            let mut partners = bucket(both_ways, copies.texts());
            (partners.lists_mut().into_par_iter()).for_each(|list| {
                list.sort_unstable();
            });
            partners
        };
        let similar = related::similar(
            &links.passages,
            &copies,
            index,
            table,
            settings,
            &reused_texts,
        );
        laps.lap("similar");
        Some(Self {
            documents,
            index,
            table,
            links,
            copies,
            reused,
            similar,
            laps,
        })
    }

    /// Links the passages, like [`link_until`].
    pub fn link_until(
        self,
        facts: FigureFacts<'_>,
        names: &[Name],
        settings: &LinkSettings,
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<Links> {
        let named = self.name_and_link_until(facts, || Cow::Borrowed(names), settings, stop);
        named.map(|(_, links)| links)
    }

    /// Links the passages, like [`Prepared::link_until`], the names given by `names`, which is
    /// called beside the links that need no names; gives the names too.
    pub fn name_and_link_until<'n>(
        self,
        facts: FigureFacts<'_>,
        names: impl FnOnce() -> Cow<'n, [Name]> + Send,
        settings: &LinkSettings,
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<(Cow<'n, [Name]>, Links)> {
        let Self {
            documents,
            index,
            table,
            mut links,
            copies,
            reused: found,
            similar,
            mut laps,
        } = self;
        // (The wait for the names, made beside the first stages, is none of linking's.)
        laps.resume();
        let figures = facts.figures;
        if stop() {
            return None;
        }
        let of_figure = links.passages_of_figures(figures);
        let reuse::Found {
            links: reused,
            runs,
            boilerplate,
            pairs: _,
        } = found;
        // Links by figures and by names need only the passages (and what reuse found): they
        // are made side by side, each timed on its own.
        let linked = &links;
        let by_figures = || {
            let (figure_links, figure_seconds) =
                timed(|| figure_links(&of_figure, facts.groups, facts.pairs, settings));
            let (gathered, sorting_seconds) = timed(|| {
                let (mut keys, mut shared) = (Vec::new(), Vec::new());
                (reused.par_iter().enumerate())
                    .map(|(e, r)| {
                        let key = Keyed::key(r.score, r.a, r.b, e);
                        (key, (r.positions_a, r.positions_b, r.shared))
                    })
                    .unzip_into_vecs(&mut keys, &mut shared);
                let mut parts = vec![Keyed::new(LinkKind::Reuse, keys)];
                // Figure links come in order of kind, their evidence numbered across kinds.
                let mut first = 0;
                for same in figure_links.chunk_by(|x, y| x.0 == y.0) {
                    let keys = (same.iter().enumerate())
                        .map(|(k, &(_, a, b, _))| Keyed::key(1.0, a, b, first + k))
                        .collect();
                    parts.push(Keyed::new(same[0].0, keys));
                    first += same.len();
                }
                // (Collected from the links, the evidence would keep their larger allocation.)
                let mut evidence = Vec::with_capacity(figure_links.len());
                evidence.extend(figure_links.into_iter().map(|(.., figures)| figures));
                parts.par_iter_mut().for_each(Keyed::sort);
                (parts, shared, evidence)
            });
            // The similar links are made here too, beside the names and the links by names,
            // which need none of them.
            let (similar, similar_seconds) = timed(|| {
                let mut similar = similar.link(&linked.passages, &copies, table);
                similar.links.sort();
                similar
            });
            let seconds = (figure_seconds, sorting_seconds, similar_seconds);
            (gathered, similar, seconds)
        };
        let by_names = || {
            let names = names();
            let by_names = timed(|| linked.link_names(&names, figures, &of_figure, settings));
            (names, by_names)
        };
        let (figure_part, (names, (by_names, names_seconds))) = rayon::join(by_figures, by_names);
        let ((mut parts, shared, figure_evidence), similar, seconds) = figure_part;
        let (figure_seconds, sorting_seconds, similar_seconds) = seconds;
        drop((reused, of_figure, copies));
        laps.add_to("similar", similar_seconds);
        laps.add("figure links", figure_seconds);
        laps.add("sorting", sorting_seconds);
        laps.add("same names", names_seconds);
        laps.resume();
        if stop() {
            return None;
        }
        links.boilerplate = boilerplate
            .into_par_iter()
            .map(|b| {
                let passage = &links.passages[b.example.0];
                let tokens = index.doc(passage.doc);
                let first = (passage.first_token + b.example.1) as usize;
                let text = &documents[passage.doc as usize].text;
                BoilerplateShingle {
                    passages: b.passages,
                    text: text[tokens.start(first)..tokens.end(text, first + reuse::SHINGLE - 1)]
                        .to_string(),
                }
            })
            .collect();
        let by_names = links.set_names(by_names);
        let store = &mut links.evidence;
        store.shared = shared;
        store.runs = runs;
        store.figures = figure_evidence;
        store.terms = similar.terms;
        store.term_words = similar.words;
        // Each part holds a kind that comes after the last part's.
        parts.extend([by_names, similar.links]);
        links.links = gather(&parts);
        laps.lap("gathering");
        links.timings = laps.timings;
        Some((names, links))
    }
}

/// A seeded stream of pseudo-random numbers for tests (a linear congruential generator).
#[cfg(test)]
fn pseudo_random(seed: u64) -> impl FnMut() -> u64 {
    let mut state = seed;
    move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        state
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorting_by_spread_bits_gives_the_full_sort() {
        // Pseudo-random hashes with many repeated, and items that share their top bits.
        let mut next = pseudo_random(11);
        let mut items: Vec<(u64, u32)> = (0..5000).map(|k| ((next() % 701) << 54, k)).collect();
        items.extend((0..500).map(|k| (next(), k)));
        let sort = |list: &mut [(u64, u32)]| list.sort_unstable();
        for length in [0, 1, 2, 7, items.len()] {
            let mut expected = items[..length].to_vec();
            expected.sort_unstable();
            assert_eq!(
                sorted_by_spread(items[..length].to_vec(), |x| x.0, sort),
                expected
            );
        }
        // All in one bucket, the whole list is sorted alone.
        let same: Vec<(u64, u32)> = (0..100).rev().map(|k| (7, k)).collect();
        let sorted = sorted_by_spread(same, |_| 0, sort);
        assert!(sorted.is_sorted() && sorted.len() == 100);
    }

    #[test]
    fn links_are_sorted_by_kind_then_highest_score_then_passages() {
        // Kinds mixed, scores repeated (0 and 1 too), passages up to the 32 bits they take.
        let mut next = pseudo_random(5);
        let kinds = LinkKind::ALL;
        let mut links: Vec<Link> = (0..4000)
            .map(|evidence| {
                let kind = kinds[next() as usize % kinds.len()];
                let score = (next() % 41) as f64 / 40.0;
                let a = (next() % 300) as usize;
                let b = if evidence % 7 == 0 {
                    u32::MAX as usize
                } else {
                    a + 1 + (next() % 50) as usize
                };
                Link {
                    kind,
                    score,
                    a,
                    b,
                    evidence,
                }
            })
            .collect();
        // One link per pair of passages and kind, as linking makes them.
        links.sort_by_key(|x| (x.kind, x.a, x.b));
        links.dedup_by_key(|x| (x.kind, x.a, x.b));
        let mut expected = links.clone();
        expected.sort_by(|x, y| {
            (x.kind.cmp(&y.kind))
                .then(y.score.total_cmp(&x.score))
                .then((x.a, x.b).cmp(&(y.a, y.b)))
        });
        // Each kind's links keyed in another order, sorted, and gathered in order of kind, with
        // a kind without links among them.
        links.reverse();
        let mut parts: Vec<Keyed> = (kinds.iter())
            .map(|&kind| {
                let keys = (links.iter())
                    .filter(|x| x.kind == kind)
                    .map(|x| Keyed::key(x.score, x.a, x.b, x.evidence as usize))
                    .collect();
                Keyed::new(kind, keys)
            })
            .collect();
        parts.insert(1, Keyed::new(kinds[1], Vec::new()));
        parts.iter_mut().for_each(Keyed::sort);
        assert_eq!(gather(&parts), expected);
    }

    #[test]
    fn flat_lists_keep_every_list_in_order_whatever_the_chunks() {
        // Item `n` writes `n % 3` lists, the k-th holding `k` copies of `n`: empty lists too,
        // and more items than one parallel chunk.
        let items: Vec<u32> = (0..3000).collect();
        let flat = Flat::build(&items, |&n, lists| {
            for k in 0..n % 3 {
                lists.extend(std::iter::repeat_n(n, k as usize));
                lists.close();
            }
        });
        let expected: Vec<Vec<u32>> = items
            .iter()
            .flat_map(|&n| (0..n % 3).map(move |k| vec![n; k as usize]))
            .collect();
        assert_eq!(flat.len(), expected.len());
        for (k, list) in expected.iter().enumerate() {
            assert_eq!(flat.get(k), list.as_slice(), "list {k}");
        }
        let joined = Flat::join(vec![Flat::default(), flat.clone(), Flat::default()]);
        assert_eq!(joined, flat);
        // Lists made to measure and filled in place are those built one by one.
        let mut measured = Flat::of_lengths(expected.iter().map(Vec::len));
        for (list, wanted) in measured.lists_mut().into_iter().zip(&expected) {
            list.copy_from_slice(wanted);
        }
        assert_eq!(measured, flat);
    }

    #[test]
    fn passages_found_in_one_walk_are_those_found_one_by_one() {
        // Three documents with gaps between their passages (and none in document 1), spots
        // at every offset of four documents: more spots than one slice of the walk.
        let passage = |doc: u32, index: u32, start: u32, end: u32| Passage {
            doc,
            index,
            span: Span::new(start as usize, end as usize),
            first_token: 0,
            end_token: 0,
        };
        let passages = vec![
            passage(0, 0, 0, 10),
            passage(0, 1, 12, 30),
            passage(0, 2, 30, 31),
            passage(2, 0, 5, 900),
            passage(2, 1, 1500, 1990),
        ];
        let links = Links {
            first_of_document: vec![0, 3, 3, 5],
            passages,
            ..Links::default()
        };
        let spots: Vec<(u32, u32)> = (0..4)
            .flat_map(|d| (0..2000).map(move |o| (d, o)))
            .collect();
        let searched = |spots: &[(u32, u32)]| -> Vec<Option<u32>> {
            (spots.iter())
                .map(|&(doc, offset)| links.passage_at(doc, offset).map(|p| p as u32))
                .collect()
        };
        let walked = links.passages_at(&spots, |&spot| spot);
        assert_eq!(walked, searched(&spots));
        // Spots out of order are found as well, in their order.
        let mixed: Vec<(u32, u32)> = spots.iter().rev().step_by(3).copied().collect();
        let found = links.passages_in_any_order(&mixed, |&spot| spot);
        assert_eq!(found, searched(&mixed));
        assert_eq!(walked[11], None);
        assert_eq!(walked[12], Some(1));
        assert_eq!(walked[4000 + 899], Some(3));
        assert_eq!(walked[6000], None);
    }

    #[test]
    fn scratch_space_is_made_once_per_thread_and_reused() {
        let made = std::sync::atomic::AtomicUsize::new(0);
        let items: Vec<u32> = (0..50_000).collect();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .expect("pool");
        let flat = pool.install(|| {
            Flat::build_with(
                &items,
                || {
                    made.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    vec![0u32; 8]
                },
                |space: &mut Vec<u32>, &n, lists: &mut Flat<u32>| {
                    // The space is as the last item left it.
                    assert!(space.iter().all(|&x| x == 0));
                    space[n as usize % 8] = n;
                    lists.push(space.iter().sum());
                    space[n as usize % 8] = 0;
                    lists.close();
                },
            )
        });
        assert!(made.into_inner() <= 3);
        assert_eq!(flat.get(49_999), [49_999]);
    }
}
