//! Sourcing profiles: a card per article and one sortable table comparing them; every number links
//! to the passages behind it.

use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::route::ViewParams;

#[derive(Properties, PartialEq)]
pub struct ProfilesViewProps {
    pub corpus: CorpusRef,
    pub params: ViewParams,
    pub on_params: Callback<ViewParams>,
}

#[function_component(ProfilesView)]
pub fn view(props: &ProfilesViewProps) -> Html {
    let _ = (&props.corpus, &props.params, &props.on_params);
    html! { <section id="profile-view"><h2>{"Under construction"}</h2></section> }
}
