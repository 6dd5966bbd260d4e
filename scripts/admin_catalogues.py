"""Build the project's catalogues for the Wagtail and wagtail-localize admin (locales_admin/).

Wagtail ships about a fifth of its admin strings in Vietnamese and nothing in Khmer or Lao, so the
project carries its own catalogues for the admin screens its editors and translators use. They sit
in `locales_admin/<lang>/LC_MESSAGES/{django,djangojs}.po`, apart from the project's own `locales/`
(whose completeness test and `makemessages` they must not disturb), and `LOCALE_PATHS` lists them
after `locales/`, so they take precedence over the apps' catalogues (`make messages` compiles them).

    python scripts/admin_catalogues.py                # refresh msgids from the installed apps, print counts
    python scripts/admin_catalogues.py --todo vi --match 'wagtail_localize|pages/' > todo.txt
    python scripts/admin_catalogues.py --add vi todo-vi.txt --match 'wagtail_localize|pages/'
                                                      # lines "N|translation" for todo.txt's N

Refreshing keeps the msgids of the installed Wagtail/wagtail-localize (their English catalogues
list them all), our translations, and the upstream translation where we have none; a translation
whose placeholders differ from its msgid's is refused.
"""

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "locales_admin"
LANGUAGES = ("vi", "km", "lo")
# Only the installed apps' catalogues (portal/settings/base.py): wagtail.locales is replaced by
# wagtail_localize.locales; styleguide, search promotions, simple translation and tables are not installed.
APPS = (
    "wagtail_localize",
    "wagtail_localize/locales",
    "wagtail/admin",
    "wagtail",
    "wagtail/users",
    "wagtail/images",
    "wagtail/documents",
    "wagtail/snippets",
    "wagtail/sites",
    "wagtail/embeds",
    "wagtail/search",
    "wagtail/contrib/forms",
    "wagtail/contrib/redirects",
    "wagtail/contrib/settings",
)
# Django's own strings that these admin screens show (ages in listings, the login form's labels):
# only those, so that Django's catalogues stay the source for the rest.
DJANGO_STRINGS = {
    "django/conf": {"%(num)d year", "%(num)d month", "%(num)d week", "%(num)d day", "%(num)d hour", "%(num)d minute", "This field is required."},
    "django/contrib/auth": {
        "username",
        "password",
        "Password",
        "email address",
        "first name",
        "last name",
        "Old password",
        "New password",
        "New password confirmation",
        "Enter the same password as before, for verification.",
        "Your password must contain at least %(min_length)d character.",
        "Your password can’t be too similar to your other personal information.",
        "Your password can’t be a commonly used password.",
        "Your password can’t be entirely numeric.",
    },
}
APPS += tuple(DJANGO_STRINGS)
DOMAINS = ("django", "djangojs")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdi]|%[sdi]|\{\w*\}|%%")
TODO_DIR = ROOT / "var"
HEADER = {
    "Project-Id-Version": "foreign-info admin",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}


def site_packages():
    import django

    return Path(django.__file__).resolve().parent.parent


def upstream(app, lang, domain):
    path = site_packages() / app / "locale" / lang / "LC_MESSAGES" / f"{domain}.po"
    return polib.pofile(str(path)) if path.exists() else None


def key(entry):
    return (entry.msgctxt, entry.msgid)


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def ours(lang, domain):
    path = OUT / lang / "LC_MESSAGES" / f"{domain}.po"
    return path, (polib.pofile(str(path)) if path.exists() else polib.POFile())


def translation_of(entry):
    return entry.msgstr_plural.get(0, "") if entry.msgid_plural else entry.msgstr


