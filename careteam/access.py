"""What a signed-in session may do, answered from the session instead of four queries a request.

Every request used to read the second-factor device, the user's permissions (two queries) and
teams, and admins' group, although these change perhaps once a month. The session now keeps
the answers next to the user's `access_version`, which the signals below move whenever any of
them changes (roles, a role's permissions, direct permissions, teams, second-factor devices,
a group renamed or deleted). The user row is read on every request anyway, so comparing costs
nothing; on a mismatch the answers are read again and the session is written once.

What a request must see fresh is still read fresh: `is_active` and `is_superuser` come from the
user row each request, and the password's session hash is checked by Django as before.
Changes made without signals (raw SQL, `QuerySet.update` on these relations) must call
`access_changed` themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.middleware import OTPMiddleware
from django_otp.plugins.otp_totp.models import TOTPDevice

from careteam.models import Team, User

# {"user": pk, "version": access_version, "device": persistent id or "", "perms": [...],
#  "groups": [...], "teams": [...]}
ACCESS_SESSION_KEY = "access"


def access_changed(*, user_ids: Iterable[int]) -> None:
    """Sessions of these users read their second factor, permissions and teams again."""
    ids = {pk for pk in user_ids if pk is not None}
    if ids:
        User.objects.filter(pk__in=ids).update(access_version=F("access_version") + 1)


class SessionAccessMiddleware(OTPMiddleware):
    """django-otp's middleware (sets `user.otp_device` and `user.is_verified()`), answered from
    the session while the user's access_version is the one it was recorded with."""

    def _verify_user_sync(self, request: HttpRequest, user: Any) -> Any:
        if not user.is_authenticated:
            return super()._verify_user_sync(request, user)
        recorded = request.session.get(ACCESS_SESSION_KEY)
        persistent_id = request.session.get(DEVICE_ID_SESSION_KEY) or ""
        if (
            isinstance(recorded, dict)
            and recorded.get("user") == user.pk
            and recorded.get("version") == user.access_version
            and recorded.get("device") == persistent_id
        ):
            self._init_user_fields(user)
            if persistent_id:
                # Verified by this device when recorded, and no device of the user changed since.
                user.otp_device = SimpleLazyObject(
                    lambda: self._device_from_persistent_id(persistent_id)
                )
            _apply(user, recorded)
            return user
        version = user.access_version  # read before the answers, so a change in between shows
        user = super()._verify_user_sync(request, user)
        _remember(request, user, version=version)
        return user


def session_remember(*, request: HttpRequest) -> None:
    """Record the answers once the second factor is passed (that request writes the session
    anyway), so the next request need not."""
    user = request.user
    assert isinstance(user, User)  # the second factor is passed only when signed in
    version = User.objects.filter(pk=user.pk).values_list("access_version", flat=True).first()
    if version is not None:
        _remember(request, user, version=version)


def _remember(request: HttpRequest, user: Any, *, version: int) -> None:
    recorded = answers_for(user=user, device=user.otp_device, version=version)
    request.session[ACCESS_SESSION_KEY] = recorded
    _apply(user, recorded)


def answers_for(*, user: User, device: Any, version: int) -> dict[str, Any]:
    """What the session keeps: read from the database, never from this request's caches."""
    fresh = User.objects.get(pk=user.pk)
    return {
        "user": user.pk,
        "version": version,
        "device": device.persistent_id if device is not None else "",
        "perms": sorted(ModelBackend().get_all_permissions(fresh)),
        "groups": sorted(fresh.groups.values_list("name", flat=True)),
        "teams": sorted(fresh.teams.values_list("pk", flat=True)),
    }


def _apply(user: User, recorded: dict[str, Any]) -> None:
    """Preset what ModelBackend and careteam.roles/selectors would otherwise query."""
    user._perm_cache = set(recorded["perms"])  # type: ignore[attr-defined]
    user._group_names = frozenset(recorded["groups"])  # type: ignore[attr-defined]
    user._team_ids = list(recorded["teams"])  # type: ignore[attr-defined]


# --- What moves access_version -----------------------------------------------------------------


