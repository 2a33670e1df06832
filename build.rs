//! Build step: the engine ingests and indexes `seeds/` (or `$CROSSCHECK_SEEDS`) and the result is
//! written to `$OUT_DIR/corpus.bin`, which `src/corpus.rs` embeds. A broken seed fails the build
//! with the file's name and the reason.

use std::path::PathBuf;
use std::process::exit;

use engine::source::read_seed_dir;
use engine::Corpus;

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let seeds = std::env::var_os("CROSSCHECK_SEEDS").map(PathBuf::from).unwrap_or_else(|| root.join("seeds"));
    println!("cargo:rerun-if-changed={}", seeds.display());
    println!("cargo:rerun-if-env-changed=CROSSCHECK_SEEDS");

    let fail = |msg: String| -> ! {
        eprintln!("\nerror: the articles in {} could not be built into the app:\n  {msg}\n", seeds.display());
        println!("cargo:warning=Crosscheck: {msg}");
        exit(1)
    };
    let dir = read_seed_dir(&seeds).unwrap_or_else(|e| fail(e.to_string()));
    for (name, reason) in &dir.skipped {
        println!("cargo:warning=Crosscheck skipped {}: {reason}", seeds.join(name).display());
    }
    let corpus = Corpus::from_texts(dir.files.iter().map(|f| (f.name.as_str(), f.text.as_str())))
        .unwrap_or_else(|e| fail(format!("{}: {}", seeds.join(&e.file).display(), e.reason)));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.bin");
    std::fs::write(&out, corpus.to_bytes()).unwrap_or_else(|e| fail(format!("cannot write {}: {e}", out.display())));
}
