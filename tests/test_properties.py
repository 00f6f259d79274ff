"""Property tests: for any text, loading and statement extraction never raise, and every offset
slices back to its words."""

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import corpus, statements

QUOTES = ['"', "“", "”", "‘", "’", "«", "»", "''", "``", "„"]
WORDS = ["Putin", "Trump", "he", "she", "said", "added", "told reporters", "according to", "that", "the US president",
         "Russia", "Ukraine", "“We", "war.”", ",", ".", ":", "\n", "…", "<script>alert(1)</script>", "onerror=",
         "\u0000", "\x07", "\ud800", "\u202e", "adding,", "by", "as", "Mr.", "U.S."]

news_like = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTES), st.text(max_size=12)),
                     max_size=80).map(" ".join)
any_text = st.one_of(news_like, st.text(max_size=400), st.text(alphabet=string.printable + "“”\"…", max_size=400))


def _check(text: str) -> None:
    for s in statements.extract(text, "h", boilerplate=corpus.boilerplate_spans(text)):
        assert 0 <= s.start <= s.end <= len(text)
        if s.parts:
            assert s.text == " ".join(text[a:b] for a, b in s.parts)
            assert s.parts[0][0] == s.start and s.parts[-1][1] == s.end
        else:
            assert text[s.start : s.end] == s.text
        if s.speaker_start is not None:
            assert text[s.speaker_start : s.speaker_end] == s.speaker_text
        if s.cue_start is not None:
            assert text[s.cue_start : s.cue_end] == s.cue
        assert s.kind in {"direct", "partial", "indirect", "assessment"}
        assert (s.speaker_start is None) == (s.kind == "assessment")  # only the writer's own hangs on no mention


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_extraction_never_raises_and_offsets_slice_back(text):
    _check(text)


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(WORDS + QUOTES), st.integers(min_value=2_000, max_value=6_000))
def test_very_long_lines(word, repeat):
    _check((word + " ") * repeat)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300), st.sampled_from(["a.txt", "a.jsonl", "a.csv", "a.json"]))
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
        _check(article.text)
