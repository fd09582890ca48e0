//! Passages and links on the sample corpus, and boilerplate that must not cause a link storm.

use quarry::engine::links::{Evidence, LinkKind, LinkSettings, Links};
use quarry::engine::names::NameEdit;

use crate::support::{analyse, quarry_json, sample_corpus, temp_corpus};

/// Names and links of an analysis with the default settings.
fn links_of(analysis: &quarry::engine::analysis::Analysis) -> Links {
    analysis.links(&analysis.names(&[]), &LinkSettings::default())
}

/// Names and links, with the default settings, of a corpus of `(file name, text)`.
fn links_of_files(files: &[(String, String)]) -> Links {
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_bytes()))
        .collect();
    let dir = temp_corpus(&refs);
    links_of(&analyse(dir.path()))
}

fn passage_name(analysis: &quarry::engine::analysis::Analysis, links: &Links, p: usize) -> String {
    let passage = &links.passages[p];
    format!(
        "{}#{}",
        analysis.documents[passage.doc as usize].path, passage.index
    )
}

/// The links of `kind`: both passages by name, and the score.
fn pairs_of_kind(
    analysis: &quarry::engine::analysis::Analysis,
    links: &Links,
    kind: LinkKind,
) -> Vec<(String, String, f64)> {
    links
        .links
        .iter()
        .filter(|l| l.kind == kind)
        .map(|l| {
            (
                passage_name(analysis, links, l.a),
                passage_name(analysis, links, l.b),
                l.score,
            )
        })
        .collect()
}

/// The passages, by name, that the links of `kind` join, in the links' order.
fn passages_of_kind(
    analysis: &quarry::engine::analysis::Analysis,
    links: &Links,
    kind: LinkKind,
) -> Vec<(String, String)> {
    (pairs_of_kind(analysis, links, kind).into_iter())
        .map(|(a, b, _)| (a, b))
        .collect()
}

/// The passages, by name, that conflicting-figure links join, with the default settings, sorted.
fn conflicting_passages(analysis: &quarry::engine::analysis::Analysis) -> Vec<(String, String)> {
    let links = links_of(analysis);
    let mut pairs = passages_of_kind(analysis, &links, LinkKind::ConflictingFigure);
    pairs.sort();
    pairs
}

/// What each figure counts, and its claim, in order.
fn claims(analysis: &quarry::engine::analysis::Analysis) -> Vec<(Option<&str>, Option<&str>)> {
    (analysis.figures.iter())
        .map(|f| (f.counted.as_deref(), f.predicate()))
        .collect()
}

/// `(a, b)` pairs of passage names, as [`conflicting_passages`] gives them.
fn named_pairs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    (pairs.iter())
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn sample_corpus_reuse_figure_and_conflict_links() {
    let analysis = analyse(&sample_corpus());
    let links = links_of(&analysis);
    let named: Vec<(LinkKind, String, String)> = links
        .links
        .iter()
        .map(|l| {
            (
                l.kind,
                passage_name(&analysis, &links, l.a),
                passage_name(&analysis, &links, l.b),
            )
        })
        .collect();
    let has = |kind: LinkKind, a: &str, b: &str| {
        named.iter().any(|(k, x, y)| *k == kind && x == a && y == b)
    };

    // The photo caption repeats a paragraph of the body; the HTML pull quote repeats a paragraph.
    assert!(has(
        LinkKind::Reuse,
        "northern-ledger-military-courts.txt#3",
        "northern-ledger-military-courts.txt#5"
    ));
    assert!(has(
        LinkKind::Reuse,
        "capital-wire-un-report.html#4",
        "capital-wire-un-report.html#7"
    ));
    let caption = links
        .links
        .iter()
        .find(|l| {
            l.kind == LinkKind::Reuse
                && passage_name(&analysis, &links, l.b) == "northern-ledger-military-courts.txt#5"
        })
        .expect("caption link");
    let Evidence::SharedText { spans_b, .. } =
        links.evidence(caption, &analysis.documents, &analysis.index)
    else {
        panic!("shared text evidence")
    };
    let text = &analysis.documents[4].text;
    assert!(
        spans_b[0]
            .of(text)
            .contains("over 20,000 cases of insubordination by the end of May")
    );
    assert!(caption.score > 0.7);
    // Read against another corpus's index (here an empty one), the shared text is simply not
    // found.
    let elsewhere = links.evidence(caption, &analysis.documents, &Default::default());
    assert!(
        matches!(elsewhere, Evidence::SharedText { spans_a, spans_b, shingles }
            if spans_a.is_empty() && spans_b.is_empty() && shingles > 0)
    );

    // Outlets reporting the court data's 17,000 convictions are linked by the same figure.
    assert!(has(
        LinkKind::SameFigure,
        "capital-wire-un-report.html#9",
        "northern-ledger-military-courts.txt#5"
    ));
    assert!(has(
        LinkKind::SameFigure,
        "meridian-explainer-war-in-numbers.txt#13",
        "northern-ledger-military-courts.txt#3"
    ));
    // The two outlets that disagree on prosecutions are linked by a conflicting figure.
    let conflicts: Vec<_> = named
        .iter()
        .filter(|(k, _, _)| *k == LinkKind::ConflictingFigure)
        .collect();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(
        (conflicts[0].1.as_str(), conflicts[0].2.as_str()),
        (
            "eastern-courier-prosecutions.txt#2",
            "meridian-explainer-war-in-numbers.txt#13"
        )
    );
    assert!(named.iter().any(|(k, _, _)| *k == LinkKind::RelatedFigure));
    // The two accounts of Ilya Gorkov and his mother share rare names.
    assert!(has(
        LinkKind::SameNames,
        "northern-ledger-military-courts.txt#12",
        "riverside-gazette-four-days-at-the-tree.txt#2"
    ));
    // Topic echoes are similar links, never between passages that already reuse text.
    assert!(has(
        LinkKind::Similar,
        "capital-wire-un-report.html#2",
        "meridian-explainer-war-in-numbers.txt#12"
    ));
    for similar in links.links.iter().filter(|l| l.kind == LinkKind::Similar) {
        assert!(
            !links
                .links
                .iter()
                .any(|l| l.kind == LinkKind::Reuse && (l.a, l.b) == (similar.a, similar.b))
        );
        assert!(similar.score >= LinkSettings::default().similar_min_score);
    }
    // A pair of passages that each chose the other as similar is one link, as is every pair
    // of every kind, its lower passage first.
    let mut linked: Vec<_> = links.links.iter().map(|l| (l.kind, l.a, l.b)).collect();
    linked.sort_unstable();
    linked.dedup();
    assert_eq!(linked.len(), links.links.len());
    assert!(links.links.iter().all(|l| l.a < l.b));
    // Each passage's links come strongest first, and every passage id is stable.
    let of = links.of(caption.b);
    assert!(of.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(
        links
            .passages
            .windows(2)
            .all(|w| (w[0].doc, w[0].index) < (w[1].doc, w[1].index))
    );
}

#[test]
fn boilerplate_in_every_file_makes_no_link_storm() {
    let words = [
        "harbour", "orchard", "granite", "violin", "lantern", "meadow", "copper", "thistle",
        "glacier", "saffron", "falcon", "quarry", "beacon", "willow", "ember", "marble",
    ];
    let mut files = Vec::new();
    for (i, chunk) in words
        .iter()
        .cycle()
        .skip(3)
        .take(20 * 8)
        .collect::<Vec<_>>()
        .chunks(8)
        .enumerate()
    {
        let unique: Vec<String> = chunk
            .iter()
            .enumerate()
            .map(|(k, w)| format!("{w}{i}x{k}"))
            .collect();
        let body = format!(
            "Story {i}. {} gathered near the {} while {} watched the {} and {} counted {} beside {} and {}.\n\n\
             Leave a Reply. Your email address will not be published. Required fields are marked.\n\n\
             We use cookies to improve your experience. By continuing to browse you accept our use of cookies.\n",
            unique[0], unique[1], unique[2], unique[3], unique[4], unique[5], unique[6], unique[7]
        );
        files.push((format!("story-{i:02}.txt"), body));
    }
    let links = links_of_files(&files);
    assert!(
        links.links.iter().all(|l| l.kind != LinkKind::Reuse),
        "{:?}",
        links.links.first()
    );
    assert!(!links.boilerplate.is_empty());
    assert!(links.boilerplate.iter().all(|b| b.passages == 20));
    assert!(
        links
            .boilerplate
            .iter()
            .any(|b| b.text.contains("email address"))
    );
}

/// A diary naming the same two people in each of `entries` paragraphs.
fn diary(entries: usize) -> String {
    (0..entries)
        .map(|day| {
            format!(
                "Entry {day}: Ilse Brandvold and Tarn Okafor mended net number {} by lamplight.\n\n",
                day * 7 + 3
            )
        })
        .collect()
}

#[test]
fn names_too_common_to_link_by_are_set_aside_and_reported() {
    let mut files = Vec::new();
    // A desk named in every story, beside a figure: without the cap, every pair of the eight
    // stories would be linked by it.
    for (i, place) in [
        "Varden", "Ostmark", "Lindholm", "Sorrel", "Brisk", "Tallow", "Quill", "Amber",
    ]
    .iter()
    .enumerate()
    {
        files.push((
            format!("story-{i}.txt"),
            format!(
                "The ferry from {place} carried {} passengers on its first crossing, the \
                 Harbour Desk of Meridian Wire reported.\n",
                100 + i * 17
            ),
        ));
    }
    // One diary naming the same two people in sixty different entries.
    files.push(("diary.txt".to_string(), diary(60)));
    let links = links_of_files(&files);
    let common = |name: &str| links.common_names.iter().find(|c| c.name == name);
    let desk = common("Harbour Desk of Meridian Wire").expect("the desk is set aside");
    assert_eq!((desk.documents, desk.passages), (8, None));
    for person in ["Ilse Brandvold", "Tarn Okafor"] {
        let set_aside = common(person).unwrap_or_else(|| panic!("{person} is set aside"));
        assert_eq!((set_aside.documents, set_aside.passages), (1, Some(60)));
    }
    assert!(
        links.links.iter().all(|l| l.kind != LinkKind::SameNames),
        "{:?}",
        links.links.iter().find(|l| l.kind == LinkKind::SameNames)
    );
    // Most documents first.
    assert_eq!(links.common_names[0].name, "Harbour Desk of Meridian Wire");
}

#[test]
fn links_are_identical_whatever_the_thread_count() {
    let run = |threads: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool")
            .install(|| {
                let analysis = analyse(&sample_corpus());
                links_of(&analysis)
            })
    };
    let (one, three) = (run(1), run(3));
    assert!(!one.links.is_empty());
    // Links, evidence, boilerplate and common names alike.
    assert!(one == three, "links differ between 1 and 3 threads");
}

