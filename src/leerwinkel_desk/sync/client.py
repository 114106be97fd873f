"""The laptop's side of a sync: enrol, then at every sync erasures first, push, pull, check, lease numbers.

- Enrol: the laptop names its device and makes its key pair, and keeps both (`ENROLLING`) before it asks the
  service, so an answer it never got (killed, the power or the network gone) is asked again with the same device
  and key and the service answers the same join (sync/server/devices.py): no second device. The answer is kept in
  one commit with capture started; a refusal, or a request that never left the laptop, forgets the device. The
  join is said finished to the service (`/v1/joined`) when the laptop's first sync is done (`UNCONFIRMED` until then).

- Erasures first: the office's erasures are fetched before anything else; a person erased
  elsewhere is erased here (outbox and inbox scrubbed by the erasure trigger, the files scrubbed).
  At sign-in too (`erase_at_sign_in`, before the desk shows): only the erasures, with a short
  connect timeout; an unreachable service never stops the sign-in (the next sync erases first).
- Push: the outbox in order, in batches. Each batch's results and the removal of its ops are
  committed together, so a crash or a lost response only means the batch is sent again, and the
  service answers a replay from `sync_applied_op` without applying anything twice. Rejected ops
  and conflicts land in the conflict inbox; retryable ones stay queued. A batch that carried this
  laptop's audit events anchors its chain (services/audit.py `record_anchor`, in the same commit).
- Each update says who made it (`by`, when the capture did not send `updated_by`: `name_authors`), and an op
  a "keep mine" queued says which field it keeps (`kept`: sync/inbox.py), so the service tells whom it overrules.
- Notices: what this laptop is told after its push (its value of a field replaced by a later arrival, or
  overruled by a colleague's "keep mine") goes into its inbox, each once, and is then acknowledged
  (sync/server/notices.py).
- Pull: page by page, one page in memory, each written by `apply_page` (per table one statement run
  for all the page's rows) with capture muted. Rows with ops still queued here are left as they are
  (the queued change goes up first). An incremental pull goes into one `BEGIN IMMEDIATE` transaction
  with foreign keys deferred, the cursor saved with it: the laptop sees all of it or none. A *full*
  pull (the first sync; a resync) commits each page with the cursor reached under the `full_pull`
  flag, so a killed or refused first sync resumes where it stopped; on a resync the rows the laptop
  had leave it first (but those with queued ops, and those holding what never leaves the laptop, such as a
  passphrase hash: the office's version is written over their synced columns, and the ones it no longer
  has leave at the end), so the pages only add, and until the last page the
  flag says the data here is incomplete (`state.status(...).incomplete`). Meanwhile the triggers that keep
  the report's figures wait (store/sync_capture.py), and the last transaction checks the foreign keys and
  makes those figures again from the rows, together with removing the flag.
  When the service sends a digest and the outbox is empty, the row ids per table are compared; on a
  mismatch the laptop pulls everything again (a full resync). So does a laptop whose cursor lies
  before what the service pruned (sync/server/prune.py): its pull is answered "resync".
- Tokens live minutes: a call answered `token_expired` signs a new challenge with the device key and
  goes on, so a first sync of hours is not refused half-way.
- Revoked: the laptop locks (and wipes what it keeps of the office when the coordinator asked: services/wipe.py).
- A person whose account the office closed (`person_closed`, refused when the laptop asks a token for them):
  closed here at once (services/accounts.py `closed_by_office`), before the office's row could arrive. Their right
  passphrase typed here later asks the service again (`opened_again`): once the office opened the account again
  they are let in, and what they left queued goes up; until then it waits here, sent by no one.
- Too old an app: the service says so and nothing is sent; the outbox stays as it is.
- Stopped (the desk closing: sync/stop.py): with a stop, each request runs on a thread of its own while the sync's
  watches the stop, so a service that hangs (no answer, no connection, no name) never holds the sync: it ends at
  once with `Stopped`, as a sync the network failed ends (what it committed is whole, an incremental pull's
  transaction rolls back, the ops not acknowledged stay queued), and the stop shuts the request's connection.
"""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.numbers import CLIENT_PREFIX, REQUEST_PREFIX, is_erased_marker
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.accounts import closed_by_office
from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.services.erasure import erase_in, scrub_files
from leerwinkel_desk.services.wipe import wipe_office_copy
from leerwinkel_desk.store import report_figures
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.migrations import (
    SCHEMA_HEAD,
    _foreign_keys_off,  # the one home of SQLite's rule for that pragma
)
from leerwinkel_desk.store.number_blocks import add_block, remaining
from leerwinkel_desk.store.sync_capture import (
    FULL_PULL,
    FULL_PULL_KEPT,
    NOT_SYNCED_COLUMNS,
    captured_columns,
    muted,
    start_capture,
    synced_tables,
)
from leerwinkel_desk.sync import inbox, state
from leerwinkel_desk.sync.stop import SyncStop
from leerwinkel_desk.sync.wire import PROTOCOL, PROTOCOL_HEADER, SCHEMA_HEADER, column, enrolment_code_hash

