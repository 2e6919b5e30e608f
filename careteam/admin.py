from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from careteam.models import ApiClient, AuditEvent, Member, Message, Team, Thread, User


@admin.register(User)
class StaffAdmin(UserAdmin):
    fieldsets = (*UserAdmin.fieldsets, ("Care team", {"fields": ("teams",)}))
    filter_horizontal = ("groups", "user_permissions", "teams")


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ("name",)


@admin.register(Member)
class MemberAdmin(admin.ModelAdmin):
    list_display = ("member_id", "state", "plan", "contact_channel")
    search_fields = ("member_id",)


@admin.register(Thread)
class ThreadAdmin(admin.ModelAdmin):
    list_display = ("pk", "team", "topic", "status", "assignee", "last_message_at")
    list_filter = ("status", "topic", "team")
    raw_id_fields = ("member", "assignee")


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    list_display = ("pk", "thread", "direction", "delivery_status", "created_at")
    list_filter = ("direction", "delivery_status")
    raw_id_fields = ("thread", "author", "api_client")
    readonly_fields = ("uuid",)


@admin.register(ApiClient)
class ApiClientAdmin(admin.ModelAdmin):
    list_display = ("name", "team", "token_prefix", "is_active", "created_at")
    readonly_fields = ("token_prefix", "token_hash")


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ("at", "actor", "action", "member", "object_type", "object_id")
    list_filter = ("action",)

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False
