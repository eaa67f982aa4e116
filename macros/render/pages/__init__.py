"""The page blocks: each module lists its blocks in a BLOCKS dict; pages call them by name."""
import importlib
import pkgutil

BLOCKS = {}
for _module in pkgutil.iter_modules(__path__):
    BLOCKS.update(getattr(importlib.import_module(f"{__name__}.{_module.name}"), "BLOCKS", {}))
