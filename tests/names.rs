//! Named figures: extraction, types, variant merges and the user's edits.

use quarry::engine::names::{NameEdit, NameType, extract_names};

use crate::support::{analyse, sample_corpus, temp_corpus};

#[test]
fn sample_corpus_names_merge_variants_and_have_types() {
    let analysis = analyse(&sample_corpus());
    let names = extract_names(&analysis.documents, &analysis.index, &analysis.figures, &[]);
    let get = |name: &str| {
        names
            .iter()
            .find(|n| n.name == name)
            .unwrap_or_else(|| panic!("no name {name}"))
    };
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
    assert!(
        names
            .iter()
            .all(|n| !["Russian", "September", "May", "The"].contains(&n.name.as_str()))
    );
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
