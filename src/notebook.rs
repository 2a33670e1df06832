//! The student's notebook: answers and notes to the exercise sheet, their name, and the
//! corrections they made to what the machine found, kept in this browser's `localStorage`.
//!
//! # Design
//!
//! - **One value per collection.** The whole notebook is one versioned JSON value
//!   (`{"format":"crosscheck-notebook","version":1,…}`) under a key that carries a fingerprint of
//!   the collection as built: the sheet's title and the built articles' slugs ([`storage_key`]).
//!   Two builds served from one host (two lessons, last year's and this year's) never read each
//!   other's answers. The reader's own articles are left out of the fingerprint, so adding some
//!   does not hide the answers.
//! - **Items are named stably.** A correction names a quotation by its article's slug and its
//!   character offsets in the file, a name by its canonical form ([`Item`]), never by an index that
//!   a rebuild could shift.
//! - **Storage may fail; the page may not.** Storage can be switched off (private modes throw a
//!   `SecurityError`), full (`QuotaExceededError`), or hold something this version cannot read
//!   (damaged, written by another version). [`Session`] keeps the notebook in the page whatever
//!   happens and says what happened ([`Saving`]): off means the work lasts until a reload; full
//!   means "not saved, export now"; an unreadable value is kept aside under a backup key and
//!   offered for download ([`Recovered`]), and the notebook starts empty. When even the backup
//!   cannot be written, the old value is not overwritten until the student has downloaded it.
//! - **Pure at the core.** Parsing, serialising and the session's rules run over a [`Backend`]
//!   trait, tested natively with an in-memory backend that can be made to fail;
//!   [`LocalStorage`] is the browser's; `crate::ui::notebook` hands the session to the views as a
//!   yew context.

use crate::idb::js_reason;
use std::collections::BTreeMap;
use std::rc::Rc;

use engine::Corpus;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use yew::Reducible;

/// What the stored JSON says it is.
pub const FORMAT: &str = "crosscheck-notebook";
/// Bumped when the stored layout changes; a value of another version is kept aside, not read.
pub const VERSION: u64 = 1;
const KEY_PREFIX: &str = "crosscheck.notebook.";

/// The student's work on one collection.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notebook {
    /// The name (or names) the student gives for the hand-in.
    #[serde(default)]
    pub student: String,
    /// The work on each question, by question id.
    #[serde(default)]
    pub answers: BTreeMap<String, Work>,
    /// At most one per item, in the order they were made.
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

/// An answer and the notes taken while working on a question.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Work {
    #[serde(default)]
    pub answer: String,
    #[serde(default)]
    pub note: String,
}

/// Something the machine found, named so that it is found again after a rebuild.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Item {
    /// A quotation: its article's slug and the quoted words' character offsets in the file.
    Quotation { article: String, start: u32, end: u32 },
    /// A person, organisation or place, by its canonical name.
    Name { name: String },
}

impl Item {
    /// Quotation `i` of the corpus.
    pub fn quotation(corpus: &Corpus, i: usize) -> Item {
        let q = &corpus.quotes.quotes[i];
        Item::Quotation { article: corpus.docs[q.doc as usize].slug.clone(), start: q.chars.start, end: q.chars.end }
    }

    /// Entity `e` of the corpus.
    pub fn name(corpus: &Corpus, e: usize) -> Item {
        Item::Name { name: corpus.entities[e].name.clone() }
    }

    /// The quotation this item names, if the corpus has it.
    pub fn find_quotation(&self, corpus: &Corpus) -> Option<usize> {
        let Item::Quotation { article, start, end } = self else {
            return None;
        };
        let doc = corpus.doc_by_slug(article)? as u32;
        corpus.quotes.quotes.iter().position(|q| q.doc == doc && q.chars.start == *start && q.chars.end == *end)
    }
}

/// What a student says is wrong with an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    NotAQuotation,
    WrongSpeaker,
    WrongWords,
    NotAName,
    WrongKind,
    /// The name is one the machine did not merge with another it should have.
    MergeWith,
}

impl Problem {
    /// What can be wrong with a quotation, as the form offers it.
    pub const FOR_QUOTATIONS: [Problem; 3] = [Problem::NotAQuotation, Problem::WrongSpeaker, Problem::WrongWords];
    /// What can be wrong with a name.
    pub const FOR_NAMES: [Problem; 3] = [Problem::NotAName, Problem::WrongKind, Problem::MergeWith];

