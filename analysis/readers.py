"""Input files as streams of records, whatever shape a researcher's archive comes in.

An input is a ``.txt`` article (with an optional ``<name>.meta.yml`` sidecar or YAML front matter
holding its title, date, source and url), a ``.jsonl`` or ``.json`` file of articles, a ``.csv`` file
of articles, any of these gzip-compressed, a ``.zip``, ``.tar``, ``.tar.gz`` or ``.tgz`` archive of
them (read member by member, as a stream), or a folder mixing all of these.

Each file or archive member is a :class:`Source`, named as the manifest shows it
(``news.zip:2017/a.csv``). :func:`records` reads one source as a stream and yields every record with
its number (the line of a JSONL or CSV file, the item of a JSON list) or the reason it is unreadable.

Bytes become text as UTF-8 (a byte-order mark dropped); where that fails, as the encoding
``charset-normalizer`` finds (:func:`decode`), and the record says which.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
import tarfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

import yaml

SIDECAR_SUFFIX = ".meta.yml"
ARTICLE_SUFFIXES = (".txt", ".jsonl", ".json", ".csv")
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz")


class CorpusError(Exception):
    """A problem with the corpus as a whole (missing path, nothing to read): the run cannot go on."""


# --- text ---------------------------------------------------------------------------------------


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Bytes to text and the encoding used ("" for UTF-8): UTF-8 (a BOM is dropped), else ``encoding``
    where given and it reads the bytes, else the encoding charset-normalizer finds (:func:`detect`),
    else UTF-8 with the unreadable bytes replaced ("utf-8 (bytes replaced)"). Never raises."""
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    for candidate in (encoding, detect(data)):
        if candidate:
            try:
                return data.decode(candidate), candidate
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode("utf-8", errors="replace"), "utf-8 (bytes replaced)"


def detect(data: bytes) -> str | None:
    """The encoding of bytes that are not UTF-8, by charset-normalizer, or None when it finds none
    worth trusting. Among its guesses that read the bytes with the least disorder: Windows-1252 where
    it is one or reads the bytes as one of them does, else the first Windows code page (on a short text it cannot tell the Western code pages
    apart, and Windows code pages are what non-UTF-8 news exports are written in), else the first
    that reads a language or one character per byte (not a few stray bytes read as one Chinese
    character)."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    least = min(match.percent_chaos for match in matches)
    tied = [match for match in matches if match.percent_chaos == least]
    names = [match.encoding for match in tied]
    if "cp1252" in names or _reads_alike(data, "cp1252", tied):
        return "cp1252"
    windows = [name for name in names if name.startswith("cp125")]
    if windows:
        return windows[0]
    plausible = [m.encoding for m in tied if m.percent_coherence > 0 or len(str(m)) == len(data)]
    return plausible[0] if plausible else None


def _reads_alike(data: bytes, encoding: str, matches) -> bool:
    """Whether ``encoding`` reads ``data`` as one of ``matches`` does (charset-normalizer offers one of
    several code pages that agree on these bytes)."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return any(str(match) == text for match in matches)


class DecodedLines:
    """The lines of a binary stream, decoded one by one with :func:`decode`, so one line in another
    encoding is read (and named) without affecting the rest. The first encoding found is tried first
    on later lines of the same file. ``encodings`` collects what lines were read as (other than
    UTF-8) since it was last cleared."""

    def __init__(self, stream: BinaryIO):
        self.stream = stream
        self.encodings: set[str] = set()
        self._found: str | None = None

    def __iter__(self) -> Iterator[str]:
        for raw in self.stream:
            text, encoding = decode(raw, self._found)
            if encoding:
                self.encodings.add(encoding)
                if not self._found and "replaced" not in encoding:
                    self._found = encoding
            yield text

    def take(self) -> str:
        """The encodings lines were read as since the last call, as one value ("" for UTF-8)."""
        found, self.encodings = "; ".join(sorted(self.encodings)), set()
        return found


