//! The desktop app driven through egui_kittest: no display, no GPU; the folder dialog is a
//! stand-in that answers with a fixed path.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use quarry::app::command::Command;
use quarry::app::dialogs::FixedDialogs;
use quarry::app::state::Pane;
use quarry::app::{AppOptions, QuarryApp};

use crate::support::{sample_corpus, temp_corpus};

fn app_with(dialogs: FixedDialogs, open: Option<PathBuf>) -> Harness<'static, QuarryApp> {
    let app = QuarryApp::new(AppOptions {
        open,
        dialogs: Arc::new(dialogs),
    });
    Harness::builder()
        .with_size(egui::vec2(1500.0, 950.0))
        .build_ui_state(|ui, app: &mut QuarryApp| app.show(ui), app)
}

/// Steps the app until `done` holds (background jobs run in real time), failing after 60 s.
fn step_until(harness: &mut Harness<'_, QuarryApp>, what: &str, done: impl Fn(&QuarryApp) -> bool) {
    let started = Instant::now();
    while !done(harness.state()) {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "timed out waiting for {what}"
        );
        harness.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    // A few more frames so the panels draw what arrived.
    for _ in 0..3 {
        harness.step();
    }
}

fn loaded_sample() -> Harness<'static, QuarryApp> {
    let mut harness = app_with(FixedDialogs::default(), Some(sample_corpus()));
    step_until(&mut harness, "the analysis and links", |app| {
        app.snapshot().is_some() && app.relations().is_some() && !app.is_busy()
    });
    harness
}

#[test]
fn opening_a_folder_from_the_dialog_loads_it_and_names_the_window() {
    let dialogs = FixedDialogs {
        folder: Some(sample_corpus()),
        file: None,
    };
    let mut harness = app_with(dialogs, None);
    harness.step();
    harness.get_by_label("Open corpus folder…").click();
    step_until(&mut harness, "the corpus", |app| app.snapshot().is_some());
    let app = harness.state();
    assert_eq!(app.window_title(), "Quarry — desertion-reports");
    assert_eq!(app.snapshot().map(|s| s.analysis.documents.len()), Some(7));
    // The Terms panel lists the corpus's most frequent content word.
    harness.get_by_label("soldiers");
    harness.get_by_label_contains("7 documents");
}

#[test]
fn without_a_dialog_the_app_offers_a_typed_path() {
    let mut harness = app_with(FixedDialogs::default(), None);
    harness.step();
    harness.get_by_label("Open corpus folder…").click();
    step_until(&mut harness, "the prompt", |app| app.prompt.is_some());
    harness.step();
    harness.get_by_label_contains("type the folder's path");
    let field = harness.get_by_role(egui::accesskit::Role::TextInput);
    field.focus();
    field.type_text(&sample_corpus().display().to_string());
    harness.step();
    harness.get_by_label("Open").click();
    step_until(&mut harness, "the corpus", |app| app.snapshot().is_some());
    assert!(harness.state().prompt.is_none());
}

#[test]
fn clicking_a_term_shows_its_concordance_lines() {
    let mut harness = loaded_sample();
    harness.get_by_label("courts").click();
    step_until(&mut harness, "the concordance", |app| {
        app.searched().is_some_and(|s| s.query == "courts") && !app.is_busy()
    });
    let app = harness.state();
    let hits = app
        .searched()
        .and_then(|s| s.result.as_ref().ok())
        .map(|c| c.hits.len());
    assert_eq!(
        hits,
        Some(21),
        "courts occurs 21 times in the sample corpus"
    );
    assert_eq!(app.view.selection.term.as_deref(), Some("courts"));
    harness.get_by_label_contains("21 hits of “courts”");
    // Each line shows the hit itself.
    assert!(harness.query_all_by_label("courts").count() > 2);
}

#[test]
fn clicking_a_figure_shows_and_highlights_it_in_the_reader() {
    let mut harness = loaded_sample();
    harness.state_mut().push(Command::ShowPanel(Pane::Figures));
    harness.step();
    harness.step();
    let (index, label, doc) = {
        let snapshot = harness.state().snapshot().unwrap();
        let figures = &snapshot.analysis.figures;
        let index = figures
            .iter()
            .position(|f| f.value == Some(16000.0) && f.qualifier == Some("more than"))
            .expect("the sample corpus cites more than 16,000 prosecutions");
        (index, figures[index].value_label(), figures[index].doc)
    };
    harness.get_by_label(&label).click();
    harness.step();
    harness.step();
    let app = harness.state();
    let figure = &app.snapshot().unwrap().analysis.figures[index];
    assert_eq!(app.view.selection.figure, Some(index));
    assert_eq!(app.view.selection.document, Some(doc));
    let focus = app.focus().unwrap();
    assert_eq!(
        (focus.doc, focus.start, focus.end),
        (doc, figure.start, figure.end)
    );
    // The Reader shows the figure's document.
    let title = app.snapshot().unwrap().analysis.documents[doc as usize]
        .title
        .clone();
    assert!(harness.query_all_by_label(&title).count() >= 1);
}

