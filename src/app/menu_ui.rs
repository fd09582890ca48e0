//! The menu bar, the status bar (progress, cancel, corpus summary), the typed-path prompt and
//! the welcome screen.

use egui::{Panel, RichText, Ui};

use super::QuarryApp;
use super::command::Command;
use super::panels::has_pane;
use super::state::{Pane, Theme};
use super::table::thousands;

/// File and View menus.
pub fn menu_bar_ui(ui: &mut Ui, app: &mut QuarryApp) {
    Panel::top("menu-bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| file_menu_ui(ui, app));
            ui.menu_button("View", |ui| view_menu_ui(ui, app));
        });
    });
}

fn file_menu_ui(ui: &mut Ui, app: &mut QuarryApp) {
    let shortcut = |key: &str| {
        ui.ctx().format_shortcut(&egui::KeyboardShortcut::new(
            egui::Modifiers::COMMAND,
            match key {
                "O" => egui::Key::O,
                _ => egui::Key::Q,
            },
        ))
    };
    let open_shortcut = shortcut("O");
    let quit_shortcut = shortcut("Q");
    if ui
        .add(egui::Button::new("Open corpus folder…").shortcut_text(open_shortcut))
        .clicked()
    {
        app.push(Command::PickCorpus);
    }
    if ui.button("Open folder by path…").clicked() {
        app.prompt = Some(super::PathPrompt {
            text: String::new(),
            reason: "Type the path of a folder of texts:".to_string(),
            relocate: false,
        });
    }
    ui.separator();
    if ui.button("Open workspace…").clicked() {
        app.push(Command::PickWorkspace);
    }
    let save_shortcut = ui.ctx().format_shortcut(&egui::KeyboardShortcut::new(
        egui::Modifiers::COMMAND,
        egui::Key::S,
    ));
    let can_save = app.snapshot().is_some() || app.running().is_some();
    ui.add_enabled_ui(can_save, |ui| {
        if ui
            .add(egui::Button::new("Save workspace").shortcut_text(save_shortcut))
            .clicked()
        {
            app.push(Command::SaveWorkspace);
        }
        if ui.button("Save workspace as…").clicked() {
            app.push(Command::SaveWorkspaceAs);
        }
    });
    ui.menu_button("Recent workspaces", |ui| {
        if app.work.recent.is_empty() {
            ui.label("No saved workspaces yet.");
        }
        for path in app.work.recent.clone() {
            if ui.button(path.display().to_string()).clicked() {
                app.push(Command::OpenWorkspace(path));
            }
        }
    });
    ui.separator();
    ui.menu_button("Recent", |ui| {
        if app.recent.is_empty() {
            ui.label("No recent corpora yet.");
        }
        for path in app.recent.clone() {
            if ui.button(path.display().to_string()).clicked() {
                app.push(Command::OpenCorpus(path));
            }
        }
    });
    ui.separator();
    let loaded = app.snapshot().is_some();
    ui.add_enabled_ui(loaded, |ui| {
        if ui
            .button("Export report…")
            .on_hover_text("Write report.json, documents.json and terms.csv into a folder")
            .clicked()
        {
            app.push(Command::ExportReport);
        }
    });
    ui.separator();
    if ui
        .add(egui::Button::new("Quit").shortcut_text(quit_shortcut))
        .clicked()
    {
        app.push(Command::Quit);
    }
}

fn view_menu_ui(ui: &mut Ui, app: &mut QuarryApp) {
    ui.label(RichText::new("Panels").weak());
    for pane in Pane::ALL {
        let present = has_pane(&app.view.layout, pane);
        let label = if present {
            pane.title().to_string()
        } else {
            format!("{} (closed)", pane.title())
        };
        if ui.button(label).clicked() {
            app.push(Command::ShowPanel(pane));
        }
    }
    if ui.button("Reset layout").clicked() {
        app.push(Command::ResetLayout);
    }
    ui.separator();
    if ui.button("Analysis settings…").clicked() {
        app.settings_window = Some(app.settings.clone());
    }
    ui.separator();
    ui.label(RichText::new("Theme").weak());
    for (theme, label) in [
        (Theme::System, "Follow system"),
        (Theme::Light, "Light"),
        (Theme::Dark, "Dark"),
    ] {
        if ui.radio(app.view.theme == theme, label).clicked() {
            app.push(Command::SetTheme(theme));
        }
    }
    ui.separator();
    ui.horizontal(|ui| {
        let zoom = ui.ctx().zoom_factor();
        if ui.button("Zoom out").clicked() {
            ui.ctx().set_zoom_factor((zoom - 0.1).max(0.5));
        }
        ui.label(format!("{:.0}%", zoom * 100.0));
        if ui.button("Zoom in").clicked() {
            ui.ctx().set_zoom_factor((zoom + 0.1).min(3.0));
        }
    });
    ui.label(RichText::new("Ctrl + / Ctrl − also zoom").weak());
}

