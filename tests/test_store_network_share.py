"""Database files on network shares are refused; local folders open as usual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from leerwinkel_desk.store import network_share
from leerwinkel_desk.store.network_share import NetworkShareRefused, mount_type

MOUNTINFO = """\
22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
30 22 0:40 / /srv/kantoor rw - cifs //nas/kantoor rw,vers=3.0
31 22 0:41 / /mnt/nfs\\040share rw - nfs4 nas:/export rw
32 30 8:2 / /srv/kantoor/lokaal rw - ext4 /dev/sdb1 rw
33 22 0:42 / /home/an/remote rw - fuse.sshfs an@server: rw
"""


@pytest.mark.parametrize(("path", "kind"), [
    ("/home/an/leerwinkel.db", "ext4"),
    ("/srv/kantoor/leerwinkel.db", "cifs"),
    ("/srv/kantoor/lokaal/leerwinkel.db", "ext4"),          # the deepest mount wins
    ("/srv/kantoorarchief/x.db", "ext4"),                   # a prefix of the name is not a mount
    ("/mnt/nfs share/leerwinkel.db", "nfs4"),               # escaped space in the mount point
    ("/home/an/remote/leerwinkel.db", "fuse.sshfs"),
])
def test_the_mount_holding_a_path_is_found(path: str, kind: str) -> None:
    assert mount_type(Path(path), MOUNTINFO) == kind


def test_a_database_on_a_network_share_is_refused_and_not_created(tmp_path, monkeypatch) -> None:
    from leerwinkel_desk.store.engine import open_sqlite

    share = tmp_path / "share"
    fake = MOUNTINFO + f"40 22 0:50 / {share} rw - cifs //nas/x rw\n"

    def on_this_machine(folder: Path) -> str | None:        # as if tmp_path/share were an SMB mount
        kind = mount_type(Path(folder), fake)
        return kind if kind in network_share.NETWORK_FILESYSTEMS else None

    monkeypatch.setattr(network_share, "network_filesystem", on_this_machine)
    with pytest.raises(NetworkShareRefused) as refused:
        open_sqlite(share / "leerwinkel.db")
    assert refused.value.filesystem == "cifs"
    assert not (share / "leerwinkel.db").exists()


def test_the_real_local_disk_is_not_a_network_share(tmp_path) -> None:
    assert network_share.network_filesystem(tmp_path) is None


def test_the_cli_explains_the_refusal(tmp_path) -> None:
    script = (
        "import sys\n"
        "from leerwinkel_desk.store import network_share\n"
        "network_share.network_filesystem = lambda folder: 'nfs4'\n"
        "from leerwinkel_desk.launcher import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, "--db", str(tmp_path / "x.db"), "demo",
                           "--clients", "5"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "network share (nfs4)" in done.stderr and "Traceback" not in done.stderr
