//! Links by shared names and by similar vocabulary.
//!
//! **Same names**: two passages that mention at least two of the same rare names, or one rare name
//! while both state a figure. A name is rare when few documents mention it
//! ([`super::LinkSettings::rare_name_documents`]) and a name in more than
//! [`super::LinkSettings::max_term_passages`] passages makes no candidates; both kinds of common
//! name are reported ([`super::CommonName`]). The score is the Jaccard overlap of the two passages'
//! rare names.
//!
//! **Similar**: TF-IDF cosine over content terms (stop words left out) between passages that do not
//! already reuse each other's text. Candidates come from an inverted index of terms held by at most
//! [`super::LinkSettings::max_term_passages`] passages: their partial dot products over those rare
//! terms pick the twenty best, whose full cosine is then computed; each passage keeps its
//! [`super::LinkSettings::similar_neighbours`] most similar passages above the threshold. Passages
//! with fewer distinct content words than [`super::LinkSettings::similar_min_terms`] take no part.
//! Vectors and neighbours are computed once per distinct text ([`super::copies`]): a text's
//! neighbours are other texts, whose copies then compete for a passage's places by score and
//! position, and copies of a text too short to count as reuse are similar to one another when they
//! hold a rare term.

use rayon::prelude::*;

use super::Flat;
use super::copies::Copies;
use crate::engine::bits::BitSet;
use crate::engine::figures::{Figure, FigureKind};
use crate::engine::index::Index;
use crate::engine::names::Name;
use crate::engine::passages::Passage;
use crate::engine::terms::TermTable;

/// Candidates (by their rare-term partial score) whose full cosine is computed, per passage.
const CANDIDATES: usize = 20;

/// What [`same_names`] finds.
pub(super) struct SameNames {
    /// Same-names links as `(a, b, score)`.
    pub links: Vec<(usize, usize, f64)>,
    /// The names each link's passages share (indices into the names).
    pub shared: Flat<u32>,
    /// The names set aside as too common to link by, as `(name, passages)`.
    pub common: Vec<(usize, Option<usize>)>,
}

/// What [`Neighbours::link`] makes of what [`similar`] finds.
pub(super) struct Similar {
    /// Similar links, in no particular order, their evidence a list of `terms`.
    pub links: super::Keyed,
    /// The terms that weigh most in each pair of similar texts, as places in `words`.
    pub terms: Flat<u32>,
    /// The terms named in `terms`.
    pub words: Vec<String>,
}

