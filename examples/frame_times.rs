//! Measures how long the app takes to build a frame with a corpus loaded (no GPU: the UI's own
//! work — layout of every visible panel — through egui_kittest).
//!
//! `cargo run --release --example frame_times -- <FOLDER> [FRAMES]` prints the slowest frame
//! while the corpus loads; the median, 99th percentile and first frame time (the first fills
//! the caches) for: the default layout, a selected term (concordance and reader highlights), the
//! Figures panel, the Reader on the largest document, scrolling the terms table, the Names panel
//! with the top name selected and Passages on the most linked passage; then the slowest frame
//! while a name correction is made (the frame its names and links arrive in, the old ones let go
//! of).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use quarry::app::command::Command;
use quarry::app::dialogs::FixedDialogs;
use quarry::app::state::Pane;
use quarry::app::{AppOptions, QuarryApp};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[index]
}

fn measure(harness: &mut Harness<'_, QuarryApp>, label: &str, frames: usize, scroll: bool) {
    let mut times = Vec::with_capacity(frames);
    for i in 0..frames {
        if scroll {
            harness.hover_at(egui::pos2(150.0, 400.0));
            harness.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Line,
                delta: egui::vec2(0.0, if i % 100 < 50 { -3.0 } else { 3.0 }),
                phase: egui::TouchPhase::Move,
                modifiers: egui::Modifiers::NONE,
                source: egui::MouseWheelSource::Wheel,
            });
        }
        let started = Instant::now();
        harness.step();
        times.push(started.elapsed());
    }
    let first = times[0];
    times.sort();
    println!(
        "{label:<28} p50 {:>6.2} ms   p99 {:>6.2} ms   first {:>6.2} ms   ({frames} frames)",
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        first.as_secs_f64() * 1e3,
    );
}

#[global_allocator]
static ALLOCATOR: quarry::allocator::Allocator = quarry::allocator::Allocator;

fn main() {
    quarry::allocator::configure();
    let mut args = std::env::args().skip(1);
    let Some(folder) = args.next().map(PathBuf::from) else {
        eprintln!("usage: frame_times <FOLDER> [FRAMES]");
        std::process::exit(2);
    };
    let frames: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(300);
    let app = QuarryApp::new(AppOptions {
        open: Some(folder),
        workspace: None,
        dialogs: Arc::new(FixedDialogs::default()),
        recovery: None,
    });
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        // Building runs frames until none is asked for: a few, so loading is stepped below.
        .with_max_steps(4)
        .allow_missing_glyphs()
        .build_ui_state(|ui, app: &mut QuarryApp| app.show(ui), app);
    let started = Instant::now();
    let mut slowest_loading = Duration::ZERO;
    while harness.state().is_busy() || harness.state().relations().is_none() {
        let frame = Instant::now();
        harness.step();
        slowest_loading = slowest_loading.max(frame.elapsed());
        if let Some(status) = &harness.state().status {
            eprintln!("{status}");
            if harness.state().snapshot().is_none() && harness.state().running().is_none() {
                std::process::exit(1);
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let snapshot = harness.state().snapshot().map(|s| {
        (
            s.analysis.documents.len(),
            s.analysis.word_count(),
            s.analysis.figures.len(),
        )
    });
    println!(
        "loaded {:?} (documents, words, figures) with names and links in {:.1} s; \
         slowest frame meanwhile {:.2} ms",
        snapshot,
        started.elapsed().as_secs_f64(),
        slowest_loading.as_secs_f64() * 1e3,
    );
    measure(&mut harness, "default layout", frames, false);
    let top = harness.state().snapshot().and_then(|s| {
        s.terms()
            .top(1)
            .first()
            .map(|&t| s.terms().terms.get(t).to_string())
    });
    if let Some(term) = top {
        harness.state_mut().push(Command::SelectTerm(term));
        while harness.state().is_busy() {
            harness.step();
        }
        measure(&mut harness, "top term selected", frames, false);
    }
    harness.state_mut().push(Command::ShowPanel(Pane::Figures));
    measure(&mut harness, "figures panel", frames, false);
    let largest = harness.state().snapshot().and_then(|s| {
        (0..s.analysis.documents.len() as u32)
            .max_by_key(|&d| s.analysis.documents[d as usize].text.len())
    });
    if let Some(doc) = largest {
        harness.state_mut().push(Command::SelectDocument(doc));
        let bytes = harness
            .state()
            .snapshot()
            .map_or(0, |s| s.analysis.documents[doc as usize].text.len());
        measure(
            &mut harness,
            &format!("reader, largest document ({} KB)", bytes / 1024),
            frames,
            false,
        );
    }
    harness.state_mut().push(Command::ShowPanel(Pane::Terms));
    measure(&mut harness, "scrolling the terms table", frames, true);
    let name = (harness.state().relations())
        .and_then(|r| r.names.first())
        .map(|n| n.name.clone());
    if let Some(name) = name {
        harness.state_mut().push(Command::ShowPanel(Pane::Names));
        harness.state_mut().push(Command::SelectName(name));
        measure(&mut harness, "names panel, top name", frames, false);
    }
    // The passage with the most links.
    let passage = harness.state().relations().and_then(|r| {
        (0..r.links.passages.len()).max_by_key(|&p| (r.links_of(p).len(), std::cmp::Reverse(p)))
    });
    if let Some(p) = passage {
        harness.state_mut().push(Command::ShowPanel(Pane::Passages));
        harness.state_mut().push(Command::SelectPassage(p));
        measure(&mut harness, "passages, most linked", frames, false);
    }
    let mut slowest: Vec<Duration> = Vec::new();
    for _ in 0..5 {
        let Some(name) = (harness.state().relations())
            .and_then(|r| r.names.first())
            .map(|n| n.name.clone())
        else {
            break;
        };
        harness.state_mut().push(Command::EditNames(
            quarry::engine::names::NameEdit::Rename {
                to: format!("{name} (renamed)"),
                from: name,
            },
        ));
        let mut frames = Vec::new();
        loop {
            let started = Instant::now();
            harness.step();
            frames.push(started.elapsed());
            if !harness.state().is_busy() {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        slowest.extend(frames.iter().max());
    }
    slowest.sort();
    if !slowest.is_empty() {
        println!(
            "{:<28} slowest frame, median of {}: {:>6.2} ms",
            "a name correction",
            slowest.len(),
            slowest[slowest.len() / 2].as_secs_f64() * 1e3,
        );
    }
}
