//! Report renderers for the terminal (JSON is serde's job).

pub mod human;
pub mod vantages;
