"""Read articles from what researchers have, and account for every input record.

An input is a ``.txt`` article (with an optional ``<name>.meta.yml`` sidecar holding its title,
date, source and url), a ``.jsonl`` or ``.json`` file of articles, a ``.csv`` file of articles, any
of these gzip-compressed, or a folder mixing them. Files are read as streams, one record at a time.

Every record ends as exactly one row of the :class:`Manifest`: ``loaded``, ``rejected`` (with the
reason) or ``duplicate`` (with the id of the article it repeats). Article text is kept exactly as
decoded; boilerplate is flagged by span, never cut out, so character offsets always point into the
text as loaded.
"""

from __future__ import annotations

from array import array
import csv
import gzip
import hashlib
import json
import re
import sys
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
import yaml

SIDECAR_SUFFIX = ".meta.yml"
ARTICLE_SUFFIXES = (".txt", ".jsonl", ".json", ".csv")

# Field names tried in order for each article attribute; the first one present wins.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "maintext", "content"),
    "date": ("date", "published", "date_publish", "published_at", "datetime"),
    "title": ("title", "headline"),
    "source": ("source", "site", "source_domain", "outlet"),
    "url": ("url", "link"),
    "id": ("id", "article_id", "newid", "uid"),
}


class CorpusError(Exception):
    """A problem with the corpus as a whole (missing path, nothing to read): the run cannot go on."""


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
    """One row per input record: where it came from and what became of it.

    Rows are kept as compact columns (a source index, the record number and a status code in
    arrays; the article id and reason as shared strings), so that listing every record of a corpus
    of millions costs tens of bytes per record, not a dictionary each."""

    columns = ["source", "record", "article_id", "status", "reason"]
    statuses = ("loaded", "rejected", "duplicate")

    def __init__(self) -> None:
        self._sources: list[str] = []
        self._source_index: dict[str, int] = {}
        self._source = array("I")
        self._record = array("q")
        self._status = array("b")
        self._article_id: list[str | None] = []
        self._reason: dict[int, str] = {}  # only the rows that have a reason

    def add(self, source: str, record: int, article_id: str | None, status: str, reason: str = "") -> None:
        index = self._source_index.setdefault(source, len(self._sources))
        if index == len(self._sources):
            self._sources.append(source)
        if reason:
            self._reason[len(self._record)] = reason
        self._source.append(index)
        self._record.append(record)
        self._status.append(self.statuses.index(status))
        self._article_id.append(article_id)

    def __len__(self) -> int:
        return len(self._record)

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame({
            "source": [self._sources[index] for index in self._source],
            "record": list(self._record),
            "article_id": self._article_id,
            "status": [self.statuses[code] for code in self._status],
            "reason": [self._reason.get(i, "") for i in range(len(self))],
        }, columns=self.columns)

    def write_csv(self, path: str | Path) -> None:
        """The manifest as CSV, written row by row (no table of every record is built)."""
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(self.columns)
            for i in range(len(self)):
                article_id = self._article_id[i]
                writer.writerow((self._sources[self._source[i]], self._record[i], "" if article_id is None else article_id,
                                 self.statuses[self._status[i]], self._reason.get(i, "")))

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(self.statuses, 0)
        for code in self._status:
            counts[self.statuses[code]] += 1
        return counts


# --- text ---------------------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (a BOM is dropped), else cp1252, never raising; flags say what happened."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), ["decoded-as-cp1252"]
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), ["invalid-bytes-replaced"]


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

