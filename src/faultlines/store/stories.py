"""Story clusters: near-duplicate articles and republications linked into one story.

Two articles belong to the same story when either
  * their bodies are near-duplicates: the Jaccard similarity ``J`` of their word 5-gram shingle sets, estimated
    with a MinHash signature (datasketch's "affine32" scheme, ``NUM_PERM`` permutations), is at least ``SIMILARITY``; or the shorter
    body (at least ``MIN_CONTAINED`` shingles) lies mostly inside the longer one (a trimmed copy): containment
    ``J * (|A| + |B|) / ((1 + J) * min(|A|, |B|))`` at least ``CONTAINMENT``. Candidates come from LSH bands
    kept in the ``minhash_bands`` table (``BANDS`` bands of ``ROWS`` rows: a pair with J = 0.3 is a candidate
    two times in three, with J = 0.5 almost always), and are then checked on their full signatures;
  * or provenance says so: one article's ``republished_from`` names the other's site and their titles match
    (or their bodies are at least ``PROVENANCE_SIMILARITY`` similar);
  * or they carry the same title (normalised, at least ``MIN_TITLE_WORDS`` words) and similar bodies
    (``PROVENANCE_SIMILARITY``), or exactly the same title on the same date.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
import zlib
from functools import lru_cache
from typing import NamedTuple

import numpy as np

NUM_PERM = 128
BANDS, ROWS = 42, 3
SHINGLE = 5
SIMILARITY = 0.5
CONTAINMENT = 0.7
MIN_CONTAINED = 30
PROVENANCE_SIMILARITY = 0.2
MIN_TITLE_WORDS = 4

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def norm_title(title: str | None) -> str:
    return " ".join(words(title or ""))


def norm_site(site: str | None) -> str:
    """``"www.Eurasianet.org"``, ``"Eurasianet"`` → ``"eurasianet"``."""
    text = (site or "").casefold().strip()
    text = re.sub(r"^https?://", "", text)
    text = re.sub(r"^www\.", "", text)
    text = text.split("/")[0]
    text = re.sub(r"\.(com|org|net|co\.uk|co|info|io|news|ru|kz|ua|eu|int|gov|uk|de|fr)$", "", text)
    return re.sub(r"[^\w]+", "", text)


class Fingerprint(NamedTuple):
    """A body's MinHash signature and its number of distinct shingles."""

    sig: np.ndarray
    size: int


def signature(text: str) -> Fingerprint | None:
    """MinHash signature (uint32 array) of the word 5-gram shingles of ``text``; None for texts too short.

    Shingles are hashed with CRC-32 (several times faster than datasketch's default SHA-1, and as good a
    32-bit hash of distinct shingles for MinHash, whose permutations are applied on top)."""
    tokens = words(text)
    if len(tokens) < SHINGLE:
        return None
    grams = zip(*(tokens[i:] for i in range(SHINGLE)), strict=False)
    shingles = {" ".join(gram).encode() for gram in grams}
    hashes = np.fromiter((zlib.crc32(s) for s in shingles), dtype=np.uint32, count=len(shingles))
    a, b = _permutations()
    permuted = _fmix32(hashes).reshape(-1, 1) * a + b  # uint32 arithmetic: wrapping is the modulo 2^32
    return Fingerprint(permuted.min(axis=0), len(shingles))


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations ``h → a·h + b mod 2^32`` (``a`` odd) of datasketch's "affine32" MinHash with
    seed 1: signatures equal ``datasketch.MinHash(NUM_PERM, seed=1, scheme="affine32", hashfunc=zlib.crc32)``'s
    without importing datasketch, which pulls in scipy (a second at every start)."""
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(h: np.ndarray) -> np.ndarray:
    """The MurmurHash3 32-bit finalizer, which spreads the CRC-32 values before the permutations."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def to_blob(fp: Fingerprint | None) -> bytes | None:
    return None if fp is None else fp.sig.astype("<u4").tobytes()


def from_row(row: sqlite3.Row) -> Fingerprint | None:
    if row["minhash"] is None or not row["shingles"]:
        return None
    return Fingerprint(np.frombuffer(row["minhash"], dtype="<u4"), row["shingles"])


def similarity(a: Fingerprint | None, b: Fingerprint | None) -> float:
    """Estimated Jaccard similarity of two bodies' shingle sets."""
    if a is None or b is None or len(a.sig) != len(b.sig):
        return 0.0
    return float(np.count_nonzero(a.sig == b.sig)) / len(a.sig)


def containment(a: Fingerprint | None, b: Fingerprint | None, jaccard: float) -> float:
    """Estimated share of the smaller body's shingles found in the other one (0 when it is too short)."""
    if a is None or b is None or min(a.size, b.size) < MIN_CONTAINED:
        return 0.0
    overlap = jaccard * (a.size + b.size) / (1 + jaccard)
    return min(1.0, overlap / min(a.size, b.size))


def band_hashes(fp: Fingerprint) -> list[tuple[int, int]]:
    """``(band, hash)`` of each LSH band of one signature (see :func:`band_matrix`)."""
    return list(enumerate(band_matrix(fp.sig.reshape(1, -1))[0].tolist()))


