//! The desktop app: an eframe window over the engine.
//!
//! [`QuarryApp`] owns the [`state::ViewState`] (what a workspace saves), the current
//! [`snapshot::Snapshot`] and [`snapshot::Relations`] (immutable results made on worker threads
//! by [`jobs::Jobs`]), and per-panel caches. Panels (`*_ui.rs`, one file each) read these and
//! push [`command::Command`]s, which [`QuarryApp::apply`] (in [`apply`]) carries out in one place.

pub mod apply;
pub mod caches;
pub mod chart_widget;
pub mod charts_ui;
pub mod command;
pub mod concordance_ui;
pub mod dialogs;
pub mod documents_ui;
pub mod figures_ui;
pub mod jobs;
pub mod layout;
pub mod menu_ui;
pub mod names_ui;
pub mod notes_ui;
pub mod panels;
pub mod passages_ui;
pub mod problems_ui;
pub mod reader_ui;
pub mod snapshot;
pub mod state;
pub mod table;
pub mod terms_ui;
pub mod workspace_io;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::engine::corpus::DocId;
use crate::engine::terms::TermSettings;
use crate::workspace::model::Settings;

use caches::Caches;
use command::{ChartFormat, Command};
use dialogs::{Dialogs, NativeDialogs};
use jobs::{Jobs, Running};
use snapshot::{Relations, Snapshot};
use state::{Pane, ViewState};

/// A span of a document the Reader shows and highlights.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Focus {
    /// The document.
    pub doc: DocId,
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

/// A concordance search's result, for the query it was made for.
#[derive(Debug)]
pub struct Searched {
    /// The query.
    pub query: String,
    /// The hits, or why the query is invalid.
    pub result: Result<crate::engine::kwic::Concordance, String>,
}

/// What a pending file dialog is for.
#[derive(Clone, Debug, PartialEq)]
enum Picking {
    Corpus,
    Chart(Pane, ChartFormat),
    Report,
    OpenWorkspace,
    SaveWorkspace,
}

/// Asks for a path by typing, when no dialog could be shown.
#[derive(Clone, Debug, Default)]
pub struct PathPrompt {
    /// The text typed so far.
    pub text: String,
    /// Why the prompt is shown.
    pub reason: String,
    /// Whether the path relocates the corpus of the open workspace (else it opens a corpus).
    pub relocate: bool,
}

/// How the app starts.
#[derive(Clone)]
pub struct AppOptions {
    /// A corpus folder to open at once.
    pub open: Option<PathBuf>,
    /// A workspace file to open at once.
    pub workspace: Option<PathBuf>,
    /// The file dialogs (tests pass stand-ins).
    pub dialogs: Arc<dyn Dialogs>,
    /// Where unsaved changes are autosaved for recovery after a crash (none: no autosave).
    pub recovery: Option<PathBuf>,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            open: None,
            workspace: None,
            dialogs: Arc::new(NativeDialogs),
            recovery: eframe::storage_dir("Quarry").map(|d| d.join("recovery.ron")),
        }
    }
}

/// The app.
pub struct QuarryApp {
    /// The view state (selection, panel settings, layout).
    pub view: ViewState,
    /// Analysis settings (stop words, case folding, link thresholds).
    pub settings: Settings,
    snapshot: Option<Snapshot>,
    relations: Option<Arc<Relations>>,
    /// Bumped whenever a new corpus is opened or an analysis is cancelled.
    generation: u64,
    /// Bumped whenever the data the panels read changes (corpus, recount).
    data_version: u64,
    /// Bumped whenever the names and links change (a panel reading them keys its cache by both
    /// versions; the others are not made again when a name correction comes).
    relations_version: u64,
    /// Bumped whenever the term table changes (new corpus, recount).
    terms_version: u64,
    running: Option<Running>,
    /// Name corrections or link settings changed while a job was running: names and links are
    /// found again once it ends.
    relate_again: bool,
    jobs: Jobs,
    dialogs: Arc<dyn Dialogs>,
    picking: Option<Picking>,
    /// A typed-path prompt, when no dialog could be shown.
    pub prompt: Option<PathPrompt>,
    /// The last error or notice for the status bar.
    pub status: Option<String>,
    focus: Option<Focus>,
    scroll_to_focus: bool,
    searched: Option<Searched>,
    searching: bool,
    recounting: bool,
    exporting: bool,
    caches: Caches,
    commands: Vec<Command>,
    title: String,
    /// Recently opened corpus folders, newest first.
    pub recent: Vec<PathBuf>,
    /// The workspace file and the user's study kept in it.
    pub work: workspace_io::WorkState,
    /// The analysis settings window: open, and the settings being edited.
    pub settings_window: Option<Settings>,
    /// The document list of a corpus still being analysed.
    pub loaded: Option<Vec<jobs::LoadedDocument>>,
    quit: bool,
}

