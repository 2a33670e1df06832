//! The hand-in: the exercise sheet with the student's answers, notes and corrections, as one
//! Markdown or JSON file made in the browser (nothing is sent anywhere).
//!
//! [`HandIn::new`] gathers everything once (the sheet, each question's link as a full address,
//! the answers, each correction described with its article); [`HandIn::to_json`] serialises that
//! and [`HandIn::to_markdown`] writes the same content for a person to read, so the two files never
//! disagree. Pure: the page passes in the date and its own address.

use engine::Corpus;
use serde::Serialize;

use crate::notebook::{Correction, Item, Notebook, Problem};

/// What the student hands in.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HandIn {
    pub format: &'static str,
    pub version: u32,
    /// The sheet's title; `None` when the collection has no sheet.
    pub sheet: Option<String>,
    pub student: String,
    /// The day of the export, `YYYY-MM-DD`.
    pub date: String,
    /// The page's address (each link starts with it).
    pub page: String,
    pub questions: Vec<HandInQuestion>,
    pub corrections: Vec<HandInCorrection>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HandInQuestion {
    /// Counted from 1.
    pub number: usize,
    pub id: String,
    pub prompt: String,
    pub hint: Option<String>,
    /// What the question's view shows, in words.
    pub view: Option<String>,
    /// The view's full address.
    pub link: Option<String>,
    pub answer: String,
    pub notes: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HandInCorrection {
    /// `quotation` or `name`.
    pub item: &'static str,
    /// The item in words: the quotation's words and article, or the name.
    pub what: String,
    /// For a quotation: its article's file and the quoted words' character offsets in it.
    pub file: Option<String>,
    pub start: Option<u32>,
    pub end: Option<u32>,
    /// `not_a_quotation`, `wrong_speaker`, `wrong_words`, `not_a_name`, `wrong_kind`, `merge_with`.
    pub problem: Problem,
    /// What the machine gave.
    pub machine: String,
    /// What the student says is right (empty when the problem needs nothing).
    pub right: String,
    pub comment: String,
}

impl HandIn {
    /// `page` is the page's address without the `#…` part.
    pub fn new(corpus: &Corpus, notebook: &Notebook, date: &str, page: &str) -> HandIn {
        let sheet = corpus.exercises.as_ref();
        let questions = sheet
            .map(|s| s.questions.as_slice())
            .unwrap_or_default()
            .iter()
            .enumerate()
            .map(|(k, q)| {
                let work = notebook.work(&q.id).cloned().unwrap_or_default();
                HandInQuestion {
                    number: k + 1,
                    id: q.id.clone(),
                    prompt: q.prompt.clone(),
                    hint: q.hint.clone(),
                    view: q.view.as_ref().map(|v| corpus.describe(v)),
                    link: q.view.as_ref().map(|v| format!("{page}{}", v.href())),
                    answer: work.answer,
                    notes: work.note,
                }
            })
            .collect();
        let corrections = notebook.corrections.iter().map(|c| HandInCorrection::new(corpus, c)).collect();
        HandIn {
            format: "crosscheck-hand-in",
            version: 1,
            sheet: sheet.map(|s| s.title.clone()),
            student: notebook.student.clone(),
            date: date.to_owned(),
            page: page.to_owned(),
            questions,
            corrections,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a hand-in serialises")
    }

    pub fn to_markdown(&self) -> String {
        let mut out = format!("# {}\n\n", self.sheet.as_deref().unwrap_or("Crosscheck: corrections"));
        let student = if self.student.trim().is_empty() { "(no name given)" } else { self.student.trim() };
        out += &format!("- Student: {student}\n- Date: {}\n- Page: <{}>\n", self.date, self.page);
        for q in &self.questions {
            out += &format!("\n## Question {}\n\n{}\n", q.number, q.prompt);
            if let Some(hint) = &q.hint {
                out += &format!("\n*Hint: {hint}*\n");
            }
            if let (Some(view), Some(link)) = (&q.view, &q.link) {
                out += &format!("\nView: [{view}](<{link}>)\n");
            }
            let answer = if q.answer.trim().is_empty() { "*(no answer)*" } else { q.answer.trim_end() };
            out += &format!("\n**Answer**\n\n{answer}\n");
            if !q.notes.trim().is_empty() {
                out += &format!("\n**Notes**\n\n{}\n", q.notes.trim_end());
            }
        }
        out += "\n## Corrections\n\n";
        if self.corrections.is_empty() {
            out += "No corrections.\n";
        }
        for (k, c) in self.corrections.iter().enumerate() {
            let place = match (c.start, c.end) {
                (Some(s), Some(e)) => format!(" (characters {s}–{e})"),
                _ => String::new(),
            };
            out += &format!("{}. {}{place}: **{}**. Machine: ~~{}~~.", k + 1, c.what, c.problem.label(), c.machine);
            if !c.right.is_empty() {
                out += &format!(" Right: {}.", c.right);
            }
            if !c.comment.trim().is_empty() {
                out += &format!(" Comment: {}", c.comment.trim());
            }
            out += "\n";
        }
        out
    }
}

impl HandInCorrection {
    fn new(corpus: &Corpus, c: &Correction) -> HandInCorrection {
        let (item, file, start, end) = match &c.item {
            Item::Quotation { article, start, end } => {
                let file = corpus.doc_by_slug(article).map_or_else(|| article.clone(), |d| corpus.docs[d].file_name.clone());
                ("quotation", Some(file), Some(*start), Some(*end))
            }
            Item::Name { .. } => ("name", None, None, None),
        };
        HandInCorrection {
            item,
            what: describe_item(corpus, &c.item),
            file,
            start,
            end,
            problem: c.problem,
            machine: c.original.clone(),
            right: c.right.clone(),
            comment: c.comment.clone(),
        }
    }
}

/// An item in words: `“great pressure” in 4 · Trump to discuss …`, or the name.
pub fn describe_item(corpus: &Corpus, item: &Item) -> String {
    match item {
        Item::Quotation { article, start, end } => {
            let article = corpus.doc_by_slug(article).map_or_else(|| article.clone(), |d| corpus.label(d));
            match item.find_quotation(corpus) {
                Some(i) => format!("“{}” in {article}", corpus.quotes.quotes[i].text),
                None => format!("the quotation at characters {start}–{end} of {article}"),
            }
        }
        Item::Name { name } => name.clone(),
    }
}

/// A file name for the hand-in: `crosscheck-answers-ada-lovelace.md`.
pub fn file_name(student: &str, extension: &str) -> String {
    let slug: String = student.to_lowercase().chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    let slug = slug.split('-').filter(|s| !s.is_empty()).collect::<Vec<_>>().join("-");
    if slug.is_empty() {
        format!("crosscheck-answers.{extension}")
    } else {
        format!("crosscheck-answers-{slug}.{extension}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notebook::Change;

    fn seed_corpus() -> &'static Corpus {
        use std::sync::LazyLock;
        static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
            let dir = engine::source::read_seed_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")).expect("seeds/ reads");
            Corpus::from_seed_dir(&dir).expect("the seeds build")
        });
        &CORPUS
    }

    fn notebook(c: &Corpus) -> Notebook {
        let mut n = Notebook::default();
        n.apply(Change::Student("Ada Lovelace".into()));
        n.apply(Change::Answer { question: "great-pressure".into(), text: "The short one drops the context.".into() });
        n.apply(Change::Note { question: "great-pressure".into(), text: "see para 3".into() });
        let i = c.quotes.quotes.iter().position(|q| q.text == "great pressure").expect("the quote is found");
        n.apply(Change::Correct(Correction {
            item: Item::quotation(c, i),
            problem: Problem::WrongSpeaker,
            original: "Rex Tillerson".into(),
            right: "Donald Trump".into(),
            comment: "he said it".into(),
        }));
        n
    }

    #[test]
    fn the_markdown_has_the_sheet_the_student_each_question_its_link_answer_and_the_corrections() {
        let c = seed_corpus();
        let md = HandIn::new(c, &notebook(c), "2026-11-22", "http://host/crosscheck/").to_markdown();
        let sheet = c.exercises.as_ref().unwrap();
        assert!(md.starts_with(&format!("# {}\n", sheet.title)), "{md}");
        assert!(md.contains("- Student: Ada Lovelace\n- Date: 2026-11-22\n"));
        for (k, q) in sheet.questions.iter().enumerate() {
            assert!(md.contains(&format!("## Question {}\n\n{}\n", k + 1, q.prompt)), "question {}", q.id);
        }
        assert!(md.contains(&format!("(<http://host/crosscheck/#/compare?a={}&b={}>)", c.docs[3].slug, c.docs[4].slug)), "{md}");
        assert!(md.contains("**Answer**\n\nThe short one drops the context.\n\n**Notes**\n\nsee para 3\n"));
        assert!(md.contains("*(no answer)*"), "unanswered questions say so");
        assert!(md.contains(&format!("1. “great pressure” in {} (characters ", c.label(3))), "{md}");
        assert!(md.contains("**wrong speaker**. Machine: ~~Rex Tillerson~~. Right: Donald Trump. Comment: he said it\n"), "{md}");
    }

    #[test]
    fn the_json_carries_the_same_content() {
        let c = seed_corpus();
        let h = HandIn::new(c, &notebook(c), "2026-11-22", "http://host/crosscheck/");
        let v: serde_json::Value = serde_json::from_str(&h.to_json()).expect("valid JSON");
        assert_eq!(v["student"], "Ada Lovelace");
        assert_eq!(v["questions"].as_array().map(Vec::len), Some(c.exercises.as_ref().unwrap().questions.len()));
        let q = v["questions"].as_array().unwrap().iter().find(|q| q["id"] == "great-pressure").expect("the question");
        assert_eq!(q["answer"], "The short one drops the context.");
        assert!(q["link"].as_str().unwrap().starts_with("http://host/crosscheck/#/compare?a="));
        let corr = &v["corrections"][0];
        assert_eq!((corr["item"].as_str(), corr["problem"].as_str(), corr["right"].as_str()), (Some("quotation"), Some("wrong_speaker"), Some("Donald Trump")));
        let file = std::fs::read_to_string(format!("{}/seeds/{}", env!("CARGO_MANIFEST_DIR"), corr["file"].as_str().unwrap())).unwrap();
        let chars: Vec<char> = file.chars().collect();
        let (s, e) = (corr["start"].as_u64().unwrap() as usize, corr["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..e].iter().collect::<String>(), "great pressure");
    }

    #[test]
    fn without_a_sheet_the_hand_in_still_carries_the_corrections() {
        let c = crate::corpus::test_corpus();
        let md = HandIn::new(c, &notebook(c), "2026-11-22", "p").to_markdown();
        assert!(md.starts_with("# Crosscheck: corrections\n"));
        assert!(!md.contains("## Question"));
        assert!(md.contains("**wrong speaker**"));
        assert!(HandIn::new(c, &Notebook::default(), "d", "p").to_markdown().contains("No corrections."));
    }

    #[test]
    fn views_are_described_in_words() {
        let c = seed_corpus();
        let sheet = c.exercises.as_ref().unwrap();
        let described = |id: &str| c.describe(sheet.questions.iter().find(|q| q.id == id).unwrap().view.as_ref().unwrap());
        assert_eq!(described("overview"), "Sourcing profiles, sorted by quotes per 1,000 words");
        assert_eq!(described("two-accounts"), format!("Quotations, by Sergey Lavrov, in {}", c.label(3)));
        assert!(described("unnamed-official").starts_with("Article 5 · "), "{}", described("unnamed-official"));
        assert!(described("unnamed-official").ends_with("a quotation highlighted, search “unnamed”"));
    }

    #[test]
    fn file_names_are_made_from_the_student_name() {
        assert_eq!(file_name("Ada Lovelace & Grace", "md"), "crosscheck-answers-ada-lovelace-grace.md");
        assert_eq!(file_name("  ", "json"), "crosscheck-answers.json");
    }
}