def parse_date(value) -> pd.Timestamp | None:
    """A timezone-aware UTC timestamp, or None when the value cannot be read as a date.

    Naive dates are taken as UTC; dates with an offset are converted to UTC.
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    text = str(value).strip()
    if not text:
        return None
    try:  # ISO 8601, the common case, without pandas' slower guessing
        stamp = pd.Timestamp(datetime.fromisoformat(text))
        return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
    except ValueError:
        pass
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            stamp = pd.to_datetime(text, utc=True, format="mixed")
    except (ValueError, TypeError, OverflowError):
        return None
    return None if pd.isna(stamp) else stamp


# --- records ------------------------------------------------------------------------------------

def _pick(record: dict, attribute: str, fields: dict[str, str]) -> object:
    if attribute in fields:
        return record.get(fields[attribute])
    for name in DEFAULT_FIELDS[attribute]:
        if record.get(name) not in (None, ""):
            return record[name]
    return None


def _open_bytes(path: Path):
    return gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb")


class _DecodedLines:
    """The lines of a file, read as a stream and decoded one by one with :func:`decode`, so one
    line in another encoding is read (and flagged) without affecting the rest. ``flags`` collects
    what happened since it was last cleared."""

    def __init__(self, path: Path):
        self.path = path
        self.flags: set[str] = set()

    def __iter__(self) -> Iterator[str]:
        with _open_bytes(self.path) as handle:
            for raw in handle:
                text, flags = decode(raw)
                self.flags.update(flags)
                yield text


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for suffix in ARTICLE_SUFFIXES:
        if name.endswith(suffix):
            return suffix[1:]
    return ""


def _stem(path: Path) -> str:
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return name.rsplit(".", 1)[0]


def _records(path: Path) -> Iterator[tuple[int, dict | None, str]]:
    """(record number, record or None, reason) for every record of one file, streamed."""
    kind = _kind(path)
    if kind == "txt":
        with _open_bytes(path) as handle:
            text, flags = decode(handle.read())
        record = {"text": text, "id": _stem(path), "_flags": flags}
        front = _FRONT_MATTER.match(text)
        if front:
            meta = _metadata(yaml.safe_load(front.group(1)), f"{path}: front matter")
            record = {**meta, **record, "_front_matter": front.end()}
        sidecar = path.with_name(_stem(path) + SIDECAR_SUFFIX)
        if sidecar.exists():
            meta = _metadata(yaml.safe_load(sidecar.read_text(encoding="utf-8")), str(sidecar))
            record = {**{k: v for k, v in meta.items() if k != "id"}, **record}
        yield 1, record, ""
    elif kind == "jsonl" or (kind == "json" and _looks_like_jsonl(path)):
        lines = _DecodedLines(path)
        for number, line in enumerate(lines, start=1):
            flags = sorted(lines.flags)
            lines.flags.clear()
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield number, None, f"malformed JSON at line {number}, column {error.colno}: {error.msg}"
                continue
            if not isinstance(record, dict):
                yield number, None, f"line {number} is a JSON {type(record).__name__}, not an object"
                continue
            yield number, {**record, "_flags": flags}, ""
    elif kind == "json":
        # A JSON document is parsed whole; corpora too large for memory belong in JSONL.
        with _open_bytes(path) as handle:
            text, flags = decode(handle.read())
            try:
                data = json.loads(text)
            except json.JSONDecodeError as error:
                yield error.lineno, None, f"malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}"
                return
        items = data if isinstance(data, list) else [data]
        for number, record in enumerate(items, start=1):
            if isinstance(record, dict):
                yield number, {**record, "_flags": flags}, ""
            else:
                yield number, None, f"item {number} is a JSON {type(record).__name__}, not an object"
    elif kind == "csv":
        csv.field_size_limit(sys.maxsize)
        lines = _DecodedLines(path)
        reader = csv.reader(lines)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield 1, None, f"unreadable CSV header: {error}"
            return
        while True:
            first_line = reader.line_num + 1
            lines.flags.clear()
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield first_line, None, f"malformed CSV at line {first_line}: {error}"
                continue
            if not row:
                continue
            if len(row) != len(header):
                yield first_line, None, f"CSV row at line {first_line} has {len(row)} fields, header has {len(header)}"
                continue
            yield first_line, {**dict(zip(header, row)), "_flags": sorted(lines.flags)}, ""


def _looks_like_jsonl(path: Path) -> bool:
    for line in _DecodedLines(path):
        if line.strip():
            return line.lstrip().startswith("{") and line.rstrip().endswith("}")
    return False


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.{0,4000}?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def _metadata(data, where: str) -> dict:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CorpusError(f"{where}: metadata must be a mapping of field: value")
    return data


def _key(text: str) -> int:
    """A 64-bit digest of ``text`` for de-duplication."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def corpus_files(paths: Iterable[str | Path]) -> list[Path]:
    """The article files named by ``paths`` (files, or folders searched recursively), in a stable order."""
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise CorpusError(f"{path}: no such file or folder")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _kind(p) and not p.name.startswith("."))
            if not found:
                raise CorpusError(f"{path}: folder holds no article files ({', '.join(ARTICLE_SUFFIXES)}, optionally .gz)")
            files.extend(found)
        elif not _kind(path):
            raise CorpusError(f"{path}: not an article file (expected {', '.join(ARTICLE_SUFFIXES)}, optionally .gz)")
        else:
            files.append(path)
    return files


