//! Direct quotations: where they are, what kind they are, who is quoted and by which cue.
//!
//! [`extract_quotes`] takes one document's full text as read (paragraphs are lines, with blank
//! lines between them) and returns its quotations; [`extract`] also returns the unbalanced marks
//! it met; [`canonical_speakers`] merges the speakers of a corpus into canonical names.
//!
//! # Why rules
//!
//! The engine runs in the browser and at build time, with no model and no network, and its output
//! is shown to students who are learning to ask *who says so?*. Hand-written rules fit all of that:
//! they are small, fast, deterministic, and every attribution can be explained by pointing at the
//! cue phrase that produced it ([`Quote::cue_span`], [`Quote::attribution`]). News writing is also
//! unusually regular about quotation: wire-service style books prescribe a handful of
//! constructions, and those cover nearly every quotation in practice. The rules below are written
//! against those constructions, not against any particular text; the lexicon holds only general
//! English (reporting verbs, titles, determiners, nouns that name people, organisations and
//! documents).
//!
//! # Marks (`marks.rs`)
//!
//! Curly marks say which way they face; straight ones do not, and curly ones are sometimes typed
//! the wrong way round. Each double mark is classified from its context, the way CommonMark decides
//! emphasis: it *can open* if it is followed by a non-space and preceded by a space, an opening
//! bracket, a dash or the start of the paragraph; it *can close* if it follows a non-space and
//! precedes a space, punctuation or the end. A curly mark keeps its glyph's direction unless the
//! context allows only the other one; a straight mark that could do either closes when a quotation
//! is open and opens otherwise. Marks pair with a stack, so a double quotation nested in another
//! stays inside it, and single marks inside a double quotation are simply part of its words
//! (`‘we have information on your opponent,’`); in British style, the other way round, a double
//! quotation inside single marks that set off a sentence (the closing mark after a comma, a full
//! stop, a question or an exclamation mark) is nested in it (`‘There’s a phrase we use, “transfer
//! trauma”, and it is real,’ she said`). Apostrophes never take part: `’` in "Vance’s",
//! "didn’t", "players’" is never an opening mark, and a single mark opens a top-level quotation
//! (the headline style, `'safe streets'`) only after a space or bracket and before a letter
//! that does not start an elision (`'em`, `’90s`), and only if a closing single mark follows in the
//! same paragraph, or, when the paragraph ends a sentence with it still open and the next
//! paragraph opens with a single mark, in a later paragraph (a statement over several paragraphs
//! in British style).
//!
//! A paragraph that ends with a quotation still open is, by the convention of American news
//! style, continued if the next paragraph starts with an opening mark and the quotation was set
//! off (a fragment woven into a sentence does not run over paragraphs): the quotation runs on, and
//! the repeated mark belongs to it. Otherwise the marks are unbalanced, and the text is recovered,
//! never rejected: an unclosed quotation ends at the end of its paragraph, or where the next
//! quotation inside it starts (a missing closing mark makes the following quotation look nested;
//! at the paragraph end the nesting is undone and both become quotations); a closing mark with
//! nothing open is ignored. Each recovery is reported as a [`QuoteIssue`]. Recovery is local to
//! one paragraph, so one stray mark cannot swallow the rest of an article.
//!
//! # Speakers and cues (`attribution/`)
//!
//! The writer's text is tokenized with each quotation as one opaque token, and split into sentences
//! by the engine's one sentence rule (`lexicon::sentences`). *Speech events* are found in it
//! (`events.rs`): a reporting verb from the lexicon (said, told, wrote, added, claimed, tweeted,
//! testified, …, every inflection; verbs such as *found*, *ruled*, *held* only before "that"; verbs
//! that characterise or give a reason, *called*, *described*, *accused*, *warned*, *praised*,
//! *blamed*), not used as a noun
//! ("a 2019 report", "his claims", "on nursing notes that …"; right after a noun that can speak it
//! is a verb, even at the clause's end: `“…,” the filing states.`), not passive ("was asked"), with
//! its subject (`phrases.rs`): the noun phrase right before the verb, past adverbs, auxiliaries,
//! parentheticals, appositives, relative clauses and prepositional modifiers (`X, speaking via an
//! interpreter, claimed`; `Mrs. Y’s adviser, Jane Doe, said`; `Fans who stayed chanted`; `Lawyers
//! for the state argued`; `Analysts at Northbridge Securities wrote`); a relative clause that ends
//! a name's descriptive appositive is passed with it (`Ana Petit, a partner at Northgate
//! Capital, which led the round, said`: the clause is the firm's, the saying Petit's), and
//! appositives in a row that cannot be the subject (a relative clause, an age, "no relation", which
//! tells two people sharing a surname apart, a party tag such as `D-N.M.`, a name in marks whose comma is inside them) lead back to the name (`Rhee, who oversees
//! the program, known as “Skyward Lattice,” insisted`; `Lily, 8, clutching a rabbit, said`); a
//! place closing a description before "which" cannot speak (`Vireo Therapeutics, a company based
//! in Cambridge, Massachusetts, which said` is Vireo's); a figure with thousands separators is one
//! word (`which represents about 1,100 teachers,`); "it"
//! right after a verb that follows a quotation is its object, not an inverted subject; a verb
//! right after "and" or "but" shares the subject of the verb of saying before it, unless another
//! verb comes between (`Ochoa acknowledged … but said the committee had been “kept in the
//! dark”`; not `states that the man refused … and told`). A singular
//! determiner does not open a phrase that ends in a plural noun for people (`a move critics called
//! “…”`: the critics). For a participle (`…, saying`) the subject is the phrase right before it
//! when that phrase can speak (`an order by X directing`), else that of the attribution inserted
//! before it (`Ridership rose, the authority wrote, calling …`), else its clause's; "saying" after
//! a verb of its own subject only carries the quotation on, so the cue is the framing verb (`Trump
//! bragged …, saying “…”` → *bragged*). Also "according to X" (`according to a 2021 report from X`
//! → X), "quoting/citing X", "X issued a statement", "X’s declaration that" (a noun of speech is no
//! cue, and is passed over when it is a verb's object: `He called the board’s statement
//! “insulting”` is his), the inverted `“…,” said X`, and the headline form `NAME: “…”` (a name or a
//! title before the colon). Each quotation then takes, in order (`assignment.rs`):
//!
//! 1. inside `Asked (by X) whether … “…”,` the words belong to the question (X, or nobody);
//! 2. a closing attribution: `“…,” X said`, `“…,” said X`, `“…,” according to X` (after a
//!    quotation that ends its sentence, only if nothing but adverbials follows the cue, and not
//!    past a conjunction: in `“…” when, he said, …` the parenthesis is the next clause's); a verb
//!    of saying before the quotation in its clause beats a closing "according to", which then names
//!    who reported it;
//! 3. the nearest cue before it in its sentence (`X said: “…”`, `X told reporters “…”`, `X
//!    tweeted that he’d “…”`, `According to X, “…”`, `The mayor said she was “deeply worried”`,
//!    `X called it “a disgrace”`), not one inside a relative clause, parenthesis or dashes that
//!    close before the quotation; then "according to X" closing the sentence after a comma, which
//!    credits everything the sentence says (`prices stayed “stubbornly high,” according to the
//!    survey`);
//! 4. a quotation set off after a clause is its subject's (`Trump, also on Twitter, defended his
//!    decision, “…”`);
//! 5. the speaker of an earlier quotation in the same sentence (`notes that X “…” and “…”`);
//! 6. a document as the sentence's subject (`The Tribune report, which was based on “…”`);
//! 7. continuation of the turn: the nearest earlier speaker in the paragraph; else the one person
//!    the paragraph names before the quotation (news introduces a speaker, then quotes them: `…,
//!    leaving Ingram unimpressed. “One of them was questionable.”`, a guess); else a person named
//!    right after the quotation's closing comma, before a lower-case word (`“…,” Ray Dunn
//!    deadpanned`: the shape of a closing attribution whose verb the lexicon lacks, a guess);
//!    a sentence of action whose subject is a person named, right before the quotation, hands the
//!    turn to that person (`Ortiz said. Reyes shook his head. “…”`, a guess);
//!    else the last speaker of the previous paragraph (of the previous item, in a bulleted
//!    list), as when a paragraph of quotation follows `“…,” she said.`;
//! 8. a headline or subhead repeating a quotation that the body attributes takes its speaker (see
//!    Echoes).
//!
//! A quotation with no word of saying in its own sentence has no cue: the verb of another
//! sentence is not its cue, even when its speaker goes on.
//!
//! Pronouns are resolved (`resolution.rs`; descriptions the article makes clear, `descriptions.rs`)
//! to the nearest preceding named speaker of a matching kind (he/she → a person, it → an
//! organisation or document, they and "one of them" → a group), preferring a speaker earlier in the
//! same sentence, then the subject of the previous sentence of the paragraph (the most salient
//! referent: `Mayor Jo Grant was blunter. “…,” she said.`; a person's name ends before a
//! lower-case word, its verb, whatever the verb: `Commissioner Raymond Kessler cast the only vote
//! against. He said …`, unless that word is a title or a noun that makes the name a modifier,
//! `Peaks coach Bethany Nguyen`), then a speaker of this paragraph or the
//! one before, then, in a paragraph's first sentence, the person named as subject of the previous
//! paragraph's last sentence (the one just introduced: `X, a cellist, brought her a cello.` ¶ `“…,”
//! he says.`), or, when that subject is a pronoun, the one person the previous paragraph names
//! (`Medina has put her name on lists. … she plans to stay with her son.` ¶ `“…,” she said.`),
//! then a person the previous sentence names, then any earlier speaker, then any
//! earlier mention ("I" in a transcript's answer, a paragraph opening "A:", is the one the article
//! introduces the exchange with: `a interview with Lind:`; in one opening with a person's name and
//! a colon, `Carvalho: … I said, “…”`, it is that person). "She" and "he" agree with what the
//! article says of people: an honorific or a noun for a woman or a man in a title or an appositive
//! (`Ms. Carver`, `X, a spokeswoman`, `A Larkspur spokesman, Grant Feeney`), and "she", "he", "his", "hers" in a sentence that names one
//! person only, or opening the next one (`her` and `him` may be someone else's, objects); so `she
//! replied` after `Stiles asked` is the woman the article spoke of. What is said of a person is
//! kept under the full name a surname stands for, so two people sharing a surname (a woman and her
//! father) are told apart. A surname in capitals labelling a transcript's answers (`KOVAČ:`) is
//! the person named before, not an acronym's organisation; a title word after a given name is a
//! surname (`Andrea Bishop`, and `Bishop said` then is she). Someone quoted naming a person in full is not that person (`He said,
//! “Andy Warhol was …”`). Descriptions resolve too: "the report" to the author of the last document
//! of that kind, "the authority" or "the company" to the organisation whose name ends in that noun
//! or a recent organisation speaker (a name in quotation marks is no
//! organisation: `a program the company calls “Project Keystone”` names a thing; and a name the
//! article also calls by its first word alone but never by its last, with no title and nothing
//! said of its sex, is an organisation's, as news calls a company by its first word and a person
//! by the surname: `Callister Foods said …` ¶ `Callister reported …`), "the people" to the earlier "people familiar with the matter",
//! "the judge" or "a federal judge" to the person the article titles so (before for "the", after
//! for "a"), "my coach", "her lawyer", "the executive" or "the hospital’s chief executive" to the
//! one person the article names in that role (`Kovač’s coach, Ivo Barić`; `the executive, Dr.
//! Camille Foster`; the role closing the appositive after the name, `Dana Whitcomb, the county's
//! emergency services commissioner,` for "the commissioner"; a possessor the description names must be the role's too: "Harbor City’s
//! coach" is not `Redwood’s head coach, Colin Baptiste`), an organisation's description to the
//! organisation an appositive after it names (`the union that represents about 600 nurses, the
//! Missouri Nurses Alliance, warned`); a document, definite or not, to whoever its own phrase
//! says made it (`A 2024 analysis by X`, `a report released last month by X`, `The complaint,
//! filed Monday by X,`; a definite description or a possessed one is an author too, `by the state
//! auditor general`, `by the Pentagon’s inspector general`, an indefinite one, `by an unknown
//! author`, names nobody to find); "the report" also to the author of the nearest earlier one,
//! or the subject of the clause its phrase opens (`In a court filing last month, Grant wrote …` ¶
//! `“…,” the filing states`) or of the verb of saying it modifies (`Mayor X said in a statement
//! that …` ¶ `“…,” the statement said`: a join from context, so marked uncertain); what someone
//! says a document or a finding shows is their words (`the institute said the results showed that
//! … “…”`: the institute's, by *said*: a reporter of a finding quotes it, the finding does not
//! speak); "the institute" also to a name whose head comes before "of" or "for" (`Nordvik
//! Institute for Ageing Research`); a document a description possesses to the organisation the
//! description names (`the district’s own facilities report` → the one "… District", else what "the
//! district" refers to), people named by an organisation's noun to it (`council officers` → the one
//! "… Council"), "police" to the one police force the article names (an affiliation after a name,
//! `Ray Dunn of the Akron Police Department`, is indexed as a name too), each only when one name
//! fits; "a shopper who gave her name only as Ana" is Ana. A description with nothing near to refer
//! to stays as written. The written form and the resolved name are both kept ([`Quote::speaker`],
//! [`Quote::speaker_name`]: "the company (Acme Corp)").
//!
//! # Names (`names.rs`, `mentions.rs`)
//!
//! A speaker's name is the name itself: titles, false titles ("broadcaster Piers Morgan") and ages
//! before it, post-nominals ("QC", "MP") and an affiliation or a place after it ("Mike Ryan of the
//! World Health Organization", "Sen. Maria Feld of Oregon": two to four name words after the
//! titles, then "of") are not part of it, nor a nickname in quotation marks inside it (`Leon
//! “Tank” Harper`; the nickname stays a term), nor a unit of an organisation after it (`Ray
//! Dunn of the Akron Police Department’s traffic unit said`: a named person before "of", "from"
//! or "at" is the speaker, whatever common noun the modifier ends in); a title with its office is a
//! title ("Governor of Washington Chris Gregoire", "ambassador to the United Nations Nikki Haley").
//! A surname alone is expanded to the full name the document gives; when two people share it, to
//! the one introduced first (news calls its main person by the surname and a relative by full or
//! first name: "Rosa Lind … the daughter of Tomás Lind … Lind said"); a short
//! organisation name to the one longer name that starts or ends with it ("Pinecrest" for "Pinecrest
//! Foods", "Home Office" for "United Kingdom Home Office"); a short form to the name the text
//! defines or whose initials it spells ("KCNA"). Words that cannot speak are never speakers:
//! weekdays and dated months are never part of a name, a dateline is a place (words in capitals
//! opening a paragraph before a comma, a bracket or a dash, `WILMINGTON, Del. —`, are no name a
//! description could refer to), so is a time zone after a clock time (`4:15 p.m. ET`), a place's
//! possessive before an organisation's name is not part of it (`Nigeria’s Ministry of Ports and
//! Waterways`, `Britain’s Labour Party`; not a title's: `U.S. Attorney’s Office`), a place after an
//! organisation's name is passed over (`the University of Arkansas, Fayetteville, said`), a
//! sentence's first word before "of" is an ordinary noun unless it takes one ("Shares of Halvorsen
//! fell"), a plural noun for people opening a sentence is a description ("Analysts said"), a
//! plural noun for people before names joined by "and" labels them ("Neighbors Sam Ortiz and Bill
//! Reyes"; "Kids Safe Kitchens said" is a name), and a question word never opens a name (the
//! subhead "What Larkspur says").
//! People described by where they work keep the description ("Analysts at Northbridge Securities",
//! "a spokeswoman for Halvorsen"), and so does an unnamed person described by a place or a matter
//! ("A Western diplomat in Nairobi", "One person familiar with the matter"): a name after "in",
//! "at", "from", "with" or "for" is the object inside the phrase, never cut out as the speaker
//! (`the U.S. Attorney’s Office for the Southern District of New York wrote`). Across documents
//! [`canonical_speakers`] merges the rest (`speakers.rs`).
//!
//! # How sure ([`Basis`], [`Quote::uncertain`])
//!
//! Every attribution says how it was made: *named* in the quotation's own sentence, *resolved*
//! from a pronoun, *described* (a description or a bare surname the article never gives in full),
//! *carried* from an earlier sentence of the paragraph, *carried over* from the previous
//! paragraph, or *guessed* (a clause's subject, a document subject, the person a paragraph
//! introduces, an echo, a participle whose own noun phrase cannot speak, a subject who cites or
//! quotes someone else). Described, carried-over and guessed attributions are *uncertain*: on the
//! development set those are right about two times in three, the others more than 98 times in a
//! hundred (QUOTES-QUALITY.md), so a teacher can tell a class which answers to check.
//!
//! # Echoes and nested quotations
//!
//! A headline or subhead that repeats words a body quotation attributes is an echo of it
//! ([`Quote::echo_of`]): credited to the same speaker, keeping a verb of its own as cue (`‘…,’
//! former nurse tells jury`; a description it credits gives way to the body's named speaker:
//! `‘a disgrace’, say parents` is the relative the body quotes), and not counted twice by the
//! sourcing profile; a short one (one word of content) only when it repeats a whole quotation.
//! Echoes are found
//! through the word pairs of the credited quotations (linear). A quotation inside a quotation
//! (one level) is reported in [`Extraction::nested`], attributed within the words that hold it; a
//! remark credited to nobody there is the holder's speaker's ([`Attribution::Holder`]); "he" or
//! "she" heading it, with no antecedent in the holder's words, is the nearest person the writer's
//! text names before the holder, other than the holder's speaker and of no other sex (`“He shook
//! my hand and said, ‘…’” Moss said`, after `meeting Brandt`: a guess).
//!
//! # Kinds (`attribution/kinds.rs`)
//!
//! A quotation is **Full** when it stands as the utterance itself: set off from the writer's words
//! (at a paragraph or sentence start, or after a colon, a comma or a dash) and itself a sentence (a
//! capital letter after any ellipsis or bracket, or five words or more), or a sentence introduced
//! right by a verb of saying, with or without a comma or "that" (`Tusk wrote “Let's all pray …”`);
//! **Partial** when its words are woven into the writer's sentence and the text credits someone
//! with them (a cue, or a turn that goes on, for three words or more), which lower case after a
//! comma that no verb of saying precedes (`…, “neutralizing the threat” is an aim`), after a
//! preposition, or inside "reported that …" also shows; **Term** otherwise: a scare quote, a name
//! or a title (after a naming verb, in apposition, after a preposition, or shaped like a name and
//! not spoken), a phrase credited to nobody ("Project Falcon", "backroom deals"), one or two words
//! after a determiner that name something inside the noun phrase (`its “Falcon” drone`) or head it
//! before its verb (`a “polar vortex” could settle`), even under a cue before it (an adjective
//! before a noun, `a “mild” sprain`, stays someone's word), a short phrase a noun for a word
//! introduces (`the term “X”`, `a phrase we use, “transfer trauma”, and …`).
//!
//! # Linear time
//!
//! Every look-back is bounded (a few hundred speakers or mentions, a few paragraphs for
//! descriptions, the stretch since the previous quotation of a sentence), the lexicon answers from
//! one hash index, and per-quotation work never rescans the paragraph or the sentence: a paragraph
//! of 250,000 short quotations (7 MB) or one sentence of 100,000 goes through in time proportional
//! to its length (figures in QUOTES-QUALITY.md, bench `paragraph`).
//!
//! # Measured quality
//!
//! `tests/quote_quality.rs` scores the rules against hand annotations of the five seed articles,
//! four articles written for the purpose, three held-out batches, sealed batches A and B (ten
//! articles each, in quotes-dev's format) and quotes-dev (30 real Wikinews articles, outside the
//! repository); the figures, including each held-out batch's and
//! quotes-dev's first runs (the honest estimates for unseen text), are in `QUOTES-QUALITY.md`.
//!
//! # Guarantees
//!
//! Extraction never fails and never panics, whatever the input; offsets are byte offsets into the
//! text, on char boundaries, with `start <= end <= text.len()`, and quotations are sorted and do
//! not overlap.

