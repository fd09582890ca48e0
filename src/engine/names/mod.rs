//! Named figures: the people, organisations and places the texts mention, without a hosted model.
//!
//! A name is a run of capitalised words, possibly joined by "for", "of", "and", "de", "von"
//! ("Center for Strategic and International Studies"), by "of the" in an organisation's name
//! ("Institute for the Study of War") and by particles in a person's ("Ursula von der Leyen",
//! "Bruno da Silva", "Bashar al-Assad", also after a title: "President Luiz Inácio Lula da Silva"),
//! or an acronym ("CSIS", "UN"). A lone capitalised word that the corpus writes in lower case more
//! often inside sentences is no name ("Note that…", "Harbour Post — Weather warnings"), nor is one
//! opening a sentence or following a dateline that the corpus does not capitalise elsewhere ("KYIV
//! (Reuters) - Rescuers said"), unless a cue says it names someone or something (a title, a verb of
//! speech, "the outlet" before it, a full name it is the surname of). Initials and abbreviations
//! keep their full stop inside a name ("John F. Kennedy", "U.S. Army"); a lone letter is not a
//! name, nor a plural of people, of a title or of a nationality ("Analysts", "MPs",
//! "Palestinians"), nor the adjective of a region ("the Andalusian emergency service"), nor a
//! month written short before a day ("Jan 14"), nor a currency's code beside an amount ("NOK
//! 500m"), nor a word joined to one in lower case ("Iran-backed"). Titles and title phrases
//! ("President", "Dr.", "Foreign Minister", "Secretary of State", "Chief Executive", "Chief
//! Executive Officer") are removed from the name and count as a person cue; the words before a
//! title, or after its "of the", are a name of their own ("Apple CEO Tim Cook", "Speaker of the
//! House Mike Johnson", "Tesla Chief Financial Officer Vaibhav Taneja"), and so is a place named
//! after "for" or "of" with "North" or "Greater" ("the MP for North West Essex").
//!
//! Each name gets a type by votes over its mentions — a title, a given name from the project's
//! list, an initial before the surname, a particle inside the name ("Ruud van Nistelrooy"), a verb
//! of speech beside it ("Ortega said", not "officials in Lahore said", nor "Greenpeace Spain said":
//! a name ending with a place and opened by no given name) or "who" after its comma ("Meg Hillier,
//! who chairs…") or an age between commas ("Darren Whitlock, 52,") (person), an organisation word
//! such as "Ministry" or "Institute", an acronym ("NATO", also beside "Nato" when its capitals
//! stand in running text), the firm people work at ("analysts at Morgan Stanley", though "Morgan"
//! is a given name), hold shares of ("shares in Meta") or speak for ("a spokesman for Goldman
//! Sachs"), a name before a role at an organisation and a person's name ("Kremlin spokesman Dmitry
//! Peskov"), and "said it" after it ("the Red Crescent said it had sent") (organisation),
//! "in"/"near" or "the village of" before it, or "of" after an age ("…, 52, of Harrogate") (not
//! before people: "from Labour backbenchers") a place on the project's list or a last word that
//! says what a place is ("Ravi River") (place), and a description set off by commas whose head,
//! before any preposition or "that", says what it is ("Jordan Bardella, the party president,",
//! "Vardcorp, a drone maker based in Oslo,", "Kupiansk, a railway hub,"; not a name in a list:
//! "Tony Cook, Unicode Consortium, Yves Orton,"), a credit line ("Reporting by …") and "region"
//! after it — and stays **unknown** when the votes do not decide. A known place never joins a
//! person. Variants are merged: possessives, titles, a surname used alone for a person named in
//! full ("Zelensky" → "Volodymyr Zelensky", when the full name is written in at least a quarter of
//! the documents that use the surname alone; a person by the full name's shape or cues, or by the
//! surname's own cues), a given name after "Sir" or "Dame", or a family name written first, for the
//! one person named in full with it in the same documents ("Sir Keir", "Xi said"), a family name
//! before the particles or the last name for the one person named in full with it in half its
//! documents ("Lula", "Lacalle"), and acronyms defined in the text ("… Studies (CSIS)", when the
//! acronym's letters can stand for the name; "and" stays in a name whose acronym so defined spells
//! its initials: "United Nations Relief and Works Agency (UNRWA)") or matching the initials of the
//! one name in the corpus that has them, when it is not a person's ("UN" → "United Nations"; "EDF"
//! joins neither of two names it could stand for). A firm's name with its legal form is one with
//! the name alone ("Tesla Inc" and "Tesla"), and so is one with the word for what it does, in the
//! same documents ("Nordvik Energy" and "Nordvik"), and a name written without its accents is one
//! with the name written with them ("Red Electrica"). A user's corrections are data ([`NameEdit`]),
//! applied after the automatic merges to the forms found ([`NameForms`]), which are found once. The
//! word lists are in the `lexicon` module.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::BuildHasher;
use std::ops::Range;
use std::sync::LazyLock;

use rayon::prelude::*;
use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::bits::BitSet;
use super::corpus::{DocId, Document, first_copies};
use super::figures::Figure;
use super::figures::lexicon::{
    ACRONYMS_LIKE_FUNCTION_WORDS, CAPITALISED_FUNCTION_WORDS, CURRENCY_WORDS, classes, mark,
};
use super::index::{DocTokens, Index};
use super::links::count_per_thread;
use super::tokenize::{token_end, written_end};

pub(crate) mod lexicon;

use lexicon::{
    ABBREVIATED_TITLES, BUSINESS_WORDS, CONNECTORS, CREDIT_WORDS, DESCRIPTION_STARTS, GIVEN_NAMES,
    HOLDINGS, KNIGHTHOODS, LEGAL_FORMS, NATIONALITIES, NOT_NAMES, ORDINARY_TITLES,
    ORGANISATION_BEFORE, ORGANISATION_NOUNS, ORGANISATION_WORDS, PARTICLES, PERSON_NOUNS,
    PLACE_NOUNS, PLACES, PREPOSITIONS, SHORT_MONTHS, SHORT_MONTHS_TOO, SPEECH_VERBS,
    TITLE_QUALIFIERS, TITLES, WORD_GIVEN_NAMES,
};

/// What a name names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NameType {
    /// A person.
    Person,
    /// An organisation, outlet or institution.
    Organisation,
    /// A place.
    Place,
    /// The cues do not decide.
    Unknown,
}

/// One mention of a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Mention {
    /// The document.
    pub doc: DocId,
    /// Byte offset of the mention (title excluded).
    pub start: u32,
    /// Byte offset just after it.
    pub end: u32,
}

/// A named figure with its variants and mentions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Name {
    /// The name shown: the fullest variant.
    pub name: String,
    /// What it names.
    pub kind: NameType,
    /// Every form seen, sorted.
    pub variants: Vec<String>,
    /// Every mention, in document order.
    pub mentions: Vec<Mention>,
    /// Documents that mention it, sorted.
    pub documents: Vec<DocId>,
    /// Indices of the figures it is cited as the source of.
    pub figures: Vec<usize>,
}

/// A user's correction to the automatic names, kept in the workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NameEdit {
    /// Treat these names (or variants) as one, shown as `into`.
    Merge {
        /// Names or variants to merge.
        names: Vec<String>,
        /// The name to show.
        into: String,
    },
    /// Show `from` as `to`.
    Rename {
        /// The current name.
        from: String,
        /// The new name.
        to: String,
    },
    /// Take `variant` out of `name` as a name of its own.
    Split {
        /// The merged name.
        name: String,
        /// The variant to separate.
        variant: String,
    },
}

fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.len() <= 6 && word.chars().all(|c| c.is_ascii_uppercase())
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Calls `test` with `word` in lower case, without allocating for a short ASCII word.
fn lower_is(word: &str, test: impl FnOnce(&str) -> bool) -> bool {
    let mut buffer = [0u8; 32];
    if word.is_ascii() && word.len() <= buffer.len() {
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII stays valid UTF-8 when lower-cased.
        std::str::from_utf8(lower).is_ok_and(test)
    } else {
        test(&word.to_lowercase())
    }
}

/// A form written in capitals ("NEW YORK"), in title case ("New York"); `None` for any other.
fn title_case(form: &str) -> Option<String> {
    let capitals = form.len() > 1
        && form.bytes().all(|b| b.is_ascii_uppercase() || b == b' ')
        && !form.starts_with(' ');
    capitals.then(|| {
        let mut title = String::with_capacity(form.len());
        for (k, c) in form.chars().enumerate() {
            let opens_word = k == 0 || title.ends_with(' ');
            title.push(if opens_word {
                c
            } else {
                c.to_ascii_lowercase()
            });
        }
        title
    })
}

/// Whether a form is a place on the project's list, also when written in capitals ("KYIV",
/// "NEW YORK" in a dateline).
pub(crate) fn known_place(form: &str) -> bool {
    PLACES.contains(form) || title_case(form).is_some_and(|title| PLACES.contains(title.as_str()))
}

/// `text` without its accents ("Eléctrica" → "Electrica").
fn without_accents(text: &str) -> String {
    text.nfd().filter(|&c| !is_combining_mark(c)).collect()
}

/// Whether `word` is a given name on the project's list, in any case, with or without its
/// accents ("José", "Jürgen", "JOÃO"), or starts with one before a hyphen ("Jean-Luc").
fn is_given_name(word: &str) -> bool {
    // "Jean-Luc", "Anna-Lena": the first part tells.
    let word = word.split('-').next().unwrap_or(word);
    lower_is(word, |lower| {
        GIVEN_NAMES.contains(lower)
            || !lower.is_ascii() && GIVEN_NAMES.contains(without_accents(lower).as_str())
    })
}

/// A raw mention before merging: the words as written, and the cues around it.
#[derive(Clone, Debug)]
struct Raw<'a> {
    /// The words as written, joined by single spaces, without a possessive ending (borrowed
    /// from the text when it is written so).
    form: Cow<'a, str>,
    /// The form's hash (by [`FxBuildHasher`]).
    hash: u64,
    /// A second, unrelated hash of the form ([`CHECK`]).
    check: u64,
    mention: Mention,
    titled: bool,
    after_place_preposition: bool,
    /// After words that say it is an organisation: "the outlet" or where people work ("analysts
    /// at").
    after_organisation_word: bool,
    /// Before a role people hold at an organisation and a person's name ("Red Eléctrica chief
    /// executive Beatriz Corredor", "Kremlin spokesman Dmitry Peskov"): an employer, most often
    /// an organisation.
    employer: bool,
    /// One word in capitals beside a word in lower case ("met NATO envoys", "NATO said"): an
    /// acronym, not capitals set for show in a heading or a dateline.
    capitals_in_text: bool,
    /// Opening a report's dateline in capitals ("MALAGA, Aug 12 (Coast Herald) -"): the place
    /// the report was filed from.
    dateline: bool,
    /// One word right before a word in lower case ("Andalusian emergency service").
    before_lower: bool,
    /// Next to a verb of speech ("said").
    speaking: bool,
    /// After "Sir" or "Dame" ("Sir Keir").
    knighted: bool,
    /// What the words around it say it is: a description set off by commas ([`described_as`],
    /// [`described_before`]), a credit line before it ("Reporting by"), a place noun after it
    /// ("region").
    described: Option<NameType>,
    /// For one word without a possessive ending: whether the corpus writes it in lower case more
    /// often inside sentences ([`SurfaceFact::lower_more_often`]).
    lower_more_often: Option<bool>,
    /// Where the acronym defined right after it ("… Studies (CSIS)") is in the text: its byte
    /// offset and length, the length 0 when there is none (kept small: a corpus has millions of
    /// raw mentions).
    acronym_defined: (u32, u8),
}

impl Raw<'_> {
    /// The acronym defined right after the mention, given the documents.
    fn acronym<'d>(&self, documents: &'d [Document]) -> Option<&'d str> {
        let (at, length) = self.acronym_defined;
        let text = &documents.get(self.mention.doc as usize)?.text;
        (length > 0).then(|| text.get(at as usize..at as usize + length as usize))?
    }
}

/// The second hash of a raw mention's form: with the first and its length, it tells forms apart
/// without reading them (two forms of one length colliding in both hashes: less than one
/// chance in 10^25 for a few million forms).
const CHECK: foldhash::quality::FixedState = foldhash::quality::FixedState::with_seed(0x6e61_6d65);

