"""Measuring helpers shared by the benchmark modules: timing pairs, medians, percentiles, the machine."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def median_seconds(work: Callable[[], object], runs: int) -> float:
    return statistics.median(seconds(work) for _ in range(runs))


def paired(work: Callable[[], object], baseline: Callable[[], object], runs: int,
           before: Callable[[], object] | None = None) -> tuple[float, float]:
    """Medians of `work` and `baseline`, run in turns (a noisy neighbour slows both alike), after one warm-up
    each. `before`, untimed, puts the app back where each `work` starts; it runs before the baseline too,
    and the two sides take turns at going first, so neither always runs on caches the other just warmed."""
    for step in (before, work, baseline):
        if step is not None:
            step()
    times: list[float] = []
    base: list[float] = []
    for run in range(runs):
        sides = [(work, times), (baseline, base)]
        for timed, samples in sides if run % 2 == 0 else reversed(sides):
            if before is not None:
                before()
            samples.append(seconds(timed))
    return statistics.median(times), statistics.median(base)


def percentile(values: list[float], pct: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


@dataclass
class Measured:
    """One figure at one scale: the app's median and its baseline's, measured in the same run."""

    value: float
    baseline: float
    unit: str = "s"
    runs: int = 0
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)     # numbers, or lists of them (rows per table)

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    def as_json(self) -> dict[str, object]:
        return {"median": round(self.value, 6), "baseline_median": round(self.baseline, 6),
                "ratio": round(self.ratio, 2), "unit": self.unit, "runs": self.runs, "note": self.note,
                **{k: round(v, 6) if isinstance(v, float) else v for k, v in self.extra.items()}}   # per table: lists

    def show(self, name: str, scale: int) -> None:
        factor, unit = (1000, "ms") if self.unit == "s" else (1, self.unit)
        print(f"{scale}x {name:<44} {self.value * factor:10.2f} {unit}  baseline {self.baseline * factor:9.2f} {unit}"
              f"  ratio {self.ratio:6.2f}  {self.note}", flush=True)


def machine() -> dict[str, object]:
    """Where and under which load the figures were taken (2 cores shared with other people's work)."""
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            model = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), "")
    except OSError:
        pass
    return {"platform": platform.platform(), "cpu": model, "cores": os.cpu_count(),
            "python": platform.python_version()}


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")
