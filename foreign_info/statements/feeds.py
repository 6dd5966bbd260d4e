"""The statements feed of a section (/<lang>/statements/feed/): statements and corrections only, for
newsrooms and fact-checkers who follow what the province says officially."""

from django.utils.translation import gettext as _

from foreign_info.publishing.feeds import RssSectionFeed

from .listings import statements_in


class StatementsFeed(RssSectionFeed):
    def title(self, section):
        return f"{_('Official statements and corrections')} · {section.title}"

    def link(self, section):
        return section.get_url(self.request) + "statements/"

    def items(self, section):
        return list(statements_in(section)[:30])

    def item_categories(self, statement):
        return [statement.kind]

    def item_author_name(self, statement):
        return statement.issued_by or None

    def item_enclosures(self, statement):
        return []
