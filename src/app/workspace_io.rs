//! The app's side of workspaces: the user's study (notes, pins, name edits), saving and opening
//! workspace files, corpus changes since a save, relocating a moved corpus, and autosave to a
//! recovery file offered after a crash.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::{Panel, RichText, Ui};

use crate::engine::names::NameEdit;
use crate::workspace::file::{load, save};
use crate::workspace::fingerprint::{CorpusChanges, FileFingerprint, changes};
use crate::workspace::model::{CorpusRef, Note, Pinned, VERSION, Workspace, corpus_path_for};

use super::command::Command;
use super::layout::{layout_of, tree_of};
use super::{PathPrompt, QuarryApp};

/// How often unsaved changes are written to the recovery file.
const AUTOSAVE_EVERY: Duration = Duration::from_secs(60);

/// The workspace file, the study it holds beyond the view, and bookkeeping for saves.
#[derive(Debug)]
pub struct WorkState {
    /// The workspace file, once saved or opened.
    pub path: Option<PathBuf>,
    /// The workspace as last saved or opened (to tell whether there are unsaved changes).
    pub saved: Option<Workspace>,
    /// Pinned passages and figures.
    pub pinned: Pinned,
    /// Notes and tags.
    pub notes: Vec<Note>,
    /// Name merges, splits and renames.
    pub name_edits: Vec<NameEdit>,
    /// Recently opened or saved workspaces, newest first.
    pub recent: Vec<PathBuf>,
    /// The corpus files as fingerprinted when the analysis started.
    files: Option<Vec<FileFingerprint>>,
    /// The fingerprints saved in the workspace being opened, to compare with the folder's.
    expected: Option<Vec<FileFingerprint>>,
    /// What changed in the corpus since the workspace was saved.
    pub changes: Option<CorpusChanges>,
    /// A workspace whose corpus folder was not found, waiting for its new location.
    relocating: Option<Workspace>,
    /// Where unsaved changes are autosaved.
    recovery: Option<PathBuf>,
    /// A recovery file from a session that did not end cleanly.
    pub offered_recovery: Option<PathBuf>,
    last_autosave: Instant,
}

impl WorkState {
    /// Bookkeeping with autosave to `recovery`.
    pub fn new(recovery: Option<PathBuf>) -> Self {
        Self {
            path: None,
            saved: None,
            pinned: Pinned::default(),
            notes: Vec::new(),
            name_edits: Vec::new(),
            recent: Vec::new(),
            files: None,
            expected: None,
            changes: None,
            relocating: None,
            recovery,
            offered_recovery: None,
            last_autosave: Instant::now(),
        }
    }

    /// Whether a recovery file is waiting (and so offered to the user).
    pub fn offer_recovery(&mut self) -> bool {
        self.offered_recovery = self.recovery.clone().filter(|p| p.is_file());
        self.offered_recovery.is_some()
    }

    /// Deletes the recovery file.
    pub fn remove_recovery_file(&self) {
        if let Some(path) = &self.recovery {
            let _ = std::fs::remove_file(path);
        }
    }

    /// Throws the offered recovery away.
    pub fn discard_recovery(&mut self) {
        self.offered_recovery = None;
        self.remove_recovery_file();
    }

    /// The workspace file's name without extension, if one is open.
    pub fn name(&self) -> Option<String> {
        let path = self.path.as_ref()?;
        Some(path.file_stem()?.to_string_lossy().into_owned())
    }

    /// Forgets the workspace file (a plain corpus was opened).
    pub fn forget_workspace(&mut self) {
        self.path = None;
        self.saved = None;
        self.expected = None;
        self.changes = None;
        self.files = None;
    }

    /// The fingerprints of the corpus being analysed arrived.
    pub fn fingerprinted(&mut self, files: Vec<FileFingerprint>) {
        if let Some(expected) = self.expected.take()
            && !expected.is_empty()
        {
            let found = changes(&expected, &files);
            self.changes = (!found.is_empty()).then_some(found);
        }
        self.files = Some(files);
    }

    fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(10);
    }
}

impl QuarryApp {
    /// The corpus folder in use (loaded, loading, or waiting to be relocated).
    fn corpus_folder(&self) -> Option<PathBuf> {
        self.snapshot
            .as_ref()
            .map(|s| s.analysis.root.clone())
            .or_else(|| self.running.as_ref().map(|r| r.path.clone()))
    }

    /// The workspace model of the current state, as it would be saved at `file`.
    pub fn workspace_model(&self, file: &Path) -> Option<Workspace> {
        let folder = self.corpus_folder()?;
        Some(Workspace {
            version: VERSION,
            corpus: CorpusRef {
                path: corpus_path_for(file, &folder),
                files: self.work.files.clone().unwrap_or_default(),
            },
            settings: self.settings.clone(),
            view: self.view.view.clone(),
            layout: layout_of(&self.view.layout),
            pinned: self.work.pinned.clone(),
            notes: self
                .work
                .notes
                .iter()
                .filter(|n| !n.text.is_empty() || !n.tags.is_empty())
                .cloned()
                .collect(),
            name_edits: self.work.name_edits.clone(),
        })
    }

    /// Saves the workspace to `path`.
    pub(super) fn save_workspace_to(&mut self, path: &Path) {
        let path = if path.extension().is_none() {
            path.with_extension("ron")
        } else {
            path.to_path_buf()
        };
        let Some(workspace) = self.workspace_model(&path) else {
            self.status = Some("Open a corpus before saving a workspace.".to_string());
            return;
        };
        match save(&workspace, &path) {
            Ok(()) => {
                self.status = Some(format!("Saved {}.", path.display()));
                self.work.remember(&path);
                self.work.path = Some(path);
                self.work.saved = Some(workspace);
                self.work.remove_recovery_file();
            }
            Err(error) => self.status = Some(error.to_string()),
        }
    }

    /// Opens the workspace file at `path`: a broken file is reported and left untouched.
    pub(super) fn open_workspace(&mut self, path: &Path, ctx: &egui::Context) {
        let loaded = match load(path) {
            Ok(loaded) => loaded,
            Err(error) => {
                self.status = Some(error.to_string());
                return;
            }
        };
        let mut notices = Vec::new();
        if let Some(version) = loaded.migrated_from {
            notices.push(format!(
                "updated from format {version}; saving writes format {VERSION}"
            ));
        }
        if !loaded.unknown_fields.is_empty() {
            notices.push(format!(
                "it has fields this version does not know ({}), which saving would drop",
                loaded.unknown_fields.join(", ")
            ));
        }
        self.apply_workspace(&loaded.workspace, path, ctx);
        self.work.remember(path);
        if !notices.is_empty() {
            self.status = Some(format!(
                "Opened {}: {}.",
                path.display(),
                notices.join("; ")
            ));
        }
    }

    fn apply_workspace(&mut self, workspace: &Workspace, path: &Path, ctx: &egui::Context) {
        self.view.view = workspace.view.clone();
        self.view.layout = tree_of(&workspace.layout);
        self.settings = workspace.settings.clone();
        self.work.pinned = workspace.pinned.clone();
        self.work.notes = workspace.notes.clone();
        self.work.name_edits = workspace.name_edits.clone();
        self.work.path = Some(path.to_path_buf());
        self.work.saved = Some(workspace.clone());
        self.work.changes = None;
        self.work.files = None;
        self.apply(Command::SetTheme(workspace.view.theme), ctx);
        let folder = workspace.corpus_folder(path);
        if folder.is_dir() {
            self.work.expected = Some(workspace.corpus.files.clone());
            self.start_analysis(folder);
        } else {
            self.work.relocating = Some(workspace.clone());
            super::apply::free_elsewhere((self.snapshot.take(), self.relations.take()));
            self.prompt = Some(PathPrompt {
                text: String::new(),
                reason: format!(
                    "The corpus folder {} was not found. Where is it now?",
                    folder.display()
                ),
                relocate: true,
            });
        }
    }

