"""Charts. Each function takes data and returns a matplotlib ``Figure``; none reads files or shows.

Colours follow the Okabe-Ito palette, which stays distinguishable for colour-blind readers; the
tone scale is VADER's compound, from -1 (most negative) to +1 (most positive).
"""

from __future__ import annotations

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

OKABE_ITO = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]
TONE_LABEL = "tone (VADER compound, -1 negative … +1 positive)"


def _colours(names) -> dict:
    return {name: OKABE_ITO[i % len(OKABE_ITO)] for i, name in enumerate(names)}


def _empty(fig: Figure, ax, message: str) -> Figure:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=11)
    ax.set_axis_off()
    return fig


def tone_by_speaker(statements: pd.DataFrame, speakers: list[str] | None = None, top: int = 12) -> Figure:
    """Each statement's tone as a dot, one row per speaker, with the mean and the count."""
    data = statements[statements["speaker"].notna()]
    order = list(speakers) if speakers else list(data["speaker"].value_counts().index[:top])
    data = data[data["speaker"].isin(order)]
    fig = Figure(figsize=(9, 0.55 * max(len(order), 2) + 1.6), layout="constrained")
    ax = fig.add_subplot()
    if data.empty:
        return _empty(fig, ax, "No attributed statements to show.")
    colours = _colours(order)
    rng = np.random.default_rng(0)
    for row, speaker in enumerate(reversed(order)):
        values = data.loc[data["speaker"] == speaker, "compound"].to_numpy(dtype=float)
        jitter = rng.uniform(-0.15, 0.15, len(values))
        ax.scatter(values, row + jitter, s=28, alpha=0.7, color=colours[speaker], edgecolor="white", linewidth=0.5,
                   label=None)
        if len(values):
            ax.plot([values.mean()] * 2, [row - 0.3, row + 0.3], color="black", linewidth=2)
            ax.annotate(f"n={len(values)}", (1.02, row), xycoords=("axes fraction", "data"), va="center", fontsize=9)
    ax.axvline(0, color="grey", linewidth=0.8, linestyle=":")
    ax.set_yticks(range(len(order)), list(reversed(order)))
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel(TONE_LABEL)
    ax.set_title("Tone of each statement, by speaker (black bar: mean)")
    ax.scatter([], [], color="grey", s=28, label="one statement")
    ax.plot([], [], color="black", linewidth=2, label="mean tone")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncols=2, fontsize=8, frameon=False)
    return fig


