"""Stance: the tone of each speaker's statements toward each target, per period, with its count
and a bootstrap confidence interval.

Targets (countries, institutions, topics) come from ``data/targets.yml``. Each statement yields one
row per target it mentions, with the mention's offsets into the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from . import paths
from .normalise import key as match_key
from .tokenise import literal_pattern
from .tone_model import description, score

ALL_TARGETS = "(all statements)"


@dataclass(frozen=True)
class Target:
    name: str
    kind: str
    aliases: tuple[str, ...]


def load_targets(path: str | Path = paths.TARGETS_FILE) -> list[Target]:
    entries = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    targets = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("aliases"):
            raise ValueError(f"{path}: entry {number} needs a name and aliases")
        targets.append(Target(entry["name"], entry.get("kind", "topic"), tuple(str(a) for a in entry["aliases"])))
    return targets


def _target_pattern(targets: list[Target]) -> re.Pattern:
    parts = []
    for index, target in enumerate(targets):
        for alias in sorted(target.aliases, key=len, reverse=True):
            body = literal_pattern(alias)
            # All-capital acronyms (US, EU) must be written so; everything else matches in any case.
            body = body if alias.isupper() else f"(?i:{body})"
            parts.append(f"(?P<t{index}_{len(parts)}>{body})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def target_mentions(statements: pd.DataFrame, targets: list[Target] | None = None, lexicon: bool = True,
                    tone_model: str = "trained") -> pd.DataFrame:
    """One row per (statement, target mentioned in it): the statement's columns plus ``target``,
    ``target_text``, ``target_start`` and ``target_end`` (offsets into the article; the first
    mention of that target in the statement) and ``target_compound``, the tone toward it, by ``tone_model``
    (:func:`analysis.tone_model.score`: ``trained``, the shipped model; ``vader``, VADER on the mention's
    clause, where ``lexicon=False`` leaves out the news-politics lexicon layer)."""
    targets = targets if targets is not None else load_targets()
    pattern = _target_pattern(targets)
    rows = []
    for record in statements.to_dict("records"):
        seen = set()
        for m in pattern.finditer(record["text"]):
            index = int(m.lastgroup[1:].split("_")[0])
            name = targets[index].name
            if name in seen:
                continue
            seen.add(name)
            rows.append({**record, "target": name, "target_text": m.group(),
                         "target_start": _article_offset(record, m.start()), "target_end": _article_offset(record, m.end()),
                         "target_compound": score(record["text"], m.start(), m.end(), tone_model, lexicon)})
    if not rows:  # (the statements' own column types, so that dates stay dates when this is joined to them)
        return statements.iloc[:0].assign(target=pd.Series(dtype=object), target_text=pd.Series(dtype=object),
                                          target_start=pd.Series(dtype="Int64"), target_end=pd.Series(dtype="Int64"),
                                          target_compound=pd.Series(dtype=float))
    columns = list(statements.columns) + ["target", "target_text", "target_start", "target_end", "target_compound"]
    return pd.DataFrame(rows, columns=columns)


def _article_offset(record: dict, offset: int) -> int:
    """Article offset of a position in a statement's text (which, for an interrupted quotation or report,
    joins its parts with one space)."""
    parts = record.get("parts")
    if parts is None or len(parts) == 0:
        return record["start"] + offset
    for part_start, part_end in parts:
        length = part_end - part_start
        if offset <= length:
            return part_start + offset
        offset -= length + 1
    return int(parts[-1][1])


def stance_statements(statements: pd.DataFrame, high_confidence_only: bool = False, questions: bool = False) -> pd.DataFrame:
    """The statements that count toward stance: each statement once, so a partial quote inside
    reported speech, or a report nested in another of the same speaker (each names its ``parent``),
    is counted with its parent, not again. The writer's own assessments (kind ``assessment``) have
    no speaker and take no part; nor, unless ``questions``, do questioners' turns (kind ``question``).
    ``high_confidence_only`` keeps the statements whose speaker was found with high ``confidence``."""
    kept = statements["parent"].isna() & (statements["kind"] != "assessment")
    if not questions:
        kept &= statements["kind"] != "question"
    if high_confidence_only and "confidence" in statements:
        kept &= statements["confidence"] == "high"
    return statements[kept]


def tone_note(tone_model: str = "trained", lexicon: bool = True) -> str:
    """Which model scored the tone toward targets, and how well it does (:func:`analysis.tone_model.description`)."""
    return description(tone_model, lexicon)


def low_confidence_note(statements: pd.DataFrame) -> str:
    """One line for a report: how many statements were attributed with low confidence (an unresolved
    speaker, a pronoun far from its person), which ``high_confidence_only`` leaves out of stance."""
    if "confidence" not in statements or statements.empty:
        return "No statement carries an attribution confidence (a run made before it was recorded)."
    low = int((statements["confidence"] == "low").sum())
    return (f"{low:,} of {len(statements):,} statements ({low / len(statements):.0%}) are attributed with low "
            "confidence (a speaker left unresolved, or a pronoun far from the person it stands for).")


def bootstrap_ci(values: np.ndarray, level: float = 0.95, draws: int = 2000, seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean; (nan, nan) for fewer than two values."""
    values = np.asarray(values, dtype=float)
    if len(values) < 2:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    means = rng.choice(values, size=(draws, len(values)), replace=True).mean(axis=1)
    alpha = (1 - level) / 2
    return float(np.quantile(means, alpha)), float(np.quantile(means, 1 - alpha))


