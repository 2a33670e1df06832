//! People: titles and honorifics, the nouns that name people, nationalities and parties, and the
//! parts of personal names (particles, suffixes, short forms of given names). Both pipelines that
//! find people read these: the quotation finder (a speaker's noun phrase, `quotes::speakers`) and
//! the name finder (`crossdoc::entities`).

use super::has;

/// Courtesy titles and honorifics before a name ("Mr.", "Dr.", "Sir", "Lady").
#[rustfmt::skip]
pub(crate) static HONORIFICS: &[&str] = &[
    "dame", "dr", "fr", "hon", "lady", "lord", "miss", "mr", "mrs", "ms", "msgr", "mx", "prof", "rev",
    "reverend", "sir",
];

/// Offices, ranks and roles written before a person's name ("President", "Sen.", "Ambassador",
/// "spokesman", "anchor"). They make the name after them a person's.
#[rustfmt::skip]
pub(crate) static TITLE_NOUNS: &[&str] = &[
    "adm", "administrator", "admiral", "adviser", "advisor", "agent", "alderman", "ambassador",
    "analyst", "anchor", "archbishop", "assemblyman", "assemblywoman", "assessor", "attaché",
    "attorney", "auditor", "bishop", "brother", "candidate", "capt", "captain", "cardinal", "ceo",
    "cfo", "chair", "chairman", "chairperson", "chairwoman", "chancellor", "chargé", "chef", "clerk",
    "cllr", "cmdr", "co-founder", "coach", "cofounder", "col", "colonel", "columnist", "commander",
    "commissioner", "comptroller", "congressman", "congresswoman", "consul", "controller", "coo",
    "coordinator", "corporal", "correspondent", "councillor", "councilman", "councilmember",
    "councilor", "councilwoman", "counsel", "cpl", "cto", "curator", "dean", "delegate", "det",
    "detective", "director", "economist", "editor", "emir", "envoy", "father", "founder", "gen",
    "gov", "governor", "host", "imam", "insp", "inspector", "judge", "justice", "king", "leader",
    "lieutenant", "lt", "magistrate", "maj", "major", "manager", "marshal", "mayor", "mep",
    "minister", "mla", "mp", "msp", "nominee", "officer", "official", "officials", "ombudsman",
    "pastor", "pope", "premier", "president", "president-elect", "prince", "princess", "professor",
    "prosecutor", "provost", "pte", "publisher", "pvt", "queen", "rabbi", "recorder", "regent",
    "registrar", "rep", "reporter", "representative", "reps", "secretary", "secretary-general",
    "sen", "senator", "sens", "sergeant", "sgt", "sheikh", "sheriff", "sister", "solicitor",
    "speaker", "spokesman", "spokesperson", "spokeswoman", "strategist", "sultan", "superintendent",
    "supt", "surgeon", "treasurer", "trooper", "trustee", "undersecretary", "vp", "whip",
];

/// Words that qualify a title but are not one alone ("former", "acting", "deputy", "chief",
/// "general" in "Attorney General").
#[rustfmt::skip]
pub(crate) static TITLE_MODIFIERS: &[&str] = &[
    "acting", "assistant", "associate", "chief", "deputy", "emeritus", "ex", "executive", "first",
    "former", "general", "incoming", "interim", "junior", "late", "outgoing", "prime", "senior",
    "special", "then", "vice",
];

/// Words of the office a title names, which belong to the title before a name ("national
/// security adviser", "press secretary", "Circuit Judge"), not to a name.
#[rustfmt::skip]
pub(crate) static TITLE_BODIES: &[&str] = &[
    "appeals", "campaign", "circuit", "communications", "crown", "district", "economic", "federal",
    "foreign", "intelligence", "majority", "minority", "national", "policy", "press", "security",
    "state",
];

/// Bodies named inside a person's title ("White House press secretary", "Supreme Court Justice",
/// "Air Force Gen.", "GOP Sen.", "U.S. Ambassador"). The quotation finder strips them from a
/// speaker's name (a speaker is the person); the name finder keeps them as organisations.
#[rustfmt::skip]
pub(crate) static TITLE_ORG_WORDS: &[&str] = &[
    "air", "army", "board", "council", "court", "force", "gop", "house", "navy", "senate", "staff",
    "supreme", "u.s", "us", "white",
];

/// What follows "Secretary of", "Minister of", "Director of" as part of the title ("Secretary of
/// State", "Minister of Health").
#[rustfmt::skip]
pub(crate) static OFFICES: &[&str] = &[
    "agriculture", "commerce", "communications", "culture", "defence", "defense", "education", "energy",
    "environment", "finance", "foreign", "health", "home", "homeland", "housing", "information",
    "interior", "justice", "labor", "labour", "state", "trade", "transport", "transportation",
    "treasury", "veterans", "war",
];