mod attribution;

mod marks;
mod mentions;
mod names;
mod speakers;
mod text;

use serde::{Deserialize, Serialize};

use crate::span::Span;

pub use speakers::{canonical_speakers, Speaker, SpeakerTable};

/// What kind of quotation.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// A sentence or more of someone's words, set off from the writer's.
    Full,
    /// A fragment of someone's words woven into the writer's sentence.
    Partial,
    /// A scare quote, a name or a phrase credited to nobody.
    Term,
}

impl QuoteKind {
    /// `"full"`, `"partial"` or `"term"`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
            QuoteKind::Term => "term",
        }
    }
}

/// What kind of speaker.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpeakerKind {
    Person,
    /// People spoken of together ("officials", "Republicans").
    Group,
    Organisation,
    Document,
    Unknown,
}

/// How a quotation's speaker was found.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Attribution {
    /// Nobody is credited.
    None,
    /// A cue after the quotation: `“…,” X said`, `“…,” said X`.
    CueAfter,
    /// A cue before it in its sentence: `X said: “…”`, `X tweeted that he’d “…”`.
    CueBefore,
    /// `according to X`.
    AccordingTo,
    /// `X’s declaration that “…”`.
    SpeechNoun,
    /// `NAME: “…”`.
    Colon,
    /// `Asked (by X) whether “…”`: the words of the question.
    Asked,
    /// Another quotation of the same sentence, whose cue governs this one too.
    SameSentence,
    /// A speech event earlier in the paragraph (or the previous paragraph).
    PreviousSentence,
    /// The speaker of the previous quotation goes on.
    Continuation,
    /// A document is the subject of the sentence.
    DocumentSubject,
    /// The subject of the clause that a set-off quotation completes ("Trump defended his
    /// decision, “…”").
    ClauseSubject,
    /// The same words are quoted elsewhere in the document with a speaker.
    Echo,
    /// A quotation inside another, credited to nobody within it: a remark or a thought the holder's
    /// speaker reports ("It felt like ‘am I going to die?’").
    Holder,
    /// The one person the paragraph names before a quotation that has no word of saying and no
    /// earlier speaker in the paragraph ("The home side got two yellow cards, leaving Ingram
    /// unimpressed. “One of them was questionable.”"): a guess.
    Introduced,
}

