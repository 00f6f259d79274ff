"""A precision audit that runs on any corpus: draw statements at random, judge them by reading, score again.

``python -m benchmarks.audit sample CORPUS --n 150 --seed S --out SHEET`` extracts every statement of
CORPUS and writes a random sample of them as a labelling sheet (CSV): the statement, its speaker, and
a context window with the statement marked ``[[...]]`` and the speaker's mention ``{{...}}``. A third of
the rows, drawn at random, are marked ``held-out``: their labels are for the end of a piece of work,
to check that what was tuned on the ``dev`` rows holds. ``show SHEET ROW CORPUS`` prints a wider window.

A person (or a helper) fills three columns by reading each row in context:

- ``is_statement``: ``y`` if the text is something someone said, wrote or believed (a quotation, a
  transcript turn, reported speech with a clause), ``n`` if it is a fragment, an action, a heading or
  page furniture;
- ``speaker_right``: ``y`` if the extracted speaker is who said it (a surname or a role naming the
  right person counts), ``n`` if not (only for ``is_statement = y``);
- ``gold_speaker``: who said it, written as the article's fullest form of the name ("Vladimir Putin",
  "USAir", "analysts", ``questioner`` for a questioner's turn); alternatives separated by ``|``.

``python -m benchmarks.audit score SHEET CORPUS`` extracts the sheet's articles again with today's code
and reports, per part: judged non-statements still extracted, judged statements still extracted, of
those the right speaker and the canonical name, with 95% Wilson intervals. A statement is still
extracted when a statement today covers at least half of the judged span and at least half of its own
span is in it.

``strip SHEET OUT`` writes the sheet without the corpus's words (the labels, ids and offsets only):
the form kept in ``benchmarks/audit/``, since the corpora's licences do not allow shipping their text;
``score`` needs nothing else.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import sys
from pathlib import Path

from analysis.normalise import key

LABEL_COLUMNS = ["is_statement", "speaker_right", "gold_speaker", "note"]
ID_COLUMNS = ["row", "part", "article_id", "start", "end", "kind", "speaker"]
TEXT_COLUMNS = ["statement", "context"]
WINDOW = 400
HELD_OUT_SHARE = 1 / 3


def _articles(corpus: Path, wanted: set[str] | None = None):
    from analysis.corpus import iter_articles

    for article in iter_articles([corpus]):
        if wanted is None or article.article_id in wanted:
            yield article


def _statements(article) -> list[dict]:
    from analysis.statements import statement_records

    return statement_records(article)  # (boilerplate flagged by iter_articles, as in a run; no tone needed)


def marked(text: str, row: dict, window: int = WINDOW) -> str:
    """The text around a statement, the statement in [[...]] and its speaker's mention in {{...}}."""
    start, end = int(row["start"]), int(row["end"])
    marks = [(start, "[["), (end, "]]")]
    if row.get("speaker_start") not in (None, ""):
        marks += [(int(row["speaker_start"]), "{{"), (int(row["speaker_end"]), "}}")]
    lo = max(0, min(p for p, _ in marks) - window)
    hi = min(len(text), max(p for p, _ in marks) + window)
    out, at = [], lo
    for pos, mark in sorted(marks, key=lambda m: (m[0], m[1] in ("]]", "}}"))):
        out += [text[at:pos], mark]
        at = pos
    out.append(text[at:hi])
    return ("…" if lo else "") + "".join(out) + ("…" if hi < len(text) else "")


def sample(corpus: Path, n: int, seed: int, out: Path) -> int:
    """Write a labelling sheet of ``n`` statements drawn at random (seeded) from the whole corpus."""
    rows = []
    texts = {}
    for article in _articles(corpus):
        records = _statements(article)
        if records:
            texts[article.article_id] = (article.text, article.title or "")
        rows.extend(records)
    rng = random.Random(seed)
    chosen = sorted(rng.sample(range(len(rows)), min(n, len(rows))))
    held = set(rng.sample(range(len(chosen)), round(len(chosen) * HELD_OUT_SHARE)))
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ID_COLUMNS + TEXT_COLUMNS + LABEL_COLUMNS)
        writer.writeheader()
        for number, index in enumerate(chosen, 1):
            row = rows[index]
            text, title = texts[row["article_id"]]
            writer.writerow({"row": number, "part": "held-out" if number - 1 in held else "dev",
                             "article_id": row["article_id"], "start": row["start"], "end": row["end"],
                             "kind": row["kind"], "speaker": row["speaker"] or "", "statement": row["text"],
                             "context": f"TITLE: {title}\n\n{marked(text, row)}"})
    print(f"{out}: {len(chosen)} of {len(rows)} statements ({len(held)} held out)")
    return len(chosen)


def read_sheet(sheet: Path) -> list[dict]:
    with sheet.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def show(sheet: Path, number: int, corpus: Path, window: int) -> str:
    row = next(r for r in read_sheet(sheet) if int(r["row"]) == number)
    article = next(_articles(corpus, {row["article_id"]}))
    match = next((s for s in _statements(article) if s["start"] == int(row["start"]) and s["end"] == int(row["end"])), row)
    return f"TITLE: {article.title}\nSPEAKER: {row['speaker']}\n\n{marked(article.text, match, window)}"


