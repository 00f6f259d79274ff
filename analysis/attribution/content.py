"""Where the content of a report ends (the stage of reported speech, with ``reported``).

Decides: the end of a noun phrase that is a stance's object ("backed Barack Obama, ..."), of a
clause that is a report's content (up to a new clause with a speaker of its own, a series' next verb,
a time or reason clause), and of a coordination ("X and Y said"). Leaves to others: whether a cue
reports at all and where its content starts (``reported``), who speaks (``mentions``, ``speakers``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .vocabulary import (ADDRESSEES, AMBIGUOUS, AUXILIARIES, BE_FORMS, CLAUSE_WORDS, CLOSERS, DATE_NAMES, DAY_NAMES, DETERMINERS,
                         FRACTION, MONTH_NAMES, NAMING_STEMS, OBJECT_PREPOSITIONS, PAST_FORMS, PERSONAL_OBJECTS, PLACE_TIME_ADVERBS, PREPOSITIONS,
                         QUANTIFIERS, OBJECT_CUES, SMALL_NUMBERS, SPEAKER_NOUNS, SUBORDINATORS, TELL_FORMS, VERB_MARKERS, WORD,
                         COMPLEMENT_NOUNS, is_given_name, names_its_object)
from ..normalise import key
from .document import Context, has_words, is_adverb, last_char, plural_form
from .mentions import is_participle_cue


TIME_PHRASE = (rf"(?:(?:on|early|late|last|this|next)\s+)?(?:{DAY_NAMES}|yesterday|today|"
               r"tonight|(?:last|this|next)\s+(?:week|month|year|weekend))(?:\s+(?:night|morning|afternoon|evening))?")
# (when a cue's words were said: "said Friday afternoon", "told reporters last week")
_TIME_AFTER_CUE = TIME_PHRASE + r"\s+"


_ABOUT = re.compile(r"(?:about|on)\s")  # what a speaker told about: "told the President about the project"


_ADDRESSEE = re.compile(r"(?:" + "|".join(re.escape(p) for p in sorted(ADDRESSEES, key=len, reverse=True)) + r")\b[\s,:]*")


_COMPOUND_WORD = re.compile(r"\b\w+(?:-\w+)*\b")  # a word, hyphenated words as one


_NP_END = re.compile(r"[,;:()―—–]|\s(?:and|but|or|while|because|as|when|after|before|since|if|that|which|who)\s")


def noun_phrase_end(text: str, start: int, limit: int, inside) -> int:
    """Where the object of a stance noun ends: at punctuation, a conjunction, or the main verb
    ("attacks on a federal judge overseeing the case have set off ..." ends before "have")."""
    end = limit
    for m in _NP_END.finditer(text, start, limit):
        if inside.find(m.start()) is None:
            end = m.start()
            break
    previous = ""
    for m in _COMPOUND_WORD.finditer(text, start, end):
        word = m.group().lower()
        if word in AUXILIARIES or word in BE_FORMS or word in VERB_MARKERS or word in PAST_FORMS or (
                m.start() > start and word.endswith("ed") and len(word) > 4 and previous not in DETERMINERS
                and ("-" not in word or word.startswith(("re-", "co-")))):
            # (but after a determiner "-ed" is an adjective: "a united Jerusalem", and so is a
            # compound: "the so-called loophole", "Trump's long-promised wall"; not "re-elected")
            return m.start()
        previous = word
    return end


_SPACE_OR_BREAK = re.compile(r"[\s,:]+")


_PLACE_THEN_THAT = re.compile(
    r"(?:(?:earlier|later)\s+)?(?:at|in|on|during|after|before|while|via|through|outside|from)\s+(?:[“\"‘]?[\w’'.-]+[,”\"’]*\s+){0,14}?that\s+"
)  # (a title on the way: "wrote in her book, “Hard Choices,” that ...")


# ... or before a subject pronoun and its verb: "said after the convention he would not accept", "told
# reporters in the Oval Office he would run", "said in 2012 he had no plans"
_PLACE_THEN_SUBJECT = re.compile(
    r"(?:(?:earlier|later)\s+)?(?:at|in|on|during|after|before|outside|from|since)\s+(?!\w+ing\s)(?:(?!about\s|of\s)[\w’'.-]+\s+){1,7}?"
    r"(?=(?:he|she|they|we|I|it)\s+(?:would|will|was|were|is|are|had|could|should|can|may|might|did|must)\b)")
# (a noun phrase after the preposition, not a clause or a participle: "said before he could ...", "wrote after
# being dissatisfied with the answers he was getting" are no place; nor what a phrase is about, "told in detail
# about the plans we have")


_LEADING_MEDIUM = re.compile(
    r"(?:in|during)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:interview|statement|tweet|email|speech|post|appearance|op-ed|letter|"
    r"release|conference call|news conference)(?:\s+(?:with|on|to)\s+[\w.’'-]+(?:\s+[A-Z][\w.’'-]*){0,3})?\s+(?=[\w“\"‘'])")


_LEADING_TIME = re.compile(_TIME_AFTER_CUE + r"(?=[\w“\"‘'])")


_WH_WORD = re.compile(r"(?:which|what|how|why|whether|who|whom|whose|when|where|if)\b")


_THAT_SUBJECT = re.compile(r"that\s+(?:was|is|would|will|has|had|could|should|can|may|might|does|did|wasn['’]t|isn['’]t|"
                           r"won['’]t|wouldn['’]t|doesn['’]t|didn['’]t|hasn['’]t|seems|seemed|means|meant)\b")


_NOT_AFTER_TIME = (CLAUSE_WORDS | PREPOSITIONS) - {"that"}


def _own_clause(lead: str) -> bool:
    """Whether the words up to a "that" after a cue are a clause of their own, by a verb no other word can
    be: a form of "be" or "have", a modal ("it was important that", "officials have video that"), or a
    plural subject's base form ("officials believe that"); not "in a statement that", "Monday that", nor a
    verb without its subject ("the point he emphasised was that")."""
    words = _content_words(lead)
    low = [w.lower() for w in words]
    return any(_finite_at(words, low, i) for i, word in enumerate(low) if i and word in _FINITE) or _plural_subject_verb(words, low)


_UP_TO_THAT = re.compile(r"(?:[\w‘’'.-]+\s+){0,6}?that\s+")


def _content_start(text: str, pos: int, limit: int, takes_addressee: bool = False, object_content: bool = False,
                   personal_object: bool = True) -> int:
    """Where reported content starts after a cue: after "that", after an addressee ("told reporters",
    "told The Huffington Post"), else right away. Without ``personal_object``, "her" after the cue
    opens the content."""
    window = text[pos:limit]
    if takes_addressee:
        named = re.match(r"(?:The\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*[\s,]*", window) or \
            _ADDRESSEE_BEFORE_ABOUT.match(window)  # ("informed his French counterpart about ...")
        if not named:
            named = _ADDRESSEE_BEFORE_SUBJECT.match(window)
            if named and any(w.lower() in _NOT_ADDRESSEE for w in named.group("words").split()):
                named = None
        if named:
            pos, window = pos + named.end(), window[named.end():]
    medium = _LEADING_MEDIUM.match(window)
    if medium:  # "said in a statement Thursday night they pulled the listing"
        pos, window = pos + medium.end(), window[medium.end():]
    when = _LEADING_TIME.match(window)
    following = re.match(r"\w+", window[when.end():]) if when else None
    if when and not (following and following.group().lower() in _NOT_AFTER_TIME):
        # "said Monday the deal was bad", but "said Friday as he entered the talks" says nothing
        pos, window = pos + when.end(), window[when.end():]
    m = _UP_TO_THAT.match(window)
    if m and (_THAT_SUBJECT.match(window) or _WH_WORD.match(window) or (
            not m.group().startswith("that") and _THAT_SUBJECT.match(window, m.group().rindex("that")))):
        m = None  # "that" is the subject, not a conjunction: "said that was bad", "know which nominee that helps",
        # "signed an agreement that would expand production"
    if m and not takes_addressee and not m.group().startswith("that") and _own_clause(m.group()):
        m = None  # the words before "that" are the content's own clause: "said it was important that we act",
        # "said officials have video that shows the explosion"
    if m and not re.search(r"[,;:“”\"]|\bto\s|\w(?:ed|(?<!dur)ing)\s", m.group()) and not (
            object_content and not m.group().startswith("that")):
        # (an object keeps its relative clause: "called for contestants to wear dresses that showed ...",
        # and a stance verb's always does: "attacked loopholes that benefit others")
        return pos + m.end()
    # A place or time between the cue and "that": "says at a campaign stop in Toledo, Ohio, that ..."
    m = _PLACE_THEN_THAT.match(window) or _PLACE_THEN_SUBJECT.match(window)
    if m:
        return pos + m.end()
    m = _ADDRESSEE.match(window)
    if m and not ((object_content or not personal_object) and m.group().split()[0] in PERSONAL_OBJECTS):
        # (but a stance verb's object is content: "calling him a “stiff”"; and a place may follow the
        # addressee: "told reporters in the Oval Office he would run")
        place = _PLACE_THEN_SUBJECT.match(window, m.end())
        return pos + (place.end() if place else m.end())
    m = _SPACE_OR_BREAK.match(window)
    return pos + m.end() if m else pos


# Whom a speaker told, in lower case, before the subject pronoun that opens what was told: "told police she
# was stressed", "told the annual meeting he looked forward to 1987", "told employees it was reducing ..."
_ADDRESSEE_BEFORE_SUBJECT = re.compile(r"(?P<words>(?:[a-z][\w’'-]*\s+){0,4}?[a-z][\w’'-]*)[\s,]+(?=(?:he|she|they|we|I|it|there)\s)")
_NOT_ADDRESSEE = CLAUSE_WORDS | PREPOSITIONS | AUXILIARIES | BE_FORMS | {"what", "how", "why", "when", "where", "who", "which", "whether", "if", "he", "she", "they", "we", "i", "it", "there", "you", "that", "not"}


_TIME_OR_MEDIUM_AFTER_ON = re.compile(rf"\s+(?:{DAY_NAMES}|{MONTH_NAMES}|the\s+(?:eve|sidelines|phone|campaign|trail|air|record)\b|"
                            r"(?:the\s+)?(?:Twitter|Facebook|television|TV|radio|Fox|CNN|MSNBC|NBC|CBS|ABC)\b|\d)")


# Whom a speaker told or informed, before what about: "his French counterpart about", "the Prime
# Minister of Canada in detail about"
_ADDRESSEE_BEFORE_ABOUT = re.compile(
    rf"(?:his|her|their|its|our|my)\s+(?:[\w’'-]+\s+){{0,3}}?(?:in\s+detail\s+)?(?=(?:about|on)\s|of\s(?!{DAY_NAMES}))|"
    r"the\s+(?:(?:[A-Z][\w’'-]*|of|the)\s+){1,8}?(?:in\s+detail\s+)?(?=(?:about|on)\s)")


_DEICTIC_TIME = re.compile(r"\s+(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|"
                           r"winter|season|time|cycle|term|session|decade|century)\b")


def _content_end(ctx: Context, start: int, limit: int, inside, topic: bool = False) -> int:
    """End of reported content: the sentence end, or the comma before a participle cue ("adding").

    Content that opens with a prepositional phrase running to the sentence end ("he told reporters
    in the Oval Office.") is no content: the report then sits before the cue. With ``topic``, "on"
    or "about" opens what was reported ("reported on the measures taken").
    """
    text = ctx.text
    first = WORD.match(text, start, limit)
    if topic and first and _ABOUT.match(text, first.start(), limit) and not _TIME_OR_MEDIUM_AFTER_ON.match(text, first.end(), limit):
        first = None
    # (a weekday's event, an infinitive or a clause after "that" is content: "condemned Friday's test",
    # "declined to comment", "says that in retrospect she would ..."; "this" or "last" opens a time
    # only before one: "said this week", but "said this was the only chance")
    phrase = first and first.group().lower() in PREPOSITIONS and not re.search(r"\bthat\s+$", text[max(0, start - 6):start]) \
        and (first.group().lower() not in {"this", "last"} or _DEICTIC_TIME.match(text, first.end(), limit)) \
        and not re.match(
        r"(?:at least|at most|in fact|in particular|in detail|in general|in turn|in principle)\b|\w+['’]s\b|to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|these|those|"
        r"him|them|me|us|reporters|voters|supporters)\b)[a-z]+\b", text[start:limit])
    # "he told reporters in the Oval Office." has no content; "before the attacks, requests
    # were made ..." has: a clause follows the phrase.
    if phrase and (len(re.findall(r"\w+", text[start:limit])) <= 8 or not re.search(r",|--|[―—–]", text[start:limit])):
        return start
    end = _cue_clause_end(ctx, start, limit, inside)
    if phrase and len(re.findall(r"\w+", text[start:end])) <= 8 and "," not in text[start:end]:
        return start  # "said in June 2012, citing ...": the phrase is no content either
    return end


def clause_content_end(ctx: Context, start: int, limit: int, inside) -> int:
    """End of reported content that runs from ``start``: at the end of its clause, before a clause of
    its own (:func:`_content_end`, then :func:`coordination_end`)."""
    return coordination_end(ctx, start, _content_end(ctx, start, limit, inside), inside, False)


def _cues_within(ctx: Context, start: int, limit: int):
    """The cue matches in ``ctx.text[start:limit]``: those the paragraph scan found there when the
    span lies in the paragraph being read, else a scan of their own."""
    p_start, p_end, matches, starts = ctx.found.paragraph_cues
    # (a span ending inside the paragraph must not end inside a word: a cue cut there would match)
    if p_start <= start <= limit and (limit == p_end or (limit < p_end and not ctx.text[limit].isalnum())):
        first = bisect_left(starts, start)
        return [m for m in matches[first : bisect_left(starts, limit)] if m.end() <= limit]
    return ctx.cue_re.finditer(ctx.text, start, limit)


# Between a comma and a cue: the subject of a new clause ("..., Trump replied, ...", "..., at the town
# hall this week she said ...", "..., to which O'Malley interjected: ...").
_SPEAKER_CLAUSE = re.compile(r"\s*(?:(?:to|at|after|upon|in\s+reply\s+to)\s+which\s+)?(?:(?:[A-Z][\w.’'-]*|the|a|an|he|she|they|we)(?:\s+[\w.’'-]+){0,4}"
                             r"|(?:[\w.’'-]+\s+){1,7}?(?:he|she|they|we|I))\s+(?:also\s+|again\s+)?")


_AND_SPEAKER = re.compile(rf"(?:others|some|many|most|half|{FRACTION}|\d+(?:\s*%|\s+(?:percent|pct|per\s+cent)\b)|the\s+[a-z]+|"
                          r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}(?:,\s+(?:a|an|the)\s[^,;:“”\"]{1,60},)?)"
                          r"\s+(?:(?:has|have|had|also|later|then|too)\s+)*")  # ("and Brian Deese, the White House adviser, said")


# Participles that describe the noun before them as often as they report: "the products, expected to ...".
_RAISED_PARTICIPLES = {"compared", "expected", "intended", "designed", "estimated", "believed", "thought", "considered",
                       "reported", "said", "scheduled", "supposed", "required", "forced", "allowed", "asked", "set", "seen"}


_SERIES_AFTER = re.compile(r"\s+(?:at\s+first\s+)?(?:to|that)\s")  # (a verb with its own complement, not "announced Monday")


def _cue_clause_end(ctx: Context, start: int, limit: int, inside) -> int:
    text = ctx.text
    for m in _cues_within(ctx, start, limit):
        if not is_participle_cue(ctx, m):
            comma = text.rfind(",", start, m.start())
            if comma != -1 and inside.find(comma) is None and _SPEAKER_CLAUSE.fullmatch(text, comma + 1, m.start()):
                return comma  # another speaker's clause begins: "..., Trump replied, ..."
            if comma != -1 and inside.find(comma) is None and not text[comma + 1 : m.start()].strip() and \
                    m.group().endswith("ed") and m.group() not in _RAISED_PARTICIPLES and _SERIES_AFTER.match(text, m.end(), limit) \
                    and text.find(", and ", m.end(), limit) != -1:
                return comma  # the next verb of a series: "vowed to ban Muslims, declined to criticize Duke, and ..."
            joined = text.rfind(" and ", start, m.start())
            if joined != -1 and inside.find(joined) is None and _AND_SPEAKER.fullmatch(text, joined + 5, m.start()) \
                    and (has_words(text, start, joined, 3) or not text[joined + 5 : joined + 6].isupper()):
                # (not two subjects: "that today Ukraine and Turkey had signed", but "Mr. Cruz and 15 percent backed")
                return joined  # "... and others have said ...", "... and the campaign denied ..."
            continue
        if m.start() == start:
            if last_char(text, max(0, start - 40), start) not in (",", "—", "–", "―"):
                continue  # a gerund opens the content: "saying calling it by another name will do nothing"
            return start
        before = text[start : m.start()].rstrip()
        if before.endswith(","):
            comma = start + len(before) - 1
            span = inside.find(comma)
            if span is None or comma >= span[1] - 1:
                return comma
        elif before.endswith(tuple(CLOSERS) + (AMBIGUOUS,)) and before[:-1].endswith(","):
            return start + len(before)
    return limit


# (Each of these opens with the one character class its branches start with, so the scan skips from
# comma to space rather than trying every branch at every letter.)
_NEW_CLAUSE = re.compile(r"[,;\s](?:(?<=,)(?:[”\"’']?\s+(?:but|while|whereas|yet|though|although)\s"
                         r"|\s+and\s+(?=(?:the|he|she|they|it|his|her|their|we|I)\s)|\s+according to\b)"
                         r"|(?<=;)\s"
                         r"|(?<=\s)(?:\s*but\s+(?:also\s+)?(?=[a-z]+ed\b)|\s*but\s+(?=(?:the|he|she|they|it|his|her|their|we|I)\s)"
                         r"|\s*and\s+(?=(?:he|she|they|we|I)\s)))")


_AND_VERB = re.compile(r"[,\s](?:(?<=,)\s+|(?<=\s)\s*)and\s+(?:then\s+|also\s+|\w+ly\s+)?(?=(\w+))")


def coordination_end(ctx: Context, start: int, end: int, inside, stance: bool) -> int:
    """Where reported content stops before a clause of its own: ", but ...", "; ...", "and
    vowed ..." (a second verb of the speaker's); a stance verb's object also stops at a comma
    ("endorsed Trump, who ...")."""
    text = ctx.text
    # (a clause set off right after "that" is fronted inside the content: "argue that, while the tax
    # may lower premiums, workers won't see the savings")
    lead = start + 4 if text.startswith("that,", start) else start
    for m in _NEW_CLAUSE.finditer(text, start, end):
        closed = text[m.start() + 1 : m.start() + 2] in CLOSERS + AMBIGUOUS + "’'" and text[m.start()] == ","
        if m.start() > lead and (inside.find(m.start()) is None or (closed and inside.find(m.end() - 1) is None)):
            end = m.start() + 2 if closed else m.start()  # after the closing mark of "“jobs, jobs, jobs,” but ..."
            break
    for m in _AND_VERB.finditer(text, start, end):
        if inside.find(m.start()) is None and m.start() > start and (
                m.group(1) in ctx.cues.forms or m.group(1) in {"then", "urged", "asked", "added", "went"} or (
                (text[m.start()] == "," or text[m.start() - 1 : m.start()] in CLOSERS + AMBIGUOUS)
                and re.fullmatch(r"[a-z]+ed", m.group(1)))):  # "..., and contrasted the two", "“What curfew?” and kept going"
            end = m.start()
            break
    if stance:
        # A stance verb's object is a phrase: it stops at a comma ("endorsed Trump, who ...") or an
        # adjunct of time or circumstance ("attacked Machado in early-morning tweets").
        for m in _OBJECT_END.finditer(text, start, end):
            closed = m.group() == "," and text[m.start() + 1 : m.start() + 2] in CLOSERS + AMBIGUOUS and \
                inside.find(m.start() + 2) is None  # “strong leader,” comparing him ...
            if m.start() > start and (inside.find(m.start()) is None or closed):
                end = m.start() + 2 if closed else m.start()
                break
    return end


_OBJECT_END = re.compile(
    r",(?!\s+(?:including|such as|especially|particularly|notably)\s)|;|\s(?:[―—–]|--)\s|\s(?:during|since|amid|until|because|after|before|when|while|whereas|unless)\s|\sas\s(?=[A-Z]|he\s|she\s|they\s|it\s|the\s)|\sand\s+(?=[a-z]+ed\b)"
    rf"|\s(?:in|on|last|this|earlier)\s+(?=(?:{MONTH_NAMES}|{DAY_NAMES}|\d{{4}}|week|month|year)\b)")


# --- whether a content is speech ------------------------------------------------------------------

_CONTENT_WORD = re.compile(r"[\w’'-]+")


def _content_words(content: str) -> list[str]:
    """The words of a content without the quote marks around them (''hid'': hid), but with the mark that
    makes a plural possessive (parents’ right: no subject and verb)."""
    words = (_unquoted(word) for word in _CONTENT_WORD.findall(content))
    return [w for w in words if w]


def _unquoted(word: str) -> str:
    """A word without the quote marks around it, but with the mark of a plural possessive ("parents’")."""
    return word if word[-1] in "'’" and word[0] not in "'’" and word[-2:-1] == "s" else word.strip("'’")


_WORD_OR_BREAK = re.compile(r"[\w’'-]+|[,;:()―—–]")


def _words_and_breaks(content: str) -> list[tuple[str, bool]]:
    """Each word of :func:`_content_words`, and whether a comma, dash, colon or bracket stands before it."""
    out, broken = [], False
    for token in _WORD_OR_BREAK.findall(content):
        if token in ",;:()―—–":
            broken = True
            continue
        word = _unquoted(token)
        if word:
            out.append((word, broken))
            broken = False
    return out


def _inside_clause(content: str) -> list[bool]:
    """For each word of :func:`_content_words`, whether it stands in a clause that a word after the first
    opens ("who", "where", "because": :data:`_SUBORDINATE`) and no comma, dash or bracket has closed yet:
    "the supply of oxygen to hospitals where patients are treated", but not "the pipeline, which is
    widely supported, would not go 10 feet"."""
    inside, opened, lead = [], False, True
    for word, broken in _words_and_breaks(content):
        opened = opened and not broken
        inside.append(opened)
        opened = opened or (not lead and word.lower() in _SUBORDINATE)
        lead = lead and word.endswith("ly")  # (a clause the content opens with, after an adverb: "exactly who is lying")
    return inside


_FINITE = (AUXILIARIES - {"also", "again", "later", "then", "further", "previously", "earlier", "repeatedly", "once",
                          "publicly", "reportedly", "separately", "subsequently", "immediately", "quickly", "firmly",
                          "flatly", "bluntly", "simply", "recently", "first", "already", "too", "just", "even", "only",
                          "still", "ultimately", "now", "often", "frequently", "openly", "never", "not", "be", "been"}
           ) | {"am", "shall", "cannot", "needs", "isn't", "isn’t", "aren't", "aren’t", "wasn't", "wasn’t", "weren't",
                "weren’t"}  # (a finite verb: whatever comes with it, there is a clause)


# Pasts that are never participles: after a noun, a finite verb whatever follows ("sales fell")
_SIMPLE_PASTS = {"rose", "fell", "grew", "went", "came", "began", "gave", "took", "ran", "sank", "shrank", "knew", "saw",
                 "wrote", "spoke", "broke", "chose", "drove", "flew", "threw", "became", "forgot", "swore"}


_MORE_PAST_FORMS = {"rose", "fell", "sold", "cut", "hit", "stood", "grew", "fled", "lay", "sank", "shrank", "won", "threw"}


_AFTER_VERB = {"that", "no", "not", "more", "less", "ahead", "up", "down", "weak", "strong", "little", "much", "well"}


# (after a plural noun, not after a verb: "bases here", "steps towards", "participants about")
_NOT_AFTER_VERB = PREPOSITIONS | PLACE_TIME_ADVERBS | {"about", "of", "for", "and", "or", "towards", "toward", "into", "onto",
                                                        "underneath", "below", "above", "beneath", "beside",
                                                        "across", "against", "among", "between", "within", "through",
                                                        "under", "over", "amid", "whose", "who", "which", "that"}


_SUBJECTS = {"i", "we", "you", "he", "she", "it", "they", "there"}  # (a subject pronoun starts a clause: "he owned ...")


_RELATIVES = {"who", "whom", "whose", "which", "that", "where"}
_SUBORDINATE = {"who", "whom", "whose", "which", "where", "when", "while", "because", "although", "though", "since",
                "unless", "until", "whenever", "what"}  # (what opens a clause inside another: "attacked oil platforms in
# what Washington said was retaliation")


_NOT_BEFORE_VERB = DETERMINERS | PREPOSITIONS | _RELATIVES | QUANTIFIERS | {"to", "of", "for", "and", "or", "as", "by", "than", "very",
                                                              "most", "more", "well", "newly", "recently"}


def is_clause(content: str, object_first: bool = False, stance: bool = False) -> bool:
    """Whether the content of a report is a clause, as speech and thought report one ("that Moscow is
    ready", "the talks failed", "he would come"), and not a noun phrase or an infinitive ("gratitude to
    the Netherlands", "John Kasich", "to speculate on the outcome"): what is discussed, thanked, endorsed
    or decided is no statement. A finite verb makes a clause (:func:`_finite_at`).

    ``object_first``: the content follows a verb that may take a noun phrase as its object, with
    nothing ("that", "whether") opening a clause ("noted the positive dynamics in the implementation
    of the agreements reached ..."). A verb read from its ending alone ("reached", "aspirations") is then
    the clause's only where no preposition stands before it (:func:`_plain_subject`): after one it is
    as likely a participle or a noun inside the object. After a verb of stance (``stance``: "slammed",
    "takes issue with", "mocking"), whose object comes first as a rule, such a verb never makes a clause:
    "slammed the tax loophole called an inversion", "takes issue with a new board created under the law"."""
    words = _content_words(content)
    low = [w.lower() for w in words]
    if not low or low[0] == "to" or low[0] in _FINITE:
        return False  # (an infinitive, or a predicate without its subject: "was plausible")
    if low[0] in ("that", "whether", "if") and len(low) > 2:
        return True
    inside = _inside_clause(content) if object_first else []
    return any(_finite_at(words, low, i) and (not object_first or (not inside[i] and _plain_subject(low, i, stance)))
               for i in range(len(low))) or (not object_first and _plural_subject_verb(words, low))


_PLURAL_LEADS = (DETERMINERS | QUANTIFIERS | {"those", "these", "other", "such", "more", "fewer"}) - {"a", "an", "another", "one", "this", "that"}
_NOT_A_VERB = CLAUSE_WORDS | PREPOSITIONS | DETERMINERS | QUANTIFIERS | PLACE_TIME_ADVERBS | _NOT_AFTER_VERB | {
    "to", "not", "who", "than", "so", "such", "same", "own", "other", "only", "also", "even", "just", "still"}


def _plural_subject_verb(words: list[str], low: list[str]) -> bool:
    """Whether the content opens with a plural subject and its verb in the base form, which no ending
    shows: a determiner or quantifier, at most one word, a plural noun, then a word in lower case that
    is no function word and more words after it ("his friends feel the same way", "most voters want
    change", "the two sides agree on the need ..."; not "the jobs report" alone)."""
    if len(low) >= 3 and _plural_noun(words[0]):  # (no determiner: "parents still want neighborhood schools")
        verb = 2 if words[1].islower() and is_adverb(words[1]) else 1
        return verb + 1 < len(low) and _base_verb(words[verb]) and low[verb + 1] not in PREPOSITIONS | {"as", "by", "of"}
        # (a participle is most often followed by a preposition: "measures taken by both countries", "contests known as")
    if len(low) < 4 or low[0] not in _PLURAL_LEADS:
        return False
    for i in (2, 3):
        if i + 1 >= len(low) or not words[i - 1].islower() or not words[i].isalpha() or not words[i].islower():
            break
        if _plural_noun(words[i - 1]) and _base_verb(words[i]):
            return True
    return False


def _plural_noun(word: str) -> bool:
    """A plural noun in lower case, as its ending shows: "friends", "voters"; not "business", "status"."""
    return word.islower() and word.isalpha() and len(word) > 3 and plural_form(word)


def _base_verb(word: str) -> bool:
    """A verb in its base form after a plural subject, as far as a word in lower case can show it: no
    function word and no ending of another form ("feel", "want"; not "the", "still", "rising")."""
    return word.isalpha() and word.islower() and len(word) > 2 and word not in _NOT_A_VERB and \
        not word.endswith(("s", "ly", "ing", "ed"))


_STANCE_KINDS = ("stance", "stance-participle")  # (but a verb of naming takes its object with what it names it, in
# any form: "called the long lines “unacceptable”", "calls Clinton unqualified")


def _plain_subject(low: list[str], i: int, stance: bool = False) -> bool:
    """Whether the verb read at ``i`` is a clause's beyond doubt after a verb whose object may come
    first: an auxiliary, a form of "be" or "have", a contraction or a subject pronoun's verb, or any
    verb with no preposition before it ("the talks failed", "Russia wants"; not "the dynamics in the
    implementation of the agreements reached", "support for the Euro-Atlantic aspirations"); never a
    subject pronoun's verb right after "as", "when", "because", ... (a clause inside the object)."""
    word = low[i]
    if word in _SUBJECTS and _CLAUSE_INSIDE.intersection(low[max(0, i - 2) : i]):
        return False  # (the subject of a clause inside the object: "asked for privacy as they sought answers")
    if word in _FINITE or word.endswith(_CONTRACTIONS) or word in _SUBJECTS or word[:-2] in _SUBJECTS:
        return True
    if low[0] in DETERMINERS and any(low[j] in DETERMINERS and low[j - 1] not in _NOT_BEFORE_VERB | _COORDINATORS
                                     for j in range(2, i)):
        return False  # (a second noun phrase right after the first, and its verb, describe the first: "noted the
        # assistance the CSTO provided"; but "the businessman and his companies lost")
    return not stance and not OBJECT_PREPOSITIONS.intersection(low[:i])


_CLAUSE_INSIDE = SUBORDINATORS | {"as", "than"}  # (what opens a clause inside a noun phrase or after it)


def _finite_at(words: list[str], low: list[str], i: int) -> bool:
    """Whether the word at ``i`` is a finite verb of the content's own clause: an auxiliary or a form of
    "be" or "have" (not right after a relative pronoun: "a nominee who is expected"), a word after a
    subject pronoun, or a verb in -ed, -s or an irregular past in lower case right after a name or a noun
    that no relative pronoun opens ("Russia wants", "the talks failed"; not "countries whose exports
    suffered", "the six months ended", "a movement accused of", "GOP leaders")."""
    word, before = low[i], low[i - 1] if i else ""
    if i and _SUBORDINATE.intersection(low[max(0, i - 2) : i]) and low[0] not in _SUBORDINATE:
        return False  # (a verb of a clause inside the content's noun phrase: "a judge whose parents were born in
        # Mexico", "a profit of 855,000 dlrs when it had net assets of ...")
    if word in _FINITE or word.endswith(_CONTRACTIONS):
        return (before not in _RELATIVES and before not in _COORDINATORS) or re.split(r"['’]", word)[0] in _SUBJECTS
        # ("that he'll withdraw"; but after "and" or "but" the verb goes on a predicate whose subject is before
        # the content: "people who felt the pain of readjustment but could not see the benefits")
    if word in _SUBJECTS and i + 1 < len(low) and low[i + 1] not in _NOT_BEFORE_VERB and before != "to" and \
            not (word in ("it", "you") and i >= 2 and low[i - 2] == "to"):
        return True  # (but "it" or "you" after an infinitive is its object: "found a way to make it so")
    if word[:-2] in _SUBJECTS | {"that", "what", "who"} and word[-2:] in ("'s", "’s") and i + 1 < len(low):
        return before not in _RELATIVES  # ("it's too early", "that's a lie")
    numbered = i >= 2 and before in SMALL_NUMBERS and low[i - 2] in ("the", "all") and not word.endswith("s")
    # ("the two raised $350 million", but "between the two parties")
    if not i or not words[i].islower() or (before in _NOT_BEFORE_VERB and not numbered) or before.endswith(("'s", "’s")) \
            or before[:1].isdigit() or before in _TIME_NOUNS or _RELATIVES.intersection(low[max(0, i - 3) : i]) \
            or word in SPEAKER_NOUNS or word in _TIME_NOUNS or (before in SMALL_NUMBERS and not numbered):
        return False  # (a number is no subject, but "the two" and "all three" are)
    named = words[i - 1][:1].isupper() or before in _SUBJECTS or numbered  # ("Russia wants", "Moscow refused")
    then = low[i + 1] if i + 1 < len(low) else ""
    if word in _SIMPLE_PASTS:
        return True  # (a past that is no participle: "sales fell", "profits rose")
    if word.endswith("ed") or word in PAST_FORMS or word in _MORE_PAST_FORMS:
        return then not in ("of", "by") and (named or bool(then) or (i >= 2 and low[i - 2] in DETERMINERS))
    if named and _demonym(words[i - 1]):
        named = False  # (a word in -s after "Ukrainian" or "Chinese" is a noun: "the blockade of Ukrainian seaports")
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")) and (
        named or then in DETERMINERS or then in _AFTER_VERB or (
            bool(then) and not before.endswith("s") and then not in _NOT_AFTER_VERB and not _participle(then)))
        # ("that fact speaks volumes", "the trend remains weak"; not "both countries to", "participants about",
        # nor a plural noun a participle describes: "the horrible events taking place", "programmes covering")


