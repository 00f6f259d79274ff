"""Statements in an article and who made them.

Four kinds of statement are found, paragraph by paragraph:

- ``direct``: a quotation that stands as the speaker's own sentence(s), attributed by a reporting
  clause after it (``“...,” Trump wrote``) or before it (``Trump replied, “I do.”``);
- ``indirect``: reported speech (``Trump wrote that ...``, ``Putin added Moscow is ready ...``,
  ``..., he told reporters``, ``According to X, ...``);
- ``partial``: a quoted fragment inside reported speech or a passive attribution
  (``was described by Putin as “frank”``). A partial quote inside an indirect statement names that
  statement as its ``parent``;
- ``assessment``: the writer's own (``Christie appears to be embracing his duties``, ``Obama is
  expected to join Clinton``), with no speaker; its subject and the rest are its ``parts``.

Every other statement is attributed to a speaker mention (a name, a role such as "the US president", or a
pronoun resolved to the nearest earlier speaker of the same gender) and a reporting cue, all with
character offsets into the article text as loaded. Boilerplate spans are skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property, lru_cache
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Iterable

import pandas as pd
import yaml

from . import paths
from .corpus import Article
from .normalise import Normalised, key, normalise, one_line
from .quotes import AMBIGUOUS, CLOSERS, OPENERS, mark_start, quote_spans, quote_text_span
from .tokenise import literal_pattern, paragraphs, sentence_spans

# --- registries ---------------------------------------------------------------------------------


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
        if match and not _OWNER_BEFORE_NAME.search(mention, match.end()):
            return self.alias_actor(match.group())
        if match:
            return None  # the alias owns the one named after it: "Hillary Clinton’s campaign manager Robby Mook"
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


# A possessive, a role in lower case, then a name: what follows an alias that is not the mention's head
_OWNER_BEFORE_NAME = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+)+(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]+$")
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
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 3:
                raise ValueError(f"{path}, line {number}: expected forms<TAB>kind<TAB>reason")
            for form in parts[0].split("|"):
                forms[form.strip()] = parts[1].strip()
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
        return _trie_pattern(sorted(self.forms))

    @cached_property
    def _word_led(self) -> str:
        # (a prefix tree of the cue forms and the stance nouns together, and the opening words of a
        # finding: every place one of the three patterns matches, and a few more)
        return rf"(?:{_trie_pattern(sorted(set(self.forms) | set(STANCE_NOUNS)))})\b|{_FINDINGS_OPENING}"

    def word_led(self, text: str, start: int, end: int) -> list[int]:
        """Where in ``text[start:end]`` a cue, a stance noun ("attacks on") or a findings opening
        ("In the new poll, ") may start. One scan finds them all; each pattern is then tried only
        there (:func:`_matches_at`), which saves two scans of every paragraph."""
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
        return re.compile(r"\b" + _trie_pattern(sorted({form.title() for form in self.forms})) + r"\b")


def _trie_pattern(words: list[str]) -> str:
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


# --- statements ---------------------------------------------------------------------------------


@dataclass
class Statement:
    article_id: str
    statement_id: str
    kind: str
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    parent: str | None = None
    # fragments of an interrupted quotation or report, [[start, end], ...] ("A, said X, an expert, is B.")
    parts: list[list[int]] | None = None
    # The statement of another speaker this one is reported in, second hand: in "Trump said that Putin
    # thanked him", Putin's statement is via Trump's.
    via: str | None = None


STATEMENT_COLUMNS = [f.name for f in Statement.__dataclass_fields__.values()]

PRONOUNS = {"he": "male", "she": "female", "they": None, "we": None, "it": "none", "i": None, "who": None}
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that", "another", "one",
               "two", "three", "several", "some", "many", "other",
               "most", "few", "both", "all", "these", "those"}
TIME_WORDS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "time", "period", "quarter"}
# Cue forms that are as often plural nouns ("bigger questions", "his outrageous views"): their
# subject must be a name, a pronoun or a plain noun after "the"/"a".
NOUN_LIKE_CUES = {"attacks", "questions", "charges", "views", "plans", "claims", "offers", "challenges", "calls",
                  "reports", "estimates", "shows", "notes", "promises", "pledges", "demands", "supports", "backs",
                  "hopes", "fears", "doubts", "worries", "finds", "echoes", "requests", "highlights", "cites",
                  "signs", "thanks", "tweets", "emails"}
# Noun-like cues that are nouns after any common noun ("the terrorist attacks", "the campaign emails"):
# only a name or a pronoun makes them verbs.
NAMED_SUBJECT_CUES = {"attacks", "emails", "tweets", "posts"}
PARTICIPLE_OPENERS = {"Having", "Being", "Speaking", "Saying", "Adding", "Noting", "Asking", "Responding",
                      "Following", "Citing", "Calling", "Writing", "Referring", "Commenting", "Describing",
                      "Including", "Acknowledging", "Arguing", "Explaining", "Insisting", "Warning", "Pointing"}
INFORM_FORMS = {"informed", "informs"}  # ("informed his counterpart of", where "told ... of" names the addressee's side)
TELL_FORMS = {"told", "tell", "tells", "telling"} | INFORM_FORMS  # cues that take an addressee before their content
BE_FORMS = {"be", "is", "are", "was", "were", "been"}
_NEGATED_BE = {f"{form}n{mark}t" for form in ("is", "are", "was", "were") for mark in "'’"}  # "wasn't talking about"
FINITE_VERBS = "is|was|were|are|has|have|had|will|would|could|should|can|may|might|must|did|does|do"  # (regex alternatives)
# Words that open a sentence before its subject ("But Trump said", "Meanwhile, Clinton ..."), as regex
# alternatives
SENTENCE_OPENERS = "But|And|Yet|So|Still|Then|Now|Later|Earlier|Meanwhile|However|Instead"
DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"  # (as regex alternatives)
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAYS = set(DAY_NAMES.lower().split("|"))
PLACE_TIME_ADVERBS = {"here", "there", "today", "yesterday", "tonight", "privately", "now", "again", "since", "long",
                      "often", "always", "once", "already", "still", "just", "even", "first", "never", "recently"}
AUXILIARIES = {
    "has", "have", "had", "also", "again", "later", "then", "further", "previously", "earlier",
    "repeatedly", "once", "publicly", "reportedly", "separately", "subsequently", "immediately",
    "quickly", "firmly", "flatly", "bluntly", "simply", "recently", "first", "already", "too",
    "would", "will", "may", "might", "could", "did", "does", "just", "even", "only", "still", "ultimately",
    "is", "are", "was", "were", "been", "be", "not", "never", "now", "also", "often", "frequently", "openly",
    "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "hasn't", "hasn’t", "haven't", "haven’t",
    "hadn't", "hadn’t", "won't", "won’t", "wouldn't", "wouldn’t", "can't", "can’t", "couldn't", "couldn’t",
    "should", "must", "can", "do",
}
# Before a base form, these make it a verb whatever the subject: "he didn't mention", "Trump will support".
VERB_MARKERS = {"did", "does", "do", "will", "would", "could", "can", "may", "might", "must", "should",
                "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "won't", "won’t", "wouldn't",
                "wouldn’t", "can't", "can’t", "couldn't", "couldn’t", "not", "never"}
SPEAKER_NOUNS = {"sources", "officials", "aides", "analysts", "experts", "lawmakers", "critics", "supporters",
                 "advisers", "advisors", "people", "residents", "voters", "witnesses", "police", "authorities",
                 "diplomats", "observers", "democrats", "republicans", "economists", "investigators", "prosecutors",
                 "activists", "protesters", "leaders", "organizers", "organisers", "scientists", "researchers",
                 "doctors", "spokesmen", "spokespeople", "representatives", "members", "senators", "legislators",
                 "polls", "surveys", "reports", "documents", "data", "records", "studies", "historians",
                 "groups", "regulators", "executives", "conservatives", "liberals", "progressives", "delegates",
                 "donors", "strategists", "operatives", "pollsters", "respondents", "participants", "parents",
                 "students", "teachers", "workers", "employees", "americans", "candidates", "politicians", "judges",
                 "lawyers", "attorneys", "advocates", "opponents", "allies", "rivals", "insiders", "commentators",
                 "pundits", "journalists", "reporters", "officers", "agencies", "unions", "governments", "countries"}
CLAUSE_WORDS = {"that", "and", "but", "which", "who", "whom", "when", "if", "while", "as", "because",
                "after", "before", "since", "though", "although", "whether", "where", "so", "or", "than",
                "to", "by", "of", "for", "with", "on", "in", "at", "from", "about", "into", "over",
                "not", "never", "what", "how", "why", "whereas", "whilst"}
ADDRESSEES = {"reporters", "journalists", "the press", "the media", "supporters", "lawmakers", "parliament",
              "the audience", "the crowd", "listeners", "viewers", "him", "her", "them", "us", "me"}

PREPOSITIONS = {"in", "on", "at", "during", "after", "before", "outside", "from", "via", "to", "with",
                "while", "when", "inside", "through", "late", "early", "last", "this", "earlier", "later",
                # a time right after the cue ("said Friday afternoon, as ...") is not what was said
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                "today", "tonight", "overnight", "recently", "afterward", "afterwards", "again"}

NOT_SPEAKERS = {"let", "me", "you", "please", "yes", "no", "thank", "thanks", "today", "yesterday", "here", "there"}
_SPACES = re.compile(r"[ \t]+")
PRONOUN_WINDOW = 5000  # characters searched back for a pronoun's antecedent when no speaker precedes it

_ADDRESSEE = re.compile(r"(?:" + "|".join(re.escape(p) for p in sorted(ADDRESSEES, key=len, reverse=True)) + r")\b[\s,:]*")
_ADDRESSEE_OR_ADVERB = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(ADDRESSEES | AUXILIARIES, key=len, reverse=True)) + r")\b"
)

_TOKEN = re.compile(r"\w[\w’'.&-]*\w|\w|[^\w\s]")
_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern})")  # (every character is a space or in a token)


@dataclass
class _Context:
    text: str
    article_id: str
    date: pd.Timestamp | None
    outlet: str
    actors: ActorRegistry
    cues: Cues
    cue_re: re.Pattern
    statements: list[Statement] = field(default_factory=list)
    continuing: Statement | None = None  # a quotation left open at the end of the previous paragraph
    introduced: tuple | None = None  # (speaker span, cue span) of a paragraph ending "Trump said in a statement:"
    transcript: bool | None = None  # whether the article is a transcript (see _is_transcript)
    hard_wrapped: bool = False  # paragraphs run over line breaks (wire copy)
    turn_sentences: set[int] = field(default_factory=set)  # ids of statements that are one sentence of a turn
    previous_start: int | None = None  # where the paragraph before this one starts
    paragraph_cues: tuple = (0, 0, [], [])  # the paragraph being read: its span, its cue matches and where they start
    subjects: dict = field(default_factory=dict)  # (lo, hi) -> the subject found before hi (see _subject_before)
    assessments: list[Statement] = field(default_factory=list)  # the writer's own (see _assessments)
    labels: dict = field(default_factory=dict)  # transcript label -> its speaker (see _label_speaker)
    title: str = ""  # the article's title (see _author)
    author: tuple | None = None  # (whose words the article is, whether its title says so): see _author
    speaker_names: dict = field(default_factory=dict)  # speaker -> its name as charts group it (see _speaker_name)


def extract(
    text: str,
    article_id: str = "article",
    date: pd.Timestamp | None = None,
    boilerplate: Iterable[tuple[int, int, str]] = (),
    actors: ActorRegistry | None = None,
    cues: Cues | None = None,
    outlet: str = "",
    title: str = "",
) -> list[Statement]:
    """Every statement of one article, in text order. ``outlet`` (the article's source and url)
    resolves roles tied to an outlet's house style; a ``title`` that says whose words the article
    is ("Address by the President of Ukraine") gives "I" and "we" a speaker where the text names none.

    The rules read the article as :func:`analysis.normalise.normalise` gives it (plain spaces, no
    invisible characters); every offset and text of a statement is the article's own."""
    view = normalise(text)
    skip = [(view.start_in_text(s), view.end_in_text(e)) for s, e, _ in boilerplate]
    found = _extract(view.text, article_id, date, skip, actors or default_actors(), cues or default_cues(), outlet,
                     one_line(title))
    if view.text is not text:
        for st in found:
            _in_article(st, view)
    return found


def _in_article(st: Statement, view: Normalised) -> None:
    """Offsets and texts of a statement found in the normalised copy, as they are in the article."""
    st.start, st.end = view.start_in_raw(st.start), view.end_in_raw(st.end)
    if st.parts:
        st.parts = [[view.start_in_raw(a), view.end_in_raw(b)] for a, b in st.parts]
        st.text = " ".join(view.raw[a:b] for a, b in st.parts)
    else:
        st.text = view.raw[st.start : st.end]
    if st.speaker_start is not None:
        st.speaker_start, st.speaker_end = view.start_in_raw(st.speaker_start), view.end_in_raw(st.speaker_end)
        st.speaker_text = view.raw[st.speaker_start : st.speaker_end]
    if st.cue_start is not None:
        st.cue_start, st.cue_end = view.start_in_raw(st.cue_start), view.end_in_raw(st.cue_end)
        st.cue = view.raw[st.cue_start : st.cue_end]


def _extract(text: str, article_id: str, date, skip: list[tuple[int, int]], actors: ActorRegistry, cues: Cues,
             outlet: str, title: str) -> list[Statement]:
    """:func:`extract` on the normalised text."""
    ctx = _Context(text, article_id, date, outlet, actors, cues, cues.pattern, title=title)
    spans, ctx.hard_wrapped = paragraphs(text)
    for start, end in spans:
        if not any(s <= start and end <= e for s, e in skip):
            _paragraph(ctx, start, end)
        ctx.previous_start = start
    found = _join_interrupted(text, ctx.turn_sentences, sorted(ctx.statements + ctx.assessments,
                                                               key=lambda s: (s.start, s.kind != "indirect", s.end)))
    _nest_same_speaker(found)
    _second_hand(found)
    ids = {id(st): f"{article_id}:{number}" for number, st in enumerate(found, start=1)}
    for st in found:
        st.statement_id = ids[id(st)]
    for st in found:
        if st.parent is not None:
            st.parent = st.parent.statement_id
        if st.via is not None:
            st.via = st.via.statement_id
    return found


def _within(inner: Statement, outer: Statement) -> bool:
    """Whether ``inner`` lies inside the words of ``outer`` (inside one of its parts, if it has parts)."""
    return any(a <= inner.start and inner.end <= b for a, b in (outer.parts or [(outer.start, outer.end)]))


def _second_hand(found: list[Statement]) -> None:
    """A statement inside the words of another speaker's statement is reported second hand: it
    names the innermost such statement as ``via`` ("Trump said that Putin thanked him")."""
    open_: list[Statement] = []
    for st in found:
        open_ = [outer for outer in open_ if outer.end > st.start]
        if st.parent is None and st.kind != "partial":
            st.via = next((o for o in reversed(open_) if o.speaker != st.speaker and o.end - o.start > st.end - st.start
                           and _within(st, o)), None)
            if st.kind != "assessment":  # (the writer's assessment reports nobody's words second hand)
                open_.append(st)


def _report_opens(text: str, start: int, end: int, statements: list[Statement]) -> bool:
    """Whether a report of its own opens ``text[start:end]``: a statement whose speaker stands in its
    first eight words and whose cue lies inside it ("the Russian president said ...")."""
    opening = start + (m.end() if (m := re.match(r"(?:\W*\w+){1,8}", text[start:end])) else 0)
    return any(st.speaker_start is not None and start <= st.speaker_start < opening and st.cue_start is not None
               and st.cue_start < end for st in statements)


def _nest_same_speaker(found: list[Statement]) -> None:
    """A report inside another report of the same speaker ("Putin said he thanked Trump for ...")
    is a statement of its own, but its words are already counted: it names the outer one as its
    ``parent``, as a partial quote does."""
    open_: list[Statement] = []
    for st in found:
        open_ = [outer for outer in open_ if outer.end > st.start]
        if st.parent is None and st.kind != "partial" and st.speaker is not None:
            outer = next((o for o in reversed(open_) if o is not st and o.speaker == st.speaker and o.parent is None
                          and _within(st, o)), None)
            if outer is not None:
                st.parent = outer
        if st.kind != "partial":
            open_.append(st)


def _join_interrupted(text: str, turn_sentences: set[int], found: list[Statement]) -> list[Statement]:
    """One statement for a quotation interrupted by its attribution (“A,” he said, “B.”) or run
    over paragraphs: consecutive direct quotes hanging on the same speaker mention and cue."""
    joined: list[Statement] = []
    last_direct: Statement | None = None
    for st in found:
        if st.kind == "indirect" and last_direct is not None and (
                st.start < last_direct.end or "\n" in text[last_direct.end : st.end]):
            last_direct = None
        # (a report inside the attribution itself does not part the halves: “A,” said Dan Cantor, who
        # supported Sanders, “B.” / “A,” Clinton said, referencing a super PAC. “B.”)
        if (st.kind == "direct" and last_direct is not None and id(st) not in turn_sentences
                and st.speaker_start == last_direct.speaker_start
                and st.cue_start == last_direct.cue_start and st.speaker == last_direct.speaker
                and not any(re.search(r"\w", chunk) for chunk in text[last_direct.end : st.start].split("\n")[1:-1])):
            # (not across a paragraph of other text between them)
            parts = last_direct.parts or [[last_direct.start, last_direct.end]]
            parts.append([st.start, st.end])
            last_direct.parts = parts
            last_direct.end = st.end
            last_direct.text = " ".join(text[a:b] for a, b in parts)
            continue
        if st.kind == "direct":
            last_direct = st
        joined.append(st)
    return joined


@lru_cache(maxsize=1)
def default_actors() -> ActorRegistry:
    return ActorRegistry.load()


@lru_cache(maxsize=1)
def default_cues() -> Cues:
    return Cues.load()


# --- speaker mentions ---------------------------------------------------------------------------


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    # (one C-level scan gives each token with the spaces before it; the offsets are summed from
    # their lengths, which is cheaper than asking every match for its start and end)
    tokens = []
    pos = start
    for space, token in _SPACED_TOKEN.findall(text, start, end):
        pos += len(space)
        tokens.append((pos, pos + len(token), token))
        pos += len(token)
    return tokens


def _is_adverb(tok: str) -> bool:
    """An adverb between a subject and its verb: "who enthusiastically endorses", "workers here said"."""
    low = tok.lower()
    return low in PLACE_TIME_ADVERBS or low in WEEKDAYS or (len(low) > 4 and low.endswith("ly") and low.isalpha() and tok.islower()
                                         and low not in {"family", "july", "italy", "ally", "rally", "only"})


_WORD = re.compile(r"\w+")


def _has_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether ``text[start:end]`` holds at least ``count`` words."""
    for _ in range(count):
        m = _WORD.search(text, start, end)
        if m is None:
            return False
        start = m.end()
    return True


def _is_word(tok: str) -> bool:
    return tok[0].isalnum()


def _is_cap(tok: str) -> bool:
    return tok[0].isupper() or tok[0].isdigit()


def _before_party_tag(toks, i: int) -> tuple[int, int | None]:
    """If ``toks[i]`` closes a short parenthesis after a name ("(D-Mo.)"), the index of the token
    before it and the end of the tag; else ``i`` unchanged and None."""
    if i >= 0 and toks[i][2] == ")":
        j = i - 1
        while j >= 0 and toks[j][2] != "(" and i - j <= 40:
            j -= 1
        if j >= 0 and toks[j][2] == "(":
            if i - j <= 8:
                return j - 1, toks[i][1]
            if j >= 1 and _is_cap(toks[j - 1][2]):  # a longer aside after a name: "Sen. Chris Murphy (a Democrat so ...) says"
                return j - 1, toks[j - 1][1]
    return i, None


def _before_suffix_stop(toks, i: int, initialisms: bool = True) -> tuple[int, int | None]:
    """If ``toks[i]`` is the full stop of a name's suffix ("Jr.", "Inc.") or, with ``initialisms``, of
    an initialism ("F.B.I."), the index of the token before it and the end of the stop; else ``i``
    unchanged and None."""
    if i >= 1 and toks[i][2] == "." and (toks[i - 1][2].lower() in {"jr", "sr", "inc", "co", "corp"} or (
            initialisms and "." in toks[i - 1][2])):
        return i - 1, toks[i][1]
    return i, None


def _speaker_before(ctx: _Context, lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker mention that ends right before ``hi`` (auxiliaries such as "has", "also" skipped),
    as (start, end), or None. Looks no further back than ``lo``. A restrictive relative clause
    between the speaker and the verb is passed over: "Hawkins and others who want to ban abortion said"."""
    aside = _SET_OFF_RELATIVE.search(ctx.text, max(lo, hi - 200), hi)
    if aside and aside.start() > lo:  # "Westmacott, who will retire after ..., praised", "the campaign, which has been ..., said"
        role = _ROLE_BEFORE_RELATIVE.search(ctx.text, max(lo, aside.start() - 100), aside.start())
        opening = ctx.text[lo : role.start()].split()[:1] if role else []
        if role and role.start() > lo and _is_cap(ctx.text[lo:role.start()].split()[-1]) and \
                opening[0].lower() not in PREPOSITIONS and opening[0].lower() not in CLAUSE_WORDS:
            # the clause describes an apposition of the subject: "Sam Solovey, a contestant on the
            # show, who went on to work alongside Trump, said"
            aside = role
        head = _subject_before(ctx, lo, aside.start())
        if head is not None and ctx.text[head[0]:head[1]].lower() not in PRONOUNS:
            return head
    found = _subject_before(ctx, lo, hi)
    relative = _RESTRICTIVE_WHO.search(ctx.text, max(lo, hi - 90), hi) if found is None or \
        ctx.text.find("who", max(lo, hi - 90), found[0]) != -1 else None
    # (and the clause's subject, not the object of its verb: "Republicans who have praised his
    # candidacy warned"; but in "the voters who Trump said" the verb is Trump's, and in "critics who
    # say he should condemn" his)
    if relative and relative.start() > lo and (found is None or (
            found[0] > relative.start() and ctx.text[relative.end("who") : found[0]].strip()
            and ctx.text[found[0]:found[1]].lower() not in PRONOUNS)):
        head = _subject_before(ctx, lo, relative.start())
        if head is not None and ctx.text[head[0]:head[1]].lower() not in PRONOUNS:
            return head
    return found


_SET_OFF_RELATIVE = re.compile(r",(?<=[A-Za-z)],)\s+(?:who(?:se)?|which)\s[^;:()“”\"―—–]{3,160}?,\s*(?:\w+ly\s+|also\s+)?$")
_ROLE_BEFORE_RELATIVE = re.compile(r",(?<=[A-Za-z.],)\s+(?:a|an|the)\s[^,;:()“”\"―—–]{1,80}$")
_RESTRICTIVE_WHO = re.compile(r"\s(?<=[A-Za-z]\s)\s*(?P<who>who(?:se)?)\s+[^,;:()“”\"―—–]{3,70}$")


_RATIO_SUBJECT = re.compile(r"\b((?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|\d+)"
                            r"\s+(?:in|out of)\s+(?:\d+|ten|five|four|three|two)(?:\s+[a-z]+){0,2}?)\s+(?:also\s+|now\s+)?$")


def _object_of_verb(ctx: _Context, sent_s: int, start: int) -> bool:
    """Whether the mention at ``start`` follows a past verb that is no reporting cue, as its object
    ("held Trump signs", not "said Trump signs the bill")."""
    before = ctx.text[sent_s:start].split()
    return bool(before) and _is_verb_form(before[-1]) and ctx.cues.kind(before[-1]) is None


def _is_verb_form(word: str) -> bool:
    """A word in lower case that is a verb in the past ("held", "backed"), not a role word before a name."""
    return word.islower() and (word.endswith("ed") or word in PAST_FORMS)


def _past_auxiliaries(toks, i: int) -> int:
    """The index of the last token at or before ``i`` that is no auxiliary or adverb ("has also said")."""
    while i >= 0 and (toks[i][2].lower() in AUXILIARIES or toks[i][2].lower() in _CATENATIVES or _is_adverb(toks[i][2])):
        i -= 1
    return i


# Verbs an -ing form carries on ("The crowd kept chanting", "Trump keeps talking about the wall"), and
# with the negated forms of "be", what stands between a subject and its -ing cue ("he wasn't talking about")
_CARRYING_VERBS = {"keep", "keeps", "kept", "continues", "continued", "starts", "started", "begins", "began", "stopped"}
_CATENATIVES = _CARRYING_VERBS | _NEGATED_BE


_CONTRACTED = re.compile(r"(\w+)[’'](?:re|s|m|ve|d|ll)")  # a pronoun and a verb in one token: "We're", "he's"
_AP_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,6}")  # (its full stop is a token of its own)
_CLAUSE_OPENING = re.compile(r"(?:[,;:―—–]|\b(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|while|because|although|though))\s*$")


