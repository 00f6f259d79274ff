"""The registries: actors and cues, loading and look-up only.

Decides: which actor an alias or a role names on a date and in an outlet (:meth:`ActorRegistry.resolve`:
"the US president" on 1 March 2022 is Joe Biden; an alias inside a phrase names its head), who an
outlet's "the President" is, and the kind of a reporting cue (speech, writing, belief, stance ...).
Leaves to others: which mention in a text to look up (``mentions``) and what to do when the registry
knows nobody (``speakers``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable

import pandas as pd
import yaml

from .. import paths
from ..normalise import key
from ..tokenise import literal_pattern
from .vocabulary import CLAUSE_WORDS, DETERMINERS, FINDINGS_LEAD, OPENING_REPORTS, PAST_FORMS, PREPOSITIONS, STANCE_NOUNS, is_given_name


@dataclass
class Actor:
    name: str
    kind: str
    gender: str
    aliases: list[str]
    roles: list[dict]


class ActorRegistry:
    """Canonical names for the people and institutions the project knows (``data/actors.yml``)."""

    def __init__(self, actors: Iterable[Actor]):
        self.actors = list(actors)
        self.by_name = {a.name: a for a in self.actors}
        aliases = sorted(
            ((alias, actor) for actor in self.actors for alias in actor.aliases), key=lambda p: -len(p[0])
        )
        self._alias = {key(alias): actor for alias, actor in aliases}
        self._alias_folded = {key(alias).casefold(): actor for alias, actor in aliases}
        self.alias_ends = tuple(self._alias)  # (longest first, for str.endswith)
        self._alias_re = _alternation([a for a, _ in aliases], flags=0)
        self._alias_any_case_re = _alternation([a for a, _ in aliases], flags=re.I)
        roles = sorted(
            ((role["role"], actor, role) for actor in self.actors for role in actor.roles),
            key=lambda p: -len(p[0]),
        )
        self._roles: dict[str, list[tuple[Actor, dict]]] = {}
        for text, actor, role in roles:
            self._roles.setdefault(_norm_role(text), []).append((actor, role))
        self._role_re = _alternation([r for r, _, _ in roles], flags=re.I)

    @classmethod
    def load(cls, path: str | Path = paths.ACTORS_FILE) -> "ActorRegistry":
        entries = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
        actors = []
        for number, entry in enumerate(entries, start=1):
            if not isinstance(entry, dict) or "name" not in entry:
                raise ValueError(f"{path}: entry {number} has no name")
            actors.append(
                Actor(
                    name=entry["name"],
                    kind=entry.get("kind", "person"),
                    gender=entry.get("gender", "none"),
                    aliases=[str(a) for a in entry.get("aliases") or []],
                    roles=[r if isinstance(r, dict) else {"role": str(r)} for r in entry.get("roles") or []],
                )
            )
        return cls(actors)

    def resolve(self, mention: str, when: pd.Timestamp | None = None, outlet: str = "") -> Actor | None:
        """The actor a mention names: an alias inside it (the last one, the head of the phrase:
        "Kremlin spokesman Dmitry Peskov" is Peskov), else a role held on the date ``when`` (and,
        for a role tied to an outlet, in an article from that outlet)."""
        matches = list(self._alias_re.finditer(mention)) if self._alias_re else []
        if not matches and mention.isupper() and self._alias_re:  # a label in capitals: "VLADIMIR PUTIN"
            matches = list(self._alias_any_case_re.finditer(mention))
        match = matches[-1] if matches else None
        if match and _another_given_name(mention, match, self.alias_actor(match.group())):
            return None  # a namesake: "Eric Trump" and "Melania Trump" are not Donald Trump, "Bill Clinton" not Hillary
        rest = mention[match.end() :] if match else ""
        if match and not _qualifies_a_noun(rest) and not _names_a_holder(rest) and not _owns_a_noun(rest):
            return self.alias_actor(match.group())
        if match:
            # the alias owns the one named after it ("Hillary Clinton’s campaign manager Robby Mook") or the
            # noun the mention names ("Hillary Clinton's campaign", "Putin's spokesman"), or is a word before
            # that noun ("a Clinton campaign official", "the Trump campaign")
            return None
        match = self._role_re.search(mention) if self._role_re else None
        while match and _OF_AFTER.match(mention, match.end()):
            # a longer role than the registry's ("the President of Poland" is not "the President"), unless
            # a role starts later on: "The President of Ukraine"
            match = self._role_re.search(mention, match.start() + 1)
        before = [word.lower() for word in mention[: match.start()].split()[-2:]] if match else []
        if before[-1:] and before[-1] in ("the", "a", "an"):
            before.pop()
        if before[-1:] and before[-1] in _ROLE_OBJECT:
            return None  # the role is what the mention's head serves: "the Adviser to the Head of the President's Office"
        if match:
            holders = [
                actor for actor, role in self._roles.get(_norm_role(match.group()), [])
                if _holds(role, when) and role.get("outlet", "").lower() in outlet.lower()
            ]
            if len({a.name for a in holders}) == 1:
                return holders[0]
        return None

    def alias_actor(self, found: str) -> Actor:
        """The actor whose alias ``found`` is, as an alias pattern matched it in a text (any spacing,
        either apostrophe; any case where the text is in capitals)."""
        form = key(found)
        return self._alias.get(form) or self._alias_folded[form.casefold()]

    def outlet_head(self, when: pd.Timestamp | None = None, outlet: str = "") -> Actor | None:
        """Whoever an outlet calls "the President" on the date ``when``, by a role tied to that outlet
        (the President of Ukraine's releases: Volodymyr Zelenskyy), or None."""
        holders = {actor.name: actor for actor, role in self._roles.get("the president", [])
                   if role.get("outlet") and role["outlet"].lower() in outlet.lower() and _holds(role, when)}
        return next(iter(holders.values())) if len(holders) == 1 else None


def _another_given_name(mention: str, match: re.Match, actor: "Actor") -> bool:
    """Whether a one-word alias (a surname) is preceded in the mention by a first name that is not the
    actor's, or the actor's first name followed by another family name: the mention names a namesake
    ("Eric Trump", "Bill Clinton", "Hillary Duff")."""
    if _JUNIOR.match(mention, match.end()) and key(match.group()) == actor.name:
        return True  # ("Donald Trump Jr."; but "Joseph R. Biden Jr." is Joe Biden)
    if " " in match.group().strip():
        return False
    after = [word.rstrip(",").removesuffix("'s").removesuffix("’s") for word in mention[match.end() :].split()[:1]]
    if match.group() == actor.name.split()[0] and after and after[0][:1].isupper() and after[0] not in actor.name.split() \
            and after[0].casefold() not in {alias.casefold() for alias in actor.aliases}:
        return True  # (the actor's first name with another family name after it: "Hillary Duff" is not Hillary Clinton)
    before = mention[: match.start()].split()[-1:]
    given = before[0].strip(",") if before else ""
    return bool(given) and given[:1].isupper() and given not in actor.name.split() and given not in OPENING_REPORTS and \
        given.lower() not in _NOT_GIVEN and \
        given.casefold() not in {alias.casefold() for alias in actor.aliases} and is_given_name(given)


_NOT_GIVEN = {"the", "a", "an", "on", "in", "at", "of", "for", "to", "by", "with", "and", "or", "but", "as", "said", "says",
              "told", "former", "then", "when", "while", "if", "so", "no", "yes", "will", "may", "can"}
# (words a first-name list holds that open a sentence before a surname: "Will Trump win?")
_JUNIOR = re.compile(r",?\s+(?:Jr|Sr|III|II)\b\.?")




def _qualifies_a_noun(rest: str) -> bool:
    """Whether the words after an alias, to the mention's end, are the nouns the name qualifies: one to
    three words in lower case that are no function word, verb or reflexive ("a Clinton campaign official",
    "the Trump administration", "Clinton allies"; not "Putin himself", "Trump went" or "Zelenskyy during
    a meeting", a mention that runs on past its name)."""
    words = rest.split()
    return 1 <= len(words) <= 3 and all(
        word.islower() and word.replace("-", "").isalpha() and word not in _NOT_A_NOUN and not word.endswith("ed")
        for word in words)


def _owns_a_noun(rest: str) -> bool:
    """Whether the words after an alias are its possessive and the nouns it owns, to the mention's end:
    "’s campaign", "'s spokesman", "'s legal team" (:func:`_qualifies_a_noun`), the possessive perhaps after
    the rest of the name ("Hillary| Clinton's campaign")."""
    m = _POSSESSIVE.match(rest)
    return m is not None and _qualifies_a_noun(rest[m.end() :])


_POSSESSIVE = re.compile(r"(?:\s+[A-Z][\w.-]*)*['’]s(?=\s)")


# What follows an alias that is not the mention's head: a possessive or not, a role in lower case, then a name
_ROLE_THEN_NAME = re.compile(r"(?P<owner>[’']s)?\s+(?P<role>(?:[a-z][\w-]*\s+)+)(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]+$")


def _names_a_holder(rest: str) -> bool:
    """Whether the words after an alias name the holder of a role the alias qualifies: the alias's
    possessive and a role ("Putin's spokesman Dmitry Peskov" is Peskov), or nouns in lower case
    (:func:`_qualifies_a_noun`) and a name ("Obama adviser David Axelrod" is Axelrod; not "Zelenskyy and
    Ilham Aliyev", "Zelenskyy presented the Golden Star")."""
    m = _ROLE_THEN_NAME.search(rest)  # (a possessive may come after the rest of the name: "Hillary| Clinton’s ...")
    return m is not None and (m.group("owner") is not None or (m.start() == 0 and _qualifies_a_noun(m.group("role"))))


_NOT_A_NOUN = DETERMINERS | PREPOSITIONS | CLAUSE_WORDS | PAST_FORMS | {"himself", "herself", "all", "also"}


_OF_AFTER = re.compile(r"\s+of\s")


_ROLE_OBJECT = {"to", "of", "for", "at", "with", "under", "from", "by"}  # (before a role that is not the mention's head)


def _norm_role(text: str) -> str:
    return key(text).lower()


def _holds(role: dict, when: pd.Timestamp | None) -> bool:
    since, until = role.get("since"), role.get("until")
    if when is None or pd.isna(when):
        return True  # undated: every holder counts, so a role held by several people stays unresolved
    day = when.date()
    return (since is None or _as_date(since) <= day) and (until is None or day < _as_date(until))


def _as_date(value) -> Date:
    return value if isinstance(value, Date) else pd.Timestamp(str(value)).date()


def _alternation(words: list[str], flags: int) -> re.Pattern | None:
    if not words:
        return None
    body = "|".join(literal_pattern(w) for w in words)
    return re.compile(rf"(?<![\w’'-])(?:{body})(?![\w’'-])", flags)


@dataclass(frozen=True)
class Cues:
    forms: dict[str, str]  # form -> kind

    @classmethod
    def load(cls, path: str | Path = paths.CUES_FILE) -> "Cues":
        forms = {}
        for _, (forms_written, kind, *_) in paths.data_rows(path, ("forms", "kind", "reason")):
            for form in forms_written.split("|"):
                forms[form.strip()] = kind
        return cls(forms)

    def kind(self, matched: str) -> str | None:
        """The kind of a cue as matched in a text (any spacing, any case the pattern allows)."""
        known = self._kinds.get(matched, False)
        if known is False:
            form = key(matched)
            known = self._kinds[matched] = self.forms.get(form) or self.forms.get(form.lower())
        return known

    @cached_property
    def _kinds(self) -> dict[str, str | None]:
        return {}  # (filled as cues are met: kind() is asked several times for each cue)

    @cached_property
    def pattern(self) -> re.Pattern:
        """One regex for every cue form, shaped as a prefix tree so matching does not try each
        form in turn."""
        return re.compile(r"\b" + self._trie + r"\b")

    @cached_property
    def _trie(self) -> str:
        return trie_pattern(sorted(self.forms))

    @cached_property
    def _word_led(self) -> str:
        # (a prefix tree of the cue forms and the stance nouns together, and the opening words of a
        # finding: every place one of the three patterns matches, and a few more)
        return rf"(?:{trie_pattern(sorted(set(self.forms) | set(STANCE_NOUNS)))})\b|{_FINDINGS_OPENING}"

    def word_led(self, text: str, start: int, end: int) -> list[int]:
        """Where in ``text[start:end]`` a cue, a stance noun ("attacks on") or a findings opening
        ("In the new poll, ") may start. One scan finds them all; each pattern is then tried only
        there (:func:`matches_at`), which saves two scans of every paragraph."""
        found = [start] if self._led_at.match(text, start, end) else []
        return found + [m.end() for m in self._led_after.finditer(text, start, end)]

    @cached_property
    def _led_at(self) -> re.Pattern:
        return re.compile(rf"\b(?={self._word_led})")

    @cached_property
    def _led_after(self) -> re.Pattern:
        # Each of them opens with a word character: after any other character is after a word
        # boundary. (The scan skips from one such character to the next.)
        return re.compile(rf"\W(?={self._word_led})")

    @cached_property
    def headline_pattern(self) -> re.Pattern:
        """The cue forms as a title-case headline writes them: "Trump Says He Never Pledged ..."."""
        return re.compile(r"\b" + trie_pattern(sorted({form.title() for form in self.forms})) + r"\b")


def trie_pattern(words: list[str]) -> str:
    """A regex matching exactly ``words`` (longest first at each branch), grouped by common prefixes."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = []
        for ch in sorted((c for c in node if c), key=lambda c: -_depth(node[c])):
            branches.append(literal_pattern(ch) + build(node[ch]))
        if "" in node:
            branches.append("")
        if not branches:
            return ""
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return build(trie)


def _depth(node: dict) -> int:
    return 1 + max((_depth(child) for child in node.values()), default=0)


@lru_cache(maxsize=1)
def default_actors() -> ActorRegistry:
    return ActorRegistry.load()


@lru_cache(maxsize=1)
def default_cues() -> Cues:
    return Cues.load()


_FINDINGS_OPENING = rf"[Ii]n\s+{FINDINGS_LEAD}\s"  # (how every findings opening begins: see Cues.word_led)
