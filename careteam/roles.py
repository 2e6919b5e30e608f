"""Staff roles. A role is a Django group holding the permissions that role needs, no more."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careteam.models import User


class Role(StrEnum):
    CARE_AGENT = "Care agent"
    SUPERVISOR = "Supervisor"
    ANALYST = "Analyst"
    ADMIN = "Admin"


# Permission codenames in the careteam app, per role. Admins also get the admin site.
ROLE_PERMISSIONS: dict[Role, tuple[str, ...]] = {
    Role.CARE_AGENT: ("work_threads",),
    Role.SUPERVISOR: ("work_threads", "view_dashboards", "review_audit"),
    Role.ANALYST: ("run_training",),
    Role.ADMIN: ("work_threads", "view_dashboards", "run_training", "review_audit"),
}

WORK_THREADS = "careteam.work_threads"
VIEW_DASHBOARDS = "careteam.view_dashboards"
RUN_TRAINING = "careteam.run_training"
REVIEW_AUDIT = "careteam.review_audit"


def ensure_role_groups() -> None:
    """Create or repair the role groups so each holds exactly its permissions."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    # post_migrate may reach us before auth has created this app's permissions.
    create_permissions(apps.get_app_config("careteam"), verbosity=0)
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role.value)
        permissions = Permission.objects.filter(
            content_type__app_label="careteam", codename__in=codenames
        )
        group.permissions.set(permissions)


def can_work_threads(user: User) -> bool:
    return user.is_active and user.has_perm(WORK_THREADS)


def can_view_dashboards(user: User) -> bool:
    return user.is_active and user.has_perm(VIEW_DASHBOARDS)


def can_run_training(user: User) -> bool:
    return user.is_active and user.has_perm(RUN_TRAINING)


def can_review_audit(user: User) -> bool:
    return user.is_active and user.has_perm(REVIEW_AUDIT)


def sees_all_teams(user: User) -> bool:
    """Admins (and superusers) see every team's records where others see their teams' only."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    # careteam.access keeps the role names in the session for signed-in requests.
    names = getattr(user, "_group_names", None)
    if names is not None:
        return Role.ADMIN.value in names
    return user.groups.filter(name=Role.ADMIN.value).exists()
