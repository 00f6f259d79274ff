"""A run folder's partitioned tables: their columns and types, and how a partition is written.

A run folder holds ``statements/part-*.parquet`` and ``articles/part-*.parquet`` (one pair per
partition, named so that they sort in corpus order: :func:`analysis.shares.partition_name`) and,
while the run goes on, ``manifest/part-*.parquet`` (a row per input record, settled into
``manifest.csv`` at the end: :mod:`analysis.settle`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd


def table_schemas():
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


def replace_text(path: Path, text: str) -> None:
    """Write ``path`` whole or not at all (a reader in another process never sees half of it)."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def write_tables(out: Path, name: str, article_table: pd.DataFrame, statement_table: pd.DataFrame,
                 rows: list[dict], fields: dict) -> None:
    """One partition's articles, statements and manifest part, the last with the partition's field
    counts (``fields``: :meth:`analysis.fields.FieldUsage.as_json`) and written last, whole or not at
    all: a manifest part says its partition is done."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    statement_schema, article_schema = table_schemas()
    write_partition(article_table, article_schema, out / "articles" / f"{name}.parquet")
    write_partition(statement_table, statement_schema, out / "statements" / f"{name}.parquet")
    manifest = pa.Table.from_pylist(rows, schema=pa.schema([
        ("source", pa.string()), ("record", pa.int64()), ("article_id", pa.string()), ("status", pa.string()),
        ("reason", pa.string()), ("encoding", pa.string()), ("url_key", pa.int64()), ("text_key", pa.int64()),
        ("provisional", pa.string())], metadata={"fields": json.dumps(fields)}))
    temporary = out / "manifest" / f"{name}.{os.getpid()}.tmp"
    pq.write_table(manifest, temporary)
    os.replace(temporary, out / "manifest" / f"{name}.parquet")
