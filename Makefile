# The two commands the README promises, and a few for developers.
#   make demo   kronika alone (no test extras), then the bundled sample's events
#   make test   the test extras on top, then the default test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/pip install --quiet --disable-pip-version-check
SAMPLE := samples/sample-report.txt
DEMO_OUT := demo-events.jsonl

.PHONY: demo test setup lint bench clean

# kronika and its runtime dependencies: all the demo needs
$(VENV)/.kronika: pyproject.toml
	$(PY) -m venv $(VENV)
	$(PIP) -e .
	@touch $@

# the test, lint and data extras, on top
$(VENV)/.dev: $(VENV)/.kronika
	$(PIP) -e '.[dev]'
	@touch $@

setup: $(VENV)/.dev

demo: $(VENV)/.kronika
	@$(BIN)/kronika extract $(SAMPLE) --quiet -o $(DEMO_OUT)
	@$(BIN)/kronika extract $(SAMPLE) --quiet --format text
	@echo
	@echo "The records of $(SAMPLE), one JSON object a line: $(DEMO_OUT)"

test: $(VENV)/.dev
	$(BIN)/python -m pytest -q

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

bench: $(VENV)/.dev
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) $(DEMO_OUT)