    /// As stored and exported.
    pub fn key(self) -> &'static str {
        match self {
            Problem::NotAQuotation => "not_a_quotation",
            Problem::WrongSpeaker => "wrong_speaker",
            Problem::WrongWords => "wrong_words",
            Problem::NotAName => "not_a_name",
            Problem::WrongKind => "wrong_kind",
            Problem::MergeWith => "merge_with",
        }
    }

    /// As a student reads it.
    pub fn label(self) -> &'static str {
        match self {
            Problem::NotAQuotation => "not a quotation",
            Problem::WrongSpeaker => "wrong speaker",
            Problem::WrongWords => "wrong words",
            Problem::NotAName => "not a name",
            Problem::WrongKind => "wrong kind",
            Problem::MergeWith => "the same as another name",
        }
    }

    /// The label of the field that says what is right, when the problem needs one.
    pub fn right_label(self) -> Option<&'static str> {
        match self {
            Problem::WrongSpeaker => Some("The right speaker"),
            Problem::WrongWords => Some("The right words"),
            Problem::WrongKind => Some("The right kind"),
            Problem::MergeWith => Some("The name it should be merged with"),
            Problem::NotAQuotation | Problem::NotAName => None,
        }
    }
}

/// A student's correction of one item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    pub item: Item,
    pub problem: Problem,
    /// What the machine gave for the part marked wrong (the speaker, the words, the kind, the
    /// name), as the student saw it: the export reads without the page.
    pub original: String,
    /// The right speaker, words or kind, or the name to merge with; empty when the problem needs none.
    #[serde(default)]
    pub right: String,
    #[serde(default)]
    pub comment: String,
}

/// An edit to the notebook.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Student(String),
    Answer {
        question: String,
        text: String,
    },
    Note {
        question: String,
        text: String,
    },
    /// Adds a correction, replacing one of the same item.
    Correct(Correction),
    /// Removes the correction of an item.
    Undo(Item),
    /// Empties the notebook.
    Clear,
}

impl Notebook {
    pub fn apply(&mut self, change: Change) {
        match change {
            Change::Student(s) => self.student = s,
            Change::Answer { question, text } => self.answers.entry(question).or_default().answer = text,
            Change::Note { question, text } => self.answers.entry(question).or_default().note = text,
            Change::Correct(c) => match self.corrections.iter_mut().find(|old| old.item == c.item) {
                Some(old) => *old = c,
                None => self.corrections.push(c),
            },
            Change::Undo(item) => self.corrections.retain(|c| c.item != item),
            Change::Clear => *self = Notebook::default(),
        }
        self.answers.retain(|_, w| !w.answer.is_empty() || !w.note.is_empty());
    }

    pub fn correction(&self, item: &Item) -> Option<&Correction> {
        self.corrections.iter().find(|c| &c.item == item)
    }

    pub fn work(&self, question: &str) -> Option<&Work> {
        self.answers.get(question)
    }

    /// The stored form: the notebook with its format and version.
    pub fn to_json(&self) -> String {
        crate::stored::write(FORMAT, VERSION, self)
    }
}

/// What a stored value turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    Nothing,
    Found(Notebook),
    /// Not a notebook this version can read; `reason` says why, for the student.
    Unreadable {
        reason: String,
    },
}

/// Reads a stored value. Never fails: anything but a notebook of this version is `Unreadable`.
pub fn read(raw: Option<&str>) -> Stored {
    let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
        return Stored::Nothing;
    };
    let value = match crate::stored::read(raw, FORMAT, VERSION, "notebook") {
        Ok(v) => v,
        Err(reason) => return Stored::Unreadable { reason },
    };
    match serde_json::from_value::<Notebook>(value) {
        Ok(n) => Stored::Found(n),
        Err(e) => Stored::Unreadable { reason: format!("its content has the wrong shape ({e})") },
    }
}

