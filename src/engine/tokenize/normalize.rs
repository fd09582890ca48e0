//! Stage 2: a word's surface form — apostrophes unified, possessive `'s` removed, case kept.

/// Writes the surface form of `word` into `buffer` and returns it, or `None` if nothing is left.
///
/// "Russia’s" → "Russia", "don’t" → "don't", "soldiers" unchanged.
pub fn normalize<'b>(word: &str, buffer: &'b mut String) -> Option<&'b str> {
    buffer.clear();
    if word.contains('\u{2019}') {
        buffer.extend(word.chars().map(|c| if c == '\u{2019}' { '\'' } else { c }));
    } else {
        buffer.push_str(word);
    }
    if buffer.len() > 2 && (buffer.ends_with("'s") || buffer.ends_with("'S")) {
        buffer.truncate(buffer.len() - 2);
    }
    if buffer.is_empty() {
        None
    } else {
        Some(buffer.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives_and_apostrophes() {
        let mut buffer = String::new();
        assert_eq!(normalize("Russia's", &mut buffer), Some("Russia"));
        assert_eq!(normalize("Kyiv\u{2019}s", &mut buffer), Some("Kyiv"));
        assert_eq!(normalize("don\u{2019}t", &mut buffer), Some("don't"));
        assert_eq!(normalize("CSIS'S", &mut buffer), Some("CSIS"));
        assert_eq!(normalize("'s", &mut buffer), Some("'s"));
    }
}
