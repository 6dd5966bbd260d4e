from .accreditation import AccessLogEntry, AccreditationRequest  # noqa: F401
from .builds import KitBuild, KitItemLink  # noqa: F401
from .pages import PressKitPage, PressRoomPage  # noqa: F401
