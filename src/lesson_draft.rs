//! The teacher's lesson as it is written in the page: title, instructions, which of the
//! collection's articles it uses, and the questions (text, hint, model answer, attached view).
//! Plain data and its edits ([`Draft`], [`DraftEdit`]), saved in this browser as it is written
//! (`crate::ui::teach`), and made into a lesson file by the worker ([`Draft::lesson`]). Pure, and
//! tested natively.
//!
//! The teacher's own articles are not in the draft: they are the reader's own articles of the
//! page (`crate::own`, kept in IndexedDB), and every one of them goes into the lesson.

use engine::address::Address;
use engine::ingest::Article;
use engine::library::Library;
use formats::lesson::{Lesson, LessonArticle, LessonQuestion};
use serde::{Deserialize, Serialize};

/// What the stored draft says it is.
pub const FORMAT: &str = "crosscheck-lesson-draft";
/// Bumped when the stored layout changes; a draft of another version is kept aside, not read.
pub const VERSION: u64 = 1;
/// Where the draft is kept (`localStorage`).
pub const KEY: &str = "crosscheck.lesson-draft";

/// A lesson being written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// Given when the draft is started; stays when the lesson is saved again, so students'
    /// answers to it stay with it.
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub instructions: String,
    /// The collection's articles left out of the lesson (their ids).
    #[serde(default)]
    pub left_out: Vec<String>,
    #[serde(default)]
    pub questions: Vec<DraftQuestion>,
    /// The number the next question's id gets (`q4`): ids are never reused, so a deleted
    /// question's answers never attach to a new one.
    #[serde(default)]
    pub next: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftQuestion {
    pub id: String,
    #[serde(default)]
    pub prompt: String,
    #[serde(default)]
    pub hint: String,
    #[serde(default)]
    pub model_answer: String,
    /// The view attached ("attach this view"): its address after `#` (`/compare?a=…&b=…`), as a
    /// lesson file keeps it (`engine::address` reads and writes it).
    #[serde(default)]
    pub view: Option<String>,
}

/// An edit to the draft. Questions are named by id.
#[derive(Clone, Debug, PartialEq)]
pub enum DraftEdit {
    Title(String),
    Instructions(String),
    /// Adds an empty question at the end.
    AddQuestion,
    Prompt {
        question: String,
        text: String,
    },
    Hint {
        question: String,
        text: String,
    },
    ModelAnswer {
        question: String,
        text: String,
    },
    /// Attaches a view, its address after `#` (replacing the one attached).
    Attach {
        question: String,
        view: String,
    },
    Detach {
        question: String,
    },
    /// Moves a question up (`-1`) or down (`1`).
    Move {
        question: String,
        by: isize,
    },
    Delete {
        question: String,
    },
    /// Leaves one of the collection's articles out of the lesson, or takes it back in.
    LeaveOut {
        article: String,
        out: bool,
    },
    /// The whole draft (another tab's, or a new one).
    Replace(Draft),
}

impl Draft {
    /// A new, empty draft with this id (`crate::ui::teach` gives a random one).
    pub fn new(id: String) -> Draft {
        Draft { id, ..Draft::default() }
    }

