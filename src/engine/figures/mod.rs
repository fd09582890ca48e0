//! Figures: every quantitative claim in the corpus, normalised, hedged and attributed.
//!
//! For each sentence that holds a number-like token (found from the index's surface forms, so
//! no file is read again and most sentences are never looked at), [`extract()`] reads the
//! figures: the value or range ("between 40,000 and 45,000"), the [`FigureKind`], the hedge
//! ("over", "nearly") and the [`Bound`] it implies, what is counted ("cases of
//! insubordination"), the claim (a verb lemma such as "prosecute", or [`LEVEL`] for the level a
//! subject stands at: "measles cases in Europe rose to 58,000"), the period ("in 2024") and
//! the source ("according to Mediazona"). [`groups`] then groups figures that state the same
//! thing and finds the pairs that conflict.
//!
//! ```
//! use quarry::engine::figures::{figures_of_text, FigureKind};
//! let figures = figures_of_text("Over 20,000 soldiers were prosecuted in 2024, Mediazona found.");
//! let count = &figures[0];
//! assert_eq!((count.kind, count.value), (FigureKind::Count, Some(20_000.0)));
//! assert_eq!(count.qualifier(), Some("over"));
//! assert_eq!(count.counted.as_deref(), Some("soldiers"));
//! assert_eq!(count.predicate(), Some("prosecute"));
//! assert_eq!(count.period(), Some("in 2024"));
//! assert_eq!(count.source(), Some("Mediazona"));
//! assert_eq!(figures[1].kind, FigureKind::Date);
//! ```

mod extract;
pub mod groups;
pub(crate) mod lexicon;
mod numbers;
mod view;

use std::sync::Arc;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::corpus::{DocId, Document};
use super::index::Index;
use super::segment::{Span, paragraphs, sentences};
use super::tokenize::{fold_case, tokenize, written_end};
use extract::{
    Context, attributions, cites_unnamed, figures_in, nearest_attribution, part_sources,
    quoting_subject, sentence_source,
};
use view::View;

/// The claim of a figure that gives the level its subject stands at ("cases rose to 58,000",
/// "coverage stood at 93 per cent"), in place of a verb lemma.
pub const LEVEL: &str = "level";

/// The claim of a share that something rose by ("rents rose 9.4 per cent", "increased by 12%"),
/// in place of a verb lemma.
pub const RISE: &str = "rise";

/// The claim of a share that something fell by ("prices fell 3%").
pub const FALL: &str = "fall";

/// The unit of an earthquake's magnitude ("a magnitude 6.8 earthquake"), written before the
/// number.
pub const MAGNITUDE: &str = "magnitude";

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    /// A number of things: "20,000 soldiers".
    Count,
    /// A share: "10 per cent", "two-thirds" (value in percent).
    Percent,
    /// An amount of money, with a currency.
    Money,
    /// A length of time: "four days".
    Duration,
    /// A person's age.
    Age,
    /// A rank: "third", "21st".
    Ordinal,
    /// A year or date: "in 2024", "February 2022", "the end of May".
    Date,
}

impl FigureKind {
    /// All kinds, in order.
    pub const ALL: [FigureKind; 7] = [
        Self::Count,
        Self::Percent,
        Self::Money,
        Self::Duration,
        Self::Age,
        Self::Ordinal,
        Self::Date,
    ];

    /// The lower-case name used in files and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Self::Count => "count",
            Self::Percent => "percent",
            Self::Money => "money",
            Self::Duration => "duration",
            Self::Age => "age",
            Self::Ordinal => "ordinal",
            Self::Date => "date",
        }
    }

    /// The kind called `name`, if any.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// Which way a hedge bends the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Bound {
    /// "over", "more than", "at least": the true value is at or above.
    Lower,
    /// "nearly", "up to", "fewer than": the true value is at or below.
    Upper,
    /// "about", "around", "some": near the value.
    Approximate,
    /// No hedge, "exactly", or a stated range.
    Exact,
}

