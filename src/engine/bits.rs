//! A set of small numbers (term, text or hash-bucket ids), one bit each, so that testing a
//! number stays in cache however many there are.

/// The numbers below the bound given to [`BitSet::new`] that were inserted.
#[derive(Clone, Debug)]
pub(crate) struct BitSet(Vec<u64>);

impl BitSet {
    /// An empty set of numbers below `bound`.
    pub fn new(bound: usize) -> Self {
        Self(vec![0; bound.div_ceil(64)])
    }

    /// Adds `n`, which must be below the bound.
    pub fn insert(&mut self, n: u32) {
        self.0[n as usize / 64] |= 1 << (n % 64);
    }

    /// Whether `n` was inserted (false for numbers beyond the bound).
    pub fn contains(&self, n: u32) -> bool {
        self.0
            .get(n as usize / 64)
            .is_some_and(|w| w & (1 << (n % 64)) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_what_was_inserted_and_nothing_else() {
        let mut set = BitSet::new(130);
        for n in [0, 63, 64, 129] {
            set.insert(n);
        }
        let held: Vec<u32> = (0..200).filter(|&n| set.contains(n)).collect();
        assert_eq!(held, [0, 63, 64, 129]);
        assert!(!set.contains(10_000));
    }
}
