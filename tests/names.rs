//! Named figures: extraction, types, variant merges and the user's edits.

use quarry::engine::names::{Name, NameEdit, NameType, extract_names};

use crate::support::{analyse, quarry_json, sample_corpus, temp_corpus};

/// The names, without edits, of a corpus of `(file name, bytes)`.
fn names_of(files: &[(&str, &[u8])]) -> Vec<Name> {
    let dir = temp_corpus(files);
    let analysis = analyse(dir.path());
    extract_names(&analysis.documents, &analysis.index, &analysis.figures, &[])
}

/// The name shown as `shown`.
fn named<'a>(names: &'a [Name], shown: &str) -> Option<&'a Name> {
    names.iter().find(|n| n.name == shown)
}

/// Asserts that none of `words` is a name.
fn assert_no_names(names: &[Name], words: &[&str]) {
    for word in words {
        assert!(named(names, word).is_none(), "{word} is a name");
    }
}

/// The name shown as `shown`, which the test expects to be there.
fn called<'a>(names: &'a [Name], shown: &str) -> &'a Name {
    named(names, shown).unwrap_or_else(|| panic!("no name {shown}"))
}

#[test]
fn sample_corpus_names_merge_variants_and_have_types() {
    let analysis = analyse(&sample_corpus());
    let names = extract_names(&analysis.documents, &analysis.index, &analysis.figures, &[]);
    let get = |name: &str| called(&names, name);
    let zelensky = get("Volodymyr Zelensky");
    assert_eq!(zelensky.kind, NameType::Person);
    assert_eq!(zelensky.variants, ["Volodymyr Zelensky", "Zelensky"]);
    assert!(
        !zelensky.figures.is_empty(),
        "cited as the source of figures"
    );
    assert_eq!(
        get("Oksana Krasnova").variants,
        ["Krasnova", "Oksana Krasnova"]
    );
    assert_eq!(get("Ilya Gorkov").documents.len(), 3);
    let csis = get("Center for Strategic and International Studies");
    assert_eq!(
        (csis.kind, csis.variants.as_slice()),
        (
            NameType::Organisation,
            &[
                "CSIS".to_string(),
                "Center for Strategic and International Studies".to_string()
            ][..]
        )
    );
    let un = get("United Nations");
    assert!(un.variants.contains(&"UN".to_string()));
    assert_eq!(get("Mediazona").kind, NameType::Organisation);
    assert_eq!(get("Kyiv").kind, NameType::Place);
    assert_eq!(
        get("Wagner").kind,
        NameType::Unknown,
        "no cue decides, so it stays unknown"
    );
    assert!(names.iter().all(|n| {
        ![
            "Russian",
            "September",
            "May",
            "The",
            "Politics",
            "Explainer",
            "Human",
        ]
        .contains(&n.name.as_str())
    }));
    for place in ["Moscow", "China", "Soviet Union", "Washington"] {
        assert_eq!(get(place).kind, NameType::Place, "{place}");
    }
    assert!(
        names
            .windows(2)
            .all(|w| w[0].mentions.len() >= w[1].mentions.len())
    );
}

#[test]
fn titles_possessives_and_user_edits() {
    let dir = temp_corpus(&[(
        "a.txt",
        "Vladimir Putin signed the decree. Later, President Vladimir Putin spoke again. \
         Critics said Putin's decree was cruel. Officials at the Ministry of Defence agreed. \
         Ms Anna Ivanova and Ivanova's lawyer left Moscow."
            .as_bytes(),
    )]);
    let analysis = analyse(dir.path());
    let names = extract_names(&analysis.documents, &analysis.index, &analysis.figures, &[]);
    let putin = names
        .iter()
        .find(|n| n.name == "Vladimir Putin")
        .expect("Putin");
    assert_eq!(putin.variants, ["Putin", "Vladimir Putin"]);
    assert_eq!(putin.mentions.len(), 3);
    assert_eq!(putin.kind, NameType::Person);
    assert!(
        names
            .iter()
            .any(|n| n.name == "Ministry of Defence" && n.kind == NameType::Organisation)
    );

    let edits = [
        NameEdit::Rename {
            from: "Vladimir Putin".into(),
            to: "V. Putin".into(),
        },
        NameEdit::Split {
            name: "Anna Ivanova".into(),
            variant: "Ivanova".into(),
        },
        NameEdit::Merge {
            names: vec!["Moscow".into(), "Ministry of Defence".into()],
            into: "Moscow officials".into(),
        },
    ];
    let edited = extract_names(
        &analysis.documents,
        &analysis.index,
        &analysis.figures,
        &edits,
    );
    assert!(
        edited
            .iter()
            .any(|n| n.name == "V. Putin" && n.mentions.len() == 3)
    );
    assert!(
        edited
            .iter()
            .any(|n| n.name == "Ivanova" && n.variants == ["Ivanova"])
    );
    assert!(
        edited
            .iter()
            .any(|n| n.name == "Anna Ivanova" && n.variants == ["Anna Ivanova"])
    );
    let merged = edited
        .iter()
        .find(|n| n.name == "Moscow officials")
        .expect("merged");
    assert_eq!(merged.variants, ["Ministry of Defence", "Moscow"]);
}

#[test]
fn initials_and_dotted_titles_stay_inside_names() {
    let names = names_of(&[(
        "a.txt",
        "The speech by John F. Kennedy was short. Later, Kennedy spoke again in Berlin. \
         J. R. Ortega disagreed. Dr. Ortega said the count was wrong. Plan B was dropped."
            .as_bytes(),
    )]);
    let shown: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
    let kennedy = named(&names, "John F. Kennedy")
        .unwrap_or_else(|| panic!("no John F. Kennedy in {shown:?}"));
    assert_eq!(kennedy.variants, ["John F. Kennedy", "Kennedy"]);
    assert_eq!(kennedy.kind, NameType::Person);
    // An initial marks a person; the titled surname joins the full name.
    let ortega =
        named(&names, "J. R. Ortega").unwrap_or_else(|| panic!("no J. R. Ortega in {shown:?}"));
    assert_eq!(ortega.variants, ["J. R. Ortega", "Ortega"]);
    assert_eq!(ortega.mentions.len(), 2);
    // A lone letter is not a name, and a title is not part of one.
    for not_a_name in ["John F", "R", "B", "Dr", "Dr. Ortega"] {
        assert!(!shown.contains(&not_a_name), "{not_a_name} in {shown:?}");
    }
}

#[test]
fn a_title_in_lower_case_before_a_name_makes_it_a_person() {
    let names = names_of(&[(
        "a.txt",
        b"The transport minister Ilse Brandt urged both sides to talk. Union \
          spokesman Aldo Ferrante agreed. The interval is given in ms. Kavel Dunmore was there.\n",
    )]);
    let kind = |name: &str| called(&names, name).kind;
    assert_eq!(kind("Ilse Brandt"), NameType::Person);
    assert_eq!(kind("Aldo Ferrante"), NameType::Person);
    // "in ms." ends a sentence here: an abbreviated title in lower case is no cue.
    assert_eq!(kind("Kavel Dunmore"), NameType::Unknown);
}

#[test]
fn a_place_that_speaks_is_known_by_its_neighbours_and_its_ministries() {
    // A country said to say something is no person: "neighbouring" and a ministry it owns
    // outweigh the verb of speech.
    let names = names_of(&[(
        "a.txt",
        b"Tavria says 900,000 have fled. Thousands crossed into neighbouring Tavria. \
          Tavria's interior ministry put the total at 1.2million. The troops met \
          Caesar's army. Minister Oswin Hale's ministry was closed.\n",
    )]);
    let kind = |name: &str| called(&names, name).kind;
    assert_eq!(kind("Tavria"), NameType::Place);
    // An army is a person's as often; a ministry after a person's name does not outweigh
    // the title.
    assert_ne!(kind("Caesar"), NameType::Place);
    assert_eq!(kind("Oswin Hale"), NameType::Person);
}

#[test]
fn a_surname_joins_a_full_name_only_where_the_full_name_is_written() {
    let mut files = vec![(
        "a.txt".to_string(),
        "The manual by Monty Q. Python was short.".to_string(),
    )];
    for k in 0..5 {
        files.push((
            format!("doc{k}.txt"),
            format!("Readers of the Python manual found {k} errors."),
        ));
    }
    let files: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_bytes()))
        .collect();
    let names = names_of(&files);
    let variants = |name: &str| named(&names, name).map(|n| n.variants.clone());
    // One document writes the full name; five write "Python" alone, and keep it.
    assert_eq!(
        variants("Monty Q. Python"),
        Some(vec!["Monty Q. Python".to_string()])
    );
    assert_eq!(variants("Python"), Some(vec!["Python".to_string()]));
}