    pub fn apply(&mut self, edit: DraftEdit) {
        let position = |d: &Draft, id: &str| d.questions.iter().position(|q| q.id == id);
        match edit {
            DraftEdit::Title(t) => self.title = t,
            DraftEdit::Instructions(t) => self.instructions = t,
            DraftEdit::AddQuestion => {
                // Past every id in use, whatever `next` says (a draft edited in two tabs).
                let used = self
                    .questions
                    .iter()
                    .filter_map(|q| q.id.strip_prefix('q')?.parse::<u32>().ok())
                    .max()
                    .unwrap_or(0);
                self.next = self.next.max(used) + 1;
                self.questions.push(DraftQuestion { id: format!("q{}", self.next), ..DraftQuestion::default() });
            }
            DraftEdit::Prompt { question, text } => self.question_mut(&question, |q| q.prompt = text),
            DraftEdit::Hint { question, text } => self.question_mut(&question, |q| q.hint = text),
            DraftEdit::ModelAnswer { question, text } => self.question_mut(&question, |q| q.model_answer = text),
            DraftEdit::Attach { question, view } => self.question_mut(&question, |q| q.view = Some(view)),
            DraftEdit::Detach { question } => self.question_mut(&question, |q| q.view = None),
            DraftEdit::Move { question, by } => {
                if let Some(i) = position(self, &question) {
                    let j = i as isize + by;
                    if (0..self.questions.len() as isize).contains(&j) {
                        self.questions.swap(i, j as usize);
                    }
                }
            }
            DraftEdit::Delete { question } => self.questions.retain(|q| q.id != question),
            DraftEdit::LeaveOut { article, out } => {
                self.left_out.retain(|a| *a != article);
                if out {
                    self.left_out.push(article);
                    self.left_out.sort();
                }
            }
            DraftEdit::Replace(d) => *self = d,
        }
    }

    fn question_mut(&mut self, id: &str, change: impl FnOnce(&mut DraftQuestion)) {
        if let Some(q) = self.questions.iter_mut().find(|q| q.id == id) {
            change(q);
        }
    }

    /// The stored form: the draft with its format and version.
    pub fn to_json(&self) -> String {
        crate::stored::write(FORMAT, VERSION, self)
    }

    /// A stored draft, or why it cannot be read. Never panics.
    pub fn from_json(raw: &str) -> Result<Draft, String> {
        let value = crate::stored::read(raw, FORMAT, VERSION, "lesson draft")?;
        let draft: Draft =
            serde_json::from_value(value).map_err(|_| "it is damaged (its content has the wrong shape)".to_owned())?;
        if !formats::lesson::valid_id(&draft.id) {
            return Err("it is damaged (the lesson has no id)".to_owned());
        }
        Ok(draft)
    }

    /// The draft of a lesson file opened to be edited: its title, instructions, questions and
    /// model answers, under its id (students' answers stay with it). Its articles are not in
    /// the draft (see the module's essay).
    pub fn of_lesson(lesson: &Lesson) -> Draft {
        let mut draft = Draft {
            id: lesson.id.clone(),
            title: lesson.title.clone(),
            instructions: lesson.instructions.clone(),
            ..Draft::default()
        };
        draft.questions = lesson
            .questions
            .iter()
            .map(|q| DraftQuestion {
                id: q.id.clone(),
                prompt: q.prompt.clone(),
                hint: q.hint.clone().unwrap_or_default(),
                model_answer: q.model_answer.clone().unwrap_or_default(),
                view: q.view.clone(),
            })
            .collect();
        draft.next = draft.questions.len() as u32;
        draft
    }

    /// The lesson file's content: the collection's articles not left out (with the ids the build
    /// gave them), the teacher's own (`own`, with theirs), and the questions, with their model
    /// answers (the caller makes the students' copy). Fails, in a teacher's words, when the
    /// lesson is not ready: no title, no articles, a question with no text, or a view that shows
    /// an article left out.
    pub fn lesson(&self, library: &Library, own: &[Article]) -> Result<Lesson, String> {
        if self.title.trim().is_empty() {
            return Err("Give the lesson a title first.".to_owned());
        }
        let slugs = library.slugs();
        let mut articles: Vec<LessonArticle> = library
            .files
            .iter()
            .zip(slugs)
            .filter(|(_, slug)| !self.left_out.contains(slug))
            .map(|(a, slug)| {
                let mut article = a.clone();
                article.hints.slug = Some(slug);
                LessonArticle { added: false, article }
            })
            .collect();
        articles.extend(own.iter().map(|a| LessonArticle { added: true, article: a.clone() }));
        if articles.is_empty() {
            return Err("The lesson has no articles: keep some of the collection’s, or add your own.".to_owned());
        }
        let mut questions = Vec::new();
        for (k, q) in self.questions.iter().enumerate() {
            if q.prompt.trim().is_empty() {
                return Err(format!("Question {} has no text yet: write it, or delete the question.", k + 1));
            }
            if let Some(view) = q.view.as_deref().map(|v| Address::parse(v).0) {
                if let Some(slug) = view_articles(&view)
                    .into_iter()
                    .find(|s| !articles.iter().any(|a| a.article.hints.slug.as_deref() == Some(s.as_str())))
                {
                    return Err(format!("Question {}’s view shows an article that is not in the lesson ({slug}): take it back in, or attach another view.", k + 1));
                }
            }
            let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
            questions.push(LessonQuestion {
                id: q.id.clone(),
                prompt: q.prompt.trim().to_owned(),
                hint: text(&q.hint),
                model_answer: text(&q.model_answer),
                view: q.view.clone(),
            });
        }
        let lesson = Lesson {
            id: self.id.clone(),
            title: self.title.trim().to_owned(),
            instructions: self.instructions.trim().to_owned(),
            questions,
            articles,
        };
        lesson.check().map_err(|why| format!("The lesson {why}."))?;
        Ok(lesson)
    }
}