/// What the name rules need to know of one written word, as bits ([`word_facts`]). The word
/// tests are made on the word without a possessive ending, case-folded where the rule says so.
mod fact {
    /// Starts with an upper-case letter.
    pub const CAPITALISED: u32 = 1;
    /// A capitalised function word ("The", "However").
    pub const FUNCTION: u32 = 1 << 1;
    /// Written with a possessive ending ("Putin's").
    pub const POSSESSIVE: u32 = 1 << 2;
    /// A connector inside a name ("of", "for", "de").
    pub const CONNECTOR: u32 = 1 << 3;
    /// "and".
    pub const AND: u32 = 1 << 4;
    /// A word that makes a name an organisation ("Ministry").
    pub const ORGANISATION_WORD: u32 = 1 << 5;
    /// A title ("President").
    pub const TITLE: u32 = 1 << 6;
    /// A title, also when written with a full stop ("Dr.").
    pub const TITLE_DOTTED: u32 = 1 << 7;
    /// Capitalised but not a name on its own ([`super::lexicon::NOT_NAMES`],
    /// [`super::lexicon::NATIONALITIES`]).
    pub const NOT_NAME: u32 = 1 << 8;
    /// An acronym ("CSIS").
    pub const ACRONYM: u32 = 1 << 9;
    /// A preposition before a place ("in", "near"), as written.
    pub const PLACE_BEFORE: u32 = 1 << 10;
    /// A word before an organisation's name ("the outlet"), as written.
    pub const ORGANISATION_BEFORE: u32 = 1 << 11;
    /// An initial or abbreviation whose full stop does not end a sentence ("F", "U.S", "Dr").
    pub const ABBREVIATION: u32 = 1 << 12;
    /// A verb of speech ("said", "told"), as written.
    pub const SPEECH: u32 = 1 << 13;
    /// A given name from the project's list ("Sergei").
    pub const GIVEN_NAME: u32 = 1 << 14;
    /// "the", in any case.
    pub const THE: u32 = 1 << 15;
    /// A word that qualifies a title ("Foreign Minister", "Deputy Prime Minister").
    pub const TITLE_QUALIFIER: u32 = 1 << 16;
    /// A place on the project's list ("Ukraine"), as written.
    pub const KNOWN_PLACE: u32 = 1 << 17;
    /// A particle of a person's name ("da", "der", "van"), in any case.
    pub const PARTICLE: u32 = 1 << 18;
    /// A title that is an ordinary word too ("General", "Prime", "Justice"): one only before a
    /// name.
    pub const ORDINARY: u32 = 1 << 19;
    /// A title only when written with a full stop ("Sen."), found on the word without it.
    pub const ABBREVIATED_TITLE: u32 = 1 << 20;
    /// A month written short ("Nov").
    pub const SHORT_MONTH: u32 = 1 << 21;
    /// A noun that says what a person is ("analyst"), in any case.
    pub const PERSON_NOUN: u32 = 1 << 22;
    /// A noun that says what an organisation is ("maker"), in any case.
    pub const ORGANISATION_NOUN: u32 = 1 << 23;
    /// A noun that says what a place is ("town"), in any case.
    pub const PLACE_NOUN: u32 = 1 << 24;
    /// A preposition ("at", "of"), in any case.
    pub const PREPOSITION: u32 = 1 << 25;
    /// A word that opens a description after a name ("a", "the", "former", "his").
    pub const DESCRIPTION_START: u32 = 1 << 26;
    /// A word of a credit line before "by" ("Reporting"), in any case.
    pub const CREDIT: u32 = 1 << 27;
    /// A noun after a name that makes it a place ("region"), as written.
    pub const PLACE_AFTER: u32 = 1 << 28;
    /// A word that opens a place's name without naming it ("North", "Greater"), in any case.
    pub const PLACE_QUALIFIER: u32 = 1 << 29;
    /// The plural of a [`PERSON_NOUN`] or a [`TITLE`] ("analysts", "MPs"), in any case: no name
    /// alone.
    pub const PERSON_PLURAL: u32 = 1 << 30;
}

/// The [`fact`] bits that the project's word lists give, by word in lower case: one lookup
/// gives every list a word is in.
static LISTED: LazyLock<FxHashMap<&'static str, u32>> = LazyLock::new(|| {
    let mut listed: FxHashMap<&'static str, u32> = FxHashMap::default();
    let lists: [(&[&'static str], u32); 25] = [
        (CONNECTORS, fact::CONNECTOR),
        (&["and"], fact::AND),
        (&["the"], fact::THE),
        (ORGANISATION_WORDS, fact::ORGANISATION_WORD),
        (LEGAL_FORMS, fact::ORGANISATION_WORD),
        (TITLES, fact::TITLE),
        (NOT_NAMES, fact::NOT_NAME),
        (NATIONALITIES, fact::NOT_NAME),
        (TITLE_QUALIFIERS, fact::TITLE_QUALIFIER),
        (SPEECH_VERBS, fact::SPEECH),
        (
            &[
                "in",
                "near",
                "from",
                "across",
                "outside",
                "towards",
                "toward",
                "neighbouring",
                "neighboring",
            ],
            fact::PLACE_BEFORE,
        ),
        (ORGANISATION_BEFORE, fact::ORGANISATION_BEFORE),
        (PARTICLES, fact::PARTICLE),
        (ORDINARY_TITLES, fact::ORDINARY),
        (ABBREVIATED_TITLES, fact::ABBREVIATED_TITLE),
        (SHORT_MONTHS, fact::SHORT_MONTH),
        (PERSON_NOUNS, fact::PERSON_NOUN),
        (ORGANISATION_NOUNS, fact::ORGANISATION_NOUN),
        (ORGANISATION_BEFORE, fact::ORGANISATION_NOUN),
        (PLACE_NOUNS, fact::PLACE_NOUN),
        (PREPOSITIONS, fact::PREPOSITION),
        (DESCRIPTION_STARTS, fact::DESCRIPTION_START),
        (CREDIT_WORDS, fact::CREDIT),
        (lexicon::PLACE_AFTER, fact::PLACE_AFTER),
        (lexicon::PLACE_QUALIFIERS, fact::PLACE_QUALIFIER),
    ];
    for (words, bit) in lists {
        mark(&mut listed, words.iter().copied(), bit);
    }
    mark(&mut listed, GIVEN_NAMES.iter().copied(), fact::GIVEN_NAME);
    mark(
        &mut listed,
        CAPITALISED_FUNCTION_WORDS.iter().copied(),
        fact::FUNCTION,
    );
    let particles = CONNECTORS
        .iter()
        .copied()
        .filter(|w| lexicon::is_particle(w));
    mark(&mut listed, particles, fact::PARTICLE);
    listed
});

/// `word` with its first letter in upper case, or in lower case ("al-Sharaa" and "Al-Sharaa").
fn first_recased(word: &str, upper: bool) -> String {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let mut recased: String = if upper {
        first.to_uppercase().collect()
    } else {
        first.to_lowercase().collect()
    };
    recased.push_str(chars.as_str());
    recased
}

/// The Arabic article, as written in any case, that `text` opens with, joined by a hyphen to a
/// capitalised name ("al" of "al-Assad", "Al" of "Al-Sharaa").
fn article(text: &str) -> Option<&str> {
    // The articles have two or three letters: most words are told apart by one byte.
    let hyphen = match text.as_bytes() {
        [_, _, b'-', ..] => 2,
        [_, _, _, b'-', ..] => 3,
        _ => return None,
    };
    // A hyphen is never inside a character, so `hyphen` is a character boundary.
    let article = &text[..hyphen];
    let listed = lexicon::NAME_ARTICLES
        .iter()
        .any(|a| a.eq_ignore_ascii_case(article));
    (listed && text[hyphen + 1..].starts_with(char::is_uppercase)).then_some(article)
}

/// Whether `text` opens with an Arabic article in lower case joined by a hyphen to a
/// capitalised name ("al-Assad", "el-Sisi").
fn after_article(text: &str) -> bool {
    article(text).is_some_and(|article| article.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// Whether the brackets at the start of `after` can hold the outlet of a dateline opening with
/// the capitals `run` ("DRAVIK (Ledger)", "KYIV (Reuters)"): a few words without digits that
/// do not spell the run out, their initials letters of the run in order (not "RTSP (Real Time
/// Streaming Protocol)", "BPF CO-RE (Compile Once – Run Everywhere)", "EXST (Bit 31)").
fn outlet_in_brackets(run: &str, after: &str) -> bool {
    let Some((inside, _)) =
        (after.trim_start().strip_prefix('(')).and_then(|rest| rest.split_once(')'))
    else {
        return false;
    };
    let words: Vec<&str> = inside.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 || inside.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let initials: String = match words[..] {
        [one] if one.chars().any(char::is_lowercase) => return true,
        [one] => one.to_string(),
        _ => (words.iter())
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase())
            .collect(),
    };
    let mut letters = run.chars().filter(|c| c.is_alphabetic());
    !initials.chars().all(|c| letters.any(|l| l == c))
}

/// The [`fact`] bits of a token written as `raw`.
fn word_facts(raw: &str) -> u32 {
    use fact::*;
    let word = strip_possessive(raw);
    let listed = |lower: &str| LISTED.get(lower).copied().unwrap_or(0);
    let mut facts = 0;
    lower_is(word, |lower| {
        facts = listed(lower);
        // "Analysts", "officials", "MPs": a plural says what people are, and is no name alone
        // ("MPS" and "LTS" in capitals are acronyms).
        if facts & (PERSON_NOUN | TITLE) == 0
            && !is_acronym(word)
            && let Some(singular) = lower.strip_suffix('s')
        {
            let singular = listed(singular);
            if singular & (PERSON_NOUN | TITLE) != 0 {
                facts |= PERSON_PLURAL | NOT_NAME;
            }
            // "Palestinians", "Israelis": a nationality in the plural is none either (a word
            // listed in the plural keeps what it is listed as: "Republicans").
            if facts == 0 {
                facts |= singular & NOT_NAME;
            }
        }
        // "Tens of thousands marched", "Hundreds fled": a vague count opening a sentence.
        if !is_acronym(word) && classes(lower) & crate::engine::figures::lexicon::class::VAGUE != 0
        {
            facts |= NOT_NAME;
        }
        // "Dr." is the title "dr" written with a full stop.
        let undotted = lower.trim_end_matches('.');
        let title = if undotted.len() == lower.len() {
            facts & TITLE
        } else {
            listed(undotted) & (TITLE | ABBREVIATED_TITLE)
        };
        if title != 0 {
            facts |= TITLE_DOTTED;
        }
        true
    });
    // A month written short is no name ("Nov 30"), but the same letters in capitals are an
    // acronym ("DEC").
    if facts & SHORT_MONTH != 0 && !is_acronym(word) {
        facts |= NOT_NAME;
    }
    // "WHO" is an acronym, not "who".
    if ACRONYMS_LIKE_FUNCTION_WORDS.contains(&word) {
        facts &= !(FUNCTION | NOT_NAME);
    }
    // Connectors and "and" count as written in lower case only.
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        facts &= !(CONNECTOR | AND);
    }
    // Cues next to a name count as written, without a possessive ending.
    let possessive = raw.len() != word.len();
    if possessive {
        facts &= !(SPEECH | PLACE_BEFORE | ORGANISATION_BEFORE | PLACE_AFTER);
    }
    // "Iran-backed", "Kansas-based": a name before a word in lower case is an adjective.
    let is_capitalised = capitalised(word)
        && !(word.rsplit_once('-')).is_some_and(|(_, tail)| tail.starts_with(char::is_lowercase))
        // "al-Assad", "el-Sisi": an Arabic article before a capitalised name.
        || after_article(word);
    let mut set = |bit: u32, test: bool| {
        if test {
            facts |= bit;
        }
    };
    set(CAPITALISED, is_capitalised);
    set(POSSESSIVE, possessive);
    set(ACRONYM, is_acronym(word));
    set(
        ABBREVIATION,
        crate::engine::segment::is_abbreviation(raw.as_bytes()),
    );
    set(KNOWN_PLACE, is_capitalised && known_place(word));
    // The list gives plain ASCII given names; accents and hyphens need a closer look.
    if is_capitalised
        && facts & GIVEN_NAME == 0
        && !word.bytes().all(|b| b.is_ascii_alphabetic())
        && is_given_name(word)
    {
        facts |= GIVEN_NAME;
    }
    facts
}

/// Calls `visit` with the tokens (`first..end` in `tokens`) of each sentence of `document`
/// that holds any.
fn for_each_sentence(document: &Document, tokens: &DocTokens, mut visit: impl FnMut(Range<usize>)) {
    let mut i = 0;
    for sentence in &document.sentences {
        while i < tokens.len() && tokens.starts.get(i) < sentence.start {
            i += 1;
        }
        let first = i;
        while i < tokens.len() && tokens.starts.get(i) < sentence.end {
            i += 1;
        }
        if i > first {
            visit(first..i);
        }
    }
}

/// Adds `times` to `seen` for the surface of each token of `document` that lies inside a
/// sentence but does not begin it: every token is counted, then the first of each sentence and
/// those outside every sentence are taken off again.
fn count_inside_sentences(document: &Document, index: &Index, times: u32, seen: &mut [u32]) {
    if times == 0 {
        return;
    }
    let tokens = index.doc(document.id);
    let surfaces = &tokens.surfaces;
    for &surface in surfaces {
        seen[surface as usize] += times;
    }
    let mut next = 0;
    for_each_sentence(document, tokens, |sentence| {
        for &surface in &surfaces[next..=sentence.start] {
            seen[surface as usize] -= times;
        }
        next = sentence.end;
    });
    for &surface in &surfaces[next..] {
        seen[surface as usize] -= times;
    }
}

/// What [`sentence_mentions`] reads of one of the corpus's surface forms.
#[derive(Clone, Copy, Default)]
struct SurfaceFact {
    /// Its byte length.
    length: u32,
    /// Its [`word_facts`].
    facts: u32,
    /// Whether the corpus capitalises it somewhere other than at a sentence start, more often
    /// than it writes it in lower case there.
    capitalised_inside: bool,
    /// Whether the corpus writes it in lower case more often inside sentences (found only for
    /// a capitalised word it writes inside a sentence).
    lower_more_often: bool,
    /// Whether the corpus writes it in lower case inside sentences at least as often as
    /// capitalised there (where the word after a dateline counts as capitalised).
    lower_as_often: bool,
    /// Whether a name word may be written so: opening with a capital, or with an Arabic article
    /// before one ("al-Hayya"). A token's surface opens as its text does.
    opens_name: bool,
}

/// A sentence's token as the name rules read it.
#[derive(Clone, Copy)]
struct Token {
    start: usize,
    /// The end, found only for capitalised tokens and their neighbours (else `start`).
    end: usize,
    surface: u32,
    facts: u32,
}

impl Token {
    /// The [`fact`] bits of its surface form, also for a token far from capitalised ones (whose
    /// own `facts` are left 0).
    fn surface_facts(&self, surfaces: &[SurfaceFact]) -> u32 {
        surfaces.get(self.surface as usize).map_or(0, |s| s.facts)
    }
}

/// A name in a run of capitalised words: its first and last words (indices into a sentence's
/// tokens), and whether a title comes before it.
type Part = (usize, usize, bool);

