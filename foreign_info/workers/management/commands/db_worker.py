"""django-tasks-db's `db_worker`, holding a lease while it runs (foreign_info.workers.leases).

Same name and options as the command it replaces (this app is listed before django_tasks_db), so
the README, systemd units and habits stay the same; tasks left by a dead worker are taken up again.
"""

from django_tasks_db.management.commands import db_worker

from foreign_info.workers import leases


class Command(db_worker.Command):
    help = "Run a database background worker that holds a lease, and re-queue tasks of dead workers"

    def handle(self, *args, **options):
        lease = leases.hold(options["worker_id"])
        try:
            super().handle(*args, **options)
        finally:
            lease.release()
