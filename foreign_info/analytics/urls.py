from django.urls import path

from . import beacon, views

app_name = "analytics"
urlpatterns = [
    path("beacon/", beacon.beacon, name="beacon"),
    path("ranking/methodology/", views.methodology, name="methodology"),
]
