//! The build step as trunk runs it: a folder of articles in, a corpus file and a patched
//! index.html out; a broken article stops it with the file's name and the reason.

use std::path::{Path, PathBuf};
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("corpus-build-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(seeds: &Path, dist: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_corpus-build"))
        .arg(seeds)
        .arg("--dist")
        .arg(dist)
        .output()
        .expect("corpus-build runs")
}

const HTML: &str = "<!doctype html><html><head><title>t</title></head><body></body></html>";

/// The corpus a dist folder holds: its two parts (`engine::parts`) read together.
fn corpus_in(dist: &Path) -> engine::Corpus {
    let file = |prefix: &str| {
        let name = std::fs::read_dir(dist)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .find(|f| f.starts_with(prefix))
            .unwrap_or_else(|| panic!("a {prefix}….bin in {}", dist.display()));
        std::fs::read(dist.join(name)).unwrap()
    };
    engine::Corpus::from_parts(&file("corpus-")[..], &file("rest-")[..]).expect("the two files are a corpus")
}

#[test]
fn the_seeds_become_a_hashed_corpus_file_that_index_html_points_at() {
    let dist = scratch("dist");
    std::fs::write(dist.join("index.html"), HTML).unwrap();
    std::fs::write(dist.join("corpus-0000000000000000.bin"), b"stale").unwrap();
    std::fs::write(dist.join("rest-0000000000000000.bin"), b"stale").unwrap();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let out = run(&seeds, &dist);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let files: Vec<String> =
        std::fs::read_dir(&dist).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    let corpus: Vec<&String> = files.iter().filter(|f| f.starts_with("corpus-")).collect();
    assert_eq!(corpus.len(), 1, "the stale corpus is replaced: {files:?}");
    let rest: Vec<&String> = files.iter().filter(|f| f.starts_with("rest-")).collect();
    assert_eq!(rest.len(), 1, "the stale rest is replaced: {files:?}");
    let (bytes, rest_bytes) =
        (std::fs::read(dist.join(corpus[0])).unwrap(), std::fs::read(dist.join(rest[0])).unwrap());
    let decoded = corpus_in(&dist);
    assert_eq!(decoded.docs.len(), 5);
    assert!(!decoded.quotes.quotes.is_empty() && !decoded.profiles.is_empty(), "the rest is there");

    let html = std::fs::read_to_string(dist.join("index.html")).unwrap();
    assert!(
        html.contains(&format!(
            r#"href="{}" data-articles="5" data-bytes="{}" data-rest="{}" data-rest-bytes="{}""#,
            corpus[0],
            bytes.len(),
            rest[0],
            rest_bytes.len()
        )),
        "{html}"
    );

    let library: Vec<&String> = files.iter().filter(|f| f.starts_with("library-")).collect();
    assert_eq!(library.len(), 1, "{files:?}");
    assert!(html.contains(&format!(r#"<meta name="crosscheck-library" content="{}">"#, library[0])), "{html}");
    let texts =
        engine::library::Library::from_bytes(&std::fs::read(dist.join(library[0])).unwrap()).expect("a library");
    assert_eq!(texts.files.len(), 5);
    assert_eq!(texts.build_with(&[]).expect("builds"), decoded, "the page's worker rebuilds the very same corpus");
}

#[test]
fn a_broken_article_fails_the_build_naming_the_file_and_writes_nothing() {
    let seeds = scratch("broken-seeds");
    std::fs::write(seeds.join("good.txt"), "A headline that is long enough\n\nSome text here.\n").unwrap();
    std::fs::write(seeds.join("photo.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0").unwrap();
    let dist = scratch("broken-dist");
    std::fs::write(dist.join("index.html"), HTML).unwrap();
    let out = run(&seeds, &dist);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("photo.txt: does not hold text"), "{err}");
    assert_eq!(std::fs::read_to_string(dist.join("index.html")).unwrap(), HTML, "index.html untouched");
    assert!(!std::fs::read_dir(&dist).unwrap().any(|e| e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .starts_with("corpus-")));
}

#[test]
fn a_broken_exercise_sheet_fails_the_build_with_its_line() {
    let seeds = scratch("bad-exercises");
    std::fs::write(seeds.join("one.txt"), "A headline that is long enough\n\nSome text here.\n").unwrap();
    std::fs::write(
        seeds.join("exercises.toml"),
        "title = \"Lesson\"\n\n[[question]]\nprompt = \"Where?\"\nview = { screen = \"nowhere\" }\n",
    )
    .unwrap();
    let dist = scratch("bad-exercises-dist");
    std::fs::write(dist.join("index.html"), HTML).unwrap();
    let out = run(&seeds, &dist);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("exercises.toml, line "), "{err}");
}

#[test]
fn articles_in_every_format_become_the_corpus_and_the_library_rebuilds_it() {
    let seeds = scratch("own-articles");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../e2e/fixtures/own-articles");
    for name in
        ["old-mill-bridge.html", "riverside-library.docx", "eastbrook-orchestra-1252.txt", "gull-island-ferry.md"]
    {
        std::fs::copy(fixtures.join(name), seeds.join(name)).unwrap();
    }
    std::fs::write(
        seeds.join("latin1.txt"),
        b"Caf\xe9 society and the news of the week\r\n\r\nThe caf\xe9 re-opened on Monday.\r\n",
    )
    .unwrap();
    std::fs::write(seeds.join("notes.csv"), b"not,an,article\n").unwrap();
    let dist = scratch("own-articles-dist");
    std::fs::write(dist.join("index.html"), HTML).unwrap();
    let out = run(&seeds, &dist);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("skipped")
            && String::from_utf8_lossy(&out.stderr).contains("notes.csv")
    );

    let files: Vec<String> =
        std::fs::read_dir(&dist).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    let find = |prefix: &str| dist.join(files.iter().find(|f| f.starts_with(prefix)).unwrap());
    let corpus = corpus_in(&dist);
    let titles: Vec<&str> = corpus.docs.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Youth orchestra wins regional prize after months of weekend rehearsals",
            "Ferry service to Gull Island ends after forty years",
            "Café society and the news of the week",
            "Night closures approved for Old Mill Bridge repairs",
            "Riverside council votes to keep the branch library open",
        ]
    );
    let page = &corpus.docs[corpus.doc_by_slug("old-mill-bridge").unwrap()];
    assert_eq!(
        engine::outlet::outlet(page).map(|o| o.name).as_deref(),
        Some("Harbor City Ledger"),
        "a citation names the outlet the page states"
    );
    let library = engine::library::Library::from_bytes(&std::fs::read(find("library-")).unwrap()).expect("a library");
    assert_eq!(library.build_with(&[]).expect("builds"), corpus, "the page's worker rebuilds the very same corpus");
}

