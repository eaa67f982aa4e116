"""A pytest plugin for mutation runs (tests/mutation/setup.cfg loads it): before each test, every cache of macros/
is emptied, so each test calls the functions behind the caches. mutmut links a test to the functions it sees it
call, and a function answered from a cache filled by an earlier test is never seen."""
import sys


def pytest_runtest_setup(item):
    for name, module in list(sys.modules.items()):
        if name == "macros" or name.startswith("macros."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
