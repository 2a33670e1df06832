//! Reading a seed folder as the build does: broken files are named with the reason.

use std::path::PathBuf;

use engine::source::read_seed_dir;
use engine::Corpus;

/// A fresh folder with the given files in it.
fn folder(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crosscheck-seed-dir-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, bytes) in files {
        std::fs::write(dir.join(file), bytes).unwrap();
    }
    dir
}

const ARTICLE: &[u8] =
    b"A title of four words\n\nA paragraph with enough words in it to be a real paragraph of text.\n";

#[test]
fn other_files_are_skipped_with_the_reason_and_txt_files_sorted() {
    let dir = folder("skip", &[("b.txt", ARTICLE), ("a.txt", ARTICLE), ("notes.md", b"x"), ("exercises.toml", b"")]);
    let read = read_seed_dir(&dir).unwrap();
    assert_eq!(read.files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["a.txt", "b.txt"]);
    assert_eq!(read.skipped, [("notes.md".to_owned(), "not a .txt file".to_owned())]);
}

#[test]
fn invalid_utf8_names_the_file_and_the_line() {
    let dir = folder("utf8", &[("bad.txt", b"A title of four words\n\xff here\n")]);
    let err = read_seed_dir(&dir).unwrap_err();
    assert!(err.file.ends_with("bad.txt"), "{err}");
    assert!(err.reason.contains("not valid UTF-8") && err.reason.contains("line 2"), "{err}");
}

#[test]
fn a_byte_order_mark_is_dropped() {
    let dir = folder("bom", &[("bom.txt", b"\xEF\xBB\xBFA title of four words\n\nBody text here.\n")]);
    let read = read_seed_dir(&dir).unwrap();
    let corpus = Corpus::from_texts(read.files.iter().map(|f| (f.name.as_str(), f.text.as_str()))).unwrap();
    assert_eq!(corpus.docs[0].title, "A title of four words");
}

#[test]
fn an_empty_file_fails_ingestion_with_its_name() {
    let dir = folder("empty", &[("ok.txt", ARTICLE), ("empty.txt", b"")]);
    let read = read_seed_dir(&dir).unwrap();
    let err = Corpus::from_texts(read.files.iter().map(|f| (f.name.as_str(), f.text.as_str()))).unwrap_err();
    assert_eq!(err.to_string(), "empty.txt: the file is empty");
}

#[test]
fn a_folder_without_articles_is_an_error() {
    let dir = folder("none", &[("notes.md", b"x")]);
    assert_eq!(read_seed_dir(&dir).unwrap_err().reason, "holds no .txt articles");
    assert!(read_seed_dir(&dir.join("missing")).unwrap_err().reason.starts_with("cannot read the folder"));
}
