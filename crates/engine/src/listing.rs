//! What a list of articles shows: for each article before anything is searched, the line under
//! its title (byline, date, words of its own text and of boilerplate) and its first paragraph, cut
//! short; for a search, its snippets, the line that sums it up, what it says when nothing matches
//! and its "Show more". One definition for the page's results list (`src/search_view.rs`,
//! `src/app.rs`) and for the first screen (`crates/first-screen`: the list the build writes into
//! `index.html` and the one the first module draws for a search), so the list shown before the app
//! has started reads exactly like the one the app puts in its place.

use crate::corpus::Corpus;
use crate::ingest::BlockKind;
use crate::search::SearchResults;

/// How many articles a list shows at first (and then adds at a time, with "Show more").
pub const PAGE: usize = 20;

/// How many snippets a result shows before "N more passages in this article".
pub const SNIPPETS_SHOWN: usize = 3;
/// Bytes of context on each side of a hit in a snippet.
pub const SNIPPET_RADIUS: usize = 80;

/// What a list says when no article matches a search, and what to try.
pub const NO_MATCH: &str = "No article matches this search.";
pub const NO_MATCH_HINT: &str =
    "Try fewer words, a word’s start with * (like interfer*), OR between alternatives, or include boilerplate.";

/// `n` and `word`, in the plural unless `n` is 1 ("1 hit", "3 hits").
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The first few words of a title, where a whole one does not fit (a column heading, a short
/// label).
pub fn short_title(title: &str) -> String {
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.len() <= 4 {
        title.to_owned()
    } else {
        format!("{} …", words[..4].join(" "))
    }
}

/// The line that sums up a search: "2 articles match, 3 hits."; for a search with nothing in it
/// to search for (a lone `"`), that the articles are listed as they are.
pub fn search_summary(results: &SearchResults) -> String {
    if results.empty_query {
        let n = results.docs.len();
        let which = if n == results.counts.len() { "all " } else { "" };
        let listed = if n == 1 { "is" } else { "are" };
        return format!("Nothing to search for yet, so {which}{} {listed} listed.", plural(n, "article"));
    }
    let n_hits: usize = results.docs.iter().map(|d| d.n_hits).sum();
    match results.docs.len() {
        0 => "No article matches.".to_owned(),
        1 => format!("1 article matches, {}.", plural(n_hits, "hit")),
        n => format!("{n} articles match, {}.", plural(n_hits, "hit")),
    }
}

/// The label of the button that shows the next page when `left` articles are not shown yet.
pub fn show_more(left: usize) -> String {
    match left.min(PAGE) {
        1 => "Show 1 more article".to_owned(),
        n => format!("Show {n} more articles"),
    }
}

/// What an article added in the page says after its number ([`Corpus::label`]).
pub const ADDED: &str = " (added)";

/// How much of the first paragraph a list shows, in bytes (cut back to a word's end).
pub const LEAD_BYTES: usize = 220;

impl Corpus {
    /// Article `doc`'s number in the collection, counted from 1: how every view, printout and
    /// export names an article, with [`Corpus::label`].
    pub fn number(&self, doc: usize) -> usize {
        doc + 1
    }

    /// Article `doc`'s short name: its number and the start of its title ("3 · Trump to discuss
    /// …"), the same in every view, printout and export; an article added in the page (not one of
    /// the collection as built) says so after its number: "6 (added) · Night closures …".
    pub fn label(&self, doc: usize) -> String {
        format!("{} · {}", self.numbered(doc), short_title(&self.docs[doc].title))
    }

    /// Article `doc`'s number as a label or citation starts: "3", or "6 (added)" for an article
    /// added in the page.
    pub fn numbered(&self, doc: usize) -> String {
        let added = if self.docs[doc].own { ADDED } else { "" };
        format!("{}{added}", self.number(doc))
    }

    /// The line under document `doc`'s title: "By Dan Desai Martin · 10 December 2019 · 877 words ·
    /// 1179 words of boilerplate", with the parts the article has.
    pub fn meta_line(&self, doc: usize) -> String {
        let d = &self.docs[doc];
        let counts = self.word_counts(doc);
        let parts: Vec<String> = d
            .byline
            .iter()
            .map(|b| format!("By {b}"))
            .chain(d.date.map(|date| date.long()))
            .chain(std::iter::once(plural(counts.body, "word")))
            .chain((counts.boilerplate > 0).then(|| format!("{} of boilerplate", plural(counts.boilerplate, "word"))))
            .collect();
        parts.join(" · ")
    }

    /// The first paragraph of document `doc`'s own text, cut at [`LEAD_BYTES`]; empty when it has
    /// none.
    pub fn lead(&self, doc: usize) -> String {
        let lead = self.docs[doc].blocks.iter().find(|b| b.kind == BlockKind::Paragraph && b.boilerplate.is_none());
        lead.map(|b| excerpt(&b.text, LEAD_BYTES)).unwrap_or_default()
    }
}

/// `text` if it is at most `max` bytes long, else its start cut at the last white space before
/// `max` bytes (or at `max`, on a character boundary, when there is none), followed by " …".
fn excerpt(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_owned();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rfind(char::is_whitespace).unwrap_or(end);
    format!("{} …", &text[..cut])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_end_at_a_word_and_never_split_a_character() {
        assert_eq!(excerpt("short enough", 20), "short enough");
        assert_eq!(excerpt("one two three four", 10), "one two …");
        assert_eq!(excerpt("ééééé", 5), "éé …");
    }

    #[test]
    fn an_article_is_listed_with_its_byline_date_word_counts_and_lead() {
        let text = "Share\n\nA council votes on the new bridge after a long debate\n\nBy Ann Writer - March 3, 2020\n\nThe council voted on Tuesday to build the new bridge, ending a debate that has lasted for years in the town.\n\nThe mayor said the work would start in the spring and take two years to finish.\n";
        let corpus = Corpus::from_texts([("a.txt", text)]).unwrap();
        assert_eq!(corpus.lead(0), "The council voted on Tuesday to build the new bridge, ending a debate that has lasted for years in the town.");
        assert_eq!(corpus.meta_line(0), "By Ann Writer · 3 March 2020 · 54 words · 1 word of boilerplate");
    }
}
