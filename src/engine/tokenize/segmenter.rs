//! Stage 1: words from Unicode word segmentation, with hyphenated words joined.
//!
//! A word is a UAX #29 segment containing a letter or digit. Two words separated by one hyphen
//! (`-` or U+2010) with no space are joined into one ("F-16", "life-threatening"); the joined word
//! is the token, and its parts can be counted separately (see [`super::hyphen_parts`]).

use unicode_segmentation::UnicodeSegmentation;

/// Iterator over `(byte offset, word)` pairs of `text`.
pub fn words(text: &str) -> Words<'_> {
    Words {
        segments: text.split_word_bound_indices().peekable(),
        text,
    }
}

/// The iterator returned by [`words`].
pub struct Words<'a> {
    segments: std::iter::Peekable<unicode_segmentation::UWordBoundIndices<'a>>,
    text: &'a str,
}

fn is_word(segment: &str) -> bool {
    segment.chars().any(char::is_alphanumeric)
}

fn is_hyphen(segment: &str) -> bool {
    segment == "-" || segment == "\u{2010}"
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let (start, first) = loop {
            let (offset, segment) = self.segments.next()?;
            if is_word(segment) {
                break (offset, segment);
            }
        };
        let mut end = start + first.len();
        // Join "word-word-word": look at the hyphen and the segment after it.
        loop {
            let Some(&(hyphen_at, hyphen)) = self.segments.peek() else {
                break;
            };
            if hyphen_at != end || !is_hyphen(hyphen) {
                break;
            }
            let after = hyphen_at + hyphen.len();
            let Some(next_word) = self.text[after..].split_word_bounds().next() else {
                break;
            };
            if !is_word(next_word) {
                break;
            }
            self.segments.next();
            self.segments.next();
            end = after + next_word.len();
        }
        Some((start, &self.text[start..end]))
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
    }
}
