import re

from django.db import migrations, models

# What media.exif.gps_place used to write into a photo's public "place": "12.6900, 108.1200".
COORDINATES = re.compile(r"^\s*-?\d{1,3}\.\d+,\s*-?\d{1,3}\.\d+\s*$")


def clear_coordinates(apps, schema_editor):
    """Places prefilled from GPS were coordinates, not place names, and public: empty them."""
    GalleryItem = apps.get_model("publishing", "GalleryItem")
    ids = [pk for pk, place in GalleryItem.objects.exclude(place="").values_list("pk", "place") if COORDINATES.match(place)]
    GalleryItem.objects.filter(pk__in=ids).update(place="")


class Migration(migrations.Migration):
    dependencies = [
        ("publishing", "0004_alter_articlepage_body"),
    ]

    operations = [
        migrations.AlterField(
            model_name="galleryitem",
            name="place",
            field=models.CharField(blank=True, help_text="District or town, e.g. Buôn Ma Thuột", max_length=120, verbose_name="place"),
        ),
        migrations.RunPython(clear_coordinates, migrations.RunPython.noop),
    ]
