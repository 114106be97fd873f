"""Devices on the sync service: one-time enrolment codes, a key pair per laptop, challenge -> short-lived token.

A coordinator (or the administrator on the central database) makes a one-time code for an office.
The laptop makes an Ed25519 key pair, keeps the private key in its encrypted file and registers the
public key with the code. Per sync it asks for a challenge (signed by the service, valid a minute,
so any instance can check it), signs it with its key and gets a token of a few minutes naming the
office, the device, the person and their role. A revoked device is refused at its next contact and
told to lock (and wipe its copy, if the coordinator asked). A device silent for longer than the
office's maximum offline period is revoked when it comes back.

A join is asked again when its answer was lost (the laptop killed, the power or the network gone after the
service registered the device): the laptop names its device and keeps that name and its key before it asks
(sync/client.py `enrol`), and the code remembers the device it enrolled, so the same device with the same key is
the same join and gets the same answer; no second device. A device's join is finished when the laptop says its
first sync is done (`joined`; a laptop of the previous version at its first token). Until then a coordinator sees
it as never finished and may remove it (`remove_unfinished`), and the same code, while valid, may enrol another
device in its place (a laptop that lost its half-made file), taking over its number blocks: never two devices.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from leerwinkel_desk.sync.wire import NAMES_ITS_DEVICE, enrolment_code_hash

TOKEN_MINUTES = 5
CHALLENGE_SECONDS = 60
CODE_HOURS = 24
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"       # no 0/O, 1/I


class Refused(Exception):
    """A request the service answers with an error: HTTP status, a code, and facts (never personal data)."""

    def __init__(self, status: int, code: str, **facts: Any) -> None:
        super().__init__(code)
        self.status, self.code, self.facts = status, code, facts


class Rejected(Exception):
    """An op a rule refuses: it goes to the pushing laptop's conflict inbox with the reason, never dropped."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Claims:
    office_id: uuid.UUID
    device_id: uuid.UUID
    person_id: uuid.UUID
    role: str


def active_login(conn: Any, login: str) -> bool:
    """Whether `login` is an account of the transaction's office that may sign in."""
    return conn.execute("SELECT 1 FROM counsellor WHERE login = %s AND can_log_in AND deleted_at IS NULL",
                        [login.strip()]).fetchone() is not None


def in_office(conn: Any, office_id: uuid.UUID) -> None:
    """Row-level security scope of the rest of this transaction."""
    conn.execute("SELECT set_config('app.office_id', %s, true)", [str(office_id)])


def token_secret(conn: Any) -> bytes:
    row = conn.execute("SELECT token_secret FROM sync_server WHERE id = 1").fetchone()
    if row is None:
        raise Refused(503, "not_set_up")
    return bytes(row["token_secret"])


def new_code(conn: Any, office_code: str, office_id: uuid.UUID | None, created_by: uuid.UUID | None,
             now: datetime, for_login: str | None = None) -> str:
    """A one-time enrolment code for an office (valid a day). Without `office_id`: the office's first laptop.

    With `for_login` (an active account of the office): the code a colleague's new laptop joins with,
    and only that login gets a passphrase there (sync/join.py).
    """
    if for_login is not None and not active_login(conn, for_login):
        raise Refused(404, "login_unknown")
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(12))
    code = "-".join(raw[i:i + 4] for i in range(0, 12, 4))
    conn.execute("INSERT INTO sync_enrolment (code_hash, office_id, office_code, created_by, expires_at) "
                 "VALUES (%s, %s, %s, %s, %s)",
                 [enrolment_code_hash(code, for_login), office_id, office_code.upper(), created_by,
                  now + timedelta(hours=CODE_HOURS)])
    return code


@dataclass(frozen=True)
class Enrolled:
    device_id: uuid.UUID
    office_id: uuid.UUID
    new_office: bool
    enrolled_by: uuid.UUID | None       # the coordinator who made the code (None: the administrator)


