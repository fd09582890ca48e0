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
        workspace: None,
        dialogs: Arc::new(dialogs),
        recovery: None,
    });
    Harness::builder()
        .with_size(egui::vec2(1500.0, 950.0))
        .build_ui_state(|ui, app: &mut QuarryApp| app.show(ui), app)
}

/// Steps the app until `done` holds (background jobs run in real time), failing after 60 s.
fn step_until(harness: &mut Harness<'_, QuarryApp>, what: &str, done: impl Fn(&QuarryApp) -> bool) {
    let started = Instant::now();
    // Let queued clicks and commands take effect before testing the condition.
    harness.step();
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

/// The sample corpus's "more than 16,000 … prosecuted" figure (index into the figures).
fn prosecutions_figure(app: &QuarryApp) -> usize {
    let figures = &app.snapshot().expect("a loaded corpus").analysis.figures;
    figures
        .iter()
        .position(|f| f.value == Some(16000.0) && f.qualifier() == Some("more than"))
        .expect("the sample corpus cites more than 16,000 prosecutions")
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
    let index = prosecutions_figure(harness.state());
    let (label, doc) = {
        let figure = &harness.state().snapshot().unwrap().analysis.figures[index];
        (figure.value_label(), figure.doc)
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

fn app_options(
    dialogs: FixedDialogs,
    workspace: Option<PathBuf>,
    recovery: Option<PathBuf>,
) -> AppOptions {
    AppOptions {
        open: None,
        workspace,
        dialogs: Arc::new(dialogs),
        recovery,
    }
}

fn harness_of(options: AppOptions) -> Harness<'static, QuarryApp> {
    Harness::builder()
        .with_size(egui::vec2(1500.0, 950.0))
        .build_ui_state(
            |ui, app: &mut QuarryApp| app.show(ui),
            QuarryApp::new(options),
        )
}

#[test]
fn a_saved_workspace_reopens_the_same_view_in_a_new_app() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("study.ron");
    let dialogs = FixedDialogs {
        folder: None,
        file: Some(file.clone()),
    };
    let mut first = app_with(dialogs.clone(), Some(sample_corpus()));
    step_until(&mut first, "the analysis", |app| {
        app.relations().is_some() && !app.is_busy()
    });
    first.get_by_label("courts").click();
    step_until(&mut first, "the concordance", |app| !app.is_busy());
    let figure = prosecutions_figure(first.state());
    first.state_mut().push(Command::SelectFigure(figure));
    first.state_mut().push(Command::ShowPanel(Pane::Figures));
    first
        .state_mut()
        .push(Command::SetTheme(quarry::app::state::Theme::Dark));
    first.state_mut().view.term_chart.per_10k = true;
    first.step();
    first.step();
    // A note on the figure, typed into its note field.
    first.get_by_label_contains("Note and pin").click();
    first.step();
    let note = first.get_by_label("Your note");
    note.focus();
    note.type_text("Ask the court for the 2024 total.");
    first.step();
    first.get_by_label("File").click();
    first.run_steps(3);
    first.get_by_label("Save workspace as…").click();
    step_until(&mut first, "the save", |app| app.work.path.is_some());
    let saved = first.state().workspace_model(&file).unwrap();
    assert_eq!(saved.notes.len(), 1);
    assert_eq!(saved.notes[0].text, "Ask the court for the 2024 total.");
    assert_eq!(first.state().window_title(), "Quarry — study");

    let mut second = harness_of(app_options(
        FixedDialogs::default(),
        Some(file.clone()),
        None,
    ));
    step_until(&mut second, "the workspace's corpus", |app| {
        app.relations().is_some() && !app.is_busy()
    });
    let app = second.state();
    let reopened = app.workspace_model(&file).unwrap();
    assert_eq!(reopened.view, saved.view);
    assert_eq!(reopened.layout, saved.layout);
    assert_eq!(reopened.notes, saved.notes);
    assert_eq!(reopened.settings, saved.settings);
    // The same place in the Reader and the same concordance.
    let f = &app.snapshot().unwrap().analysis.figures[figure];
    let focus = app.focus().unwrap();
    assert_eq!((focus.start, focus.end), (f.start, f.end));
    assert_eq!(app.searched().map(|s| s.query.as_str()), Some("courts"));
    // Saving again without changes writes the same bytes.
    let before = std::fs::read(&file).unwrap();
    second.state_mut().push(Command::SaveWorkspace);
    second.step();
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn a_broken_workspace_is_reported_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.ron");
    let text = "// Quarry workspace\n(\n    version: 2,\n    corpus: (path: \"texts\",\n";
    std::fs::write(&file, text).unwrap();
    let mut harness = harness_of(app_options(
        FixedDialogs::default(),
        Some(file.clone()),
        None,
    ));
    harness.step();
    harness.step();
    let status = harness.state().status.clone().unwrap_or_default();
    assert!(status.contains("invalid RON at 4:"), "{status}");
    assert!(status.ends_with(&file.display().to_string()), "{status}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    assert!(harness.state().snapshot().is_none());
}

#[test]
fn unsaved_changes_are_autosaved_and_offered_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery.ron");
    let mut first = harness_of(AppOptions {
        open: Some(sample_corpus()),
        ..app_options(FixedDialogs::default(), None, Some(recovery.clone()))
    });
    step_until(&mut first, "the analysis", |app| {
        app.snapshot().is_some() && !app.is_busy()
    });
    first
        .state_mut()
        .push(Command::SelectTerm("deserters".into()));
    step_until(&mut first, "the concordance", |app| !app.is_busy());
    first.state_mut().autosave_now();
    assert!(recovery.is_file());
    drop(first); // a crash: no clean exit removes the recovery file

    let mut options = app_options(FixedDialogs::default(), None, Some(recovery.clone()));
    options.open = None;
    let mut app = QuarryApp::new(options);
    assert!(app.work.offer_recovery());
    let mut second = Harness::builder()
        .with_size(egui::vec2(1500.0, 950.0))
        .build_ui_state(|ui, app: &mut QuarryApp| app.show(ui), app);
    second.step();
    second.get_by_label("Restore").click();
    step_until(&mut second, "the restored corpus", |app| {
        app.snapshot().is_some() && !app.is_busy()
    });
    assert_eq!(
        second.state().view.selection.term.as_deref(),
        Some("deserters")
    );
    assert_eq!(
        second.state().snapshot().unwrap().analysis.documents.len(),
        7
    );
}

#[test]
fn a_name_correction_is_applied_and_saved_with_the_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("names.ron");
    let mut harness = app_with(
        FixedDialogs {
            folder: None,
            file: Some(file.clone()),
        },
        Some(sample_corpus()),
    );
    step_until(&mut harness, "the analysis", |app| {
        app.relations().is_some() && !app.is_busy()
    });
    // The names panel counts passages as well as mentions: "Russia" is mentioned 20 times in
    // 19 passages.
    let relations = harness.state().relations().unwrap();
    let russia = relations
        .names
        .iter()
        .position(|n| n.name == "Russia")
        .unwrap();
    assert_eq!(relations.names[russia].mentions.len(), 20);
    assert_eq!(relations.name_passages[russia], 19);
    // The Names panel, filtered by the word the correction brings in.
    harness.state_mut().push(Command::ShowPanel(Pane::Names));
    harness.state_mut().view.names.filter = "outlet".into();
    harness.run_steps(2);
    assert!(harness.query_by_label("Verstka (outlet)").is_none());
    harness.state_mut().push(Command::EditNames(
        quarry::engine::names::NameEdit::Rename {
            from: "Verstka".into(),
            to: "Verstka (outlet)".into(),
        },
    ));
    harness.step();
    step_until(&mut harness, "names found again", |app| !app.is_busy());
    // The Names panel shows the corrected name.
    harness.run_steps(2);
    assert!(harness.query_by_label("Verstka (outlet)").is_some());
    let names: Vec<String> = harness
        .state()
        .relations()
        .unwrap()
        .names
        .iter()
        .map(|n| n.name.clone())
        .collect();
    assert!(names.contains(&"Verstka (outlet)".to_string()), "{names:?}");
    assert!(!names.contains(&"Verstka".to_string()));
    harness.state_mut().push(Command::SaveWorkspace);
    step_until(&mut harness, "the save", |app| app.work.path.is_some());
    let saved = quarry::workspace::file::load(&file).unwrap().workspace;
    assert_eq!(saved.name_edits.len(), 1);
}

