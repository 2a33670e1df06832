//! What a view's parameters select in the seed corpus (`engine::view`), and that a selection
//! named in an address finds the same quotation or name again.

mod hay;

use engine::address::{QuoteRef, ViewParams};
use engine::search::Hit;
use engine::Corpus;
use hay::seeds;

fn all_match(c: &Corpus) -> Vec<Option<Vec<Hit>>> {
    vec![Some(Vec::new()); c.quotes.quotes.len()]
}

#[test]
fn toggling_every_article_off_and_on_returns_to_all() {
    let c = seeds();
    let mut p = ViewParams::default();
    for d in 0..c.docs.len() {
        p = c.toggled_doc(&p, d);
    }
    assert_eq!(c.selected_docs(&p), Some(vec![]));
    for d in 0..c.docs.len() {
        p = c.toggled_doc(&p, d);
    }
    assert_eq!(p.docs, "");
    assert_eq!(c.selected_docs(&p), None);
}

#[test]
fn unchecking_one_article_selects_the_others() {
    let c = seeds();
    let p = c.toggled_doc(&ViewParams::default(), 0);
    assert_eq!(c.selected_docs(&p), Some((1..c.docs.len()).collect()));
}

#[test]
fn unknown_slugs_in_a_link_are_ignored() {
    let c = seeds();
    let p = ViewParams { docs: format!("nope,{}", c.docs[1].slug), ..Default::default() };
    assert_eq!(c.selected_docs(&p), Some(vec![1]));
}

#[test]
fn quotes_filter_by_speaker_kind_and_article() {
    let c = seeds();
    let p = ViewParams { speaker: "Tillerson".into(), ..Default::default() };
    let shown = c.visible_quotes(&p, &all_match(c), false);
    assert!(!shown.is_empty());
    assert!(shown.iter().all(|&i| c.quotes.speaker_name(i) == Some("Rex Tillerson")));
    let terms = c.visible_quotes(&ViewParams { kind: "term".into(), ..Default::default() }, &all_match(c), false);
    assert!(!terms.is_empty() && terms.iter().all(|&i| c.quotes.quotes[i].kind.as_str() == "term"));
    let nobody = c.visible_quotes(&ViewParams { speaker: "-".into(), ..Default::default() }, &all_match(c), false);
    assert!(nobody.iter().all(|&i| c.quotes.quotes[i].speaker.is_none()));
    let unknown = c.visible_quotes(&ViewParams { speaker: "Nobody Atall".into(), ..Default::default() }, &all_match(c), false);
    assert!(unknown.is_empty());
    let only_two = c.visible_quotes(&ViewParams { docs: c.docs[2].slug.clone(), ..Default::default() }, &all_match(c), false);
    assert!(!only_two.is_empty() && only_two.iter().all(|&i| c.quotes.quotes[i].doc == 2));
}

#[test]
fn every_quotation_and_name_is_found_again_from_its_address() {
    let c = seeds();
    for i in 0..c.quotes.quotes.len() {
        let r = c.quote_ref(i);
        let back: QuoteRef = r.to_string().parse().expect("a quotation reference reads back");
        assert_eq!(c.quote_by_ref(&back), Some(i), "{r}");
    }
    for (e, ent) in c.entities.iter().enumerate() {
        assert_eq!(c.entity_by_name(&ent.name), Some(e), "{}", ent.name);
    }
    assert_eq!(c.quote_by_ref(&QuoteRef { article: "no-such-article".into(), start: 0 }), None);
    assert_eq!(c.entity_by_name(""), None);
}
