from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import AccreditationPermissionPolicy, PressRoomAdminGroup
from .models import AccreditationRequest

# Before any view asks for it: Wagtail otherwise creates its default policy on first use.
register_permission_policy(AccreditationRequest, AccreditationPermissionPolicy(AccreditationRequest))


@hooks.register("register_admin_viewset")
def register_press_room_admin():
    return PressRoomAdminGroup()
