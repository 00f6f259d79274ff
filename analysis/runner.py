"""Run the notebook sequence with papermill and render each executed notebook as one HTML file.

A run gets its own folder ``<out>/<UTC time>_<corpus name>/`` holding the parameters it ran with,
each executed notebook (immutable: a failed one keeps its error in place), one self-contained HTML
report per notebook and an ``index.html`` linking them. ``<out>/latest`` moves to the run only when
every notebook succeeded.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import pages, paths, tables

# jsonschema checks the "iri" format with rfc3987-syntax where that is installed (JupyterLab brings it), and
# building its grammar takes 0.7 s at import, a tenth of a run on the sample; nbformat, which the runner
# reads and writes notebooks with, has no such field, so the runner's process goes without that check
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

EXIT_OK, EXIT_NOTEBOOK_FAILED, EXIT_BAD_INPUT, EXIT_SOME_FAILED = 0, 1, 2, 3
RUNNER_PARAMETERS = {"run_dir"}  # set by the runner for every notebook, never by the user


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


@dataclass
class RunResult:
    run_dir: Path
    exit_code: int
    failed: str | None = None
    reports: list[Path] = field(default_factory=list)
    bad_input: str | None = None  # the corpus problem that stopped the run, if that is what did
    timings: dict[str, float] = field(default_factory=dict)  # seconds: setup, each notebook, html
    failed_articles: int = 0  # articles whose analysis failed (the run went on without them)


# Kernels log nothing of their own (a cell's error reaches the notebook, not the log): not ipykernel's warning,
# at every start, that it talks to papermill over TCP on this machine's loopback, nor its note of the interrupt
# that shuts it down
QUIET_KERNEL = ["--IPKernelApp.log_level=CRITICAL"]


class RunKernel:
    """One kernel for every notebook of a run: started by the first notebook, its namespace cleared
    before each next one (``%reset``, pandas' display options back to their defaults), shut down at the
    end. Each notebook still runs on its own into its own output notebook; what the kernel keeps between
    them is only the modules already imported (pandas, matplotlib, analysis), which is most of a
    notebook's start."""

    RESET = "%reset -f\nimport pandas as _pandas\n_pandas.reset_option('^display\\.')\ndel _pandas"

    def __init__(self, kernel: str):
        from jupyter_client.manager import AsyncKernelManager

        self.kernel = kernel
        self.manager = AsyncKernelManager(kernel_name=kernel)

    def clear(self) -> None:
        if not self.manager.has_kernel:
            return
        from jupyter_client.blocking import BlockingKernelClient

        client = BlockingKernelClient()
        client.load_connection_info(self.manager.get_connection_info())
        client.start_channels()
        try:
            client.execute_interactive(self.RESET, timeout=60, output_hook=lambda message: None)
        finally:
            client.stop_channels()

    def __enter__(self) -> "RunKernel":
        return self

    def __exit__(self, *exc) -> None:
        if self.manager.has_kernel:
            from jupyter_core.utils import run_sync

            run_sync(self.manager.shutdown_kernel)(now=True)


def _execute(nb: Path, target: Path, parameters: dict, kernel: RunKernel) -> tuple[str, str] | None:
    """Run one notebook with papermill in the run's kernel; None, or the error (name, message) of the
    cell that failed."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    kernel.clear()
    try:
        papermill.execute_notebook(str(nb), str(target), parameters=parameters, kernel_name=kernel.kernel,
                                   cwd=str(target.parent), progress_bar=False, log_output=False,
                                   extra_arguments=QUIET_KERNEL, km=kernel.manager)
    except PapermillExecutionError as error:
        return error.ename, error.evalue
    return None


def _corpus_of(params: dict, first: Path) -> Path:
    """The corpus a run reads: the parameter given, else the first notebook's default. A missing or empty
    corpus fails here, before any kernel starts."""
    from .corpus import corpus_files

    corpus_param = params.get("corpus") or notebook_parameters(first).get("corpus", {}).get("default", '""')
    corpus_path = paths.project_path(str(corpus_param).strip("\"'"))
    corpus_files([corpus_path])
    return corpus_path


def run(
    corpus: str | Path | None = None,
    params: dict | None = None,
    out: str | Path | None = None,
    show_code: bool = False,
    log=print,
) -> RunResult:
    """Execute every notebook in order into a new run folder and render the reports (without their code
    unless ``show_code``). ``log`` gets one line per notebook with its time, the failed articles if any,
    and nothing else. The notebooks get the corpus and the run folder as paths relative to the project,
    so that no report shows where the machine that made it keeps them."""
    import time

    started = time.perf_counter()
    timings: dict[str, float] = {}
    params = dict(params or {})
    if corpus is not None:
        params["corpus"] = pages.shown_path(Path(corpus).resolve())
    sequence = notebooks()
    if not sequence:
        raise ParameterError(f"{paths.NOTEBOOKS_DIR}: no notebooks (NN_name.ipynb) to run")
    plan = plan_parameters(params, sequence)
    corpus_path = _corpus_of(params, sequence[0])
    out = Path(out).resolve() if out else paths.REPORTS_DIR
    run_dir = tables.new_run_folder(out, corpus_path)
    (run_dir / "parameters.yml").write_text(yaml.safe_dump({"corpus": pages.shown_path(corpus_path), **params},
                                                          sort_keys=True))
    os.environ["STANCE_TRACKER_PROGRESS"] = "0"  # kernels inherit it: no progress bars in shared reports
    reports: list[Path] = []
    failed = bad_input = None
    timings["setup"] = time.perf_counter() - started
    timings["html"] = 0.0
    with RunKernel(ensure_kernel()) as kernel:
        for nb in sequence:
            clock = time.perf_counter()
            with watch_progress(run_dir, enabled=nb == sequence[0]):
                error = _execute(nb, run_dir / nb.name, {**plan[nb], "run_dir": pages.shown_path(run_dir)}, kernel)
            timings[nb.stem] = time.perf_counter() - clock
            log(f"{nb.stem:<16}{timings[nb.stem]:6.1f} s" + (f"  FAILED: {error[0]}: {error[1]}" if error else ""))
            if nb == sequence[0] and (run_dir / "fields.json").exists():
                _log_detected_fields(run_dir, log)
            if error:
                failed = nb.name
                bad_input = error[1] if error[0] == "CorpusError" else None
            clock = time.perf_counter()
            reports.append(pages.render_html(run_dir / nb.name, show_code=show_code))
            timings["html"] += time.perf_counter() - clock
            if failed:
                break
    index = pages.write_index(run_dir, {"corpus": pages.shown_path(corpus_path), **params}, reports, failed, corpus_path)
    pages.screenshot(index, run_dir / "index.png")
    timings["total"] = time.perf_counter() - started
    (run_dir / "timings.json").write_text(json.dumps({k: round(v, 3) for k, v in timings.items()}, indent=1))
    if failed:
        code = EXIT_BAD_INPUT if bad_input else EXIT_NOTEBOOK_FAILED
        return RunResult(run_dir, code, failed, reports, bad_input, timings)
    tables.point_latest(out, run_dir)
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
