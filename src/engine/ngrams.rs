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

/// An n-gram's term ids packed into one integer, `bits` bits per term, first term highest (so
/// keys compare like their term-id sequences, and term ids are in alphabetical order).
trait Key: Copy + Eq + Ord + std::hash::Hash + Send + Sync {
    fn pack(terms: &[u32], bits: u32) -> Self;
    fn unpack(self, n: usize, bits: u32) -> Vec<u32>;
}

macro_rules! impl_key {
    ($t:ty) => {
        impl Key for $t {
            fn pack(terms: &[u32], bits: u32) -> Self {
                terms
                    .iter()
                    .fold(0, |key, &t| (key << bits) | <$t>::from(t))
            }
            fn unpack(mut self, n: usize, bits: u32) -> Vec<u32> {
                let mask: $t = (1 << bits) - 1;
                let mut terms = vec![0; n];
                for slot in terms.iter_mut().rev() {
                    *slot = (self & mask) as u32;
                    self >>= bits;
                }
                terms
            }
        }
    };
}
impl_key!(u64);
impl_key!(u128);

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

/// Per n-gram: frequency, documents, last document seen.
type Counts<K> = FxHashMap<K, (u32, u32, u32)>;

fn count_document<K: Key>(
    counts: &mut Counts<K>,
    document: &Document,
    tokens: &DocTokens,
    table: &TermTable,
    n: usize,
    bits: u32,
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
        let entry = counts
            .entry(K::pack(window, bits))
            .or_insert((0, 0, u32::MAX));
        entry.0 += 1;
        if entry.2 != document.id {
            entry.2 = document.id;
            entry.1 += 1;
        }
    }
}

fn top_ngrams<K: Key>(
    documents: &[Document],
    index: &Index,
    table: &TermTable,
    n: usize,
    limit: usize,
    bits: u32,
) -> Vec<NgramRow> {
    let threads = rayon::current_num_threads().max(1);
    let chunk = documents.len().div_ceil(threads).max(1);
    let merged = documents
        .par_chunks(chunk)
        .map(|docs| {
            let mut counts = Counts::<K>::default();
            for document in docs {
                count_document(
                    &mut counts,
                    document,
                    index.doc(document.id),
                    table,
                    n,
                    bits,
                );
            }
            counts
        })
        .reduce(Counts::default, |a, b| {
            let (mut big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
            for (key, (frequency, docs, _)) in small {
                let entry = big.entry(key).or_insert((0, 0, u32::MAX));
                entry.0 += frequency;
                entry.1 += docs;
            }
            big
        });
    let mut rows: Vec<(std::cmp::Reverse<u32>, K, u32)> = merged
        .into_iter()
        .map(|(key, (frequency, docs, _))| (std::cmp::Reverse(frequency), key, docs))
        .collect();
    if rows.len() > limit {
        rows.select_nth_unstable(limit);
        rows.truncate(limit);
    }
    rows.par_sort_unstable();
    rows.into_iter()
        .map(|(std::cmp::Reverse(frequency), key, documents)| NgramRow {
            ngram: key
                .unpack(n, bits)
                .iter()
                .map(|&t| table.terms.get(t))
                .collect::<Vec<_>>()
                .join(" "),
            frequency: u64::from(frequency),
            documents,
            per_10k: per_10k(u64::from(frequency), table.total_tokens),
        })
        .collect()
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
    if limit == 0 {
        return Vec::new();
    }
    // Bits needed for one term id; pack into 64 bits when they fit.
    let bits = (usize::BITS - table.terms.len().max(2).leading_zeros()).max(1);
    if bits as usize * n <= 64 {
        top_ngrams::<u64>(documents, index, table, n, limit, bits)
    } else {
        top_ngrams::<u128>(documents, index, table, n, limit, 32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_order_like_sequences() {
        assert_eq!(
            u128::pack(&[7, 0, u32::MAX], 32).unpack(3, 32),
            [7, 0, u32::MAX]
        );
        assert_eq!(
            u64::pack(&[5, 1, 1 << 20], 21).unpack(3, 21),
            [5, 1, 1 << 20]
        );
        assert!(u64::pack(&[1, 9], 4) < u64::pack(&[2, 0], 4));
    }
}