/// Progress of a running analysis with Cancel, or a summary of the corpus.
pub fn status_bar_ui(ui: &mut Ui, app: &mut QuarryApp) {
    Panel::bottom("status-bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            if let Some(running) = app.running() {
                let progress = running.job.snapshot();
                let fraction = if progress.bytes_total > 0 {
                    progress.bytes_done as f32 / progress.bytes_total as f32
                } else {
                    0.0
                };
                let stage = if running.relating {
                    "finding names and linking passages"
                } else {
                    progress.stage.label()
                };
                ui.add(
                    egui::ProgressBar::new(fraction)
                        .desired_width(220.0)
                        .show_percentage(),
                );
                ui.label(format!(
                    "{stage} · {} of {} files · {:.1} of {:.1} MB · {:.1} s",
                    thousands(progress.files_done),
                    thousands(progress.files_total),
                    progress.bytes_done as f64 / 1e6,
                    progress.bytes_total as f64 / 1e6,
                    running.started.elapsed().as_secs_f64(),
                ));
                if ui.button("Cancel").clicked() {
                    app.push(Command::CancelAnalysis);
                }
            } else if let Some(snapshot) = app.snapshot() {
                let analysis = &snapshot.analysis;
                let skipped = analysis
                    .problems
                    .iter()
                    .filter(|p| p.kind.skipped())
                    .count();
                ui.label(format!(
                    "{} · {} documents · {} words · {} figures · {} skipped",
                    analysis.root.display(),
                    thousands(analysis.documents.len() as u64),
                    thousands(analysis.word_count()),
                    thousands(analysis.figures.len() as u64),
                    skipped,
                ));
                if let Some(relations) = app.relations() {
                    ui.label(format!(
                        "· {} names · {} links",
                        thousands(relations.names.len() as u64),
                        thousands(relations.links.links.len() as u64)
                    ));
                }
            }
            if let Some(status) = &app.status {
                ui.separator();
                ui.label(RichText::new(status).color(ui.visuals().warn_fg_color));
            }
        });
    });
}

/// The typed-path prompt, when the dialog could not be shown or the user asked for it.
pub fn prompt_ui(ui: &mut Ui, app: &mut QuarryApp) {
    let Some(prompt) = &mut app.prompt else {
        return;
    };
    let mut open = None;
    let mut close = false;
    Panel::top("path-prompt").show(ui, |ui| {
        ui.horizontal(|ui| {
            let label = ui.label(&prompt.reason);
            let edit = ui
                .add(
                    egui::TextEdit::singleline(&mut prompt.text)
                        .hint_text("/path/to/folder")
                        .desired_width(420.0),
                )
                .labelled_by(label.id);
            let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button("Open").clicked() || entered) && !prompt.text.trim().is_empty() {
                open = Some(std::path::PathBuf::from(prompt.text.trim()));
            }
            if ui.button("Close").clicked() {
                close = true;
            }
        });
    });
    if let Some(path) = open {
        let relocate = app.prompt.as_ref().is_some_and(|p| p.relocate);
        app.push(if relocate {
            Command::RelocateCorpus(path)
        } else {
            Command::OpenCorpus(path)
        });
    }
    if close {
        app.prompt = None;
    }
}

/// What the window shows before a corpus is loaded.
pub fn welcome_ui(ui: &mut Ui, app: &mut QuarryApp) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() / 4.0);
        ui.heading("Quarry");
        ui.add_space(8.0);
        if app.running().is_some() {
            ui.spinner();
            match &app.loaded {
                None => {
                    ui.label("Reading the corpus… the documents appear as soon as they are read.");
                }
                Some(documents) => {
                    ui.label(format!(
                        "{} documents read; counting terms and finding figures…",
                        thousands(documents.len() as u64)
                    ));
                    loaded_documents_ui(ui, documents);
                }
            }
            return;
        }
        ui.label("Open a folder of texts (.txt, .md, .html) to see its terms, figures and linked passages.");
        ui.add_space(8.0);
        if ui.button("Open corpus folder…").clicked() {
            app.push(Command::PickCorpus);
        }
        ui.label(RichText::new("or drop a folder onto this window · File → Recent").weak());
    });
}

