//! Term statistics under a choice of settings: frequency, document frequency, per-10k rates.
//!
//! A [`TermTable`] maps the index's surface forms to terms (lower-cased when
//! [`TermSettings::fold_case`] is on) and counts them in one parallel pass over the token streams.
//! With [`TermSettings::count_hyphen_parts`] on, a hyphenated token such as "life-threatening" is
//! counted as itself **and** adds one occurrence to each of its parts ("life", "threatening"), so a
//! part's frequency includes its uses inside compounds. The corpus word count is not affected:
//! the compound is one word. Changing settings recounts without re-reading any file.

use std::borrow::Cow;
use std::collections::HashSet;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::corpus::DocId;
use super::index::{DocTokens, Index};
use super::stopwords::StopWords;
use super::tokenize::{fold_case, hyphen_parts};
use super::vocabulary::Vocabulary;

/// How tokens become terms and which terms are shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TermSettings {
    /// Lower-case every term ("Army" and "army" are one term).
    pub fold_case: bool,
    /// Also count the parts of hyphenated words (see the module docs).
    pub count_hyphen_parts: bool,
    /// Which stop words to hide.
    pub stop_words: StopWords,
}

impl Default for TermSettings {
    fn default() -> Self {
        Self {
            fold_case: true,
            count_hyphen_parts: true,
            stop_words: StopWords::english(),
        }
    }
}

/// One term's statistics, as shown in a term list.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TermRow {
    /// The term.
    pub term: String,
    /// Occurrences in the corpus.
    pub frequency: u64,
    /// Documents it occurs in.
    pub documents: u32,
    /// Occurrences per 10,000 words.
    pub per_10k: f64,
}

/// Terms and their counts for one [`Index`] under one [`TermSettings`].
#[derive(Clone, Debug, Default)]
pub struct TermTable {
    /// The settings these counts were made with.
    pub settings: TermSettings,
    /// Every term, sorted; a term id is a position here.
    pub terms: Vocabulary,
    /// Term id of each surface id.
    pub term_of_surface: Vec<u32>,
    /// For term `t`, its hyphen parts are `part_ids[part_starts[t]..part_starts[t + 1]]`
    /// (empty unless hyphen parts are counted).
    part_starts: Vec<u32>,
    part_ids: Vec<u32>,
    /// Occurrences of each term.
    pub frequency: Vec<u64>,
    /// Number of documents each term occurs in.
    pub doc_frequency: Vec<u32>,
    /// Whether each term is a stop word under the settings.
    pub is_stop: Vec<bool>,
    /// Words in the corpus.
    pub total_tokens: u64,
    /// The terms that occur, stop words left out, by frequency (most first) then term: sorted
    /// once, so the terms table and its charts read their order without sorting.
    by_frequency: Vec<u32>,
}

impl TermTable {
    /// Maps and counts the terms of `index` under `settings`.
    pub fn build(index: &Index, settings: &TermSettings) -> Self {
        let mut table = Self::vocabulary(index, settings);
        table.count(index);
        table
    }

    fn vocabulary(index: &Index, settings: &TermSettings) -> Self {
        let forms: Vec<Cow<str>> = index
            .surfaces
            .par_iter()
            .map(|(_, surface)| {
                if settings.fold_case {
                    fold_case(surface)
                } else {
                    Cow::Borrowed(surface)
                }
            })
            .collect();
        let mut names: Vec<&str> = forms.iter().map(|f| f.as_ref()).collect();
        if settings.count_hyphen_parts {
            let parts: Vec<&str> = forms.iter().flat_map(|f| hyphen_parts(f)).collect();
            names.extend(parts);
        }
        names.par_sort_unstable();
        names.dedup();
        let terms = Vocabulary::from_sorted(names.iter().copied());
        let ids: FxHashMap<&str, u32> = names
            .iter()
            .enumerate()
            .map(|(id, name)| (*name, id as u32))
            .collect();
        let lookup = |name: &str| ids.get(name).copied().unwrap_or(0);
        let term_of_surface: Vec<u32> = forms.par_iter().map(|f| lookup(f)).collect();
        let mut part_starts = vec![0u32];
        let mut part_ids = Vec::new();
        if settings.count_hyphen_parts {
            for name in &names {
                part_ids.extend(hyphen_parts(name).map(lookup));
                part_starts.push(part_ids.len() as u32);
            }
        }
        let stop = settings.stop_words.compile();
        let is_stop = names
            .iter()
            .map(|n| stop.contains(fold_case(n).as_ref()))
            .collect();
        drop(ids);
        drop(names);
        Self {
            settings: settings.clone(),
            terms,
            term_of_surface,
            part_starts,
            part_ids,
            is_stop,
            ..Self::default()
        }
    }

    /// The hyphen parts counted for term `term` (empty if none).
    pub fn parts(&self, term: u32) -> &[u32] {
        let t = term as usize;
        match (self.part_starts.get(t), self.part_starts.get(t + 1)) {
            (Some(&from), Some(&to)) => &self.part_ids[from as usize..to as usize],
            _ => &[],
        }
    }

