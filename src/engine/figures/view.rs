//! A sentence as a list of tokens with their original text and the gaps between them.

use std::borrow::Cow;
use std::cell::OnceCell;

use super::lexicon::class::{CURRENCY, FRACTION, MONTH, PREDICATE, SCALE, TIME_UNIT};
use super::lexicon::{
    self, CURRENCY_WORDS, FRACTIONS, MONTHS, SCALES, TIME_UNITS, lookup, predicate_lemma,
};
use crate::engine::segment::Span;
use crate::engine::tokenize::fold_case;

/// One token of a sentence.
#[derive(Clone, Debug)]
pub(super) struct Tok<'a> {
    /// Byte offset in the document.
    pub start: usize,
    /// Byte offset just after it.
    pub end: usize,
    /// The text as written.
    pub text: &'a str,
    /// Lower-cased, with `’` as `'`.
    pub lower: Cow<'a, str>,
    /// Whether a figure can start here ([`super::extract::may_start`]): a cheap filter, known
    /// per surface form, before the word lists are consulted.
    pub may_start: bool,
    /// The word lists the lower form is in ([`lexicon::classes`]), known per surface form.
    pub class: u32,
}

/// A sentence's tokens and the document text around them.
pub(super) struct View<'a> {
    /// The whole document text.
    pub text: &'a str,
    /// The sentence span.
    pub span: Span,
    /// The tokens, in order.
    pub toks: Vec<Tok<'a>>,
    /// Whether every token starts with a digit ([`View::all_numbers`]), once asked.
    all_numbers: OnceCell<bool>,
}

/// A word as the extraction rules compare it: lower case, with `’` as `'`.
pub(super) fn lower_of(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    } else {
        let folded = fold_case(word);
        if folded.contains('\u{2019}') {
            Cow::Owned(folded.replace('\u{2019}', "'"))
        } else {
            folded
        }
    }
}

/// One token for [`View::new`]: byte span, the index's candidate flag for its surface, and its
/// lower form with [`super::extract::may_start`] and [`lexicon::classes`] when already known.
pub(super) type TokenAt<'a> = (usize, usize, bool, Option<(&'a str, bool, u32)>);

/// Gatherings one joins by being there ([`View::predicate`]).
const MARCHES: &[&str] = &[
    "demonstration",
    "demonstrations",
    "march",
    "marches",
    "procession",
    "protest",
    "protests",
    "rally",
    "rallies",
];

impl<'a> View<'a> {
    /// A view of `span` in `text` with tokens at `(start, end)` offsets.
    pub fn new(text: &'a str, span: Span, offsets: impl IntoIterator<Item = TokenAt<'a>>) -> Self {
        let toks = offsets
            .into_iter()
            .map(|(start, end, candidate, known)| {
                let word = &text[start..end];
                let (lower, may_start, class) = match known {
                    Some((lower, may_start, class)) => (Cow::Borrowed(lower), may_start, class),
                    None => {
                        let lower = lower_of(word);
                        let may_start = super::extract::may_start(candidate, &lower);
                        let class = lexicon::classes(&lower);
                        (lower, may_start, class)
                    }
                };
                Tok {
                    start,
                    end,
                    text: word,
                    lower,
                    may_start,
                    class,
                }
            })
            .collect();
        Self {
            text,
            span,
            toks,
            all_numbers: OnceCell::new(),
        }
    }

