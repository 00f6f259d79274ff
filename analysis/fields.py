"""Which field of an input record holds each attribute of an article: text, date, title, source, url, id.

A field name the researcher gives (``--date-field publish_date``) is used as given. Otherwise each
record is read by the names common scrapers and exports use (:data:`DEFAULT_FIELDS`, the first one a
record fills). Where none of those names appears in the first records of a file, the field is found
from the data (:func:`detect`): the text is the string field with the longest values; the date a
field whose name says date or time and whose values read as dates, else any field so named; the
title, source, url and id fields by their names (and a url field by values that are web addresses).

:class:`FieldUsage` keeps which field each attribute came from, how it was chosen (``given``,
``default``, ``detected``) and, for the date, how many values read as dates, so that a run can say
"date: publish_date, detected; 3,781 of 3,817 read as dates".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

ATTRIBUTES = ("text", "date", "title", "source", "url", "id")

# Field names tried in order for each attribute; the first one a record fills wins.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "maintext", "content"),
    "date": ("date", "published", "date_publish", "published_at", "datetime"),
    "title": ("title", "headline"),
    "source": ("source", "site", "source_domain", "outlet"),
    "url": ("url", "link"),
    "id": ("id", "article_id", "newid", "uid"),
}
SAMPLE_RECORDS = 200  # the first records of a file that fields are detected from

# What a field's name says it holds (words of the name, in any case, split at _ - . and spaces)
_NAMES = {
    "date": re.compile(r"(?:^|[^a-z])(?:date|time|day|when|published|publish|pubdate|created|updated|modified|posted|"
                       r"timestamp|issued|dated)(?:$|[^a-z])", re.I),
    "title": re.compile(r"(?:^|[^a-z])(?:title|headline|heading|subject|hed)(?:$|[^a-z])", re.I),
    "source": re.compile(r"(?:^|[^a-z])(?:source|site|outlet|publisher|publication|domain|feed|newspaper|media|"
                         r"paper|channel|network|agency)(?:$|[^a-z])", re.I),
    "url": re.compile(r"(?:^|[^a-z])(?:url|uri|link|href|permalink)(?:$|[^a-z])", re.I),
    "id": re.compile(r"(?:^|[^a-z])(?:id|uid|uuid|guid|key|docid|identifier)(?:$|[^a-z])", re.I),
}
# Among date fields: when it was published before any other date, and when it was last changed last
_LATER_DATES = re.compile(r"updat|modif|edit|crawl|scrap|download|fetch|index", re.I)
_PUBLISHED = re.compile(r"publish|pub_?date|issued|posted|dated", re.I)
_FILE_NAMES = re.compile(r"(?:^|[^a-z])(?:file|filename|path|dir)(?:$|[^a-z])", re.I)  # (where a record came from)
_WEB_ADDRESS = re.compile(r"^https?://\S+$", re.I)


def detect(sample: list[dict], given: dict[str, str], parses_as_date) -> dict[str, str]:
    """attribute -> field name, for each attribute that is neither given nor found under a default name
    in ``sample`` (records of one file) and that the data shows. ``parses_as_date(value)`` says whether
    a value reads as a date."""
    present = {name for record in sample for name, value in record.items()
               if not name.startswith("_") and value not in (None, "")}
    claimed = set(given.values()) | {name for names in DEFAULT_FIELDS.values() for name in names if name in present}
    missing = [a for a in ATTRIBUTES if a not in given and not any(name in present for name in DEFAULT_FIELDS[a])]
    found: dict[str, str] = {}
    for attribute in missing:  # (in the order of ATTRIBUTES: the text first, then the date, ...)
        free = sorted(present - claimed - set(found.values()))
        choice = _detect_one(attribute, free, sample, parses_as_date)
        if choice:
            found[attribute] = choice
    return found


def _values(sample: list[dict], name: str) -> list:
    return [record[name] for record in sample if record.get(name) not in (None, "")]


def _detect_one(attribute: str, free: list[str], sample: list[dict], parses_as_date) -> str | None:
    if attribute == "text":
        lengths = {name: sum(len(v) for v in _values(sample, name) if isinstance(v, str)) / max(1, len(sample))
                   for name in free}
        best = max(lengths, key=lengths.get, default=None)
        return best if best is not None and lengths[best] >= 20 else None
    named = [name for name in free if _NAMES[attribute].search(name)]
    if attribute == "date":
        share = {name: _share(_values(sample, name), parses_as_date) for name in free}
        readable = [name for name in named if share[name] > 0.5]
        unnamed = [name for name in free if share[name] > 0.5 and all(isinstance(v, str) for v in _values(sample, name))]
        ranked = (sorted(readable, key=lambda name: (_date_rank(name), -share[name])) or sorted(named, key=_date_rank)
                  or sorted(unnamed, key=share.get, reverse=True))
        return ranked[0] if ranked else None
    if attribute == "url":
        addresses = [name for name in free if _share(_values(sample, name), lambda v: bool(_WEB_ADDRESS.match(str(v)))) > 0.5]
        return next((name for name in named if name in addresses), None) or (addresses[0] if addresses else None)
    if attribute == "id":
        unique = [name for name in named if len(set(map(str, _values(sample, name)))) == len(_values(sample, name)) > 0]
        return unique[0] if unique else None
    short = [name for name in named if all(isinstance(v, str) and len(v) < 500 for v in _values(sample, name))
             and not _FILE_NAMES.search(name)]
    return short[0] if short else None


def _date_rank(name: str) -> int:
    return 2 if _LATER_DATES.search(name) else 0 if _PUBLISHED.search(name) else 1


def _share(values: list, test) -> float:
    return sum(1 for value in values if test(value)) / len(values) if values else 0.0


@dataclass
class FieldUsage:
    """Which field each attribute came from, over a whole corpus: (attribute, field, how) -> the number
    of records it gave a value for, and for the date, how many of those read as dates. ``how`` is
    ``given``, ``default`` or ``detected``; the field ``file name`` is a .txt article's date read from
    its file name."""

    records: Counter = field(default_factory=Counter)
    dates_read: Counter = field(default_factory=Counter)
    loaded: int = 0

    def count(self, attribute: str, name: str, how: str, date_read: bool = False) -> None:
        self.records[(attribute, name, how)] += 1
        if date_read:
            self.dates_read[(attribute, name, how)] += 1

    def as_json(self) -> dict:
        """The counts as plain JSON (:meth:`from_json` reads them back)."""
        return {"records": [[*key, n] for key, n in self.records.items()],
                "dates_read": [[*key, n] for key, n in self.dates_read.items()], "loaded": self.loaded}

    @classmethod
    def from_json(cls, data: dict) -> "FieldUsage":
        return cls(Counter({tuple(row[:3]): row[3] for row in data["records"]}),
                   Counter({tuple(row[:3]): row[3] for row in data["dates_read"]}), data["loaded"])

    def merge(self, other: "FieldUsage") -> None:
        """Add another part of the corpus's counts (a worker's)."""
        self.records.update(other.records)
        self.dates_read.update(other.dates_read)
        self.loaded += other.loaded

    def rows(self) -> list[dict]:
        """One row per (attribute, field, how), most used first within an attribute."""
        rows = []
        for attribute in ATTRIBUTES:
            used = sorted(((k, n) for k, n in self.records.items() if k[0] == attribute), key=lambda kn: -kn[1])
            for (_, name, how), n in used:
                row = {"attribute": attribute, "field": name, "how": how, "records": n}
                if attribute == "date":
                    row["read as dates"] = self.dates_read[(attribute, name, how)]
                rows.append(row)
        return rows

    def lines(self) -> list[str]:
        """The rows in words: "date: publish_date, detected; 3,781 of 3,817 records read as dates"."""
        out = []
        rows = self.rows()
        for row in rows:
            line = f"{row['attribute']}: {row['field']}, {row['how']}; "
            if row["attribute"] == "date":
                line += f"{row['read as dates']:,} of {row['records']:,} records read as dates"
            else:
                line += f"{row['records']:,} records"
            out.append(line)
        missing = [a for a in ("text", "date") if not any(row["attribute"] == a for row in rows)]
        out += [f"{a}: no field found" for a in missing]
        return out

    def as_dict(self) -> dict:
        return {"loaded": self.loaded, "fields": self.rows()}
