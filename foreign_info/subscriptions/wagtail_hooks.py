from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import NAMESPACE, SubscriptionPermissionPolicy, SubscriptionViewSet
from .models import Subscription

# Before any view asks for it: Wagtail otherwise creates its default policy on first use.
register_permission_policy(Subscription, SubscriptionPermissionPolicy(Subscription))


@hooks.register("register_admin_viewset")
def register_subscriptions_admin():
    return SubscriptionViewSet(NAMESPACE)
