"""The entity index over store rows: ``EntityIndex`` whose tables load what a step touches, when it touches it.

``EntityIndex`` keeps its state in plain dicts (entities, merged ids, each article's entities and story, and the
lookup keys). ``StoredEntityIndex`` replaces each with a ``LoadingMap`` that reads a missing key from the store on
first access and keeps it, so that linking one article reads the few entities its names point to (and the articles
those share), never the whole index. The step's changes come out as ``EntityChanges`` rows for ``Store.apply``;
nothing is written here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from functools import partial
from typing import Any

from khabar.model import Entity
from khabar.store.base import EntityChanges, EntityRow, Store
from khabar.text.keys import match_key

from .common_names import all_common
from .coref import MentionGroup, loose_keys
from .entities import (
    CONTEXT_ARTICLES,
    NUMBERED_IDS,
    EntityIndex,
    _block,
    _glued_keys,
    _translated_key,
    entity_id_at,
    first_entity_id,
)
from .entity_filter import head_type
from .expansions import acronym_forms, expansion_forms
from .latin import phonetic_key, skeleton
from .record import EntityRecord, known_names, latin_key


class LoadingMap(MutableMapping):
    """A dict that loads missing keys in bulk through ``load(keys) -> {key: value}`` and remembers which keys the
    store does not have. Iteration and ``len`` cover what is loaded so far."""

    def __init__(self, load: Callable[[list[Any]], dict[Any, Any]]) -> None:
        self.data: dict[Any, Any] = {}
        self.absent: set[Any] = set()
        self.deleted: set[Any] = set()
        self.written: set[Any] = set()
        self._load = load

    def prefetch(self, keys: Iterable[Any]) -> None:
        missing = [k for k in dict.fromkeys(keys) if k not in self.data and k not in self.absent]
        if not missing:
            return
        found = self._load(missing)
        for k in missing:
            if k in found:
                self.data[k] = found[k]
            else:
                self.absent.add(k)

    def __getitem__(self, key: Any) -> Any:
        if key not in self.data and key not in self.absent:
            self.prefetch([key])
        return self.data[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        self.data[key] = value
        self.absent.discard(key)
        self.written.add(key)

    def __delitem__(self, key: Any) -> None:
        self.__getitem__(key)  # load it, or raise KeyError
        del self.data[key]
        self.absent.add(key)
        self.deleted.add(key)

    def __contains__(self, key: object) -> bool:
        # as ``self[key]`` answers, without raising and catching a KeyError for every key the store lacks
        # (``EntityIndex.resolve`` asks for each id of a step's mentions whether it was merged: most were not)
        if key in self.data:
            return True
        if key in self.absent:
            return False
        self.prefetch([key])
        return key in self.data

    def get(self, key: Any, default: Any = None) -> Any:
        if key in self.data:
            return self.data[key]
        if key in self.absent:
            return default
        self.prefetch([key])
        return self.data.get(key, default)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


def _closed(keys: list[Any]) -> dict[Any, Any]:
    raise RuntimeError("the entity index of a finished link step was asked for rows")


class StoryMap(LoadingMap):
    """``article id -> story id`` loaded from the store, which also lists the articles set to each story in
    memory, so that a story's articles are the store's members less those moved, plus those set here."""

    def __init__(self, load: Callable[[list[Any]], dict[Any, Any]]) -> None:
        super().__init__(load)
        self.set_to: dict[str, set[str]] = {}

    def __setitem__(self, key: Any, value: Any) -> None:
        self._unlist(key)
        super().__setitem__(key, value)
        self.set_to.setdefault(value, set()).add(key)

    def __delitem__(self, key: Any) -> None:
        self._unlist(key)
        super().__delitem__(key)

    def _unlist(self, key: Any) -> None:
        if key in self.written and key in self.data:
            self.set_to.get(self.data[key], set()).discard(key)


class StoredEntityIndex(EntityIndex):
    """``EntityIndex`` reading the store's entity rows on demand; ``changes()`` lists what to write back."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.entities = LoadingMap(self._load_entities)  # type: ignore[assignment]
        self.alias_of = LoadingMap(store.entity_aliases)  # type: ignore[assignment]
        self.article_entities = LoadingMap(store.article_entity_ids)  # type: ignore[assignment]
        self.article_story = StoryMap(store.article_stories)  # type: ignore[assignment]
        self._stored_members: dict[str, list[str]] = {}  # story id -> its articles in the store (unchanged by a step)
        self._latest: dict[str, list[str]] = {}  # entity id -> its latest stored articles (_latest_articles)
        self._totals: dict[str, int] = {}  # entity id -> how many stored articles name it (_article_count)
        self._stored_in: dict[str, dict[str, int]] = {}  # entity id -> {article id: stored mentions} asked so far
        self._keys = LoadingMap(self._load_key_rows)  # type: ignore[assignment]
        # Filing an entity under a key whose bucket is not read yet is noted here (key -> {entity id: filed}) and
        # applied when the bucket is read: a common name's buckets hold every namesake (t:अमित, k:अमित शर्मा),
        # and reading them to add one id made each step read the store's every namesake.
        self._filed: dict[str, dict[str, bool]] = {}
        self._indexed = LoadingMap(store.entity_keys_of)  # type: ignore[assignment]
        # entity id -> (type, names) of stored entities not read whole (``_types_and_names``)
        self._seen: dict[str, tuple[str, list[str]]] = {}
        self._seq = int(store.get_state("entity_seq") or 0)
        self.dirty: set[str] = set()

    def _load_entities(self, ids: list[str]) -> dict[str, EntityRecord]:
        """Entity records from their rows and count rows; their mentions are not read (an entity named in every
        article would cost a step its every mention). A record without count rows (written by an older
        version) is read with its mentions."""
        rows = self.store.entity_records(ids)
        counts = self.store.entity_counts(list(rows))
        old = [i for i in rows if i not in counts]
        mentions = self.store.entity_mention_records(old) if old else {}
        out = {}
        for i, row in rows.items():
            type_ = row.record_type or row.entity.type
            if i in counts:
                out[i] = EntityRecord.from_counts(i, type_, row.seq, counts[i], list(row.entity.absorbed),
                                                  _counter(row.roles), partial(self._article_counts, i))
            else:
                out[i] = EntityRecord(i, type_, row.seq, mentions.get(i, []), list(row.entity.absorbed),
                                      _counter(row.roles))
        return out

    def close(self) -> None:
        """Let go of what this step read. The tables load through this index's own methods and the records count
        their articles through them: reference cycles that kept the index and every record it read alive until
        the cycle collector ran, which then walked them all (300-3,400 objects an add, docs/benchmarks.md session
        16). Emptied, they go with the step. The index answers nothing after this."""
        for table in vars(self).values():
            if isinstance(table, LoadingMap):
                table.data.clear()
                table._load = _closed

    def _types_and_names(self, ids: Iterable[str]) -> dict[str, tuple[str, Iterable[str]]]:
        """As ``EntityIndex._types_and_names``, from the entity and count rows of the entities this step has not
        read (the type and names ``_load_entities`` would give them), without building their records; an
        entity this step read, made, changed or deleted is answered by its record, as before."""
        entities: LoadingMap = self.entities  # type: ignore[assignment]
        ids = list(ids)
        unread = [i for i in ids if i not in entities.data and i not in entities.absent and i not in self._seen]
        if unread:
            rows = self.store.entity_records(unread)
            counts = self.store.entity_counts(list(rows))
            for i, row in rows.items():
                if i in counts:  # else written by an older version: its record is read with its mentions
                    self._seen[i] = (row.record_type or row.entity.type, list(counts[i].get("n", {})))
        out: dict[str, tuple[str, Iterable[str]]] = {}
        for i in ids:
            if i in entities.data or i in entities.absent or i not in self._seen:
                e = self.entities[i]
                out[i] = (e.type, e.names())
            else:
                out[i] = self._seen[i]
        return out

    def _article_counts(self, entity_id: str) -> Counter:
        return Counter(self.store.entity_article_counts([entity_id]).get(entity_id, {}))

    # Loading in bulk what the base class would otherwise fetch one key at a time.
    def add_article(self, article_id: str, groups: list[MentionGroup],
                    story_id: str | None = None) -> dict[tuple[int, int], str]:
        probes: set[str] = set()
        for g in groups:
            common = g.type == "PER" and bool(g.name_mentions) and not g.roles \
                and all_common({m.text for m in g.name_mentions})
            if common:
                before, probes = probes, set()
            for m in g.name_mentions:
                key = match_key(m.text)
                words = key.split()
                probes |= {f"k:{key}", f"t:{words[0] if words else key}", _block(key)}
                probes |= {f"l:{k}" for k in loose_keys(m.text)}
                probes.add(f"p:{skeleton(phonetic_key(m.text))}")  # what the strong match asks next
            if g.name_mentions:
                names = {m.text for m in g.name_mentions}
                types = {g.type, head_type(g.name, g.type)}
                probes |= {f"L:{latin_key(latin)}" for t in types for latin in known_names(names, t)}
                probes |= _spelling_probes(names, types)
            if common:
                probes = before  # a common name's buckets hold every namesake: not read (_supported_namesakes)
        keys: LoadingMap = self._keys  # type: ignore[assignment]
        keys.prefetch(probes)
        exact = {i for p in probes if p[:2] in ("k:", "L:") for i in keys.data.get(p, ())}
        # The candidates the matchers look at (their type, names, articles); a multi-word name's first-word bucket
        # is never looked at, and may be large. A common name's namesakes are not read: the few its article's
        # context supports are (EntityIndex._supported_namesakes).
        # A fuzzy block (``f:``, every name of the same word count and initials: it grows with the corpus) is
        # filtered on its entities' types and names alone (``_types_and_names``), not read whole.
        looked_at = {i for p in probes if p[:2] in ("l:", "p:") or (p[:2] == "t:" and f"k:{p[2:]}" in probes)
                     for i in keys.data.get(p, ())}
        # The ids a new entity of each group would take: whether they are free is asked of the entities, the
        # merged ids and the key rows, in three queries for the article instead of three per new entity.
        fresh = {first_entity_id(t, g.name) for g in groups if g.name_mentions
                 for t in {g.type, head_type(g.name, g.type)}}
        self.entities.prefetch(exact | fresh | looked_at)  # type: ignore[attr-defined]
        self.alias_of.prefetch(exact | fresh)  # type: ignore[attr-defined]
        self._indexed.prefetch(exact | fresh)  # type: ignore[attr-defined]
        self._load_stored(article_id)
        return super().add_article(article_id, groups, story_id)

    def _story_articles(self, story_id: str) -> set[str] | None:
        stories: StoryMap = self.article_story  # type: ignore[assignment]
        if story_id not in self._stored_members:
            self._stored_members[story_id] = self.store.story_members([story_id]).get(story_id, [])
        moved = stories.written | stories.deleted
        return {a for a in self._stored_members[story_id] if a not in moved} | stories.set_to.get(story_id, set())

    def _read_article_entities(self, articles: set[str]) -> None:
        self.article_entities.prefetch(articles)  # type: ignore[attr-defined]

    def _read_keys_of(self, entity_ids: set[str]) -> None:
        self._indexed.prefetch(entity_ids)  # type: ignore[attr-defined]

    def _article_count(self, entity_id: str) -> int:
        # A big entity's per-article counts are not read for a count: the store's total (once per step), corrected
        # by the articles this step changed, asked of the store for those articles alone.
        changes = self.entities[entity_id].unread_changes()
        if changes is None:
            return super()._article_count(entity_id)
        if entity_id not in self._totals:
            self._totals[entity_id] = self.store.entity_article_totals([entity_id]).get(entity_id, 0)
        changed = [a for a, n in changes.items() if n]
        stored = self._stored_counts(entity_id, changed)
        return self._totals[entity_id] + sum((stored[a] + changes[a] > 0) - (stored[a] > 0) for a in changed)

    def _stored_counts(self, entity_id: str, articles: Iterable[str]) -> dict[str, int]:
        """The entity's stored mentions per article for these articles, each asked of the store once per step
        (the store does not change during a step)."""
        known = self._stored_in.setdefault(entity_id, {})
        ask = [a for a in articles if a not in known]
        if ask:
            found = self.store.entity_article_counts_in(entity_id, ask)
            known.update({a: found.get(a, 0) for a in ask})
        return known

    def _latest_articles(self, entity_id: str) -> list[str]:
        # The store's latest by publication date (read once per step), after the articles this step linked.
        if entity_id not in self._latest:
            self._latest[entity_id] = self.store.entity_latest_articles([entity_id], CONTEXT_ARTICLES).get(
                entity_id, [])
        e = self.entities[entity_id]
        changes = e.unread_changes()
        if changes is None:
            named_in = set(e.articles())
        else:
            pool = set(changes) | set(self._latest[entity_id])
            stored = self._stored_counts(entity_id, pool)
            named_in = {a for a in pool if stored[a] + changes.get(a, 0) > 0}
        linked_now = sorted(a for a in self.article_entities.written if a in named_in)  # type: ignore[attr-defined]
        stored_latest = [a for a in self._latest[entity_id] if a in named_in]
        return list(dict.fromkeys(linked_now + stored_latest))[:CONTEXT_ARTICLES]

    def _free_id(self, type_: str, name: str) -> str:
        # Whether each numbered id is taken is asked in one query, without reading the records of the namesakes
        # that bear them; ids this step read, made, merged or deleted are answered from memory.
        entities: LoadingMap = self.entities  # type: ignore[assignment]
        aliases: LoadingMap = self.alias_of  # type: ignore[assignment]
        block = [entity_id_at(type_, name, n) for n in range(1, NUMBERED_IDS + 1)]
        unknown = {i for i in block if i not in entities.data and i not in entities.absent
                   and i not in aliases.data and i not in aliases.absent}
        stored = self.store.entity_ids_in_use(sorted(unknown)) if unknown else set()
        for eid in block:
            if eid in unknown:
                if eid not in stored:
                    return eid
            elif eid not in entities and eid not in aliases:
                return eid
        return self._later_id(type_, name)

    def read_aliases(self, entity_ids: Iterable[str]) -> None:
        """Read the merged-id rows of ``entity_ids`` in one query, before ``resolve`` is asked for each."""
        self.alias_of.prefetch(entity_ids)  # type: ignore[attr-defined]

    def _load_stored(self, article_id: str) -> None:
        """An article linked before: its stored mentions go into their entities' records, so that they can be
        taken out."""
        self.article_entities.prefetch([article_id])  # type: ignore[attr-defined]
        if not self.article_entities.get(article_id):
            return
        stored = self.store.article_mention_records([article_id]).get(article_id, [])
        by_entity: dict[str, list[dict[str, Any]]] = {}
        for m in stored:
            by_entity.setdefault(self.resolve(m["entity_id"]), []).append(m)
        self.entities.prefetch(by_entity)  # type: ignore[attr-defined]
        for eid, found in by_entity.items():
            e = self.entities.get(eid)
            if e is not None:
                e.add_stored(article_id, [{k: v for k, v in m.items() if k != "entity_id"} for m in found])

    def forget(self, article_ids: Iterable[str]) -> EntityChanges:
        """Take deleted articles out of the index: the rows to write (their mention rows go; an entity left
        without mentions goes)."""
        ids = sorted(set(article_ids))
        for article_id in ids:
            self._load_stored(article_id)
            self.remove_article(article_id)
        return self.changes(ids)

    def _context(self, entity_id: str, context: set[str], story_id: str | None) -> int:
        articles = self.entities[entity_id].articles()
        self.article_entities.prefetch(articles)  # type: ignore[attr-defined]
        self.article_story.prefetch(articles)  # type: ignore[attr-defined]
        return super()._context(entity_id, context, story_id)

    def _merge(self, ids: set[str], bracketed: tuple[str, frozenset[str]] | None = None) -> str:
        if len(ids) < 2:
            return super()._merge(ids, bracketed)
        for i in ids:
            self.article_entities.prefetch(self.entities[i].articles())  # type: ignore[attr-defined]
        return super()._merge(ids, bracketed)

    def _load_keys(self, keys: set[str]) -> None:
        self._keys.prefetch(keys)  # type: ignore[attr-defined]

    def _article_total(self) -> int:
        # The store's count, read once per step (the loaded rows are only the neighbourhood's).
        total = getattr(self, "_articles_in_store", None)
        if total is None:
            total = self._articles_in_store = self.store.count("articles")
        return total

    def _load_key_rows(self, keys: list[str]) -> dict[str, set[str]]:
        found = self.store.entity_ids_by_key(keys)
        for k in keys:
            for eid, filed in self._filed.pop(k, {}).items():
                if filed:
                    found.setdefault(k, set()).add(eid)
                elif k in found:
                    found[k].discard(eid)
        return {k: ids for k, ids in found.items() if ids}

    def _file(self, keys: set[str], entity_id: str, filed: bool) -> None:
        buckets: LoadingMap = self._keys  # type: ignore[assignment]
        for k in keys:
            if k in buckets.data:
                ids = buckets.data[k]
                if filed:
                    ids.add(entity_id)
                else:
                    ids.discard(entity_id)
                    if not ids:
                        del buckets[k]
            elif k in buckets.absent:
                if filed:
                    buckets[k] = {entity_id}
            else:
                self._filed.setdefault(k, {})[entity_id] = filed

    def _index(self, e: EntityRecord) -> None:
        keys = self._keys_of(e)
        self._file(keys, e.id, True)
        self._indexed[e.id] = keys
        self.dirty.add(e.id)

    def _unindex(self, e: EntityRecord) -> None:
        self._file(self._indexed.pop(e.id, set()), e.id, False)

    def changes(self, relinked: Iterable[str]) -> EntityChanges:
        """The rows this step changed: entities (re)written, deleted or merged, their keys, and the index's
        mention records of the relinked articles."""
        entities: LoadingMap = self.entities  # type: ignore[assignment]
        indexed: LoadingMap = self._indexed  # type: ignore[assignment]
        aliases: LoadingMap = self.alias_of  # type: ignore[assignment]
        mentions: dict[str, list[dict[str, Any]]] = {a: [] for a in relinked}
        upserts, keys = [], {}
        for eid in sorted(self.dirty):
            e = entities.data.get(eid)
            if e is None:
                continue
            record = e.export()
            upserts.append(EntityRow(Entity(eid, record["type"], record["name"], record["latin"], record["aliases"],
                                            [], record["absorbed"]), e.seq, dict(e.roles), e.type, e.counts()))
            keys[eid] = set(indexed.data.get(eid, set()))
            for order, m in enumerate(e.mentions):
                if m["article_id"] in mentions:
                    mentions[m["article_id"]].append({**m, "entity_id": eid, "ord": order})
        deleted = {i for i in entities.deleted if i not in entities.data}
        return EntityChanges(upserts=upserts, deleted=deleted,
                             aliases={old: self.resolve(old) for old in aliases.written},
                             keys=keys, mentions=mentions, seq=self._seq)


