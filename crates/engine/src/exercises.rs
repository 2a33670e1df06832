//! A teacher's exercise sheet: questions about the corpus, each of which may open the view that
//! answers it, written as a plain `exercises.toml` beside the articles and built into the corpus.
//!
//! # Design
//!
//! - **Parse at the edge, resolve at build time.** The file is read with the `toml` crate into raw
//!   structures that keep the position of every value (`toml::Spanned`), then resolved against the
//!   built [`Corpus`]: an article named by file, stem or number prefix ("002") becomes its slug, a
//!   quotation named by a fragment of its words becomes its index, a speaker or a name becomes the
//!   corpus's canonical entry. The page only ever sees the resolved [`ExerciseSheet`], whose
//!   views are [`Address`]es (slugs, quotation references, canonical names), so a question's link cannot point at
//!   nothing.
//! - **A mistake stops the build with the line and the reason.** Every problem is an
//!   [`ExerciseError`] naming the file, the line of the offending value and what to do, in a
//!   teacher's words: `exercises.toml, line 14: unknown article "007" (the articles are 000…004:
//!   …)`. Syntax errors come from the TOML parser with its line; unknown keys, missing prompts,
//!   unknown screens, keys a screen does not use, quotation fragments that match no quotation or
//!   several, unknown speakers and names are found here.
//! - **Strict keys.** A key a screen does not use is an error rather than silently ignored, so a
//!   typo or a misunderstanding shows up when the teacher builds, not in front of a class.
//!
//! # The file
//!
//! ```toml
//! title = "How is the news sourced?"
//! intro = "Five articles about Trump and Russia."
//!
//! [[question]]
//! prompt = "How many people does each article quote by name?"
//! hint = "Sort the table by named speakers."
//! view = { screen = "profiles", sort = "named_speakers" }
//!
//! [[question]]
//! id = "same-quote"
//! prompt = "Two articles quote the same remark. What did each leave out?"
//! view = { screen = "compare", a = "003", b = "004" }
//! ```
//!
//! A question may give its view as the page's address instead, `link = "#/article/…?q=…&hit=2"`
//! (any view the page shows, with any of its settings: what a lesson file keeps, and what
//! `crosscheck unpack` writes), checked against the articles as a `view` is; and a model answer,
//! `answer = "…"`, which goes into a lesson's teacher's copy and never into the corpus.
//!
//! Screens and the keys each uses: `articles` (the search: `q`, `docs`, `boilerplate`),
//! `article` (`article`, `q`, `quote`, `entity`, `boilerplate`), `quotes` (`q`, `docs`,
//! `speaker`, `kind`, `quote`), `speakers` (`docs`, `speaker`), `names` (`docs`, `entity`),
//! `compare` (`a`, `b`), `timeline` (`docs`), `profiles` (`docs`, `article`, `sort`).

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::address::{Address, Screen, ViewParams};
use crate::corpus::Corpus;
use crate::normalize::fold;
use crate::profile::Measure;

/// The file name the build looks for beside the articles.
pub const FILE_NAME: &str = "exercises.toml";

/// A teacher's questions, resolved against the corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExerciseSheet {
    pub title: String,
    pub intro: Option<String>,
    pub questions: Vec<Question>,
    /// The lesson's id, when the sheet is a lesson's (a lesson file's, or a site built from one):
    /// the students' answers are kept under it, so two lessons never mix. `None` for a seed
    /// folder's `exercises.toml`.
    pub id: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Unique in the sheet: as written, or the question's number counted from 1.
    pub id: String,
    pub prompt: String,
    pub hint: Option<String>,
    /// The view the question opens: an address, with every reference resolved to what the
    /// app's addresses hold (slugs, quotation references, canonical names).
    pub view: Option<Address>,
    /// The teacher's model answer (`answer = "…"`), for a lesson's teacher's copy only: a corpus
    /// never carries it ([`Corpus::from_seed_dir`] leaves it out).
    pub model_answer: Option<String>,
}

/// A screen of the app, as a question names it (`screen = "quotes"`), with the keys it takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SheetScreen {
    /// The search over all articles (`#/`).
    Articles,
    /// One article in the reader (`#/article/SLUG`).
    Article,
    Quotes,
    Speakers,
    /// People, organisations and places (`#/entities`).
    Names,
    Compare,
    Timeline,
    /// The sourcing profiles, cards and table.
    Profiles,
}

