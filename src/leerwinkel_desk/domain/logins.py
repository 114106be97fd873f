"""The rule for a login (gebruikersnaam), one home for the app's forms, the first-run set-up and the command
line: one plain word of letters, digits and `.`, `-`, `_`, starting with a letter or digit. A login names
the person's entry in the key file and their agenda file (`agenda/<login>.ics`), and is typed at every
sign-in and on the command line (`account close <login>`): no spaces, no `<>` or slashes, no leading dash."""

from __future__ import annotations

import re

from leerwinkel_desk.domain.errors import InvalidValue

LOGIN_LENGTH = 100              # the column's length
PLAIN_WORD = re.compile(r"[^\W_][\w.-]*")


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
