"""Transcripts: whether an article is one, speaker labels and turns.

Decides: whether the article reads as a transcript (a label that opens a turn twice, or a release that
opens with a known speaker's label), where a turn begins (:func:`transcript_label`: "WALLACE:",
"Vladimir Putin:", a garbled label with its role run on), whom a label names (:func:`label_speaker`),
and each sentence of a turn as a statement of that speaker (:func:`transcript_turns`). Leaves to
others: who a label's name is in the registry (``registry``) and quotations inside turns
(``quotations``).
"""

from __future__ import annotations

import re

from .vocabulary import (AMBIGUOUS, AUXILIARIES, CLAUSE_WORDS, FINITE_VERBS, FORMS_OF_ADDRESS, FUNCTION_WORDS, GARBLED_WORD, NAME_PARTICLES, NOT_LABELS, OPENERS, ORGANISATION_HEADS, PERSON_ROLES, PREPOSITIONS, PRONOUNS, QUESTIONER_LABELS,
                         ROLE_WORDS, TITLE_WORDS, is_given_name, is_title, name_abbreviations)
from .document import Context, Paragraph, in_lower_case, line_start, mostly_capitalised, trim
from .quotes import quote_spans
from .speakers import add_statement, author, one_person_named, stands_alone, title_by


# (up to ten words: "Head of the Federal Customs Service Vladimir Bulavin:")
# (the particles of a name are lower case: "Ursula von der Leyen:", "Mark van der Berg:")
_NAME_PARTICLES = "|".join(NAME_PARTICLES)


_LABEL_WORD = rf"(?:[A-Z][\w.'’-]*|of|the|and|(?:{_NAME_PARTICLES})(?:-[A-Z][\w'’-]*)?)"  # (and "el-Sisi")




_LABEL = re.compile(rf"[\"“]?({_LABEL_WORD}(?:,?[ \t]+{_LABEL_WORD}){{0,19}})(?P<note>[ \t]*\([a-z][^)\n]{{0,30}}\))?[ \t]*:(?:[ \t]+(?=\S)|(?=\([a-z]))")
# (a note after the name, in lower case, is no part of it: "Prime Minister of Greece Kyriakos Mitsotakis (retranslated):";
# an editor's note may follow the colon with no space: "Vladimir Putin:(in response to ...)";
# a role may list what it is of: "Minister of Digital Development, Communications and Mass Media Maksut Shadayev:")


_GARBLED_ROLE_WORD = rf"(?:{GARBLED_WORD}|for|in|to|on|at)"  # (a role's own prepositions: "Commissioner for ...", "Envoy to ...")
_GARBLED_LABEL = re.compile(
    rf"[\"“]?((?:{_GARBLED_ROLE_WORD},?[ \t]+){{0,30}}(?P<first>[A-Z][\w’'-]+)[ \t]+(?P<last>[A-Z][\w’'-]+)[ \t]+(?P=last)[ \t]+"
    rf"(?P=first)(?:[A-Z][\w.'’()-]*)?(?:[ \t]+{_GARBLED_ROLE_WORD}){{0,20}})[ \t]*:[ \t]+(?=\S)")
# (the page's label with its name card run into it: the name, the name again surname first, the role:
# "... Tatyana Moskalkova Moskalkova TatyanaHuman Rights Commissioner in Russian Federation:")


_GLUED = re.compile(r"[a-z][A-Z]")


_NO_LABEL_OPENING = (PREPOSITIONS | CLAUSE_WORDS | {"just", "also", "now", "finally", "then", "first", "second", "one", "another",
                                                     "quick", "last", "follow-up", "regarding"}) - {"who"}
# (what no speaker's label opens with: a preposition, a conjunction, "Just", "Also", ...)


