"""One canonical entity as ``EntityIndex`` keeps it: its mentions (the names and descriptions that were
linked to it), the roles articles gave it, the ids it absorbed, and what follows from them: its main name,
its Latin name and its entities.jsonl record."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from khabar.lang import load
from khabar.text.keys import has_devanagari, match_key

from .campuses import bare_family, campus_parts, family_of
from .latin import (
    everyday_name,
    known_latin,
    latin_name,
    phonetic_key,
    region_state_latin,
    shouted_place,
    skeleton,
    title_case,
    transliterate,
)
from .places import state_of_code

# ``EntityRecord.latin`` by what it is computed from (type, names, descriptions, roles): the Latin name and the number
# of articles it read (None when it read none), for any record; the oldest entry goes first past ``MAX_LATINS``.
_LATINS: dict[tuple[Any, ...], tuple[str, int | None]] = {}
MAX_LATINS = 16384


@dataclass(slots=True)
class EntityRecord:
    """One canonical entity as the index keeps it.

    A record built in memory holds all its mentions, and its counts (names, descriptions, types, articles) are
    derived from them. A record read from the store (``from_counts``) holds only the mentions the link step loaded
    or added, while its counts come whole from the store's count rows; its per-article counts are read on first
    use (``load_articles``). So a step that touches a popular entity reads a few rows, not its every mention.
    """

    id: str
    type: str
    seq: int  # creation order: the older entity survives a merge
    mentions: list[dict[str, Any]] = field(default_factory=list)  # article_id, start, end, text, source
    absorbed: list[str] = field(default_factory=list)
    roles: Counter = field(default_factory=Counter)  # "North Korea|leader" -> count
    # Derived from ``mentions`` (or read from the store), kept up to date by add_mention and remove_article so
    # that a big entity costs no rescans.
    _names: Counter | None = field(default=None, repr=False, compare=False)
    _descriptions: Counter | None = field(default=None, repr=False, compare=False)
    _types: Counter | None = field(default=None, repr=False, compare=False)
    _size: int | None = field(default=None, repr=False, compare=False)
    _articles: Counter | None = field(default=None, repr=False, compare=False)
    # A stored record: reads its article counts; changes made before they are read wait in ``_pending``.
    _load_articles: Callable[[], Counter] | None = field(default=None, repr=False, compare=False)
    _pending: Counter | None = field(default=None, repr=False, compare=False)
    _loaded: set[str] | None = field(default=None, repr=False, compare=False)  # articles whose mentions are here
    # The Latin name and what it was computed from (``latin``): type, name and description counts, roles, and the
    # article count when the reading of a place needed it; the link step reads it for every entity it files.
    _latin_memo: tuple[tuple[Any, ...], str, int | None] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_counts(cls, entity_id: str, type_: str, seq: int, counts: dict[str, dict[str, int]],
                    absorbed: list[str], roles: Counter, load_articles: Callable[[], Counter]) -> EntityRecord:
        """A stored record from its count rows (``n`` names, ``d`` descriptions, ``t`` types of the names)."""
        names, descriptions = Counter(counts.get("n", {})), Counter(counts.get("d", {}))
        return cls(entity_id, type_, seq, [], absorbed, roles, names, descriptions, Counter(counts.get("t", {})),
                   sum(names.values()) + sum(descriptions.values()), None, load_articles, Counter(), set())

    def counts(self) -> dict[str, dict[str, int]]:
        """The count rows of this entity: names, descriptions and the types its names were tagged with."""
        self._count_all()
        return {"n": dict(self._names or {}), "d": dict(self._descriptions or {}), "t": dict(self._types or {})}

    def _count_all(self) -> None:
        if self._names is not None and self._descriptions is not None and self._types is not None \
                and self._size is not None:
            return
        self._names, self._descriptions, self._types, self._size = Counter(), Counter(), Counter(), 0
        for m in self.mentions:
            self._count(m, 1, articles=False)

    def _count(self, mention: dict[str, Any], sign: int, articles: bool = True) -> None:
        assert self._names is not None and self._descriptions is not None and self._types is not None
        text = mention["text"]
        if mention.get("source") == "description":
            _bump(self._descriptions, text, sign)
        else:
            _bump(self._names, text, sign)
            _bump(self._types, mention.get("type", self.type), sign)
        self._size = (self._size or 0) + sign
        if not articles:
            return
        if self._articles is not None:
            _bump(self._articles, mention["article_id"], sign)
        elif self._pending is not None:
            self._pending[mention["article_id"]] += sign

    def add_mention(self, mention: dict[str, Any]) -> None:
        self._count_all()
        self._count(mention, 1)
        self.mentions.append(mention)
        if self._loaded is not None:
            self._loaded.add(mention["article_id"])

    def add_stored(self, article_id: str, mentions: list[dict[str, Any]]) -> None:
        """The stored mentions of one article (already in the counts), so that removing the article can take
        them out."""
        if self._loaded is not None and article_id not in self._loaded:
            self._loaded.add(article_id)
            self.mentions.extend(mentions)

    def remove_article(self, article_id: str) -> None:
        """Take one article's mentions out (the article is about to be linked again)."""
        self._count_all()
        for m in self.mentions:
            if m["article_id"] == article_id:
                self._count(m, -1)
        self.mentions = [m for m in self.mentions if m["article_id"] != article_id]

    def absorb(self, other: EntityRecord) -> None:
        """Take over ``other``'s mentions and counts (a merge)."""
        self._count_all()
        other._count_all()
        mine, theirs = self._article_counts(), other._article_counts()
        for mine_c, theirs_c in ((self._names, other._names), (self._descriptions, other._descriptions),
                                 (self._types, other._types)):
            assert mine_c is not None and theirs_c is not None
            mine_c.update(theirs_c)
        self._size = (self._size or 0) + (other._size or 0)
        mine.update(theirs)
        self.mentions = self.mentions + other.mentions
        if self._loaded is not None:
            self._loaded |= other._loaded or {m["article_id"] for m in other.mentions}

    def unread_changes(self) -> Counter | None:
        """A stored record whose per-article counts are not read yet: the mentions per article added (+) or
        taken out (-) since it was read from the store; None when its per-article counts are in memory."""
        return self._pending if self._articles is None and self._load_articles is not None else None

    def size(self) -> int:
        """How many mentions the entity has (names and descriptions)."""
        self._count_all()
        return self._size or 0

    def set_mentions(self, mentions: list[dict[str, Any]]) -> None:
        self.mentions = mentions
        self._names = self._descriptions = self._types = self._size = self._articles = None
        self._load_articles = self._pending = self._loaded = None

    def names(self) -> Counter:
        self._count_all()
        assert self._names is not None
        return self._names

    def descriptions(self) -> Counter:
        self._count_all()
        assert self._descriptions is not None
        return self._descriptions

    def _article_counts(self) -> Counter:
        if self._articles is None:
            if self._load_articles is not None:
                counts = self._load_articles()
                for a, n in (self._pending or {}).items():
                    _bump(counts, a, n)
                self._load_articles, self._pending = None, None
            else:
                counts = Counter(m["article_id"] for m in self.mentions)
            self._articles = counts
        return self._articles

    def articles(self) -> list[str]:
        return sorted(self._article_counts())

    @property
    def name(self) -> str:
        """The main name in the script most mentions use: for a person the most used full name (व्लादिमीर
        पुतिन, not पुतिन), for a place or organisation the most used name (रूस, not रूसी संघ)."""
        names = naming(self.names()) or self.descriptions()
        devanagari = sum(c for n, c in names.items() if has_devanagari(n))
        use_devanagari = devanagari * 2 >= sum(names.values())
        pool = _joiners_read_through({n: c for n, c in names.items() if has_devanagari(n) == use_devanagari} or names)
        if self.type == "PER":
            # A full name, the most used of them: a tagger's overlong span (व्लादिमीर पुतिन वोस्तोचन) seen
            # once does not beat व्लादिमीर पुतिन.
            full = {n: c for n, c in pool.items() if len(match_key(n).split()) > 1} or pool
            return max(full, key=lambda n: (full[n], len(match_key(n).split()), n))
        return unshouted(max(pool, key=lambda n: (pool[n], len(match_key(n).split()), n)), self.type)

    @property
    def latin(self) -> str:
        """A gazetteer name when one of the names is known, else an English name, else a transliteration.

        Remembered until what it is computed from changes: the type, the name and description counts, the roles,
        and (only when the reading of a place used it, ``read_elsewhere``) the number of articles."""
        key = (self.type, tuple(self.names().items()), tuple(self.descriptions().items()), tuple(self.roles.items()))
        memo = self._latin_memo
        if memo is not None and memo[0] == key and (memo[2] is None or memo[2] == len(self._article_counts())):
            return memo[1]
        # The same inputs give the same name whichever record asks: a link step reads its entities' records from
        # the store afresh, and the records around the next add ask again (session 30).
        shared = _LATINS.get(key)
        if shared is not None and (shared[1] is None or shared[1] == len(self._article_counts())):
            self._latin_memo = (key, *shared)
            return shared[0]
        counted: list[int] = []

        def articles() -> int:
            counted.append(len(self._article_counts()))
            return counted[-1]

        latin = self._latin(articles)
        self._latin_memo = (key, latin, counted[-1] if counted else None)
        _LATINS[key] = (latin, counted[-1] if counted else None)
        if len(_LATINS) > MAX_LATINS:
            del _LATINS[next(iter(_LATINS))]
        return latin

    def _latin(self, articles: Callable[[], int]) -> str:
        from .legislatures import legislature_latin

        if self.roles and (legislature := legislature_latin(self.name, self.roles)):
            return legislature  # कांग्रेस of a passage about the US: not the party's gazetteer name
        names = naming(self.names())
        ranked = sorted(names, key=lambda n: (-len(match_key(n).split()), -names[n], n))
        main = self.name
        if self._read_elsewhere(articles) and has_devanagari(main):
            return title_case(transliterate(main))  # कोरिया of Chhattisgarh: Koriya, not the lists' Korea
        known = known_names([n for n in ranked if has_devanagari(n)] or ranked, self.type)
        if known and any(has_devanagari(n) for n in ranked):
            return known[0]
        for n in ranked:
            # An English alias is the Latin name when the entity is mostly written in English, or when it
            # sounds like the main name (Kanika Kapoor for कनिका कपूर, not a stray CPRO linked to her).
            if not has_devanagari(n) and (not has_devanagari(main) or _sounds_alike(n, main)):
                return title_case(n) if n.islower() else unshouted(n, self.type)
        return latin_name(main, self.type)

    def read_elsewhere(self) -> bool:
        """A place whose mentions are written inside another region than the place lists' reading of its main name
        (``containment.read_elsewhere``: छत्तीसगढ़ के … कोरिया is not Korea): the reading is not this entity."""
        return self._read_elsewhere(lambda: len(self._article_counts()))

    def _read_elsewhere(self, articles: Callable[[], int]) -> bool:
        if self.type != "LOC" or not self.roles:
            return False
        from .containment import read_elsewhere

        return read_elsewhere(self.name, self.roles, articles)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "seq": self.seq, "mentions": self.mentions,
                "absorbed": self.absorbed, "roles": dict(self.roles)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EntityRecord:
        return cls(data["id"], data["type"], data["seq"], list(data.get("mentions", [])),
                   list(data.get("absorbed", [])), Counter(data.get("roles", {})))

    def majority_type(self) -> str:
        """The type most mentions were tagged with (a place and an organisation may share an entity)."""
        self._count_all()
        counts = self._types or Counter()
        if counts.get("LOC") and counts.get("ORG"):
            from .entity_filter import acronym_type

            # रिम्स … (RIMS): one of its names is an acronym no place list expands, so it is an institution.
            if acronym_type(list(self.names()), "LOC") == "ORG":
                return "ORG"
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



