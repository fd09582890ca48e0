//! Keyness: which terms a set of documents uses more (or less) than the rest of the corpus.
//!
//! For each term, with `a` occurrences in the target's `c1` words and `b` in the reference's `c2`
//! words, the log-likelihood is `G² = 2·(a·ln(a/E1) + b·ln(b/E2))` with `E1 = c1·(a+b)/(c1+c2)`
//! and `E2 = c2·(a+b)/(c1+c2)` (Rayson & Garside), and the effect size is Hardie's log ratio,
//! `log2((a/c1)/(b/c2))`, with a zero count replaced by 0.5. A term is *positive* (key) when its
//! relative frequency is higher in the target. The usual significance cut-offs for one degree of
//! freedom are in [`Significance`].

use serde::Serialize;

use super::corpus::DocId;
use super::index::Index;
use super::terms::TermTable;

/// Significance levels for G² with one degree of freedom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Significance {
    /// Not significant at p < 0.05 (G² < 3.84).
    None,
    /// p < 0.05 (G² ≥ 3.84).
    P05,
    /// p < 0.01 (G² ≥ 6.63).
    P01,
    /// p < 0.001 (G² ≥ 10.83).
    P001,
    /// p < 0.0001 (G² ≥ 15.13).
    P0001,
}

impl Significance {
    /// The level reached by a G² value.
    pub fn of(g2: f64) -> Self {
        match g2 {
            g if g >= 15.13 => Self::P0001,
            g if g >= 10.83 => Self::P001,
            g if g >= 6.63 => Self::P01,
            g if g >= 3.84 => Self::P05,
            _ => Self::None,
        }
    }

    /// The smallest G² that reaches this level.
    pub fn critical_value(self) -> f64 {
        match self {
            Self::None => 0.0,
            Self::P05 => 3.84,
            Self::P01 => 6.63,
            Self::P001 => 10.83,
            Self::P0001 => 15.13,
        }
    }
}

/// One term's keyness.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Keyword {
    /// Term id in the [`TermTable`].
    #[serde(skip)]
    pub id: u32,
    /// The term.
    pub term: String,
    /// Occurrences in the target documents.
    pub target: u64,
    /// Occurrences in the rest of the corpus.
    pub reference: u64,
    /// Log-likelihood G².
    pub g2: f64,
    /// Log ratio (binary log of the ratio of relative frequencies).
    pub log_ratio: f64,
    /// Significance level reached by `g2`.
    pub significance: Significance,
}

/// Key terms of a target set of documents against the rest of the corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Keyness {
    /// Words in the target documents.
    pub target_words: u64,
    /// Words in the rest of the corpus.
    pub reference_words: u64,
    /// Terms used more in the target, by G² descending (ties by term).
    pub positive: Vec<Keyword>,
    /// Terms used less in the target, by G² descending (ties by term).
    pub negative: Vec<Keyword>,
}

/// The G² log-likelihood of `a` in `c1` words against `b` in `c2` words.
pub fn log_likelihood(a: u64, c1: u64, b: u64, c2: u64) -> f64 {
    let (a, b, c1, c2) = (a as f64, b as f64, c1 as f64, c2 as f64);
    if c1 + c2 == 0.0 {
        return 0.0;
    }
    let e1 = c1 * (a + b) / (c1 + c2);
    let e2 = c2 * (a + b) / (c1 + c2);
    let term = |o: f64, e: f64| {
        if o > 0.0 && e > 0.0 {
            o * (o / e).ln()
        } else {
            0.0
        }
    };
    2.0 * (term(a, e1) + term(b, e2))
}

/// Hardie's log ratio with zero counts replaced by 0.5.
pub fn log_ratio(a: u64, c1: u64, b: u64, c2: u64) -> f64 {
    if c1 == 0 || c2 == 0 {
        return 0.0;
    }
    let a = if a == 0 { 0.5 } else { a as f64 };
    let b = if b == 0 { 0.5 } else { b as f64 };
    ((a / c1 as f64) / (b / c2 as f64)).log2()
}

