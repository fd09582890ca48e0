//! The Concordance panel: KWIC lines for a word, phrase (with `*`/`?` wildcards) or regular
//! expression, sortable by position or by the words left or right; a click opens the line in the
//! Reader.

use egui::{Align, Layout, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::engine::kwic::{KwicSort, QueryMode};

use super::command::Command;
use super::panels::PanelContext;
use super::table::{keyboard, thousands};

/// Draws the Concordance panel.
pub fn concordance_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    ui.style_mut().interaction.selectable_labels = false;
    let mut search = false;
    ui.horizontal(|ui| {
        let state = &mut cx.view.concordance;
        let label = ui.label("Query:");
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut state.query)
                    .hint_text("word, phrase, wild*card or regex")
                    .desired_width(200.0),
            )
            .labelled_by(label.id);
        if edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            search = true;
        }
        search |= ui.button("Search").clicked();
        search |= ui
            .selectable_value(&mut state.mode, QueryMode::Words, "Words")
            .on_hover_text("A word or phrase; * and ? are wildcards")
            .changed();
        search |= ui
            .selectable_value(&mut state.mode, QueryMode::Regex, "Regex")
            .on_hover_text("A regular expression matched against whole terms")
            .changed();
    });
    ui.horizontal(|ui| {
        let state = &mut cx.view.concordance;
        ui.label("Sort:");
        for (sort, label) in [
            (KwicSort::Position, "Position"),
            (KwicSort::Left, "Left"),
            (KwicSort::Right, "Right"),
        ] {
            search |= ui.selectable_value(&mut state.sort, sort, label).changed();
        }
        ui.separator();
        let label = ui.label("Context:");
        search |= ui
            .add(
                egui::DragValue::new(&mut state.context)
                    .range(1..=30)
                    .suffix(" words"),
            )
            .labelled_by(label.id)
            .changed();
    });
    if search {
        cx.commands.push(Command::Search);
    }
    if cx.searching {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label("Searching…");
        });
    }
    let Some(searched) = cx.searched else {
        ui.label("Type a query, or click a term, name or bar to see it in context.");
        return;
    };
    let concordance = match &searched.result {
        Ok(concordance) => concordance,
        Err(error) => {
            ui.colored_label(ui.visuals().error_fg_color, error);
            return;
        }
    };
    let hits = concordance.hits.len();
    let documents = concordance
        .hits
        .iter()
        .map(|h| h.doc)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    ui.label(format!(
        "{} hits of “{}” in {} documents",
        thousands(hits as u64),
        searched.query,
        documents
    ));
    if hits == 0 {
        return;
    }
    let analysis = &cx.snapshot.analysis;
    let selected = cx.focus.and_then(|f| {
        concordance.hits.iter().position(|h| {
            h.doc == f.doc && analysis.index.doc(h.doc).start(h.first as usize) == f.start as usize
        })
    });
    let moved = keyboard(ui, hits, selected);
    let open = |i: usize, commands: &mut Vec<Command>| {
        if let Some(line) = concordance.line(i, &analysis.documents, &analysis.index) {
            let hit = concordance.hits[i];
            commands.push(Command::ShowInReader {
                doc: hit.doc,
                start: line.start,
                end: line.end,
            });
        }
    };
    if let Some(row) = moved.row {
        open(row, cx.commands);
    }
    let mut table = TableBuilder::new(ui)
        .id_salt("concordance-table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .column(Column::initial(110.0).at_least(50.0).clip(true))
        .column(Column::initial(220.0).at_least(80.0).clip(true))
        .column(Column::auto().at_least(40.0).clip(true))
        .column(Column::remainder().at_least(80.0).clip(true));
    if let Some(row) = moved.row {
        table = table.scroll_to_row(row, None);
    }
    table
        .header(22.0, |mut header| {
            for label in ["Document", "Left", "Hit", "Right"] {
                header.col(|ui| {
                    ui.strong(label);
                });
            }
        })
        .body(|body| {
            body.rows(20.0, hits, |mut row| {
                let i = row.index();
                let Some(line) = concordance.line(i, &analysis.documents, &analysis.index) else {
                    return;
                };
                row.set_selected(selected == Some(i));
                row.col(|ui| {
                    ui.label(RichText::new(&line.doc).weak());
                });
                row.col(|ui| {
                    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                        ui.label(&line.left);
                    });
                });
                row.col(|ui| {
                    ui.label(
                        RichText::new(&line.keyword)
                            .strong()
                            .color(ui.visuals().hyperlink_color),
                    );
                });
                row.col(|ui| {
                    ui.label(&line.right);
                });
                if row.response().clicked() {
                    open(i, cx.commands);
                }
            });
        });
}