/// The names in the run of capitalised words `first..=last` (indices into a sentence's tokens,
/// whose [`fact`] bits `has` tests) once its titles are left out: the name the run ends with,
/// and another name inside the title phrase before it, in that order of finding but not of
/// text (the other comes first in the text). `common` tells the words the corpus writes in
/// lower case more often.
///
/// A title phrase opening the run is left out: titles, the words that qualify them ("Foreign
/// Minister", "Deputy Prime Minister"), and "of" with the word after a title ("Secretary of State
/// Antony Blinken", "President of Ukraine Volodymyr Zelensky"); the name then starts at its first
/// given name, if it has one ("Minister of Foreign Affairs Sergei Lavrov"). After "of the", what
/// the title is of is a name of its own ("Speaker of the House Mike Johnson", "President of the
/// United States"), and so is a place opened by "North" or "Greater" after "for" or "of" ("the MP
/// for North West Essex"). Further in, a title counts only before a given name, and the words
/// before its phrase are a name of their own ("Apple CEO Tim Cook", "European Commission President
/// Ursula von der Leyen"), so "GNU General Public License" keeps its words; a title that ends a run
/// whose words before it name an organisation or a place is left out ("United Nations
/// Secretary-General"), unless it is an ordinary word too ("Department of Justice"). A run whose
/// words after the title name an organisation ("General Motors", "Major League Baseball") is a name
/// as written. A run made only of a title phrase is no name, nor is one whose phrase has "of" or
/// ends with an ordinary word and is followed by one word the corpus writes in lower case more
/// often ("Director of Central Intelligence", "General Information", "Private Eye").
fn after_titles(
    first: usize,
    last: usize,
    has: impl Fn(usize, u32) -> bool,
    common: impl Fn(usize) -> bool,
) -> (Option<Part>, Option<Part>) {
    use fact::*;
    let in_phrase = |k: usize| has(k, TITLE_DOTTED | TITLE_QUALIFIER);
    let as_written = (Some((first, last, false)), None);
    let mut k = first;
    let mut phrase_end = None;
    let mut object = None;
    while k <= last {
        if has(k, TITLE_DOTTED) {
            k += 1;
            if k < last && has(k, CONNECTOR) && !has(k, AND) {
                k += 1;
                if k < last && has(k, THE) {
                    k += 1;
                    object = Some(k);
                } else if k < last && has(k, PLACE_QUALIFIER) {
                    // "MP for North West Essex": the place is named in full, a name of its own
                    // ("Director of Central Intelligence" is none).
                    let place = (k..=last).find(|&p| !has(p, PLACE_QUALIFIER));
                    if let Some(place) = place.filter(|&p| !common(p)) {
                        object = Some(k);
                        k = place;
                    }
                }
                k += 1;
            }
            phrase_end = Some(k);
        } else if k < last && has(k, TITLE_QUALIFIER) {
            k += 1;
        } else {
            break;
        }
    }
    let given_from = |from: usize| (from..last).find(|&g| has(g, GIVEN_NAME));
    let names_organisation = |from: usize| (from..=last).any(|k| has(k, ORGANISATION_WORD));
    match (phrase_end, object) {
        (Some(_), Some(object)) => match given_from(object + 1) {
            Some(given) => (Some((given, last, true)), Some((object, given - 1, false))),
            None => (Some((object, last, false)), None),
        },
        (Some(end), None) if end > last => (None, None),
        (Some(end), None) => {
            let start = given_from(end).unwrap_or(end);
            if names_organisation(start) {
                as_written
            } else if start == last
                && (has(last - 1, ORDINARY) || (first..end).any(|k| has(k, CONNECTOR)))
                && !has(last, GIVEN_NAME)
                && common(last)
            {
                (None, None)
            } else {
                (Some((start, last, true)), None)
            }
        }
        (None, _) => {
            // The name after the title opens with a given name, or is two name words or more
            // after a title that is no ordinary word, or is one after a qualifier ("Tesla Chief
            // Financial Officer Vaibhav Taneja").
            let title = (first..last).rev().find(|&t| has(t, TITLE_DOTTED));
            let person_from = |t: usize| {
                given_from(t + 1).or_else(|| {
                    let named = (t + 1..=last).all(|k| {
                        has(k, CAPITALISED) && !has(k, CONNECTOR | THE | ACRONYM | NOT_NAME)
                    });
                    let titled = !has(t, ORDINARY) || t > first && has(t - 1, TITLE_QUALIFIER);
                    (last > t + 1 && named && titled && !names_organisation(t + 1)).then_some(t + 1)
                })
            };
            if let Some((title, given)) = title.and_then(|t| Some((t, person_from(t)?))) {
                if names_organisation(given) {
                    return as_written;
                }
                // A title after "of" belongs to the words before it ("Department of Justice").
                let phrase = (first..=title).rev().take_while(|&k| in_phrase(k)).last();
                let before = phrase.filter(|&p| p > first).map(|p| {
                    let of = has(p - 1, CONNECTOR | THE);
                    (first, if of { title } else { p - 1 }, false)
                });
                return (Some((given, last, true)), before);
            }
            let phrase = (first + 1..=last)
                .rev()
                .take_while(|&k| in_phrase(k))
                .last();
            let named = |p: usize| {
                (first..p).any(|k| has(k, ORGANISATION_WORD | ACRONYM | KNOWN_PLACE))
                    && !has(p - 1, CONNECTOR | THE)
            };
            match phrase {
                Some(p) if has(last, TITLE_DOTTED) && !has(last, ORDINARY) && named(p) => {
                    (Some((first, p - 1, false)), None)
                }
                _ => as_written,
            }
        }
    }
}

/// The names in the run of capitalised words `first..=last`, in the order of the text, as
/// [`after_titles`] finds them; a nationality or a place before a title phrase ("Ukrainian
/// Foreign Minister Andrii Sybiha", "US Secretary of State…") is not part of the run's title
/// phrase, which then opens the rest of it, when a person is named after the phrase ("Ohio
/// State University" stays whole).
fn run_names(
    first: usize,
    last: usize,
    has: impl Fn(usize, u32) -> bool,
    common: impl Fn(usize) -> bool,
) -> [Option<Part>; 3] {
    use fact::*;
    let lead = (first..last)
        .find(|&k| !has(k, NOT_NAME | KNOWN_PLACE))
        .unwrap_or(first);
    if lead > first && has(lead, TITLE_DOTTED | TITLE_QUALIFIER) {
        let (name, other) = after_titles(lead, last, &has, &common);
        if name.is_some_and(|(.., titled)| titled) {
            return [Some((first, lead - 1, false)), other, name];
        }
    }
    let (name, other) = after_titles(first, last, has, common);
    [None, other, name]
}

/// A state's bodies, lower case: what a place's name in the possessive owns ("Tavria's interior
/// ministry"); people have armies and governments too ("Caesar's army"), firms a president.
const STATE_BODIES: &[&str] = &["borders", "embassy", "ministry", "parliament"];

/// The most words a description set off by commas after a name holds.
const MAX_DESCRIPTION: usize = 8;

/// What the words set off by commas after the name ending at token `last` say it is: "Jordan
/// Bardella, the party president, said" a person, "Vardcorp, a drone maker," an organisation,
/// "Vardø, a fishing town in the north." a place. The description opens with an article, a
/// possessive or "former" ("Seeing, Lord," is no description), closes with a comma or the
/// sentence within [`MAX_DESCRIPTION`] words, holds no verb of speech ("In Paris, the president
/// said,"), and its head, written in lower case, is its word before its first preposition ("a
/// senior analyst at the institute"), else its last word.
fn described_as(
    text: &str,
    tokens: &[Token],
    last: usize,
    surfaces: &[SurfaceFact],
) -> Option<NameType> {
    use fact::*;
    let first = last + 1;
    if text.get(tokens[last].end..tokens.get(first)?.start)?.trim() != "," {
        return None;
    }
    // "Meg Hillier, who chairs the committee,": "who" speaks of a person.
    if text[tokens[first].start..].starts_with("who ") {
        return Some(NameType::Person);
    }
    // "Darren Whitlock, 52, of Harrogate": an age set off by commas is a person's.
    if age_at(text, tokens, first) {
        return Some(NameType::Person);
    }
    let facts = |k: usize| tokens[k].surface_facts(surfaces);
    if facts(first) & (DESCRIPTION_START | POSSESSIVE) == 0 {
        return None;
    }
    // Token ends are known only near capitalised tokens: the others are found here.
    let end_of = |k: usize| {
        let length = surfaces
            .get(tokens[k].surface as usize)
            .map_or(0, |s| s.length);
        written_end(text, tokens[k].start, length as usize)
            .unwrap_or_else(|| token_end(text, tokens[k].start))
    };
    let mut end = first;
    loop {
        if facts(end) & SPEECH != 0 {
            return None;
        }
        let Some(next) = tokens.get(end + 1) else {
            break;
        };
        let gap = text.get(end_of(end)..next.start)?;
        if gap.bytes().all(|b| b == b' ') {
            if end + 1 - first == MAX_DESCRIPTION {
                return None;
            }
            end += 1;
        } else if gap.starts_with(',') {
            break;
        } else {
            return None;
        }
    }
    let head = (first..=end)
        .find(|&k| facts(k) & PREPOSITION != 0)
        .map_or(Some(end), |k| k.checked_sub(1).filter(|&h| h >= first))?;
    // A byline names the outlet after the reporter ("By Marta Lindqvist, The Northern Ledger").
    let head = facts(head);
    if head & CAPITALISED != 0 {
        return None;
    }
    head_type(head)
}

/// Whether token `k` is an age set off by commas: a whole number from 1 to 120, a comma and a
/// word in lower case after it ("Whitlock, 51, pleaded guilty", "Darren Whitlock, 52, of
/// Harrogate"; not a value in a list: "BPF_K, 10, BPF_X").
fn age_at(text: &str, tokens: &[Token], k: usize) -> bool {
    let start = tokens[k].start;
    let digits = text[start..].bytes().take_while(u8::is_ascii_digit).count();
    text.get(start..start + digits)
        .and_then(|age| age.parse::<u8>().ok())
        .is_some_and(|age| (1..=120).contains(&age))
        && text[start + digits..].starts_with(", ")
        && text
            .as_bytes()
            .get(start + digits + 2)
            .is_some_and(u8::is_ascii_lowercase)
}

/// What a description with a head word of `facts` says a name is.
fn head_type(facts: u32) -> Option<NameType> {
    use fact::*;
    if facts & (TITLE | PERSON_NOUN) != 0 {
        Some(NameType::Person)
    } else if facts & (ORGANISATION_WORD | ORGANISATION_NOUN) != 0 {
        Some(NameType::Organisation)
    } else if facts & PLACE_NOUN != 0 {
        Some(NameType::Place)
    } else {
        None
    }
}

/// What the words before the run `first..=last` say it is when the run is set off by commas
/// after them: "its chief executive, Halvor Brekke, said" a person, "the capital, Kyiv," a place
/// (not a name before the comma: "Unicode Consortium, Yves Orton," is a list).
fn described_before(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    surfaces: &[SurfaceFact],
) -> Option<NameType> {
    let before = tokens.get(first.checked_sub(1)?)?;
    let closed = match tokens.get(last + 1) {
        Some(next) => text.get(tokens[last].end..next.start)?.starts_with(','),
        None => true,
    };
    if !closed || text.get(before.end..tokens[first].start)?.trim() != "," {
        return None;
    }
    // A name before the comma is one of a list ("Tony Cook, Unicode Consortium, Yves Orton,").
    let head = before.surface_facts(surfaces);
    if head & fact::CAPITALISED != 0 {
        return None;
    }
    head_type(head)
}

/// The surface forms a name word may be written as ([`SurfaceFact::opens_name`]), one bit per
/// form for the look-up at every token; those of them that are no function words; and those
/// that name nothing alone at a sentence's start without a cue after them
/// ([`Openers::lone_at_start`]).
struct Openers {
    any: BitSet,
    not_function: BitSet,
    /// Capitalised words the corpus writes in lower case inside sentences, other than function
    /// words, acronyms, known places and words in capitals.
    lone: BitSet,
}

impl Openers {
    /// The sets, given each form's facts and text.
    fn new<'t>(surfaces: &[SurfaceFact], text: impl Fn(u32) -> &'t str) -> Self {
        use fact::*;
        let mut any = BitSet::new(surfaces.len());
        let mut not_function = BitSet::new(surfaces.len());
        let mut lone = BitSet::new(surfaces.len());
        for (surface, fact) in surfaces.iter().enumerate() {
            let surface = surface as u32;
            if fact.opens_name {
                any.insert(surface);
                if fact.facts & FUNCTION == 0 {
                    not_function.insert(surface);
                    // (A word in capitals may open a dateline.)
                    if !fact.capitalised_inside
                        && fact.facts & (ACRONYM | KNOWN_PLACE) == 0
                        && text(surface).chars().any(char::is_lowercase)
                    {
                        lone.insert(surface);
                    }
                }
            }
        }
        Self {
            any,
            not_function,
            lone,
        }
    }

    /// Whether a sentence of forms `ids` names nothing because its only capitalised word opens
    /// it and names nothing alone there ("Returns the value…", "Consider a list…"): the word is
    /// in [`Openers::lone`], and no comma after it (`comma_after`, a description may follow),
    /// no verb of speech after it ("… said it") and no end of the sentence right after it (a
    /// description before it) say otherwise. One sentence with capitals in four on the
    /// benchmark corpus.
    fn lone_at_start(
        &self,
        ids: &[u32],
        surfaces: &[SurfaceFact],
        comma_after: impl FnOnce() -> bool,
    ) -> bool {
        let speech = |s: &u32| {
            surfaces
                .get(*s as usize)
                .is_none_or(|f| f.facts & fact::SPEECH != 0)
        };
        match ids {
            [first, second, rest @ ..] => {
                self.lone.contains(*first)
                    && !self.any.contains(*second)
                    && !speech(second)
                    && !rest.iter().any(|&s| self.any.contains(s))
                    && !comma_after()
            }
            _ => false,
        }
    }
}

