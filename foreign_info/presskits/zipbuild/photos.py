"""Photos as a journalist gets them: the chosen size, and the caption, credit, copyright, licence,
place and date written into the file itself (XMP and IPTC IIM, in the kit's language), because a
photo travels through newsroom systems without the page or the README it came with.

Contract: `photo_bytes(kit_photo, resolution, language, title, extension)` returns the bytes of one
photo; only that photo is in memory while it is made.
- "web": a JPEG whose longest side is at most WEB_PHOTO_SIZE (never enlarged), turned upright by
  its EXIF orientation.
- "original": the uploaded file. JPEG, PNG, TIFF and WebP keep their format (exiv2 writes XMP into
  all four, IPTC into all but WebP, whose XMP carries the same fields); GIF, AVIF and HEIC (which
  exiv2 cannot write) become a full-size JPEG, the format every newsroom system reads. (Uploads
  are already GPS-free and HEIC-free when they come through media/photos.py; this does not rely
  on it.)
- No GPS position ever leaves in a photo: Exif GPS and XMP GPS tags are removed (a reporter's or
  source's location is not ours to publish).
"""

import io

import pyexiv2
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

from ..settings import presskit_setting

pyexiv2.set_log_level(4)  # exiv2 otherwise prints warnings about odd camera data to stderr

# The formats an original keeps, by the extension it is planned under (plan.PHOTO_EXTENSIONS);
# every other upload (GIF, AVIF, HEIC) is planned as .jpg and converted.
EXTENSION_FORMATS = {"jpg": "JPEG", "png": "PNG", "tif": "TIFF", "webp": "WEBP"}
NO_IPTC = {"WEBP"}
JPEG_QUALITY = 85
# IPTC IIM fields have byte limits that strict readers enforce; XMP carries the full text.
IIM_LIMITS = {"Caption": 2000, "Credit": 32, "Copyright": 128, "SubLocation": 32, "City": 32, "ObjectName": 64}


def photo_bytes(kit_photo, resolution, language, title, extension):
    """The photo's bytes as it goes into the kit under a name ending in `extension`."""
    target = EXTENSION_FORMATS[extension]
    with kit_photo.image.file.open("rb") as source:
        data = source.read()
    with Image.open(io.BytesIO(data)) as image:
        if resolution == "web":
            data = web_jpeg(image)
        elif image.format != target:
            data = full_jpeg(image) if target == "JPEG" else converted(image, target)
    return with_metadata(data, kit_photo, language, title, iptc=target not in NO_IPTC)


def web_jpeg(image):
    longest = presskit_setting("WEB_PHOTO_SIZE")
    # A JPEG can be decoded at 1/2, 1/4 or 1/8 of its size, much faster; draft keeps it at least
    # as large as the box, so the resize below still has the pixels it needs.
    image.draft("RGB", (longest, longest))
    exif = image.getexif()
    upright = ImageOps.exif_transpose(image)
    upright.thumbnail((longest, longest), Image.Resampling.LANCZOS)  # never enlarges
    return encode_jpeg(upright, exif, image.info.get("icc_profile"))


def full_jpeg(image):
    return encode_jpeg(ImageOps.exif_transpose(image), image.getexif(), image.info.get("icc_profile"))


def converted(image, target):
    """An original whose content is not what its name says (a PNG named .webp): re-encoded losslessly."""
    exif = image.getexif()
    exif.pop(0x8825, None)
    output = io.BytesIO()
    image.save(output, target, exif=exif.tobytes(), **({"lossless": True} if target == "WEBP" else {}))
    return output.getvalue()


def encode_jpeg(image, exif, icc_profile):
    exif[0x0112] = 1  # the pixels are upright now
    exif.pop(0x8825, None)  # GPS
    output = io.BytesIO()
    options = {"quality": JPEG_QUALITY, "optimize": True, "exif": exif.tobytes()}
    if icc_profile:
        options["icc_profile"] = icc_profile
    flat_rgb(image).save(output, "JPEG", **options)
    return output.getvalue()


def flat_rgb(image):
    """JPEG has no transparency: transparent parts go white, as on a page."""
    if image.mode in ("RGBA", "LA", "P", "PA"):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        return background
    return image if image.mode in ("RGB", "L") else image.convert("RGB")


