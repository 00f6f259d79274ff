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


def save_table(frame: pd.DataFrame, run_dir: Path, name: str) -> Path:
    path = Path(run_dir) / f"{name}.parquet"
    frame.to_parquet(path, index=False)
    return path


def load_table(run_dir: Path, name: str) -> pd.DataFrame:
    path = Path(run_dir) / f"{name}.parquet"
    if not path.exists():
        raise FileNotFoundError(
            f"{path} is missing: run notebooks/01_statements.ipynb first (or the whole sequence with "
            "`python -m analysis run`)"
        )
    return pd.read_parquet(path)
