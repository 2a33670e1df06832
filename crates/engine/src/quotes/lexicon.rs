//! Word lists the attribution rules consult. Everything here is general English news usage: cue
//! verbs with their inflections, titles, determiners, the nouns that name speakers (people,
//! organisations, documents). No names of particular people or outlets.
//!
//! All lookups take a lowercased word whose apostrophes are folded to `'`.

/// A reporting verb and its inflected forms: base, third person, past (and participle), gerund.
const CUE_VERBS: &[[&str; 4]] = &[
    ["say", "says", "said", "saying"],
    ["tell", "tells", "told", "telling"],
    ["write", "writes", "wrote", "writing"],
    ["add", "adds", "added", "adding"],
    ["continue", "continues", "continued", "continuing"],
    ["claim", "claims", "claimed", "claiming"],
    ["state", "states", "stated", "stating"],
    ["tweet", "tweets", "tweeted", "tweeting"],
    ["post", "posts", "posted", "posting"],
    ["declare", "declares", "declared", "declaring"],
    ["note", "notes", "noted", "noting"],
    ["ask", "asks", "asked", "asking"],
    ["argue", "argues", "argued", "arguing"],
    ["insist", "insists", "insisted", "insisting"],
    ["explain", "explains", "explained", "explaining"],
    ["report", "reports", "reported", "reporting"],
    ["conclude", "concludes", "concluded", "concluding"],
    ["brag", "brags", "bragged", "bragging"],
    ["boast", "boasts", "boasted", "boasting"],
    ["warn", "warns", "warned", "warning"],
    ["respond", "responds", "responded", "responding"],
    ["reply", "replies", "replied", "replying"],
    ["answer", "answers", "answered", "answering"],
    ["testify", "testifies", "testified", "testifying"],
    ["reiterate", "reiterates", "reiterated", "reiterating"],
    ["repeat", "repeats", "repeated", "repeating"],
    ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
    ["admit", "admits", "admitted", "admitting"],
    ["announce", "announces", "announced", "announcing"],
    ["assert", "asserts", "asserted", "asserting"],
    ["allege", "alleges", "alleged", "alleging"],
    ["caution", "cautions", "cautioned", "cautioning"],
    ["comment", "comments", "commented", "commenting"],
    ["complain", "complains", "complained", "complaining"],
    ["confirm", "confirms", "confirmed", "confirming"],
    ["contend", "contends", "contended", "contending"],
    ["counter", "counters", "countered", "countering"],
    ["emphasize", "emphasizes", "emphasized", "emphasizing"],
    ["emphasise", "emphasises", "emphasised", "emphasising"],
    ["joke", "jokes", "joked", "joking"],
    ["lament", "laments", "lamented", "lamenting"],
    ["maintain", "maintains", "maintained", "maintaining"],
    ["mention", "mentions", "mentioned", "mentioning"],
    ["observe", "observes", "observed", "observing"],
    ["predict", "predicts", "predicted", "predicting"],
    ["promise", "promises", "promised", "promising"],
    ["pledge", "pledges", "pledged", "pledging"],
    ["vow", "vows", "vowed", "vowing"],
    ["recall", "recalls", "recalled", "recalling"],
    ["remark", "remarks", "remarked", "remarking"],
    ["stress", "stresses", "stressed", "stressing"],
    ["suggest", "suggests", "suggested", "suggesting"],
    ["urge", "urges", "urged", "urging"],
    ["wonder", "wonders", "wondered", "wondering"],
    ["quip", "quips", "quipped", "quipping"],
    ["concede", "concedes", "conceded", "conceding"],
    ["demand", "demands", "demanded", "demanding"],
    ["describe", "describes", "described", "describing"],
    ["characterize", "characterizes", "characterized", "characterizing"],
    ["characterise", "characterises", "characterised", "characterising"],
    ["call", "calls", "called", "calling"],
    ["dub", "dubs", "dubbed", "dubbing"],
    ["label", "labels", "labeled", "labeling"],
    ["term", "terms", "termed", "terming"],
    ["deny", "denies", "denied", "denying"],
    ["agree", "agrees", "agreed", "agreeing"],
    ["proclaim", "proclaims", "proclaimed", "proclaiming"],
    ["shout", "shouts", "shouted", "shouting"],
    ["yell", "yells", "yelled", "yelling"],
    ["whisper", "whispers", "whispered", "whispering"],
    ["recount", "recounts", "recounted", "recounting"],
    ["speculate", "speculates", "speculated", "speculating"],
    ["advise", "advises", "advised", "advising"],
    ["criticize", "criticizes", "criticized", "criticizing"],
    ["blast", "blasts", "blasted", "blasting"],
    ["slam", "slams", "slammed", "slamming"],
    ["charge", "charges", "charged", "charging"],
    ["tout", "touts", "touted", "touting"],
    ["read", "reads", "read", "reading"],
    ["notify", "notifies", "notified", "notifying"],
    ["inform", "informs", "informed", "informing"],
    ["quote", "quotes", "quoted", "quoting"],
    ["exclaim", "exclaims", "exclaimed", "exclaiming"],
    ["plead", "pleads", "pleaded", "pleading"],
    ["scoff", "scoffs", "scoffed", "scoffing"],
    ["snap", "snaps", "snapped", "snapping"],
    ["muse", "muses", "mused", "musing"],
    ["opine", "opines", "opined", "opining"],
    ["propose", "proposes", "proposed", "proposing"],
    ["retort", "retorts", "retorted", "retorting"],
    ["summarize", "summarizes", "summarized", "summarizing"],
    ["sum", "sums", "summed", "summing"],
    ["text", "texts", "texted", "texting"],
    ["email", "emails", "emailed", "emailing"],
    ["chant", "chants", "chanted", "chanting"],
    ["cheer", "cheers", "cheered", "cheering"],
    ["rule", "rules", "ruled", "ruling"],
    ["find", "finds", "found", "finding"],
    ["hold", "holds", "held", "holding"],
    ["show", "shows", "showed", "showing"],
    ["determine", "determines", "determined", "determining"],
    ["allege", "alleges", "alleged", "alleging"],
    ["signal", "signals", "signaled", "signaling"],
];

