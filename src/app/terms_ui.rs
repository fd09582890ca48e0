//! The Terms panel: a virtualised, filterable, sortable table of terms or n-grams with
//! frequency, document frequency, rate per 10,000 words and keyness in the selected document.

use std::collections::HashMap;
use std::sync::Arc;

use egui::Ui;
use egui_extras::{Column, TableBuilder};

use crate::engine::keyness::{KeynessOptions, Significance, keyness};
use crate::engine::ngrams::NgramRow;
use crate::engine::terms::TermTable;

use super::command::Command;
use super::panels::PanelContext;
use super::state::{TermSort, TermUnit};
use super::table::{keyboard, sort_header, thousands};

/// One row as shown.
struct Row {
    term: String,
    frequency: u64,
    documents: u32,
    per_10k: f64,
    keyness: Option<f64>,
}

/// The rows of the table, built only for the rows on screen.
enum Rows<'a> {
    Words {
        ids: Arc<Vec<u32>>,
        table: &'a TermTable,
        keyness: Arc<HashMap<u32, f64>>,
    },
    Ngrams {
        rows: Arc<Vec<NgramRow>>,
        order: Arc<Vec<usize>>,
    },
}

impl Rows<'_> {
    fn len(&self) -> usize {
        match self {
            Rows::Words { ids, .. } => ids.len(),
            Rows::Ngrams { order, .. } => order.len(),
        }
    }

    fn row(&self, i: usize) -> Row {
        match self {
            Rows::Words {
                ids,
                table,
                keyness,
            } => {
                let t = ids[i];
                let row = table.row(t);
                Row {
                    term: row.term,
                    frequency: row.frequency,
                    documents: row.documents,
                    per_10k: row.per_10k,
                    keyness: keyness.get(&t).copied(),
                }
            }
            Rows::Ngrams { rows, order } => {
                let r = &rows[order[i]];
                Row {
                    term: r.ngram.clone(),
                    frequency: r.frequency,
                    documents: r.documents,
                    per_10k: r.per_10k,
                    keyness: None,
                }
            }
        }
    }

    fn position(&self, term: &str) -> Option<usize> {
        match self {
            Rows::Words { ids, table, .. } => {
                let id = table.id(term)?;
                ids.iter().position(|&t| t == id)
            }
            Rows::Ngrams { rows, order } => order.iter().position(|&i| rows[i].ngram == term),
        }
    }
}

/// Draws the Terms panel.
pub fn terms_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    ui.style_mut().interaction.selectable_labels = false;
    controls_ui(ui, cx);
    stop_words_ui(ui, cx);
    let unit = cx.view.terms.unit;
    let rows = match unit {
        TermUnit::Words => word_rows(cx),
        TermUnit::Bigrams | TermUnit::Trigrams => {
            let n = if unit == TermUnit::Bigrams { 2 } else { 3 };
            let Some(rows) = ngram_rows(cx, n) else {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(format!("Counting {n}-grams…"));
                });
                return;
            };
            rows
        }
    };
    if rows.len() == 0 {
        ui.label(if cx.view.terms.filter.is_empty() {
            "No terms: every word is a stop word or the corpus has no words."
        } else {
            "No term contains the filter text."
        });
        return;
    }
    table_ui(ui, cx, &rows);
}

fn controls_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    ui.horizontal(|ui| {
        let state = &mut cx.view.terms;
        for (unit, label) in [
            (TermUnit::Words, "Words"),
            (TermUnit::Bigrams, "2-grams"),
            (TermUnit::Trigrams, "3-grams"),
        ] {
            ui.selectable_value(&mut state.unit, unit, label);
        }
        ui.separator();
        let mut hide = cx.settings.stop_words.enabled;
        if ui
            .checkbox(&mut hide, "Hide stop words")
            .on_hover_text("Leave out the, of, and… (recounts the terms)")
            .changed()
        {
            cx.commands.push(Command::SetHideStopWords(hide));
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Filter:");
        ui.add(
            egui::TextEdit::singleline(&mut cx.view.terms.filter)
                .hint_text("part of a term")
                .desired_width(160.0),
        )
        .labelled_by(label.id);
        if let Some(doc) = cx.view.selection.document
            && cx.view.terms.unit == TermUnit::Words
        {
            let title = &cx.snapshot.analysis.documents[doc as usize].title;
            ui.label(
                egui::RichText::new(format!("keyness in {}", crate::charts::shorten(title, 24)))
                    .weak(),
            )
            .on_hover_text(
                "G² of each term in the selected document against the rest of the corpus",
            );
        }
    });
}

