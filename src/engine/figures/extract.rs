//! Finding the figures of one sentence: the number, its hedge, kind, what it counts, the claim,
//! the period and the source.

use super::lexicon::class::{
    BEFORE_VERB, COUNT_MODIFIER, DATE_PREPOSITION, DEMONYM, GENERIC_SOURCE, IRREGULAR_PLURAL,
    LABEL, LINKING_VERB, PERIOD_CUE, PHRASE_STOP, QUALIFIER_END, SOURCE_NOUN, SPEECH_VERB,
    VERB_ONLY_SPEECH,
};
use super::lexicon::{
    ACRONYMS_LIKE_FUNCTION_WORDS, CAPITALISED_FUNCTION_WORDS, CURRENCY_SYMBOLS, MEASURE_UNITS,
    MISSING, QUALIFIERS, RATE_WORDS, classes, lookup, predicate_lemma,
};
use super::numbers::{Number, Shape, glued_unit, number_at};
use super::view::{Tok, View};
use super::{Bound, FALL, FigureKind, LEVEL, MAGNITUDE, RISE};
use std::sync::Arc;

/// A figure found in a sentence, before it is tied to a document.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Draft {
    pub first: usize,
    pub last: usize,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub kind: FigureKind,
    pub unit: Option<&'static str>,
    pub currency: Option<&'static str>,
    pub qualifier: Option<&'static str>,
    pub bound: Bound,
    pub counted: Option<Arc<str>>,
    pub predicate: Option<&'static str>,
    pub period: Option<String>,
    pub vague: bool,
    pub minor: bool,
    /// The last token of the figure and its counted phrase, for measuring distances.
    pub phrase_end: usize,
    /// The place the sentence says recorded this figure alone, its source ("Romania recorded
    /// 28,000 cases, and Kazakhstan 13,000" for the 13,000).
    pub recorder: Option<String>,
}

impl Draft {
    /// Makes the figure an amount of money in hundredths of `currency` ("184 pence", "88
    /// cents"): its values are divided by a hundred.
    fn as_hundredths_of(&mut self, currency: &'static str) {
        let hundredths = |v: Option<f64>| v.map(|v| v / 100.0);
        (self.value, self.low, self.high) = (
            hundredths(self.value),
            hundredths(self.low),
            hundredths(self.high),
        );
        self.kind = FigureKind::Money;
        self.currency = Some(currency);
    }

    /// A figure of `kind` at tokens `first..=last` with no hedge, unit or attribution yet.
    fn new(first: usize, last: usize, kind: FigureKind, value: Option<f64>) -> Self {
        Self {
            first,
            last,
            value,
            low: None,
            high: None,
            kind,
            unit: None,
            currency: None,
            qualifier: None,
            bound: Bound::Exact,
            counted: None,
            predicate: None,
            period: None,
            vague: false,
            minor: false,
            phrase_end: last,
            recorder: None,
        }
    }
}

/// What earlier sentences of the document said, for "of them" and "the outlet found".
#[derive(Clone, Debug, Default)]
pub(super) struct Context {
    pub last_counted: Option<Arc<str>>,
    pub last_source: Option<String>,
    /// The currency with cents that the document last stated an amount in ("$412 million").
    pub cents_of: Option<&'static str>,
    /// The sentence (its place in the document) that named `last_source`.
    pub last_source_at: usize,
    /// The sentence being read, for how far back `last_source` was named.
    pub sentence: usize,
    /// Whether the document has given a share of a vote ("the Alliance won 34.2% of the
    /// vote"): its shares won after that are of the vote too ("The People's Party won 28.1%").
    pub voting: bool,
}

impl Context {
    /// The source cited last, if it was named in the last two sentences (a person spoken of as
    /// "she" or "the mayor" further back is nobody the reader can tell).
    fn recent_source(&self) -> Option<&String> {
        let recent = self.sentence <= self.last_source_at + 2;
        self.last_source.as_ref().filter(|_| recent)
    }
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
}

/// Whether a word ends with a possessive "'s" (straight or curly).
fn is_possessive(word: &str) -> bool {
    strip_possessive(word).len() < word.len()
}

/// Whether token `i` is a capitalised name-like word (not a function word, not a month, not a
/// day): "WHO" and "US" are names though "who" and "us" are not.
fn is_name_word(view: &View, i: usize) -> bool {
    let acronym = (view.toks.get(i))
        .is_some_and(|t| ACRONYMS_LIKE_FUNCTION_WORDS.contains(&strip_possessive(t.text)));
    // "Across Europe, …": a preposition opening the sentence ("Doctors Without Borders" keeps
    // its own).
    let opening_preposition = i == 0
        && matches!(
            view.lower(i),
            "across" | "against" | "amid" | "among" | "despite" | "throughout" | "without"
        );
    view.is_capitalised(i)
        && !opening_preposition
        && (acronym || !CAPITALISED_FUNCTION_WORDS.contains(&strip_possessive(view.lower(i))))
        && view.month(i).is_none()
        && !matches!(
            strip_possessive(view.lower(i)),
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        )
        && !view.opens_with_digit(i)
}

/// Whether a token is a word of two letters or more, all capitals ("UN", "ÉDF", "KYIV").
fn in_capitals(tok: &Tok) -> bool {
    let mut letters = tok.text.chars();
    letters.clone().nth(1).is_some() && letters.all(char::is_uppercase)
}

/// Whether the name `first..=last` can be a source: not a place ("in Kyiv"), and a lone
/// capitalised first word of a sentence only when a comma or the verb follows it.
fn plausible_source(view: &View, first: usize, last: usize, verb: Option<usize>) -> bool {
    let place_preposition = |k: usize| {
        matches!(
            view.lower(k),
            "in" | "from" | "near" | "at" | "to" | "across" | "throughout" | "around"
        )
    };
    // "in northern Italy": a word placing the name within its country comes between.
    let before = match first.checked_sub(1) {
        Some(k) if QUARTERS.contains(&view.lower(k)) => k.checked_sub(1),
        before => before,
    };
    // ("Researchers at Charles University estimate": where people work is no place.)
    let works_at =
        before.is_some_and(|b| view.is(b, "at") && b > 0 && PEOPLE_AT.contains(&view.lower(b - 1)));
    if before.is_some_and(place_preposition) && !works_at {
        return false;
    }
    if first == 0 && last == 0 && !in_capitals(&view.toks[first]) {
        // "Reports said", "Estimates put": a word for a source or its speech is no name.
        let common = |word: &str| classes(word) & (SOURCE_NOUN | GENERIC_SOURCE | SPEECH_VERB) != 0;
        let lower = view.lower(0);
        if common(lower) || lower.strip_suffix('s').is_some_and(common) {
            return false;
        }
        let followed = view.gap_after(0).starts_with(',') || verb == Some(1);
        return followed;
    }
    true
}

/// People named by where they work after "at" ([`plausible_source`]).
const PEOPLE_AT: &[&str] = &[
    "academics",
    "analysts",
    "doctors",
    "economists",
    "experts",
    "researchers",
    "scientists",
    "strategists",
];

/// Whether token `k` is a particle inside a person's name, in lower case ("Joost van der Berg",
/// "Marieke de Vries").
fn name_particle(view: &View, k: usize) -> bool {
    matches!(
        view.toks.get(k).map(|t| t.text),
        Some("van" | "von" | "der" | "den" | "de" | "da" | "di" | "du" | "del" | "dos" | "ter")
    )
}

/// The capitalised sequence ending at token `last` ("Center for Strategic and International
/// Studies", "Volodymyr Zelensky", "Joost van der Berg"), as `(first, text)`.
fn name_ending_at(view: &View, last: usize) -> Option<(usize, String)> {
    if !is_name_word(view, last) {
        return None;
    }
    let mut first = last;
    while first > 0 {
        if is_name_word(view, first - 1) && !view.gap_before(first).contains([',', '(', ')']) {
            first -= 1;
        } else if first >= 3
            && name_particle(view, first - 1)
            && name_particle(view, first - 2)
            && is_name_word(view, first - 3)
        {
            first -= 3;
        } else if first >= 2
            && (matches!(view.lower(first - 1), "for" | "of" | "and" | "on")
                || name_particle(view, first - 1))
            && is_name_word(view, first - 2)
        {
            first -= 2;
        } else {
            break;
        }
    }
    Some((first, name_text(view, first, last)))
}

fn name_text(view: &View, first: usize, last: usize) -> String {
    let mut words: Vec<&str> = (first..=last).map(|i| view.toks[i].text).collect();
    if let Some(w) = words.last_mut() {
        *w = strip_possessive(w);
    }
    words.join(" ")
}

/// The capitalised sequences in tokens `from..to`, in order, as `(first, last)`.
fn names_in(view: &View, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut names = Vec::new();
    let mut i = from;
    while i < to.min(view.len()) {
        if is_name_word(view, i) && !view.has(i, DEMONYM) {
            let mut last = i;
            loop {
                if last + 1 < to
                    && is_name_word(view, last + 1)
                    && !view.gap_after(last).contains(',')
                    && !view.lower(last).ends_with("'s")
                {
                    last += 1;
                } else if last + 2 < to
                    && (matches!(view.lower(last + 1), "for" | "of" | "and" | "on")
                        || name_particle(view, last + 1))
                    && is_name_word(view, last + 2)
                {
                    last += 2;
                } else if last + 3 < to
                    && name_particle(view, last + 1)
                    && name_particle(view, last + 2)
                    && is_name_word(view, last + 3)
                {
                    last += 3;
                } else {
                    break;
                }
            }
            names.push((i, last));
            i = last + 1;
        } else {
            i += 1;
        }
    }
    names
}

/// The end of the clause that starts after token `from`: the first comma or clause mark.
fn clause_end(view: &View, from: usize) -> usize {
    (from + 1..view.len())
        .find(|&j| view.opens_clause(j))
        .unwrap_or(view.len())
}

/// Whether a word can cue an attribution ("according", a source noun such as "report", a
/// speech verb such as "said"): [`sentence_source`] finds nothing in a sentence without one.
pub(super) fn is_source_cue(lower: &str) -> bool {
    lower == "according" || classes(lower) & (SOURCE_NOUN | SPEECH_VERB) != 0
}

/// The source a sentence attributes its claims to, if it says.
pub(super) fn sentence_source(view: &View, context: &Context) -> Option<String> {
    for k in 0..view.len() {
        // "according to X"
        if view.is(k, "according") && view.is(k + 1, "to") {
            let end = clause_end(view, k + 1);
            // "according to Andalusia's regional government": a body described by its owner.
            if view.lower(k + 2).ends_with("'s")
                && let Some(body) = described_source(view, end - 1)
            {
                return Some(body);
            }
            let names = names_in(view, k + 2, end);
            let by = (k + 2..end).find(|&j| view.is(j, "by"));
            let after_by = by.and_then(|b| names.iter().find(|(first, _)| *first > b));
            // "according to data from the London Stock Exchange": whose data they are.
            let whose_data = |first: usize| {
                let from = (k + 2..first).find(|&j| matches!(view.lower(j), "from" | "by" | "of"));
                // ("results" too, a verb elsewhere: "This results in…".)
                let data = |j: usize| view.has(j, SOURCE_NOUN) || view.is(j, "results");
                from.is_some_and(|from| {
                    (k + 2..from).any(data)
                        && (k + 2..first).all(|j| {
                            data(j)
                                || j >= from
                                || matches!(
                                    view.lower(j),
                                    "the"
                                        | "latest"
                                        | "new"
                                        | "official"
                                        | "preliminary"
                                        | "provisional"
                                        | "final"
                                )
                        })
                        && (from + 1..first).all(|j| view.is(j, "the"))
                })
            };
            let leading = names.first().filter(|(first, _)| {
                (k + 2..*first).all(|j| {
                    matches!(
                        view.lower(j),
                        "the" | "a" | "an" | "same" | "president" | "minister"
                    )
                }) || whose_data(*first)
            });
            // "according to the UN refugee agency (UNHCR)": a body described after a name and
            // then named in brackets is the name in brackets.
            let bracketed = leading
                .filter(|&&(_, last)| {
                    view.is_alphabetic(last + 1) && !view.is_capitalised(last + 1)
                })
                .filter(|_| end < view.len() && view.gap_before(end).trim() == "(")
                .filter(|_| view.gap_after(end).starts_with(')'))
                .filter(|_| {
                    let acronym = view.toks[end].text;
                    acronym.len() >= 2 && acronym.chars().all(|c| c.is_ascii_uppercase())
                });
            if bracketed.is_some() && after_by.is_none() {
                return Some(name_text(view, end, end));
            }
            if let Some(&(first, last)) = after_by.or(leading) {
                return Some(name_text(view, first, last));
            }
            if let Some(&(first, last)) = names
                .last()
                .filter(|(f, _)| view.has(f + 1, SOURCE_NOUN) || view.is(f + 1, "estimate"))
            {
                return Some(name_text(view, first, last));
            }
            // "According to its annual report, Nordvik Energy…": the name the rest of the
            // sentence opens with is whose report it is; at the sentence's end, the name it
            // opened with ("Halden employs 12,500 people, according to its annual report").
            if matches!(view.lower(k + 2), "its" | "their") {
                let after = (names_in(view, end, view.len()).into_iter())
                    .find(|&(first, last)| plausible_source(view, first, last, None));
                // (The subject before its verb: not a place later in the sentence.)
                let before = names_in(view, 0, k)
                    .into_iter()
                    .next()
                    .filter(|&(first, last)| {
                        first == 0 && plausible_source(view, first, last, Some(last + 1))
                    });
                let owner = after.or(before);
                if let Some((first, last)) = owner {
                    return Some(name_text(view, first, last));
                }
                continue;
            }
            // ("according to the organisers 30 were": up to the next figure.)
            let words: Vec<usize> = (k + 2..end.min(k + 10))
                .take_while(|&j| !view.opens_with_digit(j))
                .filter(|&j| !matches!(view.lower(j), "the" | "a" | "an" | "same"))
                .collect();
            // "…, Portugal's civil protection agency said. … according to the agency": the
            // body named before.
            if let &[j] = words.as_slice()
                && view.has(j, GENERIC_SOURCE)
                && matches!(view.lower(j - 1), "the" | "same")
                && let Some(named) = named_before(view, j, context)
            {
                return Some(named);
            }
            // "according to the electoral commission's figures released on Monday": whose
            // figures they are.
            let whose = (words.iter())
                .position(|&j| is_possessive(view.lower(j)) && view.has(j + 1, SOURCE_NOUN))
                .map_or(words.len(), |w| w + 1);
            if !words.is_empty() {
                let mut words: Vec<&str> =
                    words[..whose].iter().map(|&j| view.toks[j].text).collect();
                if let Some(last) = words.last_mut() {
                    *last = strip_possessive(last);
                }
                return Some(words.join(" "));
            }
        }
        // "a report by X", "the count of X", "data compiled by X"; not a word of a name ("the
        // Institute for Social Research published…").
        if view.has(k, SOURCE_NOUN) && (k == 0 || !view.is_capitalised(k)) {
            let mut by = k + 1;
            while by < view.len() && by <= k + 3 && !matches!(view.lower(by), "by" | "of" | "from")
            {
                by += 1;
            }
            if matches!(view.lower(by), "by" | "of") {
                let end = clause_end(view, by);
                if let Some(&(first, last)) = names_in(view, by + 1, end).first() {
                    return Some(name_text(view, first, last));
                }
            }
            // "figures from Homestead show", "data from the ONS showed": whose figures they are,
            // named right after "from" and before a verb of showing (not "transfer data from the
            // FIFO through…", "data from kernel space to MMIO space").
            if view.is(by, "from")
                && by == k + 1
                && matches!(view.lower(k), "figures" | "data" | "statistics")
            {
                let at = by + 1 + usize::from(view.is(by + 1, "the"));
                let end = clause_end(view, by);
                let showing = |k: usize| {
                    matches!(
                        view.lower(k),
                        "show" | "shows" | "showed" | "suggest" | "suggests" | "suggested"
                    )
                };
                // ("figures from the Caledra Health Service (CHS) show": its acronym between.)
                let acronym = |k: usize| {
                    view.gap_before(k).trim() == "("
                        && view.gap_after(k).trim_start().starts_with(')')
                        && view.toks[k].text.chars().all(|c| c.is_ascii_uppercase())
                };
                if let Some(&(first, last)) = names_in(view, by + 1, end).first()
                    && first == at
                    && (showing(last + 1) || acronym(last + 1) && showing(last + 2))
                {
                    return Some(name_text(view, first, last));
                }
            }
            // "a UN report", "the same CSIS estimate", "Mediazona's count"
            if k > 0
                && view.gap_before(k) == " "
                && let Some((first, name)) = name_ending_at(view, k - 1)
                && plausible_source(view, first, k - 1, None)
            {
                return Some(name);
            }
        }
    }
    // "X said", "X found", "X estimates", in order; but a verb that only speaks in the
    // sentence's last clause first ("Romania recorded the most cases, 30,000, the WHO said" cites
    // the WHO).
    let last_clause = (1..view.len())
        .rev()
        .find(|&k| view.gap_before(k).contains(','))
        .unwrap_or(0);
    let closing = (last_clause..view.len()).find(|&k| view.has(k, VERB_ONLY_SPEECH));
    for k in closing.into_iter().chain(0..view.len()) {
        // ("The United States" states nothing; what "was said" has no speaker before it.)
        let named_states = view.is(k, "states") && view.is_capitalised(k);
        if !view.has(k, SPEECH_VERB)
            || view.is(k, "according")
            || named_states
            || passive(view, k)
            || in_aside(view, k)
        {
            continue;
        }
        // "…overnight, said Juan Carlos Ortiz, head of…": a verb opening its clause names who
        // speaks after it.
        if k > 0
            && view.gap_before(k).contains(',')
            && !view.is_capitalised(k)
            && let Some(speaker) = speaker_after(view, k)
        {
            return Some(speaker);
        }
        // "…of GDP in 2024, the finance ministry said": a body described right before the verb
        // is who speaks, whatever name comes earlier in the sentence.
        let subject = (0..k).rev().find(|&j| !view.has(j, BEFORE_VERB));
        let next_to_verb = subject.is_some_and(|j| (j + 1..=k).all(|t| view.gap_before(t) == " "));
        let described = subject.and_then(|j| described_source(view, j));
        if described.is_some() && next_to_verb {
            return described;
        }
        // "…, people familiar with the matter said": unnamed sources are the source, not a name
        // earlier in the sentence.
        if let Some(j) = subject.filter(|&j| next_to_verb && j >= 4)
            && view.is(j - 1, "the")
            && view.is(j - 2, "with")
            && view.is(j - 3, "familiar")
            && matches!(
                view.lower(j - 4),
                "people" | "person" | "sources" | "source" | "officials"
            )
            && (j - 3..=j).all(|t| view.gap_before(t) == " ")
        {
            return Some(view.slice(j - 4, j).to_lowercase());
        }
        // "…, police said": a force that speaks for itself is the source, not a name earlier in
        // the sentence ("Four people died after Storm Halvard hit, police said").
        if let Some(j) =
            subject.filter(|&j| next_to_verb && SPEAKING_FORCES.contains(&view.lower(j)))
        {
            return Some(view.lower(j).to_string());
        }
        // ""We expected 150 people," she said": a person speaking as "he" or "she" is the one
        // cited in the last two sentences, if any, not a name earlier in the quotation; so is a
        // body as "it" ("About 20,000 families are waiting, it said").
        if subject.is_some_and(|j| next_to_verb && matches!(view.lower(j), "he" | "she" | "it")) {
            match context.recent_source() {
                Some(source) => return Some(source.clone()),
                None => continue,
            }
        }
        // Only a determined one points back: "officials said" names nobody named before.
        let determined = |j: usize| {
            j > 0
                && matches!(
                    view.lower(j - 1),
                    "the" | "same" | "this" | "that" | "these" | "those" | "its" | "their"
                )
        };
        // "…killed 362 people in Korvan, the mayor said": a person named by a role speaks, not a
        // name earlier in the sentence: the person cited in the last two sentences when the role
        // is in what they were called ("Mayor Ivo Strand"), else the role.
        if let Some(j) = subject.filter(|&j| {
            next_to_verb
                && determined(j)
                && !view.is_capitalised(j)
                && crate::engine::names::is_role_word(view.lower(j))
        }) {
            let role = view.lower(j);
            let holds = |source: &&String| source.split(' ').any(|w| w.eq_ignore_ascii_case(role));
            let named = context.recent_source().filter(holds);
            return Some(named.map_or_else(|| role.to_string(), String::clone));
        }
        // "…near the town of Estepona, officials said": the officials speak, not a name before
        // them, though a name right before them says whose they are ("Kremlin officials said").
        if let Some(j) = subject.filter(|&j| next_to_verb && view.has(j, GENERIC_SOURCE))
            && (j == 0 || !view.is_capitalised(j))
        {
            let whose = (j > 0 && view.gap_before(j) == " ")
                .then(|| name_ending_at(view, j - 1))
                .flatten()
                .filter(|&(first, _)| {
                    !view.has(j - 1, DEMONYM) && plausible_source(view, first, j - 1, Some(k))
                });
            if let Some((_, name)) = whose {
                return Some(name);
            }
            if determined(j) {
                return named_before(view, j, context);
            }
            // "…, local officials said", "Greek officials said": people no one named before are
            // the source as the sentence describes them.
            if PEOPLE_SOURCES.contains(&view.lower(j)) {
                let mut from = j;
                while from + 2 > j
                    && from > 0
                    && view.gap_before(from) == " "
                    && view.is_alphabetic(from - 1)
                    && (view.has(from - 1, DEMONYM) || !view.is_capitalised(from - 1))
                    && !view.has(from - 1, PHRASE_STOP | QUALIFIER_END)
                    && !matches!(view.lower(from - 1), "and" | "or" | "but" | "as" | "that")
                {
                    from -= 1;
                }
                let described = view.slice(from, j);
                return Some(if view.has(from, DEMONYM) {
                    described.to_string()
                } else {
                    described.to_lowercase()
                });
            }
            continue;
        }
        let mut j = k;
        let floor = k.saturating_sub(15).max(dateline_end(view));
        while j > floor {
            j -= 1;
            if let Some((first, name)) = name_ending_at(view, j) {
                // "Hans Kluge, the WHO's regional director for Europe, said": a name inside a
                // description set off by commas before the verb is not who speaks.
                let opened = (j + 1 == k && view.gap_before(k).contains(','))
                    .then(|| {
                        (floor + 1..first)
                            .rev()
                            .find(|&c| view.gap_before(c).contains(','))
                    })
                    .flatten()
                    .filter(|&c| {
                        // "Tobias Lindqvist, who chairs the Parents' Forum, said".
                        matches!(
                            view.lower(c),
                            "the" | "a" | "an" | "its" | "their" | "who" | "which" | "whose"
                        ) || view.lower(c).ends_with("'s") && !view.is_capitalised(c)
                    });
                if let Some(opening) = opened {
                    j = opening;
                    continue;
                }
                // "Orrin Systems Inc. (NASDAQ: ORRN) reported": a ticker in brackets is not who
                // speaks; the name before it is.
                let ticker = view.gap_before(first).contains('(')
                    && view.gap_after(j).starts_with(')')
                    && first < j
                    && view.gap_after(first).contains(':');
                if ticker {
                    j = first;
                    continue;
                }
                if !view.has(j, DEMONYM) && plausible_source(view, first, j, Some(k)) {
                    return Some(name);
                }
                j = first;
            }
        }
        // "the report said", "the report also estimates"
        if described.is_some() {
            return described;
        }
        if let Some(j) = subject.filter(|&j| view.has(j, GENERIC_SOURCE) && determined(j)) {
            return named_before(view, j, context);
        }
    }
    put_at_source(view)
}

