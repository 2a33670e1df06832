//! Lesson files (`formats::lesson`): a seed folder made into a lesson and back, what a lesson
//! builds (the same articles, ids and views, no model answers for the class), and every kind of
//! bad file, each refused with its name and a reason.

use std::path::Path;

use engine::address::Address;
use formats::lesson::{lesson_from_seed_dir, lesson_to_folder, read_lesson, Lesson, LessonQuestion, MAX_LESSON_BYTES};

fn seeds() -> engine::source::SeedDir {
    formats::read_seed_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")).expect("seeds/ reads")
}

fn seed_lesson() -> Lesson {
    lesson_from_seed_dir(&seeds(), "Seeds", None).expect("the seeds make a lesson")
}

#[test]
fn a_seed_folder_becomes_a_lesson_that_builds_the_same_collection_and_sheet() {
    let dir = seeds();
    let built = engine::Corpus::from_seed_dir(&dir).expect("the seeds build");
    let lesson = seed_lesson();
    assert_eq!(lesson.id, seed_lesson().id, "the same folder gives the same id");
    let (corpus, notes) = lesson.build().expect("the lesson builds");
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(
        corpus.docs.iter().map(|d| &d.slug).collect::<Vec<_>>(),
        built.docs.iter().map(|d| &d.slug).collect::<Vec<_>>()
    );
    assert_eq!(corpus.docs, built.docs, "the same articles");
    let (sheet, built_sheet) = (corpus.exercises.expect("a sheet"), built.exercises.expect("a sheet"));
    assert_eq!(sheet.id.as_deref(), Some(lesson.id.as_str()));
    assert_eq!(
        (sheet.title.as_str(), sheet.questions.len()),
        (built_sheet.title.as_str(), built_sheet.questions.len())
    );
    for (q, b) in sheet.questions.iter().zip(&built_sheet.questions) {
        assert_eq!((&q.id, &q.prompt, &q.hint, &q.view), (&b.id, &b.prompt, &b.hint, &b.view), "question {}", q.id);
    }
}