/// Appends the raw name mentions of one sentence (its tokens `sentence` in `in_document`) to
/// `found`; `tokens` is scratch space.
fn sentence_mentions<'a>(
    document: &'a Document,
    in_document: &DocTokens,
    sentence: Range<usize>,
    surfaces: &[SurfaceFact],
    openers: &Openers,
    tokens: &mut Vec<Token>,
    found: &mut Vec<Raw<'a>>,
) {
    use fact::*;
    let text = &document.text;
    let ids = &in_document.surfaces[sentence.clone()];
    let start_of = |i: usize| in_document.start(sentence.start + i);
    let starts_upper = |i: usize| openers.any.contains(ids[i]);
    // A run opens only at a capitalised word that is no function word ("The", "However"):
    // a sentence whose only capitals are such words names nothing (one in six).
    if !ids
        .iter()
        .any(|&surface| openers.not_function.contains(surface))
    {
        return;
    }
    let comma_after = || {
        let length = surfaces
            .get(ids[0] as usize)
            .map_or(0, |f| f.length as usize);
        // (A token written otherwise than its form is read in full below.)
        written_end(text, start_of(0), length)
            .is_none_or(|end| text.as_bytes().get(end) == Some(&b','))
    };
    if openers.lone_at_start(ids, surfaces, comma_after) {
        return;
    }
    // Token ends are found only for the capitalised tokens and their neighbours.
    tokens.clear();
    let mut upper = (false, starts_upper(0));
    for (i, &surface) in ids.iter().enumerate() {
        let start = start_of(i);
        let next = i + 1 < ids.len() && starts_upper(i + 1);
        let near = upper.0 || upper.1 || next;
        let (end, facts) = if near {
            let known = surfaces.get(surface as usize).copied().unwrap_or_default();
            match written_end(text, start, known.length as usize) {
                Some(end) => (end, known.facts),
                None => {
                    let end = token_end(text, start);
                    (end, word_facts(&text[start..end]))
                }
            }
        } else {
            (start, 0)
        };
        tokens.push(Token {
            start,
            end,
            surface,
            facts,
        });
        upper = (upper.1, next);
    }
    // "John F. Kennedy", "Dr. Ivanova": an initial or abbreviation before another name word
    // keeps its full stop, and the words join; "Sen." and "Gov." are titles so written.
    for i in 1..tokens.len() {
        let (before, after) = (tokens[i - 1], tokens[i]);
        if before.facts & ABBREVIATION != 0
            && after.facts & CAPITALISED != 0
            && after.facts & FUNCTION == 0
            && text.get(before.end..after.start) == Some(". ")
        {
            tokens[i - 1].end += 1;
            if before.facts & (ABBREVIATED_TITLE | ACRONYM) == ABBREVIATED_TITLE {
                tokens[i - 1].facts |= TITLE_DOTTED;
            }
        }
    }
    let tokens = &tokens[..];
    let has = |i: usize, bit: u32| tokens[i].facts & bit != 0;
    let word = |i: usize| strip_possessive(&text[tokens[i].start..tokens[i].end]);
    let joined = |j: usize| {
        text[tokens[j - 1].end..tokens[j].start]
            .bytes()
            .all(|c| c == b' ')
    };
    // "LONDON — Analysts at…", "KYIV, Nov 30 (Reuters) - Police said": the word after the dash
    // of a dateline (capitalised words and numbers) opens the sentence.
    let after_dateline = |k: usize| {
        let gap = &text[tokens[k - 1].end..tokens[k].start];
        (gap.contains('—') || gap.contains('–') || gap.contains(" - "))
            && (0..k).all(|j| starts_upper(j) || text.as_bytes()[tokens[j].start].is_ascii_digit())
    };
    // "Retailer Brightmere Group said", "LONDON (Ledger) - Carmaker Stellantis said": a word for
    // an organisation opening the sentence, which the corpus does not capitalise inside
    // sentences, or opening the words after its dateline (where it counts as inside one), is no
    // part of the name after it but says what the name is, as "the retailer Brightmere Group"
    // does ("Police Scotland" and "Group Lotus" stay whole).
    let opening_descriptor = |k: usize| {
        k + 1 < tokens.len()
            && has(k + 1, CAPITALISED)
            && !has(k + 1, FUNCTION)
            && joined(k + 1)
            && (k == 0 && !surfaces[tokens[k].surface as usize].capitalised_inside
                || k > 0 && after_dateline(k))
            && lower_is(word(k), |lower| {
                lexicon::OPENING_DESCRIPTORS.contains(&lower)
            })
    };
    // "Economist Anna Holm said", "Partner Sofia Lindqvist said": a word for what a person is,
    // opening the sentence or the words after its dateline, which the corpus does not
    // capitalise inside sentences, is no part of the full name after it (a given name and
    // another name word) but says it is a person's, as "the economist Anna Holm" does.
    let opening_role = |k: usize| {
        k + 2 < tokens.len()
            && (has(k, PERSON_NOUN)
                || lower_is(word(k), |lower| lexicon::EMPLOYER_ROLES.contains(&lower)))
            && !has(k, GIVEN_NAME | TITLE)
            && has(k + 1, GIVEN_NAME)
            && has(k + 2, CAPITALISED)
            && !has(k + 2, FUNCTION | CONNECTOR | ORGANISATION_WORD)
            && joined(k + 1)
            && joined(k + 2)
            && (k == 0 && !surfaces[tokens[k].surface as usize].capitalised_inside
                || k > 0 && after_dateline(k))
    };
    // A word for an organisation before the run: "the charity Save the Children".
    let organisation_before = |k: usize| {
        k > 0 && joined(k) && {
            has(k - 1, ORGANISATION_BEFORE) && !has(k - 1, CAPITALISED) || opening_descriptor(k - 1)
        }
    };
    let mut i = 0;
    while i < tokens.len() {
        // "in The Hague": "The" opens the name of a place so named.
        let opens_place = || {
            has(i, THE)
                && i + 1 < tokens.len()
                && joined(i + 1)
                && lexicon::AFTER_THE_IN_PLACES.contains(word(i + 1))
        };
        // (Sentences whose only capitals are function words are passed over before this.)
        if !has(i, CAPITALISED) || has(i, FUNCTION) && !opens_place() {
            i += 1;
            continue;
        }
        if opening_descriptor(i) || opening_role(i) {
            i += 1;
            continue;
        }
        // "Former" and "Acting" opening a run without a title after them ("Former US
        // president…") are no part of a name.
        if has(i, TITLE_QUALIFIER)
            && i + 1 < tokens.len()
            && !has(i + 1, TITLE_DOTTED | TITLE_QUALIFIER)
            && lower_is(word(i), |lower| lexicon::LONE_QUALIFIERS.contains(&lower))
        {
            i += 1;
            continue;
        }
        // "Residents of Tower Hamlets said", "Lawyers for NetChoice said": a plural opening a
        // sentence before "of" or "for", which the corpus does not capitalise inside sentences,
        // is no part of a name.
        if i == 0
            && tokens.len() > 2
            && word(0).ends_with('s')
            && !has(
                0,
                ORGANISATION_WORD | TITLE | GIVEN_NAME | KNOWN_PLACE | ACRONYM,
            )
            && !surfaces[tokens[0].surface as usize].capitalised_inside
            && has(1, CONNECTOR)
            && matches!(word(1), "of" | "for")
            && has(2, CAPITALISED)
        {
            i = 2;
            continue;
        }
        let mut last = i;
        // A person's name (one opening with a given name or a particle) goes on over "van",
        // "bin" or "da", and no run goes on over "of" or "for" once a given name and another
        // word are in it ("Frederick Kagan of the ISW", "Sen. Chuck Schumer of New York", but
        // "Bill of Rights"); other names do not go on over "da" ("Articolo di Michael"). Titles
        // and nationalities before the name do not count ("Brazilian President Luiz Inácio
        // Lula da Silva").
        let opener = (i..tokens.len())
            .find(|&k| !has(k, TITLE | NOT_NAME))
            .unwrap_or(i);
        // So is a name after an honorific ("Dr Amara Okafor of UKHSA").
        let honoured = opener > i
            && lower_is(word(opener - 1), |lower| {
                matches!(
                    lower.trim_end_matches('.'),
                    "mr" | "mrs" | "ms" | "dr" | "prof" | "professor" | "sir" | "dame"
                )
            });
        let person = has(opener, GIVEN_NAME) || has(opener, PARTICLE) || honoured;
        let full_name_before = |k: usize| {
            person && k > opener + 1 || (opener..k.saturating_sub(1)).any(|g| has(g, GIVEN_NAME))
        };
        // "the charity Save the Children": after a word for an organisation, "the" joins too.
        let named_organisation = organisation_before(i);
        // "the Social Democratic Alliance of Petra Novak": no name goes on over "of" into a
        // person's full name.
        let person_after = |k: usize| {
            k + 2 < tokens.len()
                && has(k + 1, GIVEN_NAME)
                && lower_is(word(k + 1), |lower| !WORD_GIVEN_NAMES.contains(&lower))
                && has(k + 2, CAPITALISED)
                && !has(k + 2, ORGANISATION_WORD | CONNECTOR)
                && joined(k + 2)
        };
        let joins = |k: usize| {
            has(k, CONNECTOR)
                && !(full_name_before(k) && matches!(word(k), "of" | "for"))
                && !(word(k) == "of" && !person && person_after(k))
                || has(k, PARTICLE) && person
                || has(k, THE) && named_organisation
        };
        // "King's Fund", "Women's Institute", "St Thomas' Hospital": the possessive of a title, an
        // irregular plural or a word ending in "s" goes on into an organisation's name
        // ("Russia's Defence Ministry" stops).
        // (Or a word before it: "the King's Health Trust".)
        let before_organisation = |k: usize| {
            let organisation =
                |j: usize| j < tokens.len() && has(j, ORGANISATION_WORD) && has(j, CAPITALISED);
            organisation(k + 1)
                || organisation(k + 2)
                    && has(k + 1, CAPITALISED)
                    && !has(k + 1, FUNCTION)
                    && joined(k + 2)
        };
        let plural = |k: usize| {
            lower_is(word(k), |lower| {
                classes(lower) & crate::engine::figures::lexicon::class::IRREGULAR_PLURAL != 0
            })
        };
        loop {
            if has(last, POSSESSIVE) {
                // ("St Brendan's Hospital": a saint's name too.)
                let saint = last > i && matches!(word(last - 1), "St" | "St." | "Saint");
                if !(before_organisation(last)
                    && joined(last + 1)
                    && (has(last, TITLE) || plural(last) || saint))
                {
                    break;
                }
                last += 1;
                continue;
            }
            // The apostrophe after a plural is no part of its word ("Thomas' Hospital").
            if before_organisation(last)
                && word(last).ends_with('s')
                && matches!(&text[tokens[last].end..tokens[last + 1].start], "' " | "’ ")
            {
                last += 1;
                continue;
            }
            // The words' bits are tested before the spaces between them (which read the text).
            if last + 1 < tokens.len()
                && has(last + 1, CAPITALISED)
                && !has(last + 1, FUNCTION)
                && joined(last + 1)
            {
                last += 1;
            } else if last + 2 < tokens.len()
                && has(last + 2, CAPITALISED)
                && joins(last + 1)
                && joined(last + 1)
                && joined(last + 2)
            {
                last += 2;
            } else if last + 3 < tokens.len()
                && has(last + 3, CAPITALISED)
                && !has(last + 3, FUNCTION)
                && !has(last + 2, CAPITALISED)
                && (has(last + 2, PARTICLE)
                    || has(last + 2, THE)
                        && !has(last + 1, AND)
                        && ((i..=last).any(|k| has(k, ORGANISATION_WORD))
                            || has(last, TITLE_DOTTED)
                                && (i..=last).all(|k| has(k, TITLE_DOTTED | TITLE_QUALIFIER))))
                && joins(last + 1)
                && (1..=3).all(|k| joined(last + k))
            {
                // Two connectors ("Ursula von der Leyen", "Place de la Concorde"), and an
                // organisation's name or a title over "of the" ("Institute for the Study of War",
                // "Speaker of the House"); "Readers of the Python manual" stops.
                last += 3;
            } else {
                break;
            }
        }
        // "Judge Sarah Whitcombe KC", "Anna Holm MP": letters after a person's name are no
        // part of it.
        while last > i + 1
            && lexicon::POST_NOMINALS.contains(&word(last))
            && !has(last - 1, CONNECTOR)
        {
            last -= 1;
        }
        // "Anna Ivanova and Ivanova's lawyer", "Médecins Sans Frontières and Amnesty
        // International": "and" joins only the words after "of" or "for" in an organisation's
        // name ("Center for Strategic and International Studies"), the words of a name whose
        // acronym, defined after it, spells their initials ("United Nations Relief and Works
        // Agency (UNRWA)"), or a common word to an organisation's name.
        let common = |k: usize| surfaces[tokens[k].surface as usize].lower_more_often;
        if let Some(k) = (i + 1..last).find(|&k| has(k, AND)) {
            let organisation = (i..=last).any(|k| has(k, ORGANISATION_WORD));
            let initials = (i..=last)
                .filter(|&j| !has(j, CONNECTOR | AND))
                .filter_map(|j| word(j).chars().next());
            let spelled = last + 2 < tokens.len()
                && has(last + 1, ACRONYM)
                && text[tokens[last].end..tokens[last + 1].start].trim() == "("
                && word(last + 1)
                    .chars()
                    .eq(initials.flat_map(char::to_uppercase));
            let joined_by_for = (i + 1..k).any(|j| has(j, CONNECTOR) && !has(j, AND));
            // "Disaster and Emergency Management Authority", "Food and Drug Administration": a
            // word the corpus writes in lower case more often names nothing alone before "and".
            // The name after "and" has two words or more and ends with the organisation word,
            // or has it before "of" ("Economic and Social Council of the United Nations"); not
            // "GET and POST", "Dates and Times", "Program and Service Call".
            let head = (k + 1..=last)
                .find(|&j| has(j, CONNECTOR))
                .map_or(last, |j| j - 1);
            let common_before = k == i + 1
                && !has(i, TITLE)
                && head >= k + 2
                && has(head, ORGANISATION_WORD)
                && common(i);
            if !spelled && !common_before && (!organisation || !joined_by_for) {
                last = k - 1;
            }
        }
        // "Labour MPs": the people after a one-word name are none of it ("House of Lords",
        // "Lehman Brothers" and "Founding Fathers" stay whole, as do longer names).
        let kin = |k: usize| {
            lower_is(word(k), |lower| {
                matches!(
                    lower,
                    "brothers"
                        | "sisters"
                        | "fathers"
                        | "mothers"
                        | "sons"
                        | "daughters"
                        | "fellows"
                )
            })
        };
        if last == i + 1 && has(last, PERSON_PLURAL) && !has(i, ORGANISATION_WORD) && !kin(last) {
            last = i;
        }
        // A verb of speech before the run names its speaker when the run ends the clause
        // ("…," said Anna Holm, a fellow…), not its listener ("told Anna Holm") nor what the
        // speech is about ("Swinney said Holyrood would…").
        let attributed =
            |verb: usize| (last + 1 == tokens.len() || !joined(last + 1)) && word(verb) != "told";
        // A description after the run ("…, the party president,") is of the name ending it, one
        // before it of the name opening it; after "in" the comma closes a phrase ("In Bakhmut,
        // the commander of…"). Most runs have no comma after them: one byte tells.
        let comma_after = text.as_bytes().get(tokens[last].end) == Some(&b',');
        let described = (comma_after && !(i > 0 && has(i - 1, PLACE_BEFORE)))
            .then(|| described_as(text, tokens, last, surfaces))
            .flatten();
        let described_before = (comma_after || last + 1 == tokens.len())
            .then(|| described_before(text, tokens, i, last, surfaces))
            .flatten();
        // "MALAGA, Aug 12 (Coast Herald) - A wildfire…", "KARVAN — A quake…": a run of words in
        // capitals opening a report's dateline, before its comma or dash, names the place it was
        // filed from (not "EXST (Exception Status) - …" in a list of registers, nor "ROLLBACK —
        // abort the current transaction" heading a manual page).
        let in_capitals = |j: usize| {
            let w = word(j);
            w.chars().any(char::is_alphabetic)
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''))
        };
        let dashed = || {
            last + 1 < tokens.len()
                && matches!(
                    &text[tokens[last].end..tokens[last + 1].start],
                    " \u{2014} " | " \u{2013} "
                )
                && word(last + 1).starts_with(char::is_uppercase)
        };
        // ("DRAVIK (Ledger) — The alliance…": the outlet in brackets right after the place;
        // not what the capitals stand for: "RTSP (Real Time Streaming Protocol) - …".)
        let bracket_after = || {
            text[tokens[last].end..].starts_with(" (")
                && outlet_in_brackets(
                    &text[tokens[i].start..tokens[last].end],
                    &text[tokens[last].end..],
                )
        };
        let dateline = i == 0
            && (i..=last).all(in_capitals)
            && ((comma_after || bracket_after())
                && (last + 1..tokens.len().min(last + 10)).any(|k| {
                    after_dateline(k) && text[tokens[last].end..tokens[k].start].contains('(')
                })
                || dashed());
        // "Reporting by Olena Harmash": a credit line names a person; "the Bryansk region" a
        // place.
        // A byline, a short line of its own, too: "By Jonas Eklund, Transport Editor".
        let credited =
            i >= 2 && word(i - 1) == "by" && tokens[i - 2].surface_facts(surfaces) & CREDIT != 0
                || i == 1
                    && word(0) == "By"
                    && tokens.len() <= 8
                    && (comma_after || last + 1 == tokens.len());
        let place_after = last + 1 < tokens.len() && has(last + 1, PLACE_AFTER) && joined(last + 1);
        // Where people work is an organisation: "analysts at Morgan Stanley", "a professor at
        // Harvard".
        let works_at = i >= 2
            && word(i - 1) == "at"
            && joined(i)
            && tokens[i - 2].surface_facts(surfaces) & (PERSON_NOUN | PERSON_PLURAL | TITLE) != 0;
        // Whether the run follows one of `words` (in lower case) and then one of `links`, as
        // in "shares of".
        let after = |words: &[&str], links: &[&str]| {
            i >= 2
                && links.contains(&word(i - 1))
                && joined(i)
                && lower_is(
                    &text[tokens[i - 2].start..token_end(text, tokens[i - 2].start)],
                    |lower| words.contains(&lower),
                )
        };
        // "Red Eléctrica chief executive Beatriz Corredor", "Kremlin spokesman Dmitry Peskov":
        // the run names where the person after the role works.
        let employer = {
            let role =
                |k: usize| lower_is(word(k), |lower| lexicon::EMPLOYER_ROLES.contains(&lower));
            let role_at =
                |k: usize| k < tokens.len() && !has(k, CAPITALISED) && joined(k) && role(k);
            let person_at = |k: usize| k < tokens.len() && has(k, CAPITALISED) && joined(k);
            // The capitals after the role are tested first: most runs have none there. A role
            // opening a sentence is no employer ("Chief executive Ingrid Solberg said").
            (person_at(last + 2) && role_at(last + 1)
                || person_at(last + 3) && role_at(last + 1) && role_at(last + 2))
                && !has(last, TITLE)
                && !role(last)
        };
        // "Shares of Meta fell", "shares in Vardcorp": a firm, not a place.
        let held = after(HOLDINGS, &["of", "in"]);
        // "a spokesman for Goldman Sachs": who a spokesman speaks for, named in several words,
        // is an organisation (one word may be a person's surname: "a spokesman for Zelensky").
        let spoken_for = after(lexicon::SPEAKING_FOR, &["for"]);
        let in_lower = |k: usize| text.as_bytes()[tokens[k].start].is_ascii_lowercase();
        // "from Labour backbenchers": the preposition is the people's, not the name's.
        let of_people = last + 1 < tokens.len()
            && has(last + 1, PERSON_NOUN | PERSON_PLURAL)
            && !has(last + 1, CAPITALISED)
            && joined(last + 1);
        let parts = run_names(i, last, has, common);
        let name = parts[2];
        for (first, end, titled) in parts.into_iter().flatten() {
            let single = first == end;
            // Words that are no names on their own ("Politics", "Eastern European", "North
            // Korean") make none together, a lone letter ("L", "B") is a label or an initial,
            // not a name, and "Jan" or "Mar" before a day is a month ("Jan 14").
            let before_day = || {
                end + 1 < tokens.len()
                    && SHORT_MONTHS_TOO
                        .iter()
                        .any(|m| m.eq_ignore_ascii_case(word(first)))
                    && joined(end + 1)
                    && word(end + 1)
                        .parse::<u8>()
                        .is_ok_and(|day| (1..=31).contains(&day))
            };
            // "NOK 500m", "CHF 12 million", "12 million CHF": a currency's code beside an amount.
            let beside_amount = || {
                let code = word(first).len() == 3
                    && lower_is(word(first), |lower| CURRENCY_WORDS.contains_key(lower));
                let before = end + 1 < tokens.len()
                    && joined(end + 1)
                    && text.as_bytes()[tokens[end + 1].start].is_ascii_digit();
                let after = first > 0 && joined(first) && {
                    let amount = word(first - 1);
                    amount.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(amount, "thousand" | "million" | "billion" | "trillion")
                };
                code && (before || after)
            };
            // "By Maria Lindqvist, Crime Correspondent": the role after a byline's name.
            let byline_role = || {
                first > 0
                    && has(end, PERSON_NOUN)
                    && word(0).eq_ignore_ascii_case("by")
                    && text[tokens[first - 1].end..tokens[first].start].contains(',')
            };
            if (first..=end).all(|k| has(k, NOT_NAME | PLACE_QUALIFIER))
                && (first..=end).any(|k| has(k, NOT_NAME))
                || (single && tokens[first].end - tokens[first].start == 1)
                || (single && before_day())
                || (single && beside_amount())
                || byline_role()
            {
                continue;
            }
            // "The Red Crescent said it had sent 1,200 tents": what speaks of itself as "it" is
            // no person.
            let said_it = end == last
                && last + 2 < tokens.len()
                && has(last + 1, SPEECH)
                && joined(last + 1)
                && joined(last + 2)
                && {
                    // Two words on, the token's end is not yet known.
                    let start = tokens[last + 2].start;
                    matches!(&text[start..token_end(text, start)], "it" | "its")
                };
            // A lone capitalised first word, of the sentence or after its dateline, counts only
            // if the corpus capitalises it elsewhere (or a title comes before it, a role and a
            // person's name after it: "Kremlin spokesman Dmitry Peskov", or "said it"); the
            // words counted inside sentences hold the one after a dateline. A place in capitals
            // opening a dateline counts ("KATHMAR, March 3 (Valley Wire) -").
            // (Openers::lone_at_start passes over the sentences this leaves without a mention
            // before their tokens are built: a cue added here belongs there too.)
            let surface = &surfaces[tokens[first].surface as usize];
            if single
                && !titled
                && !(dateline && first == i && end == last)
                && described.is_none()
                && !said_it
                && !(employer && end == last && !surface.lower_more_often)
                && !has(first, ACRONYM)
                && !has(first, KNOWN_PLACE)
                && (first == 0 && !surface.capitalised_inside
                    || first > 0 && surface.lower_as_often && after_dateline(first))
            {
                continue;
            }
            // The cues before the run are the name's, or the other's when it opens the run (but
            // a verb of speech is the name's only); those after it are for whichever ends it,
            // unless that is what a title is of ("the President of the Northern Isles said"); no
            // person is "the X" ("the Taliban said"), nor what something is "of" ("residents of
            // Tower Hamlets said").
            let is_name = Some((first, end, titled)) == name;
            let before = i > 0 && (first == i || is_name);
            let after = end == last && last + 1 < tokens.len();
            let of_title = first > i && !titled;
            // "… Studies (CSIS)", also when the acronym ends the sentence.
            let after_gap = if after {
                &text[tokens[last].end..tokens[last + 1].start]
            } else {
                ""
            };
            let acronym_defined = if after_gap.trim() == "(" && has(last + 1, ACRONYM) {
                (tokens[last + 1].start as u32, word(last + 1).len() as u8)
            } else {
                (0, 0)
            };
            // "the transport minister Ilse Brandt", "spokesman Dmitry Peskov": a title in lower
            // case right before the name cues a person too, written in full (not "in ms.", nor
            // "gen." for genitive) and no ordinary word ("the general Assembly"); a particle
            // alone is no name ("the minister Von  Struve", a run cut by the spaces).
            let titled_before = first == i
                && !(single && has(first, CONNECTOR | PARTICLE))
                && i > 0
                && joined(i)
                && (has(i - 1, TITLE)
                    && !has(i - 1, ORDINARY)
                    && word(i - 1).len() >= 5
                    && word(i - 1).bytes().all(|b| b.is_ascii_lowercase())
                    || opening_role(i - 1));
            // "Tavria's interior ministry", "Kelmar's parliament": whose state bodies they are
            // is a place.
            let owns_state_body = || {
                end == last
                    && has(last, POSSESSIVE)
                    && (last + 1..tokens.len().min(last + 3)).any(|k| {
                        // (Words two past a capitalised one have no end found yet.)
                        let written = &text[tokens[k].start..token_end(text, tokens[k].start)];
                        (last + 1..=k).all(|j| joined(j) && in_lower(j))
                            && STATE_BODIES.contains(&written)
                    })
            };
            let span = &text[tokens[first].start..tokens[end].end];
            let single_spaced = (first + 1..=end).all(|k| tokens[k].start == tokens[k - 1].end + 1);
            // "the Hague" in lower case is The Hague too.
            let the_place = single
                && first > 0
                && has(first - 1, THE)
                && lexicon::AFTER_THE_IN_PLACES.contains(word(first));
            let form = if the_place {
                Cow::Owned(format!("The {}", word(first)))
            } else if single_spaced {
                Cow::Borrowed(strip_possessive(span))
            } else {
                let mut form = String::with_capacity(span.len());
                for k in first..=end {
                    if k > first {
                        form.push(' ');
                    }
                    form.push_str(word(k));
                }
                Cow::Owned(form)
            };
            found.push(Raw {
                hash: FxBuildHasher.hash_one(form.as_ref()),
                check: CHECK.hash_one(form.as_ref()),
                form,
                mention: Mention {
                    doc: document.id,
                    start: tokens[first].start as u32,
                    end: tokens[end].end as u32,
                },
                titled: titled || titled_before,
                // "in Kyiv", "near Estepona", "the village of Benahavis", "south of Crete", and
                // a person's home town after the age ("Darren Whitlock, 52, of Harrogate").
                // And "in the West Midlands", "across the North East".
                after_place_preposition: before
                    && (has(i - 1, PLACE_BEFORE)
                        || i >= 2
                            && word(i - 1) == "of"
                            && (tokens[i - 2].surface_facts(surfaces) & PLACE_NOUN != 0
                                && (!lexicon::PORTS.contains(&word(i - 2))
                                    || i >= 3
                                        && tokens[i - 3].surface_facts(surfaces)
                                            & (THE | NOT_NAME)
                                            != 0)
                                || age_at(text, tokens, i - 2)
                                    && text[..tokens[i - 2].start].ends_with(", "))
                        || i >= 2
                            && !single
                            && has(i, PLACE_QUALIFIER)
                            && has(i - 1, THE)
                            && tokens[i - 2].surface_facts(surfaces) & PLACE_BEFORE != 0
                            && joined(i))
                    && !held
                    && !of_people
                    || owns_state_body(),
                knighted: titled
                    && first > 0
                    && lower_is(word(first - 1), |lower| KNIGHTHOODS.contains(&lower)),
                after_organisation_word: before
                    && (organisation_before(i) || works_at || held || spoken_for && !single),
                employer: after && employer,
                dateline: dateline && first == i && end == last,
                before_lower: single
                    && end + 1 < tokens.len()
                    && joined(end + 1)
                    && in_lower(end + 1),
                capitals_in_text: single
                    && has(first, ACRONYM)
                    && (first > 0 && joined(first) && in_lower(first - 1)
                        || end + 1 < tokens.len() && joined(end + 1) && in_lower(end + 1)),
                speaking: (before
                    && is_name
                    && joined(i)
                    && has(i - 1, SPEECH)
                    && attributed(i - 1))
                    || (after
                        && !of_title
                        && !said_it
                        // ("a spokeswoman for Jumbo said": she speaks, not Jumbo.)
                        && !(i > 0
                            && (has(i - 1, THE)
                                || has(i - 1, CONNECTOR) && matches!(word(i - 1), "of" | "for")
                                || first == i && has(i - 1, PLACE_BEFORE)))
                        && joined(last + 1)
                        && has(last + 1, SPEECH)),
                described: described
                    .filter(|&kind| {
                        after
                            && !of_title
                            && !(kind == NameType::Person && i > 0 && has(i - 1, THE))
                    })
                    .or(described_before.filter(|_| before))
                    .or((before && credited).then_some(NameType::Person))
                    .or((after && !of_title && place_after).then_some(NameType::Place))
                    .or(said_it.then_some(NameType::Organisation)),
                lower_more_often: (single && !has(first, POSSESSIVE))
                    .then(|| surfaces[tokens[first].surface as usize].lower_more_often),
                acronym_defined,
            });
        }
        i = last + 1;
    }
}

