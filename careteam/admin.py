"""The admin manages staff, teams and API clients. Member data (members, threads, messages) is
not here on purpose: it is read through the console, where every read is audited."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from careteam import routing
from careteam.models import AgentProfile, ApiClient, AuditEvent, Team, User


class AgentProfileInline(admin.StackedInline):
    """Routing: skills (thread topic values), languages (ISO codes), licensed states, capacity
    and availability. Lists are JSON, e.g. ["deductible", "appeal"], ["en", "es"], ["CA"]."""

    model = AgentProfile
    can_delete = False
    fields = ("availability", "capacity", "skills", "languages", "licensed_states")


@admin.register(User)
class StaffAdmin(UserAdmin):
    fieldsets = (*(UserAdmin.fieldsets or ()), ("Care team", {"fields": ("teams",)}))
    filter_horizontal = ("groups", "user_permissions", "teams")
    inlines = (AgentProfileInline,)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Room or availability given here takes waiting threads, as on the agent's own page.
        routing.agent_pull(user_id=form.instance.pk, reason=routing.Reason.CAPACITY)


@admin.register(AgentProfile)
class AgentProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "availability", "capacity", "last_assigned_at")
    list_filter = ("availability",)
    list_editable = ("availability", "capacity")
    fields = ("user", "availability", "capacity", "skills", "languages", "licensed_states")
    raw_id_fields = ("user",)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        routing.agent_pull(user_id=obj.user_id, reason=routing.Reason.CAPACITY)


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ("name", "time_zone", "business_opens", "business_closes", "business_days")


@admin.register(ApiClient)
class ApiClientAdmin(admin.ModelAdmin):
    list_display = ("name", "team", "token_prefix", "is_active", "created_at")
    readonly_fields = ("token_prefix", "token_hash")

    def has_add_permission(self, request):
        return False  # created with `manage.py create_api_client`, which shows the token once


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ("at", "actor", "action", "member", "object_type", "object_id")
    list_filter = ("action",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
