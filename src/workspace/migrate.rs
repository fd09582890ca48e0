//! Older workspace formats and the step that brings each to the next version. A step is a plain
//! function from one typed model to the next, so old files are still read with their own schema
//! (and their errors still point at a line and column).
//!
//! - Version 1 (the first draft of the format) stored the corpus as `corpus_folder` and stop
//!   words as one `hide_stop_words` flag, without file fingerprints.
//! - Version 2 stores `corpus: (path, files)` and the full `settings`.

use serde::Deserialize;

use super::model::{CorpusRef, Layout, Settings, Workspace};
use super::view::View;
use crate::engine::stopwords::StopWords;

/// The version 1 model.
#[derive(Debug, Deserialize)]
pub struct WorkspaceV1 {
    /// Always 1.
    pub version: u32,
    /// The corpus folder.
    pub corpus_folder: String,
    /// Stop words hidden.
    #[serde(default = "yes")]
    pub hide_stop_words: bool,
    /// The view.
    #[serde(default)]
    pub view: View,
    /// The layout.
    #[serde(default)]
    pub layout: Layout,
}

fn yes() -> bool {
    true
}

/// Version 1 → 2: the corpus becomes a reference with (not yet taken) fingerprints; the stop-word
/// flag becomes the stop-word settings.
pub fn v1_to_v2(old: WorkspaceV1) -> Workspace {
    let settings = Settings {
        stop_words: if old.hide_stop_words {
            StopWords::english()
        } else {
            StopWords::disabled()
        },
        ..Settings::default()
    };
    Workspace {
        version: 2,
        corpus: CorpusRef {
            path: old.corpus_folder,
            files: Vec::new(),
        },
        settings,
        view: old.view,
        layout: old.layout,
        ..Workspace::new(String::new())
    }
}
