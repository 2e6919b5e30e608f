from django.urls import path

from suggestions import views

urlpatterns = [
    path("threads/<int:thread_id>/draft/", views.draft_panel, name="draft-panel"),
]
