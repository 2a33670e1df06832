//! Corpora of seed-like news articles at any size, with ground truth, for the scale benchmarks.
//!
//! The performance questions ("is a keystroke still under 4 ms at 500 articles?") need corpora
//! of 5, 50, 500 and 5,000 articles that the engine sees the way it sees the seeds: a title line,
//! a "By …" byline with a date, paragraphs, quotations attributed by the usual news
//! constructions, site navigation around some of them. They must be reproducible (a figure is
//! only comparable with a later one if the corpus is the same bytes) and they must carry ground
//! truth, so a benchmark run can also check that the engine still finds what was planted.
//!
//! # Design
//!
//! - **Learned from the seeds, not written by hand.** [`Model::learn`] ingests the seed articles
//!   with the engine and keeps their body sentences (quotation marks stripped, so every
//!   quotation in a generated article is a planted one), person names (the engine's
//!   [`find_entities`]) and the navigation lines around articles. Sentences are made by a
//!   word-level Markov chain (order one) over those sentences, so the seeds' words, their
//!   frequencies, sentence openings, lengths and punctuation carry over.
//! - **Few accidental shared passages.** The seeds are few and repeat their own stock phrases
//!   (seed 000 says "a U.S. presidential administration … the Russian president for
//!   assistance" again and again), so a plain chain reprints runs of eight words and more in
//!   hundreds of articles, and the engine rightly reports each as a shared passage the benchmark
//!   did not plant (measured: 800 of 830 reported passages at 205 articles with an order-two
//!   chain). So a content word is replaced by another of its kind (capitalised or not, the same
//!   punctuation after it; never a part of a person's name, which would invent people), drawn
//!   uniformly from the seeds' distinct words, whenever it would complete a run of four words
//!   found in the seeds, and about one time in three anyway. Order one rather than two for the
//!   same reason: near-copy detection steps over a changed word, so what breaks a run must come
//!   often. Grammar suffers locally; what the engine measures (words, their frequencies, names,
//!   sentence and paragraph shapes, quotation constructions) does not. What the engine still
//!   reports without it being planted are mostly runs of titles and names ("then-FBI Director
//!   James Comey had", "Special Counsel Robert Mueller’s appointment and"), which real reporting
//!   of one story shares too: measured, about one reported passage in six at 205 articles, two
//!   in five at 1,000 (chance coincidences grow with the number of article pairs).
//! - **The seeds themselves are the smallest corpus.** A corpus of `n` articles is the seeds
//!   followed by `n - seeds` generated ones, so `n = 5` is exactly the seeds, and every larger
//!   corpus contains them (the target queries of `bench/queries.json` have real hits at every size).
//! - **Each article depends only on the seed and its number.** The 50-article corpus is the
//!   first 50 files of the 500-article one, so growth between sizes is growth, not a different
//!   corpus. Statements (a speaker and what they said) and shared passages come from pools
//!   indexed by number, drawn more often at low numbers, so some quotations and passages are
//!   reported by many articles, as a story picked up from the wires is.
//! - **Planted quotations** take the constructions the engine's attribution rules are written
//!   for: `“…,” Name said.`, `Name claimed, “…”`, `Name tweeted: “…”`, `“…,” said Name.`, and a
//!   second quotation continuing the turn. The first mention of a speaker in an article is the
//!   full name, later ones the surname (unless two people share it). [`Truth`] lists each with
//!   the words between its marks.
//! - **Planted passages** are whole paragraphs copied into several articles, one copy in four
//!   with one word changed (a lightly edited reprint).
//! - **Deterministic and fast.** A SplitMix64 generator ([`Rng`]), hash maps only looked up,
//!   never iterated; 2.5 s of CPU for 5,000 articles (50 MB).
//!
//! # Realistic shape (`--shape news`)
//!
//! The seed shape's vocabulary is the five seeds', so its articles compress 7.3 times with
//! brotli where real news compresses about 3.3 times (1,008 real articles from seven outlets,
//! 4.67 MB of text, 4.6 KB an article, 1.40 MB compressed). A budget stated against "the brotli
//! size of the articles' own text" needs corpora of real shape; [`news`] makes them. The seed
//! shape stays the default, unchanged byte for byte.
//!
//! - **Learned from real news text**: quotes-dev, 30 English Wikinews articles (2006–2023;
//!   CC BY 2.5, <https://creativecommons.org/licenses/by/2.5/>, Wikinews contributors; the texts
//!   were taken from the GUM corpus and van Atteveldt's Wikinews sample, see its README; changed
//!   here: cut into words and recombined), found next to the repository at
//!   `../shared/quotes-dev/dev`, and the repository's annotated news-like quotation fixtures
//!   (`crates/engine/tests/fixtures/quotes/*/`, 54 articles). 84 articles, 237 KB. Without
//!   quotes-dev (a fresh clone elsewhere) the fixtures alone are used and `corpusgen` says so on
//!   stderr; `--learn DIR` (repeatable) chooses other folders. `truth.json` records the shape
//!   and the folders learned from.
//! - **Same layout, same order**: the seeds are the first five articles, then title, an
//!   optional standfirst, a "By Name - date" byline, paragraphs (the first one in three with a
//!   "PLACE — " dateline), the seeds' navigation lines and "Read More" lists; each article
//!   depends only on the seed and its number. 3.5 to 6 KB an article, 4.6 KB on average.
//! - **An open vocabulary**: every article has a cast of its own (one to three recurring
//!   public figures drawn from a pool, more often at low numbers, and three to six new people;
//!   two to four places; one to three organisations; ten to twenty topic words), and every name
//!   of the learned text is replaced by one of the cast's, the same name by the same one
//!   throughout the article. New names and rare words are invented by an order-three letter
//!   model of the learned names and words (never a learned word); one lower-case content word
//!   in ten is a new invented word, one in sixteen a topic word; numbers are redrawn (years stay
//!   1990–2025).
//! - **Not the learned text recombined**: an order-one chain over 237 KB mostly reprints its
//!   bigrams, which brotli finds again and again over megabytes (the ratio climbed to 4.1 at
//!   1,000 articles with the seed shape's settings, even with fresh words). So the words after a
//!   content word are drawn as if it were another word of its kind (`reroute`), and 80% of
//!   content words are replaced by another of their kind (35% in the seed shape). Grammar is
//!   poor; what the engine and a compressor see (word and sentence lengths, capitals, digits,
//!   punctuation, the growth of the vocabulary, quotation constructions) is real news's.
//! - **Quotation density** matches quotes-dev (2.4 mark pairs per KB, 56% of paragraphs): 0.8
//!   planted quotation paragraphs per 350 bytes of body, one in twenty a shared statement.
//!
//! How the shape was checked: `node bench/shape.mjs DIR…` (article sizes, brotli at quality 11
//! as `bench/brotli.mjs`, distinct lower-cased words after 10%, 50% and 100% of the text,
//! quotation mark pairs per KB, share of paragraphs of 12 words or more with a quotation mark),
//! run on the generated articles (`gen_*.txt`, seed 1), on the same at the size of the learned
//! text (`--prefix 236830`), and on the real text. The test `tests/news.rs` checks determinism,
//! sizes, planted quotations (offsets, and the engine finds 100% of spans and 88% of speakers
//! over 80 articles).
//!
//! | | generated, 995 articles | generated, first 237 KB | learned text (quotes-dev + fixtures) | quotes-dev | real news (the issue) |
//! |---|---|---|---|---|---|
//! | articles | 995 (+ 5 seeds) | about 51 | 84 | 30 | 1,008 |
//! | text | 4.62 MB | 237 KB | 237 KB | 96 KB | 4.67 MB |
//! | bytes an article, mean (min–max) | 4,645 (3,640–5,968) | | 2,819 (850–9,435) | 3,190 (1,030–9,435) | 4.6 KB |
//! | brotli ratio (q11, all text) | **3.38** | 3.02 | 3.08 | 3.09 | **3.34** |
//! | distinct words at 10/50/100% | 10,469 / 24,985 / 38,942 | 1,737 / 5,433 / 7,758 | 1,372 / 4,653 / 6,976 | 634 / 2,445 / 3,970 | |
//! | quotation pairs per KB | 2.32 | 2.35 | 3.39 | 2.40 | |
//! | paragraphs with a quotation | 62% | 62% | 62% | 56% | |
//!
//! The whole 1,000-article corpus (seeds included) is 4.68 MB and compresses 3.39 times;
//! learned from the fixtures alone, 3.42 times. The learned text's vocabulary extrapolated to
//! 750,000 words (Heaps' law, exponent 0.5 to 0.55 as it grows from 50% to 100%) is 31,000 to
//! 36,000 words; the generated corpus's 39,000 is a little above. Generating 1,000 articles
//! takes under a second.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use engine::crossdoc::{find_entities, EntityKind};
use engine::ingest::{ingest, BlockKind, Boilerplate, Document};
use serde::Serialize;