#[test]
fn links_and_names_json_through_the_cli() {
    let corpus = sample_corpus().display().to_string();
    let run = quarry_json;
    let links = run(&[
        "links",
        &corpus,
        "--kind",
        "reuse",
        "--min-score",
        "0.5",
        "-q",
    ]);
    let links = links.as_array().expect("array");
    assert!(
        !links.is_empty()
            && links
                .iter()
                .all(|l| l["kind"] == "reuse" && l["score"].as_f64() >= Some(0.5))
    );
    let caption = links
        .iter()
        .find(|l| l["b"]["passage"] == "northern-ledger-military-courts.txt#5")
        .expect("the caption link");
    for end in ["a", "b"] {
        let side = &caption[end];
        assert_eq!(side["doc"], "northern-ledger-military-courts.txt");
        assert!(side["start"].as_u64() < side["end"].as_u64());
        assert!(
            side["text"]
                .as_str()
                .is_some_and(|t| t.contains("20,000 cases of insubordination"))
        );
    }
    assert_eq!(caption["evidence"]["type"], "shared_text");
    assert!(
        caption["evidence"]["a"][0]["text"]
            .as_str()
            .is_some_and(|t| t.contains("About 18,000 of them"))
    );

    let conflict = run(&["links", &corpus, "--kind", "conflicting-figure", "-q"]);
    // The short kind names the issue writes ("--kind reuse,conflict") work too.
    let short = run(&["links", &corpus, "--kind", "conflict", "-q"]);
    assert_eq!(short, conflict);
    let evidence = &conflict[0]["evidence"];
    assert_eq!(evidence["type"], "figures");
    assert_eq!(evidence["pairs"][0][0]["text"], "More than 16,000");
    assert_eq!(evidence["pairs"][0][1]["text"], "20,000");

    let names = run(&["names", &corpus, "-q"]);
    let krasnova = names
        .as_array()
        .and_then(|n| n.iter().find(|x| x["name"] == "Oksana Krasnova"))
        .expect("Krasnova");
    assert_eq!(krasnova["kind"], "person");
    assert_eq!(
        krasnova["variants"],
        serde_json::json!(["Krasnova", "Oksana Krasnova"])
    );
    assert_eq!(krasnova["mentions"], 6);
    assert_eq!(
        krasnova["documents"],
        serde_json::json!([
            "northern-ledger-military-courts.txt",
            "riverside-gazette-four-days-at-the-tree.txt"
        ])
    );
}

#[test]
fn linking_stops_when_asked() {
    let analysis = analyse(&sample_corpus());
    let names = analysis.names(&[]);
    let settings = quarry::engine::links::LinkSettings::default();
    let groups = quarry::engine::figures::groups::groups(&analysis.figures);
    let pairs = quarry::engine::figures::groups::pairs(&analysis.figures);
    let run = |stop: &(dyn Fn() -> bool + Sync)| {
        analysis.names_and_links_until(&groups, &pairs, &[], &settings, stop)
    };
    assert!(run(&|| true).is_none());
    let (named, full) = run(&|| false).expect("not stopped");
    // Extracting names beside linking gives what extracting them first does.
    assert_eq!(named, names);
    assert_eq!(full, analysis.links(&names, &settings));
}

#[test]
fn short_passages_are_not_similar_unless_the_setting_allows_them() {
    let analysis = analyse(&sample_corpus());
    let names = analysis.names(&[]);
    let similar_pairs = |settings: &LinkSettings| -> Vec<(String, String)> {
        let links = analysis.links(&names, settings);
        pairs_of_kind(&analysis, &links, LinkKind::Similar)
            .into_iter()
            .map(|(a, b, _)| (a, b))
            .collect()
    };
    // The explainer's title and its two-word heading "1. Casualties" share words by chance.
    let heading = (
        "meridian-explainer-war-in-numbers.txt#0".to_string(),
        "meridian-explainer-war-in-numbers.txt#3".to_string(),
    );
    let default = similar_pairs(&LinkSettings::default());
    assert!(!default.contains(&heading));
    let every = similar_pairs(&LinkSettings {
        similar_min_terms: 1,
        ..LinkSettings::default()
    });
    assert!(every.contains(&heading));
    // Short passages bring more (chance) links with them.
    assert!(every.len() > default.len());
}

#[test]
fn similar_links_give_the_content_words_both_passages_use() {
    let files = [
        (
            "fjord-post.txt",
            "Farmers moved herds when meltwater flooded one valley; 240 metres of glacier went.",
        ),
        (
            "coast-weekly.txt",
            "Glacier meltwater flooded a valley, so herds and farmers left; metres of ice, 240 in \
             all, gone.",
        ),
        (
            "harbour-notes.txt",
            "A ferry timetable change means evening crossings to the islands now leave from the \
             north quay instead of the old pier.",
        ),
        (
            "market-brief.txt",
            "Fish prices at the morning auction rose sharply after storms kept most trawlers in \
             port for a week.",
        ),
    ];
    let dir = temp_corpus(&files.map(|(name, text)| (name, text.as_bytes())));
    let analysis = analyse(dir.path());
    let links = links_of(&analysis);
    let similar: Vec<_> = (links.links.iter())
        .filter(|l| l.kind == LinkKind::Similar)
        .collect();
    assert_eq!(
        similar.len(),
        1,
        "{:?}",
        pairs_of_kind(&analysis, &links, LinkKind::Similar)
    );
    let Evidence::Terms { terms } =
        links.evidence(similar[0], &analysis.documents, &analysis.index)
    else {
        panic!("terms as evidence")
    };
    // Seven content words are shared, all as rare and as weighty, so the five shown are the
    // first five in order; the shared number and stop words are never evidence.
    assert_eq!(
        terms,
        ["farmers", "flooded", "glacier", "herds", "meltwater"]
    );
}

