"""``khabar --help`` lists every command without importing the commands' modules (and numpy, trafilatura, the
pipeline with them); the listed help is the commands' own."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import click

from khabar import cli


def _all_commands() -> dict[str, click.Command]:
    group = click.Group("all")
    for name in cli.COMMAND_MODULES:
        importlib.import_module(f"khabar.commands.{name}").register(group)
    return dict(group.commands)


def test_table_names_every_command_with_its_own_module_and_help() -> None:
    commands = _all_commands()
    assert set(cli.LAZY_COMMANDS) == set(commands)
    for name, (module, help_text) in cli.LAZY_COMMANDS.items():
        command = commands[name]
        assert command.callback.__module__ == f"khabar.commands.{module}"
        for limit in (30, 45, 70, 300):
            assert click.Command(name, help=help_text).get_short_help_str(limit) == command.get_short_help_str(limit)


def _run(code: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_help_imports_no_command_module_nor_heavy_library() -> None:
    found = _run(
        "import json, sys\n"
        "from khabar.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    heavy = {"numpy", "trafilatura", "feedparser", "khabar.analyse.pipeline", "khabar.commands.core",
             "indic_transliteration", "khabar.run.local"}
    assert not heavy & set(found)
    assert "khabar.cli" in found


def test_running_a_command_loads_only_its_module() -> None:
    found = _run(
        "import json, sys\n"
        "from khabar.cli import main\n"
        "try:\n    main(['search', '--help'])\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    assert "khabar.commands.core" in found
    assert not {"khabar.commands.graph", "khabar.run.local", "trafilatura", "numpy"} & set(found)


def test_evaluate_keeps_its_ner_subcommand() -> None:
    group = cli.LazyGroup("k")
    evaluate = group.get_command(click.Context(group), "evaluate")
    assert isinstance(evaluate, click.Group) and "ner" in evaluate.commands
    assert group.get_command(click.Context(group), "no-such-command") is None
