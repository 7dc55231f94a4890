"""Quotes against gold: detection P/R/F1 per kind group, speaker accuracy, and marks that are not speech.

A predicted quote matches a gold quote of the same article and the same kind group (direct+partial, indirect)
when their words overlap substantially (Dice ≥ 0.5 over matching keys of the words; the gold text is the quote
without marks, for indirect the clause after कि). Matching is one-to-one, best overlap first.

The speaker of a matched quote is right when the predicted ``speaker_entity_id`` is the khabar entity that
stands for the gold entity (its name, aliases or mention texts meet the gold entity's aliases), or, when the
quote carries no entity id, the entity whose mention sits at its ``speaker_ref`` (a pronoun's or description's
antecedent) or at its speaker span, else its ``speaker_text`` as one of the gold entity's aliases. A gold speaker of
null (state media, a crowd) is matched by ``speaker_text`` overlapping the gold ``speaker_text``.

A ``not_quote`` (a treaty's name, scare quotes) counts as attributed when a predicted quote with a speaker
covers it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from khabar.text.keys import match_key
from khabar.text.tokens import words

GROUPS = {"direct": "direct+partial", "partial": "direct+partial", "indirect": "indirect"}


def _tokens(text: str) -> Counter[str]:
    return Counter(match_key(w.text) for w in words(text))


def overlap(a: str, b: str) -> float:
    """Dice coefficient of the two texts' word keys."""
    ta, tb = _tokens(a), _tokens(b)
    total = sum(ta.values()) + sum(tb.values())
    return 2 * sum((ta & tb).values()) / total if total else 0.0


def _article_ids(gold: dict, export: dict[str, list[dict]]) -> dict[str, str]:
    ids = [a["id"] for a in export.get("articles", [])]
    ids += [q["article_id"] for q in export.get("quotes", []) if q.get("article_id")]
    found: dict[str, str] = {}
    for key in gold.get("articles", {}):
        prefix = key.split("_", 1)[0]
        match = next((i for i in ids if i == key), None) or next(
            (i for i in ids if i.startswith(prefix + "_") or i == prefix), None)
        if match:
            found[prefix] = match
    return found


def entity_map(gold: dict, export: dict[str, list[dict]]) -> dict[str, str]:
    """khabar entity id -> gold entity id, by the surface forms they share."""
    gold_keys = {e["id"]: {match_key(a) for a in [e["name"], *e.get("aliases", [])]} for e in gold["entities"]}
    out: dict[str, str] = {}
    for ent in export.get("entities", []):
        forms = [ent.get("name") or "", *ent.get("aliases", []), *(m.get("text", "") for m in ent.get("mentions", []))]
        keys = Counter(match_key(f) for f in forms if f)
        best, best_score = None, 0
        for gid, gkeys in gold_keys.items():
            score = sum(n for k, n in keys.items() if k in gkeys)
            if match_key(ent.get("name") or "") in gkeys:
                score += 1000  # the main name decides a tie between a person and a namesake
            if score > best_score:
                best, best_score = gid, score
        if best is not None:
            out[ent["id"]] = best
    return out


def _alias_index(gold: dict) -> dict[str, str]:
    index: dict[str, str] = {}
    for e in gold["entities"]:
        for a in [e["name"], *e.get("aliases", [])]:
            index.setdefault(match_key(a), e["id"])
    return index


def mention_index(export: dict[str, list[dict]]) -> dict[tuple[str, int, int], str]:
    """(article_id, start, end) of every entity mention -> entity id."""
    return {(m["article_id"], m["start"], m["end"]): e["id"] for e in export.get("entities", [])
            for m in e.get("mentions", []) if "start" in m}


def predicted_speaker(p: dict, emap: dict[str, str], aliases: dict[str, str],
                      mentions: dict[tuple[str, int, int], str]) -> str | None:
    """The gold entity a predicted quote names: its speaker_entity_id, else the entity mention at its
    speaker_ref (a pronoun's antecedent) or its speaker span, else its speaker words as a gold alias."""
    if p.get("speaker_entity_id"):
        return emap.get(p["speaker_entity_id"])
    for span in (p.get("speaker_ref"), (p.get("speaker_start"), p.get("speaker_end"))):
        if span and span[0] is not None and (eid := mentions.get((p["article_id"], span[0], span[1]))):
            return emap.get(eid)
    return aliases.get(match_key(p.get("speaker_text") or ""))


