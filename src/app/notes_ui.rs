//! A note, tags and a pin for the selected passage, figure or name; kept in the workspace.

use egui::Ui;

use crate::workspace::model::{Note, Target};

/// Edits the note on `target`; `pins` is the pin list for its kind (none for names).
pub fn note_ui(ui: &mut Ui, target: Target, notes: &mut Vec<Note>, pins: Option<&mut Vec<String>>) {
    ui.horizontal(|ui| {
        if let Some(pins) = pins {
            let id = match &target {
                Target::Passage(id) | Target::Figure(id) | Target::Name(id) => id.clone(),
            };
            let mut pinned = pins.contains(&id);
            if ui.checkbox(&mut pinned, "Pinned").changed() {
                if pinned {
                    pins.push(id);
                    pins.sort();
                } else {
                    pins.retain(|p| p != &id);
                }
            }
        }
        ui.label(egui::RichText::new("Note:").weak());
    });
    let index = match notes.iter().position(|n| n.target == target) {
        Some(i) => i,
        None => {
            notes.push(Note {
                target: target.clone(),
                text: String::new(),
                tags: Vec::new(),
            });
            notes.len() - 1
        }
    };
    let note = &mut notes[index];
    let label = ui.label(egui::RichText::new("Your note").weak());
    ui.add(
        egui::TextEdit::multiline(&mut note.text)
            .hint_text("What to check, who to call…")
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    let mut tags = note.tags.join(", ");
    ui.horizontal(|ui| {
        let label = ui.label("Tags:");
        if ui
            .add(egui::TextEdit::singleline(&mut tags).hint_text("comma, separated"))
            .labelled_by(label.id)
            .changed()
        {
            let mut parsed: Vec<String> = tags
                .split(',')
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect();
            parsed.sort();
            parsed.dedup();
            note.tags = parsed;
        }
    });
    // Empty notes are not kept.
    notes.retain(|n| !(n.text.is_empty() && n.tags.is_empty() && n.target != target));
}