def band_matrix(sigs: np.ndarray) -> np.ndarray:
    """The LSH band hashes of signatures (``uint32``, one per row; the first ``BANDS * ROWS`` values are
    banded), as signed 64-bit integers, one row of ``BANDS`` per signature: each band's ``ROWS`` values packed
    two to a 64-bit word and the words chained through the MurmurHash3 64-bit finalizer (a bijection), so that
    equal bands hash alike and unequal ones collide with a chance of about 2^-64. Vectorised over all
    signatures at once (a load hashes thousands in one call)."""
    values = sigs[:, : BANDS * ROWS].astype(np.uint64).reshape(len(sigs), BANDS, ROWS)
    hashes = np.zeros(values.shape[:2], dtype=np.uint64)
    for row in range(0, ROWS, 2):
        word = values[..., row]
        if row + 1 < ROWS:
            word = word | (values[..., row + 1] << np.uint64(32))
        hashes = _fmix64(hashes ^ _fmix64(word))
    return hashes.view(np.int64)


def signatures_of(blobs: list[bytes]) -> np.ndarray:
    """Stored signatures (``minhash`` column bytes, ``<u4`` values) as one ``uint32`` array, a row each."""
    return np.frombuffer(b"".join(blobs), "<u4").reshape(len(blobs), NUM_PERM)


def band_rows(article_ids: list[int], blobs: list[bytes]) -> list[list[int]]:
    """The ``minhash_bands`` rows of articles (their ids and stored signatures) as three columns, band, hash and
    article, in the order of the table's key: inserted so, they are appended to its b-tree, not scattered."""
    hashes = band_matrix(signatures_of(blobs)).ravel()
    bands = np.tile(np.arange(BANDS, dtype=np.int64), len(blobs))
    articles = np.repeat(np.asarray(article_ids, dtype=np.int64), BANDS)
    order = np.lexsort((articles, hashes, bands))
    return [bands[order].tolist(), hashes[order].tolist(), articles[order].tolist()]


def insert_bands(conn: sqlite3.Connection, article_ids: list[int], blobs: list[bytes]) -> None:
    """Insert the MinHash bands of many articles (ids and stored signatures) in key order."""
    conn.executemany("INSERT OR IGNORE INTO minhash_bands(band, hash, article_id) VALUES (?, ?, ?)",
                     zip(*band_rows(article_ids, blobs), strict=True))


def _fmix64(h: np.ndarray) -> np.ndarray:
    """The MurmurHash3 64-bit finalizer (``uint64``, wrapping multiplication)."""
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


def index_signature(conn: sqlite3.Connection, article_id: int, sig: Fingerprint | None) -> None:
    conn.execute("DELETE FROM minhash_bands WHERE article_id = ?", (article_id,))
    if sig is not None:
        conn.executemany(
            "INSERT OR IGNORE INTO minhash_bands(article_id, band, hash) VALUES (?, ?, ?)",
            [(article_id, band, value) for band, value in band_hashes(sig)],
        )


def find_story(conn: sqlite3.Connection, article_id: int, article, sig: Fingerprint | None) -> list[int]:
    """Ids of the stories that the stored article ``article_id`` belongs to (empty: it starts its own)."""
    matches: set[int] = set()
    candidates: dict[int, sqlite3.Row] = {}
    if sig is not None:
        bands = band_hashes(sig)
        clause = " OR ".join(["(band = ? AND hash = ?)"] * len(bands))
        params = [v for pair in bands for v in pair]
        for row in conn.execute(
            f"SELECT DISTINCT a.id, a.story_id, a.minhash, a.shingles, a.title, a.site, a.republished_from, a.published "
            f"FROM minhash_bands b JOIN articles a ON a.id = b.article_id WHERE ({clause}) AND a.id != ?",
            [*params, article_id],
        ):
            candidates[row["id"]] = row
    if norm_title(article.title):
        # same title (any site): a republication under its original headline is judged by _same_story
        for row in conn.execute(
            "SELECT id, story_id, minhash, shingles, title, site, republished_from, published FROM articles "
            "WHERE title = ? COLLATE NOCASE AND id != ?",
            (article.title, article_id),
        ):
            candidates[row["id"]] = row
    for row in candidates.values():
        if row["story_id"] is not None and _same_story(article, sig, row):
            matches.add(row["story_id"])
    return sorted(matches)


def _site_matches(origin: str, site: str | None) -> bool:
    other = norm_site(site)
    return bool(other) and (origin == other or origin in other or other in origin)


def _same_story(article, sig: Fingerprint | None, row: sqlite3.Row) -> bool:
    other = from_row(row)
    sim = similarity(sig, other)
    if sim >= SIMILARITY or containment(sig, other, sim) >= CONTAINMENT:
        return True
    same_title = norm_title(article.title) == norm_title(row["title"]) and bool(norm_title(article.title))
    long_title = len(norm_title(article.title).split()) >= MIN_TITLE_WORDS
    provenance = (
        _site_matches(norm_site(article.republished_from), row["site"]) if article.republished_from else False
    )
    provenance = provenance or (
        bool(row["republished_from"]) and _site_matches(norm_site(row["republished_from"]), article.site)
    )
    if provenance and (same_title or sim >= PROVENANCE_SIMILARITY):
        return True
    if same_title and long_title and (sim >= PROVENANCE_SIMILARITY or article.published == row["published"]):
        return True
    return False
