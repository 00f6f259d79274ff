"""Which speaker a mention is.

Decides (:func:`resolve`): a registry name or a role held on the article's date (by way of
``registry``), a pronoun's antecedent (of the speakers mentioned before it that it can be, the one
found last; "I" and "we" in a release that is somebody's), a relative pronoun's noun, a bare role
("the President", "the company") as the last person the article named with it, a description the article
gives nobody ("the Florida Republican") as the person named in full just before it (:func:`described_person`), a qualified source
kept as written ("aides close to Clinton"), the fullest name the article gives ("Mr. Burman" is
Leonard E. Burman), and the name charts group a speaker by. Adds each statement
(:func:`add_statement`). Leaves to others: where the mention is (``mentions``, ``subjects``,
``transcripts``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..tokenise import literal_pattern, paragraphs, seen_in_lower_case, sentence_spans, written_capitalised, written_in_lower_case
from .vocabulary import (AUXILIARIES, CLAUSE_WORDS, DAY_NAMES, DETERMINERS, FINITE_VERBS, FIRST_PERSON, GARBLED_WORD,
                         MONTH_NAMES, OBJECT_PREPOSITIONS, OBJECT_PRONOUNS, OPENING_REPORTS, ORGANISATION_HEADS, PAST_FORMS, PERSON_ROLES, PREPOSITIONS, PRONOUNS,
                         QUALIFIERS, QUANTIFIERS, ROLE_HEADS, ROLE_WORDS, SENTENCE_OPENERS, SERVING_HEADS, SMALL_NUMBERS,
                         NAME_PARTICLES, SPEAKER_NOUNS, SUBORDINATORS, TITLES, TITLE_WORDS, is_finding_source, is_given_name, is_name_suffix, is_person_noun, is_title, name_abbreviations, usual_gender)
from .document import Context, Statement, in_lower_case, is_adverb, is_plural, is_title_case, plural_form
from .mentions import opening_subject
from .subjects import is_name_phrase, speaker_before


PRONOUN_WINDOW = 5000  # characters searched back for a pronoun's antecedent when no speaker precedes it


_QUALIFIED_SOURCE = re.compile(QUALIFIERS + r"\s")


POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


def resolve(ctx: Context, start: int, end: int) -> tuple[str | None, str]:
    """Canonical speaker for the mention ``text[start:end]``: the registry's name, a pronoun's
    antecedent, else the mention as written (``None`` for an unresolved pronoun)."""
    mention = ctx.text[start:end]
    comma = mention.rfind(", ")
    if comma != -1 and mention[comma + 2 : comma + 3].isupper() and is_name_phrase(mention[comma + 2 :]):
        return resolve(ctx, start + comma + 2, end)[0], mention  # a role, then the name: "the spokesman, Josh Earnest"
    low = POSSESSIVE_PRONOUNS.get(mention.lower(), mention.lower())  # "his claim that ..." is his
    if not mention.isupper():  # ("US plans" are the United States')
        low = OBJECT_PRONOUNS.get(low, low)  # "according to him" is his
    if low in ("who", "that", "which"):
        return _relative_antecedent(ctx, start), mention
    if low in PRONOUNS:
        owner = _possessor_in_sentence(ctx, PRONOUNS[low], start) if mention.lower() in ("his", "her") else None
        return owner or _pronoun_antecedent(ctx, low, start), mention
    return _named(ctx, mention, start), mention


def _people_in(ctx: Context, start: int, end: int, subjects_only: bool = False) -> dict[str, str | None]:
    """The people ``text[start:end]`` names outside quotation marks (the registry's, a given and a family
    name, or a name after an honorific; "Obama’s" as Obama), each with the gender an honorific, the registry or the first name tells, if
    any. ``subjects_only``: only a name that opens a clause (a verb after it, no preposition before it: not
    "with Turkish President Erdoğan")."""
    found: dict[str, str | None] = {}
    for m in _CAPITALISED_RUN.finditer(ctx.text, start, end):
        if ctx.found.quoted.find(m.start()) is not None:
            continue
        if subjects_only:
            before = ctx.text[max(0, m.start() - 12) : m.start()].split()[-1:]
            if _FOLLOWED_BY_VERB.match(ctx.text, m.end()) is None or (before and before[0].lower() in _BEFORE_AN_OBJECT):
                continue
        words = m.group().removesuffix("'s").removesuffix("’s")
        name = _named(ctx, words, m.start())
        actor = ctx.actors.by_name.get(name)
        titled = gender_word(words)  # ("Mrs. Clinton", "Mr. Smith")
        if actor is not None and actor.kind != "person" or actor is None and not titled and not _given_and_family_name(name):
            continue
        found[name] = titled or (actor.gender if actor is not None else None) or _first_name_gender(name)
    return found


def one_person_named(ctx: Context, start: int, end: int) -> str | None:
    """The one person ``text[start:end]`` names, or None when it names none or more than one (a shorter
    form of a name named in full counts once)."""
    found = _people_in(ctx, start, end)
    names = {name for name in found if not any(name != other and name in other for other in found)}
    return next(iter(names)) if len(names) == 1 else None


def _possessor_in_sentence(ctx: Context, wanted: str | None, start: int) -> str | None:
    """For "his" or "her" at ``start``: the one person of that gender its sentence names before it,
    outside quotation marks, in any place ("civil rights groups praised Obama’s latest attempt ... and
    embraced his argument that ..." is Obama's argument, not the last speaker's), when an honorific, the
    registry or the first name tells the gender; None when it names two ("Mr. McConnell, who has both
    endorsed Mr. Trump and criticized his campaign, offered ..., stressing in his remarks that ...")."""
    spans = [span for span in sentence_spans(ctx.text, max(0, start - 600), start + 1, join_lines=ctx.hard_wrapped)
             if span[0] <= start]
    if not spans or wanted not in ("male", "female"):
        return None
    of_gender = [name for name, gender in _people_in(ctx, spans[-1][0], start).items() if gender == wanted]
    return of_gender[0] if len(of_gender) == 1 else None


def _person_of(mention: str) -> str | None:
    """The person of a mention that names one and then what they are of ("Rep. Tom Cole of Oklahoma", "Peter
    Friend of Walywn Stodgell", "Meenakshi Ganguly of Human Rights Watch"): the mention before its last
    "of", when that is one person (no "and", no "of") ending in a first name and a capitalised surname, and
    every word after "of" is capitalised: a place or a body, not a role ("Prime Minister of Ukraine"), a
    body ("The Hong Kong Association of Banks", "Consolidated Edison Co of New York") or a place before a
    person ("Head of the Security Service of Ukraine Ivan Bakanov")."""
    person, of, rest = " ".join(mention.split()).partition(" of ")  # (the first "of": "Amy Glasmeier of the
    # Massachusetts Institute of Technology", "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies")
    words = person.split()
    after = [word for word in rest.split() if word.lower() not in _SMALL_IN_BODIES and word not in NAME_PARTICLES]
    # (and a name's particles: "Chris Rowland of Barclays de Zoete Wedd")
    if not of or len(words) < 2 or not after or not all(word[:1].isupper() for word in after) or \
            " and " in person or " of " in person or words[0] in ("the", "The"):
        return None
    given, surname = words[-2].rstrip(","), words[-1]
    if len(words) > 2 and _INITIAL.fullmatch(given):
        given = words[-3]  # (a middle initial: "Charles B. Rangel of New York")
    bodies = ORGANISATION_HEADS | _COMPANY_ENDS | PERSON_ROLES
    named = surname.isalpha() and surname[:1].isupper() and surname[1:].islower() and surname not in bodies and \
        given[:1].isupper() and given.lower() not in DETERMINERS and given not in PERSON_ROLES and is_given_name(given)
    person_after = len(after) >= 2 and is_given_name(after[-2]) and after[-1] not in bodies
    return person if named and not person_after else None


def _with_particle(words: list[str]) -> bool:
    """Whether a name's last word opens with a particle joined to a capitalised one: "al-Chalabi", "el-Sisi"."""
    first, _, rest = words[-1].partition("-")
    return len(words) >= 2 and words[-2][:1].isupper() and first in NAME_PARTICLES and rest[:1].isupper()


def _particle_name(mention: str) -> str | None:
    """The name in a mention whose family name has a particle, with what comes before the name left out: a
    given name, or a word after a title or a role, then the particle ("Reserve Bank Governor Gerhard de Kock",
    "acting OPEC Secretary General Fadhil al-Chalabi", "Philips spokeswoman Marijke van Hooren"); None where the
    mention opens with the name, or the words before the particle are no name ("the Rio de Janeiro Port",
    "Chris Rowland of Barclays de Zoete Wedd")."""
    words = mention.split()
    at = next((k for k, word in enumerate(words) if k >= 2 and word.split("-")[0] in NAME_PARTICLES
               and (word.split("-")[-1][:1].isupper() or (k + 1 < len(words) and words[k + 1][:1].isupper()))), None)
    if at is None:
        return None
    given = at - 1
    before = words[given - 1]
    if not words[given][:1].isupper() or before.lower() in DETERMINERS or not (
            is_given_name(words[given]) or is_title(before) or before.capitalize() in PERSON_ROLES or before in ROLE_HEADS):
        return None
    return " ".join(words[given:])


_SMALL_IN_BODIES = {"the", "and", "&", "of", "for", "on", "to", "in"}  # (the small words a body's name holds)


def _relative_antecedent(ctx: Context, start: int) -> str | None:
    """Who "who", "that" or "which" at ``start`` is: the speaker mention right before it."""
    before = start
    while before > 0 and ctx.text[before - 1] in " ,\t":
        before -= 1
    head = speaker_before(ctx, max(0, before - 200), before)
    if head is not None and ctx.text[head[0] : head[1]].lower() != "who":
        return resolve(ctx, *head)[0]
    return None


def _pronoun_antecedent(ctx: Context, low: str, start: int) -> str | None:
    """Who a pronoun (``low``, in lower case) at ``start`` is: in an article the title says is somebody's,
    "I" outside a quotation is theirs; else the speaker before it that it can be (:func:`_last_speaker`),
    unless a person opens a sentence after that speaker's mention (:func:`_subject_since`: "he" and "she"
    only); else the nearest registry person before it."""
    wanted = PRONOUNS[low]
    if low in ("i", "we") and not any(st.kind == "direct" and st.start <= start < st.end for st in ctx.found.statements):
        if author(ctx)[1]:
            # In an article the title says is somebody's ("Speech by President of Ukraine Volodymyr
            # Zelenskyy at ..."), "I" outside a quotation is theirs, whoever their words report before it.
            return author(ctx)[0]
        if ctx.doc.facts.get("interviewee") and ctx.found.quoted.find(start) is None:
            return ctx.doc.facts["interviewee"]  # (and in an interview, once an answer has come, the interviewee's:
            # "A: ... I forgot she had said it in the debate. ... I think ..." is not hers)
        if _writers_own(ctx, start):
            return _registry_people_before(ctx, None, start)[1] or _signed(ctx, start)
    later = _named_later_in_sentence(ctx, start) if low in ("he", "she") else frozenset()
    speaker, mention_end = _last_speaker(ctx, low, wanted, start, later)
    if speaker is None:
        since = _subject_since(ctx, wanted, max(0, start - PRONOUN_WINDOW), start)
        return (since if not _among(since, later) else None) or _pronoun_without_speaker(ctx, low, wanted, start)
    since = _subject_since(ctx, wanted, mention_end, start) or _one_person_in_sentence(ctx, wanted, mention_end, start)
    since = None if _among(since, later) else since
    if since is None and ctx.text[max(0, mention_end - 4) : mention_end].lower().lstrip() == "who":
        # a speaker named by "who" is most often the object of the sentence it is in, whose opener counts
        # then when known to be of the pronoun's gender: "John Schlafly defended his mother and refused to
        # repudiate politicians, like Pat Robertson, who had condemned homosexuality. ... he said" is John
        # Schlafly (but "Christie began by begging a woman who claimed ... she said" is still the woman)
        opened = ([s_start for s_start, _ in sentence_spans(ctx.text, max(0, mention_end - 600), mention_end,
                                                            join_lines=ctx.hard_wrapped)] or [mention_end])[-1]
        since = _subject_since(ctx, wanted, opened, start, known_gender=True)
        since = None if since and since in speaker else since  # (no part of whom "who" names)
    return since or speaker


def _named_later_in_sentence(ctx: Context, start: int) -> frozenset[str]:
    """The family names of the people the sentence of a subject pronoun at ``start`` names after it, outside
    quotation marks: whom the pronoun is not ("He calls Christie's endorsement ...", "he told Trump's aides",
    "“...,” he said of Putin" are somebody else's words). A name joined to a word before it is no person named
    ("He called anti-Trump protestors ..." may be Trump's words), nor a family name two people share."""
    end = _SENTENCE_END.search(ctx.text, start)
    spans = [span for span in sentence_spans(ctx.text, max(0, start - 600), start + 1, join_lines=ctx.hard_wrapped) if span[0] <= start]
    before = ctx.text[spans[-1][0] if spans else start : start]
    if before.split()[:1] and before.split()[0].lower() in SUBORDINATORS and "," not in before:
        return frozenset()  # (a clause set before the sentence's own may name its person after it: "While he's
        # said he'll fight on, Sanders must decide ...")
    clause = _OWN_CLAUSE.match(ctx.text, start, end.start() if end else len(ctx.text))
    names = set()
    for m in _CAPITALISED_RUN.finditer(ctx.text, start + 1, clause.end()):
        words = m.group().removesuffix("'s").removesuffix("\u2019s").split()
        if len(words) == 1 and len(_names_by_surname(ctx).get(words[0], ())) > 1:
            continue  # (a family name two people the article names share: "Eric Trump said ... he said, the foundation
            # had the free use of Trump golf courses")
        if ctx.found.quoted.find(m.start()) is None and ctx.text[m.start() - 1 : m.start()] not in ("-", "\u2013"):
            names.add(words[-1])
    return frozenset(names)


def _names_by_surname(ctx: Context) -> dict[str, set[str]]:
    """The full names the article gives, by family name (worked out once)."""
    facts = ctx.doc.facts
    if "names by surname" not in facts:
        facts["names by surname"] = {surname: {name for name in names if _is_full_name(name)}
                                     for surname, names in _name_index(ctx.text, ctx.hard_wrapped).items()}
    return facts["names by surname"]


# The pronoun's own clause: up to ten words, before "that", a relative pronoun or a quotation mark opens what is
# inside it ("He said that the Cruz campaign's announcement ... Carson supporters" may be Carson's words; "he told
# the story of an older supporter ... who ... was holding a Rubio sign", Rubio's)
_OWN_CLAUSE = re.compile(r"\S+(?:\s+(?!(?:that|who|whom|which|whose)\b)[^\s“”\"‘]+){0,10}")


def _among(person: str | None, surnames: frozenset[str]) -> bool:
    return bool(person) and person.split()[-1] in surnames


def _writers_own(ctx: Context, start: int) -> bool:
    """Whether "I" or "we" at ``start`` is the writer's: outside quotation marks, in an article that is
    nobody's by its title or outlet and has shown no transcript turn so far. A columnist's "I think",
    "we know" or a letter's "I" is not whoever the article named last ("Bernie Sanders", "Donald Trump"):
    the writer is not named in the text, so the speaker is left unresolved (unless a speaker's label
    opens the words: :func:`_registry_people_before`). A quotation mark earlier in
    its paragraph, within a few lines, that the quotations left unpaired makes it nobody's to say."""
    if ctx.found.quoted.find(start) is not None or ctx.found.turn_sentences or ctx.found.open_turn is not None:
        return False
    opened = max(ctx.text.rfind("\n", 0, start), start - 150)
    if any(ch in _DOUBLE_MARKS and ctx.found.quoted.find(opened + i) is None for i, ch in enumerate(ctx.text[opened:start])):
        return False  # (a mark the quotations left unpaired: `" I've learned`, `” … what I learned`, `‘I Think She Will’`)
    return author(ctx)[0] is None


_DOUBLE_MARKS = frozenset("“”\"‘")


def _signed(ctx: Context, start: int) -> str | None:
    """The writer whose "I" at ``start`` is, where the article names them: the first signature after it (a
    paragraph that is a person's name alone, as a letter to the editor ends: "Don Grath."), else the person
    the note on the writer names (the last paragraph, or a first one opening "Editor's note:", that says
    who someone is: "Rep. Raul Grijalva, D-Ariz., was an early backer of Bernie Sanders.", "Gaudiano is a
    Washington-based reporter for the USA TODAY NETWORK."). Worked out once per article."""
    facts = ctx.doc.facts
    if "signatures" not in facts:
        lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", ctx.text) if m.group().strip()]
        facts["signatures"] = [(at, line.rstrip(".")) for at, line in lines if _SIGNATURE.fullmatch(line)
                               and is_given_name(line.split()[0])]
        notes = [(at, line) for k, (at, line) in enumerate(lines) if k == len(lines) - 1 or (k == 0 and line.startswith("Editor"))]
        facts["writer"] = next((name for at, line in notes if (name := _noted_writer(ctx.text, at, line))), None)
    return next((name for at, name in facts["signatures"] if at > start), facts["writer"])


def _noted_writer(text: str, at: int, line: str) -> str | None:
    """The person a note on the writer (the line at ``at``) names: a full name from the first name on, or a
    surname, that the article does not name elsewhere (somebody it is about is no writer: a news report's
    closing "Sanders is a senator from Vermont." after "Bernie Sanders spoke ...")."""
    m = _WRITER_NOTE.match(line)
    name = m["name"] if m else None
    if name is None or (" " in name and not is_given_name(name.split()[0])):
        return None
    return None if name.split()[-1] in text[:at] + text[at + len(line) :] else name


_SIGNATURE = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+\.?")  # ("Don Grath.", "Mary J. Smith")


# (what a note on the writer says: the name, a role between commas, "is"/"was" and what they are)
_WRITER_NOTE = re.compile(rf"(?:Editor['’]s note:\s*)?(?:{TITLES}\s+)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,3}})"
                          r"(?:,[^,\n]{1,60},)?\s+(?:is|was|has\s+been|serves\s+as)\s+(?:an?|the|one|director|president|"
                          r"professor|founder|co-founder|executive|senior|chair|editor|author|former)\b")


def _last_speaker(ctx: Context, low: str, wanted: str | None, start: int,
                  named_later: frozenset[str] = frozenset()) -> tuple[str | None, int]:
    """Of the speakers mentioned before a pronoun that it can be (of the pronoun's gender, a person with a
    name for "I", not whoever said "I" for "they"), the one whose mention is nearest before it, and where
    that mention ends. (Not the one found last: a later step may find an earlier one, as a report after
    the quotation that a pronoun follows: "After Glenn Beck asked the conservative who he thought would
    win, D'Souza replied, “...” “...,” he added" is D'Souza. On the snapshot corpora the nearest changed
    76 speakers: of those a helper judged without seeing which was which, the nearest was right in 39,
    the one found last in 8, both in 18, neither in 11.)"""
    passed_over = None  # (a person whose first name is mostly the other gender's: "Beryl Sprinkel", "Rio Tilton")
    passed_over_end = 0
    for earlier in sorted(ctx.found.statements, key=_mention_start, reverse=True):
        if earlier.speaker_start is None or earlier.speaker_start >= start or earlier.speaker is None or earlier.kind == "question":
            continue  # (a questioner's turn is nobody a pronoun after it can be)
        if _among(earlier.speaker, named_later):
            continue  # (whom the pronoun's own sentence names after it: :func:`_named_later_in_sentence`)
        if wanted in ("male", "female") and _capitalised(ctx.text[earlier.speaker_start : earlier.speaker_end]) and \
                _SPOKESMAN_FOR.search(ctx.text, max(0, earlier.speaker_start - 40), earlier.speaker_start):
            return earlier.speaker, earlier.speaker_end  # (the spokesman for whom the mention names: "A spokesman for
            # Boeing Co said ... He said ..." is Boeing Co's words, as the spokesman's first were; "a spokesman at
            # Anacomp said ... She would not say ..." too; a body named by its noun, "the company", is read as before)
        actor = ctx.actors.by_name.get(earlier.speaker)
        gender = actor.gender if actor else None
        if wanted in ("male", "female") and _reported_by_another(ctx, earlier, wanted):
            continue  # a person another one's report names is not whom "he" after it is, when that other one can
            # be: "Asked whether he was concerned that Donald Trump, who has called ... a hoax, ... he said" is Ban
        if low == "it" and ctx.text.startswith(("its ", "Its "), earlier.speaker_start):
            continue  # "it" is what owns "its board", named before it: "Seaman Furniture Co Inc said its board
            # declared a split. It said ..." is the company
        if low == "they" and _one_person(actor, earlier.speaker):
            continue  # "they" are more than one: not Eric Rasmussen, who spoke before "Finance Ministry officials"
        if earlier.speaker_end - earlier.speaker_start <= 3 and low not in FIRST_PERSON and \
                ctx.text[earlier.speaker_start : earlier.speaker_end].lower() in FIRST_PERSON:
            continue  # "they" are not whoever said "I" or "we" before them
        if wanted in ("male", "female") and actor is None and (
                not _could_be_one_person(earlier.speaker) or gender_word(earlier.speaker) not in (None, wanted)
                or not _may_be_a_person(earlier.speaker)):
            continue  # "he" is not "the election returns", "A number of the", "a woman" or "the paper"
        if wanted in ("male", "female") and actor is None and _first_name_gender(earlier.speaker) not in (None, wanted):
            if passed_over is None and gender_word(earlier.speaker) is None and _said_right_before(ctx, earlier, start):
                return earlier.speaker, earlier.speaker_end  # (a first name's usual gender does not outweigh the
                # quotation right before, said by its speaker: "“...,” Shiratori said. “He can't fight on,” he said.")
            if passed_over is None:
                passed_over, passed_over_end = earlier.speaker, earlier.speaker_end
            continue
        if low == "i" and actor is None and not _is_full_name(earlier.speaker):
            continue  # "I" is a person with a name: not "The discussion" or "Russia and Belarus" before it
        if wanted is None or gender in (None, wanted):
            if passed_over and (gender or gender_word(earlier.speaker) or _first_name_gender(earlier.speaker)) != wanted:
                return passed_over, passed_over_end  # (only someone known to be of the pronoun's gender beats a first name's usual one)
            return earlier.speaker, earlier.speaker_end
    return passed_over, passed_over_end


_QUOTATION_ENDS = re.compile(r"[”\"’']{1,2}[ \t,]*$")  # (the pronoun right after a quotation: "“...,” he said")


def _capitalised(mention: str) -> bool:
    """Whether a mention is a name, past "the": "Boeing Co", "the EC Commission"; not "the company"."""
    words = mention.split()
    return bool(words) and words[-1][:1].isupper() and (words[0][:1].isupper() or words[0] == "the")


def _said_right_before(ctx: Context, earlier, start: int) -> bool:
    """Whether ``earlier`` is a quotation whose speaker was named after it, and the pronoun at ``start`` follows
    the next quotation right after it, with nobody else speaking between ("“...,” Rei Shiratori said. “...,”
    he said."), or the pronoun opens what ``earlier`` reports ("Rei Shiratori said he believes ...")."""
    if ctx.text[earlier.speaker_start : earlier.speaker_end].lower() in ("he", "she"):
        return False  # (named by the other pronoun, they are of the other gender)
    if earlier.cue_end is not None and earlier.start == start and 0 <= start - earlier.cue_end < 12:
        return True  # (the subject of the report the pronoun opens: "Shiratori said he believes ...")
    if earlier.kind != "direct" or earlier.speaker_start is None or earlier.speaker_start < earlier.end:
        return False
    between = ctx.text[earlier.speaker_end : start]
    return len(between) < 300 and between.count("\n\n") == 0 and _QUOTATION_ENDS.search(between) is not None and not any(
        earlier.speaker_end <= other.speaker_start < start for other in ctx.found.statements
        if other.speaker_start is not None and other is not earlier)


def described_person(ctx: Context, start: int, head: str, wanted: str | None) -> str | None:
    """Who a description at ``start`` that the article gives nobody refers back to ("the Florida Republican",
    "The Democratic presidential candidate", "the 43-year-old former congressman": ``head`` is its noun,
    ``wanted`` the gender it gives, if any): the person named in full who spoke last before it, unless a
    person opens a sentence since (as for "he" and "she", :func:`_subject_since`), or else the person who
    opens a sentence close before it ("Bernie Sanders met privately with Pope Francis ... The Democratic
    presidential candidate said ..."), in its paragraph or the one before. None where a mention with its noun
    that names nobody comes first ("a Chrysler spokesman ... the spokesman", "a man ... the man": someone
    the article did not name), or another person is named since; a speaker named by a pronoun or inside
    what another said is passed over."""
    if re.search(rf"\b(?:a|an|one|another)\s+(?:[\w'’.-]+\s+){{0,3}}?{re.escape(head)}\b", ctx.text[max(0, start - PRONOUN_WINDOW) : start],
                 re.IGNORECASE):
        return None
    lo = _previous_paragraph_start(ctx, start)
    speaker = mention_end = None
    for earlier in sorted(ctx.found.statements, key=_mention_start, reverse=True):
        if earlier.speaker_start is None or earlier.speaker_start >= start or earlier.speaker is None or earlier.kind == "question":
            continue
        if earlier.speaker_start < lo:
            break
        actor = ctx.actors.by_name.get(earlier.speaker)
        mention = ctx.text[earlier.speaker_start : earlier.speaker_end]
        if actor is not None and actor.kind != "person" or actor is None and not (_is_full_name(earlier.speaker) and (
                _given_and_family_name(earlier.speaker) or _ROLE_WORD_BEFORE.search(mention[: mention.find(earlier.speaker)]))):
            continue  # (a body, a group, a role or a description: not whom the description names; a name after a
            # role is a person's whatever its first name: "Lithuanian President Gitanas Nausėda")
        if not any(word in earlier.speaker.split() for word in mention.split()) or any(
                other.start <= earlier.speaker_start < other.end for other in ctx.found.statements if other is not earlier):
            continue  # (named by a pronoun, or inside what another said: "Clinton acknowledged that ... FBI Director
            # James B. Comey had characterized ... The Democratic presidential nominee explained ...")
        if wanted is None or person_gender(ctx, earlier.speaker) in (None, wanted):
            speaker, mention_end = earlier.speaker, earlier.speaker_end
            break
    for s_start, s_end in _sentences_since(ctx, mention_end if speaker else lo, start):
        person = _person_opening(ctx, s_start, min(s_end, start))
        if person is not None and (wanted is None or person[1] in (None, wanted)):
            speaker, mention_end = person[0], s_start
            break
    if speaker is None:
        return None
    others = [name for name in _people_in(ctx, mention_end, start) if name not in speaker and speaker not in name]
    return None if others else speaker  # (another person named since: "Putin said ... Trump ... the New York
    # businessman said" may be either)


_ROLE_WORD_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(PERSON_ROLES, key=len, reverse=True))})\.?\s+$", re.IGNORECASE)