/// The raw mentions of one form, as the merges and the type votes read them.
#[derive(Debug, Default)]
struct FormMentions {
    /// Where, in document order.
    mentions: Vec<Mention>,
    /// How many came after a title.
    titled: usize,
    /// How many came after a place preposition ("in").
    after_place_preposition: usize,
    /// How many came after words that say it is an organisation ([`Raw::after_organisation_word`]).
    after_organisation_word: usize,
    /// How many came before a role at an organisation and a person ([`Raw::employer`]).
    employer: usize,
    /// How many stood next to a verb of speech.
    speaking: usize,
    /// How many came after "Sir" or "Dame".
    knighted: usize,
    /// How many were written in capitals in running text ([`Raw::capitals_in_text`]).
    capitals_in_text: usize,
    /// How many opened a dateline ([`Raw::dateline`]).
    dateline: usize,
    /// How many were one word right before a word in lower case.
    before_lower: usize,
    /// How many the words around them ([`Raw::described`]) say are each of [`VOTED`].
    described: [usize; 3],
    /// Whether the corpus writes the form in lower case more often inside sentences, when a
    /// mention is written as the form itself (one word, not possessive).
    lower_more_often: Option<bool>,
}

impl FormMentions {
    /// Whether the mentions of `form` are a person's by their cues: a title before one, or
    /// descriptions and verbs of speech that type it a person ("Marine Le Pen told…", "Jordan
    /// Bardella, the party president,"; not "Amnesty International said").
    fn cued_person(&self, form: &str) -> bool {
        self.titled > 0
            || (self.described[0] > 0 || self.speaking > 0)
                && classify(form, &[(form, self)]) == NameType::Person
    }

