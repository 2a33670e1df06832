//! Text with highlighted spans, in layers: search hits (numbered, one current), the selection (a
//! quotation, or a name's mentions, numbered, one current) and the cue that attributed the
//! quotation, and the passages behind a sourcing-profile number (numbered, one current). Layers
//! may overlap; each piece of text is wrapped in the marks of every layer it belongs to.

use engine::Span;
use yew::prelude::*;

/// What to highlight in one block of text. All spans are byte ranges into the text; each list is
/// sorted and non-overlapping.
#[derive(Clone, Copy, Debug, Default)]
pub struct Layers<'a> {
    /// Search hits.
    pub hits: &'a [Span],
    /// The number (from 1) of the first hit in `hits`, when hits are numbered (the reader).
    pub first_hit: Option<usize>,
    /// The number of the current hit.
    pub current: Option<usize>,
    /// The selected quotation's words (one item), or the selected name's mentions (an item each),
    /// in this text (sorted, not overlapping).
    pub selection: &'a [Numbered],
    /// The number of the current item of the selection.
    pub selection_current: Option<usize>,
    /// The class of the selection's marks: `quote` or `entity` (the current item's first piece
    /// has the id `quote-sel` or `entity-sel`).
    pub focus_class: &'static str,
    /// The cue phrase of the selected quotation.
    pub cue: &'a [Span],
    /// The passages behind a profile number (sorted, not overlapping).
    pub evidence: &'a [Numbered],
    /// The number of the current passage.
    pub evidence_current: Option<usize>,
}

/// A piece, in one text, of a numbered item: a profile number's passage, a name's mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Numbered {
    pub span: Span,
    /// The item's number, from 1.
    pub passage: usize,
    /// Whether this is the item's first piece (a passage's gets the id `ev-N`).
    pub first: bool,
}

/// One piece of text and the layers it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub span: Span,
    /// Index into `hits`, and whether this is the hit's first piece.
    pub hit: Option<(usize, bool)>,
    /// In the selection: the item's number, and whether this is the item's first piece.
    pub quote: Option<(usize, bool)>,
    pub cue: bool,
    /// In a profile passage: its number, and whether this is the passage's first piece.
    pub evidence: Option<(usize, bool)>,
}

/// Cuts `len` bytes of text into pieces at every span edge of every layer.
pub fn pieces(len: usize, layers: &Layers) -> Vec<Piece> {
    let all = layers
        .hits
        .iter()
        .chain(layers.selection.iter().map(|e| &e.span))
        .chain(layers.cue)
        .chain(layers.evidence.iter().map(|e| &e.span));
    let mut cuts: Vec<usize> = vec![0, len];
    for s in all {
        cuts.push((s.start as usize).min(len));
        cuts.push((s.end as usize).min(len));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let find = |spans: &[Span], a: usize| spans.iter().position(|s| s.start as usize <= a && a < s.end as usize);
    let mut seen_hits = Vec::new();
    let mut seen_selection = Vec::new();
    let mut seen_evidence = Vec::new();
    let numbered = |items: &[Numbered], a: usize, seen: &mut Vec<usize>| {
        items.iter().find(|e| e.span.start as usize <= a && a < e.span.end as usize).map(|e| {
            let first = e.first && !seen.contains(&e.passage);
            seen.push(e.passage);
            (e.passage, first)
        })
    };
    cuts.windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let hit = find(layers.hits, a).map(|k| {
                let first = !seen_hits.contains(&k);
                seen_hits.push(k);
                (k, first)
            });
            let quote = numbered(layers.selection, a, &mut seen_selection);
            let evidence = numbered(layers.evidence, a, &mut seen_evidence);
            Piece { span: Span::new(a, b), hit, quote, cue: find(layers.cue, a).is_some(), evidence }
        })
        .collect()
}

