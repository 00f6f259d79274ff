import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import corpus, statements, tone
from conftest import SAMPLE


def test_tone_equals_vadersentiment_for_every_statement_of_the_sample():
    articles, _ = corpus.load_corpus(SAMPLE)
    scored = tone.add_tone(statements.statements_frame(articles))
    reference = SentimentIntensityAnalyzer()
    assert len(scored) > 20
    for record in scored.to_dict("records"):
        expected = reference.polarity_scores(record["text"])
        assert {k: record[k] for k in tone.TONE_COLUMNS} == {k: expected[k] for k in tone.TONE_COLUMNS}


def test_add_tone_keeps_rows_and_handles_an_empty_table():
    empty = pd.DataFrame({"text": pd.Series([], dtype=str)})
    assert list(tone.add_tone(empty).columns) == ["text", *tone.TONE_COLUMNS]
    scored = tone.add_tone(pd.DataFrame({"text": ["What a terrible war.", "Great progress!"]}))
    assert scored["compound"].iloc[0] < 0 < scored["compound"].iloc[1]
