//! Paragraph and sentence boundaries, as byte spans into a document's text.
//!
//! Paragraphs are separated by blank lines; a text with no blank line at all (one paragraph per
//! line, as many exports are) has a paragraph per non-empty line. Sentences end at `.`, `!`, `?`
//! or `…` (plus closing quotes or brackets) followed by white space and a word that does not start
//! in lower case, unless the full stop belongs to a known abbreviation ("Mr.", "Gen.", "U.S.") or
//! an initial ("J. Smith"). A sentence never crosses a paragraph boundary.
//!
//! ```
//! use quarry::engine::segment::{paragraphs, sentences};
//! let text = "Mr. Gorkov refused. He was punished!\n\nA new paragraph.";
//! let paras = paragraphs(text);
//! assert_eq!(paras.len(), 2);
//! let sents: Vec<&str> = sentences(text, &paras).iter().map(|s| s.of(text)).collect();
//! assert_eq!(sents, ["Mr. Gorkov refused.", "He was punished!", "A new paragraph."]);
//! ```

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    pub fn new(start: usize, end: usize) -> Self {
        Self {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The text this span covers in `text`, or `""` if it does not fit.
    pub fn of(self, text: &str) -> &str {
        text.get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether `offset` falls inside the span.
    pub fn contains(self, offset: u32) -> bool {
        self.start <= offset && offset < self.end
    }
}

/// The paragraphs of `text`, in order, trimmed of surrounding white space.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let has_blank_line = text.split('\n').skip(1).any(|line| line.trim().is_empty());
    let mut spans = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            spans.extend(current.take().map(|(s, e)| Span::new(s, e)));
            continue;
        }
        let start = line_start + (line.len() - line.trim_start().len());
        let end = line_start + line.trim_end().len();
        current = match current {
            Some((s, _)) if has_blank_line => Some((s, end)),
            Some((s, e)) => {
                spans.push(Span::new(s, e));
                Some((start, end))
            }
            None => Some((start, end)),
        };
    }
    spans.extend(current.map(|(s, e)| Span::new(s, e)));
    spans
}

/// The sentences of `text`, found inside each of its `paragraphs`.
pub fn sentences(text: &str, paragraphs: &[Span]) -> Vec<Span> {
    let mut spans = Vec::new();
    for paragraph in paragraphs {
        let base = paragraph.start as usize;
        let body = paragraph.of(text);
        let mut start = 0;
        for end in sentence_ends(body) {
            let piece = &body[start..end];
            let lead = piece.len() - piece.trim_start().len();
            let trail = piece.trim_end().len();
            if trail > lead {
                spans.push(Span::new(base + start + lead, base + start + trail));
            }
            start = end;
        }
        let piece = &body[start..];
        let lead = piece.len() - piece.trim_start().len();
        if !piece.trim().is_empty() {
            spans.push(Span::new(
                base + start + lead,
                base + start + piece.trim_end().len(),
            ));
        }
    }
    spans
}

/// The length of a sentence-ending mark (`.`, `!`, `?`, `…`) at `bytes[i]`, or 0.
fn terminator_len(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        b'.' | b'!' | b'?' => 1,
        0xE2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6]) => 3,
        _ => 0,
    }
}

/// The length of a mark that may follow a sentence end (more terminators, closing quotes and
/// brackets) at `bytes[i]`, or 0.
fn closer_len(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        b'"' | b'\'' | b')' | b']' => 1,
        // Right double and single quotation marks.
        0xE2 if matches!(bytes.get(i + 1..i + 3), Some([0x80, 0x9D | 0x99])) => 3,
        _ => terminator_len(bytes, i),
    }
}

/// Byte offsets (relative to `body`) just after each sentence-ending punctuation run.
fn sentence_ends(body: &str) -> Vec<usize> {
    let bytes = body.as_bytes();
    let mut marks: Vec<usize> = memchr::memchr3_iter(b'.', b'!', b'?', bytes).collect();
    if memchr::memchr(0xE2, bytes).is_some() {
        marks.extend(memchr::memmem::find_iter(bytes, "\u{2026}"));
        marks.sort_unstable();
    }
    let mut ends = Vec::new();
    let mut consumed = 0;
    for i in marks {
        if i < consumed {
            continue; // Part of the previous punctuation run.
        }
        let mark = terminator_len(bytes, i);
        let is_full_stop = bytes[i] == b'.';
        let mut end = i + mark;
        // Swallow the rest of the punctuation run and any closing quotes or brackets.
        while end < bytes.len() {
            let more = closer_len(bytes, end);
            if more == 0 {
                break;
            }
            end += more;
        }
        consumed = end;
        let after = &body[end..];
        let rest = after.trim_start();
        if rest.len() == after.len() || rest.is_empty() {
            continue; // No white space after it ("1.5", "example.com"), or end of paragraph.
        }
        if rest.starts_with(char::is_lowercase) {
            continue;
        }
        if is_full_stop && end == i + 1 && is_abbreviation(&bytes[..i]) {
            continue;
        }
        // "SAN JOSE, Calif. (Ledger) —": a dateline's state before its outlet or dash.
        if is_full_stop
            && end == i + 1
            && rest.starts_with(['(', '\u{2014}', '\u{2013}', '-'])
            && is_state(&bytes[..i])
        {
            continue;
        }
        ends.push(end);
    }
    ends
}

