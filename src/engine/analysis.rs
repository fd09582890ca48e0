//! One analysis of a corpus folder: documents, problems, index and term counts, with timings.
//!
//! ```no_run
//! use quarry::engine::analysis::Analysis;
//! use quarry::engine::job::Job;
//! use quarry::engine::terms::TermSettings;
//! let analysis = Analysis::run("corpora/desertion-reports".as_ref(), &TermSettings::default(), &Job::new())?;
//! for &id in analysis.terms.top(10) {
//!     println!("{:?}", analysis.terms.row(id));
//! }
//! # Ok::<(), quarry::engine::corpus::CorpusError>(())
//! ```

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;

use super::corpus::{CorpusError, Document, Problem, discover, first_copies};
use super::figures::groups::{FigureGroup, FigurePair};
use super::figures::{Figure, extract};
use super::index::{Index, build};
use super::job::{Job, Stage};
use super::links::{FigureFacts, LinkSettings, Links, Prepared, link, link_until, timed};
use super::names::{Name, NameEdit, NameForms, extract_names};
use super::terms::{TermSettings, TermTable};

/// A corpus's names and links, with the name forms the names were made from, so that after a
/// correction the names are made again from the forms ([`NameForms::names`]) and only the links
/// by names are made again ([`Links::renamed`]).
#[derive(Debug, Default)]
pub struct Related {
    /// The names before the user's corrections.
    pub forms: Arc<NameForms>,
    /// The names, with the corrections, most mentioned first.
    pub names: Vec<Name>,
    /// Passages and the links between them.
    pub links: Links,
}

/// Wall-clock time spent in each stage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Timings {
    /// Walking the folder.
    pub discover: Duration,
    /// Reading, decoding, segmenting, tokenising and merging vocabularies.
    pub read_and_index: Duration,
    /// Building the term table.
    pub count: Duration,
    /// Finding figures.
    pub figures: Duration,
}

/// A loaded and analysed corpus. Immutable once built; [`Analysis::recount`] makes a new term
/// table for other settings without reading the files again.
#[derive(Debug)]
pub struct Analysis {
    /// The corpus folder.
    pub root: PathBuf,
    /// Loaded documents, sorted by path; `documents[i].id == i`.
    pub documents: Vec<Document>,
    /// Files skipped or loaded with a warning, sorted by path.
    pub problems: Vec<Problem>,
    /// The token index.
    pub index: Index,
    /// Term counts under the current settings.
    pub terms: TermTable,
    /// Every figure, by document and position.
    pub figures: Vec<Figure>,
    /// How long each stage took.
    pub timings: Timings,
}

/// Which optional stages an analysis runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stages {
    /// Extract figures (needed by the app, `report.json` and `quarry figures`).
    pub figures: bool,
}

impl Default for Stages {
    fn default() -> Self {
        Self { figures: true }
    }
}

impl Analysis {
    /// Loads the folder `root`, counts its terms under `settings` and extracts its figures.
    pub fn run(root: &Path, settings: &TermSettings, job: &Job) -> Result<Self, CorpusError> {
        Self::run_stages(root, settings, job, Stages::default())
    }

    /// Like [`Analysis::run`], running only the optional `stages` asked for.
    pub fn run_stages(
        root: &Path,
        settings: &TermSettings,
        job: &Job,
        stages: Stages,
    ) -> Result<Self, CorpusError> {
        Self::run_observed(root, settings, job, stages, |_, _| {})
    }

    /// Like [`Analysis::run_stages`], calling `loaded` with the documents and index as soon as
    /// the files are read (before terms are counted and figures found), so a viewer can show
    /// the document list early.
    pub fn run_observed(
        root: &Path,
        settings: &TermSettings,
        job: &Job,
        stages: Stages,
        loaded: impl FnOnce(&[Document], &Index),
    ) -> Result<Self, CorpusError> {
        job.set_stage(Stage::Discovering);
        let started = Instant::now();
        let discovery = discover(root)?;
        job.add_files_total(discovery.files.len() as u64);
        job.add_bytes_total(discovery.files.iter().map(|f| f.bytes).sum());
        let discovered = Instant::now();

        let built = build(&discovery.files, job).map_err(|_| CorpusError::Cancelled)?;
        let mut problems = discovery.problems;
        problems.extend(built.problems);
        problems.sort();
        if built.documents.is_empty() {
            return Err(CorpusError::NoDocuments {
                path: root.into(),
                skipped: problems.iter().filter(|p| p.kind.skipped()).count(),
            });
        }
        let indexed = Instant::now();
        loaded(&built.documents, &built.index);

        job.set_stage(Stage::Counting);
        let terms = TermTable::build(&built.index, settings);
        let counted = Instant::now();
        job.set_stage(Stage::Figures);
        let figures = if stages.figures {
            extract(&built.documents, &built.index)
        } else {
            Vec::new()
        };
        let figured = Instant::now();
        job.set_stage(Stage::Finished);
        Ok(Self {
            root: root.into(),
            documents: built.documents,
            problems,
            index: built.index,
            terms,
            figures,
            timings: Timings {
                discover: discovered - started,
                read_and_index: indexed - discovered,
                count: counted - indexed,
                figures: figured - counted,
            },
        })
    }

