"""Private media through nginx, measured side by side in one run (issue 11, "Speed").

Starts the demo as deploy/ runs it: production settings under gunicorn, behind a real nginx
configured from deploy/nginx's template (tests/deploy/nginx.py renders it), with
PRESSKITS_SERVE_WITH=x-accel-redirect. Adds one camera-sized original photo twice: once released
(a file nginx serves from /media/ by itself) and once in the demo's embargoed kit (private: its URL
is the checking view, which answers an accredited journalist's session with X-Accel-Redirect, nginx
sending the file, and gives that session a short-lived pass: presskits/media_pass.py). The
journalist's first request is the checked one; the load then runs as their browser would, with the
session and the pass, which nginx validates itself (secure_link) without asking gunicorn. Loads
both URLs with wrk, in rounds with a rotating order, and prints requests per second and the median
of the per-round ratios, private / released (target >= 0.8).

The same bytes on both sides: what differs is nginx's check of the pass (an MD5 over two cookies).

    .venv/bin/python bench/production.py [--seconds 3] [--rounds 5] [--workers 3] [--megapixels 24]
"""

import argparse
import json
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pages import PYTHON, ROOT, environment, free_port, manage, wait_for, wrk  # noqa: E402

SETUP = """
import io, json, os
import django
django.setup()
from datetime import date, timedelta
from django.contrib.sessions.backends.db import SessionStore
from django.core.files.images import ImageFile
from PIL import Image
from foreign_info.core.models import PortalImage
from foreign_info.core.storage import is_private
from foreign_info.presskits import access
from foreign_info.presskits.models import AccreditationRequest, PressKitPage

width = int((MEGAPIXELS * 1e6 * 4 / 3) ** 0.5)
height = width * 3 // 4
noise = Image.frombytes("L", (width // 8, height // 8), os.urandom(width // 8 * (height // 8))).resize((width, height))
photo = Image.merge("RGB", (noise, noise.rotate(90, expand=False), noise.transpose(Image.FLIP_LEFT_RIGHT)))
buffer = io.BytesIO()
photo.save(buffer, "JPEG", quality=92)
data = buffer.getvalue()
released = PortalImage.objects.create(title="bench: released", file=ImageFile(io.BytesIO(data), name="bench-released.jpg"))
private = PortalImage.objects.create(title="bench: embargoed", file=ImageFile(io.BytesIO(data), name="bench-embargoed.jpg"))
kit = PressKitPage.objects.live().embargoed().filter(locale__language_code="vi").first()
kit.images.append(("photo", {"image": private, "caption": "bench", "place": "", "date_taken": None}))
kit.save_revision().publish()
private.refresh_from_db()
assert is_private(private.file.name), private.file.name
journalist = AccreditationRequest.objects.create(
    name="Bench Journalist", outlet="Bench", outlet_country="FR", nationality="FR", position="Correspondent",
    email="bench@example.org", phone="+33 1 00 00 00 00", languages=["fr"], purpose="bench",
    visit_start=date.today() + timedelta(days=10), visit_end=date.today() + timedelta(days=12),
    consent=True, language="fr", status=AccreditationRequest.Status.APPROVED,
)
session = SessionStore()
session[access.SESSION_KEY] = {"a": journalist.pk, "v": journalist.token_version}
session.create()
print(json.dumps({"released": released.file.url, "private": private.file.url, "bytes": len(data), "session": session.session_key}))
"""


def deploy_environment(workdir):
    """Production settings as deploy/ sets them: private files sent by nginx (X-Accel-Redirect)."""
    env = {**environment(workdir, "file"), "PRESSKITS_SERVE_WITH": "x-accel-redirect", "PRESSKITS_ACCEL_REDIRECT_PREFIX": "/protected-media/"}
    env["PRIVATE_MEDIA_ROOT"] = str(workdir / "private-media")
    env["PRIVATE_MEDIA_PASS_SECRET"] = secrets.token_urlsafe(32)
    return env


def load_demo_site(env):
    manage(env, "migrate", "--no-input")
    manage(env, "load_demo", "--force")
    manage(env, "collectstatic", "--no-input")


