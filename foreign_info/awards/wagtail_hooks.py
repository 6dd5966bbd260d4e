from wagtail import hooks

from .admin_views import AwardAdminGroup


@hooks.register("register_admin_viewset")
def register_award_admin():
    return AwardAdminGroup()
