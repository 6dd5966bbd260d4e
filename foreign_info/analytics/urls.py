from django.urls import path

from . import beacon, views

app_name = "analytics"
urlpatterns = [
    path("beacon/", beacon.beacon, name="beacon"),
    path("counter/<int:site_id>/", views.counter, name="counter"),
    path("ranking/methodology/", views.methodology, name="methodology"),
]
