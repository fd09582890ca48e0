//! The Figures panel: every figure with its value, hedge, what it counts, kind, source and
//! document; filters; figures grouped by what they state; conflicting and related pairs.

use std::sync::Arc;

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::engine::figures::groups::Relation;
use crate::engine::figures::{Figure, FigureKind};

use super::command::Command;
use super::panels::PanelContext;
use super::state::{FigureView, FiguresState};
use super::table::{keyboard, thousands};
use crate::workspace::model::Target;

/// Every figure kind, in filter order.
pub const KINDS: [FigureKind; 7] = [
    FigureKind::Count,
    FigureKind::Percent,
    FigureKind::Money,
    FigureKind::Duration,
    FigureKind::Age,
    FigureKind::Ordinal,
    FigureKind::Date,
];

/// Draws the Figures panel.
pub fn figures_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    ui.style_mut().interaction.selectable_labels = false;
    ui.horizontal(|ui| {
        let state = &mut cx.view.figures;
        ui.selectable_value(&mut state.view, FigureView::All, "All figures");
        ui.selectable_value(&mut state.view, FigureView::Groups, "Groups")
            .on_hover_text("Figures that state the same thing with the same value");
        ui.selectable_value(&mut state.view, FigureView::Conflicts, "Conflicts")
            .on_hover_text(
                "Different figures for the same claim: conflicting, or related (different periods)",
            );
    });
    if let Some(f) = cx.view.selection.figure
        && let Some(figure) = cx.snapshot.analysis.figures.get(f)
    {
        let document = &cx.snapshot.analysis.documents[figure.doc as usize];
        let id = format!("{}@{}", document.path, figure.start);
        egui::CollapsingHeader::new(format!("Note and pin: “{}”", figure.text(&document.text)))
            .id_salt("figure-note")
            .show(ui, |ui| {
                super::notes_ui::note_ui(
                    ui,
                    Target::Figure(id),
                    cx.notes,
                    Some(&mut cx.pinned.figures),
                );
            });
    }
    match cx.view.figures.view {
        FigureView::All => {
            filters_ui(ui, &mut cx.view.figures);
            all_ui(ui, cx);
        }
        FigureView::Groups => groups_ui(ui, cx),
        FigureView::Conflicts => conflicts_ui(ui, cx),
    }
}

fn filters_ui(ui: &mut Ui, state: &mut FiguresState) {
    ui.horizontal_wrapped(|ui| {
        for kind in KINDS {
            let mut shown = !state.hidden_kinds.contains(&kind);
            if ui.checkbox(&mut shown, kind.name()).changed() {
                if shown {
                    state.hidden_kinds.retain(|&k| k != kind);
                } else {
                    state.hidden_kinds.push(kind);
                    state.hidden_kinds.sort();
                }
            }
        }
        ui.checkbox(&mut state.show_minor, "small numbers")
            .on_hover_text("Show small numbers in running prose (\"two soldiers\")");
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Value from");
        ui.add(egui::TextEdit::singleline(&mut state.min_value).desired_width(70.0))
            .labelled_by(label.id);
        let label = ui.label("to");
        ui.add(egui::TextEdit::singleline(&mut state.max_value).desired_width(70.0))
            .labelled_by(label.id);
        let label = ui.label("Source:");
        ui.add(
            egui::TextEdit::singleline(&mut state.source)
                .hint_text("any")
                .desired_width(110.0),
        )
        .labelled_by(label.id);
        ui.checkbox(&mut state.selected_document_only, "selected document only");
        ui.checkbox(&mut state.pinned_only, "pinned only");
    });
}

fn parse_limit(text: &str) -> Option<f64> {
    text.trim().replace(',', "").parse().ok()
}

