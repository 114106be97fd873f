"""The columns of the reference import's two files (the training offer, the social map): the one definition the
importer (services/reference_import.py), the template file it writes, the list of columns in Ctrl+I and
docs/reference-import.md follow.

Each column has its English code (`provider`), its Dutch names (`Aanbieder`: the first is the template's
header; the others are also read), what it holds, and its example value. A coded column lists its choices: the
code in a file (`evening`) and the Dutch words the app shows for it (domain/code_words.py: `'s avonds`, also
`avond`). Names and words are compared folded (domain.text.fold: case, accents and punctuation ignored).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from leerwinkel_desk.domain.code_words import (
    DELIVERY_WORDS,
    DUTCH_LEVEL_WORDS,
    ORGANISATION_TYPE_WORDS,
    PROVIDER_TYPE_WORDS,
    SCHEDULE_WORDS,
    SUPPORT_WORDS,
)
from leerwinkel_desk.domain.text import fold


class Holds(StrEnum):
    """What a column's cells hold; how each is read is `reference_import._Checker`'s."""

    NAME = "name"                   # a name or title by the app's rule for names (shows something, one line)
    TEXT = "text"                   # one line of text
    FREE_TEXT = "free_text"         # text that may run over lines
    WHOLE_NUMBER = "whole_number"   # from `low` to `high`
    AMOUNT = "amount"               # euro, `,` or `.` as the decimal sign
    DATE = "date"                   # YYYY-MM-DD or DD/MM/YYYY
    CODE = "code"                   # one of `choices`
    WORDS = "words"                 # any of `choices`, one after the other
    WEB_ADDRESS = "web_address"
    PHONE = "phone"
    EMAIL = "email"
    POSTCODE = "postcode"


class Need(StrEnum):
    REQUIRED = "required"
    OPTIONAL = "optional"
    FOR_NEW_PROVIDER = "for_new_provider"       # required for a provider not in the offer yet


@dataclass(frozen=True)
class Choice:
    """One value of a coded column: what it stands for, its code in a file, its Dutch words (the first one is
    the word the app shows)."""

    value: str
    code: str
    words: tuple[str, ...]

    @property
    def word(self) -> str:
        return self.words[0]

    def keys(self) -> set[str]:
        return {fold(self.code), *(fold(word) for word in self.words)}

    def described(self) -> str:
        """`'s avonds (evening)`; a word that is its code once: `B1`."""
        return self.word if fold(self.word) == fold(self.code) else f"{self.word} ({self.code})"


@dataclass(frozen=True)
class ReferenceColumn:
    code: str
    dutch: tuple[str, ...]
    holds: Holds
    need: Need = Need.OPTIONAL
    example: str = ""               # for a coded column: codes, written in the template as their Dutch words
    limit: int = 2000               # the longest text
    low: int = 0                    # a whole number's range
    high: int = 0
    choices: tuple[Choice, ...] = ()

    @property
    def name(self) -> str:
        """The Dutch name: the template's header."""
        return self.dutch[0]

    @property
    def required(self) -> bool:
        return self.need is Need.REQUIRED

    def example_text(self) -> str:
        """The example as the template writes it: a code in its Dutch word, several separated by `, `."""
        if not self.choices:
            return self.example
        by_code = {choice.code: choice.word for choice in self.choices}
        return ", ".join(by_code[code] for code in self.example.split())

    def described_choices(self) -> str:
        """`overdag (day), 's avonds (evening), ...`: what a problem and the list of columns name."""
        return ", ".join(choice.described() for choice in self.choices)


Coded = TypeVar("Coded", bound=StrEnum)


def _choices(words: Mapping[Coded, tuple[str, ...]]) -> tuple[Choice, ...]:
    return tuple(Choice(member.value, member.value, said) for member, said in words.items())


SCHEDULE_CODES = {"daytime": "day", "evenings": "evening", "weekends": "weekend", "modular": "modular"}
SCHEDULE = tuple(Choice(flag, SCHEDULE_CODES[flag], said) for flag, said in SCHEDULE_WORDS.items())
SUPPORT = tuple(Choice(flag, flag, said) for flag, said in SUPPORT_WORDS.items())

