//! Stage 3: case folding of a surface form, when the analysis asks for it.

use std::borrow::Cow;

/// The lower-case form of `surface`, borrowing when it is already lower case.
pub fn fold_case(surface: &str) -> Cow<'_, str> {
    if surface.is_ascii() {
        if surface.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(surface.to_ascii_lowercase())
        } else {
            Cow::Borrowed(surface)
        }
    } else if surface
        .chars()
        .any(|c| !c.is_lowercase() && c.to_lowercase().next() != Some(c))
    {
        Cow::Owned(surface.to_lowercase())
    } else {
        Cow::Borrowed(surface)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_ascii_and_other_scripts() {
        assert_eq!(fold_case("CSIS"), "csis");
        assert_eq!(fold_case("Zürich"), "zürich");
        assert_eq!(fold_case("ПУТИН"), "путин");
        assert!(matches!(fold_case("already"), Cow::Borrowed(_)));
        assert!(matches!(fold_case("čeština"), Cow::Borrowed(_)));
    }
}