#[test]
fn every_copy_of_a_reprinted_paragraph_is_linked_to_every_other() {
    let paragraph = "Workers at the granite quarry above Velmora reported that the northern \
                     face had shifted by nearly two metres after the spring storms, and the \
                     council closed the access road until engineers could inspect the slope.";
    // The third copy differs only in case, which terms fold away.
    let shouting = paragraph.replace("granite quarry", "Granite Quarry");
    let heading = "Velmora harbour cranes repainted bright orange";
    let files = [
        (
            "a.txt",
            format!("Harbour notes.\n\n{paragraph}\n\n{heading}\n\nThe ferry left at dawn.\n"),
        ),
        (
            "b.txt",
            format!("Morning bulletin from the coast.\n\n{paragraph}\n\n{heading}\n"),
        ),
        (
            "c.txt",
            format!("{heading}\n\nRegional digest.\n\n{shouting}\n"),
        ),
        (
            "d.txt",
            "A reader wrote in. Workers at the granite quarry above Velmora reported that the \
             northern face had shifted by nearly two metres after the spring storms, she \
             said, though the school bus still runs along the coast every morning at eight.\n"
                .to_string(),
        ),
    ];
    let refs: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_bytes())).collect();
    let dir = temp_corpus(&refs);
    let analysis = analyse(dir.path());
    let links = links_of(&analysis);
    let text_at = |p: usize, span: &quarry::engine::segment::Span| -> String {
        let doc = &analysis.documents[links.passages[p].doc as usize];
        doc.text[span.start as usize..span.end as usize].to_string()
    };
    let reuse: Vec<(String, String, f64, String, String)> = links
        .links
        .iter()
        .filter(|l| l.kind == LinkKind::Reuse)
        .map(|l| {
            let Evidence::SharedText {
                spans_a, spans_b, ..
            } = links.evidence(l, &analysis.documents, &analysis.index)
            else {
                panic!("reuse without shared text: {l:?}");
            };
            (
                passage_name(&analysis, &links, l.a),
                passage_name(&analysis, &links, l.b),
                l.score,
                text_at(l.a, &spans_a[0]),
                text_at(l.b, &spans_b[0]),
            )
        })
        .collect();
    let whole = |name: &str| -> &(String, String, f64, String, String) {
        let parts: Vec<&str> = name.split(' ').collect();
        reuse
            .iter()
            .find(|r| r.0 == parts[0] && r.1 == parts[1])
            .unwrap_or_else(|| panic!("no reuse link {name}: {reuse:#?}"))
    };
    // The three copies: every pair, whole, each span read from its own document.
    for pair in ["a.txt#1 b.txt#1", "a.txt#1 c.txt#2", "b.txt#1 c.txt#2"] {
        let link = whole(pair);
        assert_eq!(link.2, 1.0, "{link:?}");
        // Spans run from the first shared word to the last (the full stop is not a word).
        let expected = |name: &str| {
            let copy = if name.starts_with('c') {
                &shouting
            } else {
                paragraph
            };
            copy.trim_end_matches('.').to_string()
        };
        assert_eq!(link.3, expected(&link.0));
        assert_eq!(link.4, expected(&link.1));
    }
    // The partial quote is linked to each copy alike.
    let quoted: Vec<_> = ["a.txt#1 d.txt#0", "b.txt#1 d.txt#0", "c.txt#2 d.txt#0"]
        .iter()
        .map(|pair| whole(pair))
        .collect();
    assert!(quoted.iter().all(|q| q.2 < 1.0 && q.2 == quoted[0].2));
    assert!(quoted.iter().all(|q| q.4 == quoted[0].4));
    assert!(quoted[0].4.starts_with("Workers at the granite quarry"));
    assert!(quoted[0].4.ends_with("spring storms"));
    assert_eq!(reuse.len(), 6, "{reuse:#?}");
    // The heading is too short to count as reuse, but its copies are similar to each other.
    let similar = pairs_of_kind(&analysis, &links, LinkKind::Similar);
    for (a, b) in [
        ("a.txt#2", "b.txt#2"),
        ("a.txt#2", "c.txt#0"),
        ("b.txt#2", "c.txt#0"),
    ] {
        assert!(
            similar.iter().any(|s| s.0 == a && s.1 == b && s.2 > 0.999),
            "{a} {b}: {similar:?}"
        );
    }
}

#[test]
fn the_passage_cap_and_the_neighbour_count_are_settings() {
    // One diary naming the same two people in sixty entries: over the default cap of fifty
    // passages the names link nothing; with a higher cap they link the entries.
    let dir = temp_corpus(&[("diary.txt", diary(60).as_bytes())]);
    let analysis = analyse(dir.path());
    let names = analysis.names(&[]);
    let same_names = |links: &Links| {
        links
            .links
            .iter()
            .filter(|l| l.kind == LinkKind::SameNames)
            .count()
    };
    let capped = analysis.links(&names, &LinkSettings::default());
    assert_eq!(same_names(&capped), 0);
    assert_eq!(capped.common_names.len(), 2);
    let uncapped = analysis.links(
        &names,
        &LinkSettings {
            max_term_passages: 100,
            ..LinkSettings::default()
        },
    );
    // Every pair of the sixty entries.
    assert_eq!(same_names(&uncapped), 60 * 59 / 2);
    assert!(uncapped.common_names.is_empty());

    // Fewer neighbours kept, fewer similar links.
    let analysis = analyse(&sample_corpus());
    let names = analysis.names(&[]);
    let similar = |neighbours: usize| {
        let settings = LinkSettings {
            similar_min_terms: 1,
            similar_min_score: 0.1,
            similar_neighbours: neighbours,
            ..LinkSettings::default()
        };
        pairs_of_kind(
            &analysis,
            &analysis.links(&names, &settings),
            LinkKind::Similar,
        )
        .len()
    };
    let (one, five) = (similar(1), similar(5));
    assert!(
        one > 0 && one < five,
        "{one} with one neighbour, {five} with five"
    );
}

