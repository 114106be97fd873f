"""Measuring helpers shared by the benchmark modules: medians, percentiles and printed figures."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def figure(name: str, unit: str, value: float, baseline: float, note: str) -> dict[str, object]:
    result = {"name": name, "unit": unit, "median": round(value, 6),
              "baseline_median": round(baseline, 6), "ratio": round(value / baseline, 2),
              "note": note}
    print(f"{name:<38} {value * 1000:10.2f} ms  baseline {baseline * 1000:9.2f} ms  "
          f"ratio {value / baseline:6.2f}  ({note})")
    return result


def percentile(values: list[float], pct: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]
