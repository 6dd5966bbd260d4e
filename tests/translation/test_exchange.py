"""PO exchange for a selection of jobs of one language: the round trip, and every import error
reported per string with nothing stored."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import StringTranslation

from foreign_info.translation.models import JobState
from tests import factories
from tests.conftest import publish
from tests.translation.conftest import job_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_pages(section):
    return [
        publish(
            factories.ArticlePageFactory(parent=section, title="Cà phê", body=[("paragraph", '<p>Xem <a href="https://example.org">trang</a> %(n)s lần.</p>')])
        ),
        publish(factories.ArticlePageFactory(parent=section, title="Cồng chiêng")),
    ]


def export(client, jobs, code="en"):
    response = client.post(reverse("translation:export_po", args=[code]), {"jobs": [job.pk for job in jobs]})
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def upload(client, po, code="en"):
    file = SimpleUploadedFile("agency.po", str(po).encode(), content_type="text/x-gettext-translation")
    return client.post(reverse("translation:import_po", args=[code]), {"file": file})


def fill(po):
    for entry in po:
        entry.msgstr = entry.msgid.replace("Xem", "See").replace("trang", "page").replace("lần", "times") + " [en]"
    return po


def test_round_trip_for_several_jobs(two_pages, team, client):
    client.force_login(team["translator_en"])
    jobs = [job_for(page, "en") for page in two_pages]
    po = export(client, jobs)
    assert {entry.msgctxt.split(":")[0] for entry in po} == {str(job.pk) for job in jobs}
    response = upload(client, fill(po))
    assert response.status_code == 302
    assert StringTranslation.objects.filter(tool_name="PO file", locale__language_code="en").count() == len(po)
    for job in jobs:
        job.refresh_from_db()
        assert job.state == JobState.IN_PROGRESS and job.translated_segments == job.total_segments
    again = export(client, jobs)
    assert all(entry.msgstr.endswith("[en]") for entry in again)


def mutate(po, how):
    entry = next(e for e in po if "<a" in e.msgid)
    if how == "unknown job":
        entry.msgctxt = "999999:title"
    elif how == "unknown segment":
        entry.msgctxt = entry.msgctxt.split(":")[0] + ":nowhere"
    elif how == "changed msgid":
        entry.msgid = "Một câu khác"
    elif how == "unbalanced tags":
        entry.msgstr = 'See <a id="a1">page %(n)s times.'
    elif how == "lost placeholder":
        entry.msgstr = 'See <a id="a1">page</a> many times.'
    elif how == "lost link":
        entry.msgstr = "See page %(n)s times."
    elif how == "nul character":
        entry.msgstr = 'See <a id="a1">page</a> %(n)s\x00 times.'
    elif how == "title too long":  # PostgreSQL would refuse it as the page's draft title: a 500
        next(e for e in po if e.msgctxt.endswith(":title")).msgstr = "Department of Tourism " * 20
    return po


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("unknown job", "unknown job"),
        ("unknown segment", "unknown string"),
        ("changed msgid", "source text changed"),
        ("unbalanced tags", "unbalanced"),
        ("lost placeholder", "placeholders"),
        ("lost link", "tags"),
        ("nul character", "nul character"),
        ("title too long", "holds at most 255"),
    ],
)
def test_each_import_error_is_reported_per_string_and_nothing_is_stored(two_pages, team, client, how, words):
    client.force_login(team["translator_en"])
    jobs = [job_for(page, "en") for page in two_pages]
    po = mutate(fill(export(client, jobs)), how)
    before = StringTranslation.objects.count()
    response = upload(client, po)
    assert response.status_code == 200
    errors = response.context["errors"]
    assert len(errors) == 1 and words in errors[0][1].lower()
    assert StringTranslation.objects.count() == before
    assert all(job_for(page, "en").state == JobState.WAITING for page in two_pages)


def test_files_for_another_language_or_not_po_are_refused(two_pages, team, client):
    client.force_login(team["lead"])
    po = fill(export(client, [job_for(two_pages[0], "fr")], code="fr"))
    client.force_login(team["translator_en"])
    response = upload(client, po, code="en")
    assert {message for _label, message in response.context["errors"]} == {"Unknown job, or a job in another language."}
    response = client.post(reverse("translation:import_po", args=["en"]), {"file": SimpleUploadedFile("x.po", b"\xff\xfe garbage")})
    assert response.status_code == 200 and response.context["errors"]
    assert client.post(reverse("translation:export_po", args=["en"]), {"jobs": []}).status_code == 302


def test_a_po_file_is_read_from_its_bytes_never_from_a_path_it_names(two_pages, team, client, tmp_path):
    """polib opens its argument when it names an existing file: a "file" whose content is a
    server path must not make the import read that file and echo its msgids."""
    client.force_login(team["translator_en"])
    job = job_for(two_pages[0], "en")
    elsewhere = polib.POFile()
    elsewhere.append(polib.POEntry(msgctxt=f"{job.pk}:title", msgid="SECRET-FROM-THE-SERVER", msgstr="x"))
    secret = tmp_path / "secret.po"
    elsewhere.save(str(secret))
    before = StringTranslation.objects.count()
    response = client.post(reverse("translation:import_po", args=["en"]), {"file": SimpleUploadedFile("x.po", str(secret).encode())})
    assert response.status_code == 200 and response.context["errors"]
    assert b"SECRET-FROM-THE-SERVER" not in response.content
    assert StringTranslation.objects.count() == before


def test_xliff_export_carries_the_same_units(two_pages, team, client):
    from xml.etree import ElementTree

    client.force_login(team["translator_en"])
    jobs = [job_for(page, "en") for page in two_pages]
    po = export(client, jobs)
    response = client.post(reverse("translation:export_po", args=["en"]), {"jobs": [job.pk for job in jobs], "format": "xliff"})
    assert response["Content-Type"].startswith("application/x-xliff+xml")
    root = ElementTree.fromstring(response.content)
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    units = root.findall(".//x:trans-unit", ns)
    assert [unit.get("id") for unit in units] == [entry.msgctxt for entry in po]
    assert [unit.find("x:source", ns).text for unit in units] == [entry.msgid for entry in po]
    assert root.find("x:file", ns).get("target-language") == "en"


def xliff_of(client, jobs, code="en"):
    response = client.post(reverse("translation:export_po", args=[code]), {"jobs": [job.pk for job in jobs], "format": "xliff"})
    return response.content.decode()


def upload_xliff(client, text, code="en"):
    file = SimpleUploadedFile("agency.xlf", text.encode(), content_type="application/x-xliff+xml")
    return client.post(reverse("translation:import_po", args=[code]), {"file": file})


def fill_xliff(text):
    from xml.etree import ElementTree

    ElementTree.register_namespace("", "urn:oasis:names:tc:xliff:document:1.2")
    root = ElementTree.fromstring(text)
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    for unit in root.findall(".//x:trans-unit", ns):
        source = unit.find("x:source", ns).text
        unit.find("x:target", ns).text = source.replace("Xem", "See").replace("trang", "page").replace("lần", "times") + " [en]"
    return root, ElementTree.tostring(root, encoding="unicode")


def test_xliff_round_trip(two_pages, team, client):
    client.force_login(team["translator_en"])
    jobs = [job_for(page, "en") for page in two_pages]
    _root, filled = fill_xliff(xliff_of(client, jobs))
    response = upload_xliff(client, filled)
    assert response.status_code == 302
    translations = StringTranslation.objects.filter(tool_name="PO file", locale__language_code="en")
    assert translations.count() == len(export(client, jobs)) and all(t.data.endswith("[en]") for t in translations)
    assert any('<a id="a1">page</a>' in t.data for t in translations)  # the link survives as exported


@pytest.mark.parametrize(
    ("how", "words"),
    [("changed source", "source text changed"), ("unbalanced tags", "unbalanced"), ("inline elements", "inline xliff"), ("unknown unit", "unknown job")],
)
def test_each_xliff_error_is_reported_per_unit_and_nothing_is_stored(two_pages, team, client, how, words):
    from xml.etree import ElementTree

    client.force_login(team["translator_en"])
    jobs = [job_for(page, "en") for page in two_pages]
    root, _text = fill_xliff(xliff_of(client, jobs))
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    unit = next(u for u in root.findall(".//x:trans-unit", ns) if "<a" in u.find("x:source", ns).text)
    if how == "changed source":
        unit.find("x:source", ns).text = "Một câu khác"
    elif how == "unbalanced tags":
        unit.find("x:target", ns).text = 'See <a id="a1">page %(n)s times.'
    elif how == "inline elements":
        ElementTree.SubElement(unit.find("x:target", ns), "{urn:oasis:names:tc:xliff:document:1.2}g", id="1").text = "page"
    elif how == "unknown unit":
        unit.set("id", "999999:title")
    before = StringTranslation.objects.count()
    response = upload_xliff(client, ElementTree.tostring(root, encoding="unicode"))
    assert response.status_code == 200
    errors = response.context["errors"]
    assert len(errors) == 1 and words in errors[0][1].lower()
    assert StringTranslation.objects.count() == before


@pytest.mark.parametrize(
    "content",
    [
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><xliff version="1.2"><file><body/></file></xliff>',
        "<xliff><file><body><trans-unit",
        "<html><body>not xliff</body></html>",
    ],
    ids=["entity expansion", "truncated", "not xliff"],
)
def test_unsafe_or_broken_xml_is_refused_with_a_message(two_pages, team, client, content):
    client.force_login(team["translator_en"])
    response = upload_xliff(client, content)
    assert response.status_code == 200
    assert [message for _label, message in response.context["errors"]] == ["This is not a well-formed XLIFF file."]


def test_oversized_exchange_files_are_refused(two_pages, team, client, monkeypatch):
    from foreign_info.translation import forms

    monkeypatch.setattr(forms, "MAX_EXCHANGE_FILE_BYTES", 10)
    client.force_login(team["translator_en"])
    response = upload_xliff(client, "<xliff>" + "x" * 100 + "</xliff>")
    assert response.status_code == 200 and "larger than 1 MB" in response.content.decode()