#[test]
fn a_name_correction_made_while_names_are_found_is_applied_too() {
    let mut harness = app_with(
        FixedDialogs {
            folder: None,
            file: None,
        },
        Some(sample_corpus()),
    );
    step_until(&mut harness, "the analysis", |app| {
        app.relations().is_some() && !app.is_busy()
    });
    // The second correction comes while names are found again after the first.
    for (from, to) in [
        ("Verstka", "Verstka (outlet)"),
        ("Russia", "Russian Federation"),
    ] {
        harness.state_mut().push(Command::EditNames(
            quarry::engine::names::NameEdit::Rename {
                from: from.into(),
                to: to.into(),
            },
        ));
    }
    harness.step();
    step_until(&mut harness, "names found again", |app| !app.is_busy());
    let names: Vec<String> = (harness.state().relations().unwrap().names.iter())
        .map(|n| n.name.clone())
        .collect();
    assert!(names.contains(&"Verstka (outlet)".to_string()), "{names:?}");
    assert!(
        names.contains(&"Russian Federation".to_string()),
        "{names:?}"
    );
    assert!(!names.contains(&"Russia".to_string()));
}

#[test]
fn reopening_a_workspace_reports_files_changed_since_the_save() {
    let corpus = temp_corpus(&[
        (
            "a.txt",
            b"Over 20,000 soldiers were prosecuted, the court said.",
        ),
        (
            "b.txt",
            b"Nearly 10 per cent of the troops deserted, the report found.",
        ),
    ]);
    let file = corpus.path().join("study.ron");
    let mut first = app_with(
        FixedDialogs {
            folder: None,
            file: Some(file.clone()),
        },
        Some(corpus.path().to_path_buf()),
    );
    step_until(&mut first, "the analysis", |app| {
        app.relations().is_some() && !app.is_busy()
    });
    first.state_mut().push(Command::SaveWorkspace);
    step_until(&mut first, "the save", |app| app.work.path.is_some());
    drop(first);

    std::fs::write(
        corpus.path().join("a.txt"),
        "Over 21,000 soldiers were prosecuted.",
    )
    .unwrap();
    std::fs::write(corpus.path().join("c.txt"), "A new report.").unwrap();
    let mut second = harness_of(app_options(FixedDialogs::default(), Some(file), None));
    step_until(&mut second, "the analysis", |app| {
        app.snapshot().is_some() && !app.is_busy()
    });
    let changes = second
        .state()
        .work
        .changes
        .clone()
        .expect("changes are reported");
    assert_eq!(changes.added, ["c.txt"]);
    assert_eq!(changes.modified, ["a.txt"]);
    second.get_by_label_contains("The corpus changed since this workspace was saved");
    // The workspace file itself is not part of the corpus.
    assert_eq!(
        second.state().snapshot().unwrap().analysis.documents.len(),
        3
    );
}