/// Verbs that report speech only when a "that"-clause or the quotation follows ("the court held
/// that", "the study found that", "ruling that"): otherwise they mean something else.
const THAT_ONLY_CUES: &[&str] = &["rule", "find", "hold", "show", "determine", "signal"];

#[rustfmt::skip]
pub(crate) fn is_that_only(lemma: &str) -> bool {
    THAT_ONLY_CUES.contains(&lemma)
}

/// Extra irregular forms that do not fit the four-column table.
const CUE_EXTRA: &[(&str, &str)] =
    &[("written", "write"), ("pled", "plead"), ("labelled", "label"), ("labelling", "label")];

/// Verbs whose base and `-s` forms are also common nouns ("the report", "his claims"). When
/// such a form follows a determiner or a possessive it is a noun, not a cue.
#[rustfmt::skip]
const NOUN_LIKE_CUES: &[&str] = &[
    "report", "reports", "claim", "claims", "note", "notes", "comment", "comments", "tweet", "tweets", "post",
    "posts", "answer", "answers", "reply", "replies", "charge", "charges", "remark", "remarks", "promise",
    "promises", "pledge", "pledges", "vow", "vows", "demand", "demands", "call", "calls", "warning", "warnings",
    "quote", "quotes", "text", "texts", "email", "emails", "counter", "term", "terms", "label", "labels",
    "stress", "state", "states", "read", "reading", "recall", "joke", "jokes", "blast", "snap", "muse",
    "statement", "lament", "comment", "rule", "rules", "ruling", "finding", "findings", "holding", "show",
    "shows", "chant", "chants", "cheer", "cheers", "signal", "signals",
];

/// Verbs that only attribute when the quotation follows them inside the same clause ("called the
/// plan “a disaster”"): they never introduce a set-off quotation on their own.
const WOVEN_ONLY_CUES: &[&str] =
    &["call", "dub", "label", "term", "describe", "characterize", "characterise", "deny", "agree", "read"];

/// The base form of a cue verb, if `w` is one of its forms.
pub(crate) fn cue_lemma(w: &str) -> Option<&'static str> {
    for forms in CUE_VERBS {
        if forms.contains(&w) {
            return Some(forms[0]);
        }
    }
    CUE_EXTRA.iter().find(|(f, _)| *f == w).map(|(_, l)| *l)
}

#[rustfmt::skip]
pub(crate) fn is_gerund(w: &str) -> bool {
    w.ends_with("ing")
}

