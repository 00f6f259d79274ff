"""Tone toward a target with a trained linear model: what a sentence says about the person or thing it
mentions at ``text[start:end]``, as three probabilities (negative, neutral, positive) and one score,
P(positive) − P(negative).

The model is a multinomial logistic regression trained on NewsMTSC's training split by
``python -m benchmarks.train_tone`` (scikit-learn, a fixed seed, settings chosen on the dev sets only)
and shipped as plain JSON in ``data/tone_model.json``: every feature's three weights, one per line, the
training data's hash, the settings and the scores on dev. Predicting needs nothing but this module:
the features below, a dot product and a softmax.

The features (:func:`features`) look at the sentence with the mention masked: its words, the words of
the mention's clause and its pairs of neighbouring words, the three words on each side of the mention
by position (so "slammed ⟨target⟩" and "⟨target⟩ slammed" differ), each word weighted by its nearness
to the mention (eight on each side), the valence VADER's lexicon and the lexicon layer give the
clause's words on each side of the mention and the words near it, the clause's valence summed as VADER
sums it (a word after a negation turned, the sum normalised, with VADER's own functions), a negation in
the clause or just before the mention, and whether the mention stands inside a quotation. VADER's own
score of the clause is no feature: it did no better than that sum on dev, at 2.2 times the cost of the
clause VADER the model replaces. :func:`explain` lists the features that moved a score most.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

import vaderSentiment.vaderSentiment as vader

from . import paths
from .tone import target_analyzer, target_scope, target_tone

MODEL_FILE = paths.TONE_MODEL_FILE
CLASSES = ("negative", "neutral", "positive")

_WORD = re.compile(r"[\w’'-]+|[“”\"«»]")
_NEGATIONS = {"not", "no", "never", "n't", "nothing", "without", "nor", "neither", "cannot"}
_QUOTES = set("“”\"«»")
NEAR = 3  # words on each side of the mention read by position
WEIGHTED = 8  # words on each side of the mention weighted by their nearness


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def features(text: str, start: int, end: int) -> dict[str, float]:
    """The features of the target mentioned at ``text[start:end]`` (names: ``s:`` a word of the sentence,
    ``c:`` a word of the mention's clause, ``cb:`` a pair of neighbouring words of the clause, ``l1:`` …
    ``r3:`` the words by position, ``w:`` a word weighted by nearness; ``near_valence``, ``valence_before``,
    ``valence_after``, ``clause_compound``, ``opens_clause``, ``negated``, ``negated_clause``,
    ``valence_negated``, ``quoted``)."""
    left, right = _words(text[:start]), _words(text[end:])
    lo, hi = target_scope(text, start, end)
    before, after = _words(text[lo:start]), _words(text[end:hi])
    found = dict.fromkeys(["s:" + word for word in left] + ["s:<t>"] + ["s:" + word for word in right], 1.0)
    found.update(dict.fromkeys(["c:" + word for word in before + after], 1.0))
    clause = before + ["<t>"] + after
    found.update(dict.fromkeys(["cb:" + a + "_" + b for a, b in zip(clause, clause[1:])], 1.0))
    for k in range(1, NEAR + 1):
        found[f"l{k}:" + (left[-k] if len(left) >= k else "<s>")] = 1.0
        found[f"r{k}:" + (right[k - 1] if len(right) >= k else "</s>")] = 1.0
    lexicon = target_analyzer(True).lexicon
    _clause_valence(found, before, after, clause, lexicon)
    near: dict[str, float] = {}
    found["near_valence"] = _nearness(near, left[-WEIGHTED:][::-1], right[:WEIGHTED], lexicon)
    found.update({"w:" + word: value for word, value in near.items()})
    found["negated"] = float(bool(_NEGATIONS.intersection(left[-3:])))
    found["quoted"] = float(sum(text.count(mark, 0, start) for mark in _QUOTES) % 2 == 1)
    return found


def _nearness(near: dict[str, float], before: list[str], after: list[str], lexicon: dict) -> float:
    """Each word near the mention (``before`` it nearest first, ``after`` it) weighted by 1/distance, into
    ``near``; VADER's valence of them, weighted the same way, returned."""
    valence = 0.0
    for words in (before, after):
        for distance, word in enumerate(words, start=1):
            near[word] = near.get(word, 0.0) + 1.0 / distance
            if word in lexicon:
                valence += lexicon[word] / (4 * distance)
    return valence


