from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("core", "0002_jejak_protect")]

    operations = [
        migrations.RenameField("jejak", "aksi", "peristiwa"),
        migrations.AlterField("jejak", "peristiwa",
                              models.CharField(help_text="kinerja.core.peristiwa", max_length=60)),
    ]