/// Links between passages sharing rare names, and the names set aside as too common to link
/// by (passages are counted, and given, only for names rare by documents that too many
/// passages mention).
pub(super) fn same_names(
    links: &super::Links,
    names: &[Name],
    figures: &[Figure],
    of_figure: &[Option<u32>],
    rare_documents: usize,
    max_passages: usize,
) -> SameNames {
    let passages = &links.passages;
    // `(passage, name)` for every passage naming a rare name, sorted: each passage's names are
    // then one run. The mentions are put in document order (placed by document, then each
    // document's put in order), so their passages are found in one walk through the passages.
    let documents = links.first_of_document.len().saturating_sub(1);
    let rare_mentions = || {
        (names.iter().enumerate())
            .filter(|(_, name)| name.documents.len() <= rare_documents)
            .flat_map(|(n, name)| {
                name.mentions
                    .iter()
                    .map(move |m| (m.doc, m.start, n as u32))
            })
            .map(|mention| (mention.0 as usize, mention))
    };
    let mut mentions = super::bucket(rare_mentions, documents);
    (mentions.lists_mut().into_par_iter()).for_each(|list| list.sort_unstable());
    let mentions = mentions.values;
    let at = links.passages_at(&mentions, |&(doc, start, _)| (doc, start));
    let mut named: Vec<(u32, u32)> = (mentions.par_iter().zip(at))
        .filter_map(|(&(.., n), p)| p.map(|p| (p, n)))
        .collect();
    drop(mentions);
    // Passages come in order; each one's names are put in order.
    named
        .par_chunk_by_mut(|x, y| x.0 == y.0)
        .for_each(<[(u32, u32)]>::sort_unstable);
    named.dedup();
    let first_of = super::run_starts(named.iter().map(|&(p, _)| p as usize), passages.len());
    let names_of = |p: usize| &named[first_of[p]..first_of[p + 1]];
    let mut has_figure = vec![false; passages.len()];
    for (f, p) in figures.iter().zip(of_figure) {
        if let Some(p) = p
            && !f.minor
            && f.kind != FigureKind::Date
        {
            has_figure[*p as usize] = true;
        }
    }
    // Passages by name, ascending (placed in passage order).
    let by_name = super::bucket(|| named.iter().map(|&(p, n)| (n as usize, p)), names.len());
    // Names in too many documents, or in too many passages to make candidates.
    let set_aside: Vec<(usize, Option<usize>)> = names
        .iter()
        .enumerate()
        .filter_map(|(n, name)| {
            if name.documents.len() > rare_documents {
                return Some((n, None));
            }
            let held = by_name.get(n).len();
            (held > max_passages).then_some((n, Some(held)))
        })
        .collect();
    // For each passage, the later passages sharing a name held by few passages, with how
    // many such names they share: each such passage is listed once per name, and the list
    // sorted and counted in the cache (counting in a list as long as the passages reads all
    // over 9 MB); kept when they share two, or one and both state a figure.
    let all: Vec<usize> = (0..passages.len()).collect();
    // The passages holding each name of passage `a` that links passages (held by few).
    let held_by_names = |a: usize| {
        (names_of(a).iter())
            .map(|&(_, n)| by_name.get(n as usize))
            .filter(|held| held.len() <= max_passages)
    };
    let counted: Vec<(u32, u32, usize)> = all
        .par_chunks(1024)
        .with_max_len(1)
        .flat_map_iter(|chunk| {
            let (mut found, mut later) = (Vec::new(), Vec::new());
            for &a in chunk {
                // Passages sharing one name are linked only when both state a figure.
                if !has_figure[a] && held_by_names(a).nth(1).is_none() {
                    continue;
                }
                later.clear();
                for held in held_by_names(a) {
                    later.extend_from_slice(&held[held.partition_point(|&p| p as usize <= a)..]);
                }
                later.sort_unstable();
                found.extend(
                    (later.chunk_by(|x, y| x == y))
                        .map(|run| (a as u32, run[0], run.len()))
                        .filter(|&(a, b, count)| {
                            count >= 2
                                || (count == 1 && has_figure[a as usize] && has_figure[b as usize])
                        }),
                );
            }
            found
        })
        .collect();
    let shared = Flat::build(&counted, |&(a, b, _), shared| {
        super::for_each_shared(
            names_of(a as usize),
            names_of(b as usize),
            |&(_, name)| name,
            |x, _| shared.push(x[0].1),
        );
        shared.close();
    });
    let linked = counted
        .par_iter()
        .enumerate()
        .map(|(k, &(a, b, count))| {
            let common = shared.get(k).len();
            let union = names_of(a as usize).len() + names_of(b as usize).len() - common;
            (a as usize, b as usize, count as f64 / union.max(1) as f64)
        })
        .collect();
    SameNames {
        links: linked,
        shared,
        common: set_aside,
    }
}

/// Every text's TF-IDF vector: text `t`'s `(term, weight)` entries, sorted by term and
/// normalised to length one.
type Vectors = Flat<(u32, f32)>;

