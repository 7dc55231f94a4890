"""The ``khabar`` command line. Each command lives in ``khabar.commands.<module>``; this file only wires them."""

from __future__ import annotations

import importlib

import click

from khabar import __version__

# Modules under khabar.commands that each expose ``register(group)``.
COMMAND_MODULES = [
    "core",
    "evaluate",
    "ner",
    "entities",
    "quotes",
    "claims",
    "threads",
    "graph",
    "failures",
    "serve",
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="khabar")
def main() -> None:
    """khabar: stories, entities, quotes, dates and claims from Hindi and English news."""


for _name in COMMAND_MODULES:
    importlib.import_module(f"khabar.commands.{_name}").register(main)