def transcript_label(ctx: Context, pos: int, limit: int) -> tuple[int, int, int, int] | None:
    """A speaker label opening a transcript turn at ``pos``: (label start, label end, colon, content
    start), or None. A label is all capitals ("WALLACE", "THE PRESIDENT"), a name the registry
    knows, or a run of at least two capitalised words ("President of Russia Vladimir Putin")."""
    m = _LABEL.match(ctx.text, pos, limit)
    if not m:  # (a garbled label longer than _LABEL's has its role run on to the name: "...VitalyMinister")
        colon = ctx.text.find(":", pos, min(limit, pos + 400))
        m = _GARBLED_LABEL.match(ctx.text, pos, limit) if colon != -1 and _GLUED.search(ctx.text, pos, colon) else None
        if not m or not is_transcript(ctx):
            return None
    label = m.group(1)
    words = label.split()
    if words[-1] in {"of", "the", "and"} or words[0] in {"of", "the", "and"}:
        return None
    if "," in label and " of " not in label.split(",")[0]:
        return None  # (a comma is a role's list of what it is of, "Minister of Digital Development, Communications
        # and Mass Media ...", not a sentence before the label: "Please, Mr Tokayev. President of Kazakhstan ...")
    if not words[0].isupper() and words[0].lower() in _NO_LABEL_OPENING:
        return None  # a topic a questioner opens, no speaker: "Thanks, Jen. On Russia: The President said ..."
    letters = re.sub(r"[^A-Za-z]", "", label)
    shouting = len(letters) >= 2 and letters.isupper()
    known = ctx.actors.resolve(label, ctx.date, ctx.outlet) is not None
    named = sum(1 for w in words if w[0].isupper()) >= 2 and not set(w.lower() for w in words) & NOT_LABELS
    quoted = ctx.text[m.end() : m.end() + 1] in OPENERS + AMBIGUOUS + "‘'"
    if not (shouting or known or named or (quoted and label[0].isupper() and label.lower() not in NOT_LABELS)):
        return None
    if named and m.groupdict().get("note"):  # a note on how the words were rendered marks a turn: "(retranslated):"
        return m.start(1), m.end(1), ctx.text.index(":", m.end(1)), m.end()
    if "’s" in label or "'s" in label:
        return None  # "DNAinfo's Eddie Small:" credits a report, it is no speaker's turn
    line_end = ctx.text.find("\n", m.end(), limit)
    line = ctx.text[m.end() : limit if line_end == -1 else line_end].strip()
    line = _ELISION_AT_END.sub("", line)  # ("... Thank you. <…>": the release marks where it leaves words out)
    sentence_follows = len(line.split(None, 4)) >= 5 and line[-1:] in ".!?\"”’'"
    once = ctx.text.count(label + ":") < 2  # (a transcript names its speakers again and again)
    if not known and ((shouting and len(words) == 1) or line.count(",") >= 3) and once and mostly_capitalised(
            ctx.text, m.end(), min(m.end() + 300, limit if line_end == -1 else line_end)):  # (a turn can run for pages)
        # A one-off kicker before a headline, "BOOM: Trump Just Fired A Missile", or a list of names
        # ("New Hampshire: Charlie Arlinghaus, Arnie Arnesen, ..."); a transcript's speakers come back.
        return None
    if known and once and not (quoted or sentence_follows or is_transcript(ctx)):
        return None  # a headline such as "Trump: MOVE PAST Iowa." is no turn
    headline = sentence_follows and len(words) <= 4 and all(w[0].isupper() for w in words) and not (
        set(w.lower() for w in words) & NOT_LABELS) and m.start() == line_start(ctx.text, pos)
    if not known and once and not (quoted and label[0].isupper()) and not headline and not (
            named and is_transcript(ctx)):  # (in a transcript, a speaker who speaks once has a turn too)
        # A transcript names its speakers again and again; a one-off "X:" is a heading, unless a
        # quotation follows it, as in a headline: "Ryan: ‘Anti-Semitic Images’ Have No Place", or it
        # opens a line with a name and a sentence: "Mark Cuban: A businessman can run this country."
        return None
    return m.start(1), m.end(1), ctx.text.index(":", m.end(1)), m.end()


_ELISION_AT_END = re.compile(r"\s*<(?:…|\.\.\.)>$")


# (its capital first, then where it stands, so that the scan skips from capital to capital)
_REPEATED_LABEL = re.compile(r"([A-Z](?:(?<=\A[A-Z])|(?<=\n[A-Z])|(?<=[.!?…”\">]\s[A-Z]))[\w.'’-]*"
                             rf"(?:[ \t]+{_LABEL_WORD}){{1,19}})(?:[ \t]*\([a-z][^)\n]{{0,30}}\))?:(?:[ \t]|(?=\([a-z]))")
# (and after where the release leaves words out, "<…> Vladimir Putin:(in response to ...)")


_HEADING_THEN_LABEL = re.compile(rf"[a-z][ \t]+((?:{_LABEL_WORD}[ \t]+){{0,9}})$")


def labels_after_headings(ctx: Context, p_start: int, p_end: int) -> list[int]:
    """Where a label giving a role, its country and the full name of a person the registry knows starts
    right after a section heading in lower case that the page ran on into it: "Beginning of
    Russian-Serbian talks President of Russia Vladimir Putin: ..." (the heading has no full stop, so
    no sentence starts at the label)."""
    starts = []
    aliases = ctx.actors.alias_ends
    colon = ctx.text.find(":", p_start, p_end)
    while colon != -1:
        before = ctx.text[max(p_start, colon - 120) : colon]
        if aliases and before.endswith(aliases):
            alias = next(a for a in aliases if before.endswith(a))
            run = _HEADING_THEN_LABEL.search(before, 0, len(before) - len(alias))
            role = run.group(1).split() if run else []
            if " " in alias and "of" in role and not PERSON_ROLES.isdisjoint(role):
                # (the role, its country and the full name, as the page labels its speakers: not "... on tap
                # for Trump:" or "a big boost for Democrat Hillary Clinton:")
                starts.append(colon - len(before) + run.start(1))
        colon = ctx.text.find(":", colon + 1, p_end)
    return starts