def _speaker_right(g: dict, p: dict, emap: dict[str, str], aliases: dict[str, str],
                   mentions: dict[tuple[str, int, int], str]) -> bool:
    if g.get("speaker") is None:
        want, got = g.get("speaker_text") or "", p.get("speaker_text") or ""
        return bool(want and got) and (match_key(want) in match_key(got) or match_key(got) in match_key(want))
    return predicted_speaker(p, emap, aliases, mentions) == g["speaker"]


def _match(golds: list[dict], preds: list[dict]) -> list[tuple[int, int, float]]:
    pairs = sorted(((overlap(g["text"], p["text"]), gi, pi) for gi, g in enumerate(golds)
                    for pi, p in enumerate(preds)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for score, gi, pi in pairs:
        if score < 0.5:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, score))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score(gold: dict, export: dict[str, list[dict]]) -> dict[str, Any]:
    ids = _article_ids(gold, export)
    emap = entity_map(gold, export)
    aliases = _alias_index(gold)
    mentions = mention_index(export)
    by_article: dict[str, list[dict]] = defaultdict(list)
    for q in export.get("quotes", []):
        by_article[q["article_id"]].append(q)
    report: dict[str, Any] = {}
    failures: list[str] = []
    speaker_right = speaker_total = 0
    for group in ("direct+partial", "indirect"):
        tp = n_pred = n_gold = 0
        for prefix, article_id in sorted(ids.items()):
            golds = [g for g in gold["quotes"] if g["article"] == prefix and GROUPS[g["kind"]] == group]
            preds = [p for p in by_article.get(article_id, []) if GROUPS.get(p["kind"]) == group]
            matches = _match(golds, preds)
            tp += len(matches)
            n_pred += len(preds)
            n_gold += len(golds)
            for gi, pi, _ in matches:
                g, p = golds[gi], preds[pi]
                speaker_total += 1
                if _speaker_right(g, p, emap, aliases, mentions):
                    speaker_right += 1
                else:
                    got = predicted_speaker(p, emap, aliases, mentions) or p.get("speaker_text")
                    failures.append(f"{prefix} speaker {got!r} for {g.get('speaker') or g.get('speaker_text')!r}: "
                                    f"{g['text'][:50]}")
            matched_g = {gi for gi, _, _ in matches}
            matched_p = {pi for _, pi, _ in matches}
            failures += [f"{prefix} missed {g['kind']}: {g['text'][:60]}" for i, g in enumerate(golds)
                         if i not in matched_g]
            failures += [f"{prefix} extra {p['kind']} ({p.get('speaker_text')}): {p['text'][:60]}"
                         for i, p in enumerate(preds) if i not in matched_p]
        report[group] = {**_prf(tp, n_pred, n_gold), "matched": tp, "predicted": n_pred, "gold": n_gold}
    attributed = []
    for nq in gold.get("not_quotes", []):
        article_id = ids.get(nq["article"])
        hits = [p for p in by_article.get(article_id or "", [])
                if p.get("speaker_text") and overlap(nq["text"], p["text"]) >= 0.5]
        attributed.append({"article": nq["article"], "text": nq["text"], "attributed": bool(hits),
                           "as": [f"{p['kind']} by {p.get('speaker_text')}" for p in hits]})
        if hits:
            failures.append(f"{nq['article']} not a quote, attributed: {nq['text']}")
    return {
        "direct_partial_f1": report["direct+partial"]["f1"],
        "indirect_f1": report["indirect"]["f1"],
        "speaker_accuracy": speaker_right / speaker_total if speaker_total else 0.0,
        "speakers_matched": speaker_total,
        "not_quotes_attributed": sum(1 for a in attributed if a["attributed"]),
        "groups": report,
        "not_quotes": attributed,
        "failures": failures,
    }