#[test]
fn the_terms_filter_and_keyboard_narrow_and_move_the_selection() {
    let mut harness = loaded_sample();
    let filter = harness.get_by_label("Filter:");
    filter.focus();
    filter.type_text("desert");
    harness.run_steps(2);
    // Only terms containing "desert" are listed.
    let expected = {
        let snapshot = harness.state().snapshot().unwrap();
        let table = snapshot.terms();
        table
            .top(usize::MAX)
            .iter()
            .filter(|&&t| table.terms.get(t).contains("desert"))
            .count()
    };
    assert!(expected >= 2);
    harness.get_by_label(&format!("{expected} terms"));
    assert!(harness.query_by_label("soldiers").is_none());
    // Arrow keys move the selection in the table under the pointer.
    let (first, second) = {
        let snapshot = harness.state().snapshot().unwrap();
        let table = snapshot.terms();
        let mut matching = table
            .top(usize::MAX)
            .iter()
            .filter(|&&t| table.terms.get(t).contains("desert"))
            .map(|&t| table.terms.get(t).to_string());
        (matching.next().unwrap(), matching.next().unwrap())
    };
    harness.get_by_label(&first).click();
    harness.run_steps(2);
    assert_eq!(
        harness.state().view.selection.term.as_deref(),
        Some(first.as_str())
    );
    harness.key_press(egui::Key::ArrowDown);
    harness.run_steps(2);
    assert_eq!(
        harness.state().view.selection.term.as_deref(),
        Some(second.as_str())
    );
}

