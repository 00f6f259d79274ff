"""Train the target-tone model (``data/tone_model.json``) from NewsMTSC's training split, reproducibly.

``python -m benchmarks.train_tone`` reads ``../shared/eval/newsmtsc/newsmtsc-train.jsonl``, turns each
target into the features of :func:`analysis.tone_model.features`, and fits a multinomial logistic
regression (scikit-learn, ``lbfgs``, a fixed seed) for each setting of :data:`GRID`; the setting with the
best mean macro-F1 over the rw and mt dev sets (as written: rounded and pruned) is written, with the training data's
SHA-256, the settings, the feature groups, the scores of every setting on dev and the date. Nothing but
the train and dev splits is read. ``--check`` trains again and says whether the shipped file holds the
same weights (the test does the same).
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import sys
from pathlib import Path

from analysis import tone_model
from benchmarks.tone import EVAL, macro_f1, newsmtsc_rows

TRAIN = EVAL / "newsmtsc" / "newsmtsc-train.jsonl"
DEV = {name: EVAL / "newsmtsc" / f"newsmtsc-{name}-dev.jsonl" for name in ("rw", "mt")}
SEED = 0
GRID = [{"C": c, "class_weight": None, "min_count": 1} for c in (0.05, 0.1, 0.2)]
DIGITS = 3  # weights are written rounded to this many decimals (the file stays small and diffable) ...
SMALLEST = 0.05  # ... and a feature whose three weights are all smaller than this is left out (520 KB; 0.03 kept 1.5 MB, slower to score)


def _data(path: Path):
    rows = newsmtsc_rows(path)
    return [tone_model.features(r["text"], r["start"], r["end"]) for r in rows], [r["gold"] for r in rows]


def fit(x: list[dict], y: list[str], setting: dict):
    """The vectoriser and the fitted regression for one setting (features seen fewer than ``min_count``
    times in training are left out)."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(name for row in x for name in row)
    kept = [{k: v for k, v in row.items() if seen[k] >= setting["min_count"]} for row in x]
    vectoriser = DictVectorizer(sort=True)
    matrix = vectoriser.fit_transform(kept)
    regression = LogisticRegression(C=setting["C"], class_weight=setting["class_weight"], max_iter=5000,
                                    random_state=SEED)
    regression.fit(matrix, y)
    return vectoriser, regression


def as_model(vectoriser, regression) -> dict:
    """The fitted model as :func:`analysis.tone_model.model` reads it (classes in the order of ``CLASSES``)."""
    order = [list(regression.classes_).index(label) for label in tone_model.CLASSES]
    coef = regression.coef_[order]
    weights = {name: [round(float(coef[k, j]), DIGITS) for k in range(3)]
               for j, name in enumerate(vectoriser.feature_names_) if any(abs(coef[k, j]) >= SMALLEST for k in range(3))}
    return {"classes": list(tone_model.CLASSES),
            "intercept": [round(float(regression.intercept_[k]), DIGITS) for k in order], "weights": weights}


def train() -> dict:
    """Every setting of the grid fitted and scored on dev as written, the best one kept: the model file's
    content."""
    x, y = _data(TRAIN)
    tried, fitted = [], []
    for setting in GRID:
        written = as_model(*fit(x, y, setting))
        scores = dev_scores(written)
        tried.append({**setting, **{f"{name}_{k}": v for name, s in scores.items() for k, v in s.items()}})
        fitted.append((written, scores))
        print(f"{setting}: {scores}", file=sys.stderr)
    best = max(range(len(GRID)), key=lambda k: (tried[k]["rw_macro_f1"] + tried[k]["mt_macro_f1"], -GRID[k]["C"]))
    written, scores = fitted[best]
    import sklearn

    return {"trained_on": {"file": TRAIN.name, "sha256": hashlib.sha256(TRAIN.read_bytes()).hexdigest(),
                           "targets": len(y)},
            "setting": GRID[best], "seed": SEED, "scikit_learn": sklearn.__version__,
            "features": features_described(), "dev": scores, "grid": tried,
            "date": datetime.date.today().isoformat(), **written}


def dev_scores(written: dict) -> dict:
    """Macro-F1 and accuracy on each dev set of a model as written (rounded and pruned), predicted as
    :mod:`analysis.tone_model` predicts at run time."""
    scores = {}
    for name, path in DEV.items():
        rows = newsmtsc_rows(path)
        predicted = [tone_model.label(tone_model.probabilities(r["text"], r["start"], r["end"], written)) for r in rows]
        gold = [r["gold"] for r in rows]
        scores[name] = {"macro_f1": round(macro_f1(gold, predicted), 4),
                        "accuracy": round(sum(a == b for a, b in zip(gold, predicted)) / len(gold), 4)}
    return scores


def features_described() -> dict[str, str]:
    return {"s:": "a word of the sentence, the mention as <t>", "cb:": "a pair of neighbouring words of the clause",
            "c:": "a word of the mention's clause", "l1: l2: l3: r1: r2: r3:": "the words on each side by position",
            "w:": "one of the eight words on each side, weighted by 1/distance to the mention", "near_valence": "VADER's valence of nearby words",
            "valence_before valence_after": "VADER's valence of the clause's words on each side",
            "positive_before negative_before positive_after negative_after": "how many of the clause's words on each side VADER scores positive and negative (at most three, over three)",
            "clause_compound": "the clause's valence summed as VADER sums it (negation within three words), normalised",
            "opens_clause": "the mention opens its clause", "negated_clause valence_negated": "a negation in the clause",
            "negated": "a negation among the three words before", "quoted": "the mention inside a quotation",
            "mcb:": "a pair of the clause's neighbouring words that holds another name, written <o>",
            "sentence_valence": "VADER's valence of the sentence's words, over the square root of their number"}


def write(content: dict, path: Path = tone_model.MODEL_FILE) -> None:
    """The model as JSON, one feature per line (a change of one weight is one line of a diff)."""
    import json

    head = {k: v for k, v in content.items() if k != "weights"}
    lines = [json.dumps(head, indent=1)[:-2] + ',\n "weights": {']
    lines += [f"  {json.dumps(name)}: {json.dumps(row)}," for name, row in sorted(content["weights"].items())]
    lines[-1] = lines[-1].rstrip(",")
    path.write_text("\n".join(lines) + "\n }\n}\n", encoding="utf-8")


def same_model(a: dict, b: dict) -> bool:
    """Whether two model files hold the same classes, intercepts and weights (the date aside)."""
    return all(a[k] == b[k] for k in ("classes", "intercept", "weights", "setting", "trained_on"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="train again and compare with the shipped file")
    args = parser.parse_args(argv)
    if not TRAIN.exists():
        print(f"{TRAIN} is not available: training needs ../shared", file=sys.stderr)
        return 2
    content = train()
    if args.check:
        same = same_model(content, tone_model.model())
        print("the shipped model is what the recipe gives" if same else "the shipped model differs from the recipe's")
        return 0 if same else 1
    write(content)
    print(f"{tone_model.MODEL_FILE}: {len(content['weights']):,} weights, dev {content['dev']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
