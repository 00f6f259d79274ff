"""Who is who in one article: each speaker as the fullest name the article gives, and how it was found.

Decides (:func:`name_speakers`, once every paragraph is read): the article's table of people (:class:`People`:
the full names its title and text give, by surname, and the people they name with a role, "US President
Donald Trump", "Press Secretary Anna Lee"); a speaker that is a surname, with or without a title ("LEE",
"Ms. Lee", "Lee"), takes the one full name the table has for it, and a bare role ("the President", "the
US president") or a description ("the businessman", "the Florida senator") the one person the article names
with that role or description, and a description it gives nobody the person named in full just before it (as
for a pronoun, ``speaker_how`` ``pronoun``); a role left without a holder is written
one way whatever its case ("the president"); a mention that is no person, organisation, group or role
("8 election", "What", "because we") leaves its statement without a speaker (:func:`is_no_speaker`). Each statement then says how its speaker was found
(``speaker_how``: ``registry``, ``document``, ``pronoun``, ``unresolved``; the corpus pass of
:mod:`analysis.attribution.corpus_names` adds ``corpus``) and how far it can be trusted (``confidence``:
``high`` or ``low``). Leaves to others: finding the mention (``mentions``, ``subjects``, ``transcripts``)
and reading it on first sight (``speakers``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..tokenise import written_in_lower_case
from .document import Context, Statement, in_lower_case, plural_form
from .speakers import _LEGAL_FORMS, POSSESSIVE_PRONOUNS, _is_body, _name_index, companies, described_person, gender_word, headings
from .transcripts import QUESTIONER
from .vocabulary import (ABBREVIATED_TITLE, CLAUSE_WORDS, DATE_NAMES, DETERMINERS, DOCUMENT_BY, DOCUMENT_NOUNS, FIRST_PERSON, OBJECT_PRONOUNS, ORGANISATION_HEADS,
                         PERSON_NOUNS, PERSON_ROLES, PRONOUNS, QUANTIFIERS, ROLE_HEADS, SERVING_HEADS, SPEAKER_NOUNS, SUBORDINATORS,
                         BUSINESS_NOUNS, NAME_PARTICLES, is_given_name, is_person_noun)

_ROLE_WORD = "|".join(sorted((re.escape(role) for role in PERSON_ROLES), key=len, reverse=True))


# A role and the person who holds it: "US President Donald Trump", "Press Secretary Anna Lee", "Prime
# Minister of the United Kingdom Keir Starmer" (up to three capitalised words before the role word)
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+\b(?![\w'’-]|[ \t]+[A-Z])"  # a full name: "Anna Lee", "Dennis D. Paboojian"
# (and no capitalised word after it on its line: the next line may open with a label, "MS. LEE:")
_ROLE_THEN_NAME = re.compile(rf"\b(?P<role>(?:[A-Z][\w.'’-]*\s+){{0,3}}(?:{_ROLE_WORD})\.?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
                             rf"(?:\s+[A-Z][\w'’-]*)*?)?)\s+(?P<name>{_NAME})")


# A person noun ("businessman", "nominee", "front-runner", data/person_nouns.tsv) and the name it describes, the
# description before the name ("billionaire businessman Donald Trump", "presumptive Republican presidential
# nominee Donald Trump") or set off after it ("Marco Rubio, the Florida senator,", "Paul Ryan, a Wisconsin
# Republican,"): what the article calls the person, for "the businessman", "the Florida senator" later on.
_NOUN_WORD = "|".join(sorted((re.escape(noun) for noun in PERSON_NOUNS | ROLE_HEADS | SERVING_HEADS if not plural_form(noun)),
                             key=len, reverse=True))
_FULL_NAME = re.compile(rf"(?<![\w'’-]){_NAME}")
_WORDS_BEFORE = re.compile(r"(?<![\w'’-])(?:[\w'’-]+[ \t\n]+){0,4}(?P<head>[\w'’-]+)\.?[ \t\n]+$")
_DESCRIPTION_AFTER = re.compile(rf",\s+(?:the|a|an)\s+(?P<role>(?:[\w'’.-]+\s+){{0,5}}?(?i:{_NOUN_WORD}|[a-z]+(?:man|person)))\s*[,;.]")


def _descriptions(source: str):
    """(description, name) for each name of a person (its first word a given name: not "the official
    International Business daily") with a description before it that ends in a person noun or after it,
    holding no "to", "of" or "the" ("Adviser to the President Oleg Ustenko" is no president). Names
    first, then a look around each: the person nouns are too many to try at every position of an article."""
    for m in _FULL_NAME.finditer(source):
        name = m.group()
        if not is_given_name(name.split()[0]):
            continue
        before = _WORDS_BEFORE.search(source, max(0, m.start() - 80), m.start())
        if before and _one_person(before.group("head")):
            words = before.group().split()
            for k in range(len(words)):  # (the words a description may hold before its noun, none of the links)
                if not _LINKS.intersection(w.lower() for w in words[k:]):
                    yield " ".join(words[k:]), name
                    break
        after = _DESCRIPTION_AFTER.match(source, m.end(), m.end() + 120)
        if after and not _LINKS.intersection(after.group("role").lower().split()):
            yield after.group("role"), name


_ABBREVIATED_ROLES = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "pres": "president",
                      "sec": "secretary", "amb": "ambassador", "adm": "admiral", "lt": "lieutenant"}


def _role_mention(qualifiers: int) -> re.Pattern:
    """A role or description as a speaker, its head last after at most ``qualifiers`` words."""
    return re.compile(rf"(?:the\s+)?(?P<qualifiers>(?:[\w.'’-]+\s+){{0,{qualifiers}}}?)(?P<head>[\w-]+)", re.I)


_ROLE_MENTION = _role_mention(2)  # a bare role: "the President", "The US president", "the press secretary"
_DESCRIPTION_MENTION = _role_mention(4)  # a description a name was given: "the presumptive Republican presidential nominee"


_HONORIFIC = re.compile(rf"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Rev|Sen|Rep|Gov|Gen)\.?\s+|{ABBREVIATED_TITLE}\s+|"
                        r"(?:Senator|Representative|Congressman|Congresswoman|Governor|Professor)\s+(?=[A-Z]))+")
# (and any title nameparser knows, abbreviated: "Col. Warren", "Lt. Col. McNab", "Fr. Pavone"; and the titles of
# Sen., Rep., Gov. and Prof. written out: "Representative Brooks")


# Words that make a role another one: "the Minister" is not the "Prime Minister", nor "the President" the
# "Vice President"
_OTHER_ROLE = {"prime", "vice", "deputy", "first", "former", "acting", "assistant", "under", "ex", "late", "chief"}


@dataclass(frozen=True)
class People:
    """The people one article names: full names by surname (in lower case), and by role head (in lower
    case, "president") the roles and names it gives them."""

    by_surname: dict[str, frozenset[str]]
    by_role: dict[str, tuple[tuple[str, str], ...]]
    by_description: dict[str, tuple[tuple[str, str], ...]]  # (the same for descriptions: "billionaire businessman")


def people(ctx: Context) -> People:
    """The article's people, worked out once: from its text, its title and its headings in capitals."""
    facts = ctx.doc.facts
    if "people" not in facts:
        by_surname: dict[str, set[str]] = {}
        for source in (ctx.text, ctx.title):
            for surname, names in _name_index(source, ctx.hard_wrapped).items():
                full = {" ".join(n.split()) for n in names if written_as_name(n)}
                if full:
                    by_surname.setdefault(surname.casefold(), set()).update(full)
        by_role: dict[str, list[tuple[str, str]]] = {}
        by_description: dict[str, list[tuple[str, str]]] = {}
        for source in (ctx.title, ctx.text, headings(ctx)):  # (and the headings in capitals: "PRESS SECRETARY JEN PSAKI")
            for table, linked in ((by_role, [(m.group("role"), m.group("name")) for m in _ROLE_THEN_NAME.finditer(source)]),
                                  (by_description, _descriptions(source))):
                for role, name in linked:
                    if not _is_body(name) and written_as_name(name):
                        head = role.split(" of ")[0].split()[-1].casefold().rstrip(".")
                        head = _ABBREVIATED_ROLES.get(head, head)  # ("New Jersey Gov. Chris Christie" is its governor)
                        table.setdefault(head, []).append((" ".join(role.split()), name))
        facts["people"] = People({k: frozenset(v) for k, v in by_surname.items()},
                                 {k: tuple(v) for k, v in by_role.items()}, {k: tuple(v) for k, v in by_description.items()})
    return facts["people"]


# The bare nouns a report uses for a company it has named: "the company said", "the utility said"
# (data/business_nouns.tsv), and two that may name other groups too
_COMPANY_NOUNS = BUSINESS_NOUNS | {"group", "concern"}


def company(ctx: Context, speaker: str, earlier: list[str] | None = None) -> str | None:
    """The one company the article names in full for a speaker that names it short ("Atari" for "Atari
    Corp"); for "the company", the company that spoke last (:func:`_company_before`; ``earlier``: the
    speakers before, in order), or the one company the article names in full when nobody spoke before,
    else the business the article opens with (:func:`_lead_company`), which is also what a business
    described is ("the Swiss-based pharmaceutical giant"); else None."""
    words = speaker.split()
    if not words or has_title(speaker):
        return None
    if 2 < len(words) <= 6 and words[0].lower() == "the" and words[-1] in BUSINESS_NOUNS and not (
            _TIES & {w.lower() for w in words}) and not any(w.endswith(("'s", "’s")) for w in words):
        return _lead_company(ctx)  # (a business described, "the Swiss-based pharmaceutical giant", "The number one U.S.
        # automaker", is the one the article opens with, if any; not "the company's chairman", "the lender to the group")
    if len(words) == 2 and words[0].lower() == "the" and words[1].lower() in _COMPANY_NOUNS:
        business = words[-1].lower() in BUSINESS_NOUNS  # ("the company", not "the group")
        named = companies(ctx).get("", frozenset())
        found = _company_before(ctx, earlier, business) if earlier else next(iter(named)) if len(named) == 1 else None
        return found or (_lead_company(ctx) if business else None)
    if not words[0][:1].isupper() or words[0].lower() == "the":
        return None
    names = companies(ctx).get(" ".join(words).casefold(), frozenset()) or _abbreviated(ctx, speaker)
    return next(iter(names)) if len(names) == 1 else None


# The capitalised name that opens an article's first line, before its first word in lower case, and
# without a ticker or the unit it owns: "Cheung Kong (Holdings) Ltd <CKGH.HK> is expecting ...",
# "Pacific Telesis Group chairman Donald Guinn told ...".
_LEAD_NAME = re.compile(r"[<\s]*(?P<name>[A-Z][\w&.()-]*(?:\s+(?:[A-Z(][\w&.()-]*|of|and|&)){1,6})"
                        r"(?:['’]s\b[^\n]*|>[^\n]*|\s+<[^>\n]*>[^\n]*|\s+[a-z][^\n]*)")


# A name that opens the article, and what the words after its comma say it is: "Petro-Canada, a
# state-owned oil company, raised ..."
_LEAD_DESCRIBED = re.compile(r"[<\s]*(?P<name>[A-Z][\w&.()'’-]*(?:\s+[A-Z][\w&.()'’-]*){0,5}),\s+an?\s+(?:[\w-]+\s+){0,4}?(?P<noun>[a-z]+),")


def _lead_company(ctx: Context) -> str | None:
    """The business an article opens with, as a wire story does ("Bangor Hydro-Electric Co said it has
    filed ..."): the name of two words or more before the lead's first word in lower case (or the owner
    of what it names: "UAL Inc" of "UAL Inc's United Airlines"), when it is no person's (no given name
    first, no registry person), no public body's and no dateline ("WASHINGTON (AP)"); or a name the lead
    describes as a business ("Petro-Canada, a state-owned oil company, ..."); else None. What "the
    company" is where no business spoke before it."""
    if "lead_company" not in ctx.doc.facts:
        described = _LEAD_DESCRIBED.match(ctx.text, 0, min(len(ctx.text), 300))
        if described and described.group("noun") in BUSINESS_NOUNS:  # ("Petro-Canada, a state-owned oil company, raised ...")
            ctx.doc.facts["lead_company"] = " ".join(described.group("name").split())
            return ctx.doc.facts["lead_company"]
        m = _LEAD_NAME.match(ctx.text, 0, min(len(ctx.text), 300))
        words = m.group("name").split() if m else []
        while words and words[-1] in ("of", "and", "&"):
            words.pop()  # ("Central Bancshares of the South Inc" opens with no name before "the")
        form = next((k for k, word in enumerate(words) if k and word.rstrip(".,") in _LEGAL_FORM_WORDS), None)
        if form is not None and form + 1 < len(words) and words[form + 1] in PERSON_ROLES:
            words = words[: form + 1]  # (the company of "Frost and Sullivan Inc President Daniel Sullivan")
        name = " ".join(words)
        legal = not _LEGAL_FORM_WORDS.isdisjoint(word.rstrip(".,") for word in words[1:]) or _names_a_business(words)
        # (no person's name: "Coca-Cola Bottling Co Consolidated", "Canadian Airlines International")
        person = bool(words) and not legal and (is_given_name(words[0]) or words[-1].casefold() in people(ctx).by_surname)
        ctx.doc.facts["lead_company"] = name if len(words) > 1 and not (
            words[0] in ("The", "A", "An") or words[0].isupper() and len(words[0]) > 4 or person
            or words[-1] in _PUBLIC_BODIES or name in ctx.actors.by_name or ctx.actors.resolve(name, ctx.date, ctx.outlet)) else None
    return ctx.doc.facts["lead_company"]


def _abbreviated(ctx: Context, speaker: str) -> set[str]:
    """The companies named in full whose words' initials a speaker in capitals spells: "GM" for "General
    Motors Corp", "S and P" for "Standard and Poor's Corp" (the legal form and "and", "of", "the" left out)."""
    if _ABBREVIATION.fullmatch(speaker) is None:
        return set()
    wanted = re.sub(r"[^A-Z]", "", speaker)
    return {name for name in companies(ctx).get("", ()) if "".join(
        word[0] for word in name.split()[:-1] if word.lower() not in ("and", "&", "of", "the")).upper() == wanted}


_ABBREVIATION = re.compile(r"[A-Z]{2,5}|[A-Z](?:\s*(?:and|&)\s*[A-Z])+")  # ("GM", "IBM", "S and P", "S&P")


def _company_before(ctx: Context, earlier: list[str], named_short: bool = True) -> str | None:
    """The last earlier speaker that is a business, passing over people and descriptions ("analysts", "the
    unit", "Jack Grubman"): a company the article names in full, or a name of capitalised words that no
    public body ends ("Texas Instruments", "Nationwide", "Continental Airlines"; not "the Treasury
    Department" or "the Teamsters Union": "the company" is none of those), or only a company named in full
    unless ``named_short`` (a group or a concern is not always a business). None if that speaker is no
    business."""
    for name in reversed(earlier):
        words = name.split()
        if name in companies(ctx).get(name.casefold(), ()):
            return name
        if not all(word[:1].isupper() or word in ("of", "and", "&") for word in words) or words[0] in ("The", "A", "An") \
                or words[0].lower() in QUANTIFIERS or name in ctx.actors.by_name:
            continue  # (a description or a group: "Some Democrats", "analysts")
        if not _LEGAL_FORM_WORDS.isdisjoint(word.rstrip(".,") for word in words[1:]) or _names_a_business(words):
            return None if not named_short or len(words) > 5 else name  # ("Coca-Cola Bottling Co Consolidated")
        if words[-1].casefold() in people(ctx).by_surname or is_given_name(words[0]) and words[-1] not in ORGANISATION_HEADS:
            continue  # (a person: "Wilf Gobert")
        if len(words) > 1 and ORGANISATION_HEADS.isdisjoint(words) and not in_lower_case(ctx.text, words[-1]):
            continue  # (a name whose last word is no common noun may be a person's: "Akhil Johri", not "Digital Equipment")
        return None if not named_short or words[-1] in _PUBLIC_BODIES or len(words) > 5 else name
    return None


def _names_a_business(words: list[str]) -> bool:
    """Whether a name of two words or more holds a noun for a business, capitalised, after its first word
    (``data/business_nouns.tsv``): "Canadian Airlines International", "Tokyo Electric Utility"."""
    return len(words) > 1 and any(word[:1].isupper() and (word.lower() in BUSINESS_NOUNS or word.lower()[:-1] in BUSINESS_NOUNS)
                                  for word in words[1:])


# The legal forms a company's name holds ("Co", "Inc", "Corp", "Ltd", ...): no person's name holds one
_LEGAL_FORM_WORDS = frozenset(_LEGAL_FORMS)


# What ends the name of a body that is no company ("The company said" never means "the Labor Department")
_PUBLIC_BODIES = {"Party", "Committee", "Department", "Ministry", "Office", "Council", "Commission", "Campaign",
                  "Administration", "Government", "Court", "Senate", "Congress", "Parliament", "Kremlin", "Agency",
                  "Union", "Association", "University", "Institute", "Board", "Bureau", "Organization", "Organisation",
                  "Coalition", "Federation", "Movement", "Caucus", "Region", "Duma", "Police", "Army", "Navy", "Workers"}


def described_before(speaker: str, earlier: list[str]) -> str | None:
    """For "the <noun>" ("the department", "the government", "the bank"), the one earlier speaker of the
    article whose name holds the same noun (or its plural or -ing form) and is a name ("U.S. Agriculture
    Department", "Sri Lankan government", "Westpac Banking Corp"; not "the annual report"), else None: a
    report names its source in full once and by its noun after that. A role is no such noun."""
    words = speaker.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha():
        return None
    noun = words[1].lower()
    matching = {name for name in earlier if _holds_noun(name.split(), {noun}, at_end=True)}
    if not matching and words[1].islower() and noun.capitalize() not in PERSON_ROLES:
        # a common noun a name holds, capitalised ("the bank": "Westpac Banking Corp", "The Bank of England")
        matching = {name for name in earlier if _holds_noun(name.split(), {noun.capitalize() + ending for ending in ("", "s", "ing")})}
    return next(iter(matching)) if len(matching) == 1 else None


def _holds_noun(words: list[str], forms: set[str], at_end: bool = False) -> bool:
    """Whether a name of two words or more holds one of ``forms`` (in any case when ``at_end``, where it
    must end the name), with a capitalised word besides it: the noun is named, not only described."""
    if at_end:  # (the noun is the name's head, not after a noun in lower case and "of": "A review of Hillary
        # Clinton's emails"; but "a Ministry of Agriculture official", "Cameron's spokesman")
        at = [len(words) - 1] if words and words[-1].lower() in forms and not any(
            word == "of" and k > 0 and words[k - 1].islower() for k, word in enumerate(words)) else []
    else:
        at = [k for k, word in enumerate(words) if word in forms]
    return len(words) >= 2 and bool(at) and any(
        word[:1].isupper() and word.lower() not in ("the", "a", "an") for k, word in enumerate(words) if k != at[-1])


@lru_cache(maxsize=8192)
def written_as_name(name: str) -> bool:
    """A person's full name as running text writes it: two words or more after any title, none in
    capitals and each capitalised but a name's particles ("Anna Lee", "Ursula von der Leyen"; not "M. EDT
    MS. LEE", "THE WHITE HOUSE" or "The day when Ukrainian"), no body or role among them."""
    words = _HONORIFIC.sub("", name).split()
    return len(words) >= 2 and not _is_body(name) and all(
        (w[:1].isupper() and not (len(w) > 2 and w[1:].isupper())) or w in NAME_PARTICLES for w in words)


@lru_cache(maxsize=8192)
def surname_key(speaker: str) -> str | None:
    """The surname of a speaker that is a surname alone, with or without titles ("LEE", "Ms. Lee", "Lee"),
    in lower case; None for any other speaker."""
    rest = _HONORIFIC.sub("", speaker.strip())
    return rest.casefold().rstrip(".") if rest and " " not in rest and rest[:1].isupper() else None


@lru_cache(maxsize=8192)
def has_title(speaker: str) -> bool:
    """Whether a speaker opens with a title that only a person has ("Ms. Lee", "Sen. Warren")."""
    return _HONORIFIC.match(speaker) is not None


# A surname with the body it works for: "Morgan Grenfell's Bell", "Makovich of DRI"
_OWNED_SURNAME = re.compile(r"(?:[A-Z][\w&.’'-]*\s+)*[A-Z][\w&.-]*['’]s\s+(?P<surname>[A-Z][a-z][\w’'-]*)")
_SURNAME_OF = re.compile(r"(?P<surname>[A-Z][a-z][\w’'-]*)\s+of\s+(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*")


def full_name(ctx: Context, speaker: str, gender: str | None = None) -> str | None:
    """The one full name the article gives for a surname-only speaker ("LEE", "Ms. Lee", "Lee", and with the
    body the person works for: "Morgan Grenfell's Bell", "Makovich of DRI"), else None;
    for a mention of one ``gender`` ("Mr. Clinton"), the one that the registry does not know as the other's
    (not "Hillary Clinton"; a first name's usual gender is no proof: "Laurence", "Jessie")."""
    surname = surname_key(speaker)
    if surname is None:
        affiliated = _OWNED_SURNAME.fullmatch(speaker) or _SURNAME_OF.fullmatch(speaker)
        surname = affiliated.group("surname").casefold() if affiliated else None
    if surname is None:
        return None
    names = frozenset(name for name in people(ctx).by_surname.get(surname, ())
                      if not _OWNED_SURNAME.fullmatch(name) and not _SURNAME_OF.fullmatch(name))
    if gender is not None:
        names = frozenset(name for name in names if _gender_of(ctx, name) in (None, gender))
    return next(iter(names)) if len(names) == 1 else None


def _gender_of(ctx: Context, name: str) -> str | None:
    """A full name's gender as the registry knows it, if it does."""
    actor = ctx.actors.resolve(name, ctx.date, ctx.outlet)
    return actor.gender if actor is not None and actor.gender else None


def role_holder(ctx: Context, speaker: str, at: int | None = None) -> str | None:
    """The one person the article names with a bare role ("the US president" for "US President Donald
    Trump"), or else describes as the speaker does ("the businessman" for "billionaire businessman Donald
    Trump", "the Florida senator" for "Marco Rubio, the Florida senator,") and has named by the mention at
    ``at`` or right after it; None where there is no such role or description, more than one person holds
    it, or it is somebody new ("a trader", "one official")."""
    role = _DESCRIPTION_MENTION.fullmatch(" ".join(speaker.split()))
    if role is None:
        return _holder_of_longer_role(ctx, speaker)
    if not _one_person(role.group("head")) or speaker.split()[0].lower() in _INDEFINITE:
        return None  # (and "a trader", "one official", "another aide" is someone new, not whom the article named)
    written = role.group("qualifiers").split()
    qualifiers = [q.casefold() for q in written]
    # (a qualifier in lower case describes the role, and need not be the words the article named it with:
    # "the presidential spokesman" for "White House spokesman Marlin Fitzwater"; a name, "former" or "vice" must be)
    naming = [q.casefold() for q in written if q[:1].isupper() or q.casefold() in _OTHER_ROLE]
    table = people(ctx)
    for links in (table.by_role, table.by_description):
        entries = links.get(role.group("head").casefold(), ())
        holders = {name for said, name in entries if all(q in said.casefold().split() for q in qualifiers)
                   and not _OTHER_ROLE.intersection(set(said.casefold().split()) - set(qualifiers))}
        if not holders and links is table.by_role and len(naming) < len(qualifiers) and not any(
                q in _TIES or is_person_noun(q, plural=False) for q in qualifiers):
            # (but "the adviser to the President" is not the president)
            holders = {name for said, name in entries if all(q in said.casefold().split() for q in naming)
                       and not _OTHER_ROLE.intersection(set(said.casefold().split()) - set(naming))}
        if len(holders) > 1:
            return None
        if holders and links is table.by_role:
            return next(iter(holders))
        if holders and (at is None or ctx.text.find(next(iter(holders)).split()[-1]) <= at + NAMED_AFTER):
            return next(iter(holders))  # (a description refers back, or to a name right after it: "the candidate"
            # paragraphs before "fellow candidate Ben Carson" is somebody else)
    return None


def _holder_of_longer_role(ctx: Context, speaker: str) -> str | None:
    """The one person whose role, as the article names them with it, the mention opens with and then names
    its body in full: "The Secretary General of the Congress of Local and Regional Authorities of the Council
    of Europe" for "Secretary General of the Congress Andreas Kiefer"."""
    words = " ".join(speaker.split())
    words = words[4:] if words[:4].lower() == "the " else words
    holders = {name for entries in people(ctx).by_role.values() for said, name in entries
               if words.casefold().startswith(said.casefold() + " of ") and " of " in said}
    return next(iter(holders)) if len(holders) == 1 else None


def _one_person(noun: str) -> bool:
    """Whether a noun names one person: a role, a person noun or someone serving another, not their plural
    ("Hilton attorneys" are not Barron Hilton)."""
    return is_person_noun(noun.lower(), plural=False) and not plural_form(noun)


_INDEFINITE = {"a", "an", "one", "another", "some", "any"}
NAMED_AFTER = 400  # characters: how far after a description its holder's name may first come ("the analyst, Thomas O'Grady")
_LINKS = {"to", "of", "for", "at", "from", "with", "in", "on", "the", "and", "said", "says"}


def is_bare_role(speaker: str) -> bool:
    role = _ROLE_MENTION.fullmatch(" ".join(speaker.split()))
    return role is not None and role.group("head").capitalize() in PERSON_ROLES and (
        speaker[:4].lower() == "the " or speaker.split()[0].capitalize() in PERSON_ROLES)


def _sentence_opener(ctx: Context, speaker: str) -> bool:
    """Whether a speaker is one capitalised word that English writes in lower case (:func:`written_in_lower_case`:
    "Indeed", "Hastily", "Likewise") and the article capitalises only where a sentence or line opens: the
    first word of a sentence, not a name. Groups ("Dealers"), roles and first names are speakers all the same,
    and so is a surname the article capitalises mid-sentence ("Pate")."""
    if " " in speaker or not speaker[:1].isupper() or not speaker[1:].islower() or speaker.endswith("s"):
        return False
    if not written_in_lower_case(speaker) or speaker.lower() in SPEAKER_NOUNS or speaker in PERSON_ROLES or is_given_name(speaker):
        return False
    return not any(not _OPENS_BEFORE.search(ctx.text, max(0, m.start() - 3), m.start())
                   for m in re.finditer(rf"\b{re.escape(speaker)}\b", ctx.text))


_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;\"“”'‘’(\n]\s*|\n\s*)$")  # (what may come right before a sentence's first word)