/// One figure in one document.
///
/// The fields every figure has are inline; the ones most figures lack (range, unit, currency,
/// hedge, claim, source, period: together set on fewer than one figure in ten) sit behind one
/// pointer and are read through methods, so a corpus with a million figures stays small. Fixed
/// words are `&'static str` from the project's word lists; phrases taken from the text are
/// shared `Arc<str>`.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// The document.
    pub doc: DocId,
    /// Byte offset where the figure starts (hedge included: "over 20,000").
    pub start: u32,
    /// Byte offset just after the figure.
    pub end: u32,
    /// The sentence it is in.
    pub sentence: Span,
    /// The value, for a single value (percent kinds in percent; none for vague counts).
    pub value: Option<f64>,
    /// What it measures.
    pub kind: FigureKind,
    /// The direction the hedge implies.
    pub bound: Bound,
    /// A vague count ("thousands") with no value.
    pub vague: bool,
    /// A small number in running prose ("two soldiers") that lists may hide: not one of deaths
    /// ("three deaths") nor one a claim verb right after it claims ("Four people have died").
    pub minor: bool,
    /// What is counted ("soldiers", "cases of insubordination").
    pub counted: Option<Arc<str>>,
    details: Option<Box<Details>>,
}

/// The rarely set parts of a [`Figure`].
#[derive(Clone, Debug, Default, PartialEq)]
struct Details {
    low: Option<f64>,
    high: Option<f64>,
    unit: Option<&'static str>,
    currency: Option<&'static str>,
    qualifier: Option<&'static str>,
    predicate: Option<&'static str>,
    source: Option<Arc<str>>,
    period: Option<Arc<str>>,
}

impl Figure {
    fn details(&self) -> Option<&Details> {
        self.details.as_deref()
    }

    /// The low end of a range.
    pub fn low(&self) -> Option<f64> {
        self.details()?.low
    }

    /// The high end of a range.
    pub fn high(&self) -> Option<f64> {
        self.details()?.high
    }

    /// The unit: "percent", "percentage points", "fraction", a time unit ("day", "year") or a
    /// unit of measure ("megawatt", "tonne").
    pub fn unit(&self) -> Option<&'static str> {
        self.details()?.unit
    }

    /// ISO code of the currency, for money.
    pub fn currency(&self) -> Option<&'static str> {
        self.details()?.currency
    }

    /// The normalised hedge: over, more than, at least, nearly, almost, about, approximately,
    /// around, some, as many as, up to, fewer than, less than, exactly, between.
    pub fn qualifier(&self) -> Option<&'static str> {
        self.details()?.qualifier
    }

    /// The claim as a verb lemma ("prosecute", "convict"), or [`LEVEL`].
    pub fn predicate(&self) -> Option<&'static str> {
        self.details()?.predicate
    }

    /// Who the text says the figure comes from.
    pub fn source(&self) -> Option<&str> {
        self.details()?.source.as_deref()
    }

    /// The period the figure covers ("in 2024", "since February 2022", "per month").
    pub fn period(&self) -> Option<&str> {
        self.details()?.period.as_deref()
    }
}

impl Figure {
    /// The figure as written in `document_text` (the text of its document).
    pub fn text<'a>(&self, document_text: &'a str) -> &'a str {
        document_text
            .get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }

    /// The value in words: hedge and value or range ("more than 16,000", "40,000–45,000",
    /// "nearly 10%").
    pub fn value_label(&self) -> String {
        let single = self.value.is_some_and(|v| v == 1.0);
        let unit = match (self.kind, self.unit()) {
            (FigureKind::Percent, Some("percent") | None) => "%".to_string(),
            (FigureKind::Percent, Some("percentage points")) => " percentage points".to_string(),
            (FigureKind::Count, Some("degree Celsius")) => "°C".to_string(),
            (FigureKind::Count, Some("degree Fahrenheit")) => "°F".to_string(),
            (FigureKind::Duration | FigureKind::Age | FigureKind::Count, Some(unit)) if single => {
                format!(" {unit}")
            }
            (FigureKind::Duration | FigureKind::Age | FigureKind::Count, Some(unit)) => {
                format!(" {}", unit_plural(unit))
            }
            _ => String::new(),
        };
        let currency = match (self.kind, self.currency()) {
            (FigureKind::Money, Some(code)) => format!("{code} "),
            _ => String::new(),
        };
        let number = match (self.value, self.low(), self.high()) {
            // "magnitude 6.8": the scale's name goes first.
            (Some(v), _, _) if self.unit() == Some(MAGNITUDE) => {
                format!("{MAGNITUDE} {}", readable_number(v))
            }
            (Some(v), _, _) => format!("{currency}{}{unit}", readable_number(v)),
            (None, Some(low), Some(high)) => format!(
                "{currency}{}\u{2013}{}{unit}",
                readable_number(low),
                readable_number(high)
            ),
            _ => "an unstated number".to_string(),
        };
        match self.qualifier() {
            Some(q) if q != "between" => format!("{q} {number}"),
            _ => number,
        }
    }
}