def _demonym(word: str) -> bool:
    """Whether a capitalised word has the shape of an adjective of a people or a place ("Ukrainian",
    "European", "Chinese", "British"), which is no subject; not a first name ("Brian", "Christian")."""
    return word[:1].isupper() and word[1:].islower() and word.endswith(("ian", "ean", "ese", "ish")) and not is_given_name(word)


def _participle(word: str) -> bool:
    """Whether a word in lower case reads as a present participle: "taking", "covering"; not "something", "king",
    nor a compound noun ("front-running")."""
    return len(word) > 5 and word.endswith("ing") and not word.endswith("thing") and "-" not in word


_COORDINATORS = {"and", "but", "or", "nor"}


_TOPIC_PREPOSITIONS = {"about", "over", "on", "of", "with", "by", "for", "at", "in", "regarding", "toward", "towards"}


_CONTRACTIONS = ("n't", "n’t", "’ll", "'ll", "’d", "'d", "’re", "'re", "’ve", "'ve", "’m", "'m")


_TIME_NOUNS = {"months", "weeks", "years", "days", "quarter", "period", "month", "week", "year"}  # ("six months ended")


# A stance verb's object and what it names it ("called them a disgrace", "accused Trump of lying",
# "described him as reckless"): the object, then "a", "an", "the", "as" or "of".
_OBJECT_COMPLEMENT = re.compile(rf"(?:(?!(?:{'|'.join(sorted(PREPOSITIONS | {'about', 'for', 'over'}))})\b)[\w’'.-]+[ \t\n]+){{1,4}}?"
                                r"[“\"‘']?(?:a|an|the|as|of)[ \t\n]+\S")  # (not "praised her in the past"; "called it “a disgrace”")


