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
