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
clause VADER the model replaces. The clause's pairs that hold another name are read again with that name
written as ``<o>`` (a capitalised word Punkt's model never saw in lower case): "⟨o⟩ slammed" and
"slammed ⟨o⟩" are then patterns the model learns across names, which a sentence about several people
needs. The valence of the whole sentence, divided by the square root of its length, says how charged
the sentence is around the clause. :func:`explain` lists the features that moved a score most.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import regex
import vaderSentiment.vaderSentiment as vader

from . import paths
from .tokenise import seen_in_lower_case
from .tone import target_analyzer, target_scope, target_tone

MODEL_FILE = paths.TONE_MODEL_FILE
CLASSES = ("negative", "neutral", "positive")

_WORD = re.compile(r"[\w’'-]+|[“”\"«»]")
OTHER = "<o>"  # stands in for another name in the features read with names masked
_CAPITALISED = regex.compile(r"(?<![\w’'-])\p{Lu}[\w’'-]+")  # a word of two letters or more that opens with a capital
_NEGATIONS = {"not", "no", "never", "n't", "nothing", "without", "nor", "neither", "cannot"}
_QUOTES = set("“”\"«»")
NEAR = 3  # words on each side of the mention read by position
WEIGHTED = 8  # words on each side of the mention weighted by their nearness
COUNTED = 3  # the words of valence counted on each side of the mention in its clause, at most


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def features(text: str, start: int, end: int) -> dict[str, float]:
    """The features of the target mentioned at ``text[start:end]`` (names: ``s:`` a word of the sentence,
    ``c:`` a word of the mention's clause, ``cb:`` a pair of neighbouring words of the clause, ``l1:`` …
    ``r3:`` the words by position, ``w:`` a word weighted by nearness; ``near_valence``, ``valence_before``,
    ``valence_after``, ``positive_before``, ``negative_before``, ``positive_after``, ``negative_after``, ``clause_compound``, ``opens_clause``, ``negated``, ``negated_clause``,
    ``valence_negated``, ``quoted``, ``sentence_valence``; ``mcb:`` a pair of the clause with another name
    as ``<o>``)."""
    lo, hi = target_scope(text, start, end)
    lower = text.lower()
    if len(lower) != len(text):  # (a letter whose lower case is longer: read each part apart)
        left, right, before, after = (_words(part) for part in (text[:start], text[end:], text[lo:start], text[end:hi]))
    else:
        left, right = _WORD.findall(lower, 0, start), _WORD.findall(lower, end)
        before, after = _WORD.findall(lower, lo, start), _WORD.findall(lower, end, hi)
    found = dict.fromkeys(map("s:".__add__, left), 1.0)
    found["s:<t>"] = 1.0
    found.update(dict.fromkeys(map("s:".__add__, right), 1.0))
    found.update(dict.fromkeys(map("c:".__add__, before + after), 1.0))
    clause = before + ["<t>"] + after
    found.update(dict.fromkeys(["cb:" + a + "_" + b for a, b in zip(clause, clause[1:])], 1.0))
    for k in range(1, NEAR + 1):
        found[f"l{k}:" + (left[-k] if len(left) >= k else "<s>")] = 1.0
        found[f"r{k}:" + (right[k - 1] if len(right) >= k else "</s>")] = 1.0
    lexicon = target_analyzer(True).lexicon
    _clause_valence(found, before, after, clause, lexicon)
    _names_masked(found, text, lo, hi, clause)
    found["sentence_valence"] = (sum(map(lexicon.get, left, repeat(0.0))) + sum(map(lexicon.get, right, repeat(0.0)))
                                 ) / 4 / math.sqrt(len(left) + len(right) + 1)
    near: dict[str, float] = {}
    found["near_valence"] = _nearness(near, left[-WEIGHTED:][::-1], right[:WEIGHTED], lexicon)
    found.update({"w:" + word: value for word, value in near.items()})
    found["negated"] = float(bool(_NEGATIONS.intersection(left[-3:])))
    found["quoted"] = float(sum(text.count(mark, 0, start) for mark in _QUOTES) % 2 == 1)
    return found


def _names_masked(found: dict[str, float], text: str, lo: int, hi: int, clause: list[str]) -> None:
    """The pairs of ``clause`` (the words of ``text[lo:hi]`` in lower case, the mention as ``<t>``) that
    hold another name (``mcb:``), with every other name as :data:`OTHER`: "mcb:<o>_slammed" (someone else
    slammed) and "mcb:slammed_<o>" (someone else was slammed) hold whatever the names."""
    names = {word.lower() for word in _CAPITALISED.findall(text, lo, hi) if not seen_in_lower_case(word)}
    if not names:
        return
    masked = [OTHER if word in names else word for word in clause]
    for i in [i for i, word in enumerate(masked) if word is OTHER]:
        if i:
            found["mcb:" + masked[i - 1] + "_" + OTHER] = 1.0
        if i + 1 < len(masked):
            found["mcb:" + OTHER + "_" + masked[i + 1]] = 1.0


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
    """VADER's valence of the clause's words before and after the mention, apart, and how many of them on
    each side are positive and negative (up to :data:`COUNTED`: two mild words of praise weigh as much as
    one strong one, which the sum of valences does not tell); the clause's valence as
    VADER sums it, each word turned by a negation among the three words before it and the sum normalised
    to −1 … +1 (``clause_compound``, with VADER's own ``negated``, ``N_SCALAR`` and ``normalize``); whether
    the mention opens its clause (a subject, as often as not); a negation in the clause, and the valence
    under it."""
    left = sum(map(lexicon.get, before, repeat(0.0))) / 4
    right = sum(map(lexicon.get, after, repeat(0.0))) / 4
    found["valence_before"], found["valence_after"] = left, right
    for side, words in (("before", before), ("after", after)):
        valences = [lexicon[word] for word in words if word in lexicon]
        found["positive_" + side] = min(sum(v > 0 for v in valences), COUNTED) / COUNTED
        found["negative_" + side] = min(sum(v < 0 for v in valences), COUNTED) / COUNTED
    total = 0.0
    for i in (i for i, word in enumerate(clause) if word in lexicon):
        valence = lexicon[clause[i]]
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


_DIFFERENCES: dict[int, tuple[dict, dict, tuple[float, float]]] = {}  # id(model) -> (model, weights, intercept)


def _differences(trained: dict) -> tuple[dict, tuple[float, float]]:
    """Each feature's negative and positive weights less its neutral one, and the intercepts alike: the
    softmax is the same with the neutral score at 0, and a score then costs two sums, not three."""
    held = _DIFFERENCES.get(id(trained))
    if held is None or held[0] is not trained:
        if len(_DIFFERENCES) > 8:
            _DIFFERENCES.clear()
        weights = {name: (row[0] - row[1], row[2] - row[1]) for name, row in trained["weights"].items()}
        negative, neutral, positive = trained["intercept"]
        held = _DIFFERENCES[id(trained)] = (trained, weights, (negative - neutral, positive - neutral))
    return held[1], held[2]


def probabilities(text: str, start: int, end: int, trained: dict | None = None) -> dict[str, float]:
    """P(negative), P(neutral), P(positive) of the target mentioned at ``text[start:end]`` (by the shipped
    model, or by ``trained``, a model of the same form): the softmax of the features times their weights."""
    weights, (negative, positive) = _differences(trained or model())
    get = weights.get
    for name, value in features(text, start, end).items():
        row = get(name)
        if row is not None:
            negative += value * row[0]
            positive += value * row[1]
    top = max(negative, 0.0, positive)
    exp = [math.exp(score - top) for score in (negative, 0.0, positive)]
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

