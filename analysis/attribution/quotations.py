"""A quotation paired with its speaker and cue.

Decides: the attribution after a quotation (“...,” Trump wrote / “...” ― Pamela Padilla) or before
it (Trump replied, “I do.” / Putin said: “...”), the second half of an interrupted quotation, a
sentence of quotation after a said-sentence, a paragraph that a cue ending in a colon introduces or
that carries on a quotation, and a quotation whose speaker is a passive's agent ("described by Putin
as “frank”"). Leaves to others: the quotation marks (``quotes``), who the mention is (``speakers``),
quotations inside reported speech (``reported``: partial quotes).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .vocabulary import FIRST_PERSON, NOT_LABELS, OPENING_REPORTS, PRONOUNS, TELL_FORMS
from .document import Context, Paragraph, clause_end_at, cue_kind, is_cap, is_title, last_char
from .quotes import mark_start, quote_text_span
from .subjects import speaker_before
from .mentions import attribution_after, cue_speaker, is_addressee_or_adverbs, speaker_after
from .speakers import add_statement
from .reported import set_off_report


def introduction(ctx: Context, cue_m: re.Match, colon: int, sentence_of, statements, inside):
    """(speaker span, cue span) when the paragraph ends in the cue's clause and a colon: "Trump
    said in a statement:", "He continued:", "The Post reports:"; else None."""
    text = ctx.text
    between = text[cue_m.end() : colon]
    if inside.find(cue_m.start()) is not None or not (not between.strip() or is_addressee_or_adverbs(between)):
        return None
    sent_s, _ = sentence_of(cue_m.start())
    speaker = cue_speaker(ctx, cue_m, sent_s, statements)
    return (speaker, (cue_m.start(), cue_m.end())) if speaker is not None else None


_SPACES = re.compile(r"[ \t]+")


_DASH_CREDIT = re.compile(r"[^\S\n]*([―—–]|--)[^\S\n]*(?=[A-Z])")


_SAID_OPENING = re.compile(rf"({'|'.join(OPENING_REPORTS)})\s+(?=[A-Z]|(?:the|an?)\s)")


_WORK_BEFORE = re.compile(r"\b(?:memoir|book|autobiography|column|essay|novel|op-ed|album|film|documentary|play|song|"
                          r"podcast|show|series)\s*$")  # a work whose title follows: "in her memoir, “Tough Choices.”"


_INTRODUCES_NEXT = re.compile(r"(?:[ \t]+[a-z]+){0,2}?[ \t]*(?::|,[ \t]*[“\"‘])")  # (after the cue: "writes back, “")


_PASSIVE_AGENT = re.compile(r"\b(\w+ed)\s+by\s+")


def _reported_before(para: Paragraph, o: int) -> bool:
    """Whether a reporting cue stands before the quotation opening at ``o`` in its sentence ("insisted that his
    party was “...”"), so that the quotation is part of that report."""
    s_start, _ = para.sentence_of(o)
    return bisect_right(para.cue_starts, o - 1) > bisect_right(para.cue_starts, s_start - 1)


