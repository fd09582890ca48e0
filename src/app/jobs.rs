//! Background work: loading and analysing a corpus, recounting terms, searching concordances.
//! Each job runs on its own thread (which uses rayon inside), reports progress through a
//! [`Job`], sends its result over one channel and asks egui to repaint. Results carry the
//! corpus generation they were made for, so a result that arrives after the corpus changed
//! (or the job was cancelled) is dropped.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, LazyLock};
use std::time::Instant;

use crate::engine::analysis::Analysis;
use crate::engine::job::Job;
use crate::engine::kwic::Concordance;
use crate::engine::links::LinkSettings;
use crate::engine::names::NameEdit;
use crate::engine::terms::{TermSettings, TermTable};

use super::snapshot::{Relations, Snapshot};

/// What a background job sends back.
pub enum Outcome {
    /// The files are read: the document list, before terms and figures.
    Loaded(Vec<LoadedDocument>),
    /// The corpus files' fingerprints, taken before reading them.
    Fingerprinted(Vec<crate::workspace::fingerprint::FileFingerprint>),
    /// Loading and analysis finished (or failed, with a message for the user).
    Analysed(Result<Box<Snapshot>, String>),
    /// Names and passage links are ready.
    Related(Box<Relations>),
    /// The term table for new settings.
    Recounted(Box<TermTable>),
    /// A concordance for `query`.
    Searched {
        /// The query searched for (the panel may have moved on).
        query: String,
        /// The hits, or why the query is invalid.
        result: Result<Concordance, String>,
    },
    /// The most frequent n-grams of size `n`.
    Counted {
        /// The n-gram size.
        n: usize,
        /// The rows, most frequent first.
        rows: Vec<crate::engine::ngrams::NgramRow>,
    },
    /// The report was written (or not), in words for the status bar.
    Exported(String),
    /// A Term chart's data, for the key it was made for.
    Charted(super::caches::ChartKey, Box<super::caches::TermChartData>),
    /// A folder or file the user picked (none if the dialog was cancelled or unavailable).
    Picked(Option<PathBuf>),
}

/// One document as listed while the analysis goes on.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedDocument {
    /// Its title.
    pub title: String,
    /// Path in the corpus.
    pub path: String,
    /// Words.
    pub words: usize,
    /// The encoding it was read in.
    pub encoding: &'static str,
}

/// A message from a job, tagged with the corpus generation it belongs to.
pub struct Message {
    /// The generation the job was started in.
    pub generation: u64,
    /// The result.
    pub outcome: Outcome,
}

/// The analysis that is running: its progress and where it reads from.
#[derive(Clone, Debug)]
pub struct Running {
    /// Progress counters and the cancel flag.
    pub job: Job,
    /// The folder being analysed.
    pub path: PathBuf,
    /// When it started.
    pub started: Instant,
    /// Whether only names and links are still being computed.
    pub relating: bool,
}

impl Running {
    /// A new job on `path`; `relating` when only names and links are to be found.
    fn new(path: PathBuf, relating: bool) -> Self {
        Self {
            job: Job::new(),
            path,
            started: Instant::now(),
            relating,
        }
    }
}

/// The threads jobs do their parallel work on, apart from rayon's global threads: the UI thread
/// sorts and filters its tables with rayon too, and would otherwise wait for a job's work to
/// finish first (two seconds for the terms table while names are found in the benchmark corpus).
/// Without them (no thread could be started), jobs share the global threads.
static JOB_THREADS: LazyLock<Option<rayon::ThreadPool>> = LazyLock::new(|| {
    rayon::ThreadPoolBuilder::new()
        .thread_name(|k| format!("quarry-job-{k}"))
        .build()
        .ok()
});

/// Owns the channel the jobs answer on; starts jobs.
pub struct Jobs {
    sender: Sender<Message>,
    receiver: Receiver<Message>,
    repaint: Option<egui::Context>,
}

impl Default for Jobs {
    fn default() -> Self {
        let (sender, receiver) = channel();
        Self {
            sender,
            receiver,
            repaint: None,
        }
    }
}