    /// How many documents hold these mentions.
    fn documents(&self) -> usize {
        self.mentions.chunk_by(|x, y| x.doc == y.doc).count()
    }

    /// How many documents hold both these mentions and `other`'s.
    fn documents_shared_with(&self, other: &FormMentions) -> usize {
        let mut shared = 0;
        super::links::for_each_shared(
            &self.mentions,
            &other.mentions,
            |m| m.doc,
            |_, _| shared += 1,
        );
        shared
    }

    /// Whether at least half the documents that hold these mentions hold `other`'s too.
    fn mostly_written_with(&self, other: &FormMentions) -> bool {
        2 * self.documents_shared_with(other) >= self.documents()
    }

    /// Adds `raw`, found in document `doc` (or in a document with the same text).
    fn add(&mut self, doc: DocId, raw: &Raw) {
        self.mentions.push(Mention { doc, ..raw.mention });
        self.titled += usize::from(raw.titled);
        self.after_place_preposition += usize::from(raw.after_place_preposition);
        self.after_organisation_word += usize::from(raw.after_organisation_word);
        self.employer += usize::from(raw.employer);
        self.speaking += usize::from(raw.speaking);
        self.knighted += usize::from(raw.knighted);
        self.capitals_in_text += usize::from(raw.capitals_in_text);
        self.dateline += usize::from(raw.dateline);
        self.before_lower += usize::from(raw.before_lower);
        if let Some(k) = VOTED.iter().position(|&kind| Some(kind) == raw.described) {
            self.described[k] += 1;
        }
        self.lower_more_often = self.lower_more_often.or(raw.lower_more_often);
    }
}

/// Whether a lone capitalised word is the adjective of a region rather than a name ("the
/// Andalusian emergency service", "Bavarian beer"): shaped like one and always written before a
/// word in lower case, and no given name ("Christian", "Julian").
fn region_adjective(form: &str, of: &FormMentions) -> bool {
    ["ian", "ean", "ese", "ish"]
        .iter()
        .any(|end| form.ends_with(end))
        && of.before_lower == of.mentions.len()
        && !is_given_name(form)
}

/// Whether `word` is on [`ORGANISATION_WORDS`], in any case.
pub(crate) fn is_organisation_word(word: &str) -> bool {
    lower_is(word, |lower| {
        LISTED
            .get(lower)
            .is_some_and(|&f| f & fact::ORGANISATION_WORD != 0)
    })
}

/// Whether a word in lower case names a person by a title or a role ("mayor", "spokeswoman").
pub(crate) fn is_role_word(lower: &str) -> bool {
    (LISTED.get(lower)).is_some_and(|&f| f & (fact::TITLE | fact::PERSON_NOUN) != 0)
}

/// Whether a form has more than one word.
fn several_words(form: &str) -> bool {
    form.contains(' ')
}

/// Whether a form reads as a person's name by its shape: a given name from the project's list
/// or an initial ("J. R. Smith", "George W. Bush") before the last word. A given name that is
/// also a word makes no person before "of" but before a place ("Bill of Rights", "Mark of
/// Cain"; "Catherine of Aragon" and "William of Orange" are people).
fn person_shaped(form: &str) -> bool {
    let Some((before_last, _)) = form.rsplit_once(' ') else {
        return false;
    };
    if let Some((given, place)) = form.split_once(" of ") {
        return !several_words(given)
            && is_given_name(given)
            && (!lower_is(given, |lower| WORD_GIVEN_NAMES.contains(&lower)) || known_place(place));
    }
    let initial = |w: &str| {
        let b = w.as_bytes();
        b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
    };
    let mut words = before_last.split(' ');
    let first = words.next().unwrap_or(before_last);
    // "Ruud van Nistelrooy", "Mohammed bin Salman": a particle of persons only, inside.
    is_given_name(first)
        || before_last.split(' ').any(initial)
        || words.any(|w| lexicon::PERSON_PARTICLES.contains(&w))
}

/// Whether `acronym` can stand for `form`: it starts with the form's first letter and its
/// letters come in the form in that order ("CSIS" for "Center for Strategic and International
/// Studies", "ISIS" for "Islamic State"; not "RFC" for "Architecture").
fn abbreviates(acronym: &str, form: &str) -> bool {
    let mut letters = form
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase);
    let mut wanted = acronym.chars().flat_map(char::to_lowercase);
    wanted
        .next()
        .is_some_and(|first| letters.next() == Some(first))
        && wanted.all(|a| letters.any(|l| l == a))
}

