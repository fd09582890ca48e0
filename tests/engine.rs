//! The engine through its public API: loading, counting, keyness, concordance, determinism.

use std::collections::BTreeMap;

use quarry::engine::analysis::Analysis;
use quarry::engine::corpus::{CorpusError, DocFormat, ProblemKind};
use quarry::engine::job::Job;
use quarry::engine::keyness::{KeynessOptions, Significance, keyness};
use quarry::engine::kwic::{Concordance, KwicSort, QueryMode, dispersion};
use quarry::engine::ngrams::ngrams;
use quarry::engine::stopwords::StopWords;
use quarry::engine::terms::TermSettings;
use quarry::report::{Report, ReportLimits};

use crate::support::{analyse, analyse_with, fixture, frequency, sample_corpus, temp_corpus};

#[test]
fn sample_corpus_loads_every_document_with_exact_counts() {
    let analysis = analyse(&sample_corpus());
    let rows: Vec<(&str, &str, usize)> = analysis
        .documents
        .iter()
        .map(|d| (d.path.as_str(), d.encoding, analysis.index.doc(d.id).len()))
        .collect();
    assert_eq!(
        rows,
        [
            ("capital-wire-un-report.html", "UTF-8", 486),
            ("eastern-courier-prosecutions.txt", "UTF-8", 578),
            ("lantern-review-violence-after-the-front.txt", "UTF-8", 589),
            ("meridian-explainer-war-in-numbers.txt", "UTF-8", 571),
            ("northern-ledger-military-courts.txt", "UTF-8", 720),
            ("opinion-the-army-that-walks-away.md", "UTF-8", 629),
            (
                "riverside-gazette-four-days-at-the-tree.txt",
                "windows-1252",
                496
            ),
        ]
    );
    assert_eq!(analysis.word_count(), 4069);
    assert!(analysis.problems.is_empty(), "{:?}", analysis.problems);
    let html = &analysis.documents[0];
    assert_eq!(html.format, DocFormat::Html);
    assert_eq!(
        html.title,
        "UN report: tens of thousands of Russian soldiers have deserted since 2022 | Capital Wire"
    );
    let gazette = &analysis.documents[6];
    assert!(
        gazette
            .title
            .starts_with("\u{201C}Four days at the tree\u{201D}")
    );
    assert!(gazette.text.contains("Oksana Krasnova learned"));
}

#[test]
fn html_text_drops_scripts_and_keeps_blocks_as_paragraphs() {
    let analysis = analyse(&sample_corpus());
    let html = &analysis.documents[0];
    assert!(!html.text.contains("dataLayer") && !html.text.contains("font-family"));
    assert!(
        html.text.contains("We use cookies"),
        "the cookie notice is text"
    );
    let paragraphs: Vec<&str> = html.paragraphs.iter().map(|p| p.of(&html.text)).collect();
    assert_eq!(paragraphs[0], "Home World Politics Business Opinion");
    assert!(paragraphs.contains(&"A different count"));
    assert!(
        paragraphs.contains(&"By Daniel Osei, Capital Wire \u{b7} 24 September 2025"),
        "{paragraphs:?}"
    );
}

/// Each fixture in `tests/fixtures/terms/` states its expected counts in `# key: value` header
/// lines; the body is analysed alone. Adding a case is adding a file.
#[test]
fn term_count_fixtures() {
    let folder = fixture("terms");
    let mut checked = 0;
    for entry in std::fs::read_dir(&folder).expect("fixture folder") {
        let path = entry.expect("entry").path();
        let content = std::fs::read_to_string(&path).expect("fixture text");
        let (header, body): (Vec<&str>, Vec<&str>) =
            content.lines().partition(|l| l.starts_with("# "));
        let expected: BTreeMap<&str, &str> = header
            .iter()
            .filter_map(|l| l[2..].split_once(": "))
            .collect();
        let dir = temp_corpus(&[("doc.txt", body.join("\n").as_bytes())]);
        let analysis = analyse(dir.path());
        let name = path.display();
        let document = &analysis.documents[0];
        assert_eq!(
            analysis.word_count().to_string(),
            expected["words"],
            "words in {name}"
        );
        assert_eq!(
            document.paragraphs.len().to_string(),
            expected["paragraphs"],
            "paragraphs in {name}"
        );
        assert_eq!(
            document.sentences.len().to_string(),
            expected["sentences"],
            "sentences in {name}"
        );
        for pair in expected["counts"].split_whitespace() {
            let (term, count) = pair.split_once('=').expect("term=count");
            assert_eq!(
                frequency(&analysis, term).to_string(),
                count,
                "count of {term:?} in {name}"
            );
        }
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} fixtures found");
}

