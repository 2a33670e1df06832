//! Prints how many bytes each part of the serialised corpus takes (raw postcard), to see where
//! the page's download goes. `cargo run --release -p crosscheck-engine --example corpus_sizes
//! [SEEDS_DIR] [--dump DIR]`: with `--dump`, each part's bytes are also written to `DIR/PART.bin`
//! (and the articles' own text to `DIR/text.txt`), so they can be compressed one by one
//! (`node bench/brotli.mjs DIR/*`).
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dump = args.iter().position(|a| a == "--dump").and_then(|i| args.get(i + 1)).map(std::path::PathBuf::from);
    let dir = args.iter().find(|a| !a.starts_with("--") && Some(a.as_str()) != dump.as_ref().and_then(|d| d.to_str()));
    let dir = dir.cloned().unwrap_or_else(|| "seeds".into());
    let seeds = engine::source::read_seed_dir(std::path::Path::new(&dir)).expect("reads");
    let c = engine::Corpus::from_seed_dir(&seeds).expect("builds");
    if let Some(d) = &dump {
        std::fs::create_dir_all(d).expect("creates the dump folder");
    }
    let p = |name: &str, bytes: Vec<u8>| {
        println!("{name:>24} {:>9}", bytes.len());
        if let Some(d) = &dump {
            std::fs::write(d.join(format!("{name}.bin")), &bytes).expect("writes");
        }
    };
    p("total", c.to_bytes());
    p("search-part", c.search_part());
    p("rest-part", c.rest_part());
    p("docs", postcard::to_allocvec(&c.docs).unwrap());
    p("index", postcard::to_allocvec(&c.index).unwrap());
    p("index.words", postcard::to_allocvec(&c.index.words).unwrap());
    p("quotes", postcard::to_allocvec(&c.quotes).unwrap());
    p("entities", postcard::to_allocvec(&c.entities).unwrap());
    p("shared", postcard::to_allocvec(&c.shared).unwrap());
    p("variants", postcard::to_allocvec(&c.variants).unwrap());
    p("events", postcard::to_allocvec(&c.events).unwrap());
    p("profiles", postcard::to_allocvec(&c.profiles).unwrap());
    p("phrases", postcard::to_allocvec(&c.phrases).unwrap());
    p("exercises", postcard::to_allocvec(&c.exercises).unwrap());
    let text: String = c.docs.iter().flat_map(|d| &d.blocks).map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n");
    println!("{:>24} {:>9}", "block text bytes", text.len());
    if let Some(d) = &dump {
        std::fs::write(d.join("text.txt"), text).expect("writes");
    }
}
