//! `corpus-build`: the build step that turns a folder of articles into the file the page loads.
//!
//! Trunk runs it after every build (a `post_build` hook in `Trunk.toml`):
//!
//! ```text
//! corpus-build SEEDS_DIR --dist DIR     writes DIR/corpus-<hash>.bin and DIR/rest-<hash>.bin and
//!                                       points DIR/index.html at them
//! corpus-build SEEDS_DIR --out FILE     writes the whole corpus's bytes to FILE (benchmarks, tools)
//! ```
//!
//! In place of `SEEDS_DIR`, a lesson file (`NAME.crosscheck`, saved by the page's teacher mode or
//! by `crosscheck lesson`): the site's collection and exercise sheet are then the lesson's
//! (`formats::lesson`), every article with the id it has in the lesson, so the sheet's links
//! work, and a student's answers are kept under the lesson's id as when the file is opened in
//! the page.
//!
//! The articles of `SEEDS_DIR` are read by `crates/formats` (`.txt` in any common encoding, saved
//! web pages, Word documents, Markdown), and the engine ingests and indexes them (and checks the
//! teacher's `exercises.toml` there against them); the result is serialised
//! (postcard) in two parts (`engine::parts`), each into a file named after a hash of its bytes, so
//! a static host can cache it forever and a rebuilt corpus is never served stale: the *search
//! part* (the articles; the page derives their index from them) and the *rest* (quotations,
//! names, passages, profiles…), which the page fetches once the search part is in.
//! `index.html` gets one element that tells the page where both are and how big, and asks the
//! browser to start downloading the search part while the app's WebAssembly is still compiling:
//!
//! ```html
//! <link rel="preload" as="fetch" crossorigin id="crosscheck-corpus" href="corpus-….bin"
//!       data-articles="5" data-bytes="15288" data-rest="rest-….bin" data-rest-bytes="37212">
//! ```
//!
//! Beside it goes `library-<hash>.bin`, the articles as read (`engine::library::Library`: each
//! text with what its file stated, such as a saved page's outlet and boilerplate marks), which
//! the page fetches only when a reader adds their own articles and the corpus is built again in a
//! web worker; `index.html` names it in `<meta name="crosscheck-library" content="library-….bin">`.
//!
//! The first screen of `index.html` gets the list of articles the app opens with, as plain HTML,
//! so a class sees the articles while the app is still starting (`crates/first-screen`), and the
//! script that loads the first module, which searches that list until the app takes over (see
//! [`FIRST_FILES`]).
//!
//! A broken seed file fails the build with the file's name and the reason, and nothing is written.

use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use engine::library::Library;
use engine::Corpus;
use first_screen::html as first_screen;
use formats::read_seed_dir;

const USAGE: &str = "usage: corpus-build (SEEDS_DIR | LESSON.crosscheck) (--dist DIR | --out FILE)";

/// The id of the element `index.html` carries; the page looks it up (src/corpus.rs).
const LINK_ID: &str = "crosscheck-corpus";
/// The name of the `<meta>` that names the library file (src/library.rs in the app reads it).
const LIBRARY_META: &str = "crosscheck-library";
/// The name of the `<meta>` that gives the ingest worker's address (src/byo.rs reads it), and the
/// worker's files: its loader (src/ingest_loader.js) and the module trunk builds. Trunk does not
/// put a hash in a worker's file names, so the address carries one of their bytes
/// (`ingest_loader.js?v=…`; the loader passes it on to the other two): a browser that cached an
/// earlier build's worker would otherwise run it on this build's files, and the corpus it makes
/// would be refused as "built by another version of Crosscheck".
const WORKER_META: &str = "crosscheck-ingest";
const WORKER_FILES: [&str; 3] = ["ingest_loader.js", "crosscheck-ingest.js", "crosscheck-ingest_bg.wasm"];
/// The first module's files (`crates/first-screen`, built by trunk without a hash in their names:
/// their addresses carry a fingerprint of their bytes, as the worker's do), and the place in
/// `index.html` that gets the elements loading it, before the app's script: the wasm preloaded,
/// wasm-bindgen's glue (a classic script, deferred) and a module script that starts it and sets
/// `window.crosscheckFirst`, a promise the app's loader (`Trunk.toml`, `pattern_script`) waits
/// for. The module script takes the glue's global away, so that once the app has removed the
/// first screen nothing refers to the first module and its memory is freed.
const FIRST_FILES: [&str; 2] = ["crosscheck-first.js", "crosscheck-first_bg.wasm"];
const FIRST_START: &str = "<!-- crosscheck:first-module -->";
const FIRST_END: &str = "<!-- /crosscheck:first-module -->";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (seeds, target) = match args.as_slice() {
        [seeds, flag, path] if flag == "--dist" => (PathBuf::from(seeds), Target::Dist(PathBuf::from(path))),
        [seeds, flag, path] if flag == "--out" => (PathBuf::from(seeds), Target::File(PathBuf::from(path))),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&seeds, &target) {
        Ok(summary) => {
            println!("corpus-build: {summary}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("\nerror: the articles in {} could not be built into the app:\n  {msg}\n", seeds.display());
            ExitCode::FAILURE
        }
    }
}

