//! Function words: the closed classes of English (articles, quantifiers, pronouns, prepositions,
//! conjunctions, auxiliaries, frequent adverbs). Each word is in one list; the rules ask for the
//! union they need through the predicates at the end (what may stand inside a speaker's noun
//! phrase, what is never a name, what may stand between a subject and its verb).

use super::has;

/// Articles and demonstratives: what opens a noun phrase and says which one is meant.
#[rustfmt::skip]
pub(crate) static ARTICLES: &[&str] = &[
    "a", "an", "another", "that", "the", "these", "this", "those",
];

/// Possessive determiners ("her" is listed here once; it is also the object pronoun).
#[rustfmt::skip]
pub(crate) static POSSESSIVES: &[&str] = &[
    "her", "his", "its", "my", "our", "their", "your",
];

/// Quantifiers: determiners that say how many ("several officials", "all three").
#[rustfmt::skip]
pub(crate) static QUANTIFIERS: &[&str] = &[
    "all", "any", "both", "dozens", "each", "either", "every", "few", "fewer", "hundreds", "least",
    "less", "many", "more", "most", "much", "multiple", "neither", "no", "numerous", "other", "others",
    "several", "some", "such", "thousands",
];

/// Numbers written as words, one to ten (news style spells these out; larger ones are figures).
#[rustfmt::skip]
pub(crate) static NUMBER_WORDS: &[&str] = &[
    "eight", "five", "four", "nine", "one", "seven", "six", "ten", "three", "two",
];

/// Ordinal words used as determiners or adverbs ("the first time", "last week").
#[rustfmt::skip]
pub(crate) static ORDINALS: &[&str] = &[
    "first", "last", "next", "second", "third",
];

/// Personal pronouns that can be the subject of a verb of saying ("he said").
#[rustfmt::skip]
pub(crate) static SUBJECT_PRONOUNS: &[&str] = &[
    "he", "i", "it", "she", "they", "we", "you",
];

/// Object pronouns ("told them"); "her" is in [`POSSESSIVES`].
#[rustfmt::skip]
pub(crate) static OBJECT_PRONOUNS: &[&str] = &[
    "him", "me", "them", "us",
];

/// Reflexive pronouns ("the mayor herself said").
#[rustfmt::skip]
pub(crate) static REFLEXIVES: &[&str] = &[
    "herself", "himself", "itself", "myself", "ourselves", "themselves", "yourself",
];

/// Prepositions of place and direction: after them a capitalised name is a place ("in Ohio",
/// "across Europe"). "at" and "on" are not here: "at Google", "on Fox" name organisations.
#[rustfmt::skip]
pub(crate) static PLACE_PREPOSITIONS: &[&str] = &[
    "across", "around", "in", "inside", "into", "near", "outside", "throughout", "toward", "towards",
    "within",
];

/// The other prepositions.
#[rustfmt::skip]
pub(crate) static PREPOSITIONS: &[&str] = &[
    "about", "above", "after", "against", "along", "amid", "among", "as", "at", "before", "behind",
    "below", "beneath", "beside", "besides", "between", "beyond", "by", "concerning", "despite", "down",
    "during", "except", "for", "from", "including", "like", "of", "off", "on", "onto", "out", "over",
    "past", "per", "regarding", "since", "than", "through", "till", "to", "under", "underneath",
    "unlike", "until", "up", "upon", "via", "with", "without",
];

/// Coordinating and subordinating conjunctions.
#[rustfmt::skip]
pub(crate) static CONJUNCTIONS: &[&str] = &[
    "although", "and", "because", "but", "if", "nor", "once", "or", "so", "though", "unless", "when",
    "whereas", "whether", "while", "whilst", "yet",
];

/// Relative and interrogative words ("who said", "which found").
#[rustfmt::skip]
pub(crate) static WH_WORDS: &[&str] = &[
    "how", "what", "where", "which", "who", "whom", "whose", "why",
];

/// Forms of "be" (a passive "was asked" is no speech event).
#[rustfmt::skip]
pub(crate) static BE: &[&str] = &[
    "am", "are", "be", "been", "being", "is", "was", "were",
];

/// Forms of "have" and "do", as auxiliaries.
#[rustfmt::skip]
pub(crate) static HAVE_DO: &[&str] = &[
    "did", "do", "does", "had", "has", "have",
];

/// Modal verbs.
#[rustfmt::skip]
pub(crate) static MODALS: &[&str] = &[
    "can", "could", "may", "might", "must", "shall", "should", "will", "would",
];

/// Negation adverbs ("no" is a quantifier).
#[rustfmt::skip]
pub(crate) static NEGATIONS: &[&str] = &[
    "never", "not",
];

/// Adverbs of time and frequency ("said Tuesday" has a weekday, "said later" one of these).
#[rustfmt::skip]
pub(crate) static TIME_ADVERBS: &[&str] = &[
    "afterward", "afterwards", "again", "already", "always", "earlier", "ever", "finally", "lastly",
    "later", "now", "often", "overnight", "previously", "recently", "sometimes", "soon", "still",
    "subsequently", "then", "today", "tomorrow", "tonight", "ultimately", "yesterday",
];

