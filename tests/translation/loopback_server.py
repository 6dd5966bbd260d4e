"""What the machine-translation test servers share: a quiet JSON handler and a threaded server on
127.0.0.1 on a free port, bound to the state object that the test reads and steers."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class JSONHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass  # the test's output is its assertions, not an access log

    def send(self, status, payload, raw=False):
        data = (payload if raw else json.dumps(payload)).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        try:
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the "too slow" mode)


def serve(handler_class, state):
    """Start `handler_class` (its requests see `state` as self.state) in a daemon thread; returns
    the server, whose address is server.server_address."""
    handler = type("BoundHandler", (handler_class,), {"state": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
