"""Retention: `manage.py purge_accreditations` erases what PERSONAL_DATA_RETENTION_DAYS no longer
allows, with its access log, keeps everything else, and is idempotent."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from foreign_info.presskits.models import AccessLogEntry, AccreditationRequest
from tests.presskits.accreditation_fixtures import make_request

pytestmark = pytest.mark.django_db


def aged(request, received_days=0, decided_days=None, access_days=None):
    now = timezone.now()
    AccreditationRequest.objects.filter(pk=request.pk).update(
        created_at=now - timedelta(days=received_days),
        decided_at=None if decided_days is None else now - timedelta(days=decided_days),
        access_expires_at=None if access_days is None else now + timedelta(days=access_days),
    )
    return request


def purge():
    out = StringIO()
    call_command("purge_accreditations", stdout=out)
    return out.getvalue()


def test_purge_erases_only_what_retention_no_longer_allows(press_room, settings):
    settings.PRESSKITS = {**settings.PRESSKITS, "PERSONAL_DATA_RETENTION_DAYS": 100}
    old_pending = aged(make_request(press_room, name="Old pending"), received_days=101)
    aged(make_request(press_room, name="Recent pending"), received_days=99)
    old_rejected = aged(make_request(press_room, name="Old rejected", status="rejected"), received_days=130, decided_days=101)
    aged(make_request(press_room, name="Recent rejected", status="rejected"), received_days=130, decided_days=99)
    old_approved = aged(make_request(press_room, name="Old approved", status="approved"), received_days=200, decided_days=150, access_days=-120)
    # Decided long ago, but a link resent recently keeps the journalist's access (and data) alive.
    aged(make_request(press_room, name="Still in use", status="approved"), received_days=200, decided_days=150, access_days=10)
    for request in (old_pending, old_approved, old_approved):
        AccessLogEntry.objects.create(accreditation=request, action="opened")
    kept_log = AccessLogEntry.objects.create(accreditation=AccreditationRequest.objects.get(name="Still in use"), action="opened")

    output = purge()
    assert output.startswith("Erased 3 accreditation request(s) and 3 access log entr")
    assert set(AccreditationRequest.objects.values_list("name", flat=True)) == {"Recent pending", "Recent rejected", "Still in use"}
    assert list(AccessLogEntry.objects.all()) == [kept_log]
    assert not AccreditationRequest.objects.filter(pk__in=[old_pending.pk, old_rejected.pk, old_approved.pk]).exists()

    assert purge().startswith("Erased 0 accreditation request(s) and 0 access log entr")
    assert AccreditationRequest.objects.count() == 3
