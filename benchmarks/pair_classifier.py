"""Would a learned relation reader add to the rules? A leave-one-set-out experiment.

Run by hand (not in CI), from the repository root, with frontline installed and
scikit-learn added (it is no dependency of frontline):

    pip install scikit-learn
    python benchmarks/pair_classifier.py [--threshold 0.5] [--c 1.0]

For every sentence of the dev sets (dev, dev2 ... dev10; never the held-out set) and
every ordered pair of entities in it, it builds features (the kinds of the two, the
words between them, the words around them, the dependency path between their heads,
negation and modal words in the sentence) and a label from the article's gold (backs,
fights, controls or none). For each set in turn, a logistic regression trained on the
other sets labels that set's pairs; the facts it finds (at the threshold) are added to
what the rules already find, and the core F1 of rules alone and rules plus classifier is
printed per set and over all of them, with the must-not facts each asserts.

Tenth round (0a8508c, threshold 0.5, C 1.0): 34 facts added over the ten sets, 5 right,
10 must-not; core F1 0.580 -> 0.571. The rules were written against every dev set,
the one left out of training included, so the baseline flatters them; even so the
learned reader adds almost nothing right and much that is wrong. Nothing of it was kept.

Twenty-fifth round (aa414da with "trains and equips" read, threshold 0.5, C 1.0, all 27
dev sets: `python benchmarks/pair_classifier.py --sets dev dev2 ... dev27`): with 108
articles of gold instead of 40 it did no better: 107 facts added, 14 right, must-not
facts 1 -> 17; core F1 over the 27 sets 0.606 -> 0.593. Still nothing kept.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

SETS = Path(__file__).resolve().parent / "unseen"
DEV_SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10")
CORE = ("backs", "fights", "controls")


def path_features(a, b) -> list[str]:
    """The dependency path from token a to token b through their lowest common head."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    on_b = {t.i for t in up_b}
    top = next((t for t in up_a if t.i in on_b), None)
    if top is None:
        return ["path=none"]
    rise = up_a[: [t.i for t in up_a].index(top.i)]
    fall = up_b[: [t.i for t in up_b].index(top.i)]
    deps = [t.dep_ for t in rise] + ["^" + top.lemma_.lower()] + [t.dep_ for t in reversed(fall)]
    lemmas = [t.lemma_.lower() for t in rise[1:]] + [top.lemma_.lower()] + [t.lemma_.lower() for t in fall[1:]]
    return ["path=" + "|".join(deps), "top=" + top.lemma_.lower(), *("on=" + w for w in lemmas)]


def pair_features(sent, a, b) -> list[str]:
    first, second = (a, b) if a.start < b.start else (b, a)
    between = list(sent.doc[first.end : second.start])
    features = [
        "order=" + ("ab" if a.start < b.start else "ba"),
        f"kinds={a._.frontline_kind}>{b._.frontline_kind}",
        *(["far"] if len(between) > 15 else []),
        *("between=" + t.lemma_.lower() for t in between[:15] if not t.is_punct or t.text in {",", "(", "-"}),
        *("pair=" + x.lemma_.lower() + "_" + y.lemma_.lower() for x, y in zip(between, between[1:])),
        *("before=" + t.lemma_.lower() for t in sent.doc[max(sent.start, first.start - 3) : first.start]),
        *("after=" + t.lemma_.lower() for t in sent.doc[second.end : min(sent.end, second.end + 3)]),
        *path_features(a.root, b.root),
    ]
    if any(t.dep_ == "neg" or t.lower_ in {"not", "never", "no"} for t in sent):
        features.append("negation")
    if any(t.tag_ == "MD" for t in sent):
        features.append("modal")
    return features