#[test]
fn outlets_quoting_one_price_are_linked_and_two_peak_demands_conflict() {
    let files: [(&str, &[u8]); 3] = [
        (
            "harbour.txt",
            b"Wholesale electricity prices in Spain hit a record 312 euros per megawatt hour \
              on Tuesday.\n\nThe grid operator said peak demand reached 41,200 megawatts at \
              two in the afternoon.\n\nIn Seville temperatures reached 44 degrees.\n",
        ),
        (
            "ledger.txt",
            b"Demand peaked at 43,500 megawatts in the early afternoon, the operator said.\n\n\
              Wholesale prices rose to 312 euros per megawatt hour.\n\n\
              In Cordoba temperatures reached 46 degrees.\n",
        ),
        (
            "wire.txt",
            b"Households were told to use less power after wholesale prices hit a record \
              312 euros per megawatt hour.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    let links = links_of(&analysis);
    assert_eq!(
        passages_of_kind(&analysis, &links, LinkKind::SameFigure),
        named_pairs(&[
            ("harbour.txt#0", "ledger.txt#1"),
            ("harbour.txt#0", "wire.txt#0"),
            ("ledger.txt#1", "wire.txt#0")
        ])
    );
    // The two peak demands conflict; the temperatures of two cities do not.
    let conflicts: Vec<_> = (links.links.iter())
        .filter(|l| l.kind == LinkKind::ConflictingFigure)
        .collect();
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    let (a, b) = (conflicts[0].a, conflicts[0].b);
    assert_eq!(passage_name(&analysis, &links, a), "harbour.txt#1");
    assert_eq!(passage_name(&analysis, &links, b), "ledger.txt#0");
    let evidence = links.evidence(conflicts[0], &analysis.documents, &analysis.index);
    let Evidence::Figures { reason, .. } = evidence else {
        panic!("figure evidence expected, found {evidence:?}");
    };
    assert_eq!(
        reason,
        Some(
            "both give the level of peak demand in megawatts for the same period, but 41,200 \
             megawatts and 43,500 megawatts cannot both hold"
        )
    );
}

#[test]
fn outlets_stating_one_amount_of_aid_are_linked() {
    let files: [(&str, &[u8]); 4] = [
        (
            "a.txt",
            b"Prime Minister Elena Varga, who visited Moresk on Sunday, promised 50 million \
              euros in aid.\n",
        ),
        (
            "b.txt",
            b"The government has promised 50 million euros in emergency aid for the region.\n",
        ),
        // Not an amount of aid: what is bought is in no word after "in".
        (
            "c.txt",
            b"Investors put 50 million euros in total into the new port.\n",
        ),
        // Funds given are aid too.
        (
            "d.txt",
            b"The region is to receive 50 million euros in emergency funds.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    let aid: Vec<_> = (analysis.figures.iter())
        .map(|f| f.counted.as_deref())
        .collect();
    assert_eq!(
        aid,
        [
            Some("aid"),
            Some("emergency aid"),
            None,
            Some("emergency funds")
        ]
    );
    let links = links_of(&analysis);
    assert_eq!(
        passages_of_kind(&analysis, &links, LinkKind::SameFigure),
        named_pairs(&[
            ("a.txt#0", "b.txt#0"),
            ("a.txt#0", "d.txt#0"),
            ("b.txt#0", "d.txt#0")
        ])
    );
}

#[test]
fn outlets_putting_different_costs_on_a_strike_conflict() {
    let files: [(&str, &[u8]); 3] = [
        (
            "gazette.txt",
            b"The port authority said the strike was costing the regional economy about \
              \xe2\x82\xac35 million a day.\n",
        ),
        (
            "news.txt",
            b"The authority put the cost of the stoppage at \xe2\x82\xac20 million a day.\n",
        ),
        // What a meal costs is said of the meal, and no person pays it here.
        (
            "diary.txt",
            b"The meal cost \xe2\x82\xac20 million, said the chef.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    assert_eq!(
        claims(&analysis),
        [
            (Some("meal"), None),
            (Some("cost"), Some("level")),
            (Some("cost of the stoppage"), Some("level")),
        ]
    );
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[("gazette.txt#0", "news.txt#0")])
    );
}

#[test]
fn outlets_giving_different_rises_in_one_thing_conflict_for_one_period() {
    let files: [(&str, &[u8]); 5] = [
        // A fall disagrees with any rise.
        (
            "council.txt",
            b"Rents in Calder City fell 2% last year, the council said.\n",
        ),
        (
            "courier.txt",
            b"Rents in Calder City rose by 12% last year, the charity said.\n\n\
              Wages in Calder City fell 2% last year.\n",
        ),
        (
            "homestead.txt",
            b"Rents in Calder City rose 9.4 per cent last year, according to the housing \
              charity Homestead.\n\n\
              Unemployment in Calder City rose to 12% last year.\n",
        ),
        (
            "ledger.txt",
            b"Rents in Calder City increased 7% in 2023.\n\n\
              Rents in Marlow rose 15% last year.\n",
        ),
        // The place named before what rose, as a name opening the sentence.
        (
            "review.txt",
            b"Calder City rents increased 11% last year.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    assert_eq!(
        claims(&analysis),
        [
            (Some("rents in Calder City"), Some("fall")),
            (Some("rents in Calder City"), Some("rise")),
            (Some("wages in Calder City"), Some("fall")),
            (Some("rents in Calder City"), Some("rise")),
            (Some("unemployment in Calder City"), Some("level")),
            (Some("rents in Calder City"), Some("rise")),
            // The year 2023.
            (None, None),
            (Some("rents in Marlow"), Some("rise")),
            (Some("Calder City rents"), Some("rise")),
        ]
    );
    // One year's rise given differently, or a fall against it, conflicts, wherever the place is
    // named; a change over another period is related; a rise in Marlow, a fall in wages and a
    // level of unemployment are other claims.
    let links = links_of(&analysis);
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[
            ("council.txt#0", "courier.txt#0"),
            ("council.txt#0", "homestead.txt#0"),
            ("council.txt#0", "review.txt#0"),
            ("courier.txt#0", "homestead.txt#0"),
            ("courier.txt#0", "review.txt#0"),
            ("homestead.txt#0", "review.txt#0"),
        ])
    );
    let mut related = passages_of_kind(&analysis, &links, LinkKind::RelatedFigure);
    related.sort();
    assert_eq!(
        related,
        named_pairs(&[
            ("council.txt#0", "ledger.txt#0"),
            ("courier.txt#0", "ledger.txt#0"),
            ("homestead.txt#0", "ledger.txt#0"),
            ("ledger.txt#0", "review.txt#0"),
        ])
    );
    // The reason says which way each went.
    let reasons: Vec<String> = (quarry::engine::figures::groups::pairs(&analysis.figures))
        .into_iter()
        .map(|pair| pair.reason)
        .collect();
    assert!(
        reasons.contains(
            &"both give the change in rents in Calder City for the same period, but a fall of 2% \
          and a rise of 12% cannot both hold"
                .to_string()
        )
    );
}

#[test]
fn outlets_counting_the_missing_differently_conflict() {
    let files: [(&str, &[u8]); 2] = [
        (
            "courier.txt",
            b"Rescuers said about 20 people were still missing after the landslide.\n\n\
              If the form is missing or invalid then the default value 40 is used.\n",
        ),
        (
            "ledger.txt",
            b"Officials said 23 people were reported missing after the landslide.\n\n\
              The value 45 is used.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    // What is missing comes before the word, never after it.
    assert_eq!(
        claims(&analysis),
        [
            (Some("people"), Some("missing")),
            (None, None),
            (Some("people"), Some("missing")),
            (None, None),
        ]
    );
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[("courier.txt#0", "ledger.txt#0")])
    );
}

#[test]
fn breach_reports_conflict_on_the_cards_exposed_not_on_the_records_stolen() {
    let files: [(&str, &[u8]); 3] = [
        (
            "wire.txt",
            b"Insurer Halvard Mutual said hackers had stolen the personal details of about 4.3 \
              million customers.\n\n\
              Around 310,000 customers had payment card numbers exposed, chief executive Martin \
              Okoye said.\n",
        ),
        (
            "ledger.txt",
            b"Hackers stole the data of 4.3 million customers, the insurer said.\n\n\
              The security company put the number of customers whose card details were exposed \
              at 450,000, well above the 310,000 figure given by Halvard.\n",
        ),
        (
            "courier.txt",
            b"The attack exposed the records of 4.3m people.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    // Customers whose data were stolen, and those whose cards were laid open: two claims; the
    // number an estimate is put at is the number of what follows "the number of", and "the
    // 310,000 figure given by Halvard" ends its noun before the participle.
    assert_eq!(
        claims(&analysis),
        [
            (Some("people"), Some("expose")),
            (Some("customers"), Some("steal")),
            (Some("customers"), Some("expose")),
            (Some("figure"), None),
            (Some("customers"), Some("steal")),
            (Some("customers"), Some("expose")),
        ]
    );
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[("ledger.txt#1", "wire.txt#1")])
    );
    let links = links_of(&analysis);
    assert_eq!(
        passages_of_kind(&analysis, &links, LinkKind::SameFigure),
        [("ledger.txt#0".to_string(), "wire.txt#0".to_string())]
    );
}

#[test]
fn layoff_reports_conflict_on_the_jobs_cut_however_named() {
    let files: [(&str, &[u8]); 3] = [
        (
            "wire.txt",
            b"Corvane will cut 4,200 jobs, the company said.\n",
        ),
        (
            "union.txt",
            b"The union said Corvane would make 5,000 redundancies.\n",
        ),
        (
            "ledger.txt",
            b"The chipmaker plans to lay off 4,200 employees. People familiar with the matter \
              said the total could rise to 6,000. Its chief, who took over in 2023, has promised \
              to cut costs by $3 billion.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    let (counted, claim): (Vec<_>, Vec<_>) = claims(&analysis).into_iter().unzip();
    assert_eq!(
        claim,
        [Some("cut"), None, None, None, Some("cut"), Some("cut")]
    );
    // "could rise to" is a verb's, not a rise counted.
    assert_ne!(counted[1], Some("rise"));
    // The year inside the aside is the chief's, not the savings'.
    let savings = (analysis.figures.iter()).find(|f| f.value == Some(3e9));
    assert_eq!(savings.map(|f| f.period()), Some(None));
    // Jobs that "could go" are cut too; jobs "to go through" a queue are not.
    let going = "The union feared that as many as 2,000 jobs could go. We need 30 jobs to go \
                 through the queue.";
    let figures = quarry::engine::figures::figures_of_text(going);
    let claimed: Vec<_> = figures.iter().map(|f| f.predicate()).collect();
    assert_eq!(claimed, [Some("cut"), None]);
    // Jobs and redundancies are one thing; the employees laid off are not counted as jobs.
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[("union.txt#0", "wire.txt#0")])
    );
}

#[test]
fn takeover_reports_conflict_on_the_people_a_firm_employs() {
    let files: [(&str, &[u8]); 2] = [
        (
            "wire.txt",
            b"The deal values Halden, which employs about 11,000 people in Britain, at \
              \xc2\xa34.2bn.\n",
        ),
        (
            "echo.txt",
            b"Halden employs 12,500 people across 23 sites, according to its latest annual \
              report.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    let employed = (analysis.figures.iter()).find(|f| f.value == Some(12_500.0));
    assert_eq!(employed.and_then(|f| f.source()), Some("Halden"));
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[("echo.txt#0", "wire.txt#0")])
    );
}

#[test]
fn temperatures_are_compared_with_no_other() {
    let files: [(&str, &[u8]); 2] = [
        ("a.txt", b"Temperatures peaked at 39.8C in the region.\n"),
        ("b.txt", b"Temperatures peaked at 41.2C in the region.\n"),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    assert_eq!(analysis.figures.len(), 2);
    assert!(
        analysis
            .figures
            .iter()
            .all(|f| f.unit() == Some("degree Celsius"))
    );
    assert_eq!(conflicting_passages(&analysis), named_pairs(&[]));
}

#[test]
fn shipwreck_reports_conflict_on_the_people_aboard() {
    let files: [(&str, &[u8]); 4] = [
        (
            "wire.txt",
            b"Between 400 and 500 people were believed to have been on board, the UN said.\n",
        ),
        (
            "ledger.txt",
            b"The vessel was carrying about 700 people, a survivor told the Aegean Daily.\n",
        ),
        (
            "daily.txt",
            b"The IOM estimated that as many as 750 people were aboard.\n",
        ),
        (
            "courier.txt",
            b"At least 450 people were on board, and the crew of 12 was held.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    assert_eq!(
        claims(&analysis),
        [
            (Some("people"), Some("aboard")),
            (Some("crew"), None),
            (Some("people"), Some("aboard")),
            (Some("people"), Some("aboard")),
            (Some("people"), Some("aboard")),
        ]
    );
    // An outlet's name is no rate.
    assert!(analysis.figures.iter().all(|f| f.period().is_none()));
    // 400 to 500 and "at least 450" can both hold, and so can "as many as 750" and about 700.
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[
            ("courier.txt#0", "daily.txt#0"),
            ("courier.txt#0", "ledger.txt#0"),
            ("daily.txt#0", "wire.txt#0"),
            ("ledger.txt#0", "wire.txt#0"),
        ])
    );
}

#[test]
fn outbreak_reports_conflict_on_the_children_treated_in_hospital() {
    let files: [(&str, &[u8]); 3] = [
        (
            "agency.txt",
            b"Of those, 38 children have been admitted to hospital.\n",
        ),
        (
            "council.txt",
            b"Forty-one children have needed hospital treatment, the council said.\n",
        ),
        (
            "ledger.txt",
            b"About 40 children were treated in hospital. Nine adults were taken to the clinic.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    assert_eq!(
        claims(&analysis),
        [
            (Some("children"), Some("hospitalise")),
            (Some("children"), Some("hospitalise")),
            (Some("children"), Some("hospitalise")),
            (Some("adults"), None),
        ]
    );
    // About 40 allows both 38 and 41.
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[("agency.txt#0", "council.txt#0")])
    );
}

#[test]
fn outbreak_reports_conflict_on_the_cases_in_a_county_this_year() {
    let files: [(&str, &[u8]); 2] = [
        (
            "agency.txt",
            b"Measles cases in Lancashire rise to 214\n\n\
              Measles cases in Lancashire have risen to 214 since January.\n",
        ),
        (
            "council.txt",
            b"There have been 220 confirmed cases of measles in Lancashire this year. There are \
              12 clinics.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    // Cases there have been in a place stand at that level there, "cases of measles" as
    // "measles cases", as do cases that "rise to" a number in a headline (of no period, so
    // related, not in conflict); what there is, said of no place, is no level.
    assert_eq!(
        claims(&analysis),
        [
            (Some("measles cases in Lancashire"), Some("level")),
            (Some("measles cases in Lancashire"), Some("level")),
            (None, None),
            (
                Some("confirmed cases of measles in Lancashire"),
                Some("level")
            ),
            (Some("clinics"), None),
        ]
    );
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[("agency.txt#1", "council.txt#0")])
    );
}

#[test]
fn counts_a_place_recorded_conflict_however_each_outlet_words_them() {
    let files: [(&str, &[u8]); 4] = [
        (
            "agency.txt",
            b"Romania recorded 28,000 measles cases last year, while Kazakhstan reported \
              13,000, the WHO said.\n",
        ),
        (
            "daily.txt",
            b"Romania has recorded 30,000 measles cases last year, according to the health \
              ministry.\n",
        ),
        (
            "gazette.txt",
            b"In Romania, 31,000 measles cases were reported last year.\n",
        ),
        (
            "review.txt",
            b"The number of measles cases in Romania rose to 29,000 last year.\n\n\
              Police recorded 300 burglaries.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[
            ("agency.txt#0", "daily.txt#0"),
            ("agency.txt#0", "gazette.txt#0"),
            ("agency.txt#0", "review.txt#0"),
            ("daily.txt#0", "gazette.txt#0"),
            ("daily.txt#0", "review.txt#0"),
            ("gazette.txt#0", "review.txt#0"),
        ])
    );
    // Kazakhstan's figure counts its own cases; burglaries recorded nowhere named are no level.
    let counted = |text: &str| {
        let figure = (analysis.figures.iter())
            .find(|f| f.text(&analysis.documents[f.doc as usize].text) == text)
            .unwrap_or_else(|| panic!("no figure {text}"));
        let counted = figure.counted.as_deref().map(str::to_string);
        (counted, figure.predicate().map(str::to_string))
    };
    let level = |counted: &str| (Some(counted.to_string()), Some("level".to_string()));
    assert_eq!(counted("13,000"), level("measles cases in Kazakhstan"));
    assert_eq!(counted("31,000"), level("measles cases in Romania"));
    assert_eq!(counted("300").1, None);
}