/// Generic sources that are people, named as a source as the sentence describes them when no
/// one named them before ([`sentence_source`]).
const PEOPLE_SOURCES: &[&str] = &["analysts", "investigators", "officials", "researchers"];

/// Who puts a figure at its value, right before "put": "The quake, which the USGS put at
/// magnitude 6.8", "the regional health ministry put the toll at 312".
fn put_at_source(view: &View) -> Option<String> {
    (1..view.len())
        .filter(|&k| matches!(view.lower(k), "put" | "puts") && view.gap_before(k) == " ")
        .filter(|&k| {
            let at = (k + 1..(k + 6).min(view.len())).find(|&j| view.is(j, "at"));
            at.is_some_and(|at| (at + 1..=at + 3).any(|j| view.opens_with_digit(j)))
        })
        .find_map(|k| {
            let named = name_ending_at(view, k - 1).filter(|&(first, _)| {
                !view.has(k - 1, DEMONYM) && plausible_source(view, first, k - 1, Some(k))
            });
            described_source(view, k - 1).or(named.map(|(_, name)| name))
        })
}

/// People a report cites without naming them ("officials said").
const UNNAMED_SPEAKERS: &[&str] = &[
    "analysts",
    "authorities",
    "diplomats",
    "doctors",
    "economists",
    "experts",
    "investigators",
    "officials",
    "researchers",
    "residents",
    "scientists",
    "sources",
    "witnesses",
];

/// Whether the sentence cites people it does not name as saying or estimating something
/// ("officials said", "Health officials in Romania said", "Officials estimated that"): it has a
/// source, though [`sentence_source`] gives none, and does not take the sentence before's.
pub(super) fn cites_unnamed(view: &View) -> bool {
    (1..view.len()).any(|k| {
        if !view.has(k, SPEECH_VERB) || view.is(k, "according") || passive(view, k) {
            return false;
        }
        // The speakers, then at most a place or a body they are from.
        let from = (k.saturating_sub(5)..k)
            .rev()
            .take_while(|&j| !view.opens_clause(j + 1))
            .find(|&j| UNNAMED_SPEAKERS.contains(&view.lower(j)));
        from.is_some_and(|j| {
            (j + 1..k).all(|t| {
                view.is_capitalised(t) || matches!(view.lower(t), "in" | "at" | "from" | "the")
            })
        })
    })
}

/// Kinds of body that a word standing for a source named before may be ("the ministry said").
const BODIES: &[&str] = &[
    "agency",
    "charity",
    "commission",
    "company",
    "institute",
    "ministry",
];

/// Who a word standing for a source named before (token `j`: "the report", "the agency")
/// stands for: the source named last, unless the word names a kind of body and that source is
/// neither one of that kind ("the health ministry"), nor a body's name (no capitalised word such
/// as "Ministry" or "Agency" in it), nor an acronym: "the ministry" after "police said" is not
/// the police, "the agency" after "Arman Teller said" not Arman Teller; then the word itself.
fn named_before(view: &View, j: usize, context: &Context) -> Option<String> {
    let word = view.lower(j);
    let body = BODIES.contains(&word);
    let fits = |source: &String| {
        !body
            || source.to_lowercase().contains(word)
            || (source.split(' ')).any(|w| {
                w.starts_with(char::is_uppercase) && crate::engine::names::is_organisation_word(w)
            })
            || source.chars().all(|c| c.is_ascii_uppercase() || c == '-')
    };
    match &context.last_source {
        Some(source) if fits(source) => Some(source.clone()),
        _ if body => Some(word.to_string()),
        _ => None,
    }
}

/// Whether the verb at token `k` speaks inside a relative clause set off by commas, with a
/// speaker of its own ("The quake, which the USGS said struck at a depth of 10km, injured 4,520
/// people"): it cites its speaker for that clause alone, not for the sentence ("Maria Lopez,
/// who said…" is still Maria Lopez speaking, and so is "Maria Lopez, who runs the clinic, said").
fn in_aside(view: &View, k: usize) -> bool {
    !view.gap_before(k).contains(',')
        && (k.saturating_sub(6)..k.saturating_sub(1))
            .rev()
            .take_while(|&j| !view.gap_before(j + 1).contains(','))
            .any(|j| matches!(view.lower(j), "which" | "who") && view.gap_before(j).contains(','))
}

/// Who speaks after the verb at token `k` that opens its clause: a name ("said Juan Carlos
/// Ortiz") or a described body ("said the regional emergency service").
fn speaker_after(view: &View, k: usize) -> Option<String> {
    let end = clause_end(view, k);
    let first = (k + 1..end).find(|&j| !matches!(view.lower(j), "the" | "a" | "an"))?;
    if let Some(&(named, last)) = names_in(view, first, end).first()
        && named == first
    {
        return Some(name_text(view, named, last));
    }
    described_source(view, end - 1)
}

/// Where a sentence sets a second claim against the first ("In Romania, 28,000 cases were
/// recorded, while Kazakhstan reported 13,000"): the "while" or "whereas" after a comma, the
/// clause after a semicolon that cites someone itself ("The government says…; the federation
/// says…", not "Long states that…; that…, they were said to…"), or "and" or "but" after a
/// comma before someone speaking ("…, and the Red Crescent said…").
fn contrast_at(view: &View) -> Option<usize> {
    (1..view.len()).find(|&k| {
        let gap = view.gap_before(k);
        matches!(view.lower(k), "while" | "whereas") && gap.contains(',')
            || gap.contains(';') && !view.is(k, "that") && cites_itself(view, k)
            || gap.contains(',') && matches!(view.lower(k), "and" | "but") && speaks_next(view, k)
    })
}

/// Whether a clause of its own with a speaker follows the conjunction at token `k`: a subject
/// of up to four words, no pronoun, then a verb that only speaks ("…, and the Red Crescent said
/// it had sent…"; not "…, and added that…", nor "…, and he said…").
fn speaks_next(view: &View, k: usize) -> bool {
    let pronoun = matches!(
        view.lower(k + 1),
        "he" | "she" | "it" | "they" | "we" | "i" | "you"
    );
    !pronoun
        && (k + 2..view.len().min(k + 6))
            .take_while(|&j| view.gap_before(j) == " ")
            .any(|j| view.has(j, VERB_ONLY_SPEECH) && !passive(view, j))
}

/// Whether the tokens from `from` on, up to the next semicolon, cite a source of their own:
/// "according to", or a verb that only speaks and is not passive ("says", not "were said").
fn cites_itself(view: &View, from: usize) -> bool {
    let end = (from + 1..view.len())
        .find(|&k| view.gap_before(k).contains(';'))
        .unwrap_or(view.len());
    (from..end).any(|k| {
        view.is(k, "according") && view.is(k + 1, "to")
            || view.has(k, VERB_ONLY_SPEECH) && !passive(view, k)
    })
}

/// Whether the verb at token `k` is passive ("it was said", "they are said to", "the OS was
/// always told").
fn passive(view: &View, k: usize) -> bool {
    let be = |j: usize| matches!(view.lower(j), "was" | "were" | "is" | "are" | "be" | "been");
    k > 0 && be(k - 1) || k > 1 && is_adverb(view.lower(k - 1)) && be(k - 2)
}

/// Whether the sentence closes with an attribution of its own after the token `from`: a last
/// clause after a comma with a verb that only speaks ("…, while Kazakhstan reported 13,000, the
/// WHO said").
fn closing_attribution(view: &View, from: usize) -> bool {
    (from + 1..view.len())
        .rev()
        .find(|&k| view.gap_before(k).contains(','))
        .is_some_and(|c| (c..view.len()).any(|k| view.has(k, VERB_ONLY_SPEECH)))
}

/// The sources of a sentence's figures when it sets a second claim against the first: each
/// part's own, as `(source of the first part, source of the second, where the second starts)`.
/// The second part without one is still the first's speaker's ("X said cases rose, while deaths
/// fell"), unless someone else speaks there ("…; the federation says the savings are closer to
/// €2.5 billion"); the first part without one is not the second's ("In Romania, 28,000 cases
/// were recorded, while Kazakhstan reported 13,000"). `None` when the sentence has no such
/// parts, or closes with an attribution that covers both.
pub(super) fn part_sources(
    view: &View,
    context: &Context,
) -> Option<(Option<String>, Option<String>, usize)> {
    let w = contrast_at(view).filter(|&w| !closing_attribution(view, w))?;
    let first = sentence_source(&view.part(0..w), context);
    let rest = view.part(w..view.len());
    let speaks = (0..rest.len()).any(|k| rest.has(k, VERB_ONLY_SPEECH) && !passive(&rest, k));
    let second = sentence_source(&rest, context).or_else(|| first.clone().filter(|_| !speaks));
    Some((first, second, w))
}

/// Whose words the quotation holding token `k` is, when the sentence names no source: the name
/// of two words or more opening the sentence before its verb, the quotation opening after the
/// verb ("Ms Dobrev called the remarks \"an insult to 150,000 people\""); not one in the
/// possessive ("Novak's \"coalition\"…"), nor a word opening a quoted sentence.
pub(super) fn quoting_subject(view: &View, k: usize) -> Option<String> {
    let &(first, last) = names_in(view, 0, k).first()?;
    let verb = last + 1;
    let lower = view.lower(verb);
    let speaks = first == 0
        && last > first
        && !view.lower(last).ends_with("'s")
        && view.gap_before(verb) == " "
        && view.is_alphabetic(verb)
        && !view.is_capitalised(verb)
        && (lower.ends_with("ed") || lower.ends_with('s'))
        && verb < k
        && (0..=verb).all(|j| !view.gap_before(j).contains(['"', '\u{201c}', '`']));
    if !speaks {
        return None;
    }
    // Quotation marks between the verb and the figure, still open at it.
    let marks = |open: char, close: char| {
        (verb + 1..=k)
            .flat_map(|j| view.gap_before(j).chars())
            .fold(0i32, |depth, c| match c {
                c if c == open && c == close => 1 - depth,
                c if c == open => depth + 1,
                c if c == close => depth - 1,
                _ => depth,
            })
    };
    let quoted = marks('"', '"') > 0 || marks('\u{201c}', '\u{201d}') > 0;
    quoted.then(|| name_text(view, first, last))
}

/// The sources a sentence cites "according to" more than once, each with the tokens of its
/// attribution, `(first, end)`: "drew 85,000 people, according to the organisers, and 25,000
/// according to police". Each figure takes the nearest ([`nearest_attribution`]).
pub(super) fn attributions(view: &View, context: &Context) -> Vec<(usize, usize, String)> {
    let at: Vec<usize> = (0..view.len())
        .filter(|&k| view.is(k, "according") && view.is(k + 1, "to"))
        .collect();
    if at.len() < 2 {
        return Vec::new();
    }
    at.into_iter()
        .filter_map(|k| {
            let end = clause_end(view, k + 1);
            let source = sentence_source(&view.part(k..end), context)?;
            Some((k, end, source))
        })
        .collect()
}

/// The source of the attribution nearest to the figure on tokens `first..=last`, of those
/// [`attributions`] found; the later one of two as near.
pub(super) fn nearest_attribution(
    attributions: &[(usize, usize, String)],
    first: usize,
    last: usize,
) -> Option<&str> {
    let distance = |&(from, end, _): &(usize, usize, String)| {
        if last < from {
            from - last
        } else {
            first.saturating_sub(end - 1)
        }
    };
    (attributions.iter().rev())
        .min_by_key(|a| distance(a))
        .map(|(.., source)| source.as_str())
}