#[test]
fn a_sentence_opener_the_corpus_writes_in_lower_case_is_not_a_name() {
    let names = names_of(&[(
        "a.txt",
        "Note that the count changed. Ortega disagreed. Readers asked Ortega why. \
         See the Note below. A note was added, and a second note, and a third note."
            .as_bytes(),
    )]);
    let mentions = |name: &str| named(&names, name).map_or(0, |n| n.mentions.len());
    // "Ortega" opens a sentence and is capitalised inside one: both mentions count.
    assert_eq!(mentions("Ortega"), 2);
    // "Note" is capitalised inside a sentence once but written "note" three times, so neither
    // the sentence opener nor "the Note below" is a name; "See" is never written inside a
    // sentence.
    assert_eq!(mentions("Note"), 0);
    assert_eq!(mentions("See"), 0);
    // A vague count opening a sentence, after a dateline too, is no name.
    let crowds = names_of(&[(
        "b.txt",
        "VELMORA — Tens of thousands of people marched on Saturday. Hundreds of Velmora \
         residents stayed away. Thousands march again."
            .as_bytes(),
    )]);
    assert_no_names(&crowds, &["Tens", "Hundreds", "Thousands"]);
    assert!(named(&crowds, "Velmora").is_some());
}

#[test]
fn a_word_for_an_organisation_opening_a_sentence_is_no_part_of_the_name_after_it() {
    let names = names_of(&[(
        "a.txt",
        "Retailer Brightmere Group said on Thursday that 3.4 million customers were hit. \
         Shares in the retailer Brightmere Group fell. Carmaker Vostra, which owns Brightmere \
         Group, said little. HALDEN (Ledger) — Lender Osterbank said it would pay. Police \
         Scotland said 14 people were hurt. Analysts praised Police Scotland."
            .as_bytes(),
    )]);
    // The word opening the sentence says what the name is, as "the retailer" does.
    let brightmere = called(&names, "Brightmere Group");
    assert_eq!(brightmere.variants, ["Brightmere Group"]);
    assert_eq!(brightmere.mentions.len(), 3);
    assert_eq!(brightmere.kind, NameType::Organisation);
    assert!(!brightmere.figures.is_empty(), "cited as the source");
    assert_eq!(called(&names, "Vostra").kind, NameType::Organisation);
    // After a dateline too.
    assert_eq!(called(&names, "Osterbank").kind, NameType::Organisation);
    assert_no_names(
        &names,
        &[
            "Retailer Brightmere Group",
            "Carmaker Vostra",
            "Lender Osterbank",
        ],
    );
    // An organisation's own word opening it stays ("police" names organisations).
    assert_eq!(called(&names, "Police Scotland").mentions.len(), 2);
}

#[test]
fn a_word_for_a_person_opening_a_sentence_is_no_part_of_the_name_after_it() {
    let names = names_of(&[(
        "a.txt",
        "Economist Anna Holm said prices would rise. Partner Sofia Lindqvist said 12,000 people \
         had signed up. Veteran Mark Ellis said little. Hurricane Katrina hit the coast. Port \
         Elizabeth is a city. Later the economist Anna Holm spoke again. Insurer Halvard Mutual \
         said it was hacked, and Halvard apologised. Halvard Mutual shares fell. Cybersecurity \
         firm Redline Labs said the hackers stayed for weeks. Kestrel Partners said it sold its \
         shares."
            .as_bytes(),
    )]);
    // As "the economist Anna Holm" says it, the word opening the sentence says who she is.
    let holm = called(&names, "Anna Holm");
    assert_eq!(holm.variants, ["Anna Holm"]);
    assert_eq!(holm.mentions.len(), 2);
    assert_eq!(holm.kind, NameType::Person);
    let lindqvist = called(&names, "Sofia Lindqvist");
    assert_eq!(lindqvist.kind, NameType::Person);
    assert_eq!(lindqvist.figures.len(), 1, "cited as the source");
    assert_eq!(called(&names, "Mark Ellis").kind, NameType::Person);
    assert_no_names(
        &names,
        &[
            "Economist Anna Holm",
            "Partner Sofia Lindqvist",
            "Veteran Mark Ellis",
        ],
    );
    // A place or a storm named after a person keeps its first word.
    called(&names, "Hurricane Katrina");
    called(&names, "Port Elizabeth");
    // A mutual named by its first word, a firm that speaks.
    let halvard = called(&names, "Halvard Mutual");
    assert_eq!(halvard.variants, ["Halvard", "Halvard Mutual"]);
    assert_eq!(halvard.kind, NameType::Organisation);
    assert_eq!(called(&names, "Redline Labs").kind, NameType::Organisation);
    assert_eq!(
        called(&names, "Kestrel Partners").kind,
        NameType::Organisation
    );
}

#[test]
fn ports_and_bearings_name_places_and_nationalities_are_no_names() {
    let names = names_of(&[(
        "a.txt",
        "The boat sank south of Crete. It had left the Libyan port of Tobruk with Syrian and \
         Eritrean migrants. Survivors reached the port of Kalamata. A port of Vestlib was made \
         for the ARM, and Vestlib runs there. Welsh and Moroccan crews joined the search. Aid \
         was 0.5% of GDP by 12:00 GMT."
            .as_bytes(),
    )]);
    for place in ["Crete", "Tobruk", "Kalamata"] {
        assert_eq!(called(&names, place).kind, NameType::Place, "{place}");
    }
    // Software is ported too.
    assert_eq!(called(&names, "Vestlib").kind, NameType::Unknown);
    assert_no_names(
        &names,
        &[
            "Libyan", "Syrian", "Eritrean", "Welsh", "Moroccan", "GDP", "GMT",
        ],
    );
}

#[test]
fn a_coast_names_a_place_and_portuguese_given_names_name_people() {
    let names = names_of(&[(
        "a.txt",
        "The fire advanced towards the Tavira coast. The mayor of Almancil, Rui Esteves, said \
         the figure was out of date. Tavira was calm, Joana Brito said."
            .as_bytes(),
    )]);
    assert_eq!(called(&names, "Tavira").kind, NameType::Place);
    // A guild is an organisation, and named by that word alone it is the one named in full.
    let guild = names_of(&[(
        "a.txt",
        "The Technical Workers Guild said 5,000 jobs would go. Guild president Marcus Oyelaran \
         said more would follow."
            .as_bytes(),
    )]);
    let named = called(&guild, "Technical Workers Guild");
    assert_eq!(named.kind, NameType::Organisation);
    assert!(named.variants.iter().any(|v| v == "Guild"));
    // A possessive goes on into an organisation's name two words on.
    let trust = names_of(&[(
        "a.txt",
        "The King's Health Trust, a think tank, said one in eight people was waiting.".as_bytes(),
    )]);
    assert_eq!(
        called(&trust, "King's Health Trust").kind,
        NameType::Organisation
    );
    for person in ["Rui Esteves", "Joana Brito"] {
        assert_eq!(called(&names, person).kind, NameType::Person, "{person}");
    }
}

#[test]
fn firms_named_by_their_first_word_chains_and_storms() {
    let names = names_of(&[(
        "a.txt",
        "The attack hit Calder Logistics, which delivers for the shop. Calder said it had hired \
         experts, and Calder Logistics gave no details. Last year the regulator fined the fashion chain Vellum. Heavy rain from Storm \
         Hilde flooded roads near Orsa, and Storm Hilde moved north."
            .as_bytes(),
    )]);
    // A firm named in full, then by its first word, shown as more often written.
    let calder = called(&names, "Calder Logistics");
    assert_eq!(calder.variants, ["Calder", "Calder Logistics"]);
    assert_eq!(calder.kind, NameType::Organisation);
    assert_eq!(called(&names, "Vellum").kind, NameType::Organisation);
    // A storm is no place, though rain comes "from" it.
    assert_eq!(called(&names, "Storm Hilde").kind, NameType::Unknown);
    assert_eq!(called(&names, "Orsa").kind, NameType::Place);
}