/// How a quotation's speaker was found, for a reader to weigh: a teacher can tell the class to
/// check the attributions that are [`Quote::uncertain`].
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Basis {
    /// Nobody is credited.
    #[default]
    None,
    /// The quotation's own sentence names the speaker: "X said", "said X", "according to X".
    Named,
    /// The quotation's own sentence describes the speaker without a name the article gives: an
    /// unnamed source ("a spokesman said", "officials said"), a description nothing resolves
    /// ("the father said"), or a surname the article never gives in full. Who it is is for the
    /// reader to find.
    Described,
    /// The sentence has a pronoun or a description resolved to someone the article names ("he
    /// said" → the last person named; "the company said" → the company named before).
    Resolved,
    /// Carried from an earlier sentence of the paragraph: a second quotation after "X said.", or
    /// a quotation inside one of X's.
    Carried,
    /// Carried from the previous paragraph, as when a paragraph is only a quotation.
    CarriedOver,
    /// Guessed from context, with no word of saying: the document or the clause the quotation
    /// sits in, or the same words quoted elsewhere (a headline echoing the body).
    Guessed,
}

impl Basis {
    /// `"none"`, `"named"`, `"described"`, `"resolved"`, `"carried"`, `"carried over"` or
    /// `"guessed"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::None => "none",
            Basis::Named => "named",
            Basis::Described => "described",
            Basis::Resolved => "resolved",
            Basis::Carried => "carried",
            Basis::CarriedOver => "carried over",
            Basis::Guessed => "guessed",
        }
    }

    /// Whether an attribution made this way is one to check: see [`Quote::uncertain`].
    pub fn uncertain(self) -> bool {
        matches!(self, Basis::Described | Basis::CarriedOver | Basis::Guessed)
    }
}

