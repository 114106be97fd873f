"""The birth-date rule in one place: what a person may type, and the range a birth date may lie in."""

from __future__ import annotations

from datetime import date

import pytest

from leerwinkel_desk.domain.birth_dates import birth_date_from, earliest_birth_date, parse_birth_date
from leerwinkel_desk.domain.errors import InvalidValue

TODAY = date(2026, 11, 20)


@pytest.mark.parametrize("typed", ["02041990", "2/4/1990", "02/04/1990", "2-4-1990", "2.4.1990",
                                   "02.04.1990", " 2/4/1990 ", "02 04 1990", "1990-04-02"])
def test_every_way_of_typing_2_april_1990(typed: str) -> None:
    assert birth_date_from(typed, TODAY) == date(1990, 4, 2)


@pytest.mark.parametrize("typed", ["", "   "])
def test_nothing_typed_is_an_unknown_birth_date(typed: str) -> None:
    assert birth_date_from(typed, TODAY) is None


@pytest.mark.parametrize("typed", ["onbekend1021990", "31/02/1990", "2/4/90", "0204199", "020419900",
                                   "2/4-1990", "1990/04/02", "٠٢٠٤١٩٩٠", "02/13/1990", "00/04/1990"])
def test_anything_else_is_not_a_date(typed: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        parse_birth_date(typed)
    assert (refused.value.field, refused.value.reason) == ("birth_date", "not_a_date")


@pytest.mark.parametrize(("typed", "reason"), [
    ("02/04/7835", "future"), ("21/11/2026", "future"), ("19/11/1916", "too_old"), ("01/01/1900", "too_old"),
])
def test_a_birth_date_lies_between_110_years_ago_and_today(typed: str, reason: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        birth_date_from(typed, TODAY)
    assert refused.value.reason == reason


def test_the_edges_are_accepted() -> None:
    assert birth_date_from("20/11/2026", TODAY) == TODAY
    assert birth_date_from("20/11/1916", TODAY) == date(1916, 11, 20) == earliest_birth_date(TODAY)
    assert earliest_birth_date(date(2028, 2, 29)) == date(1918, 2, 28)
