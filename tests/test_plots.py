import pandas as pd
from matplotlib.figure import Figure

from analysis import plots


def _stance(periods):
    rows = []
    for i, period in enumerate(periods):
        for speaker, mean in (("Putin", 0.2), ("Zelenskyy", -0.3)):
            rows.append({"speaker": speaker, "target": "Ukraine", "period": pd.Timestamp(period), "mean": mean + i / 10,
                         "statements": 3 + i, "ci_low": mean - 0.2, "ci_high": mean + 0.2, "uncertain": i == 0})
    return pd.DataFrame(rows)


def test_a_single_period_is_not_drawn_as_a_trend():
    fig = plots.stance_timeline(_stance(["2025-05-19"]), "Ukraine")
    ax = fig.axes[0]
    assert isinstance(fig, Figure)
    assert "no trend" in ax.get_title()
    assert ax.get_xlabel().startswith("tone")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Zelenskyy", "Putin"]


def test_many_periods_draw_one_labelled_line_per_speaker():
    periods = pd.date_range("2021-10-01", periods=40, freq="W")
    fig = plots.stance_timeline(_stance(periods), "Ukraine")
    ax = fig.axes[0]
    assert sorted(t.get_text() for t in ax.get_legend().get_texts()) == ["Putin", "Zelenskyy"]
    assert ax.get_ylabel() and ax.get_title().startswith("Tone toward Ukraine")
    assert len([line for line in ax.get_lines() if len(line.get_xdata()) == 40]) == 2


def test_heatmap_and_tone_plots_label_their_axes():
    summary = _stance(["2022-01-01"]).drop(columns="period")
    fig = plots.stance_heatmap(summary)
    assert fig.axes[0].get_xlabel() == "target" and fig.axes[0].get_ylabel() == "speaker"
    statements = pd.DataFrame({"speaker": ["A", "A", "B"], "compound": [0.1, 0.5, -0.2]})
    fig = plots.tone_by_speaker(statements)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["B", "A"]


def test_empty_data_gives_a_figure_that_says_so():
    empty = _stance([]).reindex(columns=["speaker", "target", "period", "mean", "statements", "ci_low", "ci_high", "uncertain"])
    fig = plots.stance_timeline(empty, "Ukraine")
    assert any("No dated statements" in t.get_text() for t in fig.axes[0].texts)
