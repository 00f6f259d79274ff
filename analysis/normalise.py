"""The article as the attribution rules read it, and one form for comparing words.

Real text comes with every kind of space (no-break, thin, narrow no-break, ideographic), invisible
format characters (soft hyphens, zero-width spaces and joiners, direction marks, a byte-order mark
inside the text), Windows and old Mac line ends, and accents written as a letter plus a combining
mark. The rules are written for plain spaces, line feeds and composed letters, so they read a
normalised copy of the article (:func:`normalise`):

- every Unicode space is a plain space, every Unicode line or paragraph separator a line feed, and a
  carriage return before a line feed a space (so the line keeps its length);
- format characters (Unicode category Cf: U+00AD, U+200B..U+200F, U+202A..U+202E, U+2060, U+FEFF, ...)
  are left out;
- a letter with combining marks is composed (NFC) where Unicode has one character for it;
- text that was decoded wrongly before it reached us (UTF-8 read as Windows-1252 or Latin-1, common in
  scraped archives: "â€œ" for "“", "Ã©" for "é") is read as what it stands for, run by run, as the
  ``ftfy`` library repairs it; a quotation written "â€œ...â€\x9d" is then a quotation.

The article itself is never changed: :class:`Normalised` maps every offset of the copy back to the
article, so statements keep offsets into the text as loaded. Most articles need none of this and
their copy is the article itself.

:func:`key` is the one form in which text found in an article is compared with a registry, a cue list,
a title or another mention: any run of white space (a line break included) is one space, curly
apostrophes are straight, and the rest as :func:`normalise`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

import regex

# Same length: the Unicode spaces (category Zs) and line separators, one character for one.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINES = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# The format characters (category Cf) of Unicode 15 in the Basic Multilingual Plane (a test checks them
# against Python's own tables). Those beyond it (emoji tag characters and a few rare scripts' controls)
# are left out only where the full scan below runs for another reason.
_FORMAT = ("\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
           "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb")
FORMAT_CHARACTERS = re.compile(f"[{_FORMAT}]")
# (a quick look for anything to do: one scan of the text)
_ANYTHING_ODD = re.compile(f"[\r\t{_SPACES.pattern[1:-1]}{_LINES.pattern[1:-1]}{_FORMAT}]|  |&#?[A-Za-z0-9]+;")
# What is read otherwise: tabs and runs of white space (one space between two words of a line), format
# characters, and combining marks (with the character before them: composed where Unicode has one
# character for both). The quick scan for text without format characters or uncomposed accents; the
# full one for the rest.
_SPACE_RUN = re.compile(r"[ \t]{2,}|\t|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_EDIT = regex.compile(r"[ \t\p{Cf}]{2,}|\t|\p{Cf}+|\p{M}+|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
APOSTROPHES = "’‘ʼ"  # (written for an apostrophe; key() makes them all "'")
_KEY_TABLE = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
_WHITE = re.compile(r"\s+")


@dataclass(frozen=True)
class Normalised:
    """The normalised copy ``text`` of an article ``raw``, with the map back.

    The copy differs from the article by ``edits``: ``(start, end, replacement)`` in the article's
    offsets, in order; a character of the copy outside a replacement is the article's character at
    the same offset shifted by what the edits before it took or gave. ``starts``/``ends`` hold where
    each edit starts and ends in the copy. No edits: the copy has the article's offsets."""

    raw: str
    text: str
    edits: tuple[tuple[int, int, str], ...] = ()
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()
    raw_starts: tuple[int, ...] = ()  # (where each edit starts in the article)

    @property
    def same_offsets(self) -> bool:
        return not self.edits

    def _shift(self, k: int) -> int:
        return self.edits[k][1] - self.ends[k] if k >= 0 else 0

    def start_in_raw(self, i: int) -> int:
        """The article offset where a span of the copy starting at ``i`` starts."""
        if not self.edits:
            return i
        k = bisect_right(self.starts, i) - 1
        return self.edits[k][0] if k >= 0 and i < self.ends[k] else i + self._shift(k)

    def end_in_raw(self, i: int) -> int:
        """The article offset where a span of the copy ending at ``i`` ends."""
        if not self.edits or i == 0:
            return i
        k = bisect_right(self.starts, i - 1) - 1
        return self.edits[k][1] if k >= 0 and i - 1 < self.ends[k] else i + self._shift(k)

    def start_in_text(self, r: int) -> int:
        """The first character of the copy that starts at or after article offset ``r``."""
        if not self.edits:
            return r
        k = bisect_right(self.raw_starts, r) - 1
        if k >= 0 and r < self.edits[k][1]:
            return self.starts[k] if r == self.edits[k][0] else self.ends[k]
        return r - self._shift(k)

    def end_in_text(self, r: int) -> int:
        """How many characters of the copy end at or before article offset ``r``."""
        if not self.edits:
            return r
        k = bisect_right(self.raw_starts, r) - 1
        return self.starts[k] if k >= 0 and r < self.edits[k][1] else r - self._shift(k)

    def raw_slice(self, start: int, end: int) -> str:
        """The article's own characters behind ``text[start:end]``."""
        return self.raw[self.start_in_raw(start) : self.end_in_raw(end)] if start < end else ""


