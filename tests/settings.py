"""Settings for the test suite: the real PostgreSQL and Redis of these machines by default.

TEST_DATABASE_URL and TEST_REDIS_URL override the defaults. scripts/check_services.py (run by
`make test`) says which database is used and, with CI=true, fails loudly when one is unreachable.
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-any-deployment-0123456789")
import socket
from urllib.parse import urlsplit


def _reachable(url: str) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 5432), 3):
            return True
    except OSError:
        return False


_database = os.environ.get("TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/careteam")
if (
    _database.startswith("postgres")
    and os.environ.get("CI", "").lower() != "true"
    and not _reachable(_database)
):
    # Outside CI a laptop without PostgreSQL still runs the suite, and the report header says so.
    _database = "sqlite:///" + os.path.join(os.path.dirname(__file__), "..", "var", "test.sqlite3")
os.environ["DATABASE_URL"] = _database
TEST_DATABASE_DESCRIPTION = (
    urlsplit(_database)._replace(netloc=urlsplit(_database).hostname or "").geturl()
)
os.environ.setdefault("HTTPS", "0")
# Test tasks run in-process unless a test starts a real worker
# (tests/careteam/test_services_delivery.py).
os.environ.pop("REDIS_URL", None)
os.environ.setdefault(
    "CARETEAM_VAR_DIR", os.path.join(os.path.dirname(__file__), "..", "var", "test")
)

# The live channel layer is the real Redis (its own key prefix), as in production.
os.environ.setdefault(
    "LIVE_REDIS_URL", os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
)
os.environ.setdefault("LIVE_CHANNEL_PREFIX", "careteam-live-test:")

from careteam.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