pub mod news;

/// A corpus: `(file name, text)` for every article, in order, and what was planted in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Generated {
    pub files: Vec<(String, String)>,
    pub truth: Truth,
}

/// The ground truth of a generated corpus (written as `truth.json`). Offsets are counted in
/// Unicode characters into the file, like the `crosscheck` command line's.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Truth {
    /// Articles in the corpus.
    pub articles: usize,
    /// The generator's seed.
    pub seed: u64,
    /// The first `seed_articles` files are the seed articles themselves; nothing is planted there.
    pub seed_articles: usize,
    pub quotations: Vec<PlantedQuote>,
    /// Passages found in two files or more (a passage drawn by one article only is not listed).
    pub passages: Vec<PlantedPassage>,
    /// `"news"` for a corpus of realistic shape ([`news`]); absent for the default, seed-like one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shape: Option<String>,
    /// The texts the news shape learned its vocabulary from (folders); absent otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub learned_from: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlantedQuote {
    pub file: String,
    /// The text between the quotation marks, exactly as written.
    pub quote: String,
    /// The speaker's full name (the article may write the surname only).
    pub speaker: String,
    /// The cue verb as written ("said", "claimed", "tweeted", …).
    pub verb: String,
    /// The construction: `after` (`“…,” Name said.`), `before` (`Name said, “…”`), `colon`
    /// (`Name tweeted: “…”`), `inverted` (`“…,” said Name.`), `continued` (a second quotation
    /// after `“…,” Name said.`, in the same paragraph).
    pub shape: &'static str,
    /// The quoted words, in characters into the file.
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlantedPassage {
    /// The passage as first drawn (an edited copy differs from it by one word).
    pub text: String,
    /// The files it was copied into, in corpus order.
    pub files: Vec<String>,
    pub occurrences: Vec<PassageCopy>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PassageCopy {
    pub file: String,
    pub start: usize,
    pub end: usize,
    /// One word was replaced in this copy.
    pub edited: bool,
}

/// The scale benchmarks' fixed query set, `bench/queries.json`: targets typed letter by letter,
/// and which of them are typed in the Quotes view (quotation lookups).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct BenchQueries {
    pub targets: Vec<String>,
    pub quote_lookups: Vec<String>,
}

