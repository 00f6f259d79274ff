"""Quotation marks and the spans they enclose (analysis.attribution.quotes), decided on small texts: each case is a
way news text writes quotation marks, and each answer is the exact span and words."""

import pytest

from analysis.attribution import quotes
from conftest import statements_of

CASES = [
    ("“We will win,” he said.", ["We will win"]),  # curly marks; the comma before the closing mark is no word
    ('"A," he said, "B."', ["A", "B."]),  # straight marks: each closes the open one or opens one
    ("``We will win,'' he said.", ["We will win"]),  # typewriter marks
    ('He said it would start “immediately" after.', ["immediately"]),  # a curly opening closed by a straight mark
    ('"Many say Russia is "paving" our way," he said.', ['Many say Russia is "paving" our way']),  # a term inside
    ("“The reality is for her here,“ said Ms. Lee.", ["The reality is for her here"]),  # an opener typed to close
    ('He left." Then he came back.', []),  # a stray closing mark after a stop
    ("”Mr. Trump embodies the worst,” said one reader.", ["Mr. Trump embodies the worst"]),  # a closer typed to open
    ("She said: “We will win", []),  # never closed, and the next paragraph does not reopen it
    ('A "quote" and “another” one.', ["quote", "another"]),
    ('They say: "We will not go there," Zelenskyy stated. And "we will stay."', ["We will not go there", "we will stay."]),
    ('Then ("quoted") here.', ["quoted"]),  # a straight mark after a bracket opens
    ("“  Spaced out ,  ” he said.", ["Spaced out"]),  # spaces and a comma inside the marks are no words
    ("“,” he said.", [""]),
]


@pytest.mark.parametrize("text, words", CASES)
def test_quotations_and_their_words(text, words):
    spans = quotes.quote_spans(text, 0, len(text))
    assert [text[slice(*quotes.quote_text_span(text, o, c))] for o, c in spans] == words
    for o, c in spans:
        assert text[o] in quotes.OPENERS + quotes.AMBIGUOUS + "`”" and o < c


def test_span_offsets_point_at_the_marks():
    text = "He said: “We will win,” and left."
    assert quotes.quote_spans(text, 0, len(text)) == [(9, 22)]
    assert (text[9], text[22]) == ("“", "”")
    assert quotes.quote_text_span(text, 9, 22) == (10, 21)
    typed = "x ``We,'' y"
    [(o, c)] = quotes.quote_spans(typed, 0, len(typed))
    assert (o, c) == (3, 8) and quotes.mark_start(typed, o) == 2 and typed[slice(*quotes.quote_text_span(typed, o, c))] == "We"
    assert quotes.mark_start("a “b”", 2) == 2 and quotes.mark_start("''x", 1) == 0


def test_a_quotation_left_open_runs_to_the_end_of_its_paragraph_when_the_next_reopens():
    text = "She said: “We will win\n“And we will stay.”"
    first_paragraph = text.index("\n")
    assert quotes.quote_spans(text, 0, first_paragraph) == [(10, first_paragraph)]
    alone = "She said: “We will win\nThen she left."
    assert quotes.quote_spans(alone, 0, alone.index("\n")) == []


def test_only_part_of_a_text_is_read():
    text = "“Out of range,” he said. “In range,” she said."
    start = text.index("“In")
    assert quotes.quote_spans(text, start, len(text)) == [(start, text.index("”", start))]
    assert quotes.quote_spans(text, 0, start - 1) == [(0, text.index("”"))]


def test_what_a_straight_mark_can_do():
    assert quotes.can_only_open('say: "We', 5) and quotes.can_only_open('("We', 1)
    assert not quotes.can_only_open('say, "We', 5) and not quotes.can_only_open('say "!', 4)
    assert quotes.can_only_close('there," he', 6, 10) and quotes.can_only_close('end."', 4, 5)
    assert not quotes.can_only_close('there"he', 5, 8) and not quotes.can_only_close('a" b', 1, 4)
    assert quotes.closes_later('x "a," y', 3, 8) and not quotes.closes_later('x "a," y', 0, 8)
    assert not quotes.closes_later("no marks", 0, 8)


# End to end


def test_unbalanced_quote_marks_do_not_lose_the_rest_of_the_paragraph():
    text = "It was all “a farce. “We are ready,” Putin said.\n"
    found = statements_of(text)
    assert [(s.kind, s.text, s.speaker) for s in found] == [("direct", "We are ready", "Vladimir Putin")]


def test_a_closing_mark_typed_to_open_a_quotation():
    found = statements_of("”Mr. Trump embodies the legacy of racism.” ― Sonya Herridge\n")
    assert [(s.kind, s.text, s.speaker) for s in found] == [
        ("direct", "Mr. Trump embodies the legacy of racism.", "Sonya Herridge")]


def test_typewriter_quote_marks_and_abbreviated_titles():
    text = "Leonard E. Burman spoke first.\n''There's a lot of new complexity,'' said Mr. Burman.\n"
    (statement,) = statements_of(text)
    assert statement.text == "There's a lot of new complexity"
    assert statement.speaker_text == "Mr. Burman"
    assert statement.speaker == "Leonard E. Burman"  # the fullest name the article gives


def test_a_typewriter_quotation_closing_over_a_quotation_inside_it():
    text = "''They say, 'Go back to your country,''' said Mr. Regalado.\n"
    (statement,) = statements_of(text)
    assert statement.kind == "direct" and statement.speaker_text == "Mr. Regalado"
    assert statement.text.startswith("They say, 'Go back to your country")


def test_a_short_title_in_quotation_marks_is_no_direct_quote():
    found = statements_of('But Fiorina tossed "cold water on the idea immediately," she wrote in her memoir, "Tough Choices."\n'
                          'Clinton wrote in her book, "Hard Choices," that she regretted the vote.\n'
                          'One ad, "Balanced Rebellion," stars an actor who promises that Johnson won\'t "send you to war."\n'
                          'He smiled. He said, "Thank You, America," and left.\n')
    assert [(s.kind, s.speaker_text, s.text) for s in found if s.kind != "partial"] == [
        ("indirect", "she", 'But Fiorina tossed "cold water on the idea immediately,"'),
        ("indirect", "Clinton", "she regretted the vote"),
        ("indirect", "who", 'Johnson won\'t "send you to war."'),
        ("direct", "He", "Thank You, America")]


def test_a_straight_mark_that_can_only_open_starts_a_quotation_inside_the_open_one():
    found = statements_of('"I believe that today Russia is "paving" our way to NATO," Zelenskyy said.\n'
                          '"Once again, they will say that this is "an operation." Where are our children? You killed 16 '
                          'children," Zelenskyy said.\n'
                          '"I can\'t drive them with sticks. Many of them say: "We will not go there," Zelenskyy stated. '
                          'The Head of State also noted that conditions are hard. "We will win," he said.\n')
    assert [(s.kind, s.text) for s in found if s.cue != "say"] == [
        ("direct", 'I believe that today Russia is "paving" our way to NATO'),
        ("direct", 'Once again, they will say that this is "an operation." Where are our children? You killed 16 children'),
        ("direct", "We will not go there"), ("indirect", "conditions are hard"), ("direct", "We will win")]
