//! Workspaces: a user's study of a corpus saved as a readable RON file and reopened exactly.
//!
//! - [`model`]: what a workspace holds (corpus and fingerprints, settings, view, layout, pins,
//!   notes, name edits), with no egui types;
//! - [`view`]: the selection and each panel's settings;
//! - [`file`](mod@file): RON in a stable order, versions and migration, atomic saves with `.bak`;
//! - [`migrate`]: older formats and the step from each to the next;
//! - [`fingerprint`]: per-file size, time and hash, and what changed since.
//!
//! ```
//! use quarry::workspace::{file, model::Workspace};
//! let workspace = Workspace::new("texts".into());
//! let text = file::to_ron(&workspace);
//! let loaded = file::from_ron(&text, "study.ron".as_ref()).unwrap();
//! assert_eq!(loaded.workspace, workspace);
//! assert_eq!(file::to_ron(&loaded.workspace), text);
//! ```

pub mod file;
pub mod fingerprint;
pub mod migrate;
pub mod model;
pub mod view;