def quotations_then_attribution(ctx: Context, para: Paragraph) -> None:
    """Direct quotes followed by their attribution: “...,” Trump wrote. / “...,” said Trump."""
    text = ctx.text
    for qi, (o, c) in enumerate(para.quotes):
        inner = text[o + 1 : c].rstrip()
        if not inner:
            continue
        # (a quotation that opens its sentence may lack its comma: "... a false narrative" said Nick Merrill)
        unpunctuated = inner[-1] not in ",.!?—–-…:;’'"
        if unpunctuated and (len(inner.split()) < 4 or is_title(text, *quote_text_span(text, o, c))):
            continue
        after = c + 1
        m = _SPACES.match(text, after, para.end)
        pos = m.end() if m else after
        dash = _DASH_CREDIT.match(text, pos, para.end)
        if dash and _reported_before(para, o):
            continue  # a quotation inside a sentence that reports it is the report's, and a name after a dash
            # that ends it a byline: "Rajoy ... insisted that his party was “still the No. 1 force.”--Kim Hjelmgaard."
        if dash:  # “...” ― Pamela Padilla
            speaker_span = speaker_after(ctx, dash.end(), para.end)
            if speaker_span is not None:
                s, e = quote_text_span(text, o, c)
                st = add_statement(ctx, "direct", s, e, speaker_span, (dash.start(1), dash.end(1)))
                para.statements.append(st)
                para.used_quotes.add(qi)
            continue
        if inner[-1] in ".!?" and _introduced(ctx, para, o):
            continue  # its attribution comes before it: Putin said: “...” Zelenskyy said the talks failed.
        following = bisect_right(para.cue_starts, pos - 1)
        hit = attribution_after(ctx, pos, para.end, para.cues[following : following + 2])
        if hit is None:
            continue
        speaker_span, cue_m = hit
        if inner[-1] in ".!?" and _INTRODUCES_NEXT.match(text, cue_m.end(), para.end):
            continue  # after a full stop, an attribution with a colon, or a comma and a quotation mark, introduces the next
            # quotation: “... home.” And I replied: “...”; “Why now?” Mills then writes back, “You look cute.”
        if unpunctuated and (cue_kind(ctx, cue_m) not in ("speech", "writing") or "," in text[pos:cue_m.start()]
                             or len(text[pos:cue_m.start()].split()) > 4
                             or text[speaker_span[0]:speaker_span[1]].lower() in FIRST_PERSON):
            continue  # (without its comma, only “...” said X / “...” X said: not “... the words" I want)
        s, e = quote_text_span(text, o, c)
        # A direct quote opens its clause: at the start of a sentence, or after a colon/comma.
        before = last_char(text, para.start, mark_start(text, o))
        if before in ("'", "’"):  # after a quotation that closed a sentence: ''60 Minutes.'' ''I ...
            lead = mark_start(text, o)
            while lead > para.start and text[lead - 1] in " \t'’":
                lead -= 1
            before = last_char(text, para.start, lead)
        if before and before not in ".!?:;,—–-(”\"" or (unpunctuated and before not in ".!?"):
            continue
        if before == "," and is_title(text, s, e) and text[s:e + 1].rstrip().endswith(","):
            continue  # a title set off after its noun: "One ad, “Balanced Rebellion,” stars ..."
        st = add_statement(ctx, "direct", s, e, speaker_span, (cue_m.start(), cue_m.end()))
        para.statements.append(st)
        para.used_quotes.add(qi)
        para.used_cues.add(cue_m.start())


def _before_quotation(ctx: Context, para: Paragraph, o: int) -> tuple[int, int, re.Match | None] | None:
    """What introduces the quotation opening at ``o``: the comma or colon right before its mark (None
    when there is neither), the start of its sentence, and the last cue of that sentence before the comma
    or colon (None when there is none)."""
    text = ctx.text
    lead = mark_start(text, o)
    while lead > para.start and text[lead - 1] in " \t":
        lead -= 1
    if lead == para.start or text[lead - 1] not in ",:":
        return None
    lead -= 1
    sent_s, _ = para.sentence_of(o)
    preceding = bisect_right(para.cue_starts, lead) - 1
    while preceding >= 0 and para.cues[preceding].end() > lead:
        preceding -= 1
    cue_m = para.cues[preceding] if preceding >= 0 and para.cues[preceding].start() >= sent_s else None
    return lead, sent_s, cue_m


def _introduced(ctx: Context, para: Paragraph, o: int) -> bool:
    """Whether the quotation opening at ``o`` follows a cue of its sentence with a speaker and a colon:
    "Putin said: “...”", "Trump told reporters: “...”". A quotation so introduced that ends its sentence
    has that attribution, whatever sentence follows it."""
    before = _before_quotation(ctx, para, o)
    if before is None or before[2] is None or ctx.text[before[0]] != ":":
        return False
    lead, sent_s, cue_m = before
    between = ctx.text[cue_m.end() : lead]
    return (not between.strip() or is_addressee_or_adverbs(between, cue_m.group() in TELL_FORMS)) and \
        cue_speaker(ctx, cue_m, sent_s, para.statements) is not None