#[test]
fn a_common_word_capitalised_in_a_heading_is_no_name_unless_a_cue_says_so() {
    let names = names_of(&[(
        "a.txt",
        "Harbour Post — Weather warnings\n\n\
         The weather turned. Gordon Brown visited the coast, where the weather was worse. \
         A brown flag flew over brown sand, and the brown water rose with the tide. Officials \
         thanked Brown for the brown tents. The tide fell. The outlet Tide said it had passed. \
         Readers wrote a large “Don’t” on signs; we don't know why, and they don’t say."
            .as_bytes(),
    )]);
    // "Weather" after the dash is the section's first word: the text writes "weather" in lower
    // case more often. So it does "tide", but after "the outlet" the word names something.
    assert!(named(&names, "Weather").is_none());
    assert_eq!(
        named(&names, "Tide").map(|n| n.kind),
        Some(NameType::Organisation)
    );
    // "Brown" alone is written in lower case more often too, but it joins the full name.
    let brown = named(&names, "Gordon Brown").expect("Gordon Brown");
    assert_eq!(brown.variants, ["Brown", "Gordon Brown"]);
    assert_eq!(brown.mentions.len(), 2);
    assert!(named(&names, "Brown").is_none());
    // So is "don't", however its apostrophe is written.
    assert!(named(&names, "Don’t").is_none());
}

#[test]
fn known_places_given_names_and_plausible_acronyms_decide_types_and_merges() {
    let names = names_of(&[(
        "a.txt",
        "Officials from the Soviet Union and the US met Ahmed Khalil. Later, Khalil met \
         Margaret Oyelaran of the Lakeside Research Institute (LRI), a body that studies \
         trade. LRI published its report with Coastal Shipping Services (FTC) data, and the \
         FTC denied it. Reporters then asked the CSO about China."
            .as_bytes(),
    )]);
    let kind = |name: &str| named(&names, name).map(|n| n.kind);
    // Known places outweigh the organisation word "Union" and the acronym "US".
    assert_eq!(kind("Soviet Union"), Some(NameType::Place));
    assert_eq!(kind("US"), Some(NameType::Place));
    assert_eq!(kind("China"), Some(NameType::Place));
    // A given name from the project's list makes a person without any other cue.
    assert_eq!(kind("Ahmed Khalil"), Some(NameType::Person));
    let institute = named(&names, "Lakeside Research Institute").expect("the institute");
    assert_eq!(institute.variants, ["LRI", "Lakeside Research Institute"]);
    // "FTC" cannot stand for "Coastal Shipping Services": it stays a name of its own.
    let services = named(&names, "Coastal Shipping Services").expect("the company");
    assert_eq!(services.variants, ["Coastal Shipping Services"]);
    assert!(named(&names, "FTC").is_some());
}

#[test]
fn page_sections_menus_and_family_words_are_not_names() {
    let names = names_of(&[(
        "a.txt",
        "Home World Politics Business Opinion\n\n\
         The Harbour Post | Investigations\n\n\
         Eastern European officials met the World Bank in Vilnius. \
         \"Mum, we are leaving,\" Petrakis wrote to her mother from Vilnius."
            .as_bytes(),
    )]);
    assert_no_names(
        &names,
        &[
            "Home World Politics Business Opinion",
            "Investigations",
            "Eastern European",
            "Mum",
        ],
    );
    // Such a word still belongs to a name made with other words.
    for name in ["Harbour Post", "World Bank", "Vilnius", "Petrakis"] {
        assert!(named(&names, name).is_some(), "{name} is missing");
    }
}

#[test]
fn title_phrases_organisations_of_the_and_lists_of_names_are_read_as_a_reporter_writes_them() {
    let names = names_of(&[(
        "a.txt",
        "Foreign Minister Sergei Halvard met Secretary of State Anna Brekke in Oslo. \
         The Minister of Coastal Affairs Peter Lund said nothing. General Motors and the Bank \
         of the Northern Isles were not invited. Doctors Without Borders and Lantern Watch \
         wrote to the Institute for the Study of Harbours (ISH) and its director, Maria Sund \
         of the ISH. The Speaker refused, and the Prime Minister agreed. Code under the Open \
         General Public Licence was cited."
            .as_bytes(),
    )]);
    let get = |name: &str| called(&names, name);
    // The words of a title phrase are not part of the name, and count as a person cue.
    for person in ["Sergei Halvard", "Anna Brekke", "Peter Lund", "Maria Sund"] {
        assert_eq!(get(person).variants, [person], "{person}");
        assert_eq!(get(person).kind, NameType::Person, "{person}");
    }
    // "General" opens an organisation's name here, not a title.
    assert_eq!(get("General Motors").kind, NameType::Organisation);
    // An organisation's name goes on over "of the"; its defined acronym joins it, and does
    // not become a surname of "Maria Sund of the ISH".
    assert_eq!(
        get("Bank of the Northern Isles").kind,
        NameType::Organisation
    );
    assert_eq!(
        get("Institute for the Study of Harbours").variants,
        ["ISH", "Institute for the Study of Harbours"]
    );
    assert_eq!(get("Institute for the Study of Harbours").mentions.len(), 3);
    // "and" between two names makes two names.
    assert!(named(&names, "Doctors Without Borders").is_some());
    assert_eq!(get("Lantern Watch").kind, NameType::Organisation);
    // A title inside a name counts only before a given name.
    assert!(named(&names, "Open General Public Licence").is_some());
    // A title alone, or a title phrase, is no name.
    assert_no_names(&names, &["Speaker", "Prime Minister", "Minister"]);
}

#[test]
fn names_around_titles_are_names_of_their_own_and_a_title_before_a_common_word_makes_no_person() {
    let names = names_of(&[(
        "a.txt",
        "Harbour Commission President Anna Brekke met Speaker of the Assembly Peter Vik. \
         Later, Nordfish CEO Tim Larsen and the President of the Northern Isles spoke. The \
         Fjordland Ports Authority Secretary-General said nothing. General Electric and \
         Private Eye were cited. The general idea was simple: a private eye found an electric \
         fan and an electric kettle, with the eye of a private man. Mr Brown said the brown \
         dog and the brown cat were his. The Department of Justice and the Bill of Rights \
         were cited. José Ferreira and Ferreira's lawyer left. \"We sail,\" said Vardcorp CEO \
         Tim Larsen."
            .as_bytes(),
    )]);
    let get = |name: &str| called(&names, name);
    // A person named after a title inside the run; the words before the title phrase, or what
    // the title is of, are a name of their own.
    for person in ["Anna Brekke", "Peter Vik", "Tim Larsen"] {
        assert_eq!(get(person).variants, [person], "{person}");
        assert_eq!(get(person).kind, NameType::Person, "{person}");
    }
    assert_eq!(get("Harbour Commission").kind, NameType::Organisation);
    assert_eq!(get("Assembly").kind, NameType::Organisation);
    assert!(named(&names, "Nordfish").is_some());
    // A verb of speech before the run is the person's cue, not the company's.
    assert_ne!(get("Vardcorp").kind, NameType::Person);
    assert!(named(&names, "Northern Isles").is_some());
    assert!(named(&names, "Isles").is_none());
    // A title that ends a run is left out of an organisation's name, unless it is an ordinary
    // word too.
    assert_eq!(
        get("Fjordland Ports Authority").kind,
        NameType::Organisation
    );
    assert_eq!(get("Department of Justice").kind, NameType::Organisation);
    assert!(named(&names, "Bill of Rights").is_some());
    // "General" or "Private" before a word the corpus writes in lower case makes no person;
    // "Mr" before one does.
    assert_no_names(
        &names,
        &["Electric", "Eye", "General Electric", "Private Eye"],
    );
    assert_eq!(get("Brown").kind, NameType::Person);
    // A given name is known with or without its accents, so the surname joins it.
    let jose = get("José Ferreira");
    assert_eq!(jose.kind, NameType::Person);
    assert_eq!(jose.variants, ["Ferreira", "José Ferreira"]);
}

#[test]
fn abbreviated_titles_party_and_leader_titles_and_the_x_said_is_no_person() {
    let names = names_of(&[(
        "a.txt",
        "Sen. Maria Holm and Gov. Peter Lund met on Monday. The study by Kiran Sen was \
         cited, and Sen said it was fair. A spokesman for the Vardmen said nothing. Later, \
         Democratic Sen. Thomas Dahl of Nordland and Assembly Majority Leader Anna Vik voted \
         with Jean-Pierre Moen."
            .as_bytes(),
    )]);
    let get = |name: &str| called(&names, name);
    // A person's name ends before "of" ("… of Nordland"); a hyphenated given name counts.
    for person in [
        "Maria Holm",
        "Peter Lund",
        "Thomas Dahl",
        "Anna Vik",
        "Jean-Pierre Moen",
    ] {
        assert_eq!(get(person).variants, [person], "{person}");
        assert_eq!(get(person).kind, NameType::Person, "{person}");
    }
    assert!(named(&names, "Nordland").is_some());
    // "Sen" without a full stop is a surname, not a title.
    assert!(
        names.iter().any(|n| n.variants.iter().any(|v| v == "Sen")),
        "{names:?}"
    );
    assert_ne!(get("Vardmen").kind, NameType::Person);
}