/// The first token after a dateline opening the sentence ("HATAY, Turkey (Continental Wire) --
/// At least…"), or 0: the outlet there wrote the sentence and is not who it cites.
fn dateline_end(view: &View) -> usize {
    let shouted = view.toks.first().is_some_and(in_capitals);
    let ends = |k: &usize| {
        let gap = view.gap_before(*k);
        gap.find(')')
            .is_some_and(|at| gap[at..].contains(['-', '\u{2013}', '\u{2014}']))
    };
    (1..view.len().min(12))
        .find(ends)
        .filter(|_| shouted)
        .unwrap_or(0)
}

/// Bodies (and ministers) a text may cite by description rather than by name ("the health
/// ministry said", "Italy's economy minister said").
const DESCRIBED_BODIES: &[&str] = &[
    "administration",
    "agency",
    "authorities",
    "authority",
    "bank",
    "bureau",
    "commission",
    "committee",
    "council",
    "department",
    "government",
    "institute",
    "minister",
    "ministry",
    "office",
    "operator",
    "police",
    "prosecutors",
    "regulator",
    "service",
    "watchdog",
];

/// Bodies cited by their word alone ("police said", "the coastguard said").
const SPEAKING_FORCES: &[&str] = &[
    "coastguard",
    "government",
    "organisers",
    "organizers",
    "police",
    "prosecutors",
];

/// A body described by the words before its head, the subject at token `head` of a verb of
/// speech: "the health ministry", "the national statistics office", "Spain's grid operator" (not
/// "the ministry", which stands for the one named before).
fn described_source(view: &View, head: usize) -> Option<String> {
    if !DESCRIBED_BODIES.contains(&view.lower(head)) || view.is_capitalised(head) {
        return None;
    }
    let mut first = head;
    while first > 0 && head - first < 2 {
        let k = first - 1;
        // "the Andalusian emergency service", "the NHS ambulance service": a capitalised word
        // right after the determiner qualifies the body too.
        let after_the = k > 0 && matches!(view.lower(k - 1), "the" | "its" | "their");
        // "the country's emergency ministry": an owner in lower case determines the body, as
        // "Andalusia's" does; it does not describe it.
        let qualifies = !view.lower(k).ends_with("'s")
            && view.is_alphabetic(k)
            && (!view.is_capitalised(k) || view.has(k, DEMONYM) || after_the)
            && !view.has(k, PHRASE_STOP | SPEECH_VERB | LINKING_VERB)
            && !verb_like(view, k)
            && view.gap_before(first) == " ";
        if !qualifies {
            break;
        }
        first = k;
    }
    let determined = first > 0
        && view.gap_before(first) == " "
        && (matches!(view.lower(first - 1), "the" | "its" | "their")
            || view.lower(first - 1).ends_with("'s"));
    (first < head && determined).then(|| view.slice(first, head).to_string())
}

/// Words after "in" that do not say what an amount is ("50 million euros in total", "pounds in
/// weight").
const NOT_WHAT_AMOUNTS_ARE_IN: &[&str] = &[
    "addition", "all", "cash", "diameter", "exchange", "full", "height", "length", "line", "order",
    "part", "response", "return", "size", "terms", "time", "total", "value", "weight", "width",
];

/// Whether the verb "cost" and whom it costs (one to four words: "the regional economy",
/// "taxpayers", "the U.S. economy") come right before the amount at token `first`.
fn costs_someone(view: &View, first: usize) -> bool {
    const NOT_WHOM: &[&str] = &[
        "a", "an", "about", "and", "as", "at", "between", "by", "for", "from", "in", "it", "more",
        "of", "on", "or", "than", "that", "to", "up", "with",
    ];
    (1..=4).any(|words| {
        first > words
            && matches!(
                view.lower(first - words - 1),
                "cost" | "costs" | "costing" | "costed"
            )
            && (first - words..first).all(|k| {
                (view.is_alphabetic(k) || view.is_capitalised(k))
                    && !NOT_WHOM.contains(&view.lower(k))
                    && !view.has(k, LINKING_VERB | SPEECH_VERB)
            })
            && (first - words..=first).all(|k| !view.opens_clause(k))
    })
}

/// Verbs in the past by which a company or a body states its own figures ("the company
/// expected revenue of…", "the group posted profits of…"); after a noun and its article they are
/// its verb, where other participles may qualify what follows ("the maximum supported value").
const REPORTING_PARTICIPLES: &[&str] = &[
    "announced",
    "booked",
    "expected",
    "forecasted",
    "generated",
    "posted",
    "predicted",
    "projected",
    "recorded",
    "reported",
];

/// Whether "the" (or "its", "their") and a superlative open the clause part before token `k`,
/// within eight words ("the strongest to hit the region", "its highest level"), so that "since"
/// at `k` says how long a record has stood.
fn superlative_before(view: &View, k: usize) -> bool {
    const NOT_SUPERLATIVE: &[&str] = &[
        "arrest", "chest", "contest", "digest", "forest", "guest", "harvest", "honest", "inquest",
        "interest", "invest", "manifest", "midwest", "modest", "nest", "protest", "quest",
        "request", "rest", "suggest", "test", "unrest", "west",
    ];
    let superlative = |j: usize| {
        let word = view.lower(j);
        view.is_alphabetic(j)
            && (matches!(word, "best" | "worst" | "most" | "least" | "first")
                || word.len() > 4 && word.ends_with("est") && !NOT_SUPERLATIVE.contains(&word))
    };
    (k.saturating_sub(8).max(1)..k)
        .rev()
        .take_while(|&j| !view.opens_clause(j + 1))
        .any(|j| superlative(j) && matches!(view.lower(j - 1), "the" | "its" | "their"))
}

/// A date expression at token `i`: "February 2022", "24 September 2025", "the end of May",
/// "in 2024". Returns `(first, last, year)`.
fn date_at(view: &View, i: usize) -> Option<(usize, usize, Option<f64>)> {
    let year_at = |j: usize| -> Option<f64> {
        let w = view.lower(j);
        (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
            .then(|| w.parse::<f64>().ok())
            .flatten()
            .filter(|y| (1800.0..=2100.0).contains(y))
    };
    let day_at = |j: usize| -> bool {
        let w = view.lower(j);
        let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !w.is_empty() && w.len() <= 2 && w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
    };
    // A second day joined to the first ("March 18 and 19", "18 and 19 March"), unless a noun
    // follows it ("on March 18 and 19 people were hurt").
    let joined_day = |j: usize| {
        matches!(view.lower(j + 1), "and" | "or" | "to")
            && view.gap_after(j) == " "
            && view.gap_after(j + 1) == " "
            && day_at(j + 2)
            && !view.gap_after(j + 2).starts_with(char::is_alphanumeric)
    };
    let ends_date = |j: usize| {
        j >= view.len()
            || !view.is_alphabetic(j)
            || view.is_capitalised(j)
            || view.has(j, DATE_PREPOSITION)
            || FUNCTION_WORDS.contains(&view.lower(j))
    };
    // "24 September 2025"
    if day_at(i) {
        let first_day = if joined_day(i) && view.month(i + 3).is_some() {
            i + 2
        } else {
            i
        };
        if view.month(first_day + 1).is_some() && view.is_capitalised(first_day + 1) {
            let year = year_at(first_day + 2);
            return Some((i, first_day + if year.is_some() { 2 } else { 1 }, year));
        }
    }
    if view.month(i).is_some() && view.is_capitalised(i) {
        let preceded = i > 0 && view.has(i - 1, DATE_PREPOSITION);
        let mut last = i;
        if day_at(i + 1) && !view.gap_after(i + 1).starts_with(char::is_alphanumeric) {
            last = i + 1;
            if joined_day(last) && ends_date(last + 3) {
                last += 2;
            }
        }
        let year = year_at(last + 1);
        if year.is_some() {
            last += 1;
        }
        // "May" and the like need a year, a day, or a preposition to be a month.
        if last == i && !preceded {
            return None;
        }
        let mut first = i;
        // "the end of May", "early March"
        if i >= 3
            && view.is(i - 1, "of")
            && matches!(view.lower(i - 2), "end" | "start" | "beginning" | "middle")
            && view.is(i - 3, "the")
        {
            first = i - 3;
        } else if i >= 1 && matches!(view.lower(i - 1), "early" | "late" | "mid") {
            first = i - 1;
        }
        return Some((first, last, year));
    }
    if let Some(year) = year_at(i) {
        let after_is_noun = view.is_alphabetic(i + 1)
            && !view.has(i + 1, PHRASE_STOP | SPEECH_VERB)
            && !view.gap_after(i).contains([',', '.', ';', ':'])
            && !view.lower(i + 1).ends_with("ed");
        if (i > 0 && view.has(i - 1, DATE_PREPOSITION)) || !after_is_noun {
            return Some((i, i, Some(year)));
        }
    }
    None
}

/// Whether the number at token `i` is a label, a version, a phone number, a time or a bullet.
fn not_a_figure(view: &View, number: &Number) -> bool {
    let i = number.first;
    let before = view.gap_before(i);
    // A label word or a capitalised name right before it: "Article 337", "Gulag 2.0", "Windows 11".
    if i > 0 && before == " " && matches!(number.shape, Shape::Cardinal { digits: true, .. }) {
        if view.has(i - 1, LABEL) {
            return true;
        }
        // (Not a count after a place: "…, France 1,500", "…, and Italy 900", though
        // "Berkeley, California 94704" is a code.)
        let counted_by_place = gapped_place(view, i).is_some_and(|(start, _)| {
            view.lower(i).contains(',')
                || view.is(start - 1, "and") && (0..i).any(|k| view.opens_with_digit(k))
        });
        // (Nor an amount after a currency's code: "NOK 500m", "CHF 12 million", nor a share
        // after a party: "and the Homeland Movement 15.1 per cent".)
        let code = view.currency(i - 1).is_some() && view.lower(i - 1).len() == 3;
        let after = number.last + 1;
        let share = view.gap_after(number.last).starts_with('%')
            || view.is(after, "percent")
            || view.is(after, "per") && view.is(after + 1, "cent");
        if i > 1
            && is_name_word(view, i - 1)
            && !view.gap_before(i - 1).ends_with(". ")
            && !counted_by_place
            && !code
            && !share
        {
            return true;
        }
    }
    if i > 0 && view.has(i - 1, LABEL) && before.trim() == "." {
        return true; // "p. 12", "No. 5"
    }
    // Phone numbers: "+44 20 7946 0958", "(555) 123 4567".
    if before.ends_with('+') {
        return true;
    }
    let digit_group =
        |j: usize| view.lower(j).chars().all(|c| c.is_ascii_digit()) && !view.lower(j).is_empty();
    if digit_group(i) {
        // Three digit groups in a row, this one among them (so at most two each way).
        let mut back = i;
        while back > 0
            && i - back < 2
            && digit_group(back - 1)
            && matches!(view.gap_before(back).trim(), "" | "-" | "." | ")" | "(")
        {
            back -= 1;
        }
        let mut run = i;
        while run - back < 2
            && run + 1 < view.len()
            && digit_group(run + 1)
            && matches!(view.gap_after(run).trim(), "" | "-" | "." | ")" | "(")
        {
            run += 1;
        }
        if run - back >= 2 {
            return true;
        }
    }
    // Times: "10:30", "3 p.m.", "9pm".
    let after = view.gap_after(number.last);
    if after == ":" && digit_group(number.last + 1) || before == ":" && i > 0 && digit_group(i - 1)
    {
        return true;
    }
    if matches!(view.lower(number.last + 1), "p.m" | "a.m" | "pm" | "am") {
        return true;
    }
    // List bullets: "1. Casualties", "2) Recruitment".
    if i == 0
        && matches!(after.trim_start().chars().next(), Some('.' | ')'))
        && number.shape != Shape::Ordinal
    {
        return true;
    }
    // A sentence of numbers only (a lone "0" line, a table row of figures).
    if view.all_numbers() {
        return true;
    }
    false
}

/// A qualifier ending just before token `first`, as `(first token, normalised)`.
fn qualifier_before(view: &View, first: usize) -> Option<(usize, &'static str)> {
    if first == 0 || !view.has(first - 1, QUALIFIER_END) {
        return None;
    }
    for (words, normal) in QUALIFIERS {
        let n = words.len();
        if first < n {
            continue;
        }
        if words
            .iter()
            .enumerate()
            .all(|(k, w)| view.is(first - n + k, w))
        {
            // "jailed for 12 years over £4.2m scam", "a row over £3bn": "over" after a term or
            // a word for a charge or a dispute says what about, not how many.
            let about = words.len() == 1
                && words[0] == "over"
                && first >= 2
                && (view.time_unit(first - 2).is_some()
                    || OVER_MEANS_ABOUT.contains(&view.lower(first - 2)));
            if about {
                return None;
            }
            return Some((first - n, normal));
        }
    }
    None
}

/// Words after which "over" means "about" ([`qualifier_before`]).
const OVER_MEANS_ABOUT: &[&str] = &[
    "arrested", "charged", "clash", "concerns", "dispute", "fears", "fined", "jailed", "probe",
    "row", "sacked", "sued",
];

fn bound_of(qualifier: Option<&str>) -> Bound {
    match qualifier {
        Some("over" | "more than" | "at least") => Bound::Lower,
        Some("nearly" | "almost" | "as many as" | "up to" | "fewer than" | "less than") => {
            Bound::Upper
        }
        Some("about" | "approximately" | "around" | "some") => Bound::Approximate,
        _ => Bound::Exact,
    }
}

/// Whether a word (in lower case) reads as an adverb: "slightly", "conservatively".
fn is_adverb(lower: &str) -> bool {
    lower.ends_with("ly") && lower.len() > 4
}

/// Whether the word at token `j` reads as a verb (a participle or an adverb).
fn verb_like(view: &View, j: usize) -> bool {
    let w = view.lower(j);
    let participle = (w.ends_with("ed") || w.ends_with("ing")) && w.len() > 4 && !w.contains('-');
    (participle && !modifier_participle(view, j)) || is_adverb(w)
}

/// Claims' verbs that are never nouns in their plain form ([`phrase_after`]); not "arrest" nor
/// "cut" ("a 9% cut").
const PLAIN_VERBS: &[&str] = &[
    "attend",
    "deploy",
    "destroy",
    "detain",
    "die",
    "displace",
    "evacuate",
    "flee",
    "imprison",
    "infect",
    "injure",
    "kill",
    "mobilise",
    "mobilize",
    "prosecute",
    "punish",
    "steal",
    "surrender",
];

/// The noun phrase after a number, e.g. "cases of insubordination", "military personnel", and
/// the index of its last token.
fn phrase_after(view: &View, from: usize) -> Option<(String, usize)> {
    let mut j = from;
    while view.has(j, COUNT_MODIFIER) && view.is_alphabetic(j + 1) {
        j += 1;
    }
    let mut words: Vec<String> = Vec::new();
    let mut end = j;
    while j < view.len() && words.len() < 3 {
        let gap = view.gap_before(j);
        if gap.contains([',', '.', ';', ':', '(', ')', '\u{2014}']) || !view.is_alphabetic(j) {
            break;
        }
        let w = view.lower(j);
        if view.has(j, PHRASE_STOP | VERB_ONLY_SPEECH) || is_adverb(w) {
            break;
        }
        if verb_like(view, j) && !(words.is_empty() && modifier_participle(view, j)) {
            break;
        }
        // "Thousands flee", "13,000 die": a claim's verb in its plain form right after the
        // number is no noun.
        if words.is_empty() && PLAIN_VERBS.contains(&w) {
            break;
        }
        if view.is_capitalised(j) {
            if words.is_empty() && view.has(j, DEMONYM)
                || words.is_empty()
                    && is_name_word(view, j)
                    && view.is_alphabetic(j + 1)
                    && !view.is_capitalised(j + 1)
            {
                j += 1; // "Russian soldiers", "Ukrainian casualties"
                continue;
            }
            break;
        }
        // "men desert": a claim verb after the head ends the phrase.
        let verb_form = view.predicate(j).is_some()
            && !w.ends_with("ion")
            && !w.ends_with("ions")
            && !w.ends_with("ers")
            && !w.ends_with("ings");
        if !words.is_empty() && verb_form {
            break;
        }
        words.push(strip_possessive(w).to_string());
        end = j;
        j += 1;
        if view.has(end, IRREGULAR_PLURAL) && !view.is(j, "of") {
            break;
        }
        // A plural noun ends the phrase: "the two soldiers cowards" (not "measles cases", "gas
        // prices", "virus samples").
        if is_plural(w) && !words.is_empty() && !view.is(j, "of") {
            break;
        }
    }
    if words.is_empty() {
        return None;
    }
    // "cases of insubordination", "deaths of soldiers"
    if view.is(j, "of") && !view.gap_before(j).contains([',', '.']) && view.is_alphabetic(j + 1) {
        let next = view.lower(j + 1);
        if !view.has(j + 1, PHRASE_STOP) && !view.is_capitalised(j + 1) && !verb_like(view, j + 1) {
            words.push("of".into());
            words.push(next.to_string());
            end = j + 1;
        }
    }
    Some((words.join(" "), end))
}

/// The unit of a temperature written after the count `draft`, which then takes in its scale:
/// "40.1°C", "40 °F", "40 degrees Celsius" (not degrees of an angle, nor "40 degrees" alone).
fn temperature_after(view: &View, draft: &mut Draft) -> Option<&'static str> {
    if draft.kind != FigureKind::Count {
        return None;
    }
    let after = draft.last + 1;
    let (scale, last) = if matches!(view.gap_after(draft.last).trim(), "°" | "º") {
        (after, after)
    } else if matches!(view.lower(after), "degrees" | "degree") && view.gap_after(after) == " " {
        (after + 1, after + 1)
    } else {
        return None;
    };
    let unit = super::numbers::temperature_scale(view.toks.get(scale)?.text)?;
    draft.last = last;
    draft.counted = None;
    Some(unit)
}

