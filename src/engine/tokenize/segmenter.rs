//! Stage 1: words from Unicode word segmentation, with hyphenated words joined.
//!
//! A word is a UAX #29 word segment containing a letter or digit. Two words separated by one
//! hyphen (`-` or U+2010) with no space are joined into one ("F-16", "life-threatening"); the
//! joined word is the token, and its parts can be counted separately (see
//! [`super::hyphen_parts`]).
//!
//! UAX #29 never joins across ASCII white space, so the text is cut into white-space-separated
//! pieces: a piece of pure ASCII (most of English text) goes through a hand-written scanner that
//! implements the UAX #29 rules for ASCII characters, and any other piece through the
//! `unicode-segmentation` crate. A test checks that both agree on ASCII text.

use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

/// Iterator over `(byte offset, word)` pairs of `text`.
pub fn words(text: &str) -> Words<'_> {
    Words {
        raw: RawWords::new(text),
        peeked: None,
        text,
    }
}

/// The iterator returned by [`words`].
pub struct Words<'a> {
    raw: RawWords<'a>,
    peeked: Option<(usize, usize)>,
    text: &'a str,
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let (start, mut end) = self.peeked.take().or_else(|| self.raw.next())?;
        // Join "word-word-word" when a single hyphen sits between two adjacent words.
        loop {
            let rest = &self.text[end..];
            let hyphen = if rest.starts_with('-') {
                1
            } else if rest.starts_with('\u{2010}') {
                3
            } else {
                break;
            };
            match self.raw.next() {
                Some((next_start, next_end)) if next_start == end + hyphen => end = next_end,
                other => {
                    self.peeked = other;
                    break;
                }
            }
        }
        Some((start, &self.text[start..end]))
    }
}

/// UAX #29 word segments that contain a letter or digit, as byte ranges.
struct RawWords<'a> {
    text: &'a str,
    /// Next byte to look at.
    pos: usize,
    /// End of the current ASCII piece (`pos == piece_end` when between pieces).
    piece_end: usize,
    /// The current non-ASCII piece, segmented by `unicode-segmentation`, and its offset.
    unicode: Option<(usize, UWordBoundIndices<'a>)>,
}

fn is_word_segment(segment: &str) -> bool {
    segment.chars().any(char::is_alphanumeric)
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Whether the ASCII character `mid` between `before` and `after` keeps them in one word
/// (UAX #29 rules WB6, WB7, WB11 and WB12).
fn joins(before: u8, mid: u8, after: u8) -> bool {
    let letters = before.is_ascii_alphabetic() && after.is_ascii_alphabetic();
    let digits = before.is_ascii_digit() && after.is_ascii_digit();
    match mid {
        b':' => letters,
        b',' | b';' => digits,
        b'.' | b'\'' => letters || digits,
        _ => false,
    }
}

impl<'a> RawWords<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            pos: 0,
            piece_end: 0,
            unicode: None,
        }
    }

    /// The next word inside the current ASCII piece, if any.
    fn scan_ascii(&mut self) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        let end = self.piece_end;
        loop {
            while self.pos < end && !is_word_byte(bytes[self.pos]) {
                self.pos += 1;
            }
            if self.pos >= end {
                return None;
            }
            let start = self.pos;
            let mut has_alphanumeric = false;
            while self.pos < end {
                let b = bytes[self.pos];
                if is_word_byte(b) {
                    has_alphanumeric |= b != b'_';
                    self.pos += 1;
                } else if self.pos + 1 < end && joins(bytes[self.pos - 1], b, bytes[self.pos + 1]) {
                    self.pos += 1;
                } else {
                    break;
                }
            }
            if has_alphanumeric {
                return Some((start, self.pos));
            }
        }
    }
}

impl Iterator for RawWords<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.text.as_bytes();
        loop {
            if let Some((base, segments)) = &mut self.unicode {
                let base = *base;
                if let Some((offset, segment)) = segments.find(|(_, s)| is_word_segment(s)) {
                    return Some((base + offset, base + offset + segment.len()));
                }
                self.unicode = None;
            }
            if self.pos < self.piece_end {
                if let Some(word) = self.scan_ascii() {
                    return Some(word);
                }
                continue;
            }
            while self.pos < bytes.len() && bytes[self.pos].is_ascii_whitespace() {
                self.pos += 1;
            }
            if self.pos >= bytes.len() {
                return None;
            }
            let start = self.pos;
            let end = bytes[start..]
                .iter()
                .position(u8::is_ascii_whitespace)
                .map_or(bytes.len(), |p| start + p);
            if bytes[start..end].is_ascii() {
                self.piece_end = end;
            } else {
                // Piece boundaries are ASCII, hence character boundaries.
                self.unicode = Some((start, self.text[start..end].split_word_bound_indices()));
                self.pos = end;
                self.piece_end = end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        words(text).map(|(_, w)| w).collect()
    }

    #[test]
    fn numbers_stay_whole_and_punctuation_goes() {
        assert_eq!(
            texts("over 20,000 soldiers (1.2million!) -- $1.5bn, 10%."),
            ["over", "20,000", "soldiers", "1.2million", "1.5bn", "10"]
        );
    }

    #[test]
    fn hyphens_join_but_dashes_and_spaced_hyphens_do_not() {
        assert_eq!(
            texts("a life-threatening, well-to-do F-16 - not joined — nor this- one"),
            [
                "a",
                "life-threatening",
                "well-to-do",
                "F-16",
                "not",
                "joined",
                "nor",
                "this",
                "one"
            ]
        );
    }

    #[test]
    fn non_latin_scripts_segment() {
        assert_eq!(texts("Путин сказал: «да»."), ["Путин", "сказал", "да"]);
        assert_eq!(texts("Kyiv’s café-bar"), ["Kyiv’s", "café-bar"]);
    }

    /// The ASCII scanner must agree with `unicode-segmentation` on every ASCII text.
    #[test]
    fn ascii_scanner_matches_unicode_segmentation() {
        let alphabet = b"aZk09_.,;:'\"-!? \t\n$%()/";
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            let len = (state % 12) as usize + 1;
            let mut sample = String::new();
            for _ in 0..len {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                sample.push(alphabet[(state % alphabet.len() as u64) as usize] as char);
            }
            let ours: Vec<(usize, usize)> = RawWords::new(&sample).collect();
            let reference: Vec<(usize, usize)> = sample
                .split_word_bound_indices()
                .filter(|(_, s)| is_word_segment(s))
                .map(|(o, s)| (o, o + s.len()))
                .collect();
            assert_eq!(ours, reference, "segmenting {sample:?}");
        }
    }
}
