"""Any Unicode space, line break inside a paragraph, soft hyphen or invisible character between or inside
the words of a name, a role or a cue reads as a plain space (or nothing): no exception, and the same
statements by the same speakers as the plain text, with offsets into the article as written."""

import re

import ftfy
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import normalise, statements

DATE = pd.Timestamp("2022-03-01", tz="UTC")
ACTORS = statements.default_actors()
# Names and roles as the registry writes them, with the speaker each resolves to on DATE
MENTIONS = sorted({(alias, actor.name) for actor in ACTORS.actors for alias in actor.aliases if " " in alias}
                  | {("the Russian president", "Vladimir Putin"), ("the President of Ukraine", "Volodymyr Zelenskyy"),
                     ("Ukraine’s president", "Volodymyr Zelenskyy"), ("Ukraine's president", "Volodymyr Zelenskyy")})
CUES = ["said", "told reporters", "stressed", "pointed out", "noted", "added", "stated"]
TEMPLATES = [
    "{mention} {cue} that the talks with the other side had been useful and would go on next week .",
    "“The talks had been useful and would go on next week,” {mention} {cue} .",
    "The talks , {mention} {cue} , had been useful and would go on next week .",
    "According to {mention} , the talks had been useful and would go on next week .",
]
SPACES = ["\u00a0", "\u2009", "\u202f", "\u2007", "\u3000", "  ", "\t", " \u00ad", "\u200b ", " \u2060", "\u00a0\u200e"]
INVISIBLE = ["\u00ad", "\u200b", "\u200d", "\u2060", "\ufeff"]


def _join(words: list[str], gaps: list[str]) -> str:
    return "".join(word + gap for word, gap in zip(words, gaps + [""])).replace(" ,", ",").replace(" .", ".")


@st.composite
def articles(draw):
    """(plain article, the same article with odd spacing and invisible characters, expected speaker)."""
    mention, speaker = draw(st.sampled_from(MENTIONS))
    template = draw(st.sampled_from(TEMPLATES))
    words = template.format(mention=mention, cue=draw(st.sampled_from(CUES))).split(" ")
    gaps = [draw(st.sampled_from([" "] + SPACES)) for _ in words[1:]]
    odd_words = []
    for word in words:
        if len(word) > 3 and draw(st.booleans()):  # an invisible character inside the word
            at = draw(st.integers(1, len(word) - 1))
            word = word[:at] + draw(st.sampled_from(INVISIBLE)) + word[at:]
        odd_words.append(word)
    plain = _join(words, [" "] * len(gaps))
    return plain, _join(odd_words, [gap if gap not in (" ,", " .") else gap for gap in gaps]), speaker


def _found(text: str):
    return [(s.kind, s.speaker) for s in statements.extract(text, "u", date=DATE)]


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_odd_spaces_and_invisible_characters_read_as_plain_text(case):
    plain, odd, speaker = case
    expected = _found(plain)
    assert expected and expected[0][1] == speaker, plain  # (the plain text finds its speaker)
    found = statements.extract(odd, "u", date=DATE)
    assert [(s.kind, s.speaker) for s in found] == expected, odd
    for s in found:  # offsets into the text as written, and the text behind them
        assert s.text == " ".join(odd[a:b] for a, b in (s.parts or [(s.start, s.end)]))
        assert s.speaker_text == odd[s.speaker_start : s.speaker_end]
        assert normalise.key(s.speaker_text) != "" and s.cue == odd[s.cue_start : s.cue_end]


WIRE = ("Moscow and Kyiv held a third round of talks on Monday in the west of Belarus, officials said, and "
        "both sides spoke of progress on humanitarian corridors for civilians leaving the besieged cities.\n"
        "{body}\n"
        "The delegations are expected to meet again later this month, the officials added, though no date "
        "or place has been set and the fighting around the capital went on through the night.\n")


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(), st.integers(30, 60))
def test_a_name_broken_over_a_line_of_wire_copy_is_one_name(case, width):
    """Hard-wrapped text (wire copy: short lines, most of them ending mid-sentence, paragraphs apart)
    breaks lines between any two words, a name's included."""
    plain, _, speaker = case
    one_line = WIRE.format(body=plain)
    expected = _found(one_line)
    wrapped = "\n\n".join(_wrap(paragraph, width) for paragraph in one_line.splitlines())
    found = _found(wrapped)
    assert found == expected, wrapped
    assert (speaker in {who for _, who in found}), wrapped


