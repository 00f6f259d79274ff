"""The tables a run hands from one notebook to the next, stored as files in the run folder."""

from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from .paths import REPORTS_DIR, project_path

INTERACTIVE_RUN = REPORTS_DIR / "interactive"


def run_folder(run_dir: str | Path = "") -> Path:
    """The run folder a notebook reads and writes: the one the runner passed, or, when the notebook
    is opened by hand in JupyterLab, ``reports/interactive``."""
    folder = project_path(run_dir) if str(run_dir) else INTERACTIVE_RUN
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def load_table(run_dir: Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """A table of the run: ``name.parquet``, or the partitions in the folder ``name/``."""
    folder = Path(run_dir) / name
    if folder.is_dir() and any(folder.glob("part-*.parquet")):
        return pd.read_parquet(sorted(folder.glob("part-*.parquet")), columns=columns)
    path = Path(run_dir) / f"{name}.parquet"
    if not path.exists():
        raise FileNotFoundError(
            f"{path} is missing: run notebooks/01_statements.ipynb first (or the whole sequence with "
            "`python -m analysis run`)"
        )
    return pd.read_parquet(path, columns=columns)


def boilerplate_table(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per flagged boilerplate span of the articles table: article, offsets, reason, text."""
    import json

    rows = [
        {"article_id": row.article_id, "start": start, "end": end, "reason": reason, "text": text}
        for row in articles.itertuples()
        for start, end, reason, text in json.loads(row.boilerplate if isinstance(row.boilerplate, str) and row.boilerplate else "[]")
    ]
    return pd.DataFrame(rows, columns=["article_id", "start", "end", "reason", "text"])


STATEMENT_VIEW = ["statement_id", "kind", "speaker", "speaker_text", "speaker_how", "cue", "text", "compound"]


def statements_by_confidence(statements: pd.DataFrame, confidence: str) -> pd.DataFrame:
    """The statements whose speaker was found with this ``confidence`` ("high" or "low"), as a report shows
    them (a run made before confidence was recorded shows all its statements as high)."""
    if "confidence" not in statements:
        return statements.reindex(columns=STATEMENT_VIEW) if confidence == "high" else statements.iloc[:0].reindex(
            columns=STATEMENT_VIEW)
    return statements[statements["confidence"].fillna("high") == confidence].reindex(columns=STATEMENT_VIEW)


def manifest_table(run_dir: Path) -> pd.DataFrame:
    """The run's manifest: one row per input record (source, record, article_id, status, reason, encoding)."""
    return pd.read_csv(Path(run_dir) / "manifest.csv", keep_default_na=False, dtype={"article_id": str})


def run_warnings(run_dir: Path, shown: int = 3) -> list[str]:
    """What a reader of the reports should know about the corpus, in plain sentences: articles whose
    analysis failed (with the first ``shown`` errors), rejected records, articles without a date, and
    fields found from the data rather than given."""
    import json

    manifest = manifest_table(run_dir)
    counts = manifest["status"].value_counts()
    warnings = []
    failed = manifest[manifest["status"] == "failed"]
    if len(failed):
        examples = "; ".join(f"{row.source}, record {row.record}: {row.reason}" for row in failed.head(shown).itertuples())
        warnings.append(f"The analysis of {len(failed):,} of {len(failed) + counts.get('loaded', 0):,} articles failed; "
                        f"they are left out of every report ({examples}{'; ...' if len(failed) > shown else ''}).")
    rejected = manifest[manifest["status"] == "rejected"]
    if len(rejected):
        common = rejected["reason"].str.replace(r"\d+", "N", regex=True).value_counts()
        warnings.append(f"{len(rejected):,} input records were rejected, most often: {common.index[0]} "
                        f"({common.iloc[0]:,}); the manifest lists each with its reason.")
    try:
        dates = load_table(run_dir, "articles", columns=["date"])["date"]
    except FileNotFoundError:
        dates = pd.Series(dtype="datetime64[ns, UTC]")
    if len(dates) and dates.isna().all():
        warnings.append("No article has a date, so stance is shown overall, not over time.")
    elif dates.isna().any():
        warnings.append(f"{int(dates.isna().sum()):,} of {len(dates):,} articles have no date: they count in the "
                        "totals but not in the charts over time.")
    fields = Path(run_dir) / "fields.json"
    detected = [row for row in json.loads(fields.read_text(encoding="utf-8"))["fields"]
                if row["how"] == "detected"] if fields.exists() else []
    for row in detected:
        read = f", {row['read as dates']:,} of {row['records']:,} read as dates" if "read as dates" in row else ""
        where = "each file's name" if row["field"] == "file name" else f"the field {row['field']!r}"
        warnings.append(f"The {row['attribute']} was taken from {where}, found from the data{read}.")
    return warnings


def main_speakers(run_dir: Path, top: int = 8) -> dict[str, str]:
    """The speakers with most statements (each counted once, as stance counts them) that name someone
    (not "the company"), with their mean tone: speaker -> "12 statements, mean tone +0.21"."""
    statements = load_table(run_dir, "statements", columns=["speaker", "kind", "parent", "compound"])
    from .stance import names_someone

    counted = statements[statements["parent"].isna() & (statements["kind"] != "assessment") & statements["speaker"].notna()]
    summary = counted.groupby("speaker")["compound"].agg(["size", "mean"]).sort_values("size", ascending=False)
    summary = summary[[names_someone(name) for name in summary.index]].head(top)
    return {row.Index: f"{int(row.size):,} statements, mean tone {row.mean:+.2f}" for row in summary.itertuples()}


def corpus_facts(run_dir: Path) -> dict[str, str]:
    """What a run read and found, in a reader's words: the corpus's span, articles and sources; the
    statements, speakers, and the shares attributed with high confidence and left unresolved."""
    articles = _columns(run_dir, "articles", ["date", "source"])
    statements = _columns(run_dir, "statements", ["speaker", "confidence", "speaker_how"])
    dates = articles["date"].dropna()
    span = f"{dates.min():%d %b %Y} to {dates.max():%d %b %Y}" if len(dates) else "no article has a date"
    facts = {"span": span, "articles": f"{len(articles):,}",
             "sources": f"{articles['source'].replace('', pd.NA).nunique():,}",  # (an empty source is none)
             "statements": f"{len(statements):,}",
             "speakers": f"{statements['speaker'].nunique():,}"}
    if len(statements) and statements["confidence"].notna().any():
        facts["attributed with high confidence"] = f"{(statements['confidence'] == 'high').mean():.0%}"
        facts["speaker unresolved"] = f"{(statements['speaker_how'] == 'unresolved').mean():.0%}"
    return facts


def _columns(run_dir: Path, name: str, wanted: list[str]) -> pd.DataFrame:
    """These columns of a run's table, empty where a run made before them lacks one."""
    try:
        return load_table(run_dir, name, columns=wanted)
    except (KeyError, ValueError):  # (pyarrow's ArrowInvalid is a ValueError)
        return load_table(run_dir, name).reindex(columns=wanted)


def save_note(run_dir: Path, name: str, content: dict) -> dict:
    """Keep a small fact of the run for the notebooks after and the index, as ``<name>.json`` in the run
    folder: ``colours`` (each speaker's colour, from ``01_statements``), ``stance`` (the period
    ``03_stance`` chose and whether it chose it from the data)."""
    import json

    (Path(run_dir) / f"{name}.json").write_text(json.dumps(content, indent=1, ensure_ascii=False), encoding="utf-8")
    return content


def load_note(run_dir: Path, name: str) -> dict:
    """A fact :func:`save_note` kept; empty before the notebook that keeps it has run."""
    import json

    path = Path(run_dir) / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


# --- run folders ----------------------------------------------------------------------------------


def point_latest(out: Path, run_dir: Path) -> None:
    """Move ``out/latest`` to ``run_dir`` in one step (a symlink swapped with ``os.replace``)."""
    tmp = out / f".latest-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(run_dir.name, target_is_directory=True)
    os.replace(tmp, out / "latest")


def new_run_folder(out: Path, corpus_path: Path, now: datetime | None = None) -> Path:
    """``<out>/<UTC time>_<corpus name>``, with ``~2``, ``~3`` ... where that exists already."""
    from .readers import stem

    stamp = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H%M%SZ")
    name = f"{corpus_path.parent.name}-{stem(corpus_path.name)}" if corpus_path.is_file() else corpus_path.name
    run_dir = out / f"{stamp}_{slug(name)}"
    suffix = 1
    while run_dir.exists():
        suffix += 1
        run_dir = run_dir.with_name(f"{run_dir.name.split('~')[0]}~{suffix}")
    run_dir.mkdir(parents=True)
    return run_dir


def slug(text: str) -> str:
    """A name for a folder: letters and digits, other runs as one hyphen, at most 40 characters."""
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:40] or "corpus"
