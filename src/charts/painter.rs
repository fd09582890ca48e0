//! A plotters [`DrawingBackend`] that paints with an [`egui::Painter`], so chart definitions draw
//! on screen exactly as they export. Backend pixels are egui points from the top-left corner of
//! the chart's rectangle; text is laid out by egui with its own fonts.

use egui::epaint::{Mesh, PathStroke, TextShape};
use egui::{Color32, FontId, Painter, Pos2, Rect, Stroke, StrokeKind, Vec2, pos2};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};

/// The backend never fails; this error type only satisfies the trait.
#[derive(Debug, thiserror::Error)]
#[error("egui painter error")]
pub struct PainterError;

/// Draws plotters elements into `rect` of an egui painter.
pub struct EguiBackend<'a> {
    painter: &'a Painter,
    rect: Rect,
}

impl<'a> EguiBackend<'a> {
    /// A backend covering `rect` (in points) of `painter`.
    pub fn new(painter: &'a Painter, rect: Rect) -> Self {
        Self { painter, rect }
    }

    fn point(&self, (x, y): BackendCoord) -> Pos2 {
        self.rect.min + Vec2::new(x as f32, y as f32)
    }
}

fn color(color: BackendColor) -> Color32 {
    let (r, g, b) = color.rgb;
    Color32::from_rgba_unmultiplied(r, g, b, (color.alpha.clamp(0.0, 1.0) * 255.0).round() as u8)
}

fn stroke(style: &impl BackendStyle) -> Stroke {
    Stroke::new(style.stroke_width().max(1) as f32, color(style.color()))
}

fn font(style: &impl BackendTextStyle) -> FontId {
    FontId::proportional((style.size() as f32).clamp(6.0, 48.0))
}

fn angle(transform: FontTransform) -> f32 {
    match transform {
        FontTransform::None => 0.0,
        FontTransform::Rotate90 => std::f32::consts::FRAC_PI_2,
        FontTransform::Rotate180 => std::f32::consts::PI,
        FontTransform::Rotate270 => -std::f32::consts::FRAC_PI_2,
    }
}