def normalise(raw: str) -> Normalised:
    """The article ``raw`` as the rules read it (see the module's docstring)."""
    plain = raw.isascii()
    mis_decoded = [] if plain else _mis_decoded(raw)
    if not mis_decoded and not _ANYTHING_ODD.search(raw) and (plain or unicodedata.is_normalized("NFC", raw)):
        return Normalised(raw, raw)
    text = _LINES.sub("\n", _SPACES.sub(" ", raw)) if not plain else _LINES.sub("\n", raw)
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    # (the rest is read with each repaired piece as letters: spaces beside "â€œ" are read as beside a word)
    scanned = _masked(text, mis_decoded) if mis_decoded else text
    if not plain and (FORMAT_CHARACTERS.search(scanned) or not unicodedata.is_normalized("NFC", scanned)):
        found = _EDIT.finditer(scanned)
    elif "  " in scanned or "\t" in scanned or "&" in scanned:
        found = _SPACE_RUN.finditer(scanned)
    elif not mis_decoded:
        return Normalised(raw, text)
    else:
        found = iter(())
    edits: list[tuple[int, int, str]] = []
    for m in found:
        edits += _edits(scanned, m.start(), m.end(), edits[-1][1] if edits else 0)
    if mis_decoded:  # (a repair stands for its whole piece: anything else found there is left out)
        edits = sorted(mis_decoded + [edit for edit in edits if not any(
            edit[0] < end and start < edit[1] for start, end, _ in mis_decoded)])
    if not edits:
        return Normalised(raw, text)
    pieces, starts, ends = [], [], []
    done = at = 0
    for start, end, replacement in edits:
        pieces += [text[done:start], replacement]
        at += start - done
        starts.append(at)
        at += len(replacement)
        ends.append(at)
        done = end
    pieces.append(text[done:])
    return Normalised(raw, "".join(pieces), tuple(edits), tuple(starts), tuple(ends), tuple(e[0] for e in edits))


_NON_ASCII_RUN = re.compile(f"[^\\x00-\\x7f\\s{_FORMAT}]{{2,}}")  # (white space, a no-break space too, or an invisible character ends one)


def _mis_decoded(raw: str) -> list[tuple[int, int, str]]:
    """The edits that repair text decoded wrongly upstream: in each run of non-ASCII characters that ftfy
    finds decoded wrongly, each piece that is one printable character decoded wrongly once or twice (the
    longest first: "Ã\x83Â¡" is "á"); a space or an invisible character decoded wrongly stays as written."""
    import ftfy  # (which also registers the "sloppy-windows-1252" codec that _one_character reads with)
    from ftfy.chardata import UTF8_DETECTOR_RE  # (ftfy's own look for text decoded wrongly)

    if not UTF8_DETECTOR_RE.search(raw):
        return []
    edits = []
    for m in _NON_ASCII_RUN.finditer(raw):
        run = m.group()
        if not UTF8_DETECTOR_RE.search(run) or ftfy.fix_encoding(run) == run:
            continue
        at = 0
        while at < len(run):
            for length in range(min(_LONGEST, len(run) - at), 1, -1):
                character = _one_character(run[at : at + length])
                if character is not None:
                    edits.append((m.start() + at, m.start() + at + length, character))
                    at += length
                    break
            else:
                at += 1
    return edits


def _one_character(piece: str) -> str | None:
    """The one printable letter or sign that ``piece`` is, decoded wrongly once or twice, or None."""
    for _ in range(2):
        for codec in ("sloppy-windows-1252", "latin-1"):
            try:
                piece = piece.encode(codec).decode("utf-8")
                break
            except UnicodeError:
                continue
        else:
            return None
        if len(piece) == 1:
            return piece if piece.isprintable() and not piece.isspace() and unicodedata.category(piece)[0] != "M" else None
    return None


def _masked(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with each edited piece written as letters of its length."""
    pieces, done = [], 0
    for start, end, _ in edits:
        pieces += [text[done:start], "x" * (end - start)]
        done = end
    return "".join(pieces) + text[done:]


_LONGEST = 8  # characters that one character mis-decoded twice becomes (four bytes, each read as two)


def _edits(text: str, start: int, end: int, free_from: int) -> list[tuple[int, int, str]]:
    """What the run ``text[start:end]`` found by a scan is read as: the edits it makes, none where it is
    read as written. (``free_from``: where the previous edit ended.)"""
    run = text[start:end]
    if run[0] == "&":  # an HTML character reference a scraper left in the text: "&amp;" is "&"
        character = html.unescape(run)
        return [(start, end, character)] if character != run and len(character) <= 2 else []
    if unicodedata.combining(run[0]) or unicodedata.category(run[0]) == "Mn":  # marks: with the letter before
        if start - 1 < free_from:
            return []
        composed = unicodedata.normalize("NFC", text[start - 1 : end])
        return [(start - 1, end, composed)] if composed != text[start - 1 : end] else []
    words_around = start > 0 and not text[start - 1].isspace() and end < len(text) and not text[end].isspace()
    if words_around and (" " in run or "\t" in run):
        return [(start, end, " ")] if run != " " else []  # white space between two words: one space
    # elsewhere (an indent, the end of a line) white space is kept as written, format characters left out
    return [(i, i + 1, "") for i in range(start, end) if run[i - start] not in " \t"]


def readable(text: str) -> str:
    """``text`` with the changes of :func:`normalise` (for scoring words: a soft hyphen inside
    "terrible" must not hide it from a lexicon)."""
    return normalise(text).text


def one_line(text: str) -> str:
    """``text`` normalised, with any run of white space (line breaks too) one space: a title, a label."""
    return _WHITE.sub(" ", normalise(text).text).strip()


def key(text: str) -> str:
    """The form in which found text is compared with a registry, a list or another mention: any run of
    white space one space, apostrophes straight, no format characters, accents composed."""
    if not text.isascii():
        text = normalise(text).text.translate(_KEY_TABLE)
    return _WHITE.sub(" ", text).strip()
