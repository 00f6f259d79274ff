"""Command line: ``python -m analysis run`` (the notebook sequence) and ``python -m analysis statements``.

Exit codes: 0 success; 1 a notebook failed (its executed copy keeps the error); 2 bad input
(a missing or unreadable corpus, an unknown or mistyped parameter), with one line on stderr naming
the path or parameter and the problem.
"""

from __future__ import annotations

import argparse
import json
import math
import sys

from . import runner
from .corpus import CorpusError, load_corpus
from .runner import EXIT_BAD_INPUT, ParameterError

STATEMENT_FIELDS = [
    "article_id", "statement_id", "kind", "text", "start", "end", "speaker", "speaker_text", "speaker_start",
    "speaker_end", "cue", "cue_start", "cue_end", "parent", "compound", "pos", "neu", "neg",
]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the notebook sequence and render HTML reports")
    run.add_argument("--corpus", help="article file, folder or corpus file (default: the notebooks' default, seeds/)")
    run.add_argument("--params", metavar="FILE.yml", help="notebook parameters as a YAML mapping")
    run.add_argument("-p", "--param", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                     help="one parameter; VALUE is read as YAML, so [a, b] is a list and 3 an int")
    run.add_argument("--out", metavar="DIR", help="where run folders go (default: reports/)")
    run.add_argument("--no-input", action="store_true", help="hide the code in the HTML reports")

    statements = sub.add_parser("statements", help="print every statement of the articles")
    statements.add_argument("paths", nargs="+", metavar="PATH", help=".txt article, corpus file, or folder")
    statements.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    statements.add_argument("--manifest", metavar="FILE.csv", help="also write the manifest of input records")
    return parser


def _clean(value):
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _statements(args) -> int:
    from .statements import statements_frame
    from .tone import add_tone

    articles, manifest = load_corpus(args.paths)
    frame = add_tone(statements_frame(articles))[STATEMENT_FIELDS]
    frame = frame.astype(object).where(frame.notna(), None)
    if args.format == "csv":
        frame.to_csv(sys.stdout, index=False)
    else:
        for record in frame.to_dict("records"):
            sys.stdout.write(json.dumps({k: _clean(v) for k, v in record.items()}, ensure_ascii=False) + "\n")
    if args.manifest:
        manifest.frame().to_csv(args.manifest, index=False)
    return 0


def _run(args) -> int:
    import yaml

    params = runner.read_params_file(args.params) if args.params else {}
    for name, value in args.param:
        params[name] = yaml.safe_load(value)
    result = runner.run(corpus=args.corpus, params=params, out=args.out, no_input=args.no_input,
                        log=lambda message: print(message, file=sys.stderr))
    if result.failed:
        print(f"run failed in {result.failed}; see {result.run_dir / result.failed}", file=sys.stderr)
    else:
        print(result.run_dir / "index.html")
    return result.exit_code


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _statements(args) if args.command == "statements" else _run(args)
    except (CorpusError, ParameterError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