def _opens_clause(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends in a clause opening (a comma, "but", "because"...). Only its
    last nine characters past trailing spaces are searched: no opening is longer."""
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    return _CLAUSE_OPENING.search(text, max(lo, end - 9), hi) is not None


_PEOPLE = re.compile(r"[a-z]+(?:ers|ors|ists|ians|ants|ents|men|ees)")
_NOT_PEOPLE = {"papers", "letters", "orders", "numbers", "matters", "centers", "waters", "computers", "documents",
               "comments", "statements", "arguments", "governments", "payments", "events", "elements", "moments",
               "amendments", "agreements", "investments", "departments", "parents's"}


def _is_people(word: str) -> bool:
    """A plural noun for people: "sources", "editors", "economists", "congressmen"."""
    low = word.lower()
    return low in SPEAKER_NOUNS or (word.islower() and bool(_PEOPLE.fullmatch(low)) and low not in _NOT_PEOPLE)


def _subject_before(ctx: _Context, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject ending right before ``hi`` (see :func:`_speaker_before`); the same span is
    asked about more than once for some cues, so the answer is kept for the article."""
    key = (lo, hi)
    if key not in ctx.subjects:
        ctx.subjects[key] = _find_subject_before(ctx, lo, hi)
    return ctx.subjects[key]


def _find_subject_before(ctx: _Context, lo: int, hi: int) -> tuple[int, int] | None:
    near = max(lo, hi - 90)
    if _QUALIFIER_WORD.search(ctx.text, near, hi):
        qualified = _SOURCE_QUALIFIER.search(ctx.text, near, hi)
        if qualified and qualified.start() > lo and not _NEGATION.search(qualified.group(1)):
            # "people familiar with the investigation said" (but "people close to him don’t expect")
            head = _subject_before(ctx, lo, qualified.start())
            if head is not None and head[1] == qualified.start() and ctx.text[head[0]:head[1]].lower() not in PRONOUNS \
                    and ctx.text[head[0]:head[1]].lower() not in ("that", "which"):
                return head[0], qualified.end(1)
    tail = ctx.text[max(lo, hi - 40) : hi]
    ratio = _RATIO_SUBJECT.search(ctx.text, max(lo, hi - 40), hi) if " in " in tail or " out of " in tail else None
    if ratio and ratio.start() >= lo:  # "three in 10 voters said", "with one in four saying"
        return ratio.start(1), ratio.end(1)
    near = max(lo, hi - 200)  # both patterns end at the verb: no need to try every earlier start
    window = ctx.text[near:hi]
    home = (_HOMETOWN.search(ctx.text, near, hi) if ", of " in window or ", from " in window else None) or \
        _TIME_BEFORE_VERB.search(ctx.text, max(lo, hi - 60), hi)
    agent = None
    if not home:  # (each pattern is tried only from just before the word it turns on)
        by = ctx.text.find(" by ", max(lo, hi - 90), hi)
        agent = _BY_AGENT_BEFORE_VERB.search(ctx.text, max(lo, by - 40), hi) if by != -1 else None
        asked = None if agent else _ASKED_WORD.search(ctx.text, max(lo, hi - 120), hi)
        agent = agent or (_ASKED_BEFORE_VERB.search(ctx.text, max(lo, asked.start() - 16), hi) if asked else None)
    if agent and agent.start() > lo:  # the document is the subject, if one stands before it
        document = _subject_before(ctx, lo, agent.start())
        if document is not None:
            return document
    if home and home.start() > lo:  # "Johnnie Wilson, of Springfield, Va., said", "who in 2010 said"
        hi = home.start()
    if hi - lo > 600:  # the walk back never reaches further: tokenise from a space before that
        space = ctx.text.find(" ", hi - 600, hi)
        lo = space + 1 if space != -1 else lo
    toks = _tokens(ctx.text, lo, hi)
    apposition = None  # the last phrase set off by commas before the verb: "Another critic, Laurence H. Tribe, said"
    i = _past_auxiliaries(toks, len(toks) - 1)
    if i >= 1 and toks[i][2] == "to" and toks[i - 1][2].lower() in RAISING_VERBS:
        i = _past_auxiliaries(toks, i - 2)  # "he appeared to suggest", "Trump seems to believe"
    # A party tag after a name: "Sen. Claire McCaskill (D-Mo.) said".
    i, end_override = _before_party_tag(toks, i)
    if end_override is None:
        i, end_override = _before_suffix_stop(toks, i)  # "Joseph R. Biden Jr. said", "the F.B.I. has said"
    # Asides and appositions between subject and verb, up to three of them: "Trump, in separate
    # statements, told ...", "Leonard Burman, director of the Tax Policy Center, said ...",
    # "Sanders, meanwhile, who sits at zero endorsements, said ...".
    for _ in range(3):
        state_stop = i if i >= 1 and toks[i][2] == "." else i - 1 if i >= 4 and toks[i][2] == "," and toks[i - 1][2] == "." else None
        if state_stop is not None and state_stop >= 3 and toks[state_stop - 2][2] == "," and \
                re.fullmatch(r"[A-Z][a-z]{1,4}|[A-Z]\.[A-Z]", toks[state_stop - 1][2]):
            # a place with its state inside an apposition: "Jeffrey Salkin, a Hollywood, Fla., rabbi ..., said",
            # or closing a description: "Cecelia Purner, 67, a retired representative in Allentown, Pa., said"
            # (not a name's: "Another superdelegate, Michael Brown of Washington, D.C., explained")
            j = next((j for j in range(state_stop - 3, max(-1, state_stop - 12), -1) if toks[j][2] == ","), None)
            if state_stop == i or (j is not None and toks[j + 1][2].islower() and toks[j + 1][2] not in CLAUSE_WORDS):
                if j is None or j == 0:
                    break
                i, end_override = j - 1, None
                continue
        if i >= 2 and toks[i][2] == "," and toks[i - 1][2].lower() in ASIDES and toks[i - 2][2] == ",":
            i -= 3  # "Sanders, meanwhile, said"
            continue
        if i >= 2 and toks[i][2] == "." and _AP_PARTY_TAG.fullmatch(toks[i - 1][2]) and toks[i - 2][2] == ",":
            i -= 3  # a party tag in AP style before an apposition: "Sen. Lindsey Graham, R-S.C., a candidate, said"
            continue
        if i >= 1 and end_override is None and (toks[i][2].lower() in ASIDES or toks[i][2].isdigit()) \
                and toks[i - 1][2] == ",":
            i -= 2  # an aside or an age before an apposition: "Marley Anderson, 21, a junior from Las Vegas, said"
            continue
        if i >= 0 and toks[i][2] in {"—", "–", "-"}:  # "Jason Sims — a teacher from Mount Pleasant — says"
            j = next((j for j in range(i - 1, max(-1, i - 16), -1) if toks[j][2] == toks[i][2]), None)
            if j is None or j == 0:
                break
            i, end_override = j - 1, None
            continue
        if i >= 0 and toks[i][2] != "," and i + 1 < len(toks) and toks[i + 1][2] == ",":
            # a participle phrase set off before the verb, ending in a place: "Sen. Chuck Grassley,
            # facing a spirited challenge in Iowa, a swing state, said"
            k = next((k for k in range(i - 1, max(-1, i - 14), -1) if toks[k][2] in {",", ";", ":"}), None)
            if k is not None and k >= 1 and toks[k][2] == "," and _is_cap(toks[k - 1][2]) and \
                    re.fullmatch(r"[a-z]{3,}ing", toks[k + 1][2]):
                i, end_override = k - 1, None
                continue
        if i < 0 or toks[i][2] != ",":
            break
        j = i - 1
        while j >= 0 and toks[j][2] not in {",", ";", ":", "“", "”", '"'} and i - j <= 40:
            if toks[j][2] == "." and not _is_abbreviation(toks, j - 1):
                break
            j -= 1
        if j + 1 < i and toks[j + 1][2] in {"and", "but", "or"}:
            return None  # a clause, not an apposition: "..., and the meeting deteriorated from there, said ..."
        if j >= 1 and toks[j][2] == "," and (toks[0][2] in PARTICIPLE_OPENERS or re.fullmatch(r"[A-Z][a-z]+ing", toks[0][2])) \
                and toks[0][2] != "According" and all(t[2] != "," for t in toks[:j]) and _is_cap(toks[j + 1][2]) and i - j <= 6:
            # after an opening participle phrase the subject is set off by mistake: "Making her way
            # around Chez Vachon, Clinton and husband Bill, thanked ..."
            return _subject_before(ctx, toks[j + 1][0], toks[i][0])
        if j >= 0 and toks[j][2] == "," and (i - j <= 12 or toks[j + 1][2].lower() in {"a", "an", "the", "who"} or (
                j >= 1 and (_is_cap(toks[j - 1][2]) or toks[j - 1][2] == ")"))):
            if j + 1 < i and apposition is None:
                apposition = (toks[j + 1][0], toks[i - 1][1])
            end_override = None
            i = j - 1
        else:
            return None
        # "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
        i, end_override = _before_party_tag(toks, i)
        if end_override is None:  # "James B. Comey Jr., the director of the F.B.I., said" (but "Providence, R.I., surgeon"
            i, end_override = _before_suffix_stop(toks, i, initialisms=False)  # is a place: see above)
    if i >= 2 and toks[i - 1][2] == "of" and toks[i - 2][2].lower() in _PARENTS and (
            toks[i][2].isdigit() or toks[i][2].lower() in _SMALL_NUMBERS):
        i, end_override = i - 2, end_override or toks[i][1]  # "the 34-year-old mother of three replied"
    if i >= 1 and toks[i][2] == "%" and toks[i - 1][2].replace(".", "").isdigit() and toks[i - 1][1] == toks[i][0]:
        return toks[i - 1][0], toks[i][1]  # a share written with the sign: "43% said"
    if i < 0 or not _is_word(toks[i][2]):
        return None
    last = toks[i]
    if last[2].lower() in PRONOUNS:
        return last[0], last[1]
    contracted = _CONTRACTED.fullmatch(last[2]) if "’" in last[2] or "'" in last[2] else None
    if contracted and contracted.group(1).lower() in PRONOUNS and contracted.group(1).lower() not in ("it", "who"):
        return last[0], last[0] + len(contracted.group(1))  # "We're talking about ...", "he's saying ..."
    if last[2] in {"that", "which"} and i >= 1 and (_is_word(toks[i - 1][2]) or (last[2] == "which" and toks[i - 1][2] == ",")) \
            and toks[i - 1][2].lower() not in _NOT_BEFORE_RELATIVE and toks[i - 1][2] not in ctx.cues.forms:
        return last[0], last[1]  # a relative pronoun: "an organization that endorsed Sanders"
    if last[2].endswith(("’s", "'s")) or last[2].lower() in {"his", "her", "their", "its", "my", "our", "your"}:
        return None  # a possessive is not a subject: "Trump’s comments came ..."
    last_end = end_override or last[1]
    # Walk back over the noun phrase: words up to a clause boundary, at most eight.
    j = i
    while j - 1 >= 0 and i - (j - 1) < 8:
        tok = toks[j - 1][2]
        if tok == "." and _is_abbreviation(toks, j - 2):  # "Mr. Obama", "Sen. Cruz"
            j -= 1
            continue
        if not (_is_word(tok) or tok in {"’", "'"} or (tok == "-" and toks[j - 1][1] == toks[j][0])):  # (a hyphen, not
            # a dash between spaces: "Today is a truly historic day - Ukraine has felt ...")
            break
        of_name = tok.lower() == "of" and (_is_cap(toks[j][2]) or (
            toks[j][2].lower() == "the" and j + 1 <= i and _is_cap(toks[j + 1][2])))  # "Mr. Morgan of the Sierra Club"
        # Two people or groups as one speaker: "teachers and union officials told POLITICO".
        and_group = tok == "and" and j - 2 >= 0 and (
            _is_cap(toks[j - 2][2]) or (toks[j - 2][2].endswith("s") and toks[j - 2][2].islower() and len(toks[j - 2][2]) > 3)
        ) and (_is_cap(toks[j][2]) or _is_people(toks[i][2])) and not (  # (but a share is a clause of its own:
            toks[j][2].isdigit() and j + 1 <= i and toks[j + 1][2] in _SHARE_WORDS)  # "his supporters and 22 percent say")
        # A group with its qualifier: "advocates for stem cell research", "half of voters in each state".
        qualified = tok.lower() in {"of", "for", "in", "at", "from", "on"} and j - 2 >= 0 and (
            toks[j - 2][2].lower() in QUALIFIED_HEADS or (tok == "of" and toks[j - 2][2] in _ROLE_HEADS)) or (
            tok == "to" and j - 2 >= 0 and (toks[j - 2][2].lower() in _ROLE_HEADS or toks[j - 2][2].lower() in _SERVING_HEADS) and (
                _is_cap(toks[j][2]) or toks[j][2].lower() in DETERMINERS))  # (not "the senator to take")
        # (and a role with what it heads or serves: "the chief of staff", "former secretary of state", "the Adviser
        # to the Head of the President's Office")
        demonstrative = tok == "That" and toks[j][2].islower()  # "That person said"
        if (tok.lower() in CLAUSE_WORDS or tok.lower() in _SUBJECT_STOPS) and not of_name and not and_group and not qualified \
                and not demonstrative:
            break
        if (tok in {"Will", "May"} and _is_cap(toks[j][2])) or (tok == "First" and toks[j][2] in _TITLE_AFTER_FIRST):
            j -= 1  # a first name: "Will Estrada", "May Mailman"; a title: "the First Lady of Ukraine"
            continue
        if tok.lower() in AUXILIARIES or tok.lower() in PRONOUNS or tok in ctx.cues.forms:
            break
        if tok == "." and not _is_abbreviation(toks, j - 1):
            break
        j -= 1
    words = [t for t in toks[j : i + 1] if t[2] != "."]
    last_word = words[-1][2].lower()
    if last_word in NOT_SPEAKERS or last_word.isdigit() or (last_word in {"percent", "percentage"} and len(words) == 1) or (
            last_word in {"am", "pm"} and len(words) >= 2 and words[-2][2].isdigit()) or (  # a time: "attacks at 4:45 am saying"
            last_word in _FUNCTION_WORDS and last_word not in PRONOUNS and last_word not in STANDING_ALONE
            and not (last_word in TIME_WORDS and _is_cap(words[-1][2]))):  # (but "Day said", "Time magazine")
        return None  # "a Republican and", "2012", "41 percent", "the year" are no speakers
    if len(words) == 1 and (words[0][2] in PARTICIPLE_OPENERS or words[0][2].lower() in ASIDES):
        return None  # "Having ..." opens a participle clause and "Also" an aside, neither names anyone
    if len(words) == 1 and words[0][2].isupper() and len(words[0][2]) > 2 and re.match(
            r"\s*(?:\(|[―—–-])", ctx.text[words[0][1] : words[0][1] + 4]):
        return None  # a dateline: "WASHINGTON — Sen. Grassley said ..."
    # Prefer the longest suffix that is a name, a role or a determiner phrase; else a bare group
    # of people ("sources", "top black lawmakers").
    for k in range(len(words)):
        head = words[k][2]
        if len(head) == 4 and head.isdigit() and k + 1 < len(words) and (
                _is_cap(words[k + 1][2]) or words[k + 1][2].lower() in DETERMINERS):
            continue  # a year before the subject is when, not who: "In 2019 the head of state decided"
        if head.lower() in _WHEN_BEFORE_SUBJECT and k + 1 < len(words):
            continue  # so is a time word: "Today Russia claims ..."
        phrase = ctx.text[words[k][0] : last[1]]
        share_of = head.lower() in QUALIFIED_HEADS and k + 1 < len(words) and words[k + 1][2].lower() == "of"  # "none of the scholars"
        if head.lower() in DETERMINERS or _is_cap(head) or share_of or (
                _is_word(head) and not _is_verb_form(head) and ctx.actors.resolve(phrase, ctx.date, ctx.outlet)):
            opens_clause = words[k][0] == lo or _opens_clause(ctx.text, lo, words[k][0])
            if head.lower() in DETERMINERS and k == len(words) - 1 and not (head.lower() in STANDING_ALONE and opens_clause):
                continue  # "the" alone is nobody; "Some said ..." is some of them
            if (head.lower() in DETERMINERS or not _is_cap(head) or words[-1][2].islower()) and apposition \
                    and ctx.text[apposition[0]].isupper() and _is_name_phrase(ctx.text[apposition[0]:apposition[1]]):
                # (and after a role that ends in a common noun: "Rep. Duncan Hunter’s chief of staff, Joe Kasper")
                return apposition  # the name, not the role before it: "Laurence H. Tribe"
            return words[k][0], last_end
    if _is_people(last[2]):
        first = max(0, len(words) - 3)
        first += words[first][2] in ("and", "or")  # ("Both I and government officials have said")
        return words[first][0], last_end
    if _SHARE_OF_PEOPLE.fullmatch(last[2]) and len(words) == 1:
        return last[0], last_end  # a share of those asked: "and three-fourths say ..."
    return None


_TITLE_AFTER_FIRST = {"Lady", "Deputy", "Vice", "Minister", "Secretary"}  # ("First" is otherwise an adverb: "he first said")
_PARENTS = {"mother", "father", "grandmother", "grandfather", "parent"}  # "a mother of three"
_WHEN_BEFORE_SUBJECT = {"today", "yesterday", "tomorrow", "tonight", "now", "then"}
_SMALL_NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
_FRACTION = r"[a-z]+-(?:halves|thirds|quarters|fourths|fifths|tenths)"  # "three-fourths"
_SHARE_OF_PEOPLE = re.compile(rf"{_FRACTION}|half", re.IGNORECASE)


# What an anonymous source is close to or knows of, between the source and the verb: "a source close
# to him said", "people familiar with the investigation say" (the whole phrase is the speaker).
QUALIFIER_PHRASES = {  # the word each phrase turns on -> the phrase
    "close": r"close\s+to", "familiar": r"familiar\s+with", "briefed": r"briefed\s+on",
    "knowledge": r"(?:with|who\s+(?:has|have|had))\s+(?:direct\s+)?knowledge\s+of|knowledgeable\s+about",
    "involved": r"involved\s+in", "allied": r"allied\s+with", "aligned": r"aligned\s+with", "loyal": r"loyal\s+to"}
_QUALIFIERS = r"\s(?:" + "|".join(QUALIFIER_PHRASES.values()) + ")"
_SOURCE_QUALIFIER = re.compile(_QUALIFIERS + r"(\s+[^,;:.!?“”\"()―—–]{1,60}?),?\s*(?:\w+ly\s+|also\s+)?$")
_QUALIFIED_SOURCE = re.compile(_QUALIFIERS + r"\s")
_QUALIFIER_WORD = re.compile("|".join(QUALIFIER_PHRASES))  # (a quick scan: no phrase without its word)
_NEGATION = re.compile(r"n[’']t\b|\b(?:not|never)\b")
# Where a person is from, with an age or a relative clause, between the name and the verb:
# "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said".
_HOMETOWN = re.compile(r",\s+(?:\d{1,3},\s+)?(?:of|from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
                       r"(?:,\s+(?:[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.))?,\s*(?:who\s[^,;:“”\"]{1,80},\s*)?(?:\w+ly\s+|also\s+)?$")
# A subject never runs back past these: "money sent to Mexico until the government agreed", "Yet another
# said", "his preference for having regional actors address ..."
_SUBJECT_STOPS = {"until", "unless", "yet", "having", "being"}
_TIME_BEFORE_VERB = re.compile(
    rf"\s+(?:(?:in|on|since|during)\s+(?:(?:early|late|mid-)\s*)?(?:\d{{4}}|{DAY_NAMES}|(?:{MONTH_NAMES})(?:\s+\d{{1,2}})?"
    r"(?:,?\s+\d{4})?)|(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:past\s+)?(?:week|month|year|weekend)|"
    rf"(?:on\s+)?(?:{DAY_NAMES})|at\s+(?:the\s+(?:same\s+)?time|one\s+point|first)|back\s+then|in\s+the\s+past|in\s+response)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*(?:\w+ly\s+|also\s+)?$")  # ("Trump at the time said")
# A document's reduced relative clause before its verb: "A letter from the Legion obtained by The
# Associated Press warns ...": the letter warns, not the agency.
_NOT_PASSIVE = r"(?<![Bb]e)(?<!was)(?<!were)(?<!is)(?<!are)(?<!been)(?<!being)(?<!ly)"  # (not "was obtained by")
_NAME_WORD = r"(?!(?:who|whom|which|that|as|he|she|they|we|I|it)\s)[\w.’'&-]+"  # a word of a name, not of a clause
_BY_AGENT_BEFORE_VERB = re.compile(
    _NOT_PASSIVE + r"\s+(?:obtained|seen|reviewed|written|signed|sent|released|issued|published|prepared|drafted|posted|"
    r"filed|authored|commissioned|conducted)"
    rf"\s+(?:(?:on\s+)?(?:{DAY_NAMES}|yesterday|today)\s+)?by\s+(?:{_NAME_WORD}\s+){{1,8}}?$")
_PLACE_WORD = r"(?!(?:and|or|but)\s)" + _NAME_WORD  # (where they were asked ends before a clause: "in January and it ...")
# People asked, between them and their verb: "Veterans interviewed at Trump rallies this week said ..."
_ASKED_BEFORE_VERB = re.compile(
    _NOT_PASSIVE + r"(?<!\bI)(?<!\b[Ww]e)(?<!\b[Hh]e)(?<!\b[Ss]he)(?<!\b[Tt]hey)(?<!\b[Yy]ou)"
    r"(?:\s+(?:I|we|he|she|they|you)(?:\s+(?:have|had)|['’]ve)?)?"  # ("the experts I interviewed said")
    r"\s+(?:interviewed|surveyed|polled|questioned|contacted|reached|asked|(?:spoke|spoken|talked)\s+(?:with|to))"
    rf"\s+(?:(?:by|at|in|on|for|after|outside|across|this|last|over)\s+{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,7}}?)?"
    r"(?:,\s+(?:including|like|such\s+as)\s+[^,;:“”\"]{1,50},)?\s*$")
_ASKED_WORD = re.compile(r"\s(?:interviewed|surveyed|polled|questioned|contacted|reached|asked|spoke|spoken|talked)\s")
RAISING_VERBS = {"appeared", "appears", "appear", "seemed", "seems", "seem", "tried", "tries", "try", "continued",
                 "continues", "continue", "began", "begins", "begin", "started", "starts", "wanted", "wants", "want",
                 "used", "went", "goes", "go", "hastened", "rushed", "sought", "seeks", "seek"}
_NOT_BEFORE_RELATIVE = CLAUSE_WORDS | AUXILIARIES | DETERMINERS
_FUNCTION_WORDS = CLAUSE_WORDS | PREPOSITIONS | DETERMINERS | TIME_WORDS
QUALIFIED_HEADS = SPEAKER_NOUNS | {"percent", "half", "third", "majority", "most", "many", "some", "all", "none", "members",
                                   "leaders", "advocates", "residents", "groups", "people", "democrats", "republicans",
                                   # findings of a poll or study: "an average of recent polls shows", "polling of union voters"
                                   "average", "poll", "polling", "survey", "study", "analysis", "review", "group", "coalition"}
_BEFORE_PARTICIPLE = PREPOSITIONS | CLAUSE_WORDS | AUXILIARIES | VERB_MARKERS | BE_FORMS | {
    "by", "for", "of", "about", "without", "not", "also", "then", "even", "just", "still", "being", "keeps", "kept",
    "began", "begins", "started", "starts", "continued", "continues", "stopped", "avoided", "spent", "spends"}
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_OBJECT_PRONOUNS = {"him": "he", "them": "they", "us": "we", "me": "i"}  # ("her" is read as "his" is, see POSSESSIVE_PRONOUNS)
PERSONAL_OBJECTS = set(_OBJECT_PRONOUNS) | {"her"}
NAMING_FORMS = {"calling", "describing", "labeling", "labelling", "dubbing", "branding", "accusing", "praising",
                "criticizing", "criticising", "attacking", "blaming", "thanking", "denouncing", "defending", "urging"}
# Base forms whose content is a clause, not an object: "donors think that whoever ends up as the
# remaining candidate will ..." runs on past "as"; "voters back Clinton, who ..." stops at the comma.
PLURAL_CLAUSE_FORMS = {"think", "believe", "know", "hope", "expect", "fear", "feel", "worry", "doubt", "argue", "claim",
                       "suggest", "insist", "agree", "warn", "predict", "contend", "acknowledge", "admit", "explain",
                       "confirm", "announce", "deny", "reveal", "note", "recall", "stress", "declare", "allege",
                       "concede", "testify", "mention"}
BACKING_FORMS = {"supporting", "backing", "opposing", "endorsing"}
QUANTIFIERS = {"some", "many", "most", "several", "few", "both", "all"}
STANDING_ALONE = QUANTIFIERS | {"another"}  # determiners that name people on their own: "Some said", "Another tweeted"
ASIDES = {"meanwhile", "however", "though", "too", "also", "instead", "separately", "later", "earlier", "then",
          "now", "moreover", "nevertheless", "nonetheless", "therefore", "still", "likewise", "similarly", "again"}
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr", "lt", "col", "sgt", "prof",
                 "u.s", "u.n", "u.k", "e.u", "s.e.c", "f.b.i", "c.i.a", "d.c", "inc", "co", "corp", "no", "vs", "ft"}


