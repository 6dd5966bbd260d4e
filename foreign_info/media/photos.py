"""Every photo uploaded to the portal is made safe to publish before it is stored.

Contract: `prepare(file)` reads an uploaded image and returns a `PreparedPhoto` with when it was
taken (from EXIF, to prefill a photo story's items) and, when the file must change, new
content: the GPS position removed (a reporter's location must not travel with every rendition and
download: Willow copies EXIF into renditions), and HEIC converted to JPEG, which every browser
and newsroom opens. A JPEG is rewritten with its own quantisation tables, so it loses nothing
visible. Files it cannot read are left for Wagtail's own validation to refuse.
"""

import io
import os
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from . import exif

CONVERT_TO_JPEG = {"HEIF", "HEIC", "MPO"}


@dataclass
class PreparedPhoto:
    taken_on: object = None
    content: bytes | None = None
    name: str = ""
    size: tuple = (0, 0)


def prepare(file, name):
    file.seek(0)
    data = file.read()
    file.seek(0)
    try:
        with Image.open(io.BytesIO(data)) as image:
            metadata = image.getexif()
            prepared = PreparedPhoto(exif.date_taken(metadata))
            # CMYK JPEGs (from print workflows) show wrong colours or not at all in browsers.
            convert = image.format in CONVERT_TO_JPEG or image.mode == "CMYK"
            if exif.GPS_IFD not in metadata and not convert:
                return prepared
            metadata.pop(exif.GPS_IFD, None)
            output = io.BytesIO()
            options = {"exif": metadata.tobytes()}
            if image.info.get("icc_profile"):
                options["icc_profile"] = image.info["icc_profile"]
            if convert:
                to_rgb(image).save(output, "JPEG", quality=92, **{**options, "icc_profile": None} if image.mode == "CMYK" else options)
                name = os.path.splitext(name)[0] + ".jpg"
            elif image.format == "JPEG":
                image.save(output, "JPEG", quality="keep", **options)
            else:
                image.save(output, image.format, **options)
            prepared.content, prepared.name, prepared.size = output.getvalue(), name, image.size
            return prepared
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return PreparedPhoto()


def to_rgb(image):
    """RGB through the photo's own ICC profile where it has one (CMYK profiles differ a lot)."""
    profile = image.info.get("icc_profile")
    if image.mode == "CMYK" and profile:
        from PIL import ImageCms

        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            return ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode="RGB")
        except (ImageCms.PyCMSError, OSError):
            pass
    return image.convert("RGB")