/// What [`keyness`] keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeynessOptions {
    /// Terms whose G² does not reach this level are left out.
    pub min_significance: Significance,
    /// Also list the terms the target uses less (this scans the whole vocabulary).
    pub negative: bool,
    /// At most this many terms in each list.
    pub limit: usize,
}

impl Default for KeynessOptions {
    fn default() -> Self {
        Self {
            min_significance: Significance::P05,
            negative: true,
            limit: usize::MAX,
        }
    }
}

/// Computes the keyness of `target` documents against the rest of the corpus. Stop words are
/// left out when the table's settings enable them.
pub fn keyness(
    index: &Index,
    table: &TermTable,
    target: &[DocId],
    options: KeynessOptions,
) -> Keyness {
    let mut target_docs = target.to_vec();
    target_docs.sort_unstable();
    target_docs.dedup();
    let (in_target, target_words) = table.counts_in(index, &target_docs);
    let reference_words = table.total_tokens.saturating_sub(target_words);
    let mut result = Keyness {
        target_words,
        reference_words,
        ..Keyness::default()
    };
    if target_words == 0 || reference_words == 0 {
        return result;
    }
    let score = |id: u32, a: u64| -> Option<Keyword> {
        let total = table.frequency[id as usize];
        if total == 0 || table.is_stop[id as usize] {
            return None;
        }
        let b = total - a;
        let g2 = log_likelihood(a, target_words, b, reference_words);
        let significance = Significance::of(g2);
        (significance >= options.min_significance).then(|| Keyword {
            id,
            term: table.terms.get(id).to_string(),
            target: a,
            reference: b,
            g2,
            log_ratio: log_ratio(a, target_words, b, reference_words),
            significance,
        })
    };
    let over_used = |k: &Keyword| {
        (k.target as f64) * (reference_words as f64) > (k.reference as f64) * (target_words as f64)
    };
    if options.negative {
        let mut present = in_target.iter().peekable();
        for id in 0..table.terms.len() as u32 {
            let a = match present.peek() {
                Some(&&(t, count)) if t == id => {
                    present.next();
                    count
                }
                _ => 0,
            };
            if let Some(keyword) = score(id, a) {
                if over_used(&keyword) {
                    result.positive.push(keyword);
                } else {
                    result.negative.push(keyword);
                }
            }
        }
    } else {
        result.positive = in_target
            .iter()
            .filter_map(|&(id, a)| score(id, a))
            .filter(|k| over_used(k))
            .collect();
    }
    for list in [&mut result.positive, &mut result.negative] {
        list.sort_by(|x, y| y.g2.total_cmp(&x.g2).then_with(|| x.term.cmp(&y.term)));
        list.truncate(options.limit);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_likelihood_matches_a_hand_computed_value() {
        // a=10 in 1,000 words vs b=10 in 10,000 words: E1 = 20·1000/11000, E2 = 20·10000/11000.
        let g2 = log_likelihood(10, 1_000, 10, 10_000);
        let e1: f64 = 20.0 * 1_000.0 / 11_000.0;
        let e2: f64 = 20.0 * 10_000.0 / 11_000.0;
        let expected = 2.0 * (10.0 * (10.0 / e1).ln() + 10.0 * (10.0 / e2).ln());
        assert!((g2 - expected).abs() < 1e-9);
        assert_eq!(Significance::of(g2), Significance::P0001);
        assert!((log_ratio(10, 1_000, 10, 10_000) - 10f64.log2()).abs() < 1e-12);
    }

    #[test]
    fn equal_rates_are_not_key() {
        assert!(log_likelihood(5, 1_000, 50, 10_000).abs() < 1e-9);
        assert_eq!(Significance::of(3.0), Significance::None);
        assert_eq!(log_ratio(0, 100, 4, 100), (0.5f64 / 4.0).log2());
    }
}
