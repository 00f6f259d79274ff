"""Which worker reads which records: a corpus split into shares without reading it.

The process that plans a run only lists the corpus's files and their sizes (:func:`plan`); it never
opens one. Consecutive files are grouped until a group holds about :data:`GROUP_BYTES` on disk (a
larger file is a group of its own), and each group is read as one stream of records cut into
partitions of ``partition_size`` records. A :class:`Share` is a group read by one worker, ``part``
of ``of`` workers reading it: when a corpus has few groups (fewer than :data:`MANY_GROUPS` per
worker), each group is shared by all workers, each decompressing the whole stream and analysing the
next partition no other worker has claimed (:func:`read_share`; reading costs a small fraction of
analysing, and workers that finish a partition early take the next, so none waits for another).
Partition ``p`` of group ``g`` is written as ``part-GGGGG-PPPPPP``, so the output names and cuts
never depend on how many workers there are, and the names sort in corpus order.

:func:`read_share` is the worker's side: it reads its records, makes them articles
(:func:`analysis.corpus.read_record`) and hands them over a partition at a time, with one manifest
row per record. Which repeats are duplicates and which ids are taken is settled in corpus order,
behind the workers (:mod:`analysis.settle`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .corpus import Article, read_record, reject_rest, records_of
from .fields import FieldUsage
from .readers import corpus_files

GROUP_BYTES = 16 << 20  # files are grouped up to this many bytes on disk (a larger file is its own group)
MANY_GROUPS = 4  # with this many groups per worker or more, each group is one worker's share
SHARED_BYTES = 256 << 10  # a smaller group is one worker's share (starting workers would cost more than it saves)


@dataclass(frozen=True)
class Share:
    """The records one worker reads: group ``group`` (the corpus files ``files`` read one after the
    other), of which it analyses every partition when ``of`` is 1, else the ones it claims first."""

    group: int
    files: tuple[str, ...]
    part: int = 0
    of: int = 1
    only: tuple[int, ...] = ()  # (these partitions alone, claimed or not: the ones a lost worker had claimed)

    def name(self) -> str:
        return f"{self.group:05d}-{self.part}of{self.of}"


def partition_name(group: int, partition: int) -> str:
    return f"part-{group:05d}-{partition:06d}"


def groups(files: list[Path]) -> list[tuple[str, ...]]:
    """Consecutive files grouped up to :data:`GROUP_BYTES` (by their size on disk)."""
    found: list[list[str]] = []
    size = GROUP_BYTES
    for path in files:
        length = path.stat().st_size
        if size + length > GROUP_BYTES:
            found.append([])
            size = 0
        found[-1].append(str(path))
        size += length
    return [tuple(group) for group in found]


def plan(corpus: Iterable[str | Path], workers: int) -> list[Share]:
    """The shares of a corpus for ``workers`` workers (file names and sizes only: nothing is opened):
    a share per group when there are many groups (workers take the next as they finish) and for a
    group under :data:`SHARED_BYTES`, else a group shared by all workers."""
    grouped = groups(corpus_files(corpus))
    many = len(grouped) >= MANY_GROUPS * workers
    shares = []
    for number, files in enumerate(grouped):
        of = 1 if many or sum(Path(path).stat().st_size for path in files) < SHARED_BYTES else workers
        shares += [Share(number, files, part, of) for part in range(of)]
    return shares


@dataclass
class Partition:
    """One partition as its worker read it: its articles, a manifest row for every record in it
    (``loaded`` rows hold the id the input gave and the article's digests; see :func:`read_record`),
    and which input fields its records' attributes came from."""

    name: str
    articles: list[Article]
    rows: list[dict]
    usage: FieldUsage


def read_share(share: Share, partition_size: int, fields: dict[str, str], claims: Path | None = None) -> Iterator[Partition]:
    """The partitions of a share, in order, each once all its records are read; "fields found" is
    said by part 0 of a group alone. A group shared by several workers (``share.of`` > 1) is read
    whole by each, and each takes the partitions no other worker has taken yet, claiming each as it
    comes to it with a file in ``claims`` (created only if absent: one worker gets it), after it has
    done the one before. A share with ``only`` takes those partitions, claimed or not."""
    current, mine, articles, rows, usage = -1, False, [], [], FieldUsage()
    for index, (source, number, record, reason) in enumerate(_records(share, fields)):
        partition = index // partition_size
        if partition != current:
            if mine:
                yield Partition(partition_name(share.group, current), articles, rows, usage)
            current, articles, rows, usage = partition, [], [], FieldUsage()
            mine = partition in share.only if share.only else \
                share.of == 1 or _claim(claims, partition_name(share.group, partition))
        if not mine:
            continue
        if isinstance(reason, Exception):  # (the rest of a file that broke part way)
            rows.append(reject_rest(source, number, reason))
            continue
        article, row = read_record(source, number, record, reason, usage)
        rows.append(row)
        if article is not None:
            articles.append(article)
    if mine:
        yield Partition(partition_name(share.group, current), articles, rows, usage)


def _claim(claims: Path, name: str) -> bool:
    """Whether this worker is the first to claim a partition."""
    try:
        os.close(os.open(claims / name, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


def _records(share: Share, fields: dict[str, str]) -> Iterator[tuple]:
    """(source, number, record, reason) of every record of the share's group, in order; a file's
    unreadable rest is one item whose reason is the error."""
    for path in share.files:
        yield from records_of(Path(path), fields, announce=share.part == 0 and not share.only)
