//! The Names panel: people, organisations and places, with their variants and mentions.

use std::sync::Arc;

use egui::Ui;
use egui_extras::{Column, TableBuilder};

use crate::engine::names::{NameEdit, NameType};

use super::command::Command;
use super::panels::PanelContext;
use super::table::{keyboard, thousands};
use crate::workspace::model::Target;

fn kind_label(kind: NameType) -> &'static str {
    match kind {
        NameType::Person => "person",
        NameType::Organisation => "organisation",
        NameType::Place => "place",
        NameType::Unknown => "unknown",
    }
}

/// Rename, merge into another name, or split off a variant.
fn corrections_ui(
    ui: &mut Ui,
    cx: &mut PanelContext<'_>,
    relations: &crate::app::snapshot::Relations,
    name: &str,
) {
    let edit_id = egui::Id::unique("quarry-name-edit");
    let mut text: String = ui.data(|d| d.get_temp(edit_id)).unwrap_or_default();
    ui.horizontal(|ui| {
        let label = ui.label("Rename or merge into:");
        ui.add(
            egui::TextEdit::singleline(&mut text)
                .hint_text("a name")
                .desired_width(150.0),
        )
        .labelled_by(label.id);
        let target = text.trim().to_string();
        let exists = relations.names.iter().any(|n| n.name == target);
        let action = if exists { "Merge" } else { "Rename" };
        if ui
            .add_enabled(
                !target.is_empty() && target != name,
                egui::Button::new(action),
            )
            .on_hover_text("Names and links are found again with the correction")
            .clicked()
        {
            cx.commands.push(Command::EditNames(if exists {
                NameEdit::Merge {
                    names: vec![name.to_string(), target.clone()],
                    into: target,
                }
            } else {
                NameEdit::Rename {
                    from: name.to_string(),
                    to: target,
                }
            }));
            text.clear();
        }
    });
    ui.data_mut(|d| d.insert_temp(edit_id, text));
    let Some(entry) = relations.names.iter().find(|n| n.name == name) else {
        return;
    };
    if entry.variants.len() > 1 {
        ui.horizontal_wrapped(|ui| {
            ui.label("Split off:");
            for variant in entry.variants.iter().filter(|v| v.as_str() != name) {
                if ui
                    .small_button(variant)
                    .on_hover_text(format!("Treat “{variant}” as a name of its own"))
                    .clicked()
                {
                    cx.commands.push(Command::EditNames(NameEdit::Split {
                        name: name.to_string(),
                        variant: variant.clone(),
                    }));
                }
            }
        });
    }
}

/// Draws the Names panel.
pub fn names_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    ui.style_mut().interaction.selectable_labels = false;
    let Some(relations) = cx.relations else {
        if cx.relating {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Finding names…");
            });
        } else {
            ui.label("Names and passage links were not computed: the analysis was stopped. Open the corpus again to find them.");
        }
        return;
    };
    ui.horizontal(|ui| {
        let state = &mut cx.view.names;
        let label = ui.label("Filter:");
        ui.add(
            egui::TextEdit::singleline(&mut state.filter)
                .hint_text("part of a name")
                .desired_width(140.0),
        )
        .labelled_by(label.id);
        ui.selectable_value(&mut state.kind, None, "all");
        for kind in [NameType::Person, NameType::Organisation, NameType::Place] {
            ui.selectable_value(&mut state.kind, Some(kind), kind_label(kind));
        }
    });
    if let Some(name) = cx.view.selection.name.clone() {
        egui::CollapsingHeader::new(format!("Note and corrections: {name}"))
            .id_salt("name-note")
            .show(ui, |ui| {
                super::notes_ui::note_ui(ui, Target::Name(name.clone()), cx.notes, None);
                corrections_ui(ui, cx, relations, &name);
            });
    }
    let filter = cx.view.names.filter.to_lowercase();
    let kind = cx.view.names.kind;
    let key = (cx.versions(), format!("{filter}\u{0}{kind:?}"));
    let rows = cx
        .caches
        .names
        .get(key, || {
            Arc::new(
                (0..relations.names.len())
                    .filter(|&i| {
                        let name = &relations.names[i];
                        // The name shown (a user's own after a rename) or a form written.
                        let mut written = std::iter::once(&name.name).chain(&name.variants);
                        kind.is_none_or(|k| name.kind == k)
                            && (filter.is_empty()
                                || written.any(|v| v.to_lowercase().contains(&filter)))
                    })
                    .collect(),
            )
        })
        .clone();
    ui.label(format!("{} names", thousands(rows.len() as u64)));
    if rows.is_empty() {
        ui.label("No name matches.");
        return;
    }
    let selected = cx.view.selection.name.clone();
    let selected_row = selected
        .as_ref()
        .and_then(|s| rows.iter().position(|&i| &relations.names[i].name == s));
    let moved = keyboard(ui, rows.len(), selected_row);
    if let Some(row) = moved.row {
        cx.commands
            .push(Command::SelectName(relations.names[rows[row]].name.clone()));
    }
    let mut table = TableBuilder::new(ui)
        .id_salt("names-table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .column(Column::initial(170.0).at_least(60.0).clip(true))
        .column(Column::auto().at_least(70.0))
        .column(Column::auto().at_least(60.0))
        .column(Column::auto().at_least(60.0))
        .column(Column::auto().at_least(40.0))
        .column(Column::remainder().at_least(40.0));
    if let Some(row) = moved.row {
        table = table.scroll_to_row(row, None);
    }
    table
        .header(22.0, |mut header| {
            for (label, hover) in [
                ("Name", "Hover a name for the other ways it is written"),
                (
                    "Type",
                    "Person, organisation or place, by the cues around it",
                ),
                ("Mentions", "How many times it is mentioned"),
                ("Passages", "How many passages mention it"),
                ("Docs", "How many documents mention it"),
                ("Cited", "How many figures it is cited as the source of"),
            ] {
                header.col(|ui| {
                    ui.strong(label).on_hover_text(hover);
                });
            }
        })
        .body(|body| {
            body.rows(20.0, rows.len(), |mut row| {
                let n = rows[row.index()];
                let name = &relations.names[n];
                row.set_selected(selected.as_deref() == Some(name.name.as_str()));
                row.col(|ui| {
                    ui.label(&name.name)
                        .on_hover_text(format!("Also written: {}", name.variants.join(", ")));
                });
                row.col(|ui| {
                    ui.label(kind_label(name.kind));
                });
                row.col(|ui| {
                    ui.label(thousands(name.mentions.len() as u64));
                });
                row.col(|ui| {
                    let passages = relations.name_passages.get(n).copied().unwrap_or(0);
                    ui.label(thousands(passages as u64));
                });
                row.col(|ui| {
                    ui.label(name.documents.len().to_string());
                });
                row.col(|ui| {
                    if !name.figures.is_empty() {
                        ui.label(name.figures.len().to_string());
                    }
                });
                if row.response().clicked() {
                    cx.commands.push(Command::SelectName(name.name.clone()));
                }
            });
        });
}
