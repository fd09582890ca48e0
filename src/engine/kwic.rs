//! The concordance (keyword in context) and the dispersion of its hits, built from the index
//! without re-reading any file.
//!
//! A query is either **words** — one word, or a phrase of several, each of which may use the
//! wildcards `*` (any run of characters) and `?` (one character) — or one **regex** that must
//! match a whole term. Words are normalised like the corpus (possessive `'s` removed, case folded
//! when the analysis folds case). When hyphen parts are counted, a plain word also finds the
//! compounds it is part of ("threatening" finds "life-threatening").
//!
//! Hits are light ([`Hit`]); [`Concordance::line`] renders one with `context` words each side,
//! so a million hits can be listed, sorted and scrolled without building a million strings.

use rayon::prelude::*;
use regex::RegexBuilder;
use serde::{Deserialize, Serialize};

use super::bits::BitSet;
use super::corpus::{DocId, Document};
use super::index::Index;
use super::terms::TermTable;
use super::tokenize::{normalize, tokenize};

/// How a query's text is read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QueryMode {
    /// A word or phrase, with `*` and `?` wildcards.
    #[default]
    Words,
    /// A regular expression matched against whole terms.
    Regex,
}

/// The order of concordance lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KwicSort {
    /// By document, then position in it.
    #[default]
    Position,
    /// By the words to the left, nearest first (L1, L2, …).
    Left,
    /// By the words to the right, nearest first (R1, R2, …).
    Right,
}

/// A query that could not be understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// Nothing to search for.
    #[error("the query is empty")]
    Empty,
    /// The regular expression does not compile.
    #[error("invalid regular expression: {0}")]
    BadRegex(String),
}

/// One occurrence of the query: tokens `first..=last` of document `doc`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hit {
    /// The document.
    pub doc: DocId,
    /// Index of the first matched token.
    pub first: u32,
    /// Index of the last matched token.
    pub last: u32,
}

/// A rendered concordance line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct KwicLine {
    /// Path of the document.
    pub doc: String,
    /// Byte offset of the match in the document's text.
    pub start: u32,
    /// Byte offset just after the match.
    pub end: u32,
    /// Text before the match (white space collapsed).
    pub left: String,
    /// The matched text.
    pub keyword: String,
    /// Text after the match (white space collapsed).
    pub right: String,
}

fn wildcard_regex(word: &str) -> String {
    let mut pattern = String::from("^(?:");
    for c in word.chars() {
        match c {
            '*' => pattern.push_str(".*"),
            '?' => pattern.push('.'),
            c => pattern.push_str(&regex::escape(c.encode_utf8(&mut [0; 4]))),
        }
    }
    pattern.push_str(")$");
    pattern
}

fn terms_matching_regex(
    table: &TermTable,
    pattern: &str,
    set: &mut BitSet,
) -> Result<(), QueryError> {
    let regex = RegexBuilder::new(pattern)
        .case_insensitive(table.settings.fold_case)
        .build()
        .map_err(|e| QueryError::BadRegex(e.to_string()))?;
    let matching: Vec<u32> = table
        .terms
        .par_iter()
        .filter(|(_, term)| regex.is_match(term))
        .map(|(id, _)| id)
        .collect();
    matching.into_iter().for_each(|t| set.insert(t));
    Ok(())
}

/// Compiles a query into one term set per token position.
fn compile(table: &TermTable, query: &str, mode: QueryMode) -> Result<Vec<BitSet>, QueryError> {
    let n = table.terms.len();
    if mode == QueryMode::Regex {
        let pattern = query.trim();
        if pattern.is_empty() {
            return Err(QueryError::Empty);
        }
        let mut set = BitSet::new(n);
        terms_matching_regex(table, &format!("^(?:{pattern})$"), &mut set)?;
        return Ok(vec![set]);
    }
    let mut positions = Vec::new();
    for word in query.split_whitespace() {
        if word.contains(['*', '?']) {
            let mut buffer = String::new();
            let normal = normalize(word, &mut buffer).unwrap_or(word).to_string();
            let mut set = BitSet::new(n);
            terms_matching_regex(table, &wildcard_regex(&normal), &mut set)?;
            positions.push(set);
            continue;
        }
        let mut words = Vec::new();
        tokenize(word, |_, _, surface| words.push(surface.to_string()));
        for word in words {
            let mut set = BitSet::new(n);
            if let Some(id) = table.id(&word) {
                set.insert(id);
                for compound in 0..n as u32 {
                    if table.parts(compound).contains(&id) {
                        set.insert(compound);
                    }
                }
            }
            positions.push(set);
        }
    }
    if positions.is_empty() {
        return Err(QueryError::Empty);
    }
    Ok(positions)
}

/// All hits of a query, with the context width used to render and sort them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Concordance {
    /// The hits, in the current sort order.
    pub hits: Vec<Hit>,
    /// Words of context each side.
    pub context: usize,
}

