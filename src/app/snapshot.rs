//! What the panels read: an immutable analysis and what is derived from it once, off the UI
//! thread (figure groups and pairs, per-document figure ranges; later names and links).

use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;

use crate::engine::analysis::{Analysis, Related};
use crate::engine::corpus::DocId;
use crate::engine::figures::groups::{FigureGroup, FigurePair, groups, pairs};
use crate::engine::job::Job;
use crate::engine::links::{Flat, LinkKind, LinkSettings, Links, bucket};
use crate::engine::names::{Name, NameEdit, NameForms};
use crate::engine::terms::TermTable;

/// A loaded corpus: the analysis and the figure relations, shared read-only with the panels.
#[derive(Debug)]
pub struct Snapshot {
    /// The analysis (documents, problems, index, default term table, figures).
    pub analysis: Arc<Analysis>,
    /// The term table under the user's settings, when they differ from the analysis's.
    pub recounted: Option<Arc<TermTable>>,
    /// The figures of each document: `figures[doc_figures[d]]`.
    pub doc_figures: Vec<Range<usize>>,
    /// Figures stating the same thing (shared with the job that links passages).
    pub groups: Arc<Vec<FigureGroup>>,
    /// Conflicting and related figure pairs (shared with the job that links passages).
    pub pairs: Arc<Vec<FigurePair>>,
    /// The group of each figure, if it is in one with other figures.
    pub figure_group: Vec<Option<u32>>,
    /// The groups with more than one figure, in order.
    pub shared_groups: Vec<usize>,
    /// How many of the pairs are conflicts (the rest are related).
    pub conflicts: usize,
}

impl Snapshot {
    /// Derives the figure relations of `analysis`.
    pub fn new(analysis: Analysis) -> Self {
        let figures = &analysis.figures;
        let mut doc_figures = vec![0..0; analysis.documents.len()];
        let mut start = 0;
        while start < figures.len() {
            let doc = figures[start].doc;
            let end = start + figures[start..].partition_point(|f| f.doc == doc);
            if let Some(slot) = doc_figures.get_mut(doc as usize) {
                *slot = start..end;
            }
            start = end;
        }
        let groups = groups(figures);
        let pairs = pairs(figures);
        let mut figure_group = vec![None; figures.len()];
        for (g, group) in groups.iter().enumerate() {
            if group.figures.len() > 1 {
                for &f in &group.figures {
                    figure_group[f] = Some(g as u32);
                }
            }
        }
        let shared_groups = (0..groups.len())
            .filter(|&g| groups[g].figures.len() > 1)
            .collect();
        let conflicts = pairs
            .iter()
            .filter(|p| p.relation == crate::engine::figures::groups::Relation::Conflict)
            .count();
        Self {
            analysis: Arc::new(analysis),
            recounted: None,
            doc_figures,
            groups: Arc::new(groups),
            pairs: Arc::new(pairs),
            figure_group,
            shared_groups,
            conflicts,
        }
    }

    /// The term table the panels show.
    pub fn terms(&self) -> &TermTable {
        self.recounted.as_deref().unwrap_or(&self.analysis.terms)
    }

    /// The corpus's name: its folder's name.
    pub fn name(&self) -> String {
        self.analysis
            .root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.analysis.root.display().to_string())
    }

    /// The document at `path` (documents are sorted by path).
    pub fn document_at(&self, path: &str) -> Option<DocId> {
        let documents = &self.analysis.documents;
        documents
            .binary_search_by(|d| d.path.as_str().cmp(path))
            .ok()
            .map(|i| i as DocId)
    }

    /// The figure with the stable id `path@offset`.
    pub fn figure_by_id(&self, id: &str) -> Option<usize> {
        let (path, offset) = id.rsplit_once('@')?;
        let offset: u32 = offset.parse().ok()?;
        let doc = self.document_at(path)?;
        let range = self.doc_figures.get(doc as usize)?.clone();
        range
            .clone()
            .find(|&f| self.analysis.figures[f].start == offset)
    }

    /// What linking needs from the snapshot, cheap to send to a job: the analysis and the
    /// figure groups and pairs already made.
    pub fn linkable(&self) -> Linkable {
        Linkable {
            analysis: self.analysis.clone(),
            groups: self.groups.clone(),
            pairs: self.pairs.clone(),
        }
    }

    /// Words in document `doc`.
    pub fn words(&self, doc: DocId) -> usize {
        self.analysis
            .index
            .docs
            .get(doc as usize)
            .map_or(0, |d| d.len())
    }
}

