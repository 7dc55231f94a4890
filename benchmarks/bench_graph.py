"""The entity graph (``khabar.graph``) on generated articles: build, layout and SVG.

    python benchmarks/bench_graph.py --articles 20000 --entities 5000 --top 30

Each generated article has a few sentences naming entities drawn from a Zipf law (a few entities in very many
articles, as India or the USA are in real news), so edges are many and skewed as in a real store. The store
read (``khabar.commands.graph.read_store``) is not timed here: it is one SQL pass over mentions and articles.
"""

from __future__ import annotations

import argparse
import random
import time

from khabar.graph import ArticleMentions, EntityInfo, build_graph, graph_svg


def generated(articles: int, entities: int, seed: int = 1) -> tuple[dict[str, EntityInfo], list[ArticleMentions]]:
    rng = random.Random(seed)
    infos = {f"E{k:06d}": EntityInfo(f"E{k:06d}", ("PER", "ORG", "LOC")[k % 3], f"नाम {k}", f"Name {k}")
             for k in range(entities)}
    ids = list(infos)
    weights = [1 / (k + 1) for k in range(entities)]
    out = []
    for i in range(articles):
        mentions, sentences = [], []
        for s in range(8):
            start = s * 100
            sentences.append((start, start + 100))
            for m, eid in enumerate(rng.choices(ids, weights, k=rng.randrange(0, 4))):
                mentions.append((start + m * 20, start + m * 20 + 10, eid))
        out.append(ArticleMentions(f"a{i:07d}", f"s{i // 5:06d}", mentions, sentences))
    return infos, out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--entities", type=int, default=5000)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    infos, articles = generated(args.articles, args.entities)
    mentions = sum(len(a.mentions) for a in articles)
    for by in ("sentence", "article"):
        t0 = time.perf_counter()
        graph = build_graph(infos, articles, top=args.top, by=by)
        t1 = time.perf_counter()
        svg = graph_svg(graph)
        t2 = time.perf_counter()
        print(f"by {by}: {args.articles} articles, {mentions} mentions -> {len(graph.nodes)} nodes, "
              f"{len(graph.edges)} edges ({graph.omitted['edges']} left out); build {t1 - t0:.2f} s "
              f"({args.articles / (t1 - t0):.0f} articles/s), layout + SVG {t2 - t1:.2f} s, {len(svg)} bytes")


if __name__ == "__main__":
    main()