    /// A term table for other settings over the same index.
    pub fn recount(&self, settings: &TermSettings) -> TermTable {
        TermTable::build(&self.index, settings)
    }

    /// The names the corpus mentions, with the user's `edits` applied.
    pub fn names(&self, edits: &[NameEdit]) -> Vec<Name> {
        extract_names(&self.documents, &self.index, &self.figures, edits)
    }

    /// Passages and the links between them, given the corpus's `names`.
    pub fn links(&self, names: &[Name], settings: &LinkSettings) -> Links {
        link(
            &self.documents,
            &self.index,
            &self.terms,
            &self.figures,
            names,
            settings,
        )
    }

    /// The corpus's names (with the user's `edits`) and its passages linked, given the
    /// figures' `groups` and `pairs` already made (the app and the report make them for their
    /// own figure views): names are extracted while passages are found and linked by reuse and
    /// by similar vocabulary, then passages are linked by figures and by the names they share.
    /// Gives up (`None`) between stages of linking once `stop` says so. The links' timings
    /// start with how long the names took.
    pub fn names_and_links_until(
        &self,
        groups: &[FigureGroup],
        pairs: &[FigurePair],
        edits: &[NameEdit],
        settings: &LinkSettings,
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<(Vec<Name>, Links)> {
        let related = self.relate_until(groups, pairs, edits, settings, stop)?;
        Some((related.names, related.links))
    }

    /// Like [`Analysis::names_and_links_until`], keeping the name forms ([`Related`]).
    pub fn relate_until(
        &self,
        groups: &[FigureGroup],
        pairs: &[FigurePair],
        edits: &[NameEdit],
        settings: &LinkSettings,
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<Related> {
        // Names are extracted beside the stages of linking that need neither names nor figures
        // (passages, their copies, reuse and similar vocabulary), so the thread that finishes
        // its side first helps the other.
        let first = first_copies(&self.documents);
        let ((forms, naming), prepared) = rayon::join(
            || timed(|| NameForms::extract(&self.documents, &self.index, &first)),
            || {
                Prepared::new(
                    &self.documents,
                    &self.index,
                    &self.terms,
                    &first,
                    settings,
                    stop,
                )
            },
        );
        let prepared = prepared?;
        // The names are made from their forms beside the links that need no names (0.06 s
        // sooner on the benchmark corpus, for about 65 MB more at the peak).
        let facts = self.facts(groups, pairs);
        let mut naming_edited = 0.0;
        let make_names = || {
            let (names, seconds) = timed(|| forms.names(&self.figures, edits));
            naming_edited = seconds;
            names.into()
        };
        let (names, mut links) = prepared.name_and_link_until(facts, make_names, settings, stop)?;
        links.timings.insert(0, ("names", naming + naming_edited));
        Some(Related {
            names: names.into_owned(),
            forms: Arc::new(forms),
            links,
        })
    }

    /// Passages linked by the corpus's `names` (made again from [`Related::forms`] after a
    /// correction) and the rest, like [`Analysis::names_and_links_until`].
    pub fn links_until(
        &self,
        groups: &[FigureGroup],
        pairs: &[FigurePair],
        names: &[Name],
        settings: &LinkSettings,
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Option<Links> {
        let facts = self.facts(groups, pairs);
        let (documents, index) = (&self.documents, &self.index);
        link_until(documents, index, &self.terms, facts, names, settings, stop)
    }

    /// The corpus's figures with their `groups` and `pairs`, as linking reads them.
    fn facts<'a>(&'a self, groups: &'a [FigureGroup], pairs: &'a [FigurePair]) -> FigureFacts<'a> {
        FigureFacts {
            figures: &self.figures,
            groups,
            pairs,
        }
    }

    /// Words in the corpus.
    pub fn word_count(&self) -> u64 {
        self.terms.total_tokens
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_list_is_reported_before_terms_and_figures() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/desertion-reports");
        let job = Job::new();
        let mut seen = None;
        let analysis = Analysis::run_observed(
            &folder,
            &TermSettings::default(),
            &job,
            Stages::default(),
            |documents, index| {
                // Terms are not counted yet: the job is still in its indexing stage.
                seen = Some((documents.len(), index.token_count(), job.snapshot().stage));
            },
        )
        .unwrap();
        let (documents, tokens, stage) = seen.unwrap();
        assert_eq!(documents, analysis.documents.len());
        assert_eq!(tokens, analysis.word_count());
        assert!(stage < Stage::Counting, "{stage:?}");
    }
}
