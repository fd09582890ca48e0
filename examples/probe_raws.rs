use quarry::engine::analysis::Analysis;
use quarry::engine::corpus::first_copies;
use quarry::engine::job::Job;
use quarry::engine::names::NameForms;
use quarry::engine::terms::TermSettings;
#[global_allocator]
static ALLOCATOR: quarry::allocator::Allocator = quarry::allocator::Allocator;
fn main() {
    quarry::allocator::configure();
    let folder = std::env::args().nth(1).unwrap();
    let analysis = Analysis::run(
        std::path::Path::new(&folder),
        &TermSettings::default(),
        &Job::new(),
    )
    .unwrap();
    let first = first_copies(&analysis.documents);
    let mut t = Vec::new();
    for _ in 0..7 {
        let s = std::time::Instant::now();
        let f = NameForms::extract(&analysis.documents, &analysis.index, &first);
        t.push(s.elapsed().as_secs_f64());
        drop(f);
    }
    t.sort_by(f64::total_cmp);
    println!("extract median {:.3} min {:.3}", t[3], t[0]);
}
