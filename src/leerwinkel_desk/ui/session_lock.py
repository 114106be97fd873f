"""Lock the app when the operating system locks the session or the computer goes to sleep.

A laptop closed at a partner location or a screen locked with Win+L must not leave a dossier
open behind it. `SessionLockWatcher.locked` fires on:
- Linux (D-Bus): the screen saver becoming active (freedesktop and GNOME interfaces), logind
  locking a session, and logind preparing for sleep;
- Windows: WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK (after WTSRegisterSessionNotification)
  and WM_POWERBROADCAST with PBT_APMSUSPEND.
Where none of these exist (no D-Bus, macOS) the idle lock still applies.

`KeyChangeWatcher.key_changed` fires when another instance gave the database a new key (it closed
an account): this window's key opens the file no more, so it locks and its sign-in takes the new key.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QByteArray, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QWidget

from leerwinkel_desk.store.engine import Database

SCREEN_SAVER_INTERFACES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
LOGIND_SESSION = "org.freedesktop.login1.Session"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"

WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, NOTIFY_FOR_THIS_SESSION = 0x02B1, 0x7, 0
WM_POWERBROADCAST, PBT_APMSUSPEND = 0x0218, 0x4


class SessionLockWatcher(QObject):
    """Emits `locked` when the operating system locks the session or suspends."""

    locked = Signal()

    def __init__(self, window: QWidget, session_bus: QDBusConnection | None = None,
                 system_bus: QDBusConnection | None = None) -> None:
        super().__init__(window)
        self.listening: list[str] = []          # which sources are connected, for the status and tests
        if sys.platform == "win32":
            self._windows = _WindowsSessionEvents(self.locked.emit)
            QCoreApplication.instance().installNativeEventFilter(self._windows)
            hwnd = int(window.winId())
            if ctypes.windll.wtsapi32.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
                self.listening.append("wts")
            return
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        if session.isConnected():
            for interface in SCREEN_SAVER_INTERFACES:      # any path: KDE and GNOME use different ones
                if _listen(session, interface, "ActiveChanged", self, "screen_saver(bool)"):
                    self.listening.append(interface)
        if system.isConnected():
            if _listen(system, LOGIND_SESSION, "Lock", self, "session_locked()"):
                self.listening.append(LOGIND_SESSION)
            if _listen(system, LOGIND_MANAGER, "PrepareForSleep", self, "sleeping(bool)"):
                self.listening.append(LOGIND_MANAGER)

    @Slot(bool)
    def screen_saver(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot()
    def session_locked(self) -> None:
        self.locked.emit()

    @Slot(bool)
    def sleeping(self, going: bool) -> None:
        if going:
            self.locked.emit()


def _listen(bus: QDBusConnection, interface: str, name: str, receiver: QObject, slot: str) -> bool:
    """Any sender's signal `interface.name` on `bus` to `slot` of `receiver` (QDBusConnection.connect)."""
    return bool(bus.connect("", "", interface, name, receiver, SLOT(slot)))  # type: ignore[call-overload]  # not in the stubs


class _WindowsSessionEvents(QAbstractNativeEventFilter):
    """Reads the Windows messages for a session lock and for suspend from the app's event loop."""

    def __init__(self, lock: Callable[[], None]) -> None:
        super().__init__()
        self._lock = lock

    def nativeEventFilter(self, event_type: QByteArray | bytes | bytearray | memoryview,
                          message: int) -> tuple[bool, int]:
        if event_type == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if (msg.message, msg.wParam) in ((WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK),
                                             (WM_POWERBROADCAST, PBT_APMSUSPEND)):
                self._lock()
        return False, 0


KEY_CHECK_MS = 2000         # a stat of the key file; the file itself is only read when that changed


class KeyChangeWatcher(QObject):
    """Emits `key_changed` once when another instance rekeyed the database (`Database.key_changed`)."""

    key_changed = Signal()

    def __init__(self, db: Database, parent: QObject) -> None:
        super().__init__(parent)
        self._db = db
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.look)
        if db.path is not None and db.key is not None:
            self._timer.start(KEY_CHECK_MS)

    def look(self) -> None:
        if self._db.key_changed():
            self.key_changed.emit()
