//! Corpus fingerprints: size, modification time and content hash of every file, so reopening a
//! workspace can say which files were added, removed or changed since it was saved.

use std::io::Read;
use std::path::Path;
use std::time::UNIX_EPOCH;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::engine::corpus::{CorpusError, discover};

/// One file as it was.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct FileFingerprint {
    /// Path relative to the corpus folder, `/` separators.
    pub path: String,
    /// Size in bytes.
    pub bytes: u64,
    /// Modification time, seconds since 1970 (0 if unknown).
    pub modified: u64,
    /// FNV-1a 64-bit hash of the content, as 16 hex digits (empty if unreadable).
    pub hash: String,
}

/// What changed in a corpus folder since its fingerprints were taken.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CorpusChanges {
    /// Files that are new.
    pub added: Vec<String>,
    /// Files that are gone.
    pub removed: Vec<String>,
    /// Files whose content changed.
    pub modified: Vec<String>,
}

impl CorpusChanges {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.modified.is_empty()
    }

    /// A sentence for the user, e.g. "2 files added, 1 removed, 1 modified".
    pub fn summary(&self) -> String {
        format!(
            "{} files added, {} removed, {} modified",
            self.added.len(),
            self.removed.len(),
            self.modified.len()
        )
    }
}

/// FNV-1a, 64 bits: stable across platforms and releases (unlike std's hasher).
fn fnv1a(reader: &mut impl Read) -> std::io::Result<u64> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut buffer = [0_u8; 64 * 1024];
    loop {
        let n = reader.read(&mut buffer)?;
        if n == 0 {
            return Ok(hash);
        }
        for &byte in &buffer[..n] {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

fn fingerprint_file(relative: &str, absolute: &Path) -> FileFingerprint {
    let metadata = std::fs::metadata(absolute).ok();
    let modified = metadata
        .as_ref()
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    let hash = std::fs::File::open(absolute)
        .and_then(|mut file| fnv1a(&mut file))
        .map(|h| format!("{h:016x}"))
        .unwrap_or_default();
    FileFingerprint {
        path: relative.to_string(),
        bytes: metadata.map_or(0, |m| m.len()),
        modified,
        hash,
    }
}

/// Fingerprints every file Quarry would read in `folder`, sorted by path.
pub fn fingerprint(folder: &Path) -> Result<Vec<FileFingerprint>, CorpusError> {
    let discovery = discover(folder)?;
    let mut prints: Vec<FileFingerprint> = discovery
        .files
        .par_iter()
        .map(|f| fingerprint_file(&f.relative, &f.absolute))
        .collect();
    prints.sort();
    Ok(prints)
}

/// What changed between the fingerprints `before` and `now` (both sorted by path). A file whose
/// content hash is unchanged counts as unchanged even if its time moved.
pub fn changes(before: &[FileFingerprint], now: &[FileFingerprint]) -> CorpusChanges {
    let mut result = CorpusChanges::default();
    let (mut i, mut j) = (0, 0);
    while i < before.len() || j < now.len() {
        match (before.get(i), now.get(j)) {
            (Some(a), Some(b)) if a.path == b.path => {
                if a.hash != b.hash || a.bytes != b.bytes {
                    result.modified.push(a.path.clone());
                }
                i += 1;
                j += 1;
            }
            (Some(a), Some(b)) if a.path < b.path => {
                result.removed.push(a.path.clone());
                i += 1;
            }
            (Some(_), Some(b)) => {
                result.added.push(b.path.clone());
                j += 1;
            }
            (Some(a), None) => {
                result.removed.push(a.path.clone());
                i += 1;
            }
            (None, Some(b)) => {
                result.added.push(b.path.clone());
                j += 1;
            }
            (None, None) => break,
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fnv1a() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(fnv1a(&mut &b""[..]).unwrap(), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(&mut &b"a"[..]).unwrap(), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn added_removed_and_modified_files_are_found() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "one").unwrap();
        std::fs::write(dir.path().join("b.txt"), "two").unwrap();
        std::fs::write(dir.path().join("c.txt"), "three").unwrap();
        let before = fingerprint(dir.path()).unwrap();
        std::fs::remove_file(dir.path().join("a.txt")).unwrap();
        std::fs::write(dir.path().join("b.txt"), "TWO, changed").unwrap();
        std::fs::write(dir.path().join("d.txt"), "four").unwrap();
        let now = fingerprint(dir.path()).unwrap();
        let found = changes(&before, &now);
        assert_eq!(found.added, ["d.txt"]);
        assert_eq!(found.removed, ["a.txt"]);
        assert_eq!(found.modified, ["b.txt"]);
        assert!(changes(&now, &now).is_empty());
    }
}
