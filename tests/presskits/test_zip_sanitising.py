"""Rich text written into a kit's ZIP is sanitised (issue 11, "Security headers and input"): markup an
editor, an import or a translation put into an article, a clip's description, a story's intro or
the kit's backgrounder cannot carry script into the HTML files a journalist opens on their own
computer (where no Content-Security-Policy protects them), nor into the text files."""

import pytest

from foreign_info.publishing.models import ArticlePage
from tests import factories
from tests.conftest import publish
from tests.presskits.conftest import kit_page
from tests.presskits.zipkit import build, check_archive

pytestmark = pytest.mark.django_db

HOSTILE = (
    '<p>Cà phê <b>Buôn Ma Thuột</b><script>alert("body")</script>'
    '<img src="x" onerror="alert(\'img\')"> <a href="javascript:alert(1)">xem</a>'
    ' <a href="/vi/ca-phe/" onclick="alert(2)">bài</a></p>'
    '<style>body{display:none}</style><iframe src="https://evil.example/"></iframe>'
)
EXECUTABLE = ("<script", "alert(", "onerror", "onclick", "javascript:", "<iframe", "<style>body")


def test_the_html_and_text_files_of_a_kit_carry_no_script(press_room, section, tmp_path):
    article = factories.ArticlePageFactory(parent=section, title="Cà phê", slug="ca-phe-doc")
    ArticlePage.objects.filter(pk=article.pk).update(body=[{"type": "paragraph", "value": HOSTILE}])
    article.refresh_from_db()
    publish(article)
    kit = kit_page(press_room, pages=[article])
    kit.backgrounder = HOSTILE
    publish(kit)
    archive, _manifest = check_archive(build(kit, tmp_path))
    written = {name: archive.read(name).decode() for name in archive.namelist() if name.endswith((".html", ".txt"))}
    article_html = next(text for name, text in written.items() if name.startswith("articles/") and name.endswith(".html"))
    readme = written["README.html"]
    for text in (article_html, readme):
        assert "<b>Buôn Ma Thuột</b>" in text  # the editor's formatting stays
        assert 'href="http://' in text and "/vi/ca-phe/" in text  # links still absolute
    for name, text in written.items():
        for marker in EXECUTABLE:
            assert marker not in text, (name, marker)
