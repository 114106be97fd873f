"""Who may do what: the permissions of each role, checked by the services (not only hidden in the UI)."""

from __future__ import annotations

from enum import StrEnum

from leerwinkel_desk.domain.enums import Role


class Permission(StrEnum):
    DISPATCH = "dispatch"                   # first contacts, tier-1 answers, booking intakes
    REGISTER_CLIENTS = "register_clients"   # create and correct client records
    CASEWORK = "casework"                   # intake, tiers, sessions, contacts, options, closing
    SHARE = "share"                         # consents, warm handovers, letters
    SECOND_LINE = "second_line"             # second-line support and signals
    MERGE_CLIENTS = "merge_clients"
    MANAGE_OFFICE = "manage_office"         # accounts, loketten, zitdagen
    MANAGE_PARTNERS = "manage_partners"     # the social map
    MANAGE_CATALOGUE = "manage_catalogue"
    REPORTS = "reports"                     # monitoring figures, registration import and export
    ERASE = "erase"                         # erasing a person's data (GDPR)


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.INFO_OFFICER: frozenset({Permission.DISPATCH, Permission.REGISTER_CLIENTS,
                                  Permission.SECOND_LINE}),
    Role.COUNSELLOR: frozenset({Permission.DISPATCH, Permission.REGISTER_CLIENTS, Permission.CASEWORK,
                                Permission.SHARE, Permission.SECOND_LINE}),
    Role.COORDINATOR: frozenset(Permission),
}


def allowed(role: str, permission: Permission) -> bool:
    """Unknown roles (a system task without a person) may do nothing by themselves."""
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False
