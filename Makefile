# Deforestation Classifier — developer entry points. Run `make help`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PLUGIN := deforestation_classifier
SYSTEM_PYTHON ?= /usr/bin/python3
VENV ?= .venv
PY := $(VENV)/bin/python
QGIS_PROCESS ?= /usr/bin/qgis_process.bin
BUILD := build
# QGIS finds the plugin through a link named after the package, whatever this folder is called.
PLUGIN_PATH := $(abspath $(BUILD))/plugins
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# pyqt5-dev-tools: pylupdate5; qttools5-dev-tools: lrelease (i18n/README.md); poppler-utils:
# pdftotext, which reads deforestation:alert_report's PDF back in tests/qgis/test_alert_report.py
# python3-setuptools: `pip install .` without build isolation (test_cli_install.py);
# Debian 13's pip no longer brings it.
APT_PACKAGES := python3-qgis qgis python3-venv python3-dev python3-pip python3-setuptools \
	build-essential cmake \
	qtbase5-dev-tools pyqt5-dev-tools qttools5-dev-tools poppler-utils
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
# make demo
MODEL ?=
MMPROJ ?=
RASTER ?=
OUT ?= demo_output

.PHONY: help setup apt venv test test-unit test-integration test-qgis test-debian13 offline-bundle lint \
	llama-server vulkan-build demo package deploy resources clean \
	bench verify-model check qt6-check translations

help:
	@echo "make setup    install system packages, the venv and pinned Python packages (idempotent)"
	@echo "make test     set up, then flake8 (as make check) and every test: unit, integration, QGIS"
	@echo "make test-unit  the pure unit tests only (no model, no server, no QGIS; under a minute)"
	@echo "make test-debian13  vulkan-build, llama-server and test inside a cached Debian 13 chroot:"
	@echo "              QGIS 3.40 LTR, Python 3.13, numpy 2.2 (root; DEBIAN13_CACHE=$(DEBIAN13_CACHE),"
	@echo "              DEBIAN13_TARGETS= for other targets)"
	@echo "make llama-server  llama.cpp's llama-server from the sources llama-cpp-python vendors"
	@echo "              ($(LLAMA_SERVER_DIR)); the tests then run the managed server on it"
	@echo "make vulkan-build  a Vulkan build of llama-cpp-python in its own venv ($(VULKAN_VENV));"
	@echo "              the tests then run the GPU path on Mesa's lavapipe (Debian 13)"
	@echo "make demo     download the model and a Sentinel-2 window, classify it with qgis_process,"
	@echo "              write the GeoPackage and a PNG map (MODEL=, MMPROJ=, RASTER= override)"
	@echo "make bench    recipe vs scoring engine, end to end and peak memory on a real-size random"
	@echo "              model (built once into .cache/bench-models); BENCH_ARGS=--quick for a smoke run"
	@echo "make verify-model  recipe and engine side by side on the demo tiles with the real weights"
	@echo "              (MODEL=, MMPROJ=, RASTER= or CHIPS= override)"
	@echo "make package  build dist/$(PLUGIN)-<version>.zip for the QGIS plugin site"
	@echo "make offline-bundle  a folder that installs llama-cpp-python and the model with no"
	@echo "              network ($(OFFLINE_DIR); MODEL=, MMPROJ=, OFFLINE_ARGS= for platforms,"
	@echo "              backends and QGIS's Python version: scripts/offline_bundle.py --help)"
	@echo "make check    the plugin site's scan: bandit (medium and high) and flake8-qgis over"
	@echo "              the ZIP's files, and the Qt6 (QGIS 4) check"
	@echo "make translations  compile i18n/*.ts into i18n/*.qm (for a plugin linked by make deploy)"
	@echo "make deploy   link this folder into the QGIS profile's plugins ($(QGIS_PROFILE))"

setup: apt venv $(PLUGIN_PATH)/$(PLUGIN)

apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
		| grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends $$missing; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: requirements/dev.txt requirements/runtime.txt
	[ -x $(PY) ] || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	# llama-cpp-python compiles llama.cpp from source (about 7 min on 2 cores, then cached by pip)
	CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) $(PY) -m pip install -q -r requirements/dev.txt
	touch $@

$(PLUGIN_PATH)/$(PLUGIN):
	mkdir -p $(PLUGIN_PATH)
	ln -sfn $(CURDIR) $@

test: setup lint test-unit test-integration test-qgis

# Built once and kept outside the checkout (a fresh clone reuses them): the real llama-server
# and a Vulkan build of llama-cpp-python. docs/QGIS_NOTES.md, "The real llama-server" and
# "Vulkan on lavapipe".
CACHE_HOME ?= $(HOME)/.cache/deforestation-classifier
LLAMA_CPP_PIN := $(shell grep -m1 '^llama-cpp-python==' requirements/runtime.txt)
LLAMA_SERVER_DIR ?= $(CACHE_HOME)/llama-server-$(subst llama-cpp-python==,,$(LLAMA_CPP_PIN))
VULKAN_VENV ?= $(CACHE_HOME)/vulkan-venv
# libvulkan-dev, glslc, spirv-headers: ggml's Vulkan backend and its shaders;
# mesa-vulkan-drivers: lavapipe, the software Vulkan device the tests run on.
VULKAN_APT_PACKAGES := libvulkan-dev glslc spirv-headers mesa-vulkan-drivers

llama-server: venv
	LLAMA_SERVER_DIR="$(LLAMA_SERVER_DIR)" PYTHON=$(PY) nice -n 5 scripts/llama_server_build.sh

