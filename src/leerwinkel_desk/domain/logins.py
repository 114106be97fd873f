"""The rule for a login (gebruikersnaam), one home for the app's forms, the first-run set-up and the command
line: one plain word of letters, digits and `.`, `-`, `_`, starting with a letter or digit. A login names
the person's entry in the key file and their agenda file (`agenda/<login>.ics`), and is typed at every
sign-in and on the command line (`account close <login>`): no spaces, no `<>` or slashes, no leading dash.

A login the app makes itself (for a counsellor a registration import brings in) comes from the person's
name (`login_from_name`): only ASCII letters and digits, so anyone types it on any keyboard."""

from __future__ import annotations

import re

from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.text import fold

LOGIN_LENGTH = 100              # the column's length
PLAIN_WORD = re.compile(r"[^\W_][\w.-]*")
NAMELESS = "begeleider"         # a made login's first word when nothing of the name is left


def check_login(login: str) -> str:
    """`login` without the spaces around it, if it is a plain word (InvalidValue "login": "required",
    "too_long" or "not_a_word" otherwise)."""
    login = login.strip()
    if not login:
        raise InvalidValue("login", "required")
    if len(login) > LOGIN_LENGTH:
        raise InvalidValue("login", "too_long")
    if not PLAIN_WORD.fullmatch(login):
        raise InvalidValue("login", "not_a_word")
    return login


def login_from_name(full_name: str, number: int = 1) -> str:
    """The login a person's full name gives, the `number`th of that name (from 2 on with `.<number>`): its
    words folded to ASCII letters and digits, lower case, joined by dots (`Zoë Özdemir` -> `zoe.ozdemir`,
    `Ann D'Hondt` -> `ann.d.hondt`), cut so the whole fits LOGIN_LENGTH; `begeleider.<number>` when nothing
    of the name is left (`李 伟`, only punctuation). Always a login `check_login` accepts."""
    words = "".join(ch if ch.isascii() and ch.isalnum() else " " for ch in fold(full_name)).split()
    suffix = f".{number}" if number > 1 or not words else ""
    base = ".".join(words) or NAMELESS
    return check_login(base[:LOGIN_LENGTH - len(suffix)].rstrip(".") + suffix)