PRONOUN_NEAR = 600  # characters: a pronoun whose person is named this close before it is attributed with confidence


def name_speakers(ctx: Context, found: list[Statement]) -> None:
    """Each statement's speaker as the article's fullest name for it, with ``speaker_how`` and ``confidence``;
    a group of people without "the" ("the analysts" and "analysts" are one speaker)."""
    earlier: list[str] = []
    issuer = None  # who last spoke "in a statement": whose "the statement" is
    described: dict[str, tuple[str, str]] = {}  # (whom each noun named last: "agency": ("IRNA", "document"))
    for st in found:
        st.speaker, st.speaker_how = _speaker_and_how(ctx, st, earlier, described)
        if issuer and st.speaker and st.speaker.lower() in _STATEMENT_NOUNS and st.speaker_how != "registry":
            st.speaker = issuer  # ("Jefferies Group said in a statement ... The statement said ...")
        if st.speaker is not None:
            st.speaker = " ".join(st.speaker.split())  # (one space between words, whichever way it was found)
            if st.speaker_how in ("document", "unresolved"):
                st.speaker = _name_without_description(st.speaker)
            if st.speaker_how != "registry":
                st.speaker = _owned_unit(st.speaker)
        st.confidence = _confidence(ctx, st)
        if st.kind != "assessment" and st.speaker:
            earlier.append(st.speaker)
            if st.cue_end is not None and _IN_A_STATEMENT.match(ctx.text, st.cue_end) and st.speaker.lower() not in _STATEMENT_NOUNS:
                issuer = st.speaker
    for st in found:
        words = (st.speaker or "").split()
        if len(words) > 1 and words[0] == "the" and words[-1] in SPEAKER_NOUNS and all(word.islower() for word in words[1:]):
            st.speaker = " ".join(words[1:])  # (a group is one speaker with "the" or without: "the analysts" are "analysts",
            # as a chart counts them, once "the sources" has found the sources named before it)


