//! A lesson in one file: the articles a class works on, the exercise sheet, a title and the
//! instructions, as the page's teacher mode saves it and the page, the build step and the
//! command line open it.
//!
//! # Why this format
//!
//! A lesson file is **one JSON document** (UTF-8), named `NAME.crosscheck`:
//!
//! ```json
//! {
//!   "format": "crosscheck-lesson",
//!   "version": 1,
//!   "id": "5f0c2a9e41d7b3c8",
//!   "title": "Week 3: who says so?",
//!   "instructions": "Work in pairs …",
//!   "questions": [
//!     { "id": "q1", "prompt": "…", "hint": "…", "view": "/compare?a=…&b=…" }
//!   ],
//!   "articles": [
//!     { "added": false, "article": { "name": "003_….txt", "text": "…", "hints": { …, "slug": "003_…" } } }
//!   ]
//! }
//! ```
//!
//! - **Self-contained.** Every article travels whole, as the engine's [`Article`] (the text in the
//!   plain-text convention and what its file stated: outlet, author, date, block marks), the
//!   collection's own articles as well as the teacher's. So a lesson opens the same on any
//!   machine and in any build of the page, offline, with no request: the class gets exactly the
//!   teacher's articles, and each article keeps its id ([`Hints::slug`](engine::ingest::Hints)),
//!   so every link inside the sheet opens the same view there.
//! - **JSON, because the page already speaks it.** The page links `serde_json` for its exports
//!   and its stored notebook, so reading and writing lessons costs it nothing; a zip of files
//!   would have brought a zip reader into the page, TOML a parser the page does not have. JSON is
//!   text a teacher can open and check, escapes every character correctly, and any tool reads it.
//! - **Views as addresses.** A question's view is the address the page writes after `#`
//!   (`engine::address`), the one definition of every view, so whatever view a teacher attaches
//!   (any screen, any filter) is kept exactly and read back exactly.
//! - **Versioned.** `format` says what the file is; `version` is bumped when the layout changes
//!   incompatibly. A file of a newer version is refused with a message saying so, never read as
//!   nonsense; unknown keys are ignored, so a later version can add some without breaking this
//!   one.
//! - **The students' copy holds no model answers.** They live in the teacher's draft (in the
//!   browser) and in the teacher's copy ([`Lesson::to_json`] with them), never in what is handed
//!   out ([`Lesson::students_copy`]).
//! - **Bad files are refused with the reason**, never a panic: too big, not text, cut short, not a
//!   lesson, from a newer version, damaged, or an article in it that holds no words. Titles,
//!   questions and articles may hold markup or scripts: they are text, shown as text everywhere.

use std::collections::HashSet;

use engine::address::Address;
use engine::corpus::BuildError;
use engine::exercises::{ExerciseSheet, Question};
use engine::ingest::{Article, IngestError};
use engine::library::Library;
use engine::Corpus;
use serde::{Deserialize, Serialize};

/// What the file says it is.
pub const FORMAT: &str = "crosscheck-lesson";
/// Bumped when the layout changes incompatibly; a file of a newer version is refused.
pub const VERSION: u64 = 1;
/// The extension a lesson file is saved with.
pub const EXTENSION: &str = "crosscheck";
/// The largest lesson file read, in bytes (32 MB): twenty articles of a few pages each are well
/// under 1 MB.
pub const MAX_LESSON_BYTES: u64 = 32 * 1024 * 1024;

/// A lesson: the articles, the sheet, its title and instructions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lesson {
    /// Stays the same when the lesson is edited and saved again: a student's answers are kept
    /// under it, so two lessons never mix and a corrected lesson keeps them.
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub instructions: String,
    #[serde(default)]
    pub questions: Vec<LessonQuestion>,
    #[serde(default)]
    pub articles: Vec<LessonArticle>,
}

/// An article of the lesson.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonArticle {
    /// Added by the teacher (an article of their own), not one of the collection as built: the
    /// page marks it so.
    #[serde(default)]
    pub added: bool,
    /// With its id in `hints.slug`.
    pub article: Article,
}

