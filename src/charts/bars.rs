//! Horizontal bar charts, one bar per category and series: top terms, a term across documents,
//! figures by kind or source.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::rows::{XAxis, label_row, row_bottom, row_chart};
use super::{Chart, ChartError, FONT, Hit, series_color};

/// One named row of values, one per category.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Shown in the legend (when there are several series) and tooltips.
    pub name: String,
    /// One value per category.
    pub values: Vec<f64>,
}

/// Categories down the side, bars across; several series are drawn side by side.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BarChart {
    /// The caption.
    pub title: String,
    /// What the bar length measures ("occurrences", "per 10,000 words").
    pub value_label: String,
    /// The category labels, top to bottom.
    pub categories: Vec<String>,
    /// The series; each has one value per category.
    pub series: Vec<Series>,
}

fn format_value(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}")
    }
}

impl Chart for BarChart {
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
    ) -> Result<Vec<Hit>, ChartError> {
        let rows = self.categories.len();
        let max = self
            .series
            .iter()
            .flat_map(|s| s.values.iter().copied())
            .filter(|v| v.is_finite())
            .fold(0.0_f64, f64::max);
        let x_max = if max > 0.0 { max * 1.08 } else { 1.0 };
        let labels: Vec<&str> = self.categories.iter().map(String::as_str).collect();
        let format = |v: &f64| {
            if x_max >= 10.0 {
                format!("{v:.0}")
            } else {
                format!("{v:.1}")
            }
        };
        let x = XAxis {
            range: 0.0..x_max,
            labels: 6,
            title: &self.value_label,
            format: &format,
        };
        let mut chart = row_chart(area, &self.title, &labels, &x)?;
        let series_count = self.series.len().max(1);
        let pad = 0.12;
        let height = (1.0 - 2.0 * pad) / series_count as f64;
        let mut hits = Vec::new();
        for (row, category) in self.categories.iter().enumerate() {
            let bottom = row_bottom(row, rows);
            label_row(area, &chart, row, rows, category)?;
            for (s, series) in self.series.iter().enumerate() {
                let value = series.values.get(row).copied().unwrap_or(0.0);
                let top = bottom + 1.0 - pad - s as f64 * height;
                let corners = [(0.0, top), (value.max(0.0), top - height)];
                chart
                    .plotting_area()
                    .draw(&Rectangle::new(corners, series_color(s).filled()))
                    .map_err(ChartError::from_plotters)?;
                let (left, upper) = chart.backend_coord(&corners[0]);
                let (right, lower) = chart.backend_coord(&(x_max, top - height));
                let label = if self.series.len() > 1 {
                    format!("{category} — {}: {}", series.name, format_value(value))
                } else {
                    format!("{category}: {} {}", format_value(value), self.value_label)
                };
                hits.push(Hit {
                    rect: (left, upper, right, lower),
                    category: row,
                    series: s,
                    label,
                });
            }
        }
        if self.series.len() > 1 {
            for (s, series) in self.series.iter().enumerate() {
                chart
                    .draw_series(std::iter::empty::<Rectangle<(f64, f64)>>())
                    .map_err(ChartError::from_plotters)?
                    .label(series.name.as_str())
                    .legend(move |(x, y)| {
                        Rectangle::new([(x, y - 5), (x + 12, y + 5)], series_color(s).filled())
                    });
            }
            chart
                .configure_series_labels()
                .position(SeriesLabelPosition::LowerRight)
                .background_style(WHITE.mix(0.85))
                .border_style(BLACK.mix(0.3))
                .label_font((FONT, 12))
                .draw()
                .map_err(ChartError::from_plotters)?;
        }
        area.present().map_err(ChartError::from_plotters)?;
        Ok(hits)
    }

    fn file_stem(&self) -> String {
        super::export::file_stem(&self.title)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hits_cover_each_bar_and_name_its_value() {
        let chart = BarChart {
            title: "t".into(),
            value_label: "occurrences".into(),
            categories: vec!["alpha".into(), "beta".into()],
            series: vec![Series {
                name: "corpus".into(),
                values: vec![10.0, 4.0],
            }],
        };
        let hits = super::super::export::hits_of(&chart, (400, 300)).unwrap();
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0].label, "alpha: 10 occurrences");
        // The first category is drawn above the second.
        assert!(hits[0].rect.1 < hits[1].rect.1);
    }
}
