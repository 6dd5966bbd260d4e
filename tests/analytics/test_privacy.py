"""No column stores an IP address or a user agent, and salts do not outlive 48 hours."""

import datetime

import pytest
from django.apps import apps
from django.db import connection
from django.utils import timezone

from foreign_info.analytics import buffer
from foreign_info.analytics.flush import drain_and_flush
from foreign_info.analytics.models import DailySalt
from foreign_info.analytics.visitors import delete_old_salts, visitor_hash

from .conftest import visit

pytestmark = pytest.mark.django_db
SUSPECT_NAMES = ("ip", "addr", "agent", "ua", "remote", "forwarded")
DISTINCT_UA = "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/131.0 Unique-Marker-4711"
DISTINCT_IP = "203.0.113.77"


def analytics_tables():
    return [model._meta.db_table for model in apps.get_app_config("analytics").get_models()]


def test_no_analytics_column_is_named_for_an_ip_or_a_user_agent():
    with connection.cursor() as cursor:
        for table in analytics_tables():
            for column in connection.introspection.get_table_description(cursor, table):
                parts = column.name.lower().split("_")
                assert not any(part in SUSPECT_NAMES for part in parts), f"{table}.{column.name}"


@pytest.mark.parametrize("through_staging", [True, False])
def test_no_stored_value_holds_the_ip_or_the_user_agent(client, section, article, through_staging):
    visit(client, "/vi/ca-phe/", DISTINCT_IP, DISTINCT_UA, HTTP_REFERER="https://news.example.org/a?email=x@y.z")
    if through_staging:
        buffer.drain()  # leave the events in the staging table
    else:
        drain_and_flush()
    with connection.cursor() as cursor:
        for table in analytics_tables():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608 - our own table names
            for row in cursor.fetchall():
                text = " ".join(str(value) for value in row)
                for secret in (DISTINCT_IP, "Unique-Marker-4711", "Firefox", "email=", "x@y.z"):
                    assert secret not in text, (table, secret)


def test_salts_older_than_48_hours_are_deleted():
    now = timezone.now()
    today = timezone.localdate(now)
    for age in (0, 1, 2, 3):
        salt = DailySalt.objects.create(day=today - datetime.timedelta(days=age), value="00" * 32)
        DailySalt.objects.filter(pk=salt.pk).update(created_at=now - datetime.timedelta(days=age, minutes=1))
    delete_old_salts(now)
    assert sorted(DailySalt.objects.values_list("day", flat=True)) == [today - datetime.timedelta(days=1), today]


def test_the_hash_depends_on_the_day_site_ip_and_user_agent():
    moment = timezone.now()
    base = visitor_hash(moment, "a.example", "1.2.3.4", "UA")
    assert base == visitor_hash(moment, "a.example", "1.2.3.4", "UA")
    assert (
        len(
            {
                base,
                visitor_hash(moment, "b.example", "1.2.3.4", "UA"),
                visitor_hash(moment, "a.example", "1.2.3.5", "UA"),
                visitor_hash(moment, "a.example", "1.2.3.4", "UA2"),
                visitor_hash(moment + datetime.timedelta(days=1), "a.example", "1.2.3.4", "UA"),
            }
        )
        == 5
    )
