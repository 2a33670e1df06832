//! The hand-in: the exercise sheet with the student's answers, notes and corrections, as one file
//! made in the browser (nothing is sent anywhere); and the teacher's overview of many of them.
//!
//! [`HandIn::new`] gathers everything once (the sheet, each question's link as a full address,
//! the answers, each correction described with its article); [`HandIn::to_json`] serialises that,
//! [`HandIn::to_markdown`] writes the same content for a person to read, and [`HandIn::to_html`]
//! both at once: **the hand-in a student gives is one self-contained web page**, chosen over a
//! Word document because every computer opens it with no tools and no download of a viewer, it
//! prints well (its own print styles), and it can carry the data the teacher's overview reads
//! inside it (the JSON in a `<script type="application/json">` block, which no browser runs; the
//! page also forbids every script and request with its own Content-Security-Policy). A `.docx`
//! would have needed a zip writer in the page and a second file for the overview.
//!
//! What a student typed goes everywhere escaped for where it goes: HTML ([`html_text`]), Markdown
//! ([`markdown_text`]), JSON (serde), CSV (`engine::export`); file names are plain ASCII
//! ([`file_name`]).
//!
//! The overview ([`overview`]) reads hand-in files back ([`read_hand_in`]: the page or its JSON),
//! keeps those of one lesson, names every other file with the reason, and lays the answers out
//! per question. Pure: the page passes in the date, its own address and the files' text.

use engine::Corpus;
use serde::{Deserialize, Serialize};

use crate::notebook::{Correction, Item, Notebook, Problem};

/// What a hand-in file says it is.
pub const FORMAT: &str = "crosscheck-hand-in";
/// Bumped when the layout changes incompatibly (fields added since version 1 are optional).
pub const VERSION: u64 = 1;

