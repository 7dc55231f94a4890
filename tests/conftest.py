"""Shared fixtures. The seeds and gold live in ../shared (beside the repository), never in it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHABAR_SHARED", REPO.parent / "shared"))
EXAMPLES = REPO / "examples"


def _need(path: Path) -> Path:
    if not path.exists():
        message = f"shared data absent: {path} (tests that read ../shared run where it exists, as in CI)"
        if os.environ.get("CI", "").lower() in {"true", "1"}:
            pytest.fail(f"{message}; under CI=true its absence is a failure", pytrace=False)
        pytest.skip(message)
    return path


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