/// Lower-case particles inside personal names ("Ludwig van Beethoven", "Ibn Saud", "Ortega y
/// Gasset").
#[rustfmt::skip]
pub(crate) static NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "el", "ibn", "la",
    "le", "mac", "ter", "van", "von", "y",
];

/// Generational suffixes after a surname, part of the name ("Jr.", "III").
#[rustfmt::skip]
pub(crate) static NAME_SUFFIXES: &[&str] = &[
    "ii", "iii", "iv", "jr", "sr",
];

/// Letters after a name that are not part of it: honours, offices and degrees ("QC", "MP",
/// "OBE", "PhD"). Dropped from a speaker's name, as titles are.
#[rustfmt::skip]
pub(crate) static POST_NOMINALS: &[&str] = &[
    "cbe", "dbe", "esq", "frs", "kbe", "kc", "mbe", "md", "mep", "mla", "mp", "msp", "obe", "phd", "qc",
];

/// Common short forms of given names, as (short form, full form), sorted by short form: "Joe"
/// and "Joseph Kettering" can be one person, "Hillary" and "Bill Clinton" cannot.
#[rustfmt::skip]
pub(crate) const NICKNAMES: &[(&str, &str)] = &[
    ("abe", "abraham"), ("al", "albert"), ("alex", "alexander"), ("andy", "andrew"),
    ("becky", "rebecca"), ("ben", "benjamin"), ("bernie", "bernard"), ("beth", "elizabeth"),
    ("bill", "william"), ("billy", "william"), ("bob", "robert"), ("bobby", "robert"),
    ("cathy", "catherine"), ("charlie", "charles"), ("chris", "christopher"), ("chuck", "charles"),
    ("dan", "daniel"), ("danny", "daniel"), ("dave", "david"), ("dick", "richard"), ("don", "donald"),
    ("doug", "douglas"), ("ed", "edward"), ("eddie", "edward"), ("fred", "frederick"),
    ("greg", "gregory"), ("hank", "henry"), ("jack", "john"), ("jake", "jacob"), ("jeff", "jeffrey"),
    ("jen", "jennifer"), ("jenny", "jennifer"), ("jim", "james"), ("jimmy", "james"), ("joe", "joseph"),
    ("johnny", "john"), ("jon", "jonathan"), ("kate", "katherine"), ("katie", "katherine"),
    ("ken", "kenneth"), ("kolya", "nikolai"), ("larry", "lawrence"), ("liz", "elizabeth"),
    ("maggie", "margaret"), ("matt", "matthew"), ("meg", "margaret"), ("mick", "michael"),
    ("mike", "michael"), ("misha", "mikhail"), ("nancy", "ann"), ("nick", "nicholas"),
    ("pat", "patrick"), ("peggy", "margaret"), ("pete", "peter"), ("phil", "philip"),
    ("rich", "richard"), ("rick", "richard"), ("ron", "ronald"), ("sam", "samuel"),
    ("sasha", "alexander"), ("steve", "stephen"), ("sue", "susan"), ("ted", "edward"),
    ("tim", "timothy"), ("tom", "thomas"), ("tony", "anthony"), ("vicky", "victoria"),
    ("vince", "vincent"), ("volodya", "vladimir"), ("will", "william"), ("zach", "zachary"),
];