/// A question of the sheet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonQuestion {
    /// Letters, digits, `-` and `_`: unique in the lesson, it keeps the answers to the question.
    pub id: String,
    pub prompt: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// For the teacher only: left out of the students' copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_answer: Option<String>,
    /// The view the question opens: the page's address after `#` (`/compare?a=…&b=…`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
}

impl Lesson {
    /// The file: the lesson as one JSON document, with whatever model answers it holds.
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct File<'a> {
            format: &'static str,
            version: u64,
            #[serde(flatten)]
            lesson: &'a Lesson,
        }
        serde_json::to_string_pretty(&File { format: FORMAT, version: VERSION, lesson: self })
            .expect("a lesson serialises")
    }

    /// The lesson as handed out: without the model answers.
    pub fn students_copy(&self) -> Lesson {
        let mut copy = self.clone();
        for q in &mut copy.questions {
            q.model_answer = None;
        }
        copy
    }

    /// Whether any question has a model answer.
    pub fn has_model_answers(&self) -> bool {
        self.questions.iter().any(|q| q.model_answer.as_deref().is_some_and(|a| !a.trim().is_empty()))
    }

    /// The sheet as the page shows it to a student: the lesson's id, title and instructions, the
    /// questions with their views (no model answers).
    pub fn sheet(&self) -> ExerciseSheet {
        ExerciseSheet {
            title: self.title.clone(),
            intro: Some(self.instructions.trim().to_owned()).filter(|i| !i.is_empty()),
            questions: self
                .questions
                .iter()
                .map(|q| Question {
                    id: q.id.clone(),
                    prompt: q.prompt.clone(),
                    hint: q.hint.clone().filter(|h| !h.trim().is_empty()),
                    view: q.view.as_deref().map(|v| Address::parse(v).0),
                    model_answer: None,
                })
                .collect(),
            id: Some(self.id.clone()),
        }
    }

    /// The lesson's articles as the engine builds them: the collection's (`added: false`) as the
    /// library, with the sheet, and the teacher's own to add to it (marked as added).
    pub fn library(&self) -> (Library, Vec<Article>) {
        let (built, added): (Vec<&LessonArticle>, Vec<&LessonArticle>) = self.articles.iter().partition(|a| !a.added);
        let library = Library {
            files: built.into_iter().map(|a| a.article.clone()).collect(),
            exercises: None,
            sheet: Some(self.sheet()),
        };
        (library, added.into_iter().map(|a| a.article.clone()).collect())
    }

    /// The corpus a class explores: the lesson's articles and its sheet. A question whose view
    /// names something the articles do not have (an article, a quotation, a name) keeps its
    /// question and loses the link; `notes` says which, in a teacher's words.
    pub fn build(&self) -> Result<(Corpus, Vec<String>), BuildError> {
        let (library, added) = self.library();
        build_checked(&library, &added)
    }

    /// What a site built from the lesson (`corpus-build LESSON.crosscheck`) has as its
    /// collection: every article of the lesson, none marked as added, and its sheet (as
    /// [`Lesson::build`] checks it), with the corpus and the notes.
    pub fn site(&self) -> Result<(Library, Corpus, Vec<String>), BuildError> {
        let mut library = Library {
            files: self.articles.iter().map(|a| a.article.clone()).collect(),
            exercises: None,
            sheet: Some(self.sheet()),
        };
        let (corpus, notes) = build_checked(&library, &[])?;
        library.sheet = corpus.exercises.clone();
        Ok((library, corpus, notes))
    }
}

/// The corpus of `library` and `added`, each question's view checked against it.
fn build_checked(library: &Library, added: &[Article]) -> Result<(Corpus, Vec<String>), BuildError> {
    let mut corpus = library.build_with_articles(added)?;
    let mut notes = Vec::new();
    if let Some(mut sheet) = corpus.exercises.take() {
        for (k, q) in sheet.questions.iter_mut().enumerate() {
            if let Some(Err(why)) = q.view.as_ref().map(|v| corpus.check_view(v)) {
                notes.push(format!("Question {}: its view is left out: it {why}.", k + 1));
                q.view = None;
            }
        }
        corpus.exercises = Some(sheet);
    }
    Ok((corpus, notes))
}