/// The storage key of the notebook for a collection: a fingerprint of the sheet's title and the
/// slugs of the articles as built (`own`: the slugs of articles the reader added, left out).
pub fn storage_key(corpus: &Corpus, own: &[String]) -> String {
    // A lesson's answers are kept under its id, whichever way it was opened (a file, a link, a
    // site built from it) and however it was corrected since.
    if let Some(id) = corpus.exercises.as_ref().and_then(|s| s.id.as_deref()) {
        let id: String = id.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')).take(64).collect();
        return format!("{KEY_PREFIX}lesson-{id}");
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325; // FNV-1a: fixed, so the key outlives compiler releases.
    let title = corpus.exercises.as_ref().map_or("", |s| s.title.as_str());
    let slugs = corpus.docs.iter().map(|d| d.slug.as_str()).filter(|s| !own.iter().any(|o| o == s));
    for part in std::iter::once(title).chain(slugs) {
        for b in part.bytes().chain(std::iter::once(0)) {
            h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{KEY_PREFIX}{h:016x}")
}

/// Where an unreadable value is kept aside.
pub fn backup_key(key: &str) -> String {
    format!("{key}.unreadable")
}

/// Why storage did not take a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No storage at all (switched off, a private mode).
    Unavailable(String),
    /// The quota is used up.
    Full,
    /// Any other refusal, with the browser's message.
    Refused(String),
}

/// A key-value store: the browser's `localStorage`, or memory in tests.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
}

/// How the last save went, for the student to see.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saving {
    /// Nothing changed yet in this visit.
    Idle,
    Saved,
    /// Storage is unavailable: the work lasts until the page is reloaded or closed.
    Off(String),
    Full,
    Refused(String),
    /// Not saved so as not to overwrite an unreadable old value that could not be kept aside.
    Held,
}

impl Saving {
    /// The status line; empty when there is nothing to say.
    pub fn message(&self) -> String {
        match self {
            Saving::Idle => String::new(),
            Saving::Saved => "Saved in this browser.".to_owned(),
            Saving::Off(why) => format!(
                "Not kept after a reload: this browser does not let the page store anything ({why}). \
                 Your work stays on this page until you reload or close it: export it before you leave."
            ),
            Saving::Full => "Not saved: storage is full; export now. What you typed stays on this page.".to_owned(),
            Saving::Refused(why) => format!(
                "Not saved: the browser refused to store it ({why}); export now. What you typed stays on this page."
            ),
            Saving::Held => {
                "Not saved yet: download the old answers first (see above), so that they are not overwritten."
                    .to_owned()
            }
        }
    }

    /// Whether the work is at risk (the status is a warning).
    pub fn is_problem(&self) -> bool {
        !matches!(self, Saving::Idle | Saving::Saved)
    }
}

/// An unreadable value found in storage, offered back to the student.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovered {
    pub raw: String,
    pub reason: String,
    /// Where it was kept aside, when that worked.
    pub kept_at: Option<String>,
}

/// The notebook of one collection in one page: what is stored, how saving goes. A reducer
/// ([`SessionAction`]) that saves every change it makes through its backend.
#[derive(Clone)]
pub struct Session<B: Backend> {
    backend: Option<B>,
    key: String,
    pub notebook: Rc<Notebook>,
    pub saving: Saving,
    pub recovered: Option<Recovered>,
    /// The unreadable old value is only in `recovered`: do not overwrite it in storage yet.
    hold: bool,
}

impl<B: Backend> Session<B> {
    /// Opens the notebook under `key`; `backend` is `Err` with the reason when there is no storage.
    pub fn open(backend: Result<B, String>, key: &str) -> Session<B> {
        let mut s = Session {
            backend: None,
            key: key.to_owned(),
            notebook: Rc::default(),
            saving: Saving::Idle,
            recovered: None,
            hold: false,
        };
        let backend = match backend {
            Ok(b) => b,
            Err(why) => {
                s.saving = Saving::Off(why);
                return s;
            }
        };
        let raw = match backend.get(key) {
            Ok(raw) => raw,
            Err(StoreError::Unavailable(why) | StoreError::Refused(why)) => {
                s.saving = Saving::Off(why);
                return s;
            }
            Err(StoreError::Full) => None,
        };
        match read(raw.as_deref()) {
            Stored::Nothing => {}
            Stored::Found(n) => s.notebook = Rc::new(n),
            Stored::Unreadable { reason } => {
                let raw = raw.unwrap_or_default();
                let backup = backup_key(key);
                let kept = backend.set(&backup, &raw).is_ok();
                s.hold = !kept;
                s.recovered = Some(Recovered { raw, reason, kept_at: kept.then_some(backup) });
            }
        }
        s.backend = Some(backend);
        s
    }

    /// Applies a change and saves the notebook. The change is made to what is stored, when this
    /// page's work is all saved: another tab of the same lesson may have saved since, and its
    /// work is kept (two tabs merge, change by change; only the same answer typed in both at
    /// once keeps the later). While saving fails, the page's copy is the work, and it is kept.
    pub fn apply(&mut self, change: Change) {
        self.reload();
        Rc::make_mut(&mut self.notebook).apply(change);
        self.save();
    }

