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


# --- the trained model of tone toward a target ----------------------------------------------------

SENTENCES = [("Trump slammed Clinton over her emails.", 14, 21), ("Trump slammed Clinton over her emails.", 0, 5),
             ("Merkel praised Macron, who “did not fail us,” she said.", 15, 21),
             ("Critics say Putin never wanted a ceasefire.", 12, 17), ("Putin", 0, 5), ("", 0, 0)]


def test_the_trained_model_reads_the_sentence_around_the_masked_mention():
    from analysis import tone_model

    text, start, end = SENTENCES[0]  # "Trump slammed Clinton over her emails."
    found = tone_model.features(text, start, end)
    assert "s:clinton" not in found and found["s:<t>"] == 1.0  # (the mention is masked)
    assert found["l1:slammed"] == found["l2:trump"] == found["r1:over"] == 1.0 and found["l3:<s>"] == 1.0
    assert found["w:slammed"] == 1.0 and found["w:emails"] == pytest.approx(1 / 3)
    assert found["valence_before"] < 0 and "negated_clause" not in found and found["quoted"] == 0.0
    quoted = tone_model.features(*SENTENCES[2])  # ("who “did not fail us,”": Macron is outside the quotation)
    assert quoted["quoted"] == 0.0 and tone_model.features("He said “Macron failed”.", 9, 15)["quoted"] == 1.0
    assert tone_model.features("Putin did not praise NATO.", 20, 24)["negated"] == 1.0
    # the clause summed as VADER sums it: a word after a negation turns, and the sum stays within -1 .. +1
    praised, not_praised = (tone_model.features(t, 0, 5)["clause_compound"] for t in
                            ("Putin praised the talks.", "Putin did not praise the talks."))
    assert 0 < praised < 1 and -1 < not_praised < 0


def test_the_trained_model_reads_other_names_as_one_word_and_the_whole_sentences_charge():
    from analysis import tone_model

    text = SENTENCES[0][0]  # "Trump slammed Clinton over her emails."
    toward_clinton, toward_trump = tone_model.features(text, 14, 21), tone_model.features(text, 0, 5)
    assert "mcb:<o>_slammed" in toward_clinton and "mcb:slammed_<t>" not in toward_clinton
    assert {"mcb:slammed_<o>", "mcb:<o>_over"} <= set(toward_trump) and "mcb:<o>_slammed" not in toward_trump
    # a capital that only opens the sentence is no name ("Critics"), and a sentence without another name has no pair
    assert not [name for name in tone_model.features(*SENTENCES[3]) if name.startswith("mcb:")]
    # the sentence's valence, the mention left out, over the square root of its length
    calm, charged = (tone_model.features(t, 0, 5)["sentence_valence"] for t in
                     ("Putin met the delegation in the hall on Monday.", "Putin met the delegation; the talks were a disaster."))
    assert calm == 0 and charged < 0
    longer = tone_model.features("Putin met the delegation; the talks were a disaster for the town and the region.", 0, 5)
    assert charged < longer["sentence_valence"] < 0


def test_the_shipped_model_describes_the_features_it_weighs():
    from analysis import tone_model

    shipped = tone_model.model()
    described = [name for key in shipped["features"] for name in key.split()]
    weighed = set(shipped["weights"])
    for name in described:
        assert any(weight == name or (name.endswith(":") and weight.startswith(name)) for weight in weighed), name


def test_the_trained_models_score_is_the_softmax_of_its_three_weighted_sums():
    import math

    from analysis import tone_model

    trained = tone_model.model()
    text, start, end = SENTENCES[2]
    sums = list(trained["intercept"])
    for name, value in tone_model.features(text, start, end).items():
        for k in range(3):
            sums[k] += value * trained["weights"].get(name, [0, 0, 0])[k]
    expected = [math.exp(x) / sum(math.exp(y) for y in sums) for x in sums]
    assert list(tone_model.probabilities(text, start, end).values()) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("text, start, end", SENTENCES)
def test_the_trained_model_gives_three_probabilities_and_their_difference(text, start, end):
    from analysis import tone_model

    shown = tone_model.probabilities(text, start, end)
    assert list(shown) == ["negative", "neutral", "positive"] and abs(sum(shown.values()) - 1) < 1e-9
    assert tone_model.trained_tone(text, start, end) == pytest.approx(shown["positive"] - shown["negative"])
    assert tone_model.label(shown) == max(shown, key=shown.get)


def test_an_explanation_names_the_features_that_moved_the_score_in_order():
    from analysis import tone_model

    text, start, end = SENTENCES[0]
    pushed = tone_model.explain(text, start, end, top=5)
    weights = tone_model.model()["weights"]
    values = tone_model.features(text, start, end)
    assert len(pushed) == 5 and [abs(p) for _, p in pushed] == sorted((abs(p) for _, p in pushed), reverse=True)
    for name, push in pushed:
        assert push == pytest.approx(values[name] * (weights[name][2] - weights[name][0]))
    assert sum(push for _, push in pushed) < 0  # ("slammed Clinton": negative toward Clinton)


def test_target_tone_on_the_command_line_by_either_model_and_explained(tmp_path):
    import json
    import subprocess
    import sys

    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": "a", "text": SENTENCES[0][0], "start": 14, "end": 21}) + "\n", encoding="utf-8")
    run = lambda *extra: json.loads(subprocess.run([sys.executable, "-m", "analysis", "target-tone", str(rows), *extra],
                                                   capture_output=True, text=True, check=True).stdout)
    trained, vader, explained = run(), run("--model", "vader"), run("--explain")
    p = trained["probabilities"]
    assert trained["compound"] == pytest.approx(p["positive"] - p["negative"]) and trained["label"] == "negative"
    assert vader == {"id": "a", "compound": tone.target_tone(SENTENCES[0][0], 14, 21), "label": "negative"}
    assert [name for name, _ in explained["explain"]][:2] and "explain" not in trained


def test_stance_uses_the_trained_model_unless_asked_for_vader():
    from analysis import stance, tone_model

    statements = pd.DataFrame({"statement_id": ["a:1"], "text": ["Putin said Ukraine would lose the war."],
                               "start": [0], "end": [38], "parts": [None]})
    trained = stance.target_mentions(statements)
    vader = stance.target_mentions(statements, tone_model="vader")
    text = statements["text"][0]
    start = text.index("Ukraine")
    toward = lambda frame: frame.loc[frame["target"] == "Ukraine", "target_compound"].item()
    assert toward(trained) == pytest.approx(tone_model.trained_tone(text, start, start + 7))
    assert toward(vader) == tone.target_tone(text, start, start + 7)
    assert "trained model" in stance.tone_note() and "VADER" in stance.tone_note("vader")


def test_the_shipped_model_is_what_the_recipe_gives():
    from conftest import shared

    shared("eval", "newsmtsc", "newsmtsc-train.jsonl")
    pytest.importorskip("sklearn", reason="training needs scikit-learn (the test extra installs it)")
    from analysis import tone_model
    from benchmarks import train_tone

    shipped = tone_model.model()
    again = train_tone.train()
    assert train_tone.same_model(again, shipped)
    assert again["trained_on"]["sha256"] == shipped["trained_on"]["sha256"] and again["dev"] == shipped["dev"]
    assert shipped["dev"]["rw"]["macro_f1"] > 0.66 and shipped["dev"]["mt"]["macro_f1"] > 0.64
