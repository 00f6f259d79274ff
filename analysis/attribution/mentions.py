"""mentions"""

from __future__ import annotations

import re
from typing import NamedTuple


from .vocabulary import (ADDRESSEES, ASIDES, ASKED_OPENERS, AUXILIARIES, BE_FORMS, CARRYING_VERBS, CATENATIVE_BEFORE,
                         CLAUSE_WORDS, DAY_NAMES, DETERMINERS, FRACTION, MONTH_NAMES, NEGATED_BE, NOUN_LIKE_CUES,
                         PAST_FORMS, PERSONAL_OBJECTS, PLACE_TIME_ADVERBS, PREPOSITIONS, PRONOUNS, QUALIFIERS,
                         QUALIFIER_PHRASES, QUANTIFIERS, RAISING_VERBS, ROLE_HEADS, SENTENCE_OPENERS, SERVING_HEADS,
                         SMALL_NUMBERS, SPEAKER_NOUNS, SUBORDINATORS, TIME_SPAN, VERB_MARKERS, WEEKDAYS)
from .document import (Context, Statement, cue_kind, in_lower_case, is_abbreviation, is_adverb, is_cap, is_word,
                       plural_form, skip_space, word_tokens)


TIME_WORDS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "time", "period", "quarter"}


PARTICIPLE_OPENERS = {"Having", "Being", "Speaking", "Saying", "Adding", "Noting", "Asking", "Responding",
                      "Following", "Citing", "Calling", "Writing", "Referring", "Commenting", "Describing",
                      "Including", "Acknowledging", "Arguing", "Explaining", "Insisting", "Warning", "Pointing"}


NOT_SPEAKERS = {"let", "me", "you", "please", "yes", "no", "thank", "thanks", "today", "yesterday", "here", "there"}


