"""Layers: the core (bot, content, quizzes) knows no door; the doors (adapters) know the core; the command
(cli) sits above both. The core never imports a platform library."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLATFORM_MODULES = ("slack_bolt", "slack_sdk", "botbuilder", "aiohttp")
CORE_MAY_NOT_IMPORT = (*PLATFORM_MODULES, "adapters", "cli")
ADAPTERS_MAY_NOT_IMPORT = ("cli",)


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def _forbidden_imports(path: Path, forbidden: tuple[str, ...]) -> set[str]:
    """The modules `path` imports that are one of `forbidden` or inside one (cli.main, not client)."""
    return {n for n in _imported_modules(path) if any(n == f or n.startswith(f + ".") for f in forbidden)}


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("bot", CORE_MAY_NOT_IMPORT),
        ("content", CORE_MAY_NOT_IMPORT),
        ("quizzes", CORE_MAY_NOT_IMPORT),
        ("adapters", ADAPTERS_MAY_NOT_IMPORT),
    ],
)
def test_import_rules_each_layer_imports_only_what_is_below_it(package, forbidden):
    files = list((ROOT / package).rglob("*.py"))
    assert files
    for path in files:
        assert not _forbidden_imports(path, forbidden), f"{path} imports {_forbidden_imports(path, forbidden)}"


def test_import_rules_the_command_lives_above_the_core():
    assert not (ROOT / "bot" / "cli.py").exists()
    assert (ROOT / "cli" / "main.py").exists()


def test_import_rules_checker_sees_a_platform_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from slack_bolt.async_app import AsyncApp\nimport aiohttp.web\n")
    assert _imported_modules(sample) == {"slack_bolt.async_app", "aiohttp.web"}
    assert _forbidden_imports(sample, CORE_MAY_NOT_IMPORT) == {"slack_bolt.async_app", "aiohttp.web"}


def test_import_rules_checker_sees_a_door_or_command_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from adapters.terminal import render_reply\nimport cli.main\nfrom cli import doors\n"
        "import client\nfrom adaptersx import y\nfrom . import local\n"
    )
    assert _forbidden_imports(sample, CORE_MAY_NOT_IMPORT) == {"adapters.terminal", "cli.main", "cli"}
    assert _forbidden_imports(sample, ADAPTERS_MAY_NOT_IMPORT) == {"cli.main", "cli"}