_LOWER_IN_NAMES = frozenset({"and", "of", "the"})


def unshouted(name: str, type_: str) -> str:
    """A place a wire dateline writes in capitals (NEW DELHI, SRINAGAR) as the place lists write it (New Delhi).
    Acronyms stay: a place of three letters or fewer (UAE, USA) or one the lists do not know (USSR)."""
    if type_ != "LOC" or not shouted_place(name):
        return name
    words = name.casefold().split()
    return " ".join(w if k and w in _LOWER_IN_NAMES else w[:1].upper() + w[1:] for k, w in enumerate(words))


def _bump(counts: Counter, key: Any, by: int) -> None:
    """Add ``by`` to one count, dropping it at zero (so a name no mention uses any more is no name)."""
    n = counts[key] + by
    if n > 0:
        counts[key] = n
    else:
        counts.pop(key, None)


def _sounds_alike(latin: str, devanagari: str) -> bool:
    a, b = phonetic_key(latin).split(), phonetic_key(devanagari).split()
    return len(a) == len(b) and all(skeleton(x) == skeleton(y) for x, y in zip(a, b, strict=True))


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    return match_key(name)


@cache
def _branch_keys() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("branch_institutions", []))


def bare_campus_names(names: Iterable[str]) -> bool:
    """Every name is the bare name of an institution with campuses in many cities (एम्स, पीजीआई, AIIMS), in one of
    its forms (अखिल भारतीय आयुर्विज्ञान संस्थान: ``campuses.family_of``), all of one institution."""
    names = [n for n in names]
    branches = _branch_keys()
    return bool(names) and (all(_key(n) in branches for n in names) or bare_family(names) is not None)


