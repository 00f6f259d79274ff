"""The tables a run hands from one notebook to the next, stored as files in the run folder."""

from __future__ import annotations

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
        for start, end, reason, text in json.loads(row.boilerplate or "[]")
    ]
    return pd.DataFrame(rows, columns=["article_id", "start", "end", "reason", "text"])
