//! A teacher's `exercises.toml`: a good sheet resolves against the seed articles; each kind of
//! mistake stops the build with the line and a reason a teacher can act on.

#[allow(dead_code)]
mod hay;

use std::path::{Path, PathBuf};

use engine::address::Screen;
use engine::exercises::{ExerciseError, ExerciseSheet};
use engine::profile::Measure;
use engine::source::read_seed_dir;
use engine::{BuildError, Corpus};
use hay::{seeds, slug};

fn sheet(text: &str) -> Result<ExerciseSheet, ExerciseError> {
    ExerciseSheet::from_toml("exercises.toml", text, seeds())
}

/// The error for `text`, as the build prints it.
#[track_caller]
fn error(text: &str) -> String {
    sheet(text).expect_err("the sheet is refused").to_string()
}

/// A sheet with one question whose view is `view` (an inline table), on line 4.
fn with_view(view: &str) -> String {
    format!("title = \"T\"\n\n[[question]]\nview = {{ {view} }}\nprompt = \"P\"\n")
}

#[track_caller]
fn check_error(text: &str, expect: &str) {
    assert_eq!(error(text), expect);
}

const GOOD: &str = r#"
title = "Who says so?"
intro = """
Work in pairs."""

[[question]]
prompt = "Which article quotes most?"
hint = "Sort the table."
view = { screen = "profiles", sort = "quotes_per_1000_words" }

[[question]]
id = "cut"
prompt = "What does the short version leave out?"
view = { screen = "compare", a = "003", b = "004_db4cd39bb7123a22.txt" }

[[question]]
prompt = "Read it highlighted."
[question.view]
screen = "article"
quote = "“Great pressure”"
article = "003_3b1b34276f4af84d"

[[question]]
prompt = "Where is Kislyak named?"
view = { screen = "names", entity = "kislyak", docs = ["002", "004"] }

[[question]]
prompt = "What does Lavrov say?"
view = { screen = "quotes", speaker = "Lavrov", kind = "full", q = "elections" }

[[question]]
prompt = "The unnamed official."
view = { screen = "article", quote = "a document summarizing" }

[[question]]
prompt = "No view: discuss."
"#;

#[test]
fn a_good_sheet_resolves_every_reference() {
    let s = sheet(GOOD).expect("the sheet builds");
    let c = seeds();
    assert_eq!(s.title, "Who says so?");
    assert_eq!(s.intro.as_deref(), Some("Work in pairs."));
    let ids: Vec<&str> = s.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["1", "cut", "3", "4", "5", "6", "7"], "ids default to the question's number");
    assert_eq!(s.questions[0].hint.as_deref(), Some("Sort the table."));

    let v = s.questions[0].view.as_ref().expect("view");
    assert_eq!((&v.screen, v.params.sort.as_str()), (&Screen::Profiles, Measure::QuotesPerThousandWords.key()));
    assert_eq!(v.href(), "#/profiles?sort=quotes_per_1000_words");

    let v = s.questions[1].view.as_ref().expect("view");
    assert_eq!((v.params.a.as_str(), v.params.b.as_str()), (slug("003"), slug("004")), "number prefix and file name");

    let v = s.questions[2].view.as_ref().expect("view");
    let q = &c.quotes.quotes[c.selected_quote(&v.params).expect("quote")];
    assert_eq!((q.text.as_str(), q.doc), ("great pressure", 3));
    assert_eq!(v.screen.path(), format!("/article/{}", slug("003")));

    let v = s.questions[3].view.as_ref().expect("view");
    assert_eq!(v.params.ent, "Sergey Kislyak");
    assert_eq!(v.params.docs, format!("{},{}", slug("002"), slug("004")));
    assert!(v.href().starts_with(&format!("#/entities?docs={}%2C{}", slug("002"), slug("004"))), "{}", v.href());

    let v = s.questions[4].view.as_ref().expect("view");
    assert_eq!(
        (v.params.speaker.as_str(), v.params.kind.as_str(), v.params.q.as_str()),
        ("Sergey Lavrov", "full", "elections")
    );

    // Only the quotation is named: the reader opens its article.
    let v = s.questions[5].view.as_ref().expect("view");
    assert_eq!(v.screen, Screen::Article { slug: slug("004").to_owned() });
    assert!(c.quotes.quotes[c.selected_quote(&v.params).expect("quote")].text.starts_with("a document summarizing"));

    assert_eq!(s.questions[6].view, None);
}

