"""Articles from what researchers have, and an account of every input record.

The files, archives and formats a corpus comes in are read by :mod:`analysis.readers`; which field of a
record holds the text, date, title, source, url and id is settled by :mod:`analysis.fields`. Here the
records become :class:`Article` objects, dates are read, repeats are found, and every record ends as
exactly one row of the :class:`Manifest`: ``loaded``, ``rejected`` (with the reason), ``duplicate``
(with the id of the article it repeats) or, when its analysis raised, ``failed`` (with the error).
Article text is kept exactly as decoded; boilerplate is flagged by span, never cut out, so character
offsets always point into the text as loaded.
"""

from __future__ import annotations

from array import array
import csv
import gzip
import hashlib
import itertools
import json
import re
import sys
import tarfile
import warnings
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from .fields import DEFAULT_FIELDS, SAMPLE_RECORDS, FieldUsage, detect
from .readers import ARTICLE_SUFFIXES, SIDECAR_SUFFIX, CorpusError, Source, corpus_files, records, sources

__all__ = ["ARTICLE_SUFFIXES", "SIDECAR_SUFFIX", "Article", "CorpusError", "DEFAULT_FIELDS", "Manifest",
           "articles_frame", "boilerplate_spans", "corpus_files", "flag_boilerplate", "iter_articles",
           "load_corpus", "parse_date", "safe_id"]


@dataclass
class Article:
    article_id: str
    text: str
    source_file: str
    record: int
    date: pd.Timestamp | None = None
    date_raw: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    flags: list[str] = field(default_factory=list)
    boilerplate: list[tuple[int, int, str]] = field(default_factory=list)
    manifest_row: int | None = None  # (its row in the run's manifest, where a failure is recorded)

    def as_row(self) -> dict:
        return {
            "article_id": self.article_id,
            "date": self.date,
            "date_raw": self.date_raw,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "source_file": self.source_file,
            "record": self.record,
            "n_chars": len(self.text),
            "flags": ";".join(self.flags),
            "boilerplate": json.dumps([(s, e, reason, self.text[s:e]) for s, e, reason in self.boilerplate]),
        }


class Manifest:
    """One row per input record: where it came from and what became of it; and ``fields``, which
    input field each attribute of the articles came from (:class:`analysis.fields.FieldUsage`).

    Rows are kept as compact columns (a source index, the record number and a status code in
    arrays; the article id, reason and encoding as shared strings, the last two only where a row has
    one), so that listing every record of a corpus of millions costs tens of bytes per record."""

    columns = ["source", "record", "article_id", "status", "reason", "encoding"]
    statuses = ("loaded", "rejected", "duplicate", "failed")

    def __init__(self) -> None:
        self._sources: list[str] = []
        self._source_index: dict[str, int] = {}
        self._source = array("I")
        self._record = array("q")
        self._status = array("b")
        self._article_id: list[str | None] = []
        self._reason: dict[int, str] = {}  # only the rows that have a reason
        self._encoding: dict[int, str] = {}  # only the rows not read as UTF-8
        self.fields = FieldUsage()

    def add(self, source: str, record: int, article_id: str | None, status: str, reason: str = "",
            encoding: str = "") -> int:
        """Add a row; its number."""
        index = self._source_index.setdefault(source, len(self._sources))
        if index == len(self._sources):
            self._sources.append(source)
        row = len(self._record)
        if reason:
            self._reason[row] = reason
        if encoding:
            self._encoding[row] = encoding
        self._source.append(index)
        self._record.append(record)
        self._status.append(self.statuses.index(status))
        self._article_id.append(article_id)
        return row

    def add_row(self, row: dict) -> int:
        """Add a row given as a dict of :attr:`columns` (other keys are ignored); its number."""
        return self.add(row["source"], row["record"], row["article_id"], row["status"], row["reason"], row["encoding"])

    def fail(self, row: int, reason: str) -> None:
        """Mark a loaded article as failed: its analysis raised ``reason``."""
        self._status[row] = self.statuses.index("failed")
        self._reason[row] = reason

    def __len__(self) -> int:
        return len(self._record)

    def _row(self, i: int) -> tuple:
        article_id = self._article_id[i]
        return (self._sources[self._source[i]], self._record[i], "" if article_id is None else article_id,
                self.statuses[self._status[i]], self._reason.get(i, ""), self._encoding.get(i, ""))

    def frame(self) -> pd.DataFrame:
        frame = pd.DataFrame([self._row(i) for i in range(len(self))], columns=self.columns)
        frame["article_id"] = frame["article_id"].replace("", None)
        return frame.astype({"record": "int64"})

    def write_csv(self, path: str | Path) -> None:
        """The manifest as CSV, written row by row (no table of every record is built)."""
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(self.columns)
            for i in range(len(self)):
                writer.writerow(self._row(i))

    @classmethod
    def read_csv(cls, path: str | Path, fields: FieldUsage | None = None) -> "Manifest":
        """A manifest as :meth:`write_csv` wrote it."""
        manifest = cls()
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            next(reader)
            for source, record, article_id, status, reason, encoding in reader:
                manifest.add(source, int(record), article_id or None, status, reason, encoding)
        manifest.fields = fields if fields is not None else manifest.fields
        return manifest

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(self.statuses, 0)
        for code in self._status:
            counts[self.statuses[code]] += 1
        return counts


