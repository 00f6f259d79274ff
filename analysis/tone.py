"""Tone of each statement: VADER's compound, pos, neu and neg, exactly as ``vaderSentiment`` gives them."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

TONE_COLUMNS = ["compound", "pos", "neu", "neg"]


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def tone(text: str) -> dict[str, float]:
    """``SentimentIntensityAnalyzer().polarity_scores(text)``."""
    return analyzer().polarity_scores(text)


def add_tone(statements: pd.DataFrame) -> pd.DataFrame:
    """A copy of the statements table with the four VADER scores of each statement's text."""
    scores = pd.DataFrame([tone(text) for text in statements["text"]], columns=["neg", "neu", "pos", "compound"])
    scored = statements.reset_index(drop=True).copy()
    for column in TONE_COLUMNS:
        scored[column] = scores[column].astype(float) if len(scores) else pd.Series(dtype=float)
    return scored


def speaker_summary(statements: pd.DataFrame) -> pd.DataFrame:
    """Per speaker: statements by kind and mean tone, most statements first; statements without a
    resolved speaker are grouped as ``unattributed``."""
    speaker = statements["speaker"].fillna("unattributed").rename("speaker")
    kinds = pd.crosstab(speaker, statements["kind"]).reindex(columns=["direct", "indirect", "partial"], fill_value=0)
    summary = kinds.assign(statements=kinds.sum(axis=1), mean_tone=statements.groupby(speaker)["compound"].mean())
    return summary[["statements", "direct", "indirect", "partial", "mean_tone"]].rename_axis(columns=None).sort_values(
        "statements", ascending=False
    ).round(3)