/// What the student hands in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HandIn {
    pub format: String,
    pub version: u64,
    /// The sheet's title; `None` when the collection has no sheet.
    pub sheet: Option<String>,
    /// The lesson's id, when the sheet is a lesson's: the overview keeps the hand-ins of one lesson.
    #[serde(default)]
    pub lesson: Option<String>,
    pub student: String,
    /// The day of the export, `YYYY-MM-DD`.
    pub date: String,
    /// The page's address (each link starts with it).
    pub page: String,
    pub questions: Vec<HandInQuestion>,
    pub corrections: Vec<HandInCorrection>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    #[serde(default)]
    pub answer: String,
    #[serde(default)]
    pub notes: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HandInCorrection {
    /// `quotation` or `name`.
    pub item: String,
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
    #[serde(default)]
    pub right: String,
    #[serde(default)]
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
            format: FORMAT.to_owned(),
            version: VERSION,
            sheet: sheet.map(|s| s.title.clone()),
            lesson: sheet.and_then(|s| s.id.clone()),
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
        let md = markdown_text;
        let mut out = format!("# {}\n\n", md(self.sheet.as_deref().unwrap_or("Crosscheck: corrections")));
        out += &format!(
            "- Student: {}\n- Date: {}\n- Page: <{}>\n",
            md(&self.student_name()),
            md(&self.date),
            self.page.replace('>', "%3E")
        );
        for q in &self.questions {
            out += &format!("\n## Question {}\n\n{}\n", q.number, md(&q.prompt));
            if let Some(hint) = &q.hint {
                out += &format!("\n*Hint: {}*\n", md(hint));
            }
            if let (Some(view), Some(link)) = (&q.view, &q.link) {
                out += &format!("\nView: [{}](<{}>)\n", md(view), link.replace('>', "%3E"));
            }
            let answer = if q.answer.trim().is_empty() { "*(no answer)*".to_owned() } else { md(q.answer.trim_end()) };
            out += &format!("\n**Answer**\n\n{answer}\n");
            if !q.notes.trim().is_empty() {
                out += &format!("\n**Notes**\n\n{}\n", md(q.notes.trim_end()));
            }
        }
        out += "\n## Corrections\n\n";
        if self.corrections.is_empty() {
            out += "No corrections.\n";
        }
        for (k, c) in self.corrections.iter().enumerate() {
            out += &format!(
                "{}. {}{}: **{}**. Machine: ~~{}~~.",
                k + 1,
                md(&c.what),
                c.place(),
                c.problem.label(),
                md(&c.machine)
            );
            if !c.right.is_empty() {
                out += &format!(" Right: {}.", md(&c.right));
            }
            if !c.comment.trim().is_empty() {
                out += &format!(" Comment: {}", md(c.comment.trim()));
            }
            out += "\n";
        }
        out
    }

    /// The student's name as a person reads it: "(no name given)" when there is none.
    pub fn student_name(&self) -> String {
        let s = self.student.trim();
        if s.is_empty() {
            "(no name given)".to_owned()
        } else {
            s.to_owned()
        }
    }

    /// The hand-in as one self-contained web page: the sheet with the answers, notes and
    /// corrections for a person to read and print, and the JSON the teacher's overview reads
    /// (see the module's essay). Everything typed is escaped; the page runs nothing and asks for
    /// nothing (its own Content-Security-Policy).
    pub fn to_html(&self) -> String {
        let h = html_text;
        let title = self.sheet.as_deref().unwrap_or("Crosscheck: corrections");
        let mut out = format!(
            concat!(
                "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
                "<title>{title} · {student}</title>\n<style>{style}</style>\n</head>\n<body>\n",
                "<header><p class=\"kind\">Crosscheck hand-in</p><h1>{title}</h1>\n",
                "<p class=\"who\"><strong>{student}</strong> · {date} · <a href=\"{page}\">{page}</a></p></header>\n<main>\n"
            ),
            title = h(title),
            student = h(&self.student_name()),
            date = h(&self.date),
            page = h(&self.page),
            style = HAND_IN_STYLE,
        );
        for q in &self.questions {
            out += &format!(
                "<section class=\"question\" id=\"q-{}\">\n<h2>Question {}</h2>\n<p class=\"prompt\">{}</p>\n",
                h(&q.id),
                q.number,
                paragraphs(&q.prompt)
            );
            if let Some(hint) = &q.hint {
                out += &format!("<p class=\"hint\">Hint: {}</p>\n", h(hint));
            }
            if let (Some(view), Some(link)) = (&q.view, &q.link) {
                out += &format!("<p class=\"view\">View: <a href=\"{}\">{}</a></p>\n", h(link), h(view));
            }
            let answer = if q.answer.trim().is_empty() {
                "<p class=\"none\">(no answer)</p>".to_owned()
            } else {
                format!("<p>{}</p>", paragraphs(q.answer.trim_end()))
            };
            out += &format!("<h3>Answer</h3>\n<div class=\"answer\">{answer}</div>\n");
            if !q.notes.trim().is_empty() {
                out +=
                    &format!("<h3>Notes</h3>\n<div class=\"notes\"><p>{}</p></div>\n", paragraphs(q.notes.trim_end()));
            }
            out += "</section>\n";
        }
        out += "<section class=\"corrections\">\n<h2>Corrections of the machine’s guesses</h2>\n";
        if self.corrections.is_empty() {
            out += "<p class=\"none\">No corrections.</p>\n";
        } else {
            out += "<ol>\n";
            for c in &self.corrections {
                out += &format!(
                    "<li>{}{}: <strong>{}</strong>. Machine: <del>{}</del>.",
                    h(&c.what),
                    h(&c.place()),
                    h(c.problem.label()),
                    h(&c.machine)
                );
                if !c.right.is_empty() {
                    out += &format!(" Right: <ins>{}</ins>.", h(&c.right));
                }
                if !c.comment.trim().is_empty() {
                    out += &format!(" Comment: {}", h(c.comment.trim()));
                }
                out += "</li>\n";
            }
            out += "</ol>\n";
        }
        out += "</section>\n</main>\n";
        // The data the teacher's overview reads: JSON, with `<` written as \u003c so that nothing
        // in it can close the element.
        out += &format!(
            "<script type=\"application/json\" id=\"{DATA_ID}\">{}</script>\n</body>\n</html>\n",
            self.to_json().replace('<', "\\u003c")
        );
        out
    }
}

/// The id of the element a hand-in page carries its data in.
const DATA_ID: &str = "crosscheck-hand-in";

