//! The Passages panel: the selected passage, its links grouped by kind with their evidence
//! highlighted, and a click through to the other passage.

use egui::{Color32, RichText, Ui};

use crate::engine::links::{Evidence, Link, LinkKind, Links};

use super::command::Command;
use super::panels::PanelContext;
use super::reader_ui::highlighted;
use super::snapshot::Relations;
use crate::workspace::model::Target;

/// Boilerplate runs, and common names, listed in the overview (the report lists all).
const SET_ASIDE_SHOWN: usize = 200;

fn kind_title(kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::Reuse => "Reused text",
        LinkKind::SameFigure => "Same figure",
        LinkKind::ConflictingFigure => "Conflicting figure",
        LinkKind::RelatedFigure => "Related figure (other period)",
        LinkKind::SameNames => "Same rare names",
        LinkKind::Similar => "Similar wording",
    }
}

/// The byte ranges (in the document) that a link's evidence points at, for passage `p`.
fn evidence_ranges(cx: &PanelContext<'_>, links: &Links, link: &Link, p: usize) -> Vec<(u32, u32)> {
    let on_a = link.a == p;
    let analysis = &cx.snapshot.analysis;
    match links.evidence(link, &analysis.documents, &analysis.index) {
        Evidence::SharedText {
            spans_a, spans_b, ..
        } => {
            let spans = if on_a { spans_a } else { spans_b };
            spans.iter().map(|s| (s.start, s.end)).collect()
        }
        Evidence::Figures { pairs, .. } => pairs
            .iter()
            .map(|&(a, b)| if on_a { a } else { b })
            .filter_map(|f| cx.snapshot.analysis.figures.get(f))
            .map(|f| (f.start, f.end))
            .collect(),
        Evidence::Names { .. } | Evidence::Terms { .. } => Vec::new(),
    }
}

fn evidence_words(cx: &PanelContext<'_>, links: &Links, link: &Link) -> String {
    let analysis = &cx.snapshot.analysis;
    (links.evidence(link, &analysis.documents, &analysis.index)).words(&analysis.figures)
}

fn passage_text_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    relations: &Relations,
    p: usize,
    marks: &[(u32, u32)],
) {
    let passage = relations.links.passages[p];
    let document = &cx.snapshot.analysis.documents[passage.doc as usize];
    let (start, end) = (passage.span.start as usize, passage.span.end as usize);
    let Some(text) = document.text.get(start..end) else {
        return;
    };
    let local: Vec<(usize, usize, Color32)> = marks
        .iter()
        .filter(|&&(s, e)| s as usize >= start && e as usize <= end)
        .map(|&(s, e)| {
            (
                s as usize - start,
                e as usize - start,
                Color32::from_rgb(255, 214, 102),
            )
        })
        .collect();
    ui.label(highlighted(ui, text, &local));
}

/// Draws the Passages panel.
pub fn passages_ui(ui: &mut Ui, cx: &mut PanelContext<'_>) {
    let Some(relations) = cx.relations else {
        if cx.relating {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Linking passages…");
            });
        } else {
            ui.label("Names and passage links were not computed: the analysis was stopped. Open the corpus again to find them.");
        }
        return;
    };
    let Some(p) = cx
        .view
        .selection
        .passage
        .filter(|&p| p < relations.links.passages.len())
    else {
        overview_ui(ui, cx, relations);
        return;
    };
    let passage = relations.links.passages[p];
    let document = &cx.snapshot.analysis.documents[passage.doc as usize];
    ui.horizontal(|ui| {
        ui.strong(format!("{} · passage {}", document.path, passage.index + 1));
        if ui.small_button("All links").clicked() {
            cx.view.selection.passage = None;
        }
    });
    let id = format!("{}#{}", document.path, passage.index);
    egui::CollapsingHeader::new("Note and pin")
        .id_salt(("passage-note", p))
        .show(ui, |ui| {
            super::notes_ui::note_ui(
                ui,
                Target::Passage(id),
                cx.notes,
                Some(&mut cx.pinned.passages),
            );
        });
    let links = relations.links_of(p);
    egui::ScrollArea::vertical()
        .id_salt("passage-links")
        .show(ui, |ui| {
            let all_marks: Vec<(u32, u32)> = links
                .iter()
                .flat_map(|&l| {
                    evidence_ranges(cx, &relations.links, &relations.links.links[l as usize], p)
                })
                .collect();
            ui.group(|ui| passage_text_ui(ui, cx, relations, p, &all_marks));
            if links.is_empty() {
                ui.label("No other passage repeats, cites or disputes this one.");
                return;
            }
            for kind in LinkKind::ALL {
                let of_kind: Vec<&Link> = links
                    .iter()
                    .map(|&l| &relations.links.links[l as usize])
                    .filter(|l| l.kind == kind)
                    .collect();
                if of_kind.is_empty() {
                    continue;
                }
                ui.add_space(4.0);
                let title =
                    RichText::new(format!("{} ({})", kind_title(kind), of_kind.len())).strong();
                ui.label(if kind == LinkKind::ConflictingFigure {
                    title.color(ui.visuals().error_fg_color)
                } else {
                    title
                });
                for link in of_kind.into_iter().take(50) {
                    let other = if link.a == p { link.b } else { link.a };
                    let other_passage = relations.links.passages[other];
                    let other_doc = &cx.snapshot.analysis.documents[other_passage.doc as usize];
                    ui.group(|ui| {
                        let go = ui
                            .link(format!(
                                "{} · passage {} — score {:.2}",
                                other_doc.path,
                                other_passage.index + 1,
                                link.score
                            ))
                            .on_hover_text("Open this passage");
                        ui.label(RichText::new(evidence_words(cx, &relations.links, link)).weak());
                        passage_text_ui(
                            ui,
                            cx,
                            relations,
                            other,
                            &evidence_ranges(cx, &relations.links, link, other),
                        );
                        if go.clicked() {
                            cx.commands.push(Command::SelectPassage(other));
                        }
                    });
                }
            }
        });
}

