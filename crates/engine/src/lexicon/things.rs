//! Organisations, places, documents and other named things: the nouns that end their names or
//! describe them, and the words that are ordinary English rather than names.

use super::{has, is_function_word};

/// Common nouns for organisations that also end their names: "the company said" and "Acme
/// Company", "the ministry" and "Foreign Ministry".
#[rustfmt::skip]
pub(crate) static ORG_NOUNS: &[&str] = &[
    "administration", "agencies", "agency", "alliance", "association", "authority", "bank", "board",
    "bureau", "campaign", "caucus", "center", "centre", "channel", "club", "coalition", "college",
    "commission", "committee", "companies", "company", "congress", "corporation", "council", "court",
    "delegation", "department", "embassy", "federation", "firm", "foundation", "fund", "government",
    "group", "hospital", "house", "institute", "kremlin", "laboratory", "league", "legislature",
    "magazine", "media", "ministry", "network", "office", "organisation", "organization", "parliament",
    "partnership", "party", "pentagon", "police", "press", "school", "senate", "service", "team",
    "television", "tv", "union", "university",
];

/// Common nouns that describe an organisation ("the startup said", "the retailer", "the
/// watchdog") but do not end names (a "Jane Carrier" is a person).
#[rustfmt::skip]
pub(crate) static ORG_DESCRIPTIONS: &[&str] = &[
    "airline", "broadcaster", "carrier", "chain", "charity", "conglomerate", "contractor", "developer",
    "firms", "giant", "governments", "groups", "insurer", "lab", "maker", "manufacturer", "military",
    "ministries", "newspaper", "newspapers", "non-profit", "nonprofit", "operator", "organizations",
    "outlet", "outlets", "platform", "producer", "publication", "publisher", "regulator", "retailer",
    "start-up", "startup", "station", "subsidiary", "tank", "unions", "utility", "watchdog", "website",
];

/// Words that end or mark the names of organisations without being used alone to describe one:
/// mastheads ("Times", "Tribune", "Herald"), forms of business ("Holdings", "Partners"), armed
/// forces and services ("Guard", "Navy", "Security").
#[rustfmt::skip]
pub(crate) static ORG_NAME_WORDS: &[&str] = &[
    "academy", "advance", "airlines", "airways", "army", "assembly", "associated", "associates",
    "athletic", "bulletin", "business", "cabinet", "capital", "cathedral", "centers", "centres",
    "chronicle", "church", "clinic", "coaches", "command", "commissions", "committees", "commons",
    "community", "conference", "consulate", "councils", "courier", "daily", "departments", "dept",
    "directorate", "dispatch", "duma", "economist", "elementary", "energy", "enterprises",
    "entertainment", "examiner", "exchange", "fc", "foods", "force", "forces", "front", "galleries",
    "gallery", "gazette", "globe", "guard", "guardian", "herald", "holdings", "industries",
    "initiative", "inquirer", "institutes", "institution", "intelligence", "journal",
    "laboratories", "labs", "library", "lords", "marines", "mercury", "mirror", "monitor", "motors",
    "museum", "nations", "navy", "networks", "news", "newsroom", "observer", "orchestra",
    "partners", "pharmaceuticals", "pictures", "post", "prevention", "project", "radio", "recorder",
    "records", "reflector", "register", "reserve", "review", "secretariat", "securities",
    "security", "services", "society", "staff", "studios", "supply", "system", "systems",
    "technologies", "telegraph", "theater", "theatre", "times", "today", "tribunal", "tribune",
    "trust", "ventures", "watch", "weekly", "wire", "workers", "zoo",
];

/// A company's legal form after its name ("Boeing Co.", "Acme Inc.", "Siemens AG").
#[rustfmt::skip]
pub(crate) static CORPORATE_SUFFIXES: &[&str] = &[
    "ag", "co", "corp", "gmbh", "inc", "llc", "llp", "lp", "ltd", "nv", "plc", "sa",
];

/// Adjectives of public bodies and their reach ("Federal", "National", "International",
/// "Global", "Foreign"): an organisation's name, or a qualifier before a title.
#[rustfmt::skip]
pub(crate) static ORG_ADJECTIVES: &[&str] = &[
    "federal", "foreign", "global", "international", "national",
];

/// Places that also act as bodies: a name ending in one is a place ("Cook County"), and "the
/// county said" is an organisation speaking.
#[rustfmt::skip]
pub(crate) static GOVERNMENT_UNITS: &[&str] = &[
    "borough", "city", "county", "district", "emirates", "kingdom", "oblast", "parish", "prefecture",
    "province", "region", "republic", "state", "states", "territories", "territory", "town", "village",
];

