"""The entry dossier of an award nomination, as a ZIP: see builder.py for the contract."""

from .builder import BUILDER_VERSION, write_dossier_zip

__all__ = ["BUILDER_VERSION", "write_dossier_zip"]
