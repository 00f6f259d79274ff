"""Quotation marks and the spans they enclose.

Decides: which marks open and close which quotation in a paragraph (curly, straight, typewriter and
guillemet marks; marks typed the wrong way round; a quotation left open), and the span of a
quotation's words without its marks and trailing comma. Leaves to others: whose words they are and
whether they stand as a direct quote (``quotations``).
"""

from __future__ import annotations

import re

from .vocabulary import AMBIGUOUS, OPENERS


# (Every branch opens with a plain character and the lookbehinds come after the marks: the scan
# then skips straight to the next candidate mark.)
QUOTE_MARK = re.compile(r"``|'''(?<!'''')(?!')|''(?<!''')(?!')|“|„|«|”|»|\"")


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(opening mark, closing mark) positions of the quotations in ``text[start:end]``.

    Curly marks have a direction; a straight mark closes an open quotation and otherwise opens one,
    so a curly opening closed by a straight mark (“immediately") pairs up. An opening mark inside an
    open quotation abandons the unclosed one, unless it follows the open quotation's last stop and
    a space (“... for her here,“ said), where it was typed to close it; so does a straight mark that
    can only open (after a space, before a word) opens a quotation inside the open one: the inner one
    closes first, and only the outer one is kept (an outer one never closed is dropped). A stray
    closing mark, curly or straight after a stop, is ignored. Pairing never gives up on the rest of
    the paragraph.
    """
    spans = []
    open_at = None
    outer: list[int] = []  # quotations open around the one open now (straight marks only)
    for m in QUOTE_MARK.finditer(text, start, end):
        mark, i = m.group(), m.start()
        if mark == "``":  # typewriter opening mark
            open_at = i + 1
        elif mark in ("''", "'''"):  # typewriter mark, either way; ''' also closes a quotation inside it
            if open_at is not None:
                spans.append((open_at, i + len(mark) - 1))  # the closing mark's last character
                open_at = None
            else:
                open_at = i + 1
        elif mark in OPENERS and not (open_at is not None and mark == "“" and i > start and text[i - 1] in ",.!?"
                                      and (i + 1 >= end or text[i + 1].isspace())):
            open_at = i  # (but an opening mark typed to close, after the quotation's last stop: “The reality is ...,“ said)
        elif mark == AMBIGUOUS and open_at is not None and can_only_open(text, i):
            outer.append(open_at)  # a straight mark that can only open, inside a quotation: a quotation inside it
            open_at = i  # ("... Russia is "paving" Ukraine's way," and "... Many of them say: "We will not go there," ...)
        elif open_at is not None:
            if outer and (text[i - 1] not in ",.!?" or closes_later(text, i + 1, end)):
                open_at = outer.pop()  # the quotation inside closes, and the one around it is open again
                continue
            outer.clear()  # (but when no mark that can only close comes before the next that can only open, the
            # inner one is a quotation of its own, after one left unclosed: ... say: "We will not go there," Zelenskyy stated.)
            while spans and spans[-1][0] > open_at:
                spans.pop()  # (only the outermost quotation is kept)
            spans.append((open_at, i))
            open_at = None
        elif mark == AMBIGUOUS and can_only_close(text, i, end):
            pass  # a straight mark that can only close, with nothing open: a stray
        elif mark == AMBIGUOUS or (mark == "”" and (i == start or text[i - 1].isspace()) and text[i + 1 : i + 2].isalnum()):
            open_at = i  # (a closing curly mark typed to open: ”Mr. Trump embodies ...” ― Sonya Herridge)
    reopened = text[end : end + 12].lstrip()[:1]
    open_at = outer[0] if outer else open_at
    if open_at is not None and reopened and reopened in OPENERS + AMBIGUOUS:
        # News style: a quotation running over paragraphs leaves each one open and reopens the next.
        spans.append((open_at, end))
    return spans


def can_only_open(text: str, i: int) -> bool:
    """A straight mark after a space (not a comma's) and before a word: "... say: "We will ..."."""
    return text[i - 1 : i] in (" ", "\t", "(") and text[i - 2 : i - 1] != "," and text[i + 1 : i + 2].isalnum()


def can_only_close(text: str, i: int, end: int) -> bool:
    """A straight mark after a stop and before a space or the end: "... there," Zelenskyy stated."""
    return text[i - 1 : i] in (",", ".", "!", "?") and (i + 1 >= end or text[i + 1] in " \t")


def closes_later(text: str, pos: int, end: int) -> bool:
    """Whether, after ``pos``, a straight mark that can only close comes before one that can only open."""
    i = text.find(AMBIGUOUS, pos, end)
    while i != -1:
        if can_only_close(text, i, end):
            return True
        if can_only_open(text, i):
            return False
        i = text.find(AMBIGUOUS, i + 1, end)
    return False


def mark_start(text: str, open_at: int) -> int:
    """Where the opening mark at ``open_at`` begins: one character earlier for '' and ``."""
    return open_at - 1 if open_at > 0 and text[open_at - 1 : open_at + 1] in ("''", "``") else open_at


def quote_text_span(text: str, open_at: int, close_at: int) -> tuple[int, int]:
    """The words of the quotation between the marks at ``open_at`` and ``close_at``: without the marks,
    the spaces inside them, or a comma before the closing mark ("“We will win,” he said")."""
    s, e = open_at + 1, close_at
    if close_at < len(text) and text[close_at] == "'" and text[close_at - 1] == "'" and e > s:
        e -= 1  # a two-character closing mark ''
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e
