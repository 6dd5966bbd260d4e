from django.urls import path

from . import beacon

app_name = "analytics"
urlpatterns = [
    path("beacon/", beacon.beacon, name="beacon"),
]
