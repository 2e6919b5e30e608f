from django.urls import path

from suggestions import views

urlpatterns = [
    path("dashboard/", views.acceptance_dashboard, name="acceptance-dashboard"),
    path("dashboard/export.csv", views.acceptance_export, name="acceptance-export"),
    path("threads/<int:thread_id>/draft/", views.draft_panel, name="draft-panel"),
    path(
        "threads/<int:thread_id>/drafts/<int:draft_id>/discard/",
        views.draft_discard,
        name="draft-discard",
    ),
    path(
        "threads/<int:thread_id>/drafts/<int:draft_id>/new/",
        views.draft_regenerate,
        name="draft-regenerate",
    ),
]
