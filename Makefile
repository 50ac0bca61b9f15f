# Two commands on a fresh machine with Python 3.11 and make:
#   make run    create .venv, install, build the graph, print an example answer
#   make test   install and run the whole suite
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install build clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,serve]'
	touch $(STAMP)

install: $(STAMP)

build: install
	$(BIN)/reformkg build

run: build
	$(BIN)/reformkg query example

# the suite on one process per CPU (pytest-xdist), each test file whole on one of them (its module
# fixtures built once); `.venv/bin/pytest` alone runs it in one process
test: install
	$(BIN)/python -m pytest -q -n auto --dist loadfile

clean:
	rm -rf build $(VENV)
