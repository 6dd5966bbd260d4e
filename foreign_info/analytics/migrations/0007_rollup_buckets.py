"""Rollup rows get a unique bucket key so that flushes add to them with an upsert (issue 12).

Existing rows are named here; rows an unlocked concurrent refresh wrote twice (the bug this
fixes) are the same recomputation stored twice, so one of each is kept, not their sum."""

import hashlib

from django.db import migrations, models

DIMENSIONS = ("site_id", "page_id", "kind", "content_language", "country", "channel", "target")


def key(grain, moment, values):
    text = "\x1f".join([grain, moment.isoformat(), *("" if value is None else str(value) for value in values)])
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def name_buckets(apps, schema_editor):
    import datetime

    for model_name, grain, time_field, dimensions in (
        ("HourlyStat", "h", "hour", (*DIMENSIONS, "device")),
        ("DailyStat", "d", "day", DIMENSIONS),
    ):
        model = apps.get_model("analytics", model_name)
        seen = set()
        duplicates = []
        for row in model.objects.order_by("pk").iterator():
            moment = getattr(row, time_field)
            if isinstance(moment, datetime.datetime):
                moment = moment.astimezone(datetime.UTC)
            bucket = key(grain, moment, [getattr(row, name) for name in dimensions])
            if bucket in seen:
                duplicates.append(row.pk)
                continue
            seen.add(bucket)
            model.objects.filter(pk=row.pk).update(bucket=bucket)
        model.objects.filter(pk__in=duplicates).delete()


class Migration(migrations.Migration):
    dependencies = [("analytics", "0006_daily_rollups_without_device")]

    operations = [
        migrations.AddField(model_name="hourlystat", name="bucket", field=models.CharField(max_length=32, null=True)),
        migrations.AddField(model_name="dailystat", name="bucket", field=models.CharField(max_length=32, null=True)),
        migrations.CreateModel(
            name="RollupVisitor",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("bucket", models.CharField(max_length=32)),
                ("visitor", models.CharField(max_length=16)),
                ("day", models.DateField(db_index=True)),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("bucket", "visitor"), name="analytics_visitor_once_per_bucket")],
            },
        ),
        migrations.RunPython(name_buckets, migrations.RunPython.noop),
    ]
