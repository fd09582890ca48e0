//! Word lists for figure extraction, written for this project: number words, scales, hedges,
//! units, currencies, months, verbs with their lemmas, attribution cues. Each list is written
//! as a slice and used as a hash set or map.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

/// Cardinal number words and their values.
const CARDINALS_LIST: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Scale words (as separate words or glued to digits, "1.2million", "$1.5bn", "£300m").
const SCALES_LIST: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("k", 1e3),
    ("million", 1e6),
    ("mn", 1e6),
    ("m", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("b", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
];

/// Ordinal words and their values.
const ORDINALS_LIST: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fifteenth", 15.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fiftieth", 50.0),
    ("hundredth", 100.0),
];

/// Fraction words ("a third of", "two-thirds") and their values as shares of one.
const FRACTIONS_LIST: &[(&str, f64)] = &[
    ("half", 0.5),
    ("halves", 0.5),
    ("third", 1.0 / 3.0),
    ("thirds", 1.0 / 3.0),
    ("quarter", 0.25),
    ("quarters", 0.25),
    ("fifth", 0.2),
    ("fifths", 0.2),
    ("tenth", 0.1),
    ("tenths", 0.1),
];

/// Plural number words that make a vague count ("hundreds of thousands", "dozens").
const VAGUE_LIST: &[&str] = &[
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "tens",
    "millions",
    "billions",
];

/// Words that label a following number rather than count something ("Article 337", "page 4").
const LABELS_LIST: &[&str] = &[
    "annex",
    "appendix",
    "article",
    "chapter",
    "chart",
    "clause",
    "episode",
    "exhibit",
    "fig",
    "figure",
    "flight",
    "gate",
    "item",
    "level",
    "line",
    "no",
    "nos",
    "number",
    "p",
    "page",
    "paragraph",
    "part",
    "phase",
    "platform",
    "pp",
    "room",
    "route",
    "section",
    "season",
    "step",
    "table",
    "v",
    "version",
    "vol",
    "volume",
    "windows",
    "ward",
    "zone",
];

/// Capitalised words that do not make the next number a label ("In 2024", "Over 20,000").
const CAPITALISED_FUNCTION_WORDS_LIST: &[&str] = &[
    "finally",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "however",
    "meanwhile",
    "instead",
    "where",
    "if",
    "when",
    "while",
    "yet",
    "although",
    "though",
    "because",
    "there",
    "here",
    "what",
    "who",
    "which",
    "why",
    "how",
    "no",
    "not",
    "even",
    "still",
    "then",
    "now",
    "all",
    "a",
    "about",
    "according",
    "after",
    "almost",
    "also",
    "an",
    "and",
    "around",
    "as",
    "at",
    "before",
    "between",
    "but",
    "by",
    "during",
    "each",
    "for",
    "from",
    "he",
    "her",
    "his",
    "i",
    "in",
    "it",
    "its",
    "just",
    "many",
    "more",
    "most",
    "nearly",
    "of",
    "on",
    "only",
    "or",
    "over",
    "roughly",
    "she",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "these",
    "they",
    "this",
    "those",
    "to",
    "under",
    "until",
    "up",
    "we",
    "with",
    "within",
];

/// Month names (and common abbreviations) with their numbers.
const MONTHS_LIST: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Hedges before a figure, longest first, with their normalised qualifier.
pub const QUALIFIERS: &[(&[&str], &str)] = &[
    (&["no", "fewer", "than"], "at least"),
    (&["no", "more", "than"], "up to"),
    (&["in", "excess", "of"], "over"),
    (&["as", "many", "as"], "as many as"),
    (&["as", "much", "as"], "as many as"),
    (&["as", "few", "as"], "exactly"),
    (&["more", "than"], "more than"),
    (&["fewer", "than"], "fewer than"),
    (&["less", "than"], "less than"),
    (&["at", "least"], "at least"),
    (&["at", "most"], "up to"),
    (&["up", "to"], "up to"),
    (&["close", "to"], "nearly"),
    (&["upwards", "of"], "over"),
    (&["just", "over"], "over"),
    (&["well", "over"], "over"),
    (&["just", "under"], "less than"),
    (&["well", "above"], "over"),
    (&["far", "above"], "over"),
    (&["well", "under"], "less than"),
    (&["an", "estimated"], "approximately"),
    (&["over"], "over"),
    (&["above"], "over"),
    (&["nearly"], "nearly"),
    (&["almost"], "almost"),
    (&["about"], "about"),
    (&["roughly"], "about"),
    (&["approximately"], "approximately"),
    (&["approx"], "approximately"),
    (&["estimated"], "approximately"),
    (&["around"], "around"),
    (&["some"], "some"),
    (&["under"], "less than"),
    (&["exactly"], "exactly"),
    (&["precisely"], "exactly"),
];

