"""Every field of every statement on the shared corpora, recorded once and compared after a change.

``python -m benchmarks.snapshot record DIR`` writes one ``<corpus>.jsonl.gz`` per corpus into DIR;
``python -m benchmarks.snapshot compare DIR`` extracts again and prints, per corpus, how many
statements differ in which field, with a few examples. A refactoring is done when the comparison
shows no difference; a fix shows only the differences it means to make.

The recordings hold the corpora's words and stay on the developer's machine; what the repository keeps
is a digest per corpus (``benchmarks/statement_digests.json``: how many statements, and a SHA-256 over
every field of every one). ``make bench`` (``--only snapshot``) says for each corpus here whether its
output is still the one digested; ``python -m benchmarks.snapshot digest`` rewrites the digests once a
change of output is meant (and explained). The sample's digest is also a test.

Corpora: the sample article, PolNeAR dev and train (each text under each of its names), the
Kremlin/Ukraine releases and the first 3,000 Reuters articles with a body. Those in ../shared are
skipped, with a line saying so, where it is absent.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import hashlib
import itertools
import json
import sys
from pathlib import Path

from analysis import paths

SHARED = paths.PROJ_ROOT.parent / "shared"
REUTERS_ARTICLES = 3000
DIGESTS_FILE = Path(__file__).resolve().parent / "statement_digests.json"


def corpora() -> dict[str, tuple[Path, int | None, bool]]:
    """name -> (path, how many articles at most, whether repeats are kept)."""
    return {
        "sample": (paths.SEEDS_DIR, None, False),
        "polnear-dev": (SHARED / "eval" / "polnear" / "dev" / "text", None, True),
        "polnear-train": (SHARED / "eval" / "polnear" / "train" / "text", None, True),
        "kremlin-ukraine": (SHARED / "corpora" / "kremlin_zelenskyy_2021_2022" / "articles.jsonl.gz", None, False),
        "reuters-3000": (SHARED / "corpora" / "reuters21578" / "articles.jsonl.gz", REUTERS_ARTICLES, False),
    }


def statements_of(path: Path, limit: int | None, keep_duplicates: bool) -> list[dict]:
    """Every statement record (every field the statements table holds) of the corpus at ``path``."""
    from analysis.batch import article_records
    from analysis.corpus import iter_articles

    articles = itertools.islice(iter_articles([path], keep_duplicates=keep_duplicates), limit)
    return [record for article in articles for record in article_records(article)]


def _available(selected: list[str] | None):
    for name, (path, limit, keep) in corpora().items():
        if selected and name not in selected:
            continue
        if not path.exists():
            print(f"{name}: skipped, {path} is not here", file=sys.stderr)
            continue
        yield name, path, limit, keep


def record(folder: Path, selected: list[str] | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, path, limit, keep in _available(selected):
        rows = statements_of(path, limit, keep)
        with gzip.open(folder / f"{name}.jsonl.gz", "wt", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        print(f"{name}: {len(rows)} statements recorded")


def digest(rows: list[dict]) -> str:
    """SHA-256 over every field of every statement, in order (the same on any machine)."""
    sha = hashlib.sha256()
    for row in rows:
        sha.update(json.dumps(row, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8") + b"\n")
    return sha.hexdigest()


def recorded_digests() -> dict[str, dict]:
    return json.loads(DIGESTS_FILE.read_text(encoding="utf-8")) if DIGESTS_FILE.exists() else {}


def write_digests(selected: list[str] | None = None) -> None:
    """Digest the corpora here into DIGESTS_FILE, keeping the recorded digests of those not here."""
    digests = recorded_digests()
    for name, path, limit, keep in _available(selected):
        rows = statements_of(path, limit, keep)
        digests[name] = {"statements": len(rows), "sha256": digest(rows)}
        print(f"{name}: {len(rows)} statements digested")
    DIGESTS_FILE.write_text(json.dumps(digests, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def check_digests(selected: list[str] | None = None) -> list[tuple]:
    """Per corpus here: (corpus, statements digested, statements now, whether the output is the one digested)."""
    digests = recorded_digests()
    rows = []
    for name, path, limit, keep in _available(selected):
        now = statements_of(path, limit, keep)
        before = digests.get(name)
        same = "no digest" if before is None else "identical" if before["sha256"] == digest(now) else "DIFFERENT"
        rows.append((name, before["statements"] if before else "-", len(now), same))
    return rows


def _key(row: dict) -> tuple:
    """What makes a statement itself (its id moves when one before it comes or goes)."""
    return (row["article_id"], row["start"], row["end"], row["kind"], row["speaker_start"] or -1,
            row["speaker_end"] or -1, row["cue_start"] or -1)


def compare(folder: Path, selected: list[str] | None = None, examples: int = 5) -> int:
    """Print the differences against the recording in ``folder``; the number of differing statements."""
    total = 0
    for name, path, limit, keep in _available(selected):
        recorded_file = folder / f"{name}.jsonl.gz"
        if not recorded_file.exists():
            print(f"{name}: nothing recorded in {folder}")
            continue
        with gzip.open(recorded_file, "rt", encoding="utf-8") as handle:
            before = {_key(row): row for row in map(json.loads, handle)}
        after = {_key(row): json.loads(json.dumps(row, ensure_ascii=False, default=str))
                 for row in statements_of(path, limit, keep)}
        gone = [before[k] for k in before.keys() - after.keys()]
        new = [after[k] for k in after.keys() - before.keys()]
        fields: collections.Counter = collections.Counter()
        changed = []
        for k in before.keys() & after.keys():
            differing = [f for f in before[k] if before[k][f] != after[k].get(f)]
            if differing:
                fields.update(differing)
                changed.append((before[k], after[k], differing))
        total += len(gone) + len(new) + len(changed)
        print(f"{name}: {len(before)} before, {len(after)} after; {len(gone)} gone, {len(new)} new, "
              f"{len(changed)} changed" + (f" ({dict(fields.most_common())})" if fields else ""))
        for row in sorted(gone, key=_key)[:examples]:
            print(f"  - gone {row['statement_id']} [{row['speaker']}] {row['text'][:100]!r}")
        for row in sorted(new, key=_key)[:examples]:
            print(f"  + new  {row['statement_id']} [{row['speaker']}] {row['text'][:100]!r}")
        for old, now, differing in sorted(changed, key=lambda c: _key(c[0]))[:examples]:
            print(f"  ~ {old['statement_id']}: " + "; ".join(f"{f}: {old[f]!r} -> {now.get(f)!r}" for f in differing))
    return total


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["record", "compare", "digest"])
    parser.add_argument("folder", type=Path, nargs="?", help="where recordings go (record, compare)")
    parser.add_argument("--corpus", action="append", help="only this corpus (repeatable): " + ", ".join(corpora()))
    parser.add_argument("--examples", type=int, default=5)
    args = parser.parse_args(argv)
    if args.action == "digest":
        write_digests(args.corpus)
        return 0
    if args.folder is None:
        parser.error(f"{args.action} needs a folder")
    if args.action == "record":
        record(args.folder, args.corpus)
        return 0
    return 1 if compare(args.folder, args.corpus, args.examples) else 0


if __name__ == "__main__":
    sys.exit(main())