fn figure_matches(figure: &Figure, state: &FiguresState, doc: Option<u32>) -> bool {
    if state.hidden_kinds.contains(&figure.kind) || (figure.minor && !state.show_minor) {
        return false;
    }
    if state.selected_document_only && Some(figure.doc) != doc {
        return false;
    }
    let value = figure.value.or(figure.high()).or(figure.low());
    if let Some(min) = parse_limit(&state.min_value)
        && value.is_none_or(|v| v < min)
    {
        return false;
    }
    if let Some(max) = parse_limit(&state.max_value)
        && value.is_none_or(|v| v > max)
    {
        return false;
    }
    let source = state.source.trim().to_lowercase();
    source.is_empty()
        || figure
            .source()
            .is_some_and(|s| s.to_lowercase().contains(&source))
}

fn all_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    let analysis = cx.snapshot.analysis.clone();
    let state = cx.view.figures.clone();
    let doc = cx.view.selection.document;
    let pinned: Vec<usize> = if state.pinned_only {
        let mut found: Vec<usize> = cx
            .pinned
            .figures
            .iter()
            .filter_map(|id| cx.snapshot.figure_by_id(id))
            .collect();
        found.sort_unstable();
        found
    } else {
        Vec::new()
    };
    let key = (cx.data_version, format!("{state:?}{doc:?}{pinned:?}"));
    let rows = cx
        .caches
        .figures
        .get(key, || {
            let candidates: Vec<usize> = if state.pinned_only {
                pinned
            } else {
                (0..analysis.figures.len()).collect()
            };
            Arc::new(
                candidates
                    .into_iter()
                    .filter(|&i| figure_matches(&analysis.figures[i], &state, doc))
                    .collect(),
            )
        })
        .clone();
    ui.label(format!(
        "{} of {} figures",
        thousands(rows.len() as u64),
        thousands(analysis.figures.len() as u64)
    ));
    if rows.is_empty() {
        ui.label("No figure matches the filters.");
        return;
    }
    let selected = cx.view.selection.figure;
    let selected_row = selected.and_then(|f| rows.iter().position(|&r| r == f));
    let moved = keyboard(ui, rows.len(), selected_row);
    if let Some(row) = moved.row {
        cx.commands.push(Command::SelectFigure(rows[row]));
    }
    let mut table = TableBuilder::new(ui)
        .id_salt("figures-table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .column(Column::initial(110.0).at_least(50.0).clip(true))
        .column(Column::initial(140.0).at_least(50.0).clip(true))
        .column(Column::initial(70.0).at_least(40.0).clip(true))
        .column(Column::initial(80.0).at_least(40.0).clip(true))
        .column(Column::initial(110.0).at_least(40.0).clip(true))
        .column(Column::remainder().at_least(60.0).clip(true));
    if let Some(row) = moved.row {
        table = table.scroll_to_row(row, None);
    }
    table
        .header(22.0, |mut header| {
            for label in ["Value", "Counted", "Kind", "Claim", "Source", "Document"] {
                header.col(|ui| {
                    ui.strong(label);
                });
            }
        })
        .body(|body| {
            body.rows(20.0, rows.len(), |mut row| {
                let index = rows[row.index()];
                let figure = &analysis.figures[index];
                let document = &analysis.documents[figure.doc as usize];
                row.set_selected(selected == Some(index));
                row.col(|ui| {
                    let text = figure.text(&document.text);
                    let value = if figure.vague {
                        text.to_string()
                    } else {
                        figure.value_label()
                    };
                    ui.label(value).on_hover_text(text);
                });
                row.col(|ui| {
                    ui.label(figure.counted.as_deref().unwrap_or("—"));
                });
                row.col(|ui| {
                    ui.label(figure.kind.name());
                });
                row.col(|ui| {
                    let claim = match (figure.predicate(), figure.period()) {
                        (Some(p), Some(period)) => format!("{p} ({period})"),
                        (Some(p), None) => p.to_string(),
                        (None, Some(period)) => period.to_string(),
                        (None, None) => "—".to_string(),
                    };
                    ui.label(claim);
                });
                row.col(|ui| {
                    ui.label(figure.source().unwrap_or("—"));
                });
                row.col(|ui| {
                    ui.label(RichText::new(&document.path).weak());
                });
                if row.response().clicked() {
                    cx.commands.push(Command::SelectFigure(index));
                }
            });
        });
}