impl SheetScreen {
    pub const ALL: [SheetScreen; 8] = [
        SheetScreen::Articles,
        SheetScreen::Article,
        SheetScreen::Quotes,
        SheetScreen::Speakers,
        SheetScreen::Names,
        SheetScreen::Compare,
        SheetScreen::Timeline,
        SheetScreen::Profiles,
    ];

    /// The name a sheet uses.
    pub fn name(self) -> &'static str {
        match self {
            SheetScreen::Articles => "articles",
            SheetScreen::Article => "article",
            SheetScreen::Quotes => "quotes",
            SheetScreen::Speakers => "speakers",
            SheetScreen::Names => "names",
            SheetScreen::Compare => "compare",
            SheetScreen::Timeline => "timeline",
            SheetScreen::Profiles => "profiles",
        }
    }

    /// The keys of a view this screen uses.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            SheetScreen::Articles => &["q", "docs", "boilerplate"],
            SheetScreen::Article => &["article", "q", "quote", "entity", "boilerplate"],
            SheetScreen::Quotes => &["q", "docs", "speaker", "kind", "quote"],
            SheetScreen::Speakers => &["docs", "speaker"],
            SheetScreen::Names => &["docs", "entity"],
            SheetScreen::Compare => &["a", "b"],
            SheetScreen::Timeline => &["docs"],
            SheetScreen::Profiles => &["docs", "article", "sort"],
        }
    }

    /// The app's screen (the reader's with the article it opens).
    fn screen(self, article: &str) -> Screen {
        match self {
            SheetScreen::Articles => Screen::Search,
            SheetScreen::Article => Screen::Article { slug: article.to_owned() },
            SheetScreen::Quotes => Screen::Quotes,
            SheetScreen::Speakers => Screen::Speakers,
            SheetScreen::Names => Screen::Names,
            SheetScreen::Compare => Screen::Compare,
            SheetScreen::Timeline => Screen::Timeline,
            SheetScreen::Profiles => Screen::Profiles,
        }
    }
}

/// Why a sheet could not be built: the file, the line (counted from 1) and the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExerciseError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for ExerciseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}, line {}: {}", self.file, self.line, self.reason)
    }
}

impl std::error::Error for ExerciseError {}

impl ExerciseSheet {
    /// Reads the text of an exercise file named `file` and resolves it against `corpus`.
    pub fn from_toml(file: &str, text: &str, corpus: &Corpus) -> Result<ExerciseSheet, ExerciseError> {
        let fail = |at: usize, reason: String| ExerciseError { file: file.to_owned(), line: line_of(text, at), reason };
        let raw: RawSheet =
            toml::from_str(text).map_err(|e| fail(e.span().map_or(0, |s| s.start), teacher_words(e.message())))?;
        let title = non_empty(&raw.title, "title").map_err(|(at, r)| fail(at, r))?;
        let intro = raw.intro.as_ref().map(|i| i.get_ref().trim().to_owned()).filter(|i| !i.is_empty());
        if raw.question.is_empty() {
            return Err(fail(
                text.trim_end().len(),
                "the sheet has no questions: add one with a [[question]] line followed by prompt = \"…\"".to_owned(),
            ));
        }
        let resolver = Resolver { corpus };
        let mut questions: Vec<Question> = Vec::with_capacity(raw.question.len());
        for (n, rq) in raw.question.iter().enumerate() {
            let q = resolver.question(n, rq).map_err(|(at, r)| fail(at, r))?;
            if let Some(id) = &rq.get_ref().id {
                if questions.iter().any(|o| o.id == q.id) {
                    return Err(fail(
                        id.span().start,
                        format!("the id \"{}\" is used by an earlier question; ids must differ", q.id),
                    ));
                }
            }
            questions.push(q);
        }
        Ok(ExerciseSheet { title, intro, questions, id: None })
    }
}