def stance_over_time(
    rows: pd.DataFrame,
    by: tuple[str, ...] = ("speaker", "target"),
    freq: str | None = "W",
    value: str = "tone",
    min_statements: int = 3,
) -> pd.DataFrame:
    """Mean ``value`` per group and period, with ``statements`` (the count), a 95% bootstrap
    interval (``ci_low``, ``ci_high``) and ``uncertain`` (fewer than ``min_statements``).

    ``rows`` needs a ``date`` column (timezone-aware); rows without a date are left out of the periods
    and their number is kept in ``frame.attrs["undated"]``. ``period`` is the start of each period;
    with ``freq=None`` the whole corpus, dated or not, is one group and there is no ``period`` column.
    """
    by = list(by)
    dated = rows[rows["date"].notna()].copy() if freq else rows.copy()  # (overall, a statement needs no date)
    keys = by + (["period"] if freq else [])
    columns = keys + ["mean", "statements", "ci_low", "ci_high", "uncertain"]
    if dated.empty:
        result = pd.DataFrame({name: pd.Series(dtype=_STANCE_TYPES.get(name, object)) for name in columns})
    else:
        if freq:
            dated["period"] = period_starts(dated["date"], freq)
        records = []
        for key, group in dated.groupby(keys, sort=True, dropna=False):
            values = group[value].to_numpy(dtype=float)
            low, high = bootstrap_ci(values)
            records.append({**dict(zip(keys, key)), "mean": values.mean(), "statements": len(values),
                            "ci_low": low, "ci_high": high, "uncertain": len(values) < min_statements})
        result = pd.DataFrame(records, columns=columns)
    result.attrs["undated"] = int(rows["date"].isna().sum())
    result.attrs["freq"] = freq
    return result


PERIOD_NAMES = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}
_PERIOD_DAYS = {"D": 1, "W": 7, "M": 30.44, "Q": 91.31, "Y": 365.25}
MOST_PERIODS = 60  # an automatic period gives the corpus's span at most this many periods (about 20 or more)


def choose_period(period: str, dates: pd.Series) -> str:
    """The period to chart over time: ``period`` as given, or for ``"auto"`` the finest of day, week,
    month, quarter and year that cuts the span of ``dates`` into at most :data:`MOST_PERIODS` periods (a
    day: days; three months: weeks; nine months: weeks; five years: months; six years: quarters)."""
    if period != "auto":
        return period
    dated = pd.to_datetime(dates.dropna(), utc=True)
    if dated.empty:
        return "W"
    days = (dated.max() - dated.min()).total_seconds() / 86400 + 1
    return next((freq for freq, length in _PERIOD_DAYS.items() if days / length <= MOST_PERIODS), "Y")


def period_name(freq: str | None) -> str:
    """A period alias as a reader says it: "W" is "week"; an alias not named here stays as written."""
    return PERIOD_NAMES.get(str(freq), str(freq or ""))


