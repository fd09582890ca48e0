//! Quarry: a corpus explorer for a folder of texts — terms, figures and linked passages.
//!
//! Layers, from the bottom up:
//! - [`engine`]: the pure analysis engine (no UI), deterministic and parallel (rayon);
//! - [`report`]: the files and tables the CLI writes (`report.json`, `documents.json`, CSV);
//! - [`cli`]: the headless command line over the engine.

pub mod cli;
pub mod engine;
pub mod report;