/// Abbreviations that are followed by a full stop but rarely end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "cpl", "dec", "dept", "dr", "e.g",
    "etc", "feb", "fig", "gen", "gov", "i.e", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj",
    "mar", "messrs", "mr", "mrs", "ms", "mt", "no", "nos", "nov", "oct", "p", "pp", "pres", "prof",
    "pte", "pvt", "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st", "vol", "vs",
];

/// Whether the word just before a full stop (the end of `before`) is an abbreviation or initial.
pub(crate) fn is_abbreviation(before: &[u8]) -> bool {
    let word_start = before
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || *b == b'.'))
        .map_or(0, |p| p + 1);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // A single capital letter is an initial; "U.S" and "e.g" contain a dot.
    if word.len() == 1 && word[0].is_ascii_uppercase() {
        return true;
    }
    if word.contains(&b'.') && word.iter().all(|b| b.is_ascii_alphabetic() || *b == b'.') {
        return true;
    }
    word.len() <= 7
        && ABBREVIATIONS
            .iter()
            .any(|a| a.as_bytes().eq_ignore_ascii_case(word))
}

/// Whether the word just before a full stop (the end of `before`) is a US state written short,
/// as in a dateline ("SAN JOSE, Calif. (Ledger) —"), where the stop ends no sentence.
fn is_state(before: &[u8]) -> bool {
    STATES.iter().any(|state| {
        before.ends_with(state.as_bytes())
            && !before[..before.len() - state.len()]
                .last()
                .is_some_and(u8::is_ascii_alphanumeric)
    })
}

/// US states written short, as written: not those that are words too ("Mass.", "Ill.",
/// "Wash.").
const STATES: &[&str] = &[
    "Ala", "Ariz", "Calif", "Colo", "Conn", "Fla", "Kan", "Mich", "Minn", "Mont", "Neb", "Nev",
    "Okla", "Tenn", "Tex", "Wis", "Wyo",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_texts(text: &str) -> Vec<&str> {
        sentences(text, &paragraphs(text))
            .iter()
            .map(|s| s.of(text))
            .collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_wrapped_lines_join() {
        let text = "  Title line\n\nFirst para\nwraps here.\n   \n\nLast.  \n";
        let paras: Vec<&str> = paragraphs(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(paras, ["Title line", "First para\nwraps here.", "Last."]);
    }

    #[test]
    fn without_blank_lines_each_line_is_a_paragraph() {
        let text = "Headline\nFirst paragraph.\nSecond paragraph.";
        assert_eq!(paragraphs(text).len(), 3);
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_end_sentences() {
        let text = "Gen. Ivanov met J. Smith in the U.S. on Monday. Costs rose 1.2 per cent. \
                    \u{201C}Why?\u{201D} she asked. It was 3 p.m. The end\u{2026} Really!";
        assert_eq!(
            sentence_texts(text),
            [
                "Gen. Ivanov met J. Smith in the U.S. on Monday.",
                "Costs rose 1.2 per cent.",
                "\u{201C}Why?\u{201D} she asked.",
                "It was 3 p.m. The end\u{2026}",
                "Really!",
            ]
        );
    }

    #[test]
    fn a_state_written_short_ends_no_dateline_but_may_end_a_sentence() {
        let text = "SAN JOSE, Calif. (Ledger) \u{2014} Orrin said so. It is in El Cerrito, Calif. \
                    The Bay Area is near.";
        assert_eq!(
            sentence_texts(text),
            [
                "SAN JOSE, Calif. (Ledger) \u{2014} Orrin said so.",
                "It is in El Cerrito, Calif.",
                "The Bay Area is near.",
            ]
        );
    }

    #[test]
    fn non_ascii_text_keeps_byte_offsets_on_char_boundaries() {
        let text = "Солдаты отказались. Их наказали.";
        assert_eq!(
            sentence_texts(text),
            ["Солдаты отказались.", "Их наказали."]
        );
    }
}
