"""The ``khabar`` command line. Each command lives in ``khabar.commands.<module>``; this file only wires them.

A command's module is imported when the command runs, not before: ``khabar --help`` and ``khabar search`` do not
pay for numpy, trafilatura, the NER model or the pipeline.
"""

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
    "upkeep",
]

# Command name -> (module that registers it, first paragraph of its help), so that ``khabar --help`` lists the
# commands without importing them. tests/test_cli_lazy.py checks this table against the commands themselves. A
# module of COMMAND_MODULES with no command here is imported at start-up, as before.
LAZY_COMMANDS: dict[str, tuple[str, str]] = {
    "articles": ("core", 'List stored articles, newest first, with their language, date, outlet and story '
                         '(short ids that `show` accepts); --json prints the same articles in the same order.'),
    "claims": ("claims", "Facts stated with a number across a story's articles: sources, independent "
                         'sources, conflicts.'),
    "delete": ("core", 'Remove articles (by id or the short id the listings print) and relink only what they '
                       'touched: their stories, syndication groups, entities, threads and claims.'),
    "entities": ("entities", 'List canonical entities, most mentioned first, with their alias counts.'),
    "entity": ("entities", 'Show the entity NAME denotes: any alias in either script, its Latin name, or its '
                           'id.'),
    "evaluate": ("evaluate", 'Score khabar against gold data.'),
    "export": ("core", 'Write the store as JSON Lines per the export contract (docs/export.md); --csv '
                       'and --graphml add CSV tables and the entity graph (for spreadsheets, pandas, '
                       'Gephi).'),
    "failures": ("failures", 'List the files, records and URLs that could not be ingested, with the reason. '
                             '`khabar ingest --retry` reads their files and URLs again; a read that succeeds '
                             'removes them from this list; `--clear` forgets them.'),
    "info": ("upkeep", 'Show what the store holds and which khabar wrote it: its analysis and link versions '
                       "beside this khabar's, and the command that brings it up to date."),
    "graph": ("graph", 'Who appears with whom: the entity co-occurrence graph as SVG or JSON.'),
    "ingest": ("core", 'Read files, folders and URLs into the store: .txt, .html, .jsonl, RSS/Atom feeds '
                       '(.xml, .rss, .atom), WARC archives (.warc, .warc.gz) and http(s) URLs (a page, a '
                       'feed or text).'),
    "quotes": ("quotes", 'Who said what: quotes and reported speech grouped by speaker, with source '
                         'article and date.'),
    "reanalyse": ("upkeep", 'Analyse stored articles again with this khabar, from their stored text (never '
                            'rewritten: offsets stay valid), then relink the store.'),
    "relink": ("upkeep", 'Build stories, syndication groups, threads, entities and claims again from the '
                         'stored analyses, as a fresh ingest of the stored articles would (after an upgrade of '
                         "khabar's link step)."),
    "search": ("core", "Search titles and bodies. Your words are matched as words (COVID-19, Dr., मोदी's "
                       'are fine), Hindi and English inflections match (चुनाव finds चुनावों), and a name '
                       'finds its articles in either script (Putin finds पुतिन). Every word must match.'),
    "serve": ("serve", 'Serve the store in a browser (stories, story pages with summaries, entities, '
                       'articles, search) and as a REST API under /api/ (OpenAPI schema at '
                       '/openapi.json, documentation at /api/docs).'),
    "show": ("core", 'Show one article (metadata, boilerplate removed, what analysis found) or one '
                     'story (summary, sources), by id or by the short id the listings print.'),
    "stories": ("core", 'List stories, newest first: which articles report the same event, and which '
                        'outlets carry them (short ids that `show` accepts); --json prints the same stories '
                        'in the same order.'),
    "tag": ("ner", 'Tag each token of a CoNLL file: writes ``token<TAB>TAG`` lines, keeping the '
                   'input tokenisation.'),
    "threads": ("threads", 'List threads: stories about the same ongoing affair, in date order (--from/--to: '
                           'threads with a story in that span).'),
    "timeline": ("threads", 'Draw threads on a time axis as a self-contained SVG: one lane per thread, one '
                            'mark per story.'),
    "train-ner": ("ner", 'Rebuild the Hindi NER model from the shared data, deterministically, and print '
                         'held-out scores.'),
}
# ``ner`` adds ``evaluate ner`` to the ``evaluate`` group: the two register together, evaluate first.
_LOAD_TOGETHER = {"ner": ("evaluate", "ner"), "evaluate": ("evaluate", "ner")}


class LazyGroup(click.Group):
    """A group that imports a command's module the first time the command is looked up."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.loaded: set[str] = set()

    def load(self, module: str) -> None:
        for name in _LOAD_TOGETHER.get(module, (module,)):
            if name not in self.loaded:
                self.loaded.add(name)
                importlib.import_module(f"khabar.commands.{name}").register(self)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in LAZY_COMMANDS:
            self.load(LAZY_COMMANDS[cmd_name][0])
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # As click.Group.format_commands, with the help of commands not yet imported taken from the table.
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            command = self.commands.get(name) or click.Command(name, help=LAZY_COMMANDS[name][1])
            if not command.hidden:
                rows.append((name, command.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="khabar")
def main() -> None:
    """khabar: stories, entities, quotes, dates and claims from Hindi and English news."""


for _name in COMMAND_MODULES:
    if not any(module == _name for module, _ in LAZY_COMMANDS.values()):
        main.load(_name)
