"""One canonical entity as ``EntityIndex`` keeps it: its mentions (the names and descriptions that were
linked to it), the roles articles gave it, the ids it absorbed, and what follows from them: its main name,
its Latin name and its entities.jsonl record."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from khabar.text.keys import has_devanagari, match_key

from .latin import everyday_name, known_latin, latin_name, phonetic_key, skeleton, title_case


@dataclass(slots=True)
class EntityRecord:
    """One canonical entity as the index keeps it."""

    id: str
    type: str
    seq: int  # creation order: the older entity survives a merge
    mentions: list[dict[str, Any]] = field(default_factory=list)  # article_id, start, end, text, source
    absorbed: list[str] = field(default_factory=list)
    roles: Counter = field(default_factory=Counter)  # "North Korea|leader" -> count
    # Derived from ``mentions``, kept up to date by add_mention so that a big entity costs no rescans.
    _names: Counter | None = field(default=None, repr=False, compare=False)
    _articles: Counter | None = field(default=None, repr=False, compare=False)

    def add_mention(self, mention: dict[str, Any]) -> None:
        self.mentions.append(mention)
        if self._names is not None and mention.get("source") != "description":
            self._names[mention["text"]] += 1
        if self._articles is not None:
            self._articles[mention["article_id"]] += 1

    def set_mentions(self, mentions: list[dict[str, Any]]) -> None:
        self.mentions = mentions
        self._names = self._articles = None

    def names(self) -> Counter:
        if self._names is None:
            self._names = Counter(m["text"] for m in self.mentions if m.get("source") != "description")
        return self._names

    def descriptions(self) -> Counter:
        return Counter(m["text"] for m in self.mentions if m.get("source") == "description")

    def articles(self) -> list[str]:
        if self._articles is None:
            self._articles = Counter(m["article_id"] for m in self.mentions)
        return sorted(self._articles)

    @property
    def name(self) -> str:
        """The main name in the script most mentions use: for a person the most used full name (व्लादिमीर
        पुतिन, not पुतिन), for a place or organisation the most used name (रूस, not रूसी संघ)."""
        names = self.names() or self.descriptions()
        devanagari = sum(c for n, c in names.items() if has_devanagari(n))
        use_devanagari = devanagari * 2 >= sum(names.values())
        pool = {n: c for n, c in names.items() if has_devanagari(n) == use_devanagari} or names
        if self.type == "PER":
            # A full name, the most used of them: a tagger's overlong span (व्लादिमीर पुतिन वोस्तोचन) seen
            # once does not beat व्लादिमीर पुतिन.
            full = {n: c for n, c in pool.items() if len(match_key(n).split()) > 1} or pool
            return max(full, key=lambda n: (full[n], len(match_key(n).split()), n))
        return max(pool, key=lambda n: (pool[n], len(match_key(n).split()), n))

    @property
    def latin(self) -> str:
        """A gazetteer name when one of the names is known, else an English name, else a transliteration."""
        names = self.names()
        ranked = sorted(names, key=lambda n: (-len(match_key(n).split()), -names[n], n))
        known = known_names([n for n in ranked if has_devanagari(n)] or ranked, self.type)
        if known and any(has_devanagari(n) for n in ranked):
            return known[0]
        main = self.name
        for n in ranked:
            # An English alias is the Latin name when the entity is mostly written in English, or when it
            # sounds like the main name (Kanika Kapoor for कनिका कपूर, not a stray CPRO linked to her).
            if not has_devanagari(n) and (not has_devanagari(main) or _sounds_alike(n, main)):
                return title_case(n) if n.islower() else n
        return latin_name(main, self.type)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "seq": self.seq, "mentions": self.mentions,
                "absorbed": self.absorbed, "roles": dict(self.roles)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EntityRecord:
        return cls(data["id"], data["type"], data["seq"], list(data.get("mentions", [])),
                   list(data.get("absorbed", [])), Counter(data.get("roles", {})))

    def majority_type(self) -> str:
        """The type most mentions were tagged with (a place and an organisation may share an entity)."""
        counts = Counter(m.get("type", self.type) for m in self.mentions if m.get("source") != "description")
        return max(counts, key=lambda t: (counts[t], t == self.type)) if counts else self.type

    def export(self) -> dict[str, Any]:
        """The entities.jsonl record (EXPORT.md), plus ``descriptions`` and ``absorbed``."""
        mentions = sorted(self.mentions, key=lambda m: (m["article_id"], m["start"]))
        return {
            "id": self.id, "type": self.majority_type(), "name": self.name, "latin": self.latin,
            "aliases": sorted(self.names(), key=lambda n: (-self.names()[n], n)),
            "descriptions": sorted(self.descriptions()),
            "mentions": [{k: m[k] for k in ("article_id", "start", "end", "text")} for m in mentions],
            "absorbed": list(self.absorbed),
        }



def _sounds_alike(latin: str, devanagari: str) -> bool:
    a, b = phonetic_key(latin).split(), phonetic_key(devanagari).split()
    return len(a) == len(b) and all(skeleton(x) == skeleton(y) for x, y in zip(a, b, strict=True))


def is_short(name: str, type_: str) -> bool:
    return type_ == "PER" and len(match_key(name).split()) == 1


def known_names(names: Iterable[str], type_: str) -> list[str]:
    """Latin names of the gazetteer entries ``names`` belong to (an English name counts as itself), fullest
    first. A person's one-word name counts only when there is no fuller one: नीरव मोदी … मोदी is not
    Narendra Modi, though the gazetteer knows मोदी as him."""
    ranked = sorted(names, key=lambda n: (-len(match_key(n).split()), n))
    found: list[str] = []
    for n in ranked:
        if is_short(n, type_) and (found or any(not is_short(m, type_) for m in ranked)):
            break
        latin = known_latin(n, type_) if has_devanagari(n) else (everyday_name(n) if not is_short(n, type_) else None)
        if latin and latin not in found:
            found.append(latin)
    return found