fn groups_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    let snapshot = cx.snapshot;
    let analysis = &snapshot.analysis;
    let groups = &snapshot.shared_groups;
    if groups.is_empty() {
        ui.label("No two figures state the same thing.");
        return;
    }
    ui.label(format!(
        "{} groups of figures stating the same thing",
        groups.len()
    ));
    let open = cx.view.figures.group;
    egui::ScrollArea::vertical()
        .id_salt("figure-groups")
        .show_rows(ui, 20.0, groups.len(), |ui, range| {
            for &g in &groups[range] {
                let group = &snapshot.groups[g];
                let mut documents: Vec<u32> = group
                    .figures
                    .iter()
                    .map(|&f| analysis.figures[f].doc)
                    .collect();
                documents.dedup();
                let mut sources: Vec<&str> = group
                    .figures
                    .iter()
                    .filter_map(|&f| analysis.figures[f].source())
                    .collect();
                sources.sort_unstable();
                sources.dedup();
                let label = format!(
                    "{} {} — {} figures in {} documents{}",
                    crate::app::table::thousands(group.value as u64),
                    group.counted,
                    group.figures.len(),
                    documents.len(),
                    if sources.is_empty() {
                        String::new()
                    } else {
                        format!(" · sources: {}", sources.join(", "))
                    }
                );
                if ui.selectable_label(open == Some(g), label).clicked() {
                    cx.view.figures.group = if open == Some(g) { None } else { Some(g) };
                }
                if open == Some(g) {
                    ui.indent(("group", g), |ui| {
                        for &f in &group.figures {
                            let figure = &analysis.figures[f];
                            let document = &analysis.documents[figure.doc as usize];
                            let text =
                                format!("“{}” — {}", figure.text(&document.text), document.path);
                            if ui
                                .selectable_label(cx.view.selection.figure == Some(f), text)
                                .clicked()
                            {
                                cx.commands.push(Command::SelectFigure(f));
                            }
                        }
                    });
                }
            }
        });
}

fn side_ui(ui: &mut Ui, cx: &mut PanelContext<'_>, f: usize) {
    let analysis = &cx.snapshot.analysis;
    let figure = &analysis.figures[f];
    let document = &analysis.documents[figure.doc as usize];
    let text = format!(
        "{} {} — {} ({})",
        figure.value_label(),
        figure.counted.as_deref().unwrap_or(""),
        figure.source().unwrap_or("no source"),
        document.path
    );
    if ui
        .selectable_label(cx.view.selection.figure == Some(f), text)
        .on_hover_text(figure.text(&document.text))
        .clicked()
    {
        cx.commands.push(Command::SelectFigure(f));
    }
}

fn conflicts_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    let pairs = &cx.snapshot.pairs;
    if pairs.is_empty() {
        ui.label("No two sources give different figures for the same claim.");
        return;
    }
    let conflicts = cx.snapshot.conflicts;
    ui.label(format!(
        "{conflicts} conflicting and {} related pairs",
        pairs.len() - conflicts
    ));
    // One fixed-height block per pair, so only the visible pairs are drawn.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    let line = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    let block = 4.0 * line + 2.0 * ui.spacing().window_margin.topf() + 4.0;
    egui::ScrollArea::vertical()
        .id_salt("figure-conflicts")
        .auto_shrink([false, false])
        .show_rows(ui, block, pairs.len(), |ui, range| {
            for pair in &pairs[range] {
                let width = ui.available_width();
                ui.allocate_ui(egui::vec2(width, block), |ui| {
                    ui.set_min_height(block - 4.0);
                    ui.group(|ui| {
                        ui.set_width(width - 12.0);
                        let (label, color) = match pair.relation {
                            Relation::Conflict => ("Conflict", ui.visuals().error_fg_color),
                            Relation::Related => ("Related", ui.visuals().weak_text_color()),
                        };
                        ui.label(RichText::new(label).strong().color(color));
                        side_ui(ui, cx, pair.a);
                        side_ui(ui, cx, pair.b);
                        ui.label(RichText::new(&pair.reason).weak())
                            .on_hover_text(&pair.reason);
                    });
                });
            }
        });
}
