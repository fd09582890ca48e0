//! Reading and writing workspace files: pretty RON in a stable field order, version checks and
//! migration, unknown fields reported, errors naming the file and the line:column, atomic saves
//! that keep the previous file as `.bak`.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};

use super::migrate::{WorkspaceV1, v1_to_v2};
use super::model::{VERSION, Workspace};

/// Why a workspace could not be read or written. Messages end with the path.
#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    /// The file could not be read.
    #[error("could not read workspace: {source}: {path}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The text is not a valid workspace.
    #[error("could not read workspace: invalid RON at {line}:{column}: {message}: {path}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// Made by a newer Quarry.
    #[error(
        "could not read workspace: it was saved by a newer Quarry (format {found}; this version \
         reads up to {supported}); the file was left untouched: {path}"
    )]
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its version.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The file could not be written (the previous file, if any, is intact).
    #[error("could not save workspace: {source}: {path}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// A workspace read from a file, with what the reader noticed.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The workspace, at the current version.
    pub workspace: Workspace,
    /// The version the file had, when it was migrated.
    pub migrated_from: Option<u32>,
    /// Top-level fields this version does not know (from a newer minor version); they are not
    /// kept when the workspace is saved again, so the app says so.
    pub unknown_fields: Vec<String>,
}

/// The fields [`Workspace`] has, in file order.
const FIELDS: [&str; 8] = [
    "version",
    "corpus",
    "settings",
    "view",
    "layout",
    "pinned",
    "notes",
    "name_edits",
];

/// The first line of every file.
const HEADER: &str = "// Quarry workspace. Plain RON: safe to read, diff and edit with care.\n";

/// The workspace as the text of a file: pretty RON, fields in a fixed order, so saving the
/// same state twice gives the same bytes.
pub fn to_ron(workspace: &Workspace) -> String {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ".to_string())
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false);
    // Serialising plain data to a string cannot fail.
    let body = ron::ser::to_string_pretty(workspace, config).unwrap_or_default();
    format!("{HEADER}{body}\n")
}

#[derive(Deserialize)]
struct VersionProbe {
    #[serde(default)]
    version: u32,
}

/// The names of a RON struct's top-level fields.
struct TopLevelKeys(Vec<String>);

impl<'de> Deserialize<'de> for TopLevelKeys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Keys;
        impl<'de> Visitor<'de> for Keys {
            type Value = TopLevelKeys;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a workspace")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TopLevelKeys, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    map.next_value::<IgnoredAny>()?;
                    keys.push(key);
                }
                Ok(TopLevelKeys(keys))
            }
        }
        deserializer.deserialize_struct("Workspace", &[], Keys)
    }
}

fn invalid(path: &Path, error: &ron::error::SpannedError) -> WorkspaceError {
    WorkspaceError::Invalid {
        path: path.to_path_buf(),
        line: error.span.start.line,
        column: error.span.start.col,
        message: error.code.to_string(),
    }
}

/// Reads a workspace from `text` (the contents of `path`, named in errors).
pub fn from_ron(text: &str, path: &Path) -> Result<Loaded, WorkspaceError> {
    let probe: VersionProbe = ron::from_str(text).map_err(|e| invalid(path, &e))?;
    if probe.version > VERSION {
        return Err(WorkspaceError::TooNew {
            path: path.to_path_buf(),
            found: probe.version,
            supported: VERSION,
        });
    }
    let (workspace, migrated_from) = match probe.version {
        1 => {
            let old: WorkspaceV1 = ron::from_str(text).map_err(|e| invalid(path, &e))?;
            (v1_to_v2(old), Some(1))
        }
        VERSION => {
            let workspace: Workspace = ron::from_str(text).map_err(|e| invalid(path, &e))?;
            (workspace, None)
        }
        other => {
            return Err(WorkspaceError::Invalid {
                path: path.to_path_buf(),
                line: 1,
                column: 1,
                message: format!("unknown workspace version {other}"),
            });
        }
    };
    let unknown_fields = match (migrated_from, ron::from_str::<TopLevelKeys>(text)) {
        (None, Ok(keys)) => keys
            .0
            .into_iter()
            .filter(|k| !FIELDS.contains(&k.as_str()))
            .collect(),
        _ => Vec::new(),
    };
    Ok(Loaded {
        workspace,
        migrated_from,
        unknown_fields,
    })
}

/// Reads the workspace file at `path`.
pub fn load(path: &Path) -> Result<Loaded, WorkspaceError> {
    let text = std::fs::read_to_string(path).map_err(|source| WorkspaceError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    from_ron(&text, path)
}

/// The file a save keeps the previous version in: `study.ron` → `study.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

fn temporary_path(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".tmp");
    path.with_file_name(name)
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder is written and
/// flushed to disk, the previous file is kept as `.bak`, and the temporary file is renamed over
/// `path`. If anything fails, `path` is left as it was.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), WorkspaceError> {
    let failed = |source| WorkspaceError::Write {
        path: path.to_path_buf(),
        source,
    };
    let temporary = temporary_path(path);
    let written = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    if let Err(error) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(failed(error));
    }
    if path.exists() {
        std::fs::copy(path, backup_path(path)).map_err(failed)?;
    }
    std::fs::rename(&temporary, path).map_err(|error| {
        let _ = std::fs::remove_file(&temporary);
        failed(error)
    })?;
    // Make the rename itself durable where the platform allows it.
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && let Ok(folder) = std::fs::File::open(parent)
    {
        let _ = folder.sync_all();
    }
    Ok(())
}

/// Saves `workspace` to `path` (see [`write_atomically`]).
pub fn save(workspace: &Workspace, path: &Path) -> Result<(), WorkspaceError> {
    write_atomically(path, to_ron(workspace).as_bytes())
}