_ADDRESSEE_OR_ADVERB = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(ADDRESSEES | AUXILIARIES, key=len, reverse=True)) + r")\b"
)


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
    between the speaker and the verb is passed over: "Hawkins and others who want to ban abortion said"."""
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
    return found


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


_CATENATIVES = CARRYING_VERBS | NEGATED_BE


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
    if key not in ctx.subjects:
        ctx.subjects[key] = _find_subject_before(ctx, lo, hi)
    return ctx.subjects[key]


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
        if i < 0 or toks[i][2] != ",":
            break
        j = _apposition_before(ctx, toks, i)
        if isinstance(j, _Settled):
            return j.subject
        if j + 1 < i and apposition is None:
            apposition = (toks[j + 1][0], toks[i - 1][1])
        # "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
        i, end_override = _before_party_tag(toks, j - 1)
        if end_override is None:  # "James B. Comey Jr., the director of the F.B.I., said" (but "Providence, R.I., surgeon"
            i, end_override = _before_suffix_stop(toks, i, initialisms=False)  # is a place: see above)
    return _SubjectEnd(i, end_override, apposition)


_STOP = object()  # (the walk back over asides stops here)


class _Settled(NamedTuple):
    """What is set off before the verb settles the subject: none (a clause), or one found on the way."""

    subject: tuple[int, int] | None


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
    if i >= 0 and toks[i][2] in {"—", "–", "-"}:  # "Jason Sims — a teacher from Mount Pleasant — says"
        j = next((j for j in range(i - 1, max(-1, i - 16), -1) if toks[j][2] == toks[i][2]), None)
        return _STOP if j is None or j == 0 else (j - 1, None)
    if i >= 0 and toks[i][2] != "," and i + 1 < len(toks) and toks[i + 1][2] == ",":
        # a participle phrase set off before the verb, ending in a place: "Sen. Chuck Grassley,
        # facing a spirited challenge in Iowa, a swing state, said"
        k = next((k for k in range(i - 1, max(-1, i - 14), -1) if toks[k][2] in {",", ";", ":"}), None)
        if k is not None and k >= 1 and toks[k][2] == "," and is_cap(toks[k - 1][2]) and \
                re.fullmatch(r"[a-z]{3,}ing", toks[k + 1][2]):
            return k - 1, None
    return None


def _apposition_before(ctx: Context, toks: list, i: int) -> "int | _Settled":
    """Before the comma ``toks[i]``, an apposition set off by commas: the index of the comma that opens
    it; or :class:`_Settled` where what is set off is a clause, or the subject set off by mistake."""
    j = i - 1
    while j >= 0 and toks[j][2] not in {",", ";", ":", "“", "”", '"'} and i - j <= 40:
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
    return _subject_from_words(ctx, lo, [t for t in toks[j : i + 1] if t[2] != "."], last, last_end, apposition)


def _noun_phrase_start(ctx: Context, toks: list, i: int) -> int:
    """Walk back over the noun phrase that ends at ``toks[i]``: words up to a clause boundary, at most
    eight; the index of its first token."""
    j = i
    while j - 1 >= 0 and i - (j - 1) < 8:
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
            tok == "to" and j - 2 >= 0 and (toks[j - 2][2].lower() in ROLE_HEADS or toks[j - 2][2].lower() in SERVING_HEADS) and (
                is_cap(toks[j][2]) or toks[j][2].lower() in DETERMINERS))  # (not "the senator to take")
        # (and a role with what it heads or serves: "the chief of staff", "former secretary of state", "the Adviser
        # to the Head of the President's Office")
        demonstrative = tok == "That" and toks[j][2].islower()  # "That person said"
        if (tok.lower() in CLAUSE_WORDS or tok.lower() in _SUBJECT_STOPS) and not of_name and not and_group and not qualified \
                and not demonstrative:
            break
        if (tok in {"Will", "May"} and is_cap(toks[j][2])) or (tok == "First" and toks[j][2] in _TITLE_AFTER_FIRST):
            j -= 1  # a first name: "Will Estrada", "May Mailman"; a title: "the First Lady of Ukraine"
            continue
        if tok.lower() in AUXILIARIES or tok.lower() in PRONOUNS or tok in ctx.cues.forms:
            break
        if tok == "." and not is_abbreviation(toks, j - 1):
            break
        j -= 1
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
    r"(?:,?\s+\d{4})?)|(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:past\s+)?(?:week|month|year|weekend)|"
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
                                   "leaders", "advocates", "residents", "groups", "people", "democrats", "republicans",
                                   # findings of a poll or study: "an average of recent polls shows", "polling of union voters"
                                   "average", "poll", "polling", "survey", "study", "analysis", "review", "group", "coalition"}


_BEFORE_PARTICIPLE = PREPOSITIONS | CLAUSE_WORDS | AUXILIARIES | VERB_MARKERS | BE_FORMS | {
    "by", "for", "of", "about", "without", "not", "also", "then", "even", "just", "still", "being", "keeps", "kept",
    "began", "begins", "started", "starts", "continued", "continues", "stopped", "avoided", "spent", "spends"}


STANDING_ALONE = QUANTIFIERS | {"another"}  # determiners that name people on their own: "Some said", "Another tweeted"


def speaker_after(ctx: Context, lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker mention that starts at ``lo`` ("said Trump", "said the Kremlin spokesman")."""
    toks = word_tokens(ctx.text, lo, min(hi, lo + 200))
    if not toks or not is_word(toks[0][2]):
        return None
    first = toks[0][2]
    if first.lower() in PRONOUNS or first.lower() in PERSONAL_OBJECTS:
        return toks[0][0], toks[0][1]  # ("according to him")
    if first.islower() and first not in DETERMINERS:
        # Role words before a name: "said pollster Frank Luntz", "said retired neurosurgeon Ben Carson"
        named = next((k for k in range(1, min(len(toks), 6)) if is_cap(toks[k][2])), None)
        # (and "said master of ceremonies Asab Al-Tabchi", "said former secretary of state Hillary Clinton")
        if named is not None and all(t[2].isalpha() and t[2].islower() and (t[2] not in CLAUSE_WORDS or t[2] in ("and", "of"))
                                     and t[2] not in ctx.cues.forms for t in toks[:named]) and toks[0][2] not in ("and", "of"):
            end = speaker_after(ctx, toks[named][0], hi)
            return (toks[0][0], end[1]) if end else None
        # A bare group: "according to exit polls", "according to senior officials"
        for k in range(min(len(toks), 4)):
            if toks[k][2].lower() in SPEAKER_NOUNS:
                return toks[0][0], toks[k][1]
            if not toks[k][2].isalpha():
                break
        return None
    if not (is_cap(first) or first.lower() in DETERMINERS):
        return None
    end = toks[0][1]
    role_chain = False  # a role with what it heads or serves, which may run longer than other mentions
    for k in range(1, min(len(toks), 12)):
        tok = toks[k][2]
        if (k >= 9 or role_chain) and not (role_chain and (is_cap(tok) or tok in (".", "of", "the", "to") or (
                tok.islower() and is_cap(toks[k - 1][2]) and not tok.endswith(("ing", "ed"))))):
            break  # (what a role heads is named in capitals, or with one common noun after them: "the Head of the
            # Croatian government"; not "the President of the European Commission addressing ...")
        if tok == "." and is_abbreviation(toks, k - 1) and k + 1 < len(toks) and (is_cap(toks[k + 1][2]) or (
                "." in toks[k - 1][2] and is_word(toks[k + 1][2]) and toks[k + 1][2].lower() not in CLAUSE_WORDS)):
            continue  # "said Mr. Burman", "according to U.S. officials"
        if tok == "(" and k > 0:  # a party tag: "said Sen. Graham (R-S.C.)"
            close = next((j for j in range(k + 1, min(len(toks), k + 8)) if toks[j][2] == ")"), None)
            if close is not None:
                end = toks[close][1]
            break
        if not is_word(tok) and tok not in {"’", "'"}:
            break
        low = tok.lower()
        if low in CLAUSE_WORDS:
            headed = k + 1 < len(toks) and low in ("of", "to") and toks[k - 1][2].lower() in ROLE_HEADS and (
                is_cap(toks[k + 1][2]) or (toks[k + 1][2] == "the" and k + 2 < len(toks) and is_cap(toks[k + 2][2])))
            if not (headed or (low == "of" and k + 1 < len(toks) and is_cap(toks[k + 1][2]))):
                break
            role_chain = role_chain or headed  # (a role goes on with what it heads or serves: "said the Adviser to the
            # Head of the President's Office")
        if ctx.cue_re.fullmatch(tok):
            break
        if tok in AUXILIARIES or tok in PLACE_TIME_ADVERBS:
            break  # the mention ends before a verb or an adverb: "said Trump later", "..., said Obama is wrong"
        end = toks[k][1]
    return toks[0][0], end