    /// Takes up what is stored, when another tab has saved something this page has not seen
    /// and this page's own work is all saved (nothing is dropped). Returns whether it changed.
    pub fn reload(&mut self) -> bool {
        if self.hold || !matches!(self.saving, Saving::Idle | Saving::Saved) {
            return false;
        }
        let Some(Ok(raw)) = self.backend.as_ref().map(|b| b.get(&self.key)) else {
            return false;
        };
        match read(raw.as_deref()) {
            Stored::Found(n) if n != *self.notebook => {
                self.notebook = Rc::new(n);
                true
            }
            _ => false,
        }
    }

    /// The student has downloaded the unreadable old value: it may now be overwritten.
    pub fn recovered_downloaded(&mut self) {
        if std::mem::take(&mut self.hold) && self.saving == Saving::Held {
            self.save();
        }
    }

    fn save(&mut self) {
        let Some(backend) = &self.backend else { return };
        if self.hold {
            self.saving = Saving::Held;
            return;
        }
        self.saving = match backend.set(&self.key, &self.notebook.to_json()) {
            Ok(()) => Saving::Saved,
            Err(StoreError::Full) => Saving::Full,
            Err(StoreError::Unavailable(why)) => Saving::Off(why),
            Err(StoreError::Refused(why)) => Saving::Refused(why),
        };
    }
}

/// What the student does to the session.
#[derive(Clone, Debug, PartialEq)]
pub enum SessionAction {
    /// A change to the notebook (saved at once).
    Change(Change),
    /// The student has downloaded the unreadable old value: it may now be overwritten.
    RecoveredDownloaded,
    /// Another tab saved the notebook: take its work up.
    Reload,
}

impl<B: Backend + Clone> Reducible for Session<B> {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            SessionAction::Change(c) => next.apply(c),
            SessionAction::RecoveredDownloaded => next.recovered_downloaded(),
            SessionAction::Reload => {
                if !next.reload() {
                    return self;
                }
            }
        }
        Rc::new(next)
    }
}

/// The browser's `localStorage`.
#[derive(Clone)]
pub struct LocalStorage(web_sys::Storage);

impl LocalStorage {
    /// The page's storage, or why there is none.
    pub fn open() -> Result<LocalStorage, String> {
        match gloo::utils::window().local_storage() {
            Ok(Some(s)) => Ok(LocalStorage(s)),
            Ok(None) => Err("no storage in this browser".to_owned()),
            Err(e) => Err(js_reason(&e)),
        }
    }
}

impl Backend for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get_item(key).map_err(store_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set_item(key, value).map_err(store_error)
    }
}

