"""The handover letter figure for `make bench`: the warm-handover PDF vs a one-page ReportLab hello."""

from __future__ import annotations

from datetime import date

from measure import Measured, median_seconds, paired


def bench_handover_letter(runs: int = 15) -> Measured:
    """The warm-handover letter PDF vs a one-page "hello" PDF in the same embedded font, same run.

    The letter: three pages, every section a school may receive, the office logo. The plain
    Helvetica "hello" (no embedded font) is reported too.
    """
    from datetime import UTC, datetime
    from decimal import Decimal
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from leerwinkel_desk.domain.enums import ConsentMethod, DataItem, Delivery, DutchLevel, Qualification, Role, Tier
    from leerwinkel_desk.reports.fonts import REGULAR
    from leerwinkel_desk.reports.letters import PdfLetters
    from leerwinkel_desk.services.letter_content import (
        ConsentReference,
        CounsellorContact,
        CourseFacts,
        HandoverData,
        Identity,
        LearningQuestion,
        OfficeHeading,
        OptionFacts,
        RecipientHeading,
        SessionHeld,
        StudyHistory,
        TrajectorySummary,
    )

    at = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
    course = CourseFacts("CVO Miras", "Kortrijk", Delivery.HYBRID, False, True, False, True, 480,
                         None, Decimal("180"), True, True, False, DutchLevel.B1,
                         "Een gesprek met de trajectbegeleider van de school.", date(2027, 2, 1),
                         True, "Boekhouder", 5)
    options = (OptionFacts("Boekhouden", course, "Avondles past bij haar werk.", date(2026, 11, 20)),
               OptionFacts("Zorgkundige", course, "Dagonderwijs: moeilijk met werk.", None))
    sessions = tuple(SessionHeld(at, 60, "Loket Sociaal Huis", "Studieverleden, interesses en "
                                 "praktische drempels besproken; opties vergeleken.") for _ in range(3))
    data = HandoverData(
        OfficeHeading("LWB", "Leerwinkel Bench", "Doorniksestraat 12", "8500", "Kortrijk",
                      "056 12 34 56", "info@leerwinkel.be", "www.leerwinkel.be"),
        at, "LW-2026-000123", "LV-2026-000456",
        RecipientHeading("CVO Miras", "Karel Vandenberghe", "studiebegeleider", None, "8500", "Kortrijk"),
        ConsentReference(date(2026, 11, 20), ConsentMethod.SIGNED_FORM, date(2027, 5, 20)),
        frozenset(DataItem) - {DataItem.SOCIAL_STATUS, DataItem.SUPPORT_NETWORK},
        CounsellorContact("An Peeters", Role.COUNSELLOR, "0470 11 22 33", "an@leerwinkel.be"),
        Identity("Çağrı", "Nguyễn", date(1990, 3, 4)), None,
        LearningQuestion("Boekhouden", "Een diploma boekhouden, liefst 's avonds. " * 4),
        StudyHistory(Qualification.LOWER_SECONDARY, True, "Secundair in Turkije, niet afgewerkt. " * 6),
        DutchLevel.B2, "Kinderopvang op woensdagavond.", options, options[0],
        TrajectorySummary(Tier.TRAJECTORY, date(2026, 10, 1), sessions),
    )
    renderer = PdfLetters()
    renderer.handover(data)      # fonts, styles, letterhead and its encoded logo: once per process

    def hello(font: str) -> bytes:
        out = BytesIO()
        canvas = Canvas(out, invariant=True)
        canvas.setFont(font, 12)
        canvas.drawString(72, 770, "hello")
        canvas.showPage()
        canvas.save()
        return out.getvalue()

    value, baseline = paired(lambda: renderer.handover(data), lambda: hello(REGULAR), runs)
    helvetica = median_seconds(lambda: hello("Helvetica"), runs)
    pages = renderer.handover(data).count(b"/Type /Page\n")
    return Measured(value, baseline, runs=runs, note=f"{pages} pages vs a hello in DejaVu Sans (Helvetica hello: "
                    f"{helvetica * 1000:.2f} ms)", extra={"helvetica_hello_median": helvetica})
