"""The benchmarks' own measurements: a figure that measures the wrong thing is worse than none."""

from analysis import paths
from benchmarks import scale


def test_peak_memory_is_the_measured_process_own(tmp_path):
    # Holding far more memory than a run on the sample needs: on Linux a child's ru_maxrss
    # carries this process's peak over, and the figure must not.
    held = bytearray(600 * 1024 * 1024)
    held[:: 4096] = b"\x01" * len(held[:: 4096])  # touch every page so it is resident
    peak = scale.peak_rss_mb(paths.SEEDS_DIR, tmp_path / "out")
    assert 20 < peak < 400, peak
    assert (tmp_path / "out").exists()
    del held
