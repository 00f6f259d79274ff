"""Partitions, every core, a Dask cluster and incremental re-runs give the single-process output."""

import json
import os
import subprocess
import sys
import time
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
    manifest = result.manifest.frame()
    assert result.partitions == -(-len(manifest) // 3) and result.partitions > 3  # (3 records each, one group)
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


@pytest.fixture
def shared_groups(monkeypatch):
    """Every group shared by all workers, however small (as a corpus's large files are)."""
    from analysis import shares

    monkeypatch.setattr(shares, "SHARED_BYTES", 0)


def _news(folder: Path, files: int = 4, per_file: int = 5) -> Path:
    """A corpus of several JSONL files in which a text repeats across files and ids are taken twice."""
    folder.mkdir()
    speakers = ["Putin", "Zelenskyy", "Scholz", "Macron", "Biden"]
    for f in range(files):
        records = [{"id": f"n{i % 3}", "date": f"2022-03-0{1 + f}",
                    "text": f"{speakers[i % 5]} said talks number {i} of file {f} went well."} for i in range(per_file)]
        records.append({"id": "again", "date": "2022-03-09", "text": "Putin said that the same words come back."})
        (folder / f"news-{f}.jsonl").write_text("\n".join(map(json.dumps, records)) + "\n")
    return folder


def _output(out: Path) -> tuple:
    return (tables.load_table(out, "statements"), tables.load_table(out, "articles"),
            (out / "manifest.csv").read_text(), json.loads((out / "fields.json").read_text()))


def _same(first: tuple, second: tuple) -> None:
    pd.testing.assert_frame_equal(first[0], second[0])
    pd.testing.assert_frame_equal(first[1], second[1])
    assert first[2:] == second[2:]


def test_repeats_and_taken_ids_are_settled_as_a_single_reader_would(tmp_path, shared_groups):
    from analysis.corpus import load_corpus

    corpus = _news(tmp_path / "news")
    reference = load_corpus(corpus)[1].frame()  # (one reader, record after record)
    result = batch.process_corpus(corpus, tmp_path / "run", partition_size=2, jobs=2, progress=False)
    pd.testing.assert_frame_equal(result.manifest.frame(), reference)
    assert (reference["status"] == "duplicate").sum() == 3 and reference["article_id"].str.contains("~").any()
    statements = tables.load_table(tmp_path / "run", "statements")
    assert set(statements["article_id"]) <= set(reference.loc[reference["status"] == "loaded", "article_id"])
    assert statements["statement_id"].is_unique
    assert all(s.startswith(a + ":") for s, a in zip(statements["statement_id"], statements["article_id"]))
    run = json.loads((tmp_path / "run" / "run.json").read_text())
    assert run["engine"] == "processes" and run["workers"] == 2
    assert set(run["seconds"]) == {"plan", "read and analyse", "settle", "corpus pass"}


def test_the_plan_names_partitions_whatever_the_number_of_workers(tmp_path, shared_groups):
    from analysis.shares import plan

    corpus = _news(tmp_path / "news", files=2)
    opened = []
    with _opening(opened):
        one, many = plan([corpus], 1), plan([corpus], 3)
    assert not [path for path in opened if str(corpus) in path]  # (planning opens no file)
    assert [share.of for share in one] == [1] and [share.part for share in many] == [0, 1, 2]
    single = batch.process_corpus(corpus, tmp_path / "one", partition_size=2, jobs=1, progress=False)
    three = batch.process_corpus(corpus, tmp_path / "three", partition_size=2, jobs=3, progress=False)
    _same(_output(tmp_path / "one"), _output(tmp_path / "three"))
    assert single.partitions == three.partitions == 6  # (12 records, 2 to a partition, named the same)


_AUDIT: list = []


def _audit(event: str, args) -> None:
    if event == "open" and _AUDIT and isinstance(args[0], (str, bytes, os.PathLike)):
        _AUDIT[-1].append(os.fsdecode(args[0]))


class _opening:
    """Every file this process opens while inside, by path (an audit hook: C code opening files counts too)."""

    installed = False

    def __init__(self, opened: list):
        self.opened = opened
        if not _opening.installed:
            sys.addaudithook(_audit)
            _opening.installed = True

    def __enter__(self):
        _AUDIT.append(self.opened)

    def __exit__(self, *exc):
        _AUDIT.pop()


def _dask_cluster(folder: Path):
    """A ``dask scheduler`` and two ``dask worker`` processes, as a researcher would start them."""
    scheduler_file = folder / "scheduler.json"
    cli = [sys.executable, "-m"]
    processes = [subprocess.Popen(cli + ["distributed.cli.dask_scheduler", "--port", "0", "--no-dashboard",
                                         "--scheduler-file", str(scheduler_file)], stderr=subprocess.DEVNULL)]
    deadline = time.monotonic() + 60
    while not scheduler_file.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    for _ in range(2):
        processes.append(subprocess.Popen(cli + ["distributed.cli.dask_worker", "--scheduler-file", str(scheduler_file),
                                                 "--nworkers", "1", "--nthreads", "1", "--no-dashboard"],
                                          stderr=subprocess.DEVNULL))
    return processes, json.loads(scheduler_file.read_text())["address"]


def test_workers_of_a_dask_cluster_read_their_own_shares(tmp_path, shared_groups):
    distributed = pytest.importorskip("distributed")
    corpus = _news(tmp_path / "news")
    processes, address = _dask_cluster(tmp_path)
    try:
        with distributed.Client(address) as client:
            client.wait_for_workers(2, timeout=60)
        opened: list = []
        with _opening(opened):
            result = batch.process_corpus(corpus, tmp_path / "dask", partition_size=2, scheduler=address, progress=False)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
    seen: list = []
    with _opening(seen):
        (corpus / "news-0.jsonl").read_bytes()
    assert seen  # (the hook sees this process open a corpus file)
    read_here = sum(Path(path).stat().st_size for path in opened if path.startswith(str(corpus)))
    assert read_here == 0  # (the client planned from names and sizes; the workers read every byte)
    assert result.engine["engine"] == "dask" and result.engine["workers"] == 2
    batch.process_corpus(corpus, tmp_path / "one", partition_size=2, jobs=1, progress=False)
    batch.process_corpus(corpus, tmp_path / "two", partition_size=2, jobs=2, progress=False)
    _same(_output(tmp_path / "one"), _output(tmp_path / "dask"))
    _same(_output(tmp_path / "one"), _output(tmp_path / "two"))


def test_the_bar_counts_articles_as_the_workers_report_them(tmp_path, capsys, shared_groups):
    corpus = _news(tmp_path / "news")
    result = batch.process_corpus(corpus, tmp_path / "run", partition_size=2, jobs=2, progress=True)
    shown = capsys.readouterr().err.replace("\r", "\n").splitlines()
    last = [line for line in shown if line.startswith("articles:")][-1]
    analysed = result.articles + 3  # (each once: the workers analyse the three repeats before they are settled)
    assert f"{analysed} articles" in last and "articles/s" in last
    assert json.loads((tmp_path / "run" / "progress.json").read_text())["articles"] == analysed


def test_a_run_stops_when_a_worker_cannot_see_the_run_folder(tmp_path):
    from analysis.corpus import CorpusError
    from analysis.engine import Engine

    class Cluster:  # (a client whose second worker sees another disk)
        def run(self, function, path):
            return {"tcp://a:1": function(path), "tcp://b:2": ""}

    engine = Engine()
    engine.client = Cluster()
    with pytest.raises(CorpusError, match=r"not visible to the Dask worker\(s\) tcp://b:2.*storage"):
        engine.check_shared(tmp_path)
    engine.client.run = lambda function, path: {"tcp://a:1": function(path)}
    engine.check_shared(tmp_path)  # (every worker reads the token: the run goes on)
    assert not (tmp_path / "shared-check").exists()


def test_wire_copy_with_repeats_comes_out_the_same_on_two_workers_as_on_one(tmp_path, shared_groups):
    import gzip
    import itertools

    from conftest import shared

    source = shared("corpora", "reuters21578", "articles.jsonl.gz")
    corpus = tmp_path / "reuters-800.jsonl.gz"
    with gzip.open(source, "rt", encoding="utf-8") as read, gzip.open(corpus, "wt", encoding="utf-8") as write:
        write.writelines(itertools.islice(read, 800))
    one = batch.process_corpus(corpus, tmp_path / "one", partition_size=50, jobs=1, progress=False)
    two = batch.process_corpus(corpus, tmp_path / "two", partition_size=50, jobs=2, progress=False)
    assert one.manifest.counts()["duplicate"] >= 5 and two.engine["engine"] == "processes"
    _same(_output(tmp_path / "one"), _output(tmp_path / "two"))


def test_partitions_a_lost_worker_claimed_are_analysed_again(tmp_path, shared_groups, monkeypatch):
    from analysis import shares

    corpus = _news(tmp_path / "news")
    batch.process_corpus(corpus, tmp_path / "one", partition_size=2, jobs=1, progress=False)
    claim = shares._claim

    def lost(claims, name):  # (partition 1 of group 0 was claimed by a worker that never wrote it)
        if name == "part-00000-000001":
            (claims / name).touch()
            return False
        return claim(claims, name)

    monkeypatch.setattr(shares, "_claim", lost)
    batch.process_corpus(corpus, tmp_path / "two", partition_size=2, jobs=2, progress=False)
    _same(_output(tmp_path / "one"), _output(tmp_path / "two"))