impl Jobs {
    /// Lets jobs wake the UI when they finish.
    pub fn set_context(&mut self, ctx: &egui::Context) {
        if self.repaint.is_none() {
            self.repaint = Some(ctx.clone());
        }
    }

    /// Results that arrived since the last call.
    pub fn drain(&self) -> Vec<Message> {
        self.receiver.try_iter().collect()
    }

    fn spawn(&self, generation: u64, work: impl FnOnce(&dyn Fn(Outcome)) + Send + 'static) {
        let sender = self.sender.clone();
        let repaint = self.repaint.clone();
        std::thread::spawn(move || {
            let send = |outcome: Outcome| {
                // The app may have closed; nothing is waiting then.
                let _ = sender.send(Message {
                    generation,
                    outcome,
                });
                if let Some(ctx) = &repaint {
                    ctx.request_repaint();
                }
            };
            match &*JOB_THREADS {
                Some(threads) => threads.install(|| work(&send)),
                None => work(&send),
            }
        });
    }

    /// Loads and analyses `path`, then finds names and links.
    pub fn analyse(
        &self,
        generation: u64,
        path: PathBuf,
        settings: TermSettings,
        edits: Vec<NameEdit>,
        link_settings: LinkSettings,
    ) -> Running {
        let running = Running::new(path.clone(), false);
        let job = running.job.clone();
        self.spawn(generation, move |send| {
            if let Ok(files) = crate::workspace::fingerprint::fingerprint(&path) {
                send(Outcome::Fingerprinted(files));
            }
            let loaded = |documents: &[crate::engine::corpus::Document],
                          index: &crate::engine::index::Index| {
                let rows = documents
                    .iter()
                    .map(|d| LoadedDocument {
                        title: d.title.clone(),
                        path: d.path.clone(),
                        words: index.doc(d.id).len(),
                        encoding: d.encoding,
                    })
                    .collect();
                send(Outcome::Loaded(rows));
            };
            let stages = crate::engine::analysis::Stages::default();
            let analysis = match Analysis::run_observed(&path, &settings, &job, stages, loaded) {
                Ok(analysis) => analysis,
                Err(error) => {
                    send(Outcome::Analysed(Err(error.to_string())));
                    return;
                }
            };
            let snapshot = Snapshot::new(analysis);
            let linkable = snapshot.linkable();
            send(Outcome::Analysed(Ok(Box::new(snapshot))));
            if job.is_cancelled() {
                return;
            }
            if let Some(relations) = linkable.relate(&edits, &link_settings, &job) {
                send(Outcome::Related(Box::new(relations)));
            }
        });
        running
    }

    /// Finds names (with the user's `edits`) and links passages again: from the names and links
    /// found `before`, when there are some ([`super::snapshot::Linkable::relate_again`]).
    pub fn relate(
        &self,
        generation: u64,
        snapshot: &Snapshot,
        before: Option<Arc<Relations>>,
        edits: Vec<NameEdit>,
        link_settings: LinkSettings,
    ) -> Running {
        let running = Running::new(snapshot.analysis.root.clone(), true);
        let job = running.job.clone();
        let linkable = snapshot.linkable();
        self.spawn(generation, move |send| {
            let related = match &before {
                Some(before) => linkable.relate_again(before, &edits, &link_settings, &job),
                None => linkable.relate(&edits, &link_settings, &job),
            };
            if let Some(relations) = related {
                send(Outcome::Related(Box::new(relations)));
            }
        });
        running
    }

    /// Counts the terms of `snapshot` under `settings`.
    pub fn recount(&self, generation: u64, snapshot: &Snapshot, settings: TermSettings) {
        let analysis = snapshot.analysis.clone();
        self.spawn(generation, move |send| {
            send(Outcome::Recounted(Box::new(analysis.recount(&settings))));
        });
    }

