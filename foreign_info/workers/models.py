from django.db import models


class WorkerLease(models.Model):
    """A running `db_worker` says it is alive by renewing its lease (foreign_info.workers.leases).

    django-tasks-db records which worker claimed a task (`DBTaskResult.worker_ids`) but not whether
    that worker still lives: a worker killed mid-task (OOM, kill -9, a host lost) would leave the
    task RUNNING forever. A lease not renewed in time is how the other workers know."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    host = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField(auto_now_add=True)
    renewed_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return f"{self.worker_id} ({self.host}, pid {self.pid})"
