"""Leases for background workers, so that work survives a killed worker.

Contract:
- `hold(worker_id)` (called by `manage.py db_worker`, which this app overrides) records a lease and
  starts a daemon thread that renews it every `heartbeat_seconds()`; the returned object's
  `release()` deletes it on a graceful exit.
- Each renewal also runs `requeue_abandoned()`: a task RUNNING whose last worker holds no lease
  renewed within `lease_seconds()` was left by a dead worker. It goes back to READY, so any worker
  runs it again from the start (our tasks take ids and load their rows again, and are safe to run
  twice: a kit build starts over, a flush replays without double counting). After
  `MAX_ATTEMPTS` workers died on the same task it is marked FAILED instead, so a task that kills
  its worker cannot take every worker down in turn.
- Leases of workers gone for a day are deleted on the way.

Timings come from settings (WORKER_HEARTBEAT_SECONDS, WORKER_LEASE_SECONDS; 5 and 30 by default):
a task of a killed worker runs again within about lease + heartbeat seconds.
"""

import datetime
import logging
import os
import socket
import threading

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .models import WorkerLease

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 3


def heartbeat_seconds():
    return float(getattr(settings, "WORKER_HEARTBEAT_SECONDS", 5))


def lease_seconds():
    return float(getattr(settings, "WORKER_LEASE_SECONDS", 30))


class WorkerLost(Exception):
    """Recorded as the error of a task whose workers kept dying."""


def renew(worker_id, now=None):
    now = now or timezone.now()
    updated = WorkerLease.objects.filter(pk=worker_id).update(renewed_at=now)
    if not updated:
        WorkerLease.objects.update_or_create(pk=worker_id, defaults={"host": socket.gethostname()[:255], "pid": os.getpid(), "renewed_at": now})


def requeue_abandoned(now=None):
    """Put the tasks of dead workers back in the queue; returns how many were re-queued."""
    now = now or timezone.now()
    expiry = now - datetime.timedelta(seconds=lease_seconds())
    alive = set(WorkerLease.objects.filter(renewed_at__gte=expiry).values_list("worker_id", flat=True))
    requeued = 0
    for pk, worker_ids, started_at in DBTaskResult.objects.running().values_list("pk", "worker_ids", "started_at"):
        if worker_ids and worker_ids[-1] in alive:
            continue
        if started_at is not None and started_at >= expiry:
            continue  # just claimed: its worker's first renewal may not be written yet
        # `started_at` in the filter: a row claimed again meanwhile is left alone.
        rows = DBTaskResult.objects.filter(pk=pk, status=TaskResultStatus.RUNNING, started_at=started_at)
        if len(worker_ids) >= MAX_ATTEMPTS:
            error = WorkerLost(f"{len(worker_ids)} workers died running this task ({', '.join(worker_ids)})")
            rows.update(
                status=TaskResultStatus.FAILED,
                finished_at=now,
                exception_class_path=f"{WorkerLost.__module__}.{WorkerLost.__qualname__}",
                traceback=f"{error.__class__.__name__}: {error}",
            )
            logger.error("task %s failed: %s", pk, error)
        elif rows.update(status=TaskResultStatus.READY, started_at=None):
            requeued += 1
            logger.warning("task %s was left running by dead worker %s: queued again", pk, worker_ids[-1] if worker_ids else "?")
    WorkerLease.objects.filter(renewed_at__lt=now - datetime.timedelta(days=1)).delete()
    return requeued


class Lease:
    def __init__(self, worker_id):
        self.worker_id = worker_id
        self.stopped = threading.Event()
        renew(worker_id)
        requeue_abandoned()
        self.thread = threading.Thread(target=self.beat, name="worker-lease", daemon=True)
        self.thread.start()

    def beat(self):
        while not self.stopped.wait(heartbeat_seconds()):
            try:
                close_old_connections()
                renew(self.worker_id)
                requeue_abandoned()
            except DatabaseError:  # a locked SQLite file, a database restart: the next beat retries
                logger.warning("worker %s could not renew its lease", self.worker_id, exc_info=True)
            finally:
                connection.close()

    def release(self):
        self.stopped.set()
        try:
            WorkerLease.objects.filter(pk=self.worker_id).delete()
        except DatabaseError:
            logger.warning("worker %s could not release its lease", self.worker_id, exc_info=True)


def hold(worker_id):
    return Lease(worker_id)
