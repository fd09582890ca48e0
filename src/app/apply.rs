//! Carrying out what the UI asked for: job results arriving and
//! [`Command`]s from panels and menus ([`QuarryApp::apply`]), in one place.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::engine::corpus::DocId;

use super::command::{ChartFormat, Command};
use super::jobs::{Message, Outcome};
use super::state::{self, Pane, Theme};
use super::{
    Focus, NGRAM_LIMIT, PathPrompt, Picking, QuarryApp, Searched, caches, charts_ui, panels,
};

/// Lets go of `value` on a thread of its own: freeing a large corpus's analysis, or its names
/// and links, takes a fifth of a second or more, too long for a frame. (When no thread can be
/// started, it is freed here.)
pub(super) fn free_elsewhere<T: Send + 'static>(value: T) {
    let freeing = std::thread::Builder::new().name("quarry-free".into());
    let _ = freeing.spawn(move || drop(value));
}

impl QuarryApp {
    pub(super) fn receive(&mut self, message: Message) {
        if let Outcome::Picked(path) = message.outcome {
            self.picked(path);
            return;
        }
        if message.generation != self.generation {
            free_elsewhere(message);
            return;
        }
        match message.outcome {
            Outcome::Fingerprinted(files) => self.work.fingerprinted(files),
            Outcome::Loaded(documents) => self.loaded = Some(documents),
            Outcome::Analysed(Ok(snapshot)) => {
                if let Some(running) = &mut self.running {
                    running.relating = true;
                }
                self.remember_recent(snapshot.analysis.root.clone());
                self.loaded = None;
                free_elsewhere(self.snapshot.replace(*snapshot));
                self.data_version += 1;
                self.status = None;
                if let Some(figure) = self.view.selection.figure {
                    self.commands.push(Command::SelectFigure(figure));
                } else if let Some(doc) = self.view.selection.document {
                    self.commands.push(Command::SelectDocument(doc));
                } else {
                    self.commands.push(Command::SelectDocument(0));
                }
                if !self.view.concordance.query.is_empty() {
                    self.commands.push(Command::Search);
                }
            }
            Outcome::Analysed(Err(error)) => {
                self.running = None;
                self.status = Some(error);
            }
            Outcome::Related(relations) => {
                self.running = None;
                free_elsewhere(self.relations.replace(Arc::from(relations)));
                self.relations_version += 1;
                if std::mem::take(&mut self.relate_again) {
                    self.relate();
                }
                if let Some(passage) = self.view.selection.passage
                    && self.view.selection.figure.is_none()
                {
                    self.commands.push(Command::SelectPassage(passage));
                }
            }
            Outcome::Recounted(table) => {
                self.recounting = false;
                if let Some(snapshot) = &mut self.snapshot {
                    snapshot.recounted = Some(Arc::from(table));
                    self.data_version += 1;
                    self.terms_version += 1;
                    if !self.view.concordance.query.is_empty() {
                        self.commands.push(Command::Search);
                    }
                }
            }
            Outcome::Searched { query, result } => {
                self.searching = false;
                self.searched = Some(Searched { query, result });
            }
            Outcome::Counted { n, rows } => {
                let lists = &mut self.caches.ngrams;
                lists.pending.retain(|&p| p != n);
                if lists.version == self.terms_version {
                    lists.rows.insert(n, Arc::new(rows));
                    self.data_version += 1;
                }
            }
            Outcome::Charted(key, data) => {
                let charts = &mut self.caches.term_charts;
                if charts.pending.as_ref() == Some(&key) {
                    charts.pending = None;
                }
                charts.current = Some((key, Arc::from(data)));
            }
            Outcome::Exported(result) => {
                self.exporting = false;
                self.status = Some(result);
            }
            Outcome::Picked(_) => {}
        }
    }