#[test]
fn hovering_a_bar_shows_its_value_and_clicking_it_selects_the_term() {
    let mut harness = loaded_sample();
    let data = {
        let app = harness.state();
        {
            let snapshot = app.snapshot().unwrap();
            quarry::app::charts_ui::term_chart(&snapshot.analysis, snapshot.terms(), &app.view)
        }
    };
    let id = quarry::app::chart_widget::hit_areas_id("Term chart plot");
    let areas: Vec<(egui::Rect, usize, usize)> = harness
        .ctx
        .data(|d| d.get_temp(id))
        .expect("the chart was drawn");
    // The third term's corpus bar, near the axis.
    let (rect, category, _) = areas
        .iter()
        .copied()
        .find(|&(_, category, series)| category == 2 && series == 0)
        .unwrap();
    assert_eq!(category, 2);
    let point = egui::pos2(rect.left() + 6.0, rect.center().y);
    harness.hover_at(point);
    harness.run_steps(60); // past the tooltip delay
    let term = data.terms[2].clone();
    let tooltip = harness.get_by_label_contains("Click to select");
    let text = format!("{:?}", tooltip);
    assert!(
        text.contains(&term),
        "the tooltip names the bar's term: {text}"
    );
    harness.drag_at(point);
    harness.drop_at(point);
    harness.run_steps(2);
    assert_eq!(
        harness.state().view.selection.term.as_deref(),
        Some(term.as_str())
    );
}

#[test]
fn a_moved_corpus_is_asked_for_and_then_opened() {
    let first = tempfile::tempdir().unwrap();
    let texts = first.path().join("texts");
    std::fs::create_dir(&texts).unwrap();
    std::fs::write(
        texts.join("a.txt"),
        "Over 20,000 soldiers were prosecuted, the court said.",
    )
    .unwrap();
    let file = first.path().join("study.ron");
    let mut saving = app_with(
        FixedDialogs {
            folder: None,
            file: Some(file.clone()),
        },
        Some(texts.clone()),
    );
    step_until(&mut saving, "the analysis", |app| {
        app.relations().is_some() && !app.is_busy()
    });
    saving.state_mut().push(Command::SaveWorkspace);
    step_until(&mut saving, "the save", |app| app.work.path.is_some());
    drop(saving);

    // The corpus moves away from the workspace.
    let elsewhere = tempfile::tempdir().unwrap();
    let moved = elsewhere.path().join("moved-texts");
    std::fs::rename(&texts, &moved).unwrap();
    let mut harness = harness_of(app_options(
        FixedDialogs::default(),
        Some(file.clone()),
        None,
    ));
    harness.run_steps(2);
    let prompt = harness
        .state()
        .prompt
        .clone()
        .expect("the app asks where the corpus is");
    assert!(prompt.relocate && prompt.reason.contains("was not found"));
    let field = harness.get_by_role(egui::accesskit::Role::TextInput);
    field.focus();
    field.type_text(&moved.display().to_string());
    harness.step();
    harness.get_by_label("Open").click();
    step_until(&mut harness, "the moved corpus", |app| {
        app.snapshot().is_some() && !app.is_busy()
    });
    let app = harness.state();
    assert_eq!(app.snapshot().unwrap().analysis.root, moved);
    assert!(app.prompt.is_none());
    assert!(
        app.work.changes.is_none(),
        "the same files, moved: nothing changed"
    );
    assert_eq!(app.work.path.as_deref(), Some(file.as_path()));
}

#[test]
fn a_word_added_to_the_stop_words_leaves_the_term_list_and_is_saved() {
    let mut harness = loaded_sample();
    assert!(harness.query_by_label("soldiers").is_some());
    harness.get_by_label_contains("Stop words (").click();
    harness.run_steps(2);
    let field = harness.get_by_label("Hide the word:");
    field.focus();
    field.type_text("soldiers");
    harness.step();
    harness.get_by_label("Hide").click();
    step_until(&mut harness, "the recount", |app| !app.is_busy());
    let app = harness.state();
    assert!(app.settings.stop_words.added.contains("soldiers"));
    assert!(
        app.snapshot()
            .unwrap()
            .terms()
            .top(usize::MAX)
            .iter()
            .all(|&t| { app.snapshot().unwrap().terms().terms.get(t) != "soldiers" })
    );
    let workspace = app
        .workspace_model(std::path::Path::new("/studies/study.ron"))
        .unwrap();
    assert!(workspace.settings.stop_words.added.contains("soldiers"));
    assert!(harness.query_by_label("soldiers").is_none());
    harness.get_by_label("soldiers ×");
}

