//! The Problems panel: files skipped or loaded with warnings, with the reason for each.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::panels::PanelContext;

/// Draws the Problems panel.
pub fn problems_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    let problems = &cx.snapshot.analysis.problems;
    if problems.is_empty() {
        ui.label("Every file was read without trouble.");
        return;
    }
    let skipped = problems.iter().filter(|p| p.kind.skipped()).count();
    ui.label(format!(
        "{skipped} files skipped, {} loaded with warnings",
        problems.len() - skipped
    ));
    TableBuilder::new(ui)
        .id_salt("problems-table")
        .striped(true)
        .resizable(true)
        .column(Column::initial(200.0).at_least(60.0).clip(true))
        .column(Column::auto().at_least(70.0))
        .column(Column::remainder().at_least(100.0))
        .header(22.0, |mut header| {
            for label in ["File", "Problem", "What happened"] {
                header.col(|ui| {
                    ui.strong(label);
                });
            }
        })
        .body(|body| {
            body.rows(20.0, problems.len(), |mut row| {
                let problem = &problems[row.index()];
                row.col(|ui| {
                    ui.label(&problem.path);
                });
                row.col(|ui| {
                    let kind = format!("{:?}", problem.kind).to_lowercase();
                    let text = RichText::new(kind);
                    ui.label(if problem.kind.skipped() {
                        text.color(ui.visuals().warn_fg_color)
                    } else {
                        text
                    });
                });
                row.col(|ui| {
                    ui.label(&problem.message).on_hover_text(&problem.message);
                });
            });
        });
}