def _counter(roles: dict[str, int]) -> Counter:
    return Counter(roles)


def index_rows(index: EntityIndex) -> EntityChanges:
    """A whole in-memory ``EntityIndex`` as rows (for a store written before the index became rows, or a test
    that builds an index by hand)."""
    mentions: dict[str, list[dict[str, Any]]] = {}
    upserts, keys = [], {}
    for e in sorted(index.entities.values(), key=lambda e: e.seq):
        record = e.export()
        upserts.append(EntityRow(Entity(e.id, record["type"], record["name"], record["latin"], record["aliases"], [],
                                        record["absorbed"]), e.seq, dict(e.roles), e.type, e.counts()))
        keys[e.id] = set(index._indexed.get(e.id, set()))
        for order, m in enumerate(e.mentions):
            mentions.setdefault(m["article_id"], []).append({**m, "entity_id": e.id, "ord": order})
    return EntityChanges(upserts=upserts, aliases=dict(index.alias_of), keys=keys, mentions=mentions, seq=index._seq)


def _spelling_probes(names: set[str], types: set[str]) -> set[str]:
    """The key rows the spelling matchers of ``EntityIndex`` ask for a group of these names and types (an acronym
    and its expansion, a name in English words, a person's name run together or with a middle word left out, a
    name's last two words), so that ``add_article`` reads them with the others in one query instead of one query
    each. Reading a row ahead changes nothing but when it is read."""
    probes: set[str] = set()
    for n in names:
        if "ORG" in types:
            probes |= {f"a:{f}" for f in acronym_forms(n)} | {f"A:{f}" for f in expansion_forms(n)}
        probes |= {key for t in types if (key := _translated_key(n, t)) is not None}
        if "PER" in types:
            probes |= {("jm:" if key.startswith("j1:") else "j1:") + key[3:] for key in _glued_keys(n)}
            words = match_key(n).split()
            if len(words) == 2:
                probes |= {f"s:{' '.join(words)}", f"m:{match_key(' '.join(words), fold_vowel_length=True)}"}
            elif len(words) > 2:
                probes |= {f"s:{' '.join(words[-2:])}", f"k:{' '.join(words[-2:])}"}
                if len(words) == 3:
                    probes.add(f"k:{words[0]} {words[2]}")
    return probes
