//! The Documents panel: a sortable table of the corpus's documents.

use egui::Ui;
use egui_extras::{Column, TableBuilder};

use super::panels::PanelContext;
use super::state::DocumentSort;
use super::table::{keyboard, sort_header, thousands};

/// Draws the Documents panel.
pub fn documents_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    ui.style_mut().interaction.selectable_labels = false;
    let snapshot = cx.snapshot;
    let documents = &snapshot.analysis.documents;
    let state = &mut cx.view.documents;
    let key = (
        cx.data_version,
        format!("{:?}{}", state.sort, state.descending),
    );
    let (sort, descending) = (state.sort, state.descending);
    let order = cx
        .caches
        .documents
        .get(key, || {
            let mut ids: Vec<u32> = (0..documents.len() as u32).collect();
            let figures = |d: u32| snapshot.doc_figures[d as usize].len();
            let doc = |d: u32| &documents[d as usize];
            match sort {
                DocumentSort::Path => {}
                DocumentSort::Title => ids.sort_by(|&a, &b| doc(a).title.cmp(&doc(b).title)),
                DocumentSort::Words => ids.sort_by_key(|&d| snapshot.words(d)),
                DocumentSort::Figures => ids.sort_by_key(|&d| figures(d)),
                DocumentSort::Encoding => ids.sort_by_key(|&d| doc(d).encoding),
            }
            if descending {
                ids.reverse();
            }
            std::sync::Arc::new(ids)
        })
        .clone();
    let selected_doc = cx.view.selection.document;
    let selected_row = selected_doc.and_then(|d| order.iter().position(|&x| x == d));
    let moved = keyboard(ui, order.len(), selected_row);
    if let Some(row) = moved.row {
        cx.commands
            .push(super::command::Command::SelectDocument(order[row]));
    }
    ui.label(format!("{} documents", thousands(order.len() as u64)));
    let mut clicked_sort = None;
    let mut table = TableBuilder::new(ui)
        .id_salt("documents-table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .column(Column::initial(220.0).at_least(60.0).clip(true))
        .column(Column::initial(180.0).at_least(60.0).clip(true))
        .column(Column::auto().at_least(50.0))
        .column(Column::auto().at_least(50.0))
        .column(Column::remainder().at_least(60.0));
    if let Some(row) = moved.row {
        table = table.scroll_to_row(row, None);
    }
    table
        .header(22.0, |mut header| {
            for (label, column) in [
                ("Title", DocumentSort::Title),
                ("Path", DocumentSort::Path),
                ("Words", DocumentSort::Words),
                ("Figures", DocumentSort::Figures),
                ("Encoding", DocumentSort::Encoding),
            ] {
                header.col(|ui| {
                    if sort_header(ui, label, sort == column, descending) {
                        clicked_sort = Some(column);
                    }
                });
            }
        })
        .body(|body| {
            body.rows(20.0, order.len(), |mut row| {
                let doc = order[row.index()];
                let document = &documents[doc as usize];
                row.set_selected(selected_doc == Some(doc));
                row.col(|ui| {
                    ui.label(&document.title);
                });
                row.col(|ui| {
                    ui.label(&document.path);
                });
                row.col(|ui| {
                    ui.label(thousands(snapshot.words(doc) as u64));
                });
                row.col(|ui| {
                    ui.label(snapshot.doc_figures[doc as usize].len().to_string());
                });
                row.col(|ui| {
                    ui.label(document.encoding);
                });
                if row.response().clicked() {
                    cx.commands
                        .push(super::command::Command::SelectDocument(doc));
                }
            });
        });
    if let Some(column) = clicked_sort {
        let state = &mut cx.view.documents;
        if state.sort == column {
            state.descending = !state.descending;
        } else {
            state.sort = column;
            state.descending = matches!(column, DocumentSort::Words | DocumentSort::Figures);
        }
    }
}