#[test]
fn a_verb_of_speech_before_a_name_marks_its_speaker_only_at_the_end_of_a_clause() {
    let names = names_of(&[(
        "a.txt",
        "Lie said Holmgard would win, and Lie told Vardheim the news. \"It is done,\" said \
         Skaug. Former Nordland governors met."
            .as_bytes(),
    )]);
    let get = |name: &str| called(&names, name);
    // The speaker of an inverted attribution; not what a speech is about, nor its listener.
    assert_eq!(get("Skaug").kind, NameType::Person);
    assert_eq!(get("Lie").kind, NameType::Person);
    assert_ne!(get("Holmgard").kind, NameType::Person);
    assert_ne!(get("Vardheim").kind, NameType::Person);
    // "Former" opening a run is no part of a name.
    assert!(named(&names, "Former Nordland").is_none());
    assert!(named(&names, "Nordland").is_some());
}

#[test]
fn a_dateline_a_name_in_capitals_and_a_nationality_before_a_title() {
    let names = names_of(&[(
        "a.txt",
        "KYIV, Nov 30 - Ukrainian Foreign Minister Orest Dovbush met NATO envoys in Kyiv. \
         The members of Nato agreed, and old DEC machines were cited."
            .as_bytes(),
    )]);
    let get = |name: &str| called(&names, name);
    // A place in capitals is the place, and one name with it written in title case.
    assert_eq!(get("Kyiv").variants, ["KYIV", "Kyiv"]);
    assert_eq!(get("Kyiv").kind, NameType::Place);
    assert_eq!(get("Nato").variants, ["NATO", "Nato"]);
    // A month written short is no name; the same letters in capitals are an acronym.
    assert!(named(&names, "Nov").is_none());
    assert!(named(&names, "DEC").is_some());
    // A nationality before a title phrase: the person is named after it, given name listed
    // or not.
    assert_eq!(get("Orest Dovbush").variants, ["Orest Dovbush"]);
    assert_eq!(get("Orest Dovbush").kind, NameType::Person);
}

#[test]
fn a_description_set_off_by_commas_types_the_name_before_or_after_it() {
    let names = names_of(&[
        (
            "b.txt",
            "By Marta Holm, The Harbour Ledger\n\nThe Kremlin-linked Wagner Group and the \
             Kansas-based Harlan Foods were named. Drones hit the Vostrovo region.\n\n\
             (Reporting by Ilka Tamm; Editing by Guy Ferrand)"
                .as_bytes(),
        ),
        (
            "c.txt",
            b"By Maria Lindqvist, Crime Correspondent\n\nThe court ruled on Monday.",
        ),
        (
            "d.txt",
            b"By Tarvo Kesk, Transport Editor\n\nTrains ran late on Monday.",
        ),
        (
            "e.txt",
            b"Thanks to Ilse Brandt, Marlow Bank, Yannick Orsel, and Teodor Vance. The \
              Confederation of Harbour Industry backed the plan.",
        ),
        (
            "a.txt",
            "Vardcorp, a drone maker based in Oslo, said it sold 400 units. Its chief executive, \
         Halvor Brekke, said demand had doubled. Hezbollah, the Iran-backed militia, fired \
         rockets at Kiryat Shmona, a town near the border. Torvald Nygaard, the world's richest \
         man, declined to comment. In Vestmark, the commander of the brigade, Colonel Petro \
         Hrytsenko, spoke. Seeing, Lord, the storm, we left. Holmgard, citing an official, \
         denied it."
                .as_bytes(),
        ),
    ]);
    let kind = |name: &str| called(&names, name).kind;
    assert_eq!(kind("Vardcorp"), NameType::Organisation);
    assert_eq!(kind("Halvor Brekke"), NameType::Person);
    assert_eq!(kind("Torvald Nygaard"), NameType::Person);
    assert_eq!(kind("Kiryat Shmona"), NameType::Place);
    // A lone word opening a sentence is a name when a description follows it.
    assert_eq!(kind("Hezbollah"), NameType::Organisation);
    // After "in" the comma closes a phrase: what follows describes no place.
    assert_ne!(kind("Vestmark"), NameType::Person);
    // A vocative and a phrase without a head noun describe nothing.
    assert!(named(&names, "Seeing").is_none());
    assert!(named(&names, "Holmgard").is_none());
    // A byline names the outlet after the reporter: no description; the reporter's role
    // after the name is no name.
    assert_eq!(kind("Marta Holm"), NameType::Person);
    assert_eq!(kind("Maria Lindqvist"), NameType::Person);
    assert!(named(&names, "Crime Correspondent").is_none());
    // A byline names a person though no given name on the list says so.
    assert_eq!(kind("Tarvo Kesk"), NameType::Person);
    // A name joined to a word in lower case is an adjective ("Kremlin-linked").
    assert!(named(&names, "Wagner Group").is_some());
    assert!(named(&names, "Harlan Foods").is_some());
    assert!(
        !names
            .iter()
            .any(|n| n.name.contains("-linked") || n.name.contains("-based"))
    );
    // A credit line names people, and "region" after a name makes it a place.
    assert_eq!(kind("Ilka Tamm"), NameType::Person);
    assert_eq!(kind("Guy Ferrand"), NameType::Person);
    assert!(named(&names, "Editing").is_none());
    assert_eq!(kind("Vostrovo"), NameType::Place);
    // A name in a list describes none of the names around it.
    assert_ne!(kind("Yannick Orsel"), NameType::Organisation);
    assert_eq!(
        kind("Confederation of Harbour Industry"),
        NameType::Organisation
    );
}

#[test]
fn a_surname_joins_a_full_name_its_cues_make_a_person_and_a_given_name_that_is_a_word() {
    let names = names_of(&[
        (
            "a.txt",
            "Marine Le Pen told supporters in Perpignan that they would win. Jordan Bardella, \
             the party president, agreed. Bardella added that 88 seats were held. The Bill of \
             Rights was cited, as was William of Orange."
                .as_bytes(),
        ),
        (
            "b.txt",
            "Le Pen said on Monday that 40,000 people came. Le Pen spoke in Lyon. Pep Guardiola \
             praised her. \"It is unique,\" Guardiola told reporters. The guide was written by \
             Barry Warsaw. Warsaw said it was done."
                .as_bytes(),
        ),
    ]);
    let get = |name: &str| called(&names, name);
    assert_eq!(get("Marine Le Pen").variants, ["Le Pen", "Marine Le Pen"]);
    assert_eq!(get("Marine Le Pen").kind, NameType::Person);
    assert_eq!(
        get("Jordan Bardella").variants,
        ["Bardella", "Jordan Bardella"]
    );
    assert_eq!(get("Jordan Bardella").kind, NameType::Person);
    // The surname's own cues make it a person: it joins the one full name ending with it.
    assert_eq!(
        get("Pep Guardiola").variants,
        ["Guardiola", "Pep Guardiola"]
    );
    assert_eq!(get("Pep Guardiola").kind, NameType::Person);
    // A known place stays a place beside a person of that surname.
    assert_eq!(get("Warsaw").kind, NameType::Place);
    assert_eq!(get("Barry Warsaw").kind, NameType::Person);
    // "Bill" is a word too: "Bill of Rights" is no person; "William of Orange" is one.
    assert_ne!(get("Bill of Rights").kind, NameType::Person);
    assert_eq!(get("William of Orange").kind, NameType::Person);
}

#[test]
fn possessives_inside_organisations_and_a_plural_of_opening_a_sentence() {
    let names = names_of(&[(
        "a.txt",
        "A report by the King's Fund was cited by staff at St Thomas' Hospital and the Women's \
         Institute. Russia's Defence Ministry denied it. Residents of Tower Hamlets said the \
         clinics were full. Shares of Vardcorp rose."
            .as_bytes(),
    )]);
    for organisation in ["King's Fund", "St Thomas Hospital", "Women's Institute"] {
        assert_eq!(
            called(&names, organisation).kind,
            NameType::Organisation,
            "{organisation}"
        );
    }
    // A place's possessive stops the name.
    assert!(named(&names, "Russia").is_some());
    assert!(named(&names, "Defence Ministry").is_some());
    // "Residents of" and "Shares of" are no part of a name, and what residents say is not said
    // by the place.
    assert_ne!(called(&names, "Tower Hamlets").kind, NameType::Person);
    assert!(named(&names, "Vardcorp").is_some());
    assert!(!names.iter().any(|n| n.name.contains(" of ")));
}

