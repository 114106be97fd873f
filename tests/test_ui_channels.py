"""The channel letters are one rule in every form that asks for a channel (Ctrl+M, Nieuw contact, the reminder):
a letter gives the same channel everywhere and each form shows it. Found by a new counsellor: W in Nieuw contact's
Kanaal picked Website (Qt's search by first letter) where Ctrl+M's W is WhatsApp, and the monitoring report
counted a WhatsApp question under Website. And a walk-in at the desk read "Gesprek / Gesprek" in the timeline."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from leerwinkel_desk.domain.enums import Channel, ContactKind
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.reminders import Reminders
from leerwinkel_desk.store.models import Contact, LearningRequest
from leerwinkel_desk.ui.dialogs.dispatch import DISPATCH_CHANNELS
from leerwinkel_desk.ui.dialogs.micro_contact import MICRO_CHANNELS
from leerwinkel_desk.ui.dialogs.reminder import ReminderDialog
from leerwinkel_desk.ui.dossier_parts import CHANNEL_COLUMN
from leerwinkel_desk.ui.i18n import LanguageSwitcher
from leerwinkel_desk.ui.texts import channel_key
from test_ui import active, ctx, english_translations, office, window  # noqa: F401 - the same fixtures
from test_ui_keys import ALT, CTRL, answered, key, open_dossier_by_search, typed, wait_active

WHAT_COLUMN = 1


def new_contact_with_channel(qtbot, window, question: str, letter: Qt.Key):
    """Ctrl+N, the question typed, Alt+K to Kanaal, the channel's letter."""
    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = wait_active(qtbot, window.active_dialog)
    typed(qtbot, question)
    key(qtbot, Qt.Key.Key_K, ALT)
    assert QApplication.focusWidget() is dialog.channel
    key(qtbot, letter)
    return dialog


def test_w_is_whatsapp_in_nieuw_contact_as_in_ctrl_m_and_the_report_counts_it_there(qtbot, window, db, clock,
                                                                                    office) -> None:
    dialog = new_contact_with_channel(qtbot, window, "Kan ik 's avonds Nederlands leren?", Qt.Key.Key_W)
    assert dialog.channel.value() is Channel.WHATSAPP              # it was Website
    assert dialog.channel.currentText() == "W  WhatsApp"           # the letter is shown with the channel
    items = [dialog.channel.itemText(i) for i in range(dialog.channel.count())]
    assert "I  Website" in items and "P  Persoonlijk" in items and "T  Telefoon" in items
    key(qtbot, Qt.Key.Key_X)                                        # no channel's letter: nothing changes
    assert dialog.channel.value() is Channel.WHATSAPP
    key(qtbot, Qt.Key.Key_T, ALT)                                   # Antwoord
    typed(qtbot, "Ja, bij het CVO")
    key(qtbot, Qt.Key.Key_B, CTRL)                                  # Beantwoorden
    qtbot.waitUntil(lambda: dialog.result_request is not None, timeout=3000)
    with db.read() as s:
        assert s.scalars(select(Contact.channel)).one() is Channel.WHATSAPP
        assert s.scalars(select(LearningRequest.first_channel)).one() is Channel.WHATSAPP
    today = clock.now().date()
    report = Monitoring(db, clock, office.coordinator).report(ReportFilter(today, today))
    assert report.micro_by_channel == {Channel.WHATSAPP: 1}


