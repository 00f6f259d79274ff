"""Behind the workers: repeats and ids settled in corpus order, and the run's one manifest.

Each worker writes, for every partition it reads, its tables and a manifest part
(``manifest/part-*.parquet``) in which a loaded record holds the id the input gave it, the id its
tables use (unique within the partition) and the digests of its url and words. :class:`Settler`
walks the manifest parts in corpus order, as a single reader would have read them, while the
workers are still writing the later ones: a record whose url or words came before is a duplicate
(its article and statements are dropped from its partition), and an id already taken gets the next
free ``~N`` (its rows are renamed; both as the corpus pass rewrites the partitions). The digests and
ids seen so far live in a SQLite file in the run folder (:class:`SeenOnDisk`), not in memory, so a
corpus of millions costs the same memory as a small one; the manifest is written row by row.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from .corpus import Manifest, settled
from .fields import FieldUsage
from .shares import partition_name


class SeenOnDisk:
    """The ids, url digests and text digests of the articles so far, in a SQLite file (the questions
    :class:`analysis.corpus._Seen` answers in memory)."""

    def __init__(self, path: Path):
        path.unlink(missing_ok=True)
        self.path = path
        self.db = sqlite3.connect(path)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-8000;"
                              "CREATE TABLE ids (id TEXT PRIMARY KEY) WITHOUT ROWID;"
                              "CREATE TABLE urls (key INTEGER PRIMARY KEY, id TEXT);"
                              "CREATE TABLE texts (key INTEGER PRIMARY KEY, id TEXT);")

    def first(self, url_key: int | None, text_key: int) -> str | None:
        for table, key in (("urls", url_key), ("texts", text_key)):
            if key is not None:
                found = self.db.execute(f"SELECT id FROM {table} WHERE key = ?", (key,)).fetchone()
                if found:
                    return found[0]
        return None

    def __contains__(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM ids WHERE id = ?", (article_id,)).fetchone() is not None

    def remember(self, article_id: str, url_key: int | None, text_key: int, first: bool) -> None:
        self.db.execute("INSERT INTO ids VALUES (?)", (article_id,))
        if first:
            if url_key is not None:
                self.db.execute("INSERT OR IGNORE INTO urls VALUES (?, ?)", (url_key, article_id))
            self.db.execute("INSERT OR IGNORE INTO texts VALUES (?, ?)", (text_key, article_id))

    def close(self) -> None:
        self.db.close()
        self.path.unlink(missing_ok=True)


@dataclass
class Settled:
    """What the manifest holds, by status; the rows of failed articles (few: kept for the report); and
    by partition, the articles (by the id its tables use) to drop as duplicates and to rename, which
    the corpus pass applies as it rewrites the partitions (:func:`analysis.batch.pass_partitions`)."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(Manifest.statuses, 0))
    failed: list[dict] = field(default_factory=list)
    fields: FieldUsage = field(default_factory=FieldUsage)  # (summed from the partitions' manifest parts)
    changes: dict[str, tuple[set, dict]] = field(default_factory=dict)  # partition -> (dropped, renamed)


class Settler:
    """Settles a run's partitions in corpus order, while the workers are still writing them: each call
    of :meth:`advance` settles the partitions that come next and are done (their manifest part
    written), so at the end only the last few are left. :meth:`close` ends ``manifest.csv`` and says
    which articles failed."""

    def __init__(self, out: Path, keep_duplicates: bool = False):
        self.out, self.seen, self.result = out, SeenOnDisk(out / "seen.sqlite"), Settled()
        self.keep_duplicates = keep_duplicates  # (a repeat stays, noted: see analysis.corpus.iter_articles)
        self.handle = open(out / "manifest.csv", "w", encoding="utf-8", newline="")
        self.writer = csv.writer(self.handle)
        self.writer.writerow(Manifest.columns)
        self.names: list[str] = []  # (the partitions settled, in corpus order)
        self.group = self.partition = 0

    def advance(self, groups: int, complete) -> None:
        """Settle what is next and done, over ``groups`` groups; ``complete(g)`` says whether group g
        will get no more partitions (its shares are done and none of its claims was lost)."""
        while self.group < groups:
            name = partition_name(self.group, self.partition)
            if (self.out / "manifest" / f"{name}.parquet").exists():
                self._settle(name)
                self.partition += 1
            elif complete(self.group):
                self.group, self.partition = self.group + 1, 0
            else:
                return

    def _settle(self, name: str) -> None:
        # (ParquetFile reads a small file in a third of read_table's time, which is the settler's share of the CPU)
        table = pq.ParquetFile(self.out / "manifest" / f"{name}.parquet").read(use_threads=False)
        self.result.fields.merge(FieldUsage.from_json(json.loads(table.schema.metadata[b"fields"])))
        dropped, renamed = set(), {}
        for row in table.to_pylist():
            if row["status"] in ("loaded", "failed"):
                before = row["provisional"]
                row = settled(row, self.seen, self.keep_duplicates)
                if row["status"] == "duplicate":
                    dropped.add(before)
                elif row["article_id"] != before:
                    renamed[before] = row["article_id"]
                if row["status"] == "failed":
                    self.result.failed.append(row)
            self.result.counts[row["status"]] += 1
            self.writer.writerow([row[column] if row[column] is not None else "" for column in Manifest.columns])
        if dropped or renamed:
            self.result.changes[name] = (dropped, renamed)
        self.names.append(name)

    def close(self) -> Settled:
        """End the manifest and remove the settling file (again: nothing)."""
        if self.handle.closed:
            return self.result
        self.handle.close()
        self.seen.db.commit()
        self.seen.close()
        for row in self.result.failed:
            print(f"warning: {row['source']}, record {row['record']} (article {row['article_id']}): {row['reason']}; "
                  "article failed, the run goes on", file=sys.stderr)
        return self.result


def renamed_ids(frame: pd.DataFrame, renamed: dict[str, str]) -> pd.DataFrame:
    """``frame`` with the articles ``renamed`` (old id -> new id) under their new ids, their statements'
    ids, parents and vias ("<article id>:<n>") with them."""
    if not renamed:
        return frame
    frame = frame.copy()
    old_ids = frame["article_id"]
    frame["article_id"] = old_ids.map(lambda old: renamed.get(old, old))
    for column in ("statement_id", "parent", "via"):
        if column in frame:
            frame[column] = [_statement_renamed(value, old, renamed) for value, old in zip(frame[column], old_ids)]
    return frame


def _statement_renamed(value, old: str, renamed: dict[str, str]):
    if not isinstance(value, str) or old not in renamed or not value.startswith(old + ":"):
        return value
    return renamed[old] + value[len(old):]
