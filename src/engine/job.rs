//! Progress reporting and cancellation shared between a running analysis and whoever watches it.
//!
//! A [`Job`] is cheap to clone (it is an `Arc`); the worker threads bump its counters and check
//! [`Job::is_cancelled`], while a CLI progress bar or the desktop app reads a [`ProgressSnapshot`].
//!
//! ```
//! use quarry::engine::job::{Job, Stage};
//! let job = Job::new();
//! job.set_stage(Stage::Reading);
//! job.add_files_total(2);
//! job.file_done(1_000);
//! let seen = job.snapshot();
//! assert_eq!((seen.files_done, seen.files_total, seen.bytes_done), (1, 2, 1_000));
//! ```

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The stage an analysis is in, in the order the stages run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// Walking the folder to find the files.
    Discovering,
    /// Reading, decoding, segmenting and tokenising files.
    Reading,
    /// Merging per-thread vocabularies into the corpus index.
    Indexing,
    /// Computing corpus statistics.
    Counting,
    /// Finding the figures the texts cite.
    Figures,
    /// Everything is done.
    Finished,
}

impl Stage {
    const ALL: [Stage; 6] = [
        Stage::Discovering,
        Stage::Reading,
        Stage::Indexing,
        Stage::Counting,
        Stage::Figures,
        Stage::Finished,
    ];

    /// A short human-readable label, e.g. for a progress bar.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Discovering => "finding files",
            Stage::Reading => "reading and tokenising",
            Stage::Indexing => "building the index",
            Stage::Counting => "counting terms",
            Stage::Figures => "finding figures",
            Stage::Finished => "finished",
        }
    }
}

/// A point-in-time copy of a job's progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProgressSnapshot {
    /// The stage the job is in.
    pub stage: Stage,
    /// Files read so far (loaded or skipped).
    pub files_done: u64,
    /// Files found so far.
    pub files_total: u64,
    /// Bytes read so far.
    pub bytes_done: u64,
    /// Bytes in the files found so far.
    pub bytes_total: u64,
    /// Time since the job was created.
    pub elapsed: Duration,
}

#[derive(Debug)]
struct Shared {
    started: Instant,
    cancelled: AtomicBool,
    stage: AtomicU8,
    files_done: AtomicU64,
    files_total: AtomicU64,
    bytes_done: AtomicU64,
    bytes_total: AtomicU64,
}

/// Progress counters and a cancel flag for one analysis run.
#[derive(Clone, Debug)]
pub struct Job {
    shared: Arc<Shared>,
}

impl Default for Job {
    fn default() -> Self {
        Self::new()
    }
}

impl Job {
    /// A new job, not cancelled, in the [`Stage::Discovering`] stage.
    pub fn new() -> Self {
        Self {
            shared: Arc::new(Shared {
                started: Instant::now(),
                cancelled: AtomicBool::new(false),
                stage: AtomicU8::new(0),
                files_done: AtomicU64::new(0),
                files_total: AtomicU64::new(0),
                bytes_done: AtomicU64::new(0),
                bytes_total: AtomicU64::new(0),
            }),
        }
    }

    /// Asks the job to stop; workers notice at their next check.
    pub fn cancel(&self) {
        self.shared.cancelled.store(true, Ordering::Relaxed);
    }

    /// Whether [`Job::cancel`] has been called.
    pub fn is_cancelled(&self) -> bool {
        self.shared.cancelled.load(Ordering::Relaxed)
    }

    /// Moves the job to `stage`.
    pub fn set_stage(&self, stage: Stage) {
        let index = Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0);
        self.shared.stage.store(index as u8, Ordering::Relaxed);
    }

    /// Records that `files` more files were found.
    pub fn add_files_total(&self, files: u64) {
        self.shared.files_total.fetch_add(files, Ordering::Relaxed);
    }

    /// Records that more bytes were found.
    pub fn add_bytes_total(&self, bytes: u64) {
        self.shared.bytes_total.fetch_add(bytes, Ordering::Relaxed);
    }

    /// Records that one file of `bytes` bytes was read (or skipped).
    pub fn file_done(&self, bytes: u64) {
        self.shared.files_done.fetch_add(1, Ordering::Relaxed);
        self.shared.bytes_done.fetch_add(bytes, Ordering::Relaxed);
    }

    /// The current progress.
    pub fn snapshot(&self) -> ProgressSnapshot {
        let s = &self.shared;
        let stage_index = usize::from(s.stage.load(Ordering::Relaxed));
        ProgressSnapshot {
            stage: Stage::ALL
                .get(stage_index)
                .copied()
                .unwrap_or(Stage::Discovering),
            files_done: s.files_done.load(Ordering::Relaxed),
            files_total: s.files_total.load(Ordering::Relaxed),
            bytes_done: s.bytes_done.load(Ordering::Relaxed),
            bytes_total: s.bytes_total.load(Ordering::Relaxed),
            elapsed: s.started.elapsed(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_cancellation_and_stage() {
        let job = Job::new();
        let watcher = job.clone();
        job.set_stage(Stage::Counting);
        assert!(!watcher.is_cancelled());
        watcher.cancel();
        assert!(job.is_cancelled());
        assert_eq!(watcher.snapshot().stage, Stage::Counting);
    }
}
