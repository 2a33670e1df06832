//! Word lists for names and dates. General English news usage only: function words, titles,
//! nouns that end the names of organisations, places and documents, nationality adjectives,
//! calendar words, common short forms of given names. No particular person, outlet or place.
//!
//! Every lookup takes a word folded by [`crate::normalize::fold_word`] (lower case, `'` for any
//! apostrophe) with a possessive and trailing dots removed.

/// Words that are never a name by themselves and are stripped from the start of a capitalised
/// run: determiners, pronouns, prepositions, conjunctions, sentence adverbs, and the labels of
/// page furniture ("Update", "Read More", "Share").
#[rustfmt::skip]
const STOP: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their",
    "i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "who", "whom", "whose", "which",
    "what", "when", "where", "why", "how", "whether", "while", "whilst", "if", "unless", "until", "till",
    "because", "since", "although", "though", "as", "so", "and", "or", "nor", "but", "yet", "then", "than",
    "there", "here", "of", "in", "on", "at", "by", "for", "from", "to", "into", "onto", "with", "without",
    "within", "about", "above", "across", "after", "against", "along", "amid", "among", "around", "before",
    "behind", "below", "beneath", "beside", "besides", "between", "beyond", "despite", "during", "except",
    "inside", "like", "near", "off", "out", "outside", "over", "past", "per", "through", "throughout",
    "toward", "towards", "under", "underneath", "unlike", "upon", "via", "not", "no", "yes", "all", "any",
    "some", "many", "much", "more", "most", "few", "fewer", "less", "least", "each", "every", "both",
    "either", "neither", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "first", "second", "third", "last", "next", "other", "another", "such", "only", "also", "just",
    "even", "still", "already", "however", "meanwhile", "moreover", "furthermore", "instead", "thus",
    "therefore", "hence", "indeed", "perhaps", "maybe", "now", "today", "tonight", "yesterday",
    "tomorrow", "later", "earlier", "soon", "again", "once", "never", "always", "often", "sometimes",
    "ever", "according", "asked", "said", "says", "say", "do", "does", "did", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "shall", "may", "might",
    "must", "let", "please", "thanks", "thank", "oh", "well", "ok", "okay", "yeah", "mr", "mrs", "ms",
    "update", "updated", "breaking", "exclusive", "watch", "read", "share", "tweet", "follow",
    "subscribe", "click", "sign", "advertisement", "sponsored", "photo", "video", "credit", "image",
    "editor", "editors", "note", "opinion", "analysis", "correction", "related", "latest", "sections",
    "search", "menu", "home", "comments", "comment", "continue", "reading", "see", "here's", "there's",
    "it's", "that's", "what's", "who's", "we're", "they're", "i'm", "i've", "i'd", "i'll", "don't",
    "didn't", "doesn't", "isn't", "wasn't", "can't", "won't", "mostly", "recently", "finally", "first",
    "lastly", "nevertheless", "nonetheless", "otherwise", "similarly", "likewise", "overall",
    "additionally", "specifically", "notably", "importantly", "clearly", "obviously", "apparently",
    "reportedly", "allegedly", "hours", "minutes", "days", "weeks", "months", "years", "dear", "hello",
];

pub(crate) fn is_stop(w: &str) -> bool {
    STOP.contains(&w)
}

