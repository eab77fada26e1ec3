import logging

from bot.service import build_service
from bot.settings import Settings


def test_service_unset_numbers_are_known_and_only_the_server_warns_of_them(shipped_copy, tmp_path, caplog):
    with caplog.at_level(logging.WARNING):
        service = build_service(Settings(data_dir=tmp_path / "d", content_dir=shipped_copy))
    assert caplog.text == ""  # every CLI command builds the service: it must not warn each time
    assert service.store.partnership.unset == (
        "the children's social care front door phone number",
        "the NSPCC helpline number",
    )
    assert not any("{number}" in line or "PLACEHOLDER" in line for line in service.store.partnership.emergency_route)


def test_service_no_warning_once_contacts_are_filled_in(mini_content, tmp_path, caplog):
    with caplog.at_level(logging.WARNING):
        service = build_service(Settings(tmp_path / "d", mini_content, mini_content / "quizzes"))
    assert caplog.text == ""
    assert service.store.partnership.name == "Test Partnership"


def test_settings_from_environment(tmp_path):
    settings = Settings.from_env({"DATA_DIR": str(tmp_path), "CONTENT_DIR": "/srv/content"})
    assert settings.data_dir == tmp_path
    assert str(settings.content_dir) == "/srv/content"
    assert Settings.from_env({}).data_dir.name == "data"