#[test]
fn surnames_with_particles_and_places_opening_a_sentence() {
    let names = names_of(&[(
        "a.txt",
        "Norway's General Staff met the Harbour Commission President Anna van der Berg. \
         Van der Berg said little. Later, Peter de Wit spoke, and Wit agreed."
            .as_bytes(),
    )]);
    let get = |name: &str| called(&names, name);
    // A known place counts at a sentence start even though no sentence has it inside.
    assert_eq!(get("Norway").kind, NameType::Place);
    assert_eq!(get("General Staff").kind, NameType::Organisation);
    // The title inside the run comes before a given name: the person's name starts there, and
    // her surname with its particles, capitalised at a sentence start, joins her.
    let berg = get("Anna van der Berg");
    assert_eq!(berg.kind, NameType::Person);
    assert_eq!(berg.variants, ["Anna van der Berg", "Van der Berg"]);
    // The last word alone still joins too.
    assert_eq!(get("Peter de Wit").variants, ["Peter de Wit", "Wit"]);
}

#[test]
fn a_name_beside_a_verb_of_speech_is_a_person() {
    let names = names_of(&[(
        "a.txt",
        "Brankovic said the count was wrong. The figure was disputed, said Halvorsen. \
         Officials in Brankovic disagreed. Smaller towns near Tarnow were not counted."
            .as_bytes(),
    )]);
    let kind = |name: &str| named(&names, name).map(|n| n.kind);
    assert_eq!(kind("Halvorsen"), Some(NameType::Person));
    // One "said" against one "in": the votes do not decide.
    assert_eq!(kind("Brankovic"), Some(NameType::Unknown));
    assert_eq!(kind("Tarnow"), Some(NameType::Place));
}

#[test]
fn each_name_counts_the_passages_that_mention_it() {
    let dir = temp_corpus(&[(
        "a.txt",
        "Brankovic said the count was wrong. Brankovic repeated it.\n\n\
         Reporters asked Brankovic again.\n\nNobody else spoke."
            .as_bytes(),
    )]);
    let names = quarry_json(&[
        "names",
        &dir.path().display().to_string(),
        "--format",
        "json",
        "-q",
    ]);
    let brankovic = names
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["name"] == "Brankovic"))
        .expect("Brankovic");
    // Three mentions in two of the three paragraphs.
    assert_eq!(brankovic["mentions"], 3);
    assert_eq!(brankovic["passages"], 2);
}

#[test]
fn where_people_work_capitals_in_running_text_and_the_place_a_title_is_for() {
    let names = names_of(&[(
        "a.txt",
        "LONDON — Analysts at Morgan Stanley cut their forecast on Tuesday. \"Rates will fall,\" \
         said Priya Raman, chief economist at Morgan Stanley. Morgan Stanley said sterling could \
         weaken. Economists at Barclays disagreed.\n\n\
         Nato allies met in Brussels. NATO said a decision was due, and Nato officials agreed.\n\n\
         Sir Edwin Harcourt, the MP for North West Essex, objected. The Director of Central \
         Intelligence was not asked about intelligence or intelligence services.\n\n\
         KYIV, Nov 30 (Reuters) - Rescuers searched the rubble, rescuers said."
            .as_bytes(),
    )]);
    let get = |name: &str| called(&names, name);
    // Where analysts and economists work is an organisation, whatever given name it opens with.
    assert_eq!(get("Morgan Stanley").kind, NameType::Organisation);
    assert_eq!(get("Barclays").kind, NameType::Organisation);
    assert_eq!(get("Priya Raman").kind, NameType::Person);
    // A plural of people is no name, nor is a common word after a dateline.
    assert_no_names(&names, &["Analysts", "Economists", "Rescuers"]);
    // Capitals in running text are an acronym, also beside the same name in title case.
    let nato = get("Nato");
    assert_eq!(nato.kind, NameType::Organisation);
    assert_eq!(nato.variants, ["NATO", "Nato"]);
    // The MP is for all of North West Essex, which is no person.
    assert_ne!(get("North West Essex").kind, NameType::Person);
    assert!(named(&names, "West Essex").is_none());
    assert_eq!(get("Edwin Harcourt").kind, NameType::Person);
    assert!(named(&names, "Central Intelligence").is_none());
}

#[test]
fn particles_firms_in_business_copy_and_initials_shared_by_two_names() {
    let names = names_of(&[
        (
            "a.txt",
            "Manchester United sacked Erik ten Hag on Monday, and Ruud van Nistelrooy took \
             charge. Lawyers for NetChoice, a trade group that represents Vardcorp, said the \
             law was void. Shares of Vardcorp fell. The study was funded by the Wellcome Trust. \
             The Harbour Authority and the Northern Stevedores Union met the HSA, which the \
             Harbour Safety Agency oversees. The HA and the NSU did not comment."
                .as_bytes(),
        ),
        (
            "b.txt",
            "Officials of the Harbour Administration said the HA would reply.".as_bytes(),
        ),
    ]);
    let get = |name: &str| called(&names, name);
    // Dutch particles join a person's name, and a particle inside a name makes it a person's.
    assert_eq!(get("Erik ten Hag").kind, NameType::Person);
    assert_eq!(get("Ruud van Nistelrooy").kind, NameType::Person);
    // "Lawyers for" is no part of the name; the head before "that" types the description.
    assert_eq!(get("NetChoice").kind, NameType::Organisation);
    // Shares are held in a firm, not a place.
    assert_eq!(get("Vardcorp").kind, NameType::Organisation);
    assert_eq!(get("Wellcome Trust").kind, NameType::Organisation);
    // Initials of one name in the corpus join it; initials two names share join neither.
    assert_eq!(
        get("Northern Stevedores Union").variants,
        ["NSU", "Northern Stevedores Union"]
    );
    assert_eq!(
        get("Harbour Safety Agency").variants,
        ["HSA", "Harbour Safety Agency"]
    );
    assert_eq!(get("HA").variants, ["HA"]);
    assert_eq!(get("Harbour Authority").variants, ["Harbour Authority"]);
}

#[test]
fn westminster_copy_knights_relative_clauses_and_plural_titles() {
    let names = names_of(&[
        (
            "a.txt",
            "Keir Starmer faced a revolt from Labour backbenchers. Sir Keir told the Commons the \
             reforms were fair. Meg Hillier, who chairs the Treasury committee, had concerns. \
             MPs will vote on Tuesday. The Liberal Democrats said the cuts were wrong."
                .as_bytes(),
        ),
        (
            "b.txt",
            "Sir Toby sang in the garden. Sir Toby said nothing more.".as_bytes(),
        ),
        (
            "c.txt",
            "Toby Kelsey, a developer, said the patch was merged.".as_bytes(),
        ),
    ]);
    let get = |name: &str| called(&names, name);
    // A knight called by the given name is the person named in full in the same documents.
    assert_eq!(get("Keir Starmer").variants, ["Keir", "Keir Starmer"]);
    assert_eq!(get("Toby").variants, ["Toby"]);
    assert_eq!(get("Toby Kelsey").variants, ["Toby Kelsey"]);
    // "from Labour backbenchers" says nothing of where Labour is.
    assert_ne!(get("Labour").kind, NameType::Place);
    // "who" speaks of a person, whatever the given name.
    assert_eq!(get("Meg Hillier").kind, NameType::Person);
    // A plural title is no name; a party's name and the Commons are organisations.
    assert!(named(&names, "MPs").is_none());
    assert_eq!(get("Liberal Democrats").kind, NameType::Organisation);
    assert_eq!(get("Commons").kind, NameType::Organisation);
}

#[test]
fn business_wire_titles_unions_and_the_source_of_a_figure_named_after_a_title() {
    let names = names_of(&[(
        "a.txt",
        "Chief Executive Officer Dana Whitfield told analysts the cuts would save $150 million \
         a year. The United Auto Workers (UAW) said it would fight the layoffs. UAW President \
         Shawn Fain called the move greedy. Fed Chair Jerome Powell said inflation was 3.1% in \
         May. The Federal Reserve held rates. A spokeswoman for Goldman Sachs declined to \
         comment."
            .as_bytes(),
    )]);
    let get = |name: &str| called(&names, name);
    // The whole title phrase is left out, also the words of an ordinary title ("Chair").
    assert_eq!(get("Dana Whitfield").kind, NameType::Person);
    assert_eq!(get("Jerome Powell").kind, NameType::Person);
    // Words before a title name an organisation of their own.
    assert_eq!(get("Shawn Fain").kind, NameType::Person);
    assert_eq!(
        get("United Auto Workers").variants,
        ["UAW", "United Auto Workers"]
    );
    assert_eq!(get("Federal Reserve").kind, NameType::Organisation);
    // Who a spokeswoman speaks for is an organisation, though "Goldman" could be a surname.
    assert_eq!(get("Goldman Sachs").kind, NameType::Organisation);
    // A figure cited by "Fed Chair Jerome Powell" is Jerome Powell's.
    assert_eq!(get("Jerome Powell").figures.len(), 1);
    assert_eq!(get("Dana Whitfield").figures.len(), 1);
}