/// Titles and ranks that stand before a personal name ("Foreign Minister", "Sen.", "Ambassador").
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "president", "vice", "secretary", "undersecretary", "minister", "prime", "foreign", "deputy",
    "ambassador", "envoy", "director", "senator", "sen", "rep", "representative", "congressman",
    "congresswoman", "delegate", "assemblyman", "assemblywoman", "gov", "governor", "lt", "lieutenant",
    "mayor", "judge", "justice", "chief", "general", "gen", "col", "colonel", "maj", "major", "capt",
    "captain", "sgt", "sergeant", "adm", "admiral", "commander", "cmdr", "officer", "adviser", "advisor",
    "spokesman", "spokeswoman", "spokesperson", "press", "attorney", "counsel", "special", "speaker",
    "leader", "whip", "chairman", "chairwoman", "chairperson", "chair", "commissioner", "mr", "mrs", "ms",
    "miss", "mx", "dr", "prof", "professor", "rev", "reverend", "father", "pope", "king", "queen",
    "prince", "princess", "sheikh", "emir", "sultan", "chancellor", "premier", "ceo", "cfo", "coo",
    "founder", "cofounder", "executive", "acting", "interim", "first", "lady", "sir", "dame", "lord",
    "rabbi", "imam", "cardinal", "bishop", "archbishop", "sheriff", "detective", "inspector", "agent",
    "superintendent", "treasurer", "comptroller", "auditor", "solicitor", "prosecutor", "magistrate",
    "coach", "manager", "analyst", "economist", "correspondent", "reporter", "columnist", "anchor",
    "host", "editor", "publisher", "president-elect", "nominee", "candidate", "councilman",
    "councilwoman", "councillor", "councilor", "alderman", "trooper", "pastor", "dean", "provost",
    "chancellor", "regent", "trustee", "justice", "associate", "senior", "junior", "national",
    "security", "intelligence", "policy", "communications", "campaign", "then", "former", "late",
    "majority", "minority", "assistant", "state", "district", "circuit", "appeals", "federal",
    "administrator", "crown", "secretary-general", "chargé", "attaché", "consul", "premier",
];

pub(crate) fn is_title(w: &str) -> bool {
    TITLES.contains(&w)
}

/// Titles specific enough to make the name after them a person ("President X", "Sen. X") rather
/// than words that also begin organisation names ("National", "Security", "Press").
pub(crate) fn is_person_title(w: &str) -> bool {
    is_title(w) && !matches!(w, "crown" | "majority" | "minority" | "assistant" | "state" | "district" | "circuit" | "appeals" | "federal" | "national" | "security" | "intelligence" | "policy" | "communications" | "campaign" | "press" | "foreign" | "special" | "associate" | "senior" | "junior" | "first" | "general" | "then" | "former" | "late" | "acting" | "interim" | "executive" | "chief" | "deputy" | "vice" | "prime")
}

/// What comes after "Secretary of", "Minister of", "Director of" as part of the title.
#[rustfmt::skip]
const OFFICES: &[&str] = &[
    "state", "defense", "defence", "treasury", "commerce", "energy", "labor", "labour", "education",
    "agriculture", "transportation", "transport", "health", "interior", "justice", "war", "housing",
    "veterans", "homeland", "finance", "foreign", "home", "trade", "culture", "communications",
    "information", "environment",
];

pub(crate) fn is_office(w: &str) -> bool {
    OFFICES.contains(&w)
}

/// Nationality and party adjectives that stand before a title or a name ("Russian President X",
/// "Republican Sen. Y") and are not names themselves.
#[rustfmt::skip]
const DEMONYMS: &[&str] = &[
    "american", "russian", "ukrainian", "chinese", "british", "english", "scottish", "welsh", "irish",
    "french", "german", "italian", "spanish", "portuguese", "dutch", "belgian", "swiss", "austrian",
    "swedish", "norwegian", "danish", "finnish", "icelandic", "polish", "czech", "slovak", "hungarian",
    "romanian", "bulgarian", "greek", "turkish", "cypriot", "serbian", "croatian", "bosnian", "slovenian",
    "albanian", "macedonian", "montenegrin", "moldovan", "belarusian", "lithuanian", "latvian",
    "estonian", "georgian", "armenian", "azerbaijani", "kazakh", "uzbek", "turkmen", "kyrgyz", "tajik",
    "afghan", "pakistani", "indian", "bangladeshi", "sri", "nepalese", "bhutanese", "burmese",
    "thai", "vietnamese", "cambodian", "laotian", "malaysian", "singaporean", "indonesian", "filipino",
    "japanese", "korean", "taiwanese", "mongolian", "tibetan", "australian", "zealand", "iranian",
    "iraqi", "syrian", "lebanese", "jordanian", "israeli", "palestinian", "egyptian", "libyan",
    "tunisian", "algerian", "moroccan", "sudanese", "ethiopian", "eritrean", "somali", "kenyan",
    "ugandan", "tanzanian", "rwandan", "congolese", "nigerian", "ghanaian", "senegalese", "malian",
    "angolan", "zambian", "zimbabwean", "mozambican", "namibian", "african", "saudi", "emirati",
    "qatari", "kuwaiti", "bahraini", "omani", "yemeni", "kurdish", "arab", "persian", "canadian",
    "mexican", "cuban", "haitian", "dominican", "jamaican", "guatemalan", "honduran", "salvadoran",
    "nicaraguan", "panamanian", "colombian", "venezuelan", "ecuadorian", "peruvian", "bolivian",
    "brazilian", "chilean", "argentine", "argentinian", "uruguayan", "paraguayan", "european", "asian",
    "latin", "soviet", "western", "eastern", "northern", "southern", "republican", "democratic",
    "democrat", "gop", "libertarian", "conservative", "labour", "liberal", "progressive", "socialist",
    "communist", "green", "independent", "federal", "state", "foreign", "global", "international",
];

