"""Words and numbers of the quarterly report, in the report's language (the active one).

Contract: `number(value)` and `percent(share)` format the CLDR way with Babel (Vietnamese
"2.873" and "13,2 %"); `change(now, before)` says the difference to the previous quarter
("+120 (+13,2 %)", or the absolute difference alone when the previous value was 0);
`document_date(place, day)` is the place and date line (Decree 30: "Đắk Lắk, ngày 05 tháng 02
năm 2026"); `roman(quarter)`; `short_date`, `long_date`; the `*_narrative` functions build a few sentences from the figures
out of translated strings with placeholders, so each catalogue words them its own way.
"""

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from django.utils import translation
from django.utils.translation import gettext as _


def locale():
    return translation.to_locale(translation.get_language() or "vi")


def number(value):
    return format_decimal(value, format="#,##0.##", locale=locale())


def percent(share):
    return format_percent(share, format="#,##0.0 %", locale=locale())


def change(now, before):
    difference = now - before
    sign = "+" if difference > 0 else ""
    text = f"{sign}{number(difference)}"
    if before and difference:
        text += f" ({sign}{percent(difference / before)})"
    return text


def roman(quarter):
    return ("I", "II", "III", "IV")[quarter - 1]


def short_date(day):
    return format_date(day, format="dd/MM/y" if translation.get_language() == "vi" else "medium", locale=locale())


def long_date(day):
    return format_date(day, format="long", locale=locale())


def document_date(place, day):
    if translation.get_language() == "vi":
        # Decree 30, appendix I: a day below 10 and months 1 and 2 take a leading zero.
        month = f"{day.month:02d}" if day.month < 3 else str(day.month)
        return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"
    return f"{place}, {format_date(day, format='long', locale=locale())}"


def trend(now, before):
    unsigned = change(now, before).replace("+", "").replace("-", "")
    if now > before:
        return _("up %(change)s on the previous quarter") % {"change": unsigned}
    if now < before:
        return _("down %(change)s on the previous quarter") % {"change": unsigned}
    return _("the same as in the previous quarter")


def indicators_narrative(quarter, year, now, before):
    reach, earlier = now["reach"], before["reach"]
    sentences = [
        _("In quarter %(quarter)s of %(year)s the section's pages were viewed %(views)s times, %(trend)s.")
        % {"quarter": roman(quarter), "year": year, "views": number(reach["views"]), "trend": trend(reach["views"], earlier["views"])},
        _("%(abroad)s views came from abroad, from %(countries)s countries; views from abroad are %(trend)s.")
        % {
            "abroad": number(reach["views_abroad"]),
            "countries": number(reach["countries_reached"]),
            "trend": trend(reach["views_abroad"], earlier["views_abroad"]),
        },
        _("%(pages)s foreign-language pages were published.") % {"pages": number(sum(now["output"].values()))},
    ]
    return " ".join(sentences)


def languages_narrative(rows):
    total = sum(views for _name, views in rows)
    if not total:
        return _("No page was viewed in this quarter.")
    name, views = rows[0]
    return _("Pages in %(language)s were read most: %(share)s of all views.") % {"language": name, "share": percent(views / total)}


def translation_narrative(coverage):
    """`coverage`: [(language name, share)] ordered as the report lists them."""
    if not coverage:
        return ""
    best_name, best = max(coverage, key=lambda item: item[1])
    average = sum(share for _name, share in coverage) / len(coverage)
    return _("On average %(average)s of the Vietnamese pages have a translation; %(language)s is the best covered (%(best)s).") % {
        "average": percent(average),
        "language": best_name,
        "best": percent(best),
    }


def scores_narrative(rows, overall):
    met = sum(1 for row in rows if row.met)
    return _("Criteria meeting their target: %(met)s of %(total)s; overall score: %(overall)s.") % {
        "met": number(met),
        "total": number(len(rows)),
        "overall": percent(overall / 100),
    }


def departments_narrative(rows):
    if not rows:
        return _("No department is registered yet.")
    submitted = sum(row["submitted"] for row in rows)
    published = sum(row["published"] for row in rows)
    active = sum(1 for row in rows if row["submitted"])
    return _("Departments that sent contributions: %(active)s of %(total)s; contributions submitted: %(submitted)s, published: %(published)s.") % {
        "active": number(active),
        "total": number(len(rows)),
        "submitted": number(submitted),
        "published": number(published),
    }
