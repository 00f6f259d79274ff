import pandas as pd
import pytest
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


def test_every_lexicon_entry_is_one_term_with_a_valence_and_a_reason():
    from analysis.paths import LEXICON_FILE

    terms = []
    for line in LEXICON_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            term, valence, reason = line.split("\t")
            assert -4 <= float(valence) <= 4 and reason.strip(), line
            terms.append(term)
    assert len(terms) == len(set(terms)), "a term is listed twice"


def test_the_lexicon_layer_changes_target_tone_only():
    text = "The senator stonewalled the probe and called the party's plan a debacle."
    start = text.index("senator")
    assert tone.target_tone(text, start, start + 7, lexicon=False) > tone.target_tone(text, start, start + 7)
    assert tone.tone(text) == SentimentIntensityAnalyzer().polarity_scores(text)


def test_institution_names_carry_no_tone_in_the_lexicon_layer():
    # VADER alone reads "Supreme" and "party" as praise; here they name a court and a party.
    text = "Trump nominated Kavanaugh to the Supreme Court at a party event."
    start = text.index("Kavanaugh")
    assert tone.target_tone(text, start, start + 9, lexicon=False) > 0.3
    assert tone.target_tone(text, start, start + 9) == 0.0


def test_speaker_summary_counts_kinds_and_leaves_the_writers_assessments_out():
    frame = pd.DataFrame({"speaker": ["T", "T", None, None], "kind": ["direct", "indirect", "indirect", "assessment"],
                          "compound": [0.2, 0.4, -0.5, 0.9]})
    summary = tone.speaker_summary(frame)
    assert summary.loc["T", ["statements", "direct", "indirect", "mean_tone"]].tolist() == [2, 1, 1, 0.3]
    assert summary.loc["unattributed", ["statements", "mean_tone"]].tolist() == [1, -0.5]


def test_a_lexicon_line_without_its_reason_is_refused_with_the_file_and_line(tmp_path):
    from analysis.tone import load_lexicon

    path = tmp_path / "lexicon.tsv"
    path.write_text("# heading\nslammed\t-1.8\theadline verb\nblasted\t-1.8\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"lexicon\.tsv, line 3: expected term<TAB>valence<TAB>reason"):
        load_lexicon(path)
    path.write_text("slammed\t-1.8\theadline verb\n", encoding="utf-8")
    assert load_lexicon(path) == {"slammed": -1.8}
