"""The validated shapes of the data files, which renderers see instead of raw YAML: `base` holds the types they
share, and each other module the model of one data file (or one family of files, as the pay-transparency laws
and their vocabularies). macros/data/registry.py says which file each model reads."""
