//! Stop words: the default English list (`assets/stopwords-en.txt`) and the user's changes to it.
//!
//! ```
//! use quarry::engine::stopwords::StopWords;
//! let mut stop = StopWords::english();
//! assert!(stop.contains("the"));
//! stop.removed.insert("over".into());
//! stop.added.insert("said".into());
//! let set = stop.compile();
//! assert!(set.contains("said") && !set.contains("over"));
//! ```

use std::collections::{BTreeSet, HashSet};

use serde::{Deserialize, Serialize};

/// The bundled default list, one word per line, `#` comments.
const ENGLISH: &str = include_str!("../../assets/stopwords-en.txt");

/// The words of the bundled English list, sorted.
pub fn default_english() -> Vec<&'static str> {
    let mut words: Vec<&str> = ENGLISH
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// Stop-word settings for an analysis: whether to filter, and the user's edits to the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StopWords {
    /// Whether stop words are hidden from term lists, keywords and n-gram edges.
    pub enabled: bool,
    /// Words the user added (lower case).
    pub added: BTreeSet<String>,
    /// Default words the user removed (lower case).
    pub removed: BTreeSet<String>,
}

impl Default for StopWords {
    fn default() -> Self {
        Self::english()
    }
}

impl StopWords {
    /// The default English list, enabled, with no edits.
    pub fn english() -> Self {
        Self {
            enabled: true,
            added: BTreeSet::new(),
            removed: BTreeSet::new(),
        }
    }

    /// No filtering at all.
    pub fn disabled() -> Self {
        Self {
            enabled: false,
            ..Self::english()
        }
    }

    /// Whether `word` (lower case) is a stop word under these settings.
    pub fn contains(&self, word: &str) -> bool {
        self.enabled
            && !self.removed.contains(word)
            && (self.added.contains(word) || default_english().binary_search(&word).is_ok())
    }

    /// The effective set, for fast repeated look-ups (empty when disabled).
    pub fn compile(&self) -> HashSet<String> {
        if !self.enabled {
            return HashSet::new();
        }
        default_english()
            .into_iter()
            .map(str::to_string)
            .chain(self.added.iter().cloned())
            .filter(|word| !self.removed.contains(word))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_list_is_loaded_and_sorted() {
        let words = default_english();
        assert!(words.len() > 100);
        assert!(words.windows(2).all(|w| w[0] < w[1]));
        assert!(words.contains(&"the") && !words.contains(&"soldiers"));
    }

    #[test]
    fn disabled_filters_nothing() {
        let stop = StopWords::disabled();
        assert!(!stop.contains("the"));
        assert!(stop.compile().is_empty());
    }
}
