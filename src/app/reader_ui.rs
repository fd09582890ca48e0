//! The Reader: the selected document's text with the selected term, figures, names and linked
//! passages highlighted; a gutter marks passages that have links; clicking a figure or a marked
//! passage selects it.

use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Color32, FontId, RichText, Sense, Ui};

use crate::engine::corpus::DocId;

use super::command::Command;
use super::panels::PanelContext;

/// Highlight colours, lowest priority first.
const FIGURE: Color32 = Color32::from_rgb(166, 206, 255);
const NAME: Color32 = Color32::from_rgb(190, 235, 190);
const TERM: Color32 = Color32::from_rgb(255, 214, 102);
const FOCUS: Color32 = Color32::from_rgb(255, 150, 80);

/// Lays out `text` with the byte ranges in `marks` given a background colour; where ranges
/// overlap the later one wins.
pub fn highlighted(ui: &Ui, text: &str, marks: &[(usize, usize, Color32)]) -> LayoutJob {
    let font = FontId::proportional(14.0);
    let plain = TextFormat {
        font_id: font.clone(),
        color: ui.visuals().text_color(),
        ..TextFormat::default()
    };
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for &(s, e, _) in marks {
        cuts.push(s.min(text.len()));
        cuts.push(e.min(text.len()));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut job = LayoutJob::default();
    for pair in cuts.windows(2) {
        let (s, e) = (pair[0], pair[1]);
        let Some(piece) = text.get(s..e) else {
            continue;
        };
        let colour = marks
            .iter()
            .rev()
            .find(|&&(ms, me, _)| ms <= s && e <= me && ms < me)
            .map(|&(_, _, c)| c);
        let format = match colour {
            Some(background) => TextFormat {
                background,
                color: Color32::BLACK,
                ..plain.clone()
            },
            None => plain.clone(),
        };
        job.append(piece, 0.0, format);
    }
    job.wrap.max_width = f32::INFINITY;
    job
}

/// Byte ranges of the selected term's hits in `doc`, from the last concordance.
fn term_ranges(cx: &PanelContext<'_>, doc: DocId) -> Vec<(usize, usize)> {
    let Some(searched) = cx.searched else {
        return Vec::new();
    };
    let Ok(concordance) = &searched.result else {
        return Vec::new();
    };
    let tokens = cx.snapshot.analysis.index.doc(doc);
    let text = &cx.snapshot.analysis.documents[doc as usize].text;
    let first = concordance.hits.partition_point(|h| h.doc < doc);
    concordance.hits[first..]
        .iter()
        .take_while(|h| h.doc == doc)
        .map(|h| {
            (
                tokens.start(h.first as usize),
                tokens.end(text, h.last as usize),
            )
        })
        .collect()
}

/// Draws the Reader.
pub fn reader_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    let analysis = cx.snapshot.analysis.clone();
    let Some(doc) = cx
        .view
        .selection
        .document
        .filter(|&d| (d as usize) < analysis.documents.len())
    else {
        ui.label("Select a document, figure, passage or concordance line to read it here.");
        return;
    };
    let document = &analysis.documents[doc as usize];
    ui.horizontal(|ui| {
        if ui
            .small_button("◀")
            .on_hover_text("Previous document")
            .clicked()
            && doc > 0
        {
            cx.commands.push(Command::SelectDocument(doc - 1));
        }
        if ui
            .small_button("▶")
            .on_hover_text("Next document")
            .clicked()
            && (doc as usize) + 1 < analysis.documents.len()
        {
            cx.commands.push(Command::SelectDocument(doc + 1));
        }
        ui.add(egui::Label::new(RichText::new(&document.title).strong()).truncate());
    });
    ui.add(
        egui::Label::new(
            RichText::new(format!(
                "{} · {} words · {} figures · {}",
                document.path,
                cx.snapshot.words(doc),
                cx.snapshot.doc_figures[doc as usize].len(),
                document.encoding
            ))
            .weak(),
        )
        .truncate(),
    );
    ui.horizontal_wrapped(|ui| {
        legend(ui, TERM, "term");
        legend(ui, FIGURE, "figure");
        legend(ui, NAME, "name");
        legend(ui, FOCUS, "selected");
        ui.label(RichText::new("▌ linked passage").color(ui.visuals().hyperlink_color));
    });
    ui.separator();

    let figures = &analysis.figures[cx.snapshot.doc_figures[doc as usize].clone()];
    let first_figure = cx.snapshot.doc_figures[doc as usize].start;
    let terms = term_ranges(cx, doc);
    let names: Vec<(usize, usize)> = match (cx.relations, cx.view.selection.name.as_deref()) {
        (Some(relations), Some(selected)) => relations
            .names
            .iter()
            .filter(|n| n.name == selected)
            .flat_map(|n| n.mentions.iter())
            .filter(|m| m.doc == doc)
            .map(|m| (m.start as usize, m.end as usize))
            .collect(),
        _ => Vec::new(),
    };
    let passages = cx.relations.map(|r| (r, r.passages_of(doc)));
    let focus = cx.focus.filter(|f| f.doc == doc && f.end > f.start);
    let scroll = std::mem::take(cx.scroll_to_focus);
    let text = &document.text;

    egui::ScrollArea::vertical()
        .id_salt(("reader", doc))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for paragraph in &document.paragraphs {
                let (ps, pe) = (paragraph.start as usize, paragraph.end as usize);
                let Some(body) = text.get(ps..pe) else {
                    continue;
                };
                let mut marks: Vec<(usize, usize, Color32)> = Vec::new();
                let local = |s: usize, e: usize| (s.max(ps) - ps, e.min(pe).max(ps) - ps);
                for f in figures
                    .iter()
                    .filter(|f| (f.start as usize) < pe && f.end as usize > ps)
                {
                    let (s, e) = local(f.start as usize, f.end as usize);
                    marks.push((s, e, FIGURE));
                }
                for &(s, e) in names.iter().filter(|&&(s, e)| s < pe && e > ps) {
                    let (s, e) = local(s, e);
                    marks.push((s, e, NAME));
                }
                for &(s, e) in terms.iter().filter(|&&(s, e)| s < pe && e > ps) {
                    let (s, e) = local(s, e);
                    marks.push((s, e, TERM));
                }
                let focus_here = focus.filter(|f| (f.start as usize) < pe && f.end as usize > ps);
                if let Some(f) = focus_here {
                    let (s, e) = local(f.start as usize, f.end as usize);
                    marks.push((s, e, FOCUS));
                }
                let linked = passages.as_ref().and_then(|(relations, range)| {
                    range.clone().find(|&p| {
                        let span = relations.links.passages[p].span;
                        (span.start as usize) < pe
                            && span.end as usize > ps
                            && !relations.passage_links[p].is_empty()
                    })
                });
                let job = highlighted(ui, body, &marks);
                let response = ui
                    .horizontal(|ui| {
                        let (bar, _) =
                            ui.allocate_exact_size(egui::vec2(4.0, 14.0), Sense::hover());
                        if linked.is_some() {
                            ui.painter()
                                .rect_filled(bar, 1.0, ui.visuals().hyperlink_color);
                        }
                        let mut job = job;
                        job.wrap.max_width = ui.available_width();
                        let galley = ui.painter().layout_job(job);
                        let response =
                            ui.add(egui::Label::new(galley.clone()).sense(Sense::click()));
                        (response, galley)
                    })
                    .inner;
                let (response, galley) = response;
                if scroll && focus_here.is_some() {
                    response.scroll_to_me(Some(Align::Center));
                }
                if response.clicked()
                    && let Some(pos) = response.interact_pointer_pos()
                {
                    let cursor = galley.cursor_from_pos(pos - response.rect.min);
                    let offset = body
                        .char_indices()
                        .nth(cursor.index.0)
                        .map_or(body.len(), |(b, _)| b)
                        + ps;
                    let figure = figures
                        .iter()
                        .position(|f| f.start as usize <= offset && offset < f.end as usize);
                    if let Some(i) = figure {
                        cx.commands.push(Command::SelectFigure(first_figure + i));
                    } else if let Some((relations, _)) = &passages
                        && let Some(p) = relations.links.passage_at(doc, offset as u32)
                    {
                        cx.commands.push(Command::SelectPassage(p));
                    }
                }
                ui.add_space(6.0);
            }
        });
}

fn legend(ui: &mut Ui, colour: Color32, label: &str) {
    ui.label(
        RichText::new(format!(" {label} "))
            .background_color(colour)
            .color(Color32::BLACK),
    );
}
