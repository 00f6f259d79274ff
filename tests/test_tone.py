from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import batch, corpus, tone
from conftest import SAMPLE


def test_tone_equals_vadersentiment_for_every_statement_of_the_sample():
    articles, _ = corpus.load_corpus(SAMPLE)
    records = batch.article_records(articles[0])  # what the statements table and the CLI hold
    reference = SentimentIntensityAnalyzer()
    assert len(records) > 20
    for record in records:
        expected = reference.polarity_scores(record["text"])
        assert {k: record[k] for k in tone.TONE_COLUMNS} == {k: expected[k] for k in tone.TONE_COLUMNS}


def test_tone_labels_cut_at_the_neutral_band():
    assert [tone.tone_label(c) for c in (-0.5, -0.04, 0.0, 0.05, 0.9)] == [
        "negative", "neutral", "neutral", "positive", "positive"]