#[test]
fn family_names_written_first_arabic_articles_and_nationalities() {
    let names = names_of(&[(
        "a.txt",
        "Chinese President Xi Jinping met Saudi Crown Prince Mohammed bin Salman. Later, Xi said \
         the talks went well. Syria's leader Ahmed al-Sharaa, who toppled Bashar al-Assad, met \
         a Saudi delegation. North Korean leader Kim Jong Un watched a test."
            .as_bytes(),
    )]);
    let get = |name: &str| called(&names, name);
    // A family name written first joins the person named in full with it.
    assert_eq!(get("Xi Jinping").variants, ["Xi", "Xi Jinping"]);
    // An Arabic article keeps the name going.
    assert_eq!(get("Ahmed al-Sharaa").kind, NameType::Person);
    assert_eq!(get("Bashar al-Assad").kind, NameType::Person);
    // Nationalities, also after "North", are no names.
    assert_no_names(&names, &["Saudi", "North Korean", "Chinese"]);
    assert_eq!(get("Kim Jong Un").kind, NameType::Person);
}

#[test]
fn portuguese_and_spanish_family_names_arabic_articles_and_acronyms_spelled_over_and() {
    let names = names_of(&[
        (
            "a.txt",
            "BRASILIA, Jan 14 (Reuters) - Brazilian President Luiz Inácio Lula da Silva met \
             Uruguay's President Luis Lacalle Pou. Lula said the talks went well, and Lacalle \
             agreed. The United Nations Relief and Works Agency (UNRWA) said aid was short. \
             Palestinians and Israelis waited."
                .as_bytes(),
        ),
        (
            "b.txt",
            "Hamas official Khalil al-Hayya said the group would wait. Al-Hayya said 1,000 \
             prisoners would go free. Al-Qaeda claimed the attack. Officials blamed al-Qaeda \
             for it. Reporters Without Borders and Amnesty International (AI) protested. Donald \
             Trump Jr. defended his father. Mr. Trump's lawyers filed a motion. Oslo pledged \
             NOK 500m in aid, and Bern 12 million CHF."
                .as_bytes(),
        ),
    ]);
    let get = |name: &str| called(&names, name);
    // A particle keeps a name going after a nationality and a title, and the family name
    // before the particles, or before the last name, joins the full name.
    let lula = get("Luiz Inácio Lula da Silva");
    assert_eq!(lula.kind, NameType::Person);
    assert_eq!(lula.variants, ["Luiz Inácio Lula da Silva", "Lula"]);
    assert_eq!(
        get("Luis Lacalle Pou").variants,
        ["Lacalle", "Luis Lacalle Pou"]
    );
    // The name before "Jr" is the father's too.
    assert_eq!(get("Donald Trump Jr").variants, ["Donald Trump Jr"]);
    // "and" stays in a name whose acronym spells its initials, and no other.
    let unrwa = get("United Nations Relief and Works Agency");
    assert_eq!(
        unrwa.variants,
        ["UNRWA", "United Nations Relief and Works Agency"]
    );
    assert!(
        named(
            &names,
            "Reporters Without Borders and Amnesty International"
        )
        .is_none()
    );
    assert!(
        get("Amnesty International")
            .variants
            .contains(&"AI".to_string())
    );
    // A name in lower case after its article is a person's by the verb after it, and the
    // same name opening a sentence ("Al-Hayya said") joins it.
    let hayya = get("Khalil al-Hayya");
    assert_eq!(hayya.kind, NameType::Person);
    assert_eq!(hayya.variants, ["Al-Hayya", "Khalil al-Hayya"]);
    assert_eq!(get("Al-Qaeda").variants, ["Al-Qaeda", "al-Qaeda"]);
    // Nationalities in the plural, a month written short before a day, and a currency's code
    // beside an amount are no names.
    assert_no_names(&names, &["Palestinians", "Israelis", "Jan", "NOK", "CHF"]);
}

#[test]
fn business_copy_legal_forms_chief_executives_and_police_titles() {
    let names = names_of(&[(
        "a.txt",
        "SAN FRANCISCO, April 23 (Reuters) - Tesla Inc shares fell 7% after Chief Executive \
         Elon Musk warned of a tough year. Tesla Chief Financial Officer Vaibhav Taneja said \
         spending would fall. In China, BYD Co Ltd sold 300,000 cars; BYD said demand held. \
         Analysts expect Tesla to cut prices. DCI Rachel Bowden said officers had a knife."
            .as_bytes(),
    )]);
    let get = |name: &str| called(&names, name);
    // A firm's name with and without its legal form is one organisation.
    let tesla = get("Tesla");
    assert_eq!(tesla.kind, NameType::Organisation);
    assert_eq!(tesla.variants, ["Tesla", "Tesla Inc"]);
    assert_eq!(get("BYD").variants, ["BYD", "BYD Co Ltd"]);
    // "Chief Executive" is a title, and so is a title phrase before a name without a given
    // name from the list, after the firm's name.
    assert_eq!(get("Elon Musk").kind, NameType::Person);
    assert_eq!(get("Vaibhav Taneja").kind, NameType::Person);
    assert_eq!(get("Rachel Bowden").kind, NameType::Person);
    assert_no_names(
        &names,
        &[
            "Chief Executive Elon Musk",
            "Tesla Chief Financial Officer Vaibhav Taneja",
        ],
    );
}

#[test]
fn a_place_named_by_what_it_is_and_the_place_the_speakers_are_in() {
    let names = names_of(&[(
        "a.txt",
        "Floods killed 41 people, and officials in Himachal Pradesh said roads were shut. In \
         Lahore the Ravi River burst its banks near Anarkali Bazaar Street. Judges in The Hague \
         ruled on Monday, and lawyers at the Hague court appealed."
            .as_bytes(),
    )]);
    let get = |name: &str| called(&names, name);
    // "officials in X said": X is where the speakers are, not a speaker.
    assert_eq!(get("Himachal Pradesh").kind, NameType::Place);
    // A river is no person, though "Ravi" is a given name.
    assert_eq!(get("Ravi River").kind, NameType::Place);
    assert_eq!(get("Anarkali Bazaar Street").kind, NameType::Place);
    // "The" is part of a place so named.
    assert_eq!(get("The Hague").kind, NameType::Place);
    assert_eq!(get("The Hague").mentions.len(), 2);
    assert!(named(&names, "Hague").is_none());
    // A listed place written only in capitals, in a dateline, is shown as a place is written.
    let dateline = names_of(&[(
        "b.txt",
        b"MILAN, May 4 (Harbour Wire) - At least 42 people have died in floods.",
    )]);
    let milan = called(&dateline, "Milan");
    assert_eq!(milan.variants, ["MILAN"]);
    assert_eq!(milan.kind, NameType::Place);
    // So is a place not on the list that opens a dateline, but not a register opening a line
    // of a list.
    let unlisted = names_of(&[
        (
            "c.txt",
            b"MALAGA, Aug 12 (Coast Herald) - A wildfire has burned 8,000 hectares.",
        ),
        (
            "d.txt",
            b"EXST (Exception Status) - the cause of the last exception.",
        ),
    ]);
    let malaga = called(&unlisted, "Malaga");
    assert_eq!(malaga.variants, ["MALAGA"]);
    assert_eq!(malaga.kind, NameType::Place);
    // Also when the place is too long to be an acronym.
    let long = names_of(&[(
        "e.txt",
        b"VELDORAN, Jan 9 (Coast Herald) - Floods have closed 30 roads.",
    )]);
    assert_eq!(called(&long, "Veldoran").kind, NameType::Place);
    assert_ne!(called(&unlisted, "EXST").kind, NameType::Place);
    // A dateline before a dash too, shown as the text writes the place elsewhere; not a
    // command heading a manual page.
    let dashed = names_of(&[
        (
            "f.txt",
            b"KARVAN \xe2\x80\x94 A quake struck on Tuesday.\n\nThe minister spoke in Karvan.",
        ),
        (
            "g.txt",
            b"KARVAN \xe2\x80\x94 Rescuers worked through the night.",
        ),
        (
            "h.txt",
            b"ROLLBACK \xe2\x80\x94 abort the current transaction",
        ),
    ]);
    let karvan = called(&dashed, "Karvan");
    assert_eq!(karvan.variants, ["KARVAN", "Karvan"]);
    assert_eq!(karvan.kind, NameType::Place);
    assert!(named(&dashed, "ROLLBACK").is_none_or(|n| n.kind != NameType::Place));
    // The outlet in brackets between the place and the dash; not what the capitals stand
    // for, nor a register's bit.
    let bracketed = names_of(&[
        (
            "i.txt",
            b"DRAVIK (Ledger) \xe2\x80\x94 The Alliance finished first.\n\n\
              DRAVIK (Ledger) \xe2\x80\x94 Talks began.\n\nShe spoke in Dravik.",
        ),
        (
            "j.txt",
            b"RTSP (Real Time Streaming Protocol) - Carries the stream.\n\n\
              RXST (Bit 31) - Extended Status.",
        ),
    ]);
    let dravik = called(&bracketed, "Dravik");
    assert_eq!(dravik.variants, ["DRAVIK", "Dravik"]);
    assert_eq!(dravik.kind, NameType::Place);
    for register in ["RTSP", "RXST", "Rtsp", "Rxst"] {
        assert!(
            named(&bracketed, register).is_none_or(|n| n.kind != NameType::Place),
            "{register}"
        );
    }
    // A place named after what it is: "the village of Benahavis", "the town of Marbella".
    let of = names_of(&[(
        "e.txt",
        b"The fire started near the village of Benahavis and spread. Crews reached the town of \
          Marbella by noon.",
    )]);
    assert_eq!(called(&of, "Benahavis").kind, NameType::Place);
    assert_eq!(called(&of, "Marbella").kind, NameType::Place);
}