#[rustfmt::skip]
pub(crate) fn is_noun_like_cue(w: &str) -> bool {
    NOUN_LIKE_CUES.contains(&w)
}

#[rustfmt::skip]
pub(crate) fn is_woven_only(lemma: &str) -> bool {
    WOVEN_ONLY_CUES.contains(&lemma)
}

/// Nouns that name an act of speech, as in "the mayor’s declaration that “…”".
#[rustfmt::skip]
pub(crate) fn is_speech_noun(w: &str) -> bool {
    matches!(
        w,
        "statement" | "statements" | "declaration" | "claim" | "claims" | "remark" | "remarks" | "comment"
        | "comments" | "words" | "assertion" | "insistence" | "tweet" | "tweets" | "post" | "message"
        | "warning" | "promise" | "pledge" | "vow" | "admission" | "boast" | "suggestion" | "argument"
        | "testimony" | "description" | "characterization" | "answer" | "reply" | "response" | "retort"
        | "quip" | "plea" | "question" | "complaint" | "accusation" | "charge" | "prediction" | "announcement"
        | "explanation" | "contention" | "allegation" | "line" | "refrain" | "mantra" | "slogan" | "motto"
        | "phrase"
    )
}

#[rustfmt::skip]
pub(crate) fn is_be_aux(w: &str) -> bool {
    matches!(w, "is" | "was" | "were" | "are" | "be" | "been" | "being" | "am" | "'s" | "get" | "got" | "gets")
}

/// Words that may stand between a subject and its verb without belonging to either: auxiliaries,
/// reflexives, frequent adverbs.
#[rustfmt::skip]
pub(crate) fn is_pre_verb_filler(w: &str) -> bool {
    matches!(
        w,
        "has" | "had" | "have" | "would" | "will" | "could" | "can" | "may" | "might" | "should" | "must"
        | "shall" | "also" | "later" | "then" | "again" | "once" | "himself" | "herself" | "itself"
        | "themselves" | "myself" | "ourselves" | "yourself" | "not" | "never" | "did" | "does" | "do"
        | "first" | "last" | "since" | "often" | "still" | "already" | "soon" | "now" | "even" | "just"
        | "too" | "previously" | "recently" | "earlier" | "further" | "subsequently" | "ultimately"
        | "finally" | "simply" | "tried" | "to" | "went" | "on" | "wants" | "want" | "wanted" | "seemed"
        | "seems" | "appeared" | "appears" | "began" | "begins" | "proceeded" | "continues"
    ) || (w.len() > 4
        && w.ends_with("ly")
        && !matches!(
            w,
            "only" | "early" | "family" | "italy" | "rally" | "ally" | "daily" | "july" | "nearly" | "likely"
        ))
}

#[rustfmt::skip]
pub(crate) fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "this" | "that" | "these" | "those" | "his" | "her" | "its" | "their" | "our"
        | "my" | "your" | "some" | "many" | "several" | "few" | "most" | "all" | "both" | "each" | "every"
        | "any" | "no" | "another" | "other" | "such" | "one" | "two" | "three" | "four" | "five" | "six"
        | "seven" | "eight" | "nine" | "ten" | "dozens" | "hundreds" | "thousands" | "more" | "numerous"
        | "multiple"
    )
}

/// Determiners and quantifiers dropped from the front of a speaker's noun phrase.
#[rustfmt::skip]
pub(crate) fn is_droppable_front(w: &str) -> bool {
    is_determiner(w) && !matches!(w, "his" | "her" | "its" | "their" | "our" | "my" | "your")
}

#[rustfmt::skip]
pub(crate) fn is_preposition(w: &str) -> bool {
    matches!(
        w,
            "of" | "to"
            | "with" | "from" | "by" | "in" | "at" | "on" | "about" | "against" | "for" | "into" | "over"
            | "via" | "between" | "among" | "after" | "before" | "during" | "under" | "than" | "like"
            | "including" | "through" | "toward" | "towards" | "upon" | "onto" | "across" | "behind"
            | "beyond" | "without" | "within" | "despite" | "amid" | "around" | "near" | "regarding"
            | "concerning" | "per" | "unlike" | "as" | "until" | "since" | "off" | "out" | "up" | "down"
    )
}

