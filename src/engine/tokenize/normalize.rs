//! Stage 2: a word's surface form — apostrophes unified, possessive `'s` removed, case kept.

/// The surface form of `word`, or `None` if nothing is left. Only a word with a typographic
/// apostrophe is rewritten (into `buffer`); anything else is a slice of `word`.
///
/// "Russia’s" → "Russia", "don’t" → "don't", "soldiers" unchanged.
pub fn normalize<'a>(word: &'a str, buffer: &'a mut String) -> Option<&'a str> {
    let form: &'a str = if word.contains('\u{2019}') {
        buffer.clear();
        buffer.extend(word.chars().map(|c| if c == '\u{2019}' { '\'' } else { c }));
        buffer.as_str()
    } else {
        word
    };
    let form = if form.len() > 2 && (form.ends_with("'s") || form.ends_with("'S")) {
        &form[..form.len() - 2]
    } else {
        form
    };
    (!form.is_empty()).then_some(form)
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
