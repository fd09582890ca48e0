//! Quarry: a corpus explorer for a folder of texts — terms, figures and linked passages.
//!
//! Layers, from the bottom up:
//! - [`engine`]: the pure analysis engine (no UI), deterministic and parallel (rayon);
//! - [`report`]: the files and tables the CLI writes (`report.json`, `documents.json`, CSV);
//! - [`charts`]: chart definitions drawn with plotters, on screen and to PNG/SVG;
//! - [`app`]: the desktop app (eframe/egui): panels over immutable analysis snapshots;
//! - [`workspace`]: the RON workspace model, versions, atomic saves and corpus fingerprints;
//! - [`cli`]: the headless command line over the engine;
//! - [`allocator`]: the memory allocator of the binary and the timing examples.

pub mod allocator;
pub mod app;
pub mod charts;
pub mod cli;
pub mod engine;
pub mod report;
pub mod workspace;
