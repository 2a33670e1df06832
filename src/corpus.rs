//! The corpus the build step embedded, decoded once on first use.

use std::sync::LazyLock;

use engine::{Corpus, CorpusError};

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

static CORPUS: LazyLock<Result<Corpus, CorpusError>> = LazyLock::new(|| Corpus::from_bytes(BYTES));

/// The embedded corpus, or why it could not be read.
pub fn corpus() -> Result<&'static Corpus, &'static CorpusError> {
    CORPUS.as_ref()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_corpus_decodes_and_holds_the_seeds() {
        let c = super::corpus().expect("decodes");
        assert!(!c.docs.is_empty());
        assert!(c.docs.iter().all(|d| !d.title.is_empty()));
    }
}

/// A handle on the corpus for component properties: compared by address, not by value, since the
/// corpus never changes while the page runs.
#[derive(Clone, Copy, Debug)]
pub struct CorpusRef(pub &'static Corpus);

impl PartialEq for CorpusRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for CorpusRef {
    type Target = Corpus;
    fn deref(&self) -> &Corpus {
        self.0
    }
}
