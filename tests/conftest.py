from pathlib import Path

import pytest

from analysis import paths

SHARED = paths.PROJ_ROOT.parent / "shared"
SAMPLE = paths.SEEDS_DIR / "000_582dc4d9a2da9151.txt"


def shared(*parts: str) -> Path:
    """A path in ../shared, or skip the test when this clone has none (a user's clone has no ../shared)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available: ../shared is only beside the developers' and CI's clones")
    return path


@pytest.fixture(scope="session")
def sample_text() -> str:
    with open(SAMPLE, encoding="utf-8", newline="") as handle:
        return handle.read()


def statements_of(text: str, **kwargs):
    """Every statement :func:`analysis.statements.extract` finds in ``text`` (keyword arguments as it takes),
    by default as the stages find them before the reports whose content is no speech are dropped
    (``speech_only=True`` for the whole pipeline)."""
    from analysis import statements

    kwargs.setdefault("speech_only", False)
    return statements.extract(text, "t", **kwargs)


def context_of(text: str, date=None, outlet: str = "", title: str = ""):
    """The context a stage receives for ``text`` (taken as already normalised, one paragraph or more),
    with the default registries and nothing found yet: for testing one stage's decisions directly."""
    from analysis.attribution.document import Context, Document
    from analysis.attribution.registry import default_actors, default_cues
    from analysis.tokenise import paragraphs

    return Context(Document(text, "t", date, outlet, title, paragraphs(text)[1], default_actors(), default_cues()))


def paragraph_of(text: str, **kwargs):
    """The context and the first paragraph of ``text`` as the stages' steps read it (keyword arguments
    as :func:`context_of` takes): for running one step alone."""
    from analysis.attribution.pipeline import read_paragraph
    from analysis.tokenise import paragraphs

    ctx = context_of(text, **kwargs)
    start, end = paragraphs(text)[0][0]
    return ctx, read_paragraph(ctx, start, end)