def _clause_valence(found: dict[str, float], before: list[str], after: list[str], clause: list[str],
                    lexicon: dict) -> None:
    """VADER's valence of the clause's words before and after the mention, apart; the clause's valence as
    VADER sums it, each word turned by a negation among the three words before it and the sum normalised
    to −1 … +1 (``clause_compound``, with VADER's own ``negated``, ``N_SCALAR`` and ``normalize``); whether
    the mention opens its clause (a subject, as often as not); a negation in the clause, and the valence
    under it."""
    left = sum(lexicon.get(word, 0.0) for word in before) / 4
    right = sum(lexicon.get(word, 0.0) for word in after) / 4
    found["valence_before"], found["valence_after"] = left, right
    total = 0.0
    for i, word in enumerate(clause):
        valence = lexicon.get(word)
        if valence is not None:
            total += valence * vader.N_SCALAR if i and vader.negated(clause[max(0, i - 3):i]) else valence
    found["clause_compound"] = vader.normalize(total)
    found["opens_clause"] = float(not before)
    if _NEGATIONS.intersection(before + after):
        found["negated_clause"] = 1.0
        found["valence_negated"] = left + right


@lru_cache(maxsize=1)
def model(path: str | Path = MODEL_FILE) -> dict:
    """The shipped model: ``intercept`` (one per class), ``weights`` (feature -> one per class) and what
    it was trained on."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def probabilities(text: str, start: int, end: int, trained: dict | None = None) -> dict[str, float]:
    """P(negative), P(neutral), P(positive) of the target mentioned at ``text[start:end]`` (by the shipped
    model, or by ``trained``, a model of the same form): the softmax of the features times their weights."""
    trained = trained or model()
    weights = trained["weights"]
    negative, neutral, positive = trained["intercept"]
    for name, value in features(text, start, end).items():
        row = weights.get(name)
        if row is not None:
            negative += value * row[0]
            neutral += value * row[1]
            positive += value * row[2]
    top = max(negative, neutral, positive)
    exp = [math.exp(score - top) for score in (negative, neutral, positive)]
    total = sum(exp)
    return {label: e / total for label, e in zip(CLASSES, exp)}


def trained_tone(text: str, start: int, end: int) -> float:
    """Tone toward the target: P(positive) − P(negative), from −1 to +1."""
    p = probabilities(text, start, end)
    return p["positive"] - p["negative"]


def label(p: dict[str, float]) -> str:
    """The most likely class."""
    return max(CLASSES, key=lambda name: p[name])


def explain(text: str, start: int, end: int, top: int = 8) -> list[tuple[str, float]]:
    """The ``top`` features that moved the score most, with how far each pushed it toward positive (+) or
    negative (−): its value times its positive weight less its negative one."""
    weights = model()["weights"]
    pushed = [(name, value * (weights[name][2] - weights[name][0]))
              for name, value in features(text, start, end).items() if name in weights]
    return sorted(pushed, key=lambda item: abs(item[1]), reverse=True)[:top]


def score(text: str, start: int, end: int, tone_model: str = "trained", lexicon: bool = True) -> float:
    """Tone toward the target by ``tone_model``: ``trained`` (:func:`trained_tone`) or ``vader`` (VADER
    on the mention's clause, with the lexicon layer unless ``lexicon`` is False)."""
    if tone_model == "trained":
        return trained_tone(text, start, end)
    if tone_model == "vader":
        return target_tone(text, start, end, lexicon)
    raise ValueError(f"tone_model must be trained or vader, not {tone_model!r}")


def description(tone_model: str = "trained", lexicon: bool = True) -> str:
    """One sentence for a report: which model scored the tone toward targets, and how well it does."""
    if tone_model == "vader":
        return ("Tone toward each target is VADER's on the clause that mentions it"
                + (", with the news-politics lexicon layer (data/lexicon.tsv)." if lexicon else ", VADER alone."))
    dev = model()["dev"]
    return ("Tone toward each target is the trained model's (data/tone_model.json: P(positive) − P(negative) of a "
            "linear model trained on NewsMTSC's training split), which reaches macro-F1 "
            f"{dev['rw']['macro_f1']:.2f} and {dev['mt']['macro_f1']:.2f} on NewsMTSC's two dev sets "
            "(news sentences labelled by hand for the tone toward a person).")

