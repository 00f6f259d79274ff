"""``make bench``: speed and attribution figures, printed as tables. Each figure is the median of
several runs, all measured in this one process so their ratios hold on a noisy machine.

Benchmarks that need ../shared say so and are skipped when it is absent.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from benchmarks import scale

def _table(title: str, header: tuple, rows: list[tuple]) -> str:
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows)]
    line = lambda row: "  ".join(str(x).ljust(w) for x, w in zip(row, widths))
    return "\n".join([title, line(header), line(tuple("-" * w for w in widths)), *map(line, rows), ""])


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", choices=["throughput", "run", "memory", "polnear", "tone", "snapshot"], help="run one benchmark")
    args = parser.parse_args(argv)
    print(f"machine: {subprocess.run(['uname', '-srm'], capture_output=True, text=True).stdout.strip()}, "
          f"Python {sys.version.split()[0]}\n")
    if args.only in (None, "throughput"):
        print(_table(f"Statements and tone per corpus ({os.cpu_count()} cores here)",
                     ("corpus", "articles", "articles/s 1 core", "statements/s 1 core", "articles/s all cores",
                      "speed-up", "ours/naive"), scale.throughput(args.repeats)))
    if args.only in (None, "run"):
        print(_table("python -m analysis run on the sample (warm environment), median of runs",
                     ("part", "time"), scale.sample_run(args.repeats)))
    if args.only in (None, "memory"):
        print(_table("Peak memory (RSS), one process", ("corpus", "size", "peak RSS", "time"), scale.peak_memory()))
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
    if args.only in (None, "snapshot"):
        from benchmarks import snapshot

        print(_table("Statement output against its digest (benchmarks/statement_digests.json; corpora here only)",
                     ("corpus", "statements digested", "statements now", "output"), snapshot.check_digests()))


if __name__ == "__main__":
    main()
