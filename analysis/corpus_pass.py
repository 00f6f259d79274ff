"""The corpus pass over a run's written partitions, on the run's workers.

:mod:`analysis.attribution.corpus_names` decides what the pass changes (surnames and bare roles named
as their source names them elsewhere, page furniture dropped) from facts about the whole corpus.
Here those facts are gathered partition by partition and summed, and each partition is rewritten
where the pass changes it, with the duplicates and renamed ids that :mod:`analysis.settle` found
applied on the way; both rounds run a few partitions at a time on the engine's workers, so no
process holds more than :data:`PASS_PARTITIONS` partitions' speaker columns.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .partitions import table_schemas, write_partition
from .engine import Engine


def named_across_corpus(out: Path, engine: Engine | None = None, changes: dict | None = None, facts=None,
                        gathered: set[str] = frozenset()) -> None:
    """The corpus pass over the written statements (:mod:`analysis.attribution.corpus_names`): surnames
    and roles named in full from their source, page furniture dropped; with the ``changes`` settled
    by :class:`analysis.settle.Settler` (duplicates dropped, ids renamed) applied on the way. Two
    rounds over the partitions, a few at a time on the engine's workers: what the pass needs of the
    whole corpus, gathered and summed here (``facts``: those of the partitions ``gathered`` already,
    while the workers were analysing); then each partition rewritten where it changes. No process
    holds more than :data:`PASS_PARTITIONS` partitions' speaker columns."""
    from .attribution.corpus_names import CorpusFacts

    parts = sorted(part.name for part in (out / "statements").glob("part-*.parquet"))
    engine, changes = engine or Engine(), changes or {}
    facts = facts if facts is not None else CorpusFacts()
    for found in engine.results(corpus_facts, _chunks([part for part in parts if part not in gathered], changes,
                                                      engine.workers), str(out)):
        facts.merge(found)
    chunks = _chunks(parts, changes, engine.workers)
    for _ in engine.results(pass_partitions, chunks, str(out), facts):
        pass


def _chunks(parts: list[str], changes: dict, workers: int) -> list[tuple[list[str], dict]]:
    """Partitions in runs of at most :data:`PASS_PARTITIONS`, about two per worker, each with the
    changes settled for them."""
    size = max(1, min(PASS_PARTITIONS, -(-len(parts) // (2 * workers))))
    return [(parts[i:i + size], {name[:-8]: changes[name[:-8]] for name in parts[i:i + size] if name[:-8] in changes})
            for i in range(0, len(parts), size)]


PASS_PARTITIONS = 20  # partitions read together by one task of the corpus pass
_SPEAKER_COLUMNS = ["article_id", "speaker", "speaker_text", "speaker_how", "cue", "speaker_start", "confidence"]


def corpus_facts(chunk: tuple[list[str], dict], out: str):
    """What the corpus pass needs to know, gathered from some partitions (a task of its first round)."""
    from .attribution.corpus_names import CorpusFacts

    rows = _speaker_rows(Path(out), *chunk)
    return CorpusFacts().add(rows) if len(rows) else CorpusFacts()


def pass_partitions(chunk: tuple[list[str], dict], out: str, facts) -> None:
    """Some partitions rewritten with the corpus pass and their settled changes applied, where these
    change them (a task of its second round). The pass reads the speaker columns; a whole table is
    read only to be rewritten."""
    import pyarrow.parquet as pq

    from .attribution.corpus_names import corpus_pass

    parts, changes = chunk
    rows = _speaker_rows(Path(out), parts, changes)
    after = corpus_pass(rows, None, facts) if len(rows) else rows
    statement_schema, article_schema = table_schemas()
    changed = ["speaker", "speaker_how", "confidence"]
    before, after = dict(list(rows.groupby("_part"))), dict(list(after.groupby("_part")))
    empty = rows.iloc[:0]
    for number, name in enumerate(parts):
        dropped, renamed = changes.get(name[:-8], (set(), {}))
        mine, kept = before.get(number, empty), after.get(number, empty)
        if not (dropped or renamed or len(kept) != len(mine) or not kept[changed].equals(mine[changed])):
            continue
        _rewrite(Path(out) / "statements" / name, statement_schema, kept["_row"].to_numpy(),
                 {column: kept[column].to_numpy() for column in changed}, renamed)
        if dropped or renamed:
            path = Path(out) / "articles" / name
            ids = pq.ParquetFile(path).read(columns=["article_id"]).column(0).to_pylist()
            _rewrite(path, article_schema, [i for i, article in enumerate(ids) if article not in dropped], {}, renamed)


def _rewrite(path: Path, schema, rows, columns: dict, renamed: dict) -> None:
    """A table rewritten with only ``rows`` (positions), ``columns`` given new values, and renamed ids."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(path, schema=schema).take(pa.array(rows, pa.int64()))
    for name, values in columns.items():
        table = table.set_column(schema.get_field_index(name), schema.field(name), pa.array(values, schema.field(name).type, from_pandas=True))
    if renamed:
        from .settle import renamed_ids

        write_partition(renamed_ids(table.to_pandas(), renamed), schema, path)
    else:
        pq.write_table(table, path)


def _speaker_rows(out: Path, parts: list[str], changes: dict) -> pd.DataFrame:
    """The speaker columns of some partitions' statements, each row with its partition (``_part``, a
    number in ``parts``), its row there (``_row``) and its article's ``source`` (outlet, else the
    file it came from), without the duplicates ``changes`` drops."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    def numbered(table, number: int):
        return table.append_column("_part", pa.array([number] * len(table), pa.int32()))

    statements, articles = [], []
    for number, name in enumerate(parts):
        table = pq.ParquetFile(out / "statements" / name).read(columns=_SPEAKER_COLUMNS)
        statements.append(numbered(table, number).append_column("_row", pa.array(range(len(table)), pa.int64())))
        articles.append(numbered(pq.ParquetFile(out / "articles" / name).read(columns=["article_id", "source", "source_file"]),
                                 number))
    articles = pa.concat_tables(articles).to_pandas()
    articles["source"] = articles["source"].fillna(articles["source_file"]).fillna("")
    rows = pa.concat_tables(statements).to_pandas()
    sources = articles.set_index(["_part", "article_id"])["source"]
    rows["source"] = sources.reindex(pd.MultiIndex.from_arrays([rows["_part"], rows["article_id"]])).fillna("").to_numpy()
    dropped = [(number, article) for number, name in enumerate(parts) for article in changes.get(name[:-8], ((), {}))[0]]
    if dropped:
        rows = rows[~pd.MultiIndex.from_arrays([rows["_part"], rows["article_id"]]).isin(pd.MultiIndex.from_tuples(dropped))]
    return rows