/// A noun in -ing at token `from`, after words such as "new" ("£1.5bn of new funding", "£2bn
/// in borrowing"), which [`phrase_after`] reads as a verb; as `(noun, its token)`.
fn gerund_after(view: &View, from: usize) -> Option<(String, usize)> {
    let mut j = from;
    while view.has(j, COUNT_MODIFIER) && view.is_alphabetic(j + 1) {
        j += 1;
    }
    let word = view.lower(j);
    let noun = view.is_alphabetic(j)
        && !view.is_capitalised(j)
        && word.ends_with("ing")
        && word.len() > 5
        && (j == from || view.gap_before(j) == " ");
    noun.then(|| (word.to_string(), j))
}

/// Whether a word ending in "s" reads as a plural: not "glass", "virus", "crisis", "gas" nor
/// "measles".
fn is_plural(word: &str) -> bool {
    word.ends_with('s')
        && !word.ends_with("ss")
        && !(word.len() > 3 && (word.ends_with("us") || word.ends_with("is")))
        && !matches!(
            word,
            "bus"
                | "gas"
                | "measles"
                | "mumps"
                | "rabies"
                | "diabetes"
                | "herpes"
                | "news"
                | "series"
                | "species"
        )
}

/// Whether a participle at `j` modifies the noun after it ("armed men", "convicted soldiers").
fn modifier_participle(view: &View, j: usize) -> bool {
    let next = view.lower(j + 1);
    view.is_alphabetic(j + 1)
        && !view.has(j + 1, PHRASE_STOP)
        && !next.ends_with("ed")
        && !next.ends_with("ing")
        && !view.gap_after(j).contains([',', '.', ';', ':'])
}

/// Where "a record", "a new high of" or "an all-time low of" ends just before token `first`
/// ("prices hit a record 312 euros"), or `first` when nothing of the kind does.
fn record_phrase_start(view: &View, first: usize) -> usize {
    let mut j = first;
    if j > 0 && view.is(j - 1, "of") {
        j -= 1;
    }
    let mut words = 0;
    while j > 0
        && words < 3
        && matches!(
            view.lower(j - 1),
            "record" | "new" | "fresh" | "all-time" | "high" | "low" | "peak"
        )
    {
        j -= 1;
        words += 1;
    }
    if words > 0 && j > 0 && matches!(view.lower(j - 1), "a" | "an") {
        j - 1
    } else {
        first
    }
}

/// Verbs that state the level a quantity stands at, as `(verb, the word it takes before the
/// number)`: "cases rose to 58,000", "coverage stood at 93 per cent", "prices hit 312 euros" (not
/// "prices fell 5%", a change, nor "the default is 10", nor "atomic number 53", a noun).
const LEVEL_VERBS: &[(&str, &str)] = &[
    ("amounted", "to"),
    ("averaged", ""),
    // "Admissions more than tripled to 640".
    ("doubled", "to"),
    ("halved", "to"),
    ("quadrupled", "to"),
    ("tripled", "to"),
    // Headlines: "Measles cases climb to 1,240" ("rise" and "fall" only after a plural or a
    // name, and not "peak", more often nouns: "a sharp rise to 7%", "peak demand").
    ("climb", "to"),
    ("climbed", "to"),
    ("climbs", "to"),
    ("dropped", "to"),
    ("drops", "to"),
    ("fall", "to"),
    ("fallen", "to"),
    ("falls", "to"),
    ("fell", "to"),
    ("grow", "to"),
    ("grown", "to"),
    ("grows", "to"),
    ("hit", ""),
    ("hits", ""),
    ("jumped", "to"),
    ("jumps", "to"),
    ("numbered", ""),
    ("peaked", "at"),
    ("peaks", "at"),
    ("reach", ""),
    ("reached", ""),
    ("reaches", ""),
    ("rise", "to"),
    ("rises", "to"),
    ("risen", "to"),
    ("rose", "to"),
    ("soar", "to"),
    ("soared", "to"),
    ("soars", "to"),
    // "inflation was running at 9.1 per cent", "fares stand at 85% of 2019 levels".
    ("running", "at"),
    ("stand", "at"),
    ("stands", "at"),
    ("stood", "at"),
    ("totaled", ""),
    ("totalled", ""),
];

/// Verbs for a change, with the way it goes: "rents rose 9.4%", "prices fell by 3%" (with "to",
/// most state a level: [`LEVEL_VERBS`]).
const CHANGE_VERBS: &[(&str, &str)] = &[
    ("climbed", RISE),
    ("climbs", RISE),
    ("declined", FALL),
    ("declines", FALL),
    ("decreased", FALL),
    ("decreases", FALL),
    ("dropped", FALL),
    ("drops", FALL),
    ("fallen", FALL),
    ("falls", FALL),
    ("fell", FALL),
    ("grew", RISE),
    ("grown", RISE),
    ("grows", RISE),
    ("increased", RISE),
    ("increases", RISE),
    ("jumped", RISE),
    ("jumps", RISE),
    ("risen", RISE),
    ("rises", RISE),
    ("rose", RISE),
    ("soared", RISE),
    ("soars", RISE),
];

/// The way a change goes ([`RISE`] or [`FALL`]), given a verb in lower case.
fn change_lemma(verb: &str) -> Option<&'static str> {
    (CHANGE_VERBS.iter())
        .find(|(form, _)| *form == verb)
        .map(|&(_, way)| way)
}

/// The verb for a change right before token `end`, or before "by" there ("rose 9.4 per cent",
/// "rose by 12%"; not "rose to 5%", a level).
fn change_verb_before(view: &View, end: usize) -> Option<usize> {
    let before = end.checked_sub(1)?;
    let verb = if view.is(before, "by") {
        before.checked_sub(1)?
    } else {
        before
    };
    change_lemma(view.lower(verb)).map(|_| verb)
}

/// The way the change goes that a share starting at token `first` is the size of ("Rents rose
/// 9.4 per cent", "rents rose by 12%").
fn change_of_share(view: &View, first: usize) -> Option<&'static str> {
    let verb = change_verb_before(view, record_phrase_start(view, first))?;
    change_lemma(view.lower(verb))
}

/// Whether the figure whose number starts at token `first` ends its clause, or a period or
/// place follows it ("was 2.9% in September"; not "is 35% faster", "is 38% indigenous beliefs").
fn ends_claim(view: &View, first: usize) -> bool {
    let mut k = first;
    while k < view.len() && !view.is_alphabetic(k) {
        k += 1;
    }
    // The unit written as a word: "per cent", "percent", "euros".
    while k < view.len()
        && (matches!(view.lower(k), "per" | "cent" | "percent") || view.currency(k).is_some())
    {
        k += 1;
    }
    k >= view.len()
        || view.gap_before(k).contains([',', '.', ';', ':', '(', ')'])
        || view.clause_break_before(k)
        || view.has(k, PERIOD_CUE)
        || matches!(
            view.lower(k),
            "of" | "at" | "on" | "for" | "among" | "last" | "this"
        )
}

/// What a figure measures when its subject names it.
struct Subject {
    /// The subject: its head noun, the word before it that qualifies it, and a place after "in"
    /// or "across" ("measles cases in Europe", "peak demand").
    phrase: String,
    /// Whether the verb states the level the subject stands at ([`LEVEL_VERBS`]), and the
    /// subject is no setting ([`names_a_setting`]).
    level: bool,
}

/// The counted or measured thing named before a number: "casualties numbered 600,000",
/// "wholesale prices hit a record 312 euros", "prices in Spain rose to 312 euros" (a place after
/// "in" or "across" qualifies the subject).
fn phrase_before(view: &View, first: usize, kind: FigureKind) -> Option<Subject> {
    if let Some(estimate) = estimated_object(view, first) {
        return Some(estimate);
    }
    let verbs_end = record_phrase_start(view, first);
    let mut j = verbs_end;
    let mut linked = false;
    // "Damage is estimated at 10 billion euros", "losses have been put at…": an estimate in
    // the passive links its subject to the figure.
    let estimated = |k: usize| {
        ESTIMATING_VERBS.contains(&view.lower(k))
            && view.is(k + 1, "at")
            && k > 0
            && (view.has(k - 1, LINKING_VERB) || view.is(k - 1, "been"))
    };
    // "bribes worth 2.4 million leva", "a contract worth $3bn": what is worth the amount.
    let worth = |k: usize| view.is(k, "worth") && kind == FigureKind::Money && k + 1 == verbs_end;
    // "Rents rose by 12%", "rents increased 9.5%", as "rents rose 12%": a share a subject
    // changed by.
    let change_verb = (kind == FigureKind::Percent)
        .then(|| change_verb_before(view, verbs_end))
        .flatten();
    let changed_by = |k: usize| change_verb.is_some_and(|verb| k >= verb);
    // "borrowing would be £127.5bn": "be" after a modal links an amount as "is" does.
    let modal = |k: usize| {
        matches!(
            view.lower(k),
            "will" | "would" | "could" | "may" | "might" | "should"
        )
    };
    // A share or an amount that a subject "is" is its level too ("annual inflation was 2.9%"),
    // not a count ("the default is 10").
    let state = matches!(kind, FigureKind::Percent | FigureKind::Money);
    let modal_be =
        |k: usize| kind == FigureKind::Money && view.is(k, "be") && k > 0 && modal(k - 1);
    // "Measles cases in Lancashire rise to 214", "Prices fall to…", "could rise to": "rise"
    // and "fall" after a plural, a name or a modal are verbs (not "a sharp rise to 5%").
    let plural_rise = |k: usize| {
        matches!(view.lower(k), "rise" | "fall")
            && view.is(k + 1, "to")
            && k > 0
            && (is_plural(view.lower(k - 1)) || view.is_capitalised(k - 1) || modal(k - 1))
    };
    // "inflation was running at 9.1 per cent" (not "integers running from 0 to 127").
    let running = |k: usize| {
        view.is(k, "running")
            && view.is(k + 1, "at")
            && k > 0
            && matches!(view.lower(k - 1), "is" | "was" | "are" | "were" | "been")
    };
    // "Passenger numbers fell by 80%", "the bus number is 17": "numbers" after a word that
    // qualifies it and before a verb is the subject's noun (not "the number is 255").
    let noun_number = |k: usize, linked: bool| {
        linked
            && matches!(view.lower(k), "number" | "numbers")
            && k > 0
            && view.is_alphabetic(k - 1)
            && !matches!(
                view.lower(k - 1),
                "the" | "a" | "an" | "that" | "this" | "its" | "their" | "of"
            )
    };
    while j > 0
        && !noun_number(j - 1, linked)
        && (view.has(j - 1, LINKING_VERB)
            || running(j - 1)
            || estimated(j - 1)
            || worth(j - 1)
            || changed_by(j - 1)
            || modal_be(j - 1)
            || plural_rise(j - 1))
        && !view.opens_clause(j)
    {
        j -= 1;
        linked = true;
    }
    let between: Vec<&str> = (j..verbs_end).map(|k| view.lower(k)).collect();
    let level = match between[..] {
        [.., verb, "at"] if ESTIMATING_VERBS.contains(&verb) => true,
        [verb] => {
            LEVEL_VERBS.contains(&(verb, ""))
                || state
                    && matches!(verb, "is" | "was" | "are" | "were" | "be")
                    && ends_claim(view, first)
        }
        [verb, before] => LEVEL_VERBS.contains(&(verb, before)),
        // "inflation was running at 9.1 per cent".
        ["is" | "was" | "are" | "were" | "been", verb, before] => {
            verb.ends_with("ing") && LEVEL_VERBS.contains(&(verb, before))
        }
        _ => false,
    };
    // "rates had fallen to 91 per cent", "demand has risen to 43,000": auxiliaries before the verb
    // (not "the system has 16 CPUs", where what is counted follows the number), and a modal
    // before a level ("damage could reach €150 million", "the total could rise to 6,000").
    let mut auxiliaries = 0;
    while linked
        && auxiliaries < 2
        && j > 1
        && (matches!(view.lower(j - 1), "has" | "have" | "had" | "been")
            || modal(j - 1) && (view.is(j, "be") || level))
        && !view.opens_clause(j)
    {
        j -= 1;
        auxiliaries += 1;
    }
    if !linked || view.opens_clause(j) {
        return None;
    }
    let mut head = j - 1;
    let capitalised_run = (0..head.min(4))
        .take_while(|&k| view.is_capitalised(head - k) && !view.gap_before(head - k).contains(','))
        .count();
    let mut place = None;
    if capitalised_run > 0
        && capitalised_run < head
        && matches!(view.lower(head - capitalised_run), "in" | "across")
        && !view.gap_before(head - capitalised_run).contains(',')
    {
        let at = head - capitalised_run;
        place = Some(format!("{} {}", view.lower(at), view.slice(at + 1, head)));
        head -= capitalised_run + 1;
    }
    let w = view.lower(head);
    // "Shares fell 6.2 per cent to 184 pence", "rose 4% to $312": the amount after a change in
    // per cent is the level of what changed (a share after one is a range's end: "1% to 5%").
    let percent = match w {
        "cent" if head >= 2 && view.is(head - 1, "per") => Some(head - 2),
        "percent" if head >= 1 => Some(head - 1),
        _ if view.gap_after(head).starts_with('%') => Some(head),
        _ => None,
    };
    if between == ["to"]
        && kind != FigureKind::Percent
        && let Some(change) = percent.filter(|&k| view.opens_with_digit(k))
    {
        let changed = phrase_before(view, change, FigureKind::Percent);
        return changed.map(|subject| Subject {
            level: true,
            ..subject
        });
    }
    // "bargain him down to ten dollars", "equal to 175 pounds": no subject.
    let no_subject = matches!(
        w,
        "down"
            | "up"
            | "off"
            | "out"
            | "equal"
            | "equivalent"
            | "instead"
            | "close"
            | "closer"
            | "near"
            | "nearer"
    );
    // "the real saving at £3.5 billion": a word in -ing after an article is a noun, and so is
    // one right before "of" and the figure ("expects borrowing of £127.5bn") or after a verb of
    // speech ("said borrowing would be £127.5bn").
    let article = |k: usize| matches!(view.lower(k), "the" | "a" | "an" | "its" | "their");
    let noun_in_ing = kind == FigureKind::Money && between == ["of"]
        || head > 0 && view.has(head - 1, SPEECH_VERB)
        || head > 0 && article(head - 1)
        || head > 1
            && article(head - 2)
            && view.is_alphabetic(head - 1)
            && !view.is_capitalised(head - 1);
    if no_subject {
        return None;
    }
    if !view.is_alphabetic(head)
        || view.has(head, PHRASE_STOP)
        || (view.is_capitalised(head) && head > 0)
        || verb_like(view, head) && !noun_in_ing
    {
        return clause_subject(view, j, level);
    }
    // Up to two words before the head that say which (the farther not a plural): "measles
    // cases", "peak demand", "wholesale electricity prices" (not "the", "Spain's" or "said"), a
    // capital kept from inside the sentence or a nationality's ("Ukrainian casualties").
    let mut subject_start = head;
    let mut qualifiers: Vec<&str> = Vec::new();
    while qualifiers.len() < 2 && subject_start > 0 {
        let k = subject_start - 1;
        let word = view.lower(k);
        // "the company's accounts showed profits of €310 million", "the company expected
        // revenue of £2.1bn": a participle after a plural, or after a noun with its article,
        // that could be its subject is a verb, not a modifier ("the confirmed cases", "maximum
        // supported value").
        let verb_after_subject = word.ends_with("ed")
            && k > 0
            && view.is_alphabetic(k - 1)
            && !view.is_capitalised(k - 1)
            && (is_plural(view.lower(k - 1))
                || k > 1 && article(k - 2) && REPORTING_PARTICIPLES.contains(&word))
            && !view.has(k - 1, PHRASE_STOP)
            && view.gap_before(k) == " ";
        // "guilty of taking bribes worth…": a word in -ing after a preposition is a verb, and so
        // is one after a comma ("disputed the figures, saying rents had risen by 6 per cent").
        let gerund = word.ends_with("ing")
            && k > 0
            && (matches!(
                view.lower(k - 1),
                "of" | "for" | "by" | "after" | "before" | "from" | "without" | "about"
            ) || view.gap_before(k).contains(','));
        let qualifies = view.is_alphabetic(k)
            && !gerund
            && !word.contains(['\'', '\u{2019}'])
            && !view.has(k, PHRASE_STOP | LINKING_VERB | SPEECH_VERB)
            && !verb_like(view, k)
            // "The OBR expects borrowing of…": what is expected, not a kind of it.
            && !matches!(word, "expects" | "forecasts" | "predicts" | "projects" | "sees")
            && !verb_after_subject
            && view.gap_before(subject_start).trim().is_empty()
            // "In some countries vaccination rates": a plural ends the phrase before it.
            && (qualifiers.is_empty() || !word.ends_with('s') || word.ends_with("ss"));
        if !qualifies {
            break;
        }
        // A capital is kept inside the sentence, and at its start before another capital
        // ("Calder City rents"), where a name goes on.
        let written = view.is_capitalised(k)
            && (view.has(k, DEMONYM)
                || k > 0 && !view.clause_break_before(k)
                || qualifiers
                    .first()
                    .is_some_and(|q| q.starts_with(char::is_uppercase)));
        qualifiers.insert(0, if written { view.slice(k, k) } else { word });
        subject_start = k;
    }
    // "Turnout in Sunday's snap election fell to 51.4%": a phrase after a preposition is not
    // the subject, the clause's first words are.
    let mut object_start = subject_start;
    while object_start > 0
        && subject_start - object_start < 3
        && (view.is_capitalised(object_start - 1) || view.lower(object_start - 1).ends_with("'s"))
        && !view.gap_before(object_start).contains(',')
    {
        object_start -= 1;
    }
    if object_start > 0
        && view.has(object_start - 1, PHRASE_STOP)
        && let Some(subject) = clause_subject(view, j, level)
    {
        return Some(subject);
    }
    // "In Seville, prices reached 300 euros": a place opening the clause before the subject.
    let place = place.or_else(|| {
        let run = (1..subject_start.min(4))
            .take_while(|&k| view.is_capitalised(subject_start - k))
            .count();
        let at = subject_start.checked_sub(run + 1)?;
        let opens = run > 0 && view.opens_clause(at) && matches!(view.lower(at), "in" | "across");
        let joined = (at + 1..subject_start).all(|k| !view.gap_before(k).contains(','))
            && !view.gap_before(subject_start).contains(['.', ';', ':']);
        (opens && joined).then(|| {
            format!(
                "{} {}",
                view.lower(at),
                view.slice(at + 1, subject_start - 1)
            )
        })
    });
    // "Nordvik Energy reported a net profit of $3.1 billion": a result a name reports is the
    // level it stands at, and the name says whose ("Nordvik Energy net profit").
    let reporting_verb = ((j..verbs_end).map(|k| view.lower(k)).eq(["of"]))
        .then(|| subject_start.checked_sub(1))
        .flatten()
        .map(|before| {
            let article = matches!(view.lower(before), "a" | "an" | "its" | "their");
            before - usize::from(article && before > 0)
        })
        .filter(|&verb| {
            REPORTING_VERBS.contains(&view.lower(verb))
                && (verb + 1..=subject_start).all(|k| view.gap_before(k) == " ")
        });
    // Only a result whose reporter is named: "the company reported a net profit of…" would
    // pair with every firm's.
    let reporter = reporting_verb.and_then(|verb| name_before(view, verb));
    if let Some(reporter) = reporter.as_deref() {
        qualifiers.insert(0, reporter);
    }
    // "Nordvik Energy's net profit rose to…", "Nordvik Energy said its net profit rose to…":
    // whose level it is.
    let owned = owner(view, subject_start).filter(|_| level && reporter.is_none());
    let (owned, place, level) = match owned {
        Some(owner) => owned_level(owner, place, level),
        None => (None, place, level),
    };
    if let Some(owned) = owned.as_deref() {
        qualifiers.insert(0, owned);
    }
    qualifiers.push(w);
    let mut phrase = qualifiers.join(" ");
    if let Some(place) = place {
        phrase.push(' ');
        phrase.push_str(&place);
    }
    Some(Subject {
        phrase,
        level: (level || reporter.is_some()) && !names_a_setting(w),
    })
}

