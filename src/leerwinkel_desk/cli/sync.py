"""Commands of synchronisation: the central service (`serve`), a laptop's `sync`, `device enrol|list|remove|revoke`,
`join` (a new laptop joins an existing office with a code made for its person: sync/join.py).

The central side's modules (FastAPI, uvicorn, psycopg and its pool, PyJWT: `pip install
'leerwinkel-desk[central]'`) are imported only by what runs on or against the central database
(`serve`, `device enrol --database`, `report --database`), so the desktop app and the other commands
never load them; the app's installers leave them out (installers/pyinstaller), and these commands then
say so in one line (`central_admin`).
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from types import ModuleType

from leerwinkel_desk.cli.common import (
    ACCOUNT_CLOSED,
    LAPTOP_REVOKED,
    CommandFailed,
    database_location,
    new_passphrase,
    signed_in,
)
from leerwinkel_desk.store.location import Location

SERVICE_PASSWORD_VARIABLE = "LEERWINKEL_SERVICE_PASSWORD"
READER_PASSWORD_VARIABLE = "LEERWINKEL_READER_PASSWORD"
REFUSED = {
    "update_required": "the sync service needs a newer Leerwinkel Desk; update this app (nothing was lost: "
                       "the changes stay queued)",
    "revoked": LAPTOP_REVOKED,
    "code_unknown": "the enrolment code is unknown, used or expired (or made for another login); ask a "
                    "coordinator for a new one",
    "login_unknown": "no active account of the office has this login",
    "code_other_office": "the enrolment code is for another office",
    "not_enrolled": "this laptop is not enrolled; run `device enrol --server URL --code CODE` first",
    "not_allowed": "only a coordinator may do this",
    "person_closed": ACCOUNT_CLOSED,
}
STOPPED = {     # a join stopped half-way (sync/join.py JoinStopped): why, then how to go on
    "unreachable": "the connection to the sync service was lost during the join",
    "unavailable": "the sync service became unavailable during the join",
    "disk_full": "the disk filled during the join; free some space first",
}
GO_ON = ("run the same `join` again (the same code, login and passphrase): it goes on where it stopped, and the "
         "office's data is not shown before it is all there")

UNAVAILABLE = "the sync service is unavailable just now; try again later (the changes stay queued for the next sync)"
WIPED = ("this laptop was revoked by a coordinator, and everything of the office Leerwinkel Desk kept on it (the "
         "database, its key file, its backups and the filed letters) was wiped")


def add_commands(commands: argparse._SubParsersAction) -> None:
    """serve, sync, device, join."""
    serve = commands.add_parser("serve", help="run the office's sync service in front of its central PostgreSQL")
    serve.add_argument("--database", required=True, metavar="URL",
                       help="postgresql:// URL of the service's role (owns no table, no BYPASSRLS)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8470)
    serve.add_argument("--tls-cert", metavar="PEM")
    serve.add_argument("--tls-key", metavar="PEM")
    serve.add_argument("--standby", metavar="URL",
                       help="postgresql:// URL of the same role on a hot standby: pulls read there once it has "
                            "replayed what they must see (else the primary)")
    serve.add_argument("--set-up", metavar="ROLE",
                       help=f"with the owner's URL: migrate, make ROLE (password from {SERVICE_PASSWORD_VARIABLE}) "
                            "and the token key, then stop")
    serve.add_argument("--region-reader", metavar="ROLE",
                       help=f"with the owner's URL: make ROLE (password from {READER_PASSWORD_VARIABLE}), a "
                            "region coordinator's login for `report --database` over every office, then stop")
    serve.add_argument("--vacuum-erased", action="store_true",
                       help="with the owner's URL: beside the service, rewrite the central tables an erasure wrote "
                            "once it committed, so the erased values leave the data files (runs until stopped)")
    serve.add_argument("--check-audit", action="store_true",
                       help="with the owner's URL: check every office's chain of arrivals and the laptops' anchors "
                            "in it, then stop (exit 1 on trouble)")
    sync = commands.add_parser("sync", help="synchronise this laptop with the office's sync service now")
    sync.add_argument("--server", metavar="URL", help="the service (default: the one this laptop enrolled with)")
    device = commands.add_parser("device", help="laptops of the office: enrol, list, remove, revoke")
    actions = device.add_subparsers(dest="action", metavar="ACTION", required=True)
    enrol = actions.add_parser("enrol", help="with --code: enrol this laptop; without: make a one-time code")
    enrol.add_argument("--server", metavar="URL")
    enrol.add_argument("--code")
    enrol.add_argument("--name", default=os.uname().nodename if hasattr(os, "uname") else "laptop")
    enrol.add_argument("--database", metavar="URL", help="administrator: make the code on the central database")
    enrol.add_argument("--office", metavar="CODE", help="with --database: the office's code")
    enrol.add_argument("--for", dest="for_login", metavar="LOGIN",
                       help="make the code for a colleague's new laptop (`join`): only LOGIN can join with it")
    actions.add_parser("list", help="the office's laptops (coordinators)").add_argument("--server", metavar="URL")
    remove = actions.add_parser("remove", help="remove a laptop whose join never finished (coordinators)")
    remove.add_argument("device_id")
    remove.add_argument("--server", metavar="URL")
    revoke = actions.add_parser("revoke", help="lock a laptop out (coordinators)")
    revoke.add_argument("device_id")
    revoke.add_argument("--wipe", action="store_true", help="the laptop also wipes its copy at its next contact")
    revoke.add_argument("--server", metavar="URL")
    join = commands.add_parser("join", help="make this laptop's file (--db) from an existing office, with a code a "
                                            "coordinator made for you (`device enrol --for LOGIN`)")
    join.add_argument("--server", required=True, metavar="URL")
    join.add_argument("--code", required=True)
    join.add_argument("--login", required=True, help="your login in the office (the code was made for it)")
    join.add_argument("--name", default=enrol.get_default("name"), help="this laptop's name in `device list`")


def central_admin() -> ModuleType:
    """The central side's administration module, or one line saying how to install it."""
    try:
        from leerwinkel_desk.sync.server import admin
    except ImportError:
        raise CommandFailed("the central side (sync service, central database) is not part of this installation; "
                            "install it with pip install 'leerwinkel-desk[central]'") from None
    return admin