def enrol(conn: Any, code: str, office_id: uuid.UUID | None, office_code: str | None, name: str,
          public_key: bytes, counters: list[tuple[str, int, int]], now: datetime,
          login: str | None = None, device_id: uuid.UUID | None = None) -> Enrolled:
    """Register a laptop's public key with a one-time code.

    A laptop with a file of its own office sends its office; a new, empty laptop joins the office the
    code was made for. The first laptop of an office brings its data: the numbers it already gave out
    (`counters`: prefix, year, last number) become its first leased blocks. A laptop joining for a
    colleague sends their `login`: only a code made for that login is found, and only while the
    account may still sign in. A laptop names its `device_id` (the previous version does not): asked again
    with the device and key the code enrolled, the answer is the same enrolment, whenever it comes.
    """
    code_hash = enrolment_code_hash(code, login)
    conn.execute("SELECT set_config('app.enrolment_code', %s, true)", [code_hash])
    row = conn.execute("SELECT * FROM sync_enrolment WHERE code_hash = %s FOR UPDATE", [code_hash]).fetchone()
    if row is not None and row["used_at"] is not None and device_id is not None and row["device_id"] == device_id:
        return _enrolled_again(conn, row, device_id, public_key, login)
    if row is None or row["expires_at"] < now:
        raise Refused(403, "code_unknown")
    if office_id is None:
        office_id = row["office_id"]
    if office_id is None or row["office_id"] not in (None, office_id) or (
            office_code is not None and row["office_code"] != office_code.upper()):
        raise Refused(403, "code_other_office")
    Ed25519PublicKey.from_public_bytes(public_key)          # refuses what is not a key
    in_office(conn, office_id)
    if login is not None and not active_login(conn, login):
        raise Refused(403, "login_unknown")
    replaced = None if row["used_at"] is None else _unfinished(conn, row["device_id"])
    new_office = conn.execute("SELECT 1 FROM office WHERE id = %s", [office_id]).fetchone() is None
    device_id = device_id or uuid.uuid4()
    conn.execute("INSERT INTO sync_office (office_id) VALUES (%s) ON CONFLICT DO NOTHING", [office_id])
    added = conn.execute("INSERT INTO sync_device (id, office_id, name, public_key, enrolled_at, last_seen_at) "
                         "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO NOTHING",
                         [device_id, office_id, name[:100], public_key, now, now])
    if not added.rowcount:                  # a device id another enrolment took: the laptop names a new one
        raise Refused(409, "device_taken")
    if replaced is not None:                # its number blocks go with the join; it never synced a thing
        conn.execute("UPDATE sync_number_lease SET device_id = %s WHERE device_id = %s", [device_id, replaced])
        conn.execute("DELETE FROM sync_device WHERE id = %s", [replaced])
    for prefix, year, last in counters if new_office else []:
        conn.execute("INSERT INTO sync_number_lease (office_id, device_id, prefix, year, first, last) "
                     "VALUES (%s, %s, %s, %s, 1, %s) ON CONFLICT (office_id, prefix, year, first) DO UPDATE "
                     "SET last = greatest(sync_number_lease.last, excluded.last) "
                     "WHERE sync_number_lease.device_id = excluded.device_id",
                     [office_id, device_id, prefix, year, last])
    conn.execute("UPDATE sync_enrolment SET used_at = %s, office_id = %s, device_id = %s WHERE code_hash = %s",
                 [now, office_id, device_id, code_hash])
    return Enrolled(device_id, office_id, new_office, row["created_by"])


def _enrolled_again(conn: Any, row: dict[str, Any], device_id: uuid.UUID, public_key: bytes,
                    login: str | None) -> Enrolled:
    """The same join asked again (its answer lost): the same answer, while its device is there with that key."""
    in_office(conn, row["office_id"])
    device = conn.execute("SELECT public_key, revoked_at FROM sync_device WHERE id = %s", [device_id]).fetchone()
    if device is None or device["revoked_at"] is not None or bytes(device["public_key"]) != public_key:
        raise Refused(403, "code_unknown")              # removed or revoked meanwhile: a new code is needed
    if login is not None and not active_login(conn, login):
        raise Refused(403, "login_unknown")
    new_office = conn.execute("SELECT 1 FROM office WHERE id = %s", [row["office_id"]]).fetchone() is None
    return Enrolled(device_id, row["office_id"], new_office, row["created_by"])


def _unfinished(conn: Any, device_id: uuid.UUID | None) -> uuid.UUID:
    """The device a used code enrolled, when its join never finished and it never sent anything: another device
    may take its place with the same code (the laptop lost what it had made). Otherwise the code is used."""
    if device_id is None or conn.execute(
            "SELECT 1 FROM sync_device d WHERE id = %s AND joined_at IS NULL AND revoked_at IS NULL AND NOT EXISTS "
            "(SELECT 1 FROM sync_applied_op a WHERE a.device_id = d.id)", [device_id]).fetchone() is None:
        raise Refused(403, "code_unknown")
    return device_id


def joined(conn: Any, claims: Claims, now: datetime) -> None:
    """The laptop's first sync is done: its join is finished (said again, nothing changes)."""
    conn.execute("UPDATE sync_device SET joined_at = coalesce(joined_at, %s) WHERE id = %s", [now, claims.device_id])


def challenge(conn: Any, device_id: uuid.UUID, now: datetime) -> str:
    return jwt.encode({"sub": str(device_id), "typ": "challenge", "nonce": secrets.token_hex(16),
                       "exp": now + timedelta(seconds=CHALLENGE_SECONDS)}, token_secret(conn), algorithm="HS256")


def _device(conn: Any, device_id: uuid.UUID) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM sync_device WHERE id = %s", [device_id]).fetchone()
    if row is None:
        raise Refused(401, "device_unknown")
    if row["revoked_at"] is not None:
        raise Refused(403, "revoked", wipe=bool(row["wipe"]))
    return dict(row)


