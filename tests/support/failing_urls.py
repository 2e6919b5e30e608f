"""The console's URLs plus one view that fails while holding member data, for canary tests."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from careteam.urls import urlpatterns as console_urlpatterns


def fail_with_member_data(request: HttpRequest) -> HttpResponse:
    member_name = request.POST.get("name", "")
    diagnosis = request.POST.get("diagnosis", "")
    raise ValueError(f"could not process {member_name} with {diagnosis} {request.GET.get('ssn')}")


urlpatterns = [path("boom/", fail_with_member_data), *console_urlpatterns]
