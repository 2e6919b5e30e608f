from django.urls import path, re_path

from claims import views

urlpatterns = [
    path("threads/<int:thread_id>/panel/", views.claims_panel, name="claims-panel"),
    path("<int:claim_id>/", views.claim_detail, name="claim"),
    re_path(
        r"^flags/(?P<flag_id>[0-9]+)/(?P<decision>resolve|dismiss)/$",
        views.flag_decide,
        name="flag-decide",
    ),
    path("flags/", views.worklist, name="claims-worklist"),
    path("import/", views.claims_upload, name="claims-import"),
]
