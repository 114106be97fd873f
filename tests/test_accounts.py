"""Signing in with Argon2id passphrases: generic failures, audited attempts, the demo account."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from leerwinkel_desk.demo import generate_demo
from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.domain.errors import InvalidValue, NotAllowed
from leerwinkel_desk.services.accounts import DEMO_PASSPHRASE, Accounts, SignInFailed, sign_in
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.store.models import AuditEvent, Counsellor


def test_a_passphrase_is_stored_as_argon2id_and_signs_in(db, clock, coordinator, production_argon2) -> None:
    an = OfficeSetup(db, clock, coordinator).add_counsellor("an.peeters", "An Peeters", Role.COUNSELLOR)
    Accounts(db, clock, coordinator).set_passphrase(an.id, "lange zin met spaties")
    with db.read() as s:
        stored = s.scalar(select(Counsellor.passphrase_hash).where(Counsellor.id == an.id))
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$") and "lange" not in stored
    signed = sign_in(db, clock, "an.peeters", "lange zin met spaties")
    assert (signed.actor.counsellor_id, signed.actor.role, signed.full_name) == (an.id, Role.COUNSELLOR, "An Peeters")


def test_failures_are_generic_and_audited_without_what_was_typed(db, clock, coordinator) -> None:
    an = OfficeSetup(db, clock, coordinator).add_counsellor("an.peeters", "An Peeters", Role.COUNSELLOR)
    Accounts(db, clock, coordinator).set_passphrase(an.id, "lange zin met spaties")
    errors = []
    for login, passphrase in (("an.peeters", "verkeerd wachtwoord"), ("niemand", "lange zin met spaties")):
        with pytest.raises(SignInFailed) as failed:
            sign_in(db, clock, login, passphrase)
        errors.append((failed.value.code, str(failed.value)))
    assert errors[0] == errors[1] == ("login.failed", "")          # nothing tells which was wrong
    with db.read() as s:
        events = s.execute(select(AuditEvent.action, AuditEvent.record_id, AuditEvent.fields)
                           .where(AuditEvent.action.like("login%"))).all()
    assert events == [("login.failed", an.id, None)]


def test_passphrase_rules(db, clock, coordinator) -> None:
    setup = OfficeSetup(db, clock, coordinator)
    an = setup.add_counsellor("an.peeters", "An Peeters", Role.COUNSELLOR)
    bram = setup.add_counsellor("bram", "Bram", Role.COUNSELLOR)
    Accounts(db, clock, coordinator).set_passphrase(an.id, "lange zin met spaties")
    from leerwinkel_desk.services.context import Actor

    as_an = Actor(coordinator.office_id, an.id, Role.COUNSELLOR)
    with pytest.raises(InvalidValue):
        Accounts(db, clock, as_an).set_passphrase(an.id, "kort")
    with pytest.raises(NotAllowed):
        Accounts(db, clock, as_an).set_passphrase(bram.id, "een andere lange zin")
    Accounts(db, clock, as_an).set_passphrase(an.id, "een nieuwe lange zin")
    assert sign_in(db, clock, "an.peeters", "een nieuwe lange zin").actor.counsellor_id == an.id


def test_the_demo_coordinator_signs_in_with_the_documented_passphrase(db, clock) -> None:
    generate_demo(db, clients=20, seed=3, until=date(2026, 11, 1))
    assert sign_in(db, clock, "coordinator", DEMO_PASSPHRASE).actor.role == Role.COORDINATOR


def test_opening_and_closing_accounts_wraps_and_removes_the_database_key(tmp_path, clock) -> None:
    from leerwinkel_desk.services.office_setup import create_office_database
    from leerwinkel_desk.services.offices import default_actor, find_office
    from leerwinkel_desk.store.keyring import KeyRing, WrongPassphrase
    from leerwinkel_desk.store.location import Location

    db = create_office_database(Location.of(tmp_path / "kantoor.db"), clock, office="Leerwinkel Oost", code="LWO",
                                login="katrien", full_name="Katrien", passphrase="een lange wachtwoordzin")
    boss = default_actor(db, find_office(db))
    accounts = Accounts(db, clock, boss)
    an = accounts.open_account("an.peeters", "An Peeters", Role.COUNSELLOR, "ans eigen lange zin")
    assert KeyRing.load(db.path).unlock("an.peeters", "ans eigen lange zin") == db.key
    assert sign_in(db, clock, "an.peeters", "ans eigen lange zin").actor.counsellor_id == an.id
    with pytest.raises(InvalidValue):
        accounts.open_account("an.peeters", "Nog een An", Role.COUNSELLOR, "nog een lange zin")
    with pytest.raises(InvalidValue):
        accounts.open_account("bram", "Bram", Role.COUNSELLOR, "kort")
    with pytest.raises(InvalidValue) as too_long:                      # SQLite keeps any length; PostgreSQL not
        accounts.open_account("bram", "B" * 10_000, Role.COUNSELLOR, "een lange zin van bram")
    assert (too_long.value.field, too_long.value.reason, too_long.value.limit) == ("full_name", "too_long", 200)
    assert "bram" not in KeyRing.load(db.path).entries                 # a refused account gets no key
    from leerwinkel_desk.services.context import Actor

    with pytest.raises(NotAllowed):
        Accounts(db, clock, Actor(boss.office_id, an.id, Role.COUNSELLOR)).close_account(boss.counsellor_id)
    accounts.close_account(an.id)
    with pytest.raises(WrongPassphrase):
        KeyRing.load(db.path).unlock("an.peeters", "ans eigen lange zin")
    with pytest.raises(SignInFailed):
        sign_in(db, clock, "an.peeters", "ans eigen lange zin")
    assert [(a.login, a.can_log_in) for a in accounts.accounts()] == [("an.peeters", False), ("katrien", True)]
    with pytest.raises(InvalidValue):
        accounts.close_account(boss.counsellor_id)
    with db.read() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.action.like("account.%"))).all()
    assert actions == ["account.passphrase", "account.open", "account.close"]     # the first is the set-up


def test_a_passphrase_a_coordinator_chose_is_replaced_by_the_persons_own_in_their_key_entry_only(
        tmp_path, clock) -> None:
    """The coordinator who opens an account or sets a colleague's passphrase knows it: the sign-in says it was
    given (the desk and the commands then ask for the person's own), and the person's own change checks the
    current passphrase (a wrong one audited as a failed sign-in), refuses the same one and a weak one, and
    rewraps only their own key entry: the database keeps its key, the coordinator's entry stays byte for byte.
    The first coordinator's, a coordinator's own and one set with the recovery key are the person's own."""
    import json

    from leerwinkel_desk.services.context import Actor
    from leerwinkel_desk.services.office_setup import create_office_database, first_recovery_key
    from leerwinkel_desk.services.offices import default_actor, find_office
    from leerwinkel_desk.services.recovery import recover_coordinator
    from leerwinkel_desk.store.keyring import KeyRing, WrongPassphrase, key_file
    from leerwinkel_desk.store.location import Location

    db = create_office_database(Location.of(tmp_path / "kantoor.db"), clock, office="Leerwinkel Oost", code="LWO",
                                login="katrien", full_name="Katrien", passphrase="een lange wachtwoordzin")
    assert not sign_in(db, clock, "katrien", "een lange wachtwoordzin").passphrase_given     # the wizard's own
    boss = default_actor(db, find_office(db))
    accounts = Accounts(db, clock, boss)
    an = accounts.open_account("an.peeters", "An Peeters", Role.COUNSELLOR, "door katrien gekozen zin")
    signed = sign_in(db, clock, "an.peeters", "door katrien gekozen zin")
    assert signed.passphrase_given and [a.passphrase_given for a in accounts.accounts()] == [True, False]
    database_key = db.key
    katriens_entry = json.loads(key_file(db.path).read_text())["accounts"]["katrien"]
    as_an = Accounts(db, clock, signed.actor)
    refusals = []
    for current, new in (("niet mijn zin", "ans heel eigen zin 7"), ("door katrien gekozen zin",
                                                                      "door katrien gekozen zin"),
                         ("door katrien gekozen zin", "1111111111")):
        with pytest.raises(InvalidValue) as refused:
            as_an.change_own_passphrase(current, new)
        refusals.append((refused.value.field, refused.value.reason))
    assert refusals == [("current_passphrase", "wrong"), ("passphrase", "unchanged"), ("passphrase", "weak")]
    assert KeyRing.load(db.path).unlock("an.peeters", "door katrien gekozen zin") == database_key    # unchanged
    as_an.change_own_passphrase("door katrien gekozen zin", "ans heel eigen zin 7")
    ring = KeyRing.load(db.path)
    with pytest.raises(WrongPassphrase):
        ring.unlock("an.peeters", "door katrien gekozen zin")
    assert ring.unlock("an.peeters", "ans heel eigen zin 7") == database_key == db.key      # no rekey
    assert json.loads(key_file(db.path).read_text())["accounts"]["katrien"] == katriens_entry
    assert not sign_in(db, clock, "an.peeters", "ans heel eigen zin 7").passphrase_given
    with pytest.raises(SignInFailed):
        sign_in(db, clock, "an.peeters", "door katrien gekozen zin")
    with db.read() as s:
        events = s.execute(select(AuditEvent.action, AuditEvent.actor_id, AuditEvent.record_id)
                           .where(AuditEvent.record_id == an.id).order_by(AuditEvent.at, AuditEvent.id)).all()
    assert [(action, actor) for action, actor, _record in events] == [
        ("account.open", boss.counsellor_id),               # her sign-in with the given one: no login yet
        ("login.failed", an.id), ("account.passphrase", an.id), ("login", an.id),    # signed in with her own
        ("login", an.id), ("login.failed", an.id)]          # her own again; the given one, tried once more
    accounts.set_passphrase(an.id, "katriens nieuwe keuze 3")      # reset by the coordinator: given again
    assert sign_in(db, clock, "an.peeters", "katriens nieuwe keuze 3").passphrase_given
    accounts.set_passphrase(boss.counsellor_id, "katriens eigen nieuwe zin")         # her own: not given
    assert not sign_in(db, clock, "katrien", "katriens eigen nieuwe zin").passphrase_given
    first_recovery_key(db, clock)           # with the printed key (the database opened by it): her own
    recover_coordinator(db, clock, "katrien", "met het herstelblad gekozen")
    assert not sign_in(db, clock, "katrien", "met het herstelblad gekozen").passphrase_given
    with pytest.raises(NotAllowed):
        Accounts(db, clock, Actor(boss.office_id, None, Role.COORDINATOR)).change_own_passphrase("a", "b")
    db.dispose()