/// The user's changes to the stop-word list: add a word, take back additions and removals.
fn stop_words_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    let stop_words = &cx.settings.stop_words;
    let title = format!(
        "Stop words ({} added, {} removed)",
        stop_words.added.len(),
        stop_words.removed.len()
    );
    egui::CollapsingHeader::new(title)
        .id_salt("stop-words")
        .show(ui, |ui| {
            let id = egui::Id::unique("quarry-new-stop-word");
            let mut word: String = ui.data(|d| d.get_temp(id)).unwrap_or_default();
            ui.horizontal(|ui| {
                let label = ui.label("Hide the word:");
                let edit = ui
                    .add(egui::TextEdit::singleline(&mut word).desired_width(120.0))
                    .labelled_by(label.id);
                let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button("Hide").clicked() || entered) && !word.trim().is_empty() {
                    cx.commands.push(Command::EditStopWord {
                        word: std::mem::take(&mut word),
                        stop: true,
                    });
                }
                if ui
                    .button("Show")
                    .on_hover_text("Take the word off the stop-word list")
                    .clicked()
                    && !word.trim().is_empty()
                {
                    cx.commands.push(Command::EditStopWord {
                        word: std::mem::take(&mut word),
                        stop: false,
                    });
                }
            });
            ui.data_mut(|d| d.insert_temp(id, word));
            ui.horizontal_wrapped(|ui| {
                for added in &stop_words.added {
                    if ui
                        .small_button(format!("{added} ×"))
                        .on_hover_text("Show this word again")
                        .clicked()
                    {
                        cx.commands.push(Command::EditStopWord {
                            word: added.clone(),
                            stop: false,
                        });
                    }
                }
                for removed in &stop_words.removed {
                    if ui
                        .small_button(format!("{removed} (shown) ×"))
                        .on_hover_text("Hide this default stop word again")
                        .clicked()
                    {
                        cx.commands.push(Command::EditStopWord {
                            word: removed.clone(),
                            stop: true,
                        });
                    }
                }
            });
            ui.label(egui::RichText::new("Right-click a term to hide it or show it.").weak());
        });
}

fn keyness_of_selected(cx: &mut PanelContext<'_>) -> Arc<HashMap<u32, f64>> {
    let doc = cx.view.selection.document;
    let snapshot = cx.snapshot;
    cx.caches
        .keyness
        .get((cx.data_version, doc), || {
            let Some(doc) = doc else {
                return Arc::default();
            };
            let result = keyness(
                &snapshot.analysis.index,
                snapshot.terms(),
                &[doc],
                KeynessOptions {
                    min_significance: Significance::None,
                    negative: false,
                    limit: usize::MAX,
                },
            );
            Arc::new(result.positive.iter().map(|k| (k.id, k.g2)).collect())
        })
        .clone()
}

fn word_rows<'a>(cx: &mut PanelContext<'a>) -> Rows<'a> {
    let keyness_map = keyness_of_selected(cx);
    let table = cx.snapshot.terms();
    let state = &cx.view.terms;
    let filter = state.filter.to_lowercase();
    let sort = state.sort;
    let key = (
        cx.data_version,
        format!("{filter}\u{0}{sort:?}\u{0}{:?}", cx.view.selection.document),
    );
    // The frequency order of every term, made with the term table.
    let all = table.top(usize::MAX);
    let ids =
        cx.caches
            .terms
            .get(key, || {
                let folded = table.settings.fold_case;
                let mut ids: Vec<u32> = if filter.is_empty() {
                    all.to_vec()
                } else {
                    all.iter()
                        .copied()
                        .filter(|&t| {
                            let term = table.terms.get(t);
                            if folded {
                                term.contains(filter.as_str())
                            } else {
                                term.to_lowercase().contains(filter.as_str())
                            }
                        })
                        .collect()
                };
                match sort {
                    TermSort::Frequency => {}
                    TermSort::Term => ids.sort_unstable(),
                    TermSort::Documents => ids
                        .sort_by_key(|&t| (std::cmp::Reverse(table.doc_frequency[t as usize]), t)),
                    TermSort::Keyness => ids.sort_by(|a, b| {
                        let ka = keyness_map.get(a).copied().unwrap_or(f64::NEG_INFINITY);
                        let kb = keyness_map.get(b).copied().unwrap_or(f64::NEG_INFINITY);
                        kb.total_cmp(&ka).then(a.cmp(b))
                    }),
                }
                Arc::new(ids)
            })
            .clone();
    Rows::Words {
        ids,
        table,
        keyness: keyness_map,
    }
}