/// Nationality and regional adjectives ("Russian officials", "German Chancellor", "Western
/// diplomats"): they modify a title or a noun and name nobody. Also how a place shows it is one:
/// "Russia" for "Russian".
#[rustfmt::skip]
pub(crate) static DEMONYMS: &[&str] = &[
    "afghan", "african", "albanian", "algerian", "american", "angolan", "arab", "argentine",
    "argentinian", "armenian", "asian", "australian", "austrian", "azerbaijani", "bahraini",
    "bangladeshi", "belarusian", "belgian", "bhutanese", "bolivian", "bosnian", "brazilian", "british",
    "bulgarian", "burmese", "cambodian", "canadian", "chilean", "chinese", "colombian", "congolese",
    "croatian", "cuban", "cypriot", "czech", "danish", "dominican", "dutch", "eastern", "ecuadorian",
    "egyptian", "emirati", "english", "eritrean", "estonian", "ethiopian", "european", "filipino",
    "finnish", "french", "georgian", "german", "ghanaian", "greek", "guatemalan", "haitian", "honduran",
    "hungarian", "icelandic", "indian", "indonesian", "iranian", "iraqi", "irish", "israeli", "italian",
    "jamaican", "japanese", "jordanian", "kazakh", "kenyan", "korean", "kurdish", "kuwaiti", "kyrgyz",
    "lankan", "laotian", "latin", "latvian", "lebanese", "libyan", "lithuanian", "macedonian",
    "malaysian", "malian", "mexican", "moldovan", "mongolian", "montenegrin", "moroccan", "mozambican",
    "namibian", "nepalese", "nicaraguan", "nigerian", "northern", "norwegian", "omani", "pakistani",
    "palestinian", "panamanian", "paraguayan", "persian", "peruvian", "polish", "portuguese", "qatari",
    "romanian", "russian", "rwandan", "salvadoran", "saudi", "scottish", "senegalese", "serbian",
    "singaporean", "slovak", "slovenian", "somali", "southern", "soviet", "spanish", "sudanese",
    "swedish", "swiss", "syrian", "taiwanese", "tajik", "tanzanian", "thai", "tibetan", "tunisian",
    "turkish", "turkmen", "ugandan", "ukrainian", "uruguayan", "uzbek", "venezuelan", "vietnamese",
    "welsh", "western", "yemeni", "zambian", "zealander", "zimbabwean",
];

/// Party adjectives that stand before a title or a name like a nationality ("Republican Sen.",
/// "Labour MP").
#[rustfmt::skip]
pub(crate) static PARTY_WORDS: &[&str] = &[
    "communist", "conservative", "democrat", "democratic", "gop", "labour", "liberal", "libertarian",
    "progressive", "republican", "socialist",
];

/// Common nouns that name a person who can speak ("the lawyer said", "a witness told"); the
/// nouns for sources are in [`SOURCE_NOUNS`]. Titles are nouns for people too ("the president
/// said"): see [`TITLE_NOUNS`].
#[rustfmt::skip]
pub(crate) static PERSON_NOUNS: &[&str] = &[
    "activist", "administrator", "advocate", "agent", "ally", "ambassador", "anchor", "attendee",
    "attorney", "auditor", "author", "banker", "biologist", "bishop", "blogger", "boy", "brother",
    "businessman", "businesswoman", "campaigner", "candidate", "ceo", "chair", "chairman", "chairwoman",
    "challenger", "chancellor", "chef", "chemist", "chief", "child", "citizen", "clerk", "coach",
    "colleague", "colonel", "columnist", "commentator", "commenter", "commissioner", "congressman",
    "congresswoman", "consultant", "coordinator", "correspondent", "councilman", "councilmember",
    "councilwoman", "counsel", "curator", "customer", "daughter", "defendant", "delegate",
    "demonstrator", "deputy", "detective", "director", "dissident", "doctor", "donor", "driver",
    "economist", "editor", "engineer", "entrepreneur", "envoy", "epidemiologist", "ethicist",
    "executive", "farmer", "father", "fellow", "founder", "friend", "general", "girl", "governor",
    "governor-elect", "head", "historian", "host", "husband", "imam", "incumbent", "inspector",
    "interpreter", "investor", "journalist", "judge", "juror", "justice", "king", "landlord", "lawyer",
    "leader", "legislator", "listener", "lobbyist", "loyalist", "man", "manager", "mayor",
    "mayor-elect", "member", "minister", "mother", "negotiator", "neighbor", "neighbour", "nominee",
    "nurse", "opponent", "organiser", "organizer", "owner", "parent", "participant", "partner",
    "pastor", "patient", "physician", "physicist", "pilot", "plaintiff", "planner", "player",
    "politician", "pollster", "pope", "poster", "premier", "president", "president-elect", "priest",
    "prince", "principal", "professor", "prosecutor", "protester", "protestor", "psychologist", "queen",
    "rabbi", "reader", "reporter", "representative", "researcher", "resident", "rival", "scholar",
    "scientist", "secretary", "senator", "senator-elect", "sergeant", "sheriff", "shopper", "sister",
    "sociologist", "soldier", "son", "specialist", "spokesman", "spokeswoman", "sponsor", "strategist",
    "student", "superintendent", "supporter", "survivor", "teacher", "teammate", "tenant", "trader",
    "translator", "user", "veteran", "victim", "viewer", "volunteer", "voter", "whistleblower", "wife",
    "woman", "worker", "writer",
];