def reports_speech(content: str, cue_kind: str | None, cue: str = "", opened: bool = False,
                   object_first: bool = False) -> bool:
    """Whether a report's content is something said or thought: a clause (:func:`is_clause`), an
    infinitive after a cue of speech or writing ("promised to lift the sanctions", not "decided to
    leave" or "declined to comment"), whom a speech cue tells to do what ("urged Congress to act"), or a
    stance verb's object with what the speaker names it ("calling himself the “king of debt”"). After a cue whose content is its object
    (``data/object_cues.tsv``: "discussed", "expressed", "cited"), a clause is speech only when "that",
    "whether" or a question word opens it (``opened``: the words before the content end with one,
    "expressed concern that ..."): "discussed the issues raised" is no statement. ``object_first``: the
    content comes right after its cue with nothing opening it; after a verb that may take an object
    (any cue but those that take a clause without "that" as a rule, ``_BARE_CLAUSE_CUES``) its clause
    must be one beyond doubt (:func:`is_clause`), or be an object and what it is to do or be named
    ("expects sales to rise", "hailed the speech as candid")."""
    lead = content.lstrip()
    spoken_to = _MANNER_BEFORE_PREPOSITION.sub("", lead, count=1)  # (how aside: "responded coolly to a reported offer")
    if object_first and key(cue).lower() not in _BARE_CLAUSE_CUES and (_prepositional(spoken_to) or (
            spoken_to[:2].lower() == "to" and spoken_to[2:3].isspace() and not _infinitive(spoken_to) and not _to_whom(spoken_to))):
        return False  # what the speaker spoke of, where or to whom: "complained of the imbalance he sees",
        # "responded coolly to a reported U.S. offer to sell India a supercomputer less powerful than it sought"
    if cue_kind == "state" and not opened and lead.split(None, 1)[:1] and lead.split(None, 1)[0].lower() in _TOPIC_PREPOSITIONS:
        return False  # a state of mind about a topic, not a view: "regulators have become concerned about the use of swaps"
    if key(cue).lower() in _ASKING and _NOT_TO_BE_DONE.match(lead):
        return False  # what a source asks for themselves: "who asked not to be identified", "requested not to be named"
    if key(cue).lower() in OBJECT_CUES:
        words = _CONTENT_WORD.findall(lead[:80])
        if opened or (len(words) > 2 and words[0].lower() in _OPENS_CLAUSE):
            return is_clause(content) or words[:1] == ["that"]
    elif is_clause(content, object_first and cue_kind is not None and key(cue).lower() not in _BARE_CLAUSE_CUES,
                   object_first and cue_kind in _STANCE_KINDS and not names_its_object(key(cue))):
        return True
    elif object_first and is_clause(content) and _object_then_complement(lead):
        return True
    if lead[:3].lower() == "to ":
        return cue_kind in ("speech", "writing") and key(cue).lower() not in _ACT_INFINITIVE and (
            _infinitive(lead) or key(cue).lower() in _BARE_CLAUSE_CUES or _TO_WHOM_THAT.match(lead) is not None)
        # (not "responded to Calderon's remarks", "compared to 45 percent"; but "complained to the United
        # Nations that ...", and after "said" as before: "said to date there have been ...")
    if cue_kind == "speech" and not key(cue).lower().endswith((" about", " of")):  # (a topic tells nobody to do anything:
        # "spoke about the supply of oxygen to medical institutions")
        told = _TOLD_TO.match(lead)
        return told is not None and told.group(1).lower() not in _NOT_INFINITIVE and not _completes_noun(lead[: told.start(1)])
    if key(cue).lower() in _SEEING:  # a view seen: "saw the vote as a test", "saw no need for measures"
        complement = _OBJECT_COMPLEMENT.match(lead)
        first = lead.split()[0].lower() if lead.split() else ""
        return first in ("no", "little") or (complement is not None and complement.group().split()[-2] == "as" and first != "as")
    naming = cue_kind in ("stance",) or key(cue).lower() in _NAMING
    complement = _OBJECT_COMPLEMENT.match(lead) if naming else None
    return complement is not None and (complement.group().split()[-2] != "of" or key(cue).lower().startswith(_OF_WHAT))
    # (what the speaker holds the object guilty of: "accused Trump of lying", or what names it: "called the
    # treatment of minorities “pathetic”"; but "thanked the Prime Minister of Croatia for the meeting" and
    # "praised the level of cooperation" name nothing: the "of" is inside the object)


