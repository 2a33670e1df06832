//! Speech: the verbs of saying with their forms and how each attributes a quotation, the verbs of
//! believing that unnamed sources share with them ("officials fear"), and the nouns that name an
//! act of speech.

use std::sync::OnceLock;

use super::has;

/// Verbs of saying and writing, with their forms: base, third person, past (and participle), gerund.
/// The reporting verbs of wire style ("said", "told", "added") and the loaded or specific ones a
/// writer may choose instead ("claimed", "bragged", "tweeted", "testified"); also verbs that report
/// a finding or a ruling when a "that"-clause follows ([`THAT_ONLY_VERBS`]). Sorted by base form.
#[rustfmt::skip]
pub(crate) const SAYING_VERBS: &[[&str; 4]] = &[
    ["accuse", "accuses", "accused", "accusing"],
    ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
    ["add", "adds", "added", "adding"], ["admit", "admits", "admitted", "admitting"],
    ["advise", "advises", "advised", "advising"], ["agree", "agrees", "agreed", "agreeing"],
    ["allege", "alleges", "alleged", "alleging"], ["announce", "announces", "announced", "announcing"],
    ["answer", "answers", "answered", "answering"], ["argue", "argues", "argued", "arguing"],
    ["ask", "asks", "asked", "asking"], ["assert", "asserts", "asserted", "asserting"],
    ["attack", "attacks", "attacked", "attacking"], ["blame", "blames", "blamed", "blaming"],
    ["blast", "blasts", "blasted", "blasting"],
    ["boast", "boasts", "boasted", "boasting"], ["brag", "brags", "bragged", "bragging"],
    ["brand", "brands", "branded", "branding"], ["call", "calls", "called", "calling"],
    ["caution", "cautions", "cautioned", "cautioning"], ["chant", "chants", "chanted", "chanting"],
    ["characterise", "characterises", "characterised", "characterising"],
    ["characterize", "characterizes", "characterized", "characterizing"],
    ["charge", "charges", "charged", "charging"], ["cheer", "cheers", "cheered", "cheering"],
    ["cite", "cites", "cited", "citing"], ["claim", "claims", "claimed", "claiming"],
    ["comment", "comments", "commented", "commenting"],
    ["complain", "complains", "complained", "complaining"],
    ["concede", "concedes", "conceded", "conceding"],
    ["conclude", "concludes", "concluded", "concluding"],
    ["condemn", "condemns", "condemned", "condemning"],
    ["confirm", "confirms", "confirmed", "confirming"],
    ["contend", "contends", "contended", "contending"],
    ["continue", "continues", "continued", "continuing"],
    ["counter", "counters", "countered", "countering"],
    ["criticize", "criticizes", "criticized", "criticizing"],
    ["declare", "declares", "declared", "declaring"], ["decry", "decries", "decried", "decrying"],
    ["demand", "demands", "demanded", "demanding"],
    ["denounce", "denounces", "denounced", "denouncing"], ["deny", "denies", "denied", "denying"],
    ["describe", "describes", "described", "describing"],
    ["determine", "determines", "determined", "determining"],
    ["direct", "directs", "directed", "directing"], ["dismiss", "dismisses", "dismissed", "dismissing"],
    ["dub", "dubs", "dubbed", "dubbing"], ["email", "emails", "emailed", "emailing"],
    ["emphasise", "emphasises", "emphasised", "emphasising"],
    ["emphasize", "emphasizes", "emphasized", "emphasizing"],
    ["exclaim", "exclaims", "exclaimed", "exclaiming"],
    ["explain", "explains", "explained", "explaining"], ["find", "finds", "found", "finding"],
    ["hail", "hails", "hailed", "hailing"], ["hold", "holds", "held", "holding"],
    ["inform", "informs", "informed", "informing"], ["insist", "insists", "insisted", "insisting"],
    ["joke", "jokes", "joked", "joking"], ["label", "labels", "labeled", "labeling"],
    ["lament", "laments", "lamented", "lamenting"],
    ["maintain", "maintains", "maintained", "maintaining"],
    ["mention", "mentions", "mentioned", "mentioning"], ["muse", "muses", "mused", "musing"],
    ["note", "notes", "noted", "noting"], ["notify", "notifies", "notified", "notifying"],
    ["observe", "observes", "observed", "observing"], ["opine", "opines", "opined", "opining"],
    ["plead", "pleads", "pleaded", "pleading"], ["pledge", "pledges", "pledged", "pledging"],
    ["post", "posts", "posted", "posting"], ["praise", "praises", "praised", "praising"],
    ["predict", "predicts", "predicted", "predicting"],
    ["proclaim", "proclaims", "proclaimed", "proclaiming"],
    ["promise", "promises", "promised", "promising"], ["propose", "proposes", "proposed", "proposing"],
    ["quip", "quips", "quipped", "quipping"], ["quote", "quotes", "quoted", "quoting"],
    ["read", "reads", "read", "reading"], ["recall", "recalls", "recalled", "recalling"],
    ["recommend", "recommends", "recommended", "recommending"],
    ["recount", "recounts", "recounted", "recounting"], ["refer", "refers", "referred", "referring"],
    ["reiterate", "reiterates", "reiterated", "reiterating"],
    ["remark", "remarks", "remarked", "remarking"], ["repeat", "repeats", "repeated", "repeating"],
    ["reply", "replies", "replied", "replying"], ["report", "reports", "reported", "reporting"],
    ["respond", "responds", "responded", "responding"], ["retort", "retorts", "retorted", "retorting"],
    ["rule", "rules", "ruled", "ruling"], ["say", "says", "said", "saying"],
    ["scoff", "scoffs", "scoffed", "scoffing"], ["shout", "shouts", "shouted", "shouting"],
    ["show", "shows", "showed", "showing"], ["signal", "signals", "signaled", "signaling"],
    ["slam", "slams", "slammed", "slamming"], ["snap", "snaps", "snapped", "snapping"],
    ["speak", "speaks", "spoke", "speaking"], ["specify", "specifies", "specified", "specifying"],
    ["speculate", "speculates", "speculated", "speculating"], ["state", "states", "stated", "stating"],
    ["stress", "stresses", "stressed", "stressing"], ["suggest", "suggests", "suggested", "suggesting"],
    ["sum", "sums", "summed", "summing"], ["summarize", "summarizes", "summarized", "summarizing"],
    ["tell", "tells", "told", "telling"], ["term", "terms", "termed", "terming"],
    ["testify", "testifies", "testified", "testifying"], ["text", "texts", "texted", "texting"],
    ["tout", "touts", "touted", "touting"], ["tweet", "tweets", "tweeted", "tweeting"],
    ["urge", "urges", "urged", "urging"], ["vow", "vows", "vowed", "vowing"],
    ["warn", "warns", "warned", "warning"], ["whisper", "whispers", "whispered", "whispering"],
    ["wonder", "wonders", "wondered", "wondering"], ["write", "writes", "wrote", "writing"],
    ["yell", "yells", "yelled", "yelling"],
];