/// Words that start an introductory phrase or a subordinate clause at the head of a sentence.
#[rustfmt::skip]
pub(crate) fn is_intro_word(w: &str) -> bool {
    is_preposition(w)
        || matches!(
            w,
            "when" | "while" | "although" | "though" | "because" | "if" | "once" | "whereas" | "where"
            | "however" | "meanwhile" | "still" | "yet" | "but" | "and" | "so" | "also" | "then" | "now"
            | "later" | "earlier" | "asked" | "speaking" | "according" | "in" | "separately" | "instead"
            | "indeed" | "moreover" | "furthermore" | "nevertheless" | "nonetheless" | "or" | "unless"
            | "whether"
        )
}

/// Function words and frequent verbs: never part of a speaker's noun phrase.
#[rustfmt::skip]
pub(crate) fn is_stop(w: &str) -> bool {
    is_preposition(w)
        || is_be_aux(w)
        || matches!(
            w,
            "and" | "or" | "but" | "nor" | "so" | "yet" | "if" | "when" | "while" | "although" | "though"
            | "because" | "that" | "which" | "who" | "whom" | "whose" | "what" | "where" | "why" | "how"
            | "he" | "she" | "it" | "they" | "we" | "i" | "you" | "him" | "them" | "us" | "me" | "there"
            | "here" | "has" | "had" | "have" | "do" | "does" | "did" | "will" | "would" | "could" | "can"
            | "may" | "might" | "should" | "must" | "shall" | "not" | "no" | "never" | "also" | "then"
            | "than" | "too" | "very" | "just" | "only" | "even" | "still" | "again" | "already" | "ever"
            | "met" | "went" | "came" | "took" | "made" | "gave" | "knew" | "thought" | "found" | "left"
            | "felt" | "kept" | "began" | "ran" | "stood" | "brought" | "held" | "heard" | "sent" | "spent"
            | "built" | "lost" | "paid" | "led" | "won" | "fell" | "spoke" | "sat" | "saw" | "put" | "cut"
            | "let" | "set" | "hit" | "meet" | "make" | "take" | "give" | "go" | "come" | "see" | "know"
            | "think" | "want" | "need" | "seem" | "get" | "keep" | "become" | "became" | "remain" | "remains"
            | "struck" | "drew" | "sought" | "told" | "said" | "wrote" | "says" | "seems" | "himself"
            | "herself" | "itself" | "themselves" | "whether" | "about" | "same" | "own" | "now" | "later"
            | "earlier" | "today" | "yesterday" | "tonight" | "tomorrow" | "however" | "meanwhile" | "instead"
            | "once" | "soon" | "often" | "perhaps" | "maybe" | "almost" | "rather" | "quite" | "much"
            | "both" | "either" | "neither" | "each" | "every" | "into" | "onto" | "wants" | "needs" | "gets"
            | "goes" | "comes" | "takes" | "makes" | "gives" | "knows" | "thinks"
        )
}

#[rustfmt::skip]
pub(crate) fn is_pronoun_subject(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we" | "i" | "you")
}

#[rustfmt::skip]
pub(crate) fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january" | "february" | "march" | "april" | "may" | "june" | "july" | "august" | "september"
        | "october" | "november" | "december" | "jan." | "feb." | "mar." | "apr." | "jun." | "jul." | "aug."
        | "sep." | "sept." | "oct." | "nov." | "dec."
    )
}

#[rustfmt::skip]
pub(crate) fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "mon." | "tue."
        | "tues." | "wed." | "thu." | "thur." | "thurs." | "fri." | "sat." | "sun."
    )
}

/// Time words that may follow a cue in a closing attribution ("Lopez said Tuesday.").
#[rustfmt::skip]
pub(crate) fn is_time_word(w: &str) -> bool {
    is_weekday(w)
        || is_month(w)
        || matches!(
            w,
            "today" | "yesterday" | "tonight" | "tomorrow" | "later" | "earlier" | "recently" | "then"
            | "last" | "this" | "previously" | "again" | "once" | "afterward" | "afterwards" | "overnight"
            | "now"
        )
}

