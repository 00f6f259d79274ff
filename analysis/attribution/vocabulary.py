"""Word lists and patterns the stages share.

The lists a researcher may want to edit are files in ``data/``, one entry per line with its reason
(sentence openers, speaker nouns, addressees, report nouns, stance nouns; read by :func:`word_list`);
the rest are closed classes of English (pronouns, auxiliaries, determiners) kept here. Decides nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .. import paths


@lru_cache(maxsize=1)
def _given_names():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=16384)
def is_given_name(word: str) -> bool:
    """Whether a word is a person's first name in ``gender-guesser``'s list (some 40,000 first names of
    many countries, inside the package): "Kiichi", "Olga", "Anna"; not "Bond", "Culture", "Western"."""
    return _given_names().get_gender(word) != "unknown"


@lru_cache(maxsize=8192)
def usual_gender(first_name: str) -> str | None:
    """The gender ``gender-guesser`` gives a first name ("male" for "Jim", "female" for "Sandra"), or None
    for a name it finds given to both or mostly to one ("Pat", "Kim", "Chris") or does not know."""
    gender = _given_names().get_gender(first_name)
    return gender if gender in ("male", "female") else None


def word_list(path: str | Path) -> list[str]:
    """The entries of a word list in ``data/``, in file order: one per line, a tab, then its reason (an
    entry nobody can explain is one nobody can safely remove)."""
    return [fields[0] for _, fields in paths.data_rows(path, ("entry", "reason"))]


OPENERS = "“„«"


CLOSERS = "”»"


AMBIGUOUS = '"'


PRONOUNS = {"he": "male", "she": "female", "they": None, "we": None, "it": "none", "i": None, "who": None}


DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that", "another", "one",
               "two", "three", "several", "some", "many", "other",
               "most", "few", "both", "all", "these", "those"}


# Cue forms that are as often plural nouns ("bigger questions", "his outrageous views"): their
# subject must be a name, a pronoun or a plain noun after "the"/"a".
NOUN_LIKE_CUES = {"attacks", "questions", "charges", "views", "plans", "claims", "offers", "challenges", "calls",
                  "reports", "estimates", "shows", "notes", "promises", "pledges", "demands", "supports", "backs",
                  "hopes", "fears", "doubts", "worries", "finds", "echoes", "requests", "highlights", "cites",
                  "signs", "thanks", "tweets", "emails"}


INFORM_FORMS = {"informed", "informs"}  # ("informed his counterpart of", where "told ... of" names the addressee's side)


TELL_FORMS = {"told", "tell", "tells", "telling"} | INFORM_FORMS  # cues that take an addressee before their content


BE_FORMS = {"be", "is", "are", "was", "were", "been"}


# How the verbs of naming begin, in any form ("called", "dubs", "labelling", "nicknamed", "describes",
# "characterised", "termed", "named"): their object comes with what they name it ("called the plan a
# disaster", "calls Clinton unqualified")
NAMING_STEMS = ("call", "dub", "label", "brand", "nicknam", "describ", "characteri", "term", "nam")


def names_its_object(cue: str) -> bool:
    """Whether a cue is a verb of naming (:data:`NAMING_STEMS`)."""
    return cue.lower().startswith(NAMING_STEMS)


NEGATED_BE = {f"{form}n{mark}t" for form in ("is", "are", "was", "were") for mark in "'’"}  # "wasn't talking about"


# Verbs that link a subject to a state of mind as "be" does: "labor leaders remain skeptical that", "Republicans
# seemed convinced that", "aides grew concerned that"
LINKING_VERBS = {"remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared", "grew",
                 "grow", "grows", "became", "become", "becomes", "stay", "stays", "stayed"}


FINITE_VERBS = "is|was|were|are|has|have|had|will|would|could|should|can|may|might|must|did|does|do"  # (regex alternatives)


# Words that open a sentence before its subject ("But Trump said", "Meanwhile, Clinton ..."), as regex
# alternatives
SENTENCE_OPENERS = "|".join(re.escape(word) for word in word_list(paths.SENTENCE_OPENERS_FILE))


DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"  # (as regex alternatives)


MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"


WEEKDAYS = set(DAY_NAMES.lower().split("|"))


DATE_NAMES = WEEKDAYS | set(MONTH_NAMES.lower().split("|"))  # the days' and months' names, in lower case


PLACE_TIME_ADVERBS = {"here", "there", "today", "yesterday", "tonight", "privately", "now", "again", "since", "long",
                      "often", "always", "once", "already", "still", "just", "even", "first", "never", "recently"}


AUXILIARIES = {
    "has", "have", "had", "also", "again", "later", "then", "further", "previously", "earlier",
    "repeatedly", "once", "publicly", "reportedly", "separately", "subsequently", "immediately",
    "quickly", "firmly", "flatly", "bluntly", "simply", "recently", "first", "already", "too",
    "would", "will", "may", "might", "could", "did", "does", "just", "even", "only", "still", "ultimately",
    "is", "are", "was", "were", "been", "be", "not", "never", "now", "also", "often", "frequently", "openly",
    "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "hasn't", "hasn’t", "haven't", "haven’t",
    "hadn't", "hadn’t", "won't", "won’t", "wouldn't", "wouldn’t", "can't", "can’t", "couldn't", "couldn’t",
    "should", "must", "can", "do",
}


# Before a base form, these make it a verb whatever the subject: "he didn't mention", "Trump will support".
VERB_MARKERS = {"did", "does", "do", "will", "would", "could", "can", "may", "might", "must", "should",
                "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "won't", "won’t", "wouldn't",
                "wouldn’t", "can't", "can’t", "couldn't", "couldn’t", "not", "never"}


# Plural nouns that name a group of people who speak ("Analysts said ...")
SPEAKER_NOUNS = set(word_list(paths.SPEAKER_NOUNS_FILE))


CLAUSE_WORDS = {"that", "and", "but", "which", "who", "whom", "when", "if", "while", "as", "because",
                "after", "before", "since", "though", "although", "whether", "where", "so", "or", "than",
                "to", "by", "of", "for", "with", "on", "in", "at", "from", "about", "into", "over",
                "not", "never", "what", "how", "why", "whereas", "whilst"}


# Whom a statement is told to ("told reporters that ..."): never the content, never the speaker
ADDRESSEES = set(word_list(paths.ADDRESSEES_FILE))


OBJECT_PREPOSITIONS = {"in", "on", "at", "during", "after", "before", "from", "via", "with", "through", "about", "for",
                       "into", "over", "under", "within", "among", "between", "against", "out", "across", "by",
                       "without", "toward", "towards", "upon", "amid", "beyond", "despite", "throughout", "off"}
# (the prepositions that carry a noun phrase on, never its subject: "support for our country's aspirations",
# "Under the settlement announced today"; "of" does not count, as a subject holds it as often as an object:
# "the value of the dollar fell")


PREPOSITIONS = {"in", "on", "at", "during", "after", "before", "outside", "from", "via", "to", "with",
                "while", "when", "inside", "through", "late", "early", "last", "this", "earlier", "later",
                # a time right after the cue ("said Friday afternoon, as ...") is not what was said
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                "today", "tonight", "overnight", "recently", "afterward", "afterwards", "again"}


WORD = re.compile(r"\w+")


# Verbs an -ing form carries on ("The crowd kept chanting", "Trump keeps talking about the wall"), and
# with the negated forms of "be", what stands between a subject and its -ing cue ("he wasn't talking about")
CARRYING_VERBS = {"keep", "keeps", "kept", "continues", "continued", "starts", "started", "begins", "began", "stopped"}


SMALL_NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}


FRACTION = r"[a-z]+-(?:halves|thirds|quarters|fourths|fifths|tenths)"  # "three-fourths"


# What an anonymous source is close to or knows of, between the source and the verb: "a source close
# to him said", "people familiar with the investigation say" (the whole phrase is the speaker).
QUALIFIER_PHRASES = {  # the word each phrase turns on -> the phrase
    "close": r"close\s+to", "familiar": r"familiar\s+with", "briefed": r"briefed\s+on",
    "knowledge": r"(?:with|who\s+(?:has|have|had))\s+(?:direct\s+)?knowledge\s+of|knowledgeable\s+about",
    "involved": r"involved\s+in", "allied": r"allied\s+with", "aligned": r"aligned\s+with", "loyal": r"loyal\s+to"}


QUALIFIERS = r"\s(?:" + "|".join(QUALIFIER_PHRASES.values()) + ")"


RAISING_VERBS = {"appeared", "appears", "appear", "seemed", "seems", "seem", "tried", "tries", "try", "continued",
                 "continues", "continue", "began", "begins", "begin", "started", "starts", "wanted", "wants", "want",
                 "used", "went", "goes", "go", "hastened", "rushed", "sought", "seeks", "seek"}


OBJECT_PRONOUNS = {"him": "he", "them": "they", "us": "we", "me": "i"}  # ("her" is read as "his" is, see POSSESSIVE_PRONOUNS)


PERSONAL_OBJECTS = set(OBJECT_PRONOUNS) | {"her"}


QUANTIFIERS = {"some", "many", "most", "several", "few", "both", "all"}


ASIDES = {"meanwhile", "however", "though", "too", "also", "instead", "separately", "later", "earlier", "then",
          "now", "moreover", "nevertheless", "nonetheless", "therefore", "still", "likewise", "similarly", "again"}


FIRST_PERSON = {"i", "we", "my", "our"}


@lru_cache(maxsize=1)
def _name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """The titles (some 800: ranks, offices, clergy, forms of address) and the suffixes ("jr", "iii",
    "esq") that ``nameparser`` knows, from its package, in lower case: words of letters only."""
    from nameparser.config import CONSTANTS

    def words(*lists) -> frozenset[str]:
        return frozenset(w for found in lists for w in found if w.isascii() and w.isalpha())

    return words(CONSTANTS.titles), words(CONSTANTS.suffix_not_acronyms, CONSTANTS.suffix_acronyms)


def is_name_suffix(word: str) -> bool:
    """Whether a word is a suffix after a surname that ``nameparser`` knows ("Jr.", "Sr", "III")."""
    return word.lower().rstrip(".,") in _name_lists()[1]


def _abbreviated_titles() -> list[str]:
    """The titles ``nameparser`` knows that are short enough to be written abbreviated, capitalised: "Lt",
    "Col", "Sgt", "Capt", "Fr", "Msgr". Written with a full stop before a name they are the person's
    title ("Army Lt. Col. Craig McNab", "Fr. Frank Pavone"), never part of the name."""
    return sorted({t.capitalize() for t in _name_lists()[0] if 2 <= len(t) <= 4}, key=lambda t: (-len(t), t))


ABBREVIATED_TITLE = rf"(?=[A-Z][a-z]{{1,3}}\.)(?:{'|'.join(_abbreviated_titles())})\."  # (with its full stop: "Col.", not "Col")


@lru_cache(maxsize=4096)
def is_title(word: str) -> bool:
    """Whether a capitalised word is a title ``nameparser`` knows, written out ("Comedian", "Rabbi", "Sir",
    "Alderman"), with or without its full stop; a body's head is none ("Police")."""
    return word[:1].isupper() and word.rstrip(".").lower() in _name_lists()[0] and word.rstrip(".") not in ORGANISATION_HEADS


