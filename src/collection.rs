//! The collection the page shows, and how it came to be: the built corpus loading, the reader's
//! own articles added in the browser, going back to the collection as built. One reducer
//! ([`Collection`], changed only by [`CollectionAction`]s), as yew's examples keep an app's state:
//! the shell holds it with `use_reducer`, and its rules are tested natively.

use std::rc::Rc;

use yew::prelude::*;

use crate::corpus::{CorpusLink, CorpusRef, Load};

/// Where adding articles stands, for the sidebar to show.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Adding {
    #[default]
    Idle,
    Working {
        stage: String,
        done: usize,
        total: usize,
    },
    Done {
        added: Vec<String>,
        skipped: Vec<(String, String)>,
    },
    Failed(String),
}

/// What a finished job gives the shell: the new corpus and the slugs of the reader's articles.
#[derive(Clone, Debug)]
pub struct Rebuilt {
    pub corpus: CorpusRef,
    pub own: Vec<String>,
}

/// Everything the shell shows of the collection.
#[derive(Clone, Debug, PartialEq)]
pub struct Collection {
    /// Where loading stands; `Ready` holds the corpus every view shows.
    pub load: Load,
    /// The collection as built, to go back to when the reader's own articles are removed.
    pub built: Option<CorpusRef>,
    /// The slugs of the reader's own articles in the corpus shown.
    pub own: Rc<Vec<String>>,
    /// Where adding articles stands.
    pub adding: Adding,
    /// What could not be kept in, or read from, this browser's storage, for the reader.
    pub kept_note: Option<String>,
    /// The lesson open, when one is (its title, instructions and sheet are the corpus's
    /// `exercises`), and where opening one stands.
    pub lesson: Option<Rc<OpenLesson>>,
    pub lesson_status: LessonStatus,
}

/// A lesson open in the page.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenLesson {
    /// The file's name.
    pub name: String,
    /// What could not be taken from it (a question's view naming what its articles lack).
    pub notes: Vec<String>,
    /// Why it will not reopen by itself after a reload, when it could not be kept.
    pub not_kept: Option<String>,
}

/// Where opening a lesson stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LessonStatus {
    #[default]
    Idle,
    Opening(String),
    /// Why the lesson could not be opened, naming the file.
    Failed(String),
}

impl Collection {
    /// Before anything has arrived: fetching the corpus `link` names.
    pub fn start(link: Option<CorpusLink>) -> Collection {
        Collection {
            load: Load::Fetching { link, received: 0 },
            built: None,
            own: Rc::new(Vec::new()),
            adding: Adding::Idle,
            kept_note: None,
            lesson: None,
            lesson_status: LessonStatus::Idle,
        }
    }

    /// Whether the corpus is still arriving.
    pub fn loading(&self) -> bool {
        matches!(self.load, Load::Fetching { .. } | Load::Decoding { .. })
    }
}

/// What happens to the collection.
#[derive(Clone, Debug)]
pub enum CollectionAction {
    /// `received` bytes of the corpus are in.
    Fetched { link: Option<CorpusLink>, received: usize },
    /// All bytes are in; decoding.
    Decoding { link: Option<CorpusLink> },
    /// The corpus as built is ready.
    Loaded(CorpusRef),
    /// It could not be opened: why, in words a teacher can act on.
    Failed(String),
    /// Adding the reader's articles moved on.
    Adding(Adding),
    /// The reader's articles are in: the new corpus and which of its articles are theirs.
    Rebuilt(Rebuilt),
    /// Back to the collection as built.
    RemoveOwn,
    /// What to tell about this browser's storage (`None`: all is well).
    KeptNote(Option<String>),
    /// A lesson is open: its corpus (its articles added by the teacher are `own`).
    LessonOpened(Rebuilt, OpenLesson),
    /// Opening a lesson moved on, or failed.
    LessonStatus(LessonStatus),
    /// The lesson is closed: back to the collection as built (the reader's own articles follow).
    LessonClosed,
}

impl Reducible for Collection {
    type Action = CollectionAction;

