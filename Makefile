# Stolt — the two commands of README.md.
#
#   make run    install what is missing, build, open Stolt on the sample project
#   make test   install what is missing, build, run every test headless (Xvfb),
#               then the headless suite again under AddressSanitizer + UBSan
#   make bench  install GNOME Planner too, build, and time Stolt beside it and
#               an empty window (tests/bench/stolt-bench.py; writes
#               docs/benchmarks.md and .png; about 15 minutes)
#
# Debian 12 packages; the install step is skipped when all are present.

BUILD      ?= build
ASAN_BUILD ?= build-asan
MESON      ?= meson

# Build and run-time dependencies (keep in step with HACKING.md).
BUILD_PKGS = meson ninja-build pkg-config gcc libc6-dev gettext \
	libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libsqlite3-dev \
	libical-dev libcmark-dev libxml2-dev
# What the test suite needs on top: a headless X server and a session bus,
# the data-file validators, fonts and icons so GTK draws without warnings,
# and the readers the exports are checked with: an iCalendar parser,
# locale sources (localedef) to test CSV under Swedish and Norwegian number
# formats, poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm) and
# LibreOffice Writer for flat ODT (about 80 MB to download, 250 MB
# installed, under a minute to install). DejaVu Sans is the font the
# timeline's reference images and exports are drawn with.  The
# accessibility test drives the app through AT-SPI (python3-pyatspi, the
# bus from at-spi2-core), types with xdotool, and needs a window manager
# (openbox) for the window to get the focus.
TEST_PKGS = xvfb xauth dbus-daemon dbus-x11 desktop-file-utils appstream \
	shared-mime-info libxml2-utils sqlite3 python3 python3-icalendar locales \
	fonts-cantarell fonts-dejavu-core adwaita-icon-theme librsvg2-common \
	poppler-utils libreoffice-writer-nogui python3-pyatspi at-spi2-core \
	xdotool openbox
PKGS = $(BUILD_PKGS) $(TEST_PKGS)
# `make bench` only: the program compared with, and cairo for its plot
BENCH_PKGS = planner python3-cairo xvfb xauth dbus-daemon

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps bench-deps install-missing build run test test-asan bench clean

all: build

deps:
	@$(MAKE) --no-print-directory install-missing WANTED='$(PKGS)'

bench-deps:
	@$(MAKE) --no-print-directory install-missing WANTED='$(BENCH_PKGS)'

install-missing:
	@missing=$$(for p in $(WANTED); do \
	    dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q '^install ok installed' || echo "$$p"; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(BUILD)/build.ninja:
	$(MESON) setup $(BUILD)

build: deps $(BUILD)/build.ninja
	$(MESON) compile -C $(BUILD)

run: build
	./tools/run-sample $(BUILD)

test: build
	xvfb-run -a -s '-screen 0 1600x1000x24 -noreset' dbus-run-session -- \
	  $(MESON) test -C $(BUILD) --print-errorlogs --num-processes 2
	$(MAKE) test-asan

$(ASAN_BUILD)/build.ninja:
	$(MESON) setup $(ASAN_BUILD) -Db_sanitize=address,undefined -Dbuildtype=debug

# The sanitizers make the slowest tests (every export under three locales)
# two to three times slower: their timeouts are tripled here.
test-asan: deps $(ASAN_BUILD)/build.ninja
	$(MESON) compile -C $(ASAN_BUILD)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  $(MESON) test -C $(ASAN_BUILD) --suite headless --print-errorlogs --num-processes 2 \
	    --timeout-multiplier 3

# Settings: STOLT_BENCH_ROUNDS, STOLT_BENCH_SIZES, … (see the script)
bench: build bench-deps
	dbus-run-session -- /usr/bin/python3 tests/bench/stolt-bench.py

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