def build(lang, domain, added=None):
    """One catalogue as it should be: upstream msgids, our translations first, then upstream's."""
    _path, current = ours(lang, domain)
    mine = {key(e): translation_of(e) for e in current if translation_of(e)}
    mine.update(added or {})
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = dict(HEADER, Language=lang)
    seen = set()
    for app in APPS:
        source = upstream(app, "en", domain)
        if source is None:
            continue
        theirs = upstream(app, lang, domain)
        theirs = {key(e): translation_of(e) for e in theirs.translated_entries()} if theirs else {}
        wanted = DJANGO_STRINGS.get(app)
        for entry in source:
            if entry.obsolete or key(entry) in seen or (wanted and entry.msgid not in wanted):
                continue
            seen.add(key(entry))
            text = mine.get(key(entry)) or theirs.get(key(entry), "")
            # One plural form in vi, km and lo: it says what msgid_plural says, with its placeholders.
            if text and placeholders(text) != placeholders(entry.msgid_plural or entry.msgid):
                text = ""  # upstream or ours broke a placeholder: better English than a crash
            if text and entry.msgid.endswith(" ") and not text.endswith(" "):
                text += " "  # joined in code ("Translate with " + name): upstream vi had "Dịch với"
            new = polib.POEntry(msgid=entry.msgid, msgctxt=entry.msgctxt, flags=[f for f in entry.flags if f != "fuzzy"])
            new.occurrences = [(f"{app}/{file}", "") for file, _line in entry.occurrences]
            if entry.msgid_plural:
                new.msgid_plural = entry.msgid_plural
                new.msgstr_plural = {0: text}
            else:
                new.msgstr = text
            catalogue.append(new)
    return catalogue


def refresh(lang, domain, added=None):
    """Rewrite one catalogue from `build`; (translated, total)."""
    path, _current = ours(lang, domain)
    catalogue = build(lang, domain, added)
    path.parent.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(path))
    done = sum(1 for e in catalogue if translation_of(e))
    return done, len(catalogue)


def todo_state(lang, pattern, domain_filter):
    """Where a listing's numbering is kept: one file per language and selection, so that a table
    is always applied to the listing it was written for."""
    name = hashlib.sha1(f"{lang}|{pattern}|{domain_filter}".encode()).hexdigest()[:12]
    return TODO_DIR / f"admin_catalogues_todo-{lang}-{name}.json"


def todo(lang, pattern, domain_filter):
    """Untranslated entries whose msgid or location matches `pattern`, numbered for --add."""
    items = []
    for domain in DOMAINS:
        if domain_filter and domain != domain_filter:
            continue
        _path, current = ours(lang, domain)
        for entry in current:
            where = " ".join(file for file, _ in entry.occurrences)
            if translation_of(entry) or not re.search(pattern, where + " " + entry.msgid):
                continue
            items.append({"domain": domain, "msgctxt": entry.msgctxt, "msgid": entry.msgid, "plural": entry.msgid_plural})
    TODO_DIR.mkdir(exist_ok=True)
    todo_state(lang, pattern, domain_filter).write_text(json.dumps(items, ensure_ascii=False))
    for number, item in enumerate(items):
        context = f"[{item['msgctxt']}] " if item["msgctxt"] else ""
        plural = f"  ||PLURAL: {item['plural']!r}" if item["plural"] else ""
        print(f"{number}|{context}{item['msgid']!r}{plural}")


def add(lang, table, pattern, domain_filter):
    """Fill the entries of the --todo listing made with the same --match and --domain from lines
    "N|translation" (\\n for newlines)."""
    items = json.loads(todo_state(lang, pattern, domain_filter).read_text())
    added = {domain: {} for domain in DOMAINS}
    refused = []
    for line in Path(table).read_text().splitlines():
        if not line.strip() or "|" not in line:
            continue
        number, text = line.split("|", 1)
        item = items[int(number)]
        text = text.strip().replace("\\n", "\n")
        if placeholders(text) != placeholders(item["plural"] or item["msgid"]):
            refused.append((number, item["msgid"], text))
            continue
        added[item["domain"]][(item["msgctxt"] or None, item["msgid"])] = text
    for domain in DOMAINS:
        print(domain, refresh(lang, domain, added[domain]))
    for number, msgid, text in refused:
        print(f"refused {number}: placeholders differ: {msgid!r} -> {text!r}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--todo", metavar="LANG")
    parser.add_argument("--match", default="")
    parser.add_argument("--domain", choices=DOMAINS)
    parser.add_argument("--add", nargs=2, metavar=("LANG", "TABLE"))
    args = parser.parse_args()
    if args.todo:
        return todo(args.todo, args.match, args.domain)
    if args.add:
        return add(*args.add, args.match, args.domain)
    for lang in LANGUAGES:
        for domain in DOMAINS:
            done, total = refresh(lang, domain)
            print(f"{lang} {domain}: {done}/{total} translated, {total - done} left")


if __name__ == "__main__":
    main()
