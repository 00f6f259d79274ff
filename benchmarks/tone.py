"""Tone benchmarks: tone toward a target on NewsMTSC's dev sets (macro-F1 and accuracy of
``python -m analysis target-tone``: whole-sentence VADER, clause VADER with and without the lexicon
layer, and the trained model), statement tone against the human ratings of VADER's NYT editorial
snippets (Pearson r: it must stay vaderSentiment's), and the time to score 100,000 statement–target
pairs with clause VADER and with the trained model (the last two columns: seconds, and the ratio)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from analysis import paths
from analysis.tone import target_analyzer, tone, tone_label

EVAL = paths.PROJ_ROOT.parent / "shared" / "eval"
POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


def newsmtsc_rows(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for number, target in enumerate(record["targets"]):
            rows.append({"id": f"{record['primary_gid']}#{number}", "text": record["sentence_normalized"],
                         "start": target["from"], "end": target["to"], "gold": POLARITY[target["polarity"]]})
    return rows


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    scores = []
    for label in ("negative", "neutral", "positive"):
        tp = sum(g == p == label for g, p in zip(gold, predicted))
        fp = sum(p == label != g for g, p in zip(gold, predicted))
        fn = sum(g == label != p for g, p in zip(gold, predicted))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def target_tone_cli(rows: list[dict], lexicon: bool, model: str = "vader") -> list[str]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps({k: row[k] for k in ("id", "text", "start", "end")}) + "\n")
    command = [sys.executable, "-m", "analysis", "target-tone", handle.name, "--model", model] + (
        [] if lexicon else ["--no-lexicon"])
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout.splitlines()
    Path(handle.name).unlink()
    by_id = {o["id"]: o["label"] for o in map(json.loads, out)}
    return [by_id[row["id"]] for row in rows]


def newsmtsc() -> list[tuple]:
    table = []
    for name in ("rw", "mt"):
        path = EVAL / "newsmtsc" / f"newsmtsc-{name}-dev.jsonl"
        if not path.exists():
            continue
        rows = newsmtsc_rows(path)
        gold = [row["gold"] for row in rows]
        systems = {
            "whole-sentence VADER": [tone_label(tone(row["text"])["compound"]) for row in rows],
            "target tone, VADER only": target_tone_cli(rows, lexicon=False),
            "target tone + lexicon layer": target_tone_cli(rows, lexicon=True),
            "trained model (data/tone_model.json)": target_tone_cli(rows, lexicon=True, model="trained"),
        }
        for system, predicted in systems.items():
            accuracy = sum(g == p for g, p in zip(gold, predicted)) / len(gold)
            table.append((f"NewsMTSC {name}-dev ({len(rows)})", system, f"{macro_f1(gold, predicted):.3f}",
                          f"{accuracy:.3f}"))
    return table


def nyt() -> list[tuple]:
    path = EVAL / "vader_groundtruth" / "nytEditorialSnippets_GroundTruth.txt"
    if not path.exists():
        return []
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    human = np.array([float(r[1]) for r in rows])
    table = []
    for system, scorer in (("statement compound (vaderSentiment)", lambda t: tone(t)["compound"]),
                           ("VADER + lexicon layer", lambda t: target_analyzer(True).polarity_scores(t)["compound"])):
        machine = np.array([scorer(r[2]) for r in rows])
        table.append((f"NYT editorial snippets ({len(rows)})", system, f"r = {np.corrcoef(human, machine)[0, 1]:.3f}", ""))
    return table


PAIRS = 100_000  # statement–target pairs scored by each model in the speed table


def speed(pairs: int = PAIRS, repeats: int = 3) -> list[tuple]:
    """Seconds to score ``pairs`` statement–target pairs (NewsMTSC's training sentences, cycled), with
    clause VADER and the lexicon layer and with the trained model, in this one process: each scorer warmed
    up first (its lexicon, model and Punkt's tables loaded, as a run has them), then timed ``repeats``
    times in turns, the median kept (a shared machine's pauses fall on one run, not on one scorer)."""
    import itertools
    import statistics
    import time

    from analysis import tone_model
    from analysis.tone import target_tone

    path = EVAL / "newsmtsc" / "newsmtsc-train.jsonl"
    if not path.exists():
        return []
    rows = list(itertools.islice(itertools.cycle(newsmtsc_rows(path)), pairs))
    scorers = {"clause VADER + lexicon layer": target_tone, "trained model": tone_model.trained_tone}
    timed: dict[str, list[float]] = {name: [] for name in scorers}
    for scorer in scorers.values():
        scorer(rows[0]["text"], rows[0]["start"], rows[0]["end"])
    for _ in range(repeats):
        for name, scorer in scorers.items():
            started = time.perf_counter()
            for row in rows:
                scorer(row["text"], row["start"], row["end"])
            timed[name].append(time.perf_counter() - started)
    median = {name: statistics.median(times) for name, times in timed.items()}
    base = median["clause VADER + lexicon layer"]
    return [(f"{pairs:,} statement–target pairs", name, f"{seconds:.1f} s", f"{seconds / base:.2f}×")
            for name, seconds in median.items()]


def main() -> None:
    rows = newsmtsc() + nyt()
    if not rows:
        print("Tone benchmarks: skipped, needs ../shared/eval")
        return
    rows += speed()
    widths = [max(len(str(x)) for x in col) for col in zip(("set", "system", "macro-F1", "accuracy"), *rows)]
    for row in [("set", "system", "macro-F1", "accuracy"), *rows]:
        print("  ".join(str(x).ljust(w) for x, w in zip(row, widths)))


if __name__ == "__main__":
    main()