/// Twice the signed area of triangle `a b c` (positive when counter-clockwise in y-up terms).
fn cross(a: Pos2, b: Pos2, c: Pos2) -> f32 {
    (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
}

fn inside_triangle(p: Pos2, a: Pos2, b: Pos2, c: Pos2) -> bool {
    let (d1, d2, d3) = (cross(p, a, b), cross(p, b, c), cross(p, c, a));
    let negative = d1 < 0.0 || d2 < 0.0 || d3 < 0.0;
    let positive = d1 > 0.0 || d2 > 0.0 || d3 > 0.0;
    !(negative && positive)
}

/// Triangles (as index triples) covering a simple polygon, convex or not, by ear clipping.
pub fn triangulate(points: &[Pos2]) -> Vec<[u32; 3]> {
    let n = points.len();
    if n < 3 {
        return Vec::new();
    }
    let area: f32 = (0..n)
        .map(|i| {
            let (a, b) = (points[i], points[(i + 1) % n]);
            a.x * b.y - b.x * a.y
        })
        .sum();
    let orientation = if area >= 0.0 { 1.0 } else { -1.0 };
    let mut remaining: Vec<usize> = (0..n).collect();
    let mut triangles = Vec::with_capacity(n - 2);
    let mut guard = 0;
    while remaining.len() > 3 && guard < n * n {
        guard += 1;
        let m = remaining.len();
        let ear = (0..m).find(|&i| {
            let (a, b, c) = (
                points[remaining[(i + m - 1) % m]],
                points[remaining[i]],
                points[remaining[(i + 1) % m]],
            );
            cross(a, b, c) * orientation > 0.0
                && remaining.iter().all(|&k| {
                    let p = points[k];
                    p == a || p == b || p == c || !inside_triangle(p, a, b, c)
                })
        });
        // A degenerate polygon has no proper ear: clip any vertex so the loop ends.
        let i = ear.unwrap_or(0);
        triangles.push([
            remaining[(i + m - 1) % m] as u32,
            remaining[i] as u32,
            remaining[(i + 1) % m] as u32,
        ]);
        remaining.remove(i);
    }
    if remaining.len() == 3 {
        triangles.push([
            remaining[0] as u32,
            remaining[1] as u32,
            remaining[2] as u32,
        ]);
    }
    triangles
}

impl DrawingBackend for EguiBackend<'_> {
    type ErrorType = PainterError;

    fn get_size(&self) -> (u32, u32) {
        (
            self.rect.width().max(0.0).round() as u32,
            self.rect.height().max(0.0).round() as u32,
        )
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<PainterError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<PainterError>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        pixel: BackendColor,
    ) -> Result<(), DrawingErrorKind<PainterError>> {
        let min = self.point(point);
        self.painter.rect_filled(
            Rect::from_min_size(min, Vec2::splat(1.0)),
            0.0,
            color(pixel),
        );
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<PainterError>> {
        self.painter
            .line_segment([self.point(from), self.point(to)], stroke(style));
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<PainterError>> {
        let rect = Rect::from_two_pos(self.point(upper_left), self.point(bottom_right));
        if fill {
            self.painter.rect_filled(rect, 0.0, color(style.color()));
        } else {
            self.painter
                .rect_stroke(rect, 0.0, stroke(style), StrokeKind::Middle);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<PainterError>> {
        let points: Vec<Pos2> = path.into_iter().map(|p| self.point(p)).collect();
        if points.len() >= 2 {
            let s = stroke(style);
            self.painter
                .add(egui::Shape::line(points, PathStroke::new(s.width, s.color)));
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<PainterError>> {
        let center = self.point(center);
        if fill {
            self.painter
                .circle_filled(center, radius as f32, color(style.color()));
        } else {
            self.painter
                .circle_stroke(center, radius as f32, stroke(style));
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<PainterError>> {
        let points: Vec<Pos2> = vert.into_iter().map(|p| self.point(p)).collect();
        let fill = color(style.color());
        let mut mesh = Mesh::default();
        for &p in &points {
            mesh.colored_vertex(p, fill);
        }
        for [a, b, c] in triangulate(&points) {
            mesh.add_triangle(a, b, c);
        }
        self.painter.add(egui::Shape::mesh(mesh));
        Ok(())
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<PainterError>> {
        let text_color = color(style.color());
        let galley = self
            .painter
            .layout_no_wrap(text.to_string(), font(style), text_color);
        let size = galley.size();
        let anchor = style.anchor();
        let dx = match anchor.h_pos {
            HPos::Left => 0.0,
            HPos::Center => -size.x / 2.0,
            HPos::Right => -size.x,
        };
        let dy = match anchor.v_pos {
            VPos::Top => 0.0,
            VPos::Center => -size.y / 2.0,
            VPos::Bottom => -size.y,
        };
        let angle = angle(style.transform());
        let offset = egui::emath::Rot2::from_angle(angle) * Vec2::new(dx, dy);
        let at = self.point(pos) + offset;
        self.painter
            .add(TextShape::new(pos2(at.x, at.y), galley, text_color).with_angle(angle));
        Ok(())
    }

    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<PainterError>> {
        let galley = self
            .painter
            .layout_no_wrap(text.to_string(), font(style), Color32::BLACK);
        let size = galley.size();
        Ok((size.x.ceil() as u32, size.y.ceil() as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_concave_polygon_is_cut_into_triangles_inside_it() {
        // An L shape: six corners, four triangles, total area 3.
        let l = [
            pos2(0.0, 0.0),
            pos2(2.0, 0.0),
            pos2(2.0, 1.0),
            pos2(1.0, 1.0),
            pos2(1.0, 2.0),
            pos2(0.0, 2.0),
        ];
        let triangles = triangulate(&l);
        assert_eq!(triangles.len(), 4);
        let area: f32 = triangles
            .iter()
            .map(|&[a, b, c]| cross(l[a as usize], l[b as usize], l[c as usize]).abs() / 2.0)
            .sum();
        assert!((area - 3.0).abs() < 1e-4, "area {area}");
    }
}
