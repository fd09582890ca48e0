//! Integration tests: one binary, modules per area, shared helpers in `support`.

mod support;

mod cli;
mod engine;
mod figures;
mod links;
mod names;
mod ui;
mod workspace;