/// With no passage selected: the links a fact-checker looks at first.
fn overview_ui(ui: &mut Ui, cx: &mut PanelContext<'_>, relations: &Relations) {
    set_aside_ui(ui, cx, relations);
    let links = &relations.links.links;
    if links.is_empty() {
        ui.label("No passages repeat, cite or dispute each other.");
        return;
    }
    if !cx.pinned.passages.is_empty() {
        ui.label(RichText::new("Pinned passages").strong());
        for id in cx.pinned.passages.clone() {
            match relations.passage_by_id(cx.snapshot, &id) {
                Some(p) => {
                    if ui.link(&id).on_hover_text("Open this passage").clicked() {
                        cx.commands.push(Command::SelectPassage(p));
                    }
                }
                None => {
                    ui.label(RichText::new(format!("{id} (not in this corpus any more)")).weak());
                }
            }
        }
        ui.separator();
    }
    ui.label("Click a marked passage in the Reader, or a link below.");
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    egui::ScrollArea::vertical()
        .id_salt("links-overview")
        .show_rows(ui, 20.0, links.len(), |ui, rows| {
            for row in rows {
                let link = &links[relations.overview_link(row)];
                let (a, b) = (
                    relations.links.passages[link.a],
                    relations.links.passages[link.b],
                );
                let docs = &cx.snapshot.analysis.documents;
                let text = format!(
                    "{}: {} ↔ {}",
                    kind_title(link.kind),
                    docs[a.doc as usize].path,
                    docs[b.doc as usize].path
                );
                if ui
                    .link(text)
                    .on_hover_text(evidence_words(cx, &relations.links, link))
                    .clicked()
                {
                    cx.commands.push(Command::SelectPassage(link.a));
                }
            }
        });
}

/// What linking left out, so a reader knows why a footer or a head of state links nothing:
/// boilerplate runs of text and names too common to link by. A name opens in the Names panel.
fn set_aside_ui(ui: &mut Ui, cx: &mut PanelContext<'_>, relations: &Relations) {
    let (boilerplate, common) = (&relations.links.boilerplate, &relations.links.common_names);
    if boilerplate.is_empty() && common.is_empty() {
        return;
    }
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    egui::CollapsingHeader::new(format!(
        "Set aside: {}, {}",
        count(boilerplate.len(), "boilerplate run", "boilerplate runs"),
        count(common.len(), "common name", "common names")
    ))
    .id_salt("set-aside")
    .show(ui, |ui| {
        ui.label(
            RichText::new(
                "Text found in too many passages, and names in too many documents or \
                 passages, link nothing by themselves.",
            )
            .weak(),
        );
        egui::ScrollArea::vertical()
            .id_salt("set-aside-list")
            .max_height(180.0)
            .show(ui, |ui| {
                for shingle in boilerplate.iter().take(SET_ASIDE_SHOWN) {
                    ui.label(format!(
                        "“{}” — {} passages",
                        shingle.text, shingle.passages
                    ));
                }
                for name in common.iter().take(SET_ASIDE_SHOWN) {
                    let counts = match name.passages {
                        Some(passages) => format!("{passages} passages"),
                        None => format!("{} documents", name.documents),
                    };
                    if ui
                        .link(format!("{} — {counts}", name.name))
                        .on_hover_text("Show this name's mentions")
                        .clicked()
                    {
                        cx.commands.push(Command::SelectName(name.name.clone()));
                    }
                }
                let hidden = boilerplate.len().saturating_sub(SET_ASIDE_SHOWN)
                    + common.len().saturating_sub(SET_ASIDE_SHOWN);
                if hidden > 0 {
                    ui.label(
                        RichText::new(format!("… and {hidden} more, listed in the report")).weak(),
                    );
                }
            });
    });
}
