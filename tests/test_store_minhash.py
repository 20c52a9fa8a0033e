"""Story signatures are datasketch's "affine32" MinHash, computed without importing datasketch."""

import subprocess
import sys
import zlib

import numpy as np
import pytest

from faultlines.store.stories import NUM_PERM, SHINGLE, signature, words

TEXTS = [
    "Russia and Kazakhstan traded sharp words on Monday over grain transit, border checks and the future "
    "of their alliance, while officials in both capitals insisted that talks would continue next week.",
    "Ein ganz anderer Text über Wasser, Grenzen und Handel zwischen zwei Nachbarn, die einander misstrauen.",
    " ".join(f"word{i}" for i in range(400)),
]


@pytest.mark.parametrize("text", TEXTS)
def test_signature_equals_datasketch(text):
    datasketch = pytest.importorskip("datasketch")
    tokens = words(text)
    shingles = {" ".join(g).encode() for g in zip(*(tokens[i:] for i in range(SHINGLE)), strict=False)}
    reference = datasketch.MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32", hashfunc=zlib.crc32)
    reference.update_batch(list(shingles))
    fingerprint = signature(text)
    assert fingerprint.size == len(shingles)
    assert fingerprint.sig.dtype == np.uint32
    assert np.array_equal(fingerprint.sig, reference.hashvalues.astype(np.uint32))


def test_storing_does_not_import_scipy(tmp_path):
    code = (
        "import sys; from faultlines.store.stories import signature; "
        f"signature({TEXTS[0]!r}); print('scipy' in sys.modules, 'datasketch' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_band_hashes_are_equal_exactly_where_the_bands_are():
    from faultlines.store.stories import BANDS, ROWS, Fingerprint, band_hashes, band_matrix

    rng = np.random.default_rng(7)
    sigs = rng.integers(0, 2**32, (3, NUM_PERM), dtype=np.uint64).astype(np.uint32)
    sigs[1, 5 * ROWS : 6 * ROWS] = sigs[0, 5 * ROWS : 6 * ROWS]  # one band in common
    sigs[2] = sigs[0]
    sigs[2, 7 * ROWS + 2] ^= 1  # one bit of one value of one band differs
    matrix = band_matrix(sigs)
    assert matrix.shape == (3, BANDS) and matrix.dtype == np.int64
    assert [b for b in range(BANDS) if matrix[0, b] == matrix[1, b]] == [5]
    assert [b for b in range(BANDS) if matrix[0, b] != matrix[2, b]] == [7]
    assert band_hashes(Fingerprint(sigs[1], 100)) == list(enumerate(matrix[1].tolist()))
    assert len(set(matrix.ravel().tolist())) == 3 * BANDS - 1 - (BANDS - 1)  # shared: one band, all but one


def test_a_store_of_schema_6_gets_its_bands_hashed_again(tmp_path):
    """Migration 007 drops the bands hashed the old way and hashes every article's signature again, so an
    upgraded store finds its near-duplicates as a new one does."""
    import sqlite3

    from faultlines.store.db import connect, migrations, split_statements
    from faultlines.store.stories import band_hashes, to_blob

    path = tmp_path / "old.db"
    old = sqlite3.connect(path, isolation_level=None)
    for version, sql in migrations()[:6]:
        for statement in split_statements(sql):
            old.execute(statement)
        old.execute(f"PRAGMA user_version = {version}")
    fingerprints = {1: signature(TEXTS[0]), 2: signature(TEXTS[2]), 3: None}
    for article_id, fp in fingerprints.items():
        old.execute("INSERT INTO documents(id, input_key, kind, content_hash, ingested_at) VALUES (?, ?, 'html', 'h', 'x')",
                    (article_id, f"k{article_id}"))
        old.execute("INSERT INTO articles(id, document_id, minhash, shingles) VALUES (?, ?, ?, ?)",
                    (article_id, article_id, to_blob(fp), fp.size if fp else 0))
        old.executemany("INSERT INTO minhash_bands(article_id, band, hash) VALUES (?, ?, ?)",
                        [(article_id, band, 12345 + band) for band in range(3)])  # hashed another way
    old.close()
    conn = connect(path)
    bands = "SELECT article_id, band, hash FROM minhash_bands"
    stored = sorted(tuple(r) for r in conn.execute(bands))
    assert stored == sorted((a, band, h) for a, fp in fingerprints.items() if fp for band, h in band_hashes(fp))
    # the bands go with their article (a trigger, where a foreign key cascaded before)
    conn.execute("DELETE FROM documents WHERE id = 1")
    assert {r[0] for r in conn.execute(bands)} == {2}
    conn.close()