/// The articles a view names (the reader's, the compared pair, the filter's, a quotation's, a
/// profile card's).
pub fn view_articles(view: &Address) -> Vec<String> {
    let p = &view.params;
    let mut out: Vec<String> = Vec::new();
    if let engine::address::Screen::Article { slug } = &view.screen {
        out.push(slug.clone());
    }
    out.extend([&p.a, &p.b, &p.article].into_iter().filter(|s| !s.is_empty()).cloned());
    out.extend(p.docs.split(',').map(str::trim).filter(|s| !s.is_empty() && *s != "-").map(str::to_owned));
    out.extend(p.quote.iter().map(|q| q.article.clone()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::address::{Screen, ViewParams};

    fn library() -> Library {
        let dir = engine::source::read_seed_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"))
            .expect("seeds/ reads");
        Library::of(&dir)
    }

    fn written() -> Draft {
        let mut d = Draft::new("lesson-1".into());
        d.apply(DraftEdit::Title("Week 3: who <b>says</b> so?".into()));
        d.apply(DraftEdit::Instructions("Work in pairs.".into()));
        for _ in 0..3 {
            d.apply(DraftEdit::AddQuestion);
        }
        d.apply(DraftEdit::Prompt { question: "q1".into(), text: "Who is quoted most?".into() });
        d.apply(DraftEdit::Prompt { question: "q2".into(), text: "Compare them.".into() });
        d.apply(DraftEdit::Prompt { question: "q3".into(), text: "Which dates?".into() });
        d.apply(DraftEdit::ModelAnswer { question: "q2".into(), text: "The short one cuts the context.".into() });
        d.apply(DraftEdit::Attach {
            question: "q1".into(),
            view: Address::new(Screen::Profiles, ViewParams { sort: "-quotations".into(), ..ViewParams::default() })
                .fragment(),
        });
        d
    }

    #[test]
    fn questions_are_added_edited_moved_attached_and_deleted_and_ids_are_never_reused() {
        let mut d = written();
        assert_eq!(d.questions.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(), ["q1", "q2", "q3"]);
        d.apply(DraftEdit::Move { question: "q3".into(), by: -1 });
        d.apply(DraftEdit::Move { question: "q1".into(), by: -1 });
        assert_eq!(
            d.questions.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(),
            ["q1", "q3", "q2"],
            "the first cannot go up"
        );
        d.apply(DraftEdit::Delete { question: "q2".into() });
        d.apply(DraftEdit::AddQuestion);
        assert_eq!(d.questions.last().map(|q| q.id.as_str()), Some("q4"), "a deleted question's id is not given again");
        d.apply(DraftEdit::Detach { question: "q1".into() });
        assert_eq!(d.questions[0].view, None);
        d.apply(DraftEdit::LeaveOut { article: "x".into(), out: true });
        d.apply(DraftEdit::LeaveOut { article: "x".into(), out: true });
        assert_eq!(d.left_out, ["x"]);
        d.apply(DraftEdit::LeaveOut { article: "x".into(), out: false });
        assert!(d.left_out.is_empty());
    }

    #[test]
    fn a_draft_round_trips_and_what_cannot_be_read_says_why() {
        let d = written();
        assert_eq!(Draft::from_json(&d.to_json()), Ok(d.clone()));
        assert!(Draft::from_json("{").unwrap_err().contains("damaged"));
        assert!(Draft::from_json(r#"{"format":"crosscheck-lesson-draft","version":9}"#)
            .unwrap_err()
            .contains("version 9"));
        assert!(Draft::from_json(r#"{"format":"crosscheck-lesson-draft","version":1,"id":""}"#)
            .unwrap_err()
            .contains("no id"));
    }

    #[test]
    fn the_lesson_has_the_articles_kept_the_teachers_own_and_the_questions_with_views_as_addresses() {
        let lib = library();
        let mut d = written();
        let slugs = lib.slugs();
        d.apply(DraftEdit::LeaveOut { article: slugs[0].clone(), out: true });
        let own = Article { hints: engine::ingest::Hints { slug: Some("ferry-0a1b2c3d".into()), ..Default::default() }, ..Article::plain("ferry.txt", "Harbour council weighs a new ferry timetable\n\nThe council met, and “we cannot run empty boats,” said Marisol Okonkwo.\n") };
        let lesson = d.lesson(&lib, std::slice::from_ref(&own)).expect("a lesson");
        assert_eq!(lesson.articles.len(), slugs.len());
        assert!(lesson.articles[..slugs.len() - 1].iter().all(|a| !a.added));
        assert_eq!(
            lesson.articles.iter().map(|a| a.article.hints.slug.clone().unwrap()).collect::<Vec<_>>()[..2],
            [slugs[1].clone(), slugs[2].clone()]
        );
        assert!(lesson.articles.last().unwrap().added);
        assert_eq!(lesson.questions[0].view.as_deref(), Some("/profiles?sort=-quotations"));
        assert_eq!(lesson.questions[1].model_answer.as_deref(), Some("The short one cuts the context."));
        assert_eq!(lesson.students_copy().questions[1].model_answer, None);
        assert_eq!(lesson.title, "Week 3: who <b>says</b> so?", "markup stays text");

        // What the class gets: the same articles, ids and views.
        let back = formats::lesson::read_lesson("week-3.crosscheck", lesson.students_copy().to_json().as_bytes())
            .expect("reads");
        let (corpus, notes) = back.build().expect("builds");
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(
            corpus.docs.iter().map(|d| d.slug.clone()).collect::<Vec<_>>(),
            lesson.articles.iter().map(|a| a.article.hints.slug.clone().unwrap()).collect::<Vec<_>>()
        );
        assert_eq!(corpus.docs.iter().filter(|d| d.own).count(), 1);
        let sheet = corpus.exercises.expect("the sheet");
        assert_eq!(sheet.id.as_deref(), Some("lesson-1"));
        assert_eq!(
            sheet.questions[0].view.as_ref().map(Address::fragment).as_deref(),
            Some("/profiles?sort=-quotations")
        );
        assert!(sheet.questions.iter().all(|q| q.model_answer.is_none()));
    }

    #[test]
    fn a_lesson_that_is_not_ready_says_what_to_do() {
        let lib = library();
        let mut d = written();
        d.apply(DraftEdit::AddQuestion);
        assert_eq!(d.lesson(&lib, &[]).unwrap_err(), "Question 4 has no text yet: write it, or delete the question.");
        d.apply(DraftEdit::Delete { question: "q4".into() });
        let first = lib.slugs()[0].clone();
        d.apply(DraftEdit::Attach {
            question: "q3".into(),
            view: Address::new(Screen::Article { slug: first.clone() }, ViewParams::default()).fragment(),
        });
        d.apply(DraftEdit::LeaveOut { article: first.clone(), out: true });
        assert!(d
            .lesson(&lib, &[])
            .unwrap_err()
            .starts_with("Question 3’s view shows an article that is not in the lesson"));
        d.apply(DraftEdit::Title(" ".into()));
        assert_eq!(d.lesson(&lib, &[]).unwrap_err(), "Give the lesson a title first.");
    }
}