#[test]
fn a_party_named_after_its_leader_and_a_movement() {
    let names = names_of(&[(
        "a.txt",
        b"The Social Democratic Alliance of Petra Novak won the vote. Novak thanked the \
          Social Democratic Alliance, and the Homeland Movement came third. The Layout of \
          Jack Connector Pins is shown below.",
    )]);
    // No name goes on over "of" into a person's full name: the party and its leader are two.
    let alliance = called(&names, "Social Democratic Alliance");
    assert_eq!(alliance.mentions.len(), 2);
    assert_eq!(called(&names, "Petra Novak").kind, NameType::Person);
    assert!(named(&names, "Social Democratic Alliance of Petra Novak").is_none());
    assert_eq!(
        called(&names, "Homeland Movement").kind,
        NameType::Organisation
    );
    // A given name that is also a word opens no person after "of".
    assert!(named(&names, "Jack Connector Pins").is_none());
}

#[test]
fn operators_employers_accents_and_national_branches() {
    let names = names_of(&[
        (
            "a.txt",
            "MADRID, July 9 (Meridian News) - Demand hit a record, the grid operator Red \
             Eléctrica said. Red Eléctrica chief executive Beatriz Corredor said the network \
             held. Greenpeace Spain said the record was a warning. Red Eléctrica said prices \
             would ease.\n"
                .as_bytes(),
        ),
        (
            "b.txt",
            "Red Electrica said demand peaked at 2 p.m. Kremlin spokesman Dmitry Peskov said \
             Moscow would not comment.\n"
                .as_bytes(),
        ),
    ]);
    let get = |name: &str| called(&names, name);
    // "the grid operator X" and "X chief executive <person>" make X an organisation, which a
    // verb of speech does not outvote; the name written without its accents is the same one.
    let operator = get("Red Eléctrica");
    assert_eq!(operator.kind, NameType::Organisation);
    assert_eq!(operator.variants, ["Red Electrica", "Red Eléctrica"]);
    assert_eq!(operator.mentions.len(), 4);
    assert_eq!(get("Beatriz Corredor").kind, NameType::Person);
    // A role and a person after it keep a sentence's first word as a name.
    assert_eq!(get("Kremlin").kind, NameType::Organisation);
    assert_eq!(get("Dmitry Peskov").kind, NameType::Person);
    // A branch named after its country is no person for speaking.
    assert_ne!(get("Greenpeace Spain").kind, NameType::Person);
}

#[test]
fn a_sentence_start_written_as_often_in_lower_case_inside_sentences_is_no_name() {
    // "Wholesale" after the dateline and "wholesale" inside a sentence tie: the sentence starts
    // are not names.
    let names = names_of(&[
        (
            "a.txt",
            b"MADRID, July 9 (Meridian News) - Wholesale electricity prices rose.\n",
        ),
        (
            "b.txt",
            b"Wholesale prices rose to 312 euros. Traders at Iberdrola said wholesale prices \
              would ease.\n",
        ),
    ]);
    assert_no_names(&names, &["Wholesale"]);
    assert!(named(&names, "Iberdrola").is_some());
}

#[test]
fn organisations_by_said_it_and_acronym_over_and_or_shortened_and_a_role_is_none() {
    let names = names_of(&[(
        "a.txt",
        b"The Red Crescent said it had sent 1,200 tents. Oxfam said its teams were in Hatay.\n\n\
          The World Health Organization warned of disease. Dr Hans Kluge of the WHO said \
          hospitals were full.\n",
    )]);
    let get = |name: &str| called(&names, name);
    // "said it": no person speaks of itself so; it also keeps a sentence's first word a name.
    assert_eq!(get("Red Crescent").kind, NameType::Organisation);
    assert_eq!(get("Oxfam").kind, NameType::Organisation);
    // A firm named in full, then by its first word; not two firms sharing that word.
    let firms = names_of(&[
        (
            "d.txt",
            b"Nordvik Energy reported a profit. Shares in Nordvik rose, and Nordvik said it \
              would buy back shares.\n",
        ),
        (
            "e.txt",
            b"Vesta Group and Vesta Mining both reported. Vesta said little.\n",
        ),
    ]);
    assert_eq!(
        called(&firms, "Nordvik").variants,
        ["Nordvik", "Nordvik Energy"]
    );
    assert!(named(&firms, "Vesta Group").is_some() && named(&firms, "Vesta Mining").is_some());
    // The people after a one-word name are none of it; kin in a firm's name are.
    let members = names_of(&[(
        "f.txt",
        b"More than 120 Labour MPs signed it. Lehman Brothers collapsed.\n",
    )]);
    assert!(named(&members, "Labour").is_some() && named(&members, "Labour MPs").is_none());
    assert!(named(&members, "Lehman Brothers").is_some());
    // After a word for an organisation, "the" stays inside its name.
    let charity = names_of(&[(
        "g.txt",
        b"The charity Save the Children said the outbreak was preventable.\n",
    )]);
    assert_eq!(
        called(&charity, "Save the Children").kind,
        NameType::Organisation
    );
    // A role opening a sentence is no employer.
    let role = names_of(&[(
        "c.txt",
        b"Chief executive Ingrid Solberg said the company would buy back shares.\n",
    )]);
    assert_no_names(&role, &["Chief"]);
    assert_eq!(called(&role, "Ingrid Solberg").kind, NameType::Person);
    // A common word joins an organisation's name over "and"; a title or one word does not.
    let agency = names_of(&[(
        "b.txt",
        b"The toll rose, according to the Disaster and Emergency Management Authority. The \
          disaster hit ten provinces, a disaster agency said. The President and National \
          Security Council met. Use the GET and POST methods; the get method reads.\n",
    )]);
    let shown = |name: &str| named(&agency, name).is_some();
    assert!(shown("Disaster and Emergency Management Authority"));
    assert!(!shown("President and National Security Council"));
    assert!(!shown("GET and POST"));
    // "WHO" in capitals is the acronym, not "who", and joins the name it abbreviates.
    let who = get("World Health Organization");
    assert_eq!(who.variants, ["WHO", "World Health Organization"]);
    assert_eq!(who.kind, NameType::Organisation);
}

#[test]
fn an_acronym_with_a_connector_in_lower_case_joins_the_name_written_beside_it() {
    let names = names_of(&[
        (
            "a.txt",
            b"The Bank of England raised rates. The BoE said inflation was falling.",
        ),
        (
            "b.txt",
            b"Enable WoL on the card. WoL needs a magic packet.",
        ),
        ("c.txt", b"The painter Warburg of London sold the work."),
    ]);
    let bank = called(&names, "Bank of England");
    assert!(bank.variants.iter().any(|v| v == "BoE"), "{bank:?}");
    // An acronym defined at the end of a sentence joins its name too.
    let survey = names_of(&[(
        "d.txt",
        b"The depth came from the US Geological Survey (USGS). The USGS said so.",
    )]);
    assert_eq!(
        called(&survey, "US Geological Survey").variants,
        ["US Geological Survey", "USGS"]
    );
    // Initials alone do not make a name of another document's.
    assert!(named(&names, "WoL").is_some());
}