def issue_token(conn: Any, device_id: uuid.UUID, office_id: uuid.UUID, person_id: uuid.UUID, signed: str,
                signature: bytes, now: datetime, protocol: int = NAMES_ITS_DEVICE) -> str:
    """A token of a few minutes for a device that signed a fresh challenge of this service. A laptop of the
    previous version (`protocol`) never says its join finished: its first token says it for it."""
    secret = token_secret(conn)
    try:
        claims = jwt.decode(signed, secret, algorithms=["HS256"])
    except jwt.PyJWTError:
        raise Refused(401, "challenge_invalid") from None
    if claims.get("typ") != "challenge" or claims.get("sub") != str(device_id):
        raise Refused(401, "challenge_invalid")
    in_office(conn, office_id)
    device = _device(conn, device_id)
    try:
        Ed25519PublicKey.from_public_bytes(bytes(device["public_key"])).verify(
            signature, f"{signed}|{person_id}".encode())
    except InvalidSignature:
        raise Refused(401, "signature_invalid") from None
    days = conn.execute("SELECT max_offline_days FROM sync_office WHERE office_id = %s", [office_id]).fetchone()
    if days is not None and device["last_seen_at"] < now - timedelta(days=days["max_offline_days"]):
        raise Refused(403, "revoked", wipe=False, offline_too_long=True)     # the caller records it (see app.py)
    role = "coordinator"
    if conn.execute("SELECT 1 FROM office WHERE id = %s", [office_id]).fetchone() is not None:
        person = conn.execute("SELECT role, can_log_in, deleted_at FROM counsellor WHERE id = %s",
                              [person_id]).fetchone()
        if person is None:                      # not (yet) here: e.g. an account opened on the laptop, not sent
            raise Refused(403, "person_unknown")
        if not person["can_log_in"] or person["deleted_at"] is not None:
            raise Refused(403, "person_closed")    # the office closed it: the laptop bars the person at once
        role = person["role"]
    conn.execute("UPDATE sync_device SET last_seen_at = %s WHERE id = %s", [now, device_id])
    if protocol < NAMES_ITS_DEVICE:
        conn.execute("UPDATE sync_device SET joined_at = coalesce(joined_at, %s) WHERE id = %s", [now, device_id])
    return jwt.encode({"sub": str(device_id), "typ": "access", "office": str(office_id), "person": str(person_id),
                       "role": role, "exp": now + timedelta(minutes=TOKEN_MINUTES)}, secret, algorithm="HS256")


def authorise(conn: Any, token: str) -> Claims:
    """The claims of a valid token of a device that is still enrolled; scopes the transaction to its office."""
    try:
        claims = jwt.decode(token, token_secret(conn), algorithms=["HS256"])
    except jwt.ExpiredSignatureError:
        raise Refused(401, "token_expired") from None
    except jwt.PyJWTError:
        raise Refused(401, "token_invalid") from None
    if claims.get("typ") != "access":
        raise Refused(401, "token_invalid")
    found = Claims(uuid.UUID(claims["office"]), uuid.UUID(claims["sub"]), uuid.UUID(claims["person"]),
                   claims["role"])
    in_office(conn, found.office_id)
    _device(conn, found.device_id)
    return found


def list_devices(conn: Any) -> list[dict[str, Any]]:
    """The office's devices; `joined_at` empty: its join never finished. `person` (`person_login`): whom it was
    joined for, read from the first of its audit events that names someone (`sync_audit`: a joined laptop's are its
    person's, who alone has a passphrase there; the first laptop's its coordinator's), empty until its first events
    arrived. Laptops joined without `--name` all carry the computer's name: the person tells them apart."""
    rows = conn.execute(
        "SELECT d.id, d.name, d.enrolled_at, d.last_seen_at, d.revoked_at, d.wipe, d.joined_at, "
        "c.full_name AS person, c.login AS person_login FROM sync_device d "
        "LEFT JOIN LATERAL (SELECT (a.event->>'actor_id')::uuid AS actor FROM sync_audit a "
        "  WHERE a.office_id = d.office_id AND a.device_id = d.id AND a.event->>'actor_id' IS NOT NULL "
        "  ORDER BY a.device_seq LIMIT 1) first ON true "
        "LEFT JOIN counsellor c ON c.id = first.actor "
        "ORDER BY d.enrolled_at").fetchall()
    return [{key: (str(value) if value is not None else None) for key, value in row.items()} for row in rows]


def remove_unfinished(conn: Any, device_id: uuid.UUID) -> None:
    """A device whose join never finished (and that never sent anything) gone from the office; a laptop still
    joining with it is refused from then on and needs a new code. A device that joined is revoked, not removed."""
    done = conn.execute("DELETE FROM sync_device d WHERE id = %s AND joined_at IS NULL AND NOT EXISTS "
                        "(SELECT 1 FROM sync_applied_op a WHERE a.device_id = d.id)", [device_id])
    if not done.rowcount:
        known = conn.execute("SELECT 1 FROM sync_device WHERE id = %s", [device_id]).fetchone() is not None
        raise Refused(409, "device_joined") if known else Refused(404, "device_unknown")


def revoke(conn: Any, device_id: uuid.UUID, wipe: bool, now: datetime) -> bool:
    done = conn.execute("UPDATE sync_device SET revoked_at = coalesce(revoked_at, %s), wipe = wipe OR %s "
                        "WHERE id = %s", [now, wipe, device_id])
    return bool(done.rowcount)


def utcnow() -> datetime:
    return datetime.now(UTC)