/// One direct quotation.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Quote {
    /// Byte offset of the first quoted character (after the opening mark).
    pub start: u32,
    /// Byte offset just past the last quoted character (before the closing mark; for an unclosed
    /// quotation, the end of its paragraph). A quotation over several paragraphs runs from after
    /// its first opening mark to before its final closing mark.
    pub end: u32,
    pub open_mark: Span,
    /// `None` when the closing mark is missing.
    pub close_mark: Option<Span>,
    pub kind: QuoteKind,
    /// The speaker as written where it was found ("Canadian foreign ministry spokeswoman Ada
    /// Kerr", "he", "the report"); for a continued turn, as written at the earlier quotation.
    pub speaker: Option<String>,
    pub speaker_span: Option<Span>,
    /// The speaker's name as resolved within the document: titles stripped, surname expanded to
    /// the full name the document gives, pronouns and descriptions resolved ("Ada Kerr",
    /// "Ben Cole" for "he"). `None` for an unresolved pronoun or no speaker.
    pub speaker_name: Option<String>,
    pub speaker_kind: SpeakerKind,
    /// The cue as written ("said", "according to", "tweeted"), if any.
    pub cue: Option<String>,
    /// Where the cue is, so the interface can show what led to the attribution.
    pub cue_span: Option<Span>,
    pub attribution: Attribution,
    /// The speaker was inferred (a pronoun, a description, a continued turn) rather than named at
    /// the quotation.
    pub inferred: bool,
    /// How the speaker was found (see [`Basis`]).
    #[serde(default)]
    pub basis: Basis,
    /// A headline, a subhead or an uncredited fragment that repeats this earlier or later quotation
    /// of the same text (its index in the text's quotations): the same words, credited to the
    /// same speaker, not a quotation of their own (a profile counts them once).
    #[serde(default)]
    pub echo_of: Option<u32>,
    /// How many paragraphs the quotation runs over (1 for most).
    pub paragraphs: u32,
    /// The closing mark was missing and the end was recovered.
    pub unclosed: bool,
}