def _wrap(paragraph: str, width: int) -> str:
    lines, line = [], ""
    for word in paragraph.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join(lines + [line])


def test_the_shapes_that_stopped_runs():
    """A registry name with a no-break space, and one broken over a line of wire copy, were KeyErrors."""
    found = statements.extract("Donald\u00a0Trump said the talks were good.\n", "a")
    assert [(s.speaker, s.speaker_text) for s in found] == [("Donald Trump", "Donald\u00a0Trump")]
    wire = ("The White House said on Monday that the talks would go on and that\nPresident\nBiden said "
            "that Russia must pay for the\nwar, in a statement read out in the afternoon.\nOfficials said "
            "the sanctions would stay in place for\nnow and would be reviewed in a month.\n")
    assert "Joe Biden" in {s.speaker for s in statements.extract(wire, "b", date=DATE)}


def test_normalised_offsets_map_back_to_the_article():
    raw = "Zelen\u00adskyy\u00a0said: Caf\u0065\u0301 \u200bopen.\r\nNext"
    view = normalise.normalise(raw)
    assert view.text == "Zelenskyy said: Caf\u00e9 open. \nNext"
    assert view.raw_slice(0, 9) == "Zelen\u00adskyy"
    assert view.raw_slice(16, 20) == "Cafe\u0301"
    for i in range(len(view.text) + 1):
        assert view.start_in_text(view.start_in_raw(i)) == i
        assert view.end_in_text(view.end_in_raw(i)) == i
    assert normalise.key("Ukraine’s\n  president") == "Ukraine's president"
    assert normalise.normalise("plain text").same_offsets


TRANSCRIPT = ("{label}: Good afternoon, colleagues. The talks had been useful and would go on next week.\n"
              "Question: Will the delegations meet again?\n"
              "{label}: We will, and I expect a result soon.\n")
LABELS = sorted({(alias, actor.name) for actor in ACTORS.actors if actor.kind == "person"
                 for alias in actor.aliases if len(alias.split()) == 2})


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(LABELS), st.sampled_from(SPACES), st.sampled_from(SPACES + [" "]))
def test_transcript_labels_with_odd_spaces_name_the_same_speaker(label, inside, after):
    """A label written with a no-break space inside it or several spaces after its colon."""
    alias, speaker = label
    plain = TRANSCRIPT.format(label=alias)
    odd = TRANSCRIPT.format(label=alias.replace(" ", inside)).replace(": ", ":" + after)
    expected = _found(plain)
    assert speaker in {who for _, who in expected}
    assert _found(odd) == expected, odd


@given(st.sampled_from(SPACES + ["\n"]))
@settings(max_examples=30, deadline=None)
def test_a_title_with_odd_spaces_names_whose_words_the_article_is(space):
    title = "Address by the President of Ukraine to the nation".replace(" ", space)
    found = statements.extract("I believe that we will win this war.\n", "t", date=DATE, title=title)
    assert {s.speaker for s in found} == {"Volodymyr Zelenskyy"}


