//! The chart panels (Term chart, Dispersion, Figure chart) and chart export. Each chart is
//! built once from the snapshot and the panel settings (cached), drawn with plotters on screen,
//! and written to PNG or SVG from the same definition.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use egui::Ui;

use crate::charts::bars::{BarChart, Series};
use crate::charts::strips::{Strip, StripChart};
use crate::charts::{export, shorten};
use crate::engine::kwic::dispersion;
use crate::engine::terms::per_10k;

use super::Searched;
use super::caches::TermChartData;
use super::command::{ChartFormat, Command};
use super::panels::PanelContext;
use super::snapshot::Snapshot;
use super::state::{FigureChartMode, Pane, TermChartMode, View, ViewState};
use crate::engine::analysis::Analysis;
use crate::engine::terms::TermTable;

/// Documents shown at most in a chart across documents.
const MAX_DOCUMENTS: usize = 30;

/// The Term chart of `view`'s settings.
pub fn term_chart(analysis: &Analysis, table: &TermTable, view: &View) -> TermChartData {
    let words = |d: u32| analysis.index.docs.get(d as usize).map_or(0, |t| t.len());
    let state = &view.term_chart;
    let value_label = if state.per_10k {
        "per 10,000 words"
    } else {
        "occurrences"
    };
    match state.mode {
        TermChartMode::TopTerms => {
            let top = table.top(state.top.clamp(1, 60));
            let terms: Vec<String> = top
                .iter()
                .map(|&t| table.terms.get(t).to_string())
                .collect();
            let corpus = Series {
                name: "corpus".to_string(),
                values: top
                    .iter()
                    .map(|&t| {
                        let count = table.frequency[t as usize];
                        if state.per_10k {
                            per_10k(count, table.total_tokens)
                        } else {
                            count as f64
                        }
                    })
                    .collect(),
            };
            let mut series = vec![corpus];
            let mut title = format!("Top {} terms", top.len());
            if let Some(doc) = view.selection.document {
                let (counts, words) = table.counts_in(&analysis.index, &[doc]);
                let counts: std::collections::HashMap<u32, u64> = counts.into_iter().collect();
                let document = &analysis.documents[doc as usize];
                series.push(Series {
                    name: shorten(&document.title, 30),
                    values: top
                        .iter()
                        .map(|t| {
                            let count = counts.get(t).copied().unwrap_or(0);
                            if state.per_10k {
                                per_10k(count, words)
                            } else {
                                count as f64
                            }
                        })
                        .collect(),
                });
                title = format!("{title}: corpus and {}", shorten(&document.title, 30));
            }
            TermChartData {
                chart: BarChart {
                    title,
                    value_label: value_label.to_string(),
                    categories: terms.clone(),
                    series,
                },
                terms,
                documents: Vec::new(),
            }
        }
        TermChartMode::AcrossDocuments => {
            let ids: Vec<u32> = state.terms.iter().filter_map(|t| table.id(t)).collect();
            let names: Vec<String> = ids
                .iter()
                .map(|&t| table.terms.get(t).to_string())
                .collect();
            let by_doc = table.by_document(&analysis.index, &ids);
            // The documents with the most hits of the chosen terms, in corpus order.
            let mut docs: Vec<(u64, u32)> = (0..analysis.documents.len() as u32)
                .map(|d| {
                    let total: u64 = by_doc.iter().map(|row| u64::from(row[d as usize])).sum();
                    (total, d)
                })
                .filter(|&(total, _)| total > 0)
                .collect();
            docs.sort_by_key(|&(total, d)| (std::cmp::Reverse(total), d));
            docs.truncate(MAX_DOCUMENTS);
            let mut documents: Vec<u32> = docs.into_iter().map(|(_, d)| d).collect();
            documents.sort_unstable();
            let series = ids
                .iter()
                .enumerate()
                .map(|(k, _)| Series {
                    name: names[k].clone(),
                    values: documents
                        .iter()
                        .map(|&d| {
                            let count = u64::from(by_doc[k][d as usize]);
                            if state.per_10k {
                                per_10k(count, words(d) as u64)
                            } else {
                                count as f64
                            }
                        })
                        .collect(),
                })
                .collect();
            TermChartData {
                chart: BarChart {
                    title: format!("{} across documents", names.join(", ")),
                    value_label: value_label.to_string(),
                    categories: documents
                        .iter()
                        .map(|&d| analysis.documents[d as usize].title.clone())
                        .collect(),
                    series,
                },
                terms: Vec::new(),
                documents,
            }
        }
    }
}