/// A snapshot's analysis with its figure groups and pairs, shared with a background job.
#[derive(Clone, Debug)]
pub struct Linkable {
    analysis: Arc<Analysis>,
    groups: Arc<Vec<FigureGroup>>,
    pairs: Arc<Vec<FigurePair>>,
}

impl Linkable {
    /// Extracts names (with the user's `edits`) and links passages under `settings`; `None` if
    /// `job` is cancelled on the way.
    pub fn relate(
        &self,
        edits: &[NameEdit],
        settings: &LinkSettings,
        job: &Job,
    ) -> Option<Relations> {
        let stop = || job.is_cancelled();
        let (groups, pairs) = (&self.groups, &self.pairs);
        let related = (self.analysis).relate_until(groups, pairs, edits, settings, &stop)?;
        Some(Relations::new(related, settings.clone()))
    }

    /// The names and links of `before` made again with the user's `edits` and link `settings`,
    /// without reading the corpus for names again: the names are made from `before`'s forms,
    /// and when the settings are those `before` was linked under, only the links by names are
    /// made again. `None` if `job` is cancelled on the way.
    pub fn relate_again(
        &self,
        before: &Relations,
        edits: &[NameEdit],
        settings: &LinkSettings,
        job: &Job,
    ) -> Option<Relations> {
        let figures = &self.analysis.figures;
        let names = before.forms.names(figures, edits);
        let links = if *settings == before.settings {
            before.links.renamed(&names, figures, settings)
        } else {
            let stop = || job.is_cancelled();
            let (groups, pairs) = (&self.groups, &self.pairs);
            (self.analysis).links_until(groups, pairs, &names, settings, &stop)?
        };
        let forms = Arc::clone(&before.forms);
        let related = Related {
            forms,
            names,
            links,
        };
        Some(Relations::new(related, settings.clone()))
    }
}

/// Names and passage links, computed after the analysis (they take longer).
#[derive(Debug, Default)]
pub struct Relations {
    /// Names, most mentioned first.
    pub names: Vec<Name>,
    /// Passages and links.
    pub links: Links,
    /// For each name, how many passages mention it.
    pub name_passages: Vec<usize>,
    /// Each passage's links (indices into `links.links`), strongest first.
    passage_links: Flat<u32>,
    /// The conflicting-figure links: a run of `links.links`, which is sorted by kind.
    conflicts: Range<usize>,
    /// The names before the user's corrections, which the names are made from again after one.
    forms: Arc<NameForms>,
    /// The settings the passages were linked under.
    settings: LinkSettings,
}

impl Relations {
    /// Names and links as the panels read them, from the names and links found under
    /// `settings`.
    fn new(related: Related, settings: LinkSettings) -> Self {
        let Related {
            forms,
            names,
            links,
        } = related;
        let mut passage_links = bucket(
            || {
                (links.links.iter().enumerate())
                    .flat_map(|(i, l)| [(l.a, i as u32), (l.b, i as u32)])
            },
            links.passages.len(),
        );
        passage_links.lists_mut().into_par_iter().for_each(|list| {
            list.sort_unstable_by(|&x, &y| {
                let (x, y) = (&links.links[x as usize], &links.links[y as usize]);
                conflict_first(x.kind)
                    .cmp(&conflict_first(y.kind))
                    .then(y.score.total_cmp(&x.score))
                    .then(x.kind.cmp(&y.kind))
                    .then((x.a, x.b).cmp(&(y.a, y.b)))
            });
        });
        let conflicts = links
            .links
            .partition_point(|l| l.kind < LinkKind::ConflictingFigure)
            ..links
                .links
                .partition_point(|l| l.kind <= LinkKind::ConflictingFigure);
        let name_passages = names.par_iter().map(|n| links.naming(n).len()).collect();
        Self {
            names,
            links,
            name_passages,
            passage_links,
            conflicts,
            forms,
            settings,
        }
    }

