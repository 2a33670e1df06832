//! Text with highlighted spans.

use engine::search::segments;
use engine::Span;
use yew::prelude::*;

/// Renders `text` with each span in a `<mark>`. When `first_hit` is given, the marks are hits
/// numbered from it (ids `hit-N`, counted from 1) and the one numbered `current` is marked current.
pub fn marked(text: &str, spans: &[Span], first_hit: Option<usize>, current: Option<usize>) -> Html {
    segments(text, spans)
        .into_iter()
        .map(|(span, k)| {
            let piece = text[span.range()].to_owned();
            match (k, first_hit) {
                (None, _) => html! { {piece} },
                (Some(k), Some(first)) => {
                    let n = first + k;
                    let class = classes!("hit", (Some(n) == current).then_some("current"));
                    html! { <mark id={format!("hit-{n}")} {class}>{piece}</mark> }
                }
                (Some(_), None) => html! { <mark>{piece}</mark> },
            }
        })
        .collect()
}
