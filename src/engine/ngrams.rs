//! N-grams (2 to 4 consecutive terms) with the same statistics as single terms.
//!
//! An n-gram never crosses a sentence boundary. When stop words are enabled, n-grams that start
//! or end with a stop word are left out ("of the" goes, "cases of insubordination" stays).
//! Rows are sorted by frequency descending, ties broken by the terms in alphabetical order.

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::corpus::Document;
use super::index::{DocTokens, Index};
use super::terms::{TermTable, per_10k};

/// The longest n-gram Quarry counts.
pub const MAX_N: usize = 4;

/// One n-gram's statistics.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NgramRow {
    /// The terms joined by single spaces.
    pub ngram: String,
    /// Occurrences in the corpus.
    pub frequency: u64,
    /// Documents it occurs in.
    pub documents: u32,
    /// Occurrences per 10,000 words.
    pub per_10k: f64,
}

/// Term ids of up to [`MAX_N`] terms packed into one key.
type Key = u128;

fn pack(terms: &[u32]) -> Key {
    terms.iter().fold(0, |key, &t| (key << 32) | Key::from(t))
}

fn unpack(mut key: Key, n: usize) -> Vec<u32> {
    let mut terms = vec![0; n];
    for slot in terms.iter_mut().rev() {
        *slot = (key & 0xFFFF_FFFF) as u32;
        key >>= 32;
    }
    terms
}

/// For each token, the index of the sentence it starts in (`u32::MAX` if none).
pub fn sentence_of_tokens(document: &Document, tokens: &DocTokens) -> Vec<u32> {
    let mut sentence = 0;
    tokens
        .starts
        .iter()
        .map(|start| {
            while sentence < document.sentences.len() && document.sentences[sentence].end <= start {
                sentence += 1;
            }
            match document.sentences.get(sentence) {
                Some(span) if span.contains(start) => sentence as u32,
                _ => u32::MAX,
            }
        })
        .collect()
}

#[derive(Default)]
struct Counts {
    map: FxHashMap<Key, (u64, u32, u32)>,
}

impl Counts {
    fn add_document(
        &mut self,
        doc: u32,
        document: &Document,
        tokens: &DocTokens,
        table: &TermTable,
        n: usize,
    ) {
        let sentence = sentence_of_tokens(document, tokens);
        let terms: Vec<u32> = tokens
            .surfaces
            .iter()
            .map(|&s| table.term_of_surface[s as usize])
            .collect();
        for start in 0..terms.len().saturating_sub(n - 1) {
            let window = &terms[start..start + n];
            let same_sentence = sentence[start] != u32::MAX
                && sentence[start..start + n]
                    .iter()
                    .all(|&s| s == sentence[start]);
            if !same_sentence
                || table.is_stop[window[0] as usize]
                || table.is_stop[window[n - 1] as usize]
            {
                continue;
            }
            let entry = self.map.entry(pack(window)).or_insert((0, 0, u32::MAX));
            entry.0 += 1;
            if entry.2 != doc {
                entry.2 = doc;
                entry.1 += 1;
            }
        }
    }
}

/// The `limit` most frequent `n`-grams of the corpus (`n` is clamped to 2..=[`MAX_N`]).
pub fn ngrams(
    documents: &[Document],
    index: &Index,
    table: &TermTable,
    n: usize,
    limit: usize,
) -> Vec<NgramRow> {
    let n = n.clamp(2, MAX_N);
    let threads = rayon::current_num_threads().max(1);
    let chunk = documents.len().div_ceil(threads * 2).max(1);
    let merged = documents
        .par_chunks(chunk)
        .map(|docs| {
            let mut counts = Counts::default();
            for document in docs {
                counts.add_document(document.id, document, index.doc(document.id), table, n);
            }
            counts.map
        })
        .reduce(FxHashMap::default, |mut a, b| {
            let (mut big, small) = if a.len() >= b.len() {
                (a, b)
            } else {
                (b, std::mem::take(&mut a))
            };
            for (key, (frequency, docs, _)) in small {
                let entry = big.entry(key).or_insert((0, 0, u32::MAX));
                entry.0 += frequency;
                entry.1 += docs;
            }
            big
        });
    let mut rows: Vec<(Key, u64, u32)> =
        merged.into_iter().map(|(k, (f, d, _))| (k, f, d)).collect();
    // Packed keys compare like their term-id sequences, and term ids are alphabetical.
    rows.par_sort_unstable_by_key(|&(key, frequency, _)| (std::cmp::Reverse(frequency), key));
    rows.truncate(limit);
    rows.into_iter()
        .map(|(key, frequency, documents)| NgramRow {
            ngram: unpack(key, n)
                .iter()
                .map(|&t| table.terms.get(t))
                .collect::<Vec<_>>()
                .join(" "),
            frequency,
            documents,
            per_10k: per_10k(frequency, table.total_tokens),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_order_like_sequences() {
        assert_eq!(unpack(pack(&[7, 0, u32::MAX]), 3), [7, 0, u32::MAX]);
        assert!(pack(&[1, 9]) < pack(&[2, 0]));
    }
}
