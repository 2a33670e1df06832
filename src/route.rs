//! The view state as it lives in the URL: the route (which screen) and [`ViewParams`] (query,
//! filters, selected hit). The URL is the source of truth: the app derives everything else from it,
//! so a pasted link, a reload, back and forward all show the same view.

use engine::search::SearchOptions;
use engine::Corpus;
use serde::{Deserialize, Serialize};
use yew_router::prelude::*;

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Search,
    #[at("/article/:slug")]
    Article { slug: String },
    #[at("/quotes")]
    Quotes,
    #[at("/speakers")]
    Speakers,
    #[at("/entities")]
    Entities,
    #[at("/compare")]
    Compare,
    #[at("/timeline")]
    Timeline,
    /// Sourcing profiles: a card per article and a table comparing them (src/profile_view.rs).
    #[at("/profiles")]
    Profiles,
    /// The teacher's exercise sheet with the student's answers (src/exercises_view.rs).
    #[at("/exercises")]
    Exercises,
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// The query-string part of the view. Empty fields are left out of the URL.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewParams {
    /// What was typed in the search box.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub q: String,
    /// The articles searched, as comma-separated slugs; empty for all.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub docs: String,
    /// 1 to include boilerplate in search.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub bp: u8,
    /// The selected hit in the reader, counted from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hit: Option<usize>,
    /// Quotes view: only this speaker's quotations (canonical name; `-` for quotations with none).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub speaker: String,
    /// Quotes view: only this kind (`full`, `partial`, `term`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
    /// The selected quotation (its index in the corpus), highlighted in the reader.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<usize>,
    /// The selected entity (its index in the corpus), highlighted in the reader and listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ent: Option<usize>,
    /// Compare view: the left and right articles (slugs).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub a: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub b: String,
    /// Profiles view: the article whose card is open (slug).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub article: String,
    /// Profiles view: the table's sort column (`engine::profile::Measure::key`), `-` in front for
    /// descending.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sort: String,
    /// Reader: the profile measure whose passages are highlighted (`Measure::key`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ev: String,
    /// Reader: the current passage of `ev`, counted from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evn: Option<usize>,
}

fn is_zero(n: &u8) -> bool {
    *n == 0
}

impl ViewParams {
    pub fn include_boilerplate(&self) -> bool {
        self.bp != 0
    }

    /// The selected articles (indices), or `None` for all. Unknown slugs are ignored.
    pub fn selected_docs(&self, corpus: &Corpus) -> Option<Vec<usize>> {
        if self.docs.is_empty() {
            return None;
        }
        let mut ds: Vec<usize> = self.docs.split(',').filter_map(|s| corpus.doc_by_slug(s.trim())).collect();
        ds.sort_unstable();
        ds.dedup();
        Some(ds)
    }

    pub fn search_options(&self, corpus: &Corpus) -> SearchOptions {
        SearchOptions { docs: self.selected_docs(corpus), include_boilerplate: self.include_boilerplate() }
    }

    /// These parameters with article `doc` switched on or off in the filter.
    pub fn toggled_doc(&self, corpus: &Corpus, doc: usize) -> ViewParams {
        let mut selected = self.selected_docs(corpus).unwrap_or_else(|| (0..corpus.docs.len()).collect());
        match selected.iter().position(|&d| d == doc) {
            Some(i) => {
                selected.remove(i);
            }
            None => selected.push(doc),
        }
        selected.sort_unstable();
        let docs = if selected.len() == corpus.docs.len() {
            String::new()
        } else if selected.is_empty() {
            // Nothing selected would search nothing; keep a marker that selects no article.
            "-".to_owned()
        } else {
            selected.iter().map(|&d| corpus.docs[d].slug.as_str()).collect::<Vec<_>>().join(",")
        };
        ViewParams { docs, hit: None, quote: None, ..self.clone() }
    }

    /// These parameters for a list screen (no selected hit, quotation or entity).
    pub fn for_search(&self) -> ViewParams {
        ViewParams { hit: None, quote: None, ent: None, ..self.clone() }
    }

