"""Words/second of the bundled English pipeline (extract/model). Run by hand:

    OMP_NUM_THREADS=1 python benchmarks/pipeline_speed.py [--model extract/model] [--repeat 1]

Texts: the raw text of the 1,000 UD English PUD sentences (one doc each) and the
seed articles in ../shared/corpus/seeds/*.txt (one doc each). Measures
``nlp.pipe`` with one process and with ``n_process=2``. "Words" = spaCy tokens
that are not punctuation or whitespace. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def pud_texts() -> list[str]:
    path = SHARED / "data" / "ud-english-pud" / "en_pud-ud-test.conllu"
    texts = []
    for line in path.read_text(encoding="utf8").splitlines():
        m = re.match(r"#\s*text\s*=\s*(.*)", line)
        if m:
            texts.append(m.group(1))
    return texts


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf8") for p in sorted((SHARED / "corpus" / "seeds").glob("*.txt"))]


def run(nlp, texts, n_process: int, batch_size: int) -> tuple[int, float]:
    t0 = time.perf_counter()
    words = 0
    for doc in nlp.pipe(texts, n_process=n_process, batch_size=batch_size):
        words += sum(1 for t in doc if not (t.is_punct or t.is_space))
    return words, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(REPO / "extract" / "model"))
    ap.add_argument("--repeat", type=int, default=1, help="repeat each text set N times")
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args()

    import spacy

    nlp = spacy.load(args.model)
    print(f"model {args.model}: {nlp.meta.get('name')} {nlp.meta.get('version')}, pipeline {nlp.pipe_names}")
    nlp("Warm-up sentence for the pipeline.")
    sets = {"pud (1,000 sentences)": pud_texts() * args.repeat,
            "seeds (5 articles)": seed_texts() * args.repeat}
    sets["pud + seeds"] = sets["pud (1,000 sentences)"] + sets["seeds (5 articles)"]
    for name, texts in sets.items():
        for n_process in (1, 2):
            words, secs = run(nlp, texts, n_process, args.batch_size)
            print(f"{name:24s} n_process={n_process}: {words:7d} words in {secs:6.2f}s = {words / secs:8.0f} words/s")


if __name__ == "__main__":
    main()
