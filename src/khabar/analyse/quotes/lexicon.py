"""A language's quote knowledge (``lang/<code>/quotes.json``) compiled into regexes and key sets once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from khabar.lang import load
from khabar.text.keys import match_key

_L = r"\p{L}\p{M}\p{N}"


def phrase_pattern(phrase: str, *, particles: str = "") -> str:
    """A regex for a multi-word phrase: any whitespace between words, optional particles between them."""
    words = phrase.split()
    gap = r"\s+" if not particles else rf"\s+(?:(?:{particles})\s+)?"
    return gap.join(regex.escape(w) for w in words)


def alternation(phrases: list[str], *, particles: str = "") -> str:
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(phrase_pattern(p, particles=particles) for p in ordered)


def bounded(pattern: str) -> str:
    """``pattern`` as whole words (``\\b`` is unreliable next to Devanagari vowel signs)."""
    return rf"(?<![{_L}])(?:{pattern})(?![{_L}])"


@dataclass(frozen=True)
class GenitiveFrame:
    text: str
    clause: str  # "after" or "after_or_before"
    needs: str | None  # a complementizer that must follow (कि), or None


@dataclass(frozen=True)
class Lexicon:
    lang: str
    word_order: str
    cue: regex.Pattern[str]  # a reporting verb with particles and auxiliaries
    cue_complement: regex.Pattern[str]  # cue + optional comma + complementizer (कि / that)
    cue_at_end: regex.Pattern[str]  # a cue ending a lead: `कहा,` `told reporters:`
    tail_cue: regex.Pattern[str]  # a cue starting a tail: `कहकर`, `said`
    genitive_frames: tuple[GenitiveFrame, ...]
    genitive_frame: regex.Pattern[str]
    pronoun_frame: regex.Pattern[str]  # उनका कहना है, उनके अनुसार: a genitive pronoun fused with the frame's postposition
    habitual_frame: regex.Pattern[str] | None
    agent_markers: frozenset[str]
    complementizers: frozenset[str]
    agent_pronouns: dict[str, str]  # key -> number
    genitive_pronouns: dict[str, str]
    nominative_pronouns: dict[str, str]
    relative_pronouns: frozenset[str]
    intro_endings: frozenset[str]
    np_stops: frozenset[str]
    np_max_words: int
    person_titles: tuple[str, ...]
    leader_titles: frozenset[str]
    generic_leader_titles: frozenset[str]
    group_speakers: frozenset[str]
    media_speakers: tuple[str, ...]
    org_speakers: tuple[str, ...]
    demonyms: dict[str, str]  # key of adjective -> country as written
    name_heads: frozenset[str]
    name_heads_max_words: int
    nonspeech_followers: regex.Pattern[str] | None
    nonspeech_leaders: frozenset[str]
    written_cue: regex.Pattern[str] | None
    naming_passive: regex.Pattern[str] | None  # “…” (कलाकार) कहा जाता है: what something is called
    case_markers: frozenset[str]
    nonsource_heads: frozenset[str]
    nominative_cue: regex.Pattern[str] | None  # a cue whose subject takes no agent marker (बोले)
    inverted_frame: regex.Pattern[str] | None  # “…”, यह कहना है <speaker> का
    fragment_cues: frozenset[str]  # words that make a frame-less quoted fragment a statement
    core_cues: frozenset[str]  # keys of cues that need no typed agent and may take a clause after a comma
    clause_openers: frozenset[str]  # a comma clause starting with these is narration, not speech
    clause_break: regex.Pattern[str] | None
    raw: dict[str, Any]
    # The words a cue starts with, as written (every ``cue`` match begins with one), when ``cue`` matches case
    # for case; empty otherwise. ``frames._cue_matches`` tries the cue only where one of them begins.
    cue_first_words: tuple[str, ...] = ()
    # Words of courtesy written between an office and a name (स्वास्थ्य मंत्री डॉ. हर्षवर्धन), and every written
    # form of a title -> one key for its office (सीएमओ = मुख्य चिकित्सा अधिकारी, पीएम = प्रधानमंत्री): from
    # ``title_synonyms`` here and the offices of ``person_names.json``.
    courtesy_words: frozenset[str] = frozenset()
    title_offices: tuple[tuple[str, str], ...] = ()

    def office(self, title: str | None) -> str | None:
        """The one key of a title's office, however the title is written (``title_offices``)."""
        if title is None:
            return None
        return _office_map(self.title_offices).get(title, title)

    def key(self, text: str) -> str:
        return match_key(text)

    def is_core(self, cue: str) -> bool:
        """Whether a cue as written (with particles and auxiliaries) is one of the core verbs of saying."""
        k = match_key(cue)
        return any(k == c or k.startswith(c + " ") for c in self.core_cues) or any(
            " ".join(w for w in k.split() if w not in self._particle_keys) == c for c in self.core_cues)

    @property
    def _particle_keys(self) -> frozenset[str]:
        return self.raw_keys("cue_particles")

    def raw_nonspeech_keys(self, name: str) -> frozenset[str]:
        return _raw_keys(self.lang, "nonspeech." + name)

    def raw_keys(self, name: str) -> frozenset[str]:
        """Matching keys of a word list in the language file (cached per list)."""
        return _raw_keys(self.lang, name)

    def frame(self, text: str) -> GenitiveFrame | None:
        """The genitive frame written as ``text`` (``का कहना है``), or its pronoun-fused rest (``कहना है``)."""
        k = match_key(text)
        for f in self.genitive_frames:
            fk = match_key(f.text)
            if k == fk or fk.split(" ", 1)[-1] == k:
                return f
        return None