/// The same, plural: people spoken of together ("residents said", "fans chanted").
#[rustfmt::skip]
pub(crate) static PERSON_NOUNS_PLURAL: &[&str] = &[
    "activists", "agents", "anchors", "attendees", "attorneys", "authors", "bishops", "bloggers",
    "boys", "bystanders", "campaigners", "candidates", "children", "citizens", "coaches",
    "colleagues", "columnists", "commentators", "commenters", "conservatives", "correspondents",
    "crowds", "curators", "customers",
    "daughters", "defendants", "delegates", "democrats", "demonstrators", "directors", "doctors",
    "donors", "editors", "engineers", "envoys", "executives", "families", "fans", "farmers", "fathers",
    "founders", "friends", "girls", "historians", "hosts", "investors", "journalists", "judges",
    "jurors", "justices", "kids", "lawyers", "leaders", "legislators", "liberals", "marchers",
    "members", "men", "ministers", "mothers", "negotiators", "neighbors", "neighbours", "nurses", "onlookers",
    "organisers", "organizers", "owners", "parents", "partners", "plaintiffs", "players", "police",
    "politicians", "pollsters", "posters", "progressives", "prosecutors", "protesters", "relatives",
    "reporters", "representatives", "republicans", "residents", "senators", "shoppers", "soldiers",
    "sons", "specialists", "spectators", "spokesmen", "spokespeople", "spokeswomen", "strategists",
    "students", "survivors", "teachers", "teammates", "tenants", "troops", "users", "veterans",
    "victims", "volunteers", "voters", "women", "workers", "writers",
];

/// Nouns for a person who is a source, singular: with no name they make an unnamed source ("an
/// official said", "a person familiar with").
#[rustfmt::skip]
pub(crate) static SOURCE_NOUNS: &[&str] = &[
    "adviser", "advisor", "aide", "analyst", "associate", "confidant", "critic", "diplomat", "employee",
    "expert", "individual", "insider", "investigator", "lawmaker", "observer", "officer", "official",
    "operative", "person", "someone", "source", "spokesperson", "staffer", "witness",
];

/// The same, plural ("officials said", "sources say").
#[rustfmt::skip]
pub(crate) static SOURCE_NOUNS_PLURAL: &[&str] = &[
    "advisers", "advisors", "aides", "allies", "analysts", "associates", "authorities", "confidants",
    "critics", "diplomats", "economists", "employees", "experts", "individuals", "insiders",
    "investigators", "lawmakers", "observers", "officers", "officials", "operatives", "opponents",
    "people", "researchers", "scholars", "scientists", "sources", "staffers", "supporters", "witnesses",
];

/// Offices held for a place: a capitalised word right before one names the place represented
/// ("an Alabama senator", "the Ohio governor", "a Texas lawmaker"), not a person.
#[rustfmt::skip]
pub(crate) static REPRESENTATIVES: &[&str] = &[
    "assemblyman", "assemblywoman", "congressman", "congresswoman", "councillor", "councilman",
    "councilwoman", "delegate", "governor", "governors", "lawmaker", "lawmakers", "legislator",
    "legislators", "mayor", "mayors", "representative", "senator", "senators",
];

/// Words that say a person is a woman: honorifics, nouns and titles for women, and the pronouns
/// that can only refer to one ("she", "hers", "herself"; not "her", which may be an object). Used
/// to keep "she" from a person the article calls a man, and "he" from a woman.
#[rustfmt::skip]
pub(crate) static FEMININE: &[&str] = &[
    "actress", "assemblywoman", "aunt", "businesswoman", "chairwoman", "congresswoman",
    "councilwoman", "dame", "daughter", "duchess", "girl", "granddaughter", "grandmother", "hers",
    "herself", "lady", "madam", "miss", "mother", "mrs", "ms", "niece", "princess", "queen", "she",
    "sister", "spokeswoman", "stepmother", "widow", "wife", "woman",
];

/// The same for men ("Mr.", "spokesman", "father", "he", "his"; not "him", an object).
#[rustfmt::skip]
pub(crate) static MASCULINE: &[&str] = &[
    "assemblyman", "boy", "brother", "businessman", "congressman", "councilman", "duke", "father",
    "grandfather", "grandson", "he", "himself", "his", "husband", "king", "lord", "man", "mr",
    "nephew", "prince", "sir", "son", "spokesman", "stepfather", "uncle", "widower",
];

/// `w` without one final full stop ("sen." → "sen").
fn bare(w: &str) -> &str {
    w.strip_suffix('.').unwrap_or(w)
}