def is_transcript(ctx: Context) -> bool:
    """Whether the article is a transcript: some speaker label ("Vladimir Putin:", "German Gref:")
    opens a turn at least twice, labels name two people (a release that gives one turn each to Putin
    and his guest), or the article opens with the label of a person the registry
    knows and a speech."""
    facts = ctx.doc.facts
    if "transcript" not in facts:
        facts["transcript"] = _reads_as_transcript(ctx)
    return facts["transcript"]


def _reads_as_transcript(ctx: Context) -> bool:
    seen: set[str] = set()
    opening = _LABEL.match(ctx.text)
    line_end = ctx.text.find("\n")
    if bool(opening) and len(ctx.text[: line_end if line_end != -1 else None].split(None, 40)) > 40 \
            and ctx.actors.resolve(opening.group(1), ctx.date, ctx.outlet) is not None:
        return True
    speakers: set[str] = set()
    for m in _REPEATED_LABEL.finditer(ctx.text):
        if m.group(1) in seen:
            return True
        seen.add(m.group(1))
        speakers.add(_label_person(ctx, m.group(1)))
        if len(speakers - {None}) >= 2:
            return True  # (two people, each with a label: a talk in turns)
    return False


def label_speaker(ctx: Context, start: int, end: int) -> str:
    """The registry's name for a transcript label, trying a capitalised label as a name too. (A
    transcript gives the same labels again and again: each is read once.)"""
    label = ctx.text[start:end]
    if label not in ctx.doc.facts["labels"]:
        ctx.doc.facts["labels"][label] = _read_label(ctx, label)
    return ctx.doc.facts["labels"][label]


def _read_label(ctx: Context, label: str) -> str:
    repeated = _REPEATED_NAME.fullmatch(label)
    if repeated and (repeated.group("tail") in ("", repeated.group("role").strip()) or repeated.group("tail")[:1].isupper()
                     or repeated.group("tail")[:1].isspace()):
        # (the role run on after the name may be the full title: "... Savelyev VitalyMinister of Transport of the ...")
        label = f"{repeated.group('role')}{repeated.group('first')} {repeated.group('last')}"
    actor = _label_actor(ctx, label)
    if actor is not None:
        return actor.name
    return label.title() if label.isupper() else _name_in_label(ctx.text, label)


def _label_person(ctx: Context, label: str) -> str | None:
    """The person a label names, if it names one for sure: one the registry knows, or a name that starts
    with a first name ("Deputy Prime Minister Dmitry Chernyshenko"; not "The goals are clear")."""
    actor = _label_actor(ctx, label)
    if actor is not None:
        return actor.name
    name = _name_in_label(ctx.text, label).split()
    return " ".join(name) if len(name) >= 2 and is_given_name(name[0]) else None


def _label_actor(ctx: Context, label: str):
    """The registry's person a label names, as written, in title case, or at its end (a label ends in
    the person's name: "Minister of Culture Olga Lyubimova" is the registry's Olga Lyubimova); or None."""
    words = label.split()
    for candidate in (label, label.title(), *(" ".join(words[-k:]) for k in (3, 2) if len(words) > k)):
        actor = ctx.actors.resolve(candidate, ctx.date, ctx.outlet)
        if actor:
            return actor
    return None


def _name_in_label(text: str, label: str) -> str:
    """The person's name at the end of a label that gives their role first: "Speaker of the
    Federation Council Valentina Matviyenko" is Valentina Matviyenko. It is the end of the label
    that later turns give on its own ("Valentina Matviyenko:"); else it starts at the first given name
    after the role (:func:`vocabulary.is_given_name`: "Minister of Culture Olga Lyubimova"); else after
    the last word in lower case or title, and a word before it that the article also uses on its own,
    a place or a body ("Kazakhstan", "Council"), is the role's."""
    words = label.split()
    for size in range(len(words) - 1, 1, -1):  # the name the later turns give: "Vladimir Bulavin:"
        name = " ".join(words[-size:])
        if any(word.islower() and word not in NAME_PARTICLES for word in words[-size:]):
            continue  # (a role and a name, as a label in mid-line gives them: "Welcome. President of ... Vahagn Khachaturyan:")
        if f"\n{name}:" in text or f". {name}:" in text or text.startswith(f"{name}:"):
            return name
    start = max((k + 1 for k, word in enumerate(words[:-1]) if (word.islower() and word not in NAME_PARTICLES) or word in TITLE_WORDS
                 or word in ROLE_WORDS or (k < len(words) - 2 and word.capitalize() in PERSON_ROLES)), default=0)
    # (a role word of one person's counts before the last two words: "Russian Direct Investment Fund CEO
    # Kirill Dmitriev", "Presidential Aide Maxim Oreshkin")
    if start == 0:
        return label
    given = next((k for k in range(start, len(words) - 1) if is_given_name(words[k].rstrip(","))), start)
    if given > start:
        return " ".join(words[given:])  # the name starts at its first name: "Minister of Culture Olga Lyubimova"
    body = max((k + 1 for k in range(start, len(words) - 2) if words[k] in ORGANISATION_HEADS), default=start)
    start = body  # (after the body named: "Head of the Federal Customs Service Vladimir Bulavin")
    while len(words) - start > 2 and (words[start - 1] == "and" or stands_alone(text, words[start], words[start + 1])
                                      or in_lower_case(text, words[start])):
        start += 1  # (after "and" the role's second half: "Minister of Natural Resources and Environment Alexander Kozlov";
        # and a common word the article also writes in lower case: "Minister of Healthcare Mikhail Murashko")
    return " ".join(words[start:])


