//! Shows a [`Chart`] in a panel: drawn through the egui backend, with the exact value under the
//! pointer in a tooltip and the clicked datum returned.

use egui::{Sense, Ui};
use plotters::prelude::IntoDrawingArea;

use crate::charts::painter::EguiBackend;
use crate::charts::{Chart, Hit};

/// Where the hit areas of the chart called `name` are kept in egui's temporary memory, as
/// `Vec<(egui::Rect, category, series)>` in screen points.
pub fn hit_areas_id(name: &str) -> egui::Id {
    egui::Id::unique(("quarry-chart-hits", name))
}

/// Draws `chart` in the space left in `ui` (at least `min_height` tall); returns the hit area
/// that was clicked, if any. `name` is the chart's accessible name.
pub fn chart_ui(ui: &mut Ui, chart: &impl Chart, name: &str, min_height: f32) -> Option<Hit> {
    let size = egui::vec2(
        ui.available_width().max(240.0),
        ui.available_height().max(min_height),
    );
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, name));
    let painter = ui.painter_at(rect);
    let area = EguiBackend::new(&painter, rect).into_drawing_area();
    let hits = match chart.draw(&area) {
        Ok(hits) => hits,
        Err(error) => {
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                error.to_string(),
                egui::FontId::proportional(13.0),
                ui.visuals().error_fg_color,
            );
            return None;
        }
    };
    // Where each datum was drawn, in screen points (for tests and tools).
    let areas: Vec<(egui::Rect, usize, usize)> = hits
        .iter()
        .map(|h| {
            let (l, t, r, b) = h.rect;
            let rect = egui::Rect::from_min_max(
                rect.min + egui::vec2(l as f32, t as f32),
                rect.min + egui::vec2(r as f32, b as f32),
            );
            (rect, h.category, h.series)
        })
        .collect();
    ui.data_mut(|d| d.insert_temp(hit_areas_id(name), areas));
    let hit_at = |pos: egui::Pos2| {
        let local = pos - rect.min;
        hits.iter()
            .find(|h| h.contains(local.x.round() as i32, local.y.round() as i32))
            .cloned()
    };
    let hovered = response.hover_pos().and_then(hit_at);
    let clicked = if response.clicked() {
        response.interact_pointer_pos().and_then(hit_at)
    } else {
        None
    };
    if let Some(hit) = hovered {
        let (l, t, r, b) = hit.rect;
        painter.rect_stroke(
            egui::Rect::from_min_max(
                rect.min + egui::vec2(l as f32, t as f32),
                rect.min + egui::vec2(r as f32, b as f32),
            ),
            2.0,
            egui::Stroke::new(1.0, ui.visuals().hyperlink_color),
            egui::StrokeKind::Outside,
        );
        response.on_hover_text_at_pointer(format!("{}\nClick to select", hit.label));
    }
    clicked
}
