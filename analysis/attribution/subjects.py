"""The subject before a verb: the walk back from a cue to the speaker mention.

Decides (:func:`speaker_before`): where a subject starts and ends before its verb, passing over
appositions ("Leonard E. Burman, director of ..., said"), relative clauses, asides, qualified sources
and shares of a group ("half of those asked"); whether a phrase is a name; whether a mention is the
object of another verb ("held Trump signs"). Leaves to others: which cue to start from (``mentions``,
``reported``) and who the mention is (``speakers``).
"""

from __future__ import annotations

import re
from typing import NamedTuple


from .vocabulary import (AMBIGUOUS, ASIDES, AUXILIARIES, CLOSERS, OPENERS, CARRYING_VERBS, CLAUSE_WORDS, DATE_NAMES, DAY_NAMES, DETERMINERS, DOCUMENT_NOUNS, FRACTION,
                         LINKING_VERBS, MONTH_NAMES, NEGATED_BE, OBJECT_PREPOSITIONS, PAST_FORMS, PREPOSITIONS, PRONOUNS, QUALIFIERS, QUALIFIER_PHRASES,
                         QUANTIFIERS, RAISING_VERBS, ROLE_HEADS, SERVING_HEADS, SMALL_NUMBERS, SPEAKER_NOUNS, is_person_noun)
from .document import Context, is_abbreviation, is_adverb, is_cap, is_name_link, is_word, plural_form, word_tokens


_CATENATIVES = CARRYING_VERBS | NEGATED_BE | LINKING_VERBS  # (passed over to the subject: "has kept saying", "remain skeptical")


def is_name_phrase(mention: str) -> bool:
    """A name, with role words before it: "Steve Grubbs", "pollster Frank Luntz", "Sen. Graham (R-S.C.)"."""
    mention = re.sub(r"\s*\([^)]{0,20}\)$", "", mention)
    words = mention.split()
    while words and words[0].islower() and words[0].isalpha() and words[0] not in DETERMINERS:
        words = words[1:]
    return bool(words) and is_cap(words[0]) and all(is_cap(w) or w in {"of", "the", "de", "van", "von", "bin", "al"} for w in words)


TIME_WORDS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "time", "period", "quarter"}


PARTICIPLE_OPENERS = {"Having", "Being", "Speaking", "Saying", "Adding", "Noting", "Asking", "Responding",
                      "Following", "Citing", "Calling", "Writing", "Referring", "Commenting", "Describing",
                      "Including", "Acknowledging", "Arguing", "Explaining", "Insisting", "Warning", "Pointing"}


NOT_SPEAKERS = {"let", "me", "you", "please", "yes", "no", "thank", "thanks", "today", "yesterday", "here", "there"}


def _before_party_tag(toks, i: int) -> tuple[int, int | None]:
    """If ``toks[i]`` closes a short parenthesis after a name ("(D-Mo.)"), the index of the token
    before it and the end of the tag; else ``i`` unchanged and None."""
    if i >= 0 and toks[i][2] == ")":
        j = i - 1
        while j >= 0 and toks[j][2] != "(" and i - j <= 40:
            j -= 1
        if j >= 0 and toks[j][2] == "(":
            if i - j <= 8:
                return j - 1, toks[i][1]
            if j >= 1 and is_cap(toks[j - 1][2]):  # a longer aside after a name: "Sen. Chris Murphy (a Democrat so ...) says"
                return j - 1, toks[j - 1][1]
    return i, None


def _before_suffix_stop(toks, i: int, initialisms: bool = True) -> tuple[int, int | None]:
    """If ``toks[i]`` is the full stop of a name's suffix ("Jr.", "Inc.") or, with ``initialisms``, of
    an initialism ("F.B.I."), the index of the token before it and the end of the stop; else ``i``
    unchanged and None."""
    if i >= 1 and toks[i][2] == "." and (toks[i - 1][2].lower() in {"jr", "sr", "inc", "co", "corp"} or (
            initialisms and "." in toks[i - 1][2])):
        return i - 1, toks[i][1]
    return i, None