_PHRASE_PREPOSITIONS = {"of", "about", "for", "on", "upon", "with", "against"}  # (what the speaker spoke of or asked
# for; not "in", "at" or "from", which as often open a time or place before the clause: "in the future Ukraine must ...")


# (how the speaker spoke, before what they spoke of or to: "responded coolly to", "spoke warmly of"; not "said
# firmly that ...")
_MANNER_BEFORE_PREPOSITION = re.compile(rf"^[a-z]+ly\s+(?=(?:to|{'|'.join(sorted(_PHRASE_PREPOSITIONS))})\s)")
_TIME_WORDS = _TIME_NOUNS | {"time", "times", "century", "decade", "decades", "today", "now", "moment", "future", "sure",
                             "day", "days"} | DATE_NAMES


def _prepositional(lead: str) -> bool:
    """Whether a content that follows its cue opens with a preposition and the noun phrase of what was
    spoken of or asked for, with no clause set off after it by a comma or a colon ("of the imbalance he
    sees", "for a separate meeting"; but "on February 16 the State Flag will be raised", "about 300
    lawsuits are pending", "of Ms. Merkel: “Your boss is ...”")."""
    words = _CONTENT_WORD.findall(lead[:60])
    if len(words) < 2 or words[0].lower() not in _PHRASE_PREPOSITIONS or not lead[:1].islower():
        return False
    if words[1][:1].isdigit() or words[1].lower().split("-")[0] in SMALL_NUMBERS | {"least", "half", "one"} or \
            _TIME_WORDS.intersection(w.lower() for w in words[1:5]):
        return False  # (an amount or a time is no topic: "about 300 lawsuits are pending", "for the first time ...")
    phrase, mark, rest = (re.split(r"([,:])", lead, maxsplit=1) + ["", ""])[:3]
    return not mark or len(_CONTENT_WORD.findall(phrase)) > 10 or not (is_clause(rest) or rest.lstrip()[:1] in "“\"‘'")


