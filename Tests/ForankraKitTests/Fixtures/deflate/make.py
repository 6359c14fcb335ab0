#!/usr/bin/env python3
"""Regenerates the deflate and ZIP fixtures with zlib (not run by the tests).

Each original is compressed by zlib at several levels and strategies, as raw deflate
(.deflate) and as a zlib stream (.zlib), so the Swift inflater is checked against the
encoder every ZIP and PDF writer uses.
"""
import random, zlib, zipfile, io, os

here = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261202)

# Text in the shape of a policy programme, written for this test, with long-range repeats.
words = ("arbetsplats medarbetare chef ansvar tillit respekt samverkan lön hälsa arbetsmiljö "
         "kompetens utveckling mångfald jämställdhet rekrytering introduktion uppföljning "
         "ska vi alla och för att med på i av som det är").split()
paragraphs = []
for n in range(400):
    length = rng.randint(8, 30)
    paragraphs.append(" ".join(rng.choice(words) for _ in range(length)).capitalize() + ".")
text = ("\n\n".join(paragraphs)).encode("utf-8")

# Incompressible bytes, then the same bytes again 32 000 bytes later: a copy from the far end
# of the 32 KB window.
noise = bytes(rng.getrandbits(8) for _ in range(32000))
window = noise + noise[:3000]

originals = {"text": text, "window": window, "empty": b""}
for name, data in originals.items():
    with open(os.path.join(here, name + ".original"), "wb") as f:
        f.write(data)
    for level in (0, 1, 6, 9):
        for strategy, label in ((zlib.Z_DEFAULT_STRATEGY, ""), (zlib.Z_FIXED, "-fixed"), (zlib.Z_HUFFMAN_ONLY, "-huffman"), (zlib.Z_RLE, "-rle")):
            if (level in (0, 1, 9) or name != "text") and label:
                continue
            raw = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
            with open(os.path.join(here, f"{name}-{level}{label}.deflate"), "wb") as f:
                f.write(raw.compress(data) + raw.flush())
    wrapped = zlib.compressobj(6, zlib.DEFLATED, 15)
    with open(os.path.join(here, f"{name}.zlib"), "wb") as f:
        f.write(wrapped.compress(data) + wrapped.flush())

# A ZIP with a stored and a deflated entry, as zipfile writes them.
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as archive:
    archive.writestr(zipfile.ZipInfo("mimetype"), b"application/x-test", compress_type=zipfile.ZIP_STORED)
    archive.writestr("mapp/text.txt", text, compress_type=zipfile.ZIP_DEFLATED)
with open(os.path.join(here, "archive.zip"), "wb") as f:
    f.write(buffer.getvalue())
