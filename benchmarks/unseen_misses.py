"""Where the extractor misses facts on the dev articles, and why, in three kinds.

Run by hand (not in CI), from the repository root, with frontline installed:

    python benchmarks/unseen_misses.py dev7 dev8 [--predicate fights]

For every gold fact of the chosen sets that the article's graph lacks, it prints the
fact and one of:

* ``no node``: the graph has no node for one of the two actors (an entity problem:
  the NER missed the name, or a described thing such as "the airport" was not made
  an entity);
* ``one sentence``: a sentence names both (by the gold's names and aliases) and is
  printed: a phrasing the relation rules do not read;
* ``no sentence``: no sentence names both: the fact is implied, or spread over
  several sentences.

Then the count of each kind per relation. Refuses the held-out set: reading its
misses is tuning against it.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

SETS = Path(__file__).resolve().parent / "unseen"
CORE = ("backs", "fights", "controls")
# Sentence ends, and paragraph breaks (headlines and datelines have no full stop).
SENTENCE_BREAK = re.compile(r"(?<=[.!?\"”])\s+|\n+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_BREAK.split(text) if s.strip()]


def names_in(sentence: str, names: tuple[str, ...]) -> bool:
    lowered = sentence.lower()
    return any(name.lower() in lowered for name in names)


def kind_of_miss(
    fact: tuple[str, str, str], missing_entities: set[str], names: dict[str, tuple[str, ...]], text: str
) -> tuple[str, str]:
    """(kind, the sentence naming both actors or "") for one missed fact."""
    subject, _predicate, obj = fact
    if subject in missing_entities or obj in missing_entities:
        return "no node", ""
    for sentence in sentences(text):
        if names_in(sentence, names[subject]) and names_in(sentence, names[obj]):
            return "one sentence", sentence
    return "no sentence", ""


def main(argv: list[str]) -> int:
    from unseen_quality import article_reports  # the benchmark beside this one

    chosen = [a for a in argv if not a.startswith("-") and a not in CORE] or ["dev"]
    predicates = tuple(a for a in argv if a in CORE) if "--predicate" in argv else CORE
    if "heldout" in chosen:
        print("unseen_misses: the held-out set is for measuring only (use unseen_quality.py)", file=sys.stderr)
        return 2
    unknown = [name for name in chosen if not (SETS / name).is_dir()]
    if unknown:
        print(f"unseen_misses: no such set: {', '.join(unknown)} (see {SETS})", file=sys.stderr)
        return 2
    counts: Counter[tuple[str, str]] = Counter()
    for set_name, text_path, gold, report in article_reports(chosen):
        names = {name: (name, *aliases) for name, aliases in gold.entities.items()}
        text = text_path.read_text(encoding="utf-8")
        missed = sorted(fact for fact in report.missing if fact[1] in predicates)
        if missed:
            print(f"== {set_name}/{text_path.stem}")
        for fact in missed:
            kind, sentence = kind_of_miss(fact, set(report.missing_entities), names, text)
            counts[(fact[1], kind)] += 1
            print(f"  {' '.join(fact)}  [{kind}]")
            if sentence:
                print(f"      {sentence[:300]}")
    print()
    for (predicate, kind), number in sorted(counts.items()):
        print(f"{predicate:<10} {kind:<13} {number:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
