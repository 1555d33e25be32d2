"""Running the pipeline over articles and turning spaCy Docs into records."""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from frontline.extract.records import Article, DocumentExtraction, EntityMention
from frontline.extract.relations import span_mention
from frontline.extract.text import word_count


def doc_extraction(doc: Doc, article: Article) -> DocumentExtraction:
    """Records of one processed Doc, tagged with the article's id."""
    entities = tuple(_tag(span_mention(ent), article.doc_id) for ent in doc.ents)
    relations = tuple(
        r.__class__(**{**r.__dict__, "doc_id": article.doc_id,
                       "subject": _tag(r.subject, article.doc_id), "object": _tag(r.object, article.doc_id)})
        for r in (doc._.frontline_relations or [])
    )
    contested = tuple(_tag(m, article.doc_id) for m in (doc._.frontline_contested_places or []))
    return DocumentExtraction(article, entities, relations, contested, word_count(article.text))


def _tag(mention: EntityMention, doc_id: str) -> EntityMention:
    return mention.__class__(**{**mention.__dict__, "doc_id": doc_id})


def extract_articles(
    nlp: Language, articles: Iterable[Article], *, n_process: int = 1, batch_size: int = 32
) -> Iterator[DocumentExtraction]:
    """Process articles in order, yielding one DocumentExtraction each."""
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield doc_extraction(doc, article)
