//! The memory allocator of the `quarry` binary and of the timing examples: mimalloc, keeping
//! memory it is given back for twenty seconds before returning it to the system, in pages of the
//! ordinary size.
//!
//! Linking a large corpus frees and asks again for hundreds of megabytes within a second, list
//! after list. Memory taken anew from the system costs a page fault and the zeroing of each page
//! the first time it is written, so returning memory at once only to take it back made names and
//! links 10–15 % slower, with the system allocator as with mimalloc's default one-second delay.
//! The delay outlasts a whole load and a whole linking run: on a corpus twice the benchmark's
//! size (about 10 s and 5 s), memory freed early in a run was returned before later stages asked
//! for it again. With five seconds instead of twenty, names and links took 2.40–2.44 s on the
//! benchmark corpus and 5.00–5.09 s on the doubled one, against 2.28–2.35 s and 4.72–4.89 s.
//!
//! mimalloc asks Linux for transparent huge pages (2 MiB) by default. On the two-core virtual
//! machines Quarry is measured on, memory taken anew costs about 1.3 s per gigabyte in huge pages
//! against 0.4 s in ordinary ones, and huge-page faults from two threads wait for each other:
//! with huge pages the benchmark corpus loaded in 5–7 s and its first names and links took
//! 3.2–3.9 s; without, 3.6–4.7 s and 2.6 s.

/// The allocator to declare with `#[global_allocator]`.
pub use mimalloc::MiMalloc as Allocator;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_t` in mimalloc 3's header).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// mimalloc's `mi_option_allow_thp` (likewise; the crate names no constant for it).
const ALLOW_THP: libmimalloc_sys::mi_option_t = 43;

/// How long memory stays unused before it is returned to the system, in milliseconds.
const KEEP_MS: std::ffi::c_long = 20_000;

/// Sets the allocator's options; called first thing in `main`, before any other thread starts.
pub fn configure() {
    // SAFETY: setting an option is not thread safe, and no other thread runs yet.
    unsafe {
        libmimalloc_sys::mi_option_set(PURGE_DELAY, KEEP_MS);
        libmimalloc_sys::mi_option_set(ALLOW_THP, 0);
    }
    // mimalloc asked for huge pages for its first gigabyte before `main`; this turns them off for
    // the whole process, that gigabyte included. (Failing leaves them on: slower, nothing else.)
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes one integer argument and touches no memory of ours.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_option_set_is_the_purge_delay() {
        // mimalloc 3 purges after 1000 ms unless told otherwise, and no neighbouring option
        // defaults to that; the tests do not set it.
        // SAFETY: reading an option has no preconditions.
        let delay = unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) };
        assert_eq!(delay, 1000);
    }

    #[test]
    fn the_option_turned_off_is_the_one_allowing_huge_pages() {
        // mimalloc 3 allows huge pages on Linux unless told otherwise; the options seven and six
        // places before it keep two and four pages by default, which no neighbour else does.
        // SAFETY: reading an option has no preconditions.
        let option = |k| unsafe { libmimalloc_sys::mi_option_get(k) };
        assert_eq!(
            (option(ALLOW_THP - 7), option(ALLOW_THP - 6)),
            (2, 4),
            "page_full_retain and page_max_candidates"
        );
        #[cfg(target_os = "linux")]
        assert_eq!(option(ALLOW_THP), 1);
    }
}
