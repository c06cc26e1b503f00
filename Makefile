# Clausier — common tasks. Every target installs what it needs first (as root on Debian/Ubuntu).
SWIFT ?= swift
DEMO_PDF := Corpus/000-metropole-pole-emploi/000_c2dadba1f96cd676.pdf
APT_PACKAGES := libpoppler-glib-dev libcairo2-dev libsqlite3-dev pkg-config poppler-utils libhunspell-dev hunspell-fr tesseract-ocr-fra
# apt waits up to ten minutes for another apt process to release its lock.
APT_GET := apt-get -o DPkg::Lock::Timeout=600

.PHONY: deps test-deps demo test bench build clean

## deps: install the system libraries (poppler's GLib binding and cairo, SQLite, Hunspell and its French dictionary, Tesseract and its French model, pkg-config, pdftotext) when missing.
deps:
	@if ! pkg-config --exists poppler-glib cairo sqlite3 hunspell 2>/dev/null || ! command -v pdftotext >/dev/null 2>&1 || [ ! -f /usr/share/hunspell/fr.dic ] || [ ! -f /usr/share/tesseract-ocr/5/tessdata/fra.traineddata ]; then \
		echo "Installing $(APT_PACKAGES)…"; \
		if [ "$$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi; \
		$$SUDO $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO $(APT_GET) install -y -qq $(APT_PACKAGES) >/dev/null; \
	fi
	@pkg-config --exists poppler-glib || { echo "poppler-glib is still missing: install libpoppler-glib-dev"; exit 1; }

## test-deps: the independent checkers the tests use (Python's icalendar for the ICS export, xmllint for the Akoma Ntoso export), from Debian's packages.
test-deps: deps
	@{ python3 -c "import icalendar, dateutil" 2>/dev/null && command -v xmllint >/dev/null 2>&1; } || { \
		if [ "$$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi; \
		$$SUDO $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO $(APT_GET) install -y -qq python3-icalendar python3-dateutil libxml2-utils >/dev/null; }

build: deps
	$(SWIFT) build -c release --product clausier

## demo: build in release mode and read a corpus PDF into its convention graph.
demo: build
	@echo "\n$$ clausier info $(DEMO_PDF)"
	@.build/release/clausier info "$(DEMO_PDF)"
	@echo "\n$$ clausier extract --format text $(DEMO_PDF)"
	@.build/release/clausier extract --format text "$(DEMO_PDF)"

## test: the whole test suite.
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## bench: extraction and parsing throughput, growth on large inputs, OCR seconds per page and accuracy (release build; not a test).
bench: deps
	$(SWIFT) build -c release --product clausier-bench
	.build/release/clausier-bench
	$(SWIFT) build -c release --product parse-bench
	.build/release/parse-bench
	$(SWIFT) build -c release --product diff-bench
	.build/release/diff-bench
	$(SWIFT) build -c release --product ingest-bench
	.build/release/ingest-bench
	$(SWIFT) build -c release --product growth-bench
	.build/release/growth-bench
	$(SWIFT) build -c release --product ocr-bench
	.build/release/ocr-bench

clean:
	rm -rf .build