/// Content-term counts of every distinct text, then weighted by `(1 + ln tf) · idf` and
/// normalised; also each term's passage frequency (a text counts once per copy).
fn tf_idf(
    passages: &[Passage],
    copies: &Copies,
    index: &Index,
    table: &TermTable,
) -> (Vectors, Vec<u32>) {
    // The terms opening with a digit, found without reading every term.
    let digits = table.terms.between("0", ":");
    // Each surface form's term if it is a content term, else `u32::MAX`: one look-up a word.
    let content_term: Vec<u32> = (table.term_of_surface.par_iter())
        .map(|&t| {
            let content = !table.is_stop[t as usize] && !digits.contains(&t);
            if content { t } else { u32::MAX }
        })
        .collect();
    let texts: Vec<usize> = (0..copies.texts()).collect();
    let mut vectors = Flat::build_with(&texts, Vec::new, |terms, &t, lists| {
        // The text's content terms put in order, then each distinct term once with its count.
        // (Every word is written and the next one written over it unless it is a content
        // term: no branch to foresee.)
        let surfaces = super::copies::surfaces(&passages[copies.first(t)], index);
        terms.clear();
        terms.resize(surfaces.len(), 0);
        let mut kept = 0;
        for &surface in surfaces {
            let term = content_term[surface as usize];
            terms[kept] = term;
            kept += usize::from(term != u32::MAX);
        }
        terms.truncate(kept);
        terms.sort_unstable();
        lists.extend(
            terms
                .chunk_by(|x, y| x == y)
                .map(|run| (run[0], run.len() as f32)),
        );
        lists.close();
    });
    let frequency = super::count_per_thread(&texts, 4096, table.terms.len(), |chunk, frequency| {
        for &t in chunk {
            let held = copies.passages(t).len() as u32;
            for &(term, _) in vectors.get(t) {
                frequency[term as usize] += held;
            }
        }
    });
    let total = passages.len().max(1) as f32;
    // Logarithms are taken once per term and once per small count, not once per entry.
    let idf: Vec<f32> = (frequency.par_iter())
        .map(|&f| (total / f.max(1) as f32).ln())
        .collect();
    let log_tf: Vec<f32> = (0..64).map(|tf| 1.0 + (tf as f32).ln()).collect();
    // Weigh and normalise each text's vector in place.
    vectors.lists_mut().into_par_iter().for_each(|w| {
        for (t, x) in w.iter_mut() {
            let tf = log_tf.get(*x as usize).copied();
            *x = tf.unwrap_or_else(|| 1.0 + x.ln()) * idf[*t as usize];
        }
        let norm = w
            .iter()
            .map(|(_, x)| x * x)
            .sum::<f32>()
            .sqrt()
            .max(f32::EPSILON);
        w.iter_mut().for_each(|(_, x)| *x /= norm);
    });
    (vectors, frequency)
}

/// Each distinct text's most similar other texts, from which [`Neighbours::link`] makes the
/// similar links (later, beside the links by names, which need none of it).
pub(super) struct Neighbours {
    /// Each text's most similar other texts as `(text, cosine)`, most similar first.
    neighbours: Flat<(u32, f32)>,
    /// Each text's TF-IDF vector.
    vectors: Vectors,
    /// How many most similar passages each passage keeps.
    kept: usize,
}

