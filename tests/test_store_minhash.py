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