/// Nouns for a building or a room that also name the body housed there ("Oval Office", "White
/// House", "Kennedy Center"): a name ending in one that the corpus mostly places things in ("in the
/// Oval Office", "inside the X") is a place, one that acts ("the White House said") a body.
#[rustfmt::skip]
pub(crate) static BUILDING_HEADS: &[&str] = &[
    "center", "centre", "chamber", "hall", "house", "office", "palace",
];

/// Common nouns for a country that do not end its name (the units of [`GOVERNMENT_UNITS`] do): with
/// those, a name set off after one ("a country, Norway,", "the state, Ohio,") is a place.
#[rustfmt::skip]
pub(crate) static PLACE_NOUNS: &[&str] = &[
    "country", "nation",
];

/// Places a news article names without saying they are places: the US states, Canadian provinces
/// and Australian states of one word, capitals and large cities, and the smaller countries whose
/// nationality adjective is not among `DEMONYMS` (a place there is known by its adjective:
/// "Norway" by "Norwegian"). A name here with no evidence of being a person is a place.
/// Left out: those that are as often a person's name or a common word ("Georgia", "Washington",
/// "Victoria", "Austin", "Phoenix", "Jordan").
#[rustfmt::skip]
pub(crate) static PLACE_NAMES: &[&str] = &[
    "alabama", "alaska", "alberta", "amsterdam", "andorra", "ankara", "arizona", "arkansas",
    "athens", "atlanta", "auckland", "baghdad", "bahamas", "baltimore", "bangkok", "barbados",
    "barcelona", "beijing", "beirut", "belfast", "belgrade", "belize", "benin", "berlin",
    "birmingham", "bogota", "boston", "botswana", "brisbane", "brunei", "brussels", "bucharest",
    "budapest", "burundi", "cairo", "calgary", "california", "cameroon", "caracas", "chad",
    "chicago", "colorado", "connecticut", "copenhagen", "damascus", "delaware", "delhi", "denver",
    "detroit", "doha", "dubai", "dublin", "edinburgh", "fiji", "florida", "frankfurt", "gabon",
    "gambia", "gaza", "geneva", "glasgow", "guinea", "guyana", "hamburg", "hanoi", "havana",
    "hawaii", "helsinki", "honolulu", "houston", "idaho", "illinois", "indiana", "iowa",
    "islamabad", "istanbul", "jakarta", "jerusalem", "johannesburg", "kabul", "kansas", "karachi",
    "kentucky", "khartoum", "kiev", "kyiv", "lagos", "leeds", "liberia", "lima", "lisbon",
    "liverpool", "london", "louisiana", "luxembourg", "madagascar", "maine", "malawi", "maldives",
    "malta", "manchester", "manila", "manitoba", "maryland", "massachusetts", "mauritania",
    "melbourne", "miami", "michigan", "milan", "minneapolis", "minnesota", "mississippi",
    "missouri", "montana", "montreal", "moscow", "mumbai", "munich", "nairobi", "nebraska",
    "nevada", "niger", "ohio", "oklahoma", "ontario", "oregon", "oslo", "ottawa", "pennsylvania",
    "philadelphia", "pittsburgh", "prague", "pyongyang", "quebec", "queensland", "rome",
    "sacramento", "samoa", "santiago", "saskatchewan", "seattle", "seoul", "shanghai", "singapore",
    "stockholm", "suriname", "sydney", "taipei", "tasmania", "tehran", "tennessee", "texas", "togo",
    "tokyo", "tonga", "toronto", "trinidad", "utah", "vancouver", "vermont", "vienna", "virginia",
    "warsaw", "wellington", "wisconsin", "wuhan", "wyoming", "yerevan",
];

/// Last words of the names of other places ("Main Street", "Hudson River", "Penn Station").
#[rustfmt::skip]
pub(crate) static GEOGRAPHIC_HEADS: &[&str] = &[
    "airport", "ave", "avenue", "bay", "beach", "blvd", "boulevard", "bridge", "canyon", "capitol",
    "coast", "desert", "falls", "forest", "gulf", "harbor", "harbour", "heights", "hill", "hills",
    "island", "islands", "lake", "lane", "mount", "mountain", "mountains", "ocean", "park",
    "peninsula", "plaza", "port", "rd", "reservoir", "river", "road", "sea", "sound", "springs",
    "square", "st", "station", "strait", "straits", "street", "valley",
];