def speaker_before(ctx: Context, lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker mention that ends right before ``hi`` (auxiliaries such as "has", "also" skipped),
    as (start, end), or None. Looks no further back than ``lo``. A restrictive relative clause
    between the speaker and the verb is passed over: "Hawkins and others who want to ban abortion said".
    A name in angle brackets, as wire copy marks a company, is the name ("<Peter Miller Apparel Group Inc>
    said"), and a ticker symbol in them is passed over ("Hughes Tool Co <HT> said")."""
    marked = _MARKED_NAME.search(ctx.text, max(lo, hi - 90), hi)
    if marked and _TICKER.fullmatch(marked.group("name")):
        hi = marked.start()
        while hi > lo and ctx.text[hi - 1] in " \t\n":
            hi -= 1
    elif marked:
        return marked.start("name"), marked.end("name")
    aside = _SET_OFF_RELATIVE.search(ctx.text, max(lo, hi - 200), hi)
    if aside and aside.start() > lo:  # "Westmacott, who will retire after ..., praised", "the campaign, which has been ..., said"
        role = _ROLE_BEFORE_RELATIVE.search(ctx.text, max(lo, aside.start() - 100), aside.start())
        opening = ctx.text[lo : role.start()].split()[:1] if role else []
        if role and role.start() > lo and is_cap(ctx.text[lo:role.start()].split()[-1]) and \
                opening[0].lower() not in PREPOSITIONS and opening[0].lower() not in CLAUSE_WORDS:
            # the clause describes an apposition of the subject: "Sam Solovey, a contestant on the
            # show, who went on to work alongside Trump, said"
            aside = role
        head = _subject_before(ctx, lo, aside.start())
        if head is not None and ctx.text[head[0]:head[1]].lower() not in PRONOUNS:
            return head
    found = _subject_before(ctx, lo, hi)
    if found is not None and _THERE_IS.search(ctx.text, max(lo, found[0] - 24), found[0]) and \
            not ctx.text[found[1] : hi + 1].lstrip().startswith((",", "who")):
        return None  # what there is is no subject: "There are no tenders expected today" (but "Then there was
        # Charlie Sykes, who lamented ..." presents who spoke)
    if found is not None and found[0] > lo and _NAME_OR_THE_NAME.match(ctx.text, found[0], found[1]):
        if _object_of_a_thing(ctx, lo, found[0]):
            return None
        found = _placed_subject(ctx, lo, found)
    relative = _RESTRICTIVE_WHO.search(ctx.text, max(lo, hi - 90), hi) if found is None or \
        ctx.text.find("who", max(lo, hi - 90), found[0]) != -1 else None
    # (and the clause's subject, not the object of its verb: "Republicans who have praised his
    # candidacy warned"; but in "the voters who Trump said" the verb is Trump's, and in "critics who
    # say he should condemn" his)
    if relative and relative.start() > lo and (found is None or (
            found[0] > relative.start() and ctx.text[relative.end("who") : found[0]].strip()
            and ctx.text[found[0]:found[1]].lower() not in PRONOUNS)):
        head = _subject_before(ctx, lo, relative.start())
        if head is not None and ctx.text[head[0]:head[1]].lower() not in PRONOUNS:
            return head
    names = found is not None and " and " in ctx.text[found[0] : found[1]] and \
        ctx.text[found[0] : found[1]].split()[-1][:1].isupper() and ctx.text[found[0]].isupper()
    return _listed_before(ctx, lo, found) if names else found  # (names, not "the ... commissioner")


# Names in a list before the last two that "and" joins: "John Smith, Mary Jones and ...", "Sears, Roebuck and Co",
# "The United States, Britain and France"
_LIST_ITEM = re.compile(r"(?:The\s+)?[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|of|and|&|de|von|van))*,\s+$")


def _listed_before(ctx: Context, lo: int, found: tuple[int, int]) -> tuple[int, int]:
    """A subject of names joined by "and" with the names listed before it, commas between: "John Smith, Mary
    Jones and Bob Brown said" is the three of them. Not a phrase of place or time set off before the
    subject ("In Moscow, Putin and Lavrov said", "On Monday, ...", "However, ..."), nor a dateline."""
    start = found[0]
    while True:
        m = _LIST_ITEM.search(ctx.text, max(lo, start - 80), start)
        if m is None or m.start() < lo:
            return (start, found[1])
        if "," in ctx.text[lo : m.start()]:
            return (start, found[1])  # (a comma before the list leaves its first name to the words before it, as
            # in an attribution after what was said: "..., underwriters Goldman, Sachs and Co and Lazard Freres and Co said")
        item = ctx.text[m.start() : m.end()].rstrip(", \n\t").split()
        if _set_off(item, ctx.text[max(lo, m.start() - 30) : m.start()].split()[-1:]):
            return (start, found[1])
        start = m.start()


def _set_off(item: list[str], before: list[str]) -> bool:
    """Whether the words before a comma (``item``; ``before``: the word before them, if any) are set off
    before a subject, no name of its list: a phrase of place or time, an aside, a dateline ("WASHINGTON,"),
    or words after a preposition or after another capitalised word."""
    first = item[0].lower()
    if first in PREPOSITIONS | OBJECT_PREPOSITIONS | CLAUSE_WORDS | ASIDES | TIME_WORDS or first.endswith("ly") or \
            first in DATE_NAMES or (len(item) == 1 and item[0].isupper() and len(item[0]) > 5):
        return True
    return bool(before) and (before[0].lower() in PREPOSITIONS | OBJECT_PREPOSITIONS or
                             not (before[0].islower() or before[0][-1:] in ".:;"))


# A sentence's subject that is a thing, and the preposition that names what it is about: "The debate over",
# "The dynamic on the", "The fight with"
_THING_AND_PREPOSITION = re.compile(r"(?:^|(?<=[.!?;:]\s)|(?<=\n))\s*(?:The|A|An|This|That|Their|His|Her|Its)\s+"
                                    r"(?:[a-z][\w’'-]*\s+){0,2}(?P<noun>[a-z][\w’'-]*)\s+"
                                    r"(?:on|over|with|about|against|toward|towards|between|among|into)\s+(?:the\s+)?$")


def _object_of_a_thing(ctx: Context, lo: int, start: int) -> bool:
    """Whether a name before the verb is what the sentence's subject, a thing, is about, and not the
    subject: "The debate over Barack Obama suggests ...", "The fight with Russia shows ..." (but "A
    spokesman for ..." and "The head of ..." are people, "A report on ..." a document, and "of" holds an
    owner as often)."""
    m = _THING_AND_PREPOSITION.search(ctx.text, max(lo, start - 80), start)
    noun = m.group("noun") if m is not None else ""
    return m is not None and m.start() >= lo and not is_person_noun(noun) and not _is_people(noun) and \
        noun not in DOCUMENT_NOUNS  # (a document speaks for whom it is on: "A report on Cable News Network said")


def _placed_subject(ctx: Context, lo: int, found: tuple[int, int]) -> tuple[int, int]:
    """A name after "in" or "at" before the verb is where the subject is, not the subject, when a noun for
    people stands before it: "A spokesman for the bank in London said", "Agents for the tankers in
    Bahrain told Reuters" (the speaker is the spokesman, the agents; "Officials in Moscow" as well)."""
    place = _PLACE_BEFORE.search(ctx.text, max(lo, found[0] - 5), found[0])
    head = inner = _subject_before(ctx, lo, place.start()) if place else None
    for _ in range(2):  # (back over what the noun is of or for: "a spokesman for the bank")
        link = _LINK_BEFORE.search(ctx.text, max(lo, head[0] - 6), head[0]) if head else None
        owner = _subject_before(ctx, lo, link.start()) if link else None
        if owner is None:
            break
        head = (owner[0], head[1])
    if head is None:
        return found
    noun = ctx.text[head[0] : head[1]].split(" for ")[0].split(" of ")[0].split(" at ")[0].split()[-1].lower()
    if noun.startswith("spokes"):  # a spokesman's words are those of whom he speaks for, as "a spokesman for
        return inner if inner != head else (found if place.group(1) == "at" else head)  # the bank" is the bank
    return (head[0], found[1]) if is_person_noun(noun) else found


_ARTICLES = {"the", "a", "an"}
_THERE_IS = re.compile(r"\b[Tt]here(?:\s+(?:is|are|was|were|will|would|could|may|might|has|have|had|be|been|also|still|now|already))+\s+$")
_NAME_OR_THE_NAME = re.compile(r"(?:the\s+)?[A-Z]")  # ("London", "the Ministry of Post and Telecommunications")
_PLACE_BEFORE = re.compile(r"\s(in|at)\s+$")
_LINK_BEFORE = re.compile(r"\s(?:for|of|at|with)\s+$")


_TICKER = re.compile(r"[A-Z0-9&-]{1,6}(?:[. ][A-Z]{1,2})?")  # ("HT", "KLM.AS", "CSRA.S": a symbol, no name)
_MARKED_NAME = re.compile(r"(?:^|(?<=\s))<(?P<name>[A-Z][^<>\n]{1,80}?)>\s*$")


_SET_OFF_RELATIVE = re.compile(r",(?<=[A-Za-z)],)\s+(?:who(?:se)?|which)\s[^;:()“”\"―—–]{3,160}?,\s*(?:\w+ly\s+|also\s+)?$")


_ROLE_BEFORE_RELATIVE = re.compile(r",(?<=[A-Za-z.],)\s+(?:a|an|the)\s[^,;:()“”\"―—–]{1,80}$")


_RESTRICTIVE_WHO = re.compile(r"\s(?<=[A-Za-z]\s)\s*(?P<who>who(?:se)?)\s+[^,;:()“”\"―—–]{3,70}$")


_RATIO_SUBJECT = re.compile(r"\b((?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|\d+)"
                            r"\s+(?:in|out of)\s+(?:\d+|ten|five|four|three|two)(?:\s+[a-z]+){0,2}?)\s+(?:also\s+|now\s+)?$")


def object_of_verb(ctx: Context, sent_s: int, start: int) -> bool:
    """Whether the mention at ``start`` follows a past verb that is no reporting cue, as its object
    ("held Trump signs", not "said Trump signs the bill")."""
    before = ctx.text[sent_s:start].split()
    return bool(before) and _is_verb_form(before[-1]) and ctx.cues.kind(before[-1]) is None


def _is_verb_form(word: str) -> bool:
    """A word in lower case that is a verb in the past ("held", "backed"), not a role word before a name."""
    return word.islower() and (word.endswith("ed") or word in PAST_FORMS)


def _past_auxiliaries(toks, i: int) -> int:
    """The index of the last token at or before ``i`` that is no auxiliary or adverb ("has also said")."""
    while i >= 0 and (toks[i][2].lower() in AUXILIARIES or toks[i][2].lower() in _CATENATIVES or is_adverb(toks[i][2])):
        i -= 1
    return i


_CONTRACTED = re.compile(r"(\w+)[’'](?:re|s|m|ve|d|ll)")  # a pronoun and a verb in one token: "We're", "he's"


_AP_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,6}")  # (its full stop is a token of its own)


_CLAUSE_OPENING = re.compile(r"(?:[,;:―—–]|\b(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|while|because|although|though))\s*$")


def _opens_clause(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends in a clause opening (a comma, "but", "because"...). Only its
    last nine characters past trailing spaces are searched: no opening is longer."""
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    return _CLAUSE_OPENING.search(text, max(lo, end - 9), hi) is not None


_PEOPLE = re.compile(r"[a-z]+(?:ers|ors|ists|ians|ants|ents|men|ees)")


_NOT_PEOPLE = {"papers", "letters", "orders", "numbers", "matters", "centers", "waters", "computers", "documents",
               "comments", "statements", "arguments", "governments", "payments", "events", "elements", "moments",
               "amendments", "agreements", "investments", "departments", "parents's"}


def _is_people(word: str) -> bool:
    """A plural noun for people: "sources", "editors", "economists", "congressmen"."""
    low = word.lower()
    return low in SPEAKER_NOUNS or (word.islower() and bool(_PEOPLE.fullmatch(low)) and low not in _NOT_PEOPLE)


def _subject_before(ctx: Context, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject ending right before ``hi`` (see :func:`speaker_before`); the same span is
    asked about more than once for some cues, so the answer is kept for the article."""
    key = (lo, hi)
    if key not in ctx.doc.facts["subjects"]:
        ctx.doc.facts["subjects"][key] = _find_subject_before(ctx, lo, hi)
    return ctx.doc.facts["subjects"][key]


def _find_subject_before(ctx: Context, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of a verb at ``hi`` (see :func:`subject_before`): a source with its qualifier or a
    share of people first, then what a document's agent or a hometown tells, then the words before the
    verb, walked back over asides and appositions to the noun phrase."""
    early = _qualified_or_share(ctx, lo, hi)
    if early is not None:
        return early
    document, hi = _document_or_before_hometown(ctx, lo, hi)
    if document is not None:
        return document
    if hi - lo > 600:  # the walk back never reaches further: tokenise from a space before that
        space = ctx.text.find(" ", hi - 600, hi)
        lo = space + 1 if space != -1 else lo
    toks = word_tokens(ctx.text, lo, hi)
    walked = _back_over_asides(ctx, toks)
    if not isinstance(walked, _SubjectEnd):
        return walked  # (the walk settled it: a subject found on the way, or none)
    return _subject_at(ctx, lo, toks, *walked)


class _SubjectEnd(NamedTuple):
    """Where the walk back over asides leaves the subject's end: its last token, an end offset that
    overrides that token's ("Jr." in "Joseph R. Biden Jr."), and the last apposition passed."""

    index: int
    end: int | None
    apposition: tuple[int, int] | None


def _qualified_or_share(ctx: Context, lo: int, hi: int) -> tuple[int, int] | None:
    """A source with its qualifier ("people familiar with the investigation said") or a share of people
    ("three in 10 voters said") right before the verb at ``hi``."""
    near = max(lo, hi - 90)
    if _QUALIFIER_WORD.search(ctx.text, near, hi):
        qualified = _SOURCE_QUALIFIER.search(ctx.text, near, hi)
        if qualified and qualified.start() > lo and not _NEGATION.search(qualified.group(1)):
            # "people familiar with the investigation said" (but "people close to him don’t expect")
            head = _subject_before(ctx, lo, qualified.start())
            if head is not None and head[1] == qualified.start() and ctx.text[head[0]:head[1]].lower() not in PRONOUNS \
                    and ctx.text[head[0]:head[1]].lower() not in ("that", "which"):
                return head[0], qualified.end(1)
    tail = ctx.text[max(lo, hi - 40) : hi]
    ratio = _RATIO_SUBJECT.search(ctx.text, max(lo, hi - 40), hi) if " in " in tail or " out of " in tail else None
    if ratio and ratio.start() >= lo:  # "three in 10 voters said", "with one in four saying"
        return ratio.start(1), ratio.end(1)
    return None


def _document_or_before_hometown(ctx: Context, lo: int, hi: int) -> tuple[tuple[int, int] | None, int]:
    """The document whose agent stands before the verb at ``hi`` ("A memo obtained by The Associated
    Press warns"), if a subject stands before it; and where to look for the subject: before a hometown
    or a time set off before the verb ("Johnnie Wilson, of Springfield, Va., said")."""
    near = max(lo, hi - 200)  # both patterns end at the verb: no need to try every earlier start
    window = ctx.text[near:hi]
    home = (_HOMETOWN.search(ctx.text, near, hi) if ", of " in window or ", from " in window else None) or \
        _TIME_BEFORE_VERB.search(ctx.text, max(lo, hi - 60), hi)
    agent = None
    if not home:  # (each pattern is tried only from just before the word it turns on)
        by = ctx.text.find(" by ", max(lo, hi - 90), hi)
        agent = _BY_AGENT_BEFORE_VERB.search(ctx.text, max(lo, by - 40), hi) if by != -1 else None
        asked = None if agent else _ASKED_WORD.search(ctx.text, max(lo, hi - 120), hi)
        agent = agent or (_ASKED_BEFORE_VERB.search(ctx.text, max(lo, asked.start() - 16), hi) if asked else None)
    if agent and agent.start() > lo:  # the document is the subject, if one stands before it
        document = _subject_before(ctx, lo, agent.start())
        if document is not None:
            return document, hi
    if home and home.start() > lo:  # "Johnnie Wilson, of Springfield, Va., said", "who in 2010 said"
        hi = home.start()
    return None, hi


def _back_over_asides(ctx: Context, toks: list) -> "_SubjectEnd | tuple[int, int] | None":
    """Walk back from the verb over asides and appositions between it and the subject, up to three
    of them: "Trump, in separate statements, told ...", "Leonard Burman, director of the Tax Policy
    Center, said ...", "Sanders, meanwhile, who sits at zero endorsements, said ...". Where the subject
    ends (:class:`_SubjectEnd`); or, where the walk settles it, the subject's span or None."""
    apposition = None  # the last phrase set off by commas before the verb: "Another critic, Laurence H. Tribe, said"
    i = _past_auxiliaries(toks, len(toks) - 1)
    if i >= 1 and toks[i][2] == "to" and toks[i - 1][2].lower() in RAISING_VERBS:
        i = _past_auxiliaries(toks, i - 2)  # "he appeared to suggest", "Trump seems to believe"
    # A party tag after a name: "Sen. Claire McCaskill (D-Mo.) said".
    i, end_override = _before_party_tag(toks, i)
    if end_override is None:
        i, end_override = _before_suffix_stop(toks, i)  # "Joseph R. Biden Jr. said", "the F.B.I. has said"
    for _ in range(3):
        aside = _past_aside(toks, i, end_override)
        if aside is _STOP:
            break
        if aside is not None:
            i, end_override = aside
            continue
        quoted = _quotation_closing_apposition(toks, i)
        i = quoted if quoted is not None else i
        if i < 0 or toks[i][2] != ",":
            break
        j = _apposition_before(ctx, toks, i, quoted is not None)
        if isinstance(j, _Settled):
            return j.subject
        if j + 1 < i and apposition is None:
            apposition = (toks[j + 1][0], toks[i - 1][1])
        if _described_again(ctx, toks, j):
            i = j  # (the comma that closes another apposition, walked over next)
            continue
        # "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
        i, end_override = _before_party_tag(toks, j - 1)
        if end_override is None:  # "James B. Comey Jr., the director of the F.B.I., said" (but "Providence, R.I., surgeon"
            i, end_override = _before_suffix_stop(toks, i, initialisms=False)  # is a place: see above)
    return _SubjectEnd(i, end_override, apposition)


def _described_again(ctx: Context, toks: list, j: int) -> bool:
    """Whether the words before the comma ``toks[j]``, which opens an apposition, are an apposition too, of a
    name before them: a description in lower case or after an article ("Tom Fitton, the president of Judicial
    Watch, a conservative group ..., said", "Percy Woodard, assistant IRS commissioner, international,
    denied"); not a name ("In Washington, Sen. John Smith, a Democrat, said")."""
    if j < 3 or toks[j][2] != ",":
        return False
    inner = _apposition_before(ctx, toks, j)
    if isinstance(inner, _Settled) or inner < 1 or toks[inner][2] != ",":
        return False
    if not _describing(toks[inner + 1][2]) or not (_describing(toks[j + 1][2]) or _names_the_thing(toks, j)):
        return False  # (both in lower case or after an article: not "his campaign manager, Jeff Weaver, says")
    k = inner - 1
    while k >= 0 and (is_cap(toks[k][2]) or toks[k][2] == "."):
        k -= 1  # (back over the name: "Tom Fitton", "Sen. Ted Cruz")
    if k == inner - 1 or any(t[2].lower() in TIME_WORDS or t[2].lower() in DATE_NAMES for t in toks[k + 1 : inner]):
        return False  # (no name, or a time: "Earlier Tuesday, ...")
    opens = k < 0 or toks[k][2] in (".", "!", "?") or (toks[k][2].lower() in ("but", "and", "yet") and (k == 0 or toks[k - 1][2] in (".", "!", "?")))
    return opens
    # (the name opens its clause: not "In a filing with the Securities and Exchange Commission, the group, led by
    # ..., said", nor the end of what was said before it, "... Orange Juice, FCOJ, a spokesman for ..., said")


def _names_the_thing(toks: list, j: int) -> bool:
    """Whether the apposition opening at the comma ``toks[j]`` is the name of the thing the description before it
    ends in, no person: "the editor in chief of the Vatican's official newspaper, L'Osservatore Romano,"."""
    last = toks[j - 1][2]
    return is_cap(toks[j + 1][2]) and last.isalpha() and last.islower() and not is_person_noun(last, plural=plural_form(last))


def _describing(word: str) -> bool:
    """Whether an apposition's first word opens a description: a word in lower case or an article, no clause word."""
    return (word.islower() or word in ("A", "An", "The")) and word.lower() not in CLAUSE_WORDS


_STOP = object()  # (the walk back over asides stops here)


class _Settled(NamedTuple):
    """What is set off before the verb settles the subject: none (a clause), or one found on the way."""

    subject: tuple[int, int] | None


_DASH_ASIDE = 14  # the most tokens an aside between dashes holds (words and commas): a longer one is more likely a clause


def _past_aside(toks: list, i: int, end_override: int | None):
    """Before ``toks[i]``, an aside that is no apposition: a place with its state, a word such as
    "meanwhile", an AP party tag, an age, a phrase between dashes or a participle phrase set off before
    the verb. Where the walk goes on from (token index, end override); :data:`_STOP` where it ends;
    None where there is no such aside."""
    state_stop = i if i >= 1 and toks[i][2] == "." else i - 1 if i >= 4 and toks[i][2] == "," and toks[i - 1][2] == "." else None
    if state_stop is not None and state_stop >= 3 and toks[state_stop - 2][2] == "," and \
            re.fullmatch(r"[A-Z][a-z]{1,4}|[A-Z]\.[A-Z]", toks[state_stop - 1][2]):
        # a place with its state inside an apposition: "Jeffrey Salkin, a Hollywood, Fla., rabbi ..., said",
        # or closing a description: "Cecelia Purner, 67, a retired representative in Allentown, Pa., said"
        # (not a name's: "Another superdelegate, Michael Brown of Washington, D.C., explained")
        j = next((j for j in range(state_stop - 3, max(-1, state_stop - 12), -1) if toks[j][2] == ","), None)
        if state_stop == i or (j is not None and toks[j + 1][2].islower() and toks[j + 1][2] not in CLAUSE_WORDS):
            return _STOP if j is None or j == 0 else (j - 1, None)
    if i >= 2 and toks[i][2] == "," and toks[i - 1][2].lower() in ASIDES and toks[i - 2][2] == ",":
        return i - 3, end_override  # "Sanders, meanwhile, said"
    if i >= 2 and toks[i][2] == "." and _AP_PARTY_TAG.fullmatch(toks[i - 1][2]) and toks[i - 2][2] == ",":
        return i - 3, end_override  # a party tag in AP style before an apposition: "Sen. Lindsey Graham, R-S.C., a candidate, said"
    if i >= 1 and end_override is None and (toks[i][2].lower() in ASIDES or toks[i][2].isdigit()) \
            and toks[i - 1][2] == ",":
        return i - 2, end_override  # an aside or an age before an apposition: "Marley Anderson, 21, a junior from Las Vegas, said"
    if i >= 0 and toks[i][2] in {"—", "–", "-", "--"}:  # "Jason Sims — a teacher from Mount Pleasant — says"
        j = next((j for j in range(i - 1, max(-1, i - 2 - _DASH_ASIDE), -1) if toks[j][2] == toks[i][2]), None)
        return _STOP if j is None or j == 0 else (j - 1, None)
    if i >= 0 and toks[i][2] != "," and i + 1 < len(toks) and toks[i + 1][2] == ",":
        # a participle phrase set off before the verb, ending in a place: "Sen. Chuck Grassley,
        # facing a spirited challenge in Iowa, a swing state, said"
        k = next((k for k in range(i - 1, max(-1, i - 14), -1) if toks[k][2] in {",", ";", ":"}), None)
        if k is not None and k >= 1 and toks[k][2] == "," and is_cap(toks[k - 1][2]) and \
                re.fullmatch(r"[a-z]{3,}ing", toks[k + 1][2]):
            return k - 1, None
    return None


# Quotation marks as tokens: the typographic and straight ones, and typewriter quotes ('', ``) and single marks
_CLOSING_MARKS = set(CLOSERS + AMBIGUOUS) | {"'", "’"}
_OPENING_MARKS = set(OPENERS + AMBIGUOUS) | {"'", "‘", "`"}


def _quotation_closing_apposition(toks: list, i: int) -> int | None:
    """Where an apposition ends in a short quotation whose mark closes after its comma ("Marcel Lehel,
    the hacker known as “Guccifer,” stated ...", "Lehel, who wrote “Hacked,” said ..."): the index of that
    comma. The quotation names or titles something inside the phrase: a word of the phrase stands right
    before its opening mark, and it holds at most four words. None otherwise."""
    k = i
    while k >= 0 and toks[k][2] in _CLOSING_MARKS and i - k < 2:
        k -= 1
    if k == i or k < 3 or toks[k][2] != ",":
        return None
    opening = next((o for o in range(k - 1, max(-1, k - 6), -1) if toks[o][2] in _OPENING_MARKS), None)
    while opening is not None and opening >= 1 and toks[opening - 1][2] in _OPENING_MARKS:
        opening -= 1  # (a typewriter mark of two characters: ''Guccifer,'')
    if opening is None or opening < 1 or not is_word(toks[opening - 1][2]) or \
            not all(is_word(t[2]) or t[2] in _OPENING_MARKS for t in toks[opening + 1 : k]):
        return None
    return k


def _apposition_before(ctx: Context, toks: list, i: int, quoted: bool = False) -> "int | _Settled":
    """Before the comma ``toks[i]``, an apposition set off by commas: the index of the comma that opens
    it; or :class:`_Settled` where what is set off is a clause, or the subject set off by mistake.
    ``quoted``: the apposition ends in a short quotation (:func:`_quotation_closing_apposition`), whose
    marks the walk passes."""
    stops = {",", ";", ":"} if quoted else {",", ";", ":", *OPENERS, *CLOSERS, *AMBIGUOUS}
    j = i - 1
    while j >= 0 and toks[j][2] not in stops and i - j <= 40:
        if toks[j][2] == "." and not is_abbreviation(toks, j - 1):
            break
        j -= 1
    if j + 1 < i and toks[j + 1][2] in {"and", "but", "or"}:
        return _Settled(None)  # a clause, not an apposition: "..., and the meeting deteriorated from there, said ..."
    if j >= 1 and toks[j][2] == "," and (toks[0][2] in PARTICIPLE_OPENERS or re.fullmatch(r"[A-Z][a-z]+ing", toks[0][2])) \
            and toks[0][2] != "According" and all(t[2] != "," for t in toks[:j]) and is_cap(toks[j + 1][2]) and i - j <= 6:
        # after an opening participle phrase the subject is set off by mistake: "Making her way
        # around Chez Vachon, Clinton and husband Bill, thanked ..."
        return _Settled(_subject_before(ctx, toks[j + 1][0], toks[i][0]))
    if j >= 0 and toks[j][2] == "," and (i - j <= 12 or toks[j + 1][2].lower() in {"a", "an", "the", "who"} or (
            j >= 1 and (is_cap(toks[j - 1][2]) or toks[j - 1][2] == ")"))):
        return j
    return _Settled(None)


def _subject_at(ctx: Context, lo: int, toks: list, i: int, end_override: int | None, apposition) -> tuple[int, int] | None:
    """The subject whose last token is ``toks[i]``: a share with its sign, a pronoun (contracted or a
    relative one), or the noun phrase that ends there, walked back to its start."""
    if i >= 2 and toks[i - 1][2] == "of" and toks[i - 2][2].lower() in _PARENTS and (
            toks[i][2].isdigit() or toks[i][2].lower() in SMALL_NUMBERS):
        i, end_override = i - 2, end_override or toks[i][1]  # "the 34-year-old mother of three replied"
    if i >= 1 and toks[i][2] == "%" and toks[i - 1][2].replace(".", "").isdigit() and toks[i - 1][1] == toks[i][0]:
        return toks[i - 1][0], toks[i][1]  # a share written with the sign: "43% said"
    if i < 0 or not is_word(toks[i][2]):
        return None
    last = toks[i]
    if last[2].lower() in PRONOUNS:
        return last[0], last[1]
    contracted = _CONTRACTED.fullmatch(last[2]) if "’" in last[2] or "'" in last[2] else None
    if contracted and contracted.group(1).lower() in PRONOUNS and contracted.group(1).lower() not in ("it", "who"):
        return last[0], last[0] + len(contracted.group(1))  # "We're talking about ...", "he's saying ..."
    if last[2] in {"that", "which"} and i >= 1 and (is_word(toks[i - 1][2]) or (last[2] == "which" and toks[i - 1][2] == ",")) \
            and toks[i - 1][2].lower() not in _NOT_BEFORE_RELATIVE and toks[i - 1][2] not in ctx.cues.forms:
        return last[0], last[1]  # a relative pronoun: "an organization that endorsed Sanders"
    if last[2].endswith(("’s", "'s")) or last[2].lower() in {"his", "her", "their", "its", "my", "our", "your"}:
        return None  # a possessive is not a subject: "Trump’s comments came ..."
    last_end = end_override or last[1]
    j = _noun_phrase_start(ctx, toks, i)
    named = _named_before_role(toks, j, i)
    if named is not None:
        return named
    return _subject_from_words(ctx, lo, [t for t in toks[j : i + 1] if t[2] != "."], last, last_end, apposition)


def _named_before_role(toks: list, j: int, i: int) -> tuple[int, int] | None:
    """The name that a role chain right after it describes, its closing comma left out by the page:
    "Mykhailo Podoliak, Adviser to the Head of the Office of the President of Ukraine spoke ..." is
    Podoliak. The name is two or three capitalised words after a stop, a line's start or nothing."""
    if j < 3 or toks[j - 1][2] != "," or not _role_chain(toks, j, i):
        return None
    k = j - 1
    while k - 1 >= 0 and is_cap(toks[k - 1][2]) and j - 1 - (k - 1) <= 3:
        k -= 1
    if j - 1 - k < 2 or (k > 0 and toks[k - 1][2] not in (".", "!", "?", "\n")):
        return None
    return toks[k][0], toks[j - 2][1]


def _role_chain(toks: list, j: int, i: int) -> bool:
    """Whether the tokens from ``j`` to ``i`` are capitalised words joined by "of", "the" and "to", "of"
    among them (a role with what it heads or serves: "Adviser to the Head of the Office of the President
    of Ukraine")."""
    words = [t[2] for t in toks[j : i + 1]]
    return "of" in words and all(is_cap(w) or w in ("of", "the", "to") or (
        w == "and" and 0 < k < len(words) - 1 and is_cap(words[k - 1]) and is_cap(words[k + 1])) for k, w in enumerate(words))
    # (and "and" between two of its capitalised words: "the Congress of Local and Regional Authorities")


def _noun_phrase_start(ctx: Context, toks: list, i: int) -> int:
    """Walk back over the noun phrase that ends at ``toks[i]``: words up to a clause boundary, at most
    eight, or eighteen for a role of capitalised words joined by "of" and "the" ("The Head of the Office
    of the President of Ukraine"); the index of its first token."""
    j = i
    while j - 1 >= 0 and (i - (j - 1) < 8 or (i - (j - 1) < 18 and _role_chain(toks, j - 1, i))):
        tok = toks[j - 1][2]
        if tok == "." and is_abbreviation(toks, j - 2):  # "Mr. Obama", "Sen. Cruz"
            j -= 1
            continue
        if not (is_word(tok) or tok in {"’", "'"} or (tok == "-" and toks[j - 1][1] == toks[j][0])):  # (a hyphen, not
            # a dash between spaces: "Today is a truly historic day - Ukraine has felt ...")
            break
        of_name = tok.lower() == "of" and (is_cap(toks[j][2]) or (
            toks[j][2].lower() == "the" and j + 1 <= i and is_cap(toks[j + 1][2])))  # "Mr. Morgan of the Sierra Club"
        # Two people or groups as one speaker: "teachers and union officials told POLITICO".
        and_group = tok == "and" and j - 2 >= 0 and (
            is_cap(toks[j - 2][2]) or (toks[j - 2][2].endswith("s") and toks[j - 2][2].islower() and len(toks[j - 2][2]) > 3)
        ) and (is_cap(toks[j][2]) or _is_people(toks[i][2])) and not (  # (but a share is a clause of its own:
            toks[j][2].isdigit() and j + 1 <= i and toks[j + 1][2] in _SHARE_WORDS)  # "his supporters and 22 percent say")
        # A group with its qualifier: "advocates for stem cell research", "half of voters in each state".
        qualified = tok.lower() in {"of", "for", "in", "at", "from", "on"} and j - 2 >= 0 and (
            toks[j - 2][2].lower() in QUALIFIED_HEADS or (tok == "of" and toks[j - 2][2] in ROLE_HEADS)) or (
            j - 2 >= 0 and ((tok == "to" and toks[j - 2][2].lower() in ROLE_HEADS) or (
                tok in ("to", "for") and toks[j - 2][2].lower() in SERVING_HEADS)) and (
                is_cap(toks[j][2]) or toks[j][2].lower() in DETERMINERS))  # (not "the senator to take")
        # (and a role with what it heads or serves: "the chief of staff", "former secretary of state", "the Adviser
        # to the Head of the President's Office")
        demonstrative = tok == "That" and toks[j][2].islower()  # "That person said"
        linked = j - 2 >= 0 and is_name_link(toks[j - 2][2], tok, toks[j][2])  # "the Committee to Protect Journalists"
        if (tok.lower() in CLAUSE_WORDS or tok.lower() in _SUBJECT_STOPS) and not of_name and not and_group and not qualified \
                and not demonstrative and not linked:
            break
        if (tok in {"Will", "May"} and is_cap(toks[j][2])) or (tok == "First" and toks[j][2] in _TITLE_AFTER_FIRST):
            j -= 1  # a first name: "Will Estrada", "May Mailman"; a title: "the First Lady of Ukraine"
            continue
        if (tok.lower() in AUXILIARIES and not (tok.lower() in ("first", "only") and j == i and j - 2 >= 0
                                                 and toks[j - 2][2].lower() in _ARTICLES)) or \
                tok.lower() in PRONOUNS or tok in ctx.cues.forms:
            break  # (but between "the" and the noun "first" is which one: "the first official said", "the only one")
        if tok == "." and not is_abbreviation(toks, j - 1):
            break
        j -= 1
    if i - j >= 8 and toks[j][2] in ("The", "the"):
        j += 1  # (a role chain longer than other phrases is written as its label writes it: "Deputy Head of the Office of ...")
    return j


def _subject_from_words(ctx: Context, lo: int, words: list, last, last_end: int, apposition) -> tuple[int, int] | None:
    """The subject among the words of a noun phrase: the longest suffix that is a name, a role or a
    determiner phrase (or the name of an apposition after a role); else a bare group of people; never
    a time, a number, a function word or a dateline."""
    last_word = words[-1][2].lower()
    if last_word in NOT_SPEAKERS or last_word.isdigit() or (last_word in {"percent", "percentage"} and len(words) == 1) or (
            last_word in {"am", "pm"} and len(words) >= 2 and words[-2][2].isdigit()) or (  # a time: "attacks at 4:45 am saying"
            last_word in _FUNCTION_WORDS and last_word not in PRONOUNS and last_word not in STANDING_ALONE
            and not (last_word in TIME_WORDS and is_cap(words[-1][2]))):  # (but "Day said", "Time magazine")
        return None  # "a Republican and", "2012", "41 percent", "the year" are no speakers
    if len(words) == 1 and (words[0][2] in PARTICIPLE_OPENERS or words[0][2].lower() in ASIDES):
        return None  # "Having ..." opens a participle clause and "Also" an aside, neither names anyone
    if len(words) == 1 and words[0][2].isupper() and len(words[0][2]) > 2 and re.match(
            r"\s*(?:\(|[―—–-])", ctx.text[words[0][1] : words[0][1] + 4]):
        return None  # a dateline: "WASHINGTON — Sen. Grassley said ..."
    # Prefer the longest suffix that is a name, a role or a determiner phrase; else a bare group
    # of people ("sources", "top black lawmakers").
    for k in range(len(words)):
        head = words[k][2]
        if len(head) == 4 and head.isdigit() and k + 1 < len(words) and (
                is_cap(words[k + 1][2]) or words[k + 1][2].lower() in DETERMINERS):
            continue  # a year before the subject is when, not who: "In 2019 the head of state decided"
        if head.lower() in _WHEN_BEFORE_SUBJECT and k + 1 < len(words):
            continue  # so is a time word: "Today Russia claims ..."
        if k == 0 and is_cap(head) and head.lower() in OBJECT_PREPOSITIONS:
            # what a preposition opens is its object, no subject ("Under the settlement announced today, ..."),
            # but a name or people right after it, no comma between, are: "During the primary Clinton came out ..."
            tail = words[-1]
            if len(words) >= 3 and words[-2][2].islower() and (is_cap(tail[2]) or _is_people(tail[2])):
                return tail[0], last_end
            return None
        phrase = ctx.text[words[k][0] : last[1]]
        share_of = head.lower() in QUALIFIED_HEADS and k + 1 < len(words) and words[k + 1][2].lower() == "of"  # "none of the scholars"
        if head.lower() in DETERMINERS or is_cap(head) or share_of or (
                is_word(head) and not _is_verb_form(head) and ctx.actors.resolve(phrase, ctx.date, ctx.outlet)):
            opens_clause = words[k][0] == lo or _opens_clause(ctx.text, lo, words[k][0])
            if head.lower() in DETERMINERS and k == len(words) - 1 and not (head.lower() in STANDING_ALONE and opens_clause):
                continue  # "the" alone is nobody; "Some said ..." is some of them
            if (head.lower() in DETERMINERS or not is_cap(head) or words[-1][2].islower()) and apposition \
                    and ctx.text[apposition[0]].isupper() and is_name_phrase(ctx.text[apposition[0]:apposition[1]]):
                # (and after a role that ends in a common noun: "Rep. Duncan Hunter’s chief of staff, Joe Kasper")
                return apposition  # the name, not the role before it: "Laurence H. Tribe"
            return words[k][0], last_end
    if _is_people(last[2]):
        first = max(0, len(words) - 3)
        first += words[first][2] in ("and", "or")  # ("Both I and government officials have said")
        return words[first][0], last_end
    if _SHARE_OF_PEOPLE.fullmatch(last[2]) and len(words) == 1:
        return last[0], last_end  # a share of those asked: "and three-fourths say ..."
    return None


_TITLE_AFTER_FIRST = {"Lady", "Deputy", "Vice", "Minister", "Secretary"}  # ("First" is otherwise an adverb: "he first said")


_PARENTS = {"mother", "father", "grandmother", "grandfather", "parent"}  # "a mother of three"


_WHEN_BEFORE_SUBJECT = {"today", "yesterday", "tomorrow", "tonight", "now", "then"}


_SHARE_OF_PEOPLE = re.compile(rf"{FRACTION}|half", re.IGNORECASE)


_SOURCE_QUALIFIER = re.compile(QUALIFIERS + r"(\s+[^,;:.!?“”\"()―—–]{1,60}?),?\s*(?:\w+ly\s+|also\s+)?$")


_QUALIFIER_WORD = re.compile("|".join(QUALIFIER_PHRASES))  # (a quick scan: no phrase without its word)


_NEGATION = re.compile(r"n[’']t\b|\b(?:not|never)\b")


# Where a person is from, with an age or a relative clause, between the name and the verb:
# "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said".
_HOMETOWN = re.compile(r",\s+(?:\d{1,3},\s+)?(?:of|from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
                       r"(?:,\s+(?:[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.))?,\s*(?:who\s[^,;:“”\"]{1,80},\s*)?(?:\w+ly\s+|also\s+)?$")


# A subject never runs back past these: "money sent to Mexico until the government agreed", "Yet another
# said", "his preference for having regional actors address ..."
_SUBJECT_STOPS = {"until", "unless", "yet", "having", "being"}


_TIME_BEFORE_VERB = re.compile(
    rf"\s+(?:(?:in|on|since|during)\s+(?:(?:early|late|mid-)\s*)?(?:\d{{4}}|{DAY_NAMES}|(?:{MONTH_NAMES})(?:\s+\d{{1,2}})?"
    r"(?:,?\s+\d{4})?)|(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:past\s+)?(?:week|month|year|weekend|morning|afternoon|evening|night)|"
    rf"(?:on\s+)?(?:{DAY_NAMES})|at\s+(?:the\s+(?:same\s+)?time|one\s+point|first)|back\s+then|in\s+the\s+past|in\s+response)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*(?:\w+ly\s+|also\s+)?$")  # ("Trump at the time said")


# A document's reduced relative clause before its verb: "A letter from the Legion obtained by The
# Associated Press warns ...": the letter warns, not the agency.
_NOT_PASSIVE = r"(?<![Bb]e)(?<!was)(?<!were)(?<!is)(?<!are)(?<!been)(?<!being)(?<!ly)"  # (not "was obtained by")


_NAME_WORD = r"(?!(?:who|whom|which|that|as|he|she|they|we|I|it)\s)[\w.’'&-]+"  # a word of a name, not of a clause


_BY_AGENT_BEFORE_VERB = re.compile(
    _NOT_PASSIVE + r"\s+(?:obtained|seen|reviewed|written|signed|sent|released|issued|published|prepared|drafted|posted|"
    r"filed|authored|commissioned|conducted)"
    rf"\s+(?:(?:on\s+)?(?:{DAY_NAMES}|yesterday|today)\s+)?by\s+(?:{_NAME_WORD}\s+){{1,8}}?$")


_PLACE_WORD = r"(?!(?:and|or|but)\s)" + _NAME_WORD  # (where they were asked ends before a clause: "in January and it ...")


# People asked, between them and their verb: "Veterans interviewed at Trump rallies this week said ..."
_ASKED_BEFORE_VERB = re.compile(
    _NOT_PASSIVE + r"(?<!\bI)(?<!\b[Ww]e)(?<!\b[Hh]e)(?<!\b[Ss]he)(?<!\b[Tt]hey)(?<!\b[Yy]ou)"
    r"(?:\s+(?:I|we|he|she|they|you)(?:\s+(?:have|had)|['’]ve)?)?"  # ("the experts I interviewed said")
    r"\s+(?:interviewed|surveyed|polled|questioned|contacted|reached|asked|(?:spoke|spoken|talked)\s+(?:with|to))"
    rf"\s+(?:(?:by|at|in|on|for|after|outside|across|this|last|over)\s+{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,7}}?)?"
    r"(?:,\s+(?:including|like|such\s+as)\s+[^,;:“”\"]{1,50},)?\s*$")


_ASKED_WORD = re.compile(r"\s(?:interviewed|surveyed|polled|questioned|contacted|reached|asked|spoke|spoken|talked)\s")


_NOT_BEFORE_RELATIVE = CLAUSE_WORDS | AUXILIARIES | DETERMINERS


_FUNCTION_WORDS = CLAUSE_WORDS | PREPOSITIONS | DETERMINERS | TIME_WORDS


QUALIFIED_HEADS = SPEAKER_NOUNS | {"percent", "half", "third", "majority", "most", "many", "some", "all", "none", "members",
                                   "one", "each", "either", "neither", "two", "three", "several", "few",  # ("one of the eight")
                                   "leaders", "advocates", "residents", "groups", "people", "democrats", "republicans",
                                   # findings of a poll or study: "an average of recent polls shows", "polling of union voters"
                                   "average", "poll", "polling", "survey", "study", "analysis", "review", "group", "coalition"}


STANDING_ALONE = QUANTIFIERS | {"another"}  # determiners that name people on their own: "Some said", "Another tweeted"


_SHARE_WORDS = {"percent", "pct", "%", "per"}  # (after a number: a share, as _AND_SPEAKER reads it too)
