//! What two seed articles share (`engine::pair`), as Compare shows it.

mod hay;

use hay::seeds;

#[test]
fn the_two_reports_of_trumps_meeting_share_a_quotation_names_and_no_passage() {
    let c = seeds();
    let r = c.pair_report(3, 4);
    assert!(r.passages.is_empty(), "no passage of text is shared word for word");
    let q = r
        .quotes
        .iter()
        .find(|q| c.quotes.quotes[q.quotes[0]].text.contains("great pressure"))
        .expect("the remark is in both");
    let cues: Vec<Option<&str>> = q.quotes.iter().map(|&i| c.quotes.quotes[i].cue.as_deref()).collect();
    assert!(cues.iter().all(Option::is_some), "each article's verb of saying: {cues:?}");
    assert!(!q.common[0].is_empty() && !q.common[1].is_empty(), "the words the versions share are marked");
    let names: Vec<&str> = r.names.iter().map(|n| c.entities[n.entity].name.as_str()).collect();
    for who in ["Donald Trump", "Sergey Lavrov"] {
        assert!(names.contains(&who), "{who} is named in both: {names:?}");
    }
    assert!(r.names.iter().all(|n| n.mentions[0] > 0 && n.mentions[1] > 0));
    assert!(!r.is_empty());
    assert_eq!(c.pair_report(3, 3), Default::default(), "an article shares nothing with itself here");
}

#[test]
fn the_seeds_best_pair_shares_something() {
    let c = seeds();
    let (a, b) = c.best_pair();
    let r = c.pair_report(a, b);
    assert!(r.passages.len() + r.quotes.len() > 0, "the seeds' best pair shares something: {:?}", (a, b));
}
