//! Corpora of realistic shape (`corpusgen --shape news`): see "Realistic shape" in the crate
//! documentation for what is generated and how the shape was checked.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use engine::crossdoc::{find_entities, EntityKind};
use engine::ingest::{ingest, BlockKind, Document};

use super::{
    assemble, content_kind, date, distinct, ends_sentence, mix, Article, Chain, ChainBuilder, Generated, Model,
    Paragraph, Planted, Quoted, Rng,
};

/// Folders of real or news-like text to learn from when none is given: the annotated quotation
/// fixtures of this repository (always there), and quotes-dev, 30 Wikinews articles (CC BY 2.5,
/// Wikinews contributors; see its README) next to the repository when it is there.
/// Returns the folders found and the ones missing.
pub fn default_learn_dirs() -> (Vec<PathBuf>, Vec<PathBuf>) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let fixtures = repo.join("crates/engine/tests/fixtures/quotes");
    let mut dirs = vec![repo.join("../shared/quotes-dev/dev")];
    for d in ["articles", "batch-a", "batch-b", "batch-c", "batch-d", "heldout", "heldout2", "heldout3"] {
        dirs.push(fixtures.join(d));
    }
    dirs.into_iter().partition(|d| d.is_dir())
}

/// The `.txt` articles of several folders, in the order given, each folder's sorted by name.
pub fn read_learn_dirs(dirs: &[PathBuf]) -> Result<Vec<(String, String)>, engine::IngestError> {
    let mut texts = Vec::new();
    for d in dirs {
        texts.extend(super::read_seeds(d)?);
    }
    Ok(texts)
}

/// A corpus of realistic shape: the seeds, then `n - seeds.len()` news-like articles learned
/// from `learn` (see the crate documentation). The same arguments always give the same bytes.
pub fn generate(seeds: &[(String, String)], learn: &[(String, String)], n: usize, seed: u64) -> Generated {
    NewsModel::learn(seeds, learn).generate(n, seed)
}

/// What a name-like word of the learned text is, for the article's own names to replace it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Part {
    First,
    Last,
    Place,
    Org,
}

/// Words of an organisation's name that say what it is ("Council", "Department"): kept, so an
/// invented organisation reads as one ("Varnell Housing Council").
const INSTITUTION: &[&str] = &[
    "Council",
    "Department",
    "Ministry",
    "Party",
    "University",
    "Group",
    "Company",
    "Association",
    "Police",
    "Service",
    "Court",
    "Agency",
    "Bank",
    "Board",
    "Commission",
    "Committee",
    "Office",
    "Union",
    "Institute",
    "News",
    "National",
    "Federal",
    "State",
    "International",
    "Health",
    "Hospital",
    "School",
    "College",
    "Church",
    "Club",
    "Foundation",
    "Authority",
    "Corporation",
    "Center",
    "Centre",
    "Society",
    "House",
    "Senate",
    "United",
    "Organization",
    "Organisation",
    "World",
    "Press",
    "Times",
    "Post",
    "Inc",
    "Ltd",
    "Co",
];

/// What the news shape learned: the seeds (the first articles and their navigation lines), and
/// a chain, names and word shapes from the real text.
pub struct NewsModel {
    seeds: Model,
    chain: Chain,
    /// Parts of names in the learned text, by word.
    parts: HashMap<String, Part>,
    first_names: Vec<String>,
    surnames: Vec<String>,
    /// Lower-case content words of the learned text (distinct, in order of appearance).
    vocabulary: Vec<String>,
    /// Every word of the learned text, lower-cased: an invented word must not be one.
    known: HashSet<String>,
    names: Letters,
    words: Letters,
    /// Mark pairs per KB and share of paragraphs with a quotation in the learned text.
    pub density: (f64, f64),
}

/// A person of an article's cast.
#[derive(Clone, Debug)]
struct Person {
    first: String,
    last: String,
}

impl Person {
    fn full(&self) -> String {
        format!("{} {}", self.first, self.last)
    }
}

