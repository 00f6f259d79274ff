"""Where the speaker is named around a cue or a quotation.

Decides: the speaker mention of a cue (:func:`cue_speaker`: the subject of its clause, carried on
over a participle or a second verb, or the name after an inverted verb), the speaker named after a
verb or a quotation (:func:`speaker_after`, :func:`attribution_after`: "said Trump", "“...,” the
Kremlin spokesman said"), and what stands between a cue and what was said (addressees, adverbs).
Leaves to others: the subject walk back from a verb (``subjects``), which person a mention is
(``speakers``), and what the content is (``reported``).
"""

from __future__ import annotations

import re

from .vocabulary import (ADDRESSEES, ASKED_OPENERS, AUXILIARIES, BE_FORMS, CATENATIVE_BEFORE, CLAUSE_WORDS,
                         DETERMINERS, NEGATED_BE, NOUN_LIKE_CUES, PAST_FORMS, PERSONAL_OBJECTS, PLACE_TIME_ADVERBS,
                         PREPOSITIONS, PRONOUNS, ROLE_HEADS, SENTENCE_OPENERS, SPEAKER_NOUNS, SUBORDINATORS, TIME_SPAN,
                         VERB_MARKERS, WEEKDAYS, WRITER_CLAUSE_OPENERS, is_person_noun)
from .document import (DATELINE, Context, Statement, cue_kind, in_lower_case, is_abbreviation, is_adverb, is_cap, is_name_link, is_word,
                       plural_form, skip_space, word_tokens)
from .subjects import _CATENATIVES, _is_people, _is_verb_form, speaker_before


_ADDRESSEE_OR_ADVERB = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(ADDRESSEES | AUXILIARIES, key=len, reverse=True)) + r")\b"
)


_BEFORE_PARTICIPLE = PREPOSITIONS | CLAUSE_WORDS | AUXILIARIES | VERB_MARKERS | BE_FORMS | {
    "by", "for", "of", "about", "without", "not", "also", "then", "even", "just", "still", "being", "keeps", "kept",
    "began", "begins", "started", "starts", "continued", "continues", "stopped", "avoided", "spent", "spends"}


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
        if tok == "/" and toks[k - 1][2].isdigit() and k + 1 < len(toks) and toks[k + 1][2].isdigit() \
                and toks[k - 1][1] == toks[k][0] and toks[k][1] == toks[k + 1][0]:
            continue  # (a date as one word: "said 9/11 widow Terry Strada")
        if not is_word(tok) and tok not in {"’", "'"}:
            break
        low = tok.lower()
        if low in CLAUSE_WORDS:
            headed = k + 1 < len(toks) and low in ("of", "to") and toks[k - 1][2].lower() in ROLE_HEADS and (
                is_cap(toks[k + 1][2]) or (toks[k + 1][2] == "the" and k + 2 < len(toks) and is_cap(toks[k + 2][2])))
            if not (headed or (low == "of" and k + 1 < len(toks) and is_cap(toks[k + 1][2])) or (
                    k + 1 < len(toks) and is_name_link(toks[k - 1][2], low, toks[k + 1][2]))):
                break  # (a body's name goes on over "for" or "to": "the Center for Responsive Politics")
            role_chain = role_chain or headed  # (a role goes on with what it heads or serves: "said the Adviser to the
            # Head of the President's Office")
        if ctx.cue_re.fullmatch(tok):
            break
        if tok in AUXILIARIES or tok in PLACE_TIME_ADVERBS:
            break  # the mention ends before a verb or an adverb: "said Trump later", "..., said Obama is wrong"
        end = toks[k][1]
    return toks[0][0], end


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
        if gap.split()[:1] and gap.split()[0].strip(",").lower() in WRITER_CLAUSE_OPENERS:
            # A clause of the writer's own comes first; the attribution, if any, follows it after a comma:
            # “...,” since so many cases were decided by 5-to-4 votes, said Lee Epstein.
            if not gap.rstrip().endswith(",") or cue_kind(ctx, cue_m) not in ("speech", "writing"):
                continue
            speaker = speaker_after(ctx, skip_space(ctx.text, cue_m.end(), limit), limit)
            return (speaker, cue_m) if speaker else None
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
        elif subject is not None and not _could_speak(ctx.text[subject[0]:subject[1]]) and is_purpose(ctx.text, sent_s, cue_m.start()):
            opening = opening_subject(ctx, sent_s, cue_m.start())  # "McConnell agreed to a phone call on Wednesday
            subject = opening if opening and _could_speak(ctx.text[opening[0]:opening[1]]) else subject  # to tell ..."
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


_ONLY_TO = re.compile(r"(?:,|\bbut)\s+only\s+to\s+$")


def _could_speak(mention: str) -> bool:
    """Whether a noun phrase before "to" and a verb of saying may be who says it: a name, a pronoun, people
    or a body named in capitals ("urged the senators to say", "asked Garland to tell"; not "a phone call")."""
    last = mention.split()[-1] if mention.split() else ""
    return is_cap(last) or last.lower() in PRONOUNS or last.lower() in PERSONAL_OBJECTS or is_person_noun(last.lower())


def is_purpose(text: str, sent_s: int, cue_s: int) -> bool:
    """Whether the cue is a speech verb in an infinitive of purpose, said by the clause's subject
    ("took to Twitter to announce"; but "met on Monday to discuss the plan" reports nothing)."""
    if text[cue_s:cue_s + 16].split(" ")[0] not in _PURPOSE_VERBS:
        return False
    purpose = _PURPOSE_TO.search(text, max(sent_s, cue_s - 40), cue_s)
    if purpose and _ONLY_TO.search(text, max(sent_s, cue_s - 40), cue_s):
        return True  # "agreed to a call, but only to tell Garland ..." (not "the only one to say")
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


def opening_subject(ctx: Context, sent_s: int, hi: int) -> tuple[int, int] | None:
    """The subject that opens the sentence, past quote marks and an opening phrase: "But on
    Tuesday, he stood with GOP leaders and urged ..." """
    opening = skip_space(ctx.text, sent_s, hi)
    dateline = DATELINE.match(ctx.text, opening, hi)
    opening = dateline.end() if dateline else opening  # "PARIS — France's far-right leader ..."
    while opening < hi and ctx.text[opening] in "“\"'‘(":
        opening += 1
    intro = _SENTENCE_INTRO.match(ctx.text, opening, hi)
    opening = intro.end() if intro else opening
    return sentence_subject(ctx, opening, hi)


_NAME_APPOSITION = re.compile(r"(?:[A-Z][\w.-]*[’']s|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|An?|One|Another)\s+[^,;:“”\"]{1,60}?(?<![A-Z]\w)[a-z]+,\s+"
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
    if named:  # "France’s far-right party leader, Marine Le Pen, voiced ...", "One local woman, Karen Robison,
        # pulled ...": the name set off after the role
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