def period_starts(dates: pd.Series, freq: str) -> pd.Series:
    """The start (UTC, without time zone) of the period of ``freq`` that each date falls in."""
    return pd.to_datetime(dates, utc=True).dt.tz_localize(None).dt.to_period(freq).dt.start_time


_STANCE_TYPES = {"period": "datetime64[ns]", "mean": float, "statements": "int64", "ci_low": float, "ci_high": float,
                 "uncertain": bool}


def smooth(stance: pd.DataFrame, window: int, by: tuple[str, ...] = ("speaker", "target")) -> pd.DataFrame:
    """A rolling mean of ``mean`` over ``window`` consecutive periods of each group, weighted by the
    statements behind each period; intervals and counts are left as they were. ``window`` 0 or 1
    returns the table unchanged."""
    if window <= 1 or stance.empty:
        return stance
    parts = []
    for _, group in stance.sort_values("period").groupby(list(by), sort=False):
        weighted = (group["mean"] * group["statements"]).rolling(window, min_periods=1).sum()
        counts = group["statements"].rolling(window, min_periods=1).sum()
        parts.append(group.assign(mean=weighted / counts))
    smoothed = pd.concat(parts).sort_index()
    smoothed.attrs = dict(stance.attrs, smoothing=window)
    return smoothed


def largest_moves(stance: pd.DataFrame, rows: pd.DataFrame, top: int = 5, by: tuple[str, ...] = ("speaker", "target")) -> pd.DataFrame:
    """The statements behind the largest changes of mean tone from one period to the next (within a
    speaker and target, both periods certain), largest change first."""
    empty = pd.DataFrame(columns=[*by, "period", "previous", "mean", "change", "statement_id", "date", "text", "tone"])
    if stance.empty or "period" not in stance:
        return empty
    certain = stance[~stance["uncertain"].astype(bool)].sort_values("period")
    changes = []
    for key, group in certain.groupby(list(by), sort=False):
        group = group.assign(change=group["mean"].diff(), previous=group["period"].shift())
        changes.append(group.dropna(subset=["change"]))
    if not changes:
        return empty
    moves = pd.concat(changes).reindex(columns=[*by, "period", "previous", "mean", "change"])
    moves = moves.loc[moves["change"].abs().sort_values(ascending=False).index[:top]]
    freq = stance.attrs.get("freq", "W")
    dated = rows[rows["date"].notna()].copy()
    dated["period"] = period_starts(dated["date"], freq)
    behind = moves.merge(dated[[*by, "period", "statement_id", "date", "text", "tone"]], on=[*by, "period"])
    return behind.sort_values(["change", "tone"], key=abs, ascending=False).reset_index(drop=True)


def speakers_named(rows: pd.DataFrame, names: list[str]) -> list[str]:
    """The speakers a researcher asked for, as the data writes them: "vladimir  putin" is "Vladimir
    Putin" (any case, spacing or apostrophe). A name the data does not have is kept as given."""
    written = {match_key(str(speaker)).casefold(): speaker for speaker in rows["speaker"].dropna().unique()}
    return [written.get(match_key(name).casefold(), name) for name in names]


def most_frequent_speakers(rows: pd.DataFrame, n: int) -> list[str]:
    """The ``n`` speakers with most statements (each statement once, whatever it mentions) that name
    someone (:func:`names_someone`): "the company" or "analysts" are other people in every article."""
    overall = rows[rows["target"] == ALL_TARGETS] if "target" in rows else rows
    counts = overall["speaker"].value_counts()
    return [speaker for speaker in counts.index if names_someone(speaker)][:n]


def names_someone(speaker) -> bool:
    """Whether a speaker names a person or a body ("James Baker", "Atari Corp", "the US president"), not
    a description that stands for someone else in each article ("the company", "analysts", "dealers")."""
    words = str(speaker).split()
    return any(word[:1].isupper() for word in words[1 if words and words[0] == "The" else 0:])


