# forankra: build, test, demo and install with nothing but the Swift toolchain.
PREFIX ?= /usr/local
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/forankra
# The built binaries carry the Swift runtime and Foundation in them: a command starts in about
# 11 ms instead of 17 and holds less memory (see the README's bench figures), and the binary
# runs on a machine without the toolchain's libraries. SWIFT_BUILD_FLAGS= links them as shared.
SWIFT_BUILD_FLAGS ?= --static-swift-stdlib

.PHONY: all build templates test demo install uninstall clean conformance bench fuzz

all: build

# The templates and the example are compiled into the binary; regenerate them first so an
# edited template is what gets built.
templates:
	@$(SWIFT) run -q embed-templates $(CURDIR)

build: templates
	$(SWIFT) build -c $(CONFIG) $(SWIFT_BUILD_FLAGS) --product forankra

test: templates
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Leaves ./forankra next to this Makefile (a link to the built binary), so the README's
# commands run from here without installing anything.
demo: build
	@rm -rf forankra-demo
	@ln -sf $(BIN) forankra
	$(BIN) demo forankra-demo
	@echo "forankra is built as $(BIN); ./forankra runs it from here, 'make install' puts it on the PATH."

# Times the workspace commands on generated municipalities (small, medium, large) against the
# time it takes just to read every file; see scripts/bench.sh.
bench: build
	$(SWIFT) build -c $(CONFIG) $(SWIFT_BUILD_FLAGS) --product forankra-bench
	FORANKRA=$(BIN) GENERATOR=.build/$(CONFIG)/forankra-bench bash scripts/bench.sh

# Checks what the demo writes with real clients (pandoc, tidy, Chromium, pdfinfo, icalendar,
# vobject), which it installs itself; see scripts/conformance/README.md. `make test` needs none.
conformance: build
	$(SWIFT) build -c $(CONFIG) $(SWIFT_BUILD_FLAGS) --product forankra-bench
	bash scripts/conformance/run.sh $(BIN)

# libFuzzer with AddressSanitizer on every reader, one target at a time, FUZZ_SECONDS each;
# FUZZ_TARGETS="csv markdown" runs some. Fails on any crash, leak or timeout; see scripts/fuzz.sh.
FUZZ_SECONDS ?= 60
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_TARGETS="$(FUZZ_TARGETS)" bash scripts/fuzz.sh

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/forankra

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/forankra

clean:
	rm -rf .build forankra-demo
