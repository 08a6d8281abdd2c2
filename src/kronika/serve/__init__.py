"""kronika serve: the HTTP API, the web page and the review endpoint over an event store.

Needs the optional dependencies: ``pip install 'kronika[serve]'``.
"""

from __future__ import annotations

from kronika.serve.app import create_app

__all__ = ["create_app"]