pub(crate) fn is_demonym(w: &str) -> bool {
    DEMONYMS.contains(&w)
}

/// Last words of organisation names.
#[rustfmt::skip]
const ORG_HEADS: &[&str] = &[
    "committee", "commission", "council", "department", "dept", "agency", "bureau", "office", "party",
    "foundation", "institute", "institution", "university", "college", "school", "academy", "company",
    "companies", "corporation", "corp", "inc", "llc", "ltd", "co", "group", "association", "society",
    "government", "court", "congress", "senate", "house", "parliament", "assembly", "legislature", "cabinet",
    "ministry", "administration", "embassy", "consulate", "campaign", "service", "services",
    "security", "bank", "fund", "reserve", "army", "navy", "marines", "guard", "force", "forces",
    "police", "church", "union", "organisation", "organization", "center", "centre", "board",
    "authority", "times", "post", "news", "journal", "tribune", "herald", "gazette", "daily", "weekly",
    "magazine", "press", "network", "networks", "channel", "radio", "television", "tv", "media",
    "review", "business", "motors", "airlines", "airways", "industries", "holdings",
    "partners", "systems", "technologies", "labs", "laboratories", "entertainment", "pictures",
    "records", "studios", "capital", "energy", "pharmaceuticals", "group", "alliance", "coalition",
    "caucus", "federation", "league", "club", "team", "project", "initiative", "institute", "trust",
    "watch", "monitor", "intelligence", "command", "pentagon", "kremlin", "commons", "lords",
    "nations", "community", "conference", "secretariat", "tribunal", "duma", "centers", "centres",
    "institutes", "agencies", "departments", "commissions", "councils", "committees", "llp", "plc", "gmbh",
    "mirror", "examiner", "bulletin", "recorder", "advance", "observer", "guardian", "telegraph",
    "independent", "economist", "politico", "wire", "newsroom", "associated", "reuters", "bloomberg",
];

pub(crate) fn is_org_head(w: &str) -> bool {
    ORG_HEADS.contains(&w)
}

/// A company's legal form after its name.
pub(crate) fn is_corporate_suffix(w: &str) -> bool {
    matches!(w, "co" | "inc" | "corp" | "ltd" | "llc" | "plc" | "lp" | "llp" | "ag" | "sa" | "nv" | "gmbh")
}

/// Institutions named by one word (`the Senate`, `the Pentagon`).
pub(crate) fn is_institution(w: &str) -> bool {
    matches!(w, "senate" | "house" | "congress" | "legislature" | "parliament" | "pentagon" | "kremlin" | "commons" | "duma")
}

/// Last words of place names.
#[rustfmt::skip]
const PLACE_HEADS: &[&str] = &[
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "square", "plaza",
    "bridge", "river", "lake", "sea", "ocean", "gulf", "bay", "island", "islands", "peninsula",
    "mountain", "mountains", "mount", "hill", "hills", "valley", "desert", "forest", "park", "county",
    "city", "town", "village", "province", "region", "district", "territory", "territories", "state",
    "states", "republic", "kingdom", "emirates", "coast", "beach", "harbor", "harbour", "port",
    "airport", "station", "heights", "springs", "falls", "canyon", "strait", "straits", "sound",
    "borough", "parish", "prefecture", "oblast", "capitol",
];

