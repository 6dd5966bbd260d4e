"""A small OpenAI-compatible chat server of our own on 127.0.0.1, standing in for a province's model.

It answers POST /v1/chat/completions as vLLM or Ollama would, counts requests, records what it was
sent, and can be told to misbehave like the LibreTranslate one (429, 500, quota, credentials, too
slowly, not JSON, not a completion) and in the ways only a language model does: a wrong number of
translations, a lost placeholder, a glossary term changed or left untranslated, injected script, or
prose around the JSON. "…-once" modes answer badly while `failures_left` lasts, to test the one retry.

Its "translation" of a segment is "<target>: " and the text in capitals, with each glossary term of
the request written as the request asks (the ⟦n⟧ placeholders pass through upper() unchanged).
"""

import json
import threading
import time

from .loopback_server import JSONHandler, serve


class ChatState:
    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.requests = 0
        self.bodies = []
        self.mode = "ok"
        self.failures_left = 0
        self.delay = 0.0
        self.authorization = []


class Handler(JSONHandler):
    state: ChatState

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        state = self.state
        with state.lock:
            state.requests += 1
            state.bodies.append(body)
            state.authorization.append(self.headers.get("Authorization", ""))
            mode, failing = state.mode, state.failures_left > 0
            if failing:
                state.failures_left -= 1
        if self.path.rstrip("/") != "/v1/chat/completions":
            return self.send(404, {"error": {"message": "not found"}})
        if state.delay:
            time.sleep(state.delay)
        if mode == "429":
            return self.send(429, {"error": {"message": "Rate limit reached", "type": "requests"}})
        if mode == "500" or (mode == "500-then-ok" and failing):
            return self.send(500, {"error": {"message": "CUDA out of memory"}})
        if mode == "quota":
            return self.send(429, {"error": {"message": "You exceeded your current quota", "code": "insufficient_quota"}})
        if mode == "auth":
            return self.send(401, {"error": {"message": "Invalid API key"}})
        if mode == "not-a-completion":
            return self.send(200, {"result": "x"})
        return self.send(
            200,
            {
                "id": "chat-1",
                "object": "chat.completion",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": self.content(body, mode, failing)}}],
            },
        )

    def content(self, body, mode, failing):
        request = json.loads(body["messages"][-1]["content"])
        target = request["target_language"]
        translations = []
        for segment in request["segments"]:
            text = segment["text"].upper()
            for entry in request["glossary"]:
                wording = {"keep-term": entry["source"], "change-term": "SOMETHING ELSE"}.get(mode, entry["target"])
                text = text.replace(entry["source"].upper(), wording)
            translations.append({"id": segment["id"], "text": f"{target}: {text}"})
        bad = failing if mode.endswith("-once") else True
        kind = mode.removesuffix("-once")
        if bad and kind == "wrong-count":
            translations = translations[:-1] or [{"id": 0, "text": "x"}, {"id": 1, "text": "y"}]
        if bad and kind == "lose-placeholder":
            translations = [{**t, "text": t["text"].replace("⟦0⟧", "")} for t in translations]
        if bad and kind == "prose":
            return "Here are the translations:\n" + json.dumps({"translations": translations})
        if bad and kind == "not-json":
            return "I cannot help with that."
        if kind == "inject":
            translations = [{**t, "text": t["text"] + '<script>alert("x")</script><img src=x onerror=alert(1)>'} for t in translations]
        return json.dumps({"translations": translations}, ensure_ascii=False)


def start():
    state = ChatState()
    server = serve(Handler, state)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    return server, state
