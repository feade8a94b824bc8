from django.contrib.auth import views as auth_views
from django.urls import path

from .login import LoginForm


app_name = "core"
urlpatterns = [
    path("masuk/", auth_views.LoginView.as_view(redirect_authenticated_user=True,
                                                           authentication_form=LoginForm), name="masuk"),
    path("keluar/", auth_views.LogoutView.as_view(), name="keluar"),
]