BATCH = 500
ENROLLING = "enrolling"         # the device id, key pair and code of an enrolment sent, its answer not yet kept
UNCONFIRMED = "join_unconfirmed"    # enrolled, the service not yet told that the first sync finished the join
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.UnsupportedProtocol, httpx.PoolTimeout)
BLOCK = 100            # numbers leased at a time; a new block when fewer than half are left
SIGN_IN_CONNECT_SECONDS = 3.0      # how long a sign-in waits for the service before going on without it
SIGN_IN_ANSWER_SECONDS = 10.0      # and for each answer once connected: a service that took the request and hangs
                                   # held the sign-in for the sync's 60 s; it goes on without the service, as offline
STOP_LOOK_SECONDS = 0.05           # how often a sync with a stop looks at it while a request is under way


class SyncRefused(Exception):
    """The service refused: `code` says why (update_required, revoked, code_unknown, ...). No personal data."""

    def __init__(self, code: str, facts: dict[str, Any] | None = None) -> None:
        super().__init__(code)
        self.code, self.facts = code, facts or {}


class Unreachable(Exception):
    """The service could not be reached (offline): nothing changed, try again later. `sent`: the request may have
    reached the service (the answer was lost); False when it surely never left this laptop."""

    def __init__(self, kind: str, sent: bool = True) -> None:
        super().__init__(kind)
        self.sent = sent


class Stopped(Unreachable):
    """The sync was stopped (sync/stop.py: the desk closing): as when the service could not be reached, what this
    laptop committed is whole and the rest stays queued for the next sync. `sent` as for Unreachable."""


class Unavailable(Unreachable):
    """The service answered that it cannot work just now (its PostgreSQL down: `unavailable`; a bare 5xx from it
    or from a proxy in front of it): nothing changed, the changes stay queued, try again later."""


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    rejected: int
    conflicts: int
    pulled: int
    full_resync: bool


