"""Charts. Each function takes data and returns a matplotlib ``Figure``; none reads files or shows.

Colours follow the Okabe-Ito palette, which stays distinguishable for colour-blind readers; the
tone scale is VADER's compound, from -1 (most negative) to +1 (most positive).
"""

from __future__ import annotations

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .stance import most_frequent_speakers, period_name

# Twelve colours that colour-blind readers tell apart on white: Okabe and Ito's six (without their black
# and their yellow, too pale on white), then six of Paul Tol's "muted" and "dark" sets; grey for the rest
PALETTE = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
           "#882255", "#332288", "#44aa99", "#999933", "#aa4499", "#661100"]
OTHERS = "#9e9e9e"
TONE_LABEL = "tone (VADER compound, -1 negative … +1 positive)"


def assign_colours(speakers: list[str]) -> dict[str, str]:
    """One colour per speaker for a whole run: the speakers in order (most statements first) take the
    palette's colours in turn; those after the twelfth are :data:`OTHERS` (grey)."""
    return {str(name): PALETTE[i] if i < len(PALETTE) else OTHERS for i, name in enumerate(speakers)}


def _colours(names, colours: dict | None = None) -> dict:
    """The colour of each name: the run's (``colours``) where given, grey for a name it lacks; without
    a run's colours, the palette in the order given."""
    if colours is None:
        return assign_colours(list(names))
    return {name: colours.get(str(name), OTHERS) for name in names}


def _empty(fig: Figure, ax, message: str) -> Figure:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=11)
    ax.set_axis_off()
    return fig


def tone_by_speaker(statements: pd.DataFrame, speakers: list[str] | None = None, top: int = 12,
                    colours: dict | None = None) -> Figure:
    """Each statement's tone as a dot, one row per speaker (in the run's ``colours``), with the mean and the
    count."""
    data = statements[statements["speaker"].notna()]
    order = list(speakers) if speakers else most_frequent_speakers(data, top)
    data = data[data["speaker"].isin(order)]
    fig = Figure(figsize=(9, 0.55 * max(len(order), 2) + 1.6), layout="constrained")
    ax = fig.add_subplot()
    if data.empty:
        return _empty(fig, ax, "No attributed statements to show.")
    colours = _colours(order, colours)
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
                    events: pd.DataFrame | None = None, colours: dict | None = None) -> Figure:
    """Mean tone toward one target. Over several periods: :func:`stance_panels`, a panel per speaker.
    When the data cover a single period, a line would suggest a trend that is not there: each speaker's
    mean with its 95% interval, as a dot (hollow on too few statements), one row per speaker."""
    data = stance[stance["target"] == target]
    if speakers:
        data = data[data["speaker"].isin(speakers)]
    order = list(data.groupby("speaker")["statements"].sum().sort_values(ascending=False).index)
    if not data.empty and data["period"].nunique() > 1:
        return stance_panels(stance, ("target", target), order, colours, events)
    fig = Figure(figsize=(9, 0.5 * max(len(order), 2) + 2.2), layout="constrained")
    ax = fig.add_subplot()
    title = f"Tone toward {target}" if not target.startswith("(") else "Tone of all statements"
    if data.empty:
        ax.set_title(title)
        return _empty(fig, ax, "No dated statements for this target.")
    colours = _colours(order, colours)
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
    ax.set_title(f"{title}: one period only (from {pd.Timestamp(data['period'].iloc[0]):%d %b %Y}), so no trend is shown")
    ax.scatter([], [], s=70, color="grey", edgecolor="grey", label="mean tone")
    ax.scatter([], [], s=70, color="white", edgecolor="grey", linewidth=2, label="mean of too few statements")
    ax.plot([], [], color="grey", linewidth=3, alpha=0.45, label="95% bootstrap interval")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.25), ncols=3, fontsize=8, frameon=False)
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


MAX_COLUMNS = 4  # panels per row of a small-multiples chart


