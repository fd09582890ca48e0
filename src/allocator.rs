//! The memory allocator of the `quarry` binary and of the timing examples: mimalloc, keeping
//! memory it is given back for a few seconds before returning it to the system.
//!
//! Linking a large corpus frees and asks again for hundreds of megabytes within a second, list
//! after list. Memory taken anew from the system costs a page fault and the zeroing of each page
//! the first time it is written (about 1.3 s per gigabyte on the two-core machines Quarry is
//! measured on), so returning memory at once only to take it back made names and links 10–15 %
//! slower, with the system allocator as with mimalloc's default one-second delay.

/// The allocator to declare with `#[global_allocator]`.
pub use mimalloc::MiMalloc as Allocator;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_t` in mimalloc 3's header).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long memory stays unused before it is returned to the system, in milliseconds.
const KEEP_MS: std::ffi::c_long = 5000;

/// Sets the allocator's options; called first thing in `main`, before any other thread starts.
pub fn configure() {
    // SAFETY: setting an option is not thread safe, and no other thread runs yet.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, KEEP_MS) }
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
}
