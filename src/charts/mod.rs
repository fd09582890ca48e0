//! Charts drawn with plotters: one definition renders on screen (through
//! [`painter::EguiBackend`]) and to PNG and SVG files ([`export`]).
//!
//! A chart is a plain value ([`bars::BarChart`], [`strips::StripChart`]) that knows how to draw
//! itself on any plotters backend and returns the [`Hit`] areas it drew, so the app can show the
//! exact value under the pointer and select what a click lands on.
//!
//! ```
//! use quarry::charts::{Chart, bars::{BarChart, Series}, export};
//! let chart = BarChart {
//!     title: "Top terms".into(),
//!     value_label: "occurrences".into(),
//!     categories: vec!["soldiers".into(), "court".into()],
//!     series: vec![Series { name: "corpus".into(), values: vec![12.0, 7.0] }],
//! };
//! let svg = export::svg_string(&chart, (640, 360)).unwrap();
//! assert!(svg.contains("soldiers"));
//! ```

pub mod bars;
pub mod export;
pub mod painter;
pub mod rows;
pub mod strips;

use std::sync::Once;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingBackend};
use plotters::style::FontStyle;

/// A chart could not be drawn (a backend or font error, in words).
#[derive(Debug, thiserror::Error)]
#[error("could not draw the chart: {0}")]
pub struct ChartError(pub String);

impl ChartError {
    fn from_plotters(error: impl std::fmt::Display) -> Self {
        Self(error.to_string())
    }
}

/// A drawn area of a chart that stands for one datum: a bar, or a row of a strip chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Left, top, right, bottom in backend pixels.
    pub rect: (i32, i32, i32, i32),
    /// Which category (bar label or row) it belongs to.
    pub category: usize,
    /// Which series, for charts with several.
    pub series: usize,
    /// The exact value(s), in words, for a tooltip.
    pub label: String,
}

impl Hit {
    /// Whether backend point `(x, y)` falls inside the area.
    pub fn contains(&self, x: i32, y: i32) -> bool {
        let (left, top, right, bottom) = self.rect;
        x >= left.min(right) && x <= left.max(right) && y >= top.min(bottom) && y <= top.max(bottom)
    }
}

/// Something that draws itself with plotters on any backend.
pub trait Chart {
    /// Draws the chart filling `area` and returns its hit areas.
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
    ) -> Result<Vec<Hit>, ChartError>;

    /// A file-name-friendly name for exports.
    fn file_stem(&self) -> String;
}

/// The font family every chart uses; registered by [`register_fonts`].
pub const FONT: &str = "sans-serif";

/// Registers the bundled font with plotters, once. Every drawing entry point calls it, so a chart
/// never lacks a font (plotters cannot draw text without one).
pub fn register_fonts() {
    static REGISTER: Once = Once::new();
    REGISTER.call_once(|| {
        for style in [
            FontStyle::Normal,
            FontStyle::Bold,
            FontStyle::Italic,
            FontStyle::Oblique,
        ] {
            // The font is compiled in and known to parse; an error would only leave text undrawn.
            let _ = plotters::style::register_font(FONT, style, epaint_default_fonts::UBUNTU_LIGHT);
        }
    });
}

/// Shortens `text` to at most `max` characters, with an ellipsis.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let kept: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{kept}…")
    }
}

/// The colour of series `i` (a palette that reads on light and dark backgrounds).
pub fn series_color(i: usize) -> plotters::style::RGBColor {
    const PALETTE: [(u8, u8, u8); 8] = [
        (66, 133, 244),
        (234, 67, 53),
        (251, 188, 5),
        (52, 168, 83),
        (171, 71, 188),
        (0, 172, 193),
        (255, 112, 67),
        (124, 179, 66),
    ];
    let (r, g, b) = PALETTE[i % PALETTE.len()];
    plotters::style::RGBColor(r, g, b)
}