/// The dispersion of the last concordance, one row per document with hits.
pub fn dispersion_chart(snapshot: &Snapshot, searched: Option<&Searched>) -> Option<StripChart> {
    let searched = searched?;
    let concordance = searched.result.as_ref().ok()?;
    let analysis = &snapshot.analysis;
    let spread = dispersion(concordance, &analysis.index);
    let strips = spread
        .documents
        .iter()
        .filter(|d| !d.positions.is_empty())
        .take(40)
        .map(|d| Strip {
            label: analysis.documents[d.doc as usize].title.clone(),
            positions: d.positions.clone(),
        })
        .collect();
    Some(StripChart {
        title: format!(
            "“{}”: in {} of {} documents, DP {:.2}",
            searched.query,
            spread.range,
            analysis.documents.len(),
            spread.dp
        ),
        strips,
    })
}

/// Figures by kind or by source.
pub fn figure_chart(snapshot: &Snapshot, mode: FigureChartMode) -> BarChart {
    let figures = snapshot.analysis.figures.iter().filter(|f| !f.minor);
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for figure in figures {
        let key = match mode {
            FigureChartMode::Kind => Some(figure.kind.name().to_string()),
            FigureChartMode::Source => figure.source().map(str::to_string),
        };
        if let Some(key) = key {
            *counts.entry(key).or_default() += 1;
        }
    }
    let mut rows: Vec<(String, u64)> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    rows.truncate(20);
    BarChart {
        title: match mode {
            FigureChartMode::Kind => "Figures by kind".to_string(),
            FigureChartMode::Source => "Figures by cited source".to_string(),
        },
        value_label: "figures".to_string(),
        categories: rows.iter().map(|r| r.0.clone()).collect(),
        series: vec![Series {
            name: "figures".to_string(),
            values: rows.iter().map(|r| r.1 as f64).collect(),
        }],
    }
}

fn export_buttons_ui(ui: &mut Ui, pane: Pane, commands: &mut Vec<Command>) {
    ui.separator();
    if ui
        .button("PNG…")
        .on_hover_text("Save this chart as PNG")
        .clicked()
    {
        commands.push(Command::ExportChart(pane, ChartFormat::Png));
    }
    if ui
        .button("SVG…")
        .on_hover_text("Save this chart as SVG")
        .clicked()
    {
        commands.push(Command::ExportChart(pane, ChartFormat::Svg));
    }
}

/// Draws the Term chart panel.
pub fn term_chart_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    ui.horizontal_wrapped(|ui| {
        let state = &mut cx.view.term_chart;
        ui.selectable_value(&mut state.mode, TermChartMode::TopTerms, "Top terms");
        ui.selectable_value(
            &mut state.mode,
            TermChartMode::AcrossDocuments,
            "Across documents",
        )
        .on_hover_text("The selected terms (up to eight) in each document");
        ui.checkbox(&mut state.per_10k, "per 10k words");
        if state.mode == TermChartMode::TopTerms {
            let label = ui.label("Show");
            ui.add(egui::DragValue::new(&mut state.top).range(5..=60))
                .labelled_by(label.id);
        } else if !state.terms.is_empty() && ui.button("Clear terms").clicked() {
            state.terms.clear();
        }
        export_buttons_ui(ui, Pane::TermChart, cx.commands);
    });
    if cx.view.term_chart.mode == TermChartMode::AcrossDocuments
        && cx.view.term_chart.terms.is_empty()
    {
        ui.label("Click terms in the Terms panel to compare them across documents.");
        return;
    }
    // Chart data scans the index (all tokens, for terms across documents): it is made by a job
    // and the previous chart stays on screen meanwhile.
    let key = (
        cx.data_version,
        format!("{:?}{:?}", cx.view.term_chart, cx.view.selection.document),
    );
    let charts = &mut cx.caches.term_charts;
    if charts.current.as_ref().map(|(k, _)| k) != Some(&key)
        && charts.pending.as_ref() != Some(&key)
    {
        charts.pending = Some(key.clone());
        cx.commands.push(Command::ChartTerms(
            key.clone(),
            Box::new(cx.view.view.clone()),
        ));
    }
    if charts.pending.is_some() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label("Counting…");
        });
    }
    let Some((_, data)) = charts.current.clone() else {
        return;
    };
    if data.chart.categories.is_empty() {
        ui.label("Nothing to chart yet.");
        return;
    }
    if let Some(hit) = super::chart_widget::chart_ui(ui, &data.chart, "Term chart plot", 200.0) {
        if let Some(term) = data.terms.get(hit.category) {
            cx.commands.push(Command::SelectTerm(term.clone()));
        } else if let Some(&doc) = data.documents.get(hit.category) {
            cx.commands.push(Command::SelectDocument(doc));
            if let Some(term) = cx.view.term_chart.terms.get(hit.series) {
                cx.commands.push(Command::SelectTerm(term.clone()));
            }
        }
    }
}