/// Verbs that give an estimate of a figure with "at": "estimated damage at…", "is put at…".
const ESTIMATING_VERBS: &[&str] = &[
    "assessed",
    "estimate",
    "estimated",
    "estimates",
    "put",
    "puts",
    "valued",
    "values",
];

/// What an estimate in the active puts at the figure starting at token `first`, the level it
/// gives: "The government estimated damage at 8 billion euros", "Coldiretti put losses to
/// agriculture at 1.5 billion euros" (up to five words between the verb and "at", in one
/// clause).
fn estimated_object(view: &View, first: usize) -> Option<Subject> {
    let at = first.checked_sub(1).filter(|&at| view.is(at, "at"))?;
    if at > 0 && ESTIMATING_VERBS.contains(&view.lower(at - 1)) {
        return relative_object(view, at - 1);
    }
    let verb = (at.saturating_sub(6)..at.saturating_sub(1))
        .rev()
        .find(|&k| ESTIMATING_VERBS.contains(&view.lower(k)))?;
    let mut start = verb + 1;
    while start < at && matches!(view.lower(start), "the" | "a" | "an" | "its" | "their") {
        start += 1;
    }
    let plain = (verb + 1..=at).all(|k| view.gap_before(k) == " ")
        && (start..at).all(|k| view.is_alphabetic(k) && !view.has(k, SPEECH_VERB));
    if start >= at || !plain {
        return None;
    }
    // "estimated the number conservatively at…": an adverb is no part of what is estimated.
    let words: Vec<&str> = (start..at)
        .filter(|&k| !is_adverb(view.lower(k)))
        .map(|k| {
            if view.is_capitalised(k) {
                view.toks[k].text
            } else {
                view.lower(k)
            }
        })
        .collect();
    // "the number of demonstrators" is the demonstrators; "the number" alone names nothing.
    let words = match words[..] {
        ["number" | "total" | "count", "of", ..] => &words[2..],
        _ => &words[..],
    };
    let generic = matches!(
        words,
        [] | ["number" | "total" | "count" | "figure" | "sum" | "amount"]
    );
    (!generic).then(|| Subject {
        phrase: words.join(" "),
        level: true,
    })
}

/// What an estimate in a relative clause puts at its figure: the noun before "that" or "which"
/// and the estimate's subject ("drew a crowd that organisers estimated at 150,000").
fn relative_object(view: &View, verb: usize) -> Option<Subject> {
    let relative = (verb.saturating_sub(3)..verb)
        .find(|&k| matches!(view.lower(k), "that" | "which") && view.gap_before(k) == " ")?;
    let noun = relative.checked_sub(1)?;
    let plain = (relative + 1..=verb).all(|k| view.gap_before(k) == " " && view.is_alphabetic(k));
    let function = CAPITALISED_FUNCTION_WORDS.contains(view.lower(noun));
    (plain && view.is_alphabetic(noun) && !view.is_capitalised(noun) && !function).then(|| {
        Subject {
            phrase: view.lower(noun).to_string(),
            level: true,
        }
    })
}

/// Whether the figure starting at token `first` is what an estimate puts a number at that
/// stands for a thing counted before it ("120,000 people took part, while police put the
/// number at 38,000").
fn the_number_at(view: &View, first: usize) -> bool {
    first >= 3
        && view.is(first - 1, "at")
        && matches!(
            view.lower(first - 2),
            "number" | "figure" | "total" | "count"
        )
        && view.is(first - 3, "the")
}

/// What an estimate puts "the number of" at, when the figure starting at token `first` is the
/// number it is put at, up to a dozen words after it: "The security company put the number of
/// customers whose card details were exposed at 450,000" (a level when nearer: "police
/// estimated the number of marchers at 38,000", [`estimated_object`]). The words after "of", as
/// [`phrase_after`] reads them.
fn number_of_put_at(view: &View, first: usize) -> Option<String> {
    if first < 6 || !view.is(first - 1, "at") {
        return None;
    }
    // Back over the words before "at", within the clause.
    let of = (first.saturating_sub(16).max(3)..first - 1)
        .rev()
        .take_while(|&j| !view.opens_clause(j + 1))
        .find(|&j| view.is(j, "of"))?;
    let verb = matches!(
        view.lower(of - 3),
        "put" | "puts" | "putting" | "estimated" | "estimates" | "placed" | "places"
    );
    let number = matches!(view.lower(of - 1), "number" | "total" | "count");
    (verb && number && view.is(of - 2, "the"))
        .then(|| phrase_after(view, of + 1))
        .flatten()
        .map(|(phrase, _)| phrase)
}

/// Whose the subject whose words open at token `start` is, when a possessive right before it
/// says: the name written in the possessive ("Nordvik Energy's net profit" gives "Nordvik
/// Energy"), or, for "its", "their" or "the company's", the sentence's first name before it that
/// can be a subject ("Nordvik Energy said on Tuesday that its net profit…"). `Some(None)` when
/// such a possessive leaves the owner unknown, `None` when no possessive comes before.
fn owner(view: &View, start: usize) -> Option<Option<String>> {
    let k = start
        .checked_sub(1)
        .filter(|_| view.gap_before(start) == " ")?;
    let word = view.lower(k);
    let possessive = strip_possessive(word) != word;
    if possessive && is_name_word(view, k) {
        return Some(name_ending_at(view, k).map(|(_, name)| name));
    }
    let pronoun = matches!(word, "its" | "their") || possessive && k > 0 && view.is(k - 1, "the");
    pronoun.then(|| {
        names_in(view, 0, k)
            .into_iter()
            .find(|&(first, last)| plausible_source(view, first, last, None))
            .map(|(first, last)| name_text(view, first, last))
    })
}

/// A level's subject given its `owner` ([`owner`]), as `(the name qualifying it, its place,
/// whether it is a level)`: a place owns it as the place it is in ("Spain's unemployment" is
/// unemployment in Spain), another name qualifies it ("Nordvik Energy net profit"), and an
/// unknown owner makes it no level, which would pair with every owner's ("its net profit").
fn owned_level(
    owner: Option<String>,
    place: Option<String>,
    level: bool,
) -> (Option<String>, Option<String>, bool) {
    match owner {
        Some(name) if crate::engine::names::known_place(&name) => {
            let place = place.or_else(|| Some(format!("in {name}")));
            (None, place, level)
        }
        Some(name) => (Some(name), place, level),
        None => (None, place, false),
    }
}

/// The name written right before the verb at token `verb`, its subject: "Nordvik Energy" in
/// "Nordvik Energy reported", "The Socialist Party" in "The Socialist Party won".
fn name_before(view: &View, verb: usize) -> Option<String> {
    (verb > 0 && view.gap_before(verb) == " ")
        .then(|| name_ending_at(view, verb - 1))
        .flatten()
        .map(|(_, name)| name)
}

/// Whether a sentence is about a vote, or its document has given a share of one.
fn about_vote(view: &View, context: &Context) -> bool {
    context.voting
        || view.mentions(&[
            "vote",
            "votes",
            "election",
            "elections",
            "ballot",
            "poll",
            "polls",
            "runoff",
        ])
}

/// Who wins the share whose figure opens at token `first`: the name before a winning verb right
/// before it ("the Socialist Party won 28.7%"), or, for a share "with" which a party finished,
/// the name opening the clause ("The conservative People's Party came second with 27.8%").
fn winner_of_share(view: &View, first: usize) -> Option<String> {
    let verb = first.checked_sub(1)?;
    if WINNING_VERBS.contains(&view.lower(verb)) {
        return name_before(view, verb);
    }
    if !view.is(verb, "with") {
        return None;
    }
    let clause = (1..verb)
        .rev()
        .find(|&k| view.gap_before(k).contains([',', ';']))
        .unwrap_or(0)
        .max(dateline_end(view));
    // A determiner and up to two words before the name ("The far-right Homeland Movement").
    let opening = (clause..verb.min(clause + 4)).find(|&k| is_name_word(view, k))?;
    let described = (clause..opening).all(|k| !view.is_capitalised(k) || k == clause)
        && (clause..opening).all(|k| view.gap_before(k + 1) == " ");
    let mut end = opening;
    while end + 1 < verb && is_name_word(view, end + 1) && view.gap_before(end + 1) == " " {
        end += 1;
    }
    let (start, name) = name_ending_at(view, end)?;
    (described && start == opening).then_some(name)
}

/// The party or candidate a share at tokens `first..=last` is of, in a sentence about a vote:
/// the name before "on" ("the Liberals on 24.1%"), after "for" or "to" ("31.2% to the
/// Socialist Party"), or right before it after "and" ("won 28.1% and the Homeland Movement
/// 15.1%").
fn party_of_share(view: &View, first: usize, last: usize) -> Option<String> {
    if first > 1 && view.is(first - 1, "on") && view.gap_before(first) == " " {
        return name_before(view, first - 1);
    }
    if let Some((start, name)) = (first > 0 && view.gap_before(first) == " ")
        .then(|| name_ending_at(view, first - 1))
        .flatten()
    {
        let the = start.checked_sub(1).is_some_and(|k| view.is(k, "the"));
        let before = start.checked_sub(1 + usize::from(the));
        if before.is_some_and(|k| view.is(k, "and") && view.gap_before(k + 1) == " ") {
            return Some(name);
        }
    }
    let mut after = last + 1;
    while after < view.len() && matches!(view.lower(after), "per" | "cent" | "percent") {
        after += 1;
    }
    if !matches!(view.lower(after), "for" | "to") || !matches!(view.gap_before(after), " " | "% ") {
        return None;
    }
    let start = after + 1 + usize::from(view.is(after + 1, "the"));
    let (_, last) = names_in(view, start, view.len())
        .into_iter()
        .next()
        .filter(|&(first, _)| first == start)?;
    Some(name_text(view, start, last))
}

/// Verbs by which a party or a candidate takes a share of the vote: "won 28.7% of the vote".
const WINNING_VERBS: &[&str] = &[
    "captured", "garnered", "got", "gets", "polled", "polls", "received", "receives", "secured",
    "secures", "takes", "took", "win", "wins", "won",
];

/// Verbs by which a firm or a body gives a result it stands at: "reported a net profit of",
/// "posted revenue of".
const REPORTING_VERBS: &[&str] = &[
    "announced",
    "announces",
    "booked",
    "books",
    "posted",
    "posts",
    "recorded",
    "records",
    "reported",
    "reports",
];

/// Whether a subject's head names a setting, whose value is no claim about the world: "the
/// default is 5 percent".
fn names_a_setting(head: &str) -> bool {
    matches!(
        head,
        "default" | "defaults" | "value" | "values" | "setting" | "settings"
    )
}