    /// The tokens `range` of the sentence as a sentence of their own, from the end of the
    /// token before to the start of the token after.
    pub fn part(&self, range: std::ops::Range<usize>) -> View<'a> {
        let start = match range.start {
            0 => self.span.start as usize,
            k => self.toks[k - 1].end,
        };
        let end = self
            .toks
            .get(range.end)
            .map_or(self.span.end as usize, |t| t.start);
        View {
            text: self.text,
            span: Span::new(start, end),
            toks: self.toks[range].to_vec(),
            all_numbers: OnceCell::new(),
        }
    }

    /// Whether every token starts with a digit: a lone "0" line, a table row of figures.
    pub fn all_numbers(&self) -> bool {
        *self.all_numbers.get_or_init(|| {
            self.toks
                .iter()
                .all(|t| t.lower.starts_with(|c: char| c.is_ascii_digit()))
        })
    }

    /// Whether token `i` exists and opens with a digit ("30", "6.2", "1,350").
    pub fn opens_with_digit(&self, i: usize) -> bool {
        self.lower(i).starts_with(|c: char| c.is_ascii_digit())
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The lower-cased token `i`, or `""` outside the sentence.
    pub fn lower(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.lower.as_ref())
    }

    /// The lower-cased token `n` before token `i`, or `""` before the sentence.
    pub fn lower_back(&self, i: usize, n: usize) -> &str {
        i.checked_sub(n).map_or("", |k| self.lower(k))
    }

    /// Whether the sentence has any of `words` (in lower case): what it is about.
    pub fn mentions(&self, words: &[&str]) -> bool {
        self.toks.iter().any(|t| words.contains(&t.lower.as_ref()))
    }

    /// Whether token `i` exists and is in the word list of `class` (a [`Tok::class`] bit).
    pub fn has(&self, i: usize, class: u32) -> bool {
        self.toks.get(i).is_some_and(|t| t.class & class != 0)
    }

    /// `find` on the lower form of token `i` when it is in the word list of `class` (so an
    /// unlisted word is not looked up).
    fn listed<T>(&self, i: usize, class: u32, find: impl Fn(&str) -> Option<T>) -> Option<T> {
        if self.has(i, class) {
            find(self.lower(i))
        } else {
            None
        }
    }

    /// The claim verb lemma token `i` is a form of ("convicted" → "convict").
    pub fn predicate(&self, i: usize) -> Option<&'static str> {
        self.left_homes(i)
            .or_else(|| self.took_part(i))
            .or_else(|| self.listed(i, PREDICATE, predicate_lemma))
            .or_else(|| self.in_hospital(i))
            .or_else(|| (self.lower(i) == "on" && self.is(i + 1, "board")).then_some("aboard"))
            .or_else(|| self.laid_off(i))
    }

    /// "lay off 5,000 employees", "laid off 300 workers": jobs so shed are cut; and so are
    /// jobs that "could go" or are "to go" ("as many as 2,000 jobs could go").
    fn laid_off(&self, i: usize) -> Option<&'static str> {
        let laying = matches!(self.lower(i), "lay" | "lays" | "laid" | "laying");
        let going = matches!(self.lower(i), "go" | "going")
            && matches!(
                self.lower_back(i, 1),
                "to" | "will" | "would" | "could" | "may" | "might" | "set"
            )
            && (2..=4).any(|n| matches!(self.lower_back(i, n), "jobs" | "posts" | "roles"))
            // (Not "jobs to go through the queue".)
            && (i + 1 >= self.len()
                || self.gap_after(i).contains([',', '.', ';', ':'])
                || matches!(
                    self.lower(i + 1),
                    "across" | "and" | "as" | "at" | "by" | "from" | "if" | "in" | "next" | "over"
                        | "this" | "under" | "when" | "worldwide"
                ));
        ((laying && self.is(i + 1, "off")) || going).then_some("cut")
    }

    /// "admitted to hospital", "treated in hospital", "needed hospital treatment": people so
    /// treated were hospitalised.
    fn in_hospital(&self, i: usize) -> Option<&'static str> {
        let hospital = |k: usize| matches!(self.lower(k), "hospital" | "hospitals");
        let treated = match self.lower(i) {
            "admitted" | "taken" | "rushed" | "airlifted" | "flown" => {
                self.is(i + 1, "to") && hospital(i + 2)
            }
            "treated" => self.is(i + 1, "in") && hospital(i + 2),
            "needed" | "needing" | "required" | "requiring" | "received" | "receiving" => {
                hospital(i + 1) && matches!(self.lower(i + 2), "treatment" | "care")
            }
            _ => false,
        };
        treated.then_some("hospitalise")
    }

    /// "took part", "turned out", "joined the march": people who did so attended.
    fn took_part(&self, i: usize) -> Option<&'static str> {
        let word = self.lower(i);
        if !word.starts_with(['t', 'j']) || word.len() > 7 {
            return None;
        }
        let next = self.lower(i + 1);
        let attended = match word {
            "took" | "take" | "takes" | "taking" => next == "part",
            "turned" | "turn" | "turns" | "turning" => next == "out",
            "joined" | "join" | "joins" | "joining" => {
                let what = if next == "the" {
                    self.lower(i + 2)
                } else {
                    next
                };
                MARCHES.contains(&what)
            }
            _ => false,
        };
        attended.then_some("attend")
    }

    /// "left their homes", "forced to leave their homes", "fled their homes": people who left
    /// their homes are counted as evacuated.
    fn left_homes(&self, i: usize) -> Option<&'static str> {
        let word = self.lower(i);
        if !word.starts_with(['l', 'f']) || word.len() > 7 {
            return None;
        }
        let leaving = matches!(
            word,
            "left" | "leave" | "leaving" | "fled" | "flee" | "fleeing"
        );
        // "forced 12,000 people from their homes", "drove thousands from their homes".
        let forced = word == "from"
            && (i.saturating_sub(5)..i).any(|k| {
                matches!(
                    self.lower(k),
                    "force" | "forces" | "forced" | "forcing" | "drove" | "driven" | "drives"
                )
            });
        let homes = |k: usize| matches!(self.lower(k), "home" | "homes");
        let owner = matches!(self.lower(i + 1), "their" | "his" | "her" | "its");
        ((leaving || forced) && (homes(i + 1) || owner && homes(i + 2))).then_some("evacuate")
    }

    /// The month token `i` names (1–12).
    pub fn month(&self, i: usize) -> Option<u32> {
        self.listed(i, MONTH, |w| lookup(&MONTHS, w))
    }

    /// The ISO code of the currency token `i` names ("roubles" → "RUB").
    pub fn currency(&self, i: usize) -> Option<&'static str> {
        self.listed(i, CURRENCY, |w| lookup(&CURRENCY_WORDS, w))
    }

    /// The multiplier of the scale word token `i` is ("million" → 1e6).
    pub fn scale(&self, i: usize) -> Option<f64> {
        self.listed(i, SCALE, |w| lookup(&SCALES, w))
    }

    /// The share of one the fraction word token `i` names ("third" → 1/3).
    pub fn fraction(&self, i: usize) -> Option<f64> {
        self.listed(i, FRACTION, |w| lookup(&FRACTIONS, w))
    }

    /// The unit of time token `i` names, singular ("months" → "month").
    pub fn time_unit(&self, i: usize) -> Option<&'static str> {
        self.listed(i, TIME_UNIT, |w| lookup(&TIME_UNITS, w))
    }

    /// Whether token `i` exists and is `word` (lower case).
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.lower(i) == word
    }

    /// Whether token `i` starts with an upper-case letter.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .and_then(|t| t.text.chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// Whether token `i` is a word of letters (hyphens and apostrophes allowed).
    pub fn is_alphabetic(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.text.chars().next().is_some_and(char::is_alphabetic)
                && t.text
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '\u{2019}')
        })
    }

    /// The text between token `i - 1` (or the sentence start) and token `i` (or the sentence
    /// end); nothing past the end.
    pub fn gap_before(&self, i: usize) -> &'a str {
        let from = match i.checked_sub(1) {
            None => self.span.start as usize,
            Some(k) => match self.toks.get(k) {
                Some(token) => token.end,
                None => return "",
            },
        };
        let to = self.toks.get(i).map_or(self.span.end as usize, |t| t.start);
        self.text.get(from..to).unwrap_or("")
    }

    /// The text between token `i` and token `i + 1` (or the sentence end).
    pub fn gap_after(&self, i: usize) -> &'a str {
        self.gap_before(i + 1)
    }

    /// The text from the start of token `first` to the end of token `last`.
    pub fn slice(&self, first: usize, last: usize) -> &'a str {
        &self.text[self.toks[first].start..self.toks[last].end]
    }

    /// Whether token `i` opens a clause: the sentence's first token, or one after a comma or a
    /// clause boundary.
    pub fn opens_clause(&self, i: usize) -> bool {
        i == 0 || self.gap_before(i).contains(',') || self.clause_break_before(i)
    }

    /// Whether a clause boundary (`;`, `:`, a dash, a bracket) lies in the gap before token `i`.
    pub fn clause_break_before(&self, i: usize) -> bool {
        self.gap_before(i)
            .chars()
            .any(|c| matches!(c, ';' | ':' | '\u{2014}' | '(' | ')' | '[' | ']'))
            || self.gap_before(i).contains(" \u{2013} ")
            || self.gap_before(i).contains(" - ")
    }
}