/// Time units for durations and ages, with their singular form.
const TIME_UNITS_LIST: &[(&str, &str)] = &[
    ("second", "second"),
    ("seconds", "second"),
    ("minute", "minute"),
    ("minutes", "minute"),
    ("hour", "hour"),
    ("hours", "hour"),
    ("day", "day"),
    ("days", "day"),
    ("week", "week"),
    ("weeks", "week"),
    ("month", "month"),
    ("months", "month"),
    ("year", "year"),
    ("years", "year"),
    ("decade", "decade"),
    ("decades", "decade"),
    ("century", "century"),
    ("centuries", "century"),
];

/// Currency symbols and their ISO codes.
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₽", "RUB"),
    ("₴", "UAH"),
];

/// Currency words and codes after or before a number, and their ISO codes.
const CURRENCY_WORDS_LIST: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("usd", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("eur", "EUR"),
    ("pound", "GBP"),
    ("pounds", "GBP"),
    ("gbp", "GBP"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("rub", "RUB"),
    ("hryvnia", "UAH"),
    ("hryvnias", "UAH"),
    ("hryvnias", "UAH"),
    ("uah", "UAH"),
    ("yuan", "CNY"),
    ("yen", "JPY"),
];

/// Verbs (and nominalisations) that state what a figure is about, with their lemma.
pub const PREDICATES: &[(&str, &[&str])] = &[
    ("arrest", &["arrest", "arrests", "arrested", "arresting"]),
    ("capture", &["capture", "captures", "captured", "capturing"]),
    ("charge", &["charge", "charges", "charged", "charging"]),
    (
        "convict",
        &[
            "convict",
            "convicts",
            "convicted",
            "convicting",
            "conviction",
            "convictions",
        ],
    ),
    ("deploy", &["deploy", "deploys", "deployed", "deploying"]),
    (
        "desert",
        &[
            "desert",
            "deserts",
            "deserted",
            "deserting",
            "desertion",
            "desertions",
            "deserters",
        ],
    ),
    ("detain", &["detain", "detains", "detained", "detaining"]),
    ("die", &["die", "dies", "died", "dying"]),
    (
        "execute",
        &["execute", "executes", "executed", "executing", "executions"],
    ),
    ("flee", &["flee", "flees", "fled", "fleeing"]),
    (
        "imprison",
        &["imprison", "imprisons", "imprisoned", "imprisoning"],
    ),
    ("injure", &["injure", "injures", "injured", "injuring"]),
    ("jail", &["jail", "jails", "jailed", "jailing"]),
    ("kill", &["kill", "kills", "killed", "killing", "killings"]),
    (
        "mobilise",
        &[
            "mobilise",
            "mobilised",
            "mobilize",
            "mobilized",
            "mobilising",
            "mobilizing",
        ],
    ),
    ("open", &["open", "opened", "opens"]),
    ("pardon", &["pardon", "pardons", "pardoned", "pardoning"]),
    (
        "prosecute",
        &[
            "prosecute",
            "prosecutes",
            "prosecuted",
            "prosecuting",
            "prosecution",
            "prosecutions",
        ],
    ),
    ("punish", &["punish", "punishes", "punished", "punishing"]),
    (
        "recruit",
        &[
            "recruit",
            "recruits",
            "recruited",
            "recruiting",
            "recruitment",
        ],
    ),
    ("sentence", &["sentenced"]),
    (
        "surrender",
        &["surrender", "surrenders", "surrendered", "surrendering"],
    ),
    ("wound", &["wound", "wounds", "wounded", "wounding"]),
];

/// Verbs that attribute a claim to the subject before them ("Mediazona found", "X said").
const SPEECH_VERBS_LIST: &[&str] = &[
    "according",
    "argued",
    "argues",
    "believes",
    "calculated",
    "calculates",
    "claim",
    "claimed",
    "claims",
    "compiled",
    "concluded",
    "counted",
    "counts",
    "documented",
    "estimate",
    "estimated",
    "estimates",
    "found",
    "finds",
    "identified",
    "put",
    "puts",
    "recorded",
    "reported",
    "reports",
    "said",
    "say",
    "says",
    "stated",
    "states",
    "tallied",
    "told",
    "verified",
    "wrote",
    "write",
    "writes",
];

/// Attribution verbs that are never nouns, so they end a counted phrase.
const VERB_ONLY_SPEECH_LIST: &[&str] = &[
    "argued",
    "believes",
    "claimed",
    "concluded",
    "found",
    "said",
    "says",
    "stated",
    "told",
    "wrote",
];

/// Nouns after which "by X" or "of X" names a source ("a report by", "the count of").
const SOURCE_NOUNS_LIST: &[&str] = &[
    "analysis",
    "count",
    "data",
    "estimate",
    "estimates",
    "figures",
    "investigation",
    "report",
    "research",
    "review",
    "statistics",
    "study",
    "survey",
    "tally",
];

/// Generic subjects that stand for a source named earlier ("the outlet found").
const GENERIC_SOURCES_LIST: &[&str] = &[
    "outlet",
    "report",
    "group",
    "researchers",
    "investigators",
    "officials",
    "analysts",
    "ministry",
    "newspaper",
    "agency",
    "authors",
    "study",
    "organisation",
    "organization",
];

/// Words that can stand between a number and what it counts without being part of it.
const COUNT_MODIFIERS_LIST: &[&str] = &[
    "more",
    "additional",
    "extra",
    "other",
    "further",
    "new",
    "such",
];

/// Words that stop a counted noun phrase: function words, auxiliaries, relatives.
const PHRASE_STOPS_LIST: &[&str] = &[
    "every",
    "goes",
    "says",
    "shows",
    "remains",
    "seems",
    "means",
    "needs",
    "makes",
    "takes",
    "gets",
    "comes",
    "falls",
    "rises",
    "runs",
    "stands",
    "lives",
    "works",
    "lost",
    "fled",
    "went",
    "came",
    "left",
    "got",
    "made",
    "took",
    "saw",
    "began",
    "became",
    "fell",
    "rose",
    "ran",
    "stood",
    "won",
    "gave",
    "kept",
    "held",
    "brought",
    "never",
    "still",
    "already",
    "a",
    "about",
    "above",
    "across",
    "after",
    "against",
    "all",
    "also",
    "am",
    "among",
    "an",
    "and",
    "any",
    "are",
    "around",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "either",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "how",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "last",
    "least",
    "like",
    "may",
    "might",
    "more",
    "most",
    "must",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "one",
    "only",
    "or",
    "our",
    "out",
    "over",
    "per",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "under",
    "until",
    "up",
    "upon",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "alone",
    "each",
    "apiece",
    "total",
    "so-called",
    "a",
    "month",
    "year",
    "week",
    "day",
];

/// Plural nouns that do not end in "s".
const IRREGULAR_PLURALS_LIST: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "police",
    "personnel",
    "staff",
    "servicemen",
    "cattle",
];