def serve_behind_nginx(env, workdir, workers, port=None, timeout=30):
    """gunicorn on `port` (a free one by default) and nginx from deploy/'s template in front of it
    (on the next port): the two processes, for the caller to stop."""
    from tests.deploy.nginx import NginxServer

    nginx_port = port + 1 if port else None
    port = port or free_port()
    command = [PYTHON, "-m", "gunicorn", "portal.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
    command += ["--timeout", str(timeout), "--log-level", "error"]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    wait_for(f"http://127.0.0.1:{port}/vi/", seconds=180)
    proxy = NginxServer(
        f"127.0.0.1:{port}",
        workdir,
        static_root=env["STATIC_ROOT"],
        media_root=env["MEDIA_ROOT"],
        private_root=env["PRIVATE_MEDIA_ROOT"],
        media_pass_secret=env["PRIVATE_MEDIA_PASS_SECRET"],
        port=nginx_port,
    )
    return server, proxy


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=3, help="length of each wrk run")
    parser.add_argument("--rounds", type=int, default=5, help="rounds; each measures both URLs, in a rotating order")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn sync workers")
    parser.add_argument("--megapixels", type=float, default=24, help="size of the photo (a camera original)")
    options = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            raise SystemExit(f"{tool} is needed (Debian package {tool}; `make bench` installs wrk, `make install` nginx)")

    workdir = Path(tempfile.mkdtemp(prefix="bench-production-"))
    env = deploy_environment(workdir)
    print(f"setting up the demo in {workdir} ...", flush=True)
    server = proxy = None
    try:
        load_demo_site(env)
        script = SETUP.replace("MEGAPIXELS", str(options.megapixels))
        found = json.loads(subprocess.run([PYTHON, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout.splitlines()[-1])
        server, proxy = serve_behind_nginx(env, workdir, options.workers)
        private_url = proxy.url + found["private"]
        cookie = f"sessionid={found['session']}; " + checked_request(private_url, f"sessionid={found['session']}", found["bytes"])
        urls = {
            "released photo (nginx)": (proxy.url + found["released"], []),
            "embargoed photo (pass)": (private_url, ["-H", f"Cookie: {cookie}"]),
        }
        check(urls, found["bytes"])
        names = list(urls)
        results = {name: [] for name in names}
        for round_number in range(options.rounds):
            for name in names[round_number % 2 :] + names[: round_number % 2]:
                url, headers = urls[name]
                results[name].append(wrk_with(url, headers, options))
    finally:
        if proxy is not None:
            proxy.stop()
        if server is not None:
            server.terminate()
            server.wait(timeout=20)
        shutil.rmtree(workdir, ignore_errors=True)

    released, private = (results[name] for name in names)
    ratio = statistics.median(p / r for p, r in zip(private, released, strict=True))
    print(f"\nthrough nginx: one {found['bytes'] / 1e6:.1f} MB original photo, {options.workers} gunicorn workers, {options.connections} connections,")
    print(f"{options.rounds} rounds x {options.seconds}s per URL, order rotating; median of per-round ratios")
    for name in names:
        median = statistics.median(results[name])
        print(f"  {name:28} median {median:7.0f} req/s ({median * found['bytes'] / 1e9:5.2f} GB/s)   rounds: {', '.join(f'{v:.0f}' for v in results[name])}")
    print(f"  embargoed (pass) / released (nginx) = {ratio:4.2f}   (target >= 0.8)")
    print("all targets met" if ratio >= 0.8 else "TARGET MISSED")
    return 0 if ratio >= 0.8 else 1


def checked_request(url, cookie, size):
    """The journalist's first request, which Django checks: the pass cookies it sets, as a Cookie value."""
    from http.cookies import SimpleCookie

    with urllib.request.urlopen(urllib.request.Request(url, headers={"Cookie": cookie})) as response:
        assert len(response.read()) == size, url
        jar = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            jar.load(header)
    if "portal_media_pass" not in jar:
        raise SystemExit(f"{url} gave the journalist no pass")
    return "; ".join(f"{name}={jar[name].value}" for name in ("portal_media_pass", "portal_media_expires"))


def check(urls, size):
    """Both answer the same bytes; the embargoed one only with the journalist's session."""
    for url, headers in urls.values():
        request = urllib.request.Request(url, headers=dict(header.split(": ", 1) for header in headers[1::2]))
        with urllib.request.urlopen(request) as response:
            assert len(response.read()) == size, url
    private_url = urls["embargoed photo (pass)"][0]
    try:
        urllib.request.urlopen(private_url)
        raise SystemExit(f"{private_url} answered the public")
    except urllib.error.HTTPError as error:
        assert error.code == 404, error.code
    time.sleep(0.5)


def wrk_with(url, headers, options):
    if not headers:
        return wrk(url, options.seconds, options.connections)
    output = subprocess.run(
        ["wrk", "-t2", f"-c{options.connections}", f"-d{options.seconds}s", *headers, url], capture_output=True, text=True, check=True
    ).stdout
    if "Non-2xx" in output:
        raise SystemExit(f"non-2xx answers from {url}:\n{output}")
    return float(output.split("Requests/sec:")[1].split()[0])


if __name__ == "__main__":
    sys.exit(main())