#[test]
fn syntax_errors_give_the_parser_s_line() {
    let e = sheet("title = \"T\"\n\n[[question]]\nprompt = \"unclosed\n").expect_err("refused");
    assert_eq!(e.line, 4, "{e}");
    assert!(e.to_string().starts_with("exercises.toml, line 4: "), "{e}");
}

#[test]
fn unknown_keys_are_named_with_the_keys_that_exist() {
    let e = sheet("title = \"T\"\n\n[[question]]\nprompt = \"P\"\npromt = \"typo\"\n").expect_err("refused");
    assert_eq!(e.line, 5, "{e}");
    assert!(e.reason.starts_with("unknown key `promt`") && e.reason.contains("`prompt`"), "{e}");
    let e = sheet(&with_view("screen = \"quotes\", spekaer = \"Lavrov\"")).expect_err("refused");
    assert_eq!(e.line, 4, "{e}");
    assert!(e.reason.starts_with("unknown key `spekaer`"), "{e}");
}

#[test]
fn a_question_without_a_prompt_names_the_question() {
    let e = sheet("title = \"T\"\n\n[[question]]\nprompt = \"P\"\n\n[[question]]\nhint = \"only a hint\"\n")
        .expect_err("refused");
    assert!(e.reason.contains("missing key `prompt`"), "{e}");
    assert!((6..=7).contains(&e.line), "the second question's line: {e}");
    check_error("title = \"T\"\n\n[[question]]\nprompt = \"  \"\n", "exercises.toml, line 4: the prompt is empty");
}

#[test]
fn unknown_screens_list_the_screens() {
    check_error(
        &with_view("screen = \"qoutes\""),
        "exercises.toml, line 4: unknown screen \"qoutes\" (the screens are articles, article, quotes, speakers, names, compare, timeline, profiles)",
    );
}

#[test]
fn unknown_articles_list_the_articles() {
    let e = error(&with_view("screen = \"compare\", a = \"003\", b = \"007\""));
    assert!(
        e.starts_with(
            "exercises.toml, line 4: unknown article \"007\" (the articles are 000…004: 000_a793904d2acfa6bd.txt, 001_"
        ),
        "{e}"
    );
    let e = error(&with_view("screen = \"compare\", a = \"00\""));
    assert!(e.starts_with("exercises.toml, line 4: \"00\" could be any of 000_a793904d2acfa6bd.txt, 001_"), "{e}");
    assert!(e.ends_with("write more of the file name"), "{e}");
    let e = error("title = \"T\"\n\n[[question]]\nprompt = \"P\"\n[question.view]\nscreen = \"timeline\"\ndocs = [\"002\",\n  \"009\"]\n");
    assert!(e.starts_with("exercises.toml, line 8: unknown article \"009\""), "the line of the bad entry: {e}");
}

#[test]
fn a_quotation_fragment_must_match_exactly_one_quotation() {
    let e = error(&with_view("screen = \"quotes\", quote = \"great pressure\""));
    assert_eq!(
        e,
        "exercises.toml, line 4: 2 quotations contain \"great pressure\" (in articles 003, 004): quote more words, or add article = \"…\" to say which"
    );
    let e = error(&with_view("screen = \"quotes\", quote = \"nobody said this\""));
    assert_eq!(e, "exercises.toml, line 4: no quotation contains \"nobody said this\" (copy a few words from inside the quotation marks)");
    let e = error(&with_view("screen = \"article\", article = \"002\", quote = \"great pressure\""));
    assert!(e.contains("no quotation in ") && e.contains("contains \"great pressure\""), "{e}");
    // With more words, one of the two.
    assert!(sheet(&with_view("screen = \"quotes\", quote = \"I faced great pressure\"")).is_ok());
}

#[test]
fn keys_a_screen_does_not_use_are_refused() {
    check_error(
        &with_view("screen = \"compare\", speaker = \"Lavrov\""),
        "exercises.toml, line 4: the compare screen does not use `speaker` (it uses `a`, `b`)",
    );
    check_error(
        &with_view("screen = \"article\", q = \"Kislyak\""),
        "exercises.toml, line 4: the article screen needs the article to open: article = \"002\" (or a quote in it)",
    );
}

