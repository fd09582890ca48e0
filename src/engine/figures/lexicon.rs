//! Word lists for figure extraction, written for this project: number words, scales, hedges,
//! units, currencies, months, verbs with their lemmas, attribution cues. Each list is written
//! as a slice and used as a hash map, or through [`classes`]: one lookup gives every list a
//! word is in.

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
    // "the savings are closer to €2.5 billion": nearer the truth, either way.
    (&["closer", "to"], "about"),
    (&["nearer", "to"], "about"),
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

/// Units of measure after a count, with the unit's name: a count in them measures what the
/// sentence names before it ("peak demand reached 41,200 megawatts"). Degrees are not among
/// them: a temperature is read by its scale ("39.8C", "40 degrees Celsius"; angles have none),
/// and compared with no other ([`super::groups`]).
const MEASURE_UNITS_LIST: &[(&str, &str)] = &[
    ("megawatt", "megawatt"),
    ("megawatts", "megawatt"),
    ("mw", "megawatt"),
    ("gigawatt", "gigawatt"),
    ("gigawatts", "gigawatt"),
    ("gw", "gigawatt"),
    ("kilowatt", "kilowatt"),
    ("kilowatts", "kilowatt"),
    ("kw", "kilowatt"),
    ("twh", "terawatt hour"),
    ("gwh", "gigawatt hour"),
    ("mwh", "megawatt hour"),
    ("kwh", "kilowatt hour"),
    ("tonne", "tonne"),
    ("tonnes", "tonne"),
    ("ton", "tonne"),
    ("tons", "tonne"),
    ("barrel", "barrel"),
    ("barrels", "barrel"),
    ("kilometre", "kilometre"),
    ("kilometres", "kilometre"),
    ("kilometer", "kilometre"),
    ("kilometers", "kilometre"),
    ("km", "kilometre"),
    ("mile", "mile"),
    ("miles", "mile"),
    ("mph", "mile per hour"),
    ("kph", "kilometre per hour"),
    ("kmh", "kilometre per hour"),
    ("knot", "knot"),
    ("knots", "knot"),
    ("metre", "metre"),
    ("metres", "metre"),
    ("meter", "metre"),
    ("meters", "metre"),
    ("litre", "litre"),
    ("litres", "litre"),
    ("liter", "litre"),
    ("liters", "litre"),
    ("gallon", "gallon"),
    ("gallons", "gallon"),
    ("hectare", "hectare"),
    ("hectares", "hectare"),
    ("acre", "acre"),
    ("acres", "acre"),
    ("kilogram", "kilogram"),
    ("kilograms", "kilogram"),
    ("kg", "kilogram"),
    ("millimetre", "millimetre"),
    ("millimetres", "millimetre"),
    ("millimeter", "millimetre"),
    ("millimeters", "millimetre"),
    ("mm", "millimetre"),
    ("centimetre", "centimetre"),
    ("centimetres", "centimetre"),
    ("centimeter", "centimetre"),
    ("centimeters", "centimetre"),
    ("cm", "centimetre"),
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

/// Currency words and codes after or before a number, and their ISO codes: not words that name
/// several currencies ("crowns", "kroner", "francs", "rupees", "pesos", "dinars").
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
    ("cny", "CNY"),
    ("yen", "JPY"),
    ("jpy", "JPY"),
    ("chf", "CHF"),
    ("nok", "NOK"),
    ("kronor", "SEK"),
    ("sek", "SEK"),
    ("dkk", "DKK"),
    ("zloty", "PLN"),
    ("zlotys", "PLN"),
    ("zlotych", "PLN"),
    ("pln", "PLN"),
    ("forint", "HUF"),
    ("forints", "HUF"),
    ("huf", "HUF"),
    ("koruna", "CZK"),
    ("korunas", "CZK"),
    ("czk", "CZK"),
    ("lira", "TRY"),
    ("liras", "TRY"),
    ("inr", "INR"),
    ("rand", "ZAR"),
    ("zar", "ZAR"),
    ("reais", "BRL"),
    ("brl", "BRL"),
    ("shekel", "ILS"),
    ("shekels", "ILS"),
    ("ils", "ILS"),
    ("naira", "NGN"),
    ("ngn", "NGN"),
    ("aud", "AUD"),
    ("cad", "CAD"),
    // (Not "lev" alone, a field's name in register tables: "Lev=01".)
    ("leva", "BGN"),
    ("levs", "BGN"),
    ("bgn", "BGN"),
    ("rupiah", "IDR"),
    ("idr", "IDR"),
    ("ringgit", "MYR"),
    ("myr", "MYR"),
    ("baht", "THB"),
    ("thb", "THB"),
    ("tenge", "KZT"),
    ("kzt", "KZT"),
    ("krw", "KRW"),
    ("hkd", "HKD"),
    ("sgd", "SGD"),
    ("nzd", "NZD"),
    ("mxn", "MXN"),
];

