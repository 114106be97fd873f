"""What a registration import reports: its problems (services/import_files.py: each with its place, its code
and the code's sentence), the counts, the progress."""

from __future__ import annotations

from dataclasses import dataclass

from leerwinkel_desk.services.import_files import Problem, Progress


@dataclass(frozen=True)
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class ImportReport:
    """What an import found and did (or, in a dry run or with errors, would have done)."""

    files: tuple[str, ...]
    dry_run: bool
    written: bool
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    clients: Counts
    requests: Counts
    contacts: Counts
    new_counsellors: tuple[str, ...]
    new_lokets: tuple[str, ...]
    new_organisations: tuple[str, ...]

    more_errors: int = 0                    # found beyond the MAX_LISTED ones listed
    more_warnings: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


class Ticker:
    """Reports the progress of an import to `progress` every STEP rows, and once at the end."""

    STEP = 2000

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress, self.total, self.done, self._next = progress, total, 0, self.STEP

    def tick(self, count: int = 1) -> None:
        self.done += count
        if self._progress is not None and self.done >= self._next:
            self._next = self.done + self.STEP
            self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total)
