"""Reported speech: cues, content, "according to" and the writer's assessments.

Decides: whether a cue reports (not "called BP Standard", not the writer's hedge), where its content
starts (after the cue, an addressee, a place or a time; or before the cue: "..., Trump has claimed"),
the source after "according to", report and stance nouns with their owners ("Trump's claim that",
"Clinton's support for"), poll findings ("In the new poll, ..."), "this was stated by", partial quotes
inside a report, and the writer's own assessments ("appears to", "is expected to"). Leaves to others:
where the content ends (``content``), the speaker mention (``mentions``, ``subjects``) and who it is
(``speakers``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from .. import paths
from .vocabulary import (ADDRESSEES, AMBIGUOUS, ASIDES, ASKED_OPENERS, BE_FORMS, CATENATIVE_BEFORE, CLAUSE_WORDS, DAY_NAMES,
                         DETERMINERS, DOCUMENT_BY, DOCUMENT_NOUNS, FINDINGS_LEAD, FINDING_SOURCES, FINITE_VERBS, INFORM_FORMS, LINKING_VERBS, MONTH_NAMES,
                         NEGATED_BE, NOUN_LIKE_CUES, OPENERS, PARTICIPLE_CLAUSE, PREPOSITIONS, PRONOUNS, QUANTIFIERS,
                         RAISING_VERBS, ROLE_HEADS, SPEAKER_NOUNS, STANCE_NOUNS, SUBORDINATORS, TELL_FORMS, TIME_SPAN,
                         VERB_MARKERS, WRITER_CLAUSE_OPENERS, is_given_name, is_title, name_abbreviations, word_list)
from .registry import trie_pattern
from .document import (Context, Paragraph, Statement, clause_end_at, has_words, is_adverb, is_cap, is_plural,
                       skip_space, trim, trim_adjuncts)
from .quotes import quote_text_span
from .subjects import is_name_phrase, object_of_verb, speaker_before
from .mentions import (after_noun, cue_speaker, inverted_speaker, is_participle_cue, is_purpose, opening_phrase_end,
                       opening_subject, sentence_subject, singular_subject, speaker_after)
from .speakers import _SPOKESMAN_FOR, add_statement
from .content import (_ABOUT, _TIME_AFTER_CUE, TIME_PHRASE, _content_end, _content_start, clause_content_end, coordination_end,
                      is_clause, noun_phrase_end)


# Noun-like cues that are nouns after any common noun ("the terrorist attacks", "the campaign emails"):
# only a name or a pronoun makes them verbs.
NAMED_SUBJECT_CUES = {"attacks", "emails", "tweets", "posts"}


def report_opens(text: str, start: int, end: int, statements: list[Statement]) -> bool:
    """Whether a report of its own opens ``text[start:end]``: a statement whose speaker stands in its
    first eight words and whose cue lies inside it ("the Russian president said ...")."""
    opening = start + (m.end() if (m := re.match(r"(?:\W*\w+){1,8}", text[start:end])) else 0)
    return any(st.speaker_start is not None and start <= st.speaker_start < opening and st.cue_start is not None
               and st.cue_start < end for st in statements)


NAMING_FORMS = {"calling", "describing", "labeling", "labelling", "dubbing", "branding", "accusing", "praising",
                "criticizing", "criticising", "attacking", "blaming", "thanking", "denouncing", "defending", "urging"}


# Base forms whose content is a clause, not an object: "donors think that whoever ends up as the
# remaining candidate will ..." runs on past "as"; "voters back Clinton, who ..." stops at the comma.
PLURAL_CLAUSE_FORMS = {"think", "believe", "know", "hope", "expect", "fear", "feel", "worry", "doubt", "argue", "claim",
                       "suggest", "insist", "agree", "warn", "predict", "contend", "acknowledge", "admit", "explain",
                       "confirm", "announce", "deny", "reveal", "note", "recall", "stress", "declare", "allege",
                       "concede", "testify", "mention"}


BACKING_FORMS = {"supporting", "backing", "opposing", "endorsing"}


_CLAUSE_BOUNDARY = re.compile(r"(?:[,;:(―—–]|\b(?:[Tt]hat|[Bb]ut|[Aa]nd|[Ww]hile|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ii]f|[Ww]hen|"
                              r"[Ss]ince|[Ss]o|[Yy]et|who|which|[Aa]s|[Aa]fter|[Bb]efore|[Ww]here|than|until|unless|whether)\b)\s*")


_SUBJECT_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|still|now|again|already|even|never|not|[a-z]+ly))+\s*$")


def find_assessments(ctx: Context, para: Paragraph) -> None:
    """The writer's assessments in a paragraph: kind ``assessment``, no speaker, and for a subject
    with its complement (``X appears to ...``) both as ``parts``. Not inside a quotation or another
    statement, not a question, and not over a reporting verb of the subject's own ("appeared to
    suggest that ..." is the subject's report)."""
    text, inside, statements, sentence_of = ctx.text, para.inside, para.statements, para.sentence_of
    for m in para.assessed:
        verb_s, link_s = m.start(), m.start("link")
        if inside.find(verb_s) is not None or any(st.start <= verb_s < st.end or (
                st.speaker_start is not None and st.speaker_start <= verb_s < st.speaker_end) for st in statements):
            continue
        sent_s, sent_e = sentence_of(verb_s)
        if text[sent_s:sent_e].rstrip(" ”\"'’").endswith("?"):
            continue
        after = re.match(r"\s*(?:be\s+)?([\w’'-]+)", text[m.end():sent_e])
        if after and after.group(1) in ctx.cues.forms and m.group("link") == "to":
            continue  # "appeared to suggest ...": the subject's own report, read by its cue
        before = text[max(sent_s, verb_s - 12):verb_s].split()
        if before and before[-1].lower() in ("what", "as", "it’s", "it's"):
            continue  # "what appears to be a pattern", "as expected"
        clause_s = sent_s
        for b in _CLAUSE_BOUNDARY.finditer(text, sent_s, verb_s):
            clause_s = b.end()
        tail = _SUBJECT_TAIL.search(text, clause_s, verb_s)
        subject_e = tail.start() if tail else verb_s  # (not "has" or "also": "the tool kit has appeared to ...")
        subject = text[clause_s:subject_e].strip()
        c_start = link_s + 4 if m.group("link") == "that" else link_s
        c_end = clause_content_end(ctx, c_start, sent_e, inside)
        c_start, c_end = trim(text, c_start, c_end)
        if len(re.findall(r"\w+", text[c_start:c_end])) < 2:
            continue
        spans = [[c_start, c_end]]
        if subject and subject.lower() not in ("it", "this", "that") and len(subject.split()) <= 12:
            s_start = clause_s + (len(text[clause_s:subject_e]) - len(text[clause_s:subject_e].lstrip()))
            s_start, s_end = trim(text, s_start, subject_e)
            spans.insert(0, [s_start, s_end])
        cue_e = verb_s + len(text[verb_s:link_s].rstrip())
        st = Statement(ctx.article_id, "", "assessment", " ".join(text[a:b] for a, b in spans), spans[0][0], spans[-1][1],
                       None, None, None, None, text[verb_s:cue_e], verb_s, cue_e, parts=spans if len(spans) > 1 else None)
        ctx.found.assessments.append(st)


# Nouns that with an owner and a that-clause report what the owner said ("his claim that ...")
REPORT_NOUNS = word_list(paths.REPORT_NOUNS_FILE)


# (the nouns as a prefix tree: one branch per letter keeps the scan fast)
_REPORT_NOUN = re.compile(rf"\b(?P<noun>{trie_pattern(sorted(REPORT_NOUNS))})\s+that\s+")