def _is_abbreviation(toks, index: int) -> bool:
    """Whether the full stop after ``toks[index]`` ends an abbreviation, not a sentence."""
    if index < 0:
        return False
    word = toks[index][2].lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word or bool(
        re.fullmatch(r"[rdi]-[a-z]{2,5}", word))  # a party tag: "R-Ky.", "D-Calif."


def _speaker_after(ctx: _Context, lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker mention that starts at ``lo`` ("said Trump", "said the Kremlin spokesman")."""
    toks = _tokens(ctx.text, lo, min(hi, lo + 200))
    if not toks or not _is_word(toks[0][2]):
        return None
    first = toks[0][2]
    if first.lower() in PRONOUNS or first.lower() in PERSONAL_OBJECTS:
        return toks[0][0], toks[0][1]  # ("according to him")
    if first.islower() and first not in DETERMINERS:
        # Role words before a name: "said pollster Frank Luntz", "said retired neurosurgeon Ben Carson"
        named = next((k for k in range(1, min(len(toks), 6)) if _is_cap(toks[k][2])), None)
        # (and "said master of ceremonies Asab Al-Tabchi", "said former secretary of state Hillary Clinton")
        if named is not None and all(t[2].isalpha() and t[2].islower() and (t[2] not in CLAUSE_WORDS or t[2] in ("and", "of"))
                                     and t[2] not in ctx.cues.forms for t in toks[:named]) and toks[0][2] not in ("and", "of"):
            end = _speaker_after(ctx, toks[named][0], hi)
            return (toks[0][0], end[1]) if end else None
        # A bare group: "according to exit polls", "according to senior officials"
        for k in range(min(len(toks), 4)):
            if toks[k][2].lower() in SPEAKER_NOUNS:
                return toks[0][0], toks[k][1]
            if not toks[k][2].isalpha():
                break
        return None
    if not (_is_cap(first) or first.lower() in DETERMINERS):
        return None
    end = toks[0][1]
    role_chain = False  # a role with what it heads or serves, which may run longer than other mentions
    for k in range(1, min(len(toks), 12)):
        tok = toks[k][2]
        if (k >= 9 or role_chain) and not (role_chain and (_is_cap(tok) or tok in (".", "of", "the", "to") or (
                tok.islower() and _is_cap(toks[k - 1][2]) and not tok.endswith(("ing", "ed"))))):
            break  # (what a role heads is named in capitals, or with one common noun after them: "the Head of the
            # Croatian government"; not "the President of the European Commission addressing ...")
        if tok == "." and _is_abbreviation(toks, k - 1) and k + 1 < len(toks) and (_is_cap(toks[k + 1][2]) or (
                "." in toks[k - 1][2] and _is_word(toks[k + 1][2]) and toks[k + 1][2].lower() not in CLAUSE_WORDS)):
            continue  # "said Mr. Burman", "according to U.S. officials"
        if tok == "(" and k > 0:  # a party tag: "said Sen. Graham (R-S.C.)"
            close = next((j for j in range(k + 1, min(len(toks), k + 8)) if toks[j][2] == ")"), None)
            if close is not None:
                end = toks[close][1]
            break
        if not _is_word(tok) and tok not in {"’", "'"}:
            break
        low = tok.lower()
        if low in CLAUSE_WORDS:
            headed = k + 1 < len(toks) and low in ("of", "to") and toks[k - 1][2].lower() in _ROLE_HEADS and (
                _is_cap(toks[k + 1][2]) or (toks[k + 1][2] == "the" and k + 2 < len(toks) and _is_cap(toks[k + 2][2])))
            if not (headed or (low == "of" and k + 1 < len(toks) and _is_cap(toks[k + 1][2]))):
                break
            role_chain = role_chain or headed  # (a role goes on with what it heads or serves: "said the Adviser to the
            # Head of the President's Office")
        if ctx.cue_re.fullmatch(tok):
            break
        if tok in AUXILIARIES or tok in PLACE_TIME_ADVERBS:
            break  # the mention ends before a verb or an adverb: "said Trump later", "..., said Obama is wrong"
        end = toks[k][1]
    return toks[0][0], end


def _resolve(ctx: _Context, start: int, end: int) -> tuple[str | None, str]:
    """Canonical speaker for the mention ``text[start:end]``: the registry's name, a pronoun's
    antecedent, else the mention as written (``None`` for an unresolved pronoun)."""
    mention = ctx.text[start:end]
    comma = mention.rfind(", ")
    if comma != -1 and mention[comma + 2 : comma + 3].isupper() and _is_name_phrase(mention[comma + 2 :]):
        return _resolve(ctx, start + comma + 2, end)[0], mention  # a role, then the name: "the spokesman, Josh Earnest"
    low = POSSESSIVE_PRONOUNS.get(mention.lower(), mention.lower())  # "his claim that ..." is his
    if not mention.isupper():  # ("US plans" are the United States')
        low = _OBJECT_PRONOUNS.get(low, low)  # "according to him" is his
    if low in ("who", "that", "which"):
        before = start
        while before > 0 and ctx.text[before - 1] in " ,\t":
            before -= 1
        head = _speaker_before(ctx, max(0, before - 200), before)
        if head is not None and ctx.text[head[0] : head[1]].lower() != "who":
            return _resolve(ctx, *head)[0], mention
        return None, mention
    if low in PRONOUNS:
        wanted = PRONOUNS[low]
        if low in ("i", "we") and _author(ctx)[1] and not any(
                st.kind == "direct" and st.start <= start < st.end for st in ctx.statements):
            # In an article the title says is somebody's ("Speech by President of Ukraine Volodymyr
            # Zelenskyy at ..."), "I" outside a quotation is theirs, whoever their words report before it.
            return _author(ctx)[0], mention
        for earlier in reversed(ctx.statements):
            if earlier.speaker_start is None or earlier.speaker_start >= start or earlier.speaker is None:
                continue
            actor = ctx.actors.by_name.get(earlier.speaker)
            gender = actor.gender if actor else None
            if earlier.speaker_end - earlier.speaker_start <= 3 and low not in _FIRST_PERSON and \
                    ctx.text[earlier.speaker_start : earlier.speaker_end].lower() in _FIRST_PERSON:
                continue  # "they" are not whoever said "I" or "we" before them
            if wanted in ("male", "female") and actor is None and (
                    not _could_be_one_person(earlier.speaker) or _gender_word(earlier.speaker) not in (None, wanted)):
                continue  # "he" is not "the election returns", "A number of the" or "a woman"
            if low == "i" and actor is None and not _is_full_name(earlier.speaker):
                continue  # "I" is a person with a name: not "The discussion" or "Russia and Belarus" before it
            if wanted is None or gender in (None, wanted):
                return earlier.speaker, mention
        # No earlier speaker: for "I" and "we", the person of the last speaker's label before them, else
        # whoever the article is by ("Address by the President of Ukraine"); else the nearest earlier
        # registry person of that gender.
        best = labelled = None
        window = max(0, start - PRONOUN_WINDOW)
        for m in ctx.actors._alias_re.finditer(ctx.text, window, start) if ctx.actors._alias_re else ():
            actor = ctx.actors.alias_actor(m.group())
            if wanted is None or actor.gender == wanted:
                best = actor.name
                if low in ("i", "we") and _LABEL_REST.match(ctx.text, m.end(), start):
                    labelled = actor.name  # ("President of Belarus Alexander Lukashenko: Friends, ... I would like")
        if low in ("i", "we"):
            best = labelled or _author(ctx)[0] or best
        return best, mention
    if " " in mention and _QUALIFIED_SOURCE.search(mention):
        return " ".join(mention.split()), mention  # "aides close to Clinton" are not Clinton
    if _SERVING_WORD.search(mention) and _serves_another(mention):
        return " ".join(mention.split()), mention  # nor are "critics of Clinton", "an aide to Clinton"
    if _THE_COMPANY.fullmatch(mention):  # the company that spoke last: "Ohio Mattress Co said ... The company said"
        named = next((earlier.speaker for earlier in reversed(ctx.statements) if earlier.speaker_start is not None
                      and earlier.speaker_start < start and earlier.speaker and earlier.speaker.split()[-1] in _COMPANY_ENDS), None)
        if named is not None:
            return named, mention
    actor = ctx.actors.resolve(mention, ctx.date, ctx.outlet)
    if actor:
        return actor.name, mention
    if _SENT_WORDS.fullmatch(mention) and _author(ctx)[0] and not _SENDER.search(ctx.text, 0, start):
        # "The message reads, in part: ..." in a release that names no sender: the message is the
        # article's author's, the head of state whose office publishes it
        return _author(ctx)[0], mention
    role = _BARE_ROLE.fullmatch(" ".join(mention.split()))
    if role and role.group("head").split()[-1].capitalize() in _PERSON_ROLES and (
            role.group("the") or role.group("of")):
        # "The Adviser noted ..." after "Adviser to the Head of the Office Mykhailo Podolyak said ...": the
        # last speaker named with that role
        role_words = role.group("head") + role.group("of")
        wanted_role = role_words.lower()
        for earlier in reversed(ctx.statements):
            if earlier.speaker_start is None or earlier.speaker_start >= start or not earlier.speaker or \
                    not earlier.speaker_text or not _is_full_name(earlier.speaker):
                continue
            said_as = earlier.speaker_text.lower()
            at = said_as.find(wanted_role)
            named_at = said_as.find(earlier.speaker.split()[-1].lower())
            if at != -1 and said_as[:at].split()[-1:] not in (["prime"], ["deputy"], ["first"], ["vice"]) and (
                    named_at == -1 or at < named_at):
                return earlier.speaker, mention  # (the role before the name: not "Deputy Head" for "the Head")
        # else the last person the article names after that role, speaker or not: "Deputy Head of the
        # Office of the President Roman Mashovets met with ..."
        name = _holder_named(ctx, role, start)
        if name is not None:
            actor = ctx.actors.resolve(name, ctx.date, ctx.outlet)
            return actor.name if actor else _fullest_name(ctx.text, name, ctx.hard_wrapped), mention
    return _fullest_name(ctx.text, _PARTY_TAG_AT_END.sub("", mention) if ")" in mention else mention, ctx.hard_wrapped), mention


_THE_COMPANY = re.compile(r"[Tt]he\s+(?:company|firm|corporation)")
_COMPANY_ENDS = {"Inc", "Corp", "Co", "Ltd", "Corporation", "Company", "Plc", "PLC", "AG", "SA", "NV", "Partnership",
                 "Holdings", "Group", "Cos", "Bancorp", "Industries"}  # (how a company's name ends in wire copy)


def _holder_named(ctx: _Context, role: re.Match, start: int) -> str | None:
    """The name of the last person the article names after a bare role (a :data:`_BARE_ROLE` match),
    before ``start``, or in the title. When the role ends in a body or a role ("the Adviser to the Head
    of the President's Office") and the article words it otherwise, the role with fewer of its parts
    ("Adviser to the Head of the Office of the President Oleksiy Arestovych"), then its head where what
    it is of ends in the same word ("Head of the President's Office Andriy Yermak" for "the Head of the
    Office"). The text is read before the title ("Meeting with Governor of Sevastopol Mikhail
    Razvozhayev" for "The Governor")."""
    head, of = role.group("head"), role.group("of")
    last = of.split()[-1] if of else None
    wordings = [(head + of, None)]
    if last is None or last in ORGANISATION_HEADS or last in _PERSON_ROLES:  # (not a name: "of Lithuania Gitanas Nausėda")
        parts = [part for part in _ROLE_OF_PART.split(of) if part]
        wordings += [(head + "".join(parts[:n]), None) for n in range(len(parts) - 1, 0, -1)] + ([(head, last)] if last else [])
    for where, end in ((ctx.text, start), (ctx.title, len(ctx.title))):
        for wording, ending in wordings:
            named = None
            for found in _role_then_name(wording).finditer(where, 0, end):
                if ending is not None and ending not in where[found.start() : found.start("name")].split():
                    continue
                if not any(word in ORGANISATION_HEADS or word in _PERSON_ROLES for word in found.group("name").split()):
                    named = found  # (not a body: "Head of the International Policy Bureau")
            if named is not None:
                return named.group("name")
    return None


_FIRST_PERSON = {"i", "we", "my", "our"}
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
# "Address by the President of Ukraine to the citizens", "Article by Vladimir Putin ..."
_TITLE_BY = re.compile(r"\b(?:address|speech|article|interview|statement|remarks|message|greetings)\b[^.:]{0,40}?"
                       r"\bby\s+(?:the\s+)?(.+?)(?:\s+(?:at|to|in|on|for|during|before|with)\b|[\s,.:\"“]*$)", re.I)


def _author(ctx: _Context) -> tuple[str | None, bool]:
    """Whose words the article is, and whether its title says so: the registry person the title says
    it is by ("Address by the President on the second morning of the war", "... - address by
    President of Ukraine Volodymyr Zelenskyy"), else the head of state of an outlet that speaks for
    one (a release of the President of Ukraine's office in the first person is his address), else
    None. Worked out once per article."""
    if ctx.author is None:
        by = _TITLE_BY.search(ctx.title)
        titled = ctx.actors.resolve(by.group(1), ctx.date, ctx.outlet) or ctx.actors.resolve(
            "the " + by.group(1), ctx.date, ctx.outlet) if by else None
        actor = titled or ctx.actors.outlet_head(ctx.date, ctx.outlet)
        ctx.author = (actor.name if actor else None, titled is not None)
    return ctx.author


TITLES = (r"(?:Mr|Mrs|Ms|Dr|Sen|Senator|Rep|Gov|Governor|Gen|President|Prime Minister|Secretary|Mayor|Judge|"
          r"Chairman|Chairwoman|Spokesman|Spokeswoman|Spokesperson|Attorney General|Activist)\.?")


# Two to four capitalised words. (The capital comes first and the word boundary before it is checked
# after it, so the scan skips from capital to capital.)
# (A word's letters are never given back: what follows them, a full stop or a space, is no letter.)
# (a full stop inside only after an initial or a short title, "J.", "Sen.": not "Mette Frederiksen. Pedro")
_SHORT_STOP = r"(?:(?<=\b\w)\.|(?<=\b\w\w)\.|(?<=\b\w\w\w)\.)?"
_NAME_RUN = re.compile(rf"[A-Z](?<!\w[A-Z])[\w'’-]*+{_SHORT_STOP}\s+(?:[A-Z][\w'’-]*+{_SHORT_STOP}\s+){{0,2}}[A-Z][\w'’-]+\b")
# Words that open a sentence and are never part of a name: "Where Ukraine ...", "Does Rubio ...",
# "Doesn't Ukraine ..." (the finite verbs, but "Will" and "May", which are first names too: "Will Doyle")
_OPENING_VERBS = [verb.capitalize() for verb in FINITE_VERBS.split("|") if verb not in ("will", "may")]
# Reporting verbs that open a sentence before their speaker: "Said Comey, “...”"
_OPENING_REPORTS = ["Said", "Says", "Added", "Adds", "Wrote", "Writes", "Recalled", "Explained"]
_SAID_OPENING = re.compile(rf"({'|'.join(_OPENING_REPORTS)})\s+(?=[A-Z]|(?:the|an?)\s)")
_NOT_IN_NAMES = re.compile(r"\b(?:The|A|An|In|On|At|But|And|If|When|As|For|To|Where|What|Why|How|Who|Before|After|Since|During|"
                           r"Unlike|Despite|Amid|"
                           rf"{'|'.join(_OPENING_VERBS + _OPENING_REPORTS)}|(?:Should|Does|Do|Is|Are|Was|Were|Wo|Ca)n[’']t|"
                           r"Today|Yesterday|Tomorrow|Now|Then|Here|There|This|That|These|Those|Meanwhile|However)\b")
# Words that open a sentence before a name, not the name: "Because Russia ...", "Even Corey Lewandowski ..."
_BEFORE_NAME = re.compile(r"(?:Because|Although|Though|Also|Even|Thus|Therefore|Moreover|Furthermore|Indeed|Perhaps|"
                          r"Please|Let)\s+")


_ROLE_WORDS = {"General", "Minister", "Governor", "Secretary", "President", "Chairman", "Mayor", "Judge", "Speaker"}
_TITLE_WORDS = {form for title in TITLES[3:-4].split("|") for word in title.split() for form in (word, word + ".")} | {
    "Minister", "Governor"}  # (every word _TITLES_TO_NAME may end in: no need to try it on a name without one)
# Titles before a name, and what comes before them: "Moscow Mayor", "Vermont Sen.", "NATO Secretary General"
_TITLES_TO_NAME = re.compile(rf"^(?:(?:the|The)\s+)?(?:[\w.'’-]+\s+)*(?:Secretary\s+General|{TITLES}|Minister|Governor)\s+(?=\S)")
_TITLES_ONLY = re.compile(rf"^(?:{TITLES}\s+)+(?!of\b)")  # (not a role: "President of Ukraine")


@lru_cache(maxsize=1)  # the article being read: built once, on the first unknown name
def _name_index(text: str, hard_wrapped: bool = False) -> dict[str, list[str]]:
    """Surname -> the names ending in it over one article, longest first (in text order among
    names of one length)."""
    names: dict[str, list[str]] = {}
    for name in dict.fromkeys(_NAME_RUN.findall(text)):  # (each name once, in the order the article gives them)
        run = name
        if not hard_wrapped and "\n" in name:
            name = name[name.rindex("\n") + 1:]  # a name never runs over a paragraph break
        words = name.split()
        titles = None if _TITLE_WORDS.isdisjoint(words) else _TITLES_TO_NAME.match(name)
        if titles:
            name = name[titles.end():]  # "Moscow Mayor Sergei Sobyanin" is Sergei Sobyanin
            words = name.split()
        opening = _BEFORE_NAME.match(name) or _ACRONYM_STOP.match(name)
        if opening:  # (and an acronym ending the sentence before: "... with the EU. Celia Kuningas-Saagpakk")
            name = name[opening.end():]
            words = name.split()
        if len(words) < 2 or _NOT_IN_NAMES.search(name):
            continue
        at = text.find(run) if len(words) >= 3 and not titles and "." not in words[1] else -1
        if at != -1 and text.endswith(("of ", "of the ", "to ", "to the "), 0, at):
            # (the first time the run stands in the article, "of" or "to" comes before it)
            if _ROLE_OF_BEFORE.search(text, max(0, at - 60), at):
                # the place or body a capitalised role is of, before the name: "Prime Minister of the United
                # Kingdom Boris Johnson", "President of Ukraine Andriy Sybiha", "Chief of Staff Howard Baker"
                words = _after_place(text, words)
                name = " ".join(words)
            elif _stands_alone(text, words[0], words[1]):
                # the place a role is of, named on its own elsewhere, before the name: "Head of the Office
                # of the President of Ukraine Andriy Yermak" (but "the office of Sant Singh Chatwal")
                name = name[len(words[0]):].lstrip()
                words = words[1:]
        if _body_then_person(words):
            name = " ".join(words[-2:])  # a body, then the person: "Defense Council Oleksiy Danilov"
            words = words[-2:]
        if len(words) >= 3 and words[-2].capitalize() in _PERSON_ROLES:
            continue  # a role and a surname, not a fuller name: "Neither Speaker Ryan"
        role_at = len(words) - (4 if len(words) >= 4 and len(words[-2]) == 2 and words[-2][1] == "." and words[-2][0].isupper() else 3)
        if role_at >= 1 and words[role_at].strip(".,").capitalize() in _PERSON_ROLES and \
                not any(word in ORGANISATION_HEADS for word in words[role_at + 1:]):
            name = " ".join(words[role_at + 1:])  # a role right before the name: "House Speaker Paul Ryan",
            words = words[role_at + 1:]  # "Senate Minority Leader Harry M. Reid"
        owner = False
        while len(words) > 2 and words[-1] not in _PERSON_ROLES and words[-1] not in ORGANISATION_HEADS and (
                words[0] in _PERSON_ROLES or (owner and words[0] in ORGANISATION_HEADS) or words[0].endswith(_POSSESSIVE_ENDS)):
            # a title, or an owner and its body, before a name: "Speaker Paul D. Ryan", "CNN's Jake Tapper",
            # "President's Office Andriy Yermak" (but "Deputy Prime Minister" and "New York Times" are whole)
            owner = words[0].endswith(_POSSESSIVE_ENDS)
            name = name[len(words[0]):].lstrip()
            words = words[1:]
        known = names.setdefault(words[-1], [])
        if name not in known:
            known.append(name)
    for known in names.values():
        known.sort(key=lambda name: -len(name.split()))
    return names


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
        elif three or _stands_alone(text, words[0], words[1]) or words[0] in ORGANISATION_HEADS or \
                words[0] in _PLACE_HEADS or _in_lower_case(text, words[0]):
            words = words[1:]
        else:
            break
    return words


# A body or role, "of" (and "the"), then a run of three or four capitalised words: a place and a name
_PLACE_THEN_NAME = re.compile(r"\b(?P<body>[A-Z][\w'’-]*)\s+(?:of|to)\s+(?:the\s+)?(?P<run>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){2,3})$")
_ACRONYM_STOP = re.compile(r"[A-Z]{2,}\.\s+")
_PLACE_HEADS = {"Republic", "Kingdom", "Nations", "States", "Emirates", "Islands", "Rada", "Confederation"}
_ROLE_OF_BEFORE = re.compile(r"\b[A-Z][\w'’]*\s+(?:of|to)\s+(?:the\s+)?$")  # "Minister of the ", "Ambassador to "


def _stands_alone(text: str, word: str, following: str) -> bool:
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
# People who serve, back or oppose someone named after them, and are not that person: "an aide to
# Agriculture Secretary Richard Lyng", "supporters of Hillary Clinton", "critics of Clinton", "Clinton's
# allies". (A spokesman speaks for whom he serves: "a spokesman for Clinton", like "Clinton's
# spokesman", is Clinton.)
_SERVING_HEADS = {form for word in ("aide", "adviser", "advisor", "supporter", "backer", "friend", "critic", "opponent",
                                    "detractor", "rival", "donor", "associate", "confidant", "confidante", "relative",
                                    "fan", "loyalist", "surrogate", "staffer", "volunteer")
                  for form in (word, word + "s")} | {"ally", "allies"}
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
        return owned.group("head") in _SERVING_HEADS
    serving = _SERVING.fullmatch(words)
    if not serving or serving.group("head").lower() not in _SERVING_HEADS:
        return False
    head, lead = serving.group("head"), serving.group("lead").split()
    # a capitalised role is a title before the name of its holder ("Economic Adviser to the President
    # Oleg Ustenko"), unless it is plural or a determiner opens it ("One Aide to ...")
    return head.islower() or head.endswith("s") or (bool(lead) and (lead[0].lower() in DETERMINERS or lead[0].lower() in QUANTIFIERS))


# Words of a role held by one person, before their name: "Head of the President's Office Andriy Yermak"
_PERSON_ROLES = {word.rstrip(".").capitalize() for word in _TITLE_WORDS} | {word.capitalize() for word in _ROLE_WORDS} | {
    "Head", "Deputy", "Adviser", "Advisor", "Chief", "Director", "Commissioner", "Ambassador", "Commander", "Envoy",
    "Representative", "Editor", "Lady", "Supervisor", "Ceo", "Chairwoman", "Under-secretary", "Assistant", "Leader",
    "Mp", "Minister", "Governor", "Founder", "Chair", "Chancellor", "Pastor", "Justice", "Treasurer", "Aide", "Reporter"}
# The same roles in lower case before "of", and a few that are first names too: "the chief of staff", "former
# secretary of state", "a member of the caucus", "the dean of the faculty"
_ROLE_HEADS = {word.lower() for word in _PERSON_ROLES} | {"member", "professor", "dean"}


def _in_lower_case(text: str, word: str) -> bool:
    """Whether ``word`` also stands in ``text`` in lower case: a common word ("Act", "Watch",
    "Security"), not a name."""
    low = word.lower()  # (most names never stand in lower case, even inside another word: no search then)
    return low in text and re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is not None


_POSSESSIVE_ENDS = ("’s", "'s", "s’", "s'")


def _fullest_name(text: str, mention: str, hard_wrapped: bool = False) -> str:
    """For a person the registry does not know, the fullest form of the name the article gives:
    "Mr. Burman" is "Leonard E. Burman" if the article names him so anywhere."""
    # "panel Chairman ..." -> "Chairman ...", but "the US president" stays as written
    lead = _LOWER_LEAD.match(mention) if mention[:1].islower() else None
    served = _SERVED_BY.search(lead.group()) if lead else None
    serving = served is not None and (served.group(1).lower() in _KIN or served.group(1).lower().removesuffix("s") in _ROLE_HEADS)
    if lead and not serving:
        mention = mention[lead.end():]
    words = mention.split()
    surname = words[-1] if words else ""
    if not surname[:1].isupper() or len(surname) < 3:
        return mention
    role = _ROLE_BEFORE_NAME.match(mention) if len(words) > 2 else None
    if role:  # "Bank of Tokyo economist Haruo Muto" is Haruo Muto
        mention = mention[role.end():]
        words = mention.split()
    if len(words) > 2 and words[0].endswith(_POSSESSIVE_ENDS) and all(word[:1].isupper() for word in words[1:]):
        mention = mention[len(words[0]):].lstrip()  # "CNN's Jake Tapper" is Jake Tapper
        words = words[1:]
    if _TITLE_WORDS.isdisjoint(words):
        best = mention
    else:
        best = _TITLES_ONLY.sub("", mention)
        titles = _TITLES_TO_NAME.match(mention)
        if titles and all(word[:1].isupper() for word in mention[titles.end():].split()) and surname not in _ROLE_WORDS:
            best = mention[titles.end():]  # "Vermont Sen. Bernie Sanders" is Bernie Sanders (but "the Secretary General" stays)
    place = _PLACE_THEN_NAME.search(best) if " of " in best or " to " in best else None
    if place and place.group("body") in _BODIES and " and " not in best[: place.start()]:
        # a body and the place it is of, then the person: "the Security Service of Ukraine Ivan Bakanov"
        # (not a person "of" a body, "Meenakshi Ganguly of Human Rights Watch", nor two people)
        named = _after_place(text, place.group("run").split())
        if len(named) == 2 and not any(word in _BODIES or _in_lower_case(text, word) for word in named):
            best = " ".join(named)
    elif words[0] in ("the", "The") and _body_then_person(words):
        best = " ".join(words[-2:])  # "the National Security and Defense Council Oleksiy Danilov"
    given = best.split()
    run = len(given)
    while run > 0 and given[run - 1][:1].isupper() and given[run - 1][-1:].isalpha():
        run -= 1
    if len(given) - run >= 3 and (run > 0 or (given[-3].strip(".,").capitalize() in _PERSON_ROLES
                                               and given[-2].capitalize() not in _PERSON_ROLES)) \
            and given[0] not in ("a", "an") and any(
            word.strip(".,").capitalize() in _PERSON_ROLES for word in words[:-2]) and not any(
            word in ORGANISATION_HEADS or word in _ROLE_WORDS or word.isupper() or _in_lower_case(text, word)
            for word in given[-2:]):
        # A role of several words, then the name: "Head of the President's Office Andriy Yermak",
        # "Secretary of State Antony Blinken", "House Speaker Paul Ryan" (a role word right before the
        # name where every word is capitalised): the name is the last two words of the capitalised run
        # at the end, or more where the article gives it so ("Recep Tayyip Erdogan")
        tail = " ".join(given[run:])
        fuller = [name for name in _name_index(text, hard_wrapped).get(surname, ()) if tail.endswith(" " + name)]
        first = fuller[0].split()[0] if fuller else ""
        return fuller[0] if fuller and len(fuller[0].split()) > 2 and not first.isupper() and not first.endswith("s") and first not in ORGANISATION_HEADS \
            and not _in_lower_case(text, first) and not any(word in _PERSON_ROLES for word in fuller[0].split()) \
            else " ".join(given[-2:])
    # The longest name in the article that holds every word of the mention: "Leonard E. Burman" for
    # "Mr. Burman", but not "George W. Bush" for "Gov. Jeb Bush" ("The Times" is the "New York Times")
    for name in _name_index(text, hard_wrapped).get(surname, ()):
        held = name.split()
        if len(held) <= len(given):
            break  # (longest first: no fuller name is left)
        if all(word in held for word in given if word not in ("the", "The")):
            person = held[-1] not in ORGANISATION_HEADS and held[-1] not in _PERSON_ROLES and \
                held[-1].lower() not in SPEAKER_NOUNS
            while person and len(held) > 2 and held[0] not in given and held[0] not in _PLACE_NAME_STARTS and (
                    held[0] in _PERSON_ROLES or held[0] in ORGANISATION_HEADS or _in_lower_case(text, held[0])):
                held = held[1:]  # a common word the run opened with: "Healthcare Mikhail Murashko" (the article
                # writes "healthcare" elsewhere), "Presidential Aide Maxim Oreshkin"
            # (one space between the words: a name wrapped over two lines of wire copy is one name)
            return " ".join(held) if len(held) > len(given) else best
    return best


# Words that open the name of a place and are common words too: "New York", "United Kingdom"
_PLACE_NAME_STARTS = {"New", "North", "South", "East", "West", "United", "Great", "Saint", "San", "Los", "Las", "Old",
                      "Upper", "Lower", "Central", "Northern", "Southern", "Eastern", "Western", "Royal", "Grand"}


def _add(ctx: _Context, kind: str, start: int, end: int, speaker_span, cue_span, parent=None, speaker=None) -> Statement:
    text = ctx.text
    if speaker_span is not None:
        opening = _MENTION_OPENING.match(text, *speaker_span) if text[speaker_span[0]].isupper() else None
        if opening:  # ("But Mr. Trump", "Perhaps young voters", "Last month the governor" are Mr. Trump, young voters, the governor)
            speaker_span = (opening.end(), speaker_span[1])
        resolved, mention = _resolve(ctx, *speaker_span) if speaker is None else (speaker, text[slice(*speaker_span)])
        if resolved is not None:
            named = ctx.speaker_names.get(resolved)
            if named is None:
                named = ctx.speaker_names[resolved] = _speaker_name(resolved, text)
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
    ctx.statements.append(statement)
    return statement


# What opens a sentence before a speaker mention and is not part of it: the sentence openers, words
# that elsewhere open a clause of their own ("While Sanders", "Perhaps young voters"), and a time
# ("Last month the governor")
_MENTION_OPENING = re.compile(rf"(?:(?:{SENTENCE_OPENERS}|Or|While|Perhaps|Maybe|Even|Also|Indeed)\s+"
                              r"|(?:Last|This|Next)\s+(?:week|month|year|weekend|morning|afternoon|evening)\s+)(?=\S)")


def _speaker_name(speaker: str, text: str) -> str:
    """A speaker as a chart groups it: one space between words (not a line break of wire copy), and a
    common noun phrase in lower case, as mid-sentence: "The company" is "the company", "His aides" "his
    aides", and "Analysts" and "Banking sources" are "analysts" and "banking sources" where the article
    writes the first word so (not "Democratic party officials": a word like "Democratic" or "Chinese"
    keeps its capital)."""
    words = speaker.split()
    first = words[0]
    if first[:1].isupper() and not (len(first) > 1 and first.isupper()) and not any(word[:1].isupper() for word in words[1:]):
        low = first.lower()
        last = words[-1]
        if (low in _PHRASE_OPENERS and (len(words) > 1 or low not in ("the", "a", "an"))) or (
                (len(last) > 3 and _plural_form(last) or last in ("people", "People"))
                and not low.endswith(("an", "ese", "ish", "ic", "i")) and _in_lower_case(text, first)):
            words[0] = low
    return " ".join(words)


_PHRASE_OPENERS = DETERMINERS | {"everyone", "everybody", "nobody", "someone", "somebody", "no", "each", "every", "none",
                                 "nearly", "almost", "others"}


# --- one paragraph ------------------------------------------------------------------------------


# (up to ten words: "Head of the Federal Customs Service Vladimir Bulavin:")
# (the particles of a name are lower case: "Ursula von der Leyen:", "Mark van der Berg:")
_NAME_PARTICLES = "von|van|der|den|de|del|della|da|di|du|le|la|bin|ibn|al|el"
_LABEL_WORD = rf"(?:[A-Z][\w.'’-]*|of|the|and|{_NAME_PARTICLES})"
_PARTICLES = set(_NAME_PARTICLES.split("|"))
_LABEL = re.compile(rf"[\"“]?({_LABEL_WORD}(?:[ \t]+{_LABEL_WORD}){{0,9}})[ \t]*:[ \t]+(?=\S)")


# A label the source page garbles, of any length: the name repeated in reverse with the role run on
# after it ("Minister of Transport Vitaly Savelyev Savelyev VitalyMinister of Transport of the Russian
# Federation:"; see _REPEATED_NAME)
_GARBLED_WORD = r"(?:[A-Z][\w.'’()-]*|of|the|and)"  # (an abbreviation may be glued on: "Entrepreneurs(RSPP)")
_GARBLED_LABEL = re.compile(
    rf"[\"“]?((?:{_GARBLED_WORD}[ \t]+){{0,14}}(?P<first>[A-Z][\w’'-]+)[ \t]+(?P<last>[A-Z][\w’'-]+)[ \t]+(?P=last)[ \t]+"
    rf"(?P=first)(?:[A-Z][\w.'’()-]*)?(?:[ \t]+{_GARBLED_WORD}){{0,20}})[ \t]*:[ \t]+(?=\S)")
# (the role after the name may be run on or set apart: "Patriarch Kirill Kirill Patriarch of Moscow and All Russia:")
_LABEL_REST = re.compile(rf"(?:[ \t]+{_GARBLED_WORD}){{0,12}}[ \t]*:\s")  # a label's words after a name, to its colon


_GLUED = re.compile(r"[a-z][A-Z]")


def _transcript_label(ctx: _Context, pos: int, limit: int) -> tuple[int, int, int, int] | None:
    """A speaker label opening a transcript turn at ``pos``: (label start, label end, colon, content
    start), or None. A label is all capitals ("WALLACE", "THE PRESIDENT"), a name the registry
    knows, or a run of at least two capitalised words ("President of Russia Vladimir Putin")."""
    m = _LABEL.match(ctx.text, pos, limit)
    if not m:  # (a garbled label longer than _LABEL's has its role run on to the name: "...VitalyMinister")
        colon = ctx.text.find(":", pos, min(limit, pos + 400))
        m = _GARBLED_LABEL.match(ctx.text, pos, limit) if colon != -1 and _GLUED.search(ctx.text, pos, colon) else None
        if not m or not _is_transcript(ctx):
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
    if not known and ((shouting and len(words) == 1) or line.count(",") >= 3) and once and _mostly_capitalised(
            ctx.text, m.end(), min(m.end() + 300, limit if line_end == -1 else line_end)):  # (a turn can run for pages)
        # A one-off kicker before a headline, "BOOM: Trump Just Fired A Missile", or a list of names
        # ("New Hampshire: Charlie Arlinghaus, Arnie Arnesen, ..."); a transcript's speakers come back.
        return None
    if known and once and not (quoted or sentence_follows or _is_transcript(ctx)):
        return None  # a headline such as "Trump: MOVE PAST Iowa." is no turn
    headline = sentence_follows and len(words) <= 4 and all(w[0].isupper() for w in words) and not (
        set(w.lower() for w in words) & NOT_LABELS) and m.start() == _line_start(ctx.text, pos)
    if not known and once and not (quoted and label[0].isupper()) and not headline and not (
            named and _is_transcript(ctx)):  # (in a transcript, a speaker who speaks once has a turn too)
        # A transcript names its speakers again and again; a one-off "X:" is a heading, unless a
        # quotation follows it, as in a headline: "Ryan: ‘Anti-Semitic Images’ Have No Place", or it
        # opens a line with a name and a sentence: "Mark Cuban: A businessman can run this country."
        return None
    return m.start(1), m.end(1), ctx.text.index(":", m.end(1)), m.end()


_AFTER_STOP = re.compile(r"[.!?…]\s+([A-Z])")
_ELISION_AT_END = re.compile(r"\s*<(?:…|\.\.\.)>$")
# (its capital first, then where it stands, so that the scan skips from capital to capital)
_REPEATED_LABEL = re.compile(r"([A-Z](?:(?<=\A[A-Z])|(?<=\n[A-Z])|(?<=[.!?…”\"]\s[A-Z]))[\w.'’-]*"
                             rf"(?:[ \t]+{_LABEL_WORD}){{1,9}}):[ \t]")


_HEADING_THEN_LABEL = re.compile(rf"[a-z][ \t]+((?:{_LABEL_WORD}[ \t]+){{0,9}})$")


def _labels_after_headings(ctx: _Context, p_start: int, p_end: int) -> list[int]:
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
            if " " in alias and "of" in role and not _PERSON_ROLES.isdisjoint(role):
                # (the role, its country and the full name, as the page labels its speakers: not "... on tap
                # for Trump:" or "a big boost for Democrat Hillary Clinton:")
                starts.append(colon - len(before) + run.start(1))
        colon = ctx.text.find(":", colon + 1, p_end)
    return starts


def _is_transcript(ctx: _Context) -> bool:
    """Whether the article is a transcript: some speaker label ("Vladimir Putin:", "German Gref:")
    opens a turn at least twice, or the article opens with the label of a person the registry knows
    and a speech (a release that gives one turn each to Putin and his guest)."""
    if ctx.transcript is None:
        seen: set[str] = set()
        opening = _LABEL.match(ctx.text)
        line_end = ctx.text.find("\n")
        ctx.transcript = bool(opening) and len(ctx.text[: line_end if line_end != -1 else None].split(None, 40)) > 40 \
            and ctx.actors.resolve(opening.group(1), ctx.date, ctx.outlet) is not None
        if ctx.transcript:
            return True
        for m in _REPEATED_LABEL.finditer(ctx.text):
            if m.group(1) in seen:
                ctx.transcript = True
                break
            seen.add(m.group(1))
    return ctx.transcript


_SHARE_WORDS = {"percent", "pct", "%", "per"}  # (after a number: a share, as _AND_SPEAKER reads it too)
_LETTER_WORD = re.compile(r"[^\W\d_]\w*")


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


NOT_LABELS = {"latest", "update", "clarification", "correction", "editor's", "editor’s", "note", "watch", "read", "related",
              "photo", "video", "source", "sources", "breaking", "exclusive", "opinion", "analysis", "question", "q"}


def _label_speaker(ctx: _Context, start: int, end: int) -> str:
    """The registry's name for a transcript label, trying a capitalised label as a name too. (A
    transcript gives the same labels again and again: each is read once.)"""
    label = ctx.text[start:end]
    if label not in ctx.labels:
        ctx.labels[label] = _read_label(ctx, label)
    return ctx.labels[label]


def _read_label(ctx: _Context, label: str) -> str:
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
    start = max((k + 1 for k, word in enumerate(words[:-1]) if (word.islower() and word not in _PARTICLES) or word in _TITLE_WORDS
                 or word in _ROLE_WORDS or (k < len(words) - 2 and word.capitalize() in _PERSON_ROLES)), default=0)
    # (a role word of one person's counts before the last two words: "Russian Direct Investment Fund CEO
    # Kirill Dmitriev", "Presidential Aide Maxim Oreshkin")
    if start == 0:
        return label
    body = max((k + 1 for k in range(start, len(words) - 2) if words[k] in ORGANISATION_HEADS), default=start)
    start = body  # (after the body named: "Head of the Federal Customs Service Vladimir Bulavin")
    while len(words) - start > 2 and (words[start - 1] == "and" or _stands_alone(text, words[start], words[start + 1])
                                      or _in_lower_case(text, words[start])):
        start += 1  # (after "and" the role's second half: "Minister of Natural Resources and Environment Alexander Kozlov";
        # and a common word the article also writes in lower case: "Minister of Healthcare Mikhail Murashko")
    return " ".join(words[start:])


# A label the source page repeats in reverse, with its role run on: "Defence Minister Sergei Shoigu
# Shoigu SergeiDefence Minister" is Defence Minister Sergei Shoigu.
_REPEATED_NAME = re.compile(r"(?P<role>.*?)(?P<first>[A-Z][\w’'-]+) (?P<last>[A-Z][\w’'-]+) (?P=last) "
                            r"(?:(?P=first)|(?P<spelled>[A-Z][a-z’'-]+?))(?P<tail>(?(spelled)(?=[A-Z]|\s|$)).*)")
# (the first name may be spelled another way the second time: "Promsvyazbank CEO Petr Fradkov Fradkov
# PyotrPromsvyazbank CEO")


def _introduction(ctx: _Context, cue_m: re.Match, colon: int, sentence_of, statements, inside):
    """(speaker span, cue span) when the paragraph ends in the cue's clause and a colon: "Trump
    said in a statement:", "He continued:", "The Post reports:"; else None."""
    text = ctx.text
    between = text[cue_m.end() : colon]
    if inside.find(cue_m.start()) is not None or not (not between.strip() or _is_addressee_or_adverbs(between)):
        return None
    sent_s, _ = sentence_of(cue_m.start())
    speaker = _cue_speaker(ctx, cue_m, sent_s, statements)
    return (speaker, (cue_m.start(), cue_m.end())) if speaker is not None else None


def _in_compound(text: str, m: re.Match) -> bool:
    """Whether a match is part of a hyphenated word: "the so-called loophole", "a well-known critic"
    (but "re-tweeting" is tweeting again)."""
    s, e = m.start(), m.end()
    return (s > 1 and text[s - 1] == "-" and text[s - 2].isalnum() and text[max(0, s - 4) : s - 1].lower() not in ("re", " re")) \
        or (text[e : e + 1] == "-" and text[e + 1 : e + 2].isalnum())


def _matches_at(pattern: re.Pattern, text: str, starts: list[int], pos: int, endpos: int) -> list[re.Match]:
    """The matches of ``pattern.finditer(text, pos, endpos)``, given every place one may start."""
    matches = []
    for at in starts:
        if at >= pos and (m := pattern.match(text, at, endpos)):
            matches.append(m)
            pos = m.end()
    return matches


def _paragraph(ctx: _Context, p_start: int, p_end: int) -> None:
    text = ctx.text
    quotes = quote_spans(text, p_start, p_end)
    inside = Spans([(o, c + 1) for o, c in quotes])
    led = ctx.cues.word_led(text, p_start, p_end)
    every_cue = [m for m in _matches_at(ctx.cue_re, text, led, p_start, p_end) if not _in_compound(text, m)]
    ctx.paragraph_cues = (p_start, p_end, every_cue, [m.start() for m in every_cue])
    cues = [m for m in every_cue if inside.find(m.start()) is None] if quotes else every_cue
    if _is_title_case(text, p_start, p_end):  # one report per headline: its first cue
        first = next((m for m in ctx.cues.headline_pattern.finditer(text, p_start, p_end)
                      if m.start() > p_start and inside.find(m.start()) is None), None)
        cues = sorted(cues + [first], key=lambda m: m.start()) if first else cues
    owned_reports = list(_owned(text, _report_nouns(text, p_start, p_end), p_start))  # "his claim that ..."
    owned_stances = list(_owned(text, _matches_at(_STANCE_NOUN, text, led, p_start, p_end), p_start, pronoun_its=False))
    findings = _matches_at(_IN_FINDINGS, text, led, p_start, p_end)  # "In the new poll, ..."
    paragraph = text[p_start:p_end]
    assessed = list(_ASSESSMENT.finditer(text, p_start, p_end)) if "seem" in paragraph or "appear" in paragraph or \
        "expected" in paragraph else []  # "Christie appears to be embracing ..."
    if not (cues or quotes or owned_reports or owned_stances or findings or assessed) and ":" not in paragraph \
            and "ccording to" not in paragraph:
        ctx.continuing = ctx.introduced = None
        return  # nothing here can be a statement: no need to split sentences
    cue_starts = [m.start() for m in cues]
    quote_opens = [o for o, _ in quotes]
    sents = _clause_sentences(text, p_start, p_end, inside, ctx.hard_wrapped)
    sent_starts = [s for s, _ in sents]

    def quotes_within(lo: int, hi: int) -> list[int]:
        """Indexes of the quotations that open and close inside [lo, hi)."""
        first = bisect_right(quote_opens, lo - 1)
        last = bisect_right(quote_opens, hi)
        return [qi for qi in range(first, last) if quotes[qi][1] < hi]
    used_quotes: set[int] = set()
    used_cues: set[int] = set()

    def add_partials(report: Statement) -> None:
        """The quotations inside a report, each a partial quote that names the report as its parent."""
        for qi in quotes_within(report.start, report.end):
            if qi not in used_quotes:
                s, e = quote_text_span(text, *quotes[qi])
                if s < e:
                    _add(ctx, "partial", s, e, (report.speaker_start, report.speaker_end),
                         (report.cue_start, report.cue_end), parent=report, speaker=report.speaker)
                    used_quotes.add(qi)
    paragraph_statements: list[Statement] = []

    # 0. Transcript turns: "Vladimir Putin: ...", "WALLACE: ..." at a sentence start run to the next
    #    turn or the end of the paragraph. Quotation marks inside a turn are part of what was said.
    turns = []
    label_at = [s for s, _ in sents] if text.find(":", p_start, p_end) != -1 else []  # (every label ends in a colon)
    if label_at and _is_transcript(ctx):  # (and in a transcript, after a stop the splitter passed over: "but software… Vladimir Putin:")
        label_at = sorted(set(label_at) | {m.start(1) for m in _AFTER_STOP.finditer(text, p_start, p_end)})
    if label_at:  # (and after a section heading the page runs on: "Plenary meeting President of Russia Vladimir Putin:")
        label_at = sorted(set(label_at) | set(_labels_after_headings(ctx, p_start, p_end)))
    for sent_s in label_at:
        label = _transcript_label(ctx, sent_s, p_end)
        if label is not None:
            turns.append(label)
    for index, (l_start, l_end, colon, content_start) in enumerate(turns):
        content_end = turns[index + 1][0] if index + 1 < len(turns) else p_end
        c_start, c_end = _trim(text, content_start, content_end)
        while c_end > c_start and text[c_end - 1] in OPENERS + AMBIGUOUS + " \t":
            c_end -= 1
        if len(re.findall(r"\w+", text[c_start:c_end])) < 2 or not _LETTER_WORD.search(text, c_start, c_end):
            continue  # (and a count is no turn: "Clinton: 2,316.")
        speaker = _label_speaker(ctx, l_start, l_end)
        # A turn is often a whole speech: each of its sentences is a statement of its own, so that
        # tone is read sentence by sentence rather than saturating over pages.
        for s_start, s_end in sents:
            lo, hi = _trim(text, max(s_start, c_start), min(s_end, c_end))
            if lo < hi and re.search(r"\w", text[lo:hi]):
                st = _add(ctx, "direct", lo, hi, (l_start, l_end), (colon, colon + 1), speaker=speaker)
                ctx.turn_sentences.add(id(st))  # never joined with its neighbours as an interrupted quote
                paragraph_statements.append(st)
        used_quotes.update(qi for qi, (o, c) in enumerate(quotes) if c_start <= o < c_end)
        # What the speaker says in a turn is quoted speech: "We will discuss the economy" is no report.
        used_cues.update(m.start() for m in cues if c_start <= m.start() < c_end)

    def sentence_of(pos: int) -> tuple[int, int]:
        i = bisect_right(sent_starts, pos) - 1
        if i >= 0 and sents[i][0] <= pos < sents[i][1]:
            return sents[i]
        return p_start, p_end

    # 0b. "This was stated by President Volodymyr Zelenskyy during ...": the speaker's words are the
    #     sentences before it (a release's lead).
    for m in (_STATED_BY.finditer(text, p_start, p_end) if " by " in paragraph else ()):
        i = bisect_right(sent_starts, m.start()) - 1
        if i < 1 or text[sents[i][0]:m.start()].strip(" “\"") or inside.find(m.start()) is not None:
            continue  # (it opens a sentence, and another one comes before it)
        agent_end = _AGENT_END.search(text, m.end(), sents[i][1])
        speaker_span = _trim(text, m.end(), agent_end.start() if agent_end else sents[i][1])
        if not re.search(r"[A-Z]", text[speaker_span[0]:speaker_span[1]]):
            continue  # a name or a role: "by President of Ukraine Volodymyr Zelenskyy", not "by many"
        c_start, c_end = _trim(text, sents[max(0, i - 2)][0], sents[i - 1][1])
        st = _add(ctx, "indirect", c_start, c_end, speaker_span, (m.start("cue"), m.end("cue")))
        paragraph_statements.append(st)
        used_cues.add(m.start("cue"))
        add_partials(st)

    # 1. Direct quotes followed by their attribution: “...,” Trump wrote. / “...,” said Trump.
    for qi, (o, c) in enumerate(quotes):
        inner = text[o + 1 : c].rstrip()
        if not inner:
            continue
        # (a quotation that opens its sentence may lack its comma: "... a false narrative" said Nick Merrill)
        unpunctuated = inner[-1] not in ",.!?—–-…:;’'"
        if unpunctuated and (len(inner.split()) < 4 or _is_title(text, *quote_text_span(text, o, c))):
            continue
        after = c + 1
        m = _SPACES.match(text, after, p_end)
        pos = m.end() if m else after
        dash = _DASH_CREDIT.match(text, pos, p_end)
        if dash:  # “...” ― Pamela Padilla
            speaker_span = _speaker_after(ctx, dash.end(), p_end)
            if speaker_span is not None:
                s, e = quote_text_span(text, o, c)
                st = _add(ctx, "direct", s, e, speaker_span, (dash.start(1), dash.end(1)))
                paragraph_statements.append(st)
                used_quotes.add(qi)
            continue
        following = bisect_right(cue_starts, pos - 1)
        hit = _attribution_after(ctx, pos, p_end, cues[following : following + 2])
        if hit is None:
            continue
        speaker_span, cue_m = hit
        if inner[-1] in ".!?" and text.startswith(":", _skip_space(text, cue_m.end(), p_end)):
            continue  # after a full stop, an attribution with a colon introduces the next quotation: “... home.” And I replied: “...”
        if unpunctuated and (_cue_kind(ctx, cue_m) not in ("speech", "writing") or "," in text[pos:cue_m.start()]
                             or len(text[pos:cue_m.start()].split()) > 4
                             or text[speaker_span[0]:speaker_span[1]].lower() in _FIRST_PERSON):
            continue  # (without its comma, only “...” said X / “...” X said: not “... the words" I want)
        s, e = quote_text_span(text, o, c)
        # A direct quote opens its clause: at the start of a sentence, or after a colon/comma.
        before = _last_char(text, p_start, mark_start(text, o))
        if before in ("'", "’"):  # after a quotation that closed a sentence: ''60 Minutes.'' ''I ...
            lead = mark_start(text, o)
            while lead > p_start and text[lead - 1] in " \t'’":
                lead -= 1
            before = _last_char(text, p_start, lead)
        if before and before not in ".!?:;,—–-(”\"" or (unpunctuated and before not in ".!?"):
            continue
        if before == "," and _is_title(text, s, e) and text[s:e + 1].rstrip().endswith(","):
            continue  # a title set off after its noun: "One ad, “Balanced Rebellion,” stars ..."
        st = _add(ctx, "direct", s, e, speaker_span, (cue_m.start(), cue_m.end()))
        paragraph_statements.append(st)
        used_quotes.add(qi)
        used_cues.add(cue_m.start())

    # 2. Direct quotes after their attribution: Trump replied, “I do.” / adding, “If ...”
    for qi, (o, c) in enumerate(quotes):
        if qi in used_quotes:
            continue
        lead = mark_start(text, o)
        while lead > p_start and text[lead - 1] in " \t":
            lead -= 1
        if lead == p_start or text[lead - 1] not in ",:":
            continue
        lead -= 1
        sent_s, _ = sentence_of(o)
        preceding = bisect_right(cue_starts, lead) - 1
        while preceding >= 0 and cues[preceding].end() > lead:
            preceding -= 1
        cue_m = cues[preceding] if preceding >= 0 and cues[preceding].start() >= sent_s else None
        if cue_m is None:
            opening = _SAID_OPENING.match(text, sent_s, lead) if text[lead] == "," else None
            if opening:  # the verb before its speaker, opening the sentence: Said Comey, “The thought ...”
                speaker_span = _speaker_after(ctx, opening.end(), lead)
                s, e = quote_text_span(text, o, c)
                if speaker_span is not None and s < e:
                    paragraph_statements.append(_add(ctx, "direct", s, e, speaker_span, (opening.start(), opening.end(1))))
                    used_quotes.add(qi)
                continue
            # A quotation after a speaker and a colon: "... doesn't surprise pollster Daron Shaw: “...”"
            if text[lead] == ":" and sent_s < lead:
                speaker_span = _speaker_before(ctx, sent_s, lead)
                mention = text[speaker_span[0]:speaker_span[1]] if speaker_span else ""
                if mention and (_is_cap(mention) or mention.lower() in PRONOUNS) and mention.lower() not in {"it", "who"} | NOT_LABELS:
                    s, e = quote_text_span(text, o, c)
                    if s < e:
                        paragraph_statements.append(_add(ctx, "direct", s, e, speaker_span, (lead, lead + 1)))
                        used_quotes.add(qi)
            continue
        between = text[cue_m.end() : lead]
        if text[lead] == "," and _is_title(text, *quote_text_span(text, o, c)) and text[o:c].rstrip().endswith(",") and (
                between.strip() or _cue_kind(ctx, cue_m) not in ("speech", "writing")):
            continue  # a title set off after its noun: "Trump's show, “The Apprentice,” who ..." (not "said, “Thank You,”")
        if not _is_addressee_or_adverbs(between, cue_m.group() in TELL_FORMS) or (
                _WORK_BEFORE.search(between) and len(text[o:c].split()) <= 8):
            continue  # (after "in her memoir," a short quotation is its title: "Tough Choices.")
        speaker_span = _cue_speaker(ctx, cue_m, sent_s, paragraph_statements)
        if speaker_span is None or _set_off(ctx, sent_s, speaker_span, cue_m.end(), sentence_of(o)[1], inside):
            continue  # (an attribution set off inside a sentence the quotation completes is read in step 3)
        s, e = quote_text_span(text, o, c)
        st = _add(ctx, "direct", s, e, speaker_span, (cue_m.start(), cue_m.end()))
        paragraph_statements.append(st)
        used_quotes.add(qi)
        used_cues.add(cue_m.start())

    # 3. Reported speech around the remaining cues.
    for cue_m in cues:
        if cue_m.start() in used_cues:
            continue
        sent_s, sent_e = sentence_of(cue_m.start())
        found = _reported(ctx, cue_m, sent_s, sent_e, paragraph_statements, inside)
        if found is None:
            continue
        speaker_span, c_start, c_end, *parts = found
        around = parts[0] if parts else None  # the attribution sits inside: "A, said X, an expert, is B."
        if not parts and c_start < speaker_span[0] < c_end and cue_m.end() < c_end:  # "A, he says, B."
            around = [list(_trim(text, c_start, speaker_span[0])), list(_trim(text, cue_m.end(), c_end))]
        # Content that is exactly one quotation is a direct quote.
        only = quotes_within(c_start, c_end)
        stripped = text[c_start:c_end].strip(" ,.:")
        if len(only) == 1 and quotes[only[0]][0] == c_start and quotes[only[0]][1] + 1 >= c_end - 1 and stripped:
            o, c = quotes[only[0]]
            if only[0] not in used_quotes:
                s, e = quote_text_span(text, o, c)
                st = _add(ctx, "direct", s, e, speaker_span, (cue_m.start(), cue_m.end()))
                paragraph_statements.append(st)
                used_quotes.add(only[0])
            used_cues.add(cue_m.start())
            continue
        st = _add(ctx, "indirect", c_start, c_end, speaker_span, (cue_m.start(), cue_m.end()))
        if around:
            st.parts = around
            st.text = " ".join(text[a:b] for a, b in around)
        paragraph_statements.append(st)
        used_cues.add(cue_m.start())
        add_partials(st)

    # 3b. "According to X, ...", "..., according to X." and "A, according to X, is B."
    for m in (_ACCORDING_TO.finditer(paragraph) if "ccording to" in paragraph else ()):
        cue_span = (p_start + m.start(), p_start + m.end() - len(m.group()) + len("according to"))
        sent_s, sent_e = sentence_of(cue_span[0])
        agent_at = p_start + m.end()
        via = _VIA_DOCUMENT.match(text, agent_at, sent_e)
        agent_at = via.end() if via else agent_at
        clause_end = _clause_end(text, agent_at, sent_e, inside)
        colon = text.find(":", agent_at, clause_end)
        clause_end = colon if colon != -1 else clause_end
        agent = _speaker_after(ctx, agent_at, sent_e) or _source_phrase(text, agent_at, clause_end)
        if agent is None or text.startswith(("which ", "whom "), agent[0]):
            continue  # ("a decision, according to which our citizens will ...": a relative clause, no source named)
        before = _trim(text, sent_s, cue_span[0])
        after = _trim(text, clause_end, sent_e) if text[clause_end:clause_end + 1] in (",", ":") else (sent_e, sent_e)
        if len(text[before[0]:before[1]].split()) >= 4 and _is_source_apposition(text, *after):  # (after a clause, not "Also,")
            after = (sent_e, sent_e)  # what the source is, not what it says: "..., according to Latino Decisions, a research group."
        elif before[0] == before[1] and re.match(r"(?:an?|one\s+of|who|whose)\s", text[after[0]:after[1]]):
            # what the source is, then what it says: "According to documents from Diane D. Blair, a
            # close friend of Mrs. Clinton's who died in 2000, the first lady had referred ..."
            comma = _clause_end(text, after[0], after[1], inside)
            if text[comma:comma + 1] == "," and len(text[after[0]:comma].split()) <= 15 and _is_source_apposition(
                    text, after[0], comma) and re.search(r"\b(?:who|whose|of)\b", text[after[0]:comma]):
                after = _trim(text, comma, after[1])
        participle = _PARTICIPLE_CLAUSE.search(text, after[0], after[1])
        if participle and inside.find(participle.start()) is None:  # "..., sparking a firestorm": not the source's
            after = (after[0], participle.start())
        parts = [list(span) for span in (before, after) if re.search(r"\w", text[span[0]:span[1]])]
        if not parts:
            continue
        c_start, c_end = parts[0][0], parts[-1][1]
        if len(re.findall(r"\w+", " ".join(text[a:b] for a, b in parts))) < 2:
            continue
        # Another statement with (nearly) this span already says it; a statement nested inside
        # ("According to the Post, officials asked what would happen if he announced ...") does not.
        if any(max(0, min(c_end, st.end) - max(c_start, st.start)) >= 0.8 * (c_end - c_start) for st in paragraph_statements):
            continue
        # "According to a statement by the Kremlin, the Russian president said ...": the report
        # already stands as the Russian president's statement, and is not counted twice.
        if _report_opens(text, c_start, c_end, paragraph_statements):
            continue
        st = _add(ctx, "indirect", c_start, c_end, agent, cue_span)
        if len(parts) == 2:
            st.parts = parts
            st.text = " ".join(text[a:b] for a, b in parts)
        paragraph_statements.append(st)
        add_partials(st)

    # 3b'. "In the new Post-ABC poll, the real estate mogul wins about 1 in 3 GOP primary voters."
    for m in findings:
        sent_s, sent_e = sentence_of(m.start())
        if not re.fullmatch(r"[\s“\"]*(?:(?:But|And|Yet|So)\s+)?", text[sent_s:m.start()]) or inside.find(m.start()) is not None:
            continue  # only a sentence that opens with it
        c_start, c_end = _trim(text, m.end(), _coordination_end(ctx, m.end(), sent_e, inside, False))
        if len(re.findall(r"\w+", text[c_start:c_end])) < 3 or _report_opens(text, c_start, c_end, paragraph_statements):
            continue  # "In a new poll, 60 percent said ...": the respondents' statement stands already
        st = _add(ctx, "indirect", c_start, c_end, (m.start("source"), m.end("source")), (m.start(), m.start() + 2))
        paragraph_statements.append(st)
        add_partials(st)

    # 3c. A report noun with its owner and a that-clause: "Donald Trump’s claim that there have been
    #     “thousands of shootings”", "his insistence that the server was secure".
    for owned in owned_reports:
        m, owner_end = owned.noun, owned.owner_end
        if inside.find(owned.start) is not None or any(st.start <= owned.start < st.end for st in paragraph_statements):
            continue  # inside a quotation or a statement already read
        sent_s, sent_e = sentence_of(owned.start)
        c_start = m.end()
        c_end = _clause_content_end(ctx, c_start, sent_e, inside)
        c_start, c_end = _trim(text, c_start, c_end)
        if len(re.findall(r"\w+", text[c_start:c_end])) < 2:
            continue
        st = _add(ctx, "indirect", c_start, c_end, (owned.start, owner_end), (m.start("noun"), m.end("noun")))
        paragraph_statements.append(st)
        add_partials(st)

    # 3d. A stance noun with its owner and its object: "Donald Trump's highly personal attacks on a
    #     federal judge", "Clinton's support for the deal", "his criticism of the Fed".
    for owned in owned_stances:
        m, owner_end = owned.noun, owned.owner_end
        if inside.find(owned.start) is not None or any(st.start <= owned.start < st.end for st in paragraph_statements):
            continue
        sent_s, sent_e = sentence_of(owned.start)
        c_start = m.end()
        c_start, c_end = _trim(text, c_start, _noun_phrase_end(text, c_start, sent_e, inside))
        if not re.search(r"\w", text[c_start:c_end]):
            continue
        st = _add(ctx, "indirect", c_start, c_end, (owned.start, owner_end), (m.start("noun"), m.end("prep")))
        paragraph_statements.append(st)
        add_partials(st)

    # 4. Quotes attributed by a passive agent: was described by Putin as “frank”.
    for m in (_PASSIVE_AGENT.finditer(paragraph) if quotes and " by " in paragraph else ()):
        verb = m.group(1)
        if verb not in ctx.cues.forms and verb not in {"described", "called", "labelled", "labeled", "termed", "characterized", "characterised", "quoted"}:
            continue
        agent = _speaker_after(ctx, p_start + m.end(), p_end)
        if agent is None:
            continue
        clause_end = _clause_end(text, agent[1], sentence_of(agent[0])[1], inside)
        for qi in range(bisect_right(quote_opens, agent[1] - 1), bisect_right(quote_opens, clause_end - 1)):
            if qi in used_quotes:
                continue
            s, e = quote_text_span(text, *quotes[qi])
            if s < e:
                _add(ctx, "partial", s, e, agent, (p_start + m.start(1), p_start + m.end(1)))
                used_quotes.add(qi)

    # 4a. The second half of an interrupted quotation, after its attribution and a comma: “These
    #     guys know how to use words,” said Sherman, speaking of politicians, “and leave themselves
    #     a little wiggle room.”
    for qi, (o, c) in enumerate(quotes):
        if qi in used_quotes or not (_last_char(text, p_start, mark_start(text, o)) == "," or re.search(
                r",\s+(?:but|and)\s+$", text[max(p_start, o - 8) : mark_start(text, o)])):
            continue  # (“You know, I love Larry,” he said, but “when it comes to energy issues, ...”)
        first = re.match(r"\s*(\w)", text[o + 1 : c])
        if not first:
            continue
        sent_s, _ = sentence_of(o)
        last = next((st for st in reversed(paragraph_statements)
                     if st.kind == "direct" and sent_s <= st.start and st.end <= o and st.speaker_start is not None), None)
        if last is not None and last.speaker_start < o:
            s, e = quote_text_span(text, o, c)
            if s < e:
                st = _add(ctx, "direct", s, e, (last.speaker_start, last.speaker_end), (last.cue_start, last.cue_end),
                          speaker=last.speaker)
                paragraph_statements.append(st)
                used_quotes.add(qi)

    # 4b. A quotation standing as its own sentence after a direct quote in the same paragraph
    #     carries on that speaker: “We will not back down,” said X. “Never.”
    for qi, (o, c) in enumerate(quotes):
        if qi in used_quotes:
            continue
        before = _last_char(text, p_start, mark_start(text, o))
        last = next((st for st in reversed(paragraph_statements)
                     if st.end <= o and st.speaker_start is not None and st.speaker_end <= o and (
                         st.kind == "direct" or (st.kind == "indirect" and st.cue_start is not None
                                                 and st.cue_start > st.end and st.cue in ("said", "says")))), None)
        if before in (".", "!", "?") and last is not None:
            s, e = quote_text_span(text, o, c)
            if s < e:
                _add(ctx, "direct", s, e, (last.speaker_start, last.speaker_end), (last.cue_start, last.cue_end),
                     speaker=last.speaker)
                used_quotes.add(qi)

    # 4c. The writer's own assessment: "Christie appears to be fully embracing his surrogate duties".
    _assessments(ctx, assessed, sentence_of, inside, paragraph_statements)

    # 5. A paragraph that reopens a quotation left open at the end of the previous one carries on
    #    that quotation; a paragraph that is one quotation carries on the previous speaker.
    # 4d. A paragraph of quotation after a paragraph that ends introducing it: "Trump said in a
    #     statement:" / "“We will win ...”"
    introduced, ctx.introduced = ctx.introduced, None
    if introduced is not None and quotes and 0 not in used_quotes and not text[p_start:quotes[0][0]].strip():
        for qi in range(len(quotes)):
            if qi not in used_quotes and (qi == 0 or not text[quotes[qi - 1][1] + 1 : quotes[qi][0]].strip(" \t")
                                          or _last_char(text, p_start, mark_start(text, quotes[qi][0])) in ".!?"):
                s, e = quote_text_span(text, *quotes[qi])
                if s < e:
                    st = _add(ctx, "direct", s, e, introduced[0], introduced[1])
                    paragraph_statements.append(st)
                    used_quotes.add(qi)
    if paragraph.rstrip().endswith(":") and cues:  # (the colon is the paragraph's last character but spaces)
        ctx.introduced = _introduction(ctx, cues[-1], p_start + len(paragraph.rstrip()) - 1, sentence_of,
                                       paragraph_statements, inside)

    carried = ctx.continuing
    ctx.continuing = None
    if carried is not None and quotes and 0 not in used_quotes and not text[p_start:quotes[0][0]].strip():
        s, e = quote_text_span(text, *quotes[0])
        if s < e:
            cue_span = (carried.cue_start, carried.cue_end) if carried.cue_start is not None else None
            _add(ctx, "direct", s, e, (carried.speaker_start, carried.speaker_end), cue_span, speaker=carried.speaker)
            used_quotes.add(0)
    if quotes and quotes[-1][1] == p_end and (len(quotes) - 1) in used_quotes:
        opened = quote_text_span(text, *quotes[-1])[0]
        ctx.continuing = next((st for st in reversed(ctx.statements) if st.start == opened and st.kind == "direct"), None)
    # A paragraph of quotations with no attribution of its own carries on the last speaker of the
    # paragraph right before it.
    unattributed = [qi for qi in range(len(quotes)) if qi not in used_quotes]
    if (quotes and len(unattributed) == len(quotes) and not cues and not text[p_start:quotes[0][0]].strip()
            and ctx.statements and ctx.statements[-1].speaker_start is not None and ctx.previous_start is not None
            and ctx.statements[-1].start >= ctx.previous_start):
        last = ctx.statements[-1]
        cue_span = (last.cue_start, last.cue_end) if last.cue_start is not None else None
        for qi in unattributed:
            s, e = quote_text_span(text, *quotes[qi])
            if s < e:
                _add(ctx, "direct", s, e, (last.speaker_start, last.speaker_end), cue_span, speaker=last.speaker)
                used_quotes.add(qi)
    if len(quotes) == 1 and 0 not in used_quotes:
        o, c = quotes[0]
        if not text[p_start:o].strip() and not text[c + 1 : p_end].strip() and ctx.statements:
            last = next((st for st in reversed(ctx.statements) if st.end <= p_start and st.speaker_start is not None), None)
            if last is not None:
                s, e = quote_text_span(text, o, c)
                cue_span = (last.cue_start, last.cue_end) if last.cue_start is not None else None
                _add(ctx, "direct", s, e, (last.speaker_start, last.speaker_end), cue_span, speaker=last.speaker)


# Report and stance nouns with their owner: "Donald Trump’s claim that ...", "his insistence that
# ...", "Trump's highly personal attacks on a judge". The noun is found first and its owner looked
# for right before it, which keeps the search linear.
# The writer's own assessment, with no speaker: "Sanders appears to be spending more heavily",
# "Obama is expected to join Clinton", "it seemed like an impossible task".
_ASSESSMENT = re.compile(r"\b(?:seem(?:s|ed)|appear(?:s|ed)|(?:is|are|was|were)\s+(?:widely\s+|also\s+)?expected)\s+"
                         r"(?P<link>to|that|like)\s")
_CLAUSE_BOUNDARY = re.compile(r"(?:[,;:(―—–]|\b(?:[Tt]hat|[Bb]ut|[Aa]nd|[Ww]hile|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ii]f|[Ww]hen|"
                              r"[Ss]ince|[Ss]o|[Yy]et|who|which|[Aa]s|[Aa]fter|[Bb]efore|[Ww]here|than|until|unless|whether)\b)\s*")
_SUBJECT_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|still|now|again|already|even|never|not|[a-z]+ly))+\s*$")


def _assessments(ctx: _Context, found: list[re.Match], sentence_of, inside, statements: list[Statement]) -> None:
    """The writer's assessments in a paragraph: kind ``assessment``, no speaker, and for a subject
    with its complement (``X appears to ...``) both as ``parts``. Not inside a quotation or another
    statement, not a question, and not over a reporting verb of the subject's own ("appeared to
    suggest that ..." is the subject's report)."""
    text = ctx.text
    for m in found:
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
        c_end = _clause_content_end(ctx, c_start, sent_e, inside)
        c_start, c_end = _trim(text, c_start, c_end)
        if len(re.findall(r"\w+", text[c_start:c_end])) < 2:
            continue
        spans = [[c_start, c_end]]
        if subject and subject.lower() not in ("it", "this", "that") and len(subject.split()) <= 12:
            s_start = clause_s + (len(text[clause_s:subject_e]) - len(text[clause_s:subject_e].lstrip()))
            s_start, s_end = _trim(text, s_start, subject_e)
            spans.insert(0, [s_start, s_end])
        cue_e = verb_s + len(text[verb_s:link_s].rstrip())
        st = Statement(ctx.article_id, "", "assessment", " ".join(text[a:b] for a, b in spans), spans[0][0], spans[-1][1],
                       None, None, None, None, text[verb_s:cue_e], verb_s, cue_e, parts=spans if len(spans) > 1 else None)
        ctx.assessments.append(st)


REPORT_NOUNS = ("claim claims assertion assertions statement statements comment comments remark remarks argument arguments "
                "suggestion suggestions promise promises pledge pledges warning warnings insistence belief beliefs view views "
                "accusation accusations charge charges contention contentions declaration declarations emphasis allegation "
                "allegations prediction predictions assurance assurances admission acknowledgment acknowledgement denial "
                "denials boast boasts hope hopes fear fears worries concern concerns complaint complaints conclusion "
                "conclusions finding findings estimate estimates position proposal proposals call calls insinuation "
                "insinuations implication").split()
STANCE_NOUNS = ("attack attacks criticism support opposition endorsement praise condemnation denunciation defence defense "
                "embrace rejection comment comments remark remarks accusation accusations complaint complaints call calls "
                "warning warnings question questions concern concerns doubt doubts view views").split()
# (the nouns as a prefix tree: one branch per letter keeps the scan fast)
_REPORT_NOUN = re.compile(rf"\b(?P<noun>{_trie_pattern(sorted(REPORT_NOUNS))})\s+that\s+")
_STANCE_BODY = rf"(?P<noun>{_trie_pattern(sorted(STANCE_NOUNS))})\s+(?P<prep>on|of|for|about|to|against)\s+(?=[\w“\"‘'])"
_STANCE_NOUN = re.compile(r"\b" + _STANCE_BODY)
_OWNER_BEFORE = re.compile(
    r"(?P<owner>\b(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*(?:’s|'s)|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+"
    r"(?:(?:[a-z]+ly\s+)?[a-z][\w-]*,?\s+){0,3}?$")  # "Trump's recent evidence-free assertion that"


@dataclass
class _Owned:
    start: int  # where the owner begins
    owner_end: int  # the owner without its "’s"
    noun: re.Match


def _report_nouns(text: str, lo: int, hi: int):
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


def _owned(text: str, nouns, lo: int, pronoun_its: bool = True):
    """Each noun match of ``nouns`` (in ``text`` from ``lo``) that has an owner right before it."""
    for m in nouns:
        owner = _OWNER_BEFORE.search(text, max(lo, m.start() - 120), m.start())
        while owner is not None and (nearer := _OWNER_BEFORE.search(text, owner.end("owner"), m.start())):
            owner = nearer  # the owner nearest the noun: "Her campaign highlighted his support of"
        if owner is None or (not pronoun_its and owner.group("owner").lower() == "its"):
            continue
        yield _Owned(owner.start(), owner.end("owner") - (2 if owner.group("owner").endswith(("’s", "'s")) else 0), m)


_COMPOUND_WORD = re.compile(r"\b\w+(?:-\w+)*\b")  # a word, hyphenated words as one
_NP_END = re.compile(r"[,;:()―—–]|\s(?:and|but|or|while|because|as|when|after|before|since|if|that|which|who)\s")


def _noun_phrase_end(text: str, start: int, limit: int, inside) -> int:
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


# Finite verbs not in -ed that end a noun phrase: the main verb after the object ("a super PAC
# supporting Clinton ran ads").
PAST_FORMS = {"ran", "said", "made", "took", "gave", "went", "came", "began", "told", "spent", "won", "lost", "got",
              "saw", "found", "held", "led", "left", "put", "set", "met", "paid", "sent", "kept", "brought", "bought",
              "thought", "fought", "wrote", "spoke", "drew", "grew", "knew", "became", "struck", "raised", "says", "runs"}


# What findings come from: a poll, a study, the data. One list for the rules that read findings
# ("In the new poll, ...", "polls showing ...") and for documents that are released.
FINDING_SOURCES = r"polls?|surveys?|stud(?:y|ies)|reports?|analysis|audits?|data|figures|numbers|records|results|research|polling"
_FINDING_SOURCE = re.compile(FINDING_SOURCES)
_FINDINGS_LEAD = r"(?:the|a|an|this|that|its|their|his|her|one|another|several|recent|new|latest)"
_FINDINGS_OPENING = rf"[Ii]n\s+{_FINDINGS_LEAD}\s"  # (how every findings opening begins: see Cues.word_led)
_FINDINGS_BODY = (
    rf"[Ii]n(?<!\w[Ii]n)\s+(?P<source>{_FINDINGS_LEAD}\s+"
    rf"(?:(?!of\b)[\w.’'/&-]+\s+){{0,5}}?(?:{FINDING_SOURCES})"  # (not "In the world of Bush-era figures")
    r"(?:\s+(?:released|conducted|published|taken|by|of|from)\s+[^,;:]{1,60}?)?)\s*,\s*")
_IN_FINDINGS = re.compile(_FINDINGS_BODY)
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")
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
_PASSIVE_AGENT = re.compile(r"\b(\w+ed)\s+by\s+")


class Spans:
    """Sorted, non-overlapping ``[start, end)`` intervals with a logarithmic containment look-up."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def find(self, pos: int) -> tuple[int, int] | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.spans[i][1]:
            return self.spans[i]
        return None


_TITLE_AT_END = re.compile(r"\b(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Dr|Mr|Mrs|Ms|St|Prof|Adm|Capt|Cmdr|Maj|Rev|Gens|Sens|Reps)\.$")
MAX_SENTENCE = 2000  # characters; longer runs without a sentence end are cut at spaces, which keeps work linear


def _clause_sentences(text: str, p_start: int, p_end: int, inside: Spans, hard_wrapped: bool = False) -> list[tuple[int, int]]:
    """Sentences of the paragraph, merged where a boundary falls inside a quotation, and cut into
    pieces of at most :data:`MAX_SENTENCE` characters where no sentence end comes."""
    merged: list[list[int]] = []
    for s_start, s_end in sentence_spans(text, p_start, p_end, join_lines=hard_wrapped):
        span = inside.find(s_start)
        if merged and span is not None and span[0] < s_start:
            merged[-1][1] = s_end
        elif merged and (text[s_start] in CLOSERS + ")],;:" or text[s_start].islower()):
            merged[-1][1] = s_end  # no sentence starts in lower case or with ")": "(D-Mass.) said ..."
        elif merged and (_TITLE_AT_END.search(text, max(merged[-1][0], merged[-1][1] - 7), merged[-1][1]) or (  # (no title is longer)
                text[s_start].isdigit() and text[merged[-1][0]:merged[-1][1]].endswith(("No.", "Nos.")))):
            merged[-1][1] = s_end  # no sentence ends in a title or a number sign: "former Maryland Gov. Martin O’Malley", "the No. 2"
        else:
            merged.append([s_start, s_end])
    pieces = []
    for start, end in merged:
        while end - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut if cut != -1 else start + MAX_SENTENCE
            pieces.append((start, cut))
            start = cut
        pieces.append((start, end))
    return pieces


def _clause_end(text: str, pos: int, limit: int, inside: Spans) -> int:
    i = pos
    while i < limit:
        if text[i] in ",;." and inside.find(i) is None and not (text[i] == "." and _is_abbreviation_stop(text, i, limit)):
            # A full stop or comma right before a closing mark belongs to the quote.
            return i
        i += 1
    return limit


def _is_abbreviation_stop(text: str, i: int, limit: int) -> bool:
    """Whether the full stop at ``i`` belongs to an abbreviation, not to the end of a clause: "U.S.
    officials", "the F.A.A.,", "Mr. Smith", "John F. Kennedy"."""
    following = text[i + 1 : i + 3]
    if following[:1].isalnum() or following[:1] in (",", ".") or (following[:1] == " " and following[1:].islower()):
        return True
    word = re.search(r"(\w+)$", text[max(0, i - 12) : i])
    return word is not None and (word.group(1).lower() in ABBREVIATIONS or (len(word.group(1)) == 1 and word.group(1).isupper()))


_WORK_BEFORE = re.compile(r"\b(?:memoir|book|autobiography|column|essay|novel|op-ed|album|film|documentary|play|song|"
                          r"podcast|show|series)\s*$")  # a work whose title follows: "in her memoir, “Tough Choices.”"


def _is_addressee_or_adverbs(between: str, names: bool = False) -> bool:
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


_DASH_CREDIT = re.compile(r"[^\S\n]*([―—–]|--)[^\S\n]*(?=[A-Z])")


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


def _attribution_after(ctx: _Context, pos: int, limit: int, cues) -> tuple[tuple[int, int], re.Match] | None:
    """A reporting clause starting at ``pos``: "Trump wrote", "the US president stated", "said Trump"."""
    for cue_m in cues:
        if cue_m.start() < pos:
            continue
        if cue_m.start() == pos:
            if _cue_kind(ctx, cue_m) not in ("speech", "writing", "after-quote", "belief", "stance"):
                return None  # “...,” promising the Friends of Abe will return: no speaker comes after a participle or base form
            speaker = _speaker_after(ctx, _skip_space(ctx.text, cue_m.end(), limit), limit)
            return (speaker, cue_m) if speaker else None
        gap = ctx.text[pos : cue_m.start()]
        if len(gap) > 160 or _SENTENCE_BREAK.search(gap):
            return None
        if gap.split()[-1:] in (["the"], ["a"], ["an"], ["this"]) and _cue_kind(ctx, cue_m) in ("plural", "stance"):
            continue  # a noun, the subject's head: “...,” the note says.
        if gap.split()[:1] and gap.split()[0].lower() in BE_FORMS:
            return None  # the quotation is a subject: “...,” is one common saying here.
        speaker = _speaker_before(ctx, pos, cue_m.start())
        if speaker and (_MODIFIERS.fullmatch(ctx.text, pos, speaker[0]) or _SPEAKER_LEAD.fullmatch(ctx.text, pos, speaker[0])):
            # "panel Chairman Rep. Jason Chaffetz", "the assailant, John McGraw", "Fight for $15 organizing
            # director Kendall Fells", "the Vermont senator and Democratic presidential candidate"
            return (pos, speaker[1]), cue_m
        return None
    return None


def _last_char(text: str, lo: int, pos: int) -> str:
    """The last non-space character of ``text[lo:pos]``, or "" if there is none."""
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos > lo else ""


def _skip_space(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos] in " \t":
        pos += 1
    return pos


def _cue_kind(ctx: _Context, cue_m: re.Match) -> str | None:
    """The kind ``cues.tsv`` gives the cue matched (speech, belief, stance, plural, ...)."""
    return ctx.cues.kind(cue_m.group())


def _is_title(text: str, start: int, end: int) -> bool:
    """A short title: two to eight words, each of four letters or more capitalised ("The Apprentice",
    "Balanced Rebellion")."""
    words = text[start:end].split()
    return 2 <= len(words) <= 8 and all(w[0].isupper() for w in words if len(w) > 3) and words[0][0].isupper()


def _is_title_case(text: str, start: int, end: int) -> bool:
    """A headline in title case: nearly every word of four letters or more is capitalised."""
    return end - start <= 240 and _mostly_capitalised(text, start, end)  # (a headline is short)


def _mostly_capitalised(text: str, start: int, end: int) -> bool:
    """Whether nearly every word of four letters or more in ``text[start:end]`` is capitalised, and
    there are at least four: a headline, or a list of names."""
    tokens = text[start:end].split()
    words = capitalised = 0
    for w in tokens:
        if len(w) > 3 and w[0].isalpha():
            words += 1
            if w[0].isupper():
                capitalised += 1
            elif words - capitalised > 0.15 * len(tokens):
                return False  # (more words in lower case than the most a headline of this length may have)
    return words >= 4 and capitalised >= 0.85 * words


_BE_BEFORE_PARTICIPLE = BE_FORMS | _NEGATED_BE | {"'s", "am"}


def _is_participle(ctx: _Context, cue_m: re.Match) -> bool:
    """An -ing cue that carries on an earlier speaker ("..., adding that"), unless a form of "be"
    makes it the clause's own verb ("Trump is saying")."""
    if _cue_kind(ctx, cue_m) not in ("participle", "stance-participle"):
        return False
    before = [w.lower().replace("’", "'") for w in ctx.text[max(0, cue_m.start() - 16) : cue_m.start()].split()]
    if len(before) >= 2 and before[-1] == "not":
        before.pop()  # "was not saying"
    return not (before and (before[-1] in _BE_BEFORE_PARTICIPLE or before[-1].endswith(("'re", "'m")) or (
        before[-1].endswith("'s") and before[-1][:-2] in PRONOUNS)))  # "We're talking about", "he's saying"


_VERB_BY = re.compile(r"\b([a-z]+)\s+by\s+$")


def _cue_speaker(ctx: _Context, cue_m: re.Match, sent_s: int, earlier: list[Statement]) -> tuple[int, int] | None:
    """Who a cue belongs to: its subject, or for a participle ("adding") the speaker of the clause
    before it in the same sentence, else of the last statement before it."""
    if not _is_participle(ctx, cue_m):
        subject = _speaker_before(ctx, sent_s, cue_m.start())
        second = None if subject is not None else _SECOND_VERB.search(ctx.text, max(sent_s, cue_m.start() - 60), cue_m.start())
        if second and not (second.group(1) in ("of", "to") and cue_m.group() in NOUN_LIKE_CUES):
            # A second verb of the sentence's subject: "Trump visited Ohio and said ..." (but "pointed
            # to reports that ..." has a noun after "to"), or of the last clause's subject: "Rabbis called
            # for a boycott, and the Anti-Defamation League denounced it and said ...".
            clauses = [c.end() for c in _CLAUSE_JOIN.finditer(ctx.text, sent_s, second.start())]
            clause_s = clauses[-1] if clauses else sent_s
            first = ctx.text[max(clause_s, second.start() - 24) : second.start()].split()[-1:]
            verbs = [m for m in ctx.cue_re.finditer(ctx.text, clause_s, second.start()) if not _is_participle(ctx, m)]
            while len(verbs) > 1 and not ctx.text[verbs[-2].end() : verbs[-1].start()].strip():
                verbs.pop()  # a cue right after another is its object, not a verb: "expressed hope that ..."
            if second.group(1) == "and" and first and _is_verb_form(first[0]):
                # the first verb right before "and": "When she called, I laughed and said ..." is mine (but
                # not one inside what an earlier verb reports: "X reported that the work had resumed and noted")
                found = _speaker_before(ctx, clause_s, ctx.text.rindex(first[0], clause_s, second.start()))
                opening = ctx.text[clause_s : found[0]] if found else ""
                if found and any(m.end() <= found[0] for m in verbs) and opening.rstrip().endswith(",") and \
                        not _SUBORDINATORS.isdisjoint(opening.lower().split()):
                    subject = found  # (the main clause's subject, after a subordinate clause: "When she called, I ...")
            if subject is None and verbs:
                subject = _speaker_before(ctx, clause_s, verbs[-1].start())  # the first verb's subject
            subject = subject or (_opening_subject(ctx, clause_s, cue_m.start()) if clauses else None)
            subject = subject or _opening_subject(ctx, sent_s, cue_m.start())
        if subject is None and _is_purpose(ctx.text, sent_s, cue_m.start()):
            subject = _opening_subject(ctx, sent_s, cue_m.start())  # "Tom Emanuel stood at a Bush event here to say ..."
        return subject
    reports = [(st.start, st.end, st.cue_start) for st in earlier if st.end > sent_s and st.cue_start is not None]
    for earlier_cue in reversed(list(ctx.cue_re.finditer(ctx.text, sent_s, cue_m.start()))):
        at = earlier_cue.start()
        if reports and any(s <= at < e and c < at for s, e, c in reports):
            continue  # a verb inside what an earlier one reports: "Clinton said voters want change, noting ..." is Clinton's
        if not _is_participle(ctx, earlier_cue):
            subject = _speaker_before(ctx, sent_s, earlier_cue.start())
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
        subject = _speaker_before(ctx, sent_s, by.start(1))
        if subject is not None:
            return subject
    if re.search(r"(?:[,―—–-]|\b(?:while|after|before|by|when|without))\s*$", ctx.text[sent_s:cue_m.start()]) or \
            _CATENATIVE_BEFORE.search(ctx.text, max(sent_s, cue_m.start() - 60), cue_m.start()):
        subject = _opening_subject(ctx, sent_s, cue_m.start())
        if subject is not None:
            return subject
    return (prior[-1].speaker_start, prior[-1].speaker_end) if prior else None


# (right before an -ing form, forms that are as often nouns are verbs too: "the next stop", but "stop talking")
_CARRYING_BEFORE = _CARRYING_VERBS | {"keeping", "continue", "start", "begin", "stop", "stops"}
_CATENATIVE_BEFORE = re.compile(rf"\b(?:(?:{'|'.join(sorted(_CARRYING_BEFORE, key=len, reverse=True))}|went\s+on)|"
                                r"(?:spent|spends?|spending)(?:\s+[\w’'-]+){1,5})\s+$")


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


def _is_purpose(text: str, sent_s: int, cue_s: int) -> bool:
    """Whether the cue is a speech verb in an infinitive of purpose, said by the clause's subject
    ("took to Twitter to announce"; but "met on Monday to discuss the plan" reports nothing)."""
    if text[cue_s:cue_s + 16].split(" ")[0] not in _PURPOSE_VERBS:
        return False
    purpose = _PURPOSE_TO.search(text, max(sent_s, cue_s - 40), cue_s)
    return bool(purpose) and (purpose.group(1) or "").lower() not in CONTROL_VERBS


FINDING_FORMS = {"showing", "suggesting", "finding", "indicating", "saying"}
_FINDINGS_BEFORE = re.compile(
    r"(?:\b(?!(?:[Dd]espite|[Aa]lthough|[Ww]hile|[Ww]ith|[Aa]fter|[Bb]efore|[Ww]hen|[Ii]f|[Aa]s|[Bb]ut|[Aa]nd|[Ii]n|[Oo]n|[Aa]t|"
    r"[Oo]f|[Ff]or|[Bb]y|[Ff]rom|[Rr]eceive[sd]?|[Ss]aw|[Ss]ee)\b)[\w’'-]+\s+){0,3}?"
    rf"(?P<noun>{FINDING_SOURCES}|calls)\s+$")


_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:and|but|while|yet)|;)\s+(?=(?:the|a|an|his|her|their|[A-Z])\w*)")