_SHARE_WORDS = {"percent", "pct", "%", "per"}  # (after a number: a share, as _AND_SPEAKER reads it too)


def is_addressee_or_adverbs(between: str, names: bool = False) -> bool:
    """Whether the words between a cue and its quotation are only an addressee ("reporters", and
    with ``names`` a named one: "told Fox News:") and adverbs."""
    rest = between.strip()
    if names:
        rest = re.sub(r"^(?:the\s+)?(?:[A-Z][\w.’'&-]*\s*){1,4}", " ", rest)
    rest = _NAMED_ADDRESSEE.sub(" ", rest).lower()  # ("wrote to Congress:", "says to Nevadans:")
    if not rest.strip():
        return True
    rest = _ADDRESSEE_OR_ADVERB.sub(" ", _I_QUOTE.sub(" ", rest))  # ("Trump said, and I quote, “We love ...”")
    rest = re.sub(r"\b(?:in|at|on|outside|during|after)\b(?:\s+(?:the|a|an))?(?:\s+[A-Z]?[\w’'-]+){1,4}", " ", rest)
    return not rest.strip(" ,")


_I_QUOTE = re.compile(r"\b(?:and\s+)?i\s+quote\b")


_NAMED_ADDRESSEE = re.compile(r"^to\s+(?:(?:the\s+)?(?:[A-Z][\w.’'&-]*\s*){1,4}|(?:"
                              + "|".join(re.escape(p) for p in sorted(ADDRESSEES, key=len, reverse=True)) + r")\b)")


# Where a speaker phrase cannot run on: a quote mark, ! ? ; :, or a full stop that does not end a
# title or an initial ("Mr. Burman", "Leonard E. Burman", "Sen. Graham (R-S.C.)").
_SENTENCE_BREAK = re.compile(
    r"[!?;:“”\"]|(?<![A-Z])(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!Sen)(?<!Rep)(?<!Gov)(?<!Gen)(?<!St)(?<!Jr)(?<!Lt)"
    r"(?<!Col)(?<!Sgt)(?<!Prof)\.\s"
)