def campus_short_names(names: Iterable[str]) -> set[str]:
    """The bare names of an institution with campuses (एम्स, अखिल भारतीय आयुर्विज्ञान संस्थान) among the names of one
    of its campuses (पटना एम्स, एम्स ऋषिकेश): linked to the campus in its article, but no key, main name or Latin name
    of it, or every bare एम्स of another article would find the campus too."""
    names = list(names)
    branches = _branch_keys()
    bare = {n for n in names if _key(n) in branches or family_of(n) is not None}
    if not bare:
        return set()
    campus = [set(_key(n).split()) for n in names if n not in bare and set(_key(n).split()) & branches]
    families = {parts[0] for n in names if n not in bare and (parts := campus_parts(n)) is not None}
    return {n for n in bare if any(match_key(n) in words for words in campus) or family_of(n) in families}


@cache
def _region_heads() -> frozenset[str]:
    return frozenset(match_key(w) for lang in ("hi", "en") for w in load(lang, "descriptions").get("region_heads", []))


@cache
def _capital_suffixes() -> tuple[str, ...]:
    return tuple(sorted(load("hi", "descriptions").get("capital_suffixes", []), key=len, reverse=True))


def capital_of_district(name: str) -> str | None:
    """वाशिंगटन डीसी, Washington D.C.: the capital's own name (वाशिंगटन, Washington), whose entity the datelines'
    bare name is; None for any other name. The capital must be a place the lists know abroad: after a home
    place डीसी is the district's deputy commissioner (रांची डीसी ने बैठक की), an official, not a district of Ranchi."""
    from .places import country_of_place

    for suffix in _capital_suffixes():
        if name.endswith(" " + suffix) and len(name) > len(suffix) + 1:
            capital = name[:-len(suffix)].rstrip(" ,")
            latin = known_latin(capital, "LOC") if has_devanagari(capital) else capital
            country = country_of_place(latin) if latin else None
            return capital if country is not None and country not in _home_countries() else None
    return None