/// A unit's name in the plural, its head made plural: "kilometres per hour", "nautical miles",
/// "degrees Celsius".
pub fn unit_plural(unit: &str) -> String {
    match unit.split_once(" per ") {
        Some((head, per)) => format!("{head}s per {per}"),
        None => match unit.strip_prefix("degree ") {
            Some(scale) => format!("degrees {scale}"),
            None => format!("{unit}s"),
        },
    }
}

/// A number with thousands separators and at most three decimals ("1,200,000", "2.5").
pub fn readable_number(value: f64) -> String {
    let text = format!("{:.3}", value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let fraction = fraction.trim_end_matches('0');
    let mut out = String::new();
    if value < 0.0 {
        out.push('-');
    }
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// Surface forms that can start or be part of a figure: digits, number words, months (only
/// capitalised, so the verb "may" and "march" do not count).
fn is_candidate(surface: &str) -> bool {
    if surface.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let lower = fold_case(surface);
    let word = lower.split('-').next().unwrap_or("");
    let capitalised = surface.starts_with(char::is_uppercase);
    lexicon::lookup(&lexicon::CARDINALS, word).is_some()
        || lexicon::lookup(&lexicon::ORDINALS, word).is_some()
        || lexicon::lookup(&lexicon::FRACTIONS, word).is_some()
        || lexicon::lookup(&lexicon::SCALES, word).is_some()
        || (capitalised && lexicon::lookup(&lexicon::MONTHS, word).is_some())
        || lexicon::classes(word) & lexicon::class::VAGUE != 0
        || word == "dozen"
}

fn to_figure(doc: DocId, view: &View, draft: extract::Draft, source: Option<&Arc<str>>) -> Figure {
    let start = view.toks[draft.first].start;
    let mut end = view.toks[draft.last].end;
    // Keep a "%" that follows the number.
    let after = view.gap_after(draft.last);
    if draft.unit == Some("percent") && after.trim_start().starts_with('%') {
        end += after.find('%').map_or(0, |p| p + 1);
    }
    // Keep a currency sign written right before the number, and a minus before it ("-$5"), but
    // not a bracket ("($127 million)").
    let before = view.gap_before(draft.first);
    let start = match draft.currency.and(extract::currency_sign(before)) {
        Some((sign, _)) => {
            let signed = &before[..before.len() - sign.len()];
            let minus = ["-", "\u{2212}"].into_iter().find(|m| signed.ends_with(m));
            start - (sign.len() + minus.map_or(0, str::len)).min(start)
        }
        None => start,
    };
    let source = match draft.kind {
        FigureKind::Date => None,
        _ => source.cloned(),
    };
    let details = Details {
        low: draft.low,
        high: draft.high,
        unit: draft.unit,
        currency: draft.currency,
        qualifier: draft.qualifier,
        predicate: draft.predicate,
        source,
        period: draft.period.map(Arc::from),
    };
    Figure {
        doc,
        start: start as u32,
        end: end as u32,
        sentence: view.span,
        value: draft.value,
        kind: draft.kind,
        bound: draft.bound,
        vague: draft.vague,
        minor: draft.minor,
        counted: draft.counted,
        details: (details != Details::default()).then(|| Box::new(details)),
    }
}

/// The figures of one document. `wanted` marks the sentences to read; `offsets(k)` gives the
/// token byte ranges of sentence `k` (computed only for the sentences read and the one before
/// each, whose attribution can carry over); `may_attribute(k)` says whether sentence `k` holds
/// a word that can cue an attribution (when it does not, its source is not looked for).
fn document_figures<'a, Tokens: IntoIterator<Item = view::TokenAt<'a>>>(
    document: &'a Document,
    wanted: &[bool],
    offsets: impl Fn(usize) -> Tokens,
    may_attribute: impl Fn(usize) -> bool,
) -> Vec<Figure> {
    let mut context = Context::default();
    let mut figures = Vec::new();
    let mut last_source: Option<(usize, Option<String>)> = None;
    for (k, span) in document.sentences.iter().enumerate() {
        if !wanted.get(k).copied().unwrap_or(false) {
            continue;
        }
        context.sentence = k;
        let view = View::new(&document.text, *span, offsets(k));
        let drafts = figures_in(&view, &mut context);
        // Dates need no source; sentences with only dates skip the attribution search.
        if drafts.iter().all(|d| d.kind == FigureKind::Date) {
            figures.extend(
                drafts
                    .into_iter()
                    .map(|d| to_figure(document.id, &view, d, None)),
            );
            continue;
        }
        // The source of the sentence before, if in the same paragraph or introducing this one
        // ("Ingo Molnar says:"): a new paragraph names its own source, or stands for the one
        // named last ("The report also estimates").
        let previous = k
            .checked_sub(1)
            .filter(|&previous| introduces(document, previous, k));
        let previous_source = match (&last_source, previous) {
            (Some((at, source)), Some(previous)) if *at == previous => source.clone(),
            (_, Some(previous)) if may_attribute(previous) => {
                let view = View::new(
                    &document.text,
                    document.sentences[previous],
                    offsets(previous),
                );
                let source = sentence_source(&view, &context);
                if source.is_some() {
                    context.last_source = source.clone();
                    context.last_source_at = previous;
                }
                source
            }
            _ => None,
        };
        let own_source = if may_attribute(k) {
            sentence_source(&view, &context)
        } else {
            None
        };
        // "Health officials in Romania said…": a sentence citing people it does not name cites
        // no one, not the source of the sentence before.
        let unnamed = own_source.is_none() && may_attribute(k) && cites_unnamed(&view);
        let previous_source = previous_source.filter(|_| !unnamed);
        // The sentence's source, or the one before it; a sentence setting one claim against
        // another may cite a source for each.
        let or_previous = |source: Option<String>| -> Option<Arc<str>> {
            source.or_else(|| previous_source.clone()).map(Arc::from)
        };
        let parts = (own_source.is_some())
            .then(|| part_sources(&view, &context))
            .flatten()
            .filter(|&(.., w)| {
                drafts.iter().any(|d| d.first < w) && drafts.iter().any(|d| d.first >= w)
            });
        let (first, second, w) = match parts {
            Some((first, second, w)) => (or_previous(first), or_previous(second), w),
            None => {
                let source = or_previous(own_source.clone());
                (source.clone(), source, 0)
            }
        };
        // "85,000 people, according to the organisers, and 25,000 according to police": with
        // more than one, each figure is the nearest attribution's.
        let attributed = match &own_source {
            Some(_) => attributions(&view, &context),
            None => Vec::new(),
        };
        figures.extend(drafts.into_iter().map(|d| {
            let source = if d.first < w { &first } else { &second };
            let nearest = nearest_attribution(&attributed, d.first, d.last).map(Arc::from);
            // "Ms Dobrev called the remarks "an insult to 150,000 people"": a quotation in a
            // sentence citing no one is its subject's.
            let quoted = own_source
                .is_none()
                .then(|| quoting_subject(&view, d.first).map(Arc::from))
                .flatten();
            let recorder = d.recorder.as_deref().map(Arc::from);
            let source = (recorder.as_ref().or(nearest.as_ref()))
                .or(quoted.as_ref())
                .or(source.as_ref());
            to_figure(document.id, &view, d, source)
        }));
        if own_source.is_some() {
            context.last_source = own_source.clone();
            context.last_source_at = k;
        }
        last_source = Some((k, own_source));
    }
    figures
}

/// Whether sentence `a` of a document leads into sentence `b`: both lie in one paragraph (as
/// they do in a document without paragraphs), or `a` ends with a colon.
fn introduces(document: &Document, a: usize, b: usize) -> bool {
    let (paragraphs, sentences) = (&document.paragraphs, &document.sentences);
    let at = paragraphs.partition_point(|p| p.end <= sentences[a].start);
    sentences[a].of(&document.text).trim_end().ends_with(':')
        || (paragraphs.get(at)).is_none_or(|p| p.contains(sentences[b].start))
}

/// What figure extraction needs to know of one surface form, packed so that reading a token
/// touches one small entry (the surface's text is never fetched: a token written exactly as
/// its surface form is recognised by its length and the byte after it).
#[derive(Clone, Copy, Default)]
struct SurfaceFacts {
    /// Length in bytes.
    len: u32,
    /// [`is_candidate`].
    candidate: bool,
    /// [`extract::may_start`] on its lower form.
    may_start: bool,
    /// Whether its lower form differs from it (then kept in a side table).
    lowered: bool,
    /// [`extract::is_source_cue`] on its lower form (a token written differently from its
    /// surface, "report’s", has the surface's cue: the cue words hold no apostrophe).
    source_cue: bool,
    /// [`lexicon::classes`] of its lower form.
    class: u32,
}

/// Per-surface facts for [`sentence_spans`], and the lower forms that differ from the surface.
struct Surfaces {
    facts: Vec<SurfaceFacts>,
    lowered: Vec<Option<Box<str>>>,
}

impl Surfaces {
    fn of(index: &Index) -> Self {
        let lowered: Vec<Option<Box<str>>> = index
            .surfaces
            .par_iter()
            .map(|(_, surface)| match view::lower_of(surface) {
                std::borrow::Cow::Borrowed(_) => None,
                std::borrow::Cow::Owned(lower) => Some(lower.into_boxed_str()),
            })
            .collect();
        let facts = lowered
            .par_iter()
            .enumerate()
            .map(|(id, lower)| {
                let surface = index.surfaces.get(id as u32);
                let candidate = is_candidate(surface);
                let lower_form = lower.as_deref().unwrap_or(surface);
                SurfaceFacts {
                    len: surface.len() as u32,
                    candidate,
                    may_start: extract::may_start(candidate, lower_form),
                    lowered: lower.is_some(),
                    source_cue: extract::is_source_cue(lower_form),
                    class: lexicon::classes(lower_form),
                }
            })
            .collect();
        Self { facts, lowered }
    }

    fn facts(&self, surface: u32) -> SurfaceFacts {
        self.facts
            .get(surface as usize)
            .copied()
            .unwrap_or(SurfaceFacts {
                candidate: true,
                source_cue: true,
                ..SurfaceFacts::default()
            })
    }
}

/// Extracts the figures of every document, sorted by document and position.
pub fn extract(documents: &[Document], index: &Index) -> Vec<Figure> {
    let surfaces = Surfaces::of(index);
    // One vector per document, moved once into the result: collecting a million figures
    // through rayon's intermediate lists copied them (and faulted in fresh pages) three times.
    let per_document: Vec<Vec<Figure>> = documents
        .par_iter()
        .map(|document| {
            let tokens = index.doc(document.id);
            // Token range of each sentence, and whether it holds a candidate.
            let mut ranges = vec![(0usize, 0usize); document.sentences.len()];
            let mut wanted = vec![false; document.sentences.len()];
            let mut sentence = 0;
            for (i, &surface) in tokens.surfaces.iter().enumerate() {
                let start = tokens.start(i) as u32;
                while sentence < ranges.len() && document.sentences[sentence].end <= start {
                    sentence += 1;
                }
                let Some(range) = ranges.get_mut(sentence) else {
                    break;
                };
                if !document.sentences[sentence].contains(start) {
                    continue;
                }
                if range.1 == 0 {
                    range.0 = i;
                }
                range.1 = i + 1;
                wanted[sentence] |= surfaces.facts(surface).candidate;
            }
            if !wanted.contains(&true) {
                return Vec::new();
            }
            document_figures(
                document,
                &wanted,
                |k| {
                    let (from, to) = ranges[k];
                    sentence_spans(&document.text, tokens, from..to, &surfaces)
                },
                |k| {
                    let (from, to) = ranges[k];
                    tokens.surfaces[from..to]
                        .iter()
                        .any(|&s| surfaces.facts(s).source_cue)
                },
            )
        })
        .collect();
    let mut figures = Vec::with_capacity(per_document.iter().map(Vec::len).sum());
    for mut found in per_document {
        // Sentences are read in order, but figures within one can come out of order.
        if !found.is_sorted_by_key(|f| (f.start, f.end)) {
            found.sort_by_key(|f| (f.start, f.end));
        }
        figures.append(&mut found);
    }
    figures
}

/// Byte spans of index tokens `range` of a sentence, with their candidate flags. Most tokens are
/// written exactly as their surface form ([`written_end`]); the others are tokenised from their
/// start, as the index recovers token ends.
fn sentence_spans<'a>(
    text: &'a str,
    tokens: &'a crate::engine::index::DocTokens,
    range: std::ops::Range<usize>,
    surfaces: &'a Surfaces,
) -> impl Iterator<Item = view::TokenAt<'a>> {
    range.map(|i| {
        let start = tokens.start(i);
        let surface = tokens.surfaces[i];
        let facts = surfaces.facts(surface);
        let written = written_end(text, start, facts.len as usize)
            .and_then(|end| text.get(start..end).map(|w| (end, w)));
        if let Some((end, written)) = written {
            let lower = if facts.lowered {
                surfaces.lowered[surface as usize]
                    .as_deref()
                    .unwrap_or(written)
            } else {
                written
            };
            return (
                start,
                end,
                facts.candidate,
                Some((lower, facts.may_start, facts.class)),
            );
        }
        // Written otherwise (a possessive, a typographic apostrophe, a letter after it):
        // tokenise from its start.
        let (s, e) = tokens.span(text, i);
        (s, e, facts.candidate, None)
    })
}