# Cues that take a clause without "that" as a rule ("said the unit's load factor for February rose"):
# after them, what follows is read as a clause, as before.
_BARE_CLAUSE_CUES = {"said", "says", "say", "saying", "added", "adds", "add", "adding"} | TELL_FORMS


def _object_then_complement(lead: str) -> bool:
    """Whether a content opens with a short object, then what the speaker expects or wants it to do or
    names it ("sales to rise", "Washington to take a lead", "the speech as candid and constructive")."""
    told = _TOLD_TO.match(lead)
    if told is not None and told.group(1).lower() not in _NOT_INFINITIVE and not _completes_noun(lead[: told.start(1)]):
        return True
    complement = _OBJECT_COMPLEMENT.match(lead)
    return complement is not None and complement.group().split()[-2] == "as"


_OF_WHAT = ("accus", "suspect", "convict", "warn", "remind", "assur", "inform", "notif", "convinc", "persuad", "cleared",
            "absolv", "acquit") + NAMING_STEMS
# (verbs whose object is followed by what it is charged with or told of, and the verbs of naming, whose
# complement may come after an object that holds "of")


# Cues whose infinitive is a thing done, not said: "agreed to hold the Years of cooperation" (but "agreed that ...")
_ACT_INFINITIVE = {"agreed", "agrees", "agree"}