/// The claim of people said to be missing: a state, said of what comes before it.
pub const MISSING: &str = "missing";

/// Verbs (and nominalisations) that state what a figure is about, with their lemma.
pub const PREDICATES: &[(&str, &[&str])] = &[
    // "as many as 750 people were aboard"; also "on board" ([`super::view::View::predicate`]).
    ("aboard", &["aboard"]),
    ("arrest", &["arrest", "arrests", "arrested", "arresting"]),
    // Also "took part", "turned out" and "joined the march" ([`super::view::View::predicate`]).
    (
        "attend",
        &[
            "attend",
            "attends",
            "attended",
            "attending",
            "marched",
            "rallied",
        ],
    ),
    // Not "burn" or "burns", more often a noun ("treated for burns").
    ("burn", &["burned", "burnt"]),
    (
        "cancel",
        &[
            "cancel",
            "cancels",
            "cancelled",
            "canceled",
            "cancelling",
            "canceling",
            "cancellations",
        ],
    ),
    ("capture", &["capture", "captures", "captured", "capturing"]),
    // Jobs cut: "will cut 12,000 jobs", "plans to eliminate 15,000 jobs", "to shed 15,000".
    (
        "cut",
        &[
            "axe",
            "axed",
            "axing",
            "cut",
            "cutting",
            "eliminate",
            "eliminates",
            "eliminated",
            "eliminating",
            "layoffs",
            "lay-offs",
            "redundancies",
            "shed",
            "sheds",
            "shedding",
            "slashed",
            "slashing",
        ],
    ),
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
    // Not "damage" itself, more often a noun ("damage is estimated at…").
    ("damage", &["damaged"]),
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
    (
        "destroy",
        &["destroy", "destroys", "destroyed", "destroying"],
    ),
    ("detain", &["detain", "detains", "detained", "detaining"]),
    ("die", &["die", "dies", "died", "dying", "drowned"]),
    // "Halden employs 12,500 people", "which employs about 11,000 people in Britain".
    ("employ", &["employ", "employs", "employing"]),
    (
        "displace",
        &["displace", "displaces", "displaced", "displacing"],
    ),
    (
        "evacuate",
        &["evacuate", "evacuates", "evacuated", "evacuating"],
    ),
    (
        "execute",
        &["execute", "executes", "executed", "executing", "executions"],
    ),
    // Records or people whose data were laid open: "exposed the records of 4.3m people".
    (
        "expose",
        &["expose", "exposes", "exposed", "exposing", "leaked"],
    ),
    ("flee", &["flee", "flees", "fled", "fleeing"]),
    // "35,000 people were left homeless", "40,000 homeless".
    ("homeless", &["homeless"]),
    (
        "hospitalise",
        &["hospitalise", "hospitalised", "hospitalize", "hospitalized"],
    ),
    ("infect", &["infect", "infects", "infected", "infecting"]),
    (
        "imprison",
        &["imprison", "imprisons", "imprisoned", "imprisoning"],
    ),
    (
        "injure",
        &["injure", "injures", "injured", "injuring", "hurt"],
    ),
    ("jail", &["jail", "jails", "jailed", "jailing"]),
    ("kill", &["kill", "kills", "killed", "killing", "killings"]),
    // "about 20 people were still missing", "23 people were reported missing".
    (MISSING, &["missing"]),
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
    // "78 bodies were recovered"; not "recover", more often a promise ("to recover costs").
    ("recover", &["recovered"]),
    // Not "rescue" itself, more often a noun ("a rescue disk").
    ("rescue", &["rescued", "rescuing"]),
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
    // "stole the data of 4.3 million customers", "had their personal data stolen".
    ("steal", &["steal", "steals", "stole", "stolen", "stealing"]),
    (
        "surrender",
        &["surrender", "surrenders", "surrendered", "surrendering"],
    ),
    // "7.8 million people waiting for treatment", "on the waiting list", "had waited longer than
    // 52 weeks" (not "wait", more often a noun: "a four-hour wait").
    ("wait", &["waiting", "waited"]),
    ("wound", &["wound", "wounds", "wounded", "wounding"]),
];

