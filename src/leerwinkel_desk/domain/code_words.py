"""The Dutch words of the codes of the reference data (the training offer and the social map): the one home
of the words the app shows for them and of the words the reference import accepts for them in a file.

The app shows each code by its first word, translated into the UI language (ui/texts.py and the course form
translate these source texts: `QT_TRANSLATE_NOOP` marks them for lupdate, `make update-translations`). The reference
import (services/reference_format.py) reads them below the UI, in Dutch whatever the UI language, as the file
format is: a coordinator types the word the app shows, or one of the other words after it, or the code itself.
Words are compared folded (domain.text.fold: case, accents and punctuation ignored: `'s Avonds` is `s avonds`).
"""

from __future__ import annotations

from leerwinkel_desk.domain.enums import Delivery, DutchLevel, OrganisationType, ProviderType


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """The Dutch source text of a word, marked for lupdate by the name of Qt's own marker (the domain imports no
    Qt); the UI passes it to QCoreApplication.translate(CONTEXT, ...)."""
    return text


CONTEXT = "Vocabulary"          # the translation context of these words

PROVIDER_TYPE_WORDS: dict[ProviderType, tuple[str, ...]] = {
    ProviderType.CBE: (QT_TRANSLATE_NOOP("Vocabulary", "Centrum voor basiseducatie"), "basiseducatie"),
    ProviderType.CVO: (QT_TRANSLATE_NOOP("Vocabulary", "Centrum voor volwassenenonderwijs"), "volwassenenonderwijs"),
    ProviderType.UNIVERSITY_COLLEGE: (QT_TRANSLATE_NOOP("Vocabulary", "Hogeschool"),),
    ProviderType.UNIVERSITY: (QT_TRANSLATE_NOOP("Vocabulary", "Universiteit"),),
    ProviderType.VDAB: (QT_TRANSLATE_NOOP("Vocabulary", "VDAB-opleiding"),),
    ProviderType.SYNTRA: (QT_TRANSLATE_NOOP("Vocabulary", "Syntra"),),
    ProviderType.VORMINGPLUS: (QT_TRANSLATE_NOOP("Vocabulary", "Vormingplus"),),
    ProviderType.DKO: (QT_TRANSLATE_NOOP("Vocabulary", "Deeltijds kunstonderwijs"), "kunstonderwijs"),
    ProviderType.LIGO: (QT_TRANSLATE_NOOP("Vocabulary", "Ligo"),),
    ProviderType.SOCIO_CULTURAL: (QT_TRANSLATE_NOOP("Vocabulary", "Sociaal-cultureel werk"),),
    ProviderType.SECTOR_FUND: (QT_TRANSLATE_NOOP("Vocabulary", "Sectorfonds"),),
    ProviderType.PRIVATE: (QT_TRANSLATE_NOOP("Vocabulary", "Private opleider"), "privaat"),
}

ORGANISATION_TYPE_WORDS: dict[OrganisationType, tuple[str, ...]] = {
    OrganisationType.VDAB: (QT_TRANSLATE_NOOP("Vocabulary", "VDAB"),),
    OrganisationType.JOB_SHOP: (QT_TRANSLATE_NOOP("Vocabulary", "Werkwinkel"),),
    OrganisationType.OCMW: (QT_TRANSLATE_NOOP("Vocabulary", "OCMW / sociaal huis"), "sociaal huis"),
    OrganisationType.INTEGRATION_AGENCY: (QT_TRANSLATE_NOOP("Vocabulary", "Agentschap Integratie en Inburgering"),
                                          "inburgering"),
    OrganisationType.CLB: (QT_TRANSLATE_NOOP("Vocabulary", "CLB"),),
    OrganisationType.CAW: (QT_TRANSLATE_NOOP("Vocabulary", "CAW"),),
    OrganisationType.SCHOOL: (QT_TRANSLATE_NOOP("Vocabulary", "School of opleidingscentrum"), "opleidingscentrum"),
    OrganisationType.YOUTH_WORK: (QT_TRANSLATE_NOOP("Vocabulary", "Jeugdwerk"),),
    OrganisationType.PRISON_EDUCATION: (QT_TRANSLATE_NOOP("Vocabulary", "Onderwijs in de gevangenis"), "gevangenis"),
    OrganisationType.RECOGNITION: (QT_TRANSLATE_NOOP("Vocabulary", "Diplomaerkenning"), "NARIC", "NARIC-Vlaanderen",
                                   "diplomagelijkschakeling", "erkenning buitenlands diploma"),
    OrganisationType.OTHER: (QT_TRANSLATE_NOOP("Vocabulary", "Andere organisatie"), "andere"),
}

DELIVERY_WORDS: dict[Delivery, tuple[str, ...]] = {
    Delivery.ON_SITE: (QT_TRANSLATE_NOOP("Vocabulary", "ter plaatse"), "in de klas", "klassikaal"),
    Delivery.ONLINE: (QT_TRANSLATE_NOOP("Vocabulary", "volledig online"),),
    Delivery.HYBRID: (QT_TRANSLATE_NOOP("Vocabulary", "hybride"),),
}

# the European levels are their own words (A1 ... C2); Dutch as a first language is said
DUTCH_LEVEL_WORDS: dict[DutchLevel, tuple[str, ...]] = {
    **{level: (level.value,) for level in DutchLevel if level is not DutchLevel.NATIVE},
    DutchLevel.NATIVE: (QT_TRANSLATE_NOOP("Vocabulary", "moedertaal"),),
}

# a course's yes/no facts of when it is given and of the support a learner gets (its columns' names)
SCHEDULE_WORDS: dict[str, tuple[str, ...]] = {
    "daytime": (QT_TRANSLATE_NOOP("Vocabulary", "overdag"), "dag"),
    "evenings": (QT_TRANSLATE_NOOP("Vocabulary", "'s avonds"), "avond", "avonden"),
    "weekends": (QT_TRANSLATE_NOOP("Vocabulary", "weekend"), "in het weekend"),
    "modular": (QT_TRANSLATE_NOOP("Vocabulary", "modulair"), "in modules"),
}
SUPPORT_WORDS: dict[str, tuple[str, ...]] = {
    "training_vouchers": (QT_TRANSLATE_NOOP("Vocabulary", "opleidingscheques"),),
    "educational_leave": (QT_TRANSLATE_NOOP("Vocabulary", "opleidingsverlof"), "Vlaams opleidingsverlof"),
    "fee_exemption": (QT_TRANSLATE_NOOP("Vocabulary", "vrijstelling inschrijvingsgeld"),
                      "vrijstelling van inschrijvingsgeld"),
}
