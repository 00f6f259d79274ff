"""The article as the stages see it, and what they have found in it.

Decides: nothing about statements. Holds the :class:`Document` (text as normalised, id, date, outlet,
title, registries; fixed once built, with the facts worked out about it once), :class:`Found` (the one
state the stages share: statements so far and what carries from paragraph to paragraph),
:class:`Context` (both, as every stage receives them; read-only), :class:`Paragraph` (one paragraph
read once: quotations, cues, sentences, candidate nouns) and the :class:`Statement` record, with the
token, sentence and span helpers every stage uses. Leaves to others: every decision.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

import pandas as pd

from ..tokenise import sentence_spans
from .vocabulary import CLOSERS, DAY_NAMES, MONTH_NAMES, ORGANISATION_HEADS, PLACE_TIME_ADVERBS, WEEKDAYS, WORD, name_abbreviations
from .registry import ActorRegistry, Cues


@dataclass
class Statement:
    article_id: str
    statement_id: str
    kind: str
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    parent: str | None = None
    # fragments of an interrupted quotation or report, [[start, end], ...] ("A, said X, an expert, is B.")
    parts: list[list[int]] | None = None
    # The statement of another speaker this one is reported in, second hand: in "Trump said that Putin
    # thanked him", Putin's statement is via Trump's.
    via: str | None = None
    # How the speaker was found: "registry", "document", "corpus", "pronoun" or "unresolved" (None for
    # the writer's assessments), and how far the attribution can be trusted: "high" or "low"
    # (analysis.attribution.entities says which is which).
    speaker_how: str | None = None
    confidence: str | None = None


_TOKEN = re.compile(r"\w[\w’'.&-]*\w|\w|--|[^\w\s]")  # (a typewriter dash, "--", is one token, as "—" is)


_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern})")  # (every character is a space or in a token)


@dataclass(frozen=True)
class Document:
    """The article as the stages see it, fixed once built: its text (the normalised copy of
    :mod:`analysis.normalise`), id, date, outlet (source and url) and title, whether its paragraphs run
    over line breaks (wire copy), and the registries it is read with.

    ``facts`` keeps what the stages work out about the whole article once, on first need, and never
    change afterwards: what kind of words its title says it is and whose (``"title by"``), whose words it
    is (``"author"``), whose speech it is (``"speech"``), the signatures
    and the note on its writer (``"signatures"``, ``"writer"``), whether it is a transcript (``"transcript"``),
    the speaker each transcript label names (``"labels"``), each speaker's name as charts group it
    (``"names"``), the subject found before each verb (``"subjects"``), the person who opens each
    sentence a pronoun looks back over (``"openers"``), the company its first sentence opens with
    (``"opening company"``), the companies it names in full (``"companies"``), the people its title and text name (``"people"``,
    :func:`analysis.attribution.entities.people`) and its headings in capitals as title case writes them (``"headings"``), and whether a registry person's family name alone
    is a namesake's the article names in full (``"namesakes"``), where its paragraphs open (``"paragraph
    starts"``) and its full names by family name (``"names by surname"``). Each is a pure function of
    the document, kept so that it is worked out once."""

    text: str
    article_id: str
    date: pd.Timestamp | None
    outlet: str
    title: str
    hard_wrapped: bool
    actors: ActorRegistry
    cues: Cues
    facts: dict = field(default_factory=lambda: {"labels": {}, "names": {}, "subjects": {}, "openers": {}}, compare=False)

    @property
    def cue_re(self) -> re.Pattern:
        return self.cues.pattern


@dataclass
class Found:
    """What the stages have found in the article so far: the one state they share.

    ``statements`` in the order found (a stage adds one with
    :func:`analysis.attribution.speakers.add_statement`), the writer's ``assessments``,
    ``turn_sentences`` (the ids of statements that are one sentence of a transcript turn, never joined
    with their neighbours), and what carries from one paragraph to the next: a quotation left open at the
    end of the previous one (``continuing``), the speaker and cue of a paragraph that ends introducing
    the next (``introduced``: "Trump said in a statement:"), where the previous paragraph started
    (``previous_start``), the cues of the paragraph being read (``paragraph_cues``: its span, the
    cue matches and where they start) and, in a transcript, the turn still open at the end of the
    previous paragraph (``open_turn``: label start, label end, cue span, speaker, kind), which a
    paragraph without a label of its own carries on; and the quotations of the paragraphs read so far
    (``quoted``, their spans as each paragraph's marks pair them), where a pronoun's look back passes."""

    statements: list[Statement] = field(default_factory=list)
    assessments: list[Statement] = field(default_factory=list)
    turn_sentences: set[int] = field(default_factory=set)
    continuing: Statement | None = None
    introduced: tuple | None = None
    previous_start: int | None = None
    paragraph_cues: tuple = (0, 0, [], [])
    open_turn: tuple | None = None
    quoted: Spans = field(default_factory=lambda: Spans([]))


class Context:
    """The document and what has been found in it, as every stage receives them. The document's facts
    read through (``ctx.text``, ``ctx.date``, ...) and cannot be set; what the stages find is in
    ``ctx.found``. (The facts are copied into slots: the rules read ``ctx.text`` millions of times.)"""

    __slots__ = ("doc", "found", "text", "article_id", "date", "outlet", "title", "hard_wrapped", "actors", "cues",
                 "cue_re")

    def __init__(self, doc: Document, found: Found | None = None):
        values = {"doc": doc, "found": found if found is not None else Found(), "cue_re": doc.cue_re}
        values.update((name, getattr(doc, name)) for name in ("text", "article_id", "date", "outlet", "title",
                                                              "hard_wrapped", "actors", "cues"))
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        raise AttributeError(f"the document is fixed once read: set what a stage finds on ctx.found, not ctx.{name}")


def word_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    # (one C-level scan gives each token with the spaces before it; the offsets are summed from
    # their lengths, which is cheaper than asking every match for its start and end)
    tokens = []
    pos = start
    for space, token in _SPACED_TOKEN.findall(text, start, end):
        pos += len(space)
        tokens.append((pos, pos + len(token), token))
        pos += len(token)
    return tokens


def is_adverb(tok: str) -> bool:
    """An adverb between a subject and its verb: "who enthusiastically endorses", "workers here said"."""
    low = tok.lower()
    return low in PLACE_TIME_ADVERBS or low in WEEKDAYS or (len(low) > 4 and low.endswith("ly") and low.isalpha() and tok.islower()
                                         and low not in {"family", "july", "italy", "ally", "rally", "only"})


def has_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether ``text[start:end]`` holds at least ``count`` words."""
    for _ in range(count):
        m = WORD.search(text, start, end)
        if m is None:
            return False
        start = m.end()
    return True


def is_word(tok: str) -> bool:
    return tok[0].isalnum()


def is_cap(tok: str) -> bool:
    return tok[0].isupper() or tok[0].isdigit()


def is_name_link(before: str, link: str, after: str) -> bool:
    """Whether ``link`` joins two halves of one body's name: after a body's head or a capitalised plural,
    before a capitalised word ("Center for Responsive Politics", "Committee to Protect Journalists",
    "Council on Foreign Relations", "Americans for Prosperity"; not "Trump to Clinton")."""
    return link in _NAME_LINKS and bool(after) and after[0].isupper() and after not in _DATES and bool(before) and \
        before[0].isupper() and (before in ORGANISATION_HEADS or (before.endswith("s") and before[1:].islower() and len(before) > 4))


_NAME_LINKS = {"for", "to", "on", "against", "without"}
_DATES = set(f"{DAY_NAMES}|{MONTH_NAMES}".split("|"))  # ("the Office on Monday" is no name)


ABBREVIATIONS = {"prof", "inc", "co", "corp", "no", "vs", "ft"}  # (beside the titles nameparser knows, "Mr.", "Sen.",
# "Lt.", and initialisms with a full stop inside, "U.S.", read in is_abbreviation)


def is_abbreviation(toks, index: int) -> bool:
    """Whether the full stop after ``toks[index]`` ends an abbreviation, not a sentence."""
    if index < 0:
        return False
    word = toks[index][2].lower()
    return _abbreviated(toks[index][2]) or (len(word) == 1 and word.isalpha()) or "." in word or bool(
        re.fullmatch(r"[rdi]-[a-z]{2,5}", word))  # a party tag: "R-Ky.", "D-Calif."


def in_lower_case(text: str, word: str) -> bool:
    """Whether ``word`` also stands in ``text`` in lower case: a common word ("Act", "Watch",
    "Security"), not a name."""
    low = word.lower()  # (most names never stand in lower case, even inside another word: no search then)
    return low in text and re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is not None


def line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def in_compound(text: str, m: re.Match) -> bool:
    """Whether a match is part of a hyphenated word: "the so-called loophole", "a well-known critic"
    (but "re-tweeting" is tweeting again)."""
    s, e = m.start(), m.end()
    return (s > 1 and text[s - 1] == "-" and text[s - 2].isalnum() and text[max(0, s - 4) : s - 1].lower() not in ("re", " re")) \
        or (text[e : e + 1] == "-" and text[e + 1 : e + 2].isalnum())


def matches_at(pattern: re.Pattern, text: str, starts: list[int], pos: int, endpos: int) -> list[re.Match]:
    """The matches of ``pattern.finditer(text, pos, endpos)``, given every place one may start."""
    matches = []
    for at in starts:
        if at >= pos and (m := pattern.match(text, at, endpos)):
            matches.append(m)
            pos = m.end()
    return matches


class Spans:
    """Sorted, non-overlapping ``[start, end)`` intervals with a logarithmic containment look-up."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def extend(self, spans: list[tuple[int, int]]) -> None:
        """Add intervals that all start after the last one."""
        self.spans.extend(spans)
        self.starts.extend(s for s, _ in spans)

    def find(self, pos: int) -> tuple[int, int] | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.spans[i][1]:
            return self.spans[i]
        return None


@dataclass
class Paragraph:
    """One paragraph as the steps of the stages read it, and what they have taken from it so far.

    Read once (:func:`analysis.attribution.pipeline.read_paragraph`): its quotation marks paired
    (``quotes``, the opening and closing mark of each, and ``inside``, their spans), the reporting cues
    outside quotations, its sentences, and what else may carry a statement (report and stance nouns
    with their owners, poll findings, the writer's assessments). Taken as the steps go: the quotations
    and cues already attributed (``used_quotes`` by index, ``used_cues`` by offset) and the statements
    found, in the order the steps found them; a later step leaves what an earlier one took alone."""

    start: int
    end: int
    words: str  # (the paragraph's text)
    quotes: list[tuple[int, int]]
    inside: Spans
    cues: list[re.Match]
    sents: list[tuple[int, int]]
    owned_reports: list
    owned_stances: list
    findings: list[re.Match]
    assessed: list[re.Match]
    used_quotes: set[int] = field(default_factory=set)
    used_cues: set[int] = field(default_factory=set)
    statements: list[Statement] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.cue_starts = [m.start() for m in self.cues]
        self.quote_opens = [o for o, _ in self.quotes]
        self.sent_starts = [s for s, _ in self.sents]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos``, or the whole paragraph where no sentence holds it."""
        i = bisect_right(self.sent_starts, pos) - 1
        if i >= 0 and self.sents[i][0] <= pos < self.sents[i][1]:
            return self.sents[i]
        return self.start, self.end

    def quotes_within(self, lo: int, hi: int) -> list[int]:
        """Indexes of the quotations that open and close inside [lo, hi)."""
        first = bisect_right(self.quote_opens, lo - 1)
        last = bisect_right(self.quote_opens, hi)
        return [qi for qi in range(first, last) if self.quotes[qi][1] < hi]


_TITLE_AT_END = re.compile(r"\b(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Dr|Mr|Mrs|Ms|St|Prof|Adm|Capt|Cmdr|Maj|Rev|Gens|Sens|Reps)\.$")


MAX_SENTENCE = 2000  # characters; longer runs without a sentence end are cut at spaces, which keeps work linear


# Where and when a wire story was filed, before its first sentence: "PARIS —", "WASHINGTON (AP) —",
# "CAMBRIDGE, Mass., Dec. 11 (UPI) —".
DATELINE = re.compile(r"[A-Z][A-Z.'’-]+(?:[ ,]+(?:[A-Z][A-Za-z.'’-]+|\d{1,2})){0,4}\s*(?:\([^)]{1,30}\)\s*)?(?:[―—–]|--?)(?=\s)\s*")


def clause_sentences(text: str, p_start: int, p_end: int, inside: Spans, hard_wrapped: bool = False) -> list[tuple[int, int]]:
    """Sentences of the paragraph, merged where a boundary falls inside a quotation, and cut into
    pieces of at most :data:`MAX_SENTENCE` characters where no sentence end comes."""
    merged: list[list[int]] = []
    for s_start, s_end in sentence_spans(text, p_start, p_end, join_lines=hard_wrapped):
        span = inside.find(s_start)
        if merged and span is not None and span[0] < s_start:
            merged[-1][1] = s_end
        elif merged and (text[s_start] in CLOSERS + ")],;:" or text[s_start].islower()):
            merged[-1][1] = s_end  # no sentence starts in lower case or with ")": "(D-Mass.) said ..."
        elif merged and (_TITLE_AT_END.search(text, max(merged[-1][0], merged[-1][1] - 7), merged[-1][1]) or (  # (no title is longer)
                text[s_start].isdigit() and text[merged[-1][0]:merged[-1][1]].endswith(("No.", "Nos.")))):
            merged[-1][1] = s_end  # no sentence ends in a title or a number sign: "former Maryland Gov. Martin O’Malley", "the No. 2"
        else:
            merged.append([s_start, s_end])
    dateline = DATELINE.match(text, merged[0][0], merged[0][1]) if merged and merged[0][0] == p_start else None
    if dateline and dateline.end() < merged[0][1]:
        merged[0][0] = dateline.end()  # (where the story was filed is no part of its first sentence)
    pieces = []
    for start, end in merged:
        while end - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut if cut != -1 else start + MAX_SENTENCE
            pieces.append((start, cut))
            start = cut
        pieces.append((start, end))
    return pieces


def clause_end_at(text: str, pos: int, limit: int, inside: Spans) -> int:
    i = pos
    while i < limit:
        if text[i] in ",;." and inside.find(i) is None and not (text[i] == "." and _is_abbreviation_stop(text, i, limit)):
            # A full stop or comma right before a closing mark belongs to the quote.
            return i
        i += 1
    return limit


def _is_abbreviation_stop(text: str, i: int, limit: int) -> bool:
    """Whether the full stop at ``i`` belongs to an abbreviation, not to the end of a clause: "U.S.
    officials", "the F.A.A.,", "Mr. Smith", "John F. Kennedy"."""
    following = text[i + 1 : i + 3]
    if following[:1].isalnum() or following[:1] in (",", ".") or (following[:1] == " " and following[1:].islower()):
        return True
    word = re.search(r"(\w+)$", text[max(0, i - 12) : i])
    return word is not None and (_abbreviated(word.group(1)) or (len(word.group(1)) == 1 and word.group(1).isupper()))


def _abbreviated(word: str) -> bool:
    """Whether a word is one written short before a full stop: a title nameparser knows, capitalised ("Mr.",
    "Sen.", "Adm."), or one of :data:`ABBREVIATIONS`."""
    return word.lower() in ABBREVIATIONS or (word[:1].isupper() and word.lower() in name_abbreviations())


def last_char(text: str, lo: int, pos: int) -> str:
    """The last non-space character of ``text[lo:pos]``, or "" if there is none."""
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos > lo else ""


def skip_space(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos] in " \t":
        pos += 1
    return pos


def cue_kind(ctx: Context, cue_m: re.Match) -> str | None:
    """The kind ``cues.tsv`` gives the cue matched (speech, belief, stance, plural, ...)."""
    return ctx.cues.kind(cue_m.group())


def is_title(text: str, start: int, end: int) -> bool:
    """A short title: two to eight words, each of four letters or more capitalised ("The Apprentice",
    "Balanced Rebellion")."""
    words = text[start:end].split()
    return 2 <= len(words) <= 8 and all(w[0].isupper() for w in words if len(w) > 3) and words[0][0].isupper()


def is_title_case(text: str, start: int, end: int) -> bool:
    """A headline in title case: nearly every word of four letters or more is capitalised."""
    return end - start <= 240 and mostly_capitalised(text, start, end)  # (a headline is short)


def mostly_capitalised(text: str, start: int, end: int) -> bool:
    """Whether nearly every word of four letters or more in ``text[start:end]`` is capitalised, and
    there are at least four: a headline, or a list of names."""
    tokens = text[start:end].split()
    words = capitalised = 0
    for w in tokens:
        if len(w) > 3 and w[0].isalpha():
            words += 1
            if w[0].isupper():
                capitalised += 1
            elif words - capitalised > 0.15 * len(tokens):
                return False  # (more words in lower case than the most a headline of this length may have)
    return words >= 4 and capitalised >= 0.85 * words


_RATIO_END = re.compile(r"\s(?:in|out\s+of)\s+(?:\d+|ten|five|four|three|two)$")


def plural_form(word: str) -> bool:
    """Whether a word ends as a plural noun does: "voters", not "press", "status" or "analysis"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def is_plural(mention: str) -> bool:
    """Whether a speaker mention is plural: I, we, you, they, or a phrase ending in a plural noun."""
    last = mention.split()[-1] if mention.split() else ""
    return last.lower() in {"i", "we", "you", "they", "both", "all", "two", "three", "others", "many", "few", "most",
                            "some", "several", "people"} or (
        len(last) > 3 and plural_form(last) and not last.endswith(("’s", "'s"))) or bool(
        _RATIO_END.search(mention))  # "three in 10"


_MEDIA = "interview|statement|tweet|email|speech|post|appearance|op-ed"  # what a speaker says something in


_PLATFORMS = "Twitter|Facebook|Instagram|television|TV"  # ... or on


_TRAILING_ADJUNCT = re.compile(
    rf"(?:,?\s+(?:(?:on|early|late|last|this|next)\s+)?(?:{DAY_NAMES}|"
    r"(?:last|this|next)\s+(?:week|month|year|weekend))(?:\s+(?:night|morning|afternoon|evening))?"
    rf"|,?\s+(?:in|during)\s+an?\s+(?:\w+\s+){{0,2}}?(?:{_MEDIA})"
    r"(?:\s+(?:with|on|to)\s+[\w.’'-]+(?:\s+(?:[A-Z][\w.’'-]*|(?:the|of)(?=\s+[A-Z]))){0,4})?"  # ("on CBS’s Face the Nation")
    rf"|,?\s+(?:on|via)\s+(?:{_PLATFORMS}))+[.,;:]?$"
)


# Every trailing adjunct names one of these: a quick scan for them rules most contents out.
_ADJUNCT_WORD = re.compile(f"{DAY_NAMES}|week|month|year|{_MEDIA}|{_PLATFORMS}")


def trim_adjuncts(text: str, start: int, end: int) -> int:
    """End of reported content without a trailing time or medium ("... rigged” in a tweet Tuesday")."""
    lo = max(start, end - 160)  # (no chain of adjuncts is longer)
    if not _ADJUNCT_WORD.search(text, lo, end):
        return end
    m = _TRAILING_ADJUNCT.search(text, lo, end)
    return m.start() if m and m.start() > start else end


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without spaces and punctuation at its ends, nor a closing bracket whose opening one lies
    before it (a report that ends an aside: "(He said the timing was unrelated.)")."""
    while start < end and text[start] in " \t,:":
        start += 1
    while end > start and (text[end - 1] in " \t,.;:" or (
            text[end - 1] in ")]" and text.count("(", start, end) + text.count("[", start, end)
            < text.count(")", start, end) + text.count("]", start, end))):
        end -= 1
    return start, end


CONTEXT_CHARS = 240  # characters of surrounding text kept on each side when a paragraph is long


def context(text: str, start: int, end: int) -> str:
    """The paragraph around ``text[start:end]``, cut to :data:`CONTEXT_CHARS` on each side when
    longer, so a reader sees the words a statement came from."""
    p_start = text.rfind("\n", 0, start) + 1
    p_end = text.find("\n", end)
    p_end = len(text) if p_end == -1 else p_end
    lo, hi = max(p_start, start - CONTEXT_CHARS), min(p_end, end + CONTEXT_CHARS)
    return ("…" if lo > p_start else "") + text[lo:hi].strip() + ("…" if hi < p_end else "")
