"""Property tests that reach the code they describe.

Articles are built from quotation templates, reporting clauses, registry names, pronouns and transcript
labels, with hostile text between and inside them, so that nearly every example yields direct, partial,
interrupted and indirect statements and transcript turns. Each generated statement must be found with
exactly its words (a quotation's end one character short fails) and its speaker, and every statement
must hold together: offsets into the article, parts inside the statement, parents and vias that exist
and contain it. For the readers, structurally valid JSONL, CSV and JSON files with odd values (huge
fields, nulls, nested objects, numbers as text, every date shape) account for every record.
"""

import csv
import io
import json

import pandas as pd
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from analysis import corpus, statements

DATE = pd.Timestamp("2022-03-01", tz="UTC")
SPEAKERS = ["Vladimir Putin", "Volodymyr Zelenskyy", "Joe Biden", "Olaf Scholz", "Emmanuel Macron", "Dmitry Peskov",
            "Ursula von der Leyen", "Antony Blinken"]
SUBJECTS = ["the talks", "the sanctions", "the corridors", "the allies", "the troops", "the markets", "the sides"]
PREDICATES = ["would hold", "must stay in place", "will go on", "had failed", "were useful", "could wait",
              "would be reviewed", "must open at once"]
HOSTILE = ["<script>document.title='x'</script>", "<img src=x onerror=alert(1)>", "&amp;", "<b>", "\u202e", "💥",
           "{{ 7*7 }}", "javascript:alert(1)", "%s%n", "\\x00"]
SPEECH = ["said", "stressed", "noted", "told reporters", "added", "warned"]


@st.composite
def clauses(draw, hostile: bool = True) -> str:
    """A plain clause: "the sanctions must stay in place", now and then with hostile text inside."""
    clause = f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(PREDICATES))}"
    if hostile and draw(st.booleans()):
        words = clause.split(" ")
        at = draw(st.integers(1, len(words) - 1))  # (inside: a stop or mark that ends a clause is no part of it)
        clause = " ".join(words[:at] + [draw(st.sampled_from(HOSTILE))] + words[at:])
    return clause


@st.composite
def blocks(draw) -> tuple[str, list[tuple[str, str, str]]]:
    """One paragraph and the statements it must yield: (kind, speaker, exact text)."""
    speaker = draw(st.sampled_from(SPEAKERS))
    cue = draw(st.sampled_from(SPEECH))
    content = draw(clauses())
    shape = draw(st.sampled_from(["after", "before", "interrupted", "indirect", "partial", "label"]))
    sentence = content[0].upper() + content[1:]
    if shape == "after":
        return f"“{sentence},” {speaker} {cue}.", [("direct", speaker, sentence)]
    if shape == "before":
        return f"{speaker} said: “{sentence}.”", [("direct", speaker, sentence + ".")]
    if shape == "interrupted":
        more = draw(clauses())
        return (f"“{sentence},” {speaker} {cue}, “and {more}.”", [("direct", speaker, f"{sentence} and {more}.")])
    if shape == "indirect":
        return f"{speaker} {cue} that {content}.", [("indirect", speaker, content)]
    if shape == "partial":
        fragment = draw(clauses(hostile=False))
        return (f"{speaker} said that {content} and called it “{fragment}”.",
                [("indirect", speaker, None), ("partial", speaker, fragment)])
    more = draw(clauses())
    return (f"{speaker}: {sentence}.\nQuestion: Will the talks go on?\n{speaker}: {more[0].upper() + more[1:]}.",
            [("direct", speaker, sentence), ("direct", speaker, more[0].upper() + more[1:])])  # (a label that comes back)


@st.composite
def articles(draw) -> tuple[str, list[tuple[str, str, str]]]:
    """An article of several blocks, with lines of hostile text between them; and what it must yield."""
    paragraphs, expected = [], []
    for _ in range(draw(st.integers(1, 5))):
        if draw(st.booleans()):
            paragraphs.append(" ".join(draw(st.lists(st.sampled_from(HOSTILE + ["Report", "number", "7."]),
                                                     min_size=1, max_size=6))) + ".")  # (a line of its own)
        paragraph, found = draw(blocks())
        paragraphs.append(paragraph)
        expected += found
    return "\n".join(paragraphs) + "\n", expected


