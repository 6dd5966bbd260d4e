from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("analytics", "0007_rollup_buckets")]

    operations = [
        migrations.AlterField(model_name="hourlystat", name="bucket", field=models.CharField(max_length=32, unique=True)),
        migrations.AlterField(model_name="dailystat", name="bucket", field=models.CharField(max_length=32, unique=True)),
    ]