def _owned_unit(speaker: str) -> str:
    """The name of a company's unit that speaks, without the company that owns it: "Alaska Airlines" for
    "Alaska Air Group Inc's Alaska Airlines subsidiary", "American Airlines" for "AMR Corp's American
    Airlines" (a chart shows the unit as the article names it alone). The owner must be a company by its legal
    form, and what it owns a name, not a role ("the company's chief economist") nor a bare body ("Office")."""
    m = _OWNED_UNIT.fullmatch(speaker)
    if m is None or (" " not in m.group("unit") and m.group("unit") in ORGANISATION_HEADS):
        return speaker
    return m.group("unit")


_OWNED_UNIT = re.compile(rf"(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|and|&))*?\s+(?:{'|'.join(_LEGAL_FORMS)})\.?['\u2019]s\s+"
                         r"(?P<unit>[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|of|and|&))*?)"
                         r"(?:\s+(?:[a-z]+\s+|[A-Z.]+\.\s+)?(?:subsidiary|unit|arm|affiliate))?")  # (a division is named with its noun: "Personal Computer division")


def _name_without_description(speaker: str) -> str:
    """A person's name without the words a report puts before it, capitalised or not: a role ("Congressman
    Chris Collins", "Cabinet Affairs Minister Rashid al-Rashid", "Reserve Bank governor Gerhard de Kock"), an
    age ("81-year-old Parker Eaton"), an outlet's possessive ("Breitbart News’ Michael Patrick Leahy"). The
    name is a first name (gender-guesser's) and one to three more names, the longest such; the word before it
    names a role or a person, or is in lower case. Not a name tied to another ("the former top aide to
    President George W. Bush", "Zeliff and 24-year-old Tom Giancola"), nor a body ("New York Stock Exchange").
    (The speakers stage's fullest name keeps a role before a name, which registry roles and the article's
    table of roles read, and cuts only descriptions of a first name of known gender; once the speaker is
    named, a chart wants the person alone.)"""
    words = speaker.split()
    if len(words) < 3 or _TIES & {w.lower() for w in words}:
        return speaker
    for n in (4, 3, 2):
        before, name = words[:-n], words[-n:]
        if not before or not _NAME_WORDS.fullmatch(" ".join(name)) or not is_given_name(name[0]):
            continue
        last = before[-1].lower().rstrip(".,")
        if last in DETERMINERS or last in NAME_PARTICLES or is_given_name(before[-1]) or is_person_noun(name[0].lower()):
            continue  # (no description: "the Orlando Sentinel", "Mansoor bin Ebrahim", "Herman De Croo", "Chief Justice Roberts")
        described = last.endswith(("-old", "’", "'s", "’s")) or is_person_noun(last, plural=True) or (
            last.isalpha() and before[-1].islower())  # (a role or a description: "governor", "Congressman", "81-year-old")
        if described and _LEGAL_FORM_WORDS.isdisjoint(name) and not _names_a_business(name) and ORGANISATION_HEADS.isdisjoint(name):
            return " ".join(name)
    return speaker


