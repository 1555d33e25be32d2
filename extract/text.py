"""Plain-text facts about an article that need no parse."""

from __future__ import annotations

import re
from typing import Sequence

# A line that opens the reader-comment section or the page furniture after the
# article ("MORE ON THE TOPIC:", "12 comments", "Leave a reply").
_COMMENT_MARKERS = re.compile(
    r"^\s*(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|leave a (?:reply|comment)"
    r"|join the discussion|more on (?:the|this) topic|related (?:articles|stories)"
    r"|you may also like|what readers say|discussion)(?:\s*[(\[]\d+[)\]])?\s*:?\s*$",  # "Comments (3)"
    re.IGNORECASE | re.MULTILINE,
)


def reader_comments_start(text: str) -> int | None:
    """Character offset where reader comments (or post-article furniture) begin.

    >>> text = "Rebels took the port.\\n\\n3 comments\\nThey never took it!"
    >>> text[reader_comments_start(text):][:10]
    '3 comments'
    >>> text = "Rebels took the port.\\n\\nReader comments (2)\\nThey never took it!"
    >>> text[reader_comments_start(text):]
    'Reader comments (2)\\nThey never took it!'
    >>> reader_comments_start("No comments section here.") is None
    True
    """
    match = _COMMENT_MARKERS.search(text)
    if match is None or match.start() < len(text) * 0.2:
        return None
    return match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))


def word_count(text: str) -> int:
    return len(text.split())


DASHES = frozenset({"—", "–", "-", "--"})


def dateline_end(texts: Sequence[str], spaces: Sequence[str], first: int) -> int | None:
    """Where the story starts after a dateline opening a paragraph ("JUBA, South Sudan
    — ...", "BEIRUT, Dec 10 (AFP) - ..."): read apart, the parser no longer takes the
    town for the subject of the first sentence. ``texts`` and ``spaces`` are the tokens'
    texts and the whitespace after each."""
    if not (texts[first][:3].isupper() and texts[first][:1].isalpha()):
        return None
    for k in range(first + 1, min(first + 12, len(texts) - 1)):
        if texts[k] in DASHES and spaces[k - 1] and spaces[k]:
            return k + 1
        if texts[k] in SENTENCE_FINAL or "\n" in texts[k]:
            return None
    return None


SENTENCE_FINAL = frozenset({".", "!", "?", "...", "…", ";", ":"})