/// Verbs that attribute a claim to the subject before them ("Mediazona found", "X said").
const SPEECH_VERBS_LIST: &[&str] = &[
    "according",
    "announced",
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
    "warned",
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
    "poll",
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
    "charity",
    "commission",
    "company",
    "institute",
];

/// Words that can stand between a subject and its speech verb ("the report also estimates").
const BEFORE_VERB_LIST: &[&str] = &[
    "also",
    "further",
    "now",
    "later",
    "earlier",
    "separately",
    "previously",
    "again",
    "has",
    "have",
    "had",
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
    "behind",
    "being",
    "below",
    "beneath",
    "between",
    "beyond",
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
    "well",
    "far",
    "just",
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
    "stand",
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
    "peaked",
    "climbed",
    "jumped",
    "soared",
    "dropped",
    "averaged",
    "hits",
    "reaches",
    "tops",
    "cost",
    "costs",
    "fallen",
    "risen",
    "grown",
    // Headlines: "Death toll rises to 2,316".
    "rises",
    "falls",
    "climbs",
    "drops",
    "jumps",
    "soars",
    "grows",
    "peaks",
    // And with a plural subject: "Measles cases climb to 1,240" (verbs seldom nouns).
    "climb",
    "grow",
    "reach",
    "soar",
    // "Admissions tripled to 640".
    "doubled",
    "halved",
    "quadrupled",
    "tripled",
];

/// Words for a rate period ("a month", "per year", "monthly").
const RATE_WORDS_LIST: &[(&str, &str)] = &[
    ("daily", "per day"),
    ("weekly", "per week"),
    ("monthly", "per month"),
    ("yearly", "per year"),
    ("annually", "per year"),
];

/// Words before a month or year that make it a date: "in 2024", "since May".
const DATE_PREPOSITIONS_LIST: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "before",
    "after",
    "from",
    "during",
    "through",
    "throughout",
    "of",
    "early",
    "late",
    "mid",
    "year",
    "between",
    "to",
    "around",
];

/// Nationality words, which are not sources or names ("Russian soldiers"), beside the
/// nationalities names are told from ([`crate::engine::names::lexicon::NATIONALITIES`]).
const DEMONYMS_LIST: &[&str] = &["western", "russians", "ukrainians"];