/// The lesson in a file named `name`, from its bytes: checked as a whole (see the module's
/// essay). Fails with the file's name and the reason.
pub fn read_lesson(name: &str, bytes: &[u8]) -> Result<Lesson, IngestError> {
    let file = crate::clean_name(name);
    let fail = |reason: String| IngestError { file: file.clone(), reason };
    if bytes.len() as u64 > MAX_LESSON_BYTES {
        return Err(fail(format!(
            "is {:.1} MB, more than the {} MB a lesson file can be: it is not a lesson saved by Crosscheck",
            bytes.len() as f64 / (1024.0 * 1024.0),
            MAX_LESSON_BYTES / (1024 * 1024)
        )));
    }
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).map_err(|_| {
        fail("is not a lesson file: it does not hold text (a lesson is saved by Crosscheck’s “Save lesson”)".to_owned())
    })?;
    if text.trim().is_empty() {
        return Err(fail("is empty: the lesson was not saved completely; save it again".to_owned()));
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        fail(if e.is_eof() {
            format!("is incomplete: it stops at line {} before the lesson ends (the download or copy was cut short); save or copy the lesson again", e.line())
        } else if text.trim_start().starts_with('{') {
            format!("is damaged: it cannot be read at line {}, column {} ({})", e.line(), e.column(), first_clause(&e.to_string()))
        } else {
            "is not a lesson file: a lesson is saved by Crosscheck’s “Save lesson” (it starts with {)".to_owned()
        })
    })?;
    let object = value.as_object().ok_or_else(|| fail("is not a lesson file (it holds no lesson)".to_owned()))?;
    if object.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(fail("is not a Crosscheck lesson (it does not say \"format\": \"crosscheck-lesson\")".to_owned()));
    }
    match object.get("version").and_then(|v| v.as_u64()) {
        Some(VERSION) => {}
        Some(v) if v > VERSION => {
            return Err(fail(format!(
                "was saved by a newer version of Crosscheck (lesson version {v}; this page reads version {VERSION}): open it in the page it was made with, or ask for it to be saved again there"
            )))
        }
        _ => return Err(fail("is damaged: it has no version this page can read".to_owned())),
    }
    let lesson: Lesson =
        serde_json::from_value(value).map_err(|e| fail(format!("is damaged: {}", first_clause(&e.to_string()))))?;
    lesson.check().map_err(fail)?;
    Ok(lesson)
}

impl Lesson {
    /// What every lesson must be: a title, an id, articles with words and ids of their own, and
    /// questions with a prompt and an id of their own.
    pub fn check(&self) -> Result<(), String> {
        if self.title.trim().is_empty() {
            return Err("is damaged: the lesson has no title".to_owned());
        }
        if !valid_id(&self.id) {
            return Err("is damaged: the lesson's id must be letters, digits, - and _".to_owned());
        }
        if self.articles.is_empty() {
            return Err("holds no articles".to_owned());
        }
        let mut slugs = HashSet::new();
        for (k, a) in self.articles.iter().enumerate() {
            let name = crate::clean_name(&a.article.name);
            let slug = a.article.hints.slug.as_deref().unwrap_or_default();
            if !valid_id(slug) {
                return Err(format!("is damaged: article {} (“{name}”) has no id", k + 1));
            }
            if !slugs.insert(slug) {
                return Err(format!("is damaged: two articles have the id “{slug}”"));
            }
            engine::ingest::ingest_article(&a.article)
                .map_err(|e| format!("is damaged: article {} (“{name}”) {}", k + 1, e.reason))?;
        }
        let mut ids = HashSet::new();
        for (k, q) in self.questions.iter().enumerate() {
            if !valid_id(&q.id) || !ids.insert(q.id.as_str()) {
                return Err(format!("is damaged: question {} has no id of its own", k + 1));
            }
            if q.prompt.trim().is_empty() {
                return Err(format!("is damaged: question {} has no text", k + 1));
            }
        }
        Ok(())
    }
}

/// An id that can go into a link and a storage key: 1 to 64 ASCII letters, digits, `-` and `_`.
pub fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// serde_json's message without its own position (the message gives the line itself).
fn first_clause(message: &str) -> String {
    message.split(" at line ").next().unwrap_or(message).to_owned()
}

