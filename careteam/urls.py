from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path

from careteam import health, inbound, mfa, views
from careteam.telemetry import views as telemetry_views

admin.site.site_header = "Care-team console administration"
admin.site.site_title = "Care-team console"

urlpatterns = [
    path("", views.home, name="home"),
    path("inbox/", views.inbox, name="inbox"),
    path("threads/<int:thread_id>/", views.thread_detail, name="thread"),
    path("threads/<int:thread_id>/reply/", views.thread_reply, name="thread-reply"),
    path("threads/<int:thread_id>/note/", views.thread_note, name="thread-note"),
    re_path(
        r"^threads/(?P<thread_id>[0-9]+)/(?P<action>assign-to-me|assign|topic|unassign|close|reopen|acknowledge)/$",
        views.thread_action,
        name="thread-action",
    ),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="careteam/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("login/verify/", mfa.mfa_verify, name="mfa-verify"),
    path("account/authenticator/", mfa.mfa_setup, name="mfa-setup"),
    path("queue/", views.queue_health, name="queue-health"),
    path("queue/rebalance/", views.queue_rebalance, name="queue-rebalance"),
    path("queue/alerts/read/", views.queue_alerts_read, name="queue-alerts-read"),
    path("account/availability/", views.agent_availability, name="availability"),
    path("members/import/", views.roster_upload, name="roster-import"),
    path("account/shortcuts/", views.shortcuts_preference, name="shortcuts-preference"),
    path("audit/", views.audit_trail, name="audit"),
    path("audit/export.csv", views.audit_export, name="audit-export"),
    # The apps above careteam serve their own panels; included by name, not imported.
    path("suggestions/", include("suggestions.urls")),
    path("claims/", include("claims.urls")),
    path("healthz/live", health.live, name="health-live"),
    path("healthz/ready", health.ready, name="health-ready"),
    path("metrics", telemetry_views.metrics, name="metrics"),
    path("ops/response-times/", telemetry_views.response_times, name="response-times"),
    path("api/v1/messages", inbound.post_member_message, name="api-member-messages"),
    path(settings.ADMIN_URL, admin.site.urls),
]

handler500 = "careteam.views.server_error"
