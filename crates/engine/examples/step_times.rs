//! The longest steps of reading a corpus in slices, as the page does (`engine::parts`): every
//! search-part step (a document read and indexed, or a piece of finishing the index) and every part
//! of the rest, timed natively; prints the slowest. The page's tasks are these steps (a few of
//! them in a slice of 8 ms), so a step that takes long here is a long task there.
//!
//!   cargo run --release -p crosscheck-engine --example step_times -- DIST_DIR
//!
//! With `STEP_TIMES_DIGEST=1` it also prints a hash of the whole index read (its `Debug` form):
//! the same before and after a change to how the index is built means the same index.
use std::time::Instant;

use engine::parts::{RestReader, SearchReader};

fn main() {
    let dir = std::env::args().nth(1).expect("usage: step_times DIST_DIR");
    let find = |prefix: &str| {
        std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix}*.bin in {dir}"))
    };
    let search = std::fs::read(find("corpus-")).unwrap();
    let rest = std::fs::read(find("rest-")).unwrap();
    let mut reader = SearchReader::new(&search[..]).unwrap();
    let total = reader.total();
    let mut steps: Vec<(f64, String)> = Vec::new();
    loop {
        let (done, t) = (reader.done(), Instant::now());
        let more = reader.step().unwrap();
        let what = if done < total { format!("document {done}") } else { "finishing the index".to_owned() };
        steps.push((t.elapsed().as_secs_f64() * 1e3, what));
        if !more {
            break;
        }
    }
    let t = Instant::now();
    let mut corpus = reader.finish().unwrap();
    steps.push((t.elapsed().as_secs_f64() * 1e3, "finish".to_owned()));
    let mut rest_reader = RestReader::new(&rest[..], &corpus).unwrap();
    for part in ["quotations", "names", "passages", "variants", "dates", "profiles", "sheet", "phrases"] {
        let t = Instant::now();
        rest_reader.step(&mut corpus).unwrap();
        steps.push((t.elapsed().as_secs_f64() * 1e3, format!("rest: {part}")));
    }
    if std::env::var_os("STEP_TIMES_DIGEST").is_some() {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        format!("{:?}", corpus.index).hash(&mut h);
        println!("index digest {:016x}", h.finish());
    }
    let sum: f64 = steps.iter().map(|s| s.0).sum();
    steps.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("{} steps, {sum:.0} ms in all; the slowest:", steps.len());
    for (ms, what) in steps.iter().take(15) {
        println!("{ms:8.2} ms  {what}");
    }
}