pub(crate) fn is_place_head(w: &str) -> bool {
    PLACE_HEADS.contains(&w)
}

/// Last words of the names of documents, laws, events and other things that are not people,
/// organisations or places.
#[rustfmt::skip]
const OTHER_HEADS: &[&str] = &[
    "act", "acts", "law", "bill", "amendment", "treaty", "accord", "accords", "agreement", "pact",
    "convention", "charter", "constitution", "doctrine", "plan", "program", "programme", "summit",
    "games", "cup", "award", "awards", "prize", "war", "crisis", "scandal", "affair", "gate", "day",
    "week", "festival", "olympics", "championship", "series", "protocol", "resolution", "order",
    "declaration", "deal", "report", "dossier", "memo", "hearing", "hearings", "trial", "case",
    "investigation", "inquiry", "probe", "flight", "mission",
    "movement", "revolution", "era", "index", "survey", "poll", "study", "strategy", "operation",
];

pub(crate) fn is_other_head(w: &str) -> bool {
    OTHER_HEADS.contains(&w)
}

/// Nouns after which `of` continues a name (`Department of`, `Secretary of`, `Gulf of`,
/// `Declaration of`).
pub(crate) fn is_of_head(w: &str) -> bool {
    is_org_head(w) || is_title(w) || is_place_head(w) || is_other_head(w) || is_office(w)
        || matches!(w, "government" | "republic" | "kingdom" | "isle" | "people" | "duke" | "duchess" | "earl" | "bank" | "university")
}

/// Lower-case words that may stand inside a name between capitalised words ("Department *of*
/// State", "Ludwig *van* Beethoven", "Bank *of the* West").
pub(crate) fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "for" | "on" | "the" | "de" | "del" | "della" | "der" | "den" | "van" | "von" | "da" | "di"
            | "du" | "la" | "le" | "bin" | "ibn" | "al" | "el" | "ter" | "ten" | "dos" | "das" | "y" | "&"
    )
}

/// Generational suffixes after a surname.
pub(crate) fn is_name_suffix(w: &str) -> bool {
    matches!(w, "jr" | "sr" | "ii" | "iii" | "iv" | "v" | "esq" | "phd" | "md")
}

/// Abbreviations whose dot does not end a sentence.
pub(crate) fn is_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs" | "ms" | "mx" | "dr" | "prof" | "sen" | "rep" | "gov" | "gen" | "lt" | "col" | "maj"
            | "capt" | "sgt" | "adm" | "cmdr" | "st" | "jr" | "sr" | "inc" | "corp" | "co" | "ltd" | "no"
            | "vs" | "rev" | "hon" | "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept"
            | "oct" | "nov" | "dec" | "ft" | "mt" | "ave" | "blvd" | "dept" | "est" | "fig" | "approx"
    )
}

