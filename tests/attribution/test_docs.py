"""The documents that say where things are (docs/architecture.md, docs/attribution.md) must name
modules, functions and files that exist: a renamed function fails here, not in a newcomer's search."""

import importlib
import re

import pytest

from analysis import paths

ARCHITECTURE = paths.PROJ_ROOT / "docs" / "architecture.md"
ATTRIBUTION = paths.PROJ_ROOT / "docs" / "attribution.md"


def _code_spans(path):
    return re.findall(r"`([^`\n]+)`", path.read_text(encoding="utf-8"))


def test_every_function_the_architecture_page_names_exists():
    named = [span for span in _code_spans(ARCHITECTURE)
             if re.fullmatch(r"[A-Za-z_]+\.[A-Za-z_]+", span) and not span.endswith((".py", ".md", ".yml", ".tsv"))]
    assert len(named) >= 12
    for span in named:
        owner, name = span.split(".")
        if owner in ("ActorRegistry",):
            module = importlib.import_module("analysis.attribution.registry")
            assert hasattr(getattr(module, owner), name), span
            continue
        if owner in ("pipeline", "speakers", "transcripts", "quotations", "mentions", "registry", "subjects",
                     "reported", "quotes", "content", "document", "vocabulary"):
            module = importlib.import_module(f"analysis.attribution.{owner}")
            assert hasattr(module, name), span


def test_every_path_the_documents_name_exists():
    files = [span for path in (ARCHITECTURE, ATTRIBUTION) for span in _code_spans(path)
             if re.fullmatch(r"(?:analysis|data|notebooks|tests|benchmarks)/[\w/.<>-]+", span)]
    assert len(files) >= 15
    for span in files:
        if "<" in span:  # tests/attribution/test_<stage>.py
            assert list(paths.PROJ_ROOT.glob(span.replace("<stage>", "*"))), span
        else:
            assert (paths.PROJ_ROOT / span).exists(), span


@pytest.mark.parametrize("module", ["quotes", "transcripts", "quotations", "reported", "content", "mentions",
                                    "subjects", "speakers", "registry", "document", "pipeline", "vocabulary"])
def test_every_stage_module_says_what_it_decides_and_has_its_tests(module):
    doc = importlib.import_module(f"analysis.attribution.{module}").__doc__
    assert doc and len(doc.split()) >= 25, module
    assert module in ARCHITECTURE.read_text(encoding="utf-8")
    tests = {"content": "reported", "subjects": "mentions", "document": "pipeline", "vocabulary": "registry"}
    assert (paths.PROJ_ROOT / "tests" / "attribution" / f"test_{tests.get(module, module)}.py").exists()
