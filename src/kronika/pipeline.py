"""Stage order and the runner.

Each stage module exposes ``STAGE``: a name, the stages it needs to have run before
it, and a function that takes the `Document` and adds its own layer. The runner checks
the order once, when the pipeline is built, and records each stage on the document.
A stage runs the function the document's language names for it (`kronika.language`), or
its own; after the language stage has named a language kronika does not read, the runner
stops.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kronika.document import Document


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    requires: tuple[str, ...]
    run: Callable[[Document], None]


#: the default order; each entry is the module that exposes `STAGE`
DEFAULT_STAGES: tuple[str, ...] = (
    "kronika.clean",
    "kronika.language",
    "kronika.segment",
    "kronika.time",
    "kronika.geo",
    "kronika.actors",
    "kronika.events",
    "kronika.events.assemble",
)


class PipelineError(RuntimeError):
    pass


class Pipeline:
    def __init__(self, stages: Iterable[Stage]) -> None:
        self.stages = list(stages)
        seen: set[str] = set()
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in seen]
            if missing:
                raise PipelineError(f"stage {stage.name!r} needs {', '.join(missing)} to run before it")
            seen.add(stage.name)

    @classmethod
    def default(cls, until: str | None = None) -> Pipeline:
        stages = []
        for module in DEFAULT_STAGES:
            stage = importlib.import_module(module).STAGE
            stages.append(stage)
            if stage.name == until:
                break
        return cls(stages)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        from kronika import language

        for stage in self.stages:
            run = language.stage_function(stage.name, doc.language) or stage.run
            run(doc)
            doc.layers.append(stage.name)
            if not language.is_readable(doc.language):
                break  # named and noted by the language stage; nothing more to read
        return doc
