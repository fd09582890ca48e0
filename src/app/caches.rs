//! Per-panel results derived from the snapshot and the panel's settings, recomputed only when
//! their inputs change (never every frame).

use std::collections::HashMap;
use std::sync::Arc;

use crate::charts::bars::BarChart;
use crate::charts::strips::StripChart;
use crate::engine::ngrams::NgramRow;

/// A value and the inputs it was computed from.
#[derive(Debug)]
pub struct Cached<K, V> {
    key: Option<K>,
    value: V,
}

impl<K, V: Default> Default for Cached<K, V> {
    fn default() -> Self {
        Self {
            key: None,
            value: V::default(),
        }
    }
}

impl<K: PartialEq, V> Cached<K, V> {
    /// Replaces the value for `key`.
    pub fn set(&mut self, key: K, value: V) {
        self.key = Some(key);
        self.value = value;
    }

    /// The value for `key`, computing it with `make` when the key changed.
    pub fn get(&mut self, key: K, make: impl FnOnce() -> V) -> &V {
        if self.key.as_ref() != Some(&key) {
            self.value = make();
            self.key = Some(key);
        }
        &self.value
    }
}

/// The data version and the names and links' version, for what reads both.
pub type Versions = (u64, u64);

/// Byte ranges in a document's text, shared.
pub type ByteRanges = Arc<Vec<(usize, usize)>>;

/// What the Reader's hit ranges depend on: data version, document, query, number of hits.
pub type HitsKey = (u64, u32, String, usize);

/// G² by term id.
pub type KeynessMap = HashMap<u32, f64>;

/// N-gram lists by size, filled by a background job.
#[derive(Debug, Default)]
pub struct NgramLists {
    /// The data version the lists belong to.
    pub version: u64,
    /// Rows by n.
    pub rows: HashMap<usize, Arc<Vec<NgramRow>>>,
    /// Sizes being counted now.
    pub pending: Vec<usize>,
}

/// Every panel's cache.
#[derive(Debug, Default)]
pub struct Caches {
    /// Document ids in table order.
    pub documents: Cached<(u64, String), Arc<Vec<u32>>>,
    /// Term ids in table order.
    pub terms: Cached<(u64, String), Arc<Vec<u32>>>,
    /// G² of each term in the selected document, by term id.
    pub keyness: Cached<(u64, Option<u32>), Arc<KeynessMap>>,
    /// N-gram rows (by n) in table order, after the filter.
    pub ngram_view: Cached<(u64, String), Arc<Vec<usize>>>,
    /// Counted n-grams.
    pub ngrams: NgramLists,
    /// Figure indices in table order.
    pub figures: Cached<(u64, String), Arc<Vec<usize>>>,
    /// Name indices in table order.
    pub names: Cached<(Versions, String), Arc<Vec<usize>>>,
    /// The Term chart, made by a background job.
    pub term_charts: TermCharts,
    /// The Dispersion chart.
    pub dispersion: Cached<(u64, String), Option<Arc<StripChart>>>,
    /// The Figure chart.
    pub figure_chart: Cached<(u64, String), Arc<BarChart>>,
    /// Byte ranges of the concordance hits in the Reader's document.
    pub reader_terms: Cached<HitsKey, ByteRanges>,
    /// Byte ranges of the selected name's mentions in the Reader's document.
    pub reader_names: Cached<(Versions, u32, Option<String>), ByteRanges>,
    /// Row of the selected term in the Terms table, keyed by what decides the order and the term.
    pub term_row: Cached<String, Option<usize>>,
    /// The Reader's display blocks (paragraphs, long ones cut), by document.
    pub reader_blocks: Cached<u32, Arc<Vec<crate::engine::segment::Span>>>,
    /// Paragraph heights in the Reader, by document and width.
    pub reader_heights: Cached<(u32, u32), Vec<f32>>,
}

/// A term chart and what each bar stands for.
#[derive(Debug, Default)]
pub struct TermChartData {
    /// The chart.
    pub chart: BarChart,
    /// For top terms, the term of each category; for terms across documents, empty.
    pub terms: Vec<String>,
    /// For terms across documents, the document of each category; otherwise empty.
    pub documents: Vec<u32>,
}

/// The Term chart shown, and the one being made.
#[derive(Debug, Default)]
pub struct TermCharts {
    /// The key and data of the chart on screen.
    pub current: Option<(ChartKey, Arc<TermChartData>)>,
    /// The key of the chart a job is making.
    pub pending: Option<ChartKey>,
}

/// What a Term chart depends on: the data version and the panel's settings, in words.
pub type ChartKey = (u64, String);
