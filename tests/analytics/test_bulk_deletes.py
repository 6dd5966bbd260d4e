"""Statistics tables are emptied by single DELETE statements: the retention prune, the visitor
sets' prune and each flush's staging rows. Django loads every row of a queryset before deleting
it when anything listens to that model's deletes (a receiver connected for every sender does);
at national scale that is millions of rows in one process's memory."""

import datetime

import pytest
from django.apps import apps
from django.db import connection
from django.db.models.deletion import Collector
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from foreign_info.analytics.flush import prune
from foreign_info.analytics.models import Event

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", list(apps.get_app_config("analytics").get_models()), ids=lambda model: model.__name__)
def test_every_statistics_table_is_deleted_in_one_statement(model):
    assert Collector(using="default").can_fast_delete(model.objects.all())


def test_the_retention_prune_reads_no_event(settings):
    old = timezone.now() - datetime.timedelta(days=settings.ANALYTICS["RETENTION_DAYS"] + 2)
    Event.objects.bulk_create([Event(site_id=1, kind="view", key=f"old-{n}", occurred_at=old, visitor="0" * 16) for n in range(50)])
    with CaptureQueriesContext(connection) as queries:
        prune()
    assert not Event.objects.exists()
    assert not [query["sql"] for query in queries if query["sql"].startswith("SELECT") and Event._meta.db_table in query["sql"]]
