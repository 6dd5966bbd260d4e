"""What a photo's EXIF says about when and where it was taken, to prefill a photo story's items.

Both functions take a Pillow Exif and return None or "" for missing or broken values, never raise.
The place is the GPS position in decimal degrees, for the editor to replace with a name.
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


def gps_place(exif):
    gps = exif.get_ifd(GPS_IFD)
    try:
        latitude = degrees(gps[2]) * (-1 if gps.get(1) == "S" else 1)
        longitude = degrees(gps[4]) * (-1 if gps.get(3) == "W" else 1)
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return ""
    return f"{latitude:.4f}, {longitude:.4f}"


def degrees(value):
    d, m, s = (float(part) for part in value)
    return d + m / 60 + s / 3600
