"""The committed notebooks are thin: stripped of outputs, one typed and commented parameters cell,
no function or class definitions, and parameters papermill can read."""

import ast
import re

import nbformat
import papermill
import pytest

from analysis import runner

NOTEBOOKS = runner.notebooks()


def test_the_sequence_is_numbered():
    assert [nb.name[:3] for nb in NOTEBOOKS] == ["01_", "02_", "03_"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name} has outputs: strip them"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_one_parameters_cell_of_typed_commented_literals(path):
    nb = nbformat.read(path, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    for line in tagged[0].source.splitlines():
        match = re.match(r"^(\w+): (\w+) = (.+?)  # (.+)$", line)
        assert match, f"{path.name}: parameter line {line!r} is not `name: type = literal  # comment`"
        ast.literal_eval(match.group(3))
    declared = papermill.inspect_notebook(str(path))
    assert "run_dir" in declared
    assert all(p["help"] for p in declared.values())


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_definitions_in_notebooks(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        source = "\n".join(line for line in cell.source.splitlines() if not line.lstrip().startswith("%"))
        tree = ast.parse(source)
        defs = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda))]
        assert not defs, f"{path.name} defines {[type(n).__name__ for n in defs]}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_name_the_project_kernel(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata.kernelspec.name == "stance-tracker"
