//! Reading a seed folder: the engine's only I/O, used by the build script and the command-line
//! tool (never by the page).
//!
//! There is one walk of a folder ([`read_seed_dir_with`]): the files in name order, hidden files
//! and the teacher's companions passed over, `exercises.toml` read beside the articles, a file
//! too big refused before it is read, every error naming the file. What makes an article of a
//! file is a [`SeedFormats`]: the engine's own is [`PlainText`] (UTF-8 `.txt` files, what
//! [`read_seed_dir`] reads); `crates/formats` gives the one the build and the command-line tool
//! use, which also reads saved web pages, Word documents, Markdown and older encodings.

use std::path::Path;

use crate::ingest::{Article, IngestError};

/// A seed file read and decoded (the teacher's `exercises.toml`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeedFile {
    pub name: String,
    pub text: String,
}

/// What reading a folder found: the articles, sorted by file name, the teacher's exercise sheet
/// if there is one, and the files it passed over with the reason (for a warning).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SeedDir {
    pub files: Vec<Article>,
    /// `exercises.toml`, as text ([`crate::Corpus::from_seed_dir`] reads it).
    pub exercises: Option<SeedFile>,
    pub skipped: Vec<(String, String)>,
}

/// What a [`SeedFormats`] makes of a file, from its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Take {
    /// An article: read it ([`SeedFormats::read`]).
    Article,
    /// Not an article: passed over, listed with this reason.
    Skip(String),
    /// A file that lives beside the articles on purpose: passed over without a word.
    Companion,
}

/// How a folder's files become articles.
pub trait SeedFormats {
    /// What the file (or folder) of this name is.
    fn take(&self, name: &str, is_folder: bool) -> Take;
    /// The article in the file `name`, from its bytes.
    fn read(&self, name: &str, bytes: Vec<u8>) -> Result<Article, IngestError>;
    /// The largest file read, in bytes; a larger one is refused before it is read.
    fn max_bytes(&self) -> u64;
    /// Why a file of `bytes` bytes is refused.
    fn too_big(&self, bytes: u64) -> String;
    /// What a folder without articles lacks ("holds no .txt articles").
    fn none_found(&self) -> String;
}

/// The engine's own reader: UTF-8 `.txt` files (a byte-order mark dropped), nothing else.
pub struct PlainText;

impl SeedFormats for PlainText {
    fn take(&self, name: &str, _is_folder: bool) -> Take {
        if is_known_companion(name) {
            Take::Companion
        } else if name.rsplit_once('.').is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("txt")) {
            Take::Article
        } else {
            Take::Skip("not a .txt file".to_owned())
        }
    }

    fn read(&self, name: &str, bytes: Vec<u8>) -> Result<Article, IngestError> {
        Ok(Article::plain(name, decode(name, bytes)?))
    }

    fn max_bytes(&self) -> u64 {
        u64::MAX
    }

    fn too_big(&self, bytes: u64) -> String {
        format!("is too big ({bytes} bytes)")
    }

    fn none_found(&self) -> String {
        "holds no .txt articles".to_owned()
    }
}

/// Reads every `.txt` file in `dir` (not recursively), and `exercises.toml` when it is there.
/// Fails on the first file that cannot be read or is not UTF-8, naming it; other files are skipped
/// and listed.
pub fn read_seed_dir(dir: &Path) -> Result<SeedDir, IngestError> {
    read_seed_dir_with(dir, &PlainText)
}

/// Reads every article `formats` takes in `dir` (not recursively), and `exercises.toml` when it
/// is there. Fails on the first file that cannot be read or made an article, naming it as a
/// path; files it does not take are skipped and listed, hidden files and companions passed over.
pub fn read_seed_dir_with(dir: &Path, formats: &impl SeedFormats) -> Result<SeedDir, IngestError> {
    let dir_name = dir.display().to_string();
    let entries = std::fs::read_dir(dir)
        .map_err(|e| IngestError { file: dir_name.clone(), reason: format!("cannot read the folder: {e}") })?;
    let mut out = SeedDir::default();
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry
            .map_err(|e| IngestError { file: dir_name.clone(), reason: format!("cannot list the folder: {e}") })?;
        paths.push(entry.path());
    }
    paths.sort();
    for path in paths {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        if name == crate::exercises::FILE_NAME && path.is_file() {
            out.exercises = Some(read_sheet(&path, name)?);
            continue;
        }
        match formats.take(&name, !path.is_file()) {
            Take::Companion => {}
            Take::Skip(reason) => out.skipped.push((name, reason)),
            Take::Article if !path.is_file() => out.skipped.push((name, "a folder, not a file".to_owned())),
            Take::Article => {
                let bytes = read_bytes(&path, formats)?;
                let article = formats
                    .read(&name, bytes)
                    .map_err(|e| IngestError { file: path.display().to_string(), reason: e.reason })?;
                out.files.push(article);
            }
        }
    }
    if out.files.is_empty() {
        return Err(IngestError { file: dir_name, reason: formats.none_found() });
    }
    Ok(out)
}

fn read_bytes(path: &Path, formats: &impl SeedFormats) -> Result<Vec<u8>, IngestError> {
    let failed =
        |e: std::io::Error| IngestError { file: path.display().to_string(), reason: format!("cannot be read ({e})") };
    let size = std::fs::metadata(path).map_err(failed)?.len();
    if size > formats.max_bytes() {
        return Err(IngestError { file: path.display().to_string(), reason: formats.too_big(size) });
    }
    std::fs::read(path).map_err(failed)
}

fn read_sheet(path: &Path, name: String) -> Result<SeedFile, IngestError> {
    let bytes = std::fs::read(path)
        .map_err(|e| IngestError { file: path.display().to_string(), reason: format!("cannot be read ({e})") })?;
    let text = decode(&path.display().to_string(), bytes)?;
    Ok(SeedFile { name, text })
}

/// Files that live beside the articles on purpose and are not warned about.
pub fn is_known_companion(name: &str) -> bool {
    name == "README.md" || name == crate::exercises::FILE_NAME
}

/// Decodes a file's bytes as UTF-8 (a leading byte-order mark is dropped), or says where it is not.
pub fn decode(file: &str, mut bytes: Vec<u8>) -> Result<String, IngestError> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..at];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        IngestError {
            file: file.to_owned(),
            reason: format!(
                "not valid UTF-8 text (bad byte at line {line}, byte {at}); save it as UTF-8 and build again"
            ),
        }
    })
}