/// The names and topic words of one article (or one shared statement or passage): name-like
/// words of the learned text are replaced by these, consistently within the article.
struct Cast {
    people: Vec<Person>,
    places: Vec<String>,
    orgs: Vec<String>,
    topic: Vec<String>,
    /// Mixed into the hash that maps a learned name to one of the cast's.
    salt: u64,
}

const STREAM_CAST: u64 = 11;
const STREAM_FIGURE: u64 = 12;
const STREAM_NEWS_STATEMENT: u64 = 13;
const STREAM_NEWS_PASSAGE: u64 = 14;

/// How often a lower-case content word becomes one of the article's topic words.
const TOPIC: f64 = 0.06;
/// How often a topic word is an invented one rather than one of the learned vocabulary.
const RARE: f64 = 0.5;
/// How often a lower-case content word that is not a topic word is a new invented word.
const FRESH: f64 = 0.1;
/// How often a planted quotation is a shared statement (a story from the wires), not the article's own.
const SHARED_STATEMENT: f64 = 0.05;
/// How often the chain replaces a content word by another of its kind (the seed shape's is 0.35).
const SUBSTITUTE_NEWS: f64 = 0.8;

impl NewsModel {
    /// Learns from the seeds (kept as the first articles) and from `learn`, the real text.
    ///
    /// # Panics
    /// If a text cannot be ingested, or `learn` holds no sentence or no person's full name.
    pub fn learn(seeds: &[(String, String)], learn: &[(String, String)]) -> NewsModel {
        let docs: Vec<Document> =
            learn.iter().map(|(n, t)| ingest(n, t).expect("a text to learn from ingests")).collect();
        let mut chain = ChainBuilder::default();
        let (mut pairs, mut bytes, mut paragraphs, mut quoted) = (0usize, 0usize, 0usize, 0usize);
        for ((_, text), d) in learn.iter().zip(&docs) {
            bytes += text.len();
            pairs += text.matches('“').count() + text.matches('"').count() / 2;
            for b in d.blocks.iter().filter(|b| b.boilerplate.is_none()) {
                if matches!(b.kind, BlockKind::Paragraph | BlockKind::Bullet) {
                    chain.paragraph(&b.text);
                    if b.text.split_whitespace().count() >= 12 {
                        paragraphs += 1;
                        quoted += usize::from(b.text.contains(['“', '"']));
                    }
                }
            }
        }
        let density = (pairs as f64 * 1000.0 / bytes.max(1) as f64, quoted as f64 / paragraphs.max(1) as f64);
        let texts: Vec<&str> = learn.iter().map(|(_, t)| t.as_str()).collect();
        let mut parts = HashMap::new();
        let (mut first_names, mut surnames) = (Vec::new(), Vec::new());
        let plain = |w: &str| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic);
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        for e in find_entities(&docs, &texts) {
            let words: Vec<&str> = e.name.split(' ').collect();
            match e.kind {
                EntityKind::Person
                    if (2..=3).contains(&words.len()) && words.iter().all(|w| plain(w) && capital(w)) =>
                {
                    let (first, last) = (words[0], words[words.len() - 1]);
                    parts.entry(first.to_owned()).or_insert(Part::First);
                    parts.entry(last.to_owned()).or_insert(Part::Last);
                    super::push_new(&mut first_names, first);
                    super::push_new(&mut surnames, last);
                }
                EntityKind::Place | EntityKind::Organisation => {
                    let part = if e.kind == EntityKind::Place { Part::Place } else { Part::Org };
                    for w in words.iter().filter(|w| plain(w) && capital(w) && !INSTITUTION.contains(w)) {
                        parts.entry((*w).to_owned()).or_insert(part);
                    }
                }
                _ => {}
            }
        }
        assert!(!first_names.is_empty(), "the texts to learn from name no person in full");
        let name_parts: HashSet<&str> =
            parts.iter().filter(|(_, p)| matches!(p, Part::First | Part::Last)).map(|(w, _)| w.as_str()).collect();
        let mut chain = chain.finish(&name_parts);
        chain.substitute = SUBSTITUTE_NEWS;
        chain.reroute = 1.0;
        assert!(!chain.starts.is_empty(), "the texts to learn from have no sentence");

