//! Prints how many bytes each part of the serialised corpus takes (raw postcard), to see where
//! the page's download goes. `cargo run --release -p crosscheck-engine --example corpus_sizes [SEEDS_DIR]`
fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let seeds = engine::source::read_seed_dir(std::path::Path::new(&dir)).expect("reads");
    let c = engine::Corpus::from_seed_dir(&seeds).expect("builds");
    let size = |v: Vec<u8>| v.len();
    let p = |name: &str, n: usize| println!("{name:>24} {n:>9}");
    p("total", c.to_bytes().len());
    p("docs", size(postcard::to_allocvec(&c.docs).unwrap()));
    p("index", size(postcard::to_allocvec(&c.index).unwrap()));
    p("index.words", size(postcard::to_allocvec(&c.index.words).unwrap()));
    p("quotes", size(postcard::to_allocvec(&c.quotes).unwrap()));
    p("entities", size(postcard::to_allocvec(&c.entities).unwrap()));
    p("shared", size(postcard::to_allocvec(&c.shared).unwrap()));
    p("variants", size(postcard::to_allocvec(&c.variants).unwrap()));
    p("events", size(postcard::to_allocvec(&c.events).unwrap()));
    p("profiles", size(postcard::to_allocvec(&c.profiles).unwrap()));
    p("exercises", size(postcard::to_allocvec(&c.exercises).unwrap()));
    let text: usize = c.docs.iter().flat_map(|d| &d.blocks).map(|b| b.text.len()).sum();
    p("block text bytes", text);
}
