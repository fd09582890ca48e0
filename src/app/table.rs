//! Helpers shared by the virtualised tables: keyboard navigation and sortable headers.

use egui::{Key, Ui};

/// The row the arrow keys move to from `selected` in a table of `rows` rows, when the pointer is
/// over `ui` (the panel) and no text field has focus. Enter is reported as `activate`.
pub struct KeyMove {
    /// The newly selected row.
    pub row: Option<usize>,
    /// Enter was pressed on the selected row.
    pub activate: bool,
}

/// Reads arrow keys, Page Up/Down, Home/End and Enter for a table under the pointer.
pub fn keyboard(ui: &Ui, rows: usize, selected: Option<usize>) -> KeyMove {
    let mut result = KeyMove {
        row: None,
        activate: false,
    };
    // The table is drawn after this call, so test the panel's whole rectangle.
    if rows == 0 || !ui.rect_contains_pointer(ui.max_rect()) || ui.ctx().egui_wants_keyboard_input()
    {
        return result;
    }
    ui.input(|input| {
        let current = selected.unwrap_or(0);
        let last = rows - 1;
        let target = if input.key_pressed(Key::ArrowDown) {
            Some(if selected.is_some() {
                (current + 1).min(last)
            } else {
                0
            })
        } else if input.key_pressed(Key::ArrowUp) {
            Some(current.saturating_sub(1))
        } else if input.key_pressed(Key::PageDown) {
            Some((current + 20).min(last))
        } else if input.key_pressed(Key::PageUp) {
            Some(current.saturating_sub(20))
        } else if input.key_pressed(Key::Home) {
            Some(0)
        } else if input.key_pressed(Key::End) {
            Some(last)
        } else {
            None
        };
        result.row = target;
        result.activate = selected.is_some() && input.key_pressed(Key::Enter);
    });
    result
}

/// A clickable column header; returns true when clicked. Shows ▼/▲ on the sorted column.
pub fn sort_header(ui: &mut Ui, label: &str, active: bool, descending: bool) -> bool {
    let text = if active {
        format!("{label} {}", if descending { "▼" } else { "▲" })
    } else {
        label.to_string()
    };
    ui.add(egui::Button::new(egui::RichText::new(text).strong()).frame(false))
        .on_hover_text(format!("Sort by {}", label.to_lowercase()))
        .clicked()
}

/// Formats a count with thousands separators ("12,345").
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_separated() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(1234567), "1,234,567");
        assert_eq!(super::thousands(999), "999");
    }
}