    /// Searches the concordance for `query`.
    pub fn search(
        &self,
        generation: u64,
        snapshot: &Snapshot,
        query: String,
        mode: crate::engine::kwic::QueryMode,
        context: usize,
        sort: crate::engine::kwic::KwicSort,
    ) {
        let analysis = snapshot.analysis.clone();
        let recounted = snapshot.recounted.clone();
        self.spawn(generation, move |send| {
            let terms = recounted.as_deref().unwrap_or(&analysis.terms);
            let result = Concordance::search(&analysis.index, terms, &query, mode, context)
                .map(|mut concordance| {
                    concordance.sort(sort, &analysis.index, terms);
                    concordance
                })
                .map_err(|e| e.to_string());
            send(Outcome::Searched { query, result });
        });
    }

    /// Counts the `limit` most frequent `n`-grams.
    pub fn ngrams(&self, generation: u64, snapshot: &Snapshot, n: usize, limit: usize) {
        let analysis = snapshot.analysis.clone();
        let recounted = snapshot.recounted.clone();
        self.spawn(generation, move |send| {
            let terms = recounted.as_deref().unwrap_or(&analysis.terms);
            let rows = crate::engine::ngrams::ngrams(
                &analysis.documents,
                &analysis.index,
                terms,
                n,
                limit,
            );
            send(Outcome::Counted { n, rows });
        });
    }

    /// Writes report.json, documents.json and terms.csv into `folder`.
    pub fn export(&self, generation: u64, snapshot: &Snapshot, folder: PathBuf) {
        let analysis = snapshot.analysis.clone();
        self.spawn(generation, move |send| {
            let result = crate::report::write_outputs(
                &analysis,
                &folder,
                crate::report::ReportLimits::default(),
            );
            send(Outcome::Exported(match result {
                Ok(()) => format!(
                    "Wrote report.json, documents.json and terms.csv to {}.",
                    folder.display()
                ),
                Err(error) => format!("Could not export: {error:#}"),
            }));
        });
    }

    /// Makes the Term chart of `view`.
    pub fn chart_terms(
        &self,
        generation: u64,
        snapshot: &Snapshot,
        key: super::caches::ChartKey,
        view: crate::workspace::view::View,
    ) {
        let analysis = snapshot.analysis.clone();
        let recounted = snapshot.recounted.clone();
        self.spawn(generation, move |send| {
            let terms = recounted.as_deref().unwrap_or(&analysis.terms);
            let data = super::charts_ui::term_chart(&analysis, terms, &view);
            send(Outcome::Charted(key, Box::new(data)));
        });
    }

    /// Runs `pick` (a file dialog, or a test's stand-in) off the UI thread.
    pub fn pick(
        &self,
        generation: u64,
        pick: std::sync::Arc<dyn Fn() -> Option<PathBuf> + Send + Sync>,
    ) {
        self.spawn(generation, move |send| send(Outcome::Picked(pick())));
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_jobs_parallel_work_does_not_hold_up_parallel_work_on_the_ui_thread() {
        let jobs = Jobs::default();
        let busy = Arc::new(AtomicUsize::new(0));
        let released = Arc::new(AtomicBool::new(false));
        let threads = (JOB_THREADS.as_ref())
            .map_or_else(rayon::current_num_threads, |t| t.current_num_threads());
        // A job whose parallel work holds every thread it runs on until released (or for ten
        // seconds at most).
        let (held, let_go) = (Arc::clone(&busy), Arc::clone(&released));
        jobs.spawn(0, move |_| {
            rayon::broadcast(|_| {
                held.fetch_add(1, Ordering::SeqCst);
                let started = Instant::now();
                while !let_go.load(Ordering::SeqCst) && started.elapsed().as_secs() < 10 {
                    std::thread::sleep(Duration::from_millis(5));
                }
            });
        });
        while busy.load(Ordering::SeqCst) < threads {
            std::thread::sleep(Duration::from_millis(5));
        }
        // Sorting a table on the UI thread meanwhile.
        let started = Instant::now();
        let mut rows: Vec<u32> = (0..100_000u32)
            .map(|k| k.wrapping_mul(2_654_435_761))
            .collect();
        rayon::slice::ParallelSliceMut::par_sort_unstable(&mut rows[..]);
        let waited = started.elapsed();
        released.store(true, Ordering::SeqCst);
        assert!(rows.is_sorted());
        assert!(waited < Duration::from_secs(5), "{waited:?}");
    }
}
