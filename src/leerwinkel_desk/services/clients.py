"""The client register: create without duplicates, find again by name, number, phone or e-mail
(merging the duplicates found later: services/client_merges.py).

Name search on SQLite reads the word index `client_name_word` (migration 0008) over the folded
name key (accents, case and spacing do not matter): what is typed is the beginning of a range of
that index, so the first rows of the range are the answer however large the office. Only when
they are fewer than a page do a pass over the words in any order and one over the FTS5 trigram
index `client_name_fts` (a word inside a name) add a bounded number of others; when nothing at
all is found, a typo-tolerant pass ranks trigram candidates by edit distance. User text is folded
to letters and digits before it reaches a query, so `%`, `_`, quotes or `NEAR(` are just searched for.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, Select, String, and_, case, literal, or_, select, text, tuple_
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.birth_dates import check_birth_date
from leerwinkel_desk.domain.enums import DutchLevel, Gender, Qualification, SocialStatus
from leerwinkel_desk.domain.errors import InvalidValue, NotFound, PossibleDuplicates
from leerwinkel_desk.domain.limits import check_contact_details
from leerwinkel_desk.domain.numbers import CLIENT_PREFIX, REQUEST_PREFIX, number_beginnings
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.domain.similarity import name_distance, swapped_neighbours
from leerwinkel_desk.domain.text import fold, name_key, phone_key, shows_something, single_line
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase, edited_fields
from leerwinkel_desk.services.numbering import next_number
from leerwinkel_desk.store.models import Client, LearningRequest, NumberSequence

TYPO_CANDIDATES = 400
SWAPPED_CANDIDATES = 50          # per word with two neighbouring letters swapped
WORDS_SCANNED = 1000        # index entries of the longest word read when the words are in another order
INFIX_CANDIDATES = 200      # names, the newest first, that hold the words inside a word


TEXT_FIELDS = ("first_name", "last_name", "phone", "email", "street", "postcode", "municipality")
NAME_FIELDS = ("first_name", "last_name")


@dataclass(frozen=True)
class ClientInput:
    """What a counsellor types to register or correct a client; a name is required."""

    first_name: str
    last_name: str
    birth_date: date | None = None
    gender: Gender | None = None
    phone: str | None = None
    email: str | None = None
    street: str | None = None
    postcode: str | None = None
    municipality: str | None = None
    highest_qualification: Qualification | None = None
    foreign_diploma: bool | None = None
    status: SocialStatus | None = None
    dutch_level: DutchLevel | None = None

    def __post_init__(self) -> None:
        """Its one-line texts cleaned as they will be kept (`single_line`), wherever it was typed or pasted; a
        name that shows nothing (zero-width characters alone) is an empty one (`shows_something`)."""
        for name in TEXT_FIELDS:
            value = getattr(self, name)
            if value is not None:
                value = single_line(value)
                object.__setattr__(self, name, value if name not in NAME_FIELDS or shows_something(value) else "")


IDENTITY_FIELDS = [f.name for f in fields(ClientInput)]
DUPLICATE_FIELDS = ("first_name", "last_name", "birth_date")     # a change of these may make a duplicate


@dataclass(frozen=True)
class ClientDetails(ClientInput):
    """Everything about a client that can be corrected afterwards: identity, contact, situation and
    what the intake mapped (the intake fields are casework; identity and contact are registration)."""

    personal_situation: str | None = None
    study_history: str | None = None
    practical_barriers: str | None = None
    support_network: str | None = None
    interests: str | None = None
    difficult_school_past: bool = False
    weak_network: bool = False


DETAIL_FIELDS = [f.name for f in fields(ClientDetails)]
INTAKE_FIELDS = frozenset(DETAIL_FIELDS) - frozenset(IDENTITY_FIELDS)


class ClientRow(NamedTuple):
    """A client as lists, search results and the dossier header show it.

    A named tuple, frozen as the other read models: the client list makes a hundred of them per
    page and the search twenty per letter typed, straight from the driver's rows (`_make`), where a
    frozen dataclass set each of its fields one call at a time (0.2 ms of a 0.4 ms page).
    """

    id: uuid.UUID
    dossier_no: str
    first_name: str | None
    last_name: str | None
    birth_date: date | None
    phone: str | None
    email: str | None
    municipality: str | None
    status: SocialStatus | None
    dutch_level: DutchLevel | None
    merged_into_id: uuid.UUID | None
    name_key: str                   # the folded name the lists are ordered by (with the id)

    @property
    def list_key(self) -> tuple[str, uuid.UUID]:
        """Where this row stands in the client list: the next page starts after it (`Clients.browse`)."""
        return self.name_key, self.id


class Listed(NamedTuple):
    """What a name search listed: its rows, and when the text typed filled the page from the word index
    alone (the first statement of `name_lookup`), the index entry each row was found at."""

    phrase: str                     # the folded words searched, as the word index reads them
    rows: list[ClientRow]
    found_at: tuple[str, ...] = ()

    def narrowed(self, phrase: str, limit: int) -> Listed | None:
        """This list as the answer for `phrase`, typed on from this one, when no query could list others.

        The range of the word index that `phrase` begins lies inside this one's, in the same order; each
        row here was found at an entry that begins with `phrase` as well, and a person is listed at their
        first entry in the range. So no live entry lies before them in the narrower range, every one of
        them is in it, at the same entry, and the page is the same (a full page: `limit` rows).
        """
        if len(self.found_at) != limit or not phrase.startswith(self.phrase) or \
                not all(entry.startswith(phrase) for entry in self.found_at):
            return None
        return self._replace(phrase=phrase)


@dataclass(frozen=True)
class DuplicateCandidate:
    client: ClientRow
    reasons: tuple[str, ...]        # name, birth_date, phone, email


ROW_COLUMNS = (Client.id, Client.dossier_no, Client.first_name, Client.last_name, Client.birth_date,
               Client.phone, Client.email, Client.municipality, Client.status, Client.dutch_level,
               Client.merged_into_id, Client.name_key)         # the fields of ClientRow, in order


COLUMNS = ", ".join(f"c.{column.key}" for column in ROW_COLUMNS)
# `+office_id` keeps SQLite off the office index, which on a laptop holds every client
LIVE = "+c.office_id = :office AND c.deleted_at IS NULL AND c.merged_into_id IS NULL"
END = "\U0010ffff"         # after every text that begins with what precedes it
# The names in which a word begins with :start (the whole text typed, or its longest word), in the
# word index's order: the text from that word on, then the whole key. A name where two words begin
# so (`de smet desmet` for `de`) is taken at the first. At most :scan entries are read (-1: no limit).
WORD_RANGE = """SELECT {columns}, {found_at} FROM (SELECT entry, name_key, client_id FROM client_name_word
       WHERE entry >= :start AND entry < :end ORDER BY entry, name_key, client_id LIMIT :scan) w
     CROSS JOIN client c ON c.id = w.client_id
    WHERE {live} AND NOT EXISTS (SELECT 1 FROM client_name_word d
                                  WHERE d.client_id = w.client_id AND d.entry >= :start AND d.entry < w.entry){also}
    ORDER BY w.entry, w.name_key, w.client_id LIMIT :enough"""
# Each row ends with the index entry it was found at (`found_at`), or NULL: for the text typed as such only
PHRASE = WORD_RANGE.format(columns=COLUMNS, found_at="w.entry", live=LIVE, also="")    # the common case, formatted once
# ... and where another word begins with word n as well
ALSO_WORD = (" AND EXISTS (SELECT 1 FROM client_name_word o WHERE o.client_id = w.client_id"
             " AND o.entry >= :start{n} AND o.entry < :end{n})")
# The newest :cut names that hold the words of three letters or more anywhere (FTS5 trigrams), by name
INFIX = """SELECT {columns}, NULL FROM (SELECT client_id FROM client_name_fts WHERE client_name_fts MATCH :match
       ORDER BY rowid DESC LIMIT :cut) f CROSS JOIN client c ON c.id = f.client_id
    WHERE {live} ORDER BY c.name_key, c.id LIMIT :enough"""
# The clients with a name word that begins with :start (a typed word with two neighbouring letters swapped)
SWAPPED_WORD = text("SELECT client_id FROM client_name_word WHERE entry >= :start AND entry < :end LIMIT :limit")
# The client list by name, a page at a time: the first page, and the page after a row's `list_key`
PAGE = "SELECT {columns} FROM client c WHERE {live}{after} ORDER BY c.name_key, c.id LIMIT :limit"
FIRST_PAGE = PAGE.format(columns=COLUMNS, live=LIVE, after="")
PAGE_AFTER = PAGE.format(columns=COLUMNS, live=LIVE, after=" AND (c.name_key, c.id) > (:name, :id)")
Row = TypeVar("Row")


def name_lookup(words: Sequence[str], office: str) -> list[tuple[str, dict[str, object]]]:
    """The statements of the name search on SQLite for folded `words`, in the order their rows are listed.

    1. Names that read as typed from the beginning of one of their words (`de sm`, `jan pee`, `pee`).
    2. With several words: names in which each word begins a word, in any order (`peeters jan`).
    3. With a word of three letters or more: names that hold the words inside a word (`berghe`).
    Each runs only while the rows found are fewer than needed (`collect`); 2 and 3 read a bounded
    number of entries, so no statement's work grows with the office.
    """
    base: dict[str, object] = {"office": office}
    text_ = " ".join(words)
    statements = [(PHRASE, {**base, "start": text_, "end": text_ + END, "scan": -1})]
    if len(words) > 1:
        lead = max(range(len(words)), key=lambda n: len(words[n]))
        others = [w for n, w in enumerate(words) if n != lead]
        also = "".join(ALSO_WORD.format(n=n) for n in range(len(others)))
        statements.append((WORD_RANGE.format(columns=COLUMNS, found_at="NULL", live=LIVE, also=also), {
            **base, "start": words[lead], "end": words[lead] + END, "scan": WORDS_SCANNED,
            **{f"start{n}": w for n, w in enumerate(others)}, **{f"end{n}": w + END for n, w in enumerate(others)}}))
    long_words = [w for w in words if len(w) >= 3]
    if long_words:
        short_words = [w for w in words if len(w) < 3]      # folded: no wildcards in them
        live = LIVE + "".join(f" AND c.name_key LIKE :short{n}" for n in range(len(short_words)))
        statements.append((INFIX.format(columns=COLUMNS, live=live), {
            **base, "match": " ".join(f'"{w}"' for w in long_words), "cut": INFIX_CANDIDATES,
            **{f"short{n}": f"%{w}%" for n, w in enumerate(short_words)}}))
    return statements


def collect(statements: Sequence[tuple[str, dict[str, object]]], enough: int,
            run: Callable[[str, dict[str, object]], Sequence[Row]], key: Callable[[Row], object]) -> list[Row]:
    """The rows of `statements` one after the other, each person once, until there are `enough`."""
    found: dict[object, Row] = {}
    for statement, params in statements:
        if len(found) >= enough:
            break
        for row in run(statement, {**params, "enough": enough + len(found)}):
            found.setdefault(key(row), row)
    return list(found.values())


def client_row(c: Client) -> ClientRow:
    return ClientRow(id=c.id, dossier_no=c.dossier_no, first_name=c.first_name, last_name=c.last_name,
                     birth_date=c.birth_date, phone=c.phone, email=c.email, municipality=c.municipality,
                     status=c.status, dutch_level=c.dutch_level, merged_into_id=c.merged_into_id,
                     name_key=c.name_key)


def _validate(data: ClientInput, today: date, typed: frozenset[str] = frozenset({"email", "phone"})) -> None:
    """What the registration format asks of a client (docs/exchange-format.md), so that every client an
    export writes imports again: a name (a first or a last name: many newcomers have one name only), and
    no text longer than its column (the import checks the same lengths). An e-mail and a phone number among
    `typed` (all of them for a new client, those that changed for a correction: one kept from an import that
    took any text stays editable) must have their shape (domain/limits.py)."""
    if not data.first_name.strip() and not data.last_name.strip():
        raise InvalidValue("last_name", "required")
    for name in TEXT_FIELDS:
        value, column = getattr(data, name), Client.__table__.c[name].type
        if value is not None and isinstance(column, String) and len(value) > (column.length or len(value)):
            raise InvalidValue(name, "too_long", column.length)
    check_contact_details({name: getattr(data, name) for name in typed & {"email", "phone"}})
    check_birth_date(data.birth_date, today)


def apply_keys(client: Client) -> None:
    """The search keys of a client from their name, phone and e-mail (after any change of them)."""
    client.name_key = name_key(client.first_name, client.last_name)
    client.phone_key = phone_key(client.phone) or None
    client.email_key = client.email.strip().casefold() if client.email else None


def keys_of(values: dict[str, Any]) -> dict[str, Any]:
    """The search keys of a client whose name, phone and e-mail are `values` (written outside the services:
    a merge on the sync service, a value kept from the conflict inbox)."""
    client = Client(**{name: values.get(name) for name in ("first_name", "last_name", "phone", "email")})
    apply_keys(client)
    return {"name_key": client.name_key, "phone_key": client.phone_key, "email_key": client.email_key}


class Clients(UseCase):
    """The client register of one office."""

    def create(self, data: ClientInput, duplicates_checked: bool = False) -> ClientRow:
        """Register a client. Unless the caller has shown the likely duplicates, they stop it."""
        self._require(Permission.REGISTER_CLIENTS)
        _validate(data, self._today())
        if not duplicates_checked:
            candidates = self.likely_duplicates(data)
            if candidates:
                raise PossibleDuplicates([c.client.dossier_no for c in candidates])
        now = self._now()
        with self._db.write() as session:
            client = self._new(Client(
                dossier_no=next_number(session, self._actor.office_id, CLIENT_PREFIX, self._today().year),
                **{name: getattr(data, name) for name in IDENTITY_FIELDS},
            ), now)
            apply_keys(client)
            session.add(client)
            session.flush()
            audit.record(session, self._actor, now, "client.create", "client", client.id,
                         (n for n in IDENTITY_FIELDS if getattr(data, n) is not None),
                         subject_client_id=client.id)
            return client_row(client)

    def update(self, client_id: uuid.UUID, data: ClientInput, duplicates_checked: bool = False,
               loaded: ClientInput | None = None) -> ClientRow:
        """Correct a client's details; `data` holds the whole new state of the fields it has.

        `loaded`: the details as the form showed them when it opened (`editable`). Then only the fields
        changed against them are written, and one that someone else saved meanwhile (a second window)
        refuses the save with what is stored now (`services.common.edited_fields`); without it (a
        command) every field of `data` that differs from what is stored is written.
        The intake's fields (ClientDetails) are casework; identity and contact are registration.
        A new name or birth date that makes the client look like someone else registered stops
        the change until the caller has shown those people (`PossibleDuplicates`). The audit
        event names the fields that changed, never their values; nothing changed, nothing written.
        """
        self._require(Permission.REGISTER_CLIENTS)
        typed = {f.name: getattr(data, f.name) for f in fields(data)}
        with self._db.read() as session:
            current = self._load(session, Client, client_id)
            changed = edited_fields(current, typed, loaded)
            kept: dict[str, Any] = {        # the name and birth date as they will be saved, for the duplicates
                n: getattr(current, n) or ("" if n in NAME_FIELDS else None)
                for n in DUPLICATE_FIELDS if n not in changed}
        _validate(data, self._today(), frozenset(changed))
        if not changed:
            return self.get(client_id)
        if INTAKE_FIELDS.intersection(changed):
            self._require(Permission.CASEWORK)
        if not duplicates_checked and set(DUPLICATE_FIELDS).intersection(changed):
            others = [c.client.dossier_no for c in self.likely_duplicates(replace(data, **kept))
                      if c.client.id != client_id]
            if others:
                raise PossibleDuplicates(others)
        now = self._now()
        with self._db.write() as session:
            client = self._load(session, Client, client_id)
            changed = edited_fields(client, typed, loaded)      # again: another window may have saved meanwhile
            for name in changed:
                setattr(client, name, typed[name])
            apply_keys(client)
            self._touch(client, now)
            audit.record(session, self._actor, now, "client.update", "client", client.id, changed,
                         subject_client_id=client.id)
            return client_row(client)

    def editable(self, client_id: uuid.UUID) -> ClientDetails:
        """A client's details as the form to correct them starts from."""
        with self._db.read() as session:
            client = self._load(session, Client, client_id)
            values = {name: getattr(client, name) for name in DETAIL_FIELDS}
            return ClientDetails(**{**values, "first_name": client.first_name or "",
                                    "last_name": client.last_name or ""})

    def get(self, client_id: uuid.UUID) -> ClientRow:
        with self._db.read() as session:
            return client_row(self._load(session, Client, client_id))

    def details(self, client_id: uuid.UUID) -> dict[str, object]:
        """Every identity field of a client, for comparing two records side by side."""
        with self._db.read() as session:
            client = self._load(session, Client, client_id)
            return {"dossier_no": client.dossier_no,
                    **{name: getattr(client, name) for name in IDENTITY_FIELDS}}

    def by_number(self, dossier_no: str) -> ClientRow:
        with self._db.read() as session:
            client = session.scalar(select(Client).where(
                Client.dossier_no == dossier_no.strip().upper(),
                Client.office_id == self._actor.office_id, Client.deleted_at.is_(None)))
            if client is None:
                raise NotFound("client", dossier_no)
            return client_row(client)

    def search(self, text_: str, limit: int = 50, offset: int = 0) -> list[ClientRow]:
        """Clients matching (part of) a dossier or request number, an e-mail, a phone number or the
        words of a name. Number matches come first, then phone numbers that begin with the digits."""
        return self.listed(text_, limit, offset).rows

    def listed(self, text_: str, limit: int = 50, offset: int = 0, before: Listed | None = None) -> Listed:
        """`search`, with what it listed. `before`: what the text typed a letter earlier listed; a letter
        more that cannot change that list is answered from it without a query (`Listed.narrowed`: most
        letters, once a name is specific). Only for letters: digits or an `@` may find a number or an
        address first. A list answered so is as fresh as the one before it (the screen drops `before`
        when the app changed a client)."""
        text_ = text_.strip()
        phrase = " ".join(words := fold(text_).split())
        if not text_:
            return Listed(phrase, [])
        if before is not None and offset == 0 and not any(ch.isdigit() or ch == "@" for ch in text_) \
                and (narrowed := before.narrowed(phrase, limit)) is not None:
            return narrowed
        with self._db.read() as session:
            found = self._by_number(session, text_, limit + offset)
            direct = self._direct_query(text_)
            if direct is not None:
                found += [client_row(c) for c in session.scalars(direct.limit(limit + offset))]
            if found or direct is not None:
                return Listed(phrase, list({row.id: row for row in found}.values())[offset:offset + limit])
            if not words:
                return Listed(phrase, [])
            by_name = self._by_name(session, words, limit, offset)
            if by_name.rows or offset:
                return by_name
            closest = self._typo_tolerant(session, words, limit)
            rows = {row.id: ClientRow._make(row)
                    for row in session.execute(select(*ROW_COLUMNS).where(Client.id.in_(closest)))}
            return Listed(phrase, [rows[id_] for id_ in closest])

    def searched(self, text_: str) -> None:
        """One audit event for a search someone settled on (a result opened, or the result list
        left), not for each letter typed: who, when, and the kind of field it looked in (fields
        `dossier_no`, `email`, `phone` or `name`), never what was typed (a name or a phone number
        is personal data itself) nor who was listed; each dossier opened is audited on its own
        (`client.view`)."""
        text_ = text_.strip()
        if not text_:
            return
        kind = "email" if "@" in text_ else "phone" if self._direct_query(text_) is not None \
            else "dossier_no" if any(ch.isdigit() for ch in text_) else "name"
        now = self._now()
        with self._db.write() as session:
            audit.record(session, self._actor, now, "client.search", "client", None, (kind,))

    def browse(self, limit: int = 100, after: tuple[str, uuid.UUID] | None = None) -> list[ClientRow]:
        """All live clients by name, a page at a time (the client list loads lazily): the page after
        the row whose `list_key` is `after` (the first page without it).

        Paged by key, not by offset: an offset makes SQLite step over every row before the page
        (803 ms for the page at row 90,000 of an encrypted 100,000-client file), the key starts in
        the name index where the previous page ended, as a row value (an OR of two made SQLite
        sort). On SQLite by plain SQL through the driver (`Database.read_rows`), as the search:
        a Session, its BEGIN and ROLLBACK and the ORM's rows took five times the statement.
        """
        if not self._db.is_sqlite:
            return self._browse_elsewhere(limit, after)
        if after is None:
            return self._rows(FIRST_PAGE, {"office": self._actor.office_id.hex, "limit": limit})
        return self._rows(PAGE_AFTER, {"office": self._actor.office_id.hex, "limit": limit,
                                       "name": after[0], "id": after[1].hex})

    def _browse_elsewhere(self, limit: int, after: tuple[str, uuid.UUID] | None) -> list[ClientRow]:
        """`browse` on PostgreSQL, in SQLAlchemy's terms."""
        query = select(*ROW_COLUMNS).where(*self._live_conditions())
        if after is not None:
            name, client_id = after
            query = query.where(tuple_(Client.name_key, Client.id) > tuple_(
                literal(name, Client.name_key.type), literal(client_id, Client.id.type)))
        with self._db.read() as session:
            return [ClientRow._make(row)
                    for row in session.execute(query.order_by(Client.name_key, Client.id).limit(limit))]

    def likely_duplicates(self, data: ClientInput) -> list[DuplicateCandidate]:
        """People already registered who may be this one: similar name, same birth date, phone or e-mail."""
        reasons: dict[uuid.UUID, list[str]] = {}
        rows: dict[uuid.UUID, Client] = {}
        words = fold(f"{data.first_name} {data.last_name}").split()
        with self._db.read() as session:
            def note(clients: Sequence[Client], reason: str) -> None:
                for c in clients:
                    rows[c.id] = c
                    reasons.setdefault(c.id, []).append(reason)

            if words:
                closest = self._typo_tolerant(session, words, 20)
                similar = session.scalars(select(Client).where(Client.id.in_(closest))).all()
                note([c for c in similar if data.birth_date in (None, c.birth_date)
                      or c.birth_date is None], "name")
            if data.birth_date is not None and data.last_name.strip():
                last = fold(data.last_name).split()
                same_day = session.scalars(self._live().where(Client.birth_date == data.birth_date)).all()
                note([c for c in same_day if name_distance(last, c.name_key.split()) is not None
                      and c.id not in rows], "birth_date")
            if phone_key(data.phone):
                note(session.scalars(self._live().where(
                    Client.phone_key == phone_key(data.phone))).all(), "phone")
            if data.email:
                note(session.scalars(self._live().where(
                    Client.email_key == data.email.strip().casefold())).all(), "email")
        return [DuplicateCandidate(client_row(rows[i]), tuple(dict.fromkeys(r)))
                for i, r in reasons.items()]

    def _live_conditions(self) -> tuple[ColumnElement[bool], ...]:
        return (Client.office_id == self._actor.office_id, Client.deleted_at.is_(None),
                Client.merged_into_id.is_(None))

    def _live(self) -> Select[Client]:
        return select(Client).where(*self._live_conditions())

    def _direct_query(self, text_: str) -> Select[Client] | None:
        """E-mail or phone: exact keys or the beginning of a phone number, straight from their indexes."""
        if "@" in text_:
            return self._live().where(Client.email_key == text_.casefold()).order_by(Client.id)
        digits = phone_key(text_)
        if len(digits) >= 6 and len(digits) >= len(text_.replace(" ", "")) - 3:
            return self._live().where(     # a range, not LIKE: SQLite's LIKE cannot use the index
                Client.phone_key >= digits, Client.phone_key < digits + ":").order_by(Client.id)
        return None

    def _by_number(self, session: Session, text_: str, enough: int) -> list[ClientRow]:
        """Clients whose dossier number, then those whose request's number, begins as typed; newest first.

        `000141` is looked up as a range of the number index per series (prefix and year) the
        office handed out numbers in, never as a scan of every number.
        """
        def series() -> list[tuple[str, int]]:
            return [(prefix, year) for prefix, year in session.execute(select(
                NumberSequence.prefix, NumberSequence.year).where(NumberSequence.office_id == self._actor.office_id))]

        beginnings = number_beginnings(text_, series)
        if not beginnings:
            return []

        def begins(column: Any, prefix: str) -> ColumnElement[bool] | None:
            ranges = [and_(column >= b, column < b + "\U0010ffff") for b in beginnings
                      if b.startswith(f"{prefix}-")]
            return or_(*ranges) if ranges else None

        found: list[ClientRow] = []
        if (dossier := begins(Client.dossier_no, CLIENT_PREFIX)) is not None:
            found += [client_row(c) for c in session.scalars(
                self._live().where(dossier).order_by(Client.dossier_no.desc()).limit(enough))]
        if (request := begins(LearningRequest.request_no, REQUEST_PREFIX)) is not None:
            found += [client_row(c) for c in session.scalars(
                self._live().join(LearningRequest, LearningRequest.client_id == Client.id).where(
                    LearningRequest.office_id == self._actor.office_id,
                    LearningRequest.deleted_at.is_(None), request,
                ).order_by(LearningRequest.request_no.desc()).limit(enough))]
        return found

    def _by_name(self, session: Session, words: list[str], limit: int, offset: int) -> Listed:
        """Names where the text typed begins at a word, in the word index's order; then, while fewer
        than a page, names with the words in any order and names that hold them inside a word
        (`name_lookup`). Only the columns of the read model are fetched, by plain SQL through the
        driver (`Database.read_rows`): this runs on every keystroke.
        """
        phrase = " ".join(words)
        if not self._db.is_sqlite:
            return Listed(phrase, self._by_name_elsewhere(session, words, limit, offset))
        found = collect(name_lookup(words, self._actor.office_id.hex), limit + offset,
                        lambda statement, params: self._db.read_rows(statement, params, ROW_COLUMNS),
                        lambda row: row[0])[offset:offset + limit]
        found_at = tuple(row[-1] for row in found)
        return Listed(phrase, [ClientRow._make(row[:-1]) for row in found],
                      found_at if offset == 0 and None not in found_at else ())

    def _rows(self, statement: str, params: dict[str, object]) -> list[ClientRow]:
        return list(map(ClientRow._make, self._db.read_rows(statement, params, ROW_COLUMNS)))

    def _by_name_elsewhere(self, session: Session, words: list[str], limit: int,
                           offset: int) -> list[ClientRow]:
        """`_by_name` on PostgreSQL (no word index there): the same people, in name order after those
        whose name holds the text typed as whole words, then those where it begins at a word."""
        spaced = " " + Client.name_key + " "
        text_ = " ".join(words)
        query = select(*ROW_COLUMNS).where(*self._live_conditions())
        begins = query.where(*(spaced.contains(f" {w}", autoescape=True) for w in words)).order_by(
            case((spaced.contains(f" {text_} ", autoescape=True), 0),
                 (spaced.contains(f" {text_}", autoescape=True), 1), else_=2), Client.name_key, Client.id)
        enough = limit + offset
        found = {row.id: ClientRow._make(row) for row in session.execute(begins.limit(enough))}
        if len(found) < enough and any(len(w) >= 3 for w in words):
            inside = query.where(*(Client.name_key.contains(w, autoescape=True) for w in words)).order_by(
                Client.name_key, Client.id).limit(enough + len(found))
            for row in session.execute(inside):
                found.setdefault(row.id, ClientRow._make(row))
        return list(found.values())[offset:offset + limit]

    def _typo_tolerant(self, session: Session, words: list[str], limit: int) -> list[uuid.UUID]:
        """Candidates sharing trigrams with the words typed, or with a word that begins as a typed word
        with two neighbouring letters swapped (`swapped_neighbours`), kept when each word is within a typo
        or two; the closest first. Only their names are read to compare (`name_distance`)."""
        if not self._db.is_sqlite:
            return []
        grams = sorted({w[i:i + 3] for w in words for i in range(len(w) - 2)})
        candidate_ids: set[str] = set()
        if grams:
            candidate_ids.update(session.execute(
                text("SELECT client_id FROM client_name_fts WHERE client_name_fts MATCH :match "
                     "ORDER BY rank LIMIT :limit"),
                {"match": " OR ".join(f'"{g}"' for g in grams), "limit": TYPO_CANDIDATES},
            ).scalars())
        for swapped in {variant for w in words for variant in swapped_neighbours(w)}:
            candidate_ids.update(session.execute(SWAPPED_WORD, {
                "start": swapped, "end": swapped + END, "limit": SWAPPED_CANDIDATES}).scalars())
        if not candidate_ids:
            return []
        names = session.execute(select(Client.id, Client.name_key).where(
            *self._live_conditions(), Client.id.in_([uuid.UUID(hex=i) for i in candidate_ids])))
        scored = sorted((d, name_key, str(id_), id_) for id_, name_key in names
                        if (d := name_distance(words, name_key.split())) is not None)
        return [id_ for *_, id_ in scored[:limit]]