@lru_cache(maxsize=1)
def name_abbreviations() -> frozenset[str]:
    """The short words (two or three letters, in lower case) that a full stop inside a name may follow:
    the titles and suffixes ``nameparser`` knows ("mr", "lt", "col", "jr") and the offices of
    :data:`TITLES` ("sen"), no roman numeral ("II." ends "World War II.")."""
    titles, suffixes = _name_lists()
    words = titles | suffixes | {word.lower() for word in _OFFICE_WORDS}
    return frozenset(w for w in words if 2 <= len(w) <= 3 and not re.fullmatch(r"[ivx]+", w))


# Offices and forms of address before a name, with or without a full stop ("Sen. Warren", "Mayor Sobyanin")
_OFFICES = ["Mr", "Mrs", "Ms", "Dr", "Sen", "Senator", "Rep", "Gov", "Governor", "Gen", "President", "Prime Minister",
            "Secretary", "Mayor", "Judge", "Chairman", "Chairwoman", "Spokesman", "Spokeswoman", "Spokesperson",
            "Attorney General", "Activist"]


TITLES = rf"(?:(?:{'|'.join(_OFFICES)})\.?|{ABBREVIATED_TITLE})"


# Reporting verbs that open a sentence before their speaker: "Said Comey, “...”"
OPENING_REPORTS = ["Said", "Says", "Added", "Adds", "Wrote", "Writes", "Recalled", "Explained"]


