//! What the sidebar's own-articles box and the lesson, teacher and hand-in screens need of the
//! collection and of the page's jobs, as a context ([`PageContext`], provided by `crate::app`):
//! the reader's own articles and what became of adding them, the lesson open, and the jobs that
//! change them (`crate::byo::OwnArticles`, `crate::lessons::Lessons`).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::byo::OwnArticles;
use crate::collection::Adding;
use crate::collection::{LessonStatus, OpenLesson};
use crate::corpus::CorpusRef;
use crate::lessons::Lessons;

/// Where files dropped on the page go while the hand-in overview is open (it sets it).
pub type DropTarget = Rc<RefCell<Option<Callback<Vec<web_sys::File>>>>>;

#[derive(Clone)]
pub struct PageContext {
    /// The collection as built (without the reader's own articles or a lesson).
    pub built: Option<CorpusRef>,
    pub own: Rc<Vec<String>>,
    pub adding: Adding,
    pub kept_note: Option<String>,
    pub lesson: Option<Rc<OpenLesson>>,
    pub lesson_status: LessonStatus,
    pub articles: OwnArticles,
    pub lessons: Lessons,
    pub hand_in_drop: DropTarget,
}

impl PartialEq for PageContext {
    fn eq(&self, o: &Self) -> bool {
        self.built == o.built
            && self.own == o.own
            && self.adding == o.adding
            && self.kept_note == o.kept_note
            && self.lesson == o.lesson
            && self.lesson_status == o.lesson_status
            && self.articles == o.articles
            && self.lessons == o.lessons
            && Rc::ptr_eq(&self.hand_in_drop, &o.hand_in_drop)
    }
}

/// The page's context (inside the shell, once the collection is in).
#[hook]
pub fn use_page() -> PageContext {
    use_context::<PageContext>().expect("the page's screens are rendered inside the shell")
}
