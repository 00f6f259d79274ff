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


def test_many_periods_draw_a_panel_per_speaker_with_one_line_each():
    periods = pd.date_range("2021-10-01", periods=40, freq="W")
    stance = _stance(periods)
    stance.attrs["freq"] = "W"
    fig = plots.stance_timeline(stance, "Ukraine")
    panels = [ax for ax in fig.axes if ax.axison]
    assert sorted(ax.get_title(loc="left") for ax in panels) == ["Putin", "Zelenskyy"]
    assert fig.get_suptitle().startswith("Tone toward Ukraine, per week")
    for ax in panels:
        assert len([line for line in ax.get_lines() if len(line.get_xdata()) == 40]) == 1


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


def _many(speakers, targets, periods):
    rows = [{"speaker": speaker, "target": target, "period": pd.Timestamp(period), "mean": 0.1 * (k % 5) - 0.2,
             "statements": 2 + k % 4, "ci_low": -0.5, "ci_high": 0.5, "uncertain": k % 4 == 0}
            for target in targets for s, speaker in enumerate(speakers) for k, period in enumerate(periods)]
    frame = pd.DataFrame(rows)
    frame.attrs["freq"] = "W"
    return frame


def _drawn_colours(ax) -> set[str]:
    """The colours of the data an axes draws: its lines and dots, not its grey and black reference lines."""
    from matplotlib.colors import to_hex

    found = {to_hex(line.get_color()) for line in ax.get_lines()}
    for collection in ax.collections:
        for colour in list(collection.get_facecolors()) + list(collection.get_edgecolors()):
            if colour[3] > 0.5:
                found.add(to_hex(colour))
    return found - {"#808080", "#000000", "#ffffff"}


def test_over_time_no_axes_holds_more_than_four_speakers():
    speakers = [f"Speaker {k}" for k in range(12)]
    stance = _many(speakers, ["Ukraine"], pd.date_range("2021-01-04", periods=60, freq="W"))
    colours = plots.assign_colours(speakers)
    fig = plots.stance_panels(stance, ("target", "Ukraine"), speakers, colours)
    drawn = [ax for ax in fig.axes if ax.get_visible() and ax.axison]
    assert len(drawn) == 12 and all(len(_drawn_colours(ax)) <= 4 for ax in drawn)
    assert max(len({round(ax.get_position().x0, 3) for ax in drawn}), 0) <= plots.MAX_COLUMNS  # (at most four across)
    by_target = plots.stance_panels(_many(["Putin"], ["Russia", "Ukraine", "NATO"], pd.date_range("2022-01-03", periods=9,
                                                                                              freq="W")),
                                    ("speaker", "Putin"), ["Russia", "Ukraine", "NATO"], colours)
    assert [ax.get_title(loc="left") for ax in by_target.axes if ax.axison] == ["Russia", "Ukraine", "NATO"]


def test_a_speaker_has_the_run_colour_in_every_figure():
    from matplotlib.colors import to_hex

    colours = plots.assign_colours(["Putin", "Zelenskyy", "Macron"])
    periods = pd.date_range("2022-01-03", periods=8, freq="W")
    # Macron alone in one chart, third of three in another: the same colour in both, and in the tone plot
    alone = plots.stance_panels(_many(["Macron"], ["Russia"], periods), ("target", "Russia"), ["Macron"], colours)
    three = plots.stance_panels(_many(["Putin", "Zelenskyy", "Macron"], ["Ukraine"], periods), ("target", "Ukraine"),
                                ["Putin", "Zelenskyy", "Macron"], colours)
    for fig in (alone, three):
        for ax in (ax for ax in fig.axes if ax.axison):
            assert _drawn_colours(ax) == {colours[ax.get_title(loc="left")]}
    statements = pd.DataFrame({"speaker": ["Macron", "Macron", "Putin"], "compound": [0.1, 0.5, -0.2]})
    tone = plots.tone_by_speaker(statements, colours=colours)
    assert {to_hex(c) for c in tone.axes[0].collections[0].get_facecolors()} == {colours["Putin"]}  # (first row drawn)
    assert plots.assign_colours([f"S{k}" for k in range(14)])["S13"] == plots.OTHERS  # (after twelve: grey)


def test_events_are_numbered_in_panels_and_named_below():
    events = pd.DataFrame({"date": pd.to_datetime(["2022-01-10", "2022-01-12", "2022-02-01"], utc=True),
                           "label": ["Talks", "More talks", "Summit"]})
    fig = plots.stance_panels(_many(["Putin", "Macron"], ["Russia"], pd.date_range("2022-01-03", periods=8, freq="W")),
                              ("target", "Russia"), ["Putin", "Macron"], None, events)
    numbers = [(t.get_text(), t.xyann if hasattr(t, "xyann") else None, t.xy) for t in fig.axes[0].texts]
    assert [n for n, _, _ in numbers] == ["1", "2", "3"]
    assert len({xy[1] for _, _, xy in numbers}) == 3  # (three heights: close events' numbers do not overlap)
    assert fig.get_supxlabel().splitlines() == ["1  10 Jan 2022  Talks", "2  12 Jan 2022  More talks", "3  01 Feb 2022  Summit"]
