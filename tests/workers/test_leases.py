"""Tasks left RUNNING by a dead worker are queued again (foreign_info.workers.leases)."""

import datetime

import pytest
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from foreign_info.workers import leases
from foreign_info.workers.models import WorkerLease

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def short_leases(settings):
    settings.WORKER_LEASE_SECONDS = 30
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def running_task(worker_ids, started_seconds_ago):
    from foreign_info.analytics.tasks import flush_events

    result = flush_events.enqueue()
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING, worker_ids=worker_ids, started_at=timezone.now() - datetime.timedelta(seconds=started_seconds_ago)
    )
    return DBTaskResult.objects.get(pk=result.id)


def lease(worker_id, renewed_seconds_ago):
    WorkerLease.objects.create(worker_id=worker_id, host="h", pid=1, renewed_at=timezone.now() - datetime.timedelta(seconds=renewed_seconds_ago))


def status(task):
    task.refresh_from_db()
    return task.status


def test_a_task_of_a_worker_whose_lease_expired_is_queued_again():
    lease("dead", renewed_seconds_ago=120)
    task = running_task(["dead"], started_seconds_ago=300)
    assert leases.requeue_abandoned() == 1
    assert status(task) == TaskResultStatus.READY
    assert DBTaskResult.objects.ready().filter(pk=task.pk).exists()  # what db_worker claims next


def test_a_task_of_a_live_worker_is_left_alone_however_long_it_runs():
    lease("alive", renewed_seconds_ago=2)
    task = running_task(["alive"], started_seconds_ago=3 * 3600)
    assert leases.requeue_abandoned() == 0
    assert status(task) == TaskResultStatus.RUNNING


def test_a_task_just_claimed_is_left_alone_until_its_worker_could_have_renewed():
    task = running_task(["starting"], started_seconds_ago=1)
    assert leases.requeue_abandoned() == 0
    assert status(task) == TaskResultStatus.RUNNING


def test_a_task_that_killed_three_workers_fails_instead_of_killing_a_fourth():
    task = running_task(["a", "b", "c"], started_seconds_ago=300)
    assert leases.requeue_abandoned() == 0
    task.refresh_from_db()
    assert task.status == TaskResultStatus.FAILED
    assert "3 workers died" in task.traceback and task.finished_at is not None


def test_leases_of_workers_gone_for_a_day_are_deleted():
    lease("long-gone", renewed_seconds_ago=2 * 86400)
    lease("recent", renewed_seconds_ago=60)
    leases.requeue_abandoned()
    assert set(WorkerLease.objects.values_list("worker_id", flat=True)) == {"recent"}


def test_db_worker_is_the_leased_one():
    from django.core.management import get_commands, load_command_class

    command = load_command_class(get_commands()["db_worker"], "db_worker")
    assert command.__module__ == "foreign_info.workers.management.commands.db_worker"


@pytest.mark.django_db
def test_old_task_results_are_pruned_in_every_queue(settings):
    """The timer's command: finished results past the retention go, recent and running ones stay."""
    import datetime

    from django.core.management import call_command
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    settings.TASK_RESULTS_RETENTION_DAYS = 14
    old = timezone.now() - datetime.timedelta(days=20)
    rows = []
    for queue, finished, status in (
        ("default", old, "SUCCESSFUL"),
        ("analytics", old, "FAILED"),
        ("default", timezone.now(), "SUCCESSFUL"),
        ("default", None, "RUNNING"),
    ):
        rows.append(
            DBTaskResult.objects.create(
                task_path="foreign_info.analytics.tasks.flush_events",
                backend_name="default",
                queue_name=queue,
                status=status,
                finished_at=finished,
                args_kwargs={"args": [], "kwargs": {}},
            )
        )
    call_command("prune_task_results", verbosity=0)
    assert set(DBTaskResult.objects.values_list("pk", flat=True)) == {rows[2].pk, rows[3].pk}
