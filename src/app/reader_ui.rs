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
    // Sweep the cuts keeping the marks that cover the current piece; the latest mark wins.
    let mut starting: Vec<usize> = (0..marks.len()).collect();
    starting.sort_by_key(|&i| marks[i].0);
    let mut next = 0;
    let mut active: std::collections::BTreeSet<usize> = std::collections::BTreeSet::new();
    let mut job = LayoutJob::default();
    for pair in cuts.windows(2) {
        let (s, e) = (pair[0], pair[1]);
        while next < starting.len() && marks[starting[next]].0 <= s {
            active.insert(starting[next]);
            next += 1;
        }
        active.retain(|&i| marks[i].1 > s);
        let Some(piece) = text.get(s..e) else {
            continue;
        };
        let colour = active
            .iter()
            .next_back()
            .filter(|&&i| marks[i].0 < marks[i].1)
            .map(|&i| marks[i].2);
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

/// Byte ranges of the selected term's hits in `doc`, from the last concordance (cached: a
/// frequent term has hundreds of thousands of hits).
fn term_ranges(cx: &mut PanelContext<'_>, doc: DocId) -> std::sync::Arc<Vec<(usize, usize)>> {
    let Some(searched) = cx.searched else {
        return std::sync::Arc::default();
    };
    let Ok(concordance) = &searched.result else {
        return std::sync::Arc::default();
    };
    let key = (
        cx.data_version,
        doc,
        searched.query.clone(),
        concordance.hits.len(),
    );
    let snapshot = cx.snapshot;
    cx.caches
        .reader_terms
        .get(key, || {
            std::sync::Arc::new(hit_ranges(snapshot, concordance, doc))
        })
        .clone()
}

fn hit_ranges(
    snapshot: &super::snapshot::Snapshot,
    concordance: &crate::engine::kwic::Concordance,
    doc: DocId,
) -> Vec<(usize, usize)> {
    let tokens = snapshot.analysis.index.doc(doc);
    let text = &snapshot.analysis.documents[doc as usize].text;
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
    let relations = cx.relations;
    let selected_name = cx.view.selection.name.clone();
    let names = cx
        .caches
        .reader_names
        .get((cx.versions(), doc, selected_name.clone()), || {
            let (Some(relations), Some(selected)) = (relations, selected_name) else {
                return std::sync::Arc::default();
            };
            let mentions = relations
                .names
                .iter()
                .filter(|n| n.name == selected)
                .flat_map(|n| n.mentions.iter())
                .filter(|m| m.doc == doc)
                .map(|m| (m.start as usize, m.end as usize))
                .collect();
            std::sync::Arc::new(mentions)
        })
        .clone();
    let passages = cx.relations.map(|r| (r, r.passages_of(doc)));
    let focus = cx.focus.filter(|f| f.doc == doc && f.end > f.start);
    let scroll = std::mem::take(cx.scroll_to_focus);
    let text = &document.text;

    let blocks = cx
        .caches
        .reader_blocks
        .get(doc, || {
            std::sync::Arc::new(blocks_of(text, &document.paragraphs))
        })
        .clone();
    let paragraphs = &*blocks;
    // Paragraph heights: measured once drawn, estimated before; kept per document and width.
    let width = (ui.available_width() - 24.0).max(80.0);
    let heights = cx
        .caches
        .reader_heights
        .get((doc, width.round() as u32), || {
            let row = ui.text_style_height(&egui::TextStyle::Body) + 2.0;
            let per_line = (width / 7.0).max(10.0);
            paragraphs
                .iter()
                .map(|p| {
                    let chars = text
                        .get(p.start as usize..p.end as usize)
                        .map_or(0, |t| t.chars().count());
                    (chars as f32 / per_line).ceil().max(1.0) * row + GAP
                })
                .collect::<Vec<f32>>()
        });
    let mut heights = heights.clone();
    let mut tops = Vec::with_capacity(heights.len() + 1);
    let mut y = 0.0;
    for h in &heights {
        tops.push(y);
        y += h;
    }
    let total = y;
    let focus_paragraph = focus.and_then(|f| {
        let k = paragraphs.partition_point(|p| p.end <= f.start);
        (k < paragraphs.len()).then_some(k)
    });
    let mut measured = false;

    egui::ScrollArea::vertical()
        .id_salt(("reader", doc))
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            ui.set_min_height(total);
            let origin = ui.min_rect().min;
            if scroll && let Some(k) = focus_paragraph {
                let rect = egui::Rect::from_min_size(
                    origin + egui::vec2(0.0, tops[k]),
                    egui::vec2(width, heights[k]),
                );
                ui.scroll_to_rect(rect, Some(Align::Center));
            }
            let first = tops
                .partition_point(|&t| t <= viewport.min.y)
                .saturating_sub(1);
            for k in first..paragraphs.len() {
                if tops[k] > viewport.max.y {
                    break;
                }
                let paragraph = paragraphs[k];
                let (ps, pe) = (paragraph.start as usize, paragraph.end as usize);
                let Some(body) = text.get(ps..pe) else {
                    continue;
                };
                let mut marks: Vec<(usize, usize, Color32)> = Vec::new();
                let local = |s: usize, e: usize| (s.max(ps) - ps, e.min(pe).max(ps) - ps);
                let from = figures.partition_point(|f| (f.end as usize) <= ps);
                for f in figures[from..]
                    .iter()
                    .take_while(|f| (f.start as usize) < pe)
                {
                    let (s, e) = local(f.start as usize, f.end as usize);
                    marks.push((s, e, FIGURE));
                }
                for &(s, e) in names.iter().filter(|&&(s, e)| s < pe && e > ps) {
                    let (s, e) = local(s, e);
                    marks.push((s, e, NAME));
                }
                let from = terms.partition_point(|&(_, e)| e <= ps);
                for &(s, e) in terms[from..].iter().take_while(|&&(s, _)| s < pe) {
                    let (s, e) = local(s, e);
                    marks.push((s, e, TERM));
                }
                let focus_here = focus.filter(|f| (f.start as usize) < pe && f.end as usize > ps);
                if let Some(f) = focus_here {
                    let (s, e) = local(f.start as usize, f.end as usize);
                    marks.push((s, e, FOCUS));
                }
                let linked = passages.as_ref().is_some_and(|(relations, range)| {
                    let passages = &relations.links.passages[range.clone()];
                    let at = passages.partition_point(|p| (p.span.end as usize) <= ps);
                    passages[at..]
                        .iter()
                        .enumerate()
                        .take_while(|(_, p)| (p.span.start as usize) < pe)
                        .any(|(i, _)| !relations.links_of(range.start + at + i).is_empty())
                });
                let job = highlighted(ui, body, &marks);
                let rect = egui::Rect::from_min_size(
                    origin + egui::vec2(0.0, tops[k]),
                    egui::vec2(width + 12.0, heights[k]),
                );
                let (response, galley) = ui
                    .scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
                        ui.horizontal_top(|ui| {
                            let (bar, _) =
                                ui.allocate_exact_size(egui::vec2(4.0, 14.0), Sense::hover());
                            if linked {
                                ui.painter()
                                    .rect_filled(bar, 1.0, ui.visuals().hyperlink_color);
                            }
                            let mut job = job;
                            job.wrap.max_width = width;
                            let galley = ui.painter().layout_job(job);
                            let response =
                                ui.add(egui::Label::new(galley.clone()).sense(Sense::click()));
                            (response, galley)
                        })
                        .inner
                    })
                    .inner;
                let real = galley.size().y + GAP;
                if (real - heights[k]).abs() > 0.5 {
                    heights[k] = real;
                    measured = true;
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
            }
        });
    if measured {
        cx.caches
            .reader_heights
            .set((doc, width.round() as u32), heights);
        // Measured heights move the paragraphs: scroll again until the layout settles.
        *cx.scroll_to_focus |= scroll;
        ui.ctx().request_repaint();
    }
}