_WITH_SUBJECT = re.compile(r"\bwith\s+(?=[^,;:“”\"]{1,80}$)")
_DOCUMENT_BEFORE = re.compile(r"\b(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|tweet|letter|"
                              r"message|email|e-mail|post|memo|note|video|ad|advertisement|signs?|report|op-ed)\s+$")


def _after_noun(before: str) -> bool:
    """Whether the text before a participle ends in a noun ("a super PAC supporting"), not in
    punctuation or a function word ("..., adding", "for saying", "not even suggesting")."""
    last = re.search(r"([A-Za-z’'-]+)\s+$", before)
    if last is None:
        return False
    word = last.group(1).lower()
    return not (word in _BEFORE_PARTICIPLE or _is_adverb(word) or word.endswith(("’s", "'s")))


# (Each branch opens with a letter and checks the word boundary after it: the scan skips to those letters.)
_SECOND_VERB = re.compile(r"(a(?<!\wa)nd|b(?<!\wb)ut|y(?<!\wy)et|o(?<!\wo)f|t(?<!\wt)o)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+|again\s+)?"
                          r"(?:(?:has|have|had|will|would|did|does|do)(?:\s+not|n[’']t)?\s+)?(?:\w+ly\s+|also\s+)?$")


_DATELINE = re.compile(r"[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}\s*(?:\([^)]{1,30}\)\s*)?(?:[―—–]|--?)\s*")


