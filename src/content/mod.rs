//! What the kiosk knows and decides: the data files (embedded or a content
//! update), the translations, the national lines, the guide's questions and
//! rules, the guide pages, and the checks that locate every problem in them.

pub mod bidi;
pub mod check;
pub mod corrections;
pub mod files;
pub mod flow;
pub mod guides;
pub mod i18n;
pub mod lines;
pub mod load;
pub mod problem;
pub mod rules;
pub mod signing;
pub mod update;
