//! Links by shared names and by similar vocabulary.
//!
//! **Same names**: two passages that mention at least two of the same rare names, or one rare
//! name while both state a figure. A name is rare when few documents mention it
//! ([`super::LinkSettings::rare_name_documents`]); the score is the Jaccard overlap of the two
//! passages' rare names.
//!
//! **Similar**: TF-IDF cosine over content terms (stop words left out) between passages that do
//! not already reuse each other's text. Candidates come from an inverted index of terms held by
//! at most [`MAX_TERM_PASSAGES`] passages: their partial dot products over those rare terms pick
//! the twenty best, whose full cosine is then computed; each passage keeps its [`NEIGHBOURS`]
//! most similar passages above the threshold.

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::engine::figures::{Figure, FigureKind};
use crate::engine::index::Index;
use crate::engine::names::Name;
use crate::engine::passages::Passage;
use crate::engine::terms::TermTable;

/// Terms in more passages than this do not generate similarity candidates.
pub const MAX_TERM_PASSAGES: usize = 50;
/// Similar passages kept per passage.
pub const NEIGHBOURS: usize = 5;
/// Candidates (by their rare-term partial score) whose full cosine is computed, per passage.
const CANDIDATES: usize = 20;

/// `(a, b, score, shared names)` for passages sharing rare names.
pub(super) fn same_names(
    passages: &[Passage],
    names: &[Name],
    figures: &[Figure],
    rare_documents: usize,
    passage_at: impl Fn(u32, u32) -> Option<usize>,
) -> Vec<(usize, usize, f64, Vec<String>)> {
    let mut names_of: Vec<Vec<usize>> = vec![Vec::new(); passages.len()];
    for (n, name) in names.iter().enumerate() {
        if name.documents.len() > rare_documents {
            continue;
        }
        for mention in &name.mentions {
            if let Some(p) = passage_at(mention.doc, mention.start)
                && names_of[p].last() != Some(&n)
            {
                names_of[p].push(n);
            }
        }
    }
    for list in &mut names_of {
        list.sort_unstable();
        list.dedup();
    }
    let mut has_figure = vec![false; passages.len()];
    for figure in figures
        .iter()
        .filter(|f| !f.minor && f.kind != FigureKind::Date)
    {
        if let Some(p) = passage_at(figure.doc, figure.start) {
            has_figure[p] = true;
        }
    }
    let mut postings: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (p, list) in names_of.iter().enumerate() {
        for &n in list {
            postings.entry(n).or_default().push(p);
        }
    }
    let mut shared: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for members in postings.values().filter(|m| m.len() <= MAX_TERM_PASSAGES) {
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                *shared.entry((a, b)).or_insert(0) += 1;
            }
        }
    }
    let mut links: Vec<(usize, usize, f64, Vec<String>)> = shared
        .into_iter()
        .filter(|&((a, b), count)| count >= 2 || (count == 1 && has_figure[a] && has_figure[b]))
        .map(|((a, b), count)| {
            let union: FxHashSet<usize> = names_of[a].iter().chain(&names_of[b]).copied().collect();
            let common: Vec<String> = names_of[a]
                .iter()
                .filter(|n| names_of[b].contains(n))
                .map(|&n| names[n].name.clone())
                .collect();
            (a, b, count as f64 / union.len().max(1) as f64, common)
        })
        .collect();
    links.sort_by_key(|x| (x.0, x.1));
    links
}