/// First words of two-word place names ("New York", "Los Angeles", "San Diego", "North
/// Carolina"): after "Governor of" the place takes the next word too.
#[rustfmt::skip]
pub(crate) static PLACE_PREFIXES: &[&str] = &[
    "east", "el", "fort", "great", "la", "las", "le", "little", "los", "lower", "new", "north", "port",
    "saint", "san", "santa", "south", "st", "upper", "west",
];

/// Last words of the names of laws, documents, events and other things that are not people,
/// organisations or places ("Patriot Act", "Paris Agreement", "World Cup").
#[rustfmt::skip]
pub(crate) static OTHER_HEADS: &[&str] = &[
    "accord", "accords", "act", "acts", "affair", "agreement", "amendment", "award", "awards", "bill",
    "case", "championship", "charter", "constitution", "convention", "crisis", "cup", "day", "deal",
    "declaration", "doctrine", "dossier", "era", "festival", "flight", "games", "gate", "hearing",
    "hearings", "index", "inquiry", "investigation", "law", "memo", "mission", "movement", "olympics",
    "operation", "order", "pact", "plan", "poll", "prize", "probe", "program", "programme", "protocol",
    "report", "resolution", "revolution", "scandal", "series", "strategy", "study", "summit", "survey",
    "treaty", "trial", "war", "week",
];

/// Institutions named by one word after "the" ("the Senate", "the Pentagon").
#[rustfmt::skip]
pub(crate) static INSTITUTIONS: &[&str] = &[
    "commons", "congress", "duma", "house", "kremlin", "legislature", "parliament", "pentagon",
    "senate",
];

/// Documents a report relies on as evidence ("the report", "a memo", "court filings"): what the
/// sourcing profile counts as documents cited. Each with its plural.
#[rustfmt::skip]
pub(crate) static REPORT_NOUNS: &[&str] = &[
    "affidavit", "affidavits", "audit", "audits", "complaint", "complaints", "deposition",
    "depositions", "document", "documents", "dossier", "dossiers", "filing", "filings", "indictment",
    "indictments", "lawsuit", "lawsuits", "letter", "letters", "memo", "memoranda", "memorandum",
    "memos", "poll", "readout", "readouts", "records", "report", "reports", "studies", "study",
    "subpoena", "subpoenas", "survey", "surveys", "transcript", "transcripts",
];

/// Phrases that name such a document ("court filing", "press release", "articles of impeachment").
#[rustfmt::skip]
pub(crate) static DOCUMENT_PHRASES: &[&str] = &[
    "article of impeachment", "articles of impeachment", "call record", "call records",
    "court documents", "court filing", "court filings", "court papers", "court ruling", "court rulings",
    "executive order", "press release", "press releases", "white paper",
];

/// Other texts that can be quoted as speaking ("the statement said", "the post read", "the
/// ruling held").
#[rustfmt::skip]
pub(crate) static TEXT_NOUNS: &[&str] = &[
    "agreement", "analysis", "article", "assessment", "bill", "book", "brief", "cable", "charter",
    "column", "decision", "draft", "editorial", "email", "emails", "findings", "guidance",
    "investigation", "manifesto", "message", "messages", "minutes", "motion", "notice", "opinion",
    "order", "paper", "petition", "platform", "post", "posts", "probe", "proposal", "record", "release",
    "resolution", "review", "ruling", "statement", "story", "suit", "summary", "testimony", "treaty",
    "tweet", "tweets", "warrant", "website",
];

/// Labels of page furniture and interjections, capitalised on a page but never names ("Update",
/// "Read More", "Share", "Photo").
#[rustfmt::skip]
pub(crate) static PAGE_LABELS: &[&str] = &[
    "advertisement", "analysis", "breaking", "click", "comment", "comments", "continue", "correction",
    "credit", "dear", "editor", "editors", "exclusive", "follow", "hello", "home", "image", "latest",
    "menu", "note", "oh", "ok", "okay", "opinion", "photo", "please", "read", "reading", "related",
    "search", "sections", "see", "share", "sign", "sponsored", "subscribe", "thank", "thanks", "tweet",
    "update", "updated", "video", "watch", "well", "yeah", "yes",
];

/// Units of time, plural (capitalised in headlines, never names).
#[rustfmt::skip]
pub(crate) static TIME_UNITS: &[&str] = &[
    "days", "hours", "minutes", "months", "weeks", "years",
];