def strip(sheet: Path, out: Path) -> None:
    rows = read_sheet(sheet)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ID_COLUMNS + LABEL_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


# --- scoring ------------------------------------------------------------------------------------

def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of k successes in n."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


_HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "the"}


def _words(name: str) -> list[str]:
    return [w for w in key(name).casefold().replace(",", " ").split() if w not in _HONORIFICS]


def canonical(speaker: str | None, gold: str) -> bool:
    """Whether the speaker is written as (one of) the gold name(s), case and spacing aside."""
    return bool(speaker) and any(_words(speaker) == _words(g) for g in gold.split("|") if g.strip())


def same_person(speaker: str | None, gold: str) -> bool:
    """Whether the speaker names the gold speaker: the name, or part of it ("Putin" for "Vladimir Putin")."""
    if not speaker:
        return False
    said = _words(speaker)
    for name in (g for g in gold.split("|") if g.strip()):
        full = _words(name)
        if said and full and (said == full or (set(said) <= set(full) and said[-1] == full[-1])):
            return True
    return False


def _match(row: dict, statements: list[dict]) -> dict | None:
    """The statement today that shares at least half of its span with the judged span and covers at least
    half of it (the one sharing most, and of those the one whose ends are nearest the judged span's: a
    report nested in another shares all of itself with both): a longer statement around the judged one is
    another statement."""
    start, end = int(row["start"]), int(row["end"])
    best, best_fit = None, (0, 0)
    for s in statements:
        overlap = min(end, s["end"]) - max(start, s["start"])
        fit = (overlap, -abs(s["start"] - start) - abs(s["end"] - end))
        if overlap > 0 and fit > best_fit and overlap * 2 >= s["end"] - s["start"] and overlap * 2 >= end - start:
            best, best_fit = s, fit
    return best


def judged(rows: list[dict], corpus: Path) -> list[tuple[dict, dict | None]]:
    """Each labelled row with the statement extracted today at its place (or None)."""
    wanted = {r["article_id"] for r in rows}
    today = {article.article_id: _statements(article) for article in _articles(corpus, wanted)}
    return [(r, _match(r, today.get(r["article_id"], []))) for r in rows if r["is_statement"].strip() in ("y", "n")]


def _rightly(row: dict, now: dict) -> bool:
    """The speaker today is right: it names the gold speaker, or it is the speaker the judge accepted."""
    if same_person(now["speaker"], row["gold_speaker"]):
        return True
    return row["speaker_right"].strip() == "y" and key(now["speaker"] or "").casefold() == key(row["speaker"]).casefold()


def figures(pairs: list[tuple[dict, dict | None]]) -> list[tuple[str, int, int]]:
    """(figure, k, n) for one part of a sheet."""
    junk = [now for row, now in pairs if row["is_statement"].strip() == "n"]
    valid = [(row, now) for row, now in pairs if row["is_statement"].strip() == "y"]
    kept = [(row, now) for row, now in valid if now is not None]
    right = [(row, now) for row, now in kept if _rightly(row, now)]
    full = [1 for row, now in kept if canonical(now["speaker"], row["gold_speaker"])]
    extracted = len(kept) + sum(now is not None for now in junk)
    return [("judged non-statements still extracted", sum(now is not None for now in junk), len(junk)),
            ("judged statements still extracted", len(kept), len(valid)),
            ("  of those, the right speaker", len(right), len(kept)),
            ("  of those, the canonical full name", len(full), len(kept)),
            ("extracted and judged: real and rightly attributed", len(right), extracted)]


def score(sheet: Path, corpus: Path) -> str:
    pairs = judged(read_sheet(sheet), corpus)
    lines = [f"{sheet.name} on {corpus}"]
    for part in ("dev", "held-out", "all"):
        chosen = [(r, now) for r, now in pairs if part == "all" or r["part"] == part]
        lines.append(f"  {part} ({len(chosen)} judged)")
        for name, k, n in figures(chosen):
            lo, hi = wilson(k, n)
            share = f"{k / n:6.1%}" if n else "     -"
            lines.append(f"    {name:<52} {k:>4}/{n:<4} {share}  [{lo:.0%}, {hi:.0%}]")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    p = sub.add_parser("sample", help="write a labelling sheet")
    p.add_argument("corpus", type=Path)
    p.add_argument("--n", type=int, default=150)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", type=Path, required=True)
    p = sub.add_parser("score", help="score a labelled sheet against today's extraction")
    p.add_argument("sheet", type=Path)
    p.add_argument("corpus", type=Path)
    p = sub.add_parser("show", help="a wider window around one row")
    p.add_argument("sheet", type=Path)
    p.add_argument("row", type=int)
    p.add_argument("corpus", type=Path)
    p.add_argument("--window", type=int, default=1500)
    p = sub.add_parser("strip", help="the sheet without the corpus's words")
    p.add_argument("sheet", type=Path)
    p.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.action == "sample":
        sample(args.corpus, args.n, args.seed, args.out)
    elif args.action == "score":
        print(score(args.sheet, args.corpus))
    elif args.action == "show":
        print(show(args.sheet, args.row, args.corpus, args.window))
    else:
        strip(args.sheet, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