def test_every_letter_picks_the_same_channel_in_ctrl_m_and_nieuw_contact(qtbot, window, db, clock, office) -> None:
    answered(db, clock, office.counsellor, "Sara", "Idrissi")
    open_dossier_by_search(qtbot, window, "idrissi")
    shared = [c for c in MICRO_CHANNELS if c in DISPATCH_CHANNELS]
    for channel in shared:
        key(qtbot, Qt.Key.Key_M, CTRL)
        micro = wait_active(qtbot, window.dossier.active_dialog)
        key(qtbot, getattr(Qt.Key, f"Key_{channel_key(channel)}"))
        assert micro.channel is channel
        key(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
        wait_active(qtbot, window)
    dispatch = new_contact_with_channel(qtbot, window, "Vraag", Qt.Key.Key_T)
    for channel in (*shared, Channel.FACE_TO_FACE, Channel.WEBSITE):
        key(qtbot, getattr(Qt.Key, f"Key_{channel_key(channel)}"))
        assert dispatch.channel.value() is channel
        assert dispatch.channel.currentText().startswith(f"{channel_key(channel)}  ")


def test_one_letter_per_channel_in_each_language_and_the_reminder_uses_them(qtbot, window, ctx, db, clock, office,
                                                                           english_translations) -> None:
    switcher = LanguageSwitcher(QApplication.instance())
    try:
        for language in ("nl", "en"):
            assert switcher.use(language)
            keys = [channel_key(c) for c in Channel]
            assert len(set(keys)) == len(Channel), (language, keys)    # never two channels on one letter
        assert switcher.use("en")
        key(qtbot, Qt.Key.Key_N, CTRL)
        dispatch = wait_active(qtbot, window.active_dialog)
        typed(qtbot, "Question")
        key(qtbot, Qt.Key.Key_C, ALT)                                   # &Channel
        for letter, channel, shown in ((Qt.Key.Key_P, Channel.PHONE, "P  Phone"),
                                       (Qt.Key.Key_I, Channel.FACE_TO_FACE, "I  In person"),
                                       (Qt.Key.Key_O, Channel.WEBSITE, "O  Website"),
                                       (Qt.Key.Key_W, Channel.WHATSAPP, "W  WhatsApp")):
            key(qtbot, letter)
            assert (dispatch.channel.value(), dispatch.channel.currentText()) == (channel, shown)
        dispatch.done(0)
        wait_active(qtbot, window)
        client = Clients(db, clock, office.counsellor).create(ClientInput("Noor", "Jacobs"))
        slot = Agenda(db, clock, office.info_officer).free_slots(local_today(clock) + timedelta(days=2))[0]
        request = Dispatch(db, clock, office.info_officer).book_intake(
            FirstContact(Channel.PHONE, "Boekhouden", client_id=client.id), slot)
        reminder = ReminderDialog(ctx, Reminders(db, clock, office.counsellor).for_request(request.id))
        qtbot.addWidget(reminder)
        reminder.show()
        active(qtbot, reminder)
        assert reminder.sms.text() == "Text message (&S)"           # Alt+S, the channel's letter in English too
        key(qtbot, Qt.Key.Key_S, ALT)
        qtbot.waitUntil(reminder.sms.isChecked, timeout=2000)
    finally:
        switcher.use("nl")


def test_a_walk_in_at_the_desk_reads_informatiegesprek_persoonlijk_not_gesprek_twice(qtbot, window, db, clock,
                                                                                    office) -> None:
    Clients(db, clock, office.counsellor).create(ClientInput("Wout", "Peeters"))
    open_dossier_by_search(qtbot, window, "peeters")
    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = wait_active(qtbot, window.active_dialog)
    typed(qtbot, "Welke opleidingen zijn er in de zorg?")
    key(qtbot, Qt.Key.Key_G, ALT)                                   # his question: the open dossier's client
    qtbot.waitUntil(lambda: not dialog.anonymous.isChecked(), timeout=3000)
    key(qtbot, Qt.Key.Key_K, ALT)
    key(qtbot, Qt.Key.Key_P)                                        # Persoonlijk: he stands at the desk
    assert dialog.channel.currentText() == "P  Persoonlijk"
    key(qtbot, Qt.Key.Key_T, ALT)
    typed(qtbot, "Folder zorgopleidingen meegegeven")
    key(qtbot, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: dialog.result_request is not None, timeout=3000)
    with db.read() as s:
        kind, channel = s.execute(select(Contact.kind, Contact.channel)).one()
    assert (kind, channel) == (ContactKind.SESSION, Channel.FACE_TO_FACE)      # the code stays the same
    timeline = window.dossier.timeline_model

    def rows() -> list[tuple[str, str]]:
        return [(timeline.index(r, WHAT_COLUMN).data(), timeline.index(r, CHANNEL_COLUMN).data())
                for r in range(timeline.rowCount())]

    qtbot.waitUntil(lambda: ("Informatiegesprek", "Persoonlijk") in rows(), timeout=3000)   # was Gesprek, Gesprek
    assert not any(what == channel for what, channel in rows())