_NAME_WORDS = re.compile(r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?(?:\s+(?:(?:de|van|von|der|al|el|du|da|di|le|la|bin)\s+)*(?:(?:al|el)-)?[A-Z][\w'’-]+)+")


# Words that tie a name or a noun to another one: "the former top aide to President George W. Bush", "the
# adviser to the President", "the lender to the group" name somebody else than the name or noun in them
_TIES = {"and", "&", "of", "for", "to", "with", "by", "from", "at", "in", "on"}


_STATEMENT_NOUNS = {"the statement", "the joint statement", "the written statement", "the communique", "the release"}
_IN_A_STATEMENT = re.compile(r"\s+in\s+an?\s+(?:\w+\s+){0,2}?(?:statement|communique|news\s+release|press\s+release)\b")


def _speaker_and_how(ctx: Context, st: Statement, earlier: list[str], described: dict[str, tuple[str, str]]) -> tuple[str | None, str | None]:
    """The speaker in full and how it was found; ``earlier``: the speakers of the article's statements
    before; ``described``: by a common noun, the speaker last named with it, and how that one was found.
    A report names a source in full once, with the noun it goes by after that: "the Iranian news agency
    IRNA reported ... The agency said ..."; and a document its owner names is the owner's words
    (:func:`document_owner`), again when named by its noun ("the U.S. Embassy report said ... The report
    said ...")."""
    speaker, how = _speaker_found(ctx, st, earlier)
    words = (speaker or "").split()
    if len(words) >= 2 and words[-2].lower() in DOCUMENT_NOUNS and words[-1].islower() and words[-1].endswith("ed"):
        words = words[:-1]  # (what was done with the document is no part of its name: "a court document filed")
        speaker = " ".join(words)
    if how in ("document", "unresolved", "pronoun") and len(words) == 2 and words[0].lower() == "the" and words[1] in described:
        return described[words[1]][0], "pronoun" if how == "pronoun" else described[words[1]][1]  # (and "it" after it)
    if speaker and (" " in speaker or speaker[0].isupper()) and speaker in described:  # (a document by its name,
        # its owner named before: "World Oil Report" is Kleinwort's; a bare noun is looked up as "the <noun>" above)
        return described[speaker][0], "pronoun" if how == "pronoun" else described[speaker][1]
    if not speaker or how == "pronoun":
        return speaker, how
    owner = document_owner(speaker) or document_owner(" ".join((st.speaker_text or "").split())) \
        if how in ("document", "unresolved") else None  # (the mention too: "Kleinwort's latest World Oil Report")
    authored = DOCUMENT_BY.search(ctx.text, max(0, st.speaker_start - 30), st.speaker_start) \
        if st.speaker_start is not None and how != "pronoun" else None
    if authored and authored.group(1).lower() in DOCUMENT_NOUNS:
        described[authored.group(1).lower()] = (speaker, how)  # ("a report by Ocean Shipping Consultants said ...
        # The report predicts ...": its author's words)
    if owner is not None:
        actor = ctx.actors.resolve(owner, ctx.date, ctx.outlet)
        named = speaker
        speaker, how = (actor.name, "registry") if actor else (company(ctx, owner, earlier) or owner, "document")
        described[words[-1].lower()] = described[named] = (speaker, how)
    elif st.speaker_text and any(word[:1].isupper() for word in words[1:] + words[:1]):  # (a name, or holding one)
        for noun in _nouns_naming(st.speaker_text):
            if noun not in _COMPANY_NOUNS and noun != words[-1].lower():
                described[noun] = (speaker, how)  # ("the company" is the company's rules'; "the San Diego-based bank" is no name)
    introduced = _introduced_noun(st.speaker_text or "")
    if introduced and speaker:
        described[introduced] = (speaker, how)  # ("a finance ministry spokesman said ... The spokesman added ...")
    return speaker, how


def _introduced_noun(mention: str) -> str | None:
    """The noun for one person that a mention introduces somebody unnamed with, "a" or "an" before it ("a
    finance ministry spokesman", "A spokesman for the Central Bank", "an aide"): what "the spokesman" after it
    names; None for any other mention."""
    words = mention.split()
    head = next((k for k, word in enumerate(words) if k and word.lower() in _TIES), len(words)) - 1
    if head < 1 or words[0].lower() not in ("a", "an") or not words[head].isalpha() or not words[head].islower():
        return None
    return words[head] if _one_person(words[head]) else None


def _nouns_naming(mention: str) -> list[str]:
    """The common nouns a mention names its speaker with: the word in lower case right before a name
    ("the Iranian news agency IRNA": "agency") or right after it, ending the mention ("the Columbia Gas
    System Inc pipeline subsidiary": "subsidiary"; but not what a name owns: "Hillary Clinton's emails")."""
    words = mention.split()
    nouns = [word for word, after in zip(words, words[1:]) if word.isalpha() and word.islower() and after[:1].isupper()
             and word not in DETERMINERS and word not in _TIES]
    if len(words) > 1 and words[-1].isalpha() and words[-1].islower() and words[-2][:1].isupper() \
            and not words[-2].endswith(("'s", "’s")):
        nouns.append(words[-1])  # (not what the name owns: "Hillary Clinton's emails")
    return nouns


def document_owner(speaker: str) -> str | None:
    """Who owns a document that speaks (``data/document_nouns.tsv``), when the speaker names them: by a
    possessive ("USA TODAY's reporting", "Nevada's Democratic party's initial estimates") or by a name of
    two capitalised words or more, or an abbreviation, before the noun ("a Finance Ministry statement",
    "a 2014 Labor Department study", "a DTI statement"). A chart groups their words with the owner's.
    A single capitalised word may be an adjective ("the French statement"), and a pronoun ("its report"),
    a description ("the council's study") or a time ("Today's data") names nobody a chart can show:
    None, as for a document with no owner ("the report")."""
    words = speaker.split()
    if len(words) < 2 or words[-1].lower() not in DOCUMENT_NOUNS:
        return None
    m = _OWNED_BY.fullmatch(speaker) or _ISSUED_BY.fullmatch(speaker)
    if m is None:
        return None
    owner = " ".join(m.group("owner").split())
    letters = owner.replace(".", "")
    if m.re is _ISSUED_BY and " " not in owner and not (letters.isupper() and len(letters) >= 2):
        return None
    return None if is_no_speaker(owner) else owner


_NAME_WORD = r"[A-Z][\w.&]*(?:-[A-Z0-9][\w.&]*)*"  # ("Labor", "U.S.", "G-III"; not "House-era")
_NAME = rf"(?:{_NAME_WORD}\s+(?:(?:of|and|for|&)\s+)?)*{_NAME_WORD}"  # ("Department of Trade and Industry")
_OWNED_BY = re.compile(rf"(?:[Tt]he\s+)?(?P<owner>{_NAME})['’]s\s+(?:[\w-]+\s+){{0,3}}[A-Za-z]+")
# (a name, 's, up to three words, the noun: "Kleinwort's latest World Oil Report")
_ISSUED_BY = re.compile(rf"(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+)?(?:\d{{4}}\s+)?(?P<owner>{_NAME})\s+[a-z]+")


def _speaker_found(ctx: Context, st: Statement, earlier: list[str]) -> tuple[str | None, str | None]:
    """The speaker in full and how it was found, as the article names it."""
    if st.kind == "assessment":
        return None, None  # (the writer's own: no speaker to find)
    speaker = st.speaker
    if speaker is None:
        return None, "unresolved"
    if speaker == QUESTIONER:
        return speaker, "document"
    if is_no_speaker(speaker) or _sentence_opener(ctx, speaker):
        return None, "unresolved"  # (and "Indeed, the disruptions ... promises to ''...''")
    mention = (st.speaker_text or "").strip().lower()
    if mention in PRONOUNS or mention in FIRST_PERSON or mention in OBJECT_PRONOUNS or mention in POSSESSIVE_PRONOUNS:
        # ("Chrysler ... it said": "Chrysler Corp"; "Mark-Viverito ... she said": "Melissa Mark-Viverito")
        return company(ctx, speaker) or full_name(ctx, speaker) or role_holder(ctx, speaker, st.speaker_start) or \
            described_before(speaker, earlier) or speaker, "pronoun"
    if speaker in ctx.actors.by_name:
        return speaker, "registry"
    named = full_name(ctx, speaker, gender_word(st.speaker_text or "")) or role_holder(ctx, speaker, st.speaker_start) \
        or company(ctx, speaker, earlier) or described_before(speaker, earlier)
    if named is not None:
        actor = ctx.actors.resolve(named, ctx.date, ctx.outlet)
        return (actor.name, "registry") if actor else (named, "document")
    head = _description_head(speaker)
    referent = described_person(ctx, st.speaker_start, head, gender_word(speaker)) if head and st.speaker_start is not None else None
    if referent is not None:  # ("Mr. Rubio declined ... the Florida Republican would only say that ...")
        actor = ctx.actors.resolve(referent, ctx.date, ctx.outlet)
        return (actor.name if actor else referent), "pronoun"
    if is_bare_role(speaker):  # ("The President", "the President" and "the president" are one speaker)
        words = speaker.split()[1 if speaker[:4].lower() == "the " else 0 :]
        return "the " + " ".join(w.lower() if w.capitalize() in PERSON_ROLES else w for w in words), "unresolved"
    if has_title(speaker):
        return speaker, "unresolved"  # "Ms. Lee" with no full name in the article
    if surname_key(speaker) is not None and not speaker.isupper():
        # a word that is the surname of more than one person the article names is left unresolved
        return speaker, "unresolved" if speaker.casefold() in people(ctx).by_surname else "document"
    return speaker, "document"


def _description_head(speaker: str) -> str | None:
    """The noun of a description of one person that refers back ("the Florida Republican", "the Democratic
    presidential candidate", "the 43-year-old former congressman"): "the", one to four words that describe,
    and a noun for one person, in lower case or a party's ("Republican"); not a bare role ("the president":
    whoever holds it), nor someone tied to another ("the prime minister's spokesman", "the adviser to the
    President"), nor a name ("the New Hampshire Union Leader")."""
    role = _DESCRIPTION_MENTION.fullmatch(" ".join(speaker.split()))
    if role is None or speaker.split()[0].lower() != "the" or not role.group("qualifiers").strip():
        return None
    qualifiers, head = role.group("qualifiers").split(), role.group("head")
    low = {q.lower() for q in qualifiers}
    if not _one_person(head) or _TIES & low or _OTHER_ROLE & low or any(q.endswith(("'s", "’s")) for q in qualifiers):
        return None  # (and "the vice president", "the former president" are not whom the article calls president)
    if not head.islower() and (not _PARTY_MEMBER.search(head) or head.capitalize() in PERSON_ROLES or len(qualifiers) > 2):
        return None  # ("the Charlotte Observer", "the Philippine Star" are papers)
    return head


_PARTY_MEMBER = re.compile(r"(?:an|at|ist)$")  # (a capitalised noun of one person is a member's: "Republican", "Democrat")


_QUESTION_WORDS = {"what", "who", "whom", "whose", "why", "how", "where", "when", "which"}


_DATE_WORDS = DATE_NAMES | {"today", "yesterday", "tonight", "morning",
                                                                                 "afternoon", "evening", "week", "month", "year"}


def is_no_speaker(speaker: str) -> bool:
    """Whether a speaker mention is none of a person, an organisation, a group or a role: a figure, with
    its unit or a word that is no group ("8 election", "20 pct"; not "22 percent" or "30 countries"), a date
    ("Tuesday"), a question word ("What"), a part of a group alone ("some", "both", "others": whose part the
    rules could not tell), or a fragment that a conjunction opens or a function word ends ("because we",
    "While Poland", "A number of the")."""
    words = speaker.split()
    low = [w.lower().strip(".,") for w in words]
    figure = bool(words) and _FIGURE.fullmatch(words[0]) is not None and not words[0].endswith("%") and (
        len(words) == 1 or (len(words) == 2 and (low[1] in _UNITS or not (
            low[1].endswith("s") or low[1] in SPEAKER_NOUNS or low[1] == "percent"))))
    return not words or figure or (low[0] in _QUESTION_WORDS and not words[0].isupper()) or \
        low[0] in SUBORDINATORS or low[0] in ("and", "but", "or") or all(w in _DATE_WORDS for w in low) or \
        (len(low) > 1 and ((low[-1] in DETERMINERS and low[-1] not in QUANTIFIERS) or low[-1] in CLAUSE_WORDS)) or \
        (len(low) == 1 and (low[0] in _ARTICLES or low[0] in QUANTIFIERS or low[0] in _PART_WORDS))


_ARTICLES = {"the", "a", "an"}  # (an article alone names nobody: "the" left of a garbled mention)


# (a part of a group whose people the text did not name, alone: "some", "others", "both" name nobody a chart can show)
_PART_WORDS = {"others", "another", "one", "each", "either", "neither"}


_FIGURE = re.compile(r"[\d.,:%-]+")  # (a figure alone: "8", "2.6", "000", "24-hour" is no figure's only word)


# (a figure and its unit, no group of people: "20 pct", "000 dlrs"; but "22 percent" of a poll's voters speaks)
_UNITS = {"pct", "dlrs", "dlr", "tonnes", "tons", "units", "shares", "bpd", "mln", "billion", "million", "contracts"}


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
