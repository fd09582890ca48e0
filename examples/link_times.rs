//! Times names and links alone: loads a corpus once (terms and figures, and the figures' groups
//! and pairs, which the app and the report compute for the Figures panel before linking), then
//! extracts its names and links its passages several times, as the app and the report do (names
//! beside passages, copies, reuse and similar links, then the rest of the links side by side),
//! and prints each run, the first (which takes its memory from the system, the others mostly
//! reuse it) and the medians. Stages run side by side, so they add up to more than the runs.
//! Then times a name correction (merging the two most mentioned names), which makes the names
//! again from their forms and only the links by names again, as the app does.
//!
//! `cargo run --release --example link_times -- <FOLDER> [RUNS]`

use std::path::PathBuf;
use std::time::Instant;

use quarry::engine::analysis::{Analysis, Related};
use quarry::engine::figures::groups::{groups, pairs};
use quarry::engine::job::Job;
use quarry::engine::links::LinkSettings;
use quarry::engine::names::NameEdit;
use quarry::engine::terms::TermSettings;

#[global_allocator]
static ALLOCATOR: quarry::allocator::Allocator = quarry::allocator::Allocator;

fn median(times: &[f64]) -> f64 {
    let mut sorted = times.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted[sorted.len() / 2]
}

fn main() {
    quarry::allocator::configure();
    let mut args = std::env::args().skip(1);
    let Some(folder) = args.next().map(PathBuf::from) else {
        eprintln!("usage: link_times <FOLDER> [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5).max(1);
    let started = Instant::now();
    let analysis = match Analysis::run(&folder, &TermSettings::default(), &Job::new()) {
        Ok(analysis) => analysis,
        Err(error) => {
            eprintln!("link_times: {error}");
            std::process::exit(1);
        }
    };
    let (groups, pairs) = (groups(&analysis.figures), pairs(&analysis.figures));
    let load = started.elapsed().as_secs_f64();
    let mut together = Vec::new();
    let mut counts = (0, 0, 0);
    let mut stages: Vec<(&'static str, Vec<f64>)> = Vec::new();
    let settings = LinkSettings::default();
    let mut related = Default::default();
    for _ in 0..runs {
        // The last run's names and links go first, as in the app, which holds one set.
        drop(std::mem::take(&mut related));
        let started = Instant::now();
        related = analysis
            .relate_until(&groups, &pairs, &[], &settings, &|| false)
            .unwrap_or_default();
        together.push(started.elapsed().as_secs_f64());
        let Related { names, links, .. } = &related;
        counts = (names.len(), links.passages.len(), links.links.len());
        for (k, &(stage, seconds)) in links.timings.iter().enumerate() {
            match stages.get_mut(k) {
                Some((_, times)) => times.push(seconds),
                None => stages.push((stage, vec![seconds])),
            }
        }
    }
    let round = |t: &[f64]| {
        t.iter()
            .map(|t| (t * 1000.0).round() / 1000.0)
            .collect::<Vec<_>>()
    };
    println!(
        "load {load:.2} s; {} names, {} passages, {} links; names and links runs {:?}; \
         first {:.3} s; together {:.3} s (median)",
        counts.0,
        counts.1,
        counts.2,
        round(&together),
        together[0],
        median(&together),
    );
    let stages: Vec<String> = stages
        .iter()
        .map(|(stage, times)| format!("{stage} {:.3} s", median(times)))
        .collect();
    println!("median by stage: {}", stages.join(", "));
    let edits = [NameEdit::Merge {
        names: (related.names.iter().take(2))
            .map(|n| n.name.clone())
            .collect(),
        into: "Merged".to_string(),
    }];
    let mut corrections = Vec::new();
    let mut parts = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let started = Instant::now();
        let names = related.forms.names(&analysis.figures, &edits);
        parts.0.push(started.elapsed().as_secs_f64());
        let links = related.links.renamed(&names, &analysis.figures, &settings);
        corrections.push(started.elapsed().as_secs_f64());
        parts.1.push(links.timings[0].1);
    }
    println!(
        "a name correction: runs {:?}; {:.3} s (median): names {:.3} s, same names {:.3} s",
        round(&corrections),
        median(&corrections),
        median(&parts.0),
        median(&parts.1),
    );
}