# A label the source page repeats in reverse, with its role run on: "Defence Minister Sergei Shoigu
# Shoigu SergeiDefence Minister" is Defence Minister Sergei Shoigu.
_REPEATED_NAME = re.compile(r"(?P<role>.*?)(?P<first>[A-Z][\w’'-]+) (?P<last>[A-Z][\w’'-]+) (?P=last) "
                            r"(?:(?P=first)|(?P<spelled>[A-Z][a-z’'-]+?))(?P<tail>(?(spelled)(?=[A-Z]|\s|$)).*)")


_AFTER_STOP = re.compile(r"(?:[.!?…][>)\]]?|[(\[][^()\[\]\n]{1,60}[)\]])\s+([A-Z])")
# (and after an elision mark: "... <…> Minister of Agriculture", or a stage direction: "(Laughter) Vladimir Putin:")


_LETTER_WORD = re.compile(r"[^\W\d_]\w*")


# --- steps over a paragraph (run in order by analysis.attribution.pipeline) ---------------------


QUESTIONER = "questioner"  # the speaker of a questioner's turn ("Q:", "QUESTION:"), whoever it names


# A questioner's label: one of the data file's labels, with a number or a note after it ("Q1:", "Question
# (retranslated):"), then a colon; "Q" also without one ("Q    Thank you, Anna.")
_QUESTIONER_LABEL = re.compile(
    r"[\"“]?(?P<label>(?i:" + "|".join(re.escape(label).replace(r"\ ", r"[ \t]+")
                                     for label in sorted(QUESTIONER_LABELS, key=len, reverse=True)) + r")"
    r"(?:[ \t]*\d{1,3})?)\b(?:[ \t]*\([^)\n]{0,40}\))?[ \t]*(?:(?P<colon>:)|(?<=[Qq])\.?(?=[ \t]+[\"“‘'A-Z—–…-]|[ \t]+\.\.\.))[ \t]*(?=\S)")
# (a "Q" with no colon before a capital, a quotation mark, a dash or an ellipsis carrying on a question cut off:
# "Q    — is Nord Stream 2 dead?")


# A questioner named with their outlet and one of the labels' words: "Kommersant newspaper correspondent
# Andrei Kolesnikov:", "RIA Novosti journalist Ivan Petrov (retranslated):"
_NAMED_QUESTIONER = re.compile(
    r"(?P<label>(?:[A-Z][\w.'’-]*[ \t]+){0,5}(?:[a-z]+[ \t]+){0,2}(?:" + "|".join(
        sorted((re.escape(label) for label in QUESTIONER_LABELS if len(label) > 2 and " " not in label), key=len,
               reverse=True)) + r")[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
    r"(?:[ \t]*\([a-z][^)\n]{0,30}\))?[ \t]*(?P<colon>:)[ \t]+(?=\S)")


def questioner_label(ctx: Context, pos: int, limit: int) -> tuple[int, int, tuple[int, int] | None, int] | None:
    """A questioner's label opening a turn at ``pos``: (label start, label end, the colon's span or None,
    content start), or None. A "Q" without a colon opens a line; a questioner may be named with their
    outlet ("Kommersant newspaper correspondent Andrei Kolesnikov:")."""
    m = _QUESTIONER_LABEL.match(ctx.text, pos, limit) or _NAMED_QUESTIONER.match(ctx.text, pos, limit)
    if m is None or (m.group("colon") is None and pos != line_start(ctx.text, pos)):
        return None
    colon = m.start("colon") if m.group("colon") else None
    return m.start("label"), m.end("label"), (colon, colon + 1) if colon is not None else None, m.end()


# A time stamp before a label: "2:14 P.M. EDT MS. LEE:", "11.05 a.m. Q:" (and the zone or the "P.M." alone,
# where the sentence splitter has cut the stamp after its figures)
_TIME_STAMP = re.compile(r"(?:\d{1,2}[:.]\d{2}[ \t]*)?(?:[AaPp]\.?[ \t]?[Mm]\.?[ \t]+)?(?:[A-Z]{1,3}T[ \t]+)?")


def after_time_stamp(text: str, pos: int, limit: int) -> int:
    """Where a label starts after the time stamp at ``pos`` (``pos`` itself when there is none). A zone or
    "P.M." alone counts only right after the figures of a time."""
    m = _TIME_STAMP.match(text, pos, limit)
    if m is None or m.end() == pos or m.end() >= limit:
        return pos
    if not text[pos].isdigit() and not re.search(r"\d[:.]\d\d[ \t]*\S*[ \t]*$", text[max(0, pos - 16) : pos]):
        return pos  # ("AT MS. LEE" is no stamp: a zone counts after a time only)
    return m.end()