    /// Calls `visit(term)` for every term occurrence in `tokens`: each token's term and, when
    /// hyphen parts are counted, each of its parts.
    pub fn for_each_occurrence(&self, tokens: &DocTokens, mut visit: impl FnMut(u32)) {
        for &surface in &tokens.surfaces {
            let term = self.term_of_surface[surface as usize];
            visit(term);
            for &part in self.parts(term) {
                visit(part);
            }
        }
    }

    fn count(&mut self, index: &Index) {
        let n = self.terms.len();
        let threads = rayon::current_num_threads().max(1);
        let chunk = index.docs.len().div_ceil(threads).max(1);
        let partials: Vec<(Vec<u64>, Vec<u32>)> = index
            .docs
            .par_chunks(chunk)
            .map(|docs| {
                let mut frequency = vec![0u64; n];
                let mut doc_frequency = vec![0u32; n];
                let mut last_seen = vec![u32::MAX; n];
                for (i, tokens) in docs.iter().enumerate() {
                    self.for_each_occurrence(tokens, |t| {
                        let t = t as usize;
                        frequency[t] += 1;
                        if last_seen[t] != i as u32 {
                            last_seen[t] = i as u32;
                            doc_frequency[t] += 1;
                        }
                    });
                }
                (frequency, doc_frequency)
            })
            .collect();
        self.frequency = vec![0; n];
        self.doc_frequency = vec![0; n];
        for (frequency, doc_frequency) in partials {
            self.frequency
                .iter_mut()
                .zip(frequency)
                .for_each(|(a, b)| *a += b);
            self.doc_frequency
                .iter_mut()
                .zip(doc_frequency)
                .for_each(|(a, b)| *a += b);
        }
        self.total_tokens = index.token_count();
        let mut ids: Vec<u32> = (0..self.terms.len() as u32)
            .filter(|&t| self.frequency[t as usize] > 0 && !self.is_stop[t as usize])
            .collect();
        // Term ids are in alphabetical order, so the id breaks ties by text.
        ids.par_sort_unstable_by_key(|&t| (std::cmp::Reverse(self.frequency[t as usize]), t));
        self.by_frequency = ids;
    }

    /// The id of `term` (folded first when the settings fold case), if the corpus has it.
    pub fn id(&self, term: &str) -> Option<u32> {
        if self.settings.fold_case {
            self.terms.find(&fold_case(term))
        } else {
            self.terms.find(term)
        }
    }

    /// The statistics of term `id`.
    pub fn row(&self, id: u32) -> TermRow {
        let i = id as usize;
        TermRow {
            term: self.terms.get(id).to_string(),
            frequency: self.frequency[i],
            documents: self.doc_frequency[i],
            per_10k: per_10k(self.frequency[i], self.total_tokens),
        }
    }

    /// Term ids that occur, sorted by (frequency desc, term asc), stop words left out when the
    /// settings enable them; at most `limit` of them.
    pub fn top(&self, limit: usize) -> &[u32] {
        &self.by_frequency[..limit.min(self.by_frequency.len())]
    }

    /// For each of `terms`, its frequency in each document (`result[term][doc]`).
    pub fn by_document(&self, index: &Index, terms: &[u32]) -> Vec<Vec<u32>> {
        let wanted: HashSet<u32> = terms.iter().copied().collect();
        let per_doc: Vec<Vec<(u32, u32)>> = index
            .docs
            .par_iter()
            .map(|tokens| {
                let mut counts = rustc_hash::FxHashMap::<u32, u32>::default();
                self.for_each_occurrence(tokens, |t| {
                    if wanted.contains(&t) {
                        *counts.entry(t).or_insert(0) += 1;
                    }
                });
                counts.into_iter().collect()
            })
            .collect();
        let mut result = vec![vec![0u32; index.docs.len()]; terms.len()];
        for (doc, counts) in per_doc.into_iter().enumerate() {
            for (term, count) in counts {
                for (slot, _) in terms.iter().enumerate().filter(|(_, t)| **t == term) {
                    result[slot][doc] = count;
                }
            }
        }
        result
    }

    /// Occurrences of the terms found in documents `docs`, as `(term id, count)` sorted by term
    /// id, and the documents' word count.
    pub fn counts_in(&self, index: &Index, docs: &[DocId]) -> (Vec<(u32, u64)>, u64) {
        let mut counts = rustc_hash::FxHashMap::<u32, u64>::default();
        let mut words = 0;
        for &doc in docs {
            let tokens = index.doc(doc);
            words += tokens.len() as u64;
            self.for_each_occurrence(tokens, |t| *counts.entry(t).or_insert(0) += 1);
        }
        let mut counts: Vec<(u32, u64)> = counts.into_iter().collect();
        counts.sort_unstable();
        (counts, words)
    }
}

/// Occurrences per 10,000 words (0 for an empty corpus).
pub fn per_10k(count: u64, words: u64) -> f64 {
    if words == 0 {
        0.0
    } else {
        count as f64 * 10_000.0 / words as f64
    }
}