/// Sentence adverbs: they open or link a sentence ("However, …", "Meanwhile …") and say how the
/// writer holds a claim ("reportedly", "allegedly").
#[rustfmt::skip]
pub(crate) static SENTENCE_ADVERBS: &[&str] = &[
    "additionally", "allegedly", "apparently", "clearly", "furthermore", "hence", "however",
    "importantly", "indeed", "instead", "likewise", "meanwhile", "moreover", "nevertheless",
    "nonetheless", "notably", "obviously", "otherwise", "overall", "reportedly", "separately",
    "similarly", "specifically", "therefore", "thus",
];

/// Other frequent adverbs: focus and degree ("only", "even", "very"), "also", "here", "there".
#[rustfmt::skip]
pub(crate) static ADVERBS: &[&str] = &[
    "almost", "also", "even", "further", "here", "just", "maybe", "mostly", "only", "perhaps", "quite",
    "rather", "simply", "there", "too", "very",
];

/// Contractions that open sentences in quoted speech ("It’s", "Don’t"), never names.
#[rustfmt::skip]
pub(crate) static CONTRACTIONS: &[&str] = &[
    "can't", "didn't", "doesn't", "don't", "here's", "i'd", "i'll", "i'm", "i've", "isn't", "it's",
    "that's", "there's", "they're", "wasn't", "we're", "what's", "who's", "won't",
];

/// Verbs that can stand between a subject and a verb of saying ("tried to explain", "went on to
/// say", "seemed to suggest").
#[rustfmt::skip]
pub(crate) static CATENATIVES: &[&str] = &[
    "appeared", "appears", "began", "begins", "continues", "proceeded", "seemed", "seems", "tried",
    "want", "wanted", "wants", "went",
];

/// Frequent verb forms that end a noun phrase read backwards from a verb of saying ("the man who
/// met him said"). Not exhaustive: a guard for the commonest cases.
#[rustfmt::skip]
pub(crate) static FREQUENT_VERBS: &[&str] = &[
    "became", "become", "brought", "built", "came", "come", "comes", "cut", "drew", "fell", "felt",
    "found", "gave", "get", "gets", "give", "gives", "go", "goes", "heard", "held", "hit", "keep",
    "kept", "knew", "know", "knows", "led", "left", "let", "lost", "made", "make", "makes", "meet",
    "met", "need", "needs", "paid", "put", "ran", "remain", "remains", "said", "sat", "saw", "says",
    "see", "seem", "sent", "set", "sought", "spent", "spoke", "stood", "struck", "take", "takes",
    "think", "thinks", "thought", "told", "took", "won", "wrote",
];

/// An article, demonstrative, possessive, quantifier or number word: what opens a noun phrase.
pub(crate) fn is_determiner(w: &str) -> bool {
    has(ARTICLES, w) || has(POSSESSIVES, w) || has(QUANTIFIERS, w) || has(NUMBER_WORDS, w)
}

/// A determiner that takes a singular noun ("a", "another", "this", "each"): one that stands before
/// a plural noun belongs to another phrase ("a move critics called").
pub(crate) fn is_singular_determiner(w: &str) -> bool {
    has(ARTICLES, w) && !matches!(w, "the" | "these" | "those")
        || has(QUANTIFIERS, w) && matches!(w, "each" | "every" | "either" | "neither")
}

/// A determiner that can be dropped from the front of a speaker's name ("the company" → "company"),
/// as opposed to a possessive, which makes the phrase someone else's ("his lawyer").
/// A possessive determiner ("my", "her", "their").
pub(crate) fn is_possessive_determiner(w: &str) -> bool {
    has(POSSESSIVES, w)
}

pub(crate) fn is_droppable_front(w: &str) -> bool {
    is_determiner(w) && !has(POSSESSIVES, w)
}

pub(crate) fn is_quantifier(w: &str) -> bool {
    has(QUANTIFIERS, w)
}

pub(crate) fn is_number_word(w: &str) -> bool {
    has(NUMBER_WORDS, w)
}

pub(crate) fn is_preposition(w: &str) -> bool {
    has(PREPOSITIONS, w) || has(PLACE_PREPOSITIONS, w)
}

pub(crate) fn is_place_preposition(w: &str) -> bool {
    has(PLACE_PREPOSITIONS, w)
}

/// Prepositions that continue a noun phrase naming someone: "Lawyers *for* the state", "a report
/// *by* the agency", "people familiar *with* the matter", "the head *of*", "an official *from*".
pub(crate) fn continues_noun_phrase(w: &str) -> bool {
    matches!(w, "of" | "for" | "from" | "by" | "with")
}

/// Prepositions that tie a title to its office's organisation or place: "Ambassador *to* the
/// United Nations", "director *of* Amnesty International", "spokesman *for*", "professor *at*".
pub(crate) fn ties_title_to_office(w: &str) -> bool {
    matches!(w, "of" | "for" | "to" | "at" | "from")
}