/// A hand-in page's own styles: readable on screen, and on paper (no colours needed, answers in
/// a frame, each question kept on one page where it fits).
const HAND_IN_STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:1.5rem auto;padding:0 1rem;color:#111;background:#fff}\
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;margin:1.5rem 0 .3rem;border-top:1px solid #999;padding-top:.8rem}\
h3{font-size:.95rem;margin:.8rem 0 .2rem}.kind{margin:0;color:#555;font-size:.9rem}.who{color:#333}\
.hint,.view{color:#444;font-size:.95rem}.answer,.notes{border:1px solid #888;border-radius:4px;padding:.2rem .7rem;white-space:normal}\
.none{color:#666;font-style:italic}del{text-decoration:line-through}ins{text-decoration:underline}a{color:#1f5fae;word-break:break-all}\
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:#000}section.question{break-inside:avoid}}";

/// Text as HTML: `&`, `<`, `>`, `"` and `'` escaped (the first screen's one escaping).
pub use first_screen::html::text as html_text;

/// Text as HTML paragraphs: escaped, a blank line a new paragraph, a line break a `<br>`.
fn paragraphs(s: &str) -> String {
    html_text(s)
        .replace("\r\n", "\n")
        .split("\n\n")
        .map(|p| p.replace('\n', "<br>"))
        .collect::<Vec<_>>()
        .join("</p><p>")
}

/// Text as Markdown that shows exactly the text: every character Markdown would read as markup
/// (emphasis, links, code, HTML, entities, tables) escaped with a backslash, and so is what would
/// start a heading, a list or a quotation at the start of a line.
pub fn markdown_text(s: &str) -> String {
    s.split('\n').map(markdown_line).collect::<Vec<_>>().join("\n")
}

fn markdown_line(line: &str) -> String {
    let body = line.trim_start();
    let mut out = String::from(&line[..line.len() - body.len()]);
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    for (i, c) in body.char_indices() {
        let starts_block =
            (i == 0 && matches!(c, '#' | '-' | '+' | '=')) || (digits > 0 && i == digits && matches!(c, '.' | ')'));
        if starts_block || matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '!') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

impl HandInCorrection {
    /// Where a quotation is: " (characters 10–24)"; empty for a name.
    pub fn place(&self) -> String {
        match (self.start, self.end) {
            (Some(s), Some(e)) => format!(" (characters {s}–{e})"),
            _ => String::new(),
        }
    }

    fn new(corpus: &Corpus, c: &Correction) -> HandInCorrection {
        let (item, file, start, end) = match &c.item {
            Item::Quotation { article, start, end } => {
                let file =
                    corpus.doc_by_slug(article).map_or_else(|| article.clone(), |d| corpus.docs[d].file_name.clone());
                ("quotation", Some(file), Some(*start), Some(*end))
            }
            Item::Name { .. } => ("name", None, None, None),
        };
        HandInCorrection {
            item: item.to_owned(),
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

/// A file name for the hand-in, in plain ASCII: `crosscheck-answers-ada-lovelace.md`
/// (`Chloé Müller` is `chloe-muller`).
pub fn file_name(student: &str, extension: &str) -> String {
    let slug = engine::normalize::ascii_name(student, 40);
    if slug.is_empty() {
        format!("crosscheck-answers.{extension}")
    } else {
        format!("crosscheck-answers-{slug}.{extension}")
    }
}

/// A hand-in file read back: the page (its data) or the JSON. `Err` says why it is not one, after
/// its name: "is not a Crosscheck hand-in", "is damaged (…)".
pub fn read_hand_in(text: &str) -> Result<HandIn, String> {
    let json = match text.find(&format!("id=\"{DATA_ID}\">")) {
        Some(at) => {
            let start = at + DATA_ID.len() + 6;
            let end = text[start..].find("</script>").ok_or("is damaged (its data is cut short)")?;
            &text[start..start + end]
        }
        None if text.trim_start().starts_with('{') => text,
        None => return Err("is not a Crosscheck hand-in (hand in with the Exercises view’s “Hand in”)".to_owned()),
    };
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("is damaged ({e})"))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err("is not a Crosscheck hand-in".to_owned());
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(VERSION) => {}
        Some(v) => {
            return Err(format!(
                "was made by another version of Crosscheck (hand-in version {v}; this page reads {VERSION})"
            ))
        }
        None => return Err("is damaged (it has no version)".to_owned()),
    }
    serde_json::from_value(value).map_err(|e| format!("is damaged ({e})"))
}

/// What names a hand-in's lesson: its id, or for a sheet without one its title.
fn lesson_of(h: &HandIn) -> String {
    match &h.lesson {
        Some(id) => format!("id:{id}"),
        None => format!("sheet:{}", h.sheet.as_deref().unwrap_or_default()),
    }
}

/// The teacher's overview of a class's hand-ins: one lesson's questions with every student's
/// answer side by side, and each student's corrections.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overview {
    /// The lesson's title (the sheet's).
    pub title: String,
    pub questions: Vec<OverviewQuestion>,
    /// In the order the files were given.
    pub students: Vec<OverviewStudent>,
    /// Files left out: (name, reason).
    pub refused: Vec<(String, String)>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct OverviewQuestion {
    pub id: String,
    pub prompt: String,
    pub view: Option<String>,
    pub link: Option<String>,
    /// The teacher's model answer, when the lesson is the teacher's own draft.
    pub model: Option<String>,
    /// Each student's (index into `students`) answer and notes, in the students' order.
    pub answers: Vec<(usize, String, String)>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct OverviewStudent {
    pub name: String,
    pub file: String,
    pub date: String,
    pub corrections: Vec<HandInCorrection>,
}

/// The overview of `files` (name, text). The lesson is the first of `lessons` (the teacher's: the
/// lesson open, the draft; with its model answers by question id) that a file is for, else the
/// first file's; every file of another lesson, or that is not a hand-in, is named with the reason.
pub fn overview(files: &[(String, String)], lessons: &[(String, Vec<(String, String)>)]) -> Overview {
    let mut read: Vec<(String, HandIn)> = Vec::new();
    let mut out = Overview::default();
    for (name, text) in files {
        match read_hand_in(text) {
            Ok(h) => read.push((name.clone(), h)),
            Err(why) => out.refused.push((name.clone(), why)),
        }
    }
    let chosen = lessons.iter().find(|(id, _)| read.iter().any(|(_, h)| h.lesson.as_deref() == Some(id.as_str())));
    let reference = match chosen {
        Some((id, _)) => format!("id:{id}"),
        None => match read.first() {
            Some((_, h)) => lesson_of(h),
            None => return out,
        },
    };
    let models: &[(String, String)] = chosen.map(|(_, m)| m.as_slice()).unwrap_or_default();
    out.title = read
        .iter()
        .find(|(_, h)| lesson_of(h) == reference)
        .and_then(|(_, h)| h.sheet.clone())
        .unwrap_or_else(|| "Corrections".to_owned());
    for (name, h) in read {
        if lesson_of(&h) != reference {
            let theirs = h.sheet.as_deref().unwrap_or("no lesson");
            out.refused.push((name, format!("is a hand-in for another lesson (“{theirs}”), not for “{}”", out.title)));
            continue;
        }
        let s = out.students.len();
        for q in &h.questions {
            let k = match out.questions.iter().position(|o| o.id == q.id) {
                Some(k) => k,
                None => {
                    let model = models
                        .iter()
                        .find(|(id, _)| *id == q.id)
                        .map(|(_, a)| a.clone())
                        .filter(|a| !a.trim().is_empty());
                    out.questions.push(OverviewQuestion {
                        id: q.id.clone(),
                        prompt: q.prompt.clone(),
                        view: q.view.clone(),
                        link: q.link.clone(),
                        model,
                        answers: Vec::new(),
                    });
                    out.questions.len() - 1
                }
            };
            out.questions[k].answers.push((s, q.answer.clone(), q.notes.clone()));
        }
        out.students.push(OverviewStudent {
            name: h.student_name(),
            file: name,
            date: h.date.clone(),
            corrections: h.corrections,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notebook::Change;

    fn seed_corpus() -> &'static Corpus {
        use std::sync::LazyLock;
        static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
            let dir = engine::source::read_seed_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"))
                .expect("seeds/ reads");
            Corpus::from_seed_dir(&dir).expect("the seeds build")
        });
        &CORPUS
    }

    fn notebook(c: &Corpus) -> Notebook {
        let mut n = Notebook::default();
        n.apply(Change::Student("Ada Lovelace".into()));
        n.apply(Change::Answer { question: "great-pressure".into(), text: "The short one drops the context.".into() });
        n.apply(Change::Note { question: "great-pressure".into(), text: "see para 3".into() });
        let i = crate::corpus::test_quote(c, "great pressure");
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
        assert!(
            md.contains(&format!("(<http://host/crosscheck/#/compare?a={}&b={}>)", c.docs[3].slug, c.docs[4].slug)),
            "{md}"
        );
        assert!(md.contains("**Answer**\n\nThe short one drops the context.\n\n**Notes**\n\nsee para 3\n"));
        assert!(md.contains("*(no answer)*"), "unanswered questions say so");
        assert!(md.contains(&format!("1. “great pressure” in {} (characters ", c.label(3))), "{md}");
        assert!(
            md.contains("**wrong speaker**. Machine: ~~Rex Tillerson~~. Right: Donald Trump. Comment: he said it\n"),
            "{md}"
        );
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
        assert_eq!(
            (corr["item"].as_str(), corr["problem"].as_str(), corr["right"].as_str()),
            (Some("quotation"), Some("wrong_speaker"), Some("Donald Trump"))
        );
        let file =
            std::fs::read_to_string(format!("{}/seeds/{}", env!("CARGO_MANIFEST_DIR"), corr["file"].as_str().unwrap()))
                .unwrap();
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
        let described =
            |id: &str| c.describe(sheet.questions.iter().find(|q| q.id == id).unwrap().view.as_ref().unwrap());
        assert_eq!(described("overview"), "Sourcing profiles, sorted by quotes per 1,000 words");
        assert_eq!(described("two-accounts"), format!("Quotations, by Sergey Lavrov, in {}", c.label(3)));
        assert!(described("unnamed-official").starts_with("Article 5 · "), "{}", described("unnamed-official"));
        assert!(described("unnamed-official").ends_with("a quotation highlighted, search “unnamed”"));
    }

    #[test]
    fn file_names_are_plain_ascii_made_from_the_student_name() {
        assert_eq!(file_name("Ada Lovelace & Grace", "md"), "crosscheck-answers-ada-lovelace-grace.md");
        assert_eq!(file_name("  ", "json"), "crosscheck-answers.json");
        assert_eq!(file_name("Chloé <b>Müller</b>/../x", "html"), "crosscheck-answers-chloe-b-muller-b-x.html");
        assert_eq!(file_name("Владимир", "html"), "crosscheck-answers.html");
    }

    /// A notebook with markup and Markdown typed everywhere a student types.
    fn hostile(c: &Corpus) -> Notebook {
        let mut n = notebook(c);
        n.apply(Change::Student("<script>alert(1)</script> *Eve*".into()));
        n.apply(Change::Answer { question: "great-pressure".into(), text: "# Not a heading\n- not a list\n1. not numbered\n[link](javascript:alert(1)) <img src=x onerror=alert(2)> a_b*c* &amp;".into() });
        n.apply(Change::Note { question: "great-pressure".into(), text: "</script><script>alert(3)</script>".into() });
        n
    }

    #[test]
    fn the_hand_in_page_shows_what_was_typed_as_text_runs_nothing_and_carries_its_data() {
        let c = seed_corpus();
        let hand_in = HandIn::new(c, &hostile(c), "2026-11-22", "http://host/crosscheck/");
        let page = hand_in.to_html();
        assert!(page.starts_with("<!doctype html>"));
        assert!(
            page.contains(r#"content="default-src 'none'; style-src 'unsafe-inline'""#),
            "it forbids every script and request"
        );
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; *Eve*"));
        assert!(page.contains("&lt;img src=x onerror=alert(2)&gt;"));
        assert!(
            !page.contains("<img") && !page.contains("<script>alert") && !page.contains("</script><script>"),
            "{page}"
        );
        assert_eq!(page.matches("<script").count(), 1, "only the data block");
        assert!(page.contains(r#"<a href="http://host/crosscheck/#/compare?a="#));
        // The data block reads back as the hand-in, and so does the JSON file.
        assert_eq!(read_hand_in(&page), Ok(hand_in.clone()));
        assert_eq!(read_hand_in(&hand_in.to_json()), Ok(hand_in));
    }

    #[test]
    fn markdown_shows_what_was_typed_as_text() {
        assert_eq!(markdown_text("# Not a heading"), "\\# Not a heading");
        assert_eq!(markdown_text("- a\n  + b\n12. c\n3) d"), "\\- a\n  \\+ b\n12\\. c\n3\\) d");
        assert_eq!(
            markdown_text("[x](javascript:y) <b> a_b*c* `d` &amp; | ~~e~~ ![i]"),
            "\\[x\\](javascript:y) \\<b\\> a\\_b\\*c\\* \\`d\\` \\&amp; \\| \\~\\~e\\~\\~ \\!\\[i\\]"
        );
        assert_eq!(
            markdown_text("He said \"no\", 3 - 2 = 1."),
            "He said \"no\", 3 - 2 = 1.",
            "ordinary text stays as it is"
        );
        let c = seed_corpus();
        let md = HandIn::new(c, &hostile(c), "d", "p").to_markdown();
        assert!(md.contains("- Student: \\<script\\>alert(1)\\</script\\> \\*Eve\\*\n"), "{md}");
        assert!(md.contains("**Answer**\n\n\\# Not a heading\n\\- not a list\n1\\. not numbered\n"), "{md}");
    }

    #[test]
    fn what_is_not_a_hand_in_says_so() {
        for (text, says) in [
            ("Dear teacher", "is not a Crosscheck hand-in"),
            ("{\"format\":\"crosscheck-lesson\"}", "is not a Crosscheck hand-in"),
            ("{\"format\":\"crosscheck-hand-in\",\"version\":9}", "another version of Crosscheck (hand-in version 9"),
            ("{\"format\":\"crosscheck-hand-in\",\"version\":1", "is damaged"),
            ("<html><script type=\"application/json\" id=\"crosscheck-hand-in\">{\"format\":", "cut short"),
        ] {
            let why = read_hand_in(text).expect_err(text);
            assert!(why.contains(says), "{text}: {why}");
        }
    }

    #[test]
    fn the_overview_lays_out_one_lessons_answers_per_question_and_names_every_other_file() {
        let c = seed_corpus();
        let mut lesson = c.clone();
        lesson.exercises.as_mut().unwrap().id = Some("week-3".into());
        let hand_in = |name: &str, answer: &str, corpus: &Corpus| {
            let mut n = Notebook::default();
            n.apply(Change::Student(name.into()));
            n.apply(Change::Answer { question: "great-pressure".into(), text: answer.into() });
            HandIn::new(corpus, &n, "2026-11-22", "p").to_html()
        };
        let files = vec![
            ("other.html".to_owned(), hand_in("Zed", "from the seeds' sheet", c)),
            ("ada.html".to_owned(), hand_in("Ada", "A", &lesson)),
            ("notes.txt".to_owned(), "my notes".to_owned()),
            ("grace.json".to_owned(), HandIn::new(&lesson, &Notebook::default(), "d", "p").to_json()),
            ("eve.html".to_owned(), hand_in("Eve", "E", &lesson)),
        ];
        let models = vec![("great-pressure".to_owned(), "The model".to_owned())];
        let o = overview(&files, &[("week-3".to_owned(), models)]);
        assert_eq!(o.title, lesson.exercises.as_ref().unwrap().title);
        assert_eq!(o.students.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Ada", "(no name given)", "Eve"]);
        let q = o.questions.iter().find(|q| q.id == "great-pressure").expect("the question");
        assert_eq!(
            q.answers.iter().map(|(s, a, _)| (*s, a.as_str())).collect::<Vec<_>>(),
            [(0, "A"), (1, ""), (2, "E")]
        );
        assert_eq!(q.model.as_deref(), Some("The model"));
        assert_eq!(o.questions.len(), lesson.exercises.as_ref().unwrap().questions.len());
        let refused: Vec<&str> = o.refused.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(refused, ["notes.txt", "other.html"]);
        assert!(o.refused[1].1.starts_with("is a hand-in for another lesson (“Who says so?"), "{:?}", o.refused);
        // Without a lesson of the teacher's, the first file's lesson is the one shown.
        let o = overview(&files, &[]);
        assert_eq!(o.students.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Zed"]);
    }
}
