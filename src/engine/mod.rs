//! The analysis engine: pure Rust, no user interface, deterministic whatever the thread count.
//!
//! The pipeline runs in this order, one concept per module:
//! - [`corpus`] finds the files of a folder and reads each into a [`corpus::Document`]
//!   ([`decode`] for encodings, [`html`] for web pages, [`segment`] for paragraphs and sentences);
//! - [`tokenize`] splits text into tokens; [`index`] stores every token of every document, with
//!   surface forms in a compact [`vocabulary`];
//! - [`terms`] counts terms under [`terms::TermSettings`] (case folding, hyphen parts,
//!   [`stopwords`]); [`ngrams`], [`keyness`] and [`kwic`] (concordance and dispersion) query them;
//! - [`analysis`] runs it all for a folder, reporting progress through a [`job::Job`].

pub mod analysis;
pub(crate) mod bits;
pub mod corpus;
pub mod decode;
pub mod figures;
pub mod html;
pub mod index;
pub mod job;
pub mod keyness;
pub mod kwic;
pub mod links;
pub mod names;
pub mod ngrams;
pub mod passages;
pub mod segment;
pub mod stopwords;
pub mod terms;
pub mod tokenize;
pub mod vocabulary;