ROLE_WORDS = {"General", "Minister", "Governor", "Secretary", "President", "Chairman", "Mayor", "Judge", "Speaker"}


_OFFICE_WORDS = {form for title in _OFFICES for word in title.split() for form in (word, word + ".")} | {
    "Minister", "Governor"}  # (the titles above: offices a person holds, "the Mayor" as much as "Mayor Sobyanin")


TITLE_WORDS = _OFFICE_WORDS | {title + "." for title in _abbreviated_titles()}
# (every word _TITLES_TO_NAME may end in: no need to try it on a name without one)


# People who serve, back or oppose someone named after them, and are not that person: "an aide to
# Agriculture Secretary Richard Lyng", "a top adviser for President Obama", "a lawyer for Donald Trump",
# "supporters of Hillary Clinton", "critics of Clinton", "Clinton's allies". (A spokesman speaks for whom he serves: "a spokesman for Clinton", like "Clinton's
# spokesman", is Clinton.)
SERVING_HEADS = {form for word in ("aide", "adviser", "advisor", "supporter", "backer", "friend", "critic", "opponent",
                                    "detractor", "rival", "donor", "associate", "confidant", "confidante", "relative",
                                    "fan", "loyalist", "surrogate", "staffer", "volunteer", "lawyer", "attorney")
                  for form in (word, word + "s")} | {"ally", "allies"}


