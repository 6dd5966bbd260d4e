from django.urls import path

from . import views

app_name = "subscriptions"
urlpatterns = [path("unsubscribe/<path:token>/", views.unsubscribe, name="unsubscribe")]