/// Abbreviations that keep their period (so it does not end a sentence).
#[rustfmt::skip]
pub(crate) fn is_abbreviation(w: &str) -> bool {
    matches!(
        w,
            "mr" | "mrs"
            | "ms" | "dr" | "sen" | "rep" | "reps" | "gov" | "gen" | "lt" | "col" | "sgt" | "capt" | "cmdr"
            | "adm" | "maj" | "cpl" | "pvt" | "jr" | "sr" | "st" | "mt" | "ft" | "prof" | "rev" | "hon"
            | "pres" | "atty" | "supt" | "insp" | "det" | "no" | "nos" | "vs" | "etc" | "inc" | "corp" | "co"
            | "ltd" | "llc" | "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct"
            | "nov" | "dec" | "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat"
            | "sun" | "dept" | "est" | "approx" | "fig" | "vol" | "ave" | "blvd" | "rd" | "msgr" | "fr"
            | "sra" | "gens" | "govs" | "sens" | "u.s" | "a.m" | "p.m" | "e.g" | "i.e"
    )
}

/// Abbreviations that name a title: never the end of a sentence.
#[rustfmt::skip]
pub(crate) fn is_title_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "mr." | "mrs." | "ms." | "dr." | "sen." | "rep." | "reps." | "gov." | "gen." | "lt." | "col." | "sgt."
        | "capt." | "cmdr." | "adm." | "maj." | "cpl." | "pvt." | "prof." | "rev." | "hon." | "pres."
        | "atty." | "supt." | "insp." | "det." | "st." | "mt." | "ft." | "msgr." | "fr." | "no." | "vs."
        | "gens." | "govs." | "sens."
    )
}

/// Capitalised words that usually open a sentence (used after an abbreviation's period).
#[rustfmt::skip]
pub(crate) fn is_sentence_starter(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "he" | "she" | "it" | "they" | "we" | "i" | "but" | "and" | "in" | "on" | "this"
        | "that" | "there" | "his" | "her" | "their" | "its" | "as" | "at" | "after" | "before" | "when"
        | "while" | "if" | "although" | "still" | "yet" | "so" | "meanwhile" | "however" | "for" | "some"
        | "many" | "one" | "both" | "according" | "during" | "since" | "last" | "earlier" | "later"
    )
}

/// Words of a title, civil or military, capitalised or not. Stripped from personal names.
#[rustfmt::skip]
pub(crate) fn is_title_word(w: &str) -> bool {
    matches!(
        w,
        "president" | "vice" | "vp" | "secretary" | "minister" | "prime" | "foreign" | "deputy" | "director"
        | "senator" | "sen." | "sens." | "rep." | "reps." | "representative" | "congressman" | "congresswoman"
        | "gov." | "governor" | "lt." | "mayor" | "judge" | "justice" | "chief" | "attorney" | "general"
        | "gen." | "col." | "colonel" | "sgt." | "sergeant" | "capt." | "captain" | "adm." | "admiral"
        | "maj." | "major" | "mr." | "mrs." | "ms." | "miss" | "dr." | "prof." | "professor" | "rev."
        | "reverend" | "sir" | "dame" | "lord" | "lady" | "king" | "queen" | "prince" | "princess" | "pope"
        | "ambassador" | "chairman" | "chairwoman" | "chair" | "chairperson" | "commissioner" | "speaker"
        | "leader" | "spokesman" | "spokeswoman" | "spokesperson" | "press" | "adviser" | "advisor"
        | "counsel" | "special" | "acting" | "former" | "state" | "assistant" | "associate" | "executive"
        | "officer" | "ceo" | "cfo" | "coo" | "cto" | "founder" | "co-founder" | "candidate" | "nominee"
        | "inspector" | "detective" | "sheriff" | "marshal" | "superintendent" | "chancellor" | "premier"
        | "councilman" | "councilwoman" | "councilmember" | "alderman" | "delegate" | "dean" | "provost"
        | "first" | "policy" | "national" | "security" | "homeland" | "defense" | "defence" | "treasury"
        | "interior" | "health" | "labor" | "education" | "energy" | "commerce" | "transportation" | "house"
        | "senate" | "majority" | "minority" | "whip" | "gop" | "u.s." | "us" | "federal" | "district"
        | "circuit" | "court" | "supreme" | "army" | "navy" | "air" | "force" | "white" | "board" | "council"
        | "economic" | "trade" | "communications" | "staff" | "campaign" | "manager" | "coordinator"
        | "analyst" | "strategist" | "pastor" | "bishop" | "cardinal" | "rabbi" | "imam" | "father" | "sister"
        | "brother" | "coach" | "commander" | "lieutenant" | "corporal" | "private" | "officials" | "official"
        | "then" | "ex" | "incoming" | "outgoing" | "interim" | "emeritus" | "auditor" | "comptroller"
        | "treasurer" | "controller" | "solicitor" | "prosecutor" | "ombudsman" | "surgeon" | "registrar"
        | "clerk" | "administrator" | "editor" | "publisher" | "recorder" | "assessor"
    ) || w.starts_with("then-")
        || w.starts_with("ex-")
        || w.starts_with("co-")
}