# Words of a role held by one person, before their name: "Head of the President's Office Andriy Yermak"
# The particles of a name, in lower case: "Ursula von der Leyen", "Herman de Croo", "Fadhil al-Chalabi"
NAME_PARTICLES = ("von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "le", "la", "bin", "ibn", "al", "el")


PERSON_ROLES = {word.rstrip(".").capitalize() for word in _OFFICE_WORDS} | {word.capitalize() for word in ROLE_WORDS} | {
    "Head", "Deputy", "Adviser", "Advisor", "Chief", "Director", "Commissioner", "Ambassador", "Commander", "Envoy",
    "Representative", "Editor", "Lady", "Supervisor", "Ceo", "Chairwoman", "Under-secretary", "Assistant", "Leader",
    "Mp", "Minister", "Governor", "Founder", "Chair", "Chancellor", "Pastor", "Justice", "Treasurer", "Aide", "Reporter",
    "Counsel"}


# The same roles in lower case before "of", and a few that are first names too: "the chief of staff", "former
# secretary of state", "a member of the caucus", "the dean of the faculty"
ROLE_HEADS = {word.lower() for word in PERSON_ROLES} | {"member", "professor", "dean"}


# A label the source page garbles, of any length: the name repeated in reverse with the role run on
# after it ("Minister of Transport Vitaly Savelyev Savelyev VitalyMinister of Transport of the Russian
# Federation:"; see _REPEATED_NAME)
GARBLED_WORD = r"(?:[A-Z][\w.'’()-]*|of|the|and)"  # (an abbreviation may be glued on: "Entrepreneurs(RSPP)")


# Labels of a turn by someone the transcript does not name as a speaker: "Q", "QUESTION", "Reporter"
QUESTIONER_LABELS = set(word_list(paths.QUESTIONER_LABELS_FILE))


# Cues whose content, unless "that", "whether" or a question word opens it, is their object: what was
# discussed, expressed or cited ("discussed the issues raised"), no clause.
OBJECT_CUES = set(word_list(paths.OBJECT_CUES_FILE))


# The bare nouns a report uses for a business it has named: "The company said", "the utility said"
BUSINESS_NOUNS = set(word_list(paths.BUSINESS_NOUNS_FILE))


# Singular nouns that name one person (data/person_nouns.tsv): "he" may be "the candidate", not "the paper"
PERSON_NOUNS = set(word_list(paths.PERSON_NOUNS_FILE))


# Verbs of knowing, perceiving and finding out (data/knowing_verbs.tsv): "saw what ..." names what was seen
KNOWING_VERBS = set(word_list(paths.KNOWING_VERBS_FILE))


# What a body issues or publishes (data/document_nouns.tsv): "a DTI statement" is the DTI's words
DOCUMENT_NOUNS = set(word_list(paths.DOCUMENT_NOUNS_FILE))


# A document before its author's name, at the end of what precedes the name: "..., a report by " (group 1:
# the noun, to be one of DOCUMENT_NOUNS)
DOCUMENT_BY = re.compile(r"\b([A-Za-z]+)\s+(?:by|from)\s*$")


# Words that say nothing on their own (data/function_words.tsv): pronouns, auxiliaries, prepositions, and
# the formulae of a meeting ("thank", "please", "ahead")
_FUNCTION_WORD_ROWS = [fields for _, fields in paths.data_rows(paths.FUNCTION_WORDS_FILE, ("entry", "reason"))]
FUNCTION_WORDS = frozenset(fields[0] for fields in _FUNCTION_WORD_ROWS)
FORMS_OF_ADDRESS = frozenset(fields[0] for fields in _FUNCTION_WORD_ROWS if fields[1] == "form of address")
# ("colleagues", "ladies", "gentlemen")


def is_person_noun(noun: str, plural: bool = True) -> bool:
    """Whether a noun in lower case names a person: a role ("senator"), someone serving another ("aide"), a
    person noun (``data/person_nouns.tsv``) or a noun in -man, -woman or -person ("spokesman"); with
    ``plural``, people too: their plurals and the groups that speak (``data/speaker_nouns.tsv``)."""
    if noun in ROLE_HEADS or noun in SERVING_HEADS or noun in PERSON_NOUNS or noun.endswith(("man", "person")):
        return True
    one = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return plural and (noun in SPEAKER_NOUNS or one in ROLE_HEADS or one in PERSON_NOUNS or noun.endswith(("men", "people")))


# Nouns an infinitive completes: "expressed its readiness to start talks" tells nobody to do anything
COMPLEMENT_NOUNS = set(word_list(paths.COMPLEMENT_NOUNS_FILE))


NOT_LABELS = {"latest", "update", "clarification", "correction", "editor's", "editor’s", "note", "watch", "read", "related",
              "photo", "video", "source", "sources", "breaking", "exclusive", "opinion", "analysis", "question", "q"}


# Nouns that with an owner and an object are a stance ("Trump's attacks on a federal judge")
STANCE_NOUNS = word_list(paths.STANCE_NOUNS_FILE)


# Finite verbs not in -ed that end a noun phrase: the main verb after the object ("a super PAC
# supporting Clinton ran ads").
PAST_FORMS = {"ran", "said", "made", "took", "gave", "went", "came", "began", "told", "spent", "won", "lost", "got",
              "saw", "found", "held", "led", "left", "put", "set", "met", "paid", "sent", "kept", "brought", "bought",
              "thought", "fought", "wrote", "spoke", "drew", "grew", "knew", "became", "struck", "raised", "says", "runs",
              "hid", "felt", "heard", "meant", "caught", "sought", "taught", "built", "understood", "stood", "sold",
              "hit", "cut", "let", "broke", "chose", "drove", "forgot", "rode", "rose", "fell", "shook", "stole", "swore",
              "threw", "wore", "slept", "lent", "bent", "dealt", "fled", "froze", "overtook", "withdrew", "undertook"}


# What findings come from: a poll, a study, the data. One list for the rules that read findings
# ("In the new poll, ...", "polls showing ...") and for documents that are released.
FINDING_SOURCES = r"polls?|surveys?|stud(?:y|ies)|reports?|analysis|audits?|data|figures|numbers|records|results|research|polling"
_FINDING_SOURCE = re.compile(FINDING_SOURCES)


def is_finding_source(noun: str) -> bool:
    """Whether a noun in lower case is what findings come from: "polls", "the data", "figures"."""
    return _FINDING_SOURCE.fullmatch(noun) is not None


FINDINGS_LEAD = r"(?:the|a|an|this|that|its|their|his|her|one|another|several|recent|new|latest)"


# (right before an -ing form, forms that are as often nouns are verbs too: "the next stop", but "stop talking")
_CARRYING_BEFORE = CARRYING_VERBS | {"keeping", "continue", "start", "begin", "stop", "stops"}


CATENATIVE_BEFORE = re.compile(rf"\b(?:(?:{'|'.join(sorted(_CARRYING_BEFORE, key=len, reverse=True))}|went\s+on)|"
                                r"(?:spent|spends?|spending)(?:\s+[\w’'-]+){1,5})\s+$")


TIME_SPAN = r"(?:One|Two|Three|Four|Five|Six|A|An)\s+(?:hour|day|week|month|year)s?"  # "One month (after ...)"


# The last word of an organisation's name: never "he" or "she"
ORGANISATION_HEADS = {
    "Times", "News", "Post", "Journal", "Tribune", "Herald", "Magazine", "Press", "Network", "Channel", "Fox",
    "Reuters", "Party", "Committee", "Department", "Ministry", "Office", "Council", "Commission", "Campaign",
    "Administration", "Government", "Court", "Senate", "Congress", "Parliament", "Kremlin", "Corp", "Inc", "Co",
    "Ltd", "Company", "Agency", "Service", "Group", "Association", "Union", "University", "Institute", "Center",
    "Centre", "Foundation", "Bank", "Board", "Bureau", "Fund", "Organization", "Organisation", "Coalition",
    "Alliance", "Federation", "Movement", "Project", "Initiative", "Caucus", "Club", "Region", "Duma", "Corporation",
    "Forum", "Affairs"}


SUBORDINATORS = {"when", "if", "while", "whilst", "whereas", "after", "before", "because", "although", "though", "since",
                  "unless", "until", "once", "whenever"}  # (what opens a clause inside a sentence, or before its own)


WRITER_CLAUSE_OPENERS = SUBORDINATORS | {"as"}  # (what opens a clause of the writer's own: "..., as they bristled at ...")


ASKED_OPENERS = {"asked", "pressed", "questioned"}  # the question put, verbs and all: "Asked if her emails were illegal, ..."


PARTICIPLE_CLAUSE = re.compile(r",\s*[a-z]+ing\b")  # ", wiping sweat off his face", ", sparking a firestorm"