    /// These parameters with entity `ent` selected.
    pub fn at_entity(&self, ent: usize) -> ViewParams {
        ViewParams { hit: None, quote: None, ent: Some(ent), ..self.clone() }
    }

    /// These parameters with hit `n` (counted from 1) selected.
    pub fn at_hit(&self, n: usize) -> ViewParams {
        ViewParams { hit: Some(n), quote: None, ent: None, ..self.clone() }
    }

    /// These parameters with quotation `quote` selected.
    pub fn at_quote(&self, quote: usize) -> ViewParams {
        ViewParams { hit: None, quote: Some(quote), ent: None, ..self.clone() }
    }

    /// The quotations the Quotes view lists: in the selected articles, of the selected speaker and
    /// kind, boilerplate only when included, and matching the search (`matched[i]` is `Some` when
    /// quotation `i` matches the query, as from `engine::search::within`).
    pub fn visible_quotes(&self, corpus: &Corpus, matched: &[Option<Vec<engine::search::Hit>>], ignore_speaker: bool) -> Vec<usize> {
        let docs = self.selected_docs(corpus);
        let speaker = if ignore_speaker || self.speaker.is_empty() {
            None
        } else if self.speaker == "-" {
            Some(None)
        } else {
            Some(corpus.quotes.speaker_by_name(&self.speaker).map(|s| s as u32).or(Some(u32::MAX)))
        };
        corpus
            .quotes
            .quotes
            .iter()
            .enumerate()
            .filter(|(i, q)| {
                matched.get(*i).is_some_and(Option::is_some)
                    && (self.include_boilerplate() || !q.boilerplate)
                    && docs.as_ref().is_none_or(|ds| ds.contains(&(q.doc as usize)))
                    && (self.kind.is_empty() || q.kind.as_str() == self.kind)
                    && speaker.is_none_or(|s| q.speaker == s)
            })
            .map(|(i, _)| i)
            .collect()
    }
}

/// Where a question of the exercise sheet leads: the route and the parameters its link carries.
pub fn exercise_target(view: &engine::exercises::ExerciseView) -> (Route, ViewParams) {
    let mut p = ViewParams::default();
    for (key, value) in view.query_pairs() {
        match key {
            "q" => p.q = value,
            "docs" => p.docs = value,
            "bp" => p.bp = 1,
            "speaker" => p.speaker = value,
            "kind" => p.kind = value,
            "quote" => p.quote = value.parse().ok(),
            "ent" => p.ent = value.parse().ok(),
            "a" => p.a = value,
            "b" => p.b = value,
            "article" => p.article = value,
            "sort" => p.sort = value,
            _ => {}
        }
    }
    (Route::recognize(&view.path()).unwrap_or(Route::NotFound), p)
}

/// The part of the address after `#` for a route and its parameters, as the router writes it.
pub fn hash_href(route: &Route, params: &ViewParams) -> String {
    let query = serde_urlencoded::to_string(params).unwrap_or_default();
    if query.is_empty() {
        format!("#{}", route.to_path())
    } else {
        format!("#{}?{query}", route.to_path())
    }
}

