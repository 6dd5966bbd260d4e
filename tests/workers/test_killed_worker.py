"""A real `manage.py db_worker` killed with SIGKILL in the middle of a press-kit build: another
worker takes the build up again and the journalist's download works (foreign_info.workers)."""

import os
import secrets
import signal
import subprocess
import sys
import time

import pytest
from django.conf import settings as django_settings
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from foreign_info.presskits.models import KitBuild
from tests import factories
from tests.core.live import ROOT, database_url
from tests.presskits.conftest import kit_page, press_room  # noqa: F401  (the fixture)
from tests.presskits.serving import assert_zip, body_of, download_url

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

LEASE_SECONDS = 4


def start_worker(tmp_path, name):
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": database_url(),
        "MEDIA_ROOT": str(django_settings.MEDIA_ROOT),
        "CACHE_DIR": str(tmp_path / "cache"),
        "WORKER_LEASE_SECONDS": str(LEASE_SECONDS),
        "WORKER_HEARTBEAT_SECONDS": "0.5",
        "LOG_LEVEL": "WARNING",
    }
    log = open(tmp_path / f"{name}.log", "w")  # noqa: SIM115 - the process keeps it
    process = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay", "--worker-id", name],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    return process


def wait_until(condition, seconds, step=0.02):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    return None


def test_a_kit_build_killed_mid_task_is_finished_by_another_worker(client, press_room, settings, tmp_path):  # noqa: F811 - the imported fixture
    settings.PRESSKITS = {**settings.PRESSKITS, "INLINE_BUILD_MAX_BYTES": 1}
    photos = [factories.ImageFactory(title=f"Ảnh {n}", file__width=2400, file__height=1800) for n in range(24)]
    kit = kit_page(press_room, photos=photos)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # from here on, tasks wait for a worker

    assert client.get(download_url(kit)).status_code == 202  # queued for a worker
    task = DBTaskResult.objects.get(task_path__endswith="build_kit_zip")
    first = start_worker(tmp_path, "worker-one")
    workers = [first]
    try:
        claimed = wait_until(lambda: DBTaskResult.objects.filter(pk=task.pk, status=TaskResultStatus.RUNNING).exists(), 60)
        assert claimed, (tmp_path / "worker-one.log").read_text()
        wait_until(lambda: KitBuild.objects.filter(progress__gt=0).exists(), 10)
        os.kill(first.pid, signal.SIGKILL)
        first.wait(10)
        build = KitBuild.objects.get()
        assert build.status == KitBuild.Status.BUILDING, "the build ended before the worker was killed: make the kit larger"
        task.refresh_from_db()
        assert task.status == TaskResultStatus.RUNNING  # stuck, as django-tasks-db alone would leave it

        killed_at = time.monotonic()
        workers.append(start_worker(tmp_path, "worker-two"))
        ready = wait_until(lambda: KitBuild.objects.filter(status=KitBuild.Status.READY).exists(), 60, step=0.2)
        assert ready, (tmp_path / "worker-two.log").read_text()
        assert time.monotonic() - killed_at < 60
        task.refresh_from_db()
        assert task.status == TaskResultStatus.SUCCESSFUL
        assert task.worker_ids == ["worker-one", "worker-two"]
    finally:
        for process in workers:
            if process.poll() is None:
                process.terminate()
                process.wait(15)

    response = client.get(download_url(kit))
    assert response.status_code == 200
    archive = assert_zip(body_of(response))
    assert sum(name.lower().endswith(".jpg") for name in archive.namelist()) >= len(photos)
