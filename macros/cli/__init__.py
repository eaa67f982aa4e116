"""Commands the Makefile runs: `make check`, `make role`/`make pages`, and the importers of government data."""