def _turns(ctx: Context, para: Paragraph) -> list[tuple]:
    """The turns that start in the paragraph: (label start, label end, cue span, content start, kind,
    speaker), in text order."""
    text = ctx.text
    turns = []
    label_at = [s for s, _ in para.sents] if text.find(":", para.start, para.end) != -1 or text.startswith(
        ("Q ", "Q. "), para.start) else []  # (every label ends in a colon, but "Q")
    if label_at and is_transcript(ctx):  # (and in a transcript, after a stop the splitter passed over: "but software… Vladimir Putin:")
        label_at = sorted(set(label_at) | {m.start(1) for m in _AFTER_STOP.finditer(text, para.start, para.end)})
    if label_at:  # (and after a section heading the page runs on: "Plenary meeting President of Russia Vladimir Putin:")
        label_at = sorted(set(label_at) | set(labels_after_headings(ctx, para.start, para.end)))
    for sent_s in label_at:
        if turns and sent_s < turns[-1][3]:
            continue  # (inside the label before: "MS." ends no sentence in "MS. LEE:")
        at = after_time_stamp(text, sent_s, para.end)
        asked = questioner_label(ctx, at, para.end)
        if asked is not None:
            turns.append((asked[0], asked[1], asked[2], asked[3], "question", QUESTIONER))
            continue
        answer = _ANSWER_LABEL.match(text, at, para.end)
        if answer is not None and _asked_before(ctx, at):
            turns.append((answer.start(), answer.start() + 1, (answer.start() + 1, answer.start() + 2), answer.end(),
                          "direct", _interviewee(ctx)))
            continue
        label = transcript_label(ctx, at, para.end)
        if label is not None:
            l_start, l_end, colon, content_start = label
            turns.append((l_start, l_end, (colon, colon + 1), content_start, "direct", label_speaker(ctx, l_start, l_end)))
    return turns


# An interview's answer: "A:" after a questioner's "Q:"
_ANSWER_LABEL = re.compile(r"A[ \t]*:[ \t]+(?=\S)")
_FIRST_QUESTION = re.compile(r"(?:^|\n)[ \t]*Q[ \t]*:[ \t]+(?=\S)")
_FIRST_ANSWER = re.compile(r"\n[ \t]*A[ \t]*:[ \t]+(?=\S)")


def _first_question(ctx: Context) -> int | None:
    """Where the content of the first questioner's "Q:" that opens a line begins, or None (worked out once)."""
    if "first question" not in ctx.doc.facts:
        m = _FIRST_QUESTION.search(ctx.text)
        ctx.doc.facts["first question"] = m.end() if m else None
    return ctx.doc.facts["first question"]


def _asked_before(ctx: Context, pos: int) -> bool:
    """Whether a questioner's "Q:" opens a line before ``pos``, as it does in a question-and-answer interview."""
    first = _first_question(ctx)
    return first is not None and first <= pos


def _is_interview(ctx: Context) -> bool:
    """Whether the article is a question-and-answer interview: a "Q:" opens a line, and an "A:" one after it
    (whose answers run on over paragraphs until the next label, as a transcript's turns do)."""
    first = _first_question(ctx)
    return first is not None and _FIRST_ANSWER.search(ctx.text, first) is not None


def _interviewee(ctx: Context) -> str | None:
    """Whose answers an interview's "A:" turns are: the one person its first line names (a headline, where
    the text opens with one: "Immigration debate hits home for actress Diane Guerrero", "Q&A with Vice
    President Joe Biden"), else its text before the first question; None (left unresolved) when neither
    names one person."""
    if "interviewee" not in ctx.doc.facts:
        first = _first_question(ctx) or 0
        line_end = ctx.text.find("\n", 0, first)
        ctx.doc.facts["interviewee"] = (one_person_named(ctx, 0, line_end) if line_end > 0 else None) or \
            one_person_named(ctx, 0, first)
    return ctx.doc.facts["interviewee"]


