"""What a photo's EXIF says about when it was taken, to prefill a photo story's items.

The GPS position is only ever removed (photos.py), never read into a field: coordinates are not a
place name, and a public "place" prefilled with them told readers where a reporter stood.
"""

import datetime

EXIF_IFD, GPS_IFD = 0x8769, 0x8825
DATE_TIME_ORIGINAL, DATE_TIME = 0x9003, 0x0132


def date_taken(exif):
    raw = exif.get_ifd(EXIF_IFD).get(DATE_TIME_ORIGINAL) or exif.get(DATE_TIME)
    try:
        return datetime.datetime.strptime(str(raw).strip("\x00 "), "%Y:%m:%d %H:%M:%S").date() if raw else None
    except ValueError:
        return None