def stance_timeline(stance: pd.DataFrame, target: str, speakers: list[str] | None = None,
                    events: pd.DataFrame | None = None) -> Figure:
    """Mean tone per period toward one target, one line per speaker, with its 95% interval band and
    the number of statements behind each point. Periods with too few statements are hollow.

    When the data cover a single period, a line would suggest a trend that is not there: the chart
    shows each speaker's mean with its interval as a dot instead.
    """
    data = stance[stance["target"] == target]
    if speakers:
        data = data[data["speaker"].isin(speakers)]
    order = list(data.groupby("speaker")["statements"].sum().sort_values(ascending=False).index)
    periods = sorted(data["period"].unique()) if not data.empty else []
    fig = Figure(figsize=(9, 4.2 if len(periods) > 1 else 0.5 * max(len(order), 2) + 2.2), layout="constrained")
    ax = fig.add_subplot()
    title = f"Tone toward {target}" if not target.startswith("(") else "Tone of all statements"
    if data.empty:
        ax.set_title(title)
        return _empty(fig, ax, "No dated statements for this target.")
    colours = _colours(order)
    if len(periods) == 1:
        for row, speaker in enumerate(reversed(order)):
            point = data[data["speaker"] == speaker].iloc[0]
            low, high = point["ci_low"], point["ci_high"]
            if not np.isnan(low):
                ax.plot([low, high], [row, row], color=colours[speaker], linewidth=3, alpha=0.45, solid_capstyle="round")
            ax.scatter([point["mean"]], [row], s=70, color="white" if point["uncertain"] else colours[speaker],
                       edgecolor=colours[speaker], linewidth=2, zorder=3)
            ax.annotate(f"n={point['statements']}", (1.02, row), xycoords=("axes fraction", "data"), va="center", fontsize=9)
        ax.set_yticks(range(len(order)), list(reversed(order)))
        ax.set_xlim(-1.05, 1.05)
        ax.axvline(0, color="grey", linewidth=0.8, linestyle=":")
        ax.set_xlabel(TONE_LABEL)
        day = pd.Timestamp(periods[0])
        ax.set_title(f"{title}: one period only (from {day:%d %b %Y}), so no trend is shown")
        ax.scatter([], [], s=70, color="grey", edgecolor="grey", label="mean tone")
        ax.scatter([], [], s=70, color="white", edgecolor="grey", linewidth=2, label="mean of too few statements")
        ax.plot([], [], color="grey", linewidth=3, alpha=0.45, label="95% bootstrap interval")
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.25), ncols=3, fontsize=8, frameon=False)
        return fig
    all_periods = pd.DatetimeIndex(sorted(pd.to_datetime(stance["period"].unique())))
    label_counts = len(all_periods) <= 24
    for speaker in order:
        # Every period of the chart, so a period without statements breaks the line instead of
        # being bridged as if the speaker's tone were known there.
        line = (data[data["speaker"] == speaker].assign(period=lambda f: pd.to_datetime(f["period"]))
                .set_index("period").reindex(all_periods).rename_axis("period").reset_index())
        line["uncertain"] = line["uncertain"].astype("boolean").fillna(False).astype(bool)
        line = line[line["statements"].notna() | line["period"].between(line.dropna(subset=["statements"])["period"].min(),
                                                                        line.dropna(subset=["statements"])["period"].max())]
        x = line["period"]
        colour = colours[speaker]
        ax.fill_between(x, line["ci_low"], line["ci_high"], color=colour, alpha=0.15, linewidth=0)
        ax.plot(x, line["mean"], color=colour, linewidth=1.6, label=speaker)
        present = line["statements"].notna()
        solid = present & ~line["uncertain"]
        sizes = 12 + 6 * np.sqrt(line["statements"].fillna(0).to_numpy(dtype=float))
        ax.scatter(x[solid], line["mean"][solid], s=sizes[solid.to_numpy()], color=colour, zorder=3)
        hollow = present & line["uncertain"]
        ax.scatter(x[hollow], line["mean"][hollow], s=sizes[hollow.to_numpy()], facecolor="white", edgecolor=colour,
                   linewidth=1.5, zorder=3)
        if label_counts:
            for xi, yi, n in zip(x[present], line["mean"][present], line["statements"][present].astype(int)):
                ax.annotate(str(n), (xi, yi), textcoords="offset points", xytext=(0, 7), ha="center", fontsize=7,
                            color=colour)
    if events is not None and not events.empty:
        for _, event in events.iterrows():
            when = pd.Timestamp(event["date"])
            when = when.tz_convert(None) if when.tzinfo else when
            ax.axvline(when, color="black", linewidth=0.8, linestyle="--")
            ax.annotate(str(event["label"]), (when, 1.0), xycoords=("data", "axes fraction"), rotation=90,
                        va="top", ha="right", fontsize=8)
    ax.axhline(0, color="grey", linewidth=0.8, linestyle=":")
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("tone (VADER compound)")
    ax.set_xlabel(f"period start ({stance.attrs.get('freq', '')} periods)")
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    counts = "numbers are statements" if label_counts else "dot area grows with the statements behind it"
    ax.set_title(f"{title}: mean per period with 95% band;\n{counts}; hollow = too few; gaps = no statements",
                 fontsize=10)
    ax.legend(title="speaker", fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return fig


def stance_heatmap(summary: pd.DataFrame, speakers: list[str] | None = None, targets: list[str] | None = None) -> Figure:
    """Speaker × target mean tone over the whole corpus, each cell labelled with its mean and count;
    cells with too few statements are greyed."""
    data = summary
    if speakers:
        data = data[data["speaker"].isin(speakers)]
    if targets:
        data = data[data["target"].isin(targets)]
    fig_rows = data["speaker"].nunique() if not data.empty else 1
    fig_cols = data["target"].nunique() if not data.empty else 1
    fig = Figure(figsize=(max(6, 1.3 * fig_cols + 3), 0.6 * fig_rows + 2), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title("Mean tone by speaker and target (n = statements)")
    if data.empty:
        return _empty(fig, ax, "No statements mention a target.")
    row_order = list(data.groupby("speaker")["statements"].sum().sort_values(ascending=False).index)
    col_order = list(data.groupby("target")["statements"].sum().sort_values(ascending=False).index)
    means = data.pivot(index="speaker", columns="target", values="mean").reindex(index=row_order, columns=col_order)
    counts = data.pivot(index="speaker", columns="target", values="statements").reindex(index=row_order, columns=col_order)
    unsure = data.pivot(index="speaker", columns="target", values="uncertain").reindex(index=row_order, columns=col_order)
    image = ax.imshow(means.to_numpy(dtype=float), cmap="RdBu", vmin=-1, vmax=1, aspect="auto")
    for i in range(len(row_order)):
        for j in range(len(col_order)):
            n = counts.iat[i, j]
            if pd.isna(n):
                continue
            few = bool(unsure.iat[i, j])
            mean = means.iat[i, j]
            ax.text(j, i, f"{mean:+.2f}\nn={int(n)}" + (" (few)" if few else ""), ha="center", va="center",
                    fontsize=8, color="white" if abs(mean) > 0.55 else "black", style="italic" if few else "normal")
    ax.set_xticks(range(len(col_order)), col_order, rotation=30, ha="right")
    ax.set_yticks(range(len(row_order)), row_order)
    ax.set_xlabel("target")
    ax.set_ylabel("speaker")
    fig.colorbar(image, ax=ax, label="mean tone", shrink=0.9)
    return fig
