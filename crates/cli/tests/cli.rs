//! Runs the `crosscheck` binary as a person would.

use std::path::PathBuf;
use std::process::{Command, Output};

fn crosscheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck")).args(args).output().expect("the binary runs")
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crosscheck-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write temp file");
    p
}

#[test]
fn help_explains_usage() {
    let out = crosscheck(&["--help"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.contains("crosscheck quotes FILE..."), "{text}");
    assert!(text.contains("Unicode characters"), "{text}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(crosscheck(&[]).status.code(), Some(2));
    assert_eq!(crosscheck(&["quotes"]).status.code(), Some(2));
    assert_eq!(crosscheck(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn quotes_are_json_lines_with_character_offsets() {
    let text = "\u{feff}Café owners met.\r\n\r\n“Prices é 😀 rose,” said Zoë Ban. “We adapt.”\r\n";
    let p = temp_file("article.txt", text.as_bytes());
    let out = crosscheck(&["quotes", p.to_str().expect("UTF-8 path")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(lines.len(), 2);
    // Offsets count the characters of the text as read: the byte-order mark is not part of it.
    let chars: Vec<char> = text.trim_start_matches('\u{feff}').chars().collect();
    for l in &lines {
        let keys: Vec<&str> = l.as_object().expect("object").keys().map(String::as_str).collect();
        for k in ["file", "start", "end", "quote", "kind", "speaker", "cue"] {
            assert!(keys.contains(&k), "missing {k} in {l}");
        }
        let (s, e) = (l["start"].as_u64().expect("start") as usize, l["end"].as_u64().expect("end") as usize);
        let slice: String = chars[s..e].iter().collect();
        assert_eq!(slice, l["quote"].as_str().expect("quote"));
    }
    assert_eq!(lines[0]["quote"], "Prices é 😀 rose,");
    assert_eq!(lines[0]["kind"], "full");
    assert_eq!(lines[0]["speaker"], "Zoë Ban");
    assert_eq!(lines[0]["cue"], "said");
    assert_eq!(lines[1]["speaker"], "Zoë Ban");
}

#[test]
fn speakers_merge_across_files() {
    let a = temp_file("a.txt", "“We won,” said Gov. Maria Lopez.".as_bytes());
    let b = temp_file("b.txt", "“Yes,” Lopez said.".as_bytes());
    let out = crosscheck(&["quotes", a.to_str().expect("path"), b.to_str().expect("path")]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let speakers: Vec<String> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("JSON")["speaker"].as_str().unwrap_or("").to_string()
        })
        .collect();
    assert_eq!(speakers, ["Maria Lopez", "Maria Lopez"]);
}

#[test]
fn missing_file_is_reported() {
    let out = crosscheck(&["quotes", "/definitely/not/here.txt"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(err.contains("/definitely/not/here.txt") && err.contains("no such file"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_windows_1252_file_is_read_and_binary_data_is_reported() {
    // Curly quotes and accents as Windows-1252 bytes: read as text, not refused as "not UTF-8".
    let p = temp_file("cp1252.txt", b"Caf\xe9 owners met on Monday\r\n\r\n\x93Prices rose,\x94 said Zo\xeb Ban.\r\n");
    let out = crosscheck(&["quotes", p.to_str().expect("path")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let line: serde_json::Value =
        serde_json::from_str(String::from_utf8(out.stdout).expect("UTF-8").lines().next().expect("a quotation"))
            .expect("JSON");
    assert_eq!((line["quote"].as_str(), line["speaker"].as_str()), (Some("Prices rose,"), Some("Zoë Ban")));
    let p = temp_file("image.txt", &[0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff, 0, 1, 2, 3, 0, 0, 0]);
    let out = crosscheck(&["quotes", p.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(err.contains("image.txt") && err.contains("does not hold text"), "{err}");
}

#[test]
fn directory_is_reported() {
    let dir = std::env::temp_dir();
    let out = crosscheck(&["quotes", dir.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).expect("UTF-8").contains("directory"));
}

#[test]
fn convert_prints_the_article_a_file_becomes_as_the_page_keeps_it() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../e2e/fixtures/own-articles");
    for name in
        ["old-mill-bridge.html", "riverside-library.docx", "eastbrook-orchestra-1252.txt", "gull-island-ferry.md"]
    {
        let path = fixtures.join(name);
        let out = crosscheck(&["convert", path.to_str().unwrap()]);
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let printed: engine::ingest::Article = serde_json::from_slice(&out.stdout).expect("one JSON article");
        assert_eq!(printed, formats::read_file(name, &std::fs::read(&path).unwrap()).unwrap(), "{name}");
    }
    let bad = crosscheck(&["convert", fixtures.join("bad/zip-bomb.docx").to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("zip-bomb.docx: "), "names the file");
    assert_eq!(crosscheck(&["convert"]).status.code(), Some(2));
}

#[test]
fn a_folder_becomes_a_lesson_file_and_back() {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let dir = std::env::temp_dir().join(format!("crosscheck-cli-lesson-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let file = dir.join("seeds.crosscheck");
    std::fs::create_dir_all(&dir).unwrap();
    let out = crosscheck(&["lesson", seeds.to_str().unwrap(), "-o", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lesson =
        formats::lesson::read_lesson("seeds.crosscheck", &std::fs::read(&file).unwrap()).expect("a lesson file");
    assert_eq!(lesson.articles.len(), 5);
    let folder = dir.join("unpacked");
    let out = crosscheck(&["unpack", file.to_str().unwrap(), "-o", folder.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let again = dir.join("again.crosscheck");
    assert!(crosscheck(&["lesson", folder.to_str().unwrap(), "-o", again.to_str().unwrap()]).status.success());
    assert_eq!(std::fs::read(&again).unwrap(), std::fs::read(&file).unwrap(), "the same lesson, byte for byte");
    let truncated = dir.join("cut.crosscheck");
    std::fs::write(&truncated, &std::fs::read(&file).unwrap()[..1000]).unwrap();
    let out = crosscheck(&["unpack", truncated.to_str().unwrap(), "-o", dir.join("x").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cut.crosscheck: is incomplete"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