def usage_terms(kit_photo):
    licence = kit_photo.image.get_licence_display()
    if kit_photo.licence_url:
        return _("Licence: %(licence)s (%(url)s). Credit: %(credit)s.") % {"licence": licence, "url": kit_photo.licence_url, "credit": kit_photo.credit or "-"}
    return _("%(licence)s. Free to use in reporting on this press kit's subject, with the credit: %(credit)s.") % {
        "licence": licence,
        "credit": kit_photo.credit or "-",
    }


def iim(text, field):
    """`text` cut to the field's byte limit without splitting a UTF-8 character."""
    return text.encode("utf-8")[: IIM_LIMITS[field]].decode("utf-8", "ignore")


def with_metadata(data, kit_photo, language, title, iptc=True):
    from foreign_info.core.languages import bcp47

    lang = bcp47(language)

    def alt(text):
        return {'lang="x-default"': text, f'lang="{lang}"': text}

    terms = usage_terms(kit_photo)
    metadata = pyexiv2.ImageData(data)
    try:
        exif = metadata.read_exif()
        gps = {key: None for key in exif if key.startswith("Exif.GPSInfo.") or key == "Exif.Image.GPSTag"}
        if gps:
            metadata.modify_exif(gps)
        xmp = {key: None for key in metadata.read_xmp() if key.startswith("Xmp.exif.GPS")}
        xmp |= {"Xmp.xmpRights.UsageTerms": alt(terms), "Xmp.xmpRights.Marked": "True"}
        if kit_photo.caption:
            xmp["Xmp.dc.description"] = alt(kit_photo.caption)
        if title:
            xmp["Xmp.dc.title"] = alt(title)
        if kit_photo.copyright:
            xmp["Xmp.dc.rights"] = alt(kit_photo.copyright)
        if kit_photo.credit:
            xmp["Xmp.photoshop.Credit"] = kit_photo.credit
        if kit_photo.licence_url:
            xmp["Xmp.xmpRights.WebStatement"] = kit_photo.licence_url
        if kit_photo.place:
            xmp["Xmp.Iptc4xmpCore.Location"] = kit_photo.place
        if kit_photo.date_taken:
            xmp["Xmp.photoshop.DateCreated"] = kit_photo.date_taken.isoformat()
        metadata.modify_xmp(xmp)
        if iptc:
            metadata.modify_iptc(iptc_fields(kit_photo, title))
        return metadata.get_bytes()
    finally:
        metadata.close()


def iptc_fields(kit_photo, title):
    fields = {"Iptc.Envelope.CharacterSet": "\x1b%G"}  # UTF-8 (IIM 1:90)
    if kit_photo.caption:
        fields["Iptc.Application2.Caption"] = iim(kit_photo.caption, "Caption")
    if title:
        fields["Iptc.Application2.ObjectName"] = iim(title, "ObjectName")
    if kit_photo.credit:
        fields["Iptc.Application2.Credit"] = iim(kit_photo.credit, "Credit")
    if kit_photo.copyright:
        fields["Iptc.Application2.Copyright"] = iim(kit_photo.copyright, "Copyright")
    if kit_photo.place:
        fields["Iptc.Application2.SubLocation"] = iim(kit_photo.place, "SubLocation")
    if kit_photo.date_taken:
        fields["Iptc.Application2.DateCreated"] = kit_photo.date_taken.isoformat()
    return fields


def estimated_bytes(image, resolution):
    """The photo's size in the ZIP without opening it: the stored size for originals; for web
    photos the stored size scaled by the pixels kept (the original's own bytes per pixel say how
    much detail it has), a little more since a smaller picture packs detail more densely."""
    size = image.file_size or stored_size(image.file)
    if resolution != "web":
        return size + METADATA_BYTES
    longest = presskit_setting("WEB_PHOTO_SIZE")
    width, height = image.width or longest, image.height or longest
    kept = min(1.0, longest / max(width, height, 1)) ** 2
    if not size:
        return int(width * height * kept * WEB_BYTES_PER_PIXEL) + METADATA_BYTES
    return int(min(size, size * kept * DENSER)) + METADATA_BYTES


def stored_size(field_file):
    """A storage lookup (a stat on disk) for files saved without their size in the database."""
    try:
        return field_file.size if field_file else 0
    except OSError:
        return 0


WEB_BYTES_PER_PIXEL = 0.35  # a JPEG photograph at quality 85, when the original's size is unknown
DENSER = 1.3
METADATA_BYTES = 4096