# --- sources --------------------------------------------------------------------------------------


@dataclass
class Source:
    """One input file or archive member: ``name`` as the manifest shows it, its ``kind`` (txt, jsonl,
    json, csv), ``stem`` (its file name without suffixes: a .txt article's id), ``open`` (a binary
    stream of its bytes, decompressed; opened once) and, for a .txt article, ``sidecar`` (the bytes
    of its ``.meta.yml`` named ``sidecar_name``, or None)."""

    name: str
    kind: str
    stem: str
    open: Callable[[], BinaryIO]
    sidecar_name: str = ""
    sidecar: Callable[[], bytes | None] = field(default=lambda: None)


def kind(name: str) -> str:
    """``txt``, ``jsonl``, ``json``, ``csv`` for an article file (optionally .gz), ``archive``, or ""."""
    lower = name.lower()
    if lower.endswith(ARCHIVE_SUFFIXES):
        return "archive"
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return next((suffix[1:] for suffix in ARTICLE_SUFFIXES if lower.endswith(suffix)), "")


def stem(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    if base.lower().endswith(".gz"):
        base = base[:-3]
    return base.rsplit(".", 1)[0]


def _ungzip(name: str, opener: Callable[[], BinaryIO]) -> Callable[[], BinaryIO]:
    return (lambda: gzip.GzipFile(fileobj=opener(), mode="rb")) if name.lower().endswith(".gz") else opener


def corpus_files(paths: Iterable[str | Path]) -> list[Path]:
    """The article files and archives named by ``paths`` (files, or folders searched recursively), in
    a stable order."""
    files: list[Path] = []
    expected = ", ".join(ARTICLE_SUFFIXES) + ", optionally .gz, or a " + ", ".join(ARCHIVE_SUFFIXES) + " of them"
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise CorpusError(f"{path}: no such file or folder")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and kind(p.name) and not p.name.startswith("."))
            if not found:
                raise CorpusError(f"{path}: folder holds no article files ({expected})")
            files.extend(found)
        elif not kind(path.name):
            raise CorpusError(f"{path}: not an article file (expected {expected})")
        else:
            files.append(path)
    return files


def sources(path: Path) -> Iterator[Source]:
    """The sources of one corpus file: the file itself, or each article member of an archive in the
    archive's order."""
    if kind(path.name) != "archive":
        sidecar = path.with_name(stem(path.name) + SIDECAR_SUFFIX)
        yield Source(str(path), kind(path.name), stem(path.name), _ungzip(path.name, lambda: open(path, "rb")),
                     str(sidecar), lambda: sidecar.read_bytes() if sidecar.exists() else None)
    elif path.name.lower().endswith(".zip"):
        yield from _zip_sources(path)
    else:
        yield from _tar_sources(path)


def _members(names: Iterable[str]) -> list[str]:
    return [name for name in names if kind(name) not in ("", "archive") and not name.rsplit("/", 1)[-1].startswith(".")]


def _sidecar_of(member: str) -> str:
    folder = member[: len(member) - len(member.rsplit("/", 1)[-1])]
    return folder + stem(member) + SIDECAR_SUFFIX


def _zip_sources(path: Path) -> Iterator[Source]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        raise CorpusError(f"{path}: broken zip archive ({error})") from error
    with archive:
        present = {info.filename for info in archive.infolist() if not info.is_dir()}
        for name in _members(info.filename for info in archive.infolist() if not info.is_dir()):
            sidecar = _sidecar_of(name)
            read_sidecar = (lambda s=sidecar: archive.read(s)) if sidecar in present else (lambda: None)
            yield Source(f"{path}:{name}", kind(name), stem(name), _ungzip(name, lambda n=name: archive.open(n)),
                         f"{path}:{sidecar}", read_sidecar)