def holds_together(text: str, found: list) -> None:
    """Every statement of ``text`` points into it, and its parts, parent and via make sense."""
    ids = {s.statement_id: s for s in found}
    assert len(ids) == len(found)
    for s in found:
        assert 0 <= s.start < s.end <= len(text)
        if s.parts:
            assert s.text == " ".join(text[a:b] for a, b in s.parts)
            assert s.parts[0][0] == s.start and s.parts[-1][1] == s.end
            assert all(a < b <= c for (a, b), (c, _) in zip(s.parts, s.parts[1:]))
        else:
            assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        if s.speaker_start is not None:
            assert 0 <= s.speaker_start < s.speaker_end <= len(text)
            assert text[s.speaker_start : s.speaker_end] == s.speaker_text
            assert not (s.start < s.speaker_start < s.end) or s.kind == "indirect" or s.parts  # (a speaker sits outside his quotation)
        if s.cue_start is not None:
            assert text[s.cue_start : s.cue_end] == s.cue
        assert s.kind in {"direct", "partial", "indirect", "question", "assessment"}
        # (a speaker with no mention in the text: the writer's assessments have none, a speech its title's person)
        assert s.kind != "assessment" or s.speaker_start is None
        assert s.speaker_start is not None or s.kind == "assessment" or (s.kind == "direct" and s.cue is None and s.speaker)
        for link in (s.parent, s.via):
            if link is not None:
                outer = ids[link]
                assert outer is not s and outer.start <= s.start and s.end <= outer.end
        if s.kind == "partial" and s.parent is not None:
            assert ids[s.parent].speaker == s.speaker


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_every_generated_statement_is_found_with_its_words_and_speaker(article):
    text, expected = article
    found = statements.extract(text, "p", date=DATE, boilerplate=corpus.boilerplate_spans(text))
    holds_together(text, found)
    got = [(s.kind, s.speaker, s.text) for s in found]
    for kind in {s.kind for s in found}:
        event(f"yields {kind}")
    assert expected
    for kind, speaker, words in expected:
        assert any(k == kind and who == speaker and (words is None or said == words) for k, who, said in got), \
            (kind, speaker, words, got)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(HOSTILE + ["“", "”", '"', "said", "he", "Putin", ":", "\n", "that"]),
                          st.text(max_size=12)), max_size=60).map(" ".join))
def test_any_text_holds_together(text):
    holds_together(text, statements.extract(text, "h", boilerplate=corpus.boilerplate_spans(text)))


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(HOSTILE + ["“We", "war.”", "said", "Putin said that the talks went well."]),
       st.integers(min_value=2_000, max_value=6_000))
def test_very_long_lines(word, repeat):
    text = (word + " ") * repeat
    holds_together(text, statements.extract(text, "h"))


# --- readers ------------------------------------------------------------------------------------

DATE_SHAPES = st.sampled_from(["2022-03-04", "2022-03-04T10:00:00+03:00", "March 4, 2022", "04/03/2022", "4 Mar 2022",
                               "Fri, 04 Mar 2022 10:00:00 GMT", "1646388000", "1646388000000", "2022", "next week",
                               "", "0000-00-00", "2022-13-45"])
ODD_VALUES = st.one_of(st.none(), st.integers(), st.floats(allow_nan=True), st.booleans(), st.text(max_size=20),
                       st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
                       st.just("x" * 200_000), DATE_SHAPES, st.integers(1_000_000_000, 1_900_000_000).map(str))


@st.composite
def records(draw) -> dict:
    record = {"text": draw(st.one_of(st.just("Putin said the talks went well."), ODD_VALUES)),
              "date": draw(st.one_of(DATE_SHAPES, ODD_VALUES))}
    for name in draw(st.lists(st.sampled_from(["title", "url", "source", "id", "extra", "published"]), max_size=4)):
        record[name] = draw(ODD_VALUES)
    return record


def _write(kind: str, rows: list[dict], path) -> None:
    if kind == "jsonl":
        path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    elif kind == "json":
        path.write_text(json.dumps(rows), encoding="utf-8")
    else:
        fields = sorted({name for row in rows for name in row})
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=fields)
        writer.writeheader()
        writer.writerows({k: json.dumps(v) if isinstance(v, (dict, list)) else v for k, v in row.items()} for row in rows)
        path.write_text(buffer.getvalue(), encoding="utf-8")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(st.sampled_from(["jsonl", "json", "csv"]), st.lists(records(), min_size=1, max_size=6))
def test_every_record_of_a_valid_file_with_odd_values_is_accounted_for(tmp_path_factory, kind, rows):
    path = tmp_path_factory.mktemp("records") / f"corpus.{kind}"
    _write(kind, rows, path)
    manifest = corpus.Manifest()
    loaded = list(corpus.iter_articles([path], manifest, keep_duplicates=True))
    assert len(manifest) == len(rows)  # every record is one row: loaded, rejected with its reason, or a repeat
    statuses = manifest.frame()
    assert set(statuses["status"]) <= {"loaded", "rejected"}
    assert (statuses["status"] == "rejected").sum() == len(rows) - len(loaded)
    assert all(reason for reason in statuses.loc[statuses["status"] == "rejected", "reason"])
    for article in loaded:
        assert isinstance(article.text, str) and article.text.strip()
        assert article.date is None or (article.date.tzinfo is not None and 1800 <= article.date.year <= 2200) or \
            "unreadable-date" not in article.flags
        assert (article.date is None) == ("no-date" in article.flags or "unreadable-date" in article.flags)
        holds_together(article.text, statements.extract(article.text, article.article_id))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300), st.sampled_from(["a.txt", "a.jsonl", "a.csv", "a.json", "a.zip", "a.jsonl.gz"]))
def test_loading_arbitrary_bytes_never_raises_unexpectedly(tmp_path_factory, data, name):
    path = tmp_path_factory.mktemp("bytes") / name
    path.write_bytes(data)
    manifest = corpus.Manifest()
    try:
        loaded = list(corpus.iter_articles([path], manifest))
    except corpus.CorpusError:
        return  # a clear, named error is an allowed outcome
    assert len(loaded) == manifest.counts()["loaded"]
    for article in loaded:
        holds_together(article.text, statements.extract(article.text, "b"))
