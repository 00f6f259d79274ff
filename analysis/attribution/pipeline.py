"""The stages run over an article: the orchestrator.

Decides: the order of the steps (``_STEPS``: transcript turns, "this was stated by", quotations with
their attribution after or before them, reports around cues, "according to", poll findings, owned
report and stance nouns, passive agents, interrupted and continued quotations, the writer's
assessments), what of a paragraph is read once for them (:func:`read_paragraph`), and what spans
statements: interrupted quotations joined, a report inside its speaker's own report (``parent``) or
inside somebody else's words (``via``), the ids. Each step decides within its own stage's module.
Offsets found in the normalised copy are mapped back to the article's own text here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable

import pandas as pd

from ..corpus import Article
from ..normalise import Normalised, normalise, one_line
from ..tokenise import paragraphs
from .registry import ActorRegistry, Cues, default_actors, default_cues
from .document import (Context, Document, Paragraph, Spans, Statement, clause_sentences, context, in_compound,
                       is_title_case, matches_at)
from .quotes import quote_spans
from .content import is_clause, reports_speech
from .entities import name_speakers, written_as_name
from .speakers import paragraph_start, person_gender, resolve
from .vocabulary import (BE_FORMS, BUSINESS_NOUNS, CLAUSE_WORDS, FIRST_PERSON, PAST_FORMS, KNOWING_VERBS, ORGANISATION_HEADS, PRONOUNS, is_finding_source, is_given_name,
                         is_person_noun, names_its_object)
from .transcripts import opening_salutation, says_nothing, speech_author, transcript_turns
from .reported import (ASSESSMENT, IN_FINDINGS, STANCE_NOUN, according_to, find_assessments, owned_nouns,
                       poll_findings, report_nouns, report_nouns_with_owners, reports_around_cues,
                       stance_nouns_with_owners, stated_by)
from .quotations import (attribution_then_quotations, continued_quotations, interrupted_second_halves,
                         introduced_paragraph, passive_agents, quotation_sentences, quotations_then_attribution)


STATEMENT_COLUMNS = [f.name for f in Statement.__dataclass_fields__.values()]


def extract(
    text: str,
    article_id: str = "article",
    date: pd.Timestamp | None = None,
    boilerplate: Iterable[tuple[int, int, str]] = (),
    actors: ActorRegistry | None = None,
    cues: Cues | None = None,
    outlet: str = "",
    title: str = "",
    speech_only: bool = True,
) -> list[Statement]:
    """Every statement of one article, in text order. ``outlet`` (the article's source and url)
    resolves roles tied to an outlet's house style; a ``title`` that says whose words the article
    is ("Address by the President of Ukraine") gives "I" and "we" a speaker where the text names none.

    The rules read the article as :func:`analysis.normalise.normalise` gives it (plain spaces, no
    invisible characters); every offset and text of a statement is the article's own. ``speech_only=False``
    keeps the reports whose content is no speech (what the stages before that filter found, for their tests)."""
    view = normalise(text)
    skip = [(view.start_in_text(s), view.end_in_text(e)) for s, e, _ in boilerplate]
    found = _extract(view.text, article_id, date, skip, actors or default_actors(), cues or default_cues(), outlet,
                     one_line(title), speech_only)
    if view.text is not text:
        for st in found:
            _in_article(st, view)
    return found


def _in_article(st: Statement, view: Normalised) -> None:
    """Offsets and texts of a statement found in the normalised copy, as they are in the article."""
    st.start, st.end = view.start_in_raw(st.start), view.end_in_raw(st.end)
    if st.parts:
        st.parts = [[view.start_in_raw(a), view.end_in_raw(b)] for a, b in st.parts]
        st.text = " ".join(view.raw[a:b] for a, b in st.parts)
    else:
        st.text = view.raw[st.start : st.end]
    if st.speaker_start is not None:
        st.speaker_start, st.speaker_end = view.start_in_raw(st.speaker_start), view.end_in_raw(st.speaker_end)
        st.speaker_text = view.raw[st.speaker_start : st.speaker_end]
    if st.cue_start is not None:
        st.cue_start, st.cue_end = view.start_in_raw(st.cue_start), view.end_in_raw(st.cue_end)
        st.cue = view.raw[st.cue_start : st.cue_end]


def _extract(text: str, article_id: str, date, skip: list[tuple[int, int]], actors: ActorRegistry, cues: Cues,
             outlet: str, title: str, speech_only: bool = True) -> list[Statement]:
    """:func:`extract` on the normalised text."""
    spans, hard_wrapped = paragraphs(text)
    ctx = Context(Document(text, article_id, date, outlet, title, hard_wrapped, actors, cues))
    ctx.doc.facts["paragraph starts"] = [start for start, _ in spans]  # (how far back a description or "he" looks)
    for start, end in spans:
        if not any(s <= start and end <= e for s, e in skip):
            _paragraph(ctx, start, end)
        ctx.found.previous_start = start
    # (the writer's own assessments, "Christie appears to be embracing ...", are nobody's statement: found so
    # that no other step takes their words, they stay out of what a researcher gets)
    assessments = [] if speech_only else ctx.found.assessments
    found = _join_interrupted(text, ctx.found.turn_sentences, sorted(ctx.found.statements + assessments,
                                                               key=lambda s: (s.start, s.kind != "indirect", s.end)))
    _end_before_attribution(text, found)
    if speech_only:  # (the stages' tests read what the mentions and reports found before this one)
        found = _speech_only(text, found, cues)
    _pronouns_once_all_found(ctx, found)
    _no_speaker_quoted(ctx, found)
    name_speakers(ctx, found)
    found = _reports_in_turns(ctx, found)
    if speech_only:  # (a turn's formulae were its sentences until now: whom its "I" is, that it is a turn; a heading
        # in capitals that quotes what comes below it, whose speaker a later "the spokesman" may be)
        greeting = opening_salutation(ctx, found)
        found = [st for st in found if not (id(st) in ctx.found.turn_sentences and (says_nothing(st.text) or id(st) in greeting))
                 and not (st.kind == "direct" and _heading_in_capitals(text, st))]
    _nest_same_speaker(found)
    _second_hand(found)
    if speech_only:
        found = _without_findings_within(found)
    ids = {id(st): f"{article_id}:{number}" for number, st in enumerate(found, start=1)}
    for st in found:
        st.statement_id = ids[id(st)]
    for st in found:
        if st.parent is not None:
            st.parent = st.parent.statement_id
        if st.via is not None:
            st.via = st.via.statement_id
    return found


def _no_speaker_quoted(ctx: Context, found: list[Statement]) -> None:
    """A speaker mention inside a quotation that does not hold its statement is words somebody said, not who
    said the statement: "claims that Univision “takes its marching orders” from Mexico, and asserts that
    Mexico is “killing us”" is not by `its marching`, nor "“..., a murderous attack,” ..." by `a murderous`.
    The statement stays, its speaker unresolved. A quotation's "I" or "we" is whoever says it ("“I don't see
    a big infusion of federal bucks,” said Moos, adding that ..."), and a transcript's turns are their label's."""
    for st in found:
        if st.speaker_start is None or st.speaker is None or id(st) in ctx.found.turn_sentences or st.cue == ":" or \
                ctx.text[st.speaker_start : st.speaker_end].lower() in FIRST_PERSON:
            continue
        quotation = ctx.found.quoted.find(st.speaker_start)
        if quotation is not None and not quotation[0] <= st.start < quotation[1]:
            st.speaker = None


def _pronouns_once_all_found(ctx: Context, found: list[Statement]) -> None:
    """A "he" or "she" left without its person is read again once every step has found its statements: a step
    reads a paragraph's quotations before its reports, so the speaker a report names before a quotation's "he"
    was not yet known ("Gitanas Nausėda said that sanctions must be convincing. “We are ...,” he said."). The
    person must be named in the pronoun's paragraph."""
    for st in sorted(found, key=lambda s: s.speaker_start if s.speaker_start is not None else -1):
        pronoun = ctx.text[st.speaker_start : st.speaker_end].lower() if st.speaker_start is not None else ""
        if st.speaker is None and pronoun in ("he", "she") and st.kind != "assessment":
            person = resolve(ctx, st.speaker_start, st.speaker_end)[0]
            if person is not None and person_gender(ctx, person) in (None, PRONOUNS[pronoun]) and \
                    ctx.text.find(person.split()[-1], paragraph_start(ctx, st.speaker_start), st.speaker_start) != -1:
                st.speaker = person  # (named in the pronoun's paragraph, and not known to be of the other gender)


def _speech_only(text: str, found: list[Statement], cues: Cues) -> list[Statement]:
    """Without the reports that are no statements (:func:`_no_speech`): what a speaker discussed, thanked,
    endorsed or decided ("discussed the measures taken", "decided to leave") is an action, what they did
    not say was not said, a restrictive relative clause describes its noun, and what figures show nobody
    said (:func:`_shown_by_data`). A partial quotation inside
    one is the speaker's words and stays, under the statement the dropped one was under, if any ("Putin
    said he thanked Trump for “US support ...”": the quoted words are under "Putin said ..."), unless it
    is no words said: a title a speaker names or signs, a title or name in title case that nobody is
    called by, or a figure."""
    dropped = {id(st): st for st in found
               if st.kind == "indirect" and (_no_speech(text, st, cues.kind(st.cue) if st.cue else None, _base_kind(cues, st.cue))
                                             or _shown_by_data(st))}
    # (what a speaker names or signs in quotation marks is a title: "named “Breaking Bad”", and so is a quoted
    # phrase in title case that nobody is called by; a quoted figure is no words said: "a payment of “$5-10 billion.”")
    dropped.update({id(st): st for st in found if st.kind == "partial" and (
        (st.cue or "").lower() in _TITLE_CUES or _FIGURE_ONLY.fullmatch(st.text.strip(" .,")) is not None
        or (_is_title(st.text) and cues.kind(st.cue or "") != "stance" and not names_its_object(st.cue or ""))
        or _is_label(text, st) or _MENTIONED.search(text, max(0, st.start - 40), st.start) is not None)})
    if not dropped:
        return found
    for st in found:
        while st.parent is not None and id(st.parent) in dropped:
            st.parent = dropped[id(st.parent)].parent
    return [st for st in found if id(st) not in dropped]


def _shown_by_data(st: Statement) -> bool:
    """Whether a report is what figures show: its mention ends in a word for data, in lower case ("Reserve
    Bank figures show ...", "Recent official data showed ...", "according to FBI statistics", "Photos showed
    ..."), and its cue shows or sources ("show", "suggest", "according to"). A statistic or a picture is nobody's
    statement; a poll, a study or a report has its authors, and "party figures said" are people."""
    words = (st.speaker_text or "").split()
    cue = (st.cue or "").lower().split()
    if not words or not cue:
        return False
    last = words[-1].lower() if len(words) == 1 else words[-1]  # (alone, it may open the sentence: "Photos showed ...")
    return last in _DATA_WORDS and (cue == ["according", "to"] or cue[-1].startswith(_SHOWING))


_DATA_WORDS = {"data", "figures", "statistics", "numbers", "results", "records", "tallies", "count", "census",
               "photos", "photographs", "pictures", "images", "footage"}  # (and what pictures show: "Photos showed mourners ...")


_SHOWING = ("show", "suggest", "indicat", "reveal", "point")  # ("show", "showed", "suggests", "indicated", "pointed to")


def _heading_in_capitals(text: str, st: Statement) -> bool:
    """Whether a quotation is a heading: in capitals, two words or more, and all its paragraph holds
    ("“EVENTUALLY VOTERS MAKE GOOD DECISIONS”" between two paragraphs of a report on Obama's visit)."""
    letters = [ch for ch in st.text if ch.isalpha()]
    if len(st.text.split()) < 2 or not letters or not all(ch.isupper() for ch in letters):
        return False
    line_start = text.rfind("\n", 0, st.start) + 1
    line_end = text.find("\n", st.end)
    return not re.search(r"\w", text[line_start : st.start] + text[st.end : line_end if line_end != -1 else len(text)])


# Quoted words a sentence mentions rather than uses: after a noun for a word or a name ("the word “birther”
# was mentioned 80 times", "the phrase “anchor baby”", "under the slogan “Axe the tax”"), or for a work whose
# title they are ("his manifesto, “Crippled America”"). Not "in her words, “...”": what she said.
_MENTIONED = re.compile(r"\b(?:word|term|phrase|expression|slogan|label|hashtag|nickname|motto|(?:en)?titled|manifesto|memoir|"
                        r"autobiography|novel|album|film|movie|documentary|song|podcast|poem)\s*,?\s*[“\"‘'`]+$")
_TITLE_CUES = {"named", "signed", "signs"}  # cues whose quoted object is the title of a thing, not words said
_FIGURE_ONLY = re.compile(r"(?:[$€£]?[\d.,%–-]+|billion|million|trillion|percent|pct|dollars|dlrs|mln|bln)"
                          r"(?:\s+(?:[$€£]?[\d.,%–-]+|billion|million|trillion|percent|pct|dollars|dlrs|mln|bln))*", re.IGNORECASE)
_TITLE_SMALL = {"and", "of", "the", "a", "an", "in", "on", "to", "for", "with", "at", "or", "from", "by"}


def _is_title(quoted: str) -> bool:
    """Whether quoted words are a title or a name, in title case: two words or more, the first and every one
    but the small words capitalised, not shouted, no sentence inside ("Trump and Me", "The X-Files", "Game of
    Thrones"; not "an absolute disgrace", "THIS IS NOT OK." or "Make America Great Again!")."""
    words = [word for word in quoted.strip(" .,;:").split() if word != "-"]  # (a subtitle after ":" is a title's too)
    return len(words) >= 2 and not any(c in quoted.strip(" .") for c in "!?;") and quoted.count(":") <= 1 and not quoted.isupper() and words[0][:1].isupper() and all(
        word[:1].isupper() or word[:1].isdigit() or word in _TITLE_SMALL for word in words) and sum(
        word[:1].isupper() for word in words) >= 2


_LABEL_LEAD = {"a", "an", "the", "this", "these", "those", "so-called", "to", "from", "of", "in", "on", "at", "with",
               "for", "into", "by", "about"}  # (an article, a demonstrative or a preposition: the writer's noun phrase goes on)
_PREDICATE_BEFORE = BE_FORMS | {"being", "am", "’s", "'s", "seem", "seems", "seemed", "became", "become", "becomes", "remain",
                                 "remains", "remained", "as"}  # (what makes the quoted words a predicate of the speaker's)


def _is_label(text: str, st: Statement) -> bool:
    """Whether a partial quotation is a label the writer uses, not words the speaker chose: one or two
    quoted words right after an article, a demonstrative or a preposition ("its transfer to the “yellow”
    zone", "the so-called “cars” deals", "upgraded to the “Secret” level", "raised it to a “buy”"), with no
    form of "be" or a verb of naming just before ("called it a “fundamental mistake”", "would be a “leading
    voice”" are the speaker's)."""
    if len(st.text.split()) > 2:
        return False
    before = text[max(0, st.start - 60) : st.start].rstrip()
    if not before or before[-1] not in "“\"‘'`":
        return False
    words = re.findall(r"[\w’'-]+", before[:-1].lower())
    if not words or words[-1] not in _LABEL_LEAD:
        return False
    return not any(word in _PREDICATE_BEFORE or names_its_object(word) or word.startswith(("consider", "deem"))
                   for word in words[-4:-1])


_OPENING = re.compile(r"(?:\b(?:that|whether|if|how|why|what|when|where)[\s,]*)$", re.IGNORECASE)


def _base_kind(cues: Cues, cue: str | None) -> str | None:
    """The kind of a cue in its base form as its third person's ("suggest" as "suggests": speech; "think"
    as "thinks": belief), for a verb after "did not"; else the cue's own."""
    kind = cues.kind(cue) if cue else None
    if kind == "plural" and cue and " " not in cue:
        return cues.kind(cue + "s") or cues.kind(cue + "es") or kind
    return kind


def _no_speech(text: str, st: Statement, kind: str | None, base_kind: str | None = None) -> bool:
    """Whether a report (of a cue of ``kind``) is no statement: its content is no speech
    (:func:`content.reports_speech`), it says what was not said (:func:`_left_open`, reading a base form
    after "did not" as its third person: ``base_kind``) or what is known or seen (:func:`_known_not_held`),
    it describes its noun (:func:`_describes`), or it is what someone would, should or must say
    (:func:`_not_yet_said`)."""
    opened = _opened(text, st)
    object_first = not opened and st.cue_end is not None and st.cue_end <= st.start
    return not reports_speech(st.text, kind, st.cue or "", opened, object_first) or _relative_after_object(text, st) or \
        _left_open(text, st, base_kind or kind) or \
        _known_not_held(st) or \
        _describes(text, st, kind) or _not_yet_said(text, st, kind)


_MODAL_BEFORE_CUE = re.compile(r"\b(?:would|could|might|should|may|must|ought\s+to)\s+(?:(\w+ly|only|just|also|still|not)\s+)?$",
                               re.IGNORECASE)


_ASKED = "what|whether|if|when|where|who|whom|which|why"  # the question words but "how"


def _known_not_held(st: Statement) -> bool:
    """Whether a report names what its speaker knows, sees or finds out, not what they hold: a verb of
    knowing (``data/knowing_verbs.tsv``) and a content that a question word opens ("the world saw what
    Russia was doing", "officials will see if quotas are breached"). "How" is not among the words: "we
    know how important this is" says that it is."""
    cue = (st.cue or "").lower().split()
    return bool(cue) and cue[-1] in KNOWING_VERBS and _HELD_NOT.match(st.text.lstrip("“\"'‘ ")) is not None


_HELD_NOT = re.compile(rf"(?:{_ASKED}|whose)\b", re.IGNORECASE)


def _not_yet_said(text: str, st: Statement, kind: str | None) -> bool:
    """Whether a report's cue comes after a modal: what someone would, could, should or must say, think
    or support is a prospect, a hypothesis or a demand, not something said ("Supporters of Sanders would
    argue ...", "many would likely point out ...", "the democratic world must admit ...", "Italy would
    clearly support ..."). A speaker's own "I must say" or "we must admit" says it, and "would only say"
    reports what was said."""
    if st.cue_start is None or st.cue_end is None or st.cue_end > st.start:
        return False
    modal = _MODAL_BEFORE_CUE.search(text, max(0, st.cue_start - 30), st.cue_start)
    if modal is None or (modal.group(1) or "").lower() in ("only", "just"):
        return False
    mention = text[st.speaker_start : st.speaker_end].lower() if st.speaker_start is not None else ""
    return not (mention in ("i", "we") and kind in ("speech", "writing", "plural"))


def _describes(text: str, st: Statement, kind: str | None) -> bool:
    """Whether a report is a restrictive relative clause that tells which people or things its noun
    means, with no verb of saying or writing and no view with a clause: "conservatives who wanted the
    federal government out of education", "a suitor who might want both airlines", "everyone who defends
    the independence of Ukraine". It describes; nobody is reported. (Set off by a comma it reports:
    "Clinton, who thinks the plan works, ..."; "voters who said the economy mattered most" said it, and
    "labor unions who feared the bill would allow ..." believed it; a participle after the clause is its
    speaker's: "Obama rebuked critics who say ..., saying ...")"""
    if st.speaker_start is None or kind in ("speech", "writing", "participle") or (kind == "belief" and is_clause(st.text)):
        return False
    mention = text[st.speaker_start : st.speaker_end].lower()
    before = text[max(0, st.speaker_start - 6) : st.speaker_start].rstrip()
    return mention in ("who", "that", "which") and before[-1:].isalpha()  # (right after its noun: no comma, dash or stop)


def _left_open(text: str, st: Statement, kind: str | None) -> bool:
    """Whether a report says what a speaker did not say or know: a cue negated or declined, then a
    question ("would not say how much it will pay", "declined to say whether the accord included ...",
    "did not know why the meeting had been postponed"), or a verb of saying negated ("Dole did not say he
    would support the option"). Nothing was said: no statement. (A view negated stays one: "I don't
    think he will win".)"""
    if st.cue_start is None or st.cue_end is None or st.cue_end > st.start:
        return False
    if _NOT_BEFORE_CUE.search(text, max(0, st.cue_start - 40), st.cue_start) is None:
        return False
    return kind in ("speech", "writing", "participle", None) or _QUESTION_OPENS.match(st.text) is not None or _QUESTION_BETWEEN.search(
        text, max(st.cue_end, st.start - 60), st.start) is not None


_QUESTION_OPENS = re.compile(rf"(?:how|{_ASKED})\b", re.IGNORECASE)
_QUESTION_BETWEEN = re.compile(rf"\b(?:how|{_ASKED})[\s,]*$", re.IGNORECASE)
_NOT_BEFORE_CUE = re.compile(r"(?:\b(?:not|never)|n[’']t|\b(?:declined|refused|refuses|declines|declining|refusing|unable|failed|fails|failing)\s+to)"
                             r"(?:\s+(?:even|yet|ever|once|always|really|actually|explicitly|directly|specifically|publicly))?\s+$",
                             re.IGNORECASE)  # (right before the cue: "would not say", "declined to say", "didn't know",
# "not even suggesting", "was unable to say if")


# What a relative "that" opens: a verb in the past with its object right after it, no subject before it
# ("the scenery that distinguished ''Unplugged'' concerts", "the policies that raised the deficit")
_PAST_AND_OBJECT = re.compile(r"(?:[a-z]+ed|" + "|".join(sorted(PAST_FORMS)) + r")\s+(?:the|a|an|his|her|their|its|our|him|them|us|"
                              r"[“\"‘']|''|[A-Z])")


def _relative_after_object(text: str, st: Statement) -> bool:
    """Whether a report's content is a relative clause on the cue's object: the words between the cue and
    the content are a noun phrase and "that", and the content opens with a verb and its object, with no
    subject ("referring to the scenery that distinguished ''Unplugged'' concerts")."""
    if st.cue_end is None or st.cue_end > st.start or not _PAST_AND_OBJECT.match(text, st.start):
        return False
    between = text[st.cue_end : st.start].split()
    return len(between) >= 2 and between[-1] == "that" and between[-2].isalpha() and between[-2].islower() and \
        between[-2] not in CLAUSE_WORDS and not between[-2].endswith("ly")


def _opened(text: str, st: Statement) -> bool:
    """Whether the words between a report's cue and its content end with what opens a clause ("expressed
    concern that ...", "questioned whether ...")."""
    if st.cue_end is None or st.cue_end > st.start:
        return False
    return _OPENING.search(text, max(st.cue_end, st.start - 120), st.start) is not None


def _reports_in_turns(ctx: Context, found: list[Statement]) -> list[Statement]:
    """Inside a transcript turn, the speaker's own words are the turn's: a report found there stays only
    when it names its own source in full (:func:`_named_in_full`) ("MS. LEE: The
    President said yesterday that ..." is the president's, second hand); "I think ...", "the parties
    stated ..." or "Society supports ..." are the turn's words, not statements of their own."""
    turns = [(st.start, st.end) for st in found if id(st) in ctx.found.turn_sentences]
    if not turns:
        return found
    starts = [start for start, _ in turns]

    def in_turn(st: Statement) -> bool:
        k = bisect_right(starts, st.start) - 1
        return k >= 0 and st.end <= turns[k][1] and id(st) not in ctx.found.turn_sentences

    return [st for st in found if not in_turn(st) or (st.kind == "indirect" and _named_in_full(st) and _past(st.cue))]


def _past(cue: str | None) -> bool:
    """Whether a cue tells what someone said before ("said", "noted", "told", "wrote"): in a turn, a cue in
    the present is the speaker's own ("I would like you to tell me", "as I say")."""
    verb = (cue or "").split()[0].lower() if cue else ""
    return verb.endswith("ed") or verb in {"said", "told", "wrote", "thought", "felt", "knew", "saw", "put"}


def _named_in_full(st: Statement) -> bool:
    """A speaker the registry knows, or a full name the article gives that opens with a first name ("Anthony
    Blinken"; not "Neither Russia" or "Therefore I")."""
    name = st.speaker or ""
    return st.speaker_how == "registry" or (st.speaker_how == "document" and written_as_name(name)
                                            and is_given_name(name.split()[0]))


def _within(inner: Statement, outer: Statement) -> bool:
    """Whether ``inner`` lies inside the words of ``outer`` (inside one of its parts, if it has parts)."""
    return any(a <= inner.start and inner.end <= b for a, b in (outer.parts or [(outer.start, outer.end)]))


def _end_before_attribution(text: str, found: list[Statement]) -> None:
    """A report whose content runs on into the attribution that closes its sentence ends before it:
    in "Nazer reiterated his commitment to the accord, the Saudi Press Agency said", what Nazer
    reiterated ends at "accord" (the whole sentence is the agency's report, and Nazer's is inside it,
    second hand). An attribution closes a sentence when its statement's words come before it."""
    closing = [(min(o.speaker_start, o.cue_start), max(o.speaker_end, o.cue_end)) for o in found
               if o.speaker_start is not None and o.cue_start is not None and o.end <= min(o.speaker_start, o.cue_start)]
    for st in found:
        if st.kind != "indirect" or st.parts:
            continue
        inside = [lo for lo, hi in closing if st.start < lo and hi <= st.end + 1 and not text[hi : st.end].strip(" .,")]
        if not inside:
            continue
        lo = min(inside)
        comma = text.rfind(",", st.start, lo)  # (the attribution may open with role words: ", chairman Li Ka-shing said")
        if comma == -1 or text[comma + 1 : comma + 2].isdigit() or len(text[comma + 1 : lo].split()) > 4 or any(c in text[comma + 1 : lo] for c in ".;:“”\""):
            continue
        words = text[st.start : comma].rstrip()
        if words:
            st.end = st.start + len(words)
            st.text = words


def _second_hand(found: list[Statement]) -> None:
    """A statement inside the words of another speaker's statement is reported second hand: it
    names the innermost such statement as ``via`` ("Trump said that Putin thanked him")."""
    open_: list[Statement] = []
    for st in found:
        open_ = [outer for outer in open_ if outer.end > st.start]
        if st.parent is None and st.kind != "partial":
            st.via = next((o for o in reversed(open_) if o.speaker != st.speaker and o.end - o.start > st.end - st.start
                           and _within(st, o)), None)
            if st.kind != "assessment":  # (the writer's assessment reports nobody's words second hand)
                open_.append(st)


def _without_findings_within(found: list[Statement]) -> list[Statement]:
    """Without what a thing shows inside somebody's words: in "Democrats say those revelations show that
    Clinton misled the public", what the revelations show is the Democrats' claim, already in their
    statement, and "those revelations" no speaker. (A finding on its own stays: "A poll shows that ...".)
    Quotations under such a report go with it."""
    dropped = {id(st) for st in found if st.via is not None and _thing_finds(st)}
    if not dropped:
        return found
    dropped |= {id(st) for st in found if st.parent is not None and id(st.parent) in dropped}
    for st in found:
        while st.via is not None and id(st.via) in dropped:
            st.via = st.via.via  # (a report inside the one left out is second hand from whoever that one was)
    return [st for st in found if id(st) not in dropped]


_FINDING_VERBS = {"show", "shows", "showed", "shown", "indicate", "indicates", "indicated", "suggest", "suggests",
                  "suggested", "prove", "proves", "proved", "reveal", "reveals", "revealed", "demonstrate",
                  "demonstrates", "demonstrated", "mean", "means", "meant", "confirm", "confirms", "confirmed"}


def _thing_finds(st: Statement) -> bool:
    """Whether a report's cue is a verb of showing and its speaker a thing: a noun in lower case that names
    no person, group or body ("those revelations show", "Reserve Bank figures indicate"; not "officials
    confirmed", "Reuters showed")."""
    words = (st.speaker or "").split()  # (the mention as resolved: "analysis" for "which")
    if not words or (st.cue or "").split()[0].lower() not in _FINDING_VERBS or not words[-1].islower():
        return False
    head = words[-1].strip(".,")
    return head not in PRONOUNS and (not is_person_noun(head) or is_finding_source(head)) and \
        head.capitalize() not in ORGANISATION_HEADS and head not in BUSINESS_NOUNS  # (data and figures show: things)



def _nest_same_speaker(found: list[Statement]) -> None:
    """A report inside another report of the same speaker ("Putin said he thanked Trump for ...")
    is a statement of its own, but its words are already counted: it names the outer one as its
    ``parent``, as a partial quote does."""
    open_: list[Statement] = []
    for st in found:
        open_ = [outer for outer in open_ if outer.end > st.start]
        if st.parent is None and st.kind != "partial" and st.speaker is not None:
            outer = next((o for o in reversed(open_) if o is not st and o.speaker == st.speaker and o.parent is None
                          and _within(st, o)), None)
            if outer is not None:
                st.parent = outer
        if st.kind != "partial":
            open_.append(st)


def _join_interrupted(text: str, turn_sentences: set[int], found: list[Statement]) -> list[Statement]:
    """One statement for a quotation interrupted by its attribution (“A,” he said, “B.”) or run
    over paragraphs: consecutive direct quotes hanging on the same speaker mention and cue."""
    joined: list[Statement] = []
    last_direct: Statement | None = None
    for st in found:
        if st.kind == "indirect" and last_direct is not None and (
                st.start < last_direct.end or "\n" in text[last_direct.end : st.end]):
            last_direct = None
        # (a report inside the attribution itself does not part the halves: “A,” said Dan Cantor, who
        # supported Sanders, “B.” / “A,” Clinton said, referencing a super PAC. “B.”)
        if (st.kind == "direct" and last_direct is not None and id(st) not in turn_sentences
                and st.speaker_start == last_direct.speaker_start
                and st.cue_start == last_direct.cue_start and st.speaker == last_direct.speaker
                and not any(re.search(r"\w", chunk) for chunk in text[last_direct.end : st.start].split("\n")[1:-1])):
            # (not across a paragraph of other text between them)
            parts = last_direct.parts or [[last_direct.start, last_direct.end]]
            parts.append([st.start, st.end])
            last_direct.parts = parts
            last_direct.end = st.end
            last_direct.text = " ".join(text[a:b] for a, b in parts)
            continue
        if st.kind == "direct":
            last_direct = st
        joined.append(st)
    return joined


def _paragraph(ctx: Context, p_start: int, p_end: int) -> None:
    """Every statement of one paragraph: the stages' steps, in order, each taking what it finds and
    leaving the rest to the next."""
    para = read_paragraph(ctx, p_start, p_end)
    if para is None:
        ctx.found.continuing = ctx.found.introduced = None
        return  # nothing here can be a statement: no need to split sentences
    for step in _STEPS if para.quotes else _STEPS_WITHOUT_QUOTATIONS:
        step(ctx, para)


# The steps over a paragraph, in the order they take quotations and cues: what one step attributes, the
# later ones leave alone.
_STEPS = (
    transcript_turns,  # "Vladimir Putin: ...", "WALLACE: ..."
    stated_by,  # "This was stated by President Volodymyr Zelenskyy during ..."
    quotations_then_attribution,  # “...,” Trump wrote.
    attribution_then_quotations,  # Trump replied, “I do.”
    reports_around_cues,  # Trump said that ...
    according_to,  # According to X, ...
    poll_findings,  # In the new Post-ABC poll, ...
    report_nouns_with_owners,  # Trump's claim that ...
    stance_nouns_with_owners,  # Trump's attacks on a judge
    passive_agents,  # was described by Putin as “frank”
    interrupted_second_halves,  # “A,” said X, speaking of Y, “and B.”
    quotation_sentences,  # “...,” said X. “Never.”
    find_assessments,  # Christie appears to be embracing ...
    introduced_paragraph,  # Trump said in a statement: / “...”
    continued_quotations,  # a paragraph that carries on a quotation or a speaker
)
# (the steps that read quotation marks have nothing to do in a paragraph without any)
_STEPS_WITHOUT_QUOTATIONS = tuple(step for step in _STEPS if step not in (
    quotations_then_attribution, attribution_then_quotations, passive_agents, interrupted_second_halves,
    quotation_sentences))


def read_paragraph(ctx: Context, p_start: int, p_end: int) -> Paragraph | None:
    """The paragraph as the steps read it, or None when nothing in it can be a statement: no cue,
    quotation, report or stance noun, finding, assessment, colon or "according to"."""
    text = ctx.text
    quotes = quote_spans(text, p_start, p_end)
    inside = Spans([(o, c + 1) for o, c in quotes])
    ctx.found.quoted.extend(inside.spans)
    led = ctx.cues.word_led(text, p_start, p_end)
    every_cue = [m for m in matches_at(ctx.cue_re, text, led, p_start, p_end) if not in_compound(text, m)]
    ctx.found.paragraph_cues = (p_start, p_end, every_cue, [m.start() for m in every_cue])
    cues = [m for m in every_cue if inside.find(m.start()) is None] if quotes else every_cue
    if is_title_case(text, p_start, p_end):  # one report per headline: its first cue
        first = next((m for m in ctx.cues.headline_pattern.finditer(text, p_start, p_end)
                      if m.start() > p_start and inside.find(m.start()) is None), None)
        cues = sorted(cues + [first], key=lambda m: m.start()) if first else cues
    owned_reports = list(owned_nouns(text, report_nouns(text, p_start, p_end), p_start))  # "his claim that ..."
    owned_stances = list(owned_nouns(text, matches_at(STANCE_NOUN, text, led, p_start, p_end), p_start, pronoun_its=False))
    findings = matches_at(IN_FINDINGS, text, led, p_start, p_end)  # "In the new poll, ..."
    paragraph = text[p_start:p_end]
    assessed = list(ASSESSMENT.finditer(text, p_start, p_end)) if "seem" in paragraph or "appear" in paragraph or \
        "expected" in paragraph else []  # "Christie appears to be embracing ..."
    if not (cues or quotes or owned_reports or owned_stances or findings or assessed) and ":" not in paragraph \
            and "ccording to" not in paragraph and ctx.found.open_turn is None and speech_author(ctx) is None:
        return None  # (a transcript's turn runs on over a paragraph with none of these: it is still the speaker's)
    sents = clause_sentences(text, p_start, p_end, inside, ctx.hard_wrapped)
    return Paragraph(p_start, p_end, paragraph, quotes, inside, cues, sents, owned_reports, owned_stances, findings,
                     assessed)


def article_statements(article: Article, actors: ActorRegistry | None = None, cues: Cues | None = None) -> list[Statement]:
    outlet = " ".join(part for part in (article.source, article.url) if part)
    return extract(article.text, article.article_id, article.date, article.boilerplate, actors, cues, outlet,
                   article.title or "")


def statement_records(article: Article, actors: ActorRegistry | None = None, cues: Cues | None = None) -> list[dict]:
    """The statements of one article as plain records, each with its surrounding ``context``."""
    return [
        {**{name: getattr(s, name) for name in STATEMENT_COLUMNS}, "context": context(article.text, s.start, s.end)}
        for s in article_statements(article, actors, cues)
    ]