fn ngram_rows<'a>(cx: &mut PanelContext<'a>, n: usize) -> Option<Rows<'a>> {
    let Some(rows) = cx.caches.ngrams.rows.get(&n).cloned() else {
        cx.commands.push(Command::CountNgrams(n));
        return None;
    };
    let filter = cx.view.terms.filter.to_lowercase();
    let key = (cx.data_version, format!("{n}\u{0}{filter}"));
    let order = cx
        .caches
        .ngram_view
        .get(key, || {
            Arc::new(
                (0..rows.len())
                    .filter(|&i| filter.is_empty() || rows[i].ngram.contains(&filter))
                    .collect(),
            )
        })
        .clone();
    Some(Rows::Ngrams { rows, order })
}

fn table_ui(ui: &mut Ui, cx: &mut PanelContext<'_>, rows: &Rows<'_>) {
    let selected_term = cx.view.selection.term.clone();
    // The row is looked up once per table order (everything that decides it) and selection,
    // not every frame.
    let state = &cx.view.terms;
    let order = format!(
        "{}\u{0}{:?}\u{0}{}\u{0}{:?}\u{0}{:?}\u{0}{}",
        cx.data_version,
        state.unit,
        state.filter,
        state.sort,
        cx.view.selection.document,
        selected_term.as_deref().unwrap_or("")
    );
    let selected_row = *cx.caches.term_row.get(order, || {
        selected_term.as_deref().and_then(|t| rows.position(t))
    });
    let moved = keyboard(ui, rows.len(), selected_row);
    if let Some(row) = moved.row {
        cx.commands.push(Command::SelectTerm(rows.row(row).term));
    }
    if moved.activate
        && let Some(term) = &selected_term
    {
        cx.commands.push(Command::SelectTerm(term.clone()));
    }
    ui.label(format!("{} terms", thousands(rows.len() as u64)));
    let sort = cx.view.terms.sort;
    let mut clicked_sort = None;
    let mut table = TableBuilder::new(ui)
        .id_salt("terms-table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .column(Column::initial(150.0).at_least(60.0).clip(true))
        .column(Column::auto().at_least(60.0))
        .column(Column::auto().at_least(44.0))
        .column(Column::auto().at_least(56.0))
        .column(Column::remainder().at_least(56.0));
    if let Some(row) = moved.row {
        table = table.scroll_to_row(row, None);
    }
    table
        .header(22.0, |mut header| {
            for (label, column) in [
                ("Term", TermSort::Term),
                ("Freq.", TermSort::Frequency),
                ("Docs", TermSort::Documents),
            ] {
                header.col(|ui| {
                    if sort_header(ui, label, sort == column, column != TermSort::Term) {
                        clicked_sort = Some(column);
                    }
                });
            }
            header.col(|ui| {
                ui.strong("Per 10k")
                    .on_hover_text("Occurrences per 10,000 words of the corpus");
            });
            header.col(|ui| {
                if sort_header(ui, "Keyness", sort == TermSort::Keyness, true) {
                    clicked_sort = Some(TermSort::Keyness);
                }
            });
        })
        .body(|body| {
            body.rows(20.0, rows.len(), |mut row| {
                let r = rows.row(row.index());
                row.set_selected(selected_term.as_deref() == Some(r.term.as_str()));
                row.col(|ui| {
                    ui.label(&r.term);
                });
                row.col(|ui| {
                    ui.label(thousands(r.frequency));
                });
                row.col(|ui| {
                    ui.label(r.documents.to_string());
                });
                row.col(|ui| {
                    ui.label(format!("{:.2}", r.per_10k));
                });
                row.col(|ui| {
                    if let Some(g2) = r.keyness {
                        ui.label(format!("{g2:.1}")).on_hover_text(
                            "G² log-likelihood: 3.84 is p < 0.05, 15.13 is p < 0.0001",
                        );
                    }
                });
                let response = row.response();
                let single_word = !r.term.contains(' ');
                response.context_menu(|ui| {
                    if !single_word {
                        ui.label("Stop words are single words.");
                        return;
                    }
                    if ui
                        .button(format!("Hide “{}” as a stop word", r.term))
                        .clicked()
                    {
                        cx.commands.push(Command::EditStopWord {
                            word: r.term.clone(),
                            stop: true,
                        });
                        ui.close();
                    }
                });
                if response.clicked() {
                    cx.commands.push(Command::SelectTerm(r.term));
                }
            });
        });
    if let Some(column) = clicked_sort {
        cx.view.terms.sort = column;
    }
}