#[test]
fn term_statistics_on_the_sample_corpus() {
    let analysis = analyse(&sample_corpus());
    let table = &analysis.terms;
    let top: Vec<(String, u64, u32)> = table
        .top(3)
        .iter()
        .map(|&id| {
            let row = table.row(id);
            (row.term, row.frequency, row.documents)
        })
        .collect();
    assert_eq!(
        top,
        [
            ("soldiers".to_string(), 43, 7),
            ("russian".to_string(), 28, 7),
            ("cases".to_string(), 23, 6)
        ]
    );
    let soldiers = table.row(table.id("Soldiers").expect("soldiers is a term"));
    assert!((soldiers.per_10k - 43.0 * 10_000.0 / 4069.0).abs() < 1e-9);
    let by_doc = table.by_document(&analysis.index, &[table.id("handcuffed").expect("term")]);
    assert_eq!(by_doc[0], [0, 0, 0, 0, 1, 1, 1]);
    // Stop words are hidden from the list but still counted.
    assert!(
        table
            .top(usize::MAX)
            .iter()
            .all(|&id| table.terms.get(id) != "the")
    );
    assert!(frequency(&analysis, "the") > 200);
}

#[test]
fn settings_change_counts_without_rereading() {
    let analysis = analyse(&sample_corpus());
    let sensitive = analysis.recount(&TermSettings {
        fold_case: false,
        count_hyphen_parts: false,
        stop_words: StopWords::disabled(),
    });
    let count = |term: &str| {
        sensitive
            .id(term)
            .map_or(0, |id| sensitive.frequency[id as usize])
    };
    assert_eq!(
        count("Russia") + count("russia"),
        frequency(&analysis, "russia")
    );
    assert_eq!(count("russia"), 0);
    // Without hyphen parts, "threatening" only counts where it stands alone.
    assert_eq!(frequency(&analysis, "threatening"), 2);
    assert_eq!(count("threatening"), 0);
    assert_eq!(
        sensitive.top(1).first().map(|&id| sensitive.terms.get(id)),
        Some("the")
    );
}

#[test]
fn keyness_ranks_a_documents_distinctive_term_first() {
    let dir = temp_corpus(&[
        ("a.txt", b"The sledgehammer video spread. A sledgehammer, the sledgehammer again: soldiers and courts."),
        ("b.txt", b"Soldiers and courts and more courts. The soldiers waited for the courts."),
        ("c.txt", b"Courts heard soldiers. Soldiers heard courts. Nobody heard the video."),
    ]);
    let analysis = analyse(dir.path());
    let result = keyness(
        &analysis.index,
        &analysis.terms,
        &[0],
        KeynessOptions::default(),
    );
    let first = &result.positive[0];
    assert_eq!(
        (first.term.as_str(), first.target, first.reference),
        ("sledgehammer", 3, 0)
    );
    assert!(first.g2 > 3.84 && first.log_ratio > 0.0);
    assert!(
        result
            .positive
            .iter()
            .all(|k| k.significance >= Significance::P05)
    );
    assert_eq!(
        result.target_words + result.reference_words,
        analysis.word_count()
    );

    // On the sample corpus, the human story's key terms are about the mother and her son.
    let sample = analyse(&sample_corpus());
    let gazette = keyness(
        &sample.index,
        &sample.terms,
        &[6],
        KeynessOptions::default(),
    );
    let top: Vec<&str> = gazette
        .positive
        .iter()
        .take(3)
        .map(|k| k.term.as_str())
        .collect();
    assert_eq!(top, ["ms", "krasnova", "son"]);
    assert!(gazette.negative.iter().any(|k| k.term == "cases"));
}