enum Target {
    Dist(PathBuf),
    File(PathBuf),
}

/// The collection as read from a seed folder, or from a lesson file (`NAME.crosscheck`: its
/// articles and sheet, `formats::lesson`), with the corpus the engine builds of it.
fn collection(seeds: &Path) -> Result<(Library, Corpus), String> {
    if seeds.is_file() {
        let name = seeds.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let bytes = std::fs::read(seeds).map_err(|e| format!("{}: cannot be read ({e})", seeds.display()))?;
        let lesson =
            formats::lesson::read_lesson(&name, &bytes).map_err(|e| format!("{}: {}", seeds.display(), e.reason))?;
        let (library, corpus, notes) = lesson.site().map_err(|e| format!("{}: {e}", seeds.display()))?;
        for note in notes {
            eprintln!("corpus-build: warning: {}: {note}", seeds.display());
        }
        return Ok((library, corpus));
    }
    let dir = read_seed_dir(seeds).map_err(|e| e.to_string())?;
    for (name, reason) in &dir.skipped {
        eprintln!("corpus-build: warning: skipped {}: {reason}", seeds.join(name).display());
    }
    let corpus = Corpus::from_seed_dir(&dir).map_err(|e| e.in_folder(seeds))?;
    Ok((Library::of(&dir), corpus))
}

