import nltk
import pytest

from analysis import tokenise


@pytest.fixture(autouse=True)
def no_downloads(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the project must never download data at run time")

    monkeypatch.setattr(nltk, "download", refuse)


def test_pretrained_punkt_keeps_abbreviations_inside_sentences():
    text = "The U.S. president spoke with Mr. Putin on Monday. He said talks would begin. Dr. Smith agreed."
    found = [s.text for s in tokenise.sentences(text)]
    assert found == [
        "The U.S. president spoke with Mr. Putin on Monday.",
        "He said talks would begin.",
        "Dr. Smith agreed.",
    ]


def test_sentences_never_cross_a_line_break_and_offsets_slice_back(sample_text):
    spans = tokenise.sentences(sample_text)
    assert len(spans) > 25
    for span in spans:
        assert sample_text[span.start : span.end] == span.text
        assert "\n" not in span.text


def test_words_have_offsets_into_the_text():
    text = "Trump wrote, “Let the process begin!”"
    tokens = tokenise.words(text, 0, len(text))
    assert [t.text for t in tokens][:3] == ["Trump", "wrote", ","]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_words_of_a_slice_point_into_the_whole_text():
    text = "First part. Second part here."
    tokens = tokenise.words(text, 12, len(text))
    assert tokens[0].text == "Second" and tokens[0].start == 12


def test_literal_pattern_matches_either_apostrophe():
    import re

    pattern = re.compile(tokenise.literal_pattern("Ukraine's president"))
    assert pattern.search("Ukraine’s  president")
    assert pattern.search("Ukraine's president")


LINES = [
    "Trump wrote on Truth Social",  # no stop at all
    "Let the process begin!",  # one at the very end
    "  Talks begin   ",  # spaces either side
    "Mr. Putin called. Trump answered! Did he? Yes.",
    "The U.S. and Ukraine... agreed",
    "(He said so.) Then he left.",
    "“Go.” He went.",
    "",
    "   ",
]


@pytest.mark.parametrize("line", LINES)
def test_line_sentences_are_punkts_own(line):
    # The shortcut for lines without a candidate break and the remembered decisions give
    # exactly what Punkt gives when it runs afresh.
    tokenizer = tokenise.sentence_tokenizer()
    tokenizer.text_contains_sentbreak.cache_clear()
    fresh = list(tokenizer.span_tokenize(line))
    assert tokenise._line_sentences(tokenizer, line) == fresh
    assert tokenise._line_sentences(tokenizer, line) == fresh  # again, from memory


def test_a_figure_after_an_abbreviation_opens_no_sentence():
    def split(text):
        return [text[s:e] for s, e in tokenise.sentence_spans(text, join_lines=True)]

    assert split("The agent said Honduras is seeking U.S. no. 2 or better wheat. It will buy.") == [
        "The agent said Honduras is seeking U.S. no. 2 or better wheat.", "It will buy."]
    assert split("Units Nos. 3 and 4 shut. He lives in the U.S. 30 days a year.") == [
        "Units Nos. 3 and 4 shut.", "He lives in the U.S. 30 days a year."]
    # a word or a unit after a figure before the stop is a sentence's end, as Punkt decides
    assert split("We are ready to fight for it. 14 regions agree.") == ["We are ready to fight for it.", "14 regions agree."]
    assert split("Prices rose to 12 mln. 15 pct went abroad.") == ["Prices rose to 12 mln.", "15 pct went abroad."]


def test_punkt_decisions_are_remembered():
    tokenizer = tokenise.sentence_tokenizer()
    tokenizer.text_contains_sentbreak.cache_clear()
    tokenise.sentences("Mr. Trump spoke. Mr. Putin answered.")
    first = tokenizer.text_contains_sentbreak.cache_info()
    tokenise.sentences("Mr. Trump spoke. Mr. Putin answered.")
    again = tokenizer.text_contains_sentbreak.cache_info()
    assert first.misses > 0 and again.misses == first.misses and again.hits > first.hits


def test_punkt_with_plain_regular_expressions_splits_as_nltk_does(sample_text):
    # The project runs Punkt's own patterns with ``re`` instead of NLTK's time-limited ``regex``
    # guard; the model and every decision stay NLTK's, so the spans must be identical.
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    ours = tokenise.sentence_tokenizer()
    stock = PunktSentenceTokenizer(tokenise.punkt_parameters())
    texts = [
        sample_text,
        "The U.S. president spoke with Mr. Putin. He said (as before.) talks would begin... Later, J. R. Smith agreed!",
        "“It’s over,” he said. ‘Fine.’ The No. 2 official, Gen. Jones Jr., left at 5 p.m. on Jan. 3. Then 3.5 percent.",
        "Sales rose 4.5% in the U.K. and 12.3 pct in the E.U.? Yes!! Really?! See pp. 4-5, etc. Done.",
        "The count reached 1,204. by noon it was higher. In 1990. we left.",  # (a number before a lower-case word)
    ]
    for text in texts:
        assert list(ours.span_tokenize(text)) == list(stock.span_tokenize(text))
    assert len(list(ours.span_tokenize(sample_text))) > 25


def test_punkt_splits_the_shared_corpora_as_nltk_does():
    # (the token class sets its fields itself: every line of real news must still split as NLTK's)
    import itertools

    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from analysis import corpus
    from conftest import shared

    ours = tokenise.sentence_tokenizer()
    stock = PunktSentenceTokenizer(tokenise.punkt_parameters())
    paths = [shared("corpora", name, "articles.jsonl.gz") for name in ("kremlin_zelenskyy_2021_2022", "reuters21578")]
    lines = [line for path in paths for article in itertools.islice(corpus.iter_articles([path]), 300)
             for line in article.text.split("\n") if line.strip()]
    assert len(lines) > 3000  # (the bound only checks the corpora were read: the comparison is exact)
    assert [list(ours.span_tokenize(line)) for line in lines] == [list(stock.span_tokenize(line)) for line in lines]