def transcript_turns(ctx: Context, para: Paragraph) -> None:
    """Transcript turns: "Vladimir Putin: ...", "WALLACE: ...", "Q: ..." at a sentence start (after a time
    stamp, if any) run to the next turn or the end of the paragraph, and in a transcript on over the
    paragraphs without a label of their own. A questioner's turn is a ``question`` of the
    ``questioner``. Quotation marks and reports inside a turn are part of what was said. A speech
    (:func:`speech_author`) is one turn with no label: every paragraph is its author's."""
    text = ctx.text
    speaker = speech_author(ctx)
    if speaker is not None:
        _turn_sentences(ctx, para, "direct", speaker, None, None, *trim(text, para.start, para.end))
        return
    turns = _turns(ctx, para)
    carried = ctx.found.open_turn
    if carried is not None and (not turns or turns[0][0] > para.start) and not mostly_capitalised(text, para.start, para.end) \
            and not para.quotes and all(_speakers_own(text, m.start()) for m in para.cues) \
            and not _LABEL_LIKE.match(text, para.start, para.end) and not _BARE_Q.match(text, para.start, para.end):
        # (a paragraph that attributes words of its own is not the turn's, unless the speaker's own or their
        # listeners' ("I think", "as you know"), nor one that opens with a label the rules refused: "Sanders: 46",
        # "Q and the talks?")
        l_start, l_end, cue, kind, speaker = carried  # (a turn runs on over paragraphs until the next label)
        if any(c.islower() for c in text[para.start : turns[0][0] if turns else para.end]):
            # (but not over a time stamp or a closing line: "2:41 P.M. EDT", "END 2:45 P.M. EDT")
            turns.insert(0, (l_start, l_end, cue, para.start, kind, speaker))
    said = False
    for index, (l_start, l_end, cue, content_start, kind, speaker) in enumerate(turns):
        said = False  # (whether the last turn said anything)
        content_end = turns[index + 1][0] if index + 1 < len(turns) and turns[index + 1][0] > content_start else para.end
        c_start, c_end = trim(text, content_start, content_end)
        while c_end > c_start and text[c_end - 1] in OPENERS + AMBIGUOUS + " \t":
            c_end -= 1
        if len(re.findall(r"\w+", text[c_start:c_end])) < 2 or not _LETTER_WORD.search(text, c_start, c_end):
            continue  # (and a count is no turn: "Clinton: 2,316.")
        if mostly_capitalised(text, c_start, c_end) and text[c_end - 1] not in ".!?,;:…" and not _names_one(ctx, l_start, l_end):
            continue  # (nor a headline after a label that names nobody: "Big Win For Bernie: AFL-CIO Holds Off On ...")
        if _heading_of_a_section_on(ctx, speaker, c_start, c_end):
            continue  # (nor a section of an article on the person the label names: "Bernie Sanders: Credit scores
            # On his campaign website, Senator Bernie Sanders calls for ...")
        _turn_sentences(ctx, para, kind, speaker, (l_start, l_end), cue, c_start, c_end)
        said = True
    if turns or not is_transcript(ctx):
        ctx.found.open_turn = None
    last = turns[-1] if turns and said else None  # (a turn that said nothing, "Clinton: 2,316.", runs on over nothing)
    if last is not None and (is_transcript(ctx) or _is_interview(ctx)) and (
            last[4] == "question" or text.count(text[last[0] : last[1]] + ":") >= 2):
        # (a turn runs on over paragraphs where the transcript gives each turn paragraphs of its own, its
        # labels coming back: not after a headline "Bernie Sanders: ‘It Is Not A Radical Idea’")
        ctx.found.open_turn = (last[0], last[1], last[2], last[4], last[5])


def _heading_of_a_section_on(ctx: Context, speaker: str | None, start: int, end: int) -> bool:
    """Whether a label and what follows it head a section of an article about the person it names: the words
    right after it name that person in full after a title, as a writer does ("Bernie Sanders: Credit scores
    On his campaign website, Senator Bernie Sanders calls for ..."), and no one speaking names themselves so
    (a questioner introduces themselves without one: "I am Oleg Kuzmin from ...")."""
    words = (speaker or "").split()
    if len(words) < 2:
        return False
    named = re.compile(rf"(?<![\w'’-]){re.escape(' '.join(words))}(?![\w'’-]|[ \t]*:)")
    return any(_title_right_before(ctx.text[max(start, m.start() - 30) : m.start()])
               for m in named.finditer(ctx.text, start, min(end, start + 200)))


def _title_right_before(words: str) -> bool:
    """Whether the last of some words is a title of the name after them ("Senator", "Sen."), not one that
    ends a sentence ("Hello, Mr President. Artem Vilovatykh, Krasny Sever newspaper")."""
    last = (words.split() or [""])[-1]
    return is_title(last) and (not last.endswith(".") or last[:-1].lower() in name_abbreviations())


_BARE_Q = re.compile(r"Q\.?[ \t]")  # (a questioner's "Q" however the words after it open)


def speech_author(ctx: Context) -> str | None:
    """Whose speech the whole article is, or None: a release its title calls one person's address, speech,
    statement, remarks, message or article ("Speech by President of Ukraine Volodymyr Zelenskyy in the
    Parliament of Japan", "... - address by the President of Ukraine", "Statement by Secretary Antony J.
    Blinken on ..."), not a joint one, with no turns nor questions of its own, in the first person
    (outside quotation marks) in at least a third of its paragraphs. A release that reports in the third
    person what its title's person did is no speech ("Greetings to ...": "The message reads, in part:").
    Worked out once per article."""
    facts = ctx.doc.facts
    if "speech" not in facts:
        genre = (title_by(ctx) or ("", ""))[0]
        speaker, titled = author(ctx)
        facts["speech"] = speaker if (
            titled and genre in _SPEECH_GENRES and not _JOINT.search(ctx.title)
            and not is_transcript(ctx) and _first_question(ctx) is None and _in_the_first_person(ctx.text)) else None
    return facts["speech"]


