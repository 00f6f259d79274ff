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

from .vocabulary import (AMBIGUOUS, GARBLED_WORD, NOT_LABELS, OPENERS, ORGANISATION_HEADS, PERSON_ROLES, ROLE_WORDS,
                         TITLE_WORDS)
from .document import Context, Paragraph, in_lower_case, line_start, mostly_capitalised, trim
from .speakers import add_statement, stands_alone


# (up to ten words: "Head of the Federal Customs Service Vladimir Bulavin:")
# (the particles of a name are lower case: "Ursula von der Leyen:", "Mark van der Berg:")
_NAME_PARTICLES = "von|van|der|den|de|del|della|da|di|du|le|la|bin|ibn|al|el"


_LABEL_WORD = rf"(?:[A-Z][\w.'’-]*|of|the|and|{_NAME_PARTICLES})"


_PARTICLES = set(_NAME_PARTICLES.split("|"))


_LABEL = re.compile(rf"[\"“]?({_LABEL_WORD}(?:[ \t]+{_LABEL_WORD}){{0,9}})[ \t]*:[ \t]+(?=\S)")


_GARBLED_LABEL = re.compile(
    rf"[\"“]?((?:{GARBLED_WORD}[ \t]+){{0,14}}(?P<first>[A-Z][\w’'-]+)[ \t]+(?P<last>[A-Z][\w’'-]+)[ \t]+(?P=last)[ \t]+"
    rf"(?P=first)(?:[A-Z][\w.'’()-]*)?(?:[ \t]+{GARBLED_WORD}){{0,20}})[ \t]*:[ \t]+(?=\S)")


_GLUED = re.compile(r"[a-z][A-Z]")


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
    letters = re.sub(r"[^A-Za-z]", "", label)
    shouting = len(letters) >= 2 and letters.isupper()
    known = ctx.actors.resolve(label, ctx.date, ctx.outlet) is not None
    named = sum(1 for w in words if w[0].isupper()) >= 2 and not set(w.lower() for w in words) & NOT_LABELS
    quoted = ctx.text[m.end() : m.end() + 1] in OPENERS + AMBIGUOUS + "‘'"
    if not (shouting or known or named or (quoted and label[0].isupper() and label.lower() not in NOT_LABELS)):
        return None
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
_REPEATED_LABEL = re.compile(r"([A-Z](?:(?<=\A[A-Z])|(?<=\n[A-Z])|(?<=[.!?…”\"]\s[A-Z]))[\w.'’-]*"
                             rf"(?:[ \t]+{_LABEL_WORD}){{1,9}}):[ \t]")


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
    opens a turn at least twice, or the article opens with the label of a person the registry knows
    and a speech (a release that gives one turn each to Putin and his guest)."""
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
    for m in _REPEATED_LABEL.finditer(ctx.text):
        if m.group(1) in seen:
            return True
        seen.add(m.group(1))
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
    for candidate in (label, label.title()):
        actor = ctx.actors.resolve(candidate, ctx.date, ctx.outlet)
        if actor:
            return actor.name
    return label.title() if label.isupper() else _name_in_label(ctx.text, label)


def _name_in_label(text: str, label: str) -> str:
    """The person's name at the end of a label that gives their role first: "Speaker of the
    Federation Council Valentina Matviyenko" is Valentina Matviyenko. It is the end of the label
    that later turns give on its own ("Valentina Matviyenko:"); else it starts after the last word
    in lower case or title, and a word before it that the article also uses on its own, a place or
    a body ("Kazakhstan", "Council"), is the role's."""
    words = label.split()
    for size in range(len(words) - 1, 1, -1):  # the name the later turns give: "Vladimir Bulavin:"
        name = " ".join(words[-size:])
        if f"\n{name}:" in text or f". {name}:" in text or text.startswith(f"{name}:"):
            return name
    start = max((k + 1 for k, word in enumerate(words[:-1]) if (word.islower() and word not in _PARTICLES) or word in TITLE_WORDS
                 or word in ROLE_WORDS or (k < len(words) - 2 and word.capitalize() in PERSON_ROLES)), default=0)
    # (a role word of one person's counts before the last two words: "Russian Direct Investment Fund CEO
    # Kirill Dmitriev", "Presidential Aide Maxim Oreshkin")
    if start == 0:
        return label
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


_AFTER_STOP = re.compile(r"[.!?…]\s+([A-Z])")


_LETTER_WORD = re.compile(r"[^\W\d_]\w*")


# --- steps over a paragraph (run in order by analysis.attribution.pipeline) ---------------------


def transcript_turns(ctx: Context, para: Paragraph) -> None:
    """Transcript turns: "Vladimir Putin: ...", "WALLACE: ..." at a sentence start run to the next turn or the end of the paragraph. Quotation marks inside a turn are part of what was said."""
    text = ctx.text
    turns = []
    label_at = [s for s, _ in para.sents] if text.find(":", para.start, para.end) != -1 else []  # (every label ends in a colon)
    if label_at and is_transcript(ctx):  # (and in a transcript, after a stop the splitter passed over: "but software… Vladimir Putin:")
        label_at = sorted(set(label_at) | {m.start(1) for m in _AFTER_STOP.finditer(text, para.start, para.end)})
    if label_at:  # (and after a section heading the page runs on: "Plenary meeting President of Russia Vladimir Putin:")
        label_at = sorted(set(label_at) | set(labels_after_headings(ctx, para.start, para.end)))
    for sent_s in label_at:
        label = transcript_label(ctx, sent_s, para.end)
        if label is not None:
            turns.append(label)
    for index, (l_start, l_end, colon, content_start) in enumerate(turns):
        content_end = turns[index + 1][0] if index + 1 < len(turns) else para.end
        c_start, c_end = trim(text, content_start, content_end)
        while c_end > c_start and text[c_end - 1] in OPENERS + AMBIGUOUS + " \t":
            c_end -= 1
        if len(re.findall(r"\w+", text[c_start:c_end])) < 2 or not _LETTER_WORD.search(text, c_start, c_end):
            continue  # (and a count is no turn: "Clinton: 2,316.")
        speaker = label_speaker(ctx, l_start, l_end)
        # A turn is often a whole speech: each of its sentences is a statement of its own, so that
        # tone is read sentence by sentence rather than saturating over pages.
        for s_start, s_end in para.sents:
            lo, hi = trim(text, max(s_start, c_start), min(s_end, c_end))
            if lo < hi and re.search(r"\w", text[lo:hi]):
                st = add_statement(ctx, "direct", lo, hi, (l_start, l_end), (colon, colon + 1), speaker=speaker)
                ctx.found.turn_sentences.add(id(st))  # never joined with its neighbours as an interrupted quote
                para.statements.append(st)
        para.used_quotes.update(qi for qi, (o, c) in enumerate(para.quotes) if c_start <= o < c_end)
        # What the speaker says in a turn is quoted speech: "We will discuss the economy" is no report.
        para.used_cues.update(m.start() for m in para.cues if c_start <= m.start() < c_end)