#[test]
fn a_passage_link_leads_to_the_other_passage() {
    let mut harness = loaded_sample();
    let (from, to) = {
        let relations = harness.state().relations().unwrap();
        let link = relations
            .links
            .links
            .iter()
            .find(|l| l.kind == quarry::engine::links::LinkKind::ConflictingFigure)
            .expect("the sample corpus has a conflicting figure");
        (link.a, link.b)
    };
    harness.state_mut().push(Command::SelectPassage(from));
    harness.step();
    harness.step();
    assert_eq!(harness.state().view.selection.passage, Some(from));
    harness.get_by_label_contains("Conflicting figure");
    let target = {
        let app = harness.state();
        let relations = app.relations().unwrap();
        let passage = relations.links.passages[to];
        let path = &app.snapshot().unwrap().analysis.documents[passage.doc as usize].path;
        format!("{path} · passage {}", passage.index + 1)
    };
    harness
        .query_all_by_label_contains(&format!("{target} — score"))
        .next()
        .expect("the Passages panel lists the other passage")
        .click();
    harness.step();
    harness.step();
    let app = harness.state();
    assert_eq!(app.view.selection.passage, Some(to));
    let passage = app.relations().unwrap().links.passages[to];
    assert_eq!(app.view.selection.document, Some(passage.doc));
}

#[test]
fn cancelling_stops_the_analysis_and_says_so() {
    let text =
        "Over 20,000 soldiers were prosecuted, the court said in a long report. ".repeat(200);
    let names: Vec<String> = (0..3000).map(|i| format!("doc{i:04}.txt")).collect();
    let files: Vec<(&str, &[u8])> = names
        .iter()
        .map(|n| (n.as_str(), text.as_bytes()))
        .collect();
    let corpus = temp_corpus(&files);
    let mut harness = app_with(FixedDialogs::default(), Some(corpus.path().to_path_buf()));
    harness.step();
    assert!(harness.state().running().is_some());
    harness.get_by_label("Cancel").click();
    harness.step();
    let app = harness.state();
    assert!(app.running().is_none());
    assert!(app.snapshot().is_none());
    assert!(
        app.status
            .as_deref()
            .is_some_and(|s| s.starts_with("Cancelled"))
    );
    // A late result of the cancelled job is ignored.
    std::thread::sleep(Duration::from_millis(300));
    harness.step();
    assert!(harness.state().snapshot().is_none());
}

#[test]
fn a_problem_file_is_listed_with_its_reason() {
    let corpus = temp_corpus(&[
        (
            "report.txt",
            b"More than 16,000 soldiers were prosecuted in 2024, the court said.",
        ),
        (
            "photo.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00",
        ),
    ]);
    let mut harness = app_with(FixedDialogs::default(), Some(corpus.path().to_path_buf()));
    step_until(&mut harness, "the corpus", |app| app.snapshot().is_some());
    harness.state_mut().push(Command::ShowPanel(Pane::Problems));
    harness.step();
    harness.step();
    harness.get_by_label("photo.txt");
    harness.get_by_label("binary");
    harness.get_by_label_contains("1 files skipped");
}

#[test]
fn a_chart_is_exported_to_the_file_the_user_picks() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("terms.svg");
    let mut harness = app_with(
        FixedDialogs {
            folder: None,
            file: Some(target.clone()),
        },
        Some(sample_corpus()),
    );
    step_until(&mut harness, "the corpus", |app| app.snapshot().is_some());
    harness.get_by_label("SVG…").click();
    step_until(&mut harness, "the export", |app| {
        app.status
            .as_deref()
            .is_some_and(|s| s.starts_with("Saved"))
    });
    let svg = std::fs::read_to_string(&target).unwrap();
    assert!(
        svg.contains("soldiers"),
        "the top term is in the exported chart"
    );
}
