import numpy as np
import pandas as pd
import pytest

from analysis import stance


def _statements(rows):
    base = {"article_id": "a", "kind": "direct", "start": 0, "parent": None}
    frame = pd.DataFrame([{**base, **row} for row in rows])
    frame["end"] = frame["start"] + frame["text"].str.len()
    return frame


def test_target_mentions_carry_offsets_into_the_article():
    frame = _statements([{"statement_id": "a:1", "text": "Moscow and Kiev will talk; the US will not impose sanctions on us.",
                          "start": 100, "speaker": "Donald Trump", "compound": 0.1}])
    mentions = stance.target_mentions(frame)
    found = dict(zip(mentions["target"], mentions["target_text"]))
    assert found["Russia"] == "Moscow" and found["Ukraine"] == "Kiev" and found["United States"] == "US"
    assert found["sanctions"] == "sanctions"
    text = "x" * 100 + frame["text"].iloc[0]
    for row in mentions.itertuples():
        assert text[row.target_start : row.target_end] == row.target_text
    assert (mentions["target"] == "United States").sum() == 1  # "us" (pronoun) does not count


def test_partial_quotes_are_counted_once_with_their_parent():
    frame = _statements([
        {"statement_id": "a:1", "kind": "indirect", "text": "Russia wants trade", "speaker": "T", "compound": 0.2},
        {"statement_id": "a:2", "kind": "partial", "text": "trade", "speaker": "T", "compound": 0.2, "parent": "a:1"},
    ])
    assert list(stance.stance_statements(frame)["statement_id"]) == ["a:1"]


def test_the_writers_assessments_take_no_part_in_stance():
    frame = _statements([
        {"statement_id": "a:1", "kind": "indirect", "text": "Russia wants trade", "speaker": "T", "compound": 0.2},
        {"statement_id": "a:2", "kind": "assessment", "text": "Russia to be losing", "speaker": None, "compound": -0.2},
    ])
    assert list(stance.stance_statements(frame)["statement_id"]) == ["a:1"]


def test_stance_over_time_counts_means_and_marks_small_periods():
    dates = pd.to_datetime(["2022-01-03", "2022-01-04", "2022-01-05", "2022-02-10", None], utc=True)
    rows = pd.DataFrame({"speaker": ["P"] * 5, "target": ["Ukraine"] * 5, "compound": [0.1, 0.3, 0.5, -0.4, 0.9],
                         "date": dates})
    result = stance.stance_over_time(rows, freq="M", min_statements=3, value="compound")
    assert list(result["statements"]) == [3, 1]
    assert result["mean"].iloc[0] == pytest.approx(0.3)
    assert list(result["uncertain"]) == [False, True]
    assert result.attrs["undated"] == 1
    assert result["ci_low"].iloc[0] <= 0.3 <= result["ci_high"].iloc[0]
    assert np.isnan(result["ci_low"].iloc[1])  # one statement: no interval
    whole = stance.stance_over_time(rows, freq=None, value="compound")
    assert "period" not in whole.columns and whole["statements"].iloc[0] == 5  # (overall, the undated one counts)


def test_bootstrap_interval_narrows_with_more_statements():
    rng = np.random.default_rng(1)
    small = stance.bootstrap_ci(rng.normal(0, 0.5, 5))
    large = stance.bootstrap_ci(rng.normal(0, 0.5, 500))
    assert (large[1] - large[0]) < (small[1] - small[0])


def test_tone_toward_a_target_is_scoped_to_its_clause():
    frame = _statements([{"statement_id": "a:1", "speaker": "P", "compound": 0.0,
                          "text": "We praise Ukraine for its courage, but the invasion by Russia is a crime."}])
    mentions = stance.target_mentions(frame).set_index("target")
    assert mentions.loc["Ukraine", "target_compound"] > 0.3
    assert mentions.loc["Russia", "target_compound"] < -0.3


def test_target_offsets_follow_the_parts_of_an_interrupted_quote():
    text = "“Russia is strong,” he said, “and Ukraine will lose.”"
    parts = [[1, 17], [text.index("and"), text.index("lose") + 4]]
    joined = " ".join(text[a:b] for a, b in parts)
    frame = pd.DataFrame([{"article_id": "a", "statement_id": "a:1", "kind": "direct", "text": joined,
                           "start": parts[0][0], "end": parts[1][1], "parts": parts, "parent": None,
                           "speaker": "P", "compound": 0.0}])
    mentions = stance.target_mentions(frame)
    assert list(mentions["target"]) == ["Russia", "Ukraine"]
    for row in mentions.itertuples():
        assert text[row.target_start : row.target_end] == row.target_text


