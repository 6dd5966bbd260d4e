"""deploy/ is what the README's production section runs: its environment starts production
settings cleanly, its timers run every scheduled command with that environment, its nginx site
is valid for nginx itself (issue 11, item 2)."""

import configparser
import os
import re
import string
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.core.management import get_commands

from tests.deploy.nginx import TEMPLATE, render_server_block

ROOT = Path(settings.BASE_DIR)
DEPLOY = ROOT / "deploy"
ENV_FILE = "/etc/portal/portal.env"
# Commands an operator runs by hand, never on a schedule.
# build_name_font runs at install (`make fonts`), like collectstatic.
BY_HAND = {"load_demo", "flush_analytics", "build_name_font"}
# Commands that run all the time, as services of their own.
SERVICES = {"db_worker": "portal-worker.service"}


def example_environment():
    values = {}
    for line in (DEPLOY / "portal.env.example").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name] = value[1:-1] if value[:1] == value[-1:] == '"' else value  # as systemd reads it
    return values


def run_manage(*args, **env):
    environment = {"PATH": os.environ["PATH"], **env}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True)


def unit(path):
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str
    parser.read_string(path.read_text())
    return parser


def scheduled_commands():
    """Management commands of the project (and Wagtail's publish_scheduled) that must run on a schedule."""
    ours = {name for name, app in get_commands().items() if app.startswith("foreign_info.")}
    return (ours - BY_HAND - set(SERVICES)) | {"publish_scheduled"}


def test_the_example_environment_starts_production_settings_with_a_clean_deploy_check(tmp_path):
    environment = example_environment()
    assert environment["DJANGO_SETTINGS_MODULE"] == "portal.settings.production"
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **environment)
    assert result.returncode == 0, result.stderr + result.stdout


def test_deploy_manage_runs_commands_with_the_environment_file(tmp_path):
    """The wrapper the README uses for migrate, collectstatic and the rest reads the same file as
    the units (as a shell reads it: the example must be valid for both)."""
    env_file = tmp_path / "portal.env"
    env_file.write_text((DEPLOY / "portal.env.example").read_text())
    script = "from django.conf import settings; print(settings.SETTINGS_MODULE, settings.DEFAULT_FROM_EMAIL)"
    result = subprocess.run(
        [str(DEPLOY / "manage"), "shell", "-c", script], env={"PATH": os.environ["PATH"], "PORTAL_ENV_FILE": str(env_file)}, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "portal.settings.production Thong tin doi ngoai <thongtin@example.gov.vn>"


def test_production_refuses_a_page_cache_in_the_buffers_redis_database(tmp_path):
    environment = {**example_environment(), "REDIS_URL": "redis://127.0.0.1:6379/3", "REDIS_PAGE_CACHE_DB": "3"}
    result = run_manage("check", **environment)
    assert result.returncode != 0
    assert "REDIS_PAGE_CACHE_DB" in result.stderr


def test_every_scheduled_command_has_a_timer_running_it_with_the_production_environment():
    timers = {path.name: unit(path) for path in (DEPLOY / "systemd").glob("portal-*.timer")}
    commanded = {}
    for name, timer in timers.items():
        target = re.fullmatch(r"portal-manage@(\w+)\.service", timer["Timer"]["Unit"])
        assert target, name
        assert name == f"portal-{target.group(1)}.timer"
        assert timer["Timer"]["OnCalendar"]
        commanded[target.group(1)] = name
    assert set(commanded) == scheduled_commands()
    assert set(commanded) <= set(get_commands())
    for command, service in SERVICES.items():
        assert f"manage.py {command} " in unit(DEPLOY / "systemd" / service)["Service"]["ExecStart"], service
    runner = unit(DEPLOY / "systemd" / "portal-manage@.service")["Service"]
    assert runner["EnvironmentFile"] == ENV_FILE
    assert runner["ExecStart"].endswith("manage.py %i")
    readme = (ROOT / "README.md").read_text()
    for name in timers:
        assert f"`{name}`" in readme, name


def test_every_service_runs_as_the_site_user_with_the_production_environment():
    for path in (DEPLOY / "systemd").glob("*.service"):
        service = unit(path)["Service"]
        assert service["EnvironmentFile"] == ENV_FILE, path.name
        assert service["User"] == "portal", path.name
        assert service["WorkingDirectory"] == "/srv/portal/app", path.name
    gunicorn = unit(DEPLOY / "systemd" / "portal-gunicorn.service")["Service"]["ExecStart"]
    site = (DEPLOY / "nginx" / "portal-site.conf.template").read_text()
    assert "--bind ${GUNICORN_BIND}" in gunicorn
    assert f"server {example_environment()['GUNICORN_BIND']};" in site


def test_the_readme_renders_the_templates_with_exactly_their_variables():
    readme = (ROOT / "README.md").read_text()
    for template in (DEPLOY / "nginx").glob("*.template"):
        variables = set(re.findall(r"\$\{(PORTAL_\w+)\}", template.read_text()))
        command = re.search(r"envsubst '([^']*)' \\\n\s*< deploy/nginx/" + re.escape(template.name), readme)
        assert command, template.name
        assert set(re.findall(r"\$\{(\w+)\}", command.group(1))) == variables, template.name
        assert all(f"{name}=" in readme for name in variables)


def test_the_nginx_site_is_valid_for_nginx(tmp_path):
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
        + ["-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")],
        check=True,
        capture_output=True,
    )
    server = render_server_block(
        PORTAL_STATIC_ROOT="/srv/portal/static",
        PORTAL_MEDIA_ROOT="/srv/portal/media",
        PORTAL_PRIVATE_MEDIA_ROOT="/srv/portal/private-media",
        PORTAL_UPSTREAM="portal_gunicorn",
        PORTAL_MEDIA_PASS_SECRET="a-secret-of-at-least-32-characters-for-nginx",
    )
    (tmp_path / "portal-server.conf").write_text(server)
    site = string.Template((DEPLOY / "nginx" / "portal-site.conf.template").read_text()).safe_substitute(
        PORTAL_SERVER_NAME="thongtin.example.gov.vn", PORTAL_TLS_CERTIFICATE=tmp_path / "cert.pem", PORTAL_TLS_KEY=tmp_path / "key.pem"
    )
    site = site.replace("/etc/nginx/snippets/portal-server.conf", str(tmp_path / "portal-server.conf"))
    (tmp_path / "logs").mkdir()
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/logs/error.log;\nevents {{}}\n"
        f"http {{\ninclude /etc/nginx/mime.types;\naccess_log off;\nclient_body_temp_path {tmp_path};\nproxy_temp_path {tmp_path};\n{site}\n}}\n"
    )
    assert TEMPLATE.name == "portal-server.conf.template"
    result = subprocess.run(["/usr/sbin/nginx", "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
