//! Native file dialogs (rfd), behind a trait so tests can stand in for the user.
//!
//! The app calls these on a worker thread, so a slow or missing desktop portal never blocks
//! drawing; without a portal rfd returns `None` at once and the app offers a typed path.

use std::path::PathBuf;

/// Asks the user for paths.
pub trait Dialogs: Send + Sync {
    /// A folder to open (or to export into); `None` if cancelled or no dialog could be shown.
    fn pick_folder(&self) -> Option<PathBuf>;
    /// A file to save, suggesting `default_name`.
    fn save_file(&self, default_name: &str) -> Option<PathBuf>;
    /// A workspace file (`.ron`) to open.
    fn pick_workspace(&self) -> Option<PathBuf>;
}

/// The platform's dialogs, through rfd.
#[derive(Clone, Copy, Debug, Default)]
pub struct NativeDialogs;

impl Dialogs for NativeDialogs {
    fn pick_folder(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open a folder of texts")
            .pick_folder()
    }

    fn save_file(&self, default_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_file_name(default_name)
            .save_file()
    }

    fn pick_workspace(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open a Quarry workspace")
            .add_filter("Quarry workspace", &["ron"])
            .pick_file()
    }
}

/// Dialogs that answer with fixed paths, for tests and scripted runs.
#[derive(Clone, Debug, Default)]
pub struct FixedDialogs {
    /// What `pick_folder` returns.
    pub folder: Option<PathBuf>,
    /// What `save_file` and `pick_workspace` return.
    pub file: Option<PathBuf>,
}

impl Dialogs for FixedDialogs {
    fn pick_folder(&self) -> Option<PathBuf> {
        self.folder.clone()
    }

    fn save_file(&self, _default_name: &str) -> Option<PathBuf> {
        self.file.clone()
    }

    fn pick_workspace(&self) -> Option<PathBuf> {
        self.file.clone()
    }
}