/// The noun phrase opening the clause whose verb is at token `verb`, when the word before the
/// verb is not its head: "the death toll from Monday's earthquake in southern Turkey rose to
/// 2,316" gives "death toll"; "the number of people killed in Turkey climbed to 2,379" gives
/// "people", whose claim is then the verb after it ("killed"), not a level.
fn clause_subject(view: &View, verb: usize, level: bool) -> Option<Subject> {
    const LONGEST: usize = 12;
    let mut start = verb.checked_sub(1)?;
    while verb - start < LONGEST && !view.opens_clause(start) {
        start -= 1;
    }
    // A verb links the clause's subject ("rose", "is"), not a preposition ("from 323 BC to 30
    // BC"); no other verb or relative clause comes between ("a dynasty who ruled Egypt").
    if matches!(view.lower(verb), "of" | "to" | "at" | "roughly") {
        return None;
    }
    let other_verb = (start..verb).any(|k| {
        matches!(view.lower(k), "who" | "which" | "that")
            || view.has(k, SPEECH_VERB)
            || view.has(k, LINKING_VERB)
                && !matches!(
                    view.lower(k),
                    "of" | "to" | "at" | "roughly" | "number" | "numbers"
                )
    });
    if !view.opens_clause(start) || other_verb {
        return None;
    }
    let mut k = start;
    while k < verb
        && (matches!(
            view.lower(k),
            "the"
                | "a"
                | "an"
                | "this"
                | "its"
                | "their"
                | "thus"
                | "hence"
                | "therefore"
                | "so"
                | "while"
                | "whereas"
        ) || view.lower(k).ends_with("'s"))
    {
        k += 1;
    }
    // "Nordvik Energy's revenue for the year rose to…": a name in the possessive opening the
    // clause says whose the subject is.
    if let Some(possessive) = (k..verb.min(k + 4))
        .take_while(|&m| is_name_word(view, m))
        .find(|&m| view.lower(m).ends_with("'s"))
    {
        k = possessive + 1;
    }
    let owned = owner(view, k).filter(|_| level);
    let mut words: Vec<&str> = Vec::new();
    while k < verb && words.len() < 3 {
        let capital_inside = view.is_capitalised(k) && !words.is_empty();
        let gerund = words.is_empty() && view.lower(k).ends_with("ing");
        if !view.is_alphabetic(k)
            || view.has(k, PHRASE_STOP)
            || capital_inside
            || gerund
            || verb_like(view, k)
            || (!words.is_empty() && !view.gap_before(k).trim().is_empty())
            || (!words.is_empty() && view.is(k + 1, "by"))
        {
            break;
        }
        words.push(view.lower(k));
        k += 1;
    }
    // The phrase ends where a preposition opens what qualifies it ("from Monday's earthquake"),
    // not at a name, a number or an adverb ("Single Cell", "Python 3.11", "the other commonly").
    // So does a participle with its agent ("the national toll given by the ministry").
    let qualified = matches!(
        view.lower(k),
        "of" | "from" | "in" | "on" | "for" | "across" | "among" | "after" | "since"
    ) || !words.is_empty() && view.is(k + 1, "by");
    let head = *words.last().filter(|_| qualified && k < verb)?;
    if matches!(head, "number" | "total" | "tally" | "count") && view.is(k, "of") {
        // "the number of people killed in Turkey climbed to 2,379" claims the participle
        // ("killed"); "the number of measles cases across Europe reached 62,000" is the level
        // of the cases, in the place named before the verb.
        let (mut phrase, end) = phrase_after(view, k + 1)?;
        let mut next = end + 1;
        if matches!(view.lower(next), "in" | "across") {
            let run = (next + 1..verb)
                .take_while(|&m| view.is_capitalised(m))
                .count();
            if run > 0 {
                let place = view.slice(next + 1, next + run);
                phrase = format!("{phrase} {} {place}", view.lower(next));
                next += run + 1;
            }
        }
        return Some(Subject {
            phrase,
            level: level && next == verb,
        });
    }
    // "Revenue from the cloud unit rose 31%": revenue from a part of a business is that part's,
    // no level of the whole ("deaths from Monday's earthquake" are all the deaths).
    if view.is(k, "from")
        && let Some(part) = (k + 1..verb.min(k + 5)).find(|&m| {
            matches!(
                view.lower(m),
                "unit" | "division" | "business" | "segment" | "arm" | "subsidiary" | "operations"
            )
        })
    {
        words.push("from");
        words.extend(
            (k + 1..=part)
                .map(|m| view.lower(m))
                .filter(|w| !matches!(*w, "the" | "its" | "their")),
        );
    }
    let (owned, place, level) = match owned {
        Some(owner) => owned_level(owner, None, level),
        None => (None, None, level),
    };
    let phrase = (owned.iter().map(String::as_str))
        .chain(words.iter().copied())
        .chain(place.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(" ");
    Some(Subject {
        phrase,
        level: level && !names_a_setting(head),
    })
}

/// Function words: "a second" before one of them is a rate ("50 times a second so as not to
/// miss"), before any other word an ordinal ("a second journey"); a second day joined to a date
/// before one of them is the date's ("on March 18 and 19 in Geneva", not "… 19 people").
const FUNCTION_WORDS: &[&str] = &[
    "and",
    "or",
    "but",
    "nor",
    "so",
    "as",
    "than",
    "that",
    "which",
    "when",
    "while",
    "if",
    "in",
    "on",
    "at",
    "for",
    "to",
    "from",
    "by",
    "with",
    "within",
    "during",
    "until",
    "over",
    "into",
    "onto",
    "through",
    "throughout",
    "across",
    "per",
    "each",
    "every",
    "the",
    "their",
    "its",
    "is",
    "are",
    "was",
    "were",
    "be",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "not",
];

/// Periods stated in the sentence: "in 2024", "since February 2022", "a month", as
/// `(first, last, text)`.
fn periods(view: &View) -> Vec<(usize, usize, String)> {
    let mut found = Vec::new();
    let mut k = 0;
    while k < view.len() {
        if !view.has(k, PERIOD_CUE) {
            k += 1;
            continue;
        }
        let w = view.lower(k);
        // ("told the Aegean Daily", "the Weekly Standard": a name's word is no rate.)
        let in_name = view.is_capitalised(k) && (k > 0 || view.is_capitalised(k + 1));
        if let Some(rate) = lookup(&RATE_WORDS, w).filter(|_| !in_name) {
            found.push((k, k, rate.to_string()));
        } else if matches!(w, "a" | "per" | "each" | "every" | "an") {
            // "a year earlier", "from a year ago", "for a month": a time, a length, no rate.
            // "A second 48-hour walkout", "made a second journey": an ordinal before what it
            // numbers ("£1,000 a second.", "50 times a second so as not to", "litres a second
            // into the tank" stay rates).
            let ordinal = w == "a"
                && view.is(k + 1, "second")
                && k + 2 < view.len()
                && !view
                    .gap_after(k + 1)
                    .contains(|c: char| c.is_ascii_punctuation())
                && (view.opens_with_digit(k + 2)
                    || view.is_alphabetic(k + 2) && !FUNCTION_WORDS.contains(&view.lower(k + 2)));
            let no_rate = k > 0 && matches!(view.lower(k - 1), "from" | "for" | "than" | "within")
                || matches!(
                    view.lower(k + 2),
                    "earlier" | "ago" | "later" | "before" | "after" | "since"
                )
                || ordinal;
            if let Some(unit) = view
                .time_unit(k + 1)
                .filter(|_| !view.lower(k + 1).ends_with('s'))
                && !view.gap_after(k).contains(',')
                && !no_rate
            {
                found.push((k, k + 1, format!("per {unit}")));
                k += 2;
                continue;
            }
        } else if matches!(
            w,
            "in" | "since"
                | "for"
                | "by"
                | "until"
                | "during"
                | "before"
                | "after"
                | "through"
                | "throughout"
        ) {
            let mut j = k + 1;
            if view.is(j, "the")
                && matches!(view.lower(j + 1), "end" | "start" | "beginning" | "middle")
                && view.is(j + 2, "of")
            {
                j += 3;
            }
            // "the highest since 2009", "the most since 2019", "the strongest to hit the
            // region since 1987": a record held since a date compares, it is no period of the
            // figure.
            let record = w == "since"
                && k > 0
                && (view.lower(k - 1).ends_with("est") && view.is_alphabetic(k - 1)
                    || view.is(k - 1, "ever")
                    || superlative_before(view, k));
            if let Some((_, last, _)) = date_at(view, j).filter(|_| !record) {
                let text = format!("{} {}", w, view.slice(j.min(k + 1), last));
                found.push((k, last, text.replace('\n', " ")));
                k = last + 1;
                continue;
            }
            // "since the start of the year", "since the beginning of this year".
            if w == "since"
                && j == k + 4
                && matches!(view.lower(j), "the" | "this")
                && view.is(j + 1, "year")
            {
                let text = format!("since {}", view.slice(k + 1, j + 1).to_lowercase());
                found.push((k, j + 1, text.replace('\n', " ")));
                k = j + 2;
                continue;
            }
            // "for the third quarter", "in the first half of 2024": part of a year.
            let part = view.is(k + 1, "the")
                && matches!(
                    view.lower(k + 2),
                    "first" | "second" | "third" | "fourth" | "final" | "last"
                )
                && matches!(view.lower(k + 3), "quarter" | "half");
            if part {
                let last = Some(k + 4)
                    .filter(|&of| view.is(of, "of"))
                    .and_then(|of| date_at(view, of + 1))
                    .map_or(k + 3, |(_, last, _)| last);
                let text = format!("{} {}", w, view.slice(k + 1, last));
                found.push((k, last, text.replace('\n', " ")));
                k = last + 1;
                continue;
            }
            // "revenue for the year", "exports in the quarter", "in the year to March": the
            // report's own period (not "in the year of the flood", "in the year 1775", "for the
            // week day numbers" nor "during the week before Lent").
            let current = matches!(w, "for" | "in" | "during")
                && view.is(k + 1, "the")
                && matches!(view.lower(k + 2), "year" | "quarter" | "month" | "week")
                && !matches!(
                    view.lower(k + 3),
                    "of" | "before" | "after" | "ahead" | "since"
                )
                && view.time_unit(k + 3).is_none()
                && (k + 3 >= view.len() || view.is_alphabetic(k + 3))
                && !super::lexicon::CARDINALS.contains_key(view.lower(k + 3));
            if current {
                let mut text = format!("{w} the {}", view.lower(k + 2));
                let mut last = k + 2;
                if view.is(k + 3, "to")
                    && let Some((_, end, _)) = date_at(view, k + 4)
                {
                    text = format!("{text} to {}", view.slice(k + 4, end).replace('\n', " "));
                    last = end;
                }
                found.push((k, last, text));
                k = last + 1;
                continue;
            }
        } else if matches!(w, "this" | "last" | "next")
            && let part @ ("year" | "quarter" | "month" | "week") = view.lower(k + 1)
        {
            found.push((k, k + 1, format!("{w} {part}")));
        }
        k += 1;
    }
    found
}

/// The period nearest the figure at tokens `first..=last`, within twelve tokens; not one after
/// another number ("won 18.1% of the vote, up from 7% in 2022": "in 2022" is the 7%'s), unless
/// that number is an alternative to this one ("104 or 26 issues per year").
fn nearest_period(
    view: &View,
    found: &[(usize, usize, String)],
    first: usize,
    last: usize,
) -> Option<String> {
    let alternative =
        |k: usize| k == last + 2 && matches!(view.lower(last + 1), "or" | "and" | "to");
    // "roughly 100 million pounds ($127 million) a day": the same amount in brackets right
    // after the figure leaves the period after them the figure's.
    let gap = view.gap_after(last);
    let bracket_end = (gap.contains('(') && currency_sign(gap).is_some()).then(|| {
        (last + 1..view.len().min(last + 8))
            .find(|&k| view.gap_after(k).contains(')'))
            .unwrap_or(last)
    });
    let converted = |k: usize| bracket_end.is_some_and(|end| k <= end);
    let number_between = |from: usize, to: usize| {
        (from..to).any(|k| view.opens_with_digit(k) && !alternative(k) && !converted(k))
    };
    // "310mm of rain in 72 hours, nearly twice the monthly average": a rate word after the
    // figure and "the" is said of another noun.
    let of_another =
        |s: usize| s > 0 && view.is(s - 1, "the") && lookup(&RATE_WORDS, view.lower(s)).is_some();
    // "Ms Whitlock, who became chief executive in 2023, has promised to cut costs by $3bn": a
    // period inside a relative clause set off by commas is the clause's.
    let in_aside = |s: usize, e: usize| {
        let opened = (1..=s)
            .rev()
            .take(10)
            .find(|&k| view.gap_before(k).contains(','));
        opened.is_some_and(|c| matches!(view.lower(c), "who" | "which" | "whose"))
            && (e + 1..=first).any(|k| view.gap_before(k).contains(','))
    };
    found
        .iter()
        .filter(|(s, e, _)| {
            *e < first && !in_aside(*s, *e)
                || *s > last && !number_between(last + 1, *s) && !of_another(*s)
        })
        .map(|(s, e, text)| {
            let distance = if *s > last { s - last } else { first - e };
            (distance, *s < first, text)
        })
        .filter(|(distance, _, _)| *distance <= 12)
        .min()
        .map(|(_, _, text)| text.clone())
}

/// The predicate of the figure at tokens `first..=last`: the claim verb it is the object of
/// ("killing more than 1,200 people and injuring at least 4,500"), else the nearest claim verb
/// in its clause.
fn predicate_near(
    view: &View,
    first: usize,
    last: usize,
    counted: Option<&str>,
) -> Option<&'static str> {
    // "cancelled 2,300 of its 2,900 scheduled services", "68 of the 151 passengers were
    // killed": the whole after a part is not what was done to the part.
    let mut whole = first;
    if whole > 0 && is_possessive(view.lower(whole - 1)) {
        whole -= 1;
    }
    if whole > 0 && matches!(view.lower(whole - 1), "the" | "its" | "their" | "our") {
        whole -= 1;
    }
    let part_before = |k: usize| {
        view.opens_with_digit(k) || k > 0 && view.scale(k).is_some() && view.opens_with_digit(k - 1)
    };
    // Else the claim its counted phrase opens with ("deaths").
    let from_counted = || {
        counted
            .and_then(|c| c.split(' ').next())
            .and_then(predicate_lemma)
    };
    if whole >= 2 && view.is(whole - 1, "of") && part_before(whole - 2) {
        return from_counted();
    }
    // A state said of people after them ("23 people were still missing"), not of a figure
    // after it ("If the property is missing or invalid then the default value 23 is used").
    let before = |k: usize| view.predicate(k).filter(|&lemma| lemma != MISSING);
    if first > 0
        && view.gap_before(first).trim().is_empty()
        && let Some(lemma) = before(first - 1)
    {
        return Some(lemma);
    }
    let forward = (last + 1..view.len().min(last + 11))
        .take_while(|&j| {
            !view
                .gap_before(j)
                .contains([',', ';', ':', '(', '\u{2014}'])
        })
        .find_map(|j| view.predicate(j));
    if forward.is_some() {
        return forward;
    }
    // Not back over a conjunction the figure follows: "42 people had been killed and 12,000
    // evacuated" does not say the 12,000 were killed ("arrested and released 27 men" does say
    // they were arrested).
    let joined = |word: &str| matches!(word, "and" | "or" | "but" | "while" | "whereas");
    let after_conjunction = joined(view.lower_back(first, 1))
        || view.lower_back(first, 1) == "another" && joined(view.lower_back(first, 2));
    let mut j = if after_conjunction { 0 } else { first };
    while j > 0
        && first - j < 10
        && !view
            .gap_before(j)
            .contains([',', ';', ':', '(', '\u{2014}'])
    {
        j -= 1;
        if let Some(lemma) = before(j) {
            return Some(lemma);
        }
    }
    from_counted()
}

/// "the vessel was carrying about 700 people", "a boat packed with 300 migrants": people a
/// vessel carries, the figure starting at token `first` and counting `counted`, are aboard it.
fn carried(view: &View, first: usize, counted: Option<&str>) -> Option<&'static str> {
    let people = counted
        .map(super::groups::counted_head)
        .is_some_and(|head| {
            matches!(
                head.as_str(),
                "people" | "person" | "passenger" | "migrant" | "refugee"
            )
        });
    let before = |n: usize| view.lower_back(first, n);
    let carrying = matches!(before(1), "carrying" | "carried" | "carries")
        || before(1) == "with" && matches!(before(2), "packed" | "crammed" | "crowded");
    (people && carrying && view.gap_before(first) == " ").then_some("aboard")
}

/// Extends a number into a range when "and", "to" or a dash and a second number follow.
fn range_after(view: &View, number: &Number) -> Option<(Number, f64, f64)> {
    if let Shape::HyphenRange(low, high) = number.shape {
        return Some((*number, low, high));
    }
    let low = number.value?;
    let gap = view.gap_after(number.last).trim();
    let second_at = if matches!(gap, "\u{2013}" | "\u{2014}" | "-") {
        number.last + 1
    } else if matches!(view.lower(number.last + 1), "and" | "to") && gap.is_empty() {
        number.last + 2
    } else {
        return None;
    };
    let second = number_at(view, second_at)?;
    let high = second.value?;
    if !matches!(second.shape, Shape::Cardinal { .. }) {
        return None;
    }
    // "between 1.2 and 1.5 million": the scale of the second applies to the first.
    let scale = scale_ratio(view, &second);
    let low = if scale > 1.0 && number.last == number.first && low < high / scale * 10.0 {
        super::numbers::scaled(low, scale)
    } else {
        low
    };
    let mut whole = *number;
    whole.last = second.last;
    Some((whole, low, high))
}

/// The scale word ending `number` ("1.5 million" → 1e6), or 1.
fn scale_ratio(view: &View, number: &Number) -> f64 {
    if number.last == number.first {
        return 1.0;
    }
    view.scale(number.last).unwrap_or(1.0)
}

/// Whether a figure can start at a token that reads `lower` (a cheap test before parsing).
fn may_start_figure(lower: &str) -> bool {
    if lower.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let word = lower.split('-').next().unwrap_or(lower);
    super::lexicon::STARTERS.contains(word)
}

/// Words that can open a figure although the index does not mark them as figure words: articles
/// ("a dozen"), "half", "minus", and months written in lower case.
fn may_start_without_candidate(lower: &str) -> bool {
    matches!(lower, "a" | "an" | "half" | "minus")
        || (lower.len() >= 3
            && lower.len() <= 9
            && lower.starts_with(['j', 'f', 'm', 'a', 's', 'o', 'n', 'd'])
            && lookup(&super::lexicon::MONTHS, lower).is_some())
}

/// Whether a figure can start at a token that reads `lower`; `candidate` is the index's mark
/// on its surface form (`is_candidate` in the parent module).
pub(super) fn may_start(candidate: bool, lower: &str) -> bool {
    (candidate || may_start_without_candidate(lower)) && may_start_figure(lower)
}