/// `(a, b, cosine, top shared terms)` for passages with similar vocabulary.
pub(super) fn similar(
    passages: &[Passage],
    index: &Index,
    table: &TermTable,
    min_score: f64,
    exclude: &FxHashSet<(usize, usize)>,
) -> Vec<(usize, usize, f64, Vec<String>)> {
    // Term counts per passage, content terms only, sorted by term.
    let content: Vec<bool> = (0..table.terms.len() as u32)
        .into_par_iter()
        .map(|t| {
            !table.is_stop[t as usize]
                && !table.terms.get(t).starts_with(|c: char| c.is_ascii_digit())
        })
        .collect();
    let vectors: Vec<Vec<(u32, f32)>> = passages
        .par_iter()
        .map(|p| {
            let tokens = index.doc(p.doc);
            let mut terms: Vec<u32> = (p.first_token..p.end_token)
                .map(|i| table.term_of_surface[tokens.surfaces[i as usize] as usize])
                .filter(|&t| content[t as usize])
                .collect();
            terms.sort_unstable();
            terms
                .chunk_by(|a, b| a == b)
                .map(|run| (run[0], run.len() as f32))
                .collect()
        })
        .collect();
    // Passage frequency of every term, and postings for the rare ones only.
    let mut frequency = vec![0u32; table.terms.len()];
    for v in &vectors {
        for &(t, _) in v {
            frequency[t as usize] += 1;
        }
    }
    let total = passages.len().max(1) as f32;
    let idf = |t: u32| -> f32 { (total / frequency[t as usize].max(1) as f32).ln() };
    let weighted: Vec<Vec<(u32, f32)>> = vectors
        .par_iter()
        .map(|v| {
            let mut w: Vec<(u32, f32)> = v
                .iter()
                .map(|&(t, c)| (t, (1.0 + c.ln()) * idf(t)))
                .collect();
            let norm = w
                .iter()
                .map(|(_, x)| x * x)
                .sum::<f32>()
                .sqrt()
                .max(f32::EPSILON);
            w.iter_mut().for_each(|(_, x)| *x /= norm);
            w
        })
        .collect();
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); table.terms.len()];
    for (p, w) in weighted.iter().enumerate() {
        for &(t, x) in w {
            if frequency[t as usize] as usize <= MAX_TERM_PASSAGES {
                postings[t as usize].push((p as u32, x));
            }
        }
    }
    let cosine = |a: &[(u32, f32)], b: &[(u32, f32)]| -> f32 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += a[i].1 * b[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    };
    let neighbours: Vec<Vec<(usize, f32)>> = (0..passages.len())
        .into_par_iter()
        .map(|a| {
            // Partial dot products over the rare terms pick the candidates; the full cosine
            // decides.
            let mut partial: FxHashMap<u32, f32> = FxHashMap::default();
            for &(t, x) in &weighted[a] {
                for &(b, y) in &postings[t as usize] {
                    if b as usize != a {
                        *partial.entry(b).or_insert(0.0) += x * y;
                    }
                }
            }
            let mut candidates: Vec<(u32, f32)> = partial.into_iter().collect();
            candidates.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            candidates.truncate(CANDIDATES);
            let mut scored: Vec<(usize, f32)> = candidates
                .into_iter()
                .map(|(b, _)| (b as usize, cosine(&weighted[a], &weighted[b as usize])))
                .filter(|&(b, s)| {
                    f64::from(s) >= min_score && !exclude.contains(&(a.min(b), a.max(b)))
                })
                .collect();
            scored.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            scored.truncate(NEIGHBOURS);
            scored
        })
        .collect();
    let mut pairs: FxHashMap<(usize, usize), f32> = FxHashMap::default();
    for (a, list) in neighbours.iter().enumerate() {
        for &(b, s) in list {
            pairs.insert((a.min(b), a.max(b)), s);
        }
    }
    let mut links: Vec<(usize, usize, f64, Vec<String>)> = pairs
        .into_iter()
        .map(|((a, b), s)| {
            let mut shared: Vec<(f32, u32)> = weighted[a]
                .iter()
                .filter_map(|&(t, x)| {
                    weighted[b]
                        .iter()
                        .find(|(u, _)| *u == t)
                        .map(|&(_, y)| (x * y, t))
                })
                .collect();
            shared.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
            let terms = shared
                .iter()
                .take(5)
                .map(|&(_, t)| table.terms.get(t).to_string())
                .collect();
            (a, b, f64::from(s), terms)
        })
        .collect();
    links.sort_by_key(|x| (x.0, x.1));
    links
}