_TIME_SPAN = r"(?:One|Two|Three|Four|Five|Six|A|An)\s+(?:hour|day|week|month|year)s?"  # "One month (after ...)"


def _opening_subject(ctx: _Context, sent_s: int, hi: int) -> tuple[int, int] | None:
    """The subject that opens the sentence, past quote marks and an opening phrase: "But on
    Tuesday, he stood with GOP leaders and urged ..." """
    opening = _skip_space(ctx.text, sent_s, hi)
    dateline = _DATELINE.match(ctx.text, opening, hi)
    opening = dateline.end() if dateline else opening  # "PARIS — France's far-right leader ..."
    while opening < hi and ctx.text[opening] in "“\"'‘(":
        opening += 1
    intro = _SENTENCE_INTRO.match(ctx.text, opening, hi)
    opening = intro.end() if intro else opening
    return _sentence_subject(ctx, opening, hi)


_NAME_APPOSITION = re.compile(r"(?:[A-Z][\w.-]*[’']s|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+[^,;:“”\"]{1,60}?(?<![A-Z]\w)[a-z]+,\s+"
                              r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),\s")


def _sentence_subject(ctx: _Context, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase opening a sentence at ``lo``: a pronoun, a run of capitalised words ("Sen.
    Ted Cruz", "Campus Security"), or a determiner and at most three words before a verb-like one."""
    toks = _tokens(ctx.text, lo, min(hi, lo + 160))
    if not toks or not _is_word(toks[0][2]):
        return None
    first = toks[0][2]
    if first.lower() in PRONOUNS and first.lower() != "who":
        return toks[0][0], toks[0][1]
    if re.fullmatch(r"\w+[’']s", first) and first.lower()[:-2] in {"he", "she"}:
        return toks[0][0], toks[0][1] - 2  # "He’s comparing ..." is he
    if re.fullmatch(r"\w+[’']s", first) and first.lower()[:-2] in {"that", "it", "there", "here", "what", "who"}:
        return None  # "That’s when she ..." opens with a verb, not a subject
    named = _NAME_APPOSITION.match(ctx.text, lo, min(hi, lo + 160))
    if named:  # "France’s far-right party leader, Marine Le Pen, voiced ...": the name set off after the role
        return named.start(1), named.end(1)
    end, k = None, 0
    if _is_cap(first) and first.lower() not in DETERMINERS | CLAUSE_WORDS | PREPOSITIONS:
        while k < len(toks) and (_is_cap(toks[k][2]) or (toks[k][2] == "." and _is_abbreviation(toks, k - 1))):
            end, k = toks[k][1], k + 1
        if k == 1 and (first.lower() in ("there", "here", "despite") or _in_lower_case(ctx.text, first)) and not (
                _is_people(first.lower()) or _plural_form(first)):
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


_RATIO_END = re.compile(r"\s(?:in|out\s+of)\s+(?:\d+|ten|five|four|three|two)$")


def _plural_form(word: str) -> bool:
    """Whether a word ends as a plural noun does: "voters", not "press", "status" or "analysis"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _is_plural(mention: str) -> bool:
    """Whether a speaker mention is plural: I, we, you, they, or a phrase ending in a plural noun."""
    last = mention.split()[-1] if mention.split() else ""
    return last.lower() in {"i", "we", "you", "they", "both", "all", "two", "three", "others", "many", "few", "most",
                            "some", "several", "people"} or (
        len(last) > 3 and _plural_form(last) and not last.endswith(("’s", "'s"))) or bool(
        _RATIO_END.search(mention))  # "three in 10"


def _singular_subject(mention: str) -> bool:
    """A subject an -s verb agrees with: a name, a pronoun, or "the"/"a" and one plain noun."""
    words = mention.split()
    last = words[-1] if words else ""
    if last.lower() in PRONOUNS or last.lower() in {"that", "which"} or _is_cap(last):
        return True
    if "of" in words[1:]:  # the head comes before "of": "an average of recent polls", "polling of union voters"
        words = words[: words.index("of", 1)]
        last = words[-1]
    plural = _plural_form(last)
    if len(words) == 1:
        return last.islower() and last.endswith("ing")  # "polling shows"
    return 2 <= len(words) <= 5 and words[0].lower() in {"the", "a", "an", "this", "each", "every", "another"} and not plural \
        and not last.endswith(_ADJECTIVE_ENDS)  # (an adjective is no noun: "the environmental challenges")


_ADJECTIVE_ENDS = ("ous", "ful", "less", "ental", "ional", "ical", "istic")


def _is_name_phrase(mention: str) -> bool:
    """A name, with role words before it: "Steve Grubbs", "pollster Frank Luntz", "Sen. Graham (R-S.C.)"."""
    mention = re.sub(r"\s*\([^)]{0,20}\)$", "", mention)
    words = mention.split()
    while words and words[0].islower() and words[0].isalpha() and words[0] not in DETERMINERS:
        words = words[1:]
    return bool(words) and _is_cap(words[0]) and all(_is_cap(w) or w in {"of", "the", "de", "van", "von", "bin", "al"} for w in words)


@lru_cache(maxsize=4096)
def _could_be_one_person(speaker: str) -> bool:
    """Not a group ("the election returns", "those four", "40 percent of Democrats"), not an
    organisation ("International New York Times", "the FBI"), not a poll or a study, and not a
    phrase cut short ("A number of the")."""
    words = speaker.split()
    last = words[-1] if words else ""
    first = words[0].lower() if words else ""
    if first in _NOT_ONE_PERSON_FIRST or first in _SMALL_NUMBERS or first[:1].isdigit() or (
            last.islower() and _FINDING_SOURCE.fullmatch(last)):
        return False  # "those four skilled spielers", "40 percent of Democrats", "six in 10", "a national poll"
    head = last
    before_of = speaker.split(" of ")[0].split()[-1:] if " of " in speaker else []
    if before_of and (before_of[0] in _ROLE_HEADS or not any(
            word.islower() and word not in DETERMINERS for word in speaker.rsplit(" of ", 1)[1].split())):
        head = before_of[0]  # "the Head of the President's Office", "the Ministry of Health", "the head of the rules committee"
        # (but "Bank of Tokyo economist Haruo Muto" is Muto)
    if head in ORGANISATION_HEADS or (head.islower() and head.capitalize() in ORGANISATION_HEADS) or (
            len(head) > 1 and head.isupper() and head.isalpha()):
        return False  # (in lower case too: "his campaign", "the government")
    return not (last.islower() and (_is_plural(speaker) or last in DETERMINERS or last in CLAUSE_WORDS))


# First words of a phrase that never names one person: "those four", "their support", "Almost half", "Many Democrats"
_NOT_ONE_PERSON_FIRST = QUANTIFIERS | {"those", "these", "their", "its", "almost", "nearly", "about", "half"}
# Words that give a person's gender where the registry does not know them: "he" is not "a woman" or "Mrs. Purner"
_GENDER_WORDS = {
    "female": {"woman", "mother", "wife", "daughter", "sister", "lady", "girl", "grandmother", "mrs", "ms",
               "congresswoman", "spokeswoman", "chairwoman", "businesswoman"},
    "male": {"man", "father", "husband", "son", "brother", "boy", "grandfather", "mr", "congressman", "spokesman",
             "businessman"}}


def _gender_word(speaker: str) -> str | None:
    """The gender a speaker mention's first or last word gives, if any."""
    words = speaker.lower().replace(".", " ").split()
    for gender, nouns in _GENDER_WORDS.items():
        if words and (words[0] in nouns or words[-1] in nouns):
            return gender
    return None


# The last word of an organisation's name: never "he" or "she"
ORGANISATION_HEADS = {
    "Times", "News", "Post", "Journal", "Tribune", "Herald", "Magazine", "Press", "Network", "Channel", "Fox",
    "Reuters", "Party", "Committee", "Department", "Ministry", "Office", "Council", "Commission", "Campaign",
    "Administration", "Government", "Court", "Senate", "Congress", "Parliament", "Kremlin", "Corp", "Inc", "Co",
    "Ltd", "Company", "Agency", "Service", "Group", "Association", "Union", "University", "Institute", "Center",
    "Centre", "Foundation", "Bank", "Board", "Bureau", "Fund", "Organization", "Organisation", "Coalition",
    "Alliance", "Federation", "Movement", "Project", "Initiative", "Caucus", "Club", "Region", "Duma", "Corporation",
    "Forum", "Affairs"}
# What a person's role may be of before the place it is of, and then the person: "Head of the Security
# Service of Ukraine Ivan Bakanov", "Commander-in-Chief of the Armed Forces of Ukraine Valeriy Zaluzhny"
_BODIES = ORGANISATION_HEADS | _PERSON_ROLES | _PLACE_HEADS | {"Forces", "Territories", "Chamber", "Navy", "Army", "Guard"}


@lru_cache(maxsize=4096)
def _is_full_name(speaker: str) -> bool:
    """A name of two words or more within one sentence: "Vladimir Putin", "Sen. Ted Cruz"."""
    return " " in speaker and ". " not in speaker and speaker.split()[0] not in ("The", "A", "An") and _is_name_phrase(speaker)


def _inverted_speaker(ctx: _Context, sent_s: int, cue_s: int, after: int, sent_e: int) -> tuple[int, int] | None:
    """The speaker of a verb that follows its content: "..., said Trump." / "..., said Mr. Lee, who
    ..." / "..., said pollster Frank Luntz." A clause after the verb ("..., said that fact speaks
    volumes") is content, not a speaker."""
    text = ctx.text
    if not text[sent_s:cue_s].rstrip().rstrip("”\"'’").endswith(",") or not text[sent_s:cue_s].strip(" ,"):
        return None
    if text.startswith("that ", after):
        return None
    speaker = _speaker_after(ctx, after, sent_e)
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


# A document right before a verb in -ed: "a poll released Sunday" was released, it released nothing.
_INDEFINITE_THING = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,4}?"
    rf"(?:{FINDING_SOURCES}|memo|ad|video|statement|letter|documents?|emails?|plan|budget|transcript|book|film|list)\s+$")