def cmd_serve(args: argparse.Namespace) -> int:
    admin = central_admin()
    add_region_reader, privileged, set_up = admin.add_region_reader, admin.privileged, admin.set_up
    if args.set_up:
        service_url = set_up(args.database, args.set_up, _password(SERVICE_PASSWORD_VARIABLE, "the service role"))
        print(f"set up; run: leerwinkel-desk serve --database {_hidden(service_url)}")
        return 0
    if args.region_reader:
        reader_url = add_region_reader(args.database, args.region_reader,
                                       _password(READER_PASSWORD_VARIABLE, "the region reader"))
        print(f"region reader made; run: leerwinkel-desk report --database {_hidden(reader_url)} --from ... --to ...")
        return 0
    if args.check_audit:
        offices, problems = admin.audit_problems(args.database)
        for line in problems:
            print(line, file=sys.stderr)
        print(f"chains of arrivals of {offices} office(s): {'ok' if not problems else f'{len(problems)} problem(s)'}")
        return 1 if problems else 0
    if args.vacuum_erased:
        try:
            admin.vacuum_erased(args.database)
        except PermissionError as refused:
            raise CommandFailed(str(refused)) from None
        return 0
    problem = privileged(args.database)
    if problem is not None:
        raise CommandFailed(f"the service must not connect as a {problem} role (row-level security would not "
                            "hold); use the role made by `serve --set-up`")
    if bool(args.tls_cert) != bool(args.tls_key):
        raise CommandFailed("give both --tls-cert and --tls-key, or neither (TLS at a reverse proxy)")
    import uvicorn

    from leerwinkel_desk.sync.server.app import create_app

    uvicorn.run(create_app(args.database, standby_url=args.standby), host=args.host, port=args.port,
                ssl_certfile=args.tls_cert, ssl_keyfile=args.tls_key, log_level="warning")
    return 0


def _password(variable: str, whose: str) -> str:
    password = os.environ.get(variable)
    if not password:
        raise CommandFailed(f"set {variable} to {whose}'s password")
    return password


