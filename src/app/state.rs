//! The app's view state: the workspace's [`View`] (selection, panel settings, theme) and the
//! live panel layout, an egui_tiles tree.

use std::ops::{Deref, DerefMut};

pub use crate::workspace::view::*;

/// The layout a new window starts with: lists on the left, details in the middle, the Reader on
/// the right, charts below.
pub fn default_layout() -> egui_tiles::Tree<Pane> {
    let mut tiles = egui_tiles::Tiles::default();
    let tabs = |panes: &[Pane], tiles: &mut egui_tiles::Tiles<Pane>| {
        let ids = panes.iter().map(|&p| tiles.insert_pane(p)).collect();
        tiles.insert_tab_tile(ids)
    };
    let left = tabs(
        &[Pane::Terms, Pane::Documents, Pane::Names, Pane::Problems],
        &mut tiles,
    );
    let middle_top = tabs(
        &[Pane::Concordance, Pane::Figures, Pane::Passages],
        &mut tiles,
    );
    let middle_bottom = tabs(
        &[Pane::TermChart, Pane::Dispersion, Pane::FigureChart],
        &mut tiles,
    );
    let middle = tiles.insert_vertical_tile(vec![middle_top, middle_bottom]);
    let right = tabs(&[Pane::Reader], &mut tiles);
    let root = tiles.insert_horizontal_tile(vec![left, middle, right]);
    egui_tiles::Tree::new(egui::Id::unique("quarry-layout"), root, tiles)
}

/// The view and the live layout.
#[derive(Clone, Debug)]
pub struct ViewState {
    /// Selection, panel settings and theme.
    pub view: View,
    /// The panel layout.
    pub layout: egui_tiles::Tree<Pane>,
}

impl Default for ViewState {
    fn default() -> Self {
        Self {
            view: View::default(),
            layout: default_layout(),
        }
    }
}

impl Deref for ViewState {
    type Target = View;

    fn deref(&self) -> &View {
        &self.view
    }
}

impl DerefMut for ViewState {
    fn deref_mut(&mut self) -> &mut View {
        &mut self.view
    }
}
