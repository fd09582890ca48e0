//! What the user sees and has chosen: the selection, each panel's settings, the theme. Plain
//! serde data (no egui types, no caches), saved in workspaces and used by the app.

use serde::{Deserialize, Serialize};

use crate::engine::corpus::DocId;
use crate::engine::figures::FigureKind;
use crate::engine::kwic::{KwicSort, QueryMode};
use crate::engine::names::NameType;

/// The one selection every panel follows.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Selection {
    /// The document in the Reader.
    pub document: Option<DocId>,
    /// The term (or n-gram) in the concordance and charts.
    pub term: Option<String>,
    /// A figure (index into the analysis's figures).
    pub figure: Option<usize>,
    /// A name, as shown in the Names panel.
    pub name: Option<String>,
    /// A passage (index into the passages of the links).
    pub passage: Option<usize>,
}

/// The panels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Pane {
    /// The documents table.
    Documents,
    /// Terms and n-grams.
    Terms,
    /// A bar chart of term frequencies.
    TermChart,
    /// Where the selected term occurs in each document.
    Dispersion,
    /// KWIC lines.
    Concordance,
    /// The figures table, groups and conflicts.
    Figures,
    /// Figures by kind or source.
    FigureChart,
    /// People, organisations and places.
    Names,
    /// The selected passage and its links.
    Passages,
    /// The selected document's text.
    Reader,
    /// Files skipped or loaded with warnings.
    Problems,
}

impl Pane {
    /// Every panel, in menu order.
    pub const ALL: [Pane; 11] = [
        Pane::Documents,
        Pane::Terms,
        Pane::TermChart,
        Pane::Dispersion,
        Pane::Concordance,
        Pane::Figures,
        Pane::FigureChart,
        Pane::Names,
        Pane::Passages,
        Pane::Reader,
        Pane::Problems,
    ];

    /// The tab title.
    pub fn title(self) -> &'static str {
        match self {
            Pane::Documents => "Documents",
            Pane::Terms => "Terms",
            Pane::TermChart => "Term chart",
            Pane::Dispersion => "Dispersion",
            Pane::Concordance => "Concordance",
            Pane::Figures => "Figures",
            Pane::FigureChart => "Figure chart",
            Pane::Names => "Names",
            Pane::Passages => "Passages",
            Pane::Reader => "Reader",
            Pane::Problems => "Problems",
        }
    }
}

/// Columns the documents table sorts by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum DocumentSort {
    /// By path (the corpus order).
    #[default]
    Path,
    /// By title.
    Title,
    /// By word count.
    Words,
    /// By number of figures.
    Figures,
    /// By encoding.
    Encoding,
}

/// The Documents panel.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DocumentsState {
    /// Sort column.
    pub sort: DocumentSort,
    /// Largest first.
    pub descending: bool,
}

/// What the Terms panel lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TermUnit {
    /// Single words.
    #[default]
    Words,
    /// Two-word sequences.
    Bigrams,
    /// Three-word sequences.
    Trigrams,
}

/// Columns the terms table sorts by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TermSort {
    /// Most frequent first.
    #[default]
    Frequency,
    /// Alphabetical.
    Term,
    /// Most documents first.
    Documents,
    /// Most key in the selected document first.
    Keyness,
}

/// The Terms panel.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TermsState {
    /// Words or n-grams.
    pub unit: TermUnit,
    /// Only terms containing this text.
    pub filter: String,
    /// Sort column.
    pub sort: TermSort,
}

/// The Concordance panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConcordanceState {
    /// The query.
    pub query: String,
    /// Words (with wildcards) or a regular expression.
    pub mode: QueryMode,
    /// Line order.
    pub sort: KwicSort,
    /// Words of context each side.
    pub context: usize,
}

impl Default for ConcordanceState {
    fn default() -> Self {
        Self {
            query: String::new(),
            mode: QueryMode::Words,
            sort: KwicSort::Position,
            context: 8,
        }
    }
}

/// How the Figures panel lists figures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum FigureView {
    /// Every figure.
    #[default]
    All,
    /// Figures stating the same thing, grouped.
    Groups,
    /// Conflicting and related pairs, side by side.
    Conflicts,
}

/// The Figures panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FiguresState {
    /// List, groups or conflicts.
    pub view: FigureView,
    /// Kinds left out.
    pub hidden_kinds: Vec<FigureKind>,
    /// Show small numbers in running prose ("two soldiers").
    pub show_minor: bool,
    /// Lowest value shown (typed text; empty = no limit).
    pub min_value: String,
    /// Highest value shown (typed text; empty = no limit).
    pub max_value: String,
    /// Only figures whose source contains this text.
    pub source: String,
    /// Only figures in the selected document.
    pub selected_document_only: bool,
    /// The group opened in the groups view.
    pub group: Option<usize>,
    /// Only pinned figures.
    pub pinned_only: bool,
}

impl Default for FiguresState {
    fn default() -> Self {
        Self {
            view: FigureView::All,
            hidden_kinds: vec![FigureKind::Date, FigureKind::Ordinal],
            show_minor: false,
            min_value: String::new(),
            max_value: String::new(),
            source: String::new(),
            selected_document_only: false,
            group: None,
            pinned_only: false,
        }
    }
}

/// The Names panel.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NamesState {
    /// Only names containing this text.
    pub filter: String,
    /// Only names of this type.
    pub kind: Option<NameType>,
}

/// What the Term chart shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TermChartMode {
    /// The most frequent terms (of the corpus, or of the selected document beside the corpus).
    #[default]
    TopTerms,
    /// Chosen terms across the documents.
    AcrossDocuments,
}

/// The Term chart panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TermChartState {
    /// Top terms or terms across documents.
    pub mode: TermChartMode,
    /// Per 10,000 words instead of raw counts.
    pub per_10k: bool,
    /// How many top terms.
    pub top: usize,
    /// The terms compared across documents (at most eight).
    pub terms: Vec<String>,
}

impl Default for TermChartState {
    fn default() -> Self {
        Self {
            mode: TermChartMode::TopTerms,
            per_10k: false,
            top: 20,
            terms: Vec::new(),
        }
    }
}

/// What the Figure chart counts by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum FigureChartMode {
    /// Figures per kind.
    #[default]
    Kind,
    /// Figures per cited source.
    Source,
}

/// The colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// Everything about the view that a workspace keeps, except the panel layout.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct View {
    /// The selection.
    pub selection: Selection,
    /// The Documents panel.
    pub documents: DocumentsState,
    /// The Terms panel.
    pub terms: TermsState,
    /// The Concordance panel.
    pub concordance: ConcordanceState,
    /// The Figures panel.
    pub figures: FiguresState,
    /// The Names panel.
    pub names: NamesState,
    /// The Term chart.
    pub term_chart: TermChartState,
    /// The Figure chart.
    pub figure_chart: FigureChartMode,
    /// The colour theme.
    pub theme: Theme,
}
