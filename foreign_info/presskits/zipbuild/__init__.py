"""The ZIP of a press kit (issue 5, section 3): see builder.py for the contract."""

from .builder import BUILDER_VERSION, estimate_size, write_kit_zip

__all__ = ["BUILDER_VERSION", "estimate_size", "write_kit_zip"]
