//! The outlet of each seed article, as a printed citation names it.

#[allow(dead_code)]
mod hay;

use engine::outlet::{author_without_outlet, outlet, OutletClue};
use hay::seeds;

#[test]
fn the_seed_outlets_are_named_only_where_the_page_names_them() {
    let got: Vec<(&str, Option<(String, OutletClue)>)> =
        seeds().docs.iter().map(|d| (&d.file_name[..3], outlet(d).map(|o| (o.name, o.clue)))).collect();
    assert_eq!(
        got,
        [
            // The SEO page, the partisan blog and the student paper state no publisher in their text;
            // 001's closing "U.S. & Global News" is a section link after the article, not a masthead.
            ("000", None),
            ("001", None),
            ("002", None),
            // "American Journal News" heads the site navigation above the title.
            ("003", Some(("American Journal News".to_owned(), OutletClue::Masthead))),
            // 004's text names the Times as a source, never itself.
            ("004", None),
        ]
    );
}

#[test]
fn the_related_stories_bylines_do_not_lend_their_outlets_to_the_article() {
    let d = seeds().docs.iter().find(|d| d.file_name.starts_with("003")).expect("seed 003");
    assert_eq!(d.byline.as_deref(), Some("Dan Desai Martin"));
    assert_eq!(author_without_outlet(d.byline.as_deref().unwrap_or_default(), outlet(d).as_ref()), "Dan Desai Martin");
}
