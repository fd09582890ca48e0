//! What panels and menus ask the app to do. Panels never change shared state themselves: they
//! push a [`Command`], and [`super::QuarryApp::apply`] carries it out in one place.

use std::path::PathBuf;

use crate::engine::corpus::DocId;

use super::state::{Pane, Theme};

/// Where a chart is saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartFormat {
    /// A PNG picture.
    Png,
    /// An SVG drawing.
    Svg,
}

impl ChartFormat {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ChartFormat::Png => "png",
            ChartFormat::Svg => "svg",
        }
    }
}

/// A request from the UI.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Ask the user for a corpus folder (native dialog, or a typed path when none can be shown).
    PickCorpus,
    /// Load and analyse a folder.
    OpenCorpus(PathBuf),
    /// Stop the running analysis.
    CancelAnalysis,
    /// Show a document in the Reader.
    SelectDocument(DocId),
    /// Select a term or n-gram: concordance, charts and Reader follow.
    SelectTerm(String),
    /// Select a figure: the Reader scrolls to it.
    SelectFigure(usize),
    /// Select a name: its mentions are searched and highlighted.
    SelectName(String),
    /// Select a passage: the Reader scrolls to it, the Passages panel shows its links.
    SelectPassage(usize),
    /// Show bytes `start..end` of a document in the Reader (from a concordance line, say).
    ShowInReader {
        /// The document.
        doc: DocId,
        /// First byte.
        start: u32,
        /// One past the last byte.
        end: u32,
    },
    /// Run the concordance query in the Concordance panel.
    Search,
    /// Count the n-grams of size `n` (off the UI thread).
    CountNgrams(usize),
    /// Make the Term chart for these settings (off the UI thread).
    ChartTerms(super::caches::ChartKey, Box<crate::workspace::view::View>),
    /// Hide or show stop words (recounts the terms off the UI thread).
    SetHideStopWords(bool),
    /// Make `word` a stop word (`stop`) or not; terms are recounted.
    EditStopWord {
        /// The word (lower case).
        word: String,
        /// Hide it (true) or show it (false).
        stop: bool,
    },
    /// Apply new analysis settings: recount the terms (case folding) and link again (thresholds).
    ApplySettings(crate::workspace::model::Settings),
    /// Bring a panel forward (adding it back if it was closed).
    ShowPanel(Pane),
    /// Put the panels back where they start.
    ResetLayout,
    /// Change the colour theme.
    SetTheme(Theme),
    /// Save the chart of a panel as a file the user picks.
    ExportChart(Pane, ChartFormat),
    /// Write report.json, documents.json and terms.csv into a folder the user picks.
    ExportReport,
    /// Ask for a workspace file to open.
    PickWorkspace,
    /// Open a workspace file: its view, settings and notes, and its corpus.
    OpenWorkspace(PathBuf),
    /// Save the workspace (asking for a file the first time).
    SaveWorkspace,
    /// Save the workspace to a new file.
    SaveWorkspaceAs,
    /// Reopen the changes autosaved before a crash.
    RestoreRecovery,
    /// Throw the autosaved changes away.
    DiscardRecovery,
    /// The open workspace's corpus is now at this folder.
    RelocateCorpus(PathBuf),
    /// Correct the names (merge, split, rename); names and links are found again.
    EditNames(crate::engine::names::NameEdit),
    /// Close the window.
    Quit,
}
