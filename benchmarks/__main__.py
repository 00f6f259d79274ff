"""``make bench``: speed and attribution figures, printed as tables. Each figure is the median of
several runs, all measured in this one process so their ratios hold on a noisy machine.

Benchmarks that need ../shared say so and are skipped when it is absent.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis import paths

SHARED = paths.PROJ_ROOT.parent / "shared"
CORPORA = {
    "sample article": paths.SEEDS_DIR,
    "Kremlin/Ukraine": SHARED / "corpora" / "kremlin_zelenskyy_2021_2022" / "articles.jsonl.gz",
    "Reuters-21578": SHARED / "corpora" / "reuters21578" / "articles.jsonl.gz",
}


def _median_seconds(work, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def throughput(repeats: int) -> list[tuple]:
    """Articles/s and statements/s of extraction and tone on one core, per corpus."""
    from analysis.corpus import load_corpus
    from analysis.statements import article_statements
    from analysis.tone import tone

    rows = []
    for name, path in CORPORA.items():
        if not path.exists():
            rows.append((name, "skipped: needs ../shared", "", ""))
            continue
        articles, _ = load_corpus(path)
        counted = []

        def work():
            n = 0
            for article in articles:
                for statement in article_statements(article):
                    tone(statement.text)
                    n += 1
            counted.append(n)

        seconds = _median_seconds(work, repeats if len(articles) < 5000 else 1)
        rows.append((name, len(articles), f"{len(articles) / seconds:,.0f}", f"{counted[-1] / seconds:,.0f}"))
    return rows


def sample_run(repeats: int) -> list[tuple]:
    """Wall time of ``python -m analysis run`` on the sample with a warm environment."""
    times = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "analysis", "run", "--out", out], check=True, capture_output=True)
            times.append(time.perf_counter() - started)
    return [("python -m analysis run (sample)", f"{statistics.median(times):.1f} s", f"median of {repeats}")]


def _table(title: str, header: tuple, rows: list[tuple]) -> str:
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows)]
    line = lambda row: "  ".join(str(x).ljust(w) for x, w in zip(row, widths))
    return "\n".join([title, line(header), line(tuple("-" * w for w in widths)), *map(line, rows), ""])


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", choices=["throughput", "run", "polnear", "tone"], help="run one benchmark")
    args = parser.parse_args(argv)
    print(f"machine: {subprocess.run(['uname', '-srm'], capture_output=True, text=True).stdout.strip()}, "
          f"Python {sys.version.split()[0]}\n")
    if args.only in (None, "throughput"):
        print(_table("Statement extraction and tone, one core", ("corpus", "articles", "articles/s", "statements/s"),
                     throughput(args.repeats)))
    if args.only in (None, "run"):
        print(_table("Notebook sequence", ("command", "wall time", "note"), sample_run(args.repeats)))
    if args.only in (None, "tone"):
        from benchmarks import tone

        print("Tone toward a target (NewsMTSC) and statement tone (NYT editorials)")
        tone.main()
        print()
    if args.only in (None, "polnear"):
        from benchmarks import polnear

        if (polnear.POLNEAR / "dev").exists():
            print("Attribution on PolNeAR dev\n" + polnear.report(polnear.evaluate("dev"), show_examples=False) + "\n")
        else:
            print("Attribution on PolNeAR dev: skipped, needs ../shared\n")


if __name__ == "__main__":
    main()