/// Particles that may sit inside a personal name ("Ludwig van Beethoven", "Ibn Saud").
#[rustfmt::skip]
pub(crate) fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
            "de" | "van"
            | "von" | "der" | "den" | "da" | "di" | "du" | "la" | "le" | "bin" | "ibn" | "al" | "el" | "del"
            | "dos" | "das" | "ter" | "mac"
    )
}

#[rustfmt::skip]
pub(crate) fn is_name_suffix(w: &str) -> bool {
    matches!(w, "jr." | "sr." | "jr" | "sr" | "ii" | "iii" | "iv")
}

/// Words that make a capitalised name an organisation.
#[rustfmt::skip]
pub(crate) fn is_org_word(w: &str) -> bool {
    matches!(
        w,
        "house" | "department" | "dept." | "ministry" | "committee" | "commission" | "council" | "agency"
        | "bureau" | "office" | "administration" | "campaign" | "party" | "congress" | "senate" | "court"
        | "university" | "college" | "institute" | "institution" | "foundation" | "association" | "times"
        | "post" | "journal" | "news" | "press" | "tribune" | "herald" | "gazette" | "network" | "inc."
        | "inc" | "corp." | "corp" | "corporation" | "company" | "co." | "llc" | "ltd." | "ltd" | "group"
        | "security" | "service" | "services" | "police" | "army" | "navy" | "force" | "fund" | "bank"
        | "union" | "kremlin" | "pentagon" | "center" | "centre" | "organization" | "organisation" | "today"
        | "board" | "authority" | "coalition" | "alliance" | "caucus" | "club" | "society" | "trust" | "watch"
        | "project" | "review" | "magazine" | "radio" | "tv" | "television" | "channel" | "media" | "wire"
        | "daily" | "weekly" | "examiner" | "mirror" | "recorder" | "bulletin" | "reflector" | "mercury"
        | "independent" | "guardian" | "telegraph" | "observer" | "chronicle" | "globe" | "register"
        | "inquirer" | "dispatch" | "courier" | "monitor" | "partnership" | "federation" | "league" | "system"
        | "systems" | "technologies" | "holdings" | "industries" | "airlines" | "institutes" | "laboratory"
        | "laboratories" | "labs" | "hospital" | "school" | "academy" | "government" | "parliament"
        | "assembly" | "legislature" | "cabinet" | "council's" | "firm" | "partners" | "associates"
        | "enterprises" | "ventures" | "capital" | "reserve" | "exchange" | "commission's" | "secretariat"
        | "directorate" | "command" | "guard" | "forces" | "nations" | "states" | "republic" | "kingdom"
        | "federal" | "national" | "international" | "state" | "city" | "county" | "town" | "village"
        | "district" | "region" | "province" | "embassy" | "consulate" | "mission" | "delegation" | "team"
        | "staff" | "centers" | "business" | "prevention"
    )
}

/// Common nouns that name an organisation ("the company said").
#[rustfmt::skip]
pub(crate) fn is_org_noun(w: &str) -> bool {
    matches!(
        w,
        "company" | "firm" | "startup" | "start-up" | "group" | "organization" | "organisation" | "agency"
        | "department" | "ministry" | "office" | "institute" | "tank" | "nonprofit" | "non-profit" | "charity"
        | "union" | "association" | "coalition" | "partnership" | "council" | "committee" | "commission"
        | "board" | "bureau" | "authority" | "newspaper" | "outlet" | "network" | "website" | "magazine"
        | "publication" | "party" | "campaign" | "administration" | "government" | "court" | "university"
        | "college" | "school" | "hospital" | "bank" | "fund" | "foundation" | "alliance" | "caucus" | "club"
        | "team" | "station" | "channel" | "service" | "watchdog" | "regulator" | "lab" | "laboratory"
        | "manufacturer" | "maker" | "retailer" | "airline" | "carrier" | "insurer" | "developer"
        | "publisher" | "broadcaster" | "platform" | "corporation" | "conglomerate" | "subsidiary" | "center"
        | "centre" | "embassy" | "kremlin" | "pentagon" | "military" | "police" | "district" | "city"
        | "county" | "state" | "legislature" | "parliament" | "senate" | "house" | "congress" | "federation"
        | "league" | "giant" | "chain" | "utility" | "operator" | "producer" | "contractor" | "unions"
            | "media" | "delegation" | "ministries" | "outlets" | "newspapers" | "press" | "television" | "tv"
        | "companies" | "groups" | "agencies" | "organizations" | "firms" | "governments"
    )
}

