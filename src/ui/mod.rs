//! Pieces several screens share, below them: nothing here imports a screen.

pub mod article;
pub mod corrections;
pub mod download;
pub mod filters;
pub mod grid;
pub mod highlight;
pub mod notebook;
pub mod page;
pub mod paging;
pub mod print;
pub mod props;
pub mod search_box;
pub mod teach;
pub mod word_tools;
