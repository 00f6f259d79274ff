"""Who is who across a corpus: the pass over every article's statements once all are read.

Decides (:func:`corpus_pass`): a speaker left as a surname ("Lee", "Ms. Lee") takes the full name that
the same source uses for it elsewhere in the corpus, when exactly one full name of the source ends in
that surname, and a bare role left without a holder ("the president") the one person the source's other
articles name as its holder (``speaker_how`` becomes ``corpus``); and a turn label that opens lines in many articles
of one source, about once each, and is no name of a person ("Related:", "Watch:"), is page furniture:
its statements are dropped, whatever its words. Leaves to others: everything within one article
(:mod:`analysis.attribution.entities`).

It works on the statements table (a data frame with the articles' sources), so it runs wherever the
whole corpus's statements are at hand: after :func:`analysis.batch.process_corpus` has written them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from .entities import has_title, is_bare_role, surname_key, written_as_name
from .vocabulary import is_given_name

FURNITURE_ARTICLES = 5  # a label opening lines in at least this many articles of one source ...
FURNITURE_PER_ARTICLE = 1.5  # ... this many times or fewer in each, on average, is page furniture


def _role_key(mention) -> str | None:
    """A bare role as a key: "The President", "the  president" -> "president"; None for anything else."""
    if not isinstance(mention, str) or not is_bare_role(mention):
        return None
    words = mention.lower().split()
    return " ".join(words[1:] if words[0] == "the" else words)


_INITIAL = re.compile(r"(?<=\w) [A-Z]\. (?=[A-Z])")  # a middle initial: "Paul D. Ryan"


ROLE_ARTICLES = 3  # a source names the holder of a bare role in at least this many articles to be believed


def _eligible(speaker, how: str, names: set[str], registry_names: set[str]) -> bool:
    """Whether a speaker may take the one full name its source gives its surname: always when the
    registry knows that name; else when the name opens with a given name (:func:`is_given_name`: "Kiichi
    Miyazawa", not "Bond Dealers" or "Neither Pennzoil") and the speaker is a surname with a title ("Ms.
    Lee"), one its article left unresolved, or a word written as a surname is ("Funaro", not "GM")."""
    name = next(iter(names))
    return name in registry_names or (is_given_name(name.split()[0]) and (
        how == "unresolved" or has_title(speaker) or speaker[1:].islower()))


@dataclass
class CorpusFacts:
    """What the pass needs to know of the whole corpus, gathered part by part (:meth:`add`; an article
    lies in one part, so counts of articles add up): full names by source and surname, turn labels'
    articles and turns, the names the registry gave, and the articles naming each bare role's holders."""

    full_names: dict = field(default_factory=dict)  # (source, surname) -> {full name}
    label_turns: Counter = field(default_factory=Counter)  # (source, label, "articles" | "turns") -> count
    registry_names: set = field(default_factory=set)
    role_articles: Counter = field(default_factory=Counter)  # (source, role key, holder) -> articles

    def add(self, rows: pd.DataFrame) -> "CorpusFacts":
        """Add one part's statements (with their ``source``)."""
        named = rows[rows["speaker_how"].isin(["registry", "document"]) & rows["speaker"].notna()]
        for source, speaker, how in named[["source", "speaker", "speaker_how"]].drop_duplicates().itertuples(index=False):
            speaker = " ".join(speaker.split())  # (a name wrapped over two lines of wire copy is one name)
            if written_as_name(speaker) and (how == "registry" or is_given_name(speaker.split()[0])):
                # (only what can name a surname's person in full: "Clayton Yeutter", not "U.S. Trade
                # Represenative Clayton Yeutter" or "Last Friday Reagan" beside it)
                self.full_names.setdefault((source, speaker.split()[-1].casefold()), set()).add(speaker)
        labels = rows[(rows["cue"] == ":") & rows["speaker"].notna() & (rows["speaker_how"] != "registry")]
        labels = labels[~labels["speaker"].str.contains(" ", regex=False)]
        turns = labels.drop_duplicates(["article_id", "speaker_start"])
        for (source, speaker), counts in turns.groupby(["source", "speaker"])["article_id"].agg(["nunique", "size"]).iterrows():
            self.label_turns[(source, speaker, "articles")] += int(counts["nunique"])
            self.label_turns[(source, speaker, "turns")] += int(counts["size"])
        self.registry_names.update(rows.loc[rows["speaker_how"] == "registry", "speaker"].dropna())
        if "speaker_text" in rows:
            roles = named.assign(role=named["speaker_text"].map(_role_key)).dropna(subset=["role"])
            self.role_articles.update(roles.groupby(["source", "role", "speaker"])["article_id"].nunique().to_dict())
        return self

    def merge(self, other: "CorpusFacts") -> None:
        """Add the facts gathered from other parts of the corpus."""
        for key, names in other.full_names.items():
            self.full_names.setdefault(key, set()).update(names)
        self.label_turns.update(other.label_turns)
        self.registry_names |= other.registry_names
        self.role_articles.update(other.role_articles)

    def furniture(self) -> set[tuple[str, str]]:
        """(source, speaker) of turn labels that are page furniture: one word that is no registry name,
        opening lines in at least :data:`FURNITURE_ARTICLES` articles of the source, at most
        :data:`FURNITURE_PER_ARTICLE` times in each on average (a transcript's speaker comes back)."""
        return {(source, label) for (source, label, what), articles in self.label_turns.items()
                if what == "articles" and articles >= FURNITURE_ARTICLES
                and self.label_turns[(source, label, "turns")] <= FURNITURE_PER_ARTICLE * articles}

    def role_holders(self, junk: set) -> dict[tuple[str, str], set[str]]:
        """(source, role key) -> the people the source's articles name as the holders of that bare role; a
        holder named in fewer than :data:`ROLE_ARTICLES` articles counts as another holder (one article's
        governor is not the wire's governor)."""
        found: dict[tuple[str, str], set[str]] = {}
        for (source, role, speaker), count in self.role_articles.items():
            if written_as_name(speaker) and (source, speaker) not in junk:
                found.setdefault((source, role), set()).add(speaker if count >= ROLE_ARTICLES else "")
        return found


def corpus_pass(statements: pd.DataFrame, sources: pd.Series | None, facts: CorpusFacts | None = None) -> pd.DataFrame:
    """The statements with surnames and bare roles named in full from their source and page furniture dropped.
    ``sources`` maps each article id to its source (outlet, or the file it came from; None: the
    statements have a ``source`` column); ``facts`` are the whole corpus's when ``statements`` is one
    part of it (else they are gathered from ``statements``)."""
    rows = statements if sources is None else statements.assign(source=statements["article_id"].map(sources).fillna(""))
    facts = facts if facts is not None else CorpusFacts().add(rows)
    junk = facts.furniture()
    keep = [(source, speaker) not in junk for source, speaker in zip(rows["source"], rows["speaker"])] if junk else \
        slice(None)
    rows = rows[keep].copy()
    full, registry_names, holders = facts.full_names, facts.registry_names, facts.role_holders(junk)
    candidates = rows[rows["speaker_how"].isin(["unresolved", "document", "pronoun"]) & rows["speaker"].notna()]
    found = {}
    for key in set(zip(candidates["source"], candidates["speaker"], candidates["speaker_how"])):
        name = _named_as(*key, full, holders, registry_names)
        if name is not None:
            found[key] = name
    if found:
        named = pd.Series([found.get(key) for key in zip(rows["source"], rows["speaker"], rows["speaker_how"])],
                          index=rows.index, dtype=object)
        named = named.dropna()
        rows.loc[named.index, "speaker"] = named
        found_here = named.index[rows.loc[named.index, "speaker_how"] != "pronoun"]  # (a pronoun stays one, and as sure)
        rows.loc[found_here, "speaker_how"] = "corpus"
        rows.loc[found_here, "confidence"] = "high"
    return rows.drop(columns="source")


def _named_as(source: str, speaker: str, how: str, full: dict, holders: dict, registry_names: set) -> str | None:
    """The full name a speaker takes from its source across the corpus, or None. A name with a middle
    initial is the same name without it where any source of the corpus writes it so ("Paul D. Ryan" and
    "Paul Ryan" are one speaker, as is "Ryan" then)."""
    plain = _INITIAL.sub(" ", speaker)
    if plain != speaker and any(plain in names for (_, surname), names in full.items()
                                if surname == plain.split()[-1].casefold()):
        return plain  # (whichever source writes it so: "Paul D. Ryan" in one outlet is "Paul Ryan" in another)
    surname = surname_key(speaker)
    names = {_INITIAL.sub(" ", name) for name in full.get((source, surname), set())} if surname else set()
    role = _role_key(speaker) if how == "unresolved" else None
    if role is not None and len(holders.get((source, role), set())) == 1 and "" not in holders[(source, role)]:
        return next(iter(holders[(source, role)]))  # ("the president" whom the source names as its one president)
    if len(names) == 1 and _eligible(speaker, how, names, registry_names):
        return next(iter(names))
    return None