/// Frequent English words that are capitalised only at a sentence start or in a headline. A run
/// made only of such words ("Nuclear Arms Control") is not a name unless something else says so.
/// The corpus adds its own: any word it also writes in lower case.
#[rustfmt::skip]
const COMMON: &[&str] = &[
    "about", "access", "account", "act", "action", "actions", "activity", "actually", "add", "added",
    "adult", "affairs", "age", "agency", "agreement", "aid", "air", "allegations", "alleged", "alliance",
    "american", "americans", "analysis", "announcement", "answer", "anti", "area", "arms", "army",
    "article", "articles", "assistance", "attack", "attacks", "attempt", "authority", "back", "bad",
    "ban", "bank", "base", "battle", "benefits", "best", "better", "big", "bill", "black", "blue",
    "board", "body", "book", "border", "bottom", "box", "break", "bridge", "brief", "bring", "budget",
    "building", "business", "call", "camp", "campaign", "capital", "care", "case", "cases", "center",
    "central", "chair", "challenge", "chance", "change", "changes", "check", "child", "children",
    "choice", "circuit", "citizens", "city", "civil", "claim", "claims", "class", "clean", "clear",
    "climate", "close", "club", "coast", "code", "cold", "college", "come", "commerce", "committee",
    "common", "community", "company", "conference", "conflict", "congress", "consequences",
    "conservative", "conspiracy", "constitution", "constitutional", "control", "cost", "council",
    "country", "county", "court", "crime", "crimes", "crisis", "critical", "cultural", "culture",
    "current", "cyber", "data", "deal", "death", "debate", "decision", "defense", "democracy", "democrats",
    "department", "development", "did", "digital", "direct", "disaster", "district", "division", "does",
    "domestic", "down", "drug", "early", "east", "economic", "economy", "education", "effect", "effort",
    "election", "elections", "emergency", "end", "energy", "enforcement", "environment", "equal",
    "ethics", "european", "evidence", "executive", "fact", "facts", "fair", "fake", "fall", "family",
    "far", "fast", "fear", "federal", "field", "fight", "final", "finance", "financial", "fire", "firm",
    "focus", "food", "force", "foreign", "free", "freedom", "friday", "friendship", "front", "full",
    "fund", "future", "game", "general", "global", "going", "gold", "good", "government", "grand",
    "great", "green", "ground", "group", "growth", "guard", "gun", "half", "hall", "hand", "hard",
    "head", "health", "hearing", "heart", "help", "high", "history", "home", "homeland", "hope",
    "hospital", "hot", "house", "housing", "human", "humanitarian", "immigration", "impact",
    "impeachment", "independence", "independent", "industry", "information", "inside", "inspector",
    "institute", "intelligence", "interest", "interference", "internal", "international", "internet",
    "investigation", "island", "issue", "issues", "job", "jobs", "joint", "judicial", "justice", "key",
    "kids", "land", "large", "late", "law", "laws", "leader", "leaders", "leadership", "league", "left",
    "legal", "liberty", "life", "light", "line", "little", "live", "local", "long", "look", "love",
    "low", "main", "major", "make", "making", "man", "market", "media", "medical", "meddling", "meeting",
    "member", "members", "men", "middle", "military", "million", "mission", "money", "morning", "mother",
    "move", "national", "natural", "navy", "network", "new", "news", "night", "north", "northern",
    "nuclear", "office", "officials", "oil", "old", "open", "operation", "order", "organization",
    "outside", "oversight", "pandemic", "park", "part", "party", "pattern", "peace", "people", "plan",
    "platform", "point", "police", "policy", "political", "politics", "poll", "popular", "post",
    "power", "powers", "presidential", "press", "prime", "private", "pro", "process", "program",
    "progress", "project", "protection", "public", "question", "race", "real", "record", "red",
    "reform", "relations", "relief", "report", "republic", "research", "reserve", "resolution",
    "resources", "response", "review", "revolution", "right", "rights", "risk", "river", "road",
    "rule", "rules", "safety", "school", "science", "sea", "season", "security", "senate", "senior",
    "service", "services", "session", "small", "social", "society", "south", "southern", "space",
    "special", "speech", "sports", "spring", "square", "staff", "standard", "star", "start", "state",
    "statement", "states", "station", "status", "story", "street", "strong", "student", "students",
    "study", "summer", "summit", "supreme", "support", "system", "talk", "task", "tax", "team", "tech",
    "technology", "terms", "test", "time", "times", "top", "town", "trade", "training", "transition",
    "travel", "treasury", "treaty", "trial", "true", "trust", "truth", "union", "united", "university",
    "up", "us", "valley", "victory", "view", "violence", "vote", "voters", "voting", "war", "watch",
    "water", "way", "welfare", "west", "western", "white", "whole", "wide", "win", "winter", "woman",
    "women", "work", "workers", "world", "young", "youth", "zone", "republicans", "conservatives",
    "liberals", "progressives", "officials", "critics", "reporters", "lawmakers", "experts", "analysts", "betrayal", "soliciting",
    "interior", "ministry", "motivation", "legality", "considerations", "sovereignty", "fact-check",
];