impl Quote {
    /// The span of the quoted words.
    pub fn span(&self) -> Span {
        Span { start: self.start, end: self.end }
    }

    /// The quoted words in `text` (the text this quotation was extracted from).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start as usize..self.end as usize).unwrap_or("")
    }

    /// Whether the speaker is one to check: described rather than named, carried over from the
    /// previous paragraph, or guessed from context ([`Basis::uncertain`]). Measured in `QUOTES-QUALITY.md`: the attributions not
    /// marked so are right at least 96 times in 100 on real news the rules had not seen.
    pub fn uncertain(&self) -> bool {
        self.speaker.is_some() && self.basis.uncertain()
    }
}

/// A problem met with the quotation marks of a text.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IssueKind {
    /// An opening mark whose closing mark is missing: the quotation was ended at its paragraph end
    /// (or where the next quotation starts).
    Unclosed,
    /// A closing mark with no quotation open: ignored.
    StrayClose,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct QuoteIssue {
    /// The mark concerned.
    pub at: Span,
    pub kind: IssueKind,
}

/// The quotations of a text and the issues met.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Extraction {
    /// The quotations of the writer's text: sorted, not overlapping.
    pub quotes: Vec<Quote>,
    /// Quotations inside the words of one of `quotes` (one level deep), sorted: a remark the
    /// speaker reports ("President Trump said, ‘Let’s talk about it tomorrow.’"), a term they use.
    /// Attributed within the words that hold them; one credited to nobody there that is itself a
    /// sentence or a question is the holder's speaker's ([`Attribution::Holder`]).
    pub nested: Vec<Quote>,
    pub issues: Vec<QuoteIssue>,
}