def _weekly():
    dates = pd.to_datetime(["2022-01-03"] * 3 + ["2022-01-10"] * 3 + ["2022-01-17"] * 3, utc=True)
    tones = [0.5, 0.6, 0.7, -0.6, -0.5, -0.4, -0.5, -0.6, -0.4]
    rows = pd.DataFrame({"speaker": "P", "target": "Ukraine", "date": dates, "tone": tones,
                         "statement_id": [f"a:{i}" for i in range(9)], "text": [f"s{i}" for i in range(9)]})
    return rows, stance.stance_over_time(rows, freq="W", min_statements=3)


def test_largest_moves_list_the_statements_behind_the_change():
    rows, weekly = _weekly()
    moves = stance.largest_moves(weekly, rows, top=1)
    assert set(moves["statement_id"]) == {"a:3", "a:4", "a:5"}  # the week the tone fell
    assert moves["change"].iloc[0] == pytest.approx(-1.1)


def test_smoothing_is_a_weighted_rolling_mean():
    _, weekly = _weekly()
    smoothed = stance.smooth(weekly, 2)
    assert smoothed["mean"].iloc[1] == pytest.approx((0.6 * 3 - 0.5 * 3) / 6)
    assert stance.smooth(weekly, 0) is weekly


def test_the_lexicon_layer_can_be_left_out_of_stance():
    text = "the leaders of Ukraine stonewalled again"
    statements = pd.DataFrame([{"article_id": "a", "statement_id": "a:1", "kind": "indirect", "parent": None,
                                "speaker": "Vladimir Putin", "start": 0, "end": len(text), "parts": None,
                                "compound": 0.0, "text": text}])
    with_layer = stance.target_mentions(statements, tone_model="vader")
    without = stance.target_mentions(statements, lexicon=False, tone_model="vader")
    assert list(with_layer["target"]) == list(without["target"]) == ["Ukraine"]
    assert without["target_compound"].iloc[0] == 0.0  # VADER alone has no valence for "stonewalled"
    assert with_layer["target_compound"].iloc[0] < 0


def test_questions_and_low_confidence_statements_can_be_left_out_of_stance():
    import pandas as pd

    from analysis import stance

    rows = pd.DataFrame({"parent": [None] * 4, "kind": ["direct", "question", "indirect", "assessment"],
                         "confidence": ["high", "high", "low", None]})
    assert list(stance.stance_statements(rows)["kind"]) == ["direct", "indirect"]
    assert list(stance.stance_statements(rows, high_confidence_only=True)["kind"]) == ["direct"]
    assert list(stance.stance_statements(rows, questions=True)["kind"]) == ["direct", "question", "indirect"]
    assert "1 of 4 statements (25%)" in stance.low_confidence_note(rows)


def test_reports_list_low_confidence_statements_on_their_own():
    import pandas as pd

    from analysis import tables

    rows = pd.DataFrame({"statement_id": ["a:1", "a:2", "a:3"], "kind": ["direct"] * 3, "speaker": ["X", None, "Y"],
                         "confidence": ["high", "low", None], "text": ["one", "two", "three"]})
    assert list(tables.statements_by_confidence(rows, "high")["statement_id"]) == ["a:1", "a:3"]
    assert list(tables.statements_by_confidence(rows, "low")["statement_id"]) == ["a:2"]
    assert tables.statements_by_confidence(rows.drop(columns="confidence"), "low").empty


@pytest.mark.parametrize("first, last, period", [("2025-05-19 08:00", "2025-05-19 17:00", "D"),
                                                 ("2022-01-01", "2022-03-31", "W"),
                                                 ("2021-10-24", "2022-06-24", "W"),
                                                 ("2021-01-01", "2025-12-31", "M"),
                                                 ("2020-01-01", "2025-12-31", "Q")])
def test_the_period_is_chosen_from_the_span_unless_given(first, last, period):
    dates = pd.Series(pd.to_datetime([first, None, last], utc=True))
    assert stance.choose_period("auto", dates) == period
    assert stance.choose_period("M", dates) == "M"  # (an explicit period wins)
    starts = stance.period_starts(dates.dropna(), period)
    assert starts.iloc[0] <= dates.iloc[0].tz_localize(None) and \
        len(pd.period_range(starts.min(), starts.max(), freq=period)) <= stance.MOST_PERIODS
    assert stance.period_name(period) in ("day", "week", "month", "quarter")


def test_charts_show_speakers_that_name_someone():
    rows = pd.DataFrame({"speaker": ["the company"] * 5 + ["analysts"] * 4 + ["Atari Corp"] * 2 + ["James Baker"]})
    assert stance.most_frequent_speakers(rows, 2) == ["Atari Corp", "James Baker"]
    assert stance.names_someone("the US president") and not stance.names_someone("The company")

