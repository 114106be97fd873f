"""A client search is audited once it is settled, never per letter typed (`Clients.searched`): in
the main window's search field and in the client pickers of the first-contact and merge dialogs."""

from __future__ import annotations

from collections.abc import Sequence

from leerwinkel_desk.services.clients import Clients
from leerwinkel_desk.ui.context import DeskContext


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

    def settle(self) -> None:
        text, self._text = self._text, ""
        if text:
            self._ctx.service(Clients).searched(text)