def test_the_quick_look_knows_every_format_character_of_the_basic_plane():
    """The hand-kept class of format characters (a quick look before the full scan) holds every
    character Python's Unicode tables put in category Cf, in the Basic Multilingual Plane."""
    import unicodedata

    formats = {chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Cf"}
    assert formats and all(normalise.FORMAT_CHARACTERS.fullmatch(ch) for ch in formats)
    assert not any(normalise.FORMAT_CHARACTERS.fullmatch(chr(c)) for c in range(0x10000) if chr(c) not in formats)


PIECES = ["a", "b", "é", "e\u0301", " ", "  ", "\t", "\n", "\r\n", "\r", "\u00a0", "\u2009", "\u00ad", "\u200b",
          "\ufeff", "\u2028", "&amp;", "&#8220;", "&bogus;", "&", ";", ",", "“", "'", "x\u0301\u0302",
          "qâ€œq", "qâ€\x9dq", "qÃ©q", "qÃ\x83Â¡q", "qÌ\u0081q"]
# (the last five: text decoded wrongly upstream, beside letters: a repaired run beside another non-ASCII
# character may read as yet another character decoded wrongly, "é" and "”“" as "锓")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_the_normalised_copy_is_plain_and_maps_back_to_every_character(raw):
    import unicodedata

    view = normalise.normalise(raw)
    text = view.text
    assert normalise.normalise(text).text == text  # (read once, nothing is left to read otherwise)
    assert unicodedata.is_normalized("NFC", text) and "\r" not in text and not re.search(r"\S[ \t]*\t[ \t]*\S", text)
    assert not any(ch in text for ch in "\u00a0\u2009\u00ad\u200b\ufeff\u2028") and "&amp;" not in text
    assert "â€œ" not in text and "Ã©" not in text
    assert not re.search(r"\S  +\S", text)
    n = len(text)
    starts = [view.start_in_raw(i) for i in range(n + 1)]
    ends = [view.end_in_raw(i) for i in range(n + 1)]
    assert starts == sorted(starts) and ends == sorted(ends) and ends[0] == 0 and starts[n] == len(raw)
    assert not normalise.normalise(raw[ends[n]:]).text.strip()  # (only left-out characters after the last)
    for i in range(n + 1):
        assert view.start_in_text(starts[i]) == i and view.end_in_text(ends[i]) == i
    covered = set()
    for i in range(n):
        behind = view.raw_slice(i, i + 1)
        assert behind and starts[i] < ends[i + 1] and raw[starts[i] : ends[i + 1]] == behind
        covered.update(range(starts[i], ends[i + 1]))
        if behind != text[i]:  # an edit: what it stands for reads as the character (or a space for white space)
            assert text[i].isspace() and not behind.strip(" \t\r\n\u00a0\u2009\u2028\u00ad\u200b\ufeff") or \
                normalise.normalise(behind).text == text[i] or unicodedata.normalize("NFC", behind) == text[i] or \
                text[i] in ftfy.fix_encoding(behind).replace("\u00a0", " ")  # (a run decoded wrongly upstream reads as what it stands for)
    left_out = {r for start, end, replacement in view.edits if not replacement for r in range(start, end)}
    assert all(unicodedata.category(raw[r]) == "Cf" or raw[r] in " \t" for r in set(range(len(raw))) - covered - left_out)
    assert view.raw_slice(0, n) == raw.strip("\u00ad\u200b\ufeff") or view.raw_slice(0, n) in raw
    assert view.same_offsets == (view.edits == ())


def test_text_decoded_wrongly_upstream_reads_as_what_it_stands_for():
    """A scraped page whose UTF-8 was read as Windows-1252 writes “ as "â€œ" and á as "Ã¡" (or "Ã\x83Â¡",
    twice): its quotations are quotations and its names names, with offsets into the page as written."""
    raw = ("â€œWe will not give up the talks,â€\x9d Prime Minister Denys Shmyhal said on Monday.\n"
           "Mr. SarukhÃ\x83Â¡n, the ambassador, said the new strategy was a â€œvery welcome tack.â€\x9d\n")
    found = statements.extract(raw, "m", date=DATE)
    plain = statements.extract(ftfy.fix_encoding(raw), "p", date=DATE)
    read = [(s.kind, s.speaker, normalise.readable(s.text)) for s in found]  # (a statement's text is the page's)
    assert read == [(s.kind, s.speaker, s.text) for s in plain]
    assert ("direct", "Denys Shmyhal", "We will not give up the talks") in read
    assert ("indirect", "Sarukhán", "the new strategy was a “very welcome tack.”") in read
    assert all(raw[s.start:s.end] == s.text for s in found)
    assert normalise.normalise("TomÃ¡Å¡ in GuantÃ¡namo").text == "Tomáš in Guantánamo"
    assert normalise.normalise("Tomáš and naïve, Å¡").same_offsets  # (only what ftfy reads as decoded wrongly)