/// Frequent English words that are capitalised only at a sentence start or in a headline: a run
/// made only of such words ("Nuclear Arms Control") is not a name unless something else says so.
/// Function words count too (see [`is_common`]); the corpus adds its own (any word it also writes
/// in lower case).
#[rustfmt::skip]
pub(crate) static COMMON_WORDS: &[&str] = &[
    "access", "account", "act", "action", "actions", "activity", "actually", "add", "added", "adult",
    "affairs", "age", "agency", "agreement", "aid", "air", "allegations", "alleged", "alliance",
    "american", "americans", "analysts", "announcement", "answer", "anti", "area", "arms", "army",
    "article", "articles", "assistance", "attack", "attacks", "attempt", "authority", "back", "bad",
    "ban", "bank", "base", "battle", "benefits", "best", "betrayal", "better", "big", "bill", "black",
    "blue", "board", "body", "book", "border", "bottom", "box", "break", "bridge", "brief", "bring",
    "budget", "building", "business", "call", "camp", "campaign", "capital", "care", "case", "cases",
    "center", "central", "chair", "challenge", "chance", "change", "changes", "check", "child",
    "children", "choice", "circuit", "citizens", "city", "civil", "claim", "claims", "class", "clean",
    "clear", "climate", "close", "club", "coast", "code", "cold", "college", "come", "commerce",
    "committee", "common", "community", "company", "conference", "conflict", "congress", "consequences",
    "conservative", "conservatives", "considerations", "conspiracy", "constitution", "constitutional",
    "control", "cost", "council", "country", "county", "court", "crime", "crimes", "crisis", "critical",
    "critics", "cultural", "culture", "current", "cyber", "data", "deal", "death", "debate", "decision",
    "defense", "democracy", "democrats", "department", "development", "digital", "direct", "disaster",
    "district", "division", "domestic", "drug", "early", "east", "economic", "economy", "education",
    "effect", "effort", "election", "elections", "emergency", "end", "energy", "enforcement",
    "environment", "equal", "ethics", "european", "evidence", "executive", "experts", "fact",
    "fact-check", "facts", "fair", "fake", "fall", "family", "far", "fast", "fear", "federal", "field",
    "fight", "final", "finance", "financial", "fire", "firm", "focus", "food", "force", "foreign",
    "free", "freedom", "friday", "friendship", "front", "full", "fund", "future", "game", "general",
    "global", "going", "gold", "good", "government", "grand", "great", "green", "ground", "group",
    "growth", "guard", "gun", "half", "hall", "hand", "hard", "head", "health", "hearing", "heart",
    "help", "high", "history", "homeland", "hope", "hospital", "hot", "house", "housing", "human",
    "humanitarian", "immigration", "impact", "impeachment", "independence", "independent", "industry",
    "information", "inspector", "institute", "intelligence", "interest", "interference", "interior",
    "internal", "international", "internet", "investigation", "island", "issue", "issues", "job",
    "jobs", "joint", "judicial", "justice", "key", "kids", "land", "large", "late", "law", "lawmakers",
    "laws", "leader", "leaders", "leadership", "league", "left", "legal", "legality", "liberals",
    "liberty", "life", "light", "line", "little", "live", "local", "long", "look", "love", "low",
    "main", "major", "make", "making", "man", "market", "meddling", "media", "medical", "meeting",
    "member", "members", "men", "middle", "military", "million", "ministry", "mission", "money",
    "morning", "mother", "motivation", "move", "national", "natural", "navy", "network", "new", "news",
    "night", "north", "northern", "nuclear", "office", "officials", "oil", "old", "open", "operation",
    "order", "organization", "oversight", "pandemic", "park", "part", "party", "pattern", "peace",
    "people", "plan", "platform", "point", "police", "policy", "political", "politics", "poll",
    "popular", "post", "power", "powers", "presidential", "press", "prime", "private", "pro", "process",
    "program", "progress", "progressives", "project", "protection", "public", "question", "race",
    "real", "record", "red", "reform", "relations", "relief", "report", "reporters", "republic",
    "republicans", "research", "reserve", "resolution", "resources", "response", "review", "revolution",
    "right", "rights", "risk", "river", "road", "rule", "rules", "safety", "school", "science", "sea",
    "season", "security", "senate", "senior", "service", "services", "session", "small", "social",
    "society", "soliciting", "south", "southern", "sovereignty", "space", "special", "speech", "sports",
    "spring", "square", "staff", "standard", "star", "start", "state", "statement", "states", "station",
    "status", "story", "street", "strong", "student", "students", "study", "summer", "summit",
    "support", "supreme", "system", "talk", "task", "tax", "team", "tech", "technology", "terms",
    "test", "time", "times", "top", "town", "trade", "training", "transition", "travel", "treasury",
    "treaty", "trial", "true", "trust", "truth", "union", "united", "university", "valley", "victory",
    "view", "violence", "vote", "voters", "voting", "war", "water", "way", "welfare", "west", "western",
    "white", "whole", "wide", "win", "winter", "woman", "women", "work", "workers", "world", "young",
    "youth", "zone",
];

