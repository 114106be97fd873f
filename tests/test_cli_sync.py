"""The sync commands end to end: `serve` as its own process on 127.0.0.1, a laptop made by `init`, `device enrol`
(administrator and laptop), `sync`, `device list|revoke`, and one clear line when refused."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from leerwinkel_desk.sync.server.admin import rows_as
from sync_support import central, office_code  # noqa: F401

pytestmark = pytest.mark.postgres
ENV = {**os.environ, "LEERWINKEL_USER": "katrien", "LEERWINKEL_PASSPHRASE": "kortrijk leert elke dag bij"}


def cli(db: Path | None, *args: str) -> subprocess.CompletedProcess[str]:
    where = ["--db", str(db)] if db else []
    return subprocess.run([sys.executable, "-m", "leerwinkel_desk", *where, *args], capture_output=True, text=True,
                          timeout=120, env=ENV)


def test_serve_enrol_sync_list_and_revoke_from_the_command_line(central, tmp_path) -> None:
    refused = cli(None, "serve", "--database", central.owner_url)
    assert refused.returncode == 1 and "must not connect as a superuser role" in refused.stderr
    assert "Traceback" not in refused.stderr
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "leerwinkel_desk", "serve", "--database", central.service_url,
                               "--port", str(port)], env=ENV, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{url}/v1/hello").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        laptop = tmp_path / "laptop.db"
        code = office_code()
        assert cli(laptop, "init", "--office", "Leerwinkel Kortrijk", "--code", code, "--user", "katrien"
                   ).returncode == 0
        assert cli(laptop, "sync").stderr.startswith("error: this laptop is not enrolled")
        enrolment = cli(None, "device", "enrol", "--database", central.owner_url, "--office", code)
        assert enrolment.returncode == 0, enrolment.stderr
        enrolled = cli(laptop, "device", "enrol", "--server", url, "--code", enrolment.stdout.strip(),
                       "--name", "laptop-katrien")
        assert enrolled.returncode == 0 and enrolled.stdout.startswith("enrolled as device"), enrolled.stderr
        synced = cli(laptop, "sync")
        assert synced.returncode == 0 and synced.stdout.startswith("pushed "), synced.stderr
        checked = cli(None, "serve", "--check-audit", "--database", central.owner_url)
        assert checked.returncode == 0 and checked.stdout.endswith("office(s): ok\n"), checked.stderr
        assert cli(laptop, "check").returncode == 0           # the laptop's chain holds what it anchored
        office = rows_as(central.owner_url, None, f"SELECT id FROM office WHERE code = '{code}'")
        assert len(office) == 1
        new_code = cli(laptop, "device", "enrol")
        assert new_code.returncode == 0 and len(new_code.stdout.strip()) == 14
        listed = cli(laptop, "device", "list")
        assert "laptop-katrien" in listed.stdout and "active" in listed.stdout
        device_id = listed.stdout.split()[0]
        assert cli(laptop, "device", "revoke", device_id).returncode == 0
        said = ("error: this laptop was revoked by a coordinator; it is locked: nothing is read or written here any "
                "more (what it did not send never reaches the office)\n")
        locked = cli(laptop, "sync")
        assert locked.returncode == 1 and locked.stderr == said
        for command in (("search", "Peeters"), ("log-contact", "LW-2026-000001", "--channel", "phone")):
            refused = cli(laptop, *command)                     # as the desk: locked for every command now
            assert refused.returncode == 1 and refused.stderr == said, command
    finally:
        server.terminate()
        server.wait(10)
