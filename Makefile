# Clausier — common tasks. Every target installs what it needs first (as root on Debian/Ubuntu).
SWIFT ?= swift
DEMO_PDF := Corpus/000-metropole-pole-emploi/000_c2dadba1f96cd676.pdf
APT_PACKAGES := libpoppler-glib-dev libcairo2-dev libsqlite3-dev pkg-config poppler-utils libhunspell-dev hunspell-fr tesseract-ocr-fra
# apt waits up to ten minutes for another apt process to release its lock.
APT_GET := apt-get -o DPkg::Lock::Timeout=600

.PHONY: deps test-deps demo test bench build clean fuzz fuzz-mutations

## deps: install the system libraries (poppler's GLib binding and cairo, SQLite, Hunspell and its French dictionary, Tesseract and its French model, pkg-config, pdftotext) when missing.
deps:
	@if ! pkg-config --exists poppler-glib cairo sqlite3 hunspell 2>/dev/null || ! command -v pdftotext >/dev/null 2>&1 || [ ! -f /usr/share/hunspell/fr.dic ] || [ ! -f /usr/share/tesseract-ocr/5/tessdata/fra.traineddata ]; then \
		echo "Installing $(APT_PACKAGES)…"; \
		if [ "$$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi; \
		$$SUDO $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO $(APT_GET) install -y -qq $(APT_PACKAGES) >/dev/null; \
	fi
	@pkg-config --exists poppler-glib || { echo "poppler-glib is still missing: install libpoppler-glib-dev"; exit 1; }

## test-deps: the independent checkers the tests use (Python's icalendar for the ICS export, LibreOffice Calc for the CSV, xmllint for the Akoma Ntoso export), from Debian's packages.
test-deps: deps
	@{ /usr/bin/python3 -c "import icalendar, dateutil" 2>/dev/null && [ -f /usr/lib/libreoffice/program/libsclo.so ] && command -v xmllint >/dev/null 2>&1; } || { \
		if [ "$$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi; \
		$$SUDO $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO $(APT_GET) install -y -qq python3-icalendar python3-dateutil libreoffice-calc-nogui libxml2-utils >/dev/null; }

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
	$(SWIFT) build -c release --product clausier
	$(SWIFT) build -c release --product ingest-bench
	.build/release/ingest-bench
	$(SWIFT) build -c release --product growth-bench
	.build/release/growth-bench
	$(SWIFT) build -c release --product memory-bench
	.build/release/memory-bench
	$(SWIFT) build -c release --product ocr-bench
	.build/release/ocr-bench

FUZZ_SECONDS ?= 60
FUZZ_CASES ?= 20000
FUZZ_SEED ?= 13
FUZZ_BUILD := .build-fuzz
FUZZ_FLAGS := -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING

## fuzz: libFuzzer (with AddressSanitizer) over text → graph and over PDF bytes → text, FUZZ_SECONDS each,
## seeded from Corpus/; findings land in $(FUZZ_BUILD)/findings-TARGET/ (replay one: swift build --product fuzz-pdf && .build/debug/fuzz-pdf FILE).
fuzz: deps
	$(SWIFT) build --scratch-path $(FUZZ_BUILD) --product fuzz-text $(FUZZ_FLAGS)
	$(SWIFT) build --scratch-path $(FUZZ_BUILD) --product fuzz-pdf $(FUZZ_FLAGS)
	@for target in text pdf; do \
		ext=$$([ $$target = pdf ] && echo pdf || echo txt); \
		mkdir -p $(FUZZ_BUILD)/corpus-$$target $(FUZZ_BUILD)/findings-$$target; \
		cp Corpus/*/*.$$ext $(FUZZ_BUILD)/corpus-$$target/ 2>/dev/null; \
		echo "fuzz-$$target: $(FUZZ_SECONDS) s"; \
		SWIFT_BACKTRACE=enable=no CLAUSIER_CACHE=$(FUZZ_BUILD)/cache ASAN_OPTIONS=detect_leaks=0 \
		$(FUZZ_BUILD)/debug/fuzz-$$target -max_total_time=$(FUZZ_SECONDS) -timeout=2 -rss_limit_mb=2048 -max_len=200000 \
			-artifact_prefix=$(FUZZ_BUILD)/findings-$$target/ -print_final_stats=1 \
			$(FUZZ_BUILD)/corpus-$$target 2>&1 | grep -E "^#[0-9]+ *DONE|stat::|ERROR|SUMMARY|Test unit written|==[0-9]+==" ; \
		test -z "$$(ls $(FUZZ_BUILD)/findings-$$target)" || { echo "fuzz-$$target found crashes: $(FUZZ_BUILD)/findings-$$target"; exit 1; }; \
	done

## fuzz-mutations: the full deterministic mutation run (FUZZ_CASES cases, half text, half PDF, seed FUZZ_SEED) on a release build.
fuzz-mutations: deps
	$(SWIFT) build -c release --product clausier
	$(SWIFT) build -c release --product fuzz-mutations
	.build/release/fuzz-mutations --cases $(FUZZ_CASES) --seed $(FUZZ_SEED)

clean:
	rm -rf .build
