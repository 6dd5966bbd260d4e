from django.urls import path

from . import views

app_name = "sharing"
urlpatterns = [path("<int:page_id>.png", views.card, name="card")]
