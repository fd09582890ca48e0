//! Measures the memory names and links take: loads a corpus (terms and figures, and the figures'
//! groups and pairs, as the app and the report do before linking), then extracts its names and
//! links its passages once, and prints the heap held after loading, the most held at once while
//! naming and linking (the peak), and what stays held afterwards, each beside the corpus's size.
//! The heap is counted by this program's allocator (every byte asked for and not yet given back),
//! so the figures do not depend on what the allocator underneath (Quarry's, mimalloc) keeps in
//! reserve; the process's peak resident size, which does, is printed too where the system tells
//! it (Linux).
//!
//! `cargo run --release --example link_memory -- <FOLDER>`

use std::alloc::{GlobalAlloc, Layout};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use quarry::allocator::Allocator;
use quarry::engine::analysis::Analysis;
use quarry::engine::figures::groups::{groups, pairs};
use quarry::engine::job::Job;
use quarry::engine::links::LinkSettings;
use quarry::engine::terms::TermSettings;

/// Quarry's allocator, counting the bytes held and the most held since the last reset.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grow(bytes: usize) {
    let held = HELD.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(held, Ordering::Relaxed);
}

fn shrink(bytes: usize) {
    HELD.fetch_sub(bytes, Ordering::Relaxed);
}

// SAFETY: every call is passed on to `Allocator` unchanged; only the counts are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grow(layout.size());
        // SAFETY: the caller's guarantees for `alloc` hold for `Allocator.alloc`.
        unsafe { Allocator.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        grow(layout.size());
        // SAFETY: as for `alloc`.
        unsafe { Allocator.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        shrink(layout.size());
        // SAFETY: `ptr` was allocated by `Allocator` with `layout`.
        unsafe { Allocator.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Only the change of size is counted: a block moved by `realloc` is briefly held twice.
        if new_size > layout.size() {
            grow(new_size - layout.size());
        } else {
            shrink(layout.size() - new_size);
        }
        // SAFETY: as for `dealloc`, and `new_size` is the caller's.
        unsafe { Allocator.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The process's peak resident size in bytes, where the system says (Linux).
fn resident_peak() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kilobytes: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kilobytes * 1024)
}

/// The bytes held now, and the most held since the last call.
fn held_and_peak() -> (usize, usize) {
    let held = HELD.load(Ordering::Relaxed);
    (held, PEAK.swap(held, Ordering::Relaxed))
}

fn main() {
    quarry::allocator::configure();
    let Some(folder) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: link_memory <FOLDER>");
        std::process::exit(2);
    };
    let analysis = match Analysis::run(&folder, &TermSettings::default(), &Job::new()) {
        Ok(analysis) => analysis,
        Err(error) => {
            eprintln!("link_memory: {error}");
            std::process::exit(1);
        }
    };
    let (groups, pairs) = (groups(&analysis.figures), pairs(&analysis.figures));
    let files: u64 = analysis.documents.iter().map(|d| d.file_bytes).sum();
    let text: usize = analysis.documents.iter().map(|d| d.text.len()).sum();
    let (loaded, load_peak) = held_and_peak();
    let resident_loaded = resident_peak();
    let related = analysis
        .relate_until(&groups, &pairs, &[], &LinkSettings::default(), &|| false)
        .unwrap_or_default();
    let (after, peak) = held_and_peak();
    let mb = |bytes: usize| bytes as f64 / 1e6;
    let times = |bytes: usize| bytes as f64 / files as f64;
    println!(
        "corpus: {} files, {:.0} MB ({:.0} MB of text); {} names, {} passages, {} links",
        analysis.documents.len(),
        mb(files as usize),
        mb(text),
        related.names.len(),
        related.links.passages.len(),
        related.links.links.len(),
    );
    println!(
        "heap after loading {:.0} MB ({:.2}x the corpus; {:.0} MB at most while loading)",
        mb(loaded),
        times(loaded),
        mb(load_peak),
    );
    let added = peak.saturating_sub(loaded);
    let kept = after.saturating_sub(loaded);
    println!(
        "names and links: peak {:.0} MB, {:.0} MB above the loaded corpus ({:.2}x the corpus); \
         {:.0} MB kept ({:.2}x)",
        mb(peak),
        mb(added),
        times(added),
        mb(kept),
        times(kept),
    );
    if let (Some(before), Some(after)) = (resident_loaded, resident_peak()) {
        println!(
            "process resident peak {:.0} MB after loading, {:.0} MB after names and links",
            mb(before),
            mb(after),
        );
    }
}
