//! The sourcing profile's words: what makes a source unnamed, and the hedges and loaded words a
//! writer may choose. Every entry is folded (lower case, `'` for any apostrophe); phrases are words
//! separated by single spaces and match across a space or a hyphen ("witch hunt", "witch-hunt").
//!
//! Where they come from: the hedges, loaded words and vague attributions are the kinds of words
//! that style guides for neutral writing flag, chiefly Wikipedia's Manual of Style, "Words to
//! watch": unsupported attributions ("some people say", "critics argue": MOS:WEASEL), expressions
//! of doubt ("allegedly", "reportedly", "supposedly", "so-called") and loaded verbs of saying
//! ("claimed": MOS:ALLEGED, MOS:CLAIM), and contentious labels ("regime", "far-right",
//! "extremist": MOS:LABEL). Labels that are often simply accurate ("conspiracy theory") are left
//! out: a count a class has to argue away teaches less than one it can check. The nouns for
//! sources and documents and the verbs of saying are general news usage and live with the other
//! lists ([`super::SOURCE_NOUNS`], [`super::REPORT_NOUNS`], [`super::SAYING_VERBS`]). The lists
//! name no person, outlet or event, and none was written to fit the seed articles: a lesson can run
//! on any corpus.

/// Words that say a source is not named.
#[rustfmt::skip]
pub static ANONYMOUS: &[&str] = &[
    "anonymous", "nameless", "undisclosed", "unidentified", "unnamed", "unspecified",
];

/// Phrases that grant anonymity.
#[rustfmt::skip]
pub static ANONYMITY_PHRASES: &[&str] = &[
    "condition of anonymity", "declined to be identified", "declined to be named",
    "not authorised to speak", "not authorized to speak", "not to be identified", "not to be named",
    "on background",
];

/// What makes a source noun a source: "familiar with", "close to", "briefed on".
#[rustfmt::skip]
pub static FAMILIAR: &[&str] = &[
    "briefed", "close", "familiar", "knowledgeable", "privy",
];

/// Words that stand for unnamed people only when a verb of saying follows at once ("some say",
/// "many believe", "others argue"): before a noun most are ordinary quantifiers.
#[rustfmt::skip]
pub static VAGUE_PRONOUNS: &[&str] = &[
    "everybody", "everyone", "few", "many", "most", "others", "some", "somebody",
];

/// Hedges: words that report a claim while keeping it at a distance (Wikipedia MOS:ALLEGED,
/// MOS:CLAIM). Matched as written: "allegedly" is a hedge, "allegation" is not.
#[rustfmt::skip]
pub static HEDGES: &[&str] = &[
    "alleged", "allegedly", "apparently", "appear to", "appeared to", "appears to", "are said to",
    "arguably", "claim", "claimed", "claiming", "claims", "is said to", "ostensibly", "perhaps",
    "possibly", "purported", "purportedly", "reportedly", "rumored", "rumoured", "seem", "seemed",
    "seemingly", "seems", "so called", "supposedly", "unconfirmed", "unverified", "was said to",
    "were said to",
];

/// Loaded words: words that pass judgement while they describe, where a neutral word was at hand
/// ("bragged" for "said", "peddle" for "promote", "slammed" for "criticised"), and contentious
/// labels (Wikipedia MOS:LABEL). Matched by stem, so every form counts.
#[rustfmt::skip]
pub static LOADED: &[&str] = &[
    "autocrat", "betrayal", "bizarre", "blast", "boast", "bombshell", "brag", "cronies", "debunked",
    "disastrous", "disgraced", "disturbing", "evidence free", "extremist", "fake news", "far left",
    "far right", "gloat", "hoax", "incoherent", "infamous", "lash out", "meltdown", "notorious",
    "outrageous", "peddle", "puppet", "radical", "rage", "rant", "regime", "sham", "shameful", "slam",
    "slur", "smear", "snub", "stooge", "thug", "tirade", "traitor", "treason", "unhinged", "whine",
    "witch hunt",
];
