"""One failing article is one failing article: it is marked failed in the manifest with its error, named
on stderr, left out of every table, and the run goes on with the rest (exit status 3; --strict stops)."""

import json
import multiprocessing
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from analysis import batch, paths, tables
from analysis.attribution import pipeline

ZOO = Path(__file__).parent / "data" / "zoo"
FAILING = "d2"  # the article of one-date.jsonl whose analysis is made to raise
CORPUS = [ZOO / "one-date.jsonl", ZOO / "one-speaker.jsonl", ZOO / "single.jsonl"]


@pytest.fixture
def corpus(tmp_path) -> Path:
    """The three small corpora as one folder: seven articles."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in CORPUS:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def _raise_for(article_id: str):
    original = pipeline.extract

    def extract(text, identifier="article", *args, **kwargs):
        if identifier == article_id:
            raise KeyError("Donald\xa0Trump")
        return original(text, identifier, *args, **kwargs)

    return extract


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the injected failure reaches worker processes only when they are forked")
def test_a_failing_article_in_a_two_job_partitioned_run_costs_only_itself(corpus, tmp_path, monkeypatch, capsys):
    control = batch.process_corpus(corpus, tmp_path / "control", partition_size=2, jobs=2, progress=False)
    monkeypatch.setattr(pipeline, "extract", _raise_for(FAILING))
    result = batch.process_corpus(corpus, tmp_path / "run", partition_size=2, jobs=2, progress=False)
    assert result.failed == 1 and result.articles == control.articles - 1
    manifest = tables.manifest_table(tmp_path / "run")
    failed = manifest[manifest["status"] == "failed"]
    assert failed[["article_id", "record"]].values.tolist() == [[FAILING, 2]]
    assert failed["source"].iloc[0].endswith("one-date.jsonl")
    assert failed["reason"].iloc[0] == "KeyError: 'Donald\\xa0Trump'"
    err = capsys.readouterr().err
    assert f"one-date.jsonl, record 2 (article {FAILING}): KeyError" in err and "the run goes on" in err
    before = tables.load_table(tmp_path / "control", "statements")
    after = tables.load_table(tmp_path / "run", "statements")
    expected = before[before["article_id"] != FAILING].reset_index(drop=True)
    assert len(expected) < len(before)  # (the failing article had statements to lose)
    pd.testing.assert_frame_equal(after, expected)  # nothing else lost, duplicated or reordered
    articles = tables.load_table(tmp_path / "run", "articles")
    assert FAILING not in set(articles["article_id"]) and len(articles) == result.articles


def test_strict_stops_at_the_first_failure_with_its_error(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "extract", _raise_for(FAILING))
    with pytest.raises(KeyError, match="Donald"):
        batch.process_corpus(corpus, tmp_path / "run", partition_size=2, jobs=1, progress=False, strict=True)
    assert not (tmp_path / "run" / "seen.sqlite").exists()  # (the settling file goes with the stopped run)


def _injecting_environment(tmp_path: Path, article_id: str) -> dict:
    """An environment whose Python processes (the CLI, the notebooks' kernels and their workers) load a
    ``sitecustomize`` that makes the analysis of ``article_id`` raise."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(textwrap.dedent(f"""
        import analysis.attribution.pipeline as pipeline
        _original = pipeline.extract
        def extract(text, identifier="article", *args, **kwargs):
            if identifier == {article_id!r}:
                raise KeyError("President\\nBiden")
            return _original(text, identifier, *args, **kwargs)
        pipeline.extract = extract
    """))
    return {**os.environ, "PYTHONPATH": f"{hook}{os.pathsep}{paths.PROJ_ROOT}"}


def test_the_statements_command_names_the_failure_and_exits_3(corpus, tmp_path):
    env = _injecting_environment(tmp_path, FAILING)
    done = subprocess.run([sys.executable, "-m", "analysis", "statements", str(corpus), "--manifest",
                           str(tmp_path / "manifest.csv")], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 3, done.stderr
    assert f"(article {FAILING}): KeyError: 'President\\nBiden'" in done.stderr
    assert "1 of 7 articles failed" in done.stderr
    found = [json.loads(line) for line in done.stdout.splitlines()]
    assert found and FAILING not in {row["article_id"] for row in found}
    assert "failed" in set(pd.read_csv(tmp_path / "manifest.csv")["status"])
    strict = subprocess.run([sys.executable, "-m", "analysis", "statements", "--strict", str(corpus)],
                            capture_output=True, text=True, env=env, cwd=tmp_path)
    assert strict.returncode == 1 and "Traceback" in strict.stderr and "KeyError" in strict.stderr


def test_a_run_with_a_failing_article_finishes_says_so_everywhere_and_moves_latest(corpus, tmp_path):
    env = _injecting_environment(tmp_path, FAILING)
    out = tmp_path / "reports"
    done = subprocess.run([sys.executable, "-m", "analysis", "run", "--corpus", str(corpus), "--out", str(out),
                           "--jobs", "2", "--partition-size", "2"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 3, done.stderr
    run_dir = Path(done.stdout.strip()).parent
    assert (out / "latest").resolve() == run_dir.resolve()
    assert f"failed: {corpus / 'one-date.jsonl'}, record 2 (article {FAILING}): KeyError" in done.stderr
    assert done.stderr.count("\n") <= 6  # three notebook lines, the failure, the count: a quiet console
    index = (run_dir / "index.html").read_text(encoding="utf-8")
    assert "The analysis of 1 of 7 articles failed" in index and "President\\nBiden" in index
    report = (run_dir / "01_statements.html").read_text(encoding="utf-8")
    assert report.index("The analysis of 1 of 7 articles failed") < report.index("The corpus")  # at the top
    for page in ("02_tone.html", "03_stance.html"):
        assert (run_dir / page).exists()
    strict = subprocess.run([sys.executable, "-m", "analysis", "run", "--corpus", str(corpus), "--out", str(out),
                             "--strict"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert strict.returncode == 1 and "01_statements" in strict.stderr and "FAILED: KeyError" in strict.stderr
    assert (out / "latest").resolve() == run_dir.resolve()  # a failed run does not move it
