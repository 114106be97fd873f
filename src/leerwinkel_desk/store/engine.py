"""The engine factory: SQLCipher-backed SQLite for local files, PostgreSQL by URL.

Which of the two a database needs is told by `store/location.py`, from where it lives.

Every local file goes through sqlcipher3 (SQLite 3.53 with SQLCipher and FTS5), also when it
has no key: the `sqlite3` module of Python 3.11 links SQLite 3.40, inside the range where two
writers can corrupt a WAL database. Connections run in WAL mode with foreign keys, full sync
and secure delete, and a page cache of CACHE_MIB per connection (with SQLite's default, 2 MiB,
every search on an encrypted file decrypts again the index pages it read a moment ago; the cache
grows only with what is read: see README, Benchmarks). SQLAlchemy's pysqlite transaction handling
is replaced by explicit `BEGIN` statements (the recipe in SQLAlchemy's SQLite dialect docs), so
DDL stays inside transactions and writers take the write lock up front with `BEGIN IMMEDIATE`
instead of colliding later.
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections import namedtuple
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, Executable, PoolProxiedConnection, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.sql.selectable import SelectBase

from leerwinkel_desk.domain.errors import DatabaseReplaced, KeyChanged
from leerwinkel_desk.domain.text import check_text
from leerwinkel_desk.store.durable import empty_private_file
from leerwinkel_desk.store.file_guard import (
    OPEN,
    FileUnusable,
    FullCheck,
    check_before_open,
    fast_problem,
    file_identity,
    note_wal_generation,
    open_elsewhere,
    record_clean_close,
    record_state,
)
from leerwinkel_desk.store.keyring import key_file
from leerwinkel_desk.store.network_share import refuse_network_share
from leerwinkel_desk.store.raw import BUSY_TIMEOUT_SECONDS, QUIET, driver, sqlcipher_key_pragma, sqlcipher_rekey_pragma
from leerwinkel_desk.store.session_lock import alone, hold, let_go

__all__ = ["BUSY_TIMEOUT_SECONDS", "ConnectionStatements", "Database", "Statements", "open_sqlite", "open_url",
           "sqlcipher_key_pragma"]

_BEGIN_OPTION = "leerwinkel_begin"
CACHE_MIB = 32          # the page cache of each connection, decrypted pages kept (see the module's docstring)


Params = Mapping[str, Any]


class Statements(Protocol):
    """A write transaction's Core statements, each built once (`Database.write_statements`)."""

    def rows(self, statement: Executable, params: Params) -> list[Any]:
        """The rows of a SELECT, as named tuples of its columns (values as their types give them)."""
        ...

    def run(self, statement: Executable, params: Params | Sequence[Params]) -> None:
        """An INSERT, UPDATE or DELETE, once or for each of a list of parameter sets."""
        ...


class ConnectionStatements:
    """`Statements` on a SQLAlchemy connection (PostgreSQL, or a session's connection)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def rows(self, statement: Executable, params: Params) -> list[Any]:
        return list(self._conn.execute(statement, params).all())

    def run(self, statement: Executable, params: Params | Sequence[Params]) -> None:
        checked_texts(params)
        self._conn.execute(statement, params if isinstance(params, Mapping) else list(params))


def checked_texts(params: Params | Sequence[Params]) -> None:
    """The one rule for text saved (domain/text.py `check_text`) on the values of a `Statements` write, as
    store/base.py applies it to the ORM's: InvalidValue naming the column, before anything is written."""
    for one in [params] if isinstance(params, Mapping) else params:
        for name, value in one.items():
            if isinstance(value, str):
                check_text(value, name)


@dataclass(frozen=True)
class _Prepared:
    """A Core statement compiled once for the driver: its SQL, its parameters in order (with the
    values fixed in the statement itself, such as a LIMIT), the converters of the parameters and
    of the result columns that need one, and the named tuple of its rows."""

    sql: str
    names: tuple[str, ...]
    fixed: dict[str, Any]
    binds: tuple[tuple[int, Callable[[Any], Any]], ...]
    results: tuple[tuple[int, Callable[[Any], Any]], ...]
    row: Callable[[Sequence[Any]], Any] | None

    def values(self, params: Params) -> list[Any]:
        values = [params[name] if name in params else self.fixed[name] for name in self.names]
        for number, convert in self.binds:
            if values[number] is not None:
                values[number] = convert(values[number])
        return values