#[test]
fn a_lesson_goes_to_a_folder_and_back_unchanged() {
    let mut lesson = seed_lesson();
    lesson.questions[0].model_answer = Some("004 quotes most; \"000\" none.\nSee the table.".into());
    lesson.questions[1].view = Some("/article/001_bb4bfd7c664d0c81?q=great+pressure&hit=2".into());
    let dir = std::env::temp_dir().join(format!("crosscheck-lesson-folder-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in lesson_to_folder(&lesson) {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let back =
        lesson_from_seed_dir(&formats::read_seed_dir(&dir).expect("reads"), "x", Some(&lesson.id)).expect("builds");
    assert_eq!(back, lesson, "articles, ids, questions, views (any view, as a link) and model answers");
}

#[test]
fn the_file_round_trips_and_the_students_copy_has_no_model_answers() {
    let mut lesson = seed_lesson();
    lesson.title = "Week 3 <script>alert(1)</script>".into();
    lesson.questions[0].model_answer = Some("The secret answer".into());
    let teacher = lesson.to_json();
    assert!(teacher.starts_with("{\n  \"format\": \"crosscheck-lesson\",\n  \"version\": 1,"), "{}", &teacher[..80]);
    assert_eq!(read_lesson("week-3.crosscheck", teacher.as_bytes()).expect("reads"), lesson);
    let students = lesson.students_copy().to_json();
    assert!(!students.contains("The secret answer") && !students.contains("model_answer"));
    assert_eq!(
        read_lesson("w.crosscheck", students.as_bytes()).unwrap().title,
        "Week 3 <script>alert(1)</script>",
        "markup is kept as the text it is"
    );
    assert_eq!(
        formats::lesson::file_name("Week 3: “Who says so?” — Chloé's class"),
        "week-3-who-says-so-chloe-s-class.crosscheck"
    );
}

#[test]
fn a_view_naming_what_the_lesson_lacks_loses_its_link_with_a_note() {
    let mut lesson = seed_lesson();
    lesson.questions.push(LessonQuestion {
        id: "extra".into(),
        prompt: "Where?".into(),
        view: Some("/article/no-such-article".into()),
        ..LessonQuestion::default()
    });
    lesson.questions.push(LessonQuestion {
        id: "who".into(),
        prompt: "Who?".into(),
        view: Some("/quotes?speaker=Nobody+At+All".into()),
        ..LessonQuestion::default()
    });
    let (corpus, notes) = lesson.build().expect("builds");
    let n = lesson.questions.len();
    assert_eq!(notes, [
        format!("Question {}: its view is left out: it names an article that is not in the collection (no-such-article).", n - 1),
        format!("Question {n}: its view is left out: it names a speaker nobody in the articles is (Nobody At All)."),
    ]);
    let sheet = corpus.exercises.unwrap();
    assert_eq!(
        (sheet.questions[n - 2].view.as_ref(), sheet.questions[n - 2].prompt.as_str()),
        (None, "Where?"),
        "the question stays"
    );
    assert_eq!(sheet.questions[0].view, Some(Address::parse(lesson.questions[0].view.as_deref().unwrap()).0));
}

#[track_caller]
fn refused(bytes: &[u8], says: &str) {
    let e = read_lesson("week-3.crosscheck", bytes).expect_err(says);
    assert_eq!(e.file, "week-3.crosscheck");
    assert!(e.reason.contains(says), "{:?} should say {says:?}", e.reason);
}

#[test]
fn bad_lesson_files_are_refused_with_the_reason() {
    let good = seed_lesson().to_json();
    refused(&good.as_bytes()[..good.len() / 2], "is incomplete: it stops at line");
    refused(b"", "is empty");
    refused(b"Dear class, here are the articles.", "is not a lesson file");
    refused(
        &std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../e2e/fixtures/own-articles/riverside-library.docx"),
        )
        .unwrap(),
        "does not hold text",
    );
    refused(br#"{"title": "x"}"#, "is not a Crosscheck lesson");
    refused(br#"[1, 2]"#, "is not a lesson file");
    refused(
        &good.replacen("\"version\": 1", "\"version\": 2", 1).into_bytes(),
        "was saved by a newer version of Crosscheck (lesson version 2; this page reads version 1)",
    );
    refused(&good.replacen("\"version\": 1", "\"version\": \"one\"", 1).into_bytes(), "no version");
    refused(&good.replacen("\"articles\": [", "\"articles\": 7, \"x\": [", 1).into_bytes(), "is damaged: invalid type");
    refused(
        &good.replacen("{\n  \"format\"", "{ \"format\" : ,", 1).into_bytes(),
        "is damaged: it cannot be read at line 1",
    );
    let big = vec![b' '; (MAX_LESSON_BYTES + 1) as usize];
    refused(&big, "more than the 32 MB a lesson file can be");

    let mut l = seed_lesson();
    l.articles.clear();
    refused(l.to_json().as_bytes(), "holds no articles");
    let mut l = seed_lesson();
    l.articles[1].article.hints.slug = l.articles[0].article.hints.slug.clone();
    refused(l.to_json().as_bytes(), "two articles have the id");
    let mut l = seed_lesson();
    l.articles[2].article.text = "   ".into();
    l.articles[2].article.hints.blocks.clear();
    refused(l.to_json().as_bytes(), "article 3 (“002_ed4ec6554b1582a8.txt”) the file holds only white space");
    let mut l = seed_lesson();
    l.questions[1].id = l.questions[0].id.clone();
    refused(l.to_json().as_bytes(), "question 2 has no id of its own");
    let mut l = seed_lesson();
    l.id = "../../etc".into();
    refused(l.to_json().as_bytes(), "the lesson's id must be");
}