/// The figures of a piece of text, as if it were a one-document corpus (for tests and tools).
pub fn figures_of_text(text: &str) -> Vec<Figure> {
    let paragraphs = paragraphs(text);
    let sentences = sentences(text, &paragraphs);
    let mut offsets: Vec<Vec<view::TokenAt<'static>>> = vec![Vec::new(); sentences.len()];
    let mut sentence = 0;
    tokenize(text, |start, end, _| {
        while sentence < sentences.len() && (sentences[sentence].end as usize) <= start {
            sentence += 1;
        }
        if sentences
            .get(sentence)
            .is_some_and(|s| s.contains(start as u32))
        {
            offsets[sentence].push((start, end, true, None));
        }
    });
    let wanted = vec![true; sentences.len()];
    let document = Document {
        id: 0,
        path: String::new(),
        title: String::new(),
        format: super::corpus::DocFormat::Text,
        encoding: "UTF-8",
        file_bytes: text.len() as u64,
        text: text.to_string(),
        paragraphs,
        sentences,
    };
    document_figures(&document, &wanted, |k| offsets[k].clone(), |_| true)
}

#[cfg(test)]
mod tests {
    #[test]
    fn readable_numbers_have_separators_and_no_trailing_zeros() {
        assert_eq!(super::readable_number(16000.0), "16,000");
        assert_eq!(super::readable_number(1_200_000.0), "1,200,000");
        assert_eq!(super::readable_number(2.5), "2.5");
        assert_eq!(super::readable_number(-40.0), "-40");
        assert_eq!(super::readable_number(999.0), "999");
    }

    #[test]
    fn value_labels_read_like_the_claim() {
        let figures = super::figures_of_text(
            "More than 16,000 soldiers were prosecuted and nearly 10 per cent deserted.",
        );
        let labels: Vec<String> = figures.iter().map(|f| f.value_label()).collect();
        assert_eq!(labels, ["more than 16,000", "nearly 10%"]);
        let money = super::figures_of_text("The fund paid $1.5bn in six months.");
        let labels: Vec<String> = money.iter().map(|f| f.value_label()).collect();
        assert_eq!(labels, ["USD 1,500,000,000", "6 months"]);
    }
}
