//! Figure extraction against the labelled sentences in `tests/fixtures/figures.tsv`, and the
//! sample corpus's figures, groups and conflicts end to end.

use std::collections::BTreeMap;

use quarry::engine::figures::{Bound, FALL, Figure, FigureKind, LEVEL, RISE, figures_of_text};

use crate::support::{fixture, quarry_json};

/// One expected figure from the labelled file.
#[derive(Debug)]
struct Expected {
    kind: FigureKind,
    value: Option<f64>,
    range: Option<(f64, f64)>,
    fields: BTreeMap<String, String>,
}

/// Splits `text` at spaces outside double quotes.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn parse_expected(spec: &str) -> Vec<Expected> {
    if spec.trim() == "-" {
        return Vec::new();
    }
    spec.split(" ; ")
        .map(|figure| {
            let parts = words(figure);
            let kind =
                FigureKind::from_name(&parts[0]).unwrap_or_else(|| panic!("bad kind in {figure}"));
            let (value, range) = match parts[1].split_once("..") {
                Some((low, high)) => (
                    None,
                    Some((low.parse().expect("low"), high.parse().expect("high"))),
                ),
                None if parts[1] == "?" => (None, None),
                None => (Some(parts[1].parse().expect("value")), None),
            };
            let fields = parts[2..]
                .iter()
                .filter_map(|p| p.split_once('='))
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            Expected {
                kind,
                value,
                range,
                fields,
            }
        })
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-3 * a.abs().max(b.abs()).max(1.0)
}

fn same_value(expected: &Expected, found: &Figure) -> bool {
    if expected.kind != found.kind {
        return false;
    }
    match (
        expected.value,
        expected.range,
        found.value,
        found.low(),
        found.high(),
    ) {
        (Some(v), None, Some(f), _, _) => close(v, f),
        (None, Some((l, h)), None, Some(fl), Some(fh)) => close(l, fl) && close(h, fh),
        (None, None, None, None, None) => true,
        _ => false,
    }
}

#[derive(Default)]
struct Score {
    expected: usize,
    found: usize,
    matched: usize,
    attribute_expected: usize,
    attribute_found: usize,
    attribute_correct: usize,
}

impl Score {
    fn add(&mut self, other: &Score) {
        self.expected += other.expected;
        self.found += other.found;
        self.matched += other.matched;
        self.attribute_expected += other.attribute_expected;
        self.attribute_found += other.attribute_found;
        self.attribute_correct += other.attribute_correct;
    }
    fn ratio(part: usize, whole: usize) -> f64 {
        if whole == 0 {
            1.0
        } else {
            part as f64 / whole as f64
        }
    }
    fn precision(&self) -> f64 {
        Self::ratio(self.matched, self.found)
    }
    fn recall(&self) -> f64 {
        Self::ratio(self.matched, self.expected)
    }
    fn attribute_precision(&self) -> f64 {
        Self::ratio(self.attribute_correct, self.attribute_found)
    }
    fn attribute_recall(&self) -> f64 {
        Self::ratio(self.attribute_correct, self.attribute_expected)
    }
}

/// Scores one sentence: value+kind matches, then counted and source on matched figures.
fn score_sentence(
    expected: &[Expected],
    found: &[Figure],
    failures: &mut Vec<String>,
    sentence: &str,
) -> Score {
    let mut score = Score {
        expected: expected.len(),
        found: found.len(),
        ..Score::default()
    };
    let mut used = vec![false; found.len()];
    for e in expected {
        let Some(k) = (0..found.len()).find(|&k| !used[k] && same_value(e, &found[k])) else {
            failures.push(format!(
                "missed {:?} {:?} {:?} in: {sentence}",
                e.kind, e.value, e.range
            ));
            continue;
        };
        used[k] = true;
        score.matched += 1;
        for (field, got) in [("c", found[k].counted.as_deref()), ("s", found[k].source())] {
            let Some(want) = e.fields.get(field) else {
                continue;
            };
            let want = (want != "-").then_some(want.as_str());
            if want.is_some() {
                score.attribute_expected += 1;
            }
            if got.is_some() {
                score.attribute_found += 1;
            }
            if want.is_some() && got == want {
                score.attribute_correct += 1;
            } else if want != got {
                failures.push(format!(
                    "{field}: wanted {want:?}, got {got:?} in: {sentence}"
                ));
            }
        }
    }
    for (k, figure) in found.iter().enumerate() {
        if !used[k] {
            failures.push(format!(
                "extra {:?} {:?} {:?} ({}) in: {sentence}",
                figure.kind,
                figure.value,
                figure.low(),
                figure.text(sentence)
            ));
        }
    }
    score
}

#[test]
fn labelled_sentences_reach_the_precision_and_recall_targets() {
    let text = std::fs::read_to_string(fixture("figures.tsv")).expect("labelled sentences");
    let mut by_form: BTreeMap<String, Score> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut sentences = 0;
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let columns: Vec<&str> = line.split('\t').collect();
        assert_eq!(columns.len(), 3, "three tab-separated columns: {line}");
        let expected = parse_expected(columns[2]);
        let found = figures_of_text(columns[1]);
        let score = score_sentence(&expected, &found, &mut failures, columns[1]);
        by_form
            .entry(columns[0].to_string())
            .or_default()
            .add(&score);
        sentences += 1;
    }
    assert!(sentences >= 200, "only {sentences} labelled sentences");
    let mut total = Score::default();
    println!(
        "{:<12} {:>9} {:>9} {:>13} {:>13}",
        "form", "precision", "recall", "counted+src P", "counted+src R"
    );
    for (form, score) in &by_form {
        println!(
            "{form:<12} {:>9.3} {:>9.3} {:>13.3} {:>13.3}",
            score.precision(),
            score.recall(),
            score.attribute_precision(),
            score.attribute_recall()
        );
        total.add(score);
    }
    println!(
        "{:<12} {:>9.3} {:>9.3} {:>13.3} {:>13.3}   ({sentences} sentences)",
        "all",
        total.precision(),
        total.recall(),
        total.attribute_precision(),
        total.attribute_recall()
    );
    for failure in &failures {
        println!("  {failure}");
    }
    assert!(
        total.precision() >= 0.95 && total.recall() >= 0.95,
        "value+kind below 95 %"
    );
    assert!(
        total.attribute_precision() >= 0.85 && total.attribute_recall() >= 0.85,
        "counted+source below 85 %"
    );
}

fn find<'a>(rows: &'a [serde_json::Value], doc: &str, text: &str) -> &'a serde_json::Value {
    rows.iter()
        .find(|r| r["doc"] == doc && r["text"] == text)
        .unwrap_or_else(|| panic!("no figure {text:?} in {doc}"))
}

#[test]
fn sample_corpus_figures_through_the_cli() {
    let corpus = crate::support::sample_corpus().display().to_string();
    let all = quarry_json(&["figures", &corpus, "--format", "json", "-q"]);
    let rows = all.as_array().expect("array");
    let prosecuted = find(rows, "eastern-courier-prosecutions.txt", "More than 16,000");
    assert_eq!(prosecuted["value"], 16000.0);
    assert_eq!(prosecuted["kind"], "count");
    assert_eq!(prosecuted["qualifier"], "more than");
    assert_eq!(prosecuted["bound"], "lower");
    assert_eq!(prosecuted["counted"], "military personnel");
    assert_eq!(prosecuted["predicate"], "prosecute");

    let recruits = find(
        rows,
        "meridian-explainer-war-in-numbers.txt",
        "between 40,000 and 45,000",
    );
    assert_eq!(
        (recruits["low"].as_f64(), recruits["high"].as_f64()),
        (Some(40000.0), Some(45000.0))
    );
    assert_eq!(recruits["counted"], "soldiers");
    assert_eq!(recruits["predicate"], "recruit");
    assert_eq!(recruits["period"], "per month");
    assert_eq!(recruits["source"], "President Zelensky");

    let casualties = find(
        rows,
        "meridian-explainer-war-in-numbers.txt",
        "about 1.2million",
    );
    assert_eq!(casualties["value"], 1_200_000.0);
    assert_eq!(casualties["source"], "CSIS");
    let deaths = find(rows, "lantern-review-violence-after-the-front.txt", "378");
    assert_eq!(
        (&deaths["counted"], &deaths["source"]),
        (&"deaths".into(), &"Verstka".into())
    );
    let share = find(rows, "capital-wire-un-report.html", "nearly 10 per cent");
    assert_eq!(
        (share["kind"].as_str(), share["value"].as_f64()),
        (Some("percent"), Some(10.0))
    );
    let words = find(
        rows,
        "opinion-the-army-that-walks-away.md",
        "Some twenty thousand",
    );
    assert_eq!(words["value"], 20000.0);
    assert!(
        rows.iter().all(|r| r["minor"] == false),
        "minor figures are hidden by default"
    );

    let filtered = quarry_json(&[
        "figures", &corpus, "--format", "json", "--kind", "percent", "-q",
    ]);
    assert!(
        filtered
            .as_array()
            .is_some_and(|r| !r.is_empty() && r.iter().all(|f| f["kind"] == "percent"))
    );
    let big = quarry_json(&[
        "figures",
        &corpus,
        "--format",
        "json",
        "--min-value",
        "1000000",
        "-q",
    ]);
    let big_values: Vec<f64> = big
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|f| f["value"].as_f64())
        .collect();
    assert_eq!(big_values, [1_200_000.0, 2_400_000.0, 1_500_000.0]);
    let with_minor = quarry_json(&[
        "figures",
        &corpus,
        "--format",
        "json",
        "--include-minor",
        "-q",
    ]);
    assert!(with_minor.as_array().is_some_and(|r| r.len() > rows.len()));
}