/// The address fragment (`#/quotes?speaker=…`) with `typed` as its search, for what was typed
/// before the app started; `None` when the fragment has a search already or cannot be read.
pub fn hash_with_query(hash: &str, typed: &str) -> Option<String> {
    let fragment = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
    let path = if path.is_empty() { "/" } else { path };
    let mut params: ViewParams = serde_urlencoded::from_str(query).ok()?;
    if !params.q.is_empty() {
        return None;
    }
    params.q = typed.to_owned();
    Some(format!("#{path}?{}", serde_urlencoded::to_string(&params).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_of_the_seed_sheet_links_to_a_screen_with_its_parameters() {
        let dir = engine::source::read_seed_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")).expect("seeds/ reads");
        let corpus = Corpus::from_seed_dir(&dir).expect("the seeds build");
        let sheet = corpus.exercises.as_ref().expect("the seeds have a sheet");
        for q in &sheet.questions {
            let view = q.view.as_ref().expect("every seed question has a view");
            let (route, params) = exercise_target(view);
            assert_ne!(route, Route::NotFound, "{}: {}", q.id, view.path());
            let href = hash_href(&route, &params);
            assert!(href.starts_with(&format!("#{}", view.path())), "{href}");
            for (key, _) in view.query_pairs() {
                assert!(href.contains(&format!("{key}=")), "{}: {key} is in {href}", q.id);
            }
        }
        let compare = sheet.questions.iter().find(|q| q.id == "great-pressure").and_then(|q| q.view.as_ref()).expect("the compare question");
        let (route, params) = exercise_target(compare);
        assert_eq!(route, Route::Compare);
        assert_eq!((params.a.as_str(), params.b.as_str()), (corpus.docs[3].slug.as_str(), corpus.docs[4].slug.as_str()));
        let lavrov = sheet.questions.iter().find(|q| q.id == "two-accounts").and_then(|q| q.view.as_ref()).expect("the quotes question");
        assert_eq!(hash_href(&exercise_target(lavrov).0, &exercise_target(lavrov).1), format!("#/quotes?docs={}&speaker=Sergey+Lavrov", corpus.docs[3].slug));
    }

    fn corpus() -> &'static Corpus {
        crate::corpus::test_corpus()
    }

    #[test]
    fn toggling_every_article_off_and_on_returns_to_all() {
        let c = corpus();
        let mut p = ViewParams::default();
        for d in 0..c.docs.len() {
            p = p.toggled_doc(c, d);
        }
        assert_eq!(p.selected_docs(c), Some(vec![]));
        for d in 0..c.docs.len() {
            p = p.toggled_doc(c, d);
        }
        assert_eq!(p.docs, "");
        assert_eq!(p.selected_docs(c), None);
    }

    #[test]
    fn unchecking_one_article_selects_the_others() {
        let c = corpus();
        let p = ViewParams::default().toggled_doc(c, 0);
        assert_eq!(p.selected_docs(c), Some((1..c.docs.len()).collect()));
    }

    fn all_match(c: &Corpus) -> Vec<Option<Vec<engine::search::Hit>>> {
        vec![Some(Vec::new()); c.quotes.quotes.len()]
    }

    #[test]
    fn quotes_filter_by_speaker_kind_and_article() {
        let c = corpus();
        let p = ViewParams { speaker: "Tillerson".into(), ..Default::default() };
        let shown = p.visible_quotes(c, &all_match(c), false);
        assert!(!shown.is_empty());
        assert!(shown.iter().all(|&i| c.quotes.speaker_name(i) == Some("Rex Tillerson")));
        let terms = ViewParams { kind: "term".into(), ..Default::default() }.visible_quotes(c, &all_match(c), false);
        assert!(terms.iter().all(|&i| c.quotes.quotes[i].kind.as_str() == "term"));
        let nobody = ViewParams { speaker: "-".into(), ..Default::default() }.visible_quotes(c, &all_match(c), false);
        assert!(nobody.iter().all(|&i| c.quotes.quotes[i].speaker.is_none()));
        let unknown = ViewParams { speaker: "Nobody Atall".into(), ..Default::default() }.visible_quotes(c, &all_match(c), false);
        assert!(unknown.is_empty());
        let only_two = ViewParams { docs: c.docs[2].slug.clone(), ..Default::default() }.visible_quotes(c, &all_match(c), false);
        assert!(only_two.iter().all(|&i| c.quotes.quotes[i].doc == 2));
    }

    #[test]
    fn unknown_slugs_in_a_link_are_ignored() {
        let c = corpus();
        let p = ViewParams { docs: format!("nope,{}", c.docs[1].slug), ..Default::default() };
        assert_eq!(p.selected_docs(c), Some(vec![1]));
    }

    #[test]
    fn what_was_typed_before_the_app_started_becomes_the_search_of_the_address() {
        assert_eq!(hash_with_query("", "kislyak").as_deref(), Some("#/?q=kislyak"));
        assert_eq!(hash_with_query("#/quotes?speaker=Rex+Tillerson", "great pressure").as_deref(), Some("#/quotes?q=great+pressure&speaker=Rex+Tillerson"));
        assert_eq!(hash_with_query("#/?q=comey", "kislyak"), None, "a search in the address wins");
    }
}