    /// The links of passage `p` (indices into `links.links`), conflicting figures first, then
    /// strongest first.
    pub fn links_of(&self, p: usize) -> &[u32] {
        if p < self.passage_links.len() {
            self.passage_links.get(p)
        } else {
            &[]
        }
    }

    /// The link shown in row `row` of the overview of every link: conflicting figures first,
    /// then the others in order.
    pub fn overview_link(&self, row: usize) -> usize {
        let conflicts = self.conflicts.len();
        if row < conflicts {
            self.conflicts.start + row
        } else if row - conflicts < self.conflicts.start {
            row - conflicts
        } else {
            row
        }
    }

    /// The passage with the stable id `path#index`.
    pub fn passage_by_id(&self, snapshot: &Snapshot, id: &str) -> Option<usize> {
        let (path, index) = id.rsplit_once('#')?;
        let index: u32 = index.parse().ok()?;
        let doc = snapshot.document_at(path)?;
        self.passages_of(doc)
            .find(|&p| self.links.passages[p].index == index)
    }

    /// The passages of document `doc` (a range of passage indices).
    pub fn passages_of(&self, doc: DocId) -> Range<usize> {
        let passages = &self.links.passages;
        let start = passages.partition_point(|p| p.doc < doc);
        let end = passages.partition_point(|p| p.doc <= doc);
        start..end
    }
}

/// Conflicting figures are what a fact-checker wants first.
fn conflict_first(kind: LinkKind) -> u8 {
    u8::from(kind != LinkKind::ConflictingFigure)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::engine::terms::TermSettings;

    fn sample_relations() -> Relations {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/desertion-reports");
        let analysis = Analysis::run(&folder, &TermSettings::default(), &Job::new()).unwrap();
        Snapshot::new(analysis)
            .linkable()
            .relate(&[], &LinkSettings::default(), &Job::new())
            .unwrap()
    }

    #[test]
    fn the_overview_lists_every_link_once_conflicting_figures_first() {
        let relations = sample_relations();
        let links = &relations.links.links;
        let rows: Vec<usize> = (0..links.len())
            .map(|row| relations.overview_link(row))
            .collect();
        let conflicts = links
            .iter()
            .filter(|l| l.kind == LinkKind::ConflictingFigure)
            .count();
        assert!(conflicts > 0 && conflicts < links.len());
        assert!(
            rows[..conflicts]
                .iter()
                .all(|&i| links[i].kind == LinkKind::ConflictingFigure)
        );
        // The others keep their order.
        assert!(rows[conflicts..].windows(2).all(|w| w[0] < w[1]));
        let mut seen = rows.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..links.len()).collect::<Vec<_>>());
    }

    #[test]
    fn each_passage_lists_its_own_links_conflicts_first_then_strongest() {
        let relations = sample_relations();
        let links = &relations.links.links;
        for p in 0..relations.links.passages.len() {
            let listed = relations.links_of(p);
            let expected: Vec<u32> = (0..links.len() as u32)
                .filter(|&i| links[i as usize].a == p || links[i as usize].b == p)
                .collect();
            let mut sorted = listed.to_vec();
            sorted.sort_unstable();
            assert_eq!(sorted, expected, "passage {p}");
            for pair in listed.windows(2) {
                let (x, y) = (&links[pair[0] as usize], &links[pair[1] as usize]);
                let key = |l: &crate::engine::links::Link| {
                    (conflict_first(l.kind), std::cmp::Reverse(l.score.to_bits()))
                };
                assert!(key(x) <= key(y), "passage {p}: {x:?} before {y:?}");
            }
        }
        assert!(
            relations
                .links_of(relations.links.passages.len())
                .is_empty()
        );
    }
}
