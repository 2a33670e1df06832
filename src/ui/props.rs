//! The properties every screen of a collection takes: the corpus, the view's parameters (from the
//! address) and the callback that moves to other parameters on the same screen.

use engine::address::ViewParams;
use yew::prelude::*;

use crate::corpus::CorpusRef;

/// What a screen is given.
#[derive(Properties, PartialEq)]
pub struct ViewProps {
    pub corpus: CorpusRef,
    pub params: ViewParams,
    pub on_params: Callback<ViewParams>,
}
