mod hay;
#[test]
#[ignore = "prints the ingested seeds for a person to read"]
fn dump() {
    for d in &hay::seeds().docs {
        println!("=== {} | {} | {:?} | {:?}", d.slug, d.title, d.byline, d.date);
        for b in &d.blocks {
            let t: String = b.text.chars().take(70).collect();
            println!("  {:?} {:?} {}", b.kind, b.boilerplate, t);
        }
    }
}