/// Reads `bench/queries.json` of this repository.
pub fn bench_queries() -> BenchQueries {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench/queries.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What the search box holds after each keystroke of typing `query`: every prefix, by character.
pub fn keystrokes(query: &str) -> Vec<&str> {
    query.char_indices().map(|(i, c)| &query[..i + c.len_utf8()]).collect()
}

/// The seed articles of this repository (`seeds/`), as `(file name, text)`, sorted by name.
pub fn repo_seeds() -> Vec<(String, String)> {
    read_seeds(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")).expect("the repository's seeds/ can be read")
}

/// The `.txt` articles of a folder, as `(file name, text)`, sorted by name (the engine's reader).
pub fn read_seeds(dir: &Path) -> Result<Vec<(String, String)>, engine::IngestError> {
    Ok(engine::source::read_seed_dir(dir)?.files.into_iter().map(|f| (f.name, f.text)).collect())
}

/// A corpus of `n` articles: the seeds, then `n - seeds.len()` generated ones (see the crate
/// documentation). The same arguments always give the same bytes.
pub fn generate(seeds: &[(String, String)], n: usize, seed: u64) -> Generated {
    Model::learn(seeds).generate(n, seed)
}

/// What the generator learned from the seeds. Learn once, generate many sizes.
pub struct Model {
    seeds: Vec<(String, String)>,
    chain: Chain,
    people: Vec<Person>,
    /// Short navigation lines found before titles and after bylines in the seeds.
    lead_nav: Vec<String>,
    /// Navigation lines found after the last paragraph of a seed ("Read the full report here.").
    tail_nav: Vec<String>,
    /// Body words of each seed, for article lengths.
    lengths: Vec<usize>,
}

#[derive(Clone, Debug)]
struct Person {
    full: String,
    surname: String,
}

impl Model {
    /// Ingests the seeds with the engine and learns sentences, names and navigation from them.
    ///
    /// # Panics
    /// If a seed cannot be ingested or the seeds hold no sentence or no person's full name.
    pub fn learn(seeds: &[(String, String)]) -> Model {
        let docs: Vec<Document> = seeds.iter().map(|(name, text)| ingest(name, text).expect("seed ingests")).collect();
        let mut chain = ChainBuilder::default();
        let (mut lead_nav, mut tail_nav, mut lengths) = (Vec::new(), Vec::new(), Vec::new());
        for d in &docs {
            let body_start = d.blocks.iter().position(|b| b.boilerplate.is_none() && b.kind == BlockKind::Paragraph);
            let mut words = 0;
            for (i, b) in d.blocks.iter().enumerate() {
                match b.boilerplate {
                    None if matches!(b.kind, BlockKind::Paragraph | BlockKind::Bullet) => {
                        words += b.text.split_whitespace().count();
                        chain.paragraph(&b.text);
                    }
                    Some(Boilerplate::Navigation)
                        if engine::normalize::count_words(&b.text) < 4 && body_start.is_some_and(|s| i < s) =>
                    {
                        push_new(&mut lead_nav, &b.text)
                    }
                    Some(Boilerplate::Navigation) if body_start.is_some_and(|s| i > s) => {
                        push_new(&mut tail_nav, &b.text)
                    }
                    _ => {}
                }
            }
            lengths.push(words.max(200));
        }
        let texts: Vec<&str> = seeds.iter().map(|(_, t)| t.as_str()).collect();
        let people: Vec<Person> = find_entities(&docs, &texts)
            .into_iter()
            .filter(|e| e.kind == EntityKind::Person)
            .filter_map(|e| {
                let parts: Vec<&str> = e.name.split(' ').collect();
                let plain = parts
                    .iter()
                    .all(|p| p.chars().next().is_some_and(char::is_uppercase) && p.chars().all(char::is_alphabetic));
                (plain && (2..=3).contains(&parts.len()))
                    .then(|| Person { surname: parts[parts.len() - 1].to_owned(), full: e.name.clone() })
            })
            .collect();
        assert!(!people.is_empty(), "the seeds name no person in full");
        let names: HashSet<&str> = people.iter().flat_map(|p| p.full.split(' ')).collect();
        let chain = chain.finish(&names);
        assert!(!chain.starts.is_empty(), "the seeds have no sentence");
        Model { seeds: seeds.to_vec(), chain, people, lead_nav, tail_nav, lengths }
    }

    /// A corpus of `n` articles (see [`generate`]).
    pub fn generate(&self, n: usize, seed: u64) -> Generated {
        assemble(&self.seeds, n, seed, |i| self.article(i, seed), |p| self.passage(p, seed))
    }

    /// Generated article number `i` (numbered in the whole corpus, seeds first).
    fn article(&self, i: usize, seed: u64) -> Article {
        let mut rng = Rng::stream(seed, STREAM_ARTICLE, i as u64);
        let mut out = Article::default();
        if rng.chance(0.3) && !self.lead_nav.is_empty() {
            for _ in 0..rng.range(1, 3) {
                out.line(rng.pick::<String>(&self.lead_nav));
            }
            out.blank();
        }
        let title = self.chain.headline(&mut rng);
        out.line(&title);
        out.blank();
        if rng.chance(0.5) {
            out.line(&self.chain.sentence(&mut rng));
            out.blank();
        }
        if rng.chance(0.9) {
            let author = format!("{} {}", first_name(rng.pick(&self.people)), rng.pick(&self.people).surname);
            out.line(&format!("By {author} - {}", date(&mut rng)));
            if rng.chance(0.3) {
                out.line("Share");
                let tags: Vec<&str> = (0..rng.range(1, 3)).map(|_| rng.pick(&self.people).full.as_str()).collect();
                out.line(&tags.join(","));
            }
            out.blank();
        }

        // The body: plain paragraphs with planted ones (quotations, passages) among them.
        let target = (*rng.pick(&self.lengths) as f64 * (0.6 + 0.8 * rng.unit())) as usize;
        let n_quotes = (target / 150).clamp(2, 14);
        let n_passages = [0, 0, 1, 1, 2][rng.below(5)];
        let mut planted: Vec<Planted> =
            distinct(&mut rng, n_passages, i / 8 + 2).into_iter().map(Planted::Passage).collect();
        planted.extend(distinct(&mut rng, n_quotes, i / 3 + 8).into_iter().map(Planted::Quote));
        let mut words = 0;
        let mut mentioned: Vec<usize> = Vec::new();
        let bullets_at = rng.chance(0.15).then(|| rng.range(2, 6));
        let mut paragraph_no = 0;
        while words < target || !planted.is_empty() {
            paragraph_no += 1;
            let plant_now =
                !planted.is_empty() && (words >= target || rng.below(target.max(1) / 120 + 1) < planted.len());
            if plant_now {
                match planted.swap_remove(rng.below(planted.len())) {
                    Planted::Passage(p) => {
                        let text = self.passage(p, seed);
                        let (text, edited) =
                            if rng.chance(0.25) { (self.edit(&text, &mut rng), true) } else { (text, false) };
                        let start = out.text.len();
                        out.line(&text);
                        out.passages.push((p, (start, start + text.len()), edited));
                        words += text.split_whitespace().count();
                    }
                    Planted::Quote(s) => words += self.quote_paragraph(s, seed, &mut rng, &mut mentioned, &mut out),
                }
            } else if bullets_at == Some(paragraph_no) {
                for _ in 0..rng.range(2, 5) {
                    let s = self.chain.sentence(&mut rng);
                    words += s.split_whitespace().count();
                    out.line(&format!("  • {s}"));
                }
            } else {
                let mut p = String::new();
                for _ in 0..rng.range(1, 4) {
                    if !p.is_empty() {
                        p.push(' ');
                    }
                    p.push_str(&self.chain.sentence(&mut rng));
                }
                words += p.split_whitespace().count();
                out.line(&p);
            }
            out.blank();
        }

        if rng.chance(0.2) && !self.tail_nav.is_empty() {
            out.line(rng.pick::<String>(&self.tail_nav));
        }
        if rng.chance(0.25) {
            out.line("Read More");
            for _ in 0..rng.range(3, 8) {
                let headline = self.chain.headline(&mut rng);
                out.line(&headline);
                out.line(&headline);
                let who = rng.pick(&self.people);
                out.line(&format!("By {} {} - {}", first_name(who), rng.pick(&self.people).surname, date(&mut rng)));
            }
        }
        out
    }

    /// A paragraph with statement `s` quoted in it; returns its word count.
    fn quote_paragraph(
        &self,
        s: usize,
        seed: u64,
        rng: &mut Rng,
        mentioned: &mut Vec<usize>,
        out: &mut Article,
    ) -> usize {
        let mut srng = Rng::stream(seed, STREAM_STATEMENT, s as u64);
        let who = srng.below(self.people.len());
        let said: Vec<String> = (0..srng.range(1, 3)).map(|_| self.chain.sentence(&mut srng)).collect();
        let person = &self.people[who];
        // The surname alone after the first mention, unless another person has it too ("Clinton").
        let unique = self.people.iter().filter(|p| p.surname == person.surname).count() == 1;
        let name = if mentioned.contains(&who) && unique { person.surname.clone() } else { person.full.clone() };
        mentioned.push(who);
        let verb =
            *rng.pick(&["said", "said", "said", "said", "claimed", "claimed", "tweeted", "wrote", "added", "insisted"]);
        // Some outlets cut the statement to its first sentence.
        let n = if rng.chance(0.3) { 1 } else { said.len() };
        let mut p = Paragraph::default();
        if rng.chance(0.3) {
            p.push(&self.chain.sentence(rng));
            p.push(" ");
        }
        let shape = match verb {
            "tweeted" | "wrote" => "colon",
            "said" => *rng.pick(&["after", "before", "colon", "inverted", "continued"]),
            _ => *rng.pick(&["after", "before", "continued"]),
        };
        p.turn(shape, &name, verb, &said[..n], &person.full);
        if rng.chance(0.3) {
            p.push(" ");
            p.push(&self.chain.sentence(rng));
        }
        let words = p.text.split_whitespace().count();
        let base = out.text.len();
        out.quotes.extend(p.quotes.into_iter().map(|(s, e, q)| Quoted { bytes: (base + s, base + e), planted: q }));
        out.line(&p.text);
        words
    }

    /// Shared passage number `p`: two to four sentences, at least 25 words.
    fn passage(&self, p: usize, seed: u64) -> String {
        let mut rng = Rng::stream(seed, STREAM_PASSAGE, p as u64);
        let mut text = String::new();
        let mut n = 0;
        while n < 2 || text.split_whitespace().count() < 25 {
            if n > 0 {
                text.push(' ');
            }
            text.push_str(&self.chain.sentence(&mut rng));
            n += 1;
            if n == 4 {
                break;
            }
        }
        text
    }

    /// `text` with one word (not among the first or last three) replaced by another seed word.
    fn edit(&self, text: &str, rng: &mut Rng) -> String {
        let mut words: Vec<&str> = text.split(' ').collect();
        if words.len() > 8 {
            let at = rng.range(3, words.len() - 4);
            let mut w = self.chain.word(rng);
            while w == words[at] || w.is_empty() {
                w = self.chain.word(rng);
            }
            words[at] = w;
        }
        words.join(" ")
    }
}

/// A corpus of `n` articles: the seeds first, then `article(i)` for every later number `i`;
/// `passage(p)` is shared passage `p` as first drawn (for the truth).
fn assemble(
    seeds: &[(String, String)],
    n: usize,
    seed: u64,
    article: impl Fn(usize) -> Article,
    passage: impl Fn(usize) -> String,
) -> Generated {
    let k = seeds.len().min(n);
    let mut files: Vec<(String, String)> = seeds[..k].to_vec();
    let mut truth = Truth { articles: n, seed, seed_articles: k, ..Truth::default() };
    let mut copies: Vec<Vec<PassageCopy>> = Vec::new();
    for i in k..n {
        let file = format!("gen_{i:05}.txt");
        let article = article(i);
        for q in article.quotes {
            let (start, end) = (char_at(&article.text, q.bytes.0), char_at(&article.text, q.bytes.1));
            truth.quotations.push(PlantedQuote { file: file.clone(), start, end, ..q.planted });
        }
        for (p, (s, e), edited) in article.passages {
            if copies.len() <= p {
                copies.resize(p + 1, Vec::new());
            }
            copies[p].push(PassageCopy {
                file: file.clone(),
                start: char_at(&article.text, s),
                end: char_at(&article.text, e),
                edited,
            });
        }
        files.push((file, article.text));
    }
    for (p, occurrences) in copies.into_iter().enumerate() {
        if occurrences.len() >= 2 {
            let files = occurrences.iter().map(|o| o.file.clone()).collect();
            truth.passages.push(PlantedPassage { text: passage(p), files, occurrences });
        }
    }
    Generated { files, truth }
}

/// What an article plants, before it is placed.
enum Planted {
    Passage(usize),
    Quote(usize),
}

#[derive(Default)]
struct Article {
    text: String,
    quotes: Vec<Quoted>,
    /// (passage, byte range, edited).
    passages: Vec<(usize, (usize, usize), bool)>,
}

struct Quoted {
    bytes: (usize, usize),
    planted: PlantedQuote,
}

impl Article {
    fn line(&mut self, s: &str) {
        self.text.push_str(s);
        self.text.push('\n');
    }
    fn blank(&mut self) {
        self.text.push('\n');
    }
}

/// A paragraph being written, with the byte ranges of the quotations in it.
#[derive(Default)]
struct Paragraph {
    text: String,
    quotes: Vec<(usize, usize, PlantedQuote)>,
}

impl Paragraph {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }
    fn quote(&mut self, s: &str, q: PlantedQuote) {
        let start = self.text.len();
        self.text.push_str(s);
        self.quotes.push((start, self.text.len(), q));
    }

    /// One speaker's turn, `said` being what is quoted, written in `shape` (`continued`: “First,”
    /// Name said. “Rest.”; `after`: “…,” Name said.; `inverted`: “…,” said Name.; `colon`: Name
    /// wrote: “…”; else Name said, “…”), each quotation planted with `speaker` as its speaker.
    fn turn(&mut self, shape: &'static str, name: &str, verb: &str, said: &[String], speaker: &str) {
        let planted = |shape, quote: &str| PlantedQuote {
            file: String::new(),
            quote: quote.to_owned(),
            speaker: speaker.to_owned(),
            verb: verb.to_owned(),
            shape,
            start: 0,
            end: 0,
        };
        let shape = if shape == "continued" && said.len() == 1 { "after" } else { shape };
        let quote = said.join(" ");
        match shape {
            "continued" => {
                let first = comma_ended(&said[0]);
                self.push("“");
                self.quote(&first, planted("after", &first));
                self.push(&format!("” {name} {verb}. “"));
                let rest = said[1..].join(" ");
                self.quote(&rest, planted("continued", &rest));
                self.push("”");
            }
            "after" | "inverted" => {
                let q = comma_ended(&quote);
                self.push("“");
                self.quote(&q, planted(shape, &q));
                self.push(&if shape == "after" {
                    format!("” {name} {verb}.")
                } else {
                    format!("” {verb} {name}.")
                });
            }
            _ => {
                self.push(&format!("{name} {verb}{} “", if shape == "colon" { ":" } else { "," }));
                self.quote(&quote, planted(shape, &quote));
                self.push("”");
            }
        }
    }
}

/// A sentence as the first part of a quotation that the attribution follows: `Words,`.
fn comma_ended(sentence: &str) -> String {
    let body = sentence.trim_end_matches(['.', '!', '?', ',', ';', ':']);
    if sentence.ends_with('?') || sentence.ends_with('!') {
        sentence.to_owned()
    } else {
        format!("{body},")
    }
}

fn first_name(p: &Person) -> &str {
    p.full.split(' ').next().unwrap_or(&p.full)
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as a byline writes it, in 2016–2020.
fn date(rng: &mut Rng) -> String {
    format!("{} {}, {}", MONTHS[rng.below(12)], rng.range(1, 28), rng.range(2016, 2020))
}

/// `n` distinct numbers below `below` (fewer if there are not so many), in the order drawn.
/// An article never plants the same passage or statement twice: a second copy of a paragraph in
/// one article is a repeat, which ingestion rightly marks as boilerplate.
fn distinct(rng: &mut Rng, n: usize, below: usize) -> Vec<usize> {
    let mut out = Vec::with_capacity(n);
    while out.len() < n.min(below) {
        let x = rng.below(below);
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

fn push_new(list: &mut Vec<String>, s: &str) {
    if !list.iter().any(|x| x == s) {
        list.push(s.to_owned());
    }
}

/// The character offset of byte offset `byte` of `text`.
fn char_at(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

// ---------------------------------------------------------------------------------------------
// The Markov chain.

/// Words a headline does not end with.
const DANGLING: &[&str] = &[
    "the", "a", "an", "of", "to", "and", "or", "but", "in", "on", "for", "with", "by", "from", "at", "as", "that",
    "is", "was", "are", "be", "its", "their", "his", "her", "this", "which", "who", "into", "about", "than", "such",
    "any", "has", "have",
];

/// How often a content word is replaced by another of its kind anyway.
const SUBSTITUTE: f64 = 0.35;

/// The longest run of the seeds' words the chain may copy before a content word is replaced:
/// shared passages start at eight words, and the seeds repeat their own stock phrases ("a U.S.
/// presidential administration … the Russian president for assistance"), which would otherwise
/// come out word for word in hundreds of articles.
const RUN: usize = 4;

/// The hash of the run `ids` followed by `last`.
fn run_hash(ids: &[u32], last: u32) -> u64 {
    let h = ids.iter().fold(mix(RUN as u64), |h, &w| mix(h ^ w as u64));
    mix(h ^ last as u64)
}

/// Token id of the end of a sentence.
const END: u32 = 0;

/// Words (white-space separated, punctuation attached) and what follows them in the seeds.
/// Words are numbered densely; `END` is number 0.
struct Chain {
    words: Vec<String>,
    /// First word of each seed sentence (repeats keep frequencies).
    starts: Vec<u32>,
    /// For each word, the words that follow it (`END` after a sentence's last word; repeats keep
    /// frequencies).
    next: Vec<Vec<u32>>,
    /// The content words of each kind (see [`content_kind`]), to draw a substitute from, and the
    /// kind of each word. Substitutes are drawn uniformly, not by frequency: the seeds' most
    /// frequent words are what their stock phrases are made of.
    kinds: Vec<Vec<u32>>,
    kind_of: Vec<Option<u32>>,
    /// Every run of [`RUN`] words in the seeds' sentences (hashed), which generated text must not
    /// repeat whole where a substitute can break it.
    seed_runs: HashSet<u64>,
    /// How often a content word is replaced by another of its kind anyway ([`SUBSTITUTE`] unless
    /// a shape says otherwise).
    substitute: f64,
    /// How often the words after a content word are drawn as if it were another word of its kind
    /// (0 unless a shape says otherwise: never a draw).
    reroute: f64,
}

#[derive(Default)]
struct ChainBuilder {
    ids: HashMap<String, u32>,
    words: Vec<String>,
    sentences: Vec<Vec<u32>>,
}

impl ChainBuilder {
    fn id(&mut self, w: &str) -> u32 {
        if self.words.is_empty() {
            self.words.push(String::new());
        }
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(w.to_owned());
        self.ids.insert(w.to_owned(), id);
        id
    }

    /// Learns the sentences of one body paragraph.
    fn paragraph(&mut self, text: &str) {
        let tokens: Vec<String> = text.split_whitespace().filter_map(clean_token).collect();
        let mut sentence: Vec<u32> = Vec::new();
        for (k, t) in tokens.iter().enumerate() {
            sentence.push(self.id(t));
            let next_starts_sentence =
                tokens.get(k + 1).is_none_or(|n| n.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()));
            if ends_sentence(t) && next_starts_sentence {
                self.sentences.push(std::mem::take(&mut sentence));
            }
        }
        // A paragraph that stops without a full stop (a bullet, a caption-like line).
        self.sentences.push(sentence);
    }

    /// The chain; `names` are the parts of people's names, never substituted.
    fn finish(mut self, names: &HashSet<&str>) -> Chain {
        self.sentences.retain(|s| s.len() >= 3);
        let n = self.words.len().max(1);
        let mut next = vec![Vec::new(); n];
        for s in &self.sentences {
            for (k, &w) in s.iter().enumerate() {
                next[w as usize].push(s.get(k + 1).copied().unwrap_or(END));
            }
        }
        // Content words grouped by kind, in the order of the seeds (never a hash map's order).
        let mut kind_ids: HashMap<(bool, String), u32> = HashMap::new();
        let mut kinds: Vec<Vec<u32>> = Vec::new();
        let mut kind_of = vec![None; n];
        for &w in self.sentences.iter().flatten() {
            if let Some(kind) = content_kind(&self.words[w as usize], names) {
                let next_id = kind_ids.len() as u32;
                let k = *kind_ids.entry(kind).or_insert(next_id);
                if k as usize == kinds.len() {
                    kinds.push(Vec::new());
                }
                if kind_of[w as usize].replace(k).is_none() {
                    kinds[k as usize].push(w);
                }
            }
        }
        // Runs are taken with a start marker before each sentence, so a sentence's opening words
        // count as a run too.
        let mut seed_runs = HashSet::new();
        for s in &self.sentences {
            let marked: Vec<u32> = std::iter::once(END).chain(s.iter().copied()).collect();
            seed_runs.extend(marked.windows(RUN).map(|w| run_hash(&w[..RUN - 1], w[RUN - 1])));
        }
        let starts = self.sentences.iter().map(|s| s[0]).collect();
        Chain { words: self.words, starts, next, kinds, kind_of, seed_runs, substitute: SUBSTITUTE, reroute: 0.0 }
    }
}

/// A seed word as the chain keeps it: quotation marks and brackets removed (generated prose
/// has no quotation but the planted ones), apostrophes inside words kept.
fn clean_token(t: &str) -> Option<String> {
    let mut s: String =
        t.chars().filter(|c| !matches!(c, '“' | '”' | '"' | '‘' | '(' | ')' | '[' | ']' | '•')).collect();
    // A single quotation mark used as one: leading, or trailing but not a plural possessive.
    while s.starts_with(['\'', '’']) {
        s.remove(0);
    }
    let trimmed = s.trim_end_matches(['.', ',', ';', ':', '?', '!']);
    let tail = s[trimmed.len()..].to_owned();
    let word = match trimmed.strip_suffix(['\'', '’']) {
        Some(w) if !w.ends_with('s') => w,
        _ => trimmed,
    };
    let s = format!("{word}{tail}");
    (!s.is_empty() && s.chars().any(char::is_alphanumeric)).then_some(s)
}

/// Words never substituted: the grammar of a sentence.
const FUNCTION: &[&str] = &[
    "the", "a", "an", "of", "to", "and", "or", "but", "in", "on", "for", "with", "by", "from", "at", "as", "that",
    "is", "was", "are", "were", "be", "been", "its", "their", "his", "her", "this", "these", "those", "which", "who",
    "into", "about", "than", "such", "any", "has", "have", "had", "not", "it", "he", "she", "they", "we", "i", "you",
    "said", "would", "could", "should", "will", "can", "may", "there", "what", "when", "also",
];

/// The kind of a content word, which a substitute must share: capitalised or not, and the
/// punctuation after it. `None` for function words, numbers, short words and the parts of
/// people's names (`names`): a substituted name would invent people ("United Kelly").
fn content_kind(w: &str, names: &HashSet<&str>) -> Option<(bool, String)> {
    let body = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    let plain = body.chars().count() >= 3 && body.chars().all(|c| c.is_alphabetic() || c == '’' || c == '-');
    let name = body.strip_suffix("’s").unwrap_or(body);
    let capital = body.chars().next().is_some_and(char::is_uppercase);
    (plain && !FUNCTION.contains(&body) && !names.contains(name)).then(|| (capital, w[body.len()..].to_owned()))
}

/// Whether a word ends a sentence: a full stop, question or exclamation mark, not an
/// abbreviation (`U.S.`, `Mr.`, `Gov.`).
fn ends_sentence(t: &str) -> bool {
    let Some(body) = t.strip_suffix(['.', '?', '!']) else {
        return false;
    };
    if t.ends_with(['?', '!']) {
        return true;
    }
    let short_title = body.chars().count() <= 3 && body.chars().next().is_some_and(char::is_uppercase);
    !body.contains('.') && !short_title
}

impl Chain {
    fn word(&self, rng: &mut Rng) -> &str {
        &self.words[rng.range(1, self.words.len() - 1)]
    }

    /// Word ids of one sentence, 5 to 40 words.
    fn sentence_ids(&self, rng: &mut Rng) -> Vec<u32> {
        loop {
            // The sentence after a start marker (dropped at the end).
            let mut s = vec![END, *rng.pick(&self.starts)];
            loop {
                let last = s[s.len() - 1];
                // A shape may continue a content word as another of its kind would be continued.
                let last = match self.kind_of[last as usize] {
                    Some(k) if self.reroute > 0.0 && rng.chance(self.reroute) => *rng.pick(&self.kinds[k as usize]),
                    _ => last,
                };
                let options = if self.next[last as usize].is_empty() { &[END][..] } else { &self.next[last as usize] };
                let mut next = *rng.pick(options);
                if next == END || s.len() == 41 {
                    break;
                }
                if let Some(k) = self.kind_of[next as usize] {
                    let copying =
                        s.len() >= RUN - 1 && self.seed_runs.contains(&run_hash(&s[s.len() + 1 - RUN..], next));
                    if copying || rng.chance(self.substitute) {
                        next = *rng.pick(&self.kinds[k as usize]);
                    }
                }
                s.push(next);
            }
            if s.len() >= 6 {
                s.remove(0);
                return s;
            }
        }
    }

    /// One sentence, ending with a full stop (or the seed's question or exclamation mark).
    fn sentence(&self, rng: &mut Rng) -> String {
        let ids = self.sentence_ids(rng);
        let mut s = self.join(&ids);
        if !ends_sentence(&self.words[ids[ids.len() - 1] as usize]) {
            let keep = s.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
            s.truncate(keep);
            s.push('.');
        }
        s
    }

    /// A headline: the start of a sentence, 5 to 12 words, no final punctuation.
    fn headline(&self, rng: &mut Rng) -> String {
        let ids = self.headline_ids(rng);
        let mut s = self.join(&ids);
        let keep = s.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        s.truncate(keep);
        s
    }

    /// The words of a headline (see [`Chain::headline`]).
    fn headline_ids(&self, rng: &mut Rng) -> Vec<u32> {
        let ids = loop {
            let ids = self.sentence_ids(rng);
            if ids.len() >= 6 {
                break ids;
            }
        };
        let mut n = rng.range(5, 12).min(ids.len());
        while n > 4 && DANGLING.contains(&self.words[ids[n - 1] as usize].to_lowercase().as_str()) {
            n -= 1;
        }
        ids[..n].to_vec()
    }

    fn join(&self, ids: &[u32]) -> String {
        let mut s = String::new();
        for &id in ids {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(&self.words[id as usize]);
        }
        if let Some(first) = s.chars().next().filter(|c| c.is_lowercase()) {
            s.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
        }
        s
    }
}

// ---------------------------------------------------------------------------------------------
// Randomness.

const STREAM_ARTICLE: u64 = 1;
const STREAM_STATEMENT: u64 = 2;
const STREAM_PASSAGE: u64 = 3;

/// SplitMix64 finaliser: a well-mixed 64-bit hash of `x`.
pub fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// SplitMix64: a small deterministic generator, the same on every platform; enough for test data.
#[derive(Clone, Debug)]
pub struct Rng(pub u64);

impl Rng {
    /// An independent generator for item `item` of stream `stream` under `seed`.
    pub fn stream(seed: u64, stream: u64, item: u64) -> Rng {
        Rng(mix(mix(seed ^ mix(stream)) ^ item))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix(self.0.wrapping_sub(0x9e37_79b9_7f4a_7c15))
    }
    /// Uniform in `0..n`; `n` must be positive.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    /// A uniformly chosen element; `items` must not be empty.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}