@cache
def _home_countries() -> frozenset[str]:
    from .places import home_country

    return frozenset(c for c in (home_country("hi"), home_country("en")) if c)


def region_short_names(names: Iterable[str]) -> set[str]:
    """The bare city names among the names of the state of that name (वॉशिंगटन beside वॉशिंगटन राज्य, which a report
    names and then calls वॉशिंगटन): linked to the state in their article, but no key, main name or Latin name of it,
    or every bare वाशिंगटन of another report (mostly the capital) would find the state."""
    from .coref import loose_keys

    names = list(names)
    heads = _region_heads()
    states = [loose_keys(" ".join(words[:-1])) for words in (match_key(n).split() for n in names)
              if len(words) > 1 and words[-1] in heads]
    if not states:
        return set()
    from .head_forms import is_city_name

    # A bare name no list knows as a city (हुबेई beside हुबेई प्रांत) is the region itself (``head_forms``).
    return {n for n in names if len(match_key(n).split()) == 1 and any(loose_keys(n) & s for s in states)
            and is_city_name(n)}


_JOINERS = str.maketrans("", "", "\u200c\u200d")


def _joiners_read_through(pool: dict[str, int]) -> dict[str, int]:
    """Spellings that differ only by a joiner (ZWJ, ZWNJ: how a conjunct is drawn, पाकिस्\u200dतान) counted as one,
    under the written spelling with the fewest joiners: an outlet that writes them does not name the entity for
    all (सोनीपत सिविल अस्\u200dपताल once against सोनीपत सिविल अस्पताल once)."""
    if not any("\u200c" in n or "\u200d" in n for n in pool):
        return pool
    groups: dict[str, list[str]] = {}
    for n in pool:
        groups.setdefault(n.translate(_JOINERS), []).append(n)
    return {min(forms, key=lambda n: (len(n), -pool[n], n)): sum(pool[n] for n in forms) for forms in groups.values()}