fn run(seeds: &Path, target: &Target) -> Result<String, String> {
    let (library, corpus) = collection(seeds)?;
    let bytes = corpus.to_bytes();
    let articles = corpus.docs.len();
    match target {
        Target::File(path) => {
            write(path, &bytes)?;
            Ok(format!("{articles} articles, {} bytes -> {}", bytes.len(), path.display()))
        }
        Target::Dist(dist) => {
            let (bytes, rest) = (corpus.search_part(), corpus.rest_part());
            let name = format!("corpus-{:016x}.bin", hash(&bytes));
            let rest_name = format!("rest-{:016x}.bin", hash(&rest));
            let library = library.to_bytes();
            let library_name = format!("library-{:016x}.bin", hash(&library));
            let html_path = dist.join("index.html");
            let html =
                std::fs::read_to_string(&html_path).map_err(|e| format!("cannot read {}: {e}", html_path.display()))?;
            let worker = worker_address(dist)?;
            let html = point_at(
                &html,
                &Links {
                    corpus: &name,
                    articles,
                    bytes: bytes.len(),
                    rest: &rest_name,
                    rest_bytes: rest.len(),
                    library: &library_name,
                    worker: worker.as_deref(),
                },
            )
            .ok_or_else(|| format!("{} has no </head> to put the corpus link before", html_path.display()))?;
            // The first screen's article list; a page without its place simply starts without one.
            let html = first_screen::put(&html, &first_screen::first_screen(&corpus)).unwrap_or(html);
            // The header's views, as the app's header lists them.
            let html =
                first_screen::between(&html, first_screen::NAV_START, first_screen::NAV_END, &first_screen::nav())
                    .unwrap_or(html);
            let html = match fingerprint(dist, &FIRST_FILES)? {
                Some(version) => {
                    first_screen::between(&html, FIRST_START, FIRST_END, &first_module(&version)).unwrap_or(html)
                }
                None => html,
            };
            remove_old_corpora(dist);
            write(&dist.join(&name), &bytes)?;
            write(&dist.join(&rest_name), &rest)?;
            write(&dist.join(&library_name), &library)?;
            write(&html_path, html.as_bytes())?;
            Ok(format!(
                "{articles} articles, {} + {} bytes -> {}, {}",
                bytes.len(),
                rest.len(),
                dist.join(&name).display(),
                rest_name
            ))
        }
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// A stable fingerprint of the corpus bytes for the file name (64-bit SipHash with fixed keys).
fn hash(bytes: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    h.write(bytes);
    h.finish()
}

/// The ingest worker's address with the fingerprint of its files (see `WORKER_META`), or `None`
/// when the build has no worker (its loader is not in `dist`).
fn worker_address(dist: &Path) -> Result<Option<String>, String> {
    let [loader, ..] = WORKER_FILES;
    Ok(fingerprint(dist, &WORKER_FILES)?.map(|version| format!("{loader}?v={version}")))
}

/// A fingerprint of `files` in `dist` (all of them, in order), or `None` when the first is not
/// there (a build without them).
fn fingerprint(dist: &Path, files: &[&str]) -> Result<Option<String>, String> {
    if !files.first().is_some_and(|f| dist.join(f).exists()) {
        return Ok(None);
    }
    let mut h = DefaultHasher::new();
    for file in files {
        let path = dist.join(file);
        let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        h.write(&bytes);
    }
    Ok(Some(format!("{:016x}", h.finish())))
}

/// The elements that load the first module (see [`FIRST_FILES`]), its files at `?v=version`.
fn first_module(version: &str) -> String {
    let [glue, wasm] = FIRST_FILES;
    format!(
        concat!(
            r#"<link rel="preload" as="fetch" type="application/wasm" crossorigin href="{wasm}?v={v}">"#,
            r#"<script defer src="{glue}?v={v}"></script>"#,
            r#"<script type="module">window.crosscheckFirst = new Promise((done) => {{ addEventListener("crosscheck-first", done, {{ once: true }}); "#,
            r#"const init = wasm_bindgen; wasm_bindgen = undefined; "#,
            r#"init({{ module_or_path: "{wasm}?v={v}" }}).catch((e) => {{ console.warn("Crosscheck: the first screen's search did not load:", e); done(); }}); }});</script>"#,
        ),
        glue = glue,
        wasm = wasm,
        v = version
    )
}

/// What index.html is given: the corpus's two files (with its article count and their sizes), the
/// library file and the worker's address.
struct Links<'a> {
    corpus: &'a str,
    articles: usize,
    bytes: usize,
    rest: &'a str,
    rest_bytes: usize,
    library: &'a str,
    worker: Option<&'a str>,
}

/// `html` with the corpus link, the library's name and the worker's address put just before
/// `</head>` (replacing earlier ones), or `None` when there is no head to put them in.
fn point_at(html: &str, links: &Links) -> Option<String> {
    let Links { corpus, articles, bytes, rest, rest_bytes, library, worker } = links;
    let mut put = format!(
        r#"<link rel="preload" as="fetch" crossorigin id="{LINK_ID}" href="{corpus}" data-articles="{articles}" data-bytes="{bytes}" data-rest="{rest}" data-rest-bytes="{rest_bytes}">"#
    );
    put += &format!("\n  <meta name=\"{LIBRARY_META}\" content=\"{library}\">");
    if let Some(worker) = worker {
        put += &format!("\n  <meta name=\"{WORKER_META}\" content=\"{worker}\">");
    }
    let mut html = without_element(html, &format!(r#"id="{LINK_ID}""#))?;
    for meta in [LIBRARY_META, WORKER_META] {
        html = without_element(&html, &format!(r#"name="{meta}""#))?;
    }
    let head_end = html.find("</head>")?;
    Some(format!("{}{put}\n  {}", &html[..head_end], &html[head_end..]))
}

/// `html` without the (one) element whose start tag contains `marker`.
fn without_element(html: &str, marker: &str) -> Option<String> {
    match html.find(marker) {
        Some(at) => {
            let start = html[..at].rfind('<')?;
            let end = at + html[at..].find('>')? + 1;
            let end = end + html[end..].len() - html[end..].trim_start_matches([' ', '\n']).len();
            Some(format!("{}{}", &html[..start], &html[end..]))
        }
        None => Some(html.to_owned()),
    }
}

/// Deletes corpus files of earlier builds from a dist folder that is rebuilt in place.
fn remove_old_corpora(dist: &Path) {
    let Ok(entries) = std::fs::read_dir(dist) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if ["corpus-", "rest-", "library-"].iter().any(|p| name.starts_with(p)) && name.ends_with(".bin") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{first_module, point_at, Links, FIRST_END, FIRST_START};
    use first_screen::html::between;

    #[test]
    fn the_first_module_is_loaded_at_its_place_with_its_fingerprint_and_replaces_an_earlier_one() {
        let page = format!("<head>{FIRST_START}{FIRST_END}<script type=\"module\">app</script></head>");
        let once = between(&page, FIRST_START, FIRST_END, &first_module("aaa")).unwrap();
        assert!(once.contains(r#"<script defer src="crosscheck-first.js?v=aaa"></script>"#), "{once}");
        assert!(
            once.contains(r#"href="crosscheck-first_bg.wasm?v=aaa""#)
                && once.contains(r#"module_or_path: "crosscheck-first_bg.wasm?v=aaa""#),
            "{once}"
        );
        assert!(once.find("crosscheckFirst").unwrap() < once.find("app</script>").unwrap(), "before the app's script");
        let twice = between(&once, FIRST_START, FIRST_END, &first_module("bbb")).unwrap();
        assert!(!twice.contains("aaa") && twice.len() == once.len(), "{twice}");
        assert!(between("<head></head>", FIRST_START, FIRST_END, "x").is_none());
    }

    fn links<'a>(
        corpus: &'a str,
        articles: usize,
        bytes: usize,
        library: &'a str,
        worker: Option<&'a str>,
    ) -> Links<'a> {
        Links { corpus, articles, bytes, rest: "rest-1.bin", rest_bytes: 50, library, worker }
    }

    #[test]
    fn the_link_goes_before_the_head_end_and_replaces_an_earlier_one() {
        let html = "<html><head><title>x</title></head><body></body></html>";
        let once =
            point_at(html, &links("corpus-1.bin", 5, 100, "library-1.bin", Some("ingest_loader.js?v=1"))).unwrap();
        assert!(once.contains(
            r#"href="corpus-1.bin" data-articles="5" data-bytes="100" data-rest="rest-1.bin" data-rest-bytes="50">"#
        ));
        assert!(once.contains(r#"<meta name="crosscheck-library" content="library-1.bin">"#));
        assert!(once.contains(r#"<meta name="crosscheck-ingest" content="ingest_loader.js?v=1">"#));
        assert!(once.find("ingest_loader.js").unwrap() < once.find("</head>").unwrap());
        let twice =
            point_at(&once, &links("corpus-2.bin", 6, 200, "library-2.bin", Some("ingest_loader.js?v=2"))).unwrap();
        assert!(
            !twice.contains("corpus-1.bin") && !twice.contains("library-1.bin") && !twice.contains("v=1"),
            "{twice}"
        );
        assert_eq!(twice.matches("crosscheck-ingest").count(), 1);
        assert_eq!(twice.matches("crosscheck-corpus").count(), 1);
        assert_eq!(twice.matches("crosscheck-library").count(), 1);
        assert_eq!(twice.len(), once.len(), "nothing accumulates: {twice}");
        assert!(point_at("<p>no head</p>", &links("c.bin", 1, 1, "l.bin", None)).is_none());
        let without_worker = point_at(&twice, &links("corpus-2.bin", 6, 200, "library-2.bin", None)).unwrap();
        assert!(!without_worker.contains("crosscheck-ingest"), "{without_worker}");
    }
}