/// Common nouns that name a document that can "say" things.
#[rustfmt::skip]
pub(crate) fn is_document_noun(w: &str) -> bool {
    matches!(
        w,
        "report" | "statement" | "readout" | "document" | "memo" | "memorandum" | "letter" | "article"
        | "complaint" | "filing" | "lawsuit" | "suit" | "ruling" | "opinion" | "decision" | "order" | "study"
        | "survey" | "poll" | "analysis" | "indictment" | "transcript" | "release" | "post" | "tweet"
        | "email" | "message" | "notice" | "book" | "paper" | "editorial" | "column" | "summary"
        | "assessment" | "review" | "audit" | "affidavit" | "motion" | "brief" | "bill" | "resolution"
        | "guidance" | "proposal" | "draft" | "warrant" | "record" | "minutes" | "dossier" | "cable"
        | "testimony" | "petition" | "manifesto" | "platform" | "charter" | "agreement" | "treaty"
        | "report's" | "story" | "investigation" | "probe" | "documents" | "reports" | "records" | "emails"
        | "messages" | "letters" | "filings" | "findings" | "memos" | "tweets" | "posts" | "website"
    )
}

/// Common nouns that name a person (singular) or people (plural) who can speak.
#[rustfmt::skip]
pub(crate) fn person_noun(w: &str) -> Option<bool /* plural */> {
    const SINGULAR: &[&str] = &[
        "spokesman", "spokeswoman", "spokesperson", "official", "aide", "adviser", "advisor", "analyst",
        "expert", "lawyer", "attorney", "professor", "researcher", "scientist", "economist", "executive",
        "director", "president", "chairman", "chairwoman", "chair", "secretary", "minister", "senator",
        "lawmaker", "representative", "congressman", "congresswoman", "governor", "mayor", "judge", "justice",
        "candidate", "organizer", "organiser", "activist", "worker", "employee", "engineer", "teacher",
        "student", "resident", "officer", "agent", "ambassador", "diplomat", "envoy", "general", "colonel",
        "sergeant", "soldier", "veteran", "doctor", "nurse", "physician", "farmer", "owner", "founder", "ceo",
        "leader", "member", "voter", "witness", "whistleblower", "reporter", "journalist", "columnist",
        "writer", "author", "editor", "historian", "strategist", "consultant", "pollster", "donor", "critic",
        "supporter", "opponent", "deputy", "commissioner", "manager", "coach", "player", "prosecutor",
        "investigator", "detective", "sheriff", "chief", "head", "fellow", "dissident", "specialist", "scholar",
        "staffer", "source", "insider", "negotiator", "parent", "mother", "father", "man", "woman", "person",
        "citizen", "customer", "patient", "victim", "survivor", "neighbor", "neighbour", "friend", "colleague",
        "partner", "politician", "legislator", "councilman", "councilwoman", "councilmember", "commentator",
        "host", "anchor", "correspondent", "interpreter", "translator", "clerk", "auditor", "inspector",
        "administrator", "superintendent", "principal", "pastor", "priest", "rabbi", "imam", "bishop",
        "president-elect", "nominee", "challenger", "incumbent", "rival", "sponsor", "chancellor", "premier",
        "king", "queen", "prince", "pope", "observer", "participant", "attendee", "defendant", "plaintiff",
        "juror", "tenant", "landlord", "shopper", "driver", "pilot", "protester", "protestor", "demonstrator",
        "mother", "girl", "boy", "child", "user", "viewer", "reader", "listener", "entrepreneur", "investor",
        "trader", "banker", "lobbyist", "operative", "ally", "loyalist", "campaigner", "advocate",
        "representative", "delegate", "senator-elect", "governor-elect", "mayor-elect", "counsel",
        "coordinator", "planner", "biologist", "epidemiologist", "physicist", "chemist", "psychologist",
        "sociologist", "ethicist", "researcher",
    ];
    if SINGULAR.contains(&w) {
        return Some(false);
    }
    const PLURAL: &[&str] = &[
        "officials", "aides", "advisers", "advisors", "analysts", "experts", "lawyers", "attorneys",
        "researchers", "scientists", "economists", "executives", "lawmakers", "senators", "representatives",
        "leaders", "members", "voters", "witnesses", "critics", "supporters", "opponents", "prosecutors",
        "investigators", "sources", "negotiators", "parents", "people", "residents", "workers", "employees",
        "engineers", "teachers", "students", "farmers", "doctors", "nurses", "activists", "organizers",
        "republicans", "democrats", "conservatives", "liberals", "progressives", "authorities", "police",
        "officers", "diplomats", "staffers", "insiders", "observers", "protesters", "demonstrators", "citizens",
        "customers", "users", "investors", "democrats", "legislators", "politicians", "historians",
        "journalists", "reporters", "candidates", "agents", "soldiers", "troops", "veterans", "victims",
        "survivors", "neighbors", "families", "owners", "tenants", "allies", "donors", "pollsters", "fans",
        "spectators", "crowds", "protesters", "marchers", "attendees", "onlookers", "bystanders", "shoppers",
        "strategists", "commentators", "defendants", "plaintiffs", "jurors", "judges", "justices", "ministers",
        "envoys", "delegates", "bishops", "scholars", "specialists", "spokespeople", "spokesmen", "spokeswomen",
    ];
    if PLURAL.contains(&w) {
        return Some(true);
    }
    None
}