@cache
def _office_map(pairs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return dict(pairs)


def _title_offices(data: dict[str, Any], names: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """Each written title's key -> its office: the offices of ``person_names.json`` (every form of one office
    shares a key), joined with this file's ``title_synonyms`` (पीएम -> प्रधानमंत्री)."""
    office = {match_key(form): "office:" + name for name, forms in names.get("offices", {}).items() for form in forms}
    out = dict(office)
    for short, full in data.get("title_synonyms", {}).items():
        s, f = match_key(short), match_key(full)
        out[s] = office.get(f) or office.get(s) or f
        out.setdefault(f, office.get(f) or office.get(s) or f)
    return tuple(sorted(out.items()))


@cache
def _raw_keys(lang: str, name: str) -> frozenset[str]:
    data: Any = load(lang, "quotes")
    for part in name.split("."):
        data = data.get(part, {}) if isinstance(data, dict) else {}
    return _keys(data or [])


def _keys(items: list[str] | dict[str, Any]) -> frozenset[str]:
    return frozenset(match_key(i) for i in items)


def with_light_verbs(cues: list[str], data: dict[str, Any]) -> list[str]:
    """The cues with their completive forms (``स्पष्ट किया`` → ``स्पष्ट कर दिया``): ``light_verb_variants``."""
    variants: dict[str, list[str]] = data.get("light_verb_variants", {})
    out = list(cues)
    for cue in cues:
        head, _, last = cue.rpartition(" ")
        if head:
            out += [f"{head} {v}" for v in variants.get(last, [])]
    return out


@cache
def lexicon(lang: str) -> Lexicon | None:
    """The compiled quote lexicon of ``lang``, or None when the language has no ``quotes.json``. Kept on disk
    between processes (``khabar.disk_cache``, keyed by the analysis fingerprint and the installed ``regex``): its
    patterns cost a process 0.14 s to compile, and a pickled ``regex`` pattern is read back as its compiled code
    (3 ms), the same pattern."""
    from khabar import disk_cache

    return disk_cache.cached(f"quote_lexicon_{lang}", lambda: _build_lexicon(lang))


def _build_lexicon(lang: str) -> Lexicon | None:
    data = load(lang, "quotes")
    if not data:
        return None
    flags = regex.IGNORECASE if data.get("word_order") == "svo" else 0
    particles = "|".join(regex.escape(p) for p in data.get("cue_particles", []))
    aux = alternation(data.get("cue_auxiliaries", []))
    cue_phrases = with_light_verbs(data["cues"], data)
    cue_core = alternation(cue_phrases, particles=particles)
    cue = rf"(?:{cue_core})(?:\s+(?:{aux}))*" if aux else rf"(?:{cue_core})"
    comp = alternation(data.get("complementizers", []))
    cue_complement = bounded(rf"(?P<cue>{cue})\s*,?\s*(?P<comp>{comp})")
    endings = data.get("intro_endings", [])
    cue_at_end = rf"(?:{bounded(cue)}|{bounded(alternation(endings))})[\s,:;\-–—]*$"
    tail_cue = rf"^[\s,:;\-–—]*(?P<cue>{bounded(alternation(data.get('tail_cues', [])))})"
    frames = tuple(
        GenitiveFrame(f["text"], f.get("clause", "after"), f.get("needs")) for f in data.get("genitive_frames", [])
    )
    genitive = bounded(rf"(?P<frame>{alternation([f.text for f in frames])})") if frames else r"(?!)"
    rests = {" ".join(f.text.split()[1:]): f for f in frames if len(f.text.split()) > 1}
    pronouns = alternation(list(data.get("genitive_pronouns", {})))
    pronoun_frame = (
        bounded(rf"(?P<pron>{pronouns})\s+(?P<frame>{alternation(list(rests))})") if rests and pronouns else r"(?!)"
    )
    breaks = data.get("clause_breaks", [])
    habitual = data.get("habitual_frames", [])
    nonspeech = data.get("nonspeech", {})
    followers = nonspeech.get("followers", [])
    written = nonspeech.get("written_cues", [])
    names = load(lang, "person_names") or {}
    offices = [form for forms in names.get("offices", {}).values() for form in forms]
    return Lexicon(
        lang=lang,
        word_order=data.get("word_order", "sov"),
        cue=regex.compile(bounded(cue), flags),
        cue_complement=regex.compile(cue_complement, flags),
        cue_at_end=regex.compile(cue_at_end, flags),
        tail_cue=regex.compile(tail_cue, flags),
        genitive_frames=frames,
        genitive_frame=regex.compile(genitive, flags),
        pronoun_frame=regex.compile(pronoun_frame, flags),
        habitual_frame=regex.compile(bounded(alternation(habitual)), flags) if habitual else None,
        agent_markers=_keys(data.get("agent_markers", [])),
        complementizers=_keys(data.get("complementizers", [])),
        agent_pronouns={match_key(k): v for k, v in data.get("agent_pronouns", {}).items()},
        genitive_pronouns={match_key(k): v for k, v in data.get("genitive_pronouns", {}).items()},
        nominative_pronouns={match_key(k): v for k, v in data.get("nominative_pronouns", {}).items()},
        relative_pronouns=_keys(data.get("relative_pronouns", [])),
        intro_endings=_keys(endings),
        np_stops=_keys(data.get("np_stops", [])),
        np_max_words=int(data.get("np_max_words", 7)),
        person_titles=tuple(sorted({match_key(t) for t in data.get("person_titles", []) + offices},
                                   key=len, reverse=True)),
        leader_titles=_keys(data.get("leader_titles", [])),
        generic_leader_titles=_keys(data.get("generic_leader_titles", [])),
        group_speakers=_keys(data.get("group_speakers", [])),
        media_speakers=tuple(sorted({match_key(t) for t in data.get("media_speakers", [])}, key=len, reverse=True)),
        org_speakers=tuple(sorted({match_key(t) for t in data.get("org_speakers", [])}, key=len, reverse=True)),
        demonyms={match_key(k): v for k, v in data.get("demonyms", {}).items()},
        name_heads=_keys(nonspeech.get("name_heads", [])),
        name_heads_max_words=int(nonspeech.get("name_heads_max_words", 5)),
        nonspeech_followers=regex.compile(rf"^[\s,]*{bounded(alternation(followers))}", flags) if followers else None,
        nonspeech_leaders=_keys(nonspeech.get("leaders", [])),
        written_cue=regex.compile(bounded(alternation(written)), flags) if written else None,
        naming_passive=regex.compile(bounded(alternation(nonspeech["naming_passives"])), flags)
        if nonspeech.get("naming_passives") else None,
        case_markers=_keys(data.get("case_markers", [])),
        nonsource_heads=_keys(data.get("nonsource_heads", [])),
        core_cues=_keys(with_light_verbs(data.get("core_cues", []), data)),
        fragment_cues=_keys(data.get("fragment_cues", [])),
        nominative_cue=regex.compile(bounded(alternation(data["nominative_cues"])), flags)
        if data.get("nominative_cues") else None,
        inverted_frame=regex.compile(
            rf"^[\s,;:\-–—]*{bounded(alternation(data['inverted_frames']))}\s+(?P<np>[^,।.!?]+?)\s+(?:का|की|के)"
            rf"(?![{_L}])", flags) if data.get("inverted_frames") else None,
        clause_openers=_keys(nonspeech.get("clause_openers", [])),
        clause_break=regex.compile(rf"[\s,;]*{bounded(alternation(breaks))}", flags) if breaks else None,
        raw=data,
        cue_first_words=() if flags else tuple(sorted({p.split()[0] for p in cue_phrases if p.strip()})),
        courtesy_words=_keys(names.get("courtesy_words", [])),
        title_offices=_title_offices(data, names),
    )