/// Irregular forms that do not fit the four columns of [`SAYING_VERBS`], with their base form.
const SAYING_EXTRA_FORMS: &[(&str, &str)] =
    &[("labelled", "label"), ("labelling", "label"), ("pled", "plead"), ("spoken", "speak"), ("written", "write")];

/// Verbs of believing and revealing that report a source's view as speech does ("officials fear",
/// "experts believe", "sources revealed"). The sourcing profile counts them after an unnamed source;
/// they do not attribute a quotation.
#[rustfmt::skip]
pub(crate) const BELIEF_VERBS: &[[&str; 4]] = &[
    ["believe", "believes", "believed", "believing"],
    ["disclose", "discloses", "disclosed", "disclosing"],
    ["estimate", "estimates", "estimated", "estimating"], ["fear", "fears", "feared", "fearing"],
    ["indicate", "indicates", "indicated", "indicating"],
    ["reveal", "reveals", "revealed", "revealing"], ["think", "thinks", "thought", "thinking"],
    ["worry", "worries", "worried", "worrying"],
];

/// Verbs that report speech with a noun of speech or writing as their object ("issued a statement",
/// "released a letter", "gave an interview", "made the remarks"): a speech event when such a noun
/// follows.
#[rustfmt::skip]
pub(crate) const STATEMENT_VERBS: &[[&str; 4]] = &[
    ["deliver", "delivers", "delivered", "delivering"], ["give", "gives", "gave", "giving"],
    ["issue", "issues", "issued", "issuing"], ["make", "makes", "made", "making"],
    ["publish", "publishes", "published", "publishing"],
    ["release", "releases", "released", "releasing"], ["send", "sends", "sent", "sending"],
];

