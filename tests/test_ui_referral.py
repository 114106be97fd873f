"""Referral out (Ctrl+D) by keys: the partner the person chose stays chosen when the reason changes, or the
dialog says it is gone and chooses none in its place; Vandaag names an 'andere reden' by its explanation;
a partner's kind after its name without nested brackets, in Dutch and in English."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from leerwinkel_desk.domain.enums import OrganisationType, ReferralReason
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.store.models import ReferralOut
from leerwinkel_desk.ui.i18n import LanguageSwitcher
from leerwinkel_desk.ui.screen_fit import FRAME_ALLOWANCE
from test_ui import ctx, english_translations, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_dossier import NARROW
from test_ui_keys import ALT, CTRL, SHIFT, answered, key, open_dossier_by_search, typed, wait_active

AGENCY = "Agentschap Integratie en Inburgering Kortrijk"      # first by name: where 'andere reden' jumped to


def referral_form(qtbot, window, db, clock, office, last: str):
    SocialMap(db, clock, office.coordinator).add_partner(AGENCY, OrganisationType.INTEGRATION_AGENCY, "Kortrijk")
    answered(db, clock, office.counsellor, "Lotte", last)
    open_dossier_by_search(qtbot, window, last)
    key(qtbot, Qt.Key.Key_D, CTRL)
    return wait_active(qtbot, window.dossier.active_dialog)


def explained_and_referred(qtbot, window, explanation: str) -> None:
    """Alt+T: the explanation typed, then Enter: Doorverwijzen, and the dialog closes."""
    key(qtbot, Qt.Key.Key_T, ALT)
    typed(qtbot, explanation)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)


def referrals(db) -> list[tuple]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(select(ReferralOut.partner_id, ReferralOut.partner_contact_id,
                                                   ReferralOut.reason_code, ReferralOut.reason))]


def test_the_partner_chosen_stays_chosen_with_its_contact_when_the_reason_changes(qtbot, window, db, clock,
                                                                                   office) -> None:
    form = referral_form(qtbot, window, db, clock, office, "Wouters")
    key(qtbot, Qt.Key.Key_P, ALT)                                      # Alt+P: the partner, found by typing
    typed(qtbot, "CVO")
    assert form.partner.currentText().startswith("CVO Miras")
    key(qtbot, Qt.Key.Key_C, ALT)                                      # Alt+C: the contact person there
    key(qtbot, Qt.Key.Key_Down)
    assert form.contact.currentText() == "Karel Vandenberghe — studiebegeleider"
    key(qtbot, Qt.Key.Key_R, ALT)                                      # Alt+R, End: andere reden
    key(qtbot, Qt.Key.Key_End)
    assert form.reason_code.currentText() == "andere reden"
    assert form.partner.currentText().startswith("CVO Miras")
    assert form.contact.currentText() == "Karel Vandenberghe — studiebegeleider"
    assert not form.error.isVisible()
    explained_and_referred(qtbot, window, "Wil eerst haar rijbewijs halen")
    assert referrals(db) == [(office.school_id, office.study_counsellor_id, ReferralReason.OTHER,
                              "Wil eerst haar rijbewijs halen")]
    assert "Doorverwezen naar CVO Miras" in window.statusBar().currentMessage()


def test_a_reason_without_a_usual_partner_proposes_none_and_doorverwijzen_asks_for_one(qtbot, window, db, clock,
                                                                                       office) -> None:
    form = referral_form(qtbot, window, db, clock, office, "Maes")
    assert form.partner.currentText().startswith("VDAB Kortrijk")     # werk zoeken: the VDAB proposed
    key(qtbot, Qt.Key.Key_End)                                         # andere reden: no kind takes it usually
    assert form.partner.currentIndex() == -1 and form.partner.currentText() == ""
    key(qtbot, Qt.Key.Key_Return)
    assert window.dossier.active_dialog is form and QApplication.focusWidget() is form.partner
    assert form.error.isVisible()
    assert form.error.text() == "⚠ Kies eerst de partner naar wie u de cliënt doorverwijst."
    assert referrals(db) == []
    typed(qtbot, "Soc")                                                # the person chooses: the warning goes
    assert form.partner.currentText().startswith("Sociaal Huis Kortrijk")
    assert not form.error.isVisible()
    explained_and_referred(qtbot, window, "Schulden eerst")
    assert referrals(db) == [(office.ocmw_id, None, ReferralReason.OTHER, "Schulden eerst")]


def test_a_chosen_partner_gone_from_the_map_is_said_and_none_chosen_in_its_place(qtbot, window, db, clock,
                                                                                office) -> None:
    form = referral_form(qtbot, window, db, clock, office, "Peeters")
    key(qtbot, Qt.Key.Key_P, ALT)
    typed(qtbot, "CVO")
    key(qtbot, Qt.Key.Key_C, ALT)
    key(qtbot, Qt.Key.Key_Down)
    SocialMap(db, clock, office.coordinator).retire_partner(office.school_id)   # by a coordinator, elsewhere
    key(qtbot, Qt.Key.Key_R, ALT)
    key(qtbot, Qt.Key.Key_End)
    assert form.partner.currentIndex() == -1 and form.partner.currentText() == ""
    assert [form.partner.itemText(i) for i in range(form.partner.count())] == [
        AGENCY, "Sociaal Huis Kortrijk — OCMW / sociaal huis", "VDAB Kortrijk"]
    assert [form.contact.itemText(i) for i in range(form.contact.count())] == ["(niemand in het bijzonder)"]
    assert form.error.isVisible()
    assert form.error.text() == "⚠ CVO Miras staat niet meer op de sociale kaart: kies een andere partner."
    key(qtbot, Qt.Key.Key_Return)
    assert window.dossier.active_dialog is form
    assert form.error.text() == "⚠ Kies eerst de partner naar wie u de cliënt doorverwijst."
    assert referrals(db) == []
    key(qtbot, Qt.Key.Key_R, ALT)                                      # werk zoeken: still none in its place
    key(qtbot, Qt.Key.Key_Home)
    assert form.partner.currentIndex() == -1
    key(qtbot, Qt.Key.Key_P, ALT)
    qtbot.wait(QApplication.keyboardInputInterval() + 50)             # a new search, not "CVO" typed on
    typed(qtbot, "VDAB")
    explained_and_referred(qtbot, window, "Zoekt eerst werk")
    assert referrals(db) == [(office.vdab_id, None, ReferralReason.WORK, "Zoekt eerst werk")]


def test_diploma_recognition_proposes_naric_and_evc_the_training_provider_and_the_reason_is_stored(
        qtbot, window, db, clock, office) -> None:
    """A newcomer's foreign diploma is recognised by NARIC-Vlaanderen (diplomagelijkschakeling); competences or
    earlier qualifications (EVC/EVK) by the training provider: each reason, typed by its first letter, proposes
    its own partner, and Doorverwijzen stores the reason chosen."""
    naric = SocialMap(db, clock, office.coordinator).add_partner("NARIC-Vlaanderen", OrganisationType.RECOGNITION,
                                                                 "Brussel")
    form = referral_form(qtbot, window, db, clock, office, "Haddad")
    assert form.partner.currentText().startswith("VDAB Kortrijk")
    typed(qtbot, "e")                                                  # the reason: erkenning van competenties
    assert form.reason_code.currentText() == "erkenning van competenties (EVC/EVK)"
    assert form.partner.currentText() == "CVO Miras — School of opleidingscentrum"
    qtbot.wait(QApplication.keyboardInputInterval() + 50)             # a new search, not "ed" typed on
    typed(qtbot, "d")                                                  # diplomagelijkschakeling
    assert form.reason_code.currentText() == "diplomagelijkschakeling"
    assert form.partner.currentText() == "NARIC-Vlaanderen — Diplomaerkenning"
    assert [form.contact.itemText(i) for i in range(form.contact.count())] == ["(niemand in het bijzonder)"]
    explained_and_referred(qtbot, window, "Diploma verpleegkunde uit Marokko")
    assert referrals(db) == [(naric.id, None, ReferralReason.DIPLOMA, "Diploma verpleegkunde uit Marokko")]
    assert "Doorverwezen naar NARIC-Vlaanderen" in window.statusBar().currentMessage()


def test_the_partner_list_opens_wide_enough_for_its_longest_name_and_kind(qtbot, window, db, clock, office) -> None:
    """Alt+P, Alt+Down: every partner is shown whole in the list, also the longest, when the list scrolls (its
    scroll bar took the few pixels the longest name needed: `Gevangenis Brugge – onderwijs en o…iding`)."""
    longest = "Gevangenis Brugge – onderwijs en opleiding"
    social = SocialMap(db, clock, office.coordinator)
    social.add_partner(longest, OrganisationType.PRISON_EDUCATION, "Brugge")
    for town in ("Menen", "Harelbeke", "Wevelgem", "Waregem", "Kuurne", "Zwevegem", "Deerlijk", "Anzegem"):
        social.add_partner(f"Sociaal Huis {town}", OrganisationType.OCMW, town)
    form = referral_form(qtbot, window, db, clock, office, "Vervaeke")
    key(qtbot, Qt.Key.Key_P, ALT)
    key(qtbot, Qt.Key.Key_Down, ALT)
    view = form.partner.view()
    qtbot.waitUntil(view.isVisible, timeout=3000)
    assert view.verticalScrollBar().isVisible()
    row = next(r for r in range(form.partner.count()) if form.partner.itemText(r).startswith(longest))
    index = view.model().index(row, 0)
    view.scrollTo(index)
    assert view.visualRect(index).width() >= view.sizeHintForIndex(index).width()     # drawn whole, not cut with …
    assert view.viewport().width() >= view.sizeHintForColumn(0)                       # and so is every other one
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=3000)
    key(qtbot, Qt.Key.Key_Escape)


def test_vandaag_names_an_other_reason_by_its_explanation_cut_to_fit_and_whole_on_hover(qtbot, window, db, clock,
                                                                                       office) -> None:
    explanation = ("Wil eerst haar rijbewijs C halen bij een erkende rijschool in Harelbeke, daarna pas de "
                   "opleiding heftruckchauffeur; de partner helpt met de premie en de planning van de lessen")
    _client, request = answered(db, clock, office.counsellor, "Ines", "Claes")
    Referrals(db, clock, office.counsellor).refer_out(request.id, office.vdab_id, ReferralReason.OTHER, explanation)
    _client, work = answered(db, clock, office.counsellor, "Tom", "Janssens")
    Referrals(db, clock, office.counsellor).refer_out(work.id, office.vdab_id, ReferralReason.WORK, "bemiddelaar")
    key(qtbot, Qt.Key.Key_1, CTRL)
    today = window.pages["today"]
    qtbot.waitUntil(lambda: today.loops.rowCount() == 2, timeout=5000)
    reasons = {today.loops.index(r, 1).data(): today.loops.index(r, 3) for r in range(2)}
    assert reasons["Ines Claes"].data() == explanation
    assert reasons["Ines Claes"].data(Qt.ItemDataRole.ToolTipRole) == explanation
    assert reasons["Tom Janssens"].data() == "werk zoeken"            # a reason's own words say it
    table = today.tables["loops"]
    cell = table.visualRect(reasons["Ines Claes"])
    assert 0 < cell.width() < table.fontMetrics().horizontalAdvance(explanation)   # cut to fit on the screen
    assert cell.right() <= table.viewport().width()


def test_a_partners_kind_follows_its_name_without_nested_brackets(qtbot, window, db, clock, office,
                                                                  english_translations) -> None:
    switcher = LanguageSwitcher(QApplication.instance())
    try:
        assert switcher.use("en")
        form = referral_form(qtbot, window, db, clock, office, "Mertens")
        shown = [form.partner.itemText(i) for i in range(form.partner.count())]
        assert "VDAB Kortrijk — VDAB (employment service)" in shown
        assert all("((" not in s and "))" not in s for s in shown), shown
        key(qtbot, Qt.Key.Key_Escape)
    finally:
        switcher.use("nl")


def test_doorverwijzing_opvolgen_names_an_other_reason_by_its_explanation(qtbot, window, db, clock, office) -> None:
    """Ctrl+Shift+D in the dossier listed a referral for 'andere reden' as "(andere reden)", which says nothing
    of it; it shows the explanation typed, as Vandaag does, and a reason's own words where they say it. A long
    explanation is cut in the field, whole in its tooltip: the dialog stays within a 1280×720 screen at 150 %."""
    explanation = ("Wil eerst haar rijbewijs C halen bij een erkende rijschool in Harelbeke, daarna pas de "
                   "opleiding heftruckchauffeur")
    _client, request = answered(db, clock, office.counsellor, "Ines", "Claes")
    referrals_out = Referrals(db, clock, office.counsellor)
    referrals_out.refer_out(request.id, office.vdab_id, ReferralReason.OTHER, explanation)
    referrals_out.refer_out(request.id, office.ocmw_id, ReferralReason.WORK, "bemiddelaar")
    open_dossier_by_search(qtbot, window, "Claes")
    key(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    form = wait_active(qtbot, window.dossier.active_dialog)
    assert form.windowTitle() == "Doorverwijzing opvolgen"
    shown = [form.referral.itemText(i) for i in range(form.referral.count())]
    assert len(shown) == 2 and not any("andere reden" in text for text in shown)
    other = next(text for text in shown if text.endswith(f"VDAB Kortrijk  ({explanation})"))
    assert any(text.endswith("Sociaal Huis Kortrijk  (werk zoeken)") for text in shown), shown
    assert form.sizeHint().width() <= NARROW[0] - FRAME_ALLOWANCE.width()     # wanted no wider than the screen
    key(qtbot, Qt.Key.Key_D, ALT)                                      # Alt+D: the referrals, from the first
    key(qtbot, Qt.Key.Key_Home)
    tips = []
    for _ in shown:
        tips.append(html.unescape(form.referral.toolTip()))
        assert tips[-1] == f"<qt>{form.referral.currentText()}</qt>"   # the one chosen, whole
        key(qtbot, Qt.Key.Key_Down)
    assert f"<qt>{other}</qt>" in tips
    key(qtbot, Qt.Key.Key_Escape)