_ASKING = {"asked", "asks", "ask", "asking", "requested", "requests"}
_NOT_TO_BE_DONE = re.compile(r"not[ \t\n]+to[ \t\n]+be[ \t\n]+\w+ed\b")  # (a passive: done to the speaker)


_NAMING = {"calling", "labeling", "labelling", "branding", "characterizing", "characterising", "describing", "dubbing"}


_SEEING = {"saw"}  # what is seen is no view ("saw Scott get out of a car") unless named with "as" or denied ("saw no reason")


_OPENS_CLAUSE = {"that", "whether", "if", "how", "why", "what", "when", "where", "who", "which"}


# Whom a speech cue tells to do what: a short noun phrase, then "to" and a verb ("urged Congress to act",
# "called on police to release the videos"), not "to" and a noun phrase ("condolences to the family").
_TOLD_TO = re.compile(r"(?:(?!by\b)[\w’'.-]+[ \t\n]+){1,5}?to[ \t\n]+[“\"‘']?([a-z]+)\b")


def _completes_noun(told: str) -> bool:
    """Whether the infinitive after ``told`` (the words up to it, "to" last) completes the noun before "to"
    (``data/complement_nouns.tsv``): "its readiness to", "new efforts to" tell nobody to do anything."""
    words = _CONTENT_WORD.findall(told)
    return len(words) >= 2 and words[-2].lower() in COMPLEMENT_NOUNS


