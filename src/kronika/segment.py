"""Segmentation: paragraphs, sections under headings, sentences.

Placeholder: paragraphs on blank lines, sentences on terminal punctuation.
"""

from __future__ import annotations

import re

from kronika.document import Document, Section, Sentence, Span
from kronika.pipeline import Stage

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def annotate(doc: Document) -> None:
    text = doc.text
    doc.paragraphs = [Span(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    doc.sections = [Section(0, len(text))]
    doc.sentences = []
    for p_index, para in enumerate(doc.paragraphs):
        for m in _SENTENCE.finditer(text, para.start, para.end):
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            end = m.end()
            if end > start:
                doc.sentences.append(Sentence(start, end, p_index, 0))


STAGE = Stage(name="segment", requires=("clean",), run=annotate)
