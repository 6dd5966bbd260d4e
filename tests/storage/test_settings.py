"""Media storage from the environment: the disk by default, an S3-compatible store when the
operator says so, and no start with half a configuration."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.settings.base import media_storage
from tests.core.test_settings import run_manage


def test_the_disk_unless_told_otherwise():
    assert media_storage({}) == {"BACKEND": "foreign_info.core.storage.PortalFileSystemStorage"}
    assert media_storage({"MEDIA_STORAGE": "filesystem", "AWS_STORAGE_BUCKET_NAME": "ignored"})["BACKEND"].endswith("FileSystemStorage")


def test_a_bucket_name_alone_means_s3_with_safe_defaults():
    storage = media_storage({"AWS_STORAGE_BUCKET_NAME": "portal-media"})
    assert storage["BACKEND"] == "foreign_info.core.storage.PortalS3Storage"
    options = storage["OPTIONS"]
    assert options["bucket_name"] == "portal-media"
    assert options["file_overwrite"] is False and options["querystring_auth"] is True
    assert options["signature_version"] == "s3v4" and options["default_acl"] is None and options["endpoint_url"] is None


def test_every_variable_reaches_the_storage():
    options = media_storage(
        {
            "MEDIA_STORAGE": "S3",
            "AWS_STORAGE_BUCKET_NAME": "thongtin",
            "AWS_S3_ENDPOINT_URL": "https://s3.hn.example.vn",
            "AWS_S3_REGION_NAME": "hn-1",
            "AWS_ACCESS_KEY_ID": "key",
            "AWS_SECRET_ACCESS_KEY": "secret",
            "AWS_S3_CUSTOM_DOMAIN": "media.thongtin.example.gov.vn",
            "AWS_LOCATION": "portal",
            "AWS_S3_ADDRESSING_STYLE": "path",
            "AWS_QUERYSTRING_AUTH": "false",
            "AWS_QUERYSTRING_EXPIRE": "900",
            "AWS_DEFAULT_ACL": "public-read",
        }
    )["OPTIONS"]
    assert (options["endpoint_url"], options["region_name"], options["access_key"], options["secret_key"]) == (
        "https://s3.hn.example.vn",
        "hn-1",
        "key",
        "secret",
    )
    assert (options["custom_domain"], options["location"], options["addressing_style"]) == ("media.thongtin.example.gov.vn", "portal", "path")
    assert (options["querystring_auth"], options["querystring_expire"], options["default_acl"]) == (False, 900, "public-read")


@pytest.mark.parametrize(("environ", "message"), [({"MEDIA_STORAGE": "s3"}, "AWS_STORAGE_BUCKET_NAME"), ({"MEDIA_STORAGE": "ftp"}, "MEDIA_STORAGE must be")])
def test_half_a_configuration_refuses_to_start(environ, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        media_storage(environ)


def test_production_settings_use_the_bucket_and_pass_the_deploy_check(tmp_path):
    environment = production_environment(tmp_path, AWS_S3_ENDPOINT_URL="http://127.0.0.1:9")
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **environment)
    assert result.returncode == 0, result.stderr + result.stdout
    code = "from django.core.files.storage import default_storage as s; print(s.__class__.__name__, s.bucket_name, s.endpoint_url)"
    result = run_manage("shell", "-v", "0", "-c", code, **environment)
    assert result.stdout.split() == ["PortalS3Storage", "thongtin-media", "http://127.0.0.1:9"], result.stderr
    result = run_manage("check", **{**environment, "MEDIA_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": ""})
    assert result.returncode != 0 and "needs AWS_STORAGE_BUCKET_NAME" in result.stderr


def production_environment(tmp_path, **extra):
    return {
        "SECRET_KEY": "k" * 20 + "-production-like-secret-for-the-deploy-check-5f1a",
        "ALLOWED_HOSTS": "thongtin.example.gov.vn",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CACHE_DIR": str(tmp_path / "cache"),
        "AWS_STORAGE_BUCKET_NAME": "thongtin-media",
        **extra,
    }


def test_signed_media_urls_must_outlive_cached_pages(tmp_path):
    result = run_manage("check", **production_environment(tmp_path, AWS_QUERYSTRING_EXPIRE="900", PAGE_CACHE_SECONDS="600"))
    assert result.returncode != 0 and "core.E101" in result.stderr and "AWS_QUERYSTRING_EXPIRE (900 s)" in result.stderr
    result = run_manage("check", **production_environment(tmp_path, AWS_QUERYSTRING_EXPIRE="1500", PAGE_CACHE_SECONDS="600"))
    assert result.returncode == 0, result.stderr


def test_a_custom_domain_without_signatures_is_a_warning_unless_the_bucket_is_public_on_purpose(tmp_path):
    custom = production_environment(tmp_path, AWS_S3_CUSTOM_DOMAIN="media.thongtin.example.gov.vn")
    result = run_manage("check", "--fail-level", "WARNING", **custom)
    assert result.returncode != 0 and "core.W101" in result.stderr
    result = run_manage("check", "--fail-level", "WARNING", **custom, AWS_QUERYSTRING_AUTH="false", AWS_DEFAULT_ACL="public-read")
    assert result.returncode == 0, result.stderr