/// Demonyms and other capitalised words that modify a noun rather than name someone
/// ("Russian officials", "American press"). A rough test: used only to keep such words out of names.
#[rustfmt::skip]
pub(crate) fn is_demonym(w: &str) -> bool {
    (w.ends_with("ian")
        || w.ends_with("ese")
        || w.ends_with("ish")
        || w.ends_with("can")
        || w.ends_with("ean")
        || w.ends_with("i"))
        && w.len() > 4
        && matches!(
            w,
            "russian" | "american" | "ukrainian" | "chinese" | "british" | "german" | "french" | "italian"
            | "spanish" | "mexican" | "canadian" | "israeli" | "iranian" | "iraqi" | "syrian" | "saudi"
            | "turkish" | "polish" | "japanese" | "korean" | "indian" | "pakistani" | "afghan" | "egyptian"
            | "brazilian" | "australian" | "european" | "african" | "asian" | "cuban" | "venezuelan"
            | "colombian" | "nigerian" | "kenyan" | "ethiopian" | "palestinian" | "lebanese" | "jordanian"
            | "qatari" | "emirati" | "yemeni" | "libyan" | "tunisian" | "algerian" | "moroccan" | "swedish"
            | "danish" | "finnish" | "norwegian" | "dutch" | "belgian" | "swiss" | "austrian" | "hungarian"
            | "romanian" | "bulgarian" | "serbian" | "croatian" | "greek" | "portuguese" | "irish"
            | "scottish" | "welsh" | "georgian" | "armenian" | "azerbaijani" | "kazakh" | "belarusian"
            | "latvian" | "lithuanian" | "estonian" | "czech" | "slovak" | "taiwanese" | "vietnamese" | "thai"
            | "filipino" | "indonesian" | "malaysian" | "singaporean" | "haitian" | "chilean" | "peruvian"
            | "argentine" | "argentinian" | "republican" | "democratic" | "conservative" | "liberal"
            | "progressive" | "soviet" | "western" | "eastern" | "northern" | "southern"
        )
}

/// Words that cannot open a direct quotation when found right after a single mark: elisions such as
/// 'em, 'til, 'n'.
#[rustfmt::skip]
pub(crate) fn is_elision(w: &str) -> bool {
    matches!(
        w,
            "em" | "til"
            | "tis" | "twas" | "cause" | "bout" | "round" | "n" | "nuff" | "cept" | "fore" | "neath" | "tween"
            | "kay" | "scuse" | "ya" | "cuz"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_forms_map_to_lemmas() {
        assert_eq!(cue_lemma("said"), Some("say"));
        assert_eq!(cue_lemma("bragged"), Some("brag"));
        assert_eq!(cue_lemma("testified"), Some("testify"));
        assert_eq!(cue_lemma("written"), Some("write"));
        assert_eq!(cue_lemma("table"), None);
    }
}
