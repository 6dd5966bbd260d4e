"""A real nginx (Debian's) in front of the test server, configured from deploy/nginx's template.

`NginxServer(upstream, tmp_path)` renders deploy/nginx/portal-server.conf.template with this
test's folders (MEDIA_ROOT, PRIVATE_MEDIA_ROOT, portal/static for STATIC_ROOT; bench/production.py
passes its own), PRIVATE_MEDIA_PASS_SECRET and upstream, wraps
it in a server block on a free loopback port, and runs nginx as a foreground process (not a
daemon) until `stop()`. The locations under test are therefore the ones an operator installs.
"""

import os
import shutil
import socket
import string
import subprocess
import time
from pathlib import Path

import pytest
from django.conf import settings

TEMPLATE = Path(__file__).resolve().parents[2] / "deploy" / "nginx" / "portal-server.conf.template"
VARIABLES = ("PORTAL_STATIC_ROOT", "PORTAL_MEDIA_ROOT", "PORTAL_PRIVATE_MEDIA_ROOT", "PORTAL_UPSTREAM", "PORTAL_MEDIA_PASS_SECRET")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def render_server_block(**values):
    """The template with the variables the README's envsubst line replaces, and only those."""
    text = TEMPLATE.read_text()
    rendered = string.Template(text).safe_substitute({name: values[name] for name in VARIABLES})
    assert "${PORTAL_" not in rendered, "a variable of the template is not in VARIABLES"
    return rendered


class NginxServer:
    def __init__(self, upstream, workdir, static_root=None, media_root=None, private_root=None, media_pass_secret=None, port=None):
        self.binary = shutil.which("nginx") or "/usr/sbin/nginx"
        self.workdir = Path(workdir)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        prefix = self.workdir / "nginx"
        for folder in ("logs", "temp/body", "temp/proxy"):
            (prefix / folder).mkdir(parents=True, exist_ok=True)
        server = render_server_block(
            PORTAL_STATIC_ROOT=str(static_root or TEMPLATE.parents[2] / "portal" / "static"),
            PORTAL_MEDIA_ROOT=str(media_root or Path(settings.MEDIA_ROOT)),
            PORTAL_PRIVATE_MEDIA_ROOT=str(private_root or Path(settings.PRIVATE_MEDIA_ROOT)),
            PORTAL_UPSTREAM="portal_test",
            PORTAL_MEDIA_PASS_SECRET=media_pass_secret or settings.PRIVATE_MEDIA_PASS_SECRET,
        )
        # As root, nginx's workers would otherwise run as nobody, who cannot read pytest's folders.
        user = "user root;\n" if os.geteuid() == 0 else ""
        config = f"""{user}worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path {prefix}/temp/body;
    proxy_temp_path {prefix}/temp/proxy;
    fastcgi_temp_path {prefix}/temp/proxy;
    uwsgi_temp_path {prefix}/temp/proxy;
    scgi_temp_path {prefix}/temp/proxy;
    upstream portal_test {{ server {upstream}; keepalive 4; }}
    server {{
        listen 127.0.0.1:{self.port};
        server_name localhost;
{server}
    }}
}}
"""
        self.config = prefix / "nginx.conf"
        self.config.write_text(config)
        self.error_log = prefix / "logs" / "error.log"
        self.process = subprocess.Popen(
            [self.binary, "-p", str(prefix), "-c", str(self.config), "-g", "daemon off;"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        self.wait_until_listening()

    def wait_until_listening(self):
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx did not start:\n{self.process.stdout.read().decode()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("nginx did not listen within 10 s")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process.stdout.close()


@pytest.fixture
def nginx(live_server, settings, tmp_path):
    """nginx from deploy/'s template, on a free loopback port, in front of pytest-django's live
    server (which sees this test's settings and database), handing files over with X-Accel."""
    if shutil.which("nginx") is None and not os.path.exists("/usr/sbin/nginx"):
        pytest.fail("nginx is not installed: `make test` installs Debian's nginx (Makefile, system-packages)")
    settings.PRESSKITS = {**settings.PRESSKITS, "SERVE_WITH": "x-accel-redirect", "ACCEL_REDIRECT_PREFIX": "/protected-media/"}
    server = NginxServer(live_server.url.removeprefix("http://"), tmp_path)
    yield server
    server.stop()
