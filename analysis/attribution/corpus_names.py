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

import pandas as pd

from .entities import has_title, is_bare_role, surname_key, written_as_name
from .vocabulary import is_given_name

FURNITURE_ARTICLES = 5  # a label opening lines in at least this many articles of one source ...
FURNITURE_PER_ARTICLE = 1.5  # ... this many times or fewer in each, on average, is page furniture


def _full_names(rows: pd.DataFrame) -> dict[tuple[str, str], set[str]]:
    """(source, surname in lower case) -> the full names of people the source's statements give."""
    named = rows[rows["speaker_how"].isin(["registry", "document"]) & rows["speaker"].notna()]
    found: dict[tuple[str, str], set[str]] = {}
    for source, speaker in named[["source", "speaker"]].drop_duplicates().itertuples(index=False):
        if written_as_name(speaker):
            found.setdefault((source, speaker.split()[-1].casefold()), set()).add(speaker)
    return found


def _role_key(mention) -> str | None:
    """A bare role as a key: "The President", "the  president" -> "president"; None for anything else."""
    if not isinstance(mention, str) or not is_bare_role(mention):
        return None
    words = mention.lower().split()
    return " ".join(words[1:] if words[0] == "the" else words)


ROLE_ARTICLES = 3  # a source names the holder of a bare role in at least this many articles to be believed


def _role_holders(rows: pd.DataFrame) -> dict[tuple[str, str], set[str]]:
    """(source, role key) -> the people the source's articles name as the holders of that bare role; a
    holder named in fewer than :data:`ROLE_ARTICLES` articles counts as another holder (one article's
    governor is not the wire's governor)."""
    if "speaker_text" not in rows:
        return {}
    named = rows[rows["speaker_how"].isin(["registry", "document"]) & rows["speaker"].notna()]
    named = named.assign(role=named["speaker_text"].map(_role_key)).dropna(subset=["role"])
    found: dict[tuple[str, str], set[str]] = {}
    articles = named.groupby(["source", "role", "speaker"])["article_id"].nunique()
    for (source, role, speaker), count in articles.items():
        if written_as_name(speaker):
            found.setdefault((source, role), set()).add(speaker if count >= ROLE_ARTICLES else "")
    return found


def _eligible(speaker, how: str, names: set[str], registry_names: set[str]) -> bool:
    """Whether a speaker may take the one full name its source gives its surname: always when the
    registry knows that name; else when the name opens with a given name (:func:`is_given_name`: "Kiichi
    Miyazawa", not "Bond Dealers" or "Neither Pennzoil") and the speaker is a surname with a title ("Ms.
    Lee"), one its article left unresolved, or a word written as a surname is ("Funaro", not "GM")."""
    name = next(iter(names))
    return name in registry_names or (is_given_name(name.split()[0]) and (
        how == "unresolved" or has_title(speaker) or speaker[1:].islower()))


def furniture(rows: pd.DataFrame) -> set[tuple[str, str]]:
    """(source, speaker) of turn labels that are page furniture: one word that is no registry name,
    opening lines in at least :data:`FURNITURE_ARTICLES` articles of the source, at most
    :data:`FURNITURE_PER_ARTICLE` times in each on average (a transcript's speaker comes back)."""
    labels = rows[(rows["cue"] == ":") & rows["speaker"].notna() & (rows["speaker_how"] != "registry")]
    labels = labels[~labels["speaker"].str.contains(" ", regex=False)]
    if labels.empty:
        return set()
    turns = labels.drop_duplicates(["article_id", "speaker_start"])
    counts = turns.groupby(["source", "speaker"])["article_id"].agg(["nunique", "size"])
    flagged = counts[(counts["nunique"] >= FURNITURE_ARTICLES) & (counts["size"] <= FURNITURE_PER_ARTICLE * counts["nunique"])]
    return set(flagged.index)


def corpus_pass(statements: pd.DataFrame, sources: pd.Series) -> pd.DataFrame:
    """The statements with surnames and bare roles named in full from their source and page furniture dropped.
    ``sources`` maps each article id to its source (outlet, or the file it came from)."""
    rows = statements.assign(source=statements["article_id"].map(sources).fillna(""))
    full = _full_names(rows)
    junk = furniture(rows)
    keep = [(source, speaker) not in junk for source, speaker in zip(rows["source"], rows["speaker"])]
    rows = rows[keep].copy()
    registry_names = set(rows.loc[rows["speaker_how"] == "registry", "speaker"].dropna())
    holders = _role_holders(rows)
    for index, source, speaker, how in rows[["source", "speaker", "speaker_how"]].itertuples():
        surname = surname_key(speaker) if isinstance(speaker, str) and how in ("unresolved", "document") else None
        names = full.get((source, surname), set()) if surname else set()
        role = _role_key(speaker) if how == "unresolved" else None
        if role is not None and len(holders.get((source, role), set())) == 1 and "" not in holders[(source, role)]:
            names = holders[(source, role)]  # ("the president" whom the source names as its one president)
        elif not (len(names) == 1 and _eligible(speaker, how, names, registry_names)):
            continue
        rows.at[index, "speaker"] = next(iter(names))
        rows.at[index, "speaker_how"] = "corpus"
        rows.at[index, "confidence"] = "high"
    return rows.drop(columns="source")
