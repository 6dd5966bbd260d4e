# Two commands matter: `make demo` and `make test` (see README). Both work on a fresh machine:
# they create .venv, install Python packages and, when missing, the Debian packages they need.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# The suite runs in this many processes (pytest-xdist; each has its own test database and Redis
# databases, portal/settings/test.py). `make test PYTEST_WORKERS=0` runs it in one.
PYTEST_WORKERS ?= 2
PYTEST := $(PY) -m pytest -n $(PYTEST_WORKERS) --dist worksteal
MANAGE := $(PY) manage.py
# apt-get as root, or through sudo for a normal user.
APT := $(shell [ "$$(id -u)" = 0 ] && echo apt-get || echo sudo apt-get)

.PHONY: demo test test-postgres lint check bench fonts messages install system-packages browser-packages checkers serve clean help

help:
	@echo "make demo   - install, migrate SQLite, load the demo and serve http://127.0.0.1:$(PORT)/ (admin at /admin/)"
	@echo "make test   - install everything the tests need and run the whole suite"
	@echo "make lint   - ruff, manage.py check and makemigrations --check"
	@echo "make bench  - run the benchmarks in bench/ and print their ratios"

# --- installation -----------------------------------------------------------------------------

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@command -v $(PYTHON) >/dev/null || { $(MAKE) --no-print-directory system-packages; }
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV) || { $(APT) update -qq && $(APT) install -y -qq python3-venv && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed system-packages

# gettext compiles the catalogues; npm fetches the self-hosted web fonts; DejaVu Sans draws the
# quarterly report's chart and Liberation Serif 2 (metric-compatible with Times New Roman, as Decree
# 30/2020 asks) sets its PDF (foreign_info.analytics.report); nginx runs in front of the server in
# the slow checks (tests/presskits/test_nginx.py); redis-server for the tests that stop a Redis of
# their own; Java runs the Nu HTML checker of the markup checks (tests/browser/test_markup_checks.py).
system-packages:
	@missing=""; \
	command -v msgfmt >/dev/null || missing="$$missing gettext"; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$$missing fonts-dejavu-core"; \
	[ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || missing="$$missing fonts-liberation2"; \
	[ -f /usr/share/fonts/truetype/noto/NotoSansKhmer-Regular.ttf ] || missing="$$missing fonts-noto-core"; \
	[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing="$$missing fonts-noto-cjk"; \
	command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	command -v exiftool >/dev/null || missing="$$missing libimage-exiftool-perl"; \
	command -v unzip >/dev/null || missing="$$missing unzip"; \
	command -v zip >/dev/null || missing="$$missing zip"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	[ -x /usr/sbin/nginx ] || missing="$$missing nginx"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then echo "installing Debian packages:$$missing"; $(APT) update -qq && $(APT) install -y -qq $$missing; fi

# Chromium and its driver for the browser journeys (tests/browser).
browser-packages:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		echo "installing Debian packages: chromium chromium-driver"; \
		$(APT) update -qq && $(APT) install -y -qq chromium chromium-driver; fi

# The markup checks' tools, pinned in tests/checkers/package-lock.json: the Nu HTML checker (vnu-jar,
# run on Debian's Java, so its Java-downloading install script is skipped), axe-core, and Lighthouse
# (bench/lighthouse.py).
CHECKERS := tests/checkers/node_modules/.package-lock.json
$(CHECKERS): tests/checkers/package.json tests/checkers/package-lock.json
	@command -v npm >/dev/null || $(MAKE) --no-print-directory system-packages
	npm ci --prefix tests/checkers --ignore-scripts --no-audit --no-fund --silent
	@touch $@

checkers: system-packages $(CHECKERS)

fonts: system-packages $(VENV)/.installed
	@$(PY) scripts/vendor_fonts.py
	@$(MANAGE) build_name_font -v0

messages: system-packages $(VENV)/.installed
	@$(MANAGE) compilemessages --ignore=.venv -v0

# --- the two commands ---------------------------------------------------------------------------

demo: install fonts messages
	$(MANAGE) migrate --no-input -v0
	DEMO_PORT=$(PORT) $(MANAGE) load_demo
	@echo "Serving on http://127.0.0.1:$(PORT)/ (admin: http://127.0.0.1:$(PORT)/admin/). Stop with Ctrl-C."
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install browser-packages fonts messages
	$(PYTEST) $(PYTEST_ARGS)

# The same suite against PostgreSQL and Redis (what CI's second run does), plus the slow checks
# (tests marked `slow`), which run in this pass only.
test-postgres: install browser-packages checkers fonts messages
	SLOW_CHECKS=1 DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/0} \
		$(PYTEST) $(PYTEST_ARGS)

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run

bench: install fonts messages browser-packages checkers
	@command -v wrk >/dev/null && command -v curl >/dev/null || { $(APT) update -qq && $(APT) install -y -qq wrk curl; }
	$(PY) bench/pages.py
	$(PY) bench/redis_outage.py
	$(PY) bench/translation.py
	$(PY) bench/media.py
	$(PY) bench/analytics.py
	$(PY) bench/analytics_scale.py
	$(PY) bench/presskit.py
	$(PY) bench/production.py
	$(PY) bench/lighthouse.py

clean:
	rm -rf $(VENV) staticfiles .test-media portal/static/fonts locales/*/LC_MESSAGES/*.mo