def _hidden(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _client(location: Location, server: str | None):
    from leerwinkel_desk.sync.client import SyncClient, SyncRefused

    db, actor = signed_in(location)
    try:
        return db, actor, SyncClient(db, server)
    except SyncRefused as error:
        raise _refused(error) from None


def _refused(error: Exception) -> CommandFailed:
    code = getattr(error, "code", None) or type(error).__name__
    if code == "revoked" and getattr(error, "facts", {}).get("wipe"):
        return CommandFailed(WIPED)
    return CommandFailed(REFUSED.get(code, f"the sync service refused: {code}"))


def cmd_sync(args: argparse.Namespace) -> int:
    from leerwinkel_desk.sync.client import SyncRefused, Unavailable, Unreachable

    _db, actor, client = _client(database_location(args), args.server)
    try:
        result = client.sync(actor)
    except Unavailable:
        raise CommandFailed(UNAVAILABLE) from None
    except Unreachable:
        raise CommandFailed("the sync service cannot be reached; the changes stay queued for the next sync") from None
    except SyncRefused as error:
        raise _refused(error) from None
    finally:
        client.close()
    print(f"pushed {result.pushed}, refused {result.rejected}, to settle in the inbox {result.conflicts}, "
          f"received {result.pulled}" + (" (full resync)" if result.full_resync else ""))
    return 0


def _device_state(device: dict) -> str:
    """A device's state in `device list`: revoked, a join never finished (the service holds no `joined_at`), active."""
    if device["revoked_at"]:
        return "revoked"
    return "active" if device.get("joined_at") else "join never finished (remove it with `device remove ID`)"


def cmd_device(args: argparse.Namespace) -> int:
    from leerwinkel_desk.sync.client import SyncRefused, Unreachable

    if args.action == "enrol" and args.database:
        if not args.office:
            raise CommandFailed("give --office CODE with --database")
        print(central_admin().administrator_code(args.database, args.office))
        return 0
    _db, actor, client = _client(database_location(args), args.server)
    try:
        if args.action == "enrol" and args.code:
            print(f"enrolled as device {client.enrol(args.code, args.name)}")
        else:
            client.sign_in(actor.counsellor_id)
            if args.action == "enrol":
                print(client.new_code(args.for_login))
            elif args.action == "list":
                for device in client.devices():
                    print(f"{device['id']}  {device['name']}  {device.get('person_login') or '-'}  "
                          f"{_device_state(device)}  last seen {device['last_seen_at']}")
            elif args.action == "remove":
                client.remove(uuid.UUID(args.device_id))
                print(f"{args.device_id}: removed")
            else:
                client.revoke(uuid.UUID(args.device_id), args.wipe)
                print(f"{args.device_id}: revoked" + (" (wipes at its next contact)" if args.wipe else ""))
    except Unreachable:
        raise CommandFailed("the sync service cannot be reached") from None
    except SyncRefused as error:
        if error.code == "device_joined":
            raise CommandFailed(f"{args.device_id} finished its join: revoke it instead (`device revoke`)") from None
        raise _refused(error) from None
    except ValueError:
        raise CommandFailed("a device id is a UUID (see `device list`)") from None
    finally:
        client.close()
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    from leerwinkel_desk.domain.errors import InvalidValue
    from leerwinkel_desk.services.context import SystemClock
    from leerwinkel_desk.store.location import DatabaseExists
    from leerwinkel_desk.sync.client import SyncRefused, Unreachable
    from leerwinkel_desk.sync.join import JoinStopped, join_office

    location = database_location(args)
    if location.path is None or location.path.exists():
        raise CommandFailed(f"{location} already exists or is not a local file; join makes a new file")
    try:
        received = join_office(location.path, args.server, args.code, args.login, new_passphrase(), args.name,
                               SystemClock())
    except DatabaseExists:
        raise CommandFailed(f"{location} already exists; join makes a new file") from None
    except InvalidValue as error:
        raise CommandFailed(f"the passphrase is too {'short' if error.reason == 'too_short' else 'easy to guess'}; "
                            "nothing was made") from None
    except Unreachable:
        raise CommandFailed("the sync service cannot be reached; nothing was made") from None
    except SyncRefused as error:
        raise CommandFailed(_refused(error).args[0] + "; nothing was made") from None
    except JoinStopped as error:
        why = STOPPED.get(error.reason, f"the join stopped before it was done ({error.reason})")
        raise CommandFailed(f"{why}; {GO_ON}") from None
    print(f"joined the office: {received} rows received; sign in as {args.login.strip()} with the passphrase just "
          "set")
    return 0


COMMANDS = {"serve": cmd_serve, "sync": cmd_sync, "device": cmd_device, "join": cmd_join}