/// Extracts the quotations of one document and reports its unbalanced marks.
pub fn extract(text: &str) -> Extraction {
    if text.len() > u32::MAX as usize {
        return Extraction::default();
    }
    let paras = marks::paragraphs(text);
    let (mut raw, mut issues) = marks::pair_double(text, &paras);
    let singles = marks::pair_single(text, &paras, &raw);
    // A double quotation inside a single one (British style) is nested in it (one merge pass:
    // both lists are in text order).
    let mut si = 0;
    raw.retain(|d| {
        while si < singles.len() && singles[si].content.end <= d.open.start {
            si += 1;
        }
        !singles.get(si).is_some_and(|s| s.open.start < d.open.start)
    });
    raw.extend(singles);
    raw.sort_by_key(|q| q.open.start);
    // Quotations with no words ("", “…”) are not quotations.
    raw.retain(|q| text[q.content.range()].chars().any(char::is_alphanumeric));
    issues.sort_by_key(|i| i.at.start);
    let quotes = attribution::attribute(text, &paras, &raw);
    let mut nested = nested_quotes(text, &quotes);
    // "he" or "she" heading a nested quotation, with no antecedent in the holder's words: the
    // person the writer's text names before the holder (not the holder's speaker).
    let pending: Vec<usize> = (0..nested.len())
        .filter(|&i| {
            let q = &nested[i];
            q.speaker_name.is_none()
                && q.speaker.as_deref().is_some_and(|s| matches!(s.to_lowercase().as_str(), "he" | "she"))
        })
        .collect();
    if !pending.is_empty() {
        let asks: Vec<(usize, bool, Option<String>)> = pending
            .iter()
            .map(|&i| {
                let q = &nested[i];
                let h = quotes.partition_point(|h| h.start <= q.start).saturating_sub(1);
                let holder = quotes.get(h).filter(|h| h.start <= q.start && q.end <= h.end);
                let start = holder.map_or(q.start, |h| h.open_mark.start) as usize;
                let feminine = q.speaker.as_deref().is_some_and(|s| s.eq_ignore_ascii_case("she"));
                (start, feminine, holder.and_then(|h| h.speaker_name.clone()))
            })
            .collect();
        for (&i, name) in pending.iter().zip(attribution::outer_antecedents(text, &paras, &raw, &asks)) {
            if let Some(name) = name {
                nested[i].speaker_name = Some(name);
                nested[i].speaker_kind = SpeakerKind::Person;
                nested[i].basis = Basis::Guessed;
            }
        }
    }
    Extraction { quotes, nested, issues }
}