/// Words that open a period: "a month", "per day", "in 2024", "since May", "this year".
const PERIOD_CUES_LIST: &[&str] = &[
    "a",
    "an",
    "per",
    "each",
    "every",
    "in",
    "since",
    "by",
    "until",
    "during",
    "before",
    "after",
    "through",
    "throughout",
    "for",
    "this",
    "last",
    "next",
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
    &[
        "death",
        "dead",
        "fatality",
        "fatalities",
        "death toll",
        "toll",
    ],
    &[
        "unemployment",
        "unemployment rate",
        "jobless rate",
        "joblessness",
    ],
    &["inflation", "inflation rate"],
    // Money given: "$12m in emergency funds", "twelve million dollars in aid".
    &["aid", "assistance", "fund", "funds", "funding"],
    // Jobs a firm cuts: "4,200 jobs", "5,000 layoffs", "600 redundancies".
    &[
        "job",
        "jobs",
        "layoff",
        "layoffs",
        "lay-off",
        "lay-offs",
        "redundancy",
        "redundancies",
    ],
    // A firm's people: "8% of its workforce", "10 per cent of its staff".
    &[
        "workforce",
        "staff",
        "employee",
        "employees",
        "worker",
        "workers",
    ],
    &[
        "people",
        "person",
        "resident",
        "inhabitant",
        // Who took part in a march, and the crowd they made.
        "crowd",
        "demonstrator",
        "marcher",
        "participant",
        "protester",
        "protestor",
    ],
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

/// Acronyms written like a function word in capitals ("the WHO said", "US officials"): names,
/// though "who" and "us" are not.
pub const ACRONYMS_LIKE_FUNCTION_WORDS: &[&str] = &["WHO", "US"];

/// [`CAPITALISED_FUNCTION_WORDS_LIST`] as a set.
pub static CAPITALISED_FUNCTION_WORDS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| CAPITALISED_FUNCTION_WORDS_LIST.iter().copied().collect());

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

/// [`MEASURE_UNITS_LIST`] as a map.
pub static MEASURE_UNITS: LazyLock<FxHashMap<&'static str, &'static str>> =
    LazyLock::new(|| MEASURE_UNITS_LIST.iter().copied().collect());

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
    let words = keys(CARDINALS_LIST)
        .chain(keys(ORDINALS_LIST))
        .chain(keys(FRACTIONS_LIST))
        .chain(keys(MONTHS_LIST))
        .chain(VAGUE_LIST.iter().copied());
    words.chain(["a", "an", "half", "minus", "dozen"]).collect()
});

/// Bits for the word lists a word is in ([`classes`]), so that a rule tests a bit known per
/// surface form instead of hashing the word again for each list.
pub mod class {
    /// A form of a claim verb ([`super::predicate_lemma`]).
    pub const PREDICATE: u32 = 1;
    /// A month name.
    pub const MONTH: u32 = 1 << 1;
    /// A word that can open a period ("per", "in", "monthly").
    pub const PERIOD_CUE: u32 = 1 << 2;
    /// The last word of a hedge ("than", "over", "least").
    pub const QUALIFIER_END: u32 = 1 << 3;
    /// A currency word ("roubles").
    pub const CURRENCY: u32 = 1 << 4;
    /// A unit of time ("months").
    pub const TIME_UNIT: u32 = 1 << 5;
    /// A noun that names a source ("report", "estimate").
    pub const SOURCE_NOUN: u32 = 1 << 6;
    /// A speech or finding verb ("said", "found").
    pub const SPEECH_VERB: u32 = 1 << 7;
    /// A speech verb that is never a noun.
    pub const VERB_ONLY_SPEECH: u32 = 1 << 8;
    /// A word standing for a source named before ("the outlet").
    pub const GENERIC_SOURCE: u32 = 1 << 9;
    /// A label before a number that is not a figure ("Article", "Windows").
    pub const LABEL: u32 = 1 << 10;
    /// A word that ends a counted phrase.
    pub const PHRASE_STOP: u32 = 1 << 11;
    /// A word between a number and what it counts ("more", "additional").
    pub const COUNT_MODIFIER: u32 = 1 << 12;
    /// A plural without a final s ("people", "children").
    pub const IRREGULAR_PLURAL: u32 = 1 << 13;
    /// A verb linking a counted thing to its number ("numbered", "stood").
    pub const LINKING_VERB: u32 = 1 << 14;
    /// A scale word ("million", "bn").
    pub const SCALE: u32 = 1 << 15;
    /// A fraction word ("third", "half").
    pub const FRACTION: u32 = 1 << 16;
    /// A vague count ("thousands").
    pub const VAGUE: u32 = 1 << 17;
    /// A nationality word ("Russian").
    pub const DEMONYM: u32 = 1 << 18;
    /// A word before a month or year that makes it a date ("since").
    pub const DATE_PREPOSITION: u32 = 1 << 19;
    /// A word between a subject and its speech verb ("also", "has").
    pub const BEFORE_VERB: u32 = 1 << 20;
}