def _previous_paragraph_start(ctx: Context, start: int) -> int:
    """Where the paragraph before the one at ``start`` opens: how far back a description refers."""
    opened = _paragraphs_opened(ctx, start)
    return opened[-2] if len(opened) >= 2 else 0


def paragraph_start(ctx: Context, start: int) -> int:
    """Where the paragraph that holds ``start`` opens."""
    opened = _paragraphs_opened(ctx, start)
    return opened[-1] if opened else 0


def _paragraphs_opened(ctx: Context, start: int) -> list[int]:
    """Where the paragraphs that open at or before ``start`` open (as the pipeline split them; a stage's
    own tests split them here)."""
    facts = ctx.doc.facts
    if "paragraph starts" not in facts:
        facts["paragraph starts"] = [p_start for p_start, _ in paragraphs(ctx.text)[0]]
    return facts["paragraph starts"][: bisect_right(facts["paragraph starts"], start)]


def person_gender(ctx: Context, person: str) -> str | None:
    """A person's gender as far as anything tells: the registry, a word with a gender, the first name."""
    actor = ctx.actors.by_name.get(person)
    return (actor.gender if actor is not None and actor.gender in ("male", "female") else None) or gender_word(person) \
        or _first_name_gender(person)


def _mention_start(st: Statement) -> int:
    return -1 if st.speaker_start is None else st.speaker_start