/// Each distinct text's most similar other texts, by the `similar_*` and `max_term_passages`
/// settings. `exclude` holds each text's partners in reuse, in order: the texts (itself among
/// them when its copies reuse each other) that already reuse its text.
pub(super) fn similar(
    passages: &[Passage],
    copies: &Copies,
    index: &Index,
    table: &TermTable,
    settings: &super::LinkSettings,
    exclude: &Flat<u32>,
) -> Neighbours {
    let (min_score, min_terms) = (settings.similar_min_score, settings.similar_min_terms);
    let kept = settings.similar_neighbours;
    let texts = copies.texts();
    let (vectors, frequency) = tf_idf(passages, copies, index, table);
    // Postings of the rare terms only: list `t` holds `(text, weight)` of term `t`.
    let mut rare_terms = BitSet::new(table.terms.len());
    for (t, &f) in frequency.iter().enumerate() {
        if f as usize <= settings.max_term_passages {
            rare_terms.insert(t as u32);
        }
    }
    let rare = |t: u32| rare_terms.contains(t);
    let eligible = |p: usize| vectors.get(p).len() >= min_terms;
    let postings = || {
        // (Gathered in parallel, then placed: few of the entries are of rare terms.)
        let rare_entries: Vec<(u32, u32, f32)> = (0..texts)
            .into_par_iter()
            .filter(|&p| eligible(p))
            .flat_map_iter(|p| {
                (vectors.get(p).iter())
                    .filter(|&&(t, _)| rare(t))
                    .map(move |&(t, x)| (t, p as u32, x))
            })
            .collect();
        super::bucket(
            || rare_entries.iter().map(|&(t, p, x)| (t as usize, (p, x))),
            table.terms.len(),
        )
    };
    // The length of each text's vector outside its rare terms: the full cosine exceeds the
    // partial one over rare terms by at most the product of two such lengths, so a candidate
    // whose bound stays under the threshold is never compared in full.
    let common_norm = || -> Vec<f32> {
        (0..texts)
            .into_par_iter()
            .map(|p| {
                vectors
                    .get(p)
                    .iter()
                    .filter(|&&(t, _)| !rare(t))
                    .map(|(_, x)| x * x)
                    .sum::<f32>()
                    .sqrt()
            })
            .collect()
    };
    // (Side by side: the postings are placed by one thread.)
    let (postings, common_norm) = rayon::join(postings, common_norm);
    // The rare terms held by more than one text.
    let mut paired_terms = BitSet::new(table.terms.len());
    for t in 0..postings.len() {
        if postings.get(t).len() >= 2 {
            paired_terms.insert(t as u32);
        }
    }
    // Rounding in the sums must never prune a pair the full cosine would keep.
    let reachable = |bound: f32| f64::from(bound) + 1e-4 >= min_score;
    let excluded = |a: usize, b: usize| exclude.get(a).binary_search(&(b as u32)).is_ok();
    // Each text's most similar other texts as `(text, cosine)`, most similar first, after the
    // text itself when its copies are similar to one another (they are candidates of each
    // other when they share a rare term, and are linked here unless they reuse each other's
    // text).
    let all_texts: Vec<usize> = (0..texts).collect();
    let neighbours: Flat<(u32, f32)> = Flat::build_with(
        &all_texts,
        // Per thread: the products over rare terms, the candidates, and `a` spread out by term.
        || {
            (
                Vec::<(u32, f32)>::new(),
                Vec::<(u32, f32)>::new(),
                vec![0f32; table.terms.len()],
            )
        },
        |(products, candidates, dense), &a, lists| {
            if !eligible(a) {
                lists.close();
                return;
            }
            // Partial dot products over the rare terms pick the candidates; the full
            // cosine decides.
            let mut has_rare = false;
            products.clear();
            for &(t, x) in vectors.get(a).iter().filter(|&&(t, _)| rare(t)) {
                // (`a` holds each of its rare terms; one held by no other text pairs nothing.)
                has_rare = true;
                if !paired_terms.contains(t) {
                    continue;
                }
                let others = postings
                    .get(t as usize)
                    .iter()
                    .filter(|&&(b, _)| b as usize != a);
                products.extend(others.map(|&(b, y)| (b, x * y)));
            }
            // Each other text's products added up in the order of `a`'s terms, which the
            // (stable) sort keeps: a few dozen products sorted in the cache, where adding them
            // into a list as long as the texts (3.8 MB on the benchmark corpus) reads all over it.
            products.sort_by_key(|&(b, _)| b);
            candidates.clear();
            candidates.extend(
                products
                    .chunk_by(|x, y| x.0 == y.0)
                    .map(|run| (run[0].0, run.iter().fold(0.0f32, |sum, &(_, p)| sum + p))),
            );
            let order = |x: &(u32, f32), y: &(u32, f32)| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0));
            if candidates.len() > CANDIDATES {
                candidates.select_nth_unstable_by(CANDIDATES, order);
                candidates.truncate(CANDIDATES);
            }
            candidates.sort_by(order);
            // `a` spread out by term, so each full cosine is one pass over the other vector.
            for &(t, x) in vectors.get(a) {
                dense[t as usize] = x;
            }
            let cosine = |b: usize| -> f32 {
                vectors
                    .get(b)
                    .iter()
                    .map(|&(t, y)| dense[t as usize] * y)
                    .sum()
            };
            if has_rare && copies.passages(a).len() >= 2 && !excluded(a, a) {
                let s = cosine(a);
                if f64::from(s) >= min_score {
                    lists.push((a as u32, s));
                }
            }
            candidates.retain(|&(b, p)| reachable(p + common_norm[a] * common_norm[b as usize]));
            // Each candidate's vector lies somewhere else in memory: reading the first and last
            // entries of all of them first lets those slow reads overlap instead of each cosine
            // waiting for its own.
            let ends: f32 = (candidates.iter())
                .map(|&(b, _)| vectors.get(b as usize))
                .map(|v| v.first().map_or(0.0, |e| e.1) + v.last().map_or(0.0, |e| e.1))
                .sum();
            std::hint::black_box(ends);
            let from = lists.values.len();
            // Two cosines at a time, each summed in its own order and from -0.0 as `cosine`'s
            // `sum` is (the same bits): the two sums wait on neither each other's additions nor
            // each other's reads.
            let both = |b: u32, c: u32| {
                let (u, v) = (vectors.get(b as usize), vectors.get(c as usize));
                let common = u.len().min(v.len());
                let (mut s, mut t) = (-0.0f32, -0.0f32);
                for (&(i, x), &(j, y)) in u.iter().zip(v) {
                    s += dense[i as usize] * x;
                    t += dense[j as usize] * y;
                }
                for &(i, x) in &u[common..] {
                    s += dense[i as usize] * x;
                }
                for &(j, y) in &v[common..] {
                    t += dense[j as usize] * y;
                }
                [(b, s), (c, t)]
            };
            let keep = |&(b, s): &(u32, f32)| f64::from(s) >= min_score && !excluded(a, b as usize);
            for two in candidates.chunks(2) {
                match *two {
                    [(b, _), (c, _)] => lists.extend(both(b, c).into_iter().filter(keep)),
                    [(b, _)] => lists.extend(Some((b, cosine(b as usize))).filter(keep)),
                    _ => {}
                }
            }
            for &(t, _) in vectors.get(a) {
                dense[t as usize] = 0.0;
            }
            lists.values[from..].sort_by(order);
            lists.values.truncate(from + kept);
            lists.close();
        },
    );
    Neighbours {
        neighbours,
        vectors,
        kept,
    }
}

