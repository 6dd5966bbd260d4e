"""Real processes for tests that promise recovery: a Redis server of the test's own, gunicorn
serving the test database, `manage.py db_worker`. Everything listens on 127.0.0.1 only, on a free port."""

import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, process=None, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before listening on {port}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {seconds} s")


class RedisServer:
    """redis-server on a free loopback port, without persistence, in a folder of its own.
    `pause()`/`resume()` (SIGSTOP/SIGCONT) make it unreachable with its data kept, as a network
    partition would; `kill()` stops it for good."""

    def __init__(self, folder):
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is missing: `make install` installs Debian's redis-server")
        self.port = free_port()
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port, self.process)

    def url(self, db=0):
        return f"redis://127.0.0.1:{self.port}/{db}"

    def pause(self):
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        self.process.send_signal(signal.SIGCONT)

    def kill(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.kill()
            self.process.wait(10)


def database_url():
    """The test database as a DATABASE_URL, for processes started by a (transactional) test."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def process_environment(**extra):
    """Test settings (the same SECRET_KEY, so a session made here is valid there), the test database."""
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database_url(),
        "TEST_MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "LOG_LEVEL": "WARNING",
    }
    env.update({key: str(value) for key, value in extra.items()})
    return env


class Gunicorn:
    """gunicorn serving portal.wsgi with test settings and the given environment."""

    def __init__(self, log_folder, workers=2, **env):
        self.port = free_port()
        self.log = open(Path(log_folder) / f"gunicorn-{self.port}.log", "w")  # noqa: SIM115 - closed in stop()
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(
            [str(gunicorn), "portal.wsgi", "--bind", f"127.0.0.1:{self.port}", "--workers", str(workers), "--threads", "4", "--timeout", "60"],
            cwd=ROOT,
            env=process_environment(**env),
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_for_port(self.port, self.process, seconds=60)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, path, host=None, headers=None, data=None, method=None):
        """(status, headers, body) of one request; redirects are not followed."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            headers = {"Host": host or "testserver", **(headers or {})}
            connection.request(method or ("POST" if data is not None else "GET"), urllib.parse.quote(path, safe="/?=&%:"), body=data, headers=headers)
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        finally:
            connection.close()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.log.close()

    def output(self):
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")