_OWNER_BEFORE = re.compile(
    r"(?P<owner>\b(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*(?:’s|'s)|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+"
    r"(?:(?:[a-z]+ly\s+)?[a-z][\w-]*,?\s+){0,3}?$")  # "Trump's recent evidence-free assertion that"


@dataclass
class _Owned:
    start: int  # where the owner begins
    owner_end: int  # the owner without its "’s"
    noun: re.Match


def report_nouns(text: str, lo: int, hi: int):
    """The matches of :data:`_REPORT_NOUN` in ``text[lo:hi]``, found from each "that" back to the word
    before it: "that" is rarer than the positions a scan for the nouns would try."""
    i = text.find("that", lo, hi)
    while i != -1:
        if i > lo and text[i - 1].isspace():
            word_end = i - 1
            while word_end > lo and text[word_end - 1].isspace():
                word_end -= 1
            word_start = word_end
            while word_start > lo and (text[word_start - 1].isalnum() or text[word_start - 1] == "_"):
                word_start -= 1
            if word_start < word_end and (m := _REPORT_NOUN.match(text, word_start, hi)):
                yield m
        i = text.find("that", i + 4, hi)


def owned_nouns(text: str, nouns, lo: int, pronoun_its: bool = True):
    """Each noun match of ``nouns`` (in ``text`` from ``lo``) that has an owner right before it."""
    for m in nouns:
        owner = _OWNER_BEFORE.search(text, max(lo, m.start() - 120), m.start())
        while owner is not None and (nearer := _OWNER_BEFORE.search(text, owner.end("owner"), m.start())):
            owner = nearer  # the owner nearest the noun: "Her campaign highlighted his support of"
        if owner is None or (not pronoun_its and owner.group("owner").lower() == "its"):
            continue
        yield _Owned(owner.start(), owner.end("owner") - (2 if owner.group("owner").endswith(("’s", "'s")) else 0), m)


FINDING_FORMS = {"showing", "suggesting", "finding", "indicating", "saying"}


_FINDINGS_BEFORE = re.compile(
    r"(?:\b(?!(?:[Dd]espite|[Aa]lthough|[Ww]hile|[Ww]ith|[Aa]fter|[Bb]efore|[Ww]hen|[Ii]f|[Aa]s|[Bb]ut|[Aa]nd|[Ii]n|[Oo]n|[Aa]t|"
    r"[Oo]f|[Ff]or|[Bb]y|[Ff]rom|[Rr]eceive[sd]?|[Ss]aw|[Ss]ee)\b)[\w’'-]+\s+){0,3}?"
    rf"(?P<noun>{FINDING_SOURCES}|calls)\s+$")


_WITH_SUBJECT = re.compile(r"\bwith\s+(?=[^,;:“”\"]{1,80}$)")


_DOCUMENT_BEFORE = re.compile(r"\b(?:an?|the|(?P<owner>its|his|her|their))\s+(?:[\w-]+\s+){0,2}?(?P<noun>(?:statement|release|tweet|"
                              r"letter|message|email|e-mail|post|memo|note|video|ad|advertisement|sign|report|op-ed)s?)\s+"
                              rf"(?:{TIME_PHRASE}\s+)?$")  # (one or several, and when: "a series of tweets early Friday saying")


# What its subject does with a document it puts out, before it: "issued a statement saying", "in a video
# posted Sunday" is not, but "posted a video showing" is ("cited a report suggesting" is the report's).
_ISSUING_BEFORE = re.compile(r"\b(?:issu|releas|publish|post|tweet|sen[dt]|put\s+out|wr[io]te|written|fil|circulat|distribut|"
                             r"deliver|air|r[au]n|launch|unveil|sign|draft|prepar|produc|submit|pen|shar|h[oe]ld|carr|wav|display)\w*\s+(?:[\w’'-]+,?\s+){0,6}?$|"
                             r"\b(?i:in|with|on|via|through)\s+$")


# A document right before a verb in -ed: "a poll released Sunday" was released, it released nothing.
_INDEFINITE_THING = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,4}?"
    rf"(?:{FINDING_SOURCES}|memo|ad|video|statement|letter|documents?|emails?|plan|budget|transcript|book|film|list)\s+$")


_RELEASED_WHEN = re.compile(rf"(?:as|on|in|by|at|last|this|earlier|late|early|{DAY_NAMES}|today|yesterday)\b")


