"""A member-channel webhook on loopback that records each delivery it receives."""

from __future__ import annotations

import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from careteam import services

SECRET = "webhook-test-secret"


class Receiver(ThreadingHTTPServer):
    """Fails the first `failures` deliveries with 503; waits `delay` seconds before answering."""

    daemon_threads = True

    def __init__(self, failures: int = 0, delay: float = 0.0) -> None:
        self.failures = failures
        self.delay = delay
        self.received: list[dict[str, object]] = []
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/deliver"

    def accepted_keys(self) -> list[str]:
        with self.lock:
            return [str(call["key"]) for call in self.received if call["answered"] == 200]

    def start(self) -> Receiver:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self


class _Handler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        signature = self.headers["X-Careteam-Signature"]
        timestamp = int(signature.split(",")[0].removeprefix("t="))
        expected = services.webhook_signature(secret=SECRET, timestamp=timestamp, body=body)
        time.sleep(self.server.delay)
        with self.server.lock:
            failing = self.server.failures > 0
            self.server.failures -= int(failing)
            self.server.received.append(
                {
                    "body": json.loads(body),
                    "key": self.headers["Idempotency-Key"],
                    "signed": hmac.compare_digest(signature, expected),
                    "answered": 503 if failing else 200,
                }
            )
        self.send_response(503 if failing else 200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass
