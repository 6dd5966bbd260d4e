"""contacts.vcf: the kit's press contacts as vCard 4.0 (RFC 6350), one VCARD each, so a journalist
imports them into a phone or address book in one step.

Written by hand rather than with a library because the rules that matter are few and exact: text
values escape backslash, comma, semicolon and newline; lines end in CRLF and are folded at 75
octets, never inside a UTF-8 character (Vietnamese, Lao and Khmer names are mostly multi-byte).
"""

from foreign_info.core.languages import bcp47

FOLD_AT = 75


def escape(text):
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\r\n", "\n").replace("\n", "\\n")


def fold(line):
    """`line` as one or more physical lines of at most 75 octets (continuations start with a space)."""
    pieces, current, size = [], [], 0
    for character in line:
        width = len(character.encode("utf-8"))
        limit = FOLD_AT if not pieces else FOLD_AT - 1  # a continuation's leading space counts
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(character)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def name_parts(name):
    """Family name first, as in Vietnamese (and Chinese, Korean, Japanese) names, which is how the
    provincial contacts are written: "Nguyễn Thị Hoa" -> family "Nguyễn", given "Thị Hoa"."""
    words = name.split()
    if len(words) < 2:
        return name, ""
    return words[0], " ".join(words[1:])


def tel_uri(phone):
    digits = "".join(character for character in phone if character.isdigit() or character == "+")
    return f"tel:{digits}"


def card(contact):
    family, given = name_parts(contact.name)
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"FN:{escape(contact.name)}", f"N:{escape(family)};{escape(given)};;;"]
    if contact.organisation:
        lines.append(f"ORG:{escape(contact.organisation)}")
    if contact.role:
        lines.append(f"TITLE:{escape(contact.role)}")
    if contact.phone:
        lines.append(f"TEL;VALUE=uri;TYPE=work,voice:{tel_uri(contact.phone)}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=work:{escape(contact.email)}")
    for preference, code in enumerate(contact.languages, start=1):
        lines.append(f"LANG;PREF={min(preference, 100)}:{bcp47(code)}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def contacts_vcf(contacts):
    return "".join(card(contact) for contact in contacts)