/// The first letters of a form's words, connectors left out ("United Nations" → "UN").
fn initials(form: &str) -> String {
    form.split(' ')
        .filter(|w| !CONNECTORS.contains(w))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// The first letters of a form's words, a connector's in lower case ("Bank of England" →
/// "BoE", "Ministry of Defence" → "MoD").
fn initials_with_connectors(form: &str) -> String {
    form.split(' ').filter_map(|w| w.chars().next()).collect()
}

/// Makes forms `k` and `t`, each still its own name, one name, shown as the one more often
/// written.
fn join_written<'a>(
    forms: &[(&'a str, FormMentions)],
    canonical: &mut [Cow<'a, str>],
    k: usize,
    t: usize,
) {
    if canonical[k] != forms[k].0 || canonical[t] != forms[t].0 {
        return;
    }
    if forms[k].1.mentions.len() > forms[t].1.mentions.len() {
        canonical[t] = Cow::Borrowed(forms[k].0);
    } else {
        canonical[k] = Cow::Borrowed(forms[t].0);
    }
}

/// Extracts, classifies and merges the names of the corpus, then applies the user's `edits`.
/// Names are sorted by mentions (most first), ties by name.
pub fn extract_names(
    documents: &[Document],
    index: &Index,
    figures: &[Figure],
    edits: &[NameEdit],
) -> Vec<Name> {
    NameForms::extract(documents, index, &first_copies(documents)).names(figures, edits)
}

/// The names of a corpus before the user's corrections: every form found, with its mentions and
/// cues, and the name each form is shown under after the automatic merges. Finding them reads
/// the whole corpus; the names with a list of corrections are then made from them in a moment
/// ([`NameForms::names`]), so a correction need not read the corpus again.
#[derive(Debug, Default)]
pub struct NameForms {
    /// Every form, sorted, with its mentions and cues.
    forms: Vec<(Box<str>, FormMentions)>,
    /// The name each form is shown under.
    shown: Vec<Box<str>>,
    /// Whether each form is a common word set in capitals rather than a name.
    common: Vec<bool>,
}

impl NameForms {
    /// Finds the forms of the corpus's names and merges them, given each document's first copy
    /// ([`first_copies`]).
    pub fn extract(documents: &[Document], index: &Index, first: &[DocId]) -> Self {
        // A document with the same text as one before it (the same file saved twice) is read
        // once: its mentions are those of its first copy, and its words are counted with it.
        let mut times = vec![0u32; documents.len()];
        for &f in first {
            times[f as usize] += 1;
        }
        // How often the corpus writes each surface form other than at a sentence start: counted in
        // one table per thread, the tables then added.
        let inside = count_per_thread(documents, 64, index.surfaces.len(), |chunk, seen| {
            for d in chunk {
                count_inside_sentences(d, index, times[d.id as usize], seen);
            }
        });
        // A capitalised form counts as capitalised inside sentences when it is written so there
        // more often than in lower case ("Kennedy", "Python"; not "Any", "See", "Note", nor
        // "Wholesale" once after a dateline beside one "wholesale"), and is written in lower case
        // more often when the lower case outnumbers it there ("Note").
        let surfaces: Vec<SurfaceFact> = inside
            .par_iter()
            .enumerate()
            .map(|(surface, &seen)| {
                let text = index.surfaces.get(surface as u32);
                let looked = seen > 0 && capitalised(text);
                let in_lower = looked
                    .then(|| index.surfaces.find(&text.to_lowercase()))
                    .flatten()
                    .map(|lower| inside[lower as usize]);
                // "Al-Hayya" opening a sentence is written "al-Hayya" inside them.
                let article_inside = || {
                    article(text).is_some_and(|article| article.starts_with(char::is_uppercase))
                        && {
                            let lower = first_recased(text, false);
                            (index.surfaces.find(&lower))
                                .is_some_and(|lower| inside[lower as usize] > 0)
                        }
                };
                SurfaceFact {
                    length: text.len() as u32,
                    facts: word_facts(text),
                    capitalised_inside: looked && in_lower.is_none_or(|lower| lower < seen)
                        || article_inside(),
                    lower_more_often: in_lower.is_some_and(|lower| lower > seen),
                    lower_as_often: in_lower.is_some_and(|lower| lower >= seen),
                    opens_name: capitalised(text) || after_article(text),
                }
            })
            .collect();
        let openers = Openers::new(&surfaces, |surface| index.surfaces.get(surface));
        // Raw mentions in document order, one list per slice of the corpus (joining them would
        // copy them all).
        let raws: Vec<Vec<Raw>> = documents
            .par_chunks(documents.len().div_ceil(64).max(1))
            .with_max_len(1)
            .map(|chunk| {
                let read = || chunk.iter().filter(|d| first[d.id as usize] == d.id);
                // Room for a raw mention every ten words (one in thirteen on the benchmark
                // corpus), so that the list seldom grows by copying itself; what is left over
                // is given back.
                let words: usize = read().map(|d| index.doc(d.id).len()).sum();
                let (mut found, mut tokens) = (Vec::with_capacity(words / 10), Vec::new());
                for d in read() {
                    let in_document = index.doc(d.id);
                    for_each_sentence(d, in_document, |sentence| {
                        sentence_mentions(
                            d,
                            in_document,
                            sentence,
                            &surfaces,
                            &openers,
                            &mut tokens,
                            &mut found,
                        );
                    });
                }
                // (Most often in place: the room left is a small part of the list.)
                found.shrink_to_fit();
                found
            })
            .collect();
        // Where each document's raw mentions are: their list, first and end, and the number of
        // its first (all lists numbered in a row).
        let mut found_at = vec![(0, 0, 0, 0); documents.len()];
        let mut raw_count = 0;
        for (l, list) in raws.iter().enumerate() {
            let mut start = 0;
            for run in list.chunk_by(|x, y| x.mention.doc == y.mention.doc) {
                found_at[run[0].mention.doc as usize] = (l, start, start + run.len(), raw_count);
                start += run.len();
                raw_count += run.len();
            }
        }
        // Every raw mention in document order, with its document and its number (a copy's are
        // its first copy's).
        let in_order = || {
            (first.iter().enumerate()).flat_map(|(d, &f)| {
                let (l, start, end, numbered) = found_at[f as usize];
                (raws[l][start..end].iter().enumerate())
                    .map(move |(k, raw)| (d as DocId, numbered + k, raw))
            })
        };

        // Group by form (hashed, then the distinct forms sorted), then merge forms. The forms are
        // split in two by a bit of their hash, each half gathered by its own thread. A copy's
        // mentions join the forms its first copy's went to, without looking them up again.
        let half = |shard: u64| {
            // Each raw mention's form was hashed twice when it was found: the table tells forms
            // apart by both hashes and the length, without reading the forms (whose text lies
            // anywhere in the corpus).
            let mut hashed: hashbrown::HashTable<(u64, u64, u32, u32)> = Default::default();
            let mut grouped: Vec<(&str, FormMentions)> = Vec::new();
            let mut group_of = vec![u32::MAX; raw_count];
            for (doc, number, raw) in in_order() {
                if raw.hash >> 40 & 1 != shard {
                    continue;
                }
                let mut group = group_of[number];
                if group == u32::MAX {
                    let form = raw.form.as_ref();
                    let key = (raw.hash, raw.check, form.len() as u32);
                    let eq = |&(hash, check, length, _): &(u64, u64, u32, u32)| {
                        (hash, check, length) == key
                    };
                    group = match hashed.find(raw.hash, eq) {
                        Some(&(.., g)) => g,
                        None => {
                            let g = grouped.len() as u32;
                            grouped.push((form, FormMentions::default()));
                            let entry = (raw.hash, raw.check, form.len() as u32, g);
                            hashed.insert_unique(raw.hash, entry, |&(hash, ..)| hash);
                            g
                        }
                    };
                    group_of[number] = group;
                }
                grouped[group as usize].1.add(doc, raw);
            }
            grouped
        };
        let (first_half, second_half) = rayon::join(|| half(0), || half(1));
        // Acronyms defined in the text, the first definition of each counting.
        let mut acronyms: BTreeMap<String, String> = BTreeMap::new();
        for (_, _, raw) in in_order() {
            if let Some(acronym) = raw.acronym(documents)
                && !acronyms.contains_key(acronym)
                && abbreviates(acronym, &raw.form)
            {
                acronyms.insert(acronym.to_string(), raw.form.to_string());
            }
        }
        // The distinct forms, sorted, and the name each form is shown under (itself until merged).
        let mut forms: Vec<(&str, FormMentions)> = first_half;
        forms.extend(second_half);
        forms.par_sort_unstable_by(|x, y| x.0.cmp(y.0));
        let find = |form: &str| forms.binary_search_by(|(f, _)| (*f).cmp(form)).ok();
        let mut canonical: Vec<Cow<str>> = forms.iter().map(|(f, _)| Cow::Borrowed(*f)).collect();
        // Acronyms matching the initials of one multi-word name, unless it is a person's ("DSM" is
        // seldom "David S. Miller"); initials that several names share tell none of them ("EDF" for
        // "Editing Data Files" and "Example Distroprefs Files").
        let mut initialled: Vec<(String, &str)> = forms
            .par_iter()
            .filter(|(form, _)| several_words(form) && !person_shaped(form))
            .flat_map_iter(|(form, of)| {
                let key = initials(form);
                // "BoE" for "Bank of England", when some document writes both ("WoL" is seldom
                // "Warburg of London").
                let with_connectors = Some(initials_with_connectors(form))
                    .filter(|other| *other != key)
                    .filter(|other| {
                        find(other).is_some_and(|a| forms[a].1.documents_shared_with(of) > 0)
                    });
                let key = Some(key).filter(|key| find(key).is_some());
                [key, with_connectors]
                    .into_iter()
                    .flatten()
                    .filter(|key| key.len() >= 2)
                    .map(|key| (key, *form))
            })
            .collect();
        initialled.sort_unstable();
        for same in initialled.chunk_by(|x, y| x.0 == y.0) {
            if let [(key, form)] = same {
                acronyms
                    .entry(key.clone())
                    .or_insert_with(|| form.to_string());
            }
        }
        for (acronym, full) in &acronyms {
            if let (Some(a), Some(f)) = (find(acronym), find(full)) {
                canonical[a] = Cow::Borrowed(forms[f].0);
            }
        }
        // A surname alone joins the one full name of a person (by its shape or its cues) that ends
        // with it, when that full name is written in at least a quarter of the documents that write
        // the surname alone (a report names a person in full before it shortens the name; one "L.
        // Python" in a dictionary does not make every "Python" a person). A surname with particles
        // is matched from its first particle on, in any case ("Von der Leyen" for "Ursula von der
        // Leyen").
        let particle = |word: &str| lower_is(word, lexicon::is_particle);
        let mut people_by_surname: BTreeMap<Cow<str>, Vec<usize>> = BTreeMap::new();
        let mut people_by_family_name: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        let people: Vec<usize> = (0..forms.len())
            .into_par_iter()
            .filter(|&k| {
                let (form, of) = &forms[k];
                several_words(form) && (person_shaped(form) || of.cued_person(form))
            })
            .collect();
        for &k in &people {
            let form = forms[k].0;
            let last_word = form.rsplit(' ').next().unwrap_or(form);
            people_by_surname
                .entry(Cow::Borrowed(last_word))
                .or_default()
                .push(k);
            // "al-Sharaa" is "Al-Sharaa" opening a sentence.
            if after_article(last_word) {
                people_by_surname
                    .entry(Cow::Owned(first_recased(last_word, true)))
                    .or_default()
                    .push(k);
            }
            // The first particle after the first word, unless it is the last word.
            let with_particles = (form.match_indices(' '))
                .map(|(space, _)| space + 1)
                .find(|&start| form[start..].split(' ').next().is_some_and(particle))
                .filter(|&start| form[start..].contains(' '));
            if let Some(start) = with_particles {
                people_by_surname
                    .entry(Cow::Owned(form[start..].to_lowercase()))
                    .or_default()
                    .push(k);
            }
            // "Lula" for "Luiz Inácio Lula da Silva", "Lacalle" for "Luis Lacalle Pou": the word
            // before the particles or the last word, neither the first word nor a given name; not
            // before "Jr" ("Trump" alone is seldom "Donald Trump Jr").
            let head = with_particles
                .map_or(form.rsplit_once(' ').map(|(head, _)| head), |start| {
                    form.get(..start.saturating_sub(1))
                });
            let generation = |word: &str| {
                let word = word.trim_end_matches('.');
                lower_is(word, |lower| lexicon::GENERATIONS.contains(&lower))
            };
            if !generation(last_word)
                && let Some((_, family)) = head.and_then(|head| head.rsplit_once(' '))
                && capitalised(family)
                && !is_acronym(family)
                && family.chars().all(|c| c.is_alphabetic() || c == '-')
                && !is_given_name(family)
                && !particle(family)
            {
                people_by_family_name.entry(family).or_default().push(k);
            }
        }
        // A surname alone that its own cues make a person ("Guardiola told…") also joins the one
        // full name without a person's shape or cues ending with it ("Pep Guardiola"), unless an
        // organisation word or "of" is in that name ("Legend of Dido" is a poem).
        let cued_surnames: FxHashSet<&str> = (forms.par_iter())
            .filter(|(form, of)| {
                !several_words(form)
                    && of.cued_person(form)
                    && !people_by_surname.contains_key(*form)
            })
            .map(|(form, _)| *form)
            .collect();
        let mut others_by_surname: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for (k, (form, _)) in forms.iter().enumerate() {
            if let Some((_, last_word)) = form.rsplit_once(' ')
                && cued_surnames.contains(last_word)
                && !form
                    .split(' ')
                    .any(|w| w == "of" || is_organisation_word(w))
            {
                others_by_surname.entry(last_word).or_default().push(k);
            }
        }
        for (k, (form, of)) in forms.iter().enumerate() {
            let key = if !several_words(form) && !is_acronym(form) {
                Cow::Borrowed(*form)
            } else if form.split(' ').next().is_some_and(particle) {
                Cow::Owned(form.to_lowercase())
            } else {
                continue;
            };
            let full = (people_by_surname.get(&key))
                .or_else(|| others_by_surname.get(key.as_ref()))
                .map_or(&[][..], Vec::as_slice);
            // A known place stays a place ("Warsaw" is not Barry Warsaw's).
            if canonical[k] == *form
                && !known_place(form)
                && let &[only] = full
                && 4 * forms[only].1.documents() >= of.documents()
            {
                canonical[k] = Cow::Borrowed(forms[only].0);
            }
        }
        // A family name inside one full name, no surname, joins it where the two are written
        // together in half the documents of the family name or more (each joins a form of its own,
        // so the order does not matter).
        for (family, people) in &people_by_family_name {
            if let &[only] = people.as_slice()
                && let Some(k) = find(family)
                && canonical[k] == forms[k].0
                && !known_place(family)
                && !people_by_surname.contains_key(*family)
                && !others_by_surname.contains_key(family)
                && forms[k].1.mostly_written_with(&forms[only].1)
            {
                canonical[k] = Cow::Borrowed(forms[only].0);
            }
        }
        // A word that opens a person's full name joins it, when the word is a knight's or dame's
        // given name ("Sir Keir", "Dame Judi") or a person by its own cues and no given name but a
        // family name written first ("Xi said" for "Xi Jinping"): it joins the one person named
        // in full with it in the documents that use it alone, when it is written in at least half
        // of them ("Sir Toby" in a play is not Toby Kelsey of a kernel's credits).
        // The cued persons are the cued surnames found above, whose cues are not read again.
        let family_or_unlisted = |form: &str| {
            !is_given_name(form)
                || lower_is(form, |lower| lexicon::FAMILY_NAMES_FIRST.contains(&lower))
        };
        let knights = (forms.iter())
            .filter(|(form, of)| of.knighted > 0 && !several_words(form))
            .map(|(form, _)| *form);
        let first_words: FxHashSet<&str> = (cued_surnames.iter().copied())
            .filter(|form| family_or_unlisted(form))
            .chain(knights)
            .collect();
        let mut people_by_given: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for &k in &people {
            let given = forms[k].0.split(' ').next().unwrap_or_default();
            if first_words.contains(given) {
                people_by_given.entry(given).or_default().push(k);
            }
        }
        for (k, (form, of)) in forms.iter().enumerate() {
            if canonical[k] == *form
                && let Some(&[only]) = people_by_given.get(form).map(Vec::as_slice)
                && of.mostly_written_with(&forms[only].1)
            {
                canonical[k] = Cow::Borrowed(forms[only].0);
            }
        }
        // A lone capitalised word that the corpus writes in lower case more often inside sentences
        // is a common word set in a heading or after a dash ("Riverside Gazette — Human rights"),
        // unless a cue says it names someone or something: a title or a verb of speech beside at
        // least one mention in ten, or an organisation word before it ("Speaker Power" three times
        // in four hundred "Power"s is not enough), or a full name it was joined to; acronyms and
        // known places stay too.
        let shown_for_others: FxHashSet<&str> = (canonical.iter().zip(&forms))
            .filter(|(name, (form, _))| name.as_ref() != *form)
            .map(|(name, _)| name.as_ref())
            .collect();
        let common_word = |k: usize| {
            let (form, of) = &forms[k];
            let count = |surface: &str| {
                index
                    .surfaces
                    .find(surface)
                    .map_or(0, |s| inside[s as usize])
            };
            !several_words(form)
                && canonical[k] == *form
                && !shown_for_others.contains(form)
                && 10 * (of.titled + of.speaking + of.after_organisation_word) < of.mentions.len()
                && !is_acronym(form)
                && !known_place(form)
                && (region_adjective(form, of)
                    || of.lower_more_often.unwrap_or_else(|| {
                        // Written only with a possessive ending: most names are never written
                        // in lower case, and one look-up tells.
                        lower_is(form, |lower| {
                            let in_lower = count(lower);
                            in_lower > 0 && in_lower > count(form)
                        })
                    }))
        };
        let common: Vec<bool> = (0..forms.len()).into_par_iter().map(common_word).collect();
        // A form of four letters or more written in capitals and the same form in title case
        // are one name ("KYIV" and "Kyiv" in a dateline, "NATO" and "Nato"), shown as the one
        // more often written (in title case when the capitals are only in datelines), unless either
        // is a common word in a heading ("NOTE" and "Note") or has joined another name ("PERL" for
        // its expansion); shorter ones are different things ("RE" and "Re", "GR" and "Gr.").
        // A place on the list written only in capitals is shown in title case ("MILAN" in a
        // dateline is Milan).
        for (k, (form, _)) in forms.iter().enumerate() {
            let Some(titled) = title_case(form).filter(|_| form.len() >= 4) else {
                continue;
            };
            let only_in_datelines = forms[k].1.dateline == forms[k].1.mentions.len();
            match find(&titled) {
                // "KARVAN —" opening two reports and "in Karvan" once are Karvan.
                Some(t)
                    if !(common[k] || common[t])
                        && only_in_datelines
                        && canonical[k] == forms[k].0
                        && canonical[t] == forms[t].0 =>
                {
                    canonical[k] = Cow::Borrowed(forms[t].0)
                }
                Some(t) if !(common[k] || common[t]) => join_written(&forms, &mut canonical, k, t),
                // So is a place named only in datelines ("MALAGA, Aug 12 (Coast Herald) -").
                None if PLACES.contains(titled.as_str()) || only_in_datelines => {
                    canonical[k] = Cow::Owned(titled)
                }
                _ => {}
            }
        }
        // "Al-Qaeda" opening a sentence and "al-Qaeda" inside one are one name, shown as the one
        // more often written.
        for (k, (form, _)) in forms.iter().enumerate() {
            if after_article(form)
                && let Some(t) = find(&first_recased(form, true))
            {
                join_written(&forms, &mut canonical, k, t);
            }
        }
        // "Red Eléctrica" and "Red Electrica": a name written with and without its accents is one,
        // shown as the one more often written (with its accents when as often).
        let unaccented: Vec<(usize, usize)> = (0..forms.len())
            .into_par_iter()
            .filter(|&k| !forms[k].0.is_ascii())
            .filter_map(|k| Some((k, find(&without_accents(forms[k].0)).filter(|&t| t != k)?)))
            .collect();
        for (k, t) in unaccented {
            join_written(&forms, &mut canonical, t, k);
        }
        // "Tesla Inc" and "Tesla", "BYD Co Ltd" and "BYD": a firm's name and its legal form (not
        // "Bank" for "Bank Ltd", a word the corpus writes in lower case more often).
        let legal_form = |word: &str| {
            let word = word.strip_suffix('.').unwrap_or(word);
            lower_is(word, |lower| LEGAL_FORMS.contains(&lower))
        };
        let with_legal_forms: Vec<(usize, usize)> = (0..forms.len())
            .into_par_iter()
            .filter_map(|k| {
                let form = forms[k].0;
                // Most forms end with a letter no legal form ends with.
                let last_letter = form
                    .trim_end_matches('.')
                    .bytes()
                    .last()?
                    .to_ascii_lowercase();
                if !LEGAL_FORMS
                    .iter()
                    .any(|f| f.bytes().last() == Some(last_letter))
                {
                    return None;
                }
                let mut bare = form;
                while let Some((head, last)) = bare.rsplit_once(' ')
                    && legal_form(last)
                {
                    bare = head.trim_end_matches([',', ' ', '&']);
                }
                if bare.len() == form.len() {
                    return None;
                }
                let t = find(bare).filter(|&t| !common[t])?;
                Some((k, t))
            })
            .collect();
        for (k, t) in with_legal_forms {
            join_written(&forms, &mut canonical, k, t);
        }
        // "Nordvik Energy" and "Nordvik": a firm named in full, then by its first word, in the
        // same documents, when one such name opens with that word (not "Harbour" for "Harbour
        // Capital", a word the corpus writes in lower case more often).
        // So too "European Commission" and "the Commission": an organisation named in full, then
        // by the organisation word it ends with.
        let mut shortened: Vec<(usize, usize, bool)> = (0..forms.len())
            .into_par_iter()
            .flat_map_iter(|k| {
                let by_first = forms[k].0.rsplit_once(' ').and_then(|(head, last)| {
                    let firm =
                        !head.contains(' ') && lower_is(last, |l| BUSINESS_WORDS.contains(&l));
                    firm.then(|| find(head)).flatten()
                });
                let by_last = (forms[k].0.rsplit_once(' '))
                    .filter(|(head, _)| !head.contains(" of ") && !head.contains(" for "))
                    .and_then(|(_, last)| is_organisation_word(last).then(|| find(last)).flatten());
                let full = &forms[k].1;
                let shortens = |t: usize| !common[t] && forms[t].1.mostly_written_with(full);
                [(by_first, false), (by_last, true)]
                    .into_iter()
                    .filter_map(|(t, by_last)| Some((t?, by_last)))
                    .filter(move |&(t, _)| shortens(t))
                    .map(move |(t, by_last)| (t, k, by_last))
            })
            .collect();
        shortened.sort_unstable();
        for same in shortened.chunk_by(|x, y| x.0 == y.0) {
            match *same {
                // The organisation word alone is shown under the full name.
                [(t, k, true)] if canonical[t] == forms[t].0 && canonical[k] == forms[k].0 => {
                    canonical[t] = Cow::Borrowed(forms[k].0);
                }
                [(t, k, false)] => join_written(&forms, &mut canonical, k, t),
                _ => {}
            }
        }
        // Joins chain: "Orrin Systems Inc" joins "Orrin Systems", which joins "Orrin"; each
        // form is shown as the end of its chain (a few steps at most; most forms join none).
        let shown = (0..forms.len())
            .into_par_iter()
            .map(|k| {
                let mut name = canonical[k].as_ref();
                let steps = if name == forms[k].0 { 0 } else { 4 };
                for _ in 0..steps {
                    match find(name) {
                        Some(t) if canonical[t] != name => name = canonical[t].as_ref(),
                        _ => break,
                    }
                }
                Box::from(name)
            })
            .collect();
        drop(canonical);
        Self {
            forms: forms
                .into_iter()
                .map(|(form, of)| (Box::from(form), of))
                .collect(),
            shown,
            common,
        }
    }

    /// The names, with the user's `edits` applied, each with the `figures` it is cited as the
    /// source of. Names are sorted by mentions (most first), ties by name.
    pub fn names(&self, figures: &[Figure], edits: &[NameEdit]) -> Vec<Name> {
        let forms: Vec<(&str, &FormMentions)> = (self.forms.iter())
            .map(|(form, of)| (&**form, of))
            .collect();
        let find = |form: &str| forms.binary_search_by(|(f, _)| (*f).cmp(form)).ok();
        let mut canonical: Vec<Cow<str>> = self
            .shown
            .iter()
            .map(|name| Cow::Borrowed(&**name))
            .collect();
        let common = &self.common;
        // Apply the user's edits (a variant split off is already a form of its own).
        let resolve = |canonical: &[Cow<str>], form: &str| -> String {
            find(form).map_or_else(|| form.to_string(), |k| canonical[k].to_string())
        };
        for edit in edits {
            match edit {
                NameEdit::Merge { names, into } => {
                    let targets: BTreeSet<String> =
                        names.iter().map(|n| resolve(&canonical, n)).collect();
                    for value in &mut canonical {
                        if targets.contains(value.as_ref()) || names.iter().any(|n| n == value) {
                            *value = Cow::Owned(into.clone());
                        }
                    }
                }
                NameEdit::Rename { from, to } => {
                    for value in &mut canonical {
                        if value == from {
                            *value = Cow::Owned(to.clone());
                        }
                    }
                }
                NameEdit::Split { variant, .. } => {
                    if let Some(k) = find(variant) {
                        canonical[k] = Cow::Borrowed(forms[k].0);
                    }
                }
            }
        }

        // Each name's forms, in order: forms grouped by name, names in order.
        let mut merged: Vec<(&str, usize)> = canonical
            .iter()
            .enumerate()
            .filter(|&(k, _)| !common[k])
            .map(|(k, name)| (name.as_ref(), k))
            .collect();
        merged.par_sort_unstable();
        // Figures by the name their source resolves to: the source as written, or the longest end
        // of it that is a name ("President Zelensky", "Fed Chair Jerome Powell", "Ortega").
        let mut sourced: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, figure) in figures.iter().enumerate() {
            let Some(source) = figure.source() else {
                continue;
            };
            let ends = source
                .match_indices(' ')
                .map(|(space, _)| &source[space + 1..]);
            if let Some(k) = std::iter::once(source).chain(ends).find_map(&find) {
                sourced.entry(canonical[k].to_string()).or_default().push(i);
            }
        }
        let names: Vec<Name> = merged
            .par_chunk_by(|x, y| x.0 == y.0)
            .map(|group| {
                let name = group[0].0.to_string();
                let of: Vec<(&str, &FormMentions)> = group.iter().map(|&(_, k)| forms[k]).collect();
                // The forms come in order, once each.
                let variants: Vec<String> = of.iter().map(|(f, _)| f.to_string()).collect();
                let mut mentions: Vec<Mention> = of
                    .iter()
                    .flat_map(|(_, f)| f.mentions.iter().copied())
                    .collect();
                let kind = classify(&name, &of);
                mentions.sort();
                mentions.dedup();
                let mut documents: Vec<DocId> = mentions.iter().map(|m| m.doc).collect();
                documents.dedup();
                let figures = sourced.get(&name).cloned().unwrap_or_default();
                Name {
                    name,
                    kind,
                    variants,
                    mentions,
                    documents,
                    figures,
                }
            })
            .collect();
        // The names come sorted by name, so ordering them by mentions only needs each one's count
        // and place; each is then moved once (sorting the names themselves would move each many
        // times).
        let mut order: Vec<(std::cmp::Reverse<usize>, usize)> = names
            .iter()
            .enumerate()
            .map(|(k, n)| (std::cmp::Reverse(n.mentions.len()), k))
            .collect();
        order.par_sort_unstable();
        let order: Vec<usize> = order.into_iter().map(|(_, k)| k).collect();
        let mut slots: Vec<Option<Name>> = names.into_iter().map(Some).collect();
        order.into_iter().filter_map(|k| slots[k].take()).collect()
    }
}

/// The types votes are counted for, in the order of their counts.
const VOTED: [NameType; 3] = [NameType::Person, NameType::Organisation, NameType::Place];

/// Votes over a name's mentions (given by form) for its type.
fn classify(name: &str, forms: &[(&str, &FormMentions)]) -> NameType {
    let mut votes = [0usize; 3];
    let organisation_word =
        (forms.iter()).any(|(form, _)| form.split(' ').any(is_organisation_word));
    let mentions: usize = forms.iter().map(|(_, f)| f.mentions.len()).sum();
    // A name also written in title case is written in capitals for show ("INTEL", "Intel"),
    // unless the capitals stand in running text in a quarter of its mentions or more ("NATO
    // said", "Nato allies"; not "the LORD", "UNIX" now and then beside "Unix").
    let acronym = forms.iter().any(|(form, of)| {
        !several_words(form)
            && is_acronym(form)
            && of.dateline < of.mentions.len()
            && (4 * of.capitals_in_text >= mentions
                || !title_case(form).is_some_and(|t| forms.iter().any(|(f, _)| *f == t)))
    });
    // "NHS England", "BBC Scotland": an acronym before a country or a city is a body's branch
    // there (not "US Midwest", opened by a place).
    let first_word = name.split(' ').next().unwrap_or(name);
    let last_word = name.rsplit(' ').next().unwrap_or(name);
    let branch_of_acronym = several_words(name)
        && is_acronym(first_word)
        && !known_place(first_word)
        && !matches!(first_word, "NE" | "NW" | "SE" | "SW")
        && known_place(last_word)
        && !last_word.chars().all(char::is_uppercase);
    if organisation_word || acronym || branch_of_acronym {
        votes[1] += mentions.max(1) * 2;
    }
    // "Greenpeace Spain said": a name ending with a country or a city, opened by neither a
    // given name nor a word that makes it a place ("Southern California", "New England", "Lake
    // Chad", "British India") and without "of", is no person for speaking, but an
    // organisation's branch there as often.
    let cues = |count: fn(&FormMentions) -> usize| forms.iter().map(|(_, f)| count(f)).sum();
    let speaking: usize = cues(|f| f.speaking);
    let branch = speaking > 0
        && several_words(name)
        && known_place(last_word)
        && !known_place(name)
        && !name.contains(" of ")
        && !is_given_name(first_word)
        && !lower_is(first_word, |lower| {
            lexicon::PLACE_QUALIFIERS.contains(&lower)
                || lexicon::PLACE_WORDS.contains(&lower)
                || lower == "new"
        })
        && word_facts(first_word) & fact::NOT_NAME == 0;
    // A place's name ends with what the place is ("Ravi River", "Tiananmen Square"); the
    // people with a role there work for whoever sits in it ("Downing Street spokesman").
    // So does one that opens with it before "of" ("Gulf of Mexico", "Port of Velden", "Isle of
    // Skye").
    let opened_by_place_word = name.split(' ').nth(1) == Some("of")
        && lower_is(first_word, |lower| {
            lexicon::PLACE_WORDS.contains(&lower)
                || matches!(
                    lower,
                    "port" | "isle" | "city" | "county" | "province" | "cape"
                )
        });
    let place_word = several_words(name)
        && (lower_is(last_word, |lower| lexicon::PLACE_WORDS.contains(&lower))
            || opened_by_place_word && !organisation_word);
    // "Redline Labs said", "Chelsio Communications said": a name ending with what a firm does
    // speaks as a firm ("Additional Resources", a heading, has no voice to tell it by).
    let firm = several_words(name)
        && forms.iter().any(|(form, _)| {
            (form.rsplit_once(' '))
                .is_some_and(|(_, last)| lower_is(last, |lower| BUSINESS_WORDS.contains(&lower)))
        });
    for (_, f) in forms {
        let (as_person, as_firm) = if firm {
            (0, f.speaking)
        } else {
            (f.speaking, 0)
        };
        votes[0] += 2 * f.titled + if branch { 0 } else { as_person };
        votes[1] += as_firm;
        votes[2] += f.after_place_preposition + 2 * f.dateline;
        votes[1] += 2 * f.after_organisation_word + if place_word { 0 } else { 2 * f.employer };
        for (vote, described) in votes.iter_mut().zip(f.described) {
            *vote += 2 * described;
        }
    }
    // A given name makes no person of a firm that people work at ("analysts at Morgan
    // Stanley") in a third of its mentions or more, unless a title or a description says it is
    // one.
    let person_cues: usize = cues(|f| f.titled + f.described[0]);
    let organisation_cues: usize =
        cues(|f| f.after_organisation_word + f.employer + f.described[1]);
    if place_word {
        votes[2] += mentions * 2;
    } else if person_shaped(name) && (person_cues > 0 || 3 * organisation_cues < mentions) {
        votes[0] += mentions * 2;
    }
    // A known place outweighs the organisation word of "Soviet Union" and the acronym "US".
    if known_place(name) || forms.iter().any(|(form, _)| known_place(form)) {
        votes[2] += mentions * 3;
    }
    // "Storm Hilde", "Operation Sandcastle": an event's name is no place for the weather or the
    // fighting in it ("rain from Storm Hilde"), though a charity may be so named ("Operation
    // Smile said").
    if several_words(name) && lower_is(first_word, |l| lexicon::EVENT_WORDS.contains(&l)) {
        votes[2] = 0;
    }
    let best = votes.iter().max().copied().unwrap_or(0);
    if best == 0 || votes.iter().filter(|&&v| v == best).count() > 1 {
        return NameType::Unknown;
    }
    (votes.iter().position(|&v| v == best))
        .and_then(|k| VOTED.get(k).copied())
        .unwrap_or(NameType::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::index::Starts;
    use crate::engine::segment::Span;

    #[test]
    fn inside_counts_leave_out_sentence_starts_and_words_outside_sentences() {
        let text = "Alpha beta. Gamma beta alpha. Zeta";
        // Alpha, beta, Gamma, alpha and Zeta are surfaces 0 to 4; "Zeta" is in no sentence.
        let tokens = DocTokens {
            surfaces: vec![0, 1, 2, 1, 3, 4],
            starts: Starts::new(vec![0, 6, 12, 18, 23, 30], text.len()),
        };
        let document = Document::of_text(
            text,
            vec![Span::new(0, 34)],
            vec![Span::new(0, 11), Span::new(12, 29)],
        );
        let index = Index {
            docs: vec![tokens],
            ..Index::default()
        };
        let mut seen = vec![0; 5];
        count_inside_sentences(&document, &index, 1, &mut seen);
        assert_eq!(seen, [0, 2, 0, 1, 0]);
        let mut sentences = Vec::new();
        for_each_sentence(&document, index.doc(0), |s| sentences.push(s));
        assert_eq!(sentences, [0..2, 2..5]);
    }

    #[test]
    fn a_written_word_gives_the_facts_the_name_rules_test() {
        let has = |word: &str, bits: u32| word_facts(word) & bits == bits;
        assert!(has("Putin's", fact::CAPITALISED | fact::POSSESSIVE));
        assert!(has("Dr.", fact::CAPITALISED | fact::TITLE_DOTTED));
        assert!(!has("Dr.", fact::TITLE));
        assert!(has("President", fact::TITLE | fact::TITLE_DOTTED));
        assert!(has("CSIS", fact::CAPITALISED | fact::ACRONYM));
        assert!(has("Ministry", fact::ORGANISATION_WORD));
        assert!(has("In", fact::PLACE_BEFORE | fact::FUNCTION));
        assert!(has("outlet", fact::ORGANISATION_BEFORE));
        assert!(has("of", fact::CONNECTOR) && !has("Of", fact::CONNECTOR));
        assert!(has("Tuesday", fact::NOT_NAME));
        assert!(has("F", fact::ABBREVIATION) && has("U.S", fact::ABBREVIATION));
        assert!(has("Dr", fact::ABBREVIATION) && !has("Kennedy", fact::ABBREVIATION));
        assert!(has("said", fact::SPEECH) && has("Told", fact::SPEECH));
        assert!(has("Analysts", fact::PERSON_PLURAL | fact::NOT_NAME));
        assert!(has("Palestinians", fact::NOT_NAME));
        assert!(has("al-Hayya", fact::CAPITALISED) && !has("al-qaeda", fact::CAPITALISED));
        assert!(!has("Republicans", fact::NOT_NAME));
        assert!(!has("analyst", fact::PERSON_PLURAL) && has("analyst", fact::PERSON_NOUN));
        assert_eq!(word_facts("trenches"), 0);
    }
}
