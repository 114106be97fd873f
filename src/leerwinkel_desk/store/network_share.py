"""Refusing database files on network shares, where SQLite's file locking cannot be trusted.

SMB/CIFS, NFS and sshfs do not give SQLite the locking it needs: two laptops writing one file
there can corrupt it. An office that shares data does so through sync with the central
PostgreSQL, never through a shared folder.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p",
    "afs", "ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "fuse.rclone", "lustre",
    "afpfs", "webdav",
})


class NetworkShareRefused(Exception):
    """The database folder is on a network share."""

    def __init__(self, path: Path, filesystem: str) -> None:
        super().__init__(f"{path} ({filesystem})")
        self.path, self.filesystem = path, filesystem


_OCTAL = re.compile(r"\\([0-7]{3})")


def _unescape(field: str) -> str:
    """Mount points in /proc/self/mountinfo escape space, tab, newline and backslash as octal."""
    return _OCTAL.sub(lambda match: chr(int(match.group(1), 8)), field)


def mount_type(path: Path, mountinfo: str) -> str | None:
    """The filesystem type of the mount that holds `path`, from the text of /proc/self/mountinfo."""
    best: tuple[int, str] | None = None
    target = str(path)
    for line in mountinfo.splitlines():
        left, _, right = line.partition(" - ")
        fields = left.split()
        if len(fields) < 5 or not right:
            continue
        mount_point = _unescape(fields[4])
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), right.split()[0])
    return best[1] if best else None


def network_filesystem(path: Path) -> str | None:
    """The network filesystem `path` lives on, or None when it is local (or cannot be told)."""
    if sys.platform == "win32":
        text = str(path)
        if text.startswith("\\\\"):
            return "smb"
        import ctypes

        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(text[:3]) == drive_remote:
            return "smb"
        return None
    try:
        with open("/proc/self/mountinfo", encoding="utf-8") as mounts:
            kind = mount_type(Path(os.path.realpath(path)), mounts.read())
    except OSError:
        return None
    return kind if kind in NETWORK_FILESYSTEMS else None


def refuse_network_share(folder: Path) -> None:
    kind = network_filesystem(folder)
    if kind is not None:
        raise NetworkShareRefused(folder, kind)
