# stance-tracker: one command for the report, one for the tests. `make help` lists the targets.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install report test lab bench train mutation lock clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	$(PY) -m ipykernel install --sys-prefix --name stance-tracker --display-name "Python (stance-tracker)"
	touch $(STAMP)

install: $(STAMP) ## create .venv with the pinned packages and register the Jupyter kernel

report: $(STAMP) ## run the notebook sequence on the default corpus into reports/<run>/ (HTML)
	$(PY) -m analysis run $(ARGS)

test: $(STAMP) ## run the test suite
	$(PY) -m pytest $(ARGS)

lab: $(STAMP) ## open JupyterLab with the project's kernel
	$(VENV)/bin/jupyter lab notebooks/

bench: $(STAMP) ## run the benchmarks and print their figures (needs ../shared)
	$(PY) -m benchmarks $(ARGS)

train: $(STAMP) ## retrain data/tone_model.json from NewsMTSC's training split (needs ../shared; ARGS=--check compares)
	$(PY) -m benchmarks.train_tone $(ARGS)

mutation: $(STAMP) ## mutation testing of the code that guards data and safety, score per module (slow; not in CI)
	$(PY) -m pip install --quiet "mutmut==3.8.1"
	$(PY) -m benchmarks.mutation $(ARGS)

lock: ## re-resolve the newest allowed versions into requirements.lock
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -e ".[test]"
	.lock-venv/bin/pip freeze --exclude-editable | grep -v '^stance-tracker' > requirements.lock
	rm -rf .lock-venv

clean: ## remove the virtual environment, generated reports and mutation-testing copies
	rm -rf $(VENV) reports mutants