/// A file name for a lesson titled `title`: plain ASCII letters, digits and `-`,
/// `week-3-who-says-so.crosscheck`.
pub fn file_name(title: &str) -> String {
    let stem = engine::normalize::ascii_name(title, 60);
    format!("{}.{EXTENSION}", if stem.is_empty() { "lesson" } else { &stem })
}

/// A lesson made from a seed folder, as the build reads it: every article (with its id), the
/// `exercises.toml` sheet (title, intro as the instructions, questions with their views as
/// addresses and their model answers, `answer = "…"`). A folder without a sheet gives a lesson
/// with no questions, titled `title`. `id`: the lesson's id, else one made from its content.
pub fn lesson_from_seed_dir(
    dir: &engine::source::SeedDir,
    title: &str,
    id: Option<&str>,
) -> Result<Lesson, BuildError> {
    let corpus = Corpus::from_articles(&dir.files).map_err(BuildError::Article)?;
    let sheet = match &dir.exercises {
        Some(f) => Some(ExerciseSheet::from_toml(&f.name, &f.text, &corpus).map_err(BuildError::Exercises)?),
        None => None,
    };
    let articles = dir
        .files
        .iter()
        .zip(&corpus.docs)
        .map(|(a, d)| {
            let mut article = a.clone();
            article.hints.slug = Some(d.slug.clone());
            LessonArticle { added: false, article }
        })
        .collect();
    let mut lesson = Lesson {
        id: String::new(),
        title: sheet.as_ref().map_or_else(|| title.to_owned(), |s| s.title.clone()),
        instructions: sheet.as_ref().and_then(|s| s.intro.clone()).unwrap_or_default(),
        questions: sheet
            .map(|s| s.questions)
            .unwrap_or_default()
            .into_iter()
            .map(|q| LessonQuestion {
                id: q.id,
                prompt: q.prompt,
                hint: q.hint,
                model_answer: q.model_answer,
                view: q.view.map(|v| v.fragment()),
            })
            .collect(),
        articles,
    };
    lesson.id = match id {
        Some(id) => id.to_owned(),
        None => content_id(&lesson),
    };
    Ok(lesson)
}

/// An id made from a lesson's title and its articles' ids (64-bit FNV-1a, the same on every
/// platform): the same folder gives the same id, so answers given to it stay with it.
pub fn content_id(lesson: &Lesson) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let parts = std::iter::once(lesson.title.as_str())
        .chain(lesson.articles.iter().map(|a| a.article.hints.slug.as_deref().unwrap_or_default()));
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0)) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// The lesson as a seed folder's files, for a teacher who edits it with the toolchain: each
/// article as `ID.txt` (its text as read: the plain-text convention reads it as the same blocks;
/// what a saved page or Word document stated beyond its text, such as the outlet, stays in the
/// lesson file only), and `exercises.toml` with the title, the instructions and the questions
/// (hint, model answer as `answer`, the view as `link`, the page's address). Returns
/// `(file name, contents)` pairs.
pub fn lesson_to_folder(lesson: &Lesson) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = lesson
        .articles
        .iter()
        .map(|a| (format!("{}.txt", a.article.hints.slug.as_deref().unwrap_or("article")), a.article.text.clone()))
        .collect();
    let mut toml = format!("title = {}\n", toml_string(&lesson.title));
    if !lesson.instructions.trim().is_empty() {
        toml += &format!("intro = {}\n", toml_string(&lesson.instructions));
    }
    for q in &lesson.questions {
        toml += &format!("\n[[question]]\nid = {}\nprompt = {}\n", toml_string(&q.id), toml_string(&q.prompt));
        if let Some(hint) = &q.hint {
            toml += &format!("hint = {}\n", toml_string(hint));
        }
        if let Some(answer) = &q.model_answer {
            toml += &format!("answer = {}\n", toml_string(answer));
        }
        if let Some(view) = &q.view {
            toml += &format!("link = {}\n", toml_string(&format!("#{}", view.trim_start_matches('#'))));
        }
    }
    files.push((engine::exercises::FILE_NAME.to_owned(), toml));
    files
}

/// A TOML basic string: quoted, with `"`, `\` and control characters escaped.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