# --- text ---------------------------------------------------------------------------------------

_LINE_END_ELLIPSIS = re.compile(r"(?:…|\.\.\.)[ \t]*(?=\n|\Z)")
_TEASER_END = re.compile(r"[\w,;:'’)\]](?:…|\.\.\.)[ \t]*$")
_READ_MORE = re.compile(r"^[ \t]*(?:read more|related(?: articles| stories)?|see also|more on this)\b[^\n]*$", re.M | re.I)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|copyright\s+\d{4}|all rights reserved", re.I)
_BYLINE = re.compile(r"^[ \t]*[Bb][Yy] [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}[ \t]*$", re.M)


def boilerplate_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans of page furniture: teaser headlines cut off with an ellipsis, "Read more"/"Related"
    lines, bylines and copyright lines. Returned as ``(start, end, reason)``; the text is untouched."""
    spans = []
    for m in _LINE_END_ELLIPSIS.finditer(text):  # a line cut off with an ellipsis right after a word
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _TEASER_END.search(text, line_start, m.end()):
            spans.append((line_start, m.end(), "teaser"))
    for pattern, reason in ((_READ_MORE, "read-more"), (_BYLINE, "byline")):
        spans.extend((m.start(), m.end(), reason) for m in pattern.finditer(text))
    copyright_lines = set()
    # Copyright notices sit at the top or bottom of a page: only those ends are searched.
    ends = [(0, min(len(text), 400)), (max(0, len(text) - 600), len(text))]
    matches = [m for lo, hi in ends for m in _COPYRIGHT.finditer(text, lo, hi)]
    for m in matches:  # the whole line around a copyright notice
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        copyright_lines.add((line_start, len(text) if line_end == -1 else line_end))
    spans.extend((s, e, "copyright") for s, e in copyright_lines)
    return sorted(spans)


# --- dates --------------------------------------------------------------------------------------

_EPOCH_SECONDS = (1e8, 1e10)  # a number in this range is seconds since 1970 (1973..2286)


def parse_date(value) -> pd.Timestamp | None:
    """A timezone-aware UTC timestamp, or None when the value cannot be read as a date.

    Naive dates are taken as UTC; dates with an offset are converted to UTC. A number (or digits) of
    the size of today's Unix time is seconds since 1970, a thousand times that milliseconds.
    """
    if value is None or isinstance(value, bool) or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{9,13}(?:\.\d+)?", text):
        number = float(text)
        seconds = number if _EPOCH_SECONDS[0] <= number < _EPOCH_SECONDS[1] else number / 1000
        if not _EPOCH_SECONDS[0] <= seconds < _EPOCH_SECONDS[1]:
            return None
        return pd.Timestamp(datetime.fromtimestamp(seconds, tz=timezone.utc))
    try:  # ISO 8601, the common case, without pandas' slower guessing
        stamp = pd.Timestamp(datetime.fromisoformat(text))
        return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
    except ValueError:
        pass
    if not re.search(r"\d", text) or len(text) > 80:
        return None  # (no date is written without a digit; a long text is no date)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            stamp = pd.to_datetime(text, utc=True, format="mixed")
    except (ValueError, TypeError, OverflowError):
        return None
    return None if pd.isna(stamp) else stamp


def _reads_as_date(value) -> bool:
    """Whether a field's value is a date (for finding a corpus's date field): it reads as one, in the
    years news is written in."""
    stamp = parse_date(value)
    return stamp is not None and 1800 <= stamp.year <= 2200


# A date in a file name: "2016-09-12_slug.txt", "20220224-address.txt"
_DATE_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


# --- records ------------------------------------------------------------------------------------


@dataclass
class _FieldPlan:
    """How one file's records are read: the given and detected field names, by attribute."""

    given: dict[str, str]
    detected: dict[str, str]

    def names(self, attribute: str) -> set[str]:
        """The field names an attribute is read from."""
        chosen = self.given.get(attribute) or self.detected.get(attribute)
        return {chosen} if chosen else set(DEFAULT_FIELDS[attribute])

    def pick(self, record: dict, attribute: str) -> tuple[object, str, str]:
        """(value, field name, how) of one attribute of a record; (None, "", "") when it has none."""
        for names, how in ((self.given, "given"), (self.detected, "detected")):
            if attribute in names:
                value = record.get(names[attribute])
                return (value, names[attribute], how) if value not in (None, "") else (None, "", "")
        for name in DEFAULT_FIELDS[attribute]:
            if record.get(name) not in (None, ""):
                return record[name], name, "default"
        return None, "", ""


