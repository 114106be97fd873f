"""Recognition as reasons of a referral out: a foreign diploma (diplomagelijkschakeling, NARIC-Vlaanderen) and
competences or earlier qualifications (EVC/EVK, the training provider). The monitoring report counts each apart
and names it, in the JSON, the XLSX, the PDF and the CSV; a partner of the new kind is named where the report
counts the partners that referred clients in."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pypdf import PdfReader

from casework_fixtures import build_office
from leerwinkel_desk.domain.enums import Channel, OrganisationType, ReferralReason
from leerwinkel_desk.domain.referrals import usual_partner
from leerwinkel_desk.reports.monitoring_pdf import write_pdf_report
from leerwinkel_desk.reports.monitoring_tables import write_csv_report
from leerwinkel_desk.reports.monitoring_xlsx import write_xlsx_report
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.services.social_map import SocialMap


def test_each_recognition_reason_proposes_its_own_kind_of_partner() -> None:
    assert usual_partner(ReferralReason.DIPLOMA) is OrganisationType.RECOGNITION
    assert usual_partner(ReferralReason.EVC) is OrganisationType.SCHOOL


def test_the_monitoring_report_counts_and_names_diploma_recognition_and_evc(db, clock, coordinator,
                                                                           tmp_path: Path) -> None:
    office = build_office(db, clock, coordinator)
    an = office.counsellor
    naric = SocialMap(db, clock, coordinator).add_partner("NARIC-Vlaanderen", OrganisationType.RECOGNITION, "Brussel")
    referrals = Referrals(db, clock, an)
    made = [  # (name, referred in by NARIC, reason, partner, arrived: None = loop open)
        ("Rania", True, ReferralReason.DIPLOMA, naric.id, True),
        ("Omar", False, ReferralReason.DIPLOMA, naric.id, None),
        ("Kateryna", False, ReferralReason.EVC, office.school_id, False),
        ("Jonas", False, ReferralReason.WORK, office.vdab_id, None),
    ]
    for first, sent_by_naric, reason, partner_id, arrived in made:
        client = Clients(db, clock, an).create(ClientInput(first, "Recognitie"), duplicates_checked=True)
        request = Dispatch(db, clock, an).answer_now(FirstContact(
            Channel.PHONE, "Erkenning?", client_id=client.id, referrer_org_id=naric.id if sent_by_naric else None),
            "Uitgelegd")
        referral = referrals.refer_out(request.id, partner_id, reason, "reden")
        if arrived is not None:
            referrals.close_loop(referral.id, arrived)
    today = local_today(clock)
    report = Monitoring(db, clock, coordinator).report(ReportFilter(today, today))
    extras = report.to_json_dict()["extras"]
    assert extras["referrals_out"]["diploma"] == {"count": 2, "loops_closed": 1, "arrived": 1}
    assert extras["referrals_out"]["evc"] == {"count": 1, "loops_closed": 1, "arrived": 0}
    assert extras["referrals_out"]["work"] == {"count": 1, "loops_closed": 0, "arrived": 0}
    assert extras["referrers_by_org_type"]["recognition"] == 1

    write_xlsx_report(report, tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    rows = {r[0]: r[1:] for r in book["Doorverwijzingen"].iter_rows(values_only=True)}
    assert rows["Diplomagelijkschakeling"] == (2, 1, 1)
    assert rows["Erkenning van competenties (EVC/EVK)"] == (1, 1, 0)
    assert {r[0]: r[1:] for r in book["Toeleiders"].iter_rows(values_only=True)}["Diplomaerkenning (NARIC)"] == (1,)

    write_pdf_report(report, tmp_path / "r.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages).split())
    assert "Doorverwezen naar partners, per reden" in text
    assert "Diplomagelijkschakeling 2 1 1" in text and "Erkenning van competenties (EVC/EVK) 1 1 0" in text
    assert "Diplomaerkenning (NARIC) 1" in text

    write_csv_report(report, tmp_path / "r.csv")
    lines = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    assert "Diplomagelijkschakeling;2;1;1" in lines and "Erkenning van competenties (EVC/EVK);1;1;0" in lines