_MODIFIERS = re.compile(r"(?:(?!(?:which|that|who|whom|as|when|while|if)\s)[a-z][\w-]*\s+){0,3}")  # (not a clause: "which Mozloom thinks")


# What may come before the speaker found right before the verb, in the attribution after a
# quotation: a role and a comma, or words of one noun phrase (no verb, no clause).
_SPEAKER_LEAD = re.compile(r"(?:(?:the|a|an|his|her|their|its|our|my|The|A|An|His|Her|Their|Its|Our|My)\s+|"
                           r"(?:[A-Z][\w.-]*\s+){0,3}(?!(?:That|It|He|She|What|There|Here|Who|This|Let)[’']s)[A-Z][\w.-]*[’']s\s+)(?:[\w’'-]+\s+){0,4}?[\w’'-]+,\s+|"
                           r"(?:(?!(?:that|which|who|as|when|while|because|if|but|after|before|said|says|told)\b)"
                           r"[\w$’'.&-]+\s+){1,8}\$?")


def attribution_after(ctx: Context, pos: int, limit: int, cues) -> tuple[tuple[int, int], re.Match] | None:
    """A reporting clause starting at ``pos``: "Trump wrote", "the US president stated", "said Trump"."""
    for cue_m in cues:
        if cue_m.start() < pos:
            continue
        if cue_m.start() == pos:
            if cue_kind(ctx, cue_m) not in ("speech", "writing", "after-quote", "belief", "stance"):
                return None  # “...,” promising the Friends of Abe will return: no speaker comes after a participle or base form
            speaker = speaker_after(ctx, skip_space(ctx.text, cue_m.end(), limit), limit)
            return (speaker, cue_m) if speaker else None
        gap = ctx.text[pos : cue_m.start()]
        if len(gap) > 160 or _SENTENCE_BREAK.search(gap):
            return None
        if gap.split()[-1:] in (["the"], ["a"], ["an"], ["this"]) and cue_kind(ctx, cue_m) in ("plural", "stance"):
            continue  # a noun, the subject's head: “...,” the note says.
        if gap.split()[:1] and gap.split()[0].lower() in BE_FORMS:
            return None  # the quotation is a subject: “...,” is one common saying here.
        speaker = speaker_before(ctx, pos, cue_m.start())
        if speaker and (_MODIFIERS.fullmatch(ctx.text, pos, speaker[0]) or _SPEAKER_LEAD.fullmatch(ctx.text, pos, speaker[0])):
            # "panel Chairman Rep. Jason Chaffetz", "the assailant, John McGraw", "Fight for $15 organizing
            # director Kendall Fells", "the Vermont senator and Democratic presidential candidate"
            return (pos, speaker[1]), cue_m
        return None
    return None


_BE_BEFORE_PARTICIPLE = BE_FORMS | NEGATED_BE | {"'s", "am"}


def is_participle_cue(ctx: Context, cue_m: re.Match) -> bool:
    """An -ing cue that carries on an earlier speaker ("..., adding that"), unless a form of "be"
    makes it the clause's own verb ("Trump is saying")."""
    if cue_kind(ctx, cue_m) not in ("participle", "stance-participle"):
        return False
    before = [w.lower().replace("’", "'") for w in ctx.text[max(0, cue_m.start() - 16) : cue_m.start()].split()]
    if len(before) >= 2 and before[-1] == "not":
        before.pop()  # "was not saying"
    return not (before and (before[-1] in _BE_BEFORE_PARTICIPLE or before[-1].endswith(("'re", "'m")) or (
        before[-1].endswith("'s") and before[-1][:-2] in PRONOUNS)))  # "We're talking about", "he's saying"


_VERB_BY = re.compile(r"\b([a-z]+)\s+by\s+$")


