//! The screens of the app, one file each: what the header's views open. Each takes the corpus and
//! its view's parameters from the address (`crate::ui::props::ViewProps`, or its own props) and
//! draws them; the pieces several screens share are in `crate::ui`, below them.

pub mod collocates;
pub mod compare;
pub mod concordance;
pub mod exercises;
pub mod hand_ins;
pub mod help;
pub mod lesson;
pub mod names;
pub mod profiles;
pub mod quotes;
pub mod reader;
pub mod search;
pub mod speakers;
pub mod teach;
pub mod timeline;
pub mod trends;
pub mod words;
