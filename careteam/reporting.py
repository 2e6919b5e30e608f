"""Error reports without protected health information.

Django's error e-mails and debug pages include POST data, query strings, frame locals and the
exception message, any of which can hold a member's name, diagnosis or message text. These
classes keep what a developer needs (exception type, file, line, function, source lines, the
path, the user's id) and drop the rest, whether or not DEBUG is on.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import ItemsView
from typing import Any

from django.http import HttpRequest
from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

REMOVED = "[removed: may hold member data]"


class PhiSafeExceptionReporterFilter(SafeExceptionReporterFilter):
    def is_active(self, request: HttpRequest | None) -> bool:
        return True

    def get_post_parameters(self, request: HttpRequest | None) -> dict[str, str]:
        if request is None:
            return {}
        return dict.fromkeys(request.POST, REMOVED)

    def get_traceback_frame_variables(
        self, request: HttpRequest | None, tb_frame: Any
    ) -> ItemsView[str, Any]:
        return {}.items()

    def get_safe_request_meta(self, request: HttpRequest) -> dict[str, Any]:
        kept = ("REQUEST_METHOD", "PATH_INFO", "SERVER_NAME", "SERVER_PORT", "CONTENT_TYPE")
        return {key: request.META[key] for key in kept if key in request.META}

    def get_safe_cookies(self, request: HttpRequest) -> dict[str, str]:
        return dict.fromkeys(request.COOKIES, REMOVED)


class PhiSafeExceptionReporter(ExceptionReporter):
    def get_traceback_data(self) -> dict[str, Any]:
        data = super().get_traceback_data()
        data["exception_value"] = REMOVED
        data.pop("exception_notes", None)
        data["unicode_hint"] = ""
        data["template_info"] = None
        data["postmortem"] = None
        if self.request is not None:
            data["request_GET_items"] = [(key, REMOVED) for key in self.request.GET]
            data["request_FILES_items"] = [(key, REMOVED) for key in self.request.FILES]
            data["request_insecure_uri"] = self.request.path
            user = getattr(self.request, "user", None)
            data["user_str"] = f"user id {user.pk}" if user is not None and user.pk else "anonymous"
        for frame in data["frames"]:
            frame["vars"] = []
        return data


class PhiSafeFormatter(logging.Formatter):
    """Tracebacks in logs name the exception type and where it happened, not its message.

    An exception's message can quote a member's data (a database error quotes the row); the
    file, line and function are enough to find the fault, and the request id links to the rest.
    """

    def formatException(self, ei: Any) -> str:
        exc_type, _, tb = ei
        lines = ["Traceback (most recent call last):"]
        for frame in traceback.extract_tb(tb):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        lines.append(f"{exc_type.__module__}.{exc_type.__qualname__}: {REMOVED}")
        return "\n".join(lines)
