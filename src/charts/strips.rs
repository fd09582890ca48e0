//! Strip charts: one row per document, a tick at each relative position where a term occurs
//! (a dispersion plot, as in AntConc's Concordance Plot).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{Chart, ChartError, FONT, Hit, register_fonts, series_color, shorten};

/// One row of a strip chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Strip {
    /// The row label (a document).
    pub label: String,
    /// Positions from 0 (start) to 1 (end).
    pub positions: Vec<f32>,
}

/// Rows of ticks over a 0–1 axis.
#[derive(Clone, Debug, PartialEq)]
pub struct StripChart {
    /// The caption.
    pub title: String,
    /// The rows, top to bottom.
    pub strips: Vec<Strip>,
}

impl Chart for StripChart {
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
    ) -> Result<Vec<Hit>, ChartError> {
        register_fonts();
        area.fill(&WHITE).map_err(ChartError::from_plotters)?;
        let rows = self.strips.len();
        let longest = self
            .strips
            .iter()
            .map(|s| shorten(&s.label, 28).chars().count())
            .max()
            .unwrap_or(0);
        let mut chart = ChartBuilder::on(area)
            .caption(&self.title, (FONT, 17))
            .margin(10)
            .x_label_area_size(46)
            .y_label_area_size((longest as u32 * 7 + 12).clamp(40, 220))
            .build_cartesian_2d(0.0_f64..1.0, 0.0..rows.max(1) as f64)
            .map_err(ChartError::from_plotters)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(0)
            .x_labels(5)
            .x_label_formatter(&|x| format!("{:.0}%", x * 100.0))
            .x_desc("position in the document")
            .label_style((FONT, 12))
            .axis_desc_style((FONT, 13))
            .draw()
            .map_err(ChartError::from_plotters)?;
        let (base_x, base_y) = area.get_base_pixel();
        let label_style = TextStyle::from((FONT, 12).into_font())
            .pos(Pos::new(HPos::Right, VPos::Center))
            .color(&BLACK);
        let mut hits = Vec::new();
        for (row, strip) in self.strips.iter().enumerate() {
            let bottom = (rows - row - 1) as f64;
            let (left, centre_y) = chart.backend_coord(&(0.0, bottom + 0.5));
            area.draw(&Text::new(
                shorten(&strip.label, 28),
                (left - 6 - base_x, centre_y - base_y),
                label_style.clone(),
            ))
            .map_err(ChartError::from_plotters)?;
            chart
                .plotting_area()
                .draw(&Rectangle::new(
                    [(0.0, bottom + 0.1), (1.0, bottom + 0.9)],
                    RGBColor(240, 240, 240).filled(),
                ))
                .map_err(ChartError::from_plotters)?;
            chart
                .draw_series(strip.positions.iter().map(|&p| {
                    PathElement::new(
                        vec![(f64::from(p), bottom + 0.15), (f64::from(p), bottom + 0.85)],
                        series_color(0).stroke_width(1),
                    )
                }))
                .map_err(ChartError::from_plotters)?;
            let (_, top) = chart.backend_coord(&(0.0, bottom + 1.0));
            let (right, lower) = chart.backend_coord(&(1.0, bottom));
            hits.push(Hit {
                rect: (left, top, right, lower),
                category: row,
                series: 0,
                label: format!("{}: {} hits", strip.label, strip.positions.len()),
            });
        }
        area.present().map_err(ChartError::from_plotters)?;
        Ok(hits)
    }

    fn file_stem(&self) -> String {
        super::export::file_stem(&self.title)
    }
}
