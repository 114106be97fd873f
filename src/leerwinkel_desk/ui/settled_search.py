"""A client search is audited once it is settled, never per letter typed (`Clients.searched`): in
the main window's search field and in the client pickers of the first-contact and merge dialogs."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from leerwinkel_desk.services.clients import Clients
from leerwinkel_desk.store.durable import disk_full
from leerwinkel_desk.ui.context import DeskContext

LOG = logging.getLogger(__name__)


class SettledSearch:
    """The last text that listed people, audited once when the search settles (a result picked or
    opened, the field cleared or left, the form closed); a search that listed no one is not."""

    def __init__(self, ctx: DeskContext) -> None:
        self._ctx = ctx
        self._text = ""

    def listed(self, text: str, rows: Sequence[object]) -> None:
        """The search for `text` found `rows`; an emptied field settles the search before it."""
        if not text.strip():
            self.settle()
        elif rows:
            self._text = text

    def settle(self) -> bool:
        """The search audited; False when the disk was full: the search is then audited at the next settle
        (its text kept), and the caller says so where a view depends on it (a dossier is not opened)."""
        text, self._text = self._text, ""
        if not text:
            return True
        try:
            self._ctx.service(Clients).searched(text)
        except Exception as problem:
            if not disk_full(problem):
                raise
            LOG.warning("a settled search could not be audited: the disk is full")
            self._text = self._text or text
            return False
        return True