_TO_WHOM_THAT = re.compile(r"to[ \t\n]+(?:[\w’'.,—–-]+[ \t\n]+){1,8}?(?:that\b|to[ \t\n]+[a-z])")
# (whom it was said to, then what: "complained to the United Nations that ...", "proposed to the Cabinet to present ...")


def _to_whom(lead: str) -> bool:
    """Whether a content opens with whom it was said to, then what: "to the United Nations that ...", "to the
    Cabinet to present ..."; not "to a reported U.S. offer to sell ...", where the infinitive completes a
    noun (``data/complement_nouns.tsv``)."""
    m = _TO_WHOM_THAT.match(lead)
    return m is not None and (m.group().endswith("that") or not _completes_noun(m.group()[:-1]))


def _infinitive(lead: str) -> bool:
    """Whether "to" opens an infinitive ("promised to lift the sanctions"), not a noun phrase after the
    preposition ("compared to November 2021", "compared to 45 percent", "to the same period", "wrote to
    investors"): no determiner, pronoun, figure, capitalised word or plural noun follows it."""
    following = lead[3:].lstrip(" \t\n“\"‘'")
    word = following.split(maxsplit=1)[0].strip(",.;:") if following.split() else ""
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))  # (no verb after "to": "wrote to investors")
    return bool(word) and word[:1].islower() and word.lower() not in _NOT_INFINITIVE and not plural


_NOT_INFINITIVE = DETERMINERS | QUANTIFIERS | {"me", "him", "us", "them", "you", "it", "what", "which", "whom", "date",
                                               "this"}  # ("to date")