impl Concordance {
    /// Finds every hit of `query` in the corpus, in position order.
    pub fn search(
        index: &Index,
        table: &TermTable,
        query: &str,
        mode: QueryMode,
        context: usize,
    ) -> Result<Self, QueryError> {
        let positions = compile(table, query, mode)?;
        let hits = index
            .docs
            .par_iter()
            .enumerate()
            .flat_map_iter(|(doc, tokens)| {
                let terms: Vec<u32> = tokens
                    .surfaces
                    .iter()
                    .map(|&s| table.term_of_surface[s as usize])
                    .collect();
                let width = positions.len();
                let positions = &positions;
                (0..terms.len().saturating_sub(width - 1))
                    .filter(move |&i| {
                        positions
                            .iter()
                            .enumerate()
                            .all(|(k, set)| set.contains(terms[i + k]))
                    })
                    .map(move |i| Hit {
                        doc: doc as DocId,
                        first: i as u32,
                        last: (i + width - 1) as u32,
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        Ok(Self { hits, context })
    }

    /// Re-sorts the hits; ties keep position order.
    pub fn sort(&mut self, order: KwicSort, index: &Index, table: &TermTable) {
        let context = self.context.max(1);
        let term_at = |doc: DocId, i: i64| -> Option<&str> {
            let tokens = index.doc(doc);
            let i = usize::try_from(i).ok()?;
            let surface = *tokens.surfaces.get(i)?;
            Some(table.terms.get(table.term_of_surface[surface as usize]))
        };
        let key = |hit: &Hit| -> Vec<Option<&str>> {
            (1..=context as i64)
                .map(|k| match order {
                    KwicSort::Left => term_at(hit.doc, i64::from(hit.first) - k),
                    KwicSort::Right => term_at(hit.doc, i64::from(hit.last) + k),
                    KwicSort::Position => None,
                })
                .collect()
        };
        match order {
            KwicSort::Position => self.hits.par_sort_unstable(),
            KwicSort::Left | KwicSort::Right => {
                self.hits.par_sort_by_cached_key(|hit| (key(hit), *hit));
            }
        }
    }

    /// Renders hit `i` with the concordance's context width.
    pub fn line(&self, i: usize, documents: &[Document], index: &Index) -> Option<KwicLine> {
        let hit = *self.hits.get(i)?;
        let document = documents.get(hit.doc as usize)?;
        let tokens = index.doc(hit.doc);
        let text = document.text.as_str();
        let start = tokens.start(hit.first as usize);
        let end = tokens.end(text, hit.last as usize);
        let left_from = tokens.start(hit.first.saturating_sub(self.context as u32) as usize);
        let right_last = (hit.last as usize + self.context).min(tokens.len() - 1);
        let right_to = if self.context == 0 {
            end
        } else {
            tokens.end(text, right_last)
        };
        let left_from = if self.context == 0 { start } else { left_from };
        Some(KwicLine {
            doc: document.path.clone(),
            start: start as u32,
            end: end as u32,
            left: collapse(&text[left_from..start]),
            keyword: collapse(&text[start..end]),
            right: collapse(&text[end..right_to]),
        })
    }

    /// Renders every hit.
    pub fn lines(&self, documents: &[Document], index: &Index) -> Vec<KwicLine> {
        (0..self.hits.len())
            .into_par_iter()
            .filter_map(|i| self.line(i, documents, index))
            .collect()
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where a query's hits fall in one document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocDispersion {
    /// The document.
    pub doc: DocId,
    /// Words in it.
    pub words: u32,
    /// Relative position (0 = start, 1 = end) of each hit, in order.
    pub positions: Vec<f32>,
}

/// How evenly a query's hits spread over the corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Dispersion {
    /// Every document, with its hits (possibly none), by document id.
    pub documents: Vec<DocDispersion>,
    /// Number of documents with at least one hit.
    pub range: u32,
    /// Gries's deviation of proportions: 0 = spread in proportion to document size, towards 1 =
    /// concentrated in few documents.
    pub dp: f64,
}

/// The dispersion of a concordance's hits across the documents of `index`.
pub fn dispersion(concordance: &Concordance, index: &Index) -> Dispersion {
    let mut documents: Vec<DocDispersion> = index
        .docs
        .iter()
        .enumerate()
        .map(|(doc, tokens)| DocDispersion {
            doc: doc as DocId,
            words: tokens.len() as u32,
            positions: Vec::new(),
        })
        .collect();
    let mut hits = concordance.hits.clone();
    hits.sort_unstable();
    for hit in &hits {
        let entry = &mut documents[hit.doc as usize];
        entry
            .positions
            .push(hit.first as f32 / entry.words.max(1) as f32);
    }
    let total_words: f64 = documents.iter().map(|d| f64::from(d.words)).sum();
    let total_hits = hits.len() as f64;
    let dp = if total_hits == 0.0 || total_words == 0.0 {
        0.0
    } else {
        0.5 * documents
            .iter()
            .map(|d| {
                (f64::from(d.words) / total_words - d.positions.len() as f64 / total_hits).abs()
            })
            .sum::<f64>()
    };
    Dispersion {
        range: documents.iter().filter(|d| !d.positions.is_empty()).count() as u32,
        documents,
        dp,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_become_anchored_regexes() {
        assert_eq!(wildcard_regex("desert*"), "^(?:desert.*)$");
        assert_eq!(wildcard_regex("a?c.d"), "^(?:a.c\\.d)$");
    }
}