def cue_speaker(ctx: Context, cue_m: re.Match, sent_s: int, earlier: list[Statement]) -> tuple[int, int] | None:
    """Who a cue belongs to: its subject, or for a participle ("adding") the speaker of the clause
    before it in the same sentence, else of the last statement before it."""
    if not is_participle_cue(ctx, cue_m):
        subject = speaker_before(ctx, sent_s, cue_m.start())
        second = None if subject is not None else _SECOND_VERB.search(ctx.text, max(sent_s, cue_m.start() - 60), cue_m.start())
        if second and not (second.group(1) in ("of", "to") and cue_m.group() in NOUN_LIKE_CUES):
            # A second verb of the sentence's subject: "Trump visited Ohio and said ..." (but "pointed
            # to reports that ..." has a noun after "to"), or of the last clause's subject: "Rabbis called
            # for a boycott, and the Anti-Defamation League denounced it and said ...".
            clauses = [c.end() for c in _CLAUSE_JOIN.finditer(ctx.text, sent_s, second.start())]
            clause_s = clauses[-1] if clauses else sent_s
            first = ctx.text[max(clause_s, second.start() - 24) : second.start()].split()[-1:]
            verbs = [m for m in ctx.cue_re.finditer(ctx.text, clause_s, second.start()) if not is_participle_cue(ctx, m)]
            while len(verbs) > 1 and not ctx.text[verbs[-2].end() : verbs[-1].start()].strip():
                verbs.pop()  # a cue right after another is its object, not a verb: "expressed hope that ..."
            if second.group(1) == "and" and first and _is_verb_form(first[0]):
                # the first verb right before "and": "When she called, I laughed and said ..." is mine (but
                # not one inside what an earlier verb reports: "X reported that the work had resumed and noted")
                found = speaker_before(ctx, clause_s, ctx.text.rindex(first[0], clause_s, second.start()))
                opening = ctx.text[clause_s : found[0]] if found else ""
                if found and any(m.end() <= found[0] for m in verbs) and opening.rstrip().endswith(",") and \
                        not SUBORDINATORS.isdisjoint(opening.lower().split()):
                    subject = found  # (the main clause's subject, after a subordinate clause: "When she called, I ...")
            if subject is None and verbs:
                subject = speaker_before(ctx, clause_s, verbs[-1].start())  # the first verb's subject
            subject = subject or (opening_subject(ctx, clause_s, cue_m.start()) if clauses else None)
            subject = subject or opening_subject(ctx, sent_s, cue_m.start())
        if subject is None and is_purpose(ctx.text, sent_s, cue_m.start()):
            subject = opening_subject(ctx, sent_s, cue_m.start())  # "Tom Emanuel stood at a Bush event here to say ..."
        return subject
    reports = [(st.start, st.end, st.cue_start) for st in earlier if st.end > sent_s and st.cue_start is not None]
    for earlier_cue in reversed(list(ctx.cue_re.finditer(ctx.text, sent_s, cue_m.start()))):
        at = earlier_cue.start()
        if reports and any(s <= at < e and c < at for s, e, c in reports):
            continue  # a verb inside what an earlier one reports: "Clinton said voters want change, noting ..." is Clinton's
        if not is_participle_cue(ctx, earlier_cue):
            subject = speaker_before(ctx, sent_s, earlier_cue.start())
            if subject:
                return subject
    prior = [st for st in earlier if st.speaker_start is not None and st.end <= cue_m.start()]
    if prior and prior[-1].speaker_start >= sent_s:
        return prior[-1].speaker_start, prior[-1].speaker_end
    # The subject of the clause the participle hangs on: "Mr. Trump struck a measured tone, saying ...",
    # "Protesters looped the streets while chanting ...", "Trump keeps talking about the wall", "He
    # spent the speech attacking Cruz"
    by = _VERB_BY.search(ctx.text, max(sent_s, cue_m.start() - 30), cue_m.start())
    if by and _is_verb_form(by.group(1)) and BE_FORMS.isdisjoint(
            ctx.text[max(sent_s, by.start() - 24) : by.start()].lower().split()[-2:]):
        # the subject of the verb "by" follows: "When he returned he began by saying, ..." (not of a passive:
        # "Europeans' hostility is justified by arguing ...")
        subject = speaker_before(ctx, sent_s, by.start(1))
        if subject is not None:
            return subject
    if re.search(r"(?:[,―—–-]|\b(?:while|after|before|by|when|without))\s*$", ctx.text[sent_s:cue_m.start()]) or \
            CATENATIVE_BEFORE.search(ctx.text, max(sent_s, cue_m.start() - 60), cue_m.start()):
        subject = opening_subject(ctx, sent_s, cue_m.start())
        if subject is not None:
            return subject
    return (prior[-1].speaker_start, prior[-1].speaker_end) if prior else None