_SPEECH_GENRES = {"address", "speech", "statement", "remarks", "message", "article"}  # (not an interview: its questions)


_JOINT = re.compile(r"\bjoint\b", re.I)  # (a joint statement is several people's: "Joint Statement by Boris Johnson, ...")


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|us)\b")  # (not "US" nor "i")


def opening_salutation(ctx: Context, found: list) -> set[int]:
    """The ids of the sentences a speech opens with that only greet its listeners: exclamations and
    sentences with a form of address, of a few words (between commas) with no verb of their own nor "I" or "we" ("Ukrainians!
    All our defenders!", "Dear Mr. Speaker!", "Greetings from Kyiv!", "Free people of a free country!", "Your
    Highness, Your Excellencies."), up to the first sentence that says something ("Eight years of war.", "Ladies and
    Gentlemen! We are ready to amaze the world!")."""
    if speech_author(ctx) is None:
        return set()
    greeting = set()
    for st in sorted((st for st in found if id(st) in ctx.found.turn_sentences), key=lambda st: st.start):
        words = _WORD_PIECE.findall(st.text)
        if not (st.text.endswith("!") or any(word.lower() in FORMS_OF_ADDRESS for word in words)) \
                or any(len(_WORD_PIECE.findall(part)) > _GREETING_WORDS for part in st.text.split(",")) \
                or any(word.lower() in _SAYING_WORDS for word in words):
            break
        greeting.add(id(st))
    return greeting


_GREETING_WORDS = 10  # (in each part between commas: "Dear Mr. Chairperson of the African Union Commission, Distinguished ...")





def _in_the_first_person(text: str) -> bool:
    """Whether at least a third of the text's paragraphs say "I", "we", "my", "our" or "us" outside quotation marks."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    own = sum(1 for start, end in paragraphs if _outside_quotations(_FIRST_PERSON, text, start, end))
    return bool(paragraphs) and 3 * own >= len(paragraphs)


def _outside_quotations(pattern: re.Pattern, text: str, start: int, end: int) -> bool:
    """Whether ``pattern`` matches in ``text[start:end]`` outside its quotations (:func:`quote_spans`)."""
    quoted = quote_spans(text, start, end)
    return any(not any(o <= m.start() <= c for o, c in quoted) for m in pattern.finditer(text, start, end))


def _speakers_own(text: str, cue_start: int) -> bool:
    """Whether a cue's subject is "I", "we" or "you", an adverb or an auxiliary between: what a turn's
    speaker thinks ("I think", "we strongly believe", "we have made clear") or tells their listeners
    they know ("as you all know"), never the narrator's."""
    return _OWN_SUBJECT.search(text, max(0, cue_start - 40), cue_start) is not None


_OWN_SUBJECT = re.compile(r"\b(?:I|[Ww]e|[Yy]ou)(?:\s+all)?(?:\s+(?:[a-z]+ly|"
                          + "|".join(re.escape(word) for word in sorted(AUXILIARIES | {"am", "always"}, key=len, reverse=True))
                          + r"))*\s+$")  # (the words between a subject and its verb: "we have always made clear")


def _names_one(ctx: Context, start: int, end: int) -> bool:
    """Whether a label could name somebody: no preposition or verb among its words, as there is in a
    headline's first half ("Big Win For Bernie", "Stealth Over Health"; not "Dr. Ben Carson", "Kasich")."""
    return _NOT_IN_NAMES.isdisjoint(word.lower() for word in ctx.text[start:end].split())


_NOT_IN_NAMES = {"for", "over", "in", "on", "at", "with", "from", "to", "is", "are", "was", "were", "after", "before",
                 "about", "as", "by", "into", "against", "under", "wins", "says", "will"}


_LABEL_LIKE = re.compile(r"[^\n:.!?]{1,60}:")  # (words and a colon opening a paragraph)


_STAGE_DIRECTION = re.compile(r"(?:[(\[][^()\[\]]*[)\]][.!?]?)?\s*(?:<(?:…|\.\.\.)>)?")  # "(Applause.)", "[Laughter]", "<…>"


def _closing_bracket(text: str, start: int, limit: int) -> int | None:
    """Just after the bracket that closes the one opening at ``start`` (before ``limit``), or None."""
    depth = 0
    for i in range(start, limit):
        if text[i] in "([":
            depth += 1
        elif text[i] in ")]":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def _introduces(sentence: str, speaker: str) -> bool:
    """Whether a sentence of a turn only says who the speaker is: their name and where they are from, every
    word capitalised but a name's small words ("Bolotov Dmitry, Vostochny Space Centre", "Progress Rocket
    and Space Centre, Alexander Aleshin"). It says nothing the speaker holds."""
    words = re.findall(r"[\w’'-]+", sentence)
    names = {word.casefold() for word in speaker.split()} if speaker else set()
    return bool(words) and any(word.casefold() in names for word in words) and all(
        word[:1].isupper() or word in _NAME_SMALL_WORDS for word in words)


_NAME_SMALL_WORDS = set(NAME_PARTICLES) | {"and", "of", "the", "for"}  # (and an organisation's: "Progress Rocket and Space Centre")


