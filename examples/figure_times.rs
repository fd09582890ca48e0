//! Times figure extraction alone: loads a corpus once (terms only), then extracts its figures
//! several times and prints each run and the median, beside the load time it is compared with.
//!
//! `cargo run --release --example figure_times -- <FOLDER> [RUNS]`

use std::path::PathBuf;
use std::time::Instant;

use quarry::engine::analysis::{Analysis, Stages};
use quarry::engine::figures::extract;
use quarry::engine::job::Job;
use quarry::engine::terms::TermSettings;

#[global_allocator]
static ALLOCATOR: quarry::allocator::Allocator = quarry::allocator::Allocator;

fn main() {
    quarry::allocator::configure();
    let mut args = std::env::args().skip(1);
    let Some(folder) = args.next().map(PathBuf::from) else {
        eprintln!("usage: figure_times <FOLDER> [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(7);
    let started = Instant::now();
    let analysis = match Analysis::run_stages(
        &folder,
        &TermSettings::default(),
        &Job::new(),
        Stages { figures: false },
    ) {
        Ok(analysis) => analysis,
        Err(error) => {
            eprintln!("figure_times: {error}");
            std::process::exit(1);
        }
    };
    let load = started.elapsed().as_secs_f64();
    let mut times = Vec::new();
    let mut count = 0;
    for _ in 0..runs {
        let started = Instant::now();
        let figures = extract(&analysis.documents, &analysis.index);
        times.push(started.elapsed().as_secs_f64());
        count = figures.len();
    }
    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    println!(
        "load + terms {load:.2} s; figures ({count}) runs {:?} s; median {median:.3} s = {:.0}% of load",
        times
            .iter()
            .map(|t| (t * 1000.0).round() / 1000.0)
            .collect::<Vec<_>>(),
        median / load * 100.0
    );
}