/// Base forms of verbs that report speech only when a "that"-clause or the quotation follows ("the
/// court held that", "the study found that", "ruling that"): otherwise they mean something else.
#[rustfmt::skip]
pub(crate) static THAT_ONLY_VERBS: &[&str] = &[
    "determine", "find", "hold", "rule", "show", "signal", "specify",
];

/// Base forms of verbs that only attribute a quotation woven into their own clause ("called the
/// plan “a disaster”", "described it as “…”", "blamed the fall on “softer demand”": the reason
/// given is the subject's words): they never introduce a set-off quotation.
#[rustfmt::skip]
pub(crate) static WOVEN_ONLY_VERBS: &[&str] = &[
    "accuse", "agree", "attack", "blame", "brand", "call", "characterise", "characterize", "condemn", "decry",
    "denounce", "deny", "describe", "direct", "dismiss", "dub", "hail", "label", "praise", "read",
    "recommend", "refer", "term",
];

/// Base forms of verbs whose object is an utterance ("said “Yes We Can”", "chanted “Lock Her
/// Up”"): words they govern are speech even when shaped like a name.
#[rustfmt::skip]
pub(crate) static UTTERANCE_VERBS: &[&str] = &[
    "add", "chant", "email", "post", "say", "shout", "tell", "text", "tweet", "write", "yell",
];

/// Forms of verbs of saying that are also common nouns ("the report", "his claims", "a warning"):
/// after a determiner or a possessive they are nouns, not cues.
#[rustfmt::skip]
pub(crate) static NOUN_LIKE_CUES: &[&str] = &[
    "answer", "answers", "blast", "call", "calls", "chant", "chants", "charge", "charges", "cheer",
    "cheers", "claim", "claims", "comment", "comments", "counter", "demand", "demands", "email",
    "emails", "finding", "findings", "holding", "joke", "jokes", "label", "labels", "lament", "muse",
    "note", "notes", "pledge", "pledges", "post", "posts", "promise", "promises", "quote", "quotes",
    "read", "reading", "recall", "remark", "remarks", "replies", "reply", "report", "reports", "rule",
    "rules", "ruling", "show", "shows", "signal", "signals", "snap", "state", "statement", "states",
    "stress", "term", "terms", "text", "texts", "tweet", "tweets", "vow", "vows", "warning", "warnings",
];

/// Nouns that name an act of speech or writing, as in "the mayor’s declaration that “…”".
#[rustfmt::skip]
pub(crate) static SPEECH_NOUNS: &[&str] = &[
    "accusation", "admission", "allegation", "announcement", "answer", "argument", "assertion", "boast",
    "characterization", "charge", "claim", "claims", "comment", "comments", "complaint", "contention",
    "declaration", "description", "explanation", "insistence", "line", "mantra", "message", "motto",
    "phrase", "plea", "pledge", "post", "prediction", "promise", "question", "quip", "refrain",
    "remark", "remarks", "reply", "response", "retort", "slogan", "statement", "statements",
    "suggestion", "testimony", "tweet", "tweets", "vow", "warning", "words",
];