COURSE_COLUMNS: tuple[ReferenceColumn, ...] = (
    ReferenceColumn("provider", ("Aanbieder",), Holds.NAME, Need.REQUIRED, "CVO Voorbeeldstad", limit=200),
    ReferenceColumn("provider_type", ("Soort aanbieder",), Holds.CODE, Need.FOR_NEW_PROVIDER, "cvo",
                    choices=_choices(PROVIDER_TYPE_WORDS)),
    ReferenceColumn("title", ("Titel", "Opleiding"), Holds.NAME, Need.REQUIRED, "Boekhouden (voorbeeld)",
                    limit=300),
    ReferenceColumn("eqf_level", ("Niveau (EQF)", "EQF-niveau", "EQF"), Holds.WHOLE_NUMBER, example="5", low=1,
                    high=8),
    ReferenceColumn("qualification", ("Diploma", "Erkend diploma", "Kwalificatie"), Holds.TEXT,
                    example="Boekhouder", limit=300),
    ReferenceColumn("duration_hours", ("Duur in uren", "Uren"), Holds.WHOLE_NUMBER, example="480", low=1,
                    high=10_000),
    ReferenceColumn("duration_text", ("Duur",), Holds.TEXT, example="2 schooljaren", limit=100),
    ReferenceColumn("schedule", ("Uurrooster", "Wanneer"), Holds.WORDS, example="evening modular",
                    choices=SCHEDULE),
    ReferenceColumn("delivery", ("Lesvorm",), Holds.CODE, example="hybrid", choices=_choices(DELIVERY_WORDS)),
    ReferenceColumn("municipality", ("Gemeente",), Holds.TEXT, example="Kortrijk", limit=100),
    ReferenceColumn("postcode", ("Postcode",), Holds.TEXT, example="8500", limit=10),
    ReferenceColumn("cost_eur", ("Prijs", "Prijs (€)", "Kostprijs"), Holds.AMOUNT, example="350,50"),
    ReferenceColumn("support", ("Steun", "Financiële steun"), Holds.WORDS, example="training_vouchers",
                    choices=SUPPORT),
    ReferenceColumn("dutch_level", ("Niveau Nederlands", "Nederlands vereist"), Holds.CODE, example="B1",
                    choices=_choices(DUTCH_LEVEL_WORDS)),
    ReferenceColumn("entry_requirements", ("Instapvoorwaarden", "Toelatingsvoorwaarden"), Holds.FREE_TEXT,
                    example="Diploma secundair onderwijs"),
    ReferenceColumn("next_start", ("Volgende start", "Startdatum"), Holds.DATE, example="01/02/2027"),
    ReferenceColumn("url", ("Webadres", "Website"), Holds.WEB_ADDRESS, example="www.voorbeeld.be/boekhouden",
                    limit=500),
)

PARTNER_COLUMNS: tuple[ReferenceColumn, ...] = (
    ReferenceColumn("name", ("Naam", "Organisatie", "Partner"), Holds.NAME, Need.REQUIRED, "Voorbeeldpartner",
                    limit=200),
    ReferenceColumn("type", ("Soort", "Soort organisatie"), Holds.CODE, Need.REQUIRED, "caw",
                    choices=_choices(ORGANISATION_TYPE_WORDS)),
    ReferenceColumn("street", ("Straat en nummer", "Straat", "Adres"), Holds.TEXT, example="Kerkstraat 12",
                    limit=200),
    ReferenceColumn("postcode", ("Postcode",), Holds.POSTCODE, example="8500", limit=10),
    ReferenceColumn("municipality", ("Gemeente",), Holds.TEXT, example="Kortrijk", limit=100),
    ReferenceColumn("phone", ("Telefoon",), Holds.PHONE, example="056 22 22 22", limit=40),
    ReferenceColumn("email", ("E-mail", "Mail"), Holds.EMAIL, example="onthaal@voorbeeld.be", limit=200),
    ReferenceColumn("website", ("Website", "Webadres"), Holds.WEB_ADDRESS, example="www.voorbeeld.be", limit=200),
    ReferenceColumn("notes", ("Notities", "Opmerkingen"), Holds.FREE_TEXT),
    ReferenceColumn("contact_name", ("Contactpersoon",), Holds.NAME, example="Sofie Declercq", limit=200),
    ReferenceColumn("contact_function", ("Functie contactpersoon", "Functie"), Holds.TEXT,
                    example="trajectbegeleider", limit=200),
    ReferenceColumn("contact_phone", ("Telefoon contactpersoon",), Holds.PHONE, example="056 11 11 11", limit=40),
    ReferenceColumn("contact_email", ("E-mail contactpersoon",), Holds.EMAIL, example="sofie@voorbeeld.be",
                    limit=200),
)


def column_names(columns: Sequence[ReferenceColumn]) -> dict[str, str]:
    """Every name a header may give a column, folded, to its code: the code and the Dutch names."""
    names: dict[str, str] = {}
    for column in columns:
        for name in (column.code, *column.dutch):
            names[fold(name)] = column.code
    return names


def template(columns: Sequence[ReferenceColumn]) -> bytes:
    """A file to fill in: the Dutch header and one example row, `;`-separated, UTF-8 with a BOM (so Excel opens
    it with its accents right, and saves it back as the import reads it)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([column.name for column in columns])
    writer.writerow([column.example_text() for column in columns])
    return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")
