"""Scale benchmarks: throughput on one core and on every core, the naive notebook a researcher
would write instead, peak memory at 1x and 10x a corpus, and the wall time of a run on the sample.
Each figure is the median of several runs where the run is short, all measured in one process."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis import paths

SHARED = paths.PROJ_ROOT.parent / "shared" / "corpora"
CORPORA = {
    "sample article": paths.SEEDS_DIR,
    "Kremlin/Ukraine": SHARED / "kremlin_zelenskyy_2021_2022" / "articles.jsonl.gz",
    "Reuters, first 3,000": SHARED / "reuters21578" / "articles.jsonl.gz",  # (its first 3,000 records)
    "Reuters-21578": SHARED / "reuters21578" / "articles.jsonl.gz",
}
FIRST = {"Reuters, first 3,000": 3000}


def _ours(path: Path, jobs: int) -> tuple[float, int, int]:
    from analysis import batch

    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        result = batch.process_corpus(path, out, jobs=jobs, progress=False)
        return time.perf_counter() - started, result.articles, result.statements


def _naive(path: Path) -> float:
    """What a researcher would write: read the corpus with pandas, Punkt sentences, VADER on every
    sentence with pandas ``apply``. Timed from reading the corpus, as ours is."""
    import pandas as pd
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from analysis.tokenise import punkt_parameters

    # (NLTK's Punkt as it comes, with the same pretrained model: not the project's faster setup)
    tokenizer = PunktSentenceTokenizer(punkt_parameters())
    started = time.perf_counter()
    if path.is_dir():
        frame = pd.DataFrame({"text": [p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt"))]})
    else:
        frame = pd.read_json(path, lines=True)
        frame = frame.rename(columns={"body": "text"})
    frame = frame[frame["text"].fillna("").str.strip() != ""]
    analyzer = SentimentIntensityAnalyzer()
    sentences = frame["text"].apply(tokenizer.tokenize).explode().dropna().to_frame("sentence")
    sentences["compound"] = sentences["sentence"].apply(lambda s: analyzer.polarity_scores(s)["compound"])
    sentences.groupby(level=0)["compound"].mean()
    return time.perf_counter() - started


def _first(path: Path, records: int, folder: Path) -> Path:
    """The first ``records`` records of a JSONL corpus, as a corpus of their own."""
    import gzip
    import itertools

    first = folder / f"{path.name.split('.')[0]}-first-{records}.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as source, gzip.open(first, "wt", encoding="utf-8") as out:
        out.writelines(itertools.islice(source, records))
    return first


def throughput(repeats: int) -> list[tuple]:
    """Per corpus: articles and statements per second on one core, articles per second on every core
    (``--jobs N``), the speed-up (median against median, runs of one and of every core taking turns,
    after a warm-up), and ours against the naive notebook."""
    rows = []
    cores = os.cpu_count() or 1
    _ours(paths.SEEDS_DIR, 1)  # (warm-up: imports and registries, as in a notebook's second run)
    folder = tempfile.TemporaryDirectory()
    for name, path in CORPORA.items():
        if not path.exists():
            rows.append((name, "skipped: needs ../shared", "", "", "", "", ""))
            continue
        path = _first(path, FIRST[name], Path(folder.name)) if name in FIRST else path
        n = repeats if name != "Reuters-21578" else 1
        one, every = [], []
        for _ in range(n):
            one.append(_ours(path, 1))
            every.append(_ours(path, cores))
        naive = [_naive(path) for _ in range(n)]
        t1 = statistics.median(t for t, _, _ in one)
        tn = statistics.median(t for t, _, _ in every)
        tnaive = statistics.median(naive)
        articles, statements = one[0][1], one[0][2]
        rows.append((name, articles, f"{articles / t1:,.0f}", f"{statements / t1:,.0f}", f"{articles / tn:,.0f}",
                     f"{t1 / tn:.2f}x", f"{tnaive / t1:.2f}"))
    folder.cleanup()
    return rows


# The process's own peak: on Linux, ``ru_maxrss`` of a child started by ``subprocess`` carries the
# parent's peak over, so the benchmark's own memory would show up in it; VmHWM is this process's alone.
_PEAK = """
import resource, sys
from pathlib import Path
from analysis import batch
batch.process_corpus(sys.argv[1], sys.argv[2], jobs=1, progress=False)
status = Path("/proc/self/status")
if status.exists():
    print(next(line.split()[1] for line in status.read_text().splitlines() if line.startswith("VmHWM:")))
else:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_memory(times: int = 10) -> list[tuple]:
    """Peak RSS of one process handling the Reuters corpus once, then replicated ``times`` times
    (each copy's text and id marked, so none is dropped as a duplicate)."""
    import gzip

    source = CORPORA["Reuters-21578"]
    if not source.exists():
        return [("Reuters-21578", "skipped: needs ../shared", "", "")]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        replicated = Path(folder) / f"reuters-x{times}.jsonl"
        with gzip.open(source, "rt", encoding="utf-8") as original, open(replicated, "w", encoding="utf-8") as out:
            lines = original.readlines()
            for copy in range(times):
                for line in lines:
                    record = json.loads(line)
                    record["newid"] = f"{record['newid']}-{copy}"
                    if record.get("body"):
                        record["body"] = f"{record['body']} [copy {copy}]"
                    out.write(json.dumps(record) + "\n")
        for label, path in (("1x", source), (f"{times}x", replicated)):
            started = time.perf_counter()
            peak = peak_rss_mb(path, Path(folder) / f"out-{label}")
            rows.append(("Reuters-21578", label, f"{peak:,.0f} MB", f"{time.perf_counter() - started:,.0f} s"))
    return rows


def peak_rss_mb(corpus: Path, out: Path) -> float:
    """Peak RSS, in MB, of a fresh process that runs the batch on ``corpus`` into ``out``."""
    done = subprocess.run([sys.executable, "-c", _PEAK, str(corpus), str(out)], capture_output=True, text=True, check=True)
    return int(done.stdout.split()[-1]) / 1024


def sample_run(repeats: int) -> list[tuple]:
    """Wall time of ``python -m analysis run`` on the sample, split as the runner records it."""
    runs = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "analysis", "run", "--out", out], capture_output=True, text=True,
                                  check=True)
            wall = time.perf_counter() - started
            timings = json.loads((Path(done.stdout.strip()).parent / "timings.json").read_text())
            runs.append({**timings, "wall (command)": wall})
    keys = list(runs[0])
    return [(key, f"{statistics.median(r[key] for r in runs):.2f} s") for key in keys]
