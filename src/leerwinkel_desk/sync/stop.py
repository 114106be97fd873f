"""A sync stopped from another thread: the desk closing (Ctrl+Q, the window's ×, Afmelden) while a sync waits
on a service that hangs ends it within moments, not after the 60 seconds a request may take.

The desk sets the stop (ui/main_window.py `finish_background_work`); the sync's client (sync/client.py) looks at it
before each request and while one is under way, and gives each connection it opens to `watch`: setting the stop
shuts those connections down, so a request waiting on the service ends at once. Where it ends, the sync ends as
a sync the network failed does (`Stopped`): what it committed here is whole, its open transaction rolls back, and
what was not yet acknowledged stays queued and goes up at the next sync (a push whose answer never came is answered
from what the service recorded, nothing applied twice). Set once, for good: a desk that closes starts no new sync.
"""

from __future__ import annotations

import socket
import threading
import weakref


class SyncStop:
    """The stop of one desk's syncs, set from the window's thread, read on the sync's."""

    def __init__(self) -> None:
        self._set = threading.Event()
        self._lock = threading.Lock()
        self._watched: weakref.WeakSet[socket.socket] = weakref.WeakSet()     # gone with their connections

    def set(self) -> None:
        """Stop: every connection of a sync under way shut down, and no request sent from here on."""
        with self._lock:
            self._set.set()
            watched = list(self._watched)
        for connection in watched:
            _shut(connection)

    def is_set(self) -> bool:
        return self._set.is_set()

    def watch(self, connection: socket.socket) -> None:
        """A connection a sync opened: shut down when the stop is set (at once, when it was set meanwhile)."""
        with self._lock:
            if not self._set.is_set():
                self._watched.add(connection)
                return
        _shut(connection)


def _shut(connection: socket.socket) -> None:
    """Both directions shut: a read waiting on the service returns at once (closing alone leaves it waiting)."""
    try:
        connection.shutdown(socket.SHUT_RDWR)
    except OSError:             # closed already, or never connected
        pass