/// The document list while the analysis goes on.
fn loaded_documents_ui(ui: &mut Ui, documents: &[super::jobs::LoadedDocument]) {
    use egui_extras::{Column, TableBuilder};
    ui.add_space(8.0);
    TableBuilder::new(ui)
        .id_salt("loaded-documents")
        .striped(true)
        .column(Column::initial(320.0).clip(true))
        .column(Column::initial(320.0).clip(true))
        .column(Column::auto())
        .column(Column::remainder())
        .header(22.0, |mut header| {
            for label in ["Title", "Path", "Words", "Encoding"] {
                header.col(|ui| {
                    ui.strong(label);
                });
            }
        })
        .body(|body| {
            body.rows(20.0, documents.len(), |mut row| {
                let document = &documents[row.index()];
                row.col(|ui| {
                    ui.label(&document.title);
                });
                row.col(|ui| {
                    ui.label(&document.path);
                });
                row.col(|ui| {
                    ui.label(thousands(document.words as u64));
                });
                row.col(|ui| {
                    ui.label(document.encoding);
                });
            });
        });
}

/// The analysis settings window: case folding and the thresholds for linking passages.
pub fn settings_window_ui(ctx: &egui::Context, app: &mut QuarryApp) {
    let Some(settings) = &mut app.settings_window else {
        return;
    };
    let mut open = true;
    let mut apply = false;
    egui::Window::new("Analysis settings")
        .open(&mut open)
        .resizable(false)
        .show(ctx, |ui| {
            ui.checkbox(
                &mut settings.fold_case,
                "Fold case (\"Army\" and \"army\" are one term)",
            );
            ui.separator();
            ui.label(RichText::new("Linking passages").strong());
            let links = &mut settings.links;
            egui::Grid::new("link-settings")
                .num_columns(2)
                .show(ui, |ui| {
                    slider_row(
                        ui,
                        "Reused text: least share of the shorter passage",
                        egui::Slider::new(&mut links.reuse_min_score, 0.02..=1.0),
                    );
                    slider_row(
                        ui,
                        "Reused text: least shared five-word runs",
                        egui::Slider::new(&mut links.reuse_min_shingles, 1..=20),
                    );
                    slider_row(
                        ui,
                        "Boilerplate: a run in more passages than",
                        egui::Slider::new(&mut links.boilerplate_passages, 2..=200),
                    );
                    slider_row(
                        ui,
                        "Same figure: link groups of at most this many figures",
                        egui::Slider::new(&mut links.max_group_figures, 2..=500),
                    );
                    slider_row(
                        ui,
                        "Rare names: in at most this many documents",
                        egui::Slider::new(&mut links.rare_name_documents, 1..=20),
                    );
                    slider_row(
                        ui,
                        "Rare names and terms: in at most this many passages",
                        egui::Slider::new(&mut links.max_term_passages, 2..=500),
                    );
                    slider_row(
                        ui,
                        "Similar wording: least TF-IDF cosine",
                        egui::Slider::new(&mut links.similar_min_score, 0.05..=1.0),
                    );
                    slider_row(
                        ui,
                        "Similar wording: least content words per passage",
                        egui::Slider::new(&mut links.similar_min_terms, 1..=30),
                    );
                    slider_row(
                        ui,
                        "Similar wording: nearest passages kept per passage",
                        egui::Slider::new(&mut links.similar_neighbours, 1..=20),
                    );
                });
            ui.horizontal(|ui| {
                apply = ui.button("Apply").clicked();
                if ui.button("Defaults").clicked() {
                    let stop_words = settings.stop_words.clone();
                    *settings = crate::workspace::model::Settings {
                        stop_words,
                        ..Default::default()
                    };
                }
            });
            ui.label(RichText::new("Terms are counted again; links are found again.").weak());
        });
    if apply {
        let settings = settings.clone();
        app.push(Command::ApplySettings(settings));
        app.settings_window = None;
    } else if !open {
        app.settings_window = None;
    }
}

/// One labelled slider row of a two-column grid.
fn slider_row(ui: &mut egui::Ui, label: &str, slider: egui::Slider<'_>) {
    let label = ui.label(label);
    ui.add(slider).labelled_by(label.id);
    ui.end_row();
}