#[test]
fn outlets_reporting_one_fire_conflict_on_evacuations_homes_and_area_burned() {
    let files: [(&str, &[u8]); 3] = [
        (
            "coast.txt",
            b"The wildfire has burned more than 8,000 hectares, the emergency service said.\n\n\
              Around 3,500 residents were evacuated overnight, said Juan Ortiz.\n\n\
              The fire has destroyed at least 40 homes. Two firefighters were treated for burns.\n",
        ),
        (
            "daily.txt",
            b"By Monday it had burned 8,200 hectares.\n\n\
              The mayor said 38 homes had been destroyed.\n",
        ),
        (
            "wire.txt",
            b"Some 5,000 people have been evacuated, officials said.\n\n\
              The fire has burned about 9,500 hectares.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    // Residents and people evacuated; homes destroyed; hectares burned (more than 8,000 allows
    // 8,200 and about 9,500; those two cannot both hold).
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[
            ("coast.txt#1", "wire.txt#0"),
            ("coast.txt#2", "daily.txt#1"),
            ("daily.txt#0", "wire.txt#1"),
        ])
    );
}

#[test]
fn outlets_reporting_one_storm_conflict_on_small_death_tolls_and_cancelled_flights() {
    let files: [(&str, &[u8]); 3] = [
        (
            "coast.txt",
            b"At least three people were killed, police said.\n\n\
              More than 400 flights were cancelled, the airport operator said. Nordair said it \
              had cancelled 150 of its own flights.\n",
        ),
        (
            "ledger.txt",
            b"Four people have died, police said.\n\n\
              The airport operator said 380 flights had been cancelled.\n",
        ),
        (
            "wire.txt",
            b"Two people have died in the storm.\n\n\
              Some 400 flights were cancelled.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    // Small death tolls are claims: two dead disagrees with at least three and with four, but
    // "at least three" allows four. More than 400 flights cancelled disagrees with 380; some
    // 400 allows both, and an airline's own 150 are a part of them.
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[
            ("coast.txt#0", "wire.txt#0"),
            ("coast.txt#1", "ledger.txt#1"),
            ("ledger.txt#0", "wire.txt#0"),
        ])
    );
}

#[test]
fn protest_reports_conflict_on_arrests_and_on_officers_hurt() {
    let files: [(&str, &[u8]); 2] = [
        (
            "herald.txt",
            b"Police said 14 people were arrested and that nine officers were slightly \
              injured.\n",
        ),
        (
            "courier.txt",
            b"Twenty-three people were arrested, according to a police spokesman.\n\n\
              Twelve officers were hurt.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    // Officers hurt are officers injured, and nine of them slightly injured is a claim: 23
    // arrests disagree with 14, and twelve officers hurt with nine.
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[
            ("courier.txt#0", "herald.txt#0"),
            ("courier.txt#1", "herald.txt#0"),
        ])
    );
}

#[test]
fn crowd_counts_by_organisers_police_and_a_ministry_conflict() {
    let files: [(&str, &[u8]); 2] = [
        (
            "herald.txt",
            b"Organisers said 120,000 people took part, while police put the number at 38,000.\n",
        ),
        (
            "courier.txt",
            b"The march drew a crowd that organisers estimated at 150,000.\n\n\
              The Interior Ministry said about 40,000 people had joined the march.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    // A crowd of 150,000 disagrees with 120,000 taking part and with about 40,000 joining; about
    // 40,000 allows the police's 38,000 but not the organisers' 120,000.
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[
            ("courier.txt#0", "courier.txt#1"),
            ("courier.txt#0", "herald.txt#0"),
            ("courier.txt#1", "herald.txt#0"),
        ])
    );
}

