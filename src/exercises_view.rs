//! The teacher's exercise sheet (`seeds/exercises.toml`, built in): each question opens its view
//! with one click; the student's answers and notes are kept in this browser and exported.

use yew::prelude::*;

use crate::corpus::CorpusRef;
use crate::route::ViewParams;

#[derive(Properties, PartialEq)]
pub struct ExercisesViewProps {
    pub corpus: CorpusRef,
    pub params: ViewParams,
    pub on_params: Callback<ViewParams>,
}

#[function_component(ExercisesView)]
pub fn view(props: &ExercisesViewProps) -> Html {
    let _ = (&props.corpus, &props.params, &props.on_params);
    html! { <section id="exercises-view"><h2>{"Under construction"}</h2></section> }
}