def stance_panels(stance: pd.DataFrame, fixed: tuple[str, str], panels: list[str], colours: dict | None = None,
                  events: pd.DataFrame | None = None, smoothed: pd.DataFrame | None = None) -> Figure:
    """Mean tone per period as small multiples: the rows of ``stance`` where ``fixed`` holds (("target",
    "Russia"): one target, a panel per speaker; ("speaker", "Vladimir Putin"): one speaker, a panel per
    target), one panel per name in ``panels`` (at most four across, the same dates and tone scale in
    each), each with one line. Each period is a dot (hollow when too few statements are behind it) with
    its 95% band; ``smoothed`` (the same table smoothed) draws a line through the dots; events are
    numbered in every panel and named below. One period only, or no period at all: :func:`stance_timeline`."""
    column, value = fixed
    by = "speaker" if column == "target" else "target"
    data = stance[(stance[column] == value) & stance[by].isin(panels)]
    if data.empty or data["period"].nunique() < 2:  # (one period or none: no trend to draw)
        single = stance[stance[column] == value] if column == "speaker" else stance
        return stance_timeline(single, value if column == "target" else panels[0], panels if column == "target" else [value],
                               events, colours)
    shown = [name for name in panels if (data[by] == name).any()]
    cols = min(MAX_COLUMNS, len(shown))
    rows = -(-len(shown) // cols)
    fig = Figure(figsize=(2.6 * cols + 1.2, 2.1 * rows + 1.6), layout="constrained")
    axes = fig.subplots(rows, cols, sharex=True, sharey=True, squeeze=False)
    periods = _every_period(stance)
    for k, name in enumerate(shown):
        ax = axes[k // cols][k % cols]
        speaker = name if by == "speaker" else value
        colour = _colours([speaker], colours)[speaker]
        line = data[data[by] == name]
        trend = smoothed[(smoothed[column] == value) & (smoothed[by] == name)] if smoothed is not None else None
        _panel(ax, line, periods, colour, trend)
        _number_events(ax, events, top_row=k < cols)
        ax.set_title(str(name), fontsize=9, color=colour, loc="left", fontweight="bold")
    for k in range(len(shown), rows * cols):
        axes[k // cols][k % cols].set_axis_off()
    locator = mdates.AutoDateLocator(maxticks=5)
    axes[0][0].xaxis.set_major_locator(locator)
    axes[0][0].xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    axes[0][0].set_ylim(-1.05, 1.05)
    what = f"Tone toward {value}" if column == "target" and not value.startswith("(") else (
        "Tone of all statements" if column == "target" else f"Tone of {value} toward each target")
    freq = period_name(stance.attrs.get("freq"))
    fig.suptitle(f"{what}, per {freq}: mean with 95% band; hollow = fewer statements than the minimum"
                 + ("; line = rolling mean" if smoothed is not None else ""), fontsize=10)
    fig.supylabel("tone (VADER compound)", fontsize=9)
    if events is not None and not events.empty:
        fig.supxlabel(event_legend(events), fontsize=8, ha="left", x=0.02)
    return fig


def _every_period(stance: pd.DataFrame) -> pd.DatetimeIndex:
    """Every period from the first to the last of the table, those without statements included, so that a
    line breaks where nothing was said instead of bridging the gap."""
    starts = pd.to_datetime(stance["period"])
    freq = stance.attrs.get("freq")
    if not freq:
        return pd.DatetimeIndex(sorted(starts.unique()))
    return pd.period_range(starts.min(), starts.max(), freq=freq).start_time


def _panel(ax, line: pd.DataFrame, periods: pd.DatetimeIndex, colour: str, trend: pd.DataFrame | None) -> None:
    """One speaker's (or target's) periods in one axes: band, dots, and a line through them."""
    line = line.assign(period=pd.to_datetime(line["period"])).set_index("period").reindex(periods)
    present = line["statements"].notna()
    x = line.index
    ax.fill_between(x, line["ci_low"], line["ci_high"], color=colour, alpha=0.15, linewidth=0)
    if trend is not None and not trend.empty:
        smooth_line = trend.assign(period=pd.to_datetime(trend["period"])).set_index("period").reindex(periods)
        ax.plot(x, smooth_line["mean"], color=colour, linewidth=1.8)
    else:
        ax.plot(x, line["mean"], color=colour, linewidth=0.9, alpha=0.7)
    uncertain = line["uncertain"].astype("boolean").fillna(False).astype(bool)
    sizes = 8 + 4 * np.sqrt(line["statements"].fillna(0).to_numpy(dtype=float))
    solid, hollow = (present & ~uncertain).to_numpy(), (present & uncertain).to_numpy()
    ax.scatter(x[solid], line["mean"][solid], s=sizes[solid], color=colour, zorder=3)
    ax.scatter(x[hollow], line["mean"][hollow], s=sizes[hollow], facecolor="white", edgecolor=colour, linewidth=1.2,
               zorder=3)
    ax.axhline(0, color="grey", linewidth=0.8, linestyle=":")
    ax.tick_params(labelsize=8)


def _number_events(ax, events: pd.DataFrame | None, top_row: bool) -> None:
    """A dashed line at each event and, in the top row, its number, at one of three heights in turn so
    that numbers of events close together do not overlap."""
    if events is None or events.empty:
        return
    for number, when in enumerate(_event_dates(events), start=1):
        ax.axvline(when, color="black", linewidth=0.7, linestyle="--", alpha=0.6)
        if top_row:
            ax.annotate(str(number), (when, 0.97 - 0.11 * ((number - 1) % 3)), xycoords=("data", "axes fraction"),
                        ha="center", va="top", fontsize=7, bbox={"boxstyle": "circle,pad=0.15", "fc": "white", "lw": 0.5})


def _event_dates(events: pd.DataFrame) -> list[pd.Timestamp]:
    dates = [pd.Timestamp(when) for when in events["date"]]
    return [when.tz_convert(None) if when.tzinfo else when for when in dates]


def event_legend(events: pd.DataFrame) -> str:
    """The numbered events as lines of text below a chart: "1  24 Feb 2022  Russia invades Ukraine"."""
    return "\n".join(f"{number}  {when:%d %b %Y}  {label}" for number, (when, label) in
                     enumerate(zip(_event_dates(events), events["label"].astype(str)), start=1))


def run_colours(statements: pd.DataFrame) -> dict[str, str]:
    """A run's colours: the speakers with most statements (counted as stance counts them, naming someone)
    take the palette in turn (:func:`assign_colours`); any other speaker is grey wherever it is drawn."""
    from .stance import stance_statements

    return assign_colours([str(name) for name in most_frequent_speakers(stance_statements(statements), len(PALETTE))])