        let mut vocabulary = Vec::new();
        let mut known = HashSet::new();
        let mut seen = HashSet::new();
        for w in &chain.words {
            let body = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            known.insert(body.to_lowercase());
            if content_kind(w, &HashSet::new()).is_some_and(|(cap, _)| !cap) && seen.insert(body.to_owned()) {
                vocabulary.push(body.to_owned());
            }
        }
        let mut names = Letters::default();
        let mut words = Letters::default();
        for w in parts.keys().filter(|w| w.is_ascii()) {
            // Hash-map order does not matter here: a letter model only counts.
            names.learn(&w.to_lowercase());
        }
        for w in vocabulary.iter().filter(|w| w.len() >= 5 && w.chars().all(|c| c.is_ascii_lowercase())) {
            words.learn(w);
        }
        names.finish();
        words.finish();
        NewsModel {
            seeds: Model::learn(seeds),
            chain,
            parts,
            first_names,
            surnames,
            vocabulary,
            known,
            names,
            words,
            density,
        }
    }

    /// A corpus of `n` articles (see [`generate`]).
    pub fn generate(&self, n: usize, seed: u64) -> Generated {
        let mut g = assemble(&self.seeds.seeds, n, seed, |i| self.article(i, seed), |p| self.passage(p, seed));
        g.truth.shape = Some("news".to_owned());
        g
    }

    /// An invented word, not one of the learned text's: a name (capitalised) or a rare word.
    fn invent(&self, rng: &mut Rng, name: bool) -> String {
        let letters = if name { &self.names } else { &self.words };
        let (lo, hi) = if name { (4, 10) } else { (5, 12) };
        for attempt in 0.. {
            let w = letters.word(rng, lo, hi);
            if !self.known.contains(&w) || attempt == 20 {
                return if name { capitalise(&w) } else { w };
            }
        }
        unreachable!()
    }

    /// A person: a learned first name mostly, an invented surname mostly.
    fn person(&self, rng: &mut Rng) -> Person {
        let first = if rng.chance(0.7) { rng.pick(&self.first_names).clone() } else { self.invent(rng, true) };
        let last = if rng.chance(0.75) { self.invent(rng, true) } else { rng.pick(&self.surnames).clone() };
        Person { first, last }
    }

    /// Recurring public figure number `k` (the same person in every article that names them).
    fn figure(&self, seed: u64, k: usize) -> Person {
        self.person(&mut Rng::stream(seed, STREAM_FIGURE, k as u64))
    }

    /// A cast: `figures` recurring figures (drawn more often at low numbers) and fresh people,
    /// places, organisations and topic words.
    fn cast(&self, rng: &mut Rng, seed: u64, i: usize) -> Cast {
        let mut people: Vec<Person> = Vec::new();
        for _ in 0..rng.range(1, 3) {
            let pool = rng.below(i / 4 + 20) + 1;
            let k = rng.below(pool);
            people.push(self.figure(seed, k));
        }
        for _ in 0..rng.range(3, 6) {
            people.push(self.person(rng));
        }
        // One word each: a learned place or organisation name is replaced word by word, and
        // what says what it is ("Council", "County") is kept.
        let places = (0..rng.range(2, 4)).map(|_| self.invent(rng, true)).collect();
        let orgs = (0..rng.range(1, 3)).map(|_| self.invent(rng, true)).collect();
        let topic = (0..rng.range(10, 20))
            .map(|_| if rng.chance(RARE) { self.invent(rng, false) } else { rng.pick(&self.vocabulary).clone() })
            .collect();
        Cast { people, places, orgs, topic, salt: rng.next_u64() }
    }

    /// Words of the chain as an article with cast `cast` writes them: learned names replaced by
    /// the cast's (the same learned name by the same one), some content words by topic words,
    /// numbers redrawn.
    fn render(&self, ids: &[u32], cast: &Cast, rng: &mut Rng) -> String {
        let mut s = String::new();
        for &id in ids {
            if !s.is_empty() {
                s.push(' ');
            }
            let w = &self.chain.words[id as usize];
            let body = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            let (stem, tail) = match body.strip_suffix("’s").or_else(|| body.strip_suffix("'s")) {
                Some(stem) => (stem, &w[stem.len()..]),
                None => (body, &w[body.len()..]),
            };
            let pick = |n: usize| (mix(cast.salt ^ hash(stem)) % n as u64) as usize;
            match self.parts.get(stem) {
                Some(Part::First) => s.push_str(&cast.people[pick(cast.people.len())].first),
                Some(Part::Last) => s.push_str(&cast.people[pick(cast.people.len())].last),
                Some(Part::Place) => s.push_str(&cast.places[pick(cast.places.len())]),
                Some(Part::Org) => s.push_str(&cast.orgs[pick(cast.orgs.len())]),
                None if stem.chars().any(|c| c.is_ascii_digit()) => {
                    s.push_str(&redraw_number(stem, rng));
                }
                None => {
                    let lower = content_kind(w, &HashSet::new()).is_some_and(|(cap, _)| !cap);
                    if lower && rng.chance(TOPIC) {
                        s.push_str(rng.pick::<String>(&cast.topic));
                    } else if lower && rng.chance(FRESH) {
                        s.push_str(&self.invent(rng, false));
                    } else {
                        s.push_str(stem);
                    }
                }
            }
            s.push_str(tail);
        }
        if let Some(first) = s.chars().next().filter(|c| c.is_lowercase()) {
            s.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
        }
        s
    }

    fn sentence(&self, cast: &Cast, rng: &mut Rng) -> String {
        let ids = self.chain.sentence_ids(rng);
        let mut s = self.render(&ids, cast, rng);
        if !ends_sentence(&self.chain.words[ids[ids.len() - 1] as usize]) {
            let keep = s.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
            s.truncate(keep);
            s.push('.');
        }
        s
    }

    fn headline(&self, cast: &Cast, rng: &mut Rng) -> String {
        let ids = self.chain.headline_ids(rng);
        let mut s = self.render(&ids, cast, rng);
        let keep = s.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        s.truncate(keep);
        s
    }

    fn paragraph(&self, cast: &Cast, rng: &mut Rng, sentences: usize) -> String {
        let mut p = String::new();
        for _ in 0..sentences {
            if !p.is_empty() {
                p.push(' ');
            }
            p.push_str(&self.sentence(cast, rng));
        }
        p
    }

    /// Generated article number `i`.
    fn article(&self, i: usize, seed: u64) -> Article {
        let mut rng = Rng::stream(seed, super::STREAM_ARTICLE, i as u64);
        let cast = self.cast(&mut Rng::stream(seed, STREAM_CAST, i as u64), seed, i);
        // 3.3 to 5.5 KB before the last paragraph, which overshoots by 200 bytes on average: 3.5
        // to 6 KB, 4.6 KB on average, most near the mean (the mean of three uniform draws).
        let target = 3_300 + (2_200.0 * (rng.unit() + rng.unit() + rng.unit()) / 3.0) as usize;
        let mut out = Article::default();
        let nav = &self.seeds.lead_nav;
        if rng.chance(0.3) && !nav.is_empty() {
            for _ in 0..rng.range(1, 3) {
                out.line(rng.pick::<String>(nav));
            }
            out.blank();
        }
        out.line(&self.headline(&cast, &mut rng));
        out.blank();
        if rng.chance(0.4) {
            out.line(&self.sentence(&cast, &mut rng));
            out.blank();
        }
        if rng.chance(0.9) {
            let author = self.person(&mut rng).full();
            out.line(&format!("By {author} - {}", date(&mut rng)));
            if rng.chance(0.3) {
                out.line("Share");
                let tags: Vec<String> = (0..rng.range(1, 3)).map(|_| rng.pick(&cast.people).full()).collect();
                out.line(&tags.join(","));
            }
            out.blank();
        }

        // What follows the body, drawn first so the body can fill the article to its target.
        let mut tail = String::new();
        if rng.chance(0.2) && !self.seeds.tail_nav.is_empty() {
            tail.push_str(rng.pick::<String>(&self.seeds.tail_nav));
            tail.push('\n');
        }
        if rng.chance(0.2) {
            tail.push_str("Read More\n");
            for _ in 0..rng.range(2, 5) {
                let other = self.cast(&mut rng, seed, i);
                let headline = self.headline(&other, &mut rng);
                let by = self.person(&mut rng).full();
                tail.push_str(&format!("{headline}\n{headline}\nBy {by} - {}\n", date(&mut rng)));
            }
        }

        let body_target = target.saturating_sub(out.text.len() + tail.len()).max(1_500);
        // Quotation paragraphs: about 55% of paragraphs, 2.4 mark pairs per KB, as in quotes-dev.
        let n_quotes = (body_target as f64 / 350.0 * 0.8).round() as usize;
        let n_passages = [0, 0, 0, 1, 1, 2][rng.below(6)];
        let mut planted: Vec<Planted> =
            distinct(&mut rng, n_passages, i / 8 + 2).into_iter().map(Planted::Passage).collect();
        let shared = (0..n_quotes).filter(|_| rng.chance(SHARED_STATEMENT)).count();
        planted.extend(distinct(&mut rng, shared, i / 4 + 8).into_iter().map(Planted::Quote));
        // The article's own statements: numbered past any shared one.
        planted.extend((shared..n_quotes).map(|k| Planted::Quote(usize::MAX - k)));
        let start = out.text.len();
        let mut mentioned: Vec<String> = Vec::new();
        let mut first = true;
        while out.text.len() - start < body_target || !planted.is_empty() {
            let left = body_target.saturating_sub(out.text.len() - start) / 350 + 1;
            let plant_now = !planted.is_empty() && !first && rng.below(left) < planted.len();
            if plant_now {
                match planted.swap_remove(rng.below(planted.len())) {
                    Planted::Passage(p) => {
                        let text = self.passage(p, seed);
                        let (text, edited) =
                            if rng.chance(0.25) { (self.seeds.edit(&text, &mut rng), true) } else { (text, false) };
                        let at = out.text.len();
                        out.line(&text);
                        out.passages.push((p, (at, at + text.len()), edited));
                    }
                    Planted::Quote(s) => self.quote_paragraph(s, seed, &cast, &mut rng, &mut mentioned, &mut out),
                }
            } else {
                let sentences = rng.range(1, 3);
                let mut p = self.paragraph(&cast, &mut rng, sentences);
                if first && rng.chance(0.3) {
                    p = format!("{} — {p}", rng.pick(&cast.places).to_uppercase());
                }
                out.line(&p);
            }
            first = false;
            out.blank();
        }
        out.text.push_str(&tail);
        out
    }

    /// A paragraph quoting statement `s`: a shared one (a number from the pools) or the
    /// article's own (`usize::MAX - k`), which its cast says.
    fn quote_paragraph(
        &self,
        s: usize,
        seed: u64,
        cast: &Cast,
        rng: &mut Rng,
        mentioned: &mut Vec<String>,
        out: &mut Article,
    ) {
        let (person, said): (Person, Vec<String>) = if s < usize::MAX / 2 {
            let mut srng = Rng::stream(seed, STREAM_NEWS_STATEMENT, s as u64);
            let scast = self.cast(&mut srng, seed, s);
            let who = self.figure(seed, srng.below(s / 2 + 10));
            let said = (0..srng.range(1, 3)).map(|_| self.sentence(&scast, &mut srng)).collect();
            (who, said)
        } else {
            let who = rng.pick(&cast.people).clone();
            (who, (0..rng.range(1, 3)).map(|_| self.sentence(cast, rng)).collect())
        };
        let full = person.full();
        let unique = cast.people.iter().filter(|p| p.last == person.last && p.first != person.first).count() == 0;
        let name = if mentioned.contains(&full) && unique { person.last.clone() } else { full.clone() };
        mentioned.push(full.clone());
        let verb =
            *rng.pick(&["said", "said", "said", "said", "said", "said", "added", "claimed", "wrote", "insisted"]);
        let n = if rng.chance(0.3) { 1 } else { said.len() };
        let mut p = Paragraph::default();
        if rng.chance(0.3) {
            p.push(&self.sentence(cast, rng));
            p.push(" ");
        }
        let shape = match verb {
            "wrote" => "colon",
            "said" => *rng.pick(&["after", "before", "colon", "inverted", "continued", "continued"]),
            _ => *rng.pick(&["after", "before", "continued"]),
        };
        p.turn(shape, &name, verb, &said[..n], &full);
        if rng.chance(0.25) {
            p.push(" ");
            p.push(&self.sentence(cast, rng));
        }
        let base = out.text.len();
        out.quotes.extend(p.quotes.into_iter().map(|(s, e, q)| Quoted { bytes: (base + s, base + e), planted: q }));
        out.line(&p.text);
    }

    /// Shared passage number `p`: two to four sentences, at least 25 words, with a cast of its own.
    fn passage(&self, p: usize, seed: u64) -> String {
        let mut rng = Rng::stream(seed, STREAM_NEWS_PASSAGE, p as u64);
        let cast = self.cast(&mut rng, seed, p);
        let mut text = String::new();
        let mut n = 0;
        while n < 2 || text.split_whitespace().count() < 25 {
            if n > 0 {
                text.push(' ');
            }
            text.push_str(&self.sentence(&cast, &mut rng));
            n += 1;
            if n == 4 {
                break;
            }
        }
        text
    }
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// FNV-1a of a word.
fn hash(w: &str) -> u64 {
    w.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

/// A number of the same shape: digits redrawn (a year stays a year of 1990–2025, a leading digit
/// is never 0), separators kept.
fn redraw_number(w: &str, rng: &mut Rng) -> String {
    let digits = w.chars().filter(char::is_ascii_digit).count();
    if digits == 4 && w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) {
        return rng.range(1990, 2025).to_string();
    }
    let mut first = true;
    w.chars()
        .map(|c| {
            if c.is_ascii_digit() {
                let d = if first && digits > 1 { rng.range(1, 9) } else { rng.below(10) };
                first = false;
                char::from(b'0' + d as u8)
            } else {
                c
            }
        })
        .collect()
}

