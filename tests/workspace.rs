//! Workspace files: round trips, stable bytes, bad files, old versions, atomic saves, corpus
//! paths and fingerprints.

use std::path::Path;

use quarry::engine::names::NameEdit;
use quarry::workspace::file::{WorkspaceError, backup_path, from_ron, load, save, to_ron};
use quarry::workspace::fingerprint::{changes, fingerprint};
use quarry::workspace::model::{Layout, Note, Target, VERSION, Workspace, corpus_path_for};
use quarry::workspace::view::{FigureView, Pane, TermUnit, Theme};

use crate::support::fixture;

/// A workspace with something in every part.
fn study() -> Workspace {
    let mut workspace = Workspace::new("texts".into());
    workspace.settings.stop_words.added.insert("said".into());
    workspace.settings.stop_words.removed.insert("over".into());
    workspace.settings.links.similar_min_score = 0.45;
    workspace.view.selection.document = Some(3);
    workspace.view.selection.term = Some("courts".into());
    workspace.view.selection.figure = Some(17);
    workspace.view.terms.unit = TermUnit::Trigrams;
    workspace.view.terms.filter = "desert".into();
    workspace.view.figures.view = FigureView::Conflicts;
    workspace.view.concordance.query = "court*".into();
    workspace.view.term_chart.terms = vec!["courts".into(), "soldiers".into()];
    workspace.view.theme = Theme::Dark;
    workspace.layout = Layout::Row {
        shares: vec![1.0, 2.5, 1.25],
        children: vec![
            Layout::Tabs {
                active: 1,
                children: vec![Layout::Pane(Pane::Terms), Layout::Pane(Pane::Names)],
            },
            Layout::Column {
                shares: vec![0.6, 0.4],
                children: vec![
                    Layout::Pane(Pane::Concordance),
                    Layout::Pane(Pane::TermChart),
                ],
            },
            Layout::Pane(Pane::Reader),
        ],
    };
    workspace.pinned.passages = vec!["eastern-courier.txt#4".into()];
    workspace.pinned.figures = vec!["meridian.txt@1204".into()];
    workspace.notes = vec![Note {
        target: Target::Figure("meridian.txt@1204".into()),
        text: "Check against the \"court data\" — Mediazona's count.\nSecond line.".into(),
        tags: vec!["check".into(), "conflict".into()],
    }];
    workspace.name_edits = vec![NameEdit::Rename {
        from: "UN".into(),
        to: "United Nations".into(),
    }];
    workspace
}

#[test]
fn a_workspace_survives_save_and_open_and_resaves_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("study.ron");
    let workspace = study();
    save(&workspace, &path).unwrap();
    let first = std::fs::read(&path).unwrap();
    let loaded = load(&path).unwrap();
    assert_eq!(loaded.workspace, workspace);
    assert!(loaded.unknown_fields.is_empty() && loaded.migrated_from.is_none());
    save(&loaded.workspace, &path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), first);
    // Readable: one field per line, the version first.
    let text = String::from_utf8(first).unwrap();
    assert!(text.starts_with("// Quarry workspace"));
    assert!(text.contains(&format!("    version: {VERSION},\n")));
    assert!(text.contains("        term: Some(\"courts\"),\n"));
}

#[test]
fn a_corrupt_or_truncated_file_is_reported_with_line_and_column() {
    let text = to_ron(&study());
    let truncated = &text[..text.len() / 2];
    let error = from_ron(truncated, Path::new("/studies/study.ron")).unwrap_err();
    let message = error.to_string();
    assert!(
        message.starts_with("could not read workspace: invalid RON at ")
            && message.ends_with(": /studies/study.ron"),
        "{message}"
    );

    let broken = text.replacen("unit: Trigrams", "unit: Pentagrams", 1);
    let Err(WorkspaceError::Invalid { line, column, .. }) = from_ron(&broken, Path::new("s.ron"))
    else {
        panic!("an unknown variant is an error");
    };
    let expected_line = broken
        .lines()
        .position(|l| l.contains("Pentagrams"))
        .unwrap()
        + 1;
    assert_eq!(line, expected_line);
    assert!(column > 1);
}

#[test]
fn a_file_from_a_newer_quarry_is_refused_and_named() {
    let text = to_ron(&study()).replacen(
        &format!("version: {VERSION},"),
        &format!("version: {},", VERSION + 1),
        1,
    );
    let message = from_ron(&text, Path::new("new.ron"))
        .unwrap_err()
        .to_string();
    assert!(message.contains("saved by a newer Quarry"), "{message}");
    assert!(message.ends_with("left untouched: new.ron"), "{message}");
}

#[test]
fn unknown_fields_are_reported() {
    let text = to_ron(&study()).replacen(
        "    corpus: (",
        "    annotations_v3: [\"a\", \"b\"],\n    corpus: (",
        1,
    );
    let loaded = from_ron(&text, Path::new("s.ron")).unwrap();
    assert_eq!(loaded.unknown_fields, ["annotations_v3"]);
    assert_eq!(loaded.workspace, study());
}