/// A problem at a byte offset of the file.
type Problem = (usize, String);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSheet {
    title: Spanned<String>,
    intro: Option<Spanned<String>>,
    #[serde(default)]
    question: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Option<Spanned<String>>,
    prompt: Spanned<String>,
    hint: Option<Spanned<String>>,
    view: Option<Spanned<RawView>>,
    /// The view as the page's address (`"#/compare?a=…&b=…"`): any view the page shows, as a
    /// lesson file keeps it.
    link: Option<Spanned<String>>,
    /// The model answer.
    answer: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawView {
    screen: Spanned<String>,
    q: Option<Spanned<String>>,
    docs: Option<Spanned<Vec<Spanned<String>>>>,
    boilerplate: Option<Spanned<bool>>,
    article: Option<Spanned<String>>,
    quote: Option<Spanned<String>>,
    speaker: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
    entity: Option<Spanned<String>>,
    a: Option<Spanned<String>>,
    b: Option<Spanned<String>>,
    sort: Option<Spanned<String>>,
}

impl RawView {
    /// The keys given, with where each is.
    fn given(&self) -> Vec<(&'static str, usize)> {
        let at = |s: &Option<Spanned<String>>| s.as_ref().map(|s| s.span().start);
        [
            ("q", at(&self.q)),
            ("docs", self.docs.as_ref().map(|d| d.span().start)),
            ("boilerplate", self.boilerplate.as_ref().map(|b| b.span().start)),
            ("article", at(&self.article)),
            ("quote", at(&self.quote)),
            ("speaker", at(&self.speaker)),
            ("kind", at(&self.kind)),
            ("entity", at(&self.entity)),
            ("a", at(&self.a)),
            ("b", at(&self.b)),
            ("sort", at(&self.sort)),
        ]
        .into_iter()
        .filter_map(|(k, at)| at.map(|at| (k, at)))
        .collect()
    }
}

struct Resolver<'c> {
    corpus: &'c Corpus,
}