class _DriverStatements:
    """`Statements` straight through sqlcipher3 in one `BEGIN IMMEDIATE` transaction: no Session,
    no unit of work, no compilation or SQLAlchemy execution context per statement. Values are
    converted both ways by the columns' own SQLAlchemy types, so the rows are the ones SQLAlchemy
    writes and reads; driver errors are raised as SQLAlchemy's (`DBAPIError` and its kinds)."""

    def __init__(self, database: Database, conn: Any) -> None:
        self._database, self._conn = database, conn

    def rows(self, statement: Executable, params: Params) -> list[Any]:
        prepared = self._database.prepared(statement)
        found = self._execute(prepared, lambda: self._conn.execute(prepared.sql, prepared.values(params)).fetchall())
        if prepared.results:
            found = [list(row) for row in found]
            for row in found:
                for number, convert in prepared.results:
                    if row[number] is not None:
                        row[number] = convert(row[number])
        assert prepared.row is not None, "rows() runs a SELECT"
        return list(map(prepared.row, found))

    def run(self, statement: Executable, params: Params | Sequence[Params]) -> None:
        checked_texts(params)
        prepared = self._database.prepared(statement)
        if isinstance(params, Mapping):
            self._execute(prepared, lambda: self._conn.execute(prepared.sql, prepared.values(params)))
        else:
            self._execute(prepared, lambda: self._conn.executemany(prepared.sql, [prepared.values(p) for p in params]))

    def command(self, sql: str) -> None:
        self._execute(None, lambda: self._conn.execute(sql), sql)

    @staticmethod
    def _execute(prepared: _Prepared | None, work: Callable[[], Any], sql: str = "") -> Any:
        try:
            return work()
        except sqlcipher.Error as error:
            raise DBAPIError.instance(prepared.sql if prepared else sql, None, error, sqlcipher.Error,
                                      hide_parameters=True) from error