/// A title, honorific, modifier of a title or word of an office: what the name finder separates
/// from the name it stands before.
pub(crate) fn is_title(w: &str) -> bool {
    let w = bare(w);
    has(TITLE_NOUNS, w) || has(HONORIFICS, w) || has(TITLE_MODIFIERS, w) || has(TITLE_BODIES, w)
}

/// A word of an office that belongs to a title before a name ("District Judge", "State Senator")
/// and to an organisation's name after one of its words ("Office for the Southern District").
pub(crate) fn is_title_body(w: &str) -> bool {
    has(TITLE_BODIES, bare(w))
}

/// A title that makes the name after it a person's on its own ("President X", "Sen. X"), unlike
/// modifiers and office words, which also begin names of organisations ("National", "Press").
pub(crate) fn is_person_title(w: &str) -> bool {
    let w = bare(w);
    has(TITLE_NOUNS, w) || has(HONORIFICS, w)
}

/// A word of a title as the quotation finder strips it from a speaker's name: a title, or a body
/// named in one ("White House", "Air Force"), or a prefixed title ("then-candidate", "ex-wife",
/// "co-chair").
pub(crate) fn is_title_word(w: &str) -> bool {
    is_title(w)
        || has(TITLE_ORG_WORDS, bare(w))
        || w.starts_with("then-")
        || w.starts_with("ex-")
        || w.starts_with("co-")
}

pub(crate) fn is_office(w: &str) -> bool {
    has(OFFICES, w)
}

pub(crate) fn is_name_particle(w: &str) -> bool {
    has(NAME_PARTICLES, w)
}

/// Lower-case words that may stand inside a name between capitalised words: name particles, and
/// "of", "for", "on", "the", "&" ("Department *of* State", "Bank *of the* West").
pub(crate) fn is_connector(w: &str) -> bool {
    is_name_particle(w) || matches!(w, "of" | "for" | "on" | "the" | "&")
}

pub(crate) fn is_name_suffix(w: &str) -> bool {
    has(NAME_SUFFIXES, bare(w))
}

pub(crate) fn is_post_nominal(w: &str) -> bool {
    has(POST_NOMINALS, bare(w))
}

/// The full form of a given name ("mike" → "michael"), or the name itself.
pub(crate) fn given_name_root(w: &str) -> &str {
    NICKNAMES.binary_search_by(|(s, _)| (*s).cmp(w)).map_or(w, |i| NICKNAMES[i].1)
}

/// Given names (folded) that can be one person's: equal, a common short form, an initial, or a
/// prefix of three letters or more ("Chris", "Christopher").
pub(crate) fn given_names_compatible(a: &str, b: &str) -> bool {
    if a == b || given_name_root(a) == given_name_root(b) {
        return true;
    }
    let (s, l) = if a.chars().count() <= b.chars().count() { (a, b) } else { (b, a) };
    if s.chars().count() == 1 {
        return l.starts_with(s);
    }
    s.chars().count() >= 3 && l.starts_with(s)
}

/// A nationality or regional adjective. (Every listed word matches: the lookup needs no suffix.)
pub(crate) fn is_demonym(w: &str) -> bool {
    has(DEMONYMS, w)
}

pub(crate) fn is_party_word(w: &str) -> bool {
    has(PARTY_WORDS, w)
}

/// A common noun that names a person (`Some(false)`) or people (`Some(true)`).
pub(crate) fn person_noun(w: &str) -> Option<bool /* plural */> {
    if has(PERSON_NOUNS, w) || has(SOURCE_NOUNS, w) {
        Some(false)
    } else if has(PERSON_NOUNS_PLURAL, w) || has(SOURCE_NOUNS_PLURAL, w) {
        Some(true)
    } else {
        None
    }
}

/// A noun for a person who is a source, singular or plural.
pub(crate) fn is_source_noun(w: &str) -> bool {
    has(SOURCE_NOUNS, w) || has(SOURCE_NOUNS_PLURAL, w)
}

pub(crate) fn is_source_noun_plural(w: &str) -> bool {
    has(SOURCE_NOUNS_PLURAL, w)
}

/// Whether a word says its person is a woman (`Some(true)`) or a man (`Some(false)`); see
/// [`FEMININE`]. Honorifics may keep their full stop ("mrs.").
pub(crate) fn gender_of(w: &str) -> Option<bool> {
    let w = bare(w);
    if has(FEMININE, w) {
        Some(true)
    } else if has(MASCULINE, w) {
        Some(false)
    } else {
        None
    }
}

/// An office held for a place (see [`REPRESENTATIVES`]).
pub(crate) fn is_representative(w: &str) -> bool {
    has(REPRESENTATIVES, w)
}