impl Resolver<'_> {
    fn question(&self, n: usize, rq: &Spanned<RawQuestion>) -> Result<Question, Problem> {
        let q = rq.get_ref();
        let prompt = non_empty(&q.prompt, "prompt")?;
        let id = match &q.id {
            Some(id) => {
                let v = id.get_ref().trim();
                if v.is_empty() || !v.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_') {
                    return Err((
                        id.span().start,
                        format!("the id \"{v}\" must be letters, digits, - and _ only (it goes into links)"),
                    ));
                }
                v.to_owned()
            }
            None => (n + 1).to_string(),
        };
        let text =
            |s: &Option<Spanned<String>>| s.as_ref().map(|h| h.get_ref().trim().to_owned()).filter(|h| !h.is_empty());
        let view = match (&q.view, &q.link) {
            (Some(_), Some(link)) => {
                return Err((link.span().start, "a question has a view or a link, not both".to_owned()))
            }
            (Some(v), None) => Some(self.view(v)?),
            (None, Some(link)) => Some(self.link(link)?),
            (None, None) => None,
        };
        Ok(Question { id, prompt, hint: text(&q.hint), view, model_answer: text(&q.answer) })
    }

    /// A view given as the page's address: read as the page reads it, and checked against the
    /// articles ([`Corpus::check_view`]).
    fn link(&self, r: &Spanned<String>) -> Result<Address, Problem> {
        let (address, bad) = Address::parse(r.get_ref().trim());
        let fail = |why: String| (r.span().start, format!("the link \"{}\" {why}", r.get_ref().trim()));
        if bad {
            return Err(fail("has settings the page cannot read".to_owned()));
        }
        self.corpus.check_view(&address).map_err(fail)?;
        Ok(address)
    }

    fn view(&self, rv: &Spanned<RawView>) -> Result<Address, Problem> {
        let v = rv.get_ref();
        let name = v.screen.get_ref().trim();
        let screen = SheetScreen::ALL.into_iter().find(|s| s.name() == name).ok_or_else(|| {
            let names: Vec<&str> = SheetScreen::ALL.iter().map(|s| s.name()).collect();
            (v.screen.span().start, format!("unknown screen \"{name}\" (the screens are {})", names.join(", ")))
        })?;
        for (key, at) in v.given() {
            if !screen.keys().contains(&key) {
                return Err((
                    at,
                    format!(
                        "the {} screen does not use `{key}` (it uses {})",
                        screen.name(),
                        quoted_list(screen.keys())
                    ),
                ));
            }
        }
        let article = v.article.as_ref().map(|a| self.article(a)).transpose()?;
        let docs = match &v.docs {
            Some(d) => d.get_ref().iter().map(|a| self.article(a)).collect::<Result<Vec<_>, _>>()?,
            None => Vec::new(),
        };
        let quote = v.quote.as_ref().map(|q| self.quote(q, article.as_deref())).transpose()?;
        if screen == SheetScreen::Article && article.is_none() && quote.is_none() {
            return Err((
                rv.span().start,
                "the article screen needs the article to open: article = \"002\" (or a quote in it)".to_owned(),
            ));
        }
        // The reader opens the quotation's own article when only the quotation is named.
        let article =
            article.or_else(|| quote.map(|q| self.corpus.docs[self.corpus.quotes.quotes[q].doc as usize].slug.clone()));
        let kind = v.kind.as_ref().map(|k| self.kind(k)).transpose()?;
        let sort = v
            .sort
            .as_ref()
            .map(|s| {
                Measure::from_key(s.get_ref().trim()).ok_or_else(|| {
                    let keys: Vec<&str> = Measure::ALL.iter().map(|m| m.key()).collect();
                    (
                        s.span().start,
                        format!("unknown column \"{}\" to sort by (the columns are {})", s.get_ref(), keys.join(", ")),
                    )
                })
            })
            .transpose()?;
        let params = ViewParams {
            q: v.q.as_ref().map(|q| q.get_ref().trim().to_owned()).unwrap_or_default(),
            docs: docs.join(","),
            bp: v.boilerplate.as_ref().is_some_and(|b| *b.get_ref()),
            quote: quote.map(|q| self.corpus.quote_ref(q)),
            speaker: v.speaker.as_ref().map(|s| self.speaker(s)).transpose()?.unwrap_or_default(),
            kind: kind.unwrap_or_default(),
            ent: v
                .entity
                .as_ref()
                .map(|e| self.entity(e))
                .transpose()?
                .map(|e| self.corpus.entities[e].name.clone())
                .unwrap_or_default(),
            a: v.a.as_ref().map(|a| self.article(a)).transpose()?.unwrap_or_default(),
            b: v.b.as_ref().map(|b| self.article(b)).transpose()?.unwrap_or_default(),
            // The profile card to open; the reader's article is in the path.
            article: if screen == SheetScreen::Profiles { article.clone().unwrap_or_default() } else { String::new() },
            sort: sort.map(|m| m.key().to_owned()).unwrap_or_default(),
            ..ViewParams::default()
        };
        Ok(Address::new(screen.screen(article.as_deref().unwrap_or_default()), params))
    }

    /// An article named by its file name, its slug (the file name without `.txt`) or the start of
    /// either, when only one article starts so.
    fn article(&self, r: &Spanned<String>) -> Result<String, Problem> {
        let docs = &self.corpus.docs;
        let want = r.get_ref().trim();
        let exact = docs.iter().find(|d| d.file_name == want || d.slug == want);
        let starting: Vec<&crate::Document> = docs
            .iter()
            .filter(|d| !want.is_empty() && (d.file_name.starts_with(want) || d.slug.starts_with(want)))
            .collect();
        match (exact, starting.as_slice()) {
            (Some(d), _) | (None, &[d]) => Ok(d.slug.clone()),
            (None, []) => Err((r.span().start, format!("unknown article \"{want}\" ({})", self.articles_list()))),
            (None, several) => {
                let names: Vec<&str> = several.iter().map(|d| d.file_name.as_str()).collect();
                Err((
                    r.span().start,
                    format!("\"{want}\" could be any of {}: write more of the file name", names.join(", ")),
                ))
            }
        }
    }

    /// "the articles are 000…004: 000_a79….txt, …", short enough for an error line.
    fn articles_list(&self) -> String {
        let docs = &self.corpus.docs;
        let names: Vec<&str> = docs.iter().take(8).map(|d| d.file_name.as_str()).collect();
        let more =
            if docs.len() > names.len() { format!(" and {} more", docs.len() - names.len()) } else { String::new() };
        let range = match (docs.first(), docs.last()) {
            (Some(f), Some(l)) if docs.len() > 1 => {
                format!(" {}…{}", prefix(&f.file_name), prefix(&l.file_name))
            }
            _ => String::new(),
        };
        format!("the articles are{range}: {}{more}", names.join(", "))
    }

    /// The one quotation (in `article`, when given) whose words contain the fragment, compared
    /// folded (case, quotation marks, dashes, spacing). Quotations in boilerplate are considered
    /// only when no quotation of the article's own text matches.
    fn quote(&self, r: &Spanned<String>, article: Option<&str>) -> Result<usize, Problem> {
        let want =
            squash(&fold(r.get_ref().trim().trim_matches(|c: char| {
                matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’' | '…' | '.') || c.is_whitespace()
            })));
        let at = r.span().start;
        if want.is_empty() {
            return Err((at, "the quote is empty: give some of the quotation's words".to_owned()));
        }
        let book = &self.corpus.quotes;
        let doc = article.and_then(|slug| self.corpus.doc_by_slug(slug));
        let mut found: Vec<usize> = (0..book.quotes.len())
            .filter(|&k| {
                doc.is_none_or(|d| book.quotes[k].doc as usize == d)
                    && squash(&fold(&book.quotes[k].text)).contains(&want)
            })
            .collect();
        if found.iter().any(|&k| !book.quotes[k].boilerplate) {
            found.retain(|&k| !book.quotes[k].boilerplate);
        }
        let where_ = match article {
            Some(slug) => format!(" in {slug}"),
            None => String::new(),
        };
        match found.as_slice() {
            [k] => Ok(*k),
            [] => Err((
                at,
                format!(
                    "no quotation{where_} contains \"{}\" (copy a few words from inside the quotation marks)",
                    r.get_ref().trim()
                ),
            )),
            several => {
                let docs: Vec<String> = several
                    .iter()
                    .map(|&k| prefix(&self.corpus.docs[book.quotes[k].doc as usize].file_name).to_owned())
                    .collect();
                Err((
                    at,
                    format!(
                        "{} quotations{where_} contain \"{}\" (in articles {}): quote more words, or add article = \"…\" to say which",
                        several.len(),
                        r.get_ref().trim(),
                        docs.join(", ")
                    ),
                ))
            }
        }
    }

    fn speaker(&self, r: &Spanned<String>) -> Result<String, Problem> {
        let book = &self.corpus.quotes;
        book.speaker_by_name(r.get_ref()).map(|s| book.speakers[s].canonical.clone()).ok_or_else(|| {
            (
                r.span().start,
                format!(
                    "nobody called \"{}\" is quoted in the articles (see the Quotes screen for the speakers)",
                    r.get_ref().trim()
                ),
            )
        })
    }

    /// A name as the corpus gives it or as one of its forms, or a family name ("Kislyak") that
    /// ends exactly one name.
    fn entity(&self, r: &Spanned<String>) -> Result<usize, Problem> {
        let want = fold(r.get_ref().trim());
        let ents = &self.corpus.entities;
        let ends = |name: &str| fold(name).rsplit(' ').next() == Some(want.as_str());
        let by_last: Vec<usize> = ents.iter().enumerate().filter(|(_, e)| ends(&e.name)).map(|(k, _)| k).collect();
        ents.iter()
            .position(|e| fold(&e.name) == want)
            .or_else(|| ents.iter().position(|e| e.variants.iter().any(|v| fold(v) == want)))
            .or_else(|| (by_last.len() == 1).then(|| by_last[0]))
            .ok_or_else(|| {
                let reason = if by_last.len() > 1 {
                    let names: Vec<&str> = by_last.iter().map(|&k| ents[k].name.as_str()).collect();
                    format!("\"{}\" could be any of {}: write the full name", r.get_ref().trim(), names.join(", "))
                } else {
                    format!(
                        "no name \"{}\" is found in the articles (see the Names screen for the names)",
                        r.get_ref().trim()
                    )
                };
                (r.span().start, reason)
            })
    }

    fn kind(&self, r: &Spanned<String>) -> Result<String, Problem> {
        let k = r.get_ref().trim();
        match k {
            "full" | "partial" | "term" => Ok(k.to_owned()),
            _ => Err((r.span().start, format!("unknown kind \"{k}\" (the kinds are full, partial, term)"))),
        }
    }
}

