import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLATFORM_MODULES = ("slack_bolt", "slack_sdk", "botbuilder", "aiohttp")


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", ["bot", "content", "quizzes"])
def test_import_rules_core_packages_import_no_platform_module(package):
    files = list((ROOT / package).rglob("*.py"))
    assert files or package == "quizzes"
    for path in files:
        for name in _imported_modules(path):
            assert not name.startswith(PLATFORM_MODULES), f"{path} imports {name}"


def test_import_rules_checker_sees_a_platform_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from slack_bolt.async_app import AsyncApp\nimport aiohttp.web\n")
    assert _imported_modules(sample) == {"slack_bolt.async_app", "aiohttp.web"}