def naming(names: Counter) -> Counter:
    """``names`` without a campus's bare institution names (``campus_short_names``), a state's bare city name
    (``region_short_names``) and a foreign legislature's bare word (``legislatures.legislature_short_names``)."""
    from .legislatures import legislature_short_names

    bare = campus_short_names(names) | region_short_names(names) | legislature_short_names(names)
    return Counter({n: c for n, c in names.items() if n not in bare}) if bare else names


def latin_key(name: str) -> str:
    """A Latin name as a lookup key: casefolded, dots dropped and initials run together, so that S. Jaishankar and
    S Jaishankar, K.P. Sharma Oli and KP Sharma Oli are one key (outlets write initials both ways)."""
    out: list[str] = []
    initials = False  # the last word is made of single letters run together
    for word in name.replace(".", " ").casefold().split():
        if len(word) == 1 and initials:
            out[-1] += word
        else:
            out.append(word)
            initials = len(word) == 1
    return " ".join(out)


def is_short(name: str, type_: str) -> bool:
    return type_ == "PER" and len(match_key(name).split()) == 1


@cache
def _country_short_forms() -> dict[str, str]:
    return {match_key(k): v for k, v in load("hi", "descriptions").get("country_short_forms", {}).items()}


def country_short_form(name: str) -> str | None:
    """The country whose short form ``name`` is (``descriptions.json`` ``country_short_forms``: पाक, Pakistan), else
    None. The word alone is also an everyday word (पाक: holy), so only a mention the tagger took for a place reads
    it."""
    return _country_short_forms().get(match_key(name))


def known_names(names: Iterable[str], type_: str) -> list[str]:
    """Latin names of the gazetteer entries ``names`` belong to (an English name counts as itself, a Latin state code
    of a place as its state), fullest first. A person's one-word name counts only when there is no fuller one:
    नीरव मोदी … मोदी is not Narendra Modi, though the gazetteer knows मोदी as him."""
    ranked = sorted(names, key=lambda n: (-len(match_key(n).split()), n))
    found: list[str] = []
    for n in ranked:
        if is_short(n, type_) and (found or any(not is_short(m, type_) for m in ranked)):
            break
        if type_ != "PER" and (capital := capital_of_district(n)):
            n = capital  # वाशिंगटन डीसी is the capital the bare वाशिंगटन of datelines names
        latin = known_latin(n, type_) if has_devanagari(n) else (everyday_name(n) if not is_short(n, type_) else None)
        if latin is None and type_ == "LOC" and has_devanagari(n):
            latin = region_state_latin(n)  # वाशिंगटन स्टेट and वॉशिंगटन राज्य: Washington State
        if latin is None and type_ == "LOC" and has_devanagari(n):
            latin = country_short_form(n)  # पाक tagged as a place: Pakistan
        if type_ == "LOC" and not has_devanagari(n) and (state := state_of_code(n.strip())) is not None:
            latin = state  # UP in a Hindi report is उत्तर प्रदेश (ISO 3166-2 IN-UP)
        if latin and latin not in found:
            found.append(latin)
    return found