_NAMED_THING = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Ss]o)[\s-]+(?:[\w’'/-]+\s+){0,3}?(?![a-z]*(?:man|woman|person|er|or|ist|ian|ent|"
                          r"ant|ee|aide|official|chief|head|leader|member|source|expert|critic|ally)\s+$)(?:[a-z][\w-]*|[A-Z]{2,5})\s+$")


_CLAUSE_SUBJECT = re.compile(r"(?:he|she|they|I|we|it|there)\s+\w+")  # "told POLITICO she was leaning toward Cruz"


# A verb that only a clause has: "told reporters the event was canceled" reports, "told a Senate panel
# Wednesday" names whom.
_FINITE_AUXILIARY = re.compile(rf"\b(?:{FINITE_VERBS})\b")


# What follows "felt" when it reports a view: a that-clause, "like"/"as if", or a clause with its subject.
_CLAUSE_OPENERS = "|".join(sorted((set(PRONOUNS) - {"who", "i"}) | DETERMINERS | {"I", "you", "there", "no"}, key=len, reverse=True))


_FELT_VIEW = re.compile(
    rf"(?:(?:[\w,’'-]+\s+){{0,10}}?that|like|as\s+(?:if|though)|{_CLAUSE_OPENERS}"
    rf"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+(?:{FINITE_VERBS}))\b")


_RELATIVE_WORD = re.compile(r"\b(?:that|which|what|who|whom)\b")


_THE_NAME = re.compile(r"[Tt]he\s+[A-Z][\w’'-]*")  # "the Kremlin", "the Paris" (attacks)


_OBJECT_START = re.compile(r"(?:[A-Z“\"‘]|(?:the|a|an|his|her|their|its|him|them|us|me|you|this|that|those|these)\b)")


_BE_OR_AUXILIARY_NEXT = re.compile(rf"(?:{FINITE_VERBS}|held|released|deemed)\b")


_GERUND_OPENING = re.compile(rf"[\s“\"]*(?:(?:But|And|Yet)\s+)?(?:{TIME_SPAN}\s+(?:after|before)|After|Before|While|Since|"
                             r"Without|Upon|In|By)\s+")


_NAMED_FORMS = {"called", "named", "dubbed", "titled"}


# A document alone, with when, where or why it came out, but none of its words.
_DOCUMENT_ONLY = re.compile(
    r"(?:(?:a|an|the|his|her|their|its|our)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:statements?|videos?|memos?|letters?|ads?|documents?|transcripts?|records?|returns)\b"
    rf"(?:\s+(?:on|at|after|before|shortly|late|early|earlier|later|last|this|from|to|{MONTH_NAMES}|"
    r"(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)(?!\w)[^,;:“”\"]{0,80})?[\s.]*")


_SOURCE_APPOSITION = re.compile(r"(?:(?P<relative>who|which|whose)|an?|the|one\s+of)\s")


def is_source_apposition(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, after "according to X,", tells what X is ("a research group",
    "who was an adviser") rather than resuming the sentence ("the police will be involved")."""
    m = _SOURCE_APPOSITION.match(text, start, end)
    return bool(m) and (m.group("relative") is not None or (
        len(text[start:end].split()) <= 12 and not _FINITE_AUXILIARY.search(text, start, end)))


_NOT_SAYING = re.compile(r"\b(?:hard|difficult|impossible|early|soon|fair|safe|needless|[Ss]uffice(?:\s+it)?)\s+to\s+$")


_SCENE_OPENERS = {"following", "despite", "amid", "ahead", "throughout", "speaking", "addressing", "interviewed"} | ASKED_OPENERS


# ("in Beaumont, Tex.,"; "Like Mr. Sanders, she ...": a title's stop stays in the phrase)
_STRANDED = (" about", " of", " on", " for", " against", " to", " with")


_STRANDED_HEAD = re.compile(r"\b(?:all|what|which|that|whom|who|everything|something|anything|nothing)\b")


# Words after which an -ed form describes a noun: the determiners (not "that" or a number or
# quantifier: "a group that endorsed Trump", "the two agreed"), "own" and a few prepositions
_ADJECTIVE_BEFORE = (DETERMINERS - QUANTIFIERS - {"that", "one", "two", "three", "other"}) | {
    "own", "of", "for", "with", "from", "about", "among"}


_REFLEXIVE = re.compile(r"\s*(?:itself|himself|herself|themselves|ourselves|myself)\b")


_BE_OR_REMAIN = BE_FORMS | {"being"} | LINKING_VERBS | NEGATED_BE


_SET_OFF_NOT_RESUMING = CLAUSE_WORDS | PREPOSITIONS | ASIDES


_TELL_OR_NAMED_FORMS = TELL_FORMS | _NAMED_FORMS


def reported_speech(ctx: Context, cue_m: re.Match, sent_s: int, sent_e: int, earlier: list[Statement], inside) -> tuple[tuple[int, int], int, int] | None:
    """Reported speech around a cue: (speaker mention, content start, content end, and for a report set
    off inside its sentence its parts), or None. The cue must report something (:func:`_reports`), a
    speaker stand before it (or a name after it: "..., said Steve Grubbs") and the content follow it,
    or come before it ("..., Trump has claimed")."""
    text = ctx.text
    form = cue_m.group()  # (as written: "said", "calls for")
    cue = _Cue(form, ctx.cues.kind(form), cue_m.start(), cue_m.end(), sent_s, sent_e, skip_space(text, cue_m.end(), sent_e))
    previous = next(([w] for w in reversed(text[max(sent_s, cue.start - 24) : cue.start].split()) if not is_adverb(w)), [])
    # (the word before the cue, past adverbs: "did not immediately respond")
    if not (_reports(text, cue, previous) and _reports_a_view(text, cue, previous)):
        return None
    inverted = inverted_speaker(ctx, sent_s, cue.start, cue.after, sent_e) if cue.kind in ("speech", "writing") and \
        form not in _TELL_OR_NAMED_FORMS else None  # (after "told" comes whom it was told: "..., told the New Yorker";
    # after "named" the name given: "the system, named Select View, will ...")
    if inverted is not None and is_name_phrase(text[inverted[0]:inverted[1]]):
        # A name after the verb settles it: "..., said Steve Grubbs, an Iowa operative."
        return _inverted_report(ctx, inverted, sent_s, cue.start, sent_e, inside)
    speaker = cue_speaker(ctx, cue_m, sent_s, earlier)
    is_participle = is_participle_cue(ctx, cue_m)
    object_only = False  # the content is the verb's object alone, not the rest of the clause
    opening_end = None  # where a phrase opening the sentence ends: "After saying ..., Rubio ..."
    if is_participle:
        found = _participle_speaker(ctx, cue, inside, speaker)
        if found is None:
            return None
        speaker, object_only, opening_end = found
        if speaker is None and inverted is None:
            return None
    if not _speaker_fits(ctx, cue, speaker, previous):
        return None
    if speaker is None:
        return _inverted_report(ctx, inverted, sent_s, cue.start, sent_e, inside) if inverted is not None else None
    if not is_participle and _SUBORDINATE_OPENING.match(text, sent_s, speaker[0]) and "," not in text[sent_s:cue.start]:
        opening_end = _subordinate_clause_end(text, skip_space(text, cue.end, sent_e), sent_e, inside)
        # ("While Putin said the talks were useful, the Kremlin ...": the report ends with its clause)
    set_off = None if is_participle or cue.kind not in ("speech", "writing", "belief") else set_off_report(
        ctx, sent_s, speaker, cue.end, sent_e, inside)
    if set_off is not None:
        return speaker, *set_off
    if not is_participle and _WRITER_CLAUSE_AFTER.match(text, cue.end, sent_e) and not any(
            cue.end <= o < sent_e for o, _ in inside.spans):  # (a quotation in it is the speaker's: "..., Bob said,
        # while others “didn't necessarily want to help us.”")
        before = _content_before(text, cue, speaker)
        if before is not None:
            return before  # "..., lawmakers said Friday afternoon, as they bristled at ...": what follows is the writer's
    content = _content_after(ctx, cue, inside, object_only, opening_end)
    if content is None:
        return None  # ("the DNC released a statement": which words it holds, the statement itself will say)
    if content and _set_off_relative(text, speaker):
        content = _within_relative_clause(text, *content)
    if content:
        return speaker, *content
    return None if is_participle else _content_before(text, cue, speaker)


# After the cue (and when it was said), a comma and a clause of the writer's: "said Friday, as they ...".
_WRITER_CLAUSE_AFTER = re.compile(rf"\s*(?:{TIME_PHRASE})?\s*,\s+(?:{'|'.join(sorted(WRITER_CLAUSE_OPENERS))})\s")


def _set_off_relative(text: str, speaker: tuple[int, int]) -> bool:
    """Whether the speaker is "who" opening a relative clause set off by a comma: "Sanders, who said ...", "Smith,
    a lawyer who writes ...,"."""
    if text[speaker[0] : speaker[1]].lower() != "who":
        return False
    return text[: speaker[0]].rstrip().endswith(",") or _APPOSITION_BEFORE.search(text, max(0, speaker[0] - 80), speaker[0]) is not None
    # (or "who" closing an apposition set off by a comma: "Braynard, a South Carolina native who writes fiction
    # on the side, has cast himself ...")


_APPOSITION_BEFORE = re.compile(r"[A-Za-z],\s+(?:a|an|the)\s+[^,;:.!?“”\"()]{1,60}$")


def _within_relative_clause(text: str, start: int, end: int) -> tuple[int, int] | tuple:
    """What a cue in a relative clause set off by commas reports ends where that clause does: at the comma
    before the predicate of the sentence ("Sanders, who said he would probably campaign with him,
    ultimately did not show up"; "Podesta, who said the project was vetted by counsel, said he was
    unaware")."""
    close = _RELATIVE_CLAUSE_CLOSE.search(text, start, end)
    if close is None:
        return start, end
    marks = len(close.group(1))  # (a quotation that ends the clause ends the content with its marks)
    return (start, close.start() + 1 + marks) if marks and has_words(text, start, close.start(), 2) else (
        trim(text, start, close.start()) if has_words(text, start, close.start(), 2) else ())


# A comma (inside the closing mark of a quotation that ends the clause: "who wrote that it was “hacked,”
# said ..."), then the predicate of the sentence a relative clause set off by commas sits in: an adverb at
# most, then a verb of saying, an auxiliary or a past form
_RELATIVE_CLAUSE_CLOSE = re.compile(r",([”\"’]|''|)\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+|now\s+|still\s+)?"
                                    r"(?:said|says|told|tells|added|is|was|were|are|has|had|have|will|would|can|could|did|does|"
                                    r"went|goes|got|[a-z]{3,}ed)\b")


class _Cue(NamedTuple):
    """A reporting cue as the rules of reported speech read it: its form as written, its kind
    (``cues.tsv``), its span, its sentence's span, and where the words after it start."""

    form: str
    kind: str | None
    start: int
    end: int
    sent_s: int
    sent_e: int
    after: int


def _reports(text: str, cue: _Cue, previous: list[str]) -> bool:
    """Whether the cue reports: not one that only follows a quotation, a question put before its
    answer, an -ed form after a determiner, an adjective without "be", a passive or a reflexive."""
    form, kind, cue_s, cue_e, sent_s, sent_e, after = cue
    if kind == "after-quote":
        return False
    if text.find("ask", sent_s, cue_s) != -1 and _QUESTION.search(text, sent_s, cue_s):
        return False  # "When asked if he believes Putin wants peace, ..." is a question, not a statement
    before_be = bool(previous) and previous[-1].lower() in _BE_OR_REMAIN
    if previous and previous[-1].lower() in _ADJECTIVE_BEFORE and form.endswith("ed") and " " not in form:
        return False  # after a determiner an -ed form describes a noun: "its own recommended list", "of reported cases"
    if kind == "state" and not before_be:
        return False  # "concerned citizens" is no report; "Democrats are concerned that" is
    if kind != "state" and before_be and not any(word.endswith("ing") for word in form.split()):
        return False  # passive: "will be called", "was told" (but "is talking", "was quoted as saying" report what is said)
    if text.startswith("by ", after) or (text.find(" by ", after, after + 24) != -1 and _TIME_THEN_BY.match(text, after, sent_e)):
        return False  # passive: "announced by Trump", "released yesterday by the Commission" are no speech reports
    if _REFLEXIVE.match(text, after, sent_e) and not re.match(r"\s*\w+\s+as\b", text[after:sent_e]) and form not in ("calls", "called", "calling"):
        # (but "Cruz describes himself as a consistent conservative" and "calls himself a Democrat" are views)
        return False  # "Fox News found itself playing host": no finding reported
    return True


def _reports_a_view(text: str, cue: _Cue, previous: list[str]) -> bool:
    """Whether the cue reports a view rather than a stranded preposition, a phrasal verb, another sense
    of the same word ("backed out", "maintained a lead", "felt blindsided", "helped found"), a noun, a
    name given to a thing or a thing released, or the writer's own hedge."""
    form, kind, cue_s, cue_e, sent_s, sent_e, after = cue
    if form.endswith(_STRANDED) and text[after : after + 1] in ",.;:!?)" and \
            _STRANDED_HEAD.search(text, max(sent_s, cue_s - 40), cue_s):
        return False  # a preposition left at the end of its clause: "this is all they talked about, ..."
    if _PARTICLE.match(text, after, sent_e) or (form in ("went on", "goes on") and text.startswith("to ", after)):
        return False  # a phrasal verb: "Washington backed out", "failed to show up", "Reagan went on to win"
    if form == "back" and not re.match(r"(?!(?:in|to|from|on|at|into|up|off|away|home|and|then|with)\b)[\w“\"‘']",
                                                text[after:sent_e]):
        return False  # "get the keys back", "two summers back" back nobody; "voters back Clinton" do
    if form in ("maintains", "maintained") and not text.startswith("that", after):
        return False  # "maintained a lead", "maintained an energetic pace" hold no view
    if form in REFUSALS and not re.match(r"to\b|(?:the|an?|his|her|their|its|any|all)\b", text[after:sent_e]):
        return False  # "the rating has declined slightly" refuses nothing
    if kind == "speech" and _NOT_SAYING.search(text, max(sent_s, cue_s - 30), cue_s):
        return False  # the writer's hedge: "it is hard to say whether ...", "safe to say"
    if form in ("felt", "feels") and not _FELT_VIEW.match(text, after, sent_e):
        return False  # a feeling, not a view: "felt blindsided by the demand", "felt so universal"
    if form in NOUN_LIKE_CUES and _BE_OR_AUXILIARY_NEXT.match(text, after, sent_e) and not (
            previous and previous[-1].lower() in PRONOUNS) and not _RELATIVE_WORD.search(text, max(sent_s, cue_s - 60), cue_s):
        # (but a verb in an object relative: "the judge he claims has been unfair", "which Clinton hopes can help")
        return False  # a noun before its verb: "thousands of Clinton emails were deleted"
    if form == "thanks" and text.startswith("to ", after):
        return False  # owing to, not thanking: "Largely thanks to their efforts, the situation has improved"
    if form == "found" and previous and previous[-1].lower() in ("help", "helps", "helped", "helping", "to"):
        return False  # founding, not finding: "Roger Ailes helped found Fox News"
    if form == "pledged" and re.match(r"(?:super)?delegates?\b", text[after:sent_e]):
        return False  # "pledged delegates" are counted, not pledging
    if form in _NAMED_FORMS and re.match(r"[A-Z“\"‘'#]|the\s+[A-Z]", text[after:after + 8]) and \
            _NAMED_THING.search(text, max(sent_s, cue_s - 60), cue_s):
        return False  # a name given to a thing: "a group called Citizens for Trump", "a play called “Los Hijos”"
    if form.endswith("ed") and _RELEASED_WHEN.match(text, after, sent_e) and \
            _INDEFINITE_THING.search(text, max(sent_s, cue_s - 60), cue_s):
        return False  # a thing that was released, not a speaker: "a poll released Sunday", "a memo released as polls closed"
    return True


# A clause that opens its sentence with a subordinator, before the sentence's own: "While the president has
# said he opposes sending troops, his administration carves out exceptions" (but "As Putin said, ..."
# reports what follows the comma, and "If Clinton wins, he said, ..." sets its report off).
_SUBORDINATE_OPENING = re.compile(r"[\s“\"]*(?:(?:But|And|Yet)\s+)?(?:"
                                  + "|".join(sorted(word.capitalize() for word in SUBORDINATORS))
                                  + r"|Even\s+(?:though|if|as|when))\s")
_MAIN_CLAUSE = re.compile(r",[”’\"']?\s+(?!(?:and|or|but|nor|that|which|who|whom|whose|where|including|such|especially|particularly|"
                          rf"notably|as|not|than|then|too|respectively|{'|'.join(sorted(SUBORDINATORS))})\b|[A-Z][a-z]{{0,3}}\.,)(?=\w)")
# (no conjunction, relative or subordinator after the comma, nor a state's abbreviation: "Bunkerville, Nev., others ...")


_LEADING_THAT = re.compile(r"^that\b[\s,]*")


def _subordinate_clause_end(text: str, start: int, limit: int, inside) -> int | None:
    """Where a subordinate clause that opens its sentence ends: at the first comma (outside quotation
    marks, or right before a closing one; no conjunction or relative after it) that has a clause before
    it, from ``start``, and one after it (:func:`is_clause`); None where none does."""
    for m in _MAIN_CLAUSE.finditer(text, start, limit):
        span = inside.find(m.start())
        if span is not None and m.start() < span[1] - 2:
            continue
        end = m.start() + (2 if text[m.start() + 1 : m.start() + 2] in "”’\"'" else 0)  # (after “... schools,”)
        if is_clause(text[m.end() : limit]) and is_clause(_LEADING_THAT.sub("", text[start:end])):
            return end  # (after "that," the clause is what follows it: "said that, in his view, the talks ...")
    return None


def _participle_speaker(ctx: Context, cue: _Cue, inside, speaker):
    """The speaker of a participle cue, for a participle opening the sentence ("After saying he was
    nervous, the student asked ..."), after "with" or a document, in a finding, or after what it backs;
    with whether the content is the verb's object alone and where an opening phrase ends. None where
    the participle describes a noun ("a parade honoring veterans")."""
    text = ctx.text
    form, kind, cue_s, cue_e, sent_s, sent_e, after = cue
    object_only, opening_end = False, None
    with_subject = _WITH_SUBJECT.search(text, max(sent_s, cue_s - 90), cue_s)
    document = _DOCUMENT_BEFORE.search(text, max(sent_s, cue_s - 60), cue_s)
    if _GERUND_OPENING.fullmatch(text, sent_s, cue_s):
        # The phrase's speaker is the subject of the clause after it: "After saying he was
        # nervous, the student asked ...", "While saying that he respects her, he ..."
        opening_end = opening_phrase_end(text, cue_e, sent_e, inside)
        speaker = None if opening_end is None else sentence_subject(ctx, skip_space(text, opening_end + 1, sent_e), sent_e)
    elif with_subject:  # "..., with former Gov. Martin O’Malley calling Trump a fascist"
        speaker = speaker_before(ctx, with_subject.end(), cue_s)
    elif document:  # "Trump issued a statement saying ...": the clause's subject; "Trump cited a report
        # suggesting ...": the report, which the subject did not put out
        issued = _ISSUING_BEFORE.search(text, max(sent_s, document.start() - 60), document.start())
        speaker = (issued and speaker_before(ctx, sent_s, issued.start()) or opening_subject(ctx, sent_s, document.start())) \
            if issued or document.group("owner") else \
            (document.start(), document.end("noun"))
    elif form in FINDING_FORMS and (finding := _FINDINGS_BEFORE.search(text, max(sent_s, cue_s - 60), cue_s)):
        speaker = finding.start(), finding.end("noun")  # what a poll shows is the poll's: "polls showing her behind"
        object_only = form == "showing"  # (but "calls saying shots have been fired" take a clause)
    elif after_noun(text[max(sent_s, cue_s - 30) : cue_s]) and not CATENATIVE_BEFORE.search(text, max(sent_s, cue_s - 60), cue_s):
        if form not in BACKING_FORMS:
            return None  # a participle right after a noun describes it: "a parade honoring veterans"
        # but backing someone is the stance of what backs them: "a super PAC supporting Clinton"
        speaker = speaker_before(ctx, sent_s, cue_s)
        object_only = True
    return speaker, object_only, opening_end


def _speaker_fits(ctx: Context, cue: _Cue, speaker, previous: list[str]) -> bool:
    """Whether the subject makes the cue a verb: a noun-like cue ("views", "attacks") needs a singular
    subject or a name, and a base form ("think") a plural subject or an auxiliary."""
    text = ctx.text
    form, kind, cue_s, cue_e, sent_s, sent_e, after = cue
    if speaker is not None and form in NOUN_LIKE_CUES and (not singular_subject(text[speaker[0]:speaker[1]])
                                                            or object_of_verb(ctx, sent_s, speaker[0])):
        return False  # (a name a verb takes as its object makes the cue a noun: "held Trump signs high")
    if speaker is not None and form in NAMED_SUBJECT_CUES and (not (
            is_cap(text[speaker[0]:speaker[1]].split()[-1]) or text[speaker[0]:speaker[1]].lower() in PRONOUNS) or (
            _THE_NAME.fullmatch(text, *speaker) and not _OBJECT_START.match(text, after, sent_e))):
        return False  # (after "the" and a name, only an object makes it a verb: "the Paris attacks, Trump ...")
    raised = text[max(sent_s, cue_s - 16) : cue_s].split()[-2:]
    if kind == "plural" and (speaker is None or not (is_plural(text[speaker[0]:speaker[1]]) or (
            previous and previous[-1].lower() in VERB_MARKERS) or (
            len(raised) == 2 and raised[1] == "to" and raised[0].lower() in RAISING_VERBS) or is_purpose(text, sent_s, cue_s))):
        return False  # "the Russian state", "a strong support" are no reports
    return True


def _content_after(ctx: Context, cue: _Cue, inside, object_only: bool, opening_end: int | None):
    """What the cue reports after it: "X said (that) ...", "X told reporters (that) ...". Its span;
    () where nothing after it is said; None where the cue names a document whose words follow it
    elsewhere, and so reports nothing itself."""
    text = ctx.text
    form, kind, cue_s, cue_e, sent_s, sent_e, after = cue
    content_start = _content_start(text, after, sent_e, form in TELL_FORMS,
                                   kind == "stance" or form in NAMING_FORMS or object_only,
                                   form not in NO_PERSONAL_OBJECT)
    content_end = _content_end(ctx, content_start, sent_e, inside, topic=form in TOPIC_FORMS)
    takes_object = kind == "stance" or (kind == "plural" and form not in PLURAL_CLAUSE_FORMS) or \
        kind == "stance-participle"
    content_end = coordination_end(ctx, content_start, content_end, inside, takes_object)
    if object_only:
        content_end = min(content_end, noun_phrase_end(text, content_start, sent_e, inside))
    if opening_end is not None:
        content_end = min(content_end, opening_end)
    if _CONJUNCTION.match(text, content_start, content_end) or PARTICIPLE_CLAUSE.match(
            text, after, content_end):
        content_end = content_start  # "called him and said ...", "he said, wiping sweat off his face": no content
    if form in TELL_FORMS and not re.search(r"[,:“\"]|\bthat\b", text[after:content_end]) \
            and not _ABOUT.match(text, content_start, content_end) \
            and not (text.startswith("of ", content_start) and form in INFORM_FORMS) \
            and len(text[content_start:content_end].split()) <= 5 and not _CLAUSE_SUBJECT.match(text, content_start, content_end) \
            and not _FINITE_AUXILIARY.search(text, content_start, content_end):
        content_end = content_start  # "told a Senate panel Wednesday": an addressee, not content
    if kind == "writing" and _DOCUMENT_ONLY.fullmatch(text, content_start, content_end) and \
            not text.startswith(":", skip_space(text, content_end, sent_e)):  # (its words may follow: "the following statement:")
        return None  # "the DNC released a statement": which words it holds, the statement itself will say
    # A stance verb's object is what is attributed, however short: "Christie endorsed Trump".
    stance = kind in ("stance", "plural") or form.endswith(_STRANDED)  # (and "talked about Hillary")
    if has_words(text, content_start, content_end, 1 if stance or object_only or opening_end is not None else 2):
        return trim(text, content_start, trim_adjuncts(text, content_start, content_end))
    return ()


def _content_before(text: str, cue: _Cue, speaker: tuple[int, int]):
    """What the cue reports before its speaker: "..., Trump has claimed", "..., he told reporters in the
    Oval Office.", "..., as a Homeland Security memo put it." Not a phrase that only sets the scene
    ("In a speech last July, he said:") or a subordinate clause alone."""
    form, kind, cue_s, cue_e, sent_s, sent_e, after = cue
    prefix = re.sub(r"(?<=\W)\s*as$", "", text[sent_s : speaker[0]].rstrip())
    role = _ROLE_BEFORE_SPEAKER.search(prefix)
    if role and is_cap(text[speaker[0]]) and (_is_role(role.group().split()[-1]) or (
            _titled(text[speaker[0] : speaker[1]]) and (DETERMINERS | PREPOSITIONS | {"of", "for", "to"}).isdisjoint(role.group()[1:].split()))):
        prefix = prefix[: role.start() + 1]  # ("..., chairman Louis Lo said.": the role is the speaker's, and so is
        # what qualifies a title: "..., former President Jimmy Carter said.")
    spokesman = _SPOKESMAN_FOR.search(text, sent_s, speaker[0])
    spoken_for = _PHRASE_OPENS.search(prefix, 0, spokesman.start() - sent_s) if spokesman else None
    if spoken_for and any(is_cap(word) for word in text[speaker[0] : speaker[1]].split()) and \
            not _named_before(prefix[: spoken_for.start()]):
        prefix = prefix[: spoken_for.start() + 1]  # ("..., a spokesman for the EC Commission said.": the body speaks)
    document = DOCUMENT_BY.search(prefix)
    opens = _PHRASE_OPENS.search(prefix, 0, document.start()) if document and document.group(1).lower() in DOCUMENT_NOUNS else None
    if opens:
        prefix = prefix[: opens.start() + 1]  # ("..., a report by Ocean Shipping Consultants said.": its author's words)
    closed = prefix.rstrip("”\"'’")  # "... calling her ''leftist scum,'' she said."
    opener = re.match(r"\W*(?:(?:But|And|Yet|So)\s+)?(\w+)", prefix)
    if opener and opener.group(1).lower() in SUBORDINATORS and prefix.rstrip().count(",") <= 1 and \
            has_words(text, cue_e, sent_e, 1):
        # a subordinate clause alone, the verb's own words after it: "But when Congress cut funding two
        # years later, Mexico said enough." (but "After deciding ... “this will be seen as ...,” Glantz said.")
        return None
    subordinate = opener is not None and opener.group(1).lower() in SUBORDINATORS  # ("When we win, we will build it, Trump said.")
    if opener and (opener.group(1).lower() in PREPOSITIONS and not subordinate and len(re.findall(r"\w+", prefix)) <= 8 or (
            opener.group(1).lower() in _SCENE_OPENERS and prefix.count(",") <= 1 and (
                not _FINITE_AUXILIARY.search(prefix) or opener.group(1).lower() in ASKED_OPENERS))):
        # (however long, a phrase without a verb of its own: "Following an animated town hall
        # meeting in Londonderry last week, Kasich boasted to reporters ...")
        return None  # "In a speech last July, he said:" sets the scene; the words come after
    if closed.endswith(",") and len(re.findall(r"\w+", prefix)) >= 3:
        end = sent_s + len(closed) - 1 if closed == prefix else sent_s + len(prefix)
        return speaker, *trim(text, sent_s, end)
    return None


# Words in lower case between a comma and the speaker's name, a role: "..., chairman Louis Lo said.",
# "..., company spokesman John Smith said." (not a clause: "..., and then Lo said")
_ROLE_BEFORE_SPEAKER = re.compile(r",\s+(?:(?!(?:and|but|or|so|then|which|that|who|whom|as|when|while|if|because|though|"
                                  r"although|since|after|before|until|where|whether|now|also)\b)[a-z][\w-]*(?:\s+|$)){1,3}$")


_NAMED_BEFORE = re.compile(r"(?<![\w'’-])(?P<given>[A-Z][a-z]+)\s+\S*[A-Z][\w'’-]+$")


def _named_before(words: str) -> bool:
    """Whether some words end with a person's name, a given name first: the spokesman named before his role
    ("Doug Andres, a spokesman for House Speaker Paul Ryan told the Post" is no words of Paul Ryan's)."""
    m = _NAMED_BEFORE.search(words)
    return m is not None and is_given_name(m.group("given"))


# Where the phrase of a document before its author, or of a spokesman before whom he speaks for, opens after a
# comma: ", a report", ", the annual study", ", a company spokesman"
_PHRASE_OPENS = re.compile(r",\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?$")


def _titled(mention: str) -> bool:
    """Whether a speaker's mention holds a title or a role before its last word: "President Jimmy Carter",
    "Fed Chairman Paul Volcker", "Sen. Ted Cruz"."""
    return any(is_title(word) or _is_role(word.lower()) or word.rstrip(".").lower() in name_abbreviations()
               for word in mention.split()[:-1])


def _is_role(word: str) -> bool:
    """Whether a word in lower case names what a person is: "chairman", "spokesman", "analyst", "economist"."""
    return word in ROLE_HEADS or word + "s" in SPEAKER_NOUNS or word.endswith(("man", "person"))


# A finite verb resuming a sentence that an attribution interrupted: "Kerry's actions, said Michael
# Kofman, an expert on Russia, would read ..."
_RESUMING_VERB = re.compile(rf",\s+(?:{FINITE_VERBS}|(?:does|do|did|is|was|are|were|has|have|wo|ca|could|would|should)n['’]t)\s")


def _inverted_report(ctx: Context, speaker: tuple[int, int], sent_s: int, cue_s: int, sent_e: int, inside):
    """The report of a verb that follows its content ("..., said Trump."): the speaker and the
    content before the verb. When the sentence resumes after the speaker and their apposition, the
    content is both parts ("Kerry's actions, said Michael Kofman, an expert on Russia, would read
    this as ..."), and a lone conjunction before the verb is no content ("But, said Solovey, “...”")."""
    text = ctx.text
    comma = text.rfind(",", sent_s, cue_s)
    start, end = trim(text, sent_s, comma)
    words = text[start:end].split()
    if len(words) == 1 and words[0].lower() in CLAUSE_WORDS | ASIDES:
        # What was said follows the speaker: a quotation, or the rest of the sentence when no
        # apposition can stand between ("However, said Smith, the plan will fail.")
        after = skip_space(text, speaker[1] + 1, sent_e) if text.startswith(",", speaker[1]) else sent_e
        if after < sent_e and (text[after] in OPENERS + AMBIGUOUS or "," not in text[after:sent_e]):
            rest_end = clause_content_end(ctx, after, sent_e, inside)
            rest = trim(text, after, rest_end)
            if has_words(text, *rest, 2):
                return speaker, *rest
        return None
    resumed = _RESUMING_VERB.search(text, speaker[1], sent_e)
    if resumed and len(words) <= 8 and not re.search(r"[,;:“”\"]", text[start:end]) and inside.find(resumed.start()) is None:
        rest_start = resumed.start() + 1
        rest_end = clause_content_end(ctx, rest_start, sent_e, inside)
        rest = trim(text, rest_start, rest_end)
        if rest[0] < rest[1]:
            return speaker, start, rest[1], [[start, end], list(rest)]
    return speaker, start, end


def set_off_report(ctx: Context, sent_s: int, speaker: tuple[int, int], cue_e: int, sent_e: int, inside) -> tuple[int, int] | None:
    """Content around an attribution set off inside its sentence: "This campaign, he says, is
    different." (from the sentence start to the end of the clause after it), or None."""
    text = ctx.text
    prefix = text[sent_s : speaker[0]].rstrip()
    cue_e = _after_whom(text, cue_e, sent_e)  # (and after whom it was told: ", he told reporters, had been ...")
    rest = _RESUMING.match(text[cue_e:sent_e])
    if not (prefix.endswith(",") and rest and re.search(r"\w", prefix)) or rest.group(2) in ctx.cues.forms or (
            not rest.group(1) and (rest.group(2).endswith("ing") or rest.group(2) in _SET_OFF_NOT_RESUMING)):
        return None  # (a quotation resuming the sentence may open with any word: ..., he said, “with this thing over”)
    if re.search(r"[,;:“”\"]", prefix[:-1]) or inside.find(speaker[0]) is not None:
        return None  # a prefix with breaks of its own is no phrase set off before "he says"
    rest_start = cue_e + (rest.start(1) if rest.group(1) else rest.start(2))
    rest_end = clause_content_end(ctx, rest_start, sent_e, inside)
    start, end = trim(text, sent_s, rest_end)
    return (start, end) if len(re.findall(r"\w+", text[start:end])) >= 3 else None


_PARTICLE = re.compile(r"(?:up|off|down|into|away|around)\b(?!-)|out\s+of\b")  # (not "down-ballot races")


_CONJUNCTION = re.compile(r"(?:and|but|or|nor)\b")


_TOLD_WHOM = re.compile(r"\s+(?:" + "|".join(re.escape(p) for p in sorted(ADDRESSEES, key=len, reverse=True)) + r")\b")


def _after_whom(text: str, cue_e: int, limit: int) -> int:
    """Where an attribution ends after its cue: after whom it was told, if the cue names them ("he told
    reporters"), else at the cue's end."""
    told = _TOLD_WHOM.match(text, cue_e, limit)
    return told.end() if told else cue_e


_RESUMING = re.compile(r"[ \t]?,\s*([“\"‘']*)\s*([a-z]+)\b")  # the clause an attribution set off resumes: ", he says, is ..."


REFUSALS = {"declines", "declined", "refuses", "refused"}


def source_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase a source is named by after "according to", up to its clause end and at most
    twelve words: "complete but unofficial returns", "a new poll by the Harvard Institute"."""
    words = list(re.finditer(r"[^\s()]+", text[start:end]))[:12]
    if not words or not re.search(r"\w", words[0].group()):
        return None
    return start, start + words[-1].end()


_QUESTION = re.compile(r"\b(?:asked|asking|ask|asks)\b[^,.;:]*\b(?:if|whether)\b[^,.;:]*$")


# A passive with its time: "released yesterday by the Commission" (but "countered Sunday by suggesting")
_TIME_THEN_BY = re.compile(r"\s*" + _TIME_AFTER_CUE + r"by\s(?![a-z]+ing\b)")


# Verbs whose content never opens with a person they address: after them "her" is a possessive
# ("said her decision was a mistake"), not an addressee as in "told her" or "warned her".
NO_PERSONAL_OBJECT = {"said", "says", "say", "saying", "added", "adds", "noted", "notes", "wrote", "writes", "argued",
                      "argues", "claimed", "claims", "insisted", "insists", "explained", "explains", "acknowledged",
                      "acknowledges", "suggested", "suggests", "believes", "believed", "thinks", "thought"}


# Verbs whose "on" or "about" opens the topic reported, not a place or a time: "reported on the measures"
TOPIC_FORMS = {"reported", "reports", "commented", "comments", "told", "tells"} | INFORM_FORMS


# What refers back to the sentences before it, and who said them: "This was stated by ...", "This position
# was voiced by ..."
_STATED_BY = re.compile(
    r"\b(?:This|That|These|Such)(?:\s+(?:position|opinion|view|statement|assessment|idea|proposal|information|point|"
    r"message|conclusion|forecast))?\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:also\s+)?(?P<cue>stated|said|"
    r"announced|emphasi[sz]ed|noted|stressed|declared|reported|expressed|voiced|pointed\s+out|underlined|underscored|"
    r"mentioned)(?:\s+(?:during|at|in|on)\s+[^,.;:“”\"]{1,60}?)?\s+by\s+(?=[A-Z]|the\s|[a-z]+\s+to\s)")  # ("stated during a briefing by")


# Where the agent after "by" ends: at when, where or how it was said, or at a comma or a full stop
# (not one of an initialism: "by U.S. Secretary of State Antony Blinken")
_AGENT_END = re.compile(r"\s+(?:during|at|in|on|while|after|before|when|following|answering|speaking|commenting|who|via|"
                        r"through|as|addressing|with)\b|\s*(?:[,;:(]|(?<![A-Z])\.)(?:\s|$)|\s*[―—–]\s")


_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")


_VIA_DOCUMENT = re.compile(r"(?:an?|the)\s+(?:\w+\s+){0,2}?(?:statement|report|readout|release|transcript)\s+"
                           r"(?:\w+\s+)?(?:issued|released|published|posted|put out)\s+by\s+")


_STANCE_BODY = rf"(?P<noun>{trie_pattern(sorted(STANCE_NOUNS))})\s+(?P<prep>on|of|for|about|to|against)\s+(?=[\w“\"‘'])"


STANCE_NOUN = re.compile(r"\b" + _STANCE_BODY)


_FINDINGS_BODY = (
    rf"[Ii]n(?<!\w[Ii]n)\s+(?P<source>{FINDINGS_LEAD}\s+"
    rf"(?:(?!of\b)[\w.’'/&-]+\s+){{0,5}}?(?:{FINDING_SOURCES})"  # (not "In the world of Bush-era figures")
    r"(?:\s+(?:released|conducted|published|taken|by|of|from)\s+[^,;:]{1,60}?)?)\s*,\s*")


IN_FINDINGS = re.compile(_FINDINGS_BODY)


# Report and stance nouns with their owner: "Donald Trump’s claim that ...", "his insistence that
# ...", "Trump's highly personal attacks on a judge". The noun is found first and its owner looked
# for right before it, which keeps the search linear.
# The writer's own assessment, with no speaker: "Sanders appears to be spending more heavily",
# "Obama is expected to join Clinton", "it seemed like an impossible task".
ASSESSMENT = re.compile(r"\b(?:seem(?:s|ed)|appear(?:s|ed)|(?:is|are|was|were)\s+(?:widely\s+|also\s+)?expected)\s+"
                         r"(?P<link>to|that|like)\s")


def add_partials(ctx: Context, para: Paragraph, report: Statement) -> None:
    """The quotations inside a report, each a partial quote that names the report as its parent."""
    for qi in para.quotes_within(report.start, report.end):
        if qi not in para.used_quotes:
            s, e = quote_text_span(ctx.text, *para.quotes[qi])
            if s < e:
                add_statement(ctx, "partial", s, e, (report.speaker_start, report.speaker_end),
                              (report.cue_start, report.cue_end), parent=report, speaker=report.speaker)
                para.used_quotes.add(qi)


def stated_by(ctx: Context, para: Paragraph) -> None:
    """A release's lead: the sentences before "This was stated by President Volodymyr Zelenskyy during ..." are
    that speaker's words."""
    text = ctx.text
    for m in (_STATED_BY.finditer(text, para.start, para.end) if " by " in para.words else ()):
        i = bisect_right(para.sent_starts, m.start()) - 1
        if i < 1 or text[para.sents[i][0]:m.start()].strip(" “\"") or para.inside.find(m.start()) is not None:
            continue  # (it opens a sentence, and another one comes before it)
        agent_end = _AGENT_END.search(text, m.end(), para.sents[i][1])
        speaker_span = trim(text, m.end(), agent_end.start() if agent_end else para.sents[i][1])
        if not re.search(r"[A-Z]", text[speaker_span[0]:speaker_span[1]]):
            continue  # a name or a role: "by President of Ukraine Volodymyr Zelenskyy", not "by many"
        c_start, c_end = trim(text, para.sents[max(0, i - 2)][0], para.sents[i - 1][1])
        st = add_statement(ctx, "indirect", c_start, c_end, speaker_span, (m.start("cue"), m.end("cue")))
        para.statements.append(st)
        para.used_cues.add(m.start("cue"))
        add_partials(ctx, para, st)


def reports_around_cues(ctx: Context, para: Paragraph) -> None:
    """Reported speech around the remaining cues."""
    text = ctx.text
    for cue_m in para.cues:
        if cue_m.start() in para.used_cues:
            continue
        sent_s, sent_e = para.sentence_of(cue_m.start())
        found = reported_speech(ctx, cue_m, sent_s, sent_e, para.statements, para.inside)
        if found is None:
            continue
        speaker_span, c_start, c_end, *parts = found
        around = parts[0] if parts else None  # the attribution sits para.inside: "A, said X, an expert, is B."
        if not parts and c_start < speaker_span[0] < c_end and cue_m.end() < c_end:  # "A, he says, B."
            around = [list(trim(text, c_start, speaker_span[0])), list(trim(text, _after_whom(text, cue_m.end(), c_end), c_end))]
        # Content that is exactly one quotation is a direct quote.
        only = para.quotes_within(c_start, c_end)
        stripped = text[c_start:c_end].strip(" ,.:")
        if len(only) == 1 and para.quotes[only[0]][0] == c_start and para.quotes[only[0]][1] + 1 >= c_end - 1 and stripped:
            o, c = para.quotes[only[0]]
            if only[0] not in para.used_quotes:
                s, e = quote_text_span(text, o, c)
                st = add_statement(ctx, "direct", s, e, speaker_span, (cue_m.start(), cue_m.end()))
                para.statements.append(st)
                para.used_quotes.add(only[0])
            para.used_cues.add(cue_m.start())
            continue
        st = add_statement(ctx, "indirect", c_start, c_end, speaker_span, (cue_m.start(), cue_m.end()))
        if around:
            st.parts = around
            st.text = " ".join(text[a:b] for a, b in around)
        para.statements.append(st)
        para.used_cues.add(cue_m.start())
        add_partials(ctx, para, st)


def according_to(ctx: Context, para: Paragraph) -> None:
    """Reports by their source: "According to X, ...", "..., according to X." and "A, according to X, is B."."""
    text = ctx.text
    for m in (_ACCORDING_TO.finditer(para.words) if "ccording to" in para.words else ()):
        cue_span = (para.start + m.start(), para.start + m.end() - len(m.group()) + len("according to"))
        sent_s, sent_e = para.sentence_of(cue_span[0])
        agent_at = para.start + m.end()
        via = _VIA_DOCUMENT.match(text, agent_at, sent_e)
        agent_at = via.end() if via else agent_at
        clause_end = clause_end_at(text, agent_at, sent_e, para.inside)
        colon = text.find(":", agent_at, clause_end)
        clause_end = colon if colon != -1 else clause_end
        agent = speaker_after(ctx, agent_at, sent_e) or source_phrase(text, agent_at, clause_end)
        if agent is None or text.startswith(("which ", "whom "), agent[0]):
            continue  # ("a decision, according to which our citizens will ...": a relative clause, no source named)
        before = trim(text, sent_s, cue_span[0])
        after = trim(text, clause_end, sent_e) if text[clause_end:clause_end + 1] in (",", ":") else (sent_e, sent_e)
        if len(text[before[0]:before[1]].split()) >= 4 and is_source_apposition(text, *after):  # (after a clause, not "Also,")
            after = (sent_e, sent_e)  # what the source is, not what it says: "..., according to Latino Decisions, a research group."
        elif before[0] == before[1] and re.match(r"(?:an?|one\s+of|who|whose)\s", text[after[0]:after[1]]):
            # what the source is, then what it says: "According to documents from Diane D. Blair, a
            # close friend of Mrs. Clinton's who died in 2000, the first lady had referred ..."
            comma = clause_end_at(text, after[0], after[1], para.inside)
            if text[comma:comma + 1] == "," and len(text[after[0]:comma].split()) <= 15 and is_source_apposition(
                    text, after[0], comma) and re.search(r"\b(?:who|whose|of)\b", text[after[0]:comma]):
                after = trim(text, comma, after[1])
        participle = PARTICIPLE_CLAUSE.search(text, after[0], after[1])
        if participle and para.inside.find(participle.start()) is None:  # "..., sparking a firestorm": not the source's
            after = (after[0], participle.start())
        parts = [list(span) for span in (before, after) if re.search(r"\w", text[span[0]:span[1]])]
        if not parts:
            continue
        c_start, c_end = parts[0][0], parts[-1][1]
        if len(re.findall(r"\w+", " ".join(text[a:b] for a, b in parts))) < 2:
            continue
        # Another statement with (nearly) this span already says it; a statement nested para.inside
        # ("According to the Post, officials asked what would happen if he announced ...") does not.
        if any(max(0, min(c_end, st.end) - max(c_start, st.start)) >= 0.8 * (c_end - c_start) for st in para.statements):
            continue
        # "According to a statement by the Kremlin, the Russian president said ...": the report
        # already stands as the Russian president's statement, and is not counted twice.
        if report_opens(text, c_start, c_end, para.statements):
            continue
        st = add_statement(ctx, "indirect", c_start, c_end, agent, cue_span)
        if len(parts) == 2:
            st.parts = parts
            st.text = " ".join(text[a:b] for a, b in parts)
        para.statements.append(st)
        add_partials(ctx, para, st)


def poll_findings(ctx: Context, para: Paragraph) -> None:
    """The findings of a poll that opens the sentence: "In the new Post-ABC poll, the real estate mogul wins about
    1 in 3 GOP primary voters"."""
    text = ctx.text
    for m in para.findings:
        sent_s, sent_e = para.sentence_of(m.start())
        if not re.fullmatch(r"[\s“\"]*(?:(?:But|And|Yet|So)\s+)?", text[sent_s:m.start()]) or para.inside.find(m.start()) is not None:
            continue  # only a sentence that opens with it
        c_start, c_end = trim(text, m.end(), coordination_end(ctx, m.end(), sent_e, para.inside, False))
        if len(re.findall(r"\w+", text[c_start:c_end])) < 3 or report_opens(text, c_start, c_end, para.statements):
            continue  # "In a new poll, 60 percent said ...": the respondents' statement stands already
        st = add_statement(ctx, "indirect", c_start, c_end, (m.start("source"), m.end("source")), (m.start(), m.start() + 2))
        para.statements.append(st)
        add_partials(ctx, para, st)


def report_nouns_with_owners(ctx: Context, para: Paragraph) -> None:
    """A report noun with its owner and a that-clause: "Donald Trump’s claim that there have been “thousands of shootings”", "his insistence that the server was secure"."""
    _owned_statements(ctx, para, para.owned_reports, lambda start, limit: clause_content_end(ctx, start, limit, para.inside),
                      words=2, cue_end="noun")


def stance_nouns_with_owners(ctx: Context, para: Paragraph) -> None:
    """A stance noun with its owner and its object: "Donald Trump's highly personal attacks on a federal judge", "Clinton's support for the deal", "his criticism of the Fed"."""
    _owned_statements(ctx, para, para.owned_stances, lambda start, limit: noun_phrase_end(ctx.text, start, limit, para.inside),
                      words=1, cue_end="prep")


def _owned_statements(ctx: Context, para: Paragraph, owned_nouns, content_end, words: int, cue_end: str) -> None:
    """A statement for each owned noun outside quotations and statements already read: its owner the
    speaker, the noun (up to ``cue_end``) the cue, and what follows up to ``content_end`` the content,
    when that has at least ``words`` words."""
    for owned in owned_nouns:
        m = owned.noun
        if para.inside.find(owned.start) is not None or any(st.start <= owned.start < st.end for st in para.statements):
            continue  # inside a quotation or a statement already read
        _, sent_e = para.sentence_of(owned.start)
        c_start, c_end = trim(ctx.text, m.end(), content_end(m.end(), sent_e))
        if len(re.findall(r"\w+", ctx.text[c_start:c_end])) < words:
            continue
        st = add_statement(ctx, "indirect", c_start, c_end, (owned.start, owned.owner_end), (m.start("noun"), m.end(cue_end)))
        para.statements.append(st)
        add_partials(ctx, para, st)