#[test]
fn speakers_names_kinds_columns_and_ids_are_checked() {
    check_error(
        &with_view("screen = \"quotes\", speaker = \"Lavrof\""),
        "exercises.toml, line 4: nobody called \"Lavrof\" is quoted in the articles (see the Quotes screen for the speakers)",
    );
    check_error(
        &with_view("screen = \"names\", entity = \"Nobody Atall\""),
        "exercises.toml, line 4: no name \"Nobody Atall\" is found in the articles (see the Names screen for the names)",
    );
    check_error(
        &with_view("screen = \"quotes\", kind = \"fulll\""),
        "exercises.toml, line 4: unknown kind \"fulll\" (the kinds are full, partial, term)",
    );
    let e = error(&with_view("screen = \"profiles\", sort = \"quotes\""));
    assert!(
        e.starts_with("exercises.toml, line 4: unknown column \"quotes\" to sort by (the columns are body_words, "),
        "{e}"
    );
    check_error(
        "title = \"T\"\n[[question]]\nid = \"a\"\nprompt = \"P\"\n[[question]]\nid = \"a\"\nprompt = \"Q\"\n",
        "exercises.toml, line 6: the id \"a\" is used by an earlier question; ids must differ",
    );
    check_error(
        "title = \"T\"\n[[question]]\nid = \"a b\"\nprompt = \"P\"\n",
        "exercises.toml, line 3: the id \"a b\" must be letters, digits, - and _ only (it goes into links)",
    );
}

#[test]
fn a_single_bracket_question_or_a_bare_article_list_is_explained() {
    check_error(
        "title = \"T\"\n\n[question]\nprompt = \"P\"\n",
        "exercises.toml, line 3: a list is expected here: each question starts with [[question]], in two brackets",
    );
    check_error(
        &with_view("screen = \"timeline\", docs = \"002\""),
        "exercises.toml, line 4: a list is expected here, in brackets: docs = [\"002\", \"004\"]",
    );
}

#[test]
fn a_sheet_needs_a_title_and_questions() {
    let e = error("[[question]]\nprompt = \"P\"\n");
    assert!(e.contains("missing key `title`"), "{e}");
    check_error(
        "title = \"T\"\n",
        "exercises.toml, line 1: the sheet has no questions: add one with a [[question]] line followed by prompt = \"…\"",
    );
}

/// A fresh folder with the given files in it.
fn folder(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crosscheck-exercises-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (file, text) in files {
        std::fs::write(dir.join(file), text).expect("write");
    }
    dir
}

const ARTICLE: &str = "A title of four words\n\nA paragraph with enough words in it to be a real paragraph of text.\n";

#[test]
fn the_build_reads_the_sheet_beside_the_articles() {
    let dir = folder("ok", &[("a.txt", ARTICLE), ("exercises.toml", "title = \"T\"\n[[question]]\nprompt = \"Read it.\"\nview = { screen = \"article\", article = \"a\" }\n")]);
    let read = read_seed_dir(&dir).expect("reads");
    assert!(read.skipped.is_empty());
    let corpus = Corpus::from_seed_dir(&read).expect("builds");
    let sheet = corpus.exercises.as_ref().expect("the sheet is in the corpus");
    assert_eq!(
        sheet.questions[0].view.as_ref().map(|v| v.screen.clone()),
        Some(Screen::Article { slug: "a".to_owned() })
    );
    // It survives the trip through the corpus file.
    assert_eq!(Corpus::from_bytes(&corpus.to_bytes()).expect("decodes").exercises, corpus.exercises);

    let without = folder("none", &[("a.txt", ARTICLE)]);
    assert_eq!(Corpus::from_seed_dir(&read_seed_dir(&without).expect("reads")).expect("builds").exercises, None);
}

