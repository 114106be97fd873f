"""Where SQLite keeps copies of erased values beside the tables, and how they are wiped.

`ANALYZE` stores sample index keys in `sqlite_stat4` (the planner's statistics): an erased
person's e-mail or name key stays there, and in every backup, until the samples are removed.
Freed pages are overwritten by `secure_delete` (set on every connection), the search index's
old segments by an FTS5 `optimize`, and the WAL's old frames by a truncating checkpoint.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session


def forget_samples(session: Session, values: Iterable[str]) -> None:
    """Remove every planner sample of the client table and its name search, and every other sample that
    contains one of `values` (as stored: UTF-8 text).

    A removed sample only makes the statistics a little coarser until the next ANALYZE.
    """
    if session.get_bind().dialect.name != "sqlite":
        return
    if session.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'")).first() is None:
        return
    # the samples of the client's own indexes go whole: an e-mail or name the person had before an edit is
    # there too, and no present value finds it (the name search's tables hold words of names)
    session.execute(text("DELETE FROM sqlite_stat4 WHERE tbl = 'client' OR tbl LIKE 'client\\_name\\_%' ESCAPE '\\'"))
    for value in {v for v in values if v and len(v) >= 3}:
        session.execute(text("DELETE FROM sqlite_stat4 WHERE instr(sample, CAST(:value AS BLOB)) > 0"),
                        {"value": value.encode("utf-8")})
