"""``khabar serve``: the web pages and the REST API (``khabar.web``)."""

from __future__ import annotations

import click

from khabar.commands.core import db_option, err


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything beyond localhost wants --token.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token", default=None, envvar="KHABAR_TOKEN", show_envvar=True, metavar="T",
              help="Require this token (Authorization: Bearer T, or ?token=T once in a browser).")
def serve_command(db_path: str | None, host: str, port: int, token: str | None) -> None:
    """Serve the store in a browser (stories, story pages with summaries, entities, articles, search) and as a
    REST API under /api/ (OpenAPI schema at /openapi.json, documentation at /api/docs)."""
    import uvicorn

    from khabar.web.app import create_app

    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        err.print(f"[yellow]warning[/yellow]: serving {host} without --token: anyone who can reach it can read "
                  "the store")
    app = create_app(db_path, token=token)
    err.print(f"khabar on http://{'[' + host + ']' if ':' in host else host}:{port}/  (Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(main: click.Group) -> None:
    main.add_command(serve_command)