def _reported_by_another(ctx: Context, earlier, wanted: str) -> bool:
    """Whether the speaker of ``earlier`` is named inside the report of another speaker before it, a
    person known to be of the pronoun's gender (``wanted``: by the registry, a gendered word, a first name
    or the pronoun that names them there)."""
    for other in ctx.found.statements:
        if other is earlier or other.kind == "direct" or not (other.start <= earlier.speaker_start < other.end):
            continue
        if other.speaker is None or other.speaker_start is None or other.speaker_start >= other.start or other.speaker == earlier.speaker:
            continue
        actor = ctx.actors.by_name.get(other.speaker)
        mention = ctx.text[other.speaker_start : other.speaker_end].lower()
        gender = actor.gender if actor else (gender_word(other.speaker) or _first_name_gender(other.speaker)
                                             or (PRONOUNS[mention] if mention in ("he", "she") else None))
        if gender == wanted and (actor is not None or _could_be_one_person(other.speaker)):
            # (someone known to be of that gender: not "Argentina", "Petro-Canada" or "Christian Democrats")
            return True
    return False


def _subject_since(ctx: Context, wanted: str | None, lo: int, start: int, known_gender: bool = False) -> str | None:
    """For "he" and "she" at ``start``: the person who opens the last sentence that a person opens between
    ``lo`` (the end of the mention of the speaker the pronoun would otherwise be) and the pronoun. What
    a sentence is about is what the pronoun of the next most often is: "Sandra Paradis, 78, arrived ...
    She said ...", "Mr. Bezos owns The Washington Post ... He said ...". A person here is the registry's
    or has a given and a family name (:func:`_given_and_family_name`), is of the pronoun's gender as far
    as anything tells (``known_gender``: known to be of it), and opens a sentence outside quotation marks.
    For "it", the company that opens one (:func:`_company_since`)."""
    if wanted == "none":
        return _company_since(ctx, lo, start)
    if wanted not in ("male", "female"):
        return None
    for s_start, s_end in _sentences_since(ctx, lo, start):
        key = (s_start, min(s_end, start))
        if key not in ctx.doc.facts["openers"]:
            ctx.doc.facts["openers"][key] = _person_opening(ctx, *key)
        person = ctx.doc.facts["openers"][key]
        if person is not None and (person[1] == wanted if known_gender else person[1] in (None, wanted)):
            return person[0]
    return None


_SENTENCE_END = re.compile(r"[.!?]\S{0,2}\s|\n")


