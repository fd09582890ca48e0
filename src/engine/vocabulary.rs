//! Compact string tables: an [`Interner`] that hands out ids while a corpus is read, and a sorted,
//! immutable [`Vocabulary`] that the index and term tables keep.
//!
//! Both store their strings end to end in one buffer with a `u32` end offset per string, so a
//! vocabulary of a million terms costs its text plus 4 bytes a term (plus 16 bytes of hash
//! table while interning) instead of a heap allocation per term.
//!
//! ```
//! use quarry::engine::vocabulary::{Interner, Vocabulary};
//! let mut interner = Interner::default();
//! assert_eq!(interner.intern("soldiers"), 0);
//! assert_eq!(interner.intern("army"), 1);
//! assert_eq!(interner.intern("soldiers"), 0);
//! let (vocabulary, new_id) = Vocabulary::sorted_from(&interner);
//! assert_eq!(vocabulary.get(0), "army");
//! assert_eq!(new_id, [1, 0]); // interned id -> sorted id
//! assert_eq!(vocabulary.find("soldiers"), Some(1));
//! ```

use std::hash::BuildHasher;

use rayon::prelude::*;
use rustc_hash::FxBuildHasher;

/// Strings stored end to end: string `i` is `text[ends[i - 1]..ends[i]]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Strings {
    text: String,
    ends: Vec<u32>,
}

impl Strings {
    fn get(&self, id: u32) -> &str {
        let i = id as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    fn push(&mut self, s: &str) -> u32 {
        self.text.push_str(s);
        self.ends.push(self.text.len() as u32);
        (self.ends.len() - 1) as u32
    }

    fn len(&self) -> usize {
        self.ends.len()
    }
}

/// A hash-table entry: the string's first eight bytes and length inline, so most look-ups of
/// short words never touch the string arena.
#[derive(Clone, Copy, Debug)]
struct Entry {
    prefix: u64,
    len: u32,
    id: u32,
}

fn prefix_of(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut buffer = [0u8; 8];
    let n = bytes.len().min(8);
    buffer[..n].copy_from_slice(&bytes[..n]);
    u64::from_le_bytes(buffer)
}

/// Gives each distinct string a dense id, in order of first appearance.
#[derive(Clone, Debug, Default)]
pub struct Interner {
    table: hashbrown::HashTable<Entry>,
    strings: Strings,
}

impl Interner {
    /// The id of `s`, adding it if it is new.
    pub fn intern(&mut self, s: &str) -> u32 {
        let Self { table, strings } = self;
        let hash = FxBuildHasher.hash_one(s);
        let prefix = prefix_of(s);
        let len = s.len() as u32;
        let found = table.find(hash, |e| {
            e.prefix == prefix && e.len == len && (len <= 8 || strings.get(e.id) == s)
        });
        if let Some(entry) = found {
            return entry.id;
        }
        let id = strings.push(s);
        table.insert_unique(hash, Entry { prefix, len, id }, |e| {
            FxBuildHasher.hash_one(strings.get(e.id))
        });
        id
    }

    /// The string with id `id`.
    pub fn get(&self, id: u32) -> &str {
        self.strings.get(id)
    }

    /// Number of distinct strings.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// Whether nothing was interned.
    pub fn is_empty(&self) -> bool {
        self.strings.len() == 0
    }
}

/// A sorted list of distinct strings; an id is a position in the sorted order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Vocabulary {
    strings: Strings,
}

impl Vocabulary {
    /// Sorts the strings of `interner` and returns them with the table from interned id to
    /// sorted id.
    pub fn sorted_from(interner: &Interner) -> (Self, Vec<u32>) {
        let mut order: Vec<u32> = (0..interner.len() as u32).collect();
        order.par_sort_unstable_by(|&a, &b| interner.get(a).cmp(interner.get(b)));
        let mut new_id = vec![0u32; order.len()];
        let mut strings = Strings {
            text: String::with_capacity(interner.strings.text.len()),
            ends: Vec::with_capacity(order.len()),
        };
        for (position, &old) in order.iter().enumerate() {
            new_id[old as usize] = position as u32;
            strings.push(interner.get(old));
        }
        (Self { strings }, new_id)
    }

    /// A vocabulary of `words`, which must be sorted and distinct.
    pub fn from_sorted<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut strings = Strings::default();
        for word in words {
            debug_assert!(strings.len() == 0 || strings.get(strings.len() as u32 - 1) < word);
            strings.push(word);
        }
        Self { strings }
    }

    /// The string with id `id`.
    pub fn get(&self, id: u32) -> &str {
        self.strings.get(id)
    }

    /// The id of `s`, if present.
    pub fn find(&self, s: &str) -> Option<u32> {
        let at = self.first_from(s);
        (at < self.len() as u32 && self.get(at) == s).then_some(at)
    }

    /// The ids of the strings from `low` (included) to `high` (excluded): one run, as the
    /// strings are sorted ("0" to ":" holds those opening with a digit).
    pub fn between(&self, low: &str, high: &str) -> std::ops::Range<u32> {
        let start = self.first_from(low);
        start..self.first_from(high).max(start)
    }

    /// The first id whose string is not below `bound` (the number of strings when all are).
    fn first_from(&self, bound: &str) -> u32 {
        let (mut low, mut high) = (0, self.len() as u32);
        while low < high {
            let mid = low + (high - low) / 2;
            if self.get(mid) < bound {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        low
    }

    /// Number of strings.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// Whether the vocabulary is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The strings in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len() as u32).map(|id| self.get(id))
    }

    /// `(id, string)` pairs, in parallel.
    pub fn par_iter(&self) -> impl ParallelIterator<Item = (u32, &str)> {
        (0..self.len() as u32)
            .into_par_iter()
            .map(|id| (id, self.get(id)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_strings_between_two_bounds_are_one_run_of_ids() {
        let words = ["#tag", "0", "1990s", "240", "9th", ":-)", "alpha", "beta"];
        let vocabulary = Vocabulary::from_sorted(words);
        assert_eq!(vocabulary.between("0", ":"), 1..5);
        assert_eq!(vocabulary.between("a", "b"), 6..7);
        assert_eq!(vocabulary.between("c", "d"), 8..8);
        assert_eq!(vocabulary.between("z", "a"), 8..8);
        assert_eq!(Vocabulary::default().between("0", ":"), 0..0);
    }

    #[test]
    fn interning_many_strings_keeps_ids_and_order() {
        let mut interner = Interner::default();
        let words: Vec<String> = (0..5_000)
            .map(|i| format!("w{}", (i * 7919) % 5_000))
            .collect();
        let ids: Vec<u32> = words.iter().map(|w| interner.intern(w)).collect();
        assert_eq!(interner.len(), 5_000);
        for (word, id) in words.iter().zip(&ids) {
            assert_eq!(interner.get(*id), word);
            assert_eq!(interner.intern(word), *id);
        }
        let (vocabulary, new_id) = Vocabulary::sorted_from(&interner);
        assert!(
            vocabulary
                .iter()
                .zip(vocabulary.iter().skip(1))
                .all(|(a, b)| a < b)
        );
        for (word, id) in words.iter().zip(&ids) {
            assert_eq!(vocabulary.get(new_id[*id as usize]), word);
            assert_eq!(vocabulary.find(word), Some(new_id[*id as usize]));
        }
        assert_eq!(vocabulary.find("absent"), None);
    }
}
