//! Criterion benchmarks of the analysis engine.
//!
//! `cargo bench` measures the bundled sample corpus. To measure a large corpus as well, build one
//! with `python3 benches/make_bench_corpus.py /tmp/bench-corpus` and run
//! `QUARRY_BENCH_CORPUS=/tmp/bench-corpus cargo bench`.

use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use quarry::engine::analysis::Analysis;
use quarry::engine::job::Job;
use quarry::engine::keyness::{KeynessOptions, keyness};
use quarry::engine::kwic::{Concordance, QueryMode};
use quarry::engine::terms::TermSettings;

fn run(folder: &Path) -> Analysis {
    match Analysis::run(folder, &TermSettings::default(), &Job::new()) {
        Ok(analysis) => analysis,
        Err(error) => panic!("cannot analyse {}: {error}", folder.display()),
    }
}

fn sample_corpus(c: &mut Criterion) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/desertion-reports");
    c.bench_function("sample: load + terms", |b| b.iter(|| run(&folder)));
    let analysis = run(&folder);
    c.bench_function("sample: kwic soldiers", |b| {
        b.iter(|| {
            Concordance::search(
                &analysis.index,
                &analysis.terms,
                "soldiers",
                QueryMode::Words,
                8,
            )
        })
    });
    c.bench_function("sample: keyness of one document", |b| {
        b.iter(|| {
            keyness(
                &analysis.index,
                &analysis.terms,
                &[0],
                KeynessOptions::default(),
            )
        })
    });
}

fn large_corpus(c: &mut Criterion) {
    let Some(folder) = std::env::var_os("QUARRY_BENCH_CORPUS").map(PathBuf::from) else {
        return;
    };
    let mut group = c.benchmark_group("large");
    group.sample_size(10);
    group.bench_function("load + terms", |b| b.iter(|| run(&folder)));
    group.finish();
}

criterion_group!(benches, sample_corpus, large_corpus);
criterion_main!(benches);
