//! Reading a seed folder: the engine's only I/O, used by the build script and the command-line
//! tool (never by the page).

use std::path::Path;

use crate::ingest::IngestError;

/// A seed file read and decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeedFile {
    pub name: String,
    pub text: String,
}

/// What reading a folder found: the articles, sorted by file name, the teacher's exercise sheet
/// if there is one, and the files it passed over with the reason (for a warning).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SeedDir {
    pub files: Vec<SeedFile>,
    /// `exercises.toml`, as text ([`crate::Corpus::from_seed_dir`] reads it).
    pub exercises: Option<SeedFile>,
    pub skipped: Vec<(String, String)>,
}

/// Reads every `.txt` file in `dir` (not recursively), and `exercises.toml` when it is there.
/// Fails on the first file that cannot be read or is not UTF-8, naming it; other files are skipped
/// and listed.
pub fn read_seed_dir(dir: &Path) -> Result<SeedDir, IngestError> {
    let dir_name = dir.display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|e| IngestError { file: dir_name.clone(), reason: format!("cannot read the folder: {e}") })?;
    let mut out = SeedDir::default();
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| IngestError { file: dir_name.clone(), reason: format!("cannot list the folder: {e}") })?;
        paths.push(entry.path());
    }
    paths.sort();
    for path in paths {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        let is_txt = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"));
        if name == crate::exercises::FILE_NAME && path.is_file() {
            out.exercises = Some(read_file(&path, name)?);
            continue;
        }
        if !is_txt || !path.is_file() {
            if !is_known_companion(&name) {
                out.skipped.push((name, "not a .txt file".to_owned()));
            }
            continue;
        }
        out.files.push(read_file(&path, name)?);
    }
    if out.files.is_empty() {
        return Err(IngestError { file: dir_name, reason: "holds no .txt articles".to_owned() });
    }
    Ok(out)
}

fn read_file(path: &Path, name: String) -> Result<SeedFile, IngestError> {
    let bytes = std::fs::read(path).map_err(|e| IngestError { file: path.display().to_string(), reason: format!("cannot be read ({e})") })?;
    let text = decode(&path.display().to_string(), bytes)?;
    Ok(SeedFile { name, text })
}

/// Files that live beside the articles on purpose and are not warned about.
fn is_known_companion(name: &str) -> bool {
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
            reason: format!("not valid UTF-8 text (bad byte at line {line}, byte {at}); save it as UTF-8 and build again"),
        }
    })
}
