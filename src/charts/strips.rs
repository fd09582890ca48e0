//! Strip charts: one row per document, a tick at each relative position where a term occurs
//! (a dispersion plot, as in AntConc's Concordance Plot).

use plotters::coord::Shift;
use plotters::prelude::*;

use super::rows::{XAxis, label_row, row_bottom, row_chart};
use super::{Chart, ChartError, Hit, series_color};

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
        let rows = self.strips.len();
        let labels: Vec<&str> = self.strips.iter().map(|s| s.label.as_str()).collect();
        let format = |x: &f64| format!("{:.0}%", x * 100.0);
        let x = XAxis {
            range: 0.0..1.0,
            labels: 5,
            title: "position in the document",
            format: &format,
        };
        let mut chart = row_chart(area, &self.title, &labels, &x)?;
        let mut hits = Vec::new();
        for (row, strip) in self.strips.iter().enumerate() {
            let bottom = row_bottom(row, rows);
            label_row(area, &chart, row, rows, &strip.label)?;
            let (left, _) = chart.backend_coord(&(0.0, bottom));
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
