//! Where a build's time goes: `cargo run --release -p crosscheck-engine --example build_phases --
//! DIR` times each phase of `Corpus::from_texts` on the plain-text articles of DIR (ingestion,
//! index, quotations, names, shared passages, quotation variants, dates, profiles, phrases),
//! printing the time since the start after each.
fn main() {
    use engine::crossdoc::*;
    let dir = std::env::args().nth(1).unwrap();
    let seeds = engine::source::read_seed_dir(std::path::Path::new(&dir)).expect("reads");
    let files: Vec<(&str, &str)> = seeds.files.iter().map(|f| (f.name.as_str(), f.text.as_str())).collect();
    let t = std::time::Instant::now();
    let lap = |what: &str| {
        eprintln!("{what:>10} {:?}", t.elapsed());
    };
    let docs: Vec<_> = files.iter().map(|(n, x)| engine::ingest::ingest(n, x).unwrap()).collect();
    lap("ingest");
    let index = engine::index::Index::build(&docs);
    lap("index");
    let texts: Vec<&str> = files.iter().map(|(_, t)| *t).collect();
    let quotes = engine::quotebook::QuoteBook::build(&docs, &texts);
    lap("quotes");
    let _entities = find_entities(&docs, &texts);
    lap("entities");
    let _shared = shared_passages(&docs, &texts, &SharedOptions::default());
    lap("shared");
    let _variants = quote_variants(&quotes, &docs);
    lap("variants");
    let events: Vec<Vec<DatedMention>> = docs.iter().zip(&texts).map(|(d, t)| dated_mentions(d, t)).collect();
    lap("events");
    let _profiles = engine::profile::sourcing_profiles(&docs, &quotes, &events);
    lap("profiles");
    let _phrases = engine::words::shared_phrases(&docs, &index);
    lap("phrases");
}
