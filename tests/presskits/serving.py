"""Helpers of the build-cache and download tests: URLs, accredited sessions, ZIP checks."""

import datetime
import io
import zipfile

from foreign_info.presskits import access
from foreign_info.presskits.models import AccreditationRequest


def download_url(kit, language="vi", resolution="web"):
    return f"{kit.url}download/{language}/{resolution}/"


def body_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def assert_zip(data):
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.testzip() is None
    assert "manifest.json" in archive.namelist()
    return archive


def accredited(client, **fields):
    """An approved journalist, remembered in `client`'s session as after opening their link."""
    values = {
        "name": "Claire Dubois",
        "outlet": "Le Monde",
        "outlet_country": "FR",
        "nationality": "FR",
        "position": "Correspondante",
        "email": "claire@example.org",
        "phone": "+33 1 23 45 67 89",
        "languages": ["fr", "en"],
        "purpose": "Reportage sur le café",
        "visit_start": datetime.date.today() + datetime.timedelta(days=10),
        "visit_end": datetime.date.today() + datetime.timedelta(days=14),
        "consent": True,
        "language": "fr",
        "status": AccreditationRequest.Status.APPROVED,
        **fields,
    }
    journalist = AccreditationRequest.objects.create(**values)
    session = client.session
    session[access.SESSION_KEY] = {"a": journalist.pk, "v": journalist.token_version}
    session.save()
    return journalist