/// Space between paragraphs.
const GAP: f32 = 6.0;

/// The longest block of text laid out as one piece; longer paragraphs are cut at line, sentence
/// or word ends so that only what is on screen is laid out.
const MAX_BLOCK: usize = 4096;

/// The paragraphs of a text as display blocks of at most about [`MAX_BLOCK`] bytes.
fn blocks_of(
    text: &str,
    paragraphs: &[crate::engine::segment::Span],
) -> Vec<crate::engine::segment::Span> {
    let mut blocks = Vec::with_capacity(paragraphs.len());
    for paragraph in paragraphs {
        let (mut start, end) = (paragraph.start as usize, paragraph.end as usize);
        while end - start > MAX_BLOCK {
            let mut limit = start + MAX_BLOCK;
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            let window = &text[start..limit];
            let cut = window
                .rfind('\n')
                .or_else(|| window.rfind(". ").map(|i| i + 1))
                .or_else(|| window.rfind(' '))
                .filter(|&i| i > 0)
                .map_or(limit, |i| start + i + 1);
            blocks.push(crate::engine::segment::Span::new(start, cut));
            start = cut;
        }
        if end > start {
            blocks.push(crate::engine::segment::Span::new(start, end));
        }
    }
    blocks
}

fn legend(ui: &mut Ui, colour: Color32, label: &str) {
    ui.label(
        RichText::new(format!(" {label} "))
            .background_color(colour)
            .color(Color32::BLACK),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::segment::Span;

    #[test]
    fn long_paragraphs_are_cut_at_line_ends_and_cover_the_text() {
        let line = "The court heard 20,000 cases in 2024, the registry said.\n";
        let text = line.repeat(300);
        let blocks = blocks_of(&text, &[Span::new(0, text.len())]);
        assert!(blocks.len() > 1);
        assert!(
            blocks
                .iter()
                .all(|b| (b.end - b.start) as usize <= MAX_BLOCK)
        );
        // Contiguous, complete, and cut after a newline.
        assert_eq!(blocks[0].start, 0);
        assert_eq!(blocks.last().unwrap().end as usize, text.len());
        for pair in blocks.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
            assert_eq!(&text[pair[0].end as usize - 1..pair[0].end as usize], "\n");
        }
        // Short paragraphs are kept whole.
        let short = blocks_of("One. Two.", &[Span::new(0, 4), Span::new(5, 9)]);
        assert_eq!(short, [Span::new(0, 4), Span::new(5, 9)]);
    }
}
