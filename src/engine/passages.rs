//! Passages: the units that links connect.
//!
//! A passage is a paragraph; a paragraph longer than [`LONG_PARAGRAPH_WORDS`] words is cut at
//! sentence boundaries into windows of two to four sentences (a window closes once it holds
//! [`WINDOW_WORDS`] words). Short lines — captions, bylines, headings — stay passages of their
//! own. A passage's id is its document and its position in the document, so it is stable for an
//! unchanged document.

use serde::Serialize;

use super::corpus::{DocId, Document};
use super::index::DocTokens;
use super::segment::Span;

/// Paragraphs longer than this are split into sentence windows.
pub const LONG_PARAGRAPH_WORDS: usize = 120;
/// A window closes once it holds this many words (and at least two sentences).
pub const WINDOW_WORDS: usize = 60;
/// The most sentences in one window.
pub const MAX_WINDOW_SENTENCES: usize = 4;

/// One passage of one document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Passage {
    /// The document.
    pub doc: DocId,
    /// Position of the passage in its document, from 0.
    pub index: u32,
    /// Byte span in the document text.
    pub span: Span,
    /// Index of the passage's first token in the document.
    pub first_token: u32,
    /// One past the index of its last token.
    pub end_token: u32,
}

impl Passage {
    /// Number of words.
    pub fn words(&self) -> usize {
        (self.end_token - self.first_token) as usize
    }
}

/// The number of tokens that start before `offset`.
fn tokens_before(tokens: &DocTokens, offset: u32) -> u32 {
    let (mut low, mut high) = (0usize, tokens.len());
    while low < high {
        let mid = (low + high) / 2;
        if tokens.starts.get(mid) < offset {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    low as u32
}

/// The passages of one document, in order.
pub fn passages(document: &Document, tokens: &DocTokens) -> Vec<Passage> {
    let mut result = Vec::new();
    // A span with the tokens it holds, `first..end`.
    let mut push = |span: Span, (first_token, end_token): (u32, u32)| {
        result.push(Passage {
            doc: document.id,
            index: result.len() as u32,
            span,
            first_token,
            end_token,
        });
    };
    let held = |span: &Span| {
        (
            tokens_before(tokens, span.start),
            tokens_before(tokens, span.end),
        )
    };
    let sentences = &document.sentences;
    for paragraph in &document.paragraphs {
        let words = held(paragraph);
        if (words.1 - words.0) as usize <= LONG_PARAGRAPH_WORDS {
            push(*paragraph, words);
            continue;
        }
        // The sentences inside the paragraph, with their tokens (sentences are in text order).
        let from = sentences.partition_point(|s| s.start < paragraph.start);
        let to = from + sentences[from..].partition_point(|s| s.start < paragraph.end);
        let inside: Vec<(Span, (u32, u32))> = sentences[from..to]
            .iter()
            .filter(|s| s.end <= paragraph.end)
            .map(|s| (*s, held(s)))
            .collect();
        // The window of sentences so far, how many, and the words inside them.
        let mut window: Option<(Span, (u32, u32))> = None;
        let (mut window_sentences, mut window_words) = (0, 0);
        for (k, &(sentence, words)) in inside.iter().enumerate() {
            let (span, tokens) = window.get_or_insert((sentence, words));
            (span.end, tokens.1) = (sentence.end, words.1);
            window_sentences += 1;
            window_words += (words.1 - words.0) as usize;
            let remaining = inside.len() - k - 1;
            let full = window_sentences >= MAX_WINDOW_SENTENCES
                || (window_sentences >= 2 && window_words >= WINDOW_WORDS);
            // Never leave a single sentence for the last window.
            if full && remaining != 1 {
                push(*span, *tokens);
                window = None;
                (window_sentences, window_words) = (0, 0);
            }
        }
        if let Some((span, tokens)) = window {
            push(span, tokens);
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::index::Starts;
    use crate::engine::segment::{paragraphs, sentences};
    use crate::engine::tokenize::tokenize;

    fn document(text: &str) -> (Document, DocTokens) {
        let paragraphs = paragraphs(text);
        let sentences = sentences(text, &paragraphs);
        let mut starts = Vec::new();
        tokenize(text, |s, _, _| starts.push(s as u32));
        let tokens = DocTokens {
            surfaces: vec![0; starts.len()],
            starts: Starts::new(starts, text.len()),
        };
        let document = Document::of_text(text, paragraphs, sentences);
        (document, tokens)
    }

    #[test]
    fn short_paragraphs_are_passages_and_long_ones_are_windows() {
        let sentence = "Soldiers who refused to fight were held in a pit for days without food. ";
        let long = sentence.repeat(12);
        let text = format!("Photo: a court.\n\n{long}\n\nBy a reporter");
        let (document, tokens) = document(&text);
        let found = passages(&document, &tokens);
        assert_eq!(found[0].span.of(&text), "Photo: a court.");
        assert_eq!(
            found.last().map(|p| p.span.of(&text)),
            Some("By a reporter")
        );
        let windows = &found[1..found.len() - 1];
        assert!(windows.len() >= 3);
        for window in windows {
            let sentences = window.span.of(&text).matches(". ").count() + 1;
            assert!(
                (2..=MAX_WINDOW_SENTENCES).contains(&sentences),
                "{sentences} sentences"
            );
        }
        let covered: usize = windows.iter().map(Passage::words).sum();
        assert_eq!(covered, 14 * 12);
        assert!(found.iter().enumerate().all(|(i, p)| p.index as usize == i));
    }
}