/// Finds every figure in the sentence.
pub(super) fn figures_in(view: &View, context: &mut Context) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    // Periods are found once per sentence, and only if a figure needs one.
    let mut found_periods: Option<Vec<(usize, usize, String)>> = None;
    let mut i = 0;
    while i < view.len() {
        if !view.toks[i].may_start {
            i += 1;
            continue;
        }
        if let Some((first, last, year)) = date_at(view, i) {
            drafts.push(Draft::new(first, last, FigureKind::Date, year));
            i = last + 1;
            continue;
        }
        let Some(number) = number_at(view, i) else {
            i += 1;
            continue;
        };
        if not_a_figure(view, &number) {
            i = number.last + 1;
            continue;
        }
        let mut draft = describe(view, number, context);
        if draft.counted.is_some() {
            context.voting |= draft
                .counted
                .as_deref()
                .is_some_and(|c| c.ends_with(" vote"));
            context.last_counted = draft.counted.clone();
        }
        draft.period = if draft.kind == FigureKind::Date {
            None
        } else {
            nearest_period(
                view,
                found_periods.get_or_insert_with(|| periods(view)),
                draft.first,
                draft.phrase_end.max(draft.last),
            )
        };
        i = draft.last.max(number.last) + 1;
        // The whole of a rate is no figure of its own ("590 cases per 100,000 inhabitants").
        if draft
            .counted
            .as_deref()
            .is_some_and(|c| c.contains(" per "))
        {
            i = i.max(draft.phrase_end + 1);
        }
        drafts.push(draft);
    }
    // "378 deaths and 376 injuries": each keeps its own phrase; an elided phrase takes the next.
    for k in (0..drafts.len()).rev() {
        if drafts[k].counted.is_none()
            && drafts[k].kind == FigureKind::Count
            && let Some(next) = drafts.get(k + 1)
        {
            let joined = next.kind == FigureKind::Count
                && next.first == drafts[k].last + 2
                && matches!(view.lower(drafts[k].last + 1), "and" | "or");
            if joined {
                drafts[k].counted = next.counted.clone();
            }
        }
    }
    // "a crowd of 150,000", "the crowd was estimated at 150,000": how many took part.
    for draft in &mut drafts {
        let crowd = draft.counted.as_deref().is_some_and(|counted| {
            let core = counted.split(" in ").next().unwrap_or(counted);
            matches!(
                core.rsplit(' ').next(),
                Some("crowd" | "crowds" | "turnout")
            )
        });
        if crowd && matches!(draft.predicate, None | Some(LEVEL)) {
            draft.predicate = Some("attend");
        }
    }
    // "20,000 soldiers were prosecuted, and 17,000 convicted", "…and 2,400 were killed": the
    // second takes the first's.
    for k in 1..drafts.len() {
        let mut next = drafts[k].last + 1;
        while next < drafts[k].last + 3
            && matches!(view.lower(next), "were" | "was" | "have" | "had" | "been")
        {
            next += 1;
        }
        let next_is_verb = view.predicate(next).is_some();
        if drafts[k].counted.is_none() && drafts[k].kind == FigureKind::Count && next_is_verb {
            drafts[k].counted = drafts[..k]
                .iter()
                .rev()
                .find(|d| d.kind == FigureKind::Count)
                .and_then(|d| d.counted.clone());
        }
    }
    // "Annual inflation rose to 3.2% in May, up from 2.9% in April": the level it came from is
    // a level of the same thing, when it names a period of its own (not "down from 5.4% a year
    // earlier", whose period the sentence does not name).
    for k in 1..drafts.len() {
        let first = drafts[k].first;
        let from = first >= 2
            && view.is(first - 1, "from")
            && matches!(view.lower(first - 2), "up" | "down");
        if drafts[k].counted.is_none() && from && drafts[k].period.is_some() {
            let level = (drafts[..k].iter().rev())
                .find(|d| d.kind == drafts[k].kind && d.predicate == Some(LEVEL))
                .filter(|d| d.period != drafts[k].period)
                .and_then(|d| d.counted.clone());
            if level.is_some() {
                drafts[k].counted = level;
                drafts[k].predicate = Some(LEVEL);
            }
        }
    }
    // "…, while Kazakhstan reported 13,000", "…, and Kazakhstan 13,000": a count a place
    // records, with nothing after it, counts what the count before it in the sentence counts
    // (not where).
    for k in 1..drafts.len() {
        let first = drafts[k].first;
        if drafts[k].counted.is_none()
            && drafts[k].kind == FigureKind::Count
            && (ends_claim(view, first) && recorded_by(view, first).is_some()
                || gapped_place(view, first).is_some()
                    && (ends_claim(view, first)
                        || matches!(view.lower(drafts[k].last + 1), "and" | "or")))
        {
            drafts[k].counted = (drafts[..k].iter().rev())
                .find(|d| d.kind == FigureKind::Count)
                .and_then(|d| d.counted.as_deref())
                .map(|c| super::groups::split_place(c).map_or(c, |(thing, _)| thing))
                .map(Arc::from);
        }
    }
    for k in 0..drafts.len() {
        // "Romania recorded 28,000 cases, and Kazakhstan 13,000": a place and a count after a
        // recorded level are the level of the same thing there, recorded by that place when a
        // place recorded the one before.
        let recorded_before = |before: &[Draft]| {
            (before.iter().rev())
                .find(|d| d.kind == FigureKind::Count)
                .filter(|d| {
                    let gapped = gapped_place(view, d.first).is_some();
                    d.predicate == Some(LEVEL) && (gapped || recorded_in(view, d).is_some())
                })
                .map(|d| d.recorder.is_some() || place_recorder(view, d.first).is_some())
        };
        let draft = &drafts[k];
        let gapped = (draft.predicate.is_none() && draft.kind == FigureKind::Count)
            .then(|| gapped_place(view, draft.first))
            .flatten();
        if let Some((_, place)) = gapped
            && let Some(counted) = drafts[k].counted.clone()
            && let Some(by_place) = recorded_before(&drafts[..k])
        {
            let draft = &mut drafts[k];
            draft.counted = Some(Arc::from(format!("{counted} in {place}")));
            draft.predicate = Some(LEVEL);
            draft.recorder = by_place.then_some(place);
        }
        // The count before this figure, found once for the two readings below.
        if let Some(b) = (0..k).rev().find(|&b| drafts[b].kind == FigureKind::Count) {
            let (before, draft) = (&drafts[b], &drafts[k]);
            // "120,000 people took part, while police put the number at 38,000": the number of
            // the same thing, claimed alike.
            if draft.counted.is_none()
                && draft.kind == FigureKind::Count
                && the_number_at(view, draft.first)
            {
                let (counted, predicate) = (before.counted.clone(), before.predicate);
                drafts[k].counted = counted;
                drafts[k].predicate = predicate;
            } else if draft.kind == FigureKind::Percent
                && draft.predicate.is_none()
                && draft.counted.is_some()
                && draft.first <= before.phrase_end.max(before.last) + 3
                && (before.last + 1..=draft.first).any(|j| view.gap_before(j).contains(','))
            {
                // "will cut 12,000 jobs, about 8% of its workforce": a share set off by a
                // comma right after a count restates it, claimed alike.
                drafts[k].predicate = before.predicate;
            }
        }
        let draft = &mut drafts[k];
        // (A magnitude is claimed by its unit, whatever the quake did.)
        if draft.predicate.is_none()
            && draft.kind == FigureKind::Count
            && draft.unit != Some(MAGNITUDE)
        {
            draft.predicate =
                predicate_near(view, draft.first, draft.last, draft.counted.as_deref())
                    .or_else(|| carried(view, draft.first, draft.counted.as_deref()));
        }
        // "There have been 220 confirmed cases of measles in Lancashire this year": what a
        // place has so many of stands at that level there ("there are 60 radix trees" says no
        // more than a manual does).
        let place = || {
            let named =
                view.is(draft.phrase_end + 1, "in") && is_name_word(view, draft.phrase_end + 2);
            named
                .then(|| place_after(view, draft.phrase_end + 1))
                .flatten()
        };
        if draft.predicate.is_none()
            && draft.kind == FigureKind::Count
            && there_are(view, draft.first)
            && let Some(counted) = draft.counted.clone()
            && let Some(place) = place()
        {
            draft.counted = Some(Arc::from(format!("{counted} in {place}")));
            draft.predicate = Some(LEVEL);
        }
        // "jailed for 12 years", "sentenced to 11 years in prison": a prison term.
        if draft.kind == FigureKind::Duration
            && draft.first >= 2
            && matches!(view.lower(draft.first - 1), "for" | "to")
            && let Some(verb) = view.predicate(draft.first - 2)
            && PRISON_TERMS.contains(&verb)
        {
            draft.predicate = Some(PRISON_TERMS[0]);
        }
        // "Romania recorded 28,000 measles cases", "In Romania, 31,000 cases were reported": a
        // count a place records is the level of what it counts there, which outlets can give
        // differently.
        if draft.predicate.is_none()
            && draft.kind == FigureKind::Count
            && let Some(counted) = draft.counted.as_deref()
            && super::groups::split_place(counted).is_none()
            && let Some(place) = recorded_in(view, draft)
        {
            draft.counted = Some(Arc::from(format!("{counted} in {place}")));
            draft.predicate = Some(LEVEL);
        }
        // A count of deaths is of the place it names: tolls in two countries are two claims.
        if let Some(counted) = draft.counted.as_deref()
            && counts_deaths(counted, draft.predicate)
            && super::groups::split_place(counted).is_none()
            && let Some(place) = place_of(view, draft.first, draft.last)
        {
            draft.counted = Some(Arc::from(format!("{counted} in {place}")));
        }
        // "Four people have died", "three deaths": a small number that counts deaths, or what
        // a claim verb right after it says happened to them, is a claim like any other, shown
        // and compared (three deaths in one report and four in another disagree). Not one
        // with a claim verb further off or in front ("two capture devices", "four wheels and
        // an open framework"), nor "one" ("one of the main problems") or a number with
        // decimals ("8.2 Type of charges"); "missing" is a state, not a claim verb ("4 bytes
        // missing").
        if draft.minor
            && draft.value.is_some_and(|v| v >= 2.0 && v.fract() == 0.0)
            && let Some(counted) = draft.counted.as_deref()
            && (super::groups::counted_head(counted) == "death"
                || draft.predicate.is_some_and(|p| p != MISSING)
                    && claimed_after(view, draft.phrase_end))
        {
            draft.minor = false;
        }
    }
    // "$412 million, or 88 cents a share": cents are hundredths of the dollar or euro the
    // sentence, or the document before it, states amounts in (alone they may be of several
    // currencies).
    let currency = (drafts.iter())
        .filter(|d| d.kind == FigureKind::Money)
        .find_map(|d| d.currency.filter(|c| CENTS.contains(c)))
        .or(context.cents_of);
    context.cents_of = currency;
    if let Some(currency) = currency {
        for draft in &mut drafts {
            let cents = matches!(draft.counted.as_deref(), Some("cents" | "cent"))
                && draft.phrase_end == draft.last + 1
                && draft.kind == FigureKind::Count;
            if cents {
                draft.as_hundredths_of(currency);
                draft.counted = None;
                draft.last = draft.phrase_end;
                draft.minor = false;
            }
        }
    }
    drafts
}

/// Currencies whose hundredths are called cents.
const CENTS: &[&str] = &["AUD", "CAD", "EUR", "HKD", "NZD", "SGD", "USD"];

/// Claim verbs that give a prison term, all read as the first.
const PRISON_TERMS: &[&str] = &["jail", "imprison", "sentence"];

/// Whether a claim verb follows the token `end` in the same clause, after at most two
/// auxiliaries and an adverb: "Four people \[have\] died", "two soldiers were killed", "nine
/// officers were slightly hurt".
fn claimed_after(view: &View, end: usize) -> bool {
    let mut j = end + 1;
    while j < end + 4
        && view.gap_before(j).trim().is_empty()
        && (AUXILIARIES.contains(&view.lower(j)) || j > end + 1 && is_adverb(view.lower(j)))
    {
        j += 1;
    }
    j < view.len() && view.gap_before(j).trim().is_empty() && view.predicate(j).is_some()
}

/// Verbs that come between a subject and the participle of its claim verb.
const AUXILIARIES: &[&str] = &["are", "been", "had", "has", "have", "is", "was", "were"];

/// Whether `counted`, claimed by `predicate`, counts deaths: "the death toll", "the dead",
/// "people killed".
fn counts_deaths(counted: &str, predicate: Option<&str>) -> bool {
    let head = super::groups::counted_head(counted);
    head == "death"
        || matches!(head.as_str(), "people" | "person" | "civilian")
            && matches!(predicate, Some("kill" | "die"))
}

/// Words that place a name within a country or region ("in southern Turkey").
const QUARTERS: &[&str] = &[
    "central",
    "east",
    "eastern",
    "north",
    "northern",
    "north-east",
    "north-eastern",
    "north-west",
    "north-western",
    "northeastern",
    "northwestern",
    "south",
    "southern",
    "south-east",
    "south-eastern",
    "south-west",
    "south-western",
    "southeastern",
    "southwestern",
    "west",
    "western",
];

/// The place named after "in" or "across" nearest after the figure at `first..=last` in its
/// clause ("2,300 people were killed in Turkey"), else nearest before it in the sentence ("In
/// Syria, the death toll rose to 1,444"; "the death toll from the earthquake in southern Turkey
/// rose to 2,316" gives "Turkey").
fn place_of(view: &View, first: usize, last: usize) -> Option<String> {
    let place_at = |k: usize| place_after(view, k);
    (last + 1..clause_end(view, last))
        .find_map(place_at)
        .or_else(|| (0..first).rev().find_map(place_at))
}

/// The place named after "in" or "across" at token `k` ("in Turkey", "in southern Turkey").
fn place_after(view: &View, k: usize) -> Option<String> {
    if !matches!(view.lower(k), "in" | "across") {
        return None;
    }
    let start = k + 1 + usize::from(QUARTERS.contains(&view.lower(k + 1)));
    if start >= view.len() || !is_name_word(view, start) || view.has(start, DEMONYM) {
        return None;
    }
    let mut end = start;
    while end + 1 < view.len() && is_name_word(view, end + 1) && view.gap_before(end + 1) == " " {
        end += 1;
    }
    Some(name_text(view, start, end))
}

/// Whether "there are", "there were" or "there have been" comes right before the figure
/// starting at token `first`.
fn there_are(view: &View, first: usize) -> bool {
    let before = |n: usize| view.lower_back(first, n);
    match before(1) {
        "are" | "were" => before(2) == "there",
        "been" => matches!(before(2), "have" | "has" | "had") && before(3) == "there",
        _ => false,
    }
}

/// Verbs that record a count: "Romania recorded 28,000 cases", "31,000 cases were reported".
const RECORDING_VERBS: &[&str] = &["confirmed", "logged", "recorded", "registered", "reported"];

/// The token of a recording verb right before the figure starting at token `first` ("Romania
/// recorded 28,000", "Romania has reported 13,000").
fn recorded_by(view: &View, first: usize) -> Option<usize> {
    let verb = first.checked_sub(1)?;
    (RECORDING_VERBS.contains(&view.lower(verb)) && view.gap_before(first) == " ").then_some(verb)
}

/// The known place written right before the number at token `first` after "and" or a comma,
/// the verb before it left out ("…, and Kazakhstan 13,000", "…, France 1,500"), as `(its
/// first token, its name)`.
fn gapped_place(view: &View, first: usize) -> Option<(usize, String)> {
    let (start, place) = name_ending_at(view, first.checked_sub(1)?)?;
    let opened = start > 0 && (view.is(start - 1, "and") || view.gap_before(start).contains(','));
    (opened && view.gap_before(first) == " " && crate::engine::names::known_place(&place))
        .then_some((start, place))
}

/// The place that recorded the figure starting at token `first`, the subject of the recording
/// verb right before it ("Romania recorded 28,000", "Romania has reported…").
fn place_recorder(view: &View, first: usize) -> Option<String> {
    let mut subject_end = recorded_by(view, first)?;
    while subject_end > 0 && matches!(view.lower(subject_end - 1), "has" | "have" | "had") {
        subject_end -= 1;
    }
    name_before(view, subject_end).filter(|name| crate::engine::names::known_place(name))
}

/// Where the count `draft` was recorded, when a recording verb states it: the place that
/// recorded it ("Romania recorded 28,000 cases", "Romania has reported…"), or the place named
/// after "in" in its clause or before it in the sentence ("28,000 cases were recorded in
/// Romania", "In Romania, 31,000 cases were registered").
fn recorded_in(view: &View, draft: &Draft) -> Option<String> {
    if recorded_by(view, draft.first).is_some() {
        return place_recorder(view, draft.first)
            .or_else(|| place_of(view, draft.first, draft.last));
    }
    // The passive: "were recorded", "have been reported", right after the counted phrase.
    let passive = (draft.last + 1..clause_end(view, draft.last)).find(|&k| {
        RECORDING_VERBS.contains(&view.lower(k))
            && matches!(view.lower(k - 1), "were" | "was" | "been")
    })?;
    (passive <= draft.phrase_end + 3)
        .then(|| place_of(view, draft.first, draft.last))
        .flatten()
}

/// Where the counted phrase of a count or share begins.
enum CountedAt {
    /// "325,000 of them": the phrase is stated later or was named before.
    Pronoun,
    /// At this token.
    Token(usize),
    /// Nowhere: "10 per cent rise" has no counted thing.
    Nowhere,
}

fn counted_start(view: &View, draft: &Draft) -> CountedAt {
    let from = draft.last + 1;
    // "one in four cases" counts what follows it.
    let ratio = draft.unit == Some("fraction")
        && draft.last >= draft.first + 2
        && view.is(draft.last - 1, "in");
    // "a 9% rise", "the 95 per cent target", "its 40 per cent stake": a share between an
    // article and a noun qualifies it.
    let qualifies_noun = draft.first > 0
        && matches!(
            view.lower(draft.first - 1),
            "a" | "an" | "the" | "its" | "their"
        )
        && view.is_alphabetic(from)
        && !view.is_capitalised(from)
        && !view.has(from, PHRASE_STOP | PERIOD_CUE)
        && matches!(view.gap_before(from), " " | "% ");
    if draft.kind == FigureKind::Percent && !view.is(from, "of") && !ratio && !qualifies_noun {
        return if from < view.len() {
            CountedAt::Nowhere
        } else {
            CountedAt::Token(from)
        };
    }
    if !view.is(from, "of") {
        return CountedAt::Token(from);
    }
    let pronoun = view.is(from + 1, "them")
        || (matches!(view.lower(from + 1), "those" | "these") && !view.is_alphabetic(from + 2));
    if pronoun {
        return CountedAt::Pronoun;
    }
    let determiner = matches!(
        view.lower(from + 1),
        "the" | "those" | "these" | "their" | "its" | "his" | "her" | "our"
    );
    let mut at = if determiner { from + 2 } else { from + 1 };
    // "2 of the company's factories", "4.1 million of the country's 6.8 million voters", "68
    // of the 151 seats": the whole's owner and size stand before what both count.
    if is_possessive(view.lower(at)) {
        at += 1;
    }
    while view.gap_before(from) == " "
        && (view.opens_with_digit(at) || view.opens_with_digit(at - 1) && view.scale(at).is_some())
    {
        at += 1;
    }
    CountedAt::Token(at)
}

/// The currency whose sign ends `gap`, the text before a number ("$1.5bn", "about £300m",
/// "US$5"), as its ISO code.
fn currency_symbol(gap: &str) -> Option<&'static str> {
    currency_sign(gap).map(|(_, code)| code)
}

/// The currency sign that ends `gap` and its ISO code.
pub(super) fn currency_sign(gap: &str) -> Option<(&'static str, &'static str)> {
    (CURRENCY_SYMBOLS.iter())
        .find(|(sign, _)| gap.ends_with(sign))
        .copied()
}