/// Renders `text` with its layers as `<mark>`s: hits as `mark.hit` (with ids `hit-N` when
/// numbered, `current` on the current one), the selection as `mark.quote` or `mark.entity` (id
/// `quote-sel` or `entity-sel` on the current item's first piece, `current-item` on its pieces), the cue as `mark.cue`, profile passages as
/// `mark.evidence` (id `ev-N` on a passage's first piece, `current` on the current passage).
pub fn marked(text: &str, layers: Layers) -> Html {
    pieces(text.len(), &layers)
        .into_iter()
        .map(|p| {
            let mut html = html! { {text[p.span.range()].to_owned()} };
            if let Some((k, first)) = p.hit {
                html = match layers.first_hit {
                    Some(base) => {
                        let n = base + k;
                        let class = classes!("hit", (Some(n) == layers.current).then_some("current"));
                        let id = first.then(|| format!("hit-{n}"));
                        html! { <mark {id} {class}>{html}</mark> }
                    }
                    None => html! { <mark>{html}</mark> },
                };
            }
            if p.cue {
                html = html! { <mark class="cue" title="the words that attribute the quotation">{html}</mark> };
            }
            if let Some((n, first)) = p.quote {
                let kind = if layers.focus_class.is_empty() { "quote" } else { layers.focus_class };
                let current = Some(n) == layers.selection_current;
                let id = (first && current).then(|| format!("{kind}-sel"));
                let class = classes!(kind, current.then_some("current-item"));
                html = html! { <mark {class} {id} data-item={n.to_string()}>{html}</mark> };
            }
            if let Some((n, first)) = p.evidence {
                let class = classes!("evidence", (Some(n) == layers.evidence_current).then_some("current"));
                let id = first.then(|| format!("ev-{n}"));
                html = html! { <mark {id} {class} data-passage={n.to_string()}>{html}</mark> };
            }
            html
        })
        .collect()
}

/// Plain hits, not numbered: snippets and quotation lists.
pub fn marked_hits(text: &str, hits: &[Span]) -> Html {
    marked(text, Layers { hits, ..Layers::default() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_layers_cut_the_text_into_pieces_that_rebuild_it() {
        let hits = [Span::new(4, 9)];
        let selection = [Numbered { span: Span::new(2, 12), passage: 1, first: true }];
        let layers = Layers { hits: &hits, selection: &selection, selection_current: Some(1), ..Layers::default() };
        let ps = pieces(14, &layers);
        let spans: Vec<(u32, u32)> = ps.iter().map(|p| (p.span.start, p.span.end)).collect();
        assert_eq!(spans, [(0, 2), (2, 4), (4, 9), (9, 12), (12, 14)]);
        assert_eq!(ps[1].quote, Some((1, true)));
        assert_eq!(ps[2].hit, Some((0, true)));
        assert_eq!(ps[2].quote, Some((1, false)));
        assert_eq!(ps[4].quote, None);
    }

    #[test]
    fn a_hit_split_by_a_quotation_edge_keeps_one_first_piece() {
        let hits = [Span::new(0, 6)];
        let selection = [Numbered { span: Span::new(3, 8), passage: 1, first: true }];
        let ps = pieces(8, &Layers { hits: &hits, selection: &selection, ..Layers::default() });
        let firsts: Vec<_> = ps.iter().filter_map(|p| p.hit).collect();
        assert_eq!(firsts, [(0, true), (0, false)]);
    }

    #[test]
    fn a_profile_passage_cut_by_a_hit_keeps_one_first_piece() {
        let hits = [Span::new(2, 4)];
        let evidence = [
            Numbered { span: Span::new(0, 6), passage: 3, first: true },
            Numbered { span: Span::new(8, 9), passage: 4, first: false },
        ];
        let ps = pieces(10, &Layers { hits: &hits, evidence: &evidence, ..Layers::default() });
        let marked: Vec<_> = ps.iter().filter_map(|p| p.evidence).collect();
        // Passage 4 began in an earlier text: no piece of it here is its first.
        assert_eq!(marked, [(3, true), (3, false), (3, false), (4, false)]);
    }
}