#[test]
fn a_lesson_file_builds_a_site_whose_collection_and_sheet_are_the_lessons() {
    let seeds = formats::read_seed_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")).unwrap();
    let mut lesson = formats::lesson::lesson_from_seed_dir(&seeds, "x", Some("week-3")).unwrap();
    lesson.articles.remove(0);
    lesson.questions.retain(|q| q.view.as_deref().is_none_or(|v| !v.contains("000_")));
    lesson.questions[0].view = Some("/article/002_ed4ec6554b1582a8?q=kislyak&hit=2".into());
    lesson.questions[0].model_answer = Some("teacher only".into());
    let dir = scratch("lesson");
    let file = dir.join("week-3.crosscheck");
    std::fs::write(&file, lesson.to_json()).unwrap();
    let dist = scratch("lesson-dist");
    std::fs::write(dist.join("index.html"), HTML).unwrap();
    let out = run(&file, &dist);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let files: Vec<String> =
        std::fs::read_dir(&dist).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    let read = |prefix: &str| std::fs::read(dist.join(files.iter().find(|f| f.starts_with(prefix)).unwrap())).unwrap();
    let corpus = corpus_in(&dist);
    assert_eq!(corpus.docs.len(), 4);
    assert!(corpus.docs.iter().all(|d| !d.own), "a site's collection is its own");
    let sheet = corpus.exercises.clone().expect("the lesson's sheet");
    assert_eq!((sheet.id.as_deref(), sheet.questions.len()), (Some("week-3"), lesson.questions.len()));
    assert_eq!(
        sheet.questions[0].view.as_ref().map(|v| v.fragment()).as_deref(),
        Some("/article/002_ed4ec6554b1582a8?q=kislyak&hit=2")
    );
    assert!(sheet.questions.iter().all(|q| q.model_answer.is_none()));
    let library = engine::library::Library::from_bytes(&read("library-")).unwrap();
    assert_eq!(library.build_with_articles(&[]).unwrap(), corpus, "the page's worker rebuilds the very same corpus");
    std::fs::write(&file, &lesson.to_json()[..500]).unwrap();
    let out = run(&file, &dist);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("week-3.crosscheck: is incomplete"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
