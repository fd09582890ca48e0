//! Chart files: PNG and SVG from the same definitions the app draws on screen.

use std::path::Path;

use plotters::prelude::{BitMapBackend, IntoDrawingArea, SVGBackend};

use super::{Chart, ChartError, Hit};

/// A file name stem from a chart title: lower case, words joined by `-`.
pub fn file_stem(title: &str) -> String {
    let stem: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if stem.is_empty() {
        "chart".to_string()
    } else {
        stem.join("-")
    }
}

/// The chart as an SVG document of `size` pixels.
pub fn svg_string(chart: &impl Chart, size: (u32, u32)) -> Result<String, ChartError> {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        chart.draw(&area)?;
    }
    Ok(svg)
}

/// The hit areas the chart would have at `size` (drawn into a scratch bitmap).
pub fn hits_of(chart: &impl Chart, size: (u32, u32)) -> Result<Vec<Hit>, ChartError> {
    let mut pixels = vec![0_u8; size.0 as usize * size.1 as usize * 3];
    let area = BitMapBackend::with_buffer(&mut pixels, size).into_drawing_area();
    chart.draw(&area)
}

fn temporary_sibling(path: &Path) -> std::path::PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.tmp"))
}

/// Writes the chart as a PNG file of `size` pixels (through a temporary file renamed into place).
pub fn write_png(chart: &impl Chart, path: &Path, size: (u32, u32)) -> Result<(), ChartError> {
    let temporary = temporary_sibling(path);
    // plotters picks the encoder from the extension, so the temporary file keeps ".png".
    let temporary = temporary.with_extension("tmp.png");
    {
        let area = BitMapBackend::new(&temporary, size).into_drawing_area();
        chart.draw(&area)?;
    }
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        ChartError(format!("could not write {}: {e}", path.display()))
    })
}

/// Writes the chart as an SVG file of `size` pixels (through a temporary file renamed into place).
pub fn write_svg(chart: &impl Chart, path: &Path, size: (u32, u32)) -> Result<(), ChartError> {
    let svg = svg_string(chart, size)?;
    let temporary = temporary_sibling(path);
    std::fs::write(&temporary, svg)
        .and_then(|()| std::fs::rename(&temporary, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&temporary);
            ChartError(format!("could not write {}: {e}", path.display()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::bars::{BarChart, Series};

    fn chart() -> BarChart {
        BarChart {
            title: "Top terms: corpus".into(),
            value_label: "occurrences".into(),
            categories: vec!["soldiers".into(), "court".into(), "deserters".into()],
            series: vec![Series {
                name: "corpus".into(),
                values: vec![12.0, 7.0, 3.0],
            }],
        }
    }

    #[test]
    fn png_and_svg_files_are_written_with_their_labels() {
        let dir = tempfile::tempdir().unwrap();
        let png = dir.path().join("top.png");
        let svg = dir.path().join("top.svg");
        write_png(&chart(), &png, (800, 500)).unwrap();
        write_svg(&chart(), &svg, (800, 500)).unwrap();
        let png_bytes = std::fs::read(&png).unwrap();
        assert_eq!(&png_bytes[1..4], b"PNG");
        let svg_text = std::fs::read_to_string(&svg).unwrap();
        assert!(svg_text.contains("deserters") && svg_text.contains("occurrences"));
        // No temporary files are left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn file_stems_are_plain_words() {
        assert_eq!(chart().file_stem(), "top-terms-corpus");
        assert_eq!(file_stem("—"), "chart");
    }

    #[test]
    fn an_empty_chart_draws_without_panicking() {
        let empty = BarChart {
            title: String::new(),
            value_label: String::new(),
            categories: Vec::new(),
            series: Vec::new(),
        };
        assert!(hits_of(&empty, (300, 200)).unwrap().is_empty());
    }
}