#[test]
fn sample_corpus_groups_and_conflicts_in_the_report() {
    let corpus = crate::support::sample_corpus().display().to_string();
    let out = tempfile::tempdir().expect("temporary folder");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_quarry"))
        .args([
            "analyse",
            &corpus,
            "--out",
            &out.path().display().to_string(),
            "-q",
        ])
        .status()
        .expect("run quarry");
    assert!(status.success());
    let text = std::fs::read_to_string(out.path().join("report.json")).expect("report");
    let report: serde_json::Value = serde_json::from_str(&text).expect("JSON");

    let groups = report["figure_groups"].as_array().expect("groups");
    let convicted = groups
        .iter()
        .find(|g| g["counted"] == "soldier" && g["value"] == 17000.0)
        .expect("the 17,000 convicted group");
    assert_eq!(convicted["documents"].as_array().map(Vec::len), Some(4));
    assert_eq!(convicted["sources"], serde_json::json!(["Mediazona"]));
    assert!(
        groups
            .iter()
            .any(|g| g["counted"] == "death" && g["value"] == 378.0)
    );

    let pairs = report["conflicts"].as_array().expect("conflicts");
    let conflicts: Vec<(&str, &str)> = pairs
        .iter()
        .filter(|p| p["relation"] == "conflict")
        .map(|p| {
            (
                p["a"]["text"].as_str().unwrap_or(""),
                p["b"]["text"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(conflicts, [("More than 16,000", "20,000")]);
    let conflict = pairs
        .iter()
        .find(|p| p["relation"] == "conflict")
        .expect("conflict");
    assert_eq!(conflict["a"]["doc"], "eastern-courier-prosecutions.txt");
    assert_eq!(
        conflict["b"]["doc"],
        "meridian-explainer-war-in-numbers.txt"
    );
    assert!(
        conflict["reason"]
            .as_str()
            .is_some_and(|r| r.contains("prosecute"))
    );
    assert!(
        conflict["a"]["sentence"]
            .as_str()
            .is_some_and(|s| s.contains("desertion-related offences"))
    );
    // "17,000 convicted" and "over 13,500 convicted in 2024" are related, not in conflict.
    assert!(pairs.iter().any(|p| p["relation"] == "related"
        && p["a"]["text"] == "17,000"
        && p["b"]["text"] == "Over 13,500"
        && p["b"]["period"] == "in 2024"));
    assert!(report["figures"].as_array().is_some_and(|f| f.len() > 100));
}

/// The figure of `figures` (found in `text`) written `written`, which the test expects.
fn written_as<'a>(figures: &'a [Figure], text: &str, written: &str) -> &'a Figure {
    let found = figures.iter().find(|f| f.text(text) == written);
    found.unwrap_or_else(|| panic!("no figure {written:?}"))
}

/// The figure written `written` in `text` alone, which the test expects.
fn figure_in(text: &str, written: &str) -> Figure {
    written_as(&figures_of_text(text), text, written).clone()
}

/// The source of the figure written `figure` in `text`.
fn source(text: &str, figure: &str) -> Option<String> {
    let figures = figures_of_text(text);
    let found = figures.iter().find(|f| f.text(text) == figure);
    found.and_then(|f| f.source().map(str::to_string))
}

#[test]
fn a_person_cited_by_role_is_the_role_or_the_person_just_named_with_it() {
    // Not the city the quake struck, named earlier in the sentence.
    let role = "The earthquake that struck Korvan on Tuesday has killed 362 people in the city, \
                the mayor said on Thursday.";
    assert_eq!(source(role, "362").as_deref(), Some("mayor"));
    let named = "Mayor Ivo Strand said 4,800 buildings were damaged.\n\n\
                 The quake has killed 362 people in Korvan, the mayor said.";
    assert_eq!(source(named, "362").as_deref(), Some("Mayor Ivo Strand"));
    // A role that the person cited last does not hold is still the role.
    let other = "The Red Crescent said 600 volunteers were deployed.\n\n\
                 The quake has killed 362 people in Korvan, the mayor said.";
    assert_eq!(source(other, "362").as_deref(), Some("mayor"));
}

#[test]
fn a_subject_after_while_or_before_its_participle_and_agent_is_what_is_counted() {
    let text = "Deaths rose to 362 in the city, while the national toll given by the emergency \
                ministry stood at 351.";
    let national = figure_in(text, "351");
    assert_eq!(national.counted.as_deref(), Some("national toll"));
    let text = "The rate set by the central bank stood at 4.5%.";
    assert_eq!(figure_in(text, "4.5%").counted.as_deref(), Some("rate"));
}

#[test]
fn a_body_cited_by_description_is_the_source_and_a_day_is_not() {
    let described = "Prices reached 300 euros on Monday, the market operator said.\n\n\
                     Covid cases rose to 1,200 last week, the health ministry said.";
    assert_eq!(
        source(described, "300 euros").as_deref(),
        Some("market operator")
    );
    // A body described anew is not the one described before.
    assert_eq!(
        source(described, "1,200").as_deref(),
        Some("health ministry")
    );
    // The outlet in a dateline wrote the sentence; it is not who the sentence cites.
    let dateline = "HATAY, Turkey (Continental Wire) -- At least 2,300 people were killed in \
                    Turkey, officials said.";
    assert_eq!(
        source(dateline, "At least 2,300").as_deref(),
        Some("officials")
    );
    // "WHO" is a name though "who" is not.
    let acronym = "Measles cases rose to 58,000 in 2024, the WHO said.";
    assert_eq!(source(acronym, "58,000").as_deref(), Some("WHO"));
    // The body right before the verb speaks, not a name earlier in the sentence.
    let share = "Public debt fell to 99.1% of GDP in 2024, the finance ministry said.";
    assert_eq!(source(share, "99.1%").as_deref(), Some("finance ministry"));
    // A name inside a description set off by commas before the verb is not who speaks.
    let appositive = "Dr Hans Kluge, the WHO's regional director for Europe, said vaccination \
                      rates had fallen to 91%.";
    assert_eq!(source(appositive, "91%").as_deref(), Some("Dr Hans Kluge"));
    // "…, the WHO said" closing the sentence cites the WHO, not the country that recorded.
    let closing = "Romania recorded the most cases, 30,000, the WHO said.";
    assert_eq!(source(closing, "30,000").as_deref(), Some("WHO"));
    // A place opening the sentence after "Across" is where, not who.
    let across = "Across Europe, the death toll rose to 1,200, officials said.";
    assert_eq!(source(across, "1,200").as_deref(), Some("officials"));
    // "According to its annual report": the report of the name the sentence goes on with.
    let its = "According to its annual report, Nordvik Energy employs 12,000 people.";
    assert_eq!(source(its, "12,000").as_deref(), Some("Nordvik Energy"));
    // A place within a country is where, and a minister described by office is who speaks.
    let northern =
        "The death toll from flooding in northern Italy has risen to 47, officials said.";
    assert_eq!(source(northern, "47").as_deref(), Some("officials"));
    // A nationality is no name of who speaks, nor where: "Italian officials", "Italian floods".
    let officials = "The toll rose to 47, Italian officials said.";
    assert_eq!(
        source(officials, "47").as_deref(),
        Some("Italian officials")
    );
    let floods = "Death toll in Italian floods rises to 47";
    let found = figures_of_text(floods);
    assert_eq!(found[0].counted.as_deref(), Some("death toll"));
    // A word for a source opening the sentence is nobody's name; officials are officials.
    for (opening, cited) in [
        ("Reports said", None),
        ("Estimates put", None),
        ("Officials said", Some("officials")),
    ] {
        let text = format!("{opening} the death toll reached 1,300.");
        assert_eq!(source(&text, "1,300").as_deref(), cited, "{text}");
    }
    let bank = "Annual inflation was 3.1% in April, the central bank said.";
    assert_eq!(source(bank, "3.1%").as_deref(), Some("central bank"));
    let minister = "Damage is estimated at 10 billion euros, Italy's economy minister said.";
    assert_eq!(
        source(minister, "10 billion euros").as_deref(),
        Some("economy minister")
    );
    // A region's name before the body it describes is part of the description.
    let regional = "By Monday the fire had burned 8,200 hectares, the Andalusian emergency \
                    service said.";
    assert_eq!(
        source(regional, "8,200").as_deref(),
        Some("Andalusian emergency service")
    );
    let owned = "The fire has burned about 9,500 hectares, according to Andalusia's regional \
                 government.";
    assert_eq!(
        source(owned, "about 9,500").as_deref(),
        Some("regional government")
    );
    // A participle after a noun and its article is the verb: what is counted is revenue.
    let expected = "The company expected revenue of between £2.1bn and £2.3bn this year.";
    let found = figures_of_text(expected);
    let revenue = written_as(&found, expected, "between £2.1bn and £2.3bn");
    assert_eq!(revenue.counted.as_deref(), Some("revenue"));
    // What is worth an amount is what it counts; a word in -ing after a preposition is a verb.
    let worth = "He was found guilty of taking bribes worth 2.4 million leva.\n\n\
                 The firm signed a contract worth $3bn with the navy.";
    let found = figures_of_text(worth);
    let counted: Vec<Option<&str>> = found.iter().map(|f| f.counted.as_deref()).collect();
    assert_eq!(counted, [Some("bribes"), Some("contract")]);
    // Other participles after an article and a word qualify what follows.
    let supported = "The maximum supported value is 255.";
    let found = figures_of_text(supported);
    let value = written_as(&found, supported, "255");
    assert_eq!(value.counted.as_deref(), Some("maximum supported value"));
    // A sentence citing people it does not name does not take the source of the sentence
    // before; one citing no one does.
    let unnamed = "Some 38 deaths were reported, according to preliminary data. Health officials \
                   in Romania said they had vaccinated around 200,000 children. Another 12 \
                   cases were confirmed on Friday.";
    assert_eq!(
        source(unnamed, "Some 38").as_deref(),
        Some("preliminary data")
    );
    assert_eq!(source(unnamed, "around 200,000"), None);
    let carried = "Some 38 deaths were reported, according to preliminary data. Another 12 \
                   cases were confirmed on Friday.";
    assert_eq!(source(carried, "12").as_deref(), Some("preliminary data"));
    // Data "from" or "by" a body are that body's.
    let data = "Shares fell 6.5% in early trading, according to data from the London Stock \
                Exchange (LSE).";
    assert_eq!(
        source(data, "6.5%").as_deref(),
        Some("London Stock Exchange")
    );
    let compiled = "Prices rose 3.2%, according to the latest figures from the Office for \
                    National Statistics.";
    assert_eq!(
        source(compiled, "3.2%").as_deref(),
        Some("Office for National Statistics")
    );
    // Figures or data "from" a body that "show" something are that body's; data moved "from"
    // something are no one's.
    let shown = "Calder City rents increased 9.5% last year, figures from Homestead show.";
    assert_eq!(source(shown, "9.5%").as_deref(), Some("Homestead"));
    let moved = "The card can transfer data from Holter monitors at 9,600 bytes a second.";
    let found = figures_of_text(moved);
    assert_eq!(written_as(&found, moved, "9,600").source(), None);
    // Who puts a figure at its value gives it.
    let put = "The quake, which the USGS put at magnitude 6.8, shook the valley.";
    assert_eq!(source(put, "magnitude 6.8").as_deref(), Some("USGS"));
    let toll = "The regional health ministry put the toll at 312 on Monday.";
    assert_eq!(
        source(toll, "312").as_deref(),
        Some("regional health ministry")
    );
    // "Estimates put" names nobody.
    let estimates = "Estimates put the damage at 4 billion dollars.";
    assert_eq!(source(estimates, "4 billion dollars"), None);
    // An owner in lower case says whose the body is, as a named one does.
    let country = "The death toll passed 300 on Tuesday, the country's emergency ministry said.";
    assert_eq!(
        source(country, "300").as_deref(),
        Some("emergency ministry")
    );
    // Officials speak, not the place named before them; a name right before them says whose
    // they are.
    let town = "Some 5,000 people were evacuated near the town of Estepona, officials said.";
    assert_eq!(source(town, "Some 5,000").as_deref(), Some("officials"));
    let whose = "At least 12 drones were shot down overnight, Kremlin officials said.";
    assert_eq!(source(whose, "At least 12").as_deref(), Some("Kremlin"));
}

#[test]
fn a_speaker_named_after_the_verb_is_the_source() {
    let text = "Around 3,500 residents were evacuated overnight, and 1,100 firefighters were \
                fighting the blaze, said Juan Carlos Ortiz, head of the forest fire service.\n\n\
                \"It is the worst fire in a decade,\" said Ortiz, adding that 40 homes had burned.\n\n\
                The blaze has burned 8,000 hectares, said the regional emergency service.\n\n\
                Crews worked through the night, said on Monday that 300 homes were safe.";
    for figure in ["Around 3,500", "1,100"] {
        assert_eq!(
            source(text, figure).as_deref(),
            Some("Juan Carlos Ortiz"),
            "{figure}"
        );
    }
    assert_eq!(source(text, "40").as_deref(), Some("Ortiz"));
    assert_eq!(
        source(text, "8,000").as_deref(),
        Some("regional emergency service")
    );
    // A verb with nobody after it names nobody.
    assert_eq!(source(text, "300"), None);
    // Police speaking for themselves are the source, not a name earlier in the sentence.
    let police = "Four people have died after Storm Halvard hit the coast, police said.";
    assert_eq!(source(police, "Four").as_deref(), Some("police"));
    // A speaker inside a relative clause set off by commas speaks for that clause only; one
    // whom the clause describes speaks for the sentence.
    let aside = "The quake, which the USGS said struck at a depth of 10km, injured 4,520 people.\n\n\
                 Maria Lopez, who said 40 homes had burned, asked for calm.";
    assert_eq!(source(aside, "4,520"), None);
    assert_eq!(source(aside, "40").as_deref(), Some("Maria Lopez"));
    // A quotation is the words of whom the sentence opens with, not of the speaker before.
    let quoted = "Minister Tomas Keller said the reform would save €4.2 billion. Ms Dobrev called \
                  his remarks \"an insult to 150,000 people who marched\".\n\n\
                  Eliminated \"Old Perl threads tutorial\", which described 5005 threads.";
    assert_eq!(
        source(quoted, "€4.2 billion").as_deref(),
        Some("Minister Tomas Keller")
    );
    assert_eq!(source(quoted, "150,000").as_deref(), Some("Ms Dobrev"));
    assert_eq!(source(quoted, "5005"), None);
    // Unnamed sources are the source, not the firm they speak of.
    let unnamed = "Nordhaven Motors plans to eliminate 15,000 jobs, people familiar with the \
                   matter said.";
    assert_eq!(
        source(unnamed, "15,000").as_deref(),
        Some("people familiar with the matter")
    );
}

#[test]
fn speeds_and_amounts_after_a_currency_code() {
    let text = "Gusts of up to 150 km/h hit the coast.\n\n\
                Winds of 140 kilometres per hour were recorded on Monday.\n\n\
                Wind speeds of 90 mph were recorded offshore.\n\n\
                The government pledged NOK 500m in aid.\n\n\
                The club paid nearly CHF 12 million for him.\n\n\
                The fund holds 200 million kronor.\n\n\
                He took bribes worth 2.4 million leva, and the deal cost 90 million baht.";
    let figures = figures_of_text(text);
    let find = |written: &str| written_as(&figures, text, written);
    // A distance an hour is a speed, and "per hour" is no period.
    for (written, unit) in [
        ("up to 150", "kilometre per hour"),
        ("140", "kilometre per hour"),
        ("90", "mile per hour"),
    ] {
        assert_eq!(find(written).unit(), Some(unit), "{written}");
        assert_eq!(find(written).period(), None, "{written}");
    }
    // A unit glued to the digits is the figure's unit, in prose only, and as units are written.
    let glued = "The quake struck at a depth of 10km.\n\n\
                 The storm moved 40km inland and dumped 150mm of rain.\n\n\
                 The phone draws 2000mW at most.\n\n\
                 .. tabularcolumns:: |p{4.0cm}|p{13.5cm}|";
    let figures = figures_of_text(glued);
    let units: Vec<(&str, Option<&str>)> =
        figures.iter().map(|f| (f.text(glued), f.unit())).collect();
    assert_eq!(
        units,
        [
            ("10km", Some("kilometre")),
            ("40km", Some("kilometre")),
            ("150mm", Some("millimetre"))
        ]
    );
    for (written, currency, value) in [
        ("NOK 500m", "NOK", 500e6),
        ("nearly CHF 12 million", "CHF", 12e6),
        ("200 million kronor", "SEK", 200e6),
        ("2.4 million leva", "BGN", 2.4e6),
        ("90 million baht", "THB", 90e6),
    ] {
        let figure = find(written);
        assert_eq!(figure.kind, FigureKind::Money, "{written}");
        assert_eq!(figure.currency(), Some(currency), "{written}");
        assert_eq!(figure.value, Some(value), "{written}");
    }
    assert_eq!(find("nearly CHF 12 million").qualifier(), Some("nearly"));
    // A code is written in capitals before the number, a space between.
    let field = "Set the register field cad=12 before booting the board.";
    assert_eq!(figures_of_text(field)[0].kind, FigureKind::Count);
}

#[test]
fn a_rate_per_a_whole_and_a_share_written_as_so_many_in_a_larger_number() {
    let text = "The incidence rate reached 590 cases per 100,000 inhabitants.\n\n\
                One in four cases was recorded in Minas Gerais, and 1 in 10 adults was tested.\n\n\
                One in 1000 births is affected; 2 in 2024 is no share.\n\n\
                Two in 5 minutes is the limit. The pipe is 12 in. wide.";
    let figures = figures_of_text(text);
    let written: Vec<&str> = figures.iter().map(|f| f.text(text)).collect();
    // The whole of a rate is no figure of its own, nor is a time or a length in inches a share.
    assert_eq!(
        written,
        [
            "590",
            "One in four",
            "1 in 10",
            "One in 1000",
            "2",
            "2024",
            "Two",
            "5 minutes",
            "12"
        ]
    );
    assert_eq!(
        figures[0].counted.as_deref(),
        Some("cases per 100,000 inhabitants")
    );
    for (figure, value, counted) in [(&figures[1], 25.0, "cases"), (&figures[2], 10.0, "adults")] {
        assert_eq!(figure.kind, FigureKind::Percent);
        assert_eq!(figure.unit(), Some("fraction"));
        assert_eq!(figure.value, Some(value));
        assert_eq!(figure.counted.as_deref(), Some(counted));
    }
}

#[test]
fn a_sentence_setting_two_claims_against_each_other_cites_each_its_own_source() {
    // The country that reported the second figure did not report the first.
    let passive = "In Romania, 28,000 cases were recorded, while Kazakhstan reported 13,000.";
    assert_eq!(source(passive, "28,000"), None);
    assert_eq!(source(passive, "13,000").as_deref(), Some("Kazakhstan"));
    let both = "Kazakhstan recorded 13,000 cases, the health ministry said, whereas Romania \
                reported 28,000.";
    assert_eq!(source(both, "13,000").as_deref(), Some("health ministry"));
    assert_eq!(source(both, "28,000").as_deref(), Some("Romania"));
    // What a speaker said goes on after "while"; a closing attribution covers both claims.
    let framed = "The WHO said cases rose to 28,000, while deaths fell to 14.";
    assert_eq!(source(framed, "14").as_deref(), Some("WHO"));
    let closing = "Romania recorded 28,000 cases, while Kazakhstan had 13,000, the WHO said.";
    assert_eq!(source(closing, "28,000").as_deref(), Some("WHO"));
    assert_eq!(source(closing, "13,000").as_deref(), Some("WHO"));
    // A clause after a semicolon that cites someone else is theirs, even someone unnamed; one
    // that goes on with what the first speaker said is still the first speaker's.
    let rival = "The government says the reform would save €4.2 billion a year; the federation \
                 says the savings are closer to €2.5 billion.";
    assert_eq!(source(rival, "€4.2 billion").as_deref(), Some("government"));
    assert_eq!(source(rival, "closer to €2.5 billion"), None);
    // "Closer to" hedges the figure either way.
    let rival_figures = figures_of_text(rival);
    let closer = written_as(&rival_figures, rival, "closer to €2.5 billion");
    assert_eq!(closer.qualifier(), Some("about"));
    let listed = "Roger Long states that the season began on the 14th of July; that in a later \
                  calendar, printed under Queen Elizabeth, it was said to begin on the 6th of July.";
    assert_eq!(source(listed, "6th").as_deref(), Some("Roger Long"));
    // "According to" twice: each figure is the nearest attribution's.
    let counts = "An earlier march drew 85,000 people, according to the organisers, and 25,000 \
                  according to police.";
    assert_eq!(source(counts, "85,000").as_deref(), Some("organisers"));
    assert_eq!(source(counts, "25,000").as_deref(), Some("police"));
    let leading = "According to police, 14 people were arrested, while according to the \
                   organisers 30 were.";
    assert_eq!(source(leading, "14").as_deref(), Some("police"));
    assert_eq!(source(leading, "30").as_deref(), Some("organisers"));
}

#[test]
fn a_speaker_after_and_speaks_for_their_clause_and_a_word_for_a_body_is_no_person() {
    // The World Bank pledged the money; the Red Crescent speaks for what it sent.
    let pledged = "The World Bank pledged $50 million in emergency aid, and the Red Crescent said \
                   it had sent 200 tonnes of supplies.";
    assert_eq!(source(pledged, "$50 million"), None);
    assert_eq!(source(pledged, "200").as_deref(), Some("Red Crescent"));
    // A clause after "and" with no speaker of its own is still the first speaker's.
    let added = "The minister Arman Teller said 30 people had been arrested, and added that 12 \
                 officers were hurt.";
    assert_eq!(source(added, "12").as_deref(), Some("Arman Teller"));
    // "The agency" after a person or the police speaking is neither; after a body's name or an
    // acronym, it is that body.
    let agency = "Arman Teller, the interior minister, said 340 people had been rescued. The \
                  agency put the number of buildings destroyed at 6,200.\n\n\
                  The NDRA said 45 people had died. The agency said 210 more were injured.\n\n\
                  Police said 40 people were arrested. The ministry put the number at 6,300.\n\n\
                  The Ministry of Health said 50 people had died. The ministry said 220 more were \
                  injured.\n\n\
                  The National Disaster Relief Agency said 60 had died. The agency said 230 were \
                  hurt.\n\n\
                  Dengue has killed 402 people, the health ministry said. The ministry said 240 \
                  more deaths were being investigated.";
    assert_eq!(source(agency, "6,200").as_deref(), Some("agency"));
    assert_eq!(source(agency, "210").as_deref(), Some("NDRA"));
    assert_eq!(source(agency, "6,300").as_deref(), Some("ministry"));
    assert_eq!(source(agency, "220").as_deref(), Some("Ministry of Health"));
    assert_eq!(
        source(agency, "230").as_deref(),
        Some("National Disaster Relief Agency")
    );
    assert_eq!(source(agency, "240").as_deref(), Some("health ministry"));
}

#[test]
fn a_shipwrecks_dead_bodies_and_distances_and_the_agency_named_in_brackets() {
    let text = "At least 62 migrants drowned when the boat capsized, the coastguard said.\n\n\
                The coastguard said 78 bodies had been recovered.\n\n\
                The boat sank 47 nautical miles from the port.\n\n\
                It was carrying up to 400 people, according to the UN refugee agency (UNHCR).\n\n\
                It was carrying 450 people, according to the International Organization for \
                Migration (IOM).";
    let figures = figures_of_text(text);
    assert_eq!(
        written_as(&figures, text, "At least 62").predicate(),
        Some("die")
    );
    assert_eq!(
        written_as(&figures, text, "78").predicate(),
        Some("recover")
    );
    let distance = written_as(&figures, text, "47");
    assert_eq!(distance.unit(), Some("nautical mile"));
    assert_eq!(distance.counted, None);
    // The agency described after "UN" is the one named in brackets, not the UN; a name given
    // in full stays the source.
    assert_eq!(source(text, "up to 400").as_deref(), Some("UNHCR"));
    assert_eq!(
        source(text, "450").as_deref(),
        Some("International Organization for Migration")
    );
}

#[test]
fn a_wildfires_evacuees_are_cited_to_the_agency_named_before_and_to_local_officials() {
    let text = "More than 12,000 people have been evacuated, Portugal's civil protection agency \
                said on Friday. The blaze has burned about 8,500 hectares, according to the \
                agency.\n\n\
                Around 15,000 residents have fled their homes, local officials said.\n\n\
                Thousands flee as flames near the coast. The fire forced 12,000 people from \
                their homes. Damage could reach €150 million, insurers said.";
    let figures = figures_of_text(text);
    assert_eq!(
        source(text, "about 8,500").as_deref(),
        Some("civil protection agency")
    );
    assert_eq!(
        source(text, "Around 15,000").as_deref(),
        Some("local officials")
    );
    // A claim's verb right after the number is no noun counted.
    let fleeing = written_as(&figures, text, "Thousands");
    assert_eq!(fleeing.counted, None);
    assert_eq!(fleeing.predicate(), Some("flee"));
    let forced = written_as(&figures, text, "12,000");
    assert_eq!(forced.predicate(), Some("evacuate"));
    // What an amount may reach is its level, as what it reached is.
    let damage = written_as(&figures, text, "€150 million");
    assert_eq!(damage.counted.as_deref(), Some("damage"));
    assert_eq!(damage.predicate(), Some("level"));
}

#[test]
fn an_elections_results_are_cited_to_the_commission_and_parts_count_what_the_whole_does() {
    let text = "The Civic Union won 34.6% of the vote, according to preliminary results from the \
                Central Electoral Commission. Turnout was 61.3%, the commission said.\n\n\
                Turnout fell to 58.7%, according to the electoral commission's figures released \
                on Monday.\n\n\
                Around 4.1 million of the country's 6.8 million registered voters cast a ballot. \
                The party is expected to win 68 of the 151 seats, and 2 of the party's leaders \
                resigned.";
    for (figure, cited) in [
        ("34.6%", "Central Electoral Commission"),
        ("61.3%", "Central Electoral Commission"),
        ("58.7%", "electoral commission"),
    ] {
        assert_eq!(source(text, figure).as_deref(), Some(cited), "{figure}");
    }
    let figures = figures_of_text(text);
    for (figure, counted) in [
        ("Around 4.1 million", "registered voters"),
        ("68", "seats"),
        ("2", "leaders"),
    ] {
        let found = written_as(&figures, text, figure);
        assert_eq!(found.counted.as_deref(), Some(counted), "{figure}");
    }
}

#[test]
fn a_waiting_list_is_cited_to_the_service_whose_figures_show_it() {
    let text = "The waiting list rose to 7.8 million in August, figures from the Caledra Health \
                Service (CHS) show.\n\n\
                About 390,000 patients had been waiting more than a year. The health secretary \
                said £1.5bn of new funding would cut waiting times.";
    assert_eq!(
        source(text, "7.8 million").as_deref(),
        Some("Caledra Health Service")
    );
    let figures = figures_of_text(text);
    assert_eq!(
        written_as(&figures, text, "About 390,000").predicate(),
        Some("wait")
    );
    let funding = written_as(&figures, text, "£1.5bn");
    assert_eq!(funding.counted.as_deref(), Some("funding"));
}

#[test]
fn researchers_at_a_university_cite_it_and_admissions_tripled_to_a_level() {
    let text = "Researchers at Charles University estimate that between 2,000 and 2,400 people \
                died because of the heat.\n\n\
                Some 1,100 people died, the public health institute SZU said.\n\n\
                Hospital admissions tripled to 640 during the heatwave, the institute said.";
    assert_eq!(
        source(text, "between 2,000 and 2,400").as_deref(),
        Some("Charles University")
    );
    let figures = figures_of_text(text);
    let admissions = written_as(&figures, text, "640");
    assert_eq!(admissions.counted.as_deref(), Some("hospital admissions"));
    assert_eq!(admissions.predicate(), Some("level"));
    // "The institute" is the one named before.
    assert_eq!(source(text, "640").as_deref(), Some("SZU"));
}

#[test]
fn temperatures_and_pence_are_read_by_their_signs_and_hex_codes_are_none() {
    let text = "Temperatures peaked at 39.8C on Monday. It was 40.1°C in Brno, and highs of 104F \
                were forecast in Texas. It reached 40 degrees Celsius, and lows were 12 °C. Gusts \
                hit 140 kilometres per hour.\n\n\
                The gzip magic numbers are 1F 8B.";
    let figures = figures_of_text(text);
    for (written, unit, label) in [
        ("39.8C", "degree Celsius", "39.8°C"),
        ("40.1°C", "degree Celsius", "40.1°C"),
        ("104F", "degree Fahrenheit", "104°F"),
        ("40 degrees Celsius", "degree Celsius", "40°C"),
        ("12 °C", "degree Celsius", "12°C"),
        ("140", "kilometre per hour", "140 kilometres per hour"),
    ] {
        let figure = written_as(&figures, text, written);
        assert_eq!(figure.unit(), Some(unit), "{written}");
        assert_eq!(figure.value_label(), label, "{written}");
    }
    // Pence glued to the digits in a sentence about shares; a video's "1080p" is none.
    let pence = "Halden shares jumped 29% to 372p in morning trading. The stream is 1080p.";
    let priced = figures_of_text(pence);
    let price = written_as(&priced, pence, "372p");
    assert_eq!(price.kind, FigureKind::Money);
    assert_eq!(price.value_label(), "GBP 3.72");
    assert!(priced.iter().all(|f| f.text(pence) != "1080p"));
    // Hex codes are no temperatures.
    let hex = figures.iter().find(|f| f.text(text) == "1F");
    assert!(hex.is_none_or(|f| f.unit().is_none()));
}

#[test]
fn magnitudes_of_a_quake_and_small_measures_are_figures() {
    let text = "A magnitude 6.8 earthquake struck the province. The quake measured 6.9 on the \
                Richter scale. The 7.1-magnitude quake was felt in the capital. A 6.4 magnitude \
                earthquake hit at dawn. It was followed by an aftershock of magnitude 5.2.\n\n\
                The vector has magnitude 5 in this example.\n\n\
                The quake struck at a depth of 10 kilometres. The river rose by 3 metres.\n\n\
                Some 35,000 people were left homeless.";
    let figures = figures_of_text(text);
    for (written, value, quake) in [
        ("magnitude 6.8", 6.8, "earthquake"),
        ("6.9 on the Richter scale", 6.9, "earthquake"),
        ("7.1-magnitude", 7.1, "earthquake"),
        ("6.4 magnitude", 6.4, "earthquake"),
        ("magnitude 5.2", 5.2, "aftershock"),
    ] {
        let figure = written_as(&figures, text, written);
        assert_eq!(figure.value, Some(value), "{written}");
        assert_eq!(figure.unit(), Some("magnitude"), "{written}");
        assert_eq!(figure.counted.as_deref(), Some(quake), "{written}");
        assert!(!figure.minor, "{written}");
    }
    assert_eq!(
        written_as(&figures, text, "magnitude 6.8").value_label(),
        "magnitude 6.8"
    );
    // A magnitude is of a quake the sentence names.
    assert_eq!(written_as(&figures, text, "5").unit(), None);
    // A small measure in digits is shown, not hidden as a minor count.
    for (written, unit) in [("10", "kilometre"), ("3", "metre")] {
        let figure = written_as(&figures, text, written);
        assert_eq!(figure.unit(), Some(unit));
        assert!(!figure.minor, "{written}");
    }
    let homeless = written_as(&figures, text, "Some 35,000");
    assert_eq!(homeless.predicate(), Some("homeless"));
}

#[test]
fn organisers_and_pollsters_are_sources_and_a_name_is_not_cut_at_a_word_for_a_study() {
    // Organisers speak for themselves, not the ministry named earlier in the sentence.
    let crowd = "Police fired tear gas near the Ministry of Labour as the march drew a crowd that \
                 organisers estimated at 150,000.";
    assert_eq!(source(crowd, "150,000").as_deref(), Some("organisers"));
    // "Research" ends the institute's name; it does not cite the words before it.
    let poll = "A poll by the Institute for Social Research published on Friday found that 68 \
                per cent of voters oppose the plan.\n\n\
                An Ipsos poll put support at 31 per cent.";
    assert_eq!(
        source(poll, "68 per cent").as_deref(),
        Some("Institute for Social Research")
    );
    assert_eq!(source(poll, "31 per cent").as_deref(), Some("Ipsos"));
    // "The United States" states nothing.
    let states = "He was the 26th President of the United States, elected in 1904.";
    assert_eq!(source(states, "26th"), None);
}

#[test]
fn a_figure_after_and_is_not_claimed_by_the_verb_before_it() {
    let claim = |text: &str, figure: &str| {
        let figures = figures_of_text(text);
        let found = figures.iter().find(|f| f.text(text) == figure);
        found.and_then(|f| f.predicate()).map(str::to_string)
    };
    let evacuated = "The agency said 42 people had been killed and 12,000 evacuated.";
    assert_eq!(claim(evacuated, "42").as_deref(), Some("kill"));
    assert_eq!(claim(evacuated, "12,000").as_deref(), Some("evacuate"));
    // What a disaster's figures count: the displaced, the evacuated, the rescued.
    for (text, figure, verb) in [
        (
            "About 3,000 people were displaced.",
            "About 3,000",
            "displace",
        ),
        ("Crews rescued 140 people overnight.", "140", "rescue"),
        (
            "At least 200 were hospitalised.",
            "At least 200",
            "hospitalise",
        ),
        ("Over 50,000 people were infected.", "Over 50,000", "infect"),
        // People who left their homes are counted as evacuated, however it is put.
        (
            "By Monday 4,000 people had left their homes.",
            "4,000",
            "evacuate",
        ),
        (
            "About 15,000 people were forced to leave their homes.",
            "About 15,000",
            "evacuate",
        ),
        (
            "Some 900 families fled their homes.",
            "Some 900",
            "evacuate",
        ),
        ("Some 900 soldiers fled the front.", "Some 900", "flee"),
    ] {
        assert_eq!(claim(text, figure).as_deref(), Some(verb), "{text}");
    }
    // Leaving something else is no claim.
    let files = "The installer left 3 files behind.";
    assert_eq!(claim(files, "3"), None);
    // The 300 were left homeless, not killed.
    let another = "Some 42 people were killed and another 300 left homeless.";
    assert_eq!(claim(another, "300").as_deref(), Some("homeless"));
    // Verbs joined before the figure still claim it.
    let both = "Police said they had arrested and released 27 men.";
    assert_eq!(claim(both, "27").as_deref(), Some("arrest"));
}

#[test]
fn counts_several_places_record_in_one_sentence_are_each_their_own() {
    let text = "Germany recorded 2,000 measles cases in 2024, France 1,500 and Italy 900.";
    let figures = figures_of_text(text);
    let read = |figure: &str| {
        let found = figures.iter().find(|f| f.text(text) == figure);
        let found = found.unwrap_or_else(|| panic!("no figure {figure}"));
        (
            found.counted.as_deref().map(str::to_string),
            found.predicate().map(str::to_string),
            found.source().map(str::to_string),
        )
    };
    let level = |place: &str| {
        (
            Some(format!("measles cases in {place}")),
            Some("level".to_string()),
            Some(place.to_string()),
        )
    };
    assert_eq!(read("2,000"), level("Germany"));
    assert_eq!(read("1,500"), level("France"));
    assert_eq!(read("900"), level("Italy"));
    // A code after a place is no count of it.
    let address = "The institute is at Suite 600, 1947 Center Street, Berkeley, California 94704.";
    assert!(
        figures_of_text(address)
            .iter()
            .all(|f| f.text(address) != "94704")
    );
}

#[test]
fn a_source_carries_into_the_next_paragraph_only_when_that_paragraph_points_back_to_it() {
    // An analyst's own figures, a paragraph after the Fed chair spoke, are not his.
    let wire = "Fed Chair Jerome Powell said inflation was still too high.\n\n\
                Goldman Sachs analyst Priya Natarajan cut her price target to $42 from $55.";
    assert_eq!(source(wire, "$42"), None);
    // Within one paragraph the attribution still carries.
    let one = "Fed Chair Jerome Powell said inflation was still too high. \
               Prices rose 3% in the year to March.";
    assert_eq!(
        source(one, "3%").as_deref(),
        Some("Fed Chair Jerome Powell")
    );
    // "The charity said" stands for the charity named a paragraph earlier, and "the company"
    // for no person.
    let charity = "Rents rose 9.4 per cent, according to the housing charity Homestead.\n\n\
                   The charity said some twenty thousand families were waiting.";
    assert_eq!(
        source(charity, "some twenty thousand").as_deref(),
        Some("housing charity Homestead")
    );
    let company = "Anna Berg said output fell.\n\nThe company said it had cut 400 jobs.";
    assert_eq!(source(company, "400").as_deref(), Some("company"));
    // "The report also estimates" stands for the report named a paragraph earlier.
    let report = "About 50,000 soldiers have deserted, according to a report by the United \
                  Nations.\n\nThe report also estimates that about 200,000 inmates were \
                  recruited.";
    assert_eq!(
        source(report, "about 200,000").as_deref(),
        Some("United Nations")
    );
    // A paragraph ending with a colon introduces the quotation that follows.
    let quoted = "Ingo Molnar says:\n\n\"The change saves 3.2% of the kernel text.\"";
    assert_eq!(source(quoted, "3.2%").as_deref(), Some("Ingo Molnar"));
    // Officials not pointed back to are nobody named before, but officials still.
    let officials = "Nordvik Energy said its profit rose to $3.1 billion.\n\n\
                     Turnout was 59.9% on Sunday, officials said.";
    assert_eq!(source(officials, "59.9%").as_deref(), Some("officials"));
    let pointed = "Nordvik Energy said its profit rose to $3.1 billion. The same officials \
                   said turnout was 59.9% on Sunday.";
    assert_eq!(source(pointed, "59.9%").as_deref(), Some("Nordvik Energy"));
}

#[test]
fn vote_shares_are_their_partys_however_the_sentence_gives_them() {
    let text = "DRAVIK (Ledger) — The Social Democratic Alliance of Petra Novak finished first in \
                Sunday's election with 33.9 per cent, the electoral commission said.\n\n\
                The People's Party won 28.1 per cent and the Homeland Movement 15.1 per cent.\n\n\
                The liberal Civic Union came fourth with 6.3%, while the far-right Homeland Front \
                took 5.5%.\n\n\
                Turnout reached 63%, the highest since 2009.";
    let figures = figures_of_text(text);
    let find = |written: &str| written_as(&figures, text, written);
    // A share a party finished "with", won, or is given after "and" is its vote; once a
    // report has given a vote share, later shares won are vote shares too.
    for (written, party) in [
        ("33.9 per cent", "Social Democratic Alliance"),
        ("28.1 per cent", "People's Party"),
        ("15.1 per cent", "Homeland Movement"),
        ("6.3%", "Civic Union"),
        ("5.5%", "Homeland Front"),
    ] {
        let figure = find(written);
        assert_eq!(
            figure.counted.as_deref(),
            Some(format!("{party} vote").as_str()),
            "{written}"
        );
        assert_eq!(figure.predicate(), Some(LEVEL), "{written}");
    }
    // The highest since a year compares; it is no period of the figure.
    assert_eq!(find("63%").period(), None);
    let quake = "The quake, of magnitude 6.8, was the strongest to hit the region since 1987.";
    assert_eq!(
        written_as(&figures_of_text(quake), quake, "magnitude 6.8").period(),
        None
    );
    let level = "The bank raised its rate to 4.5% on Thursday, its highest level since 2008.";
    assert_eq!(
        written_as(&figures_of_text(level), level, "4.5%").period(),
        None
    );
    // A period after a word that only ends as superlatives do is the figure's.
    let interest = "The interest paid since 2020 came to 4 million euros.";
    let found = figures_of_text(interest);
    let paid = written_as(&found, interest, "4 million euros");
    assert_eq!(paid.period(), Some("since 2020"));
    assert_eq!(find("63%").counted.as_deref(), Some("turnout"));
    // A rate word after "the" is said of another noun, before the figure or after it.
    let rain = "Some 310mm of rain fell in 72 hours, nearly twice the monthly average. The \
                daily average output is 35 tonnes.";
    let found = figures_of_text(rain);
    assert_eq!(written_as(&found, rain, "72 hours").period(), None);
    assert_eq!(written_as(&found, rain, "35").period(), Some("per day"));
}

#[test]
fn a_share_something_rose_by_counts_what_rose() {
    let counted = |text: &str, written: &str| figure_in(text, written).counted;
    assert_eq!(
        counted("Rents in Calder City rose by 12% last year.", "12%").as_deref(),
        Some("rents in Calder City")
    );
    // A name opening the sentence keeps its capital.
    assert_eq!(
        counted("Calder City rents increased 9.5% last year.", "9.5%").as_deref(),
        Some("Calder City rents")
    );
    // A verb in -ing after a comma is no part of what rose.
    assert_eq!(
        counted(
            "The minister disputed the figures, saying rents had risen by 6 per cent.",
            "6 per cent"
        )
        .as_deref(),
        Some("rents")
    );
    // What costs is no change ("costs" is a verb here).
    assert_eq!(
        counted(
            "This cuts down virtualization costs by about 50%.",
            "about 50%"
        ),
        None
    );
}

#[test]
fn jobs_cut_and_the_share_of_the_workforce_restating_them() {
    let text = "Nordhaven Motors will cut 12,000 jobs worldwide, about 8% of its workforce.\n\n\
                The carmaker plans to eliminate 15,000 jobs, or roughly 10 per cent of its \
                staff.\n\n\
                Deficits rose after the 1982-83 tax cut.";
    let figures = figures_of_text(text);
    let find = |written: &str| written_as(&figures, text, written);
    // Cutting, eliminating and shedding jobs are one claim; a share set off by a comma right
    // after the count restates it.
    for written in ["12,000", "15,000", "about 8%", "roughly 10 per cent"] {
        assert_eq!(find(written).predicate(), Some("cut"), "{written}");
    }
    assert_eq!(find("about 8%").counted.as_deref(), Some("workforce"));
    // A second year written short is the first's century's.
    assert_eq!(find("1982-83").high(), Some(1983.0));
}

#[test]
fn how_many_marched_by_whoever_counted_them() {
    let text = "Organisers said 120,000 people took part, while police put the number at \
                38,000.\n\n\
                The march drew a crowd that organisers estimated at 150,000.\n\n\
                About 40,000 people had joined the march, the Interior Ministry said.\n\n\
                Hundreds of thousands of people turned out in 2019, and 3,000 marchers rallied in \
                May.";
    let figures = figures_of_text(text);
    let find = |written: &str| written_as(&figures, text, written);
    // Taking part, turning out, joining the march and a crowd are one claim: how many came.
    for (written, counted) in [
        ("120,000", "people"),
        // "The number" police put is the number of the same people.
        ("38,000", "people"),
        ("150,000", "crowd"),
        ("About 40,000", "people"),
        ("Hundreds of thousands", "people"),
        ("3,000", "marchers"),
    ] {
        let figure = find(written);
        assert_eq!(figure.counted.as_deref(), Some(counted), "{written}");
        assert_eq!(figure.predicate(), Some("attend"), "{written}");
    }
    assert_eq!(find("38,000").source(), Some("police"));
    assert_eq!(find("150,000").source(), Some("organisers"));
}

#[test]
fn amounts_shares_and_measures_take_what_they_measure_from_their_subject() {
    let find = |text: &str, figure: &str| -> Figure {
        let figures = figures_of_text(text);
        let found = figures.into_iter().find(|f| f.text(text) == figure);
        found.unwrap_or_else(|| panic!("no figure {figure:?} in {text:?}"))
    };
    let read = |text: &str, figure: &str| -> (Option<String>, Option<&'static str>, String) {
        let found = find(text, figure);
        (
            found.counted.as_deref().map(str::to_string),
            found.unit(),
            found.value_label(),
        )
    };
    let claim = |text: &str, figure: &str| find(text, figure).predicate();
    // An amount after "a record", its subject qualified by the words before it and a place.
    let price = "Wholesale electricity prices in Spain hit a record 312 euros per megawatt hour.";
    let subject = "wholesale electricity prices in Spain";
    assert_eq!(read(price, "312 euros").0.as_deref(), Some(subject));
    assert_eq!(claim(price, "312 euros"), Some(LEVEL));
    let share = "Unemployment rose to 5.2% in March.";
    assert_eq!(read(share, "5.2%").0.as_deref(), Some("unemployment"));
    // A place before the subject, and a nationality keeping its capital.
    let seville = "In Seville, wholesale prices reached 300 euros on Monday, traders said.";
    assert_eq!(
        read(seville, "300 euros").0.as_deref(),
        Some("wholesale prices in Seville")
    );
    let losses = "Ukrainian casualties numbered roughly 600,000.";
    assert_eq!(
        read(losses, "roughly 600,000").0.as_deref(),
        Some("Ukrainian casualties")
    );
    // A level's owner in the possessive: a place is where it is, another name whose it is,
    // and "its" stands for the sentence's first name; with none to stand for, no level.
    let spain = "Spain's unemployment rate stood at 11.2% in October.";
    assert_eq!(
        read(spain, "11.2%").0.as_deref(),
        Some("unemployment rate in Spain")
    );
    let firm = "Nordvik Energy said on Tuesday that its net profit rose to $3.1 billion.";
    assert_eq!(
        read(firm, "$3.1 billion").0.as_deref(),
        Some("Nordvik Energy net profit")
    );
    assert_eq!(claim(firm, "$3.1 billion"), Some(LEVEL));
    let unknown = "Its net profit rose to $3.1 billion.";
    assert_eq!(claim(unknown, "$3.1 billion"), None);
    // In a sentence about a vote, a share a party is on, or one given to it, is its vote's
    // level; elsewhere a share "for" a name is not.
    let on = "Chega won the vote, ahead of the Liberals on 24.1%.";
    assert_eq!(read(on, "24.1%").0.as_deref(), Some("Liberals vote"));
    assert_eq!(claim(on, "24.1%"), Some(LEVEL));
    let to = "The election gave 31.2% to the Socialist Party and 22% to the Greens.";
    assert_eq!(read(to, "31.2%").0.as_deref(), Some("Socialist Party vote"));
    assert_eq!(read(to, "22%").0.as_deref(), Some("Greens vote"));
    let no_vote = "Sales grew 5% for Nordvik Energy.";
    assert_ne!(
        read(no_vote, "5%").0.as_deref(),
        Some("Nordvik Energy vote")
    );
    // "The number of X reached N" is the level of X (a singular in -s stays in the phrase),
    // where "the number of people killed" claims the killing.
    let number = "The number of measles cases across Europe reached 62,000 in 2024.";
    assert_eq!(
        read(number, "62,000").0.as_deref(),
        Some("measles cases across Europe")
    );
    assert_eq!(claim(number, "62,000"), Some(LEVEL));
    let killed = "The number of people killed in Turkey climbed to 2,379.";
    assert_eq!(claim(killed, "2,379"), Some("kill"));
    // "well below" says how the figure compares, not what it measures.
    let below = "Members were offered a 3% rise, well below inflation of 6.8%.";
    assert_eq!(read(below, "6.8%").0.as_deref(), Some("inflation"));
    // A toll across a region is of that region, named once.
    let across = "The death toll across Europe rose to 1,200, the agency said.";
    assert_eq!(
        read(across, "1,200").0.as_deref(),
        Some("death toll across Europe")
    );
    // A change, a state and a noun are no level: "fell 5%", "is 30", "minor numbers 224"; a
    // share its subject changed by claims the change.
    let change = "Shares in the utility fell 5% on Monday.";
    assert_eq!(claim(change, "5%"), Some(FALL));
    let by = "Its sales increased by 7%.";
    assert_eq!(claim(by, "7%"), Some(RISE));
    let state = "The default timeout is 30 seconds.";
    assert_eq!(claim(state, "30 seconds"), None);
    let noun = "The VBI devices use minor numbers 224 to 255.";
    assert_eq!(claim(noun, "224 to 255"), None);
    // The noun phrase opening the clause, when a qualifier stands between it and the verb; a
    // count of deaths also takes the place it names, after "in" or opening the sentence.
    let toll = "The death toll from Monday's earthquake in southern Turkey rose to 2,316.";
    assert_eq!(
        read(toll, "2,316").0.as_deref(),
        Some("death toll in Turkey")
    );
    let killed = "The number of people killed in Turkey climbed to 2,379 on Wednesday.";
    assert_eq!(read(killed, "2,379").0.as_deref(), Some("people in Turkey"));
    assert_eq!(claim(killed, "2,379"), Some("kill"));
    let both = "In Syria, 1,602 people have died, and 2,400 were killed in Turkey.";
    assert_eq!(read(both, "1,602").0.as_deref(), Some("people in Syria"));
    assert_eq!(read(both, "2,400").0.as_deref(), Some("people in Turkey"));
    // A headline in the present tense.
    let headline = "Turkey quake: death toll climbs to 2,379\n\nRescuers kept digging.";
    assert_eq!(read(headline, "2,379").0.as_deref(), Some("death toll"));
    assert_eq!(claim(headline, "2,379"), Some(LEVEL));
    let combined = "The combined death toll rose to 3,800 on Thursday.";
    assert_eq!(
        read(combined, "3,800").0.as_deref(),
        Some("combined death toll")
    );
    let maximum = "The maximum length of a single BUS Trunk is about 300 meters.";
    assert_eq!(
        read(maximum, "about 300").0.as_deref(),
        Some("maximum length")
    );
    // The subject before a phrase after a preposition, not that phrase's noun.
    let turnout = "Turnout in Sunday's snap election fell to 51.4%, the commission said.";
    assert_eq!(read(turnout, "51.4%").0.as_deref(), Some("turnout"));
    let shares = "Shares in the utility fell 5% on Monday.";
    assert_eq!(read(shares, "5%").0.as_deref(), Some("shares"));
    // A share or an amount a subject "is" is its level when the clause ends or a period
    // follows; a comparison and a setting are not.
    let was = "Annual inflation was 2.9% in September, INE said.";
    assert_eq!(claim(was, "2.9%"), Some(LEVEL));
    let faster = "Reading instance variables is 35% faster with slots.";
    assert_eq!(claim(faster, "35%"), None);
    let default = "The default is 5 percent.";
    assert_eq!(claim(default, "5 percent"), None);
    // A word in -ing after an article is a noun; "closer to" is a hedge, no subject.
    let saving = "The IFS estimated the real saving at £3.5 billion.";
    assert_eq!(
        read(saving, "£3.5 billion").0.as_deref(),
        Some("real saving")
    );
    let closer = "The savings were likely to be closer to £3.5bn.";
    assert_eq!(read(closer, "closer to £3.5bn").0, None);
    assert_eq!(find(closer, "closer to £3.5bn").qualifier(), Some("about"));
    // "a year earlier" is a time, no rate.
    let earlier = "Nordvik reported a net profit of $3.1 billion, up 18% from a year earlier.";
    assert_eq!(find(earlier, "$3.1 billion").period(), None);
    assert_eq!(find(earlier, "18%").period(), None);
    // "for 2023" is the period a result covers.
    let year = "Nordvik reported a net profit of $2.2 billion for 2023.";
    assert_eq!(find(year, "$2.2 billion").period(), Some("for 2023"));
    // "for the year" and "in the year to March" are the report's own periods, and a name in
    // the possessive opening the clause says whose the level is.
    let own = "Nordvik Energy's revenue for the year rose to $12 billion, the company said.";
    assert_eq!(find(own, "$12 billion").period(), Some("for the year"));
    assert_eq!(
        read(own, "$12 billion").0.as_deref(),
        Some("Nordvik Energy revenue")
    );
    let to_march = "Sales in the year to March rose to $4 billion.";
    assert_eq!(
        find(to_march, "$4 billion").period(),
        Some("in the year to March")
    );
    // "last month" is a period, as "last year" is.
    let month = "Unemployment rose to 6.1% last month, the statistics office said.";
    assert_eq!(find(month, "6.1%").period(), Some("last month"));
    // Part of a year is a period too.
    let quarter = "Nordvik reported a net profit of $0.8 billion for the third quarter of 2024.";
    assert_eq!(
        find(quarter, "$0.8 billion").period(),
        Some("for the third quarter of 2024")
    );
    let half = "Sales rose to 1.2 million cars in the first half.";
    assert_eq!(
        find(half, "1.2 million").period(),
        Some("in the first half")
    );
    // A period after another number is that number's, unless it is an alternative to this one.
    let before = "Chega won 18.1% of the vote, up from 7% in 2022.";
    assert_eq!(find(before, "18.1%").period(), None);
    assert_eq!(find(before, "7%").period(), Some("in 2022"));
    let either = "The magazine prints either 104 or 26 issues per year.";
    assert_eq!(find(either, "104").period(), Some("per year"));
    // Not a name, an adverb or a relative clause before the verb.
    let name = "Single Cell property of a device specifies the IRQ number between 0 to 31.";
    assert_eq!(read(name, "between 0 to 31").0, None);
    let ruled = "An ancient dynasty of kings who ruled Egypt from 323 BC to 30 BC.";
    assert_eq!(read(ruled, "30").0, None);
    // Auxiliaries before the verb, but not "has" as the verb: what a system has follows.
    let fallen = "In some countries vaccination rates had fallen to 91 per cent.";
    assert_eq!(
        read(fallen, "91 per cent").0.as_deref(),
        Some("vaccination rates")
    );
    let has = "The test machine has 16 gigabytes of memory.";
    assert_ne!(read(has, "16").0.as_deref(), Some("machine"));
    // A count in a unit of measure measures its subject, or what follows "of".
    let demand = "Peak demand reached 41,200 megawatts on Tuesday.";
    let (counted, unit, label) = read(demand, "41,200");
    assert_eq!(counted.as_deref(), Some("peak demand"));
    assert_eq!(
        (unit, label.as_str()),
        (Some("megawatt"), "41,200 megawatts")
    );
    let solar = "The country has added 25 gigawatts of solar in five years.";
    assert_eq!(read(solar, "25").0.as_deref(), Some("solar"));
    // What an estimate puts at a figure, in the active or the passive, is the level it gives.
    let estimates = [
        (
            "The government estimated damage at 8 billion euros.",
            "8 billion euros",
            "damage",
        ),
        (
            "Damage is estimated at 10 billion euros.",
            "10 billion euros",
            "damage",
        ),
        (
            "Coldiretti put losses to agriculture at 1.5 billion euros.",
            "1.5 billion euros",
            "losses to agriculture",
        ),
        (
            "Losses have been put at 2 billion euros.",
            "2 billion euros",
            "losses",
        ),
    ];
    // A crowd estimated is how many came ([`how_many_marched_by_whoever_counted_them`]).
    let crowd = "Police estimated the crowd conservatively at 20,000.";
    assert_eq!(read(crowd, "20,000").0.as_deref(), Some("crowd"));
    assert_eq!(claim(crowd, "20,000"), Some("attend"));
    // The level a level came from is of the same thing, in its own period.
    let from = "Annual inflation rose to 3.2% in May, up from 2.9% in April.";
    assert_eq!(read(from, "2.9%").0.as_deref(), Some("annual inflation"));
    assert_eq!(claim(from, "2.9%"), Some(LEVEL));
    assert_eq!(find(from, "2.9%").period(), Some("in April"));
    let earlier = "Unemployment fell to 5.1% in March, down from 5.4% a year earlier.";
    assert_eq!(claim(earlier, "5.4%"), None);
    let number = "We estimated the number of demonstrators at 200,000.";
    assert_eq!(read(number, "200,000").0.as_deref(), Some("demonstrators"));
    assert_eq!(claim(number, "200,000"), Some(LEVEL));
    // Further from its estimate, the number is of the noun after "of", claimed as its words say.
    let far = "The firm put the number of customers whose cards were exposed at 450,000.";
    assert_eq!(read(far, "450,000").0.as_deref(), Some("customers"));
    assert_eq!(claim(far, "450,000"), Some("expose"));
    // Public borrowing, as forecast, and amounts of things.
    let expects = "The OBR expects borrowing of £127.5 billion.";
    assert_eq!(
        read(expects, "£127.5 billion").0.as_deref(),
        Some("borrowing")
    );
    let would = "The OBR said borrowing would be £127.5bn next year.";
    assert_eq!(read(would, "£127.5bn").0.as_deref(), Some("borrowing"));
    assert_eq!(claim(would, "£127.5bn"), Some(LEVEL));
    assert_eq!(find(would, "£127.5bn").period(), Some("next year"));
    let debt = "The firm took on $5bn of debt, and one pound of copper.";
    assert_eq!(read(debt, "$5bn").0.as_deref(), Some("debt"));
    assert_eq!(read(debt, "one pound").0, None);
    let bare = "The synod puts the number at about 2,000,000.";
    assert_ne!(claim(bare, "about 2,000,000"), Some(LEVEL));
    for (text, figure, counted) in estimates {
        assert_eq!(read(text, figure).0.as_deref(), Some(counted), "{text}");
        assert_eq!(claim(text, figure), Some(LEVEL), "{text}");
    }
    // Words before a linking verb that name nothing measured.
    let bargain = "He beat the seller down to ten dollars.";
    assert_eq!(read(bargain, "ten dollars").0, None);
    let equal = "A short ton is a unit equal to 2,000 pounds.";
    assert_eq!(read(equal, "2,000 pounds").0, None);
}

#[test]
fn a_year_before_1800_after_in_or_since_is_a_date() {
    let kinds = |text: &str| -> Vec<(String, FigureKind)> {
        (figures_of_text(text).iter())
            .map(|f| (f.text(text).to_string(), f.kind))
            .collect()
    };
    let year = |y: &str| (y.to_string(), FigureKind::Date);
    assert_eq!(
        kinds("In 1492 the city's ruler died. The fort has stood since 1066."),
        [year("1492"), year("1066")]
    );
    // What follows says what the number counts, or nothing says it is a year.
    assert_eq!(
        kinds("The fire spread in 1500 homes. The archive holds 1492 letters."),
        [
            ("1500".to_string(), FigureKind::Count),
            ("1492".to_string(), FigureKind::Count)
        ]
    );
}

#[test]
fn pence_are_hundredths_of_a_pound_and_a_change_in_per_cent_then_says_the_level() {
    let text = "Shares in Brightmere fell 6.2 per cent to 184 pence. Prices rose 4% to $312 a \
                tonne. Losses ranged from 1% to 5% of sales.";
    let figures = figures_of_text(text);
    let find = |written: &str| written_as(&figures, text, written);
    let pence = find("184 pence");
    assert_eq!(
        (pence.kind, pence.value, pence.currency()),
        (FigureKind::Money, Some(1.84), Some("GBP"))
    );
    // The amount after the change is the level of what changed, not of "cent".
    for (written, counted) in [("184 pence", "shares in Brightmere"), ("$312", "prices")] {
        assert_eq!(find(written).counted.as_deref(), Some(counted), "{written}");
        assert_eq!(find(written).predicate(), Some(LEVEL), "{written}");
    }
    // A share after one is the end of a range.
    assert_eq!(find("5%").predicate(), None);
}

#[test]
fn a_speaker_described_in_a_clause_or_named_again_as_he_or_she_is_the_source() {
    let clause = "Mr Tobias Lindqvist, who chairs the Birmingham Parents' Forum, said 12 \
                  families had waited.";
    assert_eq!(source(clause, "12").as_deref(), Some("Mr Tobias Lindqvist"));
    // "she said" in the next paragraph is the person cited just before, not a name in the
    // quotation; long after, it is no one named.
    let quoted = "Councillor Priya Natarajan said the clinic gave 412 doses.\n\n\
                  \"Coventry expected 150 people,\" she said.\n\n\
                  The hall was full. The roof leaked. The band was late.\n\n\
                  \"Walsall had 40 more,\" she said.";
    assert_eq!(
        source(quoted, "150").as_deref(),
        Some("Councillor Priya Natarajan")
    );
    assert_eq!(source(quoted, "40"), None);
    // A body spoken of as "it" is the one cited just before.
    let it = "Rents rose by 12% last year, the housing charity Homestead said.\n\n\
              About 20,000 families are on the waiting list, it said.";
    assert_eq!(source(it, "About 20,000").as_deref(), Some("Homestead"));
    // Warning and announcing attribute too.
    let warned = "UNHCR coordinator Ines Marchetti warned that reception centres were at 140 per \
                  cent of capacity.";
    assert_eq!(
        source(warned, "140 per cent").as_deref(),
        Some("Ines Marchetti")
    );
    let announced = "The European Commission announced a package of 85 million euros.";
    assert_eq!(
        source(announced, "85 million euros").as_deref(),
        Some("European Commission")
    );
}

#[test]
fn a_headline_level_the_year_so_far_and_an_age_that_counts_no_one() {
    let text = "Measles cases climb to 1,240 as clinics open.\n\n\
                Measles cases in England have risen to 1,240 since the start of the year.\n\n\
                Children under five are most at risk.";
    let figures = figures_of_text(text);
    let headline = &figures[0];
    assert_eq!(headline.counted.as_deref(), Some("measles cases"));
    assert_eq!(headline.predicate(), Some(LEVEL));
    assert_eq!(
        written_as(&figures, text, "1,240").period(),
        None,
        "the headline states no period"
    );
    let body = figures.iter().filter(|f| f.text(text) == "1,240").nth(1);
    assert_eq!(
        body.and_then(|f| f.period()),
        Some("since the start of the year")
    );
    assert!(written_as(&figures, text, "under five").minor);
    // "over" after a term says what about, not how many.
    let scam = "Fraudster jailed for 12 years over £4.2m investment scam";
    let stolen = figure_in(scam, "£4.2m");
    assert_eq!((stolen.qualifier(), stolen.bound), (None, Bound::Exact));
    // A share after "the" qualifies the noun after it, up to a participle before its agent.
    let target = "Uptake was well below the 95 per cent target set by the WHO.";
    let share = figure_in(target, "95 per cent");
    assert_eq!(share.counted.as_deref(), Some("target"));
}

#[test]
fn a_range_before_a_scale_word_and_a_speaker_with_particles() {
    let text = "The operator said the dispute was costing it €40-45 million a day. The union \
                wants a rise of 9 per cent, negotiator Joost van der Berg said.";
    let figures = figures_of_text(text);
    let cost = written_as(&figures, text, "€40-45 million");
    assert_eq!(
        (cost.kind, cost.low(), cost.high(), cost.currency()),
        (FigureKind::Money, Some(40e6), Some(45e6), Some("EUR"))
    );
    assert_eq!(
        source(text, "9 per cent").as_deref(),
        Some("Joost van der Berg")
    );
    // A participle after a plural that could be its subject is a verb, not a modifier.
    let profits = "He said the company's accounts showed profits of €310 million in 2023.";
    let found = figure_in(profits, "€310 million");
    assert_eq!(found.counted.as_deref(), Some("profits"));
}

#[test]
fn a_ticker_in_brackets_is_not_who_reports() {
    let text = "Orrin Systems Inc. (NASDAQ: ORRN) reported revenue of $3.1 billion on Tuesday.";
    assert_eq!(
        source(text, "$3.1 billion").as_deref(),
        Some("Orrin Systems Inc")
    );
}

#[test]
fn cents_are_hundredths_of_the_dollar_the_document_states_amounts_in() {
    let text = "Net income rose to $412 million, or 88 cents a share. Analysts had forecast \
                81 cents a share.";
    let figures = figures_of_text(text);
    for (written, value) in [("88 cents", 0.88), ("81 cents", 0.81)] {
        let cents = written_as(&figures, text, written);
        assert_eq!(
            (cents.kind, cents.value, cents.currency()),
            (FigureKind::Money, Some(value), Some("USD")),
            "{written}"
        );
    }
    // Without a currency stated, cents are left as counted.
    let alone = "The stamp cost 50 cents.";
    assert_eq!(figure_in(alone, "50").kind, FigureKind::Count);
}