def load_events(path: str | Path) -> pd.DataFrame:
    """Event dates to mark on timelines: a CSV with ``date`` and ``label`` columns."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such events file")
    events = pd.read_csv(path, comment="#")
    missing = {"date", "label"} - set(events.columns)
    if missing:
        raise ValueError(f"{path}: events need the columns date and label (missing {', '.join(sorted(missing))})")
    events["date"] = pd.to_datetime(events["date"], utc=True)
    return events.sort_values("date", kind="stable").reset_index(drop=True)


def statement_table(statements: pd.DataFrame, articles: pd.DataFrame, speaker: str) -> pd.DataFrame:
    """One speaker's statements for a reader: the words, tone, kind, article, date, link and the
    surrounding text, oldest first."""
    table = with_dates(statements[statements["speaker"] == speaker], articles).sort_values(["date", "start"])
    table["date"] = table["date"].dt.strftime("%Y-%m-%d")
    columns = ["date", "statement_id", "kind", "text", "compound", "title", "url", "context"]
    return table[columns].reset_index(drop=True)


def with_dates(statements: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Statements with their article's ``date``, ``title`` and ``url``."""
    meta = articles[["article_id", "date", "title", "url"]]
    return statements.merge(meta, on="article_id", how="left", validate="many_to_one")


def stance_rows(statements: pd.DataFrame, articles: pd.DataFrame, targets: list[Target] | None = None,
                lexicon: bool = True, high_confidence_only: bool = False, tone_model: str = "trained") -> pd.DataFrame:
    """Dated, once-counted statements, one row per target they mention plus one row under
    :data:`ALL_TARGETS` for every statement, ready for :func:`stance_over_time`. ``tone`` is the
    tone toward the target, or the whole statement's ``compound`` under :data:`ALL_TARGETS`."""
    counted = with_dates(stance_statements(statements, high_confidence_only), articles)
    mentions = target_mentions(counted, targets, lexicon, tone_model)
    mentions["tone"] = mentions["target_compound"]
    overall = counted.assign(target=ALL_TARGETS, target_text=None, target_start=pd.NA, target_end=pd.NA,
                             target_compound=float("nan"), tone=counted["compound"])
    return pd.concat([overall, mentions], ignore_index=True)


def coverage_note(rows: pd.DataFrame, over_time: pd.DataFrame) -> str:
    """What the stance report can and cannot show for this corpus, in plain sentences: no statement
    with a speaker, no dates, statements without a date, no target mentioned, a single period."""
    overall = rows[rows["target"] == ALL_TARGETS] if "target" in rows else rows
    if overall.empty:
        return "No statement in this corpus has a speaker, so there is no stance to show."
    notes = []
    undated = int(overall["date"].isna().sum())
    if undated == len(overall):
        notes.append("No article has a date, so stance is shown overall, not over time.")
    elif undated:
        notes.append(f"{undated:,} of {len(overall):,} statements have no date: they count in the overall figures "
                     "but not in the charts over time.")
    if (rows["target"] == ALL_TARGETS).all():
        notes.append(f"No statement mentions one of the targets ({paths.TARGETS_FILE.name}), so only the tone of all "
                     "statements is shown.")
    periods = over_time["period"].nunique() if "period" in over_time and not over_time.empty else 0
    if periods == 1:
        notes.append(f"Every dated statement falls in one {period_name(over_time.attrs.get('freq'))} "
                     f"(from {pd.Timestamp(over_time['period'].iloc[0]):%d %b %Y}), so no change over time can be shown.")
    return " ".join(notes) or (f"{len(overall):,} statements, all dated, in {periods} different "
                               f"{period_name(over_time.attrs.get('freq'))}s.")


def charted_targets(rows: pd.DataFrame, over_time: pd.DataFrame, targets: list[str] | None = None, top: int = 4) -> list[str]:
    """The targets to chart over time: those asked for, else all statements and the ``top`` most
    mentioned targets; none when no statement is dated."""
    if over_time.empty:
        return []
    if targets:  # (as the target registry names them: "Sanctions" is "sanctions")
        named = {match_key(name).casefold(): name for name in [ALL_TARGETS, *rows["target"].dropna().unique()]}
        return [named.get(match_key(target).casefold(), target) for target in targets]
    mentioned = rows[rows["target"] != ALL_TARGETS]["target"].value_counts().index[:top]
    return [ALL_TARGETS, *mentioned]