/// Draws the Dispersion panel.
pub fn dispersion_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    ui.horizontal(|ui| {
        ui.label("Where the concordance query occurs in each document.");
        export_buttons_ui(ui, Pane::Dispersion, cx.commands);
    });
    let key = (
        cx.data_version,
        cx.searched.map(|s| s.query.clone()).unwrap_or_default(),
    );
    let (snapshot, searched) = (cx.snapshot, cx.searched);
    let Some(chart) = cx
        .caches
        .dispersion
        .get(key, || dispersion_chart(snapshot, searched).map(Arc::new))
        .clone()
    else {
        ui.label("Search the concordance or click a term to see how it spreads.");
        return;
    };
    if chart.strips.is_empty() {
        ui.label("The query has no hits.");
        return;
    }
    if let Some(hit) = super::chart_widget::chart_ui(ui, &*chart, "Dispersion plot", 160.0) {
        let title = &chart.strips[hit.category].label;
        if let Some(doc) = snapshot
            .analysis
            .documents
            .iter()
            .position(|d| &d.title == title)
        {
            cx.commands.push(Command::SelectDocument(doc as u32));
        }
    }
}

/// Draws the Figure chart panel.
pub fn figure_chart_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    ui.horizontal(|ui| {
        ui.selectable_value(&mut cx.view.figure_chart, FigureChartMode::Kind, "By kind");
        ui.selectable_value(
            &mut cx.view.figure_chart,
            FigureChartMode::Source,
            "By source",
        );
        export_buttons_ui(ui, Pane::FigureChart, cx.commands);
    });
    let mode = cx.view.figure_chart;
    let key = (cx.data_version, format!("{mode:?}"));
    let snapshot = cx.snapshot;
    let chart = cx
        .caches
        .figure_chart
        .get(key, || Arc::new(figure_chart(snapshot, mode)))
        .clone();
    if chart.categories.is_empty() {
        ui.label(match mode {
            FigureChartMode::Kind => "The corpus cites no figures.",
            FigureChartMode::Source => "No figure is attributed to a source.",
        });
        return;
    }
    if let Some(hit) = super::chart_widget::chart_ui(ui, &*chart, "Figure chart plot", 160.0) {
        let category = chart.categories[hit.category].clone();
        let figures = &mut cx.view.figures;
        figures.view = super::state::FigureView::All;
        match mode {
            FigureChartMode::Kind => {
                if let Some(kind) = crate::engine::figures::FigureKind::from_name(&category) {
                    figures.hidden_kinds = super::figures_ui::KINDS
                        .into_iter()
                        .filter(|&k| k != kind)
                        .collect();
                }
            }
            FigureChartMode::Source => figures.source = category,
        }
        cx.commands.push(Command::ShowPanel(Pane::Figures));
    }
}

/// Writes the chart of `pane` to `path`.
pub fn export(
    pane: Pane,
    format: ChartFormat,
    path: &Path,
    snapshot: &Snapshot,
    view: &ViewState,
    searched: Option<&Searched>,
) -> Result<(), String> {
    let size = (1200, 800);
    let write = |chart: &dyn Fn(ChartFormat) -> Result<(), crate::charts::ChartError>| {
        chart(format).map_err(|e| e.to_string())
    };
    match pane {
        Pane::TermChart => {
            let data = term_chart(&snapshot.analysis, snapshot.terms(), view);
            write(&|format| match format {
                ChartFormat::Png => export::write_png(&data.chart, path, size),
                ChartFormat::Svg => export::write_svg(&data.chart, path, size),
            })
        }
        Pane::FigureChart => {
            let chart = figure_chart(snapshot, view.figure_chart);
            write(&|format| match format {
                ChartFormat::Png => export::write_png(&chart, path, size),
                ChartFormat::Svg => export::write_svg(&chart, path, size),
            })
        }
        Pane::Dispersion => {
            let chart = dispersion_chart(snapshot, searched)
                .ok_or_else(|| "search the concordance first".to_string())?;
            write(&|format| match format {
                ChartFormat::Png => export::write_png(&chart, path, size),
                ChartFormat::Svg => export::write_svg(&chart, path, size),
            })
        }
        other => Err(format!("the {} panel has no chart", other.title())),
    }
}
