"""Tone of each statement: VADER's compound, pos, neu and neg, exactly as ``vaderSentiment`` gives them."""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .normalise import readable

TONE_COLUMNS = ["compound", "pos", "neu", "neg"]


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def tone(text: str) -> dict[str, float]:
    """``SentimentIntensityAnalyzer().polarity_scores(text)``, of the text as the statement rules read it
    (:func:`analysis.normalise.readable`: a soft hyphen or zero-width space inside "terrible" does not hide
    the word; for text without such characters, exactly the text)."""
    return analyzer().polarity_scores(readable(text))


def speaker_summary(statements: pd.DataFrame) -> pd.DataFrame:
    """Per speaker: statements by kind and mean tone, most statements first; statements without a
    resolved speaker are grouped as ``unattributed``; the writer's own assessments (kind ``assessment``)
    are nobody's statements and are left out."""
    statements = statements[statements["kind"] != "assessment"]
    speaker = statements["speaker"].fillna("unattributed").rename("speaker")
    kinds = pd.crosstab(speaker, statements["kind"]).reindex(columns=["direct", "indirect", "partial"], fill_value=0)
    summary = kinds.assign(statements=kinds.sum(axis=1), mean_tone=statements.groupby(speaker)["compound"].mean())
    return summary[["statements", "direct", "indirect", "partial", "mean_tone"]].rename_axis(columns=None).sort_values(
        "statements", ascending=False
    ).round(3)


# --- tone toward a target -----------------------------------------------------------------------

# A clause ends at a semicolon, colon, dash or comma, and before a contrasting conjunction.
CLAUSE_BREAK = re.compile(r"[;:—–]|,\s+(?:but|while|whereas|although|though|yet)\b|\s+(?:but|while|whereas|although|though)\s+|,")
NEUTRAL_BAND = 0.05  # |compound| below this is neutral, as VADER's authors recommend
MASK = "someone"  # stands in for the target mention, so the target's own name carries no tone


def load_lexicon(path=None) -> dict[str, float]:
    """The news-politics lexicon layer (``data/lexicon.tsv``): term -> valence."""
    from .paths import LEXICON_FILE, data_rows

    rows = data_rows(path or LEXICON_FILE, ("term", "valence", "reason"))
    return {term: float(valence) for _, (term, valence, *_) in rows}


@lru_cache(maxsize=2)
def target_analyzer(lexicon: bool = True) -> SentimentIntensityAnalyzer:
    """VADER with the news-politics lexicon layer added (or VADER alone with ``lexicon=False``)."""
    scorer = SentimentIntensityAnalyzer()
    if lexicon:
        scorer.lexicon.update(load_lexicon())
    return scorer


def target_scope(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` around the target mention ``text[start:end]``: from the last clause
    break before it to the first one after it."""
    lo, hi = 0, len(text)
    for m in CLAUSE_BREAK.finditer(text):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi


def target_tone(text: str, start: int, end: int, lexicon: bool = True) -> float:
    """Compound tone of the words bearing on the target mentioned at ``text[start:end]``: VADER (with
    the lexicon layer) on the mention's clause, the mention itself masked."""
    lo, hi = target_scope(text, start, end)
    scoped = text[lo:start] + MASK + text[end:hi]
    return target_analyzer(lexicon).polarity_scores(scoped)["compound"]


def tone_label(compound: float, band: float = NEUTRAL_BAND) -> str:
    return "positive" if compound >= band else "negative" if compound <= -band else "neutral"


def summary_note(statements: pd.DataFrame) -> str:
    """One sentence on what the tone report rests on: how many statements, speakers and unattributed
    statements; or that no statement was found, and so nothing can be shown."""
    said = statements[statements["kind"] != "assessment"]
    if said.empty:
        return ("No statement was found in this corpus, so there is no tone to show: 01_statements lists the "
                "articles that were read.")
    unattributed = int(said["speaker"].isna().sum())
    return (f"{len(said):,} statements by {said['speaker'].nunique():,} speakers"
            + (f"; {unattributed:,} have no speaker and appear as unattributed." if unattributed else "."))
