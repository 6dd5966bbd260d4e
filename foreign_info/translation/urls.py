from django.urls import path

from . import views

app_name = "translation"
urlpatterns = [
    path("", views.index, name="index"),
    path("queue/<str:code>/", views.queue, name="queue"),
    path("queue/<str:code>/po/export/", views.export_po, name="export_po"),
    path("queue/<str:code>/po/import/", views.import_po, name="import_po"),
    path("jobs/<int:job_id>/<str:action>/", views.job_action, name="job_action"),
    path("matrix/", views.matrix, name="matrix"),
    path("matrix/bulk/", views.matrix_bulk, name="matrix_bulk"),
    path("runs/<int:run_id>/", views.run_status, name="run"),
    path("runs/<int:run_id>/resume/", views.resume_run, name="run_resume"),
]