def set_rows(nlp, set_name: str) -> tuple[list[dict], list[dict]]:
    """(pairs, articles) of one set: each pair with features and gold names; each
    article with its gold facts, must-not facts and what the rules found."""
    from frontline.articles import read_articles
    from frontline.evaluation import _normal, match_nodes, predicted_triples, read_gold
    from frontline.extract.document import doc_extraction
    from frontline.extract.records import Article
    from frontline.graph.build import build_graph
    from frontline.graph.resolve import name_key, resolve

    pairs, articles = [], []
    for text_path in sorted((SETS / set_name).glob("*.txt")):
        gold = read_gold(text_path.with_suffix(".yaml"))
        found = [a for a in read_articles([text_path]) if isinstance(a, Article)]
        docs = list(nlp.pipe([a.text for a in found]))
        extractions = [doc_extraction(d, a) for d, a in zip(docs, found)]
        resolution = resolve(extractions)
        graph = build_graph(extractions, resolution)
        matched = match_nodes(gold, graph)
        node_to_gold: dict[str, str] = {}
        for name, nodes in sorted(matched.items()):
            for node in nodes:
                node_to_gold.setdefault(node, name)

        def gold_name(span) -> str | None:
            return node_to_gold.get(resolution.by_name.get(name_key(span._.frontline_canonical or span.text)))

        for doc in docs:
            for sent in doc.sents:
                ents = [e for e in doc.ents if sent.start <= e.start and e.end <= sent.end]
                for a in ents:
                    for b in ents:
                        if a.start != b.start:
                            pairs.append({"set": set_name, "article": text_path.stem, "a": gold_name(a),
                                          "b": gold_name(b), "features": pair_features(sent, a, b)})
        articles.append({
            "set": set_name, "article": text_path.stem,
            "expected": {_normal(t) for t in gold.triples if t[1] in CORE},
            "must_not": {_normal(t) for t in gold.must_not},
            "rules": {t for t in predicted_triples(gold, graph, matched) if t[1] in CORE},
        })
    return pairs, articles


def label(pair: dict, expected: set) -> str:
    a, b = pair["a"], pair["b"]
    if not a or not b or a == b:
        return "none"
    for predicate in ("backs", "controls"):
        if (a, predicate, b) in expected:
            return predicate
    return "fights" if (min(a, b), "fights", max(a, b)) in expected else "none"


def f1(tp: int, predicted: int, expected: int) -> float:
    return 2 * tp / (predicted + expected) if predicted + expected else 0.0


def main(argv: list[str]) -> int:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from frontline.extract.pipeline import load_pipeline

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--sets", nargs="+", default=list(DEV_SETS), help="dev sets to use (default: dev to dev10)")
    args = parser.parse_args(argv)
    nlp = load_pipeline().nlp
    pairs, articles = [], []
    for set_name in args.sets:
        p, a = set_rows(nlp, set_name)
        pairs += p
        articles += a
    expected_of = {(a["set"], a["article"]): a["expected"] for a in articles}
    for pair in pairs:
        pair["y"] = label(pair, expected_of[(pair["set"], pair["article"])])
    total: Counter[str] = Counter()
    for held in args.sets:
        train = [p for p in pairs if p["set"] != held and p["a"] and p["b"]]
        test = [p for p in pairs if p["set"] == held]
        vectoriser = DictVectorizer()
        model = LogisticRegression(C=args.c, max_iter=2000)
        model.fit(vectoriser.fit_transform([dict.fromkeys(p["features"], 1) for p in train]), [p["y"] for p in train])
        probabilities = model.predict_proba(vectoriser.transform([dict.fromkeys(p["features"], 1) for p in test]))
        added: dict[str, set] = defaultdict(set)
        for pair, row in zip(test, probabilities):
            best = int(row.argmax())
            predicate = model.classes_[best]
            if predicate != "none" and row[best] >= args.threshold and pair["a"] and pair["b"] and pair["a"] != pair["b"]:
                s, o = pair["a"], pair["b"]
                added[pair["article"]].add((min(s, o), predicate, max(s, o)) if predicate == "fights" else (s, predicate, o))
        counts: Counter[str] = Counter()
        for article in (a for a in articles if a["set"] == held):
            both = article["rules"] | added[article["article"]]
            counts.update({
                "expected": len(article["expected"]),
                "rules": len(article["rules"]), "rules_tp": len(article["rules"] & article["expected"]),
                "both": len(both), "both_tp": len(both & article["expected"]),
                "rules_must_not": len(article["rules"] & article["must_not"]), "both_must_not": len(both & article["must_not"]),
            })
        total.update(counts)
        report(held, counts)
    report("all", total)
    return 0


def report(name: str, c: Counter[str]) -> None:
    print(
        f"{name:<6} rules core F1 {f1(c['rules_tp'], c['rules'], c['expected']):.3f}"
        f"  rules + classifier {f1(c['both_tp'], c['both'], c['expected']):.3f}"
        f"  added {c['both'] - c['rules']} (right {c['both_tp'] - c['rules_tp']})"
        f"  must-not {c['rules_must_not']} -> {c['both_must_not']}"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