/// How many n-grams of each size the Terms panel lists.
const NGRAM_LIMIT: usize = 100_000;

const RECENT_KEY: &str = "quarry-recent";
const RECENT_WORKSPACES_KEY: &str = "quarry-recent-workspaces";

impl QuarryApp {
    /// A new app; opens `options.open` if given.
    pub fn new(options: AppOptions) -> Self {
        let mut app = Self {
            view: ViewState::default(),
            settings: Settings::default(),
            snapshot: None,
            relations: None,
            generation: 0,
            data_version: 0,
            relations_version: 0,
            terms_version: 0,
            running: None,
            relate_again: false,
            jobs: Jobs::default(),
            dialogs: options.dialogs,
            picking: None,
            prompt: None,
            status: None,
            focus: None,
            scroll_to_focus: false,
            searched: None,
            searching: false,
            recounting: false,
            exporting: false,
            caches: Caches::default(),
            commands: Vec::new(),
            title: String::new(),
            recent: Vec::new(),
            work: workspace_io::WorkState::new(options.recovery.clone()),
            loaded: None,
            settings_window: None,
            quit: false,
        };
        if let Some(path) = options.workspace {
            app.commands.push(Command::OpenWorkspace(path));
        } else if let Some(path) = options.open {
            app.commands.push(Command::OpenCorpus(path));
        }
        app
    }

    /// A new app inside eframe, with the recent list from its storage.
    pub fn from_creation_context(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        let first_open = options.open.is_none() && options.workspace.is_none();
        let mut app = Self::new(options);
        if let Some(storage) = cc.storage {
            app.recent = eframe::get_value(storage, RECENT_KEY).unwrap_or_default();
            app.work.recent = eframe::get_value(storage, RECENT_WORKSPACES_KEY).unwrap_or_default();
        }
        let last_workspace = app.work.recent.iter().find(|p| p.is_file()).cloned();
        if first_open && app.work.offer_recovery() {
            // The recovery banner asks first.
        } else if first_open && let Some(path) = last_workspace {
            app.commands.push(Command::OpenWorkspace(path));
        } else if first_open {
            // The last corpus, or the bundled sample on the first run from the source tree.
            let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/desertion-reports");
            let start = app
                .recent
                .iter()
                .find(|p| p.is_dir())
                .cloned()
                .or_else(|| sample.is_dir().then_some(sample));
            if let Some(path) = start {
                app.commands.push(Command::OpenCorpus(path));
            }
        }
        app
    }

    /// The loaded corpus, if any.
    pub fn snapshot(&self) -> Option<&Snapshot> {
        self.snapshot.as_ref()
    }

    /// Names and links, once computed.
    pub fn relations(&self) -> Option<&Relations> {
        self.relations.as_deref()
    }

    /// The analysis in progress, if any.
    pub fn running(&self) -> Option<&Running> {
        self.running.as_ref()
    }

    /// What the Reader shows and highlights.
    pub fn focus(&self) -> Option<Focus> {
        self.focus
    }

    /// The last concordance result.
    pub fn searched(&self) -> Option<&Searched> {
        self.searched.as_ref()
    }

    /// Whether a background job (analysis, names and links, recount, search) is still working.
    pub fn is_busy(&self) -> bool {
        self.running.is_some()
            || self.searching
            || self.recounting
            || self.exporting
            || self.caches.term_charts.pending.is_some()
            || self.picking.is_some()
            || !self.caches.ngrams.pending.is_empty()
    }