#[test]
fn concordance_lists_lines_in_order_with_context() {
    let analysis = analyse(&sample_corpus());
    let concordance = Concordance::search(
        &analysis.index,
        &analysis.terms,
        "handcuffed",
        QueryMode::Words,
        3,
    )
    .expect("query");
    let lines = concordance.lines(&analysis.documents, &analysis.index);
    let shown: Vec<(&str, &str, &str, &str)> = lines
        .iter()
        .map(|l| {
            (
                l.doc.as_str(),
                l.left.as_str(),
                l.keyword.as_str(),
                l.right.as_str(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            (
                "northern-ledger-military-courts.txt",
                "a comrade were",
                "handcuffed",
                "to a tree"
            ),
            (
                "opinion-the-army-that-walks-away.md",
                "soldier, Ilya Gorkov,",
                "handcuffed",
                "to a tree"
            ),
            (
                "riverside-gazette-four-days-at-the-tree.txt",
                "comrade had been",
                "handcuffed",
                "to a tree"
            ),
        ]
    );
    let document = &analysis.documents[4];
    assert_eq!(
        &document.text[lines[0].start as usize..lines[0].end as usize],
        "handcuffed"
    );

    let phrase = Concordance::search(
        &analysis.index,
        &analysis.terms,
        "handcuffed to a tree",
        QueryMode::Words,
        2,
    )
    .expect("query");
    assert_eq!(phrase.hits.len(), 3);
    assert_eq!(
        phrase
            .line(0, &analysis.documents, &analysis.index)
            .map(|l| l.keyword),
        Some("handcuffed to a tree".into())
    );
}

#[test]
fn concordance_queries_wildcards_regexes_and_sorting() {
    let analysis = analyse(&sample_corpus());
    let search =
        |query: &str, mode| Concordance::search(&analysis.index, &analysis.terms, query, mode, 1);
    let wildcard = search("prosecut*", QueryMode::Words).expect("query");
    let regex = search("prosecut(ed|ions?|ors?|or's)", QueryMode::Regex).expect("query");
    assert_eq!(wildcard.hits.len(), 13);
    assert_eq!(regex.hits, wildcard.hits);
    assert!(matches!(
        search("(", QueryMode::Regex),
        Err(quarry::engine::kwic::QueryError::BadRegex(_))
    ));
    assert!(search("   ", QueryMode::Words).is_err());
    assert!(
        search("zzzz", QueryMode::Words)
            .expect("query")
            .hits
            .is_empty()
    );

    let mut sorted = search("soldiers", QueryMode::Words).expect("query");
    sorted.sort(KwicSort::Right, &analysis.index, &analysis.terms);
    let right_words: Vec<String> = (0..sorted.hits.len())
        .filter_map(|i| sorted.line(i, &analysis.documents, &analysis.index))
        .map(|l| {
            l.right
                .to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        })
        .collect();
    let mut expected = right_words.clone();
    expected.sort();
    assert_eq!(
        right_words, expected,
        "sorted by the first word on the right"
    );
    sorted.sort(KwicSort::Left, &analysis.index, &analysis.terms);
    let first_left = sorted
        .line(0, &analysis.documents, &analysis.index)
        .expect("line")
        .left;
    assert!(
        first_left.to_lowercase().ends_with("000") || first_left.to_lowercase().ends_with("a"),
        "{first_left}"
    );

    // A part of a hyphenated word finds the compound.
    let part = search("threatening", QueryMode::Words).expect("query");
    assert_eq!(part.hits.len(), 2);
}

#[test]
fn dispersion_counts_range_and_positions() {
    let analysis = analyse(&sample_corpus());
    let concordance = Concordance::search(
        &analysis.index,
        &analysis.terms,
        "sledgehammer",
        QueryMode::Words,
        0,
    )
    .expect("query");
    let spread = dispersion(&concordance, &analysis.index);
    assert_eq!(spread.range, 2);
    let lantern = &spread.documents[2];
    assert_eq!(lantern.positions.len(), 2);
    assert!(lantern.positions.windows(2).all(|w| w[0] <= w[1]));
    assert!(lantern.positions.iter().all(|&p| (0.0..1.0).contains(&p)));
    assert!(
        spread.dp > 0.5,
        "concentrated in two documents: {}",
        spread.dp
    );
}

#[test]
fn bigrams_and_trigrams() {
    let analysis = analyse(&sample_corpus());
    let bigrams = ngrams(&analysis.documents, &analysis.index, &analysis.terms, 2, 3);
    assert_eq!(bigrams[0].ngram, "russian soldiers");
    assert_eq!((bigrams[0].frequency, bigrams[0].documents), (8, 6));
    let trigrams = ngrams(&analysis.documents, &analysis.index, &analysis.terms, 3, 50);
    assert!(
        trigrams
            .iter()
            .any(|t| t.ngram == "handcuffed to a tree" || t.ngram == "cases of insubordination")
    );
    assert!(
        trigrams
            .iter()
            .all(|t| !t.ngram.starts_with("the ") && !t.ngram.ends_with(" the"))
    );
}

#[test]
fn problem_files_are_reported_and_the_rest_loads() {
    let mut utf16le = vec![0xFF, 0xFE];
    utf16le.extend(
        "Солдаты отказались воевать."
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let mut utf16be = vec![0xFE, 0xFF];
    utf16be.extend(
        "Deserters were jailed."
            .encode_utf16()
            .flat_map(u16::to_be_bytes),
    );
    let dir = temp_corpus(&[
        ("good.txt", b"Over 20,000 cases."),
        ("nested/deeper/utf16le.txt", &utf16le),
        ("utf16be.txt", &utf16be),
        (
            "legacy.txt",
            b"Caf\xe9 r\xe9sum\xe9 \x93quoted\x94 \x96 na\xefve.",
        ),
        ("binary.txt", b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0"),
        ("empty.md", b""),
        ("blank.txt", b"  \n\n \t "),
        ("photo.jpg", b"\xff\xd8\xff\xe0"),
        ("odd-utf16.txt", &[0xFF, 0xFE, b'a', 0, b'b']),
        (".hidden/secret.txt", b"never loaded"),
        (".dotfile.txt", b"never loaded"),
    ]);
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("does-not-exist.txt", dir.path().join("dangling.txt"))
            .expect("symlink");
        std::os::unix::fs::symlink(".", dir.path().join("nested/loop")).expect("symlink");
    }
    let analysis = analyse(dir.path());
    let loaded: Vec<(&str, &str)> = analysis
        .documents
        .iter()
        .map(|d| (d.path.as_str(), d.encoding))
        .collect();
    assert_eq!(
        loaded,
        [
            ("good.txt", "UTF-8"),
            ("legacy.txt", "windows-1252"),
            ("nested/deeper/utf16le.txt", "UTF-16LE"),
            ("utf16be.txt", "UTF-16BE"),
        ]
    );
    assert_eq!(
        analysis.documents[1].text,
        "Café résumé \u{201C}quoted\u{201D} \u{2013} naïve."
    );
    assert_eq!(analysis.documents[2].text, "Солдаты отказались воевать.");
    let problems: Vec<(&str, ProblemKind)> = analysis
        .problems
        .iter()
        .map(|p| (p.path.as_str(), p.kind))
        .collect();
    let mut expected = vec![
        ("binary.txt", ProblemKind::Binary),
        ("blank.txt", ProblemKind::Empty),
        ("empty.md", ProblemKind::Empty),
        ("odd-utf16.txt", ProblemKind::Undecodable),
        ("photo.jpg", ProblemKind::Unsupported),
    ];
    if cfg!(unix) {
        expected.insert(1, ("dangling.txt", ProblemKind::Unreadable));
        expected.push(("nested/loop", ProblemKind::Unreadable));
    }
    expected.sort();
    assert_eq!(problems, expected);
    assert!(analysis.problems.iter().all(|p| !p.message.is_empty()));
}

#[test]
fn empty_missing_and_file_paths_are_clear_errors() {
    let empty = tempfile::tempdir().expect("temporary folder");
    let error = Analysis::run(empty.path(), &TermSettings::default(), &Job::new())
        .expect_err("empty folder");
    assert!(matches!(error, CorpusError::NoDocuments { skipped: 0, .. }));
    assert!(error.to_string().contains("no readable"));
    let missing = empty.path().join("missing");
    let error =
        Analysis::run(&missing, &TermSettings::default(), &Job::new()).expect_err("missing folder");
    assert!(matches!(error, CorpusError::NotFound(_)));
    let file = fixture("page.html");
    assert!(matches!(
        Analysis::run(&file, &TermSettings::default(), &Job::new()),
        Err(CorpusError::NotAFolder(_))
    ));
}

#[test]
fn html_fixture_text_and_title() {
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::copy(fixture("page.html"), dir.path().join("page.html")).expect("copy");
    let analysis = analyse(dir.path());
    let page = &analysis.documents[0];
    assert_eq!(page.title, "A page & its title");
    assert_eq!(
        page.text,
        "Home\n\nHeading\n\nFirst paragraph with an entity: café – done.\n\nSecond block of text."
    );
    assert_eq!(page.paragraphs.len(), 4);
    assert_eq!(frequency(&analysis, "script"), 0);
}

#[test]
fn cancelling_stops_the_analysis() {
    let job = Job::new();
    job.cancel();
    let result = Analysis::run(&sample_corpus(), &TermSettings::default(), &job);
    assert!(matches!(result, Err(CorpusError::Cancelled)));
}

#[test]
fn results_are_identical_whatever_the_thread_count() {
    let report_with = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        pool.install(|| {
            let analysis = analyse_with(&sample_corpus(), &TermSettings::default());
            serde_json::to_string(&Report::new(&analysis, ReportLimits::default())).expect("json")
        })
    };
    let one = report_with(1);
    assert_eq!(one, report_with(2));
    assert_eq!(one, report_with(5));
}
