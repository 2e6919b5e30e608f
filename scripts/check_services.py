"""Say which database and Redis the tests will use; with CI=true, fail when either is down."""

import os
import socket
import sys
from urllib.parse import urlsplit

DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/careteam"
DEFAULT_REDIS = "redis://127.0.0.1:6379/0"


def reachable(url: str, default_port: int) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection(
            (parts.hostname or "127.0.0.1", parts.port or default_port), 3
        ):
            return True
    except OSError:
        return False


def main() -> int:
    in_ci = os.environ.get("CI", "").lower() == "true"
    database = os.environ.get("TEST_DATABASE_URL", DEFAULT_DB)
    redis = os.environ.get("TEST_REDIS_URL", DEFAULT_REDIS)
    problems = []
    db_shown = (
        urlsplit(database)
        ._replace(
            netloc=(urlsplit(database).hostname or "") + f":{urlsplit(database).port or 5432}"
        )
        .geturl()
    )
    if database.startswith("postgres") and not reachable(database, 5432):
        problems.append(f"PostgreSQL is unreachable at {db_shown}")
    if not reachable(redis, 6379):
        problems.append(f"Redis is unreachable at {redis}")
    print(f"tests use database {db_shown} and Redis {redis}")
    if problems:
        for problem in problems:
            print(f"ERROR: {problem}", file=sys.stderr)
        if in_ci:
            print(
                "CI=true: the suite needs the real services; start them and run again.",
                file=sys.stderr,
            )
            return 1
        print(
            "Tests that need the missing service will fail; start it or set TEST_DATABASE_URL.",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
