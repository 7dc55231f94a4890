"""Does this tree store what another tree of khabar stores? The same articles are ingested with each tree's code
(``--base`` and ``--ours``: the ``src`` folders, each run in its own ``python -m khabar`` process), each into its
own SQLite store, then exported with ``khabar export``; every export file is compared with the times a store
records when it writes (``ingested_at``, ``updated_at``) left out.

    python benchmarks/check_code_export.py --base ../head0/src --ours src --covid 300 --singles 10

The articles: the seeds (../shared/seeds) as one ingest, then the first ``covid`` articles of
../shared/data/stories/covid5_unlabelled.jsonl but the last ``singles`` as a second batch, then those ``singles``
one ingest each (the incremental path). Text is read from the shared folder at run time and written only to a
temporary folder. Exits 1 if any file differs. Use it before a commit that should change no result.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(os.environ.get("KHABAR_SHARED", Path(__file__).resolve().parents[2] / "shared"))
_TIMES = ("ingested_at", "updated_at")


def _khabar(src: Path, *args: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(src.resolve())}
    started = time.process_time()
    t = os.times()
    subprocess.run([sys.executable, "-m", "khabar", *args], capture_output=True, text=True, check=True, env=env)
    u = os.times()
    return (u.children_user + u.children_system) - (t.children_user + t.children_system) + (
        time.process_time() - started)


def _clean(value):
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if k not in _TIMES}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _export(src: Path, db: Path, out: Path) -> dict[str, list]:
    _khabar(src, "export", str(out), "--db", str(db))
    files = {}
    for p in sorted(out.iterdir()):
        if p.is_file():
            lines = p.read_text(encoding="utf-8").splitlines()
            try:
                files[p.name] = [_clean(json.loads(line)) for line in lines if line.strip()]
            except json.JSONDecodeError:
                files[p.name] = lines
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="the other tree's src folder")
    parser.add_argument("--ours", type=Path, default=Path(__file__).resolve().parents[1] / "src")
    parser.add_argument("--covid", type=int, default=300)
    parser.add_argument("--singles", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="khabar-code-export-") as tmp:
        root = Path(tmp)
        lines = (SHARED / "data" / "stories" / "covid5_unlabelled.jsonl").read_text(encoding="utf-8").splitlines()
        lines = lines[:args.covid]
        batch = root / "batch.jsonl"
        batch.write_text("\n".join(lines[:len(lines) - args.singles]) + "\n", encoding="utf-8")
        singles = []
        for k, line in enumerate(lines[len(lines) - args.singles:]):
            one = root / f"single{k:03d}.jsonl"
            one.write_text(line + "\n", encoding="utf-8")
            singles.append(one)
        exports = {}
        for name, src in (("base", args.base), ("ours", args.ours)):
            db = root / f"{name}.db"
            cpu = _khabar(src, "ingest", str(SHARED / "seeds"), "--db", str(db))
            cpu += _khabar(src, "ingest", str(batch), "--db", str(db))
            for one in singles:
                cpu += _khabar(src, "ingest", str(one), "--db", str(db))
            exports[name] = _export(src, db, root / f"export-{name}")
            print(f"{name} ({src}): ingests {cpu:.1f} s CPU, files "
                  f"{ {k: len(v) for k, v in exports[name].items()} }", flush=True)
        differ = sorted(n for n in exports["base"].keys() | exports["ours"].keys()
                        if exports["base"].get(n) != exports["ours"].get(n))
        print("exports identical (times aside)" if not differ else f"exports differ in: {', '.join(differ)}")
        return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