#[test]
fn a_version_1_file_is_migrated() {
    let loaded = load(&fixture("workspaces/v1-study.ron")).unwrap();
    assert_eq!(loaded.migrated_from, Some(1));
    let workspace = loaded.workspace;
    assert_eq!(workspace.version, VERSION);
    assert_eq!(workspace.corpus.path, "texts");
    assert!(!workspace.settings.stop_words.enabled);
    assert_eq!(workspace.view.selection.term.as_deref(), Some("courts"));
    assert_eq!(workspace.view.terms.unit, TermUnit::Bigrams);
    assert!(matches!(workspace.layout, Layout::Row { ref children, .. } if children.len() == 2));
    // Saved again, it is a current-version file.
    let text = to_ron(&workspace);
    assert_eq!(
        from_ron(&text, Path::new("s.ron")).unwrap().workspace,
        workspace
    );
}

#[test]
fn a_failed_save_leaves_the_old_file_and_a_good_save_keeps_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("study.ron");
    let old = study();
    save(&old, &path).unwrap();
    let old_bytes = std::fs::read(&path).unwrap();

    // Simulate a failure: the temporary file cannot be created.
    let temporary = dir.path().join(".study.ron.tmp");
    std::fs::create_dir(&temporary).unwrap();
    let mut changed = old.clone();
    changed.view.theme = Theme::Light;
    let error = save(&changed, &path).unwrap_err();
    assert!(error.to_string().starts_with("could not save workspace"));
    assert_eq!(std::fs::read(&path).unwrap(), old_bytes);

    std::fs::remove_dir(&temporary).unwrap();
    save(&changed, &path).unwrap();
    assert_eq!(load(&path).unwrap().workspace, changed);
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), old_bytes);
    assert!(!temporary.exists());
}

#[test]
fn a_corpus_beside_the_workspace_moves_with_it() {
    let first = tempfile::tempdir().unwrap();
    let texts = first.path().join("texts");
    std::fs::create_dir(&texts).unwrap();
    std::fs::write(texts.join("a.txt"), "Over 20,000 soldiers were prosecuted.").unwrap();
    let file = first.path().join("study.ron");
    let mut workspace = study();
    workspace.corpus.path = corpus_path_for(&file, &texts);
    workspace.corpus.files = fingerprint(&texts).unwrap();
    assert_eq!(workspace.corpus.path, "texts");
    save(&workspace, &file).unwrap();

    // Move the folder holding both.
    let second = tempfile::tempdir().unwrap();
    let moved = second.path().join("moved");
    std::fs::rename(first.path(), &moved).unwrap();
    let reopened = load(&moved.join("study.ron")).unwrap().workspace;
    let folder = reopened.corpus_folder(&moved.join("study.ron"));
    assert_eq!(folder, moved.join("texts"));
    assert!(changes(&reopened.corpus.files, &fingerprint(&folder).unwrap()).is_empty());

    // A file edited since is reported.
    std::fs::write(
        folder.join("a.txt"),
        "Over 21,000 soldiers were prosecuted.",
    )
    .unwrap();
    std::fs::write(folder.join("b.txt"), "New report.").unwrap();
    let found = changes(&reopened.corpus.files, &fingerprint(&folder).unwrap());
    assert_eq!(
        (found.added, found.modified),
        (vec!["b.txt".to_string()], vec!["a.txt".to_string()])
    );
}

/// A small deterministic random generator (xorshift) for the property test.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn text(&mut self) -> String {
        const PIECES: [&str; 12] = [
            "a", "Zoë", "\"", "\\", "\n", "—", "20,000", " ", "}", ")", "#", "日本",
        ];
        (0..self.below(8))
            .map(|_| PIECES[self.below(PIECES.len() as u64) as usize])
            .collect()
    }
    fn layout(&mut self, depth: u32) -> Layout {
        let panes = Pane::ALL;
        if depth == 0 || self.below(3) == 0 {
            return Layout::Pane(panes[self.below(panes.len() as u64) as usize]);
        }
        let children: Vec<Layout> = (0..1 + self.below(3))
            .map(|_| self.layout(depth - 1))
            .collect();
        let shares = (0..children.len())
            .map(|_| (self.below(1000) as f32 + 1.0) / 7.0)
            .collect();
        match self.below(4) {
            0 => Layout::Tabs {
                active: self.below(children.len() as u64) as usize,
                children,
            },
            1 => Layout::Row { shares, children },
            2 => Layout::Column { shares, children },
            _ => Layout::Grid { children },
        }
    }
}

#[test]
fn random_workspaces_survive_save_and_open() {
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    for round in 0..300 {
        let mut workspace = Workspace::new(random.text());
        workspace.view.selection.term = Some(random.text()).filter(|_| random.below(2) == 0);
        workspace.view.selection.document = Some(random.below(50_000) as u32);
        workspace.view.terms.filter = random.text();
        workspace.view.concordance.context = random.below(30) as usize;
        workspace.view.figures.min_value = random.text();
        workspace.settings.links.reuse_min_score = random.below(1000) as f64 / 997.0;
        workspace.layout = random.layout(3);
        for _ in 0..random.below(4) {
            let target = match random.below(3) {
                0 => Target::Passage(random.text()),
                1 => Target::Figure(random.text()),
                _ => Target::Name(random.text()),
            };
            workspace.notes.push(Note {
                target,
                text: random.text(),
                tags: (0..random.below(3)).map(|_| random.text()).collect(),
            });
        }
        let text = to_ron(&workspace);
        let loaded = from_ron(&text, Path::new("random.ron"))
            .unwrap_or_else(|e| panic!("round {round}: {e}\n{text}"));
        assert_eq!(loaded.workspace, workspace, "round {round}");
        assert_eq!(to_ron(&loaded.workspace), text, "round {round}");
    }
}