/// A letter model of words (order three, `^` before and `$` after a word), to invent new ones.
#[derive(Default)]
struct Letters {
    next: HashMap<[char; 3], Vec<char>>,
    /// Learned words, for the order of learning not to matter: sorted before counting.
    learned: Vec<String>,
}

impl Letters {
    fn learn(&mut self, w: &str) {
        self.learned.push(w.to_owned());
    }

    fn finish(&mut self) {
        self.learned.sort();
        for w in std::mem::take(&mut self.learned) {
            let chars: Vec<char> = ['^'; 3].into_iter().chain(w.chars()).chain(['$']).collect();
            for k in 3..chars.len() {
                self.next.entry([chars[k - 3], chars[k - 2], chars[k - 1]]).or_default().push(chars[k]);
            }
        }
    }

    /// A word of `lo` to `hi` letters.
    fn word(&self, rng: &mut Rng, lo: usize, hi: usize) -> String {
        if self.next.is_empty() {
            return "x".repeat(lo);
        }
        loop {
            let mut last = ['^'; 3];
            let mut w = String::new();
            while let Some(options) = self.next.get(&last) {
                let c = *rng.pick(options);
                if c == '$' || w.len() > hi {
                    break;
                }
                w.push(c);
                last = [last[1], last[2], c];
            }
            if (lo..=hi).contains(&w.chars().count()) {
                return w;
            }
        }
    }
}
