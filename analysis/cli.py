"""Command line: ``python -m analysis run`` (the notebook sequence) and ``python -m analysis statements``.

Exit codes: 0 success; 1 a notebook failed (its executed copy keeps the error); 2 bad input
(a missing or unreadable corpus, an unknown or mistyped parameter), with one line on stderr naming
the path or parameter and the problem; 3 finished, but the analysis of some articles failed: each is
named on stderr and in the manifest (status ``failed``, with the error), the reports hold everything
else, and ``reports/latest`` moves to the run. ``--strict`` stops at the first such failure instead,
with its traceback (exit 1).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from . import runner
from .corpus import CorpusError
from .runner import EXIT_BAD_INPUT, EXIT_SOME_FAILED, ParameterError

STATEMENT_FIELDS = [
    "article_id", "statement_id", "kind", "text", "start", "end", "speaker", "speaker_text", "speaker_start",
    "speaker_end", "cue", "cue_start", "cue_end", "parent", "parts", "via", "compound", "pos", "neu", "neg",
]


FIELD_OPTIONS = ["text", "date", "title", "source", "url", "id"]


def _add_field_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("input field names (where the defaults do not find them)")
    for name in FIELD_OPTIONS:
        group.add_argument(f"--{name}-field", metavar="NAME", default="", help=f"field holding the article {name}")


def _add_scale_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("scale")
    group.add_argument("--jobs", type=int, default=0, metavar="N", help="worker processes (default: every core)")
    group.add_argument("--scheduler", default="", metavar="ADDRESS", help="run on the Dask scheduler at ADDRESS")
    group.add_argument("--partition-size", type=int, default=100, metavar="N", help="input records per partition")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the notebook sequence and render HTML reports")
    run.add_argument("--corpus", help="article file, folder or corpus file (default: the notebooks' default, seeds/)")
    run.add_argument("--params", metavar="FILE.yml", help="notebook parameters as a YAML mapping")
    run.add_argument("-p", "--param", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                     help="one parameter; VALUE is read as YAML, so [a, b] is a list and 3 an int")
    run.add_argument("--out", metavar="DIR", help="where run folders go (default: reports/)")
    run.add_argument("--show-code", action="store_true",
                     help="show the code cells in the HTML reports (hidden by default; the executed notebooks keep them)")
    run.add_argument("--no-input", action="store_true", help=argparse.SUPPRESS)  # (the default now; kept for old commands)
    run.add_argument("--strict", action="store_true",
                     help="stop at the first article whose analysis fails, with its traceback (default: name it and go on)")
    _add_field_options(run)
    _add_scale_options(run)

    statements = sub.add_parser("statements", help="print every statement of the articles")
    statements.add_argument("paths", nargs="+", metavar="PATH", help=".txt article, corpus file, or folder")
    statements.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    statements.add_argument("--manifest", metavar="FILE.csv", help="also write the manifest of input records")
    statements.add_argument("--keep-duplicates", action="store_true",
                            help="also extract articles that repeat an earlier one (default: listed as duplicates)")
    statements.add_argument("--strict", action="store_true",
                            help="stop at the first article whose analysis fails, with its traceback")
    _add_field_options(statements)
    _add_scale_options(statements)
    target_tone = sub.add_parser("target-tone", help="tone toward a target mention, one JSON object per line")
    target_tone.add_argument("file", metavar="FILE.jsonl", help='lines of {"id", "text", "start", "end"}')
    target_tone.add_argument("--model", choices=["trained", "vader"], default="trained",
                             help="trained: the model of data/tone_model.json (default); vader: VADER on the clause")
    target_tone.add_argument("--no-lexicon", action="store_true",
                             help="with --model vader: VADER alone, without data/lexicon.tsv")
    target_tone.add_argument("--explain", action="store_true",
                             help="with the trained model: the features that moved each score most")
    return parser


def _target_tone(args) -> int:
    """Read {id, text, start, end} per line; print {id, compound, label} per line (the trained model adds
    its three ``probabilities`` and, with ``--explain``, the features that moved the score most). A line
    that is not such an object is reported on stderr with its number and skipped."""

    path = Path(args.file)
    if not path.exists():
        raise CorpusError(f"{path}: no such file")
    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text, start, end = row["text"], int(row["start"]), int(row["end"])
                if not (0 <= start <= end <= len(text)):
                    raise ValueError(f"start/end {start}/{end} outside a text of {len(text)} characters")
            except (ValueError, KeyError, TypeError) as error:
                print(f"warning: {path}, line {number}: {error}; skipped", file=sys.stderr)
                continue
            print(json.dumps({"id": row.get("id"), **_tone_toward(text, start, end, args)}, ensure_ascii=False))
    return 0


def _tone_toward(text: str, start: int, end: int, args) -> dict:
    from . import tone_model
    from .tone import target_tone, tone_label

    if args.model == "vader":
        compound = target_tone(text, start, end, lexicon=not args.no_lexicon)
        return {"compound": compound, "label": tone_label(compound)}
    p = tone_model.probabilities(text, start, end)
    found = {"compound": p["positive"] - p["negative"], "label": tone_model.label(p), "probabilities": p}
    if args.explain:
        found["explain"] = [[name, round(push, 4)] for name, push in tone_model.explain(text, start, end)]
    return found


def _statements(args) -> int:
    """The corpus's statements on stdout, in corpus order: the batch run (:func:`analysis.batch.process_corpus`,
    on ``--jobs`` workers or the Dask scheduler) into a run folder of its own in the current directory
    (a folder the workers must see), removed once its statements are written out, a partition at a time."""
    import shutil
    import tempfile

    import pyarrow.parquet as pq

    from .batch import process_corpus

    fields = {name: getattr(args, f"{name}_field") for name in FIELD_OPTIONS}
    writer = None
    if args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=STATEMENT_FIELDS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
    with tempfile.TemporaryDirectory(prefix=".stance-tracker-statements-", dir=".") as folder:
        # (a bar on stderr only when a person is watching a terminal: statements go to stdout)
        result = process_corpus(args.paths, folder, args.partition_size, args.jobs or None, args.scheduler, fields,
                                progress=None if sys.stderr.isatty() else False, strict=args.strict,
                                keep_duplicates=args.keep_duplicates)
        for part in sorted((Path(folder) / "statements").glob("part-*.parquet")):
            for record in pq.read_table(part, columns=STATEMENT_FIELDS).to_pylist():
                if writer:
                    writer.writerow(record)
                else:
                    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        if args.manifest:
            shutil.copyfile(Path(folder) / "manifest.csv", args.manifest)
    for line in result.fields.lines():
        print(f"fields: {line}", file=sys.stderr)
    counts = result.counts
    if counts["failed"]:
        print(f"{counts['failed']} of {counts['loaded'] + counts['failed']} articles failed (named above)", file=sys.stderr)
        return EXIT_SOME_FAILED
    return 0


def _run(args) -> int:
    import yaml

    params = runner.read_params_file(args.params) if args.params else {}
    for name, value in args.param:
        params[name] = yaml.safe_load(value)
    params.update({f"{name}_field": getattr(args, f"{name}_field") for name in FIELD_OPTIONS
                   if getattr(args, f"{name}_field")})
    if args.jobs:
        params["jobs"] = args.jobs
    if args.scheduler:
        params["scheduler"] = args.scheduler
    if args.partition_size != 100:
        params["partition_size"] = args.partition_size
    if args.strict:
        params["strict"] = True
    show_code = bool(params.pop("show_code", False)) or args.show_code  # (a parameters file may say show_code: true)
    result = runner.run(corpus=args.corpus, params=params, out=args.out, show_code=show_code,
                        log=lambda message: print(message, file=sys.stderr))
    if result.bad_input:
        print(f"error: {result.bad_input}", file=sys.stderr)
    elif result.failed:
        print(f"run failed in {result.failed}; see {result.run_dir / result.failed}", file=sys.stderr)
    else:
        print(result.run_dir / "index.html")
    return result.exit_code


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        commands = {"statements": _statements, "run": _run, "target-tone": _target_tone}
        return commands[args.command](args)
    except (CorpusError, ParameterError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
