"""Who is who in one article: each speaker as the fullest name the article gives, and how it was found.

Decides (:func:`name_speakers`, once every paragraph is read): the article's table of people (:class:`People`:
the full names its title and text give, by surname, and the people they name with a role, "US President
Donald Trump", "Press Secretary Anna Lee"); a speaker that is a surname, with or without a title ("LEE",
"Ms. Lee", "Lee"), takes the one full name the table has for it, and a bare role ("the President", "the
US president") the one person the article names with that role; a role left without a holder is written
one way whatever its case ("the president"). Each statement then says how its speaker was found
(``speaker_how``: ``registry``, ``document``, ``pronoun``, ``unresolved``; the corpus pass of
:mod:`analysis.attribution.corpus_names` adds ``corpus``) and how far it can be trusted (``confidence``:
``high`` or ``low``). Leaves to others: finding the mention (``mentions``, ``subjects``, ``transcripts``)
and reading it on first sight (``speakers``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Context, Statement
from .speakers import _name_index
from .transcripts import QUESTIONER
from .vocabulary import FIRST_PERSON, OBJECT_PRONOUNS, ORGANISATION_HEADS, PERSON_ROLES, PRONOUNS

_ROLE_WORD = "|".join(sorted((re.escape(role) for role in PERSON_ROLES), key=len, reverse=True))


# A role and the person who holds it: "US President Donald Trump", "Press Secretary Anna Lee", "Prime
# Minister of the United Kingdom Keir Starmer" (up to three capitalised words before the role word)
_ROLE_THEN_NAME = re.compile(rf"\b(?P<role>(?:[A-Z][\w.'’-]*\s+){{0,3}}(?:{_ROLE_WORD})(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
                             rf"(?:\s+[A-Z][\w'’-]*)*?)?)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+)\b(?![\w'’-]|\s+[A-Z])")


# A bare role as a speaker: "the President", "The US president", "the press secretary", "the minister"
_BARE_ROLE = re.compile(r"(?:the\s+)?(?P<qualifiers>(?:[\w.'’-]+\s+){0,2}?)(?P<head>[\w-]+)", re.I)


_HONORIFIC = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Rev|Sen|Rep|Gov|Gen)\.?\s+)+")


# Words that make a role another one: "the Minister" is not the "Prime Minister", nor "the President" the
# "Vice President"
_OTHER_ROLE = {"prime", "vice", "deputy", "first", "former", "acting", "assistant", "under", "ex", "late", "chief"}


_POSSESSIVES = {"his", "her", "their", "its", "my", "our"}


@dataclass(frozen=True)
class People:
    """The people one article names: full names by surname (in lower case), and by role head (in lower
    case, "president") the roles and names it gives them."""

    by_surname: dict[str, frozenset[str]]
    by_role: dict[str, tuple[tuple[str, str], ...]]


def people(ctx: Context) -> People:
    """The article's people, worked out once: from its text and its title."""
    facts = ctx.doc.facts
    if "people" not in facts:
        by_surname: dict[str, set[str]] = {}
        for source in (ctx.text, ctx.title):
            for surname, names in _name_index(source, ctx.hard_wrapped).items():
                full = {" ".join(n.split()) for n in names if _written_as_name(n)}
                if full:
                    by_surname.setdefault(surname.casefold(), set()).update(full)
        by_role: dict[str, list[tuple[str, str]]] = {}
        for source in (ctx.title, ctx.text):
            for m in _ROLE_THEN_NAME.finditer(source):
                if not _is_body(m.group("name")):
                    head = m.group("role").split(" of ")[0].split()[-1].casefold()
                    by_role.setdefault(head, []).append((" ".join(m.group("role").split()), m.group("name")))
        facts["people"] = People({k: frozenset(v) for k, v in by_surname.items()},
                                 {k: tuple(v) for k, v in by_role.items()})
    return facts["people"]


def _written_as_name(name: str) -> bool:
    """A person's full name as running text writes it: two words or more after any title, none in
    capitals ("Anna Lee", not "M. EDT MS. LEE" or "THE WHITE HOUSE"), no body or role among them."""
    words = _HONORIFIC.sub("", name).split()
    return len(words) >= 2 and not _is_body(name) and not any(len(w) > 2 and w[1:].isupper() for w in words)