#[test]
fn a_broken_sheet_fails_the_build_with_file_line_and_reason() {
    let dir = folder(
        "bad",
        &[
            ("a.txt", ARTICLE),
            (
                "exercises.toml",
                "title = \"T\"\n[[question]]\nprompt = \"P\"\nview = { screen = \"article\", article = \"b\" }\n",
            ),
        ],
    );
    let err = Corpus::from_seed_dir(&read_seed_dir(&dir).expect("reads")).expect_err("refused");
    assert!(matches!(err, BuildError::Exercises(_)));
    assert_eq!(err.to_string(), "exercises.toml, line 4: unknown article \"b\" (the articles are: a.txt)");
    assert_eq!(
        err.in_folder(&dir),
        format!("{}, line 4: unknown article \"b\" (the articles are: a.txt)", dir.join("exercises.toml").display())
    );

    let empty_article = folder("empty", &[("a.txt", ""), ("exercises.toml", "title = \"T\"\n")]);
    let err = Corpus::from_seed_dir(&read_seed_dir(&empty_article).expect("reads")).expect_err("refused");
    assert_eq!(err.to_string(), "a.txt: the file is empty");

    let not_utf8 = folder("utf8", &[("a.txt", ARTICLE)]);
    std::fs::write(not_utf8.join("exercises.toml"), b"title = \"\xff\"\n").expect("write");
    let err = read_seed_dir(&not_utf8).expect_err("refused");
    assert!(err.file.ends_with("exercises.toml") && err.reason.contains("not valid UTF-8"), "{err}");
}

#[test]
fn the_seed_lesson_builds_and_every_question_opens_a_view() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let corpus = Corpus::from_seed_dir(&read_seed_dir(&dir).expect("seeds read")).unwrap_or_else(|e| panic!("{e}"));
    let sheet = corpus.exercises.expect("seeds/exercises.toml is there");
    assert!((8..=10).contains(&sheet.questions.len()), "{} questions", sheet.questions.len());
    assert!(sheet.questions.iter().all(|q| q.view.is_some()), "each question opens a view");
    let screens: Vec<Screen> =
        sheet.questions.iter().filter_map(|q| q.view.as_ref().map(|v| v.screen.clone())).collect();
    for s in [Screen::Profiles, Screen::Compare, Screen::Quotes, Screen::Timeline] {
        assert!(screens.contains(&s), "a question opens {s:?}");
    }
    assert!(screens.iter().any(|s| matches!(s, Screen::Article { .. })), "a question opens the reader");
}

#[test]
fn a_view_can_be_given_as_the_pages_address_and_a_model_answer_as_answer() {
    let text = format!(
        "title = \"T\"\n\n[[question]]\nprompt = \"P\"\nanswer = \"The model answer\"\nlink = \"#/article/{}?q=kislyak&hit=2\"\n",
        slug("002")
    );
    let s = sheet(&text).expect("the sheet reads");
    let q = &s.questions[0];
    assert_eq!(q.view.as_ref().map(|v| v.href()), Some(format!("#/article/{}?q=kislyak&hit=2", slug("002"))));
    assert_eq!(q.model_answer.as_deref(), Some("The model answer"));
    check_error(
        "title = \"T\"\n\n[[question]]\nprompt = \"P\"\nlink = \"#/compare?a=nope&b=x\"\n",
        "exercises.toml, line 5: the link \"#/compare?a=nope&b=x\" names an article that is not in the collection (nope)",
    );
    check_error(
        "title = \"T\"\n\n[[question]]\nprompt = \"P\"\nlink = \"#/nowhere\"\n",
        "exercises.toml, line 5: the link \"#/nowhere\" is not the address of one of the page's views",
    );
    check_error(
        "title = \"T\"\n\n[[question]]\nprompt = \"P\"\nview = { screen = \"timeline\" }\nlink = \"#/timeline\"\n",
        "exercises.toml, line 6: a question has a view or a link, not both",
    );
    // A corpus is what the class gets: no model answers in it.
    let dir = scratch_dir("answers");
    for f in &read_seed_dir(&seeds_dir()).unwrap().files {
        std::fs::write(dir.join(&f.name), &f.text).unwrap();
    }
    std::fs::write(dir.join("exercises.toml"), &text).unwrap();
    let corpus = Corpus::from_seed_dir(&read_seed_dir(&dir).unwrap()).unwrap();
    assert_eq!(corpus.exercises.unwrap().questions[0].model_answer, None);
}

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crosscheck-exercises-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
