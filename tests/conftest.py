"""Shared fixtures. The seeds and gold live in ../shared (beside the repository), never in it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from khabar.model import Article

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHABAR_SHARED", REPO.parent / "shared"))
EXAMPLES = REPO / "examples"
# The tests (and the khabar processes they start) keep derived tables in a folder of their own, never in the
# user's cache: one per test session, so that a run starts cold as CI does and leaves the home folder alone.
_TEST_CACHE = None if os.environ.get("KHABAR_CACHE_DIR") else tempfile.mkdtemp(prefix="khabar-test-cache-")
if _TEST_CACHE:
    os.environ["KHABAR_CACHE_DIR"] = _TEST_CACHE


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _TEST_CACHE:
        shutil.rmtree(_TEST_CACHE, ignore_errors=True)


def _need(path: Path) -> Path:
    if not path.exists():
        message = f"shared data absent: {path} (tests that read ../shared run where it exists, as in CI)"
        if os.environ.get("CI", "").lower() in {"true", "1"}:
            pytest.fail(f"{message}; under CI=true its absence is a failure", pytrace=False)
        pytest.skip(message)
    return path


def covid5_articles(count: int) -> list[Article]:
    """``count`` real articles of ``covid5_unlabelled.jsonl``, spread over the file (several papers and months)."""
    path = _need(SHARED / "data" / "stories" / "covid5_unlabelled.jsonl")
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    step = max(1, len(rows) // count)
    return [Article(id=r["id"], text=r["text"], title=r.get("title"), url=r.get("url"), source=r.get("source"),
                    published=r.get("published")) for r in rows[::step][:count]]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _need(SHARED / "seeds")


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(_need(SHARED / "gold" / "seeds.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def ner_dir() -> Path:
    return _need(SHARED / "data" / "ner")


def khabar_exe() -> list[str]:
    """The installed console script, as a user runs it."""
    exe = shutil.which("khabar", path=str(Path(sys.executable).parent)) or shutil.which("khabar")
    return [exe] if exe else [sys.executable, "-m", "khabar"]


def run_khabar(*args: str, db: Path | None = None, check: bool = False,
               timeout: float = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if db is not None:
        env["KHABAR_DB"] = str(db)
    env.setdefault("COLUMNS", "200")
    return subprocess.run([*khabar_exe(), *args], capture_output=True, text=True, env=env, check=check,
                          timeout=timeout)


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return tmp_path / "khabar.db"


def copy_db(source: Path, target: Path) -> Path:
    """A private copy of a store (SQLite's backup API: consistent even with a WAL beside it)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def _ingested(folder: Path, into: Path) -> Path:
    result = run_khabar("ingest", str(folder), db=into)
    assert result.returncode == 0, result.stderr
    return into


# One CLI ingest of the seeds and one of the examples for the whole session: the tests that only look at the
# result (stories, entities, claims, exports) copy it with ``copy_db`` instead of ingesting again.
@pytest.fixture(scope="session")
def seeds_ingested(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _ingested(seeds_dir, tmp_path_factory.mktemp("seeds") / "seeds.db")


@pytest.fixture(scope="session")
def examples_ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _ingested(EXAMPLES, tmp_path_factory.mktemp("examples") / "examples.db")


# -- PostgreSQL: one real server per test session (Debian's package, `make postgres`), a fresh database per test --
def _postgres_bin() -> Path | None:
    """The folder of initdb and pg_ctl: $KHABAR_PG_BIN, else Debian's newest /usr/lib/postgresql/N/bin, else PATH."""
    if os.environ.get("KHABAR_PG_BIN"):
        return Path(os.environ["KHABAR_PG_BIN"])
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class PostgresServer:
    """A throwaway PostgreSQL cluster on a unix socket in a temporary folder. initdb refuses to run as root, so
    as root the cluster belongs to the ``postgres`` system user and its programs run through ``runuser``."""

    def __init__(self, bin_dir: Path) -> None:
        import getpass
        import tempfile

        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="khabar-pg-"))
        self.as_root = os.geteuid() == 0
        self.user = "postgres" if self.as_root else getpass.getuser()
        if self.as_root:
            shutil.chown(self.root, "postgres")
        self.data = self.root / "data"
        self._run("initdb", "-D", str(self.data), "-U", self.user, "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        options = (f"-k {self.root} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=60 -c shared_buffers=64MB")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")
        self.count = 0

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin / program), *args]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.user}@/{dbname}?host={self.root}"

    def database(self, template: str | None = None) -> str:
        """The URL of a new database: empty, or a copy of the database at the URL ``template`` (which nobody may
        be connected to: PostgreSQL copies a template's files)."""
        from urllib.parse import urlsplit

        import psycopg

        self.count += 1
        name = f"khabar_test_{self.count}"
        copy_of = f' TEMPLATE "{urlsplit(template).path.lstrip("/")}"' if template else ""
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"{copy_of}')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bin_dir = _postgres_bin()
    try:
        import psycopg  # noqa: F401
    except ImportError:
        bin_dir = None
    if bin_dir is None or not (bin_dir / "initdb").exists():
        message = "PostgreSQL (initdb, pg_ctl) or psycopg absent: `make postgres` installs Debian's package"
        if os.environ.get("CI", "").lower() in {"true", "1"}:
            pytest.fail(f"{message}; under CI=true its absence is a failure", pytrace=False)
        pytest.skip(message)
    server = PostgresServer(bin_dir)
    yield server
    server.stop()


BACKENDS = ["sqlite", "postgresql"]
# for a test whose PostgreSQL run adds little beyond the other store tests': @pytest.mark.parametrize("store_at",
# SLOW_ON_POSTGRESQL, indirect=True) keeps that run for `pytest -m slow`
SLOW_ON_POSTGRESQL = ["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)]


@pytest.fixture(params=BACKENDS)
def store_at(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str], str]:
    """``store_at(name)``: where the store ``name`` of this test lives, on each backend in turn (a SQLite file;
    a fresh PostgreSQL database, the same one for the same name)."""
    if request.param == "sqlite":
        return lambda name: str(tmp_path / f"{name}.db")
    server = request.getfixturevalue("postgres_server")
    made: dict[str, str] = {}

    def at(name: str) -> str:
        if name not in made:
            made[name] = server.database()
        return made[name]
    return at


def integrity_errors() -> tuple[type[Exception], ...]:
    """What a constraint violation raises on either backend."""
    try:
        import psycopg
    except ImportError:
        return (sqlite3.IntegrityError,)
    return (sqlite3.IntegrityError, psycopg.IntegrityError)