vulkan-build:
	@$(MAKE) --no-print-directory apt APT_PACKAGES="$(VULKAN_APT_PACKAGES)"
	VULKAN_VENV="$(VULKAN_VENV)" SYSTEM_PYTHON=$(SYSTEM_PYTHON) nice -n 5 scripts/vulkan_build.sh

# What the tests use when it was built (decided when the recipe runs, so that
# `make llama-server test` sees it); a variable already set in the environment wins.
TEST_EXTRAS = $$([ -n "$$DEFORESTATION_LLAMA_SERVER" ] || [ ! -x "$(LLAMA_SERVER_DIR)/bin/llama-server" ] \
	|| echo DEFORESTATION_LLAMA_SERVER="$(LLAMA_SERVER_DIR)/bin/llama-server") \
	$$([ -n "$$DEFORESTATION_VULKAN_PYTHON" ] || [ ! -f "$(VULKAN_VENV)/.vulkan-build" ] \
	|| echo DEFORESTATION_VULKAN_PYTHON="$(VULKAN_VENV)/bin/python")

# tests/README.md: unit (pure, seconds), integration (models, subprocess servers, heavy GDAL),
# qgis (pytest-qgis).
test-unit:
	$(PY) -m pytest -p no:pytest_qgis -q tests/unit

test-integration:
	env $(TEST_EXTRAS) $(PY) -m pytest -p no:pytest_qgis -q tests/integration

test-qgis:
	env $(TEST_EXTRAS) QT_QPA_PLATFORM=offscreen QGIS_PROCESS=$(QGIS_PROCESS) $(PY) -m pytest -q tests/qgis

# Debian 13 (QGIS 3.40 LTR, Python 3.13, numpy 2.2, GDAL 3.10) in a chroot cached outside the
# checkout, the checkout bind-mounted: scripts/debian13_chroot.sh, docs/QGIS_NOTES.md.
DEBIAN13_CACHE ?= /var/cache/deforestation-debian13
# There the Vulkan build and the real llama-server are built too, and the tests run on both.
DEBIAN13_TARGETS ?= vulkan-build llama-server test
test-debian13:
	DEBIAN13_CACHE=$(DEBIAN13_CACHE) nice -n 10 scripts/debian13_chroot.sh $(DEBIAN13_TARGETS)

demo: setup
	QGIS_PROCESS=$(QGIS_PROCESS) QGIS_PLUGINPATH=$(PLUGIN_PATH) $(PY) scripts/demo.py \
		$(if $(MODEL),--model "$(MODEL)") $(if $(MMPROJ),--mmproj "$(MMPROJ)") \
		$(if $(RASTER),--raster "$(RASTER)") --out "$(OUT)"

resources: resources.rcc

resources.rcc: resources.qrc $(wildcard icons/*)
	$$(command -v rcc || echo /usr/lib/qt5/bin/rcc) -binary resources.qrc -o $@

package: resources
	$(PY) scripts/package.py --rcc resources.rcc --out dist

# installer/offline_bundle.py: wheels per platform and backend, and the model files given.
OFFLINE_DIR ?= dist/offline-bundle
OFFLINE_ARGS ?=
offline-bundle: venv
	$(PY) scripts/offline_bundle.py --out "$(OFFLINE_DIR)" $(if $(MODEL),--model "$(MODEL)") \
		$(if $(MMPROJ),--model "$(MMPROJ)") $(OFFLINE_ARGS)

# The files of the ZIP, as scripts/package.py selects them.
PACKAGE_PY = $(shell $(PY) scripts/package.py --list 2>/dev/null | grep '\.py$$')

check: venv lint
	@echo "bandit -ll over the $(words $(PACKAGE_PY)) Python files of the ZIP"
	@$(PY) -m bandit -ll -q $(PACKAGE_PY)
	$(PY) scripts/qt6_check.py

# flake8 (with flake8-qgis) over the ZIP's files: part of make check and of make test.
lint: venv
	@$(PY) -m flake8 $(PACKAGE_PY) && echo "flake8: no findings in $(words $(PACKAGE_PY)) files"

qt6-check: venv
	$(PY) scripts/qt6_check.py

translations:
	for ts in i18n/*.ts; do $$(command -v lrelease || echo /usr/lib/qt5/bin/lrelease) -silent \
		"$$ts" -qm "$${ts%.ts}.qm"; done

deploy:
	mkdir -p $(QGIS_PROFILE)/python/plugins
	ln -sfn $(CURDIR) $(QGIS_PROFILE)/python/plugins/$(PLUGIN)
	@echo "Linked into $(QGIS_PROFILE)/python/plugins/$(PLUGIN); enable it in Plugins > Manage."

clean:
	rm -rf $(BUILD) dist resources.rcc .pytest_cache i18n/*.qm

# make bench / make verify-model (bench/README.md)
BENCH_ARGS ?=
CHIPS ?=

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_bench.py $(BENCH_ARGS)
	$(PY) bench/clearings_bench.py
	$(PY) bench/fetch_bench.py $(filter --quick,$(BENCH_ARGS))
	$(PY) bench/area_bench.py $(filter --quick,$(BENCH_ARGS))

verify-model: setup
	$(PY) bench/verify_model.py $(if $(MODEL),--model "$(MODEL)") \
		$(if $(MMPROJ),--mmproj "$(MMPROJ)") $(if $(RASTER),--raster "$(RASTER)") \
		$(if $(CHIPS),--chips-folder "$(CHIPS)")

# requirements/dev.txt includes requirements/cluster.txt (Dask for `deforestation area`, the
# command line's progress bar): a change to it installs the venv's packages again too.
$(VENV)/.installed: requirements/cluster.txt