#[test]
fn election_reports_conflict_on_vote_shares_and_turnout() {
    let files: [(&str, &[u8]); 2] = [
        (
            "post.txt",
            b"The Social Democratic Alliance won the election with 34.2% of the vote.\n\n\
              The People's Party came second with 27.8%.\n\n\
              Turnout was 61.4%.\n",
        ),
        (
            "ledger.txt",
            b"The Social Democratic Alliance finished first in the election with 33.9 per cent. \
              The People's Party won 27.8 per cent.\n\n\
              Turnout reached 63%, the highest since 2009.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    // 34.2% and 33.9% for the Alliance disagree, as do the turnouts; the People's Party's
    // shares agree.
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[
            ("ledger.txt#0", "post.txt#0"),
            ("ledger.txt#1", "post.txt#2")
        ])
    );
}

#[test]
fn reports_of_job_cuts_conflict_on_the_jobs_and_the_share_of_staff() {
    let files: [(&str, &[u8]); 3] = [
        (
            "daily.txt",
            b"Nordhaven Motors will cut 12,000 jobs worldwide, about 8% of its workforce.\n",
        ),
        (
            "wire.txt",
            b"Nordhaven plans to eliminate 15,000 jobs.\n\n\
              The cuts are roughly 10 per cent of its staff.\n",
        ),
        ("echo.txt", b"The carmaker will shed 12,000 jobs.\n"),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    // 12,000 jobs cut and 15,000 disagree; about 8% of the workforce and roughly 10% of the
    // staff are shares of one thing but only one is a claim of cuts, so they are not compared.
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[("daily.txt#0", "wire.txt#0"), ("echo.txt#0", "wire.txt#0")])
    );
}

#[test]
fn court_reports_conflict_on_the_prison_term() {
    let files: [(&str, &[u8]); 3] = [
        (
            "gazette.txt",
            b"A financial adviser has been jailed for 12 years.\n\n\
              He was also banned from being a company director for 15 years.\n",
        ),
        (
            "echo.txt",
            b"The adviser was sentenced to 11 years in prison.\n\n\
              He was banned from being a director for ten years.\n",
        ),
        (
            "wire.txt",
            b"The adviser was jailed for 12 years on Friday.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    // Jailed and sentenced give one claim, the term; a ban for some years is none.
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[
            ("echo.txt#0", "gazette.txt#0"),
            ("echo.txt#0", "wire.txt#0")
        ])
    );
    let links = links_of(&analysis);
    let same = pairs_of_kind(&analysis, &links, LinkKind::SameFigure);
    assert!(
        same.iter()
            .any(|(a, b, _)| a == "gazette.txt#0" && b == "wire.txt#0")
    );
}

#[test]
fn quake_reports_conflict_on_the_dead_not_on_the_injured() {
    let files: [(&str, &[u8]); 2] = [
        (
            "post.txt",
            b"An earthquake struck the province of Dornel on Tuesday, killing more than 1,200 \
              people and injuring at least 4,500, officials said.\n",
        ),
        (
            "times.txt",
            b"Death toll from Dornel earthquake rises to 1,180\n\n\
              The quake, which the geological survey said struck at a depth of 10 kilometres, \
              injured 4,520 people.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    // The 1,200 are those killed, the verb before them, not those injured after them; so the
    // toll of 1,180 conflicts with them, and 4,520 injured agrees with at least 4,500.
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[("post.txt#0", "times.txt#0")])
    );
}

#[test]
fn a_dimension_and_a_number_of_times_are_no_claim() {
    let files: [(&str, &[u8]); 2] = [
        (
            "a.txt",
            b"The convoy stopped at a distance of about 20 miles from the border.\n\n\
              The loop was executed 64 times before it stopped.\n\n\
              The country has 25 gigawatts of solar, the ministry said.\n",
        ),
        (
            "b.txt",
            b"The moon lies at a distance of about 240,000 miles from the earth.\n\n\
              The test was executed 1,000,000 times on the server.\n\n\
              The country has 31 gigawatts of solar, according to the industry group.\n",
        ),
    ];
    // Distances of two things, and how often two loops ran, are not one claim; what a measure
    // is of still is.
    assert_eq!(
        only_figure_pair(&files),
        (
            "a.txt#2".to_string(),
            "b.txt#2".to_string(),
            "both measure solar in gigawatts for the same period, but 25 gigawatts and 31 \
             gigawatts cannot both hold"
                .to_string()
        )
    );
}