impl Corpus {
    /// Whether a view (a question's, a lesson's) shows something this corpus has: its screen
    /// exists, and the articles, quotation, speaker and name it names are there. `Err` says what
    /// is missing, after "the view ": "names an article that is not in the collection (x)".
    pub fn check_view(&self, view: &Address) -> Result<(), String> {
        if view.screen == Screen::NotFound {
            return Err("is not the address of one of the page's views".to_owned());
        }
        let p = &view.params;
        let mut articles: Vec<&str> = Vec::new();
        if let Screen::Article { slug } = &view.screen {
            articles.push(slug);
        }
        articles.extend([p.a.as_str(), p.b.as_str(), p.article.as_str()].into_iter().filter(|s| !s.is_empty()));
        articles.extend(p.docs.split(',').map(str::trim).filter(|s| !s.is_empty() && *s != "-"));
        if let Some(missing) = articles.into_iter().find(|s| self.doc_by_slug(s).is_none()) {
            return Err(format!("names an article that is not in the collection ({missing})"));
        }
        if let Some(q) = &p.quote {
            if self.quote_by_ref(q).is_none() {
                return Err(format!("names a quotation that is not in the articles ({q})"));
            }
        }
        if !p.speaker.is_empty() && p.speaker != "-" && self.quotes.speaker_by_name(&p.speaker).is_none() {
            return Err(format!("names a speaker nobody in the articles is ({})", p.speaker));
        }
        if !p.ent.is_empty() && self.entity_by_name(&p.ent).is_none() {
            return Err(format!("names a name the articles do not have ({})", p.ent));
        }
        Ok(())
    }
}

