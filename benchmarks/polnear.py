"""Attribution benchmark on PolNeAR (../shared/eval/polnear): content P/R/F1, source accuracy and
end-to-end F1 of ``python -m analysis statements``, with errors by category.

Matching: within an article, predicted statements and gold Content spans are paired one to one,
best overlap first, when |intersection| / |union| of their characters reaches the threshold (0.3;
0.8 is reported too). Characters in the gaps of a discontinuous gold span count for neither side.
Which statements are scored (``--statements``): by default the first-hand ones. A statement with a
``parent`` (a partial quote inside reported speech, or a report nested in another report of the same
speaker: "he said he thinks ...") is part of its parent's words, and one ``via`` another speaker's
statement ("Trump said that Putin thanked him") is reported second hand inside its words: both are
scored with the statement they sit in, not on their own. ``top-level`` scores second-hand statements
on their own too, ``all`` every statement. A matched pair's source is correct when the speaker
mention overlaps the gold Source span.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from analysis import paths

POLNEAR = paths.PROJ_ROOT.parent / "shared" / "eval" / "polnear"
QUOTE_MARKS = re.compile(r"[\"“”«»]|''|``")


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    cue: str
    quoted: bool


def _spans(field: str) -> list[tuple[int, int]]:
    return [tuple(int(x) for x in part.split()) for part in field.split(";")]


def read_ann(path: Path, text: str) -> list[Gold]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        # A span's text may run over several lines; only lines starting "T<n><tab>" or "E<n><tab>" are records.
        if re.match(r"T\d+\t", line):
            ident, middle, _ = line.split("\t", 2)
            kind, _, offsets = middle.partition(" ")
            spans[ident] = (kind, _spans(offsets))
        elif re.match(r"E\d+\t", line):
            ident, body = line.split("\t", 1)
            events.append(dict(part.split(":", 1) for part in body.split()))
    gold = []
    for event in events:
        roles = {key: spans[value][1] for key, value in event.items() if value in spans and key != "Attribution"}
        if "Content" not in roles:
            continue
        content = roles["Content"]
        cue = " ".join(text[s:e] for s, e in roles.get("Cue", []))
        gold.append(Gold(content, roles.get("Source", []), cue,
                         any(QUOTE_MARKS.search(text[max(0, s - 1):e + 1]) for s, e in content)))
    return gold


def annotation_for(split_dir: Path, stem: str) -> Path | None:
    candidates = sorted((split_dir / "attributions").glob(f"{stem}_*.ann"))
    return candidates[0] if candidates else None


def _chars(spans) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def _gaps(spans) -> set[int]:
    ordered = sorted(spans)
    return {i for (_, e), (s, _) in zip(ordered, ordered[1:]) for i in range(e, s)}


def match(pred: list[dict], gold: list[Gold], threshold: float) -> list[tuple[int, int]]:
    pairs = []
    for gi, g in enumerate(gold):
        g_chars, gaps = _chars(g.content), _gaps(g.content)
        for pi, p in enumerate(pred):
            p_chars = _chars(p.get("parts") or [(p["start"], p["end"])]) - gaps
            inter = len(p_chars & g_chars)
            if inter:
                iou = inter / len(p_chars | g_chars)
                if iou >= threshold:
                    pairs.append((iou, pi, gi))
    used_p, used_g, chosen = set(), set(), []
    for _, pi, gi in sorted(pairs, reverse=True):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            chosen.append((pi, gi))
    return chosen


def _overlaps(start, end, spans) -> bool:
    return start is not None and any(start < e and s < end for s, e in spans)


def _f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


SCORED = {  # which statements the benchmark scores, by --statements
    "first-hand": lambda row: row.get("parent") is None and row.get("via") is None,
    "top-level": lambda row: row.get("parent") is None,
    "all": lambda row: True,
}


def predict(text_dir: Path, statements: str = "first-hand") -> tuple[dict[str, list[dict]], float]:
    """Statements of ``python -m analysis statements`` by article, and the seconds the command took.
    Only the ``statements`` of :data:`SCORED` are kept."""
    started = time.perf_counter()
    # (every file is scored: one text saved under two names is two gold articles)
    out = subprocess.run([sys.executable, "-m", "analysis", "statements", "--keep-duplicates", str(text_dir)],
                         capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - started
    by_article = collections.defaultdict(list)
    for line in out.stdout.splitlines():
        row = json.loads(line)
        if SCORED[statements](row):
            by_article[row["article_id"]].append(row)
    return by_article, elapsed


def extraction_speed(text_dir: Path, repeats: int = 7) -> dict[str, float]:
    """Articles per second on one core, in this process: statement extraction alone (what the
    attribution peers do) and with each statement's tone. The best of ``repeats`` runs: on a shared
    machine the other runs measure the neighbours as much as the code."""
    from analysis.corpus import load_corpus
    from analysis.statements import article_statements
    from analysis.tokenise import sentence_tokenizer
    from analysis.tone import tone

    articles, _ = load_corpus(text_dir, keep_duplicates=True)
    for article in articles:  # warm the registries and the Punkt model
        article_statements(article)
    remembered = sentence_tokenizer().text_contains_sentbreak
    speeds = {}
    for label, with_tone in (("attribution", False), ("attribution and tone", True)):
        times = []
        for _ in range(repeats):
            remembered.cache_clear()  # each run meets the articles as new: no decision carried over
            started = time.perf_counter()
            for article in articles:
                for statement in article_statements(article):
                    if with_tone:
                        tone(statement.text)
            times.append(time.perf_counter() - started)
        speeds[label] = len(articles) / min(times)
    return speeds


def evaluate(split: str = "dev", show_errors: int = 12, statements: str = "first-hand", speed: bool = True) -> dict:
    """Scores of the split (and, with ``speed``, articles per second on one core)."""
    split_dir = POLNEAR / split
    if not split_dir.exists():
        raise SystemExit(f"{split_dir} is not available: the PolNeAR benchmark needs ../shared")
    predictions, _ = predict(split_dir / "text", statements)
    totals = collections.Counter()
    errors = collections.Counter()
    examples = collections.defaultdict(list)
    for text_path in sorted((split_dir / "text").glob("*.txt")):
        ann = annotation_for(split_dir, text_path.stem)
        if ann is None:
            continue
        with open(text_path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        gold = read_ann(ann, text)
        pred = predictions.get(text_path.stem, [])
        totals["gold"] += len(gold)
        totals["pred"] += len(pred)
        totals["gold_quoted"] += sum(g.quoted for g in gold)
        for threshold, key in ((0.3, "03"), (0.8, "08")):
            pairs = match(pred, gold, threshold)
            totals[f"matched_{key}"] += len(pairs)
            for pi, gi in pairs:
                p, g = pred[pi], gold[gi]
                right = _overlaps(p["speaker_start"], p["speaker_end"], g.source)
                totals[f"source_ok_{key}"] += right
                if key == "03":
                    totals["matched_quoted"] += g.quoted
                    if not right:
                        # (the writer's own assessment names no speaker, so its source never counts as right)
                        kind = "no speaker" if p["speaker_start"] is None else (
                            "pronoun" if p["speaker_text"].lower() in {"he", "she", "they", "it", "i", "we", "who"} else "other mention")
                        errors[f"wrong source ({kind})"] += 1
                        examples[f"wrong source ({kind})"].append(f"{text_path.stem}: {p['speaker_text']!r} for "
                                                                 f"{text[slice(*g.source[0])] if g.source else None!r}")
            if key == "03":
                matched_g = {gi for _, gi in pairs}
                matched_p = {pi for pi, _ in pairs}
                for gi, g in enumerate(gold):
                    if gi not in matched_g:
                        cue = g.cue.lower().split()[-1] if g.cue else "(no cue)"
                        category = f"missed {'quoted' if g.quoted else 'unquoted'}"
                        errors[category] += 1
                        errors[f"missed cue: {cue}"] += 1
                        examples[category].append(f"{text_path.stem}: [{g.cue}] {text[slice(*g.content[0])][:90]!r}")
                for pi, p in enumerate(pred):
                    if pi not in matched_p:
                        errors[f"false {p['kind']} ({p['cue']})"] += 1
                        errors[f"false {p['kind']}"] += 1
                        examples[f"false {p['kind']}"].append(f"{text_path.stem}: [{p['cue']}] {p['text'][:90]!r}")
    result = {}
    for key in ("03", "08"):
        precision = totals[f"matched_{key}"] / totals["pred"] if totals["pred"] else 0.0
        recall = totals[f"matched_{key}"] / totals["gold"] if totals["gold"] else 0.0
        source = totals[f"source_ok_{key}"] / totals[f"matched_{key}"] if totals[f"matched_{key}"] else 0.0
        e2e_p = totals[f"source_ok_{key}"] / totals["pred"] if totals["pred"] else 0.0
        e2e_r = totals[f"source_ok_{key}"] / totals["gold"] if totals["gold"] else 0.0
        result[key] = {"precision": precision, "recall": recall, "f1": _f1(precision, recall),
                       "source_accuracy": source, "end_to_end_f1": _f1(e2e_p, e2e_r)}
    quoted, unquoted = totals["gold_quoted"], totals["gold"] - totals["gold_quoted"]
    result["recall_quoted"] = totals["matched_quoted"] / quoted if quoted else 0.0
    result["recall_unquoted"] = (totals["matched_03"] - totals["matched_quoted"]) / unquoted if unquoted else 0.0
    result["totals"] = dict(totals)
    result["articles_per_second"] = extraction_speed(split_dir / "text") if speed else {}
    result["errors"] = errors
    result["examples"] = {k: v[:show_errors] for k, v in examples.items()}
    return result


def report(result: dict, show_examples: bool = True) -> str:
    lines = [f"gold attributions {result['totals']['gold']}, predicted statements {result['totals']['pred']}",
             f"{'overlap':>8} {'P':>6} {'R':>6} {'F1':>6} {'source':>7} {'e2e F1':>7}"]
    for key, label in (("03", "0.3"), ("08", "0.8")):
        r = result[key]
        lines.append(f"{label:>8} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
                     f"{r['source_accuracy']:7.3f} {r['end_to_end_f1']:7.3f}")
    lines.append(f"recall with quote marks {result['recall_quoted']:.3f}, without {result['recall_unquoted']:.3f}")
    lines.append("speed, one core: " + ", ".join(f"{label} {value:.0f} articles/s"
                                                for label, value in result["articles_per_second"].items()))
    errors = result["errors"].most_common()
    detail = ("missed cue", "false direct (", "false indirect (", "false partial (", "false assessment (")
    lines.append("errors by category: " + ", ".join(f"{k} {v}" for k, v in errors if not k.startswith(detail)))
    lines.append("missed, by gold cue: " + ", ".join(f"{k[12:]} {v}" for k, v in errors if k.startswith("missed cue"))[:400])
    lines.append("false, by cue: " + ", ".join(f"{k[6:]} {v}" for k, v in errors if k.startswith(detail[1:]))[:400])
    if show_examples:
        for category, items in result["examples"].items():
            lines.append(f"-- {category}")
            lines.extend(f"   {item}" for item in items)
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "train"], default="dev")
    parser.add_argument("--examples", action="store_true", help="print example errors per category")
    parser.add_argument("--statements", choices=sorted(SCORED), default="first-hand",
                        help="which statements to score: first-hand ones (default), every one without a parent "
                             "(top-level: second-hand reports too), or all (partial quotes too)")
    args = parser.parse_args(argv)
    print(report(evaluate(args.split, statements=args.statements), show_examples=args.examples))


if __name__ == "__main__":
    main()