def says_nothing(sentence: str) -> bool:
    """Whether a sentence of a turn is a few words that say nothing on their own (``FUNCTION_WORDS``:
    "Thank you very much.", "Go ahead, please.", "Yes, we did.", "Why?"), once the people it addresses are
    set aside: a part between commas that opens or closes it and has only capitalised words or forms of
    address ("Good afternoon, Mr President.", "Colleagues, next, please."). It runs the meeting or answers
    what was asked; what a speaker holds needs a word that names or judges something. So do one or two
    words with no verb nor pronoun: the tail of the sentence before ("Economy.", "Posthumously.", "In
    Ukraine.", "Our defenders!"), which says nothing on its own."""
    parts = [part for part in re.split(r"[,;:!?.…–—]+", sentence) if re.search(r"\w", part)]
    if len(parts) > 1:
        parts = [part for k, part in enumerate(parts) if not (k in (0, len(parts) - 1) and _addresses(part))]
    words = [word for part in parts for word in _WORD_PIECE.findall(part)]
    if len(words) <= _FRAGMENT_WORDS and not any(word.lower() in _CLAUSE_MARKS or word.lower().endswith("ed") for word in words):
        return True  # a sentence's tail that the speaker set apart, with no verb nor subject: "Posthumously.", "In Ukraine."
    return len(words) <= _FORMULA_WORDS and all(_function_word(word) for word in words)


_FRAGMENT_WORDS = 2  # (three make a clause often enough: "We see it", "Russia attacked Kharkiv")


_CLAUSE_MARKS = set(PRONOUNS) | {"you", "me", "us", "them", "him"} | set(FINITE_VERBS.split("|"))  # (not "our": "Our defenders!")


_SAYING_WORDS = _CLAUSE_MARKS - {"you", "who"}
# (a verb or a subject says something in a greeting, "We will win!", but not whom it greets: "Good health to you!",
# "Greetings to all who support freedom!";
# "my" and "our" address: "Dear Mr. President, my friend Andrzej!", "All our defenders!")


_FORMULA_WORDS = 5  # (a longer one says something in context: "Why did they have to do this?", "That is all there is to it")


_WORD_PIECE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")  # (a word with its clitic: "that's", "don't")


_CLITICS = {"s", "m", "re", "ve", "ll", "d", "t"}  # (what follows the apostrophe: "that's", "I'm", "don't")


def _function_word(word: str) -> bool:
    base, _, clitic = word.lower().replace("’", "'").partition("'")
    if clitic == "t" and base.endswith("n"):
        base = {"wo": "will", "ca": "can", "sha": "shall"}.get(base[:-1], base[:-1])  # ("won't", "can't", "don't")
    return base in FUNCTION_WORDS and (not clitic or clitic in _CLITICS)


def _addresses(part: str) -> bool:
    """Whether a part of a sentence only names whom it addresses: capitalised words and forms of address
    ("Mr President", "Vladimir Vladimirovich", "colleagues", "ladies and gentlemen")."""
    words = _WORD_PIECE.findall(part)
    return bool(words) and all((word[0].isupper() and not _function_word(word)) or word.lower() in FORMS_OF_ADDRESS
                               or word in ("and", "my") for word in words)


def _turn_sentences(ctx: Context, para: Paragraph, kind: str, speaker: str, label: tuple[int, int] | None,
                    cue: tuple[int, int] | None, c_start: int, c_end: int) -> None:
    """Each sentence of one turn's content as a statement of the turn's speaker (with no mention where the
    turn has no label: a speech). (A turn is often a whole speech: sentence by sentence, tone is read per
    sentence rather than saturating over pages.)"""
    text = ctx.text
    after_note = c_start  # (where the last editor's note in brackets closed)
    for s_start, s_end in para.sents:
        lo, hi = trim(text, max(s_start, c_start, after_note), min(s_end, c_end))
        note_end = _closing_bracket(text, lo, c_end) if lo < hi and text[lo] in "([" else None
        if note_end is not None:  # the editor's words, not the speaker's: "(Tatyana Golikova went on to review ...)"
            after_note = note_end
            lo, hi = trim(text, note_end, hi) if note_end < hi else (hi, hi)
        if lo < hi and re.search(r"\w", text[lo:hi]) and not _STAGE_DIRECTION.fullmatch(text, lo, hi) \
                and not _introduces(text[lo:hi], speaker):
            st = add_statement(ctx, kind, lo, hi, label, cue, speaker=speaker)
            ctx.found.turn_sentences.add(id(st))  # never joined with its neighbours as an interrupted quote
            para.statements.append(st)
    para.used_quotes.update(qi for qi, (o, c) in enumerate(para.quotes) if c_start <= o < c_end)
    # A questioner's words are the question, whatever they report. In a speaker's turn, the later steps read
    # the reports too; only those of a person named in full stay (pipeline._reports_in_turns).
    if kind == "question":
        para.used_cues.update(m.start() for m in para.cues if c_start <= m.start() < c_end)