def _planned(source: Source, numbered: Iterator, given: dict[str, str], announce: bool = True) -> tuple[_FieldPlan, Iterator]:
    """The field plan of one file, from its first records, and all its records again."""
    head = list(itertools.islice(numbered, SAMPLE_RECORDS))
    sample = [record for _, record, _ in head if record is not None]
    detected = detect(sample, given, _reads_as_date) if source.kind != "txt" else {}
    if detected and announce:
        found = ", ".join(f"{attribute} {name!r}" for attribute, name in detected.items())
        print(f"{source.name}: fields found from the data: {found}", file=sys.stderr)
    return _FieldPlan(given, detected), itertools.chain(head, numbered)


def _key(text: str) -> int:
    """A 64-bit digest of ``text`` for de-duplication (signed, as Parquet and SQLite keep integers)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big",
                          signed=True)


def iter_articles(
    paths: Iterable[str | Path],
    manifest: Manifest | None = None,
    fields: dict[str, str] | None = None,
    with_boilerplate: bool = True,
    keep_duplicates: bool = False,
) -> Iterator[Article]:
    """Stream the articles of a corpus, recording every input record in ``manifest``.

    ``fields`` maps an attribute (``text``, ``date``, ``title``, ``source``, ``url``, ``id``) to the
    field name the input uses; without it, each file's fields are found by their common names or from
    the data (:mod:`analysis.fields`), and ``manifest.fields`` says which were used.
    With ``with_boilerplate=False`` the boilerplate spans are left for the caller to add with
    :func:`flag_boilerplate`.
    An article that repeats an earlier one (same url, or the same words) is listed in the manifest
    as a duplicate and skipped, unless ``keep_duplicates``: an evaluation set may hold one text
    under two names, and each name is scored. A kept repeat is loaded with the note
    "repeats article <id>".
    """
    manifest = manifest if manifest is not None else Manifest()
    seen = _Seen()
    for path in corpus_files(paths):
        for reading, number, record, reason in records_of(path, fields):
            if isinstance(reason, Exception):
                manifest.add_row(reject_rest(reading, number, reason))
                continue
            article, row = read_record(reading, number, record, reason, manifest.fields, with_boilerplate)
            if article is not None:
                row = settled(row, seen, keep_duplicates)
                article.article_id = row["article_id"]
            article_row = manifest.add_row(row)
            if article is not None and row["status"] == "loaded":
                article.manifest_row = article_row
                manifest.fields.loaded += 1
                yield article


def records_of(path: Path, fields: dict[str, str] | None, announce: bool = True) -> Iterator[tuple]:
    """``(reading, number, record, reason)`` for every record of one corpus file, in order, where
    ``reading`` is the record's source and its field plan (for :func:`read_record`). The unreadable
    rest of a file or archive is one last item, whose ``reason`` is the error (see :func:`reject_rest`).
    ``announce`` says on stderr which fields were found from the data."""
    fields = {k: v for k, v in (fields or {}).items() if v}
    unknown = set(fields) - set(DEFAULT_FIELDS)
    if unknown:
        raise CorpusError(f"unknown field mapping {sorted(unknown)}; known: {sorted(DEFAULT_FIELDS)}")
    try:
        for source in sources(path):
            last = 0
            try:
                plan, numbered = _planned(source, records(source), fields, announce)
                for last, record, reason in numbered:
                    yield (source, plan), last, record, reason
            except _UNREADABLE as error:
                yield (source, None), last + 1, None, error
    except _UNREADABLE as error:  # (an archive that cannot be opened)
        yield (Source(str(path), "", "", lambda: None), None), 1, None, error


# What breaks reading a file or archive member part way: the rest of it is rejected, the corpus goes on
_UNREADABLE = (OSError, EOFError, zlib.error, gzip.BadGzipFile, tarfile.TarError, zipfile.BadZipFile, CorpusError)


def reject_rest(reading: tuple, record: int, error: Exception) -> dict:
    """The manifest row of a file's unreadable rest, said on stderr."""
    name = reading[0].name
    reason = f"unreadable from record {record} on: {_described(error)}"
    print(f"warning: {name}: {reason}; rejected", file=sys.stderr)
    return _row(name, record, None, "rejected", reason)