# An infinitive of purpose after a clause: "... stood at a Bush event here to say", "took to Twitter to
# announce" (but not after an object that does the saying: "asked Trump to say", "wants them to say").
_PURPOSE_TO = re.compile(r"(?:\b([a-z]+)|\b(?:to|on|at|in)\s+[A-Z]\w*)\s+(?:in\s+order\s+)?to\s+$")


CONTROL_VERBS = {"want", "wants", "wanted", "ask", "asks", "asked", "urge", "urges", "urged", "tell", "tells", "told",
                 "expect", "expects", "expected", "allow", "allows", "allowed", "force", "forced", "encourage",
                 "encouraged", "invite", "invited", "like", "likely", "able", "unable", "going", "have", "has", "had",
                 "used", "need", "needs", "needed", "refused", "declined", "continued", "began", "seemed", "appeared",
                 "tried", "decided", "chose", "agreed", "plans", "planned", "hopes", "hoped", "is", "are", "was", "were",
                 "him", "her", "them", "us", "me", "it", "ready", "willing", "first", "last", "only", "reluctant"}


PURPOSE_FORMS = {"say", "announce", "argue", "declare", "explain", "warn", "claim", "insist", "deny", "confirm", "reveal",
                 "note", "stress", "urge", "demand", "tweet", "criticize", "criticise", "praise", "attack", "defend",
                 "endorse", "thank", "apologize", "apologise", "call for", "tell", "complain", "vow", "promise", "pledge",
                 "suggest", "propose", "push for", "advocate for", "condemn", "denounce", "blame", "accuse", "reiterate"}


_PURPOSE_VERBS = {form.split()[0] for form in PURPOSE_FORMS}


def is_purpose(text: str, sent_s: int, cue_s: int) -> bool:
    """Whether the cue is a speech verb in an infinitive of purpose, said by the clause's subject
    ("took to Twitter to announce"; but "met on Monday to discuss the plan" reports nothing)."""
    if text[cue_s:cue_s + 16].split(" ")[0] not in _PURPOSE_VERBS:
        return False
    purpose = _PURPOSE_TO.search(text, max(sent_s, cue_s - 40), cue_s)
    return bool(purpose) and (purpose.group(1) or "").lower() not in CONTROL_VERBS


_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:and|but|while|yet)|;)\s+(?=(?:the|a|an|his|her|their|[A-Z])\w*)")


def after_noun(before: str) -> bool:
    """Whether the text before a participle ends in a noun ("a super PAC supporting"), not in
    punctuation or a function word ("..., adding", "for saying", "not even suggesting")."""
    last = re.search(r"([A-Za-z’'-]+)\s+$", before)
    if last is None:
        return False
    word = last.group(1).lower()
    return not (word in _BEFORE_PARTICIPLE or is_adverb(word) or word.endswith(("’s", "'s")))


# (Each branch opens with a letter and checks the word boundary after it: the scan skips to those letters.)
_SECOND_VERB = re.compile(r"(a(?<!\wa)nd|b(?<!\wb)ut|y(?<!\wy)et|o(?<!\wo)f|t(?<!\wt)o)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+|again\s+)?"
                          r"(?:(?:has|have|had|will|would|did|does|do)(?:\s+not|n[’']t)?\s+)?(?:\w+ly\s+|also\s+)?$")


_DATELINE = re.compile(r"[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}\s*(?:\([^)]{1,30}\)\s*)?(?:[―—–]|--?)\s*")


def opening_subject(ctx: Context, sent_s: int, hi: int) -> tuple[int, int] | None:
    """The subject that opens the sentence, past quote marks and an opening phrase: "But on
    Tuesday, he stood with GOP leaders and urged ..." """
    opening = skip_space(ctx.text, sent_s, hi)
    dateline = _DATELINE.match(ctx.text, opening, hi)
    opening = dateline.end() if dateline else opening  # "PARIS — France's far-right leader ..."
    while opening < hi and ctx.text[opening] in "“\"'‘(":
        opening += 1
    intro = _SENTENCE_INTRO.match(ctx.text, opening, hi)
    opening = intro.end() if intro else opening
    return sentence_subject(ctx, opening, hi)


_NAME_APPOSITION = re.compile(r"(?:[A-Z][\w.-]*[’']s|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+[^,;:“”\"]{1,60}?(?<![A-Z]\w)[a-z]+,\s+"
                              r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),\s")