/// Nouns that name a word or a phrase as such: a short quotation they introduce is a term ("the
/// term “X”", "a phrase we use, “X”").
#[rustfmt::skip]
pub(crate) static NAMING_NOUNS: &[&str] = &[
    "expression", "nickname", "phrase", "term", "word",
];

/// Words that cannot open a quotation right after a single mark: elisions ("’em", "’til", "rock
/// ’n’ roll").
#[rustfmt::skip]
pub(crate) static ELISIONS: &[&str] = &[
    "bout", "cause", "cept", "cuz", "em", "fore", "kay", "n", "neath", "nuff", "round", "scuse", "til",
    "tis", "twas", "tween", "ya",
];

/// Every form of [`SAYING_VERBS`] and [`SAYING_EXTRA_FORMS`] with its base form.
fn saying_forms() -> &'static Forms {
    static FORMS: OnceLock<Forms> = OnceLock::new();
    FORMS.get_or_init(|| forms_of(SAYING_VERBS, SAYING_EXTRA_FORMS))
}

fn statement_forms() -> &'static Forms {
    static FORMS: OnceLock<Forms> = OnceLock::new();
    FORMS.get_or_init(|| forms_of(STATEMENT_VERBS, &[("given", "give")]))
}

fn belief_forms() -> &'static Forms {
    static FORMS: OnceLock<Forms> = OnceLock::new();
    FORMS.get_or_init(|| forms_of(BELIEF_VERBS, &[]))
}

/// Verb forms and their base forms, hashed as the lexicon's index is: the quotation finder asks
/// about most words of an article (a binary search of string comparisons each time was a good
/// part of finding its speech events).
type Forms = std::collections::HashMap<&'static str, &'static str, std::hash::BuildHasherDefault<super::ByWords>>;

/// The forms of `table` and `extra`; a form of two verbs goes with the first base form in
/// alphabetical order.
fn forms_of(table: &'static [[&'static str; 4]], extra: &[(&'static str, &'static str)]) -> Forms {
    let mut v: Vec<(&str, &str)> = table.iter().flat_map(|r| r.iter().map(move |f| (*f, r[0]))).collect();
    v.extend_from_slice(extra);
    v.sort_unstable();
    v.dedup_by_key(|(f, _)| *f);
    v.into_iter().collect()
}

fn lookup(forms: &'static Forms, w: &str) -> Option<&'static str> {
    forms.get(w).copied()
}

/// The base form of a verb of saying, if `w` is one of its forms ("said" → "say").
pub(crate) fn cue_lemma(w: &str) -> Option<&'static str> {
    lookup(saying_forms(), w)
}

/// The base form of a verb that reports speech with a noun of speech as its object ("issued").
pub(crate) fn statement_verb_lemma(w: &str) -> Option<&'static str> {
    lookup(statement_forms(), w)
}

/// The base form of a verb of believing, if `w` is one of its forms ("feared" → "fear").
pub(crate) fn belief_lemma(w: &str) -> Option<&'static str> {
    lookup(belief_forms(), w)
}

pub(crate) fn is_that_only(lemma: &str) -> bool {
    has(THAT_ONLY_VERBS, lemma)
}

pub(crate) fn is_woven_only(lemma: &str) -> bool {
    has(WOVEN_ONLY_VERBS, lemma)
}

pub(crate) fn is_utterance_verb(lemma: &str) -> bool {
    has(UTTERANCE_VERBS, lemma)
}

pub(crate) fn is_noun_like_cue(w: &str) -> bool {
    has(NOUN_LIKE_CUES, w)
}

pub(crate) fn is_naming_noun(w: &str) -> bool {
    has(NAMING_NOUNS, w)
}

pub(crate) fn is_speech_noun(w: &str) -> bool {
    has(SPEECH_NOUNS, w)
}

pub(crate) fn is_gerund(w: &str) -> bool {
    w.ends_with("ing")
}

pub(crate) fn is_elision(w: &str) -> bool {
    has(ELISIONS, w)
}