/// Verbs that link a counted subject to a later number ("casualties numbered 600,000").
const LINKING_VERBS_LIST: &[&str] = &[
    "amounted",
    "are",
    "at",
    "exceeded",
    "hit",
    "is",
    "numbered",
    "number",
    "numbers",
    "of",
    "reached",
    "rose",
    "stood",
    "stands",
    "to",
    "topped",
    "totalled",
    "totaled",
    "totalling",
    "was",
    "were",
    "fell",
    "passed",
    "roughly",
];

/// Words for a rate period ("a month", "per year", "monthly").
const RATE_WORDS_LIST: &[(&str, &str)] = &[
    ("daily", "per day"),
    ("weekly", "per week"),
    ("monthly", "per month"),
    ("yearly", "per year"),
    ("annually", "per year"),
];

/// Groups of counted heads that name the same thing.
pub const SAME_THING: &[&[&str]] = &[
    &[
        "soldier",
        "serviceman",
        "servicemen",
        "troop",
        "troops",
        "military personnel",
        "personnel",
        "service member",
        "fighter",
        "combatant",
    ],
    &["casualty", "casualties", "losses"],
    &["inmate", "prisoner", "convict", "prison inmate"],
    &["death", "dead", "fatality", "fatalities"],
];

/// Looks `word` up in a word table.
pub fn lookup<T: Copy>(table: &FxHashMap<&'static str, T>, word: &str) -> Option<T> {
    table.get(word).copied()
}

/// Each form in [`PREDICATES`] with its lemma.
static PREDICATE_FORMS: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    PREDICATES
        .iter()
        .flat_map(|(lemma, forms)| forms.iter().map(move |form| (*form, *lemma)))
        .collect()
});

