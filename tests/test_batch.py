"""Partitions, every core, a Dask cluster and incremental re-runs give the single-process output."""

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis import batch, paths, tables

BROKEN = Path(__file__).parent / "data" / "broken"
CORPUS = [paths.SEEDS_DIR, BROKEN]


def _run(out, **options):
    result = batch.process_corpus(CORPUS, out, partition_size=3, progress=False, **options)
    return result, tables.load_table(out, "statements"), tables.load_table(out, "articles")


@pytest.fixture(scope="module")
def single(tmp_path_factory):
    return _run(tmp_path_factory.mktemp("single"), jobs=1)


def test_partitions_are_written_in_corpus_order(single):
    result, statements, articles = single
    assert result.partitions == -(-result.articles // 3) and result.partitions > 3
    manifest = result.manifest.frame()
    assert list(articles["article_id"]) == list(manifest.loc[manifest["status"] == "loaded", "article_id"])
    assert statements["statement_id"].is_unique and len(statements) == result.statements


def test_every_core_gives_the_single_process_output(single, tmp_path):
    _, statements, articles = single
    _, parallel_statements, parallel_articles = _run(tmp_path, jobs=2)
    pd.testing.assert_frame_equal(statements, parallel_statements)
    pd.testing.assert_frame_equal(articles, parallel_articles)


def test_a_dask_local_cluster_gives_the_single_process_output(single, tmp_path):
    distributed = pytest.importorskip("distributed")
    _, statements, _ = single
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        _, clustered, _ = _run(tmp_path, scheduler=cluster.scheduler_address)
    pd.testing.assert_frame_equal(statements, clustered)


def test_a_re_run_processes_only_new_articles(tmp_path):
    corpus = tmp_path / "news.jsonl"
    first = [{"id": f"a{i}", "text": f"Putin said talks number {i} went well.", "date": "2022-03-01"} for i in range(4)]
    corpus.write_text("\n".join(map(json.dumps, first)) + "\n")
    cache = tmp_path / "cache"
    before = batch.process_corpus(corpus, tmp_path / "run1", cache_dir=cache, jobs=1, progress=False)
    assert before.reused == 0
    more = [{"id": f"b{i}", "text": f"Zelenskyy said aid package {i} had arrived.", "date": "2022-03-02"} for i in range(2)]
    corpus.write_text("\n".join(map(json.dumps, first + more)) + "\n")
    after = batch.process_corpus(corpus, tmp_path / "run2", cache_dir=cache, jobs=1, progress=False)
    assert (after.articles, after.reused) == (6, 4)
    fresh = batch.process_corpus(corpus, tmp_path / "run3", jobs=1, progress=False)
    pd.testing.assert_frame_equal(tables.load_table(tmp_path / "run2", "statements"),
                                  tables.load_table(tmp_path / "run3", "statements"))
    assert fresh.reused == 0


def test_a_registry_change_invalidates_cached_results(tmp_path, monkeypatch):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Putin said talks went well."}) + "\n")
    cache = tmp_path / "cache"
    batch.process_corpus(corpus, tmp_path / "run1", cache_dir=cache, jobs=1, progress=False)
    control = batch.process_corpus(corpus, tmp_path / "run1b", cache_dir=cache, jobs=1, progress=False)
    assert control.reused == 1  # (without the edit, the cached result is used)
    actors = tmp_path / "actors.yml"
    actors.write_text(paths.ACTORS_FILE.read_text() + "\n# an edit\n")
    monkeypatch.setattr(batch, "ANALYSIS_DATA", (actors, paths.CUES_FILE))
    batch.analysis_key.cache_clear()
    try:
        again = batch.process_corpus(corpus, tmp_path / "run2", cache_dir=cache, jobs=1, progress=False)
    finally:
        batch.analysis_key.cache_clear()
    assert again.reused == 0
