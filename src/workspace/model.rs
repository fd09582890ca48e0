//! The workspace file's model: corpus, analysis settings, view, layout, pins, notes and name
//! edits. Field order here is the order in the file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::engine::links::LinkSettings;
use crate::engine::names::NameEdit;
use crate::engine::stopwords::StopWords;

use super::fingerprint::FileFingerprint;
use super::view::{Pane, View};

/// The version this build writes. Files with a higher version are refused; lower versions are
/// migrated step by step (see [`super::migrate`]).
pub const VERSION: u32 = 2;

/// A saved study of a corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    /// The file format version.
    pub version: u32,
    /// Where the corpus is and what it held when saved.
    pub corpus: CorpusRef,
    /// How the corpus is analysed.
    #[serde(default)]
    pub settings: Settings,
    /// Selection, panel settings, theme.
    #[serde(default)]
    pub view: View,
    /// The panel layout.
    #[serde(default)]
    pub layout: Layout,
    /// Passages and figures the user pinned.
    #[serde(default)]
    pub pinned: Pinned,
    /// The user's notes and tags.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Merges, splits and renames of names.
    #[serde(default)]
    pub name_edits: Vec<NameEdit>,
}

/// The corpus folder and its files' fingerprints.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CorpusRef {
    /// The folder: relative to the workspace file's folder when the corpus is beside or below it
    /// (so the two can move together), absolute otherwise. Always with `/` separators.
    pub path: String,
    /// Every file as it was when the workspace was saved, sorted by path.
    #[serde(default)]
    pub files: Vec<FileFingerprint>,
}

/// Analysis settings the user can change. (The n-gram size and whether small figures show are
/// panel settings, in [`View`].)
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Stop words on or off, and the user's additions and removals.
    pub stop_words: StopWords,
    /// Lower-case every term.
    pub fold_case: bool,
    /// Thresholds for linking passages.
    pub links: LinkSettings,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            stop_words: StopWords::english(),
            fold_case: true,
            links: LinkSettings::default(),
        }
    }
}

/// A panel layout, as a tree (no egui types: the app converts it to and from its tiles).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Layout {
    /// One panel.
    Pane(Pane),
    /// Panels in tabs; `active` is the shown child.
    Tabs {
        /// Index of the visible tab.
        active: usize,
        /// The tabs.
        children: Vec<Layout>,
    },
    /// Side by side; `shares` are the relative widths.
    Row {
        /// Relative widths.
        shares: Vec<f32>,
        /// The children, left to right.
        children: Vec<Layout>,
    },
    /// Stacked; `shares` are the relative heights.
    Column {
        /// Relative heights.
        shares: Vec<f32>,
        /// The children, top to bottom.
        children: Vec<Layout>,
    },
    /// In a grid.
    Grid {
        /// The children, row by row.
        children: Vec<Layout>,
    },
}

impl Default for Layout {
    fn default() -> Self {
        Layout::Tabs {
            active: 0,
            children: Vec::new(),
        }
    }
}

/// Things the user pinned, by stable id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Pinned {
    /// Passage ids (`path#index`).
    pub passages: Vec<String>,
    /// Figure ids (`path@byte-offset`).
    pub figures: Vec<String>,
}

/// What a note is about.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Target {
    /// A passage, by id (`path#index`).
    Passage(String),
    /// A figure, by id (`path@byte-offset`).
    Figure(String),
    /// A name, as shown.
    Name(String),
}

/// A note and tags on a passage, figure or name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// What it is about.
    pub target: Target,
    /// The note.
    #[serde(default)]
    pub text: String,
    /// Tags, sorted.
    #[serde(default)]
    pub tags: Vec<String>,
}

impl Workspace {
    /// A workspace for the corpus at `corpus` (as it will be written, see [`corpus_path_for`]).
    pub fn new(corpus: String) -> Self {
        Self {
            version: VERSION,
            corpus: CorpusRef {
                path: corpus,
                files: Vec::new(),
            },
            settings: Settings::default(),
            view: View::default(),
            layout: Layout::default(),
            pinned: Pinned::default(),
            notes: Vec::new(),
            name_edits: Vec::new(),
        }
    }

    /// The corpus folder, resolved against the folder of the workspace file at `file`.
    pub fn corpus_folder(&self, file: &Path) -> PathBuf {
        let stored = Path::new(&self.corpus.path);
        if stored.is_absolute() {
            stored.to_path_buf()
        } else {
            file.parent().unwrap_or(Path::new(".")).join(stored)
        }
    }
}

/// How a workspace saved at `file` refers to the corpus `folder`: relative when the corpus is in
/// the workspace file's folder or below it, absolute otherwise; `/` separators.
pub fn corpus_path_for(file: &Path, folder: &Path) -> String {
    let base = file.parent().unwrap_or(Path::new("."));
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (base, folder) = (absolute(base), absolute(folder));
    let text = match folder.strip_prefix(&base) {
        Ok(relative) if relative.as_os_str().is_empty() => ".".to_string(),
        Ok(relative) => relative.to_string_lossy().into_owned(),
        Err(_) => folder.to_string_lossy().into_owned(),
    };
    text.replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_paths_are_relative_below_the_workspace_and_absolute_elsewhere() {
        let file = Path::new("/studies/desertion/study.ron");
        assert_eq!(
            corpus_path_for(file, Path::new("/studies/desertion/texts")),
            "texts"
        );
        assert_eq!(corpus_path_for(file, Path::new("/studies/desertion")), ".");
        assert_eq!(
            corpus_path_for(file, Path::new("/data/texts")),
            "/data/texts"
        );
        let workspace = Workspace::new("texts".into());
        assert_eq!(
            workspace.corpus_folder(file),
            PathBuf::from("/studies/desertion/texts")
        );
    }
}