    /// The open workspace's corpus moved to `folder`.
    pub(super) fn relocate(&mut self, folder: PathBuf) {
        if !folder.is_dir() {
            self.status = Some(format!("{} is not a folder.", folder.display()));
            return;
        }
        self.prompt = None;
        if let Some(workspace) = self.work.relocating.take() {
            self.work.expected = Some(workspace.corpus.files.clone());
        }
        self.start_analysis(folder);
    }

    /// Reopens the autosaved changes.
    pub(super) fn restore_recovery(&mut self, ctx: &egui::Context) {
        let Some(path) = self.work.offered_recovery.take() else {
            return;
        };
        match load(&path) {
            Ok(loaded) => {
                self.apply_workspace(&loaded.workspace, &path, ctx);
                // The recovery file is not the user's workspace: Save asks where to save.
                self.work.path = None;
                self.work.saved = None;
                self.status = Some(
                    "Restored the unsaved changes; save them with File → Save workspace as…."
                        .to_string(),
                );
            }
            Err(error) => self.status = Some(error.to_string()),
        }
    }

    /// Writes unsaved changes to the recovery file, at most once a minute.
    pub(super) fn autosave(&mut self) {
        if self.work.last_autosave.elapsed() >= AUTOSAVE_EVERY {
            self.autosave_now();
        }
    }

    /// Writes unsaved changes (if any) to the recovery file now.
    pub fn autosave_now(&mut self) {
        self.work.last_autosave = Instant::now();
        let Some(recovery) = self.work.recovery.clone() else {
            return;
        };
        if self.work.offered_recovery.is_some() {
            // Never overwrite a recovery file the user has not answered about.
            return;
        }
        let Some(mut workspace) = self.workspace_model(&recovery) else {
            return;
        };
        let unchanged = self.work.saved.as_ref().is_some_and(|saved| {
            let mut comparable = workspace.clone();
            comparable.corpus = saved.corpus.clone();
            &comparable == saved
        });
        if unchanged {
            return;
        }
        if let Some(folder) = self.corpus_folder() {
            // The recovery file lives elsewhere: keep the corpus path absolute.
            workspace.corpus.path = std::path::absolute(&folder)
                .unwrap_or(folder)
                .to_string_lossy()
                .replace('\\', "/");
        }
        if let Some(parent) = recovery.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        if let Err(error) = save(&workspace, &recovery) {
            self.status = Some(format!("Autosave failed: {error}"));
        }
    }
}

/// Banners: a recovery offer, and corpus changes since the workspace was saved.
pub fn banners_ui(ui: &mut Ui, app: &mut QuarryApp) {
    if app.work.offered_recovery.is_some() {
        Panel::top("recovery-banner").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(
                        "Quarry did not close cleanly last time. Restore the unsaved changes?",
                    )
                    .color(ui.visuals().warn_fg_color),
                );
                if ui.button("Restore").clicked() {
                    app.push(Command::RestoreRecovery);
                }
                if ui.button("Discard").clicked() {
                    app.push(Command::DiscardRecovery);
                }
            });
        });
    }
    let Some(found) = &app.work.changes else {
        return;
    };
    let mut dismiss = false;
    Panel::top("changes-banner").show(ui, |ui| {
        ui.horizontal(|ui| {
            let list = |title: &str, files: &[String]| {
                if files.is_empty() {
                    String::new()
                } else {
                    format!("{title}: {}\n", files.join(", "))
                }
            };
            ui.label(
                RichText::new(format!(
                    "The corpus changed since this workspace was saved: {}. The analysis is of the files as they are now.",
                    found.summary()
                ))
                .color(ui.visuals().warn_fg_color),
            )
            .on_hover_text(format!(
                "{}{}{}",
                list("Added", &found.added),
                list("Removed", &found.removed),
                list("Modified", &found.modified)
            ));
            dismiss = ui.button("OK").clicked();
        });
    });
    if dismiss {
        app.work.changes = None;
    }
}