def attribution_then_quotations(ctx: Context, para: Paragraph) -> None:
    """Direct quotes after their attribution: Trump replied, “I do.” / adding, “If ...”"""
    text = ctx.text
    for qi, (o, c) in enumerate(para.quotes):
        if qi in para.used_quotes:
            continue
        before = _before_quotation(ctx, para, o)
        if before is None:
            continue
        lead, sent_s, cue_m = before
        if cue_m is None:
            opening = _SAID_OPENING.match(text, sent_s, lead) if text[lead] == "," else None
            if opening:  # the verb before its speaker, opening the sentence: Said Comey, “The thought ...”
                speaker_span = speaker_after(ctx, opening.end(), lead)
                s, e = quote_text_span(text, o, c)
                if speaker_span is not None and s < e:
                    para.statements.append(add_statement(ctx, "direct", s, e, speaker_span, (opening.start(), opening.end(1))))
                    para.used_quotes.add(qi)
                continue
            # A quotation after a speaker and a colon: "... doesn't surprise pollster Daron Shaw: “...”"
            if text[lead] == ":" and sent_s < lead:
                speaker_span = speaker_before(ctx, sent_s, lead)
                mention = text[speaker_span[0]:speaker_span[1]] if speaker_span else ""
                if mention and (is_cap(mention) or mention.lower() in PRONOUNS) and mention.lower() not in {"it", "who"} | NOT_LABELS:
                    s, e = quote_text_span(text, o, c)
                    if s < e:
                        para.statements.append(add_statement(ctx, "direct", s, e, speaker_span, (lead, lead + 1)))
                        para.used_quotes.add(qi)
            continue
        between = text[cue_m.end() : lead]
        if text[lead] == "," and is_title(text, *quote_text_span(text, o, c)) and text[o:c].rstrip().endswith(",") and (
                between.strip() or cue_kind(ctx, cue_m) not in ("speech", "writing")):
            continue  # a title set off after its noun: "Trump's show, “The Apprentice,” who ..." (not "said, “Thank You,”")
        if not is_addressee_or_adverbs(between, cue_m.group() in TELL_FORMS) or (
                _WORK_BEFORE.search(between) and len(text[o:c].split()) <= 8):
            continue  # (after "in her memoir," a short quotation is its title: "Tough Choices.")
        speaker_span = cue_speaker(ctx, cue_m, sent_s, para.statements)
        if speaker_span is None or set_off_report(ctx, sent_s, speaker_span, cue_m.end(), para.sentence_of(o)[1], para.inside):
            continue  # (an attribution set off para.inside a sentence the quotation completes is read in step 3)
        s, e = quote_text_span(text, o, c)
        st = add_statement(ctx, "direct", s, e, speaker_span, (cue_m.start(), cue_m.end()))
        para.statements.append(st)
        para.used_quotes.add(qi)
        para.used_cues.add(cue_m.start())


def passive_agents(ctx: Context, para: Paragraph) -> None:
    """Quotes attributed by a passive agent: was described by Putin as “frank”."""
    text = ctx.text
    for m in (_PASSIVE_AGENT.finditer(para.words) if para.quotes and " by " in para.words else ()):
        verb = m.group(1)
        if verb not in ctx.cues.forms and verb not in {"described", "called", "labelled", "labeled", "termed", "characterized", "characterised", "quoted"}:
            continue
        agent = speaker_after(ctx, para.start + m.end(), para.end)
        if agent is None:
            continue
        clause_end = clause_end_at(text, agent[1], para.sentence_of(agent[0])[1], para.inside)
        for qi in range(bisect_right(para.quote_opens, agent[1] - 1), bisect_right(para.quote_opens, clause_end - 1)):
            if qi in para.used_quotes:
                continue
            s, e = quote_text_span(text, *para.quotes[qi])
            if s < e:
                add_statement(ctx, "partial", s, e, agent, (para.start + m.start(1), para.start + m.end(1)))
                para.used_quotes.add(qi)


def interrupted_second_halves(ctx: Context, para: Paragraph) -> None:
    """The second half of an interrupted quotation, after its attribution and a comma: “These guys know how to use words,” said Sherman, speaking of politicians, “and leave themselves a little wiggle room.”"""
    text = ctx.text
    for qi, (o, c) in enumerate(para.quotes):
        if qi in para.used_quotes or not (last_char(text, para.start, mark_start(text, o)) == "," or re.search(
                r",\s+(?:but|and)\s+$", text[max(para.start, o - 8) : mark_start(text, o)])):
            continue  # (“You know, I love Larry,” he said, but “when it comes to energy issues, ...”)
        first = re.match(r"\s*(\w)", text[o + 1 : c])
        if not first:
            continue
        sent_s, _ = para.sentence_of(o)
        last = next((st for st in reversed(para.statements)
                     if st.kind == "direct" and sent_s <= st.start and st.end <= o and st.speaker_start is not None), None)
        if last is not None and last.speaker_start < o:
            s, e = quote_text_span(text, o, c)
            if s < e:
                st = add_statement(ctx, "direct", s, e, (last.speaker_start, last.speaker_end), (last.cue_start, last.cue_end),
                          speaker=last.speaker)
                para.statements.append(st)
                para.used_quotes.add(qi)


def quotation_sentences(ctx: Context, para: Paragraph) -> None:
    """A quotation standing as its own sentence after a direct quote in the same paragraph carries on that speaker: “We will not back down,” said X. “Never.”"""
    text = ctx.text
    for qi, (o, c) in enumerate(para.quotes):
        if qi in para.used_quotes:
            continue
        before = last_char(text, para.start, mark_start(text, o))
        last = next((st for st in reversed(para.statements)
                     if st.end <= o and st.speaker_start is not None and st.speaker_end <= o and (
                         st.kind == "direct" or (st.kind == "indirect" and st.cue_start is not None
                                                 and st.cue_start > st.end and st.cue in ("said", "says")))), None)
        if before in (".", "!", "?") and last is not None:
            s, e = quote_text_span(text, o, c)
            if s < e:
                add_statement(ctx, "direct", s, e, (last.speaker_start, last.speaker_end), (last.cue_start, last.cue_end),
                     speaker=last.speaker)
                para.used_quotes.add(qi)