def sentence_subject(ctx: Context, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase opening a sentence at ``lo``: a pronoun, a run of capitalised words ("Sen.
    Ted Cruz", "Campus Security"), or a determiner and at most three words before a verb-like one."""
    toks = word_tokens(ctx.text, lo, min(hi, lo + 160))
    if not toks or not is_word(toks[0][2]):
        return None
    first = toks[0][2]
    if first.lower() in PRONOUNS and first.lower() != "who":
        return toks[0][0], toks[0][1]
    if re.fullmatch(r"\w+[’']s", first) and first.lower()[:-2] in {"he", "she"}:
        return toks[0][0], toks[0][1] - 2  # "He’s comparing ..." is he
    if re.fullmatch(r"\w+[’']s", first) and first.lower()[:-2] in {"that", "it", "there", "here", "what", "who"}:
        return None  # "That’s when she ..." opens with a verb, not a subject
    named = _NAME_APPOSITION.match(ctx.text, lo, min(hi, lo + 160))
    if named:  # "France’s far-right party leader, Marine Le Pen, voiced ...": the name set off after the role
        return named.start(1), named.end(1)
    end, k = None, 0
    if is_cap(first) and first.lower() not in DETERMINERS | CLAUSE_WORDS | PREPOSITIONS:
        while k < len(toks) and (is_cap(toks[k][2]) or (toks[k][2] == "." and is_abbreviation(toks, k - 1))):
            end, k = toks[k][1], k + 1
        if k == 1 and (first.lower() in ("there", "here", "despite") or in_lower_case(ctx.text, first)) and not (
                _is_people(first.lower()) or plural_form(first)):
            # a word the article also writes in lower case opens the sentence, not a name: "Imagine you are
            # ...", "Guided by the Charter, we ...", "More than 5 million have ... found" (but a plural noun
            # is a speaker: "Voters say ...", "Superdelegates argue ...")
            return None
        if end and toks[k - 1][2].endswith(("’s", "'s")) and k < len(toks) and toks[k][2].isalpha() and \
                toks[k][2].islower() and toks[k][2] not in AUXILIARIES and toks[k][2] not in ctx.cues.forms:
            end = toks[k][1]  # "Rubio’s campaign"
        return (toks[0][0], end) if end else None
    if first.lower() in DETERMINERS:
        for k in range(1, min(len(toks), 4)):
            tok = toks[k][2]
            if not tok.isalpha() or tok.lower() in AUXILIARIES or tok in ctx.cues.forms or tok.endswith("ed") or \
                    tok.lower() in _CATENATIVES or tok in PAST_FORMS:
                break  # (a verb ends it: "His comments came after being asked to defend ...")
            end = toks[k][1]
        return (toks[0][0], end) if end else None
    return None


def singular_subject(mention: str) -> bool:
    """A subject an -s verb agrees with: a name, a pronoun, or "the"/"a" and one plain noun."""
    words = mention.split()
    last = words[-1] if words else ""
    if last.lower() in PRONOUNS or last.lower() in {"that", "which"} or is_cap(last):
        return True
    if "of" in words[1:]:  # the head comes before "of": "an average of recent polls", "polling of union voters"
        words = words[: words.index("of", 1)]
        last = words[-1]
    plural = plural_form(last)
    if len(words) == 1:
        return last.islower() and last.endswith("ing")  # "polling shows"
    return 2 <= len(words) <= 5 and words[0].lower() in {"the", "a", "an", "this", "each", "every", "another"} and not plural \
        and not last.endswith(_ADJECTIVE_ENDS)  # (an adjective is no noun: "the environmental challenges")


_ADJECTIVE_ENDS = ("ous", "ful", "less", "ental", "ional", "ical", "istic")


def is_name_phrase(mention: str) -> bool:
    """A name, with role words before it: "Steve Grubbs", "pollster Frank Luntz", "Sen. Graham (R-S.C.)"."""
    mention = re.sub(r"\s*\([^)]{0,20}\)$", "", mention)
    words = mention.split()
    while words and words[0].islower() and words[0].isalpha() and words[0] not in DETERMINERS:
        words = words[1:]
    return bool(words) and is_cap(words[0]) and all(is_cap(w) or w in {"of", "the", "de", "van", "von", "bin", "al"} for w in words)


def inverted_speaker(ctx: Context, sent_s: int, cue_s: int, after: int, sent_e: int) -> tuple[int, int] | None:
    """The speaker of a verb that follows its content: "..., said Trump." / "..., said Mr. Lee, who
    ..." / "..., said pollster Frank Luntz." A clause after the verb ("..., said that fact speaks
    volumes") is content, not a speaker."""
    text = ctx.text
    if not text[sent_s:cue_s].rstrip().rstrip("”\"'’").endswith(",") or not text[sent_s:cue_s].strip(" ,"):
        return None
    if text.startswith("that ", after):
        return None
    speaker = speaker_after(ctx, after, sent_e)
    if speaker and text[speaker[0]:speaker[1]].split()[0].lower() in WEEKDAYS | PLACE_TIME_ADVERBS:
        return None  # when, not who: "The deal, announced Friday, would last four years"
    if speaker:  # "a source close to the campaign": the source, and where it stands
        close = re.search(r"\s+(?:close|familiar|briefed|involved|knowledgeable)$", text[speaker[0]:speaker[1]])
        speaker = (speaker[0], speaker[0] + close.start()) if close else speaker
    if speaker and re.match(r"\s*(?:(?:of|from|at|for|in|with|close\s+to|familiar\s+with|briefed\s+on|involved\s+in|"
                            r"knowledgeable\s+about)\s[^,.;:!?]{0,60}|\s+who\s[^;:!?]{0,160}?(?=[.;!?]|$))?"
                            r"(?:[,.;:!?()\n]|[―—–]|--|$)",
                            text[speaker[1]:sent_e + 1]):
        return speaker
    return None


def opening_phrase_end(text: str, start: int, limit: int, inside) -> int | None:
    """The comma that ends a phrase opening the sentence (a comma inside a quotation counts only
    right before its closing mark: “not Christian,” the pope ...)."""
    comma = text.find(",", start, limit)
    while comma != -1:
        span = inside.find(comma)
        if span is None or comma >= span[1] - 2:
            return comma
        comma = text.find(",", comma + 1, limit)
    return None


# What may open a sentence before its subject (see opening_subject): "But on Tuesday, he ...", "Hours
# later, Trump ...", "Speaking Sunday on ABC’s “This Week,” Carson ...", "Pressed again about it, Perez ..."
_SENTENCE_INTRO = re.compile(
    rf"(?:(?:{SENTENCE_OPENERS})\b[\s,]*)?"
    r"(?:[A-Z][a-z]+ly,\s*)?"  # "Essentially, Clinton's lawyers ..."
    r"(?:(?:(?:A\s+few|[A-Z][a-z]+)\s+(?:seconds|minutes|hours|days|weeks|months|years)|(?:An?|One)\s+"
    r"(?:second|minute|hour|day|week|month|year)|Hours|Days|Weeks|Months|Moments)\s+(?:later|earlier|ago),?\s+)?"
    # ("Hours later, Trump ...", "A month later, he ...")
    r"(?:(?:The|That|This|Each|Every)\s+(?:day|night|morning|evening|week|month|year)"
    r"(?:\s+(?:before|after|later|earlier))?,\s*)?"  # "The day before, ..."
    rf"(?:(?:[A-Z][a-z]+ing|{'|'.join(sorted(w.capitalize() for w in ASKED_OPENERS))})\s[^,;:]{{0,80}},[”’\"']?\s*)?"
    # ("Speaking Sunday on ABC’s “This Week,” Carson ...", "Pressed again about it, Perez ...")
    r"(?:(?:[A-Z][a-z]+ly\s+|(?:Hours|Days|Weeks|Minutes|Moments|Months|Years)\s+|"
    rf"{TIME_SPAN}\s+)?"  # ("One month after ...,")
    r"(?:[Oo]n|[Ii]n|[Aa]t|[Aa]fter|[Bb]efore|[Dd]uring|[Ll]ast|[Tt]his|[Ee]arlier|[Ll]ater|[Ss]ince|[Ww]hen|"
    r"[Ww]hile|[Aa]s|[Ll]ike|[Uu]nlike|[Aa]mid|[Aa]longside)\s+"
    r"(?:[^,.;:]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.){1,60},\s*(?:[A-Z][a-z]{1,4}\.,\s*)?){0,2}")
