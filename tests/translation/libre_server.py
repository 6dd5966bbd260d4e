"""A small LibreTranslate of our own on 127.0.0.1, for testing machine translation for real.

It speaks LibreTranslate's POST /translate (q, source, target, api_key; as query string, form or
JSON), counts calls, records what it was sent, and can be told to misbehave: answer 429 or 500
(always, or the first N times), a malformed body, a quota error, something executable, or too slowly.
Its "translation" is the text in capitals prefixed with the target language, which leaves the
⟦n⟧ tokens (and so markup and glossary terms) untouched.
"""

import json
import threading
import time
from urllib.parse import parse_qs, urlparse

from .loopback_server import JSONHandler, serve


class LibreState:
    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.calls = 0
        self.texts = []
        self.mode = "ok"
        self.failures_left = 0
        self.delay = 0.0
        self.concurrent = 0
        self.max_concurrent = 0


class Handler(JSONHandler):
    state: LibreState

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        params = {k: v[0] for k, v in parse_qs(urlparse(self.path).query).items()}
        if body:
            try:
                params.update(json.loads(body))
            except ValueError:
                params.update({k: v[0] for k, v in parse_qs(body).items()})
        state = self.state
        with state.lock:
            state.calls += 1
            state.texts.append(params.get("q", ""))
            state.concurrent += 1
            state.max_concurrent = max(state.max_concurrent, state.concurrent)
            mode = state.mode
            failing = state.failures_left > 0
            if failing:
                state.failures_left -= 1
        try:
            self.answer(mode, failing, params)
        finally:
            with state.lock:
                state.concurrent -= 1

    def answer(self, mode, failing, params):
        if self.state.delay:
            time.sleep(self.state.delay)
        if mode == "429" or (mode == "429-then-ok" and failing):
            return self.send(429, {"error": "Slowdown: too many requests"})
        if mode == "500" or (mode == "500-then-ok" and failing):
            return self.send(500, {"error": "internal error"})
        if mode == "quota":
            return self.send(403, {"error": "Monthly character quota exceeded"})
        if mode == "auth":
            return self.send(403, {"error": "Invalid API key"})
        if mode == "malformed":
            return self.send(200, "this is not json", raw=True)
        if mode == "wrong-shape":
            return self.send(200, {"translated": "x"})
        text = f"{params.get('target')}: {params.get('q', '').upper()}"
        if mode == "inject":
            text = f'<script>alert("x")</script><img src=x onerror=alert(1)>{text}'
        return self.send(200, {"translatedText": text})


def start():
    state = LibreState()
    server = serve(Handler, state)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/"
    return server, state