def introduced_paragraph(ctx: Context, para: Paragraph) -> None:
    """A paragraph of quotation after a paragraph that ends introducing it ("Trump said in a statement:" /
    "“We will win ...”"); and whether this paragraph ends introducing the next."""
    text = ctx.text
    introduced, ctx.found.introduced = ctx.found.introduced, None
    if introduced is not None and para.quotes and 0 not in para.used_quotes and not text[para.start:para.quotes[0][0]].strip():
        for qi in range(len(para.quotes)):
            if qi not in para.used_quotes and (qi == 0 or not text[para.quotes[qi - 1][1] + 1 : para.quotes[qi][0]].strip(" \t")
                                          or last_char(text, para.start, mark_start(text, para.quotes[qi][0])) in ".!?"):
                s, e = quote_text_span(text, *para.quotes[qi])
                if s < e:
                    st = add_statement(ctx, "direct", s, e, introduced[0], introduced[1])
                    para.statements.append(st)
                    para.used_quotes.add(qi)
    colon = para.start + len(para.words.rstrip()) - 1  # (the colon is the paragraph's last character but spaces)
    quoted = _QUOTES_WHOM.search(text, max(para.start, colon - 200), colon + 1) if text[colon] == ":" else None
    if quoted is not None and para.inside.find(quoted.start()) is None:
        # whom a writer quotes or cites is whose words follow: "Frank quotes former Carter adviser Alfred Kahn:"
        ctx.found.introduced = ((quoted.start("who"), quoted.end("who")), (quoted.start("cue"), quoted.end("cue")))
    elif text[colon] == ":" and para.cues:
        ctx.found.introduced = introduction(ctx, para.cues[-1], colon, para.sentence_of, para.statements, para.inside)


_QUOTES_WHOM = re.compile(r"\b(?P<cue>quotes|quoted|quoting|cites|cited|citing)\s+(?P<who>(?:[\w-]+\s+){0,4}?"
                          r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:$")
# (whom a writer quotes: a name after a few words of description, right before the colon)


def continued_quotations(ctx: Context, para: Paragraph) -> None:
    """A paragraph that reopens a quotation left open at the end of the previous one carries on that
    quotation; a paragraph of quotations with no attribution of its own carries on the last speaker of the
    paragraph before it, and a paragraph that is one quotation the last speaker before it."""
    text = ctx.text
    carried = ctx.found.continuing
    ctx.found.continuing = None
    if carried is not None and para.quotes and 0 not in para.used_quotes and not text[para.start:para.quotes[0][0]].strip():
        s, e = quote_text_span(text, *para.quotes[0])
        if s < e:
            cue_span = (carried.cue_start, carried.cue_end) if carried.cue_start is not None else None
            add_statement(ctx, "direct", s, e, (carried.speaker_start, carried.speaker_end), cue_span, speaker=carried.speaker)
            para.used_quotes.add(0)
    if para.quotes and para.quotes[-1][1] == para.end and (len(para.quotes) - 1) in para.used_quotes:
        opened = quote_text_span(text, *para.quotes[-1])[0]
        ctx.found.continuing = next((st for st in reversed(ctx.found.statements) if st.start == opened and st.kind == "direct"), None)
    # A paragraph of quotations with no attribution of its own carries on the last speaker of the
    # paragraph right before it.
    unattributed = [qi for qi in range(len(para.quotes)) if qi not in para.used_quotes]
    if (para.quotes and len(unattributed) == len(para.quotes) and not para.cues and not text[para.start:para.quotes[0][0]].strip()
            and ctx.found.statements and ctx.found.statements[-1].speaker_start is not None and ctx.found.previous_start is not None
            and ctx.found.statements[-1].start >= ctx.found.previous_start):
        last = ctx.found.statements[-1]
        cue_span = (last.cue_start, last.cue_end) if last.cue_start is not None else None
        for qi in unattributed:
            s, e = quote_text_span(text, *para.quotes[qi])
            if s < e:
                add_statement(ctx, "direct", s, e, (last.speaker_start, last.speaker_end), cue_span, speaker=last.speaker)
                para.used_quotes.add(qi)
    if len(para.quotes) == 1 and 0 not in para.used_quotes:
        o, c = para.quotes[0]
        if not text[para.start:o].strip() and not text[c + 1 : para.end].strip() and ctx.found.statements:
            last = next((st for st in reversed(ctx.found.statements) if st.end <= para.start and st.speaker_start is not None), None)
            if last is not None:
                s, e = quote_text_span(text, o, c)
                cue_span = (last.cue_start, last.cue_end) if last.cue_start is not None else None
                add_statement(ctx, "direct", s, e, (last.speaker_start, last.speaker_end), cue_span, speaker=last.speaker)