impl Neighbours {
    /// Links between passages with similar vocabulary (`copies` of the `passages`' texts, and
    /// `table` their terms), with the shared terms that weigh most.
    pub(super) fn link(self, passages: &[Passage], copies: &Copies, table: &TermTable) -> Similar {
        let Self {
            neighbours,
            vectors,
            kept,
        } = self;
        let texts = copies.texts();
        let all_texts: Vec<usize> = (0..texts).collect();
        // Each passage keeps its most similar passages: its copies, then the copies of its text's
        // neighbours, by score then position. Copies of a text choose among the same passages but
        // themselves, so each text ranks its best `kept + 1` once.
        let order = |u: &(f32, u32), v: &(f32, u32)| v.0.total_cmp(&u.0).then(u.1.cmp(&v.1));
        let best = Flat::build(&all_texts, |&a, lists| {
            let from = lists.values.len();
            for &(b, s) in neighbours.get(a) {
                lists.extend(copies.passages(b as usize).iter().map(|&y| (s, y)));
            }
            let found = &mut lists.values[from..];
            if found.len() > kept + 1 {
                found.select_nth_unstable_by(kept, order);
                lists.values.truncate(from + kept + 1);
            }
            lists.values[from..].sort_by(order);
            lists.close();
        });
        // Each passage's chosen passages; a pair of passages is linked when either chose the other,
        // with the lower of the two scores when both did. Each pair is made once, by the lower
        // passage unless only the higher chose it.
        let chosen = |x: usize| {
            (best.get(copies.text_of(x)).iter())
                .filter(move |&&(_, y)| y as usize != x)
                .take(kept)
        };
        let pairs: Vec<(u32, u32, f32)> = (0..passages.len())
            .into_par_iter()
            .flat_map_iter(|x| {
                chosen(x).filter_map(move |&(s, y)| {
                    let back = chosen(y as usize).find(|&&(_, z)| z as usize == x);
                    if x < y as usize {
                        // (One cosine summed in two orders may differ in its last bits.)
                        let s =
                            back.map_or(s, |&(t, _)| if t.total_cmp(&s).is_lt() { t } else { s });
                        Some((x as u32, y, s))
                    } else {
                        back.is_none().then_some((y, x as u32, s))
                    }
                })
            })
            .collect();
        drop((neighbours, best));
        // The evidence of each pair of texts, found once and shared by all their copies: the
        // pairs of passages placed by their first text, each list put in order by the second
        // text, and each pair then given its texts' place.
        let text = |p: u32| copies.text_of(p as usize) as u32;
        let mut by_texts = super::bucket(
            || {
                (pairs.iter().enumerate()).map(|(k, &(a, b, _))| {
                    let (ta, tb) = (text(a), text(b));
                    (ta.min(tb) as usize, (ta.max(tb), k as u32))
                })
            },
            texts,
        );
        by_texts
            .lists_mut()
            .into_par_iter()
            .for_each(|list| list.sort_unstable());
        let mut text_pairs: Vec<(usize, usize)> = Vec::new();
        let mut evidence_of = vec![0u32; pairs.len()];
        for ta in 0..texts {
            for run in by_texts.get(ta).chunk_by(|x, y| x.0 == y.0) {
                for &(_, k) in run {
                    evidence_of[k as usize] = text_pairs.len() as u32;
                }
                text_pairs.push((ta, run[0].0 as usize));
            }
        }
        drop(by_texts);
        // The pairs come by their first text, whose vector is spread out by term once for all its
        // pairs (each thread keeps the text it spread last); weights are never negative, so -1
        // marks the terms it does not hold.
        let scratch = || (Vec::new(), vec![-1f32; table.terms.len()], None);
        let mut terms = Flat::build_with(&text_pairs, scratch, |space, &(ta, tb), terms| {
            let (shared, dense, spread) = space;
            if *spread != Some(ta) {
                for &(t, _) in spread.map_or(&[][..], |t| vectors.get(t)) {
                    dense[t as usize] = -1.0;
                }
                for &(t, x) in vectors.get(ta) {
                    dense[t as usize] = x;
                }
                *spread = Some(ta);
            }
            shared.clear();
            shared.extend(
                (vectors.get(tb).iter())
                    .filter(|&&(t, _)| dense[t as usize] >= 0.0)
                    .map(|&(t, y)| (dense[t as usize] * y, t)),
            );
            shared.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
            terms.extend(shared.iter().take(5).map(|&(_, t)| t));
            terms.close();
        });
        // The terms named, each once, in order, and the lists pointing at them.
        drop(vectors);
        let mut place = vec![u32::MAX; table.terms.len()];
        for &t in &terms.values {
            place[t as usize] = 0;
        }
        let mut words = Vec::new();
        for (t, slot) in place.iter_mut().enumerate() {
            if *slot == 0 {
                *slot = words.len() as u32;
                words.push(table.terms.get(t as u32).to_string());
            }
        }
        terms
            .values
            .par_iter_mut()
            .for_each(|t| *t = place[*t as usize]);
        let keys = (pairs.into_par_iter().zip(evidence_of))
            .map(|((a, b, s), k)| {
                super::Keyed::key(f64::from(s), a as usize, b as usize, k as usize)
            })
            .collect();
        Similar {
            links: super::Keyed::new(super::LinkKind::Similar, keys),
            terms,
            words,
        }
    }
}
