# kinerja — two commands for a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
PY ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& echo $$p && break; done)
VENV := .venv
BIN := $(VENV)/bin
export KINERJA_DATA_DIR ?= $(CURDIR)/var
PORT ?= 8000
APT_UPDATED := /tmp/.kinerja-apt-updated

.PHONY: apt demo demo-ulang serve test test-sqlite test-postgres test-browser periksa mutasi bench clean sistem-uji sistem-laporan

$(BIN)/python:
	@test -n "$(PY)" || { echo "Butuh Python 3.11 atau lebih baru."; exit 1; }
	@$(PY) -m venv $(VENV) 2>/dev/null || { $(MAKE) --no-print-directory apt PAKET=python3-venv && $(PY) -m venv $(VENV); }
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.terpasang: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	@touch $@

$(VENV)/.terpasang-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@ $(VENV)/.terpasang

# Install Debian packages when missing (root with apt only); `apt-get update` runs once.
apt:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  [ -f $(APT_UPDATED) ] || { apt-get update -qq && touch $(APT_UPDATED); }; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PAKET) >/dev/null; \
	else echo "Lewati pemasangan $(PAKET): bukan root atau tanpa apt-get."; fi

sistem-uji:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || [ -n "$$KINERJA_CHROMIUM" ] \
	  || $(MAKE) --no-print-directory apt PAKET=chromium || true
	@command -v soffice >/dev/null || $(MAKE) --no-print-directory apt PAKET=libreoffice-writer-nogui || true

# WeasyPrint (the PDF of the Laporan Kinerja) needs Pango.
sistem-laporan:
	@ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0 || $(MAKE) --no-print-directory apt PAKET="libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core" || true

demo: $(VENV)/.terpasang sistem-laporan
	$(BIN)/kinerja demo
	$(BIN)/kinerja laporan --satker 658021 --tahun 2024 --format docx,pdf,xlsx --out keluaran
	@echo "Buka http://127.0.0.1:$(PORT)/ dan masuk dengan salah satu akun di atas."
	$(BIN)/kinerja serve --alamat 127.0.0.1:$(PORT)

# Start the demo again from scratch: its SQLite database and evidence files are removed first.
demo-ulang:
	rm -f "$(KINERJA_DATA_DIR)/kinerja.sqlite3" "$(KINERJA_DATA_DIR)/kinerja.sqlite3-wal" "$(KINERJA_DATA_DIR)/kinerja.sqlite3-shm"
	rm -rf "$(KINERJA_DATA_DIR)/berkas"
	$(MAKE) --no-print-directory demo

serve: $(VENV)/.terpasang
	$(BIN)/kinerja serve --alamat 127.0.0.1:$(PORT)

# The whole suite on SQLite; again on PostgreSQL when KINERJA_TEST_DATABASE_URL is set.
test: $(VENV)/.terpasang-dev sistem-uji sistem-laporan
	$(MAKE) --no-print-directory periksa test-sqlite test-browser test-postgres

# The import direction (import-linter) and the types of the rules and the write path (mypy).
periksa: $(VENV)/.terpasang-dev
	$(BIN)/lint-imports
	$(BIN)/mypy

test-sqlite: $(VENV)/.terpasang-dev
	$(BIN)/python -m pytest tests --ignore=tests/browser

# Separate run: the live server flushes its database after the test.
test-browser: $(VENV)/.terpasang-dev
	$(BIN)/python -m pytest tests/browser -rs

test-postgres: $(VENV)/.terpasang-dev
	@if [ -n "$$KINERJA_TEST_DATABASE_URL" ]; then \
	  echo "== suite on PostgreSQL"; \
	  export KINERJA_DATABASE_URL="$$KINERJA_TEST_DATABASE_URL" KINERJA_DB_CONN_MAX_AGE=0; \
	  $(BIN)/python -m pytest tests --ignore=tests/browser && $(BIN)/python -m pytest tests/browser -rs; \
	else echo "== PostgreSQL dilewati: KINERJA_TEST_DATABASE_URL tidak diisi (.ci/run mengisinya)."; fi

# Mutation testing of kinerja/lib: the lib tests must kill 95% of non-equivalent mutants.
mutasi: $(VENV)/.terpasang-dev
	rm -rf mutants
	$(BIN)/mutmut run --max-children $$(nproc) >/dev/null 2>&1 || true
	$(BIN)/python tests/lib/cek_mutasi.py

bench: $(VENV)/.terpasang-dev
	$(BIN)/python bench/beban.py
	$(BIN)/python bench/rasio.py
	$(BIN)/python bench/anggaran.py
	$(BIN)/python bench/laporan.py

clean:
	rm -rf $(VENV) var *.egg-info
