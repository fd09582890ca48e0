//! The frame bar and strip charts share: a white area with a caption, one row per label from
//! top to bottom (row `r` spans y `rows - r - 1 .. rows - r`), and a numeric x axis.

use std::ops::Range;

use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{ChartError, FONT, register_fonts, shorten};

/// Row labels longer than this are shortened.
pub const LABEL_CHARS: usize = 28;

/// The x axis of a row chart.
pub struct XAxis<'a> {
    /// Its range.
    pub range: Range<f64>,
    /// About how many tick labels.
    pub labels: usize,
    /// The axis title.
    pub title: &'a str,
    /// How a tick value is written.
    pub format: &'a dyn Fn(&f64) -> String,
}

/// A chart context with rows on the y axis.
pub type RowChart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Clears `area`, draws the caption and the x axis, and returns the chart with room on the left
/// for `labels` (drawn by [`label_row`]).
pub fn row_chart<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    title: &str,
    labels: &[&str],
    x: &XAxis<'_>,
) -> Result<RowChart<'a, DB>, ChartError> {
    register_fonts();
    area.fill(&WHITE).map_err(ChartError::from_plotters)?;
    let longest = labels
        .iter()
        .map(|l| shorten(l, LABEL_CHARS).chars().count())
        .max()
        .unwrap_or(0);
    let mut chart = ChartBuilder::on(area)
        .caption(title, (FONT, 17))
        .margin(10)
        .x_label_area_size(46)
        .y_label_area_size((longest as u32 * 7 + 12).clamp(40, 220))
        .build_cartesian_2d(x.range.clone(), 0.0..labels.len().max(1) as f64)
        .map_err(ChartError::from_plotters)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_labels(x.labels)
        .x_label_formatter(x.format)
        .x_desc(x.title)
        .label_style((FONT, 12))
        .axis_desc_style((FONT, 13))
        .draw()
        .map_err(ChartError::from_plotters)?;
    Ok(chart)
}

/// The bottom y of row `row` of `rows`.
pub fn row_bottom(row: usize, rows: usize) -> f64 {
    (rows - row - 1) as f64
}

/// Writes `label` to the left of row `row` of `rows`.
pub fn label_row<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RowChart<'_, DB>,
    row: usize,
    rows: usize,
    label: &str,
) -> Result<(), ChartError> {
    let (base_x, base_y) = area.get_base_pixel();
    let style = TextStyle::from((FONT, 12).into_font())
        .pos(Pos::new(HPos::Right, VPos::Center))
        .color(&BLACK);
    let (left, centre_y) = chart.backend_coord(&(0.0, row_bottom(row, rows) + 0.5));
    area.draw(&Text::new(
        shorten(label, LABEL_CHARS),
        (left - 6 - base_x, centre_y - base_y),
        style,
    ))
    .map_err(ChartError::from_plotters)
}
