"""The notebook sequence end to end: papermill runs, HTML reports, index, failure handling."""

import json
import re
from pathlib import Path

import pytest

from analysis import paths, runner

NOTEBOOK_NAMES = [nb.stem for nb in runner.notebooks()]


def test_unknown_parameters_are_refused():
    with pytest.raises(runner.ParameterError, match="unknown parameter.*speakerz"):
        runner.plan_parameters({"speakerz": ["Putin"]}, runner.notebooks())


def test_mistyped_parameters_are_refused():
    with pytest.raises(runner.ParameterError, match="min_statements.*must be int"):
        runner.plan_parameters({"min_statements": "3"}, runner.notebooks())
    with pytest.raises(runner.ParameterError, match="set by the runner"):
        runner.plan_parameters({"run_dir": "/tmp"}, runner.notebooks())


def test_parameters_go_to_the_notebooks_that_declare_them():
    plan = runner.plan_parameters({"period": "M", "speakers": ["Vladimir Putin"]}, runner.notebooks())
    by_name = {nb.stem: params for nb, params in plan.items()}
    assert by_name["01_statements"] == {}
    assert by_name["02_tone"] == {"speakers": ["Vladimir Putin"]}
    assert by_name["03_stance"] == {"period": "M", "speakers": ["Vladimir Putin"]}


def test_params_file_errors_name_the_file_and_line(tmp_path):
    bad = tmp_path / "params.yml"
    bad.write_text("period: W\nspeakers: [Putin\n")
    with pytest.raises(runner.ParameterError, match=r"params.yml, line \d+"):
        runner.read_params_file(bad)


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    result = runner.run(params={"period": "D"}, out=out, log=lambda message: None)
    return out, result


def test_the_sample_run_produces_every_report(sample_run):
    out, result = sample_run
    assert result.exit_code == 0 and result.failed is None
    run_dir = result.run_dir
    assert run_dir.parent == out
    for name in NOTEBOOK_NAMES:
        assert (run_dir / f"{name}.ipynb").exists() and (run_dir / f"{name}.html").exists()
    for table in ("statements/part-00000-000000.parquet", "articles/part-00000-000000.parquet", "manifest.csv", "parameters.yml",
                  "timings.json"):
        assert (run_dir / table).exists()
    assert (out / "latest").resolve() == run_dir.resolve()


def test_reports_are_self_contained_with_charts_embedded(sample_run):
    _, result = sample_run
    pages = sorted(result.run_dir.glob("*.html"))
    assert len(pages) == 4
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html), f"{page.name} loads from outside"
        assert "<script" not in html.lower()
        assert "@import" not in html
    stance_html = (result.run_dir / "03_stance.html").read_text(encoding="utf-8")
    assert stance_html.count('src="data:image/png;base64,') >= 2
    assert "Donald Trump" in stance_html and "Vladimir Putin" in stance_html
    # a reader sees prose, charts and tables, never a Python value a cell happened to end with
    shown_value = re.search(r"\{'\w+': [^<]*", "".join(page.read_text(encoding="utf-8") for page in pages))
    assert shown_value is None, shown_value.group()


def test_index_links_every_report_and_states_success(sample_run):
    _, result = sample_run
    index = (result.run_dir / "index.html").read_text(encoding="utf-8")
    assert "Run completed" in index
    for name in NOTEBOOK_NAMES:
        assert f'href="{name}.html"' in index
    assert "loaded" in index and "inputs hash" in index
    assert "<h2>Processing</h2><table><tr><th>engine</th><td>one process, 1 worker" in index  # (run.json)
    assert "<th>read and analyse</th>" in index and "<th>corpus pass</th>" in index


def test_executed_notebooks_carry_the_parameters_used(sample_run):
    _, result = sample_run
    nb = json.loads((result.run_dir / "03_stance.ipynb").read_text())
    injected = [c for c in nb["cells"] if "injected-parameters" in c["metadata"].get("tags", [])]
    assert injected and 'period = "D"' in "".join(injected[0]["source"])


def test_a_failing_notebook_stops_the_run_and_keeps_latest(sample_run, tmp_path):
    out, good = sample_run
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "unterminated\n')  # every record rejected: notebook 01 fails
    result = runner.run(corpus=broken, out=out, log=lambda message: None)
    assert result.exit_code == 2 and result.failed == "01_statements.ipynb"  # bad input, not a code failure
    assert str(broken) in result.bad_input
    kept = json.loads((result.run_dir / "01_statements.ipynb").read_text())
    errors = [o for c in kept["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors and errors[0]["ename"] == "CorpusError"
    assert not (result.run_dir / "02_tone.ipynb").exists()
    assert "FAILED" in (result.run_dir / "index.html").read_text()
    assert (out / "latest").resolve() == good.run_dir.resolve()


def test_shared_reports_hold_no_code_and_no_absolute_path(sample_run, tmp_path):
    _, result = sample_run
    machine = {str(paths.PROJ_ROOT), str(result.run_dir.parent), str(Path.home())}
    for page in result.run_dir.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not [where for where in machine if where in html], page.name
        assert "from analysis import" not in html  # (code cells hidden by default)
    executed = (result.run_dir / "03_stance.ipynb").read_text(encoding="utf-8")
    assert "from analysis import" in executed  # (the executed notebook keeps everything)
    shown = runner.run(params={"period": "D"}, out=tmp_path, show_code=True, log=lambda message: None)
    stance_page = (shown.run_dir / "03_stance.html").read_text(encoding="utf-8")
    assert "stance_charts" in stance_page and str(paths.PROJ_ROOT) not in stance_page


def test_the_index_tells_what_was_found_and_every_chart_uses_the_run_colours(sample_run):
    _, result = sample_run
    index = (result.run_dir / "index.html").read_text(encoding="utf-8")
    for fact in ("span", "articles", "sources", "statements", "speakers", "attributed with high confidence",
                 "speaker unresolved", "stance period", "Donald Trump"):
        assert f"<th>{fact}</th>" in index, fact
    assert '<a href="03_stance.html"><img' in index  # (the main chart, linking to its report)
    colours = json.loads((result.run_dir / "colours.json").read_text(encoding="utf-8"))
    assert list(colours)[:2] == ["Donald Trump", "Vladimir Putin"] and len(set(colours.values())) == len(colours)
    stance_page = (result.run_dir / "03_stance.html").read_text(encoding="utf-8")
    assert '<details id="behind-target-all-statements">' in stance_page and 'href="#behind-target-all-statements"' in stance_page

