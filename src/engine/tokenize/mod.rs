//! The tokenizer: a small pipeline of stages, each in its own file.
//!
//! 1. [`segmenter`] finds words with Unicode word segmentation (UAX #29), keeping numbers such as
//!    "20,000" or "1.2million" whole and joining hyphenated words ("life-threatening").
//! 2. [`mod@normalize`] turns a word into its surface form: typographic apostrophes become `'` and a
//!    possessive or clitic `'s` is removed ("Russia's" → "Russia"). Case is kept here.
//! 3. [`fold`] lower-cases a surface form when the analysis folds case; the index stores surface
//!    forms so the same index serves case-sensitive and case-folded analyses.
//!
//! Tokens carry byte offsets into the original text.
//!
//! ```
//! use quarry::engine::tokenize::tokenize;
//! let mut seen = Vec::new();
//! tokenize("Russia's life-threatening 20,000-strong army", |start, end, surface| {
//!     seen.push((start, end, surface.to_string()));
//! });
//! assert_eq!(seen, [
//!     (0, 8, "Russia".to_string()),
//!     (9, 25, "life-threatening".to_string()),
//!     (26, 39, "20,000-strong".to_string()),
//!     (40, 44, "army".to_string()),
//! ]);
//! ```

pub mod fold;
pub mod normalize;
pub mod segmenter;

pub use fold::fold_case;
pub use normalize::normalize;
pub use segmenter::words;

/// Calls `emit(start, end, surface)` for every token of `text`, in order.
///
/// `surface` is only valid during the call: the buffer is reused for the next token.
pub fn tokenize(text: &str, mut emit: impl FnMut(usize, usize, &str)) {
    let mut buffer = String::new();
    for (start, word) in words(text) {
        if let Some(surface) = normalize(word, &mut buffer) {
            emit(start, start + word.len(), surface);
        }
    }
}

/// The byte offset where the token starting at `start` ends, found by tokenising from `start`.
///
/// The index stores only token starts; this recovers the end without storing it.
pub fn token_end(text: &str, start: usize) -> usize {
    text.get(start..)
        .and_then(|rest| words(rest).next())
        .map_or(start, |(offset, word)| start + offset + word.len())
}

/// Where the token starting at `start` ends if it is written exactly as its surface form, which
/// is `surface_len` bytes long: the byte there must break a word (a word continues only through
/// a letter, digit or underscore, or through one of `- ' . , : ;` followed by a letter or
/// digit). A token whose surface differs (a possessive removed, a typographic apostrophe) is
/// longer than its surface, and the byte at that length is inside the word, so this gives
/// `None` and the caller tokenises ([`token_end`]). Cheaper than [`token_end`]: the segmenter
/// is not run.
pub fn written_end(text: &str, start: usize, surface_len: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let end = start + surface_len;
    let breaks = |at: usize| {
        bytes
            .get(at)
            .is_none_or(|&b| b.is_ascii() && !b.is_ascii_alphanumeric() && b != b'_')
    };
    let joiner = matches!(
        bytes.get(end),
        Some(b'-' | b'\'' | b'.' | b',' | b':' | b';')
    );
    (end <= bytes.len()
        && text.is_char_boundary(end)
        && breaks(end)
        && (!joiner || breaks(end + 1)))
    .then_some(end)
}

/// The parts of a hyphenated term ("life-threatening" → "life", "threatening"); none for a
/// term without a hyphen.
pub fn hyphen_parts(term: &str) -> impl Iterator<Item = &str> {
    let hyphenated = term.contains('-');
    term.split('-')
        .filter(move |part| hyphenated && !part.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_end_matches_the_tokenizer() {
        let text = "Over 20,000 cases — «Gulag 2.0»; Kyiv’s F-16s and the CSIS' 1.2million \
                    co-operation, 10% of 55-year-old men. naïve café";
        tokenize(text, |start, end, _| {
            assert_eq!(token_end(text, start), end, "token at {start}");
        });
    }

    #[test]
    fn written_end_agrees_with_the_tokenizer_or_declines() {
        let text =
            "Kyiv\u{2019}s 20,000-strong force, Russia's army: don\u{2019}t 1.2million e.g. x_y";
        tokenize(text, |start, end, surface| {
            match written_end(text, start, surface.len()) {
                Some(found) => assert_eq!(found, end, "token at {start}"),
                // Only tokens written differently from their surface are declined.
                None => assert_ne!(&text[start..end], surface, "token at {start}"),
            }
        });
    }

    #[test]
    fn hyphen_parts_only_for_hyphenated_terms() {
        assert_eq!(
            hyphen_parts("life-threatening").collect::<Vec<_>>(),
            ["life", "threatening"]
        );
        assert_eq!(hyphen_parts("soldiers").count(), 0);
    }
}