pub(crate) fn is_conjunction(w: &str) -> bool {
    has(CONJUNCTIONS, w)
}

pub(crate) fn is_wh_word(w: &str) -> bool {
    has(WH_WORDS, w)
}

pub(crate) fn is_pronoun_subject(w: &str) -> bool {
    has(SUBJECT_PRONOUNS, w)
}

pub(crate) fn is_object_pronoun(w: &str) -> bool {
    has(OBJECT_PRONOUNS, w) || w == "her"
}

pub(crate) fn is_be(w: &str) -> bool {
    has(BE, w)
}

/// An auxiliary: "be", "have", "do" or a modal.
pub(crate) fn is_auxiliary(w: &str) -> bool {
    has(BE, w) || has(HAVE_DO, w) || has(MODALS, w)
}

/// A frequent adverb (of time, of the sentence, or otherwise).
pub(crate) fn is_adverb(w: &str) -> bool {
    has(ADVERBS, w) || has(SENTENCE_ADVERBS, w) || has(TIME_ADVERBS, w)
}

/// A sentence adverb or an adverb of time: what may open a sentence before its subject.
pub(crate) fn is_sentence_adverb(w: &str) -> bool {
    has(SENTENCE_ADVERBS, w) || has(TIME_ADVERBS, w)
}

pub(crate) fn is_time_adverb(w: &str) -> bool {
    has(TIME_ADVERBS, w)
}

/// Any function word of the lists above (not the verbs): the lists of the function family, asked
/// in one look-up (the name finder asks it of every word; list by list it was twenty, a seventh
/// of the names' time). A test checks it against the union of the predicates above.
pub(crate) fn is_function_word(w: &str) -> bool {
    static FUNCTION: std::sync::OnceLock<u128> = std::sync::OnceLock::new();
    super::roles(w) & *FUNCTION.get_or_init(|| super::family_bits("function")) != 0 || is_object_pronoun(w)
}

/// Stop words: what a word-frequency list leaves out when a class asks it to (the Words view's
/// switch), so that the words that say what an article is about come first. Every function word
/// of the lists above but the sentence adverbs, which say how the writer holds a claim
/// ("allegedly", "reportedly", "clearly", "however") and are what a lesson on sourcing looks for.
/// Verbs of saying ("said") are not stop words either: which one a writer picks is the lesson.
pub(crate) fn is_stop_word(w: &str) -> bool {
    is_function_word(w) && !has(SENTENCE_ADVERBS, w)
}

/// Words that are never part of a speaker's noun phrase: prepositions, auxiliaries, conjunctions,
/// pronouns, relative words, adverbs and frequent verbs (determiners open a phrase and are handled
/// apart).
pub(crate) fn outside_noun_phrase(w: &str) -> bool {
    is_preposition(w)
        || is_auxiliary(w)
        || is_conjunction(w)
        || is_wh_word(w)
        || is_pronoun_subject(w)
        || is_object_pronoun(w)
        || has(REFLEXIVES, w)
        || has(NEGATIONS, w)
        || is_adverb(w)
        || has(FREQUENT_VERBS, w)
        || has(CATENATIVES, w)
        || has(QUANTIFIERS, w)
        || matches!(w, "that" | "same" | "own" | "'s")
}

/// Words that may stand between a subject and its verb without belonging to either: auxiliaries
/// other than "be" (a passive is no speech event), reflexives, negations, adverbs, catenative verbs
/// ("tried to"), and adverbs in -ly.
pub(crate) fn is_pre_verb_filler(w: &str) -> bool {
    has(HAVE_DO, w)
        || has(MODALS, w)
        || has(REFLEXIVES, w)
        || has(NEGATIONS, w)
        || is_adverb(w)
        || has(CATENATIVES, w)
        || matches!(w, "first" | "last" | "since" | "to" | "on" | "once")
        || is_ly_adverb(w)
}

/// A word in -ly that is an adverb, not a noun or an adjective ("only", "early", "family",
/// "Italy", "likely" are not).
pub(crate) fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && !matches!(
            w,
            "only" | "early" | "family" | "italy" | "rally" | "ally" | "daily" | "july" | "nearly" | "likely"
        )
}

/// Words that start an introductory phrase or a subordinate clause at the head of a sentence
/// ("However, …", "When asked, …", "According to …").
pub(crate) fn is_intro_word(w: &str) -> bool {
    is_preposition(w)
        || is_conjunction(w)
        || is_sentence_adverb(w)
        || matches!(w, "also" | "asked" | "speaking" | "according" | "where")
}

/// Capitalised words that usually open a sentence: after an abbreviation's full stop, one of these
/// says that the stop also ended the sentence ("… in the U.S. The plan …").
pub(crate) fn is_sentence_starter(w: &str) -> bool {
    is_pronoun_subject(w)
        || is_determiner(w)
        || is_conjunction(w)
        || is_preposition(w)
        || is_sentence_adverb(w)
        || matches!(w, "according" | "last" | "there")
}