    pub(super) fn picked(&mut self, path: Option<PathBuf>) {
        let purpose = self.picking.take();
        let Some(path) = path else {
            if purpose == Some(Picking::Corpus) {
                self.prompt = Some(PathPrompt {
                    text: String::new(),
                    reason: "No folder was chosen. If no dialog appeared (no desktop portal), \
                             type the folder's path:"
                        .to_string(),
                    relocate: false,
                });
            }
            return;
        };
        match purpose {
            Some(Picking::Corpus) => self.commands.push(Command::OpenCorpus(path)),
            Some(Picking::Chart(pane, format)) => self.export_chart(pane, format, &path),
            Some(Picking::Report) => self.export_report(&path),
            Some(Picking::OpenWorkspace) => self.commands.push(Command::OpenWorkspace(path)),
            Some(Picking::SaveWorkspace) => self.save_workspace_to(&path),
            None => {}
        }
    }

    pub(super) fn remember_recent(&mut self, path: PathBuf) {
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(10);
    }

    /// Carries out every queued command.
    pub fn apply_commands(&mut self, ctx: &egui::Context) {
        for _ in 0..8 {
            if self.commands.is_empty() {
                break;
            }
            for command in std::mem::take(&mut self.commands) {
                self.apply(command, ctx);
            }
        }
    }