/// The quotations of a text's quotations (see [`Extraction::nested`]); quotations over several
/// paragraphs are not searched (their repeated opening marks are not quotations).
fn nested_quotes(text: &str, quotes: &[Quote]) -> Vec<Quote> {
    let mut out = Vec::new();
    for holder in quotes.iter().filter(|q| q.paragraphs == 1) {
        let inner = holder.text(text);
        if !inner.chars().any(marks::is_quote_char) {
            continue;
        }
        let paras = marks::paragraphs(inner);
        let (mut raw, _) = marks::pair_double(inner, &paras);
        raw.extend(marks::pair_single(inner, &paras, &raw));
        raw.sort_by_key(|q| q.open.start);
        raw.retain(|q| inner[q.content.range()].chars().any(char::is_alphanumeric));
        // An apostrophe is a quotation character too ("don’t"): most holders hold no quotation,
        // and reading their words for speakers finds nothing to credit.
        if raw.is_empty() {
            continue;
        }
        let base = holder.start;
        for mut q in attribution::attribute(inner, &paras, &raw) {
            let shift = |s: Span| Span { start: s.start + base, end: s.end + base };
            q.start += base;
            q.end += base;
            q.open_mark = shift(q.open_mark);
            q.close_mark = q.close_mark.map(shift);
            q.speaker_span = q.speaker_span.map(shift);
            q.cue_span = q.cue_span.map(shift);
            let words = q.text(text);
            let remark = crate::lexicon::ends_with_terminal(words) || words.split_whitespace().count() >= 5;
            q.echo_of = None;
            if q.speaker.is_none() && remark && holder.speaker.is_some() {
                q.basis = Basis::Carried;
                q.kind = QuoteKind::Full;
                q.speaker = holder.speaker.clone();
                q.speaker_span = holder.speaker_span;
                q.speaker_name = holder.speaker_name.clone();
                q.speaker_kind = holder.speaker_kind;
                q.attribution = Attribution::Holder;
                q.inferred = true;
            }
            out.push(q);
        }
    }
    out
}

/// Extracts the quotations of one document: its full text as read, paragraphs as lines.
pub fn extract_quotes(text: &str) -> Vec<Quote> {
    extract(text).quotes
}

#[cfg(test)]
mod framing_tests;
#[cfg(test)]
mod names_tests;
#[cfg(test)]
mod news_tests;
#[cfg(test)]
mod tests;
