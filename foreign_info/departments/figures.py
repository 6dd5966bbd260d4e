"""The statistics dashboard's table of department contributions (the analytics app lists it with
its other tables; the counting is `contributions.contributions`)."""

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from .contributions import contributions


def contributions_table(filters):
    """Per department, for the dashboard's period: pages submitted, pages published, and pages
    waiting now. Departments are the province's, not a site's: the site and language filters do
    not narrow it."""
    from foreign_info.analytics.figures import Table

    rows = [[str(row["department"]), row["submitted"], row["published"], row["pending"]] for row in contributions(filters.start, filters.end)]
    # The same English words head the contributions listing's date columns ("Envoyée le"): a
    # context of their own (literal, for makemessages) makes every language read these as counts.
    # The report's table shares it.
    columns = [
        _("Department"),
        pgettext("column heading: number of pages", "Submitted"),
        pgettext("column heading: number of pages", "Published"),
        _("Waiting now"),
    ]
    return Table("department-contributions", _("Department contributions"), columns, rows, chart="bars")
