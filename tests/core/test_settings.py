"""Production settings: secure by `check --deploy`, and no start without a secret key."""

import os
import subprocess
import sys

from django.conf import settings

ROOT = settings.BASE_DIR


def run_manage(*args, **env):
    environment = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "portal.settings.production", **env}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True)


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="k" * 20 + "-production-like-secret-for-the-deploy-check-5f1a",
        ALLOWED_HOSTS="thongtin.example.gov.vn",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        CACHE_DIR=str(tmp_path / "cache"),
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = run_manage("check", DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_lao_has_language_info_and_formats():
    from django.utils import formats, translation

    assert translation.get_language_info("lo")["name_local"] == "ລາວ"
    assert translation.get_language_info("km")["name_local"] == "ខ្មែរ"
    with translation.override("lo"):
        assert formats.get_format("DATE_FORMAT") == "j/n/Y"


def test_invalid_machine_translation_setting_refuses_to_start(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "portal.settings.test", "MACHINE_TRANSLATION": "{not json"},
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "MACHINE_TRANSLATION is not valid JSON" in result.stderr
