"""An OpenAI-compatible chat endpoint on loopback that records each request it receives."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ChatServer(ThreadingHTTPServer):
    """Answers POST /v1/chat/completions with `answer` as the assistant's message, after
    `delay` seconds, or with HTTP `status` when it is not 200."""

    daemon_threads = True

    def __init__(self, answer: str, delay: float = 0.0, status: int = 200) -> None:
        self.answer = answer
        self.delay = delay
        self.status = status
        self.requests: list[dict] = []
        self.raw: list[bytes] = []
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def __enter__(self) -> ChatServer:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: ChatServer

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        with self.server.lock:
            self.server.raw.append(body)
            self.server.requests.append({"path": self.path, "body": json.loads(body)})
        time.sleep(self.server.delay)
        if self.path != "/v1/chat/completions" or self.server.status != 200:
            self._send(
                self.server.status if self.server.status != 200 else 404,
                {"error": {"message": "no", "type": "server_error"}},
            )
            return
        self._send(
            200,
            {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": "test-model",
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": self.server.answer},
                    }
                ],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            },
        )

    def _send(self, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)

    def log_message(self, *args: object) -> None:
        pass
