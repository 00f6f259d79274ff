"""Every path the project uses, resolved from the package, never from the working directory."""

from __future__ import annotations

import os
from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIR = Path(__file__).resolve().parent

DATA_DIR = PROJ_ROOT / "data"
SEEDS_DIR = PROJ_ROOT / "seeds"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
REPORTS_DIR = PROJ_ROOT / "reports"
TEMPLATES_DIR = PACKAGE_DIR / "templates"

ACTORS_FILE = DATA_DIR / "actors.yml"
CUES_FILE = DATA_DIR / "cues.tsv"
TARGETS_FILE = DATA_DIR / "targets.yml"
LEXICON_FILE = DATA_DIR / "lexicon.tsv"
TONE_MODEL_FILE = DATA_DIR / "tone_model.json"  # the trained target-tone model (python -m benchmarks.train_tone)
# Word lists the attribution stages read (one entry per line with its reason)
SENTENCE_OPENERS_FILE = DATA_DIR / "sentence_openers.tsv"
SPEAKER_NOUNS_FILE = DATA_DIR / "speaker_nouns.tsv"
ADDRESSEES_FILE = DATA_DIR / "addressees.tsv"
REPORT_NOUNS_FILE = DATA_DIR / "report_nouns.tsv"
STANCE_NOUNS_FILE = DATA_DIR / "stance_nouns.tsv"
QUESTIONER_LABELS_FILE = DATA_DIR / "questioner_labels.tsv"
OBJECT_CUES_FILE = DATA_DIR / "object_cues.tsv"
BUSINESS_NOUNS_FILE = DATA_DIR / "business_nouns.tsv"
COMPLEMENT_NOUNS_FILE = DATA_DIR / "complement_nouns.tsv"
PERSON_NOUNS_FILE = DATA_DIR / "person_nouns.tsv"
KNOWING_VERBS_FILE = DATA_DIR / "knowing_verbs.tsv"
DOCUMENT_NOUNS_FILE = DATA_DIR / "document_nouns.tsv"
FUNCTION_WORDS_FILE = DATA_DIR / "function_words.tsv"
WORD_LIST_FILES = (SENTENCE_OPENERS_FILE, SPEAKER_NOUNS_FILE, ADDRESSEES_FILE, REPORT_NOUNS_FILE, STANCE_NOUNS_FILE,
                   QUESTIONER_LABELS_FILE, OBJECT_CUES_FILE, BUSINESS_NOUNS_FILE,
                   COMPLEMENT_NOUNS_FILE, PERSON_NOUNS_FILE, KNOWING_VERBS_FILE, DOCUMENT_NOUNS_FILE, FUNCTION_WORDS_FILE)

DEFAULT_CORPUS = SEEDS_DIR
KERNEL_NAME = "stance-tracker"


def data_rows(path: str | Path, columns: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    """The rows of one of the project's tab-separated data files (``cues.tsv``, ``lexicon.tsv``, the word
    lists), as (line number, fields stripped), in file order. Blank lines and lines starting with ``#``
    are comments. ``columns`` names the fields; the last is the entry's reason, which every row must
    give: a line without it is refused with the file, the line and the expected columns named."""
    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) < len(columns) or not all(fields[: len(columns)]):
            raise ValueError(f"{path}, line {number}: expected " + "<TAB>".join(columns))
        rows.append((number, fields))
    return rows


def project_path(path: str | Path) -> Path:
    """A path as the user wrote it: absolute stays, relative is taken from the project root.

    Notebooks run with papermill in whatever working directory the scheduler chose, so a
    relative parameter such as ``corpus = "seeds"`` must not depend on it.
    """
    path = Path(path).expanduser()
    return path if path.is_absolute() else Path(os.path.normpath(PROJ_ROOT / path))  # ("../data/news": no "..")
