//! The dockable panels: egui_tiles calls `pane_ui` for each visible pane, which hands
//! it to the panel's `*_ui` function with a [`PanelContext`].

use egui_tiles::{Tile, TileId, Tree, UiResponse};

use super::caches::Caches;
use super::command::Command;
use super::snapshot::{Relations, Snapshot};
use super::state::{Pane, ViewState};
use super::{Focus, Searched};
use crate::workspace::model::{Note, Pinned, Settings};

/// What every panel may read, and where it sends commands.
pub struct PanelContext<'a> {
    /// The corpus.
    pub snapshot: &'a Snapshot,
    /// Names and links, once found.
    pub relations: Option<&'a Relations>,
    /// Analysis settings.
    pub settings: &'a Settings,
    /// The user's notes and tags.
    pub notes: &'a mut Vec<Note>,
    /// Pinned passages and figures.
    pub pinned: &'a mut Pinned,
    /// The view state (the panel's own part is mutable for its controls).
    pub view: &'a mut ViewState,
    /// Panel caches.
    pub caches: &'a mut Caches,
    /// The last concordance result.
    pub searched: Option<&'a Searched>,
    /// A concordance search is running.
    pub searching: bool,
    /// Names and links are still being found.
    pub relating: bool,
    /// What the Reader shows.
    pub focus: Option<Focus>,
    /// The Reader should scroll to the focus this frame.
    pub scroll_to_focus: &'a mut bool,
    /// Changes whenever the data changes; part of every cache key.
    pub data_version: u64,
    /// Changes whenever the names and links change; part of the key of every cache that reads
    /// them.
    pub relations_version: u64,
    /// Commands for the app.
    pub commands: &'a mut Vec<Command>,
}

impl PanelContext<'_> {
    /// The versions a cache of what reads the names and links is keyed by.
    pub fn versions(&self) -> super::caches::Versions {
        (self.data_version, self.relations_version)
    }
}

/// The egui_tiles behaviour: panel titles, and each panel drawn with the shared context.
pub struct Panels<'a> {
    /// What the panels read and where they send commands.
    pub cx: PanelContext<'a>,
}

impl egui_tiles::Behavior<Pane> for Panels<'_> {
    fn pane_ui(&mut self, ui: &mut egui::Ui, _tile_id: TileId, pane: &mut Pane) -> UiResponse {
        let cx = &mut self.cx;
        egui::Frame::new()
            .inner_margin(egui::Margin::same(6))
            .show(ui, |ui| match *pane {
                Pane::Documents => super::documents_ui::documents_ui(ui, cx),
                Pane::Terms => super::terms_ui::terms_ui(ui, cx),
                Pane::TermChart => super::charts_ui::term_chart_ui(ui, cx),
                Pane::Dispersion => super::charts_ui::dispersion_ui(ui, cx),
                Pane::Concordance => super::concordance_ui::concordance_ui(ui, cx),
                Pane::Figures => super::figures_ui::figures_ui(ui, cx),
                Pane::FigureChart => super::charts_ui::figure_chart_ui(ui, cx),
                Pane::Names => super::names_ui::names_ui(ui, cx),
                Pane::Passages => super::passages_ui::passages_ui(ui, cx),
                Pane::Reader => super::reader_ui::reader_ui(ui, cx),
                Pane::Problems => super::problems_ui::problems_ui(ui, cx),
            });
        UiResponse::None
    }

    fn tab_title_for_pane(&mut self, pane: &Pane) -> egui::WidgetText {
        pane.title().into()
    }

    fn is_tab_closable(&self, tiles: &egui_tiles::Tiles<Pane>, tile_id: TileId) -> bool {
        // Every panel can be closed and brought back from the View menu.
        tiles.get_pane(&tile_id).is_some()
    }

    fn simplification_options(&self) -> egui_tiles::SimplificationOptions {
        egui_tiles::SimplificationOptions {
            all_panes_must_have_tabs: true,
            ..egui_tiles::SimplificationOptions::default()
        }
    }
}

/// Makes `pane` the active tab of its container, adding it to the root if it was closed.
pub fn show_pane(tree: &mut Tree<Pane>, pane: Pane) {
    let tile = match tree.tiles.find_pane(&pane) {
        Some(tile) => tile,
        None => {
            let tile = tree.tiles.insert_pane(pane);
            match tree.root().and_then(|root| tree.tiles.get_mut(root)) {
                Some(Tile::Container(container)) => container.add_child(tile),
                _ => {
                    let tabs = tree.tiles.insert_tab_tile(vec![tile]);
                    tree.root = Some(tabs);
                }
            }
            tile
        }
    };
    tree.make_active(|id, _| id == tile);
    tree.set_visible(tile, true);
}

/// Whether `pane` is in the layout.
pub fn has_pane(tree: &Tree<Pane>, pane: Pane) -> bool {
    tree.tiles.find_pane(&pane).is_some()
}