/// Kind, hedge, unit and counted thing of the number at tokens `number.first..=number.last`.
fn describe(view: &View, number: Number, context: &Context) -> Draft {
    let mut draft = Draft::new(number.first, number.last, FigureKind::Count, number.value);
    draft.vague = number.shape == Shape::Vague;
    let mut number = number;
    if let Some((whole, low, high)) = range_after(view, &number) {
        number = whole;
        draft.last = whole.last;
        draft.low = Some(low);
        draft.high = Some(high);
        draft.value = None;
        if i_before(view, number.first, &["between", "from"]).is_some() {
            draft.first = number.first - 1;
            draft.qualifier = Some("between");
        }
    } else if let Some((first, qualifier)) = qualifier_before(view, number.first) {
        draft.first = first;
        draft.qualifier = Some(qualifier);
    }
    draft.bound = bound_of(draft.qualifier);
    let mut after = draft.last + 1;
    let gap_after = view.gap_after(draft.last);
    let gap_before = view.gap_before(number.first);
    // Negative numbers: "-5", "minus 5".
    if gap_before.ends_with(['-', '\u{2212}'])
        && !gap_before
            .trim_end_matches(['-', '\u{2212}'])
            .ends_with(char::is_alphanumeric)
    {
        draft.value = draft.value.map(|v| -v);
    } else if number.first > 0 && view.is(number.first - 1, "minus") {
        draft.value = draft.value.map(|v| -v);
        draft.first = draft.first.min(number.first - 1);
    }
    match number.shape {
        Shape::Ordinal => draft.kind = FigureKind::Ordinal,
        Shape::Decade => draft.kind = FigureKind::Date,
        Shape::AgeAdjective => {
            draft.kind = FigureKind::Age;
            draft.unit = Some("year");
        }
        Shape::DurationAdjective(unit) => {
            draft.kind = FigureKind::Duration;
            draft.unit = Some(unit);
        }
        Shape::Fraction => {
            draft.kind = FigureKind::Percent;
            draft.unit = Some("fraction");
            draft.value = draft.value.map(|v| v * 100.0);
        }
        Shape::Cardinal { .. } | Shape::Vague | Shape::HyphenRange(..) => {}
    }
    if draft.kind == FigureKind::Count {
        // Percentages: "10%", "10 per cent", "10 percent", "10 percentage points".
        if gap_after.trim_start().starts_with('%') {
            draft.kind = FigureKind::Percent;
            draft.unit = Some("percent");
        } else if view.is(after, "per") && view.is(after + 1, "cent") {
            draft.kind = FigureKind::Percent;
            draft.unit = Some("percent");
            after += 2;
            draft.last = after - 1;
        } else if matches!(view.lower(after), "percent" | "per-cent" | "pc") {
            draft.kind = FigureKind::Percent;
            draft.unit = Some("percent");
            after += 1;
            draft.last = after - 1;
        } else if view.is(after, "percentage") && view.is(after + 1, "points") {
            draft.kind = FigureKind::Percent;
            draft.unit = Some("percentage points");
            after += 2;
            draft.last = after - 1;
        }
    }
    if draft.kind == FigureKind::Count {
        // Money: "$1.5bn", "£300m", "US$5", "5 million roubles".
        if let Some(code) = currency_symbol(gap_before) {
            draft.kind = FigureKind::Money;
            draft.currency = Some(code);
        } else if let Some(code) = view.currency(after) {
            draft.kind = FigureKind::Money;
            draft.currency = Some(code);
            draft.last = after;
            after += 1;
        } else if number.first == number.last
            && view.lower(number.last).ends_with('p')
            && super::numbers::glued_pence(view, number.last)
        {
            // "372p", as "372 pence".
            draft.as_hundredths_of("GBP");
        } else if matches!(view.lower(after), "pence" | "penny") && view.gap_before(after) == " " {
            // "184 pence" is £1.84 ("cents" name the hundredths of several currencies).
            draft.as_hundredths_of("GBP");
            draft.last = after;
            after += 1;
        } else if number.first > 0
            && view.currency(number.first - 1).is_some()
            && view.lower(number.first - 1).len() == 3
            && (view.toks[number.first - 1].text.chars()).all(|c| c.is_ascii_uppercase())
            && view.gap_before(number.first) == " "
        {
            draft.kind = FigureKind::Money;
            draft.currency = view.currency(number.first - 1);
            // "NOK 500m", "nearly CHF 12 million": the code is part of the figure, and a hedge
            // comes before it.
            if draft.first == number.first {
                draft.first = number.first - 1;
                if let Some((first, qualifier)) = qualifier_before(view, draft.first) {
                    draft.first = first;
                    draft.qualifier = Some(qualifier);
                    draft.bound = bound_of(draft.qualifier);
                }
            }
        }
    }
    // "a magnitude 6.8 earthquake": the magnitude of the quake, in no other unit.
    let quake = (draft.kind == FigureKind::Count)
        .then(|| magnitude(view, &number))
        .flatten();
    if let Some((first, last, quake)) = quake {
        if draft.first == number.first {
            draft.first = first;
        }
        draft.last = last;
        draft.phrase_end = last;
        draft.unit = Some(MAGNITUDE);
        draft.counted = Some(Arc::from(quake));
    }
    if draft.kind == FigureKind::Count && quake.is_none() {
        // Ages: "aged 55", "55 years old", "Nuzhin, 55,".
        let aged = number.first > 0 && view.is(number.first - 1, "aged");
        let years_old = matches!(view.lower(after), "years" | "year") && view.is(after + 1, "old");
        let after_name = number.first > 0
            && view.gap_before(number.first) == ", "
            && is_name_word(view, number.first - 1)
            && gap_after.starts_with(',')
            && draft
                .value
                .is_some_and(|v| (1.0..=120.0).contains(&v) && v.fract() == 0.0);
        if aged || years_old || after_name {
            draft.kind = FigureKind::Age;
            draft.unit = Some("year");
            if years_old {
                draft.last = after + 1;
            }
        } else if let Some(unit) = view
            .time_unit(after)
            .filter(|_| !gap_after.contains([',', '.']))
        {
            draft.kind = FigureKind::Duration;
            draft.unit = Some(unit);
            draft.last = after;
        } else if matches!(
            number.shape,
            Shape::Cardinal {
                year_like: true,
                ..
            }
        ) || older_year(view, &number)
        {
            draft.kind = FigureKind::Date;
        }
    }
    if matches!(draft.kind, FigureKind::Count | FigureKind::Percent) && quake.is_none() {
        match counted_start(view, &draft) {
            CountedAt::Pronoun => {
                // "325,000 of them are thought to be deaths", "1.5 million of them active personnel".
                let mut j = draft.last + 3;
                while matches!(
                    view.lower(j),
                    "are"
                        | "were"
                        | "is"
                        | "was"
                        | "thought"
                        | "believed"
                        | "to"
                        | "be"
                        | "been"
                        | "estimated"
                        | "said"
                ) {
                    j += 1;
                }
                let participle = view.lower(j).ends_with("ed") || view.lower(j).ends_with("ing");
                let stated = phrase_after(view, j)
                    .filter(|_| !participle && !view.gap_before(j).contains([',', '.']));
                draft.counted = stated
                    .as_ref()
                    .map(|(p, _)| Arc::from(p.as_str()))
                    .or_else(|| context.last_counted.clone());
                draft.phrase_end = stated.map_or(draft.last + 2, |(_, end)| end);
            }
            CountedAt::Token(from) => {
                if let Some((mut phrase, mut end)) = phrase_after(view, from) {
                    let right_after = from == draft.last + 1;
                    let qualified = draft.kind == FigureKind::Percent && right_after;
                    // "the 95 per cent target set by the WHO", "the 310,000 figure given by
                    // Halvard": a participle before its agent ends the noun.
                    let participle = |w: &str| {
                        w.ends_with("ed")
                            || matches!(w, "set" | "put" | "made" | "given" | "held" | "paid")
                    };
                    if right_after
                        && end > from
                        && view.is(end + 1, "by")
                        && participle(view.lower(end))
                        && let Some((noun, _)) = phrase.rsplit_once(' ')
                    {
                        phrase = noun.to_string();
                        end -= 1;
                    }
                    // "a 5% rise in sales": a share's change is of what follows "in" (not
                    // "10% of the time in user space").
                    if qualified
                        && view.is(end + 1, "in")
                        && !view.is_capitalised(end + 2)
                        && let Some((of, of_end)) = phrase_after(view, end + 2)
                    {
                        phrase = format!("{phrase} in {of}");
                        end = of_end;
                    }
                    draft.counted = Some(Arc::from(phrase));
                    draft.phrase_end = end;
                }
            }
            CountedAt::Nowhere => {}
        }
    }
    // "590 cases per 100,000 inhabitants": a rate counts its cases per the number after "per".
    if let Some(counted) = draft.counted.clone()
        && view.is(draft.phrase_end + 1, "per")
        && let Some(whole) = number_at(view, draft.phrase_end + 2)
        && matches!(whole.shape, Shape::Cardinal { digits: true, .. })
    {
        let (of, end) = phrase_after(view, whole.last + 1).unwrap_or_default();
        let whole_text = view.slice(whole.first, whole.last);
        draft.counted = Some(Arc::from(
            format!("{counted} per {whole_text} {of}").trim_end(),
        ));
        draft.phrase_end = end.max(whole.last);
    }
    // A count in a unit of measure measures what the phrase after "of" or the subject names:
    // "25 gigawatts of solar", "peak demand reached 41,200 megawatts".
    let unit = (draft.kind == FigureKind::Count)
        .then_some(draft.counted.as_deref())
        .flatten()
        .and_then(|counted| {
            // "47 nautical miles".
            match counted.split(" of ").next() {
                Some("nautical mile" | "nautical miles") => Some("nautical mile"),
                _ => lookup(&MEASURE_UNITS, counted.split(' ').next()?),
            }
        })
        .or_else(|| glued_unit(view, draft.last).filter(|_| draft.kind == FigureKind::Count))
        .or_else(|| temperature_after(view, &mut draft));
    if let Some(unit) = unit {
        draft.unit = Some(unit);
        // "150 km/h", "140 kilometres per hour", "90 miles an hour": a distance an hour is a
        // speed (and "per hour" no period).
        let at = draft.last + 1;
        let per_hour = if view.gap_after(at) == "/" && matches!(view.lower(at + 1), "h" | "hr") {
            Some(at + 1)
        } else if matches!(view.lower(at + 1), "per" | "an" | "a") && view.is(at + 2, "hour") {
            Some(at + 2)
        } else {
            None
        };
        let speed = match unit {
            "kilometre" => Some("kilometre per hour"),
            "mile" => Some("mile per hour"),
            _ => None,
        };
        if let (Some(end), Some(speed)) = (per_hour, speed)
            && lookup(&MEASURE_UNITS, view.lower(at)) == Some(unit)
        {
            draft.unit = Some(speed);
            draft.phrase_end = draft.phrase_end.max(end);
        }
        let measured = draft.counted.as_deref().and_then(|c| c.split_once(" of "));
        draft.counted = measured.map(|(_, what)| Arc::from(what));
    }
    // "The Socialist Party won 28.7% of the vote": the share of the vote a name wins is the
    // level of its vote ("Socialist Party vote").
    if draft.kind == FigureKind::Percent
        && let Some(counted) = draft.counted.as_deref()
        && super::groups::counted_head(counted) == "vote"
        && let Some(winner) = winner_of_share(view, draft.first)
    {
        draft.counted = Some(Arc::from(format!("{winner} {counted}")));
        draft.predicate = Some(LEVEL);
    }
    // "ahead of the Liberals on 24.1%", "gave 31.2% to the Socialist Party", "the Homeland
    // Movement took 15.1%": in a sentence about a vote, a share a name is on or wins, or one
    // given for or to a name, is the level of its vote.
    if draft.kind == FigureKind::Percent
        && draft.counted.is_none()
        && about_vote(view, context)
        && let Some(party) = (winner_of_share(view, draft.first))
            .or_else(|| party_of_share(view, draft.first, draft.last))
    {
        draft.counted = Some(Arc::from(format!("{party} vote")));
        draft.predicate = Some(LEVEL);
    }
    // What an amount or a share measures when nothing after it says: "prices hit 312 euros",
    // "unemployment rose to 5.2%".
    if draft.counted.is_none()
        && matches!(
            draft.kind,
            FigureKind::Count | FigureKind::Money | FigureKind::Percent
        )
        && let Some(subject) = phrase_before(view, draft.first, draft.kind)
    {
        if subject.level {
            draft.predicate = Some(LEVEL);
        } else if draft.kind == FigureKind::Percent {
            draft.predicate = change_of_share(view, draft.first);
        }
        draft.counted = Some(Arc::from(subject.phrase));
    }
    // "The security company put the number of customers whose card details were exposed at
    // 450,000": the number of what, when the estimate is too far from it to be its level.
    if draft.counted.is_none()
        && draft.kind == FigureKind::Count
        && let Some(what) = number_of_put_at(view, draft.first)
    {
        draft.counted = Some(Arc::from(what));
    }
    // "£40bn of tax rises", "$5bn of debt": what an amount of money is of, when nothing before
    // it says (not "£10bn of the £40bn", nor "one pound of copper", a weight).
    if draft.counted.is_none()
        && draft.kind == FigureKind::Money
        && currency_symbol(gap_before).is_some()
        && view.is(draft.last + 1, "of")
        && view.gap_before(draft.last + 1) == " "
        && !view.is_capitalised(draft.last + 2)
        && let Some((what, end)) =
            phrase_after(view, draft.last + 2).or_else(|| gerund_after(view, draft.last + 2))
    {
        draft.counted = Some(Arc::from(what));
        draft.phrase_end = end;
    }
    // "promised 50 million euros in aid", "£2bn in sales": what an amount is in, when nothing
    // before it says (not "in total", "in return", nor pounds "in weight"), unless the words
    // go on past "and" ("in foreign direct and portfolio investment").
    if draft.counted.is_none()
        && draft.kind == FigureKind::Money
        && view.is(draft.last + 1, "in")
        && view.gap_before(draft.last + 1) == " "
        && !view.is_capitalised(draft.last + 2)
        && !NOT_WHAT_AMOUNTS_ARE_IN.contains(&view.lower(draft.last + 2))
        && let Some((what, end)) =
            phrase_after(view, draft.last + 2).or_else(|| gerund_after(view, draft.last + 2))
        && !matches!(view.lower(end + 1), "and" | "or")
    {
        draft.counted = Some(Arc::from(what));
        draft.phrase_end = end;
    }
    // "the strike was costing the regional economy about €35 million a day", "they cost the
    // economy an estimated $59.5 billion": an amount that something costs someone is the level
    // of its cost.
    if draft.counted.is_none()
        && draft.kind == FigureKind::Money
        && costs_someone(view, draft.first)
    {
        draft.counted = Some(Arc::from("cost"));
        draft.predicate = Some(LEVEL);
    }
    // A small count is minor, not a small measure written in digits ("a depth of 10
    // kilometres", "magnitude 6.8"; not "one kilogram" in a definition).
    let small = draft.value.is_some_and(|v| v.abs() <= 10.0) && draft.low.is_none();
    let digits = matches!(number.shape, Shape::Cardinal { digits: true, .. });
    draft.minor = small
        && matches!(draft.kind, FigureKind::Count | FigureKind::Ordinal)
        && (draft.unit.is_none() || !digits)
        && draft.qualifier.is_none()
        && number.last == number.first;
    // "Children under five", "people over 65": an age that says who, no count.
    let people_before = draft.first > 0
        && matches!(
            view.lower(draft.first - 1),
            "children" | "babies" | "people" | "adults" | "those" | "anyone" | "pupils"
        );
    if draft.kind == FigureKind::Count
        && draft.counted.is_none()
        && matches!(view.lower(draft.first), "under" | "over")
        && people_before
    {
        draft.minor = true;
    }
    draft
}

/// Words for an earthquake, and the one each stands for: an aftershock is a quake of its own.
const QUAKES: &[(&str, &str)] = &[
    ("aftershock", "aftershock"),
    ("aftershocks", "aftershock"),
    ("earthquake", "earthquake"),
    ("earthquakes", "earthquake"),
    ("quake", "earthquake"),
    ("quakes", "earthquake"),
    ("temblor", "earthquake"),
    ("tremor", "earthquake"),
    ("tremors", "earthquake"),
];

/// An earthquake's magnitude at `number`, in a sentence that names a quake: "a magnitude 6.8
/// earthquake", "a 7.1-magnitude quake", "6.4 magnitude", "measured 6.9 on the Richter scale".
/// Gives the figure's first and last tokens and the quake it is of: the first named right
/// after it, else the last named before it ("the quake measured 6.9", "an aftershock of
/// magnitude 5.2").
fn magnitude(view: &View, number: &Number) -> Option<(usize, usize, &'static str)> {
    let (first, last) = (number.first, number.last);
    if !number.value.is_some_and(|v| (1.0..=10.0).contains(&v)) {
        return None;
    }
    let richter = ["on", "the", "richter", "scale"];
    let (first, last) =
        if first > 0 && view.is(first - 1, "magnitude") && view.gap_before(first) == " " {
            (first - 1, last)
        } else if view.lower(last).ends_with("-magnitude") {
            (first, last)
        } else if view.is(last + 1, "magnitude") && view.gap_after(last) == " " {
            (first, last + 1)
        } else if (0..4).all(|k| view.is(last + 1 + k, richter[k])) {
            (first, last + 4)
        } else {
            return None;
        };
    let quake = |k: usize| {
        let word = view.lower(k);
        QUAKES
            .iter()
            .find(|(w, _)| *w == word)
            .map(|&(_, quake)| quake)
    };
    let after = (last + 1..view.len().min(last + 4))
        .take_while(|&k| view.gap_before(k) == " ")
        .find_map(quake);
    let quake = after.or_else(|| (0..first).rev().find_map(quake))?;
    Some((first, last, quake))
}

/// A year before 1800 where the word before it says it is one and no word after it says what
/// it counts: "In 1492 Lorenzo died", "since 1066 the crown…" (not "in 1500 cases", "in 1024
/// byte units", nor a bare "1492").
fn older_year(view: &View, number: &Number) -> bool {
    let lower = view.lower(number.first);
    let after = number.last + 1;
    let counts = view.is_alphabetic(after)
        && !view.is_capitalised(after)
        && !CAPITALISED_FUNCTION_WORDS.contains(view.lower(after));
    number.first == number.last
        && number.first > 0
        && lower.len() == 4
        && lower.bytes().all(|b| b.is_ascii_digit())
        && lower.starts_with('1')
        && matches!(
            view.lower(number.first - 1),
            "in" | "since" | "until" | "till" | "circa"
        )
        && !view.gap_after(number.last).starts_with('%')
        && !counts
}

fn i_before(view: &View, first: usize, words: &[&str]) -> Option<usize> {
    (first > 0 && words.contains(&view.lower(first - 1))).then(|| first - 1)
}