    /// Queues a command, as a panel would.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// The window title: "Quarry — corpus or workspace name".
    pub fn window_title(&self) -> String {
        if let Some(name) = self.work.name() {
            return format!("Quarry — {name}");
        }
        match &self.snapshot {
            Some(snapshot) => format!("Quarry — {}", snapshot.name()),
            None => match &self.running {
                Some(running) => format!(
                    "Quarry — {}",
                    running
                        .path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                ),
                None => "Quarry".to_string(),
            },
        }
    }

    fn term_settings(&self) -> TermSettings {
        TermSettings {
            stop_words: self.settings.stop_words.clone(),
            fold_case: self.settings.fold_case,
            ..TermSettings::default()
        }
    }

    /// Draws the whole window and carries out what it asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        install_symbol_font(&ctx);
        self.jobs.set_context(&ctx);
        for message in self.jobs.drain() {
            self.receive(message);
        }
        self.apply_commands(&ctx);
        self.handle_input(&ctx);

        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }

        menu_ui::menu_bar_ui(ui, self);
        menu_ui::status_bar_ui(ui, self);
        menu_ui::prompt_ui(ui, self);
        workspace_io::banners_ui(ui, self);
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(snapshot) = self.snapshot.as_ref() {
                let mut layout = std::mem::replace(
                    &mut self.view.layout,
                    egui_tiles::Tree::empty(egui::Id::unique("quarry-layout-placeholder")),
                );
                {
                    let mut behavior = panels::Panels {
                        cx: panels::PanelContext {
                            snapshot,
                            relations: self.relations.as_deref(),
                            settings: &self.settings,
                            notes: &mut self.work.notes,
                            pinned: &mut self.work.pinned,
                            view: &mut self.view,
                            caches: &mut self.caches,
                            searched: self.searched.as_ref(),
                            searching: self.searching,
                            relating: self.running.is_some(),
                            focus: self.focus,
                            scroll_to_focus: &mut self.scroll_to_focus,
                            data_version: self.data_version,
                            relations_version: self.relations_version,
                            commands: &mut self.commands,
                        },
                    };
                    layout.ui(&mut behavior, ui);
                }
                self.view.layout = layout;
            } else {
                menu_ui::welcome_ui(ui, self);
            }
        });
        menu_ui::settings_window_ui(&ctx, self);
        self.apply_commands(&ctx);
        self.autosave();
        if self.quit {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if self.running.is_some() {
            // Keep the progress bar moving.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    fn handle_input(&mut self, ctx: &egui::Context) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let open = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
        let quit = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
        let save = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
        if ctx.input_mut(|i| i.consume_shortcut(&save)) {
            self.commands.push(Command::SaveWorkspace);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&open)) {
            self.commands.push(Command::PickCorpus);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&quit)) {
            self.commands.push(Command::Quit);
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            if path.is_dir() {
                self.commands.push(Command::OpenCorpus(path));
            } else if path.extension().is_some_and(|e| e == "ron") {
                self.commands.push(Command::OpenWorkspace(path));
            } else {
                self.status = Some(format!(
                    "Drop a folder of texts to open it as a corpus ({} is not a folder).",
                    path.display()
                ));
            }
        }
        self.apply_commands(ctx);
    }
}

/// Adds the bundled Hack font as the last fallback of the proportional family, so the arrows
/// and shapes the panels use (▼ ▶ ↔ ▌) draw even where no system font has them.
fn install_symbol_font(ctx: &egui::Context) {
    use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
    ctx.add_font(FontInsert::new(
        "quarry-symbols",
        egui::FontData::from_static(epaint_default_fonts::HACK_REGULAR),
        vec![InsertFontFamily {
            family: egui::FontFamily::Proportional,
            priority: FontPriority::Lowest,
        }],
    ));
}

impl eframe::App for QuarryApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.recent);
        eframe::set_value(storage, RECENT_WORKSPACES_KEY, &self.work.recent);
    }

    fn on_exit(&mut self) {
        // A clean exit: unsaved changes were the user's choice, not a crash.
        self.work.remove_recovery_file();
    }
}

/// Opens the window and runs until it closes.
pub fn run(options: AppOptions) -> anyhow::Result<()> {
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Quarry")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "Quarry",
        native,
        Box::new(move |cc| Ok(Box::new(QuarryApp::from_creation_context(cc, options)))),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}