fn store_error(e: wasm_bindgen::JsValue) -> StoreError {
    let name = e.dyn_ref::<web_sys::DomException>().map(|d| d.name()).unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::Full,
        "SecurityError" => StoreError::Unavailable(js_reason(&e)),
        _ => StoreError::Refused(js_reason(&e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::collections::HashMap;

    /// Storage in memory that can be told to refuse writes.
    #[derive(Default)]
    struct Memory {
        values: RefCell<HashMap<String, String>>,
        refuse: RefCell<Option<StoreError>>,
    }

    impl Backend for &Memory {
        fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
            Ok(self.values.borrow().get(key).cloned())
        }
        fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
            if let Some(e) = self.refuse.borrow().clone() {
                return Err(e);
            }
            self.values.borrow_mut().insert(key.to_owned(), value.to_owned());
            Ok(())
        }
    }

    fn answer(id: &str, text: &str) -> Change {
        Change::Answer { question: id.to_owned(), text: text.to_owned() }
    }

    fn quotation() -> Item {
        Item::Quotation { article: "003_x".to_owned(), start: 10, end: 24 }
    }

    fn correction(right: &str) -> Correction {
        Correction {
            item: quotation(),
            problem: Problem::WrongSpeaker,
            original: "Rex Tillerson".into(),
            right: right.into(),
            comment: String::new(),
        }
    }

    #[track_caller]
    fn check_unreadable(raw: &str, reason_has: &str) {
        match read(Some(raw)) {
            Stored::Unreadable { reason } => {
                assert!(reason.contains(reason_has), "{raw:?}: reason {reason:?} should say {reason_has:?}")
            }
            other => panic!("{raw:?} read as {other:?}"),
        }
    }

    #[test]
    fn the_session_as_a_reducer_saves_each_action_and_holds_an_unreadable_value_until_downloaded() {
        let mem = Memory::default();
        mem.values.borrow_mut().insert("k".into(), "not json".into());
        mem.refuse.replace(None);
        let s = Rc::new(Session::open(Ok(&mem), "k"));
        assert!(s.recovered.is_some(), "the unreadable value is recovered");
        let s = s.reduce(SessionAction::Change(answer("q1", "first")));
        assert_eq!(s.notebook.work("q1").map(|w| w.answer.as_str()), Some("first"));
        assert_eq!(s.saving, Saving::Saved, "kept aside under the backup key, so the new answer is saved");
        assert_eq!(read(mem.values.borrow().get("k").map(String::as_str)), Stored::Found((*s.notebook).clone()));
        let s = s.reduce(SessionAction::Change(Change::Student("Ada".into())));
        let s = s.reduce(SessionAction::RecoveredDownloaded);
        assert_eq!(s.notebook.student, "Ada");
        let Stored::Found(stored) = read(mem.values.borrow().get("k").map(String::as_str)) else { panic!("saved") };
        assert_eq!(
            (stored.student.as_str(), stored.work("q1").map(|w| w.answer.clone())),
            ("Ada", Some("first".to_owned()))
        );
    }

    #[test]
    fn two_tabs_of_one_lesson_merge_their_work_change_by_change() {
        let memory = Memory::default();
        let mut first = Session::open(Ok(&memory), "k");
        let mut second = Session::open(Ok(&memory), "k");
        first.apply(answer("q1", "my answer"));
        second.apply(Change::Correct(correction("Sergey Lavrov")));
        assert_eq!(
            second.notebook.work("q1").map(|w| w.answer.as_str()),
            Some("my answer"),
            "the other tab's answer is kept"
        );
        first.apply(Change::Student("Ada".into()));
        let reopened = Session::open(Ok(&memory), "k");
        assert_eq!(reopened.notebook.work("q1").map(|w| w.answer.as_str()), Some("my answer"));
        assert_eq!(reopened.notebook.corrections.len(), 1, "and the correction made in the second");
        assert_eq!(reopened.notebook.student, "Ada");
        // A tab told that the other saved (the storage event) shows it at once.
        let second = Rc::new(second).reduce(SessionAction::Reload);
        assert_eq!(second.notebook.student, "Ada");
    }

    #[test]
    fn while_saving_fails_the_pages_copy_is_kept_whatever_another_tab_saved() {
        let memory = Memory::default();
        let mut first = Session::open(Ok(&memory), "k");
        let mut second = Session::open(Ok(&memory), "k");
        *memory.refuse.borrow_mut() = Some(StoreError::Full);
        first.apply(answer("q1", "unsaved"));
        *memory.refuse.borrow_mut() = None;
        second.apply(answer("q2", "saved"));
        first.apply(answer("q1", "unsaved, still"));
        assert_eq!(
            first.notebook.work("q1").map(|w| w.answer.as_str()),
            Some("unsaved, still"),
            "nothing typed here is dropped"
        );
        assert_eq!(first.saving, Saving::Saved);
    }

    #[test]
    fn a_notebook_round_trips_through_its_stored_form() {
        let mut n = Notebook::default();
        n.apply(Change::Student("Ada & Grace \"G\"".into()));
        n.apply(answer("great-pressure", "Line one\nline “two”"));
        n.apply(Change::Note { question: "dates".into(), text: "check 002".into() });
        n.apply(Change::Correct(correction("Sergey Lavrov")));
        n.apply(Change::Correct(Correction {
            item: Item::Name { name: "Comey".into() },
            problem: Problem::MergeWith,
            original: "Comey".into(),
            right: "James Comey".into(),
            comment: "same man".into(),
        }));
        let json = n.to_json();
        assert!(json.starts_with(r#"{"format":"crosscheck-notebook","version":1,"#), "{json}");
        assert_eq!(read(Some(&json)), Stored::Found(n));
    }

    #[test]
    fn nothing_stored_reads_as_nothing() {
        assert_eq!(read(None), Stored::Nothing);
        assert_eq!(read(Some("  ")), Stored::Nothing);
    }

    #[test]
    fn corrupt_foreign_and_other_versions_are_unreadable_with_a_reason() {
        check_unreadable("{\"format\":\"crosscheck-notebook\",\"version\":1,\"student\":\"A", "not JSON");
        check_unreadable("garbage %%%", "not JSON");
        check_unreadable("[1,2,3]", "not a notebook");
        check_unreadable("\"just a string\"", "not a notebook");
        check_unreadable(r#"{"answers":{}}"#, "not written by Crosscheck");
        check_unreadable(r#"{"format":"something-else","version":1}"#, "not written by Crosscheck");
        check_unreadable(r#"{"format":"crosscheck-notebook"}"#, "no version");
        check_unreadable(r#"{"format":"crosscheck-notebook","version":2,"answers":{}}"#, "another version");
        check_unreadable(r#"{"format":"crosscheck-notebook","version":"1"}"#, "no version");
    }

    #[test]
    fn wrong_shapes_are_unreadable() {
        check_unreadable(r#"{"format":"crosscheck-notebook","version":1,"answers":["a"]}"#, "wrong shape");
        check_unreadable(r#"{"format":"crosscheck-notebook","version":1,"student":7}"#, "wrong shape");
        check_unreadable(
            r#"{"format":"crosscheck-notebook","version":1,"answers":{"q1":{"answer":3}}}"#,
            "wrong shape",
        );
        check_unreadable(
            r#"{"format":"crosscheck-notebook","version":1,"corrections":[{"item":{"type":"mystery"},"problem":"wrong_speaker","original":""}]}"#,
            "wrong shape",
        );
        check_unreadable(
            r#"{"format":"crosscheck-notebook","version":1,"corrections":[{"item":{"type":"name","name":"X"},"problem":"boring","original":""}]}"#,
            "wrong shape",
        );
    }

    #[test]
    fn missing_fields_default_and_unknown_ones_are_ignored() {
        let n =
            read(Some(r#"{"format":"crosscheck-notebook","version":1,"answers":{"q":{"answer":"yes"}},"later":true}"#));
        let Stored::Found(n) = n else { panic!("{n:?}") };
        assert_eq!(n.student, "");
        assert_eq!(n.work("q").map(|w| w.answer.as_str()), Some("yes"));
    }

    #[test]
    fn one_correction_per_item_and_undo_removes_it() {
        let mut n = Notebook::default();
        n.apply(Change::Correct(correction("Lavrov")));
        n.apply(Change::Correct(correction("Sergey Lavrov")));
        assert_eq!(n.corrections.len(), 1);
        assert_eq!(n.correction(&quotation()).map(|c| c.right.as_str()), Some("Sergey Lavrov"));
        n.apply(Change::Undo(quotation()));
        assert_eq!(n.correction(&quotation()), None);
    }

    #[test]
    fn emptied_answers_are_dropped_and_clear_empties_everything() {
        let mut n = Notebook::default();
        n.apply(answer("q", "x"));
        n.apply(answer("q", ""));
        assert!(n.answers.is_empty());
        n.apply(answer("q", "x"));
        n.apply(Change::Correct(correction("y")));
        n.apply(Change::Clear);
        assert_eq!(n, Notebook::default());
    }

    #[test]
    fn the_key_depends_on_the_sheet_and_the_built_articles_only() {
        let c = crate::corpus::test_corpus();
        let key = storage_key(c, &[]);
        assert!(key.starts_with("crosscheck.notebook.") && key.len() == "crosscheck.notebook.".len() + 16, "{key}");
        assert_eq!(storage_key(c, &["an-own-article".into()]), key, "articles the reader did not add change nothing");
        let own = vec![c.docs[4].slug.clone()];
        assert_ne!(storage_key(c, &own), key, "another set of articles is another notebook");
        let mut with_sheet = c.clone();
        with_sheet.exercises =
            Some(engine::exercises::ExerciseSheet { title: "Lesson".into(), intro: None, questions: vec![], id: None });
        assert_ne!(storage_key(&with_sheet, &[]), key, "another sheet is another notebook");
        let lesson = |id: &str| {
            let mut c = with_sheet.clone();
            c.exercises.as_mut().unwrap().id = Some(id.to_owned());
            c
        };
        assert_eq!(
            storage_key(&lesson("week-3"), &[]),
            "crosscheck.notebook.lesson-week-3",
            "a lesson's answers are kept under its id"
        );
        assert_ne!(storage_key(&lesson("week-4"), &[]), storage_key(&lesson("week-3"), &[]), "two lessons never mix");
    }

    #[test]
    fn a_session_saves_every_change_and_reopens_with_it() {
        let memory = Memory::default();
        let mut s = Session::open(Ok(&memory), "k");
        assert_eq!(s.saving, Saving::Idle);
        s.apply(answer("q1", "my answer"));
        assert_eq!(s.saving, Saving::Saved);
        let again = Session::open(Ok(&memory), "k");
        assert_eq!(again.notebook.work("q1").map(|w| w.answer.as_str()), Some("my answer"));
        assert_eq!(
            Session::open(Ok(&memory), "other").notebook,
            Rc::default(),
            "another collection's key reads nothing"
        );
    }

    #[test]
    fn without_storage_the_session_works_in_the_page_and_says_so() {
        let mut s: Session<&Memory> = Session::open(Err("SecurityError: denied".into()), "k");
        assert_eq!(s.saving, Saving::Off("SecurityError: denied".into()));
        s.apply(answer("q1", "kept here"));
        assert_eq!(s.notebook.work("q1").map(|w| w.answer.as_str()), Some("kept here"));
        assert!(s.saving.message().contains("Not kept after a reload"));
    }

    #[test]
    fn a_full_storage_keeps_the_text_in_the_page_and_says_export_now() {
        let memory = Memory::default();
        let mut s = Session::open(Ok(&memory), "k");
        s.apply(answer("q1", "first"));
        *memory.refuse.borrow_mut() = Some(StoreError::Full);
        s.apply(answer("q1", "first and more"));
        assert_eq!(s.saving, Saving::Full);
        assert!(s.saving.message().contains("storage is full; export now"));
        assert_eq!(s.notebook.work("q1").map(|w| w.answer.as_str()), Some("first and more"));
        *memory.refuse.borrow_mut() = None;
        s.apply(answer("q1", "first and more!"));
        assert_eq!(s.saving, Saving::Saved, "saving resumes when there is room again");
    }

    #[test]
    fn an_unreadable_value_is_kept_aside_and_the_notebook_starts_empty() {
        let memory = Memory::default();
        memory.values.borrow_mut().insert("k".into(), "{garbage".into());
        let mut s = Session::open(Ok(&memory), "k");
        assert_eq!(*s.notebook, Notebook::default());
        let r = s.recovered.clone().expect("the old value is offered");
        assert_eq!((r.raw.as_str(), r.kept_at.as_deref()), ("{garbage", Some("k.unreadable")));
        assert!(r.reason.contains("damaged"), "{}", r.reason);
        assert_eq!(memory.values.borrow().get("k.unreadable").map(String::as_str), Some("{garbage"));
        s.apply(answer("q1", "fresh"));
        assert_eq!(s.saving, Saving::Saved);
        assert!(matches!(read(memory.values.borrow().get("k").map(String::as_str)), Stored::Found(_)));
        assert_eq!(
            memory.values.borrow().get("k.unreadable").map(String::as_str),
            Some("{garbage"),
            "the backup stays"
        );
    }

    #[test]
    fn an_unreadable_value_that_cannot_be_kept_aside_is_not_overwritten_until_downloaded() {
        let memory = Memory::default();
        memory.values.borrow_mut().insert("k".into(), "old work, damaged".into());
        *memory.refuse.borrow_mut() = Some(StoreError::Full);
        let mut s = Session::open(Ok(&memory), "k");
        assert_eq!(s.recovered.as_ref().and_then(|r| r.kept_at.clone()), None);
        *memory.refuse.borrow_mut() = None;
        s.apply(answer("q1", "new"));
        assert_eq!(s.saving, Saving::Held);
        assert_eq!(memory.values.borrow().get("k").map(String::as_str), Some("old work, damaged"));
        s.recovered_downloaded();
        assert_eq!(s.saving, Saving::Saved);
        assert!(matches!(read(memory.values.borrow().get("k").map(String::as_str)), Stored::Found(_)));
    }

    #[test]
    fn quotations_are_found_again_by_article_and_offsets() {
        let c = crate::corpus::test_corpus();
        let i = crate::corpus::test_quote(c, "great pressure");
        let item = Item::quotation(c, i);
        assert_eq!(item.find_quotation(c), Some(i));
        let Item::Quotation { article, start, .. } = item else { unreachable!() };
        assert_eq!(Item::Quotation { article, start, end: start + 1 }.find_quotation(c), None);
    }
}