# A company's name in full: capitalised words and a legal form ("Atari Corp", "Symbol Technologies Inc",
# "Public Service Co of New Mexico" up to its form); the words before the form name it short ("Atari",
# "Symbol", "Symbol Technologies")
_LEGAL_FORMS = ("Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "LLC", "LP", "AG", "SA", "NV", "Corporation", "Company", "Group")
_LEGAL_FORM = rf"(?:{'|'.join(_LEGAL_FORMS)})\b\.?"
_COMPANY = re.compile(rf"(?<![\w.'’&-])(?P<short>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|and|&))*?)\s+"
                      rf"(?P<form>{_LEGAL_FORM}(?:,?\s+{_LEGAL_FORM})*)(?![\w'’-])")


# A company named for its partners, a comma between them: "Sears, Roebuck and Co", "Goldman, Sachs and Co",
# "Smith Barney, Harris Upham and Co" (only with "Co": a list of companies ends as often in "and ... Corp")
_PARTNERS_COMPANY = re.compile(r"(?<![\w.'’&-])(?P<first>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?),\s+[A-Z][\w'’-]*"
                               r"(?:\s+[A-Z][\w'’-]*)?\s+(?:and|&)\s+Co\b\.?")


def companies(ctx: Context) -> dict[str, frozenset[str]]:
    """The companies the article names in full, by the casefolded forms that name them ("atari" and "atari
    corp" for "Atari Corp"; "" for all of them)."""
    facts = ctx.doc.facts
    if "companies" not in facts:
        found: dict[str, set[str]] = {}
        for m in _COMPANY.finditer(ctx.text):
            words = [w for w in m.group("short").split() if w.lower() != "the"]
            if not words or words[0] in ("A", "An"):
                continue
            full = " ".join(words + [m.group("form")])
            for k in range(1 if len(words) == 1 or not _is_body(words[0]) else 2, len(words) + 1):
                # (not "General" alone for "General Motors Corp": a general is a person)
                found.setdefault(" ".join(words[:k]).casefold(), set()).add(full)
            found.setdefault(full.casefold(), set()).add(full)
            found.setdefault("", set()).add(full)
        for m in _PARTNERS_COMPANY.finditer(ctx.text):  # ("Sears, Roebuck and Co" goes by Sears)
            if _given_and_family_name(m.group("first")):
                continue  # (a person, then the company: "Thomas McKiernan, McKiernan and Co president")
            full = " ".join(m.group().removesuffix(".").split())
            words = m.group("first").split()
            for k in range(1, len(words) + 1):
                found.setdefault(" ".join(words[:k]).casefold(), set()).add(full)
            found.setdefault(full.casefold(), set()).add(full)
            found.setdefault("", set()).add(full)
        facts["companies"] = {k: frozenset(v) for k, v in found.items()}
    return facts["companies"]


def _is_body(name: str) -> bool:
    words = name.split()
    return any(w in ORGANISATION_HEADS or w.capitalize() in PERSON_ROLES for w in words)


def _company_since(ctx: Context, lo: int, start: int) -> str | None:
    """For "it" and "the company" at ``start``: the article's lead company (:func:`_opening_company`), when it
    opens the last sentence a company opens between ``lo`` (the end of the mention of the speaker it would
    otherwise be) and the mention, as :func:`_subject_since` finds a person for "he": "Taft Broadcasting Co
    stock rose ... bid from the investment group. Taft earlier rejected a bid. The company said ..." is
    Taft Broadcasting Co. Another company that opens a sentence is most often the one the lead company
    buys, sells or bids for ("Telcom is an international film distributor"), and keeps the speaker."""
    if "opening company" not in ctx.doc.facts:
        ctx.doc.facts["opening company"] = _opening_company(ctx)
    lead = ctx.doc.facts["opening company"]
    if lead is None:
        return None  # (no company leads the article: nothing to look for)
    for s_start, s_end in _sentences_since(ctx, lo, start):
        opener = _company_opening(ctx, s_start, min(s_end, start))
        if opener is not None:
            return lead if set(opener.split()) <= set(lead.split()) else None
    return None


def _opening_company(ctx: Context) -> str | None:
    """The company the article's first sentence opens with, as its whole subject or before a noun ("Taft
    Broadcasting Co stock rose ...", "Gencorp said ..."), by the name the article gives it in full
    ("USAir Group Inc", :func:`companies`); or None (a person, or no name, opens it). (The entity stage's
    lead business, :func:`analysis.attribution.entities._lead_company`, is whom "the company" names when
    nobody spoke before it; it reads the lead up to its first word in lower case.)"""
    first = next(iter(sentence_spans(ctx.text, 0, min(len(ctx.text), 600), join_lines=ctx.hard_wrapped)), None)
    span = opening_subject(ctx, *first) if first else None
    if span is None or not ctx.text[span[0]].isupper():
        return None
    words = ctx.text[span[0] : span[1]].split()
    end = next((k for k, word in enumerate(words) if word in _COMPANY_ENDS), len(words) - 1)
    while end + 1 < len(words) and words[end + 1] in _COMPANY_ENDS:
        end += 1  # ("USAir Group Inc")
    name = " ".join(words[: end + 1])  # ("ITT Corp Chairman Rand Araskog told ..." is ITT Corp's)
    if name.lower() in PRONOUNS or words[0].lower() in DETERMINERS or not is_name_phrase(name) or \
            _given_and_family_name(name) or ctx.actors.resolve(name, ctx.date, ctx.outlet):
        return None  # (not "A bidding war for Viacom International Inc", nor a person)
    full = companies(ctx).get(name.casefold(), frozenset())
    return next(iter(full)).removesuffix(".") if len(full) == 1 else name  # ("USAir" is "USAir Group Inc")


def _one_person_in_sentence(ctx: Context, wanted: str | None, lo: int, start: int) -> str | None:
    """For "he" and "she" at ``start``, in its sentence (or the one before, when the pronoun opens its
    own) if that opens after ``lo`` (the end of the mention of the speaker the pronoun would otherwise
    be): the one person of the pronoun's gender it names before the pronoun as the subject of a clause
    (a verb after the name, no preposition before it), outside quotation marks, when an honorific, the
    registry or the first name tells the
    gender ("It was with that same grit that Mrs. Clinton picked herself up after a defeat by Mr. Obama,
    when she assured ..." is Mrs. Clinton, not the friend quoted before)."""
    if wanted not in ("male", "female"):
        return None
    spans = [span for span in sentence_spans(ctx.text, max(lo, start - 1000), start + 1, join_lines=ctx.hard_wrapped) if span[0] <= start]
    if spans and not ctx.text[spans[-1][0] : start].strip():
        spans.pop()  # (a pronoun that opens its sentence: the sentence before it)
    if not spans or spans[-1][0] <= lo:
        return None  # (no sentence opens after the speaker's mention)
    people = _people_in(ctx, spans[-1][0], min(start, spans[-1][1]), subjects_only=True)
    of_gender = [name for name, gender in people.items() if gender == wanted]
    return of_gender[0] if len(of_gender) == 1 else None


_BEFORE_AN_OBJECT = OBJECT_PREPOSITIONS | {"to"}  # (what a name after it is the object of; not "of", which a subject
# holds as often: "Minister of Transport Vitaly Savelyev provided comments ... He reported ...")
_CAPITALISED_RUN = re.compile(r"(?<![\w.'’-])(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]*)*")
_FOLLOWED_BY_VERB = re.compile(rf"\s+(?:(?:[a-z]+ly|also|then|later|once|never|not|still|even|just)\s+)*"
                               rf"(?:(?:{FINITE_VERBS})\b|[a-z]{{2,}}ed\b|[a-z]{{3,}}(?:es|s)\s+(?:that|to|the|a|an|his|her|their|it|on|in)\b)")


def _sentences_since(ctx: Context, lo: int, start: int) -> list[tuple[int, int]]:
    """The sentences that open between ``lo`` and ``start``, the last first (the one ``lo`` is inside of
    only if ``lo`` opens it: the article's first sentence, or one after the end of another)."""
    if _SENTENCE_END.search(ctx.text, lo, start) is None:
        return []  # (no sentence ends between them: no sentence opens there)
    spans = sentence_spans(ctx.text, lo, start, join_lines=ctx.hard_wrapped)
    opens_sentence = ctx.text[max(0, lo - 12) : lo].rstrip(" \t").rstrip("\"'”’)")[-1:] in ("", ".", "!", "?", "\n")
    return list(reversed(spans if opens_sentence else spans[1:]))


def _company_opening(ctx: Context, s_start: int, hi: int) -> str | None:
    """The company that opens the sentence at ``s_start`` as its whole subject, a verb or an adverb after it
    ("Taft earlier rejected", not "Taft stock rose" or "GenCorp officials declined"), as written, when it
    ends in a company word or names short a company the article names in full ("Taft"), or None."""
    if ctx.text[s_start : s_start + 1] in _OPENING_MARKS:
        return None
    span = opening_subject(ctx, s_start, hi)
    if span is None or not ctx.text[span[0]].isupper():
        return None
    name = " ".join(ctx.text[span[0] : span[1]].split())
    after = ctx.text[span[1] : hi].split(None, 1)
    following = after[0] if after else ""
    if name.lower() in PRONOUNS or not (following.startswith(",") or is_adverb(following) or following in AUXILIARIES
                                         or (following.islower() and (following.endswith("ed") or following in PAST_FORMS))):
        return None
    return name if name.split()[-1] in _COMPANY_ENDS or name.casefold() in companies(ctx) else None


def _person_opening(ctx: Context, s_start: int, hi: int) -> tuple[str, str | None] | None:
    """The person who opens the sentence at ``s_start`` outside quotation marks, and their gender as far
    as anything tells (:func:`_subject_since`), or None."""
    quoted = ctx.text[s_start : s_start + 1] in _OPENING_MARKS or ctx.found.quoted.find(s_start) is not None
    end = _SENTENCE_END.search(ctx.text, hi)
    headline = is_title_case(ctx.text, s_start, end.start() if end else len(ctx.text))
    # (a headline's capitals are no names: "After ISIS’ Death Order ..., Sarah Palin Unleashed 4 Words On Them")
    span = None if quoted or headline else opening_subject(ctx, s_start, hi)
    if span is None or ctx.text[span[0] : span[1]].lower() in PRONOUNS:
        return None
    role_then_name = _ROLE_THEN_NAME_AFTER.match(ctx.text, span[1], hi)
    if role_then_name and is_person_noun(role_then_name.group("role").split()[-1], plural=False):
        if role_then_name.group("name").endswith(("'s", "’s")):
            return None  # (the sentence is about what is theirs: "GOP nominee Donald Trump's first tweet ...")
        span = role_then_name.span("name")  # ("Former Pennsylvania governor Ed Rendell, one of ...")
    name = _named(ctx, ctx.text[span[0] : span[1]], span[0])
    actor = ctx.actors.by_name.get(name)
    if actor is not None:
        return (name, actor.gender) if actor.kind == "person" else None
    if _described_as_a_person(ctx, span[1], hi) and is_name_phrase(name) and len(name.split()) >= 2:
        return name, gender_word(name) or _first_name_gender(name)  # ("Naureen Jahangir, a Sanders supporter from Hemet, ...")
    if not _given_and_family_name(name) or in_lower_case(ctx.text, name.split()[0]):
        return None  # (an article that writes "even" or "mark" may open a sentence with it)
    return name, gender_word(name) or _first_name_gender(name)


def _described_as_a_person(ctx: Context, end: int, hi: int) -> bool:
    """Whether the words after a name at ``end`` say what person it is, as an apposition whose noun is a
    person's: ", a Sanders supporter from Hemet," (a first name the lists do not hold is a name too)."""
    m = _APPOSITION.match(ctx.text, end, hi)
    return m is not None and is_person_noun(m.group("noun"), plural=False)


_APPOSITION = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?(?P<noun>[a-z]+)\b")


_ROLE_THEN_NAME_AFTER = re.compile(r"[ \t]+(?P<role>(?:[a-z][\w-]*[ \t]+){1,3})(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})\b")
# (a role in lower case after the capitals a sentence opens with, then the name: "Former Pennsylvania governor Ed Rendell")


def _given_and_family_name(name: str) -> bool:
    """A person's name: a given name in ``gender-guesser``'s list, after an initial or not, and one more
    name at least ("Sandra Paradis", "Joseph R. Murray II", "C. Boyden Gray"); not a word English writes in lower case or a determiner, which the
    list holds too ("The", "An", "Even"), nor a word that opens a place's name ("San Diego")."""
    titles = _TITLES_ONLY.match(name)
    words = name[titles.end():].split() if titles and len(name[titles.end():].split()) >= 2 else name.split()
    # (after titles: "Adm. Harry Harris", "Lt. Col. Oliver North")
    first = words[1] if len(words) > 2 and _INITIAL.fullmatch(words[0]) else words[0]  # ("C. Boyden Gray")
    return " " in name and is_name_phrase(name) and is_given_name(first) and first.lower() not in DETERMINERS and \
        first not in _PLACE_NAME_STARTS and not written_in_lower_case(first.lower())


_OPENING_MARKS = "“\"'‘"  # (a sentence that opens with a quotation mark is words quoted)


def _pronoun_without_speaker(ctx: Context, low: str, wanted: str | None, start: int) -> str | None:
    """Who a pronoun with no earlier speaker is: for "I" and "we", the person of the last speaker's label
    before them, else whoever the article is by ("Address by the President of Ukraine"); else the nearest
    earlier registry person of the pronoun's gender."""
    nearest, labelled = _registry_people_before(ctx, wanted, start)
    return (labelled or author(ctx)[0] or nearest) if low in ("i", "we") else None if low == "they" else nearest


def _one_person(actor, speaker: str) -> bool:
    """Whether a speaker is one person or thing: the registry's person, a given and a family name, a word
    with a gender ("the woman"), a noun for one person ("the Florida senator"), or what "a" or "one"
    opens ("a Mexican official", "one questioner")."""
    if actor is not None:
        return actor.kind == "person"
    words = speaker.lower().split()
    if "and" in words or "&" in words or (words and plural_form(words[-1]) and seen_in_lower_case(words[-1])):
        return False  # (two or more: "McConnell and Ryan", "Traders")
    return _given_and_family_name(speaker) or gender_word(speaker) is not None or \
        (_may_be_a_person(speaker) and _could_be_one_person(speaker)) or \
        speaker.split(None, 1)[0].lower() in ("a", "an", "one", "each")


def _registry_people_before(ctx: Context, wanted: str | None, start: int) -> tuple[str | None, str | None]:
    """Within the pronoun window before ``start``: the nearest registry person of gender ``wanted`` (any
    for None), and the registry person of the last speaker's label ("President of Belarus Alexander
    Lukashenko: Friends, ... I would like" is Lukashenko's "I")."""
    nearest = labelled = None
    for m in ctx.actors._alias_re.finditer(ctx.text, max(0, start - PRONOUN_WINDOW), start) if ctx.actors._alias_re else ():
        actor = ctx.actors.alias_actor(m.group())
        if wanted is None or actor.gender == wanted:
            nearest = actor.name
        if _LABEL_REST.match(ctx.text, m.end(), start):
            labelled = actor.name
    return nearest, labelled


def _named(ctx: Context, mention: str, start: int) -> str:
    """Who a mention that is no pronoun is: as written for a qualified source or whoever serves another
    ("aides close to Clinton", "an aide to Clinton"); the company that spoke last for "the company"; the
    registry's name; the author for "the message" of a release; the holder of a bare role; else the
    fullest name the article gives. A bare "some", "others" or "another" is of the people who spoke last
    (:func:`_of_the_last_group`)."""
    if mention.lower() in _PART_OF_GROUP:
        return _of_the_last_group(ctx, mention.lower(), start) or mention
    if " " in mention and _QUALIFIED_SOURCE.search(mention):
        return " ".join(mention.split())  # "aides close to Clinton" are not Clinton
    if _SERVING_WORD.search(mention) and _serves_another(mention):
        return " ".join(mention.split())  # nor are "critics of Clinton", "an aide to Clinton"
    person = _person_of(mention)
    if person is not None:  # ("Rep. Tom Cole of Oklahoma" is Tom Cole, as "Cole" is later)
        return _named(ctx, person, start)
    person = _particle_name(mention)
    if person is not None:  # ("Belgian Transport Minister Herman de Croo" is Herman de Croo, in full: the article's
        # runs of capitals stop at the particle)
        actor = ctx.actors.resolve(person, ctx.date, ctx.outlet)
        return actor.name if actor is not None else " ".join(person.split())
    if _THE_SPOKESMAN.fullmatch(mention):  # whom the last spokesman spoke for: "A spokesman for Boeing Co said ..."
        spoken_for = _spoken_for(ctx, start)
        if spoken_for is not None:
            return spoken_for
    if _THE_COMPANY.fullmatch(mention):  # the company that spoke last: "Ohio Mattress Co said ... The company said"
        earlier = next((earlier for earlier in reversed(ctx.found.statements) if earlier.speaker_start is not None
                        and earlier.speaker_start < start and earlier.speaker and earlier.speaker.split()[-1] in _COMPANY_ENDS), None)
        since = _company_since(ctx, earlier.speaker_end if earlier else max(0, start - PRONOUN_WINDOW), start)
        if since is not None or earlier is not None:
            return since or earlier.speaker
    actor = ctx.actors.resolve(mention, ctx.date, ctx.outlet)
    if actor is not None and _namesake_in_article(ctx, mention, actor):
        actor = None  # the article's own "Bill Clinton" before the registry's Hillary Clinton for "Clinton"
    other = actor if actor and actor.gender and gender_word(mention) not in (None, actor.gender) else None
    if actor and other is None:
        return actor.name
    # (a gendered honorific rules out a registry person of the other gender: "Mr. Clinton" is not Hillary Clinton)
    if _SENT_WORDS.fullmatch(mention) and author(ctx)[0] and not _SENDER.search(ctx.text, 0, start):
        # "The message reads, in part: ..." in a release that names no sender: the message is the
        # article's author's, the head of state whose office publishes it
        return author(ctx)[0]
    role = _BARE_ROLE.fullmatch(" ".join(mention.split()))
    if role and role.group("head").split()[-1].capitalize() in PERSON_ROLES and (
            role.group("the") or role.group("of")):
        holder = _bare_role_holder(ctx, role, start)
        if holder is not None:
            return holder
    return _fullest_name(ctx.text, _PARTY_TAG_AT_END.sub("", mention) if ")" in mention else mention, ctx.hard_wrapped,
                         set(other.aliases) | {other.name} if other else frozenset())


def _of_the_last_group(ctx: Context, part: str, start: int) -> str | None:
    """Whom a bare "some", "many", "others" or "another" at ``start`` names: part of the people the last
    speaker before it was, when that speaker is a common noun for people that the text names (not by a
    pronoun) at most :data:`_GROUP_WINDOW` characters before: "Traders agreed rain was needed, but some
    noted ..." are some traders, "One arbitrager said ... Another said ..." another arbitrager; else None."""
    earlier = next((st for st in reversed(ctx.found.statements) if st.speaker_start is not None
                    and st.speaker_start < start and st.speaker), None)
    named = earlier and start - earlier.speaker_end <= _GROUP_WINDOW and \
        ctx.text[earlier.speaker_start : earlier.speaker_end].lower() not in PRONOUNS  # (named there, not "they")
    words = earlier.speaker.lower().split() if named else []
    counted = len(words) == 2 and words[0] in ("one", "a", "an") and part == "another" and \
        words[1].endswith(_AGENT_ENDS)  # ("one arbitrager", "a user": someone who does something)
    if not words or len(words) > 2 or (len(words) == 2 and words[0] not in DETERMINERS | QUANTIFIERS) or \
            not words[-1].isalpha() or not (counted or is_person_noun(words[-1])) or words[-1] in _PART_OF_GROUP:
        return None  # (a name, a phrase with more to it, or a part of a group already)
    noun = words[-1]
    one = noun[:-1] if plural_form(noun) else noun
    if part == "another":
        return f"another {one}" if one != noun or words[0] in ("one", "a", "an") else None
    if not plural_form(noun):
        return None
    return f"other {noun}" if part == "others" else f"{part} {noun}"


_PART_OF_GROUP = {"some", "many", "most", "several", "few", "others", "another"}  # (words that name part of a group)


_AGENT_ENDS = ("er", "or", "ist", "ant", "ent")  # (how a noun for someone who does something ends)


_GROUP_WINDOW = 300  # (characters: the same sentence or the next, as "Analysts said ... Others said ...")


def _bare_role_holder(ctx: Context, role: re.Match, start: int) -> str | None:
    """Who a bare role ("The Adviser noted ...") is: the last speaker named with that role ("Adviser to
    the Head of the Office Mykhailo Podolyak said ..."), else the last person the article names after
    it (:func:`_holder_named`)."""
    role_words = role.group("head") + role.group("of")
    wanted_role = role_words.lower()
    for earlier in reversed(ctx.found.statements):
        if earlier.speaker_start is None or earlier.speaker_start >= start or not earlier.speaker or \
                not earlier.speaker_text or not _is_full_name(earlier.speaker):
            continue
        said_as = earlier.speaker_text.lower()
        at = said_as.find(wanted_role)
        named_at = said_as.find(earlier.speaker.split()[-1].lower())
        if at != -1 and said_as[:at].split()[-1:] not in (["prime"], ["deputy"], ["first"], ["vice"]) and (
                named_at == -1 or at < named_at):
            return earlier.speaker  # (the role before the name: not "Deputy Head" for "the Head")
    # else the last person the article names after that role, speaker or not: "Deputy Head of the
    # Office of the President Roman Mashovets met with ..."
    name = _holder_named(ctx, role, start)
    if name is not None:
        actor = ctx.actors.resolve(name, ctx.date, ctx.outlet)
        return actor.name if actor else _fullest_name(ctx.text, name, ctx.hard_wrapped)
    return None


def _spoken_for(ctx: Context, start: int) -> str | None:
    """Whom "the spokesman" speaks for: the speaker of the last statement before ``start`` whose mention a
    spokesman stands before, "for", "of" or "at" it ("A spokesman for Boeing Co said ... The spokesman
    said ..." is Boeing Co, as the spokesman's first words are)."""
    for earlier in sorted(ctx.found.statements, key=_mention_start, reverse=True):
        if earlier.speaker_start is None or earlier.speaker_start >= start or not earlier.speaker:
            continue
        if _SPOKESMAN_FOR.search(ctx.text, max(0, earlier.speaker_start - 40), earlier.speaker_start):
            return earlier.speaker
        if _A_SPOKESMAN.search(ctx.text, earlier.speaker_start, earlier.speaker_end):
            return None  # (a nearer spokesman named otherwise is whom "the spokesman" is: "A Treasury spokesman")
    return None


_SPOKES = r"spokes(?:man|woman|person)"
_A_SPOKESMAN = re.compile(rf"\b{_SPOKES}$", re.IGNORECASE)


_THE_SPOKESMAN = re.compile(rf"[Tt]he\s+{_SPOKES}")
_SPOKESMAN_FOR = re.compile(rf"\b[Ss]{_SPOKES[1:]}\s+(?:for|of|at)\s+(?:the\s+)?$")


_THE_COMPANY = re.compile(r"[Tt]he\s+(?:company|firm|corporation)")


_COMPANY_ENDS = set(_LEGAL_FORMS) | {"Partnership", "Holdings", "Cos", "Bancorp", "Industries"}
# (how a company's name ends in wire copy: a legal form, or a word that names a business as one)


def _holder_named(ctx: Context, role: re.Match, start: int) -> str | None:
    """The name of the last person the article names after a bare role (a :data:`_BARE_ROLE` match),
    before ``start``, or in the title. When the role ends in a body or a role ("the Adviser to the Head
    of the President's Office") and the article words it otherwise, the role with fewer of its parts
    ("Adviser to the Head of the Office of the President Oleksiy Arestovych"), then its head where what
    it is of ends in the same word ("Head of the President's Office Andriy Yermak" for "the Head of the
    Office"). The text is read before the title ("Meeting with Governor of Sevastopol Mikhail
    Razvozhayev" for "The Governor"), and the title before the headings in capitals ("PRESS BRIEFING BY
    PRESS SECRETARY JEN PSAKI" for "THE PRESS SECRETARY")."""
    head, of = role.group("head"), role.group("of")
    last = of.split()[-1] if of else None
    wordings = [(head + of, None)]
    if last is None or last in ORGANISATION_HEADS or last in PERSON_ROLES:  # (not a name: "of Lithuania Gitanas Nausėda")
        parts = [part for part in _ROLE_OF_PART.split(of) if part]
        wordings += [(head + "".join(parts[:n]), None) for n in range(len(parts) - 1, 0, -1)] + ([(head, last)] if last else [])
    in_capitals = headings(ctx)
    for where, end in ((ctx.text, start), (ctx.title, len(ctx.title)), (in_capitals, len(in_capitals))):
        for wording, ending in wordings:
            named = None
            for found in _role_then_name(wording).finditer(where, 0, end):
                if ending is not None and ending not in where[found.start() : found.start("name")].split():
                    continue
                if not any(word in ORGANISATION_HEADS or word in PERSON_ROLES for word in found.group("name").split()):
                    named = found  # (not a body: "Head of the International Policy Bureau")
            if named is not None:
                return named.group("name")
    return None


_SENT_WORDS = re.compile(r"[Tt]he\s+(?:message|letter|telegram|greetings?|condolences)")  # words one sends


_SENDER = re.compile(r"\b(?:sent|sends|send|addressed|conveyed|wrote)\s+(?:\S+\s+){0,3}?(?:message|letter|telegram|greetings|condolences)\b")


# A role without a name: "the Adviser", "the Deputy Head", "Deputy Head of the Office of the President"
_ROLE_OF = r"(?:\s+(?:of|to)\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*?)"  # ("of the Office of the President")


_ROLE_OF_PART = re.compile(r"(?=\s+(?:of|to)\s)")  # (where each part of what a role is of starts)


_BARE_ROLE = re.compile(rf"(?P<the>[Tt]he\s+)?(?P<head>(?:(?:First\s+)?Deputy\s+)?[A-Z][a-z]+(?:\s+Minister)?)(?P<of>{_ROLE_OF}*)")


@lru_cache(maxsize=256)
def _role_then_name(role: str) -> re.Pattern:
    """``role`` (and what it is of) before the name of its holder: "Deputy Head of the Office of the
    President of Ukraine Ihor Zhovkva", "Adviser to the Head of the Office Mykhailo Podolyak" for "the
    Adviser" (not "Deputy Head" for "the Head", nor "Prime Minister" for "the Minister")."""
    return re.compile(rf"(?<!Prime\s)(?<!Deputy\s)(?<!First\s)(?<!Vice\s)\b{literal_pattern(role)}{_ROLE_OF}*?,?\s+"
                      r"(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?![\w'’-]|\s+[A-Z])")  # (a fuller name the registry or the article gives)


# A title that names whose words the article is: "Speech by President of Ukraine Volodymyr Zelenskyy at ...",
# "Address by the President of Ukraine to the citizens", "Article by Vladimir Putin ...", "Statement from President
# Joe Biden on ..." ("from" right after the word: "Reagan speech wins reaction from Congress" is nobody's)
TITLE_BY = re.compile(r"\b(?P<genre>address|speech|article|interview|statement|remarks|message|greetings)\b(?:[^.:]{0,40}?\bby|"
                      r"\s+from)\s+(?:the\s+)?(?P<by>.+?)(?:\s+(?:at|to|in|on|for|during|before|with)\b|[\s,.:\"“]*$)", re.I)


def title_by(ctx: Context) -> tuple[str, str] | None:
    """What kind of words the title says the article is, in lower case, and whose (:data:`TITLE_BY`):
    ("address", "President of Ukraine Volodymyr Zelenskyy"); None where it says neither. Read once."""
    facts = ctx.doc.facts
    if "title by" not in facts:
        by = TITLE_BY.search(ctx.title)
        facts["title by"] = (by["genre"].lower(), by["by"]) if by else None
    return facts["title by"]


def author(ctx: Context) -> tuple[str | None, bool]:
    """Whose words the article is, and whether its title says so: the registry person the title says
    it is by ("Address by the President on the second morning of the war", "... - address by
    President of Ukraine Volodymyr Zelenskyy"), else the head of state of an outlet that speaks for
    one (a release of the President of Ukraine's office in the first person is his address), else
    None. Worked out once per article."""
    facts = ctx.doc.facts
    if "author" not in facts:
        _, by = title_by(ctx) or (None, None)
        titled = ctx.actors.resolve(by, ctx.date, ctx.outlet) or ctx.actors.resolve(
            "the " + by, ctx.date, ctx.outlet) if by else None
        named = _person_in_title(by) if by and titled is None else None
        actor = titled or ctx.actors.outlet_head(ctx.date, ctx.outlet)
        facts["author"] = (named or (actor.name if actor else None), titled is not None or named is not None)
    return facts["author"]


def _person_in_title(words_by: str) -> str | None:
    """The person a title says the words are by, from their first name on, when the registry does not know
    them: "Secretary Antony J. Blinken" is Antony J. Blinken, "Ambassador Linda Thomas-Greenfield" Linda
    Thomas-Greenfield; "the Press Secretary" names nobody."""
    words = words_by.split()
    first = next((k for k, word in enumerate(words[:-1]) if is_given_name(word)), None)
    name = " ".join(words[first:]) if first is not None else None
    return name if name and _is_full_name(name) else None


# Two to seven capitalised words. (The capital comes first and the word boundary before it is checked
# after it, so the scan skips from capital to capital.)
# (A word's letters are never given back: what follows them, a full stop or a space, is no letter.)
# (a full stop inside only after an initial or a short title, "J.", "Sen.": not "Mette Frederiksen. Pedro")
_SHORT_STOP = r"(?:(?<=\b\w)\.|(?<=\b\w\w)\.|(?<=\b\w\w\w)\.)?"


# (the rest of a capitalised word of a name: a hyphen then a lower-case word ends it, since that makes an
# adjective of the word, "Los Angeles-area Sanders supporters", "Texas-based", while "Mark-Viverito" is a name)
_NAME_REST = r"(?:[\w'’]|-(?![a-z]))*+"
_NAME_RUN = re.compile(rf"[A-Z](?<!\w[A-Z]){_NAME_REST}{_SHORT_STOP}\s+(?:[A-Z]{_NAME_REST}{_SHORT_STOP}\s+){{0,5}}[A-Z](?:[\w'’]|-(?![a-z]))+\b")


# Words that open a sentence and are never part of a name: "Where Ukraine ...", "Does Rubio ...",
# "Doesn't Ukraine ..." (the finite verbs, but "Will" and "May", which are first names too: "Will Doyle")
_OPENING_VERBS = [verb.capitalize() for verb in FINITE_VERBS.split("|") if verb not in ("will", "may")]


_NOT_IN_NAMES = re.compile(r"\b(?:The|A|An|In|On|At|But|And|If|When|As|For|To|Where|What|Why|How|Who|Before|After|Since|During|"
                           r"Unlike|Despite|Amid|"
                           rf"{'|'.join(_OPENING_VERBS + OPENING_REPORTS)}|(?:Should|Does|Do|Is|Are|Was|Were|Wo|Ca)n[’']t|"
                           r"Today|Yesterday|Tomorrow|Now|Then|Here|There|This|That|These|Those|Meanwhile|However)\b(?!\.)")
# (an initial is no word: "A. William Reynolds")


# Words that open a sentence before a name, not the name: "Because Russia ...", "Even Corey Lewandowski ...",
# "While Sanders ..."
_BEFORE_NAME = re.compile(r"(?:" + "|".join(sorted(word.capitalize() for word in SUBORDINATORS)) + "|Also|Even|Thus|Therefore|"
                          r"Moreover|Furthermore|Indeed|Perhaps|"
                          rf"Please|Let|(?:Last|This|Next|On)\s+(?:{DAY_NAMES})|{DAY_NAMES})\s+")  # (and a day: "Last Friday Reagan")


# Titles before a name, and what comes before them: "Moscow Mayor", "Vermont Sen.", "NATO Secretary General"
_TITLES_TO_NAME = re.compile(rf"^(?:(?:the|The)\s+)?(?:[\w.'’-]+\s+)*(?:Secretary\s+General|{TITLES}|Minister|Governor)\s+(?=\S)")


_TITLES_ONLY = re.compile(rf"^(?:{TITLES}\s+)+(?!(?:(?:{'|'.join(sorted(PERSON_ROLES, key=len, reverse=True))})\s+)?of\b)")
# (not a role, nor the rest of one: "President of Ukraine", "Secretary General of the Congress")


@lru_cache(maxsize=1)  # the article being read: built once, on the first unknown name
def _name_index(text: str, hard_wrapped: bool = False) -> dict[str, list[str]]:
    """Surname -> the names ending in it over one article, longest first (in text order among
    names of one length)."""
    names: dict[str, list[str]] = {}
    runs = _name_runs(text, hard_wrapped) + _name_runs("\n".join(_headings_in_title_case(text)))
    for run in dict.fromkeys(runs):  # (each name once, in the order the article gives them)
        owned = run.endswith(_OWNED_ENDS)
        if owned:
            run = run[:-2]  # whose something is, the name: "Thomas Frank’s new book"
        name, titles = _run_without_titles(run)
        if owned and not is_given_name(name.split()[0]):
            continue  # (only a first name and the rest: not "Presenting Oleksiy Reznikov’s", "Professor Nega’s")
        words = name.split()
        if len(words) >= 3 and words[0].lower() in CLAUSE_WORDS | SUBORDINATORS and in_lower_case(text, words[0]):
            name, words = name[len(words[0]):].lstrip(), words[1:]  # (a word that opens the sentence, before a name:
            # "As Akhil Amar, professor of constitutional law, put it")
        if len(words) < 2 or _NOT_IN_NAMES.search(name) or all(_INITIAL.fullmatch(word) for word in words[:-1]):
            continue  # (nor initials alone before a surname, the tail of a longer run: "M. Reid" of "... Harry M. Reid")
        if any(_DATE_NAME.fullmatch(word) for word in words[:-1]) or (
                words[0].lower() in AUXILIARIES and in_lower_case(text, words[0])):
            continue  # nor a date before a name ("Last March Hu cut ..."), nor a verb that opens a question ("Will
            # Sanders win?" names no Will Sanders in an article that writes "will")
        second = _second_name_at(words)
        if second:  # (a headline's run holds two names: "Jeb Bush Hits Marco Rubio On Rape Exception")
            name, words = " ".join(words[second:]), words[second:]
        at = text.find(run) if len(words) >= 3 and not titles and "." not in words[1] else -1
        if at != -1 and text.endswith(("of ", "of the ", "to ", "to the "), 0, at):
            # (the first time the run stands in the article, "of" or "to" comes before it)
            if _ROLE_OF_BEFORE.search(text, max(0, at - 60), at):
                # the place or body a capitalised role is of, before the name: "Prime Minister of the United
                # Kingdom Boris Johnson", "President of Ukraine Andriy Sybiha", "Chief of Staff Howard Baker"
                words = _after_place(text, words)
                name = " ".join(words)
            elif stands_alone(text, words[0], words[1]):
                # the place a role is of, named on its own elsewhere, before the name: "Head of the Office
                # of the President of Ukraine Andriy Yermak" (but "the office of Sant Singh Chatwal")
                name = name[len(words[0]):].lstrip()
                words = words[1:]
        if _body_then_person(words):
            name = " ".join(words[-2:])  # a body, then the person: "Defense Council Oleksiy Danilov"
            words = words[-2:]
        if len(words) >= 3 and words[-2].capitalize() in PERSON_ROLES:
            continue  # a role and a surname, not a fuller name: "Neither Speaker Ryan"
        role_at = len(words) - (4 if len(words) >= 4 and len(words[-2]) == 2 and words[-2][1] == "." and words[-2][0].isupper() else 3)
        while role_at >= 1 and _INITIAL.fullmatch(words[role_at]):
            role_at -= 1  # (an initial opens the name: "White House Counsel W. Neil Eggleston")
        if role_at >= 1 and words[role_at].strip(".,").capitalize() in PERSON_ROLES and \
                not any(word in ORGANISATION_HEADS for word in words[role_at + 1:]):
            name = " ".join(words[role_at + 1:])  # a role right before the name: "House Speaker Paul Ryan",
            words = words[role_at + 1:]  # "Senate Minority Leader Harry M. Reid"
        owner = False
        while len(words) > 2 and words[-1] not in PERSON_ROLES and words[-1] not in ORGANISATION_HEADS and (
                words[0] in PERSON_ROLES or (owner and words[0] in ORGANISATION_HEADS) or words[0].endswith(_POSSESSIVE_ENDS)
                or (is_title(words[0]) and _first_name_after_title(words[1:]))):
            # a title, or an owner and its body, before a name: "Speaker Paul D. Ryan", "CNN's Jake Tapper",
            # "Comedian Sarah Silverman", "Rabbi Marvin Hier" (a title nameparser knows, before a first name),
            # "President's Office Andriy Yermak" (but "Deputy Prime Minister" and "New York Times" are whole)
            owner = words[0].endswith(_POSSESSIVE_ENDS)
            name = name[len(words[0]):].lstrip()
            words = words[1:]
        surname = words[-2].rstrip(",") if len(words) >= 3 and is_name_suffix(words[-1]) else words[-1]
        if surname != words[-1] and words[-1] in ("Jr", "Sr"):
            name += "."  # (the abbreviation's full stop, which the run leaves to the sentence: "Louis Gerstner Jr.")
        known = names.setdefault(surname, [])  # (a suffix is no surname: "Morris J. Brooks Jr." is Brooks)
        if name not in known:
            known.append(name)
    for known in names.values():
        kin = {name.rsplit(None, 1)[0].rstrip(",") for name in known if is_name_suffix(name.split()[-1].rstrip("."))}
        if kin & set(known):  # (the name with a suffix is another person where the name without it stands too:
            known.clear()  # "Duncan Hunter Sr.", the father, beside Rep. Duncan Hunter; "Brent Bozell III" beside his
            # father "Brent Bozell, Jr.": which of them the surname alone is, the article does not say)
        known.sort(key=lambda name: -len(name.split()))
    return names


def headings(ctx: Context) -> str:
    """The article's headings in capitals as title case writes them, one per line (worked out once)."""
    if "headings" not in ctx.doc.facts:
        ctx.doc.facts["headings"] = "\n".join(_headings_in_title_case(ctx.text))
    return ctx.doc.facts["headings"]


def _headings_in_title_case(text: str) -> list[str]:
    """The roles and the names after them in the lines written in capitals (a heading), as title case writes
    them: "PRESS BRIEFING BY PRESS SECRETARY JEN PSAKI" gives "Press Secretary Jen Psaki". Only a role word
    right before a first name: a headline in capitals ("USAIR SUES TWA") names nobody. Not a speaker's label
    ("MS. PSAKI:") nor a time ("2:41 P.M. EDT")."""
    found = []
    for line in _CAPITALS_LINE.findall(text):
        if ":" in line:
            continue
        words = ["-".join(part.capitalize() for part in word.split("-")) for word in line.split()]
        for i, word in enumerate(words[:-2]):
            if word.rstrip(".,") in PERSON_ROLES and is_given_name(words[i + 1]):
                end = i + 2
                while end < len(words) and end < i + 5 and words[end].lower() not in _HEADING_WORDS and words[end][-1:].isalpha():
                    end += 1  # (the name, up to a small word or a comma: "... Jen Psaki, March 1")
                if end < len(words) and words[end][-1:] == "," and end < i + 5:
                    end += 1
                first = i - 1 if i and words[i - 1].lower() not in _HEADING_WORDS else i  # (a word of the role: "Press Secretary")
                found.append(" ".join(words[first:end]).rstrip(","))
    return found


_CAPITALS_LINE = re.compile(r"^[ \t]*([A-Z][^a-z\n]{8,200}?)[ \t]*$", re.MULTILINE)
_HEADING_WORDS = {"by", "of", "the", "and", "for", "with", "on", "at", "to", "in", "a", "an", "from", "briefing", "remarks",
                  "statement", "readout", "transcript", "interview"}  # (what stands in a heading around a role and a name)


_OWNED_ENDS = ("’s", "'s")
_LINE_BREAK = re.compile(r"\s*\n\s*")
_BLANK_LINE = re.compile(r"\s*\n\s*\n\s*")  # (a paragraph break where the text is wrapped at a width)


def _name_runs(text: str, hard_wrapped: bool = False) -> list[str]:
    """The runs of capitalised words (:data:`_NAME_RUN`), a run that opens with a middle initial joined
    to the run right before it, which the run's length cut there ("Senate Minority Leader Harry" and
    "M. Reid" are "Senate Minority Leader Harry M. Reid"). A run never goes over a paragraph break (a line
    break, or a blank line where the text is wrapped at a width): "Press Briefing by Press Secretary Jen
    Psaki" and "MS. PSAKI:" on the next line are two runs."""
    runs: list[str] = []
    end = -1
    for m in _NAME_RUN.finditer(text):
        if runs and m.start() == end + 1 and text[end] == " " and _INITIAL_OPENS.match(m.group()):
            runs[-1] = f"{runs[-1]} {m.group()}"
        else:
            runs.append(m.group())
        end = m.end()
    breaks = _BLANK_LINE if hard_wrapped else _LINE_BREAK
    return [part for run in runs for paragraph in breaks.split(run) if paragraph for part in _cut_at_sentence_ends(paragraph)]


def _run_without_titles(run: str) -> tuple[str, bool]:
    """A run of capitalised words without what comes before the name in it (no titles, no sentence opener)
    and, for a long run, what comes after it (:func:`_name_end`); and whether titles were left out."""
    name = run
    titles = None if TITLE_WORDS.isdisjoint(name.split()) else _TITLES_TO_NAME.match(name)
    if titles:
        name = name[titles.end():]  # "Moscow Mayor Sergei Sobyanin" is Sergei Sobyanin
    opening = _BEFORE_NAME.match(name) or _ACRONYM_STOP.match(name)
    if opening:  # (and an acronym ending the sentence before: "... with the EU. Celia Kuningas-Saagpakk")
        name = name[opening.end():]
    if len(name.split()) > 2 and len(run.split()) > 4:
        name = " ".join(_name_end(name.split()))  # (a run longer than a title and a name may go on past the name)
    return name, titles is not None


def _name_end(words: list[str]) -> list[str]:
    """The words of a run up to the end of the name in it: a headline's run goes on past the name with
    words English writes in lower case (:func:`written_in_lower_case`) or small words ("Marco Rubio On
    Rape Exception" is "Marco Rubio"). Two words are always kept."""
    while len(words) > 2 and (words[-1].strip(".,").lower() in _SMALL_WORDS or written_in_lower_case(words[-1].strip(".,"))):
        words = words[:-1]
    return words


_SMALL_WORDS = PREPOSITIONS | DETERMINERS | {"and", "or", "but", "as", "is", "are", "was", "will"}


def _cut_at_sentence_ends(run: str) -> list[str]:
    """A run of capitalised words cut after each full stop inside it that no title or suffix ends
    (:func:`name_abbreviations`): there a sentence ended ("Lloyds Bank PLC. Continental Bank", "New
    Year's Eve. Some Germans"); "Army Lt. Col. Craig McNab" stays whole. Parts of one word are dropped."""
    parts, at = [], 0
    for m in _STOP_INSIDE.finditer(run):
        if m.group(1).lower() not in name_abbreviations():
            parts.append(run[at : m.end(1) + 1])
            at = m.end()
    parts.append(run[at:])
    return [part for part in parts if len(part.split()) >= 2]


_STOP_INSIDE = re.compile(r"\b([A-Za-z]{2,3})\.\s+(?=[A-Z])")


_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial, or a first name written as one: "M.", "W."
_INITIAL_OPENS = re.compile(r"[A-Z]\.\s")


def _second_name_at(words: list[str]) -> int:
    """Where a second person's name starts in a run of capitalised words: the last first name after the
    run's second word whose word before is neither a first name nor an initial ("Jeb Bush Hits Marco
    Rubio": 3; "George Herbert Walker Bush", "Martin Luther King": 0)."""
    for k in range(len(words) - 2, 1, -1):
        if is_given_name(words[k]) and words[k - 1][:1].isupper() and not is_given_name(words[k - 1]) and \
                not _INITIAL.fullmatch(words[k - 1]):
            return k
    return 0


def _body_then_person(words: list[str]) -> bool:
    """Whether the words end in a body and then the two words of a person's name: "Defense Council
    Oleksiy Danilov" (but "Federal Reserve Bank Board" is a body alone)."""
    return len(words) > 3 and words[-3] in ORGANISATION_HEADS and words[-2].isalpha() and all(
        word[:1].isupper() and word not in ORGANISATION_HEADS for word in words[-2:])


def _after_place(text: str, words: list[str]) -> list[str]:
    """The words of a name after the place or body a capitalised role is of ("Kingdom Boris
    Johnson" after "Prime Minister of the United"). A run of three is a place of one word and a name of
    two; a longer one loses the words the article shows are a place's ("Turkey Recep Tayyip Erdogan"
    keeps three)."""
    three = len(words) == 3
    while len(words) > 2:
        if len(words) > 3 and (words[0] in _PLACE_NAME_STARTS or words[1] in _PLACE_HEADS):
            words = words[2:]  # ("United Kingdom", "Verkhovna Rada", "Kyrgyz Republic")
        elif three or stands_alone(text, words[0], words[1]) or words[0] in ORGANISATION_HEADS or \
                words[0] in _PLACE_HEADS or in_lower_case(text, words[0]):
            words = words[1:]
        else:
            break
    return words


# A body or role, "of" (and "the"), then a run of three or four capitalised words: a place and a name
_PLACE_THEN_NAME = re.compile(r"\b(?P<body>[A-Z][\w'’-]*)\s+(?:of|to)\s+(?:the\s+)?(?P<run>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){2,3})$")


_ACRONYM_STOP = re.compile(r"[A-Z]{2,}\.\s+")


_PLACE_HEADS = {"Republic", "Kingdom", "Nations", "States", "Emirates", "Islands", "Rada", "Confederation"}


_ROLE_OF_BEFORE = re.compile(r"\b[A-Z][\w'’]*\s+(?:of|to)\s+(?:the\s+)?$")  # "Minister of the ", "Ambassador to "


def stands_alone(text: str, word: str, following: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word somewhere without ``following`` after it."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            rest = text[end : end + len(following) + 2].lstrip()
            if not (rest.startswith(following) and not rest[len(following) : len(following) + 1].isalnum()):
                return True
        at = text.find(word, end)
    return False


_PARTY_TAG_AT_END = re.compile(r"\s*\([^)]{0,20}\)\s*$")


# A role ending in a word in lower case before a name of two words or more: "Democratic pollster Stan Greenberg"
_ROLE_BEFORE_NAME = re.compile(r"^.*\s(?!(?:the|a|an|of|for|in|at|on|to|with|from|by|de|van|von|bin|al|la|du|da|di|der|and|or)\s)"
                               r"[a-z][\w-]*\s+"
                               r"(?=(?:[A-Z][\w.'’-]*\s+)+[A-Z][\w'’-]*$)")


_LOWER_LEAD = re.compile(r"^(?!(?:the|a|an|his|her|their|its|our|my)\b)(?:[a-z][\w-]*\s+)+(?=[A-Z])")


# The word before "to"/"of" at the end of words in lower case before a name: a role or a relative there
# serves the one named after it ("adviser to the President of Ukraine", "members of Congress", "the wife of")
_SERVED_BY = re.compile(r"(\w+)\s+(?:to|of)\s+(?:the\s+)?$")


_KIN = {"wife", "husband", "son", "daughter"}


_SERVING = re.compile(r"(?P<lead>(?:[\w-]+\s+){0,3}?)(?P<head>[A-Za-z]+)\s+(?:to|of|for)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*")


_SERVING_WORD = re.compile(r"\s(?:to|of|for)\s|[’']s\s|s[’']\s")  # (what both patterns need: a quick scan)


_SERVING_OWNED = re.compile(r"(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.-]*(?:[’']s|s[’'])\s+(?:[a-z-]+\s+)?(?P<head>[a-z]+)")


def _serves_another(mention: str) -> bool:
    """Whether ``mention`` is someone who serves, backs or opposes the person named in it, not that
    person: "One aide to Hillary Clinton", "Supporters of Democrat Hillary Clinton", "Clinton’s
    allies" (but "Adviser to the President of Ukraine Oleg Ustenko" is Ustenko, named after his role)."""
    words = " ".join(mention.split())
    owned = _SERVING_OWNED.fullmatch(words)
    if owned:
        return owned.group("head") in SERVING_HEADS
    serving = _SERVING.fullmatch(words)
    if not serving or serving.group("head").lower() not in SERVING_HEADS:
        return False
    head, lead = serving.group("head"), serving.group("lead").split()
    # a capitalised role is a title before the name of its holder ("Economic Adviser to the President
    # Oleg Ustenko"), unless it is plural or a determiner opens it ("One Aide to ...")
    return head.islower() or head.endswith("s") or (bool(lead) and (lead[0].lower() in DETERMINERS or lead[0].lower() in QUANTIFIERS))


_POSSESSIVE_ENDS = ("’s", "'s", "s’", "s'")


def _fullest_name(text: str, mention: str, hard_wrapped: bool = False, ruled_out=frozenset()) -> str:
    """For a person the registry does not know, the fullest form of the name the article gives:
    "Mr. Burman" is "Leonard E. Burman" if the article names him so anywhere. Without the common
    words, role, owner, titles or body before the name ("panel Chairman", "Bank of Tokyo economist",
    "CNN's", "Vermont Sen.", "the Security Service of Ukraine"); never a name ``ruled_out`` (the registry
    person of the other gender than the mention's honorific: "Hillary Clinton" for "Mr. Clinton")."""
    # "panel Chairman ..." -> "Chairman ...", but "the US president" stays as written
    lead = _LOWER_LEAD.match(mention) if mention[:1].islower() else None
    served = _SERVED_BY.search(lead.group()) if lead else None
    serving = served is not None and (served.group(1).lower() in _KIN or served.group(1).lower().removesuffix("s") in ROLE_HEADS)
    if lead and not serving:
        mention = mention[lead.end():]
    words = mention.split()
    surname = words[-1] if words else ""
    if len(words) > 2 and words[0] in ("the", "The") and surname[:1].isupper() and surname[1:].islower() and \
            surname not in ORGANISATION_HEADS | PERSON_ROLES | _COMPANY_ENDS and not plural_form(surname) and \
            not in_lower_case(text, surname) and "of" not in words and "and" not in words:
        # (one family name, not "the State Department", "the Kansas Republican"; the person, not "The rise of Bannon")
        person = next((name for name in _name_index(text, hard_wrapped).get(surname, ()) if len(name.split()) == 2
                       and is_given_name(name.split()[0]) and name.split()[0].lower() not in DETERMINERS
                       and name.split()[0] not in words), None)
        if person is not None:
            return person  # no person's name follows "the": a comma went missing before it ("... to the Soviet
            # Union Lyng said", where the article names Richard Lyng)
    if len(words) == 1 and plural_form(surname) and in_lower_case(text, surname):
        return mention  # a plural noun the article writes in lower case too is no name: "Dealers" are not the
        # "International Bond Dealers" of an association's name
    if not surname[:1].isupper() or len(surname) < 2 or (len(surname) == 2 and (not surname[1].islower() or surname in _COMPANY_ENDS)):
        return mention  # (a family name has two letters at least, "Hu", "Li"; not "US", "UN", "Co")
    role = _ROLE_BEFORE_NAME.match(mention) if len(words) > 2 else None
    if role:  # "Bank of Tokyo economist Haruo Muto" is Haruo Muto
        mention = mention[role.end():]
        words = mention.split()
    if len(words) > 2 and words[0].endswith(_POSSESSIVE_ENDS) and all(word[:1].isupper() for word in words[1:]):
        mention = mention[len(words[0]):].lstrip()  # "CNN's Jake Tapper" is Jake Tapper
        words = words[1:]
    described = _described_before(words)
    if described:  # "Analyst Edward Johnson", "House Republican Thomas Massie", "The 17-year-old Jared Potts"
        mention = " ".join(words[described:])
        words = words[described:]
    best = _without_titles_or_body(text, mention, words, surname)
    given = best.split()
    after_role = _name_after_long_role(text, words, given, surname, hard_wrapped)
    if after_role is not None:
        return after_role
    fullest = _longest_name_holding(text, given, best, surname, hard_wrapped, ruled_out)
    return _name_opening_with(text, fullest, hard_wrapped) if fullest == mention and len(given) == 1 else fullest


_DATE_NAME = re.compile(f"{DAY_NAMES}|{MONTH_NAMES}")


def _name_opening_with(text: str, word: str, hard_wrapped: bool) -> str:
    """The one longer name of the article (two or three words) that opens with ``word``, for a word no name
    ends with: a family name written first ("Wang" is "Wang Chao-Ming", "Zhao" "Zhao Ziyang"; a name the
    index cut at a hyphen is the whole name: "Ban" is "Ban Ki-moon") or a body named by its first word
    ("Digital" is "Digital Equipment"). ``word`` itself where no such name, or more than one, is there;
    where a word after the first is a role, an organisation's or a company's word, a date or a group
    ("UNICEF Representative", "Ecuador Tuesday"); or where ``word`` is a first name of one gender ("Jordan"
    is not "Jordan Smith", nor "Clinton" the "Clinton Foundation"), a determiner or a group ("Both
    Sanders", "Democrats Abroad")."""
    if usual_gender(word) is not None or not word[:1].isupper() or word.lower() in DETERMINERS | QUANTIFIERS \
            or word.lower() in SPEAKER_NOUNS or plural_form(word):
        return word
    found = {name for names in _name_index(text, hard_wrapped).values() for name in names
             if name.split()[0] == word and 1 < len(name.split()) <= 3}
    if len(found) != 1:
        return word
    name = next(iter(found))
    named = all(w[:1].isupper() and w[1:2].islower() and w not in ORGANISATION_HEADS and w not in _COMPANY_ENDS
                and w not in PERSON_ROLES and not _DATE_NAME.fullmatch(w) and w.lower() not in SPEAKER_NOUNS
                for w in name.split()[1:])
    if not named:
        return word
    whole = re.search(re.escape(name) + r"-[a-z][\w’'-]*\b", text)  # (the index cut "Ban Ki-moon" at the hyphen)
    return whole.group() if whole else name


def _described_before(words: list[str]) -> int:
    """How many words before a first name describe the person and are no part of the name: an article, an
    age, a party, and common nouns capitalised as a sentence opens ("Analyst Edward Johnson", "House
    Republican Thomas Massie", "The 17-year-old Jared Potts"), when a first name of a known gender and a
    surname follow (not "Seaman Furniture Co Inc"); never a role ("President Joe Biden"), a title with a stop
    ("Sen."), a place ("New York Gov. ..."), another first name ("Mark Dayton") or what the person is of
    ("the ex-wife of Alan Grayson")."""
    for k, word in enumerate(words[:4]):
        rest = words[k + 1 :]
        if k and any(w.lower() not in _ARTICLE_WORDS for w in words[:k]) and word[:1].isupper() and usual_gender(word) \
                and not seen_in_lower_case(word.lower()) and 1 <= len(rest) <= 2 and not rest[-1].isupper() \
                and rest[-1] not in _BODIES and all(w[:1].isupper() and (not w.endswith(".") or len(w) == 2) for w in rest):
            return k
        if not _describes_a_person(word):
            return 0
    return 0


_ARTICLE_WORDS = {"the", "a", "an"}


def _describes_a_person(word: str) -> bool:
    """A word that may stand before a person's first name and is no part of the name: an article, an age
    ("17-year-old"), a word in lower case that is no preposition or conjunction, or a capitalised common
    noun English also writes in lower case or a party's member ("Analyst", "Republican"), which is no role,
    no place's first word and no first name."""
    low = word.lower()
    if low in PREPOSITIONS or low in CLAUSE_WORDS:
        return False
    if low in _ARTICLE_WORDS or any(c.isdigit() for c in word) or word.islower():
        return True
    return word[:1].isupper() and word[1:].islower() and word not in PERSON_ROLES and word not in _PLACE_NAME_STARTS \
        and not is_given_name(word) and (seen_in_lower_case(low) or low + "s" in SPEAKER_NOUNS)


def _without_titles_or_body(text: str, mention: str, words: list[str], surname: str) -> str:
    """The mention without the titles before the name ("Vermont Sen. Bernie Sanders"), or without a
    body and the place it is of ("the Security Service of Ukraine Ivan Bakanov")."""
    if TITLE_WORDS.isdisjoint(words):
        best = mention
    else:
        best = _TITLES_ONLY.sub("", mention)
        titles = _TITLES_TO_NAME.match(mention)
        if titles and all(word[:1].isupper() for word in mention[titles.end():].split()) and surname not in ROLE_WORDS:
            best = mention[titles.end():]  # "Vermont Sen. Bernie Sanders" is Bernie Sanders (but "the Secretary General" stays)
    place = _PLACE_THEN_NAME.search(best) if " of " in best or " to " in best else None
    if place and place.group("body") in _BODIES and " and " not in best[: place.start()]:
        # a body and the place it is of, then the person: "the Security Service of Ukraine Ivan Bakanov"
        # (not a person "of" a body, "Meenakshi Ganguly of Human Rights Watch", nor two people)
        named = _after_place(text, place.group("run").split())
        if len(named) == 2 and not any(word in _BODIES or in_lower_case(text, word) for word in named):
            best = " ".join(named)
    elif words[0] in ("the", "The") and _body_then_person(words):
        best = " ".join(words[-2:])  # "the National Security and Defense Council Oleksiy Danilov"
    named = best.split()
    if len(named) >= 3 and is_title(named[0]) and _first_name_after_title(named[1:]):
        best = best[len(named[0]):].lstrip()  # a title nameparser knows, written out: "Comedian Sarah Silverman"
    return best


def _first_name_after_title(words: list[str]) -> bool:
    """Whether words after a title are a person's name alone: a first name that is no common word, then
    capitalised words none of which is a role, a body's head or a word English writes in lower case
    ("Sarah Silverman"; not "Wing Watch", "Jet Services", "Petty Officer Lyle White", "Justice Roberts")."""
    return is_given_name(words[0]) and not seen_in_lower_case(words[0]) and all(
        w[:1].isupper() and w.capitalize() not in PERSON_ROLES and w not in ORGANISATION_HEADS
        and not written_in_lower_case(w.strip(".,")) for w in words)


def _name_after_long_role(text: str, words: list[str], given: list[str], surname: str, hard_wrapped: bool) -> str | None:
    """The name after a role of several words ("Head of the President's Office Andriy Yermak", "House
    Speaker Paul Ryan"), or None where the mention is no such role and name. A middle initial is read past
    and kept: "Senate Minority Leader Harry M. Reid" is Harry M. Reid."""
    if len(given) >= 4 and len(words) >= 4 and _INITIAL.fullmatch(given[-2]) and words[-2] == given[-2]:
        found = _name_after_long_role(text, words[:-2] + words[-1:], given[:-2] + given[-1:], surname, hard_wrapped)
        if found is None or len(found.split()) < 2 or found.split()[-1] != surname:
            return found
        return " ".join(found.split()[:-1] + [given[-2], surname])
    run = len(given)
    while run > 0 and given[run - 1][:1].isupper() and given[run - 1][-1:].isalpha():
        run -= 1
    if len(given) - run >= 3 and (run > 0 or (given[-3].strip(".,").capitalize() in PERSON_ROLES
                                               and given[-2].capitalize() not in PERSON_ROLES)) \
            and given[0] not in ("a", "an") and any(
            word.strip(".,").capitalize() in PERSON_ROLES for word in words[:-2]) and not any(
            word in ORGANISATION_HEADS or word in ROLE_WORDS or word.isupper() or in_lower_case(text, word)
            for word in given[-2:]):
        # A role of several words, then the name: "Head of the President's Office Andriy Yermak",
        # "Secretary of State Antony Blinken", "House Speaker Paul Ryan" (a role word right before the
        # name where every word is capitalised): the name is the last two words of the capitalised run
        # at the end, or more where the article gives it so ("Recep Tayyip Erdogan")
        tail = " ".join(given[run:])
        fuller = [name for name in _name_index(text, hard_wrapped).get(surname, ()) if tail.endswith(" " + name)]
        first = fuller[0].split()[0] if fuller else ""
        return fuller[0] if fuller and len(fuller[0].split()) > 2 and not first.isupper() and not first.endswith("s") and first not in ORGANISATION_HEADS \
            and not in_lower_case(text, first) and not any(word in PERSON_ROLES for word in fuller[0].split()) \
            else " ".join(given[-2:])
    return None


def _longest_name_holding(text: str, given: list[str], best: str, surname: str, hard_wrapped: bool,
                          ruled_out=frozenset()) -> str:
    """The longest name in the article that holds every word of the mention: "Leonard E. Burman" for
    "Mr. Burman", but not "George W. Bush" for "Gov. Jeb Bush" ("The Times" is the "New York Times"),
    nor a name ``ruled_out``; else ``best``."""
    for name in _name_index(text, hard_wrapped).get(surname, ()):
        held = name.split()
        if len(held) <= len(given):
            break  # (longest first: no fuller name is left)
        if name in ruled_out:
            continue
        if all(word in held for word in given if word not in ("the", "The")):
            person = held[-1] not in ORGANISATION_HEADS and held[-1] not in PERSON_ROLES and \
                held[-1].lower() not in SPEAKER_NOUNS
            while person and len(held) > 2 and held[0] not in given and held[0] not in _PLACE_NAME_STARTS and (
                    held[0] in PERSON_ROLES or held[0] in ORGANISATION_HEADS or in_lower_case(text, held[0])
                    or held[0].lower() + "s" in SPEAKER_NOUNS):
                held = held[1:]  # a common word the run opened with: "Healthcare Mikhail Murashko" (the article
                # writes "healthcare" elsewhere), "Presidential Aide Maxim Oreshkin", "Economist David Pike"
            # (one space between the words: a name wrapped over two lines of wire copy is one name)
            return " ".join(held) if len(held) > len(given) else best
    return best


# Words that open the name of a place and are common words too: "New York", "United Kingdom"
_PLACE_NAME_STARTS = {"New", "North", "South", "East", "West", "United", "Great", "Saint", "San", "Los", "Las", "Old",
                      "Upper", "Lower", "Central", "Northern", "Southern", "Eastern", "Western", "Royal", "Grand"}


def add_statement(ctx: Context, kind: str, start: int, end: int, speaker_span, cue_span, parent=None, speaker=None) -> Statement:
    text = ctx.text
    if speaker_span is not None:
        opening = _MENTION_OPENING.match(text, *speaker_span) if text[speaker_span[0]].isupper() else None
        if opening:  # ("But Mr. Trump", "Perhaps young voters", "Last month the governor" are Mr. Trump, young voters, the governor)
            speaker_span = (opening.end(), speaker_span[1])
        resolved, mention = resolve(ctx, *speaker_span) if speaker is None else (speaker, text[slice(*speaker_span)])
        if resolved is not None:
            named = ctx.doc.facts["names"].get(resolved)
            if named is None:
                named = ctx.doc.facts["names"][resolved] = _speaker_name(resolved, text)
            resolved = named
        s_start, s_end = speaker_span
    else:
        resolved, mention, s_start, s_end = speaker, None, None, None
    statement = Statement(
        article_id=ctx.article_id,
        statement_id="",
        kind=kind,
        text=text[start:end],
        start=start,
        end=end,
        speaker=resolved,
        speaker_text=mention,
        speaker_start=s_start,
        speaker_end=s_end,
        cue=text[cue_span[0] : cue_span[1]] if cue_span else None,
        cue_start=cue_span[0] if cue_span else None,
        cue_end=cue_span[1] if cue_span else None,
        parent=parent,
    )
    ctx.found.statements.append(statement)
    return statement


# What opens a sentence before a speaker mention and is not part of it: the sentence openers, words
# that elsewhere open a clause of their own ("While Sanders", "Perhaps young voters"), and a time
# ("Last month the governor")
_MENTION_OPENING = re.compile(rf"(?:(?:{SENTENCE_OPENERS}|Or|While|Perhaps|Maybe|Even|Also|Indeed)\s+"
                              rf"|(?:Last|This|Next)\s+(?:week|month|year|weekend|morning|afternoon|evening|{DAY_NAMES})\s+)(?=\S)")


def _speaker_name(speaker: str, text: str) -> str:
    """A speaker as a chart groups it: one space between words (not a line break of wire copy), and a
    common noun phrase in lower case, as mid-sentence: "The company" is "the company", "His aides" "his
    aides", and "Analysts" and "Banking sources" are "analysts" and "banking sources" where the article
    writes the first word so (not "Democratic party officials": a word like "Democratic" or "Chinese"
    keeps its capital); a group noun alone is in lower case ("Analysts" and "analysts" are one speaker)
    unless English capitalises it (:func:`written_capitalised`: "Democrats", "Republicans"). A name after
    "The" takes "the" too: "The IMF" and "the IMF" are one speaker."""
    words = speaker.split()
    first = words[0]
    if first == "The" and len(words) > 1 and words[1][:1].isupper():
        words[0] = "the"  # (a name after "the" too, one way wherever the sentence puts it: "the IMF", "the Bank of England")
    elif first[:1].isupper() and not (len(first) > 1 and first.isupper()) and not any(word[:1].isupper() for word in words[1:]):
        low = first.lower()
        last = words[-1]
        if (low in _PHRASE_OPENERS and (len(words) > 1 or low not in ("the", "a", "an"))) or (
                len(words) == 1 and low in SPEAKER_NOUNS and not written_capitalised(low)) or (
                (len(last) > 3 and plural_form(last) or last in ("people", "People"))
                and not low.endswith(("an", "ese", "ish", "ic", "i")) and in_lower_case(text, first)):
            words[0] = low
    return " ".join(words)


_PHRASE_OPENERS = DETERMINERS | {"everyone", "everybody", "nobody", "someone", "somebody", "no", "each", "every", "none",
                                 "nearly", "almost", "others"}


# (the role after the name may be run on or set apart: "Patriarch Kirill Kirill Patriarch of Moscow and All Russia:")
_LABEL_REST = re.compile(rf"(?:[ \t]+{GARBLED_WORD}){{0,12}}[ \t]*:\s")  # a label's words after a name, to its colon




@lru_cache(maxsize=4096)
def _could_be_one_person(speaker: str) -> bool:
    """Not a group ("the election returns", "those four", "40 percent of Democrats"), not an
    organisation ("International New York Times", "the FBI"), not a poll or a study, and not a
    phrase cut short ("A number of the")."""
    words = speaker.split()
    last = words[-1] if words else ""
    first = words[0].lower() if words else ""
    if first in _NOT_ONE_PERSON_FIRST or first in SMALL_NUMBERS or first[:1].isdigit() or (
            last.islower() and is_finding_source(last)):
        return False  # "those four skilled spielers", "40 percent of Democrats", "six in 10", "a national poll"
    head = last
    before_of = speaker.split(" of ")[0].split()[-1:] if " of " in speaker else []
    if before_of and (before_of[0] in ROLE_HEADS or not any(
            word.islower() and word not in DETERMINERS for word in speaker.rsplit(" of ", 1)[1].split())):
        head = before_of[0]  # "the Head of the President's Office", "the Ministry of Health", "the head of the rules committee"
        # (but "Bank of Tokyo economist Haruo Muto" is Muto)
    if head in ORGANISATION_HEADS or (head.islower() and head.capitalize() in ORGANISATION_HEADS) or (
            len(head) > 1 and head.isupper() and head.isalpha()):
        return False  # (in lower case too: "his campaign", "the government")
    if last.lower() in SPEAKER_NOUNS and is_plural(speaker):
        return False  # a group, capitalised or not: "Republicans", "Democrats", "analysts"
    return not (last.islower() and (is_plural(speaker) or last in DETERMINERS or last in CLAUSE_WORDS))


@lru_cache(maxsize=4096)
def _may_be_a_person(speaker: str) -> bool:
    """Whether "he" or "she" may be a speaker: a name ("Jeff Bezos", "the paper's Robert Costa"), or a
    noun for one person after a determiner ("the candidate", "a company spokesman", "the Wisconsin
    Republican", "the head of the rules committee", "the aide to Lyng": a role, someone serving another, a word with a gender,
    ``data/person_nouns.tsv``); not "the paper", "the raucous crowd", "the plan" or "the White House"."""
    words = [word for word in speaker.split() if word.lower() not in ("himself", "herself")]
    words = next((words[:k] for k in range(1, len(words)) if words[k] in _HEAD_ENDS), words)  # ("the aide to Lyng")
    owner = max((k for k, word in enumerate(words) if word.endswith(("'s", "’s"))), default=-1)
    words = words[owner + 1 :]  # (what the possessive owns: "the paper's Robert Costa" is Robert Costa)
    if not words:
        return False
    head = words[-1].lower().strip(".,")
    if len(words) == 1 and _ACRONYM.fullmatch(words[0]):
        return False  # a name in capitals alone is a body's: "KING-TV", "CNN", "the USDA" (a person's has two words)
    if (words[-1][:1].isupper() or _with_particle(words)) and words[0].lower() not in _DETERMINED:
        return True  # a name (its family name may open with a particle: "Fadhil al-Chalabi")
    return is_person_noun(head, plural=False) or gender_word(head) is not None


_DETERMINED = DETERMINERS | {"his", "her", "their", "its", "my", "our", "your"}  # (what opens a noun, not a name)
_ACRONYM = re.compile(r"[A-Z][A-Z&]+(?:-[A-Z0-9]+)*")
_HEAD_ENDS = {"of", "to", "for", "at", "with", "from", "in", "on"}  # (what follows a noun's head: "the head of ...")


# First words of a phrase that never names one person: "those four", "their support", "Almost half", "Many Democrats"
_NOT_ONE_PERSON_FIRST = QUANTIFIERS | {"those", "these", "their", "its", "almost", "nearly", "about", "half"}


# Words that give a person's gender where the registry does not know them: "he" is not "a woman" or "Mrs. Purner"
_GENDER_WORDS = {
    "female": {"woman", "mother", "wife", "daughter", "sister", "lady", "girl", "grandmother", "mrs", "ms",
               "congresswoman", "spokeswoman", "chairwoman", "businesswoman"},
    "male": {"man", "father", "husband", "son", "brother", "boy", "grandfather", "mr", "congressman", "spokesman",
             "businessman"}}


def gender_word(speaker: str) -> str | None:
    """The gender a speaker mention's first or last word gives ("Mrs. Purner", "a woman"), if any."""
    words = speaker.lower().replace(".", " ").split()
    for gender, nouns in _GENDER_WORDS.items():
        if words and (words[0] in nouns or words[-1] in nouns):
            return gender
    return None


def _namesake_in_article(ctx: Context, mention: str, actor) -> bool:
    """Whether a mention by the registry person's family name alone ("Clinton", "Governor Clinton") is of
    somebody else the article names in full with it: the article names "Bill Clinton" and never Hillary
    Clinton by any of her names. The article's own names come before the registry's."""
    words = mention.split()
    surname = words[-1] if words else ""
    if surname != actor.name.split()[-1] or any(word in actor.name.split()[:-1] for word in words) or \
            (len(words) > 1 and " ".join(words) in actor.aliases):
        return False  # (not a name of the actor's own: "President Trump")
    known = ctx.doc.facts.setdefault("namesakes", {})  # (worked out once per article and family name)
    if (actor.name, surname) not in known:
        names = {name for name in _names_by_surname(ctx).get(surname, ()) if is_given_name(name.split()[0])}
        # (none if the article names the registry's person too: "Michelle Obama" and "President Obama"; a name the
        # registry reads as its person is no namesake: "Vladimir V. Putin")
        known[(actor.name, surname)] = bool(names) and not any(alias in ctx.text for alias in actor.aliases if " " in alias) \
            and all(ctx.actors.resolve(name, ctx.date, ctx.outlet) is not actor for name in names)
    return known[(actor.name, surname)]


def _first_name_gender(speaker: str) -> str | None:
    """The usual gender of a full name's first name (:func:`usual_gender`: "Sandra Paradis"), if any."""
    return usual_gender(speaker.split()[0]) if _is_full_name(speaker) else None


# What a person's role may be of before the place it is of, and then the person: "Head of the Security
# Service of Ukraine Ivan Bakanov", "Commander-in-Chief of the Armed Forces of Ukraine Valeriy Zaluzhny"
_BODIES = ORGANISATION_HEADS | PERSON_ROLES | _PLACE_HEADS | {"Forces", "Territories", "Chamber", "Navy", "Army", "Guard"}


@lru_cache(maxsize=4096)
def _is_full_name(speaker: str) -> bool:
    """A name of two words or more within one sentence: "Vladimir Putin", "Sen. Ted Cruz", "Dennis D.
    Paboojian" (a full stop inside it only after an initial or a title)."""
    words = speaker.split()
    return len(words) > 1 and all(_INITIAL.fullmatch(word) or word in TITLE_WORDS or is_title(word)
                                  for word in words[:-1] if word.endswith(".")) \
        and words[0] not in ("The", "A", "An") and is_name_phrase(speaker)