/// Every listed word with the [`class`] bits of the lists it is in.
static WORD_CLASSES: LazyLock<FxHashMap<&'static str, u32>> = LazyLock::new(|| {
    let mut classes: FxHashMap<&'static str, u32> = FxHashMap::default();
    let forms = PREDICATES
        .iter()
        .flat_map(|(_, forms)| forms.iter().copied());
    mark(&mut classes, forms, class::PREDICATE);
    mark(&mut classes, keys(MONTHS_LIST), class::MONTH);
    let rates = keys(RATE_WORDS_LIST);
    mark(
        &mut classes,
        PERIOD_CUES_LIST.iter().copied().chain(rates),
        class::PERIOD_CUE,
    );
    let ends = QUALIFIERS
        .iter()
        .filter_map(|(words, _)| words.last().copied());
    mark(&mut classes, ends, class::QUALIFIER_END);
    mark(&mut classes, keys(CURRENCY_WORDS_LIST), class::CURRENCY);
    mark(&mut classes, keys(TIME_UNITS_LIST), class::TIME_UNIT);
    mark(&mut classes, keys(SCALES_LIST), class::SCALE);
    mark(&mut classes, keys(FRACTIONS_LIST), class::FRACTION);
    let plain_lists = [
        (SOURCE_NOUNS_LIST, class::SOURCE_NOUN),
        (SPEECH_VERBS_LIST, class::SPEECH_VERB),
        (VERB_ONLY_SPEECH_LIST, class::VERB_ONLY_SPEECH),
        (GENERIC_SOURCES_LIST, class::GENERIC_SOURCE),
        (BEFORE_VERB_LIST, class::BEFORE_VERB),
        (LABELS_LIST, class::LABEL),
        (PHRASE_STOPS_LIST, class::PHRASE_STOP),
        (COUNT_MODIFIERS_LIST, class::COUNT_MODIFIER),
        (IRREGULAR_PLURALS_LIST, class::IRREGULAR_PLURAL),
        (LINKING_VERBS_LIST, class::LINKING_VERB),
        (VAGUE_LIST, class::VAGUE),
        (DEMONYMS_LIST, class::DEMONYM),
        (crate::engine::names::lexicon::NATIONALITIES, class::DEMONYM),
        (DATE_PREPOSITIONS_LIST, class::DATE_PREPOSITION),
    ];
    for (list, bit) in plain_lists {
        mark(&mut classes, list.iter().copied(), bit);
    }
    classes
});

/// The words of a word → value list.
fn keys<T>(list: &'static [(&'static str, T)]) -> impl Iterator<Item = &'static str> {
    list.iter().map(|(word, _)| *word)
}

/// Adds `bit` to the classes of each of `words` (also the names' word lists).
pub(crate) fn mark(
    classes: &mut FxHashMap<&'static str, u32>,
    words: impl IntoIterator<Item = &'static str>,
    bit: u32,
) {
    for word in words {
        *classes.entry(word).or_default() |= bit;
    }
}

/// The [`class`] bits of every list `word` (lower case) is in; 0 for an unlisted word.
pub fn classes(word: &str) -> u32 {
    WORD_CLASSES.get(word).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_lookup_gives_every_list_a_word_is_in() {
        assert_eq!(
            classes("in") & (class::PERIOD_CUE | class::DATE_PREPOSITION),
            class::PERIOD_CUE | class::DATE_PREPOSITION
        );
        assert_ne!(classes("than") & class::QUALIFIER_END, 0);
        assert_ne!(classes("convicted") & class::PREDICATE, 0);
        assert_ne!(classes("roubles") & class::CURRENCY, 0);
        assert_eq!(classes("soldiers"), 0);
        assert_ne!(classes("also") & class::BEFORE_VERB, 0);
        for (words, _) in QUALIFIERS {
            let last = words.last().copied().unwrap_or("");
            assert_ne!(classes(last) & class::QUALIFIER_END, 0, "{last}");
        }
    }
}