class Database:
    """One database (a local file or a PostgreSQL server) and the transaction scopes on it."""

    def __init__(self, engine: Engine, path: Path | None = None, key: bytes | None = None,
                 full_check: FullCheck | None = None) -> None:
        self.engine = engine
        self.path = path
        self.key = key
        self.full_check = full_check
        self.opened_elsewhere = False     # another process (a second app window) had the file open
        self._result_processors: dict[tuple[QueryableAttribute[Any], ...], list[tuple[int, Any]]] = {}
        self._prepared: dict[Executable, _Prepared] = {}
        self._reader: PoolProxiedConnection | None = None     # read_rows' connection, kept between reads
        self._reader_lock = threading.Lock()
        self._key_lock = threading.Lock()       # held while this session rekeys the file or looks at its key
        self._key_file_seen = self._key_file_stamp()
        self.file_seen = file_identity(path) if path is not None else None     # see `_before_writing`
        self.generation: int | None = None      # the file's restore generation at the open: see `check_generation`

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        """Where the data lives, without a password: a file path or a server URL."""
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def connect_for_write(self) -> Iterator[Connection]:
        """A connection whose next transaction starts with `BEGIN IMMEDIATE` on SQLite.

        Never on a damaged file: the first write waits for the file's full check (FileUnusable).
        """
        self._before_writing()
        with self.engine.connect() as conn:
            conn.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
            yield conn

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back everything on any exception."""
        with self._rekeyed_elsewhere(), self.connect_for_write() as conn, \
                Session(bind=conn, expire_on_commit=False) as session:
            with session.begin():
                yield session
        if self.path is not None:
            note_wal_generation(self.path)      # a stale copy of an older WAL is then told at the next open

    @contextmanager
    def write_statements(self) -> Iterator[Statements]:
        """A unit of work of a few Core statements built once, for the desk's most frequent writes
        (a micro-contact, issue 17): commits on success, rolls back on any exception, like `write`.

        On SQLite straight through the driver (`BEGIN IMMEDIATE` ... `COMMIT` on the pooled
        connection, every pragma of `write` in force: full sync, foreign keys); elsewhere on a
        SQLAlchemy connection. A connection returned to the pool inside a transaction (a failed
        COMMIT) is rolled back by the pool.
        """
        if not self.is_sqlite:
            with self.write() as session:
                yield ConnectionStatements(session.connection())
            return
        with self._rekeyed_elsewhere():
            self._before_writing()
            raw = self.engine.raw_connection()
            try:
                statements = _DriverStatements(self, driver(raw))
                statements.command("BEGIN IMMEDIATE")
                try:
                    (found,), = driver(raw).execute("PRAGMA user_version").fetchall()
                    self.began_writing(found if isinstance(found, int) else 0)
                    yield statements
                except BaseException:
                    with suppress(DBAPIError):
                        statements.command("ROLLBACK")
                    raise
                statements.command("COMMIT")
            finally:
                raw.close()
        if self.path is not None:
            note_wal_generation(self.path)

    def prepared(self, statement: Executable) -> _Prepared:
        """`statement` compiled once for this database's driver (see `write_statements`)."""
        found = self._prepared.get(statement)
        if found is not None:
            return found
        dialect = self.engine.dialect
        assert isinstance(statement, ClauseElement), "a Core statement"
        compiled = statement.compile(dialect=dialect)
        assert isinstance(compiled, SQLCompiler), "a Core statement compiles to SQL"
        names = tuple(compiled.positiontup or ())
        binds = tuple((number, convert) for number, name in enumerate(names)
                      if (convert := compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)))
        fixed = {name: bind.effective_value for name, bind in compiled.binds.items() if bind.value is not None}
        row: Callable[[Sequence[Any]], Any] | None = None
        results: tuple[tuple[int, Callable[[Any], Any]], ...] = ()
        if isinstance(statement, SelectBase):
            columns = list(statement.selected_columns)
            row = namedtuple("Row", [str(column.key) for column in columns])._make
            results = tuple((number, convert) for number, column in enumerate(columns)
                            if (convert := column.type.dialect_impl(dialect).result_processor(dialect, None)))
        found = self._prepared[statement] = _Prepared(compiled.string, names, fixed, binds, results, row)
        return found

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A consistent read-only snapshot (a deferred transaction, rolled back at the end)."""
        with self._rekeyed_elsewhere(), Session(self.engine) as session:
            yield session

    @contextmanager
    def _rekeyed_elsewhere(self) -> Iterator[None]:
        """A driver error is KeyChanged when another instance rekeyed the file (see `key_changed`)."""
        try:
            yield
        except (DBAPIError, sqlcipher.DatabaseError):
            if self.key_changed():
                raise KeyChanged() from None
            raise

    def _key_file_stamp(self) -> tuple[int, int, int] | None:
        try:
            info = key_file(self.path).stat() if self.path is not None and self.key is not None else None
        except OSError:
            return None
        return None if info is None else (info.st_ino, info.st_size, info.st_mtime_ns)

    def key_changed(self) -> bool:
        """Whether another instance gave the file a new key (closing an account rekeys it): the key
        file changed since this session last looked and this session's key no longer opens the
        file. Milliseconds; only a stat while the key file is unchanged. Never while this session
        rekeys the file itself (`rekey`, on another thread): its key is the file's from the commit on,
        and a look in between (the old key read, the file rekeyed before it is tried) locked out
        the coordinator who closed an account."""
        stamp = self._key_file_stamp()
        if self.path is None or self.key is None or stamp == self._key_file_seen:
            return False
        if not self._key_lock.acquire(blocking=False):
            return False                        # this session is rekeying: the new key is its own
        try:
            try:
                opens = fast_problem(self.path, self.key) is None
            except FileUnusable:
                return False
            if opens:
                self._key_file_seen = stamp     # rewritten for another reason (a passphrase, an account)
            return not opens
        finally:
            self._key_lock.release()

    def use_key(self, key: bytes) -> None:
        """Later connections use `key` (the database's new key, after a rekey by another instance)."""
        with self._key_lock:
            self.close_connections()
            self.key = key
            self._key_file_seen = self._key_file_stamp()

    def read_rows(self, sql: str, params: Mapping[str, Any],
                  columns: Sequence[QueryableAttribute[Any]]) -> list[tuple[Any, ...]]:
        """One SELECT straight through the driver, each value converted as its column types it.

        For the hot paths that need it, search as you type and the client list's pages: no
        Session, no BEGIN and ROLLBACK statements (a lone SELECT is a read transaction of its
        own in SQLite), no statement compilation (the driver keeps the statement prepared); the
        result is what the same query gives through SQLAlchemy. Converted column by column, only
        the columns whose type needs it (ids, dates, enums): a third of the time of converting
        each value of each row. On one connection kept between reads (`_read_on_reader`).
        """
        processors = self._result_processors.get(tuple(columns))
        if processors is None:
            dialect = self.engine.dialect
            processors = [(number, convert) for number, column in enumerate(columns)
                          if (convert := column.expression.type.dialect_impl(dialect).result_processor(
                              dialect, None)) is not None]
            self._result_processors[tuple(columns)] = processors
        with self._rekeyed_elsewhere():
            if self._reader_lock.acquire(blocking=False):
                try:
                    rows = self._read_on_reader(sql, params)
                finally:
                    self._reader_lock.release()
            else:                                   # another thread is reading: a pooled connection of its own
                raw = self.engine.raw_connection()
                try:
                    rows = driver(raw).execute(sql, params).fetchall()
                finally:
                    raw.close()
        if not rows or not processors:
            return rows
        values: list[Sequence[Any]] = list(zip(*rows, strict=True))
        for number, convert in processors:
            values[number] = [value if value is None else convert(value) for value in values[number]]
        return list(zip(*values, strict=True))

    def _read_on_reader(self, sql: str, params: Mapping[str, Any]) -> list[Any]:
        """The rows of one SELECT on the connection `read_rows` keeps (held by `_reader_lock`).

        Checked out of the pool once and kept: the pool's checkout and return (its reset
        included) cost 0.1-0.15 ms after the desk's other work, as much as a tenth of a page of
        the client list. Between reads it holds no transaction: in the driver's autocommit mode a
        SELECT read to its end is reset, its read transaction over, so it never holds back a
        checkpoint or another connection's writes. On any error it goes back to the pool (whose
        reset rolls back); `close_connections` lets it go at dispose, a rekey and a new key.
        """
        if self._reader is None:
            self._reader = self.engine.raw_connection()
        try:
            return driver(self._reader).execute(sql, params).fetchall()
        except BaseException:
            reader, self._reader = self._reader, None
            reader.close()
            raise

    def let_go_reader(self) -> None:
        """`read_rows`' kept connection back to the pool (after a read in progress), with the pages
        it keeps decrypted; the next read checks one out again. Also at the desk's lock."""
        with self._reader_lock:
            reader, self._reader = self._reader, None
        if reader is not None:
            reader.close()

    def close_connections(self) -> None:
        """Every connection of this database closed: `read_rows`' kept one and the pool's. The next
        statement opens a new one (with the current key)."""
        self.let_go_reader()
        self.engine.dispose()

    def optimize(self) -> None:
        """Refresh the query planner's statistics where they are missing or stale (SQLite).

        Without them SQLite may pick the office index over the name index and scan every
        client. The statistics are exact (no `analysis_limit`): sampled ones take a laptop's
        single office for one of a thousand and bring that mistake back. A table is analysed
        again only when its size changed tenfold, so a start is normally milliseconds; the
        first analysis of a large file (100,000 clients) takes a few seconds, once.
        """
        if not self.is_sqlite or (self.full_check is not None and not self.full_check.passed):
            return          # statistics are written: not before the whole file was found sound
        self._before_writing()
        raw = self.engine.raw_connection()
        try:
            connection = driver(raw)
            connection.execute("BEGIN IMMEDIATE")
            try:
                (found,), = connection.execute("PRAGMA user_version").fetchall()
                self.began_writing(found if isinstance(found, int) else 0)
                connection.execute("PRAGMA optimize = 0x10002")
            except BaseException:
                with suppress(sqlcipher.Error):
                    connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
        finally:
            raw.close()

    def check_generation(self, found: int) -> None:
        """Refuse to write when the file was restored by another process since this session opened it
        (DatabaseReplaced): a restore puts its own generation in the file's header (`PRAGMA user_version`,
        services/maintenance.py), and a restore copies the pages in place (the same inode, so `file_seen`
        does not tell). The session would go on with what it read before (a client made after the backup,
        gone, its number given again): starting again reads the restored data. Read inside each write
        transaction (one pragma, microseconds); a restore by this process moves the session on (`restored`)."""
        if self.generation is None:
            self.generation = found
        elif found != self.generation:
            raise DatabaseReplaced()

    def restored(self, generation: int) -> None:
        """This process restored the file: every session of it here goes on with the restored data."""
        for database in [self, *(db for db in list(_OPEN_HERE) if db.path == self.path)]:
            database.generation = generation

    def _before_writing(self) -> None:
        """Refuse to write to a file that is no longer the one at the path (DatabaseReplaced); wait for
        the file's full check (FileUnusable when damaged). The file is noted open once the write began
        (`began_writing`).

        The connections keep the file they opened: once another program moved a copy into its place
        (a backup put back by hand) or moved it away, every commit would go to a file no one opens
        again, and the next start would set its WAL aside. So the file's identity (device and inode)
        is compared with the one at the open, as the key file's is (`key_changed`): one stat per
        write transaction, none per read.
        """
        if self.path is not None and self.file_seen is not None and file_identity(self.path) != self.file_seen:
            raise DatabaseReplaced()
        if self.full_check is not None:
            self.full_check.require_sound()

    def began_writing(self, generation: int) -> None:
        """Right after `BEGIN IMMEDIATE`, on every write: refuse a file restored meanwhile (`check_generation`)
        and note the file open, so that a WAL found after a crash is this app's own.

        Noted here, under the write lock, and not before the connection was taken: a job that checked the file
        before the app closed it and wrote after (the start-of-day backup when the person quit) wrote into a
        file already noted as closed cleanly, and the next start set its WAL aside as not the file's own. Now
        either the close came first (its note is then replaced by "open" here) or this transaction holds the
        WAL, so the close finds it there and notes no clean close (`_closed`, under the same lock)."""
        self.check_generation(generation)
        self._note_open()

    def _note_open(self) -> None:
        if self.path is not None:
            with _STATE_LOCK:
                if self.path not in _WRITTEN_HERE:
                    record_state(self.path, OPEN)
                    _WRITTEN_HERE.add(self.path)

    def rekey(self, new_key: bytes) -> None:
        """Every page re-encrypted under `new_key` (SQLCipher's `PRAGMA rekey`: one transaction,
        so a crash leaves the file wholly under the old or the new key), then checkpointed; every
        later connection uses the new key. This session goes on with it: `key_changed` does not
        take the rekey for another instance's (no lock screen for the one who closed an account)."""
        self._before_writing()
        with self._key_lock:
            self.close_connections()            # no kept or pooled connection keeps the old key
            conn = self.engine.raw_connection()
            try:
                self._note_open()
                driver(conn).execute(sqlcipher_rekey_pragma(new_key))
                self.key = new_key
                driver(conn).execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
                self.close_connections()

    def dispose(self) -> None:
        _OPEN_HERE.discard(self)
        last = self.path is not None and not any(db.path == self.path for db in list(_OPEN_HERE))
        if last and self.full_check is not None:
            self.full_check.stop()          # its own connection closed first: the engine's last close merges the WAL
        self.close_connections()
        if last and self.path is not None:
            _closed(self.path)


# The local databases this process has open. The checks before opening a file open and close
# its files directly, and closing any descriptor of a file drops every POSIX lock the process
# holds on it, SQLite's own included: so a file already open here is not checked again.
_OPEN_HERE: weakref.WeakSet[Database] = weakref.WeakSet()
_OPENED_HERE: dict[Path, FullCheck] = {}
_WRITTEN_HERE: set[Path] = set()
_STATE_LOCK = threading.Lock()          # the note of a file's state beside it: see `Database.began_writing`
_HELD: dict[Path, int | None] = {}      # the session lock of each database open here (store/session_lock.py)
_ALONE: dict[Path, int] = {}            # the databases this process holds alone now (`used_alone`)


def close_all() -> None:
    """Close every local database this process opened (the last close checkpoints and removes the WAL).

    Databases no longer referenced may still hold connections in reference cycles: collected here.
    """
    for database in list(_OPEN_HERE):
        database.dispose()
    gc.collect()
    for path in list(_OPENED_HERE):
        _closed(path)


def _closed(path: Path) -> None:
    """The last database of `path` here closed: note a clean close, unless the file was only read
    and not (yet) checked whole (nothing is then written beside a file that may be damaged)."""
    check = _OPENED_HERE.pop(path, None)
    let_go(_HELD.pop(path, None))
    with _STATE_LOCK:           # not between a write's "open" and its WAL (`Database.began_writing`)
        if check is not None and (path in _WRITTEN_HERE or check.passed):
            record_clean_close(path, check.passed)
        _WRITTEN_HERE.discard(path)


def _configure_sqlite(engine: Engine, database: Database) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None      # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(QUIET)
            if database.key is not None:
                cursor.execute(sqlcipher_key_pragma(database.key))
            cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA secure_delete = ON")
            cursor.execute(f"PRAGMA cache_size = -{CACHE_MIB * 1024}")
        finally:
            cursor.close()
        if database.file_seen is None and database.path is not None:
            database.file_seen = file_identity(database.path)      # a new file: the one the first connection made
        if database.generation is None:
            with suppress(sqlcipher.DatabaseError):     # a damaged file: told by its checks, not here
                database.generation = dbapi_connection.execute("PRAGMA user_version").fetchone()[0]

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")
        if mode == "IMMEDIATE":
            database.began_writing(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def open_sqlite(path: Path, key: bytes | None = None) -> Database:
    """Open (or create) a local database file; with `key`, an SQLCipher-encrypted one.

    A folder on a network share is refused (NetworkShareRefused): see store/network_share.py. An
    existing file is checked first, without writing to it (FileUnusable): see store/file_guard.py.
    """
    path = Path(path).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    refuse_network_share(path.parent)
    if path not in _HELD:       # held for as long as the file is open here; waits while a restore runs
        _HELD[path] = hold(path)
    check_needed = elsewhere = False
    here = file_identity(path)      # the same file, not only the same name: a backup put in its place is another
    open_here = any(db.path == path and db.file_seen in (None, here) for db in list(_OPEN_HERE))
    if (path.exists() or path.is_symlink()) and not open_here:
        elsewhere = path.is_file() and open_elsewhere(path)
        try:
            check_needed = check_before_open(path, key, elsewhere)
        except BaseException:
            if path not in _OPENED_HERE:        # not opened: not held either
                let_go(_HELD.pop(path, None))
            raise
    elif not open_here:         # a new database: the owner's only from its first byte, as SQLite's -wal and -shm
        with suppress(FileExistsError):      # (made with the mode of the file they belong to)
            empty_private_file(path)
    # a file open here already shares its check: its writes wait for it too, its close notes its outcome
    full_check = _OPENED_HERE[path] if open_here and path in _OPENED_HERE else FullCheck(path, key, check_needed)
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher,
        connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
        pool_use_lifo=True,     # the connection used last has the warmest page cache: take it again
        hide_parameters=True,   # an error or log line never carries the values (names, phone numbers)
    )
    database = Database(engine, path=path, key=key, full_check=full_check)
    _configure_sqlite(engine, database)
    database.opened_elsewhere = elsewhere
    _OPEN_HERE.add(database)
    _OPENED_HERE[path] = full_check
    return database


@contextmanager
def used_alone(path: Path) -> Iterator[None]:
    """The database at `path` used by this process alone for the block (a restore): OpenElsewhere at once
    while another process has it open, and any other that opens it meanwhile waits (store/session_lock.py)."""
    path = Path(path).expanduser().resolve()
    if _ALONE.get(path):                # already alone here (a start-of-day tidy during a restore): held
        yield
        return
    with alone(path, _HELD.get(path)):
        _ALONE[path] = 1
        try:
            yield
        finally:
            _ALONE.pop(path, None)


def in_use(path: Path) -> bool:
    """Whether the database file at `path` is open now, in this process or in another (where POSIX locks
    tell: not on Windows). This process's own is asked first: looking at the `-shm` lock from here while a
    connection of this process has it would release that connection's locks."""
    path = Path(path).expanduser().resolve()
    if any(db.path == path for db in list(_OPEN_HERE)):
        return True
    return path.is_file() and open_elsewhere(path)


def open_url(url: str) -> Database:
    """Open a server database by SQLAlchemy URL (the central PostgreSQL of an office)."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return Database(create_engine(url, pool_pre_ping=True, hide_parameters=True))