#[test]
fn new_link_thresholds_find_the_links_again() {
    let mut harness = loaded_sample();
    let similar = |app: &QuarryApp| {
        app.relations()
            .unwrap()
            .links
            .links
            .iter()
            .filter(|l| l.kind == quarry::engine::links::LinkKind::Similar)
            .count()
    };
    assert!(
        similar(harness.state()) > 0,
        "the sample corpus has similar passages"
    );
    harness.get_by_label("View").click();
    harness.run_steps(2);
    harness.get_by_label("Analysis settings…").click();
    harness.run_steps(2);
    // Raise the similarity threshold out of reach, as the slider would.
    harness
        .state_mut()
        .settings_window
        .as_mut()
        .unwrap()
        .links
        .similar_min_score = 1.0;
    harness.step();
    harness.get_by_label("Apply").click();
    harness.step();
    // The names and links found before stay on show while the passages are linked again.
    assert!(harness.state().is_busy());
    assert!(similar(harness.state()) > 0);
    step_until(&mut harness, "links found again", |app| !app.is_busy());
    assert_eq!(similar(harness.state()), 0);
    assert_eq!(harness.state().settings.links.similar_min_score, 1.0);
}

#[test]
fn the_report_is_exported_to_the_folder_the_user_picks() {
    let out = tempfile::tempdir().unwrap();
    let mut harness = app_with(
        FixedDialogs {
            folder: Some(out.path().to_path_buf()),
            file: None,
        },
        Some(sample_corpus()),
    );
    step_until(&mut harness, "the corpus", |app| {
        app.snapshot().is_some() && !app.is_busy()
    });
    harness.get_by_label("File").click();
    harness.run_steps(3);
    harness.get_by_label("Export report…").click();
    step_until(&mut harness, "the export", |app| {
        app.status
            .as_deref()
            .is_some_and(|s| s.starts_with("Wrote"))
    });
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("report.json")).unwrap())
            .unwrap();
    assert_eq!(report["documents"].as_array().map(Vec::len), Some(7));
    assert!(out.path().join("terms.csv").is_file());
}

#[test]
fn pinned_figures_and_passages_can_be_listed() {
    let mut harness = loaded_sample();
    let figure = prosecutions_figure(harness.state());
    harness.state_mut().push(Command::SelectFigure(figure));
    harness.state_mut().push(Command::ShowPanel(Pane::Figures));
    harness.run_steps(2);
    harness.get_by_label_contains("Note and pin").click();
    harness.run_steps(2);
    harness.get_by_label("Pinned").click();
    harness.run_steps(2);
    assert_eq!(harness.state().work.pinned.figures.len(), 1);
    harness.get_by_label("pinned only").click();
    harness.run_steps(2);
    let total = harness.state().snapshot().unwrap().analysis.figures.len();
    harness.get_by_label(&format!("1 of {total} figures"));

    // A pinned passage is listed first in the Passages panel.
    let passage = harness
        .state()
        .view
        .selection
        .passage
        .expect("the figure's passage");
    let id = {
        let app = harness.state();
        let p = app.relations().unwrap().links.passages[passage];
        format!(
            "{}#{}",
            app.snapshot().unwrap().analysis.documents[p.doc as usize].path,
            p.index
        )
    };
    harness.state_mut().work.pinned.passages.push(id.clone());
    harness.state_mut().view.selection.passage = None;
    harness.state_mut().push(Command::ShowPanel(Pane::Passages));
    harness.run_steps(2);
    harness.get_by_label(&id).click();
    harness.run_steps(2);
    assert_eq!(harness.state().view.selection.passage, Some(passage));
}

#[test]
fn names_too_common_to_link_by_are_listed_and_open_their_mentions() {
    let mut harness = loaded_sample();
    harness.state_mut().view.selection.passage = None;
    harness.state_mut().push(Command::ShowPanel(Pane::Passages));
    harness.run_steps(2);
    let common = harness
        .state()
        .relations()
        .unwrap()
        .links
        .common_names
        .clone();
    let first = common.first().expect("the sample corpus has common names");
    harness
        .get_by_label_contains(&format!(
            "Set aside: 0 boilerplate runs, {} common names",
            common.len()
        ))
        .click();
    harness.run_steps(2);
    harness
        .get_by_label(&format!("{} — {} documents", first.name, first.documents))
        .click();
    harness.run_steps(2);
    let app = harness.state();
    assert_eq!(
        app.view.selection.name.as_deref(),
        Some(first.name.as_str())
    );
    assert_eq!(app.view.concordance.query, first.name);
}