    /// Carries out one command.
    pub fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::PickCorpus => self.pick(Picking::Corpus),
            Command::OpenCorpus(path) => self.open(path),
            Command::CancelAnalysis => {
                if let Some(running) = self.running.take() {
                    running.job.cancel();
                    self.relate_again = false;
                    self.generation += 1;
                    self.caches.term_charts.pending = None;
                    self.status = Some(if running.relating {
                        "Stopped before names and links were found.".to_string()
                    } else {
                        format!("Cancelled opening {}.", running.path.display())
                    });
                }
            }
            Command::SelectDocument(doc) => {
                self.show_span(doc, 0, 0);
            }
            Command::SelectTerm(term) => {
                self.view.selection.term = Some(term.clone());
                let chart_terms = &mut self.view.term_chart.terms;
                if !chart_terms.contains(&term) {
                    chart_terms.insert(0, term.clone());
                    chart_terms.truncate(8);
                }
                self.view.concordance.query = term;
                self.view.concordance.mode = crate::engine::kwic::QueryMode::Words;
                self.commands.push(Command::Search);
                self.commands.push(Command::ShowPanel(Pane::Concordance));
            }
            Command::SelectFigure(index) => {
                let Some(figure) = self
                    .snapshot
                    .as_ref()
                    .and_then(|s| s.analysis.figures.get(index))
                else {
                    return;
                };
                let (doc, start, end) = (figure.doc, figure.start, figure.end);
                self.view.selection.figure = Some(index);
                self.show_span(doc, start, end);
                self.select_passage_at(doc, start);
                self.commands.push(Command::ShowPanel(Pane::Reader));
            }
            Command::SelectName(name) => {
                self.view.selection.name = Some(name.clone());
                self.view.concordance.query = name;
                self.view.concordance.mode = crate::engine::kwic::QueryMode::Words;
                self.commands.push(Command::Search);
            }
            Command::SelectPassage(index) => {
                let Some(passage) = self
                    .relations
                    .as_ref()
                    .and_then(|r| r.links.passages.get(index))
                else {
                    return;
                };
                let (doc, span) = (passage.doc, passage.span);
                self.view.selection.passage = Some(index);
                self.show_span(doc, span.start, span.end);
                self.commands.push(Command::ShowPanel(Pane::Passages));
                self.commands.push(Command::ShowPanel(Pane::Reader));
            }
            Command::ShowInReader { doc, start, end } => {
                self.show_span(doc, start, end);
                self.select_passage_at(doc, start);
                self.commands.push(Command::ShowPanel(Pane::Reader));
            }
            Command::Search => self.search(),
            Command::ChartTerms(key, view) => {
                if let Some(snapshot) = &self.snapshot {
                    self.jobs.chart_terms(self.generation, snapshot, key, *view);
                }
            }
            Command::CountNgrams(n) => {
                let lists = &mut self.caches.ngrams;
                if lists.version != self.terms_version {
                    lists.rows.clear();
                    lists.pending.clear();
                    lists.version = self.terms_version;
                }
                if let Some(snapshot) = &self.snapshot
                    && !lists.rows.contains_key(&n)
                    && !lists.pending.contains(&n)
                {
                    lists.pending.push(n);
                    self.jobs.ngrams(self.generation, snapshot, n, NGRAM_LIMIT);
                }
            }
            Command::SetHideStopWords(hide) => {
                self.settings.stop_words.enabled = hide;
                self.recount();
            }
            Command::EditStopWord { word, stop } => {
                let word = word.trim().to_lowercase();
                if word.is_empty() {
                    return;
                }
                let list = &mut self.settings.stop_words;
                let default = crate::engine::stopwords::default_english()
                    .binary_search(&word.as_str())
                    .is_ok();
                match (stop, default) {
                    (true, true) => {
                        list.removed.remove(&word);
                    }
                    (true, false) => {
                        list.added.insert(word);
                    }
                    (false, true) => {
                        list.removed.insert(word);
                    }
                    (false, false) => {
                        list.added.remove(&word);
                    }
                }
                self.recount();
            }
            Command::ApplySettings(settings) => {
                let relink = settings.links != self.settings.links;
                let recount = settings.fold_case != self.settings.fold_case
                    || settings.stop_words != self.settings.stop_words;
                self.settings = settings;
                if recount {
                    self.recount();
                }
                // The links found under the old settings are shown until the new ones come.
                if relink {
                    self.relate();
                }
            }
            Command::ShowPanel(pane) => panels::show_pane(&mut self.view.layout, pane),
            Command::ResetLayout => self.view.layout = state::default_layout(),
            Command::SetTheme(theme) => {
                self.view.theme = theme;
                ctx.set_theme(match theme {
                    Theme::System => egui::ThemePreference::System,
                    Theme::Light => egui::ThemePreference::Light,
                    Theme::Dark => egui::ThemePreference::Dark,
                });
            }
            Command::ExportChart(pane, format) => self.pick(Picking::Chart(pane, format)),
            Command::ExportReport => self.pick(Picking::Report),
            Command::PickWorkspace => self.pick(Picking::OpenWorkspace),
            Command::OpenWorkspace(path) => self.open_workspace(&path, ctx),
            Command::SaveWorkspace => match self.work.path.clone() {
                Some(path) => self.save_workspace_to(&path),
                None => self.pick(Picking::SaveWorkspace),
            },
            Command::SaveWorkspaceAs => self.pick(Picking::SaveWorkspace),
            Command::RestoreRecovery => self.restore_recovery(ctx),
            Command::DiscardRecovery => self.work.discard_recovery(),
            Command::RelocateCorpus(path) => self.relocate(path),
            Command::EditNames(edit) => {
                self.work.name_edits.push(edit);
                self.view.selection.name = None;
                self.relate();
            }
            Command::Quit => self.quit = true,
        }
    }

    /// Finds names and links again with the current name corrections and link settings (off
    /// the UI thread), once the running job ends if one is running: that job read the
    /// corrections and settings before they changed.
    pub(super) fn relate(&mut self) {
        let Some(snapshot) = &self.snapshot else {
            return;
        };
        if self.running.is_some() {
            self.relate_again = true;
            return;
        }
        self.running = Some(self.jobs.relate(
            self.generation,
            snapshot,
            self.relations.clone(),
            self.work.name_edits.clone(),
            self.settings.links.clone(),
        ));
    }

    /// Counts the terms again under the current settings (off the UI thread).
    pub(super) fn recount(&mut self) {
        if let Some(snapshot) = &self.snapshot {
            self.recounting = true;
            self.jobs
                .recount(self.generation, snapshot, self.term_settings());
        }
    }

    /// Selects document `doc` and has the Reader scroll to and mark bytes `start..end`.
    fn show_span(&mut self, doc: DocId, start: u32, end: u32) {
        self.view.selection.document = Some(doc);
        self.focus = Some(Focus { doc, start, end });
        self.scroll_to_focus = true;
    }

    pub(super) fn select_passage_at(&mut self, doc: DocId, offset: u32) {
        if let Some(p) = self
            .relations
            .as_ref()
            .and_then(|r| r.links.passage_at(doc, offset))
        {
            self.view.selection.passage = Some(p);
        }
    }

    pub(super) fn open(&mut self, path: PathBuf) {
        self.work.forget_workspace();
        self.view.selection = state::Selection::default();
        self.start_analysis(path);
    }

    /// Loads and analyses `path`, keeping the view (a workspace's selection and panels).
    pub(super) fn start_analysis(&mut self, path: PathBuf) {
        if let Some(running) = self.running.take() {
            running.job.cancel();
        }
        // The new analysis reads the current name corrections and link settings.
        self.relate_again = false;
        self.generation += 1;
        self.data_version += 1;
        self.relations_version += 1;
        self.terms_version += 1;
        self.caches.term_charts = caches::TermCharts::default();
        free_elsewhere((self.snapshot.take(), self.relations.take()));
        self.loaded = None;
        self.searched = None;
        self.focus = None;
        self.prompt = None;
        self.status = None;
        self.running = Some(self.jobs.analyse(
            self.generation,
            path,
            self.term_settings(),
            self.work.name_edits.clone(),
            self.settings.links.clone(),
        ));
    }

    pub(super) fn search(&mut self) {
        let Some(snapshot) = &self.snapshot else {
            return;
        };
        let state = &self.view.concordance;
        if state.query.trim().is_empty() {
            self.searched = None;
            return;
        }
        self.searching = true;
        self.jobs.search(
            self.generation,
            snapshot,
            state.query.clone(),
            state.mode,
            state.context,
            state.sort,
        );
    }

    pub(super) fn pick(&mut self, purpose: Picking) {
        if self.picking.is_some() {
            return;
        }
        let dialogs = self.dialogs.clone();
        let pick: Arc<dyn Fn() -> Option<PathBuf> + Send + Sync> = match &purpose {
            Picking::Corpus => Arc::new(move || dialogs.pick_folder()),
            Picking::Report => Arc::new(move || dialogs.pick_folder()),
            Picking::OpenWorkspace => Arc::new(move || dialogs.pick_workspace()),
            Picking::SaveWorkspace => Arc::new(move || dialogs.save_file("study.ron")),
            Picking::Chart(pane, format) => {
                let name = format!(
                    "{}.{}",
                    pane.title().to_lowercase().replace(' ', "-"),
                    format.extension()
                );
                Arc::new(move || dialogs.save_file(&name))
            }
        };
        self.picking = Some(purpose);
        self.jobs.pick(self.generation, pick);
    }

    pub(super) fn export_chart(&mut self, pane: Pane, format: ChartFormat, path: &Path) {
        let result = match self.snapshot.as_ref() {
            Some(snapshot) => charts_ui::export(
                pane,
                format,
                path,
                snapshot,
                &self.view,
                self.searched.as_ref(),
            ),
            None => Err("open a corpus first".to_string()),
        };
        self.status = Some(match result {
            Ok(()) => format!("Saved the chart to {}.", path.display()),
            Err(error) => format!("Could not save the chart: {error}"),
        });
    }

    pub(super) fn export_report(&mut self, folder: &Path) {
        let Some(snapshot) = &self.snapshot else {
            return;
        };
        self.exporting = true;
        self.status = Some(format!("Writing the report to {}…", folder.display()));
        self.jobs
            .export(self.generation, snapshot, folder.to_path_buf());
    }
}