def _row(source: str, record: int, article_id: str | None, status: str, reason: str = "", encoding: str = "",
         url_key: int | None = None, text_key: int | None = None) -> dict:
    return {"source": source, "record": record, "article_id": article_id, "status": status, "reason": reason,
            "encoding": encoding, "url_key": url_key, "text_key": text_key}


def _described(error: Exception) -> str:
    if isinstance(error, CorpusError):
        return str(error)
    kind = "broken compressed data" if isinstance(error, (EOFError, zlib.error, gzip.BadGzipFile)) else \
        "broken archive" if isinstance(error, (tarfile.TarError, zipfile.BadZipFile)) else "cannot be read"
    return f"{kind} ({getattr(error, 'strerror', None) or error})"


@dataclass
class _Seen:
    """What earlier articles of the corpus were: their ids, and digests of their urls and words (the
    same questions :class:`analysis.settle.SeenOnDisk` answers from disk)."""

    ids: set = field(default_factory=set)
    urls: dict = field(default_factory=dict)  # 64-bit digests: a corpus of millions keeps only numbers and ids
    texts: dict = field(default_factory=dict)

    def first(self, url_key: int | None, text_key: int) -> str | None:
        """The id of the earlier article with this url or these words, or None."""
        return (self.urls.get(url_key) if url_key is not None else None) or self.texts.get(text_key)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self.ids

    def remember(self, article_id: str, url_key: int | None, text_key: int, first: bool) -> None:
        self.ids.add(article_id)
        if first:
            if url_key is not None:
                self.urls[url_key] = article_id
            self.texts[text_key] = article_id


def read_record(reading: tuple, number: int, record: dict | None, reason: str, usage: FieldUsage,
                with_boilerplate: bool = False) -> tuple[Article | None, dict]:
    """One record as an article (or None when it is rejected) and its manifest row. A loaded row holds
    the id the input gave and the digests of the article's url and words; the article's own id is
    that id made safe (:func:`settled` makes it unique and finds repeats, given the articles before)."""
    source, plan = reading
    encoding = (record or {}).get("_encoding", "")
    if record is None:
        print(f"warning: {source.name}: {reason}; record rejected", file=sys.stderr)
        return None, _row(source.name, number, None, "rejected", reason)
    article, reason = _article(record, source, number, plan, usage, with_boilerplate)
    if article is None:
        return None, _row(source.name, number, None, "rejected", reason, encoding)
    url = (article.url or "").strip().rstrip("/").lower()
    row = _row(source.name, number, article.article_id, "loaded", "", encoding, _key(url) if url else None,
               _key(" ".join(article.text.split()).lower()))
    article.article_id = safe_id(article.article_id)
    return article, row


def settled(row: dict, seen, keep_duplicates: bool = False) -> dict:
    """A loaded (or failed) row, given the articles before it in ``seen`` (which it then joins): a
    ``duplicate`` of the first article with its url or words, or an article under a unique id, with
    notes on how its id was made. A failed row keeps its status and error."""
    given = row["article_id"]
    first = seen.first(row["url_key"], row["text_key"])
    if first is not None and not keep_duplicates:
        return {**row, "status": "duplicate", "reason": f"repeats article {first}"}
    safe = safe_id(given)
    unique = unique_id(safe, seen)
    seen.remember(unique, row["url_key"], row["text_key"], first is None)
    notes = [f"id {given!r} made safe"] if safe != given else []
    notes += [f"id {safe!r} already used: {unique}"] if unique != safe else []
    note = "; ".join(notes + ([f"repeats article {first}"] if first is not None else []))
    return {**row, "article_id": unique, "reason": row["reason"] if row["status"] == "failed" else note}


