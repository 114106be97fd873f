"""An option weighed with the client, in words: the practical facts of a course as table rows.

Where, when, how long, the price and the support with the costs, the Dutch level and the
diploma: what an adult needs to know of a course; a course without a fee is `gratis`. Shared
by the summary and the handover letter. Only short values go into the table; entry
requirements and notes follow as text, under a caption each letter words for its reader.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from leerwinkel_desk.reports.layout import Styles, fact_table, paragraph, paragraphs
from leerwinkel_desk.reports.texts import dutch_date, euro, label
from leerwinkel_desk.services.letter_content import CourseFacts, OptionFacts


def schedule(course: CourseFacts) -> str:
    """`overdag of 's avonds, in modules; deels online, deels in de klas`."""
    moments = " of ".join(label(f"schedule.{name}") for name in ("daytime", "evenings", "weekends")
                          if getattr(course, name))
    when = ", ".join(part for part in (moments, label("schedule.modular") if course.modular else "")
                     if part)
    return "; ".join(part for part in (when, label(f"delivery.{course.delivery.value}")) if part)


def fact_rows(course: CourseFacts) -> list[tuple[str, str]]:
    """The short facts of a course, in the order an adult asks for them."""
    rows = [(label("fact.provider"), course.provider_name)]
    if course.municipality:
        rows.append((label("fact.where"), course.municipality))
    rows.append((label("fact.when"), schedule(course)))
    duration = course.duration_text or (
        label("hours", hours=str(course.duration_hours)) if course.duration_hours else "")
    if duration:
        rows.append((label("fact.duration"), duration))
    if course.cost_eur is not None:
        rows.append((label("fact.cost"),
                     label("fact.free") if course.cost_eur == 0 else euro(course.cost_eur)))
    support = [label(f"support.{name}") for name in ("training_vouchers", "educational_leave",
                                                     "fee_exemption") if getattr(course, name)]
    if support:
        rows.append((label("fact.support"), ", ".join(support)))
    if course.dutch_level_required is not None:
        rows.append((label("fact.dutch"), label(
            "dutch_level_needed", level=label(f"dutch_level.{course.dutch_level_required.value}"))))
    if course.recognised_qualification:
        diploma = ", ".join(part for part in (
            course.qualification_name or label("fact.recognised"),
            label("eqf_level", level=str(course.eqf_level)) if course.eqf_level else "") if part)
        rows.append((label("fact.diploma"), diploma))
    if course.next_start is not None:
        rows.append((label("fact.start"), dutch_date(course.next_start)))
    return rows


def option_label(option: OptionFacts) -> str:
    """The option's name on paper; a free-text option whose words were erased (services/erasure.py) says so."""
    return option.label or label("option.erased")


def option_flowables(option: OptionFacts, entry_caption: str, styles: Styles) -> list[Flowable]:
    """The option's name, its facts, then its entry requirements (under `entry_caption`) and note."""
    flowables: list[Flowable] = [paragraph(option_label(option), styles.item_title)]
    if option.course is not None:
        flowables.append(fact_table(fact_rows(option.course), styles))
        if option.course.entry_requirements:
            flowables.append(paragraph(entry_caption, styles.caption))
            flowables += paragraphs(option.course.entry_requirements, styles)
    if option.note:
        flowables.append(paragraph(label("fact.note"), styles.caption))
        flowables += paragraphs(option.note, styles)
    return flowables
