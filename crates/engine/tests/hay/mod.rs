//! The shared test corpus: the project's seed articles, read the way the build reads them.

use std::path::Path;
use std::sync::OnceLock;

use engine::source::read_seed_dir;
use engine::Corpus;

pub fn seeds() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let seeds = read_seed_dir(&dir).expect("seeds read");
        Corpus::from_texts(seeds.files.iter().map(|f| (f.name.as_str(), f.text.as_str()))).expect("seeds ingest")
    })
}

/// The slug of the seed whose file name starts with `prefix` (like "002"). (Not every test file
/// that shares this module uses it.)
#[allow(dead_code)]
pub fn slug(prefix: &str) -> &'static str {
    &seeds().docs.iter().find(|d| d.file_name.starts_with(prefix)).expect("seed exists").slug
}
