"""Background tasks of the report app (Django's task framework, the django-tasks backport).

The database backend (settings.TASKS) queues them in the database; ``kinerja serve`` runs a
worker beside the web server (``kinerja db_worker`` runs one alone).
"""

from django_tasks import task


@task()
def bangun_laporan(pembuatan_id: int) -> None:
    from .actions import jalankan_pembuatan

    jalankan_pembuatan(pembuatan_id)
