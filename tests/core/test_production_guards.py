"""Production refuses what would leak: mail to the console, the demo's known passwords (issue 11)."""

import os
import subprocess
import sys

from django.conf import settings

ROOT = settings.BASE_DIR
SECRET = "k" * 20 + "-production-like-secret-for-the-guard-tests-0c7e"


def run_manage(tmp_path, *args, **env):
    environment = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": SECRET,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CACHE_DIR": str(tmp_path / "cache"),
        **env,
    }
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True)


def backend(tmp_path, **env):
    result = run_manage(tmp_path, "shell", "-c", "from django.conf import settings; print(settings.EMAIL_BACKEND)", **env)
    return result.returncode, result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "", result.stderr


def test_production_mail_goes_out_by_smtp_by_default(tmp_path):
    code, value, errors = backend(tmp_path)
    assert code == 0, errors
    assert value == "django.core.mail.backends.smtp.EmailBackend"


def test_production_refuses_the_console_mail_backend_unless_told(tmp_path):
    for local in ("console", "filebased", "locmem"):
        code, _value, errors = backend(tmp_path, EMAIL_BACKEND=f"django.core.mail.backends.{local}.EmailBackend")
        assert code != 0
        assert "ALLOW_CONSOLE_EMAIL" in errors
    code, value, errors = backend(tmp_path, EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend", ALLOW_CONSOLE_EMAIL="true")
    assert code == 0, errors
    assert value == "django.core.mail.backends.console.EmailBackend"


def test_load_demo_refuses_production_settings_without_force(tmp_path):
    result = run_manage(tmp_path, "load_demo")
    assert result.returncode != 0
    assert "production settings" in result.stderr and "--force" in result.stderr
    assert "admin-demo-2026" not in result.stdout
    assert not (tmp_path / "db.sqlite3").exists() or os.path.getsize(tmp_path / "db.sqlite3") == 0  # nothing written


def test_load_demo_with_force_gets_past_the_guard(tmp_path):
    result = run_manage(tmp_path, "load_demo", "--force")
    # no migrated database here: it fails later, on the database, not on the guard
    assert "production settings" not in result.stderr


def test_nginx_sending_private_files_needs_a_real_media_pass_secret(tmp_path):
    """With X-Accel, nginx sends embargoed files to whoever holds a pass signed with this secret
    (presskits/media_pass.py): an empty or short one would let anyone forge a pass."""
    accel = {"PRESSKITS_SERVE_WITH": "x-accel-redirect"}
    for secret in ("", "short"):
        code, _value, errors = backend(tmp_path, PRIVATE_MEDIA_PASS_SECRET=secret, **accel)
        assert code != 0 and "PRIVATE_MEDIA_PASS_SECRET" in errors
    code, _value, errors = backend(tmp_path, PRIVATE_MEDIA_PASS_SECRET="p" * 40, **accel)
    assert code == 0, errors
