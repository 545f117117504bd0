//! factdiff: check whether news sources agree on the facts of a story.
//!
//! The library is a pipeline of pure stages; only the binary (`main.rs`)
//! touches the terminal and picks the exit status.
//!
//! ```text
//! corpus ─► text ─► extract ─► claims ─► compare ─► report
//! ```
//!
//! * [`corpus`] turns paths into [`corpus::Article`]s (encoding, language,
//!   metadata, boilerplate), collecting soft errors instead of stopping.
//! * [`text`] folds accents, quotes and spaces while keeping a byte map back
//!   to the original text, and splits sentences.
//! * [`rules`] loads the rule files (`rules/<lang>/*.json`), validates them and
//!   expands lexicon references inside patterns.
//! * [`extract`] finds mentions (dates, numbers, quantities, people, events).
//! * [`claims`] turns mentions into typed claims about a subject.
//! * [`families`] finds wire copy and [`stories`] tells unrelated articles
//!   apart, so that only independent sources of one story are counted.
//! * [`compare`] groups claims across sources and gives verdicts.
//! * [`report`] renders a [`compare::Report`] in every output format.
//! * [`baseline`] records accepted findings so CI fails only on new ones.

pub mod baseline;
pub mod claims;
pub mod compare;
pub mod corpus;
pub mod error;
pub mod excerpt;
pub mod extract;
pub mod families;
pub mod pipeline;
pub mod report;
pub mod rules;
pub mod stories;
pub mod text;
pub mod value;

pub use error::Error;
