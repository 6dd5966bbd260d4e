"""Credits are stored bare ("Lê C / TTXVN"): templates, captions in ZIPs and embedded photo
metadata put the label ("Ảnh:", "Photo:", "Video:") in the reader's language themselves. Editors
often type the label out of habit, which printed "Ảnh: Ảnh: Lê C"; the model strips it on save,
whatever form, import or API wrote it."""

import re
from functools import cache

from django.utils import translation
from django.utils.translation import gettext

from .languages import LANGUAGE_CODES

# Labels editors type besides the interface's own words for "Photo" and "Video" in every language.
EXTRA_LABELS = ("Ảnh", "Hình", "Hình ảnh", "Photo", "Foto", "Video", "Clip", "Credit", "Crédit", "Photo credit")


@cache
def label_pattern():
    labels = set(EXTRA_LABELS)
    for code in LANGUAGE_CODES:
        with translation.override(code):
            labels.update({gettext("Photo"), gettext("Video")})
    alternatives = "|".join(sorted((re.escape(label) for label in labels), key=len, reverse=True))
    # Only a label followed by a colon: "Ảnh Việt Studio" is a name, "Ảnh: Lê C" a label.
    return re.compile(rf"^\s*(?:{alternatives})\s*[:：]\s*", re.IGNORECASE)


def bare_credit(text):
    return label_pattern().sub("", text or "", count=1).strip()
