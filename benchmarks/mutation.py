"""``make mutation``: mutation testing (mutmut) of the code that guards data and safety, and its score
per module.

Which modules are mutated and which tests run against the mutants is set in ``pyproject.toml``
(``[tool.mutmut]``): what reaches a reader's HTML (``pages``), the run folder and its tables
(``tables``), the manifest and the reading of records (``corpus``), offsets into the article
(``normalise``) and quotation spans (``quotes``), against the tests that run that code in this process.
Slow (minutes), so not part of the test suite. ``--report`` prints the score of the last run without
running again; ``--survivors`` lists the mutants no test killed (``mutmut show NAME`` shows one).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys

from analysis import paths

MUTANTS = paths.PROJ_ROOT / "mutants"


def run(children: int) -> None:
    subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", str(children)], cwd=paths.PROJ_ROOT,
                   check=False)


def results() -> dict[str, collections.Counter]:
    """module -> how many of its mutants ended in each status (killed, survived, no tests, timeout, ...)."""
    from mutmut.stats import status_by_exit_code

    by_module: dict[str, collections.Counter] = {}
    for meta in sorted(MUTANTS.rglob("*.py.meta")):
        module = str(meta.relative_to(MUTANTS))[: -len(".meta")]
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        by_module[module] = collections.Counter(status_by_exit_code[code] for code in codes.values())
    return by_module


def table(by_module: dict[str, collections.Counter]) -> str:
    """Killed (a test failed, or the mutant hung) over all mutants: a mutant no test runs counts as
    surviving."""
    lines = ["module                   mutants  killed  survived  no tests  score", "-" * 68]
    total: collections.Counter = collections.Counter()
    for module, counts in by_module.items():
        total.update(counts)
        lines.append(_row(module, counts))
    lines.append(_row("all", total))
    return "\n".join(lines)


def _row(name: str, counts: collections.Counter) -> str:
    killed = counts["killed"] + counts["timeout"]
    every = sum(counts.values())
    score = killed / every if every else 0.0
    return (f"{name:<24} {every:>7}  {killed:>6}  {counts['survived']:>8}  {counts['no tests']:>8}  {score:>5.1%}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", action="store_true", help="print the score of the last run only")
    parser.add_argument("--survivors", action="store_true", help="also list the mutants no test killed")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    if not args.report:
        run(args.jobs)
    found = results()
    if not found:
        print("no mutation results: run `make mutation` first", file=sys.stderr)
        return 2
    print(table(found))
    if args.survivors:
        subprocess.run([sys.executable, "-m", "mutmut", "results"], cwd=paths.PROJ_ROOT, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