def _tar_sources(path: Path) -> Iterator[Source]:
    """Members in stream order, each read before the next; sidecars are small and read first."""
    try:
        with tarfile.open(path, "r:*") as archive:
            small = {m.name: archive.extractfile(m).read() for m in archive if m.isfile() and m.name.endswith(SIDECAR_SUFFIX)}
        with tarfile.open(path, "r|*") as archive:
            for member in archive:
                if not member.isfile() or not _members([member.name]):
                    continue
                name, data = member.name, archive.extractfile(member)
                sidecar = _sidecar_of(name)
                yield Source(f"{path}:{name}", kind(name), stem(name), _ungzip(name, lambda d=data: d),
                             f"{path}:{sidecar}", lambda s=sidecar: small.get(s))
    except tarfile.TarError as error:
        raise CorpusError(f"{path}: broken tar archive ({error})") from error


# --- records --------------------------------------------------------------------------------------


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.{0,4000}?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def records(source: Source) -> Iterator[tuple[int, dict | None, str]]:
    """(record number, record or None, reason) for every record of one source, streamed. A record is
    a dict of the input's own fields, plus ``_encoding`` (what its bytes were read as; "" for UTF-8)
    and, for a .txt article, ``_front_matter`` (where its YAML front matter ends)."""
    if source.kind == "txt":
        yield _txt_record(source)
        return
    with source.open() as handle:
        if source.kind == "csv":
            yield from _csv_records(handle)
            return
        if source.kind == "jsonl":
            yield from _jsonl_records(handle)
            return
        data = handle.read()  # (a JSON document is parsed whole; corpora too large for memory belong in JSONL)
    if _looks_like_jsonl(data):
        yield from _jsonl_records(io.BytesIO(data))
    else:
        yield from _json_records(data)


def _txt_record(source: Source) -> tuple[int, dict, str]:
    with source.open() as handle:
        text, encoding = decode(handle.read())
    record = {"text": text, "id": source.stem, "_encoding": encoding}
    front = _FRONT_MATTER.match(text)
    if front:
        where = f"{source.name}: front matter"
        record = {**_metadata(_yaml(front.group(1), where), where), **record, "_front_matter": front.end()}
    sidecar = source.sidecar()
    if sidecar is not None:
        meta = _metadata(_yaml(decode(sidecar)[0], source.sidecar_name), source.sidecar_name)
        record = {**{k: v for k, v in meta.items() if k != "id"}, **record}
    return 1, record, ""


def _yaml(text: str, where: str):
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise CorpusError(f"{where}{f', line {mark.line + 1}' if mark else ''}: not valid YAML") from error


def _metadata(data, where: str) -> dict:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CorpusError(f"{where}: metadata must be a mapping of field: value")
    return data


def _looks_like_jsonl(head: bytes) -> bool:
    for line in head[: 1 << 16].splitlines():
        if line.strip():
            first = line.strip()
            return first.startswith(b"{") and first.endswith(b"}")
    return False


def _jsonl_records(handle: BinaryIO) -> Iterator[tuple[int, dict | None, str]]:
    lines = DecodedLines(handle)
    for number, line in enumerate(lines, start=1):
        encoding = lines.take()
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
        yield number, {**record, "_encoding": encoding}, ""


def _json_records(data: bytes) -> Iterator[tuple[int, dict | None, str]]:
    text, encoding = decode(data)
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as error:
        yield error.lineno, None, f"malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        return
    items = parsed if isinstance(parsed, list) else [parsed]
    for number, record in enumerate(items, start=1):
        if isinstance(record, dict):
            yield number, {**record, "_encoding": encoding}, ""
        else:
            yield number, None, f"item {number} is a JSON {type(record).__name__}, not an object"


def _csv_records(handle: BinaryIO) -> Iterator[tuple[int, dict | None, str]]:
    csv.field_size_limit(sys.maxsize)
    lines = DecodedLines(handle)
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
        lines.take()
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
        yield first_line, {**dict(zip(header, row)), "_encoding": lines.take()}, ""
