"""Line shapes that cleaning passes and segmentation share."""

from __future__ import annotations

import re

#: a line that ends a sentence: final ".", "!" or "?" (an ellipsis too), maybe inside quotes
SENTENCE_END = re.compile(r"(?:[.!?]|…)[\"'”’)\]]*\s*$")
#: a list bullet at the start of a line: "- ", "* ", "• ", "1. ", "2) "
BULLET = re.compile(r"^\s*(?:[-*•·▪►]|\d{1,3}[.)])\s+")
#: an infobox-style field line: "- Key: value", "| key = value"
FIELD = re.compile(r"^(\s*[-*•|]\s*)([A-Za-z][\w ()/.-]{0,30}?)(\s*[:=]\s*)(.*)$")
