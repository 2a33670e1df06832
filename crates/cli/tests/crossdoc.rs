//! `crosscheck entities` and `crosscheck shared`, run as a person would.

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

fn crosscheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck")).args(args).output().expect("the binary runs")
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crosscheck-cli-crossdoc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write temp file");
    p
}

/// Runs a command over files and parses its JSON lines.
#[track_caller]
fn lines(cmd: &str, files: &[&PathBuf]) -> Vec<Value> {
    let mut args = vec![cmd];
    args.extend(files.iter().map(|p| p.to_str().expect("UTF-8 path")));
    let out = crosscheck(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// The characters `start..end` of a file.
fn chars(path: &PathBuf, start: &Value, end: &Value) -> String {
    let text = std::fs::read_to_string(path).expect("read");
    let (s, e) = (start.as_u64().expect("start") as usize, end.as_u64().expect("end") as usize);
    text.chars().skip(s).take(e - s).collect()
}

const A: &str = "Café owners met the minister on a cold morning\n\n\
Ünïcödé first: Foreign Minister Ada Korvell met reporters in the capital and spoke at length. \
Korvell said the committee voted to release the full report to the public next week, after a long debate. \
Later Korvell bragged that the vote relieved “great pressure” on the government.\n";

const B: &str = "A second outlet covers the same meeting today\n\n\
“😀 Emoji first.” Minister Korvell told reporters, “We faced great pressure because of the port. That’s over.” \
Officials added that the committee voted to release the full report to the public next week, as planned.\n";

#[test]
fn help_lists_the_new_commands() {
    let out = crosscheck(&["--help"]);
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.contains("crosscheck entities FILE...") && text.contains("crosscheck shared FILE..."), "{text}");
    assert!(text.contains("near_copy") && text.contains("quote_variant"), "{text}");
}

#[test]
fn commands_without_files_are_usage_errors() {
    assert_eq!(crosscheck(&["entities"]).status.code(), Some(2));
    assert_eq!(crosscheck(&["shared"]).status.code(), Some(2));
    assert_eq!(crosscheck(&["shared", "--frobnicate"]).status.code(), Some(2));
}

#[test]
fn entities_are_json_lines_with_character_offsets() {
    let (a, b) = (temp_file("ent-a.txt", A), temp_file("ent-b.txt", B));
    let got = lines("entities", &[&a, &b]);
    for e in &got {
        let keys: Vec<&str> = e.as_object().expect("object").keys().map(String::as_str).collect();
        assert_eq!(keys, ["kind", "mentions", "name", "variants"], "{e}");
        let variants: Vec<&str> =
            e["variants"].as_array().expect("array").iter().map(|v| v.as_str().expect("str")).collect();
        for m in e["mentions"].as_array().expect("mentions") {
            let path = if m["file"] == a.to_str().expect("path") { &a } else { &b };
            let written = chars(path, &m["start"], &m["end"]);
            assert!(variants.contains(&written.as_str()), "{written:?} is one of {variants:?}");
        }
    }
    let korvell = got.iter().find(|e| e["name"] == "Ada Korvell").expect("Ada Korvell is found");
    assert_eq!(korvell["kind"], "person");
    assert_eq!(korvell["variants"], serde_json::json!(["Ada Korvell", "Korvell"]));
    assert_eq!(korvell["mentions"].as_array().expect("mentions").len(), 4, "{korvell}");
    assert_eq!(got[0]["name"], "Ada Korvell", "most mentioned first");
}

#[test]
fn shared_lists_copied_passages_and_quotation_variants() {
    let (a, b) = (temp_file("sh-a.txt", A), temp_file("sh-b.txt", B));
    let got = lines("shared", &[&a, &b]);
    let kinds: Vec<&str> = got.iter().map(|p| p["kind"].as_str().expect("kind")).collect();
    assert_eq!(kinds, ["exact", "quote_variant"], "{got:#?}");
    for p in &got {
        for o in p["occurrences"].as_array().expect("occurrences") {
            let path = if o["file"] == a.to_str().expect("path") { &a } else { &b };
            assert_eq!(chars(path, &o["start"], &o["end"]), o["text"].as_str().expect("text"));
        }
    }
    assert_eq!(
        got[0]["occurrences"][0]["text"],
        "the committee voted to release the full report to the public next week"
    );
    assert_eq!(got[1]["occurrences"][0]["text"], "great pressure");
    assert_eq!(got[1]["occurrences"][1]["text"], "We faced great pressure because of the port. That’s over.");
}

#[test]
fn an_empty_file_names_and_shares_nothing() {
    let (a, e) = (temp_file("e-a.txt", A), temp_file("e-empty.txt", ""));
    let got = lines("entities", &[&e, &a]);
    assert!(got.iter().all(|x| x["mentions"]
        .as_array()
        .expect("m")
        .iter()
        .all(|m| m["file"] != e.to_str().expect("p"))));
    assert!(lines("shared", &[&e, &a]).is_empty());
}

#[test]
fn a_missing_file_fails_like_quotes() {
    let out = crosscheck(&["entities", "/definitely/not/here.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).expect("UTF-8").contains("no such file"));
}

#[test]
fn profile_counts_each_file_with_the_passages_behind_the_counts() {
    let (a, b) = (temp_file("pr-a.txt", A), temp_file("pr-b.txt", B));
    let got = lines("profile", &[&a, &b]);
    assert_eq!(got.len(), 2);
    for (p, path) in got.iter().zip([&a, &b]) {
        assert_eq!(p["file"], path.to_str().expect("path"));
        for list in p["passages"].as_object().expect("passages").values() {
            for place in list.as_array().expect("array") {
                assert_eq!(chars(path, &place["start"], &place["end"]), place["text"].as_str().expect("text"));
            }
        }
    }
    assert_eq!(got[0]["loaded_words"], 1);
    assert_eq!(got[0]["passages"]["loaded_words"][0]["text"], "bragged");
    assert_eq!(got[0]["passages"]["documents"][0]["text"], "the full report");
    assert_eq!(got[1]["quotations"], 2);
    assert_eq!(got[1]["speakers"], serde_json::json!([{"name": "Ada Korvell", "quotes": 1}]));
    assert_eq!(got[1]["passages"]["unnamed_sources"][0]["text"], "Officials added");
    assert!(got[1]["quotes_per_1000_words"].as_f64().expect("rate") > 0.0);
}

#[test]
fn profile_of_an_empty_file_fails_naming_it() {
    let e = temp_file("pr-empty.txt", "");
    let out = crosscheck(&["profile", e.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(err.contains("pr-empty.txt: the file is empty"), "{err}");
}

#[test]
fn exercises_lists_each_question_with_its_link_or_the_line_of_a_mistake() {
    let dir = std::env::temp_dir().join(format!("crosscheck-cli-exercises-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("a.txt"), A).expect("write");
    std::fs::write(dir.join("b.txt"), B).expect("write");
    let sheet = "title = \"T\"\n[[question]]\nprompt = \"Compare.\"\nview = { screen = \"compare\", a = \"a\", b = \"b.txt\" }\n[[question]]\nprompt = \"Who?\"\nview = { screen = \"quotes\", speaker = \"Korvell\", q = \"great pressure\" }\n";
    std::fs::write(dir.join("exercises.toml"), sheet).expect("write");
    let out = crosscheck(&["exercises", dir.to_str().expect("path")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got: Vec<Value> =
        String::from_utf8(out.stdout).expect("UTF-8").lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    assert_eq!(got[0]["link"], "#/compare?a=a&b=b");
    // Written as the page writes its addresses (engine::address): spaces as +.
    assert_eq!(got[1]["link"], "#/quotes?q=great+pressure&speaker=Ada+Korvell");
    assert_eq!(got[1]["view"], "Quotations, by Ada Korvell, search “great pressure”");

    std::fs::write(
        dir.join("exercises.toml"),
        "title = \"T\"\n[[question]]\nprompt = \"P\"\nview = { screen = \"compare\", a = \"c\" }\n",
    )
    .expect("write");
    let out = crosscheck(&["exercises", dir.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(err.contains("exercises.toml, line 4: unknown article \"c\""), "{err}");
    assert_eq!(crosscheck(&["exercises"]).status.code(), Some(2));
}