def _is_body(name: str) -> bool:
    words = name.split()
    return any(w in ORGANISATION_HEADS or w.capitalize() in PERSON_ROLES for w in words)


def full_name(ctx: Context, speaker: str) -> str | None:
    """The one full name the article gives for a surname-only speaker ("LEE", "Ms. Lee", "Lee"), else None."""
    rest = _HONORIFIC.sub("", speaker.strip())
    if not rest or " " in rest or not rest[:1].isupper():
        return None
    names = people(ctx).by_surname.get(rest.casefold().rstrip("."), frozenset())
    return next(iter(names)) if len(names) == 1 else None


def role_holder(ctx: Context, speaker: str) -> str | None:
    """The one person the article names with a bare role ("the US president" for "US President Donald
    Trump"), or None: no such role, or more than one person holds it in the article."""
    role = _BARE_ROLE.fullmatch(" ".join(speaker.split()))
    if role is None or role.group("head").capitalize() not in PERSON_ROLES:
        return None
    qualifiers = [q.casefold() for q in role.group("qualifiers").split()]
    holders = {name for said, name in people(ctx).by_role.get(role.group("head").casefold(), ())
               if all(q in said.casefold().split() for q in qualifiers)
               and not _OTHER_ROLE.intersection(set(said.casefold().split()) - set(qualifiers))}
    return next(iter(holders)) if len(holders) == 1 else None


def is_bare_role(speaker: str) -> bool:
    role = _BARE_ROLE.fullmatch(" ".join(speaker.split()))
    return role is not None and role.group("head").capitalize() in PERSON_ROLES and (
        speaker[:4].lower() == "the " or speaker.split()[0].capitalize() in PERSON_ROLES)


PRONOUN_NEAR = 600  # characters: a pronoun whose person is named this close before it is attributed with confidence


def name_speakers(ctx: Context, found: list[Statement]) -> None:
    """Each statement's speaker as the article's fullest name for it, with ``speaker_how`` and ``confidence``."""
    for st in found:
        st.speaker, st.speaker_how = _speaker_and_how(ctx, st)
        st.confidence = _confidence(ctx, st)


def _speaker_and_how(ctx: Context, st: Statement) -> tuple[str | None, str | None]:
    if st.kind == "assessment":
        return None, None  # (the writer's own: no speaker to find)
    speaker = st.speaker
    if speaker is None:
        return None, "unresolved"
    if speaker == QUESTIONER:
        return speaker, "document"
    mention = (st.speaker_text or "").strip().lower()
    if mention in PRONOUNS or mention in FIRST_PERSON or mention in OBJECT_PRONOUNS or mention in _POSSESSIVES:
        return speaker, "pronoun"
    if speaker in ctx.actors.by_name:
        return speaker, "registry"
    named = full_name(ctx, speaker) or role_holder(ctx, speaker)
    if named is not None:
        actor = ctx.actors.resolve(named, ctx.date, ctx.outlet)
        return (actor.name, "registry") if actor else (named, "document")
    if is_bare_role(speaker):  # ("The President", "the President" and "the president" are one speaker)
        words = speaker.split()[1 if speaker[:4].lower() == "the " else 0 :]
        return "the " + " ".join(w.lower() if w.capitalize() in PERSON_ROLES else w for w in words), "unresolved"
    if " " not in speaker and speaker[:1].isupper() and not speaker.isupper() and _HONORIFIC.match(speaker + " ") is None:
        return speaker, "unresolved" if speaker.casefold() in people(ctx).by_surname else "document"
    if _HONORIFIC.match(speaker):
        return speaker, "unresolved"  # "Ms. Lee" with no full name in the article
    return speaker, "document"


def _confidence(ctx: Context, st: Statement) -> str:
    """``high`` for a speaker named or labelled, or a pronoun whose person is named close before it;
    ``low`` for the writer's assessments, a speaker left unresolved, and a pronoun far from its person."""
    if st.speaker_how in (None, "unresolved"):
        return "low"
    if st.speaker_how == "pronoun":
        surname = st.speaker.split()[-1] if st.speaker else ""
        start = st.speaker_start if st.speaker_start is not None else st.start
        return "high" if surname and ctx.text.find(surname, max(0, start - PRONOUN_NEAR), start) != -1 else "low"
    return "high"