pub(crate) fn is_common(w: &str) -> bool {
    COMMON.contains(&w) || STOP.contains(&w)
}

/// Common short forms of given names, as (short form, full form).
#[rustfmt::skip]
const NICKNAMES: &[(&str, &str)] = &[
    ("abe", "abraham"), ("al", "albert"), ("alex", "alexander"), ("andy", "andrew"), ("ben", "benjamin"),
    ("bernie", "bernard"), ("bill", "william"), ("billy", "william"), ("bob", "robert"), ("bobby", "robert"),
    ("cathy", "catherine"), ("charlie", "charles"), ("chris", "christopher"), ("chuck", "charles"),
    ("dan", "daniel"), ("danny", "daniel"), ("dave", "david"), ("dick", "richard"), ("don", "donald"),
    ("doug", "douglas"), ("ed", "edward"), ("eddie", "edward"), ("fred", "frederick"), ("greg", "gregory"),
    ("hank", "henry"), ("jack", "john"), ("jake", "jacob"), ("jim", "james"), ("jimmy", "james"),
    ("joe", "joseph"), ("johnny", "john"), ("jon", "jonathan"), ("kate", "katherine"), ("katie", "katherine"),
    ("ken", "kenneth"), ("larry", "lawrence"), ("liz", "elizabeth"), ("beth", "elizabeth"), ("matt", "matthew"),
    ("mike", "michael"), ("mick", "michael"), ("nick", "nicholas"), ("pat", "patrick"), ("pete", "peter"),
    ("phil", "philip"), ("ron", "ronald"), ("sam", "samuel"), ("steve", "stephen"), ("sue", "susan"),
    ("ted", "edward"), ("tim", "timothy"), ("tom", "thomas"), ("tony", "anthony"), ("vince", "vincent"),
    ("will", "william"), ("zach", "zachary"), ("jeff", "jeffrey"), ("rick", "richard"), ("rich", "richard"),
    ("nancy", "ann"), ("peggy", "margaret"), ("maggie", "margaret"), ("meg", "margaret"), ("jenny", "jennifer"),
    ("jen", "jennifer"), ("becky", "rebecca"), ("vicky", "victoria"), ("sasha", "alexander"), ("misha", "mikhail"),
    ("volodya", "vladimir"), ("kolya", "nikolai"),
];

/// The full form of a given name ("mike" → "michael"), or the name itself.
pub(crate) fn given_name_root(w: &str) -> &str {
    NICKNAMES.iter().find(|(s, _)| *s == w).map_or(w, |(_, f)| f)
}

/// Month names in order, and their short forms.
pub(crate) const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
];

/// The month (1–12) a folded word names: full name or a three- or four-letter short form
/// ("Sept").
pub(crate) fn month_of(w: &str) -> Option<u8> {
    let w = w.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() >= 3 && w.len() <= 4 && m.starts_with(w) && (w.len() == 3 || w == "sept")))
        .map(|i| i as u8 + 1)
}

pub(crate) const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// The weekday a folded word names, 0 = Monday.
pub(crate) fn weekday_of(w: &str) -> Option<u8> {
    WEEKDAYS.iter().position(|d| *d == w).map(|i| i as u8)
}

/// Whether a word names a month or a weekday (never an entity on its own).
pub(crate) fn is_calendar_word(w: &str) -> bool {
    month_of(w).is_some() || weekday_of(w).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_full_and_short() {
        assert_eq!(month_of("june"), Some(6));
        assert_eq!(month_of("jun"), Some(6));
        assert_eq!(month_of("sept"), Some(9));
        assert_eq!(month_of("dec."), Some(12));
        assert_eq!(month_of("ma"), None);
        assert_eq!(month_of("junk"), None);
    }

    #[test]
    fn nicknames_map_to_full_given_names() {
        assert_eq!(given_name_root("joe"), "joseph");
        assert_eq!(given_name_root("joseph"), "joseph");
    }
}