    fn reduce(self: Rc<Self>, action: CollectionAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            // Progress of a download that has been overtaken (the corpus is open) is dropped.
            CollectionAction::Fetched { link, received } if self.loading() => {
                next.load = Load::Fetching { link, received }
            }
            CollectionAction::Decoding { link } if self.loading() => next.load = Load::Decoding { link },
            CollectionAction::Fetched { .. } | CollectionAction::Decoding { .. } => return self,
            CollectionAction::Loaded(corpus) => {
                next.built = Some(corpus.clone());
                next.load = Load::Ready(corpus);
            }
            CollectionAction::Failed(msg) => next.load = Load::Failed(msg),
            CollectionAction::Adding(adding) => next.adding = adding,
            // The reader's own articles wait while a lesson is open.
            CollectionAction::Rebuilt(_) | CollectionAction::RemoveOwn if self.lesson.is_some() => return self,
            CollectionAction::Rebuilt(r) => {
                next.own = Rc::new(r.own);
                next.load = Load::Ready(r.corpus);
            }
            CollectionAction::RemoveOwn | CollectionAction::LessonClosed => {
                let Some(built) = self.built.clone() else {
                    return self;
                };
                next.own = Rc::new(Vec::new());
                next.adding = Adding::Idle;
                next.load = Load::Ready(built);
                next.lesson = None;
            }
            CollectionAction::KeptNote(note) => next.kept_note = note,
            CollectionAction::LessonOpened(r, lesson) => {
                next.own = Rc::new(r.own);
                next.load = Load::Ready(r.corpus);
                next.lesson = Some(Rc::new(lesson));
                next.lesson_status = LessonStatus::Idle;
            }
            CollectionAction::LessonStatus(status) => next.lesson_status = status,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(c: Collection, actions: Vec<CollectionAction>) -> Collection {
        let mut c = Rc::new(c);
        for a in actions {
            c = c.reduce(a);
        }
        (*c).clone()
    }

    fn seeds() -> CorpusRef {
        CorpusRef(Rc::new(crate::corpus::test_corpus().clone()))
    }

    #[test]
    fn loading_goes_from_fetching_to_ready_and_late_progress_is_dropped() {
        let corpus = seeds();
        let c = reduce(
            Collection::start(None),
            vec![
                CollectionAction::Fetched { link: None, received: 10 },
                CollectionAction::Decoding { link: None },
                CollectionAction::Loaded(corpus.clone()),
                CollectionAction::Fetched { link: None, received: 99 },
            ],
        );
        assert_eq!(c.load, Load::Ready(corpus.clone()));
        assert_eq!(c.built, Some(corpus));
        assert!(!c.loading());
    }

    #[test]
    fn own_articles_come_and_go_back_to_the_collection_as_built() {
        let built = seeds();
        let with_own = seeds();
        let c = reduce(
            Collection::start(None),
            vec![
                CollectionAction::Loaded(built.clone()),
                CollectionAction::Adding(Adding::Working { stage: "Reading".into(), done: 0, total: 1 }),
                CollectionAction::Rebuilt(Rebuilt { corpus: with_own.clone(), own: vec!["mine".into()] }),
            ],
        );
        assert_eq!(c.load, Load::Ready(with_own));
        assert_eq!(*c.own, vec!["mine".to_owned()]);
        let c = reduce(c, vec![CollectionAction::RemoveOwn]);
        assert_eq!((c.load.clone(), c.own.len(), c.adding.clone()), (Load::Ready(built), 0, Adding::Idle));
    }

    #[test]
    fn a_lesson_replaces_the_collection_until_it_is_closed_and_own_articles_wait() {
        let (built, lesson, mine) = (seeds(), seeds(), seeds());
        let open = OpenLesson { name: "week-3.crosscheck".into(), notes: vec![], not_kept: None };
        let c = reduce(
            Collection::start(None),
            vec![
                CollectionAction::Loaded(built.clone()),
                CollectionAction::LessonStatus(LessonStatus::Opening("Reading".into())),
                CollectionAction::LessonOpened(
                    Rebuilt { corpus: lesson.clone(), own: vec!["added".into()] },
                    open.clone(),
                ),
                CollectionAction::Rebuilt(Rebuilt { corpus: mine.clone(), own: vec!["mine".into()] }),
            ],
        );
        assert_eq!(
            (c.load.clone(), c.lesson.as_deref(), c.lesson_status.clone()),
            (Load::Ready(lesson), Some(&open), LessonStatus::Idle)
        );
        assert_eq!(*c.own, vec!["added".to_owned()], "the reader's own articles do not mix into a lesson");
        let c = reduce(
            c,
            vec![
                CollectionAction::LessonClosed,
                CollectionAction::Rebuilt(Rebuilt { corpus: mine.clone(), own: vec!["mine".into()] }),
            ],
        );
        assert_eq!((c.load, c.lesson), (Load::Ready(mine), None));
    }

    #[test]
    fn removing_before_anything_is_built_changes_nothing() {
        let start = Collection::start(None);
        assert_eq!(reduce(start.clone(), vec![CollectionAction::RemoveOwn]), start);
        let failed = reduce(start, vec![CollectionAction::Failed("no".into())]);
        assert_eq!(failed.load, Load::Failed("no".into()));
    }
}