class SyncClient:
    """One laptop's conversation with the office's sync service."""

    def __init__(self, db: Database, server_url: str | None = None, *, transport: httpx.BaseTransport | None = None,
                 protocol: int = PROTOCOL, schema: str = SCHEMA_HEAD,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), connect_seconds: float = 60.0,
                 answer_seconds: float = 60.0, page_rows: int | None = None, stop: SyncStop | None = None) -> None:
        self._db = db
        self._url = server_url or state.get(db, "server_url")
        if not self._url:
            raise SyncRefused("not_enrolled")
        self._http = httpx.Client(base_url=self._url, transport=transport,
                                  timeout=httpx.Timeout(answer_seconds, connect=connect_seconds),
                                  headers={PROTOCOL_HEADER: str(protocol), SCHEMA_HEADER: schema})
        self._now = now
        self._token: str | None = None
        self._page_rows = page_rows
        self._stop = stop

    def close(self) -> None:
        self._http.close()

    # -- talking ---------------------------------------------------------------------------------

    def _call(self, path: str, body: dict[str, Any] | None = None, method: str = "POST",
              renew: bool = True) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        try:
            response = self._send(method, path, body, headers)
        except httpx.TransportError as error:
            sent = not isinstance(error, NOT_SENT)
            if self._stop is not None and self._stop.is_set():     # its connection shut by the stop
                raise Stopped(type(error).__name__, sent=sent) from None
            raise Unreachable(type(error).__name__, sent=sent) from None
        if response.status_code >= 400:
            try:
                answer = response.json()
            except ValueError:
                answer = {}
            code = str(answer.pop("error", response.status_code))
            if response.status_code >= 500 and code in ("unavailable", str(response.status_code)):
                raise Unavailable(code)
            if code == "revoked":
                self._revoked(bool(answer.get("wipe")))
            if code == "token_expired" and renew and self._token:     # a long pull outlives its token:
                self.sign_in()                                         # the key signs for a new one, and on
                return self._call(path, body, method, renew=False)
            raise SyncRefused(code, answer)
        result: dict[str, Any] = response.json()
        return result

    def _send(self, method: str, path: str, body: dict[str, Any] | None, headers: dict[str, str]) -> httpx.Response:
        """The request; with a stop, on a thread of its own while this one looks at the stop, and `Stopped` the
        moment it is set: a request waiting on a service that hangs (an answer, a connection, a name) never holds
        the sync. Its connection is shut by the stop (`_traced`; one still connecting is shut as it connects, before
        anything is sent), so that thread ends too. A request sent before the stop may still be applied, its answer
        never read: as with an answer lost, its ops stay queued, and the service answers them from what it recorded
        when they go again. An answer that arrived is taken even when the stop came meanwhile."""
        if self._stop is None:
            return self._http.request(method, path, json=body, headers=headers)
        if self._stop.is_set():
            raise Stopped("stopped", sent=False)
        outcome: list[httpx.Response | BaseException] = []
        done = threading.Event()

        def exchange() -> None:
            try:
                outcome.append(self._http.request(method, path, json=body, headers=headers,
                                                  extensions={"trace": self._traced}))
            except BaseException as error:      # any: handed to the sync's thread, which raises it
                outcome.append(error)
            finally:
                done.set()

        threading.Thread(target=exchange, name="sync request", daemon=True).start()   # daemon: never holds the exit
        while not done.wait(STOP_LOOK_SECONDS):
            if self._stop.is_set():
                raise Stopped("stopped")
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        return outcome[0]

    def _traced(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace of a request (httpx's `trace` extension): each connection opened is given to the stop."""
        if event == "connection.connect_tcp.complete" and self._stop is not None:
            stream = info.get("return_value")
            connection = stream.get_extra_info("socket") if stream is not None else None
            if connection is not None:
                self._stop.watch(connection)

    def enrol(self, code: str, name: str, login: str | None = None) -> uuid.UUID:
        """Register this laptop with a one-time code; returns the device id. A new laptop joining for a
        colleague gives their `login`, which the code must have been made for (sync/join.py). Asked again after
        an answer that never came, with the same code: the same device and key, the same enrolment."""
        device_id, key = self._device_to_enrol(code, login)
        public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        with self._db.read() as session:
            office = session.execute(text("SELECT id, code FROM office")).first()
            counters = [tuple(row) for row in session.execute(text(
                "SELECT prefix, year, last_value FROM number_sequence WHERE last_value > 0"))]
        try:
            answer = self._call("/v1/enrol", {
                "code": code, "name": name, "public_key": public.hex(), "counters": counters,
                "office_id": str(uuid.UUID(hex=office.id)) if office else None,
                "office_code": office.code if office else None, "login": login, "device_id": str(device_id)})
        except (SyncRefused, Unreachable) as error:
            if isinstance(error, SyncRefused) or not error.sent:    # the service keeps nothing of this try
                with self._db.write() as session:
                    state.forget(session, ENROLLING)
            raise
        private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        assert self._url is not None, "enrolling needs the server's address"
        with self._db.write() as session:
            state.put(session, device_id=answer["device_id"], office_id=answer["office_id"], server_url=self._url,
                      private_key=private.hex(), enrolled_by=answer["enrolled_by"] or "", **{UNCONFIRMED: "1"})
            state.forget(session, ENROLLING)
            start_capture(session.connection())
            if answer["new_office"]:           # this laptop's rows are the office's first: all of them go up
                seed_outbox(session.connection())
        return uuid.UUID(answer["device_id"])

    def _device_to_enrol(self, code: str, login: str | None) -> tuple[uuid.UUID, Ed25519PrivateKey]:
        """The device id and key pair an earlier try with this code sent (its answer never kept), or new ones,
        kept (committed) before anything is sent."""
        code_hash = enrolment_code_hash(code, login)
        earlier = json.loads(state.get(self._db, ENROLLING) or "{}")
        if earlier.get("code") == code_hash:
            return uuid.UUID(earlier["device_id"]), Ed25519PrivateKey.from_private_bytes(
                bytes.fromhex(earlier["private_key"]))
        device_id, key = uuid.uuid4(), Ed25519PrivateKey.generate()
        private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        with self._db.write() as session:
            state.put(session, **{ENROLLING: json.dumps(
                {"device_id": str(device_id), "private_key": private.hex(), "code": code_hash})})
        return device_id, key

    def sign_in(self, person_id: uuid.UUID | None = None) -> None:
        """A fresh short-lived token: sign the service's challenge with this laptop's key."""
        if state.get(self._db, "locked"):
            raise SyncRefused("revoked")
        device_id = state.get(self._db, "device_id")
        if not device_id:
            raise SyncRefused("not_enrolled")
        known = state.get(self._db, "person") or state.get(self._db, "enrolled_by")    # who synced here last
        person = person_id or (uuid.UUID(known) if known else None)
        if person is None:
            raise SyncRefused("person_needed")
        if person_id is not None and str(person_id) != known:
            with self._db.write() as session:
                state.put(session, person=str(person_id))
        self._token = None
        challenge = self._call("/v1/challenge", {"device_id": device_id})["challenge"]
        key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(state.get(self._db, "private_key") or ""))
        signature = key.sign(f"{challenge}|{person}".encode())
        try:
            self._token = self._call("/v1/token", {
                "device_id": device_id, "office_id": state.get(self._db, "office_id"), "person_id": str(person),
                "challenge": challenge, "signature": signature.hex()})["token"]
        except SyncRefused as refused:
            if refused.code == "person_closed":     # closed elsewhere: not one more moment of access here
                closed_by_office(self._db, person)
            raise

    # -- a sync ----------------------------------------------------------------------------------

    def sync(self, actor: Actor | None = None, confirm_join: bool = True) -> SyncResult:
        """Erasures first, then push, pull and the digest check, then number blocks topped up; a first sync then
        tells the service the join is finished (not with `confirm_join` False: a join's file not yet in place)."""
        self.sign_in(actor.counsellor_id if actor else None)
        self.erase_first()
        pushed, rejected, conflicts = self.push()
        conflicts += self.notices()
        pulled, full = self.pull()
        self.lease_numbers()
        with self._db.write() as session:
            state.put(session, last_sync_at=self._now().isoformat())
        if confirm_join:
            self.confirm_join()
        return SyncResult(pushed, rejected, conflicts, pulled, full)

    def confirm_join(self) -> None:
        """The service told this laptop's join is finished, once (signed in already)."""
        if state.get(self._db, UNCONFIRMED) is None:
            return
        self._call("/v1/joined")
        with self._db.write() as session:
            state.forget(session, UNCONFIRMED)

    def erase_first(self) -> bool:
        """The office's erasures applied here first; True when someone was erased on this laptop."""
        erasures = self._call("/v1/erasures")["erasures"]
        office_id = state.get(self._db, "office_id")
        erased_here = False
        for client_hex, _at in erasures:
            with self._db.write() as session:
                client = session.execute(text("SELECT dossier_no FROM client WHERE id = :id"),
                                         {"id": client_hex}).first()
                if client is None or is_erased_marker(client.dossier_no):
                    continue
                system = Actor(uuid.UUID(office_id or ""), None, "coordinator")
                with muted(session.connection()):
                    erase_in(session, self._db, system, uuid.UUID(hex=client_hex), self._now())
                erased_here = True
        if erased_here:
            scrub_files(self._db)
        return erased_here

    def push(self) -> tuple[int, int, int]:
        """The outbox, batch by batch: (ops applied, ops rejected, inbox items)."""
        pushed = rejected = items = 0
        office_id = uuid.UUID(state.get(self._db, "office_id") or "")
        while True:
            with self._db.read() as session:
                ops = [{"op": row.op, "tbl": row.tbl, "row_id": row.row_id, "kind": row.kind, "at": row.at,
                        "old": json.loads(row.old) if row.old else None,
                        "new": json.loads(row.new) if row.new else None}
                       for row in session.execute(text(
                           "SELECT op, tbl, row_id, kind, old, new, at FROM sync_outbox ORDER BY op LIMIT :n"),
                           {"n": BATCH})]
                name_authors(session, ops)
                kept = inbox.kept_fields(session)
                for op in ops:
                    if op["op"] in kept:
                        op["kept"] = kept[op["op"]]
            if not ops:
                return pushed, rejected, items
            answer = self._call("/v1/push", {"ops": ops})
            results = answer["results"]
            with self._db.write() as session:
                answered = []
                for result in results:
                    if result["status"] == "retryable":
                        break
                    answered.append({"op": result["op"]})
                    pushed += result["status"] == "applied"
                    rejected += result["status"] == "rejected"
                    for item in result["inbox"]:
                        items += state.add_inbox_item(session, item, self._now())
                if answered:                   # one statement for the batch (executemany)
                    session.execute(text("DELETE FROM sync_outbox WHERE op = :op"), answered)
                    inbox.forget_kept(session, [a["op"] for a in answered])
                if "anchor" in answer and _audited(ops, results):   # the anchor event goes up in the next batch
                    audit.record_anchor(session, office_id, self._now(), answer["anchor"])
            if len(results) < len(ops) or results[-1]["status"] == "retryable":
                return pushed, rejected, items

    def notices(self) -> int:
        """What this laptop is told (a value of its own replaced by a later arrival: sync/server/notices.py) into
        its inbox, each notice once (by its id), then acknowledged; returns the items added."""
        added = 0
        seen: list[int] = []                # the notices kept here, acknowledged with the next call
        device = state.get(self._db, "device_id")
        while True:
            told: list[dict[str, Any]] = self._call("/v1/notices", {"seen": seen})["notices"]
            if not told:
                return added
            with self._db.write() as session:
                for notice in told:
                    added += state.add_inbox_item(session, notice["item"], self._now(),
                                                  uuid.uuid5(uuid.NAMESPACE_URL, f"{device}/{notice['id']}").hex)
            seen = [int(notice["id"]) for notice in told]

    def pull(self) -> tuple[int, bool]:
        """Everything new since the cursor; a full pull when there is no cursor yet, the service asks for it, or
        the digests differ. Returns (rows pulled, whether a full resync was needed)."""
        if state.get(self._db, FULL_PULL) is not None or state.get(self._db, "cursor") is None:
            pulled, digest = self._full_pull(wipe=False)    # the first sync, or one that was stopped half-way
            resync = False
        else:
            pulled, digest, resync = self._incremental_pull()
            if resync:                         # the service pruned changes this laptop has not seen
                pulled, digest = self._full_pull(wipe=True)
        if digest is not None and self.pending() == 0 and local_digest(self._db, list(digest)) != digest:
            pulled, _ = self._full_pull(wipe=True)
            return pulled, True
        return pulled, resync

    def _page(self, cursor: list[int] | None) -> dict[str, Any]:
        body: dict[str, Any] = {"cursor": cursor}
        if self._page_rows is not None:
            body["limit"] = self._page_rows
        return self._call("/v1/pull", body)

    def _incremental_pull(self) -> tuple[int, dict[str, str] | None, bool]:
        """Page by page into one `BEGIN IMMEDIATE` transaction (one page in memory at a time), the cursor saved
        with it: the laptop sees the whole pull or none of it. (rows, the service's digest, resync asked)."""
        cursor = json.loads(state.get(self._db, "cursor") or "null")
        pulled = 0
        with self._db.connect_for_write() as conn, conn.begin():
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            into = Target.of(conn)
            while True:
                page = self._page(cursor)
                if page.get("resync"):
                    conn.rollback()
                    return 0, None, True
                with muted(conn):
                    pulled += apply_page(conn, page["rows"], into)
                cursor = page["cursor"]
                if not page["more"]:
                    break
            _save(conn, "cursor", json.dumps(cursor))
        return pulled, page.get("digest"), False

    def _full_pull(self, wipe: bool) -> tuple[int, dict[str, str] | None]:
        """All the office's rows, each page committed with the cursor reached, so a stopped first sync resumes
        where it stopped. Until the last page the flag `full_pull` says the data here is incomplete (and holds
        the cursor). On a resync (`wipe`) the rows this laptop had (except those with changes queued here)
        leave it at the start, so what the office no longer has goes; a first sync has nothing to remove (an
        empty laptop, or an office's first one whose rows all went up; the digest catches any left over).
        Foreign keys are checked at the end, when the office's rows are all here, and the report's kept figures
        (not kept row by row meanwhile) made again from the rows, all in one transaction with the flag's removal."""
        progress = state.get(self._db, FULL_PULL)
        if progress is None:
            self._start_full_pull(wipe)
        cursor = json.loads(progress or "null")
        pulled = 0
        while True:
            page = self._page(cursor)
            if page.get("resync"):             # stopped too long ago: what was pruned meanwhile is unknown here
                self._start_full_pull(wipe=True)
                cursor, pulled = None, 0
                continue
            with self._db.connect_for_write() as conn, _foreign_keys_off(conn, True):
                with conn.begin():
                    with muted(conn):
                        pulled += apply_page(conn, page["rows"], Target.of(conn))
                    _save(conn, FULL_PULL, json.dumps(page["cursor"]))
                    _arrived(conn, page["rows"])
            cursor = page["cursor"]
            if not page["more"]:
                break
        with self._db.connect_for_write() as conn, conn.begin():
            with muted(conn):
                _remove_unsent(conn)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
            if broken is not None:
                raise SyncRefused("foreign_key_check", {"table": broken[0]})
            report_figures.rebuild(conn)
            _save(conn, "cursor", json.dumps(cursor))
            conn.execute(text("DELETE FROM sync_state WHERE key = :key"), {"key": FULL_PULL})
        self._db.optimize()     # the planner's statistics of the office just written: without them Vandaag's
        return pulled, page.get("digest")      # lists read every contact of the office (2 s at 100,000 clients)

    def _start_full_pull(self, wipe: bool) -> None:
        """The flag set; on a resync the rows this laptop had leave it, but its own audit chain, the rows with
        changes queued here, and the rows holding something that never leaves this laptop (a passphrase hash:
        store/sync_capture.py NOT_SYNCED_COLUMNS). Those stay, the office's version written over their synced
        columns when it arrives, and are listed (`FULL_PULL_KEPT`) until it does: any the office no longer
        sends leave at the end (`_remove_unsent`). Removing them too had every colleague's passphrase hash gone
        with their row, and nobody could sign in on the laptop after a resync."""
        with self._db.connect_for_write() as conn, _foreign_keys_off(conn, True):
            with conn.begin():
                _save(conn, FULL_PULL, "null")      # first: the figures' triggers wait from here on
                into = Target.of(conn) if wipe else Target(set(), set())
                kept: dict[str, list[str]] = {}
                with muted(conn):
                    for table in sorted(into.tables - {"audit_event"}):
                        local = " OR ".join(f'"{c}" IS NOT NULL' for c in sorted(NOT_SYNCED_COLUMNS)
                                            if c in into.local(conn, table))
                        unsent = "id NOT IN (SELECT row_id FROM sync_outbox)"
                        if local:
                            kept[table] = [row[0] for row in conn.exec_driver_sql(
                                f'SELECT id FROM "{table}" WHERE {unsent} AND ({local})')]
                        conn.exec_driver_sql(f'DELETE FROM "{table}" WHERE {unsent}'
                                             + (f" AND NOT ({local})" if local else ""))
                _save(conn, FULL_PULL_KEPT, json.dumps({table: ids for table, ids in kept.items() if ids}))

    def lease_numbers(self) -> None:
        year = self._now().year
        for prefix in (CLIENT_PREFIX, REQUEST_PREFIX):
            with self._db.read() as session:
                left = remaining(session, prefix, year)
            if left < BLOCK // 2:
                block = self._call("/v1/numbers", {"prefix": prefix, "year": year, "count": BLOCK})
                with self._db.write() as session:
                    add_block(session, prefix, year, block["first"], block["last"])

    def pending(self) -> int:
        with self._db.read() as session:
            return int(session.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one())

    # -- coordinators ------------------------------------------------------------------------------

    def new_code(self, for_login: str | None = None) -> str:
        """A one-time code; `for_login`: for a colleague's new laptop, which only they can join with."""
        return str(self._call("/v1/devices/code", {"for_login": for_login} if for_login else None)["code"])

    def devices(self) -> list[dict[str, Any]]:
        return list(self._call("/v1/devices", method="GET")["devices"])

    def revoke(self, device_id: uuid.UUID, wipe: bool = False) -> None:
        self._call(f"/v1/devices/{device_id}/revoke", {"wipe": wipe})

    def remove(self, device_id: uuid.UUID) -> None:
        """A device whose join never finished gone from the office (SyncRefused `device_joined`: revoke it)."""
        self._call(f"/v1/devices/{device_id}/remove")

    def _revoked(self, wipe: bool) -> None:
        """Told this laptop is revoked: lock it, and when asked wipe everything of the office the app keeps on
        it (services/wipe.py: the database, its key file, its backups and their key files, the filed letters)."""
        with self._db.write() as session:
            state.put(session, locked="wiped" if wipe else "revoked")
        if wipe:
            wipe_office_copy(self._db)


def erase_at_sign_in(db: Database, person_id: uuid.UUID | None, transport: httpx.BaseTransport | None = None,
                     connect_seconds: float = SIGN_IN_CONNECT_SECONDS) -> bool:
    """A person signs in on an enrolled laptop: the office's erasures are applied here before anything
    is shown. True when someone was erased here; False when nobody was, also when there was nothing to
    ask (not enrolled, locked) or the service could not be reached or refused: the sign-in goes on. But
    SyncRefused `person_closed` when the office closed this person's account: closed here too (`sign_in`),
    and the desk opens locked (ui/desk.py); SyncRefused `revoked` (its `wipe` in the facts) when a coordinator
    revoked this laptop just now: locked (and wiped when asked) here, and the desk opens locked, or not at all."""
    now = state.status(db)
    if not now.enrolled or now.locked:
        return False
    client = SyncClient(db, transport=transport, connect_seconds=connect_seconds, answer_seconds=SIGN_IN_ANSWER_SECONDS)
    try:
        client.sign_in(person_id)
        return client.erase_first()
    except SyncRefused as refused:
        if refused.code in ("person_closed", "revoked"):
            raise
        return False
    except Unreachable:
        return False
    finally:
        client.close()


def opened_again(db: Database, person_id: uuid.UUID, transport: httpx.BaseTransport | None = None,
                 connect_seconds: float = SIGN_IN_CONNECT_SECONDS) -> bool:
    """Someone whose account the office closed typed their right passphrase here (services/accounts.py
    `sign_in`): the service is asked, with this laptop's own key, for a token for them. Given: the office opened
    the account again (the service gives none to a closed person), so True, and the sign-in lets them in and syncs
    (their queued changes go up, the office's rows come down). False when it is still closed (refused
    `person_closed`), the laptop is not enrolled or is locked, or the service cannot be asked now: they stay out."""
    now = state.status(db)
    if not now.enrolled or now.locked:
        return False
    client = SyncClient(db, transport=transport, connect_seconds=connect_seconds, answer_seconds=SIGN_IN_ANSWER_SECONDS)
    try:
        client.sign_in(person_id)
        return True
    except (SyncRefused, Unreachable):
        return False
    finally:
        client.close()


@dataclass
class Target:
    """What a pull writes into: the synced tables, the rows with changes queued here (left as they are: the
    queued change goes up first) and, per table, the columns this file has (asked once)."""

    tables: set[str]
    pending: set[str]
    columns: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, conn: Connection) -> Target:
        return cls(set(synced_tables(conn)), {row[0] for row in conn.exec_driver_sql("SELECT row_id FROM sync_outbox")})

    def local(self, conn: Connection, table: str) -> set[str]:
        if table not in self.columns:
            self.columns[table] = {row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')}
        return self.columns[table]


def name_authors(session: Session, ops: list[dict[str, Any]]) -> None:
    """Who made each update: the capture sends `updated_by` only when it changed, so an update by the person the row
    already named says nothing of its author. For those the op says (`by`) whom its row named right after it: the
    value a later queued op of the row found there (its `old`), or else the row's as it is now."""
    missing = [op for op in ops if op["kind"] == "U" and op["new"] and "updated_by" not in op["new"]
               and column(op["tbl"], "updated_by") is not None]
    if not missing:
        return
    rows = {(op["tbl"], op["row_id"]) for op in missing}
    later: dict[tuple[str, str], list[tuple[int, str | None]]] = {}
    for number, table, row_id, by in session.execute(text(
            "SELECT op, tbl, row_id, json_extract(old, '$.updated_by') FROM sync_outbox WHERE op > :first "
            "AND json_type(old, '$.updated_by') IS NOT NULL ORDER BY op"), {"first": missing[0]["op"]}):
        if (table, row_id) in rows:
            later.setdefault((table, row_id), []).append((number, by))
    named: dict[tuple[str, str], str | None] = {}
    for table in {table for table, _row_id in rows}:
        ids = json.dumps([row_id for each, row_id in rows if each == table])
        named.update(((table, row_id), by) for row_id, by in session.execute(text(
            f'SELECT id, updated_by FROM "{table}" WHERE id IN (SELECT value FROM json_each(:ids))'), {"ids": ids}))
    for op in missing:
        key = (op["tbl"], op["row_id"])
        op["by"] = next((by for number, by in later.get(key, ()) if number > op["op"]), named.get(key))


def apply_page(conn: Connection, rows: list[dict[str, Any]], into: Target) -> int:
    """One page of the service's current rows (None: the row is gone), written as they travelled: per table
    one DELETE and one upsert statement, each run once for all its rows (executemany). Returns the rows."""
    gone: dict[str, list[tuple[str]]] = {}
    upserts: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
    for row in rows:
        table, row_id, values = row["tbl"], row["row_id"], row["row"]
        if row_id in into.pending or table not in into.tables:
            continue
        if values is None:
            gone.setdefault(table, []).append((row_id,))
            continue
        if table == "erasure":     # the erasure this laptop registered when it erased first gives way to the office's
            conn.exec_driver_sql("DELETE FROM erasure WHERE client_id = ? AND id != ?", (values["client_id"], row_id))
        local = into.local(conn, table)
        names = tuple(name for name in values if name in local)
        upserts.setdefault((table, names), []).append(tuple(_stored(values[name]) for name in names))
    for table, ids in gone.items():
        conn.exec_driver_sql(f'DELETE FROM "{table}" WHERE id = ?', ids)
    for (table, names), batch in upserts.items():
        updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
        conn.exec_driver_sql(f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
                             f'VALUES ({", ".join("?" * len(names))}) ON CONFLICT (id) DO UPDATE SET {updates}', batch)
    return len(rows)


def _arrived(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """A page of a full pull is in: the rows it brought are no longer waiting in `FULL_PULL_KEPT`."""
    value = conn.execute(text("SELECT value FROM sync_state WHERE key = :key"), {"key": FULL_PULL_KEPT}).scalar()
    kept: dict[str, list[str]] = json.loads(value or "{}")
    if not kept:
        return
    arrived: dict[str, set[str]] = {}
    for row in rows:
        arrived.setdefault(row["tbl"], set()).add(row["row_id"])
    left = {table: [i for i in ids if i not in arrived.get(table, set())] for table, ids in kept.items()}
    _save(conn, FULL_PULL_KEPT, json.dumps({table: ids for table, ids in left.items() if ids}))


def _remove_unsent(conn: Connection) -> None:
    """The end of a full pull: the rows kept for what never leaves this laptop that the office did not send
    (it no longer has them) leave too, and the list goes."""
    value = conn.execute(text("SELECT value FROM sync_state WHERE key = :key"), {"key": FULL_PULL_KEPT}).scalar()
    for table, ids in json.loads(value or "{}").items():
        conn.exec_driver_sql(f'DELETE FROM "{table}" WHERE id = ? AND id NOT IN (SELECT row_id FROM sync_outbox)',
                             [(i,) for i in ids])
    conn.execute(text("DELETE FROM sync_state WHERE key = :key"), {"key": FULL_PULL_KEPT})


def _audited(ops: list[dict[str, Any]], results: list[dict[str, Any]]) -> bool:
    """The service took audit events of this laptop's own (not only its anchors): its chain is anchored again."""
    applied = {result["op"] for result in results if result["status"] == "applied"}
    return any(op["tbl"] == "audit_event" and op["op"] in applied
               and (op["new"] or {}).get("action") != audit.SYNC_ANCHOR for op in ops)


def _stored(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, dict | list) else value


def _save(conn: Connection, key: str, value: str) -> None:
    conn.execute(text("INSERT INTO sync_state (key, value) VALUES (:key, :value) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {"key": key, "value": value})


def local_digest(db: Database, tables: list[str]) -> dict[str, str]:
    """The same digest as the service's: per table the count and a hash of the sorted row ids."""
    result = {}
    with db.read() as session:
        for table in tables:
            ids = [row[0] for row in session.execute(text(f'SELECT id FROM "{table}" ORDER BY id'))]
            result[table] = f"{len(ids)}:{hashlib.sha256(','.join(ids).encode()).hexdigest()}"
    return result


def seed_outbox(conn: Connection) -> None:
    """The first laptop of an office: every row it has goes up as an insert, parents before children."""
    for table in synced_tables(conn):
        columns = captured_columns(conn, table)
        body = ", ".join(f"'{c}', \"{c}\"" for c in columns)
        conn.exec_driver_sql(f"INSERT INTO sync_outbox (tbl, row_id, kind, new) "
                             f"SELECT '{table}', id, 'I', json_object({body}) FROM \"{table}\" ORDER BY rowid")