#[test]
fn levels_of_one_subject_are_paired_and_levels_of_others_are_not() {
    let files: [(&str, &[u8]); 2] = [
        (
            "gazette.txt",
            b"Measles cases in Europe rose to 58,000 last year, the WHO said.\n\n\
              Unemployment stood at 11.2% in March, the statistics office said.\n\n\
              Inflation stood at 2.6% in September, the statistics institute said.\n\n\
              In Seville, wholesale prices reached 300 euros on Monday, traders said.\n\n\
              Covid cases rose to 1,200 last week, officials said.\n\n\
              Public debt fell to 99.1% of GDP in 2024, the finance ministry said.\n\n\
              Turnout stood at 62% on Sunday, the electoral commission said.\n",
        ),
        (
            "courier.txt",
            b"Measles cases across Europe reached 62,000 in 2024, according to the ECDC.\n\n\
              Unemployment rose to 11.9% in March, according to Eurostat.\n\n\
              Annual inflation was 2.9% in September, the statistics institute said.\n\n\
              In Madrid, wholesale prices reached 320 euros on Monday, traders said.\n\n\
              Measles cases rose to 900 last week, officials said.\n\n\
              Public debt dropped to 97.4% of GDP in 2024, according to Eurostat.\n\n\
              Turnout stood at 61.8% on Sunday, according to the interior ministry.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    let links = links_of(&analysis);
    let reasons = |kind: LinkKind| -> Vec<(String, String, String)> {
        (links.links.iter())
            .filter(|l| l.kind == kind)
            .map(|l| {
                let evidence = links.evidence(l, &analysis.documents, &analysis.index);
                let Evidence::Figures { reason, .. } = evidence else {
                    panic!("figure evidence expected, found {evidence:?}");
                };
                (
                    passage_name(&analysis, &links, l.a),
                    passage_name(&analysis, &links, l.b),
                    reason.unwrap_or_default().to_string(),
                )
            })
            .collect()
    };
    // One month's unemployment cannot be both, nor one year's public debt (a share is read as
    // written: 99.1% is not within one per cent of itself of 97.4%); cases counted over two
    // periods are shown side by side. Prices in two cities, covid and measles cases, and a
    // turnout of 62% and one of 61.8% (which rounds to it) are not in conflict.
    assert_eq!(
        reasons(LinkKind::ConflictingFigure),
        [
            (
                "courier.txt#1".to_string(),
                "gazette.txt#1".to_string(),
                "both give the level of unemployment for the same period, but 11.9% and 11.2% \
                 cannot both hold"
                    .to_string()
            ),
            (
                "courier.txt#2".to_string(),
                "gazette.txt#2".to_string(),
                "both give the level of annual inflation for the same period, but 2.9% and 2.6% \
                 cannot both hold"
                    .to_string()
            ),
            (
                "courier.txt#5".to_string(),
                "gazette.txt#5".to_string(),
                "both give the level of public debt for the same period, but 97.4% and 99.1% \
                 cannot both hold"
                    .to_string()
            )
        ]
    );
    assert_eq!(
        reasons(LinkKind::RelatedFigure),
        [(
            "courier.txt#0".to_string(),
            "gazette.txt#0".to_string(),
            "both give the level of measles cases across Europe for different periods: in 2024 \
             and last year"
                .to_string()
        )]
    );
}

/// The pair [`only_figure_pair`] gives when ledger.txt's first passage puts Nordvik Energy's
/// net profit at $3.4 billion and post.txt's at $3.1 billion.
fn nordvik_profits_in_conflict() -> (String, String, String) {
    (
        "ledger.txt#0".to_string(),
        "post.txt#0".to_string(),
        "both give the level of Nordvik Energy net profit for the same period, but \
         USD 3,400,000,000 and USD 3,100,000,000 cannot both hold"
            .to_string(),
    )
}

#[test]
fn a_result_a_named_firm_reports_is_its_level() {
    let files: [(&str, &[u8]); 3] = [
        (
            "post.txt",
            b"Nordvik Energy reported a net profit of $3.1 billion for 2024, the company said.\n",
        ),
        (
            "ledger.txt",
            b"Nordvik Energy posted a net profit of $3.4 billion for 2024, according to its \
              annual report.\n",
        ),
        (
            "wire.txt",
            b"Vesta Mining reported a net profit of $1.2 billion for 2024.\n\n\
              The company reported a net profit of $1.0 billion.\n",
        ),
    ];
    // One firm's profit cannot be both; another firm's, and an unnamed one's, are other claims.
    assert_eq!(only_figure_pair(&files), nordvik_profits_in_conflict());
}

#[test]
fn a_level_a_possessive_gives_an_owner_is_that_owners() {
    let files: [(&str, &[u8]); 3] = [
        (
            "post.txt",
            b"Nordvik Energy said on Tuesday that its net profit rose to $3.1 billion in 2024.\n\n\
              Harbour Capital, a rival, said its net profit rose to $1.2 billion in 2024.\n\n\
              Spain's unemployment rate stood at 11.2% in October.\n",
        ),
        (
            "ledger.txt",
            b"Nordvik Energy\xe2\x80\x99s net profit rose to $3.4 billion in 2024.\n\n\
              France's unemployment rate stood at 7.4% in October.\n",
        ),
        (
            "wire.txt",
            b"Its net profit rose to $0.9 billion in 2024.\n\n\
              Vesta Mining's net profit rose to $2.2 billion in 2024.\n",
        ),
    ];
    // Each firm's profit is its own claim, whether its name is written in the possessive or
    // "its" points back to it; a profit whose owner is unknown is no level, and one country's
    // unemployment is not another's.
    assert_eq!(only_figure_pair(&files), nordvik_profits_in_conflict());
}

#[test]
fn shares_of_the_vote_are_levels_of_the_party_that_won_them() {
    let files: [(&str, &[u8]); 3] = [
        (
            "post.txt",
            b"The Socialist Party won 28.7% of the vote in Sunday's election, the electoral \
              commission said.\n",
        ),
        (
            "ledger.txt",
            b"The Socialist Party took 31.2% of the vote in Sunday's election, according to \
              exit polls.\n",
        ),
        ("wire.txt", b"Chega won 18.1% of the vote on Sunday.\n"),
    ];
    // One party's share cannot be both; another party's is another claim.
    assert_eq!(
        only_figure_pair(&files),
        (
            "ledger.txt#0".to_string(),
            "post.txt#0".to_string(),
            "both give the level of Socialist Party vote for the same period, but 31.2% and \
             28.7% cannot both hold"
                .to_string()
        )
    );
}

/// The passages and reason of the one conflicting or related figure link in a corpus of
/// `files`, which must be the only one.
fn only_figure_pair(files: &[(&str, &[u8])]) -> (String, String, String) {
    let dir = temp_corpus(files);
    let analysis = &analyse(dir.path());
    let links = &links_of(analysis);
    let pairs: Vec<_> = (links.links.iter())
        .filter(|l| {
            matches!(
                l.kind,
                LinkKind::ConflictingFigure | LinkKind::RelatedFigure
            )
        })
        .collect();
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    let evidence = links.evidence(pairs[0], &analysis.documents, &analysis.index);
    let Evidence::Figures { reason, .. } = evidence else {
        panic!("figure evidence expected, found {evidence:?}");
    };
    (
        passage_name(analysis, links, pairs[0].a),
        passage_name(analysis, links, pairs[0].b),
        reason.unwrap_or_default().to_string(),
    )
}

#[test]
fn a_death_toll_and_a_count_of_people_killed_are_one_claim() {
    let files: [(&str, &[u8]); 3] = [
        (
            "harbour.txt",
            b"ANTAKYA, Feb 8 (Harbour Post) - The death toll from Monday's earthquake in \
              southern Turkey rose to 2,316, the disaster agency said.\n\n\
              In Syria, the death toll rose to 1,444, the health ministry said.\n",
        ),
        (
            "ledger.txt",
            b"The number of people killed in Turkey climbed to 2,379, according to AFAD.\n\n\
              The combined death toll rose to 3,800, officials said.\n",
        ),
        (
            "wire.txt",
            b"HATAY, Turkey (Continental Wire) -- At least 2,300 people were killed in Turkey, \
              officials said.\n",
        ),
    ];
    // 2,316 and 2,379 cannot both hold; "at least 2,300" agrees with both. The toll in Syria
    // and the toll of both countries are other claims.
    assert_eq!(
        only_figure_pair(&files),
        (
            "harbour.txt#0".to_string(),
            "ledger.txt#0".to_string(),
            "both count deaths in Turkey for the same period, but 2,316 and 2,379 cannot both hold"
                .to_string()
        )
    );
}

#[test]
fn earthquake_reports_conflict_on_the_magnitude_but_not_on_hedged_tolls() {
    let files: [(&str, &[u8]); 3] = [
        (
            "valley.txt",
            b"A magnitude 6.8 earthquake struck Karsk province, killing at least 1,200 people.\n\n\
              Some 35,000 people have been left homeless.\n",
        ),
        (
            "gazette.txt",
            b"The number of people killed by the earthquake in Karsk province has risen to \
              1,350.\n\n\
              The magnitude 6.9 quake was the strongest to hit the region in 40 years.\n\n\
              Officials said nearly 40,000 people were homeless.\n",
        ),
        (
            "post.txt",
            b"The Geological Survey Institute measured the quake at magnitude 6.8.\n\n\
              An aftershock of magnitude 5.4 followed.\n\n\
              A second aftershock, of magnitude 4.9, hit at noon.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    // Magnitudes 6.8 and 6.9 disagree; at least 1,200 dead allows 1,350, and nearly 40,000
    // homeless allows some 35,000; a story's aftershocks are many.
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[
            ("gazette.txt#1", "post.txt#0"),
            ("gazette.txt#1", "valley.txt#0")
        ])
    );
    let pairs = quarry::engine::figures::groups::pairs(&analysis.figures);
    let reasons: Vec<&str> = pairs.iter().map(|pair| pair.reason.as_str()).collect();
    assert!(
        reasons.contains(
            &"both give the magnitude of the earthquake for the same period, but magnitude 6.9 \
              and magnitude 6.8 cannot both hold"
        ),
        "{reasons:?}"
    );
}

#[test]
fn shipwreck_reports_conflict_on_the_bodies_recovered_not_on_the_years_dead() {
    let files: [(&str, &[u8]); 2] = [
        (
            "standard.txt",
            b"The coastguard said on Thursday that 78 bodies had been recovered.\n\n\
              At least 62 migrants drowned when the boat capsized.\n",
        ),
        (
            "courier.txt",
            b"So far 82 bodies have been recovered, a coastguard spokesman said.\n\n\
              Since January, more than 1,800 migrants have died trying to cross the sea.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    // 78 and 82 bodies recovered disagree; the dead of one shipwreck and of the year so far are
    // only related.
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[("courier.txt#0", "standard.txt#0")])
    );
    let pairs = quarry::engine::figures::groups::pairs(&analysis.figures);
    let related: Vec<&str> = (pairs.iter())
        .filter(|pair| pair.relation == quarry::engine::figures::groups::Relation::Related)
        .map(|pair| pair.reason.as_str())
        .collect();
    assert_eq!(
        related,
        ["both count migrant (die) for different periods: since January and no period stated"]
    );
}

#[test]
fn links_made_again_after_a_name_correction_are_those_linked_with_it_from_the_start() {
    let analysis = analyse(&sample_corpus());
    let settings = LinkSettings::default();
    let groups = quarry::engine::figures::groups::groups(&analysis.figures);
    let pairs = quarry::engine::figures::groups::pairs(&analysis.figures);
    let before = analysis
        .relate_until(&groups, &pairs, &[], &settings, &|| false)
        .expect("not stopped");
    // Two outlets counting the same prosecutions, taken for one by a user.
    let edits = [NameEdit::Merge {
        names: vec!["Verstka".into(), "Mediazona".into()],
        into: "Verstka and Mediazona".into(),
    }];
    let names = before.forms.names(&analysis.figures, &edits);
    let again = before.links.renamed(&names, &analysis.figures, &settings);
    let (from_start, linked) = analysis
        .names_and_links_until(&groups, &pairs, &edits, &settings, &|| false)
        .expect("not stopped");
    assert_eq!(names, from_start);
    assert_eq!(again, linked);
    // The correction changes the links by names (the merged name is in too many documents to
    // be rare), and no other.
    let by_names = |links: &Links| pairs_of_kind(&analysis, links, LinkKind::SameNames);
    let (old, new) = (by_names(&before.links), by_names(&again));
    assert!(
        old.iter().any(|pair| !new.contains(pair)),
        "{old:?}\n{new:?}"
    );
    assert_eq!(
        pairs_of_kind(&analysis, &again, LinkKind::Reuse),
        pairs_of_kind(&analysis, &before.links, LinkKind::Reuse)
    );
}

#[test]
fn the_year_so_far_is_one_period_however_an_outlet_puts_it() {
    let files: [(&str, &[u8]); 3] = [
        (
            "herald.txt",
            b"Measles cases in England have risen to 1,240 since the start of the year, the \
              health agency said.\n",
        ),
        (
            "courier.txt",
            b"Measles cases in England have reached 1,420 since January, according to the \
              health agency.\n",
        ),
        (
            "review.txt",
            b"Measles cases in England reached 2,900 in 2023.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[("courier.txt#0", "herald.txt#0")])
    );
    // A count for another year is related, not conflicting.
    let links = links_of(&analysis);
    let related = pairs_of_kind(&analysis, &links, LinkKind::RelatedFigure);
    assert_eq!(related.len(), 2, "{related:?}");
}

#[test]
fn a_share_qualifying_a_change_is_the_same_figure_only_for_the_same_thing() {
    let files: [(&str, &[u8]); 3] = [
        (
            "a.txt",
            b"Retailers reported a 5% rise in sales in March.\n",
        ),
        (
            "b.txt",
            b"Shoppers faced a 5% rise in prices over the winter.\n",
        ),
        (
            "c.txt",
            b"The chain Vellum posted a 5% rise in sales, its owner said.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    let counted: Vec<Option<&str>> = (analysis.figures.iter())
        .filter(|f| f.kind == quarry::engine::figures::FigureKind::Percent)
        .map(|f| f.counted.as_deref())
        .collect();
    assert_eq!(
        counted,
        [
            Some("rise in sales"),
            Some("rise in prices"),
            Some("rise in sales")
        ]
    );
    let links = links_of(&analysis);
    assert_eq!(
        passages_of_kind(&analysis, &links, LinkKind::SameFigure),
        named_pairs(&[("a.txt#0", "c.txt#0")])
    );
}

#[test]
fn revenue_from_a_unit_is_no_level_of_the_whole_and_does_not_conflict_with_it() {
    let files: [(&str, &[u8]); 2] = [
        (
            "ledger.txt",
            b"SAN JOSE, Calif. (Ledger) \xe2\x80\x94 Orrin Systems said quarterly revenue climbed \
              12 per cent to $3.1bn.\n",
        ),
        (
            "wire.txt",
            b"Orrin Systems Inc. (NASDAQ: ORRN) reported higher sales on Tuesday.\n\n\
              Revenue from the cloud unit rose 31% to $1.4 billion, the company said.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    assert_eq!(conflicting_passages(&analysis), named_pairs(&[]));
    let unit = (analysis.figures.iter())
        .find(|f| f.text(&analysis.documents[f.doc as usize].text) == "$1.4 billion")
        .expect("$1.4 billion");
    assert_eq!(unit.counted.as_deref(), Some("revenue from cloud unit"));
    // The dateline's state written short ends no sentence, so the place is the dateline's.
    let names = analysis.names(&[]);
    let san_jose = names
        .iter()
        .find(|n| n.name == "San Jose")
        .expect("San Jose");
    assert_eq!(san_jose.kind, quarry::engine::names::NameType::Place);
}

#[test]
fn a_file_saved_twice_has_its_passages_each_reused_whole_in_the_copy() {
    let report = "Harbour notes for the week.\n\nWorkers at the granite quarry above Velmora \
                  reported that the northern face had shifted by nearly two metres after the \
                  spring storms.\n\nThe ferry left at dawn and returned before the evening \
                  tide turned.\n";
    let files = [
        ("a.txt", report),
        (
            "b.txt",
            "A different note about the weather on the coast.\n",
        ),
        ("c.txt", report),
    ];
    let refs: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_bytes())).collect();
    let dir = temp_corpus(&refs);
    let analysis = analyse(dir.path());
    let links = links_of(&analysis);
    let of = |doc: u32| -> Vec<_> {
        (links.passages.iter())
            .filter(|p| p.doc == doc)
            .map(|p| (p.index, p.span, p.first_token, p.end_token))
            .collect()
    };
    assert_eq!(of(0).len(), 3);
    assert_eq!(of(0), of(2));
    let reuse = pairs_of_kind(&analysis, &links, LinkKind::Reuse);
    for (a, b) in [("a.txt#1", "c.txt#1"), ("a.txt#2", "c.txt#2")] {
        assert!(
            reuse.iter().any(|r| r.0 == a && r.1 == b && r.2 == 1.0),
            "{a} {b}: {reuse:?}"
        );
    }
    assert_eq!(reuse.len(), 2, "{reuse:?}");
}

#[test]
fn strike_reports_conflict_on_the_daily_cost_not_on_the_services_scheduled() {
    let files: [(&str, &[u8]); 3] = [
        (
            "ledger.txt",
            b"Northline Rail said it had cancelled 2,300 of its 2,900 scheduled services. The \
              Treasury estimates each day of strikes costs the economy about \xc2\xa3100 million. \
              A second 48-hour walkout is planned for March 18.\n",
        ),
        (
            "courier.txt",
            b"Mr Whitcombe said the strike would cost the economy \xc2\xa3150m a day.\n",
        ),
        (
            "wire.txt",
            b"Northline Rail cancelled around 2,300 services. Daniel Whitcombe said the dispute \
              was costing the economy roughly 100 million pounds ($127 million) a day.\n",
        ),
    ];
    let dir = temp_corpus(&files);
    let analysis = analyse(dir.path());
    let text = |f: &quarry::engine::figures::Figure| {
        f.text(&analysis.documents[f.doc as usize].text).to_string()
    };
    let of = |written: &str| {
        let found = analysis.figures.iter().find(|f| text(f) == written);
        found.unwrap_or_else(|| panic!("no figure {written:?}"))
    };
    // The services scheduled are not what was cancelled of them.
    assert_eq!(of("2,300").predicate(), Some("cancel"));
    assert_eq!(of("2,900").predicate(), None);
    // "A second" walkout is the second, no rate; the amount in brackets is the same a day, and
    // its bracket is no part of it.
    assert_eq!(of("48-hour").period(), Some("for March 18"));
    assert_eq!(of("roughly 100 million pounds").period(), Some("per day"));
    assert_eq!(of("$127 million").period(), Some("per day"));
    // Each outlet's daily cost conflicts with the courier's; the services are not in conflict.
    assert_eq!(
        conflicting_passages(&analysis),
        named_pairs(&[
            ("courier.txt#0", "ledger.txt#0"),
            ("courier.txt#0", "wire.txt#0")
        ])
    );
    // A second day after "and" is the date's ("March 18 and 19"), not a count; so is the
    // first day before another and the month ("18 and 19 March"), but not a day before people.
    let dates = "Members will strike again on March 18 and 19. Talks were held on 18 and 19 \
                 March. On March 18 and 19 people were hurt.";
    let figures = quarry::engine::figures::figures_of_text(dates);
    let written: Vec<_> = figures.iter().map(|f| f.text(dates)).collect();
    assert_eq!(
        written,
        ["March 18 and 19", "18 and 19 March", "March 18", "19"]
    );
    // A level stated as running at a share.
    let inflation = "Members rejected the offer because inflation was running at 9.1 per cent.";
    let figures = quarry::engine::figures::figures_of_text(inflation);
    let found = figures
        .first()
        .map(|f| (f.counted.as_deref(), f.predicate()));
    assert_eq!(found, Some((Some("inflation"), Some("level"))));
    // "numbers" after a word that qualifies it is the subject's noun, not a verb.
    let passengers = "Passenger numbers fell by 80% at the main terminals.";
    let figures = quarry::engine::figures::figures_of_text(passengers);
    let found = figures.first().map(|f| f.counted.as_deref());
    assert_eq!(found, Some(Some("passenger numbers")));
    // A rate of "a second" stays one before a word that may follow it.
    let rate = "The log is processed 50 times a second so as not to miss entries.";
    let figures = quarry::engine::figures::figures_of_text(rate);
    assert_eq!(figures.first().and_then(|f| f.period()), Some("per second"));
}
