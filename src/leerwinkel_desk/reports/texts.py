"""The words on paper: letter texts and labels from `resources/templates/`, Dutch dates and amounts.

Letter texts live in sectioned template files (`[section]` starts a section, `#` starts a
comment line, `$name` is filled in with `string.Template.safe_substitute`), so an office can
reword a letter without touching code. The result is plain text: it is escaped when it
becomes a paragraph, like every value filled into it. Phone numbers go on paper with
no-break spaces (`unbreakable`), which the layout keeps: a number is never cut over two lines.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from importlib.resources import files
from string import Template

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
_SECTION = re.compile(r"\[([a-z0-9_.]+)\]")


def dutch_date(day: date) -> str:
    """`22 november 2026`, whatever the locale of the machine."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def dutch_time(moment: datetime) -> str:
    """`9.30 uur` (Flemish usage), with a no-break space: the hour is never cut from its `uur` over two lines
    (an A6 appointment card put "dinsdag 8 december 2026, om 13.30" on one line and "uur" on the next)."""
    return unbreakable(f"{moment.hour}.{moment.minute:02d} uur")


def euro(amount: Decimal, *, always_cents: bool = False) -> str:
    """`€ 1.180,50`; whole amounts without cents: `€ 180`, unless `always_cents` (a bill's `€ 5,00`)."""
    whole, cents = divmod(int(amount.quantize(Decimal("0.01")) * 100), 100)
    return f"€ {whole:,}".replace(",", ".") + (f",{cents:02d}" if cents or always_cents else "")


def hours_text(hours: Decimal) -> str:
    """Hours as a decimal figure, Flemish and without trailing zeros: `1,58`, `2`."""
    return f"{hours:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def hours_in_words(hours: Decimal) -> str:
    """Hours as people say them: `1 uur en 35 minuten`, `2 uur`, `45 minuten` (to the minute)."""
    whole, minutes = divmod(int((hours * 60).quantize(Decimal("1"))), 60)
    parts = [f"{whole} uur" if whole else "", f"{minutes} {'minuut' if minutes == 1 else 'minuten'}" if minutes else ""]
    return " en ".join(part for part in parts if part) or "0 minuten"


def unbreakable(text: str) -> str:
    """`0471 52 74 64` with no-break spaces, so a phone number is never cut over two lines."""
    return "\xa0".join(text.split())


def dutch_list(items: Sequence[str]) -> str:
    """`a`, `a en b`, `a, b en c` (the `en` from the labels)."""
    if len(items) < 2:
        return "".join(items)
    return label("list_and", items=", ".join(items[:-1]), last=items[-1])


def parse_sections(text: str) -> dict[str, str]:
    """`[name]` lines start sections; `#` lines are comments; each section's text is stripped."""
    sections: dict[str, str] = {}
    name: str | None = None
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        header = _SECTION.fullmatch(line.strip())
        if header:
            if name is not None:
                sections[name] = "\n".join(lines).strip()
            name, lines = header[1], []
        elif name is not None:
            lines.append(line)
    if name is not None:
        sections[name] = "\n".join(lines).strip()
    return sections


class LetterText:
    """The sections of one template file, filled in on request."""

    def __init__(self, sections: Mapping[str, str]) -> None:
        self._sections = sections

    def __call__(self, section: str, **values: str) -> str:
        return Template(self._sections[section]).safe_substitute(values)


@cache
def letter_text(template_name: str) -> LetterText:
    """`handover_letter.nl` reads `resources/templates/handover_letter.nl.txt`."""
    source = files("leerwinkel_desk.resources") / "templates" / f"{template_name}.txt"
    return LetterText(parse_sections(source.read_text(encoding="utf-8")))


@cache
def labels() -> Mapping[str, str]:
    """Words for codes and fields (`consent_method.spoken` -> `mondeling`), from `labels.nl.json`."""
    source = files("leerwinkel_desk.resources") / "templates" / "labels.nl.json"
    return json.loads(source.read_text(encoding="utf-8"))


def label(key: str, **values: str) -> str:
    """The label `key`, with its `$placeholders` filled in."""
    return Template(labels()[key]).safe_substitute(values)