/// The lemma of a predicate form, if `word` is one.
pub fn predicate_lemma(word: &str) -> Option<&'static str> {
    PREDICATE_FORMS.get(word).copied()
}

/// [`VAGUE_LIST`] as a set.
pub static VAGUE: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| VAGUE_LIST.iter().copied().collect());

/// [`LABELS_LIST`] as a set.
pub static LABELS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| LABELS_LIST.iter().copied().collect());

/// [`CAPITALISED_FUNCTION_WORDS_LIST`] as a set.
pub static CAPITALISED_FUNCTION_WORDS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| CAPITALISED_FUNCTION_WORDS_LIST.iter().copied().collect());

/// [`SPEECH_VERBS_LIST`] as a set.
pub static SPEECH_VERBS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| SPEECH_VERBS_LIST.iter().copied().collect());

/// [`VERB_ONLY_SPEECH_LIST`] as a set.
pub static VERB_ONLY_SPEECH: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| VERB_ONLY_SPEECH_LIST.iter().copied().collect());

/// [`SOURCE_NOUNS_LIST`] as a set.
pub static SOURCE_NOUNS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| SOURCE_NOUNS_LIST.iter().copied().collect());

/// [`GENERIC_SOURCES_LIST`] as a set.
pub static GENERIC_SOURCES: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| GENERIC_SOURCES_LIST.iter().copied().collect());

/// [`COUNT_MODIFIERS_LIST`] as a set.
pub static COUNT_MODIFIERS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| COUNT_MODIFIERS_LIST.iter().copied().collect());

/// [`PHRASE_STOPS_LIST`] as a set.
pub static PHRASE_STOPS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| PHRASE_STOPS_LIST.iter().copied().collect());

/// [`IRREGULAR_PLURALS_LIST`] as a set.
pub static IRREGULAR_PLURALS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| IRREGULAR_PLURALS_LIST.iter().copied().collect());

/// [`LINKING_VERBS_LIST`] as a set.
pub static LINKING_VERBS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| LINKING_VERBS_LIST.iter().copied().collect());

/// [`CARDINALS_LIST`] as a map.
pub static CARDINALS: LazyLock<FxHashMap<&'static str, f64>> =
    LazyLock::new(|| CARDINALS_LIST.iter().copied().collect());

/// [`SCALES_LIST`] as a map.
pub static SCALES: LazyLock<FxHashMap<&'static str, f64>> =
    LazyLock::new(|| SCALES_LIST.iter().copied().collect());

/// [`ORDINALS_LIST`] as a map.
pub static ORDINALS: LazyLock<FxHashMap<&'static str, f64>> =
    LazyLock::new(|| ORDINALS_LIST.iter().copied().collect());

/// [`FRACTIONS_LIST`] as a map.
pub static FRACTIONS: LazyLock<FxHashMap<&'static str, f64>> =
    LazyLock::new(|| FRACTIONS_LIST.iter().copied().collect());

/// [`MONTHS_LIST`] as a map.
pub static MONTHS: LazyLock<FxHashMap<&'static str, u32>> =
    LazyLock::new(|| MONTHS_LIST.iter().copied().collect());

/// [`TIME_UNITS_LIST`] as a map.
pub static TIME_UNITS: LazyLock<FxHashMap<&'static str, &'static str>> =
    LazyLock::new(|| TIME_UNITS_LIST.iter().copied().collect());

/// [`CURRENCY_WORDS_LIST`] as a map.
pub static CURRENCY_WORDS: LazyLock<FxHashMap<&'static str, &'static str>> =
    LazyLock::new(|| CURRENCY_WORDS_LIST.iter().copied().collect());

/// [`RATE_WORDS_LIST`] as a map.
pub static RATE_WORDS: LazyLock<FxHashMap<&'static str, &'static str>> =
    LazyLock::new(|| RATE_WORDS_LIST.iter().copied().collect());

/// Words a figure can start with: number words, months, articles ("a dozen"), "half", "minus".
/// Dates that open with other words ("the end of May") are found from their month.
pub static STARTERS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    let words = CARDINALS_LIST
        .iter()
        .map(|(w, _)| *w)
        .chain(ORDINALS_LIST.iter().map(|(w, _)| *w))
        .chain(FRACTIONS_LIST.iter().map(|(w, _)| *w))
        .chain(MONTHS_LIST.iter().map(|(w, _)| *w))
        .chain(VAGUE_LIST.iter().copied());
    words.chain(["a", "an", "half", "minus", "dozen"]).collect()
});