#[test]
fn an_organisation_named_in_full_then_by_its_last_word_is_one_name() {
    let names = names_of(&[
        (
            "a.txt",
            b"The European Commission said it would respond. The Commission declined to give \
              details.",
        ),
        (
            "b.txt",
            b"Officials at the European Commission met on Monday. The Commission said little.",
        ),
    ]);
    let commission = called(&names, "European Commission");
    assert!(
        commission.variants.iter().any(|v| v == "Commission"),
        "{commission:?}"
    );
    assert!(named(&names, "Commission").is_none());
}

#[test]
fn the_adjective_of_a_region_or_a_faith_is_no_name() {
    let names = names_of(&[(
        "a.txt",
        b"The fire has burned 8,200 hectares, the Andalusian emergency service said. The \
          Andalusian forest fire service sent 1,100 firefighters. Julian Moreno, a pilot, said \
          Julian flew twice. Christian Vidal said the Bavarian crews arrived. Mashhad is the \
          holy city of Shiite Muslims. Hindu pilgrims and Sunnis prayed. The Muslim Brotherhood \
          said it would take part.",
    )]);
    assert_no_names(
        &names,
        &[
            "Andalusian",
            "Bavarian",
            "Shiite Muslims",
            "Hindu",
            "Sunnis",
        ],
    );
    // A given name shaped like one stays a name, and so does a name with such a word in it.
    assert!(named(&names, "Julian Moreno").is_some());
    assert!(named(&names, "Christian Vidal").is_some());
    assert!(named(&names, "Muslim Brotherhood").is_some());
}

#[test]
fn an_age_after_a_name_makes_a_person_and_the_town_after_it_a_place() {
    let names = names_of(&[
        (
            "a.txt",
            b"Darren Whitlock, 52, of Harrogate, took savings from 312 clients. Supt Ann Hale \
              said the victims had lost their homes.",
        ),
        (
            "b.txt",
            b"Whitlock, 51, pleaded guilty. A value list reads BPF_K, 10, BPF_X, 12.",
        ),
    ]);
    let get = |name: &str| called(&names, name);
    let whitlock = get("Darren Whitlock");
    assert_eq!(whitlock.kind, NameType::Person);
    assert_eq!(whitlock.variants, ["Darren Whitlock", "Whitlock"]);
    assert_eq!(get("Harrogate").kind, NameType::Place);
    // A rank written short is a title, not part of the name.
    assert_eq!(get("Ann Hale").kind, NameType::Person);
    // A value in a list is no age.
    assert_ne!(get("BPF_K").kind, NameType::Person);
}

#[test]
fn a_doctor_of_a_body_a_saints_hospital_a_branch_and_a_region_after_the() {
    let names = names_of(&[(
        "a.txt",
        "Dr Amara Okafor of UKHSA said cases were rising. Most were in the West Midlands. \
         St Brendan's Hospital opened a ward, and the Birmingham Parents' Forum asked for more \
         clinics. Figures from NHS England show uptake fell. Okafor said parents should call."
            .as_bytes(),
    )]);
    // A person after an honorific does not go on over "of" into the body she works for.
    assert_no_names(&names, &["Amara Okafor of UKHSA"]);
    let okafor = called(&names, "Amara Okafor");
    assert_eq!(okafor.kind, NameType::Person);
    assert_eq!(okafor.variants, ["Amara Okafor", "Okafor"]);
    assert!(named(&names, "UKHSA").is_some());
    // A saint's possessive and a plural's apostrophe go on into the body's name.
    assert_no_names(&names, &["St Brendan", "Birmingham Parents", "Forum"]);
    for body in [
        "St Brendan's Hospital",
        "Birmingham Parents Forum",
        "NHS England",
    ] {
        assert_eq!(called(&names, body).kind, NameType::Organisation, "{body}");
    }
    // A region opened by a point of the compass, after "in the", is a place.
    assert_eq!(called(&names, "West Midlands").kind, NameType::Place);
}

#[test]
fn a_port_of_a_town_a_union_a_dutch_firm_and_large_cities() {
    let names = names_of(&[(
        "a.txt",
        "Dock workers at the Port of Velden walked out. The union FNV Havens said 4,800 had \
         joined. Velden Terminals BV said the strike was costly, and Velden Terminals made a \
         final offer. Shipments went through Antwerp and Gothenburg. A spokeswoman for Jumbo \
         said the chain was busy."
            .as_bytes(),
    )]);
    assert_eq!(called(&names, "Port of Velden").kind, NameType::Place);
    assert_eq!(called(&names, "FNV Havens").kind, NameType::Organisation);
    // A Dutch firm's legal form, as "Inc" is.
    let terminals = called(&names, "Velden Terminals");
    assert_eq!(
        terminals.variants,
        ["Velden Terminals", "Velden Terminals BV"]
    );
    assert_eq!(terminals.kind, NameType::Organisation);
    for city in ["Antwerp", "Gothenburg"] {
        assert_eq!(called(&names, city).kind, NameType::Place, "{city}");
    }
    // Who a spokeswoman speaks for does not speak.
    assert_ne!(called(&names, "Jumbo").kind, NameType::Person);
}

#[test]
fn letters_after_a_name_are_none_of_it_and_a_city_force_is_a_body() {
    let names = names_of(&[(
        "a.txt",
        "Judge Sarah Whitcombe KC said the fraud was cruel. Detective Inspector Ravi Mehta of \
         the City of London Police said officers had traced the assets. The City of London \
         Police said more would follow."
            .as_bytes(),
    )]);
    assert_no_names(&names, &["Sarah Whitcombe KC"]);
    assert_eq!(called(&names, "Sarah Whitcombe").kind, NameType::Person);
    // An organisation word outweighs the place word opening the name.
    assert_eq!(
        called(&names, "City of London Police").kind,
        NameType::Organisation
    );
}

#[test]
fn a_firm_named_with_its_legal_form_in_full_and_by_its_first_word_is_one_name() {
    let names = names_of(&[(
        "a.txt",
        "Orrin Systems Inc. reported record revenue. Orrin Systems said cloud sales rose, and \
         Orrin expects more. Shares of Orrin climbed."
            .as_bytes(),
    )]);
    // "Orrin Systems Inc" joins "Orrin Systems", which joins "Orrin": one name.
    let orrin = called(&names, "Orrin");
    assert_eq!(
        orrin.variants,
        ["Orrin", "Orrin Systems", "Orrin Systems Inc"]
    );
    assert_eq!(orrin.kind, NameType::Organisation);
    assert_no_names(&names, &["Orrin Systems", "Orrin Systems Inc"]);
}

#[test]
fn a_file_saved_twice_names_the_same_people_in_both_copies() {
    let report =
        "Minister Oksana Krasnova said the bridge would reopen. Krasnova spoke in Odesa.\n";
    let names = names_of(&[
        ("a.txt", report.as_bytes()),
        ("b.txt", b"The ferry ran late again on Tuesday.\n"),
        ("c.txt", report.as_bytes()),
    ]);
    let krasnova = called(&names, "Oksana Krasnova");
    assert_eq!(krasnova.documents, [0, 2]);
    assert_eq!(krasnova.mentions.len(), 4);
    // The copy's mentions are where the first file's are.
    let (first, copy) = krasnova.mentions.split_at(2);
    for (a, c) in first.iter().zip(copy) {
        assert_eq!((a.doc, c.doc), (0, 2));
        assert_eq!((a.start, a.end), (c.start, c.end));
    }
    assert_eq!(called(&names, "Odesa").documents, [0, 2]);
}

#[test]
fn a_lone_word_opening_a_sentence_is_a_name_only_when_a_cue_follows_it() {
    let names = names_of(&[(
        "a.txt",
        "Velmora, a shipping firm, cut 300 jobs at the port. Tarnwick said it would close \
         the plant this year. Consider the harbour: trade there fell, and we consider it lost. \
         Dockers said the cuts came late."
            .as_bytes(),
    )]);
    // Written capitalised only where they open a sentence, each the only capital in it.
    assert_eq!(called(&names, "Velmora").kind, NameType::Organisation);
    assert_eq!(called(&names, "Tarnwick").kind, NameType::Organisation);
    assert_no_names(&names, &["Consider", "Dockers"]);
}