def safe_id(raw: str) -> str:
    """An article id that is safe as a file name: anything but letters, digits and ``._-~`` becomes
    ``_``, and it never starts with a dot, so an id such as ``../../x`` cannot name a path outside
    the run folder."""
    cleaned = re.sub(r"[^\w.~-]", "_", raw, flags=re.ASCII)[:120]
    return "_" + cleaned if cleaned.startswith(".") or not cleaned else cleaned


def unique_id(article_id: str, seen) -> str:
    if article_id not in seen:
        return article_id
    n = 2
    while f"{article_id}~{n}" in seen:
        n += 1
    return f"{article_id}~{n}"


def _article(record: dict, source: Source, number: int, plan: _FieldPlan, usage: FieldUsage,
             flag: bool = True) -> tuple[Article | None, str]:
    text, text_field, text_how = plan.pick(record, "text")
    if text is None or not str(text).strip():
        return None, "no article text" + ("" if plan.names("text") & set(record) else " (no text field found)")
    if not isinstance(text, str):
        return None, f"article text is a {type(text).__name__}, not a string"
    raw_id, id_field, id_how = plan.pick(record, "id")
    if id_field and source.kind != "txt":
        usage.count("id", id_field, id_how)
    article_id = str(raw_id) if raw_id not in (None, "") else f"{source.stem}-{number}"
    date_raw, date_field, date_how = plan.pick(record, "date")
    encoding = record.get("_encoding", "")
    read_as = [name for name in encoding.split("; ") if name]  # (the encodings its lines were read in)
    flags = ["invalid-bytes-replaced"] if any("replaced" in name for name in read_as) or "\ufffd" in text else []
    flags += [f"decoded-as-{name}" for name in read_as if "replaced" not in name]
    if date_raw is None and source.kind == "txt" and (named := _DATE_IN_NAME.search(source.stem)):
        date_raw, date_field, date_how = "-".join(named.group(1, 3, 4)), "file name", "detected"
    date = parse_date(date_raw)
    if date is None:
        flags.append("no-date" if date_raw in (None, "") else "unreadable-date")
    usage.count("text", text_field or "text", text_how or "default")
    if date_field:
        usage.count("date", date_field, date_how, date_read=date is not None)

    def text_or_none(attribute: str) -> str | None:
        value, name, how = plan.pick(record, attribute)
        if value is None or isinstance(value, (dict, list)):
            return None
        usage.count(attribute, name, how)
        return str(value)

    article = Article(
        article_id=article_id,
        text=text,
        source_file=source.name,
        record=number,
        date=date,
        date_raw=None if date_raw in (None, "") else str(date_raw),
        title=text_or_none("title"),
        source=text_or_none("source"),
        url=text_or_none("url"),
        flags=flags,
    )
    if record.get("_front_matter"):
        article.boilerplate = [(0, record["_front_matter"], "front-matter")]
    if flag:
        flag_boilerplate(article)
    return article, ""


def flag_boilerplate(article: Article) -> Article:
    """Add the article's boilerplate spans (after any front matter already flagged)."""
    front = [span for span in article.boilerplate if span[2] == "front-matter"]
    article.boilerplate = front + boilerplate_spans(article.text)
    return article


def load_corpus(
    paths: Iterable[str | Path] | str | Path,
    fields: dict[str, str] | None = None,
    keep_duplicates: bool = False,
) -> tuple[list[Article], Manifest]:
    """All articles of a corpus in memory, with the manifest. Raises :class:`CorpusError` when
    nothing at all could be loaded. (``keep_duplicates``: see :func:`iter_articles`.)"""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    manifest = Manifest()
    articles = list(iter_articles(paths, manifest, fields, keep_duplicates=keep_duplicates))
    if not articles:
        counts = manifest.counts()
        raise CorpusError(
            f"{', '.join(map(str, paths))}: no article could be loaded "
            f"({counts['rejected']} rejected, {counts['duplicate']} duplicate)"
        )
    return articles, manifest


ARTICLE_COLUMNS = ["article_id", "date", "date_raw", "title", "source", "url", "source_file", "record", "n_chars",
                   "flags", "boilerplate"]


def articles_frame(articles: Iterable[Article]) -> pd.DataFrame:
    return pd.DataFrame([a.as_row() for a in articles], columns=ARTICLE_COLUMNS)