def iter_articles(
    paths: Iterable[str | Path],
    manifest: Manifest | None = None,
    fields: dict[str, str] | None = None,
    with_boilerplate: bool = True,
    keep_duplicates: bool = False,
) -> Iterator[Article]:
    """Stream the articles of a corpus, recording every input record in ``manifest``.

    ``fields`` maps an attribute (``text``, ``date``, ``title``, ``source``, ``url``, ``id``) to the
    field name the input uses, where the defaults in :data:`DEFAULT_FIELDS` do not find it.
    With ``with_boilerplate=False`` the boilerplate spans are left for the caller to add with
    :func:`flag_boilerplate` (parallel workers do it, off the reading process).
    An article that repeats an earlier one (same url, or the same words) is listed in the manifest
    as a duplicate and skipped, unless ``keep_duplicates``: an evaluation set may hold one text
    under two names, and each name is scored. A kept repeat is loaded with the note
    "repeats article <id>".
    """
    manifest = manifest if manifest is not None else Manifest()
    fields = {k: v for k, v in (fields or {}).items() if v}
    unknown = set(fields) - set(DEFAULT_FIELDS)
    if unknown:
        raise CorpusError(f"unknown field mapping {sorted(unknown)}; known: {sorted(DEFAULT_FIELDS)}")
    seen_ids: set[str] = set()
    seen_urls: dict[int, str] = {}  # 64-bit digests: a corpus of millions keeps only numbers and ids
    seen_texts: dict[int, str] = {}
    files = corpus_files(paths)
    for path in files:
        source = str(path)
        try:
            records = list(_records(path)) if _kind(path) == "txt" else _records(path)
            for number, record, reason in records:
                if record is None:
                    print(f"warning: {source}: {reason}; record rejected", file=sys.stderr)
                    manifest.add(source, number, None, "rejected", reason)
                    continue
                article, reason = _article(record, path, number, fields, with_boilerplate)
                if article is None:
                    manifest.add(source, number, None, "rejected", reason)
                    continue
                url = (article.url or "").strip().rstrip("/").lower()
                url_key = _key(url) if url else None
                text_key = _key(" ".join(article.text.split()).lower())
                first = seen_urls.get(url_key) if url_key else None
                first = first or seen_texts.get(text_key)
                if first is not None and not keep_duplicates:
                    manifest.add(source, number, article.article_id, "duplicate", f"repeats article {first}")
                    continue
                given_id = article.article_id
                article.article_id = _unique_id(safe_id(given_id), seen_ids)
                seen_ids.add(article.article_id)
                if first is None:
                    if url_key:
                        seen_urls[url_key] = article.article_id
                    seen_texts[text_key] = article.article_id
                notes = [f"id {given_id!r} made safe"] if article.article_id != given_id else []
                note = "; ".join(notes + ([f"repeats article {first}"] if first is not None else []))
                manifest.add(source, number, article.article_id, "loaded", note)
                yield article
        except OSError as error:
            raise CorpusError(f"{path}: cannot be read ({error.strerror or error})") from error
        except (EOFError, gzip.BadGzipFile) as error:
            raise CorpusError(f"{path}: broken gzip file ({error})") from error


def safe_id(raw: str) -> str:
    """An article id that is safe as a file name: anything but letters, digits and ``._-~`` becomes
    ``_``, and it never starts with a dot, so an id such as ``../../x`` cannot name a path outside
    the run folder."""
    cleaned = re.sub(r"[^\w.~-]", "_", raw, flags=re.ASCII)[:120]
    return "_" + cleaned if cleaned.startswith(".") or not cleaned else cleaned


def _unique_id(article_id: str, seen: set[str]) -> str:
    if article_id not in seen:
        return article_id
    n = 2
    while f"{article_id}~{n}" in seen:
        n += 1
    return f"{article_id}~{n}"


def _article(record: dict, path: Path, number: int, fields: dict[str, str],
             flag: bool = True) -> tuple[Article | None, str]:
    text = _pick(record, "text", fields)
    if text is None or not str(text).strip():
        return None, "no article text"
    if not isinstance(text, str):
        return None, f"article text is a {type(text).__name__}, not a string"
    raw_id = _pick(record, "id", fields)
    article_id = str(raw_id) if raw_id not in (None, "") else f"{_stem(path)}-{number}"
    date_raw = _pick(record, "date", fields)
    flags = list(record.get("_flags", []))
    if "\ufffd" in text and "invalid-bytes-replaced" not in flags:
        flags.append("invalid-bytes-replaced")
    date = parse_date(date_raw)
    if date is None:
        flags.append("no-date" if date_raw in (None, "") else "unreadable-date")

    def text_or_none(attribute: str) -> str | None:
        value = _pick(record, attribute, fields)
        return None if value in (None, "") else str(value)

    article = Article(
        article_id=article_id,
        text=text,
        source_file=str(path),
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


def articles_frame(articles: Iterable[Article]) -> pd.DataFrame:
    return pd.DataFrame([a.as_row() for a in articles])