/// A required text that must not be empty.
fn non_empty(s: &Spanned<String>, key: &str) -> Result<String, Problem> {
    let v = s.get_ref().trim();
    if v.is_empty() {
        Err((s.span().start, format!("the {key} is empty")))
    } else {
        Ok(v.to_owned())
    }
}

/// The number part of a file name ("002" for "002_ed4e….txt"), or the whole stem.
fn prefix(file_name: &str) -> &str {
    let stem = file_name.strip_suffix(".txt").unwrap_or(file_name);
    stem.split(['_', '-', ' ', '.']).next().filter(|p| !p.is_empty()).unwrap_or(stem)
}

fn quoted_list(keys: &[&str]) -> String {
    keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
}

/// White space runs as single spaces.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The line (from 1) of a byte offset.
fn line_of(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    text.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1
}

/// The parser's message in the sheet's terms: keys, not fields.
fn teacher_words(message: &str) -> String {
    let m = message.trim();
    if m.starts_with("unknown field") {
        m.replacen("unknown field", "unknown key", 1).replacen(", expected one of", "; the keys here are", 1).replacen(
            ", expected",
            "; the key here is",
            1,
        )
    } else if m.starts_with("invalid type: map, expected a sequence") {
        "a list is expected here: each question starts with [[question]], in two brackets".to_owned()
    } else if m.starts_with("invalid type:") && m.ends_with("expected a sequence") {
        "a list is expected here, in brackets: docs = [\"002\", \"004\"]".to_owned()
    } else {
        m.replacen("missing field", "missing key", 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_counted_from_one() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 99), 3);
    }

    #[test]
    fn number_prefixes_of_file_names() {
        assert_eq!(prefix("002_ed4ec6554b1582a8.txt"), "002");
        assert_eq!(prefix("lavrov.txt"), "lavrov");
    }

    #[test]
    fn parser_messages_speak_of_keys() {
        assert_eq!(
            teacher_words("unknown field `promt`, expected one of `id`, `prompt`"),
            "unknown key `promt`; the keys here are `id`, `prompt`"
        );
        assert_eq!(teacher_words("missing field `prompt`\n"), "missing key `prompt`");
        assert_eq!(teacher_words("invalid basic string, expected `\"`"), "invalid basic string, expected `\"`");
        assert_eq!(
            teacher_words("invalid type: string \"002\", expected a sequence"),
            "a list is expected here, in brackets: docs = [\"002\", \"004\"]"
        );
    }
}
