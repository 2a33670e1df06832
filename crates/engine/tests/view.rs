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
    let unknown =
        c.visible_quotes(&ViewParams { speaker: "Nobody Atall".into(), ..Default::default() }, &all_match(c), false);
    assert!(unknown.is_empty());
    let only_two =
        c.visible_quotes(&ViewParams { docs: c.docs[2].slug.clone(), ..Default::default() }, &all_match(c), false);
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

#[test]
fn a_quotation_is_shown_with_the_marks_it_is_written_with() {
    let c = Corpus::from_texts([(
        "a.txt",
        "Officials met in the capital\n\nHe called it ‘a disgrace’ and said: “We will not wait.”\n",
    )])
    .expect("builds");
    let marks: Vec<(&str, (&str, &str))> =
        (0..c.quotes.quotes.len()).map(|i| (c.quotes.quotes[i].text.as_str(), c.quote_marks(i))).collect();
    assert_eq!(marks, [("a disgrace", ("‘", "’")), ("We will not wait.", ("“", "”"))]);
}

#[test]
fn names_follow_the_article_filter_and_the_search_box() {
    let c = seeds();
    let all = c.visible_entities(&ViewParams::default(), &c.name_words());
    assert_eq!(all.len(), c.entities.len());
    let one = ViewParams { docs: c.docs[2].slug.clone(), ..Default::default() };
    let in_one = c.visible_entities(&one, &c.name_words());
    assert!(!in_one.is_empty() && in_one.len() < all.len());
    assert!(
        in_one.iter().all(|&e| c.entities[e].mentions.iter().any(|m| m.doc == 2)),
        "every name listed is in the ticked article"
    );
    let lav = c.visible_entities(&ViewParams { q: "lav".into(), ..Default::default() }, &c.name_words());
    let names: Vec<&str> = lav.iter().map(|&e| c.entities[e].name.as_str()).collect();
    assert!(names.contains(&"Sergey Lavrov"), "{names:?}");
    assert!(
        names.iter().all(|n| n.to_lowercase().split(' ').any(|w| w.starts_with("lav"))
            || c.entities[c.entity_by_name(n).unwrap()].variants.iter().any(|v| v.to_lowercase().contains("lav"))),
        "{names:?}"
    );
}