def _users_of_groups(group_ids: Iterable[int]) -> list[int]:
    return list(
        User.objects.filter(groups__in=list(group_ids)).values_list("pk", flat=True).distinct()
    )


def _user_relation_changed(
    sender: type,
    instance: object,
    action: str,
    reverse: bool,
    pk_set: set[int] | None,
    **kwargs: object,
) -> None:
    """User.groups, User.user_permissions or User.teams changed, from either side."""
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if not reverse:  # instance is the user
        access_changed(user_ids=[instance.pk])  # type: ignore[attr-defined]
    elif action == "pre_clear":  # instance is the group, permission or team being emptied
        through = sender._meta  # type: ignore[attr-defined]
        field = next(f for f in through.get_fields() if f.related_model is type(instance))
        rows = sender._default_manager.filter(**{field.name: instance})  # type: ignore[attr-defined]
        access_changed(user_ids=rows.values_list("user_id", flat=True))
    else:
        access_changed(user_ids=pk_set or [])


def _group_permissions_changed(
    sender: type,
    instance: object,
    action: str,
    reverse: bool,
    pk_set: set[int] | None,
    **kwargs: object,
) -> None:
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if not reverse:  # instance is the group
        access_changed(user_ids=_users_of_groups([instance.pk]))  # type: ignore[attr-defined]
    elif action == "pre_clear":  # a permission taken from every group
        access_changed(user_ids=_users_of_groups(instance.group_set.values_list("pk", flat=True)))  # type: ignore[attr-defined]
    else:
        access_changed(user_ids=_users_of_groups(pk_set or []))


def _group_changed(sender: type, instance: Group, **kwargs: object) -> None:
    """A role is a group found by name: renaming or deleting one changes its members' roles."""
    if instance.pk is not None:
        access_changed(user_ids=_users_of_groups([instance.pk]))


def _team_deleted(sender: type, instance: Team, **kwargs: object) -> None:
    access_changed(user_ids=instance.staff.values_list("pk", flat=True))


def _permission_deleted(sender: type, instance: Permission, **kwargs: object) -> None:
    users = set(_users_of_groups(instance.group_set.values_list("pk", flat=True)))
    users.update(instance.user_set.values_list("pk", flat=True))
    access_changed(user_ids=users)


def _device_saving(sender: type, instance: TOTPDevice, **kwargs: object) -> None:
    """A device confirmed, unconfirmed or moved to another user (not a code accepted, which
    saves the device at every sign-in and changes nothing a session relies on)."""
    if instance.pk is None:
        return
    before = TOTPDevice.objects.filter(pk=instance.pk).values("user_id", "confirmed").first()
    if before is None:
        return
    if before["user_id"] != instance.user_id or before["confirmed"] != instance.confirmed:
        access_changed(user_ids=[before["user_id"], instance.user_id])


def _device_deleted(sender: type, instance: TOTPDevice, **kwargs: object) -> None:
    access_changed(user_ids=[instance.user_id])


def connect_signals() -> None:
    """Called from CareteamConfig.ready()."""
    uid = "careteam.access."
    for through in (User.groups.through, User.user_permissions.through, User.teams.through):
        m2m_changed.connect(
            _user_relation_changed, sender=through, dispatch_uid=f"{uid}{through._meta.label}"
        )
    m2m_changed.connect(
        _group_permissions_changed,
        sender=Group.permissions.through,
        dispatch_uid=f"{uid}group_permissions",
    )
    post_save.connect(_group_changed, sender=Group, dispatch_uid=f"{uid}group_saved")
    pre_delete.connect(_group_changed, sender=Group, dispatch_uid=f"{uid}group_deleted")
    pre_delete.connect(_team_deleted, sender=Team, dispatch_uid=f"{uid}team_deleted")
    pre_delete.connect(_permission_deleted, sender=Permission, dispatch_uid=f"{uid}perm_deleted")
    pre_save.connect(_device_saving, sender=TOTPDevice, dispatch_uid=f"{uid}device_saving")
    post_delete.connect(_device_deleted, sender=TOTPDevice, dispatch_uid=f"{uid}device_deleted")
