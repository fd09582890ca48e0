//! Converts the live egui_tiles layout to the workspace's [`Layout`] tree and back.

use egui_tiles::{Container, LinearDir, Tile, TileId, Tiles, Tree};

use crate::workspace::model::Layout;

use super::state::{Pane, default_layout};

fn to_layout(tiles: &Tiles<Pane>, id: TileId) -> Option<Layout> {
    match tiles.get(id)? {
        Tile::Pane(pane) => Some(Layout::Pane(*pane)),
        Tile::Container(Container::Tabs(tabs)) => {
            let children: Vec<Layout> = tabs
                .children
                .iter()
                .filter_map(|&c| to_layout(tiles, c))
                .collect();
            let active = tabs
                .active
                .and_then(|a| tabs.children.iter().position(|&c| c == a))
                .unwrap_or(0);
            Some(Layout::Tabs { active, children })
        }
        Tile::Container(Container::Linear(linear)) => {
            let shares = linear.children.iter().map(|&c| linear.shares[c]).collect();
            let children = linear
                .children
                .iter()
                .filter_map(|&c| to_layout(tiles, c))
                .collect();
            Some(match linear.dir {
                LinearDir::Horizontal => Layout::Row { shares, children },
                LinearDir::Vertical => Layout::Column { shares, children },
            })
        }
        Tile::Container(Container::Grid(grid)) => Some(Layout::Grid {
            children: grid
                .children()
                .filter_map(|&c| to_layout(tiles, c))
                .collect(),
        }),
    }
}

/// The workspace form of `tree`.
pub fn layout_of(tree: &Tree<Pane>) -> Layout {
    tree.root()
        .and_then(|root| to_layout(&tree.tiles, root))
        .unwrap_or_default()
}

fn insert(tiles: &mut Tiles<Pane>, layout: &Layout) -> TileId {
    match layout {
        Layout::Pane(pane) => tiles.insert_pane(*pane),
        Layout::Tabs { active, children } => {
            let ids: Vec<TileId> = children.iter().map(|c| insert(tiles, c)).collect();
            let mut tabs = egui_tiles::Tabs::new(ids.clone());
            tabs.active = ids.get(*active).or(ids.first()).copied();
            tiles.insert_container(tabs)
        }
        Layout::Row { shares, children } | Layout::Column { shares, children } => {
            let ids: Vec<TileId> = children.iter().map(|c| insert(tiles, c)).collect();
            let dir = if matches!(layout, Layout::Row { .. }) {
                LinearDir::Horizontal
            } else {
                LinearDir::Vertical
            };
            let mut linear = egui_tiles::Linear::new(dir, ids.clone());
            for (id, share) in ids.iter().zip(shares) {
                if share.is_finite() && *share > 0.0 {
                    linear.shares.set_share(*id, *share);
                }
            }
            tiles.insert_container(linear)
        }
        Layout::Grid { children } => {
            let ids: Vec<TileId> = children.iter().map(|c| insert(tiles, c)).collect();
            tiles.insert_container(egui_tiles::Grid::new(ids))
        }
    }
}

/// The live tree for a workspace layout; the default layout when the saved one is empty.
pub fn tree_of(layout: &Layout) -> Tree<Pane> {
    let empty = matches!(layout, Layout::Tabs { children, .. } if children.is_empty());
    if empty {
        return default_layout();
    }
    let mut tiles = Tiles::default();
    let root = insert(&mut tiles, layout);
    Tree::new(egui::Id::unique("quarry-layout"), root, tiles)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_layout_survives_conversion() {
        let layout = layout_of(&default_layout());
        assert!(matches!(&layout, Layout::Row { children, .. } if children.len() == 3));
        assert_eq!(layout_of(&tree_of(&layout)), layout);
    }
}