_RELEASED_WHEN = re.compile(rf"(?:as|on|in|by|at|last|this|earlier|late|early|{DAY_NAMES}|today|yesterday)\b")
_NAMED_THING = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Ss]o)[\s-]+(?:[\w’'/-]+\s+){0,3}?(?![a-z]*(?:man|woman|person|er|or|ist|ian|ent|"
                          r"ant|ee|aide|official|chief|head|leader|member|source|expert|critic|ally)\s+$)(?:[a-z][\w-]*|[A-Z]{2,5})\s+$")
# (the words before the noun may be a name or a number: "a Facebook group called", "a 2002 psychology class called",
# "one PAC called")


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
_GERUND_OPENING = re.compile(rf"[\s“\"]*(?:(?:But|And|Yet)\s+)?(?:{_TIME_SPAN}\s+(?:after|before)|After|Before|While|Since|"
                             r"Without|Upon|In|By)\s+")


def _opening_phrase_end(text: str, start: int, limit: int, inside) -> int | None:
    """The comma that ends a phrase opening the sentence (a comma inside a quotation counts only
    right before its closing mark: “not Christian,” the pope ...)."""
    comma = text.find(",", start, limit)
    while comma != -1:
        span = inside.find(comma)
        if span is None or comma >= span[1] - 2:
            return comma
        comma = text.find(",", comma + 1, limit)
    return None


_NAMED_FORMS = {"called", "named", "dubbed", "titled"}
# A document alone, with when, where or why it came out, but none of its words.
_DOCUMENT_ONLY = re.compile(
    r"(?:(?:a|an|the|his|her|their|its|our)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:statements?|videos?|memos?|letters?|ads?|documents?|transcripts?|records?|returns)\b"
    rf"(?:\s+(?:on|at|after|before|shortly|late|early|earlier|later|last|this|from|to|{MONTH_NAMES}|"
    r"(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)(?!\w)[^,;:“”\"]{0,80})?[\s.]*")
_SOURCE_APPOSITION = re.compile(r"(?:(?P<relative>who|which|whose)|an?|the|one\s+of)\s")


def _is_source_apposition(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, after "according to X,", tells what X is ("a research group",
    "who was an adviser") rather than resuming the sentence ("the police will be involved")."""
    m = _SOURCE_APPOSITION.match(text, start, end)
    return bool(m) and (m.group("relative") is not None or (
        len(text[start:end].split()) <= 12 and not _FINITE_AUXILIARY.search(text, start, end)))


_NOT_SAYING = re.compile(r"\b(?:hard|difficult|impossible|early|soon|fair|safe|needless|[Ss]uffice(?:\s+it)?)\s+to\s+$")
_SUBORDINATORS = {"when", "if", "while", "after", "before", "because", "although", "though", "since", "unless", "until",
                  "once", "whenever"}
_ASKED_OPENERS = {"asked", "pressed", "questioned"}  # the question put, verbs and all: "Asked if her emails were illegal, ..."
_SCENE_OPENERS = {"following", "despite", "amid", "ahead", "throughout", "speaking", "addressing", "interviewed"} | _ASKED_OPENERS
# What may open a sentence before its subject (see _opening_subject): "But on Tuesday, he ...", "Hours
# later, Trump ...", "Speaking Sunday on ABC’s “This Week,” Carson ...", "Pressed again about it, Perez ..."
_SENTENCE_INTRO = re.compile(
    rf"(?:(?:{SENTENCE_OPENERS})\b[\s,]*)?"
    r"(?:[A-Z][a-z]+ly,\s*)?"  # "Essentially, Clinton's lawyers ..."
    r"(?:(?:(?:A\s+few|[A-Z][a-z]+)\s+(?:seconds|minutes|hours|days|weeks|months|years)|(?:An?|One)\s+"
    r"(?:second|minute|hour|day|week|month|year)|Hours|Days|Weeks|Months|Moments)\s+(?:later|earlier|ago),?\s+)?"
    # ("Hours later, Trump ...", "A month later, he ...")
    r"(?:(?:The|That|This|Each|Every)\s+(?:day|night|morning|evening|week|month|year)"
    r"(?:\s+(?:before|after|later|earlier))?,\s*)?"  # "The day before, ..."
    rf"(?:(?:[A-Z][a-z]+ing|{'|'.join(sorted(w.capitalize() for w in _ASKED_OPENERS))})\s[^,;:]{{0,80}},[”’\"']?\s*)?"
    # ("Speaking Sunday on ABC’s “This Week,” Carson ...", "Pressed again about it, Perez ...")
    r"(?:(?:[A-Z][a-z]+ly\s+|(?:Hours|Days|Weeks|Minutes|Moments|Months|Years)\s+|"
    rf"{_TIME_SPAN}\s+)?"  # ("One month after ...,")
    r"(?:[Oo]n|[Ii]n|[Aa]t|[Aa]fter|[Bb]efore|[Dd]uring|[Ll]ast|[Tt]his|[Ee]arlier|[Ll]ater|[Ss]ince|[Ww]hen|"
    r"[Ww]hile|[Aa]s|[Ll]ike|[Uu]nlike|[Aa]mid|[Aa]longside)\s+"
    r"(?:[^,.;:]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.){1,60},\s*(?:[A-Z][a-z]{1,4}\.,\s*)?){0,2}")
# ("in Beaumont, Tex.,"; "Like Mr. Sanders, she ...": a title's stop stays in the phrase)
_STRANDED = (" about", " of", " on", " for", " against", " to", " with")
_STRANDED_HEAD = re.compile(r"\b(?:all|what|which|that|whom|who|everything|something|anything|nothing)\b")
# Words after which an -ed form describes a noun: the determiners (not "that" or a number or
# quantifier: "a group that endorsed Trump", "the two agreed"), "own" and a few prepositions
_ADJECTIVE_BEFORE = (DETERMINERS - QUANTIFIERS - {"that", "one", "two", "three", "other"}) | {
    "own", "of", "for", "with", "from", "about", "among"}
_REFLEXIVE = re.compile(r"\s*(?:itself|himself|herself|themselves|ourselves|myself)\b")
_BE_OR_REMAIN = BE_FORMS | {"being", "remain", "remains"} | _NEGATED_BE
_SET_OFF_NOT_RESUMING = CLAUSE_WORDS | PREPOSITIONS | ASIDES


_TELL_OR_NAMED_FORMS = TELL_FORMS | _NAMED_FORMS


def _reported(ctx: _Context, cue_m: re.Match, sent_s: int, sent_e: int, earlier: list[Statement], inside) -> tuple[tuple[int, int], int, int] | None:
    """Reported speech around a cue: (speaker mention, content start, content end), or None."""
    text = ctx.text
    cue_s, cue_e = cue_m.start(), cue_m.end()
    form = cue_m.group()  # (as written: "said", "calls for")
    kind = ctx.cues.kind(form)
    if kind == "after-quote":
        return None
    if text.find("ask", sent_s, cue_s) != -1 and _QUESTION.search(text, sent_s, cue_s):
        return None  # "When asked if he believes Putin wants peace, ..." is a question, not a statement
    previous = next(([w] for w in reversed(text[max(sent_s, cue_s - 24) : cue_s].split()) if not _is_adverb(w)), [])
    # (the word before the cue, past adverbs: "did not immediately respond")
    before_be = bool(previous) and previous[-1].lower() in _BE_OR_REMAIN
    if previous and previous[-1].lower() in _ADJECTIVE_BEFORE and form.endswith("ed") and " " not in form:
        return None  # after a determiner an -ed form describes a noun: "its own recommended list", "of reported cases"
    if kind == "state" and not before_be:
        return None  # "concerned citizens" is no report; "Democrats are concerned that" is
    if kind != "state" and before_be and not any(word.endswith("ing") for word in form.split()):
        return None  # passive: "will be called", "was told" (but "is talking", "was quoted as saying" report what is said)
    after = _skip_space(text, cue_e, sent_e)
    if text.startswith("by ", after) or (text.find(" by ", after, after + 24) != -1 and _TIME_THEN_BY.match(text, after, sent_e)):
        return None  # passive: "announced by Trump", "released yesterday by the Commission" are no speech reports
    if _REFLEXIVE.match(text, after, sent_e) and not re.match(r"\s*\w+\s+as\b", text[after:sent_e]) and form not in ("calls", "called", "calling"):
        # (but "Cruz describes himself as a consistent conservative" and "calls himself a Democrat" are views)
        return None  # "Fox News found itself playing host": no finding reported
    if form.endswith(_STRANDED) and text[after : after + 1] in ",.;:!?)" and \
            _STRANDED_HEAD.search(text, max(sent_s, cue_s - 40), cue_s):
        return None  # a preposition left at the end of its clause: "this is all they talked about, ..."
    if _PARTICLE.match(text, after, sent_e) or (form in ("went on", "goes on") and text.startswith("to ", after)):
        return None  # a phrasal verb: "Washington backed out", "failed to show up", "Reagan went on to win"
    if form == "back" and not re.match(r"(?!(?:in|to|from|on|at|into|up|off|away|home|and|then|with)\b)[\w“\"‘']",
                                                text[after:sent_e]):
        return None  # "get the keys back", "two summers back" back nobody; "voters back Clinton" do
    if form in ("maintains", "maintained") and not text.startswith("that", after):
        return None  # "maintained a lead", "maintained an energetic pace" hold no view
    if form in REFUSALS and not re.match(r"to\b|(?:the|an?|his|her|their|its|any|all)\b", text[after:sent_e]):
        return None  # "the rating has declined slightly" refuses nothing
    if kind == "speech" and _NOT_SAYING.search(text, max(sent_s, cue_s - 30), cue_s):
        return None  # the writer's hedge: "it is hard to say whether ...", "safe to say"
    if form in ("felt", "feels") and not _FELT_VIEW.match(text, after, sent_e):
        return None  # a feeling, not a view: "felt blindsided by the demand", "felt so universal"
    if form in NOUN_LIKE_CUES and _BE_OR_AUXILIARY_NEXT.match(text, after, sent_e) and not (
            previous and previous[-1].lower() in PRONOUNS) and not _RELATIVE_WORD.search(text, max(sent_s, cue_s - 60), cue_s):
        # (but a verb in an object relative: "the judge he claims has been unfair", "which Clinton hopes can help")
        return None  # a noun before its verb: "thousands of Clinton emails were deleted"
    if form == "thanks" and text.startswith("to ", after):
        return None  # owing to, not thanking: "Largely thanks to their efforts, the situation has improved"
    if form == "found" and previous and previous[-1].lower() in ("help", "helps", "helped", "helping", "to"):
        return None  # founding, not finding: "Roger Ailes helped found Fox News"
    if form == "pledged" and re.match(r"(?:super)?delegates?\b", text[after:sent_e]):
        return None  # "pledged delegates" are counted, not pledging
    if form in _NAMED_FORMS and re.match(r"[A-Z“\"‘'#]|the\s+[A-Z]", text[after:after + 8]) and \
            _NAMED_THING.search(text, max(sent_s, cue_s - 60), cue_s):
        return None  # a name given to a thing: "a group called Citizens for Trump", "a play called “Los Hijos”"
    if form.endswith("ed") and _RELEASED_WHEN.match(text, after, sent_e) and \
            _INDEFINITE_THING.search(text, max(sent_s, cue_s - 60), cue_s):
        return None  # a thing that was released, not a speaker: "a poll released Sunday", "a memo released as polls closed"
    inverted = _inverted_speaker(ctx, sent_s, cue_s, after, sent_e) if kind in ("speech", "writing") and \
        form not in _TELL_OR_NAMED_FORMS else None  # (after "told" comes whom it was told: "..., told the New Yorker";
    # after "named" the name given: "the system, named Select View, will ...")
    if inverted is not None and _is_name_phrase(text[inverted[0]:inverted[1]]):
        # A name after the verb settles it: "..., said Steve Grubbs, an Iowa operative."
        return _inverted_report(ctx, inverted, sent_s, cue_s, sent_e, inside)
    speaker = _cue_speaker(ctx, cue_m, sent_s, earlier)
    is_participle = _is_participle(ctx, cue_m)
    object_only = False  # the content is the verb's object alone, not the rest of the clause
    opening_end = None  # where a phrase opening the sentence ends: "After saying ..., Rubio ..."
    if is_participle:
        with_subject = _WITH_SUBJECT.search(text, max(sent_s, cue_s - 90), cue_s)
        document = _DOCUMENT_BEFORE.search(text, max(sent_s, cue_s - 40), cue_s)
        if _GERUND_OPENING.fullmatch(text, sent_s, cue_s):
            # The phrase's speaker is the subject of the clause after it: "After saying he was
            # nervous, the student asked ...", "While saying that he respects her, he ..."
            opening_end = _opening_phrase_end(text, cue_e, sent_e, inside)
            speaker = None if opening_end is None else _sentence_subject(ctx, _skip_space(text, opening_end + 1, sent_e), sent_e)
        elif with_subject:  # "..., with former Gov. Martin O’Malley calling Trump a fascist"
            speaker = _speaker_before(ctx, with_subject.end(), cue_s)
        elif document:  # "Trump issued a statement saying ...": the clause's subject
            speaker = _opening_subject(ctx, sent_s, document.start())
        elif form in FINDING_FORMS and (finding := _FINDINGS_BEFORE.search(text, max(sent_s, cue_s - 60), cue_s)):
            speaker = finding.start(), finding.end("noun")  # what a poll shows is the poll's: "polls showing her behind"
            object_only = form == "showing"  # (but "calls saying shots have been fired" take a clause)
        elif _after_noun(text[max(sent_s, cue_s - 30) : cue_s]) and not _CATENATIVE_BEFORE.search(text, max(sent_s, cue_s - 60), cue_s):
            if form not in BACKING_FORMS:
                return None  # a participle right after a noun describes it: "a parade honoring veterans"
            # but backing someone is the stance of what backs them: "a super PAC supporting Clinton"
            speaker = _speaker_before(ctx, sent_s, cue_s)
            object_only = True
        if speaker is None and inverted is None:
            return None
    if speaker is not None and form in NOUN_LIKE_CUES and (not _singular_subject(text[speaker[0]:speaker[1]])
                                                            or _object_of_verb(ctx, sent_s, speaker[0])):
        return None  # (a name a verb takes as its object makes the cue a noun: "held Trump signs high")
    if speaker is not None and form in NAMED_SUBJECT_CUES and (not (
            _is_cap(text[speaker[0]:speaker[1]].split()[-1]) or text[speaker[0]:speaker[1]].lower() in PRONOUNS) or (
            _THE_NAME.fullmatch(text, *speaker) and not _OBJECT_START.match(text, after, sent_e))):
        return None  # (after "the" and a name, only an object makes it a verb: "the Paris attacks, Trump ...")
    raised = text[max(sent_s, cue_s - 16) : cue_s].split()[-2:]
    if kind == "plural" and (speaker is None or not (_is_plural(text[speaker[0]:speaker[1]]) or (
            previous and previous[-1].lower() in VERB_MARKERS) or (
            len(raised) == 2 and raised[1] == "to" and raised[0].lower() in RAISING_VERBS) or _is_purpose(text, sent_s, cue_s))):
        return None  # "the Russian state", "a strong support" are no reports
    if speaker is None:
        if inverted is not None:  # "..., said the senator from Ohio."
            return _inverted_report(ctx, inverted, sent_s, cue_s, sent_e, inside)
        return None
    set_off = None if is_participle or kind not in ("speech", "writing", "belief") else _set_off(
        ctx, sent_s, speaker, cue_e, sent_e, inside)
    if set_off is not None:
        return speaker, *set_off
    # Content after the cue: "X said (that) ...", "X told reporters (that) ...".
    content_start = _content_start(text, after, sent_e, form in TELL_FORMS,
                                   kind == "stance" or form in NAMING_FORMS or object_only,
                                   form not in NO_PERSONAL_OBJECT)
    content_end = _content_end(ctx, content_start, sent_e, inside, topic=form in TOPIC_FORMS)
    takes_object = kind == "stance" or (kind == "plural" and form not in PLURAL_CLAUSE_FORMS) or \
        kind == "stance-participle"
    content_end = _coordination_end(ctx, content_start, content_end, inside, takes_object)
    if object_only:
        content_end = min(content_end, _noun_phrase_end(text, content_start, sent_e, inside))
    if opening_end is not None:
        content_end = min(content_end, opening_end)
    if _CONJUNCTION.match(text, content_start, content_end) or _PARTICIPLE_CLAUSE.match(
            text, after, content_end):
        content_end = content_start  # "called him and said ...", "he said, wiping sweat off his face": no content
    if form in TELL_FORMS and not re.search(r"[,:“\"]|\bthat\b", text[after:content_end]) \
            and not _ABOUT.match(text, content_start, content_end) \
            and not (text.startswith("of ", content_start) and form in INFORM_FORMS) \
            and len(text[content_start:content_end].split()) <= 5 and not _CLAUSE_SUBJECT.match(text, content_start, content_end) \
            and not _FINITE_AUXILIARY.search(text, content_start, content_end):
        content_end = content_start  # "told a Senate panel Wednesday": an addressee, not content
    if kind == "writing" and _DOCUMENT_ONLY.fullmatch(text, content_start, content_end) and \
            not text.startswith(":", _skip_space(text, content_end, sent_e)):  # (its words may follow: "the following statement:")
        return None  # "the DNC released a statement": which words it holds, the statement itself will say
    # A stance verb's object is what is attributed, however short: "Christie endorsed Trump".
    stance = kind in ("stance", "plural") or form.endswith(_STRANDED)  # (and "talked about Hillary")
    if _has_words(text, content_start, content_end, 1 if stance or object_only or opening_end is not None else 2):
        return speaker, *_trim(text, content_start, _trim_adjuncts(text, content_start, content_end))
    if is_participle:
        return None
    # Content before: "..., Trump has claimed" / "..., he told reporters in the Oval Office." /
    # "..., as a Homeland Security memo put it."
    prefix = re.sub(r"(?<=\W)\s*as$", "", text[sent_s : speaker[0]].rstrip())
    closed = prefix.rstrip("”\"'’")  # "... calling her ''leftist scum,'' she said."
    opener = re.match(r"\W*(?:(?:But|And|Yet|So)\s+)?(\w+)", prefix)
    if opener and opener.group(1).lower() in _SUBORDINATORS and prefix.rstrip().count(",") <= 1 and \
            _has_words(text, cue_e, sent_e, 1):
        # a subordinate clause alone, the verb's own words after it: "But when Congress cut funding two
        # years later, Mexico said enough." (but "After deciding ... “this will be seen as ...,” Glantz said.")
        return None
    subordinate = opener is not None and opener.group(1).lower() in _SUBORDINATORS  # ("When we win, we will build it, Trump said.")
    if opener and (opener.group(1).lower() in PREPOSITIONS and not subordinate and len(re.findall(r"\w+", prefix)) <= 8 or (
            opener.group(1).lower() in _SCENE_OPENERS and prefix.count(",") <= 1 and (
                not _FINITE_AUXILIARY.search(prefix) or opener.group(1).lower() in _ASKED_OPENERS))):
        # (however long, a phrase without a verb of its own: "Following an animated town hall
        # meeting in Londonderry last week, Kasich boasted to reporters ...")
        return None  # "In a speech last July, he said:" sets the scene; the words come after
    if closed.endswith(",") and len(re.findall(r"\w+", prefix)) >= 3:
        end = sent_s + len(closed) - 1 if closed == prefix else sent_s + len(prefix)
        return speaker, *_trim(text, sent_s, end)
    return None


# A finite verb resuming a sentence that an attribution interrupted: "Kerry's actions, said Michael
# Kofman, an expert on Russia, would read ..."
_RESUMING_VERB = re.compile(rf",\s+(?:{FINITE_VERBS}|(?:does|do|did|is|was|are|were|has|have|wo|ca|could|would|should)n['’]t)\s")


def _inverted_report(ctx: _Context, speaker: tuple[int, int], sent_s: int, cue_s: int, sent_e: int, inside):
    """The report of a verb that follows its content ("..., said Trump."): the speaker and the
    content before the verb. When the sentence resumes after the speaker and their apposition, the
    content is both parts ("Kerry's actions, said Michael Kofman, an expert on Russia, would read
    this as ..."), and a lone conjunction before the verb is no content ("But, said Solovey, “...”")."""
    text = ctx.text
    comma = text.rfind(",", sent_s, cue_s)
    start, end = _trim(text, sent_s, comma)
    words = text[start:end].split()
    if len(words) == 1 and words[0].lower() in CLAUSE_WORDS | ASIDES:
        # What was said follows the speaker: a quotation, or the rest of the sentence when no
        # apposition can stand between ("However, said Smith, the plan will fail.")
        after = _skip_space(text, speaker[1] + 1, sent_e) if text.startswith(",", speaker[1]) else sent_e
        if after < sent_e and (text[after] in OPENERS + AMBIGUOUS or "," not in text[after:sent_e]):
            rest_end = _clause_content_end(ctx, after, sent_e, inside)
            rest = _trim(text, after, rest_end)
            if _has_words(text, *rest, 2):
                return speaker, *rest
        return None
    resumed = _RESUMING_VERB.search(text, speaker[1], sent_e)
    if resumed and len(words) <= 8 and not re.search(r"[,;:“”\"]", text[start:end]) and inside.find(resumed.start()) is None:
        rest_start = resumed.start() + 1
        rest_end = _clause_content_end(ctx, rest_start, sent_e, inside)
        rest = _trim(text, rest_start, rest_end)
        if rest[0] < rest[1]:
            return speaker, start, rest[1], [[start, end], list(rest)]
    return speaker, start, end


def _set_off(ctx: _Context, sent_s: int, speaker: tuple[int, int], cue_e: int, sent_e: int, inside) -> tuple[int, int] | None:
    """Content around an attribution set off inside its sentence: "This campaign, he says, is
    different." (from the sentence start to the end of the clause after it), or None."""
    text = ctx.text
    prefix = text[sent_s : speaker[0]].rstrip()
    rest = _RESUMING.match(text[cue_e:sent_e])
    if not (prefix.endswith(",") and rest and re.search(r"\w", prefix)) or rest.group(2) in ctx.cues.forms or (
            not rest.group(1) and (rest.group(2).endswith("ing") or rest.group(2) in _SET_OFF_NOT_RESUMING)):
        return None  # (a quotation resuming the sentence may open with any word: ..., he said, “with this thing over”)
    if re.search(r"[,;:“”\"]", prefix[:-1]) or inside.find(speaker[0]) is not None:
        return None  # a prefix with breaks of its own is no phrase set off before "he says"
    rest_start = cue_e + (rest.start(1) if rest.group(1) else rest.start(2))
    rest_end = _clause_content_end(ctx, rest_start, sent_e, inside)
    start, end = _trim(text, sent_s, rest_end)
    return (start, end) if len(re.findall(r"\w+", text[start:end])) >= 3 else None


_PARTICLE = re.compile(r"(?:up|off|down|into|away|around)\b(?!-)|out\s+of\b")  # (not "down-ballot races")
_CONJUNCTION = re.compile(r"(?:and|but|or|nor)\b")
_SPACE_OR_BREAK = re.compile(r"[\s,:]+")
_RESUMING = re.compile(r",\s*([“\"‘']*)\s*([a-z]+)\b")  # the clause an attribution set off resumes: ", he says, is ..."
REFUSALS = {"declines", "declined", "refuses", "refused"}
_PARTICIPLE_CLAUSE = re.compile(r",\s*[a-z]+ing\b")  # ", wiping sweat off his face", ", sparking a firestorm"
_VIA_DOCUMENT = re.compile(r"(?:an?|the)\s+(?:\w+\s+){0,2}?(?:statement|report|readout|release|transcript)\s+"
                           r"(?:\w+\s+)?(?:issued|released|published|posted|put out)\s+by\s+")


def _source_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase a source is named by after "according to", up to its clause end and at most
    twelve words: "complete but unofficial returns", "a new poll by the Harvard Institute"."""
    words = list(re.finditer(r"[^\s()]+", text[start:end]))[:12]
    if not words or not re.search(r"\w", words[0].group()):
        return None
    return start, start + words[-1].end()


_PLACE_THEN_THAT = re.compile(
    r"(?:(?:earlier|later)\s+)?(?:at|in|on|during|after|before|while|via|through|outside|from)\s+(?:[“\"‘]?[\w’'.-]+[,”\"’]*\s+){0,14}?that\s+"
)  # (a title on the way: "wrote in her book, “Hard Choices,” that ...")
_QUESTION = re.compile(r"\b(?:asked|asking|ask|asks)\b[^,.;:]*\b(?:if|whether)\b[^,.;:]*$")


_LEADING_MEDIUM = re.compile(
    r"(?:in|during)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:interview|statement|tweet|email|speech|post|appearance|op-ed|letter|"
    r"release|conference call|news conference)(?:\s+(?:with|on|to)\s+[\w.’'-]+(?:\s+[A-Z][\w.’'-]*){0,3})?\s+(?=[\w“\"‘'])")
_TIME_AFTER_CUE = (rf"(?:(?:on|early|late|last|this|next)\s+)?(?:{DAY_NAMES}|yesterday|today|"
                   r"tonight|(?:last|this|next)\s+(?:week|month|year|weekend))(?:\s+(?:night|morning|afternoon|evening))?\s+")
_LEADING_TIME = re.compile(_TIME_AFTER_CUE + r"(?=[\w“\"‘'])")
# A passive with its time: "released yesterday by the Commission" (but "countered Sunday by suggesting")
_TIME_THEN_BY = re.compile(r"\s*" + _TIME_AFTER_CUE + r"by\s(?![a-z]+ing\b)")


_WH_WORD = re.compile(r"(?:which|what|how|why|whether|who|whom|whose|when|where|if)\b")
_THAT_SUBJECT = re.compile(r"that\s+(?:was|is|would|will|has|had|could|should|can|may|might|does|did|wasn['’]t|isn['’]t|"
                           r"won['’]t|wouldn['’]t|doesn['’]t|didn['’]t|hasn['’]t|seems|seemed|means|meant)\b")


_NOT_AFTER_TIME = (CLAUSE_WORDS | PREPOSITIONS) - {"that"}


_UP_TO_THAT = re.compile(r"(?:[\w‘’'.-]+\s+){0,6}?that\s+")


# Verbs whose content never opens with a person they address: after them "her" is a possessive
# ("said her decision was a mistake"), not an addressee as in "told her" or "warned her".
NO_PERSONAL_OBJECT = {"said", "says", "say", "saying", "added", "adds", "noted", "notes", "wrote", "writes", "argued",
                      "argues", "claimed", "claims", "insisted", "insists", "explained", "explains", "acknowledged",
                      "acknowledges", "suggested", "suggests", "believes", "believed", "thinks", "thought"}


def _content_start(text: str, pos: int, limit: int, takes_addressee: bool = False, object_content: bool = False,
                   personal_object: bool = True) -> int:
    """Where reported content starts after a cue: after "that", after an addressee ("told reporters",
    "told The Huffington Post"), else right away. Without ``personal_object``, "her" after the cue
    opens the content."""
    window = text[pos:limit]
    if takes_addressee:
        named = re.match(r"(?:The\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*[\s,]*", window) or \
            _ADDRESSEE_BEFORE_ABOUT.match(window)  # ("informed his French counterpart about ...")
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
    if m and not re.search(r"[,;:“”\"]|\bto\s|\w(?:ed|(?<!dur)ing)\s", m.group()) and not (
            object_content and not m.group().startswith("that")):
        # (an object keeps its relative clause: "called for contestants to wear dresses that showed ...",
        # and a stance verb's always does: "attacked loopholes that benefit others")
        return pos + m.end()
    # A place or time between the cue and "that": "says at a campaign stop in Toledo, Ohio, that ..."
    m = _PLACE_THEN_THAT.match(window)
    if m:
        return pos + m.end()
    m = _ADDRESSEE.match(window)
    if m and not ((object_content or not personal_object) and m.group().split()[0] in PERSONAL_OBJECTS):
        return pos + m.end()  # (but a stance verb's object is content: "calling him a “stiff”")
    m = _SPACE_OR_BREAK.match(window)
    return pos + m.end() if m else pos


# Verbs whose "on" or "about" opens the topic reported, not a place or a time: "reported on the measures"
TOPIC_FORMS = {"reported", "reports", "commented", "comments", "told", "tells"} | INFORM_FORMS
_TIME_OR_MEDIUM_AFTER_ON = re.compile(rf"\s+(?:{DAY_NAMES}|{MONTH_NAMES}|the\s+(?:eve|sidelines|phone|campaign|trail|air|record)\b|"
                            r"(?:the\s+)?(?:Twitter|Facebook|television|TV|radio|Fox|CNN|MSNBC|NBC|CBS|ABC)\b|\d)")
# Whom a speaker told or informed, before what about: "his French counterpart about", "the Prime
# Minister of Canada in detail about"
_ADDRESSEE_BEFORE_ABOUT = re.compile(
    rf"(?:his|her|their|its|our|my)\s+(?:[\w’'-]+\s+){{0,3}}?(?:in\s+detail\s+)?(?=(?:about|on)\s|of\s(?!{DAY_NAMES}))|"
    r"the\s+(?:(?:[A-Z][\w’'-]*|of|the)\s+){1,8}?(?:in\s+detail\s+)?(?=(?:about|on)\s)")
_ABOUT = re.compile(r"(?:about|on)\s")  # what a speaker told about: "told the President about the project"
_DEICTIC_TIME = re.compile(r"\s+(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|"
                           r"winter|season|time|cycle|term|session|decade|century)\b")


def _content_end(ctx: _Context, start: int, limit: int, inside, topic: bool = False) -> int:
    """End of reported content: the sentence end, or the comma before a participle cue ("adding").

    Content that opens with a prepositional phrase running to the sentence end ("he told reporters
    in the Oval Office.") is no content: the report then sits before the cue. With ``topic``, "on"
    or "about" opens what was reported ("reported on the measures taken").
    """
    text = ctx.text
    first = _WORD.match(text, start, limit)
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


def _clause_content_end(ctx: _Context, start: int, limit: int, inside) -> int:
    """End of reported content that runs from ``start``: at the end of its clause, before a clause of
    its own (:func:`_content_end`, then :func:`_coordination_end`)."""
    return _coordination_end(ctx, start, _content_end(ctx, start, limit, inside), inside, False)


def _cues_within(ctx: _Context, start: int, limit: int):
    """The cue matches in ``ctx.text[start:limit]``: those the paragraph scan found there when the
    span lies in the paragraph being read, else a scan of their own."""
    p_start, p_end, matches, starts = ctx.paragraph_cues
    # (a span ending inside the paragraph must not end inside a word: a cue cut there would match)
    if p_start <= start <= limit and (limit == p_end or (limit < p_end and not ctx.text[limit].isalnum())):
        first = bisect_left(starts, start)
        return [m for m in matches[first : bisect_left(starts, limit)] if m.end() <= limit]
    return ctx.cue_re.finditer(ctx.text, start, limit)


# Between a comma and a cue: the subject of a new clause ("..., Trump replied, ...", "..., at the town
# hall this week she said ...").
_SPEAKER_CLAUSE = re.compile(r"\s*(?:(?:[A-Z][\w.’'-]*|the|a|an|he|she|they|we)(?:\s+[\w.’'-]+){0,4}"
                             r"|(?:[\w.’'-]+\s+){1,7}?(?:he|she|they|we|I))\s+(?:also\s+|again\s+)?")


_AND_SPEAKER = re.compile(rf"(?:others|some|many|most|half|{_FRACTION}|\d+(?:\s*%|\s+(?:percent|pct|per\s+cent)\b)|the\s+[a-z]+|"
                          r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}(?:,\s+(?:a|an|the)\s[^,;:“”\"]{1,60},)?)"
                          r"\s+(?:(?:has|have|had|also|later|then|too)\s+)*")  # ("and Brian Deese, the White House adviser, said")


# Participles that describe the noun before them as often as they report: "the products, expected to ...".
_RAISED_PARTICIPLES = {"compared", "expected", "intended", "designed", "estimated", "believed", "thought", "considered",
                       "reported", "said", "scheduled", "supposed", "required", "forced", "allowed", "asked", "set", "seen"}
_SERIES_AFTER = re.compile(r"\s+(?:at\s+first\s+)?(?:to|that)\s")  # (a verb with its own complement, not "announced Monday")


def _cue_clause_end(ctx: _Context, start: int, limit: int, inside) -> int:
    text = ctx.text
    for m in _cues_within(ctx, start, limit):
        if not _is_participle(ctx, m):
            comma = text.rfind(",", start, m.start())
            if comma != -1 and inside.find(comma) is None and _SPEAKER_CLAUSE.fullmatch(text, comma + 1, m.start()):
                return comma  # another speaker's clause begins: "..., Trump replied, ..."
            if comma != -1 and inside.find(comma) is None and not text[comma + 1 : m.start()].strip() and \
                    m.group().endswith("ed") and m.group() not in _RAISED_PARTICIPLES and _SERIES_AFTER.match(text, m.end(), limit) \
                    and text.find(", and ", m.end(), limit) != -1:
                return comma  # the next verb of a series: "vowed to ban Muslims, declined to criticize Duke, and ..."
            joined = text.rfind(" and ", start, m.start())
            if joined != -1 and inside.find(joined) is None and _AND_SPEAKER.fullmatch(text, joined + 5, m.start()) \
                    and (_has_words(text, start, joined, 3) or not text[joined + 5 : joined + 6].isupper()):
                # (not two subjects: "that today Ukraine and Turkey had signed", but "Mr. Cruz and 15 percent backed")
                return joined  # "... and others have said ...", "... and the campaign denied ..."
            continue
        if m.start() == start:
            if _last_char(text, max(0, start - 40), start) not in (",", "—", "–", "―"):
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


def _coordination_end(ctx: _Context, start: int, end: int, inside, stance: bool) -> int:
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


_MEDIA = "interview|statement|tweet|email|speech|post|appearance|op-ed"  # what a speaker says something in
_PLATFORMS = "Twitter|Facebook|Instagram|television|TV"  # ... or on
_TRAILING_ADJUNCT = re.compile(
    rf"(?:,?\s+(?:(?:on|early|late|last|this|next)\s+)?(?:{DAY_NAMES}|"
    r"(?:last|this|next)\s+(?:week|month|year|weekend))(?:\s+(?:night|morning|afternoon|evening))?"
    rf"|,?\s+(?:in|during)\s+an?\s+(?:\w+\s+){{0,2}}?(?:{_MEDIA})"
    r"(?:\s+(?:with|on|to)\s+[\w.’'-]+(?:\s+(?:[A-Z][\w.’'-]*|(?:the|of)(?=\s+[A-Z]))){0,4})?"  # ("on CBS’s Face the Nation")
    rf"|,?\s+(?:on|via)\s+(?:{_PLATFORMS}))+[.,;:]?$"
)
# Every trailing adjunct names one of these: a quick scan for them rules most contents out.
_ADJUNCT_WORD = re.compile(f"{DAY_NAMES}|week|month|year|{_MEDIA}|{_PLATFORMS}")


def _trim_adjuncts(text: str, start: int, end: int) -> int:
    """End of reported content without a trailing time or medium ("... rigged” in a tweet Tuesday")."""
    lo = max(start, end - 160)  # (no chain of adjuncts is longer)
    if not _ADJUNCT_WORD.search(text, lo, end):
        return end
    m = _TRAILING_ADJUNCT.search(text, lo, end)
    return m.start() if m and m.start() > start else end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t,:":
        start += 1
    while end > start and text[end - 1] in " \t,.;:":
        end -= 1
    return start, end


# --- many articles ------------------------------------------------------------------------------


def article_statements(article: Article, actors: ActorRegistry | None = None, cues: Cues | None = None) -> list[Statement]:
    outlet = " ".join(part for part in (article.source, article.url) if part)
    return extract(article.text, article.article_id, article.date, article.boilerplate, actors, cues, outlet,
                   article.title or "")


CONTEXT_CHARS = 240  # characters of surrounding text kept on each side when a paragraph is long


def context(text: str, start: int, end: int) -> str:
    """The paragraph around ``text[start:end]``, cut to :data:`CONTEXT_CHARS` on each side when
    longer, so a reader sees the words a statement came from."""
    p_start = text.rfind("\n", 0, start) + 1
    p_end = text.find("\n", end)
    p_end = len(text) if p_end == -1 else p_end
    lo, hi = max(p_start, start - CONTEXT_CHARS), min(p_end, end + CONTEXT_CHARS)
    return ("…" if lo > p_start else "") + text[lo:hi].strip() + ("…" if hi < p_end else "")


def statement_records(article: Article, actors: ActorRegistry | None = None, cues: Cues | None = None) -> list[dict]:
    """The statements of one article as plain records, each with its surrounding ``context``."""
    return [
        {**{name: getattr(s, name) for name in STATEMENT_COLUMNS}, "context": context(article.text, s.start, s.end)}
        for s in article_statements(article, actors, cues)
    ]