/// `w` without one final full stop ("inc." → "inc").
fn bare(w: &str) -> &str {
    w.strip_suffix('.').unwrap_or(w)
}

/// A common noun that names an organisation ("the company said").
pub(crate) fn is_org_noun(w: &str) -> bool {
    has(ORG_NOUNS, w) || has(ORG_DESCRIPTIONS, w) || has(GOVERNMENT_UNITS, w)
}

/// The last word of an organisation's name ("Commission", "Times", "Inc.").
pub(crate) fn is_org_head(w: &str) -> bool {
    let w = bare(w);
    has(ORG_NOUNS, w) || has(ORG_NAME_WORDS, w) || has(CORPORATE_SUFFIXES, w)
}

/// A word anywhere in a capitalised name that makes it an organisation's rather than a person's
/// ("Federal Reserve", "Cook County", "Acme Holdings"), as the quotation finder reads a speaker.
pub(crate) fn is_org_word(w: &str) -> bool {
    is_org_head(w) || has(GOVERNMENT_UNITS, bare(w)) || has(ORG_ADJECTIVES, bare(w))
}

/// A common noun that describes an organisation without ending names ("startup", "broadcaster").
pub(crate) fn is_org_description(w: &str) -> bool {
    has(ORG_DESCRIPTIONS, w)
}

pub(crate) fn is_org_adjective(w: &str) -> bool {
    has(ORG_ADJECTIVES, w)
}

pub(crate) fn is_corporate_suffix(w: &str) -> bool {
    has(CORPORATE_SUFFIXES, bare(w))
}

pub(crate) fn is_institution(w: &str) -> bool {
    has(INSTITUTIONS, w)
}

/// The last word of a place name.
pub(crate) fn is_place_head(w: &str) -> bool {
    has(GOVERNMENT_UNITS, w) || has(GEOGRAPHIC_HEADS, w)
}

pub(crate) fn is_place_prefix(w: &str) -> bool {
    has(PLACE_PREFIXES, w)
}

/// A noun for a building or room that may also name a body (see [`BUILDING_HEADS`]).
pub(crate) fn is_place_name(w: &str) -> bool {
    has(PLACE_NAMES, w)
}

pub(crate) fn is_building_head(w: &str) -> bool {
    has(BUILDING_HEADS, w)
}

/// A common noun for a country, state or town (see [`PLACE_NOUNS`]).
pub(crate) fn is_place_noun(w: &str) -> bool {
    has(PLACE_NOUNS, w) || has(GOVERNMENT_UNITS, w)
}

pub(crate) fn is_other_head(w: &str) -> bool {
    has(OTHER_HEADS, w)
}

/// Nouns after which `of` continues a name ("Department of", "Secretary of", "Gulf of",
/// "Declaration of", "Duke of"): a capitalised word before `of` that is none of these is an
/// ordinary noun ("Shares of Halvorsen fell", "Residents of Ohio").
pub(crate) fn takes_of(w: &str) -> bool {
    is_org_head(w)
        || super::is_title(w)
        || is_place_head(w)
        || is_other_head(w)
        || super::is_office(w)
        || matches!(w, "isle" | "people" | "duke" | "duchess" | "earl")
}

/// A noun that names a document that can "say" things ("the report said", "the statement read").
pub(crate) fn is_document_noun(w: &str) -> bool {
    has(REPORT_NOUNS, w) || has(TEXT_NOUNS, w)
}

/// Words that are never a name by themselves and are stripped from the start of a capitalised run:
/// function words, page furniture, units of time, and a few words of attribution.
pub(crate) fn never_a_name(w: &str) -> bool {
    is_function_word(w)
        || has(PAGE_LABELS, w)
        || has(TIME_UNITS, w)
        || matches!(w, "according" | "asked" | "said" | "says" | "say" | "let" | "yes" | "mr" | "mrs" | "ms")
}

/// An ordinary English word (see [`COMMON_WORDS`]).
pub(crate) fn is_common(w: &str) -> bool {
    has(COMMON_WORDS, w) || never_a_name(w)
}
