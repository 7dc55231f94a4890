"""Draw a fixed-seed random sample of canonical entities from a khabar store, for judging junk and wrong merges.

    PYTHONPATH=src python scripts/sample_entities.py --db /tmp/ent.db --seed 777 --n 100 [--pool listed|all|weak]

``listed`` (default) samples what ``khabar entities`` lists (supported entities that are names); ``all`` every
entity of the index; ``weak`` the single-mention ones ``--all`` adds.
"""

from __future__ import annotations

import argparse
import random

from khabar.commands.entities import load_index
from khabar.link.entity_filter import is_description, is_supported, support
from khabar.store.sqlite import SqliteStore


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--seed", type=int, default=777)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--pool", choices=["listed", "all", "weak"], default="listed")
    args = parser.parse_args()
    index = load_index(SqliteStore(args.db))
    ids = sorted(index.entities)
    if args.pool == "listed":
        ids = [i for i in ids if is_supported(index.entities[i])]
    elif args.pool == "weak":
        ids = [i for i in ids if not is_supported(index.entities[i]) and not is_description(index.entities[i].name)]
    random.Random(args.seed).shuffle(ids)
    print(f"pool {len(ids)}")
    for k, eid in enumerate(ids[:args.n], 1):
        e = index.entities[eid]
        record = e.export()
        aliases = sorted(e.names().items(), key=lambda kv: -kv[1])[:5]
        print(f"{k:3d} {eid} {record['type']} {record['name']!r} latin={record['latin']!r} m={len(e.mentions)} "
              f"a={len(e.articles())} support={support(e)} aliases={aliases}")


if __name__ == "__main__":
    main()
